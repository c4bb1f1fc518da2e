"""A lead settles a disagreement: every editor's verdict on the claim (and its note), then the final verdict and
the reason, kept with it. Enter in the reason box settles; Esc cancels."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.safe import content, flat, line
from tui.session import Tag, VerdictLine
from tui.widgets.safe_inputs import SafeInput
from tui.widgets.verdict_switch import VERDICT_STYLE, VerdictSwitch

__all__ = ["AdjudicateScreen", "Adjudication", "verdict_prompt"]


@dataclass(frozen=True, slots=True)
class Adjudication:
    """What the lead decided: the final verdict and why."""

    verdict: Tag
    reason: str


def verdict_prompt(v: VerdictLine) -> Text:
    """``bob  ✗ disputed``: the editor's name is outside text, inert."""
    try:
        mark, colour = VERDICT_STYLE[Tag(v.verdict)]
    except ValueError:  # a verdict this version does not know: as written
        mark, colour = "?", ""
    out = Text()
    out.append(f"{line(v.editor)}{' (you)' if v.mine else ''}", style="bold")
    out.append("  ")
    out.append(f"{mark} {line(v.verdict)}", style=colour)
    return out


class AdjudicateScreen(ModalScreen[Adjudication | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True), Binding("enter", "submit", "Settle", show=False)]

    def __init__(self, claim_text: str, verdicts: list[VerdictLine], note: str = "", note_by: str = "",
                 settled: tuple[str, str, str] | None = None) -> None:
        """``settled``: (verdict, by, reason) of an adjudication already made (it is shown and can be changed)."""
        super().__init__(classes="dialog-screen")
        self.claim_text = claim_text
        self.verdicts = verdicts
        self.note = note
        self.note_by = note_by
        self.settled = settled

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide", id="adjudicate-dialog"):
            yield Label("Settle the disagreement on", classes="dialog-title")
            yield Label(content(f"“{flat(self.claim_text)}”"), classes="dialog-quote")
            yield Label(f"The editors' verdicts ({len(self.verdicts)})", classes="dialog-section")
            yield OptionList(*[Option(verdict_prompt(v)) for v in self.verdicts], id="verdicts", markup=False)
            if self.note:
                who = f" (by {line(self.note_by)})" if self.note_by else ""
                yield Label(content(f"Note{who}: {flat(self.note)}"), classes="dialog-quote", id="adjudicate-note")
            if self.settled is not None:
                verdict, by, reason = self.settled
                yield Label(content(f"Settled as {verdict} by {by}: {flat(reason)}"), classes="dialog-quote",
                            id="settled")
            first = Tag(self.settled[0]) if self.settled is not None and self.settled[0] in set(Tag) else None
            yield VerdictSwitch(first, id="final")
            yield SafeInput(self.settled[2] if self.settled is not None else "", id="reason", classes="dialog-input",
                            placeholder="why (kept with the final verdict; required)", select_on_focus=False)
            yield Label("Enter settles · ←/→ or c / d verdict · Tab next · Esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one("#final").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        reason = event.value.strip()
        if not reason:
            self.app.notify("Give the reason for the final verdict: it is kept with it.", timeout=4)
            return
        self.dismiss(Adjudication(self.query_one(VerdictSwitch).value, reason))

    def action_submit(self) -> None:
        """Enter outside the reason box: settle if the reason is given, else go to the box."""
        box = self.query_one("#reason", Input)
        if box.value.strip():
            self.dismiss(Adjudication(self.query_one(VerdictSwitch).value, box.value.strip()))
        else:
            box.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
