"""Crash safety with two writers: two child processes edit one store at once and are SIGKILLed at
random moments, 200 times.

After every kill the store must open (read-only first, which repairs nothing, then writable,
which cuts a torn tail), and hold exactly the changes each child acknowledged (it writes an ack
after each call returns, i.e. after the change was fsynced), plus possibly the one in flight.

One child's compactions run in a helper process (``store.compactor``), the other's in its own
process; a helper whose child was killed finishes its snapshot, unused, and the test waits for it.

The two children are two editors on the same claims: each gives verdicts on all twelve (two
editors' verdicts on one claim are kept side by side, never one over the other), writes notes on
its own six, and undoes and redoes its own changes. Each child's expected state is therefore a
model of its own operations alone, whatever the interleaving.

The children are forks of this process (no interpreter start-up per kill, so 200 kills take
seconds). Kill delays are 5–60 ms, so kills land while opening (replay, cutting a torn tail),
while appending (holding the append lock, which the kernel then drops), while fsyncing and
while a store's background thread compacts (the children's threshold is tiny and they do not
wait for idleness): the test counts the kills that left a compaction's temp file behind, i.e.
landed in the middle of one, and needs some.

What this cannot show: a SIGKILL leaves the kernel's page cache intact, so it tests process
crashes, not power loss; power loss is covered by the fsync ordering (see store.storage)
and by the torn-journal tests in test_store_storage.py.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import time
from itertools import islice

import pytest

import store.annotations as annotations_mod
from claims.model import Claim, Document
from store.annotations import AnnotationStore, Origin

KILLS = 200
HISTORY_CAP = 20  # small, so the file stays small and compaction happens often
STATUSES = ("corroborated", "disputed", None)
EDITORS = ("child-a", "child-b")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def world():
    docs, claims = [], []
    for d in range(3):
        sentences = [f"Claim {d}.{i}: ünïcode «{i * 7}» people were counted in town {d}." for i in range(4)]
        text = " ".join(sentences)
        doc = Document(id=f"d{d}", path=f"/articles/d{d}.txt", text=text,
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        docs.append(doc)
        for s in sentences:
            i = text.index(s)
            claims.append((Claim(id=f"d{d}-{i}", doc=doc.id, start=i, end=i + len(s), text=s, kind="figure",
                                 score=0.5), doc))
    return claims


CLAIMS = world()
OWN_NOTES = {EDITORS[0]: range(0, 6), EDITORS[1]: range(6, 12)}


def ops_for(seed: int, editor: str):
    rng = random.Random(seed)
    own = list(OWN_NOTES[editor])
    while True:
        r = rng.random()
        if r < 0.65:
            yield ("status", rng.randrange(len(CLAIMS)), rng.choice(STATUSES))
        elif r < 0.85:
            yield ("note", rng.choice(own), rng.choice(["", "checked\nby phone", f"note {rng.randrange(1000)} — ok",
                                                        "=1+1"]))
        elif r < 0.95:
            yield ("undo",)
        else:
            yield ("redo",)


class Model:
    """What one editor's part of the store should hold: its verdict per claim, the notes on its
    own claims, and its undo/redo stacks."""

    def __init__(self):
        self.state: dict[tuple[str, int], object] = {}  # ("status"|"note", claim) -> value
        self.done: list[tuple] = []  # (field, before, after)
        self.redo: list[tuple] = []

    def copy(self) -> Model:
        m = Model()
        m.state, m.done, m.redo = dict(self.state), list(self.done), list(self.redo)
        return m

    def apply(self, op: tuple) -> None:
        if op[0] in ("status", "note"):
            key = (op[0], op[1])
            before = self.state.get(key, None if op[0] == "status" else "")
            if op[2] == before:
                return
            self.state[key] = op[2]
            self.redo = []
            self.done.append((key, before, op[2]))
            del self.done[: max(0, len(self.done) - HISTORY_CAP)]
        elif op[0] == "undo" and self.done:
            key, before, after = self.done.pop()
            self.state[key] = before
            self.redo.insert(0, (key, before, after))
        elif op[0] == "redo" and self.redo:
            key, before, after = self.redo.pop(0)
            self.state[key] = after
            self.done.append((key, before, after))

    def observed(self) -> tuple:
        state = {k: v for k, v in self.state.items() if v not in (None, "")}
        return (state, len(self.done), len(self.redo))


def observe(store: AnnotationStore, editor: str) -> tuple:
    state: dict[tuple[str, int], object] = {}
    for i, (claim, _) in enumerate(CLAIMS):
        a = store.get(claim.id)
        if a is None:
            continue
        if a.verdict_of(editor):
            state[("status", i)] = a.verdict_of(editor)
        if i in OWN_NOTES[editor] and a.note:
            state[("note", i)] = a.note
    mine = [h for h in store.history_entries() if h.editor == editor and h.origin is Origin.LOCAL]
    undone = sum(1 for h in mine if h.undone)
    return (state, len(mine) - undone, undone)


def child(path, seed: int, editor: str, wfd: int) -> None:
    """Runs in a forked child; never returns."""
    code = 3
    try:
        annotations_mod.HISTORY_MAX = HISTORY_CAP
        # child-b's compactions run in a helper process (store.compactor), child-a's in its own
        helper = 0 if editor == EDITORS[1] else 1 << 40
        s = AnnotationStore.open(path, editor=editor, compact_bytes=2048, idle_seconds=0.0,
                                 child_compaction_bytes=helper)
        if s.read_only:
            raise RuntimeError("child could not write: " + s.read_only_reason)
        os.write(wfd, b"open\n")
        for i, op in enumerate(ops_for(seed, editor)):
            if op[0] == "status":
                claim, doc = CLAIMS[op[1]]
                s.set_status(claim, doc, op[2])
            elif op[0] == "note":
                claim, doc = CLAIMS[op[1]]
                s.set_note(claim, doc, op[2])
            elif op[0] == "undo":
                s.undo()
            else:
                s.redo()
            os.write(wfd, f"ack {i}\n".encode())
    except BaseException as e:  # noqa: BLE001 - reported to the parent
        os.write(wfd, f"error {e!r}\n".encode())
    finally:
        os._exit(code)


def _wait_for_orphaned_helper(tmp) -> None:
    """A helper process compacting for a killed child goes on until its snapshot is written (it
    holds the temp file's lock meanwhile, so no one else compacts); wait for it to finish."""
    import fcntl

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except FileNotFoundError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            time.sleep(0.01)
        finally:
            os.close(fd)
    raise AssertionError("a compaction helper never finished")


def _drain(r: int) -> list[str]:
    chunks = []
    while chunk := os.read(r, 1 << 16):
        chunks.append(chunk)
    os.close(r)
    return b"".join(chunks).decode().splitlines()


def test_two_writers_sigkilled_at_random_moments_lose_nothing_acknowledged(tmp_path, monkeypatch):
    monkeypatch.setattr(annotations_mod, "HISTORY_MAX", HISTORY_CAP)
    path = tmp_path / "store.json"
    rng = random.Random(20241002)
    models = {e: Model() for e in EDITORS}
    in_flight_seen = 0
    opened = 0
    both_wrote = 0
    during_compaction = 0
    compacting_tmp = tmp_path / ".store.json.compacting.tmp"
    for it in range(KILLS):
        seeds = {e: rng.randrange(1 << 30) for e in EDITORS}
        pipes, pids = {}, {}
        for e in EDITORS:
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                os.close(r)
                child(path, seeds[e], e, w)
            os.close(w)
            pipes[e], pids[e] = r, pid
        order = list(EDITORS)
        rng.shuffle(order)
        for e in order:  # each child killed at its own moment
            time.sleep(rng.uniform(0.005, 0.040))
            os.kill(pids[e], signal.SIGKILL)
        acks = {}
        for e in EDITORS:
            _, status = os.waitpid(pids[e], 0)
            lines = _drain(pipes[e])
            errors = [line for line in lines if line.startswith("error")]
            assert not errors, f"kill {it}: {e} failed: {errors}"
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            acks[e] = sum(1 for line in lines if line.startswith("ack "))
            opened += "open" in lines
        both_wrote += all(acks.values())
        during_compaction += compacting_tmp.exists()  # killed while writing a new snapshot
        _wait_for_orphaned_helper(compacting_tmp)

        expected = {}
        for e in EDITORS:
            ops = list(islice(ops_for(seeds[e], e), acks[e] + 1))
            acked = models[e].copy()
            for op in ops[:acks[e]]:
                acked.apply(op)
            with_flight = acked.copy()
            with_flight.apply(ops[acks[e]])
            expected[e] = (acked, with_flight, ops[acks[e]])

        ro = AnnotationStore.open(path, editor="check", read_only=True)
        try:
            got = {e: observe(ro, e) for e in EDITORS}
        finally:
            ro.close()
        for e in EDITORS:
            acked, with_flight, flight = expected[e]
            assert got[e] in (acked.observed(), with_flight.observed()), (
                f"kill {it}, {e} after {acks[e]} acks: store holds {got[e]}, expected {acked.observed()} "
                f"(or with the in-flight op {flight}: {with_flight.observed()})")
        rw = AnnotationStore.open(path, editor="check")
        try:
            assert not rw.read_only, rw.read_only_reason
            assert {e: observe(rw, e) for e in EDITORS} == got
            journal = tmp_path / "store.json.journal"
            assert journal.stat().st_size == rw._storage.journal_size  # a torn tail was cut
            assert not compacting_tmp.exists()  # the dead compaction's temp file was removed
            rw.compact()
            assert {e: observe(rw, e) for e in EDITORS} == got
        finally:
            rw.close()
        for e in EDITORS:
            acked, with_flight, _ = expected[e]
            if got[e] == acked.observed():
                models[e] = acked
            else:
                models[e] = with_flight
                in_flight_seen += 1
    # the kills must have landed in different phases to mean something
    assert opened > KILLS  # most children got to write
    assert both_wrote > KILLS // 5  # and often both at once
    assert during_compaction >= 5, during_compaction
    print(f"{KILLS} kills of two writers; in-flight change found durable {in_flight_seen} times; "
          f"{both_wrote} rounds where both wrote; {during_compaction} kills in the middle of a compaction")
