"""Reading what a question asks for by meaning: nearest exemplars in the multilingual embedding space.

Exemplars are example questions per intent and language (`tools/languages/<lang>/exemplars.jsonl`, written apart
from every evaluation set). A question is split into clauses ("why is X at risk" / "and what should I
do"); each clause is embedded with the same multilingual encoder the knowledge base uses and scored
against each intent as the mean similarity of its nearest exemplars. A clause whose best score is below
the threshold asks for nothing we can name; a question none of whose clauses reaches it is out of reach,
and the assistant says what it can do instead of guessing.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tools.languages import joined, numerals_as_digits, pack, packs, without_accents
from tools.models import UNCATEGORISED
from tools.segmentation import function_words, word_boundaries

if TYPE_CHECKING:
    from tools.text_vectors import TextEmbedder

NEAREST = 3  # exemplars averaged per intent
ACCEPT = 0.40  # a clause's best intent must score at least this (`python -m evals.understanding_dev`, leave-one-out)
OUT_OF_REACH = ("offtopic", "out_of_scope")
# Greetings and thanks around a request ("Good morning.", "Thanking you."): not a request of their own, and
# not a reason to answer nothing. A question of nothing else asks for nothing we can name.
SMALLTALK = "smalltalk"
# A marketplace word that names the request outright ("appeal", "申诉", "banding") raises its intent by this
# much in the clause that holds it: meaning decides, the word breaks near-ties (chosen on the planner's own
# chat cases and the unit tests, never on the independent set).
CUE_BONUS = 0.08

# Clause boundaries (within a line: `clauses` splits lines first): punctuation, a spaced dash, each language
# pack's words that join two requests, and laughter ("kkkk", "555"), which ends a thought.
_CLAUSES = re.compile(
    rf"\s*(?:[?？!！;；。]|\.(?=\s)|\s[-+/]\s|{joined('clause_joiners')}|{joined('laughter')})\s*", re.IGNORECASE)
# A list item's number at the start of a line ("1) why is it weak", "2 สินค้าที่…"): the item is the request.
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|\d\s)\s*")
# List items numbered within one line ("1) worst products 2) worst videos 3) reviews i can report"): two or more.
_INLINE_ITEM = re.compile(r"(?:^|(?<=\s))\(?[1-9]\)\s+")
_PLACEHOLDER = re.compile(r"\{(?:product|video|review)\}")


@dataclass(frozen=True)
class Exemplar:
    intent: str
    text: str
    language: str
    unaccented: bool = False  # a copy with the accents taken off, read only for questions typed that way


@dataclass(frozen=True)
class ClauseReading:
    text: str
    intent: str
    score: float
    scores: dict[str, float] = field(default_factory=dict, compare=False)

    def favouring(self, intent: str, bonus: float) -> ClauseReading:
        """This reading with `intent` raised by `bonus` (a cue word in the clause names it outright)."""
        scores = dict(self.scores)
        if intent not in scores:
            return self
        scores[intent] += bonus
        best = max(scores, key=lambda name: scores[name])
        return ClauseReading(self.text, best, scores[best], scores)

    def deciding(self, intent: str) -> ClauseReading:
        """This reading with `intent` ahead of every other by `CUE_BONUS`: words that name one request beyond
        doubt (an action the assistant cannot take) decide the clause, whatever its nearest examples."""
        if intent not in self.scores:
            return self
        return self.favouring(intent, max(self.scores.values()) - self.scores[intent] + CUE_BONUS)


def load_exemplars(paths: list[Path] | None = None) -> list[Exemplar]:
    """Every language pack's exemplars. A file's first line names, in that language, what an entity placeholder
    stands for ({"placeholders": {"product": "produk", ...}}): the thing's kind is part of the meaning."""
    items = []
    for path in paths if paths is not None else [item.exemplars for item in packs().values() if item.exemplars.exists()]:
        words: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if "placeholders" in item:
                words = item["placeholders"]
                continue
            text = _PLACEHOLDER.sub(lambda match, names=words: names.get(match.group(0)[1:-1], " "), item["text"])
            items.append(Exemplar(item["intent"], text, path.parent.name))
            if pack(path.parent.name).chat.typed_without_accents and (plain := without_accents(text)) != text:
                items.append(Exemplar(item["intent"], plain, path.parent.name, unaccented=True))
    return items


