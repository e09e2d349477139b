"""Bounded multi-turn memory per session, and resolving "the second one" against the previous answer."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from tools.languages import joined, packs


class MemoryTurn(BaseModel):
    """One finished turn, kept for context: what was asked, answered, and which entities the answer listed."""

    model_config = ConfigDict(extra="forbid")

    question: str
    answer: str
    intent: str | None = None
    entities: list[str] = Field(default_factory=list)  # in the order the answer presented them
    # The one product, video or review the turn's tools were about, if exactly one: what "it", "that one"
    # and a bare "why?" in the next turn mean.
    subject: str | None = None
    # Everything the turn's tools were about, in order ("compare A and B": both): what "the other one" picks from.
    about: list[str] = Field(default_factory=list)
    # The one thing a listing answer put forward ("Fix first P-3002"), if it did: what "that one" means after it.
    lead: str | None = None


class SessionMemory:
    """The last `max_turns` turns of one conversation."""

    def __init__(self, *, max_turns: int = 6) -> None:
        self._turns: deque[MemoryTurn] = deque(maxlen=max(1, max_turns))

    def add(self, turn: MemoryTurn) -> None:
        self._turns.append(turn)

    @property
    def turns(self) -> list[MemoryTurn]:
        return list(self._turns)

    @property
    def last_turn(self) -> MemoryTurn | None:
        return self._turns[-1] if self._turns else None

    @property
    def subject(self) -> str | None:
        """The one thing the most recent turn was about, if it was about exactly one."""
        return self._turns[-1].subject if self._turns else None

    @property
    def last_entities(self) -> list[str]:
        """Entities the most recent answer mentioned (empty if it listed none)."""
        return list(self._turns[-1].entities) if self._turns else []

    @property
    def last_list(self) -> list[str]:
        """What "the third one" counts in: the most recent answer that listed things (a fix-first list, the
        video list) or the things a turn was asked about ("compare A and B"), even when a turn about one of them
        came after ("the first one, why?" then "and the third?")."""
        for turn in reversed(self._turns):
            if len(turn.about) >= 2:  # "compare A and B", "check V-1 and V-2": the things named, in their order
                return list(turn.about)
            if turn.subject is None:
                return list(turn.entities)
        subjects = list(dict.fromkeys(turn.subject for turn in self._turns if turn.subject is not None))
        if len(self.last_entities) <= 1 and len(subjects) >= 2:
            # "pull up 0cf411", "and 060cb1?", "go back to the first one": with no list, the things asked about in turn.
            return subjects
        return self.last_entities


class ConversationMemory:
    """Sessions by id, at most `max_sessions` (least recently used dropped first); thread-safe."""

    def __init__(self, *, max_turns: int = 6, max_sessions: int = 256) -> None:
        self._max_turns = max_turns
        self._max_sessions = max(1, max_sessions)
        self._sessions: OrderedDict[str, SessionMemory] = OrderedDict()
        self._lock = threading.Lock()

    def session(self, session_id: str) -> SessionMemory:
        with self._lock:
            memory = self._sessions.get(session_id)
            if memory is None:
                memory = SessionMemory(max_turns=self._max_turns)
                self._sessions[session_id] = memory
            self._sessions.move_to_end(session_id)
            while len(self._sessions) > self._max_sessions:
                self._sessions.popitem(last=False)
            return memory

    def forget(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def __len__(self) -> int:
        return len(self._sessions)


LAST = -1
Namesakes = Callable[[str], list[str]]


@dataclass(frozen=True)
class _Ordinal:
    pattern: re.Pattern[str]
    words: dict[str, int]
    value: int | None


@cache
def _ordinals() -> tuple[_Ordinal, ...]:
    """Every language pack's ordinal rules, in pack order (English first)."""
    return tuple(_Ordinal(re.compile(rule.pattern, re.IGNORECASE), {k.lower(): v for k, v in rule.words.items()}, rule.value)
                 for pack in packs().values() for rule in pack.chat.ordinals)


def ordinal_in(question: str) -> int | None:
    """The position a question refers to (1-based, or `LAST`), if it refers to one, in any language."""
    for rule in _ordinals():
        match = rule.pattern.search(question)
        if match is None:
            continue
        if rule.value is not None or not match.groups():
            return rule.value
        token = match.group(1).lower()
        return int(token) if token.isdigit() else rule.words[token]
    return None


# "that one", "it", "this product": a reference to the one thing the previous answer was about.
_DEMONSTRATIVE = re.compile(joined("demonstratives"), re.IGNORECASE)
# "the other one", "另一个", "yg satunya lagi": the one of a pair the conversation has not just been about.
_OTHER = re.compile(joined("other_words"), re.IGNORECASE)


def says_the_other(question: str) -> bool:
    """The question points at "the other one" ("yg satunya", "อีกอัน", "a outra")."""
    return bool(_OTHER.search(question))


def resolve_other(question: str, memory: SessionMemory, *, namesakes: Namesakes | None = None) -> str | None:
    """What "the other one" means: the latest turn about two things (a comparison, "check A and B") gives the
    pair; the other is the one a later turn was not about, or, when no later turn chose, the second (the seller
    read the first one first: "start with the appliance", "comece pelo primeiro"). With no pair, the one other
    thing titled the same as the last turn's subject ("Consoles games 10b930", then "and the other one?")."""
    if not _OTHER.search(question):
        return None
    turns = memory.turns
    for index in range(len(turns) - 1, -1, -1):
        pair = turns[index].about
        if len(pair) != 2:
            continue
        later = [turn.subject for turn in turns[index + 1:] if turn.subject in pair]
        return pair[1 - pair.index(later[-1])] if later else pair[1]
    if namesakes is not None and memory.subject is not None and len(alike := namesakes(memory.subject)) == 1:
        return alike[0]
    return None


def resolve_ordinal(question: str, memory: SessionMemory, *, namesakes: Namesakes | None = None) -> str | None:
    """The entity id "the second one" / "第二个" / "yang kedua" points at in the previous answer, if any;
    or, for "that one" / "它" / "nó" / "esse", the one entity the previous answer was about, or the one it put
    forward ("Fix first P-3002", then "what's wrong with that one?").

    `namesakes` gives the other items titled the same as an item (`Catalog.namesakes`), for "the other one"."""
    other = resolve_other(question, memory, namesakes=namesakes)
    if other is not None:
        return other
    entities = memory.last_entities
    position = ordinal_in(question)
    if position is not None:
        entities = memory.last_list
    if position is None and _DEMONSTRATIVE.search(question):
        if memory.subject is not None:
            return memory.subject
        if len(entities) == 1:
            return entities[0]
        if (last := memory.last_turn) is not None and last.lead is not None:
            return last.lead
    if position is None or not entities:
        return None
    if position == LAST:
        return entities[-1]
    if 1 <= position <= len(entities):
        return entities[position - 1]
    return None
