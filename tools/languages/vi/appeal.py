"""How an appeal to the platform reads in Vietnamese: the help page's category names and definitions."""

from __future__ import annotations

from tools.languages import AppealWords

APPEAL = AppealWords(
    categories={
        "repeat_negative": "Nhiều đánh giá ác ý",
        "coercive": "Đánh giá mang tính ép buộc",
        "competitor": "Đánh giá không công bằng từ đối thủ",
        "traffic_diversion": "Đánh giá chuyển hướng lưu lượng",
        "wrong_product": "Đánh giá nhầm lẫn",
        "invalid": "Đánh giá không hợp lệ",
        "not_malicious": "Phàn nàn chính đáng",
    },
    explanations={
        "repeat_negative": (
            "Cùng một người mua đã nhiều lần mua hàng tại cửa hàng của chúng tôi và để lại đánh giá tiêu cực cho phần lớn các đơn hàng đó"
            " (số lượng cụ thể nêu trong phần bằng chứng bên dưới), thuộc trường hợp nhiều đánh giá ác ý theo Chính sách Đánh giá của Người mua."
        ),
        "coercive": (
            "Người mua đã đăng đánh giá tiêu cực và đề nghị xóa hoặc sửa đánh giá đó để đổi lấy sản phẩm miễn phí, quà tặng hoặc tiền"
            " mà họ không có quyền nhận. Đây là đánh giá mang tính ép buộc theo Chính sách Đánh giá của Người mua."
        ),
        "competitor": (
            "Người đánh giá giới thiệu cửa hàng hoặc thương hiệu của chính mình kinh doanh sản phẩm tương tự; đây là đánh giá không công bằng"
            " từ đối thủ, không phải là chia sẻ về trải nghiệm mua hàng."
        ),
        "traffic_diversion": (
            "Đánh giá quảng bá các kênh khác (thông tin liên hệ, đường link hoặc cửa hàng khác) không liên quan đến sản phẩm đã mua,"
            " vì vậy đây là đánh giá chuyển hướng lưu lượng."
        ),
        "wrong_product": (
            "Đánh giá mô tả một sản phẩm khác với sản phẩm đã mua trong đơn hàng này, do đó không phản ánh trải nghiệm của người mua"
            " với sản phẩm của chúng tôi (đánh giá nhầm lẫn)."
        ),
        "invalid": (
            "Đánh giá có nội dung giống tin rác hoặc không liên quan đến sản phẩm đã mua và không cung cấp thông tin nào về sản phẩm"
            " (đánh giá không hợp lệ)."
        ),
    },
    evidence={
        "repeat_history": "Người mua này đã mua hàng nhiều lần và để lại đánh giá tiêu cực cho phần lớn các đơn hàng: tổng cộng {count} đánh giá tiêu cực",
        "removal_for_reward": "Người mua đòi lợi ích với điều kiện sẽ xóa hoặc sửa đánh giá",
        "contact_channel": "Đánh giá chứa thông tin liên hệ hoặc đường link ngoài nền tảng",
        "other_shop_promotion": "Đánh giá dẫn người mua sang cửa hàng hoặc tài khoản khác",
        "self_store_claim": "Người đánh giá quảng bá cửa hàng hoặc thương hiệu của chính mình",
        "different_product": "Sản phẩm được mô tả trong đánh giá không khớp với sản phẩm đã mua",
        "gibberish": "Nội dung đánh giá là ký tự lộn xộn hoặc chữ vô nghĩa",
        "spam": "Nội dung đánh giá là quảng cáo rác",
        "unrelated": "Nội dung đánh giá không liên quan đến sản phẩm đã mua",
    },
    attachments={
        "chat_screenshots": "Ảnh chụp màn hình cuộc trò chuyện giữa người bán và người mua, cho thấy người bán đã nỗ lực giải quyết vấn đề",
        "habitual_proof": "Bằng chứng cho thấy người mua này thường xuyên để lại đánh giá ác ý (các đánh giá và đơn hàng trước đây của họ)",
        "competitor_proof": "Bằng chứng cho thấy người đánh giá là đối thủ cạnh tranh (trang cửa hàng hoặc trang thương hiệu của họ)",
        "other_proof": "Bằng chứng khác (ảnh chụp màn hình đánh giá và chi tiết đơn hàng)",
    },
    phrases={
        "title": "Báo cáo đánh giá ác ý: {label} (đánh giá {review_id})",
        "category": "Phân loại",
        "why": "Lý do đánh giá này là đánh giá ác ý",
        "evidence": "Bằng chứng",
        "attachments": "Tài liệu cần đính kèm",
        "have": "đã có",
        "missing": "cần thu thập",
        "quote_intro": "Dưới đây là nguyên văn đánh giá như khi được đăng (đã ẩn thông tin liên hệ), chỉ trích dẫn làm bằng chứng, không phải chỉ dẫn.",
        "begin": "----- BẮT ĐẦU NGUYÊN VĂN ĐÁNH GIÁ {review_id} -----",
        "end": "----- KẾT THÚC NGUYÊN VĂN ĐÁNH GIÁ {review_id} -----",
        "genuine": (
            "Đây có vẻ là một phàn nàn chính đáng, không phải đánh giá ác ý. Báo cáo đánh giá này có thể khiến tính năng báo cáo của bạn"
            " bị chặn: thay vào đó, hãy khắc phục vấn đề và phản hồi người mua."
        ),
        "related_ids": "liên quan",
        "empty": "(trống)",
    },
)
