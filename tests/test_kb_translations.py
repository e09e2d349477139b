"""The knowledge base in each language pack: complete, current, the English entries' shape, and what sellers are shown."""

from __future__ import annotations

import pytest

from agent.domain.knowledge_tools import localized_citations
from agent.models import Citation
from agent.offline.format import playbook_actions, suggested_actions
from tools.errors import DataError
from tools.languages import codes
from vectorstore.content import (
    localized,
    localized_by_id,
    parse_translation,
    section_list,
    seller_actions,
    shipped_entries,
    source_digest,
    translations,
)

TRANSLATED = [code for code in codes() if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_pack_translates_every_entry_from_its_current_english(language: str) -> None:
    """A new or changed English entry shows here until each pack says it in its language again (its `source` is
    the digest of the English it was made from; `python -m vectorstore.translations stamp` is not a shortcut: a
    stale translation must be re-read against the new English first)."""
    found = translations(language)
    missing = sorted(set(shipped_entries()) - set(found))
    stale = sorted(entry_id for entry_id, translation in found.items() if not translation.current)
    assert (missing, stale) == ([], [])


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_each_entrys_sections_and_actions(language: str) -> None:
    for entry_id, original in shipped_entries().items():
        shown = localized(original, language)
        assert shown.language == language and shown.id == entry_id
        assert shown.title != original.title, f"{language}/{entry_id}: the title is the English one"
        assert len(section_list(shown.body)) == len(section_list(original.body))
        if original.collection == "playbook":
            assert len(seller_actions(shown)) == len(seller_actions(original)) > 0
        # What is kept of the original: the entry's place in the index.
        assert (shown.collection, shown.category, shown.tags) == (original.collection, original.category, original.tags)


def _translation(original_id: str, body: str, *, language: str = "pt", title: str = "Título", source: str | None = None) -> str:
    original = shipped_entries()[original_id]
    digest = source or source_digest(original)
    return f'---\nid: {original_id}\ntitle: "{title}"\nlanguage: {language}\nsource: "{digest}"\n---\n{body}\n'


def _english_shape_in_portuguese(entry_id: str) -> str:
    """The English body with its headings and items kept and every line of text replaced: a translation's shape."""
    lines = []
    for line in shipped_entries()[entry_id].body.splitlines():
        if line.startswith("## "):
            lines.append("## Seção")
        elif (stripped := line.lstrip()) and stripped[0].isdigit() and ". " in stripped[:4]:
            lines.append(line[: len(line) - len(stripped)] + stripped.split(". ", 1)[0] + ". Faça isto.")
        elif stripped.startswith(("- ", "* ")):
            lines.append(line[: len(line) - len(stripped)] + "- Um ponto.")
        else:
            lines.append("Um parágrafo." if stripped else "")
    return "\n".join(lines)


def test_a_translation_that_keeps_the_shape_is_read_as_current() -> None:
    original = shipped_entries()["pb-fashion-size_fit"]
    found = parse_translation(_translation(original.id, _english_shape_in_portuguese(original.id)), source="x.md",
                              original=original, language="pt")
    assert found.current and found.entry.title == "Título" and found.entry.language == "pt"
    assert seller_actions(found.entry)[0] == "Faça isto."


def test_a_translation_of_an_older_english_text_is_not_shown() -> None:
    original = shipped_entries()["pb-fashion-size_fit"]
    found = parse_translation(_translation(original.id, _english_shape_in_portuguese(original.id), source="0" * 12),
                              source="x.md", original=original, language="pt")
    assert not found.current


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda body: body.replace("## Seção", "Seção", 1), "sections, numbered items and bullets"),
        (lambda body: body.replace("1. Faça isto.", "Faça isto.", 1), "sections, numbered items and bullets"),
        (lambda body: body + "\n- Mais um ponto.", "sections, numbered items and bullets"),
        (lambda body: body.replace("Um parágrafo.", "Veja `size_fit`.", 1), "internal name"),
        (lambda body: body.replace("Um parágrafo.", "Veja pb-fashion-size_fit.", 1), "internal name"),
    ],
)
def test_a_broken_translation_names_the_file_and_the_problem(change, problem: str) -> None:  # type: ignore[no-untyped-def]
    original = shipped_entries()["pb-fashion-size_fit"]
    text = _translation(original.id, change(_english_shape_in_portuguese(original.id)))
    with pytest.raises(DataError, match=rf"pt/knowledge/x\.md: .*{problem}"):
        parse_translation(text, source="pt/knowledge/x.md", original=original, language="pt")


def test_a_translation_must_say_which_entry_and_language_it_is() -> None:
    original = shipped_entries()["pb-fashion-size_fit"]
    body = _english_shape_in_portuguese(original.id)
    with pytest.raises(DataError, match="expected 'pb-fashion-size_fit' in 'pt'"):
        parse_translation(_translation(original.id, body, language="vi"), source="x.md", original=original, language="pt")
    with pytest.raises(DataError, match="invalid front matter"):
        parse_translation(_translation(original.id, body).replace("source:", "src:"), source="x.md", original=original,
                          language="pt")


def test_citations_are_shown_in_the_answers_language() -> None:
    english = shipped_entries()["pb-fashion-size_fit"]
    cited = [Citation(id=english.id, title=english.title, text=english.body), Citation(id="pb-test", title="T", text="x")]
    thai = localized_citations(cited, "th")
    assert thai[0].title == localized_by_id(english.id, "th").title != english.title  # type: ignore[union-attr]
    assert thai[1] == cited[1]  # not a shipped entry: as it was
    assert localized_citations(cited, "en") == cited
    # The offline answer quotes the Thai actions, under the Thai entry's title.
    lines = "\n".join(suggested_actions(thai, language="th"))
    assert thai[0].title in lines and playbook_actions(thai[0])[0] in lines
    assert playbook_actions(cited[0])[0] not in lines


def test_an_english_playbook_entry_keeps_its_sections_in_their_order() -> None:
    """A translation's sections are found by place, so the English fixes the order."""
    from vectorstore.content import parse_entry

    text = ("---\nid: pb-x\ntitle: Title\ncollection: playbook\ncategory: all\ntags: [size_fit]\n---\n"
            "## Seller actions\n1. Do it.\n\n## Issue\nThe issue.\n\n## Outcome\nBetter.\n\n## Signals to watch\n- A sign.\n")
    with pytest.raises(DataError, match="in this order"):
        parse_entry(text, source="x.md")
