"""The engine end to end: documents in, :class:`~claims.model.Analysis` out. The lookups a view needs (a
claim's links, its state, its fact) are :class:`claims.analysis.AnalysisIndex`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from claims.model import Analysis, Claim, Document, DocumentError, Link

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


def extract_document(doc: Document) -> tuple[list[Claim], DocumentError | None]:
    """One document's claims, or an error naming it: an unexpected failure inside the engine on one article leaves
    that article's claims out and says so (one line naming the file), it never stops the others."""
    try:
        return extract_all([doc]), None
    except Exception as e:  # noqa: BLE001 (any engine fault on one article is that article's, reported)
        return [], DocumentError(doc.path, f"could not be analysed (an internal error: {type(e).__name__}); its "
                                           "claims are left out")


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
            # let the workers end on their own before the pool is left: leaving a pool terminates it, and a terminate
            # racing the pool's own replacement of a worker can leave that worker waiting on the task queue's lock for
            # good (seen once in this session's benchmark run: the parent joined it forever)
            pool.close()
            pool.join()
    except OSError:
        return None
    finally:
        _FORKED_DOCS = []
    return [c for part in parts for c in part]


def analyse(docs: list[Document], workers: int | None = 1, failed: list[DocumentError] | None = None) -> Analysis:
    """Claims, cross-document links and clusters of ``docs`` (``workers``: see :func:`extract_all`). With ``failed``,
    an article the engine fails on is reported there (:func:`extract_document`) and the others are analysed."""
    docs = list(docs)
    if failed is None:
        return link_claims(docs, extract_all(docs, workers))
    claims: list[Claim] = []
    for d in docs:
        found, error = extract_document(d)
        claims.extend(found)
        if error is not None:
            failed.append(error)
    return link_claims(docs, claims)


def link_claims(docs: list[Document], claims: list[Claim]) -> Analysis:
    """The analysis of ``docs`` from their claims (as :func:`extract_all` gives them: document order, then
    offset): the links between the articles and the facts they make up."""
    from claims.align import align
    from claims.origins import build_clusters

    docs = list(docs)
    links = align(claims, {d.id: i for i, d in enumerate(docs)}, {d.id: d.date for d in docs})
    clusters = build_clusters(claims, links, docs)
    return Analysis(documents=docs, claims=claims, links=links, clusters=clusters)


# --------------------------------------------------------------------------- files in, claims out, as they come


@dataclass(frozen=True, slots=True)
class Extracted:
    """One loaded article and its claims, in text order (what :func:`extract_all` gives for it)."""

    document: Document
    claims: tuple[Claim, ...]


#: below this many files, starting worker processes costs more than it saves
PARALLEL_MIN_FILES = 4
#: files per task sent to a worker process (fewer for small sets, so the work still splits evenly)
MAX_FILES_PER_TASK = 4


def iter_extract(paths: Iterable[str | Path], workers: int | None = 1) -> Iterator[Extracted | DocumentError]:
    """Load the article files of ``paths`` and extract each article's claims, yielding them as they are ready:
    the same documents, errors, order and ids as :func:`claims.documents.iter_load`, and for each document the
    same claims and ids as :func:`extract_all` (so ``link_claims`` of what this yields equals ``analyse``).

    ``workers`` processes (``None``: one per core) load and extract the files, a few at a time and in order,
    from :data:`PARALLEL_MIN_FILES` files on; they are forked, so call this with ``workers != 1`` only where
    forking is safe (a process without other threads). Where processes cannot be forked, or their pool
    breaks (a worker killed), this process does the rest."""
    from claims.documents import iter_load_mapped, load_or_error

    def load_many(files: list[Path]) -> Iterator[tuple[Document | DocumentError, object]]:
        if workers != 1 and len(files) >= PARALLEL_MIN_FILES:
            return _pooled(files, workers)
        return (load_or_error(f) for f in files)

    for item, claims in iter_load_mapped(paths, load_many):
        if isinstance(item, DocumentError):
            yield item
            continue
        if not isinstance(claims, tuple) or any(c.doc != item.id for c in claims):
            claims = tuple(extract_all([item]))  # loaded here, or renamed to keep ids unique
        yield Extracted(item, claims)


def _load_and_extract(paths: list[Path]) -> list[tuple[Document | tuple[str, str], tuple[Claim, ...] | None]]:
    """Load and extract a few files (in a worker process). A DocumentError comes back as ``(path, reason)``:
    it does not pickle."""
    from claims.documents import load_document

    out: list[tuple[Document | tuple[str, str], tuple[Claim, ...] | None]] = []
    for f in paths:
        try:
            doc = load_document(f)
        except DocumentError as e:
            out.append(((e.path, e.reason), None))
            continue
        out.append((doc, tuple(extract_all([doc]))))
    return out


def _worker_init(parent: int | None = None) -> None:
    """In each forked worker: never write into this process's standard output (it may carry a protocol, as the
    desk's analysis process's does, and a reader waits for its end), and end with this process (Linux): also when
    this process died between the fork and the death signal's setting (``parent``: its pid, told at the fork)."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
        sys.stdout = open(os.devnull, "w")  # for the life of the worker
    except OSError:
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # (orphaned before the signal was set: it would never come)


def _pooled(files: list[Path], workers: int | None) -> Iterator[tuple[Document | DocumentError, object]]:
    """``(Document or DocumentError, its claims)`` for each file, in order, from forked worker processes; this
    process loads what they could not (no fork here, a pool that breaks)."""
    import os
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from claims.documents import load_or_error

    done = 0
    n = workers or os.cpu_count() or 1
    executor = None
    try:
        import multiprocessing

        if n > 1 and "fork" in multiprocessing.get_all_start_methods():
            import claims.extract  # noqa: F401  (imported once, here, rather than in every worker)

            executor = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork"), initializer=_worker_init,
                                           initargs=(os.getpid(),))
    except (OSError, ImportError, NotImplementedError, ValueError):
        executor = None
    if executor is not None:
        per_task = max(1, min(MAX_FILES_PER_TASK, len(files) // (n * 8)))
        # the first file on its own, so the first article comes back as soon as it is read
        tasks = [files[:1]] + [files[i:i + per_task] for i in range(1, len(files), per_task)]
        try:
            for part in executor.map(_load_and_extract, tasks):
                for item, found in part:
                    done += 1
                    yield (item if isinstance(item, Document) else DocumentError(*item)), found
        except (BrokenProcessPool, OSError):
            pass  # a worker died: the rest is loaded here
        finally:
            executor.shutdown(wait=False, cancel_futures=True)
    for f in files[done:]:
        yield load_or_error(f)


def links_for(analysis: Analysis, claim_id: str) -> list[Link]:
    return [link for link in analysis.links if claim_id in (link.a, link.b)]
