"""Every desk action in one table: its group, default key, footer label and palette help.

The same table builds the key bindings, the command palette entries (each with its key), the help
screen (by group, with the keys in force), the README key list and the ``[keys]`` section of the
config file (keys are rebindable by id).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from textual.binding import Binding


class Group(StrEnum):
    """The help screen's sections, in order."""

    MOVE = "Move around"
    REVIEW = "Review"
    TEAM = "Working as a team"
    VIEW = "View"
    KEEP = "History, files and quitting"


@dataclass(frozen=True, slots=True)
class DeskAction:
    id: str  # binding id, also the name used in config.toml [keys]
    key: str  # default key(s), comma separated
    action: str  # action method on the desk screen (without "action_")
    label: str  # short footer label
    help: str  # one line for the command palette, the help screen and the README
    group: Group
    footer: bool = False


ACTIONS: tuple[DeskAction, ...] = (
    # the footer shows its keys in this order: "? Help" first, so 80 columns always show it
    DeskAction("help", "question_mark,f1", "help", "Help", "Show every key, the colour legend and the filter syntax",
               Group.VIEW, True),
    DeskAction("next_claim", "n", "next_claim", "Next", "Select the next claim in the focused article", Group.MOVE, True),
    DeskAction("prev_claim", "p", "prev_claim", "Prev", "Select the previous claim in the focused article", Group.MOVE,
               True),
    DeskAction("next_untagged", "u", "next_untagged", "Untagged", "Jump to the next untagged claim (any article)",
               Group.MOVE),
    DeskAction("next_conflict", "x", "next_conflict", "Conflict",
               "Jump to the next claim another outlet contradicts or updates, and show that article beside it",
               Group.MOVE, True),
    DeskAction("next_pane", "tab", "focus_pane(1)", "Pane", "Focus the next pane", Group.MOVE),
    DeskAction("prev_pane", "shift+tab", "focus_pane(-1)", "Pane back", "Focus the previous pane", Group.MOVE),
    DeskAction("cycle_next", "right_square_bracket", "cycle(1)", "Cycle", "Show the next article(s) in the panes",
               Group.MOVE),
    DeskAction("cycle_prev", "left_square_bracket", "cycle(-1)", "Cycle back", "Show the previous article(s) in the panes",
               Group.MOVE),
    DeskAction("pick_article", "o", "pick_article", "Articles", "Choose which article fills the focused pane", Group.MOVE),
    DeskAction("corroborate", "c", "tag('corroborated')", "Corroborated", "Tag the selected claim corroborated",
               Group.REVIEW, True),
    DeskAction("dispute", "d", "tag('disputed')", "Disputed", "Tag the selected claim disputed", Group.REVIEW, True),
    DeskAction("clear_tag", "backspace", "tag('')", "Clear", "Clear the selected claim's tag (back to untagged)",
               Group.REVIEW),
    DeskAction("tag_cluster", "g", "tag_cluster", "Tag fact", "Give every claim of the selected fact the same tag (asks first)",
               Group.REVIEW),
    DeskAction("note", "e", "note", "Note", "Write or edit the note on the selected claim", Group.REVIEW, True),
    DeskAction("evidence", "v", "evidence", "Evidence",
               "Evidence: linked claims from other outlets or a source, each with a stance", Group.REVIEW, True),
    DeskAction("accept_suggestion", "a", "accept_suggestion", "Accept",
               "Add the top evidence suggestion with its default stance", Group.REVIEW),
    DeskAction("detail", "i", "detail", "Detail",
               "Every claim linked to the selected one: outlet, figures, relation, why, origins", Group.REVIEW, True),
    DeskAction("copy", "y", "copy_citation", "Copy", "Copy the selected claim as a citation", Group.REVIEW),
    DeskAction("meta", "m", "meta", "Details", "Correct the focused article's outlet, title and date", Group.REVIEW),
    DeskAction("adjudicate", "J", "adjudicate", "Settle",
               "Settle a disagreement (leads): every editor's verdict, then the final verdict and why", Group.TEAM),
    DeskAction("agreement", "A", "agreement", "Agreement",
               "How far the editors agree: Cohen's kappa per pair, Krippendorff's alpha, the disagreements",
               Group.TEAM),
    DeskAction("toggle_panel", "t", "toggle_panel", "Table", "Show or hide the claims table", Group.VIEW),
    DeskAction("search", "slash", "search", "Search", "Search and filter the claims table (Esc leaves the box)",
               Group.VIEW),
    DeskAction("toggle_boilerplate", "b", "toggle_boilerplate", "Boilerplate",
               "Dim or hide boilerplate (appeals, sign-ups, bios, links)", Group.VIEW),
    DeskAction("undo", "ctrl+z", "undo", "Undo", "Undo the last tag, note or evidence change", Group.KEEP),
    DeskAction("redo", "ctrl+y", "redo", "Redo", "Redo the last undone change", Group.KEEP),
    DeskAction("history", "H", "history", "History", "The undo history; Enter jumps to the claim", Group.KEEP),
    DeskAction("orphans", "O", "orphans", "Orphans", "List annotations whose text could not be found again", Group.KEEP),
    DeskAction("export", "w", "export", "Export", "Export the annotations (asks the format and the path)", Group.KEEP),
    DeskAction("quit", "q", "quit", "Quit", "Quit (everything is already saved)", Group.KEEP, True),
)

