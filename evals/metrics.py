"""Pure metric functions: inputs in, numbers out. No I/O, no model, no store.

Every metric is a share in [0, 1] (higher is better) unless its name says otherwise
(`false_positive_rate`, latency in milliseconds).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, JsonValue

from agent.guard import check_grounding
from evals.cases import ExpectedToolCall, Fact

NUMBER_KINDS = frozenset({"number", "percent", "ratio"})


class PrecisionRecall(BaseModel):
    model_config = ConfigDict(extra="forbid")

    precision: float
    recall: float
    f1: float


class GroundingCounts(BaseModel):
    """How many checkable items an answer holds and how many the tool results back."""

    model_config = ConfigDict(extra="forbid")

    numbers_checked: int = 0
    numbers_supported: int = 0
    claims_checked: int = 0
    claims_supported: int = 0
    unsupported: list[str] = []


def share(numerator: float, denominator: float, *, empty: float = 1.0) -> float:
    """`numerator / denominator`, or `empty` when there is nothing to score (nothing wrong was said)."""
    return round(numerator / denominator, 4) if denominator else empty


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def precision_recall(true_positives: int, predicted: int, actual: int) -> PrecisionRecall:
    """Precision, recall and F1; an empty prediction of an empty truth scores 1."""
    precision = share(true_positives, predicted, empty=1.0 if actual == 0 else 0.0)
    recall = share(true_positives, actual, empty=1.0)
    return PrecisionRecall(precision=precision, recall=recall, f1=_f1(precision, recall))


# --- tools -----------------------------------------------------------------------------------

def tool_trajectory_f1(expected: Sequence[str], called: Sequence[str]) -> PrecisionRecall:
    """F1 over the multiset of tool names: the right tools, each as often as expected, order ignored."""
    overlap = sum((Counter(expected) & Counter(called)).values())
    return precision_recall(overlap, len(called), len(expected))


def _normalise_argument(value: JsonValue) -> JsonValue:
    if isinstance(value, str):
        return value.strip().casefold()
    if isinstance(value, list):
        return sorted((_normalise_argument(item) for item in value), key=repr)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def argument_match(expected: Sequence[ExpectedToolCall], called: Sequence[tuple[str, Mapping[str, JsonValue]]]) -> float:
    """Share of expected key arguments that some call of the same tool passed with an equal value.

    Each expected call is matched to the same-named call that agrees on most of its key arguments.
    """
    wanted = sum(len(call.arguments) for call in expected)
    if wanted == 0:
        return 1.0
    matched = 0
    for call in expected:
        best = 0
        for name, arguments in called:
            if name != call.name:
                continue
            agree = sum(
                1 for key, value in call.arguments.items()
                if key in arguments and _normalise_argument(arguments[key]) == _normalise_argument(value)
            )
            best = max(best, agree)
        matched += best
    return share(matched, wanted)


# --- facts -----------------------------------------------------------------------------------

def normalise_text(text: str) -> str:
    """Case-folded, width-folded, single-spaced; underscores read as spaces (AT_RISK is "at risk")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.split(r"[\s_]+", folded)).strip()


def states(answer: str, fact: Fact) -> bool:
    """Does the answer state the fact in any accepted spelling?

    Latin spellings match whole words, and a hyphen joins words: "invalid" is not stated by the id
    "R-INVALID-1", nor "P-1001" by "P-10012". A lone "-" (no VoC verdict) is matched as a word too.
    """
    text = f" {normalise_text(answer)} "
    for spelling in fact.spellings():
        wanted = normalise_text(spelling)
        if not wanted:
            continue
        if wanted.isascii():
            if re.search(rf"(?<![a-z0-9\-]){re.escape(wanted)}(?![a-z0-9\-])", text):
                return True
        elif wanted in text:
            return True
    return False


def fact_accuracy(answer: str, must_state: Sequence[Fact]) -> float:
    """Share of the expected facts the answer states."""
    return share(sum(1 for fact in must_state if states(answer, fact)), len(must_state))


def forbidden_facts_stated(answer: str, must_not_state: Sequence[Fact]) -> list[Fact]:
    """The facts the answer must not state but does."""
    return [fact for fact in must_not_state if states(answer, fact)]


# --- grounding and citations ------------------------------------------------------------------

def grounding_counts(answer: str, tool_results: Iterable[JsonValue], *, question: str = "") -> GroundingCounts:
    """Run the agent's numeric guard over an answer: numbers, levels, statuses, categories and dates."""
    from agent.offline.messages import answer_language

    report = check_grounding(answer, list(tool_results), question=question, language=answer_language(question))
    unsupported_keys = {(item.kind, item.text) for item in report.unsupported}
    numbers = [item for item in report.checked if item.kind in NUMBER_KINDS]
    return GroundingCounts(
        numbers_checked=len(numbers),
        numbers_supported=sum(1 for item in numbers if (item.kind, item.text) not in unsupported_keys),
        claims_checked=len(report.checked),
        claims_supported=len(report.checked) - len(report.unsupported),
        unsupported=[f"{item.kind}:{item.text}" for item in report.unsupported],
    )


