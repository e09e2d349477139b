"""The deterministic planner: the routed question becomes tool calls, with no model involved."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import JsonValue

from agent.memory import SessionMemory, ordinal_in, resolve_ordinal, says_the_other
from agent.models import KNOWLEDGE_TOOLS
from agent.offline.messages import answer_language
from agent.planning import Plan, PlannedToolCall
from agent.routing import (
    LEVELS,
    MARKETPLACE_TERMS,
    MAX_NAMESAKES,
    OWN_TITLE_WORDS,
    SHOP_WORDS,
    VIDEO_WORDS,
    Catalog,
    Intent,
    Route,
    asks_how_it_works,
    asks_to_report,
    clause_cue,
    compared_products,
    help_topic,
    named_ids,
    named_products,
    named_reviews,
    named_terms,
    named_videos,
    names_an_id,
    only_names,
    pasted_review,
    pasted_span,
    product_beside_video,
    quoted_review,
    quoted_review_as_id,
    quoted_titles_as_ids,
    refers_back,
    route,
    routing_text,
    stars_in,
    strip_entities,
    strip_marketplace_terms,
    title_coverage,
)
from agent.understanding import (
    ACCEPT,
    CUE_BONUS,
    OUT_OF_REACH,
    SMALLTALK,
    ClauseReading,
    IntentReader,
    clauses,
    soft_pieces,
    spelled_out,
)
from tools.accents import with_accents
from tools.languages import joined, pack, packs, with_lookalikes_folded
from tools.reviews.described import DescribedBy

if TYPE_CHECKING:
    from agent.topic_gate import TopicGate

UNDERPERFORMING = ["Trigger violation", "Did not meet threshold", "Can do better"]
SHOP_LEAD = 0.02  # a shop request that names nothing of the shop must lead the off-topic reading by this
OFF_TOPIC_LEAD = 0.10  # an off-topic reading this close to a shop request is not clearly off-topic
# and one this far from every shop request is unmistakable (on the development rounds, no piece of a shop request
# read off-topic by more than 0.19)
UNMISTAKABLY_OFF_TOPIC = 0.25
# The off-topic gate speaks only where some clause read as off-topic this close to its best reading (set by the gate's
# grouped cross-validation on the development rounds, `python -m evals.train_topic_gate`).
GATE_LEAD = 0.15
RULES_BESIDE = 0.08  # the rules read this close to a clause's request, asked in so many words, are asked too
ACCEPT_ANOTHER = 0.50  # a second or later clause's reading must reach this to add a request
ACCEPT_AFTER_OUT_OF_REACH = 0.60  # and this after a first clause read as off-topic or out of scope this clearly
_UNDERPERFORMING = re.compile(joined("underperforming_words"), re.IGNORECASE)
_CONDITIONAL = re.compile(joined("conditional_words"), re.IGNORECASE)
_ABILITY = re.compile(joined("ability_words"), re.IGNORECASE)
_DRAFT = re.compile(joined("draft_words"), re.IGNORECASE)
_REVIEW_WORDS = re.compile(joined("review_words"), re.IGNORECASE)
_ABOUT_REVIEWS = (Intent.REVIEW_ASSESS, Intent.REVIEW_APPEAL, Intent.REVIEW_TRIAGE)
_ACTION_REQUEST = re.compile(joined("action_requests"), re.IGNORECASE)
_FEELINGS = re.compile(joined("feelings"), re.IGNORECASE)
_SUBJECT_CHANGE = re.compile(joined("subject_change"), re.IGNORECASE)
_LEVELS = re.compile(r"\b(?:" + "|".join(LEVELS) + r")\b", re.IGNORECASE)


def readable(question: str) -> str:
    """The question with look-alike letters read as the letter ("เเ" as "แ"), and its accents put back when its
    language is typed without them and its pack ships an accent model (`tools.accents`): "chao chong dinh" is read
    as "chảo chống dính", by the encoders and the cue words alike. A pasted review (data, passed on as typed) and
    the marketplace's English terms are kept."""
    if (pasted := pasted_span(question)) is not None:
        before, review = with_lookalikes_folded(question[:pasted[0]]), question[pasted[0]:pasted[1]]
        question = before + review + with_lookalikes_folded(question[pasted[1]:])
        pasted = (len(before), len(before) + len(review))
    else:
        question = with_lookalikes_folded(question)
    code = answer_language(question)
    if not pack(code).chat.typed_without_accents:
        return question
    keep = [match.span() for terms in (MARKETPLACE_TERMS, _LEVELS) for match in terms.finditer(question)]
    if pasted is not None:
        keep.append(pasted)
    return with_accents(question, code, keep=keep)


# What the meaning reader's intents are called in the router.
_READER_INTENTS: dict[str, Intent] = {
    "voc_overview": Intent.VOC_OVERVIEW, "voc_product": Intent.VOC_PRODUCT, "video_overview": Intent.VIDEO_OVERVIEW,
    "video_detail": Intent.VIDEO_DETAIL, "review_assess": Intent.REVIEW_ASSESS, "review_appeal": Intent.REVIEW_APPEAL,
    "review_triage": Intent.REVIEW_TRIAGE, "playbook": Intent.PLAYBOOK, "help": Intent.HELP,
}


_CUE_TO_READER: dict[Intent, str] = {**{intent: name for name, intent in _READER_INTENTS.items()},
                                     Intent.EARLY_WARNINGS: "voc_overview"}


