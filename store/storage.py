"""Crash-safe storage for TinyDB: a JSON snapshot plus an append-only, checksummed journal.

Why not TinyDB's ``JSONStorage``: it seeks to 0 and overwrites the file in place (a crash
mid-write leaves a broken file) and rewrites every record on every change (~44 ms at 10k
records, ~0.5 s at 100k). Here a store at ``annotations.json`` is three files:

``annotations.json``
    The snapshot, in TinyDB's own layout ``{table: {doc_id: record}}`` (stock TinyDB can
    read it), plus a hidden table ``_storage`` = ``{"1": {"seq": N, "format": 1}}``: the
    number of the last journal transaction already folded into the snapshot.
``annotations.json.journal``
    One line per committed transaction, ``<crc32 as 8 hex digits> <json>\\n``, where the JSON
    is ``{"s": seq, "ops": [...]}`` and each op is ``["put", table, id, record]``,
    ``["del", table, id]``, ``["table", table, {id: record}]`` or ``["drop", table]``. A
    transaction holds only the records that changed, so its cost does not grow with the
    store. One line per transaction (not per record) keeps multi-record changes (an
    annotation and its undo-history entry) atomic: a line is either whole and checksummed,
    or it is dropped.
``annotations.json.lock``
    See ``store.lock``.

Write path: append the line with ``os.write``, then ``os.fsync``; only then does ``write()``
return. If either fails the journal is truncated back to its previous length and the
in-memory tables are rolled back, so memory never shows an unsaved change as saved.

Open: read the snapshot, replay journal lines with ``s`` above the snapshot's ``seq``. Lines
after the last good one (a torn append: partial line, zero-filled tail) are dropped; a bad
line *followed by* good ones is real damage and refuses to open rather than guess.

Compaction (on open when the journal is not empty, on close, and when the journal outgrows
``max(compact_bytes, snapshot size)`` so its cost is amortised): serialise, write
``.NAME.PID.tmp`` in the same folder, fsync, ``os.replace`` over the snapshot, fsync the
folder, then truncate the journal and fsync it. A crash between any two steps leaves either
the old snapshot with the full journal, or the new snapshot with a journal whose lines are
all at or below its ``seq`` (skipped on replay).

Finding what changed without diffing the whole store: TinyDB's ``Table._update_table``
rebuilds only the updated table's dict, so a changed table is one whose dict is a different
object (``new[name] is not old[name]``). ``JournalTable`` goes further and hands the updater
a dict that records which ids it touched (and a copy of any record read for in-place
update), so a commit serialises only those records and a rollback can restore them.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from store.errors import CorruptStore, JournalDamaged, SaveError, StoreError

FORMAT = 1
RESERVED = "_storage"
DEFAULT_COMPACT_BYTES = 4 << 20
#: what to do about a damaged journal, appended to the message naming the damage
REPAIR_HINT = ("to keep the changes before it, repair the store (claimdesk repair {path}: the journal is "
               "copied aside first, so nothing is deleted)")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def _clone(value: Any) -> Any:
    """A copy of a JSON-like value that shares its (immutable) leaves."""
    if isinstance(value, dict):
        return {k: _clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clone(v) for v in value]
    return value


# ---------------------------------------------------------------------------- low-level IO

#: a snapshot or journal larger than this is refused before it is read (a store of 100,000
#: annotations is about 64 MB; a bigger file is not one of ours, and reading it would only
#: end in a MemoryError)
MAX_STORE_BYTES = 1 << 30
#: how far a file may grow past the size ``fstat`` gave while it is read (a writer appending
#: journal lines) before the read stops: a /proc file reports size 0 and may never end
GROWTH_SLACK = 16 << 20

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class FileRefused(OSError):
    """A path the store will not read or write: not a regular file, too large, endless.

    ``reason`` is the words after ``"PATH: "`` in the one-line message."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(errno.EINVAL, reason, str(path))
        self.reason = reason


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words: "a character device", "a named pipe", ..."""
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a file"


def not_regular(path: str | Path, mode: int, what: str = "an annotation store") -> FileRefused:
    return FileRefused(path, f"not a regular file ({file_kind(mode)}); {what} must be an ordinary file")


def open_regular(path: str | Path, flags: int, mode: int = 0o666, *, what: str = "an annotation store",
                 blocking: bool = True) -> int:
    """``os.open`` that can neither block nor follow a link, checked with ``fstat`` on the same descriptor.

    The open uses ``O_NONBLOCK`` (a FIFO or device swapped in after any earlier check cannot
    block it) and ``O_NOFOLLOW``; ``fstat`` of the descriptor must say regular file, else
    :class:`FileRefused` (the descriptor is closed, nothing was read or written). On success
    a descriptor for writing is switched back to blocking mode (a regular file behaves the same
    either way); ``blocking=False`` keeps it non-blocking, for reads, so a pseudo-file that
    would wait (``/proc/kmsg``) is refused instead of waited on.
    """
    try:
        fd = os.open(path, flags | _NONBLOCK | _NOFOLLOW | _CLOEXEC, mode)
    except OSError as e:
        if e.errno not in (errno.ELOOP, errno.ENXIO, errno.EMLINK):
            raise
        # ELOOP/EMLINK: the last component is a link (a store's own path was resolved before,
        # so it changed); ENXIO: a FIFO without a reader or a device without its driver
        try:
            kind = os.lstat(path).st_mode
        except OSError:
            raise e from None
        raise not_regular(path, kind, what) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise not_regular(path, st.st_mode, what)
        if blocking:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_fd(fd: int, path: str | Path, *, size: int, limit: int = MAX_STORE_BYTES) -> bytes:
    """Every byte of an open regular file whose ``fstat`` gave ``size``, bounded.

    Stops with :class:`FileRefused` past ``limit`` bytes, or past ``size + GROWTH_SLACK``
    (a pseudo-file that reports size 0 and never ends, such as some /proc files)."""
    cap = min(limit, size + GROWTH_SLACK)
    chunks = []
    total = 0
    while True:
        try:
            chunk = os.read(fd, 1 << 20)  # whole blocks; the last may pass the cap by less than one
        except BlockingIOError:
            raise FileRefused(path, "reading it would wait forever (not an ordinary file)") from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            if total > limit:
                raise FileRefused(path, too_large(total, limit))
            raise FileRefused(path, f"it kept growing while it was read (it said {size} bytes; "
                                    "not an ordinary file?)")
    return b"".join(chunks)


def too_large(size: int, limit: int = MAX_STORE_BYTES) -> str:
    return f"too large to be an annotation store ({size / 2**20:.0f} MB or more; the limit is {limit >> 20} MB)"


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (it may write fewer than asked)."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:
            raise OSError(errno.EIO, "write returned 0 bytes")
        view = view[n:]


def read_file(path: Path, *, limit: int = MAX_STORE_BYTES, what: str = "an annotation store") -> tuple[bytes, int] | None:
    """The bytes and inode of ``path``, or None when it does not exist.

    Only a regular file is read: anything else (a device, a FIFO, a socket) is refused by
    ``stat`` before it is opened, and again by ``fstat`` of the descriptor the bytes are read
    from, so a swap in between cannot make the read block or run forever (see
    :func:`open_regular`). A folder raises IsADirectoryError; FileRefused for the rest.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(path, st.st_mode, what)
    if st.st_size > limit:
        raise FileRefused(path, too_large(st.st_size, limit))
    try:
        fd = open_regular(path, os.O_RDONLY, what=what, blocking=False)
    except FileNotFoundError:
        return None
    try:
        st = os.fstat(fd)
        return read_fd(fd, path, size=st.st_size, limit=limit), st.st_ino
    finally:
        os.close(fd)


