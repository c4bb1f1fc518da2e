"""``claimdesk extract`` without --json: the analysis as readable tables.

On a terminal: Rich tables that fit its width. Piped to a file or a pager: tab-separated rows
(one section per table, a ``# title`` line above each, one line per row, nothing wrapped or cut),
so no word is broken at the terminal's width and the output reads into a spreadsheet or ``cut``.

Every cell is outside text (titles, outlets, claims, values, sources): each is made inert
(``claims.inert``: "␛" for ESC, tabs and newlines as spaces in a cell), never a markup string, so
``[/]`` in a title prints as written and an ESC in an article reaches stdout as "␛".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claims.analysis import AnalysisIndex, ClaimState
from claims.inert import inert
from claims.model import Analysis

_RUNS_OF_SPACE = re.compile(r"[ \t\n]+")

#: a claim's relation to the other outlets, as printed in the Links column
MARKS = {ClaimState.CONFLICT.value: Text("conflict", style="red"), ClaimState.UPDATE.value: Text("update", style="yellow"),
         ClaimState.AGREE.value: Text("agree", style="green"), ClaimState.ALONE.value: Text("—", style="dim")}


def plural(n: int, word: str) -> str:
    return f"{n:,} {word if n == 1 else word + 's'}"


def flat(value: object) -> str:
    """One cell of outside text: one line, inert (tabs and newlines become spaces)."""
    return inert(_RUNS_OF_SPACE.sub(" ", str(value)).strip(), newlines=False)


def cell(value: object) -> Text:
    """One table cell of outside text: one line, inert, never markup."""
    return Text(flat(value))


def _sections(analysis: Analysis) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, column names, rows of plain cells) for the articles, the claims and the facts."""
    idx = AnalysisIndex(analysis)
    per_doc = {d.id: len(idx.claims_of(d.id)) for d in analysis.documents}
    docs = (plural(len(analysis.documents), "article"), ["Id", "Outlet", "Date", "Title", "Claims"],
            [[d.id, d.outlet or "—", d.date.isoformat() if d.date else "—", d.title or "—", str(per_doc[d.id])]
             for d in analysis.documents])
    claims = (plural(len(analysis.claims), "claim"), ["Outlet", "Kind", "Claim", "Values", "Source", "Links"],
              [[idx.outlet(c.doc), str(c.kind), c.text, ", ".join(v.text for v in c.values), c.source or "",
                idx.state(c.id).value] for c in analysis.claims])
    facts = []
    for cl in analysis.clusters:
        first = idx.claims.get(cl.claims[0])
        rels = {link.relation.value for cid in cl.claims for link in idx.links.get(cid, ())}
        facts.append([first.text if first else cl.id, cl.summary, ", ".join(sorted(rels))])
    n = len(analysis.clusters)
    fact_title = f"{plural(n, 'fact')} stated by more than one outlet"
    return [docs, claims, (fact_title, ["Fact", "Outlets and origins", "Relations"], facts)]


def print_tsv(analysis: Analysis, out: IO[str]) -> None:
    """Every table as tab-separated lines under a ``# title`` line, a blank line between tables."""
    for k, (title, columns, rows) in enumerate(_sections(analysis)):
        if k:
            out.write("\n")
        out.write(f"# {flat(title)}\n")
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(flat(x) for x in row) + "\n")


#: how each section's columns are laid out on a terminal: (no_wrap, overflow, ratio, justify) per column
_LAYOUT: Sequence[Sequence[tuple[bool, str, int | None, str]]] = (
    [(False, "ellipsis", None, "left")] * 3 + [(False, "fold", None, "left"), (False, "ellipsis", None, "right")],
    [(True, "ellipsis", None, "left"), (False, "ellipsis", None, "left"), (False, "fold", 3, "left"),
     (False, "fold", 1, "left"), (False, "ellipsis", None, "left"), (False, "ellipsis", None, "left")],
    [(False, "fold", 3, "left"), (False, "fold", 2, "left"), (False, "ellipsis", None, "left")],
)


def print_analysis(analysis: Analysis, console: Console | None = None, out: IO[str] | None = None) -> None:
    """Rich tables on a terminal; tab-separated sections when the output is not a terminal."""
    stream = out if out is not None else sys.stdout
    console = console or Console(file=stream)
    if not console.is_terminal:
        print_tsv(analysis, console.file)
        return
    for k, (title, columns, rows) in enumerate(_sections(analysis)):
        t = Table(title=title, title_justify="left")
        for name, (no_wrap, overflow, ratio, justify) in zip(columns, _LAYOUT[k], strict=True):
            t.add_column(name, no_wrap=no_wrap, overflow=overflow, ratio=ratio, justify=justify)  # type: ignore[arg-type]
        for row in rows:
            if k == 1:  # the Links column in colour
                *rest, state = row
                t.add_row(*[cell(x) for x in rest], MARKS.get(state) or cell(state))
            else:
                t.add_row(*[cell(x) for x in row])
        console.print(t)
