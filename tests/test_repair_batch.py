"""claimdesk repair on a store whose history holds a batch (g over a fact): after the repeated id is given a
fresh one, undoing the batch still lands on each claim's own record."""

from __future__ import annotations

import json
from pathlib import Path

from store.annotations import AnnotationStore
from store.repair import repair_store
from tests.test_hostile_store import CLAIMS, DOC


def _batch_then_duplicate(path: Path) -> str:
    with AnnotationStore.open(path, editor="ed") as s:
        s.set_statuses([(CLAIMS[0], DOC), (CLAIMS[1], DOC)], "corroborated")
    data = json.loads(path.read_text())
    table = data["doc:harbour"]
    by_claim = {rec["claim_id"]: key for key, rec in table.items()}
    aid = table[by_claim[CLAIMS[0].id]]["id"]
    old = table[by_claim[CLAIMS[1].id]]["id"]
    table[by_claim[CLAIMS[1].id]]["id"] = aid  # a hand merge gave the second record the first one's id
    for entry in data["history"].values():
        for change in [entry, *entry.get("items", [])]:
            if change.get("aid") == old:
                change["aid"] = aid
                for side in ("before", "after"):
                    if change.get(side):
                        change[side]["id"] = aid
    path.write_text(json.dumps(data))
    return aid


def test_undoing_a_batch_after_repair_restores_each_claims_own_record(tmp_path):
    path = tmp_path / "store.json"
    aid = _batch_then_duplicate(path)
    report = repair_store(path)
    assert len(report.rekeyed) == 1 and report.history_moved == 1
    with AnnotationStore.open(path, editor="ed") as s:
        ids = {a.claim_id: a.id for a in s.annotations()}
        assert ids[CLAIMS[0].id] == aid and ids[CLAIMS[1].id] == report.rekeyed[0].new_id != aid
        step = s.undo()
        assert step is not None and set(step.claim_ids) == {CLAIMS[0].id, CLAIMS[1].id}
        assert s.get(CLAIMS[0].id) is None or s.get(CLAIMS[0].id).status is None
        assert s.get(CLAIMS[1].id) is None or s.get(CLAIMS[1].id).status is None
        s.redo()
        assert s.get(CLAIMS[0].id).status == s.get(CLAIMS[1].id).status == "corroborated"
        assert len({a.id for a in s.annotations()}) == 2
