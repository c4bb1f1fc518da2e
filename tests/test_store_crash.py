"""Crash safety: a child process edits in a loop and is SIGKILLed at random moments, 200 times.

After every kill the store must open (read-only first, which repairs nothing, then writable,
which repairs), and hold exactly the changes the child acknowledged (it writes an ack after
each call returns, i.e. after the change was fsynced), plus possibly the one in flight.

The child is a fork of this process (no interpreter start-up per kill, so 200 kills take
seconds). Kill delays are 5–60 ms, so kills land while opening (replay, cutting a torn tail),
while appending, while fsyncing and while the store's background thread compacts (the
child's threshold is tiny and it does not wait for idleness): the test counts the kills that
left a compaction's temp file behind, i.e. landed in the middle of one, and needs some.

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
from store.annotations import AnnotationStore

KILLS = 200
HISTORY_CAP = 20  # small, so the file stays small and compaction happens often
STATUSES = ("corroborated", "disputed", None)

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


def ops_for(seed: int):
    rng = random.Random(seed)
    while True:
        r = rng.random()
        c = rng.randrange(len(CLAIMS))
        if r < 0.70:
            yield ("status", c, rng.choice(STATUSES))
        elif r < 0.85:
            yield ("note", c, rng.choice(["", "checked\nby phone", f"note {rng.randrange(1000)} — ok", "=1+1"]))
        elif r < 0.95:
            yield ("undo",)
        else:
            yield ("redo",)


class Model:
    """What the store should hold: per claim (status, note) or absent, and the undo/redo stacks."""

    def __init__(self):
        self.state: dict[int, tuple] = {}
        self.done: list[tuple] = []  # (claim, before, after)
        self.redo: list[tuple] = []

    def copy(self) -> Model:
        m = Model()
        m.state, m.done, m.redo = dict(self.state), list(self.done), list(self.redo)
        return m

    def apply(self, op: tuple) -> None:
        if op[0] in ("status", "note"):
            c = op[1]
            before = self.state.get(c)
            status, note = before or (None, "")
            if op[0] == "status":
                status = op[2]
            else:
                note = op[2]
            after = None if (status is None and not note) else (status, note)
            if after == before:
                return
            self._set(c, after)
            self.redo = []
            self.done.append((c, before, after))
            del self.done[: max(0, len(self.done) - HISTORY_CAP)]
        elif op[0] == "undo" and self.done:
            c, before, after = self.done.pop()
            self._set(c, before)
            self.redo.insert(0, (c, before, after))
        elif op[0] == "redo" and self.redo:
            c, before, after = self.redo.pop(0)
            self._set(c, after)
            self.done.append((c, before, after))

    def _set(self, c: int, value) -> None:
        if value is None:
            self.state.pop(c, None)
        else:
            self.state[c] = value

    def observed(self) -> tuple:
        return (dict(self.state), len(self.done), len(self.redo))


def observe(store: AnnotationStore) -> tuple:
    state = {}
    for i, (claim, _) in enumerate(CLAIMS):
        a = store.get(claim.id)
        if a is not None:
            state[i] = (a.status, a.note)
    hist = store.history()
    undone = sum(1 for h in hist if h.startswith("undone: "))
    return (state, len(hist) - undone, undone)


def child(path, seed: int, wfd: int) -> None:
    """Runs in the forked child; never returns."""
    code = 3
    try:
        annotations_mod.HISTORY_MAX = HISTORY_CAP
        s = AnnotationStore.open(path, editor="child", compact_bytes=2048, idle_seconds=0.0)
        if s.read_only:
            raise RuntimeError("child could not take the lock: " + s.read_only_reason)
        os.write(wfd, b"open\n")
        for i, op in enumerate(ops_for(seed)):
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


def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path, monkeypatch):
    monkeypatch.setattr(annotations_mod, "HISTORY_MAX", HISTORY_CAP)
    path = tmp_path / "store.json"
    rng = random.Random(20241002)
    model = Model()
    in_flight_seen = 0
    opened = 0
    during_compaction = 0
    compacting_tmp = tmp_path / ".store.json.compacting.tmp"
    for it in range(KILLS):
        seed = rng.randrange(1 << 30)
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(r)
            child(path, seed, w)
        os.close(w)
        time.sleep(rng.uniform(0.005, 0.060))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        chunks = []
        while chunk := os.read(r, 1 << 16):
            chunks.append(chunk)
        os.close(r)
        lines = b"".join(chunks).decode().splitlines()
        errors = [line for line in lines if line.startswith("error")]
        assert not errors, f"kill {it}: the child failed: {errors}"
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        acks = sum(1 for line in lines if line.startswith("ack "))
        opened += "open" in lines
        during_compaction += compacting_tmp.exists()  # killed while writing a new snapshot

        ops = list(islice(ops_for(seed), acks + 1))
        acked = model.copy()
        for op in ops[:acks]:
            acked.apply(op)
        with_flight = acked.copy()
        with_flight.apply(ops[acks])

        ro = AnnotationStore.open(path, editor="check", read_only=True)
        try:
            got = observe(ro)
        finally:
            ro.close()
        assert got in (acked.observed(), with_flight.observed()), (
            f"kill {it} after {acks} acks: store holds {got}, expected {acked.observed()} "
            f"(or with the in-flight op {ops[acks]}: {with_flight.observed()})")
        rw = AnnotationStore.open(path, editor="check")
        try:
            assert not rw.read_only, rw.read_only_reason  # the dead child's lock is gone
            assert observe(rw) == got
            journal = tmp_path / "store.json.journal"
            assert journal.stat().st_size == rw._storage.journal_size  # a torn tail was cut
            assert not compacting_tmp.exists()  # the dead compaction's temp file was removed
            rw.compact()
            assert observe(rw) == got
        finally:
            rw.close()
        if got == acked.observed():
            model = acked
        else:
            model = with_flight
            in_flight_seen += 1
    # the kills must have landed in different phases to mean something
    assert opened > KILLS // 2
    assert during_compaction >= 5, during_compaction
    print(f"{KILLS} kills; in-flight change found durable {in_flight_seen} times; "
          f"{during_compaction} kills in the middle of a compaction")
