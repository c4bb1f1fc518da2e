"""Hostile annotation stores: paths that are not files, links, damaged journals, repeated ids, closing.

Each table row is a store a user (or an attacker) could point claimdesk at, with the outcome
they should get. Refused rows: one line naming the file and why (``StoreError``; the command
line prints it and exits 2), nothing created or changed anywhere, nothing that can block.
Link rows: the link is resolved once and the target is the store (journal and lock beside
the target, the link left a link).

Opens that could hang if the code regressed (a FIFO, a device) run in a thread with a generous
join: that is a hang guard so the suite fails instead of stalling, not a speed assertion.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import socket
import stat
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.model import Claim, Document
from store.annotations import AnnotationStore, DuplicateIds, JournalDamaged, StoreError
from store.errors import StoreLocked
from store.repair import repair_store, truncate_journal_at
from store.storage import GROWTH_SLACK, FileRefused, parse_journal, read_fd
from tests.conftest import ROOT

HANG_GUARD = 60.0  # seconds; only to turn a hang into a failure


# ---------------------------------------------------------------------------- a tiny world (invented text)

TEXT = ("The harbour board said 310 boats were moored on Sunday. A ferry captain put the figure at 290. "
        "Inspectors counted 12 vessels with expired permits.")
DOC = Document(id="harbour", path="/news/harbour.txt", text=TEXT,
               content_hash=hashlib.sha256(TEXT.encode()).hexdigest())


def _claims() -> list[Claim]:
    out = []
    for sentence in ("The harbour board said 310 boats were moored on Sunday.",
                     "A ferry captain put the figure at 290.",
                     "Inspectors counted 12 vessels with expired permits."):
        i = TEXT.index(sentence)
        out.append(Claim(id=f"harbour-{i}", doc="harbour", start=i, end=i + len(sentence), text=sentence,
                         kind="figure", score=0.7))
    return out


CLAIMS = _claims()


def guarded(fn: Callable[[], object]) -> object:
    """Run ``fn`` in a thread; fail (instead of hanging the suite) if it never returns."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            box["error"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(HANG_GUARD)
    assert not t.is_alive(), "the call blocked (it must never wait on a FIFO or device)"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def one_line_error(path: Path, **kw) -> StoreError:
    kw.setdefault("editor", "ed")
    with pytest.raises(StoreError) as e:
        guarded(lambda: AnnotationStore.open(path, **kw))
    msg = str(e.value)
    assert "\n" not in msg
    return e.value


def listing(folder: Path) -> dict[str, str]:
    """Name -> kind of everything in ``folder`` (without following links or opening anything)."""
    out = {}
    for name in sorted(os.listdir(folder)):
        mode = os.lstat(folder / name).st_mode
        out[name] = ("link" if stat.S_ISLNK(mode) else "file" if stat.S_ISREG(mode) else "dir"
                     if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode) else "sock"
                     if stat.S_ISSOCK(mode) else "other")
    return out


# ---------------------------------------------------------------------------- the table: store paths


@dataclass(frozen=True)
class PathCase:
    id: str
    expected: str  # in words, for the README's Reliability table
    make: Callable[[Path], tuple[Path, Path | None]]  # -> (the --db path, the file that must hold the store)
    reason: str = ""  # refused: regex the one-line reason must match


def _store_with_a_tag(path: Path) -> None:
    with AnnotationStore.open(path, editor="ed") as s:
        s.set_status(CLAIMS[0], DOC, "corroborated")


def make_link_to_store(tmp: Path) -> tuple[Path, Path]:
    (tmp / "real").mkdir()
    target = tmp / "real" / "annotations.json"
    _store_with_a_tag(target)
    link = tmp / "link.json"
    link.symlink_to(target)
    return link, target


def make_relative_link_chain(tmp: Path) -> tuple[Path, Path]:
    (tmp / "deep" / "er").mkdir(parents=True)
    target = tmp / "deep" / "er" / "store.json"
    _store_with_a_tag(target)
    os.symlink("er/store.json", tmp / "deep" / "hop.json")
    os.symlink("deep/hop.json", tmp / "first.json")
    return tmp / "first.json", target


