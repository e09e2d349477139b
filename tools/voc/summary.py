"""What buyers say about one product, and what to do about it, written from its diagnosis alone.

The offline summary is extractive: the top issues with their shares, the buyer sentences that stand for each
issue (the one most like the issue's other evidence), the words buyers use most, the change since the previous
period and what was left out. Every number is the diagnosis's own, formatted for the seller's language; every
quote is a buyer's own words. The action plan is templated: one step per top issue, built from the playbook
entry for that issue in the product's category and filled with the product's facts (the issue's count and share,
the words buyers name it with, the videos that sold it, the early warning, the previous period). When the data
supports no step it says what to check instead. Words live in the language packs (`summary_*`, `plan_*`,
`action_<issue>`), so a seventh language is one more pack.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tools.languages import FALLBACK, pack, say
from tools.languages import formatting as fmt
from tools.untrusted_text import escape_invisible
from tools.voc.models import ActionStep, EvidenceQuote, IssueShare, ProductDiagnosis, ProductSummary, SummaryQuote

TOP_ISSUES = 3  # issues a summary names and a plan has a step for
QUOTED_ISSUES = 2  # issues a summary quotes a buyer for
MAX_QUOTE = 120  # characters of a quote
MIN_QUOTE = 8  # a shorter sentence ("Bad.") says nothing of its own
MIN_STEPS = 3
MAX_STEPS = 5
SAME_RATE = 0.005  # a change in the negative rate smaller than this is no change
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_QUOTED_WORDS = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
TEMPLATE_NUMBERS = frozenset({"7"})  # "the last 7 days": the early warning's fixed window, in every pack


def explain(d: ProductDiagnosis, *, playbook: Mapping[str, str] | None = None, language: str = FALLBACK) -> ProductDiagnosis:
    """The diagnosis with its summary and action plan. `playbook`: issue tag -> the playbook entry for it in the
    product's category (the knowledge base knows them; none when the category has no playbook)."""
    return d.model_copy(update={"summary": summarise(d, language=language),
                                "action_plan": plan_actions(d, playbook=playbook or {}, language=language)})


def summarise(d: ProductDiagnosis, *, language: str = FALLBACK) -> ProductSummary:
    """Two to four sentences: complaints and shares, buyers' words, the change, what was left out."""
    language = pack(language).code
    days = d.window.days
    sentences: list[str] = []
    quotes: list[SummaryQuote] = []
    if d.negative_items == 0:
        sentences.append(say(language, "summary_none", days=fmt.number(days, language),
                             orders=fmt.number(d.estimate.orders, language)))
    else:
        top = d.issues[:TOP_ISSUES]
        negative = fmt.number(d.negative_items, language)
        if top:
            named = [f"{issue_name(language, issue)} ({fmt.percent(issue.share, language, 0)})" for issue in top]
            sentences.append(_counted(language, "summary_issues", d.negative_items, negative=negative,
                                      days=fmt.number(days, language), issues=_listed(language, named)))
        else:
            sentences.append(_counted(language, "summary_no_issue", d.negative_items, negative=negative,
                                      days=fmt.number(days, language)))
        quotes = representative_quotes(top[:QUOTED_ISSUES]) if top else [
            SummaryQuote(item_id=item.item_id, issue_tag="", text=sentences_of[0])
            for item in d.unranked_evidence[:QUOTED_ISSUES] if (sentences_of := _sentences(item))]
        words = [keyword.keyword for keyword in d.keywords[:3]]
        shown = " ".join(f"“{quote.text}”" for quote in quotes)
        if quotes and words:
            sentences.append(say(language, "summary_voice", quotes=shown, words=_listed(language, words)))
        elif quotes:
            sentences.append(say(language, "summary_quotes", quotes=shown))
        elif words:
            sentences.append(say(language, "summary_words", words=_listed(language, words)))
    if (change := _change(d, language)) is not None:
        sentences.append(change)
    if d.excluded:
        sentences.append(_counted(language, "summary_excluded", len(d.excluded), count=fmt.number(len(d.excluded), language)))
    return ProductSummary(text=_joined(sentences[:4]), language=language, quotes=quotes)


