"""Several desks writing one store (issue 12): appends that take turns, followers that keep up
(through compactions too), watchers that are told, and nothing lost or overwritten.

The crash test with two writers SIGKILLed at random moments is ``tests/test_store_crash.py``;
the time for one desk's tag to reach another is measured in ``benchmarks/bench_team.py``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import store.storage as storage_mod
from claims.model import Claim, Document
from store.annotations import AnnotationStore, Evidence, StoreChanges
from tests.conftest import ROOT

HANG_GUARD = 60.0  # seconds; turns a hang into a failure, never a speed assertion


def make_world(n_docs: int = 2, per_doc: int = 6) -> list[tuple[Claim, Document]]:
    out = []
    for d in range(n_docs):
        sentences = [f"Report {d}: the ministry counted {i * 11 + 3} closed schools in region {i}." for i in range(per_doc)]
        text = " ".join(sentences)
        doc = Document(id=f"r{d}", path=f"/news/r{d}.txt", text=text, outlet=f"Outlet {d}",
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        pos = 0
        for i, s in enumerate(sentences):
            out.append((Claim(id=f"r{d}-{i}", doc=doc.id, start=pos, end=pos + len(s), text=s, kind="figure",
                              score=0.5), doc))
            pos += len(s) + 1
    return out


W = make_world()


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "project.json"


def test_two_desks_changing_different_claims_both_keep_their_changes(path):
    a = AnnotationStore.open(path, editor="ana")
    b = AnnotationStore.open(path, editor="bob")
    try:
        for i in range(6):
            a.set_status(*W[i], "corroborated")
            b.set_status(*W[6 + i], "disputed")
            b.set_note(*W[6 + i], f"bob's call {i}")
        b.set_note(*W[11], "bob's last word")
        assert a.refresh().claims == {W[11][0].id}  # the rest came in as ana wrote (each write reads first)
        a.add_evidence(*W[0], Evidence(kind="source", text="ministry bulletin"))
        assert b.refresh().claims == {W[0][0].id}
        for s in (a, b):
            assert len(s) == 12
            assert s.get(W[0][0].id).evidence[0].text == "ministry bulletin"
            assert s.get(W[7][0].id).note == "bob's call 1"
    finally:
        a.close()
        b.close()
    with AnnotationStore.open(path, editor="x", read_only=True) as ro:
        assert {x.claim_id: x.status for x in ro.annotations()} == {
            **{c.id: "corroborated" for c, _ in W[:6]}, **{c.id: "disputed" for c, _ in W[6:]}}


def test_the_same_claim_changed_by_two_desks_keeps_both_verdicts(path):
    a = AnnotationStore.open(path, editor="ana")
    b = AnnotationStore.open(path, editor="bob")
    try:
        a.set_status(*W[0], "corroborated")
        b.set_status(*W[0], "disputed")  # bob has not looked since ana's tag: his write reads it first
        a.set_status(*W[0], "corroborated")  # a no-op for ana: her verdict is already that
        b.refresh()
        assert b.get(W[0][0].id).live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
    finally:
        a.close()
        b.close()


def test_refresh_costs_two_stats_when_nothing_changed(path, monkeypatch):
    a = AnnotationStore.open(path, editor="ana")
    try:
        a.set_status(*W[0], "corroborated")
        reads = []
        real_pread = os.pread
        monkeypatch.setattr(storage_mod.os, "pread", lambda *args: reads.append(args) or real_pread(*args))
        for _ in range(20):
            assert not a.refresh()
        assert reads == []
    finally:
        a.close()


def test_a_watcher_is_told_of_another_desks_tags(path):
    a = AnnotationStore.open(path, editor="ana")
    b = AnnotationStore.open(path, editor="bob")
    got: list[StoreChanges] = []
    seen = threading.Event()

    def told(changes: StoreChanges) -> None:
        got.append(changes)
        if W[3][0].id in changes.claims:
            seen.set()

    try:
        b.watch(told, interval=0.02)
        a.set_status(*W[3], "disputed")
        assert seen.wait(HANG_GUARD), "the watcher was never told"
        assert b.get(W[3][0].id).status == "disputed"
        assert all(c.claims <= {W[3][0].id} for c in got)
        b.unwatch()
    finally:
        a.close()
        b.close()


def test_a_follower_keeps_up_through_a_compaction_without_reading_everything_again(path):
    a = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    b = AnnotationStore.open(path, editor="bob", compact_bytes=1 << 30)
    try:
        for i in range(6):
            a.set_status(*W[i], "corroborated")
        b.refresh()
        a.set_note(*W[0], "before the compaction")
        a.compact()  # a new snapshot and a new journal file
        a.set_note(*W[1], "after the compaction")
        changes = b.refresh()
        assert changes.claims == {W[0][0].id, W[1][0].id} and not changes.reloaded
        assert b._storage.reloads == 0  # it followed the new journal from where the snapshot ends
        b.set_status(*W[7], "disputed")  # and appends to the new journal, not the replaced one
        a.refresh()
        assert a.get(W[7][0].id).status == "disputed"
    finally:
        a.close()
        b.close()
    with AnnotationStore.open(path, editor="x", read_only=True) as ro:
        assert ro.get(W[0][0].id).note == "before the compaction" and ro.get(W[1][0].id).note == "after the compaction"
        assert len(ro) == 7


def test_a_follower_that_missed_two_compactions_reads_the_store_again(path):
    a = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    b = AnnotationStore.open(path, editor="bob", compact_bytes=1 << 30)
    try:
        a.set_status(*W[0], "corroborated")
        a.compact()
        a.set_status(*W[1], "corroborated")
        a.compact()  # the changes b never read are folded into this snapshot only
        a.set_status(*W[2], "corroborated")
        changes = b.refresh()
        assert changes.reloaded and b._storage.reloads == 1
        assert {x.claim_id for x in b.annotations()} == {c.id for c, _ in W[:3]}
        b.set_status(*W[3], "disputed")
        a.refresh()
        assert len(a) == 4
    finally:
        a.close()
        b.close()


def test_a_torn_line_left_by_a_dead_writer_is_cut_before_the_next_append(path):
    a = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    try:
        a.set_status(*W[0], "corroborated")
        journal = Path(str(path) + ".journal")
        good = journal.read_bytes()
        with open(journal, "ab") as f:  # a writer killed in the middle of its append
            f.write(b'1a2b3c4d {"s": 99, "ops": [["put", "doc:r0", "7", {"id"')
        b = AnnotationStore.open(path, editor="bob")
        try:
            b.set_status(*W[1], "disputed")
        finally:
            b.close()
        raw = journal.read_bytes()
        assert b"1a2b3c4d" not in raw and (raw.startswith(good) or raw == b"")
    finally:
        a.close()
    with AnnotationStore.open(path, editor="x", read_only=True) as ro:
        assert ro.damage is None and len(ro) == 2


WRITER = textwrap.dedent("""
    import sys
    from tests.test_multi_writer import W
    from store.annotations import AnnotationStore
    editor, first = sys.argv[2], int(sys.argv[3])
    s = AnnotationStore.open(sys.argv[1], editor=editor, compact_bytes=4096, idle_seconds=0.0)
    for round in range(40):
        for i in range(first, first + 6):
            s.set_status(*W[i], "corroborated" if (round + i) % 2 else "disputed")
            s.set_note(*W[i], f"{editor} round {round}")
        s.set_status(*W[0 if first else 6], "disputed")  # a claim the other writer also tags
    s.close()
    print("done", flush=True)
