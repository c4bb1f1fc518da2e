"""Link claims of different documents that state the same fact: ``agree`` when their figures match,
``conflict`` when they give different figures for the same quantity.

The same number counting different things is not a match: figures are compared only when their
kind, counted noun (through a small map of general news vocabulary), rate ("a month") and governing
verb fit, and a pair needs the sentences' content words to overlap as well, weighted by rarity.

Cost: claims with identical wording (wire copy, reprints) are aligned once and their links copied;
candidate pairs come from an inverted index on normalised values and on each claim's rarest
content words (keys indexing too many claims are dropped), never from all pairs; each claim keeps
its best-sharing candidates only. Conflicts between figures governed by the same action spread to
the claims that directly agree with one side.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from claims.model import Claim, Link, Value
from claims.text_utils import canon, content_tokens, gc_paused, norm_text
from claims.values import WEEKDAYS, bounds, compare_bounds, compare_date_parts, date_bounds, date_parts, direction

#: counted nouns that may stand for any group of people ("20,000 people" ~ "24,000 defendants")
GENERIC_PEOPLE = frozenset("person man woman individual resident citizen civilian russian male adult".split())
#: nouns counting people in some role; comparable with each other only through GENERIC_PEOPLE or synonyms
PEOPLE_ROLES = frozenset(
    """prisoner soldier recruit child student worker voter refugee migrant patient member supporter
    lawyer official journalist activist protester victim employee reader""".split()
)

AGREE_FIGURE = 0.55  # value evidence + 1.5 x wording similarity
AGREE_JOINT = 0.3  # value evidence when figures of two kinds match together ("40% of 60,000")
MAX_RATIO_EXACT = 2.5  # exact figures further apart than this are different quantities, not a conflict
MAX_RATIO_VAGUE = 12.0
AGREE_DATE_SIM = 0.28
AGREE_POSSIBLE_SIM = 0.3
AGREE_SAME_DAY_SIM = 0.15
AGREE_TEXT_SIM = 0.33
AGREE_TEXT_SIM_DATED = 0.42
CONFLICT_FRAME = 0.15
CONFLICT_SIM = 0.1

#: verbs (canonical) that describe a standing population rather than an action on it
STATE_VERBS = frozenset("of hold be have live remain house keep stay detent jail".split())
#: "prompted X to flee": the figure is governed by the verb after "to"
CAUSATIVES = frozenset("prompt force cause lead drive push allow help forc compel urge".split())

#: size of an imagined background corpus, so that two or three documents still tell rare words from common
PRIOR = 20
#: a blocking key indexing more claims than this is too common to block on
MAX_POSTING = 60
#: a shared value or quantity counts as much as this many shared content words (the candidate threshold)
KEY_WEIGHT = 3
#: identical wordings in more outlets than this are linked to their first copy only (not every pair)
MAX_CLIQUE = 12
#: candidates kept per claim (by shared keys) before scoring
MAX_CANDIDATES = 20


@dataclass(slots=True)
class Fig:
    value: Value
    cls: str  # comparable class: count, percent, money:USD, distance, duration, age, date
    unit: str  # canonical counted noun ("" when none)
    rate: str
    info: float  # how telling a match on this figure is, 0..1
    frame: frozenset  # content words near the figure
    keys: tuple  # blocking keys
    gov: str = ""  # the verb the figure is argument of ("recruit"), "of" for a base ("40% of N"), "" unknown
    bounds: tuple | None = None  # numeric interval (figures)
    dparts: tuple | None = None  # comparable date form (dates)
    exact: bool = True  # a single figure, not a range or a vague quantity
    fmass: float = 0.0
    label: str = ""  # the figure as written, white space folded (for the link's reason)


@dataclass(slots=True)
class Item:
    claim: Claim
    doc: int
    tokens: frozenset
    figs: list[Fig] = field(default_factory=list)
    mass: float = 0.0
    members: list[int] = field(default_factory=list)  # indices of the claims with this wording
    docs: frozenset = frozenset()
    strong: bool = False  # has a figure other than a date
    dated: bool = False  # has a date


def _sig_digits(x: float) -> int:
    s = f"{abs(x):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(s))


def _info(v: Value) -> float:
    if v.kind == "date":
        if v.unit == "day":
            return 0.55
        if v.unit == "weekday":
            return 0.35
        if v.unit == "month":
            return 0.3 if not isinstance(v.value, list) else 0.25
        if v.unit == "year":
            return 0.2
        return 0.05
    val = v.value
    if isinstance(val, list):
        return 0.3 if v.approx else 0.55
    x = abs(float(val))
    base = 0.15 if x < 10 else 0.35 if x < 100 else 0.5 if x < 1000 else 0.6
    if v.kind == "percent":
        base = 0.35
    info = base + 0.12 * (_sig_digits(x) - 1)
    if v.approx:
        info *= 0.9
    return min(1.0, info)


def _num_key(x: float) -> str:
    if x == 0:
        return "0"
    e = math.floor(math.log10(abs(x)))
    return f"{round(x / 10 ** (e - 1)) * 10 ** (e - 1):g}"


def _keys(v: Value, cls: str) -> tuple:
    if v.kind == "date":
        keys = []
        b = date_bounds(v)
        if b:
            lo, hi = b
            if lo.year == hi.year:
                keys.append(f"Y{lo.year}")
            if (hi - lo).days < 7:
                keys.extend(f"WD{(lo.toordinal() + i) % 7}" for i in range((hi - lo).days + 1))
            if lo.month == hi.month and lo.year == hi.year:
                keys.append(f"M{lo.month}")
            if lo == hi:
                keys.append(f"MD{lo.month}-{lo.day}")
        elif v.unit == "weekday":
            keys.append(f"WD{(WEEKDAYS.index(v.value) + 1) % 7}")  # date.toordinal() % 7 == 0 on Sunday
        elif isinstance(v.value, str) and v.value.startswith("--"):
            parts = v.value[2:].split("-")
            keys.append(f"M{int(parts[0])}")
            if len(parts) == 2:
                keys.append(f"MD{int(parts[0])}-{int(parts[1])}")
        return tuple(keys)
    val = v.value
    xs = val if isinstance(val, list) else [val]
    return tuple(f"{cls}:{_num_key(float(x))}" for x in xs if isinstance(x, (int, float)))


def _cls(v: Value) -> str:
    if v.kind == "money":
        return f"money:{v.unit}"
    if v.kind in ("count", "number", "range"):
        return "count"
    return v.kind


_RATE_UNIT = re.compile(r"/(day|week|month|year)$")


_CLAUSE_LEFT_RX = re.compile(r"[;:]|,\s(?:and|but|while|so|though)\b|\bthat\b")
_CLAUSE_RIGHT_RX = re.compile(r"[;:]|,\s(?:and|but|while|so|though|according)\b")


def _frame(claim: Claim, v: Value, unit: str = "", width: int = 60, tokens: list | None = None) -> frozenset:
    """Content words around a figure, inside its clause (whole words only), plus its counted noun.
    ``tokens``: the claim's :func:`content_tokens`, when already computed."""
    text = claim.text
    a = v.start - claim.start
    b = v.end - claim.start
    lo = max(0, a - width)
    hi = min(len(text), b + width)
    # stay within the clause
    for m in _CLAUSE_LEFT_RX.finditer(text, lo, a):
        lo = m.end()
    m = _CLAUSE_RIGHT_RX.search(text, b, hi)
    if m:
        hi = m.start()
    if tokens is None:
        tokens = content_tokens(text)
    words = {c for pos, c in tokens if lo <= pos < hi}
    if unit in GENERIC_PEOPLE or unit in PEOPLE_ROLES:
        words.add("person")  # any group of people may be the same group
    return frozenset(words)


