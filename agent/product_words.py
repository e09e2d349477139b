"""Which product or video a question names by a word for the kind of thing it is, in any language.

A seller writes "wajan", "กระทะ" or "平底锅" for the "Non-Stick Granite Frying Pan 28cm": one word against a long
English title, which the title matcher's span similarities do not find. The language packs already know product
words in every language, grouped by kind (`ReviewWords.product_kinds`, the words the review triage uses to tell a
review about another product). Here they gate a narrow comparison: the question's product word against the product
word of each title of the same kind. Kinds are as fine as the packs sort them ("cookware/pan", "cookware/knife",
"top/jacket"): a kind only one title has names it; among several titles of that kind (or of its family, for a
word for the whole family), the question's word must sit clearly nearest one title's word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tools.reviews.signals_product import kind_family, product_kind_mentions
from tools.reviews.text_tools import normalise


@dataclass(frozen=True)
class KindMention:
    kind: str
    word: str  # the product word as written ("wajan", "frying pan")


def kind_mentions(text: str) -> list[KindMention]:
    """The product words a text holds, each with its kind (the sort of product where the packs tell one:
    "cookware/pan", "cookware/board"), in order."""
    plain = normalise(text)
    return [KindMention(kind, plain[start:end]) for kind, start, end in product_kind_mentions(text, sorts=True)]


def names_kind(asked: str, kind: str) -> bool:
    """Whether a product word of kind `asked` can mean a product of kind `kind`: the same sort, or a word for the
    whole family ("đồ bếp", kitchenware) against one of its sorts."""
    return asked == kind or asked == kind_family(kind)


def names_its_kind(text: str, title: str) -> bool | None:
    """Whether the text's product words name what the title is: None when the text names no product or the title
    is of no kind ("Ultra Car Mount", an export's category code), so nothing is told either way."""
    found = title_kind(title)
    asked = kind_mentions(text)
    if found is None or not asked:
        return None
    return any(names_kind(mention.kind, found.kind) for mention in asked)


@lru_cache(maxsize=4096)
def title_kind(title: str) -> KindMention | None:
    """What a title is, by its first product word: "This charger fills your phone 0-100%…" shows a charger, not a
    phone; a title with no product word (a warehouse tour, an export's category code) is of no kind. Cached: every
    title of the catalogue is read again for each question that reaches the kind step."""
    found = kind_mentions(title)
    return found[0] if found else None


# Among several titles of the asked kind, the question's product word is compared with each title's product word and
# with the whole title (the sum of the two cosines, by the first encoder). The best must reach this and lead the next
# title of another meaning by this much: "กระทะ" 1.25 for the frying pan, 0.57 next; "เขียง" (a cutting board) 0.89
# for the pan and 0.78 for the board is no pick.
WORD_ACCEPT = 0.45
WORD_MARGIN = 0.12
# A shop-wide reading ("is the frigideira getting many complaints?" reads like "which products get many") names one
# only when the word clearly belongs to one title ("frigideira": 1.05 for the pan, 0.52 next).
WORD_STRICT_MARGIN = 0.30


def by_kind(text: str, titles: dict[str, str], meaning_of: Callable[[str], str],
            similarity: Callable[[Sequence[str], Sequence[str]], Any] | None, *, strict: bool = False) -> str | None:
    """The id whose title's kind the text names by a product word.

    `meaning_of` is a title without export codes (titles equal by it are one thing: the planner answers for each);
    `similarity(words, other_words)` is a matrix of cosines between product words, or None (no encoder reads the
    text's language), in which case only a kind one title has names anything. `strict` (a shop-wide reading):
    among several titles of the kind, only a word that clearly belongs to one."""
    mentions = kind_mentions(text)
    if not mentions:
        return None
    kinds_of = {item: found for item, title in titles.items() if meaning_of(title) and (found := title_kind(title)) is not None}
    asked = {mention.kind for mention in mentions}
    candidates = {item: found for item, found in kinds_of.items() if any(names_kind(kind, found.kind) for kind in asked)}
    if not candidates:  # a sort of product the shop has none of ("wok" among knives and boards): its family's titles
        asked = {kind_family(kind) for kind in asked}
        candidates = {item: found for item, found in kinds_of.items() if kind_family(found.kind) in asked}
    meanings = {meaning_of(titles[item]) for item in candidates}
    if len(meanings) == 1:
        return min(candidates)
    if similarity is None or len(asked) != 1 or not candidates:
        return None
    ids = sorted(candidates)
    words = [mention.word for mention in mentions]
    # The word against the title's product word, and against the whole title: a word about as near two titles'
    # product words ("pisau", a knife: "knife" and "cutting board") is told apart by the titles' other words, or not
    # at all (Indonesian "wajan", a wok or frying pan, sits as near "knife" as "frying pan" and names neither).
    cosines = similarity(words, [candidates[item].word for item in ids]).max(axis=0) \
        + similarity(words, [meaning_of(titles[item]) for item in ids]).max(axis=0)
    ranked = sorted(range(len(ids)), key=lambda index: -float(cosines[index]))
    best = ranked[0]
    rival = next((float(cosines[index]) for index in ranked[1:]
                  if meaning_of(titles[ids[index]]) != meaning_of(titles[ids[best]])), -1.0)
    if float(cosines[best]) < WORD_ACCEPT or float(cosines[best]) - rival < (WORD_STRICT_MARGIN if strict else WORD_MARGIN):
        return None
    return ids[best]
