"""A fixed analysis for desk tests and snapshots: three short articles about one made-up event, their claims,
links (agree, conflict, update), facts and boilerplate, written out by hand.

The engine never runs: the desk is given this analysis through ``make_app(source=...)``, so a snapshot or a
test built on it changes only when the desk does, not when extraction or alignment does.

The Gazette and The Courier conflict on the arrests (300 against 3,000, both Monday); The Herald agrees with
The Gazette (300 arrests); The Courier gives the injured for Monday (40) and The Herald for Tuesday (45): an
update. The march (5,000) is stated by The Gazette alone. Each article ends with a donation appeal (boilerplate).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from claims.model import Analysis, Claim, ClaimKind, Cluster, Document, Link, Paragraph, Relation, Value
from tui.desk_model import DeskModel

APPEAL = "Support independent reporting: become a member today and get our morning newsletter."

ARTICLES = {
    "gazette": ("The Gazette", "Arrests after the protest in the centre", "2024-10-07", [
        "Police arrested 300 people in the city centre on Monday, the interior ministry said.",
        "The mayor said about 5,000 people marched through the old town on Sunday afternoon.",
        "Officials reported 12 injured officers after the clashes near the station.",
        APPEAL,
    ]),
    "courier": ("The Courier", "Thousands held as protest turns violent", "2024-10-07", [
        "Police detained 3,000 protesters in the city centre on Monday, according to a police spokesman.",
        "Hospitals treated 40 injured people on Monday night, the health department said.",
        "Witnesses described tear gas near the central station.",
        APPEAL,
    ]),
    "herald": ("The Herald", "Protest arrests confirmed by ministry", "2024-10-08", [
        "The interior ministry confirmed that 300 people were arrested on Monday in the centre.",
        "By Tuesday the number of injured had risen to 45, hospital officials said.",
        "Lawyers for several of those held said they had not been charged.",
        APPEAL,
    ]),
}

#: (claim id, article, sentence index, figures as written, kind, cited source)
CLAIMS = [
    ("g-arrests", "gazette", 0, ["300 people", "Monday"], ClaimKind.FIGURE, "the interior ministry"),
    ("g-march", "gazette", 1, ["about 5,000 people", "Sunday"], ClaimKind.FIGURE, "the mayor"),
    ("g-injured", "gazette", 2, ["12 injured officers"], ClaimKind.FIGURE, "Officials"),
    ("c-arrests", "courier", 0, ["3,000 protesters", "Monday"], ClaimKind.FIGURE, "a police spokesman"),
    ("c-injured", "courier", 1, ["40 injured people", "Monday"], ClaimKind.FIGURE, "the health department"),
    ("h-arrests", "herald", 0, ["300 people", "Monday"], ClaimKind.FIGURE, "The interior ministry"),
    ("h-injured", "herald", 1, ["45", "Tuesday"], ClaimKind.FIGURE, "hospital officials"),
]

LINKS = [
    Link("g-arrests", "c-arrests", Relation.CONFLICT, 0.92, "arrested: 300 people vs 3,000 protesters (Monday)",
         ("300 people", "3,000 protesters")),
    Link("g-arrests", "h-arrests", Relation.AGREE, 0.95, "arrested: 300 people = 300 people (Monday)",
         ("300 people", "300 people")),
    Link("c-arrests", "h-arrests", Relation.CONFLICT, 0.88, "arrested: 3,000 protesters vs 300 people (Monday)",
         ("3,000 protesters", "300 people")),
    Link("c-injured", "h-injured", Relation.UPDATE, 0.81, "injured: 40 (Mon 7 Oct) → 45 (Tue 8 Oct)",
         ("40 injured people", "45")),
]

CLUSTERS = [
    Cluster("f-arrests", ("g-arrests", "c-arrests", "h-arrests"), ("interior ministry", "police spokesman"),
            ("The Gazette", "The Courier", "The Herald")),
    Cluster("f-injured", ("c-injured", "h-injured"), ("health department", "hospital officials"),
            ("The Courier", "The Herald")),
]


def _document(key: str, folder: Path) -> Document:
    outlet, title, date, paras = ARTICLES[key]
    text = ""
    paragraphs = []
    for i, p in enumerate(paras):
        if text:
            text += "\n\n"
        start = len(text)
        text += p
        paragraphs.append(Paragraph(i, start, len(text), boilerplate=p == APPEAL,
                                    reason="donation appeal" if p == APPEAL else ""))
    return Document(id=key, path=str(folder / f"{key}.txt"), text=text, outlet=outlet, title=title,
                    date=dt.date.fromisoformat(date), paragraphs=tuple(paragraphs),
                    content_hash=hashlib.sha256(text.encode()).hexdigest())


def analysis(folder: Path | str = "/fixture") -> Analysis:
    """The fixed analysis (documents under ``folder``; the files need not exist)."""
    folder = Path(folder)
    docs = {k: _document(k, folder) for k in ARTICLES}
    claims = []
    for cid, key, para, figures, kind, source in CLAIMS:
        doc = docs[key]
        p = doc.paragraphs[para]
        text = doc.text[p.start:p.end]
        values = []
        for fig in figures:
            at = doc.text.index(fig, p.start)
            values.append(Value(at, at + len(fig), fig, "count" if fig[0].isdigit() else "date", fig))
        claims.append(Claim(id=cid, doc=key, start=p.start, end=p.end, text=text, kind=kind, score=0.9,
                            source=source, values=tuple(values)))
    return Analysis(documents=list(docs.values()), claims=claims, links=list(LINKS), clusters=list(CLUSTERS))


def write_files(folder: Path) -> Path:
    """The articles as files (so paths exist and exports can map offsets); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    a = analysis(folder)
    for d in a.documents:
        Path(d.path).write_text(d.text, encoding="utf-8")
    return folder


def source(folder: Path | str = "/fixture") -> Callable[..., Iterator[object]]:
    """A ``make_app(source=...)`` that yields the fixed documents and then their DeskModel."""

    def load(paths, total, cancelled=lambda: False, on_process=lambda proc: None):
        a = analysis(folder)
        yield from a.documents
        model = DeskModel(a)
        model.rows = model.base_rows()
        yield model

    return load
