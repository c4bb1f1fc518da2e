"""Step 2 of a compaction in a helper process: write the new snapshot from the files themselves.

A compaction's step 2 (see ``store.storage``) writes the whole store as a new snapshot. In the
desk's own process that is a second or so of Python sharing the interpreter lock with the desk
at 100,000 annotations. This module does the same work in a separate interpreter, from the files
the compaction started from, so the desk's process only waits for its exit. It is opt-in
(``child_compaction_bytes``; see ``store.storage.CHILD_COMPACTION_BYTES`` for what was measured):

    python -m store.compactor SNAPSHOT_FD JOURNAL_FD JOURNAL_END SEQ OUT_FD

It reads the snapshot on ``SNAPSHOT_FD`` (-1: none yet) table by table, the journal on
``JOURNAL_FD`` up to byte ``JOURNAL_END`` (the whole lines the parent had read), applies the
journal's changes after the snapshot's sequence number to each table as it passes, and writes the
result, led by ``_storage`` with sequence number ``SEQ``, to ``OUT_FD`` (the compaction's temp file,
fsynced at the end). It never holds the whole store in memory: one table at a time, plus the
journal's changes. The descriptors are the very files the parent held when the compaction
began, so a snapshot or journal replaced meanwhile does not matter (the parent's step 3 checks
for that and leaves such a compaction unused).

Exit status 0 when the snapshot is written; anything else and the parent writes it itself.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from store.storage import (
    _HEAD,
    COMPACT_FLUSH_BYTES,
    RESERVED,
    _Incomplete,
    iter_snapshot_tables,
    parse_journal,
    parse_snapshot,
    read_fd_chunks,
    snapshot_head,
    table_pieces,
    write_all,
)

_DEL = object()


class _TableChange:
    """What the journal did to one table: replaced it (``base``), dropped it, and which records
    it put or deleted after that."""

    __slots__ = ("base", "exists", "records")

    def __init__(self) -> None:
        self.base: dict | None = None  # a replacement for the snapshot's table ({} once dropped)
        self.exists: bool | None = None  # None: as in the snapshot
        self.records: dict[str, Any] = {}

    def apply(self, table: dict | None) -> dict:
        out = dict(self.base if self.base is not None else (table or {}))
        for key, rec in self.records.items():
            if rec is _DEL:
                out.pop(key, None)
            else:
                out[key] = rec
        return out


def journal_changes(raw: bytes, base: int) -> dict[str, _TableChange]:
    """The changes of the journal lines after sequence number ``base``, table by table, in order."""
    changes: dict[str, _TableChange] = {}
    for tx in parse_journal(raw, _PATH).txs:
        if tx["s"] <= base:
            continue
        for op in tx["ops"]:
            kind, name = op[0], op[1]
            ch = changes.setdefault(name, _TableChange())
            if kind == "put":  # a put makes the table exist (again, after a drop: empty but for it)
                ch.exists = True
                ch.records[op[2]] = op[3]
            elif kind == "del":
                ch.records[op[2]] = _DEL
            elif kind == "table":
                ch.base, ch.exists, ch.records = dict(op[2]), True, {}
            elif kind == "drop":
                ch.base, ch.exists, ch.records = {}, False, {}
    return changes


#: parse_journal names its file only in damage it reports; the parent read these lines already
_PATH = Path("journal")


def _snapshot_tables(fd: int) -> tuple[list[tuple[str, dict]] | Any, int]:
    """The snapshot's tables (a generator when it can be read piece by piece) and its sequence number."""
    if fd < 0:
        return iter(()), 0
    size = os.fstat(fd).st_size
    blocks = read_fd_chunks(fd, "snapshot", size=size)
    if all(not b.strip() for b in blocks):
        return iter(()), 0
    m = _HEAD.match(blocks[0][:256])
    if m is not None:  # ours: _storage first, so the tables can stream
        return iter_snapshot_tables(blocks), int(m.group(1))
    data, seq = parse_snapshot(b"".join(blocks), _PATH)
    return list(data.items()), seq


def compact(snapshot_fd: int, journal_fd: int, journal_end: int, seq: int, out_fd: int) -> int:
    """Write the new snapshot to ``out_fd``; returns its size in bytes."""
    raw = os.pread(journal_fd, journal_end, 0) if journal_end else b""
    tables, base = _snapshot_tables(snapshot_fd)
    changes = journal_changes(raw, base)
    size = flushed = 0
    buf: list[bytes] = []
    pending = 0

    def emit(piece: str) -> None:
        nonlocal size, flushed, pending
        b = piece.encode("utf-8")
        buf.append(b)
        pending += len(b)
        if pending >= 1 << 20:
            write_all(out_fd, b"".join(buf))
            size += pending
            buf.clear()
            pending = 0
            if size - flushed >= COMPACT_FLUSH_BYTES:
                os.fdatasync(out_fd)
                flushed = size

    def table_out(name: str, table: dict) -> None:
        for piece in table_pieces(name, table):
            emit(piece)

    emit(snapshot_head(seq))
    seen = set()
    try:
        for name, table in tables:
            if name == RESERVED:
                continue
            seen.add(name)
            ch = changes.get(name)
            if ch is None:
                table_out(name, table)
            elif ch.exists is not False:
                table_out(name, ch.apply(table))
    except _Incomplete as e:
        raise SystemExit(f"the snapshot is not readable piece by piece ({e})") from None
    for name, ch in changes.items():
        if name not in seen and ch.exists:
            table_out(name, ch.apply(None))
    emit("}")
    if buf:
        write_all(out_fd, b"".join(buf))
        size += pending
    os.fsync(out_fd)
    return size


def main(argv: list[str]) -> int:
    snapshot_fd, journal_fd, journal_end, seq, out_fd = (int(a) for a in argv)
    size = compact(snapshot_fd, journal_fd, journal_end, seq, out_fd)
    sys.stdout.write(json.dumps({"size": size}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
