"""Export claims and their annotations. Imported only by the export command (lazily).

``export(kind, out, analysis, store, excel=False) -> int`` writes ``out`` atomically (a temp
file beside it, fsync, rename): an interrupted export never leaves a partial file behind.

- ``csv``: one row per claim of the analysis, tagged or not (``CSV_COLUMNS``). RFC 4180
  (``\\r\\n`` rows, quoted cells; newlines inside a note stay inside its cell), UTF-8;
  ``excel=True`` adds a byte-order mark so Excel reads accents. Formula injection: a cell
  that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
  apostrophe, so a spreadsheet shows it as text instead of running it. This applies to
  every such cell, including a value like ``-5%``: reading the CSV back into a program,
  strip one leading apostrophe from cells that start with ``'`` followed by one of those.
  Orphaned annotations have no claim and so no row (the JSONL export has them).
- ``jsonl``: one annotation per line, exactly the stored record (orphans included, with
  ``"orphan": true``). Lossless: every field the store keeps.
- ``w3c``: a W3C Web Annotation JSON-LD ``AnnotationCollection``; each item is a
  standalone ``Annotation`` (with its own ``@context``): a tag is motivation
  ``assessing`` with a ``TextualBody`` holding the status, a note is ``commenting``, each
  evidence claim is ``linking`` with two targets (this claim, the evidence claim), each
  source with a URL is ``linking`` with the claim and the URL as targets (one without a URL
  is ``commenting``). Targets carry ``TextPositionSelector`` and ``TextQuoteSelector``.

Returns the number of rows (CSV), lines (JSONL) or Annotation items (W3C) written.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from claims.model import Analysis, Claim, Document
from store.anchor import selectors_for
from store.annotations import Annotation, AnnotationStore, Evidence
from store.storage import write_atomically

KINDS = ("csv", "jsonl", "w3c")
CSV_COLUMNS = [
    "document", "outlet", "title", "date", "claim_id", "claim", "values", "status", "note", "evidence",
    "origins", "editor", "created", "updated", "start", "end",
]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def neutralise(cell: Any) -> str:
    """The cell as text, with a leading apostrophe if a spreadsheet could run it as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export(kind: str, out: Path, analysis: Analysis, store: AnnotationStore, excel: bool = False) -> int:
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r} (one of {', '.join(KINDS)})")
    out = Path(out)
    if kind == "csv":
        data, n = _csv(analysis, store, excel=excel)
    elif kind == "jsonl":
        data, n = _jsonl(store)
    else:
        data, n = _w3c(analysis, store)
    write_atomically(out, data)
    return n


class _Index:
    def __init__(self, analysis: Analysis):
        self.docs: dict[str, Document] = {d.id: d for d in analysis.documents}
        self.claims: dict[str, Claim] = {c.id: c for c in analysis.claims}
        self.cluster_of: dict[str, Any] = {}
        for cl in analysis.clusters:
            for cid in cl.claims:
                self.cluster_of.setdefault(cid, cl)

    def outlet(self, doc_id: str) -> str:
        d = self.docs.get(doc_id)
        return d.label if d else doc_id

    def evidence_line(self, ev: Evidence) -> str:
        if ev.kind == "claim":
            c = self.claims.get(ev.claim_id)
            outlet = self.outlet(c.doc) if c else (ev.outlet or ev.doc_id)
            text = c.text if c else (ev.quote or ev.claim_id)
            return f"{ev.relation}: {outlet}: {text}" if outlet else f"{ev.relation}: {text}"
        parts = [p for p in (ev.text, f"<{ev.url}>" if ev.url else "") if p]
        return f"{ev.relation}: source: {' '.join(parts)}"


# ---------------------------------------------------------------------------- CSV


def _values(claim: Claim) -> str:
    return "; ".join(f"{v.kind}: {v.text}" for v in claim.values)


