"""A one-line choice of stance for a piece of evidence: supports / contradicts / context.

Focusable; ←/→ (or 1, 2, 3) change it, and the dialog around it may set it (a suggestion's default).
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from tui.session import Stance

#: each stance's mark and colour
STANCE_STYLE = {Stance.SUPPORTS: ("+", "green"), Stance.CONTRADICTS: ("✗", "red"), Stance.CONTEXT: ("~", "yellow")}


class StanceSwitch(Widget, can_focus=True):
    DEFAULT_CSS = """
    StanceSwitch { height: 1; width: 100%; }
    StanceSwitch:focus { background: $boost; }
    """
    BINDINGS = [
        Binding("left", "step(-1)", "Previous stance", show=False),
        Binding("right", "step(1)", "Next stance", show=False),
        Binding("1", "pick(0)", show=False),
        Binding("2", "pick(1)", show=False),
        Binding("3", "pick(2)", show=False),
    ]

    value: reactive[Stance] = reactive(Stance.SUPPORTS)

    class Changed(Message):
        def __init__(self, switch: StanceSwitch, value: Stance) -> None:
            super().__init__()
            self.switch = switch
            self.value = value

    def __init__(self, stances: tuple[Stance, ...], value: Stance, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stances = stances or (Stance.SUPPORTS,)
        self.set_reactive(StanceSwitch.value, value if value in self.stances else self.stances[0])

    def render(self) -> Text:
        out = Text("Stance: ", style="bold")
        for i, s in enumerate(self.stances):
            mark, colour = STANCE_STYLE[s]
            label = f" {i + 1} {mark} {s.value} "
            out.append(label, style=f"reverse bold {colour}" if s == self.value else colour)
            out.append(" ")
        return out

    def watch_value(self, value: Stance) -> None:
        self.post_message(self.Changed(self, value))

    def action_step(self, step: int) -> None:
        i = self.stances.index(self.value) if self.value in self.stances else 0
        self.value = self.stances[(i + step) % len(self.stances)]

    def action_pick(self, i: int) -> None:
        if i < len(self.stances):
            self.value = self.stances[i]
