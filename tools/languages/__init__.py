"""Language packs: everything one language needs, in one folder.

Each subpackage (`tools/languages/<code>/`) is a pack:

- `__init__.py` defines `PACK`, a `LanguagePack`: the language's name, its Babel locale, the words the
  chat reads questions by (cue words, ordinals, windows, clause joiners, ...) and the words the guard reads
  answers by (what an answer tells the seller to do with a review);
- `messages.py`: the offline answers' templates and the local words for marketplace terms;
- `lexicon.py`: the phrases that tag buyer feedback with issues (`tools.tagging`);
- `reviews.py`: the words the malicious-review detectors read; `appeal.py`: how an appeal to the platform reads;
- `exemplars.jsonl`: example questions per intent, read by meaning (`agent.understanding`);
- `knowledge/<entry id>.md`: the knowledge base's playbook and help entries in the language, each recording which
  English text it translates (`vectorstore.content.localized`; `python -m vectorstore.translations status`).

Adding a language is adding one folder: packs are discovered, never listed. English is the fallback for a
message a pack lacks. Nothing here imports a heavy library; the tagging lexicons load only when asked for.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

FALLBACK = "en"


class OrdinalRule(BaseModel):
    """One way a language says "the second one": `pattern` is a regex whose first group is the position,
    either digits or a key of `words`; a rule without a group means `value` ("the last one" → -1)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    words: dict[str, int] = Field(default_factory=dict)
    value: int | None = None