def make_dangling_link(tmp: Path) -> tuple[Path, Path]:
    (tmp / "data").mkdir()
    target = tmp / "data" / "new-store.json"
    link = tmp / "db.json"
    link.symlink_to(target)
    return link, target


def make_linked_folder(tmp: Path) -> tuple[Path, Path]:
    (tmp / "actual").mkdir()
    (tmp / "alias").symlink_to(tmp / "actual", target_is_directory=True)
    return tmp / "alias" / "annotations.json", tmp / "actual" / "annotations.json"


def make_link_loop(tmp: Path) -> tuple[Path, None]:
    os.symlink("loop-b.json", tmp / "loop-a.json")
    os.symlink("loop-a.json", tmp / "loop-b.json")
    return tmp / "loop-a.json", None


def make_self_link(tmp: Path) -> tuple[Path, None]:
    os.symlink("me.json", tmp / "me.json")
    return tmp / "me.json", None


def make_fifo(tmp: Path) -> tuple[Path, None]:
    os.mkfifo(tmp / "pipe.json")
    return tmp / "pipe.json", None


def make_link_to_fifo(tmp: Path) -> tuple[Path, None]:
    os.mkfifo(tmp / "pipe")
    (tmp / "db.json").symlink_to(tmp / "pipe")
    return tmp / "db.json", None


def make_socket(tmp: Path) -> tuple[Path, None]:
    path = tmp / "sock.json"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()  # the socket file stays
    return path, None


def make_dev_null(tmp: Path) -> tuple[Path, None]:
    return Path("/dev/null"), None


def make_dev_zero(tmp: Path) -> tuple[Path, None]:
    return Path("/dev/zero"), None


def make_link_to_dev_null(tmp: Path) -> tuple[Path, None]:
    (tmp / "db.json").symlink_to("/dev/null")
    return tmp / "db.json", None


def make_journal_is_fifo(tmp: Path) -> tuple[Path, None]:
    _store_with_a_tag(tmp / "s.json")
    os.unlink(tmp / "s.json.journal")
    os.mkfifo(tmp / "s.json.journal")
    return tmp / "s.json", None


def make_journal_is_link(tmp: Path) -> tuple[Path, None]:
    _store_with_a_tag(tmp / "s.json")
    os.unlink(tmp / "s.json.journal")
    (tmp / "elsewhere.txt").write_text("not yours to append to\n")
    (tmp / "s.json.journal").symlink_to(tmp / "elsewhere.txt")
    return tmp / "s.json", None


def make_lock_is_fifo(tmp: Path) -> tuple[Path, None]:
    _store_with_a_tag(tmp / "s.json")
    os.unlink(tmp / "s.json.lock")
    os.mkfifo(tmp / "s.json.lock")
    return tmp / "s.json", None


