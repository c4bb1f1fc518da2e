"""JournalStorage: TinyDB semantics kept, torn journals, failing disks, compaction."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage

from claims.model import Claim, Document
from store.annotations import AnnotationStore
from store.errors import CorruptStore, SaveError, StoreError
from store.storage import JournalDB, JournalStorage

HANG_GUARD = 60.0  # seconds; only turns a hang into a failure


def jdb(path, **kw) -> JournalDB:
    db = JournalDB(str(path), storage=JournalStorage, **kw)
    if not kw.get("read_only"):
        db.storage.open_for_writing()
    return db


def crash(db: JournalDB) -> None:
    """Drop the database without its closing compaction, as a killed process would."""
    st_ = db.storage
    if st_._fd is not None:
        os.close(st_._fd)
        st_._fd = None
    st_._closed = True


def dump(db: TinyDB) -> dict:
    return {name: {d.doc_id: dict(d) for d in db.table(name).all()} for name in sorted(db.tables())}


# ---------------------------------------------------------------------------- TinyDB semantics

names = st.sampled_from(["t1", "t2", "t3"])
values = st.fixed_dictionaries({"k": st.integers(0, 5), "s": st.text(max_size=5), "l": st.lists(st.integers(), max_size=3)})
ops = st.one_of(
    st.tuples(st.just("insert"), names, values),
    st.tuples(st.just("insert_multiple"), names, st.lists(values, max_size=3)),
    st.tuples(st.just("update_ids"), names, values, st.lists(st.integers(1, 8), max_size=3)),
    st.tuples(st.just("update_cond"), names, values, st.integers(0, 5)),
    st.tuples(st.just("update_fn"), names, st.integers(0, 5)),
    st.tuples(st.just("remove_ids"), names, st.lists(st.integers(1, 8), max_size=3)),
    st.tuples(st.just("remove_cond"), names, st.integers(0, 5)),
    st.tuples(st.just("upsert"), names, values, st.integers(0, 5)),
    st.tuples(st.just("truncate"), names),
    st.tuples(st.just("drop"), names),
    st.tuples(st.just("reopen"),),
)


def apply(db: TinyDB, op: tuple) -> None:
    q = Query()
    kind = op[0]
    if kind == "insert":
        db.table(op[1]).insert(op[2])
    elif kind == "insert_multiple":
        db.table(op[1]).insert_multiple(op[2])
    elif kind == "update_ids":
        db.table(op[1]).update(op[2], doc_ids=op[3])
    elif kind == "update_cond":
        db.table(op[1]).update(op[2], q.k == op[3])
    elif kind == "update_fn":
        def bump(doc):
            doc["l"] = [*doc.get("l", []), 1]
            doc["k"] = (doc.get("k", 0) + 1) % 6
        db.table(op[1]).update(bump, q.k == op[2])
    elif kind == "remove_ids":
        db.table(op[1]).remove(doc_ids=op[2])
    elif kind == "remove_cond":
        db.table(op[1]).remove(q.k == op[2])
    elif kind == "upsert":
        db.table(op[1]).upsert(op[2], q.k == op[3])
    elif kind == "truncate":
        db.table(op[1]).truncate()
    elif kind == "drop":
        db.drop_table(op[1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(program=st.lists(ops, max_size=25))
def test_behaves_like_tinydb_and_survives_reopen(tmp_path_factory, program):
    path = tmp_path_factory.mktemp("h") / "db.json"
    ref = TinyDB(storage=MemoryStorage)
    db = jdb(path, compact_bytes=300)  # small: compactions happen mid-program too
    try:
        for op in program:
            if op[0] == "reopen":
                if random.random() < 0.5:
                    db.close()
                else:
                    crash(db)
                db = jdb(path, compact_bytes=300)
                ref = _reload(ref)
                continue
            # an op stock TinyDB refuses (removing one id twice: KeyError) must be refused alike
            # and change nothing
            refused = _refusal(ref, op)
            assert _refusal(db, op) == refused, op
            assert dump(db) == dump(ref)
        crash(db)
        again = jdb(path, read_only=True)
        assert dump(again) == dump(ref)
    finally:
        db.close()


def _refusal(db: TinyDB, op: tuple) -> type | None:
    try:
        apply(db, op)
    except (KeyError, ValueError) as e:
        return type(e)
    return None


def _reload(ref: TinyDB) -> TinyDB:
    # TinyDB drops empty tables on reload only if they were never persisted; mirror by JSON round trip
    new = TinyDB(storage=MemoryStorage)
    new.storage.write(json.loads(json.dumps(ref.storage.read() or {})))
    return new


# ---------------------------------------------------------------------------- journal format and recovery


def _fill(path: Path, n: int = 5) -> list[dict]:
    """n committed single-record writes, with compaction off; the states after each (as dumps)."""
    db = jdb(path, compact_bytes=1 << 30)
    states = [dump(db)]
    t = db.table("t")
    for i in range(n):
        t.insert({"i": i, "text": "é" * i + "\n"})
        states.append(dump(db))
    crash(db)
    return states


def test_journal_lines_are_checksummed_and_hold_only_the_change(tmp_path):
    path = tmp_path / "db.json"
    db = jdb(path, compact_bytes=1 << 30)
    t = db.table("t")
    t.insert_multiple({"i": i} for i in range(50))
    db.storage.compact()
    t.update({"x": 1}, doc_ids=[7])
    raw = Path(str(path) + ".journal").read_bytes()
    crash(db)
    assert raw.endswith(b"\n") and raw.count(b"\n") == 1
    import zlib

    crc, payload = raw[:8], raw[9:-1]
    assert int(crc, 16) == zlib.crc32(payload)
    rec = json.loads(payload)
    assert rec["ops"] == [["put", "t", "7", {"i": 6, "x": 1}]]


@pytest.mark.parametrize("how", ["truncate", "zeros", "no-newline", "unwritten-first-block"])
def test_torn_last_record_is_dropped(tmp_path, how):
    """A crash in the middle of an append leaves a last line without its newline (or, after
    power loss, blocks never written: zeros). That change was never acknowledged: dropped."""
    path = tmp_path / "db.json"
    states = _fill(path)
    jpath = Path(str(path) + ".journal")
    full = jpath.read_bytes()
    last_start = full.rstrip(b"\n").rfind(b"\n") + 1
    cuts = range(last_start, len(full)) if how == "truncate" else [len(full)]
    for cut in cuts:
        data = full[:cut]
        if how == "zeros":
            data = full[:last_start] + b"\0" * (len(full) - last_start)
        elif how == "no-newline":
            data = full[:-1]
        elif how == "unwritten-first-block":  # the line's start never reached the disk, its end did
            data = full[:last_start] + b"\0" * 12 + full[last_start + 12:]
        jpath.write_bytes(data)
        ro = jdb(path, read_only=True)
        assert dump(ro) == states[-2], (how, cut)
        assert ro.storage.damage is None
        assert jpath.read_bytes() == data  # a read-only open repairs nothing
    # a writable open cuts the tail off (no compaction on open: the good lines stay) and carries on
    db = jdb(path)
    assert dump(db) == states[-2]
    assert jpath.read_bytes() == full[:last_start]
    assert db.storage.journal_size == last_start and db.storage.dropped_tail == len(data) - last_start
    db.table("t").insert({"after": True})
    crash(db)
    assert jdb(path, read_only=True).table("t").get(doc_id=5) == {"after": True}


def test_a_bit_flip_in_the_last_complete_line_is_reported_not_dropped(tmp_path):
    """The line ends in its newline, so it was written whole and acknowledged: a failed checksum
    there is damage. It is reported with its line and byte offset; nothing is written."""
    path = tmp_path / "db.json"
    states = _fill(path)
    jpath = Path(str(path) + ".journal")
    full = jpath.read_bytes()
    last_start = full.rstrip(b"\n").rfind(b"\n") + 1
    rng = random.Random(7)
    for _ in range(20):
        line = bytearray(full[last_start:])
        line[rng.randrange(0, len(line) - 1)] ^= 1 << rng.randrange(8)
        data = full[:last_start] + bytes(line)
        if data[last_start:].count(b"\n") != 1:
            continue  # the flip made a newline: covered by the damage table elsewhere
        jpath.write_bytes(data)
        ro = jdb(path, read_only=True)
        assert dump(ro) == states[-2]
        assert ro.storage.damage is not None
        assert (ro.storage.damage.line, ro.storage.damage.offset) == (5, last_start)
        assert ro.storage.damage.kept == 4
        with pytest.raises(CorruptStore, match=rf"db\.json\.journal: line 5 \(byte {last_start}\) is damaged"):
            jdb(path)
        assert jpath.read_bytes() == data
        assert not path.exists() or json.loads(path.read_bytes())  # the snapshot untouched and readable


def test_damage_before_good_records_refuses_to_write_and_touches_nothing(tmp_path):
    path = tmp_path / "db.json"
    _fill(path)
    jpath = Path(str(path) + ".journal")
    raw = bytearray(jpath.read_bytes())
    raw[20] ^= 0x01  # inside the first of five records
    jpath.write_bytes(bytes(raw))
    before = (path.read_bytes(), jpath.read_bytes())
    with pytest.raises(CorruptStore, match=r"db\.json\.journal: line 1 \(byte 0\) is damaged \(checksum "
                       r"mismatch\), and the 4 line\(s\) after it are not read"):
        jdb(path)
    with pytest.raises(StoreError, match="line 1 .byte 0. is damaged"):
        AnnotationStore.open(path, editor="x", read_only=True)
    s = AnnotationStore.open(path, editor="x")  # asked to write: opens read-only, says why
    assert s.read_only and "line 1 (byte 0) is damaged" in s.read_only_reason
    assert s.damage.line == 1
    s.close()
    assert (path.read_bytes(), jpath.read_bytes()) == before


def test_journal_already_folded_into_snapshot_is_not_replayed(tmp_path):
    """A crash after os.replace but before the journal is emptied: old lines must not win."""
    path = tmp_path / "db.json"
    jpath = Path(str(path) + ".journal")
    db = jdb(path, compact_bytes=1 << 30)
    t = db.table("t")
    t.insert({"v": 1})
    stale = jpath.read_bytes()
    db.storage.compact()
    t.update({"v": 2}, doc_ids=[1])
    db.storage.compact()
    crash(db)
    jpath.write_bytes(stale)  # the old journal, as if truncation never happened
    ro = jdb(path, read_only=True)
    assert ro.table("t").get(doc_id=1) == {"v": 2}
    assert ro.storage.replayed == 0


def test_stale_temp_files_are_removed_by_the_writer(tmp_path):
    path = tmp_path / "db.json"
    _fill(path, 1)
    stale = tmp_path / ".db.json.99999.tmp"
    stale.write_text("{half")
    jdb(path).close()
    assert not stale.exists()


def test_journal_past_its_threshold_is_compacted_in_the_background_never_in_the_write(tmp_path, monkeypatch):
    """The write that takes the journal past its threshold only wakes the storage's compactor
    thread: every compaction runs in that thread, none in the thread that writes."""
    path = tmp_path / "db.json"
    db = jdb(path, compact_bytes=2000, idle_seconds=0.01)
    writer = threading.current_thread()
    compacting_threads = []
    real = JournalStorage.compact

    def spy(self):
        compacting_threads.append(threading.current_thread())
        return real(self)

    monkeypatch.setattr(JournalStorage, "compact", spy)
    t = db.table("t")
    for i in range(200):
        t.insert({"i": i, "pad": "x" * 50})
    assert db.storage.wait_compacted(HANG_GUARD)
    assert compacting_threads and writer not in compacting_threads
    assert db.storage.compactions >= 1
    assert db.storage.journal_size < 200 * 60  # folded in: not every insert is still in the journal
    crash(db)
    assert len(jdb(path, read_only=True).table("t")) == 200


# ---------------------------------------------------------------------------- failing disks


def _doc_claims():
    text = "One claim here. Another claim there. A third claim."
    doc = Document(id="d", path="/d.txt", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    spans = [(0, 15), (16, 36), (37, 51)]
    return doc, [Claim(id=f"d-{i}", doc="d", start=s, end=e, text=text[s:e], kind="other", score=0.5)
                 for i, (s, e) in enumerate(spans)]


def _files(path: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if not p.name.endswith(".lock")}


@pytest.mark.parametrize("failure", ["write", "partial-write", "fsync"])
def test_full_disk_leaves_files_and_memory_as_they_were(tmp_path, monkeypatch, failure):
    path = tmp_path / "store.json"
    doc, claims = _doc_claims()
    s = AnnotationStore.open(path, editor="ana")
    s.set_status(claims[0], doc, "corroborated")
    s.set_note(claims[0], doc, "first")
    files = _files(path)
    hist = s.history()

    real_write, real_fsync = os.write, os.fsync
    calls = {"n": 0}

    def bad_write(fd, data):
        if failure == "partial-write" and calls["n"] == 0:
            calls["n"] += 1
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def bad_fsync(fd):
        if calls["n"] == 0:  # the fsync after the append fails; the one after cutting it back works
            calls["n"] += 1
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_fsync(fd)

    if failure == "fsync":
        monkeypatch.setattr(os, "fsync", bad_fsync)
    else:
        monkeypatch.setattr(os, "write", bad_write)
    for change in (lambda: s.set_status(claims[0], doc, "disputed"),
                   lambda: s.set_status(claims[1], doc, "disputed"),
                   lambda: s.set_note(claims[0], doc, "second"),
                   lambda: s.undo()):
        calls["n"] = 0
        with pytest.raises(SaveError) as e:
            change()
        reason = "Input/output error" if failure == "fsync" else "No space left on device"
        assert str(e.value) == f"could not save to {path}: {reason}"
        # memory rolled back: the desk must not show the change as saved
        assert s.get(claims[0].id).status == "corroborated"
        assert s.get(claims[0].id).note == "first"
        assert s.get(claims[1].id) is None
        assert s.history() == hist
    if failure == "fsync":
        monkeypatch.setattr(os, "fsync", real_fsync)
    else:
        monkeypatch.setattr(os, "write", real_write)
    assert _files(path) == files  # the journal was cut back to its last good line
    # the disk has room again: carry on
    s.set_status(claims[1], doc, "disputed")
    s.close()
    with AnnotationStore.open(path, editor="ana") as s2:
        assert s2.get(claims[0].id).status == "corroborated"
        assert s2.get(claims[0].id).note == "first"
        assert s2.get(claims[1].id).status == "disputed"
        assert len(s2.history()) == 3


def test_failed_compaction_on_close_loses_nothing(tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    doc, claims = _doc_claims()
    s = AnnotationStore.open(path, editor="ana")
    s.set_status(claims[0], doc, "corroborated")
    main = path.read_bytes()
    real_replace = os.replace

    def no_space(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", no_space)
    s.close()  # does not raise: every change is durable in the journal already
    monkeypatch.setattr(os, "replace", real_replace)
    assert path.read_bytes() == main
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with AnnotationStore.open(path, editor="ana") as s2:
        assert s2.get(claims[0].id).status == "corroborated"


def test_unrepairable_journal_refuses_further_writes(tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    doc, claims = _doc_claims()
    s = AnnotationStore.open(path, editor="ana")
    s.set_status(claims[0], doc, "corroborated")

    def eio(*a):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", eio)
    monkeypatch.setattr(os, "ftruncate", eio)
    with pytest.raises(SaveError):
        s.set_status(claims[1], doc, "disputed")
    monkeypatch.undo()
    with pytest.raises(SaveError, match="close and reopen"):
        s.set_status(claims[2], doc, "disputed")
    assert s.get(claims[1].id) is None
    s.close()
    with AnnotationStore.open(path, editor="ana") as s2:
        # the failed change may or may not have reached the disk; nothing else differs
        assert s2.get(claims[0].id).status == "corroborated"
        assert s2.get(claims[2].id) is None
        assert s2.get(claims[1].id) is None or s2.get(claims[1].id).status == "disputed"


def test_rollback_restores_records_updated_in_place(tmp_path, monkeypatch):
    path = tmp_path / "db.json"
    db = jdb(path)
    t = db.table("t")
    t.insert_multiple([{"k": 1, "l": [1]}, {"k": 2, "l": [2]}])

    def boom(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", boom)
    with pytest.raises(SaveError):
        t.update(lambda d: d["l"].append(99), Query().k == 1)
    with pytest.raises(SaveError):
        t.update({"k": 5}, doc_ids=[2])
    with pytest.raises(SaveError):
        db.drop_table("t")
    monkeypatch.undo()
    db.reset_caches()
    assert [dict(d) for d in t.all()] == [{"k": 1, "l": [1]}, {"k": 2, "l": [2]}]
    assert t.search(Query().k == 5) == []
    db.close()
    assert [dict(d) for d in jdb(path, read_only=True).table("t").all()] == [{"k": 1, "l": [1]}, {"k": 2, "l": [2]}]


def test_values_that_are_not_json_are_refused_and_rolled_back(tmp_path):
    path = tmp_path / "db.json"
    db = jdb(path)
    t = db.table("t")
    with pytest.raises(SaveError, match="cannot be stored as JSON"):
        t.insert({"x": object()})
    assert len(t) == 0
    t.insert({"x": 1})
    db.close()
    assert len(jdb(path, read_only=True).table("t")) == 1


def test_reader_during_compaction_sees_a_consistent_store(tmp_path, monkeypatch):
    """A read-only reader whose two reads straddle a compaction reads again."""
    path = tmp_path / "db.json"
    db = jdb(path, compact_bytes=1 << 30)
    t = db.table("t")
    t.insert({"v": 1})
    db.storage.compact()
    t.update({"v": 2}, doc_ids=[1])

    import store.storage as mod

    real = mod.read_file
    state = {"n": 0}

    def racing_read(p, **kw):
        out = real(p, **kw)
        state["n"] += 1
        if state["n"] == 1:  # after the reader read the snapshot, the writer compacts
            t.update({"v": 3}, doc_ids=[1])
            db.storage.compact()
        return out

    monkeypatch.setattr(mod, "read_file", racing_read)
    ro = jdb(path, read_only=True)
    assert ro.table("t").get(doc_id=1) == {"v": 3}
    db.close()


def test_updater_that_fails_half_way_changes_nothing(tmp_path):
    path = tmp_path / "db.json"
    db = jdb(path)
    t = db.table("t")
    t.insert_multiple([{"k": 1, "l": [1]}, {"k": 1, "l": [2]}])

    def half(doc):
        doc["l"].append(99)
        if doc["l"][0] == 2:
            raise RuntimeError("updater bug")

    with pytest.raises(RuntimeError):
        t.update(half, Query().k == 1)
    db.reset_caches()
    assert [dict(d) for d in t.all()] == [{"k": 1, "l": [1]}, {"k": 1, "l": [2]}]
    with pytest.raises(ValueError):
        from tinydb.table import Document as TDoc

        t.insert(TDoc({"dup": True}, doc_id=1))
    t.insert({"k": 3})
    db.close()
    again = jdb(path, read_only=True)
    assert [dict(d) for d in again.table("t").all()] == [{"k": 1, "l": [1]}, {"k": 1, "l": [2]}, {"k": 3}]
