"""Ask for a file path (used by export). Enter accepts, Esc cancels. Wide: paths are long."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.safe import content
from tui.widgets.safe_inputs import SafeInput


class AskPathScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(self, title: str, default: str, help: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.default = default
        self.help = help

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide", id="ask-path-dialog"):
            yield Label(content(self.title_text), classes="dialog-title")
            yield SafeInput(self.default, id="path")  # the default holds the working folder's name
            yield Label(content(self.help or "Enter to write · Esc to cancel"), classes="dialog-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