PATH_CASES = [
    PathCase("symlink_to_a_store", "the link is followed: tags land in the target, journal and lock beside "
             "it, the link stays a link", make_link_to_store),
    PathCase("relative_symlink_chain", "two relative links are resolved to the file they end at",
             make_relative_link_chain),
    PathCase("dangling_symlink", "the store is created at the link's target (in a writable folder)",
             make_dangling_link),
    PathCase("store_in_a_linked_folder", "a link in a folder component is resolved too", make_linked_folder),
    PathCase("symlink_loop", "refused: too many levels of symbolic links", make_link_loop,
             r"too many levels of symbolic links"),
    PathCase("symlink_to_itself", "refused: too many levels of symbolic links", make_self_link,
             r"too many levels of symbolic links"),
    PathCase("named_pipe", "refused: not a regular file (a named pipe); never opened, so it never blocks",
             make_fifo, r"not a regular file \(a named pipe"),
    PathCase("symlink_to_a_named_pipe", "refused, naming the link and the pipe", make_link_to_fifo,
             r"db\.json \(a link to /.*/pipe\): not a regular file \(a named pipe"),
    PathCase("unix_socket", "refused: not a regular file (a socket)", make_socket, r"not a regular file \(a socket"),
    PathCase("dev_null", "refused: not a regular file (a character device); /dev/null stays a device, no "
             "lock or journal is made beside it", make_dev_null, r"^/dev/null: not a regular file \(a character"),
    PathCase("dev_zero", "refused before a byte is read (it used to read until MemoryError)", make_dev_zero,
             r"^/dev/zero: not a regular file \(a character device"),
    PathCase("symlink_to_dev_null", "refused, naming the link and /dev/null", make_link_to_dev_null,
             r"db\.json \(a link to /dev/null\): not a regular file \(a character device"),
    PathCase("journal_is_a_named_pipe", "refused, naming the journal", make_journal_is_fifo,
             r"s\.json\.journal: not a regular file \(a named pipe"),
    PathCase("journal_is_a_symlink", "refused, naming the journal; the file it points to is not touched",
             make_journal_is_link, r"s\.json\.journal: not a regular file \(a symbolic link"),
    PathCase("lock_is_a_named_pipe", "refused, naming the lock file (writing); reading still works",
             make_lock_is_fifo, r"s\.json\.lock: not a regular file \(a named pipe"),
]


def _snapshot_devices() -> dict[str, tuple[int, int]]:
    return {p: (os.stat(p).st_mode, os.stat(p).st_rdev) for p in ("/dev/null", "/dev/zero")}


@pytest.mark.parametrize("case", PATH_CASES, ids=[c.id for c in PATH_CASES])
def test_store_path(case: PathCase, tmp_path):
    devices = _snapshot_devices()
    db, target = case.make(tmp_path)
    before = listing(tmp_path)
    if case.reason:
        modes = [False] if case.id == "lock_is_a_named_pipe" else [False, True]
        for read_only in modes:
            err = one_line_error(db, read_only=read_only)
            assert re.search(case.reason, str(err)), str(err)
        assert listing(tmp_path) == before, "a refused store left files behind"
        assert _snapshot_devices() == devices
        assert not os.path.lexists("/dev/null.lock") and not os.path.lexists("/dev/null.journal")
        if case.id == "journal_is_a_symlink":
            assert (tmp_path / "elsewhere.txt").read_text() == "not yours to append to\n"
        if case.id == "lock_is_a_named_pipe":
            with AnnotationStore.open(db, editor="ed", read_only=True) as ro:  # looking is fine
                assert ro.get(CLAIMS[0].id).status == "corroborated"
        return
    assert target is not None
    had_tag = target.exists()
    with AnnotationStore.open(db, editor="ed") as s:
        assert not s.read_only, s.read_only_reason
        assert s.path == target
        s.set_status(CLAIMS[1], DOC, "disputed")
    assert os.path.islink(db) or os.path.islink(db.parent), "the link was replaced"
    beside = listing(target.parent)
    assert beside[target.name] == "file"
    assert beside[target.name + ".journal"] == "file" and beside[target.name + ".lock"] == "file"
    if os.path.realpath(db.parent) != str(target.parent):  # nothing beside the link
        assert not os.path.lexists(str(db) + ".journal") and not os.path.lexists(str(db) + ".lock")
    for path in (db, target):
        with AnnotationStore.open(path, editor="ed", read_only=True) as ro:
            assert ro.get(CLAIMS[1].id).status == "disputed"
            assert (ro.get(CLAIMS[0].id) is not None) == had_tag
    assert json.loads(target.read_text())["meta"]["1"]["schema_version"] == 2


