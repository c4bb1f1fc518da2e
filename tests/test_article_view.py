"""Word wrap with offsets: every visible character lands on exactly one line, no line too wide."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tests.tui_helpers import TERMINAL_ACTIVE
from tui.widgets.article_view import wrap_offsets


def check(text: str, width: int) -> list[tuple[int, int]]:
    spans = wrap_offsets(text, 0, len(text), width)
    covered: list[int] = []
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


# ---------------------------------------------------------------------------- terminal-active characters

HOSTILE_ALPHABET = list("ab cé日\n\t") + ["\x1b", "\x07", "\x9b", "\x85", "\u202e", "\x7f", "\x00"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(HOSTILE_ALPHABET), max_size=200), st.integers(1, 30))
def test_wrapping_measures_what_is_drawn(text, width):
    """Controls are drawn as stand-ins wider than the 0 cells the terminal would give them (ESC as "␛",
    U+009B as "<U+009B>"): lines are measured on what is drawn, and still cover every character once."""
    from tui.widgets.article_view import shown

    spans = wrap_offsets(text, 0, len(text), width)
    covered: list[int] = []
    last = 0
    for s, e in spans:
        assert last <= s <= e <= len(text)
        drawn = shown(text[s:e])
        assert cell_len(drawn) <= width or e - s == 1
        assert TERMINAL_ACTIVE.search(drawn) is None
        covered.extend(range(s, e))
        last = e
    assert [i for i in covered if text[i] not in " \n"] == [i for i, ch in enumerate(text) if ch not in " \n"]


async def test_a_claim_over_an_escape_sequence_keeps_its_offsets():
    """A claim whose text holds an OSC 52 sequence and a C1 CSI: the pane draws stand-ins in their
    place (in the control style), the claim's highlight covers exactly its characters, and a click on a
    stand-in lands on the character it stands for."""
    from textual.app import App, ComposeResult

    from claims.model import Claim, Document, Paragraph
    from tui.widgets.article_view import ArticleView, Look, shown

    text = "Intro. Police \x1b]52;c;cm0g\x07 detained \x9b2J 300 people. Outro."
    start = text.index("Police")
    end = text.index(" Outro")
    doc = Document(id="d", path="d.txt", text=text, paragraphs=(Paragraph(0, 0, len(text)),))
    fields: dict[str, Any] = {"kind": "figure", "score": 1.0}  # (kind: a str, or the str enum it is becoming)
    claim = Claim(id="c1", doc="d", start=start, end=end, text=text[start:end], **fields)

    class One(App):
        def compose(self) -> ComposeResult:
            yield ArticleView(doc)

    app = One()
    async with app.run_test(size=(200, 5)) as pilot:
        view = app.query_one(ArticleView)
        view.set_claims([claim])
        view.set_highlights(lambda cid: Look("agree", ""), "c1", frozenset())
        await pilot.pause()
        strip = view.render_line(0)
        drawn = "".join(seg.text for seg in strip)
        assert drawn.rstrip() == shown(text)
        assert "␛]52;c;cm0g␇" in drawn and "<U+009B>2J" in drawn
        assert TERMINAL_ACTIVE.search(drawn) is None
        control = view.get_component_rich_style("article-view--control", partial=True)
        marked = [seg.text for seg in strip if seg.style and control.color and seg.style.color == control.color]
        assert marked == ["␛", "␇", "<U+009B>"]
        # cells -> offsets: the C1 stand-in is 8 cells wide and stands for one character
        left = view.styles.padding.left
        c1 = text.index("\x9b")
        c1_cell = len(shown(text[:c1]))
        for dx in range(len("<U+009B>")):
            assert view.offset_at(left + c1_cell + dx, 0) == c1
        assert view.offset_at(left + c1_cell + len("<U+009B>"), 0) == c1 + 1
        assert view.claim_at(view.offset_at(left + c1_cell, 0)) is claim


async def test_lines_fit_once_the_scrollbar_shows(tmp_path):
    """Short articles get a scrollbar only after their text arrives; the first pane's text was
    wrapped before it appeared and lost its last column under it ("officials" drawn "official").
    The scrollbar's gutter is kept, so every line fits the width it was wrapped for."""
    from tests.hostile_corpus import write_articles
    from tests.tui_helpers import wait_ready
    from tui.app import make_app
    from tui.widgets.article_view import ArticleView, shown

    write_articles(tmp_path / "articles")
    app = make_app([tmp_path / "articles"], db_path=tmp_path / "s.json", editor="t", config_path=tmp_path / "none")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        views = list(app.screen.query(ArticleView))
        assert len(views) == 3 and any(v.show_vertical_scrollbar for v in views)
        for view in views:
            width = view.scrollable_content_region.width
            assert view._wrap_width == width
            text = view.document.text
            for line in view._lines:
                if line.start >= 0:
                    assert cell_len(shown(text[line.start : line.end])) <= width, text[line.start : line.end]
