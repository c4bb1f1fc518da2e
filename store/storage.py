"""Crash-safe storage for TinyDB: a JSON snapshot plus an append-only, checksummed journal.

Why not TinyDB's ``JSONStorage``: it seeks to 0 and overwrites the file in place (a crash
mid-write leaves a broken file) and rewrites every record on every change (~44 ms at 10k
records, ~0.5 s at 100k). Here a store at ``annotations.json`` is these files:

``annotations.json``
    The snapshot, in TinyDB's own layout ``{table: {doc_id: record}}`` (stock TinyDB can
    read it), led by a hidden table ``_storage`` = ``{"1": {"seq": N, "format": 1}}``: the
    number of the last journal transaction already folded into the snapshot. It comes first
    so a follower can read ``N`` from the file's first bytes.
``annotations.json.journal``
    One line per committed transaction, ``<crc32 as 8 hex digits> <json>\\n``, where the JSON
    is ``{"s": seq, "ops": [...]}`` and each op is ``["put", table, id, record]``,
    ``["del", table, id]``, ``["table", table, {id: record}]`` or ``["drop", table]``. A
    transaction holds only the records that changed, so its cost does not grow with the
    store. One line per transaction (not per record) keeps multi-record changes (an
    annotation and its undo-history entry) atomic: a line is either whole and checksummed,
    or it is dropped. Sequence numbers only grow, across every writer.
``annotations.json.lock``, ``annotations.json.writers``
    See ``store.lock``.

Write path: a change touches only the table it changes. Tables and records are never
changed in place once stored (a change builds a new table dict holding new record dicts), so
a reader or a background compaction holding the old ones sees a consistent state without a
lock, and a rollback just puts the old table back. The journal line is appended with
``os.write``, then ``os.fsync``; only then does the change return. If either fails the journal
is cut back to its previous length and the tables are rolled back, so memory never shows an
unsaved change as saved.

Several writers (``append_lock``): each append holds the store's append lock, first reads
the journal lines other writers appended since it last looked (cheap: one ``stat`` when there
are none), then appends its own line with the next sequence number. A torn line left by a
writer that died mid-append is cut off by the next writer under the lock. ``refresh()`` does
the same reading without the lock, for a desk that wants to see others' changes.

Open: read the snapshot, replay journal lines with ``s`` above the snapshot's ``seq``. Lines
after the last good one (a torn append: partial line, zero-filled tail) are dropped; a bad
line *followed by* good ones is real damage and refuses to open rather than guess. The
snapshot is parsed record by record (:func:`parse_snapshot_chunks`), never in one long call, so
a thread that opens a 64 MB store leaves the interpreter to other threads every few
milliseconds, and ``progress`` hears how far it got.

Compaction, never inside a change: a background thread the storage owns runs it once the
journal outgrows ``compact_bytes`` (4 MB: about 3,000 tags) and no change came for
``idle_seconds`` (``compact_in_background()`` starts one at once; ``compact()`` runs one in the
calling thread, as ``close()`` does). Only one writer compacts at a time (it holds an flock on
its temp file ``.NAME.compacting.tmp``); the others follow. Steps:

1. under the append lock: catch up, take the table map (a shallow copy) and its ``seq`` S, and
   the journal's length O;
2. with no lock: write the snapshot to the temp file, table by table, and fsync it;
3. under the append lock: check no one else compacted meanwhile, ``os.replace`` the temp file
   over the snapshot, fsync the folder; copy the journal's lines after O (changes made during
   step 2, all above S) to a new journal file, fsync, ``os.replace`` it over the journal, fsync
   the folder.

A crash between any two steps leaves either the old snapshot with the full journal, or the
new snapshot with a journal whose lines below or at its ``seq`` are skipped on replay. A
follower that finds a new journal file reads the new snapshot's ``seq`` from its first bytes:
if it already holds every change up to it, it reads the new journal's lines above its own
sequence number; else it reloads.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import fcntl
import json
import os
import re
import stat
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from store.errors import CorruptStore, JournalDamaged, SaveError, StoreError
from store.lock import AppendLock, LockTimeout

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
    return b"".join(read_fd_chunks(fd, path, size=size, limit=limit))


def read_fd_chunks(fd: int, path: str | Path, *, size: int, limit: int = MAX_STORE_BYTES) -> list[bytes]:
    """As :func:`read_fd`, in blocks of 1 MB (a 64 MB store is never one long copy)."""
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
    return chunks


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


def read_file(path: Path, *, limit: int = MAX_STORE_BYTES, what: str = "an annotation store",
              chunks: bool = False, with_stat: bool = False) -> tuple[Any, Any] | None:
    """The bytes and inode of ``path``, or None when it does not exist (``chunks=True``: the
    bytes as a list of blocks of up to 1 MB; ``with_stat=True``: the ``fstat`` of the file read
    instead of its inode).

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
        blocks = read_fd_chunks(fd, path, size=st.st_size, limit=limit)
        return (blocks if chunks else b"".join(blocks)), (st if with_stat else st.st_ino)
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



# ---------------------------------------------------------------------------- snapshots, in pieces

#: hand the interpreter to other threads at least this often (seconds) during long loops
YIELD_EVERY = 0.002
#: the same for a compaction, which runs beside writes: a write waiting for the interpreter
#: after each of its system calls waits at most about this long
COMPACT_YIELD_EVERY = 0.0005
#: compact stores whose snapshot is at least this large in a helper process (store.compactor);
#: None: never. Off by default: measured at 100k annotations on 2 busy cores, the helper halves the
#: median tag during a compaction (0.7-1.0 against 1.5 ms: no interpreter lock shared) but its
#: extra work (it parses the snapshot again) and its unpaced writes made the longest tag worse
#: (36-43 against 11-13 ms). With cores to spare it is the better choice.
CHILD_COMPACTION_BYTES: int | None = None
#: a compaction flushes its snapshot to disk every this many bytes: a concurrent write's fsync
#: (which on ext4 waits for every dirty block of the file system's journal transaction) then
#: never waits for more than this much of the snapshot
COMPACT_FLUSH_BYTES = 4 << 20
_WS = re.compile(r"[ \t\n\r]*")
_KEY = re.compile(r'"(\d+)"[ \t\n\r]*:')
_DECODER = json.JSONDecoder()
_HEAD = re.compile(rb'\s*\{\s*"' + RESERVED.encode() + rb'"\s*:\s*\{\s*"1"\s*:\s*\{\s*"seq"\s*:\s*(\d+)')


@dataclass(frozen=True, slots=True)
class OpenProgress:
    """How far opening a store got: ``stage`` (reading, parsing, replaying, checking, indexing),
    ``done`` of ``total`` units (bytes, lines or records; ``total`` 0 when unknown)."""

    stage: str
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0


ProgressFn = Callable[[OpenProgress], None]