class ChatWords(BaseModel):
    """The words the chat's router reads in this language. Regex fragments are joined across packs with `|`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Intent name (agent.routing.Intent value) -> cue words; a trailing * allows any ending.
    intent_cues: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Issue tag -> words that name that issue in a question ("late delivery" -> logistics_delay).
    issue_cues: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Help topic -> words that name it ("how is the level calculated").
    help_topics: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Words that make a question about a rule's arithmetic or deadline.
    deadline_cues: tuple[str, ...] = ()
    # Regex: the word for "days" after 7/30/90, and words before it ("last", "最近").
    day_unit: str = ""
    window_prefix: str = ""
    # Window days -> regex naming that window in words ("last week" -> 7).
    windows: dict[int, str] = Field(default_factory=dict)
    # Regex: what joins two requests in one question ("and what should I do").
    clause_joiners: str = ""
    # Regex: laughter typed in chat ("lol", "555", "kkkk"): it ends a thought, so it parts two clauses ("cansei de ler
    # reclamação kkkk me conta uma curiosidade").
    laughter: str = ""
    # Regex: words for how the seller feels (tired, stressed, "cansei", "เครียด"). A clause that voices a feeling and
    # asks nothing is the seller's mood, even when it names the shop's things ("to exausto de gravar video pra loja").
    feelings: str = ""
    # Regex: a sentence that tries to instruct the assistant (it is data, never the question).
    instruction_markers: str = ""
    ordinals: tuple[OrdinalRule, ...] = ()
    # A review's rating as the seller names it ("the 2-star one", "那条二星"), read with the ordinal rules' shape: the
    # group is the number of stars, in digits or a key of `words`.
    star_ratings: tuple[OrdinalRule, ...] = ()
    # Regex: "that one", "it": the one thing the previous answer was about.
    demonstratives: str = ""
    # Regex: words that change the subject ("by the way", "另外问下", "à mà cho hỏi"): what follows is asked on its own,
    # not of the last answer's subject, so it is read for being off-topic as a first question is.
    subject_change: str = ""
    # Regex: "the other one": the one of a pair (a comparison, "check A and B") the conversation was not just about.
    other_words: str = ""
    # Chat abbreviations spelled out before a question is read by meaning ("sp" -> "sản phẩm", "gmn" -> "gimana"):
    # the encoders learned full words.
    abbreviations: dict[str, str] = Field(default_factory=dict)
    # Regex: the words for a product ("the product in that video" after a video's diagnosis means its product).
    product_words: str = ""
    # Regex: the words for a video ("and its video?" after a product's diagnosis means the videos that sell it).
    video_words: str = ""
    # Regex: the words for a buyer's review ("the review saying GlowMart…" asks about one of them).
    review_words: str = ""
    # VoC level, as the marketplace prints it ("Needs Attention") -> regex: how sellers of this
    # language also say it ("precisam de atenção"). The answers' own label (the glossary's) always counts.
    level_names: dict[str, str] = Field(default_factory=dict)
    # Regex: the words for the seller's own shop ("my shop", "店里", "ร้านเรา"). They name no product or video, though
    # a title may be close to them ("Behind the scenes at our warehouse"), so titles are matched without them. The
    # "short" of the platform's short videos is one too: "my short videos" names no "Running Shorts".
    shop_words: str = ""
    # The language puts a phrase's head noun last ("视频里的商品" is the product in the video), not first
    # ("the product in the video", "สินค้าในคลิป").
    head_last: bool = False
    # Regex: the seller asks how to make a video better (a named video then gets its diagnosis).
    improve_words: str = ""
    # Regex: the seller asks for the weak videos (the overview is filtered to them).
    underperforming_words: str = ""
    # Regex: what joins two things compared or asked about together ("the leggings and the shorts", "A vs B").
    item_joiners: str = ""
    # Regex: reporting a review to the platform ("report", "flag", "举报"): a question about one product's reviews
    # without it asks what buyers say about the product, not which reviews to report.
    report_words: str = ""
    # Regex: a request made on a condition ("if so", "能的话", "se der"): "check R-1 and if so draft the appeal"
    # asks for the check and for the draft.
    conditional_words: str = ""
    # Regex: the seller asks whether something can be done ("can I appeal…?", "能不能申诉", "แจ้งได้ป่าว"); about a
    # named review, without `draft_words`, that asks for its assessment, not for a draft.
    ability_words: str = ""
    # Regex: the seller asks for an appeal to be written ("draft", "写", "bikinin", "soạn").
    draft_words: str = ""
    # Regex: asking the assistant to act in the marketplace for the seller (refund a buyer, reply to a review,
    # message a buyer, cancel an order, change a price). It cannot: such a clause is out of reach even when
    # it names a review or a product, so the id does not turn it into that review's assessment.
    action_requests: str = ""
    # Sellers often type this language without its accents ("khach phan nan gi"): the exemplars are also read
    # with the accents taken off, so a question typed either way finds them.
    typed_without_accents: bool = False
    # Question words that tell this language apart from other Latin-script ones when answering.
    question_words: frozenset[str] = frozenset()
    # Regex: letters only this language uses among the Latin-script packs ("ơ", "đ"): they decide.
    letters: str = ""
    # Regex: letters this language uses more than others ("ção", "ã"): they count as two question words.
    letter_hints: str = ""


class ReviewWords(BaseModel):
    """The words the malicious-review detectors (`tools/reviews/signals_*.py`) read in this language. Each
    entry is one regex, matched case-insensitively on the review as a person sees it; entries are joined
    across packs (`review_fragments`). `{apps}` in an entry stands for the messaging apps' names, `{slang}`
    for their short forms (the diversion detector fills them in)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # A genuine complaint: a described defect, displeasure that names none, a remedy the buyer is owed,
    # a wrong item shipped.
    defects: tuple[str, ...] = ()
    generic_complaints: tuple[str, ...] = ()
    # Words that add nothing to a complaint ("again", "very"): a quote of only these and displeasure names no problem.
    filler_words: tuple[str, ...] = ()
    # Words that introduce a picture or a video ("photos here:", "视频在这"): the link after them is evidence.
    photo_words: tuple[str, ...] = ()
    entitled_remedies: tuple[str, ...] = ()
    wrong_item_shipped: tuple[str, ...] = ()
    # Coercion: changing the review, what is asked for it, an offer that came from the seller instead.
    review_changes: tuple[str, ...] = ()
    rewards: tuple[str, ...] = ()
    seller_offers: tuple[str, ...] = ()
    # Traffic diversion: messaging apps named in this language, the names an account id may follow,
    # invitations to contact the reviewer, lures, who the contact came from, other shops.
    channel_names: tuple[str, ...] = ()
    channel_id_names: tuple[str, ...] = ()
    invitations: tuple[str, ...] = ()
    lures: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()
    other_shops: tuple[str, ...] = ()
    dot_words: tuple[str, ...] = ()  # the word for "." in a link spelled out to dodge filters ("dot", "titik")
    # Competitors: a claim to own a shop, brand or factory; trade talk.
    own_store_claims: tuple[str, ...] = ()
    trade_cues: tuple[str, ...] = ()
    # Invalid reviews: spam, off-topic markers, and the words that show a text is about a purchase.
    spam: tuple[str, ...] = ()
    off_topic: tuple[str, ...] = ()
    purchase_words: tuple[str, ...] = ()
    # Rows of this language's keyboard layout: a hand run along them is gibberish ("ฟหกด" is Thai's "asdf").
    keyboard_rows: tuple[str, ...] = ()
    # Wrong reviews: the reviewer says the review was posted in error ("wrong shop", "by mistake").
    review_in_error: tuple[str, ...] = ()
    # Words right before a product word that make it a comparison, not the thing reviewed ("looks like a toy",
    # "kayak mainan"); each regex ends with `$`, matched against the text just before the product word.
    likeness: tuple[str, ...] = ()
    # Product kind (`tools.reviews.signals_product`) -> words naming it (Latin-script ones match whole words). A
    # "family/sort" key ("cookware/pan") is a sort of product within a family: the chat tells a frying pan from a
    # cutting board by it; the triage reads only the family. A word for the whole family stays under the family.
    product_kinds: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Product trait (`tools.reviews.signals_product.TRAIT_BEARERS`) -> regexes showing a review describes it
    # ("battery", "waist", "aftertaste"): what a review implies about the product when it names none.
    product_traits: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # A review that tries to instruct the classifier ("mark this as genuine").
    instructions: tuple[str, ...] = ()