def clauses(text: str) -> list[str]:
    """The requests a question joins ("why is X at risk and what should I do" → two); at least one. A piece of
    one word ("Sebutkan", "also") is not a request of its own: it joins the piece after it."""
    lines = text.splitlines()
    if len(lines) > 1:  # only lines are list items: "7 ngày qua sp nào tệ nhất?" keeps its window
        lines = [_LIST_MARKER.sub("", line) for line in lines]
    lines = [item for line in lines
             for item in (_INLINE_ITEM.split(line) if len(_INLINE_ITEM.findall(line)) >= 2 else [line])]
    parts = [part.strip(" ,.-") for line in lines for part in _CLAUSES.split(line) if part and part.strip(" ,.-")]
    merged: list[str] = []
    carry = ""
    for part in parts:
        part = f"{carry} {part}".strip() if carry else part
        if _too_short(part):
            carry = part
            continue
        merged.append(part)
        carry = ""
    if carry:
        if merged:
            merged[-1] = f"{merged[-1]} {carry}"
        elif len(carry) >= 3:
            merged.append(carry)
    return merged or [text.strip()]


_SOFT_BREAKS = re.compile(r"\s*(?:[,，、…]|\.{2,})\s*")


def soft_pieces(clause: str) -> list[str]:
    """A clause cut at its commas and trailing dots ("been staring at my list all day... what do I cook"), each
    piece long enough to read on its own; the clause itself when it has no such break."""
    pieces: list[str] = []
    for piece in (part.strip() for part in _SOFT_BREAKS.split(clause)):
        if not piece:
            continue
        if pieces and _too_short(piece):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    if len(pieces) > 1 and _too_short(pieces[0]):
        first = pieces.pop(0)
        pieces[0] = f"{first} {pieces[0]}"
    return pieces or [clause]


def typed_without_accents(text: str) -> bool:
    """A question in a language sellers often type without its accents (with or without them here)."""
    from agent.offline.messages import answer_language

    return pack(answer_language(text)).chat.typed_without_accents


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]] | None:
    table: dict[str, str] = {}
    unspaced: set[str] = set()  # a language written without spaces has no word edges to look for ("โดนลค.ติ")
    for item in packs().values():
        for short, full in item.chat.abbreviations.items():
            table.setdefault(short.lower(), full)
            if item.unspaced:
                unspaced.add(short.lower())
    if not table:
        return None
    def alternatives(shorts: set[str]) -> str:
        return "|".join(re.escape(short) for short in sorted(shorts, key=len, reverse=True))
    spaced = alternatives(set(table) - unspaced)
    pattern = rf"(?<![\w/-])(?:{spaced})(?![\w/-])" if spaced else ""
    if unspaced:
        pattern = "|".join(filter(None, (pattern, f"(?:{alternatives(unspaced)})")))
    return re.compile(pattern, re.IGNORECASE), table


def spelled_out(text: str) -> str:
    """A clause with each pack's chat abbreviations spelled out ("sp nào tệ nhất" -> "sản phẩm nào tệ nhất")."""
    found = _abbreviations()
    if found is None:
        return text
    pattern, table = found
    return pattern.sub(lambda match: table[match.group(0).lower()], text)


def _too_short(part: str) -> bool:
    unspaced = sum(len(run) for run in _UNSPACED.findall(part))
    return len(_UNSPACED.sub(" ", part).split()) + unspaced // 2 < 2


@dataclass(frozen=True)
class Calibration:
    """Where one encoder's scores sit (`python -m evals.understanding_dev`, leave-one-out on the exemplars):
    `accept` is its threshold (USE's is ACCEPT; another encoder's passes the same share of exemplars) and
    `spread` the usual spread of its intent scores for one text."""

    accept: float
    spread: float


# Per encoder (by name); an encoder not listed (a test's fake) is taken as it scores, with the reader's ACCEPT.
CALIBRATION: dict[str, Calibration] = {
    "use-multilingual-v3": Calibration(accept=ACCEPT, spread=0.120),
    "multilingual-e5-small-q4": Calibration(accept=0.853, spread=0.022),
}


