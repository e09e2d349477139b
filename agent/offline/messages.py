"""The offline answers' words, per language: pick the language from the question, then `say` a message.

Templates live in one catalogue per language (`catalog_en`, `catalog_zh`, `catalog_id`), keyed alike,
with named placeholders. Marketplace vocabulary stays as the marketplace prints it (VoC levels, video
statuses, malicious-category ids): `gloss` adds the local word after it, so the eval facts and the
numeric guard still find the original. Numbers are formatted by the callers exactly as in English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from agent.offline import catalog_en, catalog_id, catalog_zh
from agent.planning import Plan
from tools.tagging.language import detect_language

Language = Literal["en", "zh", "id"]
LANGUAGES: tuple[Language, ...] = ("en", "zh", "id")

MESSAGES: Mapping[Language, Mapping[str, str]] = {
    "en": catalog_en.MESSAGES,
    "zh": catalog_zh.MESSAGES,
    "id": catalog_id.MESSAGES,
}
GLOSSARY: Mapping[Language, Mapping[str, str]] = {
    "en": {"-": "no verdict"},
    "zh": catalog_zh.GLOSSARY,
    "id": catalog_id.GLOSSARY,
}

# Marketplace words a question may quote in English ("Apa itu status video Did not meet threshold?").
_MARKETPLACE_TERMS = re.compile(
    r"At Risk|Needs Attention|Market Average|Below Average|Trigger violation|Did not meet threshold|"
    r"Can do better|Good performance|In evaluation|[A-Z]+-[A-Z0-9-]+",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|「[^」]*」|'[^']{12,}'")
# Indonesian question words the feedback-tuned detector does not know ("Apakah ulasan R-COMP-1 jahat?").
_INDONESIAN_CUES = frozenset(
    "apa apakah bagaimana gimana kenapa mengapa mana berapa kapan siapa ulasan produk saya buatkan "
    "tolong cara harus bisakah jelaskan perbaiki meningkatkan berisiko keluhan pelanggan banding".split()
)
_WORD = re.compile(r"[a-z]+")


def answer_language(question: str, plan: Plan | None = None) -> Language:
    """The language to answer in: the question's own words, without pasted reviews or quoted terms."""
    text = question
    for call in plan.tool_calls if plan is not None else ():
        pasted = call.arguments.get("text")
        if isinstance(pasted, str) and pasted:
            text = text.replace(pasted, " ")
    text = _MARKETPLACE_TERMS.sub(" ", _QUOTED.sub(" ", text))
    detected = detect_language(text)
    if detected in ("zh", "id"):
        return detected  # type: ignore[return-value]
    cues = sum(1 for word in _WORD.findall(text.lower()) if word in _INDONESIAN_CUES)
    if cues >= 2 or (cues == 1 and detected != "en"):
        return "id"
    return "en"


def say(language: Language, key: str, /, **values: object) -> str:
    """One message in `language` (English when the catalogue lacks it), placeholders filled by name."""
    template = MESSAGES[language].get(key) or MESSAGES["en"][key]
    return template.format(**values)


def gloss(language: Language, term: object) -> str:
    """A marketplace term as printed, with the local word after it: "At Risk（高风险）"."""
    text = str(term)
    local = GLOSSARY[language].get(text)
    if not local:
        return text
    return f"{text}（{local}）" if language == "zh" else f"{text} ({local})"


def local_name(language: Language, term: object) -> str:
    """A term's local word alone when there is one (issue tags in counts), else the term."""
    return GLOSSARY[language].get(str(term)) or str(term)


def issue_label(language: Language, label: object, tag: object) -> str:
    """An issue's label in the local language, keeping the English label (what sellers see in the UI)."""
    local = GLOSSARY[language].get(str(tag))
    if not local:
        return str(label)
    return f"{local}（{label}）" if language == "zh" else f"{local} ({label})"
