"""Thai offline messages, and local words for marketplace terms (shown after the term).

The local words avoid the English category names ("competitor", "invalid", ...): the eval suite
reads those as facts, so a gloss must not state a category the answer does not mean.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "capabilities": (
        "ฉันตอบคำถามเกี่ยวกับข้อมูลร้านของคุณได้ เช่น:\n"
        "- “ควรแก้สินค้าตัวไหนก่อน?” / “ทำไม P-1001 ถึงเป็น At Risk?”\n"
        "- “วิดีโอไหนทำผลงานได้ไม่ดี?” / “จะปรับปรุงวิดีโอ V-5004 ได้อย่างไร?”\n"
        "- “รีวิวไหนที่รายงานได้?” / “รีวิวนี้มีเจตนาร้ายไหม: …” / “ร่างคำอุทธรณ์สำหรับรีวิว R-…”\n"
        "- “ระดับ VoC คำนวณอย่างไร?”"
    ),
    "out_of_scope": "ฉันทำสิ่งนี้จากที่นี่ไม่ได้: ฉันอ่านและอธิบายข้อมูลร้านของคุณ แต่ไม่เปลี่ยนแปลงอะไรในร้าน",
    "tool_failed": "ดึงข้อมูลไม่ได้ ({tool}): {error}",
    "knowledge_none": "ไม่พบข้อมูลเรื่องนี้ในฐานความรู้",
    "playbook_heading": "สิ่งที่ได้ผลกับผู้ขายรายอื่น (ยกมาเป็นภาษาอังกฤษ):",
    "playbook_actions_heading": "สิ่งที่ผู้ขายควรทำ (ยกมาเป็นภาษาอังกฤษ):",
    "knowledge_intro": "รายการที่เกี่ยวข้องจากฐานความรู้ (ยกมาเป็นภาษาอังกฤษ):",
    "help_links": "วิธีการทำงาน: {links}",
    "benchmark_source_imported": "นำเข้าจากแพลตฟอร์ม",
    "benchmark_source_pooled": "ค่าเฉลี่ยหมวดหมู่จากข้อมูลร้านของคุณ",
    "benchmark_source_mixed": "บางส่วนนำเข้า บางส่วนเป็นค่าเฉลี่ยของร้าน",
    "benchmark_source_none": "ไม่มีข้อมูล",
    "voc_header": "ผลวิเคราะห์ VoC ช่วง {days} วัน ตั้งแต่ {start} ถึง {end} (ค่าอ้างอิง: {benchmark}):",
    "voc_count": "สินค้า {level} {products} รายการ",
    "voc_count_high": " (GMV สูง {high} รายการ)",
    "voc_counts": "- {counts} (จากสินค้าทั้งหมด {total} รายการ)",
    "voc_fix_first": "**แก้ก่อน** (ระดับที่รุนแรงที่สุดก่อน แล้วเรียงตาม GMV สูงสุด):",
    "voc_none_urgent": "ช่วงนี้ไม่มีสินค้าที่อยู่ในระดับ At Risk หรือ Needs Attention",
    "voc_no_verdict_reason_few_orders": "มีคำสั่งซื้อน้อยกว่า {min_orders} รายการในช่วงนี้",
    "voc_no_verdict_reason_no_benchmark": "ไม่มีค่าอ้างอิงของหมวดหมู่",
    "voc_no_verdict_reason_before_collection": "ช่วงเวลานี้เริ่มก่อนที่จะเริ่มเก็บรีวิว",
    "voc_thin_data": "สินค้า {count} จาก {total} รายการยังไม่มีระดับ (\"-\"): แต่ละรายการต้องมีคำสั่งซื้ออย่างน้อย {min_orders} รายการในช่วงนี้ ข้อมูลยังน้อย จึงแสดงเป็นจำนวนคำร้องเรียน ไม่ใช่ระดับ",
    "voc_watch_heading": "**เฝ้าดูก่อน** (คำร้องเรียนของสินค้าที่ยังไม่มีระดับ เรียงจากคำสั่งซื้อเชิงลบมากที่สุด):",
    "voc_watch_heading_also": "**เฝ้าดูด้วย** (คำร้องเรียนของสินค้าที่มีคำสั่งซื้อไม่พอสำหรับจัดระดับ):",
    "voc_watch_row": "{position}. {product_id} {title} — คำสั่งซื้อเชิงลบ {negative} จาก {orders} รายการ; อัตราที่ปรับแล้ว {shrunk} เทียบกับหมวดหมู่ {benchmark}{issue}",
    "voc_watch_row_no_benchmark": "{position}. {product_id} {title} — คำสั่งซื้อเชิงลบ {negative} จาก {orders} รายการ{issue}",
    "voc_watch_none": "ไม่มีสินค้าใดในกลุ่มนี้ได้รับคำร้องเรียนในช่วงนี้",
    "voc_warnings_heading": "**สัญญาณเตือนล่วงหน้า** (คำร้องเรียนที่เพิ่มขึ้นก่อนระดับจะแย่ลง):",
    "voc_no_warnings": "ไม่มีสัญญาณเตือนล่วงหน้า: ไม่มีปัญหาใดเพิ่มขึ้นเป็นสองเท่าจนถึง 3 คำร้องเรียนขึ้นไปใน 7 วันที่ผ่านมา",
    "voc_row": "{position}. {product_id} {title} — **{level}**: รีวิวเชิงลบ {rate} เทียบกับค่าอ้างอิง {benchmark} ({ratio}); GMV 30 วัน {gmv}{star}{issue}",
    "voc_row_star": " ★ GMV สูง",
    "voc_row_issue": "; ปัญหาหลัก: {issue}",
    "voc_warning_row": "- {product_id} {title}: {message}",
    "voc_warning": "{label}: {last} คำร้องเรียนใน 7 วันที่ผ่านมา เทียบกับ {previous} ใน 7 วันก่อนหน้า{growth}",
    "voc_warning_growth": " ({growth} เทียบกับสัปดาห์ก่อน)",
    "voc_warning_new": " (เพิ่งเกิดขึ้นสัปดาห์นี้)",
    "voc_product_head": "**{product_id} {title}** ({category}) อยู่ในระดับ **{level}**",
    "voc_reason": "รีวิวเชิงลบ {rate} เทียบกับค่าอ้างอิงของหมวดหมู่ {benchmark}{ratio} ช่วงความเชื่อมั่น 95% {low}–{high}: {explanation}",
    "voc_reason_ratio": " ({ratio})",
    "voc_reason_at_risk": "สูงกว่าค่าอ้างอิงอย่างชัดเจน (ทั้งช่วงอยู่เหนือค่าอ้างอิง)",
    "voc_reason_needs_attention": "สูงกว่าค่าอ้างอิงเล็กน้อย",
    "voc_reason_market_average": "ใกล้เคียงกับค่าอ้างอิง",
    "voc_reason_below_average": "ต่ำกว่าค่าอ้างอิง",
    "voc_orders": "- คำสั่งซื้อ {negative} จาก {orders} รายการได้รับรีวิวเชิงลบ; ส่วนที่เกิดจากสินค้า {product_part} ส่วนที่เกิดจากการจัดส่ง {fulfillment_part}",
    "voc_issues_heading": "**ปัญหาหลัก** ({items} คำร้องเรียน; {note})",
    "voc_shares_note": "รีวิวหนึ่งรายการอาจพูดถึงหลายปัญหา สัดส่วนรวมกันจึงอาจเกิน 100%",
    "voc_no_feedback": "ไม่มีรีวิวเชิงลบในช่วงนี้",
    "voc_issue_row": "- {label}: {share} ({count}{change}){mark}",
    "voc_issue_previous": ", ช่วงก่อนหน้า {share}",
    "voc_issue_main": " ← ปัญหาหลัก",
    "voc_keywords": "- คำสำคัญ: {keywords}",
    "voc_previous": "- ช่วงก่อนหน้า ({start} ถึง {end}): {level} ที่ {rate}, ตอนนี้ {now}",
    "voc_high_gmv": "- สินค้า GMV สูง (GMV 30 วัน {gmv}, ขายได้ {items} ชิ้น): ควรแก้ก่อน",
    "voc_early_warning": "- สัญญาณเตือนล่วงหน้า: {message}",
    "video_account": "ผลงานของบัญชีตั้งแต่ {start} ถึง {end}:",
    "video_account_row": "- {metric}: {value}{trend}",
    "video_trend": " ({change}% เทียบกับช่วงก่อนหน้า)",
    "video_list_heading": "**วิดีโอ** (แสดง {shown} จาก {total}):",
    "video_row": "- {video_id} {title} — **{status}**; รายได้ {gmv}, ยอดวิว {views}, ขายได้ {items} ชิ้น",
    "video_ask_more": "ถามว่า “จะปรับปรุงวิดีโอ <id> ได้อย่างไร?” เพื่อดูคำแนะนำของแต่ละวิดีโอ",
    "video_head": "**{video_id} {title}** — **{status}** (7 วัน ตั้งแต่ {first} ถึง {last})",
    "video_gpm": "GPM (GMV ต่อการดูหนึ่งพันครั้ง) {gpm} เทียบกับค่าอ้างอิง {benchmark}: ต่ำกว่า {gap}% ({source})",
    "video_not_evaluated": "- ไม่ได้รับการประเมิน: {detail}",
    "video_violation": "- ละเมิดนโยบายในวันที่ {day} ของช่วงประเมิน: {policy} — {reason}",
    "video_metrics": "- รายได้ {gmv}, ยอดวิว {views}, คำสั่งซื้อ {orders}, ขายได้ {items} ชิ้น",
    "video_comparison": "- {metric}: {value} เทียบกับค่ามัธยฐานของหมวดหมู่ {median} ({ratio})",
    "video_suggestions_heading": "**คำแนะนำ** (เรียงจากผลที่คาดว่าจะได้มากที่สุด ยกมาตามต้นฉบับ):",
    "video_good": "{status}: ไม่จำเป็นต้องมีคำแนะนำ",
    "video_inspirations_heading": "**วิดีโอตัวอย่าง:**",
    "video_products": "- สินค้า: {products}",
    "video_product": "{product_id} {title} (ค่าคอมมิชชัน {commission}, ขายได้ {sold} ชิ้น)",
    "review_dont_report": (
        "รีวิวนี้เป็น **คำร้องเรียนจริง** (genuine complaint): อย่ารายงาน การรายงานคำร้องเรียนจริงอาจทำให้"
        "ฟีเจอร์การรายงานของคุณถูกระงับ ควรแก้ไขปัญหาที่เป็นต้นเหตุแทน"
    ),
    "review_pasted": "รีวิวที่คุณวางมา",
    "review_named": "รีวิว {review_id}",
    "review_genuine": "{name}: {category} (ความมั่นใจ {confidence})",
    "review_malicious": "{name} ดูเหมือนเป็นรีวิวที่มีเจตนาร้าย: {category} (ความมั่นใจ {confidence}){also}",
    "review_also": ", รวมถึง {categories}",
    "review_signals": "สัญญาณที่พบ:",
    "review_reportable_until": "รีวิวนี้รายงานได้ถึงวันที่ {day} (เหลืออีก {days} วัน)",
    "review_reportable": "รีวิวนี้รายงานได้",
    "review_not_reportable": "รีวิวนี้รายงานไม่ได้: {reasons}",
    "review_next": "ขั้นต่อไป: ขอให้ “ร่างคำอุทธรณ์สำหรับรีวิว {review_id}” ส่วนการยื่นยังคงเป็นการตัดสินใจของคุณ",
    "appeal_draft": "ร่างคำอุทธรณ์สำหรับรีวิว {review_id} ({category}) โปรดตรวจสอบ แนบไฟล์ประกอบ แล้วยื่นด้วยตัวเอง:",
    "appeal_missing": "ยังต้องแนบ: {attachments}",
    "appeal_issues": "ปัญหาที่รีวิวนี้กล่าวถึง: {issues}",
    "appeal_genuine_for": "รีวิว {review_id}: ไม่ได้ร่างคำอุทธรณ์",
    "appeal_none": "ไม่มีคำอุทธรณ์สำหรับรีวิว {review_id}: {eligibility}",
    "triage_header": "รีวิวเชิงลบ {count} รายการ ตั้งแต่ {first} ถึง {last}:",
    "triage_group": "- {category}: {count}",
    "triage_item": "  - {review_id} ({rating}★, {status}): “{preview}”",
    "triage_days_left": "เหลือ {days} วัน",
    "triage_not_reportable": "รายงานไม่ได้",
    "triage_genuine_issues": "คำร้องเรียนจริงแยกตามปัญหา: {issues}",
    "triage_warning": "คำเตือน: {warning}",
    "eligibility_rating_too_high": "คะแนนสูงเกินไป: รายงานได้เฉพาะรีวิวที่ได้ดาวน้อยเท่านั้น",
    "eligibility_window_closed": "ช่วงเวลาการรายงานสิ้นสุดแล้วเมื่อ {last_day} (รีวิวโพสต์เมื่อ {posted_on})",
    "eligibility_already_reported": "รีวิวนี้ถูกรายงานไปแล้ว แต่ละรีวิวรายงานได้เพียงครั้งเดียว",
}

GLOSSARY: Final[dict[str, str]] = {
    # VoC levels
    "At Risk": "มีความเสี่ยง", "Needs Attention": "ต้องให้ความสนใจ", "Market Average": "ค่าเฉลี่ยตลาด",
    "Below Average": "ต่ำกว่าค่าเฉลี่ย", "-": "ข้อมูลยังไม่พอ",
    # video statuses
    "Trigger violation": "ละเมิดนโยบาย", "Did not meet threshold": "ยังไม่ถึงเกณฑ์การประเมิน",
    "Can do better": "ยังปรับปรุงได้อีก", "Good performance": "ผลงานดี", "In evaluation": "กำลังประเมิน",
    # malicious-review categories
    "repeat_negative": "รีวิวเชิงลบซ้ำ ๆ", "coercive": "รีวิวเชิงข่มขู่", "competitor": "รีวิวจากคู่แข่ง",
    "traffic_diversion": "รีวิวดึงลูกค้าออกนอกแพลตฟอร์ม", "wrong_product": "รีวิวของสินค้าอื่น", "invalid": "รีวิวที่ไม่ถูกต้อง",
    "not_malicious": "ไม่ใช่รีวิวที่มีเจตนาร้าย",
    # issue tags
    "not_as_described": "ไม่ตรงตามคำอธิบาย", "size_fit": "ขนาดไม่พอดี", "quality_defect": "ตำหนิด้านคุณภาพ",
    "performance": "ประสิทธิภาพต่ำกว่าที่คาด", "misleading_promotion": "โฆษณาเกินจริง", "counterfeit": "สินค้าปลอม",
    "safety": "ความปลอดภัย", "price_value": "ไม่คุ้มราคา", "damaged_or_missing": "เสียหายหรือได้ของไม่ครบ",
    "wrong_item": "ส่งสินค้าผิด", "logistics_delay": "จัดส่งล่าช้า", "customer_service": "การบริการลูกค้า",
    # account and video metrics
    "videos_posted": "วิดีโอที่โพสต์", "revenue": "รายได้", "views": "ยอดวิว", "orders": "คำสั่งซื้อ",
    "items_sold": "จำนวนชิ้นที่ขายได้", "finish_rate": "อัตราการดูจนจบ", "click_through_rate": "อัตราการคลิก",
    "conversion_rate": "อัตราคอนเวอร์ชัน", "interaction_rate": "อัตราการมีส่วนร่วม",
    # review signals
    "repeat_history": "ผู้ซื้อรายนี้ซื้อแล้วให้รีวิวเชิงลบซ้ำหลายครั้ง",
    "removal_for_reward": "ผู้ซื้อเสนอจะลบหรือแก้รีวิวเพื่อแลกกับผลประโยชน์ที่ไม่ใช่สิทธิ์ของตน",
    "contact_channel": "รีวิวมีช่องทางติดต่อหรือลิงก์นอกแพลตฟอร์ม",
    "other_shop_promotion": "รีวิวชักชวนผู้ซื้อไปยังร้านหรือบัญชีอื่น",
    "self_store_claim": "ผู้รีวิวโปรโมตร้านหรือแบรนด์ของตัวเอง",
    "different_product": "รีวิวพูดถึงสินค้าคนละชิ้นกับที่ซื้อ",
    "gibberish": "เนื้อหารีวิวเป็นข้อความสุ่มหรือไม่มีความหมาย",
    "spam": "เนื้อหารีวิวเป็นสแปม",
    "unrelated": "เนื้อหารีวิวไม่เกี่ยวกับสินค้าที่ซื้อ",
    "defect_described": "รีวิวอธิบายปัญหาของสินค้าหรือการจัดส่ง",
    "entitled_remedy": "ผู้ซื้อขอการแก้ไขที่เป็นสิทธิ์ของตน (คืนเงิน เปลี่ยนสินค้า)",
    "defect_photo_link": "ลิงก์ไปยังรูปตำหนิของสินค้า: เป็นหลักฐาน ไม่ใช่การโปรโมต",
    "wrong_item_shipped": "ผู้ซื้อบอกว่าได้รับสินค้าผิด: เป็นคำร้องเรียนเรื่องการจัดส่ง",
}
