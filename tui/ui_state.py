"""Where the desk was left, per project: the selected claim, the article in each pane, the focused pane,
boilerplate dimmed or hidden, the claims table shown or not.

A small JSON file under the platform's state folder (``tui.paths.ui_state_path``), written atomically
(a temp file beside it, fsync, rename, folder fsync), so a crash leaves the old place or the new one,
never half a file. Reading is forgiving: a missing, damaged or foreign file is no place at all.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = ["DeskPlace", "load_place", "save_place"]

VERSION = 1


@dataclass(frozen=True, slots=True)
class DeskPlace:
    selected: str | None = None  # claim id (stable across runs)
    panes: list[str] = field(default_factory=list)  # document id per pane
    focused: int = 0
    boilerplate: str = "dim"  # dim | hide
    table: bool | None = None  # the claims table shown (None: as the height decides)

    def to_json(self) -> dict:
        return {"version": VERSION, **asdict(self)}

    @classmethod
    def from_json(cls, d: object) -> DeskPlace | None:
        if not isinstance(d, dict) or d.get("version") != VERSION:
            return None
        sel, panes, focused = d.get("selected"), d.get("panes"), d.get("focused", 0)
        mode, table = d.get("boilerplate", "dim"), d.get("table")
        if sel is not None and not isinstance(sel, str):
            return None
        if not isinstance(panes, list) or not all(isinstance(p, str) for p in panes):
            return None
        if not isinstance(focused, int) or isinstance(focused, bool) or focused < 0:
            focused = 0
        return cls(sel, panes, focused, mode if mode in ("dim", "hide") else "dim",
                   table if isinstance(table, bool) else None)


def load_place(path: Path) -> DeskPlace | None:
    try:
        with open(path, encoding="utf-8") as f:
            return DeskPlace.from_json(json.loads(f.read(65536)))
    except (OSError, ValueError):
        return None


def save_place(path: Path, place: DeskPlace) -> None:
    """Write atomically; an OSError (a read-only home, a full disk) propagates for the caller to report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(place.to_json(), ensure_ascii=True).encode("ascii")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
