"""Helpers for driving the app in tests."""

from __future__ import annotations

import asyncio
import io
import re

from textual.pilot import Pilot


async def wait_ready(pilot: Pilot, timeout: float = 60.0) -> None:
    """Until the desk has analysed its articles and opened its store; then let the screen settle."""
    from tui.screens.desk import DeskScreen

    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        desk = next((s for s in app.screen_stack if isinstance(s, DeskScreen)), None)
        if desk is not None and desk.ready and not desk.documents == []:
            break
        if desk is not None and desk.ready:
            break
        if loop.time() > deadline:
            raise AssertionError("the desk did not become ready in time")
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


def desk_of(app):
    from tui.screens.desk import DeskScreen

    return next(s for s in app.screen_stack if isinstance(s, DeskScreen))


def no_blink(app) -> None:
    """Stop every cursor blinking so screenshots are deterministic."""
    from textual.widgets import Input, TextArea

    for w in app.screen.query(Input):
        w.cursor_blink = False
    for w in app.screen.query(TextArea):
        w.cursor_blink = False


# ---------------------------------------------------------------------------- what reaches the terminal

#: characters a terminal acts on (C0 but tab and newline, DEL, C1) or that reorder text (bidi controls)
TERMINAL_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def screen_lines(app) -> list[str]:
    """The characters of every row on screen (the top screen over the ones it shows through), as the
    compositor hands them to the driver: the text of each segment, without the driver's own escape codes."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return ["".join(seg.text for strip in line for seg in strip if not seg.control) for line in update.strips]


def terminal_bytes(app) -> str:
    """What a full repaint writes to the terminal: the segments with the driver's cursor moves and colours."""
    from rich.console import Console

    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=app.size.width,
                      height=app.size.height, legacy_windows=False)
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return update.render_segments(console)


def assert_screen_is_inert(app, where: str) -> str:
    """Nothing on screen a terminal would act on: no control or bidi character in any segment, and in
    the bytes of a repaint no OSC (clipboard, title, hyperlink), no C1, no screen clear. Returns the
    screen's text (rows joined by newlines) for further checks."""
    lines = screen_lines(app)
    for y, row in enumerate(lines):
        m = TERMINAL_ACTIVE.search(row)
        assert m is None, f"{where}: row {y} holds {m.group()!r} raw: {row!r}"
    raw = terminal_bytes(app)
    for bad, what in (("\x1b]", "an OSC sequence"), ("\x1b[2J", "a screen clear"), ("\x1bP", "a DCS string"),
                      ("\x9b", "a C1 CSI"), ("\x9d", "a C1 OSC"), ("\u202e", "a bidi override")):
        assert bad not in raw, f"{where}: a repaint writes {what} to the terminal"
    return "\n".join(lines)


def write_conflicting_pair(folder) -> list:
    """Two short articles that state one figure differently (300 against 3,000 detained) and agree on
    another: desk tests of conflict navigation and filters use them, so they do not depend on how many
    conflicts the engine finds in the samples. The names sort after the samples'."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, outlet, figure in (("zz_gazette.txt", "The Gazette", "300"), ("zz_courier.txt", "The Courier", "3,000")):
        path = folder / name
        path.write_text(f"Title: Detentions in the centre\nOutlet: {outlet}\nDate: 2024-10-03\n\n"
                        f"Police detained {figure} people in the city centre on Monday, officials said.\n\n"
                        "The mayor said 5,000 people marched through the centre on Sunday.\n", encoding="utf-8")
        out.append(path)
    return out
