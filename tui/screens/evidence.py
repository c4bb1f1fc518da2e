"""Evidence for one claim: the alignment's suggested links first, then a free-text source.

Enter on a suggestion accepts it; typing in the box and Enter adds a source or URL;
Delete on an existing piece of evidence removes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.safe import content, flat, line
from tui.widgets.safe_inputs import SafeInput


@dataclass(frozen=True)
class Suggestion:
    claim_id: str
    outlet: str
    text: str
    relation: str  # supports | contradicts
    why: str


@dataclass(frozen=True)
class EvidenceChoice:
    kind: str  # accept | source | remove
    suggestion: Suggestion | None = None
    text: str = ""
    index: int = -1


class EvidenceScreen(ModalScreen[EvidenceChoice | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Close", priority=True),
        Binding("delete", "remove", "Remove evidence"),
    ]

    def __init__(self, claim_text: str, suggestions: list[Suggestion], current: list[str]) -> None:
        super().__init__(classes="dialog-screen")
        self.claim_text = claim_text
        self.suggestions = suggestions
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide"):
            yield Label("Evidence for", classes="dialog-title")
            yield Label(content(flat(self.claim_text)), classes="dialog-quote")
            yield Label(f"Suggested by the alignment ({len(self.suggestions)}) — Enter accepts", classes="dialog-section")
            if self.suggestions:  # outlets, claims and values are outside text: inert Content, never markup
                opts = [
                    Option(content(f"{'+' if s.relation == 'supports' else '✗'} {s.relation}: {line(s.outlet)} — "
                                   f"{flat(s.text)}  [{flat(s.why)}]"), id=f"s{i}")
                    for i, s in enumerate(self.suggestions)
                ]
                yield OptionList(*opts, id="suggestions", markup=False)
            else:
                yield Label("No other outlet states this fact.", classes="dialog-help")
            yield Label(f"Evidence on this claim ({len(self.current)}) — Delete removes", classes="dialog-section")
            if self.current:
                yield OptionList(*[Option(content(flat(t)), id=f"c{i}") for i, t in enumerate(self.current)],
                                 id="current", markup=False)
            yield SafeInput(placeholder="Add a source or URL and press Enter", id="source")
            yield Label("Enter accept/add · Delete remove · Esc close", classes="dialog-help")

    def on_mount(self) -> None:
        target = self.query("#suggestions") or self.query("#source")
        target.first().focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        if oid.startswith("s"):
            self.dismiss(EvidenceChoice("accept", suggestion=self.suggestions[int(oid[1:])]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(EvidenceChoice("source", text=event.value.strip()))

    def action_remove(self) -> None:
        current = self.query("#current")
        if not current:
            return
        ol = current.first(OptionList)
        if self.focused is ol and ol.highlighted is not None:
            self.dismiss(EvidenceChoice("remove", index=ol.highlighted))

    def action_cancel(self) -> None:
        self.dismiss(None)
