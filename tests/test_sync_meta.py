"""Sync carries what the desk's g, m and evidence stances make (issue 12): articles' corrections (merged field
by field, never overwritten by the loader's values), a batch as one history entry, and the stance "context",
through a real PouchDB Server on the loopback (the server and the world of tests/test_sync.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest

from claims.model import Analysis
from store.annotations import CLEAR, Evidence, Origin
from store.sync import Syncer, sync
from tests.test_sync import Server, W, machine, view


@pytest.fixture(scope="module")
def pouch(tmp_path_factory) -> Iterator[Server]:
    """PouchDB Server on the loopback, found and started as tests/test_sync.py does."""
    srv = Server(tmp_path_factory.mktemp("pouchdb"))
    try:
        yield srv
    finally:
        srv.stop()


DOC0 = W[0][1]
DOC1 = W[8][1]


def metas(store) -> dict:
    return {k: (m.outlet, m.title, m.date) for k, m in store.document_metas().items()}


def test_corrections_go_both_ways_field_by_field_and_the_loader_never_overwrites_them(pouch, tmp_path):
    url = pouch.db_url()
    a, b = machine(tmp_path, "a", "ana"), machine(tmp_path, "b", "bob")
    try:
        a.sync(Analysis(documents=[DOC0, DOC1], claims=[c for c, _ in W]))
        a.set_document_meta(DOC0, outlet="Harbour Wire", date="2024-05-02")
        sync(a, url)
        docs = pouch.all_docs(url)
        meta_doc = docs[f"{a.project}:docmeta:{DOC0.id}"]
        assert meta_doc["type"] == "claimdesk.document_meta" and meta_doc["meta"]["fields"]["outlet"]["value"] == \
            "Harbour Wire"
        # bob's laptop loads the same articles with the loader's guesses, then syncs
        b.sync(Analysis(documents=[DOC0, DOC1], claims=[c for c, _ in W]))
        sync(b, url)
        assert metas(b) == {DOC0.id: ("Harbour Wire", None, dt.date(2024, 5, 2))}
        assert b.apply_metas([DOC0])[0].outlet == "Harbour Wire"  # the loader's "Wire 0" is not shown
        # both correct different fields of the same article offline; one takes a correction back
        a.set_document_meta(DOC0, title="Ships wait offshore")
        b.set_document_meta(DOC0, date=CLEAR)
        b.set_document_meta(DOC1, outlet="Port News")
        for s in (a, b, a):
            sync(s, url)
        expected = {DOC0.id: ("Harbour Wire", "Ships wait offshore", None), DOC1.id: ("Port News", None, None)}
        assert metas(a) == metas(b) == expected
        # the loader's record of a re-opened article changes nothing of it either
        a.sync(Analysis(documents=[DOC0], claims=[c for c, d in W if d.id == DOC0.id]))
        sync(a, url)
        sync(b, url)
        assert metas(a) == metas(b) == expected
        # b sees where a's corrections came from: sync history entries naming the article
        entries = [e for e in b.history_entries() if e.doc_ids]
        assert any(e.origin is Origin.SYNC and e.doc_ids == (DOC0.id,) for e in entries)
        assert any(e.editor == "ana" and e.doc_ids == (DOC0.id,) for e in entries)  # ana's own, shown
    finally:
        a.close()
        b.close()


def test_conflicting_revisions_of_a_correction_merge_field_by_field(pouch, tmp_path):
    url = pouch.db_url()
    a = machine(tmp_path, "a", "ana")
    try:
        a.set_document_meta(DOC0, outlet="Harbour Wire")
        sync(a, url)
        doc_id = f"{a.project}:docmeta:{DOC0.id}"
        current = pouch.all_docs(url)[doc_id]
        base = {k: v for k, v in current.items() if not k.startswith("_")}
        rec = base["meta"]
        later = "2099-01-01T00:00:00Z"
        one = {**base, "meta": {**rec, "fields": {**rec["fields"], "title": {"value": "From replica one", "at": later,
                                                                           "by": "cai"}}}}
        two = {**base, "meta": {**rec, "fields": {**rec["fields"], "date": {"value": "2024-05-09", "at": later,
                                                                          "by": "dan"}}}}
        n, h = current["_rev"].split("-", 1)
        bump = int(n) + 1
        revs = [{**one, "_id": doc_id, "_rev": f"{bump}-aaaa", "_revisions": {"start": bump, "ids": ["aaaa", h]}},
                {**two, "_id": doc_id, "_rev": f"{bump}-bbbb", "_revisions": {"start": bump, "ids": ["bbbb", h]}}]
        assert httpx.post(f"{url}/_bulk_docs", json={"docs": revs, "new_edits": False}, timeout=30).status_code == 201
        result = sync(a, url)
        assert result.conflicts == 1
        assert metas(a) == {DOC0.id: ("Harbour Wire", "From replica one", dt.date(2024, 5, 9))}
        after = httpx.get(f"{url}/{doc_id}", params={"conflicts": "true"}, timeout=30).json()
        assert "_conflicts" not in after
        assert set(after["meta"]["fields"]) == {"outlet", "title", "date"}
        assert sync(a, url).conflicts == 0
    finally:
        a.close()


def test_a_batch_travels_as_one_history_entry_and_the_context_stance_with_it(pouch, tmp_path):
    url = pouch.db_url()
    a, b = machine(tmp_path, "a", "ana"), machine(tmp_path, "b", "bob")
    try:
        a.set_statuses(W[:10], "corroborated")
        a.add_evidence(*W[0], Evidence(kind="claim", claim_id=W[9][0].id, doc_id=W[9][0].doc, relation="context"))
        syncer = Syncer(a, url)
        try:
            syncer.run()
            hist_docs = [d for d in pouch.all_docs(url).values() if d.get("type") == "claimdesk.history"]
            assert len(hist_docs) == 2  # the batch of ten and the evidence
            batch = next(d["entry"] for d in hist_docs if "items" in d["entry"])
            assert len(batch["items"]) == 10
            assert syncer.run().pushed == 0  # nothing left to push
        finally:
            syncer.close()
        sync(b, url)
        assert view(b) == view(a)
        assert [e.relation for e in b.get(W[0][0].id).evidence] == ["context"]
        (entry,) = [e for e in b.history_entries() if e.editor == "ana" and len(e.claim_ids) > 1]
        assert entry.claim_ids == tuple(c.id for c, _ in W[:10])
        assert not b.can_undo  # another machine's entry: shown, never undone here
        # ana undoes the batch on her laptop: bob gets every claim back, and the entry marked undone
        assert len(a.undo().claim_ids) == 1  # the evidence first
        assert len(a.undo().claim_ids) == 10
        sync(a, url)
        sync(b, url)
        assert view(b) == view(a) and all(b.get(c.id) is None for c, _ in W[1:10])
        (entry,) = [e for e in b.history_entries() if e.editor == "ana" and len(e.claim_ids) > 1]
        assert entry.undone
    finally:
        a.close()
        b.close()
