"""The desk knows every relation the engine gives a link: agree, conflict and update.

An ``update`` (another outlet states the same figure at another time) used to fall through to
"alone", so the status line said "no other outlet states this" of a claim another outlet states.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.model import Analysis, Claim, Document, Link, Relation
from tui.desk_model import DeskModel
from tui.widgets.claims_panel import RELATION_MARK, ClaimRow, ClaimsPanel


def claim(cid: str, doc: str) -> Claim:
    fields: dict[str, Any] = {"kind": "figure", "score": 1.0}
    return Claim(id=cid, doc=doc, start=0, end=4, text="text", **fields)


def model(*links: tuple[str, str, Relation]) -> DeskModel:
    docs = [Document(id=d, path=f"{d}.txt", text="text") for d in "abcd"]
    claims = [claim(f"c{d}", d) for d in "abcd"]
    return DeskModel(Analysis(documents=docs, claims=claims,
                              links=[Link(a, b, rel, 0.9, f"{rel.value} because") for a, b, rel in links]))


@pytest.mark.parametrize(("links", "expected"), [
    ((), {"ca": "alone"}),
    ((("ca", "cb", Relation.AGREE),), {"ca": "agree", "cb": "agree", "cc": "alone"}),
    ((("ca", "cb", Relation.UPDATE),), {"ca": "update", "cb": "update"}),
    ((("ca", "cb", Relation.AGREE), ("ca", "cc", Relation.UPDATE)), {"ca": "update", "cb": "agree", "cc": "update"}),
    ((("ca", "cb", Relation.UPDATE), ("ca", "cc", Relation.CONFLICT)), {"ca": "conflict", "cb": "update"}),
], ids=["none", "agree", "update", "update over agree", "conflict over update"])
def test_a_claims_relation_is_its_strongest_link(links, expected):
    m = model(*links)
    for cid, rel in expected.items():
        assert m.state(cid) == rel


def test_every_engine_relation_has_a_mark_and_a_colour():
    from tui.report import MARKS
    from tui.widgets.article_view import STATE_CLASSES

    for rel in [r.value for r in Relation] + ["alone"]:
        assert rel in RELATION_MARK and rel in MARKS and rel in STATE_CLASSES


def test_the_claims_table_filters_updates():
    rows = [ClaimRow(claim_id=f"c{i}", order=i, outlet="O", text="t", values="", status="", relation=rel,
                     origins="", n_origins=1, has_note=False)
            for i, rel in enumerate(["agree", "update", "conflict", "alone"])]
    panel = ClaimsPanel()
    assert [r.relation for r in rows if panel._matches(r, ["has:update"])] == ["update"]
    panel._sort = "relation"
    assert [r.relation for r in panel._sorted(rows)] == ["conflict", "update", "agree", "alone"]
