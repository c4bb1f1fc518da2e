"""The annotation store: a newsroom's verdicts, notes and evidence on claims, kept durably.

Layout (TinyDB tables in one file, see ``store.storage`` for the on-disk format):

- ``meta``: ``{"schema_version": 2, "created": ..., "settings": {...}}`` (the project's
  settings: how many independent verdicts a claim needs, who the leads are);
- ``documents``: one record per document seen (id, path, content hash, outlet, title, date), as
  the loader found it;
- ``document_meta``: editors' corrections of an article's outlet, title and date
  (:class:`DocumentMeta`), one record per corrected article, each field with when and by whom it
  was set (a correction taken back stays as a null value, so the taking back reaches other
  copies); the loader never writes here, so its guesses never replace a correction;
- ``doc:<document id>``: the annotations on that document's claims, one table per document
  so a change copies a table of one article's annotations, not the whole store;
- ``history``: the undo history, so undo and redo survive a restart; each editor undoes their
  own changes. An entry of one annotation holds it before and after (``aid``, ``table``,
  ``before``, ``after``); an entry of a :meth:`AnnotationStore.batch` (the desk's ``g``) lists
  every annotation it changed in ``items`` and every article's corrections in ``metas`` (each
  before and after), and is undone and redone whole;
- ``sync:<remote>``: what was last exchanged with a CouchDB server (``store.sync``).

Both additions (``document_meta``, ``items``/``metas`` in history entries) are still schema 2: a
store without them reads as before.

An annotation (schema 2) holds one **verdict per editor** (``verdicts``: editor -> status and
time), a lead's **adjudication** (a final verdict with a reason), a note and evidence, each
stamped with when (and by whom) it last changed, so two copies of it merge without losing
either side (:mod:`store.merge`). ``status`` is the **final verdict**, derived: the
adjudication if there is one, else the verdict the editors agree on once enough of them gave
one (``ProjectSettings.required_verdicts``), else None; ``review`` says which
(:class:`ReviewState`). The old single ``status`` of schema 1 reads as that editor's verdict.
A cleared annotation stays as a record with nothing in it (invisible: ``get`` returns None),
so the clearing itself can travel to other copies.

Every mutating call returns only after its change, with its history entry, is one fsynced
journal line (a batch: all its changes and one history entry in one line). A failed save raises
StoreError and leaves memory and disk as before.

Any number of claimdesk processes open one store for writing (``store.lock``): each change
takes the append lock only for its own append, after reading the lines others appended
(so it is computed on the latest state and never overwrites another editor's verdict);
``refresh()`` and ``watch()`` bring others' changes in between.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, Literal

from claims.model import Analysis, Claim, Document
from store.anchor import TextPosition, TextQuote, best_claim, locate, selectors_for
from store.errors import CorruptStore, DuplicateIds, JournalDamaged, NotAllowed, SaveError, StoreError, StoreLocked
from store.lock import AppendLock, StoreLock
from store.storage import (
    DEFAULT_COMPACT_BYTES,
    GC_PAUSE_BYTES,
    REPAIR_HINT,
    Changes,
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
    "CLEAR",
    "Adjudication",
    "Annotation",
    "AnnotationStore",
    "Batch",
    "Clear",
    "DocumentMeta",
    "DuplicateIds",
    "Evidence",
    "HistoryEntry",
    "HistoryStep",
    "JournalDamaged",
    "MetaField",
    "MetaRefused",
    "NotAllowed",
    "OpenProgress",
    "ProjectSettings",
    "Review",
    "ReviewState",
    "Stance",
    "Status",
    "StoreChanges",
    "StoreError",
    "StoreLocked",
    "SyncReport",
    "TextPosition",
    "TextQuote",
    "Verdict",
]

SCHEMA_VERSION = 2


class Status(StrEnum):
    """A verdict on a claim."""

    CORROBORATED = "corroborated"
    DISPUTED = "disputed"


class ReviewState(StrEnum):
    """Where a claim's review stands (see :func:`derive`)."""

    UNTAGGED = "untagged"  # no verdict yet
    PENDING = "pending"  # fewer independent verdicts than the project requires
    DECIDED = "decided"  # enough verdicts, all the same: that is the final verdict
    DISAGREEMENT = "disagreement"  # editors gave different verdicts: a lead settles it
    ADJUDICATED = "adjudicated"  # a lead gave the final verdict, with a reason


class Origin(StrEnum):
    """Where a history entry came from: undo and redo walk only an editor's own local entries."""

    LOCAL = "local"
    IMPORT = "import"
    SYNC = "sync"


class Stance(StrEnum):
    """What a piece of evidence says about the claim it is attached to (its ``relation``)."""

    SUPPORTS = "supports"  # it confirms the claim
    CONTRADICTS = "contradicts"  # it says otherwise
    CONTEXT = "context"  # it neither confirms nor denies: background, an earlier figure, an update


STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
#: the stances an evidence item may have (``Evidence.relation``)
RELATIONS: tuple[str, ...] = tuple(s.value for s in Stance)
HISTORY_MAX = 500  # per editor (and per import or sync origin)
DOC_PREFIX = "doc:"
SYNC_PREFIX = "sync:"
META, DOCUMENTS, HISTORY = "meta", "documents", "history"
#: editors' corrections of an article's outlet, title and date (:class:`DocumentMeta`)
DOC_META = "document_meta"
#: fields an undo/redo leaves as they are now (where the annotation is anchored)
ANCHOR_FIELDS = ("claim_id", "doc_id", "doc_path", "doc_hash", "position", "quote", "orphan", "orphan_reason")
UNKNOWN_EDITOR = "unknown"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


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


def _str(r: dict, key: str, default: str = "") -> str:
    v = r.get(key, default)
    if not isinstance(v, str):
        raise ValueError(f"{key!r} is not a string")
    return v


def _status(v: Any, what: str = "status") -> str | None:
    if v is not None and v not in STATUSES:
        raise ValueError(f"unknown {what} {v!r}")
    return v


# ---------------------------------------------------------------------------- values


@dataclass(slots=True)
class Evidence:
    """Support for a verdict: another claim (``kind="claim"``) or a free-text source.

    ``at``/``by``: when and by whom it was added (empty on evidence not yet stored)."""

    kind: str = "claim"  # claim | source
    claim_id: str = ""
    doc_id: str = ""
    outlet: str = ""
    quote: str = ""
    relation: str = "supports"  # a Stance: supports | contradicts | context
    text: str = ""
    url: str = ""
    at: str = ""
    by: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.relation, Stance):
            self.relation = self.relation.value  # a plain string, as stored
        if self.kind not in ("claim", "source"):
            raise ValueError(f"evidence kind must be 'claim' or 'source', not {self.kind!r}")
        if self.relation not in RELATIONS:
            raise ValueError(f"evidence relation must be one of {RELATIONS}, not {self.relation!r}")
        if self.kind == "claim" and not self.claim_id:
            raise ValueError("claim evidence needs a claim_id")
        if self.kind == "source" and not (self.text or self.url):
            raise ValueError("source evidence needs a text or a url")

    def content(self) -> dict:
        """What the evidence says (without when it was added)."""
        if self.kind == "claim":
            return {"kind": "claim", "claim_id": self.claim_id, "doc_id": self.doc_id, "outlet": self.outlet,
                    "quote": self.quote, "relation": self.relation}
        return {"kind": "source", "text": self.text, "url": self.url, "relation": self.relation}

    def to_dict(self) -> dict:
        out = self.content()
        if self.at:
            out["at"] = self.at
        if self.by:
            out["by"] = self.by
        return out

    @property
    def key(self) -> str:
        """Identifies the evidence across copies of an annotation: the claim it names, or the source."""
        return evidence_key(self.content())

    @classmethod
    def from_dict(cls, d: dict) -> Evidence:
        if not isinstance(d, dict):
            raise ValueError("evidence is not an object")
        fields = {k: d[k] for k in ("kind", "claim_id", "doc_id", "outlet", "quote", "relation", "text", "url",
                                    "at", "by") if k in d}
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


def evidence_key(item: dict) -> str:
    """The identity of an evidence item: its kind, relation and what it points at."""
    if item.get("kind") == "claim":
        parts = ["claim", item.get("relation", ""), item.get("claim_id", "")]
    else:
        parts = ["source", item.get("relation", ""), item.get("text", ""), item.get("url", "")]
    return "\x1f".join(str(p) for p in parts)


@dataclass(frozen=True, slots=True)
class Verdict:
    """One editor's verdict: a status, or None for a verdict withdrawn (kept so the withdrawal
    reaches other copies), and when it was given."""

    status: str | None
    at: str

    def to_dict(self) -> dict:
        return {"status": self.status, "at": self.at}


@dataclass(frozen=True, slots=True)
class Adjudication:
    """A lead's final verdict on a claim the editors disagree on (or any claim), with a reason."""

    status: str | None
    reason: str
    by: str
    at: str

    def to_dict(self) -> dict:
        return {"status": self.status, "reason": self.reason, "by": self.by, "at": self.at}


@dataclass(frozen=True, slots=True)
class ProjectSettings:
    """How the project reviews claims: ``required_verdicts`` independent verdicts per claim (1, or
    2 for a second check, during which an editor does not see another's verdict before giving
    their own), and the ``leads`` who may adjudicate (empty: anyone)."""

    required_verdicts: int = 1
    leads: tuple[str, ...] = ()
    at: str = ""

    def to_dict(self) -> dict:
        return {"required_verdicts": self.required_verdicts, "leads": list(self.leads), "at": self.at}

    @classmethod
    def from_dict(cls, d: Any) -> ProjectSettings:
        if not isinstance(d, dict):
            return cls()
        n = d.get("required_verdicts", 1)
        leads = d.get("leads") or []
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 9:
            raise ValueError(f"bad required_verdicts {n!r}")
        if not isinstance(leads, list) or not all(isinstance(x, str) for x in leads):
            raise ValueError("bad leads")
        at = d.get("at", "")
        return cls(n, tuple(leads), at if isinstance(at, str) else "")


def derive(verdicts: dict[str, Verdict], adjudication: Adjudication | None, required: int) -> tuple[str | None,
                                                                                                   ReviewState]:
    """The final verdict and the review state, from the verdicts and the adjudication."""
    if adjudication is not None and adjudication.status is not None:
        return adjudication.status, ReviewState.ADJUDICATED
    live = {v.status for v in verdicts.values() if v.status is not None}
    given = sum(1 for v in verdicts.values() if v.status is not None)
    if not given:
        return None, ReviewState.UNTAGGED
    if len(live) > 1:
        return None, ReviewState.DISAGREEMENT
    if given < required:
        return None, ReviewState.PENDING
    return next(iter(live)), ReviewState.DECIDED


