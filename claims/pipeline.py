"""The engine end to end: documents in, :class:`~claims.model.Analysis` out. The lookups a view needs (a
claim's links, its state, its fact) are :class:`claims.analysis.AnalysisIndex`."""

from __future__ import annotations

from operator import attrgetter

from claims.model import Analysis, Claim, Document, Link


def extract_all(docs: list[Document]) -> list[Claim]:
    """Claims of every document, in document order then offset. Each document is read on its own."""
    from claims.extract import extract_claims
    from claims.text_utils import gc_paused

    order = {d.id: i for i, d in enumerate(docs)}
    with gc_paused():
        if len(order) == len(docs):  # ids unique: sorting each document's claims by offset is the same order
            claims = []
            for d in docs:
                cl = extract_claims(d)
                cl.sort(key=_START)  # (already in order: a stable sort of sorted claims is one pass)
                claims.extend(cl)
            return claims
        claims = [c for d in docs for c in extract_claims(d)]
        claims.sort(key=lambda c: (order[c.doc], c.start))
        return claims


_START = attrgetter("start")


def analyse(docs: list[Document]) -> Analysis:
    """Claims, cross-document links and clusters of ``docs``."""
    from claims.align import align
    from claims.origins import build_clusters

    docs = list(docs)
    claims = extract_all(docs)
    links = align(claims, {d.id: i for i, d in enumerate(docs)}, {d.id: d.date for d in docs})
    clusters = build_clusters(claims, links, docs)
    return Analysis(documents=docs, claims=claims, links=links, clusters=clusters)




def links_for(analysis: Analysis, claim_id: str) -> list[Link]:
    return [link for link in analysis.links if claim_id in (link.a, link.b)]
