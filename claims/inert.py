"""Make outside text inert before it reaches a terminal.

Article text, titles, outlets, file names, notes, evidence and config values come from outside.
A terminal acts on control bytes (ESC sequences set the title, write the clipboard with OSC 52,
clear the screen) and on C1 controls (U+009B is a one-character CSI), and bidirectional overrides
reorder what the reader sees. :func:`inert` shows each of these as a visible stand-in instead:

- C0 controls other than tab and newline, and DEL, become their Unicode control pictures
  (ESC -> "␛", NUL -> "␀", CR -> "␍", DEL -> "␡");
- C1 controls (U+0080..U+009F) and bidirectional embeddings, overrides and isolates become
  ``<U+009B>``-style tags.

Only what is shown is changed: the store and JSON keep the original characters (JSON escapes them).
Markup is a separate matter: Rich/Textual never parse these strings because the interface builds
``Text``/``Content`` objects from them, never markup strings.
"""

from __future__ import annotations

import re

#: bidirectional embeddings, overrides and isolates (Trojan-Source style reordering)
_BIDI = "\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_NO_NEWLINE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI}]")


def _picture(m: re.Match[str]) -> str:
    ch = m.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ .. ␟ (ESC is ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def inert(text: str, *, newlines: bool = True) -> str:
    """``text`` with every terminal-active character shown as a visible stand-in.

    ``newlines=False`` also shows newlines (as "␊"), for one-line places: notices, table cells,
    status lines, stderr messages."""
    rx = _UNSAFE if newlines else _UNSAFE_NO_NEWLINE
    if rx.search(text) is None:
        return text
    return rx.sub(_picture, text)


def is_inert(text: str) -> bool:
    """True when :func:`inert` would leave ``text`` as it is (newlines allowed)."""
    return _UNSAFE.search(text) is None


__all__ = ["inert", "is_inert"]
