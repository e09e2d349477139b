"""Text normalisation that keeps character offsets, so evidence can quote the buyer's own words.

Two views of the text, both the same length as each other: `lowered` (lower case, accents kept,
curly quotes straightened) and `folded` (also without accents: "não" → "nao", "đ" → "d").
Elongated words ("sooo lateee") are squeezed to one letter; `offsets` maps each normalised index
back to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


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
_ELONGATED = re.compile(r"([a-z])\1{2,}")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    lowered: str
    folded: str
    offsets: tuple[int, ...] | None  # None when no character was dropped

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        first, last = self.span_in_original(start, end)
        return self.original[first:last]


def normalize_text(text: str) -> NormalizedText:
    lowered = text.translate(_LOWER)
    folded = text.translate(_FOLD)
    if _ELONGATED.search(folded) is None:
        return NormalizedText(text, lowered, folded, None)
    keep: list[int] = []
    for index, char in enumerate(folded):
        # Drop a letter when it repeats the previous one and the run is 3+ long.
        if index and char == folded[index - 1] and char.isalpha() and _in_long_run(folded, index):
            continue
        keep.append(index)
    return NormalizedText(
        text,
        "".join(lowered[i] for i in keep),
        "".join(folded[i] for i in keep),
        tuple(keep),
    )


def _in_long_run(folded: str, index: int) -> bool:
    char = folded[index]
    start = index
    while start > 0 and folded[start - 1] == char:
        start -= 1
    end = index
    while end + 1 < len(folded) and folded[end + 1] == char:
        end += 1
    return end - start + 1 >= 3