class _Pacer:
    """Yields the interpreter lock to other threads every ``YIELD_EVERY`` seconds and reports
    progress at most every 50 ms, from a loop that calls :meth:`tick` often."""

    __slots__ = ("_last_yield", "_last_report", "_progress", "stage", "total")

    def __init__(self, progress: ProgressFn | None, stage: str, total: int):
        self._progress = progress
        self.stage = stage
        self.total = total
        self._last_yield = self._last_report = time.perf_counter()

    def tick(self, done: int) -> None:
        now = time.perf_counter()
        if now - self._last_yield >= YIELD_EVERY:
            time.sleep(0)  # lets a waiting thread (the desk's event loop) take the GIL now
            self._last_yield = time.perf_counter()
            if self._progress is not None and now - self._last_report >= 0.05:
                self._last_report = now
                self._progress(OpenProgress(self.stage, done, self.total))

    def done(self, done: int) -> None:
        if self._progress is not None:
            self._progress(OpenProgress(self.stage, done, self.total))


#: stores at least this large are loaded with the cyclic garbage collector paused (see gc_paused)
GC_PAUSE_BYTES = 4 << 20
_gc_lock = threading.Lock()
_gc_pausers = 0


@contextlib.contextmanager
def gc_paused(active: bool = True) -> Iterator[None]:
    """Load a large store without the cyclic garbage collector, then freeze what was loaded.

    Loading 100,000 annotations creates millions of container objects; the collector's full
    passes over them took 30-190 ms each while they were created (measured: a 365 ms stall of
    another thread during one open), and would go on costing that on every later full pass. The
    records hold no reference cycles (plain JSON values, freed by reference counting), so the
    collector has nothing to find in them: it is paused while they are built and ``gc.freeze()``
    then moves them out of its sight for the session, as the desk does with its loaded articles.
    Nested and concurrent uses are counted; the collector runs again when the last one ends."""
    global _gc_pausers
    import gc

    if not active:
        yield
        return
    with _gc_lock:
        _gc_pausers += 1
        was = gc.isenabled() if _gc_pausers == 1 else True
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0:
                gc.freeze()
                if was:
                    gc.enable()


class _Incomplete(Exception):
    """The snapshot cannot be read piece by piece (it is damaged or shaped unlike ours)."""


class _Text:
    """UTF-8 blocks decoded as they are needed; ``buf[pos:]`` is what is not consumed yet."""

    def __init__(self, blocks: list[bytes]):
        self._blocks = blocks
        self._next = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.consumed = 0  # bytes of the blocks decoded so far

    def more(self) -> bool:
        while self._next < len(self._blocks):
            block = self._blocks[self._next]
            self._next += 1
            self.consumed += len(block)
            final = self._next == len(self._blocks)
            text = self._decoder.decode(block, final)  # UnicodeDecodeError: the caller falls back
            if text:
                self.buf = self.buf[self.pos:] + text
                self.pos = 0
                return True
        return False

    def skip_ws(self) -> None:
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]  # always matches
            if self.pos < len(self.buf) or not self.more():
                return

    def char(self) -> str:
        self.skip_ws()
        if self.pos >= len(self.buf):
            raise _Incomplete("unexpected end")
        return self.buf[self.pos]

    def expect(self, ch: str) -> None:
        if self.char() != ch:
            raise _Incomplete(f"expected {ch!r}")
        self.pos += 1

    def value(self) -> Any:
        self.skip_ws()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as e:
                # cut off by the block's end (then read on), or damaged (then let the full parse name it)
                if not (len(self.buf) - e.pos <= 16 or e.msg.startswith("Unterminated string")) or not self.more():
                    raise _Incomplete("bad value") from None
                continue
            except RecursionError:
                raise _Incomplete("nested too deeply") from None
            if end >= len(self.buf) and isinstance(value, (int, float)) and self.more():
                continue  # a number cut at the block's end: read it whole
            self.pos = end
            return value


def iter_snapshot_tables(blocks: list[bytes], pace: _Pacer | None = None) -> Iterator[tuple[str, dict]]:
    """The tables of a snapshot read in blocks, one at a time, each record parsed by its own
    short call. Raises _Incomplete (or UnicodeDecodeError) for anything not shaped like a store."""
    text = _Text(blocks)
    text.more()
    text.expect("{")
    n = 0
    if text.char() == "}":
        text.pos += 1
    else:
        while True:
            name = text.value()
            if not isinstance(name, str):
                raise _Incomplete("table name")
            text.expect(":")
            if text.char() != "{":
                raise _Incomplete("table")
            text.pos += 1
            table: dict[str, Any] = {}
            if text.char() != "}":
                while True:
                    m = _KEY.match(text.buf, text.pos)
                    if m is not None:  # the usual record id, "123": (a regex, not a decoder call)
                        key = m.group(1)
                        text.pos = m.end()
                    else:
                        key = text.value()
                        if not isinstance(key, str):
                            raise _Incomplete("record id")
                        text.expect(":")
                    table[key] = text.value()
                    n += 1
                    if pace is not None and n & 63 == 0:
                        pace.tick(text.consumed)
                    sep = text.char()
                    text.pos += 1
                    if sep == "}":
                        break
                    if sep != ",":
                        raise _Incomplete("separator")
            else:
                text.pos += 1
            yield name, table
            sep = text.char()
            text.pos += 1
            if sep == "}":
                break
            if sep != ",":
                raise _Incomplete("separator")
    text.skip_ws()
    if text.pos < len(text.buf):
        raise _Incomplete("trailing data")


def parse_snapshot_chunks(blocks: list[bytes], path: Path, progress: ProgressFn | None = None) -> tuple[dict, int]:
    """:func:`parse_snapshot` for a snapshot read in blocks, record by record.

    A single ``json.loads`` of a 64 MB store holds the interpreter for about a second, so a
    desk that opens it in a worker thread still freezes; here each record is its own short
    call and the loop yields to other threads every few milliseconds. Anything that is not a
    well-formed store of our shape is handed to :func:`parse_snapshot`, whose one-line errors
    name the problem exactly."""
    total = sum(len(b) for b in blocks)
    if all(not b.strip() for b in blocks):
        return {}, 0  # a zero-length file is an empty store (TinyDB's own convention)
    pace = _Pacer(progress, "parsing", total)
    data: dict[str, Any] = {}
    try:
        for name, table in iter_snapshot_tables(blocks, pace):
            data[name] = table
    except (_Incomplete, UnicodeDecodeError):
        return parse_snapshot(b"".join(blocks), path)  # raises CorruptStore naming the problem
    pace.done(total)
    check_tables(data, str(path))
    return _split_reserved(data, path)


def _split_reserved(data: dict, path: Path) -> tuple[dict, int]:
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


FileId = tuple[int, int, int, int]


