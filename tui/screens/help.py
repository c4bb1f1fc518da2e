"""Help: every action by group with the key in force (config.toml's, else the default), the colour
legend drawn in the panes' own styles, and the search box's filter syntax."""

from __future__ import annotations

import io
from collections.abc import Mapping

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tui import actions
from tui.safe import line
from tui.widgets.claims_panel import FILTERS
from tui.widgets.legend import Legend


def _grid(width: int = 0) -> Table:
    """Two columns: the left one ``width`` wide (or its widest entry), the right one wrapping under itself."""
    t = Table.grid(padding=(0, 2))
    t.add_column(no_wrap=True, style="bold", min_width=width)
    t.add_column(ratio=1)
    return t


def keys_table(keys: Mapping[str, list[str]]) -> Group:
    """One section per group: ``key(s)  what it does``. Keys may come from config.toml: shown inert."""
    shown = {a.id: " / ".join(line(actions.key_display(k)) for k in keys.get(a.id, [])) for a in actions.ACTIONS}
    width = min(16, max(len(v) for v in shown.values()))
    parts: list[Text | Table] = []
    for g, group in enumerate(actions.Group):
        parts.append(Text(("\n" if g else "") + group.value, style="bold underline"))
        t = _grid(width)
        for a in (a for a in actions.ACTIONS if a.group is group):
            t.add_row(Text(shown[a.id]), Text(a.help))
        parts.append(t)
    parts.append(Text("\nIn the claims table: ↑/↓ move, Enter shows the claim, s cycles the sort; "
                      "in dialogs: Enter chooses, Esc closes.", style="dim"))
    return Group(*parts)


def keys_text(keys: Mapping[str, list[str]]) -> str:
    """The key table as plain text (for tests and the README)."""
    from rich.console import Console

    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    console.print(keys_table(keys))
    return console.export_text()


def status_marks() -> Group:
    """What the claims table's Status column shows, beside what it means."""
    from tui.widgets.claims_panel import ADJUDICATED_MARK, REVIEW_MARK, STATUS_MARK

    t = _grid()
    for mark, style, meaning in (
        (*STATUS_MARK["corroborated"], "the verdict (with a second check: two editors agreed on it)"),
        (*STATUS_MARK["disputed"], "the verdict"),
        (*STATUS_MARK[""], "no verdict yet"),
        (*REVIEW_MARK["second-check"], "needs another editor's verdict (theirs is hidden until you give yours)"),
        ("◐ disputed", REVIEW_MARK["second-check"][1], "your verdict, waiting for a second editor's"),
        (*REVIEW_MARK["disagreement"], "editors gave different verdicts: a lead settles it (J)"),
        (f"{ADJUDICATED_MARK} disputed", "", "settled by a lead, with a reason"),
    ):
        t.add_row(Text(mark, style=style), Text(meaning))
    return Group(Text("\nIn the claims table's Status column:", style="bold"), t)


def filters_table() -> Group:
    t = _grid()
    for token, meaning in FILTERS:
        t.add_row(Text(token), Text(meaning))
    return Group(t, Text("Combine them: is:untagged has:conflict outlet:courier. A filter word that is not one is "
                         "named on the table's summary line and ignored.", style="dim"))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", priority=True),
        Binding("k", "jump('help-keys')", "Keys", show=False),
        Binding("l", "jump('legend-title')", "Colours", show=False),
        Binding("f", "jump('filters-title')", "Filters", show=False),
    ]

    def __init__(self, keys: Mapping[str, list[str]], config: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.keys = keys
        self.config = config

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide dialog-tall", id="help-dialog"):
            yield Label("claimdesk — keys, colours and filters", classes="dialog-title")
            with VerticalScroll(id="help-body", classes="fill"):
                yield Static(keys_table(self.keys), markup=False, id="help-keys")
                if self.config:
                    yield Static(Text(f"Keys can be changed in {line(self.config)} ([keys] action = \"key\").",
                                      style="dim"), markup=False)
                yield Label("Colours", classes="dialog-section", id="legend-title")
                yield Legend(id="legend")
                yield Static(status_marks(), markup=False, id="help-marks")
                yield Label("Search and filters (/ in the claims table)", classes="dialog-section", id="filters-title")
                yield Static(filters_table(), markup=False, id="help-filters")
            yield Label("↑/↓ scroll · k keys · l colours · f filters · Esc or ? closes", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_jump(self, section: str) -> None:
        """Scroll a section to the top (k keys, l colours, f filters)."""
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_to_widget(self.query_one(f"#{section}"), top=True, animate=False, immediate=True)

    def action_close(self) -> None:
        self.dismiss(None)


def markdown_legend() -> str:
    """The README's colour legend (the same entries as the help screen's)."""
    from tui.widgets.legend import ENTRIES

    return "\n".join(f"- **{sample}**: {meaning}" for sample, _, meaning in ENTRIES)


def markdown_filters() -> str:
    """The README's filter syntax (the same rows as the help screen's)."""
    return "\n".join(["| type | keeps |", "|---|---|", *(f"| `{token}` | {meaning} |" for token, meaning in FILTERS)])
