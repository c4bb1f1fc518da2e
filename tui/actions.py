"""Every desk action in one table: its default key, footer label and palette help.

The same table builds the key bindings, the command palette entries, the README key
list and the ``[keys]`` section of the config file (keys are rebindable by id).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class DeskAction:
    id: str  # binding id, also the name used in config.toml [keys]
    key: str  # default key(s), comma separated
    action: str  # action method on the desk screen (without "action_")
    label: str  # short footer label
    help: str  # one line for the command palette and the README
    footer: bool = False


ACTIONS: tuple[DeskAction, ...] = (
    DeskAction("next_claim", "n", "next_claim", "Next", "Select the next claim in the focused article", True),
    DeskAction("prev_claim", "p", "prev_claim", "Prev", "Select the previous claim in the focused article", True),
    DeskAction("corroborate", "c", "tag('corroborated')", "Corroborated", "Tag the selected claim corroborated", True),
    DeskAction("dispute", "d", "tag('disputed')", "Disputed", "Tag the selected claim disputed", True),
    DeskAction("clear_tag", "backspace", "tag('')", "Clear", "Clear the selected claim's tag (back to untagged)"),
    DeskAction("note", "e", "note", "Note", "Write or edit the note on the selected claim", True),
    DeskAction("evidence", "v", "evidence", "Evidence", "Link evidence: suggested claims from other outlets, or a source", True),
    DeskAction("accept_suggestion", "a", "accept_suggestion", "Accept", "Accept the top evidence suggestion for the selected claim"),
    DeskAction("next_untagged", "u", "next_untagged", "Untagged", "Jump to the next untagged claim (any article)"),
    DeskAction("next_conflict", "x", "next_conflict", "Conflict", "Jump to the next claim that conflicts with another outlet", True),
    DeskAction("tag_cluster", "g", "tag_cluster", "Tag fact", "Tag every claim of the selected fact (asks first)"),
    DeskAction("copy", "y", "copy_citation", "Copy", "Copy the selected claim as a citation"),
    DeskAction("export", "w", "export", "Export", "Export the annotations as CSV (asks for a path)"),
    DeskAction("toggle_panel", "t", "toggle_panel", "Table", "Show or hide the claims table", True),
    DeskAction("search", "slash", "search", "Search", "Search and filter the claims table"),
    DeskAction("toggle_boilerplate", "b", "toggle_boilerplate", "Boilerplate", "Dim or hide boilerplate (appeals, sign-ups, bios, links)"),
    DeskAction("pick_article", "o", "pick_article", "Articles", "Choose which article fills the focused pane"),
    DeskAction("cycle_next", "right_square_bracket", "cycle(1)", "Cycle", "Show the next article(s) in the panes"),
    DeskAction("cycle_prev", "left_square_bracket", "cycle(-1)", "Cycle back", "Show the previous article(s) in the panes"),
    DeskAction("next_pane", "tab", "focus_pane(1)", "Pane", "Focus the next pane"),
    DeskAction("prev_pane", "shift+tab", "focus_pane(-1)", "Pane back", "Focus the previous pane"),
    DeskAction("undo", "ctrl+z", "undo", "Undo", "Undo the last tag, note or evidence change"),
    DeskAction("redo", "ctrl+y", "redo", "Redo", "Redo the last undone change"),
    DeskAction("history", "H", "history", "History", "Show the undo history"),
    DeskAction("orphans", "O", "orphans", "Orphans", "List annotations whose text could not be found again"),
    DeskAction("quit", "q", "quit", "Quit", "Quit (everything is already saved)", True),
)


def bindings() -> list[Binding]:
    return [Binding(a.key, a.action, a.label, show=a.footer, id=a.id) for a in ACTIONS]


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """Read ``[keys]`` from the config file: {action id: key}. Returns (keymap, error message)."""
    if not path.exists():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        return {}, f"{path}: ignored, cannot read it ({e})"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f"{path}: ignored, [keys] must be a table of action = \"key\""
    known = {a.id for a in ACTIONS}
    keymap, unknown = {}, []
    for k, v in keys.items():
        if k in known and isinstance(v, str) and v.strip() and v.isprintable():  # no control can be a key
            keymap[k] = v.strip()
        else:
            unknown.append(k)
    err = f"{path}: unknown or invalid key settings ignored: {', '.join(sorted(unknown))}" if unknown else None
    return keymap, err