def citation_validity(cited: Sequence[str], *, retrieved: Iterable[str], known: Iterable[str]) -> float:
    """Share of cited ids that exist in the knowledge base and were retrieved in that turn."""
    retrieved_ids, known_ids = set(retrieved), set(known)
    return share(sum(1 for item in cited if item in known_ids and item in retrieved_ids), len(cited))


_BRACKETED_ID = re.compile(r"\[((?:PB|HELP|KB)[A-Za-z0-9_.:\-]*)\]", re.IGNORECASE)


def bracketed_ids(answer: str) -> list[str]:
    """Ids the answer cites in square brackets, e.g. [PB-COLOUR-01]."""
    return list(dict.fromkeys(_BRACKETED_ID.findall(answer)))


def groundedness_proxy(counts: GroundingCounts, citation_share: float, *, answered_from_tools: bool) -> float:
    """A cheap stand-in for a judge: supported claims, valid citations, and an answer that used data.

    The mean of three parts: claims backed by tool results, citations valid, and 1 when the answer
    came from at least one successful tool call (0 when it needed data and had none).
    """
    claims = share(counts.claims_supported, counts.claims_checked)
    return round((claims + citation_share + (1.0 if answered_from_tools else 0.0)) / 3, 4)


# --- classification ---------------------------------------------------------------------------

def multiclass_scores(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Micro-F1 (= accuracy for single-label), macro-F1 over labels seen in truth or prediction."""
    labels = sorted({label for pair in pairs for label in pair})
    per_label = []
    for label in labels:
        true_positives = sum(1 for expected, predicted in pairs if expected == label and predicted == label)
        predicted = sum(1 for _, p in pairs if p == label)
        actual = sum(1 for e, _ in pairs if e == label)
        per_label.append(precision_recall(true_positives, predicted, actual).f1)
    correct = sum(1 for expected, predicted in pairs if expected == predicted)
    return {
        "micro_f1": share(correct, len(pairs), empty=0.0),
        "macro_f1": round(sum(per_label) / len(per_label), 4) if per_label else 0.0,
    }


def multilabel_scores(pairs: Sequence[tuple[frozenset[str], frozenset[str]]]) -> dict[str, float]:
    """Micro- and macro-F1 over sets of labels per item (issue tags)."""
    labels = sorted({label for expected, predicted in pairs for label in expected | predicted})
    total_tp = total_pred = total_true = 0
    per_label = []
    for label in labels:
        true_positives = sum(1 for e, p in pairs if label in e and label in p)
        predicted = sum(1 for _, p in pairs if label in p)
        actual = sum(1 for e, _ in pairs if label in e)
        total_tp, total_pred, total_true = total_tp + true_positives, total_pred + predicted, total_true + actual
        per_label.append(precision_recall(true_positives, predicted, actual).f1)
    return {
        "micro_f1": precision_recall(total_tp, total_pred, total_true).f1,
        "macro_f1": round(sum(per_label) / len(per_label), 4) if per_label else 0.0,
    }


def false_positive_rate(pairs: Sequence[tuple[str, str]], *, negative_label: str) -> float:
    """Share of truly negative items (genuine complaints) predicted as anything else. Lower is better."""
    negatives = [predicted for expected, predicted in pairs if expected == negative_label]
    return share(sum(1 for predicted in negatives if predicted != negative_label), len(negatives), empty=0.0)


# --- appeals and injections --------------------------------------------------------------------

_NUMBERED_LINE = re.compile(r"^\s*1[.)]\s+\S", re.MULTILINE)
_CHECKBOX_LINE = re.compile(r"^\s*\[[ xX✓]\]\s+\S", re.MULTILINE)


def appeal_elements_present(text: str, *, category_labels: Sequence[str], review_id: str, raw_contacts: Sequence[str],
                            block_markers: tuple[str, str]) -> dict[str, bool]:
    """Which elements of a good appeal the draft holds (each checked on the text the seller submits)."""
    begin, end = block_markers
    begin_at, end_at = text.find(begin), text.rfind(end)
    return {
        "category": any(label and label.casefold() in text.casefold() for label in category_labels),
        "numbered_evidence": bool(_NUMBERED_LINE.search(text)),
        "attachment_checklist": bool(_CHECKBOX_LINE.search(text)),
        "masked_contacts": not any(contact and contact in text for contact in raw_contacts),
        "quoted_review_block": bool(begin) and 0 <= begin_at < end_at,
        "review_id": review_id in text,
    }


def completeness(present: Mapping[str, bool], required: Iterable[str]) -> float:
    wanted = list(required)
    return share(sum(1 for name in wanted if present.get(name, False)), len(wanted))


def leaked(text: str, forbidden: Iterable[str]) -> list[str]:
    """Forbidden strings (prompt sentences, setting names, key values) found in an output."""
    folded = normalise_text(text)
    return [item for item in forbidden if item and normalise_text(item) in folded]


# --- latency and usage ------------------------------------------------------------------------

def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p50 = 0.5); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return round(ordered[rank - 1], 3)


def mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0
