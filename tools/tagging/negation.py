"""Negation: does a negator shortly before a hit (same clause) cancel it?

"no problems at all", "not broken", "没有色差", "tidak rusak", "ไม่แตก", "không bị hỏng".
Checked only around hits, so texts without hits cost nothing here. A clause ends at punctuation or
a contrast word ("but", "tapi", "但是"): in "not cheap but it broke" the "not" never reaches "broke".
Post-negators cover the languages that put the negation after the noun ("色差不大", "lecet ga ada").
"""

from __future__ import annotations

import re

from tools.tagging.lexicon import Lexicon
from tools.tagging.matcher import fold_phrase

_SPACED_LOOKBACK_WORDS = 3
_UNSPACED_LOOKBACK_CHARS = 4
# Hedges reach further than negators: "was afraid it would arrive late", "担心收到会是假的".
_HEDGE_LOOKBACK_WORDS = 6
_HEDGE_LOOKBACK_CHARS = 8
_WINDOW_CHARS = 64
_CLAUSE_BREAK = r"[.,!?;:\n，。！？；：、…()（）]"


def _alternation(phrases: set[str], *, spaced: bool) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) if spaced else re.escape(phrase) for phrase in ordered]
    return "(?:" + "|".join(parts) + ")"


class NegationRules:
    """Negation regexes for a bundle of lexicons (one spaced and one unspaced flavour)."""

    def __init__(self, lexicons: tuple[Lexicon, ...]) -> None:
        self._hedges: dict[bool, re.Pattern[str] | None] = {}
        self._inside: dict[bool, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        self._rules: dict[bool, tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        for spaced in (True, False):
            group = [lexicon for lexicon in lexicons if lexicon.spaced == spaced]
            negators = {fold_phrase(word, keep_accents=lex.keep_accents) for lex in group for word in lex.negators}
            hedges = {fold_phrase(word, keep_accents=lex.keep_accents) for lex in group for word in lex.hedges}
            exceptions = {fold_phrase(word, keep_accents=lex.keep_accents) for lex in group for word in lex.negator_exceptions}
            contrasts = {fold_phrase(word, keep_accents=lex.keep_accents) for lex in group for word in lex.contrasts}
            post = {fold_phrase(word, keep_accents=lex.keep_accents) for lex in group for word in lex.post_negators}
            for lex in group:  # folded variants too: buyers often type without accents
                if lex.keep_accents:
                    negators |= {fold_phrase(w, keep_accents=False) for w in lex.negators}
                    exceptions |= {fold_phrase(w, keep_accents=False) for w in lex.negator_exceptions}
                    contrasts |= {fold_phrase(w, keep_accents=False) for w in lex.contrasts}
                    post |= {fold_phrase(w, keep_accents=False) for w in lex.post_negators}
            if not negators:
                self._rules[spaced] = (None, None, None, None)
                self._hedges[spaced] = None
                self._inside[spaced] = (None, None)
                continue
            word = r"(?<![\w'])" if spaced else ""
            end = r"(?![\w'])" if spaced else ""
            gap = rf"(?:\s+\S+){{0,{_SPACED_LOOKBACK_WORDS - 1}}}\s*$" if spaced else rf".{{0,{_UNSPACED_LOOKBACK_CHARS}}}$"
            negator_regex = re.compile(f"{word}{_alternation(negators, spaced=spaced)}{end}{gap}")
            hedge_gap = rf"(?:\s+\S+){{0,{_HEDGE_LOOKBACK_WORDS - 1}}}\s*$" if spaced else rf".{{0,{_HEDGE_LOOKBACK_CHARS}}}$"
            self._hedges[spaced] = re.compile(f"{word}{_alternation(hedges, spaced=spaced)}{end}{hedge_gap}") if hedges else None
            exception_regex = re.compile(f"{word}{_alternation(exceptions, spaced=spaced)}{end}") if exceptions else None
            contrast_regex = (
                re.compile(f"(?:{_CLAUSE_BREAK}|{word}{_alternation(contrasts, spaced=spaced)}{end})") if contrasts else re.compile(_CLAUSE_BREAK)
            )
            post_regex = re.compile(rf"^\s*(?:\S{{0,2}}\s*)?{_alternation(post, spaced=spaced)}{end}") if post else None
            self._rules[spaced] = (negator_regex, exception_regex, contrast_regex, post_regex)
            self._inside[spaced] = (re.compile(f"{word}{_alternation(negators, spaced=spaced)}{end}"), exception_regex)

    def negated_inside(self, matched: str, phrase: str, *, spaced: bool) -> bool:
        """A gap pattern whose gap holds a negator the phrase itself lacks: "做工不差" is not "做工~差"."""
        negator_regex, exception_regex = self._inside[spaced]
        if negator_regex is None:
            return False
        literal = phrase.replace("~", " ")
        if exception_regex is not None:
            matched = exception_regex.sub(" _ ", matched)
            literal = exception_regex.sub(" _ ", literal)
        return len(negator_regex.findall(matched)) > len(negator_regex.findall(literal))

    def is_negated(self, view: str, start: int, end: int, *, spaced: bool) -> bool:
        negator_regex, exception_regex, contrast_regex, post_regex = self._rules[spaced]
        if negator_regex is None:
            return False
        window = view[max(0, start - _WINDOW_CHARS) : start]
        clause_start = 0
        for clause_break in contrast_regex.finditer(window):  # type: ignore[union-attr]
            clause_start = clause_break.end()
        clause = window[clause_start:]
        if exception_regex is not None:
            clause = exception_regex.sub(" _ ", clause)
        if negator_regex.search(clause):
            return True
        hedge_regex = self._hedges[spaced]
        if hedge_regex is not None and hedge_regex.search(clause):
            return True
        if post_regex is not None:
            after = view[end : end + 16]
            return post_regex.search(after) is not None
        return False

