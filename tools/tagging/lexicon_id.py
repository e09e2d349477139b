"""Indonesian lexicon, including the chat spellings buyers actually type (ga/gak/nggak, bgt, tp)."""

from __future__ import annotations

from tools.tagging.lexicon import Lexicon
from tools.tagging.taxonomy import IssueTag as T

_NOT = ("tidak", "tdk", "ga", "gak", "gk", "nggak", "ngga", "enggak", "g")


def _negated(*phrases: str) -> tuple[str, ...]:
    """Every chat spelling of "not <phrase>" ("ga sesuai", "gak sesuai", "tdk sesuai", ...)."""
    return tuple(f"{negator} {phrase}" for phrase in phrases for negator in _NOT)


LEXICON = Lexicon(
    language="id",
    phrases={
        T.NOT_AS_DESCRIBED: (
            *_negated("sesuai", "sesuai foto", "sesuai gambar", "sesuai deskripsi", "sesuai deskripsinya", "sesuai iklan foto",
                      "kayak di foto", "kayak di gambar", "kaya di foto", "kaya gambar", "kayak gambar", "seperti di gambar",
                      "seperti gambar", "seperti di foto", "sama kayak foto", "sama dengan gambar", "sama kaya di foto",
                      "mirip foto", "mirip gambar"),
            "kurang sesuai", "beda dengan gambar", "beda dgn gambar", "beda sama gambar", "beda sm gambar", "beda dari foto",
            "beda dengan foto", "beda sama foto", "beda sm foto", "beda dari gambar", "beda dengan deskripsi",
            "warna beda", "warnanya beda", "warna ~ beda", "warnanya ~ beda", "beda warna", "beda jauh", "jauh beda",
            "jauh berbeda", "berbeda dengan gambar", "berbeda dari foto", "bahan beda", "bahannya beda", "bahan ~ beda",
            "warna pudar dari foto", "lebih gelap", "lebih terang", "fotonya menipu", "foto menipu", "gambar menipu",
            "editan", "zonk",
        ),
        T.SIZE_FIT: (
            "kekecilan", "kebesaran", "kesempitan", "kelonggaran", "kepanjangan", "kependekan", "kegedean", "kecilan",
            "gedean", "terlalu kecil", "terlalu besar", "terlalu sempit", "terlalu longgar", "terlalu panjang",
            "terlalu pendek", "ukuran ~ kecil", "ukurannya ~ kecil", "ukuran ~ besar", "ukurannya ~ besar",
            "size ~ kecil", "sizenya ~ kecil", "size ~ besar", "sizenya ~ besar", "ukuran tidak sesuai",
            "ukuran ga sesuai", "ukuran gak sesuai", "ukurannya ga sesuai", "ukurannya tidak sesuai", "ukurannya gak sesuai",
            "size ga sesuai", "size tidak sesuai", "size gak sesuai", "sizenya ga sesuai", *_negated("muat", "pas", "pas di badan", "pas dikaki", "pas di kaki"),
            "sempit", "longgar", "size chart", "size chartnya", "ukuran ga pas", "ukuran gak pas", "ukuran tidak pas",
            "sizenya ga pas", "naik 1 size", "naik satu size", "naik 1 ukuran", "turun 1 size", "ukuran ngaco",
            "size ngaco", "ukurannya ngaco",
        ),
        T.QUALITY_DEFECT: (
            "rusak", "cepat rusak", "mudah rusak", "gampang rusak", "cepet rusak", "kualitas jelek", "kualitas buruk",
            "kualitasnya jelek", "kualitas ~ jelek", "kualitas kurang", "kualitas rendah", "kualitasnya kurang",
            "kualitas ~ buruk", "bahan ~ jelek", "bahannya ~ jelek", "bahannya tipis", "bahan tipis", "tipis banget",
            "tipis bgt", "jahitan lepas", "jahitannya lepas", "jahitan ~ jelek", "jahitannya ~ jelek", "jahitan ~ rapi",
            "jahitannya ~ rapi", "benang ~ keluar", "benangnya", "sobek", "robek", "bolong", "patah", "copot", "lepas",
            "mati total", "langsung mati", "mati sendiri", *_negated("nyala", "bisa nyala", "bisa dinyalakan", "berfungsi", "bisa dipakai",
            "bisa dipake", "bisa di pake", "bisa dipakai", "bisa dicas", "bisa di cas", "bisa connect", "bisa konek", "jalan",
            "bisa dipakai sama sekali"), "error", "cacat", "luntur", "pudar", "berjamur", "jamur", "karatan", "berkarat",
            "ngelupas", "mengelupas", "kusut", "noda", "ada noda", "kotor", "lecet", "gores", "baret", "abal abal",
            "abal-abal", "murahan", "retak", "keropos", "reject", "kadaluarsa", "kedaluwarsa", "expired", "ringkih",
            "rapuh", "ga awet", "gak awet", "tidak awet", "nggak awet", "ngga awet", "mleyot", "penyok sendiri",
        ),
        T.PERFORMANCE: (
            "baterai ~ boros", "baterai cepat habis", "batre cepat habis", "batrenya cepet habis", "baterainya cepat habis",
            "batre ~ habis", "baterai ~ habis", "boros baterai", "boros batre", "cepat habis", "cepet habis",
            "ngecas lama", "ngecasnya lama", "cas lama", "charging lama", "ngecas ~ lama", "lemot", "lelet", "lemah",
            "wangi ~ cepat hilang", "wanginya ~ hilang", "wanginya cepet ilang", "wangi ~ ilang", "harum ~ hilang",
            *_negated("tahan lama", "nempel lama", "ngefek", "ada efek", "ada hasil", "ada perubahan", "kerasa", "mempan",
                      "dingin", "terang", "kenceng", "wangi", "begitu wangi", "bekerja", "kuat", "berasa"),
            "kurang tahan lama", "tidak berefek", "hasilnya ga", "hasilnya gak", "hasilnya nihil", "suara kecil",
            "suaranya kecil", "kurang kenceng", "kurang dingin", "kurang terang", "redup", "kurang wangi", "kurang kuat",
            "daya hisap lemah", "hisapnya lemah", "kurang maksimal", "cuma tahan", "hanya tahan", "sebentar doang",
            "cuma sebentar", "efeknya ga", "efeknya gak", "efeknya tidak", "kurang efektif",
        ),
        T.MISLEADING_PROMOTION: (
            *_negated("sesuai video", "sesuai live", "sesuai iklan", "kayak di video", "seperti di video", "kayak di live",
                      "seperti di live", "sama kayak di video", "seperti iklan", "kayak iklan", "kayak di iklan", "sesuai review",
                      "sesuai yang di live", "sesuai yg di live"),
            "beda sama video", "beda dengan video", "beda dari video", "beda sama di video", "beda sama di live",
            "beda dengan live", "beda sama live", "beda sama iklan", "beda dengan iklan", "beda dari iklan",
            "kata host", "hostnya bilang", "host bilang", "di live bilang", "pas live bilang", "di live katanya",
            "kata seller di live", "katanya", "dijanjikan", "dijanjiin", "overclaim", "lebay", "promosi berlebihan",
            "tertipu iklan", "kemakan iklan", "korban iklan", "korban live", "kemakan review", "racun tiktok",
            "korban tiktok", "kemakan konten", "review ~ bohong", "iklan ~ bohong", "video ~ bohong", "live ~ bohong",
            "iklannya lebay", "terlalu lebay", "influencer ~ bohong", "endorse ~ bohong", "termakan iklan",
        ),
        T.COUNTERFEIT: (
            "palsu", "kw", "kw super", "barang kw", "tiruan", "bukan original", "bukan ori", "bukan asli",
            "bukan barang asli", *_negated("ori", "original", "asli", "authentic", "orisinil"), "imitasi", "replika",
            "fake", "barang palsu", "produk palsu", "kw an", "kwalitas kw", "ga ada hologram", "tidak ada hologram",
            "barcode ~ tidak", "barcode ~ ga", "bpom ~ tidak", "ga ada bpom", "gak ada bpom", "tidak ada bpom",
        ),
        T.SAFETY: (
            "alergi", "gatal", "gatel", "gatal gatal", "iritasi", "kemerahan", "merah merah", "ruam", "bentol",
            "breakout", "jerawatan", "bruntusan", "beruntusan", "kepanasan", "panas banget", "panas bgt", "overheat",
            "meledak", "terbakar", "kebakar", "gosong", "berasap", "asap", "kesetrum", "nyetrum", "setrum",
            "bau menyengat", "menyengat", "bau kimia", "beracun", "racun", "bahaya", "berbahaya", "pusing",
            "sakit kepala", "luka", "perih", "melepuh", "panas di kulit", "bikin panas", "kulit ~ merah", "mual",
            "tajam", "bau ~ tajam", "korslet", "konslet",
        ),
        T.PRICE_VALUE: (
            "kemahalan", "terlalu mahal", "mahal banget", "mahal bgt", "mahal", *_negated("worth", "worth it", "sebanding",
            "sesuai harga", "sepadan"), "rugi", "buang buang uang", "buang uang", "buang duit", "buang2 duit",
            "harga ~ tidak sesuai kualitas", "harga ~ ga sesuai", "di tempat lain lebih murah", "di toko lain lebih murah",
            "lebih murah di", "overprice", "overpriced", "sayang duit", "sayang uang", "rugi bandar", "harga naik",
        ),
        T.DAMAGED_OR_MISSING: (
            "sampai rusak", "sampe rusak", "datang rusak", "dateng rusak", "nyampe rusak", "diterima rusak",
            "dalam keadaan rusak", "rusak pas sampai", "rusak saat sampai", "rusak pengiriman", "rusak saat pengiriman",
            "pecah", "penyok", "peyok", "remuk", "hancur", "bocor", "tumpah", "rembes", "paket rusak", "paket sobek",
            "paket terbuka", "paketnya terbuka", "paketnya rusak", "segel rusak", "segel terbuka", "segelnya rusak",
            "segel sudah terbuka", "kardus penyok", "dus penyok", "kardusnya rusak", "kurang satu", "kurang 1",
            "isinya kurang", "barangnya kurang", "jumlahnya kurang", "jumlah kurang", *_negated("lengkap"),
            "isinya kosong", "kosong", "cuma dapet", "cuma dapat", "hanya dapat", "cuma ada", "cuma datang",
            "cuma dikirim", *_negated("ada charger", "ada kabel", "ada buku panduan", "ada bonus", "dapet bonus", "dapat bonus",
            "dikasih bonus", "ada aksesoris", "ada tutupnya"), "aksesoris ~ ga ada", "bonus ~ ga ada",
            "bonusnya ~ ga ada", "bonus ~ tidak ada", "hilang satu", "hilang 1",
        ),
        T.WRONG_ITEM: (
            "salah kirim", "salah barang", "salah warna", "salah ukuran", "salah size", "salah model", "salah tipe",
            "salah varian", "salah produk", "yang dikirim beda", "dikirim beda", "yang datang beda", "barang beda",
            "beda barang", "warna yang dikirim", *_negated("sesuai pesanan", "sesuai orderan", "sesuai yang dipesan",
            "sesuai varian"), "bukan yang saya pesan", "bukan yang aku pesan", "bukan yg saya pesan", "bukan yg aku pesan",
            "beda sama pesanan", "beda dengan pesanan", "pesan ~ yang datang", "pesan ~ dikirim", "pesan ~ yg datang",
            "order ~ yang datang", "order ~ dikirim", "order ~ yg datang", "malah dikirim", "malah dapet", "malah dapat",
            "kok dikirim", "dikirimnya", "dikirim warna", "dikirim ukuran", "dikirim size",
        ),
        T.LOGISTICS_DELAY: (
            "lama banget", "lama bgt", "lama sampai", "lama sampainya", "lama nyampe", "lama nyampenya", "lama datang",
            "lama dateng", "lama dtg", "lama sampe", "pengiriman lama", "pengiriman lambat", "pengirimannya lama",
            "pengiriman ~ lama", "pengiriman ~ lambat", "kirimnya lama", "ngirimnya lama", "kurir ~ lama",
            "ekspedisi ~ lama", "telat", "terlambat", "molor", "belum sampai", "belum sampe",
            "belum nyampe", "belum datang", "belum dateng", "belum diterima", "belum terima", "blm sampai",
            "blm sampe", "blm nyampe", "blm datang", *_negated("nyampe", "datang", "dateng"),
            "paket hilang", "paketnya hilang", "barang hilang", "nyasar", "resi ~ tidak", "resi ga", "resi gak",
            "resinya ga", "resi tidak bisa dilacak", "tidak bisa dilacak", "ga bisa dilacak", "ga ada update",
            "gak ada update", "tidak ada update", "lama dikirim", "lama diproses", "lama diprosesnya", "lama dikemas",
            "nunggu ~ minggu", "nunggu ~ hari", "nunggu ~ bulan", "seminggu baru", "# minggu baru", "# hari baru",
            "sebulan baru", "lama pengiriman", "lambat", "lamaa", "kelamaan", "lama bngt", "lama bener",
        ),
        T.CUSTOMER_SERVICE: (
            "seller ~ respon", "slow respon", "slow response", "lambat respon", "respon lambat", "responnya lambat",
            *_negated("respon", "respons", "direspon", "direspons", "dibalas", "dibales", "bales", "balas", "ditanggapi",
            "mau tanggung jawab", "bertanggung jawab", "mau ganti", "mau refund", "ada solusi"),
            "dicuekin", "dicuekin seller", "cuek", "jutek", "judes", "sombong", "kasar", "pelayanan buruk",
            "pelayanan jelek", "pelayanan ~ kurang", "pelayanannya ~ buruk", "pelayanannya ~ jelek", "admin ~ ga",
            "admin ~ gak", "refund ~ lama", "refund ~ ga", "refund ~ tidak", "refund ~ belum", "dana belum kembali",
            "uang belum kembali", "duit belum balik", "lepas tangan", "ditolak", "komplain ~ diabaikan", "diabaikan",
            "cuma dibaca", "di read doang", "diread doang", "chat ~ ga", "chat ~ gak", "chat ~ tidak", "cs ~ ga",
            "cs nya", "pengembalian dana", "susah komplain", "dipersulit", "ribet refund", "ga ada solusi",
        ),
    },
    generic_negative=(
        "kecewa", "mengecewakan", "jelek", "buruk", "parah", "nyesel", "menyesal", "nyesal", "jangan beli",
        "ga rekomen", "gak rekomen", "tidak rekomen", "tidak direkomendasikan", "ga recommended", "gak recommended",
        "not recommended", "penipu", "penipuan", "tipu", "ketipu", "kapok", "sampah", "ampas", "bintang 1",
        "ga puas", "gak puas", "tidak puas", "kurang puas", "nggak puas", "masalah", "bermasalah", "kesel", "kesal",
        "ancur", "nyesel beli", "jangan dibeli", "hadeh", "😡", "👎", "😤", "😞", "😭",
    ),
    negators=(*_NOT, "bukan", "tanpa", "ndak", "no", "zero", "nol", "tak", "ga ada", "gak ada", "tidak ada", "nggak ada", "ngga ada",
              "sama sekali", "nggak ada yang", "gaada", "gada", "tdk ada"),
    negator_exceptions=(
        "ga cuma", "gak cuma", "tidak hanya", "bukan cuma", "bukan hanya", "ga sampai", "gak sampai", "ga sampe",
        "gak sampe", "tidak sampai", "ga lama", "gak lama", "tidak lama", "nggak lama", "ga pake lama", "ga tau",
        "gak tau", "tidak tahu", "ga ngerti", "tidak bisa", "ga bisa", "gak bisa", "g bisa", "nggak bisa",
        "tidak sesuai", "ga sesuai", "gak sesuai", "ga jelas", "gak jelas", "tidak jelas",
    ),
    contrasts=("tapi", "tp", "tpi", "namun", "cuma", "cuman", "sayang", "sayangnya", "hanya saja", "tetapi", "padahal", "sedangkan", "but"),
    post_negators=("ga ada", "gak ada", "tidak ada", "nggak ada", "ngga ada", "aman", "nihil", "sama sekali tidak"),
)
