"""Independent origins of a fact: how many separate sources stand behind a cluster of claims.

Claims citing the same source are one origin however each outlet spells or describes it
("IStories", "Istories", "the independent Russian news outlet IStories"); a claim relayed
through someone ("a Defense Ministry source via IStories") counts for the outlet that first
published it; a claim with no cited source is its own outlet's origin.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from claims.model import Claim, Cluster, Document, Link
from claims.text_utils import fold, short_hash

#: descriptive words dropped when comparing source names
_DESCRIPTORS = frozenset(
    """the a an independent investigative russian ukrainian american british news outlet media website web site
    newspaper agency portal publication report reports online daily weekly magazine service channel""".split()
)


def origin_name(source: str) -> str:
    """The origin a source string stands for: the relay in "X via Y", else the source itself."""
    s = source.strip()
    if " via " in s:
        s = s.rsplit(" via ", 1)[1]
    return s.strip()


def origin_key(name: str) -> str:
    """Comparison key for a source name: case, punctuation and descriptive words folded away."""
    words = re.findall(r"[a-z0-9]+", fold(name).lower().replace(".", ""))
    kept = [w for w in words if w not in _DESCRIPTORS]
    return "".join(kept or words)


def _display(names: Counter) -> str:
    # the most used spelling; ties go to the shortest, then to more capitals ("IStories" over "Istories")
    return sorted(names.items(), key=lambda kv: (-kv[1], len(kv[0]), -sum(ch.isupper() for ch in kv[0]), kv[0]))[0][0]


def claim_origin(claim: Claim, doc: Document | None) -> tuple[str, str]:
    """(key, display name) of a claim's origin."""
    if claim.source:
        name = origin_name(claim.source)
        key = origin_key(name)
        if key:
            return "s:" + key, name
    label = doc.label if doc else claim.doc
    return "o:" + label.lower(), label


def build_clusters(claims: list[Claim], links: list[Link], docs: list[Document]) -> list[Cluster]:
    """Facts as several outlets state them: connected components over ``agree`` links between *facts of
    claims* (a claim's figure, or the claim as a whole), so that a sentence giving two figures joins two facts
    without merging them. In the order of their first claim, each with its outlets and its independent
    origins: every outlet counts once, for the source its claims cite (else itself), so a fact never has more
    origins than outlets."""
    index = {c.id: i for i, c in enumerate(claims)}
    # the facts of each claim its links are about; a claim with one figure fact is that fact as a whole
    facts: dict[str, set[str]] = defaultdict(set)
    for link in links:
        if link.relation == "agree":
            facts[link.a].add(link.facts[0])
            facts[link.b].add(link.facts[1])
    node: dict[tuple[str, str], int] = {}

    def node_of(cid: str, key: str) -> int:
        figures = facts[cid] - {""}
        if key == "" and len(figures) == 1:
            key = next(iter(figures))
        if not key and not figures:
            key = ""
        return node.setdefault((cid, key), len(node))

    pairs = [(node_of(lk.a, lk.facts[0]), node_of(lk.b, lk.facts[1])) for lk in links
             if lk.relation == "agree" and lk.a in index and lk.b in index]
    parent = list(range(len(node)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in pairs:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    groups: dict[int, list[str]] = defaultdict(list)
    for (cid, _), n in node.items():
        members = groups[find(n)]
        if cid not in members:
            members.append(cid)
    by_id = {d.id: d for d in docs}
    clusters: list[Cluster] = []
    seen: set[tuple[str, ...]] = set()
    for members in sorted(groups.values(), key=lambda m: min(index[c] for c in m)):
        if len(members) < 2:
            continue
        cl = sorted((claims[index[c]] for c in members), key=lambda c: index[c.id])
        ids = tuple(c.id for c in cl)
        if ids in seen:
            continue
        seen.add(ids)
        spellings: dict[str, Counter] = defaultdict(Counter)
        per_outlet: dict[str, tuple[str, str]] = {}
        for c in cl:  # each outlet counts once: the first source its claims cite, else the outlet itself
            doc = by_id.get(c.doc)
            label = doc.label if doc else c.doc
            key, name = claim_origin(c, doc)
            if label not in per_outlet or (per_outlet[label][0].startswith("o:") and key.startswith("s:")):
                per_outlet[label] = (key, name)
        for key, name in per_outlet.values():
            spellings[key][name] += 1
        origins = tuple(sorted((_display(v) for v in spellings.values()), key=str.lower))
        outlets = tuple(sorted(per_outlet, key=str.lower))
        clusters.append(Cluster(f"k-{short_hash(cl[0].id + str(len(clusters)))}", ids, origins, outlets))
    return clusters
