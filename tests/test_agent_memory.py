"""Bounded per-session memory and ordinal references ("the second one", 第二个, yang kedua)."""

from __future__ import annotations

import pytest

from agent.memory import LAST, ConversationMemory, MemoryTurn, SessionMemory, ordinal_in, resolve_ordinal


def turn(number: int, entities: list[str] | None = None) -> MemoryTurn:
    return MemoryTurn(question=f"q{number}", answer=f"a{number}", entities=entities or [])


@pytest.mark.parametrize(
    ("question", "position"),
    [
        ("and the second one?", 2),
        ("And the 2nd?", 2),
        ("what about the third product", 3),
        ("tell me about the first one", 1),
        ("the last one?", LAST),
        ("the 4th video", 4),
        ("number 3 please", 3),
        ("#2?", 2),
        ("第二个呢？", 2),
        ("第3个", 3),
        ("那第一款呢", 1),
        ("最后一个", LAST),
        ("yang kedua?", 2),
        ("Bagaimana dengan yang ketiga?", 3),
        ("yang terakhir", LAST),
        ("yang ke-2", 2),
        ("nomor 2", 2),
        # not references to a listed item
        ("which product should I fix first?", None),
        ("is this the first time it happened?", None),
        ("what changed in the second week?", None),
        ("第一次差评是什么时候", None),
        ("why is P-1001 At Risk?", None),
        ("produk mana yang harus diperbaiki", None),
    ],
)
def test_ordinals_in_three_languages(question: str, position: int | None) -> None:
    assert ordinal_in(question) == position


def test_resolve_ordinal_reads_the_previous_answers_entities() -> None:
    memory = SessionMemory()
    assert resolve_ordinal("the second one?", memory) is None
    memory.add(turn(1, ["P-3002", "P-1001", "P-2001"]))
    assert resolve_ordinal("and the second one?", memory) == "P-1001"
    assert resolve_ordinal("第二个呢", memory) == "P-1001"
    assert resolve_ordinal("yang kedua?", memory) == "P-1001"
    assert resolve_ordinal("the last one", memory) == "P-2001"
    assert resolve_ordinal("the 5th one", memory) is None
    assert resolve_ordinal("why is it At Risk?", memory) is None
    memory.add(turn(2, []))  # the last answer listed nothing
    assert resolve_ordinal("the second one", memory) is None


def test_a_session_keeps_only_the_last_turns() -> None:
    memory = SessionMemory(max_turns=3)
    for number in range(5):
        memory.add(turn(number))
    assert [t.question for t in memory.turns] == ["q2", "q3", "q4"]
    assert memory.last_turn is not None and memory.last_turn.question == "q4"


def test_sessions_are_separate_and_bounded() -> None:
    memory = ConversationMemory(max_turns=2, max_sessions=2)
    memory.session("a").add(turn(1, ["P-1"]))
    memory.session("b").add(turn(2, ["P-2"]))
    assert memory.session("a").last_entities == ["P-1"]  # touching "a" makes "b" the oldest
    memory.session("c")
    assert len(memory) == 2
    assert memory.session("b").turns == []  # "b" was dropped and starts afresh
    memory.forget("a")
    assert memory.session("a").turns == []


@pytest.mark.parametrize(("question", "expected"), [
    ("e o segundo?", 2), ("cái thứ hai thì sao", 2), ("อันที่สาม", 3), ("o 2º", 2), ("sản phẩm cuối cùng", -1),
])
def test_ordinals_in_thai_vietnamese_and_portuguese(question: str, expected: int) -> None:
    from agent.memory import LAST, ordinal_in

    assert ordinal_in(question) == (LAST if expected == -1 else expected)


