"""Key latency: how long the real desk takes to show the effect of ``n``, ``c``, ``p``, ``d`` on a terminal.

How it is measured
------------------
* The installed ``claimdesk`` runs on a fresh pseudo-terminal of 120x40 on a folder of news-like articles
  (:mod:`benchmarks.synth`, 200 and 1,000 articles). The benchmark answers the app's query for synchronized
  output, so every frame arrives between ``ESC[?2026h`` and ``ESC[?2026l``, and keeps a small terminal
  emulator (:class:`Terminal`) of the screen: a change counts when the frame that holds it has arrived.
* A key is written to the terminal and timed until the first complete frame that shows its effect:
  - *after loading* (the status line says "N/M reviewed"): the first frame in which any cell of the screen
    differs from the screen before the key (the desk is idle then, so nothing else changes it);
  - *while loading* (from the first frame until the status line says "reviewed"): the screen changes all
    the time (the progress bar), so the effect is the key's own: its notice ("Still finding claims…")
    appearing, counted as one more notice on screen than the fewest seen since the key, or the status
    line changing.
  Keys cycle ``n c n d p n`` (each one changes the screen: a new claim, a tag, another claim, another tag,
  back, forward), paced by a seeded random gap after each effect (80-200 ms after loading, 300-500 ms
  while loading so notices do not pile up). A key with no visible effect within 2 s is counted apart.
* The reference is a bare Textual app with the same layout (header, a loading label and progress bar, three
  panes, a table, a status line, footer), run the same way in the same run, that answers the same keys the
  same way: a notice while it "loads" (for as long as the desk took to load in this run, with the
  progress bar advancing ten times a second), a status-line update after.
* Where the time goes: one more run of the desk under pyinstrument (``--profiled``: the profiler starts
  and stops on SIGUSR1 / SIGUSR2, so it covers exactly the loading window and the key presses after it).
  The rows' notes name the functions that take most of the event loop's busy time, inclusive (a function
  and everything it calls). Without pyinstrument installed the profile rows say so.

Run alone: ``python -m benchmarks.bench_keys [--quick]``; ``python benchmarks/bench_keys.py --bare`` runs the
reference app; ``python benchmarks/bench_keys.py --profiled PREFIX -- ARGS`` runs claimdesk ARGS profiled.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import random
import re
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import ClassVar

COLS, ROWS = 120, 40
HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
KEYS = "ncndpn"
NOTICE = "Still finding claims"
READY = re.compile(r"\d+/\d+ reviewed")
SYNC_END = "\x1b[?2026l"
NO_EFFECT_S = 2.0
#: targets (issue 11): a key after loading within 1.5x the bare app; no key waits longer than 50 ms while loading
TARGET_RATIO = 1.5
TARGET_LOADING_MS = 50.0


class Phase(StrEnum):
    LOADING = "while loading"
    LOADED = "after loading"


# =========================================================================== a small terminal emulator
_TOKEN = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[ -/]*[0-~]|[\r\n\x07\x08]"
                    r"|[^\x1b\r\n\x07\x08]+")
_INCOMPLETE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*|\][^\x07]*\x1b|[ -/]*)?$")


class Terminal:
    """Just enough of a terminal to read what Textual draws: cursor moves (CUP), erases, text with wide
    characters. Colours and modes are ignored; the text of every cell is kept."""

    def __init__(self, rows: int = ROWS, cols: int = COLS) -> None:
        from rich.cells import cell_len

        self.rows, self.cols = rows, cols
        self.grid = [[" "] * cols for _ in range(rows)]
        self.y = self.x = 0
        self._decode = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._rest = ""
        self._width = cell_len
        self.queries: list[str] = []  # control sequences that ask the terminal something (answered by the caller)
        self.frames_ended = 0

    def feed(self, data: bytes) -> None:
        text = self._rest + self._decode.decode(data)
        m = _INCOMPLETE.search(text)
        if m and m.start() < len(text):
            text, self._rest = text[:m.start()], text[m.start():]
        else:
            self._rest = ""
        for tok in _TOKEN.findall(text):
            if tok[0] == "\x1b":
                self._escape(tok)
            elif tok == "\r":
                self.x = 0
            elif tok == "\n":
                self.y = min(self.rows - 1, self.y + 1)
            elif tok == "\x08":
                self.x = max(0, self.x - 1)
            elif tok != "\x07":
                self._text(tok)

    def _escape(self, tok: str) -> None:
        if not tok.startswith("\x1b["):
            return
        final, params = tok[-1], tok[2:-1]
        if params.endswith("$") and final == "p":  # DECRQM: which modes do you support?
            self.queries.append(tok)
            return
        if tok == SYNC_END:
            self.frames_ended += 1
            return
        if params.startswith("?"):
            return
        if final in "Hf":
            parts = (params.split(";") + ["", ""])[:2]
            self.y = min(self.rows - 1, max(0, int(parts[0] or 1) - 1))
            self.x = min(self.cols - 1, max(0, int(parts[1] or 1) - 1))
        elif final == "J" and params in ("2", "3"):
            self.grid = [[" "] * self.cols for _ in range(self.rows)]
        elif final == "K":
            row = self.grid[self.y]
            lo, hi = {"": (self.x, self.cols), "0": (self.x, self.cols), "1": (0, self.x + 1),
                      "2": (0, self.cols)}.get(params, (self.x, self.cols))
            for i in range(lo, hi):
                row[i] = " "

    def _text(self, s: str) -> None:
        row = self.grid[self.y]
        for ch in s:
            w = 1 if " " <= ch < "\x7f" else self._width(ch)
            if w == 0:
                continue
            if self.x < self.cols:
                row[self.x] = ch
                if w == 2 and self.x + 1 < self.cols:
                    row[self.x + 1] = ""
            self.x = min(self.cols, self.x + w)

    def line(self, y: int) -> str:
        return "".join(self.grid[y]).rstrip()

    def snapshot(self) -> tuple[str, ...]:
        return tuple("".join(r) for r in self.grid)

    def count(self, needle: str) -> int:
        return sum(needle in "".join(r) for r in self.grid)

    def find_line(self, rx: re.Pattern[str]) -> str | None:
        for y in range(self.rows - 1, -1, -1):
            s = self.line(y)
            if rx.search(s):
                return s
        return None


# =========================================================================== an app on a pty
class PtyApp:
    """A command on a new pseudo-terminal, its output read into a :class:`Terminal`."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> None:
        import fcntl
        import pty
        import struct
        import termios

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.term = Terminal()
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
                                     start_new_session=True, close_fds=True)
        os.close(slave)
        self.synced = False  # the app draws frames between synchronized-output marks
        self.closed = False
        self.tail = bytearray()

    def read(self, timeout: float) -> bool:
        """Read what is there (waiting up to ``timeout``); True when at least one whole frame arrived."""
        if self.closed:
            return False
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 1 << 16)
        except OSError:
            chunk = b""
        if not chunk:
            self.closed = True
            return False
        self.tail = (self.tail + chunk)[-2000:]
        before = self.term.frames_ended
        self.term.feed(chunk)
        for q in self.term.queries:
            if q == "\x1b[?2026$p":
                os.write(self.master, b"\x1b[?2026;2$y")  # yes, synchronized output is supported
            self.term.queries = []
        if self.term.frames_ended > before:
            self.synced = True
            return True
        return not self.synced  # until sync is on, every chunk is a frame

    def wait(self, done: Callable[[], bool], timeout: float) -> float | None:
        """Read frames until ``done()`` holds after one; the time it did, or None at the timeout."""
        end = time.perf_counter() + timeout
        while True:
            left = end - time.perf_counter()
            if left <= 0:
                return None
            if self.read(min(left, 0.5)) and done():
                return time.perf_counter()

    def drain(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and not self.closed:
            self.read(end - time.perf_counter())

    def send(self, data: bytes) -> float:
        t = time.perf_counter()
        os.write(self.master, data)
        return t

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                os.write(self.master, b"q")
                end = time.perf_counter() + 10
                while self.proc.poll() is None and time.perf_counter() < end:
                    self.read(0.1)
        except OSError:
            pass
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            os.close(self.master)


# =========================================================================== the measurement
@dataclass
class KeyRun:
    """Latencies (seconds) of one app run, by phase, and what happened. After loading, besides the first
    change: when the status line changed (None when it did not) and when the last frame the key caused
    arrived (no frame for 150 ms after it)."""

    latencies: dict[Phase, list[float]] = field(default_factory=lambda: {p: [] for p in Phase})
    status_changed: list[float | None] = field(default_factory=list)
    settled: list[float] = field(default_factory=list)
    no_effect: dict[Phase, int] = field(default_factory=lambda: {p: 0 for p in Phase})
    first_frame: float | None = None
    ready_at: float | None = None
    status: str = ""


def _status_row(term: Terminal) -> str:
    """The desk's status line: the row above the footer (the bottom rows are searched for it, so a desk that
    moves it a row or two is still read)."""
    for y in range(ROWS - 2, ROWS - 6, -1):
        s = term.line(y)
        if READY.search(s):
            return s
    return term.line(ROWS - 2)


def _changed(term: Terminal, before: tuple[str, ...]) -> bool:
    return term.snapshot() != before


def measure(app: PtyApp, rng: random.Random, keys_after: int, loading_keys: bool = True,
            on_ready: Callable[[], None] | None = None, on_done: Callable[[], None] | None = None,
            timeout: float = 180.0) -> KeyRun:
    """Press keys while the app loads (until its status line says "reviewed"), then ``keys_after`` more."""
    run = KeyRun()
    term = app.term
    start = app.wait(lambda: bool(term.line(ROWS - 1).strip()), 60)
    if start is None:
        raise RuntimeError(f"no first frame within 60 s; last output: {bytes(app.tail[-400:])!r}")
    run.first_frame = start - app.t0
    deadline = time.perf_counter() + timeout

    def ready() -> bool:
        if app.closed or app.proc.poll() is not None:
            raise RuntimeError(f"the app ended (exit {app.proc.poll()}) before it was ready; its screen: "
                               + " / ".join(s.strip() for s in (term.line(y) for y in range(ROWS)) if s.strip())[-600:])
        return bool(READY.search(_status_row(term)))

    k = 0
    while not ready():
        if time.perf_counter() > deadline:
            raise RuntimeError(f"not ready after {timeout:.0f} s; status line: {_status_row(term)!r}")
        if not loading_keys:
            app.read(0.2)
            continue
        fewest = term.count(NOTICE)
        t = app.send(KEYS[k % len(KEYS)].encode())
        k += 1

        def effect() -> bool:
            nonlocal fewest
            n = term.count(NOTICE)
            fewest = min(fewest, n)
            return n > fewest
        got = app.wait(effect, NO_EFFECT_S)
        if got is None:
            run.no_effect[Phase.LOADING] += 1
        else:
            run.latencies[Phase.LOADING].append(got - t)
        app.drain(rng.uniform(0.3, 0.5))
    run.ready_at = time.perf_counter() - app.t0
    app.drain(2.2 if k else 0.5)  # the store settles; notices of keys pressed while loading time out (2 s)
    if on_ready:
        on_ready()
    for i in range(keys_after):
        before, status = term.snapshot(), _status_row(term)
        t = app.send(KEYS[i % len(KEYS)].encode())
        got = app.wait(functools.partial(_changed, term, before), NO_EFFECT_S)
        if got is None:
            run.no_effect[Phase.LOADED] += 1
            continue
        run.latencies[Phase.LOADED].append(got - t)
        status_at = got if _status_row(term) != status else None
        last, quiet_until = got, got + 0.15
        while time.perf_counter() < quiet_until:
            if app.read(quiet_until - time.perf_counter()):
                last = time.perf_counter()
                quiet_until = last + 0.15
                if status_at is None and _status_row(term) != status:
                    status_at = last
        run.status_changed.append(None if status_at is None else status_at - t)
        run.settled.append(last - t)
        app.drain(rng.uniform(0.03, 0.12))
    if on_done:
        on_done()
    run.status = _status_row(term)
    return run


# =========================================================================== the bare reference app
def bare_app(load_seconds: float):
    """Claimdesk's layout with nothing behind it: loading for ``load_seconds``, then keys update the status."""
    from textual.app import App, ComposeResult
    from textual.binding import Binding, BindingType
    from textual.containers import Horizontal, Vertical
    from textual.widgets import Footer, Header, ProgressBar, Static

    class BareApp(App):
        TITLE = "bare"
        CSS = """
        #loading { height: auto; padding: 0 1; }
        #panes { height: 1fr; }
        .pane { width: 1fr; height: 1fr; border: round $panel-lighten-2; }
        #table { height: 35%; border-top: solid $panel-lighten-2; }
        #status { height: 1; padding: 0 1; background: $panel; }
        """
        BINDINGS: ClassVar[list[BindingType]] = [
            *(Binding(k, f"key('{k}')", k) for k in "ncpd"), Binding("q", "quit", "Quit")]

        def __init__(self) -> None:
            super().__init__()
            self.loaded = False
            self.position = 0
            self.tags: dict[int, str] = {}

        def compose(self) -> ComposeResult:
            yield Header(show_clock=False)
            with Vertical(id="loading"):
                yield Static("Loading articles…", id="label")
                yield ProgressBar(id="bar", show_eta=False, total=100)
            with Horizontal(id="panes"):
                for i in range(3):
                    yield Static("\n\n".join(f"Paragraph {j} of article {i}: a line of text that wraps in its pane "
                                             "like an article would." for j in range(12)), classes="pane")
            yield Static("\n".join(f"Outlet {j}   claim {j} text   · untagged   alone" for j in range(12)), id="table")
            yield Static("finding claims…", id="status")
            yield Footer()

        def on_mount(self) -> None:
            self._t0 = time.perf_counter()
            self._ticker = self.set_interval(0.1, self._tick)

        def _tick(self) -> None:
            done = (time.perf_counter() - self._t0) / max(0.01, load_seconds)
            if done < 1:
                self.query_one("#bar", ProgressBar).update(progress=min(99, int(done * 100)))
                self.query_one("#label", Static).update(f"Loading articles… {int(done * 1000)} of 1000")
                return
            self._ticker.stop()
            self.loaded = True
            self.query_one("#loading").display = False
            self._status()

        def _status(self) -> None:
            tag = self.tags.get(self.position, "untagged")
            self.query_one("#status", Static).update(
                f"{len(self.tags)}/500 reviewed │ {tag} │ claim {self.position}: agree: 20,000 vs 20,000 │ 3 outlets")

        def action_key(self, key: str) -> None:
            if not self.loaded:
                self.notify(f"{NOTICE}…", timeout=2)
                return
            if key in "np":
                self.position = max(0, self.position + (1 if key == "n" else -1))
            else:
                self.tags[self.position] = "corroborated" if key == "c" else "disputed"
            self._status()

    return BareApp()


# =========================================================================== commands and environment
def claimdesk_command() -> list[str]:
    """``python -m tui`` (the claimdesk command) of the tree this file is in (PYTHONPATH is set to it), so a
    copy of the repository measures itself, whatever the installed ``claimdesk`` points at."""
    return [sys.executable, "-m", "tui"]


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "CLAIMDESK_"))}
    env.update(TERM="xterm-256color", COLORTERM="truecolor", CLAIMDESK_HOME=str(home), CLAIMDESK_EDITOR="bench")
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_once(kind: str, folder: Path | None, home: Path, rng: random.Random, keys_after: int,
             load_seconds: float = 0.0, loading_keys: bool = True) -> KeyRun:
    home.mkdir(parents=True, exist_ok=True)
    if kind == "bare":
        argv = [sys.executable, str(HERE), "--bare", f"{load_seconds:.3f}"]
    else:
        argv = [*claimdesk_command(), str(folder)]
    app = PtyApp(argv, child_env(home))
    try:
        return measure(app, rng, keys_after, loading_keys)
    finally:
        app.close()


