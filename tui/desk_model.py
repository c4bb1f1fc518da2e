"""Indexes over one analysis that the desk navigates by (no Textual here)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from claims.model import Analysis, Claim, Cluster, Document, Link


@dataclass
class DeskModel:
    analysis: Analysis = field(default_factory=Analysis)

    def __post_init__(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        a = self.analysis
        self.rows: list = []  # the claims table's untagged rows (base_rows), set by the loader
        self.docs: dict[str, Document] = {d.id: d for d in a.documents}
        self.doc_order: dict[str, int] = {d.id: i for i, d in enumerate(a.documents)}
        self.claims: dict[str, Claim] = {c.id: c for c in a.claims}
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in a.claims:
            by_doc[c.doc].append(c)
        for lst in by_doc.values():
            lst.sort(key=lambda c: c.start)
        self.by_doc: dict[str, list[Claim]] = dict(by_doc)
        links: dict[str, list[Link]] = defaultdict(list)
        for link in a.links:
            links[link.a].append(link)
            links[link.b].append(link)
        self.links: dict[str, list[Link]] = dict(links)
        self.cluster_of: dict[str, Cluster] = {}
        for cl in a.clusters:
            for cid in cl.claims:
                self.cluster_of[cid] = cl
        # review order: documents in load order, claims by position
        self.order: list[str] = [c.id for d in a.documents for c in self.by_doc.get(d.id, [])]
        self.position: dict[str, int] = {cid: i for i, cid in enumerate(self.order)}

    # ------------------------------------------------------------------ relations
    def relation(self, claim_id: str) -> str:
        """'conflict' if any link conflicts, else 'update' if another outlet states the figure at
        another time, else 'agree' if any agrees, else 'alone' (no other outlet states it)."""
        rels = {link.relation for link in self.links.get(claim_id, ())}
        for rel in ("conflict", "update", "agree"):
            if rel in rels:
                return rel
        return "alone"

    def linked(self, claim_id: str) -> list[tuple[Claim, Link]]:
        out = []
        for link in self.links.get(claim_id, ()):
            other = link.b if link.a == claim_id else link.a
            if other in self.claims:
                out.append((self.claims[other], link))
        out.sort(key=lambda p: (-p[1].score, self.doc_order.get(p[0].doc, 0), p[0].start))
        return out

    def cluster_claims(self, claim_id: str) -> list[Claim]:
        cl = self.cluster_of.get(claim_id)
        if cl is None:
            return [self.claims[claim_id]] if claim_id in self.claims else []
        return [self.claims[c] for c in cl.claims if c in self.claims]

    def origin_summary(self, claim_id: str) -> str:
        cl = self.cluster_of.get(claim_id)
        return cl.summary if cl else "1 outlet"

    # ------------------------------------------------------------------ navigation
    def step_in_doc(self, doc_id: str, current: str | None, step: int) -> str | None:
        claims = self.by_doc.get(doc_id, [])
        if not claims:
            return None
        ids = [c.id for c in claims]
        if current not in ids:
            return ids[0] if step > 0 else ids[-1]
        i = ids.index(current) + step
        return ids[i] if 0 <= i < len(ids) else current

    def base_rows(self):
        """The claims table's rows without tags (built once, in the worker that analysed the articles)."""
        from tui.widgets.claims_panel import ClaimRow

        fact_no = {cl.id: k for k, cl in enumerate(self.analysis.clusters)}
        rows = []
        for i, cid in enumerate(self.order):
            c = self.claims[cid]
            cl = self.cluster_of.get(cid)
            rows.append(ClaimRow(
                claim_id=cid, order=i, outlet=self.docs[c.doc].label, text=c.text,
                values=", ".join(v.text for v in c.values), status="", relation=self.relation(cid),
                origins=cl.summary.split(":")[0] if cl else "", n_origins=len(cl.origins) if cl else 1,
                has_note=False, fact=fact_no.get(cl.id, -1) if cl else -1,
            ))
        return rows

    def next_matching(self, current: str | None, pred) -> str | None:
        """The next claim in review order (wrapping) for which pred(claim_id) holds."""
        if not self.order:
            return None
        start = self.position.get(current, -1) if current else -1
        n = len(self.order)
        for k in range(1, n + 1):
            cid = self.order[(start + k) % n]
            if pred(cid):
                return cid
        return None


#: from this many files on, loading and analysis run in their own process
PROCESS_THRESHOLD_FILES = 20


def build_model(docs: list[Document]) -> DeskModel:
    """Analyse the articles and index them for the desk (runs in a worker thread or process)."""
    from claims.pipeline import analyse

    model = DeskModel(analyse(docs))
    model.rows = model.base_rows()
    return model


def load_and_analyse(paths: list[str], total: int, cancelled=lambda: False, on_process=lambda proc: None):
    """Yield each loaded Document or error message (as ``iter_load`` gives them), then the DeskModel
    (None when no article loaded).

    From ``PROCESS_THRESHOLD_FILES`` files on, the work runs in ``tui.analyse_worker`` (a separate
    process, so it never holds the GIL the screen needs); if that process cannot run or dies, the
    calling thread carries on from where it stopped."""
    from claims.documents import iter_load
    from claims.model import Document

    docs: list[Document] = []
    received = 0
    if total >= PROCESS_THRESHOLD_FILES:
        import subprocess
        import sys

        from tui.analyse_worker import read_frames

        try:
            proc = subprocess.Popen([sys.executable, "-m", "tui.analyse_worker", *map(str, paths)],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError:
            proc = None
        if proc is not None:
            on_process(proc)  # so the desk can end it if the user quits mid-way
            try:
                for kind, value in read_frames(proc.stdout):
                    if cancelled():
                        return
                    if kind == "item":
                        received += 1
                        if isinstance(value, Document):
                            docs.append(value)
                        yield value
                    elif kind == "model":
                        yield value
                        return
                    else:
                        break
            finally:
                if proc.poll() is None:
                    proc.kill()
                if proc.stdout is not None:
                    proc.stdout.close()
                proc.wait()
    for i, item in enumerate(iter_load(paths)):  # the thread's way, or the rest after a failed process
        if cancelled():
            return
        if i < received:
            continue
        if isinstance(item, Document):
            docs.append(item)
            yield item
        else:
            yield str(item)
    if not cancelled():
        yield build_model(docs) if docs else None