@dataclass(slots=True)
class Annotation:
    """A snapshot of one annotation. Changing it changes nothing: use the store's methods.

    ``status`` is the final verdict (see the module doc); ``verdicts`` every editor's."""

    claim_id: str
    doc_id: str
    doc_path: str = ""
    doc_hash: str = ""
    status: str | None = None  # the final verdict: None | corroborated | disputed
    note: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    editor: str = ""  # who changed it last
    created: str = ""  # ISO 8601 UTC
    updated: str = ""
    position: TextPosition = TextPosition(0, 0)
    quote: TextQuote = TextQuote("")
    orphan: bool = False
    orphan_reason: str = ""
    id: str = ""  # stable across re-anchoring (claim_id may change)
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    adjudication: Adjudication | None = None
    review: ReviewState = ReviewState.UNTAGGED
    note_at: str = ""
    note_by: str = ""
    evidence_removed: dict[str, str] = field(default_factory=dict)

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
        return (not any(v.status for v in self.verdicts.values())
                and (self.adjudication is None or self.adjudication.status is None)
                and not self.note and not self.evidence)

    def verdict_of(self, editor: str) -> str | None:
        v = self.verdicts.get(editor)
        return v.status if v else None

    def live_verdicts(self) -> dict[str, str]:
        """Editor -> status, for the verdicts given (not withdrawn)."""
        return {e: v.status for e, v in self.verdicts.items() if v.status is not None}

    def to_dict(self) -> dict:
        """The stored record (and the JSONL export line)."""
        return {
            "id": self.id,
            "claim_id": self.claim_id,
            "doc_id": self.doc_id,
            "doc_path": self.doc_path,
            "doc_hash": self.doc_hash,
            "status": self.status,
            "review": str(self.review),
            "verdicts": {e: v.to_dict() for e, v in sorted(self.verdicts.items())},
            "adjudication": self.adjudication.to_dict() if self.adjudication else None,
            "note": self.note,
            "note_at": self.note_at,
            "note_by": self.note_by,
            "evidence": [e.to_dict() for e in self.evidence],
            "evidence_removed": dict(sorted(self.evidence_removed.items())),
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
        """Parse a stored record (schema 1 or 2); ValueError names the first bad field.

        A schema-1 record (one ``status``, one ``editor``) reads as that editor's verdict."""
        if not isinstance(r, dict):
            raise ValueError("not an object")
        status = _status(r.get("status"))
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
        claim_id = _str(r, "claim_id")
        if not claim_id:
            raise ValueError("no claim_id")
        editor, updated, note = _str(r, "editor"), _str(r, "updated"), _str(r, "note")
        raw_verdicts = r.get("verdicts")
        if raw_verdicts is None:  # schema 1: the one status is its editor's verdict
            verdicts = {editor or UNKNOWN_EDITOR: Verdict(status, updated)} if status else {}
        else:
            if not isinstance(raw_verdicts, dict):
                raise ValueError("'verdicts' is not an object")
            verdicts = {}
            for who, v in raw_verdicts.items():
                if not isinstance(v, dict) or not isinstance(v.get("at", ""), str):
                    raise ValueError(f"bad verdict of {who!r}")
                verdicts[who] = Verdict(_status(v.get("status"), "verdict"), v.get("at", ""))
        adj = r.get("adjudication")
        adjudication = None
        if adj is not None:
            if not isinstance(adj, dict):
                raise ValueError("bad adjudication")
            adjudication = Adjudication(_status(adj.get("status"), "adjudication"), _str(adj, "reason"),
                                        _str(adj, "by"), _str(adj, "at"))
        removed = r.get("evidence_removed") or {}
        if not isinstance(removed, dict) or not all(isinstance(v, str) for v in removed.values()):
            raise ValueError("bad 'evidence_removed'")
        review_raw = r.get("review")
        if review_raw is None:
            final, review = derive(verdicts, adjudication, 1)
            if raw_verdicts is None:
                final = status
        else:
            try:
                review = ReviewState(review_raw)
            except ValueError:
                raise ValueError(f"unknown review state {review_raw!r}") from None
            final = status
        return cls(
            id=_str(r, "id"),
            claim_id=claim_id,
            doc_id=_str(r, "doc_id"),
            doc_path=_str(r, "doc_path"),
            doc_hash=_str(r, "doc_hash"),
            status=final,
            note=note,
            evidence=[Evidence.from_dict(e) for e in ev],
            editor=editor,
            created=_str(r, "created"),
            updated=updated,
            position=TextPosition(start, end),
            quote=TextQuote(**q),
            orphan=bool(r.get("orphan", False)),
            orphan_reason=_str(r, "orphan_reason"),
            verdicts=verdicts,
            adjudication=adjudication,
            review=review,
            note_at=_str(r, "note_at", updated if note else ""),
            note_by=_str(r, "note_by", editor if note else ""),
            evidence_removed=dict(removed),
        )


def normalise(rec: dict) -> dict:
    """A stored record of either schema as a schema-2 record (a new dict)."""
    return Annotation.from_dict(rec).to_dict()


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


@dataclass(frozen=True, slots=True)
class Review:
    """A claim's review as one editor may see it (:meth:`AnnotationStore.review`).

    During a second check (``required_verdicts`` >= 2) an editor who has not given a verdict yet
    does not see the others': ``others`` is then empty and ``hidden`` counts them."""

    claim_id: str
    state: ReviewState
    final: str | None  # the final verdict (None unless decided or adjudicated)
    mine: str | None  # this editor's verdict
    others: dict[str, str]  # the other editors' verdicts, when this editor may see them
    hidden: int  # other verdicts given but not shown
    adjudication: Adjudication | None
    required: int


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One history entry, for a history view: who did what, when, and whether it is undone.

    ``claim_id`` is the (first) claim it changed, "" for a change of an article's metadata;
    ``claim_ids`` every claim (a batch, such as ``g``, changes several) and ``doc_ids`` the
    articles whose metadata it changed."""

    seq: int
    desc: str
    editor: str
    at: str
    undone: bool
    origin: Origin
    claim_id: str
    claim_ids: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class HistoryStep(str):
    """What one :meth:`AnnotationStore.undo` or :meth:`~AnnotationStore.redo` put back.

    ``desc`` is the change's description (as the history lists it), ``claim_ids`` the claims
    whose annotation it restored (every claim of a batch) and ``doc_ids`` the articles whose
    metadata (outlet, title, date) it restored; ``action`` says which way it went.

    It is also the string ``"undo: <desc>"`` / ``"redo: <desc>"`` that undo and redo returned
    before they returned steps (a ``str`` subclass that compares and hashes as that string),
    so callers that show or compare the string keep working."""

    desc: str
    claim_ids: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    action: Literal["undo", "redo"] = "undo"

    def __new__(cls, desc: str, claim_ids: tuple[str, ...] = (), doc_ids: tuple[str, ...] = (),
                action: Literal["undo", "redo"] = "undo") -> HistoryStep:
        return super().__new__(cls, f"{action}: {desc}")

    @property
    def text(self) -> str:
        """``"undo: <desc>"`` as a plain string."""
        return str.__str__(self)


@dataclass(frozen=True, slots=True)
class StoreChanges:
    """What :meth:`AnnotationStore.refresh` brought in from other writers."""

    claims: frozenset[str] = frozenset()  # claims whose annotation changed (refresh these rows)
    reloaded: bool = False  # everything may have changed (reload all)
    history: bool = False
    settings: bool = False
    #: articles whose metadata changed: an editor's correction (``document_meta``) or the
    #: loader's record; a desk shows ``document_meta(doc_id)`` again for each
    documents: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.claims or self.reloaded or self.history or self.settings or self.documents)


# ---------------------------------------------------------------------------- article metadata


class MetaField(StrEnum):
    """An article's metadata an editor may correct."""

    OUTLET = "outlet"
    TITLE = "title"
    DATE = "date"


class Clear(Enum):
    """``CLEAR``: the value that takes an editor's correction away (the loader's value shows again)."""

    CLEAR = "clear"


CLEAR = Clear.CLEAR
META_FIELDS: tuple[MetaField, ...] = tuple(MetaField)
#: the longest outlet and title an editor may give, in characters
MAX_META_CHARS: dict[MetaField, int] = {MetaField.OUTLET: 200, MetaField.TITLE: 500}
#: bidirectional embedding, override and isolate controls: they reorder the text around them
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class MetaRefused(StoreError):
    """A correction of an article's metadata that cannot be kept; ``field`` names which
    (a :class:`MetaField`) and ``str()`` is one line starting with it. Nothing was written."""

    def __init__(self, message: str, *, field: MetaField, path: object = None):
        super().__init__(message, path=path, reason=message)
        self.field = field


def checked_meta_text(value: Any, what: MetaField) -> str:
    """An outlet or title as an editor gave it, stripped; :class:`MetaRefused` for a value that
    is not one line of plain text of at most ``MAX_META_CHARS`` characters."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    value = value.strip()
    for ch in value:
        cat = unicodedata.category(ch)
        code = f"U+{ord(ch):04X}"
        if ch in "\n\r\u2028\u2029\u0085\x0b\x0c" or cat in ("Zl", "Zp"):
            raise MetaRefused(f"{what}: holds a line break ({code}); the {what} is one line", field=what)
        if cat == "Cc":
            raise MetaRefused(f"{what}: holds a control character ({code}); the {what} is plain text", field=what)
        if ch in BIDI_CONTROLS:
            raise MetaRefused(f"{what}: holds a bidirectional control ({code}), which reorders the text around "
                              "it; type the text without it", field=what)
        if cat == "Cs":
            raise MetaRefused(f"{what}: holds a lone surrogate ({code}), which is no character", field=what)
    limit = MAX_META_CHARS[what]
    if len(value) > limit:
        raise MetaRefused(f"{what}: {len(value):,} characters, more than the {limit} allowed", field=what)
    return value


def checked_meta_date(value: dt.date | str) -> dt.date:
    """A publication date: a ``date`` (a ``datetime`` gives its date) or an ISO 8601 date string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"date must be a date, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        shown = value.strip()[:40]
        raise MetaRefused(f"date: {shown!r} is not a date (YYYY-MM-DD)", field=MetaField.DATE) from None


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """An editor's corrections of one article's metadata: the outlet, title and date to show
    instead of what the loader found (None: no correction, the loader's value stands), who
    changed them last and when (ISO 8601 UTC)."""

    doc_id: str
    outlet: str | None = None
    title: str | None = None
    date: dt.date | None = None
    editor: str = ""
    updated: str = ""

    @property
    def is_empty(self) -> bool:
        return self.outlet is None and self.title is None and self.date is None

    @property
    def fields(self) -> tuple[MetaField, ...]:
        """The fields corrected."""
        return tuple(f for f in META_FIELDS if getattr(self, f.value) is not None)

    def apply(self, doc: Document) -> Document:
        """``doc`` with the corrections in place of the loader's values (the same object when
        there is nothing to change)."""
        changes: dict[str, Any] = {f.value: getattr(self, f.value) for f in self.fields}
        if not changes or all(getattr(doc, k) == v for k, v in changes.items()):
            return doc
        return dataclasses.replace(doc, **changes)

    @classmethod
    def from_record(cls, rec: dict) -> DocumentMeta:
        """The corrections a stored record holds (see :func:`meta_record`); ValueError names
        the first bad field."""
        check_meta_record(rec)
        fields = rec.get("fields") or {}
        values: dict[str, Any] = {}
        for f in META_FIELDS:
            v = (fields.get(f.value) or {}).get("value")
            if v is not None and f is MetaField.DATE:
                v = dt.date.fromisoformat(v)
            values[f.value] = v
        return cls(doc_id=rec["doc_id"], editor=rec.get("editor", ""), updated=rec.get("updated", ""), **values)


def check_meta_record(rec: Any) -> None:
    """ValueError unless ``rec`` is a stored metadata record::

        {"doc_id": "...", "fields": {"outlet": {"value": "..." | null, "at": "<ISO>", "by": "ana"},
         "title": {...}, "date": {"value": "YYYY-MM-DD" | null, ...}}, "editor": "...", "updated": "..."}

    A field whose value is null was cleared (kept, so the clearing reaches other copies)."""
    if not isinstance(rec, dict):
        raise ValueError("metadata record is not an object")
    if not isinstance(rec.get("doc_id"), str) or not rec["doc_id"]:
        raise ValueError("metadata record without a doc_id")
    fields = rec.get("fields", {})
    if not isinstance(fields, dict):
        raise ValueError("metadata 'fields' is not an object")
    for name, f in fields.items():
        try:
            which = MetaField(name)
        except ValueError:
            raise ValueError(f"unknown metadata field {name!r}") from None
        if not isinstance(f, dict) or not isinstance(f.get("at", ""), str) or not isinstance(f.get("by", ""), str):
            raise ValueError(f"bad metadata field {name!r}")
        v = f.get("value")
        if v is None:
            continue
        if not isinstance(v, str):
            raise ValueError(f"metadata field {name!r} is not a string")
        if which is MetaField.DATE:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                raise ValueError(f"metadata date {v!r} is not a date") from None
    for k in ("editor", "updated"):
        if not isinstance(rec.get(k, ""), str):
            raise ValueError(f"metadata {k!r} is not a string")


def meta_view(rec: dict | None) -> dict[str, str | None]:
    """Field -> corrected value (None: not corrected) of a metadata record, comparable between two."""
    fields = (rec or {}).get("fields") or {}
    return {f.value: (fields.get(f.value) or {}).get("value") for f in META_FIELDS}


def _meta_empty(rec: dict | None) -> bool:
    return all(v is None for v in meta_view(rec).values())


# ---------------------------------------------------------------------------- records


def _user_view(rec: dict | None) -> dict:
    """What an editor changes in an annotation, comparable between two records."""
    if rec is None:
        return {"note": "", "evidence": (), "verdicts": {}, "adjudication": None}
    verdicts = {}
    raw = rec.get("verdicts")
    if raw is None:  # schema 1
        if rec.get("status"):
            verdicts[rec.get("editor") or UNKNOWN_EDITOR] = rec["status"]
    else:
        verdicts = {e: v.get("status") for e, v in raw.items() if v.get("status") is not None}
    adj = rec.get("adjudication")
    return {
        "note": rec.get("note", ""),
        "evidence": tuple(evidence_key(e) for e in rec.get("evidence", [])),
        "verdicts": verdicts,
        "adjudication": (adj.get("status"), adj.get("reason", "")) if adj and adj.get("status") is not None else None,
    }


def _finish(rec: dict, required: int) -> dict:
    """Set the derived fields (final ``status`` and ``review``) of a schema-2 record in place."""
    ann = Annotation.from_dict({**rec, "review": None})
    final, review = derive(ann.verdicts, ann.adjudication, required)
    rec["status"] = final
    rec["review"] = str(review)
    return rec


def _copy_record(rec: dict) -> dict:
    """A schema-2 copy of a stored record, safe to change (the stored one never is)."""
    out = normalise(rec)
    out["verdicts"] = {e: dict(v) for e, v in out["verdicts"].items()}
    return out


def _empty(rec: dict) -> bool:
    view = _user_view(rec)
    return not (view["note"] or view["evidence"] or view["verdicts"] or view["adjudication"])


class AnnotationStore:
    """Use ``AnnotationStore.open``. Safe to call from several threads (a lock)."""

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
        #: the presence lock held while open for writing (see ``store.lock``)
        self._lock = lock
        self._mutex = threading.RLock()
        self._closed = False
        #: the damaged journal line this store was opened despite (read-only), or None
        self.damage: JournalDamage | None = None
        # indexes, rebuilt from the tables; changed only after a successful commit or catch-up
        self._by_aid: dict[str, tuple[str, int]] = {}
        self._place_aid: dict[tuple[str, int], str] = {}
        self._by_claim: dict[str, str] = {}
        self._live: set[str] = set()  # annotations that hold something (len() of the store)
        self._next_ids: dict[str, int] = {}
        self._doc_ids: dict[str, int] = {}
        self._meta_ids: dict[str, int] = {}  # document id -> its metadata record's key
        self._hist: list[list] = []  # [seq, tid, undone, editor, local] in seq order
        self._batch: Batch | None = None  # the batch being made (see :meth:`batch`)
        self._settings = ProjectSettings()
        self._pending: list[Changes] = []
        self._watcher: _Watcher | None = None
        storage.listeners.append(self._pending.append)
        self._rebuild_indexes(progress)

    # -- opening and closing

    @classmethod
    def open(cls, path: str | Path, *, editor: str, read_only: bool = False,
             compact_bytes: int = DEFAULT_COMPACT_BYTES, allow_damaged: bool | None = None,
             progress: ProgressFn | None = None, idle_seconds: float = 1.0,
             child_compaction_bytes: int | None = None) -> AnnotationStore:
        """Open (creating if missing) the store at ``path``. See the module doc.

        Any number of stores (in this process or others) may have one file open for writing.

        ``progress`` (any thread's callable) hears how far the open got, as
        :class:`store.storage.OpenProgress` (stage, done, total) a few times a second: reading,
        parsing (bytes), replaying (journal lines), checking and indexing (records). Call this in
        a worker thread: the open of a large store yields the interpreter to other threads every
        few milliseconds, so the event loop stays responsive while it runs. ``idle_seconds``:
        how long without a change before the background compaction runs (see ``store.storage``);
        ``child_compaction_bytes``: from what snapshot size a helper process writes it (default 4 MB).

        ``path`` may be a symbolic link: it is resolved once and the target is the store (its
        journal and locks sit beside the target). Anything but a regular file or a missing path
        is refused before it is opened (a folder, a device, a FIFO, a socket): StoreError.

        A damaged journal line (see ``store.storage.parse_journal``): asked for writing, the
        store opens read-only with what precedes the damage and ``read_only_reason`` and
        ``damage`` say where it is (so the desk still shows what is verifiably saved); asked
        read-only, it raises JournalDamaged, so a tool that copies the store elsewhere (an
        export) never silently holds less than was saved. ``allow_damaged`` overrides either.
        Repeated annotation ids raise DuplicateIds (``store.repair`` fixes both). A store being
        repaired opens read-only, saying so.
        """
        path = checked_store_path(path)
        if allow_damaged is None:
            allow_damaged = not read_only
        try:
            large = os.stat(path).st_size >= GC_PAUSE_BYTES
        except OSError:
            large = False
        if not read_only:
            cls._prepare_folder(path)
        extra = {} if child_compaction_bytes is None else {"child_compaction_bytes": child_compaction_bytes}
        with gc_paused(large):
            return cls._open(path, editor=editor, read_only=read_only, compact_bytes=compact_bytes,
                             allow_damaged=allow_damaged, progress=progress, idle_seconds=idle_seconds, extra=extra)

    @classmethod
    def _open(cls, path: Path, *, editor: str, read_only: bool, compact_bytes: int, allow_damaged: bool,
              progress: ProgressFn | None, idle_seconds: float, extra: dict[str, Any]) -> AnnotationStore:
        storage: JournalStorage | None = None
        lock: StoreLock | None = None
        reason = ""
        try:
            append = None if read_only else AppendLock(Path(os.path.abspath(str(path) + ".lock")))
            db = JournalDB(str(path), storage=JournalStorage, read_only=read_only, compact_bytes=compact_bytes,
                           progress=progress, idle_seconds=idle_seconds, append_lock=append, **extra)
            assert isinstance(db.storage, JournalStorage)
            storage = db.storage
            damage = storage.damage
            if damage is not None:
                why = f"{damage.describe()}; {REPAIR_HINT.format(path=path)}"
                if not allow_damaged:
                    raise JournalDamaged(why, path=path, damage=damage)
                if not read_only:  # never written over the damage: read-only until repaired
                    read_only = storage.read_only = True
                    storage._append_lock = None
                    reason = why
                elif not reason:
                    reason = why
            cls._check_content(path, db, progress)
            if not read_only:  # the store is ours to write: say we have it open (after the checks: a
                # refused store gets no new file beside it)
                lock = cls._take_presence(path)
                if lock is None:
                    read_only = storage.read_only = True
                    storage._append_lock = None
                    reason = f"{path} is being repaired by another program; reopen it when that is done"
            if not read_only:
                try:
                    storage.open_for_writing()
                except FileRefused as e:  # the lock file is not a regular file
                    raise StoreError(f"{e.filename}: {e.reason}", path=e.filename, reason=e.reason) from None
            store = cls(path, db, storage, editor=editor, read_only=read_only, read_only_reason=reason,
                        lock=lock, lock_pid=None, progress=progress)
            store.damage = damage
        except BaseException:
            if storage is not None:
                storage._close_fd()  # no compaction: it may not be ours to rewrite
                if storage._append_lock is not None:
                    storage._append_lock.close()
                storage._closed = True
            if lock is not None:
                lock.release()
            raise
        if not read_only:
            try:
                store._upgrade_meta()
            except BaseException:
                store.close()
                raise
        return store

    @staticmethod
    def _prepare_folder(path: Path) -> None:
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path}: cannot create its folder {parent} ({e.strerror or e})", path=path) from None
        if not os.access(parent, os.W_OK | os.X_OK):
            raise StoreError(f"{path}: cannot write in its folder {parent} (Permission denied); "
                             "open it read-only to look", path=path)

    @staticmethod
    def _take_presence(path: Path) -> StoreLock | None:
        parent = path.parent
        for name in (".lock", ".writers"):  # both lock files must be ours to use
            lock_path = Path(os.path.abspath(str(path) + name))
            try:
                lock = StoreLock(lock_path, shared=True)
                got = lock.acquire()
            except FileRefused as e:
                raise StoreError(f"{lock_path}: {e.reason}", path=lock_path, reason=e.reason) from None
            except OSError as e:
                raise StoreError(f"{path}: cannot write in its folder {parent} ({e.strerror or e})",
                                 path=path) from None
            if name == ".lock":
                lock.release()  # only checked here; the storage takes it per append
                if not got:
                    continue  # an append in progress, or an older claimdesk: the append waits its turn
            else:
                return lock if got else None
        return None

    def _upgrade_meta(self) -> None:
        """Create the meta record of a new store, or move a schema-1 store to schema 2 (its
        records are read as schema 2 and written so as they change)."""
        with self._mutex, self._storage.exclusive():
            self._absorb()
            meta = self._db.table(META)
            rec = meta.record(1)
            if rec is None:
                new = {"schema_version": SCHEMA_VERSION, "created": utc_now(), "app": "claimdesk",
                       "settings": ProjectSettings().to_dict()}
            elif rec.get("schema_version", 1) < SCHEMA_VERSION:
                new = {**rec, "schema_version": SCHEMA_VERSION, "migrated_from": rec.get("schema_version", 1),
                       "migrated": utc_now(), "settings": rec.get("settings") or ProjectSettings().to_dict()}
            else:
                return
            with self._tx():
                meta.put(1, new)
            self._load_settings()

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
            try:
                ProjectSettings.from_dict(rec.get("settings"))
            except ValueError as e:
                raise CorruptStore(f"{path}: not an annotation store (its settings: {e})", path=path) from None
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
                    elif name == DOC_META:
                        check_meta_record(rec)
                except (ValueError, TypeError) as e:
                    raise CorruptStore(f"{path}: not an annotation store (table {name!r}, record {key}: {e})",
                                       path=path) from None
        pace.done(total)
        dups = {aid: sorted(where, key=_place_key) for aid, where in places.items() if len(where) > 1}
        if dups:
            raise DuplicateIds(duplicate_ids_message(path, dups), path=path, ids=dups)

    def close(self) -> None:
        """Stop watching, compact (atomically) and let go of the locks. Never loses a change: each
        is already durable."""
        watcher = self._watcher
        if watcher is not None:
            watcher.stop()
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
        time, while other threads and other processes write (they are held up only for the two
        short steps, see ``store.storage``). Raises SaveError if the disk refuses; nothing is
        lost then either."""
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

    # -- other writers

    def refresh(self) -> StoreChanges:
        """Apply the changes other writers (other desks on this store) made since we last looked.

        Cheap when nothing changed (two ``stat`` calls). Returns which claims changed, so a desk
        patches only those rows."""
        with self._mutex:
            if self._closed:
                return StoreChanges()
            self._storage.refresh()
            return self._absorb()

    def watch(self, on_change: Callable[[StoreChanges], None], interval: float = 0.2) -> None:
        """Call ``on_change(changes)`` from a thread of the store's whenever another writer's
        changes have been applied (see :meth:`refresh`), checking every ``interval`` seconds.
        ``on_change`` runs in that thread: a desk posts a message to its event loop from it.
        One watcher per store; :meth:`unwatch` or :meth:`close` stops it."""
        self.unwatch()
        self._watcher = _Watcher(self, on_change, interval)

    def unwatch(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()

    def _absorb(self) -> StoreChanges:
        """Bring the indexes up to date with what catch-ups (ours or the compactor's) applied."""
        if not self._pending:
            return StoreChanges()
        batch = Changes()
        while self._pending:
            batch.merge(self._pending.pop(0))
        if batch.reloaded:
            self._rebuild_indexes()
            self._next_ids.clear()
            every_doc = frozenset(self._doc_ids) | frozenset(self._meta_ids)
            return StoreChanges(frozenset(self._by_claim), reloaded=True, history=True, settings=True,
                                documents=every_doc)
        claims: set[str] = set()
        docs: set[str] = set()
        history = settings = documents = False
        touched = set(batch.records) | batch.tables
        for name in touched:
            self._next_ids.pop(name, None)
            if name == HISTORY:
                history = True
            elif name == META:
                settings = True
            elif name == DOCUMENTS:
                documents = True
                docs |= self._changed_ids(DOCUMENTS, batch, self._doc_ids)
            elif name == DOC_META:
                docs |= self._changed_ids(DOC_META, batch, self._meta_ids)
                self._meta_ids = self._index_metas()
            elif name.startswith(DOC_PREFIX):
                if name in batch.tables:
                    keys: Iterable[str] = {str(k) for (t, k) in self._place_aid if t == name} | set(
                        self._db.table(name).records())
                else:
                    keys = batch.records[name]
                for key in keys:
                    claims |= self._reindex_place(name, int(key))
        if history:
            self._rebuild_history()
        if settings:
            self._load_settings()
        if documents:
            self._doc_ids = {rec["id"]: int(k) for k, rec in self._db.table(DOCUMENTS).records().items()}
        return StoreChanges(frozenset(claims), history=history, settings=settings, documents=frozenset(docs))

    def _changed_ids(self, table: str, batch: Changes, known: dict[str, int]) -> set[str]:
        """The document ids of the records of ``table`` (documents or their metadata) a catch-up
        changed: what the records say now, and what they said before (``known``: id -> key)."""
        key_name = "id" if table == DOCUMENTS else "doc_id"
        records = self._db.table(table).records()
        keys = set(records) if table in batch.tables else {str(k) for k in batch.records.get(table, ())}
        out = {rec[key_name] for k, rec in records.items() if k in keys and isinstance(rec.get(key_name), str)}
        if table in batch.tables:
            out |= set(known)
        else:
            out |= {doc_id for doc_id, k in known.items() if str(k) in keys}
        return out

    def _index_metas(self) -> dict[str, int]:
        return {rec["doc_id"]: int(k) for k, rec in self._db.table(DOC_META).records().items()}

    def _reindex_place(self, table: str, tid: int) -> set[str]:
        """Index the record now at ``(table, tid)`` (put or deleted by another writer); returns
        the claims whose annotation that changed."""
        claims = set()
        old_aid = self._place_aid.pop((table, tid), None)
        if old_aid is not None:
            self._live.discard(old_aid)
            if self._by_aid.get(old_aid) == (table, tid):
                del self._by_aid[old_aid]
            for cid, aid in list(self._by_claim.items()):
                if aid == old_aid:
                    del self._by_claim[cid]
                    claims.add(cid)
        rec = self._db.table(table).record(tid)
        if rec is not None:
            aid = rec["id"]
            self._by_aid[aid] = (table, tid)
            self._place_aid[(table, tid)] = aid
            if not _empty(rec):
                self._live.add(aid)
            if not rec.get("orphan"):
                self._by_claim[rec["claim_id"]] = aid
            claims.add(rec["claim_id"])
        return claims

    # -- reading

    def get(self, claim_id: str) -> Annotation | None:
        """The annotation on a claim (None when there is none, or it holds nothing any more)."""
        with self._mutex:
            self._absorb()
            rec = self._claim_record(claim_id)
            if rec is None or _empty(rec):
                return None
            return Annotation.from_dict(rec)

    def _claim_record(self, claim_id: str) -> dict | None:
        aid = self._by_claim.get(claim_id)
        return self._record(aid) if aid is not None else None

    def annotations(self, doc_id: str | None = None) -> list[Annotation]:
        """Every annotation that is attached to a claim and holds something (optionally of one document)."""
        return [a for a in self._all(doc_id) if not a.orphan and not a.is_empty]

    def orphans(self, doc_id: str | None = None) -> list[Annotation]:
        """Annotations whose text could not be found again. Kept, never dropped."""
        return [a for a in self._all(doc_id) if a.orphan and not a.is_empty]

    def all_records(self) -> list[dict]:
        """Every stored annotation record, cleared ones included (what import and sync merge)."""
        with self._mutex:
            self._absorb()
            return [rec for name in sorted(self._annotation_tables()) for rec in self._db.table(name).records().values()]

    def _annotation_tables(self) -> list[str]:
        return [n for n in self._db.tables() if n.startswith(DOC_PREFIX)]

    def _all(self, doc_id: str | None) -> list[Annotation]:
        with self._mutex:
            self._absorb()
            names = [DOC_PREFIX + doc_id] if doc_id is not None else sorted(self._annotation_tables())
            out = []
            for name in names:
                for rec in self._db.table(name).records().values():
                    out.append(Annotation.from_dict(rec))
            return out

    def __len__(self) -> int:
        """How many annotations hold something (orphans included)."""
        with self._mutex:
            self._absorb()
            return len(self._live)

    def __bool__(self) -> bool:
        return True  # a store is a store, empty or not

    def documents(self) -> list[dict]:
        """The documents this store has seen (id, path, hash, outlet, title, date)."""
        with self._mutex:
            self._absorb()
            return [dict(r) for r in self._db.table(DOCUMENTS).records().values()]

    @property
    def schema_version(self) -> int:
        for rec in self._db.table(META).records().values():
            if "schema_version" in rec:
                return rec["schema_version"]
        return SCHEMA_VERSION

    @property
    def project(self) -> str:
        """The project's name for sync (set by the first sync), or ""."""
        rec = self._db.table(META).record(1) or {}
        p = rec.get("project", "")
        return p if isinstance(p, str) else ""

    # -- verdicts and the second check

    def settings(self) -> ProjectSettings:
        with self._mutex:
            self._absorb()
            return self._settings

    def update_settings(self, *, required_verdicts: int | None = None,
                        leads: Iterable[str] | None = None) -> ProjectSettings:
        """Change how the project reviews claims; every annotation's final verdict follows."""
        with self._mutex:
            self._refuse_in_batch("change the project's settings")
            self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                cur = self._settings
                new = ProjectSettings(cur.required_verdicts if required_verdicts is None else required_verdicts,
                                      cur.leads if leads is None else tuple(leads), utc_now())
                ProjectSettings.from_dict(new.to_dict())  # validates
                if (new.required_verdicts, new.leads) == (cur.required_verdicts, cur.leads):
                    return cur
                self._write_settings(new)
                return new

    def _write_settings(self, new: ProjectSettings, meta_extra: dict | None = None) -> None:
        """Store ``new`` and re-derive every final verdict, in one transaction (caller holds
        the storage)."""
        puts: dict[str, dict[int, dict]] = {}
        for name in self._annotation_tables():
            for key, rec in self._db.table(name).records().items():
                done = _finish(_copy_record(rec), new.required_verdicts)
                if (done["status"], done["review"]) != (rec.get("status"), rec.get("review")):
                    puts.setdefault(name, {})[int(key)] = done
        meta = self._db.table(META)
        rec = dict(meta.record(1) or {"schema_version": SCHEMA_VERSION, "created": utc_now(), "app": "claimdesk"})
        rec["settings"] = new.to_dict()
        rec.update(meta_extra or {})
        with self._tx():
            meta.put(1, rec)
            for name, changes in puts.items():
                self._db.table(name).apply(changes, ())
        self._settings = new

    def _load_settings(self) -> None:
        rec = self._db.table(META).record(1) or {}
        try:
            self._settings = ProjectSettings.from_dict(rec.get("settings"))
        except ValueError:
            self._settings = ProjectSettings()

    def review(self, claim_id: str, editor: str | None = None) -> Review:
        """The claim's review as ``editor`` (default: this store's) may see it: during a second
        check an editor sees the others' verdicts only once they gave their own (a lead always)."""
        who = self.editor if editor is None else editor
        with self._mutex:
            self._absorb()
            settings = self._settings
            rec = self._claim_record(claim_id)
            ann = Annotation.from_dict(rec) if rec is not None else None
            if ann is None:
                return Review(claim_id, ReviewState.UNTAGGED, None, None, {}, 0, None, settings.required_verdicts)
            live = ann.live_verdicts()
            mine = live.pop(who, None)
            blind = (settings.required_verdicts >= 2 and mine is None and who not in settings.leads
                     and ann.review is not ReviewState.ADJUDICATED)
            return Review(claim_id, ann.review, ann.status, mine, {} if blind else live, len(live) if blind else 0,
                          ann.adjudication, settings.required_verdicts)

    def disagreements(self) -> list[Annotation]:
        """Annotations whose editors gave different verdicts and no lead has settled yet."""
        return [a for a in self.annotations() if a.review is ReviewState.DISAGREEMENT]

    def verdict_table(self) -> dict[str, dict[str, str]]:
        """Claim id -> editor -> verdict, over every annotated claim (for agreement statistics)."""
        return {a.claim_id: a.live_verdicts() for a in self.annotations() if a.live_verdicts()}

    def editors(self) -> list[str]:
        """Every editor with a verdict in the store."""
        return sorted({e for a in self.annotations() for e in a.live_verdicts()})

    # -- editing

    def set_status(self, claim: Claim, doc: Document, status: str | None) -> Annotation:
        """Give this editor's verdict on the claim, ``"corroborated"`` or ``"disputed"``, or
        withdraw it with None. Other editors' verdicts stay as they are."""
        status = _checked_status(status)

        def change(rec: dict, now: str) -> None:
            rec["verdicts"][self.editor] = {"status": status, "at": now}

        what = f"tag {status}" if status else "clear tag"
        return self._edit(claim, doc, change, f"{what} on {snippet(claim.text)}")

    set_verdict = set_status

    def adjudicate(self, claim: Claim, doc: Document, status: str | None, reason: str) -> Annotation:
        """A lead's final verdict on the claim, with the reason (None withdraws it). When the
        project names leads, only they may; NotAllowed otherwise."""
        status = _checked_status(status)
        if not isinstance(reason, str) or (status is not None and not reason.strip()):
            raise ValueError("an adjudication needs a reason")
        with self._mutex:
            leads = self.settings().leads
            if leads and self.editor not in leads:
                raise NotAllowed(f"only a lead ({', '.join(leads)}) can settle a claim; {self.editor} is not one",
                                 path=self.path)

            def change(rec: dict, now: str) -> None:
                rec["adjudication"] = {"status": status, "reason": reason.strip(), "by": self.editor, "at": now}

            what = f"settle as {status}" if status else "withdraw the adjudication"
            return self._edit(claim, doc, change, f"{what} on {snippet(claim.text)}")

    def set_note(self, claim: Claim, doc: Document, note: str) -> Annotation:
        if not isinstance(note, str):
            raise TypeError("note must be a string")

        def change(rec: dict, now: str) -> None:
            rec["note"], rec["note_at"], rec["note_by"] = note, now, self.editor

        what = "edit note" if note else "clear note"
        return self._edit(claim, doc, change, f"{what} on {snippet(claim.text)}")

    def add_evidence(self, claim: Claim, doc: Document, ev: Evidence) -> Annotation:
        if not isinstance(ev, Evidence):
            raise TypeError("ev must be an Evidence")

        def change(rec: dict, now: str) -> None:
            key = ev.key
            if any(evidence_key(e) == key for e in rec["evidence"]):
                return
            rec["evidence"] = [*rec["evidence"], {**ev.content(), "at": now, "by": self.editor}]
            rec["evidence_removed"] = {k: v for k, v in rec["evidence_removed"].items() if k != key}

        what = f"add {ev.relation} evidence" if ev.kind == "claim" else "add source"
        return self._edit(claim, doc, change, f"{what} to {snippet(claim.text)}")

    def remove_evidence(self, claim: Claim, doc: Document, index: int) -> Annotation:
        """Remove the ``index``-th evidence item (as ``get(claim.id).evidence`` lists them)."""
        with self._mutex:
            current = self.get(claim.id)
            count = len(current.evidence) if current else 0
            if not -count <= index < count:
                raise IndexError(f"no evidence #{index} on this claim (it has {count})")
            assert current is not None
            key = current.evidence[index].key

            def change(rec: dict, now: str) -> None:
                rec["evidence"] = [e for e in rec["evidence"] if evidence_key(e) != key]
                rec["evidence_removed"] = {**rec["evidence_removed"], key: now}

            return self._edit(claim, doc, change, f"remove evidence from {snippet(claim.text)}")

    def _edit(self, claim: Claim, doc: Document, change: Callable[[dict, str], None], desc: str) -> Annotation:
        with self._mutex:
            self._check_writable()
            with self._storage.exclusive():  # the append lock, and every other writer's change read first
                self._absorb()
                aid = self._by_claim.get(claim.id)
                before = self._record(aid) if aid else None
                tid: int | None
                if aid is not None and before is not None:
                    table, tid = self._by_aid[aid]
                    rec = _copy_record(before)
                else:
                    table, tid = DOC_PREFIX + doc.id, None
                    rec = self._new_record(claim, doc)
                now = utc_now()
                change(rec, now)
                if _user_view(rec) == _user_view(before):
                    return Annotation.from_dict(before or _finish(rec, self._settings.required_verdicts))
                rec["updated"] = now
                rec["editor"] = self.editor
                _finish(rec, self._settings.required_verdicts)
                if tid is None:
                    tid = self._new_id(table)
                self._commit_edit(table, tid, before, rec, desc)
                return Annotation.from_dict(rec)

    def _new_record(self, claim: Claim, doc: Document) -> dict:
        pos, quote = selectors_for(doc.text, claim.start, claim.end)
        if pos.end <= pos.start and claim.text:
            quote = TextQuote(claim.text)
        now = utc_now()
        return _copy_record(Annotation(
            id=os.urandom(8).hex(), claim_id=claim.id, doc_id=doc.id, doc_path=doc.path, doc_hash=doc_hash(doc),
            editor=self.editor, created=now, updated=now, position=pos, quote=quote,
        ).to_dict())

    def _commit_edit(self, table: str, tid: int, before: dict | None, after: dict, desc: str) -> None:
        """Write the annotation and its history entry as one durable transaction (caller holds
        the storage, see :meth:`_edit`). Inside a :meth:`batch` the record joins the batch
        instead: written with it, and undone with it."""
        aid = after["id"]
        if self._batch is not None:
            with self._tx():  # nested in the batch's transaction: committed with it
                self._db.table(table).put(tid, after)
            self._index_put(aid, table, tid, before, after)
            self._batch._add_item(aid, table, before, after)
            return
        item = {"aid": aid, "table": table, "before": before, "after": after}
        with self._tx():
            self._db.table(table).put(tid, after)
            staged = self._stage_history(desc, [item], [])
        # committed: now the indexes
        self._index_put(aid, table, tid, before, after)
        self._history_committed(staged)

    def _stage_history(self, desc: str, items: list[dict], metas: list[dict]) -> tuple[int, int, set[int]]:
        """Put this editor's history entry for ``items`` (annotations: aid, table, before, after)
        and ``metas`` (articles' metadata: doc_id, before, after) into the transaction open now,
        ending the redo branch and keeping at most HISTORY_MAX entries. Returns what
        :meth:`_history_committed` needs once the transaction is durable.

        An entry of one annotation is stored as it always was (``aid``, ``table``, ``before``,
        ``after``); an entry of several, or of metadata, lists them in ``items`` and ``metas``,
        with ``aid``/``table`` naming the first annotation and ``before``/``after`` left null."""
        who = self.editor
        mine = [e for e in self._hist if e[3] == who and e[4]]
        drop = [e[1] for e in mine if e[2]]  # a new edit ends the redo branch
        kept = [e for e in mine if not e[2]]
        trim = [e[1] for e in kept[: max(0, len(kept) + 1 - HISTORY_MAX)]]
        seq = (self._hist[-1][0] + 1) if self._hist else 1
        htid = self._new_id(HISTORY)
        entry: dict[str, Any] = {"seq": seq, "desc": desc, "undone": False, "at": utc_now(), "editor": who,
                                 "origin": str(Origin.LOCAL), "uid": os.urandom(8).hex()}
        if len(items) == 1 and not metas:
            entry.update(items[0])
        else:
            first = items[0] if items else {"aid": "", "table": ""}
            entry.update(aid=first["aid"], table=first["table"], before=None, after=None)
            if items:
                entry["items"] = items
            if metas:
                entry["metas"] = metas
        self._db.table(HISTORY).apply({htid: entry}, drop + trim)
        return seq, htid, set(drop) | set(trim)

    def _history_committed(self, staged: tuple[int, int, set[int]]) -> None:
        seq, htid, gone = staged
        self._hist = [e for e in self._hist if e[1] not in gone] + [[seq, htid, False, self.editor, True]]

    # -- several changes as one

    @contextlib.contextmanager
    def batch(self, desc: str) -> Iterator[Batch]:
        """Make many changes as one: ``with store.batch("tag the fact") as b: ...``.

        Every change made inside (tags, verdicts, notes, evidence, adjudications, articles'
        metadata; by this thread: others wait for the batch to end) is written when the block
        ends, as ONE fsynced journal line holding the records and ONE history entry, so one
        :meth:`undo` puts back every claim in it and one :meth:`redo` makes them again. It is
        all or nothing: an exception inside the block (a StoreError from a change, or any
        other) or a failed save leaves the store, in memory and on disk, as it was before the
        block, and is raised again. A batch that changed nothing writes nothing.

        The block holds the store's append lock (other desks' changes wait for it), so keep it
        to the changes themselves. ``b.desc`` may be changed inside it (the history shows the
        last one); ``b.claim_ids`` and ``b.doc_ids`` say what it changed so far. A batch inside
        a batch is part of the outer one. Undo, redo, merging and re-anchoring cannot run
        inside a batch (StoreError)."""
        if not isinstance(desc, str) or not desc.strip():
            raise ValueError("a batch needs a description (what the history will show)")
        with self._mutex:
            if self._batch is not None:
                yield self._batch
                return
            self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                b = Batch(desc.strip())
                self._batch = b
                try:
                    with self._tx():
                        yield b
                        self._batch = None
                        staged = b._stage(self)
                except BaseException:
                    # the transaction rolled the tables back; the indexes followed the changes
                    # made inside, so they are built again from the tables as they are now
                    self._batch = None
                    self._rebuild_indexes()
                    self._next_ids.clear()
                    raise
                b.committed = True
                if staged is not None:
                    self._history_committed(staged)

    def _refuse_in_batch(self, what: str) -> None:
        if self._batch is not None:
            raise StoreError(f"{self.path}: cannot {what} inside a batch of changes; end the batch first",
                             path=self.path)

    def set_statuses(self, items: Sequence[tuple[Claim, Document]], status: str | None) -> list[Annotation]:
        """Give this editor's verdict ``status`` (or withdraw it: None) on every claim of
        ``items``, as one :meth:`batch`: one journal line, one undo step (the desk's ``g``,
        which tags every claim of a fact). Returns each claim's annotation, in order. All or
        nothing: a failure leaves every claim as it was."""
        status = _checked_status(status)
        items = list(items)
        what = f"tag {status}" if status else "clear tag"
        if not items:
            return []
        own = self._batch is None  # inside another batch, that batch keeps its description
        with self.batch(f"{what} on {snippet(items[0][0].text)}") as b:
            out = [self.set_status(claim, doc, status) for claim, doc in items]
            texts = {c.id: c.text for c, _ in items}
            changed = [cid for cid in b.claim_ids if cid in texts]
            if own and changed:
                more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
                many = f"{len(changed)} claims: " if len(changed) > 1 else ""
                b.desc = f"{what} on {many}{snippet(texts[changed[0]])}{more}"
        return out

    # -- articles' metadata

    def document_meta(self, doc_id: str) -> DocumentMeta | None:
        """The editors' corrections of an article's outlet, title and date, or None when there are none."""
        with self._mutex:
            self._absorb()
            rec = self._meta_record(doc_id)
            if rec is None or _meta_empty(rec):
                return None
            return DocumentMeta.from_record(rec)

    def document_metas(self) -> dict[str, DocumentMeta]:
        """Document id -> its corrections, for every article an editor corrected."""
        with self._mutex:
            self._absorb()
            out = {}
            for rec in self._db.table(DOC_META).records().values():
                if not _meta_empty(rec):
                    out[rec["doc_id"]] = DocumentMeta.from_record(rec)
            return out

    def meta_records(self) -> list[dict]:
        """Every stored metadata record, cleared fields included (what export, import and sync carry)."""
        with self._mutex:
            self._absorb()
            return list(self._db.table(DOC_META).records().values())

    def apply_metas(self, docs: Iterable[Document]) -> list[Document]:
        """``docs`` with the editors' corrections applied (each a new Document where corrected)."""
        metas = self.document_metas()
        return [metas[d.id].apply(d) if d.id in metas else d for d in docs]

    def _meta_record(self, doc_id: str) -> dict | None:
        tid = self._meta_ids.get(doc_id)
        return self._db.table(DOC_META).record(tid) if tid is not None else None

    def set_document_meta(self, doc: Document, *, outlet: str | Clear | None = None, title: str | Clear | None = None,
                          date: dt.date | str | Clear | None = None) -> DocumentMeta:
        """Correct an article's outlet, title or date (the desk's ``m``: the loader guessed wrong).

        None leaves a field as it is; ``""`` or :data:`CLEAR` takes this field's correction
        away (the loader's value shows again). A value equal to what the article shows now
        changes nothing. An outlet or title is one line of plain text (stripped) of at most
        200 or 500 characters; a date is a ``date`` or ``"YYYY-MM-DD"``: anything else raises
        :class:`MetaRefused` (a StoreError naming the field) and nothing is written.

        One durable journal line and one history entry (undo puts the previous values back);
        other desks see it in ``StoreChanges.documents``; sync, import and every export carry
        it. Returns the article's corrections now (:class:`DocumentMeta`, empty when none)."""
        if not isinstance(doc, Document):
            raise TypeError("doc must be a Document")
        wanted: dict[MetaField, str | None] = {}
        for f, value in ((MetaField.OUTLET, outlet), (MetaField.TITLE, title), (MetaField.DATE, date)):
            if value is None:
                continue
            if isinstance(value, Clear) or value == "":
                wanted[f] = None
            elif f is MetaField.DATE:
                wanted[f] = checked_meta_date(value).isoformat()
            else:
                wanted[f] = checked_meta_text(value, f) or None
        with self._mutex:
            self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                tid = self._meta_ids.get(doc.id)
                before = self._meta_record(doc.id)
                now_view = meta_view(before)
                loader = {MetaField.OUTLET: doc.outlet, MetaField.TITLE: doc.title,
                          MetaField.DATE: doc.date.isoformat() if doc.date else None}
                changes: dict[MetaField, str | None] = {}
                for f, value in wanted.items():
                    current = now_view[f.value]
                    shown = current if current is not None else (loader[f] or None)
                    if value is None and current is None:
                        continue  # nothing to take away
                    if value is not None and value == shown:
                        continue  # what the article shows already
                    changes[f] = value
                if not changes:
                    return DocumentMeta.from_record(before) if before is not None else DocumentMeta(doc.id)
                now = utc_now()
                fields: dict[str, dict] = dict((before or {}).get("fields") or {})
                for f, value in changes.items():
                    fields[f.value] = {"value": value, "at": now, "by": self.editor}
                after = {"doc_id": doc.id, "fields": fields, "editor": self.editor, "updated": now}
                if tid is None:
                    tid = self._new_id(DOC_META)
                cleared = all(v is None for v in changes.values())
                names = " and ".join(f.value for f in changes)
                label = snippet(doc.title or Path(doc.path).name or doc.id)
                desc = f"{'clear the corrected' if cleared else 'correct the'} {names} of {label}"
                self._commit_meta(tid, before, after, desc)
                return DocumentMeta.from_record(after)

    def _commit_meta(self, tid: int, before: dict | None, after: dict, desc: str) -> None:
        """Write one article's metadata record with its history entry (or into the batch)."""
        doc_id = after["doc_id"]
        if self._batch is not None:
            with self._tx():
                self._db.table(DOC_META).put(tid, after)
            self._meta_ids[doc_id] = tid
            self._batch._add_meta(doc_id, before, after)
            return
        with self._tx():
            self._db.table(DOC_META).put(tid, after)
            staged = self._stage_history(desc, [], [{"doc_id": doc_id, "before": before, "after": after}])
        self._meta_ids[doc_id] = tid
        self._history_committed(staged)

    # -- undo / redo

    def _mine(self) -> list[list]:
        return [e for e in self._hist if e[3] == self.editor and e[4]]

    @property
    def can_undo(self) -> bool:
        with self._mutex:
            self._absorb()
            return any(not e[2] for e in self._mine())

    @property
    def can_redo(self) -> bool:
        with self._mutex:
            self._absorb()
            return any(e[2] for e in self._mine())

    def history(self) -> list[str]:
        """What this editor can undo, oldest first; entries that were undone (and can be redone) say so."""
        with self._mutex:
            self._absorb()
            hist = self._db.table(HISTORY)
            out = []
            for e in self._mine():
                rec = hist.record(e[1]) or {}
                out.append(("undone: " if e[2] else "") + rec.get("desc", "?"))
            return out

    def history_entries(self, limit: int | None = None) -> list[HistoryEntry]:
        """Every editor's history (imports and syncs included, and the revisions a sync kept in
        it), newest first."""
        with self._mutex:
            self._absorb()
            hist = self._db.table(HISTORY)
            out = []
            for e in reversed(self._hist):
                rec = hist.record(e[1]) or {}
                try:
                    origin = Origin(rec.get("origin", "local"))
                except ValueError:
                    origin = Origin.LOCAL
                claim_ids = tuple(dict.fromkeys(
                    cid for item in entry_items(rec)
                    if (cid := (item.get("after") or item.get("before") or {}).get("claim_id", ""))))
                doc_ids = tuple(m["doc_id"] for m in entry_metas(rec))
                out.append(HistoryEntry(e[0], rec.get("desc", "?"), rec.get("editor", ""), rec.get("at", ""),
                                        bool(e[2]), origin, claim_ids[0] if claim_ids else "", claim_ids, doc_ids))
                if limit is not None and len(out) >= limit:
                    break
            return out

    def undo(self) -> HistoryStep | None:
        """Undo this editor's last change (every claim of a batch); returns what it put back
        (a :class:`HistoryStep`, also the string ``"undo: <what>"``) or None when there is
        nothing to undo."""
        with self._mutex:
            self._refuse_in_batch("undo")
            self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                done = [e for e in self._mine() if not e[2]]
                if not done:
                    return None
                return self._travel(done[-1], undone=True)

    def redo(self) -> HistoryStep | None:
        """Make again the change this editor undid last (see :meth:`undo`); None when there is none."""
        with self._mutex:
            self._refuse_in_batch("redo")
            self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                undone = [e for e in self._mine() if e[2]]
                if not undone:
                    return None
                return self._travel(undone[0], undone=False)

    def _travel(self, hentry: list, *, undone: bool) -> HistoryStep:
        """Put back what one history entry changed (only that: another editor's verdict or
        correction given since stays), stamped now, as one durable transaction."""
        hist = self._db.table(HISTORY)
        htid = hentry[1]
        entry = hist.record(htid)
        if entry is None:  # the indexes are built from this table: it cannot be missing
            raise StoreError(f"{self.path}: history entry {htid} is missing", path=self.path)
        now = utc_now()
        puts: list[tuple[str, str, int, dict | None, dict]] = []  # (aid, table, tid, current, new)
        for item in entry_items(entry):
            target, other = (item["before"], item["after"]) if undone else (item["after"], item["before"])
            aid = item["aid"]
            loc = self._by_aid.get(aid)
            current = self._record(aid) if loc else None
            table, tid = loc if loc else (item["table"], self._new_id(item["table"]))
            base = current if current is not None else (target or other)
            if base is None:
                continue
            new = _copy_record(base)
            _apply_view(new, _user_view(target), _user_view(other), target, now, self.editor)
            if current is None:
                owner = self._by_claim.get(new["claim_id"])
                if not new.get("orphan") and owner not in (None, aid):
                    new["orphan"] = True
                    new["orphan_reason"] = "its claim has another annotation"
            new["updated"] = now
            new["editor"] = self.editor
            _finish(new, self._settings.required_verdicts)
            puts.append((aid, table, tid, current, new))
        meta_puts: list[tuple[str, int, dict]] = []
        for m in entry_metas(entry):
            target, other = (m["before"], m["after"]) if undone else (m["after"], m["before"])
            doc_id = m["doc_id"]
            current = self._meta_record(doc_id)
            known = self._meta_ids.get(doc_id)
            tid = known if known is not None else self._new_id(DOC_META)
            new = {**(current or {"doc_id": doc_id}), "fields": dict((current or {}).get("fields") or {}),
                   "editor": self.editor, "updated": now}
            tv, ov = meta_view(target), meta_view(other)
            for f in META_FIELDS:
                if tv[f.value] != ov[f.value]:
                    new["fields"][f.value] = {"value": tv[f.value], "at": now, "by": self.editor}
            meta_puts.append((doc_id, tid, new))
        with self._tx():
            for _aid, table, tid, _cur, new in puts:
                self._db.table(table).put(tid, new)
            for _doc, tid, new in meta_puts:
                self._db.table(DOC_META).put(tid, new)
            hist.apply({htid: {**entry, "undone": undone}}, ())
        for aid, table, tid, current, new in puts:
            self._index_put(aid, table, tid, current, new)
        for doc_id, tid, _new in meta_puts:
            self._meta_ids[doc_id] = tid
        hentry[2] = undone
        claim_ids = tuple(dict.fromkeys(new["claim_id"] for *_, new in puts))
        return HistoryStep(entry["desc"], claim_ids, tuple(d for d, _, _ in meta_puts), "undo" if undone else "redo")

    # -- sync and re-anchoring

    def sync(self, analysis: Analysis) -> SyncReport:
        """Register the documents and re-anchor every annotation to the current text and claims.

        Computed on what the store holds now, then written under the append lock only where no
        other writer changed the record meanwhile. On a read-only store the result lives in
        memory only (enough for an export).
        """
        with self._mutex:
            if self._closed:
                raise StoreError(f"{self.path}: the store is closed", path=self.path)
            self._refuse_in_batch("re-anchor the annotations")
            self._absorb()
            report = SyncReport()
            by_doc: dict[str, list[Claim]] = {}
            claim_by_id: dict[str, Claim] = {}
            for c in analysis.claims:
                by_doc.setdefault(c.doc, []).append(c)
                claim_by_id[c.id] = c
            docs = {d.id: d for d in analysis.documents}

            reserved: dict[str, str] = {}
            pending: list[tuple[str, str, dict, Document]] = []
            puts: dict[str, dict[int, tuple[dict, dict]]] = {}  # table -> key -> (new, the record it replaces)
            for name in self._annotation_tables():
                doc = docs.get(name[len(DOC_PREFIX):])
                records = self._db.table(name).records()
                if doc is None:
                    report.absent += sum(1 for r in records.values() if not _empty(r))
                    continue
                h = doc_hash(doc)
                for key, rec in records.items():
                    same_claim = claim_by_id.get(rec["claim_id"])
                    pos = rec["position"]
                    if (not rec.get("orphan") and rec["doc_hash"] == h and same_claim is not None
                            and same_claim.doc == doc.id and (same_claim.start, same_claim.end) == (pos["start"], pos["end"])
                            and same_claim.id not in reserved):
                        reserved[same_claim.id] = rec["id"]
                        report.kept += not _empty(rec)
                        if rec.get("doc_path") != doc.path:
                            puts.setdefault(name, {})[int(key)] = ({**rec, "doc_path": doc.path}, rec)
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
                counts = not _empty(rec)
                if m is None or claim is None or claim.id in reserved:
                    new["orphan"] = True
                    new["orphan_reason"] = (
                        "its text is no longer in the document" if m is None
                        else "no claim at its text any more" if claim is None
                        else "its claim already has an annotation")
                    report.orphaned += counts
                else:
                    reserved[claim.id] = rec["id"]
                    p, q = selectors_for(doc.text, claim.start, claim.end)
                    same = (not rec.get("orphan") and claim.id == rec["claim_id"]
                            and (p.start, p.end) == (rec["position"]["start"], rec["position"]["end"]))
                    new.update(claim_id=claim.id, doc_path=doc.path, doc_hash=doc_hash(doc),
                               position=p.to_json(), quote=q.to_json(), orphan=False, orphan_reason="")
                    if same:
                        report.kept += counts
                    elif m.method == "fuzzy":
                        report.fuzzy += counts
                    else:
                        report.moved += counts
                if new != rec:
                    puts.setdefault(name, {})[int(key)] = (new, rec)

            if not self.read_only:
                self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                doc_puts = self._document_puts(analysis)
                report.documents = len(doc_puts)
                changes: dict[str, dict[int, dict]] = {}
                for name, by_key in puts.items():
                    live = self._db.table(name).records()
                    for k, (new, was) in by_key.items():
                        if live.get(str(k)) is was:  # not changed by another writer since we read it
                            changes.setdefault(name, {})[k] = new
                if changes or doc_puts:
                    with self._tx():
                        for name, recs in changes.items():
                            self._db.table(name).apply(recs, ())
                        if doc_puts:
                            self._db.table(DOCUMENTS).apply(doc_puts, ())
                    self._rebuild_indexes()
            return report

    def _document_puts(self, analysis: Analysis) -> dict[int, dict]:
        known = self._db.table(DOCUMENTS).records()
        next_doc = max((int(k) for k in known), default=0) + 1
        doc_puts: dict[int, dict] = {}
        for d in analysis.documents:
            drec = {"id": d.id, "path": d.path, "hash": doc_hash(d), "outlet": d.outlet, "title": d.title,
                    "date": d.date.isoformat() if d.date else None}
            tid = self._doc_ids.get(d.id)
            if tid is None:
                tid, next_doc = next_doc, next_doc + 1
            if known.get(str(tid)) != drec:
                doc_puts[tid] = drec
        return doc_puts

    # -- merging copies made elsewhere (store.importer, store.sync)

    @contextlib.contextmanager
    def merging(self) -> Iterator[Merger]:
        """Merge annotation records from another copy of the project into this store, as one
        transaction under the append lock (see :class:`Merger`)."""
        with self._mutex:
            self._refuse_in_batch("merge another copy")
            self._check_writable()
            with self._storage.exclusive():
                self._absorb()
                merger = Merger(self)
                with self._tx():
                    yield merger
                    merger._flush()
                if merger._puts:
                    self._rebuild_indexes()
                else:  # only bookkeeping changed (history, documents and their metadata, settings, sync state)
                    self._rebuild_history()
                    self._load_settings()
                    self._doc_ids = {rec["id"]: int(k) for k, rec in self._db.table(DOCUMENTS).records().items()}
                    self._meta_ids = self._index_metas()
                    self._next_ids.clear()

    # -- internals

    def _check_writable(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the store is closed", path=self.path)
        if self.read_only:
            if self.read_only_reason:
                raise StoreLocked(f"could not save: {self.read_only_reason}", path=self.path, pid=self.lock_pid)
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
            self._next_ids.clear()
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
            loc = self._by_aid.pop(aid, None)
            if loc is not None:
                self._place_aid.pop(loc, None)
            self._live.discard(aid)
            return
        self._by_aid[aid] = (table, tid)
        self._place_aid[(table, tid)] = aid
        if _empty(after):
            self._live.discard(aid)
        else:
            self._live.add(aid)
        if not after.get("orphan"):
            self._by_claim[after["claim_id"]] = aid

    def _rebuild_indexes(self, progress: ProgressFn | None = None) -> None:
        self._pending.clear()  # what they said is in the tables read below
        self._by_aid.clear()
        self._place_aid.clear()
        self._by_claim.clear()
        self._live.clear()
        self._doc_ids.clear()
        self._meta_ids.clear()
        names = sorted(self._db.tables())
        pace = _Pacer(progress, "indexing", len(names))
        for i, name in enumerate(names):
            pace.tick(i)
            records = self._db.table(name).records()
            if name.startswith(DOC_PREFIX):
                for key, rec in records.items():
                    place = (name, int(key))
                    self._by_aid[rec["id"]] = place
                    self._place_aid[place] = rec["id"]
                    if not _empty(rec):
                        self._live.add(rec["id"])
                    if not rec.get("orphan"):
                        have = self._by_claim.get(rec["claim_id"])
                        # two records on one claim (copies merged elsewhere): the one holding something wins
                        if have is None or (_empty(self._record(have) or {}) and not _empty(rec)):
                            self._by_claim[rec["claim_id"]] = rec["id"]
            elif name == DOCUMENTS:
                for key, rec in records.items():
                    self._doc_ids[rec["id"]] = int(key)
        self._meta_ids = self._index_metas()
        self._rebuild_history()
        self._load_settings()
        pace.done(len(names))

    def _rebuild_history(self) -> None:
        hist = self._db.table(HISTORY).records()
        self._hist = sorted([rec["seq"], int(key), bool(rec["undone"]), rec.get("editor", ""),
                             rec.get("origin", "local") == "local" and not rec.get("remote")]
                            for key, rec in hist.items())


class Batch:
    """The changes of one :meth:`AnnotationStore.batch` (what the ``with`` statement gives).

    ``desc``: what the history will show (may be changed inside the block); ``claim_ids`` and
    ``doc_ids``: the claims and articles changed so far; ``committed``: True once the block
    ended and the batch is durable."""

    def __init__(self, desc: str):
        self.desc = desc
        self.committed = False
        self._items: dict[str, dict] = {}  # aid -> {aid, table, before (first), after (last)}
        self._metas: dict[str, dict] = {}  # doc id -> {doc_id, before, after}

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i["after"]["claim_id"] for i in self._items.values()))

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(self._metas)

    def _add_item(self, aid: str, table: str, before: dict | None, after: dict) -> None:
        if aid in self._items:
            self._items[aid]["after"] = after
        else:
            self._items[aid] = {"aid": aid, "table": table, "before": before, "after": after}

    def _add_meta(self, doc_id: str, before: dict | None, after: dict) -> None:
        if doc_id in self._metas:
            self._metas[doc_id]["after"] = after
        else:
            self._metas[doc_id] = {"doc_id": doc_id, "before": before, "after": after}

    def _stage(self, store: AnnotationStore) -> tuple[int, int, set[int]] | None:
        """The batch's history entry, into the open transaction (None: nothing to undo)."""
        items = [i for i in self._items.values() if _user_view(i["before"]) != _user_view(i["after"])]
        metas = [m for m in self._metas.values() if meta_view(m["before"]) != meta_view(m["after"])]
        if not items and not metas:
            return None
        return store._stage_history(self.desc, items, metas)


