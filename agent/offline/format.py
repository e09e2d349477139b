"""Small formatting helpers shared by the offline templates: values are copied from results, never computed, and
shown in the answer language's locale (`tools.languages.formatting`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from agent.models import Citation
from agent.offline.messages import Language, say
from tools.languages import formatting


def pct(value: object, digits: int = 1, *, language: Language = "en") -> str:
    return formatting.percent(value, language, digits)


def num(value: object, *, language: Language = "en") -> str:
    return formatting.number(value, language)


def money(value: object, currency: object, *, language: Language = "en") -> str:
    """An amount in the result's currency, as the language writes it ("$4,489", "R$ 4.489,00")."""
    return formatting.money(value, currency if isinstance(currency, str) else None, language)


def ratio(value: object, *, language: Language = "en") -> str:
    return formatting.ratio(value, language)


def playbook_actions(citation: Citation, limit: int = 2) -> list[str]:
    """The first numbered seller actions of a playbook entry, verbatim, in the language it is shown in (its
    sections have a fixed order, so a translation's are found by place, not by heading)."""
    from vectorstore.content import body_actions

    return body_actions(citation.text)[:limit]


def first_paragraph(citation: Citation) -> str:
    """The first prose paragraph of an entry (heading lines skipped), on one line."""
    for block in citation.text.split("\n\n"):
        text = "\n".join(line for line in block.strip().splitlines() if not line.startswith("#")).strip()
        if text:
            return " ".join(text.split())
    return ""


def help_excerpt(citation: Citation, *, sections: int = 2) -> str:
    """The first sections of a help entry, verbatim, with their headings in bold."""
    parts = citation.text.strip().split("\n## ")
    kept = "\n## ".join(parts[:sections]).strip()
    return re.sub(r"^#+\s*(.+)$", r"**\1**\n", kept, flags=re.MULTILINE)


def suggested_actions(citations: Sequence[Citation], *, language: Language = "en", heading_key: str = "playbook_heading") -> list[str]:
    """Playbook entries with their first actions, quoted verbatim (in the answer's language when its pack translates
    them) under a local heading."""
    playbook = [c for c in citations if c.id.startswith("pb-")]
    if not playbook:
        return []
    lines = ["", f"**{say(language, heading_key)}**"]
    for citation in playbook:
        actions = playbook_actions(citation)
        lines.append(f"- [{citation.title}](#{citation.id})" + (f": {actions[0]}" if actions else ""))
        lines.extend(f"  - {action}" for action in actions[1:])
    return lines


def help_links(citations: Sequence[Citation], *, language: Language = "en") -> list[str]:
    helps = [c for c in citations if c.id.startswith("help-")]
    return [] if not helps else ["", say(language, "help_links", links=", ".join(f"[{c.title}](#{c.id})" for c in helps))]


def get(mapping: object, *keys: str) -> object:
    value = mapping
    for key in keys:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value