def file_id(st: os.stat_result) -> FileId:
    """A file's identity that survives inode reuse: device, inode, size and change time (a
    snapshot is written once, then only renamed)."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def path_id(path: Path) -> FileId | None:
    try:
        return file_id(os.stat(path))
    except OSError:
        return None


def snapshot_seq(path: Path) -> tuple[int | None, FileId | None]:
    """The ``seq`` a snapshot folds in, read from its first bytes, and the file's identity;
    ``(None, id)`` when the file does not start with our ``_storage`` table, ``(None, None)``
    when it is missing. Never reads more than 256 bytes, never blocks."""
    try:
        fd = open_regular(path, os.O_RDONLY, blocking=False)
    except OSError:
        return None, None
    try:
        ident = file_id(os.fstat(fd))
        try:
            head = os.pread(fd, 256, 0)
        except OSError:
            return None, ident
    finally:
        os.close(fd)
    m = _HEAD.match(head)
    return (int(m.group(1)) if m else None), ident


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def snapshot_head(seq: int) -> str:
    """How a snapshot starts: ``{"_storage":...`` with the sequence number it folds in."""
    return f'{{"{RESERVED}":{{"1":{{"seq":{int(seq)},"format":{FORMAT}}}}}'


def table_pieces(name: str, table: dict, pace: Callable[[], None] | None = None) -> Iterator[str]:
    """One table of a snapshot, ``,"name":{...}``, a large one record by record."""
    yield "," + _ENCODE(name) + ":"
    if len(table) <= 64:
        yield _ENCODE(table)
        return
    parts = []
    for i, (key, rec) in enumerate(table.items()):
        parts.append(_ENCODE(key) + ":" + _ENCODE(rec))
        if i & 63 == 63 and pace is not None:
            pace()
    yield "{" + ",".join(parts) + "}"


def snapshot_pieces(tables: dict[str, dict], seq: int, pace: Callable[[], None] | None = None) -> Iterator[str]:
    """The snapshot's JSON text in pieces: ``_storage`` first, then each table; a large table
    record by record (so no single encoding call runs long)."""
    yield snapshot_head(seq)
    for name, table in tables.items():
        if name == RESERVED:
            continue
        yield from table_pieces(name, table, pace)
        if pace is not None:
            pace()
    yield "}"


def snapshot_bytes(tables: dict[str, dict], seq: int) -> bytes:
    """The whole snapshot file for ``tables`` folding in journal transactions up to ``seq``."""
    return "".join(snapshot_pieces(tables, seq)).encode("utf-8")


# ---------------------------------------------------------------------------- the storage


@dataclass(slots=True)
class Changes:
    """What a catch-up with the journal brought in from other writers: the records put or
    deleted (table -> record keys), tables replaced or dropped whole, or everything
    (``reloaded``: the store was read again from its files)."""

    records: dict[str, set[str]] = field(default_factory=dict)
    tables: set[str] = field(default_factory=set)
    reloaded: bool = False
    transactions: int = 0

    def __bool__(self) -> bool:
        return bool(self.records or self.tables or self.reloaded)

    def merge(self, other: Changes) -> None:
        for name, keys in other.records.items():
            self.records.setdefault(name, set()).update(keys)
        self.tables |= other.tables
        self.reloaded = self.reloaded or other.reloaded
        self.transactions += other.transactions


class JournalStorage(Storage):
    """A TinyDB ``Storage`` that keeps the tables in memory and journals each change durably.

    ``read_only=True``: never writes to disk; changes (e.g. re-anchoring for an export) live
    in memory only. Writable use needs ``open_for_writing()`` after the caller has checked
    the content (it may cut a torn journal tail, and creates the snapshot of a new store).

    ``append_lock``: several writers share the store (see the module doc); without one this
    storage assumes it is the only writer (its owner holds a lock for the session).
    ``auto_compact``: compact in a background thread this storage owns (see the module doc).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, compact_bytes: int = DEFAULT_COMPACT_BYTES,
                 progress: ProgressFn | None = None, append_lock: AppendLock | None = None,
                 auto_compact: bool = True, idle_seconds: float = 1.0,
                 child_compaction_bytes: int | None = CHILD_COMPACTION_BYTES):
        super().__init__()
        try:
            self.path = resolve_store_path(path)  # a link is written through: the target is the store
        except FileRefused as e:
            raise StoreError(f"{path}: {e.reason}", path=path, reason=e.reason) from None
        # absolute: the background compactor and a closing thread must not follow a later chdir
        self.path = Path(os.path.abspath(self.path))
        self.journal_path = Path(str(self.path) + ".journal")
        self.read_only = read_only
        self.compact_bytes = compact_bytes
        self.auto_compact = auto_compact
        self.idle_seconds = idle_seconds
        #: snapshots at least this large are compacted by a helper process (see _write_snapshot)
        self.child_compaction_bytes = child_compaction_bytes
        self._append_lock = append_lock
        self._data: dict[str, dict] = {}
        self._seq = 0
        #: the journal file followed: its descriptor (appends for a writer, reads for everyone),
        #: inode, and how many bytes of whole lines were read (or written) from it
        self._fd: int | None = None
        self._fd_writable = False
        self._jino: int | None = None
        self._jpos = 0
        self._jlines = 0  # whole lines in the journal followed (for damage messages)
        self._snap_id: FileId | None = None  # the snapshot file our tables came from (or last wrote)
        self._last_line_seq = 0
        self._journal_raw_len = 0
        self._main_size = 0
        self._main_exists = False
        self._broken = ""
        self._closed = False
        #: the first damaged complete journal line, if any (see ``parse_journal``): the store
        #: then holds only what precedes it and cannot be opened for writing until repaired
        self.damage: JournalDamage | None = None
        # one thread at a time in a transaction, a catch-up, a compaction step or close; reads of
        # a table need no lock (tables are replaced, never changed in place)
        self._lock = threading.RLock()
        self._xdepth = 0
        # the open transaction
        self._tx_depth = 0
        self._tx_prev: dict[str, Any] = {}
        self._tx_logs: dict[str, dict[str, Any]] = {}
        self._tx_full: set[str] = set()
        #: called (under the storage's lock) with the Changes each catch-up brought in
        self.listeners: list[Callable[[Changes], None]] = []
        self._last_commit = time.monotonic()
        self._compactor: _Compactor | None = None
        #: the last background compaction's failure ("" when it worked): every change is in the
        #: journal anyway, and the next compaction tries again
        self.compaction_error = ""
        #: counts for tests and benchmarks
        self.replayed = 0
        self.dropped_tail = 0
        self.compactions = 0
        self.child_compactions = 0
        self.reloads = 0
        self._load(progress)

    # -- loading

    def _read(self, path: Path, *, chunks: bool = False, with_stat: bool = False) -> tuple[Any, Any] | None:
        try:
            return read_file(path, what="a store's journal" if path == self.journal_path else "an annotation store",
                             chunks=chunks, with_stat=with_stat)
        except IsADirectoryError:
            raise StoreError(f"{path}: is a folder, not an annotation store file", path=path) from None
        except FileRefused as e:
            raise StoreError(f"{path}: {e.reason}", path=path, reason=e.reason) from None
        except FileNotFoundError:
            raise
        except OSError as e:
            raise StoreError(f"{path}: cannot read it ({_reason(e)})", path=path) from None

    def _read_consistent(self, progress: ProgressFn | None) -> tuple[list[bytes], bytes, bool, int | None]:
        """The snapshot's blocks and the journal's bytes as one consistent pair (a writer may
        compact between the two reads: then both are read again), whether the snapshot exists,
        and a descriptor still open on the journal read (None when there is none), so its
        identity can be compared later without fear of a reused inode. Sets ``_snap_id``."""
        main = None
        raw_journal = b""
        jfd: int | None = None
        for _ in range(10):
            if jfd is not None:
                os.close(jfd)
                jfd = None
            try:
                if progress is not None:
                    progress(OpenProgress("reading", 0, 0))
                main = self._read_snapshot()
                jfd, raw_journal = self._read_journal()
                now = path_id(self.path) if main is not None else None
            except FileNotFoundError:
                continue  # replaced between two reads: read again
            except OSError as e:
                if jfd is not None:
                    os.close(jfd)
                raise StoreError(f"{self.path}: cannot read it ({_reason(e)})", path=self.path) from None
            except BaseException:
                if jfd is not None:
                    os.close(jfd)
                raise
            # a writer may compact between our two reads; then the journal we read may belong to
            # the newer snapshot: read both again until the snapshot did not change under us
            if main is None or now == main[1]:
                break
        self._snap_id = main[1] if main else None
        blocks: list[bytes] = main[0] if main else []
        return blocks, raw_journal, main is not None, jfd

    def _read_snapshot(self) -> tuple[list[bytes], FileId] | None:
        got = self._read(self.path, chunks=True, with_stat=True)
        return None if got is None else (got[0], file_id(got[1]))

    def _read_journal(self) -> tuple[int | None, bytes]:
        """A descriptor on the journal and its bytes, (None, b"") when there is no journal."""
        try:
            fd = open_regular(self.journal_path, os.O_RDONLY, what="a store's journal", blocking=False)
        except FileNotFoundError:
            return None, b""
        except IsADirectoryError:
            raise StoreError(f"{self.journal_path}: is a folder, not an annotation store file",
                             path=self.journal_path) from None
        except FileRefused as e:
            raise StoreError(f"{self.journal_path}: {e.reason}", path=self.journal_path, reason=e.reason) from None
        except OSError as e:
            raise StoreError(f"{self.journal_path}: cannot read it ({_reason(e)})", path=self.journal_path) from None
        try:
            raw = read_fd(fd, self.journal_path, size=os.fstat(fd).st_size)
        except FileRefused as e:
            os.close(fd)
            raise StoreError(f"{self.journal_path}: {e.reason}", path=self.journal_path, reason=e.reason) from None
        except OSError as e:
            os.close(fd)
            raise StoreError(f"{self.journal_path}: cannot read it ({_reason(e)})", path=self.journal_path) from None
        return fd, raw

    def _load(self, progress: ProgressFn | None) -> None:
        blocks, raw_journal, exists, jfd = self._read_consistent(progress)
        try:
            self._load_from(blocks, raw_journal, exists, jfd, progress)
        except BaseException:
            if jfd is not None:
                os.close(jfd)
            raise

    def _load_from(self, blocks: list[bytes], raw_journal: bytes, exists: bool, jfd: int | None,
                   progress: ProgressFn | None) -> None:
        self._main_exists = exists
        self._main_size = sum(len(b) for b in blocks)
        data, base = parse_snapshot_chunks(blocks, self.path, progress)
        del blocks
        scan = parse_journal(raw_journal, self.journal_path)
        seq = base
        pace = _Pacer(progress, "replaying", len(scan.txs))
        for i, tx in enumerate(scan.txs):
            if tx["s"] > base:
                apply_ops(data, tx["ops"])
                self.replayed += 1
            seq = max(seq, tx["s"])
            pace.tick(i)
        pace.done(len(scan.txs))
        check_tables(data, f"{self.path} (after replaying {self.journal_path.name})")
        data.pop(RESERVED, None)
        self._data = data
        self._seq = seq
        self._fd = jfd  # followed for reads; a writer swaps it for one that appends (_adopt)
        self._fd_writable = False
        self._jino = os.fstat(jfd).st_ino if jfd is not None else None
        self._jpos = scan.good_end
        self._jlines = len(scan.txs)
        self._last_line_seq = scan.txs[-1]["s"] if scan.txs else 0
        self._journal_raw_len = len(raw_journal)
        self.dropped_tail = scan.torn
        self.damage = scan.damage

    def open_for_writing(self) -> None:
        """Open the journal for appends, cut a torn tail, and create the snapshot of a new store.

        Raises JournalDamaged (nothing written) when a complete journal line is damaged: the
        store must be repaired first (``store.repair``), never written over the damage."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only", path=self.path)
        if self.damage is not None:
            raise JournalDamaged(self.damage.describe() + f"; {REPAIR_HINT.format(path=self.path)}",
                                 path=self.path, damage=self.damage)
        with self._lock:
            existed = self.journal_path.exists()
            try:
                if self._append_lock is not None:
                    self._append_lock.open()
                fd = open_regular(self.journal_path, os.O_RDWR | os.O_APPEND | os.O_CREAT, what="a store's journal")
            except FileRefused as e:
                raise StoreError(f"{e.filename}: {e.reason}", path=e.filename, reason=e.reason) from None
            except OSError as e:
                raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
            try:
                if not existed:
                    fsync_dir(self.path.parent)
                self._fd_writable = True
                self._adopt(fd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                self._fd = None
                raise
            try:
                # with several writers this catches up (another may have written since we read) and
                # cuts a dead writer's torn tail under the append lock; alone, we cut it ourselves
                with self.exclusive():
                    if self._append_lock is None:
                        self._cut_torn_tail()
                    self._remove_stale_temps()
                    if self.damage is not None:
                        raise JournalDamaged(self.damage.describe() + f"; {REPAIR_HINT.format(path=self.path)}",
                                             path=self.path, damage=self.damage)
            except BaseException:
                self._close_fd()
                raise
        if not self._main_exists:
            try:
                self.compact()
            except BaseException:
                self._close_fd()
                raise

    def _cut_torn_tail(self) -> None:
        assert self._fd is not None
        size = os.fstat(self._fd).st_size
        if size > self._jpos:
            try:
                os.ftruncate(self._fd, self._jpos)
                os.fsync(self._fd)
            except OSError as e:
                raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
            self.dropped_tail = size - self._jpos

    def _open_journal(self) -> int:
        """A new descriptor on the journal at its path: for appends when we write, else reads."""
        if self._fd_writable:
            return open_regular(self.journal_path, os.O_RDWR | os.O_APPEND, what="a store's journal")
        return open_regular(self.journal_path, os.O_RDONLY, what="a store's journal", blocking=False)

    def _adopt(self, fd: int, changes: Changes | None = None, depth: int = 0) -> None:
        """Follow the journal open on ``fd`` (just opened at its path) instead of the one we
        followed: the same file (compared while both are open, so no reused inode fools it) keeps
        our place in it; another file (created since, or put there by a compaction) is read from
        its start, after what was left in the old one."""
        own = changes is None
        changes = Changes() if changes is None else changes
        old = self._fd
        ino = os.fstat(fd).st_ino
        self._fd = None
        try:
            if old is not None:
                ost = os.fstat(old)
                if ost.st_ino == ino:
                    self._fd = fd
                    return
                if ost.st_size > self._jpos:
                    self._read_lines(old, ost.st_size, changes)
        finally:
            if old is not None and old != fd:
                with contextlib.suppress(OSError):
                    os.close(old)
        self._fd = fd
        self._switch_to(fd, ino, changes, depth)
        if own:
            self._notify(changes)

    def _remove_stale_temps(self) -> None:
        """Temp files of a crashed compaction or write (never one a live compaction holds)."""
        prefix = f".{self.path.name}."
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return
        for name in names:
            if not (name.startswith(prefix) and name.endswith(".tmp")):
                continue
            tmp = self.path.parent / name
            try:
                fd = os.open(tmp, os.O_RDONLY | _NONBLOCK | _NOFOLLOW | _CLOEXEC)
            except OSError:
                with contextlib.suppress(OSError):
                    if stat.S_ISLNK(os.lstat(tmp).st_mode):
                        os.unlink(tmp)
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a live compaction's
            finally:
                os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    # -- following other writers

    def _notify(self, changes: Changes) -> None:
        if changes:
            for fn in list(self.listeners):
                fn(changes)

    def refresh(self) -> Changes:
        """Read the journal lines other writers appended since we last looked, and apply them.

        One ``stat`` and one ``fstat`` when nothing changed. Safe without the append lock (only
        whole, checksummed lines are read). Returns what changed (also told to ``listeners``)."""
        with self._lock:
            if self._closed or self._tx_depth:
                return Changes()
            changes = self._catch_up(locked=False)
        return changes

    def _ensure_follow_fd(self) -> bool:
        if self._fd is not None:
            return True
        try:
            fd = open_regular(self.journal_path, os.O_RDONLY, what="a store's journal", blocking=False)
        except OSError:
            return False
        try:
            self._adopt(fd)
        except BaseException:
            os.close(fd)
            self._fd = None
            raise
        return True

    def _catch_up(self, *, locked: bool) -> Changes:
        """Apply the journal lines appended by others since ``_jpos``; caller holds ``_lock``
        (and, when ``locked``, the append lock: then a torn tail is a dead writer's and is cut)."""
        changes = Changes()
        if self.damage is not None and self._broken:
            return changes
        if self._fd is None:
            if not self._ensure_follow_fd():
                return changes
        fd = self._fd
        assert fd is not None
        try:
            fst = os.fstat(fd)
            try:
                pst: os.stat_result | None = os.stat(self.journal_path)
            except FileNotFoundError:
                pst = None
            if fst.st_size < self._jpos:
                self._reload(changes)  # cut in place (a repair): read everything again
            elif fst.st_size > self._jpos:
                self._read_lines(fd, fst.st_size, changes)
            if pst is not None and pst.st_ino != fst.st_ino and not changes.reloaded:
                # a compaction replaced the journal; we read the old one to its end above
                self._switch(changes)
            if locked and self._fd is not None and self._fd_writable and self.damage is None:
                # we hold the append lock, so no one is appending: bytes after the last whole line
                # are a dead writer's torn line, and the next line must not follow them
                size = os.fstat(self._fd).st_size
                if size > self._jpos:
                    os.ftruncate(self._fd, self._jpos)
                    os.fsync(self._fd)
                    self.dropped_tail += size - self._jpos
        except OSError as e:
            self._broken = (f"the journal {self.journal_path.name} could not be read ({_reason(e)}); "
                            "close and reopen the store")
        self._notify(changes)
        return changes

    def _read_lines(self, fd: int, size: int, changes: Changes) -> None:
        """Apply the whole lines in ``[_jpos, size)`` of the journal on ``fd``."""
        start = self._jpos
        data = os.pread(fd, size - start, start)
        copied: set[str] = set()
        pos = 0
        while True:
            nl = data.find(b"\n", pos)
            if nl < 0:
                break
            line = data[pos:nl]
            rec, why = _check_line(line)
            if rec is not None and rec["s"] <= self._seq and rec["s"] <= self._last_line_seq:
                why, rec = f"out of order: change {rec['s']} after change {self._last_line_seq}", None
            if rec is None:
                if line.startswith(b"\0") and data.find(b"\n", nl + 1) < 0:
                    break  # a block a crashed writer never wrote: torn, like a line without its newline
                self._damaged(start + pos, why)
                return
            self._last_line_seq = rec["s"]
            self._jlines += 1
            if rec["s"] > self._seq:
                self._apply_live(rec["ops"], copied, changes)
                self._seq = rec["s"]
                changes.transactions += 1
            pos = nl + 1
        self._jpos = start + pos

    def _damaged(self, offset: int, why: str) -> None:
        self.damage = JournalDamage(journal=self.journal_path, line=self._jlines + 1, offset=offset, reason=why,
                                    kept=self._jlines, lines_after=0)
        self._broken = f"{self.damage.describe()}; {REPAIR_HINT.format(path=self.path)}"

    def _apply_live(self, ops: list, copied: set[str], changes: Changes) -> None:
        """Apply ops to the live tables without changing any table in place (copy once per
        catch-up, then change the copy)."""
        data = self._data
        for op in ops:
            kind, name = op[0], op[1]
            if kind in ("put", "del"):
                if name not in copied:
                    data[name] = dict(data.get(name, {}))
                    copied.add(name)
                if kind == "put":
                    data[name][op[2]] = op[3]
                else:
                    data[name].pop(op[2], None)
                changes.records.setdefault(name, set()).add(op[2])
            elif kind == "table":
                data[name] = dict(op[2])
                copied.add(name)
                changes.tables.add(name)
            elif kind == "drop":
                data.pop(name, None)
                copied.discard(name)
                changes.tables.add(name)

    def _switch(self, changes: Changes) -> None:
        """The journal at our path is a new file (a compaction): follow it."""
        self._adopt(self._open_journal(), changes)

    def _switch_to(self, fd: int, ino: int, changes: Changes, depth: int = 0) -> None:
        """Read the journal file on ``fd`` from its start, or reload when we lack changes its
        snapshot folds in.

        When the snapshot is still the file our tables came from, no compaction finished since,
        so this journal holds every change after what we hold (a compaction renames its
        snapshot before its journal). Otherwise the new snapshot's first bytes say which
        changes it folds in: if we hold them all, this journal (installed no later than that
        snapshot) holds every change after them."""
        seq: int | None = 0
        snap = path_id(self.path)
        if snap is None or snap != self._snap_id:
            seq, snap = snapshot_seq(self.path)
            if snap is None:  # no snapshot at all: a new store, nothing folded in
                seq = 0
        self._jino = ino
        self._jpos = 0
        self._jlines = 0
        self._last_line_seq = 0
        if seq is None or seq > self._seq:
            self._reload(changes, depth)
            return
        self._snap_id = snap
        size = os.fstat(fd).st_size
        if size:
            self._read_lines(fd, size, changes)

    def _reload(self, changes: Changes, depth: int = 0) -> None:
        """Read the store again from its files (a follower that fell too far behind)."""
        if depth > 3:
            raise StoreError(f"{self.path}: the store keeps changing under this reader; close and reopen it",
                             path=self.path)
        blocks, raw_journal, exists, jfd = self._read_consistent(None)
        try:
            data, base = parse_snapshot_chunks(blocks, self.path)
            scan = parse_journal(raw_journal, self.journal_path)
        except BaseException:
            if jfd is not None:
                os.close(jfd)
            raise
        seq = base
        for tx in scan.txs:
            if tx["s"] > base:
                apply_ops(data, tx["ops"])
            seq = max(seq, tx["s"])
        data.pop(RESERVED, None)
        self._data = data
        self._seq = seq
        self._main_exists = exists
        self._main_size = sum(len(b) for b in blocks)
        self.reloads += 1
        changes.reloaded = True
        if scan.damage is not None:
            self.damage = scan.damage
            self._broken = f"{scan.damage.describe()}; {REPAIR_HINT.format(path=self.path)}"
        self._close_fd()
        self._fd = jfd
        self._jino = os.fstat(jfd).st_ino if jfd is not None else None
        self._jpos = scan.good_end
        self._jlines = len(scan.txs)
        self._last_line_seq = scan.txs[-1]["s"] if scan.txs else 0
        if self._fd_writable and jfd is not None:
            # follow it with a descriptor that appends (the same file, unless replaced meanwhile)
            self._adopt(self._open_journal(), changes, depth + 1)

    # -- the TinyDB interface

    def read(self) -> dict[str, dict]:
        # a shallow copy of the table map (TinyDB's generic paths assign into what we return);
        # the tables in it are the stored ones, never changed in place
        return dict(self._data)

    def write(self, data: dict[str, dict]) -> None:
        """TinyDB's whole-database write (``drop_table``, a stock table): journals the tables that
        are new objects whole. Our own tables go through :meth:`update_table` instead."""
        with self.transaction():
            if RESERVED in data:
                raise ValueError(f"the table name {RESERVED!r} is reserved")
            old = self._data
            for name, table in data.items():
                prev = old.get(name, MISSING)
                if prev is not table:
                    self._note_changed(name, prev, full=True)
                    old[name] = table
            for name in [n for n in old if n not in data]:
                self._note_changed(name, old[name], full=True)
                del old[name]

    def table_data(self, name: str) -> dict[str, dict]:
        """The stored ``{id: record}`` dict of one table (do not change it), ``{}`` if absent."""
        return self._data.get(name) or {}

    def tables(self) -> list[str]:
        return list(self._data)

    def update_table(self, name: str, updater: Callable[[dict], None], id_class: Callable[[Any], Any] = int) -> None:
        """Run TinyDB's ``updater`` on one table (ids as ``id_class``) and journal the records it
        changed. Costs the size of this table, never of the store."""
        with self.transaction():
            old = self._data.get(name)
            log = self._tx_logs.setdefault(name, {})
            work = TrackingDict({id_class(k): v for k, v in (old or {}).items()}, log)
            updater(work)
            self._stage(name, old, {str(k): v for k, v in dict.items(work)})

    def apply(self, name: str, puts: dict[Any, dict], deletes: Iterable[Any] = ()) -> None:
        """Put and delete records of one table (fresh record dicts: the caller gives up its
        references) in one table copy."""
        with self.transaction():
            old = self._data.get(name)
            log = self._tx_logs.setdefault(name, {})
            new = dict(old) if old else {}
            for doc_id in deletes:
                k = str(doc_id)
                if k not in log:
                    log[k] = new.get(k, MISSING)
                new.pop(k, None)
            for doc_id, rec in puts.items():
                k = str(doc_id)
                if k not in log:
                    log[k] = new.get(k, MISSING)
                new[k] = rec
            self._stage(name, old, new)

    def _stage(self, name: str, old: dict | None, new: dict) -> None:
        self._note_changed(name, MISSING if old is None else old, full=False)
        self._data[name] = new

    def close(self) -> None:
        """Compact (when the journal holds anything) and close. Any thread; waits for a
        transaction or compaction running in another thread. Never raises for a failed
        compaction: every change is durable in the journal already, and the next open folds it."""
        compactor = self._compactor
        if compactor is not None:
            compactor.stop()  # outside our lock: it may be waiting for it to finish
        with self._lock:
            if self._closed:
                return
            try:
                if self._fd is not None and not self.read_only and self._jpos and not self._broken:
                    with contextlib.suppress(StoreError):
                        self.compact()
            finally:
                self._close_fd()
                if self._append_lock is not None:
                    self._append_lock.close()
                self._closed = True

    # -- transactions

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[Changes]:
        """Hold this storage (and, with several writers, the append lock) and catch up with the
        journal first, so what is computed inside sees every change made so far. Yields what the
        catch-up brought in. Re-entrant."""
        with self._lock:
            changes = Changes()
            take = self._xdepth == 0 and self._append_lock is not None and self._fd is not None and not self.read_only
            if take:
                assert self._append_lock is not None
                try:
                    self._append_lock.lock()
                except LockTimeout as e:
                    raise SaveError(f"could not save to {self.path}: {e}", path=self.path) from None
                except OSError as e:
                    raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
            self._xdepth += 1
            try:
                if take:
                    changes = self._catch_up(locked=True)
                yield changes
            finally:
                self._xdepth -= 1
                if take:
                    assert self._append_lock is not None
                    self._append_lock.unlock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one journal line (one fsync). An exception inside rolls all back.

        Holds the storage (see :meth:`exclusive`), so another thread's compaction or close waits."""
        with self.exclusive():
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
            if prev is MISSING and name not in self._tx_logs or name in self._tx_full:
                ops.append(["table", name, cur])
                continue
            if prev is MISSING and not cur:
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
        # tables are never changed in place, so putting the previous table objects back is enough
        for name, prev in self._tx_prev.items():
            if prev is MISSING:
                self._data.pop(name, None)
            else:
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
        if self._fd is None or self._broken or self._closed:
            self._rollback()
            why = "the store is closed" if self._closed else self._broken or "the store is not open for writing"
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
        self._jpos += len(line)
        self._jlines += 1
        self._last_line_seq = seq
        self._last_commit = time.monotonic()
        self._end_tx()
        if self.auto_compact and self._jpos > self.compact_threshold:
            self._request_compaction()

    @property
    def compact_threshold(self) -> int:
        return self.compact_bytes

    def _truncate_back(self) -> None:
        """Cut a failed append off the journal so the next line does not follow a torn one."""
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, self._jpos)
            os.fsync(self._fd)
        except OSError as e:
            self._broken = (f"the journal {self.journal_path.name} could not be repaired after a failed write "
                            f"({_reason(e)}); close and reopen the store")

    # -- compaction

    def _request_compaction(self) -> None:
        if self._compactor is None:
            self._compactor = _Compactor(self)
        self._compactor.request()

    def compact_in_background(self, *, wait_idle: bool = False) -> threading.Thread | None:
        """Start a compaction in a thread of its own now (``wait_idle``: once no change came
        for ``idle_seconds``) and return that thread; None when there is nothing to fold in or
        the store is not writable. Changes made meanwhile are not held up (see the module doc)."""
        if self.read_only or self._fd is None or self._closed or (not self._jpos and self._main_exists):
            return None
        if wait_idle:
            self._request_compaction()
            assert self._compactor is not None
            return self._compactor.thread
        t = threading.Thread(target=self._compact_quietly, name=f"claimdesk-compact-{self.path.name}", daemon=True)
        t.start()
        return t

    def _compact_quietly(self) -> None:
        try:
            self.compact()
            self.compaction_error = ""
        except StoreError as e:
            self.compaction_error = str(e)

    def compact(self) -> bool:
        """Fold the journal into the snapshot atomically, in the calling thread (see the module
        doc); False when there was nothing to do or another writer is compacting.

        Safe from any thread and while others write: only steps 1 and 3 hold the storage."""
        claim = None
        # descriptors on the replaced snapshot and journal, closed only once the storage is let go:
        # freeing a 64 MB file's blocks takes the file system ~15 ms, which no write should wait for
        old_fds: list[int] = []
        try:
            with self._lock:
                if self.read_only or self._fd is None or self._closed or self._broken:
                    return False
                if self._tx_depth:
                    raise RuntimeError("cannot compact inside a transaction")
                with self.exclusive():
                    if not self._jpos and self._main_exists:
                        return False
                    claim = self._claim_compaction()
                    if claim is None:
                        return False
                    tables = dict(self._data)
                    seq, joff = self._seq, self._jpos
                    snap_id = path_id(self.path)
                    journal = os.dup(self._fd)  # held open: its identity cannot be a reused inode
                    old_fds.append(journal)
                    snap_fd = -1
                    with contextlib.suppress(OSError):
                        snap_fd = open_regular(self.path, os.O_RDONLY, blocking=False)
                        old_fds.append(snap_fd)
            fd, tmp = claim
            try:
                mode = os.stat(self.path).st_mode & 0o777
            except OSError:
                mode = None
            size = self._write_snapshot(fd, tables, seq, mode, source=(snap_fd, journal, joff))
            del tables
            with self._lock:
                if self._closed or self._fd is None:
                    return False
                with self.exclusive():
                    if (os.fstat(self._fd).st_ino != os.fstat(journal).st_ino or path_id(self.path) != snap_id
                            or self._jpos < joff or self._broken):
                        return False  # someone else compacted or repaired meanwhile: theirs stands
                    os.replace(tmp, self.path)
                    claim = None  # renamed: nothing to clean up
                    self._snap_id = file_id(os.fstat(fd))
                    os.close(fd)
                    fsync_dir(self.path.parent)
                    self._main_exists = True
                    self._main_size = size
                    old_fds.append(self._install_journal(joff))
                    self.compactions += 1
            return True
        except OSError as e:
            raise SaveError(f"could not save to {self.path}: {_reason(e)}", path=self.path) from None
        finally:
            for old in old_fds:
                with contextlib.suppress(OSError):
                    os.close(old)
            if claim is not None:
                cfd, ctmp = claim
                with contextlib.suppress(OSError):
                    os.unlink(ctmp)
                with contextlib.suppress(OSError):
                    os.close(cfd)

    def _claim_compaction(self) -> tuple[int, Path] | None:
        """The temp file the new snapshot is written to, held with an flock (so no one else
        compacts meanwhile and no one removes it), or None when another writer holds it."""
        tmp = self.path.with_name(f".{self.path.name}.compacting.tmp")
        flags = os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _NONBLOCK
        for _ in range(3):
            try:
                fd = os.open(tmp, flags, 0o666)
            except OSError as e:
                if e.errno in (errno.ELOOP, errno.ENXIO, errno.EMLINK):
                    os.unlink(tmp)  # not ours (a link, a FIFO): our temp name is ours to use
                    continue
                raise
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    os.close(fd)
                    os.unlink(tmp)
                    continue
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return None
            except BaseException:
                os.close(fd)
                raise
            os.set_blocking(fd, True)
            os.ftruncate(fd, 0)
            return fd, tmp
        raise OSError(errno.EEXIST, f"cannot create {tmp.name}")

    def _write_snapshot(self, fd: int, tables: dict[str, dict], seq: int, mode: int | None,
                        source: tuple[int, int, int] | None = None) -> int:
        """Step 2: the new snapshot into ``fd``; its size. A large store's is written by a helper
        process (``store.compactor``) from ``source`` (the snapshot and journal descriptors and
        the journal's length at step 1), so this process's threads never wait for it; if that
        fails, here."""
        if mode is not None:
            os.fchmod(fd, mode)
        if (source is not None and self.child_compaction_bytes is not None
                and self._main_size >= self.child_compaction_bytes):
            size = self._write_snapshot_in_child(fd, seq, source)
            if size is not None:
                return size
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
        return self._serialise_snapshot(fd, tables, seq)

    def _write_snapshot_in_child(self, fd: int, seq: int, source: tuple[int, int, int]) -> int | None:
        import subprocess
        import sys

        snap_fd, journal_fd, joff = source
        package_root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH"))
                                                         if p))
        fds = tuple(f for f in (snap_fd, journal_fd, fd) if f >= 0)
        try:
            proc = subprocess.run([sys.executable, "-m", "store.compactor", str(snap_fd), str(journal_fd), str(joff),
                                   str(seq), str(fd)], pass_fds=fds, env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True, check=False)
        except OSError as e:
            self.compaction_error = f"the helper process did not start ({_reason(e)}); compacted here instead"
            return None
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["?"])[-1]
            self.compaction_error = f"the helper process failed ({last}); compacted here instead"
            return None
        try:
            size = int(json.loads(proc.stdout.strip().splitlines()[-1])["size"])
        except (ValueError, KeyError, IndexError):
            return None
        self.child_compactions += 1
        return size

    def _serialise_snapshot(self, fd: int, tables: dict[str, dict], seq: int) -> int:
        last = [time.perf_counter()]

        def pace() -> None:
            now = time.perf_counter()
            if now - last[0] >= COMPACT_YIELD_EVERY:
                time.sleep(0)
                last[0] = time.perf_counter()

        size = flushed = 0
        buf: list[bytes] = []
        pending = 0
        for piece in snapshot_pieces(tables, seq, pace):
            b = piece.encode("utf-8")
            buf.append(b)
            pending += len(b)
            if pending >= 1 << 20:
                write_all(fd, b"".join(buf))
                size += pending
                buf, pending = [], 0
                if size - flushed >= COMPACT_FLUSH_BYTES:
                    os.fdatasync(fd)
                    flushed = size
                pace()
        if buf:
            write_all(fd, b"".join(buf))
            size += pending
        os.fsync(fd)
        return size

    def _install_journal(self, joff: int) -> int:
        """Step 3's second half: a new journal holding the lines after ``joff`` (changes made
        while the snapshot was written), renamed over the journal; then follow it. Returns the
        descriptor of the replaced journal, for the caller to close."""
        assert self._fd is not None
        tail = os.pread(self._fd, self._jpos - joff, joff) if self._jpos > joff else b""
        tmp = self.journal_path.with_name(f".{self.path.name}.journal.{os.getpid()}.tmp")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
        try:
            with contextlib.suppress(OSError):
                os.fchmod(fd, os.fstat(self._fd).st_mode & 0o777)
            if tail:
                write_all(fd, tail)
            os.fsync(fd)
            os.replace(tmp, self.journal_path)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        fsync_dir(self.path.parent)
        os.close(fd)
        # follow the new journal with a descriptor for appends
        new = open_regular(self.journal_path, os.O_RDWR | os.O_APPEND, what="a store's journal")
        old, self._fd = self._fd, new
        self._jino = os.fstat(new).st_ino
        self._jpos = len(tail)
        self._jlines = tail.count(b"\n")
        return old

    def wait_compacted(self, timeout: float | None = None) -> bool:
        """Wait for a background compaction in progress or requested (tests, benchmarks)."""
        c = self._compactor
        return True if c is None else c.wait_idle(timeout)

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
        """Bytes of whole journal lines not yet folded into the snapshot (each is durable)."""
        return self._jpos

    @property
    def broken(self) -> str:
        return self._broken

    @property
    def compacting(self) -> bool:
        c = self._compactor
        return c is not None and c.busy


