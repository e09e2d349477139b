"""Untrusted text as the detectors read it: the visible characters, with what was hidden undone.

Reviews and chats can hide what they say from a filter while a person still reads it: zero-width
characters inside "WhatsApp", Cyrillic letters that look Latin, fullwidth or math-bold letters, an RTL
override, soft hyphens, letters spaced out ("W h a t s A p p", "s.h.o.p") or a phone number spelled
in words. `clean` undoes each of these, in this order:

1. drop invisible characters (format characters such as zero-width spaces, bidi controls, tag
   characters and soft hyphens, plus the blank "fillers" that render as nothing);
2. Unicode NFKC, one character and its combining marks at a time (fullwidth, math letters, circled digits;
   Thai and Lao only composed, as NFKC splits their vowel "ำ"); marks still on an ASCII letter or digit after
   that are decoration and go ("W̶h̶a̶t̶s̶", a keycap "0️⃣"), and digits of other scripts read as ASCII
   digits ("๐๘๑" is "081");
3. fold letters of other scripts to the ASCII letter they are confusable with, using Unicode's
   confusables table as shipped by `confusable-homoglyphs` (scripts we read, Han, Thai, Hangul, kana
   and Latin with its diacritics, are never folded, so "đánh giá" and "一星" stay as written), and the
   letters Unicode itself names as a styled form of one ASCII letter ("LATIN LETTER SMALL CAPITAL W" "ᴡ",
   "NEGATIVE SQUARED LATIN CAPITAL LETTER W" "🆆"), which NFKC leaves alone;
4. join runs of single letters or digits separated by one or two separators (punctuation, symbols,
   emoji or spaces: "s.h.o.p", "W✨h✨a✨t✨s"), and digit words spelled out in any language pack ("zero
   eight one two ...", "kosong delapan ...") into digits.

The result is a `CleanText`: a `str` (what detectors match against) that remembers, for every
character, where it came from in the original, so a quote can always be the buyer's own words.
`escape_invisible` shows the hidden characters of the original, for the CLI and the app.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from tools.languages import packs

# Not format characters (Cf), yet rendered as nothing: fillers, the combining grapheme joiner,
# variation selectors, Mongolian free variation selectors, the braille blank.
_BLANKS = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x2800, 0x3164, 0xFFA0]
    + list(range(0xFE00, 0xFE10))
)
_KEEP_FORMAT = frozenset([0x200D])  # the zero-width joiner inside emoji sequences is not hiding anything
# Scripts whose letters are read as written; folding "一" to "-" or "ๅ" to "า" would change words.
_UNFOLDED_SCRIPTS = frozenset({"LATIN", "HAN", "THAI", "HANGUL", "HIRAGANA", "KATAKANA", "LAO", "BOPOMOFO"})
_FOLD_TARGET = re.compile(r"[A-Za-z0-9]{1,2}|[.@:/_-]")
# Unicode's names for letters drawn as one ASCII letter in another style.
_STYLED_LETTER = re.compile(
    r"(?:LATIN LETTER SMALL CAPITAL|(?:NEGATIVE )?(?:SQUARED|CIRCLED) LATIN CAPITAL LETTER) ([A-Z])"
)
_STYLED_BLOCKS = ((0x0250, 0x02B0), (0x1D00, 0x1D80), (0xA720, 0xA800), (0x1F100, 0x1F200))
_KEEP_COMPAT = re.compile(r"[\u0e00-\u0eff]")  # Thai and Lao
# Between the single letters of a word written apart: a space, punctuation, a symbol or an emoji (not a new line,
# an @ that starts a handle, a slash between sizes "S/M/L", brackets that hold a word, or a mark: Thai vowels and tone
# marks sit between its letters).
_NOT_SEPARATORS = frozenset("@/()[]{}<>")


@cache
def _single_run() -> re.Pattern[str]:
    """Runs of three or more single letters or digits, each apart from the next by one or two separators."""
    separator = _separator()
    marks = "[" + _char_class(lambda char: unicodedata.category(char)[0] == "M") + "]"
    alone = rf"[^\W_](?![^\W_]|{marks})"  # a letter or digit that no letter or mark follows (a Thai vowel is in a word)
    return re.compile(rf"(?<![^\W_]|{marks}){alone}(?:{separator}{{1,2}}{alone}){{2,}}")


@cache
def _separator() -> str:
    return "[ \\t" + _char_class(lambda char: unicodedata.category(char)[0] in "PS" and char not in _NOT_SEPARATORS) + "]"


def _char_class(wanted: Callable[[str], bool]) -> str:
    """The body of a regex character class holding every character up to U+1FFFF that `wanted` accepts."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x21, 0x20000):
        if wanted(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "") for low, high in ranges)


