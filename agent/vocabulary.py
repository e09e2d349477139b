"""The labels the guard checks: VoC levels, video statuses, malicious-review categories and decisions.

Each `Term` says how it may be written in an answer (`mentions`) and what in a tool result backs it
(`evidence`). Levels and statuses count as mentions when written as the product prints them (first
letter upper-case: "At Risk", "Can do better") or as enum names ("CAN_DO_BETTER"), so ordinary prose
("you can do better") is not mistaken for a status. Categories are matched case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

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

# What to do with a review: an answer that tells the seller to report it, to check first, or not to report, must have
# a tool result that decided so ("report" alone is too ordinary a word to check: only "you can/should report it" and
# "worth reporting" say the seller should).
REVIEW_DECISIONS: tuple[Term, ...] = (
    Term("decision", "report", (
        r"(?:can|should|could|may)\s+(?:go\s+ahead\s+and\s+|definitely\s+|safely\s+)?report\s+(?:it|this|that|the\s+review)\b",
        r"(?<!not\s)(?<!n't\s)worth\s+reporting",
    ), (), False, False),
    Term("decision", "check_first", (r"check(?:ing)?\s+(?:it\s+|this\s+|them\s+)?(?:first|before\s+(?:you\s+)?report\w*)",), (), False),
    Term("decision", "do_not_report", (r"(?:do\s+not|don'?t|never|should\s+not|shouldn'?t)\s+report\b",), (), False),
)

DEFAULT_VOCABULARY = Vocabulary(
    terms=(
        *(Term("level", label) for label in VOC_LEVELS),
        *(Term("status", label) for label in VIDEO_STATUSES),
        *MALICIOUS_CATEGORIES,
        *REVIEW_DECISIONS,
    )
)