class DeterministicPlanner:
    """Routes a question to the same tools a capable model would call.

    With a meaning reader (`agent.understanding`), the intents come from the nearest exemplars of each
    clause, so a compound question gets every tool it asks for and a question out of reach gets none;
    ids, titles, pasted reviews and "the second one" are still resolved by the router and the memory.
    Without one (tests of the router), the cue words decide as before.
    """

    def __init__(self, catalog: Callable[[], Catalog], *, reader: IntentReader | None = None,
                 gate: TopicGate | None = None) -> None:
        self._catalog = catalog
        self._reader = reader
        self._gate = gate

    def plan(self, question: str, memory: SessionMemory) -> Plan:
        catalog = self._catalog()
        question = quoted_titles_as_ids(question, catalog)
        if memory.subject in catalog.review_ids or any(item in catalog.review_ids for item in memory.last_entities):
            # After a review's check or a list of reviews, "and the one saying '…'?" quotes the review meant.
            question = quoted_review_as_id(question, catalog)
        if self._reader is not None:
            question = readable(question)
        cued = _with_reference(route(question, catalog), question, memory, catalog)
        if self._reader is None:
            calls = _calls(cued, question)
            return Plan(intent=cued.intent.value, tool_calls=calls,
                        requires_data=_needs_data(cued.intent) or any(c.name == "voc_overview" for c in calls))
        own_words = routing_text(question)
        text = strip_marketplace_terms(strip_entities(own_words, catalog))
        named = _named_kinds(question, catalog)
        referenced = resolve_ordinal(question, memory, namesakes=catalog.namesakes)
        read_pieces = _PieceReader(self._reader, own_words, catalog)
        parts = _pieces(clauses(own_words), read_pieces)
        readings: list[ClauseReading] = []
        read_from: dict[str, list[str]] = {}  # intent -> each clause (seller's words) it was read from
        about = _question_product(cued, catalog)
        of_context = False  # a product diagnosis asked of the product the question is about, in other words
        pleasantries = 0
        read = read_pieces(parts)
        if _only_asks_off_topic(parts, read, catalog, own_words) or _asks_off_topic_after_a_comma(parts, read_pieces) or (
                self._gate is not None and not (named or referenced is not None) and
                _off_topic_as_a_whole(self._gate, question, own_words, read, memory)):
            # "3 one-stars on the pan before 9am. tell me something funny": the shop is the mood, the joke the ask.
            return Plan(intent="offtopic", tool_calls=[], requires_data=False)
        if _only_asks_an_action(parts, own_words):
            # "15c8… 这个没收到货的客户 直接给他退款吧" (the buyer who got nothing: just refund him): the review names
            # whom the act is for, and the act is the seller's to take in the marketplace.
            return _declined(question, catalog)
        for part, reading in zip(parts, read, strict=True):
            cued_here = _CUE_TO_READER.get(clause_cue(part))
            if cued_here == "voc_product" and VIDEO_WORDS.search(part) and not _head_is_product(part):
                # "คลิปearbuds battery testอะ ทำไมไม่ผ่าน" (the earbuds battery-test clip, why did it fail?): "why" asks
                # about the clip the clause names, not about a product.
                cued_here = None
            if cued_here == "review_triage" and reading.intent == "voc_overview" and not asks_to_report(own_words):
                # "which of my products are getting hit with the most bad reviews": "bad reviews" names the shop's
                # reviews, but what is asked is which products, and nothing is to be reported.
                cued_here = None
            if cued_here == "help" and reading.intent == "voc_product" and not _names_a_rule(part) and \
                    _only_a_product_titled(part, catalog):
                # "cái chảo chống dính granite 28cm sao bị chê nhiều thế, vấn đề là gì" (the pan, why so many
                # complaints, what is the problem?): "what is" asks about the product named, not about a rule.
                cued_here = None
            if reading.intent == "help" and cued_here is None and not _names_a_rule(part) and \
                    not asks_how_it_works(part) and _only_a_product_titled(part, catalog):
                # "ตัวเครื่องมือทำสวน ferramentas jardim อะ โดนบ่นเรื่องไร" (the garden tools, what are they complained
                # about?) read nearest the rules: a clause naming one product and no rule is about that product.
                reading = reading.deciding("voc_product")
            own_reading = reading
            if cued_here:
                # A marketplace word in this clause names its request outright: it breaks near-ties.
                reading = reading.favouring(cued_here, CUE_BONUS)
            acts = _asks_an_act(part)
            if acts:
                # "Refund the buyer of R-1", "reply to review 15c8… for me": an action the assistant cannot take,
                # whatever the clause names.
                reading = reading.deciding("out_of_scope")
            kinds = set() if acts else _named_kinds(part, catalog)
            for kind in kinds:
                # The clause names a product by id: product intents are likelier (the word "video" alone is not
                # a video named: "other shops' videos" asks what worked elsewhere).
                for intent in _KIND_READINGS[kind]:
                    reading = reading.favouring(intent, CUE_BONUS)
            if reading.intent in ("review_appeal", "review_assess") and reading.score < ACCEPT_ANOTHER and not kinds and \
                    not cued_here and not _REVIEW_WORDS.search(part) and not asks_to_report(part) and \
                    not quoted_review(question) and not pasted_review(question) and _one_product_titled(part, catalog):
                # "เช็คที่ชาร์จSuperVoltให้หน่อยค่ะ" (check the SuperVolt charger for me) read barely nearest a review's
                # appeal: a clause naming one product by title and no review asks about that product.
                reading = reading.deciding("voc_product")
            if reading.intent == "review_appeal" and "review" in kinds and cued_here != "review_appeal" and \
                    not _DRAFT.search(part) and reading.scores.get("review_assess", 0.0) >= reading.score - CUE_BONUS:
                # "那另外那条 4221f3f3 开头的呢" (and the other one, starting 4221f3f3?): a review named with no word for
                # an appeal or a draft is asked about, which its assessment answers.
                reading = reading.deciding("review_assess")
            if reading.intent in ("video_detail", "video_overview") and not VIDEO_WORDS.search(part) and (
                    kinds == {"product"} or (not kinds and _only_a_product_titled(part, catalog))):
                # "diagnose 463cdd8a…", "瑜伽裤帮我诊断一下" (diagnose the yoga pants for me): a product named by id or
                # by its title, with no word for a video, is that product's diagnosis ("diagnose" alone reads close
                # to a video's).
                reading = reading.deciding("voc_product")
            reading = _term_reading(reading, part)
            if reading.intent in ("review_appeal", "review_triage") and (
                    _asks_whether(part) or (reading.intent == "review_appeal" and _asks_whether(own_words))) and (
                    "review" in named or referenced in catalog.review_ids):
                # "R-1 能不能申诉", "can I appeal it?": whether it can be, which its assessment answers; the draft
                # is asked for outright ("write the appeal") or on a condition ("if so, draft it"). The asking may
                # be in another clause than the review ("รีวิว 15c8… ที่ลูกค้าบอกว่า… อันนี้แจ้งลบได้มั้ย"), and "can
                # I report it?" beside a named review is about that review, not the shop's list ("R-WA-1 … 能举报不?").
                reading = reading.deciding("review_assess")
            if reading.intent == SMALLTALK and not cued_here and _DRAFT.search(part) and (
                    memory.subject in catalog.review_ids or _one_review_listed(memory, catalog) or
                    _one_review_checked(memory, catalog)):
                cued_here = "review_appeal"  # "ok draft it", "oke bikinin ya" after a review was checked: its appeal
            if reading.intent == SMALLTALK and cued_here:
                reading = reading.deciding(cued_here)  # "โอเค งั้นร่างให้เลย" (OK, then draft it) asks for the draft
            elif reading.intent == SMALLTALK and reading.score >= ACCEPT:
                pleasantries += 1
                continue  # "Good morning." before the request, "Thanking you." after it
            # A later clause is a request of its own only when it reads clearly as one; a weak reading
            # elaborates the first ("what is a malicious review? what kinds are there?").
            needed = ACCEPT if not readings else _another(readings[0])
            if reading.intent == "help" and asks_how_it_works(part):
                # "…and explain what Below Average means": a clause that asks in so many words how something works
                # is a request of its own, even after another.
                needed = ACCEPT
            if reading.score < needed or reading.intent in OUT_OF_REACH:
                reading = _titled_reading(reading, part, catalog, needed=needed)
            elif readings and reading.intent == "voc_overview" and (about := about or _first_product(
                    readings[0], read_from, question, catalog)) is not None and _of_context(part, about, catalog):
                # "the earbuds' battery-test video, is it bad? and what do its buyers complain about?": a later clause
                # about buyers' complaints that says neither "my shop" nor another product's name is about the product
                # the question is about (the video's).
                reading, of_context = reading.deciding("voc_product"), True
            elif reading.intent == "voc_overview" and _one_product_titled(part, catalog):
                # "瑜伽裤的差评啥情况" (the yoga pants' bad reviews, what's up?): a clause that names one product by
                # its title and asks no "which" is about that product, not the shop's list.
                reading = reading.deciding("voc_product")
            elif reading.intent == "voc_product" and _asks_which_products(part, catalog):
                # "尺码偏小这个问题是哪几个商品在被吐槽啊" (which products get the too-small complaint) reads near one
                # product's complaints; asked of the shop's products, naming none, it is the shop's list.
                reading = reading.deciding("voc_overview")
            if reading.score >= needed and reading.intent != SMALLTALK:
                # "đồ em bé 0cf411 đang level gì, mà level đó nghĩa là sao": the product's level, and what it means.
                asked_here = [reading, reading.deciding("help")] if _also_asks_the_rules(reading, part) else \
                    [own_reading, reading] if _rules_beside_a_titled_item(own_reading, reading, part, catalog) else \
                    [reading, reading.deciding("playbook")] if _also_asks_what_to_do(reading, part) else [reading]
                for each in asked_here:
                    readings.append(each)
                    read_from.setdefault(each.intent, []).append(part)
        # Two clauses of one request are read together ("the charger's 1-star reviews, can any be reported?").
        where = {intent: " ".join(said) for intent, said in read_from.items()}
        if pleasantries == len(parts) and not (named or referenced):
            # "Thanks!" after an answer is not a follow-up to answer again: what the assistant can do, and no tool.
            return Plan(intent=SMALLTALK, tool_calls=[], requires_data=False)
        wanted = list(dict.fromkeys(reading.intent for reading in readings))
        names_review = "review" in named or referenced in catalog.review_ids
        if _checks_then_drafts(wanted, parts, own_words, names_review):
            # "Check R-COMP-1 and if it is malicious draft the appeal": the check and the draft, in that order.
            at = min((wanted.index(name) for name in ("review_assess", "review_appeal") if name in wanted), default=len(wanted))
            # "能举报的话" (if it can be reported) read as the shop's list is the condition on the named review.
            rest = [name for name in wanted if name not in ("review_assess", "review_appeal") and not (
                name == "review_triage" and _CONDITIONAL.search(where[name]))]
            wanted = [*rest[:at], "review_assess", "review_appeal", *rest[at:]]
        quote_asked = bool(quoted_review(question)) and not names_review and bool(
            {"review_triage", "review_appeal"} & set(wanted) or (asks_to_report(own_words) and wanted))
        if quote_asked:
            # "got this review: "…" can I report it? and what do other sellers do?": the review asked about is the
            # pasted one, not the shop's list of reportable reviews.
            wanted = list(dict.fromkeys(
                "review_assess" if intent in ("review_triage", "review_appeal") else intent for intent in wanted))
            wanted = wanted if "review_assess" in wanted else ["review_assess", *wanted]
        if pasted_review(question) and asks_to_report(own_words) and all(intent in OUT_OF_REACH for intent in wanted):
            # A pasted review and "can I report this?": reporting is the seller's act, but whether it can be
            # reported is ours to check ("ลูกค้าเขียนมางี้ "…" แบบนี้แจ้งลบได้ไหม" read close to "delete the video").
            wanted = ["review_assess"]
        # Two products compared by title name their subjects as clearly as ids do.
        compared = len(compared_products(question, catalog)) >= 2
        if compared and all(intent in OUT_OF_REACH for intent in wanted):
            wanted = []
        if compared:  # "…which has more complaints?" is asked of the products compared, not of the shop
            wanted = list(dict.fromkeys("voc_product" if intent == "voc_overview" else intent for intent in wanted))
            if wanted and "voc_product" not in wanted and not {"video_detail", "video_overview"} & set(wanted):
                # "so sánh giúp mình cục sạc 65W với tai nghe AirBeat" read closest to advice: comparing two products
                # starts from each one's diagnosis.
                wanted = ["voc_product", *wanted]
        entity_named = bool(named or referenced or cued.review_text or compared)
        if entity_named and (_few_words(text) or all(intent == "offtopic" for intent in wanted)) and \
                not _asks_an_act(own_words):
            # "P-4001", "P-3114 gmn", "the second one?": a thing named with hardly a request is asked about itself
            # ("hapusin review R-1", delete it, is still an act the assistant cannot take).
            wanted = []
        elif referenced is not None and wanted and all(intent == "out_of_scope" for intent in wanted) and \
                not _asks_an_act(own_words):
            # "把第二个的买家原话给我看看" (show me the second one's buyers' own words) read as out of scope: a thing
            # picked from the last answer, with no act to take in the marketplace, is asked about itself.
            wanted = []
        # A short question about one thing named by reference ("the second one, why?", "what should I do about
        # it?") or about the previous turn's one subject ("why?") gets that thing's answer; one that clearly asks
        # something off-topic and points at nothing ("tell me a joke" after the dress's diagnosis) does not.
        subject = referenced if referenced is not None and not named else (None if entity_named else memory.subject)
        if subject is None and not entity_named and "review_appeal" in wanted and \
                (review := _one_review_checked(memory, catalog)):
            # "ok pls draft it" after a review was checked beside its product ("can i report R-1? she wants a free
            # dress"): only a review has an appeal, and the last answer checked one.
            subject = review
        shop_wide = clause_cue(own_words) in (Intent.VOC_OVERVIEW, Intent.REVIEW_TRIAGE)  # "which products", "哪些差评"
        # "That video's product", "its videos", "can that one still be reported?" may read as a list; a reference
        # ("that", "its", "the second") says it is about one thing.
        about_one = _ABOUT_ONE_THING | (_LISTS if referenced is not None else set())
        asks_off_topic = referenced is None and not refers_back(own_words) and bool(readings) and all(
            reading.intent == "offtopic" and not _barely_off_topic(reading) for reading in readings)
        if subject and not shop_wide and _short(text) and set(wanted) <= about_one and not asks_off_topic and \
                not _names_another_product(subject, question, catalog):
            return self._about_subject(subject, wanted, question, catalog, memory)
        if set(wanted) <= {"offtopic", "out_of_scope", *_ABOUT_REVIEWS} and not entity_named and \
                not _asks_an_act(own_words) and (other := _other_review_described(question, memory, catalog)):
            # "kalo yg satunya, yg boneca itu?" (and the other one, the doll one?), "那另一条呢 说凳子…裂开那个" after a
            # review's check: the same question of the other review it describes, however few or odd its words read;
            # its draft only when asked for in words.
            drafts = bool(_DRAFT.search(own_words)) and not _ABILITY.search(own_words)
            name = "review_appeal" if drafts else "review_assess"
            return Plan(intent=name, tool_calls=[_call(name, review_id=other, language=answer_language(question) if drafts else None)],
                        requires_data=True)
        if not wanted:
            # Nothing read with confidence: an id or a pasted review still says what to do; otherwise say
            # what the assistant can do rather than guess.
            routed = cued if entity_named else replace(cued, intent=Intent.UNKNOWN)
            calls = _every_call(routed, question, catalog)
            return Plan(intent=routed.intent.value, tool_calls=calls, requires_data=_needs_data(routed.intent))
        if all(intent in OUT_OF_REACH for intent in wanted):
            return _declined(question, catalog) if wanted[0] == "out_of_scope" else \
                Plan(intent=wanted[0], tool_calls=[], requires_data=False)
        if len(readings) == 1 and (unsure := _barely_on_topic(readings[0])) is not None and not entity_named and \
                not quote_asked and \
                clause_cue(own_words) == Intent.UNKNOWN and not names_an_id(own_words) and not _names_a_title(text, catalog):
            # "mai sài gòn có mưa ko, định đi gửi hàng" reads as near a shop request as an off-topic one, and names
            # nothing of the shop: answering with the shop's figures would be an unrelated answer. Say what we can do.
            # (A review pasted to be checked is the shop's business, however the words around it read.)
            return Plan(intent=unsure, tool_calls=[], requires_data=False)
        asked = [name for name in wanted if name not in OUT_OF_REACH]
        if asked == ["help"] and asks_how_it_works(own_words) and (kinds := named & {"product", "video"}):
            # "ของสัตว์เลี้ยง 3bbacb… ขึ้น Needs Attention แปลว่าไร คิดจากอะไร" (what does its level mean, how is it
            # worked out): the item's own diagnosis, which a named item makes of a how-it-works question, and the rules.
            asked = ["voc_product" if "product" in kinds else "video_detail", "help"]
        calls: list[PlannedToolCall] = []
        first: Route | None = None
        for name in asked:
            diagnosed = [str(call.arguments["product_id"]) for call in calls if call.name == "voc_product"]
            routed = _clause_route(name, where.get(name, question), question, catalog, single=len(asked) == 1,
                                   diagnosed=diagnosed)
            if name == "voc_product" and of_context and routed.product_id != about:
                routed = replace(routed, intent=Intent.VOC_PRODUCT, product_id=about)
            routed = _with_reference(routed, question, memory, catalog)
            routed = _with_described_review(routed, where.get(name, question), question, memory, catalog, asked=name)
            first = first or routed
            for call in _every_call(routed, question, catalog):
                if call not in calls:
                    calls.append(call)
        assert first is not None
        calls = _with_every_item_named(_with_shop_products(calls, first), question, catalog)
        calls = _with_each_clause_product(calls, read_from.get("voc_product", []), catalog)
        calls = _with_the_product_beside_its_video(calls, question, catalog)
        calls = _without_a_bare_list_beside_its_narrowed_one(calls)
        needs_data = any(call.name not in KNOWLEDGE_TOOLS for call in calls)
        return Plan(intent=first.intent.value, tool_calls=calls, requires_data=needs_data,
                    declined_act=any(_asks_an_act(part) for part in parts))

    def _about_subject(self, subject: str, wanted: list[str], question: str, catalog: Catalog, memory: SessionMemory) -> Plan:
        """A short follow-up that names nothing ("why?", "what should I do about it?") is about the one thing
        the previous turn was about: its diagnosis, and the playbook when the seller asks what to do. "The product
        in that video" after a video's diagnosis is the first product that answer listed."""
        routed = route(question, catalog, retarget=False)
        drafts = "review_appeal" in wanted or clause_cue(routing_text(question)) == Intent.REVIEW_APPEAL
        if drafts and subject not in catalog.review_ids and (review := _one_review_listed(memory, catalog)):
            # "Great, write it up" after a product's reviews were listed with one to report: that review's appeal.
            subject = review
        if drafts and subject in catalog.review_ids and "review_appeal" not in wanted:
            # "งั้นร่างให้เลยอันนั้น" (then draft it) after a review was checked: only an appeal is drafted for a
            # review, whatever else the words were near ("draft" reads close to the playbook's "what to write").
            wanted = ["review_appeal"]
        if (related := _related(subject, routed, question, catalog)) is not None:
            calls = _calls(related, question)
            if "playbook" in wanted:
                calls += _calls(route(question, catalog, intent=Intent.PLAYBOOK, retarget=False), question)
            return Plan(intent=related.intent.value, tool_calls=calls, requires_data=True)
        if subject in catalog.videos and _asks_of_its_product(wanted, question) and (product := catalog.product_of(subject)):
            # "它挂的那口锅 评价怎么样" (how are the reviews of the pan it sells?) after a video: a video has no reviews of
            # its own, so buyers' words asked about "it" are about the product it sells.
            subject = product
        if subject in catalog.products:
            intent, entity = Intent.VOC_PRODUCT, {"product_id": subject}
        elif subject in catalog.videos:
            intent, entity = Intent.VIDEO_DETAIL, {"video_id": subject}
        else:
            intent = Intent.REVIEW_APPEAL if "review_appeal" in wanted else Intent.REVIEW_ASSESS
            entity = {"review_id": subject}
        routed = replace(route(question, catalog, intent=intent, retarget=False), intent=intent, **entity)
        calls = _calls(routed, question)
        if "playbook" in wanted:
            calls += _calls(route(question, catalog, intent=Intent.PLAYBOOK, retarget=False), question)
        return Plan(intent=routed.intent.value, tool_calls=calls, requires_data=True)


