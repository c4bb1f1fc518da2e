"""The desk: articles side by side, claims highlighted and linked, tagging and review.

Attributes go down (the desk sets each pane's document and highlights, the table's
rows); messages come up (a clicked claim, a chosen table row, worker results).
Loading, extraction and store opening run in thread workers.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from claims.model import Claim, Document
from tui import actions
from tui.desk_model import DeskModel
from tui.safe import block, flat, line
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import ArticleView
from tui.widgets.claims_panel import ClaimRow, ClaimsPanel

if TYPE_CHECKING:
    from store.annotations import AnnotationStore
    from tui.app import ClaimDeskApp

PANE_MIN_WIDTH = 40


class DocumentsLoaded(Message):
    """A batch of documents (and load errors) arrived from the loading worker."""

    def __init__(self, docs: list[Document], errors: list[str], done: int, total: int, finished: bool = False) -> None:
        super().__init__()
        self.docs = docs
        self.errors = errors
        self.done = done
        self.total = total
        self.finished = finished


class AnalysisReady(Message):
    """The analysis, already indexed (DeskModel) and with the table's rows built, off the event loop."""

    def __init__(self, model: DeskModel) -> None:
        super().__init__()
        self.model = model


class StoreReady(Message):
    def __init__(self, store, error: str | None) -> None:
        super().__init__()
        self.store = store
        self.error = error


class StoreSynced(Message):
    def __init__(self, report, error: str | None) -> None:
        super().__init__()
        self.report = report
        self.error = error


def citation(claim: Claim, doc: Document, status: str, note: str) -> str:
    """The claim as a citation for the clipboard. Made of outside text, so made inert: what the
    editor pastes (into a terminal, say) carries no escape sequence of the article's."""
    parts = [f"“{flat(claim.text)}”", f"— {line(doc.label)}"]
    if doc.title:
        parts.append(f", “{flat(doc.title)}”")
    if doc.date:
        parts.append(f", {doc.date.isoformat()}")
    out = "".join(parts[:1]) + " " + "".join(parts[1:]) + "."
    out += f" Status: {status or 'untagged'}."
    if note:
        out += f" Note: {block(note)}"
    return out


def _close_now(store) -> None:
    store.close()


class DeskScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = list(actions.bindings())
    AUTO_FOCUS = ""  # focus goes to the first pane once it has an article, never to the search box

    def __init__(self, paths: list[str], db_path: Path, editor: str, store_opener: Callable[..., Any] | None = None,
                 store_closer: Callable[[Any], None] | None = None) -> None:
        """``store_closer(store)`` closes the store once the desk is gone (the app does it in a thread of
        its own); without one the store is closed where the desk lets go of it."""
        super().__init__(id="desk")
        self.paths = paths
        self.db_path = db_path
        self.editor = editor
        self._store_opener = store_opener
        self._store_closer = store_closer or _close_now
        self.documents: list[Document] = []
        self.model = DeskModel()
        self.analysed = False
        self.store: AnnotationStore | None = None
        self.store_error: str | None = None
        self.selected: str | None = None
        self.first_shown = 0  # index of the document in the first pane
        self.shown: list[int] = []  # document index per pane
        self.focused_pane = 0
        self.boilerplate_mode = "dim"
        self.load_errors: list[str] = []
        self.synced = False
        self._annotations: dict = {}
        self._panel_auto_hidden = False
        self._analysis_proc = None
        self._closing = False  # set when the desk goes away: a store opened after that is closed at once
        self._store_handoff = threading.Lock()
        self._pending_store: AnnotationStore | None = None

    @property
    def ready(self) -> bool:
        """Articles analysed and the store opened and re-anchored (or known to be unusable)."""
        return self.analysed and (self.synced or self.store_error is not None or not self.documents)

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="§")
        with Vertical(id="loading"):
            yield Static("Loading articles…", id="loading-label", markup=False)
            yield ProgressBar(id="loading-bar", show_eta=False)
        yield Horizontal(id="panes")
        yield ClaimsPanel(id="claims-panel")
        yield Static("", id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.app.sub_title = f"annotations: {self.db_path}"
        self.query_one("#claims-panel").display = self.app.size.height >= 36
        # start the workers after the first frame: their imports and parsing would hold the GIL while it paints
        self.call_after_refresh(self._start_workers)

    def on_unmount(self) -> None:
        proc = self._analysis_proc  # quitting mid-analysis: end the worker process, do not wait for it
        if proc is not None and proc.poll() is None:
            proc.kill()
        # the store compacts on close: in the background, so quitting is never held up by it
        with self._store_handoff:
            self._closing = True
            store = self.store if self.store is not None else self._pending_store  # (an empty store is falsy: len 0)
            self.store = self._pending_store = None
        if store is not None:
            self._store_closer(store)

    def _start_workers(self) -> None:
        self.load_documents()
        self.open_store()

    # ------------------------------------------------------------------ workers
    @work(thread=True, exclusive=True, group="load")
    def load_documents(self) -> None:
        """Load articles one by one, posting them in small batches so the first ones show at once,
        then the analysis. Large sets are loaded and analysed in a separate process."""
        import time

        from textual.worker import get_current_worker

        from claims.doc_walk import count_files
        from tui.desk_model import load_and_analyse

        worker = get_current_worker()
        total = count_files(self.paths)
        batch: list[Document] = []
        errors: list[str] = []
        done = n_docs = 0
        last_post = time.monotonic()
        def keep(proc) -> None:
            self._analysis_proc = proc

        for item in load_and_analyse(self.paths, total, cancelled=lambda: worker.is_cancelled, on_process=keep):
            if isinstance(item, Document):
                batch.append(item)
                n_docs += 1
            elif isinstance(item, str):
                errors.append(item)
            else:  # the DeskModel (or None): loading is over
                self.post_message(DocumentsLoaded(batch, errors, done, done, finished=True))
                if item is not None:
                    self.post_message(AnalysisReady(item))
                return
            done += 1
            now = time.monotonic()
            if n_docs <= 1 or now - last_post > 0.1:  # the first article at once, then ~10 updates a second
                self.post_message(DocumentsLoaded(batch, errors, done, max(total, done)))
                batch, errors, last_post = [], [], now

    @work(thread=True, exclusive=True, group="store")
    def open_store(self) -> None:
        """Open the store for writing; if it cannot be written (a read-only folder, say) but can be
        read, open it read-only so the editor still sees the tags, and say why."""
        opener = self._store_opener
        if opener is None:
            from store.annotations import AnnotationStore

            opener = AnnotationStore.open
        try:
            store = opener(self.db_path, editor=self.editor)
        except Exception as e:  # StoreError carries a one-line message naming the file
            first = str(e) or e.__class__.__name__
            if not self.db_path.is_file():
                self.post_message(StoreReady(None, first))
                return
            try:
                store = opener(self.db_path, editor=self.editor, read_only=True)
            except Exception:
                self.post_message(StoreReady(None, first))
                return
            store.read_only = True
            store.read_only_reason = first
        with self._store_handoff:
            if not self._closing:  # else the desk is gone: nobody else will close it
                self._pending_store = store  # until the message arrives, the desk's to close
                self.post_message(StoreReady(store, None))
                return
        self._store_closer(store)  # (not self.app: a screen that is gone has no app to find)

    @work(thread=True, exclusive=True, group="sync")
    def sync_store(self) -> None:
        store = self.store
        if store is None:
            return
        try:
            report = store.sync(self.model.analysis)
        except Exception as e:
            self.post_message(StoreSynced(None, str(e)))
            return
        self.post_message(StoreSynced(report, None))

    # ------------------------------------------------------------------ worker results
    @on(DocumentsLoaded)
    async def _docs_loaded(self, msg: DocumentsLoaded) -> None:
        self.documents.extend(msg.docs)
        gc.freeze()  # loaded articles stay for the session: keep the collector's full sweeps short
        bar = self.query_one("#loading-bar", ProgressBar)
        bar.update(total=max(1, msg.total), progress=msg.done)
        if not msg.finished:
            label = f"Loading articles… {msg.done} of {msg.total}"
        elif self.documents:
            label = f"Loaded {len(self.documents)} article(s); finding and linking claims…"
        else:
            label = "No article could be opened."
            self.analysed = True  # nothing to wait for
        self.query_one("#loading-label", Static).update(label)
        for err in msg.errors:
            self.load_errors.append(err)
            self.notify(err, title="Could not open", severity="error", timeout=10)
        if msg.docs and (len(self.panes()) < self.pane_count() or len(self.shown) < len(self.panes())
                         or not self.panes()):
            await self.layout_panes()
        elif msg.docs:
            self.fill_headers()

    @on(AnalysisReady)
    def _analysis_ready(self, msg: AnalysisReady) -> None:
        self.model = msg.model
        self.analysed = True
        # The analysis lives as long as the desk: move it out of the collector's way so its periodic
        # sweeps over thousands of claims do not stall a frame (measured: 110-120 ms spikes gone).
        gc.freeze()
        self.query_one("#loading").display = False
        self.fill_panes()
        if self.store is not None:
            self.sync_store()  # the table is filled once, after re-anchoring, with the saved tags
        elif self.store_error is not None:
            self.refresh_panel()

    @on(StoreReady)
    def _store_ready(self, msg: StoreReady) -> None:
        if msg.error:
            self.store_error = msg.error
            self.update_status()
            self.refresh_panel()
            self.notify(f"{msg.error} — tags cannot be saved this session.", title="Annotation store", severity="error",
                        timeout=15)
            self.app.sub_title = f"annotations: {self.db_path} (NOT SAVING)"
            return
        with self._store_handoff:
            if self._closing:
                return
            self.store, self._pending_store = msg.store, None
        if getattr(self.store, "read_only", False):
            reason = getattr(self.store, "read_only_reason", "") or "read-only"
            self.notify(f"{reason}. Opened read-only: tags cannot be changed.", title="Read-only", severity="warning",
                        timeout=15)
            self.app.sub_title = f"annotations: {self.db_path} (read-only)"
        if self.analysed:
            self.sync_store()

    @on(StoreSynced)
    def _store_synced(self, msg: StoreSynced) -> None:
        self.synced = True
        self.reload_annotations()
        self.update_status()
        if msg.error:
            self.notify(msg.error, title="Annotation store", severity="error", timeout=15)
            return
        orphans = getattr(msg.report, "orphaned", 0)
        if orphans:
            self.notify(f"{orphans} annotation(s) no longer match the text; press O to see them.",
                        title="Orphaned annotations", severity="warning", timeout=10)
        self.refresh_all()

    # ------------------------------------------------------------------ panes
    def pane_count(self) -> int:
        width = self.app.size.width
        return max(1, min(len(self.documents) or 1, width // PANE_MIN_WIDTH))

    async def layout_panes(self) -> None:
        """Create or drop panes to fit the width, and give each its document."""
        container = self.query_one("#panes", Horizontal)
        panes = list(container.query(ArticlePane))
        want = self.pane_count()
        if len(panes) > want:
            await container.remove_children(panes[want:])
        elif len(panes) < want:
            await container.mount_all([ArticlePane(index=i) for i in range(len(panes), want)])
        self.focused_pane = min(self.focused_pane, want - 1)
        self.fill_panes()

    def panes(self) -> list[ArticlePane]:
        return list(self.query_one("#panes").query(ArticlePane))

    def fill_panes(self) -> None:
        n_docs = len(self.documents)
        panes = self.panes()
        if not self.shown or len(self.shown) != len(panes) or any(i >= n_docs for i in self.shown):
            self.shown = [(self.first_shown + k) % n_docs for k in range(len(panes))] if n_docs else []
        for k, pane in enumerate(panes):
            doc = self.documents[self.shown[k]] if k < len(self.shown) else None
            n_claims = len(self.model.by_doc.get(doc.id, [])) if (doc and self.analysed) else None
            position = f"[{self.shown[k] + 1}/{n_docs}]" if (doc and n_docs > len(panes)) else ""
            pane.show(doc, n_claims, position)
            pane.view.boilerplate_mode = self.boilerplate_mode
            pane.set_class(k == self.focused_pane, "-current")
            if doc is not None and self.analysed:
                pane.view.set_claims(self.model.by_doc.get(doc.id, []))
        if panes and self.focused is None:
            panes[min(self.focused_pane, len(panes) - 1)].view.focus()
        self.refresh_highlights()

    def fill_headers(self) -> None:
        """Only the pane headers' position counters change while more articles arrive."""
        n_docs = len(self.documents)
        panes = self.panes()
        for k, pane in enumerate(panes):
            if k < len(self.shown) and n_docs > len(panes):
                doc = self.documents[self.shown[k]]
                pane.show(doc, None, f"[{self.shown[k] + 1}/{n_docs}]")

    async def on_resize(self) -> None:
        # the claims table gives way to the article text on short terminals, and comes back when there is room
        panel = self.query_one(ClaimsPanel)
        height = self.app.size.height
        if height < 30 and panel.display:
            panel.display = False
            self._panel_auto_hidden = True
        elif height >= 36 and self._panel_auto_hidden:
            panel.display = True
            self._panel_auto_hidden = False
            self.refresh_panel()
        if self.documents and len(self.panes()) != self.pane_count():
            await self.layout_panes()

    # ------------------------------------------------------------------ highlights and status
    def reload_annotations(self) -> None:
        """Cache every annotation by claim id (the store is the truth; this saves a lookup per claim per frame)."""
        self._annotations = {a.claim_id: a for a in self.store.annotations()} if self.store is not None else {}

    def status_of(self, claim_id: str) -> str:
        ann = self._annotations.get(claim_id)
        return (ann.status or "") if ann else ""

    def note_of(self, claim_id: str) -> str:
        ann = self._annotations.get(claim_id)
        return (ann.note or "") if ann else ""

    def state_of(self, claim_id: str, default: str = "alone") -> str:
        """A claim's colour: its tag if tagged, else its relation to the other outlets."""
        return self.status_of(claim_id) or self.model.relation(claim_id) or default

    def states(self) -> dict[str, str]:
        return {cid: self.state_of(cid) for cid in self.model.claims}

    class _StateLookup:
        """Mapping-like: each pane asks only for the claims it draws."""

        def __init__(self, desk: DeskScreen) -> None:
            self.get = desk.state_of

    def refresh_highlights(self) -> None:
        if not self.analysed:
            return
        states = self._StateLookup(self)
        linked = {c.id for c, _ in self.model.linked(self.selected)} if self.selected else set()
        for pane in self.panes():
            pane.view.set_highlights(states, self.selected, linked)
        self.update_status()

    def refresh_all(self) -> None:
        self.fill_panes()
        self.refresh_panel()

    def panel_row(self, cid: str) -> ClaimRow:
        base = self.model.rows[self.model.position[cid]]
        status, has_note = self.status_of(cid), bool(self.note_of(cid))
        if status == base.status and has_note == base.has_note:
            return base
        return replace(base, status=status, has_note=has_note)

    def panel_rows(self) -> list[ClaimRow]:
        rows = list(self.model.rows)
        for cid in self._annotations:
            pos = self.model.position.get(cid)
            if pos is not None:
                rows[pos] = self.panel_row(cid)
        return rows

    def refresh_panel(self, only: list[str] | None = None) -> None:
        if not self.analysed:
            return
        panel = self.query_one(ClaimsPanel)
        if only is not None:
            panel.update_rows([self.panel_row(cid) for cid in only if cid in self.model.claims])
        else:
            panel.set_rows(self.panel_rows(), self.selected)

    def reviewed_counts(self) -> tuple[int, int]:
        total = len(self.model.claims)
        done = sum(1 for cid in self.model.claims if self.status_of(cid))
        return done, total

    def update_status(self) -> None:
        """One line: review progress first (always visible), then the selected claim's facts."""
        done, total = self.reviewed_counts()
        if self.analysed and self.documents and not self.ready:
            # the tags are not read yet: a "0/N reviewed" now would be a false statement
            self.query_one("#status", Static).update(f"{total} claims found · opening the annotations…")
            return
        # built as Text, never markup: the why, the origins and the source are outside text
        parts: list[Text] = [Text.assemble((f"{done}/{total}", "bold"), " reviewed")]
        if self.store is not None and getattr(self.store, "read_only", False):
            parts.append(Text("READ-ONLY", style="bold"))
        elif self.store_error:
            parts.append(Text("NOT SAVING", style="bold"))
        if self.selected and self.selected in self.model.claims:
            c = self.model.claims[self.selected]
            rel = self.model.relation(c.id)
            linked = self.model.linked(c.id)
            why = next((link.why for _, link in linked if link.relation == rel), "no other outlet states this")
            status = self.status_of(c.id) or "untagged"
            note = " ✎" if self.note_of(c.id) else ""
            parts.append(Text.assemble((status, "bold"), note))
            parts.append(Text(f"{rel}: {flat(why)}"))
            parts.append(Text(flat(self.model.origin_summary(c.id))))
            if c.source:
                parts.append(Text(f"source: {flat(c.source)}"))
        elif self.analysed:
            parts.append(Text(f"{total} claims, {len(self.model.analysis.links)} links across "
                              f"{len(self.documents)} articles · n: first claim · x: first conflict"))
        else:
            parts.append(Text("finding claims…"))
        self.query_one("#status", Static).update(Text(" │ ").join(parts))

    # ------------------------------------------------------------------ selection
    def focused_doc(self) -> Document | None:
        if not self.shown:
            return None
        k = min(self.focused_pane, len(self.shown) - 1)
        return self.documents[self.shown[k]]

    def select_claim(self, claim_id: str | None, *, from_panel: bool = False) -> None:
        if claim_id is None or claim_id not in self.model.claims:
            return
        self.selected = claim_id
        claim = self.model.claims[claim_id]
        doc_index = next(i for i, d in enumerate(self.documents) if d.id == claim.doc)
        if doc_index not in self.shown and self.shown:
            k = min(self.focused_pane, len(self.shown) - 1)
            self.shown[k] = doc_index
            self.fill_panes()
        panes = self.panes()
        linked = self.model.linked(claim_id)
        for k, pane in enumerate(panes):
            if pane.document is None:
                continue
            if pane.document.id == claim.doc:
                self.focused_pane = k
                pane.view.scroll_to_claim(claim_id)
            else:
                first = next((c for c, _ in linked if c.doc == pane.document.id), None)
                if first is not None:
                    pane.view.scroll_to_claim(first.id)
            pane.set_class(k == self.focused_pane, "-current")
        self.refresh_highlights()
        if not from_panel:
            self.query_one(ClaimsPanel).select(claim_id)

    @on(ArticleView.ClaimClicked)
    def _clicked(self, msg: ArticleView.ClaimClicked) -> None:
        self.select_claim(msg.claim_id)

    @on(ClaimsPanel.ClaimChosen)
    def _chosen(self, msg: ClaimsPanel.ClaimChosen) -> None:
        self.select_claim(msg.claim_id, from_panel=True)

    def on_descendant_focus(self, event) -> None:
        widget = event.widget
        for k, pane in enumerate(self.panes()):
            if widget is pane.view:
                self.focused_pane = k
            pane.set_class(k == self.focused_pane, "-current")

    # ------------------------------------------------------------------ actions: navigation
    def _need_claims(self) -> bool:
        if not self.analysed:
            self.notify("Still finding claims…", timeout=2)
            return False
        return True

    def action_next_claim(self) -> None:
        self._step(1)

    def action_prev_claim(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self._need_claims():
            return
        doc = self.focused_doc()
        if doc is None:
            return
        current = self.selected if (self.selected and self.model.claims[self.selected].doc == doc.id) else None
        nxt = self.model.step_in_doc(doc.id, current, step)
        if nxt is None:
            self.notify(f"No claims in {doc.label}.", timeout=3)
            return
        self.select_claim(nxt)

    def action_next_untagged(self) -> None:
        if not self._need_claims():
            return
        nxt = self.model.next_matching(self.selected, lambda cid: not self.status_of(cid))
        if nxt is None:
            self.notify("Every claim is tagged.", timeout=3)
        else:
            self.select_claim(nxt)

    def action_next_conflict(self) -> None:
        if not self._need_claims():
            return
        nxt = self.model.next_matching(self.selected, lambda cid: self.model.relation(cid) == "conflict")
        if nxt is None:
            self.notify("No conflicting claims between these articles.", timeout=3)
        else:
            self.select_claim(nxt)

    def action_focus_pane(self, step: int) -> None:
        panes = self.panes()
        if not panes:
            return
        self.focused_pane = (self.focused_pane + step) % len(panes)
        panes[self.focused_pane].view.focus()

    def action_cycle(self, step: int) -> None:
        n = len(self.documents)
        if n <= len(self.panes()):
            self.notify("All articles are already shown.", timeout=2)
            return
        self.first_shown = (self.first_shown + step) % n
        self.shown = []
        self.fill_panes()

    def action_pick_article(self) -> None:
        if not self.documents:
            return
        from tui.screens.picker import PickerScreen

        current = self.shown[self.focused_pane] if self.focused_pane < len(self.shown) else None

        def chosen(index: int | None) -> None:
            if index is None or not self.shown:
                return
            k = min(self.focused_pane, len(self.shown) - 1)
            if index in self.shown:  # swap with the pane already showing it
                other = self.shown.index(index)
                self.shown[other] = self.shown[k]
            self.shown[k] = index
            self.fill_panes()

        self.app.push_screen(PickerScreen(self.documents, self.shown, current), chosen)

    def action_toggle_boilerplate(self) -> None:
        self.boilerplate_mode = "hide" if self.boilerplate_mode == "dim" else "dim"
        for pane in self.panes():
            pane.view.boilerplate_mode = self.boilerplate_mode
        self.notify(f"Boilerplate {'hidden' if self.boilerplate_mode == 'hide' else 'dimmed'}.", timeout=2)

    def action_toggle_panel(self) -> None:
        panel = self.query_one(ClaimsPanel)
        panel.display = not panel.display
        self._panel_auto_hidden = False
        if panel.display:
            self.refresh_panel()

    def action_search(self) -> None:
        panel = self.query_one(ClaimsPanel)
        panel.display = True
        panel.focus_search()

    # ------------------------------------------------------------------ actions: annotating
    def _writable_store(self) -> AnnotationStore | None:
        """The store, when a claim is selected and the store can take a change; else None, said why."""
        if not self._need_claims():
            return None
        if self.selected is None:
            self.notify("Select a claim first (n / p, or click one).", timeout=3)
            return None
        if self.store is None:
            self.notify(self.store_error or "The annotation store is still opening…", severity="error", timeout=5)
            return None
        if getattr(self.store, "read_only", False):
            self.notify("This store is open read-only; nothing can be changed.", severity="warning", timeout=4)
            return None
        return self.store

    def _write(self, fn, *args) -> bool:
        try:
            ann = fn(*args)
        except Exception as e:  # StoreError: the change is not on disk, so the screen must not show it
            self.notify(str(e), title="Not saved", severity="error", timeout=10)
            return False
        changed = [args[0].id] if args and isinstance(args[0], Claim) else None
        if changed and getattr(ann, "claim_id", None) == changed[0]:
            self._annotations[ann.claim_id] = ann
        else:
            self.reload_annotations()
            changed = None
        self.refresh_highlights()
        self.refresh_panel(only=changed)
        return True

    def _selected_claim(self) -> tuple[Claim, Document]:
        assert self.selected is not None
        c = self.model.claims[self.selected]
        return c, self.model.docs[c.doc]

    def action_tag(self, status: str) -> None:
        store = self._writable_store()
        if store is None:
            return
        claim, doc = self._selected_claim()
        self._write(store.set_status, claim, doc, status or None)

    def action_note(self) -> None:
        store = self._writable_store()
        if store is None:
            return
        from tui.screens.note import NoteScreen

        claim, doc = self._selected_claim()

        def done(text: str | None) -> None:
            if text is not None and text != self.note_of(claim.id):
                if self._write(store.set_note, claim, doc, text):
                    self.notify("Note saved.", timeout=2)

        self.app.push_screen(NoteScreen(claim.text, self.note_of(claim.id)), done)

    def _suggestions(self, claim: Claim):
        from tui.screens.evidence import Suggestion

        ann = self.store.get(claim.id) if self.store is not None else None
        have = {getattr(e, "claim_id", None) for e in (ann.evidence if ann else [])}
        out = []
        for other, link in self.model.linked(claim.id):
            if other.id in have:
                continue
            out.append(Suggestion(other.id, self.model.docs[other.doc].label, other.text,
                                  "supports" if link.relation == "agree" else "contradicts", link.why))
        return out

    def _accept(self, claim: Claim, doc: Document, s) -> bool:
        from store.annotations import Evidence

        if self.store is None:
            return False
        ev = Evidence(kind="claim", claim_id=s.claim_id, doc_id=self.model.claims[s.claim_id].doc, outlet=s.outlet,
                      quote=s.text, relation=s.relation)
        if self._write(self.store.add_evidence, claim, doc, ev):
            self.notify(f"Evidence added: {s.relation} — {s.outlet}", timeout=3)
            return True
        return False

    def action_accept_suggestion(self) -> None:
        if self._writable_store() is None:
            return
        claim, doc = self._selected_claim()
        sugg = self._suggestions(claim)
        if not sugg:
            self.notify("No evidence suggestion left for this claim.", timeout=3)
            return
        self._accept(claim, doc, sugg[0])

    def action_evidence(self) -> None:
        store = self._writable_store()
        if store is None:
            return
        from store.annotations import Evidence
        from tui.screens.evidence import EvidenceChoice, EvidenceScreen

        claim, doc = self._selected_claim()
        ann = store.get(claim.id)
        current: list[str] = []
        for e in ann.evidence if ann else []:
            if e.kind == "claim":
                current.append(f"{e.relation}: {e.outlet} — {e.quote}")
            else:
                current.append(f"source: {e.text or ''} {e.url or ''}".strip())

        def done(choice: EvidenceChoice | None) -> None:
            if choice is None:
                return
            if choice.kind == "accept" and choice.suggestion:
                self._accept(claim, doc, choice.suggestion)
            elif choice.kind == "source":
                text = choice.text
                url = text if text.startswith(("http://", "https://")) else ""
                if self._write(store.add_evidence, claim, doc, Evidence(kind="source", text=text, url=url)):
                    self.notify("Source added.", timeout=2)
            elif choice.kind == "remove":
                if self._write(store.remove_evidence, claim, doc, choice.index):
                    self.notify("Evidence removed.", timeout=2)

        self.app.push_screen(EvidenceScreen(claim.text, self._suggestions(claim), current), done)

    def action_tag_cluster(self) -> None:
        store = self._writable_store()
        if store is None or self.selected is None:
            return
        members = self.model.cluster_claims(self.selected)
        status = self.status_of(self.selected)
        if len(members) < 2:
            self.notify("This claim is not linked to any other outlet.", timeout=3)
            return
        if not status:
            self.notify("Tag this claim first (c or d); g then gives every claim of the fact the same tag.", timeout=5)
            return
        from tui.screens.confirm import ConfirmScreen

        def done(yes: bool | None) -> None:
            if not yes:
                return
            n = 0
            for c in members:
                if self.status_of(c.id) != status and self._write(store.set_status, c, self.model.docs[c.doc], status):
                    n += 1
            self.notify(f"Tagged {n} more claim(s) {status}.", timeout=3)

        outlets = ", ".join(sorted({self.model.docs[c.doc].label for c in members}))
        self.app.push_screen(ConfirmScreen(f"Tag all {len(members)} claims of this fact {status}?", outlets), done)

    def action_undo(self) -> None:
        self._history_step("undo")

    def action_redo(self) -> None:
        self._history_step("redo")

    def _history_step(self, which: str) -> None:
        if self.store is None or getattr(self.store, "read_only", False):
            self.notify("Nothing to change in a read-only store.", timeout=3)
            return
        try:
            desc = getattr(self.store, which)()
        except Exception as e:
            self.notify(str(e), title="Not saved", severity="error", timeout=10)
            return
        if desc is None:
            self.notify(f"Nothing to {which}.", timeout=2)
            return
        self.notify(desc, timeout=3)
        self.reload_annotations()
        self.refresh_highlights()
        self.refresh_panel()

    def action_history(self) -> None:
        from tui.screens.listing import ListingScreen

        rows = list(reversed(self.store.history())) if self.store is not None else []
        self.app.push_screen(ListingScreen("Undo history (newest first)", rows, "No changes yet."))

    def action_orphans(self) -> None:
        from tui.screens.listing import ListingScreen

        rows: list[str] = []
        for ann in self.store.orphans() if self.store is not None else []:
            exact = ann.quote.exact
            rows.append(f"{ann.status or 'untagged'} · {Path(ann.doc_path).name}: “{exact}” {ann.note or ''}".strip())
        self.app.push_screen(ListingScreen("Annotations whose text was not found (kept, not dropped)", rows,
                                           "No orphaned annotations."))

    def action_copy_citation(self) -> None:
        if not self._need_claims() or self.selected is None:
            return
        claim, doc = self._selected_claim()
        text = citation(claim, doc, self.status_of(claim.id), self.note_of(claim.id))
        how = cast("ClaimDeskApp", self.app).copy_text(text)
        self.notify(f"Citation copied ({how}).", timeout=3)

    def action_export(self) -> None:
        if self.store is None:
            self.notify(self.store_error or "The annotation store is still opening…", severity="error", timeout=5)
            return
        if not self.analysed:
            self.notify("Still finding claims…", timeout=2)
            return
        from tui.screens.ask_path import AskPathScreen

        default = str(Path.cwd() / "claimdesk-annotations.csv")

        def done(path: str | None) -> None:
            if path:
                self.export_csv(Path(path).expanduser())

        self.app.push_screen(AskPathScreen("Export annotations as CSV to:", default), done)

    @work(thread=True, exclusive=True, group="export")
    def export_csv(self, out: Path) -> None:
        from store.export import export

        store = self.store
        if store is None:
            return
        try:
            n = export("csv", out, self.model.analysis, store)
        except Exception as e:
            self.app.call_from_thread(self.notify, f"{out}: {e}", title="Export failed", severity="error", timeout=10)
            return
        self.app.call_from_thread(self.notify, f"Wrote {n} rows to {out}", title="Exported", timeout=8)

    def action_quit(self) -> None:
        self.app.exit()
