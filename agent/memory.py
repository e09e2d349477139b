"""Bounded multi-turn memory per session, and resolving "the second one" against the previous answer."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, deque

from pydantic import BaseModel, ConfigDict, Field


class MemoryTurn(BaseModel):
    """One finished turn, kept for context: what was asked, answered, and which entities the answer listed."""

    model_config = ConfigDict(extra="forbid")

    question: str
    answer: str
    intent: str | None = None
    entities: list[str] = Field(default_factory=list)  # in the order the answer presented them


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
    def last_entities(self) -> list[str]:
        """Entities the most recent answer mentioned (empty if it listed none)."""
        return list(self._turns[-1].entities) if self._turns else []


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
_ENGLISH_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": LAST,
}
_CHINESE_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_INDONESIAN_ORDINALS = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "terakhir": LAST,
}
_THAI_NUMERALS = {"หนึ่ง": 1, "แรก": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10}
_VIETNAMESE_ORDINALS = {"nhất": 1, "nhat": 1, "hai": 2, "ba": 3, "tư": 4, "tu": 4, "bốn": 4, "năm": 5, "nam": 5, "sáu": 6,
                        "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_PORTUGUESE_ORDINALS = {"primeir": 1, "segund": 2, "terceir": 3, "quart": 4, "quint": 5, "sext": 6, "sétim": 7,
                        "setim": 7, "oitav": 8, "non": 9, "décim": 10, "decim": 10, "últim": LAST, "ultim": LAST}
_THAI = re.compile(r"(?:อัน|ตัว|ชิ้น|รายการ|คลิป|วิดีโอ|รีวิว|สินค้า)\s*(?:ที่\s*)?(แรก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|\d{1,2})")
_THAI_LAST = re.compile(r"(?:อัน|ตัว|ชิ้น|รายการ|คลิป|วิดีโอ|รีวิว|สินค้า)\s*สุดท้าย")
_VIETNAMESE = re.compile(r"\bthứ\s*(nhất|nhat|hai|ba|tư|tu|bốn|năm|nam|sáu|bảy|tám|chín|mười|\d{1,2})\b", re.IGNORECASE)
_VIETNAMESE_FIRST_LAST = re.compile(r"\b(đầu tiên|cuối cùng|cuoi cung|dau tien)\b", re.IGNORECASE)
_PORTUGUESE = re.compile(r"\b(?:o|a|do|da|no|na|pro|pra)\s+(primeir|segund|terceir|quart|quint|sext|sétim|setim|oitav|non|décim|decim|últim|ultim)[oa]s?\b",
                         re.IGNORECASE)
_PORTUGUESE_NUMERIC = re.compile(r"\b(\d{1,2})\s*[ºª°]")
_NOUNS = r"(?:\s+(?:one|item|product|video|review|entry|listing)s?)?"
# "the first time", "the second week" are about time, not about a listed item.
_NOT_TIME = r"(?!\s+(?:time|times|week|weeks|day|days|month|months|year|years|step|half|quarter)\b)"
_ENGLISH_WORD = re.compile(rf"\bthe\s+({'|'.join(_ENGLISH_ORDINALS)}){_NOUNS}\b{_NOT_TIME}", re.IGNORECASE)
_ENGLISH_NUMERIC = re.compile(rf"\bthe\s+(\d{{1,2}})(?:st|nd|rd|th){_NOUNS}\b{_NOT_TIME}", re.IGNORECASE)
_NUMBER_SIGN = re.compile(r"(?:\bnumber|\bno\.|#|\bnomor)\s*(\d{1,2})\b", re.IGNORECASE)
_CHINESE = re.compile(r"第\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:个|款|条|项|件|支|个商品|个视频)?(?![次天周月年])")
_CHINESE_LAST = re.compile(r"最后(?:一)?(?:个|款|条|项|件|支)")
_INDONESIAN = re.compile(rf"\byang\s+({'|'.join(_INDONESIAN_ORDINALS)})\b", re.IGNORECASE)
_INDONESIAN_NUMERIC = re.compile(r"\byang\s+ke-?\s*(\d{1,2})\b", re.IGNORECASE)


def ordinal_in(question: str) -> int | None:
    """The position a question refers to (1-based, or `LAST`), if it refers to one."""
    if match := _ENGLISH_WORD.search(question):
        return _ENGLISH_ORDINALS[match.group(1).lower()]
    if match := _ENGLISH_NUMERIC.search(question):
        return int(match.group(1))
    if match := _CHINESE.search(question):
        token = match.group(1)
        return int(token) if token.isdigit() else _CHINESE_NUMERALS[token]
    if _CHINESE_LAST.search(question):
        return LAST
    if match := _INDONESIAN.search(question):
        return _INDONESIAN_ORDINALS[match.group(1).lower()]
    if match := _INDONESIAN_NUMERIC.search(question):
        return int(match.group(1))
    if match := _THAI.search(question):
        token = match.group(1)
        return int(token) if token.isdigit() else _THAI_NUMERALS[token]
    if _THAI_LAST.search(question):
        return LAST
    if match := _VIETNAMESE.search(question):
        token = match.group(1).lower()
        return int(token) if token.isdigit() else _VIETNAMESE_ORDINALS[token]
    if match := _VIETNAMESE_FIRST_LAST.search(question):
        return 1 if match.group(1).lower() in ("đầu tiên", "dau tien") else LAST
    if match := _PORTUGUESE.search(question):
        return _PORTUGUESE_ORDINALS[match.group(1).lower()]
    if match := _PORTUGUESE_NUMERIC.search(question):
        return int(match.group(1))
    if match := _NUMBER_SIGN.search(question):
        return int(match.group(1))
    return None


# "that one", "it", "this product": a reference to the one thing the previous answer was about.
_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this|the same) (?:one|product|item|video|review|listing)\b|\bthat one\b|\b(?:for|about|on|of|with) it\b|"
    r"(?:那个|这个|那款|这款|那条|这条)(?![月周星季年天])|它|(?:produk|video|ulasan|barang) (?:itu|ini|tersebut)|\byang itu\b|"
    r"อันนั้น|ตัวนั้น|ชิ้นนั้น|อันนี้|ตัวนี้|คลิปนั้น|"
    r"\b(?:cái|sản phẩm|video|đánh giá) (?:đó|này|ấy)\b|\bnó\b|"
    r"\b(?:esse|essa|este|esta|aquele|aquela) (?:produto|vídeo|video|item|avaliação)\b|\bdele\b|\bdela\b",
    re.IGNORECASE,
)


def resolve_ordinal(question: str, memory: SessionMemory) -> str | None:
    """The entity id "the second one" / "第二个" / "yang kedua" points at in the previous answer, if any;
    or, for "that one" / "它" / "nó" / "esse", the one entity the previous answer was about."""
    entities = memory.last_entities
    position = ordinal_in(question)
    if position is None and len(entities) == 1 and _DEMONSTRATIVE.search(question):
        return entities[0]
    if position is None or not entities:
        return None
    if position == LAST:
        return entities[-1]
    if 1 <= position <= len(entities):
        return entities[position - 1]
    return None
