"""One index over an :class:`~claims.model.Analysis`: what every view of it asks (the desk, the exports, the
command line's report, the store's re-anchoring). Built once; the analysis is not modified.

* ``relation(a, b)``: how two claims relate (a :class:`~claims.model.Relation`, or None when not linked);
* ``linked(claim)``: the claims linked to one, strongest link first;
* ``state(claim)``: a claim's standing among the other outlets (:class:`ClaimState`);
* ``cluster_of(claim)`` / ``cluster_claims(claim)`` / ``origin_summary(claim)``: the fact it belongs to;
* ``claims_of(doc)``, ``order`` and ``position``: claims by article and in review order.
"""

from __future__ import annotations

from collections import defaultdict
from enum import StrEnum

from claims.model import Analysis, Claim, Cluster, Document, Link, Relation


class ClaimState(StrEnum):
    """A claim's standing among the other outlets: what its most telling link says."""

    CONFLICT = "conflict"  # another outlet gives an incompatible figure for the same moment
    UPDATE = "update"  # another outlet gives the figure for another moment
    AGREE = "agree"  # another outlet states the same fact
    ALONE = "alone"  # no other outlet states it


#: the order in which a claim's links decide its state (a conflict outweighs an agreement)
_STATE_ORDER = ((Relation.CONFLICT, ClaimState.CONFLICT), (Relation.UPDATE, ClaimState.UPDATE),
                (Relation.AGREE, ClaimState.AGREE))


class AnalysisIndex:
    """Lookups over an :class:`Analysis`."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.docs: dict[str, Document] = {d.id: d for d in analysis.documents}
        self.doc_order: dict[str, int] = {d.id: i for i, d in enumerate(analysis.documents)}
        self.claims: dict[str, Claim] = {c.id: c for c in analysis.claims}
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in analysis.claims:
            by_doc[c.doc].append(c)
        for lst in by_doc.values():
            lst.sort(key=lambda c: c.start)
        self.by_doc: dict[str, list[Claim]] = dict(by_doc)
        links: dict[str, list[Link]] = defaultdict(list)
        pair: dict[tuple[str, str], Link] = {}
        for link in analysis.links:
            links[link.a].append(link)
            links[link.b].append(link)
            pair[(link.a, link.b)] = pair[(link.b, link.a)] = link
        self.links: dict[str, list[Link]] = dict(links)
        self._pair = pair
        # a claim stating two facts is in two clusters: it belongs to the larger one
        self._cluster: dict[str, Cluster] = {
            cid: cl for cl in sorted(analysis.clusters, key=lambda k: len(k.claims)) for cid in cl.claims}
        self.fact_number: dict[str, int] = {cl.id: k for k, cl in enumerate(analysis.clusters)}
        # review order: articles in load order, claims by position
        self.order: list[str] = [c.id for d in analysis.documents for c in self.by_doc.get(d.id, [])]
        self.position: dict[str, int] = {cid: i for i, cid in enumerate(self.order)}

    # ------------------------------------------------------------------ relations
    def relation(self, a: str, b: str) -> Relation | None:
        """How claim ``b`` relates to claim ``a`` (None when they are not linked)."""
        link = self._pair.get((a, b))
        return link.relation if link is not None else None

    def link_between(self, a: str, b: str) -> Link | None:
        return self._pair.get((a, b))

    def state(self, claim_id: str) -> ClaimState:
        """A claim's standing: conflict if any link conflicts, else update, else agree, else alone."""
        rels = {link.relation for link in self.links.get(claim_id, ())}
        for rel, state in _STATE_ORDER:
            if rel in rels:
                return state
        return ClaimState.ALONE

    def links_for(self, claim_id: str) -> list[Link]:
        """Links touching a claim, strongest first."""
        return sorted(self.links.get(claim_id, ()), key=lambda link: -link.score)

    def linked(self, claim_id: str) -> list[tuple[Claim, Link]]:
        """(other claim, link) pairs for a claim: strongest first, then in article and text order."""
        out = []
        for link in self.links.get(claim_id, ()):
            other = link.b if link.a == claim_id else link.a
            if other in self.claims:
                out.append((self.claims[other], link))
        out.sort(key=lambda p: (-p[1].score, self.doc_order.get(p[0].doc, 0), p[0].start))
        return out

    # ------------------------------------------------------------------ facts and origins
    def cluster_of(self, claim_id: str) -> Cluster | None:
        return self._cluster.get(claim_id)

    def cluster_claims(self, claim_id: str) -> list[Claim]:
        """The claims stating the same fact as ``claim_id`` (itself included)."""
        cl = self._cluster.get(claim_id)
        if cl is None:
            return [self.claims[claim_id]] if claim_id in self.claims else []
        return [self.claims[c] for c in cl.claims if c in self.claims]

    def origin_summary(self, claim_id: str) -> str:
        cl = self._cluster.get(claim_id)
        return cl.summary if cl else "1 outlet"

    # ------------------------------------------------------------------ articles
    def outlet(self, doc_id: str) -> str:
        d = self.docs.get(doc_id)
        return d.label if d else doc_id

    def claims_of(self, doc_id: str) -> list[Claim]:
        return list(self.by_doc.get(doc_id, ()))

    def claim_at(self, doc_id: str, offset: int) -> Claim | None:
        """The claim covering ``offset`` in a document, if any."""
        for c in self.by_doc.get(doc_id, ()):
            if c.start <= offset < c.end:
                return c
        return None


__all__ = ["AnalysisIndex", "ClaimState"]
