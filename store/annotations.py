"""The annotation store: one fact-checker's tags, notes and evidence on claims, kept durably.

Layout (TinyDB tables in one file, see ``store.storage`` for the on-disk format):

- ``meta``: ``{"schema_version": 1, "created": ...}``;
- ``documents``: one record per document seen (id, path, content hash, outlet, title, date);
- ``doc:<document id>``: the annotations on that document's claims, one table per document
  so a change rebuilds a table of one article's annotations, not the whole store;
- ``history``: the undo history (each entry holds the annotation before and after), so
  undo and redo survive a restart.

Every mutating call returns only after its change, with its history entry, is one fsynced
journal line. A failed save raises StoreError and leaves memory and disk as before.

One live writer per file: ``open`` takes ``<file>.lock`` (``fcntl.flock``); a second
claimdesk opens the store read-only and says why.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.model import Analysis, Claim, Document
from store.anchor import TextPosition, TextQuote, best_claim, locate, selectors_for
from store.errors import CorruptStore, DuplicateIds, JournalDamaged, SaveError, StoreError, StoreLocked
from store.lock import StoreLock
from store.storage import (
    DEFAULT_COMPACT_BYTES,
    GC_PAUSE_BYTES,
    REPAIR_HINT,
    FileRefused,
    JournalDamage,
    JournalDB,
    JournalStorage,
    OpenProgress,
    ProgressFn,
    _Pacer,
    checked_store_path,
    gc_paused,
)

__all__ = [
    "Annotation",
    "AnnotationStore",
    "DuplicateIds",
    "Evidence",
    "JournalDamaged",
    "OpenProgress",
    "StoreError",
    "StoreLocked",
    "SyncReport",
    "TextPosition",
    "TextQuote",
]

SCHEMA_VERSION = 1
STATUSES = ("corroborated", "disputed")
RELATIONS = ("supports", "contradicts")
HISTORY_MAX = 500
DOC_PREFIX = "doc:"
META, DOCUMENTS, HISTORY = "meta", "documents", "history"
#: fields an undo/redo restores; anchoring fields (claim id, selectors, hash) stay as they are now
ANCHOR_FIELDS = ("claim_id", "doc_id", "doc_path", "doc_hash", "position", "quote", "orphan", "orphan_reason")


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def doc_hash(doc: Document) -> str:
    return doc.content_hash or hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


def snippet(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return f"“{text}”"
    cut = text[:width]
    if " " in cut[width // 2:]:  # end on a whole word when that keeps most of it
        cut = cut[: cut.rindex(" ")]
    return f"“{cut.rstrip(' ,;:')}…”"


# ---------------------------------------------------------------------------- values


@dataclass(slots=True)
class Evidence:
    """Support for a verdict: another claim (``kind="claim"``) or a free-text source."""

    kind: str = "claim"  # claim | source
    claim_id: str = ""
    doc_id: str = ""
    outlet: str = ""
    quote: str = ""
    relation: str = "supports"  # supports | contradicts
    text: str = ""
    url: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("claim", "source"):
            raise ValueError(f"evidence kind must be 'claim' or 'source', not {self.kind!r}")
        if self.relation not in RELATIONS:
            raise ValueError(f"evidence relation must be one of {RELATIONS}, not {self.relation!r}")
        if self.kind == "claim" and not self.claim_id:
            raise ValueError("claim evidence needs a claim_id")
        if self.kind == "source" and not (self.text or self.url):
            raise ValueError("source evidence needs a text or a url")

    def to_dict(self) -> dict:
        if self.kind == "claim":
            return {"kind": "claim", "claim_id": self.claim_id, "doc_id": self.doc_id, "outlet": self.outlet,
                    "quote": self.quote, "relation": self.relation}
        return {"kind": "source", "text": self.text, "url": self.url, "relation": self.relation}

    @classmethod
    def from_dict(cls, d: dict) -> Evidence:
        if not isinstance(d, dict):
            raise ValueError("evidence is not an object")
        fields = {k: d[k] for k in ("kind", "claim_id", "doc_id", "outlet", "quote", "relation", "text", "url")
                  if k in d}
        for k, v in fields.items():
            if not isinstance(v, str):
                raise ValueError(f"evidence field {k!r} is not a string")
        return cls(**fields)

    def describe(self) -> str:
        """One line for tables and exports."""
        if self.kind == "claim":
            who = f"{self.outlet}: " if self.outlet else ""
            return f"{self.relation}: {who}{self.quote or self.claim_id}"
        parts = [p for p in (self.text, f"<{self.url}>" if self.url else "") if p]
        return f"{self.relation}: source: {' '.join(parts)}"


@dataclass(slots=True)
class Annotation:
    """A snapshot of one annotation. Changing it changes nothing: use the store's methods."""

    claim_id: str
    doc_id: str
    doc_path: str = ""
    doc_hash: str = ""
    status: str | None = None  # None | corroborated | disputed
    note: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    editor: str = ""
    created: str = ""  # ISO 8601 UTC
    updated: str = ""
    position: TextPosition = TextPosition(0, 0)
    quote: TextQuote = TextQuote("")
    orphan: bool = False
    orphan_reason: str = ""
    id: str = ""  # stable across re-anchoring (claim_id may change)

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    @property
    def exact(self) -> str:
        return self.quote.exact

    @property
    def is_empty(self) -> bool:
        return self.status is None and not self.note and not self.evidence

    def to_dict(self) -> dict:
        """The stored record (and the JSONL export line)."""
        return {
            "id": self.id,
            "claim_id": self.claim_id,
            "doc_id": self.doc_id,
            "doc_path": self.doc_path,
            "doc_hash": self.doc_hash,
            "status": self.status,
            "note": self.note,
            "evidence": [e.to_dict() for e in self.evidence],
            "editor": self.editor,
            "created": self.created,
            "updated": self.updated,
            "position": self.position.to_json(),
            "quote": self.quote.to_json(),
            "orphan": self.orphan,
            "orphan_reason": self.orphan_reason,
        }

    @classmethod
    def from_dict(cls, r: dict) -> Annotation:
        """Parse a stored record; ValueError names the first bad field."""
        def s(key: str, default: str = "") -> str:
            v = r.get(key, default)
            if not isinstance(v, str):
                raise ValueError(f"{key!r} is not a string")
            return v

        status = r.get("status")
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        pos, quote = r.get("position") or {}, r.get("quote") or {}
        if not isinstance(pos, dict) or not isinstance(quote, dict):
            raise ValueError("bad selectors")
        start, end = pos.get("start", 0), pos.get("end", 0)
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or start > end:
            raise ValueError("bad position selector")
        q = {k: quote.get(k, "") for k in ("exact", "prefix", "suffix")}
        if not all(isinstance(v, str) for v in q.values()):
            raise ValueError("bad quote selector")
        ev = r.get("evidence") or []
        if not isinstance(ev, list):
            raise ValueError("'evidence' is not a list")
        if not s("claim_id"):
            raise ValueError("no claim_id")
        return cls(
            id=s("id"),
            claim_id=s("claim_id"),
            doc_id=s("doc_id"),
            doc_path=s("doc_path"),
            doc_hash=s("doc_hash"),
            status=status,
            note=s("note"),
            evidence=[Evidence.from_dict(e) for e in ev],
            editor=s("editor"),
            created=s("created"),
            updated=s("updated"),
            position=TextPosition(start, end),
            quote=TextQuote(**q),
            orphan=bool(r.get("orphan", False)),
            orphan_reason=s("orphan_reason"),
        )


