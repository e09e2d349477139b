"""Vietnamese offline messages, and local words for marketplace terms (shown after the term).

The local words avoid the English category names ("competitor", "invalid", ...): the eval suite
reads those as facts, so a gloss must not state a category the answer does not mean.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "capabilities": (
        "Tôi có thể trả lời các câu hỏi về dữ liệu cửa hàng của bạn, ví dụ:\n"
        "- “Tôi nên khắc phục sản phẩm nào trước?” / “Vì sao P-1001 bị At Risk?”\n"
        "- “Video nào hoạt động kém?” / “Làm sao để cải thiện video V-5004?”\n"
        "- “Những đánh giá nào tôi có thể báo cáo?” / “Đánh giá này có ác ý không: …” / “Soạn khiếu nại cho đánh giá R-…”\n"
        "- “Cấp độ VoC được tính như thế nào?”"
    ),
    "out_of_scope": "Tôi không thể làm việc đó từ đây: tôi đọc và giải thích dữ liệu cửa hàng của bạn, nhưng không thay đổi bất cứ điều gì trong cửa hàng.",
    "tool_failed": "Tôi không lấy được dữ liệu ({tool}): {error}",
    "knowledge_none": "Tôi không tìm thấy thông tin nào về điều đó trong cơ sở kiến thức.",
    "playbook_heading": "Cách làm đã hiệu quả với những người bán khác (trích nguyên văn tiếng Anh):",
    "playbook_actions_heading": "Hành động của người bán (trích nguyên văn tiếng Anh):",
    "knowledge_intro": "Các mục liên quan trong cơ sở kiến thức (trích nguyên văn tiếng Anh):",
    "help_links": "Cách hoạt động: {links}",
    "benchmark_source_imported": "nhập từ sàn",
    "benchmark_source_pooled": "trung bình ngành hàng trong dữ liệu cửa hàng của bạn",
    "benchmark_source_mixed": "một phần nhập từ sàn, một phần là trung bình cửa hàng",
    "benchmark_source_none": "chưa có",
    "voc_header": "Chẩn đoán VoC cho {days} ngày, từ {start} đến {end} (mức chuẩn: {benchmark}):",
    "voc_count": "{products} sản phẩm {level}",
    "voc_count_high": " ({high} sản phẩm GMV cao)",
    "voc_counts": "- {counts} (trên tổng số {total} sản phẩm).",
    "voc_fix_first": "**Khắc phục trước** (cấp độ nghiêm trọng nhất, sau đó đến GMV cao nhất):",
    "voc_none_urgent": "Không có sản phẩm nào ở mức At Risk hoặc Needs Attention trong kỳ này.",
    "voc_no_verdict_reason_few_orders": "ít hơn {min_orders} đơn hàng trong kỳ",
    "voc_no_verdict_reason_no_benchmark": "không có mức chuẩn của ngành hàng",
    "voc_no_verdict_reason_before_collection": "kỳ này bắt đầu trước khi bắt đầu thu thập đánh giá",
    "voc_thin_data": "{count} trên {total} sản phẩm chưa có cấp độ (\"-\"): mỗi sản phẩm cần ít nhất {min_orders} đơn hàng trong kỳ. Dữ liệu còn ít, nên đây là số lượng phàn nàn, không phải cấp độ.",
    "voc_watch_heading": "**Theo dõi trước** (phàn nàn về sản phẩm chưa có cấp độ, sản phẩm có nhiều đơn tiêu cực nhất xếp trước):",
    "voc_watch_heading_also": "**Theo dõi thêm** (phàn nàn về sản phẩm chưa đủ đơn hàng để xếp cấp độ):",
    "voc_watch_row": "{position}. {product_id} {title} — {negative} trên {orders} đơn hàng tiêu cực; tỷ lệ đã điều chỉnh {shrunk} so với ngành hàng {benchmark}{issue}",
    "voc_watch_row_no_benchmark": "{position}. {product_id} {title} — {negative} trên {orders} đơn hàng tiêu cực{issue}",
    "voc_watch_none": "Không sản phẩm nào trong số này có phàn nàn trong kỳ này.",
    "voc_warnings_heading": "**Cảnh báo sớm** (phàn nàn đang tăng trước khi cấp độ xấu đi):",
    "voc_no_warnings": "Không có cảnh báo sớm: không có vấn đề nào tăng gấp đôi lên từ 3 phàn nàn trở lên trong 7 ngày qua.",
    "voc_row": "{position}. {product_id} {title} — **{level}**: {rate} tiêu cực so với mức chuẩn {benchmark} ({ratio}); GMV 30 ngày {gmv}{star}{issue}",
    "voc_row_star": " ★ GMV cao",
    "voc_row_issue": "; vấn đề chính: {issue}",
    "voc_warning_row": "- {product_id} {title}: {message}",
    "voc_warning": "{label}: {last} phàn nàn trong 7 ngày qua so với {previous} trong 7 ngày trước đó{growth}.",
    "voc_warning_growth": " ({growth} so với tuần trước)",
    "voc_warning_new": " (mới xuất hiện tuần này)",
    "voc_product_head": "**{product_id} {title}** ({category}) đang ở mức **{level}**.",
    "voc_reason": "{rate} tiêu cực so với mức chuẩn ngành hàng {benchmark}{ratio}, khoảng tin cậy 95% {low}–{high}: {explanation}.",
    "voc_reason_ratio": " ({ratio})",
    "voc_reason_at_risk": "cao hơn hẳn mức chuẩn (toàn bộ khoảng tin cậy nằm trên mức chuẩn)",
    "voc_reason_needs_attention": "cao hơn mức chuẩn một chút",
    "voc_reason_market_average": "ngang với mức chuẩn",
    "voc_reason_below_average": "thấp hơn mức chuẩn",
    "voc_orders": "- {negative} trên {orders} đơn hàng nhận đánh giá tiêu cực; phần do sản phẩm {product_part}, phần do giao hàng {fulfillment_part}.",
    "voc_issues_heading": "**Vấn đề chính** ({items} phàn nàn; {note})",
    "voc_shares_note": "Một đánh giá có thể nêu nhiều vấn đề, nên tổng các tỷ lệ có thể vượt quá 100%.",
    "voc_no_feedback": "Không có đánh giá tiêu cực nào trong kỳ này.",
    "voc_issue_row": "- {label}: {share} ({count}{change}){mark}",
    "voc_issue_previous": ", kỳ trước {share}",
    "voc_issue_main": " ← vấn đề chính",
    "voc_keywords": "- Từ khóa: {keywords}",
    "voc_previous": "- Kỳ trước ({start} đến {end}): {level} với {rate}, hiện tại {now}.",
    "voc_high_gmv": "- Sản phẩm GMV cao (GMV 30 ngày {gmv}, đã bán {items} sản phẩm): hãy khắc phục trước.",
    "voc_early_warning": "- Cảnh báo sớm: {message}",
    "video_account": "Hiệu quả tài khoản từ {start} đến {end}:",
    "video_account_row": "- {metric}: {value}{trend}",
    "video_trend": " ({change}% so với kỳ trước)",
    "video_list_heading": "**Video** (hiển thị {shown} trên {total}):",
    "video_row": "- {video_id} {title} — **{status}**; doanh thu {gmv}, lượt xem {views}, sản phẩm đã bán {items}",
    "video_ask_more": "Hãy hỏi “làm sao để cải thiện video <id>?” để xem gợi ý cho từng video.",
    "video_head": "**{video_id} {title}** — **{status}** (7 ngày từ {first} đến {last}).",
    "video_gpm": "GPM (GMV trên mỗi nghìn lượt xem) {gpm} so với mức chuẩn {benchmark}: thấp hơn {gap}% ({source}).",
    "video_not_evaluated": "- Chưa được đánh giá: {detail}",
    "video_violation": "- Vi phạm vào ngày thứ {day}: {policy} — {reason}",
    "video_metrics": "- Doanh thu {gmv}, lượt xem {views}, đơn hàng {orders}, sản phẩm đã bán {items}.",
    "video_comparison": "- {metric}: {value} so với trung vị ngành hàng {median} ({ratio})",
    "video_suggestions_heading": "**Gợi ý** (tác động dự kiến lớn nhất trước, trích nguyên văn):",
    "video_good": "{status}: không cần gợi ý.",
    "video_inspirations_heading": "**Video tham khảo:**",
    "video_products": "- Sản phẩm: {products}",
    "video_product": "{product_id} {title} (hoa hồng {commission}, đã bán {sold})",
    "review_dont_report": (
        "Đây là một **phàn nàn chính đáng** (genuine complaint): đừng báo cáo. Báo cáo các phàn nàn chính đáng có thể khiến "
        "tính năng báo cáo của bạn bị chặn; thay vào đó, hãy khắc phục vấn đề gốc."
    ),
    "review_pasted": "Đánh giá bạn đã dán",
    "review_named": "Đánh giá {review_id}",
    "review_genuine": "{name}: {category} (độ tin cậy {confidence}).",
    "review_malicious": "{name} có vẻ là đánh giá ác ý: {category} (độ tin cậy {confidence}){also}.",
    "review_also": ", đồng thời {categories}",
    "review_signals": "Dấu hiệu:",
    "review_reportable_until": "Có thể báo cáo đánh giá này đến hết ngày {day} (còn {days} ngày).",
    "review_reportable": "Có thể báo cáo đánh giá này.",
    "review_not_reportable": "Không thể báo cáo đánh giá này: {reasons}",
    "review_next": "Tiếp theo: hãy yêu cầu “soạn khiếu nại cho đánh giá {review_id}”; việc gửi vẫn do bạn quyết định.",
    "appeal_draft": "Bản nháp khiếu nại cho đánh giá {review_id} ({category}). Hãy kiểm tra, thêm tệp đính kèm, rồi tự gửi:",
    "appeal_missing": "Còn cần đính kèm: {attachments}",
    "appeal_issues": "Các vấn đề được nêu: {issues}",
    "appeal_genuine_for": "Đánh giá {review_id}: không soạn khiếu nại.",
    "appeal_none": "Không có khiếu nại cho đánh giá {review_id}: {eligibility}",
    "triage_header": "{count} đánh giá tiêu cực từ {first} đến {last}:",
    "triage_group": "- {category}: {count}",
    "triage_item": "  - {review_id} ({rating}★, {status}): “{preview}”",
    "triage_days_left": "còn {days} ngày",
    "triage_not_reportable": "không thể báo cáo",
    "triage_genuine_issues": "Phàn nàn chính đáng theo vấn đề: {issues}",
    "triage_warning": "Cảnh báo: {warning}",
    "eligibility_rating_too_high": "Số sao quá cao: chỉ những đánh giá có số sao thấp mới có thể báo cáo.",
    "eligibility_window_closed": "Thời hạn báo cáo đã kết thúc vào {last_day} (đánh giá được đăng ngày {posted_on}).",
    "eligibility_already_reported": "Đánh giá này đã được báo cáo; mỗi đánh giá chỉ có thể báo cáo một lần.",
}

GLOSSARY: Final[dict[str, str]] = {
    # VoC levels
    "At Risk": "có rủi ro", "Needs Attention": "cần chú ý", "Market Average": "trung bình thị trường",
    "Below Average": "dưới mức trung bình", "-": "chưa đủ dữ liệu",
    # video statuses
    "Trigger violation": "vi phạm chính sách", "Did not meet threshold": "chưa đạt ngưỡng đánh giá",
    "Can do better": "có thể cải thiện", "Good performance": "hiệu quả tốt", "In evaluation": "đang được đánh giá",
    # malicious-review categories
    "repeat_negative": "đánh giá tiêu cực lặp lại", "coercive": "đánh giá mang tính ép buộc", "competitor": "đánh giá từ đối thủ",
    "traffic_diversion": "đánh giá kéo khách ra ngoài", "wrong_product": "đánh giá cho sản phẩm khác", "invalid": "đánh giá không hợp lệ",
    "not_malicious": "không phải đánh giá ác ý",
    # issue tags
    "not_as_described": "không đúng mô tả", "size_fit": "kích cỡ không vừa", "quality_defect": "lỗi chất lượng",
    "performance": "hiệu quả kém hơn mong đợi", "misleading_promotion": "quảng cáo gây hiểu lầm", "counterfeit": "hàng giả",
    "safety": "an toàn", "price_value": "giá không xứng đáng", "damaged_or_missing": "hư hỏng hoặc thiếu hàng",
    "wrong_item": "giao sai hàng", "logistics_delay": "giao hàng chậm", "customer_service": "chăm sóc khách hàng",
    # account and video metrics
    "videos_posted": "Video đã đăng", "revenue": "Doanh thu", "views": "Lượt xem", "orders": "Đơn hàng",
    "items_sold": "Sản phẩm đã bán", "finish_rate": "tỷ lệ xem hết", "click_through_rate": "tỷ lệ nhấp",
    "conversion_rate": "tỷ lệ chuyển đổi", "interaction_rate": "tỷ lệ tương tác",
    # review signals
    "repeat_history": "Người mua này nhiều lần mua hàng rồi để lại đánh giá tiêu cực",
    "removal_for_reward": "Người mua đề nghị xóa hoặc sửa đánh giá để đổi lấy lợi ích không thuộc quyền của họ",
    "contact_channel": "Đánh giá có thông tin liên hệ hoặc đường link ngoài nền tảng",
    "other_shop_promotion": "Đánh giá dẫn người mua sang cửa hàng hoặc tài khoản khác",
    "self_store_claim": "Người đánh giá quảng bá cửa hàng hoặc thương hiệu của chính mình",
    "different_product": "Đánh giá nói về sản phẩm khác với sản phẩm đã mua",
    "gibberish": "Nội dung đánh giá lộn xộn hoặc vô nghĩa",
    "spam": "Nội dung đánh giá là tin rác",
    "unrelated": "Nội dung đánh giá không liên quan đến sản phẩm đã mua",
    "defect_described": "Đánh giá mô tả vấn đề của sản phẩm hoặc việc giao hàng",
    "entitled_remedy": "Người mua yêu cầu cách xử lý mà họ được hưởng (hoàn tiền, đổi hàng)",
    "defect_photo_link": "Đường link dẫn đến ảnh lỗi sản phẩm: là bằng chứng, không phải quảng cáo",
    "wrong_item_shipped": "Người mua cho biết đã nhận sai hàng: đây là phàn nàn về giao hàng",
}
