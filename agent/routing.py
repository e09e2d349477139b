"""The deterministic planner's reading of a question: an intent plus entities.

The cue words come from the language packs (`tools/languages/`). Entity resolution uses the
shop's catalogue (product and video ids and titles), so "the blue dress" finds P-1001.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, cast

from agent.understanding import meaningful_title
from tools.languages import joined, packs
from tools.tagging.taxonomy import IssueTag

if TYPE_CHECKING:
    from tools.reviews.described import Described


class Intent(StrEnum):
    VOC_OVERVIEW = "voc_overview"          # which products to fix first, what customers complain about
    VOC_PRODUCT = "voc_product"            # why is product X at risk / what's wrong with X
    EARLY_WARNINGS = "early_warnings"      # rising problems
    VIDEO_OVERVIEW = "video_overview"      # which videos underperform
    VIDEO_DETAIL = "video_detail"          # how to improve video X
    REVIEW_ASSESS = "review_assess"        # is this review malicious
    REVIEW_APPEAL = "review_appeal"        # draft an appeal for review X
    REVIEW_TRIAGE = "review_triage"        # which reviews can I report
    PLAYBOOK = "playbook"                  # how do I fix <issue>
    HELP = "help"                          # how does <feature> work
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Catalog:
    """What the question can refer to: the shop's products, videos and review ids."""

    products: dict[str, str] = field(default_factory=dict)  # id -> title
    videos: dict[str, str] = field(default_factory=dict)    # id -> title
    review_ids: Container[str] = frozenset()  # membership only: the factory asks the store per id
    # Review ids starting with a text (case-insensitive), at most two: the store answers; None = no lookup.
    review_prefix: Callable[[str], list[str]] | None = None
    video_products: dict[str, tuple[str, ...]] = field(default_factory=dict)  # video id -> the products it sells
    video_creators: dict[str, str] = field(default_factory=dict)  # video id -> the creator's handle ("@techreview.sam")
    # The product a review of the shop is about (the store answers); None = no lookup.
    review_product: Callable[[str], str | None] | None = None
    # The one review of the shop whose text holds a quoted text (the store answers); None = no lookup.
    review_quoted: Callable[[str], str | None] | None = None
    # The one review of the shop a seller's words describe (what it says, what kind it is, its stars) and how, called
    # as review_described(words, product_id, stars); None = no lookup.
    review_described: Callable[[str, str | None, int | None], Described | None] | None = None
    # The product or video a text means by its title, by meaning (any language); None = word overlap only.
    # Called as match_title(text, titles, strict=..., agreed=...): strict only accepts a title that clearly stands out,
    # agreed one every encoder ranks first.
    match_title: Callable[..., str | None] | None = None
    # The product or video a text names by a word for its kind ("wajan" for the frying pan), called like match_title
    # when neither words nor meaning found a title; None = not at all.
    match_kind: Callable[..., str | None] | None = None
    # Among titles of one sort of product ("Mini Earphones", "AirBeat Pro ANC Wireless Earbuds"), the one whose own
    # words the text means ("หูฟังไร้สาย", wireless earphones), called as tell_apart(text, titles, found) on a
    # title found by meaning or by kind; None = the title found stands.
    tell_apart: Callable[[str, dict[str, str], str], str] | None = None

    def title(self, text: str, titles: dict[str, str], *, strict: bool = False, kinds: bool = True) -> str | None:
        """The id whose title the text names: shared distinctive words first, then meaning, then (unless `kinds` is
        off) a word for the kind of product the title is ("wajan", "กระทะ": `match_kind`). The words for the
        seller's own shop are left out: "our shop's clips" names no clip, not even "Behind the scenes at our warehouse".

        A title found by shared words or by meaning gives way when the text's product word says it is another thing
        and a later step finds a title of that kind: "son dưỡng môi hoa hồng loại mini" shares "mini" with "Mini
        Earphones" but names a lip oil, which meaning finds ("Rose Lip Oil Mini"); "jaqueta jeans oversized" is the
        denim jacket, not the "Oversized Running Shorts"; "เขียงมินิมอล" (the minimalist cutting board) reads near
        "Mini Earphones" by meaning, and its word for a cutting board finds the board."""
        found = self._found(text, titles, strict=strict, kinds=kinds)
        if found is not None and len(_same_title(found, titles)) >= MAX_NAMESAKES:
            return None  # a title many items share (a category an export titles them by) names none of them
        return found

    def group(self, text: str, *, strict: bool = False) -> tuple[str, ...]:
        """The products a text names by a title many of them share (an export that titles products by their
        category: "Relogios presentes 463cdd" and seven more), every one of them, for the overview to list; ()
        when the text names no such title. A word for a kind of product is not a title ("the watches")."""
        found = self._found(text, self.products, strict=strict, kinds=False)
        if found is None or len(same := _same_title(found, self.products)) < MAX_NAMESAKES:
            return ()
        return tuple(sorted({found, *same}))

    def _found(self, text: str, titles: dict[str, str], *, strict: bool, kinds: bool) -> str | None:
        """`title` before the namesakes check, worked out once per text for the products and the videos (a turn
        routes a question several times, and `group` asks what `title` asked)."""
        which = "products" if titles is self.products else "videos" if titles is self.videos else None
        if which is None:
            return self._find(text, titles, strict=strict, kinds=kinds)
        key = ("found", f"{which}|{strict}|{kinds}|{text}")
        if key not in self.memo:
            self.memo[key] = self._find(text, titles, strict=strict, kinds=kinds)
        return cast(str | None, self.memo[key])

    def _find(self, text: str, titles: dict[str, str], *, strict: bool, kinds: bool) -> str | None:
        text = SHOP_WORDS.sub(" ", text)
        match_title, match_kind = self.match_title, self.match_kind
        steps: list[Callable[[], str | None]] = [lambda: best_title_match(text, titles)]
        if match_title is not None:
            steps.append(lambda: match_title(text, titles, strict=strict))
        if kinds and match_kind is not None and not (titles is self.products and self._describes_video(text)):
            steps.append(lambda: match_kind(text, titles, strict=strict))
        first: str | None = None
        for position, step in enumerate(steps):
            found = step()
            if found is None:
                continue
            if position and self.tell_apart is not None:  # shared words already told the titles apart
                found = self.tell_apart(text, titles, found)
            first = first or found
            if match_title is None or _names_its_kind(text, titles[found]) is not False:
                return found
        return first

    def _describes_video(self, text: str) -> bool:
        """The text speaks of a video it names by the video's own title ("the charger clip that says 0-100% in 15
        minutes"): a word for the product's kind in it describes that video, and names no product of its own."""
        if not VIDEO_WORDS.search(text):
            return False
        return best_title_match(text, self.videos) is not None or (
            self.match_title is not None and self.match_title(text, self.videos) is not None)

    def product_of(self, item_id: str) -> str | None:
        """The product a video sells (its first) or a review is about."""
        if item_id in self.videos:
            return next(iter(self.video_products.get(item_id, ())), None)
        return self.review_product(item_id) if self.review_product is not None else None

    def video_by_creator(self, handle: str, text: str) -> str | None:
        """The one video of the creator `handle` the text means: their only video, or among theirs the one whose
        title or product the rest of the text names ("the charger clip of @techreview.sam")."""
        wanted = handle.lstrip("@").rstrip(".").casefold()
        own = sorted(video for video, creator in self.video_creators.items() if creator.lstrip("@").casefold() == wanted)
        if len(own) <= 1:
            return own[0] if own else None
        key = ("creator", f"{wanted}|{text}")
        if key not in self.memo:
            found = self.title(text, {video: self.videos[video] for video in own if video in self.videos})
            if found is None and (product := self.title(text, self.products)) is not None:
                selling = [video for video in own if product in self.video_products.get(video, ())]
                found = selling[0] if len(selling) == 1 else None
            self.memo[key] = found
        return cast(str | None, self.memo[key])

    def namesakes(self, product_id: str) -> list[str]:
        """The other products titled the same, once export codes are left out ("Bebes 0cf411" and "Bebes
        5ac9d9": an export that titles products by their category). A question naming that title means them all."""
        return _same_title(product_id, self.products)

    def videos_of(self, product_id: str) -> list[str]:
        """The shop's videos that sell a product."""
        return sorted(video for video, products in self.video_products.items() if product_id in products)

    def video_said(self, text: str, videos: Sequence[str], *, by_meaning: bool = False) -> str | None:
        """Among a product's videos, the one whose own words (its title's words beyond its product's title) the text
        repeats: "video unbox tai nghe AirBeat" is "Unboxing the AirBeat Pro ANC Wireless Earbuds", not the AirBeat's
        battery test. None when the text repeats none of them or several ("the AirBeat videos")."""
        asked = _title_words(text)
        said = [video for video in videos
                if _repeats(asked, _title_words(self.videos.get(video, "")) - _title_words(self.products.get(self.product_of(video) or "", "")))]
        if said or not by_meaning or self.match_title is None or len(videos) < 2:
            return said[0] if len(said) == 1 else None
        # In another language, by meaning: "那它那个开箱视频呢" (and its unboxing video?) is the one whose own words are
        # "Unboxing", not "battery test, day 1". Only a clear lead names one; "and its videos?" names none.
        own = {video: words for video in videos if (words := self._own_words(video))}
        if len(own) < 2:
            return None
        # A clear lead, or a smaller one both encoders agree on ("video leggings langsing 7 hari": slim legs, 7 days).
        return self.match_title(text, own, strict=True) or self.match_title(text, own, agreed=True)

    def _own_words(self, video: str) -> str:
        """A video's title without its product's title words ("Unboxing the AirBeat Pro ANC Wireless Earbuds" ->
        "Unboxing")."""
        product = _title_words(self.products.get(self.product_of(video) or "", ""))
        return " ".join(word for word in _WORD.findall(self.videos.get(video, "")) if _singular(word.lower()) not in product
                        and word.lower() not in _TITLE_STOPWORDS)

    def videos_about(self, product_id: str) -> list[str]:
        """The videos a seller means by a product's videos: those mainly about it (the first product they sell)
        when there are any, else every video selling it. "The dress video" is the one showing the dress, not a
        sneaker video that also links the dress."""
        selling = self.videos_of(product_id)
        return [video for video in selling if self.product_of(video) == product_id] or selling

    @cached_property
    def memo(self) -> dict[tuple[str, str], Any]:
        """Answers worked out once per catalogue (one turn routes the same question several times)."""
        return {}

    @cached_property
    def loose_ids(self) -> dict[str, tuple[str, str]]:
        """Products and videos by their id without case, dashes or spaces ("p4001", "vours00046")."""
        table: dict[str, tuple[str, str]] = {}
        for kind, ids in (("product", self.products), ("video", self.videos)):
            for item_id in ids:
                table.setdefault(loose_id(item_id), (kind, item_id))
        return table

    def resolve_token(self, token: str) -> tuple[str, str] | None:
        """("product" | "video" | "review", id) for a token that is an id of the shop, whatever its shape, or a
        prefix of exactly one id (at least `MIN_ID_PREFIX` characters). Case, dashes and spaces do not matter
        ("P4001", "v ours 00045" and "V-OURS-00045" are one id)."""
        wanted = token.casefold()
        found: list[tuple[str, str]] = []
        for kind, ids in (("product", self.products), ("video", self.videos)):
            for item_id in ids:
                folded = item_id.casefold()
                if folded == wanted:
                    return kind, item_id
                if folded.startswith(wanted):
                    found.append((kind, item_id))
        if (loose := self.loose_ids.get(loose_id(token))) is not None:
            return loose
        if self.review_prefix is not None:
            reviews = self.review_prefix(token)
            exact = [review for review in reviews if review.casefold() == wanted]
            if exact:
                return "review", exact[0]
            found += [("review", review) for review in reviews]
        if len(found) == 1 and len(token) >= MIN_ID_PREFIX:
            return found[0]
        return None


