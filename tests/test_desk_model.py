"""Loading and analysis give the same result in the loading thread and in their own process."""

from __future__ import annotations

import subprocess

from claims.doc_walk import count_files
from claims.model import Document
from tests.conftest import SAMPLES
from tui import analyse_worker, desk_model


def run(monkeypatch, threshold: int, paths=None):
    monkeypatch.setattr(desk_model, "PROCESS_THRESHOLD_FILES", threshold)
    paths = paths or [str(SAMPLES)]
    items = list(desk_model.load_and_analyse(paths, count_files(paths)))
    *loaded, model = items
    return loaded, model


def same(a, b) -> None:
    (loaded_a, model_a), (loaded_b, model_b) = a, b
    assert [d.id if isinstance(d, Document) else d for d in loaded_a] == \
           [d.id if isinstance(d, Document) else d for d in loaded_b]
    assert model_a.order == model_b.order
    assert [c.to_json() for c in model_a.analysis.claims] == [c.to_json() for c in model_b.analysis.claims]
    assert [x.to_json() for x in model_a.analysis.links] == [x.to_json() for x in model_b.analysis.links]
    assert model_a.rows == model_b.rows


def test_process_and_thread_agree(monkeypatch, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    paths = [str(SAMPLES), str(bad)]
    calls = []
    real = subprocess.Popen

    def spy(argv, *a, **k):
        calls.append(argv)
        return real(argv, *a, **k)

    monkeypatch.setattr(subprocess, "Popen", spy)
    in_process = run(monkeypatch, 0, paths)
    assert calls and calls[0][2] == "tui.analyse_worker", "the work did not go to a process"
    in_thread = run(monkeypatch, 10**9, paths)
    assert len(calls) == 1
    same(in_process, in_thread)
    assert any(isinstance(x, str) and "empty.txt" in x for x in in_process[0])


def test_no_process_here_means_the_thread_does_it(monkeypatch):
    def broken(*a, **k):
        raise OSError("no processes here")

    monkeypatch.setattr(subprocess, "Popen", broken)
    same(run(monkeypatch, 0), run(monkeypatch, 10**9))


def test_a_process_that_dies_half_way_is_finished_by_the_thread(monkeypatch):
    real = analyse_worker.read_frames

    def two_then_eof(stream):
        for k, frame in enumerate(real(stream)):
            if k == 2:
                return
            yield frame

    monkeypatch.setattr(analyse_worker, "read_frames", two_then_eof)
    same(run(monkeypatch, 0), run(monkeypatch, 10**9))


async def test_quitting_mid_analysis_ends_the_worker_process(tmp_path):
    """A large set is analysed in a process; quitting while it works ends it instead of waiting."""
    import asyncio

    from benchmarks.synth import make_folder
    from tests.tui_helpers import desk_of
    from tui.app import make_app

    folder = make_folder(tmp_path / "articles", n=40, target_bytes=200_000)
    app = make_app([folder], db_path=tmp_path / "store.json", editor="tester")
    async with app.run_test(size=(120, 40)) as pilot:
        desk = desk_of(app)
        for _ in range(600):  # wait until the process is running and has sent some articles
            if desk._analysis_proc is not None and desk.documents:
                break
            await pilot.pause(0.02)
        proc = desk._analysis_proc
        assert proc is not None, "a 40-file set should go to the worker process"
        assert proc.poll() is None, "the process had already finished: nothing to cut short"
        assert not desk.analysed
        await pilot.press("q")
    for _ in range(100):
        if proc.poll() is not None:
            break
        await asyncio.sleep(0.05)
    assert proc.poll() is not None, "the analysis process outlived the app"
