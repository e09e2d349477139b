"""Wrong reviews: the text is about a different kind of product than the one bought.

Product kinds come from a small multilingual lexicon. The listing's kinds come from its title
(falling back to its category); the review's from its text. A review is "wrong" when it names
product kinds and none of them is the listing's kind or a related one (a phone case review may
talk about the phone), unless the buyer says a wrong item was shipped, which is a genuine
fulfilment complaint.
"""

from __future__ import annotations

import re

from tools.reviews.models import CatalogueItem, MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import wrong_item_shipped
from tools.reviews.text_tools import normalise, quote_around

# kind -> terms (English terms match whole words with an optional plural; others are substrings)
PRODUCT_KINDS: dict[str, tuple[str, ...]] = {
    "dress": ("dress", "gown", "skirt", "连衣裙", "裙子", "裙", "gaun", "rok", "vestido", "เดรส", "กระโปรง"),
    "top": ("t-shirt", "tshirt", "tee", "shirt", "blouse", "hoodie", "sweater", "jacket", "jumper", "cardigan",
            "t恤", "衬衫", "上衣", "外套", "毛衣", "卫衣", "kaos", "kemeja", "jaket", "camiseta", "เสื้อ"),
    "bottoms": ("pants", "trousers", "jeans", "leggings", "shorts", "裤子", "裤", "celana"),
    "clothing": ("clothes", "outfit", "衣服", "baju", "pakaian"),
    "shoes": ("shoe", "sneaker", "sandal", "boot", "heels", "slipper", "鞋子", "鞋", "sepatu", "sendal", "sapato", "tênis", "รองเท้า"),
    "bag": ("handbag", "backpack", "purse", "wallet", "tote", "crossbody", "包包", "背包", "手提包", "挎包", "钱包", "tas", "dompet", "bolsa", "กระเป๋า"),
    "phone_case": ("phone case", "phone cover", "case hp", "casing hp", "casing", "softcase", "手机壳", "保护壳", "capinha"),
    "phone": ("phone", "smartphone", "iphone", "手机", "ponsel", "handphone"),
    "charger": ("charger", "adapter", "charging brick", "充电器", "充电头", "casan", "carregador"),
    "cable": ("cable", "数据线", "kabel"),
    "power_bank": ("power bank", "powerbank", "充电宝"),
    "earphones": ("earbud", "earphone", "headphone", "headset", "耳机", "fone de ouvido", "หูฟัง"),
    "speaker": ("speaker", "soundbar", "音箱", "音响"),
    "watch": ("smartwatch", "smart watch", "wristwatch", "the watch", "this watch", "my watch", "watch strap", "手表", "jam tangan"),
    "perfume": ("perfume", "fragrance", "cologne", "eau de parfum", "eau de toilette", "香水", "parfum", "minyak wangi"),
    "makeup": ("lipstick", "lip tint", "lip gloss", "mascara", "foundation", "eyeshadow", "eyeliner", "concealer", "blush",
               "口红", "唇膏", "睫毛膏", "粉底", "眼影", "lipstik", "maskara", "bedak"),
    "skincare": ("serum", "moisturizer", "moisturiser", "sunscreen", "toner", "cleanser", "face cream", "lotion",
                 "face mask", "sheet mask", "面膜", "面霜", "精华", "防晒", "乳液", "爽肤水", "pelembab", "krim wajah"),
    "cookware": ("frying pan", "pan", "pot", "wok", "saucepan", "knife", "knives", "cutting board",
                 "炒锅", "锅", "菜刀", "刀", "菜板", "panci", "wajan", "pisau", "teflon"),
    "appliance": ("blender", "kettle", "air fryer", "rice cooker", "toaster", "mixer", "microwave",
                  "搅拌机", "榨汁机", "电热水壶", "空气炸锅", "电饭煲", "teko listrik", "ketel"),
    "drinkware": ("mug", "cup", "tumbler", "water bottle", "flask", "杯子", "水杯", "保温杯", "水壶", "gelas", "botol minum"),
    "home_textile": ("pillow", "cushion", "blanket", "towel", "bedsheet", "curtain", "duvet",
                     "枕头", "抱枕", "毯子", "毛巾", "床单", "窗帘", "bantal", "selimut", "handuk", "sprei", "gorden"),
    "toy": ("toy", "doll", "lego", "puzzle", "rc car", "remote control car", "玩具", "娃娃", "积木", "mainan", "boneka"),
    "pet": ("dog food", "cat food", "cat litter", "litter", "leash", "pet food", "猫粮", "狗粮", "猫砂", "makanan kucing", "pasir kucing"),
    "baby": ("stroller", "pram", "diaper", "nappy", "nappies", "baby bottle", "pacifier", "teether", "婴儿车", "推车",
             "尿不湿", "纸尿裤", "奶瓶", "奶嘴", "kereta bayi", "popok", "dot bayi"),
    "lighting": ("lamp", "light bulb", "bulb", "ceiling light", "台灯", "灯泡", "吸顶灯", "lampu", "bohlam"),
    "computer": ("keyboard", "mouse", "monitor", "laptop", "webcam", "键盘", "鼠标", "显示器", "笔记本电脑"),
    "bike": ("bicycle", "bike", "自行车", "sepeda"),
    "sports": ("yoga mat", "dumbbell", "racket", "resistance band", "瑜伽垫", "哑铃", "matras yoga", "dumbel"),
}
RELATED_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"dress", "top", "bottoms", "clothing"}),
    frozenset({"phone", "phone_case", "charger", "cable", "power_bank", "earphones", "speaker", "watch", "computer"}),
    frozenset({"perfume", "makeup", "skincare"}),
    frozenset({"cookware", "appliance", "drinkware"}),
)
# When a title names no known kind, the marketplace category tells us the family at least.
CATEGORY_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("fashion", frozenset({"dress", "top", "bottoms", "clothing", "shoes", "bag"})),
    ("beauty", frozenset({"perfume", "makeup", "skincare"})),
    ("phone", frozenset({"phone", "phone_case", "charger", "cable", "power_bank", "earphones", "speaker", "watch"})),
    ("electronic", frozenset({"phone", "phone_case", "charger", "cable", "power_bank", "earphones", "speaker", "watch", "computer"})),
    ("kitchen", frozenset({"cookware", "appliance", "drinkware", "home_textile"})),
    ("home", frozenset({"cookware", "appliance", "drinkware", "home_textile"})),
)


