"""AnnotationStore: the API the desk and the CLI use, durability across reopen, undo/redo, locking."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tinydb import TinyDB

from claims.model import Analysis, Claim, Cluster, Document
from store.annotations import (
    HISTORY_MAX,
    SCHEMA_VERSION,
    Annotation,
    AnnotationStore,
    Evidence,
    StoreError,
    StoreLocked,
)

ROOT = Path(__file__).resolve().parents[1]


def make_doc(doc_id: str, text: str, outlet: str = "") -> Document:
    return Document(id=doc_id, path=f"/articles/{doc_id}.txt", text=text, outlet=outlet or doc_id.upper(),
                    content_hash=hashlib.sha256(text.encode()).hexdigest())


def claims_of(doc: Document, *sentences: str) -> list[Claim]:
    out = []
    for s in sentences:
        i = doc.text.index(s)
        cid = f"{doc.id}-{hashlib.sha1(s.encode()).hexdigest()[:8]}"
        out.append(Claim(id=cid, doc=doc.id, start=i, end=i + len(s), text=s, kind="other", score=0.5))
    return out


TEXT_A = ("Police said forty people were arrested on Tuesday. The mayor denied that account. "
          "Witnesses counted about 200 protesters near the station.")
TEXT_B = "Officials confirmed that 40 people were detained. The protest ended at 9 pm."


@pytest.fixture
def world():
    a = make_doc("a", TEXT_A, "Daily A")
    b = make_doc("b", TEXT_B, "Courier B")
    ca = claims_of(a, "Police said forty people were arrested on Tuesday.", "The mayor denied that account.",
                   "Witnesses counted about 200 protesters near the station.")
    cb = claims_of(b, "Officials confirmed that 40 people were detained.", "The protest ended at 9 pm.")
    analysis = Analysis(documents=[a, b], claims=ca + cb,
                        clusters=[Cluster(id="k1", claims=(ca[0].id, cb[0].id), origins=("Police",),
                                          outlets=("Daily A", "Courier B"))])
    return analysis, a, b, ca, cb


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data" / "annotations.json"


def open_store(path, **kw):
    kw.setdefault("editor", "ana")
    return AnnotationStore.open(path, **kw)


def test_open_creates_file_and_folders(db):
    assert not db.parent.exists()
    with open_store(db) as s:
        assert db.exists()
        assert s.path == db
        assert not s.read_only and s.read_only_reason == ""
        assert s.annotations() == [] and s.orphans() == []
    data = json.loads(db.read_text())
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 2


def test_tag_note_evidence_roundtrip(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.sync(analysis)
        ann = s.set_status(ca[0], a, "corroborated")
        assert isinstance(ann, Annotation)
        assert (ann.claim_id, ann.doc_id, ann.doc_path, ann.status) == (ca[0].id, "a", a.path, "corroborated")
        assert ann.doc_hash == a.content_hash
        assert ann.editor == "ana"
        assert ann.created.endswith("Z") and ann.updated.endswith("Z")
        assert (ann.start, ann.end) == (ca[0].start, ca[0].end)
        assert ann.quote.exact == ca[0].text
        assert ann.quote.prefix == "" and ann.quote.suffix == TEXT_A[ca[0].end:ca[0].end + 32]
        s.set_note(ca[0], a, "called the press office\n→ confirmed «40»")
        s.add_evidence(ca[0], a, Evidence(kind="claim", claim_id=cb[0].id, doc_id="b", outlet="Courier B",
                                          quote=cb[0].text, relation="supports"))
        s.add_evidence(ca[0], a, Evidence(kind="source", text="police statement", url="https://example.org/p"))
        s.set_status(ca[1], a, "disputed")
        got = s.get(ca[0].id)
        assert got.note == "called the press office\n→ confirmed «40»"
        assert [e.kind for e in got.evidence] == ["claim", "source"]
        assert got.created == ann.created and got.updated >= ann.updated
    with open_store(db, editor="bob") as s:
        got = s.get(ca[0].id)
        assert got.status == "corroborated"
        assert got.evidence[0].claim_id == cb[0].id and got.evidence[1].url == "https://example.org/p"
        assert s.get(ca[1].id).status == "disputed"
        assert s.get(cb[1].id) is None
        assert sorted(x.claim_id for x in s.annotations()) == sorted([ca[0].id, ca[1].id])
        assert [x.claim_id for x in s.annotations("a")] and s.annotations("b") == []
        after = s.remove_evidence(ca[0], a, 0)
        assert [e.kind for e in after.evidence] == ["source"]
        assert after.editor == "bob"
        with pytest.raises(IndexError):
            s.remove_evidence(ca[0], a, 5)


def test_one_table_per_document(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.sync(analysis)
        s.set_status(ca[0], a, "corroborated")
        s.set_status(cb[1], b, "disputed")
    data = json.loads(db.read_text())
    assert {"meta", "documents", "history", "doc:a", "doc:b"} <= set(data)
    assert [r["claim_id"] for r in data["doc:a"].values()] == [ca[0].id]
    assert [r["claim_id"] for r in data["doc:b"].values()] == [cb[1].id]
    assert {r["id"] for r in data["documents"].values()} == {"a", "b"}


def test_stock_tinydb_reads_the_file(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "disputed")
    tdb = TinyDB(db, access_mode="r")
    try:
        recs = tdb.table("doc:a").all()
        assert recs[0]["status"] == "disputed"
    finally:
        tdb.close()


def test_bad_arguments_rejected(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        with pytest.raises(ValueError):
            s.set_status(ca[0], a, "maybe")
        with pytest.raises(ValueError):
            Evidence(kind="claim", claim_id="x", relation="likes")
        with pytest.raises(ValueError):
            Evidence(kind="source")
        assert s.annotations() == [] and s.history() == []


def test_clearing_everything_removes_the_annotation(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "corroborated")
        cleared = s.set_status(ca[0], a, None)
        assert cleared.status is None
        assert s.get(ca[0].id) is None and s.annotations() == []
        s.set_status(ca[0], a, "disputed")
        s.set_note(ca[0], a, "keep me")
        s.set_status(ca[0], a, None)
        assert s.get(ca[0].id).note == "keep me"  # a note keeps it


def test_noop_change_writes_nothing(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "corroborated")
        size = s._storage.journal_size
        n = len(s.history())
        s.set_status(ca[0], a, "corroborated")
        s.set_status(ca[1], a, None)
        assert s._storage.journal_size == size
        assert len(s.history()) == n


def test_each_change_appends_only_changed_records(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.sync(analysis)
        for c in ca:
            s.set_status(c, a, "corroborated")
        s._storage.compact()
        assert s._storage.journal_size == 0
        s.set_status(ca[2], a, "disputed")
        line = Path(str(db) + ".journal").read_bytes()
        assert line.count(b"\n") == 1
        ops = json.loads(line[9:])["ops"]
        # the annotation record and one history entry: not the other annotations, not the other tables
        assert sorted((op[0], op[1]) for op in ops) == [("put", "doc:a"), ("put", "history")]
        assert ops[0][3]["status"] == "disputed" or ops[1][3]["status"] == "disputed"


def test_undo_redo_and_descriptions(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        assert not s.can_undo and not s.can_redo and s.undo() is None and s.redo() is None
        s.set_status(ca[0], a, "corroborated")
        s.set_status(ca[0], a, "disputed")
        s.set_note(ca[0], a, "n1")
        assert s.history() == [
            "tag corroborated on “Police said forty people were arrested…”",
            "tag disputed on “Police said forty people were arrested…”",
            "edit note on “Police said forty people were arrested…”",
        ]
        assert s.undo() == "undo: edit note on “Police said forty people were arrested…”"
        assert s.get(ca[0].id).note == ""
        assert s.undo().startswith("undo: tag disputed")
        assert s.get(ca[0].id).status == "corroborated"
        assert s.can_undo and s.can_redo
        assert s.undo().startswith("undo: tag corroborated")
        assert s.get(ca[0].id) is None and not s.can_undo
        assert s.redo().startswith("redo: tag corroborated")
        assert s.get(ca[0].id).status == "corroborated"
        assert s.history()[1].startswith("undone: tag disputed")


def test_undo_history_survives_restart(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "corroborated")
        s.set_status(ca[1], a, "disputed")
        s.undo()
        hist = s.history()
    with open_store(db) as s:
        assert s.history() == hist
        assert s.can_undo and s.can_redo
        assert s.redo().startswith("redo: tag disputed")
        assert s.get(ca[1].id).status == "disputed"
    with open_store(db) as s:
        assert s.get(ca[1].id).status == "disputed"
        s.undo()
        s.undo()
    with open_store(db) as s:
        assert s.annotations() == []
        assert not s.can_undo and s.can_redo


def test_new_edit_drops_the_redo_branch(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "corroborated")
        s.set_status(ca[1], a, "corroborated")
        s.undo()
        s.set_note(ca[2], a, "new branch")
        assert not s.can_redo
        assert s.redo() is None
        assert len(s.history()) == 2
    with open_store(db) as s:
        assert not s.can_redo and len(s.history()) == 2


def test_undo_restores_a_cleared_annotation_on_its_claim(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "disputed")
        s.set_note(ca[0], a, "why")
        s.set_status(ca[0], a, None)
        s.set_note(ca[0], a, "")
        assert s.get(ca[0].id) is None
        s.undo()
        got = s.get(ca[0].id)
        assert (got.status, got.note) == (None, "why")
        s.undo()
        assert s.get(ca[0].id).status == "disputed"


def test_history_is_capped(db, world, monkeypatch):
    import store.annotations as mod

    monkeypatch.setattr(mod, "HISTORY_MAX", 5)
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        for i in range(12):
            s.set_note(ca[0], a, f"n{i}")
        assert len(s.history()) == 5
        assert s.history()[-1] == "edit note on “Police said forty people were arrested…”"
    with open_store(db) as s:
        assert len(s.history()) == 5
    assert HISTORY_MAX >= 100


def test_read_only_open_changes_nothing(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "corroborated")
    # leave a journal behind, as after a crash: a read-only open must not compact it
    with open_store(db, compact_bytes=1 << 30) as s:
        s.set_status(ca[1], a, "disputed")
        s._storage._fd, fd = None, s._storage._fd  # "crash": skip the closing compaction
        os.close(fd)
    before = {p.name: p.read_bytes() for p in db.parent.iterdir()}
    s = open_store(db, read_only=True)
    try:
        assert s.read_only and s.read_only_reason == ""
        assert s.get(ca[1].id).status == "disputed"
        report = s.sync(Analysis(documents=[a], claims=ca[:2]))
        assert report.kept == 2
        with pytest.raises(StoreError, match="read-only"):
            s.set_status(ca[2], a, "corroborated")
    finally:
        s.close()
    assert {p.name: p.read_bytes() for p in db.parent.iterdir()} == before


def test_a_second_open_in_the_same_process_writes_too(db, world):
    """Several desks write one store (issue 12): a second open is writable, and each sees the
    other's changes once it refreshes."""
    analysis, a, b, ca, cb = world
    first = open_store(db)
    second = open_store(db, editor="bob")
    try:
        assert not second.read_only and second.read_only_reason == ""
        first.set_status(ca[0], a, "corroborated")
        assert second.get(ca[0].id) is None  # not until it looks
        assert second.refresh().claims == {ca[0].id}
        assert second.refresh().claims == frozenset()  # nothing new: nothing to do
        second.set_status(ca[1], a, "disputed")
        assert first.refresh().claims == {ca[1].id}
        for s in (first, second):
            assert s.get(ca[0].id).status == "corroborated" and s.get(ca[1].id).status == "disputed"
    finally:
        second.close()
        first.close()


