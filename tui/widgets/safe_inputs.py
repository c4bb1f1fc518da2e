"""Editable fields that keep outside text exactly and draw it inert.

A note read back from the store, a working folder's name in the export path, a pasted source:
their value must round-trip unchanged (what the editor saves is what was there), but a raw ESC
or U+009B in what Input/TextArea draw would reach the terminal. These subclasses translate only
the rendered line, one visible character per control (:func:`tui.safe.one_cell`); the value,
the cursor and the undo history stay the widget's own.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.expand_tabs import expand_tabs_inline
from textual.strip import Strip
from textual.widgets import Input, TextArea

from tui.safe import one_cell, safe_strip


class SafeInput(Input):
    """An ``Input`` whose value is kept as typed or given, and drawn inert.

    It also measures what it draws: the cursor and the horizontal scroll are worked out on the stand-ins (one
    cell each) rather than on the controls (no cell), so a long value with controls in it is shown to its end."""

    def _position_to_cell(self, position: int) -> int:
        return cell_len(expand_tabs_inline(one_cell(self.value[:position]), 4))

    @property
    def _value(self) -> Text:
        if self.password:
            return super()._value
        text = Text(one_cell(self.value), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text

    def render_line(self, y: int) -> Strip:
        return safe_strip(super().render_line(y))


class SafeTextArea(TextArea):
    """A ``TextArea`` whose text is kept as typed or given, and drawn inert."""

    def render_line(self, y: int) -> Strip:
        return safe_strip(super().render_line(y))
