"""An optional second reading of the texts the offline tagger is unsure about, by a model.

This module is the deterministic half: which items qualify, the shape of a model's verdict, the
checks a verdict must pass, and the cache (`tag_refinements`, keyed by text hash and prompt version,
so a text is never sent twice). The model call itself lives in `agent/tag_refiner.py`; `tools/` never
imports a model library.

A verdict is accepted only as a whole set of checks: every tag is one of the 12, every tag quotes
words that occur in the text, and a tagged item is negative. Anything else keeps the offline tags.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, ConfigDict, Field

from tools.store import Store
from tools.tagging.normalize import normalize_text
from tools.tagging.taxonomy import IssueTag

REFINEMENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS tag_refinements (
  text_hash VARCHAR NOT NULL, prompt_version VARCHAR NOT NULL, model VARCHAR NOT NULL,
  negative BOOLEAN NOT NULL, tags VARCHAR[] NOT NULL, evidence JSON NOT NULL,
  PRIMARY KEY (text_hash, prompt_version));
"""


class RefinementRequest(BaseModel):
    """One text the offline tagger was unsure about."""

    model_config = ConfigDict(extra="forbid")

    text_hash: str
    text: str
    language: str
    offline_tags: list[IssueTag]
    offline_negative: bool
    uncertain: list[str] = Field(default_factory=list)


class ModelVerdict(BaseModel):
    """What a model said about one item (validated before it is used)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    negative: bool
    tags: list[IssueTag] = Field(default_factory=list)
    evidence: dict[str, str] = Field(default_factory=dict)


class ModelVerdicts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[ModelVerdict]


class Refinement(BaseModel):
    """An accepted verdict for one text."""

    model_config = ConfigDict(extra="forbid")

    text_hash: str
    negative: bool
    tags: list[IssueTag]
    evidence: dict[str, list[str]]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def check_verdict(request: RefinementRequest, verdict: ModelVerdict) -> Refinement | None:
    """The verdict as a refinement, or None when any claim in it is not backed by the text."""
    folded = normalize_text(request.text).folded
    evidence: dict[str, list[str]] = {}
    for tag in verdict.tags:
        quote = verdict.evidence.get(tag.value, "").strip()
        if not quote or normalize_text(quote).folded not in folded:
            return None
        evidence[tag.value] = [quote]
    if verdict.tags and not verdict.negative:
        return None
    tags = sorted(set(verdict.tags), key=lambda tag: tag.value)
    return Refinement(text_hash=request.text_hash, negative=verdict.negative, tags=tags, evidence=evidence)


def ensure_refinements_table(store: Store) -> None:
    with store.transaction() as con:
        con.execute(REFINEMENTS_SCHEMA)


def cached_refinements(store: Store, hashes: list[str], prompt_version: str) -> dict[str, Refinement]:
    ensure_refinements_table(store)
    if not hashes:
        return {}
    rows = store.query(
        "SELECT text_hash, negative, tags, evidence FROM tag_refinements WHERE prompt_version = ? AND text_hash IN "
        "(SELECT unnest(?::VARCHAR[]))",
        [prompt_version, hashes],
    )
    return {
        row[0]: Refinement(text_hash=row[0], negative=row[1], tags=[IssueTag(tag) for tag in row[2]], evidence=json.loads(row[3]))
        for row in rows
    }


def latest_refinements(store: Store, hashes: list[str]) -> dict[str, Refinement]:
    """The newest prompt version's verdict for each text hash that has one."""
    if not hashes:
        return {}
    rows = store.query(
        "SELECT text_hash, negative, tags, evidence FROM tag_refinements WHERE text_hash IN (SELECT unnest(?::VARCHAR[])) "
        "QUALIFY row_number() OVER (PARTITION BY text_hash ORDER BY prompt_version DESC) = 1",
        [hashes],
    )
    return {
        row[0]: Refinement(text_hash=row[0], negative=row[1], tags=[IssueTag(tag) for tag in row[2]], evidence=json.loads(row[3]))
        for row in rows
    }


def save_refinements(store: Store, refinements: list[Refinement], *, prompt_version: str, model: str) -> None:
    ensure_refinements_table(store)
    with store.transaction() as con:
        for refinement in refinements:
            con.execute(
                "INSERT OR REPLACE INTO tag_refinements VALUES (?, ?, ?, ?, ?, ?)",
                [refinement.text_hash, prompt_version, model, refinement.negative,
                 [tag.value for tag in refinement.tags], json.dumps(refinement.evidence, ensure_ascii=False)],
            )
