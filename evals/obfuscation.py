"""Obfuscated variants of a review, the ways abusers hide words from filters while people still read them.

Each transform is deterministic and leaves the text looking the same to a reader (or nearly: spaced-out
contacts). The triage suite checks that a review the classifier gets right keeps its category under
every transform (`evaluate_obfuscation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

ZERO_WIDTH = "\u200b"
SOFT_HYPHEN = "\u00ad"
RTL_OVERRIDE, POP = "\u202e", "\u202c"
# Latin letter -> a Cyrillic or Greek letter drawn the same.
HOMOGLYPHS = str.maketrans({
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "s": "ѕ", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
})
_WORD = re.compile(r"[A-Za-z0-9@._-]+|[^\W\d_]+")


def zero_width(text: str) -> str:
    """A zero-width space after every second letter of each word."""
    return _WORD.sub(lambda match: "".join(
        char + (ZERO_WIDTH if index % 2 == 1 and index < len(match.group(0)) - 1 else "")
        for index, char in enumerate(match.group(0))
    ), text)


def soft_hyphens(text: str) -> str:
    """A soft hyphen every third letter of each word (invisible unless the line breaks there)."""
    return _WORD.sub(lambda match: "".join(
        char + (SOFT_HYPHEN if index % 3 == 2 and index < len(match.group(0)) - 1 else "")
        for index, char in enumerate(match.group(0))
    ), text)


def homoglyphs(text: str) -> str:
    return text.translate(HOMOGLYPHS)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


def rtl_override(text: str) -> str:
    """Each line stored reversed behind an RTL override, so it displays as written."""
    return "\n".join(f"{RTL_OVERRIDE}{line[::-1]}{POP}" if line else line for line in text.split("\n"))


def spaced_contacts(text: str) -> str:
    """Tokens that carry a digit, an @ or a dot (numbers, handles, links) spelled out with spaces."""
    def spread(match: re.Match[str]) -> str:
        token = match.group(0)
        return " ".join(token) if len(token) >= 4 and re.search(r"[\d@.]", token) else token

    return re.sub(r"[A-Za-z0-9@._-]+", spread, text)


def mixed(text: str) -> str:
    return zero_width(homoglyphs(text))


_SMALL_CAPITALS = str.maketrans(dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True)))


def small_capitals(text: str) -> str:
    """Latin letters as small capitals ("ᴡʜᴀᴛꜱᴀᴘᴘ"), which NFKC leaves as they are."""
    return re.sub(r"[A-Za-z]+", lambda match: match.group(0).lower().translate(_SMALL_CAPITALS), text)


def enclosed_letters(text: str) -> str:
    """Latin letters in black squares ("🆆🅷🅰🆃🆂🅰🅿🅿"), which NFKC leaves as they are."""
    return re.sub(r"[A-Za-z]", lambda match: chr(0x1F170 + ord(match.group(0).upper()) - ord("A")), text)


def strikethrough(text: str) -> str:
    """A combining long stroke over every Latin letter and digit ("W̶h̶a̶t̶s̶")."""
    return re.sub(r"[A-Za-z0-9]", lambda match: match.group(0) + "\u0336", text)


def keycap_digits(text: str) -> str:
    """Each digit as a keycap emoji ("0️⃣8️⃣1️⃣")."""
    return re.sub(r"[0-9]", lambda match: match.group(0) + "\ufe0f\u20e3", text)


def thai_digits(text: str) -> str:
    """Digits written with Thai numerals ("๐๘๑")."""
    return re.sub(r"[0-9]", lambda match: chr(0x0E50 + int(match.group(0))), text)


_LATIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff@]{4,}")  # accented letters too: "também", "được"


def emoji_between_letters(text: str) -> str:
    """An emoji between the letters of every Latin word of four or more ("W✨h✨a✨t✨s")."""
    return _LATIN_WORD.sub(lambda match: "✨".join(match.group(0)), text)


def dotted_words(text: str) -> str:
    """A dot between the letters of every Latin word of four or more ("s.h.o.p")."""
    return _LATIN_WORD.sub(lambda match: ".".join(match.group(0)), text)


_APPS = re.compile(r"whats\s?app|telegram|instagram|zalo|wechat|messenger|line", re.IGNORECASE)
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"})


def leet_app_names(text: str) -> str:
    """Messaging apps' names with digits for letters ("wh4t5app", "t3l3gr4m")."""
    return _APPS.sub(lambda match: match.group(0).translate(_LEET), text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "zero_width": zero_width,
    "soft_hyphens": soft_hyphens,
    "homoglyphs": homoglyphs,
    "fullwidth": fullwidth,
    "rtl_override": rtl_override,
    "spaced_contacts": spaced_contacts,
    "homoglyphs_and_zero_width": mixed,
    "small_capitals": small_capitals,
    "enclosed_letters": enclosed_letters,
    "strikethrough": strikethrough,
    "keycap_digits": keycap_digits,
    "thai_digits": thai_digits,
    "emoji_between_letters": emoji_between_letters,
    "dotted_words": dotted_words,
    "leet_app_names": leet_app_names,
}