# =========================================================================== the profile
#: functions whose inclusive time is worth naming (the rest are summed under their callers)
_IDLE = {"select", "poll", "epoll", "_run_once", "sleep"}


def profile_run(folder: Path, home: Path, keys_after: int, rng: random.Random) -> dict[str, dict] | str:
    """Run the desk profiled: one window while loading, one for the keys after. Rows of the heaviest
    functions per window, or a sentence saying why there is no profile."""
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return "no profile: pyinstrument is not installed (pip install pyinstrument)"
    home.mkdir(parents=True, exist_ok=True)
    prefix = home / "profile"
    argv = [sys.executable, str(HERE), "--profiled", str(prefix), "--", str(folder)]
    app = PtyApp(argv, child_env(home))
    try:
        app.wait(lambda: bool(app.term.line(ROWS - 1).strip()), 60)
        app.proc.send_signal(signal.SIGUSR1)

        def on_ready() -> None:
            app.proc.send_signal(signal.SIGUSR2)
            app.drain(0.5)
            app.proc.send_signal(signal.SIGUSR1)

        def on_done() -> None:
            app.proc.send_signal(signal.SIGUSR2)
            app.drain(0.5)

        measure(app, rng, keys_after, loading_keys=False, on_ready=on_ready, on_done=on_done)
    finally:
        app.close()
    out = {}
    keep = os.environ.get("CLAIMDESK_BENCH_PROFILES")  # a folder to keep the sessions in, for pyinstrument's views
    for i, phase in enumerate(Phase):
        path = Path(f"{prefix}.{i}.json")
        if path.exists():
            out[phase.value] = heaviest(path)
            if keep:
                Path(keep).mkdir(parents=True, exist_ok=True)
                dest = Path(keep) / f"keys-{folder.name}-{phase.name.lower()}.pyisession"
                dest.write_bytes(path.read_bytes())
    return out or "no profile: the profiled app wrote none"