_SKIP_LEFT = frozenset("the a an its their his her our this these those all some every each nearly".split())
_CLAUSE_LEFT = frozenset("that so and when while because as but with if where which who whom since although".split())
_COMMON_VERBS = frozenset(
    """recruit enlist draft conscript send take kill hire release free detain arrest hold select mobilize mobilise
    deploy have has had lose lost gain spend spent pay paid raise cut add employ give gave get got sign signed
    evacuate house shelter train expect plan bring brought move moved""".split()
)
_PASSIVE_RIGHT = re.compile(
    r"^\s*(?:(?:who|that|which)\s+)?(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be"
    r"|may\s+be|could\s+be|might\s+be|to\s+be|being|be)\s+)?(?:currently\s+|now\s+|still\s+|already\s+|reportedly\s+)?"
    r"([a-z]+(?:ed|en)|held|sent|fled|left|kept|taken|brought|fought|lost|paid)\b"
)


_SHARE_BEFORE_OF = re.compile(r"(?:%|\b(?:percent|per\s+cent|half|third|thirds|quarter|quarters|fifth|share|portion"
                              r"|proportion|majority|minority|most|many|some|all|none|each|one|every|fraction))\s*$",
                              re.I)
_REPORTING_PARTICIPLES = frozenset("estimated reported said believed thought expected known alleged rumored rumoured "
                                   "understood claimed feared".split())


