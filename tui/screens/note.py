"""The note editor: a multi-line TextArea in a modal. ctrl+s saves; Esc cancels, and asks first when the
note was changed."""

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
        with Vertical(classes="dialog", id="note-dialog"):
            yield Label("Note on", classes="dialog-title")
            yield Label(content(flat(self.claim_text)), classes="dialog-quote")
            # the note is the editor's data: kept exactly as stored (only drawn inert), never markup
            yield SafeTextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Label("ctrl+s save · Esc cancel (asks if changed)", classes="dialog-help")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def changed(self) -> bool:
        return self.query_one(TextArea).text != self.note

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return
        from tui.screens.confirm import ConfirmScreen

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen("Discard the changes to this note?",
                                           "y discards them · n goes back to the note"), answered)
