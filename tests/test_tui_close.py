"""Quitting closes the store (issue 9): its journal is folded into the snapshot, in the background.

The desk hands the store to a thread of its own when it goes away (``q``, or any other way the app
ends), so the quit itself never waits for the compaction; the command line waits for that thread
after the terminal is restored (tests/test_e2e_escape.py checks the installed command in tmux).
A fresh open then sees every annotation.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, wait_ready
from tui.app import make_app


def journal(db: Path) -> Path:
    return Path(str(db) + ".journal")


async def test_quitting_compacts_the_store_and_a_fresh_open_sees_everything(tmp_path):
    from store.annotations import AnnotationStore

    db = tmp_path / "store.json"
    app = make_app([SAMPLES], db_path=db, editor="tester", config_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("n", "c", "n", "d", "e", *"[b]checked[/b]", "ctrl+s")
        await pilot.pause()
        first, second = desk.model.order[0], desk.model.order[1]
        store = desk.store
        assert journal(db).stat().st_size > 0, "each change is journalled before it shows"
        await pilot.press("q")
    assert app.wait_store_closed(timeout=30), "the store's close did not finish"
    assert app.store_close_error is None
    assert store.closed
    assert journal(db).stat().st_size == 0, "the journal was not folded into the snapshot"
    with AnnotationStore.open(db, editor="reader", read_only=True) as again:
        saved = {a.claim_id: (a.status, a.note) for a in again.annotations()}
    assert saved == {first: ("corroborated", ""), second: ("disputed", "[b]checked[/b]")}


async def test_a_store_that_opens_after_the_quit_is_closed_too(tmp_path):
    """Quitting while the store is still opening: the worker that opens it closes it (nobody else will),
    so its lock is released and nothing is left half-done."""
    from store.annotations import AnnotationStore

    db = tmp_path / "store.json"
    release = threading.Event()
    opened: list[AnnotationStore] = []

    def slow_open(path, **kwargs):
        release.wait(10)
        store = AnnotationStore.open(path, **kwargs)
        opened.append(store)
        return store

    app = make_app([SAMPLES], db_path=db, editor="tester", config_path=tmp_path / "none.toml", store_opener=slow_open)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        desk = desk_of(app)
        assert desk.store is None
        await pilot.press("q")
    release.set()  # the opening worker carries on, sees the desk gone, and hands the store to a closer
    deadline = time.monotonic() + 30
    while not (opened and app._closers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app.wait_store_closed(timeout=30)
    assert opened and opened[0].closed, "a store opened after the quit was left open"
    with AnnotationStore.open(db, editor="again") as again:  # the lock was released: a writer gets it
        assert not again.read_only


async def test_quitting_with_no_annotation_closes_the_store_too(tmp_path):
    """A store with no annotation yet (its length is 0, so it is falsy) is closed all the same: the
    documents registered when it opened are folded in and its lock released."""
    from store.annotations import AnnotationStore

    db = tmp_path / "store.json"
    app = make_app([SAMPLES], db_path=db, editor="tester", config_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        store = desk_of(app).store
        assert store is not None and len(store) == 0
        await pilot.press("q")
    assert app.wait_store_closed(timeout=30)
    assert store.closed
    assert journal(db).stat().st_size == 0
    with AnnotationStore.open(db, editor="again") as again:
        assert not again.read_only and len(again.documents()) == 5