class IntentReader:
    """Scores clauses against intent exemplars with one or more encoders. Build once per process.

    With several encoders, each one's intent scores are put on the first encoder's scale by its calibration
    and averaged, so the threshold and the cue bonus keep their meaning: USE reads Chinese and Thai well,
    e5 reads Vietnamese, which USE never saw. Exemplar vectors come from the shipped cache next to each
    language pack's exemplars (`exemplars.<encoder>.npz`); an exemplar not in it is embedded on first use.
    """

    def __init__(self, embedders: TextEmbedder | Sequence[TextEmbedder], exemplars: list[Exemplar]) -> None:
        self._embedders = list(embedders) if isinstance(embedders, (list, tuple)) else [embedders]
        self._exemplars = exemplars
        self._matrices: dict[str, Any] = {}
        self._intents: list[str] = sorted({item.intent for item in exemplars})
        self._labels: Any = None
        self._unaccented: Any = None

    @property
    def intents(self) -> list[str]:
        return list(self._intents)

    @property
    def exemplars(self) -> list[Exemplar]:
        return list(self._exemplars)

    def _vectors(self, embedder: TextEmbedder) -> Any:
        if embedder.name not in self._matrices:
            self._matrices[embedder.name] = exemplar_vectors(embedder, self._exemplars)
        return self._matrices[embedder.name]

    def _encoder_scores(self, embedder: TextEmbedder, texts: list[str], exclude: set[int] | None,
                        unaccented: list[bool]) -> Any:
        """(texts × intents) array: the mean cosine of each intent's `NEAREST` most similar exemplars."""
        import numpy as np

        if self._labels is None:
            self._labels = np.array([item.intent for item in self._exemplars])
            self._unaccented = np.array([item.unaccented for item in self._exemplars], dtype=bool)
        similarity = np.asarray(embedder.embed(texts), dtype=np.float32) @ self._vectors(embedder).T
        if exclude:
            similarity[:, sorted(exclude)] = -1.0
        # Unaccented copies sit near everything an encoder cannot read: only a question in their language is
        # compared with them.
        similarity[np.outer(~np.asarray(unaccented, dtype=bool), self._unaccented)] = -1.0
        result = np.full((len(texts), len(self._intents)), -1.0, dtype=np.float32)
        for column, intent in enumerate(self._intents):
            block = similarity[:, self._labels == intent]
            if block.shape[1]:
                result[:, column] = np.sort(block, axis=1)[:, -NEAREST:].mean(axis=1)
        return result

    def scores(self, texts: list[str], *, exclude: set[int] | None = None, language_of: str | None = None) -> list[dict[str, float]]:
        """Per text, each intent's score on the first encoder's scale (its cosine, for a single encoder).
        `language_of`: the whole question the texts are clauses of (its language decides which exemplars apply)."""
        import numpy as np

        if not texts:
            return []
        if not any(item.unaccented for item in self._exemplars):
            unaccented = [False] * len(texts)
        elif language_of is not None:
            unaccented = [typed_without_accents(language_of)] * len(texts)
        else:
            unaccented = [typed_without_accents(text) for text in texts]
        reference = CALIBRATION.get(self._embedders[0].name, Calibration(ACCEPT, 1.0))
        combined = np.zeros((len(texts), len(self._intents)), dtype=np.float32)
        for embedder in self._embedders:
            own = CALIBRATION.get(embedder.name, reference)
            combined += (self._encoder_scores(embedder, texts, exclude, unaccented) - own.accept) / own.spread
        combined = reference.accept + reference.spread * combined / len(self._embedders)
        return [{intent: float(row[column]) for column, intent in enumerate(self._intents)} for row in combined]

    def read(self, question: str) -> list[ClauseReading]:
        """Each clause's best intent with every intent's score, in the question's order."""
        return self.read_clauses(clauses(question), question=question)

    def read_clauses(self, parts: list[str], *, question: str | None = None) -> list[ClauseReading]:
        """Each given clause's best intent with every intent's score (chat abbreviations spelled out first)."""
        readings = []
        scored_parts = self.scores([spelled_out(part) for part in parts], language_of=question)
        for part, scored in zip(parts, scored_parts, strict=True):
            best = max(scored, key=lambda name: scored[name])
            readings.append(ClauseReading(part, best, scored[best], scored))
        return readings


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def vector_cache(language: str, embedder_name: str) -> Path:
    return pack(language).folder / f"exemplars.{embedder_name}.npz"