def resolve_store_path(path: str | Path) -> Path:
    """``path`` with its symbolic links resolved once, so every write lands on the target.

    A path without links comes back as given (messages keep naming what the user typed). A
    dangling link resolves to the file it names (created there on first save); a link loop
    raises FileRefused.
    """
    p = Path(path).expanduser()
    try:
        real = os.path.realpath(p)
    except (OSError, ValueError) as e:
        raise FileRefused(p, f"cannot resolve it ({e})") from None
    if os.path.islink(real):  # realpath stops on a loop and returns a link
        raise FileRefused(p, "too many levels of symbolic links")
    if real == os.path.abspath(p):
        return p
    return Path(real)


def checked_store_path(path: str | Path) -> Path:
    """The file a store at ``path`` lives in: links resolved once (see :func:`resolve_store_path`),
    and StoreError unless it is a regular file or missing. Only ``stat``: nothing is opened,
    so a device or FIFO is refused before anything could block or be written."""
    given = Path(path).expanduser()
    try:
        real = resolve_store_path(given)
    except FileRefused as e:
        raise StoreError(f"{given}: {e.reason}", path=given, reason=e.reason) from None
    try:
        st = os.stat(real)
    except OSError:
        return real  # missing (created on first save), or a folder problem the caller names
    # name what the user gave and, when it is a link, where it leads
    shown = str(real) if real == given else f"{given} (a link to {real})"
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(f"{shown}: is a folder, not an annotation store file", path=real)
    if not stat.S_ISREG(st.st_mode):
        why = not_regular(real, st.st_mode).reason
        raise StoreError(f"{shown}: {why}", path=real, reason=why)
    return real