# Items answered for when one title names several (`Catalog.namesakes`): a comparison's worth. A title shared by
# more is a category, which the overview shows better than a pick among them.
MAX_NAMESAKES = 4


def _names_its_kind(text: str, title: str) -> bool | None:
    from agent.product_words import names_its_kind

    return names_its_kind(text, title)


def _same_title(item_id: str, titles: dict[str, str]) -> list[str]:
    """The other items whose title means the same once export codes are left out."""
    meaning = meaningful_title(titles.get(item_id, "")).casefold()
    if not meaning:
        return []
    return sorted(item for item, title in titles.items() if item != item_id and meaningful_title(title).casefold() == meaning)


def loose_id(text: str) -> str:
    """An id as compared when the seller types it loosely: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


@dataclass(frozen=True)
class Route:
    intent: Intent
    product_id: str | None = None
    video_id: str | None = None
    review_id: str | None = None
    review_text: str | None = None
    window_days: int | None = None
    levels: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # video statuses the question names ("videos that did not meet threshold")
    selling: str | None = None  # a video list narrowed to the videos that sell this product ("the charger's videos"); with
    # a video, that product's one video ("and its videos?" lists it and opens it)
    issue_tag: str | None = None
    topic: str | None = None
    # A shop-wide list narrowed to the products the question names by a title they share ("the relogios presentes
    # products", eight of them in an export titled by category).
    products: tuple[str, ...] = ()
    matched: tuple[str, ...] = ()  # the cue words that decided the intent (for explanations and tests)


def _combined(field: str) -> dict[str, tuple[str, ...]]:
    """One cue table from every language pack: name -> the cue words of all languages."""
    table: dict[str, tuple[str, ...]] = {}
    for pack in packs().values():
        for name, words in getattr(pack.chat, field).items():
            table[name] = table.get(name, ()) + tuple(words)
    return table


INTENT_CUES: dict[Intent, tuple[str, ...]] = {Intent(name): words for name, words in _combined("intent_cues").items()}

# Checked in this order: the most specific intents first.
INTENT_ORDER = (
    Intent.REVIEW_APPEAL, Intent.REVIEW_ASSESS, Intent.REVIEW_TRIAGE, Intent.VIDEO_DETAIL, Intent.EARLY_WARNINGS,
    Intent.PLAYBOOK, Intent.HELP, Intent.VOC_PRODUCT, Intent.VIDEO_OVERVIEW, Intent.VOC_OVERVIEW,
)
# Issues in the taxonomy's order: the first one a question names is the one it asks about.
ISSUE_CUES: dict[str, tuple[str, ...]] = {
    tag.value: words for tag in IssueTag if (words := _combined("issue_cues").get(tag.value))
}
HELP_TOPICS: dict[str, tuple[str, ...]] = _combined("help_topics")

# ASCII-only boundaries: in "视频V-5004" a Chinese character touches the id, and \b would not split there.
_PRODUCT_ID = re.compile(r"(?<![A-Za-z0-9])P-\d{3,}(?![0-9])", re.IGNORECASE)
_VIDEO_ID = re.compile(r"(?<![A-Za-z0-9])V-\d{3,}(?![0-9])", re.IGNORECASE)
_REVIEW_ID = re.compile(r"(?<![A-Za-z0-9])R-[A-Z0-9]+(?:-[A-Z0-9]+)*", re.IGNORECASE)
_WINDOW = re.compile(rf"(?:{joined('window_prefix')})?\s*(7|30|90)\s*(?:{joined('day_unit')})", re.IGNORECASE)
# Windows said in words, per language: a week is the 7-day window, a month 30, a quarter or three months 90.
_WINDOW_WORDS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (days, re.compile("|".join(f"(?:{pack.chat.windows[days]})" for pack in packs().values() if days in pack.chat.windows),
                      re.IGNORECASE))
    for days in (7, 90, 30)
)


def window_in(text: str) -> int | None:
    """The VoC window a question names, in days (7, 30 or 90), in any of the six languages."""
    if match := _WINDOW.search(text):
        return int(match.group(1))
    for days, pattern in _WINDOW_WORDS:
        if pattern.search(text):
            return days
    return None
# Quoted text (a pasted review). An apostrophe inside a word is no quote mark: "we're packing 500 orders, how's
# it going" quotes nothing.
_QUOTED = re.compile(r"(?:[\"“”「『]|(?<![^\W_])[‘'])(?P<quoted>.{8,}?)(?:[\"“”」』]|[’'](?![^\W_]))", re.DOTALL)
_AFTER_COLON = re.compile(r"[:：]\s*(.{8,})$", re.DOTALL)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A token that may be an id: letters, digits, dashes and underscores, with a digit or a dash in it
# (P-1001, V-OURS-00002, an 18-digit TikTok id, a 32-hex Olist id, or the first characters of one).
# ASCII-only boundaries, so an id touching Chinese or Thai ("P2109这个") is still read.
_HANDLE = re.compile(r"(?<![\w.@])@[\w][\w.]{1,29}")  # a creator's handle, as marketplaces write them
_ID_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9][A-Za-z0-9_-]{3,}(?![A-Za-z0-9_-])")
# An id typed apart: up to two words of letters before its digits ("P 4107", "v ours 00045").
_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9])\d{3,}(?![A-Za-z0-9])")
_LETTERS_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,6})[\s._-]+$")
# What a marketplace id looks like even when this shop's data does not hold it: TikTok's 15–20 digits, Olist's
# 32 hexadecimal characters. Asked about, it is looked up and reported as not found, not read as a number.
_FOREIGN_ID = re.compile(r"(?<![A-Za-z0-9])(?:\d{15,20}|[0-9a-fA-F]{32})(?![A-Za-z0-9])")
MIN_ID_PREFIX = 6

# Words a title and a question share without naming anything: every pack's common words ("de", "yang", "the").
_TITLE_STOPWORDS = frozenset("the a an my of for with and is are why what how which this that".split()).union(
    *(pack.stopwords for pack in packs().values()))


def _normalise(question: str) -> str:
    return " ".join(question.lower().split())


@lru_cache(maxsize=4096)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    """Latin cues match whole words ("late" not inside "calculated"); a trailing * allows a prefix.
    Chinese and Thai cues match anywhere, since those scripts put no spaces between words."""
    prefix = cue.endswith("*")
    body = re.escape(cue.rstrip("*"))
    if not cue.isascii():
        return re.compile(body)
    # Plurals count: "warnings" matches the cue "warning", "complaints" matches "complaint".
    return re.compile(rf"(?<![a-z0-9]){body}" + ("" if prefix else r"(?:s|es)?(?![a-z0-9])"))


def _match_cues(text: str, cues: tuple[str, ...]) -> list[str]:
    return [cue.rstrip("*") for cue in cues if _cue_pattern(cue).search(text)]


_PRODUCT_WORD = re.compile(joined("product_words"), re.IGNORECASE)
# The marketplaces a shop sells on, named alike in every language ("the olist store", "ben shop olist", "toko Shopee
# aku"): they name the shop, never a product's title.
_MARKETPLACE_NAMES = r"\b(?:olist|shopee|tokopedia|lazada|tiktok(?:\s*shop)?|mercado\s*livre|amazon|taobao|tmall|magalu)\b|抖音|淘宝|天猫|拼多多"
SHOP_WORDS = re.compile(rf"{joined('shop_words')}|{_MARKETPLACE_NAMES}", re.IGNORECASE)


def _title_words(text: str) -> set[str]:
    """Words a title and a question can share (other languages are matched by meaning, not by lists). A word for
    "product" is not one: "os artigos da minha loja" names no title, even the one titled "Artigos de natal"."""
    lowered = text.lower()
    return {_singular(w) for w in _WORD.findall(lowered)
            if w not in _TITLE_STOPWORDS and len(w) > 1 and not _PRODUCT_WORD.fullmatch(w)}


def _singular(word: str) -> str:
    """A long word without its plural "s", so "legging" names the "Yoga Leggings" and "sapatilha" the
    "Sapatilhas" (sellers borrow the English word in the singular). Short words keep theirs: "short video" must
    not name the "Running Shorts"."""
    return word[:-1] if len(word) >= 7 and word.endswith("s") and not word.endswith("ss") else word


def _repeats(asked: set[str], words: set[str]) -> bool:
    """Whether a question's words repeat one of these, a long word also by its start ("unbox" for "unboxing")."""
    return any(word == other or (min(len(word), len(other)) >= 4 and (word.startswith(other) or other.startswith(word)))
               for word in asked for other in words)


