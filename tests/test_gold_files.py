"""The hand-labelled gold files are well formed (what the scorer and the model fit rely on, checked without
running the engine's linking): every quote is in its file's readable text as claimdesk loads it, ids are
unique, links and traps name known claims of two different files, no pair is labelled twice, and in each
event every agreeing group is closed (a ~ b and a ~ c labelled, so b and c are too).

The sample set is exempt from the last check: some of its claims hold two facts, each agreeing with a
different group; an event's gold may name such claims in "two_facts" (they close no group)."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from benchmarks.goldsets import article_paths, gold_sets
from tests import score_claims

RELATIONS = {"agree", "conflict", "update"}


def _sets() -> list[tuple[str, Path]]:
    return [(name, gold.parent) for name, gold, _ in gold_sets(include_seeds=False)]


def _load(folder: Path) -> tuple[dict, dict[str, str]]:
    from claims.documents import load_paths

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    paths = article_paths(folder)
    docs, errors = load_paths([str(p) for p in paths])
    assert not errors, errors
    return gold, {Path(d.path).name: score_claims.norm(d.text) for d in docs}


@pytest.mark.parametrize(("name", "folder"), _sets(), ids=[s[0] for s in _sets()])
def test_gold_file_is_well_formed(name, folder):
    gold, text = _load(folder)
    owner: dict[str, str] = {}
    for fname, claims in gold["claims"].items():
        assert fname in text, f"{name}: no article {fname}"
        for c in claims:
            assert c["id"] not in owner, f"{name}: id {c['id']} twice"
            owner[c["id"]] = fname
            assert score_claims.norm(c["quote"]) in text[fname], f"{name}: {c['id']}: quote not in {fname}"
    labelled: set[frozenset[str]] = set()
    for kind in ("links", "traps"):
        for pair in gold[kind]:
            a, b = pair["a"], pair["b"]
            assert a in owner and b in owner, f"{name}: {kind} names an unknown claim: {a} ~ {b}"
            assert owner[a] != owner[b], f"{name}: {kind} joins two claims of one article: {a} ~ {b}"
            key = frozenset((a, b))
            assert key not in labelled, f"{name}: {a} ~ {b} labelled twice"
            labelled.add(key)
            if kind == "links":
                assert pair["relation"] in RELATIONS, pair
    if name == "samples":
        return
    partners: dict[str, set[str]] = {}
    for pair in gold["links"]:
        if pair["relation"] == "agree":
            partners.setdefault(pair["a"], set()).add(pair["b"])
            partners.setdefault(pair["b"], set()).add(pair["a"])
    for hub, group in partners.items():
        if hub in gold.get("two_facts", ()):
            continue  # ("Eleven were detained in Estmara, three in Brenmark": each agrees with another group)
        for b, c in combinations(sorted(group), 2):
            if owner[b] != owner[c]:
                assert frozenset((b, c)) in labelled, f"{name}: {hub} agrees with {b} and {c}, but {b} / {c} is unlabelled"


def test_an_events_notes_are_not_one_of_its_articles():
    """Each event's SOURCE.md (how its articles were written) is never scored, fitted or checked as an article."""
    events = [folder for name, folder in _sets() if (folder / "SOURCE.md").exists()]
    assert events, "no event has a SOURCE.md"
    for folder in events:
        names = [p.name for p in article_paths(folder)]
        assert "SOURCE.md" not in names and "gold.json" not in names
        assert len(names) >= 2, folder