def fsync_dir(folder: Path) -> None:
    """Make a rename or file creation in ``folder`` durable."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # platforms that cannot open folders have nothing to sync
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, *, tmp_name: str | None = None) -> None:
    """Replace ``path`` with ``data``: temp file beside it, fsync, rename, fsync the folder.

    The temp file is created exclusively and never through a link (a stale one, or a link
    planted in its name, is removed first). Raises OSError; on failure the previous file is
    untouched and the temp file removed.
    """
    tmp = path.with_name(tmp_name or f".{path.name}.{os.getpid()}.tmp")
    try:
        mode = os.stat(path).st_mode & 0o777
    except OSError:
        mode = None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
    try:
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            os.unlink(tmp)
            fd = os.open(tmp, flags, 0o666)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _reason(e: OSError) -> str:
    return e.strerror or str(e)


# ---------------------------------------------------------------------------- parsing


def _json_problem(e: json.JSONDecodeError, text: str) -> str:
    if e.pos >= len(text.rstrip()):
        return "truncated JSON (the file ends in the middle of the data)"
    return f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})"


def check_tables(data: Any, where: str) -> None:
    """Raise CorruptStore unless ``data`` is ``{str: {"<int>": {...}}}``."""
    if not isinstance(data, dict):
        raise CorruptStore(
            f"{where}: not an annotation store (expected tables of records, found {_kind(data)} at the top level)",
            path=where,
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise CorruptStore(f"{where}: not an annotation store (table {name!r} is {_kind(table)}, "
                               "not a set of records)", path=where)
        for key, rec in table.items():
            if not key.isdigit() or not isinstance(rec, dict):
                raise CorruptStore(f"{where}: not an annotation store (table {name!r} has a bad record "
                                   f"{key!r}: {_kind(rec)})", path=where)


def _kind(v: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(v), "a number"
    )


def parse_snapshot(raw: bytes, path: Path) -> tuple[dict, int]:
    """The tables and the folded-in journal sequence number of a snapshot file."""
    if not raw.strip():
        return {}, 0  # a zero-length file is an empty store (TinyDB's own convention)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorruptStore(f"{path}: not UTF-8 text (bad byte at offset {e.start}); the file was left untouched",
                           path=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CorruptStore(f"{path}: {_json_problem(e, text)}; the file was left untouched", path=path) from None
    except RecursionError:
        raise CorruptStore(f"{path}: not an annotation store (nested too deeply)", path=path) from None
    check_tables(data, str(path))
    seq = 0
    info = data.pop(RESERVED, None)
    if info is not None:
        rec = info.get("1", {})
        seq = rec.get("seq", 0)
        fmt = rec.get("format", FORMAT)
        if not isinstance(seq, int) or not isinstance(fmt, int):
            raise CorruptStore(f"{path}: not an annotation store (bad {RESERVED} table)", path=path)
        if fmt > FORMAT:
            raise CorruptStore(f"{path}: made by a newer claimdesk (storage format {fmt}; this one reads up "
                               f"to {FORMAT})", path=path)
    return data, seq


def _check_line(line: bytes) -> tuple[dict | None, str]:
    """One journal line (without its newline) as ``({"s": int, "ops": list}, "")``, or
    ``(None, why)`` when it is damaged."""
    if len(line) < 10 or line[8:9] != b" ":
        return None, "not a journal record"
    try:
        crc = int(line[:8], 16)
    except ValueError:
        return None, "not a journal record"
    payload = line[9:]
    if zlib.crc32(payload) != crc:
        return None, "checksum mismatch"
    try:
        rec = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None, "checksum matches but the record is not valid JSON"
    if not isinstance(rec, dict) or not isinstance(rec.get("s"), int) or not isinstance(rec.get("ops"), list):
        return None, "not a journal record"
    for op in rec["ops"]:
        if not _valid_op(op):
            return None, "not a journal record"
    return rec, ""


def _decode_line(line: bytes) -> dict | None:
    """One journal line (without its newline) as ``{"s": int, "ops": list}``, or None if damaged."""
    return _check_line(line)[0]


def _valid_op(op: Any) -> bool:
    if not isinstance(op, list) or not op or not isinstance(op[0], str):
        return False
    kind = op[0]
    if kind == "put":
        return len(op) == 4 and isinstance(op[1], str) and isinstance(op[2], str) and isinstance(op[3], dict)
    if kind == "del":
        return len(op) == 3 and isinstance(op[1], str) and isinstance(op[2], str)
    if kind == "table":
        return len(op) == 3 and isinstance(op[1], str) and isinstance(op[2], dict)
    if kind == "drop":
        return len(op) == 2 and isinstance(op[1], str)
    return False


@dataclass(frozen=True, slots=True)
class JournalDamage:
    """A complete journal line (it ends in its newline, so it was once written whole) that
    fails its check: a bit flip, an edit by hand, a bad sector. Never dropped silently.

    ``line`` is 1-based; ``offset`` is the byte where the line starts (truncating the journal
    there keeps exactly the ``kept`` transactions before it); ``lines_after`` complete lines
    follow it and are not read either.
    """

    journal: Path
    line: int
    offset: int
    reason: str
    kept: int
    lines_after: int

    def describe(self) -> str:
        after = f", and the {self.lines_after} line(s) after it are not read" if self.lines_after else ""
        return (f"{self.journal}: line {self.line} (byte {self.offset}) is damaged ({self.reason}){after}; "
                f"the {self.kept} change(s) before it are intact")


@dataclass(slots=True)
class JournalScan:
    """What :func:`parse_journal` found: the good transactions in order, the length of the
    good prefix, the first damaged complete line (if any) and the torn tail's length."""

    txs: list[dict]
    good_end: int
    damage: JournalDamage | None
    torn: int


