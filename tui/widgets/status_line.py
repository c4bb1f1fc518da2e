"""The status line: review progress first (always visible), then what the selected claim is.

One fixed-height line, so it is updated without a layout pass (``layout=False``): a key that only
changes the status line costs a repaint of that line, not a layout of the screen.

"12/82 reviewed │ disputed ✎ │ conflict: this: 20,000 vs The Courier: 24,000 │ 3 outlets, 2 origins │ source: police"
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.desk_model import plural
from tui.safe import flat, line
from tui.session import Check, StatusFacts

__all__ = ["StatusLine", "status_text"]

_SEP = Text(" │ ")


def status_text(f: StatusFacts) -> Text:
    """The status line for these facts; every outside string (figures, outlets, origins, sources) inert and
    never markup."""
    if f.opening:
        # the tags are not read yet: a "0/N reviewed" now would be a false statement
        return Text(f"{plural(f.total, 'claim')} found · opening the annotations…")
    parts: list[Text] = [Text.assemble((f"{f.reviewed}/{f.total}", "bold"), " reviewed")]
    if f.mode:
        parts.append(Text(f.mode, style="bold"))
    if f.selected:
        parts.append(review_text(f))
        if f.other_outlet and not (f.this_figure or f.other_figure):
            # two propositions without figures ("signed the law" after "needs only his signature"): the link's
            # reason says what they share and how they differ, where two figures would
            parts.append(Text.assemble(f"{f.state} with ", line(f.other_outlet), ": ", flat(f.why) or "same claim"))
        elif f.other_outlet:
            joint = " · " if f.state == "agree" else " vs "
            parts.append(Text.assemble(f"{f.state}: ", ("this: ", "bold"), flat(f.this_figure) or "(this claim)",
                                       joint, line(f.other_outlet), ": ", flat(f.other_figure) or "(its claim)"))
        else:
            parts.append(Text("alone: no other outlet states this"))
        parts.append(Text(flat(f.origins)))
        if f.source:
            parts.append(Text(f"source: {flat(f.source)}"))
    elif f.analysed:
        parts.append(Text(f"{plural(f.total, 'claim')}, {plural(f.links, 'link')} across "
                          f"{plural(f.articles, 'article')} · n: first claim · x: first conflict · ?: help"))
    else:
        parts.append(Text("finding claims…"))
    return _SEP.join(parts)


def review_text(f: StatusFacts) -> Text:
    """The selected claim's verdict, and where its review stands when more than one editor is involved:
    "corroborated", "corroborated (yours) · needs a second check", "needs a second check: 1 verdict hidden until
    you give yours", "corroborated · agreed", "disagreement · you: corroborated, bob: disputed", "disputed ·
    adjudicated by ana". Editor names are outside text: inert."""
    v = f.review
    note = " ✎" if f.has_note else ""
    if not v.team:
        return Text.assemble((f.tag or "untagged", "bold"), note)
    if v.state is Check.SECOND_CHECK:
        if v.mine:
            return Text.assemble((v.mine, "bold"), " (yours) · ", ("needs a second check", "bold"), note)
        if v.hidden:
            pending = f"{v.hidden} verdict{'' if v.hidden == 1 else 's'} hidden until you give yours"
        else:  # a lead sees the others' verdicts before giving one
            pending = ", ".join(f"{line(e)}: {verdict}" for e, verdict in v.others) or "no verdict yet"
        return Text.assemble(("needs a second check", "bold"), f": {pending}", note)
    if v.state is Check.DISAGREEMENT:
        said = [f"you: {v.mine}"] if v.mine else []
        said += [f"{line(e)}: {verdict}" for e, verdict in v.others]
        if v.hidden:
            said.append(f"{v.hidden} hidden until you give yours")
        return Text.assemble(("disagreement", "bold red"), (" · " + ", ".join(said)) if said else "", note)
    if v.state is Check.ADJUDICATED:
        return Text.assemble((v.final, "bold"), f" · adjudicated by {line(v.adjudicated_by)}", note)
    if v.state is Check.AGREED:
        return Text.assemble((v.final, "bold"), f" · agreed ({v.verdicts} verdicts)", note)
    return Text.assemble(("untagged", "bold"), note)


class StatusLine(Static):
    """One line under the panes. ``show`` redraws it without laying out the screen again."""

    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $panel; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._last: StatusFacts | None = None

    def show(self, facts: StatusFacts) -> None:
        if facts == self._last:
            return
        self._last = facts
        self.update(status_text(facts), layout=False)  # one row whatever it says: no layout needed