def exemplar_vectors(embedder: TextEmbedder, exemplars: list[Exemplar]) -> Any:
    """The exemplars' vectors, in order: from each pack's shipped cache where it holds the text, else embedded."""
    import numpy as np

    known: dict[str, Any] = {}
    for language in sorted({item.language for item in exemplars}):
        path = vector_cache(language, embedder.name)
        if path.exists():
            with np.load(path) as cached:
                known.update(zip(cached["digests"].tolist(), cached["vectors"].astype(np.float32), strict=True))
    missing = [item.text for item in exemplars if _digest(item.text) not in known]
    for text, vector in zip(missing, embedder.embed(missing), strict=True):
        known[_digest(text)] = np.asarray(vector, dtype=np.float32)
    return np.stack([known[_digest(item.text)] for item in exemplars]) if exemplars else np.zeros((0, embedder.dimensions))


def write_vector_caches(embedders: Sequence[TextEmbedder], exemplars: list[Exemplar]) -> list[Path]:
    """Embed every exemplar with each encoder and write the per-pack caches (`make exemplar-vectors`)."""
    import numpy as np

    written = []
    for embedder in embedders:
        for language in sorted({item.language for item in exemplars}):
            items = [item for item in exemplars if item.language == language]
            vectors = np.asarray(embedder.embed([item.text for item in items]), dtype=np.float16)
            path = vector_cache(language, embedder.name)
            np.savez_compressed(path, digests=np.array([_digest(item.text) for item in items]), vectors=vectors)
            written.append(path)
    return written


def cached_digests(language: str, embedder_name: str) -> set[str]:
    """Which exemplar texts a pack's shipped cache holds (to check it is current without embedding)."""
    import numpy as np

    path = vector_cache(language, embedder_name)
    if not path.exists():
        return set()
    with np.load(path) as cached:
        return set(cached["digests"].tolist())


def exemplar_digest(exemplar: Exemplar) -> str:
    return _digest(exemplar.text)


@cache
def question_vocabulary() -> frozenset[str]:
    """Every word the exemplars ask with, in all languages ("review", "report", "รีวิว", "estrelas"): words any
    question may hold, which say nothing about which review a seller means when a review holds them too."""
    from tools.reviews.described import description_units

    # The reader already holds the exemplars (the agent builds it first): they are not read from the packs again.
    return frozenset(word for exemplar in shared_reader().exemplars for word in description_units(exemplar.text))


@cache
def shared_reader() -> IntentReader:
    """The product's reader: the shipped exemplars, read with USE and multilingual-e5-small."""
    from tools.text_vectors import build_question_embedders

    return IntentReader(build_question_embedders(), load_exemplars())


def main() -> None:
    """Rebuild the exemplar vector caches: `python -m agent.understanding` (after editing exemplars)."""
    from tools.text_vectors import build_question_embedders

    for path in write_vector_caches(build_question_embedders(), load_exemplars()):
        print(path)


TITLE_ACCEPT = 0.33  # cosine between a question and the best title (set on catalogue checks in tests, not on an eval set)
TITLE_MARGIN = 0.06  # and ahead of the second title by this much: two close titles mean the question is ambiguous
# A question read as a shop-wide one names one thing only when the title stands out clearly and a second encoder
# picks the same one ("how is the rose lip oil mini doing" vs "which products do badly"): set on the dev set.
STRICT_ACCEPT = 0.45
STRICT_MARGIN = 0.10
# A title this far ahead of any other stands out by itself: the second encoder, whose cosines are compressed and
# often rank a few titles within 0.01 of each other, is not asked ("เดรสสีฟ้า": 0.63 for the dress, 0.30 next).
CLEAR_LEAD = 0.20
CONFIRM_MARGIN = 0.015  # the second encoder's own margin (its cosines are compressed: see CALIBRATION)


# A title found for the whole text by the one encoder that reads its language (`TitleMatcher._retrieved`) must lead
# the next title of another meaning by this much (that encoder's cosines sit within a few hundredths).
RETRIEVAL_MARGIN = 0.012
RETRIEVAL_STRICT_MARGIN = 0.018
# The lead is measured against the other titles: among fewer than this many it says nothing (with three titles, a
# question about none of them still sits nearer one).
RETRIEVAL_MIN_TITLES = 10

