"""Load once (issue 11 item 2): the same documents, claims, links, clusters and ids whether the articles are
loaded in the desk's thread, through the worker process (which sends each document once and then the
analysis in small frames) or over the pool of forked processes; a worker or a pool that fails half-way is
finished here; bad files give one error each; each article's claims can follow it before any link."""

from __future__ import annotations

import io
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claims import pipeline
from claims.documents import iter_load, load_paths
from claims.model import Document, DocumentError
from claims.pipeline import Extracted, analyse, iter_extract, link_claims
from tui import analyse_worker, desk_model
from tui.desk_model import ArticleClaims, DeskModel

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """News-corpus articles (.txt, .md, .html) and what goes wrong with real folders: an empty and a binary
    file, a file of another type given by name, the same file reached twice, and two files whose names give the same id."""
    from benchmarks.newscorpus import write_folder

    root = tmp_path_factory.mktemp("load-once")
    folder = root / "articles"
    paths = write_folder(folder, 24, seed=11, size=1500)
    assert {p.suffix for p in paths} >= {".txt", ".md", ".html"}
    (folder / "empty.txt").write_text("")
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01\x02\xff" * 300)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    same_name = folder / "later" / paths[3].name  # another article under a name that is already taken
    same_name.parent.mkdir()
    shutil.copy(paths[7], same_name)
    (root / "nothing-here").mkdir()
    return [str(folder), str(paths[0]), str(root / "nothing-here"), str(root / "missing.txt"),
            str(folder / "notes.pdf")]


def _items(paths, threshold: int, monkeypatch, **kw) -> list[object]:
    monkeypatch.setattr(desk_model, "PROCESS_THRESHOLD_FILES", threshold)
    from claims.doc_walk import count_files

    return list(desk_model.load_and_analyse(paths, count_files(paths), **kw))


def _shape(items: list[object]) -> list[object]:
    """What the desk sees, comparable across runs: documents whole, messages, each article's claims, the model."""
    out: list[object] = []
    for x in items:
        if isinstance(x, Document):
            out.append(("doc", x))
        elif isinstance(x, ArticleClaims):
            out.append(("claims", x.doc_id, [c.to_json() for c in x.claims], [c.id for c in x.claims]))
        elif isinstance(x, DeskModel):
            a = x.analysis
            out.append(("model", [d.id for d in a.documents], [c.to_json() for c in a.claims],
                        [(k.a, k.b, k.relation, k.score, k.why, k.facts) for k in a.links],
                        [(c.id, c.claims, c.origins, c.outlets) for c in a.clusters], x.rows, x.order))
        else:
            out.append(x)
    return out


@pytest.fixture(scope="module")
def in_thread(corpus) -> list[object]:
    mp = pytest.MonkeyPatch()
    try:
        return _shape(_items(corpus, 10**9, mp))
    finally:
        mp.undo()


def test_the_corpus_exercises_ids_duplicates_and_errors(in_thread):
    docs = [x[1] for x in in_thread if isinstance(x, tuple) and x[0] == "doc"]
    errors = [x for x in in_thread if isinstance(x, str)]
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids)) == 25  # the file given again is loaded once; the copy gets its own id
    assert any(i.endswith("-2") for i in ids)
    # one line per bad input, naming it
    assert len(errors) == 5
    for name in ("empty.txt", "zz-binary.txt", "notes.pdf", "nothing-here", "missing.txt"):
        assert sum(name in e for e in errors) == 1, (name, errors)
    assert all("\n" not in e for e in errors)
    model = in_thread[-1]
    assert model[0] == "model" and len(model[2]) > 200 and len(model[3]) > 50 and model[4]


def test_worker_process_gives_what_the_thread_gives(corpus, in_thread, monkeypatch):
    procs = []
    items = _items(corpus, 0, monkeypatch, on_process=procs.append)
    assert len(procs) == 1 and isinstance(procs[0], analyse_worker.WorkerProcess)
    assert _shape(items) == in_thread


