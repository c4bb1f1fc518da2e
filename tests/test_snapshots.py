"""What the screen shows, as SVG snapshots (pytest-textual-snapshot).

Deterministic: fixed sizes and theme, cursor blink off, workers awaited, and the store
path relative so no temp folder appears on screen. Review changes with the snapshot
report before running ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, no_blink, wait_ready
from tui.app import make_app


@pytest.fixture
def desk_app(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def build(*paths):
        app = make_app(list(paths) or [SAMPLES], db_path=Path("store.json"), editor="snap")
        app.theme = "textual-dark"
        return app

    return build


async def settle(pilot):
    await wait_ready(pilot)
    no_blink(pilot.app)
    await pilot.pause()


def run_before(*keys: str):
    async def _run(pilot):
        await settle(pilot)
        for k in keys:
            await pilot.press(k)
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        no_blink(pilot.app)
        await pilot.pause()

    return _run


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_samples_side_by_side(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before())


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_claim_selected_with_links_marked(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("n", "n"))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_switched_articles(snap_compare, desk_app, size):
    assert snap_compare(desk_app(), terminal_size=size, run_before=run_before("right_square_bracket"))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_boilerplate_hidden(snap_compare, desk_app, size):
    async def before(pilot):
        await run_before("b")(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(desk_app(), terminal_size=size, run_before=before)


def test_claims_panel(snap_compare, desk_app):
    assert snap_compare(desk_app(), terminal_size=(160, 48), run_before=run_before("x"))


def test_bad_file_notice(snap_compare, desk_app, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    first = sorted(SAMPLES.glob("0*"))[0]
    assert snap_compare(desk_app(first, Path("empty.txt")), terminal_size=(80, 24), run_before=run_before())


def test_main_screen_with_tags(snap_compare, desk_app):
    async def before(pilot):
        await settle(pilot)
        desk = desk_of(pilot.app)
        for key in ("n", "c", "n", "d", "n", "n"):
            await pilot.press(key)
        assert desk.reviewed_counts()[0] == 2
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(desk_app(), terminal_size=(160, 48), run_before=before)


def test_note_editor(snap_compare, desk_app):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("n", "e")
        await pilot.pause()
        await pilot.press(*"Checked against the court register.")
        no_blink(pilot.app)
        await pilot.pause()

    assert snap_compare(desk_app(), terminal_size=(100, 30), run_before=before)


def test_evidence_suggestions(snap_compare, desk_app):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("x", "v")
        await pilot.pause()
        no_blink(pilot.app)
        await pilot.pause()

    assert snap_compare(desk_app(), terminal_size=(120, 36), run_before=before)
