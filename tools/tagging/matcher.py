"""Compile lexicon phrases into one trie-shaped regular expression per language bundle.

One `finditer` over the text finds every phrase of every lexicon in the bundle in a single C-level
pass (the regex engine walks a prefix trie instead of trying phrases one by one). A literal match
is identified by a dict lookup on its canonical form; the few patterned phrases (`*`, `~`, `#`)
are identified by trying only the patterns that share the match's first character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.tagging.lexicon import Lexicon
from tools.tagging.normalize import _FOLD
from tools.tagging.taxonomy import IssueTag

_LATIN_WORD_CHAR = r"a-z0-9\u00c0-\u024f\u1e00-\u1eff'"
_SPACED_GAP = r"\s+(?:\S+\s+){0,3}"
_UNSPACED_GAP = r"[^\s，。！？、,.!?；;~～]{0,4}"
_SPACED_NUMBER = r"\d+"
_UNSPACED_NUMBER = r"[\d一二两三四五六七八九十几半]+"
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    tag: IssueTag | None  # None: generic negative sentiment, no specific issue
    language: str


@dataclass(frozen=True, slots=True)
class Hit:
    entry: PhraseEntry
    start: int
    end: int


def fold_phrase(phrase: str, *, keep_accents: bool) -> str:
    lowered = phrase.lower()
    return lowered if keep_accents else lowered.translate(_FOLD)


def _units(phrase: str, *, spaced: bool) -> list[str]:
    """Split a phrase into regex fragments, one per trie edge."""
    units: list[str] = []
    words = phrase.split(" ") if spaced else [phrase]
    for index, word in enumerate(words):
        if spaced and index and word != "~" and words[index - 1] != "~":
            units.append(r"\s+")
        if spaced and word == "~":
            units.append(_SPACED_GAP)
            continue
        for position, char in enumerate(word):
            if char == "*" and position == len(word) - 1:
                units.append(f"[{_LATIN_WORD_CHAR}]*")
            elif char == "~":
                units.append(_UNSPACED_GAP)
            elif char == "#":
                units.append(_SPACED_NUMBER if spaced else _UNSPACED_NUMBER)
            else:
                units.append(re.escape(char))
    return units


def _is_patterned(phrase: str) -> bool:
    return "*" in phrase or "~" in phrase or "#" in phrase


def _trie_regex(phrases: list[list[str]]) -> str:
    trie: dict[str, dict] = {}
    for units in phrases:
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    terminal = "" in node
    branches = [unit + _emit(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not terminal else "(?:" + "|".join(branches) + ")"
    if terminal:
        # Greedy: try the longer phrase first, fall back to the shorter one that ends here.
        body = body + "?" if len(branches) == 1 and body.startswith("(?:") else f"(?:{body})?"
    return body


class PhraseMatcher:
    """All phrases of some lexicons, compiled for one view of the text (folded or lowered)."""

    def __init__(self, lexicons: list[Lexicon]) -> None:
        self._literal: dict[str, PhraseEntry] = {}
        self._patterned: dict[str, list[tuple[re.Pattern[str], PhraseEntry]]] = {}
        spaced_units: list[list[str]] = []
        unspaced_units: list[list[str]] = []
        for lexicon in lexicons:
            entries = [(phrase, PhraseEntry(tag, lexicon.language)) for tag, phrases in lexicon.phrases.items() for phrase in phrases]
            entries += [(phrase, PhraseEntry(None, lexicon.language)) for phrase in lexicon.generic_negative]
            for raw, entry in entries:
                phrase = fold_phrase(raw.strip(), keep_accents=lexicon.keep_accents)
                units = _units(phrase, spaced=lexicon.spaced)
                (spaced_units if lexicon.spaced else unspaced_units).append(units)
                if _is_patterned(phrase):
                    pattern = re.compile("".join(units))
                    self._patterned.setdefault(phrase[0], []).append((pattern, entry))
                else:
                    self._literal.setdefault(_WHITESPACE.sub(" ", phrase), entry)
        alternatives = []
        if unspaced_units:
            alternatives.append(_trie_regex(unspaced_units))
        if spaced_units:
            boundary = f"[{_LATIN_WORD_CHAR}]"
            alternatives.append(f"(?<!{boundary})(?:{_trie_regex(spaced_units)})(?!{boundary})")
        self._regex = re.compile("|".join(alternatives)) if alternatives else None

    def find(self, view: str) -> list[Hit]:
        if self._regex is None:
            return []
        hits: list[Hit] = []
        for match in self._regex.finditer(view):
            matched = match.group()
            if not matched:
                continue
            entry = self._literal.get(_WHITESPACE.sub(" ", matched)) if " " in matched or "\t" in matched or "\n" in matched else self._literal.get(matched)
            if entry is None:
                entry = self._identify_pattern(matched)
            if entry is not None:
                hits.append(Hit(entry, match.start(), match.end()))
        return hits

    def _identify_pattern(self, matched: str) -> PhraseEntry | None:
        # Phrases that start with a number are filed under "#" rather than a digit.
        candidates = self._patterned.get(matched[0], [])
        if matched[0].isdigit() or matched[0] in "一二两三四五六七八九十几半":
            candidates = candidates + self._patterned.get("#", [])
        for pattern, entry in candidates:
            if pattern.fullmatch(matched):
                return entry
        return None