def _verbish(word: str, before: str) -> bool:
    w = word.lower()
    return (w.endswith(("ed", "ing")) and len(w) > 4) or w in _COMMON_VERBS or before.endswith(" to") or \
        canon(w) == "recruit"


_CLAUSE_PUNCT = frozenset(",;:()“”\"")


def _last_word(text: str) -> tuple[str, str, str]:
    """(last word, the non-letters after it, the text before it) of ``text``; a word is letters with inner
    apostrophes and hyphens."""
    j = len(text)
    while j and not text[j - 1].isalpha():
        j -= 1
    gap = text[j:]
    i = j
    while i and (text[i - 1].isalpha() or text[i - 1] in "’'-"):
        i -= 1
    while i < j and not text[i].isalpha():
        i += 1
    return text[i:j], gap, text[:i].rstrip()


def _governor(claim: Claim, v: Value) -> str:
    """The verb a figure is the argument of, canonicalised; "of" for the base of a share ("40% of N")."""
    left = claim.text[max(0, v.start - claim.start - 80): v.start - claim.start]
    right = claim.text[v.end - claim.start:]
    gov = ""
    tail = left
    for _ in range(3):
        w, gap, tail = _last_word(tail)
        if not w or any(ch in _CLAUSE_PUNCT for ch in gap):
            break
        low = w.lower()
        if low in _SKIP_LEFT or low.endswith(("'s", "’s")):
            continue
        if low == "of":
            # "40% of N", "half of N": N is the base of a share; "a force of N" says nothing
            if _SHARE_BEFORE_OF.search(tail):
                gov = "of"
        elif low in _CLAUSE_LEFT:
            gov = ""
        elif _verbish(w, " " + tail.lower()):
            gov = canon(low)
            if gov in CAUSATIVES or low in CAUSATIVES:
                cm = re.match(r"^[\w\s’'-]*?\bto\s+([a-z]+)", right)
                if cm:
                    gov = canon(cm.group(1))
        break
    if gov in ("", "of"):
        pm = _PASSIVE_RIGHT.match(right)
        if pm:
            verb = pm.group(1)
            # "are estimated to have left": the reporting verb is not what happened to them
            if verb in _REPORTING_PARTICIPLES:
                tm = re.match(r"\s+to\s+(?:have\s+|be\s+|been\s+)*([a-z]+)", right[pm.end():])
                return canon(tm.group(1)) if tm else gov
            return canon(verb)
    return gov


def build_item(claim: Claim, doc: int) -> Item:
    toks = content_tokens(claim.text)
    item = Item(claim, doc, frozenset(c for _, c in toks), docs=frozenset((doc,)))
    for v in claim.values:
        if v.kind == "date" and v.unit == "relative":
            continue
        cls = _cls(v)
        unit, rate = v.unit, ""
        if v.kind == "count":
            m = _RATE_UNIT.search(unit)
            if m:
                rate, unit = m.group(1), unit[: m.start()]
            unit = canon(unit) if unit else ""
        elif v.kind not in ("percent", "money", "distance", "duration", "age"):
            unit = ""
        if v.kind == "date":
            fig = Fig(v, cls, unit, rate, _info(v), _frame(claim, v, unit, tokens=toks), _keys(v, cls), "", None,
                      date_parts(v))
        else:
            fig = Fig(v, cls, unit, rate, _info(v), _frame(claim, v, unit, tokens=toks), _keys(v, cls),
                      _governor(claim, v), bounds(v), None, not isinstance(v.value, list))
        fig.label = " ".join(v.text.split())
        item.figs.append(fig)
    item.strong = any(f.cls != "date" for f in item.figs)
    item.dated = any(f.cls == "date" for f in item.figs)
    return item


