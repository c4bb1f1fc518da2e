"""Builders shared by the claim-engine tests (no tests here): documents from plain strings, one paragraph per line."""

from __future__ import annotations

import datetime as dt
import re

from claims.model import Document, Paragraph


def make_doc(doc_id: str, text: str, *, date: dt.date | None = None, outlet: str = "",
             boilerplate: tuple[int, ...] = ()) -> Document:
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            i = len(paras)
            paras.append(Paragraph(i, m.start(), m.end(), i in boilerplate, "donation appeal" if i in boilerplate else ""))
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, outlet=outlet, date=date, paragraphs=tuple(paras))
