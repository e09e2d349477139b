"""Feedback texts composed from per-language phrase banks: templates x slot fillers, typos, mixed
signals. Texts are drawn from pre-composed pools so even the large scale stays fast."""

from __future__ import annotations

import random
from types import ModuleType

import numpy as np

from tools.demo import phrases_en, phrases_id, phrases_pt, phrases_th, phrases_vi, phrases_zh, stories

BANKS: dict[str, ModuleType] = {
    bank.LANGUAGE: bank for bank in (phrases_en, phrases_zh, phrases_id, phrases_th, phrases_vi, phrases_pt)
}
LANGUAGES = tuple(BANKS)
ISSUE_TAGS = (
    "not_as_described", "size_fit", "quality_defect", "performance", "misleading_promotion", "counterfeit",
    "safety", "price_value", "damaged_or_missing", "wrong_item", "logistics_delay", "customer_service",
)
MALICIOUS_CATEGORIES = ("repeat_negative", "coercive", "competitor", "traffic_diversion", "wrong_product", "invalid")
BUYER_SIDE_CODES = ("CHANGED_MIND", "ORDERED_BY_MISTAKE", "BETTER_PRICE")

# Which story phrases replace the generic ones for a planted product's issue.
STORY_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    stories.COLOUR_MISMATCH_DRESS: {"not_as_described": ("dress_colour",)},
    stories.PERFUME_EMPTY_BOTTLES: {
        "damaged_or_missing": ("perfume_empty", "perfume_missing_one"),
        "performance": ("perfume_longevity",),
    },
    stories.CHARGER_OVERCLAIM: {"misleading_promotion": ("charger_overclaim",), "performance": ("charger_slow",)},
}
_AND = {"en": [" and ", ", also ", ". Also "], "zh": ["，而且", "，还有", "。另外"], "id": [" dan ", ", terus ", ". Trus "],
        "th": [" และ"], "vi": [" và ", ", còn "], "pt": [" e ", ", além disso "]}
_LATIN = {"en", "id", "vi", "pt"}
_TYPO_RATE = 0.12
# Pools of rarer kinds are smaller: their templates have fewer combinations to show.
_POOL_DIVISOR = {"positive": 1, "neutral": 2, "neg": 1, "mixed": 3, "ret": 2}


def _sentence_end(text: str, lang: str) -> str:
    """Close a sentence before appending another one."""
    if lang in ("zh", "th"):
        return text if text[-1:] in "。！!？?👍" else text + ("。" if lang == "zh" else " ")
    return (text if text[-1:] in ".!?)👍" else text + ".") + " "


