"""Evidence for one claim: the alignment's suggested links, what is on the claim already, and a free-text
source, each added with a stance (supports / contradicts / context).

The dialog stays open while the editor works: Enter on a suggestion adds it with the stance shown (a
suggestion's own default when it is highlighted: agree -> supports, conflict -> contradicts, update ->
context, changed with ←/→ or 1 2 3); a source typed in the box is added with the stance shown; Delete
removes the highlighted piece of evidence. Every change goes through ``act`` (the desk's session), which
returns the lists as they are now. Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.safe import content, flat, line
from tui.session import EvidenceItem, Stance, Suggestion
from tui.widgets.safe_inputs import SafeInput
from tui.widgets.stance import STANCE_STYLE, StanceSwitch

__all__ = ["EvidenceChoice", "EvidenceScreen", "EvidenceState", "Suggestion"]

_RELATION_STYLE = {"agree": "green", "conflict": "red", "update": "yellow"}
#: claim text shown in a list line: long enough to recognise, short enough for two lines at 80 columns (the
#: whole claim and why it is linked are in the detail view, i)
_SHOWN = 80


def _cut(s: str, n: int = _SHOWN) -> str:
    s = flat(s)
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


@dataclass(frozen=True)
class EvidenceChoice:
    kind: str  # accept | source | remove
    suggestion: Suggestion | None = None
    text: str = ""
    index: int = -1
    stance: Stance = Stance.SUPPORTS


@dataclass(frozen=True)
class EvidenceState:
    suggestions: list[Suggestion]
    items: list[EvidenceItem]


def suggestion_prompt(s: Suggestion) -> Text:
    """``agree · The Courier: “claim”  (why)``: outside text inert, never markup."""
    out = Text()
    out.append(s.relation, style=_RELATION_STYLE.get(s.relation, ""))
    out.append(f" · {line(s.outlet)}: “{_cut(s.text)}”")
    return out


def item_prompt(e: EvidenceItem) -> Text:
    try:
        mark, colour = STANCE_STYLE[Stance(e.stance)]
    except ValueError:  # a stance this version does not know: shown as written
        mark, colour = "?", ""
    out = Text()
    out.append(f"{mark} {line(e.stance)}", style=colour)
    if e.kind == "claim":
        out.append(f" · {line(e.outlet)}: “{_cut(e.text)}”")
    else:
        said = " ".join(p for p in (_cut(e.text) if e.text else "", f"<{line(e.url)}>" if e.url else "") if p)
        out.append(f" · source: {said}")
    return out


class EvidenceScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "cancel", "Close", priority=True),
        Binding("delete", "remove", "Remove evidence"),
        Binding("left", "stance(-1)", "Stance", show=False),
        Binding("right", "stance(1)", "Stance", show=False),
        # (typed into the source box these are text: the box takes them first)
        Binding("1", "pick_stance(0)", show=False),
        Binding("2", "pick_stance(1)", show=False),
        Binding("3", "pick_stance(2)", show=False),
    ]

    def __init__(self, claim_text: str, state: EvidenceState, stances: tuple[Stance, ...], source_stance: Stance,
                 act: Callable[[EvidenceChoice], EvidenceState | None]) -> None:
        super().__init__(classes="dialog-screen")
        self.claim_text = claim_text
        self.state = state
        self.stances = stances
        self.source_stance = source_stance
        self.act = act
        self._last_focus: object = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide", id="evidence-dialog"):
            yield Label(content(f"Evidence for “{flat(self.claim_text)}”"), classes="dialog-title")
            yield Label("", id="suggested-title", classes="dialog-section")
            yield OptionList(id="suggestions", markup=False, classes="evidence-list")
            yield Label("No other outlet states this fact.", id="no-suggestions", classes="dialog-empty")
            yield Label("", id="current-title", classes="dialog-section")
            yield OptionList(id="current", markup=False, classes="evidence-list")
            yield Label("Nothing yet.", id="no-current", classes="dialog-empty")
            first = self.state.suggestions[0].stance if self.state.suggestions else self.source_stance
            yield StanceSwitch(self.stances, first, id="stance")
            yield SafeInput(placeholder="a source or URL, Enter adds it with the stance above", id="source",
                            classes="dialog-input", select_on_focus=False)
            yield Label("Enter add · ←/→ or 1 2 3 stance · Tab next · Del remove · Esc close", classes="dialog-help")

    def on_mount(self) -> None:
        self.show_state(self.state)
        target = "#suggestions" if self.state.suggestions else "#source"
        self.query_one(target).focus()

    # ------------------------------------------------------------------ the lists
    def show_state(self, state: EvidenceState) -> None:
        self.state = state
        sugg = self.query_one("#suggestions", OptionList)
        keep = sugg.highlighted
        sugg.clear_options()
        sugg.add_options([Option(suggestion_prompt(s), id=f"s{i}") for i, s in enumerate(state.suggestions)])
        if state.suggestions:
            sugg.highlighted = min(keep or 0, len(state.suggestions) - 1)
        sugg.display = bool(state.suggestions)
        empty = self.query_one("#no-suggestions", Label)
        empty.display = not state.suggestions
        empty.update("Every claim linked to this one is on it already." if any(e.kind == "claim" for e in state.items)
                     else "No other outlet states this fact.")
        n = len(state.suggestions)
        self.query_one("#suggested-title", Label).update(
            f"Suggested by the alignment ({n})" + (" · Enter adds with the stance below" if n else ""))
        cur = self.query_one("#current", OptionList)
        cur.clear_options()
        cur.add_options([Option(item_prompt(e), id=f"c{e.index}") for e in state.items])
        cur.display = bool(state.items)
        self.query_one("#no-current").display = not state.items
        # a list alone takes the room both would share
        sugg.set_class(not state.items, "-alone")
        cur.set_class(not state.suggestions, "-alone")
        n = len(state.items)
        self.query_one("#current-title", Label).update(f"On this claim ({n})" + (" · Del removes" if n else ""))

    @on(OptionList.OptionHighlighted, "#suggestions")
    def _suggestion_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        i = int((event.option.id or "s-1")[1:])
        if 0 <= i < len(self.state.suggestions):
            self._set_stance(self.state.suggestions[i].stance)

    def on_descendant_focus(self, event) -> None:
        # coming to the source box from a list, the stance becomes a source's default; coming from the stance
        # switch, it stays what the editor just chose
        if event.widget is self.query_one("#source") and not isinstance(self._last_focus, StanceSwitch):
            self._set_stance(self.source_stance)
        self._last_focus = event.widget

    def _set_stance(self, stance: Stance) -> None:
        switch = self.query_one(StanceSwitch)
        if stance in switch.stances:
            switch.value = stance

    @property
    def stance(self) -> Stance:
        return self.query_one(StanceSwitch).value

    # ------------------------------------------------------------------ changes
    def _apply(self, choice: EvidenceChoice) -> None:
        state = self.act(choice)
        if state is not None:
            self.show_state(state)
            if not state.suggestions and self.focused is None:
                self.query_one("#source").focus()

    @on(OptionList.OptionSelected, "#suggestions")
    def _accept(self, event: OptionList.OptionSelected) -> None:
        i = int((event.option.id or "s-1")[1:])
        if 0 <= i < len(self.state.suggestions):
            self._apply(EvidenceChoice("accept", suggestion=self.state.suggestions[i], stance=self.stance))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if text:
            self._apply(EvidenceChoice("source", text=text, stance=self.stance))
            event.input.value = ""

    def action_remove(self) -> None:
        cur = self.query_one("#current", OptionList)
        if self.focused is cur and cur.highlighted is not None and cur.highlighted < len(self.state.items):
            self._apply(EvidenceChoice("remove", index=self.state.items[cur.highlighted].index))

    def action_stance(self, step: int) -> None:
        self.query_one(StanceSwitch).action_step(step)

    def action_pick_stance(self, i: int) -> None:
        self.query_one(StanceSwitch).action_pick(i)

    def action_cancel(self) -> None:
        self.dismiss(None)