def _is_selector(char: str) -> bool:
    """A variation selector: invisible, it picks how the character before it is drawn (text or emoji)."""
    return 0xFE00 <= ord(char) <= 0xFE0F


def _typeset_punctuation(text: str, start: int, unit: str) -> bool:
    """Punctuation or a space as CJK text is typeset ("，", "：", "　"): its plain form hides nothing. Between two
    Latin letters or digits ("wa．me") it is a link or a handle written so filters miss it."""
    if not all(unicodedata.category(char)[0] in "PZ" for char in unit):
        return False
    before, after = text[start - 1 : start], text[start + len(unit) : start + len(unit) + 1]
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def is_invisible(char: str) -> bool:
    code = ord(char)
    if code in _KEEP_FORMAT:
        return False
    return code in _BLANKS or unicodedata.category(char) == "Cf"


@cache
def _confusable_table() -> dict[str, str]:
    """Character -> the ASCII it is confusable with, for characters of scripts we fold."""
    from confusable_homoglyphs import categories

    raw = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for char, homoglyphs in raw.items():
        if len(char) != 1 or char.isascii():
            continue
        if categories.alias(char) in _UNFOLDED_SCRIPTS:
            continue
        target = next((item["c"] for item in homoglyphs if _FOLD_TARGET.fullmatch(item["c"])), None)
        if target is not None:
            table[char] = target
    return table


@cache
def _styled_letters() -> dict[str, str]:
    """Character -> the ASCII letter Unicode names it a style of, for the styles NFKC does not undo."""
    table: dict[str, str] = {}
    for low, high in _STYLED_BLOCKS:
        for code in range(low, high):
            named = _STYLED_LETTER.fullmatch(unicodedata.name(chr(code), ""))
            if named is not None:
                table[chr(code)] = named.group(1).lower()  # drawn in one case only, they stand for either
    return table


def _plain(normal: str) -> str:
    """A character as NFKC gave it, with its decoration taken off: combining marks left on an ASCII letter or digit
    (NFKC composed every real accent: "ệ", "ã") and another script's digits read as ASCII ones."""
    base, marks = normal[:1], normal[1:]
    if marks and base.isascii() and base.isalnum() and all(unicodedata.category(mark)[0] == "M" for mark in marks):
        return base
    if len(normal) == 1 and not normal.isascii() and unicodedata.category(normal) == "Nd":
        return str(unicodedata.decimal(normal))
    return normal


@cache
def _digit_words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(a run of six or more digit words, one digit word, word -> digit) over every pack."""
    words: dict[str, str] = {}
    for language in packs().values():
        words.update({word.casefold(): digit for word, digit in language.digit_words.items()})
    alternation = "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True)) or "(?!)"
    # Six or more in a row: a phone number or an id, never a count in a sentence. Chinese and Thai
    # write them without spaces, so only Latin letters mark a word's edge.
    run = re.compile(
        rf"(?<![A-Za-z])(?:{alternation})(?:[\s,.-]{{0,3}}(?:{alternation})){{5,}}(?![A-Za-z])", re.IGNORECASE
    )
    return run, re.compile(alternation, re.IGNORECASE), words


class CleanText(str):
    """The cleaned text. `spans[i]` is the (start, end) of the original that the character at `i` was
    read from; `changes` says in words what was undone, for evidence."""

    original: str
    spans: tuple[tuple[int, int], ...]
    changes: tuple[str, ...]

    def __new__(
        cls, text: str, *, original: str, spans: tuple[tuple[int, int], ...], changes: tuple[str, ...]
    ) -> CleanText:
        made = super().__new__(cls, text)
        made.original, made.spans, made.changes = original, spans, changes
        return made

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that the cleaned span [start, end) was read from, with the
        invisible characters that trail it."""
        covered = self.spans[max(0, start) : min(end, len(self))]
        if not covered:
            return len(self.original), len(self.original)
        low, high = min(span[0] for span in covered), max(span[1] for span in covered)
        while high < len(self.original) and is_invisible(self.original[high]):
            high += 1
        return low, high


