"""Many changes as one (``AnnotationStore.batch``, ``set_statuses``: the desk's ``g``) and what undo and
redo say they changed (``HistoryStep``).

A batch is one fsynced journal line and one history entry; undo and redo restore every claim in
it; an exception inside, a failed save, or a crash during the append leaves nothing of it.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claims.model import Claim, Document
from store.annotations import (
    AnnotationStore,
    Evidence,
    HistoryStep,
    SaveError,
    Stance,
    StoreError,
    snippet,
)

SENTENCES = [f"Claim number {i} says that {10 * i + 7} people were counted on Monday." for i in range(12)]


def _doc(doc_id: str, sentences: list[str], outlet: str) -> tuple[Document, list[Claim]]:
    text = " ".join(sentences)
    doc = Document(id=doc_id, path=f"/articles/{doc_id}.txt", text=text, outlet=outlet,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    claims = []
    for s in sentences:
        i = text.index(s)
        claims.append(Claim(id=f"{doc_id}-{hashlib.sha1(s.encode()).hexdigest()[:8]}", doc=doc_id, start=i,
                            end=i + len(s), text=s, kind="other", score=0.5))
    return doc, claims


DOC_A, CLAIMS_A = _doc("a", SENTENCES[:6], "Daily A")
DOC_B, CLAIMS_B = _doc("b", SENTENCES[6:], "Courier B")
DOCS = {"a": DOC_A, "b": DOC_B}
ALL = [(c, DOCS[c.doc]) for c in CLAIMS_A + CLAIMS_B]


def open_store(path: Path, editor: str = "ana") -> AnnotationStore:
    return AnnotationStore.open(path, editor=editor)


def journal_lines(path: Path) -> list[bytes]:
    j = Path(str(path) + ".journal")
    return j.read_bytes().splitlines(keepends=True) if j.exists() else []


def store_files(path: Path) -> dict[str, bytes]:
    """Every file of the store but its locks, for before/after comparisons."""
    return {p.name: p.read_bytes() for p in path.parent.iterdir()
            if p.name.startswith(path.name) and not p.name.endswith((".lock", ".writers"))}


def view(store: AnnotationStore) -> dict[str, tuple]:
    """What editors see of every claim: verdicts, note, evidence."""
    out = {}
    for c, _ in ALL:
        a = store.get(c.id)
        out[c.id] = None if a is None else (tuple(sorted(a.live_verdicts().items())), a.note,
                                            tuple(e.key for e in a.evidence))
    return out


def test_set_statuses_is_one_fsynced_journal_line_and_one_history_entry(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    s = open_store(path)
    s.set_status(CLAIMS_A[0], DOC_A, "corroborated")  # already tagged: not part of the change
    before_lines = journal_lines(path)
    hist = s.history()
    fsyncs = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (fsyncs.append(fd), real_fsync(fd))[1])
    out = s.set_statuses(ALL, "corroborated")
    monkeypatch.undo()
    assert len(fsyncs) == 1  # one durable append for twelve claims
    assert len(journal_lines(path)) == len(before_lines) + 1
    assert [a.claim_id for a in out] == [c.id for c, _ in ALL]
    assert all(a.status == "corroborated" for a in out)
    # one history entry naming the eleven claims it changed
    assert s.history() == hist + [f"tag corroborated on 11 claims: {snippet(SENTENCES[1])} and 10 more"]
    (entry, *_) = s.history_entries()
    assert entry.claim_ids == tuple(c.id for c, _ in ALL[1:]) and entry.claim_id == CLAIMS_A[1].id
    s.close()
    with open_store(path) as again:  # durable: a fresh open sees all of it
        assert all(again.get(c.id).status == "corroborated" for c, _ in ALL)


def test_undo_and_redo_restore_every_claim_of_the_batch_and_say_which(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_status(CLAIMS_A[0], DOC_A, "disputed")
        s.set_statuses(ALL, "corroborated")
        step = s.undo()
        assert isinstance(step, HistoryStep) and step.action == "undo"
        assert set(step.claim_ids) == {c.id for c, _ in ALL} and step.doc_ids == ()
        assert step.desc.startswith("tag corroborated on 12 claims")
        # still the string undo returned before: "undo: <desc>"
        assert step == f"undo: {step.desc}" and step.startswith("undo: tag corroborated")
        assert s.get(CLAIMS_A[0].id).status == "disputed"  # put back as it was, not cleared
        assert all(s.get(c.id) is None for c, _ in ALL[1:])
        again = s.redo()
        assert again.action == "redo" and again == f"redo: {step.desc}" and again.claim_ids == step.claim_ids
        assert all(s.get(c.id).status == "corroborated" for c, _ in ALL)
        assert s.undo().claim_ids == step.claim_ids
        assert s.undo().claim_ids == (CLAIMS_A[0].id,)  # the single tag before it
        assert s.undo() is None and s.redo().claim_ids == (CLAIMS_A[0].id,)


def test_an_exception_inside_a_batch_leaves_nothing_in_memory_or_on_disk(tmp_path):
    path = tmp_path / "s.json"
    s = open_store(path)
    s.set_note(CLAIMS_A[0], DOC_A, "kept")
    files, seen, hist, n = store_files(path), view(s), s.history(), len(s)
    with pytest.raises(RuntimeError, match="half way"):
        with s.batch("several things") as b:
            s.set_status(CLAIMS_A[0], DOC_A, "disputed")
            s.set_note(CLAIMS_B[0], DOC_B, "a new note")
            s.add_evidence(CLAIMS_B[1], DOC_B, Evidence(kind="source", text="a call", relation="context"))
            s.set_document_meta(DOC_A, outlet="The Daily A")
            assert set(b.claim_ids) == {CLAIMS_A[0].id, CLAIMS_B[0].id, CLAIMS_B[1].id} and b.doc_ids == ("a",)
            raise RuntimeError("half way")
    assert view(s) == seen and s.history() == hist and len(s) == n
    assert s.document_metas() == {}
    assert store_files(path) == files
    # the store goes on as before: the same claims can be changed, and the indexes are right
    s.set_status(CLAIMS_B[0], DOC_B, "corroborated")
    assert s.get(CLAIMS_B[0].id).status == "corroborated" and len(s) == n + 1
    s.close()
    with open_store(path) as again:
        assert again.get(CLAIMS_A[0].id).note == "kept" and again.get(CLAIMS_A[0].id).status is None
        assert again.get(CLAIMS_B[1].id) is None and again.document_metas() == {}


@pytest.mark.parametrize("failure", ["disk-full", "fsync"])
def test_a_batch_whose_save_fails_is_rolled_back_whole_and_saves_once_the_disk_recovers(tmp_path, monkeypatch,
                                                                                         failure):
    path = tmp_path / "s.json"
    s = open_store(path)
    s.set_status(CLAIMS_A[0], DOC_A, "disputed")
    files, seen, hist = store_files(path), view(s), s.history()
    real_write, real_fsync = os.write, os.fsync
    state = {"failed": False}

    def half_then_full(fd, data):
        if not state["failed"]:
            state["failed"] = True
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    def bad_fsync(fd):
        if not state["failed"]:
            state["failed"] = True
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_fsync(fd)

    if failure == "disk-full":
        monkeypatch.setattr(os, "write", half_then_full)
    else:
        monkeypatch.setattr(os, "fsync", bad_fsync)
    with pytest.raises(SaveError, match="No space left on device|Input/output error"):
        s.set_statuses(ALL, "corroborated")
    monkeypatch.undo()
    assert view(s) == seen and s.history() == hist
    assert store_files(path) == files  # the half line was cut back
    out = s.set_statuses(ALL, "corroborated")
    assert all(a.status == "corroborated" for a in out)
    s.close()
    with open_store(path) as again:
        assert all(again.get(c.id).status == "corroborated" for c, _ in ALL)
        assert again.undo().claim_ids == tuple(c.id for c, _ in ALL)


def test_a_crash_during_the_batch_append_loses_the_whole_batch_and_nothing_else(tmp_path):
    """The batch is one journal line: a crash mid-append (the line cut anywhere) drops all of it."""
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_status(CLAIMS_A[0], DOC_A, "disputed")
        s.compact()
        s.set_note(CLAIMS_A[1], DOC_A, "before the batch")
        s.set_statuses(ALL, "corroborated")
        journal = Path(str(path) + ".journal")
        snapshot, lines = path.read_bytes(), journal_lines(path)
    assert len(lines) == 2  # the note, then the batch
    for cut in (1, len(lines[1]) // 3, len(lines[1]) - 2):
        # the files as a crash mid-append leaves them (the close above compacted: put them back)
        path.write_bytes(snapshot)
        journal.write_bytes(lines[0] + lines[1][:cut])
        with AnnotationStore.open(path, editor="ana", read_only=True) as s:
            assert s.get(CLAIMS_A[0].id).status == "disputed"
            assert s.get(CLAIMS_A[1].id).note == "before the batch" and s.get(CLAIMS_A[1].id).status is None
            assert all(s.get(c.id) is None for c, _ in ALL[2:])


def test_an_empty_batch_writes_nothing(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_status(CLAIMS_A[0], DOC_A, "corroborated")
        files, hist = store_files(path), s.history()
        with s.batch("nothing") as b:
            s.set_status(CLAIMS_A[0], DOC_A, "corroborated")  # no change
        assert b.committed and b.claim_ids == ()
        assert s.set_statuses([(CLAIMS_A[0], DOC_A)], "corroborated")[0].status == "corroborated"
        assert store_files(path) == files and s.history() == hist


def test_a_change_made_and_taken_back_inside_a_batch_is_no_history_entry(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        with s.batch("try") as b:
            s.set_status(CLAIMS_A[0], DOC_A, "corroborated")
            s.set_status(CLAIMS_A[0], DOC_A, None)
            s.set_note(CLAIMS_A[1], DOC_A, "stays")
        assert b.claim_ids == (CLAIMS_A[0].id, CLAIMS_A[1].id)
        (entry,) = s.history_entries()
        assert entry.claim_ids == (CLAIMS_A[1].id,) and entry.desc == "try"
        assert s.undo().claim_ids == (CLAIMS_A[1].id,) and s.get(CLAIMS_A[1].id) is None


def test_a_batch_inside_a_batch_is_part_of_it_and_undo_inside_is_refused(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_status(CLAIMS_B[5], DOC_B, "disputed")
        with s.batch("the fact and a note") as outer:
            s.set_statuses(ALL[:3], "corroborated")  # its own description gives way to the outer one
            with s.batch("inner") as inner:
                s.set_note(CLAIMS_B[0], DOC_B, "checked with the agency")
            assert inner is outer
            with pytest.raises(StoreError, match="cannot undo inside a batch"):
                s.undo()
            with pytest.raises(StoreError, match="inside a batch"):
                s.update_settings(required_verdicts=2)
        assert s.history()[-1] == "the fact and a note"
        step = s.undo()
        assert step.desc == "the fact and a note"
        assert set(step.claim_ids) == {c.id for c, _ in ALL[:3]} | {CLAIMS_B[0].id}
        assert all(s.get(c.id) is None for c, _ in ALL[:3]) and s.get(CLAIMS_B[0].id) is None
        assert s.get(CLAIMS_B[5].id).status == "disputed"


def test_a_new_change_after_undo_ends_the_redo_branch(tmp_path):
    with open_store(tmp_path / "s.json") as s:
        s.set_statuses(ALL[:4], "disputed")
        s.undo()
        assert s.can_redo
        s.set_statuses(ALL[4:6], "corroborated")
        assert not s.can_redo and s.redo() is None
        assert len(s.history()) == 1


def test_another_desk_sees_the_whole_batch_in_one_refresh_and_keeps_its_own_verdicts(tmp_path):
    path = tmp_path / "s.json"
    ana, bob = open_store(path, "ana"), open_store(path, "bob")
    try:
        bob.set_status(CLAIMS_A[2], DOC_A, "disputed")
        ana.refresh()
        ana.set_statuses(ALL, "corroborated")
        changes = bob.refresh()
        assert changes.claims == {c.id for c, _ in ALL} and not changes.reloaded
        assert all(bob.get(c.id).verdict_of("ana") == "corroborated" for c, _ in ALL)
        bob.set_status(CLAIMS_A[3], DOC_A, "disputed")  # given after ana's batch
        step = ana.undo()
        assert len(step.claim_ids) == 12
        # only ana's verdicts went back: bob's, before and after the batch, stay
        assert ana.get(CLAIMS_A[2].id).live_verdicts() == {"bob": "disputed"}
        assert ana.get(CLAIMS_A[3].id).live_verdicts() == {"bob": "disputed"}
        assert ana.get(CLAIMS_A[0].id) is None
        changes = bob.refresh()
        assert changes.claims == {c.id for c, _ in ALL}
        batch = next(e for e in bob.history_entries() if e.editor == "ana")
        assert batch.undone and batch.claim_ids == tuple(c.id for c, _ in ALL)
        assert not bob.can_undo or bob.history() == [f"tag disputed on {snippet(SENTENCES[2])}",
                                                     f"tag disputed on {snippet(SENTENCES[3])}"]
    finally:
        ana.close()
        bob.close()


def test_a_batch_holds_other_threads_until_it_ends(tmp_path):
    """Another thread's change waits for the batch and is not part of it."""
    import threading

    with open_store(tmp_path / "s.json") as s:
        started, done = threading.Event(), threading.Event()

        def other() -> None:
            started.set()
            s.set_note(CLAIMS_B[5], DOC_B, "from another thread")
            done.set()

        with s.batch("mine") as b:
            s.set_status(CLAIMS_A[0], DOC_A, "corroborated")
            t = threading.Thread(target=other)
            t.start()
            started.wait(5)
            assert not done.wait(0.2)  # held by the batch
            s.set_status(CLAIMS_A[1], DOC_A, "corroborated")
        t.join(5)
        assert done.is_set() and b.claim_ids == (CLAIMS_A[0].id, CLAIMS_A[1].id)
        assert s.history()[-2:] == ["mine", f"edit note on {snippet(SENTENCES[11])}"]


