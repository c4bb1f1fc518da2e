"""``import --jsonl``, store side: another editor's export merged in, idempotent, conflicts kept (issue 12)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from claims.model import Analysis, Claim, Document
from store.annotations import AnnotationStore, Evidence, Origin, ReviewState, StoreError
from store.errors import ImportRefused
from store.export import export
from store.importer import import_jsonl

TEXT = ("Rescuers said 14 climbers were stranded on the ridge. A guide said 11. "
        "The weather service recorded winds of 90 km/h at noon.")
DOC = Document(id="ridge", path="/news/ridge.txt", text=TEXT, outlet="Mountain Post",
               content_hash=hashlib.sha256(TEXT.encode()).hexdigest())


def _claims() -> list[Claim]:
    out = []
    for s in ("Rescuers said 14 climbers were stranded on the ridge.", "A guide said 11.",
              "The weather service recorded winds of 90 km/h at noon."):
        i = TEXT.index(s)
        out.append(Claim(id=f"ridge-{i}", doc="ridge", start=i, end=i + len(s), text=s, kind="figure", score=0.6))
    return out


C = _claims()
ANALYSIS = Analysis(documents=[DOC], claims=C, clusters=[])


def store_at(tmp_path: Path, name: str, editor: str) -> AnnotationStore:
    return AnnotationStore.open(tmp_path / name / "store.json", editor=editor)


def export_of(store: AnnotationStore, out: Path) -> Path:
    export("jsonl", out, ANALYSIS, store)
    return out


def files_of(store: AnnotationStore) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in store.path.parent.iterdir() if not p.name.endswith((".lock", ".writers"))}


def test_another_editors_export_is_merged_and_importing_it_again_changes_nothing(tmp_path):
    ana = store_at(tmp_path, "ana", "ana")
    ana.set_status(C[0], DOC, "corroborated")
    ana.set_note(C[0], DOC, "spoke to the rescue service")
    ana.add_evidence(C[0], DOC, Evidence(kind="source", text="rescue service statement"))
    ana.set_status(C[1], DOC, "disputed")
    exported = export_of(ana, tmp_path / "ana.jsonl")
    bob = store_at(tmp_path, "bob", "bob")
    bob.set_status(C[0], DOC, "disputed")  # bob judged the first claim differently
    bob.set_status(C[2], DOC, "corroborated")

    report = import_jsonl(bob, exported)
    assert (report.lines, report.added, report.merged, report.unchanged) == (2, 1, 1, 0)
    assert report.disagreements == [C[0].id]
    assert report.summary() == [f"{exported}: 2 annotation(s): 1 added, 1 merged, 0 already here",
                                f"{exported}: editors disagree on 1 claim(s) (kept as each editor's verdict; a "
                                "lead can settle them)"]
    first = bob.get(C[0].id)
    assert first.live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
    assert first.review is ReviewState.DISAGREEMENT
    assert first.note == "spoke to the rescue service" and first.evidence[0].text == "rescue service statement"
    assert bob.get(C[1].id).live_verdicts() == {"ana": "disputed"}
    assert bob.get(C[2].id).live_verdicts() == {"bob": "corroborated"}

    before = files_of(bob)
    hist = bob.history_entries()
    again = import_jsonl(bob, exported)
    assert (again.added, again.merged, again.unchanged) == (0, 0, 2)
    assert files_of(bob) == before  # not one byte written
    assert bob.history_entries() == hist
    # and bob's own export imported back into ana's store brings bob's verdicts there, once
    back = export_of(bob, tmp_path / "bob.jsonl")
    import_jsonl(ana, back)
    assert import_jsonl(ana, back).merged == 0
    assert {a.claim_id: a.live_verdicts() for a in ana.annotations()} == {
        a.claim_id: a.live_verdicts() for a in bob.annotations()}
    ana.close()
    bob.close()


def test_the_later_note_wins_and_the_replaced_one_stays_in_the_history(tmp_path):
    ana = store_at(tmp_path, "ana", "ana")
    ana.set_note(C[1], DOC, "ana's first note")
    bob = store_at(tmp_path, "bob", "bob")
    import_jsonl(bob, export_of(ana, tmp_path / "1.jsonl"))
    bob.set_note(C[1], DOC, "bob's later note")
    import_jsonl(bob, export_of(ana, tmp_path / "2.jsonl"))
    assert bob.get(C[1].id).note == "bob's later note"  # ana's older note does not come back
    ana.set_note(C[1], DOC, "ana's newest note")
    report = import_jsonl(bob, export_of(ana, tmp_path / "3.jsonl"))
    assert report.merged == 1 and bob.get(C[1].id).note == "ana's newest note"
    kept = [h for h in bob.history_entries() if h.origin is Origin.IMPORT]
    assert len(kept) == 1 and "kept the other copy's note" in kept[0].desc
    raw = bob._db.table("history").records()
    entry = next(r for r in raw.values() if r.get("origin") == "import")
    assert entry["before"]["note"] == "bob's later note"  # what was replaced is kept
    ana.close()
    bob.close()


def test_a_schema_1_export_imports_as_its_editors_verdicts(tmp_path):
    line = {"id": "00000000000000aa", "claim_id": C[2].id, "doc_id": "ridge", "doc_path": DOC.path,
            "doc_hash": DOC.content_hash, "status": "disputed", "note": "old export", "evidence": [],
            "editor": "carla", "created": "2024-05-01T10:00:00.000Z", "updated": "2024-05-01T10:00:00.000Z",
            "position": {"start": C[2].start, "end": C[2].end}, "quote": {"exact": C[2].text, "prefix": "",
                                                                          "suffix": ""},
            "orphan": False, "orphan_reason": ""}
    f = tmp_path / "old.jsonl"
    f.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with store_at(tmp_path, "s", "dan") as s:
        assert import_jsonl(s, f).added == 1
        a = s.get(C[2].id)
        assert a.live_verdicts() == {"carla": "disputed"} and a.note == "old export" and a.status == "disputed"


def _good_line() -> str:
    return json.dumps({"id": "1", "claim_id": "c", "doc_id": "d", "status": None}) + "\n"


BAD_FILES = [
    ("missing", lambda p: p, "no such file"),
    ("a_folder", lambda p: (p.mkdir(), p)[1], "is a folder"),
    ("a_named_pipe", lambda p: (os.mkfifo(p), p)[1], "not a regular file (a named pipe"),
    ("binary", lambda p: (p.write_bytes(b"\x00\x01PK\x03\x04" * 40), p)[1], ":1: not JSON"),
    ("not_utf8", lambda p: (p.write_bytes(b'{"note": "\xff"}\n'), p)[1], "not UTF-8 text (bad byte at offset 10)"),
    ("a_bad_third_line", lambda p: (p.write_text(_good_line() * 2 + "{oops\n"), p)[1], ":3: not JSON"),
    ("a_json_list", lambda p: (p.write_text("[1, 2]\n"), p)[1], ":1: not an annotation (a JSON list, not an object)"),
    ("an_unknown_status", lambda p: (p.write_text(json.dumps({"id": "1", "claim_id": "c", "status": "maybe"})),
                                     p)[1], ":1: not an annotation (unknown status 'maybe')"),
    ("no_claim", lambda p: (p.write_text(json.dumps({"id": "1", "status": None})), p)[1],
     ":1: not an annotation (no claim_id)"),
    ("nested_too_deeply", lambda p: (p.write_text("[" * 100_000 + "]" * 100_000), p)[1], ":1: not JSON"),
]


@pytest.mark.parametrize("make, why", [(m, w) for _, m, w in BAD_FILES], ids=[i for i, _, _ in BAD_FILES])
def test_a_file_that_is_not_an_export_is_refused_in_one_line_and_nothing_is_written(tmp_path, make, why):
    with store_at(tmp_path, "s", "ana") as s:
        s.set_status(C[0], DOC, "corroborated")
        before = files_of(s)
        bad = make(tmp_path / "in.jsonl")
        with pytest.raises(ImportRefused) as e:
            import_jsonl(s, bad)
        msg = str(e.value)
        assert msg.startswith(str(bad)) and why in msg and "\n" not in msg, msg
        assert files_of(s) == before
        assert len(s) == 1


def test_an_empty_export_imports_nothing(tmp_path):
    f = tmp_path / "empty.jsonl"
    f.write_text("\n\n")
    with store_at(tmp_path, "s", "ana") as s:
        report = import_jsonl(s, f)
        assert report.lines == 0 and report.summary() == [f"{f}: no annotation in it; nothing imported"]


def test_a_read_only_store_refuses_an_import(tmp_path):
    with store_at(tmp_path, "a", "ana") as a:
        a.set_status(C[0], DOC, "corroborated")
        f = export_of(a, tmp_path / "a.jsonl")
    with AnnotationStore.open(tmp_path / "a" / "store.json", editor="bob", read_only=True) as ro:
        with pytest.raises(StoreError, match="read-only"):
            import_jsonl(ro, f)
