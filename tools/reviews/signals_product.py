"""Wrong reviews: the text is about a different kind of product than the one bought.

Product kinds come from each language pack's words (`ReviewWords.product_kinds`). The listing's kinds come from its title
(falling back to its category); the review's from its text. A review is "wrong" when it names
product kinds and none of them is the listing's kind or a related one (a phone case review may
talk about the phone), unless the buyer says a wrong item was shipped, which is a genuine
fulfilment complaint.

A review that names no product kind may still describe one by its traits: a battery that dies, a waist
that pinches, a flavour. When a trait it describes belongs only to products the listing is not (a battery
on a bath-towel listing, a collar on earphones), the review is probably about another purchase. That is inferred, not read, so
it only ever asks the seller to check the order first.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tools.languages import packs, review_product_kinds, review_product_traits, without_accents
from tools.reviews.models import CatalogueItem, MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import wrong_item_shipped
from tools.reviews.text_tools import (
    blank_links,
    compile_all,
    first_match,
    normalise,
    on_word_edges,
    pack_patterns,
    quote_around,
)

_ELECTRONICS = frozenset({
    "phone", "phone_case", "screen_protector", "charger", "cable", "power_bank", "earphones", "speaker", "watch", "computer",
    "tablet", "camera", "tv", "router", "printer", "game_console",
})
# Kinds a review of one may talk about (a phone case review names the phone; a dress review the socks it
# was worn with): none of them makes a review "about another product".
RELATED_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"dress", "top", "bottoms", "clothing", "socks", "underwear", "swimwear", "hat", "baby_clothes"}),
    _ELECTRONICS,
    frozenset({"perfume", "makeup", "skincare", "hair_care", "nail_care", "grooming", "shaver", "body_care", "oral_care"}),
    frozenset({"cookware", "appliance", "drinkware", "food_container", "coffee_tea", "snacks", "beverage", "fan",
               "air_conditioner", "grocery", "prepared_food"}),
    frozenset({"seating_furniture", "storage_furniture", "table", "mattress", "home_textile", "lighting", "fan",
               "air_conditioner", "cleaning_tools", "vacuum", "home_fragrance", "tissue"}),
    frozenset({"car", "car_parts", "motorbike", "engine_oil", "helmet"}),
    frozenset({"power_tools", "hand_tools"}),
    frozenset({"pet", "cat_tree", "aquarium"}),
    frozenset({"pet", "grocery", "snacks", "prepared_food"}),  # pet food names what it is made of or shaped like
    frozenset({"baby", "diapers", "baby_clothes", "toy", "plush_toy", "tissue"}),
    frozenset({"sports", "sports_ball", "bike", "camping", "helmet"}),
    frozenset({"books", "stationery"}),
    frozenset({"supplements", "medicine"}),
)
# A word for a whole family of kinds -> the kinds it covers: "the clothes broke" may be about any garment.
UMBRELLAS: dict[str, frozenset[str]] = {
    "clothing": frozenset({"dress", "top", "bottoms", "underwear", "swimwear", "socks", "baby_clothes"}),
}
# Furniture -> what it holds: a wardrobe's review talks about the clothes in it, a desk's about the laptop on it
# (and a review of the clothes may name the wardrobe). Only holder and contents are related, not two contents.
HOLDS: dict[str, frozenset[str]] = {
    "storage_furniture": frozenset({"clothing", "dress", "top", "bottoms", "shoes", "books", "bag", "tv", "toy"}),
    "table": frozenset({"computer", "tv", "tablet", "phone", "printer", "lighting", "books"}),
}
_DEVICES = _ELECTRONICS | {"appliance", "fan", "air_conditioner", "vacuum"}
# Trait (`ReviewWords.product_traits`) -> the product kinds that can have it. Generous on purpose: a
# trait only points away from a listing none of whose kinds could have it.
TRAIT_BEARERS: dict[str, frozenset[str]] = {
    "powered": _DEVICES | {
        "grooming", "shaver", "toy", "lighting", "power_tools", "car", "car_parts", "motorbike", "baby", "camping", "bike",
        "aquarium", "cleaning_tools", "helmet", "nail_care", "seating_furniture", "table", "sports", "bag", "gardening",
        "plush_toy", "oral_care", "home_fragrance",
    },
    "screen": _DEVICES | {"car", "car_parts", "motorbike", "toy", "baby", "sports", "bike"},
    "garment_fit": frozenset({
        "dress", "top", "bottoms", "clothing", "underwear", "swimwear", "baby_clothes", "socks", "diapers", "baby", "pet",
        "sports", "bag", "jewelry",
    }),
    "footwear": frozenset({"shoes", "socks"}),
    "scent_longevity": frozenset({"perfume", "skincare", "hair_care", "makeup", "grooming", "body_care", "home_fragrance"}),
    "cosmetic_use": frozenset({
        "makeup", "skincare", "hair_care", "nail_care", "perfume", "grooming", "shaver", "medicine", "supplements", "baby",
        "body_care", "oral_care", "tissue",
    }),
    "eating": frozenset({
        "snacks", "beverage", "coffee_tea", "supplements", "medicine", "pet", "baby", "cookware", "appliance", "drinkware",
        "food_container", "makeup", "hotel_stay", "camping", "grocery", "prepared_food", "oral_care",
    }),
    "phone_fit": frozenset({"phone_case", "screen_protector", "phone", "tablet", "watch", "camera", "computer"}),
    # cloth: anything sewn, stuffed or covered with it (a fabric phone case, a speaker's grille, a lampshade)
    "fabric": frozenset({
        "dress", "top", "bottoms", "clothing", "underwear", "swimwear", "baby_clothes", "socks", "hat", "shoes", "bag",
        "home_textile", "mattress", "seating_furniture", "storage_furniture", "toy", "plush_toy", "pet", "cat_tree",
        "camping", "sports", "umbrella", "car_parts", "baby", "diapers", "helmet", "phone_case", "watch", "earphones",
        "speaker", "lighting", "cleaning_tools", "eyewear", "jewelry", "tablet", "computer", "motorbike", "car",
    }),
    # a story or a text: books, and games and screens that tell one
    "reading": frozenset({"books", "stationery", "board_game", "game_console", "toy", "tablet", "tv", "computer"}),
}
TRAIT_LABELS: dict[str, str] = {
    "powered": "a battery or power", "screen": "a screen", "garment_fit": "how a garment fits the body",
    "footwear": "a shoe's parts", "scent_longevity": "how long a scent lasts", "cosmetic_use": "using a cosmetic",
    "eating": "eating or drinking it", "phone_fit": "how a case or screen protector fits a phone",
    "fabric": "its fabric", "reading": "reading a story or a translation",
}

# When a title names no known kind, the marketplace category tells us the family at least.
CATEGORY_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("fashion", frozenset({"dress", "top", "bottoms", "clothing", "shoes", "bag"})),
    ("beauty", frozenset({"perfume", "makeup", "skincare"})),
    ("phone", frozenset({"phone", "phone_case", "charger", "cable", "power_bank", "earphones", "speaker", "watch"})),
    ("electronic", frozenset({"phone", "phone_case", "charger", "cable", "power_bank", "earphones", "speaker", "watch", "computer"})),
    ("kitchen", frozenset({"cookware", "appliance", "drinkware", "home_textile"})),
    ("home", frozenset({"cookware", "appliance", "drinkware", "home_textile"})),
)


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3400-\u9fff]")
_WORD = re.compile(r"\w+")
_SUFFIXES = ("es", "s", "nya")  # plurals, and Indonesian's "-nya" ("casingnya")
_MAX_WORDS = 4
_MIN_FOLDED = 6  # letters a single product word needs to be read without its accents


@cache
def _terms() -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    """Every pack's product words: spaced ones (English, Vietnamese, Portuguese, Indonesian) by their words,
    matched as whole words with an optional plural, and also without their accents unless the pack's accents tell
    words apart; Chinese and Thai ones as one regex, longest first, matched anywhere (on Thai word edges)."""
    spaced: dict[str, str] = {}
    unspaced: dict[str, str] = {}
    for kind, words in review_product_kinds().items():
        for term in words:
            if _UNSPACED.search(term):
                unspaced.setdefault(term, kind)
            else:
                spaced.setdefault(" ".join(_WORD.findall(term.lower())), kind)
    for item in packs().values():
        if item.chat.typed_without_accents:
            continue  # its accents tell words apart (Vietnamese "áo", a top, and "ao", a pond): read as typed
        for kind, words in item.reviews.product_kinds.items():
            for term in words:  # "carregador portatil", "relogio": typed without the accents
                folded = " ".join(_WORD.findall(without_accents(term).lower()))
                # A short word without its accents is often another language's word (Portuguese "baú", a trunk,
                # is Indonesian "bau", a smell): only longer words and phrases are read so.
                if folded != term.lower() and not _UNSPACED.search(term) and (" " in folded or len(folded) >= _MIN_FOLDED):
                    spaced.setdefault(folded, kind)
    alternation = "|".join(re.escape(term) for term in sorted(unspaced, key=len, reverse=True))
    return spaced, re.compile(alternation) if alternation else None, unspaced


def _plural_of(word: str, ending: str) -> bool:
    """Whether `word` is a plural (or "-nya" form) with this ending: "-es" only after s, x, z, ch, sh or o,
    so "hates" is no plural of "hat"."""
    if not word.endswith(ending) or len(word) <= len(ending) + 1:
        return False
    stem = word[: -len(ending)]
    return ending != "es" or stem.endswith(("s", "x", "z", "ch", "sh", "o"))


def _spaced_mentions(lowered: str, spaced: dict[str, str]) -> list[tuple[str, int, int]]:
    words = list(_WORD.finditer(lowered))
    found: list[tuple[str, int, int]] = []
    index = 0
    while index < len(words):
        for size in range(min(_MAX_WORDS, len(words) - index), 0, -1):  # longest first: "phone case", not "phone"
            span = words[index : index + size]
            key = " ".join(word.group(0) for word in span)
            kind = spaced.get(key) or next(
                (spaced[key[: -len(end)]] for end in _SUFFIXES if _plural_of(key, end) and key[: -len(end)] in spaced), None
            )
            if kind is not None:
                found.append((kind, span[0].start(), span[-1].end()))
                index += size
                break
        else:
            index += 1
    return found


_LIKENESS_REACH = 30  # characters before a product word searched for "like a", "kayak", "像"


def _a_comparison(lowered: str, start: int) -> bool:
    """Whether the product word at `start` is what the product is compared to ("looks like a toy")."""
    before = lowered[max(0, start - _LIKENESS_REACH) : start]
    return any(pattern.search(before) for pattern in pack_patterns("likeness"))


def kind_family(kind: str) -> str:
    """The family of a product kind: the packs sort some families' words ("cookware/pan", "cookware/knife"), so
    that a chat can tell the frying pan from the knife set; telling a review about another product goes by family."""
    return kind.partition("/")[0]


def product_kind_mentions(text: str, *, sorts: bool = False) -> list[tuple[str, int, int]]:
    """(kind, start, end) for each product mention in `text`: the kind's family, or with `sorts` the sort of
    product within it where the packs tell one ("cookware/pan")."""
    lowered = blank_links(normalise(text))  # "pan.baidu.com" names no pan
    spaced, pattern, unspaced = _terms()
    found = _spaced_mentions(lowered, spaced)
    if pattern is not None and _UNSPACED.search(lowered):
        found.extend(
            (unspaced[match.group(0)], match.start(), match.end())
            for match in pattern.finditer(lowered) if on_word_edges(match, lowered)
        )
    return sorted(((kind if sorts else kind_family(kind), start, end) for kind, start, end in found), key=lambda item: item[1])


@lru_cache(maxsize=4096)
def listing_kinds(title: str, category: str = "") -> set[str]:
    kinds = {kind for kind, _, _ in product_kind_mentions(title)}
    if kinds:
        return kinds
    lowered = category.lower()
    return set().union(*(family for word, family in CATEGORY_KINDS if word in lowered))


_DEVICE_PARTS = frozenset({"cable", "charger", "lighting"})  # a plug, a charger, an indicator light or bulb


def _related(kind: str, listing: set[str]) -> bool:
    if kind in _DEVICE_PARTS and listing & TRAIT_BEARERS["powered"]:
        return True  # anything with a battery or a plug has a cable, a charger or a light to complain about
    if any(kind in HOLDS.get(held_by, ()) for held_by in listing) or HOLDS.get(kind, frozenset()) & listing:
        return True
    return kind in listing or any(kind in group and group & listing for group in RELATED_KINDS)


@cache
def _trait_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    return {trait: compile_all(patterns) for trait, patterns in review_product_traits().items()}


def described_traits(text: str) -> dict[str, re.Match[str]]:
    """Trait -> where the review first describes it (on the text as `normalise` gives it)."""
    lowered = blank_links(normalise(text))
    found: dict[str, re.Match[str]] = {}
    for trait, patterns in _trait_patterns().items():
        match = first_match(patterns, lowered)
        if match is not None:
            found[trait] = match
    return found


def _implied_other_product(text: str, title: str, listing: set[str]) -> list[Signal]:
    """The review names no product, but a trait it describes belongs only to products the listing is not: the
    earphones' review that shrank in the wash and has a collar (that a fabric may be an earphone's is no excuse)."""
    traits = {trait: match for trait, match in described_traits(text).items()
              if not TRAIT_BEARERS.get(trait, frozenset()) & listing}
    if not traits:
        return []
    trait, match = min(traits.items(), key=lambda item: item[1].start())
    return [Signal(
        kind=SignalKind.DIFFERENT_PRODUCT, category=MaliciousCategory.WRONG_PRODUCT, weight=0.6,
        description=(
            f"The review describes {TRAIT_LABELS.get(trait, trait)} ('{match.group(0).strip()}'), which a listing like "
            f"{title!r} does not have; the buyer may have reviewed another purchase, so check the order."
        ),
        quotes=[quote_around(text, match.start(), match.end())],
    )]


_FITS_A_DEVICE = frozenset({"phone_case", "screen_protector"})  # whose titles name the phone they fit
_PLUGGED_IN = _DEVICES - _FITS_A_DEVICE - {"cable"}  # what comes with its own cable or charger


def _another_listing_named(
    text: str, title: str, listing: set[str], mentions: list[tuple[str, int, int]], catalogue: list[CatalogueItem],
) -> list[Signal]:
    """The review names only products related to the listing (a cable on a phone case), but one of them the shop
    sells as another listing and the listing itself is never named: the buyer probably reviewed that other
    purchase. Related products are talked about in genuine reviews too, so this only ever asks for a check."""
    if any(kind in listing for kind, _, _ in mentions):
        return []
    for kind, start, end in mentions:
        if kind in _DEVICE_PARTS and listing & _PLUGGED_IN and not listing & _FITS_A_DEVICE:
            continue  # a charger's review may name the cable it came with, whatever else the shop sells
        other = next((
            item for item in catalogue
            if item.title != title and kind in (kinds := listing_kinds(item.title, "")) and not kinds & listing
        ), None)
        if other is None:
            continue
        term = normalise(text)[start:end]
        return [Signal(
            kind=SignalKind.DIFFERENT_PRODUCT, category=MaliciousCategory.WRONG_PRODUCT, weight=0.6,
            description=(
                f"The review talks about '{term}' ({kind.replace('_', ' ')}), not about {title!r}; the shop sells that "
                f"as another listing ({other.title!r}), so the buyer may have reviewed the wrong listing. Check the order."
            ),
            quotes=[quote_around(text, start, end)],
            evidence_ids=[other.product_id] if other.product_id else [],
        )]
    return []


def wrong_product_signals(text: str, *, title: str, category: str, catalogue: list[CatalogueItem]) -> list[Signal]:
    lowered = normalise(text)
    if wrong_item_shipped(text):
        return []  # a fulfilment complaint about this order, not a review of something else
    in_error = first_match(pack_patterns("review_in_error"), lowered)
    if in_error is not None:
        return [Signal(
            kind=SignalKind.DIFFERENT_PRODUCT, category=MaliciousCategory.WRONG_PRODUCT, weight=0.85,
            description="The reviewer says this review was posted in error, meant for another shop or product.",
            quotes=[quote_around(text, in_error.start(), in_error.end())],
        )]
    listing = listing_kinds(title, category)
    if not listing:
        return []
    mentions = [mention for mention in product_kind_mentions(text) if not _a_comparison(lowered, mention[1])]
    if not mentions:
        return _implied_other_product(text, title, listing)
    if any(_related(kind, listing) for kind, _, _ in mentions):
        return _another_listing_named(text, title, listing, mentions, catalogue)
    kind, start, end = mentions[0]
    named = kind.replace("_", " ")
    term = normalise(text)[start:end]
    # A word for a whole family ("clothes", "衣服") names any kind of it the shop sells (a jacket), not only itself.
    covered = {kind} | UMBRELLAS.get(kind, frozenset())
    sold_elsewhere = [item for item in catalogue if covered & listing_kinds(item.title, "")]
    if sold_elsewhere:
        where = f"the shop sells one as another listing ({sold_elsewhere[0].title!r}), so the buyer likely reviewed the wrong listing"
        weight = 0.7  # the buyer may have ordered that one too: check the order before reporting
    elif catalogue:
        where = "the shop sells no product of that kind"
        weight = 0.85
    else:
        # Words alone, with no catalogue to rule out that the shop sells such a thing (a pasted review): the
        # seller checks before reporting. A lamp's cable or a lantern bought with a tent reads like this.
        where = "the shop's catalogue was not available to check"
        weight = 0.7
    return [Signal(
        kind=SignalKind.DIFFERENT_PRODUCT, category=MaliciousCategory.WRONG_PRODUCT, weight=weight,
        description=f"The review talks about '{term}' ({named}), but this listing is {title!r}; {where}.",
        quotes=[quote_around(text, start, end)],
        evidence_ids=[item.product_id for item in sold_elsewhere[:1] if item.product_id],
    )]