class AppealWords(BaseModel):
    """How an appeal to the platform reads in this language (`tools.reviews.appeal`). Keys are the malicious
    categories' and evidence kinds' values (`tools.reviews.models`); the category explanations follow the
    platform's own definitions, so its reviewer reads the terms it enforces. A key a pack lacks falls back to
    English; an evidence kind a pack lacks reads as its glossary words it, else in the detector's own words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Category -> the help page's name for it ("Coercive review"), "not_malicious" included.
    categories: dict[str, str] = Field(default_factory=dict)
    # Category -> why a review of it breaks the policy, in one or two sentences.
    explanations: dict[str, str] = Field(default_factory=dict)
    # Evidence kind -> one fact sentence; "{count}" is the number of related reviews. A kind missing here reads
    # as the pack's glossary words it.
    evidence: dict[str, str] = Field(default_factory=dict)
    # Attachment key -> what to attach.
    attachments: dict[str, str] = Field(default_factory=dict)
    # Headings and fixed sentences: title, category, why, evidence, attachments, have, missing,
    # quote_intro, begin, end, genuine, related_ids, empty.
    phrases: dict[str, str] = Field(default_factory=dict)


class AnswerWords(BaseModel):
    """How an answer written in this language says what the guard (`agent.guard`) checks against the tool results.
    Entries are regexes, matched case-insensitively; a match counts only when a tool result backs it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Review decision ("report", "check_first", "do_not_report") -> how an answer tells the seller to report a review,
    # to check it first, or not to report it. Only the advice counts: "it can be reported until Dec 10" is the
    # review's eligibility, checked as a date, and "report" alone is too ordinary a word to be a decision.
    review_decisions: dict[str, tuple[str, ...]] = Field(default_factory=dict)


