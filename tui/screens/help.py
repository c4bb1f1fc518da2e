"""Help: every action by group with the key in force (config.toml's, else the default), the colour
legend drawn in the panes' own styles, and the search box's filter syntax."""

from __future__ import annotations

from collections.abc import Mapping

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


def keys_text(keys: Mapping[str, list[str]]) -> Text:
    """One section per group: ``key(s)  what it does``. Keys may come from config.toml: shown inert."""
    shown = {a.id: " / ".join(line(actions.key_display(k)) for k in keys.get(a.id, [])) for a in actions.ACTIONS}
    width = min(14, max(len(v) for v in shown.values()) + 2)
    out = Text()
    for g, group in enumerate(actions.Group):
        if g:
            out.append("\n")
        out.append(f"{group.value}\n", style="bold underline")
        for a in (a for a in actions.ACTIONS if a.group is group):
            out.append(f"{shown[a.id]:<{width}}", style="bold")
            out.append(f"{a.help}\n")
    out.append("\nIn the claims table: ↑/↓ move, Enter shows the claim, s cycles the sort; "
               "in dialogs: Enter chooses, Esc closes.", style="dim")
    return out


def filters_text() -> Text:
    width = max(len(t) for t, _ in FILTERS) + 2
    out = Text()
    for i, (token, meaning) in enumerate(FILTERS):
        if i:
            out.append("\n")
        out.append(f"{token:<{width}}", style="bold")
        out.append(meaning)
    out.append("\nCombine them: is:untagged has:conflict outlet:courier. A filter word that is not one is named "
               "on the table's summary line and ignored.", style="dim")
    return out


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close", priority=True)]

    def __init__(self, keys: Mapping[str, list[str]], config: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.keys = keys
        self.config = config

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide dialog-tall", id="help-dialog"):
            yield Label("claimdesk — keys, colours and filters", classes="dialog-title")
            with VerticalScroll(id="help-body", classes="fill"):
                yield Static(keys_text(self.keys), markup=False, id="help-keys")
                if self.config:
                    yield Static(Text(f"Keys can be changed in {line(self.config)} ([keys] action = \"key\").",
                                      style="dim"), markup=False)
                yield Label("Colours", classes="dialog-section")
                yield Legend(id="legend")
                yield Label("Search and filters (/ in the claims table)", classes="dialog-section")
                yield Static(filters_text(), markup=False, id="help-filters")
            yield Label("↑/↓ PgUp/PgDn scroll · Esc or ? closes", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
