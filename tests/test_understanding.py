

def test_abbreviations_of_a_language_written_without_spaces_are_spelled_out_inside_words() -> None:
    from agent.understanding import spelled_out

    assert spelled_out("ช่วงนี้โดนลค.ติเรื่องไรบ้าง") == "ช่วงนี้โดนลูกค้าติเรื่องไรบ้าง"
    assert spelled_out("sp nào tệ nhất") == "sản phẩm nào tệ nhất"
