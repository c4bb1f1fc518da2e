"""Word wrap with offsets: every visible character lands on exactly one line, no line too wide."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.widgets.article_view import wrap_offsets


def check(text: str, width: int) -> list[tuple[int, int]]:
    spans = wrap_offsets(text, 0, len(text), width)
    covered = []
    last = 0
    for s, e in spans:
        assert last <= s <= e <= len(text)
        assert cell_len(text[s:e]) <= width or e - s == 1
        assert "\n" not in text[s:e]
        covered.extend(range(s, e))
        last = e
    visible = [i for i, ch in enumerate(text) if ch not in " \n"]
    assert [i for i in covered if text[i] not in " \n"] == visible
    return spans


def test_wraps_at_spaces():
    assert wrap_offsets("aaa bbb ccc", 0, 11, 7) == [(0, 7), (8, 11)]


def test_cuts_a_word_longer_than_the_line():
    assert wrap_offsets("abcdefghij", 0, 10, 4) == [(0, 4), (4, 8), (8, 10)]


def test_newline_inside_a_paragraph_ends_a_line():
    assert wrap_offsets("ab\ncd", 0, 5, 40) == [(0, 2), (3, 5)]


def test_wide_characters_count_two_cells():
    spans = check("日本語 の テキスト です", 6)
    assert all(cell_len("日本語 の テキスト です"[s:e]) <= 6 for s, e in spans)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cé日\n")), max_size=200), st.integers(1, 30))
def test_every_visible_character_once(text, width):
    check(text, width)


def test_a_long_single_line_wraps_into_many_lines():
    text = ("word " * 40_000)[:200_000]
    spans = check(text, 60)
    assert len(spans) > 3_000
