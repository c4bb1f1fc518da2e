"""Choose which article fills the focused pane."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from claims.model import Document
from tui.safe import content, flat, line


class PickerScreen(ModalScreen[int | None]):
    """Returns the index of the chosen document."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(self, docs: list[Document], shown: list[int], current: int | None) -> None:
        super().__init__(classes="dialog-screen")
        self.docs = docs
        self.shown = shown
        self.current = current

    def compose(self) -> ComposeResult:
        options = []
        for i, d in enumerate(self.docs):
            mark = "▶ " if i in self.shown else "  "
            date = f" · {d.date.isoformat()}" if d.date else ""
            title = flat(d.title) if d.title else "(untitled)"
            options.append(Option(content(f"{mark}{line(d.label)}{date} — {title}"), id=str(i)))
        with Vertical(classes="dialog dialog-wide"):
            yield Label("Show which article in this pane?", classes="dialog-title")
            yield OptionList(*options, id="articles", markup=False)
            yield Label("Enter to show · ▶ already in a pane · Esc to cancel", classes="dialog-help")

    def on_mount(self) -> None:
        ol = self.query_one(OptionList)
        ol.focus()
        if self.current is not None:
            ol.highlighted = self.current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)
