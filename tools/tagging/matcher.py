"""Compile lexicon phrases into one trie-shaped regular expression per language bundle.

One `finditer` over the text finds every phrase of every lexicon in the bundle in a single C-level
pass (the regex engine walks a prefix trie instead of trying phrases one by one). A literal match
is identified by a dict lookup on its canonical form; the few patterned phrases (`*`, `~`, `#`)
are identified by trying only the patterns that share the match's first character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tools.tagging.lexicon import Lexicon
from tools.tagging.normalize import _FOLD, _LOWER, _kept_positions, squeeze_repeats
from tools.tagging.taxonomy import IssueTag

_LATIN_WORD_CHAR = r"a-z0-9\u00c0-\u024f\u1e00-\u1eff'"
_SPACED_GAP = r"\s+(?:\S+\s+){0,4}"
_UNSPACED_GAP = r"[^\s，。！？、,.!?；;~～]{0,4}"
_SPACED_NUMBER = r"\d+"
_UNSPACED_NUMBER = r"[\d一二两三四五六七八九十几半]+"
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    tag: IssueTag | None  # None: generic negative sentiment, no specific issue
    language: str
    transit_damage: bool = False
    phrase: str = ""  # the canonical (folded) phrase: evidence of which entry fired; a gap (`~`) is checked for negators
    tag_id: str = ""  # the tag's string id, filled in by __post_init__ (enum lookups are slow)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tag_id", "" if self.tag is None else self.tag.value)


@dataclass(frozen=True, slots=True)
class Hit:
    entry: PhraseEntry
    start: int
    end: int


def fold_phrase(phrase: str, *, keep_accents: bool) -> str:
    """A lexicon phrase in the same form as the text view it is matched against."""
    lowered = phrase.translate(_LOWER)
    folded = lowered.translate(_FOLD)
    if not keep_accents:
        return squeeze_repeats(folded)
    return "".join(lowered[i] for i in _kept_positions(folded))


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


def _trie_regex(phrases: list[list[str]], *, left_guard: str = "") -> str:
    trie: dict[str, dict[str, Any]] = {}
    for units in phrases:
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        node[""] = {}
    if left_guard:
        # The word-boundary check goes right after each first character, not before the whole
        # alternation: a pattern whose every branch starts with a literal lets the regex engine
        # skip straight to positions holding one of those characters (several times faster).
        trie = {unit + left_guard: child for unit, child in trie.items()}
    return _emit(trie)


def _emit(node: dict[str, dict[str, Any]]) -> str:
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
            entries += [
                (phrase, PhraseEntry(IssueTag.QUALITY_DEFECT, lexicon.language, transit_damage=True))
                for phrase in lexicon.transit_damage
            ]
            for raw, entry in entries:
                phrase = fold_phrase(raw.strip(), keep_accents=lexicon.keep_accents)
                units = _units(phrase, spaced=lexicon.spaced)
                (spaced_units if lexicon.spaced else unspaced_units).append(units)
                entry = PhraseEntry(entry.tag, entry.language, entry.transit_damage, phrase=phrase)
                if _is_patterned(phrase):
                    pattern = re.compile("".join(units))
                    self._patterned.setdefault(phrase[0], []).append((pattern, entry))
                else:
                    self._literal.setdefault(_WHITESPACE.sub(" ", phrase), entry)
        # Separate scans for scripts with and without spaces: combined, neither keeps its fast path.
        self._regexes: list[re.Pattern[str]] = []
        if unspaced_units:
            self._regexes.append(re.compile(_trie_regex(unspaced_units)))
        if spaced_units:
            boundary = f"[{_LATIN_WORD_CHAR}]"
            trie = _trie_regex(spaced_units, left_guard=f"(?<!{boundary}.)")
            self._regexes.append(re.compile(f"(?:{trie})(?!{boundary})"))

    def find(self, view: str) -> list[Hit]:
        hits: list[Hit] = []
        for regex in self._regexes:
            self._scan(regex, view, hits)
        return hits

    def _scan(self, regex: re.Pattern[str], view: str, hits: list[Hit]) -> None:
        for match in regex.finditer(view):
            matched = match.group()
            if not matched:
                continue
            entry = self._literal.get(_WHITESPACE.sub(" ", matched)) if " " in matched or "\t" in matched or "\n" in matched else self._literal.get(matched)
            if entry is None:
                entry = self._identify_pattern(matched)
            if entry is not None:
                hits.append(Hit(entry, match.start(), match.end()))

    def _identify_pattern(self, matched: str) -> PhraseEntry | None:
        # Phrases that start with a number are filed under "#" rather than a digit.
        candidates = self._patterned.get(matched[0], [])
        if matched[0].isdigit() or matched[0] in "一二两三四五六七八九十几半":
            candidates = candidates + self._patterned.get("#", [])
        for pattern, entry in candidates:
            if pattern.fullmatch(matched):
                return entry
        return None