def test_each_article_s_claims_follow_it_before_any_link(corpus, in_thread, monkeypatch):
    for threshold in (0, 10**9):  # worker process, then this thread
        shaped = _shape(_items(corpus, threshold, monkeypatch, with_claims=True))
        assert [x for x in shaped if not (isinstance(x, tuple) and x[0] == "claims")] == in_thread
        model = shaped[-1]
        claims_of = {}
        for k, x in enumerate(shaped):
            if isinstance(x, tuple) and x[0] == "doc":
                nxt = shaped[k + 1]
                assert nxt[0] == "claims" and nxt[1] == x[1].id, "a document's claims come right after it"
                claims_of[x[1].id] = nxt[2]
        assert [c for d in model[1] for c in claims_of[d]] == model[2], "the final claims are the early ones"


def test_pool_gives_the_same_documents_claims_and_ids(corpus):
    one = list(iter_extract(corpus, workers=1))
    pool = list(iter_extract(corpus, workers=2))
    assert [_extracted(x) for x in pool] == [_extracted(x) for x in one]
    # and what the loader alone gives, with the claims the whole engine finds
    assert [x.document if isinstance(x, Extracted) else str(x) for x in one] == \
           [x if isinstance(x, Document) else str(x) for x in iter_load(corpus)]
    docs, _ = load_paths(corpus)
    whole = analyse(docs)
    streamed = link_claims([x.document for x in pool if isinstance(x, Extracted)],
                           [c for x in pool if isinstance(x, Extracted) for c in x.claims])
    assert [c.to_json() for c in streamed.claims] == [c.to_json() for c in whole.claims]
    assert streamed.links == whole.links and streamed.clusters == whole.clusters


def _extracted(x: object) -> object:
    return (x.document, [c.to_json() for c in x.claims]) if isinstance(x, Extracted) else str(x)


def test_without_fork_the_pool_is_this_process(corpus, monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    started = []
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor",
                        lambda *a, **k: started.append(a) or pytest.fail("no pool without fork"))
    assert [_extracted(x) for x in iter_extract(corpus, workers=2)] == \
           [_extracted(x) for x in iter_extract(corpus, workers=1)]
    assert not started


def _die_on_one_file(paths):
    """A pool task that kills its worker process when given one file (module-level: pickled by name)."""
    if any(Path(p).stem == _die_on_one_file.stem for p in paths):  # type: ignore[attr-defined]
        os._exit(3)
    return _real_task(paths)


_real_task = pipeline._load_and_extract


def test_a_pool_that_breaks_is_finished_here(corpus, monkeypatch):
    import claims.documents

    files = sorted(Path(corpus[0]).glob("*.txt"))
    _die_on_one_file.stem = files[8].stem  # type: ignore[attr-defined]
    monkeypatch.setattr(pipeline, "_load_and_extract", _die_on_one_file)
    monkeypatch.setattr(pipeline, "MAX_FILES_PER_TASK", 1)
    here = []
    real = claims.documents.load_or_error
    monkeypatch.setattr(claims.documents, "load_or_error", lambda f: here.append(f) or real(f))
    broken = [_extracted(x) for x in iter_extract(corpus, workers=2)]
    assert files[8] in here, "the file that killed its worker was not loaded here"
    assert broken == [_extracted(x) for x in iter_extract(corpus, workers=1)]


def test_a_worker_that_dies_after_some_claims_is_finished_by_the_thread(corpus, in_thread, monkeypatch):
    """Cut the stream inside the claims (the 5th article's arrived, the 6th's did not): every document and
    error comes once, every article's claims once, and the model is the thread's."""
    real = analyse_worker.read_frames

    def cut(stream):
        docs = 0
        for frame in real(stream):
            docs += frame[0] == "doc"
            if docs == 6 and frame[0] == "claims":
                return
            yield frame

    monkeypatch.setattr(analyse_worker, "read_frames", cut)
    shaped = _shape(_items(corpus, 0, monkeypatch, with_claims=True))
    assert [x for x in shaped if not (isinstance(x, tuple) and x[0] == "claims")] == in_thread
    docs = [x[1].id for x in shaped if isinstance(x, tuple) and x[0] == "doc"]
    got = [x[1] for x in shaped if isinstance(x, tuple) and x[0] == "claims"]
    assert sorted(got) == sorted(docs)