OWN_TITLE_WORDS = 0.6  # a video named without a word for a video repeats this share of its title's words


def title_coverage(question: str, title: str) -> float:
    """How much of a title the question repeats (0–1): "rose lip oil swatch" names the video "Rose lip oil
    swatch" outright, while "my leggings videos" only shares a word with one."""
    words = _title_words(title)
    return len(_title_words(question) & words) / len(words) if words else 0.0


def only_names(text: str, title: str) -> bool:
    """The text says nothing besides the title's words, the language's common words and words for "product" or
    "video" ("e meu produto de artigos de Natal?" names the Christmas decorations and asks nothing else)."""
    plain = _PRODUCT_OR_VIDEO.sub(" ", text.lower())
    return bool(_title_words(plain)) and _title_words(plain) <= _title_words(title)


def best_title_match(question: str, titles: dict[str, str]) -> str | None:
    """The id whose title shares the most distinctive words with the question, if any.

    A word shared by more than two titles ("set", "pro") does not identify a product on its own.
    """
    asked = _title_words(question)
    title_words = {item_id: _title_words(title) for item_id, title in titles.items()}
    frequency: dict[str, int] = {}
    for words in title_words.values():
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    best: tuple[float, str] | None = None
    for item_id, words in sorted(title_words.items()):
        shared = asked & words
        distinctive = {w for w in shared if frequency[w] <= 2}
        if not distinctive:
            continue
        score = len(distinctive) + 0.5 * len(shared - distinctive) + len(shared) / len(words)
        if best is None or score > best[0]:
            best = (score, item_id)
    return None if best is None else best[1]


