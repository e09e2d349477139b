"""Indonesian phrase bank of the demo generator, informal spelling included (gak, bgt, brg)."""

from __future__ import annotations

from tools.demo import stories

LANGUAGE = "id"

ITEMS = {
    stories.FASHION: ["bajunya", "barangnya", "dressnya", "produknya", "brgnya"],
    stories.BEAUTY: ["parfumnya", "produknya", "botolnya", "barangnya", "brgnya"],
    stories.ELECTRONICS: ["alatnya", "produknya", "barangnya", "unitnya", "brgnya"],
    stories.HOME: ["barangnya", "produknya", "wajannya", "alatnya", "brgnya"],
}
FEATURES = {
    stories.FASHION: ["modelnya", "desainnya", "warnanya", "motifnya", "potongannya"],
    stories.BEAUTY: ["kemasannya", "wanginya", "teksturnya", "botolnya", "mereknya"],
    stories.ELECTRONICS: ["desainnya", "ukurannya", "tampilannya", "bentuknya", "warnanya"],
    stories.HOME: ["desainnya", "warnanya", "ukurannya", "gagangnya", "tampilannya"],
}

POSITIVE = [
    "Bagus bgt, {feature} cantik.", "Kualitas oke, harga terjangkau, bakal beli lagi!", "Suka {feature}, sesuai harapan.",
    "Mantap, {item} sempurna.", "Keren kak, {feature} lebih bagus aslinya.", "Produk bagus, berfungsi dengan baik, makasih seller.",
    "Sudah beli kedua kali, tetap bagus.", "Puas banget, packing rapi.", "Sesuai foto, recommended seller",
    "Buat kado, dia suka bgt.", "Tidak ada masalah sama sekali, {item} oke.", "Pengiriman cepat, packing aman, terima kasih!",
    "mantul", "Top markotop 👍", "Worth it, {feature} juara.", "Seller ramah dan {item} bagus.",
]
NEUTRAL = [
    "Lumayan.", "Biasa aja.", "{item} ok lah.", "Cukup.", "Sesuai harga.", "Gak jelek, gak bagus juga.",
    "Sudah diterima, nanti update lagi.", "Standar, {feature} lumayan.", "Sesuai ekspektasi.",
]
NEGATIVE_OPENERS = ["", "", "", "Kecewa bgt. ", "Gak puas. ", "Jujur ", "Aduh. ", "Hati2 kak: ", "Nyesel beli. ", "Parah. "]
NEGATIVE_CLOSERS = ["", "", "", " Gak recommended.", " Gak bakal beli lagi.", " Tolong diperbaiki.", " Kecewa.", " Buang uang.", " Bintang 1.", " Hadeh."]
POSITIVE_CLOSERS = ["", "", " Makasih!", " Bakal order lagi.", " 👍", " Recommended."]
MIXED_PRAISE = ["Suka {feature}", "{feature} bagus", "Harganya oke", "Kelihatannya bagus"]
MIXED_JOINERS = [" tapi ", ", tapi ", ". Cuma ", " sayangnya "]

