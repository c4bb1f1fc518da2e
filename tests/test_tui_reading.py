"""The reading view, driven with Textual's Pilot: panes, cycling, picking, boilerplate, highlights, jumps."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, wait_ready, write_conflicting_pair
from tui.app import make_app
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import ArticleView


def app_for(tmp_path: Path, *paths):
    return make_app(list(paths) or [SAMPLES], db_path=tmp_path / "store.json", editor="tester")


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"})


async def test_samples_open_side_by_side(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        panes = desk.panes()
        assert len(desk.documents) == 5
        assert len(panes) == 4  # 160 columns / 40 per pane
        shown = [p.document.id for p in panes]
        assert len(set(shown)) == 4
        for pane in panes:
            header = str(pane.query_one(".pane-header").render())
            assert pane.document.label in header
            assert pane.document.title[:20] in header
            assert pane.view.virtual_size.height > 10


async def test_80_columns_show_two_panes_and_cycle(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        first = [p.document.id for p in desk.panes()]
        assert len(first) == 2
        await pilot.press("right_square_bracket")
        second = [p.document.id for p in desk.panes()]
        assert second[0] == first[1]
        assert second != first
        for _ in range(4):
            await pilot.press("right_square_bracket")
        assert [p.document.id for p in desk.panes()] == first  # five steps round five articles


async def test_picker_puts_the_chosen_article_in_the_focused_pane(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(80, 30)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        hidden = [d for d in desk.documents if d.id not in {p.document.id for p in desk.panes()}]
        target = hidden[-1]
        await pilot.press("o")
        await pilot.pause()
        for _ in range(desk.documents.index(target) + 1):
            await pilot.press("down")
        # the list starts on the focused pane's article; go to the top and walk down
        await pilot.press("home")
        for _ in range(desk.documents.index(target)):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert desk.panes()[desk.focused_pane].document.id == target.id


async def test_boilerplate_toggles_between_dimmed_and_hidden(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        view = desk.panes()[0].view
        doc = view.document
        assert any(p.boilerplate for p in doc.paragraphs), "the sample should carry boilerplate"
        dimmed = view.virtual_size.height
        await pilot.press("b")
        await pilot.pause()
        assert view.boilerplate_mode == "hide"
        assert view.virtual_size.height < dimmed
        shown_starts = {ln.start for ln in view._lines if ln.start >= 0}
        for p in doc.paragraphs:
            if p.boilerplate:
                assert p.start not in shown_starts
        await pilot.press("b")
        await pilot.pause()
        assert view.virtual_size.height == dimmed


async def test_claims_are_highlighted_and_never_in_boilerplate(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        for pane in desk.panes():
            view = pane.view
            assert view.claims, f"no claims drawn in {pane.document.label}"
            for c in view.claims:
                para = pane.document.paragraph_at(c.start)
                assert para is not None and not para.boilerplate
            # the line holding the first claim is drawn with more than one style
            y = view.y_for_offset(view.claims[0].start)
            strip = view._render_virtual_line(y, view.scrollable_content_region.width)
            assert len({seg.style for seg in strip}) >= 1
            styles = [seg.style for seg in strip if seg.text.strip()]
            assert any(s and (s.underline or s.bgcolor) for s in styles)


async def test_next_claim_scrolls_linked_claims_into_view_in_other_panes(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        # find a claim with links to documents shown in other panes
        shown = {p.document.id for p in desk.panes()}
        target = next(cid for cid in desk.model.order
                      if any(c.doc in shown and c.doc != desk.model.claims[cid].doc for c, _ in desk.model.linked(cid)))
        desk.select_claim(target)
        await pilot.pause()
        assert desk.selected == target
        for c, _ in desk.model.linked(target):
            pane = next((p for p in desk.panes() if p.document.id == c.doc), None)
            if pane is None:
                continue
            view = pane.view
            first = next(x for x, _ in desk.model.linked(target) if x.doc == c.doc)
            y = view.y_for_offset(first.start)
            top = view.scroll_offset.y
            assert top <= y < top + view.scrollable_content_region.height
            assert first.id in view._linked


async def test_n_and_p_walk_claims_of_the_focused_article(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        doc = desk.focused_doc()
        ids = [c.id for c in desk.model.by_doc[doc.id]]
        await pilot.press("n")
        assert desk.selected == ids[0]
        await pilot.press("n")
        assert desk.selected == ids[1]
        await pilot.press("p")
        assert desk.selected == ids[0]
        status = str(desk.query_one("#status").render())
        assert "0/" in status and "reviewed" in status


async def test_x_jumps_to_the_next_conflict(tmp_path):
    app = app_for(tmp_path, *write_conflicting_pair(tmp_path / "pair"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        conflicts = [cid for cid in desk.model.order if desk.model.state(cid) == "conflict"]
        assert conflicts, "300 against 3,000 detained is a conflict"
        await pilot.press("x")
        assert desk.selected == conflicts[0]
        await pilot.press("x")
        assert desk.selected == (conflicts[1] if len(conflicts) > 1 else conflicts[0])
        assert "conflict" in str(desk.query_one("#status").render())


async def test_clicking_a_claim_selects_it(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        pane = desk.panes()[0]
        view = pane.view
        claim = view.claims[0]
        view.scroll_to_claim(claim.id)
        await pilot.pause()
        y = view.y_for_offset(claim.start) - view.scroll_offset.y
        line = view._lines[y + view.scroll_offset.y]
        x = view.styles.padding.left + (claim.start - line.start) + 1
        await pilot.click(ArticleView, offset=(x, y))
        # the click lands on the first pane's view (query_one picks the first)
        assert desk.selected == claim.id


async def test_palette_lists_every_desk_action(tmp_path):
    from tui import actions

    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for a in actions.ACTIONS:
            if a.id == "quit":
                assert "Quit" in titles
                continue
            assert any(a.label in t for t in titles), a.id


async def test_bad_file_gives_a_notice_and_the_rest_open(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\xff\x10" * 500)
    app = app_for(tmp_path, *sample_files()[:2], empty, binary)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert len(desk.documents) == 2
        messages = [n.message for n in app._notifications]
        assert any("empty.txt" in m for m in messages)
        assert any("scan.txt" in m for m in messages)
        assert all("\n" not in m for m in messages if "empty.txt" in m)
        assert all(isinstance(p, ArticlePane) and p.document is not None for p in desk.panes())
