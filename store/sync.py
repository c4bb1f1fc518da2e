"""``claimdesk sync URL``: a project's annotations, both ways, through a CouchDB server.

The server is any that speaks CouchDB's HTTP API: CouchDB 3, or PouchDB Server (which the tests
run on the loopback). The URL names the database, ``http[s]://[user:password@]host:port/db``;
credentials come from the URL or from ``CLAIMDESK_SYNC_USER`` / ``CLAIMDESK_SYNC_PASSWORD``,
and are never written to the store, a log, an error message or an export (the store keeps the
URL without them).

What travels, as CouchDB documents (ids ``<project>:...``, the same on every machine, so two
copies of the project meet in the same documents):

- each annotation: ``<project>:ann:<anchor>``, the anchor being a hash of the article's text
  hash, the claim's position and its exact words: two editors who annotate the same claim on
  their own laptops write the same document;
- each article's metadata: ``<project>:doc:<document id>`` (what the loader found, written once);
- the editors' corrections of an article's outlet, title and date:
  ``<project>:docmeta:<document id>``, merged field by field (``store.merge.merge_meta_records``:
  the later correction of each field wins), so the loader's values never overwrite a correction;
- the project's settings (second check, leads): ``<project>:meta``;
- the history: ``<project>:hist:<entry uid>`` (a batch of changes, such as the desk's ``g``, is one
  entry, as it is in the store).

A sync pulls first (``_changes`` since the last checkpoint, in batches), merging each
annotation into the local one field by field (``store.merge``: per-editor verdicts side by
side, the later note, the union of evidence), then pushes every local document that changed
since it was last exchanged (``_bulk_docs`` with the revision it was last seen at). A push the
server refuses as a conflict (someone pushed in between) is fetched, merged and pushed again.
A document the server holds in several revisions (CouchDB conflicts, from its own replication)
is resolved by merging all of them (deterministically: the order does not matter), writing the
result over the winning revision and deleting the others; each losing revision is kept in the
local history beside what it became.

Every batch pulled is merged together with its checkpoint in one durable transaction, and what
was pushed is recorded as soon as the server acknowledged it: a sync killed at any moment
loses nothing, and the next one resumes (something pushed but not yet recorded is recognised as
already there). Edits made offline simply wait for the next sync.

Pointing it at a real CouchDB 3: create a database (or let the first sync create it, which needs
an admin), give the editors' CouchDB users the ``members`` role on it in its ``_security``
document, and sync with ``claimdesk sync https://host:6984/newsroom-story`` with the user and
password in ``CLAIMDESK_SYNC_USER`` / ``CLAIMDESK_SYNC_PASSWORD`` (or in the URL). Several
projects can share one database: the project name prefixes every document id.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from store.annotations import (
    DOC_META,
    DOCUMENTS,
    HISTORY,
    META,
    SYNC_PREFIX,
    Annotation,
    AnnotationStore,
    Origin,
    ProjectSettings,
    check_entry_changes,
    check_meta_record,
    normalise,
    record_hash,
)
from store.errors import StoreError, SyncError
from store.merge import merge_all

__all__ = ["ENV_PASSWORD", "ENV_USER", "Remote", "SyncResult", "SyncStatus", "Syncer", "parse_remote", "sync"]

ENV_USER = "CLAIMDESK_SYNC_USER"
ENV_PASSWORD = "CLAIMDESK_SYNC_PASSWORD"
BATCH = 500
_DB_NAME = re.compile(r"^[a-z][a-z0-9_$()+/-]*$")
_PROJECT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class SyncStatus(StrEnum):
    """Where a :class:`Syncer` stands, for a header to show."""

    IDLE = "idle"  # never run
    SYNCING = "syncing"
    SYNCED = "synced"  # the last run finished
    OFFLINE = "offline"  # the server could not be reached; local edits wait
    FAILED = "failed"  # the server answered with an error (see ``last_error``)


@dataclass(frozen=True)
class Remote:
    """A CouchDB database: its URL without credentials, its name, and the credentials apart."""

    url: str  # scheme://host[:port]/db, no user or password: safe to show and to store
    base: str  # scheme://host[:port][/prefix]
    db: str
    auth: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.url

    @property
    def key(self) -> str:
        """A short stable name for this remote (the store's table of what was exchanged with it)."""
        return hashlib.sha1(self.url.encode()).hexdigest()[:16]

    def redact(self, text: str) -> str:
        """``text`` with the credentials (and the URL that holds them) taken out."""
        if self.auth:
            for secret in (self.auth[1], quote(self.auth[1], safe="")):
                if secret:
                    text = text.replace(secret, "***")
        return text


def parse_remote(url: str, env: Mapping[str, str] | None = None) -> Remote:
    """The remote a sync URL names; SyncError (one line, no credentials) when it cannot be one."""
    env = os.environ if env is None else env
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise SyncError(f"{_redacted(url)}: not a URL (expected http[s]://host[:port]/database)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"{_redacted(url)}: not a CouchDB URL (expected http[s]://host[:port]/database)")
    path = parts.path.rstrip("/")
    if "/" not in path or not path.rsplit("/", 1)[1]:
        raise SyncError(f"{_redacted(url)}: no database in the URL (expected http[s]://host[:port]/database)")
    prefix, db = path.rsplit("/", 1)
    db = unquote(db)
    if not _DB_NAME.match(db):
        raise SyncError(f"{_redacted(url)}: {db!r} is not a CouchDB database name (lower-case letters, digits "
                        "and _$()+-/, starting with a letter)")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port is not None:
        netloc += f":{port}"
    base = urlunsplit((parts.scheme, netloc, prefix, "", ""))
    auth = None
    if parts.username is not None:
        auth = (unquote(parts.username), unquote(parts.password or ""))
    elif env.get(ENV_USER):
        auth = (env[ENV_USER], env.get(ENV_PASSWORD, ""))
    return Remote(url=f"{base}/{quote(db, safe='$()+-/_')}", base=base, db=db, auth=auth)


def _redacted(url: str) -> str:
    return re.sub(r"(//)[^/@]*@", r"\1***@", url.strip())


@dataclass(slots=True)
class SyncResult:
    remote: str
    pulled: int = 0  # documents read from the server
    merged: int = 0  # local annotations that changed from what was pulled
    added: int = 0  # annotations new to this store
    pushed: int = 0  # documents written to the server
    conflicts: int = 0  # server-side conflicting revisions merged (their losers kept in the history)
    retried: int = 0  # pushes refused as stale, merged and pushed again
    seconds: float = 0.0

    def summary(self) -> list[str]:
        out = [f"{self.remote}: pulled {self.pulled} document(s) ({self.added} new annotation(s), {self.merged} "
               f"merged), pushed {self.pushed} in {self.seconds:.1f} s"]
        if self.conflicts:
            out.append(f"{self.remote}: {self.conflicts} conflicting revision(s) on the server merged; each is "
                       "kept in the history")
        return out


# ---------------------------------------------------------------------------- documents


def anchor_id(rec: Mapping[str, Any]) -> str:
    """The part of an annotation's document id that is the same on every machine: the article's
    text hash, the claim's position and its exact words."""
    pos = rec.get("position") or {}
    quote_ = rec.get("quote") or {}
    key = "\x1f".join([str(rec.get("doc_hash", "")), str(pos.get("start", 0)), str(pos.get("end", 0)),
                       str(quote_.get("exact", ""))])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _entry_uid(entry: Mapping[str, Any]) -> str:
    uid = entry.get("uid")
    if isinstance(uid, str) and uid:
        return uid
    blob = json.dumps([entry.get("aid"), entry.get("seq"), entry.get("at"), entry.get("desc"), entry.get("editor")],
                      ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: fields of an annotation that belong to one machine: where its copy of the article is and how
#: the annotation is placed on it (kept as they are by a merge), and what is derived from the rest
LOCAL_FIELDS = frozenset({"id", "claim_id", "doc_id", "doc_path", "doc_hash", "position", "quote", "orphan",
                          "orphan_reason", "status", "review"})


def _body_hash(body: Mapping[str, Any]) -> str:
    """What identifies a document's content for the question "did it change since it was last
    exchanged?": an annotation's shared fields only (two machines hold the same annotation with
    their own paths, ids and placement; comparing those would push it back and forth forever)."""
    shown = {k: v for k, v in body.items() if not k.startswith("_")}
    rec = shown.get("record")
    if shown.get("type") == "claimdesk.annotation" and isinstance(rec, dict):
        shown["record"] = {k: v for k, v in rec.items() if k not in LOCAL_FIELDS}
    return record_hash(shown)


# ---------------------------------------------------------------------------- the syncer


class _State:
    """What was last exchanged with one remote, kept in the store's table ``sync:<remote key>``:
    record 1 the checkpoint, then one record per document (its id, revision, body hash and the
    local annotation it is)."""

    def __init__(self, store: AnnotationStore, remote: Remote):
        self.table = SYNC_PREFIX + remote.key
        self.docs: dict[str, dict] = {}
        self.keys: dict[str, int] = {}
        self.by_aid: dict[str, str] = {}
        self.checkpoint: dict = {"remote": remote.url, "since": 0}
        self._next = 2
        for key, rec in store._db.table(self.table).records().items():
            k = int(key)
            if k == 1:
                self.checkpoint = dict(rec)
                continue
            doc_id = rec.get("doc")
            if isinstance(doc_id, str):
                self.docs[doc_id] = rec
                self.keys[doc_id] = k
                if rec.get("aid"):
                    self.by_aid[rec["aid"]] = doc_id
            self._next = max(self._next, k + 1)
        self.dirty: dict[int, dict] = {}

    def put(self, doc_id: str, rev: str, body_hash: str, aid: str = "") -> None:
        rec = {"doc": doc_id, "rev": rev, "hash": body_hash, "aid": aid}
        if self.docs.get(doc_id) == rec:
            return
        k = self.keys.get(doc_id)
        if k is None:
            k = self.keys[doc_id] = self._next
            self._next += 1
        self.docs[doc_id] = rec
        if aid:
            self.by_aid[aid] = doc_id
        self.dirty[k] = rec

    def set_since(self, since: Any) -> None:
        self.checkpoint = {**self.checkpoint, "since": since, "at": time.time()}
        self.dirty[1] = self.checkpoint

    def flush(self, store: AnnotationStore) -> None:
        """Write what changed (the caller holds a transaction of the store)."""
        if self.dirty:
            store._db.table(self.table).apply(self.dirty, ())
            self.dirty = {}


class Syncer:
    """Syncs one store with one remote; ``run()`` does one sync (pull, then push). Keep one for a
    live sync: it remembers the hashes of what it pushed, so a sync with few changes costs little.

    ``client``: an ``httpx.Client`` to use (tests); by default one is made per Syncer."""

    def __init__(self, store: AnnotationStore, remote: Remote | str, *, project: str | None = None,
                 batch: int = BATCH, timeout: float = 30.0, client: Any = None,
                 progress: Callable[[str], None] | None = None):
        self.store = store
        self.remote = parse_remote(remote) if isinstance(remote, str) else remote
        self.batch = batch
        self._progress = progress
        self.status = SyncStatus.IDLE
        self.last_error = ""
        self.last_result: SyncResult | None = None
        self._hashes: dict[str, tuple[Any, str]] = {}  # doc id -> (the local object hashed, its body hash)
        proj = project or store.project or self.remote.db
        if not _PROJECT.match(proj):
            raise SyncError(f"{proj!r} cannot name a project on the server (letters, digits, '.', '_' and '-', "
                            "starting with a letter or digit)")
        self.project = proj
        if client is None:
            import httpx

            client = httpx.Client(base_url=self.remote.base, auth=self.remote.auth, timeout=timeout,
                                  headers={"Accept": "application/json"})
        self._http = client

    def close(self) -> None:
        self._http.close()

    # -- HTTP

    def _path(self, tail: str = "") -> str:
        return f"/{quote(self.remote.db, safe='')}{tail}"

    def _request(self, method: str, tail: str, **kw: Any) -> Any:
        import httpx

        try:
            resp = self._http.request(method, self._path(tail), **kw)
        except httpx.TimeoutException:
            self.status = SyncStatus.OFFLINE
            raise SyncError(f"sync with {self.remote.url}: the server did not answer in time; local changes "
                            "are kept and go with the next sync") from None
        except httpx.HTTPError as e:
            self.status = SyncStatus.OFFLINE
            why = self.remote.redact(str(e) or e.__class__.__name__).replace("\n", " ")
            raise SyncError(f"sync with {self.remote.url}: cannot reach the server ({why}); local changes are kept "
                            "and go with the next sync") from None
        return resp

    def _json(self, method: str, tail: str, ok: Iterable[int] = (200, 201, 202), **kw: Any) -> Any:
        resp = self._request(method, tail, **kw)
        if resp.status_code not in ok:
            self.status = SyncStatus.FAILED
            raise SyncError(f"sync with {self.remote.url}: the server answered {resp.status_code} to {method} "
                            f"{tail or '/'} ({self._reason(resp)})")
        try:
            return resp.json()
        except ValueError:
            self.status = SyncStatus.FAILED
            raise SyncError(f"sync with {self.remote.url}: the server's answer to {method} {tail or '/'} is not "
                            "JSON (is this a CouchDB server?)") from None

    def _reason(self, resp: Any) -> str:
        try:
            body = resp.json()
            why = f"{body.get('error', '')}: {body.get('reason', '')}".strip(": ")
        except (ValueError, AttributeError):
            why = resp.reason_phrase or ""
        return self.remote.redact(" ".join(str(why).split()))[:200]

    def _ensure_db(self) -> None:
        resp = self._request("GET", "")
        if resp.status_code == 200:
            return
        if resp.status_code == 404:
            made = self._request("PUT", "")
            if made.status_code in (201, 202, 412):
                return
            resp = made
        self.status = SyncStatus.FAILED
        raise SyncError(f"sync with {self.remote.url}: the server answered {resp.status_code} "
                        f"({self._reason(resp)})")

    # -- one sync

    def run(self) -> SyncResult:
        """Pull, then push (see the module doc). SyncError when the server cannot be used; what was
        done before that is kept."""
        started = time.perf_counter()
        self.status = SyncStatus.SYNCING
        result = SyncResult(remote=self.remote.url)
        try:
            self._ensure_db()
            self._claim_project()
            self._pull(result)
            self._push(result)
        except SyncError as e:
            self.last_error = str(e)
            if self.status is SyncStatus.SYNCING:
                self.status = SyncStatus.FAILED
            raise
        except StoreError as e:
            self.status = SyncStatus.FAILED
            self.last_error = str(e)
            raise
        result.seconds = time.perf_counter() - started
        self.status = SyncStatus.SYNCED
        self.last_error = ""
        self.last_result = result
        return result

    def _tell(self, what: str) -> None:
        if self._progress is not None:
            self._progress(what)

    def _claim_project(self) -> None:
        """Name the project in the store on its first sync (so every later sync uses the same ids)."""
        if self.store.project == self.project:
            return
        with self.store.merging():
            meta = self.store._db.table(META)
            rec = dict(meta.record(1) or {})
            rec["project"] = self.project
            meta.put(1, rec)

    # -- pull

    def _pull(self, result: SyncResult) -> None:
        prefix = f"{self.project}:"
        state = _State(self.store, self.remote)
        limit = 4 * self.batch  # rows without documents are small; the documents come in batches below
        while True:
            since = state.checkpoint.get("since", 0)
            changes = self._json("GET", "/_changes", params={
                "since": since if isinstance(since, (int, str)) else 0, "style": "all_docs", "limit": str(limit)})
            rows = changes.get("results") or []
            # what we already hold at that revision (our own pushes, coming back) is not fetched again
            wanted = []
            for r in rows:
                doc_id, revs = str(r.get("id", "")), [c.get("rev") for c in r.get("changes") or []]
                if not doc_id.startswith(prefix) or r.get("deleted"):
                    continue
                if len(revs) == 1 and state.docs.get(doc_id, {}).get("rev") == revs[0]:
                    continue
                wanted.append(doc_id)
            docs = [d for i in range(0, len(wanted), self.batch) for d in self._fetch(wanted[i:i + self.batch])]
            losers = self._losers([d for d in docs if d.get("_conflicts")])
            resolved: list[dict] = []
            last = changes.get("last_seq", since)
            if docs or last != since:
                with self.store.merging() as m:
                    for doc in docs:
                        result.pulled += 1
                        self._apply(doc, losers.get(doc["_id"], []), m, state, result, resolved)
                    state.set_since(last)
                    state.flush(self.store)
            if resolved:
                self._push_docs(resolved, state, result, resolution=True)
            self._trim_remote_history()
            self._tell(f"pulled {result.pulled}")
            if len(rows) < limit:
                return

    def _fetch(self, doc_ids: list[str]) -> list[dict]:
        """The current revisions of these documents (with their conflicts listed)."""
        if not doc_ids:
            return []
        got = self._json("POST", "/_all_docs", params={"include_docs": "true", "conflicts": "true"},
                         json={"keys": doc_ids})
        return [row["doc"] for row in got.get("rows", [])
                if isinstance(row, dict) and isinstance(row.get("doc"), dict) and not row["doc"].get("_deleted")]

    def _losers(self, docs: list[dict]) -> dict[str, list[dict]]:
        """The conflicting revisions of each document that has them."""
        out: dict[str, list[dict]] = {}
        for doc in docs:
            revs = doc.get("_conflicts") or []
            got = self._json("GET", f"/{quote(doc['_id'], safe='')}",
                             params={"open_revs": json.dumps(revs)}, headers={"Accept": "application/json"})
            out[doc["_id"]] = [r["ok"] for r in got if isinstance(r, dict) and isinstance(r.get("ok"), dict)]
        return out

    def _apply(self, doc: dict, losers: list[dict], m: Any, state: _State, result: SyncResult,
               resolved: list[dict]) -> None:
        kind = doc.get("type")
        doc_id = doc["_id"]
        if kind == "claimdesk.annotation":
            copies = [d for d in [doc, *losers] if _valid_record(d.get("record"))]
            if not copies:
                return
            record = merge_all([d["record"] for d in copies]) if len(copies) > 1 else copies[0]["record"]
            known = state.docs.get(doc_id, {}).get("aid") or None
            before_changed = m.changed
            aid, changed = m.merge(record, origin=Origin.SYNC, source=self.remote.url, local_aid=known)
            if not changed:
                pass
            elif m.changed > before_changed:
                result.merged += 1
            else:
                result.added += 1
            for loser in losers:
                if _valid_record(loser.get("record")):
                    m.keep_revision(aid, loser["record"], source=f"revision {loser.get('_rev', '?')}")
            body = self._annotation_body(record)
            state.put(doc_id, doc["_rev"], _body_hash(body) if not losers else "", aid)
            if losers:
                result.conflicts += len(losers)
                resolved.append({**body, "_id": doc_id, "_rev": doc["_rev"]})
                resolved.extend({"_id": doc_id, "_rev": loser["_rev"], "_deleted": True} for loser in losers)
        elif kind == "claimdesk.document":
            rec = doc.get("document")
            if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                table = self.store._db.table(DOCUMENTS)
                known_ids = {r.get("id") for r in table.records().values()}
                if rec["id"] not in known_ids:
                    table.put(self.store._new_id(DOCUMENTS), rec)
                state.put(doc_id, doc["_rev"], _body_hash(self._document_body(rec)))
        elif kind == "claimdesk.document_meta":
            copies = [d["meta"] for d in [doc, *losers] if _valid_meta(d.get("meta"))]
            if not copies:
                return
            for rec in copies:  # the merge is field by field and order-free: every revision counts
                m.merge_meta(rec, origin=Origin.SYNC, source=self.remote.url)
            state.put(doc_id, doc["_rev"], _body_hash(self._meta_body(copies[0])) if not losers else "")
            if losers:
                result.conflicts += len(losers)
                merged = m.current_meta(copies[0]["doc_id"])
                resolved.append({**self._meta_body(merged or copies[0]), "_id": doc_id, "_rev": doc["_rev"]})
                resolved.extend({"_id": doc_id, "_rev": loser["_rev"], "_deleted": True} for loser in losers)
        elif kind == "claimdesk.project":
            try:
                theirs = ProjectSettings.from_dict(doc.get("settings"))
            except ValueError:
                return
            mine = self.store._settings
            if (theirs.at, theirs.required_verdicts, theirs.leads) > (mine.at, mine.required_verdicts, mine.leads):
                self.store._write_settings(theirs)
                m._required = theirs.required_verdicts
            state.put(doc_id, doc["_rev"], _body_hash(self._project_body()))
        elif kind == "claimdesk.history":
            entry = doc.get("entry")
            if isinstance(entry, dict) and self._take_history(entry):
                state.put(doc_id, doc["_rev"], _body_hash({"type": kind, "project": self.project, "entry": entry}))

    def _trim_remote_history(self) -> None:
        """Keep the latest HISTORY_MAX entries of each other machine's editor."""
        from store.annotations import HISTORY_MAX

        hist = self.store._db.table(HISTORY).records()
        by_editor: dict[str, list[tuple[int, int]]] = {}
        for key, rec in hist.items():
            if rec.get("remote"):
                by_editor.setdefault(str(rec.get("editor", "")), []).append((rec.get("seq", 0), int(key)))
        drop = [k for entries in by_editor.values() for _, k in sorted(entries)[: max(0, len(entries) - HISTORY_MAX)]]
        if drop:
            with self.store.merging():
                self.store._db.table(HISTORY).apply({}, drop)

    def _take_history(self, entry: dict) -> bool:
        """Add another machine's history entry to ours (shown, never undone here)."""
        try:
            check_entry_changes(entry)
        except (ValueError, TypeError, AttributeError):
            return False
        uid = _entry_uid(entry)
        hist = self.store._db.table(HISTORY)
        for key, rec in hist.records().items():
            if _entry_uid(rec) == uid:
                if rec.get("remote") and rec.get("undone") != entry.get("undone"):
                    hist.put(int(key), {**rec, "undone": bool(entry.get("undone"))})
                return True
        store = self.store
        seq = max((r.get("seq", 0) for r in hist.records().values()), default=0) + 1
        hist.put(store._new_id(HISTORY), {
            **entry, "seq": seq, "uid": uid, "remote": True, "undone": bool(entry.get("undone")),
            "aid": str(entry.get("aid", "")), "table": str(entry.get("table", "")),
            "desc": str(entry.get("desc", "")), "origin": str(entry.get("origin", "local")),
        })
        return True

    # -- push

    def _annotation_body(self, rec: dict) -> dict:
        return {"type": "claimdesk.annotation", "project": self.project, "record": rec}

    def _document_body(self, rec: dict) -> dict:
        return {"type": "claimdesk.document", "project": self.project, "document": rec}

    def _history_body(self, rec: dict) -> dict:
        entry = {k: v for k, v in rec.items() if k not in ("seq", "remote")}
        return {"type": "claimdesk.history", "project": self.project, "entry": entry}

    def _meta_body(self, rec: dict) -> dict:
        return {"type": "claimdesk.document_meta", "project": self.project, "meta": rec}

    def _project_body(self) -> dict:
        return {"type": "claimdesk.project", "project": self.project, "settings": self.store._settings.to_dict()}

    def _local_docs(self, state: _State) -> list[tuple[str, dict, str, str]]:
        """(doc id, body, body hash, local annotation id) of everything this store holds."""
        p = self.project
        out = []
        taken: dict[str, str] = {}
        for rec in self.store.all_records():
            aid = rec["id"]
            doc_id = state.by_aid.get(aid)
            if doc_id is None:
                doc_id = f"{p}:ann:{anchor_id(rec)}"
                owner = state.docs.get(doc_id, {}).get("aid") or taken.get(doc_id)
                if owner and owner != aid:
                    doc_id = f"{doc_id}:{aid}"  # two local annotations at one place: keep both
            taken[doc_id] = aid
            out.append((doc_id, self._cached_body(doc_id, rec, self._annotation_body), aid))
        for rec in self.store._db.table(DOCUMENTS).records().values():
            doc_id = f"{p}:doc:{rec['id']}"
            if doc_id in state.docs:
                continue  # an article's metadata is written once: each machine keeps its own paths
            out.append((doc_id, self._cached_body(doc_id, rec, self._document_body), ""))
        for rec in self.store._db.table(DOC_META).records().values():
            doc_id = f"{p}:docmeta:{rec['doc_id']}"
            out.append((doc_id, self._cached_body(doc_id, rec, self._meta_body), ""))
        settings = self.store._settings
        out.append((f"{p}:meta", self._cached_body(f"{p}:meta", settings, lambda _s: self._project_body()), ""))
        for rec in self.store._db.table(HISTORY).records().values():
            if rec.get("remote"):
                continue  # another machine's: it pushes it
            if rec.get("origin", "local") != "local" and not rec.get("conflict"):
                continue  # what an import or sync merged here: the annotations travel, not this note of it
            doc_id = f"{p}:hist:{_entry_uid(rec)}"
            out.append((doc_id, self._cached_body(doc_id, rec, self._history_body), ""))
        return [(d, b[0], b[1], aid) for d, b, aid in out]

    def _cached_body(self, doc_id: str, obj: Any, make: Callable[[Any], dict]) -> tuple[dict, str]:
        """The body for ``obj`` and its hash; the hash is reused while the store holds the same
        object (stored records are never changed in place, so the same object has the same content)."""
        hit = self._hashes.get(doc_id)
        body = make(obj)
        if hit is not None and hit[0] is obj:
            return body, hit[1]
        h = _body_hash(body)
        self._hashes[doc_id] = (obj, h)
        return body, h

    def _push(self, result: SyncResult) -> None:
        state = _State(self.store, self.remote)
        todo = []
        for doc_id, body, h, aid in self._local_docs(state):
            seen = state.docs.get(doc_id)
            if seen is not None and seen.get("hash") == h:
                continue
            doc = {**body, "_id": doc_id}
            if seen is not None and seen.get("rev"):
                doc["_rev"] = seen["rev"]
            todo.append((doc, h, aid))
        for i in range(0, len(todo), self.batch):
            self._push_batch(todo[i:i + self.batch], state, result)
            self._tell(f"pushed {result.pushed} of {len(todo)}")

    def _push_docs(self, docs: list[dict], state: _State, result: SyncResult, *, resolution: bool = False) -> None:
        """Write conflict resolutions (the merged document over the winner, the losers deleted)."""
        todo = []
        for doc in docs:
            h = "" if doc.get("_deleted") else _body_hash(doc)
            aid = state.docs.get(doc["_id"], {}).get("aid", "") if not doc.get("_deleted") else ""
            todo.append((doc, h, aid))
        self._push_batch(todo, state, result, count=not resolution)

    def _push_batch(self, todo: list[tuple[dict, str, str]], state: _State, result: SyncResult, *,
                    count: bool = True, attempt: int = 0) -> None:
        answer = self._json("POST", "/_bulk_docs", json={"docs": [d for d, _, _ in todo]})
        by_id: dict[str, list[dict]] = {}
        for row in answer if isinstance(answer, list) else []:
            by_id.setdefault(str(row.get("id")), []).append(row)
        stale = []
        with self.store.merging():
            for doc, h, aid in todo:
                rows = by_id.get(doc["_id"], [])
                row = rows.pop(0) if rows else {}
                if row.get("ok") or row.get("rev") and not row.get("error"):
                    if not doc.get("_deleted"):
                        state.put(doc["_id"], row["rev"], h, aid)
                        result.pushed += count
                elif row.get("error") == "conflict":
                    stale.append((doc, h, aid))
                else:
                    raise SyncError(f"sync with {self.remote.url}: the server refused {doc['_id']} "
                                    f"({self.remote.redact(str(row.get('error', '?')))}: "
                                    f"{self.remote.redact(str(row.get('reason', '')))})")
            state.flush(self.store)
        if stale:
            if attempt >= 4:
                raise SyncError(f"sync with {self.remote.url}: {len(stale)} document(s) kept changing on the server "
                                "while this sync pushed them; sync again")
            result.retried += len(stale)
            self._refetch_and_retry(stale, state, result, count=count, attempt=attempt)

    def _refetch_and_retry(self, stale: list[tuple[dict, str, str]], state: _State, result: SyncResult, *,
                           count: bool, attempt: int) -> None:
        """Someone pushed in between: read their version, merge it here, push the merge on top."""
        got = self._json("POST", "/_all_docs", params={"include_docs": "true", "conflicts": "true"},
                         json={"keys": [d["_id"] for d, _, _ in stale]})
        remote = {row["key"]: row.get("doc") for row in got.get("rows", []) if isinstance(row, dict) and "key" in row}
        resolved: list[dict] = []
        pulled = SyncResult(remote=self.remote.url)
        with self.store.merging() as m:
            for doc, _, _ in stale:
                theirs = remote.get(doc["_id"])
                if isinstance(theirs, dict):
                    losers = self._losers([theirs]).get(theirs["_id"], []) if theirs.get("_conflicts") else []
                    self._apply(theirs, losers, m, state, pulled, resolved)
            state.flush(self.store)
        result.merged += pulled.merged
        result.added += pulled.added
        result.conflicts += pulled.conflicts
        # push again what still differs (the merge, on the revision just read)
        retry = []
        fresh = {d: (b, h, aid) for d, b, h, aid in self._local_docs(state)}
        for doc, _, _ in stale:
            seen = state.docs.get(doc["_id"], {})
            body, h, aid = fresh.get(doc["_id"], (None, "", ""))
            if body is None or seen.get("hash") == h:
                continue  # what the server holds now is what we hold: nothing to push
            new = {**body, "_id": doc["_id"]}
            if seen.get("rev"):
                new["_rev"] = seen["rev"]
            retry.append((new, h, aid))
        retry += [(d, _body_hash(d) if not d.get("_deleted") else "", "") for d in resolved]
        if retry:
            self._push_batch(retry, state, result, count=count, attempt=attempt + 1)


def _valid_meta(rec: Any) -> bool:
    try:
        check_meta_record(rec)
    except ValueError:
        return False
    return True


def _valid_record(rec: Any) -> bool:
    if not isinstance(rec, dict):
        return False
    try:
        ann = Annotation.from_dict(rec)
    except (ValueError, TypeError):
        return False
    return bool(ann.id)


def sync(store: AnnotationStore, url: str, *, project: str | None = None,
         progress: Callable[[str], None] | None = None) -> SyncResult:
    """One sync of ``store`` with the database at ``url`` (see the module doc)."""
    syncer = Syncer(store, url, project=project, progress=progress)
    try:
        return syncer.run()
    finally:
        syncer.close()


def normalised(rec: dict) -> dict:  # re-exported for tests
    return normalise(rec)
