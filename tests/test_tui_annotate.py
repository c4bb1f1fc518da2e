"""A whole annotation session driven with Pilot: tag, note, evidence, undo/redo, reopen, export."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, wait_ready
from tui.app import make_app


def app_for(db: Path, config: Path | None = None):
    return make_app([SAMPLES], db_path=db, editor="tester", config_path=config)


async def test_whole_session_survives_a_restart_and_exports(tmp_path):
    db = tmp_path / "store.json"
    app = app_for(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("n")
        first = desk.selected
        await pilot.press("c")
        assert desk.status_of(first) == "corroborated"
        assert "1/" in str(desk.query_one("#status").render())

        await pilot.press("n")
        second = desk.selected
        await pilot.press("d")
        assert desk.status_of(second) == "disputed"

        # a note: Esc with changes asks first (n goes back to the note, y discards), ctrl+s saves
        from tui.screens.confirm import ConfirmScreen
        from tui.screens.note import NoteScreen

        await pilot.press("e")
        await pilot.press(*"draft")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen), "n goes back to the note"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen | ConfirmScreen)
        assert desk.note_of(second) == ""
        await pilot.press("e", "escape")  # unchanged: Esc closes at once
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen | ConfirmScreen)
        await pilot.press("e")
        await pilot.press(*"Court record says otherwise.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert desk.note_of(second) == "Court record says otherwise."

        # accept an evidence suggestion with one key on a claim that has links
        linked = next(cid for cid in desk.model.order if desk.model.linked(cid))
        desk.select_claim(linked)
        await pilot.press("a")
        ann = desk.store.get(linked)
        assert ann is not None and len(ann.evidence) == 1
        top_other, top_link = desk.model.linked(linked)[0]
        assert ann.evidence[0].claim_id == top_other.id
        assert ann.evidence[0].relation == ("supports" if top_link.relation == "agree" else "contradicts")

        # undo the evidence, redo it
        await pilot.press("ctrl+z")
        assert len(desk.store.get(linked).evidence) == 0
        await pilot.press("ctrl+y")
        assert len(desk.store.get(linked).evidence) == 1

        # clear back to untagged, then undo the clearing
        desk.select_claim(first)
        await pilot.press("backspace")
        assert desk.status_of(first) == ""
        await pilot.press("ctrl+z")
        assert desk.status_of(first) == "corroborated"
        await pilot.press("q")

    # reopen: everything as left
    app = app_for(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert desk.status_of(first) == "corroborated"
        assert desk.status_of(second) == "disputed"
        assert desk.note_of(second) == "Court record says otherwise."
        assert len(desk.store.get(linked).evidence) == 1
        states = desk.states()
        assert states[first] == "corroborated" and states[second] == "disputed"
        assert desk.reviewed_counts()[0] == 2

        # export from the app: asks the format (CSV first), then a path, says where it wrote
        out = tmp_path / "from-app.csv"
        await pilot.press("w")
        await pilot.pause()
        from textual.widgets import Input

        from tui.screens.choice import ChoiceScreen

        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value.endswith("claimdesk-annotations.csv")
        field.value = str(out)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert out.exists()
        assert any(str(out) in n.message and "rows" in n.message for n in app._notifications)
        await pilot.press("q")

    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    by_id = {r["claim_id"]: r for r in rows}
    assert len(rows) == len(desk.model.claims)
    assert by_id[first]["status"] == "corroborated"
    assert by_id[second]["status"] == "disputed"
    assert by_id[second]["note"] == "Court record says otherwise."
    assert top_other.text[:30] in by_id[linked]["evidence"]
    for col in ("document", "outlet", "title", "date", "claim_id", "claim", "values", "status", "note",
                "evidence", "origins", "editor", "created", "updated", "start", "end"):
        assert col in rows[0], col
    assert by_id[first]["editor"] == "tester"
    claim = desk.model.claims[first]
    assert (int(by_id[first]["start"]), int(by_id[first]["end"])) == (claim.start, claim.end)


async def test_tag_whole_cluster_only_after_confirmation(tmp_path):
    app = app_for(tmp_path / "store.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        cid = next(c for c in desk.model.order if len(desk.model.cluster_claims(c)) >= 3)
        members = [c.id for c in desk.model.cluster_claims(cid)]
        desk.select_claim(cid)
        await pilot.press("c", "g")
        await pilot.pause()
        await pilot.press("n")  # answer no
        await pilot.pause()
        assert [desk.status_of(m) for m in members].count("corroborated") == 1
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert all(desk.status_of(m) == "corroborated" for m in members)


async def test_copy_citation_falls_back_to_the_terminal_clipboard(tmp_path, monkeypatch):
    import pyperclip

    def no_backend(text):
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_backend)
    app = app_for(tmp_path / "store.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("n", "y")
        claim = desk.model.claims[desk.selected]
        assert claim.text in app.clipboard
        assert desk.model.docs[claim.doc].label in app.clipboard
        assert any("OSC 52" in n.message for n in app._notifications)
        assert "OSC 52" in app.last_copy_method


async def test_copy_citation_uses_pyperclip_when_it_works(tmp_path, monkeypatch):
    import pyperclip

    got = []
    monkeypatch.setattr(pyperclip, "copy", got.append)
    app = app_for(tmp_path / "store.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("n", "y")
        assert got and "Status: untagged" in got[0]
        assert app.last_copy_method == "system clipboard"


async def test_keys_are_rebindable_in_the_config_file(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\ncorroborate = "k"\n', encoding="utf-8")
    app = app_for(tmp_path / "store.json", config)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("n", "k")
        assert desk.status_of(desk.selected) == "corroborated"


async def test_a_second_desk_on_the_same_store_writes_and_the_first_shows_it(tmp_path):
    """Several desks on one store (issue 12): the second window tags too, and the first window's panes, table and
    counts show that tag without a restart (the store's watcher reports the claim; its row is patched)."""
    import asyncio

    from tui.widgets.claims_panel import ClaimsPanel

    db = tmp_path / "store.json"
    first = app_for(db)
    async with first.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk1 = desk_of(first)
        second = app_for(db)
        async with second.run_test(size=(120, 40)) as pilot2:
            await wait_ready(pilot2)
            desk2 = desk_of(second)
            assert not desk2.store.read_only
            await pilot2.press("n", "c")
            claim = desk2.selected
            assert desk2.status_of(claim) == "corroborated"
            for _ in range(100):  # the watcher looks every 0.2 s
                await pilot.pause(0.05)
                if desk1.status_of(claim) == "corroborated":
                    break
                await asyncio.sleep(0.05)
            assert desk1.status_of(claim) == "corroborated", "the first desk never saw the second's tag"
            assert desk1.reviewed_counts()[0] == 1
            assert "1 of" in first.screen.query_one(ClaimsPanel).summary