# ---------------------------------------------------------------------------- any batch undoes and redoes

STATUS = st.sampled_from(["corroborated", "disputed", None])
OP = st.one_of(
    st.tuples(st.just("status"), st.integers(0, len(ALL) - 1), STATUS),
    st.tuples(st.just("note"), st.integers(0, len(ALL) - 1), st.sampled_from(["", "one", "two"])),
    st.tuples(st.just("evidence"), st.integers(0, len(ALL) - 1), st.sampled_from(list(Stance))),
    st.tuples(st.just("unevidence"), st.integers(0, len(ALL) - 1), st.just(0)),
    st.tuples(st.just("meta"), st.sampled_from(["a", "b"]), st.sampled_from(["", "Renamed", "Other"])),
)


def _do(s: AnnotationStore, op: tuple) -> None:
    kind, which, value = op
    if kind == "meta":
        s.set_document_meta(DOCS[which], outlet=value)
        return
    claim, doc = ALL[which]
    if kind == "status":
        s.set_status(claim, doc, value)
    elif kind == "note":
        s.set_note(claim, doc, value)
    elif kind == "evidence":
        other = ALL[(which + 1) % len(ALL)][0]
        s.add_evidence(claim, doc, Evidence(kind="claim", claim_id=other.id, doc_id=other.doc, relation=value))
    elif s.get(claim.id) is not None and s.get(claim.id).evidence:
        s.remove_evidence(claim, doc, 0)


