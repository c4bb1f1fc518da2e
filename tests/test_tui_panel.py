"""The claims table: search, status filters, sorting, and choosing a row selects the claim."""

from __future__ import annotations

from textual.widgets import Input

from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, wait_ready, write_conflicting_pair
from tui.app import make_app
from tui.widgets.claims_panel import ClaimsPanel
from tui.widgets.claims_table import ClaimsTable


def app_for(tmp_path, *extra):
    return make_app([SAMPLES, *extra], db_path=tmp_path / "store.json", editor="tester")


def shown_ids(app) -> list[str]:
    return list(app.screen.query_one(ClaimsPanel)._shown)


async def test_filters_search_and_sort(tmp_path):
    app = app_for(tmp_path, *write_conflicting_pair(tmp_path / "pair"))  # (has:conflict needs a conflict)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        total = len(desk.model.claims)
        assert len(shown_ids(app)) == total
        await pilot.press("n", "c", "n", "d")
        tagged_c, tagged_d = desk.model.order[0], desk.model.order[1]

        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"is:disputed")
        assert shown_ids(app) == [tagged_d]
        search = app.screen.query_one("#claim-search", Input)
        search.value = "is:corroborated"
        await pilot.pause()
        assert shown_ids(app) == [tagged_c]
        search.value = "is:untagged"
        await pilot.pause()
        assert len(shown_ids(app)) == total - 2
        search.value = "has:conflict"
        await pilot.pause()
        assert shown_ids(app) and all(desk.model.state(c) == "conflict" for c in shown_ids(app))
        outlet = desk.documents[2].label
        search.value = f"outlet:{outlet.split()[-1]}"
        await pilot.pause()
        assert shown_ids(app) and all(desk.model.docs[desk.model.claims[c].doc].label == outlet for c in shown_ids(app))
        search.value = "IStories"
        await pilot.pause()
        assert shown_ids(app) and all("istories" in desk.model.claims[c].text.lower() for c in shown_ids(app))
        summary = str(app.screen.query_one("#claims-summary").render())
        assert "2 of" in summary and "showing" in summary

        search.value = ""
        await pilot.press("enter")  # back to the table
        assert isinstance(app.focused, ClaimsTable)
        await pilot.press("s")  # sort by fact: claims of one cluster side by side
        ids = shown_ids(app)
        cl = desk.model.analysis.clusters[0]
        positions = sorted(ids.index(c) for c in cl.claims)
        assert positions == list(range(positions[0], positions[0] + len(positions)))
        await pilot.press("s")  # by status: disputed first
        assert shown_ids(app)[:2] == [tagged_d, tagged_c]


async def test_choosing_a_row_selects_and_shows_the_claim(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        table = app.screen.query_one("#claims-table", ClaimsTable)
        table.focus()
        await pilot.pause()
        target_row = len(desk.model.order) - 1
        await pilot.press("end")
        await pilot.press("enter")
        await pilot.pause()
        target = desk.model.order[target_row]
        assert desk.selected == target
        doc = desk.model.claims[target].doc
        assert doc in {p.document.id for p in desk.panes()}
