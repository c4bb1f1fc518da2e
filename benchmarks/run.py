"""Run every benchmark of the project and print one table.

Each benchmark module exposes ``run(quick=False) -> list[dict]`` with rows
``{"name", "figure", "unit", "target", "reference", "ratio", "ok"}`` (and optionally
``"note"``). ``reference`` is a figure measured in the same run that the row is compared
with (a bare Textual app, a naive implementation, ...); ``ratio`` is figure / reference.
A module that is missing or fails gives one row saying so; the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time
import traceback

#: benchmark modules, in the order their rows are printed
MODULES = ("benchmarks.bench_startup", "benchmarks.bench_extract", "benchmarks.bench_store")


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
    else:
        text = str(value)
    return f"{text} {unit}".strip()


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
    head = ("benchmark", "figure", "target", "reference", "ratio", "ok")
    body = []
    for r in rows:
        unit = r.get("unit", "")
        ok = r.get("ok")
        ratio = r.get("ratio")
        body.append((
            str(r.get("name", "")),
            _fmt(r.get("figure"), unit),
            str(r.get("target", "-")),
            _fmt(r.get("reference"), unit),
            f"{ratio:.2f}x" if isinstance(ratio, (int, float)) else "-",
            "-" if ok is None else ("yes" if ok else "MISS"),
        ))
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) if i in (1, 3, 4) else c.ljust(w)
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run, noisier medians)")
    p.add_argument("--only", action="append", metavar="MODULE",
                   help="run only this module (bench_startup, bench_extract, bench_store); repeatable")
    p.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    rows = collect(quick=args.quick, only=args.only)
    if args.json:
        import json

        print(json.dumps(rows, indent=1, default=str))
    else:
        print(f"claimdesk benchmarks{' (quick)' if args.quick else ''}: Python {platform.python_version()}, "
              f"{platform.machine()}, medians; references are measured in the same run\n")
        print_table(rows)
        print(f"\n({time.perf_counter() - t0:.0f} s)")
    misses = [r for r in rows if r.get("ok") is False]
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
