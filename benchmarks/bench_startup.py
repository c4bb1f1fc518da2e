"""Start-up benchmark: the real ``claimdesk`` command, from process start to its first painted frame.

How it is measured
------------------
* Each run starts the claimdesk command of this tree (``python -m tui``, with this tree first on
  PYTHONPATH, so a copy of the repository measures itself whatever the installed ``claimdesk`` points at)
  on a fresh pseudo-terminal of 120x40 with ``CLAIMDESK_EXIT_AFTER_PAINT=1``, and reads the
  terminal's output as it arrives. The *first frame* is the moment the app's first full
  screen reaches the terminal: the first write that positions the cursor on the last row
  (the footer), after the screen was cleared. Process exit is recorded too, but not used
  for the targets: Textual's shutdown takes a variable 100-250 ms that is not start-up.
* The reference is a bare Textual app with the same layout (Header, a Horizontal of three
  panes with a Static each, Footer), run by the same interpreter, the same way, in the same
  run, interleaved with the claimdesk runs so machine noise hits both alike.
* Claims highlighted: the same command without the early exit, until the first frame whose status line
  says the claims are found ("N claims found" or "N/M reviewed"): the analysis has reached the screen and
  the panes draw their highlights. Read with the terminal emulator of :mod:`benchmarks.bench_keys`.
* Folders: the 5 bundled samples, and 200 articles (about 1 MB) of the news-like corpus
  (:mod:`benchmarks.synth`), written to a temporary folder.
* Claims highlighted with 1,000 articles (4.5 MB, as the key benchmark's): informational, full runs only.
* What the analysis process ships (:func:`shipped`): ``python -m tui.analyse_worker FOLDER`` run as the desk
  runs it, every frame read and unpickled here: the bytes in all beside the documents' own frames (which
  must travel once; a document sent a second time is a miss) and the longest single ``pickle.loads`` of an
  analysis frame (the desk's loader thread holds the GIL for that long in one go; target <= 5 ms).
* Event-loop blocking: the app runs in a child process (headless, ``App.run_test``, which
  still lays out and renders every frame, it only skips writing it) on a 200- and a 1,000-article folder,
  with a 10 ms timer recording when each tick fires. A tick that comes late means the event
  loop could not paint, handle a key or a message for that long. ``blocked = gap - 10 ms``.
  Recorded from the app's mount until the articles are shown and analysed, plus 300 ms.
  The reference is the bare app probed the same way for the same time.

Run alone: ``python -m benchmarks.bench_startup [--quick]``.
"""

from __future__ import annotations

import json
import os
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLS, ROWS = 120, 40
HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
SAMPLES = ROOT / "sample_docs"
TICK = 0.010


# --------------------------------------------------------------------------- the bare reference app
def bare_app():
    """A Textual app with claimdesk's layout and nothing else."""
    from textual.app import App
    from textual.containers import Horizontal
    from textual.widgets import Footer, Header, Static

    class BareApp(App):
        TITLE = "bare"

        def compose(self):
            yield Header()
            with Horizontal():
                for i in range(3):
                    yield Static(f"pane {i}")
            yield Footer()

        def on_mount(self) -> None:
            if os.environ.get("CLAIMDESK_EXIT_AFTER_PAINT"):  # the same exit as claimdesk's
                self.call_after_refresh(lambda: self.call_after_refresh(self.exit))

    return BareApp()


# --------------------------------------------------------------------------- pty runs
def claimdesk_command() -> list[str]:
    """The claimdesk command of this tree (``python -m tui``; :func:`child_env` puts the tree on PYTHONPATH)."""
    return [sys.executable, "-m", "tui"]


def bare_command() -> list[str]:
    return [sys.executable, str(HERE), "--bare"]


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "CLAIMDESK_"))}
    env.update(TERM="xterm-256color", CLAIMDESK_HOME=str(home), CLAIMDESK_EDITOR="bench",
               CLAIMDESK_EXIT_AFTER_PAINT="1", COLORTERM="truecolor")
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


#: the status line once the analysis is on screen (the tags still opening, or read)
_LINKED = re.compile(r"\d+ claims? found · opening|\d+/\d+ reviewed")
#: the status line once some claims are on screen: the analysis, or the claims of the articles extracted so
#: far while the links are still being found ("N claims found so far", when the desk shows them early)
_FIRST = re.compile(r"\d+ claims? found")
#: the status line before anything is found
_NOT_YET = re.compile(r"finding claims|so far")