class _Compactor:
    """The background thread a storage owns: compacts once asked and the store is idle."""

    def __init__(self, storage: JournalStorage):
        self._storage = storage
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self.busy = False
        self.thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def request(self) -> None:
        self._idle.clear()
        with self._start_lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name=f"claimdesk-compactor-{self._storage.path.name}",
                                               daemon=True)
                self.thread.start()
        self._wake.set()

    def _run(self) -> None:
        st = self._storage
        while True:
            self._wake.wait()
            if self._stop.is_set():
                break
            self._wake.clear()
            # wait for a quiet moment (or a journal far past its threshold)
            while not self._stop.is_set():
                quiet = time.monotonic() - st._last_commit
                if quiet >= st.idle_seconds or st.journal_size > 4 * st.compact_threshold:
                    break
                self._stop.wait(max(0.01, st.idle_seconds - quiet))
            if self._stop.is_set():
                break
            self.busy = True
            try:
                st._compact_quietly()
            finally:
                self.busy = False
                if not self._wake.is_set():
                    self._idle.set()

    def wait_idle(self, timeout: float | None) -> bool:
        return self._idle.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        t = self.thread
        if t is not None and t is not threading.current_thread():
            t.join()
        self._idle.set()


# ---------------------------------------------------------------------------- TinyDB side


