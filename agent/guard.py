"""The numeric guard: every number, level, status, category and date in a model's answer must come from the tool results.

Matching is tolerant where display rounding is expected (a rate 0.1234 supports "12.3%" and "12%";
10234.5 supports "10,234.50") and exact for counts. Small integers 1-10 (list numbering, "top 3")
and anything copied from the seller's question are allowed without support.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from agent.association import ENTITY_PATTERN, entity_labels, misattributed_terms
from agent.vocabulary import Term, Vocabulary, default_vocabulary, normalise_label
from tools.languages import codes, formatting, pack

ItemKind = Literal[
    "number", "percent", "ratio", "level", "status", "category", "decision", "date", "citation", "association", "repetition", "language", "empty", "order",
]
FREE_SMALL_INTEGERS = range(1, 11)
MIN_QUOTE_CHARS = 12

# Entity ids (P-1001, R-REP-1, PB-COLOUR-01) and ISO dates are masked before numbers are read.
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+")
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_.,])"
    r"(?P<currency>(?:Rp|IDR|VND|₫)\s?)?"
    r"(?P<digits>\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![0-9])|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?)"
    r"(?P<suffix>\s?(?:%|percent\b|per cent\b|persen\b)|\s?(?:×|x\b|times\b|倍)|[kK]\b)?"
    r"(?![0-9])"
)


class GroundingItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: ItemKind
    text: str


class GroundingReport(BaseModel):
    """What the guard found in the answer; `unsupported` is what no tool result backs."""

    model_config = ConfigDict(extra="forbid")

    checked: list[GroundingItem] = Field(default_factory=list)
    unsupported: list[GroundingItem] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.unsupported

    def describe(self) -> str:
        return "\n".join(f"- {item.text}" if item.kind in ("repetition", "language", "empty", "order") else
                         f"- {item.kind} {item.text!r} is not in the tool results" for item in self.unsupported)


@dataclass(frozen=True)
class _Reading:
    """One way to read a number written in text: its value and how much display rounding it allows."""

    value: float
    step: float  # the unit of the last shown digit
    is_integer: bool


@dataclass(frozen=True)
class _NumberMention:
    text: str
    kind: ItemKind
    readings: tuple[_Reading, ...]


def _readings(digits: str, *, thousands_dot_allowed: bool, scale: float) -> tuple[_Reading, ...]:
    readings = []
    if re.fullmatch(r"(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}", digits) or re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", digits):
        # decimal comma (Indonesian, Vietnamese, Portuguese): "12,3 persen", "R$ 1.234,50"
        decimals = len(digits.split(",")[1])
        return (_Reading(float(digits.replace(".", "").replace(",", ".")) * scale, 10.0**-decimals * scale, False),)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) and (thousands_dot_allowed or digits.count(".") > 1):
        readings.append(_Reading(float(digits.replace(".", "")) * scale, scale, True))
    if digits.count(".") <= 1:
        plain = digits.replace(",", "")
        decimals = len(plain.split(".")[1]) if "." in plain else 0
        readings.append(_Reading(float(plain) * scale, 10.0**-decimals * scale, decimals == 0 and scale == 1))
    return tuple(readings)


def _number_mentions(text: str, *, decimal_comma: bool = False) -> Iterator[tuple[int, _NumberMention]]:
    masked = _ISO_DATE.sub(lambda m: " " * len(m.group(0)), text)
    masked = _IDENTIFIER.sub(lambda m: " " * len(m.group(0)), masked)
    for match in _NUMBER.finditer(masked):
        suffix = (match.group("suffix") or "").strip().lower()
        kind: ItemKind = "number"
        if suffix in ("%", "percent", "per cent", "persen"):
            kind = "percent"
        elif suffix in ("×", "x", "times", "倍"):
            kind = "ratio"
        scale = 1000.0 if suffix == "k" else 1.0
        readings = _readings(match.group("digits"), thousands_dot_allowed=decimal_comma or bool(match.group("currency")), scale=scale)
        yield match.start(), _NumberMention(text=text[match.start() : match.end()].strip(), kind=kind, readings=readings)


def _walk(value: JsonValue) -> Iterator[JsonValue]:
    """Every value in a result. Keys are not evidence: a field name ("report") or a score's key ("coercive": 0.0) says
    nothing the tool found."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    else:
        yield value


