"""The helper-process compaction (``store.compactor``) writes exactly what compacting in the
desk's own process writes, from the files alone, and the crash-safety of compaction holds for it
(the two-writer crash test runs one writer's compactions through it)."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from store.compactor import compact
from store.storage import apply_ops, parse_snapshot, snapshot_bytes
from tests.test_store_scale import fill, world

names = st.sampled_from(["doc:a", "doc:b", "history", "meta", "new"])
keys = st.sampled_from(["1", "2", "3", "10"])
records = st.fixed_dictionaries({"v": st.integers(0, 9), "s": st.text(max_size=4)})
ops = st.one_of(
    st.tuples(st.just("put"), names, keys, records).map(list),
    st.tuples(st.just("del"), names, keys).map(list),
    st.tuples(st.just("table"), names, st.dictionaries(keys, records, max_size=3)).map(list),
    st.tuples(st.just("drop"), names).map(list),
)


def journal_bytes(txs: list[tuple[int, list]]) -> bytes:
    out = b""
    for s, tx_ops in txs:
        payload = json.dumps({"s": s, "ops": tx_ops}, ensure_ascii=False, separators=(",", ":")).encode()
        out += b"%08x %s\n" % (zlib.crc32(payload), payload)
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(snapshot=st.dictionaries(names, st.dictionaries(keys, records, max_size=4), max_size=4),
       base=st.integers(0, 3), before=st.lists(st.lists(ops, max_size=3), max_size=3),
       after=st.lists(st.lists(ops, min_size=1, max_size=4), max_size=6))
def test_the_helper_writes_what_replaying_the_journal_gives(tmp_path_factory, snapshot, base, before, after):
    """Journal lines at or below the snapshot's number are skipped, the others applied in order:
    puts, deletes, whole tables, dropped tables (and tables put again after a drop)."""
    folder = tmp_path_factory.mktemp("c")
    txs = [(i + 1, o) for i, o in enumerate(before[:base])] + [(base + 1 + i, o) for i, o in enumerate(after)]
    (folder / "snap").write_bytes(snapshot_bytes(snapshot, base))
    (folder / "journal").write_bytes(journal_bytes(txs))
    expected = json.loads(json.dumps(snapshot))
    for s, tx_ops in txs:
        if s > base:
            apply_ops(expected, json.loads(json.dumps(tx_ops)))
    seq = txs[-1][0] if txs else base
    snap_fd = os.open(folder / "snap", os.O_RDONLY)
    journal_fd = os.open(folder / "journal", os.O_RDONLY)
    out_fd = os.open(folder / "out", os.O_RDWR | os.O_CREAT)
    try:
        size = compact(snap_fd, journal_fd, os.fstat(journal_fd).st_size, seq, out_fd)
    finally:
        for fd in (snap_fd, journal_fd, out_fd):
            os.close(fd)
    raw = (folder / "out").read_bytes()
    assert size == len(raw)
    assert parse_snapshot(raw, folder / "out") == (expected, seq)


def test_a_large_store_is_compacted_by_the_helper_and_stock_tinydb_reads_it(tmp_path):
    from store.annotations import AnnotationStore

    path = tmp_path / "store.json"
    pairs = world(10, 25)
    s = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30, child_compaction_bytes=0)
    before = s._storage.child_compactions  # (the new store's first snapshot was one too)
    fill(s, pairs[:150])
    s.compact()  # everything so far, by the helper
    fill(s, pairs[150:])
    expected = {a.id: a.to_dict() for a in s.annotations()}
    s.compact()
    assert s._storage.child_compactions == before + 2 and s._storage.compaction_error == ""
    s.close()
    db = TinyDB(path, access_mode="r")
    try:
        got = {r["id"]: dict(r) for n in db.tables() if n.startswith("doc:") for r in db.table(n).all()}
    finally:
        db.close()
    assert got == expected
    assert Path(str(path) + ".journal").read_bytes() == b""


def test_if_the_helper_fails_the_store_compacts_itself(tmp_path, monkeypatch):
    from store.annotations import AnnotationStore

    path = tmp_path / "store.json"
    s = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 30, child_compaction_bytes=0)
    fill(s, world(2, 10))
    before = s._storage.child_compactions
    monkeypatch.setattr("sys.executable", str(tmp_path / "no-python-here"))
    s.compact()
    assert s._storage.child_compactions == before and "helper process" in s._storage.compaction_error
    s.close()
    with AnnotationStore.open(path, editor="ana", read_only=True) as ro:
        assert len(ro) == 20
