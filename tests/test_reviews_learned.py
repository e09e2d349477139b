"""The triage's learned reading: a weak second opinion where the rules found nothing, never a report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from tools.reviews.appeal import build_appeal_draft
from tools.reviews.classifier import classify_malicious_review
from tools.reviews.learned import DEFAULT_READER_WEIGHTS, MAX_WEIGHT, LearnedReader, load_reader
from tools.reviews.models import Decision, MaliciousCategory, ReviewCase, SignalKind


class KeywordEncoder:
    """A fake encoder: dimension 0 lights up for "rival", dimension 1 for everything else."""

    name = "fake-keywords"
    dimensions = 2

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[1.0, 0.0] if "rival" in text else [0.0, 1.0] for text in texts]


def _reader(strength: float = 4.0, threshold: float = 0.5) -> LearnedReader:
    # classes: competitor scores dimension 0, genuine dimension 1
    coef = np.array([[strength, 0.0], [0.0, strength]], dtype=np.float32)
    return LearnedReader(classes=["competitor", "not_malicious"], coef=coef, intercept=np.zeros(2, dtype=np.float32),
                         encoders=[KeywordEncoder()], threshold=threshold)


def test_a_resemblance_is_a_weak_signal_capped_below_a_report() -> None:
    signal = _reader().signal("buy from my rival shop")
    assert signal is not None
    assert signal.kind is SignalKind.RESEMBLES_LABELLED and signal.category is MaliciousCategory.COMPETITOR
    assert signal.weight == MAX_WEIGHT  # the model is 99.97% sure; the signal still says "check first"
    assert "competitor" not in signal.description  # a seller reads the category's label, not our id


def test_genuine_close_calls_and_empty_texts_raise_nothing() -> None:
    assert _reader().signal("the zip broke on day two") is None
    assert _reader(strength=0.1, threshold=0.6).signal("rival") is None  # 55%: under the threshold
    assert _reader().signal("   ") is None


def test_weights_that_do_not_fit_the_encoders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="do not fit"):
        LearnedReader(classes=["competitor", "not_malicious"], coef=np.zeros((2, 3)), intercept=np.zeros(2),
                      encoders=[KeywordEncoder()], threshold=0.5)
    path = tmp_path / "reader.npz"
    np.savez(path, classes=np.array(["competitor", "not_malicious"]), coef=np.zeros((2, 2), dtype=np.float32),
             intercept=np.zeros(2, dtype=np.float32), encoders=np.array(["another-encoder"]), threshold=np.float32(0.5))
    with pytest.raises(ValueError, match="another-encoder"):
        load_reader(path, encoders=[KeywordEncoder()])
    assert load_reader(path, encoders=[KeywordEncoder(), _named("another-encoder")]).threshold == 0.5


def _named(name: str) -> KeywordEncoder:
    encoder = KeywordEncoder()
    encoder.name = name
    return encoder


# The shipped reader, over the real encoders (weights inside their packages; nothing is downloaded).

def _case(text: str, *, title: str = "Stainless Steel Kitchen Scissors", rating: int = 1) -> ReviewCase:
    return ReviewCase(review_id="R-LEARNED", text=text, rating=rating, product_title=title, language=None)


@pytest.mark.skipif(not DEFAULT_READER_WEIGHTS.exists(), reason="no reader weights shipped")
def test_the_shipped_reader_raises_a_rival_seller_the_rules_miss_as_check_first_without_evidence_for_the_platform() -> None:
    # A hairdresser who sells scissors herself, in words no competitor phrase holds.
    case = _case("I have run a barber shop for 15 years and stock my own line of shears, so trust me: "
                 "these are cheap steel, ours hold an edge ten times longer.")
    rules = classify_malicious_review(case, learned=False)
    assert rules.category is MaliciousCategory.NOT_MALICIOUS
    learned = classify_malicious_review(case)
    assert learned.category is MaliciousCategory.COMPETITOR
    assert learned.decision is Decision.CHECK_FIRST and learned.confidence <= MAX_WEIGHT
    assert [signal.kind for signal in learned.signals if signal.category is MaliciousCategory.COMPETITOR] == [
        SignalKind.RESEMBLES_LABELLED]
    draft = build_appeal_draft(case, learned, category=MaliciousCategory.COMPETITOR)
    assert "labelled reviews" not in draft.model_dump_json()  # a model's guess is not evidence


@pytest.mark.skipif(not DEFAULT_READER_WEIGHTS.exists(), reason="no reader weights shipped")
@pytest.mark.parametrize("text", [
    "客服态度很差",  # rude customer service (issue 14)
    "质量太差，线都开了",  # seams came open
    "差评！不值这个钱太失望了。",  # "bad review! not worth the money": the reader alone reads coercion
    "Ours broke after a week, the kids are sad",  # the reader alone reads it as off-topic (invalid)
    "The blade came loose after a week and the handle cracked.",
    "Chegou atrasado e a caixa veio amassada, o produto arranhado.",
])
def test_the_shipped_reader_leaves_genuine_complaints_alone(text: str) -> None:
    assessment = classify_malicious_review(_case(text))
    assert assessment.category is MaliciousCategory.NOT_MALICIOUS
    assert assessment.decision is Decision.DO_NOT_REPORT


@pytest.mark.skipif(not DEFAULT_READER_WEIGHTS.exists(), reason="no reader weights shipped")
def test_the_reader_is_not_asked_when_a_rule_found_a_category() -> None:
    assessment = classify_malicious_review(_case("Add me on WhatsApp 0812 3456 7890 for a cheaper price"))
    assert assessment.category is MaliciousCategory.TRAFFIC_DIVERSION
    assert all(signal.kind is not SignalKind.RESEMBLES_LABELLED for signal in assessment.signals)


@pytest.mark.skipif(not DEFAULT_READER_WEIGHTS.exists(), reason="no reader weights shipped")
@pytest.mark.parametrize("text", [
    "Will change my rating to 5 stars once the replacement arrives, this one stopped charging after two days.",
    "Tolong kirim barang pengganti, nanti bintangnya saya ubah jadi 5. Yang ini mati total.",
])
def test_a_resemblance_never_calls_asking_for_an_owed_remedy_coercion(text: str) -> None:
    # Whether a refund or replacement is owed is the rules' call (a described defect), not a model's. The
    # reader alone reads both as coercive (0.93 and 0.75).
    assessment = classify_malicious_review(_case(text, title="TWS Wireless Earbuds", rating=2))
    assert assessment.category is MaliciousCategory.NOT_MALICIOUS
    assert all(signal.kind is not SignalKind.RESEMBLES_LABELLED for signal in assessment.signals)


def test_the_reader_never_calls_a_review_that_names_the_listing_invalid() -> None:
    """'The video said 0 to 100% in 15 minutes, total lie' measures the charger it was left on: the reader read it
    as 79% invalid. A review that names the listing's product is about it, whatever it resembles."""
    from tools.reviews.learned import may_speak
    from tools.reviews.signals_invalid import names_listing

    text = "The video said 0 to 100% in 15 minutes, total lie"
    assert names_listing(text, product_words=["supervolt", "charger"])
    assert not may_speak(MaliciousCategory.INVALID, text, names_listing=True)
    assert may_speak(MaliciousCategory.INVALID, "Vote for number 3 in the election!", names_listing=False)
    assert may_speak(MaliciousCategory.COMPETITOR, text, names_listing=True)  # the gate is the invalid category's