def parse_journal(raw: bytes, path: Path) -> JournalScan:
    """Read a journal: every good line up to the first damaged one.

    - bytes after the last newline are a torn append (a crash in the middle of ``write``):
      ``torn`` counts them and the caller drops them silently, as the change was never
      acknowledged;
    - so is a last line that *starts* with a NUL byte (a block the crash never wrote; our
      lines start with a hex digit, and no single bit flip makes one a NUL);
    - any other complete line that fails its checksum or cannot be read is damage: it and
      everything after it is left unread and described in ``damage``.
    """
    txs: list[dict] = []
    good_end = 0
    pos = 0
    lineno = 0
    damage: tuple[int, int, str] | None = None
    after = 0
    while True:
        nl = raw.find(b"\n", pos)
        if nl < 0:
            break
        lineno += 1
        if damage is not None:
            after += 1
        else:
            line = raw[pos:nl]
            rec, why = _check_line(line)
            if rec is not None and txs and rec["s"] <= txs[-1]["s"]:
                why = f"out of order: change {rec['s']} after change {txs[-1]['s']}"
                rec = None
            if rec is not None:
                txs.append(rec)
                good_end = nl + 1
            elif not (line.startswith(b"\0") and raw.find(b"\n", nl + 1) < 0):
                damage = (lineno, pos, why)
        pos = nl + 1
    found = None
    if damage is not None:
        found = JournalDamage(journal=path, line=damage[0], offset=damage[1], reason=damage[2], kept=len(txs),
                              lines_after=after)
    return JournalScan(txs=txs, good_end=good_end, damage=found, torn=0 if found else len(raw) - good_end)


