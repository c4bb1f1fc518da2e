"""The desk's view of one analysis (no Textual here).

:class:`DeskModel` is :class:`claims.analysis.AnalysisIndex` (relations, a claim's state, linked
claims, facts and origins, claims by article and in review order: one copy of that logic for every
view) plus what only the desk needs: the claims table's rows, built once off the event loop, and
navigation helpers. It is built off the event loop, in the desk's loader thread (:func:`load_and_analyse`),
from documents and an analysis that may have come from the analysis process (``tui.analyse_worker``).
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from claims.analysis import AnalysisIndex, ClaimState
from claims.model import Analysis, Claim, Document, Link

__all__ = ["ArticleClaims", "ClaimRow", "DeskModel", "build_model", "figures", "load_and_analyse", "model_of", "plural"]


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles`` (``many`` for irregular plurals)."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One row of the claims table: what it shows, sorts and filters by."""

    claim_id: str
    order: int
    outlet: str  # as shown: the outlet, else the file name
    text: str
    values: str
    status: str  # "" | corroborated | disputed
    relation: str  # the claim's own state: agree | conflict | update | alone
    origins: str
    n_origins: int
    has_note: bool
    fact: int = -1  # cluster order, -1 when no other outlet states it
    #: the outlet's own name, lower case ("" when the article names none): searched, never the file name
    outlet_key: str = ""


def figures(claim: Claim) -> str:
    """The figures a claim states, as written ("20,000, 40%")."""
    return ", ".join(v.text for v in claim.values)


class DeskModel(AnalysisIndex):
    """An :class:`AnalysisIndex` with the claims table's untagged rows and the desk's navigation."""

    def __init__(self, analysis: Analysis | None = None) -> None:
        super().__init__(analysis if analysis is not None else Analysis())
        self.rows: list[ClaimRow] = []  # built by build_model, in review order
        self.doc_index: dict[str, int] = {d.id: i for i, d in enumerate(self.analysis.documents)}
        # every claim's state, worked out once (the panes ask for it on every line they draw)
        self._states: dict[str, ClaimState] = {cid: AnalysisIndex.state(self, cid) for cid in self.claims}
        # positions (in review order) of the claims that conflict with or update another outlet: `x` walks these
        self.disagreements: list[int] = [i for i, cid in enumerate(self.order)
                                         if self.state(cid) in (ClaimState.CONFLICT, ClaimState.UPDATE)]

    def state(self, claim_id: str) -> ClaimState:
        return self._states.get(claim_id, ClaimState.ALONE)

    # ------------------------------------------------------------------ rows
    def base_rows(self) -> list[ClaimRow]:
        """The claims table's rows without tags (built once, in the worker that analysed the articles)."""
        rows = []
        for i, cid in enumerate(self.order):
            c = self.claims[cid]
            cl = self.cluster_of(cid)
            doc = self.docs[c.doc]
            rows.append(ClaimRow(
                claim_id=cid, order=i, outlet=doc.label, text=c.text, values=figures(c), status="",
                relation=self.state(cid).value, origins=cl.summary.split(":")[0] if cl else "",
                n_origins=len(cl.origins) if cl else 1, has_note=False,
                fact=self.fact_number.get(cl.id, -1) if cl else -1, outlet_key=doc.outlet.lower(),
            ))
        return rows

    # ------------------------------------------------------------------ navigation
    def document(self, claim_id: str) -> Document:
        return self.docs[self.claims[claim_id].doc]

    def step_in_doc(self, doc_id: str, current: str | None, step: int) -> str | None:
        """The claim ``step`` claims after ``current`` in one article (the first or last when ``current`` is
        not in it); ``current`` itself at either end."""
        claims = self.by_doc.get(doc_id, [])
        if not claims:
            return None
        if current is None or current not in self.claims or self.claims[current].doc != doc_id:
            return claims[0].id if step > 0 else claims[-1].id
        i = self.position[current] - self.position[claims[0].id] + step  # positions are contiguous per article
        return claims[i].id if 0 <= i < len(claims) else current

    def next_matching(self, current: str | None, pred: Callable[[str], bool]) -> str | None:
        """The next claim in review order (wrapping) for which pred(claim_id) holds; stops at the first."""
        if not self.order:
            return None
        start = self.position.get(current, -1) if current else -1
        n = len(self.order)
        for k in range(1, n + 1):
            cid = self.order[(start + k) % n]
            if pred(cid):
                return cid
        return None

    def next_disagreement(self, current: str | None) -> str | None:
        """The next claim (wrapping) that conflicts with or updates another outlet's (a bisect, not a scan)."""
        if not self.disagreements:
            return None
        start = self.position.get(current, -1) if current else -1
        i = bisect_right(self.disagreements, start)
        return self.order[self.disagreements[i % len(self.disagreements)]]

    def telling_link(self, claim_id: str) -> tuple[Claim, Link] | None:
        """The linked claim that decides this claim's state (its strongest conflict, else update, else agree)."""
        state = self.state(claim_id)
        return next(((c, link) for c, link in self.linked(claim_id) if link.relation.value == state.value), None)

    def figure_of(self, claim_id: str, link: Link) -> str:
        """The figure a link compares, as written in ``claim_id`` (else every figure the claim states)."""
        fact = link.facts[0] if link.a == claim_id else link.facts[1]
        return fact or figures(self.claims[claim_id])