def units_fit(a: Fig, b: Fig) -> bool:
    """May two figures count the same thing?"""
    if a.cls != b.cls or a.rate != b.rate:
        return False
    if a.cls in ("percent", "date", "distance", "duration", "age") or a.cls.startswith("money"):
        return True
    ua, ub = a.unit, b.unit
    if ua == ub or not ua or not ub:
        return True
    if (ua in GENERIC_PEOPLE or ua in PEOPLE_ROLES) and (ub in GENERIC_PEOPLE or ub in PEOPLE_ROLES):
        return ua in GENERIC_PEOPLE or ub in GENERIC_PEOPLE
    return False


def relate(a: Fig, b: Fig) -> str | None:
    """"equal" | "compatible" | "possible" | "different" for two figures that fit, None if incomparable."""
    if a.dparts is not None:
        return compare_date_parts(a.dparts, b.dparts) if b.dparts is not None else None
    return compare_bounds(a.bounds, b.bounds, a.value.approx or b.value.approx)


class Weights:
    """Inverse document frequency of content words over the claims being aligned."""

    def __init__(self, items: list[Item]):
        df: Counter = Counter()
        for it in items:
            df.update(it.tokens)
        n = len(items) + PRIOR
        self.df = df
        self.n = n
        # weights in integer thousandths: sums are then exact, whatever order a set is walked in
        self.idf = {t: round(1000 * math.log(n / (c + 0.5))) for t, c in df.items()}
        self.default = round(1000 * math.log(n / 0.5))
        for it in items:
            it.mass = self.mass(it.tokens)
            for f in it.figs:
                for t in f.frame:
                    self.idf.setdefault(t, self.default)  # words a frame adds ("person")
                f.fmass = self.mass(f.frame)

    def w(self, t: str) -> float:
        return self.idf.get(t, self.default) / 1000

    def mass(self, toks) -> int:
        idf, d = self.idf, self.default
        return sum(idf.get(t, d) for t in toks)

    # overlap() looks every word up directly: all item and frame words are in ``idf``

    def overlap(self, a: frozenset, b: frozenset, ma: float | None = None, mb: float | None = None) -> float:
        """Weighted Dice coefficient of two token sets (``ma``/``mb``: their masses, when known)."""
        inter = a & b
        if not inter:
            return 0.0
        ma = self.mass(a) if ma is None else ma
        mb = self.mass(b) if mb is None else mb
        return 2 * sum(map(self.idf.__getitem__, inter)) / (ma + mb)


@dataclass(slots=True)
class PairEval:
    relation: str | None
    score: float
    why: str
    sim: float = 0.0
    support: float = 0.0
    conflict: float = 0.0
    figs: tuple | None = None  # the deciding figures (a, b)
    strong: bool = False  # a conflict between figures governed by the same action verb


def _ratio(a: Fig, b: Fig) -> float:
    """How far apart two figures are, as a ratio between their nearest bounds (1 when they touch)."""
    ba, bb = a.bounds, b.bounds
    if not ba or not bb:
        return 1.0
    lo = min(ba[1], bb[1])
    hi = max(ba[0], bb[0])
    if lo <= 0:
        return math.inf
    return max(1.0, hi / lo)