def heaviest(session_path: Path, top: int = 10) -> dict:
    """Where the event loop's busy time went in a saved pyinstrument session: ``busy_ms`` (idle waits in the
    loop's select left out), ``inclusive`` (functions with the most time including what they call; recursion
    counted once; the loop's own dispatch frames left out), ``project`` (the same, for functions of this
    repository: tui/, store/, claims/) and ``self`` (functions with the most time in their own code). Each
    row is {"name", "ms", "share"}, ``share`` of the busy time."""
    from pyinstrument.session import Session

    session = Session.load(str(session_path))
    root = session.root_frame()
    if root is None:
        return {"busy_ms": 0.0, "inclusive": [], "project": [], "self": []}
    inclusive: dict[str, float] = {}
    own: dict[str, float] = {}
    mine: set[str] = set()
    idle = 0.0
    project = tuple(str(ROOT / d) + os.sep for d in ("tui", "store", "claims"))

    def walk(frame, active: frozenset, parent: str = "") -> None:
        nonlocal idle
        if frame.is_synthetic:  # "[self]" and the like: time spent in the parent's own code
            own[parent] = own.get(parent, 0.0) + frame.time
            return
        path = frame.file_path or ""
        name = f"{frame.class_name + '.' if frame.class_name else ''}{frame.function}"
        if frame.function in _IDLE and "selector" in path:
            idle += frame.time
            return
        label = f"{name} ({Path(path).name}:{frame.line_no})" if path else name
        if path.startswith(project):
            mine.add(label)
        if label not in active:
            inclusive[label] = inclusive.get(label, 0.0) + frame.time
            active = active | {label}
        own[label] = own.get(label, 0.0) + max(0.0, frame.time - sum(c.time for c in frame.children))
        for child in frame.children:
            walk(child, active, label)

    walk(root, frozenset())
    busy = max(1e-9, root.time - idle)

    def rows(d: dict[str, float], keep) -> list[dict]:
        return [{"name": k, "ms": round(v * 1000, 1), "share": round(v / busy, 3)}
                for k, v in sorted(d.items(), key=lambda kv: -kv[1]) if keep(k)][:top]

    def interesting(k: str) -> bool:
        fn = k.split(" (")[0].rsplit(".", 1)[-1]
        return fn not in _PLUMBING and inclusive[k] / busy < 0.98
    return {"busy_ms": round(busy * 1000, 1), "inclusive": rows(inclusive, interesting),
            "project": rows(inclusive, lambda k: k in mine and interesting(k)),
            "self": rows(own, lambda k: bool(k))}