def entry_items(entry: dict) -> list[dict]:
    """The annotations one history entry changed, each ``{"aid", "table", "before", "after"}``
    (an entry of one annotation holds them at its top level, a batch in ``items``)."""
    items = entry.get("items")
    if isinstance(items, list):
        return items
    if entry.get("before") is None and entry.get("after") is None:
        return []
    return [{"aid": entry.get("aid", ""), "table": entry.get("table", ""), "before": entry.get("before"),
             "after": entry.get("after")}]


def entry_metas(entry: dict) -> list[dict]:
    """The articles' metadata one history entry changed, each ``{"doc_id", "before", "after"}``."""
    metas = entry.get("metas")
    return metas if isinstance(metas, list) else []


class Merger:
    """Merges records from another copy of the project (an import, a sync) into a store.

    Use ``with store.merging() as m: m.merge(record, origin=..., source=...)``: each record is
    matched to a local one (same id, else same anchor, else same claim), merged field by field
    with :func:`store.merge.merge_records` (per-editor verdicts kept side by side, the later
    note, the union of evidence), and written only if that changes it; a note or adjudication
    the merge replaced is kept in a history entry. All of it is one durable transaction."""

    def __init__(self, store: AnnotationStore):
        self._store = store
        self._required = store._settings.required_verdicts
        self._puts: dict[str, dict[int, dict]] = {}
        #: (table, record key, before, after, origin, description[, a conflict's losing revision])
        self._hist: list[tuple] = []
        self._by_id: dict[str, tuple[str, int]] = dict(store._by_aid)
        self._anchors: dict[tuple, str] | None = None  # built when first needed
        self._by_claim: dict[str, str] = dict(store._by_claim)
        self._meta_ids: dict[str, int] = dict(store._meta_ids)
        self._meta_puts: dict[int, dict] = {}
        #: (doc id, before, after, origin, description) of the articles' corrections merged
        self._meta_hist: list[tuple[str, dict | None, dict, Origin, str]] = []
        self.added = 0
        self.changed = 0
        self.unchanged = 0
        self.metas_changed = 0  # articles whose corrections the merge changed

    @property
    def _by_anchor(self) -> dict[tuple, str]:
        if self._anchors is None:
            db = self._store._db
            self._anchors = {}
            for name in self._store._annotation_tables():
                for rec in db.table(name).records().values():
                    self._anchors.setdefault(anchor_of(rec), rec["id"])
        return self._anchors

    def current(self, aid: str) -> dict | None:
        loc = self._by_id.get(aid)
        if loc is None:
            return None
        staged = self._puts.get(loc[0], {}).get(loc[1])
        return staged if staged is not None else self._store._db.table(loc[0]).record(loc[1])

    def find(self, rec: dict) -> str | None:
        """The local annotation id a record from elsewhere is a copy of, or None."""
        aid = rec.get("id")
        if isinstance(aid, str) and aid in self._by_id:
            local = self.current(aid)
            if local is not None and local.get("doc_id") == rec.get("doc_id"):
                return aid
        found = self._by_anchor.get(anchor_of(rec))
        if found is not None:
            return found
        if not rec.get("orphan"):
            return self._by_claim.get(rec.get("claim_id", ""))
        return None

    def merge(self, incoming: dict, *, origin: Origin, source: str, local_aid: str | None = None) -> tuple[str, bool]:
        """Merge one record (either schema); returns (the local annotation id, whether the store
        changes). ValueError for a record that is not an annotation."""
        from store.merge import merge_records

        theirs = normalise(incoming)
        aid = local_aid if local_aid is not None and local_aid in self._by_id else self.find(theirs)
        store = self._store
        if aid is None:
            new = dict(theirs)
            if not new["id"] or new["id"] in self._by_id:
                new["id"] = os.urandom(8).hex()
            if not new["orphan"] and new["claim_id"] in self._by_claim:
                new["orphan"], new["orphan_reason"] = True, "its claim already has an annotation"
            table = DOC_PREFIX + (new["doc_id"] or "unknown")
            tid = store._new_id(table)
            _finish(new, self._required)
            self._stage(table, tid, new)  # nothing here was replaced: no history entry needed
            self.added += 1
            return new["id"], True
        table, tid = self._by_id[aid]
        local = self.current(aid)
        assert local is not None
        merged = _finish(merge_records(_copy_record(local), theirs), self._required)
        if merged == local:
            self.unchanged += 1
            return aid, False
        lost = []
        lv, mv = _user_view(local), _user_view(merged)
        if lv["note"] and lv["note"] != mv["note"]:
            lost.append("note")
        if lv["adjudication"] and lv["adjudication"] != mv["adjudication"]:
            lost.append("adjudication")
        what = f"kept the other copy's {' and '.join(lost)} (this one's is here)" if lost else "merged"
        self._stage(table, tid, merged)
        self._hist.append((table, tid, local, merged, origin,
                           f"{origin}: {source}: {what} on {snippet(merged['quote']['exact'])}"))
        self.changed += 1
        return aid, True

    def current_meta(self, doc_id: str) -> dict | None:
        """The article's corrections as they stand in this merge (staged or stored), or None."""
        tid = self._meta_ids.get(doc_id)
        if tid is None:
            return None
        staged = self._meta_puts.get(tid)
        return staged if staged is not None else self._store._db.table(DOC_META).record(tid)

    def merge_meta(self, incoming: dict, *, origin: Origin, source: str) -> bool:
        """Merge another copy's corrections of one article (field by field, the later wins:
        :func:`store.merge.merge_meta_records`); returns whether the store changes. ValueError
        for a record that is not one."""
        from store.merge import merge_meta_records

        check_meta_record(incoming)
        theirs = {k: incoming[k] for k in ("doc_id", "fields", "editor", "updated") if k in incoming}
        doc_id = theirs["doc_id"]
        local = self.current_meta(doc_id)
        merged = merge_meta_records(local, theirs) if local is not None else merge_meta_records(theirs, theirs)
        if merged == local:
            return False
        tid = self._meta_ids.get(doc_id)
        if tid is None:
            tid = self._meta_ids[doc_id] = self._store._new_id(DOC_META)
        self._meta_puts[tid] = merged
        if meta_view(local) != meta_view(merged):
            changed = [f.value for f in META_FIELDS if meta_view(local)[f.value] != meta_view(merged)[f.value]]
            self._meta_hist.append((doc_id, local, merged, origin,
                                    f"{origin}: {source}: the corrected {' and '.join(changed)} of {doc_id}"))
            self.metas_changed += 1
        return True

    def keep_revision(self, aid: str, loser: dict, *, source: str) -> None:
        """Record a losing revision (a CouchDB conflict) in the history, beside what was kept."""
        cur = self.current(aid)
        if cur is None:
            return
        table, tid = self._by_id[aid]
        self._hist.append((table, tid, normalise(loser), cur, Origin.SYNC,
                           f"sync: {source}: a conflicting revision, merged (it is the 'before' here) on "
                           f"{snippet(cur['quote']['exact'])}", True))

    def _stage(self, table: str, tid: int, rec: dict) -> None:
        self._puts.setdefault(table, {})[tid] = rec
        aid = rec["id"]
        self._by_id[aid] = (table, tid)
        self._by_anchor.setdefault(anchor_of(rec), aid)
        if not rec.get("orphan"):
            self._by_claim.setdefault(rec["claim_id"], aid)

    def _flush(self) -> None:
        store = self._store
        db = store._db
        for table, puts in self._puts.items():
            db.table(table).apply(puts, ())
        if self._meta_puts:
            db.table(DOC_META).apply(self._meta_puts, ())
        pending: list[tuple[Origin, dict]] = []
        for table, _tid, before, after, origin, desc, *conflict in self._hist:
            entry = {"aid": after["id"], "table": table, "desc": desc, "before": before, "after": after}
            if conflict:
                entry["conflict"] = True  # a losing revision: every copy of the project shows it
            pending.append((origin, entry))
        for doc_id, before, after, origin, desc in self._meta_hist:
            pending.append((origin, {"aid": "", "table": "", "desc": desc, "before": None, "after": None,
                                     "metas": [{"doc_id": doc_id, "before": before, "after": after}]}))
        if not pending:
            return
        # history entries, capped per origin (the oldest of that origin go first)
        pending = pending[-HISTORY_MAX:]
        entries: dict[int, dict] = {}
        seq = (store._hist[-1][0] + 1) if store._hist else 1
        drop: list[int] = []
        for origin, entry in pending:
            htid = store._new_id(HISTORY)
            entries[htid] = {"seq": seq, **entry, "undone": False, "at": utc_now(), "editor": str(origin),
                             "origin": str(origin), "uid": os.urandom(8).hex()}
            seq += 1
        for origin in {o for o, _ in pending}:
            theirs = [e for e in store._hist if e[3] == str(origin) and not e[4]]
            new = sum(1 for o, _ in pending if o == origin)
            drop += [e[1] for e in theirs[: max(0, len(theirs) + new - HISTORY_MAX)]]
        db.table(HISTORY).apply(entries, drop)


