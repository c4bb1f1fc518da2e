"""Why a gold link of the seeds is lost among many unrelated articles: the blocking step, key by key.

``python -m benchmarks.lost_links [N]`` embeds the five seeds (``../shared/seeds``) in ``N`` (default 1,000)
articles of the news corpus, finds the gold links the seeds alone find and the embedded run does not (what
``tests/test_scale.py`` checks), and for each one prints the two claims, every blocking key they share with
the size of its posting list and whether ``claims.align.MAX_POSTING`` dropped it, the score each claim gives
the other against ``KEY_WEIGHT``, its rank against ``MAX_CANDIDATES``, and what ``evaluate`` says of the pair
when asked directly (so a link lost to the caps is told from one the comparison rejects).
``python -m benchmarks.lost_links N "a ~ b" ...`` explains the named gold links instead.

The keys are rebuilt here the way ``claims.align.candidate_pairs`` builds them (values, dates, acts, content
words under the document-frequency cap); the real ``candidate_pairs`` is asked too, and a disagreement
between the two is printed, so this tool says when it has gone out of step with the engine.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds_gold.json"


def _missing_links(paths: list[Path], tmp: Path) -> set[str]:
    from claims.documents import load_paths
    from claims.pipeline import analyse
    from tests import score_claims

    docs, _ = load_paths([str(p) for p in paths])
    run = tmp / "run.json"
    run.write_text(json.dumps(analyse(docs).to_json(), ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        score_claims.main([str(GOLD), str(run)])
    rows, inside = [], False
    for line in out.getvalue().splitlines():
        if line.startswith("gold links not found"):
            inside = True
        elif inside and line.startswith("  "):
            rows.append(line.strip().split(" (", 1)[0])
        else:
            inside = False
    return set(rows)


def explain(paths: list[Path], pairs: list[tuple[str, str]], file=None) -> None:
    """Print, for each gold pair, how the blocking step treated it among the documents of ``paths``."""
    from claims import align as A
    from claims.documents import load_paths
    from claims.pipeline import extract_all
    from tests.score_claims import norm

    file = file or sys.stdout
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs, _ = load_paths([str(p) for p in paths])
    claims = extract_all(docs)
    items = A.build_items(claims, {d.id: i for i, d in enumerate(docs)}, {d.id: d.date for d in docs})
    wts = A.Weights(items)
    fname = {d.id: Path(d.path).name for d in docs}
    quote = {g["id"]: (f, norm(g["quote"])) for f, gs in gold["claims"].items() for g in gs}

    def item_of(gid: str) -> int | None:
        f, q = quote[gid]
        return next((i for i, it in enumerate(items)
                     if any(fname[claims[m].doc] == f and q in norm(claims[m].text) for m in it.members)), None)

    df = wts.df
    keys_of: list[dict[str, int]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for idx, it in enumerate(items):
        keys: dict[str, int] = {}
        for f in it.figs:
            for k in f.keys:
                keys["v:" + k] = A.KEY_WEIGHT
        for d in it.dates:
            for k in d.keys:
                keys["v:" + k] = A.KEY_WEIGHT
        if it.act is not None:
            for o in it.act.objects:
                keys[f"a:{it.act.act}:{o}"] = A.KEY_WEIGHT
        for t in sorted(it.tokens):
            keys["w:" + t] = 1 if df[t] <= A.MAX_POSTING else 0
        keys_of.append(keys)
        for k, w in keys.items():
            if w:
                postings[k].append(idx)
    real = set(A.candidate_pairs(items, wts))
    print(f"{len(docs)} documents, {len(claims):,} claims, {len(items):,} items; MAX_POSTING {A.MAX_POSTING}, "
          f"KEY_WEIGHT {A.KEY_WEIGHT}, MAX_CANDIDATES {A.MAX_CANDIDATES}", file=file)
    for a, b in pairs:
        i, j = item_of(a), item_of(b)
        if i is None or j is None:
            print(f"\n{a} ~ {b}: a gold claim is not extracted ({a if i is None else b})", file=file)
            continue
        print(f"\n{a} ~ {b}: a candidate pair for the engine: {(min(i, j), max(i, j)) in real}", file=file)
        for x in (i, j):
            print(f"  {items[x].claim.text[:160]!r}", file=file)
        for k in sorted(set(keys_of[i]) & set(keys_of[j])):
            w, size = keys_of[i][k], len(postings.get(k, []))
            if not w:
                print(f"  shared {k}: dropped, the word is in {df[k[2:]]} items (> MAX_POSTING)", file=file)
            else:
                print(f"  shared {k}: weight {w}, posting {size}"
                      + (" (> MAX_POSTING: skipped)" if size > A.MAX_POSTING else ""), file=file)
        verdicts = []
        for src, dst in ((i, j), (j, i)):
            acc: Counter[int] = Counter()
            for k, w in keys_of[src].items():
                post = postings.get(k, [])
                if w and 2 <= len(post) <= A.MAX_POSTING:
                    for _ in range(w):
                        acc.update(post)
            acc.pop(src, None)
            single = len(items[src].docs) == 1
            ranked = [jj for _, jj in sorted((-n, jj) for jj, n in acc.items() if n >= A.KEY_WEIGHT)
                      if not (single and items[jj].docs == items[src].docs)]
            rank = ranked.index(dst) + 1 if dst in ranked else None
            verdicts.append(rank is not None and rank <= A.MAX_CANDIDATES)
            print(f"  from the {'first' if src == i else 'second'}: score {acc.get(dst, 0)} (a candidate needs "
                  f"{A.KEY_WEIGHT}), rank {rank or '-'} of {len(ranked)} (MAX_CANDIDATES {A.MAX_CANDIDATES})",
                  file=file)
        if any(verdicts) != ((min(i, j), max(i, j)) in real):
            print("  NOTE: this tool's keys disagree with claims.align.candidate_pairs: it is out of step", file=file)
        ev: Any = A.evaluate(items[i], items[j], wts)
        print(f"  evaluate() asked directly: {ev.relation} ({ev.why})", file=file)


def main(argv: list[str] | None = None) -> int:
    from benchmarks.newscorpus import write_folder

    argv = list(sys.argv[1:] if argv is None else argv)
    if not GOLD.exists() or not SEEDS.is_dir():
        print(f"no seeds or gold file under {SHARED}", file=sys.stderr)
        return 2
    n = int(argv.pop(0)) if argv and argv[0].isdigit() else 1000
    named = [tuple(p.split(" ~ ")) for p in argv]
    seeds = sorted(SEEDS.glob("*.txt"))
    tmp = Path(tempfile.mkdtemp(prefix="claimdesk-lost-"))
    try:
        unrelated = write_folder(tmp / "unrelated", n)
        if named:
            pairs = [(a, b) for a, b in named]
        else:
            lost = sorted(_missing_links(seeds + unrelated, tmp) - _missing_links(seeds, tmp))
            print(f"gold links the seeds alone find and lose among {n:,} articles: {lost or 'none'}")
            pairs = [(a, b) for a, b in (x.split(" ~ ") for x in lost)]
        if pairs:
            explain(seeds + unrelated, pairs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