def apply_ops(data: dict, ops: list) -> None:
    for op in ops:
        kind, name = op[0], op[1]
        if kind == "put":
            data.setdefault(name, {})[op[2]] = op[3]
        elif kind == "del":
            data.get(name, {}).pop(op[2], None)
        elif kind == "table":
            data[name] = op[2]
        elif kind == "drop":
            data.pop(name, None)


# ---------------------------------------------------------------------------- the storage


class JournalStorage(Storage):
    """A TinyDB ``Storage`` that keeps the tables in memory and journals each change durably.

    ``read_only=True``: never writes to disk; changes (e.g. re-anchoring for an export) live
    in memory only. Writable use needs ``open_for_writing()`` after the caller has checked
    the content (it may truncate a torn journal tail and compact).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, compact_bytes: int = DEFAULT_COMPACT_BYTES):
        super().__init__()
        try:
            self.path = resolve_store_path(path)  # a link is written through: the target is the store
        except FileRefused as e:
            raise StoreError(f"{path}: {e.reason}", path=path, reason=e.reason) from None
        self.journal_path = Path(str(self.path) + ".journal")
        self.read_only = read_only
        self.compact_bytes = compact_bytes
        self._data: dict[str, dict] = {}
        self._seq = 0
        self._fd: int | None = None
        self._journal_size = 0
        self._journal_good = 0
        self._journal_raw_len = 0
        self._main_size = 0
        self._main_exists = False
        self._broken = ""
        self._closed = False
        #: the first damaged complete journal line, if any (see ``parse_journal``): the store
        #: then holds only what precedes it and cannot be opened for writing until repaired
        self.damage: JournalDamage | None = None
        # one thread at a time in a transaction, a compaction or close (a worker may compact
        # or close while another thread reads; TinyDB's reads need no lock: ``_data`` is
        # replaced, never changed in place, by a commit)
        self._lock = threading.RLock()
        # the open transaction
        self._tx_depth = 0
        self._tx_prev: dict[str, Any] = {}
        self._tx_logs: dict[str, dict[str, Any]] = {}
        self._tx_full: set[str] = set()
        self._tracking: str | None = None
        #: counts for tests and benchmarks
        self.replayed = 0
        self.dropped_tail = 0
        self.compactions = 0
        self._load()

    # -- loading

    def _read(self, path: Path) -> tuple[bytes, int] | None:
        try:
            return read_file(path, what="a store's journal" if path == self.journal_path else "an annotation store")
        except IsADirectoryError:
            raise StoreError(f"{path}: is a folder, not an annotation store file", path=path) from None
        except FileRefused as e:
            raise StoreError(f"{path}: {e.reason}", path=path, reason=e.reason) from None
        except FileNotFoundError:
            raise
        except OSError as e:
            raise StoreError(f"{path}: cannot read it ({_reason(e)})", path=path) from None

    def _load(self) -> None:
        main = journal = None
        for _ in range(10):
            try:
                main = self._read(self.path)
                journal = self._read(self.journal_path)
                now = os.stat(self.path).st_ino if main is not None else None
            except FileNotFoundError:
                continue  # replaced between two reads: read again
            except OSError as e:
                raise StoreError(f"{self.path}: cannot read it ({_reason(e)})", path=self.path) from None
            # a writer may compact between our two reads; then the journal we read may belong to
            # the newer snapshot: read both again until the snapshot did not change under us
            if main is None or now == main[1]:
                break
        raw_main = main[0] if main else b""
        raw_journal = journal[0] if journal else b""
        self._main_exists = main is not None
        self._main_size = len(raw_main)
        data, base = parse_snapshot(raw_main, self.path)
        scan = parse_journal(raw_journal, self.journal_path)
        seq = base
        for tx in scan.txs:
            if tx["s"] > base:
                apply_ops(data, tx["ops"])
                self.replayed += 1
            seq = max(seq, tx["s"])
        check_tables(data, f"{self.path} (after replaying {self.journal_path.name})")
        data.pop(RESERVED, None)
        self._data = data
        self._seq = seq
        self._journal_good = scan.good_end
        self._journal_raw_len = len(raw_journal)
        self.dropped_tail = scan.torn
        self.damage = scan.damage

    def open_for_writing(self) -> None:
        """Open the journal for appends, drop a torn tail, and compact (creating the file if new).

        Raises JournalDamaged (nothing written) when a complete journal line is damaged: the
        store must be repaired first (``store.repair``), never written over the damage."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only", path=self.path)
        if self.damage is not None:
            raise JournalDamaged(self.damage.describe() + f"; {REPAIR_HINT.format(path=self.path)}",
                                 path=self.path, damage=self.damage)
        existed = self.journal_path.exists()
        try:
            self._fd = open_regular(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT,
                                    what="a store's journal")
            if self._journal_good < self._journal_raw_len:
                os.ftruncate(self._fd, self._journal_good)
                os.fsync(self._fd)
            if not existed:
                fsync_dir(self.path.parent)
        except FileRefused as e:
            self._close_fd()
            raise StoreError(f"{self.journal_path}: {e.reason}", path=self.journal_path, reason=e.reason) from None
        except OSError as e:
            self._close_fd()
            raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
        self._journal_size = self._journal_good
        self._remove_stale_temps()
        if not self._main_exists or self._journal_size:
            try:
                self.compact()
            except SaveError:
                if not self._main_exists:
                    self._close_fd()
                    raise
                # the journal holds every change durably; the next open compacts

    def _remove_stale_temps(self) -> None:
        # only a writer holding the lock gets here, so any temp file is a crashed compaction's
        prefix = f".{self.path.name}."
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return
        for name in names:
            if name.startswith(prefix) and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(self.path.parent / name)

    # -- the TinyDB interface

    def read(self) -> dict[str, dict]:
        # a shallow copy: TinyDB assigns the rebuilt table into what we return, and we need the
        # previous table object to see what changed (and to roll back)
        return dict(self._data)

    def write(self, data: dict[str, dict]) -> None:
        with self._lock:
            if self._closed:
                raise StoreError(f"{self.path}: the store is closed", path=self.path)
            if RESERVED in data:
                raise ValueError(f"the table name {RESERVED!r} is reserved")
            old = self._data
            tracked = self._tracking
            for name, table in data.items():
                prev = old.get(name, MISSING)
                if prev is not table:
                    self._note_changed(name, prev, full=name != tracked)
            for name, table in old.items():
                if name not in data:
                    self._note_changed(name, table, full=True)
            self._data = data
            if self._tx_depth == 0:
                self._commit()

    def close(self) -> None:
        """Compact (when the journal holds anything) and close. Any thread; waits for a
        transaction or compaction running in another thread. Never raises for a failed
        compaction: every change is durable in the journal already, and the next open folds it."""
        with self._lock:
            if self._closed:
                return
            try:
                if self._fd is not None and self._journal_size and not self._broken:
                    with contextlib.suppress(StoreError):
                        self.compact()
            finally:
                self._close_fd()
                self._closed = True

    # -- transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one journal line (one fsync). An exception inside rolls all back.

        Holds the storage's lock throughout, so another thread's compaction or close waits."""
        with self._lock:
            self._tx_depth += 1
            ok = False
            try:
                yield
                ok = True
            finally:
                self._tx_depth -= 1
                if self._tx_depth == 0:
                    if ok:
                        self._commit()
                    else:
                        self._rollback()

    def _note_changed(self, name: str, prev: Any, *, full: bool) -> None:
        if name not in self._tx_prev:
            self._tx_prev[name] = prev
        if full:
            self._tx_full.add(name)

    def _log(self, name: str) -> dict[str, Any]:
        return self._tx_logs.setdefault(name, {})

    def _diff(self) -> list[list]:
        ops: list[list] = []
        for name, prev in self._tx_prev.items():
            cur = self._data.get(name, MISSING)
            if cur is MISSING:
                if prev is not MISSING:
                    ops.append(["drop", name])
                continue
            if prev is MISSING or name in self._tx_full:
                ops.append(["table", name, cur])
                continue
            for key, old in self._tx_logs.get(name, {}).items():
                new = cur.get(key, MISSING)
                if new is MISSING:
                    if old is not MISSING:
                        ops.append(["del", name, key])
                elif old is MISSING or new != old:
                    ops.append(["put", name, key, new])
        return ops

    def _end_tx(self) -> None:
        self._tx_prev = {}
        self._tx_logs = {}
        self._tx_full = set()

    def _rollback(self) -> None:
        # records an updater mutated in place before failing, in tables it never got to write
        for name, log in self._tx_logs.items():
            live = self._data.get(name) if name not in self._tx_prev else None
            if live is not None:
                for key, old in log.items():
                    if old is not MISSING and key in live:
                        live[key] = old
        for name, prev in self._tx_prev.items():
            if prev is MISSING:
                self._data.pop(name, None)
                continue
            for key, old in self._tx_logs.get(name, {}).items():
                if old is MISSING:
                    prev.pop(key, None)
                else:
                    prev[key] = old
            self._data[name] = prev
        self._end_tx()

    def _commit(self) -> None:
        try:
            ops = self._diff()
        except BaseException:
            self._rollback()
            raise
        if not ops or self.read_only:
            self._end_tx()
            return
        if self._fd is None or self._broken:
            self._rollback()
            why = self._broken or "the store is not open for writing"
            raise SaveError(f"could not save to {self.path}: {why}", path=self.path)
        seq = self._seq + 1
        try:
            payload = json.dumps({"s": seq, "ops": ops}, ensure_ascii=False, separators=(",", ":"),
                                 allow_nan=False).encode("utf-8")
        except (TypeError, ValueError) as e:
            self._rollback()
            raise SaveError(f"could not save to {self.path}: a value cannot be stored as JSON ({e})",
                            path=self.path) from None
        line = b"%08x %s\n" % (zlib.crc32(payload), payload)
        try:
            write_all(self._fd, line)
            os.fsync(self._fd)
        except OSError as e:
            self._truncate_back()
            self._rollback()
            raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
        self._seq = seq
        self._journal_size += len(line)
        self._end_tx()
        if self._journal_size > max(self.compact_bytes, self._main_size):
            with contextlib.suppress(StoreError):
                self.compact()

    def _truncate_back(self) -> None:
        """Cut a failed append off the journal so the next line does not follow a torn one."""
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, self._journal_size)
            os.fsync(self._fd)
        except OSError as e:
            self._broken = (f"the journal {self.journal_path.name} could not be repaired after a failed write "
                            f"({_reason(e)}); close and reopen the store")

    # -- compaction

    def compact(self) -> None:
        """Fold the journal into the snapshot atomically, then empty the journal.

        Safe from any thread: it takes the storage's lock, so it waits for a transaction in
        another thread to commit and a write from another thread waits for it."""
        with self._lock:
            self._compact()

    def _compact(self) -> None:
        if self.read_only or self._fd is None or self._closed:
            return
        if self._tx_depth:
            raise RuntimeError("cannot compact inside a transaction")
        data = dict(self._data)
        data[RESERVED] = {"1": {"seq": self._seq, "format": FORMAT}}
        try:
            blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
            write_atomically(self.path, blob)
        except OSError as e:
            raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
        self._main_exists = True
        self._main_size = len(blob)
        self.compactions += 1
        try:
            os.ftruncate(self._fd, 0)
            os.fsync(self._fd)
        except OSError as e:
            # harmless for correctness (its lines are all at or below the snapshot's seq), but say so
            raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
        self._journal_size = 0

    def _close_fd(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    # -- introspection

    @property
    def seq(self) -> int:
        return self._seq

    @property
    def journal_size(self) -> int:
        return self._journal_size

    @property
    def broken(self) -> str:
        return self._broken


# ---------------------------------------------------------------------------- TinyDB side


class TrackingDict(dict):
    """The table dict handed to a TinyDB updater: records which ids it touches.

    ``log[str(id)]`` is the record before the transaction first touched it (a copy when it
    was only read, since TinyDB's ``update`` mutates records in place), or MISSING.
    """

    __slots__ = ("_log",)

    def __init__(self, data: dict, log: dict[str, Any]):
        dict.__init__(self, data)
        self._log = log

    def _touch(self, key: Any, copy: bool) -> None:
        k = str(key)
        if k in self._log:
            return
        if dict.__contains__(self, key):
            old = dict.__getitem__(self, key)
            self._log[k] = _clone(old) if copy else old
        else:
            self._log[k] = MISSING

    def __getitem__(self, key: Any) -> Any:
        self._touch(key, True)
        return dict.__getitem__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if dict.__contains__(self, key) else default

    def __setitem__(self, key: Any, value: Any) -> None:
        self._touch(key, False)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: Any) -> None:
        self._touch(key, False)
        dict.__delitem__(self, key)

    def pop(self, key: Any, *default: Any) -> Any:
        self._touch(key, False)
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[Any, Any]:
        key = next(reversed(dict.keys(self)))
        self._touch(key, False)
        return dict.popitem(self)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self._touch(key, True)
        return dict.setdefault(self, key, default)

    def clear(self) -> None:
        for key in list(dict.keys(self)):
            self._touch(key, False)
        dict.clear(self)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def values(self):  # type: ignore[override]
        for key in list(dict.keys(self)):
            self._touch(key, True)
        return dict.values(self)

    def items(self):  # type: ignore[override]
        for key in list(dict.keys(self)):
            self._touch(key, True)
        return dict.items(self)


class JournalTable(Table):
    """A TinyDB table whose writes are journalled record by record (see the module doc)."""

    def _update_table(self, updater: Callable[[dict], None]) -> None:
        storage = self._storage
        if not isinstance(storage, JournalStorage):
            return super()._update_table(updater)
        with storage.transaction():
            log = storage._log(self.name)

            def tracked(table: dict) -> None:
                t = TrackingDict(table, log)
                updater(t)
                table.clear()
                table.update(dict.items(t))

            storage._tracking = self.name
            try:
                super()._update_table(tracked)
            finally:
                storage._tracking = None

    def put(self, doc_id: int, record: dict) -> None:
        """Insert or replace one record (a fresh dict: no in-place mutation)."""
        self._update_table(lambda table: table.__setitem__(doc_id, dict(record)))

    def delete(self, doc_id: int) -> None:
        self._update_table(lambda table: table.pop(doc_id, None))

    def apply(self, puts: dict[int, dict], deletes: Iterable[int] = ()) -> None:
        """Several puts and deletes in one table rebuild."""
        def updater(table: dict) -> None:
            for doc_id in deletes:
                table.pop(doc_id, None)
            for doc_id, record in puts.items():
                table[doc_id] = dict(record)

        self._update_table(updater)

    def record(self, doc_id: int) -> dict | None:
        """The stored record itself (do not mutate it), or None."""
        rec = self._read_table().get(str(doc_id))
        return rec if isinstance(rec, dict) else None

    def records(self) -> dict[str, dict]:
        """The stored ``{id: record}`` dict itself (do not mutate it)."""
        return self._read_table()  # type: ignore[return-value]  # JournalStorage keeps plain dicts


class JournalDB(TinyDB):
    """TinyDB whose tables journal their changes; use with ``storage=JournalStorage``."""

    table_class = JournalTable

    def table(self, name: str, **kwargs: Any) -> JournalTable:  # type: ignore[override]
        return super().table(name, **kwargs)  # type: ignore[return-value]

    def reset_caches(self) -> None:
        """After a rolled-back transaction: forget query results and id counters."""
        for table in self._tables.values():
            table.clear_cache()
            table._next_id = None
