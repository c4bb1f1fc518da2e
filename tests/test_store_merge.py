"""``store.merge``: merging copies of an annotation is order-free, idempotent and loses nothing.

These are the properties import and sync rely on: two laptops that merge each other's copies in
any order end up holding the same annotation, merging a copy twice changes nothing, and every
editor's latest verdict survives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from store.annotations import evidence_key, normalise
from store.merge import merge_all, merge_records
from store.sync import LOCAL_FIELDS

EDITORS = ["ana", "bob", "carla"]
times = st.integers(0, 30).map(lambda i: f"2024-10-02T10:{i:02d}:00.000000Z")
statuses = st.sampled_from([None, "corroborated", "disputed"])
sources = st.sampled_from(["court listing", "police statement", "AIS data"])


@st.composite
def copies(draw, place: int = 0) -> dict:
    verdicts = draw(st.dictionaries(st.sampled_from(EDITORS), st.fixed_dictionaries({"status": statuses, "at": times}),
                                    max_size=3))
    evidence = [{"kind": "source", "text": t, "url": "", "relation": "supports", "at": draw(times), "by": draw(
        st.sampled_from(EDITORS))} for t in draw(st.lists(sources, unique=True, max_size=3))]
    removed = {evidence_key({"kind": "source", "text": t, "url": "", "relation": "supports"}): draw(times)
               for t in draw(st.lists(sources, unique=True, max_size=2))}
    adj = draw(st.one_of(st.none(), st.fixed_dictionaries({"status": statuses, "reason": st.sampled_from(["a", "b"]),
                                                            "by": st.sampled_from(EDITORS), "at": times})))
    note_at = draw(times)
    updated = draw(times)
    return normalise({
        "id": f"{place:016x}", "claim_id": "c", "doc_id": "d", "doc_path": f"/machine{place}/d.txt",
        "doc_hash": "h", "verdicts": verdicts, "adjudication": adj, "review": None, "status": None,
        "note": draw(st.sampled_from(["", "called them", "checked twice"])), "note_at": note_at,
        "note_by": draw(st.sampled_from(EDITORS)), "evidence": evidence, "evidence_removed": removed,
        "editor": draw(st.sampled_from(EDITORS)), "created": draw(times), "updated": updated,
        "position": {"start": place, "end": place + 5}, "quote": {"exact": "words", "prefix": "", "suffix": ""},
    })


def shared(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k not in LOCAL_FIELDS}


@settings(max_examples=300, deadline=None)
@given(a=copies(1), b=copies(2), c=copies(3))
def test_merging_is_order_free_idempotent_and_keeps_every_editors_latest_verdict(a, b, c):
    ab, ba = merge_records(a, b), merge_records(b, a)
    assert shared(ab) == shared(ba)  # whichever laptop merges first
    assert shared(merge_records(ab, b)) == shared(ab) == shared(merge_records(ab, a))  # twice changes nothing
    assert shared(merge_records(merge_records(a, b), c)) == shared(merge_records(a, merge_records(b, c)))
    assert shared(merge_all([a, b, c])) == shared(merge_all([c, a, b]))
    for who in set(a["verdicts"]) | set(b["verdicts"]):
        latest = max((r["verdicts"][who] for r in (a, b) if who in r["verdicts"]),
                     key=lambda v: (v["at"], v["status"] or ""))
        assert ab["verdicts"][who] == latest
    # each keeps where it put the annotation on its own copy of the article
    assert (ab["id"], ab["doc_path"], ab["position"]) == (a["id"], a["doc_path"], a["position"])
    # an item is gone only if it was removed after it was last added
    for e in a["evidence"] + b["evidence"]:
        k = evidence_key(e)
        added = max(x["at"] for x in a["evidence"] + b["evidence"] if evidence_key(x) == k)
        removed = max([r["evidence_removed"].get(k, "") for r in (a, b)])
        assert (k in {evidence_key(x) for x in ab["evidence"]}) == (removed <= added or not removed)
