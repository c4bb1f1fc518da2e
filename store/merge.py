"""Merging two copies of one annotation, field by field, so that neither side's work is lost.

Copies meet when an editor imports another's export (``store.importer``) and when a project
syncs through a CouchDB server (``store.sync``). Each field of an annotation (schema 2, see
``store.annotations``) carries when it last changed, so the merge is deterministic, the same
whichever copy comes first, and merging a copy twice changes nothing:

- **verdicts**: one per editor, side by side; for the same editor the later one wins (a
  withdrawn verdict is a verdict too, so a withdrawal travels);
- **adjudication**: the later one;
- **note**: the later one (the caller keeps the other in the history);
- **evidence**: the union, by what each item points at, in the order the items were added; an
  item removed after it was last added stays removed;
- anchoring (claim, document, position, quote) and the id: the first copy's (the local one:
  it was placed on the text this machine has); ``created`` the earlier, ``updated`` the later.

An article's corrections (``AnnotationStore.set_document_meta``: outlet, title, date) merge the
same way, field by field (:func:`merge_meta_records`): for each field the later correction wins,
a correction taken back (its value null) included.

Ties (the same instant) are broken by comparing the values themselves, never by order.
"""

from __future__ import annotations

import json
from typing import Any

from store.annotations import META_FIELDS, evidence_key, normalise

__all__ = ["merge_all", "merge_meta_records", "merge_records"]


def _later(x: dict | None, y: dict | None, *fields: str) -> dict | None:
    if x is None or y is None:
        return x if y is None else y
    kx = tuple("" if x.get(f) is None else str(x.get(f)) for f in fields)
    ky = tuple("" if y.get(f) is None else str(y.get(f)) for f in fields)
    return y if ky > kx else x


def merge_records(a: dict, b: dict) -> dict:
    """``a`` and ``b`` merged (both records of either schema); a new schema-2 dict whose derived
    fields (``status``, ``review``) the caller sets for its project's settings."""
    a, b = normalise(a), normalise(b)
    out: dict[str, Any] = dict(a)
    verdicts = {}
    for who in sorted(set(a["verdicts"]) | set(b["verdicts"])):
        v = _later(a["verdicts"].get(who), b["verdicts"].get(who), "at", "status")
        assert v is not None
        verdicts[who] = dict(v)
    out["verdicts"] = verdicts
    out["adjudication"] = _later(a["adjudication"], b["adjudication"], "at", "status", "reason", "by")
    if (b["note_at"], b["note"], b["note_by"]) > (a["note_at"], a["note"], a["note_by"]):
        out["note"], out["note_at"], out["note_by"] = b["note"], b["note_at"], b["note_by"]
    items: dict[str, dict] = {}
    order: list[str] = []
    for e in [*a["evidence"], *b["evidence"]]:
        k = evidence_key(e)
        if k not in items:
            order.append(k)
            items[k] = e
        else:
            items[k] = _later(items[k], e, "at", "by", "outlet", "quote", "doc_id") or e
    removed = dict(a["evidence_removed"])
    for k, at in b["evidence_removed"].items():
        if at > removed.get(k, ""):
            removed[k] = at
    kept = [k for k in order if not (k in removed and removed[k] > items[k].get("at", ""))]
    # in the order they were added (the same on every copy, whichever merged first)
    out["evidence"] = [items[k] for k in sorted(kept, key=lambda k: (items[k].get("at", ""), k))]
    out["evidence_removed"] = dict(sorted(removed.items()))
    created = [c for c in (a["created"], b["created"]) if c]
    out["created"] = min(created) if created else ""
    if (b["updated"], b["editor"]) > (a["updated"], a["editor"]):
        out["updated"], out["editor"] = b["updated"], b["editor"]
    return out


def merge_all(records: list[dict]) -> dict:
    """Several copies merged regardless of their order (CouchDB's conflicting revisions): the
    copy changed last (ties: the smaller JSON) gives the anchoring."""
    if not records:
        raise ValueError("nothing to merge")
    ordered = sorted((normalise(r) for r in records),
                     key=lambda r: (r["updated"], json.dumps(r, sort_keys=True, ensure_ascii=False)), reverse=True)
    out = ordered[0]
    for r in ordered[1:]:
        out = merge_records(out, r)
    return out


def merge_meta_records(a: dict, b: dict) -> dict:
    """Two copies of one article's corrections merged (a new record): each field's later
    correction wins (ties: the larger value, then editor), ``updated``/``editor`` the later."""
    fa, fb = a.get("fields") or {}, b.get("fields") or {}
    fields = {}
    for f in META_FIELDS:
        v = _later(fa.get(f.value), fb.get(f.value), "at", "value", "by")
        if v is not None:
            fields[f.value] = dict(v)
    out: dict[str, Any] = {"doc_id": a["doc_id"], "fields": fields, "editor": a.get("editor", ""),
                           "updated": a.get("updated", "")}
    if (b.get("updated", ""), b.get("editor", "")) > (out["updated"], out["editor"]):
        out["updated"], out["editor"] = b.get("updated", ""), b.get("editor", "")
    return out