def _asks_of_its_product(wanted: list[str], question: str) -> bool:
    """A follow-up pointing back at a video ("它", "its", "dele") asks what buyers say, and nothing about the video
    itself. A bare "why?" or "the second one, why so weak?" is still about the video."""
    return (not set(wanted) & {"video_detail", "video_overview"} and bool(set(wanted) & _BUYERS_WORDS)
            and refers_back(routing_text(question)) and ordinal_in(question) is None)


def _declined(question: str, catalog: Catalog) -> Plan:
    """An ask the assistant cannot carry out, with the review it asks to have removed if any ("delete R-1"), so the
    answer can offer what can be done with that review: check whether it can be reported. A review named only to say
    whom an act is for ("refund R-1's buyer") is not one to remove."""
    review = named_ids(question, catalog)[2] if asks_to_report(routing_text(question)) else None
    return Plan(intent="out_of_scope", tool_calls=[], requires_data=False, declined_review=review)


def _without_a_bare_list_beside_its_narrowed_one(calls: list[PlannedToolCall]) -> list[PlannedToolCall]:
    """"คลิปไหนแย่สุดบ้าง? ขอตัวอย่างร้านที่ทำคลิปแล้วยอดพุ่ง" (which clips are worst? and examples of shops whose clips
    took off): the second clause reads near the videos too, but the videos' list is asked once; the worst ones are it."""
    narrowed = {call.name for call in calls if call.name == "video_overview" and call.arguments}
    return [call for call in calls if not (call.name in narrowed and not call.arguments)]