def _gov_fit(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    return a in STATE_VERBS and b in STATE_VERBS


_RANK = {"equal": 3, "compatible": 2, "possible": 1, "different": 0}


def evaluate(a: Item, b: Item, wts: Weights) -> PairEval:
    inter = a.tokens & b.tokens
    sim = 2 * sum(map(wts.idf.__getitem__, inter)) / (a.mass + b.mass) if inter else 0.0
    matches = []  # (strength, fa, fb)
    date_best, date_rel_best, date_pair = 0.0, None, None
    conflict, best_conflict, strong = 0.0, None, False
    a_strong, b_strong = a.strong, b.strong
    for fa in a.figs:
        for fb in b.figs:
            if fa.cls != fb.cls or fa.rate != fb.rate or not units_fit(fa, fb):
                continue
            rel = relate(fa, fb)
            if rel is None:
                continue
            fsim = wts.overlap(fa.frame, fb.frame, fa.fmass, fb.fmass)
            if fa.cls == "date":
                rank = _RANK[rel]
                s = min(fa.info, fb.info) * (0.5 + fsim)
                if date_rel_best is None or rank > date_rel_best or (rank == date_rel_best and s > date_best):
                    date_rel_best, date_best, date_pair = rank, s, (fa, fb)
                continue
            if rel in ("equal", "compatible"):
                s = min(fa.info, fb.info) * (0.7 + 0.6 * fsim) * (1.0 if rel == "equal" else 0.85)
                matches.append((s, fa, fb))
            elif rel == "different":
                exact = fa.exact and fb.exact
                if _ratio(fa, fb) > (MAX_RATIO_EXACT if exact else MAX_RATIO_VAGUE) or not _gov_fit(fa.gov, fb.gov):
                    continue
                same_action = bool(fa.gov) and fa.gov == fb.gov and fa.gov not in STATE_VERBS
                c = fsim + (0.15 if same_action else 0.0)
                if c > conflict:
                    conflict, best_conflict, strong = c, (fa, fb), same_action
    # value evidence: each figure used once, strongest first, with diminishing weight
    support, used_a, used_b, best_match = 0.0, set(), set(), None
    decay = 1.0
    if len(matches) > 1:
        matches.sort(key=lambda m: -m[0])
    for s, fa, fb in matches:
        if id(fa) in used_a or id(fb) in used_b:
            continue
        used_a.add(id(fa))
        used_b.add(id(fb))
        support += s * decay
        decay *= 0.8
        best_match = best_match or (fa, fb)
    mismatch = a_strong and b_strong and not matches
    # several figures matching together ("40% of 60,000") are telling even in different words
    joint = len(used_a) >= 2 and len({fa.cls for _, fa, _ in matches}) >= 2 if matches else False
    ev = PairEval(None, 0.0, "", sim, support, conflict)
    date_ok = date_rel_best is not None and date_rel_best >= 2
    date_bad = date_rel_best == 0 and not matches
    if support > 0 and not (best_conflict and conflict > support * 2):
        ev.score = support + 1.5 * sim + (0.5 * date_best if date_ok else 0.0)
        if (ev.score >= AGREE_FIGURE and sim >= 0.04) or (joint and support >= AGREE_JOINT):
            fa, fb = best_match
            ev.relation, ev.figs = "agree", best_match
            ta, tb = fa.label, fb.label
            ev.why = f"both: {ta}" if ta.lower() == tb.lower() else f"{ta} ~ {tb}"
            if len(used_a) > 1:
                ev.why += f" (+{len(used_a) - 1} more figure{'s' if len(used_a) > 2 else ''})"
            return ev
    if not mismatch and not date_bad and not best_conflict:
        same_day = date_rel_best == 3 and date_pair[0].value.unit == "day"
        if date_ok and (sim >= AGREE_DATE_SIM or (same_day and sim >= AGREE_SAME_DAY_SIM)):
            fa, fb = date_pair
            ev.relation, ev.figs, ev.score = "agree", date_pair, sim + date_best
            ta, tb = fa.label, fb.label
            ev.why = f"same date: {ta}" if ta.lower() == tb.lower() else f"same date: {ta} ~ {tb}"
            return ev
        if date_rel_best == 1 and sim >= AGREE_POSSIBLE_SIM:
            fa, fb = date_pair
            ev.relation, ev.figs, ev.score = "agree", date_pair, sim + date_best
            ev.why = f"same wording, dates may match: {fa.label} ~ {fb.label}"
            return ev
        # an unmatched date is a detail the other claim lacks: ask for closer wording
        if sim >= (AGREE_TEXT_SIM_DATED if a.dated or b.dated else AGREE_TEXT_SIM) and not a_strong and not b_strong:
            ev.relation, ev.score = "agree", sim
            ev.why = f"same wording ({sim:.0%} of weighted content words)"
            return ev
    if best_conflict and conflict >= CONFLICT_FRAME and sim >= CONFLICT_SIM and support < 0.2:
        fa, fb = best_conflict
        ev.relation, ev.figs, ev.strong = "conflict", best_conflict, strong
        ev.score = min(1.0, conflict * 0.7 + sim)
        ev.why = f"{fa.label} vs {fb.label}"
    return ev


def _quantity_keys(f: Fig) -> list[str]:
    """Keys shared by figures that may be conflicting reports of one quantity: same class, same kind of
    counted thing, magnitudes within a few times of each other (half-decade buckets and their neighbour)."""
    if f.bounds is None or f.cls == "date":
        return []
    lo, hi = f.bounds
    if lo <= 0 or hi == math.inf:
        hi = lo * 3 if lo > 0 else hi
    if lo <= 0 or hi == math.inf:
        return []
    unit = "people" if (f.unit in GENERIC_PEOPLE or f.unit in PEOPLE_ROLES) else f.unit
    stretch = MAX_RATIO_EXACT if f.exact else MAX_RATIO_VAGUE
    first = math.floor(2 * math.log10(lo))
    last = math.floor(2 * math.log10(hi * stretch))
    return [f"q:{f.cls}:{unit}:{f.rate}:{b}" for b in range(first, last + 1)]


def candidate_pairs(items: list[Item], wts: Weights) -> list[tuple[int, int]]:
    """Pairs of items (i < j) that may state the same fact: they share a value, a quantity (kind of thing
    counted and magnitude), or at least three content words none of which indexes more than MAX_POSTING
    items; at most MAX_CANDIDATES per item, those sharing most."""
    df = wts.df
    keys_of: list[list[tuple[str, int]]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for idx, it in enumerate(items):
        keys = {}
        for f in it.figs:
            for k in f.keys:
                keys["v:" + k] = KEY_WEIGHT
            for k in _quantity_keys(f):
                keys[k] = KEY_WEIGHT
        for t in sorted(it.tokens):
            if df[t] <= MAX_POSTING:
                keys["w:" + t] = 1
        keys_of.append(list(keys.items()))
        for k in keys:
            postings[k].append(idx)
    pairs: set[tuple[int, int]] = set()
    for idx, it in enumerate(items):
        acc: Counter = Counter()
        for k, weight in keys_of[idx]:
            post = postings[k]
            if len(post) < 2 or len(post) > MAX_POSTING:
                continue
            for _ in range(weight):
                acc.update(post)
        acc.pop(idx, None)
        if not acc:
            continue
        single = len(it.docs) == 1
        kept = 0
        best = sorted((-n, j) for j, n in acc.items() if n >= KEY_WEIGHT)
        for _, j in best:
            if kept >= MAX_CANDIDATES:
                break
            if single and items[j].docs == it.docs:
                continue  # both only in the same document
            pairs.add((idx, j) if idx < j else (j, idx))
            kept += 1
    return sorted(pairs)


def _propagate(items: list[Item], results: dict[tuple[int, int], PairEval]) -> dict[tuple[int, int], PairEval]:
    """A conflict between two figures governed by the same action ("recruit 20,000" vs "recruit 24,000")
    extends to every claim that directly agrees with one side on that figure."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for (i, j), ev in results.items():
        if ev.relation == "agree":
            neighbours[i].append(j)
            neighbours[j].append(i)
    added: dict[tuple[int, int], PairEval] = {}
    for (i, j), ev in results.items():
        if ev.relation != "conflict" or not ev.strong:
            continue
        fi, fj = ev.figs
        for side, other, fs, fo in ((i, j, fi, fj), (j, i, fj, fi)):
            for c in neighbours.get(side, ()):
                if c == other or items[c].docs == items[other].docs and len(items[c].docs) == 1:
                    continue
                key = (min(c, other), max(c, other))
                if key in results or key in added:
                    continue
                for fc in items[c].figs:
                    if not units_fit(fc, fs) or relate(fc, fs) not in ("equal", "compatible"):
                        continue
                    if relate(fc, fo) != "different":
                        continue
                    added[key] = PairEval("conflict", ev.score * 0.8, f"{fc.label} vs {fo.label}", figs=(fc, fo))
                    break
    return added


def build_items(claims: list[Claim], doc_order: dict[str, int]) -> list[Item]:
    """One item per distinct wording (claims compared by their normalised text), with its member claims."""
    by_text: dict[str, Item] = {}
    items: list[Item] = []
    for idx, c in enumerate(claims):
        key = norm_text(c.text)
        it = by_text.get(key)
        if it is None:
            it = by_text[key] = build_item(c, doc_order[c.doc])
            items.append(it)
        it.members.append(idx)
    for it in items:
        it.docs = frozenset(doc_order[claims[m].doc] for m in it.members)
    return items


def align(claims: list[Claim], doc_order: dict[str, int] | None = None) -> list[Link]:
    """Links between claims of different documents (each pair once, ``a`` before ``b`` in claim order)."""
    with gc_paused():
        return _align(claims, doc_order)


def _align(claims: list[Claim], doc_order: dict[str, int] | None) -> list[Link]:
    if doc_order is None:
        doc_order = {d: i for i, d in enumerate(dict.fromkeys(c.doc for c in claims))}
    items = build_items(claims, doc_order)
    wts = Weights(items)
    results: dict[tuple[int, int], PairEval] = {}
    for i, j in candidate_pairs(items, wts):
        ev = evaluate(items[i], items[j], wts)
        if ev.relation:
            results[(i, j)] = ev
    results.update(_propagate(items, results))
    # every claim belongs to one item, so the pairs below never repeat
    doc_of = [doc_order[c.doc] for c in claims]
    out: list[tuple[int, int, tuple]] = []

    def emit(ms: list[int], ns: list[int], rel: tuple) -> None:
        for m in ms:
            dm = doc_of[m]
            for n in ns:
                if dm != doc_of[n]:
                    out.append((m, n, rel) if m < n else (n, m, rel))

    same = ("agree", 1.0, "same wording")
    for it in items:  # the same wording in several outlets
        ms = it.members
        if len(ms) <= MAX_CLIQUE:
            for x in range(len(ms) - 1):
                emit(ms[x:x + 1], ms[x + 1:], same)
        else:  # stock text in many outlets: link every copy to the first one, not every pair
            emit(ms[:1], ms[1:], same)
    for (i, j), ev in results.items():
        mi, mj = items[i].members, items[j].members
        if len(mi) * len(mj) > MAX_CLIQUE * MAX_CLIQUE:
            mi, mj = mi[:1], mj[:1]
        emit(mi, mj, (ev.relation, min(1.0, ev.score), ev.why))
    ids = [c.id for c in claims]  # (the order is already deterministic: items and pairs are walked in order)
    return _links(ids, out)


def _links(ids: list[str], out: list[tuple[int, int, tuple]]) -> list[Link]:
    """Link objects for (claim index, claim index, (relation, score, why)) rows. A frozen dataclass's
    __init__ sets each field through object.__setattr__; with a hundred thousand links, setting the
    slots directly halves the cost (only while Link is a plain slotted dataclass of these five fields)."""
    if _LINK_SLOTS is None:
        return [Link(ids[a], ids[b], *rel) for a, b, rel in out]
    new = object.__new__
    set_a, set_b, set_rel, set_score, set_why = _LINK_SLOTS
    links = []
    append = links.append
    for a, b, (rel, score, why) in out:
        link = new(Link)
        set_a(link, ids[a])
        set_b(link, ids[b])
        set_rel(link, rel)
        set_score(link, score)
        set_why(link, why)
        append(link)
    return links


def _link_slots():
    fields = getattr(Link, "__dataclass_fields__", {})
    if (tuple(fields) != ("a", "b", "relation", "score", "why") or getattr(Link, "__slots__", None) is None
            or hasattr(Link, "__post_init__")):
        return None
    return tuple(Link.__dict__[name].__set__ for name in fields)


_LINK_SLOTS = _link_slots()


__all__ = ["align", "build_item", "build_items", "evaluate", "candidate_pairs", "units_fit", "relate", "direction",
           "Weights"]
