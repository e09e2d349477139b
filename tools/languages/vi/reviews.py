"""Vietnamese words the malicious-review detectors read (`tools/reviews/signals_*.py`). Each entry is one
regex, matched case-insensitively on the review as a person sees it (`tools.untrusted_text.clean`)."""

from __future__ import annotations

from tools.languages import ReviewWords

REVIEWS = ReviewWords(
    defects=(
        r"\b(vỡ|móp|bể|rách|hàng giả|kém chất lượng|sai (màu|size|mẫu)|không (vào|lên|chạy|hoạt động|dùng được|giống))\b",
        r"\b(lỗi|hỏng)\b",
        r"\b(nứt|bị hở|rỉ ra|rò rỉ|chảy nước|gỉ|rỉ sét|chập|(không|ko|k|hok|hông) (vào|vô|lên|chạy|sạc|hoạt động|dùng được|giống)|thủng|lủng|lỗ|bung chỉ|sứt|trầy|xước|méo|gãy|ố|phai màu|bạc màu|không sạc|hư|hết pin|nóng ran|rỉ nước|nguội|lệch|keo tràn|xù lông|co rút|rộng|chật|nhỏ hơn|hôi|mốc|hết hạn|giao chậm|thiếu hàng|sai hàng)\b",
        r"\b(tóe lửa|chập điện|bốc khói|giật điện|phát nổ|cháy nổ|bốc cháy)\b",
        r"\bbị (nứt|vỡ|gãy|móp|thủng|rách|hỏng|lỗi|trầy|xước|bể|lủng|hở|phai|mốc)\b",
        r"\b(bong tróc|bong keo|bung keo|nhức đầu|mùi hắc|hôi hắc)\b",
    ),
    wrong_item_shipped=(r"\b((giao|gửi|ship|gui) (nhầm|sai|nham)( hàng| màu| size| mẫu)?|nhận được hàng khác)\b",),
    generic_complaints=(r"\b(không như mong đợi|thất vọng|tệ|chán|dở)\b",),
    entitled_remedies=(r"\b(hoàn tiền|đổi (hàng|cái mới))\b",),
    seller_offers=(r"\b((shop|người bán|cửa hàng) (đã )?(đề nghị|hứa|gửi thiệp)|(thiệp|tờ giấy|card) (trong hộp|trong gói|ghi))\b",),
    review_changes=(
        r"\b(sửa|xóa|xoá|đổi|gỡ|nâng|chỉnh)\s*(lại\s*)?(đánh giá|review|sao|bình luận|cmt)|\b(5|năm) sao\b",
        r"\b(sửa|lên|nâng|đổi)\s*(lên|thành)?\s*(5|năm)\s*(sao|\*)|\bkhông thì\b[^.!?]{0,30}\b(1|một)\s*sao\b",
        r"\b(review|đánh giá) (đẹp|tốt|lại)\b",
        r"\b(thì|là) (t|tui|mình|em|tôi) (xóa|xoá|sửa|gỡ|nâng)\b",
    ),
    rewards=(
        r"\b(tặng|miễn phí|quà|giảm giá)\b|\b\d+k\b",
        r"\b(free|gửi (bù|thêm)|tặng thêm|hoàn (1 nửa|một nửa|nửa|50%)|nửa tiền|không (cần )?trả hàng|giữ lại (xài|dùng))\b",
        r"\b(ck lại|chuyển khoản lại|ship thêm|\d+%)\b",
    ),
    invitations=(r"\b(bỏ dấu cách|không dấu cách|viết liền)\b|\b(ib|inbox) (mình|em|ngay)\b|\bkết bạn zalo\b",),
    attributions=(r"\bshop (bảo|kêu|nói|bắt)\b|\bkhông (trả lời|rep|phản hồi)\b",),
    own_store_claims=(
        r"\b(shop mình|bên (em|mình) (có|bán))\b",
        r"\b(xưởng|tiệm|shop|bên|cửa hàng|công ty) (mình|tụi mình|chúng tôi|tụi em|em|bọn mình)\b|\b(mình|tụi mình|em) (cũng )?(bán|làm|nhập|sản xuất|may) (hàng|mẫu|mặt hàng|đồ)\b",
        r"\b(xưởng nhà (mình|tui|em)|mối hàng|lấy về bán|(làm|nhà) phân phối|tư cách người (bán|làm)|bên (tui|tôi) (bán|làm|nhập))\b",
    ),
    trade_cues=(
        r"\b(bán sỉ|giá sỉ|hàng sỉ|nhập hàng|lấy sỉ|nguồn hàng)\b",
    ),
    other_shops=(
        r"\b(qua|ghé|sang|tìm) (shop|tiệm|cửa hàng|page)\b|\bshop .{1,25} trên (lazada|shopee|tiki|tiktok|sendo)\b",
    ),
    dot_words=(
        r"chấm",
        r"cham",
    ),
    spam=(
        r"\b(kiếm (tiền|thêm)|việc làm (tại nhà|online)|tuyển (dụng|cộng tác viên|ctv)|vay (tiền|nhanh|online)|giải ngân|lãi (suất|thấp)|nhà cái|nổ hũ|tài xỉu|cá độ|không cần vốn|làm tại nhà|ai cần việc)\b",
        r"\b(vay tiêu dùng|duyệt (trong|nhanh)|không thẩm định|ko thẩm định|lãi 0%|chỉ cần cccd|giải ngân)\b",
    ),
    purchase_words=(
        r"\b(hàng|sản phẩm|sp|shop|giao|ship|đóng gói|giá|mua|đặt|size|màu|chất lượng|đánh giá)\b",
    ),
    off_topic=(r"\b(chúc mừng năm mới|năm mới|an khang thịnh vượng|vạn sự như ý|chúc cả nhà|trung thu vui vẻ)\b",),
    review_in_error=(
        r"\b(đánh giá nhầm|review nhầm|nhầm shop|nhầm sản phẩm|đánh giá lộn)\b",
    ),
    product_kinds={
        "dress": ("váy", "đầm"),
        "top": ("áo thun", "áo sơ mi", "áo khoác", "áo"),
        "bottoms": ("quần",),
        "shoes": ("giày", "dép"),
        "bag": ("túi xách", "balo", "ví da", "cái ví"),
        "phone_case": ("ốp lưng", "ốp điện thoại"),
        "phone": ("điện thoại",),
        "charger": ("củ sạc",),
        "cable": ("dây sạc", "cáp sạc"),
        "power_bank": ("sạc dự phòng", "pin dự phòng"),
        "earphones": ("tai nghe",),
        "speaker": ("loa bluetooth", "loa kéo", "cái loa"),
        "watch": ("đồng hồ",),
        "perfume": ("nước hoa",),
        "makeup": ("son môi", "kem nền", "phấn mắt"),
        "skincare": ("kem chống nắng", "sữa rửa mặt", "mặt nạ", "kem dưỡng"),
        "cookware": ("chảo", "nồi", "con dao", "dao bếp"),
        "appliance": ("máy xay", "ấm siêu tốc", "nồi chiên", "nồi cơm điện", "quạt"),
        "drinkware": ("cốc", "bình giữ nhiệt", "bình nước"),
        "home_textile": ("gối", "chăn", "khăn tắm", "ga giường", "rèm"),
        "toy": ("đồ chơi", "búp bê"),
        "pet": ("thức ăn cho mèo", "cát vệ sinh"),
        "baby": ("xe đẩy", "bỉm", "bình sữa"),
        "lighting": ("bóng đèn", "đèn ngủ"),
        "computer": ("bàn phím", "chuột máy tính", "màn hình"),
        "bike": ("xe đạp",),
        "grooming": ("máy cạo râu",),
    },
)
