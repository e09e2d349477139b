"""Load and validate the knowledge-base entry files (Markdown with YAML front matter).

The files under `vectorstore/content/<collection>/*.md` are the source of truth; the Chroma index is
derived from them and rebuilt when they change. They are written in English; a language pack may carry each entry
in its language (`tools/languages/<code>/knowledge/<id>.md`, `localized`), which is what a seller reading that
language is shown. Retrieval reads the English entries (the encoder is multilingual); only what is shown changes.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import Final, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tools.errors import DataError

CollectionName = Literal["playbook", "help"]
COLLECTIONS: Final[tuple[CollectionName, ...]] = ("playbook", "help")

CATEGORY_ALL: Final = "all"
CATEGORIES: Final = ("Fashion & Sports", "Beauty & Perfume", "Phones & Electronics", "Home & Kitchen")
# Short names used in playbook ids and accepted on the command line.
CATEGORY_SLUGS: Final = {
    "fashion": "Fashion & Sports",
    "beauty": "Beauty & Perfume",
    "electronics": "Phones & Electronics",
    "home": "Home & Kitchen",
}

VOC_ISSUE_IDS: Final = (
    "not_as_described", "size_fit", "quality_defect", "performance", "misleading_promotion", "counterfeit",
    "safety", "price_value", "damaged_or_missing", "wrong_item", "logistics_delay", "customer_service",
)
VIDEO_STAGE_TAGS: Final = (
    "video_hook", "video_ctr", "video_conversion", "video_engagement", "video_threshold", "video_violation",
)
# Playbook ids of the video funnel stages; the video diagnosis links its suggestions to these.
VIDEO_PLAYBOOK_IDS: Final = tuple(f"pb-video-{tag.removeprefix('video_')}" for tag in VIDEO_STAGE_TAGS)

PLAYBOOK_SECTIONS: Final = ("Issue", "Seller actions", "Outcome", "Signals to watch")

_TAG_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
_ID_PATTERN = re.compile(r"^(pb|help)-[a-z0-9_-]+$")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)


class KnowledgeEntry(BaseModel):
    """One playbook or help entry as written in its file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str = Field(min_length=3)
    collection: CollectionName
    category: str
    tags: tuple[str, ...] = Field(min_length=1)
    language: str = "en"
    body: str = Field(min_length=20)

    @field_validator("id")
    @classmethod
    def _id_is_stable_slug(cls, value: str) -> str:
        if not _ID_PATTERN.match(value):
            raise ValueError("id must look like 'pb-<...>' or 'help-<...>' in lower case")
        return value

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value != CATEGORY_ALL and value not in CATEGORIES:
            raise ValueError(f"category must be one of {CATEGORIES} or 'all'")
        return value

    @field_validator("tags")
    @classmethod
    def _tags_are_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [t for t in value if not _TAG_PATTERN.match(t)]
        if bad:
            raise ValueError(f"tags must be lower-case ids, got {bad}")
        return value

    def section(self, heading: str) -> str:
        """The text under a `## heading` of the body ('' when absent)."""
        return markdown_sections(self.body).get(heading.lower(), "")

    def retrieval_text(self) -> str:
        """What gets embedded: the title and the problem statement, the part a seller's question
        resembles. Whole entries dilute a sentence encoder's vector with the action list."""
        focus = self.section("Issue") or self.body
        return f"{self.title}. {focus}".strip()


def markdown_sections(body: str) -> dict[str, str]:
    """Split a body on `## ` headings: lower-cased heading → text below it."""
    return {heading.lower(): text for heading, text in section_list(body)}