# Among titles of one sort, a title's own words must lead those of the title found by this much to replace it
# ("หูฟังไร้สาย": 0.51 for "AirBeat Pro ANC Wireless", 0.37 for "Mini"; set on development rounds, not the test split).
OWN_WORDS_MARGIN = 0.05

_SPAN_CACHE = 2_000  # span vectors kept between calls (a question has at most 80 spans)


class TitleMatcher:
    """Which product or video a question means by its title, in any language ("蓝色连衣裙" → "Blue Satin
    Midi Dress"), by the multilingual encoders. Titles are embedded once each; no synonym lists."""

    def __init__(self, embedders: TextEmbedder | Sequence[TextEmbedder]) -> None:
        self._embedders = list(embedders) if isinstance(embedders, (list, tuple)) else [embedders]
        self._vectors: dict[tuple[str, str], Any] = {}  # (encoder, title) -> vector, kept
        self._spans: dict[tuple[str, str], Any] = {}  # (encoder, span) -> vector, the last few questions' only
        self._lock = threading.Lock()  # the app's sessions share one matcher

    def _embedded(self, embedder: TextEmbedder, texts: list[str], cache: dict[tuple[str, str], Any], *,
                  passages: bool = False) -> Any:
        """The texts' vectors, embedding only those the cache lacks (a turn routes one question several times).
        `passages`: embedded as what a query looks for (`embed_passages`, for an encoder that has one)."""
        import numpy as np

        key = f"{embedder.name}:passage" if passages else embedder.name
        embed = getattr(embedder, "embed_passages", embedder.embed) if passages else embedder.embed
        with self._lock:
            if cache is self._spans and len(cache) > _SPAN_CACHE:
                cache.clear()
            missing = list(dict.fromkeys(text for text in texts if (key, text) not in cache))
            for text, vector in zip(missing, embed(missing), strict=True):
                cache[(key, text)] = np.asarray(vector, dtype=np.float32)
            return np.stack([cache[(key, text)] for text in texts])

    def _ranked(self, embedder: TextEmbedder, spans: list[str], titles: dict[str, str]) -> tuple[list[str], Any]:
        """Ids by how close their title is to some span, best first, with the similarities."""
        import numpy as np

        meanings = {item: meaning for item, title in titles.items() if (meaning := meaningful_title(title))}
        ids = sorted(meanings)
        if not ids:
            return [], np.zeros(0, dtype=np.float32)
        matrix = self._embedded(embedder, [meanings[item] for item in ids], self._vectors)
        similarity = (matrix @ self._embedded(embedder, spans, self._spans).T).max(axis=1)
        order = np.argsort(-similarity, kind="stable")  # equal titles: the first id first, every time
        return [ids[index] for index in order], similarity[order]

    def by_kind(self, text: str, titles: dict[str, str], *, strict: bool = False) -> str | None:
        """The id whose title is of the kind of product the text names by a word for it ("wajan", "กระทะ" for the
        frying pan: `agent.product_words`). For a text no title is found in by meaning."""
        from agent.product_words import by_kind

        # Single product words are compared by the first encoder only: the second's cosines between two words
        # sit within a few hundredths whatever they mean, so a text only it reads gets a kind one title has.
        similarity = self._word_similarity if self._reader_of(text) is self._embedders[0] else None
        return by_kind(text, titles, meaningful_title, similarity, strict=strict)

    def tell_apart(self, text: str, titles: dict[str, str], found: str) -> str:
        """Among the titles of the sort of product `found` is, the one whose own words (the title without its
        product word: "AirBeat Pro ANC Wireless", "Mini") the text means, when one clearly leads: a short title
        such as "Mini Earphones" sits nearest any question about earphones, so "หูฟังไร้สาย", "降噪耳机" and "fone
        sem fio" (wireless, noise-cancelling) all found it by meaning. Read by the first encoder only (the second's
        cosines between short phrases sit within a few hundredths), so a text only the second reads keeps `found`."""
        from agent.product_words import title_kind

        sort = title_kind(titles[found])
        if sort is None or self._reader_of(text) is not self._embedders[0]:
            return found
        own_words: dict[str, str] = {}
        for item, title in titles.items():
            kind = title_kind(title)
            if kind is not None and kind.kind == sort.kind:
                words = re.sub(re.escape(kind.word), " ", meaningful_title(title), count=1, flags=re.IGNORECASE)
                own_words[item] = " ".join(words.split())
        if len({meaningful_title(titles[item]) for item in own_words}) < 2 or not all(own_words.values()):
            return found
        spans = _spans_at_word(title_spans(text), text, sort.kind)
        if not spans:
            return found
        ids, similarity = self._ranked(self._embedders[0], spans, own_words)
        score = dict(zip(ids, (float(value) for value in similarity), strict=True))
        best = ids[0]
        if meaningful_title(titles[best]) == meaningful_title(titles[found]) or score[best] - score.get(found, 0.0) < OWN_WORDS_MARGIN:
            return found
        return best

    def _word_similarity(self, words: Sequence[str], others: Sequence[str]) -> Any:
        embedder = self._embedders[0]
        return self._embedded(embedder, list(words), self._spans) @ self._embedded(embedder, list(others), self._vectors).T

    def best(self, text: str, titles: dict[str, str], *, strict: bool = False, agreed: bool = False) -> str | None:
        """The id whose title is closest to some span of the text (a question's other words dilute the
        similarity, so spans of one to four words, or two to six characters in unspaced scripts, are tried).
        `strict`: only a title that stands out, confirmed by every other encoder. `agreed`: as close as strict, the
        usual lead, and every other encoder ranks the same title first (for a few titles already narrowed down, where a
        strict lead over the next one is more than a seller's paraphrase gives: "video leggings langsing 7 hari", the
        leggings' video whose own words are "slim your legs 7 days", leads their "style every day" by 0.09; a short
        title such as "Unboxing" sits 0.35 from "the earbud videos", which names none)."""
        if not titles or not text.strip():
            return None
        text = numerals_as_digits(text)  # "打包五百单" is the video "packing 500 orders"
        spans = title_spans(text)
        if not spans:  # one letter between two joiners ("x vs y") names nothing
            return None
        # A language only another encoder reads (Vietnamese): its search decides when its best title leads; when it
        # does not, the first encoder's spans (an English or brand word in the text) must agree with its best title.
        agree_with: str | None = None
        if (reader := self._reader_of(text)) not in (None, self._embedders[0]):
            found, leads = self._retrieved(reader, text, titles, strict=strict)
            if leads:
                return found
            agree_with = found
        ids, similarity = self._ranked(self._embedders[0], spans, titles)
        if ids and agree_with is not None and meaningful_title(titles[ids[0]]) != meaningful_title(titles[agree_with]):
            return None
        if not ids:  # no title has a meaning to match
            return None
        best, second = _lead(ids, similarity, titles)
        accept, margin = (STRICT_ACCEPT, STRICT_MARGIN) if strict else (STRICT_ACCEPT, TITLE_MARGIN) if agreed else \
            (TITLE_ACCEPT, TITLE_MARGIN)
        if best < accept or best - second < margin:
            return None
        if (strict and best - second < CLEAR_LEAD) or agreed:
            for embedder in self._embedders[1:]:
                other_ids, other = self._ranked(embedder, spans, titles)
                if meaningful_title(titles[other_ids[0]]) != meaningful_title(titles[ids[0]]) \
                        or float(other[0]) - _lead(other_ids, other, titles)[1] < CONFIRM_MARGIN:
                    return None
        return ids[0]

    def _reader_of(self, text: str) -> TextEmbedder | None:
        """The first encoder that was trained on the text's language (USE never saw Vietnamese; e5 did). The language
        is told by the letters only it uses ("ơ", "đ"): a text typed without them reads as too many languages."""
        languages = {code for code, item in packs().items() if item.chat.letters and re.search(item.chat.letters, text, re.IGNORECASE)}
        return next((embedder for embedder in self._embedders if not languages & getattr(embedder, "blind_to", frozenset())), None)

    def _retrieved(self, embedder: TextEmbedder, text: str, titles: dict[str, str], *,
                   strict: bool) -> tuple[str | None, bool]:
        """The title an encoder that alone reads the text finds for the whole text, as a search engine would: the
        text as the query, titles as passages. Spans are not tried: this encoder's cosines are compressed, and a
        word or two of a question sits about as close to every title. (best title, whether it leads the next one of
        another meaning by the margin); without the lead the first encoder's spans may confirm it (a brand or an
        English word in the text: "áo khoác jean"). No title when there are too few titles for a lead to mean much."""
        import numpy as np

        meanings = {item: meaning for item, title in titles.items() if (meaning := meaningful_title(title))}
        ids = sorted(meanings)
        if len(set(meanings.values())) < RETRIEVAL_MIN_TITLES:
            return None, False
        matrix = self._embedded(embedder, [meanings[item] for item in ids], self._vectors, passages=True)
        similarity = matrix @ self._embedded(embedder, [text.strip()], self._spans)[0]
        order = np.argsort(-similarity, kind="stable")
        ranked, ordered = [ids[index] for index in order], similarity[order]
        best, second = _lead(ranked, ordered, titles)
        return ranked[0], best - second >= (RETRIEVAL_STRICT_MARGIN if strict else RETRIEVAL_MARGIN)


