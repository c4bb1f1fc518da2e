"""Builders shared by the claim-engine tests (no tests here): documents from plain strings, one paragraph per line."""

from __future__ import annotations

import datetime as dt
import re

from claims.model import Document, Paragraph
from claims.pipeline import analyse


def make_doc(doc_id: str, text: str, *, date: dt.date | None = None, outlet: str = "",
             boilerplate: tuple[int, ...] = ()) -> Document:
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            i = len(paras)
            paras.append(Paragraph(i, m.start(), m.end(), i in boilerplate, "donation appeal" if i in boilerplate else ""))
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, outlet=outlet, date=date, paragraphs=tuple(paras))


def links_between(*texts: str, day: dt.date, days: tuple[int, ...] = ()) -> dict:
    """The relations the engine draws between articles, one per text (ids "a", "b", ..., each from its own outlet,
    published on ``day`` or ``days[i]`` days after it), keyed by the two articles' ids in order."""
    docs = [make_doc(chr(97 + i), t, date=day + dt.timedelta(days=days[i] if days else 0), outlet=f"Outlet {i}")
            for i, t in enumerate(texts)]
    an = analyse(docs)
    doc_of = {c.id: c.doc for c in an.claims}
    return {tuple(sorted((doc_of[lk.a], doc_of[lk.b]))): lk.relation for lk in an.links}