CHILD_HOLD = textwrap.dedent("""
    import sys, time
    from store.annotations import AnnotationStore
    s = AnnotationStore.open(sys.argv[1], editor="child")
    print("ready", s.read_only, flush=True)
    time.sleep(60)
""")

CHILD_WRITE = textwrap.dedent("""
    import sys
    from claims.model import Claim, Document
    from store.annotations import AnnotationStore, StoreError
    s = AnnotationStore.open(sys.argv[1], editor="child")
    print(s.read_only)
    doc = Document(id="a", path="/a.txt", text="Some claim here.")
    c = Claim(id="a-1", doc="a", start=0, end=16, text="Some claim here.", kind="other", score=0.5)
    s.set_status(c, doc, "disputed")
    print("WROTE")
    s.close()
""")


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_another_process_writes_beside_us_and_we_see_it(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db) as s:
        s.set_status(ca[0], a, "corroborated")
        out = subprocess.run([sys.executable, "-c", CHILD_WRITE, str(db)], capture_output=True, text=True,
                             env=_env(), timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines() == ["False", "WROTE"]
        assert s.get("a-1") is None  # not until we look
        assert s.refresh().claims == {"a-1"}
        assert s.get("a-1").status == "disputed" and s.get("a-1").verdicts["child"].status == "disputed"
        s.set_note(ca[0], a, "after the child")
    with open_store(db, read_only=True) as ro:
        assert ro.get("a-1").status == "disputed" and ro.get(ca[0].id).note == "after the child"


def test_a_killed_writer_leaves_the_store_to_the_others(db, world):
    """Its presence lock goes with it: repair, which needs the store to itself, works again."""
    from store.repair import repair_store

    analysis, a, b, ca, cb = world
    child = subprocess.Popen([sys.executable, "-c", CHILD_HOLD, str(db)], stdout=subprocess.PIPE, text=True,
                             env=_env())
    try:
        assert child.stdout.readline().strip() == "ready False"
        with open_store(db) as s:
            assert not s.read_only
            s.set_status(ca[0], a, "disputed")
        with pytest.raises(StoreLocked, match="open in another claimdesk"):
            repair_store(db)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    deadline = time.monotonic() + 10
    while True:
        try:
            report = repair_store(db)
            break
        except StoreLocked:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    assert report.lines() == [f"{db}: nothing to repair"]
    with open_store(db, read_only=True) as ro:
        assert ro.get(ca[0].id).status == "disputed"


def test_import_hygiene():
    code = ("import sys; import store, store.annotations, store.storage, store.anchor, store.lock; "
            "bad = [m for m in ('textual', 'tui', 'store.export', 'trafilatura') if m in sys.modules]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    code = "import sys; import store.export; print('textual' in sys.modules, 'tui' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False False"


def test_operations_on_a_closed_store_fail_clearly(db, world):
    analysis, a, b, ca, cb = world
    s = open_store(db)
    s.close()
    s.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        s.set_status(ca[0], a, "disputed")


def test_explicit_compaction_keeps_everything(db, world):
    analysis, a, b, ca, cb = world
    with open_store(db, compact_bytes=1 << 30) as s:
        s.set_status(ca[0], a, "corroborated")
        s.set_note(cb[0], b, "x")
        assert s.journal_bytes > 0
        s.compact()
        assert s.journal_bytes == 0
        assert json.loads(db.read_text())["doc:b"]["1"]["note"] == "x"
        s.set_status(ca[1], a, "disputed")
    with open_store(db) as s:
        assert [x.status for x in s.annotations("a")] == ["corroborated", "disputed"]
        assert s.get(cb[0].id).note == "x" and len(s.history()) == 3


def test_a_relative_store_path_stays_where_it_was_opened_after_a_chdir(tmp_path, monkeypatch, world):
    """The compactor and a closing thread run later: they write beside the store that was opened,
    never into whatever folder the process has moved to since."""
    analysis, a, b, ca, cb = world
    home, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(home)
    s = open_store(Path("store.json"), compact_bytes=1 << 30)
    s.set_status(ca[0], a, "corroborated")
    monkeypatch.chdir(elsewhere)
    s.set_status(ca[1], a, "disputed")
    worker = s.close_in_background()
    worker.join(60)
    assert not worker.is_alive()
    assert os.listdir(elsewhere) == []
    with open_store(home / "store.json", read_only=True) as ro:
        assert ro.get(ca[1].id).status == "disputed"