def plan_actions(d: ProductDiagnosis, *, playbook: Mapping[str, str], language: str = FALLBACK) -> list[ActionStep]:
    """Three to five steps from the playbook for the product's top issues, with its own facts; fewer when the
    data supports fewer (no complaints: nothing to fix; complaints naming no issue: what to check)."""
    language = pack(language).code
    days = fmt.number(d.window.days, language)
    if d.negative_items == 0:
        return [ActionStep(kind="check", text=say(language, "plan_nothing", days=days))]
    steps: list[ActionStep] = []
    negative = fmt.number(d.negative_items, language)
    for issue in d.issues[:TOP_ISSUES]:
        cited = [playbook[issue.tag]] if issue.tag in playbook else []
        words = _words_naming(d, issue)
        named = say(language, "plan_named", words=_listed(language, words)) if words else ""
        action = pack(language).messages.get(f"action_{issue.tag}") or say(language, "action_other")
        steps.append(ActionStep(kind="issue", playbook_ids=cited, text=say(
            language, "plan_issue", action=action, label=issue_name(language, issue), count=fmt.number(issue.count, language),
            negative=negative, share=fmt.percent(issue.share, language, 0), named=named)))
    if not d.issues:
        steps.append(ActionStep(kind="check", text=_counted(
            language, "plan_check_few", d.negative_items, count=negative, min=fmt.number(d.issue_min_mentions, language))))
    if d.videos_to_check:
        videos = _listed(language, [f"“{video.title}”" for video in d.videos_to_check[:3]])
        cited = [playbook["misleading_promotion"]] if "misleading_promotion" in playbook else []
        steps.append(ActionStep(kind="videos", playbook_ids=cited, text=say(language, "plan_videos", videos=videos)))
    for warning in d.early_warnings[:1]:
        cited = [playbook[warning.tag]] if warning.tag in playbook else []
        label = issue_name(language, warning)
        steps.append(ActionStep(kind="warning", playbook_ids=cited, text=say(
            language, "plan_warning", label=label, recent=fmt.number(warning.last_7_days, language),
            before=fmt.number(warning.previous_7_days, language))))
    if len(steps) < MIN_STEPS - 1:
        # Few issues to act on: answering the buyers who complained is a step every product can take.
        steps.append(ActionStep(kind="reply", text=_counted(language, "plan_reply", d.negative_items, count=negative,
                                                            days=days)))
    now = fmt.percent(d.estimate.rate, language)
    cited = [playbook[d.issues[0].tag]] if d.issues and d.issues[0].tag in playbook else []
    orders = fmt.number(d.estimate.orders, language)
    if d.previous is not None and d.previous.orders:
        measure = _counted(language, "plan_measure", d.estimate.orders, now=now, orders=orders,
                           before=fmt.percent(d.previous.rate, language), days=days)
    else:
        measure = _counted(language, "plan_measure_first", d.estimate.orders, now=now, orders=orders, days=days)
    # Past five steps, the third and second issues give way to the warning and the videos to check (this week's
    # news outranks a smaller issue); the steps keep their order.
    order = [*steps[:1], *[step for step in steps if step.kind in ("warning", "videos", "check")], *steps[1:]]
    priority: dict[int, int] = {}
    for rank, step in enumerate(order):
        priority.setdefault(id(step), rank)
    kept = {id(step) for step in sorted(steps, key=lambda step: priority[id(step)])[:MAX_STEPS - 1]}
    return [step for step in steps if id(step) in kept] + [ActionStep(kind="measure", playbook_ids=cited, text=measure)]


def stated_figures(d: ProductDiagnosis, language: str) -> set[str]:
    """Every figure a summary or plan of `d` may state, as `language` writes it (numbers and percentages)."""
    counts = [d.negative_items, d.window.days, d.estimate.orders, d.estimate.negative_orders, len(d.excluded),
              d.issue_min_mentions, *(issue.count for issue in d.issues),
              *(n for warning in d.early_warnings for n in (warning.last_7_days, warning.previous_7_days))]
    rates = [d.estimate.rate, *([d.previous.rate] if d.previous else [])]
    found = {fmt.number(value, language) for value in counts}
    # A rate rounded to whole percent is the same figure ("19%" for 19.1%, "100%" for 100.0% of one order).
    found |= {fmt.percent(value, language, digits) for value in rates for digits in (1, 0)}
    found |= {fmt.percent(issue.share, language, 0) for issue in d.issues}
    # The product's own name and id may be written out ("SuperVolt 65W", "Pet shop a1692a"): their digits are no claim.
    named = {token for text in (d.title, d.product_id) for token in _NUMBER.findall(text)}
    return {token for text in found for token in _NUMBER.findall(text)} | named | TEMPLATE_NUMBERS


def unstated_figures(d: ProductDiagnosis, text: str, language: str) -> list[str]:
    """Numbers in `text`, outside quotes of buyers or titles, that are not among the diagnosis's figures."""
    allowed = stated_figures(d, language)
    return sorted({token for token in _NUMBER.findall(_QUOTED.sub(" ", text)) if token not in allowed})


def own_words(d: ProductDiagnosis, text: str) -> str:
    """A summary's own words: the buyers' quotes and the keywords they use most taken out (both stay in the
    buyers' language, whatever the seller's)."""
    words = _QUOTED.sub(" ", text)
    for keyword in d.keywords:
        words = words.replace(keyword.keyword, " ")
    return words


def reads_as(d: ProductDiagnosis, text: str) -> str:
    """The language a summary's own words (numbers aside) read as: "und" when too little to tell."""
    from tools.tagging.language import detect_language

    return detect_language(_NUMBER.sub(" ", own_words(d, text)))


def unnamed_issues(d: ProductDiagnosis, text: str, language: str) -> list[IssueShare]:
    """The product's top issues the text does not name as the diagnosis does, in the seller's language."""
    return [issue for issue in d.issues[:TOP_ISSUES] if issue_name(language, issue).casefold() not in text.casefold()]