def _metas(s: AnnotationStore) -> dict:
    return {k: (m.outlet, m.title, m.date) for k, m in s.document_metas().items()}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(setup=st.lists(OP, max_size=8), batch=st.lists(OP, min_size=1, max_size=12))
@example(setup=[("evidence", 3, Stance.SUPPORTS), ("evidence", 3, Stance.CONTRADICTS)],  # the first item put back
         batch=[("unevidence", 3, 0)])  # first, not after the second (found by this test)
def test_undo_puts_back_what_any_batch_changed_and_redo_makes_it_again(tmp_path_factory, setup, batch):
    path = tmp_path_factory.mktemp("b") / "s.json"
    with open_store(path) as s:
        for op in setup:
            _do(s, op)
        before, metas_before, n = view(s), _metas(s), len(s.history())
        with s.batch("property") as b:
            for op in batch:
                _do(s, op)
        after, metas_after = view(s), _metas(s)
        if before == after and metas_before == metas_after:
            assert len(s.history()) == n  # nothing to undo
            return
        assert len(s.history()) == n + 1
        step = s.undo()
        assert step.desc == "property" and set(step.claim_ids) <= set(b.claim_ids)
        assert view(s) == before and _metas(s) == metas_before
        assert s.redo().desc == "property"
        assert view(s) == after and _metas(s) == metas_after
    with open_store(path) as again:  # and so it stays
        assert view(again) == after and _metas(again) == metas_after
