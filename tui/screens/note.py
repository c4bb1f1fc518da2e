"""The note editor: a multi-line TextArea in a modal. ctrl+s saves, Esc cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea

from tui.safe import content, flat
from tui.widgets.safe_inputs import SafeTextArea


class NoteScreen(ModalScreen[str | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    def __init__(self, claim_text: str, note: str) -> None:
        super().__init__(classes="dialog-screen")
        self.claim_text = claim_text
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Note on", classes="dialog-title")
            yield Label(content(flat(self.claim_text)), classes="dialog-quote")
            # the note is the editor's data: kept exactly as stored (only drawn inert), never markup
            area = SafeTextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield area
            yield Label("ctrl+s save · Esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
