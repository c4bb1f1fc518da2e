# Vendored copy of /work/shared/eval/score_claims.py (the shared claim scorer), kept byte-for-byte below
# this header so tests can score extraction in-process with the same logic: tests/test_scorer_bars.py
# runs main([..., "--json"]) on a run it writes to a temporary file. Re-copy it when the shared one changes.
# ruff: noqa
"""Score an extraction run against a hand-labelled gold file.

    claimdesk extract --json ../shared/seeds/*.txt > run.json
    python3 ../shared/eval/score_claims.py ../shared/eval/seeds_gold.json run.json

The run is the JSON that `extract --json` prints (see the issue that defines it):
  documents: [{id, path, ...}], claims: [{id, doc, text, ...}],
  links: [{a, b, relation: "agree"|"conflict", ...}]
Documents are matched to gold files by the file name of their path.
A gold claim is found when one extracted claim of its document contains the
gold quote (whitespace and quote marks folded). Prints a report, then one
summary line; --json prints the figures as JSON instead.
"""
import json
import re
import sys
from pathlib import Path

FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(FOLD)).strip().lower()


def main(argv):
    as_json = "--json" in argv
    args = [a for a in argv if a != "--json"]
    if len(args) != 2:
        sys.exit(__doc__)
    gold = json.loads(Path(args[0]).read_text())
    raw = sys.stdin.read() if args[1] == "-" else Path(args[1]).read_text()
    run = json.loads(raw)
    docs = {d["id"]: Path(d["path"]).name for d in run["documents"]}
    by_file = {}
    for c in run["claims"]:
        by_file.setdefault(docs.get(c["doc"]), []).append(c)

    # gold claim -> ids of extracted claims that contain its quote. A claim that holds
    # two or more gold quotes is not sentence-level and counts for none of them.
    hits, missing, merged = {}, [], []
    for fname, gclaims in gold["claims"].items():
        quotes = [(g, norm(g["quote"])) for g in gclaims]
        for c in by_file.get(fname, []):
            inside = [g["id"] for g, q in quotes if q in norm(c["text"])]
            if len(inside) > 1:
                merged.append(f"{fname}: one claim holds {', '.join(inside)}")
            elif inside:
                hits.setdefault(inside[0], set()).add(c["id"])
        for g, _ in quotes:
            if g["id"] not in hits:
                missing.append(f"{fname}: {g['id']}: {g['quote'][:70]}")
    n_gold = sum(len(v) for v in gold["claims"].values())

    boiler_fp = []
    for fname, quotes in gold["boilerplate"].items():
        for q in quotes:
            nq = norm(q)
            for c in by_file.get(fname, []):
                nt = norm(c["text"])
                if nq in nt or (len(nt) >= 20 and nt in nq):
                    boiler_fp.append(f"{fname}: {c['text'][:70]}")

    linked = {}
    for l in run.get("links", []):
        linked[frozenset((l["a"], l["b"]))] = l["relation"]

    def relation_between(a, b):
        rels = {linked.get(frozenset((x, y))) for x in hits.get(a, ()) for y in hits.get(b, ())}
        rels.discard(None)
        return rels

    res = {"agree": [0, 0], "conflict": [0, 0]}
    wrong, missed_links = [], []
    for l in gold["links"]:
        res[l["relation"]][1] += 1
        rels = relation_between(l["a"], l["b"])
        if l["relation"] in rels:
            res[l["relation"]][0] += 1
        elif rels:
            wrong.append(f"{l['a']} ~ {l['b']}: expected {l['relation']}, got {sorted(rels)}")
        else:
            missed_links.append(f"{l['a']} ~ {l['b']} ({l['relation']}: {l['why']})")

    traps = [f"{t['a']} ~ {t['b']}: {t['why']}" for t in gold["traps"]
             if "agree" in relation_between(t["a"], t["b"])]

    # precision over links whose both ends are gold claims
    claim_to_gold = {}
    for gid, cids in hits.items():
        for cid in cids:
            claim_to_gold.setdefault(cid, set()).add(gid)
    gold_rel = {frozenset((l["a"], l["b"])): l["relation"] for l in gold["links"]}
    judged = correct = 0
    for l in run.get("links", []):
        ga, gb = claim_to_gold.get(l["a"]), claim_to_gold.get(l["b"])
        if not ga or not gb:
            continue
        judged += 1
        if any(gold_rel.get(frozenset((x, y))) == l["relation"] for x in ga for y in gb):
            correct += 1

    figures = {
        "claims_found": len(hits), "claims_gold": n_gold,
        "claims_extracted": len(run["claims"]), "merged_claims": len(merged),
        "boilerplate_claims": len(boiler_fp),
        "agree_found": res["agree"][0], "agree_gold": res["agree"][1],
        "conflict_found": res["conflict"][0], "conflict_gold": res["conflict"][1],
        "wrong_relation": len(wrong), "trap_links": len(traps),
        "links_judged": judged, "links_correct": correct,
    }
    if as_json:
        print(json.dumps(figures))
        return
    for title, rows in (("claims that merge several gold claims", merged), ("gold claims not found", missing), ("claims taken from boilerplate", boiler_fp),
                        ("links with the wrong relation", wrong), ("gold links not found", missed_links),
                        ("trap pairs linked as agreeing", traps)):
        if rows:
            print(f"{title} ({len(rows)}):")
            for r in rows:
                print("  " + r)
    prec = f"{correct}/{judged}" if judged else "n/a"
    print(f"claims {len(hits)}/{n_gold} found ({len(run['claims'])} extracted) | boilerplate claims {len(boiler_fp)} | "
          f"agree {res['agree'][0]}/{res['agree'][1]} | conflict {res['conflict'][0]}/{res['conflict'][1]} | "
          f"wrong relation {len(wrong)} | traps {len(traps)} | link precision {prec}")


if __name__ == "__main__":
    main(sys.argv[1:])
