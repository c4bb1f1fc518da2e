"""Choose one of a few options (the export format, say). Enter chooses, Esc cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.safe import content


class ChoiceScreen(ModalScreen[str | None]):
    """Returns the key of the chosen option."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(self, title: str, options: list[tuple[str, str]], help: str = "Enter to choose · Esc to cancel",
                 current: str | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.options = options
        self.help = help
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="choice-dialog"):
            yield Label(content(self.title_text), classes="dialog-title")
            yield OptionList(*[Option(content(label), id=key) for key, label in self.options], id="choices",
                             markup=False)
            yield Label(content(self.help), classes="dialog-help")

    def on_mount(self) -> None:
        ol = self.query_one(OptionList)
        ol.focus()
        keys = [k for k, _ in self.options]
        if self.current in keys:
            ol.highlighted = keys.index(self.current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
