"""A table of claims drawn with the Line API: thousands of rows cost only the visible ones.

Textual's DataTable measures every cell when rows are added (seconds for 5,000 claims,
on the event loop); this table keeps plain row tuples and renders just the lines on
screen. A tag changes one row: ``patch_row`` replaces that row's cells and repaints that
line alone (each row's drawn line is cached under its own version), so the cost of a key
does not grow with the number of claims.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.safe import flat


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    width: int  # 0: takes the width left over


class ClaimsTable(ScrollView, can_focus=True):
    """One key per row. A row is a tuple of cells (plain strings, or (string, style)), or any object that
    ``cells(row)`` turns into one: then only the rows on screen are ever turned into cells, so filling the table
    with 20,000 claims costs a list, not 20,000 formatted rows.

    Cells are drawn as plain segments (never markup), each made inert on the way (``tui.safe.flat``)."""

    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "choose", "Show claim", show=False),
    ]

    COMPONENT_CLASSES = {"claims-table--header", "claims-table--cursor", "claims-table--odd"}

    DEFAULT_CSS = """
    ClaimsTable { scrollbar-size-vertical: 1; overflow-x: hidden; padding: 0 1; }
    ClaimsTable > .claims-table--header { text-style: bold; background: $panel; }
    ClaimsTable > .claims-table--cursor { background: $accent-muted; }
    ClaimsTable:focus > .claims-table--cursor { background: $accent; color: $text; }
    ClaimsTable > .claims-table--odd { background: $panel; }
    """

    class Highlighted(Message):
        def __init__(self, table: ClaimsTable, key: str) -> None:
            super().__init__()
            self.table = table
            self.key = key

        @property
        def control(self) -> ClaimsTable:
            return self.table

    class Chosen(Highlighted):
        pass

    class HeaderClicked(Message):
        def __init__(self, table: ClaimsTable, column: str) -> None:
            super().__init__()
            self.table = table
            self.column = column

        @property
        def control(self) -> ClaimsTable:
            return self.table

    cursor: reactive[int] = reactive(0, init=False)

    def __init__(self, columns: list[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = columns
        self.keys: list[str] = []
        self.rows: list[Any] = []  # cells (each a str or (str, style string)), or what self._cells turns into them
        self._cells: Callable[[Any], tuple] | None = None
        self._index: dict[str, int] = {}
        self._version = 0
        self._row_versions: dict[int, int] = {}  # a row patched or (un)der the cursor: drawn again
        self._cache: dict[tuple[int, int, int, int], Strip] = {}
        self._base_style = Style()

    # ------------------------------------------------------------------ data in
    def set_rows(self, keys: list[str], rows: Sequence[Any], keep: str | None = None,
                 cells: Callable[[Any], tuple] | None = None, index: dict[str, int] | None = None) -> None:
        """``cells``: turns a row into its cells when it is drawn; ``index``: key -> row number, when the caller
        has it already (else it is built here)."""
        self.keys = keys
        self.rows = list(rows)
        self._cells = cells
        self._index = index if index is not None else {k: i for i, k in enumerate(keys)}
        self._version += 1
        self._row_versions.clear()
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        target = self._index[keep] if keep in self._index else min(self.cursor, max(0, len(rows) - 1))
        self.set_reactive(ClaimsTable.cursor, target)
        self.refresh()

    def index_of(self, key: str) -> int | None:
        return self._index.get(key)

    def patch_row(self, key: str, row: Any) -> bool:
        """Replace one row and repaint that line only. False when the key has no row."""
        i = self._index.get(key)
        if i is None:
            return False
        self.rows[i] = row
        self._touch(i)
        return True

    def cells_at(self, i: int) -> tuple:
        """Row ``i`` as the cells drawn."""
        row = self.rows[i]
        return self._cells(row) if self._cells is not None else row

    def _touch(self, row: int) -> None:
        """Draw one row again (its content or its cursor background changed)."""
        self._row_versions[row] = self._row_versions.get(row, 0) + 1
        self.refresh_line(row + 1)  # (+1: the header line)

    def move_to(self, key: str | None) -> None:
        """Put the cursor on a row without announcing it (the desk already knows)."""
        i = self._index.get(key) if key is not None else None
        if i is not None and i != self.cursor:
            old = self.cursor
            self.set_reactive(ClaimsTable.cursor, i)
            self._touch(old)
            self._touch(i)
            self._scroll_cursor_into_view()

    @property
    def cursor_key(self) -> str | None:
        return self.keys[self.cursor] if 0 <= self.cursor < len(self.keys) else None

    # ------------------------------------------------------------------ movement
    def watch_cursor(self, old: int, new: int) -> None:
        self._touch(old)
        self._touch(new)
        self._scroll_cursor_into_view()
        if self.cursor_key is not None:
            self.post_message(self.Highlighted(self, self.cursor_key))

    def _scroll_cursor_into_view(self) -> None:
        body = max(1, self.scrollable_content_region.height - 1)
        top = self.scroll_offset.y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + body:
            self.scroll_to(y=self.cursor - body + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))

    def action_page(self, step: int) -> None:
        self.action_cursor(step * max(1, self.scrollable_content_region.height - 2))

    def action_jump(self, where: int) -> None:
        if self.rows:
            self.cursor = 0 if where == 0 else len(self.rows) - 1

    def action_choose(self) -> None:
        if self.cursor_key is not None:
            self.post_message(self.Chosen(self, self.cursor_key))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            col = self._column_at(event.x - self.styles.padding.left)
            if col is not None:
                self.post_message(self.HeaderClicked(self, col.key))
            return
        row = event.y - 1 + self.scroll_offset.y
        if 0 <= row < len(self.rows):
            self.cursor = row
            self.action_choose()

    # ------------------------------------------------------------------ layout
    def widths(self, total: int) -> list[int]:
        fixed = sum(c.width for c in self.columns) + len(self.columns)  # one space between columns
        flex = max(8, total - fixed)
        return [c.width or flex for c in self.columns]

    def _column_at(self, x: int) -> Column | None:
        pos = 0
        for col, w in zip(self.columns, self.widths(self.scrollable_content_region.width), strict=True):
            if pos <= x < pos + w + 1:
                return col
            pos += w + 1
        return None

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)

    # ------------------------------------------------------------------ rendering
    def render_lines(self, crop):
        # the widget's own style walks the DOM: work it out once per paint, not once per line
        self._base_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:  # the header stays put
            key = (-1, width, self._version, 0)
            if key not in self._cache:
                style = self._base_style + self.get_component_rich_style("claims-table--header", partial=True)
                self._cache[key] = self._line([c.label for c in self.columns], width, style)
            return self._cache[key]
        row = y - 1 + self.scroll_offset.y
        key = (row, width, self._version, self._row_versions.get(row, 0))
        strip = self._cache.get(key)
        if strip is None:
            if row >= len(self.rows):
                strip = Strip.blank(width, self._base_style)
            else:
                base = self._base_style
                if row == self.cursor:
                    base = base + self.get_component_rich_style("claims-table--cursor", partial=True)
                elif row % 2:
                    base = base + self.get_component_rich_style("claims-table--odd", partial=True)
                strip = self._line(self.cells_at(row), width, base)
            if len(self._cache) > 400:
                self._cache.clear()
            self._cache[key] = strip
        return strip

    def _line(self, cells, width: int, base: Style) -> Strip:
        segments = []
        for i, (cell, w) in enumerate(zip(cells, self.widths(width), strict=True)):
            text, style = (cell if isinstance(cell, tuple) else (cell, ""))
            text = flat(text)  # outside text (claims, outlets, values): inert, one line
            if cell_len(text) > w:
                text = set_cell_size(text, max(0, w - 1)) + "…"
            segments.append(Segment(set_cell_size(text, w), base + Style.parse(style) if style else base))
            if i < len(self.columns) - 1:
                segments.append(Segment(" ", base))
        strip = Strip(segments)
        return strip.crop_extend(0, width, base)
