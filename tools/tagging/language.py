"""Fast language guess for short buyer feedback: script first, then stopword profiles.

Returns "en", "zh", "id", "th", "vi", "pt" or "und". No model, no download: feedback is short and
informal, so a script check plus a few hundred common words is both faster and more robust here
than a general-purpose detector.
"""

from __future__ import annotations

import re
from functools import cache

from tools.languages import codes, pack

# The languages with a pack, in pack order: a tie in the word profiles goes to the earlier one.
SUPPORTED_LANGUAGES = codes()

_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Letters only Vietnamese uses (ă, đ, ơ, ư and the stacked-tone block); Portuguese shares á/ã/ê.
_VIETNAMESE_LETTERS = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_WORD = re.compile(r"[a-zà-ỹ']+")



@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose stopword profile (in its language pack) holds it: one dict lookup per word."""
    table: dict[str, tuple[str, ...]] = {}
    for code in SUPPORTED_LANGUAGES:
        for word in pack(code).stopwords:
            table[word] = (*table.get(word, ()), code)
    return table


_NON_LATIN = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def detect_language(text: str) -> str:
    """Guess the language of one feedback text ("und" when unsure)."""
    if not text:
        return "und"
    if _NON_LATIN.search(text) is None:
        return _detect_latin(text)
    han = len(_HAN.findall(text))
    thai = len(_THAI.findall(text))
    if han or thai:
        if _KANA_OR_HANGUL.search(text):
            return "und"
        return "zh" if han >= thai else "th"
    return "und"


def _detect_latin(text: str) -> str:
    if _VIETNAMESE_LETTERS.search(text):
        return "vi"
    table = _word_languages()
    scores: dict[str, int] = {}
    for word in _WORD.findall(text.lower()):
        for language in table.get(word, ()):
            scores[language] = scores.get(language, 0) + 1
        # Indonesian's possessive suffix: bahannya, wanginya, sellernya.
        if len(word) > 4 and word.endswith("nya"):
            scores["id"] = scores.get("id", 0) + 1
    if not scores:
        return "und"
    best = max(scores, key=lambda language: scores[language])
    # Ties go to the other language: SEA buyers mix English words into every language, and the
    # tagger always adds the English lexicon to the detected one anyway.
    runner_up = [language for language in SUPPORTED_LANGUAGES if scores.get(language) == scores[best] and language != "en"]
    return runner_up[0] if runner_up else "en"
