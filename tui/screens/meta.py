"""Correct an article's outlet, title and date (for a .txt file the loader may have only its file name).

Enter saves all three (from any field); an empty field takes the correction away, so the loader's value shows
again. The date is checked here (YYYY-MM-DD) and everything again by the store; a refusal is shown in the dialog,
naming the field, and nothing is saved. Esc cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.safe import content
from tui.widgets.safe_inputs import SafeInput

__all__ = ["MetaScreen", "check_date"]


def check_date(text: str) -> str | None:
    """Why a typed date is not one (None when it is, or is empty)."""
    text = text.strip()
    if not text:
        return None
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return f"date: {text[:40]!r} is not a date (YYYY-MM-DD)"
    return None


class MetaScreen(ModalScreen[bool]):
    """``save(outlet, title, date)`` returns None when saved (the dialog closes) or why not (it stays)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(self, file_name: str, outlet: str, title: str, date: str, found: str,
                 save: Callable[[str, str, str], str | None]) -> None:
        super().__init__(classes="dialog-screen")
        self.file_name = file_name
        self.values = (outlet, title, date)
        self.found = found
        self.save = save

    def compose(self) -> ComposeResult:
        outlet, title, date = self.values
        with Vertical(classes="dialog dialog-wide", id="meta-dialog"):
            yield Label(content(f"Article details: {self.file_name}"), classes="dialog-title")
            yield Label(content(self.found), classes="dialog-quote", id="meta-found")
            for key, label, value, hint in (("outlet", "Outlet", outlet, "the outlet that published it"),
                                            ("title", "Title", title, "the headline"),
                                            ("date", "Date", date, "YYYY-MM-DD")):
                with Horizontal(classes="meta-row"):
                    yield Label(label, classes="meta-label")
                    yield SafeInput(value, id=f"meta-{key}", classes="dialog-input", placeholder=hint,
                                    select_on_focus=False)
            yield Label("", id="meta-error", classes="dialog-error")
            yield Label("Enter saves · Tab next · empty: the file's own · Esc cancels",
                        classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#meta-error").display = False
        self.query_one("#meta-outlet").focus()

    def field(self, key: str) -> str:
        return self.query_one(f"#meta-{key}", Input).value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        error = check_date(self.field("date"))
        if error is None:
            error = self.save(self.field("outlet"), self.field("title"), self.field("date"))
        if error is None:
            self.dismiss(True)
            return
        shown = self.query_one("#meta-error", Label)
        shown.update(content(error))
        shown.display = True
        which = error.split(":", 1)[0].strip()
        if which in ("outlet", "title", "date"):
            self.query_one(f"#meta-{which}").focus()

    def action_cancel(self) -> None:
        self.dismiss(False)
