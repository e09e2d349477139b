"""Text normalisation that keeps character offsets, so evidence can quote the buyer's own words.

Two views of the text, both the same length as each other: `lowered` (lower case, accents kept,
curly quotes straightened) and `folded` (also without accents: "não" → "nao", "đ" → "d").
Elongated words ("sooo lateee") are squeezed to one letter; `offsets` maps each normalised index
back to the original text.
"""

from __future__ import annotations

import re
import unicodedata


class _CharTable(dict[int, str]):
    """str.translate table filled on demand: one output character per input character."""

    def __init__(self, *, fold: bool) -> None:
        super().__init__()
        self._fold = fold

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        mapped = _SPECIAL.get(char)
        if mapped is None:
            lowered = char.lower()
            mapped = lowered if len(lowered) == 1 else char
            if self._fold and mapped.isalpha() and not mapped.isascii() and codepoint < 0x2000:
                base = unicodedata.normalize("NFD", mapped)[0]
                mapped = base if base.isascii() else mapped
        self[codepoint] = mapped
        return mapped


_SPECIAL = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "Đ": "đ", "\u00a0": " ", "\u3000": " "}
_LOWER = _CharTable(fold=False)
_FOLD = _CharTable(fold=True)
_FOLD[ord("đ")] = "d"
_FOLD[ord("Đ")] = "d"
# Any run of one Latin letter collapses to a single letter, in texts and lexicon phrases alike:
# "sooo lateee" and "MISING" (a dropped double letter, a common typo) then match "so late", "missing".
_REPEATED_LETTER = re.compile(r"([a-z])\1+")


def squeeze_repeats(folded: str) -> str:
    return _REPEATED_LETTER.sub(r"\1", folded)


def _kept_positions(folded_raw: str) -> list[int]:
    """Indices of `folded_raw` that survive `squeeze_repeats` (the first letter of each run)."""
    keep: list[int] = []
    resume = 0
    for run in _REPEATED_LETTER.finditer(folded_raw):
        keep.extend(range(resume, run.start() + 1))
        resume = run.end()
    keep.extend(range(resume, len(folded_raw)))
    return keep


class NormalizedText:
    """The folded, squeezed view of a text (built at once) and, on demand, the accented view and
    the map back to original offsets (only texts with hits ever need them)."""

    __slots__ = ("original", "folded", "_folded_raw", "_squeezed", "_keep", "_lowered")

    def __init__(self, original: str) -> None:
        self.original = original
        self._folded_raw = original.translate(_FOLD)
        self.folded = squeeze_repeats(self._folded_raw)
        self._squeezed = len(self.folded) != len(self._folded_raw)
        self._keep: list[int] | None = None
        self._lowered: str | None = None

    def _positions(self) -> list[int]:
        if self._keep is None:
            self._keep = _kept_positions(self._folded_raw)
        return self._keep

    @property
    def lowered(self) -> str:
        """Lower case with accents kept (Vietnamese), squeezed at the same places as `folded`."""
        if self._lowered is None:
            lowered_raw = self.original.translate(_LOWER)
            self._lowered = "".join(lowered_raw[i] for i in self._positions()) if self._squeezed else lowered_raw
        return self._lowered

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        if not self._squeezed:
            return start, end
        keep = self._positions()
        last = keep[end - 1]
        # Extend over the rest of a squeezed run, so the quote shows "lateee", not "late".
        while last + 1 < len(self._folded_raw) and self._folded_raw[last + 1] == self._folded_raw[last] and (
            last + 1 not in keep[end:end + 1]
        ):
            last += 1
        return keep[start], last + 1

    def quote(self, start: int, end: int) -> str:
        first, last = self.span_in_original(start, end)
        return self.original[first:last]


def normalize_text(text: str) -> NormalizedText:
    return NormalizedText(text)
