"""Exports: CSV read back column by column (formula injection neutralised), JSONL, W3C Web Annotation."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from claims.model import Analysis, Claim, Cluster, Document, Value
from store.annotations import AnnotationStore, Evidence
from store.export import CSV_COLUMNS, export, neutralise

DANGEROUS = ["=", "+", "-", "@", "\t", "\r"]


def make_doc(doc_id, text, **kw):
    return Document(id=doc_id, path=kw.pop("path", f"/articles/{doc_id}.txt"), text=text,
                    content_hash=hashlib.sha256(text.encode()).hexdigest(), **kw)


def claim(doc, s, cid=None, values=()):
    i = doc.text.index(s)
    return Claim(id=cid or f"{doc.id}-{i}", doc=doc.id, start=i, end=i + len(s), text=s, kind="figure", score=0.8,
                 values=values)


@pytest.fixture
def setup(tmp_path):
    a = make_doc("a", "Police said 40 people were arrested. The mayor denied it. Nothing else.",
                 outlet="Daily «A»", title="Arrests, \"many\"", date=dt.date(2024, 10, 2))
    b = make_doc("b", "=HYPERLINK(\"http://evil\") said 40 were held.\n-5% growth, +3 more, @home.",
                 outlet="=cmd|' /C calc'!A0", title="+SUM(1,2)", path="@/tmp/b.txt")
    ca0 = claim(a, "Police said 40 people were arrested.",
                values=(Value(start=12, end=14, text="40", kind="count", value=40.0, unit="people"),))
    ca1 = claim(a, "The mayor denied it.")
    ca2 = claim(a, "Nothing else.")
    cb0 = claim(b, "=HYPERLINK(\"http://evil\") said 40 were held.")
    cb1 = claim(b, "-5% growth, +3 more, @home.")
    analysis = Analysis(documents=[a, b], claims=[ca0, ca1, ca2, cb0, cb1],
                        clusters=[Cluster(id="k", claims=(ca0.id, cb0.id), origins=("Police",),
                                          outlets=("Daily «A»", "B"))])
    store = AnnotationStore.open(tmp_path / "store.json", editor="=editor")
    store.sync(analysis)
    store.set_status(ca0, a, "corroborated")
    store.set_note(ca0, a, "line one\nline \"two\", with comma\r\nand CRLF")
    store.add_evidence(ca0, a, Evidence(kind="claim", claim_id=cb0.id, doc_id="b", outlet="stale", quote="stale"))
    store.add_evidence(ca0, a, Evidence(kind="source", text="court record", url="https://example.org/c?a=1&b=2"))
    store.set_status(cb1, b, "disputed")
    store.set_note(cb1, b, "@SUM(A1)")
    store.add_evidence(cb1, b, Evidence(kind="claim", claim_id=ca1.id, relation="contradicts"))
    store.add_evidence(cb1, b, Evidence(kind="source", text="no link, just a phone call"))
    yield analysis, store, (a, b), (ca0, ca1, ca2, cb0, cb1), tmp_path
    store.close()


def read_csv(path: Path, encoding="utf-8") -> list[list[str]]:
    with open(path, newline="", encoding=encoding) as f:
        return list(csv.reader(f))


def test_neutralise():
    for p in DANGEROUS:
        assert neutralise(p + "x") == "'" + p + "x"
    assert neutralise("plain") == "plain"
    assert neutralise("'already") == "'already"
    assert neutralise(12) == "12" and neutralise(None) == ""
    assert neutralise("a=b") == "a=b"


def test_csv_one_row_per_claim_every_column(setup):
    analysis, store, (a, b), (ca0, ca1, ca2, cb0, cb1), tmp = setup
    out = tmp / "out.csv"
    n = export("csv", out, analysis, store)
    assert n == 5
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.endswith(b"\r\n")
    rows = read_csv(out)
    header = CSV_COLUMNS + ["verdict:=editor"]  # one column per editor with a verdict (neutral: starts with v)
    assert rows[0] == header
    assert len(rows) == 6
    by_id = {r[4]: dict(zip(header, r, strict=True)) for r in rows[1:]}

    r = by_id[ca0.id]
    ann = store.get(ca0.id)
    assert r == {
        "document": "/articles/a.txt",
        "outlet": "Daily «A»",
        "title": 'Arrests, "many"',
        "date": "2024-10-02",
        "claim_id": ca0.id,
        "claim": "Police said 40 people were arrested.",
        "values": "count: 40",
        "status": "corroborated",
        "note": "line one\nline \"two\", with comma\nand CRLF",  # newlines kept; a CR is never raw in a cell
        "evidence": ("supports: =cmd|' /C calc'!A0: =HYPERLINK(\"http://evil\") said 40 were held.\n"
                     "supports: source: court record <https://example.org/c?a=1&b=2>"),
        "origins": "2 outlets, 1 origin: Police",
        "editor": "'=editor",
        "created": ann.created,
        "updated": ann.updated,
        "start": str(ca0.start),
        "end": str(ca0.end),
        "final_verdict": "corroborated",
        "review_state": "agreed",
        "adjudicated_by": "",
        "adjudication_reason": "",
        "verdict:=editor": "corroborated",
    }

    r = by_id[ca1.id]  # untagged claims have rows too, and say so
    assert r["status"] == r["review_state"] == "untagged"
    assert r["note"] == r["evidence"] == r["editor"] == r["created"] == ""
    assert r["final_verdict"] == r["verdict:=editor"] == r["adjudicated_by"] == ""
    assert (r["start"], r["end"]) == (str(ca1.start), str(ca1.end))

    r = by_id[cb0.id]
    assert r["document"] == "'@/tmp/b.txt"
    assert r["outlet"] == "'=cmd|' /C calc'!A0"
    assert r["title"] == "'+SUM(1,2)"
    assert r["claim"] == "'=HYPERLINK(\"http://evil\") said 40 were held."
    assert r["date"] == "" and r["status"] == "untagged"
    assert r["origins"] == "2 outlets, 1 origin: Police"

    r = by_id[cb1.id]
    assert r["claim"] == "'-5% growth, +3 more, @home."
    assert r["status"] == "disputed"
    assert r["note"] == "'@SUM(A1)"
    assert r["evidence"] == "contradicts: Daily «A»: The mayor denied it.\nsupports: source: no link, just a phone call"
    assert r["origins"] == ""


def test_csv_no_cell_can_start_a_formula(setup):
    analysis, store, docs, claims, tmp = setup
    out = tmp / "out.csv"
    export("csv", out, analysis, store)
    for row in read_csv(out):
        for cell in row:
            assert not cell.startswith(tuple(DANGEROUS)), cell


@pytest.mark.parametrize("prefix", DANGEROUS)
def test_csv_each_dangerous_first_character(tmp_path, prefix):
    shown = "'" + prefix.replace("\r", "␍")  # neutralised, then a CR shown as a visible stand-in
    text = f"{prefix}1+1 is what the note says. Fine."
    doc = make_doc("d", text, outlet=prefix + "outlet")
    c = claim(doc, f"{prefix}1+1 is what the note says.")
    an = Analysis(documents=[doc], claims=[c])
    with AnnotationStore.open(tmp_path / "s.json", editor="ed") as s:
        s.set_note(c, doc, prefix + "note")
        out = tmp_path / "o.csv"
        export("csv", out, an, s)
    row = dict(zip(CSV_COLUMNS, read_csv(out)[1], strict=True))
    assert row["outlet"] == shown + "outlet"
    assert row["claim"] == shown + c.text[1:]
    assert row["note"] == shown + "note"


def test_csv_excel_bom(setup):
    analysis, store, docs, claims, tmp = setup
    out = tmp / "excel.csv"
    export("csv", out, analysis, store, excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out, encoding="utf-8-sig")
    assert rows[0][:len(CSV_COLUMNS)] == CSV_COLUMNS and rows[1][1] == "Daily «A»"


def test_jsonl_is_the_stored_annotations(setup):
    analysis, store, docs, (ca0, ca1, ca2, cb0, cb1), tmp = setup
    out = tmp / "out.jsonl"
    n = export("jsonl", out, analysis, store)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 2
    recs = [json.loads(line) for line in lines]
    assert {r["claim_id"] for r in recs} == {ca0.id, cb1.id}
    for r in recs:
        assert r == store.get(r["claim_id"]).to_dict()
    assert "\\u" not in out.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def test_jsonl_includes_orphans(setup):
    analysis, store, (a, b), (ca0, *_), tmp = setup
    gone = make_doc("a", "Completely rewritten article about something else.")
    store.sync(Analysis(documents=[gone, b], claims=[c for c in analysis.claims if c.doc == "b"]))
    out = tmp / "o.jsonl"
    export("jsonl", out, analysis, store)
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["orphan"] for r in recs if r["claim_id"] == ca0.id] == [True]


def test_w3c_web_annotation_shape(setup):
    analysis, store, (a, b), (ca0, ca1, ca2, cb0, cb1), tmp = setup
    out = tmp / "out.jsonld"
    n = export("w3c", out, analysis, store)
    doc = json.loads(out.read_text())
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection"
    items = doc["first"]["items"]
    assert doc["first"]["type"] == "AnnotationPage"
    # ca0: final verdict, the editor's verdict, note, claim link, source link; cb1: final verdict, the
    # editor's verdict, note, claim link, source without url (comment)
    assert n == len(items) == doc["total"] == 10
    for it in items:
        assert it["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert it["type"] == "Annotation"
        assert it["id"].startswith("urn:claimdesk:annotation:")
        assert it["creator"] == {"type": "Person", "name": "=editor"}
        assert it["created"].endswith("Z") and it["modified"].endswith("Z")
    motivations = [it["motivation"] for it in items]
    assert motivations.count("assessing") == 4 and motivations.count("linking") == 3
    verdicts = [it for it in items if ":verdict:" in it["id"]]
    assert [(it["id"].rsplit(":", 1)[1], it["body"]["value"]) for it in verdicts] == \
        [("%3Deditor", "corroborated"), ("%3Deditor", "disputed")]
    assert verdicts[0]["created"] == store.get(ca0.id).verdicts["=editor"].at
    assert motivations.count("commenting") == 3

    tag = next(it for it in items if it["motivation"] == "assessing" and it["body"]["value"] == "corroborated")
    assert tag["body"] == {"type": "TextualBody", "value": "corroborated", "purpose": "assessing",
                           "format": "text/plain"}
    # /articles/a.txt is not on disk, so the offsets index the loaded text: the source names that
    # text by its hash and the file is the scope (tests/test_export_safety.py has real files)
    assert tag["target"]["scope"] == Path("/articles/a.txt").resolve().as_uri()
    assert tag["target"]["source"].startswith("ni:///sha-256;")
    pos, quote = tag["target"]["selector"]
    assert pos == {"type": "TextPositionSelector", "start": ca0.start, "end": ca0.end}
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == ca0.text
    assert a.text[pos["start"]:pos["end"]] == quote["exact"]
    assert quote["suffix"] == a.text[ca0.end:ca0.end + 32]

    links = [it for it in items if it["motivation"] == "linking"]
    claim_link = next(it for it in links if it["body"]["value"] == "supports")
    t1, t2 = claim_link["target"]
    assert t1["selector"][1]["exact"] == ca0.text
    assert t2["selector"][1]["exact"] == cb0.text
    assert t2["selector"][0] == {"type": "TextPositionSelector", "start": cb0.start, "end": cb0.end}
    assert t2["scope"] == Path("@/tmp/b.txt").resolve().as_uri()
    contra = next(it for it in links if it["body"]["value"] == "contradicts")
    assert [t["selector"][1]["exact"] for t in contra["target"]] == [cb1.text, ca1.text]
    url_link = next(it for it in links if isinstance(it["target"], list) and "id" in it["target"][1])
    assert url_link["target"][1] == {"id": "https://example.org/c?a=1&b=2"}
    note = next(it for it in items if it["motivation"] == "commenting" and it["id"].endswith(":note")
                and it["body"]["value"].startswith("line one"))
    assert note["body"]["value"] == "line one\nline \"two\", with comma\r\nand CRLF"


def test_export_never_leaves_a_partial_file(setup, monkeypatch):
    analysis, store, docs, claims, tmp = setup
    out = tmp / "out.csv"
    out.write_text("previous export\n")

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError) as e:
        export("csv", out, analysis, store)
    assert e.value.errno == errno.ENOSPC
    monkeypatch.undo()
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp.iterdir() if p.name.endswith(".tmp")) == []
    export("csv", out, analysis, store)
    assert out.read_text().startswith("document,outlet")
    assert sorted(p.name for p in tmp.iterdir() if p.name.endswith(".tmp")) == []


def test_export_rejects_unknown_kind(setup):
    analysis, store, docs, claims, tmp = setup
    with pytest.raises(ValueError):
        export("xml", tmp / "x", analysis, store)


def test_export_from_a_read_only_store(setup):
    """What the CLI does: open read-only while the desk has it open, sync in memory, export."""
    analysis, store, docs, claims, tmp = setup
    with AnnotationStore.open(store.path, editor="cli", read_only=True) as ro:
        ro.sync(analysis)
        out = tmp / "ro.csv"
        assert export("csv", out, analysis, ro) == 5
    rows = read_csv(out)
    assert [r[7] for r in rows[1:]] == ["corroborated", "untagged", "untagged", "untagged", "disputed"]