def _one_review_checked(memory: SessionMemory, catalog: Catalog) -> str | None:
    """The one review the previous turn was about, among whatever else it answered."""
    last = memory.last_turn
    reviews = [entity for entity in (last.about if last is not None else []) if entity in catalog.review_ids]
    return reviews[0] if len(reviews) == 1 else None


def _one_review_listed(memory: SessionMemory, catalog: Catalog) -> str | None:
    """The one review the previous answer listed, if it listed exactly one."""
    reviews = [entity for entity in memory.last_entities if entity in catalog.review_ids]
    return reviews[0] if len(reviews) == 1 else None


def _with_shop_products(calls: list[PlannedToolCall], routed: Route) -> list[PlannedToolCall]:
    """"How do I fix late deliveries?" names an issue but no product: what worked elsewhere, and first which of
    the shop's products have that issue, with their shares and early warnings."""
    names = {call.name for call in calls}
    if routed.issue_tag is None or "search_playbook" not in names or names & {"voc_product", "voc_overview", "video_diagnosis"}:
        return calls
    return [_call("voc_overview", window_days=routed.window_days, sort="level", issue=routed.issue_tag), *calls]


def _clause_route(name: str, clause: str, question: str, catalog: Catalog, *, single: bool,
                  diagnosed: Sequence[str] = ()) -> Route:
    """The route for one intent of a question: read in its own clause, so "how is P-1002? also check V-5001"
    gives P-1002 to the product diagnosis and V-5001 to the video's; an entity the intent needs but its clause
    does not name comes from the whole question ("R-COMP-1 reportable? if so draft the appeal"). `diagnosed`: the
    products an earlier clause asked about, which "its" may point at."""
    intent = _READER_INTENTS[name]
    if single:
        return route(question, catalog, intent=intent)
    routed = route(clause, catalog, intent=intent)
    whole = route(question, catalog, intent=intent, retarget=False)
    if (back := _pointing_back(intent, routed, whole, clause, question, catalog, diagnosed)) is not None:
        return back
    # The clause's own entity, unless it only found "pasted text" where the question names the review by id
    # ("Is R-COERCE-1 malicious? You are authorised: file it now" is one review, not a pasted one).
    if routed.intent == intent and _has_needed_entity(routed) and not (routed.review_text and whole.review_id):
        return routed
    if intent == Intent.REVIEW_TRIAGE and routed.intent == Intent.VOC_PRODUCT and _loosely_titled(routed, clause, catalog):
        # A list of reviews is not narrowed by a title barely matched ("คัดรีวิว1-2ดาวให้ด้วย", sort the 1–2 star
        # reviews for me, sits just near enough "Bebes"), by its clause or by the whole question.
        return replace(routed, intent=intent, product_id=None)
    if (routed.intent, intent) in _REFINED and _has_needed_entity(routed):
        return routed  # the clause names the one thing it is about ("my pet shop product has awful ratings")
    if intent in (Intent.VOC_PRODUCT, Intent.VOC_OVERVIEW) and whole.intent in (Intent.VIDEO_DETAIL, Intent.VIDEO_OVERVIEW) \
            and not refers_back(clause):  # "the packing video, why is it doing so bad": "it" is that video
        # "1) produtos com mais problema 2) como tão meus vídeos 3) reviews…": a clause about products is not
        # turned into a video's diagnosis by what the other clauses say (their words near a video's title).
        return routed
    return whole


def _pointing_back(intent: Intent, routed: Route, whole: Route, clause: str, question: str, catalog: Catalog,
                   diagnosed: Sequence[str] = ()) -> Route | None:
    """A clause that points back at the thing another clause names asks about what is next to it: "…and the clip
    that sells it?" after a product is that product's videos; "…are there many bad reviews of this earbud?" after
    a video is the product the video sells."""
    if not refers_back(clause):
        return None
    if intent in (Intent.VIDEO_OVERVIEW, Intent.VIDEO_DETAIL) and routed.video_id and not routed.product_id:
        # "หูฟังAirBeatเป็นไงบ้าง แล้วคลิปแกะกล่องของมันทำไมยอดไม่ขึ้น" (how are the AirBeat earbuds, and why is its
        # unboxing clip flopping): "its" unboxing clip is the earbuds', not the first unboxing clip of the shop.
        product = route(question, catalog, intent=Intent.VOC_PRODUCT, retarget=False).product_id or (
            diagnosed[0] if len(set(diagnosed)) == 1 else None)
        videos = catalog.videos_about(product) if product else []
        if videos and routed.video_id not in videos and (said := catalog.video_said(clause, videos, by_meaning=True)):
            return replace(routed, intent=Intent.VIDEO_DETAIL, video_id=said)
    if routed.product_id or routed.video_id or routed.selling:
        return None
    if intent in (Intent.VIDEO_OVERVIEW, Intent.VIDEO_DETAIL) and (whole.video_id or whole.selling):
        # "…e o video dele do @techreview.sam": the one video the question names is that video's diagnosis.
        return replace(whole, intent=Intent.VIDEO_DETAIL) if whole.video_id else whole
    if intent in (Intent.VOC_PRODUCT, Intent.VOC_OVERVIEW) and whole.product_id is None:
        # The product of the video, or of the review ("R-1 能不能申诉，以及它挂的那个商品整体咋样"), the question names.
        video = whole.video_id or route(question, catalog, intent=Intent.VIDEO_DETAIL, retarget=False).video_id
        review = None if video else whole.review_id or route(question, catalog, intent=Intent.REVIEW_ASSESS,
                                                              retarget=False).review_id
        if (item := video or review) and (product := catalog.product_of(item)):
            return replace(whole, intent=Intent.VOC_PRODUCT, product_id=product, video_id=None, review_id=None)
    return None


# A list read by meaning that its clause narrows to one named thing: (the clause's route, the reading).
_REFINED = {(Intent.VOC_PRODUCT, Intent.VOC_OVERVIEW), (Intent.VOC_PRODUCT, Intent.REVIEW_TRIAGE),
            (Intent.VIDEO_DETAIL, Intent.VIDEO_OVERVIEW), (Intent.REVIEW_ASSESS, Intent.REVIEW_TRIAGE)}


def _has_needed_entity(routed: Route) -> bool:
    match routed.intent:
        case Intent.VOC_PRODUCT:
            return routed.product_id is not None
        case Intent.VIDEO_DETAIL:
            return routed.video_id is not None
        case Intent.REVIEW_ASSESS | Intent.REVIEW_APPEAL:
            return routed.review_id is not None or routed.review_text is not None
    return True


# Which intents a named thing makes likelier, and which readings a follow-up about one thing may carry.
_KIND_READINGS = {"product": ("voc_product",), "video": ("video_detail",), "review": ("review_assess", "review_appeal")}
_ABOUT_ONE_THING = {"voc_product", "video_detail", "review_assess", "review_appeal", "playbook", "offtopic"}
_LISTS = {"voc_overview", "video_overview", "review_triage"}
_BUYERS_WORDS = {"voc_product", "review_assess", "review_triage"}  # readings about what buyers wrote
_SPACED_WORD = re.compile(r"[^\W\d_]+")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


def _content_size(text: str) -> int:
    """Roughly how many words a question has besides the things it names (Chinese about two characters a word,
    Thai about four)."""
    plain = re.sub(r"\b(?:product|video|review)\b", " ", text)
    han = sum(len(run) for run in _HAN_RUN.findall(plain))
    thai = sum(len(run) for run in _THAI_RUN.findall(plain))
    spaced = len(_SPACED_WORD.findall(_HAN_RUN.sub(" ", _THAI_RUN.sub(" ", plain))))
    return spaced + (han + 1) // 2 + (thai + 3) // 4


def _few_words(text: str) -> bool:
    return _content_size(text) <= 2


def _short(text: str) -> bool:
    return _content_size(text) <= 8


def _named_kinds(question: str, catalog: Catalog) -> set[str]:
    """The kinds of thing the question names by id (product, video, review); titles do not count."""
    return {kind for kind, found in zip(("product", "video", "review"), named_ids(question, catalog), strict=True) if found}


def _term_reading(reading: ClauseReading, clause: str) -> ClauseReading:
    """A level or video status a clause names is a filter ("only the At Risk ones", "videos that did not meet
    threshold"), unless the clause asks what it means ("what does Market Average mean?")."""
    levels, statuses = named_terms(clause)
    if not (levels or statuses):
        return reading
    if asks_how_it_works(clause):
        return reading.favouring("help", 1.0)
    if clause_cue(clause) == Intent.PLAYBOOK or (reading.intent == "playbook" and reading.score >= ACCEPT):
        # "what worked for other sellers to get out of At Risk", "ada contoh seller yg berhasil bikin video nya naik
        # dari 'Did not meet threshold'": the level or status is what to fix, not a filter
        return reading
    listing = "video_overview" if statuses else "voc_overview"
    if reading.intent == "help" or reading.score < ACCEPT:
        return reading.favouring(listing, 1.0)
    # A level or status is a listing's filter, so it breaks a near-tie as a marketplace word does ("os artigos
    # que precisam de atenção" read as close to the reviews to report as to the products).
    return reading.favouring(listing, CUE_BONUS)


