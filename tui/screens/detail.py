"""Everything about the selected claim and every claim linked to it: outlet, figures, relation, why,
origins and source, so nothing needs a 200-column status line. Enter jumps to a linked claim."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.safe import flat, line
from tui.session import LinkedFact, VerdictLine

_RELATION_STYLE = {"agree": "green", "conflict": "red", "update": "yellow"}


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    outlet: str
    text: str
    figures: str
    tag: str
    state: str
    origins: str
    source: str
    note: str
    #: every verdict this editor may see (their own first), how many are hidden until they give theirs, where the
    #: review stands (``Check.words``) and a lead's settlement ("disputed by ana: reason")
    verdicts: tuple[VerdictLine, ...] = ()
    hidden: int = 0
    review: str = ""
    settled: str = ""


def verdicts_text(c: ClaimSummary) -> Text | None:
    """``Verdicts: you: corroborated · bob: disputed · disagreement`` (None when nobody gave one)."""
    if not c.verdicts and not c.hidden and not c.settled:
        return None
    out = Text()
    out.append("Verdicts: ", style="bold")
    said = [f"{'you' if v.mine else line(v.editor)}: {line(v.verdict)}" for v in c.verdicts]
    if c.hidden:
        said.append(f"{c.hidden} hidden until you give yours")
    out.append(" · ".join(said) if said else "none yet")
    if c.review:
        out.append(f" · {c.review}", style="bold")
    if c.settled:
        out.append(f"\nSettled as {flat(c.settled)}", style="italic")
    return out


def summary_text(c: ClaimSummary) -> Text:
    out = Text()
    out.append(line(c.outlet), style="bold")
    out.append(f" · {c.tag or 'untagged'} · {c.state}\n")
    out.append(f"“{flat(c.text)}”\n", style="italic")
    details = [f"figures: {flat(c.figures)}" if c.figures else "", f"origins: {flat(c.origins)}",
               f"source: {flat(c.source)}" if c.source else "", "note ✎" if c.note else ""]
    out.append(" · ".join(d for d in details if d), style="dim")
    return out


def linked_prompt(f: LinkedFact) -> Text:
    out = Text()
    out.append(f.relation, style=f"bold {_RELATION_STYLE.get(f.relation, '')}")
    out.append(f" · {line(f.outlet)}: ")
    out.append(flat(f.figure) or "—", style="bold")
    out.append(f" (this: {flat(f.this_figure) or '—'})\n")
    out.append(f"  “{flat(f.text)}”\n", style="italic")
    more = [f"why: {flat(f.why)}" if f.why else "", f"origins: {flat(f.origins)}",
            f"source: {flat(f.source)}" if f.source else ""]
    out.append("  " + " · ".join(m for m in more if m), style="dim")
    return out


class DetailScreen(ModalScreen[str | None]):
    """Returns the linked claim to jump to, or None."""

    BINDINGS = [Binding("escape,q,i", "close", "Close", priority=True)]

    def __init__(self, claim: ClaimSummary, linked: list[LinkedFact]) -> None:
        super().__init__(classes="dialog-screen")
        self.claim = claim
        self.linked = linked

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide dialog-tall", id="detail-dialog"):
            yield Label("The selected claim", classes="dialog-title")
            yield Static(summary_text(self.claim), classes="dialog-claim", markup=False)
            verdicts = verdicts_text(self.claim)
            if verdicts is not None:
                yield Static(verdicts, classes="dialog-verdicts", markup=False, id="detail-verdicts")
            n = len(self.linked)
            yield Label(f"Linked claims in other outlets ({n})" + (" · Enter jumps to one" if n else ""),
                        classes="dialog-section")
            if self.linked:
                yield OptionList(*[Option(linked_prompt(f), id=f.claim_id) for f in self.linked], id="linked",
                                 markup=False, classes="fill")
            else:
                yield Label("No other outlet states this.", classes="dialog-empty")
            yield Label("↑/↓ move · Enter jump · Esc close", classes="dialog-help")

    def on_mount(self) -> None:
        for ol in self.query(OptionList):
            ol.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
