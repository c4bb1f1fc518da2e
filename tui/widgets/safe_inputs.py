"""Editable fields that keep outside text exactly and draw it inert.

A note read back from the store, a working folder's name in the export path, a pasted source:
their value must round-trip unchanged (what the editor saves is what was there), but a raw ESC
or U+009B in what Input/TextArea draw would reach the terminal. These subclasses translate only
the rendered line, one visible character per control (:func:`tui.safe.one_cell`); the value,
the cursor and the undo history stay the widget's own.
"""

from __future__ import annotations

from textual.strip import Strip
from textual.widgets import Input, TextArea

from tui.safe import safe_strip


class SafeInput(Input):
    """An ``Input`` whose value is kept as typed or given, and drawn inert."""

    def render_line(self, y: int) -> Strip:
        return safe_strip(super().render_line(y))


class SafeTextArea(TextArea):
    """A ``TextArea`` whose text is kept as typed or given, and drawn inert."""

    def render_line(self, y: int) -> Strip:
        return safe_strip(super().render_line(y))