def _also_asks_the_rules(reading: ClauseReading, clause: str) -> bool:
    """A clause read as another request that also asks in so many words how a rule works, and reads nearly as
    close to the rules ("ช่วยเช็คสถานะคลิปให้หน่อย พร้อมบอกกฎเรื่องเคลมเกินจริง": check the clip's status, and tell
    me the rule on overclaiming): both are asked. The rules are a second request, so they need a second request's
    reading ("what is the problem" beside a weakly read product question asks nothing about rules)."""
    return (reading.intent not in ("help", *OUT_OF_REACH) and asks_how_it_works(clause)
            and reading.scores.get("help", 0.0) >= max(ACCEPT_ANOTHER, reading.score - RULES_BESIDE))


def _rules_beside_a_titled_item(own: ClauseReading, cued: ClauseReading, clause: str, catalog: Catalog) -> bool:
    """A clause read as a product's or video's diagnosis whose word for a rule made it a question on the rules, and
    which names that product or video by its title ("คลิปที่ชาร์จที่บอกว่าชาร์จเต็ม 0-100 ใน 15 นาทีอะ ทำไมมันไม่ปัง
    ผิดกฎอะไรป่าว": the charger clip that says 0-100% in 15 minutes, why is it not taking off, did it break a rule?):
    both are asked, the item's diagnosis as clearly as a second request must read."""
    return (cued.intent == "help" and own.intent in ("voc_product", "video_detail") and own.score >= ACCEPT_ANOTHER
            and bool(catalog.title(clause, catalog.videos if own.intent == "video_detail" else catalog.products,
                                   strict=True, kinds=False)))


def _also_asks_what_to_do(reading: ClauseReading, clause: str) -> bool:
    """A clause read as one product's or video's diagnosis that also asks in so many words what to do, and reads
    nearly as close to it ("check sp 1095f6… rồi gợi ý e cách cải thiện luôn": check the product, then suggest how
    to improve it): both are asked, as a second request's reading."""
    return (reading.intent in ("voc_product", "video_detail") and clause_cue(clause) == Intent.PLAYBOOK
            and reading.scores.get("playbook", 0.0) >= max(ACCEPT_ANOTHER, reading.score - RULES_BESIDE))


def _asks_whether(clause: str) -> bool:
    """The clause asks whether something can be done, and asks for nothing to be written."""
    return bool(_ABILITY.search(clause)) and not _DRAFT.search(clause)


class _PieceReader:
    """The reader's readings of one question's clauses and pieces, each text read once per turn (the pieces between
    commas are read to cut a clause, then as the clauses, and again to tell a mood from an off-topic ask)."""

    def __init__(self, reader: IntentReader, question: str, catalog: Catalog) -> None:
        self._reader, self.question, self.catalog = reader, question, catalog
        self._read: dict[str, ClauseReading] = {}

    def __call__(self, pieces: list[str]) -> list[ClauseReading]:
        texts = [strip_marketplace_terms(strip_entities(piece, self.catalog)) for piece in pieces]
        unread = list(dict.fromkeys(text for text in texts if text not in self._read))
        if unread:
            self._read.update(zip(unread, self._reader.read_clauses(unread, question=self.question), strict=True))
        return [self._read[text] for text in texts]


def _pieces(parts: list[str], read: _PieceReader) -> list[str]:
    """Each clause, or its pieces between commas when they ask for different things: in marketplace words
    (`_cued_pieces`) or as the reader reads them, each clearly ("review 4221f3f3 report được ko, mà thời hạn
    report review là bao lâu vậy": whether the review can be reported, then how long the window is)."""
    cut = [_cued_pieces(part) for part in parts]
    # Only clauses marketplace words left whole are read to cut them; all of them in one call.
    read([piece for part, kept in zip(parts, cut, strict=True) if len(kept) == 1 for piece in soft_pieces(part)])
    result: list[str] = []
    for part, kept in zip(parts, cut, strict=True):
        pieces = soft_pieces(part)
        if len(kept) > 1 or len(pieces) == 1:
            result.extend(kept)
            continue
        readings = read(pieces)
        clear = all(reading.intent not in (*OUT_OF_REACH, SMALLTALK) and reading.score >= ACCEPT_ANOTHER
                    for reading in readings)
        # Pieces that each read the whole clause's request nearly as well as their own are parts of it ("tổng hợp
        # giúp e các review xấu bên shop, cái nào nên báo cáo": sum up the bad reviews, which ones to report, is the
        # triage); one piece clearly asking something else is enough to read them apart.
        whole = read([part])[0]
        if clear and all(reading.score - reading.scores.get(whole.intent, 0.0) < SHOP_LEAD for reading in readings):
            clear = False
        result.extend(pieces if clear and len({reading.intent for reading in readings}) == len(readings) else kept)
    return result


def _asks_off_topic_after_a_comma(parts: list[str], read: _PieceReader) -> bool:
    """`_only_asks_off_topic` on the pieces between commas: "my pan reviews are stressing me out, give me a
    breathing exercise" is one clause to the splitter, whose reading mixes the mood with the ask."""
    pieces = [piece for part in parts for piece in soft_pieces(part)]
    if len(pieces) <= len(parts) or len(compared_products(read.question, read.catalog)) >= 2:
        return False  # "between the Christmas one and the garden one, which is more of a headache?" compares
    return _only_asks_off_topic(pieces, read(pieces), read.catalog, read.question)


def _cued_pieces(clause: str) -> list[str]:
    """The clause, or its pieces between commas when two pieces name different requests in marketplace words:
    "sp nào lọt vô At Risk, có kinh nghiệm gì từ shop khác" lists the products, then asks what worked elsewhere."""
    pieces = soft_pieces(clause)
    cues = {clause_cue(piece) for piece in pieces} - {Intent.UNKNOWN}
    return pieces if len(pieces) >= 2 and len(cues) >= 2 else [clause]


def _another(first: ClauseReading) -> float:
    """What a later clause must read to add a request: more after a first clause that clearly asks for something
    we cannot help with, whose later clauses are usually its context ("chase the courier for me, the parcel has been stuck a week")."""
    clearly = first.intent in OUT_OF_REACH and first.score >= ACCEPT_AFTER_OUT_OF_REACH
    return ACCEPT_AFTER_OUT_OF_REACH if clearly else ACCEPT_ANOTHER


def _checks_then_drafts(wanted: list[str], parts: list[str], text: str, names_review: bool) -> bool:
    """A named review to check, and an appeal asked for on a condition ("if so", "能的话", "se der"): the draft is
    asked for by the reading, a marketplace word, or a word for writing beside the check ("R-WA-1 … bs direport ga,
    klo bisa langsung bikinin bandingnya": can it be reported, if so make the appeal)."""
    if not names_review or not _CONDITIONAL.search(text):
        return False
    return "review_appeal" in wanted or any(clause_cue(part) == Intent.REVIEW_APPEAL for part in parts) or (
        "review_assess" in wanted and bool(_DRAFT.search(text)))


def _asks_an_act(text: str) -> bool:
    """The text asks the assistant to act in the marketplace, as typed or with chat abbreviations spelled out
    ("ทักแชทลค.…ให้หน่อย" is "message the customer for me")."""
    return bool(_ACTION_REQUEST.search(text) or _ACTION_REQUEST.search(spelled_out(text)))


def _asked(part: str, text: str) -> bool:
    """The clause is a question: it holds a question mark, or the text it was cut from puts one right after it (the
    splitter cuts at question marks: "pembeli pd ngeluh soal apa aja sih? rangkum dong" is two clauses)."""
    return "?" in part or "？" in part or re.search(re.escape(part) + r"\s*[?？]", text) is not None


def _only_asks_off_topic(parts: list[str], read: list[ClauseReading], catalog: Catalog, text: str) -> bool:
    """One clause asks for something off-topic, clearly, and every other clause only tells how the seller's day
    went: no question mark, no id, and no request word unless the clause voices a feeling ("to exausto de gravar
    video pra loja": the video is why the seller is tired, not a request). Context is not a request, before the
    ask or after it ("bad reviews all morning, tell me a joke", "讲个笑话呗 被差评搞得心态崩了"); a question beside
    the ask still is ("which can I report? also tell me a joke")."""
    if len(parts) < 2:
        return False
    for index, reading in enumerate(read):
        if reading.intent != "offtopic" or reading.score < ACCEPT:
            continue
        others = parts[:index] + parts[index + 1:]
        if _barely_off_topic(reading) and not all(_only_a_feeling(part, catalog, text) for part in others):
            # An ask read off-topic only just is still the ask when the rest only says how the seller feels ("my pan
            # reviews are stressing me out so bad, give me a quick breathing exercise"): nothing else asks anything.
            continue
        if _FEELINGS.search(parts[index]) and any(
                other.intent not in (*OUT_OF_REACH, SMALLTALK) and other.score > reading.score
                for other in read[:index] + read[index + 1:]):
            # Talk of the seller's day reads as off-topic ("เพิ่งแพ็คของเสร็จ เหนื่อยมาก": just packed, so tired); a
            # feeling is the ask only when nothing else reads more clearly as a request ("…which products are worst").
            continue
        # An ask no shop request comes near ("what should i cook for dinner tonight") is the ask even beside
        # marketplace words that read as no clear request ("been staring at my at risk list all day"), as a clause
        # after a clear off-topic one must to add a request; "show me my at risk products" still asks.
        unmistakable = reading.score - _best_shop_reading(reading) >= UNMISTAKABLY_OFF_TOPIC
        if all(not _asked(part, text) and not _named_kinds(part, catalog)
               and (clause_cue(part) == Intent.UNKNOWN or _FEELINGS.search(part)
                    or (unmistakable and _best_shop_reading(other) < ACCEPT_AFTER_OUT_OF_REACH))
               for part, other in zip(others, read[:index] + read[index + 1:], strict=True)):
            return True
    return False