#: the event loop's own frames: everything runs inside them, so naming them says nothing
_PLUMBING = {"<module>", "run", "_run", "run_until_complete", "run_forever", "_run_once", "main", "cmd_open",
             "_process_messages", "_process_messages_loop", "_dispatch_message", "_on_message", "_dispatch",
             "invoke", "_invoke", "_profiled_main", "__call__", "_run_timer", "_tick", "on_event", "_forward_event",
             "post_message", "_post_message", "_pre_process", "_process_message", "run_app", "run_async",
             "run_process_messages", "_check_bindings", "_on_key", "run_action", "_dispatch_action",
             "_on_timer_update"}


def _profiled_main(prefix: str, args: list[str]) -> int:
    """Run claimdesk ``args`` with pyinstrument started by SIGUSR1 and stopped (and saved) by SIGUSR2."""
    from pyinstrument import Profiler

    state: dict = {"p": None, "k": 0}

    def start(*_) -> None:
        if state["p"] is None:
            p = Profiler(interval=0.0005, async_mode="disabled")
            p.start()
            state["p"] = p

    def stop(*_) -> None:
        p, state["p"] = state["p"], None
        if p is not None:
            p.stop().save(f"{prefix}.{state['k']}.json")
            state["k"] += 1

    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)
    from tui.cli import main as claimdesk_main

    return claimdesk_main(args)


