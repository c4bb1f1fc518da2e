"""The engine end to end: documents in, :class:`~claims.model.Analysis` out. The lookups a view needs (a
claim's links, its state, its fact) are :class:`claims.analysis.AnalysisIndex`."""

from __future__ import annotations

from operator import attrgetter

from claims.model import Analysis, Claim, Document, Link

#: below this much article text, starting worker processes costs more than it saves
PARALLEL_MIN_CHARS = 400_000


def extract_all(docs: list[Document], workers: int | None = 1) -> list[Claim]:
    """Claims of every document, in document order then offset. Each document is read on its own, so
    ``workers`` processes (``None``: one per core) give exactly the same claims and ids as one."""
    from claims.extract import extract_claims
    from claims.text_utils import gc_paused

    if workers != 1 and len(docs) > 1 and sum(len(d.text) for d in docs) >= PARALLEL_MIN_CHARS:
        parallel = _extract_in_processes(docs, workers)
        if parallel is not None:
            return parallel
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
_FORKED_DOCS: list[Document] = []


def _extract_range(bounds: tuple[int, int]) -> list[Claim]:
    """Claims of ``_FORKED_DOCS[lo:hi]`` (run in a forked worker that inherited the documents)."""
    lo, hi = bounds
    return extract_all(_FORKED_DOCS[lo:hi], workers=1)


def _extract_in_processes(docs: list[Document], workers: int | None) -> list[Claim] | None:
    """Extraction over forked worker processes, in contiguous runs of documents (results concatenated in
    order). None where processes cannot be forked (the caller then extracts in this process)."""
    import multiprocessing
    import os

    n = workers or os.cpu_count() or 1
    if n <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    global _FORKED_DOCS
    _FORKED_DOCS = docs  # the workers inherit the documents when they fork: nothing to pickle on the way in
    step = max(1, -(-len(docs) // (n * 4)))
    ranges = [(i, min(len(docs), i + step)) for i in range(0, len(docs), step)]
    try:
        with multiprocessing.get_context("fork").Pool(n) as pool:
            parts = pool.map(_extract_range, ranges)
    except OSError:
        return None
    finally:
        _FORKED_DOCS = []
    return [c for part in parts for c in part]


def analyse(docs: list[Document], workers: int | None = 1) -> Analysis:
    """Claims, cross-document links and clusters of ``docs`` (``workers``: see :func:`extract_all`)."""
    from claims.align import align
    from claims.origins import build_clusters

    docs = list(docs)
    claims = extract_all(docs, workers)
    links = align(claims, {d.id: i for i, d in enumerate(docs)}, {d.id: d.date for d in docs})
    clusters = build_clusters(claims, links, docs)
    return Analysis(documents=docs, claims=claims, links=links, clusters=clusters)


def links_for(analysis: Analysis, claim_id: str) -> list[Link]:
    return [link for link in analysis.links if claim_id in (link.a, link.b)]
