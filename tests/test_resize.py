"""A terminal shrunk to 40x12 and grown back: no crash, and the desk stays usable at each size.

Usable means what an editor needs to keep working: an article pane as wide as the
terminal with a few lines of its text on screen, the selected claim scrolled into view,
the status line with the review progress, and the keys still tagging claims. Growing back
restores the side-by-side panes with the selection and the tags kept.
"""

from __future__ import annotations

import re

from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, wait_ready
from tui.app import make_app

SMALL = (40, 12)
BIG = (120, 40)
MIN_TEXT_LINES = 3  # a claim sentence in context at 38 columns


def claim_visible(desk, claim_id: str) -> bool:
    """The claim's first line is inside the visible part of the pane that shows its article."""
    claim = desk.model.claims[claim_id]
    for pane in desk.panes():
        if pane.document is not None and pane.document.id == claim.doc:
            view = pane.view
            y = view.y_for_offset(claim.start)
            top = round(view.scroll_y)
            return y is not None and top <= y < top + view.scrollable_content_region.height
    return False


def status_text(desk) -> str:
    return str(desk.query_one("#status").render())


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_shrink_to_40x12_and_back(tmp_path):
    app = make_app([SAMPLES], db_path=tmp_path / "store.json", editor="resizer")
    async with app.run_test(size=BIG) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert len(desk.panes()) == 3
        await pilot.press("n")
        first = desk.selected
        await pilot.press("c")
        assert desk.status_of(first) == "corroborated"

        await pilot.resize_terminal(*SMALL)
        await settle(pilot)
        assert app.size == SMALL
        panes = desk.panes()
        assert len(panes) == 1, "one 40-column pane fits"
        assert panes[0].region.width == SMALL[0]
        assert panes[0].view.region.height >= MIN_TEXT_LINES, (
            f"only {panes[0].view.region.height} line(s) of article text on screen at 40x12; "
            f"claims table {desk.query_one('#claims-panel').region}")
        status = desk.query_one("#status")
        assert status.region.height == 1 and status.region.y < SMALL[1], "the status line is off screen"
        assert re.search(r"\b1/\d+ reviewed", status_text(desk)), status_text(desk)

        # still usable: move, tag, and the claim is in view
        await pilot.press("n")
        second = desk.selected
        assert second != first
        await pilot.press("d")
        await pilot.pause()
        assert desk.status_of(second) == "disputed"
        assert claim_visible(desk, second), "the selected claim is not scrolled into view at 40x12"
        assert re.search(r"\b2/\d+ reviewed", status_text(desk)), status_text(desk)

        await pilot.resize_terminal(*BIG)
        await settle(pilot)
        assert app.size == BIG
        panes = desk.panes()
        assert len(panes) == 3, "grown back, the articles are side by side again"
        assert all(p.document is not None and p.view.region.height > 10 for p in panes)
        assert len({p.document.id for p in panes}) == 3
        assert desk.selected == second
        assert desk.status_of(first) == "corroborated" and desk.status_of(second) == "disputed"
        await pilot.press("p")
        assert desk.selected == first
        assert claim_visible(desk, first)


async def test_resizing_while_loading_does_not_crash(tmp_path):
    """Sizes change before the articles are in: the desk still comes up whole at the final size."""
    app = make_app([SAMPLES], db_path=tmp_path / "store.json", editor="resizer")
    async with app.run_test(size=BIG) as pilot:
        for size in (SMALL, (80, 24), SMALL, BIG):
            await pilot.resize_terminal(*size)
        await wait_ready(pilot)
        await settle(pilot)
        desk = desk_of(app)
        assert app.size == BIG
        assert len(desk.documents) == 5
        assert len(desk.panes()) == 3
        await pilot.press("n")
        assert desk.selected is not None