_OVERRIDE_RTL, _POP = "\u202e", "\u202c"


def _display_order(text: str) -> list[tuple[int, str]]:
    """(index, character) in the order a reader sees them: an RTL override shows the text after it
    reversed up to its pop or the line's end, so "\u202eppAstahW" reads "WhatsApp"."""
    ordered: list[tuple[int, str]] = []
    index = 0
    while index < len(text):
        if text[index] != _OVERRIDE_RTL:
            ordered.append((index, text[index]))
            index += 1
            continue
        end = index + 1
        while end < len(text) and text[end] not in (_POP, "\n"):
            end += 1
        ordered.append((index, text[index]))
        ordered.extend(reversed([(position, text[position]) for position in range(index + 1, end)]))
        index = end
    return ordered


def _units(text: str) -> list[tuple[int, str]]:
    """(start, characters) in display order: each character with the combining marks that follow it.
    A zero-width joiner stays only between emoji, where it joins a family or a skin tone."""
    units: list[tuple[int, str]] = []
    for index, char in _display_order(text):
        joiner = ord(char) in _KEEP_FORMAT
        if joiner and not (units and unicodedata.category(units[-1][1][-1]).startswith("S")):
            char = "\u200b"  # a joiner between letters hides a break: drop it as invisible
        # A mark or a joiner belongs to the character before it, and so does a variation selector, though it is
        # invisible: the keycap "1\ufe0f\u20e3" is one unit, read "1".
        if units and (_is_selector(char) or (unicodedata.category(char).startswith("M") or joiner) and not is_invisible(char)):
            start, chars = units[-1]
            units[-1] = (start, chars + char)
        else:
            units.append((index, char))
    return units


Piece = tuple[str, int, int]  # replacement text, and the span of the cleaned text it stands for


def _join_runs(
    chars: list[str], spans: list[tuple[int, int]], pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], list[Piece]],
) -> bool:
    matches = list(pattern.finditer("".join(chars)))
    changed = False
    for match in reversed(matches):
        new_chars: list[str] = []
        new_spans: list[tuple[int, int]] = []
        for piece, start, end in replace(match):
            source = (spans[start][0], spans[end - 1][1])
            new_chars.extend(piece)
            new_spans.extend([source] * len(piece))
        changed = changed or new_chars != chars[match.start() : match.end()]
        chars[match.start() : match.end()] = new_chars
        spans[match.start() : match.end()] = new_spans
    return changed


@cache
def _spaced_handle() -> re.Pattern[str]:
    """A handle written apart: "@ shop _ abc" and "@✨shop" read "@shop_abc" and "@shop" (an underscore only ever
    joins a name)."""
    return re.compile(rf"@{_separator()}+(?=[^\W_])|(?<=[^\W_])\s+_\s*(?=[^\W_])|(?<=[^\W_])_\s+(?=[^\W_])")


def _closed_up(match: re.Match[str]) -> list[Piece]:
    """The match without what parts it: only the @, the underscore and letters or digits stay."""
    return [(char, match.start() + offset, match.start() + offset + 1)
            for offset, char in enumerate(match.group(0)) if char.isalnum() or char in "@_"]


def _joined_singles(match: re.Match[str]) -> list[Piece]:
    """The run's letters and digits, a space where letters turn to digits ("W h a t s A p p 0 8" stays two words)
    and where a space parts letters that punctuation joins ("s.m.a.l.l s.h.o.p" is two words)."""
    text = match.group(0)
    singles = [(offset, char) for offset, char in enumerate(text) if char.isalnum()]
    gaps = [text[before + 1 : after] for (before, _), (after, _) in zip(singles, singles[1:], strict=False)]
    words_apart = any(gap.strip() for gap in gaps) and any(" " in gap for gap in gaps)
    pieces: list[Piece] = []
    for index, (offset, char) in enumerate(singles):
        position = match.start() + offset
        if index and (char.isdigit() != singles[index - 1][1].isdigit() or (words_apart and " " in gaps[index - 1])):
            pieces.append((" ", position - 1, position))
        pieces.append((char, position, position + 1))
    return pieces


