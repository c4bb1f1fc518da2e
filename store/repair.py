"""Repair an annotation store that refuses to open for writing, keeping every record.

Two kinds of damage are refused on open, never guessed at (see ``store.annotations``):

- a damaged complete journal line (a bit flip, a hand edit): the store opens read-only with
  the changes before it. :func:`truncate_journal_at` keeps exactly those: it copies the whole
  journal aside first, then cuts it at the damaged line;
- one annotation id on several records (a hand merge, a copied table): the store is not
  opened, as an edit could land on the wrong record. Repair keeps the first record (in table
  and key order) under the id and gives every other one a fresh id; the undo history follows
  each record to its new id.

:func:`repair_store` does both, then opens the store for writing once (which drops a torn last
line and folds the journal into the snapshot) and checks it opens cleanly. Before it changes
a byte it writes fsynced copies of the snapshot and journal beside them
(``NAME.<UTC time>.bak``, ``NAME.journal.<UTC time>.bak``), so nothing is ever deleted;
every change is atomic (temp file, fsync, rename, folder fsync) and takes the store's lock.

The command line can call ``repair_store(path)`` and print ``report.lines()``; every
failure is a StoreError whose ``str()`` is one line naming the file.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import CorruptStore, StoreError, StoreLocked
from store.lock import StoreLock
from store.storage import (
    FileRefused,
    JournalDamage,
    JournalStorage,
    checked_store_path,
    open_regular,
    snapshot_bytes,
    write_atomically,
)

__all__ = ["RepairReport", "Rekeyed", "repair_store", "truncate_journal_at"]

DOC_PREFIX = "doc:"  # as store.annotations (not imported: repair must work on stores it refuses)
HISTORY = "history"


@dataclass(frozen=True, slots=True)
class Rekeyed:
    """One record that got a fresh id because another record had its id first."""

    table: str
    key: str
    old_id: str
    new_id: str


@dataclass(slots=True)
class RepairReport:
    path: Path
    #: copies written before anything changed (snapshot and/or journal)
    backups: list[Path] = field(default_factory=list)
    #: the damaged line the journal was cut at, if it was
    damage: JournalDamage | None = None
    #: complete journal lines not carried into the store (the damaged one and those after it); they
    #: are in the journal's backup
    set_aside_lines: int = 0
    rekeyed: list[Rekeyed] = field(default_factory=list)
    #: undo-history entries moved to a record's new id
    history_moved: int = 0
    #: bytes of a torn last journal line (a change never acknowledged) dropped by the final open
    torn_bytes: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.damage or self.rekeyed or self.torn_bytes)

    def lines(self) -> list[str]:
        """What was done, one line each (for the command line)."""
        if not self.changed:
            return [f"{self.path}: nothing to repair"]
        out = []
        if self.damage is not None:
            d = self.damage
            out.append(f"{self.path}: kept the {d.kept} journal change(s) before line {d.line} ({d.reason}); "
                       f"{self.set_aside_lines} line(s) set aside in the journal's backup")
        if self.rekeyed:
            out.append(f"{self.path}: gave {len(self.rekeyed)} record(s) a new id (their id was used by another "
                       f"record); {self.history_moved} history entr{'y' if self.history_moved == 1 else 'ies'} "
                       "followed them")
        if self.torn_bytes:
            out.append(f"{self.path}: dropped {self.torn_bytes} byte(s) of a change that was never finished")
        out.extend(f"{self.path}: backup {b}" for b in self.backups)
        return out

    def __str__(self) -> str:
        return "; ".join(self.lines())


# ---------------------------------------------------------------------------- helpers


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _backup(src: Path, raw: bytes, stamp: str) -> Path:
    """Write ``raw`` (the bytes just read from ``src``) to a new ``src.<stamp>.bak``, fsynced."""
    dest = src.with_name(f"{src.name}.{stamp}.bak")
    n = 1
    while os.path.lexists(dest):
        n += 1
        dest = src.with_name(f"{src.name}.{stamp}-{n}.bak")
    write_atomically(dest, raw)
    return dest


def _read_raw(path: Path) -> bytes | None:
    from store.storage import read_file

    try:
        got = read_file(path)
    except FileRefused as e:
        raise StoreError(f"{path}: {e.reason}", path=path, reason=e.reason) from None
    except OSError as e:
        raise StoreError(f"{path}: cannot read it ({e.strerror or e})", path=path) from None
    return got[0] if got else None


class _Locked:
    """The store to ourselves: no desk has it open for writing (the presence lock, taken
    exclusively) and no append is running (the append lock)."""

    def __init__(self, path: Path):
        self.locks: list[StoreLock] = []
        for name in (".writers", ".lock"):
            lock = StoreLock(Path(str(path) + name))
            try:
                got = lock.acquire()
            except FileRefused as e:
                self.release()
                raise StoreError(f"{lock.path}: {e.reason}", path=lock.path, reason=e.reason) from None
            except OSError as e:
                self.release()
                raise StoreError(f"{path}: cannot take its lock ({e.strerror or e})", path=path) from None
            if not got:
                pid = lock.holder() if name == ".lock" else None
                self.release()
                raise StoreLocked(f"{path}: open in another claimdesk{f' (pid {pid})' if pid else ''}; close it, "
                                  "then repair", path=path, pid=pid)
            self.locks.append(lock)

    def release(self) -> None:
        for lock in self.locks:
            lock.release()
        self.locks = []


def _locked(path: Path) -> _Locked:
    return _Locked(path)


def _cut_journal(journal: Path, offset: int) -> None:
    fd = open_regular(journal, os.O_WRONLY, what="a store's journal")
    try:
        os.ftruncate(fd, offset)
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------- the journal


def truncate_journal_at(path: str | Path, line: int) -> Path:
    """Keep the journal lines before ``line`` (1-based) and set the rest aside; returns the backup.

    ``line`` must be the first damaged line the store reported (``JournalDamaged.damage.line``
    or ``AnnotationStore.damage.line``): the call refuses if any line before it is damaged, or
    if that line is not damaged (then there is nothing to cut). The whole journal is first
    copied to ``<journal>.<UTC time>.bak`` and fsynced, so the lines cut off are kept there.
    Takes the store's lock (StoreLocked while a desk has the store open for writing).
    """
    store = checked_store_path(path)
    lock = _locked(store)
    try:
        storage = JournalStorage(store, read_only=True)
        damage = storage.damage
        if damage is None:
            raise StoreError(f"{storage.journal_path}: no damaged line; nothing to cut", path=storage.journal_path)
        if damage.line != line:
            raise StoreError(f"{storage.journal_path}: the first damaged line is {damage.line}, not {line}; "
                             "nothing was cut", path=storage.journal_path)
        raw = _read_raw(storage.journal_path) or b""
        backup = _backup(storage.journal_path, raw, _stamp())
        try:
            _cut_journal(storage.journal_path, damage.offset)
        except OSError as e:
            raise StoreError(f"{storage.journal_path}: could not cut it ({e.strerror or e}); the backup "
                             f"{backup} holds it whole", path=storage.journal_path) from None
        return backup
    finally:
        lock.release()


# ---------------------------------------------------------------------------- duplicate ids


def duplicate_ids(data: dict[str, dict]) -> dict[str, list[tuple[str, str]]]:
    """Annotation ids held by more than one record: id -> [(table, key), ...] in table/key order."""
    places: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(data):
        if not name.startswith(DOC_PREFIX):
            continue
        table = data[name]
        for key in sorted(table, key=int):
            aid = table[key].get("id")
            if isinstance(aid, str) and aid:
                places.setdefault(aid, []).append((name, key))
    return {aid: where for aid, where in places.items() if len(where) > 1}


def _fresh_id(used: set[str]) -> str:
    while True:
        aid = os.urandom(8).hex()
        if aid not in used:
            used.add(aid)
            return aid


def rekey_duplicates(data: dict[str, dict]) -> tuple[list[Rekeyed], int]:
    """Give every record after the first that holds a repeated id a fresh id, in ``data``.

    Each table that changes is replaced by a new dict (records too): nothing shared with the
    caller's copy is mutated. History entries naming a repeated id are moved to the record
    they were about: the one in the entry's table whose claim matches the entry's record.
    Returns what was re-keyed and how many history entries moved.
    """
    dups = duplicate_ids(data)
    if not dups:
        return [], 0
    ids: set[str] = {rec["id"] for name, table in data.items() if name.startswith(DOC_PREFIX)
                     for rec in table.values() if isinstance(rec.get("id"), str)}
    rekeyed: list[Rekeyed] = []
    new_id_at: dict[tuple[str, str], str] = {}
    for aid, where in dups.items():
        for table, key in where[1:]:
            new = _fresh_id(ids)
            new_id_at[(table, key)] = new
            rekeyed.append(Rekeyed(table, key, aid, new))
    for table in {t for t, _ in new_id_at}:
        data[table] = {k: ({**rec, "id": new_id_at[(table, k)]} if (table, k) in new_id_at else rec)
                       for k, rec in data[table].items()}
    moved = 0
    hist = data.get(HISTORY)
    if hist:
        new_hist = dict(hist)
        for key, entry in hist.items():
            moved_entry = _rekeyed_change(entry, dups, new_id_at, data)
            items = entry.get("items")
            if isinstance(items, list):  # a batch (g over a fact): each of its changes names its own record
                new_items = [(_rekeyed_change(it, dups, new_id_at, data) or it) if isinstance(it, dict) else it
                             for it in items]
                if any(a is not b for a, b in zip(new_items, items, strict=True)):
                    moved_entry = {**(moved_entry or entry), "items": new_items}
            if moved_entry is not None:
                new_hist[key] = moved_entry
                moved += 1
        data[HISTORY] = new_hist
    return rekeyed, moved


def _rekeyed_change(change: dict, dups: dict, new_id_at: dict[tuple[str, str], str],
                    data: dict[str, dict]) -> dict | None:
    """A history entry (or one change of a batch) moved to the re-keyed record it was about, else None."""
    aid = change.get("aid")
    if not isinstance(aid, str) or aid not in dups:
        return None
    fresh = new_id_at.get(_owner(dups[aid], change, data))
    if fresh is None:
        return None  # it was about the record that kept the id
    moved = {**change, "aid": fresh}
    for side in ("before", "after"):
        if isinstance(change.get(side), dict):
            moved[side] = {**change[side], "id": fresh}
    return moved


def _owner(where: list[tuple[str, str]], entry: dict, data: dict[str, dict]) -> tuple[str, str]:
    """Which of the records sharing an id a history entry was about."""
    in_table = [p for p in where if p[0] == entry.get("table")] or where
    claims = {r.get("claim_id") for r in (entry.get("before"), entry.get("after")) if isinstance(r, dict)}
    for table, key in in_table:
        if data[table][key].get("claim_id") in claims:
            return table, key
    return in_table[0]


# ---------------------------------------------------------------------------- the whole store


def repair_store(path: str | Path, *, editor: str = "repair") -> RepairReport:
    """Repair the store at ``path`` so it opens for writing, keeping every record (see the module doc).

    Raises StoreError (one line naming the file) when the store cannot be repaired this way
    (its snapshot is not valid JSON, it is locked by a running claimdesk, the disk refuses).
    A store with nothing wrong is opened and closed (its journal folded in) and the report
    says "nothing to repair".
    """
    from store.annotations import AnnotationStore

    store = checked_store_path(path)
    report = RepairReport(path=store)
    lock = _locked(store)
    try:
        storage = JournalStorage(store, read_only=True)  # CorruptStore for an unreadable snapshot
        stamp = _stamp()
        data = storage.read()  # a shallow copy: rekey_duplicates replaces what it changes
        rekeyed, moved = rekey_duplicates(data)
        damage = storage.damage
        if damage is not None or rekeyed:
            # copies first: after this point every byte the store held is in a fsynced backup
            raw_main = _read_raw(storage.path)
            raw_journal = _read_raw(storage.journal_path)
            if raw_main is not None:
                report.backups.append(_backup(storage.path, raw_main, stamp))
            if raw_journal:
                report.backups.append(_backup(storage.journal_path, raw_journal, stamp))
        try:
            if damage is not None:
                _cut_journal(storage.journal_path, damage.offset)
                report.damage = damage
                report.set_aside_lines = 1 + damage.lines_after
            if rekeyed:
                write_atomically(storage.path, snapshot_bytes(data, storage.seq))
                _cut_journal(storage.journal_path, 0)  # every line is at or below the new snapshot's seq
                report.rekeyed, report.history_moved = rekeyed, moved
        except OSError as e:
            where = f"; backups: {', '.join(map(str, report.backups))}" if report.backups else ""
            raise StoreError(f"{store}: the repair could not be written ({e.strerror or e}){where}",
                             path=store) from None
        report.torn_bytes = 0 if damage is not None else storage.dropped_tail
    finally:
        lock.release()
    # one writable open: drops a torn tail and proves the store opens; then fold the journal in
    try:
        opened = AnnotationStore.open(store, editor=editor)
    except CorruptStore as e:
        kept = f"; backups: {', '.join(map(str, report.backups))}" if report.backups else ""
        raise StoreError(f"{e} (after repair{kept})", path=store) from None
    try:
        if opened.read_only:
            raise StoreError(f"{store}: still read-only after repair: {opened.read_only_reason}", path=store)
        opened.compact()
    finally:
        opened.close()
    return report
