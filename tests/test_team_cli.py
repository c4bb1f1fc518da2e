"""Working as a team from the command line (issue 12), run as a user runs it: ``python -m tui`` in a
subprocess, real stores on disk, a real CouchDB-protocol server (PouchDB Server, started by tests/test_sync.py's
fixture) for sync. Each command's errors are one line naming the file or URL and why, exit status 2, never a
traceback, never a password."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.model import Analysis, Claim, Document
from store.annotations import AnnotationStore, Evidence
from tests import desk_fixture
from tests.conftest import ROOT, SAMPLES
from tests.test_sync import server  # noqa: F401  (the module-scoped PouchDB Server fixture)

ESC = "\x1b"


def run(*args: str, home: Path, editor: str = "cli-editor", env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    full = dict(os.environ, CLAIMDESK_HOME=str(home), CLAIMDESK_EDITOR=editor, **(env or {}))
    for k in ("CLAIMDESK_DB", "CLAIMDESK_CONFIG", "CLAIMDESK_SYNC_USER", "CLAIMDESK_SYNC_PASSWORD"):
        if env is None or k not in env:
            full.pop(k, None)
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT,
                          env=full, timeout=timeout, stdin=subprocess.DEVNULL)


def one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit status 2, exactly one line on stderr holding every needle, nothing a terminal acts on."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    assert ESC not in proc.stderr + proc.stdout
    return lines[0]


@pytest.fixture
def world() -> tuple[Analysis, dict[str, tuple[Claim, Document]]]:
    a = desk_fixture.analysis()
    docs = {d.id: d for d in a.documents}
    return a, {c.id: (c, docs[c.doc]) for c in a.claims}


def store_with(path: Path, editor: str, analysis: Analysis) -> AnnotationStore:
    s = AnnotationStore.open(path, editor=editor)
    s.sync(analysis)
    return s


# ---------------------------------------------------------------------------- settings


def test_settings_are_shown_then_set_by_a_lead_and_refused_to_anyone_else(tmp_path):
    db = tmp_path / "store.json"
    missing = run("settings", "--db", str(db), home=tmp_path)
    one_line_error(missing, str(db), "no annotation store there")
    assert not db.exists(), "showing the settings of no store creates none"

    made = run("settings", "--db", str(db), "--required-verdicts", "2", "--lead", "ana", home=tmp_path, editor="ana")
    assert made.returncode == 0, made.stderr
    assert "2 independent verdicts per claim" in made.stdout and "who settles disagreements: ana" in made.stdout
    shown = run("settings", "--db", str(db), home=tmp_path)
    assert shown.returncode == 0 and shown.stdout == made.stdout

    refused = run("settings", "--db", str(db), "--required-verdicts", "1", home=tmp_path, editor="bob")
    one_line_error(refused, str(db), "only a lead (ana)", "you are bob")
    with AnnotationStore.open(db, editor="x", read_only=True) as s:
        assert s.settings().required_verdicts == 2 and s.settings().leads == ("ana",)

    back = run("settings", "--db", str(db), "--required-verdicts", "1", "--no-leads", home=tmp_path, editor="ana")
    assert back.returncode == 0 and "no second check" in back.stdout and "anyone" in back.stdout
    bad = run("settings", "--db", str(db), "--required-verdicts", "12", home=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "1 to 9" in bad.stderr


# ---------------------------------------------------------------------------- import


def test_import_merges_another_editors_export_once_and_refuses_a_bad_file_naming_its_line(tmp_path, world):
    from store.export import export

    analysis, w = world
    theirs, mine = tmp_path / "bob" / "store.json", tmp_path / "ana" / "store.json"
    with store_with(theirs, "bob", analysis) as b:
        b.set_status(*w["g-arrests"], "disputed")
        b.set_status(*w["h-injured"], "corroborated")
        b.set_note(*w["h-injured"], "Hospital confirmed 45.")
        export("jsonl", tmp_path / "bob.jsonl", analysis, b)
    with store_with(mine, "ana", analysis) as a:
        a.set_status(*w["g-arrests"], "corroborated")

    first = run("import", "--jsonl", str(tmp_path / "bob.jsonl"), "--db", str(mine), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "2 annotation(s): 1 added, 1 merged, 0 already here" in first.stdout
    assert "editors disagree on 1 claim(s)" in first.stdout
    again = run("import", "--jsonl", str(tmp_path / "bob.jsonl"), "--db", str(mine), home=tmp_path)
    assert again.returncode == 0 and "0 added, 0 merged, 2 already here" in again.stdout
    with AnnotationStore.open(mine, editor="ana", read_only=True) as a:
        assert a.get("g-arrests").live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
        assert a.get("h-injured").note == "Hospital confirmed 45."

    bad = tmp_path / "bad.jsonl"
    good_line = (tmp_path / "bob.jsonl").read_text().splitlines()[0]
    bad.write_text(good_line + "\n{\"not\": \"an annotation\"}\n", encoding="utf-8")
    before = mine.read_bytes()
    err = one_line_error(run("import", "--jsonl", str(bad), "--db", str(mine), home=tmp_path), f"{bad}:2: not an annotation")
    assert "Traceback" not in err and mine.read_bytes() == before
    one_line_error(run("import", "--jsonl", str(tmp_path / "none.jsonl"), "--db", str(mine), home=tmp_path),
                   "none.jsonl")


# ---------------------------------------------------------------------------- agreement


def test_agreement_prints_kappa_alpha_and_the_disagreements_against_a_hand_computed_case(tmp_path, world):
    """ana and bob on four claims: both corroborated, corroborated/disputed, both disputed, both corroborated.
    p_o = 3/4; ana 3 corroborated + 1 disputed, bob 2 + 2, so p_e = (3*2 + 1*2)/16 = 1/2 and kappa = 1/2.
    Alpha (nominal): 8 pairable verdicts, 5 corroborated and 3 disputed; the one disagreeing claim gives two
    ordered pairs of weight 1; alpha = 1 - 7 * 2 / (64 - 25 - 9) = 8/15 = 0.5333. A fifth claim judged by ana
    alone does not count."""
    analysis, w = world
    db = tmp_path / "store.json"
    verdicts = {"g-arrests": ("corroborated", "corroborated"), "c-arrests": ("corroborated", "disputed"),
                "h-arrests": ("disputed", "disputed"), "h-injured": ("corroborated", "corroborated")}
    with store_with(db, "ana", analysis) as a, store_with(db, "bob", analysis) as b:
        for cid, (va, vb) in verdicts.items():
            a.set_status(*w[cid], va)
            b.set_status(*w[cid], vb)
        a.set_status(*w["g-march"], "disputed")
    proc = run("agreement", "--db", str(db), "--csv", str(tmp_path / "agreement.csv"), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "4 claims with two or more verdicts (1 with one, not counted): 3 agreed, 1 disagreed" in out
    assert "Krippendorff's alpha (nominal, 2 editors): 0.5333" in out
    assert "ana + bob: 4 claims, 3 agreed, Cohen's kappa 0.5000, alpha 0.5333" in out
    assert "1 disagreement between editors" in out
    assert "wrote 2 rows to" in proc.stderr
    rows = (tmp_path / "agreement.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("scope,editor_a,editor_b") and rows[2].startswith("pair,ana,bob,4,3,1")
    one_line_error(run("agreement", "--db", str(tmp_path / "nowhere.json"), home=tmp_path), "nowhere.json",
                   "no annotation store there")
    one_line_error(run("agreement", "--db", str(db), "--csv", str(tmp_path), home=tmp_path), str(tmp_path))


def test_agreement_shows_hostile_editor_names_inert(tmp_path, world):
    analysis, w = world
    db = tmp_path / "store.json"
    evil = "eve\x1b]52;c;cm0gLXJm\x07\u202e"
    with store_with(db, "ana", analysis) as a, store_with(db, evil, analysis) as e:
        a.set_status(*w["g-arrests"], "corroborated")
        e.set_status(*w["g-arrests"], "disputed")
    proc = run("agreement", "--db", str(db), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ESC not in proc.stdout and "\u202e" not in proc.stdout and "\x07" not in proc.stdout
    assert "␛]52;c;cm0gLXJm" in proc.stdout


# ---------------------------------------------------------------------------- sync


def test_sync_moves_a_tag_from_one_laptop_to_another_through_the_server(server, tmp_path, world):  # noqa: F811
    analysis, w = world
    url = server.db_url()
    a_db, b_db = tmp_path / "a" / "store.json", tmp_path / "b" / "store.json"
    with store_with(a_db, "ana", analysis) as a:
        a.set_status(*w["c-arrests"], "disputed")
        a.add_evidence(*w["c-arrests"], Evidence(kind="source", text="court register", relation="context"))
    pushed = run("sync", url, "--db", str(a_db), home=tmp_path)
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.startswith(f"{url}: pulled 0 document(s)") and "pushed" in pushed.stdout
    pulled = run("sync", url, "--db", str(b_db), "--project", "project-" + url.rsplit("-", 1)[1], home=tmp_path)
    assert pulled.returncode == 0, pulled.stderr
    assert "1 new annotation(s)" in pulled.stdout
    with AnnotationStore.open(b_db, editor="bob", read_only=True) as b:
        ann = b.get("c-arrests")
        assert ann.live_verdicts() == {"ana": "disputed"}
        assert [(e.text, e.relation) for e in ann.evidence] == [("court register", "context")]


@pytest.mark.parametrize(("url", "why"), [
    ("ftp://ana:s3cret-pw@example.org/db", "not a CouchDB URL"),
    ("http://ana:s3cret-pw@127.0.0.1:9/project", "cannot reach the server"),
    ("http://127.0.0.1:9/Not A Name", "is not a CouchDB database name"),
    ("http://ana:s3cret-pw@127.0.0.1:9/db\x1b]52;c;x\x07", "database name"),
], ids=["not-http", "unreachable", "bad-name", "escape-in-url"])
def test_a_sync_that_cannot_happen_is_one_line_without_the_password(tmp_path, url, why):
    db = tmp_path / "store.json"
    proc = run("sync", url, "--db", str(db), home=tmp_path, timeout=60)
    line = one_line_error(proc, why)
    assert "s3cret-pw" not in proc.stderr + proc.stdout, line


def test_sync_credentials_from_the_environment_never_appear(tmp_path):
    proc = run("sync", "http://127.0.0.1:9/project", "--db", str(tmp_path / "s.json"), home=tmp_path, timeout=60,
               env={"CLAIMDESK_SYNC_USER": "ana", "CLAIMDESK_SYNC_PASSWORD": "env-s3cret"})
    one_line_error(proc, "http://127.0.0.1:9/project", "cannot reach the server")
    assert "env-s3cret" not in proc.stderr + proc.stdout


def test_the_desk_refuses_a_bad_sync_url_before_opening(tmp_path):
    proc = run(str(SAMPLES), "--db", str(tmp_path / "s.json"), "--sync", "ftp://ana:pw-123@x/db", home=tmp_path)
    one_line_error(proc, "not a CouchDB URL")
    assert "pw-123" not in proc.stderr


# ---------------------------------------------------------------------------- ClaimReview


def _tag_first_sample_claim(db: Path) -> Claim:
    from claims.documents import load_paths
    from claims.pipeline import analyse

    docs, _ = load_paths([str(SAMPLES)])
    analysis = analyse(docs)
    claim = analysis.claims[0]
    doc = next(d for d in analysis.documents if d.id == claim.doc)
    with AnnotationStore.open(db, editor="ana") as s:
        s.sync(analysis)
        s.set_status(claim, doc, "disputed")
        s.set_document_meta(doc, outlet="The Northern Ledger (corrected)")
    return claim


@pytest.mark.parametrize(("config", "key"), [
    ("", "organisation"),
    ('[claimreview]\nurl = "https://desk.example"\n', "organisation"),
    ('[claimreview]\norganisation = "Example Desk"\n', "review_url"),
], ids=["no-section", "no-organisation", "no-review-url"])
def test_claimreview_without_its_settings_says_which_key_to_set_in_which_file(tmp_path, config, key):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(config, encoding="utf-8")
    db = tmp_path / "store.json"
    AnnotationStore.open(db, editor="ana").close()
    proc = run("export", "--claimreview", str(tmp_path / "out.jsonld"), "--db", str(db), str(SAMPLES), home=home)
    one_line_error(proc, str(home / "config.toml"), f"set {key} = ", "[claimreview]")
    assert not (tmp_path / "out.jsonld").exists()


def test_claimreview_export_writes_a_record_per_final_verdict(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[claimreview]\norganisation = "Example Desk"\nurl = "https://desk.example"\n'
                                      'review_url = "https://desk.example/checks/{claim_id}"\n', encoding="utf-8")
    db = tmp_path / "store.json"
    claim = _tag_first_sample_claim(db)
    out = tmp_path / "reviews.jsonld"
    proc = run("export", "--claimreview", str(out), "--db", str(db), str(SAMPLES), home=home)
    assert proc.returncode == 0, proc.stderr
    assert f"wrote 1 ClaimReview record to {out}" in proc.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 1
    r = records[0]
    assert r["@type"] == "ClaimReview" and r["claimReviewed"] == claim.text
    assert r["url"] == f"https://desk.example/checks/{claim.id}"
    assert r["author"] == {"@type": "Organization", "name": "Example Desk", "url": "https://desk.example"}
    assert r["reviewRating"]["alternateName"] == "Disputed"
    assert r["itemReviewed"]["appearance"]["publisher"]["name"] == "The Northern Ledger (corrected)"

    (home / "config.toml").write_text('[claimreview]\norganisation = "Example Desk"\n'
                                      'review_url = "https://desk.example/checks/{nothing}"\n', encoding="utf-8")
    one_line_error(run("export", "--claimreview", str(out), "--db", str(db), str(SAMPLES), home=home),
                   str(home / "config.toml"), "{nothing}")
