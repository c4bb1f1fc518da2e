"""The engine end to end: documents in, :class:`~claims.model.Analysis` out."""

from __future__ import annotations

from claims.model import Analysis, Document


def analyse(docs: list[Document]) -> Analysis:
    from claims.align import align
    from claims.extract import extract_claims

    order = {d.id: i for i, d in enumerate(docs)}
    claims = [c for d in docs for c in extract_claims(d)]
    claims.sort(key=lambda c: (order[c.doc], c.start))
    links = align(claims, order)
    return Analysis(documents=list(docs), claims=claims, links=links, clusters=[])