def parse_entry(text: str, *, source: str) -> KnowledgeEntry:
    """Parse one entry file's text; `source` names the file in error messages."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise DataError(f"{source}: missing YAML front matter between '---' lines")
    try:
        front = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise DataError(f"{source}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(front, dict):
        raise DataError(f"{source}: front matter must be a mapping")
    try:
        entry = KnowledgeEntry(**front, body=match.group(2).strip())
    except (ValidationError, TypeError) as exc:
        raise DataError(f"{source}: invalid entry: {exc}") from exc
    if entry.collection == "playbook":
        missing = [h for h in PLAYBOOK_SECTIONS if not entry.section(h)]
        if missing:
            raise DataError(f"{source}: playbook entry lacks sections {missing}")
        headings = [heading for heading, _ in section_list(entry.body)]
        if headings != list(PLAYBOOK_SECTIONS):
            # A translation's sections are told apart by their place (`seller_actions`).
            raise DataError(f"{source}: a playbook entry has the sections {list(PLAYBOOK_SECTIONS)} in this order, "
                            f"not {headings}")
    return entry


def section_list(body: str) -> list[tuple[str, str]]:
    """A body's `## ` sections in order, as (heading, text): a translation's headings are its own words, so its
    sections are told apart by position."""
    found: list[tuple[str, str]] = []
    current: str | None = None
    lines: list[str] = []
    for line in body.splitlines():
        if line.startswith("## "):
            if current is not None:
                found.append((current, "\n".join(lines).strip()))
            current, lines = line[3:].strip(), []
        elif current is not None:
            lines.append(line)
    if current is not None:
        found.append((current, "\n".join(lines).strip()))
    return found


def seller_actions(entry: KnowledgeEntry) -> list[str]:
    """A playbook entry's numbered seller actions, in its own language (the section's place is fixed)."""
    return body_actions(entry.body)


def body_actions(body: str) -> list[str]:
    """The numbered items of a playbook body's "Seller actions" section, found by its place, not its heading."""
    sections = section_list(body)
    index = PLAYBOOK_SECTIONS.index("Seller actions")
    text = sections[index][1] if len(sections) > index else ""
    return [found.group(1).strip() for found in map(_NUMBERED.match, text.splitlines()) if found]


_NUMBERED = re.compile(r"^\s*\d+\.\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*]\s", re.MULTILINE)
_INTERNAL_NAME = re.compile(r"`|\b[a-z]+_[a-z_]+\b|\b(?:pb|help)-[a-z]")


def source_digest(entry: KnowledgeEntry) -> str:
    """A short digest of an English entry's title and body: a translation records the one it was made from, so a
    later change to the English shows which translations are stale."""
    return hashlib.sha256(f"{entry.title}\n{entry.body}".encode()).hexdigest()[:12]


def _shape(body: str) -> tuple[int, int, int]:
    """Sections, numbered items and bullets: what a translation keeps of its original."""
    return (len(section_list(body)), len(_NUMBERED_LINE.findall(body)), len(_BULLET.findall(body)))


_NUMBERED_LINE = re.compile(r"^\s*\d+\.\s", re.MULTILINE)