def cli_export(db: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMDESK_")}
    env.update(CLAIMDESK_HOME=str(tmp_path / "home"), CLAIMDESK_EDITOR="hostile")
    return subprocess.run([sys.executable, "-m", "tui", "export", "--csv", str(tmp_path / "out.csv"), "--db",
                           str(db), str(ROOT / "sample_docs")], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=240, stdin=subprocess.DEVNULL)


CLI_CASES = [c for c in PATH_CASES if c.reason and c.id not in ("lock_is_a_named_pipe",)]


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.id for c in CLI_CASES])
def test_export_refuses_a_store_path_in_one_line(case: PathCase, tmp_path):
    db, _ = case.make(tmp_path)
    proc = cli_export(db, tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1, lines
    assert re.search(case.reason.lstrip("^"), lines[0]) or "no annotation store there" in lines[0], \
        lines[0]
    assert not (tmp_path / "out.csv").exists()


def test_export_writes_through_a_symlinked_store(tmp_path):
    db, target = make_link_to_store(tmp_path)
    proc = cli_export(db, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert os.path.islink(db)


def test_read_fd_stops_a_file_that_never_ends():
    """A pseudo-file that reports size 0 and keeps giving bytes (as /proc files can): the read
    stops past ``GROWTH_SLACK`` with one reason instead of filling memory."""
    r, w = os.pipe()
    stop = threading.Event()

    def writer() -> None:
        chunk = b"x" * 65536
        try:
            while not stop.is_set():
                os.write(w, chunk)
        except OSError:
            pass

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    try:
        with pytest.raises(FileRefused, match="kept growing while it was read"):
            read_fd(r, "/proc/made-up", size=0)
    finally:
        stop.set()
        os.close(r)
        t.join(HANG_GUARD)
        os.close(w)
    assert GROWTH_SLACK <= 64 << 20


def test_a_proc_file_is_read_bounded_and_refused_as_not_a_store(tmp_path):
    """/proc/self/status says size 0 but has content: it is read (bounded) and refused as not JSON."""
    err = one_line_error(Path("/proc/self/status"), read_only=True)
    assert "not valid JSON" in str(err)


# ---------------------------------------------------------------------------- damaged journals


def _store_with_changes(path: Path, n: int = 6) -> list[str]:
    """A store whose journal holds ``n`` acknowledged changes (compaction kept off); the notes written."""
    s = AnnotationStore.open(path, editor="ed", compact_bytes=1 << 30)
    s.compact()  # the store's creation folded in: the journal holds just these changes, one line each
    notes = []
    for i in range(n):
        note = f"call {i}: the marina office confirmed {300 + i} berths"
        s.set_note(CLAIMS[i % 3], DOC, note)
        notes.append(note)
    # drop it as a killed process would: no closing compaction
    s._storage._close_fd()
    s._storage._closed = True
    s._lock.release()
    return notes


def _journal(path: Path) -> Path:
    return Path(str(path) + ".journal")


def _line_starts(raw: bytes) -> list[int]:
    starts, pos = [], 0
    while pos < len(raw):
        starts.append(pos)
        pos = raw.index(b"\n", pos) + 1
    return starts


def flip(line_index: int, byte_in_line: int) -> Callable[[bytes], bytes]:
    def damage(raw: bytes) -> bytes:
        start = _line_starts(raw)[line_index]
        b = bytearray(raw)
        b[start + byte_in_line] ^= 0x04
        return bytes(b)
    return damage


def replace_line(line_index: int, new: bytes) -> Callable[[bytes], bytes]:
    def damage(raw: bytes) -> bytes:
        starts = _line_starts(raw) + [len(raw)]
        return raw[:starts[line_index]] + new + raw[starts[line_index + 1]:]
    return damage


def swap_lines(i: int, j: int) -> Callable[[bytes], bytes]:
    def damage(raw: bytes) -> bytes:
        lines = raw.splitlines(keepends=True)
        lines[i], lines[j] = lines[j], lines[i]
        return b"".join(lines)
    return damage


@dataclass(frozen=True)
class DamageCase:
    id: str
    damage: Callable[[bytes], bytes]
    line: int  # the damaged line the store must name (1-based)
    reason: str
    applied: tuple[int, ...]  # the changes (0..5) that precede the damage and stay readable


DAMAGE_CASES = [
    DamageCase("bit_flip_in_the_last_complete_line", flip(5, 40), 6, "checksum mismatch", (0, 1, 2, 3, 4)),
    DamageCase("bit_flip_in_the_checksum_of_the_last_line", flip(5, 3), 6, "checksum mismatch|not a journal",
               (0, 1, 2, 3, 4)),
    DamageCase("bit_flip_in_the_middle", flip(2, 30), 3, "checksum mismatch", (0, 1)),
    DamageCase("first_line_replaced_by_prose", replace_line(0, b"the editor typed here by mistake\n"), 1,
               "not a journal record", ()),
    DamageCase("a_line_emptied", replace_line(3, b"\n"), 4, "not a journal record", (0, 1, 2)),
    DamageCase("two_lines_swapped", swap_lines(1, 2), 3, "out of order", (0, 2)),
    DamageCase("valid_checksum_but_not_json", replace_line(4, b"%08x %s\n" % (
        zlib.crc32(b"{not json"), b"{not json")), 5, "not valid JSON", (0, 1, 2, 3)),
]


@pytest.mark.parametrize("case", DAMAGE_CASES, ids=[c.id for c in DAMAGE_CASES])
def test_a_damaged_journal_line_is_reported_with_its_position(case: DamageCase, tmp_path):
    path = tmp_path / "store.json"
    notes = _store_with_changes(path)
    jpath = _journal(path)
    good = jpath.read_bytes()
    bad = case.damage(good)
    jpath.write_bytes(bad)
    offset = _line_starts(bad)[case.line - 1]
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith(".lock")}

    # asked read-only (an export): refused in one line naming the journal, the line and the byte
    err = one_line_error(path, read_only=True)
    assert isinstance(err, JournalDamaged)
    assert f"{jpath}: line {case.line} (byte {offset}) is damaged" in str(err)
    assert re.search(case.reason, str(err)), str(err)
    assert "claimdesk repair" in str(err)

    # asked for writing (the desk): opens read-only, with what precedes the damage and the reason
    s = AnnotationStore.open(path, editor="ed")
    try:
        assert s.read_only
        assert f"line {case.line} (byte {offset}) is damaged" in s.read_only_reason
        assert s.damage is not None and s.damage.line == case.line and s.damage.offset == offset
        assert s.damage.kept == len(case.applied)
        shown = sorted(a.note for a in s.annotations())
        assert shown == sorted(_notes_after(notes, case.applied))
        with pytest.raises(StoreError):
            s.set_status(CLAIMS[0], DOC, "disputed")
    finally:
        s.close()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith(".lock")} == files

    # the explicit choice: keep what precedes it (the journal is copied aside first)
    backup = truncate_journal_at(path, case.line)
    assert backup.read_bytes() == bad
    assert jpath.read_bytes() == bad[:offset]
    with AnnotationStore.open(path, editor="ed") as s2:
        assert not s2.read_only
        assert sorted(a.note for a in s2.annotations()) == sorted(_notes_after(notes, case.applied))
        s2.set_status(CLAIMS[2], DOC, "corroborated")
    with AnnotationStore.open(path, editor="ed", read_only=True) as s3:
        assert s3.get(CLAIMS[2].id).status == "corroborated"


