"""Thai phrase bank of the demo generator (smaller than en/zh/id: a lighter share of the buyers)."""

from __future__ import annotations

from tools.demo import stories

LANGUAGE = "th"

ITEMS = {category: ["สินค้า", "ของ", "ตัวนี้"] for category in stories.CATEGORIES}
FEATURES = {category: ["ดีไซน์", "สี", "แพ็คเกจ"] for category in stories.CATEGORIES}

POSITIVE = ["{item}ดีมาก ชอบ{feature}", "คุณภาพดี คุ้มราคา จะซื้ออีก", "ส่งไว แพ็คดี ขอบคุณค่ะ", "ตรงปก แนะนำเลย", "ไม่มีปัญหาเลย ดีมาก"]
NEUTRAL = ["ก็โอเค", "ธรรมดา", "ใช้ได้", "ตามราคา"]
NEGATIVE_OPENERS = ["", "", "ผิดหวังมาก ", "ไม่โอเค "]
NEGATIVE_CLOSERS = ["", "", " ไม่แนะนำ", " จะไม่ซื้ออีก"]
POSITIVE_CLOSERS = ["", " ขอบคุณ", " 👍"]
MIXED_PRAISE = ["ชอบ{feature}", "ราคาดี"]
MIXED_JOINERS = [" แต่ "]

ISSUES: dict[str, list[str]] = {
    "not_as_described": ["ไม่ตรงปก", "สีไม่ตรงกับรูป"],
    "size_fit": ["ไซส์เล็กเกินไป", "ใส่ไม่ได้ ไซส์ไม่ตรง"],
    "quality_defect": ["ใช้ได้{days}วันก็พัง", "คุณภาพแย่มาก"],
    "performance": ["แบตหมดใน{hours}ชั่วโมง", "กลิ่นหายเร็วมาก"],
    "misleading_promotion": ["ในไลฟ์โฆษณาเกินจริง", "คลิปรีวิวโม้เกินจริง"],
    "counterfeit": ["ของปลอม ไม่ใช่ของแท้", "ไม่แท้แน่นอน"],
    "safety": ["ร้อนจนเกือบไหม้", "ใช้แล้วแพ้ ผื่นขึ้น"],
    "price_value": ["แพงเกินไป ไม่คุ้ม", "ไม่คุ้มราคา"],
    "damaged_or_missing": ["ของมาถึงแตก", "ของไม่ครบ ขาดไปหนึ่งชิ้น"],
    "wrong_item": ["ส่งของผิด", "ส่งสีผิด"],
    "logistics_delay": ["ส่งช้ามาก {days}วันกว่าจะได้", "ยังไม่ได้รับของเลย"],
    "customer_service": ["ร้านไม่ตอบแชท", "แอดมินไม่ช่วยอะไรเลย"],
}
STORY: dict[str, list[str]] = {}
RETURN_PREFIXES = ["", "ขอคืนเงิน: "]
BUYER_SIDE: dict[str, list[str]] = {"CHANGED_MIND": ["เปลี่ยนใจ", ""], "ORDERED_BY_MISTAKE": ["สั่งผิด", ""], "BETTER_PRICE": ["เจอที่อื่นถูกกว่า", ""]}
MALICIOUS: dict[str, list[str]] = {
    "repeat_negative": ["แย่", "แย่มาก 1 ดาว"],
    "coercive": ["ส่งของฟรีมาอีกชิ้นแล้วจะเปลี่ยนเป็น 5 ดาว", "คืนเงินมาแล้วจะลบรีวิว"],
    "competitor": ["มาซื้อที่ร้านเราดีกว่า ของแท้"],
    "traffic_diversion": ["แอดไลน์ @cheapshop ถูกกว่า"],
    "wrong_product": ["เคสโทรศัพท์แตกวันเดียว"],
    "invalid": ["555555555", "กกกกกกก"],
}