""")


def test_two_processes_writing_at_once_lose_no_update(path):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), editor, first], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
             for editor, first in (("ana", "0"), ("bob", "6"))]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and out.strip() == "done", err
    with AnnotationStore.open(path, editor="x", read_only=True) as ro:
        assert ro.damage is None
        for i, (claim, _) in enumerate(W):
            a = ro.get(claim.id)
            editor = "ana" if i < 6 else "bob"
            assert a.note == f"{editor} round 39"
            expected = "corroborated" if (39 + i) % 2 else "disputed"
            if i in (0, 6):  # tagged by both: both verdicts kept
                other = "bob" if i == 0 else "ana"
                assert a.live_verdicts() == {editor: expected, other: "disputed"}
            else:
                assert a.live_verdicts() == {editor: expected}
        mine = [e for e in ro.history_entries() if e.editor == "ana"]
        assert len(mine) == 40 * 12 + 1  # every change of ana's (tagging W[6] disputed again changes nothing)


def test_a_read_only_desk_follows_the_writers_too(path):
    """A desk that may only read (a read-only folder, a damaged journal) still sees the others' tags."""
    a = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    try:
        a.set_status(*W[0], "corroborated")
        ro = AnnotationStore.open(path, editor="reader", read_only=True)
        try:
            a.set_status(*W[1], "disputed")
            assert ro.refresh().claims == {W[1][0].id}
            a.compact()
            a.set_note(*W[2], "after a compaction")
            assert ro.refresh().claims == {W[2][0].id}
            assert len(ro) == 3 and ro._storage.reloads == 0
        finally:
            ro.close()
    finally:
        a.close()