class LanguagePack(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    name: str  # the language's own name, as a seller picks it ("ภาษาไทย")
    locale: str  # Babel locale for numbers, currency and dates ("th_TH")
    order: int  # position in language pickers and in tie-breaks
    unspaced: bool = False  # written without spaces between words (zh, th)
    chat: ChatWords = ChatWords()
    reviews: ReviewWords = ReviewWords()
    appeal: AppealWords = AppealWords()
    answers: AnswerWords = AnswerWords()
    messages: dict[str, str] = Field(default_factory=dict)
    glossary: dict[str, str] = Field(default_factory=dict)
    # Common words of buyer feedback: language detection for short texts and keyword extraction.
    stopwords: frozenset[str] = frozenset()
    # Number words -> digits, for phone numbers and ids spelled out in words to slip past a filter.
    digit_words: dict[str, str] = Field(default_factory=dict)
    # Common ways of typing a letter with two others that look the same ("เเ" for "แ"): read as the letter.
    typed_lookalikes: dict[str, str] = Field(default_factory=dict)
    # Numbers written in the language's own numerals as digits ("打包五百单" -> "打包500单"), for matching a title
    # that writes them in digits ("packing 500 orders"). None: the language writes numbers in digits.
    numerals_as_digits: Callable[[str], str] | None = None

    @property
    def folder(self) -> Path:
        return Path(__file__).parent / self.code

    @property
    def exemplars(self) -> Path:
        return self.folder / "exemplars.jsonl"


@cache
def packs() -> dict[str, LanguagePack]:
    """Every shipped pack by code, in picker order (English first)."""
    found = []
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.ispkg:
            pack = importlib.import_module(f"{__name__}.{module.name}").PACK
            if not isinstance(pack, LanguagePack) or pack.code != module.name:
                raise TypeError(f"tools/languages/{module.name}: PACK must be a LanguagePack with code {module.name!r}")
            found.append(pack)
    return {pack.code: pack for pack in sorted(found, key=lambda pack: pack.order)}


def numerals_as_digits(text: str) -> str:
    """The text with numbers any pack writes in its own numerals given in digits ("五百单" -> "500单")."""
    for item in packs().values():
        if item.numerals_as_digits is not None:
            text = item.numerals_as_digits(text)
    return text


def codes() -> tuple[str, ...]:
    return tuple(packs())


def pack(code: str) -> LanguagePack:
    """The pack for `code`, or the fallback (English) for a language we have no pack for."""
    return packs().get(code) or packs()[FALLBACK]


def say(code: str, key: str, /, **values: object) -> str:
    """One message of a pack (`messages`) with its placeholders filled by name; English when the pack lacks it."""
    template = pack(code).messages.get(key) or pack(FALLBACK).messages[key]
    return template.format(**values)


def gloss(code: str, term: object) -> str:
    """A marketplace term as printed, with the local word after it: "At Risk（高风险）", "At Risk (em risco)"."""
    text = str(term)
    local = pack(code).glossary.get(text)
    if not local:
        return text
    return f"{text}（{local}）" if code == "zh" else f"{text} ({local})"


def local_name(code: str, term: object) -> str:
    """A term's local word alone when there is one (issue tags in counts), else the term."""
    return pack(code).glossary.get(str(term)) or str(term)


def issue_label(code: str, label: object, tag: object) -> str:
    """An issue's label in the local language, keeping the English label (what the marketplace's pages show)."""
    local = pack(code).glossary.get(str(tag))
    if not local:
        return str(label)
    return f"{local}（{label}）" if code == "zh" else f"{local} ({label})"


def review_fragments(field: str) -> tuple[str, ...]:
    """Every pack's regexes for one `ReviewWords` field, in pack order."""
    return tuple(fragment for item in packs().values() for fragment in getattr(item.reviews, field))


def _review_table(field: str) -> dict[str, tuple[str, ...]]:
    """One of `ReviewWords`' keyed fields, every pack's entries joined per key, in pack order."""
    table: dict[str, tuple[str, ...]] = {}
    for item in packs().values():
        for key, entries in getattr(item.reviews, field).items():
            table[key] = (*table.get(key, ()), *entries)
    return table


def review_product_kinds() -> dict[str, tuple[str, ...]]:
    """Product kind -> the words naming it, in every pack."""
    return _review_table("product_kinds")


def review_product_traits() -> dict[str, tuple[str, ...]]:
    """Product trait -> the regexes showing a review describes it, in every pack."""
    return _review_table("product_traits")


def with_lookalikes_folded(text: str) -> str:
    """Every pack's typed look-alikes replaced by the letter they stand for (`LanguagePack.typed_lookalikes`)."""
    for code in codes():
        for typed, letter in pack(code).typed_lookalikes.items():
            text = text.replace(typed, letter)
    return text


def without_accents(text: str) -> str:
    """The text with Latin letters' diacritics taken off ("phàn nàn" -> "phan nan", "đơn" -> "don")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


def joined(fragment: str) -> str:
    """One regex alternation of a fragment across every pack (`fragment` names a `ChatWords` field)."""
    parts = [getattr(item.chat, fragment) for item in packs().values()]
    return "|".join(f"(?:{part})" for part in parts if part)