@pytest.mark.parametrize(("question", "refers"), [
    ("what about that one?", True), ("has it gotten worse?", True), ("and its videos?", True),
    ("is it normal to get 1-star reviews?", False), ("its been a slow week, which products sell?", False),
    ("那个视频为什么不好", True), ("nó bị sao vậy", True), ("e esse produto?", True),
    ("อันนั้นล่ะ", True), ("这个月哪些商品差", False), ("esta semana quais produtos", False), ("which products are at risk", False),
])
def test_that_one_refers_to_the_single_thing_just_discussed(question: str, refers: bool) -> None:
    from agent.memory import MemoryTurn, SessionMemory, resolve_ordinal

    memory = SessionMemory()
    memory.add(MemoryTurn(question="why is P-1001 at risk", answer="...", entities=["P-1001"]))
    assert (resolve_ordinal(question, memory) == "P-1001") is refers


def test_an_ordinal_counts_in_the_last_list_even_after_a_turn_about_one_of_its_items() -> None:
    memory = SessionMemory()
    memory.add(turn(1, ["P-3002", "P-1001", "P-2001"]))
    memory.add(MemoryTurn(question="the first one, why?", answer="...", intent="voc_product",
                          entities=["P-3002", "R-1", "R-2", "R-3"], subject="P-3002"))
    assert resolve_ordinal("and the third one?", memory) == "P-2001"
    assert resolve_ordinal("แล้วอันที่สามล่ะ", memory) == "P-2001"


def test_vietnamese_ordinals_typed_without_accents() -> None:
    assert ordinal_in("ok con cai thu ba thi sao") == 3
    assert ordinal_in("thu hai toi ban") is None  # "thu" alone is a common word (and Monday)


@pytest.mark.parametrize("question", ["ok and the other one?", "另一个呢", "dan yg satunya lg?", "ok e o outro?",
                                      "cai con lai thi sao", "อีกตัวล่ะ"])
def test_the_other_one_is_the_half_of_a_pair_not_yet_read(question: str) -> None:
    memory = SessionMemory()
    memory.add(MemoryTurn(question="compare A and B", answer="...", about=["P-A", "P-B"]))
    assert resolve_ordinal(question, memory) == "P-B"  # nothing chosen yet: the second, as the first is read first
    memory.add(MemoryTurn(question="B first", answer="...", subject="P-B", about=["P-B"]))
    assert resolve_ordinal(question, memory) == "P-A"  # the one the last turn was not about


def test_other_shops_and_sellers_are_not_the_other_one() -> None:
    memory = SessionMemory()
    memory.add(MemoryTurn(question="compare A and B", answer="...", about=["P-A", "P-B"]))
    for question in ("what did the other sellers do?", "o outro vendedor fez o quê?", "and the other shops?"):
        assert resolve_ordinal(question, memory) is None
    single = SessionMemory()
    single.add(MemoryTurn(question="A?", answer="...", subject="P-A", about=["P-A"]))
    assert resolve_ordinal("and the other one?", single) is None  # no pair: nothing to pick the other from


@pytest.mark.parametrize(("question", "position"), [("ตัวหลังอะ ทำไมแย่", LAST), ("and the latter?", LAST),
                                                    ("the former, why?", 1), ("ตัวหลังร้านเป็นไง", None)])
def test_the_latter_and_the_former(question: str, position: int | None) -> None:
    assert ordinal_in(question) == position


def test_the_second_of_two_things_asked_about_is_the_second_named() -> None:
    memory = SessionMemory()
    memory.add(MemoryTurn(question="so sánh V-5002 với V-OURS-00045", answer="...",
                          entities=["V-5002", "V-MANILA-00005", "V-OURS-00045"], about=["V-5002", "V-OURS-00045"]))
    assert resolve_ordinal("cai thu hai sao yeu the", memory) == "V-OURS-00045"


def test_that_one_after_a_list_is_the_one_the_answer_put_forward_if_any() -> None:
    memory = SessionMemory()
    memory.add(MemoryTurn(question="which first?", answer="...", entities=["P-3002", "P-1001"], lead="P-3002"))
    assert resolve_ordinal("what's wrong with that one?", memory) == "P-3002"
    assert resolve_ordinal("and the second one?", memory) == "P-1001"
    plain = SessionMemory()
    plain.add(MemoryTurn(question="my videos", answer="...", entities=["V-1", "V-2"]))
    assert resolve_ordinal("what's wrong with that one?", plain) is None  # a list with no lead: which one is unsaid


