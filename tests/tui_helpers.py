"""Helpers for driving the app in tests."""

from __future__ import annotations

import asyncio

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
