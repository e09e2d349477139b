"""The offline answers' words, per language: pick the language from the question, then `say` a message.

Templates live in each language pack's `messages.py` (`tools/languages/<code>/`), keyed alike, with
named placeholders; a key a pack lacks falls back to English. Marketplace vocabulary stays as the marketplace prints it (VoC levels, video
statuses, malicious-category ids): `gloss` adds the local word after it, so the eval facts and the
numeric guard still find the original. Numbers are formatted by the callers exactly as in English.
"""

from __future__ import annotations

import re

from agent.planning import Plan
from tools.accents import restorer
from tools.languages import pack, packs, without_accents
from tools.languages import say as pack_say
from tools.tagging.language import detect_language

Language = str  # a language pack's code ("en", "zh", "id", "th", "vi", "pt", or any pack added later)


def languages() -> tuple[str, ...]:
    return tuple(packs())


# Marketplace words a question may quote in English ("Apa itu status video Did not meet threshold?").
_MARKETPLACE_TERMS = re.compile(
    r"At Risk|Needs Attention|Market Average|Below Average|Trigger violation|Did not meet threshold|"
    r"Can do better|Good performance|In evaluation|[A-Z]+-[A-Z0-9-]+",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|「[^」]*」|'[^']{12,}'")
_WORD = re.compile(r"[a-zà-ÿ]+")
# What a word an accent model would accent counts for its language, against a question or common word (1): chosen
# on the chat's development rounds, where 0.5 tells 5 more unaccented Vietnamese questions from Portuguese,
# English and Indonesian and mistakes one Portuguese question ("vai chover amanha em sp?"), and 1.0 mistakes 10.
ACCENTED_WORD_WEIGHT = 0.5


def answer_language(question: str, plan: Plan | None = None) -> Language:
    """The language to answer in: the question's own words, without pasted reviews or quoted terms."""
    text = question
    for call in plan.tool_calls if plan is not None else ():
        pasted = call.arguments.get("text")
        if isinstance(pasted, str) and pasted:
            text = text.replace(pasted, " ")
    text = _MARKETPLACE_TERMS.sub(" ", _QUOTED.sub(" ", text))
    detected = detect_language(text)
    if detected != "und" and pack(detected).unspaced:
        return detected  # a script of its own (Chinese, Thai)
    # Latin-script languages: letters only one of them uses, then its question words (the feedback-tuned
    # detector reads questions poorly: "Apakah ulasan R-COMP-1 jahat?").
    words = _WORD.findall(text.lower())
    counts: dict[str, float] = {}
    for code, item in packs().items():
        if item.chat.letters and re.search(item.chat.letters, text, re.IGNORECASE):
            return code
        # Question words, and the language's common words ("do", "yg", "dong"): short informal questions have few
        # question words, and "do" is one in English too.
        # A language sellers also type without accents keeps its words unaccented, so an accented question is read
        # with the accents off too ("có nên báo cáo không" has no letter only Vietnamese uses).
        read = [without_accents(word) for word in words] if item.chat.typed_without_accents else words
        counts[code] = sum(word in item.chat.question_words for word in read) + sum(word in item.stopwords for word in read)
        if item.chat.letter_hints and re.search(item.chat.letter_hints, text, re.IGNORECASE):
            counts[code] += 2
    if without_accents(text) == text:
        # Typed without accents: a word a language's accent model would accent is half a word of that language
        # ("video V-5001 sao view cao ma ko ra don vay" is Vietnamese, though "no", "o" and "ma" are Portuguese).
        for code in counts:
            if pack(code).chat.typed_without_accents and (model := restorer(code)) is not None:
                counts[code] += ACCENTED_WORD_WEIGHT * model.accented_words(text)
    if detected in counts:
        counts[detected] += 1
    # The most words wins; a tie goes to the language the word profiles read, then to English, and none at all is
    # English (sellers mix English into every language).
    language, cues = max(counts.items(), key=lambda pair: (pair[1], pair[0] == detected, pair[0] == "en"))
    return language if cues > 0 else "en"


def say(language: Language, key: str, /, **values: object) -> str:
    """One message in `language` (English when the catalogue lacks it), placeholders filled by name."""
    return pack_say(language, key, **values)


def step_title(language: Language, tool: str, arguments: dict[str, object] | None = None) -> str:
    """What a tool call did, in the seller's words ("Diagnosed product P-1001"); an unknown tool keeps a plain
    form of its name, and a title naming an argument the call lacks stops before it."""
    template = pack(language).messages.get(f"step_{tool}") or pack("en").messages.get(f"step_{tool}")
    if template is None:
        return tool.replace("_", " ").capitalize()
    given = {key: value for key, value in (arguments or {}).items() if value is not None}
    try:
        return template.format(**given)
    except KeyError:  # "Diagnosed product" for a list
        return template.split(" {", 1)[0].split("{", 1)[0].strip()
