"""``claimdesk extract`` without --json: the analysis as readable Rich tables.

Every cell is outside text (titles, outlets, claims, values, sources): each is a ``Text`` made
inert (``claims.inert``), never a markup string, so ``[/]`` in a title prints as written and an
ESC in an article reaches stdout as "␛".
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claims.inert import inert
from claims.model import Analysis

_RUNS_OF_SPACE = re.compile(r"[ \t\n]+")

#: a claim's relation to the other outlets, as printed in the Links column
MARKS = {"conflict": Text("conflict", style="red"), "update": Text("update", style="yellow"),
         "agree": Text("agree", style="green"),
         "alone": Text("—", style="dim")}


def cell(value: object) -> Text:
    """One table cell of outside text: one line, inert, never markup."""
    return Text(inert(_RUNS_OF_SPACE.sub(" ", str(value)).strip(), newlines=False))


def print_analysis(analysis: Analysis, console: Console | None = None) -> None:
    console = console or Console()
    docs = {d.id: d for d in analysis.documents}
    claims = {c.id: c for c in analysis.claims}

    t = Table(title=f"{len(analysis.documents)} articles", title_justify="left", expand=False)
    t.add_column("Id")
    t.add_column("Outlet")
    t.add_column("Date")
    t.add_column("Title", overflow="fold")
    t.add_column("Claims", justify="right")
    per_doc: dict[str, int] = {}
    for c in analysis.claims:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    for d in analysis.documents:
        t.add_row(cell(d.id), cell(d.outlet or "—"), cell(d.date.isoformat() if d.date else "—"),
                  cell(d.title or "—"), cell(per_doc.get(d.id, 0)))
    console.print(t)

    from tui.desk_model import DeskModel

    model = DeskModel(analysis)
    t = Table(title=f"{len(analysis.claims)} claims", title_justify="left")
    t.add_column("Outlet", no_wrap=True)
    t.add_column("Kind")
    t.add_column("Claim", overflow="fold", ratio=3)
    t.add_column("Values", overflow="fold", ratio=1)
    t.add_column("Source")
    t.add_column("Links")
    for c in analysis.claims:
        t.add_row(cell(docs[c.doc].label), cell(c.kind), cell(c.text), cell(", ".join(v.text for v in c.values)),
                  cell(c.source or ""), MARKS.get(model.relation(c.id)) or cell(model.relation(c.id)))
    console.print(t)

    t = Table(title=f"{len(analysis.clusters)} facts stated by more than one outlet", title_justify="left")
    t.add_column("Fact", overflow="fold", ratio=3)
    t.add_column("Outlets and origins", overflow="fold", ratio=2)
    t.add_column("Relations")
    for cl in analysis.clusters:
        first = claims.get(cl.claims[0])
        rels = {link.relation for cid in cl.claims for link in model.links.get(cid, ())}
        t.add_row(cell(first.text if first else cl.id), cell(cl.summary), cell(", ".join(sorted(rels))))
    console.print(t)
