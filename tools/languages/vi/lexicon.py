"""Vietnamese lexicon. Matched on lower-cased text with tone marks kept (hỏng "broken" ≠ hồng
"pink"); multi-word entries also match typed without diacritics ("giao hang cham")."""

from __future__ import annotations

from tools.tagging.lexicon import Lexicon
from tools.tagging.matcher import fold_phrase
from tools.tagging.taxonomy import IssueTag as T


def _with_unaccented(*phrases: str) -> tuple[str, ...]:
    """Each phrase plus, for multi-word ones, the same words without diacritics."""
    variants = list(phrases)
    for phrase in phrases:
        folded = fold_phrase(phrase, keep_accents=False)
        if " " in phrase and folded != phrase and folded not in variants:
            variants.append(folded)
    return tuple(variants)


LEXICON = Lexicon(
    language="vi",
    keep_accents=True,
    phrases={
        T.NOT_AS_DESCRIBED: _with_unaccented(
            "không giống hình", "không giống ảnh", "không giống mô tả", "không đúng mô tả", "không như hình", "không như mô tả",
            "ko giống hình", "ko giống ảnh", "k giống hình", "khác hình", "khác với hình", "khác ảnh", "khác xa", "khác mô tả",
            "sai mô tả", "màu không giống", "màu khác", "lệch màu", "màu bị lệch", "chất liệu khác", "hàng không giống",
            "không đúng như hình", "khác với ảnh", "khác so với hình", "khác so với ảnh", "màu ko giống", "vải khác",
        ),
        T.SIZE_FIT: _with_unaccented(
            "chật", "rộng quá", "quá rộng", "quá chật", "quá nhỏ", "nhỏ quá", "to quá", "quá to", "size nhỏ", "size to",
            "không vừa", "ko vừa", "k vừa", "mặc không vừa", "bị chật", "bị rộng", "size không chuẩn", "size ko chuẩn",
            "ngắn quá", "dài quá", "bảng size", "form nhỏ", "form to", "lên size", "nhỏ hơn", "rộng thùng thình",
        ),
        T.QUALITY_DEFECT: _with_unaccented(
            "hỏng", "bị hỏng", "hư", "bị hư", "hư hỏng", "lỗi", "bị lỗi", "hàng lỗi", "kém chất lượng", "chất lượng kém",
            "chất lượng tệ", "chất lượng không tốt", "chất lượng ko tốt", "chất lượng ~ kém", "đứt",
            "nứt", "bung chỉ", "chỉ thừa", "phai màu", "bạc màu", "ra màu", "xù lông", "bong tróc", "tróc",
            "không hoạt động", "ko hoạt động", "không dùng được", "ko dùng được", "không lên nguồn", "không sạc được",
            "mỏng", "dởm", "dỏm", "mốc", "rỉ sét", "gỉ", "hết hạn", "bị bung", "lung lay",
            "không chắc chắn", "chất lượng kém quá", "không lên", "ko lên", "bị méo",
        ),
        T.PERFORMANCE: _with_unaccented(
            "pin yếu", "pin nhanh hết", "hết pin nhanh", "sạc chậm", "sạc lâu", "hương không lưu", "không lưu hương",
            "mùi nhanh bay", "nhanh bay mùi", "lưu hương kém", "không hiệu quả", "ko hiệu quả", "không có tác dụng",
            "ko có tác dụng", "chẳng có tác dụng", "không thấy hiệu quả", "ko thấy hiệu quả", "hiệu quả kém", "yếu",
            "âm thanh nhỏ", "loa nhỏ", "không mát", "ko mát", "lag", "giật lag", "mùi bay nhanh", "không thơm lâu",
            "không thấy tác dụng", "chẳng thấy hiệu quả", "không thơm", "không mạnh", "hút yếu", "pin tụt nhanh",
        ),
        T.MISLEADING_PROMOTION: _with_unaccented(
            "không giống live", "khác trên live", "trên live nói", "lúc live nói", "live nói", "quảng cáo sai", "quảng cáo quá",
            "quảng cáo lố", "nói quá", "không giống video", "ko giống video", "khác video", "khác trong video", "review ảo",
            "chém gió", "không giống quảng cáo", "ko giống quảng cáo", "khác quảng cáo", "quảng cáo lừa", "koc nói", "idol nói",
            "video quảng cáo", "quảng cáo khác",
        ),
        T.COUNTERFEIT: _with_unaccented(
            "hàng giả", "fake", "hàng nhái", "nhái", "không chính hãng", "ko chính hãng", "k chính hãng",
            "không phải hàng auth", "không auth", "hàng fake", "hàng rep", "không phải chính hãng", "không phải hàng thật",
        ),
        T.SAFETY: _with_unaccented(
            "dị ứng", "ngứa", "mẩn đỏ", "nổi mẩn", "kích ứng", "rát", "bỏng", "nóng ran", "quá nóng", "bị nóng", "cháy",
            "khét", "mùi khét", "bốc khói", "giật điện", "điện giật", "chập điện", "mùi hắc", "hóa chất", "độc hại",
            "nguy hiểm", "nổi mụn", "lên mụn", "đau đầu", "chóng mặt", "nóng bỏng tay", "phát nổ", "nổ", "mùi hóa chất",
        ),
        T.PRICE_VALUE: _with_unaccented(
            "đắt", "giá cao", "không đáng tiền", "ko đáng tiền", "k đáng tiền", "không đáng giá", "phí tiền",
            "tốn tiền", "chỗ khác rẻ hơn", "giá chát", "đắt quá", "mắc quá", "không xứng", "không đáng", "ko đáng",
            "tiền nào của nấy", "nơi khác rẻ hơn",
        ),
        T.DAMAGED_OR_MISSING: _with_unaccented(
            "bị vỡ", "vỡ", "móp", "méo", "bẹp", "bị móp", "đổ ra", "bị chảy", "rò rỉ", "thiếu", "thiếu hàng", "giao thiếu",
            "thiếu phụ kiện", "không đủ", "hộp rỗng", "bị bóp", "hàng bị dập", "dập", "nát", "bị đổ", "tràn ra", "chảy ra",
            "bể", "bị bể", "rơi mất", "không có phụ kiện", "thiếu đồ", "rách hộp", "hộp bị rách",
        ),
        T.WRONG_ITEM: _with_unaccented(
            "giao sai", "gửi sai", "sai màu", "sai size", "sai mẫu", "sai hàng", "nhầm hàng", "giao nhầm", "gửi nhầm",
            "không đúng màu", "không đúng mẫu", "không đúng hàng", "không đúng size", "khác đơn", "không phải cái tôi đặt",
            "đặt ~ giao", "đặt ~ nhận được", "ko đúng màu", "ko đúng size", "ko đúng mẫu", "sai phân loại", "giao lộn",
        ),
        T.LOGISTICS_DELAY: _with_unaccented(
            "giao chậm", "giao hàng chậm", "giao lâu", "giao hàng lâu", "ship chậm", "ship lâu", "vận chuyển chậm",
            "lâu quá", "đợi lâu", "chờ lâu", "chờ mãi", "đợi mãi", "mãi mới", "mãi không", "chưa nhận được", "chưa nhận",
            "không nhận được", "ko nhận được", "chưa giao", "chưa thấy giao", "mất hàng", "thất lạc", "trễ", "bị trễ",
            "giao trễ", "delay", "lâu ơi là lâu", "gần 1 tháng", "cả tháng", "hơn 1 tuần", "hơn một tuần", "lâu vậy",
        ),
        T.CUSTOMER_SERVICE: _with_unaccented(
            "shop không trả lời", "không trả lời", "ko trả lời", "k trả lời", "không phản hồi", "ko phản hồi", "ko rep",
            "không rep", "chưa rep", "shop không rep", "seen không rep", "thái độ kém", "thái độ tệ", "phục vụ kém",
            "không hỗ trợ", "ko hỗ trợ", "không chịu đổi", "không hoàn tiền", "chưa hoàn tiền", "hoàn tiền chậm",
            "từ chối hoàn", "chăm sóc khách hàng kém", "bơ khách", "shop bơ", "seen không trả lời", "không chịu trách nhiệm",
            "không giải quyết", "ko giải quyết", "chưa được hoàn tiền",
        ),
    },
    generic_negative=_with_unaccented(
        "tệ", "quá tệ", "rất tệ", "thất vọng", "đừng mua", "không nên mua", "ko nên mua", "chán", "dở", "dở tệ", "kém",
        "lừa đảo", "không hài lòng", "ko hài lòng", "không recommend", "1 sao", "một sao", "không ưng", "ko ưng", "👎", "😡",
    ),
    negators=("không", "ko", "k", "chẳng", "chả", "không hề", "không có", "chưa hề", "đâu có", "hông", "hok", "khg", "kg", "không bị", "chẳng bị", "ko bị", "ko có", "chả có"),
    negator_exceptions=(
        "không chỉ", "không lâu", "không tới", "không đến", "ko tới", "ko đến", "không biết", "ko biết", "không được",
        "ko được", "không giống", "ko giống", "không đúng", "ko đúng", "không như", "không phải", "không hài lòng",
    ),
    contrasts=("nhưng", "mà", "tuy nhiên", "có điều", "nhưng mà", "riêng", "chỉ tiếc"),
    post_negators=("không có", "ko có", "không hề", "không bị"),
)
