"""The desk: articles side by side, claims highlighted and linked, tagging and review.

Wiring only. The state and the rules are :class:`tui.session.ReviewSession` (the analysis, the store and
its annotations, the selected claim, every change); the panes are :class:`PanesArea`, the status line
:class:`StatusLine`, the claims table :class:`ClaimsPanel`. Attributes go down (the desk hands each its
data), messages come up (a clicked claim, a chosen row, worker results). Loading, extraction, opening
and syncing the store, and exports run in thread workers.

A key does work in proportion to what it changes: a tag patches one table row and repaints the panes'
visible lines; selecting a claim re-colours the rows linked to it; the status line is redrawn without
a layout pass.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from claims.model import Claim, Document
from tui import actions
from tui.desk_model import ClaimRow, DeskModel, figures
from tui.safe import block, flat, line
from tui.session import ClaimLook, EvidenceItem, Outcome, ReviewSession, Suggestion
from tui.ui_state import DeskPlace, load_place, save_place
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import ArticleView
from tui.widgets.claims_panel import ClaimsPanel
from tui.widgets.panes_area import PANE_MIN_WIDTH, PanesArea
from tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from store.annotations import Annotation, AnnotationStore, ProjectSettings, SyncReport
    from tui.app import ClaimDeskApp
    from tui.screens.evidence import EvidenceChoice, EvidenceState

__all__ = ["PANE_MIN_WIDTH", "DeskScreen", "citation"]

#: what loads and analyses the articles: ``source(paths, total, cancelled=..., on_process=...)`` yields
#: Documents and error messages, then the DeskModel (or None); ``tui.desk_model.load_and_analyse`` by default
Source = Callable[..., Iterator[object]]


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
    def __init__(self, store: AnnotationStore | None, error: str | None) -> None:
        super().__init__()
        self.store = store
        self.error = error


class StoreSynced(Message):
    """The store re-anchored to the analysis, its annotations read and the table's rows built (in a worker)."""

    def __init__(self, report: SyncReport | None, error: str | None, annotations: dict[str, Annotation] | None = None,
                 rows: list[ClaimRow] | None = None, reviewed: int = 0, settings: ProjectSettings | None = None,
                 metas: list[Any] | None = None) -> None:
        super().__init__()
        self.report = report
        self.error = error
        self.annotations = annotations  # the live ones only
        self.rows = rows
        self.reviewed = reviewed
        self.settings = settings
        self.metas = metas or []  # the editors' corrections of articles' details (store.DocumentMeta)


class StoreChanged(Message):
    """Another desk on the same store, or a sync, changed annotations, articles' details or the project's settings
    (from the store's watcher thread or the sync worker)."""

    def __init__(self, claims: frozenset[str], reloaded: bool, docs: frozenset[str] = frozenset(),
                 settings: bool = False) -> None:
        super().__init__()
        self.claims = claims
        self.reloaded = reloaded
        self.docs = docs
        self.settings = settings


class SyncState(Message):
    """Where the live sync stands (from the sync worker), for the header."""

    def __init__(self, state: str, detail: str = "") -> None:
        super().__init__()
        self.state = state  # syncing | synced | offline
        self.detail = detail  # the time of the last sync, or why it failed (no credentials)


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


#: seconds a live sync waits for the server before it says the desk is offline (the command line's sync waits 30)
SYNC_TIMEOUT = 10.0


def _short_reason(message: str) -> str:
    """A sync error for the header: without the "sync with URL:" the header has no room for (never with
    credentials: the message is already redacted) nor the advice after the reason."""
    import re

    message = re.sub(r"^(sync with )?\S+: ", "", message.strip(), count=1)
    return message.split(";")[0].strip() or "no answer"


def _close_now(store: AnnotationStore) -> None:
    store.close()


class DeskScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = list(actions.bindings())
    AUTO_FOCUS = ""  # focus goes to the first pane once it has an article, never to the search box

    def __init__(self, paths: list[str], db_path: Path, editor: str, store_opener: Callable[..., Any] | None = None,
                 store_closer: Callable[[Any], None] | None = None, source: Source | None = None,
                 place_path: Path | None = None, sync_url: str = "", sync_interval: float = 10.0) -> None:
        """``store_closer(store)`` closes the store once the desk is gone (the app does it in a thread of
        its own); without one the store is closed where the desk lets go of it. ``source`` loads and
        analyses the articles (tests give a fixed analysis); ``place_path`` keeps where the desk was left."""
        super().__init__(id="desk")
        self.paths = paths
        self.db_path = db_path
        self.editor = editor
        self.session = ReviewSession()
        self._store_opener = store_opener
        self._store_closer = store_closer or _close_now
        self._source = source
        self._place_path = place_path
        self._place: DeskPlace | None = load_place(place_path) if place_path is not None else None
        self.analysed = False
        self.synced = False
        self.load_errors: list[str] = []
        self._panel_auto_hidden = False
        self._analysis_proc: Any = None
        self._closing = False  # set when the desk goes away: a store opened after that is closed at once
        self._store_handoff = threading.Lock()
        self._pending_store: AnnotationStore | None = None
        self._last_format = "csv"
        #: live sync: the database (credentials kept out of everything shown), how often, and what wakes it
        self.sync_url = sync_url
        self.sync_interval = sync_interval
        self.sync_state = ""  # what the header says about it
        self._syncer: Any = None  # store.sync.Syncer, kept between syncs (it remembers what it pushed)
        self._sync_lock = threading.Lock()  # one sync at a time; held while one runs
        self._sync_running = False
        self._sync_timer: Any = None
        self._sync_poke: Any = None

    # ------------------------------------------------------------------ the session's state, for callers and tests
    @property
    def model(self) -> DeskModel:
        return self.session.model

    @property
    def store(self) -> AnnotationStore | None:
        return self.session.store

    @property
    def store_error(self) -> str | None:
        return self.session.store_error

    @property
    def selected(self) -> str | None:
        return self.session.selected

    @property
    def area(self) -> PanesArea:
        area = getattr(self, "_area", None)
        return area if area is not None else self.query_one(PanesArea)

    @property
    def documents(self) -> list[Document]:
        return self.area.documents

    @property
    def shown(self) -> list[int]:
        return self.area.shown

    @property
    def focused_pane(self) -> int:
        return self.area.focused

    def panes(self) -> list[ArticlePane]:
        return self.area.panes()

    def focused_doc(self) -> Document | None:
        return self.area.focused_doc()

    def status_of(self, claim_id: str) -> str:
        return self.session.status_of(claim_id)

    def note_of(self, claim_id: str) -> str:
        return self.session.note_of(claim_id)

    def states(self) -> dict[str, str]:
        """Every claim's own colour (its tag, else its state): for tests, never on a key."""
        return {cid: self.session.state_of(cid) for cid in self.model.claims}

    def reviewed_counts(self) -> tuple[int, int]:
        return self.session.reviewed, self.session.total

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
        yield PanesArea(id="panes")
        yield ClaimsPanel(id="claims-panel")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self._show_header()
        self._area = self.query_one(PanesArea)
        self._status = self.query_one(StatusLine)
        self._panel = self.query_one(ClaimsPanel)
        self._panel.display = self.app.size.height >= 36
        if self._place is not None:
            self.area.boilerplate_mode = self._place.boilerplate
            if self._place.table is not None:
                self._panel.display = self._place.table and self.app.size.height >= 30
        # start the workers after the first frame: their imports and parsing would hold the GIL while it paints
        self.call_after_refresh(self._start_workers)

    def on_unmount(self) -> None:
        proc = self._analysis_proc  # quitting mid-analysis: end the worker process, do not wait for it
        if proc is not None and proc.poll() is None:
            proc.kill()
        self.save_place()
        # the store compacts on close: in the background, so quitting is never held up by it
        with self._store_handoff:
            self._closing = True
            store = self.session.store if self.session.store is not None else self._pending_store
            self.session.store = self._pending_store = None
        self._stop_live_sync()
        if store is not None:
            self._store_closer(store)

    def _start_workers(self) -> None:
        self.load_documents()
        self.open_store()

    # ------------------------------------------------------------------ keeping place
    def place(self) -> DeskPlace:
        area = self.area
        return DeskPlace(selected=self.selected, panes=[area.documents[i].id for i in area.shown],
                         focused=area.focused, boilerplate=area.boilerplate_mode, table=bool(self._panel.display))

    def save_place(self) -> None:
        """Remember where the desk is (on quit). Only once the analysis is in: a desk quit while loading keeps
        the place it had."""
        if self._place_path is None or not self.analysed or not self.documents:
            return
        try:
            save_place(self._place_path, self.place())
        except OSError:
            pass  # a read-only home: the place is a convenience, never worth an error on the way out

    def _restore_place(self) -> None:
        """Put the panes and the selected claim back as they were left, once the desk is ready."""
        if self._place is None or not self.ready or not self.documents:
            return
        place, self._place = self._place, None
        area = self.area
        for k, doc_id in enumerate(place.panes[: len(area.panes())]):
            i = area.doc_index.get(doc_id)
            if i is not None:
                area.put(k, i)
        if place.focused < len(area.panes()):
            area.set_focused(place.focused)
        if place.selected in self.model.claims:
            self.select_claim(place.selected)

    # ------------------------------------------------------------------ workers
    @work(thread=True, exclusive=True, group="load")
    def load_documents(self) -> None:
        """Load articles one by one, posting them in small batches so the first ones show at once,
        then the analysis. Large sets are loaded and analysed in a separate process."""
        import time

        from textual.worker import get_current_worker

        from claims.doc_walk import count_files
        from tui.desk_model import load_and_analyse

        source: Source = self._source or load_and_analyse
        worker = get_current_worker()
        total = count_files(self.paths)
        batch: list[Document] = []
        errors: list[str] = []
        done = n_docs = 0
        last_post = time.monotonic()

        def keep(proc: Any) -> None:
            self._analysis_proc = proc

        for item in source(self.paths, total, cancelled=lambda: worker.is_cancelled, on_process=keep):
            if isinstance(item, Document):
                batch.append(item)
                n_docs += 1
            elif isinstance(item, str):
                errors.append(item)
            else:  # the DeskModel (or None): loading is over
                self.post_message(DocumentsLoaded(batch, errors, done, done, finished=True))
                if isinstance(item, DeskModel):
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
        """Re-anchor the store to the analysis, read its annotations and build the table's rows: every walk
        over the claims and annotations happens here, off the event loop."""
        session = self.session
        store, model = session.store, session.model
        if store is None:
            return
        try:
            report = store.sync(model.analysis)
            loaded = self._read_store(store)
        except Exception as e:
            self.post_message(StoreSynced(None, str(e) or e.__class__.__name__))
            return
        session.prepare()  # the history's index of claims (read-only work on the model)
        self.post_message(StoreSynced(report, None, *loaded))

    def _read_store(self, store: AnnotationStore) -> tuple[dict[str, Annotation], list[ClaimRow], int,
                                                             ProjectSettings | None, list[Any]]:
        """The annotations the desk shows, the table's rows, how many claims are reviewed, the project's
        settings and the articles' corrections (a walk over every annotation: call it in a worker)."""
        session = self.session
        annotations, reviewed = session.live({a.claim_id: a for a in store.annotations()})
        settings = store.settings() if callable(getattr(store, "settings", None)) else None
        metas_of = getattr(store, "document_metas", None)
        metas = [m for m in (metas_of().values() if callable(metas_of) else []) if m.doc_id in session.model.docs]
        corrected = {m.doc_id: m.apply(session.loaded_document(m.doc_id)) for m in metas}
        return annotations, session.rows(annotations, settings, corrected), reviewed, settings, metas

    @work(thread=True, exclusive=True, group="sync")
    def reload_annotations(self) -> None:
        """Another desk changed more than a few claims (a compaction, an import, the project's settings): read
        them all again."""
        store = self.session.store
        if store is None:
            return
        try:
            loaded = self._read_store(store)
        except Exception as e:
            self.post_message(StoreSynced(None, str(e) or e.__class__.__name__))
            return
        self.post_message(StoreSynced(None, None, *loaded))

    # ------------------------------------------------------------------ live sync with a CouchDB database
    def _show_header(self) -> None:
        """The header: the store's path, its mode and the live sync's state (never the sync's credentials)."""
        mode = ""
        if self.session.store_error is not None:
            mode = " (NOT SAVING)"
        elif self.session.store is not None and self.session.store.read_only:
            mode = " (read-only)"
        sync = f"{self.sync_state} · " if self.sync_state else ""
        self.app.sub_title = f"{sync}annotations: {self.db_path}{mode}"

    def _start_live_sync(self) -> None:
        """Sync now, then every ``sync_interval`` seconds (and soon after each local change: :meth:`poke_sync`).
        Each sync is a short thread worker, so nothing waits on a loop that never ends."""
        self._sync_timer = self.set_interval(self.sync_interval, self._sync_tick)
        self._sync_tick()

    def _sync_tick(self) -> None:
        if self._sync_running or self._closing or not self.sync_url:
            return
        self._sync_running = True
        self.sync_once()

    def poke_sync(self) -> None:
        """A local change: sync soon (a burst of keys goes out in one sync)."""
        if self.sync_url and self._sync_timer is not None and self._sync_poke is None:
            def poked() -> None:
                self._sync_poke = None
                self._sync_tick()

            self._sync_poke = self.set_timer(0.5, poked)

    @work(thread=True, group="live-sync")
    def sync_once(self) -> None:
        """One sync with the database. What arrives is compared with what the desk shows, and only the claims and
        articles that changed are patched (a StoreChanged message, as for another desk on this machine)."""
        import time

        from store.errors import StoreError
        from store.sync import Syncer

        with self._sync_lock:
            store = self.session.store
            if self._closing or store is None:
                self.post_message(SyncState("stopped"))
                return
            self.post_message(SyncState("syncing"))
            try:
                if self._syncer is None:
                    self._syncer = Syncer(store, self.sync_url, timeout=SYNC_TIMEOUT)
                syncer = self._syncer
                before = self._sync_snapshot(store)
                result = syncer.run()
                self._post_sync_changes(store, before, bool(result.added or result.merged))
            except StoreError as e:  # SyncError: the server named without credentials
                redact = self._syncer.remote.redact if self._syncer is not None else (lambda t: t)
                self.post_message(SyncState("offline", _short_reason(redact(str(e)))))
            except Exception as e:  # never let a sync bug take the desk down: say it, try again later
                redact = self._syncer.remote.redact if self._syncer is not None else (lambda t: t)
                self.post_message(SyncState("offline", redact(str(e) or e.__class__.__name__)))
            else:
                self.post_message(SyncState("synced", time.strftime("%H:%M")))
            finally:
                if self._closing and self._syncer is not None:  # the desk went while this ran
                    self._syncer.close()
                    self._syncer = None

    def _stop_live_sync(self) -> None:
        """The desk goes: no more syncs. The client is closed now, even under a sync still running (its request
        then fails at once and it stops), so quitting never waits for a slow server."""
        if self._sync_timer is not None:
            self._sync_timer.stop()
        syncer = self._syncer
        if syncer is not None:
            try:
                syncer.close()
            except Exception:  # closing under a running request: that request fails, which is the point
                pass

    @staticmethod
    def _sync_snapshot(store: AnnotationStore) -> tuple[Any, dict[str, Any]]:
        """The project's settings and the articles' corrections (small: compared before and after each sync)."""
        metas_of = getattr(store, "document_metas", None)
        return store.settings(), (dict(metas_of()) if callable(metas_of) else {})

    def _post_sync_changes(self, store: AnnotationStore, before: tuple[Any, dict[str, Any]], arrived: bool) -> None:
        """Tell the desk what a sync changed. Annotations are compared with what the desk shows only when the sync
        brought some (a walk over them, in this worker); settings and corrections every time (a few records)."""
        settings, metas = before
        now_settings, now_metas = self._sync_snapshot(store)
        claims: frozenset[str] = frozenset()
        if arrived:
            shown = self.session.shown_annotations()
            now, _ = self.session.live({a.claim_id: a for a in store.annotations()})
            claims = frozenset(cid for cid in shown.keys() | now.keys() if shown.get(cid) != now.get(cid))
        docs = frozenset(d for d in metas.keys() | now_metas.keys() if metas.get(d) != now_metas.get(d))
        changed_settings = (settings.required_verdicts, settings.leads) != (now_settings.required_verdicts,
                                                                            now_settings.leads)
        if claims or docs or changed_settings:
            self.post_message(StoreChanged(claims, False, docs, changed_settings))

    @on(SyncState)
    def _sync_state(self, msg: SyncState) -> None:
        if msg.state != "syncing":
            self._sync_running = False
        if msg.state == "stopped":
            return
        if msg.state == "syncing":
            # said only when a sync takes a while (the first one, a slow server): a sync of a few changes every
            # few seconds would make the header flicker
            def still() -> None:
                if self._sync_running:
                    self.sync_state = "sync: syncing…"
                    self._show_header()

            if not self.sync_state or self.sync_state.startswith("sync: offline"):
                still()
            else:
                self.set_timer(0.7, still)
            return
        if msg.state == "synced":
            self.sync_state = f"sync: up to date {msg.detail}"
        else:
            self.sync_state = f"sync: offline — {msg.detail}"
        self._show_header()

    def _watch_store(self) -> None:
        """Show what other desks on this store change, as they change it (stores that can tell)."""
        store = self.session.store
        watch = getattr(store, "watch", None)
        if store is None or not callable(watch):
            return

        def changed(ch: Any) -> None:  # in the store's watcher thread
            docs: Any = getattr(ch, "documents", frozenset())
            self.post_message(StoreChanged(frozenset(getattr(ch, "claims", ())), bool(getattr(ch, "reloaded", False)),
                                           frozenset(docs) if not isinstance(docs, bool) else frozenset(),
                                           bool(getattr(ch, "settings", False))))

        try:
            watch(changed)
        except Exception:  # a store that cannot watch (read-only, closed): it simply does not update
            pass

    @on(StoreChanged)
    def _store_changed(self, msg: StoreChanged) -> None:
        if msg.reloaded or msg.settings:  # every claim's review may read differently: read them all again
            self.reload_annotations()
            return
        self._apply(self.session.absorb(msg.claims, msg.docs))

    # ------------------------------------------------------------------ worker results
    @on(DocumentsLoaded)
    async def _docs_loaded(self, msg: DocumentsLoaded) -> None:
        area = self.area
        area.add_documents(msg.docs)
        gc.freeze()  # loaded articles stay for the session: keep the collector's full sweeps short
        bar = self.query_one("#loading-bar", ProgressBar)
        bar.update(total=max(1, msg.total), progress=msg.done)
        if not msg.finished:
            label = f"Loading articles… {msg.done} of {msg.total}"
        elif self.documents:
            label = f"Loaded {len(self.documents)} article{'s' if len(self.documents) != 1 else ''}; " \
                    "finding and linking claims…"
        else:
            label = "No article could be opened."
            self.analysed = True  # nothing to wait for
        self.query_one("#loading-label", Static).update(label)
        for err in msg.errors:
            self.load_errors.append(err)
            self.notify(err, title="Could not open", severity="error", timeout=10)
        if msg.docs and area.needs_layout(self.app.size.width):
            await area.fit(self.app.size.width)
            self._focus_pane_if_none()
        elif msg.docs:
            area.fill_headers()

    def _focus_pane_if_none(self) -> None:
        panes = self.panes()
        if panes and self.focused is None:
            panes[min(self.area.focused, len(panes) - 1)].view.focus()

    @on(AnalysisReady)
    def _analysis_ready(self, msg: AnalysisReady) -> None:
        self.session.attach_model(msg.model)
        self.analysed = True
        # The analysis lives as long as the desk: move it out of the collector's way so its periodic
        # sweeps over thousands of claims do not stall a frame (measured: 110-120 ms spikes gone).
        gc.freeze()
        self.query_one("#loading").display = False
        self.area.claims_of = msg.model.claims_of
        self.area.fill()
        self.refresh_highlights()
        if self.session.store is not None:
            self.sync_store()  # the table is filled once, after re-anchoring, with the saved tags
        elif self.session.store_error is not None:
            self.refresh_panel()
            self._restore_place()

    @on(StoreReady)
    def _store_ready(self, msg: StoreReady) -> None:
        if msg.error or msg.store is None:
            self.session.fail_store(msg.error or "the annotation store could not be opened")
            self.update_status()
            self.refresh_panel()
            self.notify(f"{msg.error} — tags cannot be saved this session.", title="Annotation store", severity="error",
                        timeout=15)
            self._show_header()
            self._restore_place()
            return
        with self._store_handoff:
            if self._closing:
                return
            self.session.attach_store(msg.store)
            self._pending_store = None
        store = msg.store
        if store.read_only:
            reason = getattr(store, "read_only_reason", "") or "read-only"
            self.notify(f"{reason}. Opened read-only: tags cannot be changed.", title="Read-only", severity="warning",
                        timeout=15)
            self._show_header()
        if self.analysed:
            self.sync_store()

    @on(StoreSynced)
    def _store_synced(self, msg: StoreSynced) -> None:
        self.synced = True
        if msg.error:
            self.notify(msg.error, title="Annotation store", severity="error", timeout=15)
            self.refresh_panel()
            self.refresh_highlights()
            self._restore_place()
            return
        self.session.settings = msg.settings
        self.session.set_annotations(msg.annotations or {}, msg.reviewed)
        self._docs_changed(self.session.apply_meta(msg.metas), rows=False)
        orphans = msg.report.orphaned if msg.report is not None else 0
        if orphans:
            self.notify(f"{orphans} annotation{' no longer matches' if orphans == 1 else 's no longer match'} the "
                        "text; press O to see them.",
                        title="Orphaned annotations", severity="warning", timeout=10)
        if msg.rows is not None:  # built in the worker: nothing here walks every claim
            self._panel.set_rows(msg.rows, self.selected, order=self.model.position, reviewed=msg.reviewed)
        else:
            self._panel.set_rows(self.panel_rows(), self.selected)
        self.refresh_highlights()
        self._restore_place()
        if msg.report is not None:  # the first sync: from now on, show what other desks change
            self._watch_store()
            if self.sync_url and self.session.store is not None:
                if self.session.store.read_only:
                    self.sync_state = "sync: off (read-only store)"
                    self._show_header()
                else:
                    self._start_live_sync()

    # ------------------------------------------------------------------ panes
    def pane_count(self) -> int:
        return self.area.wanted(self.app.size.width)

    async def layout_panes(self) -> None:
        await self.area.fit(self.app.size.width)

    def fill_panes(self) -> None:
        self.area.fill()
        self.refresh_highlights()

    async def on_resize(self) -> None:
        # the claims table gives way to the article text on short terminals, and comes back when there is room
        panel = self._panel
        height = self.app.size.height
        if height < 30 and panel.display:
            panel.display = False
            self._panel_auto_hidden = True
        elif height >= 36 and self._panel_auto_hidden:
            panel.display = True
            self._panel_auto_hidden = False
            self.refresh_panel()
        area = self.area
        if self.documents and area.needs_layout(self.app.size.width):
            before = {p.document.id for p in area.panes() if p.document is not None}
            await area.fit(self.app.size.width)
            self._focus_pane_if_none()
            self.refresh_highlights()
            # panes that now show another article scroll to the selected claim or a claim linked to it
            if self.selected is not None and any(p.document is not None and p.document.id not in before
                                                 for p in area.panes()):
                self._scroll_panes(self.model.claims[self.selected])

    # ------------------------------------------------------------------ highlights, table and status
    def _look(self, claim_id: str) -> ClaimLook:
        return self.session.look(claim_id)

    def refresh_highlights(self, changed: tuple[str, ...] | None = None) -> None:
        """Tell the panes how to draw claims; ``changed``: only these claims' lines are drawn again (a tag, a
        new selection), else every line."""
        if not self.analysed:
            self.update_status()
            return
        self.area.set_highlights(self._look, self.selected, set(self.session.relative), changed)
        self.update_status()

    def panel_row(self, cid: str) -> ClaimRow:
        return self.session.row(cid)

    def panel_rows(self) -> list[ClaimRow]:
        return self.session.rows(self.session.shown_annotations(), self.session.settings)

    def refresh_panel(self, only: list[str] | None = None) -> None:
        if not self.analysed:
            return
        if only is not None:
            self._panel.patch_rows([self.panel_row(cid) for cid in only if cid in self.model.claims])
        else:
            self._panel.set_rows(self.panel_rows(), self.selected)

    def refresh_all(self) -> None:
        self.fill_panes()
        self.refresh_panel()

    def update_status(self) -> None:
        self._status.show(self.session.status_facts(analysed=self.analysed, ready=self.ready,
                                                    articles=len(self.documents)))

    def _apply(self, out: Outcome, *, local: bool = False) -> bool:
        """Show what a change did: a notice, the changed rows patched, the panes' highlights redrawn, corrected
        articles' headers and rows. ``local``: this desk made it (a live sync goes out soon)."""
        if out.message:
            self.notify(out.message, title=out.title, severity=out.severity,
                        timeout=10 if out.severity == "error" else 3)
        if out.changed:
            self.refresh_panel(only=list(out.changed))
            self.refresh_highlights(out.changed)
        if out.docs:
            self._docs_changed(out.docs)
        if local and out.ok and (out.changed or out.docs):
            self.poke_sync()
        return out.ok

    def _do(self, out: Outcome) -> bool:
        """Show what a change this desk made did (see :meth:`_apply`)."""
        return self._apply(out, local=True)

    def _docs_changed(self, doc_ids: tuple[str, ...], *, rows: bool = True) -> None:
        """Articles whose details (outlet, title, date) were corrected: their pane headers, and the table rows of
        their claims (``rows``), show the new details."""
        if not doc_ids:
            return
        for d in doc_ids:
            if d in self.model.docs:
                self.area.replace_document(self.model.docs[d])
        if rows and self.analysed:
            self.refresh_panel(only=[c.id for d in doc_ids for c in self.model.claims_of(d)])
        self.update_status()

    # ------------------------------------------------------------------ selection
    def select_claim(self, claim_id: str | None, *, from_panel: bool = False, beside: bool = False) -> None:
        """Select a claim: its article comes into the focused pane (if no pane shows it), the other panes
        scroll to the claims linked to it, and everything linked to it is coloured by its relation to it.
        ``beside``: also bring the claim that decides its state (a conflict, say) into the pane next to it."""
        if claim_id is None or claim_id not in self.model.claims:
            return
        touched = self.session.select(claim_id)
        claim = self.model.claims[claim_id]
        area = self.area
        k = area.bring(claim.doc)
        if k is not None:
            area.set_focused(k)
            told = self.model.telling_link(claim_id)
            if beside and told is not None:
                area.bring(told[0].doc, beside=k)
        self._scroll_panes(claim)
        self.refresh_highlights(touched)
        self._panel.set_relative(self.session.relative, touched)
        if not from_panel:
            self._panel.select(claim_id)

    def _scroll_panes(self, claim: Claim) -> None:
        targets: dict[str, str] = {}
        for other, _ in self.model.linked(claim.id):
            targets.setdefault(other.doc, other.id)
        told = self.model.telling_link(claim.id)
        if told is not None:  # the claim that decides its state wins in its own article
            targets[told[0].doc] = told[0].id
        self.area.scroll_to_claims(claim, targets)

    @on(ArticleView.ClaimClicked)
    def _clicked(self, msg: ArticleView.ClaimClicked) -> None:
        self.select_claim(msg.claim_id)

    @on(ClaimsPanel.ClaimChosen)
    def _chosen(self, msg: ClaimsPanel.ClaimChosen) -> None:
        self.select_claim(msg.claim_id, from_panel=True)

    @on(ClaimsPanel.SearchLeft)
    def _search_left(self) -> None:
        panes = self.panes()
        if panes:
            panes[min(self.area.focused, len(panes) - 1)].view.focus()
        else:
            self.set_focus(None)

    def on_descendant_focus(self, event: Any) -> None:
        widget = event.widget
        for k, pane in enumerate(self.panes()):
            if widget is pane.view:
                self.area.set_focused(k)
                return

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
        nxt = self.model.step_in_doc(doc.id, self.selected, step)
        if nxt is None:
            self.notify(f"No claims in {doc.label}.", timeout=3)
            return
        self.select_claim(nxt)

    def action_next_untagged(self) -> None:
        if not self._need_claims():
            return
        nxt = self.session.next_untagged(self.selected)
        if nxt is None:
            self.notify("Every claim is tagged.", timeout=3)
        else:
            self.select_claim(nxt)

    def action_next_conflict(self) -> None:
        if not self._need_claims():
            return
        nxt = self.session.next_disagreement(self.selected)
        if nxt is None:
            self.notify("No claim here is contradicted or updated by another outlet.", timeout=3)
        else:
            self.select_claim(nxt, beside=True)

    def action_focus_pane(self, step: int) -> None:
        panes = self.panes()
        if not panes:
            return
        k = (self.area.focused + step) % len(panes)
        self.area.set_focused(k)
        panes[k].view.focus()

    def action_cycle(self, step: int) -> None:
        if not self.area.cycle(step):
            self.notify("All articles are already shown.", timeout=2)
            return
        self.refresh_highlights()
        if self.selected is not None:
            self._scroll_panes(self.model.claims[self.selected])

    def action_pick_article(self) -> None:
        if not self.documents:
            return
        from tui.screens.picker import PickerScreen

        area = self.area
        current = area.shown[area.focused] if area.focused < len(area.shown) else None

        def chosen(index: int | None) -> None:
            if index is None or not area.shown:
                return
            area.put(area.focused, index)
            self.refresh_highlights()
            if self.selected is not None:
                self._scroll_panes(self.model.claims[self.selected])

        self.app.push_screen(PickerScreen(self.documents, area.shown, current), chosen)

    def action_toggle_boilerplate(self) -> None:
        mode = "hide" if self.area.boilerplate_mode == "dim" else "dim"
        self.area.set_boilerplate_mode(mode)
        self.notify(f"Boilerplate {'hidden' if mode == 'hide' else 'dimmed'}.", timeout=2)

    def action_toggle_panel(self) -> None:
        panel = self._panel
        panel.display = not panel.display
        self._panel_auto_hidden = False

    def action_search(self) -> None:
        self._panel.display = True
        self._panel.focus_search()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        app = cast("ClaimDeskApp", self.app)
        keymap = getattr(app, "keymap", {})
        config = str(app.config_path) if getattr(app, "config_path", None) else ""
        self.app.push_screen(HelpScreen(actions.keys_in_force(keymap), config))

    def action_detail(self) -> None:
        if not self._need_claims():
            return
        if self.selected is None:
            self.notify("Select a claim first (n / p, or click one).", timeout=3)
            return
        from tui.screens.detail import ClaimSummary, DetailScreen

        cid = self.selected
        c = self.model.claims[cid]
        view = self.session.review_of(cid)
        adj = self.session.adjudication_of(cid)
        tag = view.final or (f"yours: {view.mine}" if view.mine and view.team else view.mine)
        summary = ClaimSummary(outlet=self.model.outlet(c.doc), text=c.text, figures=figures(c),
                               tag=tag, state=self.model.state(cid).value,
                               origins=self.model.origin_summary(cid), source=c.source, note=self.note_of(cid),
                               verdicts=tuple(self.session.verdict_lines(cid)), hidden=view.hidden,
                               review=view.state.words if view.team else "",
                               settled=f"{adj.status} by {adj.by}: {adj.reason}" if adj is not None else "")

        def jump(target: str | None) -> None:
            if target is not None and target in self.model.claims:
                k = self.area.pane_of(c.doc)
                self.area.bring(self.model.claims[target].doc, beside=k if k is not None else self.area.focused)
                self.select_claim(target)

        self.app.push_screen(DetailScreen(summary, self.session.linked_facts(cid)), jump)

    # ------------------------------------------------------------------ actions: annotating
    def _can_write(self) -> bool:
        if not self._need_claims():
            return False
        refused = self.session.why_not_writable()
        if refused is not None:
            self.notify(refused[0], severity=refused[1], timeout=4)
            return False
        return True

    def action_tag(self, status: str) -> None:
        if self._can_write() and self.selected is not None:
            self._do(self.session.tag(self.selected, status or None))

    def action_note(self) -> None:
        if not self._can_write() or self.selected is None:
            return
        from tui.screens.note import NoteScreen

        cid = self.selected
        claim = self.model.claims[cid]

        def done(text: str | None) -> None:
            if text is not None:
                self._do(self.session.set_note(cid, text))

        self.app.push_screen(NoteScreen(claim.text, self.note_of(cid)), done)

    def action_accept_suggestion(self) -> None:
        if self._can_write() and self.selected is not None:
            self._do(self.session.accept_top_suggestion(self.selected))

    def evidence_state(self, claim_id: str) -> EvidenceState:
        from tui.screens.evidence import EvidenceState

        return EvidenceState(self.session.suggestions(claim_id), self.session.evidence_items(claim_id))

    def action_evidence(self) -> None:
        if not self._can_write() or self.selected is None:
            return
        from tui.screens.evidence import EvidenceScreen
        from tui.session import default_stance, supported_stances

        cid = self.selected
        claim = self.model.claims[cid]

        def act(choice: EvidenceChoice) -> EvidenceState | None:
            if choice.kind == "accept" and choice.suggestion is not None:
                out = self.session.add_suggestion(cid, choice.suggestion, choice.stance)
            elif choice.kind == "source":
                out = self.session.add_source(cid, choice.text, choice.stance)
            elif choice.kind == "remove":
                out = self.session.remove_evidence(cid, choice.index)
            else:
                return None
            return self.evidence_state(cid) if self._do(out) else None

        stances = supported_stances()
        self.app.push_screen(EvidenceScreen(claim.text, self.evidence_state(cid), stances,
                                            default_stance(None, stances), act))

    def action_tag_cluster(self) -> None:
        if not self._can_write() or self.selected is None:
            return
        cid = self.selected
        plan = self.session.cluster_plan(cid)
        if isinstance(plan, Outcome):
            self._apply(plan)
            return
        members, status = plan
        from tui.screens.confirm import ConfirmScreen

        def done(yes: bool | None) -> None:
            if yes:
                self._do(self.session.tag_cluster(cid))

        outlets = ", ".join(sorted({self.model.outlet(c.doc) for c in members}))
        self.app.push_screen(ConfirmScreen(f"Tag all {len(members)} claims of this fact {status}?", outlets), done)

    # ------------------------------------------------------------------ actions: working as a team
    def action_adjudicate(self) -> None:
        """A lead's final verdict on a claim the editors disagree on (or one already settled), with a reason."""
        if not self._need_claims():
            return
        if self.selected is None:
            self.notify("Select a claim first (n / p, or click one).", timeout=3)
            return
        cid = self.selected
        refused = self.session.why_not_adjudicate(cid)
        if refused is not None:
            self.notify(refused[0], severity=refused[1], timeout=6)
            return
        from tui.screens.adjudicate import AdjudicateScreen, Adjudication

        ann = self.session.annotation(cid)
        adj = self.session.adjudication_of(cid)
        settled = (adj.status or "", adj.by, adj.reason) if adj is not None else None

        def done(result: Adjudication | None) -> None:
            if result is not None:
                self._do(self.session.adjudicate(cid, result.verdict, result.reason))

        self.app.push_screen(AdjudicateScreen(self.model.claims[cid].text, self.session.verdict_lines(cid),
                                              ann.note if ann else "", ann.note_by if ann else "", settled), done)

    def action_agreement(self) -> None:
        if self.store is None:
            self.notify(self.store_error or "The annotation store is still opening…", severity="error", timeout=5)
            return
        self.agreement_worker()

    @work(thread=True, exclusive=True, group="agreement")
    def agreement_worker(self) -> None:
        """Work out the agreement summary (a walk over every annotation) off the event loop, then show it."""
        from store.publish import agreement_for_store
        from tui.screens.agreement import DisagreementRow
        from tui.team import agreement_report

        store, session = self.store, self.session
        if store is None:
            return
        try:
            summary = agreement_for_store(store)
        except Exception as e:
            self.app.call_from_thread(self.notify, f"{self.db_path}: {e}", title="Agreement", severity="error",
                                      timeout=8)
            return
        rows = []
        for d in summary.disagreement_list:
            c = self.model.claims.get(d.claim_id)
            view = session.review_of(d.claim_id)
            hidden = view.hidden > 0 and not view.mine
            rows.append(DisagreementRow(d.claim_id, self.model.outlet(c.doc) if c else d.claim_id,
                                        c.text if c else "(a claim not in the articles open)",
                                        () if hidden else d.verdicts, hidden,
                                        f"{view.final} ({view.adjudicated_by})" if view.adjudicated_by else ""))
        self.app.call_from_thread(self._show_agreement, agreement_report(summary), rows)

    def _show_agreement(self, lines: list[str], rows: list[Any]) -> None:
        from tui.screens.agreement import AgreementScreen

        def jump(target: str | None) -> None:
            if target is not None:
                self.select_claim(target)

        self.app.push_screen(AgreementScreen(lines, rows), jump)

    def action_meta(self) -> None:
        """Correct the focused article's outlet, title and date."""
        doc = self.focused_doc()
        if doc is None:
            return
        if not self._need_claims():
            return
        if self.store is None or self.store.read_only:
            refused = self.session.why_not_writable() if self.selected else None
            self.notify(refused[0] if refused else (self.store_error or "This store is open read-only; nothing can "
                                                    "be changed."), severity="warning", timeout=4)
            return
        from tui.screens.meta import MetaScreen

        current = self.model.docs.get(doc.id, doc)
        loaded = self.session.loaded_document(doc.id)
        found = ", ".join(x for x in (loaded.outlet, loaded.title, loaded.date.isoformat() if loaded.date else "")
                          if x)
        found = f"In the file: {found}" if found else "The file names no outlet, title or date."

        def save(outlet: str, title: str, date: str) -> str | None:
            out = self.session.set_meta(doc.id, outlet=outlet, title=title, date=date)
            if not out.ok:
                return out.message
            self._do(out)
            return None

        self.app.push_screen(MetaScreen(Path(doc.path).name, current.outlet, current.title,
                                        current.date.isoformat() if current.date else "", found, save))

    def action_undo(self) -> None:
        self._do(self.session.step_history("undo"))

    def action_redo(self) -> None:
        self._do(self.session.step_history("redo"))

    def action_history(self) -> None:
        from tui.screens.history import HistoryScreen

        def jump(target: str | None) -> None:
            if target is not None:
                self.select_claim(target)

        self.app.push_screen(HistoryScreen(self.session.history()), jump)

    def action_orphans(self) -> None:
        from tui.screens.listing import ListingScreen

        self.app.push_screen(ListingScreen("Annotations whose text was not found (kept, not dropped)",
                                           self.session.orphan_rows(), "No orphaned annotations."))

    def action_copy_citation(self) -> None:
        if not self._need_claims() or self.selected is None:
            return
        claim = self.model.claims[self.selected]
        doc = self.model.docs[claim.doc]
        text = citation(claim, doc, self.status_of(claim.id), self.note_of(claim.id))
        how = cast("ClaimDeskApp", self.app).copy_text(text)
        self.notify(f"Citation copied ({how}).", timeout=3)

    # ------------------------------------------------------------------ export
    def action_export(self) -> None:
        """Ask the format, then the path, then (if a file is there) whether to replace it; write in a worker."""
        if self.store is None:
            self.notify(self.store_error or "The annotation store is still opening…", severity="error", timeout=5)
            return
        if not self.analysed:
            self.notify("Still finding claims…", timeout=2)
            return
        from store.export import FORMATS
        from tui.screens.ask_path import AskPathScreen
        from tui.screens.choice import ChoiceScreen
        from tui.screens.confirm import ConfirmScreen

        def chose_format(name: str | None) -> None:
            if name is None or name not in FORMATS:
                return
            fmt = FORMATS[name]
            self._last_format = name
            default = str(Path.cwd() / f"claimdesk-annotations{fmt.suffix}")

            def chose_path(path: str | None) -> None:
                if not path:
                    return
                out = Path(path).expanduser()
                if os.path.lexists(out):
                    def replace_it(yes: bool | None) -> None:
                        if yes:
                            self.export_to(name, out)

                    self.app.push_screen(ConfirmScreen(f"{line(out)} exists. Replace it?",
                                                       "y replaces the file · n keeps it"), replace_it)
                else:
                    self.export_to(name, out)

            self.app.push_screen(AskPathScreen(f"Write {fmt.label} to:", default), chose_path)

        self.app.push_screen(ChoiceScreen("Export the annotations as:", [(f.name, f.label) for f in FORMATS.values()],
                                          current=self._last_format), chose_format)

    @work(thread=True, exclusive=True, group="export")
    def export_to(self, kind: str, out: Path) -> None:
        from store.export import FORMATS, export

        store = self.store
        if store is None:
            return
        try:
            n = export(kind, out, self.model.analysis, store)
        except Exception as e:
            self.app.call_from_thread(self.notify, f"{out}: {getattr(e, 'strerror', None) or e}", title="Export failed",
                                      severity="error", timeout=10)
            return
        unit = FORMATS[kind].unit
        self.app.call_from_thread(self.notify, f"Wrote {n} {unit if n != 1 else unit.rstrip('s')} to {out}",
                                  title="Exported", timeout=8)

    def export_csv(self, out: Path) -> None:
        self.export_to("csv", out)

    def action_quit(self) -> None:
        self.save_place()
        self.app.exit()


__all__ += ["EvidenceItem", "Suggestion"]
