"""``claimdesk extract`` without --json: the analysis as readable Rich tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from claims.model import Analysis


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
    per_doc = {}
    for c in analysis.claims:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    for d in analysis.documents:
        t.add_row(d.id, d.outlet or "—", d.date.isoformat() if d.date else "—", d.title or "—", str(per_doc.get(d.id, 0)))
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
    marks = {"conflict": "[red]conflict[/]", "agree": "[green]agree[/]", "alone": "[dim]—[/]"}
    for c in analysis.claims:
        mark = marks[model.relation(c.id)]
        t.add_row(docs[c.doc].label, c.kind, c.text, ", ".join(v.text for v in c.values), c.source or "", mark)
    console.print(t)

    t = Table(title=f"{len(analysis.clusters)} facts stated by more than one outlet", title_justify="left")
    t.add_column("Fact", overflow="fold", ratio=3)
    t.add_column("Outlets and origins", overflow="fold", ratio=2)
    t.add_column("Relations")
    for cl in analysis.clusters:
        first = claims.get(cl.claims[0])
        rels = {link.relation for cid in cl.claims for link in model.links.get(cid, ())}
        t.add_row(first.text if first else cl.id, cl.summary, ", ".join(sorted(rels)))
    console.print(t)
