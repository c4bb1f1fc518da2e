"""The desk's ``g`` (tag every claim of a fact) over 50 claims: one batch against 50 separate tags.

``python -m benchmarks.bench_batch [--quick]`` prints a table; ``run(quick=False)`` returns rows in the
shape ``benchmarks.run`` prints.

The store holds 1,000 annotations on 40 articles already (a realistic desk), and the fact's 50 claims
lie on 10 articles (5 each). Measured, each on the same open store, status flipped every time so
every call is a real change:

- **one batch**: ``store.set_statuses(50 claims, status)``, wall time until it returns (the one
  journal line holding the 50 records and the history entry is fsynced);
- **reference, 50 separate tags**: ``store.set_status`` on each of the 50 claims in a loop, what
  the desk's ``g`` did before batches (50 journal lines, 50 history entries), measured in the same
  run, interleaved with the batches so both see the same disk;
- **undo**: one ``undo()`` of the batch against the 50 ``undo()`` calls the separate tags need;
- **fsyncs** and **journal bytes** per ``g``, counted on one more run of each (``os.fsync`` wrapped
  to count calls, outside the timed runs).

p50 over 30 runs of each (8 with ``--quick``); the spread is the lowest and highest run. The machine
is shared and fsync time varies: read the ratio, measured in the same run, first.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claims.model import Claim, Document
from store.annotations import AnnotationStore

FACT = 50  # claims in the fact g tags
PER_DOC = 5
BACKGROUND = 1_000  # annotations already in the store
BACKGROUND_DOCS = 40


def _docs(prefix: str, n_docs: int, per_doc: int) -> list[tuple[Claim, Document]]:
    out = []
    for d in range(n_docs):
        sentences = [f"Report {prefix}{d}: officials said {100 + 7 * i} families were moved on day {i} of the flood."
                     for i in range(per_doc)]
        text = " ".join(sentences)
        doc = Document(id=f"{prefix}{d}", path=f"/news/{prefix}{d}.txt", text=text, outlet=f"Outlet {d}",
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        pos = 0
        for i, s in enumerate(sentences):
            out.append((Claim(id=f"{prefix}{d}-{i}", doc=doc.id, start=pos, end=pos + len(s), text=s, kind="figure",
                              score=0.5), doc))
            pos += len(s) + 1
    return out


def _journal_size(store: AnnotationStore) -> int:
    return store.journal_bytes


def _count_fsyncs(action: Callable[[], object]) -> int:
    real = os.fsync
    calls = 0

    def counting(fd: int) -> None:
        nonlocal calls
        calls += 1
        real(fd)

    os.fsync = counting  # type: ignore[assignment]
    try:
        action()
    finally:
        os.fsync = real
    return calls


def _timed(action: Callable[[], object]) -> float:
    t = time.perf_counter()
    action()
    return (time.perf_counter() - t) * 1e3


def measure(folder: Path, runs: int) -> dict:
    path = folder / "project.json"
    background = _docs("bg", BACKGROUND_DOCS, BACKGROUND // BACKGROUND_DOCS)
    fact = _docs("fact", FACT // PER_DOC, PER_DOC)
    store = AnnotationStore.open(path, editor="ana", compact_bytes=1 << 40)
    try:
        for i in range(0, len(background), 100):
            store.set_statuses(background[i:i + 100], "corroborated")
        state = {"status": "disputed"}

        def flip() -> str:
            state["status"] = "corroborated" if state["status"] == "disputed" else "disputed"
            return state["status"]

        def batch() -> None:
            store.set_statuses(fact, flip())

        def separate() -> None:
            status = flip()
            for claim, doc in fact:
                store.set_status(claim, doc, status)

        def undo_batch() -> None:
            store.undo()

        def undo_separate() -> None:
            for _ in fact:
                store.undo()

        batch_ms, separate_ms, undo_batch_ms, undo_separate_ms = [], [], [], []
        for _ in range(runs):  # interleaved: both see the same disk and load
            batch_ms.append(_timed(batch))
            undo_batch_ms.append(_timed(undo_batch))
            store.redo()
            separate_ms.append(_timed(separate))
            undo_separate_ms.append(_timed(undo_separate))
            for _ in fact:
                store.redo()
        j0 = _journal_size(store)
        fsync_batch = _count_fsyncs(batch)
        j1 = _journal_size(store)
        fsync_separate = _count_fsyncs(separate)
        j2 = _journal_size(store)
        steps_batch = 1
        steps_separate = len(fact)
    finally:
        store.close()
    return {
        "batch": batch_ms, "separate": separate_ms, "undo_batch": undo_batch_ms, "undo_separate": undo_separate_ms,
        "fsync_batch": fsync_batch, "fsync_separate": fsync_separate,
        "bytes_batch": j1 - j0, "bytes_separate": j2 - j1,
        "steps_batch": steps_batch, "steps_separate": steps_separate,
    }


def _row(name, figure, unit, reference=None, note="", spread=None, target="-", ok=None) -> dict:
    ratio = figure / reference if isinstance(reference, (int, float)) and reference else None
    row = {"name": name, "figure": figure, "unit": unit, "target": target, "reference": reference, "ratio": ratio,
           "ok": ok, "note": note}
    if spread is not None:
        row["spread"] = spread
    return row


def run(quick: bool = False) -> list[dict]:
    runs = 8 if quick else 30
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-bench-batch-"))
    try:
        m = measure(folder, runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def p50(key: str) -> float:
        return statistics.median(m[key])

    def spread(key: str) -> tuple[float, float]:
        return min(m[key]), max(m[key])

    where = f"{FACT} claims on {FACT // PER_DOC} articles, {BACKGROUND:,} annotations in the store"
    return [
        _row(f"g over {FACT} claims, one batch: wall p50", p50("batch"), "ms", reference=p50("separate"),
             spread=spread("batch"), note=f"reference: {FACT} separate tags, same run; {where}"),
        _row(f"g over {FACT} claims, {FACT} separate tags (reference): wall p50", p50("separate"), "ms",
             spread=spread("separate")),
        _row("g, one batch: fsyncs", m["fsync_batch"], "", reference=m["fsync_separate"],
             note=f"reference: {FACT} separate tags"),
        _row("g, one batch: journal bytes", m["bytes_batch"], "B", reference=m["bytes_separate"],
             note=f"reference: {FACT} separate tags (each line holds a record and its history entry)"),
        _row("g, one batch: undo steps to take it back", m["steps_batch"], "", reference=m["steps_separate"]),
        _row("undo of the g, one batch: wall p50", p50("undo_batch"), "ms", reference=p50("undo_separate"),
             spread=spread("undo_batch"), note=f"reference: the {FACT} undo calls the separate tags need"),
    ]


def _print(rows: list[dict]) -> None:
    from benchmarks.run import print_table

    print_table(rows)


if __name__ == "__main__":
    _print(run(quick="--quick" in sys.argv))
    sys.exit(0)
