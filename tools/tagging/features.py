"""The features the learned tagger reads: words, word pairs and character n-grams, with negation
scope marked, plus the lexicon's own verdicts.

One function serves training and inference, so the two can never drift apart. Features are plain
strings; the model maps the ones it saw in training to weights and ignores the rest.

- Spaced scripts: words of the folded view (Vietnamese: the accented view, whose tone marks carry
  meaning), word pairs, and character n-grams inside words (typos and inflections: "delivry",
  "kekecilan"). A word within a short scope after a negator is marked ("¬broken"), the scope ending
  at punctuation or a contrast word, so "not broken" and "broken" are different evidence.
- Chinese and Thai: the segmenter's words (from the language pack), word pairs, and for Chinese
  character pairs (segmenters split unknown compounds unpredictably).
- Lexicon flags: `L:tag` for each tag the phrase lexicon found, `N:tag` for a negated or hedged hit,
  `L:generic` for plain negative sentiment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pydantic import BaseModel, ConfigDict

from tools.segmentation import segment
from tools.tagging.lexicon import Lexicon, load_lexicons

_SPACED_WORD = re.compile(r"[a-z0-9\u00c0-\u024f\u1e00-\u1eff']+|[^\s\w]", re.UNICODE)
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_BREAKS = frozenset(".,!?;:()…，。！？；：、\n")
_NEGATION_SCOPE = 3


class FeatureConfig(BaseModel):
    """How features are built; stored with the model so inference builds them the same way."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    char_ngrams: tuple[int, ...] = (3, 4)
    word_pairs: bool = True
    han_pairs: bool = True
    negation_marking: bool = True


@cache
def _scope_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Single-word negators and contrast words of a language (built once per language)."""
    lexicon = load_lexicons()[language]
    return frozenset(word for word in lexicon.negators if " " not in word), frozenset(lexicon.contrasts)


def _mark_negation(tokens: list[str], negators: frozenset[str], contrasts: frozenset[str]) -> list[str]:
    marked: list[str] = []
    scope = 0
    for token in tokens:
        if token in _BREAKS or token in contrasts:
            scope = 0
            marked.append(token)
        elif token in negators:
            scope = _NEGATION_SCOPE
            marked.append(token)
        elif scope:
            scope -= 1
            marked.append("¬" + token)
        else:
            marked.append(token)
    return marked


def _spaced_tokens(view: str) -> list[str]:
    return _SPACED_WORD.findall(view)


def _unspaced_tokens(view: str, lexicon: Lexicon) -> list[str]:
    if lexicon.segmenter is None:
        return list(view)
    return [token for token in segment(view, lexicon.segmenter) if not token.isspace()]


def text_features(
    view: str, lexicon: Lexicon, config: FeatureConfig, *, lexicon_flags: Iterable[str] = ()
) -> set[str]:
    """The feature strings of one normalised text (`view`) in the language of `lexicon`."""
    features: set[str] = {f"lang:{lexicon.language}"}
    features.update(lexicon_flags)
    if lexicon.spaced:
        tokens = _spaced_tokens(view)
    else:
        tokens = _unspaced_tokens(view, lexicon)
    if config.negation_marking:
        negators, contrasts = _scope_words(lexicon.language)
        marked = _mark_negation(tokens, negators, contrasts)
    else:
        marked = tokens
    features.update("w:" + token for token in marked if token not in _BREAKS)
    if config.word_pairs:
        features.update(f"b:{first} {second}" for first, second in zip(tokens, tokens[1:], strict=False))
    if lexicon.spaced and config.char_ngrams:
        for token in set(tokens):
            if len(token) < 3 or not token[0].isalpha():
                continue
            padded = f" {token} "
            for size in config.char_ngrams:
                features.update(["c:" + padded[i : i + size] for i in range(len(padded) - size + 1)])
    elif config.han_pairs and lexicon.segmenter == "jieba":
        han = "".join(char if _HAN.match(char) else " " for char in view)
        features.update("c:" + han[i : i + 2] for i in range(len(han) - 1) if " " not in han[i : i + 2])
    return features