# A phone-like number with letters standing in for digits: "09o9.OOO.221", "O812-3456-789O".
_NUMBER_WITH_LOOKALIKES = re.compile(r"(?<![A-Za-z0-9])[0-9oOlI](?:[0-9oOlI]|[.\- ](?=[0-9oOlI])){6,}(?![A-Za-z0-9])")
_AS_DIGIT = {"o": "0", "O": "0", "l": "1", "I": "1"}


def _digit_lookalikes(chars: list[str]) -> bool:
    """Turn look-alike letters into digits inside numbers that are mostly digits (same length, so spans hold)."""
    changed = False
    for match in _NUMBER_WITH_LOOKALIKES.finditer("".join(chars)):
        # The number runs from its first group with a real digit to its last ("lo 09o9.OOO.221": not "lo").
        groups = [group for group in re.finditer(r"[^.\- ]+", match.group(0)) if any(c.isdigit() for c in group.group(0))]
        if not groups:
            continue
        start, end = match.start() + groups[0].start(), match.start() + groups[-1].end()
        token = "".join(chars[start:end])
        digits = sum(char.isdigit() for char in token)
        letters = sum(char in _AS_DIGIT for char in token)
        if letters and digits >= 4 and digits >= letters:
            for offset, char in enumerate(token):
                if char in _AS_DIGIT:
                    chars[start + offset] = _AS_DIGIT[char]
            changed = True
    return changed


def clean(text: str) -> CleanText:
    """The text as detectors should read it (see the module docstring)."""
    if isinstance(text, CleanText):
        return text
    return _clean(text)


@lru_cache(maxsize=8192)
def _clean(text: str) -> CleanText:  # titles and chat lines repeat across a shop's reviews
    table, styled = _confusable_table(), _styled_letters()
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    hidden = folded = widened = 0
    for start, unit in _units(text):
        visible = "".join(char for char in unit if not is_invisible(char))
        # An emoji's or a keycap's variation selector picks how it is drawn and hides nothing; after a letter it does.
        hidden += sum(is_invisible(char) and not (_is_selector(char) and not unit[0].isalpha()) for char in unit)
        if not visible:
            continue
        # Thai and Lao keep their letters: NFKC splits the vowel "ำ" in two ("น้ำ" would match no Thai word).
        composed = unicodedata.normalize("NFC", visible) if _KEEP_COMPAT.search(visible) else unicodedata.normalize("NFKC", visible)
        normal = "".join(styled.get(char, char) for char in _plain(composed))
        # Full-width punctuation and spaces are how Chinese and Japanese are typed ("，", "："): read as plain, not
        # counted as hiding anything. Full-width or stylised letters and digits are.
        widened += normal != unicodedata.normalize("NFC", visible) and not _typeset_punctuation(text, start, unit)
        for char in normal:
            target = table.get(char)
            if target is not None:
                folded += 1
                char = target
            chars.extend(char)
            spans.extend([(start, start + len(unit))] * len(char))
    mixed_digits = _digit_lookalikes(chars)
    spaced = _join_runs(chars, spans, _single_run(), _joined_singles)
    spaced = _join_runs(chars, spans, _spaced_handle(), _closed_up) or spaced
    run, single, words = _digit_words()

    def spelled(match: re.Match[str]) -> list[Piece]:
        return [
            (words[word.group(0).casefold()], match.start() + word.start(), match.start() + word.end())
            for word in single.finditer(match.group(0))
        ]

    spelled_out = _join_runs(chars, spans, run, spelled)
    changes = [
        message for count, message in (
            (hidden, f"{hidden} invisible character(s) removed"),
            (folded, f"{folded} look-alike letter(s) from another alphabet read as Latin"),
            (widened, f"{widened} full-width or stylised character(s) read as plain ones"),
            (spaced, "letters or digits written apart read together"),
            (spelled_out, "digits spelled out in words read as digits"),
            (mixed_digits, "letters standing in for digits in a number read as digits"),
        ) if count
    ]
    return CleanText("".join(chars), original=text, spans=tuple(spans), changes=tuple(changes))


def escape_invisible(text: str) -> str:
    """The text with each invisible character shown as `⟨U+200B⟩`, so a seller sees what is hidden."""
    if not any(is_invisible(char) for char in text):
        return text
    return "".join(f"⟨U+{ord(char):04X}⟩" if is_invisible(char) else char for char in text)