def _notes_after(notes: list[str], applied: tuple[int, ...] | int) -> list[str]:
    """The note on each claim after the ``applied`` changes (change i notes claim i % 3; an int
    means the first that many)."""
    latest: dict[int, str] = {}
    for i in (range(applied) if isinstance(applied, int) else applied):
        latest[i % 3] = notes[i]
    return list(latest.values())


def test_truncate_refuses_the_wrong_line_and_a_healthy_journal(tmp_path):
    path = tmp_path / "store.json"
    _store_with_changes(path)
    with pytest.raises(StoreError, match="no damaged line"):
        truncate_journal_at(path, 1)
    jpath = _journal(path)
    jpath.write_bytes(flip(4, 30)(jpath.read_bytes()))
    before = jpath.read_bytes()
    with pytest.raises(StoreError, match="the first damaged line is 5, not 2"):
        truncate_journal_at(path, 2)
    assert jpath.read_bytes() == before


def test_a_torn_last_line_is_still_dropped_silently(tmp_path):
    """A crash mid-append (no newline): the change was never acknowledged; open as usual."""
    path = tmp_path / "store.json"
    notes = _store_with_changes(path)
    jpath = _journal(path)
    raw = jpath.read_bytes()
    jpath.write_bytes(raw[:-7])
    with AnnotationStore.open(path, editor="ed") as s:
        assert not s.read_only and s.damage is None
        assert sorted(a.note for a in s.annotations()) == sorted(_notes_after(notes, 5))