def _typo(text: str, rng: random.Random) -> str:
    """One realistic slip of the thumb: swapped, dropped or doubled letter in a longer word."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word, at = words[i], rng.randrange(1, len(words[i]) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    elif kind == 1:
        word = word[:at] + word[at + 1:]
    else:
        word = word[:at] + word[at] + word[at:]
    words[i] = word
    return " ".join(words)


class TextComposer:
    """Composes one text of a kind ("positive", "neg:size_fit", "mal:coercive", ...) in a language."""

    def __init__(self, *, category: str, story_product: str | None, second_tag_weights: np.ndarray, rng: random.Random):
        self.category = category
        self.story = STORY_PHRASES.get(story_product or "", {})
        self.second_weights = [float(w) for w in second_tag_weights]
        self.rng = rng

    def _fill(self, template: str, bank: ModuleType) -> str:
        rng = self.rng
        return template.format(
            item=rng.choice(bank.ITEMS[self.category]), feature=rng.choice(bank.FEATURES[self.category]),
            days=rng.randint(3, 21), hours=rng.randint(1, 6),
        )

    def _clause(self, tag: str, bank: ModuleType) -> str:
        story_keys = [k for k in self.story.get(tag, ()) if k in bank.STORY]
        if story_keys and self.rng.random() < 0.85:
            return self._fill(self.rng.choice(bank.STORY[self.rng.choice(story_keys)]), bank)
        return self._fill(self.rng.choice(bank.ISSUES[tag]), bank)

    def _complaint(self, tag: str, lang: str, bank: ModuleType) -> str:
        text = self._clause(tag, bank)
        if self.rng.random() < 0.18:  # a second issue in the same breath
            other = self.rng.choices(ISSUE_TAGS, weights=self.second_weights)[0]
            if other != tag:
                text += self.rng.choice(_AND[lang]) + self._clause(other, bank)
        return text

    def compose(self, kind: str, lang: str) -> str:
        bank, rng = BANKS[lang], self.rng
        head, _, arg = kind.partition(":")
        if head == "positive":
            text = self._fill(rng.choice(bank.POSITIVE), bank)
            if rng.random() < 0.3:
                second = self._fill(rng.choice(bank.POSITIVE), bank)
                if second != text:
                    text = _sentence_end(text, lang) + second
            closer = rng.choice(bank.POSITIVE_CLOSERS)
            if closer.strip().lower() not in text.lower():
                text += closer
        elif head == "neutral":
            text = self._fill(rng.choice(bank.NEUTRAL), bank)
        elif head == "neg":
            text = rng.choice(bank.NEGATIVE_OPENERS) + self._complaint(arg, lang, bank) + rng.choice(bank.NEGATIVE_CLOSERS)
        elif head == "mixed":
            text = self._fill(rng.choice(bank.MIXED_PRAISE), bank) + rng.choice(bank.MIXED_JOINERS) + self._clause(arg, bank)
        elif head == "ret":
            text = rng.choice(bank.RETURN_PREFIXES) + self._complaint(arg, lang, bank)
        elif head == "buyer":
            text = rng.choice(bank.BUYER_SIDE[arg])
        elif head == "mal":
            text = rng.choice(bank.MALICIOUS[arg])
            if arg in ("competitor", "traffic_diversion", "coercive") and rng.random() < 0.5:
                text = rng.choice(bank.NEGATIVE_OPENERS) + text
        else:
            raise ValueError(f"unknown text kind {kind!r}")
        return self._finish(text, lang)

    def _finish(self, text: str, lang: str) -> str:
        rng = self.rng
        text = text.strip()
        if not text:
            return text
        if lang in _LATIN:
            if rng.random() < _TYPO_RATE:
                text = _typo(text, rng)
            roll = rng.random()
            if roll < 0.15:
                text = text.lower()
            elif roll < 0.2:
                text = text.upper()
            else:
                text = text[0].upper() + text[1:]
        if rng.random() < 0.08:
            text = text.rstrip(".。!！") + rng.choice(["!!", "!!!", " :(", " 😡", "..."])
        return text


class TextPools:
    """Pre-composed texts per (language, kind); drawing from them is a numpy index, not a format call."""

    def __init__(self, composer: TextComposer, *, name: str, size: int):
        self.composer = composer
        self.name = name
        self.size = size
        self._pools: dict[tuple[str, str], np.ndarray] = {}

    def pool(self, lang: str, kind: str) -> np.ndarray:
        key = (lang, kind)
        found = self._pools.get(key)
        if found is None:
            # Short banks (buyer-side, malicious) need fewer draws to show their variety.
            n = max(8, self.size // _POOL_DIVISOR.get(kind.split(":")[0], 8))
            found = np.array([self.composer.compose(kind, lang) for _ in range(n)], dtype=object)
            self._pools[key] = found
        return found

    def pick(self, lang: str, kind: str, rng: np.random.Generator) -> str:
        pool = self.pool(lang, kind)
        return str(pool[int(rng.integers(len(pool)))])

    def draw(self, langs: np.ndarray, kinds: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """One text per (language, kind) pair, vectorised per distinct pair."""
        out = np.empty(len(langs), dtype=object)
        if len(langs) == 0:
            return out
        pairs = np.char.add(np.char.add(langs.astype(str), "|"), kinds.astype(str))
        for pair in np.unique(pairs):
            mask = pairs == pair
            lang, kind = str(pair).split("|", 1)
            pool = self.pool(lang, kind)
            out[mask] = pool[rng.integers(0, len(pool), size=int(mask.sum()))]
        return out