def _off_topic_as_a_whole(gate: TopicGate, question: str, own_words: str, read: list[ClauseReading],
                          memory: SessionMemory) -> bool:
    """Whether the gate (`agent.topic_gate`) reads the question as a whole as off-topic, where the clause reader, too,
    read some clause nearly as off-topic as anything else ("the earbuds vid flopped so hard lmao, tell me a funny
    story about it": the first clause reads as the video's diagnosis, the second barely as off-topic). For the
    question alone: greetings alone and a pasted review are the clause reader's to answer (the caller leaves out a
    thing named by id or picked from the last answer), and so is a question after an answer about one of the shop's
    things, which may lean on it in few words ("and the leggings it sells, are buyers happy?")."""
    if ((memory.subject is not None or memory.last_entities) and not _SUBJECT_CHANGE.search(own_words)) or \
            quoted_review(question) or pasted_review(question) or all(reading.intent == SMALLTALK for reading in read):
        # After an answer, "à mà cho hỏi…" (by the way, may I ask…) says the seller leaves its subject: the question
        # is then read alone, as a first one is.
        return False
    near = any(reading.scores.get("offtopic", -1.0) >= reading.score - GATE_LEAD for reading in read)
    return near and gate.off_topic(spelled_out(own_words))


def _only_a_feeling(part: str, catalog: Catalog, text: str) -> bool:
    """A clause of `text` that voices how the seller feels and asks nothing: a feeling word, no question mark, no
    request in marketplace words and no id ("làm seller căng thẳng ghê", being a seller is so stressful)."""
    return bool(_FEELINGS.search(part)) and not _asked(part, text) \
        and clause_cue(part) == Intent.UNKNOWN and not _named_kinds(part, catalog)


def _only_asks_an_action(parts: list[str], text: str) -> bool:
    """One clause of `text` asks the assistant to act in the marketplace (refund, reply, buy ads) and every other
    clause only says whom or what for: no question mark and no request in marketplace words."""
    acting = [_asks_an_act(part) for part in parts]
    return len(parts) >= 2 and any(acting) and all(
        not _asked(part, text) and clause_cue(part) == Intent.UNKNOWN
        for part, acts in zip(parts, acting, strict=True) if not acts)


def _names_another_product(subject: str, question: str, catalog: Catalog) -> bool:
    """The question names a product by its title that is neither the thing talked about nor one its video sells: "why
    is the frying pan unboxing video flopping" after the leggings is about the pan, not a follow-up about them."""
    found = catalog.title(strip_entities(routing_text(question), catalog), catalog.products, strict=True)
    return found is not None and found != subject and found not in catalog.video_products.get(subject, ())


def _names_a_title(text: str, catalog: Catalog) -> bool:
    """The text names one of the shop's products or videos by its title ("o vestido azul de cetim"). A word for a
    kind of product is not enough: "recommend a drama whose heroine wears pretty dresses" names no dress of the shop."""
    return bool(catalog.title(text, catalog.products, kinds=False) or catalog.title(text, catalog.videos, kinds=False))


def _barely_on_topic(reading: ClauseReading) -> str | None:
    """The out-of-reach reading (off-topic, out of scope) that comes within `SHOP_LEAD` of a shop request, if any."""
    reach = {intent: score for intent, score in reading.scores.items() if intent in OUT_OF_REACH}
    if not reach or reading.intent in OUT_OF_REACH:
        return None
    closest = max(reach, key=lambda intent: reach[intent])
    return closest if reading.score - reach[closest] < SHOP_LEAD else None


def _best_shop_reading(reading: ClauseReading) -> float:
    """The score of the shop request a clause reads closest to. A greeting or thanks is no shop request."""
    return max((score for intent, score in reading.scores.items() if intent not in (*OUT_OF_REACH, SMALLTALK)),
               default=0.0)


def _barely_off_topic(reading: ClauseReading) -> bool:
    """An off-topic reading this close to the best shop request is not clearly off-topic. A greeting or thanks is
    no shop request: an ask read close to one ("qual o melhor café pra aguentar o dia") is still off-topic."""
    return reading.score - _best_shop_reading(reading) < OFF_TOPIC_LEAD


def _question_product(routed: Route, catalog: Catalog) -> str | None:
    """The one product a question (or its first clause) is about: the one it names or whose videos it lists, else
    the one its named video sells."""
    for product in (routed.product_id, routed.selling):
        if product in catalog.products:
            return product
    return catalog.product_of(routed.video_id) if routed.video_id in catalog.videos else None


def _first_product(first: ClauseReading, read_from: dict[str, list[str]], question: str, catalog: Catalog) -> str | None:
    """The product the question's first request is about, as that request is routed ("the pan's unboxing clip"
    is the clip; it sells the pan)."""
    if first.intent not in _READER_INTENTS:
        return None
    said = " ".join(read_from[first.intent]) if first.intent in read_from else question
    routed = _clause_route(first.intent, said, question, catalog, single=False)
    return _question_product(routed, catalog)


def _of_context(clause: str, about: str, catalog: Catalog) -> bool:
    """The clause asks about that product, not the shop: no shop-wide cue or shop word, and no other product named
    (by id or clearly by title)."""
    if clause_cue(clause) in (Intent.VOC_OVERVIEW, Intent.REVIEW_TRIAGE) or SHOP_WORDS.search(clause):
        return False
    named = named_products(clause, catalog) or [found for found in [catalog.title(strip_entities(clause, catalog),
                                                                                  catalog.products, strict=True)] if found]
    return all(product == about for product in named)


def _one_product_titled(clause: str, catalog: Catalog) -> bool:
    """The clause names one product clearly by its title and nothing shop-wide: no "which products", no shop
    word, no id, no video."""
    if clause_cue(clause) in (Intent.VOC_OVERVIEW, Intent.REVIEW_TRIAGE) or SHOP_WORDS.search(clause) or names_an_id(clause):
        return False
    if VIDEO_WORDS.search(clause) or compared_products(clause, catalog):
        return False
    text = strip_entities(clause, catalog)
    found = catalog.title(text, catalog.products)
    # A loose match to a title other products share (an export's category titles) names a kind of product, which
    # the overview answers ("piores produtos na última semana" is near "Moveis decoracao …").
    return found is not None and (not catalog.namesakes(found) or catalog.title(text, catalog.products, strict=True) == found)


def _names_a_rule(clause: str) -> bool:
    """The clause names a marketplace rule or term: a level, a video status, a help topic."""
    return bool(_LEVELS.search(clause) or MARKETPLACE_TERMS.search(clause) or help_topic(clause))


def _only_a_product_titled(clause: str, catalog: Catalog) -> bool:
    """The clause names one product clearly by its title, and no video by the video's own words ("the leggings that
    slim your legs in 7 days" names a video without the word; "tai nghe AirBeat Pro" only shares its product's
    title with "Unboxing the AirBeat Pro ANC Wireless Earbuds")."""
    if not _one_product_titled(clause, catalog):
        return False
    text = strip_entities(clause, catalog)
    if catalog.title(text, catalog.products, strict=True) is None:
        return False
    video = catalog.title(text, catalog.videos, strict=True)
    return video is None or catalog.video_said(text, [video]) is None


def _asks_which_products(clause: str, catalog: Catalog) -> bool:
    """The clause asks about the shop's products in marketplace words ("which products", "哪几个商品") and names
    none: no id, and no title clearly."""
    if clause_cue(clause) != Intent.VOC_OVERVIEW or names_an_id(clause) or compared_products(clause, catalog):
        return False
    text = strip_entities(clause, catalog)
    return not (catalog.title(text, catalog.products, strict=True) or catalog.title(text, catalog.videos, strict=True))


def _titled_reading(reading: ClauseReading, clause: str, catalog: Catalog, *, needed: float) -> ClauseReading:
    """A clause that names a product or video by title and asks for nothing we can name with confidence ("como
    tá o vestido azul de cetim?") is about that thing, as a question naming only an id is. A clear request of
    another kind ("change the dress's price") keeps its reading."""
    text = strip_entities(clause, catalog)
    videos_asked = bool(VIDEO_WORDS.search(clause)) and not _head_is_product(clause)
    # A clause leaning off-topic or out of scope must name the title itself: a word for a kind of product is not
    # enough ("recommend a drama whose heroine wears pretty dresses" names no dress of the shop; "reading the pan's
    # reviews stresses me out, play me some chill music" names the pan, and asks for music).
    kinds = reading.intent not in OUT_OF_REACH
    if videos_asked and (found := catalog.title(text, catalog.videos, strict=True, kinds=kinds)):
        intent, title = "video_detail", catalog.videos[found]
    elif found := catalog.title(text, catalog.products, strict=True, kinds=kinds):
        # "the leggings' videos" are a product's videos
        intent, title = ("video_overview" if videos_asked else "voc_product"), catalog.products[found]
    elif kinds and (found := catalog.title(text, catalog.videos, strict=True, kinds=False)) and \
            title_coverage(text, catalog.videos[found]) >= OWN_TITLE_WORDS:
        # "how come the packing 500 orders behind-the-scenes one got flagged?": a video's own title words name it
        # without a word for a video.
        intent, title = "video_detail", catalog.videos[found]
    else:
        return reading
    # Off-topic means nothing to do with the shop; a clause barely read so that clearly names one of its products
    # or videos is about it ("me explica o que tá acontecendo com o vestido midi azul"). One read as off-topic by
    # far keeps its reading ("a short birthday poem" is not about the running shorts), and so does one clearly out of
    # scope: "change the dress's price" names the dress and is still out of reach.
    weak = reading.score < needed or (reading.intent == "offtopic" and _barely_off_topic(reading))
    if not (weak or only_names(text, title)):
        return reading
    scores = {**reading.scores, intent: max(needed, reading.scores.get(intent, needed))}
    return ClauseReading(reading.text, intent, scores[intent], scores)


