"""A pane: an article's header (outlet, date, title) above its scrollable text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from claims.model import Document
from tui.safe import flat, line
from tui.widgets.article_view import ArticleView


def header_text(doc: Document | None, n_claims: int | None = None, position: str = "") -> Text:
    """Outlet, date, byline and title: outside text, appended inert to a Text (never markup)."""
    if doc is None:
        return Text("Loading…", style="italic")
    top = Text()
    top.append(line(doc.label), style="bold")
    if doc.date:
        top.append(f" · {doc.date.isoformat()}")
    if doc.byline:
        top.append(f" · {flat(doc.byline)}", style="italic")
    if n_claims is not None:
        top.append(f" · {n_claims} claim{'' if n_claims == 1 else 's'}", style="dim")
    if position:
        top.append(f"  {position}", style="dim")
    top.append("\n")
    top.append(flat(doc.title) if doc.title else "(untitled)", style="italic")
    return top


class ArticlePane(Vertical):
    """Header plus ArticleView. The desk assigns ``document`` and highlights from above."""

    def __init__(self, *, index: int, id: str | None = None) -> None:
        super().__init__(id=id, classes="article-pane")
        self.index = index
        self.document: Document | None = None

    def compose(self) -> ComposeResult:
        yield Static(header_text(None), classes="pane-header", markup=False)
        yield ArticleView()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def retitle(self, doc: Document, n_claims: int | None = None, position: str = "") -> None:
        """The same article with corrected details (outlet, title, date): the header changes, the text and the
        place in it stay."""
        self.document = doc
        self.view.document = doc
        self.query_one(".pane-header", Static).update(header_text(doc, n_claims, position))

    def show(self, doc: Document | None, n_claims: int | None = None, position: str = "") -> None:
        changed = doc is not self.document
        self.document = doc
        self.query_one(".pane-header", Static).update(header_text(doc, n_claims, position))
        if changed:
            self.view.set_document(doc)
