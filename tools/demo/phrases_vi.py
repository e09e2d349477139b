"""Vietnamese phrase bank of the demo generator (smaller than en/zh/id: a lighter share of the buyers)."""

from __future__ import annotations

from tools.demo import stories

LANGUAGE = "vi"

ITEMS = {category: ["sản phẩm", "hàng", "món này"] for category in stories.CATEGORIES}
FEATURES = {category: ["thiết kế", "màu sắc", "bao bì"] for category in stories.CATEGORIES}

POSITIVE = ["{item} rất tốt, {feature} đẹp", "Chất lượng tốt, giá hợp lý, sẽ mua lại", "Giao hàng nhanh, đóng gói cẩn thận, cảm ơn shop", "Giống hình, rất đáng mua", "Không có vấn đề gì, rất ưng"]
NEUTRAL = ["Tạm được", "Bình thường", "Dùng được", "Đúng giá tiền"]
NEGATIVE_OPENERS = ["", "", "Rất thất vọng. ", "Không hài lòng. "]
NEGATIVE_CLOSERS = ["", "", " Không khuyến khích mua.", " Sẽ không mua nữa."]
POSITIVE_CLOSERS = ["", " Cảm ơn shop", " 👍"]
MIXED_PRAISE = ["Thích {feature}", "Giá ổn"]
MIXED_JOINERS = [" nhưng ", ", tuy nhiên "]

ISSUES: dict[str, list[str]] = {
    "not_as_described": ["không giống mô tả", "màu khác với hình"],
    "size_fit": ["size quá nhỏ", "mặc không vừa dù theo bảng size"],
    "quality_defect": ["dùng {days} ngày đã hỏng", "chất lượng kém"],
    "performance": ["pin hết sau {hours} giờ", "mùi hương bay nhanh quá"],
    "misleading_promotion": ["livestream quảng cáo quá lố", "video review nói quá sự thật"],
    "counterfeit": ["hàng giả, không phải chính hãng", "hàng nhái"],
    "safety": ["nóng quá suýt bỏng tay", "dùng bị dị ứng nổi mẩn"],
    "price_value": ["quá đắt so với chất lượng", "không đáng tiền"],
    "damaged_or_missing": ["hàng bị vỡ khi nhận", "thiếu một món trong đơn"],
    "wrong_item": ["giao sai hàng", "giao sai màu"],
    "logistics_delay": ["giao hàng {days} ngày mới tới", "chưa nhận được hàng"],
    "customer_service": ["shop không trả lời tin nhắn", "chăm sóc khách hàng tệ"],
}
STORY: dict[str, list[str]] = {}
RETURN_PREFIXES = ["", "Yêu cầu hoàn tiền: "]
BUYER_SIDE: dict[str, list[str]] = {"CHANGED_MIND": ["Đổi ý không mua nữa", ""], "ORDERED_BY_MISTAKE": ["Đặt nhầm", ""], "BETTER_PRICE": ["Tìm được chỗ rẻ hơn", ""]}
MALICIOUS: dict[str, list[str]] = {
    "repeat_negative": ["Tệ", "Tệ quá, 1 sao"],
    "coercive": ["Gửi thêm một cái miễn phí thì tôi sửa thành 5 sao", "Hoàn tiền thì tôi xóa đánh giá"],
    "competitor": ["Mua ở shop tôi tốt hơn, hàng chính hãng"],
    "traffic_diversion": ["Liên hệ Zalo 0901 234 567 giá rẻ hơn"],
    "wrong_product": ["Ốp điện thoại bị nứt sau một ngày"],
    "invalid": ["hahahahaha", "abcxyz abcxyz"],
}