@dataclass(slots=True)
class SyncReport:
    kept: int = 0  # still on the same claim (its text unchanged)
    moved: int = 0  # found by position or exact quote on another claim or span
    fuzzy: int = 0  # found only by fuzzy matching (its text was edited)
    orphaned: int = 0  # could not be placed; kept and listed by ``orphans()``
    absent: int = 0  # on documents not in this analysis: left as they were
    documents: int = 0  # documents registered or updated

    def __str__(self) -> str:
        s = f"{self.kept} kept, {self.moved} moved, {self.fuzzy} fuzzy, {self.orphaned} orphaned"
        return s + (f", {self.absent} on documents not loaded" if self.absent else "")


# ---------------------------------------------------------------------------- the store


def _user_fields(rec: dict | None) -> tuple:
    if rec is None:
        return (None, "", [])
    return (rec.get("status"), rec.get("note", ""), rec.get("evidence", []))


def _copy_record(rec: dict) -> dict:
    out = dict(rec)
    out["evidence"] = [dict(e) for e in rec.get("evidence", [])]
    out["position"] = dict(rec.get("position", {}))
    out["quote"] = dict(rec.get("quote", {}))
    return out


class AnnotationStore:
    """Use ``AnnotationStore.open``. Safe to call from one worker thread at a time or several (a lock)."""

    def __init__(self, path: Path, db: JournalDB, storage: JournalStorage, *, editor: str, read_only: bool,
                 read_only_reason: str, lock: StoreLock | None, lock_pid: int | None,
                 progress: ProgressFn | None = None):
        self.path = path
        self.editor = editor
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.lock_pid = lock_pid
        self._db = db
        self._storage = storage
        self._lock = lock
        self._mutex = threading.RLock()
        self._closed = False
        #: the damaged journal line this store was opened despite (read-only), or None
        self.damage: JournalDamage | None = None
        # indexes, rebuilt from the tables; changed only after a successful commit
        self._by_aid: dict[str, tuple[str, int]] = {}
        self._by_claim: dict[str, str] = {}
        self._next_ids: dict[str, int] = {}
        self._doc_ids: dict[str, int] = {}
        self._hist: list[list] = []  # [seq, tid, undone] in seq order
        self._rebuild_indexes(progress)

    # -- opening and closing

    @classmethod
    def open(cls, path: str | Path, *, editor: str, read_only: bool = False,
             compact_bytes: int = DEFAULT_COMPACT_BYTES, allow_damaged: bool | None = None,
             progress: ProgressFn | None = None, idle_seconds: float = 1.0) -> AnnotationStore:
        """Open (creating if missing) the store at ``path``. See the module doc.

        ``progress`` (any thread's callable) hears how far the open got, as
        :class:`store.storage.OpenProgress` (stage, done, total) a few times a second: reading,
        parsing (bytes), replaying (journal lines), checking and indexing (records). Call this in
        a worker thread: the open of a large store yields the interpreter to other threads every
        few milliseconds, so the event loop stays responsive while it runs. ``idle_seconds``:
        how long without a change before the background compaction runs (see ``store.storage``).

        ``path`` may be a symbolic link: it is resolved once and the target is the store (its
        journal and lock sit beside the target). Anything but a regular file or a missing path
        is refused before it is opened (a folder, a device, a FIFO, a socket): StoreError.

        A damaged journal line (see ``store.storage.parse_journal``): asked for writing, the
        store opens read-only with what precedes the damage and ``read_only_reason`` and
        ``damage`` say where it is (so the desk still shows what is verifiably saved); asked
        read-only, it raises JournalDamaged, so a tool that copies the store elsewhere (an
        export) never silently holds less than was saved. ``allow_damaged`` overrides either.
        Repeated annotation ids raise DuplicateIds (``store.repair`` fixes both).
        """
        path = checked_store_path(path)
        if allow_damaged is None:
            allow_damaged = not read_only
        lock = None
        reason = ""
        pid = None
        try:
            large = os.stat(path).st_size >= GC_PAUSE_BYTES
        except OSError:
            large = False
        if not read_only:
            lock, pid = cls._take_lock(path)
            if lock is None:
                read_only = True
                reason = f"{path} is open in another claimdesk (pid {pid if pid else '?'})"
        try:
            with gc_paused(large):
                return cls._open(path, editor=editor, read_only=read_only, compact_bytes=compact_bytes,
                                 allow_damaged=allow_damaged, progress=progress, idle_seconds=idle_seconds,
                                 lock=lock, pid=pid, reason=reason)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open(cls, path: Path, *, editor: str, read_only: bool, compact_bytes: int, allow_damaged: bool,
              progress: ProgressFn | None, idle_seconds: float, lock: StoreLock | None, pid: int | None,
              reason: str) -> AnnotationStore:
        storage: JournalStorage | None = None
        try:
            db = JournalDB(str(path), storage=JournalStorage, read_only=read_only, compact_bytes=compact_bytes,
                           progress=progress, idle_seconds=idle_seconds)
            assert isinstance(db.storage, JournalStorage)
            storage = db.storage
            damage = storage.damage
            if damage is not None:
                why = f"{damage.describe()}; {REPAIR_HINT.format(path=path)}"
                if not allow_damaged:
                    raise JournalDamaged(why, path=path, damage=damage)
                if not read_only:  # never written over the damage: read-only until repaired
                    read_only = storage.read_only = True
                    reason = why
                    if lock is not None:
                        lock.release()
                        lock = None
                elif not reason:
                    reason = why
            cls._check_content(path, db, progress)
            if not read_only:
                storage.open_for_writing()
            store = cls(path, db, storage, editor=editor, read_only=read_only, read_only_reason=reason,
                        lock=lock, lock_pid=pid, progress=progress)
            store.damage = damage
        except BaseException:
            if storage is not None:
                storage._close_fd()  # no compaction: it may not be ours to rewrite
                storage._closed = True
            raise
        if not read_only and not db.table(META).records():
            try:
                with store._tx():
                    db.table(META).put(1, {"schema_version": SCHEMA_VERSION, "created": utc_now(),
                                           "app": "claimdesk"})
            except BaseException:
                store.close()
                raise
        return store

    @staticmethod
    def _take_lock(path: Path) -> tuple[StoreLock | None, int | None]:
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path}: cannot create its folder {parent} ({e.strerror or e})", path=path) from None
        if not os.access(parent, os.W_OK | os.X_OK):
            raise StoreError(f"{path}: cannot write in its folder {parent} (Permission denied); "
                             "open it read-only to look", path=path)
        lock = StoreLock(Path(str(path) + ".lock"))
        try:
            got = lock.acquire()
        except FileRefused as e:
            raise StoreError(f"{lock.path}: {e.reason}", path=lock.path, reason=e.reason) from None
        except OSError as e:
            raise StoreError(f"{path}: cannot write in its folder {parent} ({e.strerror or e})",
                             path=path) from None
        if got:
            return lock, None
        return None, lock.holder()

    @staticmethod
    def _check_content(path: Path, db: JournalDB, progress: ProgressFn | None = None) -> None:
        """Refuse what this version cannot read, before anything is written."""
        tables = db.storage.read() or {}
        total = sum(len(t) for t in tables.values())
        pace = _Pacer(progress, "checking", total)
        done = 0
        meta = tables.get(META, {})
        version = None
        for rec in meta.values():
            if "schema_version" in rec:
                version = rec["schema_version"]
        if version is None:
            if any(records for name, records in tables.items() if name != META):
                raise CorruptStore(f"{path}: not an annotation store (it has data but no schema version)",
                                   path=path)
        elif not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise CorruptStore(f"{path}: not an annotation store (bad schema version {version!r})", path=path)
        elif version > SCHEMA_VERSION:
            raise CorruptStore(f"{path}: made by a newer claimdesk (schema {version}; this one reads up to "
                               f"{SCHEMA_VERSION})", path=path)
        places: dict[str, list[tuple[str, str]]] = {}
        for name, records in tables.items():
            for key, rec in records.items():
                done += 1
                if done & 255 == 0:
                    pace.tick(done)
                try:
                    if name.startswith(DOC_PREFIX):
                        ann = Annotation.from_dict(rec)
                        if not ann.id:
                            raise ValueError("no id")
                        places.setdefault(ann.id, []).append((name, key))
                    elif name == HISTORY:
                        _check_history(rec)
                    elif name == DOCUMENTS and not isinstance(rec.get("id"), str):
                        raise ValueError("no document id")
                except (ValueError, TypeError) as e:
                    raise CorruptStore(f"{path}: not an annotation store (table {name!r}, record {key}: {e})",
                                       path=path) from None
        pace.done(total)
        dups = {aid: sorted(where, key=_place_key) for aid, where in places.items() if len(where) > 1}
        if dups:
            raise DuplicateIds(duplicate_ids_message(path, dups), path=path, ids=dups)

    def close(self) -> None:
        """Compact (atomically) and release the lock. Never loses a change: each is already durable."""
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            try:
                self._db.close()
            finally:
                if self._lock is not None:
                    self._lock.release()

    def close_in_background(self) -> threading.Thread:
        """Start :meth:`close` in a new thread and return that thread at once.

        The thread is not a daemon, so the interpreter waits for the compaction to finish
        before the process exits (a quit never cuts it short, and it never holds up the
        screen). Calls made meanwhile from other threads wait for it (the store's lock), then
        reads still work and writes raise StoreError ("the store is closed")."""
        worker = threading.Thread(target=self.close, name=f"claimdesk-close-{self.path.name}", daemon=False)
        worker.start()
        return worker

    def compact(self) -> None:
        """Fold the journal into the snapshot now, in the calling thread (atomically). Safe any
        time, while other threads write (they are held up only for the two short steps, see
        ``store.storage``). Raises SaveError if the disk refuses; nothing is lost then either."""
        if self._closed or self.read_only:
            return
        self._storage.compact()

    def compact_in_background(self) -> threading.Thread | None:
        """Start a compaction in a thread of its own and return the thread (None when the
        journal holds nothing to fold in, or the store is read-only). A desk calls this when
        idle; the store also compacts by itself in the background once its journal grows past
        its threshold and no change came for ``idle_seconds``. Never blocks the caller."""
        if self._closed or self.read_only:
            return None
        return self._storage.compact_in_background()

    @property
    def journal_bytes(self) -> int:
        """Bytes of changes not yet folded into the snapshot (each is durable already)."""
        return self._storage.journal_size

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- reading

    def get(self, claim_id: str) -> Annotation | None:
        with self._mutex:
            aid = self._by_claim.get(claim_id)
            if aid is None:
                return None
            rec = self._record(aid)
            return Annotation.from_dict(rec) if rec is not None else None

    def annotations(self, doc_id: str | None = None) -> list[Annotation]:
        """Every annotation that is attached to a claim (optionally of one document)."""
        return [a for a in self._all(doc_id) if not a.orphan]

    def orphans(self, doc_id: str | None = None) -> list[Annotation]:
        """Annotations whose text could not be found again. Kept, never dropped."""
        return [a for a in self._all(doc_id) if a.orphan]

    def _all(self, doc_id: str | None) -> list[Annotation]:
        with self._mutex:
            names = [DOC_PREFIX + doc_id] if doc_id is not None else sorted(
                n for n in self._db.tables() if n.startswith(DOC_PREFIX))
            out = []
            for name in names:
                for rec in self._db.table(name).records().values():
                    out.append(Annotation.from_dict(rec))
            return out

    def __len__(self) -> int:
        return len(self._by_aid)

    def documents(self) -> list[dict]:
        """The documents this store has seen (id, path, hash, outlet, title, date)."""
        with self._mutex:
            return [dict(r) for r in self._db.table(DOCUMENTS).records().values()]

    @property
    def schema_version(self) -> int:
        for rec in self._db.table(META).records().values():
            if "schema_version" in rec:
                return rec["schema_version"]
        return SCHEMA_VERSION

    # -- editing

    def set_status(self, claim: Claim, doc: Document, status: str | None) -> Annotation:
        """Tag the claim ``"corroborated"`` or ``"disputed"``, or clear its tag with None."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES} or None, not {status!r}")

        def change(rec: dict) -> None:
            rec["status"] = status

        what = f"tag {status}" if status else "clear tag"
        return self._edit(claim, doc, change, f"{what} on {snippet(claim.text)}")

    def set_note(self, claim: Claim, doc: Document, note: str) -> Annotation:
        if not isinstance(note, str):
            raise TypeError("note must be a string")

        def change(rec: dict) -> None:
            rec["note"] = note

        what = "edit note" if note else "clear note"
        return self._edit(claim, doc, change, f"{what} on {snippet(claim.text)}")

    def add_evidence(self, claim: Claim, doc: Document, ev: Evidence) -> Annotation:
        if not isinstance(ev, Evidence):
            raise TypeError("ev must be an Evidence")
        item = ev.to_dict()

        def change(rec: dict) -> None:
            rec["evidence"] = [*rec["evidence"], item]

        what = f"add {ev.relation} evidence" if ev.kind == "claim" else "add source"
        return self._edit(claim, doc, change, f"{what} to {snippet(claim.text)}")

    def remove_evidence(self, claim: Claim, doc: Document, index: int) -> Annotation:
        with self._mutex:
            current = self.get(claim.id)
            count = len(current.evidence) if current else 0
            if not -count <= index < count:
                raise IndexError(f"no evidence #{index} on this claim (it has {count})")

            def change(rec: dict) -> None:
                items = list(rec["evidence"])
                del items[index]
                rec["evidence"] = items

            return self._edit(claim, doc, change, f"remove evidence from {snippet(claim.text)}")

    def _edit(self, claim: Claim, doc: Document, change: Callable[[dict], None], desc: str) -> Annotation:
        with self._mutex:
            self._check_writable()
            aid = self._by_claim.get(claim.id)
            before = self._record(aid) if aid else None
            tid: int | None
            if aid is not None and before is not None:
                table, tid = self._by_aid[aid]
                rec = _copy_record(before)
            else:
                table, tid = DOC_PREFIX + doc.id, None
                rec = self._new_record(claim, doc)
            change(rec)
            if _user_fields(rec) == _user_fields(before):
                return Annotation.from_dict(rec)  # nothing changed: no write, no history entry
            rec["updated"] = utc_now()
            rec["editor"] = self.editor
            after = None if Annotation.from_dict(rec).is_empty else rec
            if tid is None:
                tid = self._new_id(table)
            self._commit_edit(table, tid, before, after, desc)
            return Annotation.from_dict(rec)

    def _new_record(self, claim: Claim, doc: Document) -> dict:
        pos, quote = selectors_for(doc.text, claim.start, claim.end)
        if pos.end <= pos.start and claim.text:
            quote = TextQuote(claim.text)
        now = utc_now()
        return Annotation(
            id=os.urandom(8).hex(), claim_id=claim.id, doc_id=doc.id, doc_path=doc.path, doc_hash=doc_hash(doc),
            editor=self.editor, created=now, updated=now, position=pos, quote=quote,
        ).to_dict()

    def _commit_edit(self, table: str, tid: int, before: dict | None, after: dict | None, desc: str) -> None:
        """Write the annotation and its history entry as one durable transaction."""
        either = after if after is not None else before
        assert either is not None, "an edit has a record before or after it"
        aid = either["id"]
        hist = self._db.table(HISTORY)
        drop = [tid_ for _, tid_, undone in self._hist if undone]  # a new edit ends the redo branch
        kept = [e for e in self._hist if not e[2]]
        trim = [e[1] for e in kept[: max(0, len(kept) + 1 - HISTORY_MAX)]]
        seq = (self._hist[-1][0] + 1) if self._hist else 1
        htid = self._new_id(HISTORY)
        entry = {"seq": seq, "aid": aid, "table": table, "desc": desc, "before": before, "after": after,
                 "undone": False, "at": utc_now(), "editor": self.editor}
        with self._tx():
            t = self._db.table(table)
            if after is None:
                t.delete(tid)
            else:
                t.put(tid, after)
            hist.apply({htid: entry}, drop + trim)
        # committed: now the indexes
        self._index_put(aid, table, tid, before, after)
        gone = set(drop) | set(trim)
        self._hist = [e for e in self._hist if e[1] not in gone] + [[seq, htid, False]]

    # -- undo / redo

    @property
    def can_undo(self) -> bool:
        return any(not e[2] for e in self._hist)

    @property
    def can_redo(self) -> bool:
        return any(e[2] for e in self._hist)

    def history(self) -> list[str]:
        """What can be undone, oldest first; entries that were undone (and can be redone) say so."""
        with self._mutex:
            hist = self._db.table(HISTORY)
            out = []
            for _, tid, undone in self._hist:
                rec = hist.record(tid) or {}
                out.append(("undone: " if undone else "") + rec.get("desc", "?"))
            return out

    def undo(self) -> str | None:
        """Undo the last change; returns ``"undo: <what>"`` or None when there is nothing to undo."""
        with self._mutex:
            self._check_writable()
            done = [e for e in self._hist if not e[2]]
            if not done:
                return None
            return "undo: " + self._travel(done[-1], undone=True)

    def redo(self) -> str | None:
        with self._mutex:
            self._check_writable()
            undone = [e for e in self._hist if e[2]]
            if not undone:
                return None
            return "redo: " + self._travel(undone[0], undone=False)

    def _travel(self, hentry: list, *, undone: bool) -> str:
        hist = self._db.table(HISTORY)
        htid = hentry[1]
        entry = hist.record(htid)
        if entry is None:  # the indexes are built from this table: it cannot be missing
            raise StoreError(f"{self.path}: history entry {htid} is missing", path=self.path)
        target = entry["before"] if undone else entry["after"]
        aid = entry["aid"]
        loc = self._by_aid.get(aid)
        current = self._record(aid) if loc else None
        table, tid = loc if loc else (entry["table"], self._new_id(entry["table"]))
        new = None
        if target is not None:
            new = _copy_record(target)
            if current is not None:
                for k in ANCHOR_FIELDS:
                    if k in current:
                        new[k] = current[k]
            owner = self._by_claim.get(new["claim_id"])
            if not new.get("orphan") and owner not in (None, aid):
                new["orphan"] = True
                new["orphan_reason"] = "its claim has another annotation"
            new["updated"] = utc_now()
            new["editor"] = self.editor
        with self._tx():
            t = self._db.table(table)
            if new is None:
                t.delete(tid)
            else:
                t.put(tid, new)
            hist.apply({htid: {**entry, "undone": undone}}, ())
        self._index_put(aid, table, tid, current, new)
        hentry[2] = undone
        return entry["desc"]

    # -- sync and re-anchoring

    def sync(self, analysis: Analysis) -> SyncReport:
        """Register the documents and re-anchor every annotation to the current text and claims.

        On a read-only store the result lives in memory only (enough for an export).
        """
        with self._mutex:
            if self._closed:
                raise StoreError(f"{self.path}: the store is closed", path=self.path)
            report = SyncReport()
            by_doc: dict[str, list[Claim]] = {}
            claim_by_id: dict[str, Claim] = {}
            for c in analysis.claims:
                by_doc.setdefault(c.doc, []).append(c)
                claim_by_id[c.id] = c
            docs = {d.id: d for d in analysis.documents}

            doc_puts: dict[int, dict] = {}
            known = self._db.table(DOCUMENTS).records()
            next_doc = max((int(k) for k in known), default=0) + 1
            for d in analysis.documents:
                drec = {"id": d.id, "path": d.path, "hash": doc_hash(d), "outlet": d.outlet, "title": d.title,
                        "date": d.date.isoformat() if d.date else None}
                tid = self._doc_ids.get(d.id)
                if tid is None:
                    tid, next_doc = next_doc, next_doc + 1
                if known.get(str(tid)) != drec:
                    doc_puts[tid] = drec
            report.documents = len(doc_puts)

            tables = self._db.tables()
            reserved: dict[str, str] = {}
            pending: list[tuple[str, str, dict, Document]] = []
            puts: dict[str, dict[int, dict]] = {}
            for name in tables:
                if not name.startswith(DOC_PREFIX):
                    continue
                doc = docs.get(name[len(DOC_PREFIX):])
                records = self._db.table(name).records()
                if doc is None:
                    report.absent += len(records)
                    continue
                h = doc_hash(doc)
                for key, rec in records.items():
                    same_claim = claim_by_id.get(rec["claim_id"])
                    pos = rec["position"]
                    if (not rec.get("orphan") and rec["doc_hash"] == h and same_claim is not None
                            and same_claim.doc == doc.id and (same_claim.start, same_claim.end) == (pos["start"], pos["end"])
                            and same_claim.id not in reserved):
                        reserved[same_claim.id] = rec["id"]
                        report.kept += 1
                        if rec.get("doc_path") != doc.path:
                            puts.setdefault(name, {})[int(key)] = {**rec, "doc_path": doc.path}
                    else:
                        pending.append((name, key, rec, doc))

            placed = []
            for name, key, rec, doc in pending:
                pos, quote = rec["position"], rec["quote"]
                m = locate(doc.text, TextPosition(pos["start"], pos["end"]),
                           TextQuote(quote.get("exact", ""), quote.get("prefix", ""), quote.get("suffix", "")))
                claim = best_claim(by_doc.get(doc.id, ()), m.start, m.end) if m else None
                rank = (0 if m is None else {"position": 3, "quote": 2, "fuzzy": 1}[m.method], m.score if m else 0)
                placed.append((rank, name, key, rec, doc, m, claim))
            placed.sort(key=lambda p: p[0], reverse=True)

            for _, name, key, rec, doc, m, claim in placed:
                new: dict[str, Any] = dict(rec)
                if m is None or claim is None or claim.id in reserved:
                    new["orphan"] = True
                    new["orphan_reason"] = (
                        "its text is no longer in the document" if m is None
                        else "no claim at its text any more" if claim is None
                        else "its claim already has an annotation")
                    report.orphaned += 1
                else:
                    reserved[claim.id] = rec["id"]
                    p, q = selectors_for(doc.text, claim.start, claim.end)
                    same = (not rec.get("orphan") and claim.id == rec["claim_id"]
                            and (p.start, p.end) == (rec["position"]["start"], rec["position"]["end"]))
                    new.update(claim_id=claim.id, doc_path=doc.path, doc_hash=doc_hash(doc),
                               position=p.to_json(), quote=q.to_json(), orphan=False, orphan_reason="")
                    if same:
                        report.kept += 1
                    elif m.method == "fuzzy":
                        report.fuzzy += 1
                    else:
                        report.moved += 1
                if new != rec:
                    puts.setdefault(name, {})[int(key)] = new

            if puts or doc_puts:
                if not self.read_only:
                    self._check_writable()
                with self._tx():
                    for name, changes in puts.items():
                        self._db.table(name).apply(changes, ())
                    if doc_puts:
                        self._db.table(DOCUMENTS).apply(doc_puts, ())
                self._rebuild_indexes()
            return report

    # -- internals

    def _check_writable(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the store is closed", path=self.path)
        if self.read_only:
            if self.lock_pid is not None or self.read_only_reason:
                raise StoreLocked(f"could not save: {self.read_only_reason}", path=self.path,
                                  pid=self.lock_pid)
            raise StoreError(f"could not save to {self.path}: it was opened read-only", path=self.path)
        if self._storage.broken:
            raise SaveError(f"could not save to {self.path}: {self._storage.broken}", path=self.path)

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        try:
            with self._storage.transaction():
                yield
        except BaseException:
            self._db.reset_caches()
            raise

    def _record(self, aid: str) -> dict | None:
        loc = self._by_aid.get(aid)
        if loc is None:
            return None
        return self._db.table(loc[0]).record(loc[1])

    def _new_id(self, table: str) -> int:
        n = self._next_ids.get(table)
        if n is None:
            n = max((int(k) for k in self._db.table(table).records()), default=0) + 1
        self._next_ids[table] = n + 1
        return n

    def _index_put(self, aid: str, table: str, tid: int, before: dict | None, after: dict | None) -> None:
        if before is not None and not before.get("orphan") and self._by_claim.get(before["claim_id"]) == aid:
            del self._by_claim[before["claim_id"]]
        if after is None:
            self._by_aid.pop(aid, None)
            return
        self._by_aid[aid] = (table, tid)
        if not after.get("orphan"):
            self._by_claim[after["claim_id"]] = aid

    def _rebuild_indexes(self, progress: ProgressFn | None = None) -> None:
        self._by_aid.clear()
        self._by_claim.clear()
        self._doc_ids.clear()
        names = sorted(self._db.tables())
        pace = _Pacer(progress, "indexing", len(names))
        for i, name in enumerate(names):
            pace.tick(i)
            table = self._db.table(name)
            records = table.records()
            if name.startswith(DOC_PREFIX):
                for key, rec in records.items():
                    self._by_aid[rec["id"]] = (name, int(key))
                    if not rec.get("orphan"):
                        self._by_claim.setdefault(rec["claim_id"], rec["id"])
            elif name == DOCUMENTS:
                for key, rec in records.items():
                    self._doc_ids[rec["id"]] = int(key)
        hist = self._db.table(HISTORY).records()
        self._hist = sorted([rec["seq"], int(key), bool(rec["undone"])] for key, rec in hist.items())
        pace.done(len(names))


def _place_key(place: tuple[str, str]) -> tuple[str, int]:
    return place[0], int(place[1])


def duplicate_ids_message(path: Path, dups: dict[str, list[tuple[str, str]]]) -> str:
    """One line naming the store, the first repeated id and where it is."""
    aid = min(dups, key=lambda a: _place_key(dups[a][0]))
    where = ", ".join(f"{table} #{key}" for table, key in dups[aid][:4])
    more = f" (and {len(dups) - 1} more repeated id(s))" if len(dups) > 1 else ""
    return (f"{path}: annotation id {aid!r} is used by {len(dups[aid])} records ({where}){more}, so an edit "
            f"could land on the wrong one; not opened. Repair it (claimdesk repair {path}) to give each record "
            "its own id: every record is kept")


def _check_history(rec: dict) -> None:
    if not isinstance(rec.get("seq"), int) or not isinstance(rec.get("aid"), str):
        raise ValueError("bad history entry")
    if not isinstance(rec.get("table"), str) or not isinstance(rec.get("desc"), str):
        raise ValueError("bad history entry")
    for k in ("before", "after"):
        v = rec.get(k)
        if v is not None:
            Annotation.from_dict(v)
    if not isinstance(rec.get("undone"), bool):
        raise ValueError("bad history entry")


def open_store(path: str | Path, **kwargs: Any) -> AnnotationStore:
    """Shorthand for ``AnnotationStore.open``."""
    return AnnotationStore.open(path, **kwargs)
