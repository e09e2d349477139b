"""Vietnamese, with or without tone marks (sellers often type "san pham" for "sản phẩm")."""

from __future__ import annotations

from tools.languages import AnswerWords, ChatWords, LanguagePack, OrdinalRule
from tools.languages.vi.appeal import APPEAL
from tools.languages.vi.messages import GLOSSARY, MESSAGES
from tools.languages.vi.reviews import REVIEWS

_ORDINALS = {"nhất": 1, "nhat": 1, "hai": 2, "ba": 3, "tư": 4, "tu": 4, "bốn": 4, "năm": 5, "nam": 5, "sáu": 6,
             "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_UNACCENTED_ORDINALS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                        "chin": 9, "muoi": 10}

PACK = LanguagePack(
    appeal=APPEAL,
    answers=AnswerWords(
        review_decisions={
            # "có thể báo cáo" says the review is still within its window, not that it should be reported; "có nên
            # báo cáo" asks whether it should.
            "report": (
                r"(?<!không )(?<!đừng )(?<!chẳng )(?<!có )(?:nên|hãy)\s+báo\s+cáo", r"(?<!khong )(?<!co )nen\s+bao\s+cao",
                r"(?<!không )đáng\s+(?:để\s+)?báo\s+cáo",
            ),
            "check_first": (r"kiểm\s+tra\s+(?:kỹ\s+)?trước", r"kiem\s+tra\s+(?:ky\s+)?truoc"),
            "do_not_report": (
                r"(?:không\s+nên|đừng|không\s+cần|chẳng\s+nên)\s+báo\s+cáo", r"(?:khong\s+nen|khong\s+can)\s+bao\s+cao",
            ),
        },
    ),
    reviews=REVIEWS,
    code="vi",
    name="Tiếng Việt",
    locale="vi_VN",
    order=5,
    messages=MESSAGES,
    glossary=GLOSSARY,
    chat=ChatWords(
        # Each cue of several words also as typed without accents; a short one stays accented only, as without its
        # marks it stands for many words ("giá" price, "gia" family).
        intent_cues={
            "voc_overview": ("sản phẩm nào", "sp nào", "san pham nao", "sp nao", "cái nào trước", "cai nao truoc", "phàn nàn", "phan nan", "than phiền", "than phien", "không hài lòng", "khong hai long"),
            "help": ("định nghĩa", "dinh nghia", "là gì", "nghĩa là", "có nghĩa", "cách tính", "tính như thế nào", "tiêu chí", "quy định", "hoạt động thế nào",
                     "luật", "chính sách", "khác nhau", "khác gì", "khac nhau", "khac gi", "ngưỡng", "tính bằng gì", "được coi là", "tính như nào", "tính sao", "dựa vào đâu",
                     "nghia la", "cach tinh", "tinh nhu the nao", "tieu chi", "quy dinh", "hoat dong the nao",
                     "luat cua", "chinh sach", "tinh bang gi", "duoc coi la", "tinh nhu nao", "dua vao dau",
                     "ntn là", "thế nào là", "như nào là", "là bị gì", "có tính là", "ntn la", "the nao la", "nhu nao la", "la bi gi", "co tinh la"),
            "review_appeal": ("khiếu nại", "kháng nghị", "soạn đơn", "viết đơn",
                              "khieu nai", "khang nghi", "soan don", "viet don"),
            "playbook": ("shop khác", "seller khác", "người bán khác", "người khác làm", "case thành công", "ví dụ shop", "vi du shop", "kinh nghiệm", "cách khắc phục",
                         "cách sửa", "sửa thế nào", "nên làm gì", "cach sua", "sua the nao", "nen lam gi", "cách cải thiện", "cach cai thien",
                         "shop khac", "seller khac", "nguoi ban khac", "nguoi khac lam", "case thanh cong", "kinh nghiem", "cach khac phuc"),
            "review_triage": ("đánh giá tiêu cực nào", "có thể báo cáo", "danh gia tieu cuc nao", "co the bao cao"),
            "voc_product": ("vấn đề gì", "tại sao"),
        },
        issue_cues={
            "not_as_described": ("không giống hình", "không đúng mô tả", "sai màu", "khác ảnh"),
            "size_fit": ("kích thước", "kích cỡ", "không vừa"),
            "quality_defect": ("chất lượng", "bị hỏng", "lỗi"),
            "performance": ("pin", "sạc", "lưu hương"),
            "misleading_promotion": ("quảng cáo sai", "quảng cáo quá", "nói quá", "koc", "kol"),
            "counterfeit": ("hàng giả", "hàng nhái", "không chính hãng"),
            "safety": ("dị ứng", "nóng quá", "an toàn"),
            "price_value": ("giá", "đắt"),
            "damaged_or_missing": ("bị vỡ", "móp", "thiếu hàng", "giao thiếu", "rò rỉ"),
            "wrong_item": ("giao nhầm", "giao sai", "sai hàng"),
            "logistics_delay": ("giao hàng chậm", "giao chậm", "giao trễ", "vận chuyển", "chưa nhận được", "giao hang cham"),
            "customer_service": ("chăm sóc khách hàng", "không trả lời", "không phản hồi"),
        },
        deadline_cues=("bao lâu", "bao nhiêu ngày", "thời hạn", "hạn chót", "cách tính", "trong mấy ngày", "trong vòng mấy ngày", "hạn report", "hạn báo cáo", "bao lau", "trong may ngay", "han report", "han bao cao", "bao nhieu ngay", "thoi han", "han chot", "cach tinh"),
        day_unit=r"ngày|ngay",
        window_prefix=r"gần đây|gan day|qua",
        windows={7: r"tuần (?:này|qua|trước)|\btuan (?:nay|qua|truoc)\b", 30: r"tháng (?:này|qua|trước)|\bthang (?:nay|qua|truoc)\b",
                 90: r"3 tháng|ba tháng|quý|\b(?:3|ba) thang\b"},
        laughter=r"\b(?:ha(?:ha)+|hi(?:hi)+|he(?:he)+|k{3,})\b",
        feelings=r"\b(?:mệt|met moi|căng thẳng|cang thang|stress|chán|buồn|nản|bực|áp lực|ap luc|đau đầu|dau dau|lo lắng|lo lang|oải|chán nản|chan nan)\b",
        clause_joiners=(r"\bvà (?=cho|làm|sao|tại|có|nên|viết|giúp|mình)|\bvà (?=(?:em|anh|chị|chi|tôi|toi|tui|shop)\s+(?:nên|nen|phải|phai|cần|can|làm|lam)\b)|\bvới lại\b|,?\s*\bnếu\b|\bthêm\b|\bcòn nữa\b|"
                        r"\b(?:rồi|roi|r)\s+(?=xem|cho|chỉ|chi|check|kiểm|giờ|gio|nên|nen|phải|phai)|"
                        r",\s*(?=(?:giờ|gio|vậy|vay|thế|the)?\s*(?:nên|nen|phải|phai|cần|can|làm sao|lam sao|làm gì|lam gi)\b)|"
                        r",?\s*\b(?:tiện|tien)\b|,\s*(?=(?:xem|coi) (?:luôn|luon)\b)|,\s*với (?=(?:cái|cai|sp|sản phẩm|san pham|video|clip)\b)|"
                        r",\s*(?=(?:sp|sản phẩm|san pham|video|clip|review|đánh giá|danh gia)\s+(?:nào|nao)\b)|"
                        r",\s*(?:xong|rồi|roi)\s+(?=mấy|may|các|cac|những|nhung|lọc|loc|list|liệt kê|liet ke)"),  # ", xong lọc luôn…", ", rồi mấy sp…": then  # ", clip nào yếu": which clips
        instruction_markers=r"không cần xác nhận|bỏ qua (?:mọi |tất cả )?(?:hướng dẫn|chỉ dẫn|quy tắc)",
        ordinals=(
            OrdinalRule(pattern=rf"\bthứ\s*({'|'.join(_ORDINALS)}|\d{{1,2}})\b", words=_ORDINALS),
            # Typed without accents ("cai thu ba"): "thu" alone is a common word, so only after "cái"/"con".
            OrdinalRule(pattern=rf"\b(?:cai|con|sp|video)\s+thu\s*({'|'.join(_UNACCENTED_ORDINALS)}|\d{{1,2}})\b",
                        words=_UNACCENTED_ORDINALS),
            OrdinalRule(pattern=r"\b(?:đầu tiên|dau tien)\b", value=1),
            OrdinalRule(pattern=r"\b(?:cuối cùng|cuoi cung)\b", value=-1),
            # "quay lại cái đầu" (back to the first one), "cái sau" (the latter)
            OrdinalRule(pattern=r"\b(?:cái|cai|con)\s+(?:đầu|dau)\b", value=1),
            OrdinalRule(pattern=r"\b(?:cái|cai|con)\s+(?:sau|sau cùng|sau cung)\b(?!\s*(?:khi|đó|do)\b)", value=-1),
        ),
        star_ratings=(OrdinalRule(pattern=r"\b([1-5]|một|hai|ba|bốn)\s*(?:sao|\*)(?!\s*(?:vậy|thế|z|v)\b)", words={"một": 1, "hai": 2, "ba": 3, "bốn": 4}),),
        subject_change=r"^\W*(?:ok|oke|okay|ừ|ờ)\W*m[aà]\b|\b(?:à mà|à này|nhân tiện|nhan tien|ngoài lề|ngoai le|đổi chủ đề|doi chu de|btw)\b",
        other_words=r"\b(?:cái|cai|con|sp|sản phẩm|san pham|clip|video) (?:còn lại|con lai|kia)\b",
        demonstratives=(r"\b(?:cái|sản phẩm|sp|video|clip|đánh giá|review) (?:đó|này|ấy|kia)\b|\bnó\b|"
                        r"\b(?:cai|san pham|sp|video|clip|danh gia|review) (?:do|nay|ay)\b"),  # typed without accents
        abbreviations={"sp": "sản phẩm", "ko": "không", "k": "không", "dc": "được", "đc": "được", "j": "gì", "vs": "với", "nt": "nhắn tin", "sao r": "sao rồi"},
        product_words=r"\bsản phẩm\b|\bsp\b|\bsan pham\b",
        video_words=r"\bvideo\b|\bclip\b",
        review_words=r"\breview\b|\bđánh giá\b|\bdanh gia\b|\brv\b",
        level_names={"At Risk": r"\b(?:có|mức) rủi ro\b|\brủi ro cao\b|\bbáo động\b|\bbao dong\b", "Needs Attention": r"\bcần (?:được )?(?:chú ý|lưu ý|theo dõi)\b|\bcan chu y\b", "Below Average": r"\bdưới (?:mức )?trung bình\b"},
        shop_words=r"\bcửa hàng\b|\bcua hang\b|\bgian hàng\b|\btiệm\b|\bshop\b|(?<=video )ngắn\b",
        improve_words=r"cải thiện|tại sao|vì sao",
        underperforming_words=r"kém|tệ|chưa tốt|không hiệu quả",
        item_joiners=r"\bvới\b|\bvoi\b|\bvà\b|\bva\b|\bhay\b|\bvs\.?|\bso với\b",
        report_words=r"báo cáo|bao cao|report|khiếu nại|kháng nghị|gỡ|xoá|xóa|ác ý|(?<!yếu )(?<!nhân )\btố\b(?! chất)|\bto cao\b",  # "tố được ko" (can I report it); not "yếu tố" (factor)
        typed_without_accents=True,
        ability_words=r"được không|được ko|đc không|đc ko|duoc khong|duoc ko|(?:được|đc|dc|duoc) (?:hok|hông|hong|khum|hem|k)\b|\bcó thể\b|\bco the\b",
        draft_words=r"\bsoạn|\bviết|\bsoan\b|\bviet\b|làm đơn|lam don",
        conditional_words=r"\b(?:nếu|neu) (?:đúng|dung|được|duoc|phải|phai|có|co thể)\b|\b(?:được|duoc|đc|dc) thì\b",
        action_requests=r"\b(?:chạy|chay|đặt|dat|bật|bat|mua|lên|len)\s+(?:quảng cáo|quang cao|ads)\b|\b(?:trả lời|tra loi|rep|phản hồi|phan hoi)\s+(?:review|đánh giá|danh gia|bình luận|binh luan|khách|khach)\b[^?]{0,80}\b(?:giúp|giup|giùm|gium|dùm|dum|hộ|ho)\b|\b(?:hoàn tiền|hoan tien|hoàn lại tiền|hoan lai tien)\s+(?:cho|giúp|giup)\b|\b(?:nhắn tin|nhan tin|nhắn|nhan)\s+(?:(?:cho|giúp|giup|xin lỗi|xin loi)\s+)+(?:khách|khach)\b|\b(?:hủy|huy)\s+(?:đơn|don)\s+(?:giúp|giup|cho|dùm|dum)\b|(?:^|(?<=[,.!?]\s))(?:xóa|xoá|xoa|gỡ)\s+(?:(?:luôn|luon|giúp|giup|giùm|gium|dùm|dum|hộ|ho|mấy|may|cái|cai|hết|het|những|nhung|mình|minh|em|tôi|toi|tui|shop|cho)\s+)*(?:review|đánh giá|danh gia|bình luận|binh luan|video|clip)\b|\b(?:xóa|xoá|xoa|gỡ)\s+(?:giúp|giup|giùm|gium|dùm|dum|hộ|luôn|luon)\s+(?:(?:mình|minh|em|tôi|toi|tui|shop|cho|cái|cai|mấy|may)\s+)*(?:review|đánh giá|danh gia|bình luận|binh luan)\b|\b(?:giảm|giam|hạ|ha|tăng|tang|đổi|doi|chỉnh|chinh|sửa|sua)\s+(?:giá|gia)\b[^?]{0,30}\b(?:còn|con|thành|thanh|xuống|xuong|lên|len)\b|\b(?:đổi|doi|sửa|sua|giảm|giam)\s+giá\s+(?:giúp|giup|cho|dùm|dum)\b|\b(?:đổi|doi|sửa|sua|giảm|giam|hạ|chỉnh|chinh)\s+(?:giá|gia)\b[^?]{0,40}\b(?:giúp|giup|dùm|dum|xuống|xuong)\b|\b(?:tra|check|kiểm tra|kiem tra)\s+(?:mã\s+|ma\s+)?(?:vận đơn|van don)\b|\b(?:hối|hoi)\s+(?:shipper|ship|giao hàng|giao hang)\b|\b(?:sửa|sua|đổi|doi|chỉnh|chinh|viết lại|viet lai)\s+(?:lại\s+|lai\s+)?(?:tiêu đề|tieu de|tên sp|ten sp|tên sản phẩm|ten san pham|mô tả|mo ta)\b|(?:^|(?<=[,.!?]\s))(?:(?:tạo|tao|làm|lam|set)\s+(?:giùm\s+|gium\s+|dùm\s+|dum\s+)?(?:cái\s+|cai\s+)?(?:voucher|mã giảm giá|ma giam gia|mã giảm|ma giam)|(?:update|cập nhật|cap nhat|tăng|tang|thêm|them)\s+(?:tồn kho|ton kho|kho))\b|\b(?:đăng|dang|up|upload)\s+(?:video|clip|sp|sản phẩm|san pham)\b[^?]{0,40}\b(?:giùm|gium|giúp|giup|dùm|dum|hộ)\b",
        question_words=frozenset(
            "nao cua toi tai sao lam san pham danh gia khach hang nen sua truoc bao nhieu nhung cai thu "
            "khong duoc bi che kem xau tot hon".split()
        ),
        letters=r"[ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
    ),
    # Vietnamese typed without diacritics ("khong bi hong") has no tell-tale letters.
    stopwords=frozenset(
        "khong hang giao rat nhung duoc minh cua thi qua bi la shop nhan mua chat luong dep lam roi "
        "cho nay voi mot cung con nhu ko dc sp sai mau".split()
    ),
    digit_words={"không": "0", "khong": "0", "một": "1", "mot": "1", "hai": "2", "ba": "3", "bốn": "4", "bon": "4", "năm": "5", "nam": "5", "sáu": "6", "sau": "6", "bảy": "7", "bay": "7", "tám": "8", "tam": "8", "chín": "9", "chin": "9"},
)