# =========================================================================== the benchmark
def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(round(q * (len(xs) - 1)))))]


def _row(name, figure, unit, target, reference, ok, note="", spread=None) -> dict:
    ratio = figure / reference if isinstance(figure, (int, float)) and reference else None
    return {"name": name, "figure": figure, "unit": unit, "target": target, "reference": reference,
            "ratio": ratio, "ok": ok, "note": note, "spread": spread}


def _profile_note(prof: dict, keys: int | None = None, n: int = 8) -> str:
    if not prof.get("inclusive"):
        return "no samples"
    per_key = f", {prof['busy_ms'] / keys:.0f} ms per key" if keys else ""

    def names(rows: list[dict]) -> str:
        return "; ".join(f"{r['name']} {r['ms']:.0f} ms ({r['share']:.0%})" for r in rows[:n])
    return (f"pyinstrument, busy {prof['busy_ms']:.0f} ms{per_key}. Project code (inclusive): "
            f"{names(prof['project'])}. All code (inclusive): {names(prof['inclusive'])}. "
            f"Own time: {names(prof['self'])}")


def run(quick: bool = False, sizes: tuple[int, ...] | None = None) -> list[dict]:
    from benchmarks.synth import folder_bytes, make_folder

    sizes = sizes or ((50,) if quick else (200, 1000))
    repeats = 1 if quick else 3
    keys_after = 8 if quick else 36
    rng = random.Random(11)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="claimdesk-keys-") as tmp:
        tmp_path = Path(tmp)
        for n in sizes:
            folder = make_folder(tmp_path / f"articles{n}", n=n, target_bytes=n * 4500)
            kb = folder_bytes(folder) / 1000
            desk: list[KeyRun] = []
            bare: list[KeyRun] = []
            for i in range(repeats):  # interleaved, so load on the machine hits both alike
                d = run_once("claimdesk", folder, tmp_path / f"home-{n}-{i}", rng, keys_after, loading_keys=not quick)
                desk.append(d)
                load = (d.ready_at or 1.0) - (d.first_frame or 0.0)
                bare.append(run_once("bare", None, tmp_path / f"bare-{n}-{i}", rng, keys_after, load_seconds=load,
                                     loading_keys=not quick))
            rows += _rows(n, kb, desk, bare, repeats)
            if not quick:  # a smoke run skips the profile
                prof = profile_run(folder, tmp_path / f"prof-{n}", keys_after, rng)
                if isinstance(prof, str):
                    rows.append(_row(f"keys, {n:,} articles: profile", None, "", "-", None, None, prof))
                else:
                    for phase, p in prof.items():
                        keys = keys_after if phase == Phase.LOADED.value else None
                        rows.append(_row(f"event loop busy {phase}, {n:,} articles (profiled run"
                                         + (f", {keys} keys)" if keys else ")"), p["busy_ms"], "ms", "-", None, None,
                                         _profile_note(p, keys)))
    return rows


