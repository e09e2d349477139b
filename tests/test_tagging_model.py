"""The learned half of the tagger: features, the weights file, batch scoring, and training."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tools.tagging.features import FeatureConfig, text_features
from tools.tagging.lexicon import load_lexicons
from tools.tagging.model import LinearTagModel, ModelCard, load_model


def test_negation_scope_marks_words_until_a_break() -> None:
    english = load_lexicons()["en"]
    features = text_features("not broken at all, but late", english, FeatureConfig())
    assert "w:¬broken" in features and "w:broken" not in features
    assert "w:late" in features  # the comma ends the scope


def test_chinese_features_use_words_and_character_pairs() -> None:
    chinese = load_lexicons()["zh"]
    features = text_features("质量太差了", chinese, FeatureConfig(), lexicon_flags=["L:quality_defect"])
    assert "w:质量" in features and "c:质量" in features and "L:quality_defect" in features
    assert "lang:zh" in features


def _toy_model() -> LinearTagModel:
    vocabulary = ["w:late", "w:broken", "lang:en"]
    weights = np.array([[3.0, 0.0], [0.0, 3.0], [0.0, 0.0]], dtype=np.float32)
    return LinearTagModel(
        labels=["logistics_delay", "negative"], vocabulary=vocabulary, weights=weights,
        bias=np.array([-1.0, -1.0], dtype=np.float32), thresholds=np.array([0.5, 0.5], dtype=np.float32),
        config=FeatureConfig(), card=ModelCard(trained_on="toy", items=2, per_language={"en": 2}),
    )


def test_weights_file_round_trip(tmp_path: Path) -> None:
    model = _toy_model()
    path = tmp_path / "model.npz"
    model.save(path)
    loaded = load_model(path)
    assert loaded.labels == model.labels and loaded.card == model.card and loaded.digest
    features = {"w:late", "w:unknown"}
    assert np.allclose(loaded.probabilities(features), model.probabilities(features), atol=1e-3)


def test_batch_scores_equal_single_scores() -> None:
    model = _toy_model()
    sets = [{"w:late"}, set(), {"w:broken", "w:late"}, {"w:nothing"}]
    batch = model.probabilities_batch(sets)
    for row, features in enumerate(sets):
        assert np.allclose(batch[row], model.probabilities(features))


def test_training_learns_and_chooses_thresholds_out_of_fold() -> None:
    pytest.importorskip("sklearn")
    from tools.tagging.training import LABELS, Example, cross_validate, featurise, train_model

    texts = [
        ("arrived three weeks late", {"logistics_delay"}, True), ("so late, waited forever", {"logistics_delay"}, True),
        ("delivery was late again", {"logistics_delay"}, True), ("late and slow courier", {"logistics_delay"}, True),
        ("the zipper broke", {"quality_defect"}, True), ("broke after one day", {"quality_defect"}, True),
        ("handle broke off", {"quality_defect"}, True), ("cheap, it broke", {"quality_defect"}, True),
        ("love it, perfect", set(), False), ("great value, thanks", set(), False),
        ("very nice colour", set(), False), ("fits well, happy", set(), False),
    ] * 3
    examples = [Example(text, "en", frozenset(tags), negative) for text, tags, negative in texts]
    config = FeatureConfig()
    data = featurise(examples, config)
    validation = cross_validate(data, folds=3, c=1.0, min_count=1, min_specificity=0.5)
    assert validation.probabilities.shape == (len(examples), len(LABELS))
    model = train_model(data, validation.thresholds, config=config, c=1.0, min_count=1,
                        card=ModelCard(trained_on="toy", items=len(examples), per_language={"en": len(examples)}))
    column = model.label_index["logistics_delay"]
    late = model.probabilities(text_features("it came late", load_lexicons()["en"], config))[column]
    fine = model.probabilities(text_features("perfect colour", load_lexicons()["en"], config))[column]
    assert late > fine
    assert 0 < model.thresholds[column] < 1
    assert set(model.card.per_language) == {"en"}


def test_batch_tagging_equals_one_by_one() -> None:
    from tools.tagging.tagger import TagItem, tag_many, tag_parts

    items = [
        TagItem(text="arrived three weeks late and the box was crushed", rating=2),
        TagItem(text="物流太慢了，质量还行"),
        TagItem(text="barang bagus, pengiriman cepat", rating=5),
        TagItem(text="ส่งช้ามาก ร้านไม่ตอบแชท"),
        TagItem(text="giao hàng chậm, hàng bị móp"),
        TagItem(text="produto chegou quebrado", return_reason="DAMAGED"),
        TagItem(text=""),
    ]
    assert tag_many(items) == [
        tag_parts(item.text, rating=item.rating, return_reason=item.return_reason) for item in items
    ]


def test_a_tag_the_model_adds_alone_quotes_a_clause_of_the_text() -> None:
    from tools.tagging.language import detect_language
    from tools.tagging.model import default_model
    from tools.tagging.reading import ReadRequest, read_texts

    model = default_model()
    assert model is not None, "the shipped weights are missing"
    texts = ["the seller never answered my messages. i want my money back", "hp nya cepat panas dan baterai boros",
             "客服一直不回复，退款也不处理", "สั่งไปสองอาทิตย์ยังไม่ได้ของเลย"]
    readings = read_texts([ReadRequest(text, detect_language(text)) for text in texts], model)
    learned = [(text, reading) for text, reading in zip(texts, readings, strict=True) if reading.learned]
    assert learned, "expected the model to add at least one tag of its own"
    for text, reading in learned:
        for label in reading.learned:
            assert all(quote.rstrip("…") in text for quote in reading.evidence[label])


def test_the_digest_read_without_loading_is_the_loaded_models() -> None:
    """The tags' version reads the weights' digest without loading them; it must be the loaded model's own."""
    from tools.tagging.model import default_model
    from tools.tagging.version import default_digest

    model = default_model()
    assert model is not None and default_digest() == model.digest
