"""Read the words of feedback texts: the phrase lexicon, then the learned model, per tag.

- The lexicon of the text's language (plus English), matched on whole words only (Chinese and Thai
  through their segmenters), with negation, hedges and negators inside gap patterns cancelling a
  hit. Its evidence is the buyer's phrase.
- The learned model (`tools.tagging.model`), trained on real labelled reviews, reads words, n-grams
  and the lexicon's verdicts. It gives the negative verdict of the words, and adds a tag on its own
  only to text it reads as negative and never a tag whose phrase the text negates; its evidence is
  the clause that scores highest for that tag.

`read_texts` scores many texts with one matrix operation (the bulk path of `tag_store`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from tools.segmentation import word_boundaries
from tools.tagging.features import text_features
from tools.tagging.lexicon import Lexicon, load_lexicons
from tools.tagging.matcher import PhraseMatcher
from tools.tagging.model import NEGATIVE, LinearTagModel
from tools.tagging.negation import NegationRules
from tools.tagging.normalize import NormalizedText, normalize_text

_LATIN_LANGUAGES = ("en", "id", "pt", "vi")
_CLAUSE = re.compile(r"[^.!?;\n。！？；]+[.!?;。！？；]*")
_EVIDENCE_CHARS = 120


class _Bundle:
    """Matchers and negation rules for one detected language (English is always mixed in)."""

    def __init__(self, lexicons: list[Lexicon]) -> None:
        folded = [lexicon for lexicon in lexicons if not lexicon.keep_accents]
        accented = [lexicon for lexicon in lexicons if lexicon.keep_accents]
        self.folded_matcher = PhraseMatcher(folded)
        self.accented_matcher = PhraseMatcher(accented) if accented else None
        self.lexicons = {lexicon.language: lexicon for lexicon in lexicons}
        self.negation = NegationRules(tuple(lexicons))
        # The lexicon whose words, negators and segmenter the model's features use.
        self.primary = lexicons[0]


@cache
def _bundle(language: str) -> _Bundle:
    lexicons = load_lexicons()
    if language in lexicons:
        names = [language] if language == "en" else [language, "en"]
    else:
        names = ["en", *(name for name in _LATIN_LANGUAGES if name != "en")]
    return _Bundle([lexicons[name] for name in names])


@dataclass(slots=True)
class LexiconReading:
    """What the phrase lexicon found in one text."""

    evidence: dict[str, list[str]] = field(default_factory=dict)
    negated: set[str] = field(default_factory=set)
    generic_negative: bool = False
    # Breakage words that are transit damage beside other transit damage, a defect otherwise.
    transit: list[str] = field(default_factory=list)


def read_lexicon(bundle: _Bundle, normalized: NormalizedText) -> LexiconReading:
    """Lexicon hits that survive word boundaries, negation and hedges, with the buyer's words."""
    reading = LexiconReading()
    scans = [(bundle.folded_matcher, normalized.folded)]
    if bundle.accented_matcher is not None:
        scans.append((bundle.accented_matcher, normalized.lowered))
    for matcher, view in scans:
        for hit in matcher.find(view):
            lexicon = bundle.lexicons[hit.entry.language]
            if lexicon.segmenter is not None:
                boundaries = word_boundaries(view, lexicon.segmenter)
                if hit.start not in boundaries or hit.end not in boundaries:
                    continue
            spaced = lexicon.spaced
            if ("~" in hit.entry.phrase and bundle.negation.negated_inside(view[hit.start : hit.end], hit.entry.phrase, spaced=spaced)) or (
                bundle.negation.is_negated(view, hit.start, hit.end, spaced=spaced)
            ):
                if hit.entry.tag_id:
                    reading.negated.add(hit.entry.tag_id)
                continue
            if hit.entry.tag is None:
                reading.generic_negative = True
                continue
            quote = normalized.quote(hit.start, hit.end)
            if hit.entry.transit_damage:
                if quote not in reading.transit:
                    reading.transit.append(quote)
                continue
            quotes = reading.evidence.setdefault(hit.entry.tag_id, [])
            if quote not in quotes:
                quotes.append(quote)
    return reading


def lexicon_flags(reading: LexiconReading) -> list[str]:
    flags = [f"L:{tag}" for tag in reading.evidence]
    flags += [f"N:{tag}" for tag in reading.negated if tag not in reading.evidence]
    if reading.generic_negative:
        flags.append("L:generic")
    if reading.transit:
        flags.append("L:breakage")
    return flags


def model_view(bundle: _Bundle, normalized: NormalizedText) -> str:
    return normalized.lowered if bundle.primary.keep_accents else normalized.folded