def test_six_acknowledged_changes_are_never_silently_five(tmp_path):
    """The issue's case: a bit flip in the last complete line used to turn 6 changes into 5 silently."""
    path = tmp_path / "store.json"
    _store_with_changes(path, 6)
    jpath = _journal(path)
    raw = jpath.read_bytes()
    rng = random.Random(2024)
    last = _line_starts(raw)[-1]
    for _ in range(25):
        b = bytearray(raw)
        i = rng.randrange(last, len(raw) - 1)
        b[i] ^= 1 << rng.randrange(8)
        if bytes(b[last:]).count(b"\n") != 1:
            continue
        scan = parse_journal(bytes(b), jpath)
        assert scan.damage is not None and scan.damage.line == 6 and scan.damage.kept == 5, i
        assert len(scan.txs) == 5


# ---------------------------------------------------------------------------- repeated annotation ids


def _store_with_duplicates(path: Path) -> tuple[str, dict]:
    """A store where two records (on two claims) share one id, as a hand merge would leave it."""
    with AnnotationStore.open(path, editor="ed") as s:
        s.set_status(CLAIMS[0], DOC, "corroborated")
        s.set_note(CLAIMS[1], DOC, "second record, same id after the merge")
        s.set_status(CLAIMS[2], DOC, "disputed")
    data = json.loads(path.read_text())
    table = data["doc:harbour"]
    keys = sorted(table, key=int)
    aid = table[keys[0]]["id"]
    table[keys[1]]["id"] = aid
    for entry in data["history"].values():
        if entry["table"] == "doc:harbour" and (entry.get("after") or entry.get("before") or {}).get(
                "claim_id") == CLAIMS[1].id:
            entry["aid"] = aid
            for side in ("before", "after"):
                if entry.get(side):
                    entry[side]["id"] = aid
    path.write_text(json.dumps(data))
    return aid, data


@pytest.mark.parametrize("read_only", [False, True])
def test_repeated_annotation_ids_are_refused_naming_the_store_and_the_id(tmp_path, read_only):
    path = tmp_path / "store.json"
    aid, _ = _store_with_duplicates(path)
    raw = path.read_bytes()
    err = one_line_error(path, read_only=read_only)
    assert isinstance(err, DuplicateIds)
    assert str(err).startswith(f"{path}: annotation id {aid!r} is used by 2 records (doc:harbour #")
    assert "claimdesk repair" in str(err)
    assert err.ids == {aid: [("doc:harbour", "1"), ("doc:harbour", "2")]}
    assert path.read_bytes() == raw


def test_repair_gives_each_record_its_own_id_and_keeps_every_one(tmp_path):
    path = tmp_path / "store.json"
    aid, before = _store_with_duplicates(path)
    raw = path.read_bytes()
    report = repair_store(path)
    assert report.changed and len(report.rekeyed) == 1
    assert report.rekeyed[0].old_id == aid and report.rekeyed[0].key == "2"
    assert report.history_moved >= 1
    assert [b.read_bytes() for b in report.backups if b.name.startswith("store.json.2")][0] == raw
    assert all("\n" not in line for line in report.lines())
    with AnnotationStore.open(path, editor="ed") as s:
        assert not s.read_only
        got = {a.claim_id: a for a in s.annotations()}
        assert got[CLAIMS[0].id].status == "corroborated" and got[CLAIMS[0].id].id == aid
        assert got[CLAIMS[1].id].note == "second record, same id after the merge"
        assert got[CLAIMS[1].id].id == report.rekeyed[0].new_id != aid
        assert got[CLAIMS[2].id].status == "disputed"
        assert len(s) == 3
        # undo walks back the last change (the dispute), then the note lands on its own record
        assert s.undo().startswith("undo: tag disputed")
        assert s.undo().startswith("undo: edit note")
        assert s.get(CLAIMS[1].id) is None
        assert s.get(CLAIMS[0].id).status == "corroborated"
    # running it again finds nothing
    assert repair_store(path).lines() == [f"{path}: nothing to repair"]


