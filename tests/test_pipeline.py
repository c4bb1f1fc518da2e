"""analyse(): ordering, JSON shape, determinism, and the CLI path on the bundled samples."""

from __future__ import annotations

import json
import subprocess
import sys

from claims.pipeline import analyse, extract_all, links_for
from tests.conftest import ROOT, SAMPLES
from tests.test_pipeline_helpers import make_doc

DOCS = [
    make_doc("one", "Officials said 1,200 teachers will be hired by the ministry.\nThe plan costs $3 million.\n"),
    make_doc("two", "The plan costs $3 million, the ministry said.\nSome 1,200 teachers will be hired, officials said.\n"),
]


def test_claims_in_document_then_offset_order():
    claims = analyse(list(reversed(DOCS))).claims
    assert [c.doc for c in claims] == sorted((c.doc for c in claims), key=["two", "one"].index)
    for a, b in zip(claims, claims[1:], strict=False):
        if a.doc == b.doc:
            assert a.end <= b.start


def test_runs_are_identical():
    first = json.dumps(analyse(DOCS).to_json())
    assert first == json.dumps(analyse(DOCS).to_json())


def test_json_has_every_part():
    out = analyse(DOCS).to_json()
    assert set(out) == {"documents", "claims", "links", "clusters"}
    assert {link["relation"] for link in out["links"]} == {"agree"}
    assert out["clusters"] and all(len(c["claims"]) >= 2 for c in out["clusters"])
    ids = {c["id"] for c in out["claims"]}
    assert all(link["a"] in ids and link["b"] in ids for link in out["links"])


def test_links_for():
    an = analyse(DOCS)
    claim = an.claims[0]
    assert all(claim.id in (link.a, link.b) for link in links_for(an, claim.id))


def test_extract_all_matches_analyse():
    assert extract_all(DOCS) == analyse(DOCS).claims


def test_cli_extract_json_on_the_samples():
    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    out = subprocess.run([sys.executable, "-m", "tui.cli", "extract", "--json", *paths], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    data = json.loads(out.stdout)
    assert len(data["documents"]) == len(paths) and data["claims"] and data["links"] and data["clusters"]
    for c in data["claims"]:
        assert c["id"].startswith(c["doc"] + "-")


def test_same_links_whatever_the_hash_seed():
    """Set iteration order changes with PYTHONHASHSEED; the analysis must not."""
    import os

    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.append(subprocess.run([sys.executable, "-m", "tui.cli", "extract", "--json", *paths], capture_output=True,
                                   text=True, cwd=ROOT, check=True, env=env).stdout)
    assert outs[0] == outs[1]


def test_benchmark_corpus_is_deterministic_and_well_formed():
    from benchmarks.corpus import build

    a, b = build(12), build(12)
    assert [d.text for d in a] == [d.text for d in b]
    assert len({d.id for d in a}) == 12
    for d in a:
        assert d.paragraphs and all(0 <= p.start < p.end <= len(d.text) for p in d.paragraphs)
        assert any(p.boilerplate for p in d.paragraphs)


def test_worker_processes_give_the_same_claims(monkeypatch):
    import claims.pipeline as pipeline
    from benchmarks.newscorpus import generate

    docs = [make_doc(f"d{i}", a.body_text()) for i, a in enumerate(generate(24))]
    one = [c.to_json() for c in extract_all(docs, workers=1)]
    forked = pipeline._extract_in_processes(docs, 2)
    assert forked is not None  # (this machine can fork: the worker path really ran)
    assert len(one) > 100
    assert [c.to_json() for c in forked] == one
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    assert [c.to_json() for c in extract_all(docs, workers=2)] == one