class _TranslationFront(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str = Field(min_length=2)
    language: str
    source: str = Field(pattern=r"^[0-9a-f]{12}$", description="source_digest of the English entry it translates")


class Translation(BaseModel):
    """A pack's entry in its language, and whether it still translates the English entry as it is now."""

    model_config = ConfigDict(frozen=True)

    entry: KnowledgeEntry
    current: bool


def parse_translation(text: str, *, source: str, original: KnowledgeEntry, language: str) -> Translation:
    """One pack's translation of `original`: its title and body in `language`, everything else (collection,
    category, tags) the original's. It must keep the original's sections, numbered items and bullets, and name no
    internal tag or entry id; `source` in its front matter is the `source_digest` of the English it translates."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise DataError(f"{source}: missing YAML front matter between '---' lines")
    try:
        front = _TranslationFront(**(yaml.safe_load(match.group(1)) or {}))
    except (yaml.YAMLError, ValidationError, TypeError) as exc:
        raise DataError(f"{source}: invalid front matter: {exc}") from exc
    body = match.group(2).strip()
    if front.id != original.id or front.language != language:
        raise DataError(f"{source}: translates {front.id!r} into {front.language!r}; expected {original.id!r} in "
                        f"{language!r}")
    if _shape(body) != _shape(original.body):
        raise DataError(f"{source}: sections, numbered items and bullets {_shape(body)} differ from the English "
                        f"entry's {_shape(original.body)}")
    if found := _INTERNAL_NAME.search(f"{front.title}\n{body}"):
        raise DataError(f"{source}: an internal name in the text ({found.group(0)!r} at {found.start()})")
    return Translation(entry=original.model_copy(update={"title": front.title, "body": body, "language": language}),
                       current=front.source == source_digest(original))


def default_content_dir() -> Path:
    return Path(__file__).resolve().parent / "content"


def load_entries(content_dir: Path | None = None) -> list[KnowledgeEntry]:
    """Every entry under `content_dir/<collection>/`, sorted by id; ids must be unique and each
    entry must sit in the folder of its collection."""
    root = content_dir or default_content_dir()
    entries: list[KnowledgeEntry] = []
    seen: dict[str, Path] = {}
    for collection in COLLECTIONS:
        for path in sorted((root / collection).glob("*.md")):
            entry = parse_entry(path.read_text(encoding="utf-8"), source=str(path))
            if entry.collection != collection:
                raise DataError(f"{path}: collection {entry.collection!r} but the file is in {collection}/")
            if entry.id in seen:
                raise DataError(f"{path}: id {entry.id!r} already used by {seen[entry.id]}")
            seen[entry.id] = path
            entries.append(entry)
    if not entries:
        raise DataError(f"no knowledge-base entries under {root}")
    return sorted(entries, key=lambda e: e.id)


def normalise_category(value: str | None) -> str | None:
    """Accept a category name or its slug ('fashion'); None stays None."""
    if value is None:
        return None
    if value in CATEGORIES or value == CATEGORY_ALL:
        return value
    slug = CATEGORY_SLUGS.get(value.strip().lower())
    if slug is None:
        by_lower = {c.lower(): c for c in CATEGORIES}
        slug = by_lower.get(value.strip().lower())
    if slug is None:
        raise DataError(f"unknown category {value!r}; use one of {', '.join(CATEGORIES)} (or {', '.join(CATEGORY_SLUGS)})")
    return slug


def playbook_for(category: str | None, entries: list[KnowledgeEntry] | None = None) -> dict[str, str]:
    """Issue tag -> the playbook entry for it in a product's category ("pb-fashion-size_fit"); empty for a category
    the playbook has no family for (an export's own categories)."""
    try:
        family = normalise_category(category)
    except DataError:
        return {}
    family_entries = [entry for entry in (entries if entries is not None else shipped_playbook())
                      if entry.collection == "playbook" and entry.category == family]
    slug = next((slug for slug, name in CATEGORY_SLUGS.items() if name == family), "")
    found: dict[str, str] = {}
    for tag in VOC_ISSUE_IDS:
        # The entry written for the issue ("pb-fashion-size_fit"), else one that lists it among its tags.
        own = [entry.id for entry in family_entries if entry.id == f"pb-{slug}-{tag}"]
        tagged = [entry.id for entry in family_entries if tag in entry.tags]
        if own or tagged:
            found[tag] = (own or tagged)[0]
    return found


@cache
def shipped_playbook() -> tuple[KnowledgeEntry, ...]:
    """The playbook entries the product ships, read once (parsing every file takes about 40 ms; a product's plan
    and each citation need them)."""
    return tuple(entry for entry in load_entries() if entry.collection == "playbook")


def playbook_titles(language: str = "en") -> dict[str, str]:
    """Playbook entry id -> its title in `language`: what cites an entry names it as a seller can read it."""
    return {entry.id: localized(entry, language).title for entry in shipped_playbook()}


@cache
def shipped_entries() -> dict[str, KnowledgeEntry]:
    """Every shipped entry (playbook and help) by id, read once."""
    return {entry.id: entry for entry in load_entries()}


@cache
def translations(language: str) -> dict[str, Translation]:
    """The entries a language pack carries in its language, by id (none for English or a pack without any). A file
    that does not translate a shipped entry, or breaks its shape, is an error naming the file."""
    from tools.languages import packs

    pack = packs().get(language)
    folder = pack.folder / "knowledge" if pack is not None else None
    if language == "en" or folder is None or not folder.is_dir():
        return {}
    originals, found = shipped_entries(), {}
    for path in sorted(folder.glob("*.md")):
        original = originals.get(path.stem)
        if original is None:
            raise DataError(f"{path}: no shipped entry has the id {path.stem!r}")
        found[original.id] = parse_translation(path.read_text(encoding="utf-8"), source=str(path), original=original,
                                               language=language)
    return found


def localized(entry: KnowledgeEntry, language: str) -> KnowledgeEntry:
    """The entry as a seller reading `language` is shown it: the pack's translation, else the English entry. A
    translation made from an older English text is not shown (its facts may be the old ones); a test names it."""
    found = translations(language).get(entry.id)
    return found.entry if found is not None and found.current else entry


def localized_by_id(entry_id: str, language: str) -> KnowledgeEntry | None:
    entry = shipped_entries().get(entry_id)
    return None if entry is None else localized(entry, language)


def issue_playbook_titles(category: str | None, tags: list[str], language: str = "en") -> list[str]:
    """The titles of the playbook entries for these issues in a product's category, in the issues' order: where a
    seller with a genuine complaint to fix starts. Empty for a category the playbook has no family for."""
    entries, titles = playbook_for(category), playbook_titles(language)
    return list(dict.fromkeys(titles.get(entries[tag], entries[tag]) for tag in tags if tag in entries))
