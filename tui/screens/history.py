"""The undo history, newest first: when each change was made (for this session's changes), what it did,
and Enter jumps to its claim."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.safe import flat, line
from tui.session import HistoryEntry


def entry_prompt(e: HistoryEntry) -> Text:
    out = Text()
    out.append(f"{e.at or 'earlier':>8}  ", style="dim")
    if e.editor:
        out.append(f"{line(e.editor)}  ", style="dim")
    if e.undone:
        out.append("undone · ", style="italic")
    out.append(flat(e.desc), style="dim" if e.undone else "")
    return out


class HistoryScreen(ModalScreen[str | None]):
    """Returns the claim to jump to, or None."""

    BINDINGS = [Binding("escape,q", "close", "Close", priority=True)]

    def __init__(self, entries: list[HistoryEntry]) -> None:
        super().__init__(classes="dialog-screen")
        self.entries = entries

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide", id="history-dialog"):
            yield Label("Undo history, newest first", classes="dialog-title")
            if self.entries:  # descriptions quote claim text: inert, never markup
                yield OptionList(*[Option(entry_prompt(e), id=str(i), disabled=e.claim_id is None)
                                   for i, e in enumerate(self.entries)], id="history", markup=False)
            else:
                yield Label("No changes yet.", classes="dialog-quote")
            yield Label("Enter jumps to the claim · ctrl+z / ctrl+y undo and redo · Esc closes",
                        classes="dialog-help")

    def on_mount(self) -> None:
        for ol in self.query(OptionList):
            ol.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[int(event.option.id or 0)].claim_id)

    def action_close(self) -> None:
        self.dismiss(None)