def _lead(ids: list[str], similarity: Any, titles: dict[str, str]) -> tuple[float, float]:
    """The best similarity and the best of a title that means something else. Products sharing one title (an
    export that titles products by their category: "Bebes 0cf411", "Bebes 5ac9d9") are one match, not a tie: the
    planner answers for each of them (`Catalog.namesakes`)."""
    top = meaningful_title(titles[ids[0]])
    rival = next((float(similarity[k]) for k, item in enumerate(ids) if meaningful_title(titles[item]) != top), -1.0)
    return float(similarity[0]), rival


_CODE = re.compile(r"\s*\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b", re.IGNORECASE)


def meaningful_title(title: str) -> str:
    """A title without the codes an export appends to it ("Pet shop 3bbacb" -> "Pet shop"): a code means nothing
    to an encoder and pulls every coded title toward every other. Ids and codes are matched as text elsewhere.
    A title of only a code or of the placeholder for no category ("Uncategorised a18042") has no meaning: ""."""
    meaning = _CODE.sub("", title).strip()
    return "" if meaning.casefold() == UNCATEGORISED.casefold() else meaning


_UNSPACED = re.compile(r"[\u0e00-\u0e7f]+|[\u3040-\u30ff\u3400-\u9fff]+")
_THAI = re.compile(r"[\u0e00-\u0e7f]+")
_MAX_SPANS = 80


