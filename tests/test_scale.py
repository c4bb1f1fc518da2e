"""Quality that holds at scale (issue 11, item 4): the five seed articles embedded in 1,000 unrelated news-like
articles (benchmarks.newscorpus) score as they do alone. Alignment blocks on values and rare words and caps the
postings it follows (claims.align.MAX_POSTING, MAX_CANDIDATES); in a large corpus a seed's figures and words
index many more claims, and a link the seeds alone find must not be lost to those caps."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests import score_claims
from tests.conftest import SEEDS, SHARED

GOLD = SHARED / "eval" / "seeds_gold.json"
N_UNRELATED = 1000

#: figures that must not fall when the seeds are embedded, and those that must not rise
AT_LEAST = ("claims_found", "agree_found", "conflict_found", "differs_exact", "links_correct")
AT_MOST = ("boilerplate_claims", "merged_claims", "wrong_relation", "trap_links")


def _score(paths: list[Path], tmp_path: Path, capsys, name: str) -> tuple[dict, set[str], set[str]]:
    """The scorer's figures, the gold links it did not find and the gold claims it did not find."""
    from claims.documents import load_paths
    from claims.pipeline import analyse

    docs, errors = load_paths([str(p) for p in paths])
    assert not errors, errors[:3]
    run = tmp_path / f"{name}.json"
    run.write_text(json.dumps(analyse(docs).to_json(), ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    score_claims.main([str(GOLD), str(run), "--json"])
    figures = json.loads(capsys.readouterr().out)
    score_claims.main([str(GOLD), str(run)])
    report = capsys.readouterr().out
    return figures, _listed(report, "gold links not found"), _listed(report, "gold claims not found")


#: how far above its threshold a link found alone may sit and still be lost among 1,000 articles. Measured: the
#: seeds' "does not include serious offenses such as treason, espionage, terrorism" ~ "those convicted of more severe
#: crimes, such as terrorism, are still excluded" scores 0.46 alone and 0.38 among 1,000 articles against a
#: proposition threshold of 0.40, still a candidate pair: the shared words weigh less when a thousand other
#: articles use them. 0.05 was one such proposition's drop; 0.1 is the largest drop seen
MARGIN = 0.1


def _alone_scores(run_path: Path, pairs: list[str]) -> dict[str, tuple[float, float]]:
    """The score the seeds-alone run gave each gold pair ("a ~ b") and the threshold it had to pass (figures that
    agree, figures that differ, or the same proposition), matching gold quotes to claims as the scorer does."""
    run = json.loads(run_path.read_text(encoding="utf-8"))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    names = {d["id"]: Path(d["path"]).name for d in run["documents"]}
    quotes = {c["id"]: (f, score_claims.norm(c["quote"])) for f, cs in gold["claims"].items() for c in cs}

    def claims_of(gid: str) -> set[str]:
        f, q = quotes[gid]
        return {c["id"] for c in run["claims"] if names[c["doc"]] == f and q in score_claims.norm(c["text"])}

    out = {}
    for pair in pairs:
        a, b = pair.split(" ~ ")
        ca, cb = claims_of(a), claims_of(b)
        found = [lk for lk in run["links"] if {lk["a"], lk["b"]} & ca and {lk["a"], lk["b"]} & cb]
        if not found:
            out[pair] = (1.0, 0.0)  # (not linked alone: cannot be lost)
            continue
        lk = max(found, key=lambda x: x["score"])
        out[pair] = (lk["score"], _threshold(lk))
    return out


def _threshold(link: dict) -> float:
    """The model threshold a link had to pass: figures that differ, the same proposition, or figures that agree."""
    from claims import align_model
    if link["relation"] != "agree":
        return align_model.DIFFER_THRESHOLD
    if link["why"].startswith("same "):
        return align_model.PROP_THRESHOLD
    return align_model.AGREE_THRESHOLD


def _listed(report: str, title: str) -> set[str]:
    """The ids of the rows under one heading of the scorer's report ("  a ~ b (why)" or "  file: id: quote")."""
    m = re.search(rf"^{re.escape(title)} \(\d+\):\n((?:  .*\n)*)", report, re.M)
    if not m:
        return set()
    rows = m.group(1).splitlines()
    if " ~ " in rows[0]:
        return {r.strip().split(" (", 1)[0] for r in rows}
    return {r.strip().split(": ")[1] for r in rows}


@pytest.mark.slow
def test_seeds_score_the_same_among_1000_unrelated_articles(tmp_path, capsys):
    if not GOLD.exists() or not SEEDS.is_dir():
        pytest.skip("the shared seed articles or their gold file are not here")
    from benchmarks.newscorpus import write_folder

    seeds = sorted(SEEDS.glob("*.txt"))
    unrelated = write_folder(tmp_path / "unrelated", N_UNRELATED)
    assert len(unrelated) == N_UNRELATED
    assert not {p.name for p in seeds} & {p.name for p in unrelated}  # the scorer matches documents by file name

    alone, missed_alone, claims_alone = _score(seeds, tmp_path, capsys, "alone")
    among, missed_among, claims_among = _score(seeds + unrelated, tmp_path, capsys, "among")

    lost_links = sorted(missed_among - missed_alone)
    # A link may only be lost when the seeds alone scored it within MARGIN of the model's threshold: the weight of
    # a shared word falls when 1,000 unrelated articles also use it ("serious crimes"), and a borderline
    # "same proposition" may then drop below the line. A clear link lost (blocking, caps) fails.
    alone_scores = _alone_scores(tmp_path / "alone.json", lost_links)
    clear = [pair for pair in lost_links if alone_scores[pair][0] > alone_scores[pair][1] + MARGIN]
    assert not clear, f"gold links the seeds alone find clearly, lost among {N_UNRELATED} articles: {clear}"
    assert not claims_among - claims_alone, f"gold claims lost: {sorted(claims_among - claims_alone)}"
    # (each borderline link lost above is one pair fewer found; nothing else may be)
    borderline = len(lost_links) - len(clear)
    for key in AT_LEAST:
        # (a borderline differing pair lost is one exact relation fewer too, when it was exact)
        slack = borderline if key in ("agree_found", "conflict_found", "differs_exact", "links_correct") else 0
        assert among[key] >= alone[key] - slack, (key, alone, among, lost_links)
    for key in AT_MOST:
        assert among[key] <= alone[key], (key, alone, among)
    # links between two gold claims are judged right at least as often (precision may not fall). As a borderline link
    # may be lost (above), a borderline wrong link may be gained the same way: a pair the seeds alone scored just
    # below the line that the changed word weights lift within MARGIN above it. A clear one fails.
    among_wrong = _wrong_links(tmp_path / "among.json")
    gained = sorted(among_wrong.keys() - _wrong_links(tmp_path / "alone.json").keys())
    clear_wrong = [pair for pair in gained if among_wrong[pair][0] > among_wrong[pair][1] + MARGIN]
    assert not clear_wrong, f"wrong links that only {N_UNRELATED} unrelated articles bring: {clear_wrong}"
    if alone["links_judged"] and among["links_judged"]:
        judged = among["links_judged"] - len(gained)
        precision = (alone["links_correct"] / alone["links_judged"], among["links_correct"] / max(1, judged))
        assert precision[1] >= precision[0], (alone, among, gained)


def _wrong_links(run_path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """Links between two gold claims that the gold does not link (neither a link nor a trap: traps are counted
    apart), as (gold id, gold id) -> (the link's score, the threshold it had to pass)."""
    run = json.loads(run_path.read_text(encoding="utf-8"))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    names = {d["id"]: Path(d["path"]).name for d in run["documents"]}
    gold_of: dict[str, str] = {}
    for f, cs in gold["claims"].items():
        for c in cs:
            q = score_claims.norm(c["quote"])
            for rc in run["claims"]:
                if names[rc["doc"]] == f and q in score_claims.norm(rc["text"]):
                    gold_of.setdefault(rc["id"], c["id"])
    known = {frozenset((lk["a"], lk["b"])) for lk in gold["links"] + gold["traps"]}
    out = {}
    for lk in run["links"]:
        a, b = gold_of.get(lk["a"]), gold_of.get(lk["b"])
        if a and b and a != b and frozenset((a, b)) not in known:
            out[tuple(sorted((a, b)))] = (lk["score"], _threshold(lk))
    return out
