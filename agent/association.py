"""Labels must belong to the item they are said of: "V-5001 is Good performance" is wrong when the
results say V-5001 is Trigger violation, even though another video is Good performance."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import JsonValue

from agent.vocabulary import normalise_label

ENTITY_KEYS = ("product_id", "video_id", "review_id")
ENTITY_PATTERN = re.compile(r"(?<![A-Za-z0-9])[PVR]-[A-Z0-9]+(?:-[A-Z0-9]+)*", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?。！？\n]+")


def _own_id(node: dict) -> str | None:
    for key in ENTITY_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value:
            return value.upper()
    return None


def entity_labels(tool_results: Iterable[JsonValue]) -> dict[str, set[str]]:
    """Entity id -> the normalised strings in its own part of the results (not its children's)."""
    labels: dict[str, set[str]] = {}

    def visit(node: JsonValue, owner: str | None) -> None:
        if isinstance(node, dict):
            mine = _own_id(node)
            if mine is not None and mine != owner:
                owner = mine
                labels.setdefault(owner, set())
            for value in node.values():
                visit(value, owner)
        elif isinstance(node, list):
            for item in node:
                visit(item, owner)
        elif isinstance(node, str) and owner is not None:
            labels[owner].add(normalise_label(node))

    for result in tool_results:
        visit(result, None)
    return labels


def misattributed_terms(
    text: str, labels: dict[str, set[str]], term_mentions: list[tuple[int, tuple[str, ...], str]]
) -> list[tuple[int, str]]:
    """(position, surface) of each label said in a sentence about known items none of which carries it.

    `term_mentions` holds (position, evidence forms, surface) for every level, status or category
    written in `text`. Sentences naming no item from the results are left to the existence check.
    """
    wrong: list[tuple[int, str]] = []
    for sentence in _SENTENCE.finditer(text):
        ids = {m.group(0).upper() for m in ENTITY_PATTERN.finditer(sentence.group(0))} & labels.keys()
        if not ids:
            continue
        carried = set().union(*(labels[i] for i in ids))
        for position, forms, surface in term_mentions:
            if sentence.start() <= position < sentence.end() and not any(normalise_label(f) in carried for f in forms):
                wrong.append((position, surface))
    return wrong
