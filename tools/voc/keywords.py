"""Keywords characteristic of one product's negative feedback compared with its category.

Scoring is the log-odds ratio with an informative prior (Monroe, Colaresi & Quinn 2008),
simplified: a word scores high when this product's complaints use it much more than the
category's do. Counts are documents (feedback items) containing the word, not raw occurrences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from tools.segmentation import configure_jieba

MAX_KEYWORDS = 10
MIN_COUNT = 2
KEYWORD_BACKGROUND_LIMIT = 5000  # newest category complaints used as the background
PRIOR = 0.5

_CJK_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

STOPWORDS = frozenset(
    """
    a an the and or but if so to of in on at for with from by as is are was were be been being it its this that
    these those i me my we our you your he she they them their his her not no yes very too just really also than
    then there here what which who when where why how all any some more most much many can could would should will
    have has had do does did done get got one two item product order it's im i'm dont don't didnt didn't
    its still even only again after before about into out up down over under off same so-so ok okay
    yang dan di ke dari ini itu saya aku kami kita untuk dengan ada tidak tapi juga sudah sangat banget sekali
    nya gak ga nggak enggak lagi aja saja karena jadi kalau atau masih bisa mau akan pada sama seperti
    o a os as um uma de do da em no na que e é não com para por muito mas
    và là của có không được rất này cho một những đã với khi thì
    的 了 是 我 你 他 她 它 们 在 和 就 都 也 很 还 又 吧 啊 呢 吗 这 那 个 有 没 不 说 买 到 给 让 被 把 一个 这个 那个 我们 你们 还是 但是 而且 就是 真的
    """.split()
)

def _segment_chinese(run: str, cache_dir: Path | None) -> list[str]:
    import jieba

    configure_jieba(cache_dir)
    return [word for word in jieba.lcut(run) if len(word) >= 2]


def tokenize(text: str, *, cache_dir: Path | None = None) -> list[str]:
    """Words and two-word phrases of a text, lower-cased, stopwords removed; Chinese segmented."""
    lowered = text.lower()
    tokens: list[str] = []
    for run in _CJK_RUN.findall(lowered):
        tokens.extend(_segment_chinese(run, cache_dir))
    latin = _CJK_RUN.sub(" ", lowered)
    words = [w for w in _WORD.findall(latin) if len(w) >= 3 and w not in STOPWORDS]
    tokens.extend(words)
    tokens.extend(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return [t for t in tokens if t not in STOPWORDS]


def document_counts(texts: Iterable[str], *, cache_dir: Path | None = None) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(tokenize(text, cache_dir=cache_dir)))
    return counts


def characteristic_keywords(
    product_texts: Sequence[str],
    category_texts: Sequence[str],
    *,
    cache_dir: Path | None = None,
    limit: int = MAX_KEYWORDS,
) -> list[tuple[str, int, float]]:
    """(keyword, count, score) for the product's most characteristic words, best first."""
    product = document_counts(product_texts, cache_dir=cache_dir)
    category = document_counts(category_texts, cache_dir=cache_dir)
    n_product, n_category = max(len(product_texts), 1), max(len(category_texts), 1)
    scored = []
    for word, count in product.items():
        if count < MIN_COUNT:
            continue
        background = category.get(word, 0)
        # Smoothed log-odds of appearing in a product complaint versus a category complaint.
        p_product = (count + PRIOR) / (n_product + 2 * PRIOR)
        p_category = (background + PRIOR) / (n_category + 2 * PRIOR)
        score = math.log(p_product / (1 - p_product)) - math.log(p_category / (1 - p_category))
        # Prefer frequent words among equally characteristic ones: weight by log count.
        scored.append((word, count, score * math.log1p(count)))
    scored.sort(key=lambda item: (-item[2], -item[1], item[0]))
    chosen: list[tuple[str, int, float]] = []
    for word, count, score in scored:
        if score <= 0:
            continue
        # Skip a single word already covered by a chosen phrase with the same count, and vice versa.
        if any((word in other or other in word) and count == c for other, c, _ in chosen):
            continue
        chosen.append((word, count, round(score, 3)))
        if len(chosen) == limit:
            break
    return chosen
