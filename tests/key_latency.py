"""Key -> status-line change latency of the desk, beside a bare Textual app with the same layout (issue 11, item 1).

Not a test (pytest does not collect it) and not the official benchmark (``benchmarks/`` drives the installed
command on a pty): an in-process measurement for working on the desk's key path, without Pilot's waiting.

Each key goes in as the terminal driver would send it (``driver.send_message(events.Key)``); the clock stops at
the first frame the app hands to its display after the status line changed (``App._display`` is wrapped; the
headless driver writes nothing, so the figure leaves out the terminal's own write, the same for both apps).
Keys alternate so that each one changes the status line: n c n d p backspace n backspace p, over and over.
Beside the wall clock it reports the main thread's CPU time over the same span (``time.thread_time``): the app's own
work per key, which a busy machine does not inflate the way it inflates the wall clock.

    .venv/bin/python -m tests.key_latency                 # the five samples, 120x40, 60 keys
    .venv/bin/python -m tests.key_latency --articles 200  # 200 generated articles (benchmarks.synth)
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

KEYS = ("n", "c", "n", "d", "p", "backspace", "n", "backspace", "p")  # each changes the status line
#: bench_keys' walk: it moves on through the articles (two claims forward every six keys), so panes scroll
FORWARD = ("n", "c", "n", "d", "p", "n")
SIZE = (120, 40)


class BareApp(App):
    """The desk's layout and nothing else: header, three panes, a table area, a status line, a footer. Each key
    rewrites the status line (with a layout pass, Static's default)."""

    CSS = """
    #panes { height: 1fr; } .pane { width: 1fr; border: round $panel; } #table { height: 35%; }
    #status { height: 1; background: $panel; }
    """
    BINDINGS = [Binding(k, f"key('{k}')") for k in ("n", "p", "c", "d", "backspace")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            for _ in range(3):
                yield Static("text " * 400, classes="pane")
        yield Static("table", id="table")
        yield Static("", id="status")
        yield Footer()

    def action_key(self, key: str) -> None:
        self.count = getattr(self, "count", 0) + 1
        self.query_one("#status", Static).update(f"{self.count}/86 reviewed │ {key} │ claim {self.count}")


async def _measure(app: App, ready: Callable[[App], bool], status_of: Callable[[App], Any], n_keys: int,
                   warmup: int = 6, by_key: dict[str, list[float]] | None = None,
                   cpu: list[float] | None = None, keys: tuple[str, ...] = KEYS) -> list[float]:
    """Each key's latency (seconds, wall clock); ``cpu`` gets the main thread's CPU time over the same span (the
    app's own work: on a loaded machine the wall clock also counts the time other processes had the cores)."""
    async with app.run_test(size=SIZE):  # only starts the app headless; keys do not go through Pilot
        deadline = time.monotonic() + 300
        while not ready(app):
            if time.monotonic() > deadline:
                raise RuntimeError("the app did not become ready in 300 s")
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        status = status_of(app)
        changed: list[float] = []
        shown = asyncio.Event()
        original_update = status.update
        original_display = app._display

        def update(*a, **k):
            changed.append(time.perf_counter())
            return original_update(*a, **k)

        cpu_at = [0.0]

        def display(screen, renderable):
            out = original_display(screen, renderable)
            if changed and renderable is not None and not shown.is_set():
                cpu_at[0] = time.thread_time()
                shown.set()
            return out

        status.update = update  # type: ignore[method-assign]
        app._display = display  # type: ignore[method-assign]
        driver = app._driver
        assert driver is not None
        out: list[float] = []
        i = skipped = 0
        while len(out) < n_keys:
            key = keys[i % len(keys)]
            i += 1
            changed.clear()
            shown.clear()
            event = events.Key(key, key if len(key) == 1 else None)
            event.set_sender(app)
            t0 = time.perf_counter()
            c0 = time.thread_time()
            driver.send_message(event)
            try:
                await asyncio.wait_for(shown.wait(), 2)
            except TimeoutError:  # the key changed nothing here (n on an article's last claim, say): not counted
                skipped += 1
                if skipped > n_keys:
                    raise RuntimeError(f"most keys never changed the status line (last: {key!r})") from None
                continue
            if i > warmup:
                out.append(time.perf_counter() - t0)
                if cpu is not None:
                    cpu.append(cpu_at[0] - c0)
                if by_key is not None:
                    by_key.setdefault(key, []).append(out[-1])
            await asyncio.sleep(0.03)  # let the frame settle, as a person between keys
    closed = getattr(app, "wait_store_closed", None)
    if callable(closed):
        closed(30)
    return out


def _desk(folder: Path, db: Path):
    from tui.app import make_app

    app = make_app([folder], db_path=db, editor="bench", config_path=db.parent / "none.toml", place_path=False)

    def ready(a: App) -> bool:
        from tui.screens.desk import DeskScreen

        desk = next((s for s in a.screen_stack if isinstance(s, DeskScreen)), None)
        return desk is not None and desk.ready and not any(w.is_running for w in a.workers)

    def status(a: App) -> Any:  # the desk's StatusLine: an update() of its own, like a Static's
        return a.screen.query_one("#status")

    return app, ready, status


def _summary(name: str, xs: list[float], ref: float | None = None) -> str:
    xs = sorted(xs)
    p50 = statistics.median(xs)
    p90 = xs[min(len(xs) - 1, round(0.9 * (len(xs) - 1)))]
    ratio = f"  {p50 / ref:4.2f}x bare" if ref else ""
    return f"{name:<44} p50 {p50 * 1000:6.1f} ms   p90 {p90 * 1000:6.1f} ms   max {xs[-1] * 1000:6.1f} ms{ratio}"


async def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.key_latency", description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=0, help="generated articles instead of the five samples")
    p.add_argument("--keys", type=int, default=60, help="keys measured per app (after 6 to warm up)")
    p.add_argument("--forward", action="store_true", help="walk on through the articles as bench_keys does "
                   f"({' '.join(FORWARD)}, over and over) instead of back and forth over a few claims")
    args = p.parse_args(argv)
    keys = FORWARD if args.forward else KEYS
    with tempfile.TemporaryDirectory(prefix="claimdesk-keys-") as tmp:
        tmpd = Path(tmp)
        if args.articles:
            from benchmarks.synth import make_folder

            folder = make_folder(tmpd / "articles", n=args.articles, target_bytes=args.articles * 5600)
            what = f"claimdesk, {args.articles} articles"
        else:
            from tests.conftest import SAMPLES

            folder, what = SAMPLES, "claimdesk, 5 samples"
        bare_cpu: list[float] = []
        bare = await _measure(BareApp(), lambda a: True, lambda a: a.query_one("#status", Static), args.keys,
                              cpu=bare_cpu, keys=keys)
        app, ready, status = _desk(folder, tmpd / "store.json")
        by_key: dict[str, list[float]] = {}
        desk_cpu: list[float] = []
        desk = await _measure(app, ready, status, args.keys, by_key=by_key, cpu=desk_cpu, keys=keys)
    ref = statistics.median(bare)
    print(f"key -> status line on the display, {SIZE[0]}x{SIZE[1]}, {args.keys} keys ({' '.join(keys)} ...)")
    print(_summary("bare Textual app, same layout (reference)", bare))
    print(_summary(what, desk, ref))
    moves = [x for k in ("n", "p") for x in by_key.get(k, [])]
    tags = [x for k in ("c", "d", "backspace") for x in by_key.get(k, [])]
    if moves and tags:
        print(_summary("  of which n / p (select a claim)", moves, ref))
        print(_summary("  of which c / d / backspace (a durable tag)", tags, ref))
    cpu_ref = statistics.median(bare_cpu)
    print(_summary("main-thread CPU per key, bare app", bare_cpu))
    print(_summary("main-thread CPU per key, claimdesk", desk_cpu, cpu_ref))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
