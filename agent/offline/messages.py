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

from agent.offline import catalog_en, catalog_id, catalog_pt, catalog_th, catalog_vi, catalog_zh
from agent.planning import Plan
from tools.tagging.language import detect_language

Language = Literal["en", "zh", "id", "th", "vi", "pt"]
LANGUAGES: tuple[Language, ...] = ("en", "zh", "id", "th", "vi", "pt")

MESSAGES: Mapping[Language, Mapping[str, str]] = {
    "en": catalog_en.MESSAGES,
    "zh": catalog_zh.MESSAGES,
    "id": catalog_id.MESSAGES,
    "th": catalog_th.MESSAGES,
    "vi": catalog_vi.MESSAGES,
    "pt": catalog_pt.MESSAGES,
}
GLOSSARY: Mapping[Language, Mapping[str, str]] = {
    "en": {"-": "no verdict"},
    "zh": catalog_zh.GLOSSARY,
    "id": catalog_id.GLOSSARY,
    "th": catalog_th.GLOSSARY,
    "vi": catalog_vi.GLOSSARY,
    "pt": catalog_pt.GLOSSARY,
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
# Question words the feedback-tuned detector reads poorly: Portuguese, and Vietnamese typed without accents.
_PORTUGUESE_CUES = frozenset(
    "quais qual quanto quantos como porque por que meus minha minhas meu produtos produto vídeos vídeo "
    "avaliação avaliações reclamações reclamação loja você voce pode posso devo fazer melhorar pior piores denunciar "
    "recurso primeiro segundo esse essa isso está estão tá tem têm".split()
)
_VIETNAMESE_CUES = frozenset(
    "nao cua toi tai sao lam san pham danh gia khach hang nen sua truoc bao nhieu nhung cai thu "
    "khong duoc bi che kem xau tot hon".split()
)
_VIETNAMESE_LETTERS = re.compile(r"[ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_PORTUGUESE_LETTERS = re.compile(r"[ãõç]|ções|ção", re.IGNORECASE)
_WORD = re.compile(r"[a-zà-ÿ]+")


def answer_language(question: str, plan: Plan | None = None) -> Language:
    """The language to answer in: the question's own words, without pasted reviews or quoted terms."""
    text = question
    for call in plan.tool_calls if plan is not None else ():
        pasted = call.arguments.get("text")
        if isinstance(pasted, str) and pasted:
            text = text.replace(pasted, " ")
    text = _MARKETPLACE_TERMS.sub(" ", _QUOTED.sub(" ", text))
    detected = detect_language(text)
    if detected in ("zh", "th"):
        return detected  # type: ignore[return-value]
    if _VIETNAMESE_LETTERS.search(text):
        return "vi"
    words = _WORD.findall(text.lower())
    counts = {"id": sum(word in _INDONESIAN_CUES for word in words), "pt": sum(word in _PORTUGUESE_CUES for word in words),
              "vi": sum(word in _VIETNAMESE_CUES for word in words)}
    if _PORTUGUESE_LETTERS.search(text):
        counts["pt"] += 2
    if detected in counts:
        counts[detected] += 1
    language, cues = max(counts.items(), key=lambda pair: pair[1])
    if cues >= 2 or (cues == 1 and detected != "en"):
        return language  # type: ignore[return-value]
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
