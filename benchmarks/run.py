"""Run every benchmark of the project and print one table.

Each benchmark module exposes ``run(quick=False) -> list[dict]`` with rows
``{"name", "figure", "unit", "target", "reference", "ratio", "ok"}`` and optionally ``"note"`` and
``"spread"`` (the lowest and highest of the repeated measurements the figure is the median of).
``reference`` is a figure measured in the same run that the row is compared with (a bare Textual app, a
naive implementation, ...); ``ratio`` is figure / reference. A module that is missing or fails gives one row
saying so; the others still run. A target missed is marked MISS, and the exit status is then 1.

``--json OUT`` also writes the rows with the machine, the commit and the load; ``--compare A B`` prints two
such files side by side (did a second run reproduce the first?).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

#: benchmark modules, in the order their rows are printed
MODULES = ("benchmarks.bench_startup", "benchmarks.bench_keys", "benchmarks.bench_extract", "benchmarks.bench_store",
           "benchmarks.bench_team", "benchmarks.bench_batch")
ROOT = Path(__file__).resolve().parents[1]


def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if unit in ("s",) and value < 10:
            text = f"{value:.3f}"
        elif abs(value) >= 100:
            text = f"{value:,.0f}"
        else:
            text = f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        text = str(value)
    return f"{text} {unit}".strip()


def _spread(row: dict) -> str:
    s = row.get("spread")
    if not s or len(s) != 2 or s[0] is None:
        return "-"
    unit = row.get("unit", "")
    return f"{_fmt(float(s[0]), unit).rsplit(' ', 1)[0] if unit else _fmt(float(s[0]))}–{_fmt(float(s[1]), unit)}"


def collect(quick: bool = False, only: list[str] | None = None) -> list[dict]:
    rows: list[dict] = []
    for name in MODULES:
        short = name.rsplit(".", 1)[-1]
        if only and short not in only and name not in only:
            continue
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:  # the module exists but one of its imports does not
                rows.append(_note_row(short, f"not run: {e}"))
            else:
                rows.append(_note_row(short, f"not run: {name} is not in this checkout"))
            continue
        gc.collect()  # each module starts from a clean heap, not one left by the module before (a collection
        # of another module's garbage inside a timed section is that module's cost, not this one's)
        t0 = time.perf_counter()
        try:
            got = mod.run(quick=quick)
        except Exception as e:  # one broken benchmark must not hide the others
            last = traceback.extract_tb(e.__traceback__)[-1]
            rows.append(_note_row(short, f"FAILED: {e.__class__.__name__}: {e} ({last.filename}:{last.lineno})"))
            continue
        for row in got:
            row = dict(row)
            row.setdefault("module", short)
            row.setdefault("note", "")
            row["seconds"] = time.perf_counter() - t0
            rows.append(row)
    return rows


def _note_row(module: str, note: str) -> dict:
    return {"module": module, "name": f"{module}", "figure": None, "unit": "", "target": "-", "reference": None,
            "ratio": None, "ok": None, "note": note}


def print_table(rows: list[dict], file=None) -> None:
    file = file or sys.stdout
    head = ("benchmark", "figure", "spread", "target", "reference", "ratio", "ok")
    body = []
    for r in rows:
        unit = r.get("unit", "")
        ok = r.get("ok")
        ratio = r.get("ratio")
        body.append((
            str(r.get("name", "")),
            _fmt(r.get("figure"), unit),
            _spread(r),
            str(r.get("target", "-")),
            _fmt(r.get("reference"), unit),
            f"{ratio:.2f}x" if isinstance(ratio, (int, float)) else "-",
            "-" if ok is None else ("yes" if ok else "MISS"),
        ))
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)]
    right = (1, 2, 4, 5)

    def line(cells):
        return "| " + " | ".join(c.rjust(w) if i in right else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(cells, widths, strict=True))) + " |"

    print(line(head), file=file)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|", file=file)
    for b in body:
        print(line(b), file=file)
    notes = [(i + 1, r) for i, r in enumerate(rows) if r.get("note")]
    if notes:
        print(file=file)
        for i, r in notes:
            print(f"{i}. {r['name']}: {r['note']}", file=file)


def machine() -> dict:
    """What ran the benchmarks: Python, cores, load, and the commit measured (with a mark when the tree
    has changes that are not committed)."""
    info = {"python": platform.python_version(), "machine": platform.machine(), "cores": os.cpu_count(),
            "load": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None}
    try:
        commit = subprocess.run(["git", "log", "-1", "--format=%h %<(60,trunc)%s"], capture_output=True, text=True,
                                cwd=ROOT, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=ROOT, timeout=10).stdout.strip()
        info["commit"] = (commit + (" (with uncommitted changes)" if dirty else "")) if commit else "not a git checkout"
    except (OSError, subprocess.SubprocessError):
        info["commit"] = "not a git checkout"
    return info


def compare(a_path: Path, b_path: Path, file=None) -> None:
    """Two saved runs side by side: each figure, its change, and whether both met the target."""
    file = file or sys.stdout
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (a_path, b_path))
    rows_b = {r["name"]: r for r in b["rows"]}
    print(f"A: {a_path} ({a['machine']})\nB: {b_path} ({b['machine']})\n", file=file)
    head = ("benchmark", "A", "B", "B/A", "ratio A", "ratio B", "ok A", "ok B")
    body = []
    for ra in a["rows"]:
        rb = rows_b.get(ra["name"])
        if rb is None or ra.get("figure") is None:
            continue
        fa, fb = ra.get("figure"), rb.get("figure")
        ratio = f"{fb / fa:.2f}" if isinstance(fa, (int, float)) and isinstance(fb, (int, float)) and fa else "-"

        def ok(r):
            return "-" if r.get("ok") is None else ("yes" if r["ok"] else "MISS")

        def to_ref(r):  # the figure's ratio to its reference in the same run: steadier than the figure
            x = r.get("ratio")
            return f"{x:.2f}x" if isinstance(x, (int, float)) else "-"
        body.append((ra["name"], _fmt(fa, ra.get("unit", "")), _fmt(fb, rb.get("unit", "")), ratio, to_ref(ra),
                     to_ref(rb), ok(ra), ok(rb)))
    widths = [max(len(h), *(len(x[i]) for x in body)) if body else len(h) for i, h in enumerate(head)]
    for cells in (head, *body):
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                                enumerate(zip(cells, widths, strict=True))) + " |", file=file)


def end_on_signal() -> None:
    """SIGTERM and SIGHUP end the run as Ctrl-C does: each benchmark's ``finally`` then ends the app it started.
    (Each app runs in a session of its own, which a signal sent to the harness alone does not reach; without
    this, a harness stopped by ``kill`` or a closed terminal left its desk running to skew the next run.)
    Only the harness's own process: a worker forked from it (the extraction benchmark's process pool) keeps the
    default, so the pool's SIGTERM ends it at once (raising SystemExit there instead left a worker waiting on a
    lock it inherited, and the harness waiting on the worker)."""
    owner = os.getpid()

    def stop(signum: int, _frame: object) -> None:
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="fewer repeats and sizes (a smoke run, noisier medians)")
    p.add_argument("--only", action="append", metavar="MODULE",
                   help="run only this module (bench_startup, bench_keys, bench_extract, bench_store); repeatable")
    p.add_argument("--json", metavar="OUT", nargs="?", const="-",
                   help="write the rows as JSON to OUT (or print them, without OUT) besides the table")
    p.add_argument("--compare", nargs=2, metavar=("A", "B"), help="print two saved --json runs side by side")
    args = p.parse_args(argv)
    if args.compare:
        compare(Path(args.compare[0]), Path(args.compare[1]))
        return 0
    end_on_signal()
    t0 = time.perf_counter()
    before = machine()
    rows = collect(quick=args.quick, only=args.only)
    after_load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    info = {**before, "load_after": after_load, "seconds": round(time.perf_counter() - t0)}
    if args.json == "-":
        print(json.dumps({"machine": info, "rows": rows}, indent=1, default=str))
        return 1 if any(r.get("ok") is False for r in rows) else 0
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "rows": rows}, indent=1, default=str), encoding="utf-8")
    print(f"claimdesk benchmarks{' (quick)' if args.quick else ''}: Python {info['python']}, {info['machine']}, "
          f"{info['cores']} cores, load average {info['load']} before and {info['load_after']} after, commit "
          f"{info['commit']}. Figures are medians of repeated runs (spread: lowest-highest); references are "
          "measured in the same run.\n")
    print_table(rows)
    print(f"\n({info['seconds']} s)")
    misses = [r for r in rows if r.get("ok") is False]
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
