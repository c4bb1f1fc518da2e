"""Loading and analysis in their own process, streamed back to the desk once.

``python -m tui.analyse_worker PATH...`` writes length-prefixed pickled frames on stdout, each small (its
unpickling never holds the desk's GIL for more than a few milliseconds):

* ``("doc", Document)`` or ``("error", message)`` for each file as it loads (the order, ids and errors of
  ``claims.documents.iter_load``);
* ``("claims", doc_id, rows, last)`` right after its document: that article's claims (``last`` on the last
  frame of them), in the compact form of :func:`pack_claims`; claims are numbered in the order they come
  (document order, then offset), and the links and clusters refer to them by that number;
* ``("links", rows)`` and ``("clusters", rows)`` in chunks, once every article is in;
* ``("end", None)``: nothing more; or ``("fail", message)``.

Each document travels once: the analysis is sent without the texts (a claim's text is left out when it is
the document's text at its offsets) and :class:`AnalysisReceiver` puts it back together around the
Documents the desk already has. The files are loaded and their claims extracted in a pool of forked
processes (:func:`claims.pipeline.iter_extract`), then aligned here. Plain pipes rather than
multiprocessing between the desk and this process: Textual replaces sys.stderr while it runs, which
multiprocessing's spawn cannot pass to a child.

:func:`start` runs it; a caller that knows the paths before the desk asks for them (the command line,
before Textual is even imported) can start it early, and ``tui.desk_model.load_and_analyse`` then takes the
process already under way (:func:`take`).
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from claims.model import Analysis, Claim, ClaimKind, Cluster, Document, Link, Relation, Value

_LEN = struct.Struct(">Q")

#: most claims, links or clusters in one frame (unpickling 2,000 rows takes about a millisecond)
ROWS_PER_FRAME = 2000


def write_frame(out: IO[bytes], obj: object) -> int:
    """Write one frame; the bytes written."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LEN.pack(len(data)))
    out.write(data)
    out.flush()
    return _LEN.size + len(data)


def read_frames(stream: Any) -> Iterator[tuple]:
    """The frames of ``stream`` (anything with ``read(n)``), until its end or a frame cut short."""
    while True:
        head = stream.read(_LEN.size)
        if len(head) < _LEN.size:
            return
        (n,) = _LEN.unpack(head)
        data = stream.read(n)
        if len(data) < n:
            return
        yield pickle.loads(data)


# --------------------------------------------------------------------------- the compact form

#: a claim: id, start, end, text (None: the document's text there), kind, score, source, values (as tuples)
PackedClaim = tuple[str, int, int, "str | None", str, float, str, tuple]
#: a link: its two claims by number, relation, score, why, the fact on each side
PackedLink = tuple[int, int, str, float, str, str, str]
#: a cluster: id, its claims by number, origins, outlets
PackedCluster = tuple[str, tuple[int, ...], tuple[str, ...], tuple[str, ...]]


def _chunks(rows: list, size: int = ROWS_PER_FRAME) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def pack_claims(doc: Document, claims: Iterable[Claim], shared: dict[str, str] | None = None) -> list[PackedClaim]:
    """One article's claims as tuples; a claim's text is None when it is ``doc.text[start:end]``, and equal
    strings (sources, units) are one object through ``shared`` (so a frame pickles them once)."""
    memo = {} if shared is None else shared
    text = doc.text
    return [(c.id, c.start, c.end, None if c.text == text[c.start:c.end] else c.text, str(c.kind), c.score,
             memo.setdefault(c.source, c.source),
             tuple((v.start, v.end, v.text, v.kind, v.value, memo.setdefault(v.unit, v.unit), v.approx)
                   for v in c.values))
            for c in claims]


def pack_links(links: Iterable[Link], number: dict[str, int]) -> list[PackedLink]:
    """Links as tuples, their claims by number (the order the claims were sent in)."""
    memo: dict[str, str] = {}
    return [(number[lk.a], number[lk.b], str(lk.relation), lk.score, memo.setdefault(lk.why, lk.why),
             memo.setdefault(lk.facts[0], lk.facts[0]), memo.setdefault(lk.facts[1], lk.facts[1]))
            for lk in links]


