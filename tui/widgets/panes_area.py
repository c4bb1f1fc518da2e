"""The panes area: as many article panes side by side as the width holds, and which article is in each.

The desk hands down the documents, each article's claims and how to draw them; the area decides how
many panes fit (one per ``PANE_MIN_WIDTH`` columns), keeps which article each pane shows, cycles and
swaps them, and scrolls each pane to the claim that matters there. Clicks on claims bubble up from
the panes (``ArticleView.ClaimClicked``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from textual.containers import Horizontal

from claims.model import Claim, Document
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import Look

PANE_MIN_WIDTH = 40


class PanesArea(Horizontal):
    """Article panes side by side."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.documents: list[Document] = []
        self.doc_index: dict[str, int] = {}
        self.shown: list[int] = []  # document index per pane
        self.first = 0  # index of the document in the first pane when they are laid out in order
        self.focused = 0  # the focused pane
        self.boilerplate_mode = "dim"
        #: an article's claims, once the analysis is in (None before)
        self.claims_of: Callable[[str], list[Claim]] | None = None
        self._panes: list[ArticlePane] | None = None

    # ------------------------------------------------------------------ documents
    def add_documents(self, docs: list[Document]) -> None:
        for d in docs:
            self.doc_index[d.id] = len(self.documents)
            self.documents.append(d)

    def panes(self) -> list[ArticlePane]:
        """The panes, left to right (kept, not queried: a key asks for them several times)."""
        if self._panes is None:
            self._panes = list(self.query(ArticlePane))
        return list(self._panes)

    def wanted(self, width: int) -> int:
        return max(1, min(len(self.documents) or 1, width // PANE_MIN_WIDTH))

    def needs_layout(self, width: int) -> bool:
        panes = self.panes()
        return not panes or len(panes) != self.wanted(width) or len(self.shown) < len(panes)

    async def fit(self, width: int) -> None:
        """Create or drop panes to fit the width, and give each its article."""
        panes = self.panes()
        want = self.wanted(width)
        if len(panes) > want:
            await self.remove_children(panes[want:])
            self.shown = self.shown[:want]
        elif len(panes) < want:
            await self.mount_all([ArticlePane(index=i) for i in range(len(panes), want)])
        self._panes = None
        self.focused = min(self.focused, want - 1)
        self.fill()

    def fill(self) -> None:
        """Give each pane its article (the ones already placed stay), its claims and the boilerplate mode."""
        n_docs = len(self.documents)
        panes = self.panes()
        if n_docs and (len(self.shown) != len(panes) or any(i >= n_docs for i in self.shown)):
            kept = [i for i in self.shown if i < n_docs][: len(panes)]
            nxt = (self.first + len(kept)) % n_docs
            while len(kept) < min(len(panes), n_docs):
                if nxt not in kept:
                    kept.append(nxt)
                nxt = (nxt + 1) % n_docs
            self.shown = kept
        elif not n_docs:
            self.shown = []
        for k, pane in enumerate(panes):
            doc = self.documents[self.shown[k]] if k < len(self.shown) else None
            claims = self.claims_of(doc.id) if (doc is not None and self.claims_of is not None) else None
            position = f"[{self.shown[k] + 1}/{n_docs}]" if (doc and n_docs > len(panes)) else ""
            pane.show(doc, len(claims) if claims is not None else None, position)
            pane.view.boilerplate_mode = self.boilerplate_mode
            pane.set_class(k == self.focused, "-current")
            if doc is not None and claims is not None and pane.view.claims_doc != doc.id:
                pane.view.set_claims(claims, doc.id)

    def replace_document(self, doc: Document) -> None:
        """An article's details were corrected (outlet, title, date): the same text, so the pane showing it keeps
        its place and only its header changes."""
        i = self.doc_index.get(doc.id)
        if i is None:
            return
        self.documents[i] = doc
        panes = self.panes()
        n_docs = len(self.documents)
        for k, pane in enumerate(panes):
            if k < len(self.shown) and self.shown[k] == i:
                claims = self.claims_of(doc.id) if self.claims_of is not None else None
                position = f"[{i + 1}/{n_docs}]" if n_docs > len(panes) else ""
                pane.retitle(doc, len(claims) if claims is not None else None, position)

    def fill_headers(self) -> None:
        """Only the pane headers' position counters change while more articles arrive."""
        n_docs = len(self.documents)
        panes = self.panes()
        for k, pane in enumerate(panes):
            if k < len(self.shown) and n_docs > len(panes):
                pane.show(self.documents[self.shown[k]], None, f"[{self.shown[k] + 1}/{n_docs}]")

    # ------------------------------------------------------------------ which article where
    def focused_doc(self) -> Document | None:
        if not self.shown:
            return None
        return self.documents[self.shown[min(self.focused, len(self.shown) - 1)]]

    def pane_of(self, doc_id: str) -> int | None:
        i = self.doc_index.get(doc_id)
        return self.shown.index(i) if i is not None and i in self.shown else None

    def put(self, k: int, index: int) -> None:
        """Show document ``index`` in pane ``k`` (swapping with the pane that already shows it)."""
        if not self.shown:
            return
        k = min(k, len(self.shown) - 1)
        if index in self.shown:
            self.shown[self.shown.index(index)] = self.shown[k]
        self.shown[k] = index
        self.fill()

    def bring(self, doc_id: str, *, beside: int | None = None) -> int | None:
        """Make sure an article is in a pane: where it is, else the focused pane, or with ``beside`` the pane
        next to that one (right, or left from the last pane). Returns the pane, or None when no pane can hold
        it without hiding the pane ``beside`` (a single pane)."""
        k = self.pane_of(doc_id)
        if k is not None:
            return k
        index = self.doc_index.get(doc_id)
        if index is None or not self.shown:
            return None
        if beside is None:
            target = min(self.focused, len(self.shown) - 1)
        elif len(self.shown) < 2:
            return None
        else:
            target = beside + 1 if beside + 1 < len(self.shown) else beside - 1
        self.put(target, index)
        return target

    def cycle(self, step: int) -> bool:
        n = len(self.documents)
        if n <= len(self.panes()):
            return False
        self.first = (self.first + step) % n
        self.shown = [(self.first + k) % n for k in range(len(self.panes()))]
        self.fill()
        return True

    def set_focused(self, k: int) -> None:
        self.focused = k
        for j, pane in enumerate(self.panes()):
            pane.set_class(j == k, "-current")

    # ------------------------------------------------------------------ drawing
    def set_boilerplate_mode(self, mode: str) -> None:
        self.boilerplate_mode = mode
        for pane in self.panes():
            pane.view.boilerplate_mode = mode

    def set_highlights(self, look: Callable[[str], Look], selected: str | None, linked: set[str],
                       changed: Iterable[str] | None = None) -> None:
        """``changed``: the claims whose look may have changed (only their lines are drawn again); None: all."""
        ids = None if changed is None else tuple(changed)
        for pane in self.panes():
            pane.view.set_highlights(look, selected, linked, ids)

    def scroll_to_claims(self, selected: Claim | None, targets: Mapping[str, str]) -> None:
        """Scroll the selected claim's pane to it and every other pane to ``targets[its article]`` (a claim
        linked to the selected one)."""
        for pane in self.panes():
            doc = pane.document
            if doc is None:
                continue
            if selected is not None and doc.id == selected.doc:
                pane.view.scroll_to_claim(selected.id)
            elif doc.id in targets:
                pane.view.scroll_to_claim(targets[doc.id])
