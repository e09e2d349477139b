"""Indonesian, including the informal spellings sellers type in chat (gimana, nggak, yg)."""

from __future__ import annotations

from tools.languages import AnswerWords, ChatWords, LanguagePack, OrdinalRule
from tools.languages.id.appeal import APPEAL
from tools.languages.id.messages import GLOSSARY, MESSAGES
from tools.languages.id.reviews import REVIEWS

_ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
             "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "terakhir": -1}

PACK = LanguagePack(
    appeal=APPEAL,
    answers=AnswerWords(
        review_decisions={
            # "bisa dilaporkan" says the review is still within its window, not that it should be reported; "apakah
            # (tiap ulasan) perlu dilaporkan" asks whether it should.
            "report": (
                r"(?<!tidak )(?<!tak )(?<!gak )(?<!nggak )(?<!ga )(?<!apakah )(?<!ulasan )(?:sebaiknya|layak|perlu|harus|disarankan(?: untuk)?|silakan)\s+(?:di)?laporkan",
            ),
            "check_first": (r"(?:cek|periksa)\s+(?:dulu|terlebih\s+dahulu)", r"(?:cek|periksa)\w*\s+sebelum\s+(?:me|di)?lapor\w*"),
            "do_not_report": (
                r"(?:jangan|tidak\s+perlu|tak\s+perlu|tidak\s+usah|gak\s+usah|nggak\s+usah|ga\s+usah|sebaiknya\s+tidak|tidak\s+disarankan(?:\s+untuk)?)\s+(?:di|me)?lapor(?:kan)?\b",
            ),
        },
    ),
    reviews=REVIEWS,
    code="id",
    name="Bahasa Indonesia",
    locale="id_ID",
    order=2,
    messages=MESSAGES,
    glossary=GLOSSARY,
    chat=ChatWords(
        intent_cues={
            "review_appeal": ("banding", "ajukan laporan", "laporkan ulasan"),
            "review_assess": ("jahat", "ulasan palsu", "ulasan ini", "review ini"),
            "review_triage": ("ulasan mana", "ulasan negatif", "review mana", "review jelek", "ulasan jelek", "semua review", "semua ulasan", "triase"),
            "early_warnings": ("peringatan", "meningkat", "naik"),
            "video_detail": ("tingkatkan video",),
            "video_overview": ("konten", "tayangan"),
            "help": ("definisi*", "bagaimana cara", "apa itu", "artinya", "dihitung", "maksudnya", "aturan*", "kriteria", "kebijakan", "bedanya", "perbedaan",
                     "termasuk apa", "dianggap apa", "ngitung*", "itungan*", "hitungan*", "threshold*", "dari mana dihitung", "kriteria*", "diitung", "arti"),
            "playbook": ("cara mengatasi", "bagaimana mengatasi", "cara memperbaiki", "cara benerin", "saran", "seller lain", "toko lain", "contoh sukses", "kisah sukses", "contoh toko", "tips"),
            "voc_product": ("kenapa", "mengapa", "masalah"),
            "voc_overview": ("produk mana", "produk yg bermasalah", "produk yang bermasalah", "prioritas", "keluhan", "berisiko", "pelanggan", "benerin duluan", "dibenerin duluan",
                             "perbaiki duluan", "diperbaiki duluan", "dibenahi duluan", "benahi duluan"),
        },
        issue_cues={
            "not_as_described": ("warna", "tidak sesuai"),
            "size_fit": ("ukuran", "kekecilan", "kebesaran"),
            "quality_defect": ("kualitas", "rusak", "cacat"),
            "performance": ("baterai", "wangi", "tahan lama"),
            "misleading_promotion": ("kreator", "promosi palsu"),
            "counterfeit": ("palsu", "tidak ori"),
            "safety": ("alergi", "panas berlebih"),
            "price_value": ("mahal", "harga"),
            "damaged_or_missing": ("pecah", "kurang", "kosong", "bocor"),
            "wrong_item": ("salah kirim", "barang salah"),
            "logistics_delay": ("terlambat", "pengiriman", "lama sampai", "telat"),
            "customer_service": ("pelayanan", "tidak dibalas"),
        },
        help_topics={
            "voc_levels": ("level voc",),
            "negative_rate": ("dihitung",),
            "no_verdict": ("tanda -",),
            "report_eligibility": ("dilaporkan",),
            "malicious_categories": ("kategori",),
            "appeal_evidence": ("bukti",),
        },
        deadline_cues=("berapa lama", "brp lama", "batas waktu", "paling lambat", "dihitung", "menghitung"),
        day_unit=r"hari",
        window_prefix=r"terakhir",
        windows={7: r"minggu (?:ini|lalu)|seminggu", 30: r"bulan (?:ini|lalu)|sebulan", 90: r"3 bulan|tiga bulan|kuartal"},
        laughter=r"\b(?:wk(?:wk)+\w*|ha(?:ha)+|he(?:he)+|xi(?:xi)+|awokwok\w*)\b",
        feelings=r"\b(?:capek|cape|lelah|stres+|pusing|bete|sedih|kesel|kesal|galau|bosen|bosan|muak|puyeng|mumet|frustasi|sumpek)\b",
        clause_joiners=r"\bdan (?:juga )?(?=apa|bagaimana|gimana|kenapa|tolong|buat|cek|bisa)|\bjuga\b|,?\s*\b(?:kalo|kalau|trus|terus|trs|lalu|sekalian)\b",
        instruction_markers=r"abaikan (?:semua |)(?:instruksi|perintah|aturan)|tanpa konfirmasi|langsung (?:kirim|ajukan|laporkan)",
        ordinals=(
            OrdinalRule(pattern=rf"\b(?:yang|yg)\s+({'|'.join(_ORDINALS)})\b", words=_ORDINALS),
            OrdinalRule(pattern=r"\b(?:yang|yg)\s+ke-?\s*(\d{1,2})\b"),
            OrdinalRule(pattern=r"\bno(?:mor|mer|\.)\s*(\d{1,2})\b"),
        ),
        star_ratings=(OrdinalRule(pattern=r"\b([1-5]|satu|dua|tiga|empat|lima)\s*(?:bintang|bntg)\b", words={"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}),),
        subject_change=r"\b(?:ngomong[- ]?ngomong|ngomong2|btw|oh iya|eh iya|oiya|ganti topik|oot|out of topic|di luar topik)\b",
        other_words=r"\b(?:(?:yang|yg) )?satunya(?: lagi| lg)?\b",
        demonstratives=r"(?:produk\w*|video\w*|ulasan\w*|review\w*|barang\w*) (?:itu|ini|tersebut)|\b(?:yang|yg) itu\b|\bproduknya\b|\bvideonya\b|\bulasannya\b",
        abbreviations={"yg": "yang", "gmn": "gimana", "gk": "gak", "ga": "gak", "tdk": "tidak", "krn": "karena", "utk": "untuk", "dgn": "dengan", "sy": "saya", "aku": "aku", "skrg": "sekarang", "bgt": "banget", "knp": "kenapa", "brp": "berapa", "trs": "terus", "udh": "sudah", "blm": "belum"},
        product_words=r"\bproduk\w*|\bbarang\w*",
        video_words=r"\bvideo\w*|\bvid\b|\bkonten\b",
        review_words=r"\bulasan\w*|\breview\w*|\brating\w*|\bpenilaian\b",
        level_names={"At Risk": r"\bberisiko\b|\bzona merah\b", "Needs Attention": r"\bperlu (?:di)?perhati\w*|\bbutuh perhatian\b", "Below Average": r"\bdi ?bawah rata-rata\b"},
        shop_words=r"\btoko\w*|\blapak\w*|\bolshop\b|(?<=video )pendek\b",
        improve_words=r"kenapa|tingkatkan|perbaiki",
        underperforming_words=r"buruk|jelek|kurang",
        item_joiners=r"\bsama\b|\bsm\b|\bdan\b|\bvs\.?|\batau\b|\bdengan\b|\bdibanding(?:kan)?\b",
        report_words=r"lapor|laporin|report|banding|hapus|take ?down|jahat",
        ability_words=r"\bbisa(?:kah)?\b|\bboleh(?:kah)?\b|\bmungkinkah\b",
        draft_words=r"\bbikin\w*|\bbuat(?:kan|in)?\b|\btulis\w*|\bsusun\w*|\bdraf\w*",
        conditional_words=r"\b(?:kalau|kalo|kl|jika|jikalau|klo) (?:iya|ya|bisa|memang|emang|emg|boleh|benar|bener)\b",
        action_requests=r"\b(?:pasang|pasangin|pasangkan|jalankan|jalanin|naikin|bikinin)\s+(?:iklan|ads|promosi berbayar|budget iklan)\b|^(?:balas|bales|balesin|refundin|hubungi|hubungin|chatin|dmin|telponin|batalin|batalkan)\b|\b(?:chatin|dmin|telponin|hubungin|hubungi)\s+(?:pembeli|buyer|customer|cust|konsumen)\b|\b(?:tolong|bantu|langsung|bisa)\s+(?:refund|refundin|kembalikan dana|balas|bales|balesin|hubungi|chatin|chat|dm|wa|batalkan|batalin|cancel|kirim ulang|ubah harga|ganti harga)\b|\b(?:refund|refundin|balas|bales|balesin|hubungi|batalin|batalkan|cancel)(?:in)? (?:aja|sj)\b|(?:^|\b(?:tolong|bantu|langsung|coba|pls|please)\s+|\b(?=hapusin|apusin|deletin))(?:hapus|hapusin|hapuskan|apus|apusin|delete|deletin|take ?down)\b(?:\s+(?:aja|sj|dong|donk|deh|tuh|itu|semua|semuanya|yg|yang))*\s+(?:review|ulasan|rating|komen|komentar|video|vid|vidio|konten|listing|produk)\b|\b(?:cek|lacak|track|tracking)\s+(?:resi|paket|kiriman)\b|\b(?:ubah|ganti|ubahin|gantiin|edit|editin|benerin)\s+(?:judul|deskripsi|nama produk)\b|\b(?:ubahin|gantiin|editin|benerin)\s+caption\b|\b(?:tolong|bantu)\s+(?:ubah|ganti|edit)(?:in)?\s+caption\b|\b(?:bikinin|buatin|pasangin)\s+(?:voucher|kupon|kode diskon)\b|(?:^|\b(?:tolong|bantu|langsung|pls|please|coba)\s+)(?:(?:bikin|buat|pasang)\s+(?:voucher|kupon|kode diskon)|(?:update|tambah|tambahin|naikin|ubah)\s+stok)\b|\b(?:turunin|turunkan|naikin|naikkan|ubah|ganti|ubahin|gantiin)\s+harga(?:nya)?\b|\b(?:uploadin|upload(?:kan)?|unggahin|postingin)\s+(?:video|produk|listing)\b[^?]{0,40}\b(?:dong|ya|yaa|pls|tolong)\b|\b(?:tolong|bantu)\s+(?:upload|unggah|posting)(?:in|kan)?\s+(?:video|produk)\b",
        question_words=frozenset(
            "apa apakah bagaimana gimana kenapa mengapa mana berapa kapan siapa ulasan produk saya buatkan "
            "tolong cara harus bisakah jelaskan perbaiki meningkatkan berisiko keluhan pelanggan banding".split()
        ),
    ),
    stopwords=frozenset(
        "yang dan tidak ga gak nggak ngga tdk udah sudah sangat banget bgt ini itu aku saya barang "
        "sampai sampe pengiriman kirim tapi tp juga jg ada dengan dgn untuk utk nya sih kak min "
        "sesuai bagus kurang lama rusak pesan warna ukuran beli cepat mantap dong deh aja kok lagi "
        "belum blm udh sdh krn karena jelek kecewa datang dateng gk g pas kecil besar harga kaya kayak "
        "yg dr aja sih mah pake dipake bikin gimana emang banget udah kalo kalau ternyata aslinya buat kualitas "
        "segini gitu cuma lebih sama bisa mau jadi baru seller kurir paket isinya bahan warnanya ukurannya".split()
    ),
    digit_words={"nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7", "delapan": "8", "sembilan": "9"},
)
