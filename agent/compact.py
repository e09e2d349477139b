"""What a model reads of a tool result: the same data, trimmed to what an answer can use.

The model's context is the cost that grows with the data; the numeric guard still checks the
answer against the full result, so trimming here can only make the model say less, never more.
"""

from __future__ import annotations

from pydantic import JsonValue

DEFAULT_LIST_LIMIT = 6
LIST_LIMITS = {"evidence": 2, "early_warnings": 4, "inspirations": 3, "keywords": 6, "items": 4, "signals": 4}
DROPPED_KEYS = frozenset({"daily", "daily_counts", "scores", "catalogue"})  # chart series and internals
MAX_STRING = 300
PLAYBOOK_CHARS = 700


def compact_for_model(value: JsonValue, *, key: str = "") -> JsonValue:
    """Drop empty values, chart series and internals; cap lists and strings; round long floats."""
    if isinstance(value, dict):
        kept = {}
        for name, item in value.items():
            if name in DROPPED_KEYS or item is None or item == [] or item == {} or item == "":
                continue
            kept[name] = compact_for_model(item, key=name)
        return kept
    if isinstance(value, list):
        limit = LIST_LIMITS.get(key, DEFAULT_LIST_LIMIT)
        return [compact_for_model(item, key=key) for item in value[:limit]]
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, str) and len(value) > MAX_STRING:
        return value[: MAX_STRING - 1] + "…"
    return value


def compact_playbook_text(text: str) -> str:
    """A playbook entry up to its outcome: the issue and the seller actions, which answers quote."""
    head = text.split("## Outcome", 1)[0].strip()
    return head if len(head) <= PLAYBOOK_CHARS else head[: PLAYBOOK_CHARS - 1] + "…"
