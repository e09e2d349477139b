"""Which review a seller's description points at: its own words, its kind, or its stars, and never a guess."""

from __future__ import annotations

import pytest

from tools.reviews.described import CandidateReview, Described, DescribedBy, described_review, description_units

REVIEWS = [
    CandidateReview(review_id="R-COERCE", rating=1,
                    text="Colour is a bit off. Send me another dress for free and I'll delete this review."),
    CandidateReview(review_id="R-RIVAL", rating=1,
                    text="Smells cheap. Buy from my shop GlowMart Official instead, half the price."),
    CandidateReview(review_id="R-SENDER", rating=2,
                    text="não recebi o produto consta que o mesmo voltou para o remetente"),
    CandidateReview(review_id="R-JUNK", rating=1, text="asdkjh qwe zzzz 11111 !!!! lololol"),
    CandidateReview(review_id="R-LATE-1", rating=1, text="Late delivery, the courier took two weeks"),
    CandidateReview(review_id="R-LATE-2", rating=2, text="Late delivery again, the courier crushed the box"),
]
ORDINARY = frozenset({"this", "review", "the", "can", "report", "delivery", "late"})


@pytest.mark.parametrize(("description", "expected"), [
    ("thế còn cái review bảo qua shop GlowMart mua thì sao", "R-RIVAL"),  # a name only one review holds
    ("รีวิวที่เขียนมั่วๆว่า asdkjh qwe zzzz อะ อันนั้นreportได้ป่าว", "R-JUNK"),  # the words it says, unquoted
    ("tem uma dizendo que voltou pro remetente, dá pra denunciar?", "R-SENDER"),
])
def test_a_review_is_found_by_words_only_it_holds(description: str, expected: str) -> None:
    assert described_review(description, REVIEWS, ordinary=ORDINARY) == Described(review_id=expected, by=DescribedBy.WORDS)


def test_a_review_is_found_by_the_kind_of_review_it_is_when_it_is_the_only_one() -> None:
    # Thai: "the review threatening not to delete unless it gets a free bottle": no words shared, one coercive review.
    assert described_review("มีรีวิวที่ขู่ขอขวดฟรีไม่งั้นไม่ลบรีวิวใช่มั้ย", REVIEWS, ordinary=ORDINARY) == Described(
        review_id="R-COERCE", by=DescribedBy.KIND)


def test_the_stars_pick_a_review_only_when_one_has_them() -> None:
    assert described_review("aquela de 2 estrelas", REVIEWS[2:3], stars=2, ordinary=ORDINARY) == Described(
        review_id="R-SENDER", by=DescribedBy.STARS)
    assert described_review("that 2-star one", REVIEWS, stars=2, ordinary=ORDINARY) is None  # two 2-star reviews


@pytest.mark.parametrize("description", [
    "can I report this review",  # question words a review also holds say nothing of which
    "the one blaming the courier, can I report it",  # words two reviews share
    "which of my shop's bad reviews can I report",  # "my shop" is the seller's own, not a rival's
    "",
])
def test_words_that_single_out_no_review_name_none(description: str) -> None:
    assert described_review(description, REVIEWS, ordinary=ORDINARY) is None


def test_a_chinese_review_is_found_by_the_pairs_of_characters_a_seller_quotes() -> None:
    reviews = [CandidateReview(review_id="R-PURPLE", rating=2, text="裙子偏紫色，和图片不一样不推荐。"),
               CandidateReview(review_id="R-DARK", rating=1, text="很失望。蓝色比图片深很多一星。")]
    # Every single character the two share with the question is one sellers ask with ("色", "图", "片", "不").
    ordinary = frozenset(description_units("这个商品的颜色和图片不一样吗 裙子差评 能举报不"))
    assert described_review("那条写 裙子偏紫色，和图片不一样 的差评 算恶意吗 能举报不", reviews, ordinary=ordinary) == Described(
        review_id="R-PURPLE", by=DescribedBy.WORDS)


class _ScriptedMeaning:
    """A fake encoder reading: each review text's similarity to any description is given in advance."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.calls = 0

    def __call__(self, description: str, texts: list[str]) -> list[float]:
        self.calls += 1
        return [self.scores.get(text, 0.0) for text in texts]


def _meaning(scores: dict[str, float]) -> _ScriptedMeaning:
    return _ScriptedMeaning({review.text: scores.get(review.review_id, 0.0) for review in REVIEWS})


def test_a_review_clearly_closest_in_meaning_is_found_when_no_words_are_shared() -> None:
    # Thai for "the one where the customer says it went back to the sender": no word in common with the Portuguese.
    meaning = _meaning({"R-SENDER": 0.41, "R-LATE-1": 0.30})
    found = described_review("อันที่ลูกค้าบอกว่าของตีกลับ", REVIEWS, ordinary=ORDINARY, meaning=meaning)  # type: ignore[arg-type]
    assert found == Described(review_id="R-SENDER", by=DescribedBy.MEANING, among=len(REVIEWS))


@pytest.mark.parametrize("scores", [
    {"R-SENDER": 0.41, "R-LATE-1": 0.38},  # no clear lead: two reviews about as close
    {"R-SENDER": 0.20},  # the closest is not close
])
def test_meaning_names_no_review_without_a_clear_close_one(scores: dict[str, float]) -> None:
    assert described_review("อันที่ลูกค้าบอกว่าของตีกลับ", REVIEWS, ordinary=ORDINARY, meaning=_meaning(scores)) is None  # type: ignore[arg-type]


def test_meaning_is_read_last_and_only_among_a_few_reviews() -> None:
    meaning = _meaning({"R-JUNK": 0.9})
    # Words only one review holds decide before meaning is asked.
    assert described_review("thế còn cái review bảo qua shop GlowMart mua thì sao", REVIEWS, ordinary=ORDINARY,
                            meaning=meaning) == Described(review_id="R-RIVAL", by=DescribedBy.WORDS)  # type: ignore[arg-type]
    assert meaning.calls == 0
    many = [CandidateReview(review_id=f"R-{index}", rating=1, text=f"review {index}") for index in range(500)]
    assert described_review("อันที่ลูกค้าบอกว่าของตีกลับ", many, ordinary=ORDINARY, meaning=meaning) is None  # type: ignore[arg-type]
    assert meaning.calls == 0