BY_ID: dict[str, DeskAction] = {a.id: a for a in ACTIONS}


def bindings() -> list[Binding]:
    return [Binding(a.key, a.action, a.label, show=a.footer, id=a.id) for a in ACTIONS]


def normal_key(key: str) -> str:
    """A key as Textual names it ("?" -> "question_mark"), for comparing keys written either way."""
    key = key.strip()
    if len(key) == 1:
        try:
            from textual.keys import _character_to_key

            return _character_to_key(key)
        except ImportError:  # a Textual without it: compare as written
            return key
    return key


def keys_in_force(keymap: Mapping[str, str]) -> dict[str, list[str]]:
    """Each action's keys: the config's, else the default."""
    return {a.id: [normal_key(k) for k in keymap.get(a.id, a.key).split(",") if k.strip()] for a in ACTIONS}


def key_display(key: str) -> str:
    """How a key is written for people: a character key as its character ("question_mark" -> "?",
    "right_square_bracket" -> "]"), any other by its name ("backspace", "ctrl+z", "shift+tab", "f1")."""
    if "+" in key or len(key) == 1:
        return key
    try:
        from textual.keys import format_key, key_to_character
    except ImportError:  # a Textual without them: the name
        return key
    for ch in (key_to_character(key), format_key(key)):
        if ch is not None and len(ch) == 1 and ch.isascii() and ch.isprintable() and not ch.isspace() and not ch.isalnum():
            return ch
    return key


def clashes(keymap: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """Refuse the config's settings that bind one key to two actions. Returns (keymap kept, one message per
    refused setting naming both actions). A refused action keeps its default key."""
    kept = dict(keymap)
    messages: list[str] = []
    while True:
        owner: dict[str, str] = {}
        clash = None
        for a in ACTIONS:
            for k in keys_in_force(kept)[a.id]:
                if k in owner and owner[k] != a.id:
                    clash = (k, owner[k], a.id)
                    break
                owner[k] = a.id
            if clash:
                break
        if clash is None:
            return kept, messages
        key, first, second = clash
        # refuse the config's own setting (the later one when both come from the config)
        refused = second if second in kept else first
        other = first if refused == second else second
        messages.append(f"key {key_display(key)!r} is bound to both {other} and {refused}: "
                        f"{refused} = {kept[refused]!r} ignored ({refused} stays on "
                        f"{key_display(BY_ID[refused].key.split(',')[0])!r})")
        del kept[refused]


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """Read ``[keys]`` from the config file: {action id: key}. Returns (keymap, error message or None).

    Unknown ids, keys that are not strings or hold a control character, and a key bound to two actions
    are refused, each named in the message."""
    if not path.exists():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        return {}, f"{path}: ignored, cannot read it ({e})"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f"{path}: ignored, [keys] must be a table of action = \"key\""
    keymap, unknown = {}, []
    for k, v in keys.items():
        if k in BY_ID and isinstance(v, str) and v.strip() and v.isprintable():  # no control can be a key
            keymap[k] = ",".join(normal_key(x) for x in v.split(",") if x.strip())
        else:
            unknown.append(k)
    problems = []
    if unknown:
        problems.append(f"unknown or invalid key settings ignored: {', '.join(sorted(unknown))}")
    keymap, clash_messages = clashes(keymap)
    problems.extend(clash_messages)
    return keymap, (f"{path}: " + "; ".join(problems)) if problems else None


def markdown_key_table() -> str:
    """The README's key table: every action by group, with its default key (the help screen shows the keys in
    force). tests/test_readme.py checks the README holds exactly this."""
    def keys(a: DeskAction) -> str:
        return " / ".join(f"`{key_display(k)}`" for k in a.key.split(","))


    out = ["| key | action |", "|---|---|"]
    for group in Group:
        out.append(f"| **{group.value}** | |")
        out.extend(f"| {keys(a)} | {a.help} (`{a.id}`) |" for a in ACTIONS if a.group is group)
    return "\n".join(out)