#: from this many files on, loading and analysis run in their own process
PROCESS_THRESHOLD_FILES = 20


def build_model(docs: list[Document]) -> DeskModel:
    """Analyse the articles and index them for the desk (runs in a worker thread or process)."""
    from claims.pipeline import analyse

    return model_of(analyse(docs))


def model_of(analysis: Analysis) -> DeskModel:
    """The desk's index of an analysis, with the claims table's rows (call it off the event loop)."""
    with _collector_paused():
        model = DeskModel(analysis)
        model.rows = model.base_rows()
    return model


@dataclass(frozen=True, slots=True)
class ArticleClaims:
    """One article's claims as soon as they are found, before any link (``load_and_analyse(with_claims=True)``
    yields one right after each Document)."""

    doc_id: str
    claims: tuple[Claim, ...]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Build long-lived objects without the cyclic collector walking them: paused while they are made, then
    frozen (moved out of its sweeps, as the desk does with everything it loads). A full sweep over the claims
    received so far would otherwise hold the GIL the screen needs for tens of milliseconds."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def load_and_analyse(paths: list[str], total: int, cancelled: Callable[[], bool] = lambda: False,
                     on_process: Callable[[object], None] = lambda proc: None, *,
                     with_claims: bool = False) -> Iterator[object]:
    """Yield each loaded Document or error message (as ``iter_load`` gives them), then the DeskModel
    (None when no article loaded). With ``with_claims``, each Document is followed by its
    :class:`ArticleClaims` as soon as they are extracted (long before the links; after a worker process
    failed, the articles it had sent without their claims get them from this thread, later).

    From ``PROCESS_THRESHOLD_FILES`` files on (or when ``tui.analyse_worker.start_early`` started it for these
    paths), the work runs in ``tui.analyse_worker``: a separate process (so it never holds the GIL the screen
    needs) that sends each document once, then the analysis in small frames that are put back together here
    around the documents; if that process cannot run or dies, the calling thread carries on from where it
    stopped."""
    from claims.documents import iter_load
    from claims.pipeline import extract_document, link_claims
    from tui import analyse_worker

    failures: list[str] = []  # articles the engine failed on: named in a notice, their claims left out

    def claims_of(d: Document) -> list[Claim]:
        got, error = extract_document(d)
        if error is not None:
            failures.append(str(error))
        return got

    docs: list[Document] = []
    found: dict[str, list[Claim]] = {}  # each article's claims, as received
    complete: set[str] = set()  # the articles whose claims have all been received
    received = 0
    worker = analyse_worker.take(paths)
    if worker is None and total >= PROCESS_THRESHOLD_FILES:
        worker = analyse_worker.start(paths)
    if worker is not None:
        on_process(worker)  # so the desk can end it if the user quits mid-way
        receiver = analyse_worker.AnalysisReceiver()
        try:
            assert worker.stdout is not None
            for frame in analyse_worker.read_frames(worker.stdout):
                if cancelled():
                    return
                kind = frame[0]
                if kind == "doc":
                    received += 1
                    docs.append(frame[1])
                    receiver.add_document(frame[1])
                    yield frame[1]
                elif kind == "error":
                    received += 1
                    yield frame[1]
                elif kind == "claims":
                    _, doc_id, rows, last = frame
                    with _collector_paused():
                        found.setdefault(doc_id, []).extend(receiver.add_claims(doc_id, rows))
                    if last:
                        complete.add(doc_id)
                        if with_claims:
                            yield ArticleClaims(doc_id, tuple(found[doc_id]))
                elif kind == "links":
                    with _collector_paused():
                        receiver.add_links(frame[1])
                elif kind == "clusters":
                    with _collector_paused():
                        receiver.add_clusters(frame[1])
                elif kind == "end":
                    yield model_of(receiver.analysis()) if docs else None
                    return
                else:  # "fail": this thread does the rest
                    break
        finally:
            worker.close()
    # the thread's way, or the rest after a failed process (the articles it sent are not sent again)
    found = {doc_id: claims for doc_id, claims in found.items() if doc_id in complete}
    if with_claims:
        for d in docs:  # received without all their claims
            if d.id not in found:
                found[d.id] = claims_of(d)
                yield from failures
                failures.clear()
                yield ArticleClaims(d.id, tuple(found[d.id]))
    for i, item in enumerate(iter_load(paths)):
        if cancelled():
            return
        if i < received:
            continue
        if isinstance(item, Document):
            docs.append(item)
            yield item
            if with_claims:
                found[item.id] = claims_of(item)
                yield from failures
                failures.clear()
                yield ArticleClaims(item.id, tuple(found[item.id]))
        else:
            yield str(item)
    if cancelled():
        return
    if not docs:
        yield None
        return
    claims = [c for d in docs for c in (found[d.id] if d.id in found else claims_of(d))]
    yield from failures
    yield model_of(link_claims(docs, claims))