@dataclass(frozen=True)
class _Evidence:
    numbers: tuple[float, ...]
    integers: frozenset[int]
    strings: str  # every string value in the results, normalised, as " | a | b | " for whole-string lookups
    raw_strings: tuple[str, ...]


def _collect_evidence(tool_results: Iterable[JsonValue]) -> _Evidence:
    numbers: list[float] = []
    strings: list[str] = []
    for result in tool_results:
        for leaf in _walk(result):
            if isinstance(leaf, bool) or leaf is None:
                continue
            if isinstance(leaf, int | float):
                if math.isfinite(float(leaf)):
                    numbers.append(float(leaf))
                continue
            strings.append(str(leaf))
            for _, mention in _number_mentions(str(leaf)):
                for reading in mention.readings:
                    numbers.append(reading.value)
                    if mention.kind == "percent":
                        numbers.append(reading.value / 100.0)
    integers = frozenset(int(n) for n in numbers if n.is_integer())
    normalised = " | ".join(normalise_label(s) for s in strings)
    return _Evidence(tuple(numbers), integers, f" | {normalised} | ", tuple(strings))


def _close(shown: float, actual: float, step: float) -> bool:
    """`shown` is `actual` rounded or truncated to `step`."""
    epsilon = 1e-9 * max(1.0, abs(actual))
    rounded = abs(shown - actual) <= step / 2 + epsilon
    truncated = 0 <= abs(actual) - abs(shown) < step - epsilon and shown * actual >= 0
    return rounded or truncated


def _reading_supported(reading: _Reading, kind: ItemKind, evidence: _Evidence) -> bool:
    if kind == "number" and reading.is_integer:
        value = int(reading.value)
        if value in evidence.integers:
            return True
        # a float shown rounded to a whole number (GMV 10234.5 -> "10,235"); counts stay exact
        return any(not n.is_integer() and abs(n - reading.value) <= 0.5 + 1e-9 for n in evidence.numbers)
    for actual in evidence.numbers:
        # A magnitude may be written without its sign ("87% below the benchmark" for -87.2).
        candidates = (actual, abs(actual), actual * 100.0, abs(actual) * 100.0) if kind == "percent" else (actual, abs(actual))
        if any(_close(reading.value, candidate, reading.step) for candidate in candidates):
            return True
    return False


def _free_number(mention: _NumberMention, question_numbers: set[float]) -> bool:
    for reading in mention.readings:
        if mention.kind == "number" and reading.is_integer and int(reading.value) in FREE_SMALL_INTEGERS:
            return True
        if reading.value in question_numbers:
            return True
    return False


def _term_mentions(text: str, vocabulary: Vocabulary | None) -> list[tuple[int, Term, str]]:
    """Every label written in `text` (in every language: `default_vocabulary`), longest first where two ways of
    writing one overlap."""
    found: list[tuple[int, int, Term]] = []
    for term in (vocabulary or default_vocabulary()).terms:
        for pattern in term.mention_patterns():
            found.extend((match.start(), match.end(), term) for match in pattern.finditer(text))
    found.sort(key=lambda hit: (hit[0], -(hit[1] - hit[0])))
    kept: list[tuple[int, Term, str]] = []
    covered_until = -1
    for start, end, term in found:
        if start >= covered_until:
            kept.append((start, term, text[start:end]))
            covered_until = end
    return kept


def earlier_evidence(answers: Sequence[str], vocabulary: Vocabulary | None = None) -> list[JsonValue]:
    """What earlier answers of the conversation let an answer repeat: their figures and the labels they named ("traffic
    diversion" said of a review two turns ago, recalled in the fix-first answer). Each was checked, or written from
    the results, when it was given."""
    found: list[JsonValue] = list(answers)
    for answer in answers:
        found.extend(form for _, term, _ in _term_mentions(answer, vocabulary) for form in term.evidence_forms())
    return found


def _term_supported(term: Term, evidence: _Evidence) -> bool:
    return any(f" | {normalise_label(form)} | " in evidence.strings for form in term.evidence_forms())