ISSUES: dict[str, list[str]] = {
    "not_as_described": ["{item} beda jauh sama foto", "warnanya beda dari gambar", "bahannya gak sesuai deskripsi", "tidak sesuai deskripsi", "spesifikasi beda sama yang di iklan", "aslinya beda banget sama foto"],
    "size_fit": ["ukurannya kekecilan", "kebesaran padahal udah ambil ukuran paling kecil", "udah ikut size chart tetap gak muat", "pinggangnya sempit bgt", "ukuran gak sesuai, terpaksa retur"],
    "quality_defect": ["rusak setelah {days} hari", "seminggu udah gak bisa dipakai", "kualitas jelek, jahitannya lepas", "bahannya murahan, retak di hari pertama", "barang cacat, gak mau nyala", "cepat rusak"],
    "performance": ["baterainya habis dalam {hours} jam", "bisa dipakai tapi lemot bgt", "efeknya hampir gak ada", "wanginya hilang dalam satu jam", "performanya jauh di bawah ekspektasi", "lemah, kurang berasa"],
    "misleading_promotion": ["di live katanya jauh lebih bagus", "video influencernya lebay, gak sesuai kenyataan", "iklannya menyesatkan, beda sama promosi", "kata kreatornya bisa lebih, ternyata bohong"],
    "counterfeit": ["ini palsu, bukan ori", "jelas barang KW, logonya beda", "tidak original, barcode gak kebaca", "wanginya kayak palsu"],
    "safety": ["panas bgt sampai tangan hampir kebakar", "bikin alergi dan gatal-gatal", "baunya kimia menyengat", "keluar percikan api, bahaya", "kulit terasa terbakar setelah pakai"],
    "price_value": ["kemahalan untuk kualitas segini", "gak worth it", "terlalu mahal", "di toko lain setengah harga"],
    "damaged_or_missing": ["barang datang rusak", "kardusnya penyok dan {item} pecah", "ada bagian yang kurang", "pas sampai bocor", "pesanan kurang satu", "sampai dalam keadaan pecah"],
    "wrong_item": ["barang yang dikirim salah", "warnanya salah kirim", "ukurannya salah kirim", "tipenya beda dari yang saya pesan", "dikirim produk lain"],
    "logistics_delay": ["pengiriman {days} hari baru sampai", "paketnya telat banget", "resi gak update seminggu", "sudah {days} hari belum sampai", "pengiriman lama bgt", "kurirnya lambat, paket nyasar"],
    "customer_service": ["seller gak bales chat", "CS-nya gak membantu", "pengajuan refund dicuekin", "sellernya jutek", "chat gak direspon berhari-hari"],
}

STORY: dict[str, list[str]] = {
    "dress_colour": ["birunya jauh lebih gelap dari foto", "warnanya beda total, navy bukan biru muda", "dressnya keunguan, gak kayak di gambar", "warna gak sesuai foto sama sekali"],
    "perfume_empty": ["satu botol datang kosong", "botolnya cuma setengah dan bocor", "botol parfum retak dan kosong", "dapat botol kosong, kardusnya basah"],
    "perfume_missing_one": ["cuma terima 1 dari 2 botol", "harusnya isi dua botol tapi cuma datang satu", "kurang satu botol"],
    "perfume_longevity": ["wanginya hilang setelah sejam", "wanginya gak tahan lama, 30 menit udah hilang", "gak awet sama sekali"],
    "charger_overclaim": ["di video katanya 15 menit penuh, bohong", "video kreatornya lebay soal kecepatan cas", "promo bilang fast charging, beda jauh sama videonya"],
    "charger_slow": ["ngecasnya lama, {hours} jam baru penuh", "kecepatan cas sama aja kayak charger 5W lama", "cas lambat, gak fast charging sama sekali"],
}

RETURN_PREFIXES = ["", "", "Minta refund: ", "Retur karena ", "Mau kembalikan, "]

BUYER_SIDE: dict[str, list[str]] = {
    "CHANGED_MIND": ["Gak jadi, berubah pikiran.", "Udah gak butuh.", "Mau beli yang lain aja.", ""],
    "ORDERED_BY_MISTAKE": ["Salah pesan.", "Kepencet order dua kali.", "Salah pilih varian, maaf.", ""],
    "BETTER_PRICE": ["Dapat harga lebih murah.", "Jadi beli di tempat lain.", ""],
}

MALICIOUS: dict[str, list[str]] = {
    "repeat_negative": ["Jelek.", "Parah, bintang 1.", "Sampah lagi.", "Toko terburuk."],
    "coercive": ["Kirim satu lagi gratis nanti saya ubah jadi bintang 5.", "Refund 50rb baru saya hapus ulasan ini.", "Kasih voucher nanti review jelek ini saya hapus."],
    "competitor": ["Beli di toko saya TokoKeren aja, lebih bagus.", "Toko kami jual yang ori, mampir ya kak.", "Jangan beli di sini, merek saya lebih murah dan asli."],
    "traffic_diversion": ["Lebih murah di WA 0812-3456-7890", "Follow IG @promo.murah buat diskon", "Cek link bit.ly/murahbgt ya", "Hubungi wa.me/6281234567890 harga grosir"],
    "wrong_product": ["Casing HP retak sehari.", "Tali tas laptop saya putus.", "Kopinya pahit gosong.", "Tendanya bocor kena hujan."],
    "invalid": ["wkwkwkwkwk", "asdasdasd", "tes tes tes", "p p p p p", "......."],
}
