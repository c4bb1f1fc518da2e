"""Keypress-to-durable latency of one tag, against sqlite3 and stock TinyDB, at 0 to 100,000 annotations.

``python -m benchmarks.bench_store [--quick]`` prints a table; ``run(quick=False)`` returns rows
``{"name", "figure", "unit", "target", "reference", "ratio", "ok", "note"}`` for
``python -m benchmarks``.

What is measured, per store size N (0, 1,000, 10,000, 100,000 annotations):

- **tag → durable**: wall time of ``store.set_status(claim, doc, status)`` on a random
  claim, status flipped so every call is a real change, until it returns (the journal line
  holding the annotation and its undo entry is fsynced). p50 and p99 over 300 calls (100
  with ``--quick``). At N = 0 the calls create annotations.
- **reference, sqlite3**: the same change in Python's sqlite3, ``journal_mode=WAL``,
  ``synchronous=FULL``, one transaction per op holding an UPDATE of the annotation row
  (claim id indexed, record as JSON text of the same size) and an INSERT of a history row,
  i.e. the same two writes our store makes.
- **stock TinyDB**: ``Table.update`` with the default ``JSONStorage`` at 10,000 records in one
  table: it rewrites the whole file per change.
- open (load snapshot + replay journal) and one compaction at each size, for growth.

The N annotations are spread evenly over 100 documents (so 100 per document table at 10,000,
1,000 at 100,000), each ~600 bytes like real ones (a fifth with a note and an evidence link),
with a full undo history (500 entries) once N allows. The store is built by writing its
snapshot file directly, then opened through ``AnnotationStore.open``.

Note on the disk: fsync cost dominates on spinning disks and many laptops' SSDs (0.1-10 ms);
both our store and sqlite pay one (sqlite WAL: one per commit) per change, so the ratio
is the meaningful figure across machines.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from claims.model import Claim, Document
from store.anchor import selectors_for
from store.annotations import HISTORY_MAX, SCHEMA_VERSION, Annotation, AnnotationStore, Evidence

SIZES = (0, 1_000, 10_000, 100_000)
DOCS = 100
TARGETS_P99_MS = {10_000: 5.0, 100_000: 16.0}


def _percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * (len(s) - 1))))
    return s[k]


def _world(n_claims_per_doc: int) -> list[list[tuple[Claim, Document]]]:
    """DOCS documents, each with n_claims_per_doc sentence claims."""
    out = []
    for d in range(DOCS):
        sentences = [f"Claim {d}-{i}: officials said {i * 7 % 1000} people were counted near site {i}."
                     for i in range(n_claims_per_doc)]
        text = " ".join(sentences)
        doc = Document(id=f"doc{d:03d}", path=f"/articles/doc{d:03d}.txt", text=text, outlet=f"Outlet {d}",
                       content_hash=f"{d:064x}")
        claims, pos = [], 0
        for i, s in enumerate(sentences):
            claims.append((Claim(id=f"doc{d:03d}-c{i:05d}", doc=doc.id, start=pos, end=pos + len(s), text=s,
                                 kind="figure", score=0.5), doc))
            pos += len(s) + 1
        out.append(claims)
    return out


def _record(claim: Claim, doc: Document, i: int) -> dict:
    pos, quote = selectors_for(doc.text, claim.start, claim.end)
    a = Annotation(
        id=f"{i:016x}", claim_id=claim.id, doc_id=doc.id, doc_path=doc.path, doc_hash=doc.content_hash,
        status="corroborated" if i % 2 else "disputed", editor="bench",
        created="2024-10-02T10:00:00.000Z", updated="2024-10-02T10:00:00.000Z", position=pos, quote=quote,
    )
    if i % 5 == 0:
        a.note = "Checked against the court listing; the figure matches."
        a.evidence = [Evidence(kind="claim", claim_id=f"other-{i}", doc_id="docx", outlet="Other outlet",
                               quote="Officials confirmed the number of people counted.")]
    return a.to_dict()


def _build(path: Path, n: int, world) -> list[tuple[Claim, Document]]:
    """Write a store snapshot with n annotations; return the annotated (claim, doc) pairs."""
    per_doc = n // DOCS
    data: dict = {"meta": {"1": {"schema_version": SCHEMA_VERSION, "created": "2024-10-02T10:00:00.000Z"}},
                  "documents": {}, "history": {}}
    annotated = []
    i = 0
    for d, claims in enumerate(world):
        doc = claims[0][1]
        data["documents"][str(d + 1)] = {"id": doc.id, "path": doc.path, "hash": doc.content_hash,
                                         "outlet": doc.outlet, "title": "", "date": None}
        table = {}
        for j, (claim, doc) in enumerate(claims[:per_doc]):
            table[str(j + 1)] = _record(claim, doc, i)
            annotated.append((claim, doc))
            i += 1
        if table:
            data[f"doc:{doc.id}"] = table
    recs = [r for name, t in data.items() if name.startswith("doc:") for r in t.values()]
    for h, rec in enumerate(recs[: min(HISTORY_MAX, n)]):
        after = dict(rec)
        before = dict(rec, status="disputed" if rec["status"] == "corroborated" else "corroborated")
        data["history"][str(h + 1)] = {"seq": h + 1, "aid": rec["id"], "table": f"doc:{rec['doc_id']}",
                                       "desc": "tag on “…”", "before": before, "after": after, "undone": False,
                                       "at": rec["updated"], "editor": "bench"}
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _settle()
    return annotated


def _settle() -> None:
    """Flush the files just built: on ext4 (data=ordered) the first fsyncs of the timed loop
    would otherwise wait for tens of megabytes of unrelated dirty data."""
    if hasattr(os, "sync"):
        os.sync()


def _targets(annotated, world, n_ops: int, rng: random.Random):
    if annotated:
        return [rng.choice(annotated) for _ in range(n_ops)]
    pool = [pair for claims in world for pair in claims[:3]]
    return [rng.choice(pool) for _ in range(n_ops)]


def bench_ours(folder: Path, n: int, world, n_ops: int, rng: random.Random) -> dict:
    path = folder / f"store-{n}.json"
    annotated = _build(path, n, world)
    t0 = time.perf_counter()
    store = AnnotationStore.open(path, editor="bench")
    open_s = time.perf_counter() - t0
    ops = _targets(annotated, world, n_ops, rng)
    times = []
    try:
        for claim, doc in ops[:5]:  # warm up (first table touches, code paths)
            cur = store.get(claim.id)
            store.set_status(claim, doc, "disputed" if cur and cur.status == "corroborated" else "corroborated")
        for claim, doc in ops:
            cur = store.get(claim.id)
            status = "disputed" if cur and cur.status == "corroborated" else "corroborated"
            t = time.perf_counter()
            store.set_status(claim, doc, status)
            times.append(time.perf_counter() - t)
        journal_bytes = store._storage.journal_size
        t = time.perf_counter()
        store._storage.compact()
        compact_s = time.perf_counter() - t
        main_bytes = path.stat().st_size
    finally:
        store.close()
    return {"p50": _percentile(times, 50) * 1e3, "p99": _percentile(times, 99) * 1e3,
            "max": max(times) * 1e3, "open": open_s, "compact": compact_s,
            "bytes_per_op": journal_bytes / (len(ops) + 5), "main_bytes": main_bytes}


def bench_sqlite(folder: Path, n: int, world, n_ops: int, rng: random.Random) -> dict:
    path = folder / f"ref-{n}.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE annotations (id INTEGER PRIMARY KEY, claim_id TEXT UNIQUE, doc_id TEXT, record TEXT)")
    con.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, record TEXT)")
    per_doc = n // DOCS
    annotated = []
    con.execute("BEGIN")
    i = 0
    for claims in world:
        for claim, doc in claims[:per_doc]:
            con.execute("INSERT INTO annotations (claim_id, doc_id, record) VALUES (?, ?, ?)",
                        (claim.id, doc.id, json.dumps(_record(claim, doc, i))))
            annotated.append((claim, doc))
            i += 1
    con.execute("COMMIT")
    _settle()
    ops = _targets(annotated, world, n_ops, rng)
    times = []
    for k, (claim, doc) in enumerate(ops):
        rec = _record(claim, doc, k)
        rec["status"] = "disputed" if k % 2 else "corroborated"
        payload = json.dumps(rec)
        hist = json.dumps({"before": rec, "after": rec, "desc": "tag"})
        t = time.perf_counter()
        con.execute("BEGIN")
        cur = con.execute("UPDATE annotations SET record = ? WHERE claim_id = ?", (payload, claim.id))
        if cur.rowcount == 0:
            con.execute("INSERT INTO annotations (claim_id, doc_id, record) VALUES (?, ?, ?)",
                        (claim.id, doc.id, payload))
        con.execute("INSERT INTO history (record) VALUES (?)", (hist,))
        con.execute("COMMIT")
        times.append(time.perf_counter() - t)
    con.close()
    return {"p50": _percentile(times, 50) * 1e3, "p99": _percentile(times, 99) * 1e3}


def bench_stock_tinydb(folder: Path, n: int, world, n_ops: int, rng: random.Random) -> dict:
    from tinydb import TinyDB

    path = folder / f"stock-{n}.json"
    per_doc = n // DOCS
    records = {}
    i = 0
    for claims in world:
        for claim, doc in claims[:per_doc]:
            i += 1
            records[str(i)] = _record(claim, doc, i)
    path.write_text(json.dumps({"annotations": records}), encoding="utf-8")
    _settle()
    db = TinyDB(path)
    table = db.table("annotations")
    times = []
    for k in range(n_ops):
        doc_id = rng.randrange(1, n + 1)
        t = time.perf_counter()
        table.update({"status": "disputed" if k % 2 else "corroborated"}, doc_ids=[doc_id])
        times.append(time.perf_counter() - t)
    db.close()
    return {"p50": statistics.median(times) * 1e3}


def _row(name, figure, unit, target="-", reference=None, ok=None, note=""):
    ratio = figure / reference if isinstance(reference, (int, float)) and reference else None
    return {"name": name, "figure": figure, "unit": unit, "target": target, "reference": reference,
            "ratio": ratio, "ok": ok, "note": note}


def run(quick: bool = False) -> list[dict]:
    n_ops = 100 if quick else 300
    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-bench-"))
    rows = []
    try:
        world = _world(max(SIZES) // DOCS)
        ours_10k = None
        for n in SIZES:
            ours = bench_ours(folder, n, world, n_ops, rng)
            ref = bench_sqlite(folder, n, world, n_ops, rng)
            label = f"{n:,}"
            target = TARGETS_P99_MS.get(n)
            rows.append(_row(f"store tag→durable p50 @ {label}", ours["p50"], "ms", reference=ref["p50"],
                             note="" if n else "reference: sqlite3 WAL, synchronous=FULL, one transaction per op"))
            rows.append(_row(
                f"store tag→durable p99 @ {label}", ours["p99"], "ms",
                target=f"< {target:g} ms" if target else "-", reference=ref["p99"],
                ok=(ours["p99"] < target) if target else None,
                note=f"max {ours['max']:.1f} ms; {ours['bytes_per_op']:.0f} journal bytes per tag",
            ))
            rows.append(_row(f"store open @ {label}", ours["open"], "s",
                             note=f"snapshot {ours['main_bytes'] / 1e6:.1f} MB after the timed tags"))
            rows.append(_row(
                f"store compaction @ {label}", ours["compact"], "s",
                note="on open/close, and inline when the journal outgrows the snapshot (~1 per "
                     f"{max(4 << 20, ours['main_bytes']) / max(ours['bytes_per_op'], 1):,.0f} tags)" if n else "",
            ))
            if n == 10_000:
                ours_10k = ours
        stock = bench_stock_tinydb(folder, 10_000, world, 10 if quick else 30, rng)
        rows.append(_row("stock TinyDB JSONStorage update @ 10,000", stock["p50"], "ms",
                         reference=ours_10k["p50"] if ours_10k else None,
                         note="median; reference: this store's p50 at 10,000"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def _print(rows: list[dict]) -> None:
    head = ("benchmark", "figure", "target", "reference", "ratio", "ok")
    body = []
    for r in rows:
        fig = r["figure"]
        unit = r["unit"]
        ref = r["reference"]
        body.append((r["name"], f"{fig:.3f} {unit}" if unit == "s" else f"{fig:.2f} {unit}", str(r["target"]),
                     "-" if ref is None else f"{ref:.2f} {unit}", "-" if r["ratio"] is None else f"{r['ratio']:.2f}x",
                     "-" if r["ok"] is None else ("yes" if r["ok"] else "MISS")))
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for b in body:
        print(" | ".join(c.ljust(w) for c, w in zip(b, widths, strict=True)))
    for i, r in enumerate(rows, 1):
        if r["note"]:
            print(f"  {i}. {r['name']}: {r['note']}")


if __name__ == "__main__":
    _print(run(quick="--quick" in sys.argv))
    sys.exit(0)
