"""The engine end to end: documents in, :class:`~claims.model.Analysis` out, plus the lookups a
user interface needs (a claim's links, its cluster)."""

from __future__ import annotations

from collections import defaultdict
from operator import attrgetter

from claims.model import Analysis, Claim, Cluster, Document, Link


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


class AnalysisIndex:
    """Lookups over an :class:`Analysis` (built once; the analysis is not modified)."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.claims: dict[str, Claim] = {c.id: c for c in analysis.claims}
        self.documents: dict[str, Document] = {d.id: d for d in analysis.documents}
        self._links: dict[str, list[Link]] = defaultdict(list)
        for link in analysis.links:
            self._links[link.a].append(link)
            self._links[link.b].append(link)
        # a claim stating two facts is in two clusters: it shows the larger one
        self._cluster: dict[str, Cluster] = {cid: cl for cl in sorted(analysis.clusters, key=lambda k: len(k.claims))
                                             for cid in cl.claims}
        self._by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in analysis.claims:
            self._by_doc[c.doc].append(c)

    def links_for(self, claim_id: str) -> list[Link]:
        """Links touching a claim, strongest first."""
        return sorted(self._links.get(claim_id, ()), key=lambda link: -link.score)

    def linked(self, claim_id: str) -> list[tuple[Claim, Link]]:
        """(other claim, link) pairs for a claim, strongest first."""
        out = []
        for link in self.links_for(claim_id):
            other = link.b if link.a == claim_id else link.a
            if other in self.claims:
                out.append((self.claims[other], link))
        return out

    def cluster_of(self, claim_id: str) -> Cluster | None:
        return self._cluster.get(claim_id)

    def claims_of(self, doc_id: str) -> list[Claim]:
        return list(self._by_doc.get(doc_id, ()))

    def claim_at(self, doc_id: str, offset: int) -> Claim | None:
        """The claim covering ``offset`` in a document, if any."""
        for c in self._by_doc.get(doc_id, ()):
            if c.start <= offset < c.end:
                return c
        return None


def links_for(analysis: Analysis, claim_id: str) -> list[Link]:
    return [link for link in analysis.links if claim_id in (link.a, link.b)]
