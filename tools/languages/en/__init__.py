"""English: the fallback pack, and the marketplace's own terms (VoC levels, video statuses), which sellers
quote in English whatever language they write in."""

from __future__ import annotations

from tools.languages import AnswerWords, ChatWords, LanguagePack, OrdinalRule
from tools.languages.en.appeal import APPEAL
from tools.languages.en.messages import GLOSSARY, MESSAGES
from tools.languages.en.reviews import REVIEWS

# An act asked outright: at the clause's start or after "please", "can you", "help me".
_ASKED = r"(?:^|\b(?:please|pls|just|can you|could you|go ahead and|help me)\s+)"
_NOUNS = r"(?:\s+(?:one|item|product|video|review|entry|listing)s?)?"
# "the first time", "the second week" are about time, not about a listed item.
_NOT_TIME = r"(?!\s+(?:time|times|week|weeks|day|days|month|months|year|years|step|half|quarter)\b)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "last": -1}

PACK = LanguagePack(
    appeal=APPEAL,
    answers=AnswerWords(
        review_decisions={
            "report": (
                r"(?:can|should|could|may)\s+(?:go\s+ahead\s+and\s+|definitely\s+|safely\s+)?report\s+(?:it|this|that|the\s+review)\b",
                r"(?<!not\s)(?<!n't\s)worth\s+reporting",
            ),
            "check_first": (r"check(?:ing)?\s+(?:it\s+|this\s+|them\s+)?(?:first|before\s+(?:you\s+)?report\w*)",),
            "do_not_report": (r"(?:do\s+not|don'?t|never|should\s+not|shouldn'?t)\s+report\b",),
        },
    ),
    reviews=REVIEWS,
    code="en",
    name="English",
    locale="en_US",
    order=0,
    messages=MESSAGES,
    glossary=GLOSSARY,
    chat=ChatWords(
        intent_cues={
            "review_appeal": ("appeal", "draft a report", "report this review"),
            "review_assess": ("malicious", "fake review", "is this review", "this review"),
            "review_triage": ("which reviews", "reviews can i report", "report any", "bad reviews", "negative reviews", "triage"),
            "early_warnings": ("early warning", "rising", "getting worse", "spike", "trend"),
            "video_detail": ("improve video", "this video", "video v-*"),
            "video_overview": ("video", "videos"),
            "help": ("definition", "define", "how is", "how does", "what does", "what is", "what's the", "explain", "calculated", "mean", "counts as",
                     "count as", "rule", "rules", "policy", "policies",
                     "threshold", "eligib*", "benchmark", "difference between"),
            "playbook": ("how do i fix", "how can i fix", "how to fix", "how to reduce", "what should i do", "tips",
                         "other sellers", "other shops", "what worked", "success case*", "success stor*", "case stud*", "best practice*"),
            "voc_product": ("why is", "what's wrong with", "what is wrong with", "complaints about", "issues with"),
            "voc_overview": ("fix first", "which products", "which of my products", "which of my items", "which of my listings", "unhappy", "complain", "at risk", "needs attention", "voc",
                             "negative feedback"),
        },
        issue_cues={
            "not_as_described": ("colour", "color", "not as described", "looks different"),
            "size_fit": ("size", "fit", "too small", "too big"),
            "quality_defect": ("quality", "broken", "defect"),
            "performance": ("battery", "charging", "longevity", "scent", "lasting"),
            "misleading_promotion": ("influencer", "creator", "overclaim", "false promotion", "misleading"),
            "counterfeit": ("fake", "counterfeit", "not original"),
            "safety": ("allergy", "burn", "overheat", "safety"),
            "price_value": ("overpriced", "not worth", "expensive", "price"),
            "damaged_or_missing": ("damaged", "missing", "empty", "leak", "only 1 of 2"),
            "wrong_item": ("wrong item", "wrong colour sent", "sent the wrong"),
            "logistics_delay": ("late", "delivery", "shipping", "logistics", "never arrived"),
            "customer_service": ("customer service", "seller didn't reply", "unresponsive"),
        },
        help_topics={
            "voc_levels": ("level", "at risk", "needs attention", "market average", "below average", "benchmark"),
            "negative_rate": ("negative rate", "calculated", "rate"),
            "no_verdict": ("hyphen", "dash", '"-"', "no verdict"),
            "video_statuses": ("did not meet threshold", "can do better", "trigger violation", "good performance", "status"),
            "report_eligibility": ("eligib*", "can i report", "30 days", "report window"),
            "malicious_categories": ("malicious", "categories"),
            "appeal_evidence": ("evidence", "proof"),
            "offline_mode": ("offline", "model", "api key", "mode"),
        },
        deadline_cues=("how long", "how many days", "deadline", "calculat*", "computed"),
        day_unit=r"days?",
        window_prefix=r"last|past",
        windows={
            7: r"\b(?:last|past|this) week\b|\bweekly\b",
            30: r"\b(?:last|past|this) month\b",
            90: r"\b(?:last|past) (?:3|three) months\b|\bquarter\b",
        },
        laughter=r"\b(?:lol+|lmao+|rofl|ha(?:ha)+h?|he(?:he)+)\b",
        feelings=r"\b(?:tired|exhausted|stressed|stressing|sad|upset|frustrated|annoyed|worried|anxious|bored|burn(?:t|ed) out|sick of|fed up|drained|overwhelmed|depressed|can't stand|cannot stand|ugh+|sigh)\b",
        clause_joiners=(r",\s*(?:and|then)\b|\band (?:then |also )?(?=what|how|which|draft|write|tell|give|show|check|can|is|are|why)|"
                        r"\balso\b|\bplus\b|\bbtw\b|\bby the way\b|,\s*if\b|\bthen\s+(?=show|tell|give|draft|write|check|what|how)"),
        instruction_markers=(r"ignore (?:all |any )?(?:previous|prior|above|earlier|your)|disregard (?:all |the )?(?:previous|prior|above)|"
                             r"system prompt|without (?:asking|confirm\w*)|no confirmation|\byou are (?:now )?authori[sz]ed\b"),
        ordinals=(
            OrdinalRule(pattern=rf"\b(?:the|that|this)\s+({'|'.join(_ORDINALS)}){_NOUNS}\b{_NOT_TIME}", words=_ORDINALS),
            OrdinalRule(pattern=rf"\b(?:the|that|this)\s+(\d{{1,2}})(?:st|nd|rd|th){_NOUNS}\b{_NOT_TIME}"),
            # "2nd one, details pls", "first one?": the position and "one" say it without an article
            OrdinalRule(pattern=rf"(?:^|\b(?:and|what about|how about|ok|okay|so)\s+)({'|'.join(_ORDINALS)})\s+one\b(?![\s-]*stars?)", words=_ORDINALS),
            OrdinalRule(pattern=r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:one|item|product|video|review)\b"),
            OrdinalRule(pattern=r"(?:\bnumber|\bno\.|#)\s*(\d{1,2})\b"),
            OrdinalRule(pattern=r"\bthe\s+top\s+(?:one|item|product|video|review|entry|listing)\b(?!s)", value=1),
            OrdinalRule(pattern=r"\bthe latter\b", value=-1),
            OrdinalRule(pattern=r"\bthe former\b", value=1),
        ),
        star_ratings=(
            OrdinalRule(pattern=r"\b([1-5]|one|two|three|four|five)[\s-]*stars?\b", words={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}),
            OrdinalRule(pattern=r"([1-5])\s*[★⭐]"),
        ),
        subject_change=r"\b(?:by the way|btw|another thing|random question|unrelated(?: question)?|off topic|changing the subject|different question)\b",
        other_words=r"\bthe other(?: one| product| item| video| listing| clip)?\b(?!\s+(?:shops?|sellers?|stores?|brands?|ones)\b)",
        demonstratives=(r"\b(?:that|this|the same) (?:one|product|item|video|vid|clip|review|listing)\b|\bthat one\b|"
                        r"\b(?:for|about|on|of|with) it\b|\b(?:has|have|does|did|is|was) it\b(?!\s+(?:possible|normal|true|ok|okay|worth|common|allowed|just|me)\b)|"
                        r"\bits\b(?!\s+(?:been|a|an|not|ok|okay|fine|the|so|just|really|very|getting|going)\b)"),  # "it's" typed "its" is no reference
        abbreviations={"u": "you", "pls": "please", "plz": "please", "thx": "thanks", "vids": "videos", "vid": "video", "prods": "products", "rn": "right now", "w/": "with"},
        product_words=r"\bproducts?\b|\bitems?\b|\blistings?\b|\bthing\b",
        video_words=r"\bvideos?\b|\bvids?\b|\bclips?\b",
        review_words=r"\breviews?\b|\bratings?\b",
        level_names={"Needs Attention": r"\bneeds? (?:some |a little )?attention\b|\bneeds? (?:a|a close) look\b", "At Risk": r"\bat-risk\b"},
        shop_words=r"\bshops?\b|\bstores?\b|\bshort[- ]?(?=videos?\b|vids?\b|clips?\b)",
        improve_words=r"improve|better|why",
        underperforming_words=r"under|worst|poor|bad|weak",
        item_joiners=r"\band\b|\bn\b|\bvs\.?|\bversus\b|\bor\b|\bwith\b|\bcompared? to\b",
        report_words=r"report|flag|appeal|take down|remove|delete|malicious",
        ability_words=r"\bcan (?:i|we|it|this|that|u|you)\b|\bcould (?:i|we|it)\b|\bis (?:it|this|that) (?:reportable|appealable|possible)\b|\bam i allowed\b|\bany chance\b",
        draft_words=r"\bdraft|\bwrite\b|\bwrite (?:it|up)\b|\bprepare\b|\bput together\b",
        conditional_words=r"\bif (?:so|yes|it is|it's|it can be|possible|eligible|reportable|valid|that's the case)\b",
        action_requests=(r"\b(?:run|place|put|set up|start|buy|launch)\s+(?:an?\s+|some\s+)?(?:ads?|adverts?|promotions?|boosts?)\b(?!\s+(?:policy|rules?)\b)|\bboost (?:the|my|this|that) (?:video|post|listing)\b|(?:^|\b(?:please|pls|just|can you|could you|go ahead and|help me|then)\s+)(?:refund|reimburse|reply to|respond to|message|contact|cancel|ship|resend)\b(?!\s+(?:policy|rate|rules?)\b)|\bmark\b[^.?!]{0,40}\bas (?:shipped|delivered|sent|paid|refunded)\b|" + _ASKED + r"(?:delete|remove|take down|hide)\s+(?:(?:(?:the|this|that|those|these|all|my|its|their|every|[1-5]|one|1-star|one-star)\s+)*(?:bad\s+|negative\s+|star\s+|1-star\s+)?(?:reviews?|ratings?|comments?)\b|(?:review\s+)?(?=[\w-]*\d)[\w-]{4,}\b|[^.?!]{0,40}\b(?:videos?|vids?|clips?|listings?)\b)|\b(?:set|drop|reduce|lower|raise|make)\s+(?:the\s+|its\s+|my\s+)?price\b[^.?!]{0,30}\bto\b|\b(?:change|lower|raise|cut|update) (?:the|my|its|their) prices?\b|\btrack (?:my|the|this|that|a|an|his|her) (?:order|parcel|package|shipment)\b|\btrack (?:it|them)(?: down)? for me\b|" + _ASKED + r"(?:rewrite|edit|change|update)\s+(?:the\s+|my\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:title|description|listing|caption)s?\b|" + _ASKED + r"(?:(?:make|create|set up|add|give)\s+(?:me\s+)?(?:an?\s+)?(?:[\w%$.-]+\s+){0,3}?(?:vouchers?|coupons?|discount codes?)|(?:update|raise|increase|add to|set|top up|restock)\s+(?:the\s+|my\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:stock|inventory)|restock)\b|" + _ASKED + r"(?:upload|post|publish)\s+(?:an?\s+|the\s+|my\s+|this\s+)?(?:new\s+)?(?:video|clip|listing)s?\b"),
        question_words=frozenset(
            "how what which why when where who is are do does did can could should would will my i me the a an this that "
            "these those it its of for to in on with about and or show tell give list any please".split()
        ),
    ),
    stopwords=frozenset(
        "the and is it was i my this not but very to of for with too are be have had so after when "
        "they you its it's just on in at that didn't doesn't don't did does item arrived product "
        "quality would will what really got came love great good bad broken size fit seller "
        "delivery ordered order received because than there been never only even our we us".split()
    ),
    digit_words={"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"},
)
