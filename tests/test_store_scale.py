"""A store that grows large: stock TinyDB still reads it, it opens in pieces with progress, and
compaction runs beside the writes instead of inside them.

Speed itself is measured in ``benchmarks/bench_store.py`` (tag latency at 1k-100k annotations,
open time, compaction time, the longest stall while a compaction runs); these tests pin the
behaviour those figures rely on.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

import store.storage as storage_mod
from claims.model import Claim, Document
from store.annotations import AnnotationStore, Evidence
from store.storage import (
    JournalStorage,
    OpenProgress,
    gc_paused,
    parse_snapshot,
    parse_snapshot_chunks,
    snapshot_bytes,
    snapshot_seq,
)

HANG_GUARD = 60.0  # seconds; only turns a hang into a failure, never a speed assertion


def world(n_docs: int, per_doc: int) -> list[tuple[Claim, Document]]:
    """Invented articles, ``per_doc`` sentence claims each (non-ASCII on purpose)."""
    out = []
    for d in range(n_docs):
        sentences = [f"Bürgermeister {d} sagte, {i * 13 % 700} Menschen — «laut Polizei» — kamen ({i})."
                     for i in range(per_doc)]
        text = " ".join(sentences)
        doc = Document(id=f"doc{d:03d}", path=f"/news/doc{d:03d}.txt", text=text, outlet=f"Outlet {d}",
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        pos = 0
        for i, s in enumerate(sentences):
            out.append((Claim(id=f"doc{d:03d}-{i}", doc=doc.id, start=pos, end=pos + len(s), text=s,
                              kind="figure", score=0.5), doc))
            pos += len(s) + 1
    return out


def fill(store: AnnotationStore, pairs: list[tuple[Claim, Document]]) -> None:
    for i, (claim, doc) in enumerate(pairs):
        store.set_status(claim, doc, "corroborated" if i % 3 else "disputed")
        if i % 4 == 0:
            store.set_note(claim, doc, f"checked by phone — call {i}\nsecond line «ok»")
        if i % 7 == 0:
            store.add_evidence(claim, doc, Evidence(kind="source", text="court listing", url=f"https://example.org/{i}"))


# ---------------------------------------------------------------------------- stock TinyDB


@pytest.mark.parametrize("how", ["compact", "compact_in_background", "close"])
def test_stock_tinydb_reads_every_annotation_of_a_compacted_store(tmp_path, how):
    path = tmp_path / "store.json"
    pairs = world(12, 25)
    s = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    fill(s, pairs)
    expected = {a.id: a.to_dict() for a in s.annotations()}
    assert len(expected) == len(pairs)
    if how == "compact":
        s.compact()
    elif how == "compact_in_background":
        worker = s.compact_in_background()
        assert worker is not None
        worker.join(HANG_GUARD)
        assert not worker.is_alive()
    s.close()
    assert Path(str(path) + ".journal").read_bytes() == b""  # everything is in the snapshot

    db = TinyDB(path, access_mode="r")  # stock TinyDB, its own JSONStorage, read-only use
    try:
        names = db.tables()
        got = {}
        for name in sorted(n for n in names if n.startswith("doc:")):
            for rec in db.table(name).all():
                got[rec["id"]] = dict(rec)
        assert got == expected
        assert db.table("meta").all()[0]["schema_version"] >= 1
        assert len(db.table("history").all()) > 0
    finally:
        db.close()
    # the folded-in sequence number leads the file, where a follower reads it
    seq, _ = snapshot_seq(path)
    assert seq == json.loads(path.read_text())["_storage"]["1"]["seq"] and seq > 0


# ---------------------------------------------------------------------------- parsing in pieces

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False,
                      allow_infinity=False), st.text(max_size=12))
records = st.dictionaries(st.text(max_size=6), st.one_of(json_leaf, st.lists(json_leaf, max_size=3),
                          st.dictionaries(st.text(max_size=4), json_leaf, max_size=3)), max_size=5)
stores = st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda n: n != "_storage"),
                         st.dictionaries(st.integers(1, 10**6).map(str), records, max_size=6), max_size=5)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=stores, seq=st.integers(0, 10**6), style=st.sampled_from(["ours", "compact", "spaced", "indented"]),
       cuts=st.lists(st.integers(1, 400), max_size=12))
def test_parsing_in_blocks_gives_exactly_what_json_gives(data, seq, style, cuts):
    """Any store, written our way or TinyDB's (spaces, indentation), cut into blocks anywhere
    (inside a multi-byte character, a number, a string), parses to what one json.loads gives."""
    if style == "ours":
        raw = snapshot_bytes(data, seq)
    else:
        full = {**data, "_storage": {"1": {"seq": seq, "format": 1}}}
        kw = {"compact": {"separators": (",", ":")}, "spaced": {}, "indented": {"indent": 2}}[style]
        raw = json.dumps(full, ensure_ascii=False, **kw).encode("utf-8")
    blocks, pos = [], 0
    for c in cuts:
        if pos >= len(raw):
            break
        blocks.append(raw[pos:pos + c])
        pos += c
    blocks.append(raw[pos:])
    assert parse_snapshot_chunks(blocks, Path("x.json")) == parse_snapshot(raw, Path("x.json")) == (data, seq)


def test_a_damaged_snapshot_read_in_blocks_is_named_as_the_whole_file_read_would_name_it(tmp_path):
    raw = snapshot_bytes({"doc:a": {str(i): {"id": f"{i}", "note": "é" * 40} for i in range(1, 300)}}, 4)
    cases = [raw[: len(raw) // 2], raw.replace(b'"note"', b'"note" "', 1), b"[1, 2]", raw[:-1] + b"x",
             raw.replace("é".encode(), b"\xff", 1)]
    for bad in cases:
        blocks = [bad[i:i + 1000] for i in range(0, len(bad), 1000)]
        with pytest.raises(storage_mod.CorruptStore) as whole:
            parse_snapshot(bad, tmp_path / "s.json")
        with pytest.raises(storage_mod.CorruptStore) as pieces:
            parse_snapshot_chunks(blocks, tmp_path / "s.json")
        assert str(pieces.value) == str(whole.value)


def test_opening_reports_progress_stage_by_stage(tmp_path):
    path = tmp_path / "store.json"
    pairs = world(8, 25)
    with AnnotationStore.open(path, editor="ana") as s:
        fill(s, pairs)
    size = path.stat().st_size
    seen: list[OpenProgress] = []
    threads = set()

    def progress(p: OpenProgress) -> None:
        seen.append(p)
        threads.add(threading.current_thread())

    with AnnotationStore.open(path, editor="ana", progress=progress) as s:
        assert len(s) == len(pairs)
    stages = [p.stage for p in seen]
    order = ["reading", "parsing", "replaying", "checking", "indexing"]
    firsts = [stages.index(name) for name in order]
    assert firsts == sorted(firsts), stages  # each stage starts after the one before
    parsing = [p for p in seen if p.stage == "parsing"]
    assert parsing[-1].done == parsing[-1].total == size and parsing[-1].fraction == 1.0
    for name in order:
        dones = [p.done for p in seen if p.stage == name]
        assert dones == sorted(dones), name
    checking = [p for p in seen if p.stage == "checking"]
    assert checking[-1].done == checking[-1].total >= len(pairs)
    assert threads == {threading.current_thread()}  # told from the thread that opens


def test_opening_hands_the_interpreter_to_other_threads_while_it_parses(tmp_path, monkeypatch):
    """The parse and the checks are loops of short calls that yield (``time.sleep(0)``) every
    ``YIELD_EVERY`` seconds, so a desk opening a large store in a worker keeps its event loop."""
    path = tmp_path / "store.json"
    with AnnotationStore.open(path, editor="ana") as s:
        fill(s, world(6, 25))
    yields = []
    real_sleep = storage_mod.time.sleep

    def counting_sleep(seconds: float) -> None:
        if seconds == 0:
            yields.append(threading.current_thread())
        real_sleep(seconds)

    monkeypatch.setattr(storage_mod, "YIELD_EVERY", 0.0)
    monkeypatch.setattr(storage_mod.time, "sleep", counting_sleep)
    AnnotationStore.open(path, editor="ana", read_only=True).close()
    assert len(yields) >= 150 // 64  # at least once per 64 records parsed


def test_a_large_store_is_loaded_with_the_collector_paused_and_then_frozen(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    assert gc.isenabled()
    with gc_paused(True):
        assert not gc.isenabled()
        with gc_paused(True):  # nested (two stores opening at once)
            assert not gc.isenabled()
        assert not gc.isenabled() and calls == []
    assert gc.isenabled() and calls == ["freeze"]
    with gc_paused(False):
        assert gc.isenabled()


# ---------------------------------------------------------------------------- compaction beside the writes


def test_writes_go_on_while_a_compaction_writes_its_snapshot_and_none_is_lost(tmp_path, monkeypatch):
    """Step 2 (writing the new snapshot) holds no lock: tags made meanwhile return, and the
    compaction carries them into the new journal when it installs its snapshot."""
    path = tmp_path / "store.json"
    pairs = world(4, 25)
    s = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    fill(s, pairs[:50])
    inside, release = threading.Event(), threading.Event()
    real_write = JournalStorage._write_snapshot

    def slow_write(self, *a, **kw):
        inside.set()
        assert release.wait(HANG_GUARD)
        return real_write(self, *a, **kw)

    monkeypatch.setattr(JournalStorage, "_write_snapshot", slow_write)
    before = s._storage.compactions
    worker = s.compact_in_background()
    assert worker is not None and inside.wait(HANG_GUARD)
    done = threading.Event()

    def tag_more() -> None:
        fill(s, pairs[50:80])
        done.set()

    tagger = threading.Thread(target=tag_more)
    tagger.start()
    tagger.join(HANG_GUARD)
    assert done.is_set(), "a tag waited for the compaction's snapshot write"
    release.set()
    worker.join(HANG_GUARD)
    assert not worker.is_alive() and s._storage.compactions == before + 1
    snapshot = json.loads(path.read_text())
    in_snapshot = sum(len(t) for name, t in snapshot.items() if name.startswith("doc:"))
    assert in_snapshot == 50  # the snapshot holds what there was when the compaction began
    assert s.journal_bytes > 0  # and the new journal the 30 tags made while it ran
    s._storage._close_fd()  # a crash: no closing compaction
    s._storage._closed = True
    s._lock.release()
    with AnnotationStore.open(path, editor="ana", read_only=True) as again:
        assert len(again) == 80
        assert {a.claim_id for a in again.annotations()} == {c.id for c, _ in pairs[:80]}


def test_the_tag_that_crosses_the_threshold_only_wakes_the_compactor(tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    pairs = world(3, 25)
    s = AnnotationStore.open(path, editor="ana", compact_bytes=4096, idle_seconds=0.01)
    writer = threading.current_thread()
    where = []
    real = JournalStorage.compact
    monkeypatch.setattr(JournalStorage, "compact", lambda self: where.append(threading.current_thread()) or real(self))
    fill(s, pairs)
    assert s._storage.wait_compacted(HANG_GUARD)
    assert where and writer not in where
    s.close()
    with AnnotationStore.open(path, editor="ana", read_only=True) as again:
        assert len(again) == len(pairs)


def test_a_second_compaction_while_one_runs_steps_aside(tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    s = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30)
    fill(s, world(2, 10))
    inside, release = threading.Event(), threading.Event()
    real_write = JournalStorage._write_snapshot

    def slow_write(self, *a, **kw):
        inside.set()
        assert release.wait(HANG_GUARD)
        return real_write(self, *a, **kw)

    monkeypatch.setattr(JournalStorage, "_write_snapshot", slow_write)
    before = s._storage.compactions
    first = s.compact_in_background()
    assert first is not None and inside.wait(HANG_GUARD)
    monkeypatch.setattr(JournalStorage, "_write_snapshot", real_write)
    assert s._storage.compact() is False  # the first holds the temp file's lock
    release.set()
    first.join(HANG_GUARD)
    assert s._storage.compactions == before + 1
    s.close()