def _find_id(pattern: re.Pattern[str], question: str, known: Container[str]) -> str | None:
    for match in pattern.finditer(question):
        candidate = match.group(0).upper()
        if not known or candidate in known:
            return candidate
    return None


def _id_mentions(text: str, catalog: Catalog) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, id) of every id of the shop the text names in any shape, or a unique prefix of one,
    in order; a plain word ("leggings") is never taken for an id prefix."""
    found: list[tuple[int, int, str, str]] = []
    for match in _ID_TOKEN.finditer(text):
        token = match.group(0).rstrip("-_")
        if any(char.isdigit() for char in token) or "-" in token:
            if (resolved := catalog.resolve_token(token)) is not None:
                found.append((match.start(), match.end(), *resolved))
    for handle in _HANDLE.finditer(text):
        # A video named by its creator's handle ("the @techreview.sam clip").
        rest = f"{text[:handle.start()]} {text[handle.end():]}"
        if (video := catalog.video_by_creator(handle.group(0), rest)) is not None:
            found.append((handle.start(), handle.end(), "video", video))
    for digits in _DIGIT_RUN.finditer(text):
        start = digits.start()
        for _ in range(2):  # typed apart: only a whole id counts, with one or two words of letters before it
            letters = _LETTERS_BEFORE.search(text, 0, start)
            if letters is None:
                break
            start = letters.start()
            loose = catalog.loose_ids.get(loose_id(text[start:digits.end()]))
            if loose is not None and not any(s < digits.end() and start < e for s, e, _, _ in found):
                found.append((start, digits.end(), *loose))
                break
    return sorted(found)


def _any_ids(text: str, catalog: Catalog) -> tuple[str | None, str | None, str | None]:
    """Ids of any shape the shop has, or unique prefixes of them, named in the seller's own words."""
    found: dict[str, str] = {}
    for _, _, kind, item_id in _id_mentions(text, catalog):
        found.setdefault(kind, item_id)
    return found.get("product"), found.get("video"), found.get("review")


def named_ids(question: str, catalog: Catalog) -> tuple[str | None, str | None, str | None]:
    """(product, video, review) the question names by id (the demo's shapes first, then any shape the shop has,
    or a unique prefix); titles do not count."""
    product_id = _find_id(_PRODUCT_ID, question, catalog.products)
    video_id = _find_id(_VIDEO_ID, question, catalog.videos)
    review_id = _find_id(_REVIEW_ID, question, catalog.review_ids)
    if not (product_id or video_id or review_id):
        return _any_ids(routing_text(question), catalog)
    return product_id, video_id, review_id


QUOTED_TITLE_COVERAGE = 0.8  # the share of a title's words a quote repeats, and of the quote's words the title has


def quoted_titles_as_ids(question: str, catalog: Catalog) -> str:
    """The question with each quote that is one of the shop's titles replaced by that item's id: "o vídeo 'Leggings
    that slim your legs in 7 days' levou violação?" names that video as an id would, and so does a quote of a video's
    own words ("the leggings video 'slim in 7 days'"). Any other quote stays, as data (a pasted review)."""

    def replaced(match: re.Match[str]) -> str:
        quote = match.group("quoted")
        scored = [(min(title_coverage(quote, titles[item]), title_coverage(titles[item], quote)), item)
                  for titles in (catalog.products, catalog.videos) if (item := best_title_match(quote, titles)) is not None]
        closest = max(scored, default=(0.0, ""), key=lambda pair: pair[0])  # the product first on a tie
        if closest[0] >= QUOTED_TITLE_COVERAGE:
            return f" {closest[1]} "
        # A video's own words quoted ("the leggings video 'slim in 7 days'"): every word of the quote is in one
        # video's title, and in no other's.
        said = [video for video, title in catalog.videos.items() if title_coverage(title, quote) == 1.0]
        return f" {said[0]} " if len(said) == 1 and len(_title_words(quote)) >= 2 else match.group(0)

    return _QUOTED.sub(replaced, question)


