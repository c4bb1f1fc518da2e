"""The command line, run as a user runs it: a subprocess, real files, exit codes and stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES


def run(*args: str, env_home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, CLAIMDESK_HOME=str(env_home), CLAIMDESK_EDITOR="cli-test")
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=timeout)


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert lines, "no message on stderr"
    for needle in needles:
        assert any(needle in ln for ln in lines), (needle, proc.stderr)


def test_help_names_the_store_location(tmp_path):
    proc = run("--help", env_home=tmp_path)
    assert proc.returncode == 0
    flat = " ".join(proc.stdout.split())
    assert "one store per project" in flat
    assert str(tmp_path / "projects") in proc.stdout.replace("\n", "")


def test_one_store_per_project_folder(tmp_path, monkeypatch):
    from tui import paths

    monkeypatch.setenv("CLAIMDESK_HOME", str(tmp_path / "home"))
    a = tmp_path / "inquiry" / "a.txt"
    a.parent.mkdir()
    a.write_text("x")
    (a.parent / "b.txt").write_text("y")
    folder = paths.default_db_path([a.parent])
    assert folder == paths.default_db_path([a]) == paths.default_db_path([a, a.parent / "b.txt"])
    assert folder.parent == tmp_path / "home" / "projects" and folder.name.startswith("inquiry-")
    other = tmp_path / "elsewhere"
    other.mkdir()
    assert paths.default_db_path([other]) != folder
    assert paths.resolve_db_path("x.json", [a]) == paths.Path("x.json")
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "fixed.json"))
    assert paths.default_db_path([a]) == tmp_path / "fixed.json"


def test_export_without_db_reads_the_projects_store(tmp_path):
    """The desk and 'export' agree on the default store for the same articles."""
    import os

    from claims.documents import load_paths
    from claims.pipeline import analyse
    from store.annotations import AnnotationStore
    from tui import paths

    old = os.environ.get("CLAIMDESK_HOME")
    os.environ["CLAIMDESK_HOME"] = str(tmp_path)
    try:
        db = paths.default_db_path([str(SAMPLES)])
    finally:
        if old is None:
            del os.environ["CLAIMDESK_HOME"]
        else:
            os.environ["CLAIMDESK_HOME"] = old
    analysis = analyse(load_paths([SAMPLES])[0])
    store = AnnotationStore.open(db, editor="cli-test")
    claim = analysis.claims[0]
    store.set_status(claim, next(d for d in analysis.documents if d.id == claim.doc), "disputed")
    store.close()
    out = tmp_path / "out.csv"
    proc = run("export", "--csv", str(out), str(SAMPLES), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    import csv

    rows = {r["claim_id"]: r for r in csv.DictReader(out.open(encoding="utf-8", newline=""))}
    assert rows[claim.id]["status"] == "disputed"


def test_extract_json_has_the_documented_shape(tmp_path):
    proc = run("extract", "--json", str(SAMPLES), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"documents", "claims", "links", "clusters"}
    assert len(data["documents"]) == 5
    assert set(data["documents"][0]) == {"id", "path", "outlet", "title", "date"}
    claim = data["claims"][0]
    assert set(claim) == {"id", "doc", "start", "end", "text", "kind", "score", "source", "values"}
    docs = {d["id"]: d for d in data["documents"]}
    # every claim's text is the exact slice of its document's text
    from claims.documents import load_document
    from claims.model import Relation

    texts = {d["id"]: load_document(d["path"]).text for d in data["documents"]}
    for c in data["claims"]:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["text"]
        for v in c["values"]:
            assert set(v) == {"text", "kind", "value", "unit"}
    for link in data["links"]:
        assert set(link) == {"a", "b", "relation", "score", "why"}
        assert link["relation"] in {r.value for r in Relation}  # agree, conflict, update
    for cl in data["clusters"]:
        assert set(cl) == {"id", "claims", "origins"}
    assert docs


def test_extract_ids_are_stable_across_runs(tmp_path):
    a = json.loads(run("extract", "--json", str(SAMPLES), env_home=tmp_path).stdout)
    b = json.loads(run("extract", "--json", str(SAMPLES), env_home=tmp_path).stdout)
    assert [c["id"] for c in a["claims"]] == [c["id"] for c in b["claims"]]
    assert a["links"] == b["links"]


def test_extract_table_is_readable(tmp_path):
    proc = run("extract", str(SAMPLES), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "claims" in proc.stdout.lower()


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "empty_dir", "too_large"])
def test_bad_input_gives_one_line_and_exit_2(tmp_path, case):
    if case == "missing":
        target, needle = tmp_path / "nope.txt", "nope.txt"
    elif case == "empty":
        target = tmp_path / "empty.txt"
        target.write_text("")
        needle = "empty.txt"
    elif case == "binary":
        target = tmp_path / "photo.txt"
        target.write_bytes(bytes(range(256)) * 40)
        needle = "photo.txt"
    elif case == "empty_dir":
        target = tmp_path / "nothing"
        target.mkdir()
        (target / "notes.bin").write_bytes(b"\x00\x01")
        needle = "nothing"
    else:
        from claims.documents import MAX_BYTES

        target = tmp_path / "huge.txt"
        with open(target, "wb") as f:
            f.truncate(MAX_BYTES + 1)
        needle = "huge.txt"
    for argv in (["extract", "--json", str(target)], [str(target)]):
        proc = run(*argv, env_home=tmp_path)
        assert_one_line_error(proc, needle)
        assert proc.stdout.strip() == ""


def test_bad_file_beside_good_ones_still_extracts_the_rest(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n")
    proc = run("extract", "--json", str(SAMPLES), str(bad), env_home=tmp_path)
    assert proc.returncode == 2
    assert "empty.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert len(json.loads(proc.stdout)["documents"]) == 5


def test_version(tmp_path):
    from importlib.metadata import version

    proc = run("--version", env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"claimdesk {version('claimdesk')}"


def _tagged_store(db: Path) -> None:
    from claims.documents import load_paths
    from claims.pipeline import analyse
    from store.annotations import AnnotationStore

    analysis = analyse(load_paths([SAMPLES])[0])
    claim = analysis.claims[0]
    store = AnnotationStore.open(db, editor="cli-test")
    store.sync(analysis)
    store.set_status(claim, next(d for d in analysis.documents if d.id == claim.doc), "disputed")
    store.close()


def test_repair_keeps_every_record_and_says_what_it_did(tmp_path):
    """A complete journal line that is not a journal record: repair copies the store aside, cuts the journal there,
    prints what it did (one line each, on stderr) and exits 0; a second run has nothing to repair."""
    db = tmp_path / "store.json"
    _tagged_store(db)
    with open(str(db) + ".journal", "ab") as f:
        f.write(b'{"not": "a journal line"}\n')
    proc = run("repair", str(db), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert any("set aside" in ln and "line 1" in ln for ln in lines), proc.stderr
    backups = [ln for ln in lines if ": backup " in ln]
    assert len(backups) == 2 and all(Path(ln.split(": backup ", 1)[1]).is_file() for ln in backups)
    from store.annotations import AnnotationStore

    with AnnotationStore.open(db, editor="after") as again:  # writable again, the tag kept
        assert not again.read_only
        assert [a.status for a in again.annotations()] == ["disputed"]
    proc = run("repair", str(db), env_home=tmp_path)
    assert proc.returncode == 0 and proc.stderr.strip() == f"{db}: nothing to repair"


@pytest.mark.parametrize("case", ["missing", "folder"])
def test_repair_of_what_is_not_a_store_is_one_line_and_exit_2(tmp_path, case):
    target = tmp_path / "nothing.json"
    if case == "folder":
        target.mkdir()
    proc = run("repair", str(target), env_home=tmp_path)
    assert_one_line_error(proc, "nothing.json")
    assert len(proc.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "projects") == (["nothing.json"] if case == "folder"
                                                                                 else []), "repair created files"


def test_export_names_a_store_path_that_is_a_link_loop(tmp_path):
    loop = tmp_path / "store.json"
    os.symlink("store.json", loop)
    proc = run("export", "--csv", str(tmp_path / "out.csv"), "--db", str(loop), str(SAMPLES), env_home=tmp_path)
    assert_one_line_error(proc, "store.json", "too many levels of symbolic links")
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "w3c"])
def test_export_options_come_from_the_format_registry(tmp_path, fmt):
    from store.export import FORMATS

    assert FORMATS[fmt].flag
    db = tmp_path / "store.json"
    _tagged_store(db)
    out = tmp_path / f"out{FORMATS[fmt].suffix}"
    proc = run("export", f"--{fmt}", str(out), "--db", str(db), str(SAMPLES), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0
    assert f" {FORMATS[fmt].unit} to " in proc.stderr or f" {FORMATS[fmt].unit.rstrip('s')} to " in proc.stderr


def test_extract_piped_is_tab_separated_and_breaks_no_word(tmp_path):
    """Not a terminal (a file, a pager): one line per row, cells separated by tabs, every claim whole on its line."""
    proc = run("extract", str(SAMPLES), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "# 5 articles"
    assert lines[1].split("\t") == ["Id", "Outlet", "Date", "Title", "Claims"]
    assert not any(ch in proc.stdout for ch in "│┃━─"), "a box-drawn table reached a pipe"
    data = json.loads(run("extract", "--json", str(SAMPLES), env_home=tmp_path).stdout)
    claim_rows = {ln.split("\t")[2] for ln in lines if ln.count("\t") == 5}
    for c in data["claims"]:
        assert " ".join(c["text"].split()) in claim_rows, c["text"]
    header = lines.index(next(ln for ln in lines if ln.startswith("# ") and "claim" in ln))
    assert lines[header] == f"# {len(data['claims'])} claims"


def test_extract_says_1_article_not_1_articles(tmp_path):
    one = sorted(SAMPLES.glob("0*"))[0]
    proc = run("extract", str(one), env_home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "# 1 article"
    assert "1 articles" not in proc.stdout


def _failing_on(monkeypatch, name: str) -> None:
    """Make the engine fail on the one article whose path names ``name`` (as an internal fault would)."""
    import claims.extract

    real = claims.extract.extract_claims

    def extract(doc):
        if name in doc.path:
            raise TypeError("unsupported operand type(s) for *: 'NoneType' and 'float'")
        return real(doc)

    monkeypatch.setattr(claims.extract, "extract_claims", extract)


def test_an_engine_fault_on_one_article_names_it_and_extracts_the_rest(tmp_path, monkeypatch, capsys):
    """An internal fault on one article (a value the engine could not read) is one line naming that file, exit
    status 2, and the other articles are still analysed; never a traceback."""
    from tui.cli import main

    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    victim = Path(paths[1]).name
    _failing_on(monkeypatch, victim)
    code = main(["extract", "--json", *paths])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and victim in err and "could not be analysed" in err and "Traceback" not in err
    run = json.loads(out)
    assert len(run["documents"]) == len(paths)
    victim_id = next(d["id"] for d in run["documents"] if d["path"].endswith(victim))
    assert run["claims"] and not [c for c in run["claims"] if c["doc"] == victim_id]


def test_an_engine_fault_on_one_article_is_a_desk_notice_and_the_rest_open(monkeypatch):
    from claims.doc_walk import count_files
    from claims.model import Document
    from tui import desk_model

    paths = [str(SAMPLES)]
    victim = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))[0]
    _failing_on(monkeypatch, victim)
    monkeypatch.setattr(desk_model, "PROCESS_THRESHOLD_FILES", 10**6)  # (the loading thread's way)
    *loaded, model = list(desk_model.load_and_analyse(paths, count_files(paths), with_claims=True))
    notices = [x for x in loaded if isinstance(x, str)]
    assert len(notices) == 1 and victim in notices[0] and "could not be analysed" in notices[0]
    assert len([x for x in loaded if isinstance(x, Document)]) == 5
    assert model is not None and model.analysis.claims
