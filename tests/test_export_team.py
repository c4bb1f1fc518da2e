"""Exports of a newsroom's store (issue 12): the second check's columns in the CSV, each editor's verdict
in the W3C export, the articles as editors corrected them in every format, and the evidence stance
"context" everywhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from claims.model import Analysis, Claim, Document
from store.annotations import RELATIONS, AnnotationStore, Evidence, Stance
from store.export import CSV_COLUMNS, ReviewColumn, export
from store.importer import import_jsonl

C, D = "corroborated", "disputed"
SENTENCES = [
    "The ministry said 120 teachers walked out on Monday.",
    "Union leaders put the number at 300.",
    "Schools in 14 districts closed early.",
    "The strike was the first in 11 years.",
    "Talks resume on Thursday.",
    "Parents received 2 days' notice.",
]


def make_world() -> tuple[Analysis, Document, list[Claim]]:
    text = " ".join(SENTENCES)
    doc = Document(id="strike", path="/articles/strike.txt", text=text, outlet="Courier (guessed)",
                   title="Teachers strike", date=dt.date(2024, 3, 1),
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    claims = []
    for i, s in enumerate(SENTENCES):
        at = text.index(s)
        claims.append(Claim(id=f"strike-{i}", doc="strike", start=at, end=at + len(s), text=s, kind="other",
                            score=0.5))
    return Analysis(documents=[doc], claims=claims), doc, claims


@pytest.fixture
def newsroom(tmp_path):
    """A second check on six claims, three editors and a lead, one corrected article (see each test)."""
    analysis, doc, cl = make_world()
    path = tmp_path / "s.json"
    with AnnotationStore.open(path, editor="ana") as ana:
        ana.update_settings(required_verdicts=2, leads=["lena"])
        for i, v in ((0, C), (1, C), (2, D), (3, C), (5, D)):
            ana.set_status(cl[i], doc, v)
        ana.add_evidence(cl[0], doc, Evidence(kind="claim", claim_id=cl[1].id, doc_id="strike", relation="context"))
        ana.add_evidence(cl[0], doc, Evidence(kind="source", text="union press release", relation=Stance.CONTEXT))
        ana.set_note(cl[4], doc, "ask the ministry")
        ana.set_document_meta(doc, outlet="The Courier", date="2024-03-04")
    with AnnotationStore.open(path, editor="bob") as bob:
        for i, v in ((0, C), (1, D), (3, D)):
            bob.set_status(cl[i], doc, v)
    with AnnotationStore.open(path, editor="cai") as cai:
        cai.set_status(cl[5], doc, D)
    with AnnotationStore.open(path, editor="lena") as lena:
        lena.adjudicate(cl[3], doc, D, "the union's own figure; =SUM(A1) said the leaflet")
    store = AnnotationStore.open(path, editor="ana")
    yield analysis, store, doc, cl, tmp_path
    store.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_carries_each_editors_verdict_the_final_one_and_where_the_review_stands(newsroom):
    analysis, store, doc, cl, tmp = newsroom
    out = tmp / "out.csv"
    assert export("csv", out, analysis, store) == 6
    with open(out, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    # every old column first, in order; then the second check's; then one per editor with a verdict, sorted
    assert header == CSV_COLUMNS + ["verdict:ana", "verdict:bob", "verdict:cai"]
    assert header[:16] == ["document", "outlet", "title", "date", "claim_id", "claim", "values", "status", "note",
                           "evidence", "origins", "editor", "created", "updated", "start", "end"]
    rows = {r["claim_id"]: r for r in read_csv(out)}

    def cells(i: int) -> tuple:
        r = rows[cl[i].id]
        return (r["status"], r["final_verdict"], r["review_state"], r["adjudicated_by"], r["adjudication_reason"],
                r["verdict:ana"], r["verdict:bob"], r["verdict:cai"])

    assert cells(0) == (C, C, "agreed", "", "", C, C, "")
    assert cells(1) == ("untagged", "", "disagreement", "", "", C, D, "")
    assert cells(2) == ("untagged", "", "needs_second_check", "", "", D, "", "")
    # the reason is outside text: neutralised where it would start a formula, kept otherwise
    assert cells(3) == (D, D, "adjudicated", "lena", "the union's own figure; =SUM(A1) said the leaflet", C, D, "")
    assert cells(4) == ("untagged", "", "untagged", "", "", "", "", "")
    assert cells(5) == (D, D, "agreed", "", "", D, "", D)
    assert {r["review_state"] for r in rows.values()} <= {str(s) for s in ReviewColumn}
    # the corrected article, and evidence with the stance "context"
    assert {(r["outlet"], r["title"], r["date"]) for r in rows.values()} == {("The Courier", "Teachers strike",
                                                                             "2024-03-04")}
    assert rows[cl[0].id]["evidence"] == (f"context: The Courier: {SENTENCES[1]}\n"
                                          "context: source: union press release")


def test_the_verdict_columns_are_the_same_for_the_same_store(newsroom):
    analysis, store, doc, cl, tmp = newsroom
    export("csv", tmp / "1.csv", analysis, store)
    export("csv", tmp / "2.csv", analysis, store)
    assert (tmp / "1.csv").read_bytes() == (tmp / "2.csv").read_bytes()


def test_w3c_gives_each_editors_verdict_its_own_annotation_by_that_editor(newsroom):
    analysis, store, doc, cl, tmp = newsroom
    out = tmp / "out.jsonld"
    export("w3c", out, analysis, store)
    items = json.loads(out.read_text())["first"]["items"]
    by_id = {it["id"]: it for it in items}
    aid = {i: store.get(cl[i].id).id for i in range(6) if store.get(cl[i].id)}

    def verdicts_of(i: int) -> list[tuple[str, str]]:
        return sorted((it["creator"]["name"], it["body"]["value"]) for it in items
                      if it["id"].startswith(f"urn:claimdesk:annotation:{aid[i]}:verdict:"))

    assert verdicts_of(1) == [("ana", C), ("bob", D)]
    assert f"urn:claimdesk:annotation:{aid[1]}:status" not in by_id  # a disagreement has no final verdict
    assert verdicts_of(5) == [("ana", D), ("cai", D)]
    ana_on_1 = by_id[f"urn:claimdesk:annotation:{aid[1]}:verdict:ana"]
    assert ana_on_1["motivation"] == "assessing" and ana_on_1["created"] == store.get(cl[1].id).verdicts["ana"].at
    # the final verdict: by the editors who agreed, or by the lead with the reason as a second body
    agreed = by_id[f"urn:claimdesk:annotation:{aid[0]}:status"]
    assert agreed["creator"] == [{"type": "Person", "name": "ana"}, {"type": "Person", "name": "bob"}]
    settled = by_id[f"urn:claimdesk:annotation:{aid[3]}:status"]
    assert settled["creator"] == {"type": "Person", "name": "lena"}
    assert settled["body"] == [
        {"type": "TextualBody", "value": D, "purpose": "assessing", "format": "text/plain"},
        {"type": "TextualBody", "value": "the union's own figure; =SUM(A1) said the leaflet", "purpose": "commenting",
         "format": "text/plain"}]
    # context evidence: a linking annotation tagged "context"
    link = next(it for it in items if it["motivation"] == "linking" and it["id"].startswith(
        f"urn:claimdesk:annotation:{aid[0]}:evidence"))
    assert link["body"]["value"] == "context"


#: the part of the Web Annotation context (http://www.w3.org/ns/anno.jsonld) the article node uses
ANNO_EXCERPT = {"dcterms": "http://purl.org/dc/terms/", "id": {"@type": "@id", "@id": "@id"},
                "type": {"@type": "@id", "@id": "@type"}}


def test_w3c_targets_name_the_article_as_corrected_and_expand_as_dublin_core(newsroom):
    analysis, store, doc, cl, tmp = newsroom
    out = tmp / "out.jsonld"
    export("w3c", out, analysis, store)
    items = json.loads(out.read_text())["first"]["items"]
    target = next(it["target"] for it in items if it["motivation"] == "commenting" and it["id"].endswith(":note"))
    article = target["dcterms:isPartOf"]
    assert article == {"id": Path("/articles/strike.txt").resolve().as_uri(), "dcterms:title": "Teachers strike",
                       "dcterms:publisher": "The Courier", "dcterms:issued": "2024-03-04"}
    jsonld = pytest.importorskip("pyld.jsonld", reason="pyld (a test dependency) expands JSON-LD")
    dropped: list = []
    (node,) = jsonld.expand({"@context": ANNO_EXCERPT, "id": "urn:x:target", "dcterms:isPartOf": article},
                            {"documentLoader": lambda *a, **k: pytest.fail("no document is fetched")},
                            on_property_dropped=dropped.append)
    assert dropped == []
    (part,) = node["http://purl.org/dc/terms/isPartOf"]
    dc = "http://purl.org/dc/terms/"
    assert part[dc + "publisher"] == [{"@value": "The Courier"}] and part[dc + "issued"] == [{"@value": "2024-03-04"}]


def test_jsonl_carries_the_context_stance_and_the_corrections_and_imports_them_back(newsroom):
    analysis, store, doc, cl, tmp = newsroom
    out = tmp / "out.jsonl"
    n = export("jsonl", out, analysis, store)
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert n == len(lines) == 7  # six annotations, one corrected article
    meta = lines[-1]
    assert meta["type"] == "claimdesk.document_meta" and meta["doc_id"] == "strike"
    assert {k: v["value"] for k, v in meta["fields"].items()} == {"outlet": "The Courier", "date": "2024-03-04"}
    first = next(x for x in lines if x.get("claim_id") == cl[0].id)
    assert [e["relation"] for e in first["evidence"]] == ["context", "context"]
    with AnnotationStore.open(tmp / "elsewhere.json", editor="dan") as other:
        report = import_jsonl(other, out)
        assert (report.lines, report.added, report.articles_changed) == (6, 6, 1)
        assert [e.relation for e in other.get(cl[0].id).evidence] == ["context", "context"]
        assert other.document_meta("strike").outlet == "The Courier"


def test_the_store_keeps_three_stances_and_refuses_others():
    assert RELATIONS == ("supports", "contradicts", "context") == tuple(Stance)
    relation = Evidence(kind="source", text="x", relation=Stance.CONTEXT).to_dict()["relation"]
    assert relation == "context" and type(relation) is str
    with pytest.raises(ValueError, match="evidence relation must be one of"):
        Evidence(kind="source", text="x", relation="background")
