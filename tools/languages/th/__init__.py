"""Thai. Written without spaces, so cue words match anywhere; ordinals follow a classifier ("อันที่สอง")."""

from __future__ import annotations

from tools.languages import ChatWords, LanguagePack, OrdinalRule
from tools.languages.th.appeal import APPEAL
from tools.languages.th.messages import GLOSSARY, MESSAGES
from tools.languages.th.reviews import REVIEWS

_NUMERALS = {"หนึ่ง": 1, "แรก": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10}
_CLASSIFIERS = r"(?:อัน|ตัว|ชิ้น|รายการ|คลิป|วิดีโอ|รีวิว|สินค้า)"

PACK = LanguagePack(
    appeal=APPEAL,
    reviews=REVIEWS,
    code="th",
    name="ภาษาไทย",
    locale="th_TH",
    order=3,
    unspaced=True,
    messages=MESSAGES,
    glossary=GLOSSARY,
    chat=ChatWords(
        intent_cues={
            "voc_overview": ("สินค้าไหน", "สินค้าตัวไหน", "ตัวไหนบ้าง"),
            "help": ("คืออะไร", "หมายถึง", "หมายความว่า", "คำนวณ", "คิดยังไง", "คิดยังงัย", "คิดแบบไหน", "กฎ", "ทำงานยังไง",
                     "ทำงานอย่างไร"),
            "review_appeal": ("อุทธรณ์", "คำร้อง", "ร่างให้"),
            "playbook": ("ร้านอื่น", "คนอื่นทำ", "เคสสำเร็จ", "วิธีแก้"),
            "review_triage": ("รายงานได้", "รีพอร์ตได้", "รีพอตได้"),
            "voc_product": ("มีปัญหาอะไร", "ทำไม"),
        },
        issue_cues={
            "not_as_described": ("ไม่ตรงปก", "สีไม่ตรง", "สีเพี้ยน", "ไม่ตรงกับรูป"),
            "size_fit": ("ไซส์", "ขนาดไม่พอดี"),
            "quality_defect": ("คุณภาพ", "ชำรุด", "พัง"),
            "performance": ("แบตเตอรี่", "แบตหมด", "ชาร์จ", "กลิ่นไม่ติดทน"),
            "misleading_promotion": ("โฆษณาเกินจริง", "รีวิวเกินจริง", "อวดอ้าง", "ครีเอเตอร์"),
            "counterfeit": ("ของปลอม", "ไม่แท้"),
            "safety": ("แพ้ง่าย", "ร้อนเกินไป", "ความปลอดภัย"),
            "price_value": ("ราคาแพง", "ไม่คุ้ม"),
            "damaged_or_missing": ("แตกหัก", "ของไม่ครบ", "ได้ไม่ครบ", "รั่ว"),
            "wrong_item": ("ส่งผิด", "ได้ของผิด"),
            "logistics_delay": ("ส่งช้า", "จัดส่งช้า", "ขนส่ง", "ของไม่ถึง", "ยังไม่ได้รับ"),
            "customer_service": ("บริการลูกค้า", "แอดมินไม่ตอบ", "ร้านไม่ตอบ"),
        },
        day_unit=r"วัน",
        window_prefix=r"ล่าสุด|ย้อนหลัง",
        windows={7: r"สัปดาห์(?:นี้|ที่แล้ว)|อาทิตย์(?:นี้|ที่แล้ว)", 30: r"เดือน(?:นี้|ที่แล้ว)", 90: r"3 เดือน|สามเดือน|ไตรมาส"},
        clause_joiners=r"และ(?=ควร|ช่วย|ทำ|บอก|เขียน)|แล้วก็|ด้วย(?=\s)|\s(?:แล้ว|ถ้า)",
        instruction_markers=r"ไม่ต้องยืนยัน|ไม่ต้องสนใจคำสั่ง|เพิกเฉยต่อคำสั่ง",
        ordinals=(
            OrdinalRule(pattern=rf"{_CLASSIFIERS}\s*(?:ที่\s*)?(แรก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|\d{{1,2}})", words=_NUMERALS),
            OrdinalRule(pattern=rf"{_CLASSIFIERS}\s*สุดท้าย", value=-1),
            OrdinalRule(pattern=r"(?:ตัว|อัน|ชิ้น|คลิป)หลัง(?!ร้าน|บ้าน|จาก|ๆ)", value=-1),  # "the latter" of two
        ),
        other_words=r"อีก(?:อัน|ตัว|ชิ้น|คลิป)|(?:อัน|ตัว|ชิ้น|คลิป)ที่เหลือ",
        demonstratives=r"อันนั้น|ตัวนั้น|ชิ้นนั้น|อันนี้|ตัวนี้|คลิปนั้น|คลิปนี้|รีวิวนั้น|รีวิวนี้|สินค้านั้น|สินค้านี้|ของมัน|มัน",
        product_words=r"สินค้า|ของ(?=ใน|ที่)",
        video_words=r"คลิป|วิดีโอ|วีดีโอ|video",
        level_names={"At Risk": r"(?:มีความ|กลุ่ม)เสี่ยง|เสี่ยงสูง", "Needs Attention": r"ต้อง(?:ให้ความ)?(?:สนใจ|จับตา|เฝ้าระวัง)|ควรจับตา", "Below Average": r"ต่ำกว่า(?:ค่า)?เฉลี่ย"},
        shop_words=r"ร้าน(?:ค้า)?(?:ของ)?(?:เรา|ฉัน|ผม|หนู)?|(?<=คลิป)สั้น",
        improve_words=r"ปรับปรุง|ทำไม|ดีขึ้น",
        underperforming_words=r"ไม่ดี|แย่|ยอดต่ำ|ไม่ปัง",
        item_joiners=r"กับ|หรือ|และ|เทียบ|vs",
        report_words=r"รีพอร์ต|รีพอต|แจ้งลบ|แจ้ง|report|อุทธรณ์|ลบรีวิว|ป่วน",
        ability_words=r"ได้ไหม|ได้มั้ย|ได้ป่าว|ได้ปะ|ได้หรือเปล่า|ได้รึเปล่า|ได้บ่|ได้เปล่า|ได้มะ",
        draft_words=r"ร่าง|เขียน",
        conditional_words=r"ถ้าได้|ถ้าใช่|ถ้าแจ้งได้|ถ้ารีพอร์ตได้|ถ้าเข้าข่าย|ถ้าจริง",
        action_requests=r"คืนเงินให้(?:ลูกค้า|เขา|คนที่|เค้า)|(?:ช่วย|ไป)ตอบ(?:รีวิว|ลูกค้า|คอมเมนต์)|ตอบ(?:รีวิว|ลูกค้า)[^?]{0,30}(?:ให้หน่อย|ให้ที|แทน)|(?:ช่วย|ไป)ทัก(?:ลูกค้า|ไปหาลูกค้า)|ยกเลิก(?:ออเดอร์|คำสั่งซื้อ)ให้|(?:เปลี่ยน|ปรับ|ลด)ราคา(?:ให้|สินค้า)",
    ),
    digit_words={"ศูนย์": "0", "หนึ่ง": "1", "สอง": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7", "แปด": "8", "เก้า": "9"},
)
