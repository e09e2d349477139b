"""The labels the guard checks: VoC levels, video statuses, malicious-review categories.

Each `Term` says how it may be written in an answer (`mentions`) and what in a tool result backs it
(`evidence`). Levels and statuses count as mentions when written as the product prints them (first
letter upper-case: "At Risk", "Can do better") or as enum names ("CAN_DO_BETTER"), so ordinary prose
("you can do better") is not mistaken for a status. Categories are matched case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

TermKind = Literal["level", "status", "category"]


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

    def mention_patterns(self) -> list[re.Pattern[str]]:
        patterns = []
        label_words = self.label.split()
        if self.case_sensitive_initial:
            first, rest = self.label[0], self.label[1:]
            escaped_rest = r"[\s_\-]+".join(re.escape(word) for word in rest.split(" ")) if rest else ""
            patterns.append(re.compile(rf"(?<![A-Za-z]){re.escape(first.upper())}(?i:{escaped_rest})(?![A-Za-z])"))
            patterns.append(re.compile(rf"(?<![A-Za-z]){'_'.join(w.upper() for w in label_words)}(?![A-Za-z])"))
        else:
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

# The six categories of the reference (002_...): how answers name them, and the ids a result may carry.
# The reviews tool's real ids are added as evidence when the lead wires it (`Vocabulary.with_terms`).
MALICIOUS_CATEGORIES: tuple[Term, ...] = (
    Term("category", "repeated malicious review", (r"repeated\s+malicious(?:\s+reviews?)?",), ("repeated", "repeated malicious"), False),
    Term("category", "coercive review", (r"coercive(?:\s+reviews?)?",), ("coercive", "coercion"), False),
    Term("category", "competitor review", (r"competitor\s+reviews?",), ("competitor",), False),
    Term("category", "traffic-diversion review", (r"traffic[\s\-]+diversion(?:\s+reviews?)?",), ("traffic diversion",), False),
    Term("category", "wrong review", (r"wrong\s+reviews?",), ("wrong", "wrong review"), False),
    Term("category", "invalid review", (r"invalid\s+reviews?",), ("invalid",), False),
)

DEFAULT_VOCABULARY = Vocabulary(
    terms=(
        *(Term("level", label) for label in VOC_LEVELS),
        *(Term("status", label) for label in VIDEO_STATUSES),
        *MALICIOUS_CATEGORIES,
    )
)
