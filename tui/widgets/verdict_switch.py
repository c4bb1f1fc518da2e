"""A one-line choice of verdict: corroborated / disputed (a lead's final verdict).

Focusable; ←/→, 1 / 2 or c / d change it.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from tui.session import Tag

#: each verdict's mark and colour (as the claims table shows them)
VERDICT_STYLE = {Tag.CORROBORATED: ("✓", "green"), Tag.DISPUTED: ("✗", "red")}


class VerdictSwitch(Widget, can_focus=True):
    DEFAULT_CSS = """
    VerdictSwitch { height: 1; width: 100%; }
    VerdictSwitch:focus { background: $boost; }
    """
    BINDINGS = [
        Binding("left", "step(-1)", "Previous verdict", show=False),
        Binding("right", "step(1)", "Next verdict", show=False),
        Binding("1,c", "pick(0)", show=False),
        Binding("2,d", "pick(1)", show=False),
    ]

    value: reactive[Tag] = reactive(Tag.CORROBORATED)
    VERDICTS: tuple[Tag, ...] = (Tag.CORROBORATED, Tag.DISPUTED)

    def __init__(self, value: Tag | None = None, *, label: str = "Final verdict: ", id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        if value is not None:
            self.set_reactive(VerdictSwitch.value, value)

    def render(self) -> Text:
        out = Text(self.label, style="bold")
        for i, v in enumerate(self.VERDICTS):
            mark, colour = VERDICT_STYLE[v]
            out.append(f" {i + 1} {mark} {v.value} ", style=f"reverse bold {colour}" if v == self.value else colour)
            out.append(" ")
        return out

    def action_step(self, step: int) -> None:
        i = self.VERDICTS.index(self.value)
        self.value = self.VERDICTS[(i + step) % len(self.VERDICTS)]

    def action_pick(self, i: int) -> None:
        self.value = self.VERDICTS[i]
