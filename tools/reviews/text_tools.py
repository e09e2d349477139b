"""Small text helpers shared by the signal detectors: normalising, language guess, quoting, the packs' words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from tools.languages import review_fragments
from tools.masking import mask_contacts
from tools.segmentation import segment, word_boundaries
from tools.tagging.language import detect_language
from tools.untrusted_text import CleanText, escape_invisible

_CLAUSE_BREAK = re.compile(r"[.!?。!?;;\n]")
_QUOTE_LIMIT = 140


def normalise(text: str) -> str:
    """Lower-case, unify quotes and full-width punctuation so one pattern matches every variant."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', ",": ",", ":": ":", "(": "(", ")": ")"})
    return text.translate(table).lower()


def guess_language(text: str) -> str:
    """The language of a review among the packs' (English when unsure): for per-language figures."""
    language = detect_language(text)
    return language if language != "und" else "en"


def quote_around(text: str, start: int, end: int) -> str:
    """The clause of `text` holding [start, end), masked and trimmed for display. When `text` is a
    `CleanText` the quote is the buyer's original words, hidden characters shown escaped."""
    left = start
    while left > 0 and not _CLAUSE_BREAK.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and not _CLAUSE_BREAK.match(text[right]):
        right += 1
    right = min(len(text), right + 1)
    trimmed = right - left > _QUOTE_LIMIT
    if trimmed:
        left, right = max(left, start - 50), min(len(text), end + 50)
    if isinstance(text, CleanText):
        low, high = text.original_span(left, right)
        clause = escape_invisible(mask_contacts(text.original[low:high])).strip()
    else:
        clause = mask_contacts(text[left:right]).strip()
    return f"…{clause}…" if trimmed else clause


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
@cache
def _linkish() -> re.Pattern[str]:
    """Links, handles and e-mail addresses, also with the dot spelled out in any pack's word: words inside
    them ("shop-fake.com", "@broken_deals") are names, not what the buyer says about the purchase."""
    dots = "|".join(review_fragments("dot_words")) or "(?!)"
    return re.compile(
        r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.]{3,}"
        rf"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,6}}(?:/\S*)?|\b[\w-]+\s+(?:{dots})\s+[a-z]{{2,6}}\b",
        re.IGNORECASE,
    )


def blank_links(text: str) -> str:
    """`text` with links, handles and e-mail addresses blanked out, offsets kept."""
    return _linkish().sub(lambda match: " " * len(match.group(0)), text)


def on_word_edges(match: re.Match[str], text: str) -> bool:
    """Thai is written without spaces, so a word found inside a longer word is not that word ("หลุด" in
    "หลุดโลก"): it must start on one of the segmenter's word boundaries and end on one, unless it spans
    several words (the segmenter may cut a longer phrase's last word differently: "แม่|ค้าขาย")."""
    if not _THAI.search(match.group(0)):
        return True
    edges = word_boundaries(text, "pythainlp")
    if match.start() not in edges:
        return False
    return match.end() in edges or any(match.start() < edge < match.end() for edge in edges)


def fold_marks(text: str) -> str:
    """Each letter without its accents and tone marks ("đánh giá" -> "danh gia"), one character for one, so
    offsets hold: many buyers type Vietnamese and Portuguese without them."""
    return "".join(_folded_char(char) for char in text)


@lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    if char.isascii() or _THAI.match(char):
        return char
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


def first_match(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The first match of the first pattern that matches. A text typed without any marks is also read by the
    patterns' markless forms ("khong" for "không"); a text with marks is not, since "hồng" is no "hỏng"."""
    patterns = tuple(patterns)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if on_word_edges(match, text):
                return match
    folded = fold_marks(text)
    if folded != text:
        return None
    for pattern in patterns:
        plain = _folded_pattern(pattern)
        if plain is None:
            continue
        for match in plain.finditer(folded):
            # Without marks one syllable means many things ("vo": vỡ "broken", vô "into"): only phrases count.
            if " " in match.group(0).strip() and on_word_edges(match, folded):
                return match
    return None


@lru_cache(maxsize=2048)
def _folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern with its letters' marks folded, when it has any ("không" -> "khong"), else None."""
    plain = fold_marks(pattern.pattern)
    return re.compile(plain, pattern.flags) if plain != pattern.pattern else None


def words_of(text: str) -> list[str]:
    """Words of any spaced script (accented letters included), Chinese characters one by one, and Thai words of
    two characters or more as the segmenter cuts them (a regex word would stop at every vowel sign, leaving
    single letters that are found in any text)."""
    lowered = normalise(text)
    words = re.findall(r"[\u4e00-\u9fff]|[^\W_\u4e00-\u9fff\u0e00-\u0e7f]+", lowered)
    for run in _THAI_RUN.findall(lowered):
        words.extend(token for token in segment(run, "pythainlp") if len(token) >= 2)
    return words


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


@cache
def pack_patterns(field: str, *, apps: str = "", slang: str = "") -> tuple[re.Pattern[str], ...]:
    """One `ReviewWords` field of every language pack, compiled; `{apps}` and `{slang}` filled in."""
    return compile_all(
        fragment.replace("{apps}", apps).replace("{slang}", slang) for fragment in review_fragments(field)
    )
