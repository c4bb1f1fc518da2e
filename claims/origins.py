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
    """Connected components over ``agree`` links (one fact as several outlets state it), in the order of
    their first claim, each with its outlets and independent origins."""
    index = {c.id: i for i, c in enumerate(claims)}
    parent = list(range(len(claims)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.relation != "agree" or link.a not in index or link.b not in index:
            continue
        ra, rb = find(index[link.a]), find(index[link.b])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[find(i)].append(i)
    by_id = {d.id: d for d in docs}
    clusters = []
    for root in sorted(groups):
        members = groups[root]
        if len(members) < 2:
            continue
        cl = [claims[i] for i in members]
        spellings: dict[str, Counter] = defaultdict(Counter)
        voted = set()
        for c in cl:
            key, name = claim_origin(c, by_id.get(c.doc))
            if (key, name, c.doc) not in voted:  # each outlet votes once for its spelling
                voted.add((key, name, c.doc))
                spellings[key][name] += 1
        origins = tuple(sorted((_display(v) for v in spellings.values()), key=str.lower))
        outlets = tuple(sorted({(by_id[c.doc].label if c.doc in by_id else c.doc) for c in cl}, key=str.lower))
        clusters.append(Cluster(f"k-{short_hash(cl[0].id)}", tuple(c.id for c in cl), origins, outlets))
    return clusters