class TrackingDict(dict):
    """The table dict handed to a TinyDB updater: records which ids it touches.

    ``log[str(id)]`` is the record before the transaction first touched it, or MISSING. A
    record read for possible in-place change (TinyDB's ``update`` mutates records) is replaced
    in this dict by a copy first, so the stored record itself is never changed.
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
            self._log[k] = old
            if copy:
                dict.__setitem__(self, key, _clone(old))
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

    def values(self):
        for key in list(dict.keys(self)):
            self._touch(key, True)
        return dict.values(self)

    def items(self):
        for key in list(dict.keys(self)):
            self._touch(key, True)
        return dict.items(self)


class JournalTable(Table):
    """A TinyDB table whose writes are journalled record by record (see the module doc).

    Built on TinyDB's ``table_class`` extension point; it overrides two private methods of
    ``tinydb.table.Table`` (pinned by ``tests/test_store_tinydb_contract.py`` for the TinyDB
    versions pyproject allows): ``_read_table`` (every read) returns the stored table without
    copying the whole database's table map, and ``_update_table`` (every write) hands the
    updater this table only and journals just the records it touched.
    """

    def _read_table(self) -> dict[str, Any]:
        storage = self._storage
        if not isinstance(storage, JournalStorage):
            return super()._read_table()
        return storage.table_data(self.name)

    def _update_table(self, updater: Callable[[dict], None]) -> None:
        storage = self._storage
        if not isinstance(storage, JournalStorage):
            return super()._update_table(updater)
        storage.update_table(self.name, updater, self.document_id_class)
        self.clear_cache()

    def put(self, doc_id: int, record: dict) -> None:
        """Insert or replace one record (a fresh dict: no in-place mutation)."""
        self.apply({doc_id: record})

    def delete(self, doc_id: int) -> None:
        self.apply({}, (doc_id,))

    def apply(self, puts: dict[int, dict], deletes: Iterable[int] = ()) -> None:
        """Several puts and deletes in one table copy."""
        storage = self._storage
        if not isinstance(storage, JournalStorage):
            def updater(table: dict) -> None:
                for doc_id in deletes:
                    table.pop(doc_id, None)
                for doc_id, record in puts.items():
                    table[doc_id] = dict(record)

            self._update_table(updater)
            return
        storage.apply(self.name, {k: dict(v) for k, v in puts.items()}, deletes)
        self.clear_cache()

    def record(self, doc_id: int | str) -> dict | None:
        """The stored record itself (do not mutate it), or None."""
        rec = self._read_table().get(str(doc_id))
        return rec if isinstance(rec, dict) else None

    def records(self) -> dict[str, dict]:
        """The stored ``{id: record}`` dict itself (do not mutate it)."""
        return self._read_table()


class JournalDB(TinyDB):
    """TinyDB whose tables journal their changes; use with ``storage=JournalStorage``
    (TinyDB's ``table_class`` extension point)."""

    table_class = JournalTable

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if isinstance(self.storage, JournalStorage):
            self.storage.listeners.append(self._others_changed)

    def table(self, name: str, **kwargs: Any) -> JournalTable:
        t = super().table(name, **kwargs)
        assert isinstance(t, JournalTable)
        return t

    def tables(self) -> set[str]:
        storage = self.storage
        if isinstance(storage, JournalStorage):
            return set(storage.tables())
        return super().tables()

    def _others_changed(self, changes: Changes) -> None:
        """Other writers changed tables: forget their cached queries and id counters."""
        names = set(changes.records) | changes.tables
        for name, table in list(self._tables.items()):
            if changes.reloaded or name in names:
                table.clear_cache()
                table._next_id = None

    def reset_caches(self) -> None:
        """After a rolled-back transaction: forget query results and id counters."""
        for table in self._tables.values():
            table.clear_cache()
            table._next_id = None