def _term_pattern(term: str) -> str:
    if term.isascii():
        return r"(?<![a-z0-9])" + re.escape(term).replace(r"\ ", r"[\s-]?") + r"(?:s|es|nya)?(?![a-z0-9])"
    return re.escape(term)


# Longest terms first, so "phone case" is one mention and not also a "phone".
_TERMS = sorted(((term, kind) for kind, terms in PRODUCT_KINDS.items() for term in terms), key=lambda tk: -len(tk[0]))
_TERM_PATTERNS = [(re.compile(_term_pattern(term)), kind) for term, kind in _TERMS]


def product_kind_mentions(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) for each product mention in `text`."""
    lowered = normalise(text)
    taken = [False] * len(lowered)
    found: list[tuple[str, int, int]] = []
    for pattern, kind in _TERM_PATTERNS:
        for match in pattern.finditer(lowered):
            if not any(taken[match.start() : match.end()]):
                found.append((kind, match.start(), match.end()))
                for index in range(match.start(), match.end()):
                    taken[index] = True
    return sorted(found, key=lambda item: item[1])


def listing_kinds(title: str, category: str = "") -> set[str]:
    kinds = {kind for kind, _, _ in product_kind_mentions(title)}
    if kinds:
        return kinds
    lowered = category.lower()
    return set().union(*(family for word, family in CATEGORY_KINDS if word in lowered))


def _related(kind: str, listing: set[str]) -> bool:
    return kind in listing or any(kind in group and group & listing for group in RELATED_KINDS)


def wrong_product_signals(text: str, *, title: str, category: str, catalogue: list[CatalogueItem]) -> list[Signal]:
    listing = listing_kinds(title, category)
    mentions = product_kind_mentions(text)
    if not listing or not mentions or wrong_item_shipped(text):
        return []
    if any(_related(kind, listing) for kind, _, _ in mentions):
        return []
    kind, start, end = mentions[0]
    named = kind.replace("_", " ")
    term = normalise(text)[start:end]
    sold_elsewhere = [item for item in catalogue if kind in listing_kinds(item.title, "")]
    if sold_elsewhere:
        where = f"the shop sells one as another listing ({sold_elsewhere[0].title!r}), so the buyer likely reviewed the wrong listing"
        weight = 0.75
    elif catalogue:
        where = "the shop sells no product of that kind"
        weight = 0.85
    else:
        where = "the shop's catalogue was not available to check"
        weight = 0.8
    return [Signal(
        kind=SignalKind.DIFFERENT_PRODUCT, category=MaliciousCategory.WRONG_PRODUCT, weight=weight,
        description=f"The review talks about '{term}' ({named}), but this listing is {title!r}; {where}.",
        quotes=[quote_around(text, start, end)],
        evidence_ids=[item.product_id for item in sold_elsewhere[:1] if item.product_id],
    )]