def test_repair_keeps_what_precedes_a_damaged_line_and_copies_the_journal_aside(tmp_path):
    path = tmp_path / "store.json"
    notes = _store_with_changes(path)
    jpath = _journal(path)
    bad = flip(3, 30)(jpath.read_bytes())
    jpath.write_bytes(bad)
    report = repair_store(path)
    assert report.damage is not None and report.damage.line == 4
    assert report.set_aside_lines == 3
    assert any(b.read_bytes() == bad for b in report.backups)
    with AnnotationStore.open(path, editor="ed") as s:
        assert not s.read_only
        assert sorted(a.note for a in s.annotations()) == sorted(_notes_after(notes, 3))


def test_repair_refuses_while_a_desk_writes_the_store(tmp_path):
    path = tmp_path / "store.json"
    with AnnotationStore.open(path, editor="ed") as s:
        s.set_status(CLAIMS[0], DOC, "corroborated")
        with pytest.raises(StoreLocked, match="open in another claimdesk"):
            repair_store(path)


def test_repair_of_an_unreadable_snapshot_says_so_in_one_line(tmp_path):
    path = tmp_path / "store.json"
    path.write_text('{"meta": {"1": ')
    with pytest.raises(StoreError) as e:
        repair_store(path)
    assert "\n" not in str(e.value) and str(path) in str(e.value)
    assert path.read_text() == '{"meta": {"1": '


# ---------------------------------------------------------------------------- closing


def test_close_compacts_and_can_run_in_a_background_thread(tmp_path):
    path = tmp_path / "store.json"
    s = AnnotationStore.open(path, editor="ed", compact_bytes=1 << 30)
    for i, c in enumerate(CLAIMS):
        s.set_note(c, DOC, f"checked with the harbour office, call {i}")
    assert s.journal_bytes > 0
    worker = s.close_in_background()
    assert not worker.daemon  # the interpreter waits for it: a quit never cuts compaction short
    worker.join(HANG_GUARD)
    assert not worker.is_alive() and s.closed
    assert _journal(path).read_bytes() == b""  # folded into the snapshot
    data = json.loads(path.read_text())
    assert sorted(r["note"] for r in data["doc:harbour"].values()) == sorted(
        f"checked with the harbour office, call {i}" for i in range(3))
    with pytest.raises(StoreError, match="closed"):
        s.set_status(CLAIMS[0], DOC, "corroborated")
    assert s.get(CLAIMS[0].id).note.startswith("checked")  # reads still work after close


def test_writes_from_one_thread_and_compactions_from_another_lose_nothing(tmp_path):
    path = tmp_path / "store.json"
    s = AnnotationStore.open(path, editor="ed", compact_bytes=1 << 30)
    stop = threading.Event()
    errors: list[BaseException] = []

    def compactor() -> None:
        try:
            while not stop.is_set():
                s.compact()
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    t = threading.Thread(target=compactor)
    t.start()
    try:
        for i in range(120):
            s.set_note(CLAIMS[i % 3], DOC, f"revision {i}")
    finally:
        stop.set()
        t.join(HANG_GUARD)
    assert not errors
    s.close()
    with AnnotationStore.open(path, editor="ed", read_only=True) as ro:
        assert {a.claim_id: a.note for a in ro.annotations()} == {
            CLAIMS[0].id: "revision 117", CLAIMS[1].id: "revision 118", CLAIMS[2].id: "revision 119"}
        assert len(ro.history()) == 120
