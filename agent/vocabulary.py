"""The labels the guard checks: VoC levels, video statuses, malicious-review categories and decisions.

Levels and statuses are written as the marketplace prints them, in English, in every language. Categories are
also written as each language pack's glossary words them, and decisions as each pack's answers word them
(`tools.languages.AnswerWords`): a language's words live in its pack.

Each `Term` says how it may be written in an answer (`mentions`) and what in a tool result backs it
(`evidence`). Levels and statuses count as mentions when written as the product prints them (first
letter upper-case: "At Risk", "Can do better") or as enum names ("CAN_DO_BETTER"), so ordinary prose
("you can do better") is not mistaken for a status. Categories are matched case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from tools.languages import LanguagePack, packs

TermKind = Literal["level", "status", "category", "decision"]


def normalise_label(text: str) -> str:
    """Lower-case words separated by single spaces: "AT_RISK", "At-Risk" and "at risk" all become "at risk"."""
    return " ".join(re.split(r"[\s_\-]+", text.strip().lower())).strip()


@dataclass(frozen=True)
class Term:
    kind: TermKind
    label: str
    mentions: tuple[str, ...] = ()  # regexes for extra ways an answer may write it
    evidence: tuple[str, ...] = ()  # extra result strings that back it (e.g. a category id)
    case_sensitive_initial: bool = True
    plain_label: bool = True  # False: only `mentions` find it (for ids that are also ordinary words)

    def mention_patterns(self) -> list[re.Pattern[str]]:
        patterns = []
        label_words = self.label.split()
        if self.case_sensitive_initial:
            first, rest = self.label[0], self.label[1:]
            escaped_rest = r"[\s_\-]+".join(re.escape(word) for word in rest.split(" ")) if rest else ""
            patterns.append(re.compile(rf"(?<![A-Za-z]){re.escape(first.upper())}(?i:{escaped_rest})(?![A-Za-z])"))
            patterns.append(re.compile(rf"(?<![A-Za-z]){'_'.join(w.upper() for w in label_words)}(?![A-Za-z])"))
        elif self.plain_label:
            joined = r"[\s_\-]+".join(re.escape(word) for word in label_words)
            patterns.append(re.compile(rf"(?<![A-Za-z])(?i:{joined})(?![A-Za-z])"))
        patterns.extend(re.compile(rf"(?<![A-Za-z])(?i:{extra})(?![A-Za-z])") for extra in self.mentions)
        return patterns

    def evidence_forms(self) -> tuple[str, ...]:
        return (self.label, *self.evidence)


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[Term, ...] = field(default_factory=tuple)

    def with_terms(self, *terms: Term) -> Vocabulary:
        return Vocabulary(terms=self.terms + terms)


VOC_LEVELS = ("At Risk", "Needs Attention", "Market Average", "Below Average")
VIDEO_STATUSES = ("Trigger violation", "Did not meet threshold", "Can do better", "Good performance", "In evaluation")

# The reviews tool's category ids and the ways an answer writes them. Single-word ids that are also
# ordinary words ("invalid", "competitor") count only as "<id> review" or when set in bold as a label.
MALICIOUS_CATEGORIES: tuple[Term, ...] = (
    Term("category", "repeat_negative", (r"repeat(?:ed)?[\s_\-]+negative(?:\s+reviews?)?", r"repeated\s+malicious(?:\s+reviews?)?"), (), False),
    Term("category", "coercive", (r"coercive(?:\s+reviews?)?",), (), False),
    Term("category", "competitor", (r"competitor\s+reviews?", r"(?<=\*\*)competitor(?=\*\*)"), (), False, False),
    Term("category", "traffic_diversion", (r"traffic[\s_\-]+diversion(?:\s+reviews?)?",), (), False),
    Term("category", "wrong_product", (r"wrong[\s_\-]+product(?:\s+reviews?)?", r"wrong\s+reviews?"), (), False),
    Term("category", "invalid", (r"invalid\s+reviews?", r"(?<=\*\*)invalid(?=\*\*)"), (), False, False),
    Term("category", "not_malicious", (r"not[\s_\-]+malicious",), (), False),
)


def _written_as(label: str) -> str:
    """A pack's word for a label as a mention: its words in order, any spacing between them."""
    return r"\s+".join(re.escape(word) for word in label.split())


def _categories(shipped: Iterable[LanguagePack]) -> tuple[Term, ...]:
    """The categories, each also as every pack names it: its glossary word ("胁迫性评价", "avaliação com chantagem")
    and the help page's name its appeals use ("Unfair review by a competitor", "Reclamação legítima")."""
    shipped = list(shipped)
    terms = []
    for term in MALICIOUS_CATEGORIES:
        names = {name for item in shipped for name in (item.glossary.get(term.label), item.appeal.categories.get(term.label)) if name}
        terms.append(replace(term, mentions=term.mentions + tuple(_written_as(name) for name in sorted(names))))
    return tuple(terms)


def _decisions(shipped: Iterable[LanguagePack]) -> tuple[Term, ...]:
    """What to do with a review, as each pack's answers word it: an answer that tells the seller to report it, to
    check it first, or not to report it must have a tool result that decided so."""
    phrases: dict[str, list[str]] = {}
    for item in shipped:
        for decision, patterns in item.answers.review_decisions.items():
            phrases.setdefault(decision, []).extend(patterns)
    # "check_first" and "do_not_report" written as such are mentions too; "report" alone is too ordinary a word.
    return tuple(Term("decision", decision, tuple(found), (), False, decision != "report") for decision, found in phrases.items())


@cache
def default_vocabulary() -> Vocabulary:
    """Every label the guard checks, in every shipped language. Built on first use: it reads the language packs."""
    shipped = packs().values()
    return Vocabulary(
        terms=(
            *(Term("level", label) for label in VOC_LEVELS),
            *(Term("status", label) for label in VIDEO_STATUSES),
            *_categories(shipped),
            *_decisions(shipped),
        )
    )