def _best_clause(text: str, bundle: _Bundle, model: LinearTagModel, label: str) -> str:
    """The clause of `text` the model scores highest for `label`: the evidence for a learned tag."""
    clauses = [match.group().strip() for match in _CLAUSE.finditer(text)]
    clauses = [clause for clause in clauses if clause] or [text.strip()]
    if len(clauses) > 1:
        column = model.label_index[label]
        scored = []
        for clause in clauses:
            features = text_features(model_view(bundle, normalize_text(clause)), bundle.primary, model.config)
            scored.append((float(model.probabilities(features)[column]), clause))
        best = max(scored, key=lambda pair: pair[0])[1]
    else:
        best = clauses[0]
    return best if len(best) <= _EVIDENCE_CHARS else best[: _EVIDENCE_CHARS - 1] + "…"


@dataclass(slots=True)
class TextReading:
    """Everything the tagger concluded from the words of one text."""

    evidence: dict[str, list[str]]
    transit: list[str]
    negative_words: bool
    # Labels whose model probability sits within the model's margin of its threshold with no
    # lexicon evidence either way: the items an optional model pass may look at again.
    uncertain: list[str] = field(default_factory=list)
    # Tags the model added on its own (evidenced by a clause; the slow path: clauses are scored).
    learned: list[str] = field(default_factory=list)
    # The model's probability that the words are negative (None when read by the lexicon alone).
    negative_probability: float | None = None


def _logit(probability: float) -> float:
    probability = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(probability / (1 - probability))


@dataclass(frozen=True, slots=True)
class ReadRequest:
    """One text to read, and how far the model may go on its own with it."""

    text: str
    language: str
    # A low rating makes the item negative whatever the words say: the model may tag it.
    open_gate: bool = False
    # Minimum probability for a tag the model adds on its own (above 1: it adds none).
    model_only_floor: float = 0.0


def read_texts(requests: Sequence[ReadRequest], model: LinearTagModel | None, *, detailed: bool = False) -> list[TextReading]:
    """Tags with evidence, unplaced breakage quotes, and whether the words alone read as negative."""
    prepared = []
    for request in requests:
        bundle = _bundle(request.language)
        normalized = normalize_text(request.text)
        prepared.append((bundle, normalized, read_lexicon(bundle, normalized)))
    if model is None:
        return [
            TextReading(reading.evidence, reading.transit, bool(reading.evidence or reading.transit) or reading.generic_negative)
            for _, _, reading in prepared
        ]
    feature_sets = [
        text_features(model_view(bundle, normalized), bundle.primary, model.config, lexicon_flags=lexicon_flags(reading))
        for bundle, normalized, reading in prepared
    ]
    probabilities = model.probabilities_batch(feature_sets)
    return [
        _decide(request, bundle, reading, probabilities[row], model, detailed=detailed)
        for row, (request, (bundle, _, reading)) in enumerate(zip(requests, prepared, strict=True))
    ]


def read_text(text: str, language: str, model: LinearTagModel | None, *, detailed: bool = False) -> TextReading:
    return read_texts([ReadRequest(text, language)], model, detailed=detailed)[0]


def _decide(
    request: ReadRequest, bundle: _Bundle, reading: LexiconReading, probabilities: np.ndarray, model: LinearTagModel,
    *, detailed: bool,
) -> TextReading:
    column = model.label_index[NEGATIVE]
    negative_threshold = model.card.negative_thresholds.get(request.language, float(model.thresholds[column]))
    negative_words = bool(probabilities[column] >= negative_threshold)
    evidence: dict[str, list[str]] = {}
    learned: list[str] = []
    model_may_tag = negative_words or request.open_gate
    floor = request.model_only_floor
    values = probabilities.tolist()
    for label, tag_column, threshold in model.tag_rules:
        probability = values[tag_column]
        if label in reading.evidence:
            evidence[label] = reading.evidence[label]  # a lexicon phrase always counts
        elif model_may_tag and probability >= threshold and probability >= floor and label not in reading.negated:
            evidence[label] = [_best_clause(request.text, bundle, model, label)]
            learned.append(label)
    negative_words = negative_words or bool(evidence)
    result = TextReading(
        evidence, reading.transit if negative_words or request.open_gate else [], negative_words, learned=learned,
        negative_probability=float(probabilities[column]),
    )
    if detailed:
        margin = model.card.uncertainty_margin
        thresholds = {label: float(model.thresholds[index]) for label, index in model.label_index.items()}
        thresholds[NEGATIVE] = negative_threshold
        result.uncertain = [
            label
            for label, index in model.label_index.items()
            if label not in reading.evidence and abs(_logit(float(probabilities[index])) - _logit(thresholds[label])) < margin
        ]
    return result