def invented_quotes(d: ProductDiagnosis, text: str) -> list[str]:
    """Quoted words in `text` (“…” or "…") that no buyer of the product wrote (a quote cut with '…' counts as
    its beginning)."""
    feedback = [" ".join(quote.text.split()).casefold()
                for quote in [*(q for issue in d.issues for q in issue.evidence), *d.unranked_evidence]]
    quoted = ["".join(groups) for groups in _QUOTED_WORDS.findall(text)]
    return [quote for quote in quoted
            if not any(" ".join(quote.split()).casefold().rstrip("…").strip() in item for item in feedback)]


def first_action(tag: str | None, language: str = FALLBACK) -> str | None:
    """What to do first about a product whose top issue is `tag`: the first step of its plan, without the
    figures (the overview's one line per product, where no product is diagnosed in full)."""
    return pack(language).messages.get(f"action_{tag}") or pack(FALLBACK).messages.get(f"action_{tag}") if tag else None


def issue_name(language: str, issue: IssueShare | object) -> str:
    """An issue's name in the seller's language (the pack's word for it), else its English label."""
    tag = str(getattr(issue, "tag", ""))
    return pack(language).glossary.get(tag) or str(getattr(issue, "label", tag))


def representative_quotes(issues: list[IssueShare]) -> list[SummaryQuote]:
    """For each issue, the buyer sentence that stands for it: most like the issue's other evidence and least like
    the other issues' (character trigrams, any script), so the quote says what many buyers say about this issue and
    not a filler every complaint shares ("Very disappointed."). A quote repeating an earlier one is skipped."""
    sentences = {issue.tag: [(item, sentence) for item in issue.evidence for sentence in _sentences(item)] for issue in issues}
    grams = {tag: [_trigrams(sentence) for _, sentence in found] for tag, found in sentences.items()}
    chosen: list[SummaryQuote] = []
    for issue in issues:
        own = grams[issue.tag]
        others = [gram for tag, found in grams.items() if tag != issue.tag for gram in found]

        def score(index: int, own: list[set[str]] = own, others: list[set[str]] = others) -> float:
            alike = [_jaccard(own[index], gram) for k, gram in enumerate(own) if k != index]
            apart = [_jaccard(own[index], gram) for gram in others]
            return (sum(alike) / len(alike) if alike else 0.0) - (sum(apart) / len(apart) if apart else 0.0)

        for index in sorted(range(len(own)), key=lambda index: -score(index)):
            item, text = sentences[issue.tag][index]
            if any(quote.item_id == item.item_id or _jaccard(_trigrams(quote.text), own[index]) > 0.6 for quote in chosen):
                continue
            chosen.append(SummaryQuote(item_id=item.item_id, issue_tag=issue.tag, text=text))
            break
    return chosen


def _sentences(item: EvidenceQuote) -> list[str]:
    """The evidence's sentences worth quoting (at least a few words), each at most `MAX_QUOTE` characters;
    invisible characters shown escaped. A text with no such sentence is quoted whole, cut if long."""
    text = " ".join(escape_invisible(item.text).split())
    found = [part.strip() for part in _SENTENCE_END.split(text) if len(part.strip()) >= MIN_QUOTE]
    if not found and text:
        found = [text]
    return [part if len(part) <= MAX_QUOTE else part[:MAX_QUOTE].rstrip() + "…" for part in found]


def _trigrams(text: str) -> set[str]:
    folded = " ".join(text.casefold().split())
    return {folded[k:k + 3] for k in range(max(len(folded) - 2, 1))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _words_naming(d: ProductDiagnosis, issue: IssueShare) -> list[str]:
    """The product's characteristic keywords that buyers use in this issue's evidence ("navy", "sky blue")."""
    texts = " ".join(item.text.casefold() for item in issue.evidence)
    return [keyword.keyword for keyword in d.keywords if keyword.keyword.casefold() in texts][:3]


def _change(d: ProductDiagnosis, language: str) -> str | None:
    if d.previous is None or not d.previous.orders or not d.estimate.orders:
        return None
    values = {"before": fmt.percent(d.previous.rate, language), "now": fmt.percent(d.estimate.rate, language),
              "days": fmt.number(d.window.days, language)}
    if abs(d.estimate.rate - d.previous.rate) < SAME_RATE:
        return say(language, "summary_change_same", **values)
    return say(language, "summary_change_up" if d.estimate.rate > d.previous.rate else "summary_change_down", **values)


def _counted(language: str, key: str, count: int, /, **values: object) -> str:
    """A message about `count` things: the pack's singular form (`<key>_one`) for one, when its language has one."""
    singular = f"{key}_one"
    return say(language, singular if count == 1 and singular in pack(language).messages else key, **values)


def _listed(language: str, items: list[str]) -> str:
    """"a, b and c" in the seller's language."""
    if len(items) <= 1:
        return "".join(items)
    return say(language, "list_and", head=say(language, "list_comma").join(items[:-1]), last=items[-1])


def _joined(sentences: list[str]) -> str:
    """Sentences one after another: a space after a Latin or Thai sentence, none after a full-width full stop."""
    text = ""
    for sentence in (sentence.strip() for sentence in sentences if sentence.strip()):
        text += sentence if not text or text.endswith(("。", "！", "？")) else " " + sentence
    return text
