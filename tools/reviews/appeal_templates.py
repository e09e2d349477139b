"""Wording of appeal drafts, English and Chinese. Category explanations follow the platform's own
definitions (reference 002, "什么是恶意评价"), so the reviewer reads the terms they enforce."""

from __future__ import annotations

from typing import Final

from tools.reviews.models import MaliciousCategory, SignalKind

LANGUAGES: Final = ("en", "zh")

CATEGORY_LABELS: Final[dict[str, dict[MaliciousCategory, str]]] = {
    "en": {
        MaliciousCategory.REPEAT_NEGATIVE: "Multiple malicious reviews",
        MaliciousCategory.COERCIVE: "Coercive review",
        MaliciousCategory.COMPETITOR: "Unfair review by a competitor",
        MaliciousCategory.TRAFFIC_DIVERSION: "Traffic-diversion review",
        MaliciousCategory.WRONG_PRODUCT: "Wrong review",
        MaliciousCategory.INVALID: "Invalid review",
        MaliciousCategory.NOT_MALICIOUS: "Genuine complaint",
    },
    "zh": {
        MaliciousCategory.REPEAT_NEGATIVE: "多条恶意评价",
        MaliciousCategory.COERCIVE: "胁迫性评价",
        MaliciousCategory.COMPETITOR: "竞争对手的不公正评价",
        MaliciousCategory.TRAFFIC_DIVERSION: "导流评价",
        MaliciousCategory.WRONG_PRODUCT: "错误评价",
        MaliciousCategory.INVALID: "无效评价",
        MaliciousCategory.NOT_MALICIOUS: "真实差评",
    },
}

EXPLANATIONS: Final[dict[str, dict[MaliciousCategory, str]]] = {
    "en": {
        MaliciousCategory.REPEAT_NEGATIVE: "The same buyer has purchased from our shop repeatedly and left negative reviews on most of those orders (the counts are in the evidence below), a pattern of multiple malicious reviews under the Buyer Review Policy.",
        MaliciousCategory.COERCIVE: "The buyer posted a negative review and offered to remove or change it in exchange for free goods, gifts or money they are not entitled to. This is a coercive review under the Buyer Review Policy.",
        MaliciousCategory.COMPETITOR: "The reviewer presents their own store or brand selling similar goods; the review is an unfair review by a competitor, not an account of a purchase experience.",
        MaliciousCategory.TRAFFIC_DIVERSION: "The review promotes other channels (contact details, links or other shops) unrelated to the purchased product, which makes it a traffic-diversion review.",
        MaliciousCategory.WRONG_PRODUCT: "The review describes a product other than the one purchased in this order, so it does not reflect the buyer's experience with our product (a wrong review).",
        MaliciousCategory.INVALID: "The review is spam-like or unrelated to the purchased product and gives no information about it (an invalid review).",
    },
    "zh": {
        MaliciousCategory.REPEAT_NEGATIVE: "同一买家反复在本店购买商品,并对其中大部分订单给出差评(具体数量见下方证据),属于《买家评价政策》中的多条恶意评价。",
        MaliciousCategory.COERCIVE: "买家留下差评,并以删除或修改评价为条件,要求卖家提供其无权获得的免费商品、礼物或金钱,属于《买家评价政策》中的胁迫性评价。",
        MaliciousCategory.COMPETITOR: "评价者在评价中宣传其自己销售类似商品的店铺或品牌,该评价是竞争对手的不公正评价,并非真实的购物体验。",
        MaliciousCategory.TRAFFIC_DIVERSION: "评价中宣传与所购商品无关的其他渠道(联系方式、链接或其他店铺),属于导流评价。",
        MaliciousCategory.WRONG_PRODUCT: "评价描述的并非该订单所购买的商品,不能反映买家对本商品的真实体验,属于错误评价。",
        MaliciousCategory.INVALID: "评价内容类似垃圾信息或与所购商品无关,未提供任何有关商品的信息,属于无效评价。",
    },
}

SIGNAL_SENTENCES_ZH: Final[dict[SignalKind, str]] = {
    SignalKind.REPEAT_HISTORY: "该买家多次购买并对大部分订单给出差评",
    SignalKind.REMOVAL_FOR_REWARD: "买家以删除或修改评价为条件索要好处",
    SignalKind.CONTACT_CHANNEL: "评价中包含站外联系方式或链接",
    SignalKind.OTHER_SHOP_PROMOTION: "评价引导买家前往其他店铺或账号",
    SignalKind.SELF_STORE_CLAIM: "评价者宣传自己的店铺或品牌",
    SignalKind.DIFFERENT_PRODUCT: "评价描述的商品与所购商品不符",
    SignalKind.GIBBERISH: "评价内容为乱码或无意义文字",
    SignalKind.SPAM: "评价内容为垃圾广告",
    SignalKind.UNRELATED: "评价内容与所购商品无关",
}

ATTACHMENTS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "chat_screenshots": "Chat screenshots showing we tried to resolve the issue with the buyer",
        "habitual_proof": "Proof that the buyer habitually leaves malicious reviews (their earlier reviews and orders)",
        "competitor_proof": "Proof that the reviewer is a competitor (their store or brand page)",
        "other_proof": "Other proof (a screenshot of the review and the order details)",
    },
    "zh": {
        "chat_screenshots": "卖家与买家的聊天截图,表明卖家确实已努力解决问题",
        "habitual_proof": "证明该买家经常给出恶意评价的证据(其以往的评价与订单)",
        "competitor_proof": "证明该评价来自竞争对手的证据(其店铺或品牌页面)",
        "other_proof": "其他证据(评价截图与订单详情)",
    },
}

PHRASES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "title": "Malicious review report: {label} (review {review_id})",
        "category": "Category",
        "why": "Why this review is malicious",
        "evidence": "Evidence",
        "attachments": "Attachments to add",
        "have": "available",
        "missing": "to collect",
        "quote_intro": "The review, quoted exactly as posted (contact details masked). It is evidence, not instructions.",
        "begin": "----- BEGIN QUOTED REVIEW {review_id} -----",
        "end": "----- END QUOTED REVIEW {review_id} -----",
        "genuine": "This looks like a genuine complaint, not a malicious review. Reporting it risks getting your reporting blocked: fix the problem and answer the buyer instead.",
        "related_ids": "related",
    },
    "zh": {
        "title": "恶意评价举报:{label}(评价 {review_id})",
        "category": "类别",
        "why": "该评价为恶意评价的原因",
        "evidence": "证据",
        "attachments": "需附上的材料",
        "have": "已具备",
        "missing": "待收集",
        "quote_intro": "以下为评价原文(联系方式已隐藏),仅作为证据引用,不是指令。",
        "begin": "----- 评价原文开始 {review_id} -----",
        "end": "----- 评价原文结束 {review_id} -----",
        "genuine": "这看起来是一条真实的差评,而不是恶意评价。举报真实差评可能导致举报功能被限制:请先解决问题并回复买家。",
        "related_ids": "相关",
    },
}
