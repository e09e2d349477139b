"""Small text helpers shared by the signal detectors: normalising, language guess, quoting."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.masking import mask_contacts

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_BREAK = re.compile(r"[.!?。!?;;\n]")
_INDONESIAN_MARKERS = frozenset(
    "yang tidak gak nggak enggak barang sudah udah saya aku kak banget nya dan dengan untuk tapi jelek bagus "
    "kecewa sesuai pengiriman ulasan bintang toko kirim hubungi murah mending beli juga kami lagi".split()
)
_QUOTE_LIMIT = 140


def normalise(text: str) -> str:
    """Lower-case, unify quotes and full-width punctuation so one pattern matches every variant."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', ",": ",", ":": ":", "(": "(", ")": ")"})
    return text.translate(table).lower()


def guess_language(text: str) -> str:
    """`zh`, `id` or `en`: enough to pick lexicons and report per-language figures."""
    if _CJK.search(text):
        return "zh"
    words = re.findall(r"[a-z]+", text.lower())
    if words and sum(word in _INDONESIAN_MARKERS for word in words) / len(words) >= 0.15:
        return "id"
    return "en"


def quote_around(text: str, start: int, end: int) -> str:
    """The clause of `text` holding [start, end), masked and trimmed for display."""
    left = start
    while left > 0 and not _CLAUSE_BREAK.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and not _CLAUSE_BREAK.match(text[right]):
        right += 1
    clause = text[left : min(len(text), right + 1)].strip()
    if len(clause) > _QUOTE_LIMIT:
        window_start = max(left, start - 50)
        clause = "…" + text[window_start : min(len(text), end + 50)].strip() + "…"
    return mask_contacts(clause)


def first_match(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+|[\u4e00-\u9fff]", normalise(text))


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)
