"""Vietnamese words the malicious-review detectors read (`tools/reviews/signals_*.py`). Each entry is one
regex, matched case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`)."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    defects=(
        r"\b(vỡ|móp|bể|rách|hàng giả|kém chất lượng|sai (màu|size|mẫu)|không (vào|lên|chạy|hoạt động|dùng được|giống))\b",
        r"\b(lỗi|hỏng)\b",
    ),
    entitled_remedies=(r"\b(hoàn tiền|đổi (hàng|cái mới))\b",),
    review_changes=(r"\b(sửa|xóa|xoá|đổi|gỡ|nâng|chỉnh)\s*(lại\s*)?(đánh giá|review|sao|bình luận|cmt)|\b(5|năm) sao\b",),
    rewards=(r"\b(tặng|miễn phí|quà|giảm giá)\b|\b\d+k\b",),
    invitations=(r"\b(ib|inbox) (mình|em|ngay)\b|\bkết bạn zalo\b",),
    attributions=(r"\bshop (bảo|kêu|nói|bắt)\b|\bkhông (trả lời|rep|phản hồi)\b",),
    own_store_claims=(r"\b(shop mình|bên (em|mình) (có|bán))\b",),
)