def anchor_of(rec: dict) -> tuple:
    """Where an annotation sits, the same on every copy of the article: its text's hash, its
    position and its exact quote."""
    pos = rec.get("position") or {}
    quote = rec.get("quote") or {}
    return (rec.get("doc_hash", ""), pos.get("start", 0), pos.get("end", 0), quote.get("exact", ""))


def _checked_status(status: str | None) -> str | None:
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES} or None, not {status!r}")
    return None if status is None else str(status)


def _apply_view(new: dict, target: dict, other: dict, target_rec: dict | None, now: str, editor: str) -> None:
    """Set in ``new`` the user fields where ``target`` differs from ``other`` (undo: the entry's
    before over its after; redo the reverse), stamped ``now``."""
    if target["note"] != other["note"]:
        new["note"], new["note_at"], new["note_by"] = target["note"], now, editor
    for who in set(target["verdicts"]) | set(other["verdicts"]):
        if target["verdicts"].get(who) != other["verdicts"].get(who):
            new["verdicts"][who] = {"status": target["verdicts"].get(who), "at": now}
    if target["adjudication"] != other["adjudication"]:
        adj = (target_rec or {}).get("adjudication")
        if target["adjudication"] is None or not adj:
            new["adjudication"] = {"status": None, "reason": "", "by": editor, "at": now}
        else:
            new["adjudication"] = {**adj, "at": now}
    if target["evidence"] != other["evidence"]:
        items = {evidence_key(e): e for e in (target_rec or {}).get("evidence", [])}
        add = [k for k in target["evidence"] if k not in other["evidence"]]
        remove = [k for k in other["evidence"] if k not in target["evidence"]]
        have = {evidence_key(e) for e in new["evidence"]}
        kept = [e for e in new["evidence"] if evidence_key(e) not in remove]
        order = list(target["evidence"])
        for k in add:  # back where it was: after the items that came before it in the target
            if k in have or k not in items:
                continue
            before = set(order[: order.index(k)])
            at = max((j + 1 for j, e in enumerate(kept) if evidence_key(e) in before), default=0)
            kept.insert(at, {**items[k], "at": now, "by": editor})
        new["evidence"] = kept
        removed = {k: v for k, v in new["evidence_removed"].items() if k not in add}
        removed.update({k: now for k in remove})
        new["evidence_removed"] = removed


