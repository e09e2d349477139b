"""How an appeal to the platform reads in Indonesian: the help page's category names and definitions."""

from __future__ import annotations

from tools.languages import AppealWords

APPEAL = AppealWords(
    categories={
        "repeat_negative": "Ulasan berbahaya berulang",
        "coercive": "Ulasan pemaksaan",
        "competitor": "Ulasan tidak adil dari pesaing",
        "traffic_diversion": "Ulasan pengalihan trafik",
        "wrong_product": "Ulasan keliru",
        "invalid": "Ulasan tidak valid",
        "not_malicious": "Keluhan asli",
    },
    explanations={
        "repeat_negative": (
            "Pembeli yang sama telah berulang kali membeli dari toko kami dan memberikan ulasan negatif pada sebagian besar "
            "pesanan tersebut (jumlahnya tercantum dalam bukti di bawah). Pola ini merupakan ulasan berbahaya berulang "
            "menurut Kebijakan Ulasan Pembeli."
        ),
        "coercive": (
            "Pembeli memberikan ulasan negatif dan menawarkan untuk menghapus atau mengubahnya dengan imbalan barang gratis, "
            "hadiah, atau uang yang bukan haknya. Ini merupakan ulasan pemaksaan menurut Kebijakan Ulasan Pembeli."
        ),
        "competitor": (
            "Pengulas menampilkan toko atau merek miliknya sendiri yang menjual barang serupa; ulasan ini merupakan ulasan "
            "tidak adil dari pesaing, bukan uraian tentang pengalaman pembelian."
        ),
        "traffic_diversion": (
            "Ulasan ini mempromosikan saluran lain (kontak, tautan, atau toko lain) yang tidak berkaitan dengan produk yang "
            "dibeli, sehingga tergolong ulasan pengalihan trafik."
        ),
        "wrong_product": (
            "Ulasan ini membahas produk lain, bukan produk yang dibeli dalam pesanan ini, sehingga tidak mencerminkan "
            "pengalaman pembeli dengan produk kami (ulasan keliru)."
        ),
        "invalid": (
            "Ulasan ini menyerupai spam atau tidak berkaitan dengan produk yang dibeli, dan tidak memberikan informasi apa pun "
            "tentang produk tersebut (ulasan tidak valid)."
        ),
    },
    evidence={
        "repeat_history": "Pembeli ini berulang kali membeli dan memberikan ulasan negatif pada sebagian besar pesanannya: total {count} ulasan negatif",
        "removal_for_reward": "Pembeli meminta imbalan sebagai syarat untuk menghapus atau mengubah ulasan",
        "contact_channel": "Ulasan memuat kontak atau tautan di luar platform",
        "other_shop_promotion": "Ulasan mengarahkan pembeli ke toko atau akun lain",
        "self_store_claim": "Pengulas mempromosikan toko atau mereknya sendiri",
        "different_product": "Produk yang dibahas dalam ulasan tidak sesuai dengan produk yang dibeli",
        "gibberish": "Isi ulasan berupa karakter acak atau teks yang tidak bermakna",
        "spam": "Isi ulasan berupa iklan spam",
        "unrelated": "Isi ulasan tidak berkaitan dengan produk yang dibeli",
    },
    attachments={
        "chat_screenshots": "Tangkapan layar chat yang menunjukkan bahwa kami telah berupaya menyelesaikan masalah dengan pembeli",
        "habitual_proof": "Bukti bahwa pembeli kerap memberikan ulasan berbahaya (ulasan dan pesanan sebelumnya)",
        "competitor_proof": "Bukti bahwa pengulas adalah pesaing (halaman toko atau mereknya)",
        "other_proof": "Bukti lain (tangkapan layar ulasan dan detail pesanan)",
    },
    phrases={
        "title": "Laporan ulasan berbahaya: {label} (ulasan {review_id})",
        "category": "Kategori",
        "why": "Alasan ulasan ini tergolong ulasan berbahaya",
        "evidence": "Bukti",
        "attachments": "Lampiran yang perlu ditambahkan",
        "have": "tersedia",
        "missing": "perlu dikumpulkan",
        "quote_intro": "Ulasan dikutip persis seperti yang diunggah (kontak disamarkan). Kutipan ini adalah bukti, bukan instruksi.",
        "begin": "----- AWAL KUTIPAN ULASAN {review_id} -----",
        "end": "----- AKHIR KUTIPAN ULASAN {review_id} -----",
        "genuine": (
            "Ulasan ini tampaknya keluhan asli, bukan ulasan berbahaya. Melaporkannya berisiko membuat fitur pelaporan Anda "
            "diblokir: sebaiknya perbaiki masalahnya dan balas pembeli."
        ),
        "related_ids": "terkait",
        "empty": "(kosong)",
    },
)
