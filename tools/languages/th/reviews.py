"""Thai words the malicious-review detectors read (`tools/reviews/signals_*.py`). Each entry is one regex,
matched case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`)."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    defects=(r"(ไม่ตรงปก|เสีย|แตก|พัง|ชำรุด|ไม่ทำงาน|ใช้ไม่ได้|ขาด|รั่ว|สีเพี้ยน|ไม่เหมือน|ปลอม)",),
    entitled_remedies=(r"(คืนเงิน|เปลี่ยน(ใหม่|สินค้า))",),
    review_changes=(r"((แก้|ลบ|เปลี่ยน|ปรับ)\s*(รีวิว|คะแนน|ดาว|คอมเมนต์)|(5|ห้า)\s*ดาว)",),
    rewards=(r"(ส่วนลด|ฟรี|ของแถม|แถม|โค้ด|\d+\s*บาท)", r"\b\d+\s?baht\b"),
    invitations=(r"(แอดไลน์|ทักไลน์|แอด ?line|ทักแชท|ไลน์ไอดี)",),
    attributions=(r"(ร้าน(ให้|บอกให้)|ไม่ตอบ)",),
    own_store_claims=(r"(ร้านเรา|ร้านของเรา)",),
    product_kinds={
        "dress": ("เดรส", "กระโปรง"),
        "top": ("เสื้อ",),
        "shoes": ("รองเท้า",),
        "bag": ("กระเป๋า",),
        "earphones": ("หูฟัง",),
    },
)
