"""Indonesian words the malicious-review detectors read (`tools/reviews/signals_*.py`); Malaysian buyers'
Malay shares most of them, so its common words are here too. Each entry is one regex, matched
case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`). `{apps}` stands for
the messaging apps' names."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    defects=(
        r"\b(rusak|pecah|retak|bocor|mati|tidak berfungsi|gak berfungsi|palsu|kosong|beda|tidak sesuai|gak sesuai|kekecilan|kebesaran|sobek|lepas|gosong|mengelupas|panas|penyok|hilang|tidak bunyi|cacat|luntur|bau|lama banget|telat)\b",
        r"\b(rosak|tak (boleh )?(guna|berfungsi|jalan|menyala)|koyak|sira)\b",  # Malay,
        r"\b(putus|(ga|gak|gk|kurang|tidak) pas|jahitan\w* (lepas|jelek|berantakan|rusak|copot|keluar)|benang (keluar|lepas)|baret|lecet|goyang|kendor|macet|berisik|bunyi|melar|menyusut|berbulu|berjamur|basi|tumpah|bau (apek|menyengat)|ngelupas|kedip|korslet|kepanasan)\b",
        r"\b(percikan( api)?|berasap|kesetrum|nyetrum|meledak|terbakar|korsleting|bahaya)\b",
    ),
    generic_complaints=(
        r"\b(tidak|gak|nggak|ga) sesuai harapan\b|\bkualitas (jelek|rendah|buruk)\b",
        r"\b(kecewa|jelek|parah|zonk|nyesel)\b",
    ),
    entitled_remedies=(
        r"\b(refund|pengganti|ganti baru|tukar|kembalikan uang|retur|dikembalikan|ganti rugi)\b",
        r"\bbayar balik\b",
    ),
    wrong_item_shipped=(r"\b(salah kirim|dikirim yang salah|barang salah|beda barang|bukan yang saya pesan)\b",),
    review_changes=(
        r"\b(hapus|ubah|ganti|revisi|naikin|naikkan|edit|cabut|tarik|padam|tukar)\w*\b[^.!?]{0,15}\b(ulasan|review|komen|komentar|bintang|rating|penilaian)(nya)?\b",
        r"\b(ulasan|review|komen|komentar|bintang|rating|penilaian)(nya)?\b[^.!?]{0,15}\b(di)?(hapus|ubah|ganti|revisi|naikin|naikkan|edit|cabut|padam|tukar)\b",
        r"\b(jadi|jd|kasih|kasi|bagi|beri) (bintang|b) ?(5|lima)\b|\bbintang\s*(5|lima)\b",
        r"\b(review|ulasan|bintang|rating) (bagus|baik|positif|5)\b",
        r"\b(bintang|review|ulasan|rating)\s*(1|satu)?\s*(nya)?\s*(tetap|ttp|tetep|biar|bakal|akan)\b",
        r"\b(bisa|mau|akan|bakal|nanti)\s+(aku|saya|gw|gue|ku)?\s*(ubah|hapus|ganti|naikin|edit|revisi)\b",
    ),
    rewards=(
        r"\b(gratis|hadiah|voucher|uang|transfer|tf|tanpa retur|cashback|kesbek|saldo|pulsa|ovo|gopay|dana|shopeepay|diskon|potongan|bonus|percuma|baucer|duit)\b",
        r"\b\d+\s?(rb|ribu|ringgit|rm)\b|\brm\s?\d+",
        r"\b(setengah|separuh|\d+\s?%)\b|\b(tanpa|gak usah|gk usah|ga usah|tidak usah|nggak usah) (di)?(balikin|kembalikan|kembaliin|retur)\b|\b(barang|brg)\w* (tetap|tetep|ttp) (aku|saya|gw)? ?(pake|pakai|simpan)\b",
    ),
    seller_offers=(
        r"\b(penjual|seller|toko)\b[^.!?]{0,10}\b(menawarkan|nawarin|minta|suruh)\b",
        r"\b(kartu|kertas|brosur)\b[^.!?]{0,20}\b(di|dalam) (paket|kotak|box)\b",
    ),
    invitations=(
        r"\b((tanpa|hapus) spasi|japri|pc aku|pc saya|dm aku|dm saya|chat aku|wa aku|wa saya|hubungi kami|kontak kami|follow aku)\b",
        r"\b(order|pesan|beli|chat|langsung) (lewat|via|ke|di) (wa|whatsapp|ig|instagram|dm|tele|telegram|line)\b",
        r"\b(lewat|di|ke) (my|our) ({apps})\b|\blink di (my )?bio\b|\bcek bio\b",
        r"\b(cari|search) (aja|saja) [a-z0-9_]*\d{2,}\b",
    ),
    lures=(r"\b(murah|termurah|grosir|ori|original|asli|ready|stok|order|pesan|beli|hubungi|kontak|chat|diskon|promo)\b",),
    attributions=(
        r"\b(lapor\w*|adu(kan)?)\b[^.!?]{0,40}\bke\b",
        r"\b(kartu|garansi|brosur|label|kertas|catatan)\b[^.!?]{0,20}\b(disuruh|suruh|tulis\w*|bilang|minta)\b|\b(ga|gak|tdk|tidak|nggak|ngga|gk) (pernah )?(di)?angkat\b",
        r"\b(admin|penjual|seller|toko|cs|olshop|kurir)(nya)?\b[^.!?]{0,20}\b(suruh|nyuruh|minta|ngajak|bilang|kasih|ngasih|nyaranin|arahkan|mengarahkan|malah)\b",
        r"\b(wa|nomor|ig|no)\s?(admin|penjual|seller|toko|cs)(nya)?\b|\b(gak|tidak|ga|nggak|tdk|belum|ngga)\s?(di)?(balas|bales|respon|direspon|aktif|nyambung)\b",
    ),
    dot_words=("titik",),
    other_shops=(
        r"\b((cek|beli|mending|cari|ke|ambil) (aja |di )?toko sebelah|beli di toko|mending beli di|cek toko|cari (aja )?di toko|cek ig|follow ig)\b",
        r"\b(toko oranye|toko ijo|aplikasi oranye|aplikasi ijo)\b",
    ),
    own_store_claims=(
        r"\b(toko (saya|kami|aku|ku)|tokoku|produk kami|brand kami|saya juga jual(an)?|kami jual|jualan saya|olshop (saya|kami))\b",
        r"\b(saya|aku|kami|gue|gw) (juga )?(reseller|distributor|supplier|agen|produsen|konveksi|pabrik)\b",
        r"\b(kedai (saya|kami)|produk kami)\b",
        r"\b(supplier|pabrik|konveksi|workshop|gudang) (aku|saya|kami|kita|sendiri)\b|\bpunya (kita|kami)\b",
        r"\b(kita|kami|aku|saya|sy|gw|gue) (jg |juga )?(produksi|jualan|jual|bikin|buat) (sendiri|\w+ ginian|yg (sama|kyk gini))\b|\b(kita|kami) (di )?(konveksi|produksi) sendiri\b",
        r"\b(konveksi|pabrik|gudang|usaha|toko|olshop) (kami|saya|aku|ku|gw)\b|\b(kami|saya|aku) (juga|jg) (bikin|buat|produksi|jual|jualan)\b|\bjual(an)? .{0,20} (di )?toko (aku|saya|sendiri)\b",
        r"\b(kami|kita) (yg|yang) (bikin|buat|produksi|jual)\b|\b(kami|kita) produksi\b|\bdropship\w*\b|\bbrand (lokal )?(kami|kita)\b|\bdi (kita|tempat kami|tempat kita)\b",
        r"\b(sy|saya|aku|gw|gue|kami|kita) (jg|juga) (jualan|jual|produksi|bikin)\b",
    ),
    trade_cues=(r"\b(grosir|harga reseller|harga agen|open reseller|terima reseller)\b",),
    spam=(
        r"\b(slot (gacor|online|88|maxwin)|gacor|judi|togel|pinjol|pinjaman online|maxwin|investasi bodong|cuan)\b",
        r"\b(loker|lowongan( kerja)?|kerja (dari|di) rumah|gaji \d+\s?(jt|juta|rb)?|penghasilan tambahan|kode referral|dibayar harian)\b",
        r"\b(pinjaman|dana cepat|tanpa jaminan|cair \d+ menit|kerja sampingan|penghasilan harian|daftar sekarang|link di bio)\b",
    ),
    off_topic=(
        r"\b(selamat ulang tahun|pemilu|cuaca|pacar|nyapres|selamat hari raya|idul fitri|mohon maaf lahir( dan)? batin|met lebaran|selamat tahun baru)\b",
        r"\b(gabut|iseng( aja)?|lagi bosen|bosan|numpang lewat|halo semua|selamat (pagi|siang|malam) semua)\b",
        r"\b(selamat pagi semua(nya)?|semoga (hari ini|rejeki)|jgn lupa sarapan|jangan lupa sarapan)\b",
    ),
    purchase_words=(r"\b(barang|brg|produk|kualitas|kirim|pengiriman|penjual|ukuran|warna|harga|beli|paket|pesen|pesan|nyampe|sampai|datang)(nya)?\b",),
    product_kinds={
        "dress": ("gaun", "rok"),
        "top": ("kaos", "kemeja", "jaket"),
        "bottoms": ("celana",),
        "clothing": ("baju", "pakaian"),
        "shoes": ("sepatu", "sendal"),
        "bag": ("tas", "dompet"),
        "phone_case": ("case hp", "casing hp", "casing", "softcase"),
        "phone": ("ponsel", "handphone"),
        "charger": ("casan",),
        "cable": ("kabel",),
        "watch": ("jam tangan",),
        "perfume": ("parfum", "minyak wangi"),
        "makeup": ("lipstik", "maskara", "bedak"),
        "skincare": ("pelembab", "krim wajah"),
        "cookware": ("panci", "wajan", "pisau", "teflon"),
        "appliance": ("teko listrik", "ketel"),
        "drinkware": ("gelas", "botol minum"),
        "home_textile": ("bantal", "selimut", "handuk", "sprei", "gorden"),
        "toy": ("mainan", "boneka"),
        "pet": ("makanan kucing", "pasir kucing"),
        "baby": ("kereta bayi", "popok", "dot bayi"),
        "lighting": ("lampu", "bohlam"),
        "bike": ("sepeda",),
        "sports": ("matras yoga", "dumbel"),
    },
    instructions=(r"\b(abaikan|lupakan)\b[^.!?]{0,25}\b(instruksi|perintah)\b|\bsetujui laporan\b",),
    review_in_error=(
        r"\b(salah (review|ulas|ulasan|toko|kasih (bintang|review|ulasan)|produk)|harusnya (buat|untuk) toko)\b",
    ),
)