def test_the_other_one_after_one_item_is_the_one_other_item_titled_the_same() -> None:
    titles = {"P-A": ["P-B"], "P-B": ["P-A"], "P-C": ["P-D", "P-E"]}
    memory = SessionMemory()
    memory.add(MemoryTurn(question="consoles games P-A?", answer="...", subject="P-A", about=["P-A"]))
    assert resolve_ordinal("dan yg satunya lg?", memory, namesakes=lambda item: titles.get(item, [])) == "P-B"
    assert resolve_ordinal("dan yg satunya lg?", memory) is None  # nothing says what else is titled the same
    several = SessionMemory()
    several.add(MemoryTurn(question="P-C?", answer="...", subject="P-C", about=["P-C"]))
    assert resolve_ordinal("and the other one?", several, namesakes=lambda item: titles.get(item, [])) is None


def test_a_fix_first_answer_puts_forward_its_first_product_that_needs_work() -> None:
    from agent.entities import presented_entities, presented_lead
    from agent.models import ToolCallRecord

    rows = [{"product_id": "P-1", "level": "Market Average"}, {"product_id": "P-2", "level": "Needs Attention"},
            {"product_id": "P-3", "level": "At Risk"}]
    listed = [ToolCallRecord(name="voc_overview", result={"products": rows})]
    assert presented_entities(listed) == ["P-2", "P-3"]
    assert presented_lead(listed) == "P-2"
    calm = [ToolCallRecord(name="voc_overview", result={"products": rows[:1]})]
    assert presented_lead(calm) is None  # nothing needs work: the answer puts nothing forward
    assert presented_lead([ToolCallRecord(name="voc_product", result={"product_id": "P-3"})]) is None


@pytest.mark.parametrize(("question", "position"), [
    ("quay lại cái đầu á", 1), ("cái sau á, sao rồi", LAST), ("sau khi xem cái đó", None),  # back to the first; the latter
    ("começa pelo segundo", 2), ("e pela primeira?", 1),
])
def test_the_first_and_the_latter_in_vietnamese_and_starting_with_one_in_portuguese(question: str, position: int | None) -> None:
    assert ordinal_in(question) == position


def test_going_back_to_the_first_one_after_single_things_is_the_first_asked_about() -> None:
    memory = SessionMemory()
    memory.add(MemoryTurn(question="pull up 0cf411", answer="...", entities=["P-A"], subject="P-A", about=["P-A"]))
    memory.add(MemoryTurn(question="and 060cb1?", answer="...", entities=["P-B"], subject="P-B", about=["P-B"]))
    assert resolve_ordinal("ok go back to the first one", memory) == "P-A"
    assert resolve_ordinal("quay lại cái đầu á", memory) == "P-A"
    listed = SessionMemory()  # an answer that listed things is still what "the first one" counts in
    listed.add(MemoryTurn(question="P-A?", answer="...", entities=["P-A"], subject="P-A", about=["P-A"]))
    listed.add(MemoryTurn(question="P-B?", answer="...", entities=["P-B", "V-1", "V-2"], subject="P-B", about=["P-B"]))
    assert resolve_ordinal("the second one?", listed) == "V-1"


@pytest.mark.parametrize(("question", "position"), [
    ("that first one?", 1), ("so second one?", 2), ("2nd one, details pls", 2), ("后面那个呢", -1), ("前者呢", 1),
    ("the first time I sold", None), ("first one-star review this week", None), ("前面那个月", None),
])
def test_ordinals_said_without_an_article(question: str, position: int | None) -> None:
    from agent.memory import ordinal_in

    assert ordinal_in(question) == position
