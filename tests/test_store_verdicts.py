"""Per-editor verdicts, the second check, a lead's adjudication, and stores of schema 1 (issue 12)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from tinydb import TinyDB

from claims.model import Claim, Document
from store.annotations import (
    SCHEMA_VERSION,
    AnnotationStore,
    Evidence,
    NotAllowed,
    Origin,
    ReviewState,
)

TEXT = ("The council said 1,200 homes lost power on Monday. The utility put the figure at 900. "
        "Crews restored service by Wednesday night.")
DOC = Document(id="storm", path="/news/storm.txt", text=TEXT, outlet="Gazette",
               content_hash=hashlib.sha256(TEXT.encode()).hexdigest())


def _claims() -> list[Claim]:
    out = []
    for s in ("The council said 1,200 homes lost power on Monday.", "The utility put the figure at 900.",
              "Crews restored service by Wednesday night."):
        i = TEXT.index(s)
        out.append(Claim(id=f"storm-{i}", doc="storm", start=i, end=i + len(s), text=s, kind="figure", score=0.6))
    return out


C = _claims()


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "store.json"


def desk(path: Path, editor: str, **kw) -> AnnotationStore:
    return AnnotationStore.open(path, editor=editor, **kw)


# ---------------------------------------------------------------------------- verdicts side by side


def test_two_editors_on_one_claim_keep_two_verdicts_and_disagree(path):
    ana, bob = desk(path, "ana"), desk(path, "bob")
    try:
        ana.set_status(C[0], DOC, "corroborated")
        bob.set_status(C[0], DOC, "disputed")  # bob's write reads ana's first: nothing is overwritten
        for s in (ana, bob):
            s.refresh()
            a = s.get(C[0].id)
            assert a.live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
            assert a.review is ReviewState.DISAGREEMENT and a.status is None
            assert [d.claim_id for d in s.disagreements()] == [C[0].id]
        bob.set_status(C[0], DOC, "corroborated")
        ana.refresh()
        a = ana.get(C[0].id)
        assert a.review is ReviewState.DECIDED and a.status == "corroborated"
        assert ana.disagreements() == []
        assert ana.verdict_table() == {C[0].id: {"ana": "corroborated", "bob": "corroborated"}}
        assert ana.editors() == ["ana", "bob"]
    finally:
        ana.close()
        bob.close()


def test_withdrawing_a_verdict_leaves_the_others(path):
    with desk(path, "ana") as ana:
        ana.set_status(C[1], DOC, "disputed")
    with desk(path, "bob") as bob:
        bob.set_status(C[1], DOC, "disputed")
        bob.set_status(C[1], DOC, None)
        a = bob.get(C[1].id)
        assert a.live_verdicts() == {"ana": "disputed"} and a.status == "disputed"
        assert a.verdicts["bob"].status is None and a.verdicts["bob"].at  # the withdrawal is kept, dated
    with desk(path, "ana") as ana:
        ana.set_status(C[1], DOC, None)
        assert ana.get(C[1].id) is None and ana.annotations() == []  # nothing left in it: not shown
        assert len(ana.all_records()) == 1  # but kept, so the clearing can travel to other copies


def test_a_second_check_hides_the_other_verdict_until_one_gives_ones_own(path):
    with desk(path, "lea") as lead:
        lead.update_settings(required_verdicts=2, leads=["lea"])
    ana, bob = desk(path, "ana"), desk(path, "bob")
    try:
        ana.set_status(C[0], DOC, "disputed")
        r = ana.review(C[0].id)
        assert (r.state, r.final, r.mine, r.others, r.hidden) == (ReviewState.PENDING, None, "disputed", {}, 0)
        bob.refresh()
        r = bob.review(C[0].id)
        assert r.state is ReviewState.PENDING and r.mine is None
        assert r.others == {} and r.hidden == 1  # bob knows a verdict exists, not which
        assert bob.get(C[0].id).status is None  # the final verdict says nothing either
        assert bob.review(C[0].id, editor="lea").others == {"ana": "disputed"}  # a lead sees it
        bob.set_status(C[0], DOC, "corroborated")
        r = bob.review(C[0].id)
        assert (r.state, r.mine, r.others, r.hidden) == (ReviewState.DISAGREEMENT, "corroborated",
                                                        {"ana": "disputed"}, 0)
        bob.set_status(C[1], DOC, "disputed")
        ana.set_status(C[1], DOC, "disputed")
        assert ana.get(C[1].id).review is ReviewState.DECIDED and ana.get(C[1].id).status == "disputed"
    finally:
        ana.close()
        bob.close()


def test_a_lead_settles_a_disagreement_with_a_reason(path):
    with desk(path, "lea") as lead:
        lead.update_settings(leads=["lea"])
    with desk(path, "ana") as ana:
        ana.set_status(C[0], DOC, "corroborated")
    with desk(path, "bob") as bob:
        bob.set_status(C[0], DOC, "disputed")
        with pytest.raises(NotAllowed, match="only a lead \\(lea\\) can settle a claim; bob is not one"):
            bob.adjudicate(C[0], DOC, "disputed", "I checked")
    with desk(path, "lea") as lead:
        with pytest.raises(ValueError, match="needs a reason"):
            lead.adjudicate(C[0], DOC, "disputed", "  ")
        a = lead.adjudicate(C[0], DOC, "disputed", "The utility's outage map shows 900 homes.")
        assert a.review is ReviewState.ADJUDICATED and a.status == "disputed"
        assert (a.adjudication.by, a.adjudication.reason) == ("lea", "The utility's outage map shows 900 homes.")
        assert a.live_verdicts() == {"ana": "corroborated", "bob": "disputed"}  # the verdicts stay
        assert lead.disagreements() == []
        assert lead.undo().startswith("undo: settle as disputed")
        assert lead.get(C[0].id).review is ReviewState.DISAGREEMENT


def test_changing_the_settings_re_derives_every_final_verdict(path):
    with desk(path, "ana") as ana:
        ana.set_status(C[0], DOC, "corroborated")
        ana.set_status(C[1], DOC, "disputed")
        assert [a.status for a in ana.annotations()] == ["corroborated", "disputed"]
        ana.update_settings(required_verdicts=2)
        assert [(a.status, a.review) for a in ana.annotations()] == [(None, ReviewState.PENDING)] * 2
    with desk(path, "bob", read_only=True) as ro:
        assert ro.settings().required_verdicts == 2
        assert [a.status for a in ro.annotations()] == [None, None]
    with desk(path, "ana") as ana:
        ana.update_settings(required_verdicts=1)
        assert [a.status for a in ana.annotations()] == ["corroborated", "disputed"]


def test_undo_is_each_editors_own(path):
    ana, bob = desk(path, "ana"), desk(path, "bob")
    try:
        ana.set_status(C[0], DOC, "corroborated")
        bob.set_status(C[0], DOC, "disputed")
        ana.set_note(C[0], DOC, "called the council")
        assert ana.undo().startswith("undo: edit note")
        assert ana.undo().startswith("undo: tag corroborated")
        a = ana.get(C[0].id)
        assert a.live_verdicts() == {"bob": "disputed"} and a.note == ""  # bob's verdict given since stays
        assert ana.undo() is None
        assert bob.history() == ["tag disputed on “The council said 1,200 homes lost power…”"]
        assert ana.history()[0].startswith("undone: ")
        bob.refresh()
        entries = bob.history_entries()
        assert [(e.editor, e.undone, e.origin) for e in entries] == [
            ("ana", True, Origin.LOCAL), ("bob", False, Origin.LOCAL), ("ana", True, Origin.LOCAL)]
        assert all(e.claim_id == C[0].id for e in entries)
        assert ana.redo().startswith("redo: tag corroborated")
        bob.refresh()
        assert bob.get(C[0].id).live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
    finally:
        ana.close()
        bob.close()


def test_evidence_removed_by_one_editor_is_gone_for_both(path):
    ana, bob = desk(path, "ana"), desk(path, "bob")
    try:
        ana.add_evidence(C[0], DOC, Evidence(kind="source", text="council minutes", url="https://example.org/m"))
        ana.add_evidence(C[0], DOC, Evidence(kind="source", text="council minutes", url="https://example.org/m"))
        assert len(ana.get(C[0].id).evidence) == 1  # the same source once
        bob.add_evidence(C[0], DOC, Evidence(kind="claim", claim_id=C[1].id, doc_id="storm", quote=C[1].text,
                                             relation="contradicts"))
        ana.refresh()
        assert [e.kind for e in ana.get(C[0].id).evidence] == ["source", "claim"]
        assert ana.get(C[0].id).evidence[1].by == "bob"
        ana.remove_evidence(C[0], DOC, 0)
        bob.refresh()
        a = bob.get(C[0].id)
        assert [e.kind for e in a.evidence] == ["claim"] and len(a.evidence_removed) == 1
    finally:
        ana.close()
        bob.close()


# ---------------------------------------------------------------------------- schema 1 stores

V1_RECORD = {
    "id": "0123456789abcdef", "claim_id": C[0].id, "doc_id": "storm", "doc_path": DOC.path,
    "doc_hash": DOC.content_hash, "status": "disputed", "note": "old note",
    "evidence": [{"kind": "source", "text": "a phone call", "url": "", "relation": "supports"}],
    "editor": "ana", "created": "2024-10-01T09:00:00.000Z", "updated": "2024-10-01T09:05:00.000Z",
    "position": {"start": C[0].start, "end": C[0].end},
    "quote": {"exact": C[0].text, "prefix": "", "suffix": TEXT[C[0].end:C[0].end + 32]},
    "orphan": False, "orphan_reason": "",
}


def v1_store(path: Path) -> bytes:
    """A store as claimdesk wrote it before verdicts had editors (schema 1)."""
    before = {**V1_RECORD, "status": "corroborated", "updated": "2024-10-01T09:01:00.000Z", "note": ""}
    data = {
        "meta": {"1": {"schema_version": 1, "created": "2024-10-01T08:00:00.000Z", "app": "claimdesk"}},
        "documents": {"1": {"id": "storm", "path": DOC.path, "hash": DOC.content_hash, "outlet": "Gazette",
                            "title": "", "date": None}},
        "doc:storm": {"1": V1_RECORD},
        "history": {
            "1": {"seq": 1, "aid": V1_RECORD["id"], "table": "doc:storm", "desc": "tag corroborated on “x”",
                  "before": None, "after": before, "undone": False, "at": "2024-10-01T09:01:00.000Z",
                  "editor": "ana"},
            "2": {"seq": 2, "aid": V1_RECORD["id"], "table": "doc:storm", "desc": "tag disputed on “x”",
                  "before": before, "after": V1_RECORD, "undone": False, "at": "2024-10-01T09:05:00.000Z",
                  "editor": "ana"},
        },
        "_storage": {"1": {"seq": 0, "format": 1}},
    }
    raw = json.dumps(data, ensure_ascii=False).encode()
    path.write_bytes(raw)
    return raw


def test_a_schema_1_store_reads_its_one_status_as_its_editors_verdict(path):
    raw = v1_store(path)
    with desk(path, "ana", read_only=True) as ro:  # an export reads it without changing a byte
        a = ro.get(C[0].id)
        assert a.status == "disputed" and a.review is ReviewState.DECIDED
        assert a.live_verdicts() == {"ana": "disputed"} and a.verdicts["ana"].at == "2024-10-01T09:05:00.000Z"
        assert (a.note, a.note_by, a.note_at) == ("old note", "ana", "2024-10-01T09:05:00.000Z")
        assert ro.schema_version == 1
    assert path.read_bytes() == raw


def test_a_schema_1_store_is_migrated_when_opened_for_writing_and_keeps_working(path):
    v1_store(path)
    with desk(path, "ana") as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.get(C[0].id).live_verdicts() == {"ana": "disputed"}
        assert s.history() == ["tag corroborated on “x”", "tag disputed on “x”"]
        assert s.undo() == "undo: tag disputed on “x”"  # a schema-1 history entry undoes as it did
        assert s.get(C[0].id).status == "corroborated" and s.get(C[0].id).note == ""
        s.set_status(C[0], DOC, "disputed")  # the redo branch ends; the record is written as schema 2
        s.set_status(C[1], DOC, "corroborated")
    meta = json.loads(path.read_text())["meta"]["1"]
    assert (meta["schema_version"], meta["migrated_from"]) == (2, 1)
    db = TinyDB(path, access_mode="r")  # still a TinyDB file
    try:
        recs = {r["claim_id"]: r for r in db.table("doc:storm").all()}
    finally:
        db.close()
    assert recs[C[0].id]["verdicts"]["ana"]["status"] == "disputed" and recs[C[0].id]["status"] == "disputed"
    with desk(path, "bob") as s:
        assert s.get(C[1].id).status == "corroborated" and len(s) == 2


def test_a_record_of_a_newer_shape_is_refused_naming_the_field(path):
    v1_store(path)
    data = json.loads(path.read_text())
    data["doc:storm"]["1"]["verdicts"] = {"ana": {"status": "maybe", "at": ""}}
    path.write_text(json.dumps(data))
    with pytest.raises(Exception, match="unknown verdict 'maybe'"):
        desk(path, "ana")