class _Watcher:
    """The thread behind :meth:`AnnotationStore.watch`."""

    def __init__(self, store: AnnotationStore, on_change: Callable[[StoreChanges], None], interval: float):
        self._store = store
        self._on_change = on_change
        self._interval = interval
        self._stop = threading.Event()
        self.error = ""
        self.thread = threading.Thread(target=self._run, name=f"claimdesk-watch-{store.path.name}", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        store = self._store
        while not self._stop.wait(self._interval):
            try:
                changes = store.refresh()
            except StoreError as e:
                self.error = str(e)
                continue
            if changes:
                try:
                    self._on_change(changes)
                except Exception as e:  # noqa: BLE001 - a broken callback must not end the watching
                    self.error = f"{e.__class__.__name__}: {e}"

    def stop(self) -> None:
        self._stop.set()
        if self.thread is not threading.current_thread():
            self.thread.join()


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
    check_entry_changes(rec)
    if not isinstance(rec.get("undone"), bool):
        raise ValueError("bad history entry")


def check_entry_changes(rec: dict) -> None:
    """ValueError unless what a history entry says it changed is annotations and metadata records."""
    for k in ("before", "after"):
        v = rec.get(k)
        if v is not None:
            Annotation.from_dict(v)
    items, metas = rec.get("items", []), rec.get("metas", [])
    if not isinstance(items, list) or not isinstance(metas, list):
        raise ValueError("bad history entry")
    for item in items:
        if (not isinstance(item, dict) or not isinstance(item.get("aid"), str)
                or not isinstance(item.get("table"), str)):
            raise ValueError("bad history entry")
        for k in ("before", "after"):
            if item.get(k) is not None:
                Annotation.from_dict(item[k])
    for m in metas:
        if not isinstance(m, dict) or not isinstance(m.get("doc_id"), str):
            raise ValueError("bad history entry")
        for k in ("before", "after"):
            if m.get(k) is not None:
                check_meta_record(m[k])


def open_store(path: str | Path, **kwargs: Any) -> AnnotationStore:
    """Shorthand for ``AnnotationStore.open``."""
    return AnnotationStore.open(path, **kwargs)


def record_hash(rec: dict) -> str:
    """A digest of a record's JSON (for noticing what changed since a sync)."""
    blob = json.dumps(rec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha1(blob.encode("utf-8", "surrogatepass")).hexdigest()