def foreign_id(question: str, catalog: Catalog) -> str | None:
    """A marketplace-shaped id the question names that is not in the shop's data ("video 7312845566091234817")."""
    text = routing_text(question)
    known = {(start, end) for start, end, _, _ in _id_mentions(text, catalog)}
    for match in _FOREIGN_ID.finditer(text):
        if not any(start <= match.start() < end for start, end in known):
            return match.group(0)
    return None


def named_products(question: str, catalog: Catalog) -> list[str]:
    """Every product of the shop the question names by id (any shape, or a unique prefix), in order."""
    return _named("product", _PRODUCT_ID, catalog.products, question, catalog)


def named_videos(question: str, catalog: Catalog) -> list[str]:
    """Every video of the shop the question names by id (any shape, or a unique prefix), in order."""
    return _named("video", _VIDEO_ID, catalog.videos, question, catalog)


def named_reviews(question: str, catalog: Catalog) -> list[str]:
    """Every review of the shop the question names by id (any shape, or a unique prefix), in order."""
    return _named("review", _REVIEW_ID, catalog.review_ids, question, catalog)


def _named(kind: str, demo_shape: re.Pattern[str], known: Container[str], question: str, catalog: Catalog) -> list[str]:
    found = [match.group(0).upper() for match in demo_shape.finditer(question) if match.group(0).upper() in known]
    found += [item_id for _, _, mentioned, item_id in _id_mentions(routing_text(question), catalog) if mentioned == kind]
    return list(dict.fromkeys(found))


