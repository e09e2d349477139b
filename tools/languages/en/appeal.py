"""How an appeal to the platform reads in English: the help page's category names and definitions."""

from __future__ import annotations

from tools.languages import AppealWords

APPEAL = AppealWords(
    categories={
        "repeat_negative": "Multiple malicious reviews",
        "coercive": "Coercive review",
        "competitor": "Unfair review by a competitor",
        "traffic_diversion": "Traffic-diversion review",
        "wrong_product": "Wrong review",
        "invalid": "Invalid review",
        "not_malicious": "Genuine complaint",
    },
    explanations={
        "repeat_negative": (
            "The same buyer has purchased from our shop repeatedly and left negative reviews on most of those orders (the counts are in the evidence below), a pattern of multiple malicious reviews under the Buyer Review Policy."
        ),
        "coercive": (
            "The buyer posted a negative review and offered to remove or change it in exchange for free goods, gifts or money they are not entitled to. This is a coercive review under the Buyer Review Policy."
        ),
        "competitor": (
            "The reviewer presents their own store or brand selling similar goods; the review is an unfair review by a competitor, not an account of a purchase experience."
        ),
        "traffic_diversion": (
            "The review promotes other channels (contact details, links or other shops) unrelated to the purchased product, which makes it a traffic-diversion review."
        ),
        "wrong_product": (
            "The review describes a product other than the one purchased in this order, so it does not reflect the buyer's experience with our product (a wrong review)."
        ),
        "invalid": (
            "The review is spam-like or unrelated to the purchased product and gives no information about it (an invalid review)."
        ),
    },
    attachments={
        "chat_screenshots": "Chat screenshots showing we tried to resolve the issue with the buyer",
        "habitual_proof": "Proof that the buyer habitually leaves malicious reviews (their earlier reviews and orders)",
        "competitor_proof": "Proof that the reviewer is a competitor (their store or brand page)",
        "other_proof": "Other proof (a screenshot of the review and the order details)",
    },
    phrases={
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
        "empty": "(empty)",
    },
)