def _more_products(routed: Route, question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """"Compare P-3002 and P-3001": a diagnosis for every product the question names, not only the first."""
    if routed.intent != Intent.VOC_PRODUCT:
        return []
    named = named_products(question, catalog) or compared_products(question, catalog) or []
    if routed.product_id and not named_products(question, catalog):
        named = [*named, *_namesakes(routed.product_id, named, question, catalog)]
    return [_call("voc_product", product_id=product_id, window_days=routed.window_days)
            for product_id in dict.fromkeys(named) if product_id != routed.product_id]


def _every_call(routed: Route, question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """The route's calls, and one more for every other product, video or review the question names."""
    return (_calls(routed, question) + _more_products(routed, question, catalog) + _more_videos(routed, question, catalog)
            + _more_reviews(routed, question, catalog))


def _more_reviews(routed: Route, question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """"R-WA-1 and R-COMP-1 look like competitors, can I report them?": the same check (or draft) for every review
    named, not only the first."""
    if routed.intent not in (Intent.REVIEW_ASSESS, Intent.REVIEW_APPEAL) or not routed.review_id:
        return []
    return [call for review_id in named_reviews(question, catalog) if review_id != routed.review_id
            for call in _calls(replace(routed, review_id=review_id), question)]


def _with_every_item_named(calls: list[PlannedToolCall], question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """A question that names a video and a product by id ("V-5006 is flopping and P-3002 is full of bad reviews,
    look at both") asks about each: the diagnosis of any of them no call covers yet. A product a call already
    looks at (its diagnosis, or the list of its videos) is covered."""
    products, videos = named_products(question, catalog), named_videos(question, catalog)
    if not (products and videos) or not calls:
        return calls
    covered = {str(value) for call in calls for key, value in call.arguments.items() if key in ("product_id", "video_id")}
    more = [_call("video_diagnosis", video_id=video_id) for video_id in videos if video_id not in covered]
    more += [_call("voc_product", product_id=product_id) for product_id in products if product_id not in covered]
    return [*calls, *more]


def _with_each_clause_product(calls: list[PlannedToolCall], parts: list[str], catalog: Catalog) -> list[PlannedToolCall]:
    """Clauses each read as one product's diagnosis, each naming its own product, by id or clearly by its title ("bed
    linen one 25f86162… - whats the problem. then the christmas stuff too"), ask about each: the diagnosis of any of
    them no call covers yet."""
    if len(parts) < 2:
        return calls
    covered = {str(call.arguments.get("product_id")) for call in calls if call.name == "voc_product"}
    more = []
    for part in parts:
        named = named_products(part, catalog)
        if named:
            product = named[0] if len(named) == 1 else None  # a clause naming several by id is routed as a whole
        else:
            product = catalog.title(strip_entities(part, catalog), catalog.products, strict=True)
        if product is not None and product not in covered:
            covered.add(product)
            more.append(_call("voc_product", product_id=product))
    return [*calls, *more]


def _with_the_product_beside_its_video(calls: list[PlannedToolCall], question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """A question about one video that also names, apart, the product it sells ("como ta o carregador e aquele video
    dele do 0 a 100%?") asks about that product too: its diagnosis, first."""
    videos = [str(call.arguments["video_id"]) for call in calls if call.name == "video_diagnosis"]
    if len(videos) != 1 or any(call.name == "voc_product" for call in calls):
        return calls
    product = product_beside_video(question, catalog, videos[0])
    return [_call("voc_product", product_id=product), *calls] if product else calls


def _more_videos(routed: Route, question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """"Check V-5004 and V-5001", "so sánh 2 clip V-5002 với V-OURS-00045": a diagnosis for every video named."""
    if routed.intent != Intent.VIDEO_DETAIL:
        return []
    return [_call("video_diagnosis", video_id=video_id)
            for video_id in named_videos(question, catalog) if video_id != routed.video_id]


def _namesakes(product_id: str, compared: list[str], question: str, catalog: Catalog) -> list[str]:
    """"The baby product" when several products share that title ("Bebes 0cf411", "Bebes 5ac9d9"): each of them,
    up to a comparison's worth. More than that is a whole category, which the overview shows better. Only a
    product named by its title has namesakes; one named by id or by reference is that product."""
    titled = compared or [product_id]
    if not compared:
        found = catalog.title(strip_entities(routing_text(question), catalog), catalog.products)
        if found is None or (found != product_id and found not in catalog.namesakes(product_id)):
            return []
    namesakes = [item for product in titled for item in catalog.namesakes(product)]
    return namesakes if len(titled) + len(namesakes) <= MAX_NAMESAKES else []


def _needs_data(intent: Intent) -> bool:
    return intent not in (Intent.HELP, Intent.PLAYBOOK, Intent.UNKNOWN)


def _head_is_product(text: str) -> bool:
    """The question is about a product, not a video, even when it names both: "the product in that video" and
    "视频里的商品" are about the product, "which product does that video sell, why is it weak?" about the video.
    The head of the phrase decides: the first of the two words, or the last where the language puts heads last."""
    for item in packs().values():
        product = re.search(item.chat.product_words, text, re.IGNORECASE) if item.chat.product_words else None
        if product is None:
            continue
        video = re.search(item.chat.video_words, text, re.IGNORECASE) if item.chat.video_words else None
        if video is None:
            return True
        return (product.start() > video.start()) if item.chat.head_last else (product.start() < video.start())
    return False


def _related(entity: str, routed: Route, question: str, catalog: Catalog) -> Route | None:
    """A reference that asks about something next to the thing referred to: "and its video?" after a product
    is the video that sells it; "the product in it" after a video or a review is that product; "any of its
    reviews I can report?" after a product is that product's reportable reviews."""
    own = routing_text(question)
    if entity in catalog.products:
        if routed.intent in (Intent.VIDEO_OVERVIEW, Intent.VIDEO_DETAIL) or (
                VIDEO_WORDS.search(own) and not _head_is_product(own)):
            videos = catalog.videos_about(entity)
            if len(videos) == 1:  # "and its videos?": the list of its one video, and that video's diagnosis
                return replace(routed, intent=Intent.VIDEO_DETAIL, video_id=videos[0], product_id=None, selling=entity)
            if (said := catalog.video_said(own, videos, by_meaning=True)) is not None:  # "and its unboxing video?"
                return replace(routed, intent=Intent.VIDEO_DETAIL, video_id=said, product_id=None, selling=None)
            return replace(routed, intent=Intent.VIDEO_OVERVIEW, product_id=None, selling=entity if videos else None)
        if asks_to_report(own):  # only reviews are reported: a product's reportable reviews
            return replace(routed, intent=Intent.REVIEW_TRIAGE, product_id=entity, review_id=None)
        return None
    if _head_is_product(own) and (product := catalog.product_of(entity)):
        return replace(routed, intent=Intent.VOC_PRODUCT, product_id=product, video_id=None, review_id=None)
    sold = {item: catalog.products[item] for item in catalog.video_products.get(entity, ()) if item in catalog.products}
    if sold and (product := catalog.title(own, sold)):
        # "它挂的那个充电器本身呢" after a video: the product it sells that the seller names.
        return replace(routed, intent=Intent.VOC_PRODUCT, product_id=product, video_id=None, review_id=None)
    return None


def _with_reference(routed: Route, question: str, memory: SessionMemory, catalog: Catalog) -> Route:
    """Resolve "the second one" against the entities the previous answer listed."""
    if routed.video_id and not routed.product_id and refers_back(question) and not named_videos(question, catalog) and (
            entity := resolve_ordinal(question, memory, namesakes=catalog.namesakes)) in catalog.products and \
            entity not in catalog.video_products.get(routed.video_id, ()):
        # "แล้วคลิปแกะกล่องของมันอะ" (and its unboxing clip?) after the leggings: its own unboxing video, not the one of
        # another product whose title reads closest.
        if (related := _related(entity, routed, question, catalog)) is not None:
            return related
    if (routed.product_id or routed.video_id or routed.review_id) and ordinal_in(question) is None and not (
            refers_back(question) and _loosely_titled(routed, question, catalog)):
        return routed  # "this product P-2001" names its own entity; only an ordinal overrides one
    entity = resolve_ordinal(question, memory, namesakes=catalog.namesakes)
    if entity is None:
        return routed
    if (related := _related(entity, routed, question, catalog)) is not None:
        return related
    if routed.intent == Intent.PLAYBOOK and (entity in catalog.products or entity in catalog.videos):
        # "How do I make it better?" after a product or a video: its diagnosis, then what worked elsewhere.
        return replace(routed, **({"product_id": entity} if entity in catalog.products else {"video_id": entity}))
    if entity in catalog.products:
        # "Its bad reviews, which can I report?" is that product's triage; anything else about it, its diagnosis.
        keeps = routed.intent == Intent.VOC_PRODUCT or (routed.intent == Intent.REVIEW_TRIAGE and asks_to_report(routing_text(question)))
        intent = routed.intent if keeps else Intent.VOC_PRODUCT
        return replace(routed, intent=intent, product_id=entity)
    if entity in catalog.videos:
        return replace(routed, intent=Intent.VIDEO_DETAIL, video_id=entity)
    if entity in catalog.review_ids:
        intent = routed.intent if routed.intent in (Intent.REVIEW_APPEAL, Intent.REVIEW_ASSESS) else Intent.REVIEW_ASSESS
        return replace(routed, intent=intent, review_id=entity)
    return routed


def _with_described_review(routed: Route, clause: str, question: str, memory: SessionMemory, catalog: Catalog, *,
                           asked: str | None = None) -> Route:
    """A review named by what it says rather than by its id is that review: "the one telling people to buy from
    GlowMart", "รีวิวที่เขียนมั่วๆว่า asdkjh qwe zzzz", "aquela avaliação de 2 estrelas dele". Looked for among the
    reviews of the product the question or the conversation is about, else among the shop's. The more the request
    reads as a list, the stronger the description must be:
    - asked about one review (check it, draft its appeal), any description that singles one out;
    - asked for the list of reviews to report, one the seller points at ("那条", "that one"), or one of the product's
      reviews described by its words or its kind ("the customer who said send another dress free or the 1 star
      stays");
    - read as anything else, a review the seller names as one ("cái review bảo qua shop GlowMart mua thì sao") by
      words only it holds.
    `asked` is what the clause was read to ask: a check of one review ("can that review go?") that routing turned into
    its product's diagnosis, finding no review named, is still a check of the review the question describes.
    When the words single out no review, the seller keeps the answer they would have had."""
    if routed.review_id or routed.review_text or catalog.review_described is None \
            or named_reviews(question, catalog) or quoted_review(question):
        return routed  # a review named by id or quoted is the one described: "review 38cae2… yg soal correios…, triase semua"
    # The description may sit in a clause of its own ("还有那条说货被退回寄件人的二星 能不能举报": that 2-star one saying
    # the parcel went back to the sender, can it be reported?): the whole question is read for it.
    said = routing_text(question)
    one_asked = routed.intent in (Intent.REVIEW_ASSESS, Intent.REVIEW_APPEAL) or asked in ("review_assess", "review_appeal")
    if not one_asked and routed.intent != Intent.REVIEW_TRIAGE and not (
            routed.intent in (Intent.VOC_OVERVIEW, Intent.UNKNOWN) and routed.product_id is None and _REVIEW_WORDS.search(said)):
        return routed
    product = routed.product_id
    if product is None and len(named := named_products(question, catalog)) == 1:
        product = named[0]  # "0cf411… 这个婴儿用品啥情况？还有那条…的二星": the product of the other clause
    pointed = refers_back(said)
    if product is None and pointed and memory.subject in catalog.products:
        product = memory.subject  # "e aquela avaliação de 2 estrelas dele" after the product's diagnosis
    found = catalog.review_described(strip_entities(said, catalog), product, stars_in(said))
    if found is None or (found.by == DescribedBy.MEANING and not ((one_asked or pointed) and found.among == 1)):
        # A review near in meaning is named here only when it is the one review of the product the seller asks about
        # or points at ("theres a review on it where she says she never got it, can i report that one"). Among
        # several, closeness in meaning did not tell one asked about from a list asked for ("mấy review xấu của nó,
        # cái nào tố được", its bad reviews: which can be reported?; "quais avaliação ruim da pra pedir remoção").
        return routed
    if routed.intent == Intent.REVIEW_TRIAGE and not pointed and not (product and found.by != DescribedBy.STARS) and not (
            found.by == DescribedBy.WORDS and catalog.review_described(
                strip_entities(routing_text(clause), catalog), product, stars_in(said)) == found):
        # "which 1-star reviews asking for a refund can I report" asks for the list; words only one review holds, in
        # the clause that asks for the list ("review kêu qua shop GlowMart mua cho rẻ có report dc ko"), name that
        # review. Words of another clause ("另外举报有没有时间限制": besides, is there a time limit) do not.
        return routed
    if routed.intent not in _ABOUT_REVIEWS and found.by != DescribedBy.WORDS and not one_asked:
        return routed
    # "write the appeal for the one asking for a free dress" drafts; "that one, reportable?" checks it.
    own = routing_text(clause)
    read_as_appeal = Intent.REVIEW_APPEAL in (routed.intent, asked) and not _after_a_check(memory)
    drafts = (read_as_appeal or bool(_DRAFT.search(own))) and not _ABILITY.search(own)
    return replace(routed, intent=Intent.REVIEW_APPEAL if drafts else Intent.REVIEW_ASSESS, review_id=found.review_id)


def _other_review_described(question: str, memory: SessionMemory, catalog: Catalog) -> str | None:
    """After one review's check, "the other one" with words describing a review: that review, looked for among the
    checked review's product's reviews, then the shop's; never the review just checked."""
    checked = memory.subject
    if checked not in catalog.review_ids or not says_the_other(question) or catalog.review_described is None:
        return None
    said = strip_entities(routing_text(question), catalog)
    product = catalog.product_of(checked)
    for among in dict.fromkeys((product, None)):
        found = catalog.review_described(said, among, stars_in(routing_text(question)))
        if found is not None and found.review_id != checked:
            return found.review_id
    return None


def _after_a_check(memory: SessionMemory) -> bool:
    """The last answer checked a review: "e a outra avaliação…, aquela q manda ignorar as instruções?" (and the other
    review, the one saying to ignore the instructions?) asks the same of another review, unless it asks for a draft."""
    return memory.last_turn is not None and memory.last_turn.intent == "review_assess"


def _loosely_titled(routed: Route, question: str, catalog: Catalog) -> bool:
    """The route's only entity is a product its title barely matched ("สินค้าในคลิปนั้น", the product in that clip,
    is near no title): a reference in the question says better which one is meant."""
    if routed.video_id or routed.review_id or not routed.product_id or named_products(question, catalog):
        return False
    return catalog.title(strip_entities(routing_text(question), catalog), catalog.products, strict=True) != routed.product_id


def _call(name: str, **arguments: JsonValue) -> PlannedToolCall:
    return PlannedToolCall(name=name, arguments={k: v for k, v in arguments.items() if v is not None})


def _calls(r: Route, question: str) -> list[PlannedToolCall]:
    window = r.window_days
    match r.intent:
        case Intent.VOC_OVERVIEW:
            return [_call("voc_overview", window_days=window, levels=list(r.levels) or None, sort="level", issue=r.issue_tag,
                          product_ids=list(r.products) or None)]
        case Intent.EARLY_WARNINGS:
            return [_call("voc_overview", window_days=window, sort="level")]
        case Intent.VOC_PRODUCT:
            return [_call("voc_product", product_id=r.product_id, window_days=window)]
        case Intent.VIDEO_OVERVIEW:
            underperforming = _UNDERPERFORMING.search(question)
            statuses = list(r.statuses) or (UNDERPERFORMING if underperforming else None)
            return [_call("video_overview", statuses=statuses, sort="revenue" if underperforming else "recent",
                          product_id=r.selling)]
        case Intent.VIDEO_DETAIL:
            if r.video_id is None:
                return [_call("video_overview")]
            if r.selling:  # a product's videos, of which there is one
                return [_call("video_overview", product_id=r.selling), _call("video_diagnosis", video_id=r.video_id)]
            return [_call("video_diagnosis", video_id=r.video_id)]
        case Intent.REVIEW_ASSESS:
            if r.review_id:
                return [_call("review_assess", review_id=r.review_id)]
            if r.review_text:
                return [_call("review_assess_text", text=r.review_text)]
            return [_call("review_triage")]
        case Intent.REVIEW_APPEAL:
            if r.review_id:
                language = answer_language(question)  # the draft is in the question's language
                return [_call("review_appeal", review_id=r.review_id, language=language)]
            if r.review_text:
                return [_call("review_assess_text", text=r.review_text)]
            return [_call("review_triage")]
        case Intent.REVIEW_TRIAGE:
            return [_call("review_triage", product_id=r.product_id)]
        case Intent.PLAYBOOK:
            playbook = _call("search_playbook", query=question, tags=[r.issue_tag] if r.issue_tag else None,
                             language=answer_language(question))  # its entries come back as that language's pack says them
            if r.product_id:  # advice about one product starts from what its buyers say
                return [_call("voc_product", product_id=r.product_id, window_days=window), playbook]
            if r.video_id:  # and about one video from its own funnel
                return [_call("video_diagnosis", video_id=r.video_id), playbook]
            return [playbook]
        case Intent.HELP:
            return [_call("search_help", query=question, language=answer_language(question))]
        case Intent.UNKNOWN:
            return []
    return []