def _csv(analysis: Analysis, store: AnnotationStore, *, excel: bool) -> tuple[bytes, int]:
    idx = _Index(analysis)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for c in analysis.claims:
        d = idx.docs.get(c.doc)
        a = store.get(c.id)
        cl = idx.cluster_of.get(c.id)
        row = [
            d.path if d else "", d.outlet if d else "", d.title if d else "",
            d.date.isoformat() if d and d.date else "",
            c.id, c.text, _values(c),
            (a.status or "") if a else "",
            a.note if a else "",
            "\n".join(idx.evidence_line(e) for e in a.evidence) if a else "",
            cl.summary if cl else "",
            a.editor if a else "", a.created if a else "", a.updated if a else "",
            c.start, c.end,
        ]
        w.writerow([neutralise(x) for x in row])
        n += 1
    return buf.getvalue().encode("utf-8-sig" if excel else "utf-8"), n


# ---------------------------------------------------------------------------- JSONL


def _jsonl(store: AnnotationStore) -> tuple[bytes, int]:
    anns = store.annotations() + store.orphans()
    lines = [json.dumps(a.to_dict(), ensure_ascii=False) for a in anns]
    return ("".join(line + "\n" for line in lines)).encode("utf-8"), len(lines)


# ---------------------------------------------------------------------------- W3C


def _uri(path: str) -> str:
    if "://" in path or path.startswith("urn:"):
        return path
    try:
        return Path(path).expanduser().resolve().as_uri()
    except (OSError, ValueError):
        return path


def _target(source: str, start: int, end: int, exact: str, prefix: str, suffix: str) -> dict:
    return {
        "source": _uri(source),
        "selector": [
            {"type": "TextPositionSelector", "start": start, "end": end},
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
        ],
    }


def _ann_target(a: Annotation) -> dict:
    return _target(a.doc_path, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix)


def _claim_target(idx: _Index, ev: Evidence) -> dict:
    c = idx.claims.get(ev.claim_id)
    d = idx.docs.get(c.doc) if c else None
    if c and d:
        pos, q = selectors_for(d.text, c.start, c.end)
        return _target(d.path, pos.start, pos.end, q.exact, q.prefix, q.suffix)
    return {"source": f"urn:claimdesk:claim:{ev.claim_id}",
            "selector": {"type": "TextQuoteSelector", "exact": ev.quote}}


def _base(a: Annotation, suffix: str, motivation: str) -> dict:
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:claimdesk:annotation:{a.id}:{suffix}",
        "type": "Annotation",
        "motivation": motivation,
        "creator": {"type": "Person", "name": a.editor},
        "created": a.created,
        "modified": a.updated,
    }


def _w3c_items(a: Annotation, idx: _Index) -> list[dict]:
    items = []
    if a.status:
        it = _base(a, "status", "assessing")
        it["body"] = {"type": "TextualBody", "value": a.status, "purpose": "assessing", "format": "text/plain"}
        it["target"] = _ann_target(a)
        items.append(it)
    if a.note:
        it = _base(a, "note", "commenting")
        it["body"] = {"type": "TextualBody", "value": a.note, "purpose": "commenting", "format": "text/plain"}
        it["target"] = _ann_target(a)
        items.append(it)
    for i, ev in enumerate(a.evidence):
        if ev.kind == "claim":
            it = _base(a, f"evidence-{i}", "linking")
            it["body"] = {"type": "TextualBody", "value": ev.relation, "purpose": "tagging", "format": "text/plain"}
            it["target"] = [_ann_target(a), _claim_target(idx, ev)]
        elif ev.url:
            it = _base(a, f"evidence-{i}", "linking")
            it["body"] = {"type": "TextualBody", "value": f"{ev.relation}: {ev.text}".rstrip(": "),
                          "purpose": "tagging", "format": "text/plain"}
            it["target"] = [_ann_target(a), {"id": ev.url}]
        else:
            it = _base(a, f"evidence-{i}", "commenting")
            it["body"] = {"type": "TextualBody", "value": f"{ev.relation}: source: {ev.text}",
                          "purpose": "commenting", "format": "text/plain"}
            it["target"] = _ann_target(a)
        items.append(it)
    return items


def _w3c(analysis: Analysis, store: AnnotationStore) -> tuple[bytes, int]:
    idx = _Index(analysis)
    items = [it for a in store.annotations() for it in _w3c_items(a, idx)]
    doc = {
        "@context": W3C_CONTEXT,
        "id": f"urn:claimdesk:collection:{store.path.name}",
        "type": "AnnotationCollection",
        "label": "claimdesk annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), len(items)
