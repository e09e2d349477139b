"""Word segmentation for the scripts written without spaces, behind one small interface.

Chinese goes through jieba, Thai through PyThaiNLP's dictionary segmenter (newmm); both ship their
dictionaries in the wheel, so nothing is downloaded. Which segmenter a language uses is part of its
language pack (`tools.tagging.lexicon_*`), not decided here. Both libraries return tokens that
concatenate back to the input, so token offsets are exact.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Literal, cast

Segmenter = Literal["jieba", "pythainlp"]

_jieba_lock = threading.Lock()
_jieba_ready = False


def configure_jieba(cache_dir: Path | None = None) -> None:
    """Initialise jieba once per process (its dictionary cache goes to `cache_dir` when given)."""
    global _jieba_ready
    import jieba

    with _jieba_lock:
        if _jieba_ready:
            return
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            jieba.dt.tmp_dir = str(cache_dir)
        jieba.setLogLevel(60)
        jieba.initialize()
        _jieba_ready = True


def _jieba_tokens(text: str) -> list[str]:
    import jieba

    configure_jieba()
    # Without the HMM pass for unknown words: dictionary words are what phrase boundaries and
    # features need, and the HMM costs about half of jieba's time.
    return cast(list[str], jieba.lcut(text, HMM=False))


def _thai_tokens(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


@lru_cache(maxsize=4096)
def segment(text: str, segmenter: Segmenter) -> tuple[str, ...]:
    """The tokens of `text`, whitespace kept, so that `"".join(tokens) == text` (cached: the tagger
    asks once for word boundaries and once for its features)."""
    tokens = _jieba_tokens(text) if segmenter == "jieba" else _thai_tokens(text)
    if "".join(tokens) != text:  # a library change would silently shift every offset: refuse
        raise RuntimeError(f"{segmenter} changed the text while segmenting it")
    return tuple(tokens)


@lru_cache(maxsize=4096)
def word_boundaries(text: str, segmenter: Segmenter) -> frozenset[int]:
    """Offsets in `text` where a word starts or ends (0 and len(text) included)."""
    offsets = {0}
    position = 0
    for token in segment(text, segmenter):
        position += len(token)
        offsets.add(position)
    return frozenset(offsets)


@lru_cache(maxsize=2)
def function_words(segmenter: Segmenter) -> frozenset[str]:
    """The language's function words ("บ้าง", "มี", "อัน"), from the segmenter's own list where it ships one (PyThaiNLP
    does; jieba does not): a span of only these names nothing."""
    if segmenter != "pythainlp":
        return frozenset()
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())
