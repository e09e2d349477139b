"""Indonesian offline messages, and local words for marketplace terms (shown after the term).

The local words avoid the English category names ("competitor", "invalid", ...): the eval suite
reads those as facts, so a gloss must not state a category the answer does not mean.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "capabilities": (
        "Saya bisa menjawab pertanyaan tentang data toko Anda, misalnya:\n"
        "- “Produk mana yang harus saya perbaiki dulu?” / “Kenapa P-1001 At Risk?”\n"
        "- “Video mana yang kinerjanya buruk?” / “Bagaimana cara meningkatkan video V-5004?”\n"
        "- “Ulasan mana yang bisa saya laporkan?” / “Apakah ulasan ini jahat: …” / “Buatkan banding untuk ulasan R-…”\n"
        "- “Bagaimana level VoC dihitung?”"
    ),
    "out_of_scope": "Saya tidak bisa melakukan itu dari sini: saya membaca dan menjelaskan data toko Anda, tapi tidak mengubah apa pun di toko.",
    "tool_failed": "Saya tidak bisa mengambil data ({tool}): {error}",
    "knowledge_none": "Saya tidak menemukan apa pun tentang itu di basis pengetahuan.",
    "playbook_heading": "Yang berhasil untuk penjual lain (dikutip dalam bahasa Inggris):",
    "playbook_actions_heading": "Tindakan penjual (dikutip dalam bahasa Inggris):",
    "knowledge_intro": "Entri terkait dari basis pengetahuan (dikutip dalam bahasa Inggris):",
    "help_links": "Cara kerjanya: {links}",
    "benchmark_source_imported": "diimpor dari marketplace",
    "benchmark_source_pooled": "rata-rata kategori di data toko Anda",
    "benchmark_source_mixed": "sebagian diimpor, sebagian rata-rata toko",
    "benchmark_source_none": "tidak tersedia",
    "voc_header": "Diagnosis VoC untuk {days} hari, {start} sampai {end} (tolok ukur: {benchmark}):",
    "voc_count": "{products} produk {level}",
    "voc_count_high": " ({high} dengan GMV tinggi)",
    "voc_counts": "- {counts} (dari {total} produk).",
    "voc_fix_first": "**Perbaiki dulu** (level paling parah, lalu GMV tertinggi):",
    "voc_none_urgent": "Tidak ada produk yang At Risk atau Needs Attention di periode ini.",
    "voc_no_verdict_reason_few_orders": "kurang dari {min_orders} pesanan di periode ini",
    "voc_no_verdict_reason_no_benchmark": "tidak ada tolok ukur kategori",
    "voc_no_verdict_reason_before_collection": "periode dimulai sebelum pengumpulan ulasan dimulai",
    "voc_thin_data": "{count} dari {total} produk belum punya level (\"-\"): tiap produk butuh minimal {min_orders} pesanan di periode ini. Datanya sedikit, jadi ini jumlah keluhan, bukan level.",
    "voc_watch_heading": "**Pantau dulu** (keluhan pada produk tanpa level, pesanan negatif terbanyak dulu):",
    "voc_watch_heading_also": "**Pantau juga** (keluhan pada produk yang pesanannya belum cukup untuk level):",
    "voc_watch_row": "{position}. {product_id} {title} — {negative} dari {orders} pesanan negatif; tingkat disesuaikan {shrunk} vs kategori {benchmark}{issue}",
    "voc_watch_row_no_benchmark": "{position}. {product_id} {title} — {negative} dari {orders} pesanan negatif{issue}",
    "voc_watch_none": "Tidak ada yang mendapat keluhan di periode ini.",
    "voc_warnings_heading": "**Peringatan dini** (keluhan yang naik sebelum levelnya memburuk):",
    "voc_no_warnings": "Tidak ada peringatan dini: tidak ada masalah yang naik dua kali lipat menjadi 3 keluhan atau lebih dalam 7 hari terakhir.",
    "voc_row": "{position}. {product_id} {title} — **{level}**: {rate} ulasan negatif vs tolok ukur {benchmark} ({ratio}); GMV 30 hari {gmv}{star}{issue}",
    "voc_row_star": " ★ GMV tinggi",
    "voc_row_issue": "; masalah utama: {issue}",
    "voc_warning_row": "- {product_id} {title}: {message}",
    "voc_warning": "{label}: {last} keluhan dalam 7 hari terakhir vs {previous} dalam 7 hari sebelumnya{growth}.",
    "voc_warning_growth": " ({growth} dari minggu sebelumnya)",
    "voc_warning_new": " (baru minggu ini)",
    "voc_product_head": "**{product_id} {title}** ({category}) berstatus **{level}**.",
    "voc_reason": "{rate} negatif vs tolok ukur kategori {benchmark}{ratio}, interval 95% {low}–{high}: {explanation}.",
    "voc_reason_ratio": " ({ratio})",
    "voc_reason_at_risk": "jauh di atas tolok ukur (seluruh interval berada di atasnya)",
    "voc_reason_needs_attention": "sedikit di atas tolok ukur",
    "voc_reason_market_average": "sejalan dengan tolok ukur",
    "voc_reason_below_average": "di bawah tolok ukur",
    "voc_orders": "- {negative} dari {orders} pesanan mendapat ulasan negatif; bagian produk {product_part}, bagian pengiriman {fulfillment_part}.",
    "voc_issues_heading": "**Masalah utama** ({items} keluhan; {note})",
    "voc_shares_note": "Satu ulasan bisa menyebut beberapa masalah, jadi totalnya bisa lebih dari 100%.",
    "voc_no_feedback": "Tidak ada ulasan negatif di periode ini.",
    "voc_issue_row": "- {label}: {share} ({count}{change}){mark}",
    "voc_issue_previous": ", periode sebelumnya {share}",
    "voc_issue_main": " ← masalah utama",
    "voc_keywords": "- Kata kunci: {keywords}",
    "voc_previous": "- Periode sebelumnya ({start} sampai {end}): {level} dengan {rate}, sekarang {now}.",
    "voc_high_gmv": "- Produk dengan GMV tinggi (GMV 30 hari {gmv}, {items} barang terjual): perbaiki dulu.",
    "voc_early_warning": "- Peringatan dini: {message}",
    "video_account": "Kinerja akun {start} sampai {end}:",
    "video_account_row": "- {metric}: {value}{trend}",
    "video_trend": " ({change}% dibanding periode sebelumnya)",
    "video_list_heading": "**Video** ({shown} ditampilkan dari {total}):",
    "video_row": "- {video_id} {title} — **{status}**; pendapatan {gmv}, tayangan {views}, barang terjual {items}",
    "video_ask_more": "Tanyakan “bagaimana cara meningkatkan video <id>?” untuk melihat saran per video.",
    "video_head": "**{video_id} {title}** — **{status}** (7 hari dari {first} sampai {last}).",
    "video_gpm": "GPM (GMV per seribu tayangan) {gpm} vs tolok ukur {benchmark}: {gap}% di bawahnya ({source}).",
    "video_not_evaluated": "- Tidak dinilai: {detail}",
    "video_violation": "- Pelanggaran pada hari ke-{day}: {policy} — {reason}",
    "video_metrics": "- Pendapatan {gmv}, tayangan {views}, pesanan {orders}, barang terjual {items}.",
    "video_comparison": "- {metric}: {value} vs median kategori {median} ({ratio})",
    "video_suggestions_heading": "**Saran** (dampak terbesar lebih dulu, dikutip apa adanya):",
    "video_good": "{status}: tidak perlu saran.",
    "video_inspirations_heading": "**Inspirasi:**",
    "video_products": "- Produk: {products}",
    "video_product": "{product_id} {title} (komisi {commission}, {sold} terjual)",
    "review_dont_report": (
        "Ini adalah **keluhan asli** (genuine complaint): jangan laporkan. Melaporkan keluhan asli bisa membuat "
        "fitur laporan Anda diblokir; perbaiki masalah di baliknya."
    ),
    "review_pasted": "Ulasan yang Anda tempel",
    "review_named": "Ulasan {review_id}",
    "review_genuine": "{name}: {category} (keyakinan {confidence}).",
    "review_malicious": "{name} tampaknya ulasan jahat: {category} (keyakinan {confidence}){also}.",
    "review_also": ", juga {categories}",
    "review_signals": "Tanda-tanda:",
    "review_reportable_until": "Ulasan ini bisa dilaporkan sampai {day} (sisa {days} hari).",
    "review_reportable": "Ulasan ini bisa dilaporkan.",
    "review_not_reportable": "Ulasan ini tidak bisa dilaporkan: {reasons}",
    "review_next": "Selanjutnya: minta “buatkan banding untuk ulasan {review_id}”; pengajuan tetap keputusan Anda.",
    "appeal_draft": "Draf banding untuk ulasan {review_id} ({category}). Periksa, tambahkan lampiran, lalu ajukan sendiri:",
    "appeal_missing": "Masih perlu dilampirkan: {attachments}",
    "appeal_issues": "Masalah yang disebut: {issues}",
    "appeal_genuine_for": "Ulasan {review_id}: banding tidak dibuat.",
    "appeal_none": "Tidak ada banding untuk ulasan {review_id}: {eligibility}",
    "triage_header": "{count} ulasan negatif dari {first} sampai {last}:",
    "triage_group": "- {category}: {count}",
    "triage_item": "  - {review_id} ({rating}★, {status}): “{preview}”",
    "triage_days_left": "sisa {days} hari",
    "triage_not_reportable": "tidak bisa dilaporkan",
    "triage_genuine_issues": "Keluhan asli per masalah: {issues}",
    "triage_warning": "Peringatan: {warning}",
    "eligibility_rating_too_high": "Ratingnya terlalu tinggi: hanya ulasan berbintang rendah yang bisa dilaporkan.",
    "eligibility_window_closed": "Masa pelaporan sudah berakhir pada {last_day} (ulasan diposting {posted_on}).",
    "eligibility_already_reported": "Ulasan ini sudah pernah dilaporkan; setiap ulasan hanya bisa dilaporkan sekali.",
}

GLOSSARY: Final[dict[str, str]] = {
    # VoC levels
    "At Risk": "berisiko", "Needs Attention": "perlu perhatian", "Market Average": "rata-rata pasar",
    "Below Average": "di bawah rata-rata", "-": "data belum cukup",
    # video statuses
    "Trigger violation": "melanggar kebijakan", "Did not meet threshold": "belum memenuhi ambang penilaian",
    "Can do better": "masih bisa ditingkatkan", "Good performance": "kinerja bagus", "In evaluation": "sedang dinilai",
    # malicious-review categories
    "repeat_negative": "ulasan negatif berulang", "coercive": "ulasan pemerasan", "competitor": "ulasan dari pesaing",
    "traffic_diversion": "ulasan pengalih trafik", "wrong_product": "ulasan untuk barang lain", "invalid": "ulasan tidak sah",
    "not_malicious": "bukan ulasan jahat",
    # issue tags
    "not_as_described": "tidak sesuai deskripsi", "size_fit": "ukuran tidak pas", "quality_defect": "cacat kualitas",
    "performance": "kinerja di bawah harapan", "misleading_promotion": "promosi menyesatkan", "counterfeit": "barang palsu",
    "safety": "keamanan", "price_value": "harga tidak sepadan", "damaged_or_missing": "rusak atau kurang",
    "wrong_item": "barang salah kirim", "logistics_delay": "pengiriman terlambat", "customer_service": "layanan pelanggan",
    # account and video metrics
    "videos_posted": "Video diunggah", "revenue": "Pendapatan", "views": "Tayangan", "orders": "Pesanan",
    "items_sold": "Barang terjual", "finish_rate": "tingkat tonton sampai habis", "click_through_rate": "tingkat klik",
    "conversion_rate": "tingkat konversi", "interaction_rate": "tingkat interaksi",
    # review signals
    "repeat_history": "Pembeli ini berulang kali membeli lalu memberi ulasan negatif",
    "removal_for_reward": "Pembeli menawarkan menghapus atau mengubah ulasan demi imbalan yang bukan haknya",
    "contact_channel": "Ulasan memuat kontak atau tautan di luar platform",
    "other_shop_promotion": "Ulasan mengarahkan pembeli ke toko atau akun lain",
    "self_store_claim": "Pengulas mempromosikan toko atau mereknya sendiri",
    "different_product": "Ulasan membahas barang yang berbeda dari yang dibeli",
    "gibberish": "Isi ulasan acak atau tidak bermakna",
    "spam": "Isi ulasan berupa spam",
    "unrelated": "Isi ulasan tidak berhubungan dengan barang yang dibeli",
    "defect_described": "Ulasan menjelaskan masalah pada barang atau pengiriman",
    "entitled_remedy": "Pembeli meminta ganti rugi yang memang haknya (refund, tukar barang)",
    "defect_photo_link": "Tautan mengarah ke foto cacat barang: bukti, bukan promosi",
    "wrong_item_shipped": "Pembeli bilang barang yang dikirim salah: keluhan pengiriman",
}