def _rows(n: int, kb: float, desk: list[KeyRun], bare: list[KeyRun], repeats: int) -> list[dict]:
    rows = []
    for phase in (Phase.LOADED, Phase.LOADING):
        d = [x * 1000 for r in desk for x in r.latencies[phase]]
        b = [x * 1000 for r in bare for x in r.latencies[phase]]
        missing = sum(r.no_effect[phase] for r in desk)
        bmissing = sum(r.no_effect[phase] for r in bare)
        label = f"key → screen change, {n:,} articles ({kb:,.0f} kB), {phase}"
        if not d:
            why = (f"{missing} key(s) without visible effect within {NO_EFFECT_S:g} s" if missing else
                   "no key pressed (a quick run presses none while loading)")
            rows.append(_row(label, None, "ms", "-", None, False if phase is Phase.LOADED else None,
                             f"no key measured: {why}"))
            continue
        p50, p90, mx = _pct(d, 0.5), _pct(d, 0.9), max(d)
        b50 = _pct(b, 0.5) if b else None
        b90 = _pct(b, 0.9) if b else None
        bmx = max(b) if b else None
        spread = [_pct([x * 1000 for x in r.latencies[phase]], 0.5) for r in desk if r.latencies[phase]]
        runs = f"{len(d)} keys over {repeats} run(s), run medians {min(spread):.1f}-{max(spread):.1f} ms"
        extra = (f"; {missing} key(s) without visible effect within {NO_EFFECT_S:g} s" if missing else "") + (
            f"; bare: {bmissing} without effect" if bmissing else "")
        if phase is Phase.LOADED:
            ok = b50 is not None and p50 <= TARGET_RATIO * b50
            rows.append(_row(f"{label}: p50", p50, "ms", f"<= {TARGET_RATIO:g}x bare", b50, ok,
                             runs + extra + ("" if ok else f"; MISS: {p50 / b50:.2f}x the bare app" if b50 else ""),
                             (min(spread), max(spread))))
            rows.append(_row(f"{label}: p90", p90, "ms", "-", b90, None, ""))
            rows.append(_row(f"{label}: max", mx, "ms", "-", bmx, None, ""))
            st = [x * 1000 for r in desk for x in r.status_changed if x is not None]
            bst = [x * 1000 for r in bare for x in r.status_changed if x is not None]
            unchanged = sum(x is None for r in desk for x in r.status_changed)
            if st:
                rows.append(_row(f"key → status-line change, {n:,} articles, {phase}: p50", _pct(st, 0.5), "ms", "-",
                                 _pct(bst, 0.5) if bst else None, None,
                                 f"p90 {_pct(st, 0.9):.1f} ms, max {max(st):.1f} ms"
                                 + (f"; {unchanged} key(s) left the status line as it was" if unchanged else "")))
            se = [x * 1000 for r in desk for x in r.settled]
            bse = [x * 1000 for r in bare for x in r.settled]
            if se:
                rows.append(_row(f"key → its last frame, {n:,} articles, {phase}: p50", _pct(se, 0.5), "ms", "-",
                                 _pct(bse, 0.5) if bse else None, None,
                                 f"p90 {_pct(se, 0.9):.1f} ms, max {max(se):.1f} ms; the last frame the key caused "
                                 "(none followed within 150 ms)"))
        else:
            ok = mx <= TARGET_LOADING_MS
            loaded = statistics.median((r.ready_at or 0) - (r.first_frame or 0) for r in desk)
            rows.append(_row(f"{label}: p50", p50, "ms", "-", b50, None,
                             runs + extra + f"; loading lasted {loaded:.1f} s after the first frame (median)",
                             (min(spread), max(spread))))
            rows.append(_row(f"{label}: p90", p90, "ms", "-", b90, None, ""))
            rows.append(_row(f"{label}: max", mx, "ms", f"<= {TARGET_LOADING_MS:g} ms", bmx, ok,
                             "" if ok else f"MISS: {mx - TARGET_LOADING_MS:.0f} ms over"))
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--bare"]:
        bare_app(float(argv[1]) if len(argv) > 1 else 0.0).run()
        return 0
    if argv[:1] == ["--profiled"]:
        return _profiled_main(argv[1], argv[3:] if argv[2:3] == ["--"] else argv[2:])
    if argv[:1] == ["--profile-report"]:  # a saved session, read again
        print(json.dumps(heaviest(Path(argv[1]), top=int(argv[2]) if len(argv) > 2 else 10), indent=1))
        return 0
    from benchmarks.run import print_table

    sizes = tuple(int(a) for a in argv if a.isdigit()) or None
    print_table(run(quick="--quick" in argv, sizes=sizes))
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):  # run as a file (the bare app, the profiled app): make the project importable
        sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