def strip_entities(text: str, catalog: Catalog) -> str:
    """The question with each id it names replaced by the kind of thing it is ("product", "video",
    "review"): the id says which thing, the kind is part of what the seller wants."""
    spans: list[tuple[int, int, str]] = []
    for pattern, kind in ((_PRODUCT_ID, "product"), (_VIDEO_ID, "video"), (_REVIEW_ID, "review")):
        spans += [(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    spans += [(start, end, kind) for start, end, kind, _ in _id_mentions(text, catalog)]
    # Anything else shaped like an id says nothing about what the seller wants.
    spans += [(m.start(), m.end(), "") for m in _ID_TOKEN.finditer(text)
              if _id_shaped(m.group(0)) and not any(start <= m.start() < end for start, end, kind in spans)]
    out, last = [], 0
    for start, end, kind in sorted(spans):
        if start < last:
            continue
        out += [text[last:start], kind]
        last = end
    out.append(text[last:])
    return re.sub(r"\s+", " ", " ".join(out)).strip() or text


# A number with its unit ("28cm", "10000mAh", "5500K") is part of a title, not an id.
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:[^\W\d_]{1,4}|%)")
# Small numbers joined by a dash are a range ("0-100% in 15 minutes", "10-15 days"), not an id.
_NUMBER_RANGE = re.compile(r"\d{1,3}(?:-\d{1,3})+")


def _id_shaped(token: str) -> bool:
    """A token that reads as an id of something the shop lacks ("7a45a006", "SKU-12"), not a word of the question:
    a measurement ("28cm"), a hyphenated word ("non-stick") and a reduplication typed with a 2 ("dua2nya") are words."""
    token = token.rstrip("-_")
    if _MEASURE.fullmatch(token) or _NUMBER_RANGE.fullmatch(token):
        return False
    digits = sum(char.isdigit() for char in token)
    return digits >= 3 or (digits > 0 and "-" in token)


def names_an_id(text: str) -> bool:
    """The text holds a token that reads as an id, of the shop's or not ("7312456789012345678", "SKU-12")."""
    return any(_id_shaped(token.group(0)) for token in _ID_TOKEN.finditer(text))


_ITEM_JOINERS = re.compile(joined("item_joiners"), re.IGNORECASE)
VIDEO_WORDS = re.compile(joined("video_words"), re.IGNORECASE)
_PRODUCT_OR_VIDEO = re.compile(rf"{joined('product_words')}|{joined('video_words')}", re.IGNORECASE)
_REFERENCE = re.compile(joined("demonstratives"), re.IGNORECASE)
# The word naming what an id is, right before it ("produto 1728…", "视频 7312…").
_KIND_BEFORE_ID = re.compile(rf"(?:(?P<product>{joined('product_words')})|(?P<video>{joined('video_words')}))\W*$",
                             re.IGNORECASE)
_REPORT_WORDS = re.compile(joined("report_words"), re.IGNORECASE)


def compared_products(question: str, catalog: Catalog) -> list[str]:
    """Products named by title on each side of a joiner ("the yoga leggings vs the running shorts", "เดรสซาตินฟ้า
    กับ เลกกิ้งโยคะ"): two or more distinct ones, else none."""
    key = ("compared_products", question)
    if key not in catalog.memo:
        text = strip_entities(routing_text(question), catalog)
        parts = [part for part in _ITEM_JOINERS.split(text) if part.strip()]
        found = list(dict.fromkeys(item for part in parts if (item := catalog.title(part, catalog.products))))
        catalog.memo[key] = found if len(parts) >= 2 and len(found) >= 2 else []
    return list(catalog.memo[key])


_APART = re.compile(rf"{joined('item_joiners')}|[,，;；。!！?？]|(?<=\S)\.(?=\s|$)", re.IGNORECASE)


def product_beside_video(question: str, catalog: Catalog, video: str) -> str | None:
    """The product a video sells, named in a part of the question of its own beside the video: "como ta o carregador
    e aquele video dele do 0 a 100%?", "cek powerbank dong, sama video 3 cara pake powerbank nya". It is asked about
    too. Named after the video, it must be named as the product ("…, sm produk chargernya sendiri"): "the video with
    the charger" asks about one video."""
    sold = catalog.video_products.get(video, ())
    if not sold:
        return None
    parts = [part for part in _APART.split(strip_entities(routing_text(question), catalog)) if part and part.strip()]
    about_video = [bool(VIDEO_WORDS.search(part)) for part in parts]
    if len(parts) < 2 or not any(about_video):
        return None
    for index, part in enumerate(parts):
        if about_video[index] or (product := catalog.title(part, catalog.products, strict=True)) not in sold:
            continue
        if not any(about_video[:index]) or _PRODUCT_WORD.search(part):
            return product
    return None


@lru_cache(maxsize=1)
def _star_rules() -> tuple[tuple[re.Pattern[str], dict[str, int], int | None], ...]:
    return tuple((re.compile(rule.pattern, re.IGNORECASE), {key.lower(): value for key, value in rule.words.items()}, rule.value)
                 for item in packs().values() for rule in item.chat.star_ratings)


# "1-2 star reviews", "1 and 2 star", "mấy review 1 2 sao": a range of ratings, not one (the packs' words for "and"
# and "or" join the two).
_RATING_RANGE = re.compile(rf"[1-5]\s*(?:[-–~/,&+]|{joined('item_joiners')})?\s*$", re.IGNORECASE)


def stars_in(text: str) -> int | None:
    """The one rating a question names ("the 2-star one", "那条二星", "aquela de 2 estrelas"), in any language; None
    when it names none or a range ("1-2 star reviews")."""
    for pattern, words, value in _star_rules():
        match = pattern.search(text)
        if match is None:
            continue
        if _RATING_RANGE.search(text[max(0, match.start() - 8):match.start()]):
            return None
        if value is not None or not match.groups():
            return value
        token = match.group(1).lower()
        return int(token) if token.isdigit() else words.get(token)
    return None


def refers_back(text: str) -> bool:
    """The text points at something named before ("its video", "คลิปที่ขายมัน", "o video dele")."""
    return bool(_REFERENCE.search(_normalise(text)))


def asks_to_report(text: str) -> bool:
    """The seller speaks of reporting a review to the platform, in any language."""
    return bool(_REPORT_WORDS.search(text))


VIDEO_STATUSES = ("Trigger violation", "Did not meet threshold", "Can do better", "Good performance", "In evaluation")
MARKETPLACE_TERMS = re.compile(
    # Not \b: in Thai or Chinese the status is often typed against the words around it ("คลิปที่did not meet threshold").
    r"(?<![A-Za-z])(?:Trigger violation|Did not meet threshold|Can do better|Good performance|In evaluation)(?![A-Za-z])",
    re.IGNORECASE)


def cue_intent(text: str) -> tuple[Intent, tuple[str, ...]]:
    """The most specific intent whose cue words the text holds, with the words (UNKNOWN, () for none)."""
    normalised = _normalise(text)
    for candidate in INTENT_ORDER:
        hits = _match_cues(normalised, INTENT_CUES[candidate])
        if hits:
            return candidate, tuple(hits)
    return Intent.UNKNOWN, ()


def clause_cue(text: str) -> Intent:
    """The intent one clause's cue words name, read as the router reads a whole question: "what is a malicious
    review?" and "how long can I report?" ask how things work unless a review is named or pasted."""
    intent, _ = cue_intent(text)
    names_review = bool(_REVIEW_ID.search(text) or _review_quote(text))
    normalised = _normalise(text)
    if not names_review and (_match_cues(normalised, DEADLINE_CUES)
                             or (intent == Intent.REVIEW_ASSESS and _match_cues(normalised, INTENT_CUES[Intent.HELP]))):
        return Intent.HELP
    return intent


LEVELS = ("At Risk", "Needs Attention", "Market Average", "Below Average")


# Terms that are also ordinary phrases ("how can I do better") count only as the marketplace capitalises them;
# the others in any case ("videos that did not meet threshold", "which products are at risk").
_EVERYDAY_TERMS = frozenset({"Can do better", "Good performance", "In evaluation"})


@lru_cache(maxsize=16)
def _term_pattern(term: str) -> re.Pattern[str]:
    if term in _EVERYDAY_TERMS:
        return re.compile(rf"(?<![A-Za-z]){re.escape(term[0])}(?i:{re.escape(term[1:])})(?![A-Za-z])")
    return re.compile(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _local_terms() -> dict[str, re.Pattern[str]]:
    """Each VoC level as the packs name it: the answers' label ("requer atenção", "需关注") and each pack's
    `level_names`. Video statuses only as the marketplace prints them: their labels are everyday phrases too
    ("pode melhorar"), and "violation" is also said of reviews."""
    found: dict[str, list[str]] = {}
    for pack in packs().values():
        for term in LEVELS:
            names = [pack.chat.level_names[term]] if term in pack.chat.level_names else []
            if (label := pack.glossary.get(term)) and label != term:
                names.append(re.escape(label))
            found.setdefault(term, []).extend(names)
    return {term: re.compile("|".join(f"(?:{name})" for name in names), re.IGNORECASE)
            for term, names in found.items() if names}


def named_terms(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The VoC levels and video statuses a text names, as the marketplace prints them; a level also in a pack's
    words for it ("os artigos que precisam de atenção" is Needs Attention)."""
    local = _local_terms()

    def named(term: str) -> bool:
        return bool(_term_pattern(term).search(text) or (term in local and local[term].search(text)))

    return (tuple(level for level in LEVELS if named(level)),
            tuple(status for status in VIDEO_STATUSES if _term_pattern(status).search(text)))


def asks_how_it_works(text: str) -> bool:
    """The seller asks what something means or how a rule works ("what does At Risk mean?"); the words of a
    named status do not count ("did not meet threshold" is a status, not a question about thresholds)."""
    plain = MARKETPLACE_TERMS.sub(" ", text)
    return bool(_match_cues(_normalise(plain), INTENT_CUES[Intent.HELP]))


def help_topic(text: str) -> str | None:
    """The marketplace rule the text names in so many words ("how is the level calculated"), if any."""
    normalised = _normalise(text)
    return next((name for name, cues in HELP_TOPICS.items() if _match_cues(normalised, cues)), None)


def strip_marketplace_terms(text: str) -> str:
    """The question without the marketplace's video status names: they say which filter or which definition,
    not what the seller wants ("what does Can do better mean" is a how-it-works question)."""
    return re.sub(r"\s+", " ", MARKETPLACE_TERMS.sub(" ", text)).strip() or text


_LEVEL_NAMES = frozenset(level.casefold() for level in LEVELS)


def _only_a_term(quote: re.Match[str]) -> bool:
    """A quote that holds only a level or video status as the marketplace prints it ("'did not meet threshold'
    nghĩa là sao", what does it mean): the seller's own words about a term, not a review's."""
    term = quote.group("quoted").strip(" .?!")
    return MARKETPLACE_TERMS.fullmatch(term) is not None or term.casefold() in _LEVEL_NAMES


def _review_quote(question: str) -> re.Match[str] | None:
    """The first quote in the question that may be a review's words (not only a marketplace term)."""
    return next((quote for quote in _QUOTED.finditer(question) if not _only_a_term(quote)), None)


def quoted_review_as_id(question: str, catalog: Catalog) -> str:
    """The question with a quote of one of the shop's own reviews replaced by that review's id ("trs yg 'Péssima muito
    Ruin' itu gmn", and the one that says '…'?), as a quoted title is by its item's. A quote after a colon is pasted
    text, read as it is; a quote several reviews hold, or none, stays."""
    quoted = _review_quote(question)
    if quoted is None or catalog.review_quoted is None or pasted_after_colon(question) or \
            named_reviews(question, catalog) or not (held := catalog.review_quoted(quoted.group("quoted").strip())):
        return question
    return f"{question[:quoted.start()]} {held} {question[quoted.end():]}"


def pasted_review(question: str) -> str | None:
    """The review text a question quotes or pastes after a colon, if any."""
    span = pasted_span(question)
    return question[span[0]:span[1]].strip() if span else None


def quoted_review(question: str) -> str | None:
    """The review text a question quotes, if any (not text after a colon: "two things: 1. … 2. …" is a list)."""
    quoted = _review_quote(question)
    return quoted.group("quoted").strip() if quoted else None


def pasted_after_colon(question: str) -> bool:
    """The quote or text is given after a colon ("ada ulasan gini: "…"", a review like this: …): pasted to be
    read as it is, not pointed at among the shop's reviews ("that review that just says '…'")."""
    span = pasted_span(question)
    return span is not None and question[:span[0]].rstrip(" \"'“”‘’「」『』«»").endswith((":", "："))


def pasted_span(question: str) -> tuple[int, int] | None:
    """Where the review text a question quotes or pastes after a colon is, if any."""
    quoted = _review_quote(question)
    if quoted:
        return quoted.span("quoted")
    after = _AFTER_COLON.search(question)
    return after.span(1) if after else None


# Questions about a rule's arithmetic or deadline are how-it-works questions, whatever else they name.
DEADLINE_CUES: tuple[str, ...] = tuple(cue for pack in packs().values() for cue in pack.chat.deadline_cues)
# Sentences that try to instruct the assistant, or ask it to act without the seller's confirmation (it never
# files anything itself): data, never the question.
_INSTRUCTION_MARKERS = re.compile(joined("instruction_markers"), re.IGNORECASE)
_IMPROVE = re.compile(joined("improve_words"), re.IGNORECASE)
# A full stop ends a sentence only before a space: "@techreview.sam", "shop.com" and "0.5" are one word.
_SENTENCE_END = re.compile(r"(?<=[!?。！？;；\n])|(?<=\.)(?=\s|$)")


def routing_text(question: str) -> str:
    """The question without quoted text and without sentences that try to instruct the assistant."""
    unquoted = _QUOTED.sub(lambda quote: f" {quote.group('quoted')} " if _only_a_term(quote) else " ", question)
    sentences = _SENTENCE_END.split(unquoted)
    return " ".join(part for part in sentences if not _INSTRUCTION_MARKERS.search(part))


def _retargeted(intent: Intent, product_id: str | None, video_id: str | None) -> Intent:
    """A named product or video makes a generic or how-it-works question about it."""
    # A named product or video makes "what is wrong with P-1001?" a question about it.
    if intent == Intent.HELP and product_id:
        intent = Intent.VOC_PRODUCT
    if intent == Intent.HELP and video_id:
        intent = Intent.VIDEO_DETAIL
    # Entities refine a generic intent: a video id makes it a video question, a product a product one.
    if video_id and (intent in (Intent.VIDEO_OVERVIEW, Intent.UNKNOWN, Intent.PLAYBOOK)
                     or (intent == Intent.VOC_PRODUCT and not product_id)):
        intent = Intent.VIDEO_DETAIL
    return intent


def route(question: str, catalog: Catalog, *, intent: Intent | None = None, retarget: bool = True) -> Route:
    """Read a question: the intent from cue words (or the one given, read by meaning elsewhere), the
    entities from ids, titles and quotes.

    With `retarget`, a named entity refines a generic intent (a video id makes a playbook question about that
    video). A compound question's intents are each kept as read (`retarget=False`): "V-5001 is flagged, why?
    and what are the rules?" asks for the video's diagnosis and for the rules."""
    # Cue words are read from the seller's own words only: quoted text (a pasted review) and any
    # sentence that tries to give instructions ("ignore previous rules...") are data, not the question.
    text = _normalise(routing_text(question))
    own = strip_entities(routing_text(question), catalog)  # the seller's words, ids replaced by their kind
    product_id, video_id, review_id = named_ids(question, catalog)
    window = window_in(text)
    levels, statuses = named_terms(routing_text(question))
    issue_tag = next((tag for tag, cues in ISSUE_CUES.items() if _match_cues(text, cues)), None)

    given = intent
    intent, matched = cue_intent(text)
    own_cue = intent  # what the seller's own words name, whatever intent was given
    if given is not None:
        intent = given

    review_text = None
    if intent in (Intent.REVIEW_ASSESS, Intent.REVIEW_APPEAL) and review_id is None:
        review_text = pasted_review(question)
    elif intent == Intent.REVIEW_TRIAGE and review_id is None and (quoted := quoted_review(question)):
        # "Got this one: "…buy from GiaRe88 instead", can I report it?" asks about the review quoted, not which
        # of the shop's reviews can be reported.
        intent, review_text = Intent.REVIEW_ASSESS, quoted
    if review_text is not None and catalog.review_quoted is not None and not pasted_after_colon(question) and (
            held := catalog.review_quoted(review_text)):
        # "that review that just says 'Péssima muito Ruin', reportable?": a quote of one of the shop's own reviews
        # is that review, whose date says whether it can still be reported.
        review_id, review_text = held, None
    help_hits = _match_cues(text, INTENT_CUES[Intent.HELP])
    # "What is a malicious review?" asks how things work, not about a review.
    if given is None and intent == Intent.REVIEW_ASSESS and review_id is None and review_text is None and help_hits:
        intent, matched = Intent.HELP, tuple(help_hits)
    # "How long can I report?" is about the rule, even though it names reporting.
    if given is None and _match_cues(text, DEADLINE_CUES) and review_id is None:
        intent, matched = Intent.HELP, tuple(_match_cues(text, DEADLINE_CUES))
    if retarget:
        intent = _retargeted(intent, product_id, video_id)
    if not (product_id or video_id or review_id) and (unknown := foreign_id(question, catalog)):
        # An id this shop's data does not hold is still the thing asked about: the tool says it is not found.
        # The word before it says what it is ("produto 1728…", "video 7312…"); else the request does.
        named = _KIND_BEFORE_ID.search(text[:text.find(unknown.casefold())] if unknown.casefold() in text else "")
        if named is not None:
            intent = {"product": Intent.VOC_PRODUCT, "video": Intent.VIDEO_DETAIL}[named.lastgroup or "product"]
        if intent in (Intent.VIDEO_OVERVIEW, Intent.VIDEO_DETAIL):
            video_id, intent = unknown, Intent.VIDEO_DETAIL
        elif intent in (Intent.REVIEW_ASSESS, Intent.REVIEW_APPEAL, Intent.REVIEW_TRIAGE):
            review_id = unknown
            intent = Intent.REVIEW_ASSESS if intent == Intent.REVIEW_TRIAGE else intent
        elif intent in (Intent.VOC_PRODUCT, Intent.VOC_OVERVIEW, Intent.EARLY_WARNINGS):
            product_id, intent = unknown, Intent.VOC_PRODUCT
    if product_id is None and not (video_id or review_id) and intent in (
            Intent.VOC_OVERVIEW, Intent.VOC_PRODUCT, Intent.UNKNOWN, Intent.REVIEW_TRIAGE):
        # "Compare the leggings and the shorts": each product's diagnosis (the planner adds the others).
        if compared := compared_products(question, catalog):
            product_id, intent = compared[0], Intent.VOC_PRODUCT
    # "Is the blue dress getting fake reviews?" names no review: it is about the product's reviews.
    asks_about_reviews = intent == Intent.REVIEW_TRIAGE or (
        intent in (Intent.REVIEW_ASSESS, Intent.REVIEW_APPEAL) and review_id is None and review_text is None)
    if asks_about_reviews and product_id is None and video_id is None:
        # "How are the linen hat's reviews?" asks what buyers say about that product, not what to report;
        # "which of the dress's reviews can I report?" is that product's triage. Only the seller's own words for
        # the shop's reviews ("which reviews", "差评有哪些") ask for a title that clearly stands out.
        # A reference ("that review's product") is resolved against the conversation, not by a loose title.
        listed = own_cue in (Intent.REVIEW_TRIAGE, Intent.VOC_OVERVIEW) or bool(_REFERENCE.search(text))
        if found := catalog.title(own, catalog.products, strict=listed):
            product_id = found
            intent = Intent.REVIEW_TRIAGE if asks_to_report(text) else Intent.VOC_PRODUCT
    if intent in (Intent.VOC_OVERVIEW, Intent.VOC_PRODUCT, Intent.UNKNOWN, Intent.EARLY_WARNINGS) and product_id is None:
        if intent == Intent.VOC_PRODUCT:
            product_id = catalog.title(own, catalog.products)
        elif intent != Intent.EARLY_WARNINGS:
            # A shop-wide reading still names one product when its title clearly stands out.
            product_id = catalog.title(own, catalog.products, strict=True)
    if retarget and product_id and intent in (Intent.VOC_OVERVIEW, Intent.UNKNOWN):
        intent = Intent.VOC_PRODUCT
    if intent == Intent.PLAYBOOK and product_id is None and video_id is None:
        # "What should I do about the AirBeat's complaints?": what worked elsewhere, beside the product's own diagnosis.
        product_id = catalog.title(own, catalog.products, strict=True)
    worded = bool(VIDEO_WORDS.search(text))
    if intent in (Intent.VOC_PRODUCT, Intent.VOC_OVERVIEW, Intent.UNKNOWN) and product_id is None and not video_id \
            and (worded or (intent != Intent.VOC_OVERVIEW and catalog.title(own, catalog.products) is None)) \
            and (found := catalog.title(own, catalog.videos, strict=True)) \
            and (worded or title_coverage(own, catalog.videos[found]) >= OWN_TITLE_WORDS):
        # "The video where we pack 500 orders, why is it doing so badly?" is about that video, and so is "why is the
        # behind the scenes one about packing 500 orders flagged": its title's words, and no product's.
        video_id, intent = found, Intent.VIDEO_DETAIL
    if intent == Intent.VIDEO_OVERVIEW and video_id is None:
        found = best_title_match(question, catalog.videos)
        if found and (_IMPROVE.search(text) or title_coverage(question, catalog.videos[found]) >= 0.6):
            video_id, intent = found, Intent.VIDEO_DETAIL
        elif found := catalog.title(own, catalog.videos, strict=True):
            # One video described by what it shows, unless the words name a product it sells ("the leggings
            # videos" are that product's videos).
            product = product_id or catalog.title(own, catalog.products, strict=True)
            if not (product and product in catalog.video_products.get(found, ())) or catalog.video_said(text, [found]):
                video_id, intent = found, Intent.VIDEO_DETAIL
    selling = None
    if intent in (Intent.VIDEO_OVERVIEW, Intent.VIDEO_DETAIL) and video_id is None:
        # "Are the charger's videos selling?": the videos of the product named, its one video by itself.
        selling = product_id or catalog.title(own, catalog.products, strict=True)
        videos = catalog.videos_about(selling) if selling else []
        titled = catalog.title(own, catalog.videos, strict=True) if intent == Intent.VIDEO_DETAIL and selling else None
        if titled and selling not in catalog.video_products.get(titled, ()) and \
                title_coverage(own, catalog.videos[titled]) > title_coverage(own, catalog.products.get(selling, "")):
            # "the leggings video, the slim your legs in 7 days one" repeats that video's title more than "slim"
            # names the Slim-Fit Sneakers: the video said, not a product's.
            videos = [titled]
        if len(videos) == 1:
            video_id, intent, selling = videos[0], Intent.VIDEO_DETAIL, None
        elif (said := catalog.video_said(text, videos, by_meaning=True)) is not None:
            video_id, intent, selling = said, Intent.VIDEO_DETAIL, None  # "the AirBeat unbox video": that one of its two
        elif videos:
            intent = Intent.VIDEO_OVERVIEW
        else:
            selling = None
    if intent == Intent.VIDEO_DETAIL and video_id is None:
        video_id = catalog.title(own, catalog.videos)
    if retarget and review_id and intent in (Intent.UNKNOWN, Intent.VOC_PRODUCT, Intent.VOC_OVERVIEW, Intent.REVIEW_TRIAGE, Intent.HELP):
        intent = Intent.REVIEW_ASSESS
    products: tuple[str, ...] = ()
    if intent == Intent.VOC_PRODUCT and product_id is None:
        # "How is the relogios presentes product doing?" where eight products share that title: the overview of them.
        products, intent = catalog.group(own), Intent.VOC_OVERVIEW
    elif intent == Intent.VOC_OVERVIEW and product_id is None and not (video_id or review_id):
        products = catalog.group(own, strict=True)
    topic = help_topic(text) if intent == Intent.HELP else None
    return Route(
        intent=intent, product_id=product_id, video_id=video_id, review_id=review_id, review_text=review_text,
        window_days=window, levels=levels, statuses=statuses, selling=selling, issue_tag=issue_tag, topic=topic,
        products=products, matched=matched,
    )