def _mask_verbatim_quotes(text: str, evidence: _Evidence) -> str:
    """Blank out text copied verbatim from a result (a quoted review): it is grounded by being a copy."""
    for quoted in sorted(evidence.raw_strings, key=len, reverse=True):
        if len(quoted) >= MIN_QUOTE_CHARS and quoted in text:
            text = text.replace(quoted, " " * len(quoted))
    # A whole line quoted word for word from a longer result text (a help page's rule, a playbook
    # action) is grounded the same way; short lines are not, so a bare label cannot slip through.
    lines = text.split("\n")
    for index, line in enumerate(lines):
        body = line.strip().lstrip("-*>• ").strip()
        if len(body) >= 2 * MIN_QUOTE_CHARS and any(body in quoted for quoted in evidence.raw_strings):
            lines[index] = " " * len(line)
    return "\n".join(lines)


def _decimal_comma(language: str) -> bool:
    from babel.numbers import get_decimal_symbol

    return bool(get_decimal_symbol(pack(language).locale) == ",")


def _mask_local_dates(text: str, evidence: _Evidence, language: str) -> str:
    """Blank out the results' dates written as a language pack writes them ("Nov 3, 2026", "2026年11月3日"):
    they are grounded as dates. The answer's own language first, then every other pack's."""
    if not _DIGIT_YEAR.search(text):
        return text
    days = {match.group(0) for raw in evidence.raw_strings for match in _ISO_DATE.finditer(raw)}
    for code in [language, *(code for code in codes() if code != language)]:
        for day in days:
            shown = formatting.day(day, code)
            if shown in text:
                text = text.replace(shown, " " * len(shown))
    return text


def check_grounding(
    text: str,
    tool_results: Iterable[JsonValue],
    *,
    question: str = "",
    vocabulary: Vocabulary | None = None,
    language: str = "en",
) -> GroundingReport:
    """Check every number, level, status, category and date in `text` against `tool_results`. Numbers are read
    as `language` writes them too ("1.234,5" in Portuguese), and a result's date written in that language's
    form ("20 de nov. de 2026") is the date, not two numbers."""
    tool_results = list(tool_results)
    evidence = _collect_evidence(tool_results)
    decimal_comma = _decimal_comma(language)
    question_numbers = {reading.value for _, mention in _number_mentions(question, decimal_comma=decimal_comma)
                        for reading in mention.readings}
    # Ids like R-INVALID-1 are not labels; blank them before looking for levels and categories.
    ids_kept = text
    original = ENTITY_PATTERN.sub(lambda m: " " * len(m.group(0)), text)
    text = _mask_local_dates(_mask_verbatim_quotes(original, evidence), evidence, language)
    found: list[tuple[int, GroundingItem, bool]] = []  # (position, item, supported)

    for start, mention in _number_mentions(text, decimal_comma=decimal_comma):
        supported = _free_number(mention, question_numbers) or any(
            _reading_supported(reading, mention.kind, evidence) for reading in mention.readings
        )
        found.append((start, GroundingItem(kind=mention.kind, text=mention.text), supported))

    for date_match in _ISO_DATE.finditer(text):
        day = date_match.group(0)
        supported = day in question or any(day in s for s in evidence.raw_strings)
        found.append((date_match.start(), GroundingItem(kind="date", text=day), supported))

    terms = _term_mentions(text, vocabulary)
    for start, term, surface in terms:
        found.append((start, GroundingItem(kind=term.kind, text=surface), _term_supported(term, evidence)))
    # Association is judged on the unmasked text: a label copied verbatim ("Good performance") is
    # still a claim about whichever item the sentence names.
    labels = entity_labels(tool_results)
    said = [(p, t.evidence_forms(), s) for p, t, s in _term_mentions(original, vocabulary) if _term_supported(t, evidence)]
    for start, surface in misattributed_terms(ids_kept, labels, said):
        found.append((start, GroundingItem(kind="association", text=f"{surface} (not what the results say of that item)"), False))

    found.sort(key=lambda entry: entry[0])
    return GroundingReport(
        checked=[item for _, item, _ in found],
        unsupported=[item for _, item, supported in found if not supported],
    )
