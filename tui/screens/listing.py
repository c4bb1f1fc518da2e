"""A read-only list in a modal (orphaned annotations)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.safe import content


class ListingScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Close", priority=True)]

    def __init__(self, title: str, rows: list[str], empty: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.rows = rows
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide"):
            yield Label(content(self.title_text), classes="dialog-title")
            if self.rows:  # orphans quote claim text: inert, never markup
                yield OptionList(*[Option(content(r)) for r in self.rows], markup=False)
            else:
                yield Label(content(self.empty), classes="dialog-quote")
            yield Label("Esc to close", classes="dialog-help")

    def action_close(self) -> None:
        self.dismiss(None)