def title_spans(text: str) -> list[str]:
    """Candidate spans of a question that may name a product or video: the whole text, word n-grams (1–4)
    and, inside runs of Chinese, Japanese or Thai, character n-grams (2–6)."""
    spans = [text.strip()]
    words = text.split()
    for size in (4, 3, 2, 1):
        spans += [" ".join(words[start:start + size]) for start in range(len(words) - size + 1)]
    for run in _UNSPACED.findall(text):
        if _THAI.fullmatch(run):
            # Thai spans start and end where words do: "คลิปที่ขาย" (the clip that sells) holds "ลิป" (lip)
            # only across a word boundary.
            # A span of function words only ("บ้าง", any) names nothing, though an encoder puts it near some title.
            edges = sorted(word_boundaries(run, "pythainlp"))
            words = [run[start:end] for start, end in zip(edges, edges[1:], strict=False)]
            function = function_words("pythainlp")
            spans += [run[edges[first]:edges[first + size]] for size in (4, 3, 2, 1) for first in range(len(edges) - size)
                      if not all(word in function for word in words[first:first + size])]
            continue
        for size in range(min(6, len(run)), 1, -1):
            spans += [run[start:start + size] for start in range(len(run) - size + 1)]
    unique = [span for span in dict.fromkeys(spans) if len(span) >= 2]
    return unique[:_MAX_SPANS]


def _spans_at_word(spans: list[str], text: str, kind: str) -> list[str]:
    """The spans that hold the text's word for a product of `kind`, when it has one: the words that tell two titles
    of one sort apart stand beside the product word ("那款降噪耳机的具体问题": 降噪, noise-cancelling, beside 耳机),
    and a span elsewhere ("那款", that model) sits near a short title's own word ("Mini") by chance."""
    from agent.product_words import kind_mentions, names_kind
    from tools.reviews.text_tools import normalise

    words = [mention.word for mention in kind_mentions(text) if names_kind(mention.kind, kind)]
    holding = [span for span in spans if any(word in normalise(span) for word in words)]
    return holding or spans


@cache
def shared_title_matcher() -> TitleMatcher:
    from tools.text_vectors import build_question_embedders

    return TitleMatcher(build_question_embedders())


if __name__ == "__main__":
    main()