def highlighted(argv: list[str], env: dict[str, str], timeout: float = 120.0) -> float:
    """Seconds from start until the status line says the claims are found (the analysis is on screen)."""
    return claims_on_screen(argv, env, timeout)["linked"]


def claims_on_screen(argv: list[str], env: dict[str, str], timeout: float = 120.0, cwd: Path = ROOT) -> dict[str, float]:
    """Seconds from start until the status line first says claims are found (``first``: the claims of the
    articles extracted so far, when the desk shows them before the links, else the whole analysis) and until
    it says the analysis is on screen (``linked``)."""
    from benchmarks.bench_keys import ROWS as KROWS
    from benchmarks.bench_keys import PtyApp

    env = {k: v for k, v in env.items() if k != "CLAIMDESK_EXIT_AFTER_PAINT"}
    app = PtyApp(argv, env, cwd=cwd)  # (``python -m`` looks in the working folder before PYTHONPATH)
    first: list[float] = []
    try:
        def status() -> list[str]:
            return [app.term.line(y) for y in range(KROWS - 5, KROWS - 1)]

        def linked() -> bool:
            lines = status()
            if not first and any(_FIRST.search(x) for x in lines):
                first.append(time.perf_counter())
            return any(_LINKED.search(x) and not _NOT_YET.search(x) for x in lines)

        got = app.wait(lambda: linked() or app.proc.poll() is not None, timeout)
        if got is None or app.proc.poll() is not None:
            raise RuntimeError(f"{' '.join(argv)}: no claims on screen within {timeout:.0f} s (exit "
                               f"{app.proc.poll()}); status line: {app.term.line(KROWS - 2)!r}")
        return {"first": (first[0] if first else got) - app.t0, "linked": got - app.t0}
    finally:
        app.close()


