"""A product or video named by a word for its kind, in any language ("กระทะ" for the frying pan)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from agent.memory import SessionMemory
from agent.planner import DeterministicPlanner
from agent.product_words import by_kind, kind_mentions, title_kind
from agent.routing import Catalog
from agent.topic_gate import shared_topic_gate
from agent.understanding import meaningful_title

KITCHEN = {"P-4001": "Non-Stick Granite Frying Pan 28cm", "P-4103": "Minimalist Knife Set",
           "P-4111": "Minimalist Cutting Board", "P-1001": "Blue Satin Midi Dress", "P-9001": "Linen Bucket Hat"}


def scripted(table: dict[tuple[str, str], float]):  # type: ignore[no-untyped-def]
    """A similarity that answers from a table (0 for pairs it lacks), as an encoder would."""
    def similarity(words: Sequence[str], others: Sequence[str]) -> np.ndarray:
        return np.array([[table.get((word, other), 0.0) for other in others] for word in words])
    return similarity


def test_product_words_are_found_with_their_kind_in_every_language() -> None:
    assert [(m.kind, m.word) for m in kind_mentions("wajan granit kenapa jeblok?")] == [("cookware/pan", "wajan")]
    assert [m.kind for m in kind_mentions("ตัวนาฬิกาที่ขายเป็นของขวัญอ่ะ")] == ["watch"]
    assert [m.kind for m in kind_mentions("cái nón tai bèo vải lanh")] == ["hat"]
    assert kind_mentions("how are my numbers this week?") == []


def test_the_packs_tell_sorts_of_product_within_a_family_and_the_triage_reads_the_family() -> None:
    from tools.reviews.signals_product import product_kind_mentions

    # A frying pan, a cutting board and a knife are all kitchenware, but a seller naming one means that one.
    assert [m.kind for m in kind_mentions("chảo chống dính với cái thớt")] == ["cookware/pan", "cookware/board"]
    assert [m.kind for m in kind_mentions("talenan sama pisau")] == ["cookware/board", "cookware/knife"]
    assert [m.kind for m in kind_mentions("jaqueta jeans oversized")] == ["top/jacket", "bottoms/trousers"]
    assert [m.kind for m in kind_mentions("son dưỡng môi hoa hồng")] == ["makeup/lips"]
    # Telling a review about another product goes by family, as before the packs sorted them.
    assert [kind for kind, _, _ in product_kind_mentions("chảo chống dính với cái thớt")] == ["cookware", "cookware"]


def test_a_word_for_one_sort_names_the_one_title_of_that_sort_without_any_encoder() -> None:
    for word in ("wajan", "chảo", "กระทะ", "frigideira", "平底锅"):
        assert by_kind(f"{word} gimana", KITCHEN, meaningful_title, None) == "P-4001", word
    for word in ("talenan", "thớt", "เขียง", "tábua de cortar", "砧板"):
        assert by_kind(f"{word} gimana", KITCHEN, meaningful_title, None) == "P-4111", word


def test_a_title_is_of_the_kind_of_its_first_product_word() -> None:
    found = title_kind("This charger fills your phone 0-100% in 15 minutes?!")
    assert found is not None and found.kind == "charger"  # what the video shows, not the phone it charges
    assert title_kind("Behind the scenes at our warehouse") is None


def test_a_kind_only_one_title_has_names_it_without_any_encoder() -> None:
    assert by_kind("váy xanh sao rồi", KITCHEN, meaningful_title, None) == "P-1001"
    assert by_kind("váy xanh sao rồi", KITCHEN, meaningful_title, None, strict=True) == "P-1001"
    assert by_kind("ยอดขายโดยรวมเป็นไง", KITCHEN, meaningful_title, None) is None


# Three pans: one sort, which only the titles' words tell apart.
PANS = {"P-4001": "Non-Stick Granite Frying Pan 28cm", "P-4002": "Cast Iron Skillet", "P-4003": "Carbon Steel Wok",
        "P-4103": "Minimalist Knife Set"}


def test_among_titles_of_one_sort_the_word_must_sit_clearly_nearest_one() -> None:
    near_pan = scripted({("กระทะ", "frying pan"): 0.8, ("กระทะ", "skillet"): 0.44, ("กระทะ", "wok"): 0.43,
                         ("กระทะ", "Non-Stick Granite Frying Pan 28cm"): 0.45})
    assert by_kind("กระทะเป็นไงบ้าง", PANS, meaningful_title, near_pan) == "P-4001"
    # Three titles of the sort and no encoder to tell them apart: no pick; a shop-wide reading needs a clear lead.
    assert by_kind("กระทะเป็นไงบ้าง", PANS, meaningful_title, None) is None
    assert by_kind("กระทะเป็นไงบ้าง", PANS, meaningful_title, near_pan, strict=True) == "P-4001"  # 1.25 against 0.87
    skillet_or_pan = scripted({("กระทะ", "frying pan"): 0.6, ("กระทะ", "skillet"): 0.5, ("กระทะ", "Non-Stick Granite Frying Pan 28cm"): 0.1})
    assert by_kind("กระทะเป็นไงบ้าง", PANS, meaningful_title, skillet_or_pan) == "P-4001"
    assert by_kind("กระทะเป็นไงบ้าง", PANS, meaningful_title, skillet_or_pan, strict=True) is None
    tied = scripted({("กระทะ", "frying pan"): 0.56, ("กระทะ", "wok"): 0.56, ("กระทะ", "skillet"): 0.44,
                     ("กระทะ", "Non-Stick Granite Frying Pan 28cm"): 0.33, ("กระทะ", "Carbon Steel Wok"): 0.23})
    assert by_kind("กระทะเป็นไงบ้าง", PANS, meaningful_title, tied) is None


def test_a_sort_the_shop_has_none_of_is_compared_within_its_family() -> None:
    pan_and_knife = {"P-4001": "Non-Stick Granite Frying Pan 28cm", "P-4103": "Minimalist Knife Set"}
    # "thớt" is a cutting board; the shop sells none, so the family's titles are compared, and neither is near.
    far = scripted({("thớt", "frying pan"): 0.3, ("thớt", "knife"): 0.31})
    assert by_kind("thớt sao rồi", pan_and_knife, meaningful_title, far) is None
    near_knife = scripted({("thớt", "knife"): 0.6, ("thớt", "Minimalist Knife Set"): 0.3})
    assert by_kind("thớt sao rồi", pan_and_knife, meaningful_title, near_knife) == "P-4103"


def test_titles_one_export_shares_are_one_thing_of_that_kind() -> None:
    watches = {"463cdd8acfe23847f35e29076df0bbbd": "Relogios presentes 463cdd",
               "5ac9d9e379c606e36a8094a6046f75dc": "Relogios presentes 5ac9d9", "0cf41187284d7f099adc8415a743ebbd": "Bebes 0cf411"}
    assert by_kind("jam tangan kado itu ada masalah apa", watches, meaningful_title, None) == "463cdd8acfe23847f35e29076df0bbbd"


@pytest.mark.parametrize(("question", "product"), [
    ("กระทะมีปัญหาอะไรบ้าง", "P-4001"),         # Thai: the frying pan among three kitchen products
    ("frigideira tá com muita reclamação?", "P-4001"),
    ("ชุดมีดโดนบ่นเรื่องอะไร", "P-4103"),
    ("cái nón tai bèo vải lanh bị chê gì vậy", "P-9001"),  # Vietnamese: a kind one product has
])
def test_the_planner_finds_a_product_by_the_word_for_its_kind(question: str, product: str) -> None:
    from agent.understanding import shared_reader, shared_title_matcher

    matcher = shared_title_matcher()
    catalog = Catalog(products=KITCHEN, match_title=matcher.best, match_kind=matcher.by_kind)
    plan = DeterministicPlanner(lambda: catalog, reader=shared_reader(), gate=shared_topic_gate()).plan(question, SessionMemory())
    assert ("voc_product", product) in [(call.name, call.arguments.get("product_id")) for call in plan.tool_calls], plan


def test_a_kind_word_describing_a_video_named_by_its_title_names_no_product() -> None:
    """"The charger clip that says 0-100% in 15 minutes" is that video, though the charger has two: the product word
    in it describes the video (found by its title), so it names no product of its own."""
    videos = {"V-3001": "This charger fills your phone 0-100% in 15 minutes?!", "V-6": "SuperVolt 65W GaN Fast Charger try-on haul"}

    def match_title(text: str, titles: dict[str, str], *, strict: bool = False, agreed: bool = False) -> str | None:
        return "V-3001" if titles is videos and "0-100%" in text else None

    def match_kind(text: str, titles: dict[str, str], *, strict: bool = False) -> str | None:
        return "P-3001" if "P-3001" in titles and "carregador" in text else None

    catalog = Catalog(products={"P-3001": "SuperVolt 65W GaN Fast Charger", "P-1001": "Blue Satin Midi Dress"}, videos=videos,
                      video_products={"V-3001": ("P-3001",), "V-6": ("P-3001",)}, match_title=match_title, match_kind=match_kind)
    assert catalog.title("o vídeo do carregador que diz 0-100% em 15 minutos", catalog.products) is None
    assert catalog.title("o vídeo do carregador que diz 0-100% em 15 minutos", catalog.videos) == "V-3001"
    assert catalog.title("o carregador tem muita reclamação?", catalog.products) == "P-3001"
    assert catalog.title("os vídeos do carregador vendem?", catalog.products) == "P-3001"  # no video named by its title


def test_without_a_kind_matcher_the_catalogue_matches_as_before() -> None:
    catalog = replace(Catalog(products=KITCHEN), match_kind=None)
    assert catalog.title("กระทะมีปัญหาอะไรบ้าง", catalog.products) is None


def test_a_word_for_a_kind_in_an_off_topic_ask_names_no_product() -> None:
    """"Recommend a Korean drama whose heroine wears pretty dresses": the shop sells one dress, and still the
    question is not about it."""
    from agent.understanding import shared_reader, shared_title_matcher

    matcher = shared_title_matcher()
    products = {**KITCHEN, "P-3106": "Mini Earphones", "P-3002": "AirBeat Pro ANC Wireless Earbuds"}
    catalog = Catalog(products=products, match_title=matcher.best, match_kind=matcher.by_kind)
    planner = DeterministicPlanner(lambda: catalog, reader=shared_reader(), gate=shared_topic_gate())
    assert planner.plan("แนะนำซีรีส์เกาหลีที่นางเอกใส่เดรสสวยๆ หน่อย จะเอาไว้ดูแนวแต่งตัว", SessionMemory()).tool_calls == []
    assert planner.plan("อ่านรีวิวกระทะแล้วเครียดจัด ขอเพลงชิลๆฟังหน่อย", SessionMemory()).tool_calls == []


AIRBEAT = Catalog(
    products={"P-3002": "AirBeat Pro ANC Wireless Earbuds", "P-3001": "SuperVolt 65W GaN Fast Charger"},
    videos={"V-5006": "Earbuds battery test, day 1", "V-46": "Unboxing the AirBeat Pro ANC Wireless Earbuds",
            "V-3001": "This charger fills your phone 0-100% in 15 minutes?!", "V-6": "SuperVolt 65W GaN Fast Charger try-on haul"},
    video_products={"V-5006": ("P-3002",), "V-46": ("P-3002",), "V-3001": ("P-3001",), "V-6": ("P-3001",)},
)


@pytest.mark.parametrize(("question", "video"), [
    ("video unbox tai nghe AirBeat chạy sao rồi", "V-46"),        # "unbox": the unboxing one of the AirBeat's two
    ("the AirBeat battery test video, is it weak?", "V-5006"),
    ("video charger yg bilang 0-100% itu kenapa", "V-3001"),
])
def test_one_of_a_products_videos_is_named_by_its_own_words(question: str, video: str) -> None:
    from agent.understanding import shared_reader, shared_title_matcher

    catalog = replace(AIRBEAT, match_title=shared_title_matcher().best)
    plan = DeterministicPlanner(lambda: catalog, reader=shared_reader(), gate=shared_topic_gate()).plan(question, SessionMemory())
    assert ("video_diagnosis", video) in [(call.name, call.arguments.get("video_id")) for call in plan.tool_calls], plan


@pytest.mark.parametrize("question", ["how are the AirBeat videos doing?", "the charger videos, are they selling?"])
def test_a_products_videos_said_in_its_words_are_the_list(question: str) -> None:
    from agent.understanding import shared_reader, shared_title_matcher

    catalog = replace(AIRBEAT, match_title=shared_title_matcher().best)
    plan = DeterministicPlanner(lambda: catalog, reader=shared_reader(), gate=shared_topic_gate()).plan(question, SessionMemory())
    assert [call.name for call in plan.tool_calls] == ["video_overview"], plan


def test_a_video_diagnosed_beside_the_product_it_sells_is_the_turns_one_subject() -> None:
    """After "that clip saying 0-100%, why is it in trouble" (the video and its charger), "the thing it's selling"
    needs the video as what the turn was about."""
    from agent.models import ToolCallRecord
    from agent.planning import Plan, PlannedToolCall
    from agent.service import plan_subject

    plan = Plan(intent="video_detail", requires_data=True, tool_calls=[
        PlannedToolCall(name="video_diagnosis", arguments={"video_id": "V-3001"}),
        PlannedToolCall(name="voc_product", arguments={"product_id": "P-3001"})])
    diagnosis = ToolCallRecord(name="video_diagnosis", arguments={"video_id": "V-3001"},
                               result={"video_id": "V-3001", "products": [{"product_id": "P-3001", "title": "Charger"}]})
    assert plan_subject(plan, [diagnosis]) == "V-3001"
    assert plan_subject(plan) is None  # without the diagnosis, two things
    other = ToolCallRecord(name="video_diagnosis", arguments={"video_id": "V-3001"},
                           result={"video_id": "V-3001", "products": [{"product_id": "P-9", "title": "Other"}]})
    assert plan_subject(plan, [other]) is None  # a video and some other product: two subjects


def test_a_shared_modifier_does_not_outweigh_the_product_word_the_question_names() -> None:
    titles = {"P-3106": "Mini Earphones", "P-9002": "Rose Lip Oil Mini", "P-1104": "Oversized Running Shorts",
              "P-1108": "Oversized Denim Jacket"}
    asked: list[str] = []

    def by_meaning(text: str, candidates: dict[str, str], *, strict: bool = False, agreed: bool = False) -> str | None:
        asked.append(text)
        return "P-9002" if "môi" in text else "P-1108" if "jaqueta" in text else None

    catalog = Catalog(products=titles, match_title=by_meaning)
    # "mini" is shared with the earphones, but "son dưỡng môi" is a lip product: meaning finds the lip oil.
    assert catalog.title("son dưỡng môi loại mini sao rồi", titles) == "P-9002"
    assert catalog.title("e a jaqueta jeans oversized?", titles) == "P-1108"
    # Shared words that include the title's own product word stand, and meaning is not asked.
    asked.clear()
    assert catalog.title("the mini earphones", titles) == "P-3106"
    assert catalog.title("oversized shorts", titles) == "P-1104"
    assert asked == []
    # Meaning finding nothing of the kind named leaves the shared words' title.
    assert catalog.title("oversized hoodie", titles) == "P-1104"


def test_chinese_numerals_are_read_as_digits_for_titles() -> None:
    from tools.languages import numerals_as_digits

    assert numerals_as_digits("打包五百单那个幕后视频") == "打包500单那个幕后视频"
    assert numerals_as_digits("三种用法") == "3种用法"
    assert numerals_as_digits("the 3 ways video") == "the 3 ways video"


@pytest.mark.parametrize(("question", "product"), [
    ("หูฟังไร้สายโดนติเรื่องอะไร", "P-3002"),       # wireless earphones: the AirBeat, not the short "Mini Earphones"
    ("降噪耳机差评为啥这么多", "P-3002"),            # noise-cancelling earphones
    ("fone sem fio tá com reclamação?", "P-3002"),
    ("หูฟังตัวเล็กโดนติอะไร", "P-3106"),            # the small earphones
    ("the mini earphones, why so many complaints", "P-3106"),
])
def test_among_titles_of_one_sort_the_titles_own_words_tell_which(question: str, product: str) -> None:
    from agent.understanding import shared_title_matcher

    matcher = shared_title_matcher()
    titles = {"P-3106": "Mini Earphones", "P-3002": "AirBeat Pro ANC Wireless Earbuds", "P-3001": "SuperVolt 65W GaN Fast Charger",
              "P-1001": "Blue Satin Midi Dress", "P-4001": "Non-Stick Granite Frying Pan 28cm"}
    catalog = Catalog(products=titles, match_title=matcher.best, match_kind=matcher.by_kind, tell_apart=matcher.tell_apart)
    assert catalog.title(question, titles) == product
