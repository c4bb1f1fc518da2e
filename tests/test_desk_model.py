"""The desk's analysis gives the same result in the loading thread and in its own process."""

from __future__ import annotations

from claims.documents import load_paths
from tests.conftest import SAMPLES
from tui import desk_model


def test_analysis_in_a_separate_process_matches_the_thread(monkeypatch):
    docs, _ = load_paths([SAMPLES])
    here = desk_model.build_model(docs)
    monkeypatch.setattr(desk_model, "PROCESS_THRESHOLD_CHARS", 0)
    calls = []
    real_run = desk_model.__dict__.get("subprocess")
    import subprocess

    original = subprocess.run

    def spy(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    there = desk_model.build_model_off_the_event_loop(docs)
    assert calls and calls[0][-1] == "tui.analyse_worker", "the analysis did not go to a process"
    assert real_run is None
    assert there.order == here.order
    assert [c.to_json() for c in there.analysis.claims] == [c.to_json() for c in here.analysis.claims]
    assert [link.to_json() for link in there.analysis.links] == [link.to_json() for link in here.analysis.links]
    assert there.rows == here.rows


def test_a_failing_process_falls_back_to_the_thread(monkeypatch):
    docs, _ = load_paths([SAMPLES])
    monkeypatch.setattr(desk_model, "PROCESS_THRESHOLD_CHARS", 0)
    import subprocess

    def broken(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(subprocess, "run", broken)
    model = desk_model.build_model_off_the_event_loop(docs)
    assert len(model.order) == len(desk_model.build_model(docs).order) > 0