def first_frame(argv: list[str], env: dict[str, str], timeout: float = 60.0) -> dict:
    """Run ``argv`` on a new pty; return seconds to the first full frame and to exit."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    last_row = re.compile(rb"\x1b\[%d;\d+H" % ROWS)
    leave_alt = b"\x1b[?1049l"  # the app gives the terminal back
    out = bytearray()
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
                            close_fds=True)
    os.close(slave)
    frame_at = released_at = None
    try:
        while True:
            if time.perf_counter() - t0 > timeout:
                proc.kill()
                raise TimeoutError(f"{argv[0]}: no exit within {timeout:.0f} s")
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            scan_from = max(0, len(out) - 16)
            out += chunk
            if frame_at is None and last_row.search(out, scan_from):
                frame_at = time.perf_counter() - t0
            if released_at is None and leave_alt in out[scan_from:]:
                released_at = time.perf_counter() - t0
        rc = proc.wait(timeout=timeout)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    exit_at = time.perf_counter() - t0
    if rc != 0 or frame_at is None:
        tail = out[-600:].decode("utf-8", "replace")
        raise RuntimeError(f"{' '.join(argv)}: exit status {rc}, frame seen: {frame_at is not None}; "
                           f"last output: {tail!r}")
    return {"first_frame": frame_at, "released": released_at or exit_at, "exit": exit_at}


# --------------------------------------------------------------------------- event-loop probe (child process)
#: methods timed during the probe, to say which one blocked the loop (missing ones are skipped)
ATTRIBUTE = (
    ("tui.screens.desk", "DeskScreen", ("_docs_loaded", "_analysis_ready", "_store_ready", "_store_synced",
                                        "layout_panes", "fill_panes", "refresh_all", "refresh_panel",
                                        "refresh_highlights", "update_status")),
    ("tui.widgets.claims_panel", "ClaimsPanel", ("set_rows", "_refill", "update_row", "update_rows")),
    ("tui.widgets.claims_table", "ClaimsTable", ("set_rows", "render_line", "on_resize")),
    ("tui.widgets.article_view", "ArticleView", ("set_document", "set_claims", "set_highlights", "_relayout",
                                                  "render_line")),
    ("textual.widgets._data_table", "DataTable", ("_update_dimensions", "add_row", "clear")),
    ("textual.screen", "Screen", ("_compositor_refresh", "_refresh_layout")),
)


def _instrument() -> dict[str, list[float]]:
    """Wrap the methods in ATTRIBUTE (and @on handlers of the same names) to record their run times."""
    import functools
    import importlib
    import inspect

    times: dict[str, list[float]] = {}

    def wrap(fn, label):
        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def timed_async(*a, **k):
                t = time.perf_counter()
                try:
                    return await fn(*a, **k)
                finally:
                    times.setdefault(label, []).append(time.perf_counter() - t)
            return timed_async

        @functools.wraps(fn)
        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                times.setdefault(label, []).append(time.perf_counter() - t)
        return timed

    for module, cls_name, names in ATTRIBUTE:
        try:
            cls = getattr(importlib.import_module(module), cls_name)
        except (ImportError, AttributeError):
            continue
        wrapped = {}
        for name in names:
            fn = cls.__dict__.get(name)
            if callable(fn):
                wrapped[fn] = wrap(fn, f"{cls_name}.{name}")
                setattr(cls, name, wrapped[fn])
        for handlers in (cls.__dict__.get("_decorated_handlers") or {}).values():
            for i, (fn, selectors) in enumerate(handlers):
                if fn in wrapped:
                    handlers[i] = (wrapped[fn], selectors)
    return times


async def _probe(kind: str, folder: str | None, db: str | None, hold: float) -> dict:
    import asyncio

    ticks: list[float] = []
    times = _instrument() if kind != "bare" else {}

    if kind == "bare":
        app = bare_app()
    else:
        import tui.app
        from tui.app import ClaimDeskApp, make_app

        class ProbeApp(ClaimDeskApp):
            # a subclass's relative CSS path would resolve next to this file
            CSS_PATH = str(Path(tui.app.__file__).parent / ClaimDeskApp.CSS_PATH)

            def on_mount(self) -> None:  # runs before ClaimDeskApp.on_mount (most derived first)
                self.set_interval(TICK, lambda: ticks.append(time.perf_counter()))

        base = make_app([folder or str(SAMPLES)], db_path=Path(db or "annotations.json"), editor="bench")
        app = ProbeApp(base.doc_paths, db_path=base.db_path, editor=base.editor, config_path=base.config_path)

    t0 = time.perf_counter()
    loaded_at = None
    async with app.run_test(size=(COLS, ROWS)) as pilot:
        if kind == "bare":
            app.set_interval(TICK, lambda: ticks.append(time.perf_counter()))
            await asyncio.sleep(hold)
        else:
            deadline = t0 + 120
            while True:
                desk = app.screen
                running = [w for w in app.workers if w.is_running]
                if not running and getattr(desk, "analysed", False):
                    break
                if not running and time.perf_counter() - t0 > 1.0:  # workers done, nothing analysed
                    errors = "; ".join(getattr(desk, "load_errors", []) or []) or "no analysis arrived"
                    raise RuntimeError(f"the desk did not finish loading {folder}: {errors[:500]}")
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"the desk was still loading {folder} after 120 s")
                await asyncio.sleep(0.02)
            loaded_at = time.perf_counter() - t0
            await pilot.pause()
            await asyncio.sleep(0.3)
        n_docs = len(getattr(app.screen, "documents", []) or [])
        n_claims = len(getattr(getattr(app.screen, "model", None), "claims", {}) or {})
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    blocked = sorted(max(0.0, g - TICK) for g in gaps)
    if not blocked:
        raise RuntimeError("the probe timer never fired twice")
    p99 = blocked[min(len(blocked) - 1, int(round(0.99 * (len(blocked) - 1))))]
    slowest = sorted(((max(v), sum(v), len(v), k) for k, v in times.items()), reverse=True)[:10]
    return {"max_block": blocked[-1], "p99_block": p99, "ticks": len(ticks), "loaded": loaded_at,
            "duration": ticks[-1] - ticks[0], "docs": n_docs, "claims": n_claims,
            "slowest": [{"name": k, "max_ms": round(m * 1000), "total_ms": round(t * 1000), "calls": n}
                        for m, t, n, k in slowest]}


def probe_blocking(kind: str, folder: Path | None, home: Path, hold: float = 2.0) -> dict:
    """Run the event-loop probe in a child process; ``kind`` is "claimdesk" or "bare"."""
    args = [sys.executable, str(HERE), "--probe", kind, str(folder or ""), str(home / "annotations.json"), str(hold)]
    env = child_env(home)
    env.pop("CLAIMDESK_EXIT_AFTER_PAINT")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"probe {kind} failed (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- what the analysis process ships
def shipped(folder: Path, home: Path) -> dict:
    """Run the analysis process (``python -m tui.analyse_worker FOLDER``) as the desk does, read every frame,
    and tally the bytes by kind and the longest single ``pickle.loads`` (the desk's loader thread holds the GIL
    for that long in one go). Documents are reported apart: they have to travel once."""
    import pickle

    import claims.model  # noqa: F401  (the desk has it: its first import is no part of a frame's unpickling)

    env = child_env(home)
    env.pop("CLAIMDESK_EXIT_AFTER_PAINT")
    proc = subprocess.Popen([sys.executable, "-m", "tui.analyse_worker", str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
    assert proc.stdout is not None
    by_kind: dict[str, int] = {}
    slowest = {"ms": 0.0, "kind": "", "bytes": 0}
    slowest_analysis = dict(slowest)
    frames = n_docs = documents_elsewhere = 0
    t0 = time.perf_counter()
    try:
        while True:
            head = proc.stdout.read(8)
            if len(head) < 8:
                break
            data = proc.stdout.read(int.from_bytes(head, "big"))
            t = time.perf_counter()
            frame = pickle.loads(data)
            took = (time.perf_counter() - t) * 1000
            kind = str(frame[0]) if isinstance(frame, tuple) and frame else type(frame).__name__
            frames += 1
            by_kind[kind] = by_kind.get(kind, 0) + len(data) + 8
            if took > slowest["ms"]:
                slowest = {"ms": took, "kind": kind, "bytes": len(data)}
            if kind not in ("doc", "item") and took > slowest_analysis["ms"]:
                slowest_analysis = {"ms": took, "kind": kind, "bytes": len(data)}
            n_docs += kind == "doc" or (kind == "item" and type(frame[1]).__name__ == "Document")
            if kind == "model":  # the old protocol: every document again inside the model
                documents_elsewhere += len(getattr(getattr(frame[1], "analysis", None), "documents", []) or [])
    finally:
        proc.stdout.close()
        proc.wait()
    total = sum(by_kind.values())
    docs_bytes = by_kind.get("doc", 0)
    if not docs_bytes and "item" in by_kind:  # the old protocol sent documents and errors as "item"
        docs_bytes = by_kind["item"]
    return {"total": total, "documents": docs_bytes, "analysis": total - docs_bytes, "frames": frames,
            "docs": n_docs, "documents_again": documents_elsewhere, "by_kind": by_kind, "slowest": slowest,
            "slowest_analysis": slowest_analysis, "seconds": time.perf_counter() - t0}


# --------------------------------------------------------------------------- the benchmark
def _row(name, figure, unit, target, reference, ok, note="", spread=None) -> dict:
    ratio = (figure / reference) if (reference not in (None, 0) and figure is not None) else None
    return {"name": name, "figure": figure, "unit": unit, "target": target, "reference": reference,
            "ratio": ratio, "ok": ok, "note": note, "spread": spread}


def run(quick: bool = False) -> list[dict]:
    from benchmarks.synth import folder_bytes, make_folder

    repeats = 1 if quick else 7
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        big = make_folder(tmp / "articles200", n=200)
        size_kb = folder_bytes(big) / 1000
        cmd = claimdesk_command()
        runs: dict[str, list[dict]] = {"bare": [], "samples": [], "big": []}
        lit: dict[str, list[float]] = {"samples": [], "big": []}  # first claims on screen
        linked: dict[str, list[float]] = {"samples": [], "big": []}  # the whole analysis on screen
        plans = {
            "bare": (bare_command(), []),
            "samples": (cmd, [str(SAMPLES)]),
            "big": (cmd, [str(big)]),
        }
        first_frame(*_argv_env(plans["bare"], tmp / "warm"))  # warm the file cache
        if not quick:
            first_frame(*_argv_env(plans["big"], tmp / "warm"))
        for i in range(repeats):
            for key, plan in plans.items():  # interleaved, so noise hits every variant alike
                runs[key].append(first_frame(*_argv_env(plan, tmp / f"home-{key}-{i}")))
            for key in lit:
                seen = claims_on_screen(*_argv_env(plans[key], tmp / f"lit-{key}-{i}"))
                lit[key].append(seen["first"])
                linked[key].append(seen["linked"])
        med = {k: statistics.median(r["first_frame"] for r in v) for k, v in runs.items()}
        med_exit = {k: statistics.median(r["exit"] for r in v) for k, v in runs.items()}
        med_rel = {k: statistics.median(r["released"] for r in v) for k, v in runs.items()}
        spread = {k: (min(r["first_frame"] for r in v), max(r["first_frame"] for r in v)) for k, v in runs.items()}

        def spread_note(k):
            lo, hi = spread[k]
            return (f"median of {repeats}, range {lo:.3f}-{hi:.3f} s; after the exit request the terminal was "
                    f"given back at {med_rel[k]:.3f} s and the process ended at {med_exit[k]:.3f} s")

        rows.append(_row("start-up: bare Textual app, same layout (reference)", med["bare"], "s", "reference",
                         med["bare"], True, spread_note("bare"), spread["bare"]))
        ratio = med["samples"] / med["bare"]
        rows.append(_row("start-up: claimdesk, 5 bundled samples, to first frame", med["samples"], "s",
                         "<= 2x bare", med["bare"], ratio <= 2.0,
                         spread_note("samples") + ("" if ratio <= 2.0 else
                                                   f"; MISS: {ratio:.2f}x the bare app"), spread["samples"]))
        rows.append(_row(f"start-up: claimdesk, 200 articles ({size_kb:,.0f} kB), to first frame", med["big"], "s",
                         "<= 1.0 s", med["bare"], med["big"] <= 1.0,
                         spread_note("big") + ("" if med["big"] <= 1.0 else
                                               f"; MISS: {med['big'] - 1.0:.3f} s over"), spread["big"]))
        lit_med = {k: statistics.median(v) for k, v in lit.items()}
        ratio = lit_med["samples"] / med["bare"]
        rows.append(_row("claims highlighted after launch: 5 bundled samples", lit_med["samples"], "s",
                         "<= 2x bare", med["bare"], ratio <= 2.0,
                         f"median of {repeats}; status line says claims are found; reference: the bare app's "
                         "first frame" + ("" if ratio <= 2.0 else f"; MISS: {ratio:.2f}x the bare first frame"),
                         (min(lit["samples"]), max(lit["samples"]))))
        rows.append(_row(f"claims highlighted after launch: 200 articles ({size_kb:,.0f} kB)", lit_med["big"], "s",
                         "<= 1.0 s", med["bare"], lit_med["big"] <= 1.0,
                         f"median of {repeats}; the first claims on screen (the first articles', before their "
                         "links, where the desk shows them early)" + ("" if lit_med["big"] <= 1.0 else
                                                                       f"; MISS: {lit_med['big'] - 1.0:.3f} s over"),
                         (min(lit["big"]), max(lit["big"]))))
        linked_med = statistics.median(linked["big"])
        rows.append(_row(f"every claim linked and on screen after launch: 200 articles ({size_kb:,.0f} kB)",
                         linked_med, "s", "-", med["bare"], True,
                         f"median of {repeats}; informational: status line says the analysis is in (N/M reviewed)",
                         (min(linked["big"]), max(linked["big"]))))
        ship = {"200": shipped(big, tmp / "ship-200")}
        if not quick:
            big1000 = make_folder(tmp / "articles1000", n=1000, target_bytes=1000 * 4500)
            size1000 = folder_bytes(big1000) / 1000
            seen1000 = [claims_on_screen(*_argv_env((cmd, [str(big1000)]), tmp / f"lit-1000-{i}"), timeout=300)
                        for i in range(3)]
            for key, label in (("first", "claims highlighted"), ("linked", "every claim linked and on screen")):
                got = [x[key] for x in seen1000]
                rows.append(_row(f"{label} after launch: 1,000 articles ({size1000:,.0f} kB)", statistics.median(got),
                                 "s", "-", med["bare"], True, "median of 3; informational (the issue sets no target)",
                                 (min(got), max(got))))
            ship["1,000"] = shipped(big1000, tmp / "ship-1000")
        for label, got in ship.items():
            mb = got["total"] / 1e6
            once = got["documents_again"] == 0
            worst = got["slowest_analysis"]
            rows.append(_row(f"loading {label} articles: bytes the analysis process sends the desk", mb, "MB",
                             "documents once", got["documents"] / 1e6, once,
                             f"reference: the documents' own frames ({got['docs']} articles); the analysis "
                             f"(claims, links, clusters) {got['analysis'] / 1e6:.2f} MB in {got['frames']:,} frames "
                             f"in all" + ("" if once else
                                          f"; MISS: {got['documents_again']} documents sent a second time")))
            rows.append(_row(f"loading {label} articles: longest unpickling of one analysis frame", worst["ms"], "ms",
                             "<= 5 ms", None, worst["ms"] <= 5,
                             f"the {worst['kind']!r} frame of {worst['bytes']:,} bytes, unpickled in this process "
                             "(the desk's loader thread holds the GIL that long in one go); the longest of any "
                             f"frame, a document's included: {got['slowest']['ms']:.1f} ms "
                             f"({got['slowest']['kind']!r}, {got['slowest']['bytes']:,} bytes)"))

        if quick:  # a smoke run: the event-loop probe (about 8 s) only in a full run
            return rows
        for label, folder, probes in (("200", big, 3), ("1,000", big1000, 3)):
            try:
                desk = [probe_blocking("claimdesk", folder, tmp / f"probe-{label}-{i}") for i in range(probes)]
            except RuntimeError as e:
                rows.append(_row(f"loading {label} articles: longest event-loop block", None, "ms", "<= 50 ms", None,
                                 False, f"MISS: the app failed while loading: {e}"))
                continue
            hold = statistics.median(d["duration"] for d in desk)
            bare = [probe_blocking("bare", None, tmp / f"probe-bare-{label}-{i}", hold=hold) for i in range(probes)]
            dmax = statistics.median(d["max_block"] * 1000 for d in desk)
            dp99 = statistics.median(d["p99_block"] * 1000 for d in desk)
            bmax = statistics.median(d["max_block"] * 1000 for d in bare)
            bp99 = statistics.median(d["p99_block"] * 1000 for d in bare)
            loaded = statistics.median(d["loaded"] for d in desk)
            worst = max(d["max_block"] * 1000 for d in desk)
            info = (f"median of {probes} in-process runs, worst {worst:.0f} ms; {desk[0]['docs']} articles, "
                    f"{desk[0]['claims']} claims; blocked = gap between 10 ms ticks - 10 ms")
            worst_run = max(desk, key=lambda d: d["max_block"])
            culprits = ", ".join(f"{c['name']} {c['max_ms']} ms (x{c['calls']}, total {c['total_ms']} ms)"
                                 for c in worst_run.get("slowest", [])[:4])
            rows.append(_row(f"loading {label} articles: longest event-loop block", dmax, "ms", "<= 50 ms", bmax,
                             dmax <= 50, info + ("" if dmax <= 50 else "; MISS: code on the event loop ran "
                                                 f"{dmax:.0f} ms; longest calls (nested calls count in their "
                                                 f"callers): {culprits}")))
            rows.append(_row(f"loading {label} articles: p99 event-loop block", dp99, "ms", "<= 50 ms", bp99,
                             dp99 <= 50, f"reference: bare app idle for the same {hold:.1f} s"))
            rows.append(_row(f"loading {label} articles: until shown and analysed (in-process)", loaded, "s", "-",
                             None, True, "from app start, headless; informational; longest timed calls: "
                             + ", ".join(f"{c['name']} {c['max_ms']} ms" for c in worst_run.get("slowest", [])[:3])))
    return rows


def _argv_env(plan: tuple[list[str], list[str]], home: Path) -> tuple[list[str], dict[str, str]]:
    argv, args = plan
    home.mkdir(parents=True, exist_ok=True)
    return argv + args, child_env(home)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--bare"]:
        bare_app().run()
        return 0
    if argv[:1] == ["--probe"]:
        import asyncio

        kind, folder, db, hold = argv[1], argv[2] or None, argv[3], float(argv[4])
        print(json.dumps(asyncio.run(_probe(kind, folder, db, hold))))
        return 0
    from benchmarks.run import print_table

    print_table(run(quick="--quick" in argv))
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):  # run as a file (the bare app, the probe): make the project importable
        sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
