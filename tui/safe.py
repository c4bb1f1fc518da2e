"""Outside text on its way to the terminal: inert, and never parsed as markup.

Article text, titles, outlets, bylines, sources, file names, notes, evidence, history entries
and config values come from outside. Before any of them is drawn:

- every terminal-active character becomes a visible stand-in (:func:`claims.inert.inert`:
  ESC -> "␛", U+009B -> "<U+009B>", bidi overrides -> "<U+202E>"), so no escape sequence reaches
  the terminal (OSC 52 clipboard writes, OSC 2 titles, screen clears);
- the result goes into a ``Content``/``Text`` object, never into a markup string, so
  ``[@click=app.quit]`` or ``[/b]`` in an article stays the characters it is.

Editable fields (the note editor, path and source boxes) keep their value exactly; only what
they draw is translated, one character for one cell (:func:`one_cell`, :func:`safe_strip`).
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.text import Text
from textual.content import Content
from textual.strip import Strip

from claims.inert import inert

__all__ = ["block", "content", "flat", "line", "one_cell", "safe_strip", "text"]

_RUNS_OF_SPACE = re.compile(r"[ \t\n]+")

#: one visible character per terminal-active character, for places whose cursor maths counts
#: characters (Input, TextArea): C0 -> control pictures, DEL -> "␡", C1 and bidi controls -> "�"
_ONE_CELL = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_ONE_CELL[0x7F] = 0x2421
_ONE_CELL.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_ONE_CELL.update({c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def line(s: object) -> str:
    """Outside text for a one-line place (notices, table cells, status line, stderr): newlines
    too are shown ("␊")."""
    return inert(str(s), newlines=False)


def flat(s: object) -> str:
    """Prose (a claim, a quote) for a one-line place: runs of spaces, tabs and newlines become one
    space, then :func:`line`."""
    return line(_RUNS_OF_SPACE.sub(" ", str(s)).strip())


def block(s: object) -> str:
    """Outside text for a place that may span lines: newlines kept, everything else inert."""
    return inert(str(s))


def content(s: object, *, lines: bool = False) -> Content:
    """A Textual ``Content`` of outside text (never markup): one line unless ``lines``."""
    return Content(block(s) if lines else line(s))


def text(s: object, style: str = "", *, lines: bool = False) -> Text:
    """A Rich ``Text`` of outside text (never markup): one line unless ``lines``."""
    return Text(block(s) if lines else line(s), style=style, end="")


def one_cell(s: str) -> str:
    """``s`` with each terminal-active character replaced by one visible character (same length)."""
    return s.translate(_ONE_CELL) if _ACTIVE.search(s) else s


def safe_strip(strip: Strip) -> Strip:
    """A rendered line with every terminal-active character shown by :func:`one_cell`, cut back
    to the line's width (a control counts 0 cells, its stand-in 1)."""
    segments = list(strip)
    if not any(_ACTIVE.search(seg.text) for seg in segments if not seg.control):
        return strip
    width = strip.cell_length
    fixed = [seg if seg.control else Segment(one_cell(seg.text), seg.style) for seg in segments]
    return Strip(fixed).crop(0, width)