def test_a_worker_that_fails_is_finished_by_the_thread(corpus, in_thread, monkeypatch):
    real = analyse_worker.read_frames

    def fails_after_links(stream):
        for frame in real(stream):
            if frame[0] == "links":
                yield ("fail", "MemoryError: ")
                return
            yield frame

    monkeypatch.setattr(analyse_worker, "read_frames", fails_after_links)
    assert _shape(_items(corpus, 0, monkeypatch)) == in_thread


def _worker_frames(paths: list[str]) -> list[tuple[bytes, tuple]]:
    out = subprocess.run([sys.executable, "-m", "tui.analyse_worker", *paths], capture_output=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    stream = io.BytesIO(out)
    frames = []
    while True:
        head = stream.read(8)
        if not head:
            return frames
        data = stream.read(int.from_bytes(head, "big"))
        frames.append((data, pickle.loads(data)))


def test_each_document_travels_once_and_frames_stay_small(corpus):
    frames = _worker_frames(corpus)
    kinds = [f[0] for _, f in frames]
    assert kinds[-1] == "end" and kinds.count("end") == 1
    docs = [f[1] for _, f in frames if f[0] == "doc"]
    assert len(docs) == 25
    for data, frame in frames:
        if frame[0] in ("claims", "links", "clusters"):
            rows = frame[2] if frame[0] == "claims" else frame[1]
            assert len(rows) <= analyse_worker.ROWS_PER_FRAME
            assert all(isinstance(r, tuple) for r in rows)
            for d in docs:  # no text of an article is sent again with the analysis
                longest = max(d.text.split("\n\n"), key=len)
                assert longest.encode("utf-8") not in data
    # links and clusters come after every document, and refer to claims by their number
    last_doc = max(i for i, k in enumerate(kinds) if k == "doc")
    assert min(i for i, k in enumerate(kinds) if k in ("links", "clusters")) > last_doc


def test_frames_are_cut_at_rows_per_frame(corpus, in_thread, monkeypatch):
    """Small frames put back together give the same analysis (every kind of frame split many times)."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    real = analyse_worker.read_frames

    def resplit(stream):
        for frame in real(stream):
            if frame[0] == "claims":
                _, doc_id, rows, last = frame
                for k in range(0, max(1, len(rows)), 3):
                    yield ("claims", doc_id, rows[k:k + 3], last and k + 3 >= len(rows))
            elif frame[0] in ("links", "clusters"):
                for k in range(0, len(frame[1]), 7):
                    yield (frame[0], frame[1][k:k + 7])
            else:
                yield frame

    monkeypatch.setattr(analyse_worker, "read_frames", resplit)
    assert _shape(_items(corpus, 0, monkeypatch)) == in_thread


def test_a_worker_started_early_is_the_one_used(corpus, in_thread, monkeypatch):
    analyse_worker.start_early(corpus)
    early = list(analyse_worker._EARLY)
    assert len(early) == 1
    assert analyse_worker.take(corpus[:1]) is None  # other paths: not this one
    procs = []
    items = _items(corpus, 10**9, monkeypatch, on_process=procs.append)  # below the threshold, yet taken
    assert procs == early and not analyse_worker._EARLY
    assert _shape(items) == in_thread


def test_an_early_worker_nobody_takes_is_ended_at_exit(corpus):
    analyse_worker.start_early(corpus)
    worker = analyse_worker._EARLY[0]
    analyse_worker._end_early()
    assert worker.poll() is not None and not analyse_worker._EARLY


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to list a process group")
def test_killing_the_worker_ends_its_pool(tmp_path):
    from benchmarks.newscorpus import write_folder

    write_folder(tmp_path / "many", 160, seed=5, size=3000)
    worker = analyse_worker.start([str(tmp_path / "many")])
    assert worker is not None and worker.stdout is not None
    frames = analyse_worker.read_frames(worker.stdout)
    for frame in frames:  # the pool is at work once the first article has come back from it
        if frame[0] == "doc":
            break
    assert len(_live_in_group(worker.pid)) >= 2, "no pool processes to end"
    worker.kill()
    worker.wait()
    for _ in range(200):
        if not _live_in_group(worker.pid):
            break
        import time

        time.sleep(0.02)
    assert not _live_in_group(worker.pid), "pool processes outlived the worker"
    worker.close()


def _live_in_group(pgid: int) -> list[int]:
    """Processes of a process group that are not dead (zombies waiting to be reaped count as dead)."""
    live = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            live.append(int(entry))
    return live


def test_document_errors_survive_the_pool(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.html").write_text("<html><body><nav>menu</nav></body></html>")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02\xff" * 300)
    (tmp_path / "d.txt").write_text("Police said 40 people were hurt on Monday.\n")
    pool = list(iter_extract([str(tmp_path)], workers=2))
    assert [type(x).__name__ for x in pool] == ["DocumentError", "DocumentError", "DocumentError", "Extracted"]
    assert all(isinstance(x, DocumentError) and x.reason for x in pool[:3])
    assert [str(x) for x in pool[:3]] == [str(x) for x in iter_load([str(tmp_path)])][:3]


def test_an_early_worker_is_not_held_up_by_a_desk_that_has_not_started(corpus, in_thread, monkeypatch):
    """The pipe holds 64 KB; the worker started early writes far more before anyone reads, and finishes."""
    analyse_worker.start_early(corpus)
    worker = analyse_worker._EARLY[0]
    assert worker.wait(timeout=120) == 0, "the worker stopped, waiting for a reader"
    items = _items(corpus, 10**9, monkeypatch)
    assert _shape(items) == in_thread
    assert sum(len(pickle.dumps(x)) for x in items if isinstance(x, Document)) > 1 << 16


_NOISY = """
import os, sys
from claims import pipeline
real = pipeline._load_and_extract
def noisy(paths):
    print("noise from a pool process", flush=True)
    os.write(1, b"more noise")
    return real(paths)
noisy.__module__, noisy.__qualname__ = "claims.pipeline", "_noisy"
pipeline._noisy = noisy
pipeline._load_and_extract = noisy
n = sum(1 for _ in pipeline.iter_extract([sys.argv[1]], workers=2))
sys.stdout.write(f"{n} items")
"""


def test_pool_processes_never_write_into_the_callers_output(corpus):
    """The analysis process's output is a stream of frames: a word from a pool process would corrupt it."""
    out = subprocess.run([sys.executable, "-c", _NOISY, corpus[0]], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True).stdout
    assert out == "27 items"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_killed_alone_takes_its_pool_with_it_and_its_output_ends(tmp_path):
    """Killed by the kernel (out of memory, say) rather than by the desk: its pool processes end too and
    the desk's read sees the end of the stream instead of waiting forever."""
    import signal
    import threading

    from benchmarks.newscorpus import write_folder

    write_folder(tmp_path / "many", 160, seed=6, size=3000)
    worker = analyse_worker.start([str(tmp_path / "many")])
    assert worker is not None and worker.stdout is not None
    frames = analyse_worker.read_frames(worker.stdout)
    assert next(frames)[0] == "doc"
    os.kill(worker.pid, signal.SIGKILL)  # the process alone, not its group
    rest: list[tuple] = []
    reader = threading.Thread(target=lambda: rest.extend(frames), daemon=True)
    reader.start()
    reader.join(60)
    assert not reader.is_alive(), "the stream never ended: a pool process held it open"
    assert all(f[0] != "end" for f in rest)
    worker.wait()
    for _ in range(200):
        if not _live_in_group(worker.pid):
            break
        import time

        time.sleep(0.02)
    assert not _live_in_group(worker.pid), "pool processes outlived the worker"
    worker.close()
