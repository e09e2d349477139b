"""Render prompt files from the `prompts` package. Untrusted text only ever lands inside data blocks.

Every value passed to `render_prompt` is treated as untrusted data and wrapped in a delimited block
unless it is explicitly marked `Trusted(...)` (fixed strings our own code produced).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from importlib import resources

DATA_OPEN = "<<<DATA id={id}>>>"
DATA_CLOSE = "<<<END DATA>>>"
_ANGLE_RUN_OPEN = re.compile(r"<{3,}")
_ANGLE_RUN_CLOSE = re.compile(r">{3,}")
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9_.:\-]")
_PROMPT_NAME = re.compile(r"^[a-z][a-z0-9_]*_v\d+$")


@dataclass(frozen=True)
class Trusted:
    """Text our own code wrote (fixed hints, labels); inserted verbatim."""

    text: str


@dataclass(frozen=True)
class DataBlock:
    """Untrusted text (reviews, chats, pasted text, tool JSON) with an id the model can refer to."""

    id: str
    text: str


PromptValue = str | Trusted | DataBlock | list[DataBlock]


def neutralise_delimiters(text: str) -> str:
    """Make data unable to close its block or open a fake one: runs of <<< / >>> become look-alike quotes."""
    text = _ANGLE_RUN_OPEN.sub(lambda match: "\u2039" * len(match.group(0)), text)
    return _ANGLE_RUN_CLOSE.sub(lambda match: "\u203a" * len(match.group(0)), text)


def data_block(block_id: str, text: str) -> str:
    """One delimited data block; the id and the text are both neutralised."""
    safe_id = _UNSAFE_ID_CHARS.sub("_", block_id)[:64] or "data"
    body = neutralise_delimiters(text)
    return f"{DATA_OPEN.format(id=safe_id)}\n{body}\n{DATA_CLOSE}"


def load_prompt(name: str) -> str:
    """The raw text of `prompts/<name>.md` (read through importlib.resources, so it works when installed)."""
    if not _PROMPT_NAME.match(name):
        raise ValueError(f"prompt name {name!r} must look like 'answer_v1'")
    resource = resources.files("prompts").joinpath(f"{name}.md")
    if not resource.is_file():
        raise FileNotFoundError(f"no prompt file prompts/{name}.md")
    return resource.read_text(encoding="utf-8")


def placeholders(template: str) -> set[str]:
    names = set()
    for _, field_name, format_spec, conversion in string.Formatter().parse(template):
        if field_name is None:
            continue
        if not field_name.isidentifier() or format_spec or conversion:
            raise ValueError(f"placeholder {{{field_name}}} must be a plain name")
        names.add(field_name)
    return names


def _render_value(key: str, value: PromptValue) -> str:
    if isinstance(value, Trusted):
        return value.text
    if isinstance(value, DataBlock):
        return data_block(value.id, value.text)
    if isinstance(value, list):
        if not value:
            return "(none)"
        return "\n".join(data_block(block.id, block.text) for block in value)
    if isinstance(value, str):
        return data_block(key, value)
    raise TypeError(f"prompt value {key!r} must be str, Trusted or DataBlock, not {type(value).__name__}")


def render_prompt(name: str, **values: PromptValue) -> str:
    """Fill every named placeholder of `prompts/<name>.md`; missing or unknown names are errors."""
    template = load_prompt(name)
    expected = placeholders(template)
    missing = expected - values.keys()
    unknown = values.keys() - expected
    if missing or unknown:
        raise ValueError(
            f"prompt {name!r}: missing {sorted(missing) or 'nothing'}, unknown {sorted(unknown) or 'nothing'}"
        )
    return template.format(**{key: _render_value(key, value) for key, value in values.items()}).strip() + "\n"
