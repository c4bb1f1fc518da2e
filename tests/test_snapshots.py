"""What the screen shows, as SVG snapshots (pytest-textual-snapshot), on a FIXED analysis.

The desk is given the hand-written analysis of tests/desk_fixture.py (three short articles, their claims,
links and facts) instead of running the engine, so a snapshot changes only when the desk's look does, never
when extraction or alignment does. Every screen and every dialog at 80x24 and 120x36.

Deterministic: fixed sizes and theme, cursor blink off, workers awaited, notices cleared, the store path
relative, times pinned, no temporary folder in view. Review changes with the snapshot report (or the SVGs'
text) before running ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import desk_fixture
from tests.tui_helpers import desk_of, no_blink, wait_ready
from tui.app import make_app
from tui.session import Stance

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])


@pytest.fixture
def desk_app(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("tui.session.local_time", lambda iso: "12:00:00")
    monkeypatch.setattr("tui.session._clock", lambda: "12:00:00")
    folder = desk_fixture.write_files(tmp_path / "articles")

    def build():
        app = make_app([folder], db_path=Path("store.json"), editor="snap", config_path=Path("none.toml"),
                       source=desk_fixture.source(Path("articles")), place_path=False)
        app.theme = "textual-dark"
        return app

    return build


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    pilot.app.clear_notifications()
    no_blink(pilot.app)
    await pilot.pause()
    await pilot.pause()


def run_before(*keys: str, select: str | None = None, prepare=None, after=None):
    async def _run(pilot):
        await wait_ready(pilot)
        desk = desk_of(pilot.app)
        if prepare is not None:
            prepare(desk)
        if select is not None:
            desk.select_claim(select)
        for k in keys:
            await pilot.press(k)
            await pilot.pause()
        if after is not None:
            await after(pilot)
        await settle(pilot)

    return _run


def add_evidence(n: int):
    """``n`` pieces of evidence on The Gazette's arrests claim (its two linked claims first, then sources)."""

    def prepare(desk):
        s = desk.session
        s.select("g-arrests")
        for sugg in s.suggestions("g-arrests")[:n]:
            assert s.add_suggestion("g-arrests", sugg).ok
        for k in range(max(0, n - 2)):
            stance = (Stance.SUPPORTS, Stance.CONTRADICTS)[k % 2]
            text = ("Interior ministry statement, 8 October", "https://example.org/court-register/4411",
                    "Phone call with the police press office")[k]
            assert s.add_source("g-arrests", text, stance).ok
        assert len(s.evidence_of("g-arrests")) == n

    return prepare


@SIZES
def test_desk(snap_compare, desk_app, size):
    """The three articles side by side (two at 80 columns), nothing selected."""
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before())


@SIZES
def test_conflict_jump(snap_compare, desk_app, size):
    """x: The Gazette's 300 arrests selected, The Courier's 3,000 beside it in red, The Herald's 300 in green."""
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("x"))


@SIZES
def test_tagged_and_boilerplate_hidden(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("x", "c", "x", "d", "b"))


@SIZES
def test_help(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("f1"))


@SIZES
def test_help_legend(snap_compare, desk_app, size):
    async def to_legend(pilot):
        body = pilot.app.screen.query_one("#help-body")
        body.scroll_to_widget(pilot.app.screen.query_one("#legend"), top=True, animate=False, immediate=True)
        await pilot.pause()

    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("question_mark", after=to_legend))


@SIZES
def test_detail(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("i", select="c-arrests"))


@SIZES
def test_evidence_with_nothing(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("v", select="g-march"))


@SIZES
def test_evidence_with_one_item(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size,
                        run_before=run_before("v", select="g-arrests", prepare=add_evidence(1)))


@SIZES
def test_evidence_with_five_items(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size,
                        run_before=run_before("v", select="g-arrests", prepare=add_evidence(5)))


@SIZES
def test_note_editor(snap_compare, desk_app, size):
    async def type_note(pilot):
        await pilot.press(*"Checked against the court register.")

    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("e", select="h-arrests",
                                                                              after=type_note))


@SIZES
def test_note_discard_question(snap_compare, desk_app, size):
    async def type_then_escape(pilot):
        await pilot.press(*"draft", "escape")

    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("e", select="h-arrests",
                                                                              after=type_then_escape))


@SIZES
def test_history(snap_compare, desk_app, size):
    async def tags(pilot):
        desk = desk_of(pilot.app)
        for cid, key in (("g-arrests", "c"), ("c-arrests", "d"), ("h-injured", "c")):
            desk.select_claim(cid)
            await pilot.press(key)
        await pilot.press("ctrl+z")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()
        await pilot.press("H")

    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before(after=tags))


@SIZES
def test_article_picker(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("o"))


@SIZES
def test_export_format(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("w"))


@SIZES
def test_export_path(snap_compare, desk_app, size):
    async def fixed_path(pilot):
        from textual.widgets import Input

        await pilot.press("enter")
        await pilot.pause()
        field = pilot.app.screen.query_one(Input)
        field.value = "reports/claimdesk-annotations.csv"

    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("w", after=fixed_path))


@SIZES
def test_export_replace_question(snap_compare, desk_app, size):
    async def existing(pilot):
        from textual.widgets import Input

        Path("checked.csv").write_text("an earlier export\n")
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.screen.query_one(Input).value = "checked.csv"
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("w", after=existing))


@SIZES
def test_tag_fact_question(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("c", "g", select="g-arrests"))


def a_disagreement(desk) -> None:
    """bob (a colleague on the same store) disputes The Gazette's arrests claim with a note, and this desk
    corroborates it (the ``c`` pressed first): a disagreement to settle, and the agreement between snap and bob."""
    from store.annotations import AnnotationStore

    c = desk.model.claims["g-arrests"]
    with AnnotationStore.open(desk.store.path, editor="bob") as other:
        other.sync(desk.model.analysis)
        other.set_status(c, desk.model.docs[c.doc], "disputed")
        other.set_note(c, desk.model.docs[c.doc], "The courier says 3,000; the register is not public yet.")
    desk.store.refresh()
    desk.session.absorb(["g-arrests"])


@SIZES
def test_adjudicate(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size,
                        run_before=run_before("c", "J", select="g-arrests", prepare=a_disagreement))


@SIZES
def test_agreement(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size,
                        run_before=run_before("c", "A", select="g-arrests", prepare=a_disagreement))


@SIZES
def test_article_details(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("m", select="g-arrests"))