def pack_clusters(clusters: Iterable[Cluster], number: dict[str, int]) -> list[PackedCluster]:
    memo: dict[str, str] = {}
    return [(cl.id, tuple(number[c] for c in cl.claims), tuple(memo.setdefault(o, o) for o in cl.origins),
             tuple(memo.setdefault(o, o) for o in cl.outlets))
            for cl in clusters]


_KINDS = {str(k): k for k in ClaimKind}
_RELATIONS = {str(r): r for r in Relation}


class AnalysisReceiver:
    """Rebuilds the analysis from the frames, around the Documents already received: claims as each
    article's arrive (while the worker aligns them), then the links and clusters."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.claims: list[Claim] = []  # numbered as sent
        self.links: list[Link] = []
        self.clusters: list[Cluster] = []
        self._docs: dict[str, Document] = {}
        self._ids: list[str] = []  # claim ids by number

    def add_document(self, doc: Document) -> None:
        self.documents.append(doc)
        self._docs[doc.id] = doc

    def add_claims(self, doc_id: str, rows: list[PackedClaim]) -> list[Claim]:
        text = self._docs[doc_id].text
        kinds = _KINDS
        new = [Claim(id=cid, doc=doc_id, start=start, end=end, text=text[start:end] if ctext is None else ctext,
                     kind=kinds.get(kind) or ClaimKind(kind), score=score, source=source,
                     values=tuple(Value(*v) for v in values))
               for cid, start, end, ctext, kind, score, source, values in rows]
        self.claims.extend(new)
        return new

    def _claim_ids(self) -> list[str]:
        if len(self._ids) != len(self.claims):
            self._ids = [c.id for c in self.claims]
        return self._ids

    def add_links(self, rows: list[PackedLink]) -> None:
        ids = self._claim_ids()
        rel = _RELATIONS
        self.links.extend(Link(ids[a], ids[b], rel.get(r) or Relation(r), score, why, (fa, fb))
                          for a, b, r, score, why, fa, fb in rows)

    def add_clusters(self, rows: list[PackedCluster]) -> None:
        ids = self._claim_ids()
        self.clusters.extend(Cluster(cid, tuple(ids[i] for i in members), origins, outlets)
                             for cid, members, origins, outlets in rows)

    def analysis(self) -> Analysis:
        return Analysis(documents=self.documents, claims=self.claims, links=self.links, clusters=self.clusters)


# --------------------------------------------------------------------------- the process, seen from the desk


class _Drained:
    """A pipe read into memory by a thread as it fills, so the process writing it never waits for a reader
    that has not started yet (a pipe holds 64 KB: a worker started early would stop after a few articles until
    the desk asks for them). ``read(n)`` as a file's, from what has arrived, waiting for more."""

    def __init__(self, fd: int) -> None:
        import queue
        import threading

        self._fd = fd
        self._chunks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._buf = bytearray()
        self._pos = 0
        self._eof = False
        self._thread = threading.Thread(target=self._pump, name="analysis-pipe", daemon=True)
        self._thread.start()

    def finish(self, timeout: float) -> bool:
        """Wait for the pipe's end (the writer is gone); whether it came."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _pump(self) -> None:
        try:
            while chunk := os.read(self._fd, 1 << 20):
                self._chunks.put(chunk)
        except OSError:
            pass
        self._chunks.put(b"")

    def read(self, n: int) -> bytes:
        while len(self._buf) - self._pos < n and not self._eof:
            chunk = self._chunks.get()
            if not chunk:
                self._eof = True
                break
            if self._pos > len(self._buf) // 2:
                del self._buf[:self._pos]
                self._pos = 0
            self._buf += chunk
        out = bytes(self._buf[self._pos:self._pos + n])
        self._pos += len(out)
        return out


class WorkerProcess:
    """The worker process as the desk holds it: ``poll`` and ``kill`` (which ends its pool too), ``stdout``."""

    def __init__(self, proc: Any, paths: tuple[str, ...], drain: bool = False) -> None:
        self.proc = proc
        self.paths = paths
        self._pipe: IO[bytes] | None = proc.stdout
        #: what the worker wrote (read by a thread as it arrives when ``drain``)
        self.stdout: IO[bytes] | _Drained | None = proc.stdout
        self._drained: _Drained | None = None
        if drain and proc.stdout is not None:
            self.stdout = self._drained = _Drained(proc.stdout.fileno())
        self.pid: int = proc.pid

    def poll(self) -> int | None:
        return self.proc.poll()

    def kill(self) -> None:
        """End the process and the pool processes it forked (they share its process group)."""
        if self.proc.poll() is None and _OWN_GROUP:
            import signal

            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
                return
            except OSError:
                pass
        try:
            self.proc.kill()
        except OSError:
            pass

    def wait(self, timeout: float | None = None) -> int:
        return self.proc.wait(timeout)

    def close(self) -> None:
        """Kill it if it still runs, reap it, close the pipe."""
        if self.proc.poll() is None:
            self.kill()
        self.proc.wait()
        if self._drained is not None and not self._drained.finish(timeout=2.0):
            return  # its thread still reads the pipe (someone else holds it open): closing could hand the fd on
        if self._pipe is not None:
            self._pipe.close()


_OWN_GROUP = hasattr(os, "killpg") and os.name == "posix"


def start(paths: Sequence[str], drain: bool = False) -> WorkerProcess | None:
    """Start ``python -m tui.analyse_worker PATHS`` (in its own process group, so killing it ends its pool);
    None when no process can be started. ``drain``: read its output as it comes (see :class:`_Drained`)."""
    extra: dict[str, Any] = {"process_group": 0} if _OWN_GROUP else {}
    try:
        proc = subprocess.Popen([sys.executable, "-m", "tui.analyse_worker", *map(str, paths)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                **extra)
    except (OSError, ValueError):
        return None
    return WorkerProcess(proc, tuple(map(str, paths)), drain)


_EARLY: list[WorkerProcess] = []


def start_early(paths: Sequence[str]) -> None:
    """Start the worker for ``paths`` now (the desk will ask for exactly these): it loads and analyses on the
    other core while the app imports Textual and draws its first frame. Ended at exit if nobody took it."""
    worker = start(paths, drain=True)
    if worker is not None:
        if not _EARLY:
            import atexit

            atexit.register(_end_early)
        _EARLY.append(worker)


def take(paths: Sequence[str]) -> WorkerProcess | None:
    """The worker :func:`start_early` started for these paths, if it is still there (taken once)."""
    key = tuple(map(str, paths))
    for w in _EARLY:
        if w.paths == key:
            _EARLY.remove(w)
            return w
    return None


def _end_early() -> None:
    while _EARLY:
        _EARLY.pop().close()


# --------------------------------------------------------------------------- the process itself


#: how much lower than the desk this process and its pool run: the desk's event loop, waking for a key or a
#: frame, takes a core from them at once instead of sharing it (2 pool processes keep 2 cores busy)
NICENESS = int(os.environ.get("CLAIMDESK_WORKER_NICE", "10"))


def main(argv: list[str]) -> int:
    out = sys.stdout.buffer
    if NICENESS and hasattr(os, "nice"):
        try:
            os.nice(NICENESS)
        except OSError:
            pass
    try:
        from claims.pipeline import Extracted, iter_extract, link_claims

        docs: list[Document] = []
        claims: list[Claim] = []
        for item in iter_extract(argv, workers=None):
            if isinstance(item, Extracted):
                doc = item.document
                docs.append(doc)
                write_frame(out, ("doc", doc))
                rows = pack_claims(doc, item.claims)
                parts = list(_chunks(rows)) or [[]]
                for k, part in enumerate(parts):
                    write_frame(out, ("claims", doc.id, part, k == len(parts) - 1))
                claims.extend(item.claims)
            else:
                write_frame(out, ("error", str(item)))
        if docs:
            analysis = link_claims(docs, claims)
            number = {c.id: i for i, c in enumerate(claims)}
            for part in _chunks(pack_links(analysis.links, number)):
                write_frame(out, ("links", part))
            for part in _chunks(pack_clusters(analysis.clusters, number)):
                write_frame(out, ("clusters", part))
        write_frame(out, ("end", None))
    except BrokenPipeError:  # the desk quit: nobody is listening
        return 0
    except Exception as e:  # reported to the desk, which then does the work itself
        try:
            write_frame(out, ("fail", f"{e.__class__.__name__}: {e}"))
        except OSError:
            pass
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
