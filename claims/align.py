"""Link claims of different documents that state the same fact (RELATIONS.md): ``agree`` when their
figures fill the same frame with compatible values, ``conflict`` when the same frame holds incompatible
values at the same time, ``update`` when the texts place those values at different times.

Each figure's frame (:mod:`claims.frames`) says what it measures, what it counts, whose figure it is,
whether it is a count or an intention / projection, and when it was true. Figures are compared only
when their frames fit; a matching frame, not word overlap, is the main evidence. Claims without figures
link when they report the same act (same act, status and object; dates that fit) or say the same thing
in closely overlapping words.

Cost: claims with identical wording (wire copy, reprints) are aligned once and their links copied;
candidate pairs come from an inverted index on normalised values, measures, acts and each claim's
rarest content words (keys indexing too many claims are dropped), never from all pairs; each claim keeps
its best-sharing candidates only.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, pairwise
from operator import itemgetter

from claims.align_model import (
    AGREE_THRESHOLD,
    AGREE_WEIGHTS,
    DIFFER_THRESHOLD,
    DIFFER_WEIGHTS,
    PROP_THRESHOLD,
    PROP_WEIGHTS,
)
from claims.features import FIG_FEATURES, background_period, fig_features, prop_features, score
from claims.frames import (
    FIRST_WORD,
    LEADING_PARTITIVE,
    NAME_STOP,
    NEIGHBOUR_MARK,
    OF_THE,
    OWN_AREA,
    PROPER_FIRST,
    RATE_PER_TIME,
    RATE_PER_YEAR,
    SUB_AREA,
    ActFrame,
    FigureFrame,
    Status,
    TimeMark,
    acronym,
    act_frame,
    bare_word,
    claim_status,
    claim_words,
    clause_bounds,
    earlier_event_years,
    fact_before_future,
    figure_frames,
    filed_end,
    measure_of_word,
    name_key,
    periods_apart,
    place_keys,
    proper_first_words,
    rates_fit,
    spans_apart,
    tells_earlier_occasion,
    years_named,
)
from claims.model import Claim, Link, Relation, Value
from claims.text_utils import PHRASES, content_tokens, content_words, gc_paused, norm_text
from claims.values import WEEKDAYS, compare_date_parts, date_bounds, date_parts
from claims.values.dates import told_as_future
from claims.values.intervals import Interval, interval
from claims.values.intervals import ratio as interval_ratio
from claims.vocab import (
    COUNTED_CLASSES,
    COUNTED_FIT,
    LOOSE_ROLES,
    MEASURE_FAMILIES,
    MONTHS,
    PEOPLE_CLASSES,
    PEOPLE_MEASURES,
    ROLE_GROUPS,
)

AGREE, CONFLICT, UPDATE = Relation.AGREE, Relation.CONFLICT, Relation.UPDATE

#: exact figures further apart than this are different quantities, not a conflict (measure not named)
MAX_RATIO_EXACT = 2.5
#: the same, when both texts name the same measure (a vague or bounded figure may be further off)
MAX_RATIO_FRAME = 12.0
MAX_RATIO_NAMED_EXACT = 4.0
#: the same, for two figures the texts place at different times (an update)
MAX_RATIO_UPDATE = 20.0
#: wording similarity beside the same act, status and object
AGREE_ACT_SIM = 0.2
#: the least content-word overlap of a refusal and a report that the same thing will not be done
REFUSAL_SIM = 0.25
#: wording similarity for a denial (or an act not yet done) to be read against the other claim
DENIAL_SIM = 0.2
#: wording similarity beside the same act on the same object, not yet done in one claim and done in the other
NOT_YET_SIM = 0.15
#: clause overlap needed for two figures that differ when only one text names their measure
UNNAMED_DIFFER_FRAME = 0.25
#: the same, when no text names a measure but both figures hang on the same word ("offer", "margin")
HEADED_DIFFER_FRAME = 0.1

#: size of an imagined background corpus, so that two or three documents still tell rare words from common
PRIOR = 20
#: a blocking key indexing more claims than this is too common to block on
MAX_POSTING = 60
#: a shared value, measure or act counts as much as this many shared content words (the candidate threshold)
KEY_WEIGHT = 3
#: identical wordings in more outlets than this are linked to their first copy only (not every pair)
MAX_CLIQUE = 12
#: candidates kept per claim (by shared keys) before scoring: room past the claims that repeat its value ("76
#: deaths" in six reports) for the one that gives another ("131 deaths" two weeks on)
MAX_CANDIDATES = 14


@dataclass(slots=True)
class Fig:
    """A figure as the aligner uses it: its frame, plus blocking keys and weights."""

    frame: FigureFrame
    info: float  # how telling a match on this figure is, 0..1
    words: frozenset  # content words of its clause
    keys: tuple  # blocking keys
    fmass: float = 0.0
    compound: bool | None = None  # _compound() of the figure in its claim, once asked
    descriptor: bool | None = None  # _descriptor() of the figure in its claim, once asked
    only: bool = False  # its article(s) give no other value for what it counts (set by Weights)
    conditional: bool | None = None  # _conditional() of the figure in its claim, once asked

    @property
    def label(self) -> str:
        return self.frame.label


@dataclass(slots=True)
class DateFig:
    value: Value
    info: float
    words: frozenset
    keys: tuple
    dparts: tuple
    label: str
    fmass: float = 0.0
    filed: bool = False  # a wire dateline's day: when the report was filed (see filed_end), no day of what it tells


@dataclass(slots=True)
class Item:
    claim: Claim
    doc: int
    tokens: frozenset
    figs: list[Fig] = field(default_factory=list)
    dates: list[DateFig] = field(default_factory=list)
    clocks: list[tuple[str, Interval, str]] = field(default_factory=list)  # its times of day (clock, minutes, text)
    act: ActFrame | None = None
    names: frozenset = frozenset()  # name keys of the capitalised words (for whose-figure checks)
    bigrams: frozenset = frozenset()  # adjacent content-word pairs ("state award", "criminal liability")
    status: Status = Status.FACT  # the claim as a whole: a fact, or an intention / projection
    denial: bool = False  # the claim denies something ("the ministry denied that ...")
    refusal: bool = False  # it rules something out ("ruled out raising taxes", "is not on the table")
    refused: frozenset = frozenset()  # the content words of what it rules out, next to the refusal ("rais", "tax")
    fact_first: bool = False  # a future claim that states a fact in a clause of its own first ("We are sorry, and we will")
    mass: float = 0.0
    members: list[int] = field(default_factory=list)  # indices of the claims with this wording
    docs: frozenset = frozenset()
    pub: dt.date | None = None  # the publication date of its (first) document
    seq: list[str] | None = None  # its content words in order, until _complete() has used them
    years: frozenset = frozenset()  # the years it names
    earlier: frozenset = frozenset()  # years of earlier events it recalls ("a 2021 trial", "the 2023 attack")
    era: dt.date | None = None  # its publication date, else the newest of the articles aligned with it
    guessed: bool = False  # its publication day is guessed from the weekdays its article names (infer_undated)
    recalled: frozenset = frozenset()  # the earlier occasion's years, when it points back at one ("that storm")
    context: frozenset = frozenset()  # every name its article(s) give anywhere (set by Weights)
    topic: frozenset = frozenset()  # a list line's label words ("- Defence: EUR 6.8 billion"): what its figure is of
    local: bool = False  # its figures come from a local authority ("the prefecture said"): told for its area
    scenario: bool = False  # it names a scenario ("best-case", "at worst"): see _scenario

    @property
    def strong(self) -> bool:
        return bool(self.figs)


def _sig_digits(x: float) -> int:
    s = f"{abs(x):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(s))


def _date_info(v: Value) -> float:
    if v.unit == "day":
        return 0.55
    if v.unit == "weekday":
        return 0.35
    if v.unit == "month":
        return 0.3 if not isinstance(v.value, list) else 0.25
    if v.unit == "year":
        return 0.2
    return 0.05


def _info(v: Value) -> float:
    val = v.value
    if v.kind == "tally":
        return 0.6
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


def _date_keys(v: Value) -> tuple:
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


def _value_keys(f: FigureFrame) -> tuple:
    val = f.value.value
    if f.cls == "tally":  # (and its measure: "split 5-2" meets "divided four to three", a rival count of one vote)
        return ((f"tally:{val}",) + ((f"h:{f.head}:tally",) if f.head else ())
                + ((f"m:{f.measure}:tally:",) if f.measure else ()))
    xs = val if isinstance(val, list) else [val]
    keys = [f"{f.cls}:{_num_key(float(x))}" for x in xs if isinstance(x, (int, float))]
    if f.measure:
        keys.append(f"m:{f.measure}:{f.cls}:{f.change}")
    keys.extend(_quantity_keys(f))
    return tuple(keys)




def _quantity_keys(f: FigureFrame) -> list[str]:
    """Keys shared by figures that may be reports of one quantity: same class, same kind of counted thing,
    magnitudes within a few times of each other (half-decade buckets and their neighbour)."""
    iv = f.interval
    if iv is None or iv.lo <= 0 or math.isinf(iv.hi):
        return []
    counted = "people" if f.counted_class.startswith("role:") or f.counted_class in PEOPLE_CLASSES else f.counted_class
    first = math.floor(2 * math.log10(iv.lo))
    last = math.floor(2 * math.log10(iv.hi * MAX_RATIO_EXACT))
    # (a sum told a year meets plain sums and sums told per day, week or month: its keys are both's)
    rates = ("", RATE_PER_TIME) if f.rate == RATE_PER_YEAR else (f.rate,)
    return [f"q:{f.cls}:{counted}:{r}:{b}" for r in rates for b in range(first, last + 1)]


def _clause_words(claim: Claim, v: Value, tokens: list) -> frozenset:
    """Content words of a figure's clause, without the words naming measures (the measure is compared on its
    own; "recruit" shared by two clauses says nothing more about whose figure it is)."""
    a, b = v.start - claim.start, v.end - claim.start
    lo, hi = clause_bounds(claim.text, a, b, 60)
    return frozenset(c for pos, c in tokens if lo <= pos < hi and c not in _MEASURE_KEYS)


def _measure_keys() -> frozenset:
    from claims.frames import _MEASURE_OF
    from claims.text_utils import canon

    return frozenset(canon(w) for w in _MEASURE_OF)


_MEASURE_KEYS = _measure_keys()


# (the lookaheads let the engine reject, cheaply, the positions where no match can start: every word below
# starts with "d" or "r", every name with a capital)
_DENIAL = re.compile(r"\b(?=[dr])(?:denied|denies|deny|denying|disputed|disputes|reject(?:s|ed)?[\"”’']?\s+(?:the\s+|all\s+|any\s+)?"
                     r"(?:claims|reports|suggestions|accusations|allegations|charges)"
                     r"|dismissed\s+(?:claims|reports)|refuted|refutes)\b", re.I)
def _negative(it: Item) -> bool:
    """Does the claim say what is not, or will not be ("would not withdraw the bill", "ruled out")? (Asked only
    of a refusal's partner: most pairs hold no refusal.)"""
    return it.refusal or _NEGATION.search(it.claim.text) is not None


#: any negation ("would not withdraw", "no plans to", "won't")
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|none|nothing)\b|n['’]t\b", re.I)
#: weekdays and months, capitalised but never a name ("on Friday", "in September")
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(m.capitalize() for m in MONTHS if len(m) > 3)


def _date_word(word: str) -> bool:
    """A weekday or a month, possessive too ("Friday", "September's"). (The words come from name runs, which
    hold no comma.)"""
    return bare_word(word) in _DATE_WORDS


#: runs of capitalised words (one name: "National Alternative", "World Health Organization"), not at the start of the
#: text or of a sentence (the capital comes first, so that the engine tries the lookbehinds at capitals only; they
#: say, of the word's first letter: a word's start, not the text's first letter, not after ". ")
_NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])(?<![.!?]\s[A-Z])(?<!^[A-Z])[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")


class _NamesOfRun(dict):
    """A run of capitalised words as found (one name: "National Alternative", "on Friday") -> the name keys it gives,
    kept on its first look-up (names recur across claims: a cache on a small vocabulary)."""

    def __missing__(self, run: str) -> tuple[str, ...]:
        words = [w for w in run.split() if not _date_word(w)]  # "on Friday", "in September's"
        if len(words) == 1:
            got: tuple[str, ...] = (name_key(words[0]),)  # (a run starts with a capital)
        else:
            got = tuple([name_key(w) for w in words if w[:1].isupper()])
            short = acronym(words)
            if short:
                got += (short,)  # "the National Alternative" is "the NA" in the next report
        self[run] = got
        return got


_NAMES_OF_RUN: dict[str, tuple[str, ...]] = _NamesOfRun()


#: two or more capitalised words opening a sentence (the first not a function word: "The", "In", "On")
_OPENING_NAME = re.compile(r"\W*([A-Z][\w'’.-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)+")


def build_item(claim: Claim, doc: int, pub: dt.date | None = None) -> Item:
    return _build_item(claim, doc, pub, PROPER_FIRST.get())


def _build_item(claim: Claim, doc: int, pub: dt.date | None, proper: frozenset[str], complete: bool = True,
                era: dt.date | None = None) -> Item:
    """The item of one claim; ``complete=False`` leaves out what only pairs of items use (:func:`_complete`)."""
    text = claim.text
    if claim.values:
        toks = content_tokens(text)
        seq = [c for _, c in toks]
    else:  # no figure and no date: the clause words (offsets) are never asked for
        toks = []
        seq = content_words(text)
    item = Item(claim, doc, frozenset(seq), docs=frozenset((doc,)), pub=pub, era=pub or era)
    cwords = None
    if claim.values:  # (no value, no figure frame)
        cwords = claim_words(text.lower())  # (read once for the figure frames and the act)
        for f in figure_frames(claim, cwords=cwords):
            item.figs.append(Fig(f, _info(f.value), _clause_words(claim, f.value, toks), _value_keys(f)))
        filed = filed_end(claim)
        for v in claim.values:
            if v.kind == "time":
                iv = interval(v)
                if iv is not None:
                    # (told to the minute: "at 4.12am", "at about 4.30pm", "at 16:30"; not on the hour)
                    item.clocks.append((v.unit, iv, "" if float(v.value) % 60 == 0 else v.text))
                continue
            if v.kind != "date" or v.unit == "relative":
                continue
            item.dates.append(DateFig(v, _date_info(v), _clause_words(claim, v, toks), _date_keys(v),
                                      date_parts(v), " ".join(v.text.split()), filed=v.start - claim.start < filed))
    item.act = act_frame(claim, cwords)
    if item.figs:
        low = text.lower()
        item.local = any(h in low for h in _LOCAL_HINTS) and _LOCAL_SOURCE.search(text) is not None
        item.scenario = ("best" in low or "worst" in low) and _SCENARIO.search(text) is not None
    lm = _LIST_LABEL.match(text) if item.figs else None
    if lm:
        item.topic = frozenset(content_words(lm.group(1)))
    if complete:
        _complete(item, seq)
    else:
        item.seq = seq
    runs = _NAME_RUN.findall(text)
    opening = _OPENING_NAME.match(text)
    if opening and opening.group(1) not in NAME_STOP:
        runs.append(opening.group(0))  # "Councils Scotland's offer ...": a name opening the sentence, as its owner is
    names = set(chain.from_iterable(map(_NAMES_OF_RUN.__getitem__, runs)))
    first = FIRST_WORD.match(text)
    if first and first.group(1) in proper:
        names.add(name_key(first.group(1)))  # "Casilonia has a population of ...": a name, not a capital letter
    item.names = frozenset(names)
    return item


def _complete(item: Item, seq: list[str]) -> None:
    """What only the comparison of an item with another uses: its bigrams, status and denial."""
    item.bigrams = frozenset(map(" ".join, pairwise(seq)))  # (a join of each pair: faster than a format)
    item.status = claim_status(item.claim)
    item.fact_first = item.status is Status.FUTURE and fact_before_future(item.claim)
    text = item.claim.text
    # (every wording of a denial holds one of these strings, in some case: an ASCII claim without any is not searched)
    low = text.lower()
    item.denial = (not text.isascii() or "den" in low or "disput" in low or "reject" in low or "dismissed" in low
                   or "refut" in low) and _DENIAL.search(text) is not None
    item.refusal = "ruleout" in item.tokens  # (the content word every wording of a refusal folds to: text_utils.PHRASES)
    if item.refusal:
        # what is ruled out is told right after "ruled out" ("ruled out closing any factory"), or before "is not on
        # the table" ("closing a factory was not being considered")
        k = seq.index("ruleout")
        m = _REFUSAL.search(item.claim.text)
        after = m is not None and m.group()[:3].lower() == "rul"
        item.refused = frozenset(seq[k + 1:k + 3] if after else seq[max(0, k - 3):k])
    if item.claim.values:  # (a year is a value: no value, no year)
        item.years = years_named(item.claim.text)
        # the years of the claim's resolved dates too ("Last September" in a June 2025 report is in 2024)
        resolved = {b[0].year for b in (date_bounds(d.value) for d in item.dates) if b and b[0].year == b[1].year}
        if item.years or resolved or " ago" in item.claim.text or " last year" in item.claim.text:
            # ("two years ago", "in March last year" name no year)
            # (a figure naming the event's kind, "the 23-vehicle crash of January 2019", is not what the claim tells)
            first = min((x.frame.value.start for x in item.figs if not _fig_compound(item, x)), default=None)
            item.earlier = earlier_event_years(item.claim.text, item.era,
                                               None if first is None else first - item.claim.start)
        if resolved - item.years:
            item.years = item.years | resolved
        if item.earlier - item.years:
            item.years = item.years | item.earlier  # ("two years ago" in 2025 is 2023, as "in 2023" names it)
    if item.recalled and not item.earlier:
        item.earlier, item.years = item.recalled, item.years | item.recalled
    item.seq = None


#: the wordings of a refusal (the phrase every one of them folds to "ruleout")
_REFUSAL = re.compile(next(rx for rx, key in PHRASES if key == "ruleout"), re.I)


class Weights:
    """Inverse document frequency of content words over the claims being aligned."""

    def __init__(self, items: list[Item]):
        df: Counter = Counter(chain.from_iterable([it.tokens for it in items]))
        n = len(items) + PRIOR
        self.df = df
        self.n = n
        counts = name_counts(items)
        self.mains = main_names(items, counts)
        context = {d: frozenset(c) for d, c in counts.items()}  # every name each article gives
        for it in items:
            it.context = context[it.doc] if len(it.docs) == 1 else frozenset().union(*(context[d] for d in it.docs))
        pairs = conversions(items)
        self.rates = currency_rates(items, pairs)
        #: figures told beside their own conversion ("900 million euros ($990 million)"): id -> (the other currency,
        #: the rate that claim gives into it); such a figure meets another article's figure of that currency at its own
        #: claim's rate, never at the rates pooled over the articles (one article's wrong conversion, or one of another
        #: day, may pull their median far from the claim's)
        self.partners: dict[int, tuple[str, float]] = {}
        for xa, xb in pairs:
            va, vb = float(xa.frame.value.value), float(xb.frame.value.value)
            self.partners[id(xa)], self.partners[id(xb)] = (xb.frame.cls, vb / va), (xa.frame.cls, va / vb)
        _widen_nested_places(items)
        _mark_only_values(items)
        values: dict[tuple[int, str], set] = defaultdict(set)
        for it in items:
            for x in it.figs:
                fr = x.frame
                if fr.measure and fr.interval is not None:
                    for d in it.docs:
                        values[(d, fr.measure)].add((fr.interval.lo, fr.interval.hi))
        #: per article and measure, how many different values it gives ("23 died on June 15, 20 on June 16")
        self.measure_values = {k: len(v) for k, v in values.items()}
        self.converted: dict[tuple[int, str, float], Fig] = {}
        # weights in integer thousandths: sums are then exact, whatever order a set is walked in
        self.idf = {t: round(1000 * math.log(n / (c + 0.5))) for t, c in df.items()}
        self.default = round(1000 * math.log(n / 0.5))
        weight = self.idf.__getitem__
        for it in items:
            it.mass = sum(map(weight, it.tokens))  # (every token of an item is counted in df)
            for f in it.figs:
                f.fmass = self._clause_mass(f.words, it.tokens)
            for d in it.dates:
                d.fmass = self._clause_mass(d.words, it.tokens)

    def own_rate(self, xa: Fig, xb: Fig) -> float | None:
        """The rate from ``xa``'s currency into ``xb``'s that one of the two claims gives itself, when either figure
        is told beside its own conversion into the other's currency (see ``partners``)."""
        ca, cb = self.partners.get(id(xa)), self.partners.get(id(xb))
        if ca is not None and ca[0] == xb.frame.cls:
            return ca[1]
        return 1 / cb[1] if cb is not None and cb[0] == xa.frame.cls else None

    def convert(self, x: Fig, cls: str, rate: float | None = None) -> Fig | None:
        """``x`` in the currency of ``cls`` at the rate the articles themselves give (or at ``rate``), or None when
        none does."""
        if rate is None:
            rate = self.rates.get((x.frame.cls, cls))
        if rate is None or x.frame.interval is None:
            return None
        key = (id(x), cls, rate)
        got = self.converted.get(key)
        if got is None:
            iv = x.frame.interval
            # (the rate a text gives is rounded, and may be another day's: 2% either way)
            frame = replace(x.frame, cls=cls, interval=Interval(iv.lo * rate * 0.98, iv.hi * rate * 1.02))
            got = self.converted[key] = Fig(frame, x.info, x.words, x.keys, x.fmass, x.compound, x.descriptor, x.only)
        return got

    def _clause_mass(self, words: frozenset, tokens: frozenset) -> int:
        if not words <= tokens:  # (a clause's words are its claim's, unless built otherwise: weigh them too)
            for t in words:
                self.idf.setdefault(t, self.default)
        return sum(map(self.idf.__getitem__, words))

    def w(self, t: str) -> float:
        return self.idf.get(t, self.default) / 1000

    def mass(self, toks) -> int:
        idf, d = self.idf, self.default
        return sum(idf.get(t, d) for t in toks)

    def overlap(self, a: frozenset, b: frozenset, ma: float | None = None, mb: float | None = None) -> float:
        """Weighted Dice coefficient of two token sets (``ma``/``mb``: their masses, when known)."""
        inter = a & b
        if not inter:
            return 0.0
        ma = self.mass(a) if ma is None else ma
        mb = self.mass(b) if mb is None else mb
        if not ma + mb:
            return 0.0
        return 2 * sum(map(self.idf.__getitem__, inter)) / (ma + mb)


@dataclass(slots=True)
class PairEval:
    relation: Relation | None
    score: float
    why: str
    sim: float = 0.0
    figs: tuple | None = None  # the deciding figures (a, b)
    strong: bool = False  # a difference between figures whose named measures match


#: each measure's relatives over every family it is in
_FAMILY = {m: frozenset().union(*(f for f in MEASURE_FAMILIES if m in f)) for m in frozenset().union(*MEASURE_FAMILIES)}


def _same_family(a: str, b: str) -> bool:
    fam = _FAMILY.get(a)
    return fam is not None and b in fam


#: counted classes of things, never of people
_THINGS = frozenset(c for c in COUNTED_CLASSES.values() if not c.startswith("role:") and c not in PEOPLE_CLASSES)


def _people_and_things(fa: FigureFrame, fb: FigureFrame) -> bool:
    """One figure counts the people its measure names ("stranded thousands of passengers"), the other things
    ("cancelled around 6,000 flights"): never one fact (RELATIONS.md §1: counted thing)."""
    return ((fa.measure == "passengers" and not fa.counted_class and fb.counted_class in _THINGS)
            or (fb.measure == "passengers" and not fb.counted_class and fa.counted_class in _THINGS))


def counted_fit(fa: FigureFrame, fb: FigureFrame, measure_named: bool) -> bool:
    """May two figures count the same thing? The same noun or class, jobs and the employees who hold them
    under one measure, and a generic group of people against a role only when the measure fixes who."""
    if fa.cls != fb.cls or not rates_fit(fa.rate, fb.rate):
        return False
    if fa.cls != "count":
        return True
    ca, cb = fa.counted_class, fb.counted_class
    if _people_and_things(fa, fb):
        return False
    if ca == cb or not ca or not cb:
        return True
    if frozenset((ca, cb)) in COUNTED_FIT:
        return measure_named
    a_people = ca == "people" or ca in PEOPLE_CLASSES or ca.startswith("role:")
    b_people = cb == "people" or cb in PEOPLE_CLASSES or cb.startswith("role:")
    if a_people and b_people:
        return measure_named or ca == "people" or cb == "people"
    return False


def _nationals(f: FigureFrame) -> bool:
    """Does the figure count a nation's people by their name ("133,000 Russians", "2,000 Britons")?"""
    last = f.value.text.rsplit(None, 1)[-1]
    return f.counted_class == "people" and last[:1].isupper() and last[1:].islower() and f.value.text[:1].isdigit()


def _nationals_and_role(fa: FigureFrame, fb: FigureFrame) -> bool:
    """A nation's people against people in a role ("133,000 Russians to be drafted" against "24,000 defendants to be
    sent"): two groups, one inside the other, never two tellings of one count (RELATIONS.md §1: subject); unless the
    role is told of the same nation's people ("98 Tervanian prisoners" are some of "112 Tervanians" told otherwise)."""
    if fa.peoples & fb.peoples:
        return False
    return ((fb.counted_class.startswith("role:") and _nationals(fa))
            or (fa.counted_class.startswith("role:") and _nationals(fb)))


def _nations_clash(fa: FigureFrame, fb: FigureFrame, rel: str) -> bool:
    """Two counts of two peoples ("98 Tervanian prisoners" against "80 Olmerian detainees"): two groups; and, told
    different, one people's count against a count of people of any nation ("98 Tervanian prisoners" against "In all,
    192 people were exchanged"): a part against its whole."""
    na, nb = fa.peoples, fb.peoples
    if na and nb:
        return not (na & nb)
    other = fb if na else fa
    # (a toll or a count of the missing counts people, whatever noun it names: "the death toll rose to 13")
    return rel == "different" and bool(na or nb) and (
        other.counted_class == "people" or (not other.counted_class and other.measure in PEOPLE_MEASURES))


_NO_NAMES: frozenset[str] = frozenset()
#: the keys of words that many institutions' names share ("City Council", "National Union"): a name is not known by
#: one of these alone
_SUB = frozenset((SUB_AREA,))
GENERIC_NAME_KEYS = frozenset(name_key(w) for w in (
    "city council county state national regional federal international group company union party government "
    "ministry office department agency authority court bank university hospital police association institute "
    "committee board service services news airline airport general public central").split())


def _options(keys: frozenset[str]) -> frozenset[str]:
    """The ballot options among a figure's owner keys ("option:yes", see claims.frames._vote_option)."""
    return frozenset(k for k in keys if k.startswith("option:"))


def _names_but_owners_of_others(it: Item, f: FigureFrame) -> frozenset[str]:
    """The claim's names, less those it gives as the owners of its other figures (a list of whose figures)."""
    others = [x.frame.owners for x in it.figs if x.frame is not f and x.frame.owners]
    if not others:
        return it.names
    return it.names - (frozenset().union(*others) - f.owners)


def _owners_clash(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item) -> bool:
    """Whose or where: both figures name it and neither name occurs in the other claim (Airline A's 1,400 vs
    Airline B's 1,200; 158 schools in Glasgow vs 112 in Edinburgh); or one names a subject ("rival Valmont's
    6-7% target") that the other claim's article never names."""
    if fa.org and fb.org:
        if fa.org != fb.org:
            return True  # "the insurer paid out 2.1 million crowns" vs "the state has paid 800,000 crowns"
    elif not (fa.owners or fb.owners) and (not (fa.agents or fa.places or fa.anchors)
                                           or not (fb.agents or fb.places or fb.anchors)):
        # (most pairs: no owner on either side and nothing named on one: every test below needs a name on both sides,
        # or an owner on one)
        return False
    oa, ob = fa.owners, fb.owners
    opa = _options(oa) if oa else oa
    opb = _options(ob) if ob else ob
    if opa or opb:
        # a ballot's option ('a 50.2% "yes" vote') is whose share it is against another option or a candidate ("Ana Ruiz
        # won 42.16%"); a share told with no owner may be either
        if (opa and opb and opa.isdisjoint(opb)) or (opa and not opb and (ob or fb.agents)) \
                or (opb and not opa and (oa or fa.agents)):
            return True
        oa, ob = oa - opa, ob - opb
    # (whose and where together too: the Glasgow council's 158 schools against 112 schools in Edinburgh)
    pa, pb = fa.places - _SUB, fb.places - _SUB  # (an unnamed part of the country clashes with no named place)
    wa, wb = oa or fa.agents, ob or fb.agents
    an, bn = a.names, b.names
    if len(b.figs) > 1 and wa:
        bn = _names_but_owners_of_others(b, fb)  # "..., Dorvik 877,000 cars, VRX nearly 628,000 cars": the
    if len(a.figs) > 1 and wb:  # claim names Dorvik, but as whose other figure, not as VRX's figure's
        an = _names_but_owners_of_others(a, fa)
    # (each pair of name sets in turn, the next built only when the one before does not clash)
    if (wa and wb and wa.isdisjoint(wb) and wa.isdisjoint(bn) and wb.isdisjoint(an)) or (
            pa and pb and pa.isdisjoint(pb) and pa.isdisjoint(bn) and pb.isdisjoint(an)):
        return True
    x, y = wa | pa, wb | pb
    if x and y and x.isdisjoint(y) and x.isdisjoint(bn) and y.isdisjoint(an):
        return True
    x, y = wa or fa.anchors, wb or fb.anchors
    if x and y and x.isdisjoint(y) and x.isdisjoint(bn) and y.isdisjoint(an):
        return True
    # (a name of several words is known by any of its own words: "Glasgow City Council" against "in Glasgow", not
    # against "the council's"; and known to the other report when its article names it anywhere: "the judges
    # divided four to three" is the Supreme Court's in an article about that court)
    if oa and not ob:
        xa = oa - b.names
        if xa and xa.isdisjoint(b.context) and not (oa - xa - GENERIC_NAME_KEYS) and not _said_in(xa, b):
            return True
    elif ob and not oa:
        xb = ob - a.names
        if xb and xb.isdisjoint(a.context) and not (ob - xb - GENERIC_NAME_KEYS) and not _said_in(xb, a):
            return True
    return False


#: a place and the wider one it lies in, as reports write them: "in Tai Po, Hong Kong", "Mayfield, Kentucky", "Hong Kong's
#: Tai Po district", "the Tai Po district of Hong Kong"
_NESTED_PLACE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?![\w'’-])(?!,?\s+(?:and|or)\b)(?!\s+(?:on|said|says|told)\b)(?!\s+[A-Z])"  # (not "in Velmar, Chief Minister
    # Ana Ruiz said": a title and a name, no place)
    r"|\b(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?P<d>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|county"
    r"|province|region|area|borough|neighbou?rhood|prefecture|suburb)\b"
    r"|\b(?P<e>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|county|province|region|area|borough|prefecture)\s+of\s+"
    r"(?P<f>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
#: what a match of _NESTED_PLACE needs: a comma before a capital (the first wording), or an area word (the others)
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
_AREA_WORDS = ("district", "county", "province", "region", "area", "borough", "neighbo", "prefecture", "suburb")


def _widen_nested_places(items: list[Item]) -> None:
    """A figure placed in a town the reports elsewhere place inside a wider place ("in Tai Po", and "Tai Po, Hong Kong"
    in some report) is placed in that wider place too: "killed 55 in Tai Po" and "killed 36 in Hong Kong" are told of
    one place, not of two (without a gazetteer, the reports themselves say what lies in what)."""
    wider: dict[str, set[str]] = defaultdict(set)
    for it in items:
        text = it.claim.text
        if ", " not in text and "'s " not in text and "’s " not in text and " of " not in text:
            continue
        if _COMMA_CAPITAL.search(text) is None and not any(w in text for w in _AREA_WORDS):
            continue  # (no wording of _NESTED_PLACE can match)
        for m in _NESTED_PLACE.finditer(text):
            inner, outer = (m.group("a"), m.group("b")) if m.group("a") else (
                (m.group("d"), m.group("c")) if m.group("c") else (m.group("e"), m.group("f")))
            ik, ok = place_keys(inner), place_keys(outer)
            if ik and ok and ik.isdisjoint(ok):
                for k in ik:
                    wider[k] |= ok
    if not wider:
        return
    for it in items:
        for x in it.figs:
            f = x.frame
            if f.places:
                extra = set().union(*(wider.get(k, ()) for k in f.places)) - f.places
                if extra:
                    f.places = f.places | extra


def _said_in(keys: frozenset, it: Item) -> bool:
    """Does the claim use a word of these name keys at all ("Opposition leader X repeated his party's claim" opens
    with the word, so it is no name there, yet it says whose figure it is)?"""
    return any(t.startswith(k) for k in keys for t in it.tokens if len(k) >= 4)


def foreign_subject(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item, mains: dict[int, frozenset]) -> bool:
    """One figure's subject or actor is a name the other claim never gives and that is not the main subject of the
    other's article, while the other figure names none ("Skyfare's 2023 breach exposed 4.3 million" against "the
    data of 4.3 million customers was taken"): weaker than an owner clash, so the model weighs it."""
    if bool(fa.owners or fa.agents) == bool(fb.owners or fb.agents):
        return False  # (most pairs: neither names whose figure, or both do)
    for x, y, other in ((fa, fb, b), (fb, fa, a)):
        mine = (x.owners or x.agents) - other.names - mains.get(other.doc, frozenset())
        if mine and not (y.owners or y.agents):
            return True
    return False


def _scope_differs(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item, mains: dict[int, frozenset],
                   fits: bool = False) -> bool:
    """One figure is placed ("in Glasgow") and the other is not, and the place is neither named in the other
    claim nor the main place of either article (then the unplaced figure may be for the whole); with ``fits`` (two
    values that fit), nor named anywhere in the other article, unless the placed figure is a part ("4,600 of the
    job cuts"). A sum over a list of places ("in Velmar and Dornland") and one place's figure are two scopes. Two
    figures both told for the whole country ("Across France, 412,000" and "412,000 nationwide") share their scope."""
    if fa.whole and fb.whole and fa.part == fb.part:
        return False
    if fa.part != fb.part and not (fa.places and fb.places and fa.places & fb.places):
        # "412 flights cancelled on Tuesday alone" is a part of "1,180 over the two days" (not when the other claim
        # names whose part it is: "Corvane alone cancelled 270" ~ "Corvane said it cancelled 274 of its flights")
        return not (_part_named_by_other(fa, b) or _part_named_by_other(fb, a))
    if fa.places and fb.places and fa.several != fb.several:
        return True  # "93 in Velmar and Dornland" vs "9 in Dornland": the sum of two places and one of them
    if bool(fa.places) == bool(fb.places):
        # "in neighbouring Mersk" vs "in Kellen": two places; vs "in Mersk": one place, told as the neighbour once
        # (an unnamed part of the country, "the capital's", may be any named place)
        if SUB_AREA in fa.places or SUB_AREA in fb.places:
            return False
        return bool(fa.places) and not (
            {k.removeprefix(NEIGHBOUR_MARK) for k in fa.places} & {k.removeprefix(NEIGHBOUR_MARK) for k in fb.places})
    if fits and fa.measure == fb.measure == "passengers":
        return False  # those on board one vessel are counted by the vessel, wherever it foundered ("a boat with as many
        # as 95 on board ran aground off Orla" ~ "at least 95 passengers were on board")
    placed, other, x = (fa.places, b, a) if fa.places else (fb.places, a, b)
    main = mains.get(a.doc, frozenset()) | mains.get(b.doc, frozenset())
    if placed & other.names or placed & main:
        return False
    if fits and placed & other.context:
        # (two values that fit, the place named anywhere in the other article: the story's place, which the other
        # report leaves unsaid; two values that differ are more often two places' figures than rival ones)
        # ("Around 4,600 of the job cuts will fall in Kaldora": a part of a whole, placed where only the part is)
        f = fa if fa.places else fb
        return OF_THE.match(x.claim.text, f.value.end - x.claim.start) is not None
    return True



def _part_named_by_other(f: FigureFrame, other: Item) -> bool:
    """A part told by whose it is ("Corvane Airlines alone cancelled more than 270 flights") against a claim that
    names the same actor ("Corvane said it had cancelled 274 of its own flights"): both tell that actor's part."""
    return f.part and not f.places and bool(f.agents) and f.agents <= other.names


def _part_apart(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item) -> bool:
    """One figure a part and the other not, in no shared place, and neither part named by whose it is in the other
    claim: a part of a whole and the whole ("the capital's turnout", "274 of its own flights" of the airport's 412)."""
    return fa.part != fb.part and not (fa.places & fb.places) and not (
        _part_named_by_other(fa, b) or _part_named_by_other(fb, a))


def _scopes_apart(fa: FigureFrame, fb: FigureFrame) -> bool:
    """One figure is told for the whole country or world ("Nationwide, police made 64 arrests") and the other for a
    place in it ("27 arrests in Corvenne"): two scopes, never one fact (RELATIONS.md §1). The whole of the very place
    the other names is its scope ("across Orlesia" is "in Orlesia")."""
    if fa.whole == fb.whole or fa.places == fb.places:
        return False
    return (fa.whole and bool(fb.places)) or (fb.whole and bool(fa.places))


def _same_story(a: Item, b: Item, mains: dict[int, frozenset]) -> bool:
    """Do the two claims' articles name the same main subjects (the same story, where a toll of 21 and one of 36
    are one measure at two moments)?"""
    ma = mains.get(a.doc)
    mb = mains.get(b.doc)
    return ma is not None and mb is not None and not ma.isdisjoint(mb)


#: "1.92 billion euros ($2.23 billion)": a sum followed by the same sum in another currency
_CONVERSION = re.compile(r"\s*[(\[]\s*")


def conversions(items: list[Item]) -> list[tuple[Fig, Fig]]:
    """Every money figure told beside its conversion into another currency, in either order ("1.92 billion euros
    ($2.23 billion)"), as a pair of the two figures in the order told."""
    out = []
    for it in items:
        money = [x for x in it.figs if x.frame.cls.startswith("money:")]
        if len(money) < 2:
            continue
        money.sort(key=lambda x: x.frame.value.start)
        text, off = it.claim.text, it.claim.start
        for xa, xb in zip(money, money[1:], strict=False):
            fa, fb = xa.frame, xb.frame
            va, vb = fa.value.value, fb.value.value
            if (fa.cls != fb.cls and isinstance(va, float) and isinstance(vb, float) and va > 0 and vb > 0
                    and _CONVERSION.fullmatch(text, fa.value.end - off, fb.value.start - off)):
                out.append((xa, xb))
    return out


def currency_rates(items: list[Item], pairs: list[tuple[Fig, Fig]] | None = None) -> dict[tuple[str, str], float]:
    """Exchange rates the articles give themselves ("1.92 billion euros ($2.23 billion)"), by (from, to) money
    class: the median of every such pair, so that "$2.2 billion" can be compared with "1.92 billion euros"
    (RELATIONS.md §2: units are normalised first). No table of rates: a desk whose texts give none converts none.
    ``pairs``: :func:`conversions` of ``items``, when known."""
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    for xa, xb in conversions(items) if pairs is None else pairs:
        fa, fb = xa.frame, xb.frame
        va, vb = float(fa.value.value), float(fb.value.value)
        found[(fa.cls, fb.cls)].append(vb / va)
        found[(fb.cls, fa.cls)].append(va / vb)
    return {k: statistics.median(v) for k, v in found.items()}


def _mark_only_values(items: list[Item]) -> None:
    """Mark each figure whose articles give no other value for the thing it counts ("1,150 firefighters" where
    its article counts firefighters once): two such figures of one story that fit are likely one quantity."""
    values: dict[tuple[int, str, str], set] = defaultdict(set)
    counted = []
    for it in items:
        for x in it.figs:
            f, iv = x.frame, x.frame.interval
            if f.counted_class and f.counted_class != "people" and iv is not None:
                counted.append((it, x))
                for d in it.docs:
                    values[(d, f.cls, f.counted_class)].add((iv.lo, iv.hi))
    for it, x in counted:
        f = x.frame
        x.only = all(len(values[(d, f.cls, f.counted_class)]) == 1 for d in it.docs)


def name_counts(items: list[Item]) -> dict[int, Counter]:
    """Per document, how many of its claims give each name."""
    names_of: dict[int, list[frozenset]] = defaultdict(list)
    for it in items:
        for d in it.docs:
            names_of[d].append(it.names)
    return {d: Counter(chain.from_iterable(names)) for d, names in names_of.items()}


def main_names(items: list[Item], counts: dict[int, Counter] | None = None) -> dict[int, frozenset]:
    """Per document, the names its claims mention most (at least half as often as its most named one, and
    twice at least): whose figures its claims give when they name no one. ``counts``: :func:`name_counts`, when
    the caller has them."""
    if counts is None:
        counts = name_counts(items)
    out = {}
    for d, c in counts.items():
        top = max(c.values(), default=0)
        out[d] = frozenset(k for k, n in c.items() if n >= max(2, top / 2))
    return out


#: a figure told to the hundredth ("2,652.75 points", "$85.30 a barrel"): a reading of a market, not a rounded count
_HUNDREDTHS = re.compile(r"\d\.\d\d(?!\d)")


def _readings_apart(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item) -> bool:
    """Two unequal exact figures told to the hundredth on two different days: readings of two sessions (a price or an
    index level moves every day; a report of the same reading gives the same digits), whatever the rounding rule
    makes of their closeness (RELATIONS.md §1: time)."""
    if (fa.value.value == fb.value.value or fa.value.approx or fb.value.approx
            or not (_HUNDREDTHS.search(fa.label) and _HUNDREDTHS.search(fb.label))):
        return False
    if fa.when and fb.when:
        return spans_apart(fa.when, fb.when)
    if a.guessed or b.guessed:
        return False
    # (a reading no day is told for is its article's day's)
    da = fa.when or ((a.pub, a.pub) if a.pub else None)
    db = fb.when or ((b.pub, b.pub) if b.pub else None)
    return da is not None and db is not None and spans_apart(da, db)


#: measures counted afresh each day (a day's cancellations, a day's delays, a session's turnover) or read off a gauge
#: (a gust): told for two different days they are two days' counts or readings, not one figure revised
_DAILY_FLOWS = frozenset(("cancelled", "delayed", "gusts", "revenue"))


#: a count of admissions to hospital ("had been admitted", "were taken to hospital", "in all, 104 were hospitalised"),
#: not of those in hospital at one moment
_ADMITTED = re.compile(r"\b(?:admitted|admissions?|taken\s+to|brought\s+to|rushed\s+to|airlifted\s+to)\b", re.I)


def _admitted_and_in(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item) -> bool:
    """One figure counts admissions to hospital and the other those still in hospital ("Of those, 73 were still in
    hospital"): two counts, however the values meet (RELATIONS.md §1: measure)."""
    def admitted(f: FigureFrame, it: Item) -> bool:
        return not f.remaining and _ADMITTED.search(it.claim.text) is not None

    def still_in(f: FigureFrame, it: Item) -> bool:
        return f.remaining and _ADMITTED.search(it.claim.text) is None

    return (admitted(fa, a) and still_in(fb, b)) or (admitted(fb, b) and still_in(fa, a))


#: a figure put forward, not decided: "had proposed a penalty of", "put forward a fine" (not "provisional": provisional
#: results are a count)
_PROPOSAL = re.compile(r"\b(?:proposed|proposing|put\s+forward|floated|pencilled\s+in|penciled\s+in)\b",
                       re.I)


@lru_cache(maxsize=65536)
def _proposal_in(text: str) -> bool:
    """Does a claim's text hold a proposal word anywhere? (Most do not: then no figure of it needs a closer look.)"""
    return _PROPOSAL.search(text) is not None


def _proposed(it: Item, f: FigureFrame) -> bool:
    """Is the figure told as a proposal (within its clause's reach before or after it)?"""
    text, off = it.claim.text, it.claim.start
    if not _proposal_in(text):
        return False
    a, b = f.value.start - off, f.value.end - off
    return _PROPOSAL.search(text, max(0, a - 60), min(len(text), b + 60)) is not None


def _flows_apart(fa: FigureFrame, fb: FigureFrame) -> bool:
    """Two counts of a measure counted afresh each day (or two readings of a gauge), each told for one day (a date or
    a weekday) and the days different, neither a running total ("since Monday", "rose to"): two days' counts
    (RELATIONS.md §1: time). (Only days the texts tell: a count dated by its article's day alone is often a running
    total, "operations cancelled so far".)"""
    if fa.measure not in _DAILY_FLOWS or fb.measure != fa.measure or fa.since or fb.since or fa.level or fb.level:
        return False
    if (fa.when is None and fa.weekday is None) or (fb.when is None and fb.weekday is None):
        return False
    if (fa.when and fa.when[0] != fa.when[1]) or (fb.when and fb.when[0] != fb.when[1]):
        return False
    return not _dates_fit(fa.when, fa.weekday, fb.when, fb.weekday)


def _since_another_day(fa: FigureFrame, fb: FigureFrame) -> bool:
    """A running total of a daily count since one day ("has cancelled around 6,000 flights since Friday") and one
    day's count of another day ("more than 400 flights were cancelled on Saturday"): the day is a part of the total,
    never an earlier reading of it (that day's own count may be: "86 cancelled on Tuesday", "212 since Tuesday")."""
    if fa.measure not in _DAILY_FLOWS or fa.measure != fb.measure:
        return False
    run, day = (fa, fb) if fa.since else (fb, fa)
    if (run.when is None and run.weekday is None) or (day.when is None and day.weekday is None):
        return False
    return not _dates_fit(run.when, run.weekday, day.when, day.weekday)


def _time_relation(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item, guess: bool = False) -> Relation:
    """conflict or update for two incompatible values of one frame (RELATIONS.md §3). (Figures for different
    periods, "in 2025" and "in 2026", are different frames; the caller does not ask.) ``guess``: an undated
    article's guessed publication day counts (it names which of the two a linked pair is; the evidence that the pair
    is one fact never rests on a guess)."""
    fa, fb = _as_of_now(fa), _as_of_now(fb)
    if (fa.mark is TimeMark.PAST) != (fb.mark is TimeMark.PAST):
        return UPDATE  # "had previously put it at ...", "up from ..."
    if spans_apart(fa.when, fb.when):
        return UPDATE  # different "as of" dates
    if fa.weekday is not None and fb.weekday is not None and fa.weekday != fb.weekday:
        return UPDATE  # "still missing on Monday" against "on Tuesday", neither article dated: two days
    if ((fa.weekday is not None and fb.when) or (fb.weekday is not None and fa.when)) \
            and not _dates_fit(fa.when, fa.weekday, fb.when, fb.weekday):
        return UPDATE  # "on Monday" in an undated article against "on Tuesday" dated 11 March: two days
    if (fa.mark is TimeMark.LATEST) != (fb.mark is TimeMark.LATEST) and not (fa.when and fb.when):
        return UPDATE  # "rose to 480" against an earlier figure
    if fa.mark is TimeMark.PAST and fb.mark is TimeMark.PAST:
        return UPDATE  # both marked as past, no order between them
    if fa.measure == "share price" == fb.measure and {_trading_moment(fa, a), _trading_moment(fb, b)} == {"close",
                                                                                                       "intraday"}:
        return UPDATE  # "9% higher at midday" then "closed 6.4% higher": two moments of one trading day
    guessed = a.guessed or b.guessed
    if a.pub and b.pub and a.pub != b.pub and not (fa.when and fb.when) and (guess or not guessed):
        if fa.measure in _ONE_OFF and fa.measure == fb.measure:
            return CONFLICT  # the size of a march that is over: rival counts, whichever day told them
        if guessed and _same_day_named(a, b):
            return CONFLICT  # a guessed publication day says nothing against the day both claims name
        return UPDATE  # reported on different days
    return CONFLICT


#: measures of something over and done at one moment (a march's size, a crowd's): told on two days, two
#: counts of it are rivals, not a count and its update (unless a text marks one as revised: "raised its count to")
_ONE_OFF = frozenset(("protesters", "attendance"))


_CLOSE_BEFORE = re.compile(r"\b(?:clos(?:ed|ing|es)|end(?:ed|ing|s)|finish(?:ed|ing|es))\s+(?:the\s+day\s+)?(?:\w+\s+)?$",
                           re.I)
_INTRADAY = re.compile(r"\b(?:at\s+midday|at\s+noon|midday|mid-?morning|in\s+early\s+(?:trading|deals)|early\s+trading"
                       r"|by\s+\d{3,4}\s+GMT|at\s+\d{1,2}[:.]\d{2}|\d{4}\s+GMT)\b", re.I)


def _trading_moment(f: FigureFrame, it: Item) -> str:
    """"close" for a share move told as the close ("closed 6.4% higher"), "intraday" for one told during trading
    ("9% higher at midday", "down 7% by 1100 GMT"), else ""."""
    text, off = it.claim.text, it.claim.start
    a, b = f.value.start - off, f.value.end - off
    if _CLOSE_BEFORE.search(text, max(0, a - 30), a):
        return "close"
    lo, hi = clause_bounds(text, a, b)
    return "intraday" if _INTRADAY.search(text, lo, hi) else ""


def _same_day_named(a: Item, b: Item) -> bool:
    """Do the two claims name one and the same day ("on Saturday" in an undated report, "Saturday's march" in one of
    Sunday)?"""
    for da in a.dates:
        for db in b.dates:
            rel = compare_date_parts(da.dparts, db.dparts)
            if rel == "equal":
                return True
            if rel == "compatible" and {da.dparts[0], db.dparts[0]} == {"interval", "weekday"}:
                lo, hi = (da if da.dparts[0] == "interval" else db).dparts[1]
                if lo == hi:
                    return True
    return False


def _act_planned_and_done(a: Item, b: Item) -> bool:
    """Do the two claims report one act (same verb, a shared object), to come in one and done in the other?"""
    x, y = a.act, b.act
    return (x is not None and y is not None and x.act == y.act and bool(x.objects & y.objects)
            and x.status is not y.status and not (x.negated or y.negated))


def _not_yet_then_done(x: ActFrame, y: ActFrame) -> bool:
    """One act not yet done by a day ("had not lodged an appeal by Wednesday") and done on a later one ("on Thursday
    lodged an appeal"): the first day is when it was still to come, not another act's day."""
    if x.act != y.act or x.negated == y.negated:
        return False
    before, after = (x, y) if x.negated else (y, x)
    return before.when is not None and after.when is not None and before.when[1] <= after.when[0]


def _dates_fit(x: tuple | None, wx: int | None, y: tuple | None, wy: int | None) -> bool:
    if x and y:
        return x[0] <= y[1] and y[0] <= x[1]
    if x and wy is not None:
        return (x[1] - x[0]).days >= 6 or any((x[0] + dt.timedelta(days=i)).weekday() == wy
                                                for i in range((x[1] - x[0]).days + 1))
    if y and wx is not None:
        return _dates_fit(y, wy, x, wx)
    if wx is not None and wy is not None:
        return wx == wy
    return True


#: figures that describe (an age range, a term) rather than count an outcome
_DESCRIPTIVE = frozenset(("age", "duration", "distance"))
_RANK = {"equal": 3, "compatible": 2, "possible": 1, "different": 0}


def _relate_values(fa: FigureFrame, fb: FigureFrame) -> str | None:
    ia, ib = fa.interval, fb.interval
    if ia is None or ib is None:
        return None
    if ia == ib:
        return "equal"
    # (intervals that overlap as they stand touch within any tolerance: Interval.touches() is asked only of the others)
    if (ia.lo <= ib.hi and ib.lo <= ia.hi) or ia.touches(ib):
        if fa.value.approx or fb.value.approx:
            return "compatible"
        # two bare values are equal when they say the same number to the coarser one's precision ("4.1%" ~ "4.10%",
        # "3,000" ~ "3,000 jobs"); "4.25%" and "4.1%" only overlap within reporting's rounding (RELATIONS.md §2)
        return "equal" if _same_number(fa.value, fb.value) else "compatible"
    return "different"


def _same_number(va: Value, vb: Value) -> bool:
    x, y = va.value, vb.value
    if not isinstance(x, (int, float)) or not isinstance(y, (int, float)) or va.unit != vb.unit:
        return True  # (ranges, and values in two units or scales: their intervals already say it)
    if x == y:
        return True
    places = min(_decimals(va.text), _decimals(vb.text))
    return round(x, places) == round(y, places)


def _decimals(text: str) -> int:
    m = _DECIMALS.search(text)
    return len(m.group(1)) if m else 0


_DECIMALS = re.compile(r"\d\.(\d+)")


def _note(trace: list | None, *row: object) -> None:
    if trace is not None:
        trace.append(row)


#: a plan given up: "has dropped her appeal", "called off the strike", "abandoned the bid"
_GIVEN_UP = re.compile(r"\b(?:dropped|abandoned|scrapped|withdrawn|withdrew|called\s+off|shelved|gave\s+up|given\s+up)\s+"
                       r"(?:(?:her|his|its|their|the|a|an|our|this|that|any)\s+)?(?:(?:planned|proposed|threatened)\s+)?"
                       r"(?:appeal|appeals|plan|plans|bid|strike|proposal|case|claim|lawsuit|suit|challenge|deal|merger"
                       r"|takeover|talks|march|protest|visit|trip|project|action|complaint|threat)\b")


def _given_up(text: str) -> bool:
    """Does the claim tell a plan given up (_GIVEN_UP)? (Every match holds one of the verbs' strings tested first, in
    this case: most claims hold none.)"""
    return ("dropped" in text or "abandoned" in text or "scrapped" in text or "withdr" in text or "called" in text
            or "shelved" in text or "gave" in text or "given" in text) and _GIVEN_UP.search(text) is not None


def _years_before(f: FigureFrame, other: Item, g: FigureFrame, undated: bool) -> bool:
    """Is ``f`` told of a year that ended more than a year before ``g``, a figure of ``other``'s present (dated, or with
    ``undated``, told with no date, so at its report's day)? ("a storm that killed 17 people in 2009" against this
    week's toll: no update, and no agreement with "rose to 17 on Wednesday" either)"""
    if f.period is None and f.when is None:
        return False  # (most figures: told for no period nor day, so for no earlier one)
    # (an undated report's present is its era: the newest day or year its set of reports names)
    told = g.when[0] if g.when is not None else other.era if undated or g.weekday is not None else None
    span = f.period or (f.when if f.when is not None and (told is None or (told - f.when[1]).days > 3 * 366) else None)
    if span is None or g.period is not None or told is None or _recalls_undated(other):
        return False  # (nor when the other recalls an earlier occasion without its year: it may be this one)
    # (a toll of people over a calendar year, "23 deaths in industrial fires in 2025", is no count of this week's
    # event however recent that year; a sum or a rate of a year is still that year's news a few months on; a figure
    # told for a day years back, "a tsunami that killed 61 people on May 22, 1960", is that day's)
    lo, hi = span
    tally = f.measure in PEOPLE_MEASURES and not f.since and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31)
    # ("In February, 96 people died when their boat hit rocks" in a June report: a month's toll, months before the
    # toll of this week's event, is another occasion's)
    month = f.measure in PEOPLE_MEASURES and not f.since and (hi - lo).days < 40 and f.period is not None
    if (told - hi).days <= (0 if tally else 45 if month else 366):
        return False
    # (a claim that names a past year of its own, "in the summer of 2023", tells that year, read or not)
    for v in other.claim.values:
        y = _YEARISH.search(v.text) if v.kind == "date" else None
        if y is not None and int(y.group()) < told.year:
            return False
    return True


def compare_figs(xa: Fig, xb: Fig, a: Item, b: Item, wts: Weights,
                 trace: list | None = None) -> tuple[str | None, float, bool]:
    """("agree" | "differ" | None, strength, named) for two figures of two claims: do their frames fit
    (RELATIONS.md §1), and do their values then agree or differ (§2)? ``named``: both texts name the same
    measure (and the same kind of change), the strongest evidence of one frame. (The hand-written rule; the
    model in :func:`evaluate` takes its verdict as one feature among others.)"""
    fa, fb = xa.frame, xb.frame
    if fa.cls != fb.cls or not rates_fit(fa.rate, fb.rate) or fa.base != fb.base or fa.cohort != fb.cohort:
        return None, 0.0, False
    rel = _relate_values(fa, fb)
    if rel is None:
        return None, 0.0, False
    if (fa.change and fb.change and fa.change != fb.change) or fa.negated != fb.negated:
        rel = "different"
    ma, mb = fa.measure, fb.measure
    named = bool(ma) and ma == mb and fa.change == fb.change
    return rule_verdict(xa, xb, a, b, wts, rel, named, wts.overlap(xa.words, xb.words, xa.fmass, xb.fmass),
                        _owners_clash(fa, fb, a, b), trace)


def _years_apart(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item) -> bool:
    """Two figures each told for a whole year, and not the same one ("lost 61 million last year" against "had lost 83
    million in 2024", revenue of 2025 against the guidance for this year): two facts, never one figure changing (a
    month's reading of a series may be updated by the next month's). So too a past year's figure and a past month's
    outside it ("paid $31.5 million for it in 2024" against "the record of $44 million set in May 2026"; a plan "by
    2030" is no period of what is done)."""
    pa, pb = fa.period, fb.period
    if pa is None or pb is None or not spans_apart(pa, pb):
        return False
    da, db = (pa[1] - pa[0]).days, (pb[1] - pb[0]).days
    if da >= 360 and db >= 360:
        return True
    era = min((d for d in (a.era, b.era) if d is not None), default=None)
    return max(da, db) >= 360 and min(da, db) >= 27 and era is not None and max(pa[1], pb[1]) < era


def _forecast_and_outcome(fa: FigureFrame, fb: FigureFrame) -> bool:
    """One figure told as what will be (an intention or projection), the other as what is: with their periods
    apart ("would be back below 3.5% by March", "rose to 4.1% in October") they are two facts, never an update."""
    ahead = (Status.INTENT, Status.FUTURE)
    return (fa.status in ahead) != (fb.status in ahead)


#: measures that are never a reading of another measure or of an unnamed figure: a survey's margin of error. (Not a
#: threshold, "the 50% the law requires" may be told as "half the votes"; nor a chance, whose wordings are many:
#: "put the probability of a cut at 45%" is read without a measure)
_STANDALONE = frozenset(("margin of error",))


def rule_verdict(xa: Fig, xb: Fig, a: Item, b: Item, wts: Weights, rel: str, named: bool, fsim: float,
                 owners_clash: bool, trace: list | None = None, update: bool | None = None,
                 scope_differs: bool | None = None, ratio: float | None = None) -> tuple[str | None, float, bool]:
    """:func:`compare_figs` once the values' relation, the named measure, the clause overlap and the owners'
    clash are known (the features compute them anyway). What the caller knows already of two values that differ:
    ``update``, whether :func:`_time_relation` (not guessing) says UPDATE; ``scope_differs``, what
    :func:`_scope_differs` says; ``ratio``, their intervals' ratio (math.inf when either has none)."""
    fa, fb = xa.frame, xb.frame
    ma, mb = fa.measure, fb.measure
    if periods_apart(fa, fb):
        _note(trace, "period", fa.label, fb.label)
        return None, 0.0, False  # 2025's deficit and 2026's: two figures, not one changing
    if ma and mb and ma != mb and not _same_family(ma, mb):
        _note(trace, "measure", fa.label, ma, fb.label, mb)
        return None, 0.0, False  # killed != missing, cut != hired
    # no measure word, but the same governing word on both sides ("an offer of 5%" ~ "the offer of 6%")
    headed = not named and not ma and not mb and same_head(fa.head, fb.head) and fa.change == fb.change
    fit = counted_fit(fa, fb, named)
    if not fit or owners_clash:
        if trace is not None:
            _note(trace, "counted" if not fit else "owners", fa.label, fa.counted_class, sorted(fa.anchors), fb.label,
                  fb.counted_class, sorted(fb.anchors))
        return None, 0.0, False
    # a count is never linked to an intention or projection; for descriptive figures (ages, durations)
    # the status read from wording says nothing
    status_differs = not fa.status.fits(fb.status) and fa.cls not in _DESCRIPTIVE
    if status_differs and named:
        _note(trace, "status", fa.label, fa.status, fb.label, fb.status)
        return None, 0.0, False
    if rel == "different" and fa.change and fb.change and fa.change != fb.change and not named:
        return None, 0.0, False  # "unemployment fell a point" vs "VAT rose a point"
    if trace is not None:
        _note(trace, rel, fa.label, ma, fb.label, mb, round(fsim, 2), named)
    if rel in ("equal", "compatible"):
        if status_differs:
            return None, 0.0, False
        strength = min(xa.info, xb.info) * (0.7 + 0.6 * fsim) * (1.0 if rel == "equal" else 0.85)
        if named or headed:
            strength += 0.25
        elif bool(ma) != bool(mb) and not (fa.counted_class and fb.counted_class and not _same_counted(fa, fb)):
            strength += 0.1  # one text names the measure, the other names none that contradicts it
        return "agree", strength, named or headed
    if status_differs or fa.status is not fb.status and Status.UNMARKED in (fa.status, fb.status) and not named:
        return None, 0.0, False
    if _scope_differs(fa, fb, a, b, wts.mains) if scope_differs is None else scope_differs:
        if trace is not None:
            _note(trace, "scope", fa.label, sorted(fa.places), fb.label, sorted(fb.places))
        return None, 0.0, False  # one figure for a place, the other for the whole
    if ratio is not None:
        r = ratio
    else:
        r = (interval_ratio(fa.interval, fb.interval, count=fa.cls == "count")
             if fa.interval and fb.interval else math.inf)
    if named:
        limit = MAX_RATIO_FRAME if not (fa.exact and fb.exact) else MAX_RATIO_NAMED_EXACT
        if (_time_relation(fa, fb, a, b) is UPDATE) if update is None else update:
            limit = MAX_RATIO_UPDATE  # a toll that rose from 2 to 8 over four days
        if r > limit:
            if trace is not None:
                _note(trace, "ratio", fa.label, fb.label, round(r, 2))
            return None, 0.0, False
        if (fa.cls != "count" and xa.words and xb.words and not (xa.words & xb.words)
                and not _same_counted(fa, fb)):
            if trace is not None:
                _note(trace, "subject", fa.label, sorted(xa.words), fb.label, sorted(xb.words))
            return None, 0.0, False  # "the education budget cut by €120m" vs "aid cut by €350m"
        return "differ", fsim + 0.3, True
    if headed and r <= MAX_RATIO_NAMED_EXACT and (fsim >= HEADED_DIFFER_FRAME or _same_story(a, b, wts.mains)):
        return "differ", fsim + 0.15, True
    if (fsim >= UNNAMED_DIFFER_FRAME and r <= MAX_RATIO_EXACT and _same_counted(fa, fb)
            and (ma or mb)):
        return "differ", fsim, False
    return None, 0.0, False


def same_head(x: str, y: str) -> bool:
    """The same governing word, up to the stemmer's loose ends ("deliveries" -> "delivery", "delivered" ->
    "deliver")."""
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= 6 and long.startswith(short) and len(long) - len(short) <= 2


#: nouns that count people of an age: a part of any toll ("Among the dead were 28 children and 30 adults")
_AGE_GROUPS = frozenset("child girl boy teenager teen infant baby toddler minor adult".split())


def _ages_apart(fa: FigureFrame, fb: FigureFrame) -> bool:
    """One figure counts people of an age and the other does not, or of another age ("28 children" against "24
    people were confirmed dead", "40 adults" against "28 children"): a part and the whole, or two parts, never two
    readings of one count (RELATIONS.md §1: counted thing, scope)."""
    ga = fa.counted if fa.counted in _AGE_GROUPS else ""
    gb = fb.counted if fb.counted in _AGE_GROUPS else ""
    return ga != gb and bool(fa.counted) and bool(fb.counted)


def _roles_clash(fa: FigureFrame, fb: FigureFrame) -> bool:
    """Two figures counting people in two different roles ("nine protesters were injured" against "eleven officers
    were hurt"): two subjects, never one fact (RELATIONS.md §1: subject)."""
    # (a firm's staff are workers in a role of their own beside soldiers: "250 troops" are not "1,200 line workers")
    ca, cb = fa.counted_class, fb.counted_class
    if ca == cb:
        return False  # (most pairs: the same class, or none on either side)
    ca, cb = ("role:worker" if ca == "worker" else ca), ("role:worker" if cb == "worker" else cb)
    return (ca != cb and ca.startswith("role:") and cb.startswith("role:") and ca not in LOOSE_ROLES
            and cb not in LOOSE_ROLES and not any(ca in g and cb in g for g in ROLE_GROUPS))


def _same_counted(fa: FigureFrame, fb: FigureFrame, wa: frozenset = frozenset(), wb: frozenset = frozenset()) -> bool:
    """The same counted thing, named on both sides and not just "people" (or two names of one thing under one
    measure). ``wa``, ``wb``: the content words of each figure's claim, when known (a unit of stuff counts one thing
    when both say what it is of, or one says it and the other's claim names it under the same measure: "20 tonnes of
    fuel had leaked" ~ "the fuel that has escaped, 240 tonnes")."""
    if (fa.measure and fa.measure == fb.measure and fa.counted_class != fb.counted_class
            and frozenset((fa.counted_class, fb.counted_class)) in COUNTED_FIT):
        return True  # "400,000 homes lost power" ~ "410,000 customers were cut off": one thing under one measure
    return (bool(fa.counted_class) and fa.counted_class == fb.counted_class and fa.counted_class != "people"
            and (fa.counted not in _STUFF_UNITS or (bool(fa.stuff) and fa.stuff == fb.stuff) or (
                bool(fa.measure) and fa.measure == fb.measure
                and ((bool(fa.stuff) and not fb.stuff and fa.stuff in wb)
                     or (bool(fb.stuff) and not fa.stuff and fb.stuff in wa)))))


#: units of stuff: two tonnages of one story may be its harvest, its imports and its reserve ("the reserve holds
#: 140,000 tonnes", "bought 120,000 tonnes"): the unit says what they are measured in, not that they count one thing
_STUFF_UNITS = frozenset(("tonne", "ton", "kilogram", "barrel", "gallon", "hectare", "acre"))


@dataclass(slots=True)
class PairEvidence:
    """Everything the model weighs for one pair of claims (also what ``benchmarks.train_align`` fits on)."""

    sim: float
    bigram: float
    agree: list  # (features, xa, xb, rel) for figure pairs with compatible values
    differ: list  # (features, xa, xb, update) for figure pairs with incompatible values
    date_rank: int | None
    date_pair: tuple | None
    fig_mismatch: bool
    background: bool = False  # the only figures the two share are background ("the three districts")
    _prop: list[float] | None = None

    def prop(self, a: Item, b: Item, wts: Weights) -> list[float]:
        """The proposition features (computed only when a pair needs them)."""
        if self._prop is None:
            self._prop = prop_features(a, b, wts, self.sim, self.bigram, self.date_rank, self.fig_mismatch)
        return self._prop


_LOCAL = (r"(?:prefecture(?:\s+of\s+police)?|city\s+hall|town\s+hall|mayor(?:['’]s\s+office)?|municipality"
          r"|(?:city|town|county|district)\s+council|local\s+(?:police|authorities|officials|council))")
#: a local authority as the source of a claim's figures: "the prefecture said", "according to city hall" (a figure it
#: gives is its area's, never a nationwide one, RELATIONS.md §1: place and scope)
_LOCAL_SOURCE = re.compile(rf"(?i:\baccording\s+to\s+(?:the\s+)?{_LOCAL}\b|\b{_LOCAL}\s+(?:said|says|counted|reported"
                           r"|estimated|put|puts|gave|told|added)\b)")
_LOCAL_HINTS = ("prefecture", "hall", "mayor", "municipal", "council", "local")
#: a list line that labels its figure ("- Defence: EUR 6.8 billion", "* Education and culture: €6.9bn")
_LIST_LABEL = re.compile(r"\s*[-*•–]\s+([A-Z][^:\d]{1,60}?):\s+(?=\S*\d|[€$£]|EUR|USD|GBP)")


def pair_evidence(a: Item, b: Item, wts: Weights, features: bool = True) -> PairEvidence:
    """What the model weighs for two claims. ``features=False``: the figure pairs kept, without their features (None)
    nor, for values that differ, their time relation (False): for a caller that only asks which pairs are kept."""
    inter = a.tokens & b.tokens
    sim = 2 * sum(map(wts.idf.__getitem__, inter)) / (a.mass + b.mass) if inter and a.mass + b.mass else 0.0
    abi, bbi = a.bigrams, b.bigrams
    bigram = 0.0 if abi.isdisjoint(bbi) else 2 * len(abi & bbi) / (len(abi) + len(bbi))
    agree: list = []
    differ: list = []
    comparable = False
    background = False
    if a.figs and b.figs and not ((a.topic and a.topic.isdisjoint(b.tokens))
                                  or (b.topic and b.topic.isdisjoint(a.tokens))):
        # (a list line's figure is its label's: "- Defence: EUR 6.8 billion" is not the education budget)
        rates = wts.rates
        pending = []
        for xa0 in a.figs:
            for xb in b.figs:
                xa = xa0
                fa, fb = xa.frame, xb.frame
                if fa.cls != fb.cls and rates and fa.cls.startswith("money:") and fb.cls.startswith("money:"):
                    # "$2.2 billion" against "1.92 billion euros ($2.23 billion)"; "EUR 900m ($990m)" against "$1.4bn" at
                    # the rate its own claim gives
                    conv = wts.convert(xa, fb.cls, wts.own_rate(xa, xb) if wts.partners else None)
                    if conv is not None:
                        xa, fa = conv, conv.frame
                # (the tests below that call a helper first ask, inline, what the helper's own first test asks: most
                # pairs have no period, window, day, role or people named, and the helper is then never called; a
                # label opening on a digit is never a vague count's)
                if (fa.cls != fb.cls or (fa.rate != fb.rate and not rates_fit(fa.rate, fb.rate)) or fa.base != fb.base
                        or fa.cohort != fb.cohort
                        or (fa.other_occasion != fb.other_occasion and not (fa.when and fa.when == fb.when)
                            and not (fa.period and fa.period == fb.period))):
                    continue  # (the previous meeting's vote is not this meeting's, nor its update, unless both name its day
                    # or its month: "Before that, inflation peaked at 9.1% in May 2029" ~ "a 9.1% peak in May 2029"; the women's
                    # rate is no one else's)
                if (fa.counted_class != fb.counted_class and fa.counted_class and fb.counted_class) and (
                        fa.counted_class.startswith("list:") or fb.counted_class.startswith("list:")):
                    continue  # "cattle, goats and sheep" together are not the cattle alone (most pairs count one
                    # thing, or name none on a side: the prefixes are read only for two named things)
                if (fa.measure == "passengers" or fb.measure == "passengers") and _people_and_things(fa, fb):
                    continue  # "stranded thousands of passengers" is no count of the 6,000 flights cancelled
                if fa.measure != fb.measure and (fa.measure in _STANDALONE or fb.measure in _STANDALONE):
                    continue  # a survey's error is never a reading of anything else
                if ((SUB_AREA in fa.places and not fb.places and OWN_AREA.search(a.claim.text))
                        or (SUB_AREA in fb.places and not fa.places and OWN_AREA.search(b.claim.text))):
                    continue  # "the capital's pass rate" is no reading of the pass rate the story tells for all (but
                    # "teams are now working in the region" may be the story's own region)
                if fa.joint != fb.joint:
                    continue  # three parties' 57 seats together are no one party's 37
                if (fa.subject and fb.subject and not fa.measure and not fb.measure and fa.cls == "percent"
                        and fa.subject.isdisjoint(fb.subject)):
                    continue  # "Vehicle theft fell 3.1%" is no reading of "Recorded crime fell 3.2%" (where a measure is
                    # named, its words say what changed: "Headline inflation was 3.8%" ~ "Annual inflation was 3.8%")
                if (fa.peak and fb.remaining) or (fb.peak and fa.remaining):
                    continue  # 412,000 without power at the peak, 231,000 still without it: two counts
                if fa.measure == "hospitalised" == fb.measure and _admitted_and_in(fa, fb, a, b):
                    continue  # 104 admitted to hospital since Tuesday, 52 still in hospital on Friday: two counts
                if fa.measure in _BALLOTS and fb.measure in _BALLOTS and _weeks_apart(fa, fb):
                    continue  # a ballot in January and one in March are two votes, not one result updated
                rel = _relate_values(fa, fb)
                if rel is None:
                    continue
                if rel == "different" and fa.other_occasion and fb.other_occasion and not (
                        fa.when and fa.when == fb.when) and not (fa.period and fa.period == fb.period):
                    continue  # "an earlier fine of EUR 410m" and "a EUR 520m penalty handed down earlier this year": two
                    # earlier occasions, unless both name the same day or period
                if (fa.segment and fb.segment and fa.segment != fb.segment) or (rel == "different" and (
                        fa.consensus != fb.consensus or fa.segment != fb.segment)):
                    continue  # data center revenue of $51.2bn is no rival of the company's $57bn, nor analysts'
                    # expected $54.9bn of either (equal values may still be one figure told with and without its label)
                if rel != "different" and ((not fa.label[:1].isdigit() and _VAGUE_LABEL.match(fa.label))
                                           or (not fb.label[:1].isdigit() and _VAGUE_LABEL.match(fb.label))):
                    continue  # "the dozens of people killed" fits any toll from 24 to 99 and "hundreds of homes" any count
                    # of them: an order of magnitude is no evidence that two reports tell one fact (a vague count far
                    # from a figure still differs from it: "tens of thousands" against "an estimated 1 million")
                if fa.negated != fb.negated and rel != "different":
                    rel = "different"  # "might not fall below 3.5%" against "would be back below 3.5%": not so, so
                comparable = True
                if (fa.change and fb.level) or (fb.change and fa.level):
                    continue  # "rises by 2.4%" is the size of a change, "will reach 2.4%" a level: two facts
                if rel != "different" and bool(fa.change or fa.added) != bool(fb.change or fb.added) \
                        and not (fa.measure or fb.measure) and fa.cls != "percent":  # ("an extra €50" is a rise)
                    continue  # "the limits exceed the advice by almost 37,000 tonnes" is a gap, "the cod limit is
                    # 36,150 tonnes" a level: with no measure named on either side, close values do not make them one
                pa, pb = fa.period, fb.period
                if pa is not None and pb is not None and periods_apart(fa, fb) and (
                        rel != "different" or _forecast_and_outcome(fa, fb) or _years_apart(fa, fb, a, b)):
                    continue  # revenue of €1.1bn in 2023 and of €1.14bn for 2024: two facts that happen to be close
                if rel == "different" and fa.standing != fb.standing:
                    continue  # 40 million "former and prospective customers", 7.8 million "current postpaid
                    # customers", 100 million customers: groups of another standing, not rival counts of one
                if fa.window is not None and fb.window is not None and _windows_apart(fa.window, fb.window):
                    continue  # 21 dead "between April 30 and July 15", 77 "from July 9 to 22": two windows of the
                    # toll, two scopes however they overlap (RELATIONS.md §1)
                if pa is not None and pb is not None and _periods_nested(pa, pb):
                    continue  # the two people killed in January 2019 are a part of the nine killed between 2016 and
                    # 2025: no reading of one fact
                if ((pa is not None or fa.when is not None) and _years_before(fa, b, fb, rel == "different")) or (
                        (pb is not None or fb.when is not None) and _years_before(fb, a, fa, rel == "different")):
                    continue  # "Cyclone Berrin, a Category 4 system that killed 17 people in 2009": another occasion
                if rel == "different" and fa.since != fb.since and (
                        (fb.period if fa.since else fa.period) is not None or _since_another_day(fa, fb)):
                    continue  # 350,000 mobilised since the war began is no rival of the 133,000 of one autumn draft,
                    # nor 6,000 flights cancelled since Friday of Saturday's 700
                if rel == "different" and fa.change and fb.change and spans_apart(_change_span(fa, a),
                                                                                 _change_span(fb, b)):
                    # raised by a quarter point on Thursday, by half a point in June: two moves, not one figure told
                    # twice (a level is updated over time; a change belongs to its moment)
                    continue
                if (_owners_clash(fa, fb, a, b) or (fa.whole != fb.whole and _scopes_apart(fa, fb))
                        or (fa.counted_class != fb.counted_class and _roles_clash(fa, fb))
                        or (fa.whole and not fb.whole and b.local) or (fb.whole and not fa.whole and a.local)
                        or (fa.added and not fb.added and not fb.change) or (fb.added and not fa.added and not fa.change)
                        or (rel == "different" and fa.measure != fb.measure and _measures_clash(fa, fb) and fa.exact
                            and fb.exact)
                        or (rel == "different" and fa.counted_class != fb.counted_class and _nationals_and_role(fa, fb))
                        or ((fa.peoples or fb.peoples) and _nations_clash(fa, fb, rel))
                        or (rel == "different" and fa.counted != fb.counted and _ages_apart(fa, fb))):
                    # Airline A's figure is not Airline B's, nationwide is not Corvenne, protesters are not officers;
                    # killed 2,100 is not 2,300 missing (each helper after a test of what it needs first, inline: two
                    # measures, counted classes or nouns that differ; most pairs share them)
                    continue
                if fa.change and fb.change and fa.change != fb.change:
                    rel = "different"
                if rel == "different" and not fa.status.fits(fb.status) and fa.cls not in _DESCRIPTIVE:
                    continue  # analysts "expect" EUR 2.2bn, the company "reported" EUR 1.9bn: an estimate is never
                    # a rival of a count (RELATIONS.md §1: status); ages and durations say nothing by their wording
                if rel == "different" and Status.FACT in (fa.status, fb.status) and _proposed(a, fa) != _proposed(b, fb):
                    continue  # "had originally proposed a penalty of 59.3 million" against "fined 41.5 million": a
                    # proposal is not the decision made, nor an earlier reading of it (RELATIONS.md §1: status)
                if rel == "different" and _fig_conditional(a, xa) != _fig_conditional(b, xb):
                    continue  # "could reach EUR 600m if the recall is widened": another scenario, no rival figure
                if rel == "different" and ((fa.listed and fb.counted_class in ("", "people"))
                                           or (fb.listed and fa.counted_class in ("", "people"))):
                    continue  # "46 miners and six rescuers died": each a part, no rival of "14 people were killed"
                if (a.scenario or b.scenario) and (sa := _scenario(a, xa)) != (sb := _scenario(b, xb)) and (
                        "best" in (sa, sb) or rel == "different"):
                    continue  # "in the best case about 45 dead" is neither a reading nor a rival of "could exceed 90"
                    # (the worst case is what "as much as" projects: "at worst 6%" ~ "could shrink as much as 6%")
                if rel != "different" and _readings_apart(fa, fb, a, b):
                    continue  # "closed at 2,652.75" (Monday) and "closed at 2,734.95" (Tuesday): two sessions' readings
                if fa.measure in _DAILY_FLOWS and _flows_apart(fa, fb):
                    continue  # 420 flights cancelled on Monday, 510 (or about 400) on Tuesday: each day's own count
                pending.append((rel, xa, xb))
        if pending:
            # each figure stands for one fact: figures matched by compatible values on the same measure ("21 killed,
            # 62 injured" ~ "21 died, more than 60 hurt") are not then set against the other text's other figures
            # (as in the loop above, a helper is called only when what its own first test asks holds: a change for
            # _peak, a figure marked as past for _superseded, one part for _part_apart, a group for _part_of_the_other;
            # most figure pairs have none of these)
            used_a: set[int] = set()
            used_b: set[int] = set()
            for rel, xa, xb in pending:
                fa, fb = xa.frame, xb.frame
                if rel != "different" and not (fa.measure != fb.measure and _measures_clash(fa, fb)) \
                        and not ((fa.change or fb.change) and _peak(fa) != _peak(fb)) \
                        and (fa.status.fits(fb.status) or fa.cls in _DESCRIPTIVE) \
                        and not ((fa.mark is TimeMark.PAST and _superseded(a, xa, b, xb))
                                 or (fb.mark is TimeMark.PAST and _superseded(b, xb, a, xa))) \
                        and not (fa.part != fb.part and _part_apart(fa, fb, a, b)):
                    # (the day's high, "as much as 11%", is not where a share stood at midday: no match to keep; nor
                    # is a part, "including two fishermen", a match of "two people are still missing"; nor a
                    # projection, "could climb to as many as 90", a match of the toll of 65 it happens to fit)
                    used_a.add(id(xa))
                    used_b.add(id(xb))
            for rel, xa, xb in pending:
                fa, fb = xa.frame, xb.frame
                if rel == "different":
                    if id(xa) in used_a or id(xb) in used_b or _fig_compound(a, xa) or _fig_compound(b, xb):
                        continue
                    if (fa.change or fb.change) and _peak(fa) != _peak(fb):
                        continue  # the day's low ("at one point down 7%") and the close ("closed 4.8% lower"): two facts
                    if fa.part and fb.part and not (fa.places & fb.places) and not (
                            fa.peoples and fa.peoples == fb.peoples):
                        # two parts of a whole ("52 of the stores to a co-op", "23 of them in the north"); one people's
                        # part told twice ("Eight of the dead were Kelvarian" ~ "Nine of the dead were Kelvarian") is one
                        continue
                    if fa.part != fb.part and _part_apart(fa, fb, a, b):
                        continue  # a part is no rival of the whole ("274 of its own flights" of the airport's 412)
                    if not features:
                        differ.append((None, xa, xb, False))
                        continue
                    update = _time_relation(fa, fb, a, b) is UPDATE
                    # (every pair kept here passed the owners' test above: no clash)
                    differ.append((fig_features(xa, xb, a, b, wts, sim, rel, update, False), xa, xb, update))
                elif fa.base and fb.base:
                    continue  # the base of a share is background, not the fact
                elif (fa.mark is TimeMark.PAST and _superseded(a, xa, b, xb)) or (
                        fb.mark is TimeMark.PAST and _superseded(b, xb, a, xa)):
                    continue  # "has risen from 410 to 589": the claim tells the 589; the 410 it replaced agrees with
                    # no report of the toll now (RELATIONS.md §3: the pair is judged by the claim's own reading)
                elif (fa.change or fb.change) and _peak(fa) != _peak(fb):
                    continue  # "fell as much as 7.1% in early trading" is the day's low, not where it closed
                elif fa.part != fb.part and _part_apart(fa, fb, a, b):
                    continue  # the capital's turnout is a part of the region's (RELATIONS.md §1: scope)
                elif (fa.part and fb.part and not (fa.places & fb.places) and (fa.agents or fb.agents)
                      and not (_part_named_by_other(fa, b) or _part_named_by_other(fb, a))):
                    continue  # Norrfly's own part is not Corvel's ("Corvel alone cancelled more than 270")
                elif (fa.group and _part_of_the_other(fa, fb)) or (fb.group and _part_of_the_other(fb, fa)):
                    continue  # "Of the people enrolled, 15,932 were included" is a part of "enrolled 16,480"
                elif (fa.cls == "duration" and background_period(a, xa) and background_period(b, xb)
                      and {y.frame.cls for y in a.figs if y.frame.cls != "duration"}
                      & {y.frame.cls for y in b.figs if y.frame.cls != "duration"}):
                    background = True  # "$61.2 billion over the next five years" ~ "$8.1 billion over the next five
                    # years": the period two sums are told over is background; the sums say whether it is one fact
                elif _fig_descriptor(a, xa) or _fig_descriptor(b, xb):
                    background = True  # so is a small number naming a group ("in the three hardest-hit districts",
                    # RELATIONS.md §1: identifying details are background)
                else:
                    agree.append((fig_features(xa, xb, a, b, wts, sim, rel, False, False) if features else None, xa, xb,
                                  rel))
    date_rank, date_pair, best = None, None, 0.0
    if a.dates and b.dates:
        for da in a.dates:
            for db in b.dates:
                rank = _RANK[compare_date_parts(da.dparts, db.dparts)]
                if rank == _RANK["different"] and (da.filed or db.filed) and not (a.figs and b.figs):
                    continue  # ("Nov. 13 (Ostnet) -- ... imposed rationing" tells no act of the 13th)
                s = min(da.info, db.info)
                if date_rank is None or rank > date_rank or (rank == date_rank and s > best):
                    date_rank, date_pair, best = rank, (da, db), s
    if a.clocks and b.clocks and (date_rank is None or date_rank >= _RANK["compatible"]):
        # the same day, or none told: "struck at 3.40am" ~ "at 03:40" is one moment (a same-day date at best);
        # "began at 9am" against "ended at 3pm" two (as two dates apart are)
        same_clock = [(x.touches(y)) for ca, x, _ in a.clocks for cb, y, _ in b.clocks if ca == cb]
        if same_clock:
            date_rank = _RANK["equal"] if any(same_clock) else _RANK["different"]
    fig_mismatch = bool(a.figs) and bool(b.figs) and not comparable
    return PairEvidence(sim, bigram, agree, differ, date_rank, date_pair, fig_mismatch,
                        background and not agree and not differ)


#: a condition the figure holds under: "could reach EUR 600m if the recall is widened", "unless talks resume"
_CONDITION_AFTER = re.compile(r"[\s,](?:if|unless)\s", re.I)
_CONDITION_BEFORE = re.compile(r"\W*(?:If|Unless|Should)\s")


_WORD_RUN = re.compile(r"[a-z]+")


def _own_act_apart(own: ActFrame, other: ActFrame, other_item: Item) -> bool:
    """Is an act a named actor tells as its own ("the Safety Board opened its own inquiry", "a separate
    investigation") apart from the other claim's act of that kind ("the prosecutor opened an investigation")? Not
    when the other claim names that actor too, as its act's agent, a name or a word."""
    return bool(own.agents) and not (own.agents & (other.agents | other_item.names)) and own.agents.isdisjoint(
        w[:5] for w in _WORD_RUN.findall(other_item.claim.text.lower()))


#: measures of one ballot's result: a vote held weeks apart from another is another vote
_BALLOTS = frozenset(("votes", "votes against", "turnout"))


def _weeks_apart(fa: FigureFrame, fb: FigureFrame) -> bool:
    """Do the days (or the month) the two figures are told for lie more than two weeks apart?"""
    x, y = fa.when or fa.period, fb.when or fb.period
    if x is None or y is None:
        return False
    gap = max(x[0], y[0]) - min(x[1], y[1])
    return gap.days > 14


def _windows_apart(x: tuple | None, y: tuple | None) -> bool:
    """Two spans of days told for two figures that do not begin and end on the same days (a day's slack each)."""
    return x is not None and y is not None and (abs(x[0] - y[0]) > 1 or abs(x[1] - y[1]) > 1)


def _periods_nested(x: tuple | None, y: tuple | None) -> bool:
    """Does one figure's period lie inside the other's, a span of years more than three times as long (a month or a
    year inside a decade)?"""
    if x is None or y is None:
        return False
    if (x[1] - x[0]) < (y[1] - y[0]):
        x, y = y, x
    return ((x[1] - x[0]).days > 730 and x[0] <= y[0] and y[1] <= x[1]
            and (x[1] - x[0]).days + 1 > 3 * ((y[1] - y[0]).days + 1))


def _conditional(it: Item, f: FigureFrame) -> bool:
    """Does the figure hold only under a condition its sentence states (RELATIONS.md §1: a projection of another
    scenario is not a rival of the figure told for this one)?"""
    text = it.claim.text
    b = f.value.end - it.claim.start
    return _CONDITION_AFTER.search(text, b) is not None or (
        _CONDITION_BEFORE.match(text) is not None and text.find(",", 0, f.value.start - it.claim.start) >= 0)


#: a scenario named: "best-case", "in the worst case", "at best", "at worst"
_SCENARIO = re.compile(r"\b(?:best|worst)[- ]case\b|\bat\s+(?:best|worst)\b", re.I)


def _scenario(it: Item, x: Fig) -> str:
    """The scenario a figure is told for, when its sentence names one near it ("in the best case the state will see
    about 45 dead"): "best" or "worst", else ""."""
    text, start = it.claim.text, x.frame.value.start - it.claim.start
    m = _SCENARIO.search(text, max(0, start - 80), x.frame.value.end - it.claim.start + 40)
    return "" if m is None else "best" if "best" in m.group().lower() else "worst"


def _fig_conditional(it: Item, x: Fig) -> bool:
    """:func:`_conditional`, once per figure."""
    c = x.conditional
    if c is None:
        c = x.conditional = _conditional(it, x.frame)
    return c


def _part_of_the_other(part: FigureFrame, whole: FigureFrame) -> bool:
    """Does ``part`` count a part of the group ``whole`` counts ("Of the people enrolled, 15,932 were included"
    against "the trial enrolled 16,480")? The group's words hold what governs the other figure."""
    return bool(part.group) and not whole.group and bool(whole.head) and whole.head in part.group


_PEAK = re.compile(r"(?i)(?:as\s+much\s+as|as\s+many\s+as|up\s+to)\s")


def _peak(f: FigureFrame) -> bool:
    """A change told by its extreme ("shares fell as much as 14%", "were at one point down 9%"): the furthest it
    went, not where it ended."""
    return bool(f.change) and f.status is not Status.FUTURE and (f.at_one_point or _PEAK.match(f.label) is not None)


def _fig_compound(it: Item, x: Fig) -> bool:
    """:func:`_compound`, once per figure."""
    c = x.compound
    if c is None:
        c = x.compound = _compound(it, x)
    return c


def _fig_descriptor(it: Item, x: Fig) -> bool:
    """:func:`_descriptor`, once per figure."""
    d = x.descriptor
    if d is None:
        d = x.descriptor = _descriptor(it, x)
    return d


_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|those|these)\s+(?:(?:last|first|other|remaining|same)\s+)?$", re.I)
#: "the 110-seat chamber", "the seven-judge court", "its 1,200-strong workforce": a figure folded into an adjective
#: after a definite determiner identifies the thing (RELATIONS.md §1: background), it is not a claim about it
_COMPOUND_AFTER = re.compile(r"-[a-z]+(?:-[a-z]+)?\s+[a-z]")
#: a determiner and at most two words before a figure folded into an adjective: "a 14-storey block", "the collapsed
#: 14-storey hotel" (the figure describes what the claim is about; it is not the fact told)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _descriptor(it: Item, x: Fig) -> bool:
    """A small count after a definite determiner names a group ("the three districts"), it does not state one."""
    v = x.frame.value
    text = it.claim.text
    a = v.start - it.claim.start
    if _compound(it, x) or _described_by(it, x):
        return True
    if _SUBJECT_RELATIVE.match(text, 0, a) and _MAIN_VERB_AFTER.search(text, v.end - it.claim.start):
        return True  # "The supplier of the system that grounded hundreds of flights has rejected ...": who is meant
    if v.kind != "count" or not isinstance(v.value, float) or v.value > 12:
        return False
    return _DEFINITE_BEFORE.search(text, max(0, a - 18), a) is not None


#: a sentence opening on its subject with a relative clause the figure is in ("The supplier of the computer system
#: that grounded hundreds of flights at Hallvik ..."), its main verb still to come: the clause identifies the subject
_SUBJECT_RELATIVE = re.compile(r"\W*(?:The|A|An)\s+(?:[\w'’-]+\s+){1,8}?(?:that|which|who)\s+[a-z]+(?:ed|s)\s+"
                               r"(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$")
_MAIN_VERB_AFTER = re.compile(r"[^,;:.]{0,80}?\s(?:has|have|had|is|are|was|were|will|says|said|rejects|rejected|denies"
                              r"|denied|insists|insisted|blames|blamed)\b")


def _folded(it: Item, x: Fig, before: re.Pattern[str], reach: int) -> bool:
    """Is the figure folded into an adjective ("110-seat", "14-storey"), exact, after what ``before`` finds within
    ``reach`` characters before it? A value holding its unit ("98-month") is folded only in a phrase after a
    preposition, whatever ``before`` asks."""
    v = x.frame.value
    text = it.claim.text
    a, b = v.start - it.claim.start, v.end - it.claim.start
    if v.approx:
        return False
    if _COMPOUND_AFTER.match(text, b) is not None:
        return before.search(text, max(0, a - reach), a) is not None
    # the unit inside the value, in a phrase after a preposition: "an appeal against the 98-month term", "runners on
    # the 26.2-mile course" (not the sentence's subject: "The 48-hour walkout was the biggest" tells the 48 hours)
    return (_UNIT_FOLDED.search(v.text) is not None and _NOUN_NEXT.match(text, b) is not None
            and _PREPOSITION_THE.search(text, max(0, a - 16), a) is not None)


#: a value whose unit is joined to it by a hyphen ("98-month", "26.2-mile"), and a noun right after it
_UNIT_FOLDED = re.compile(r"\d-[a-z]+$")
_NOUN_NEXT = re.compile(r" [a-z]")
_PREPOSITION_THE = re.compile(r"\b(?:of|in|on|for|to|from|after|before|against|with|over|under|about|during|since|by"
                              r"|into|at)\s+(?:the|its|their)\s+$")


def _compound(it: Item, x: Fig) -> bool:
    """A figure folded into an adjective after a definite determiner ("the 110-seat chamber")."""
    return _folded(it, x, _DEFINITE_BEFORE, 8)


def _described_by(it: Item, x: Fig) -> bool:
    """A plain number folded into an adjective after any determiner and at most two words ("a 14-storey block", "the
    collapsed 14-storey hotel"): it describes what the claim is about, so the same value on both sides is background;
    two values that differ ("a 40-car pileup" ~ "a 45-vehicle pileup") still tell a discrepancy, and a sum or a span so
    folded ("an automatic 10-mark credit", "a 15-year sentence") is the fact itself."""
    return x.frame.value.kind == "number" and _folded(it, x, _ARTICLE_BEFORE, 30)


#: an article giving this many different values of one measure tells several facts under it (a day's count, the
#: week's, a district's): two of its values that differ tie two reports only when told alike (claims' word overlap at
#: least _CROWDED_SIM) or a text marks a revision. Measured on the held-out invented events: 79 wrong links fewer, 8
#: right; on fourteen real development events 59 wrong, 9 right.
_CROWDED = 4
_CROWDED_SIM = 0.3


def _crowded(f: FigureFrame, it: Item, wts: Weights) -> bool:
    """Does every article of the claim give _CROWDED or more values of the figure's measure?"""
    return bool(f.measure) and all(wts.measure_values.get((d, f.measure), 0) >= _CROWDED for d in it.docs)


def _measures_clash(fa: FigureFrame, fb: FigureFrame) -> bool:
    ma, mb = fa.measure, fb.measure
    return bool(ma) and bool(mb) and ma != mb and not _same_family(ma, mb)


def evaluate(a: Item, b: Item, wts: Weights, trace: list | None = None) -> PairEval:
    """How two claims relate: the most probable shared frame decides (a frame that differs wins over one that
    agrees, RELATIONS.md §3), else the same proposition, else no link."""
    if _earlier_event(a, b):
        return PairEval(None, 0.0, "", 0.0)  # "a 2021 trial found 14% fewer strokes": that event's figure, not ours
    ev = pair_evidence(a, b, wts)
    # the most probable figure pair of each kind (the first of equals, as max() would pick it)
    best_d: tuple | None = None
    for f, xa, xb, up in ev.differ:
        p = score(DIFFER_WEIGHTS, f)
        if best_d is None or p > best_d[0]:
            best_d = (p, xa, xb, up)
    best_a: tuple | None = None
    scores_a = []
    for f, xa, xb, rel in ev.agree:
        p = score(AGREE_WEIGHTS, f)
        scores_a.append(p)
        if best_a is None or p > best_a[0]:
            best_a = (p, xa, xb, rel)
    if trace is not None:
        trace.append(("differ", best_d and round(best_d[0], 3), "agree", best_a and round(best_a[0], 3)))
    if best_d is not None and best_d[0] < DIFFER_THRESHOLD and ev.sim >= SAME_WORDING_SIM:
        # the same sentence with another figure ("detained 300" against "detained 3,000", every other word the
        # same): one fact told two ways, whatever the model makes of the distance between the values, unless whose,
        # where or which status says otherwise (RELATIONS.md §3)
        for f, xa, xb, up in ev.differ:
            if not (f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS]):
                best_d = (DIFFER_THRESHOLD, xa, xb, up)
                break
    if best_d is not None and best_d[0] < DIFFER_THRESHOLD:
        # a crowd counted by two sources ("Police put Saturday's turnout at under 40,000" against "Organisers said
        # 120,000 people joined the march"): whose count it is is no subject of its own (RELATIONS.md §1: the subject
        # is whose figure, the march's), and the counts of one crowd are famously far apart; the same place (or
        # none on either side) and the same scope, the nation's crowd never against one city's
        for f, xa, xb, up in ev.differ:
            fa, fb = xa.frame, xb.frame
            if (fa.measure in _CROWD and fb.measure in _CROWD and fa.cls == "count"
                    and not (f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS])
                    and _estimated(a, fa) and _estimated(b, fb) and f[_LOG_RATIO] <= _CROWD_LOG_RATIO
                    and fa.whole == fb.whole and (bool(fa.places & fb.places) or not (fa.places and fb.places))):
                best_d = (DIFFER_THRESHOLD, xa, xb, up)
                break
    if best_d is not None and best_d[0] < DIFFER_THRESHOLD:
        # a tally still open ("Twenty-five men were still missing at 7pm" ... "Three men are still missing"): the
        # story's one running count, however far apart its readings lie, when its measure is named on both sides and
        # whose, where and which status agree (RELATIONS.md §1: the same frame at two moments)
        for f, xa, xb, up in ev.differ:
            fa, fb = xa.frame, xb.frame
            if (fa.remaining and fb.remaining and f[_NAMED] and f[_FRAME_CLEAN] and fa.cls == "count"
                    and not (f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS])
                    and fa.part == fb.part and fa.places == fb.places):
                best_d = (DIFFER_THRESHOLD, xa, xb, up)
                break
    if best_d is not None and best_d[0] < DIFFER_THRESHOLD:
        # a revised estimate ("The insurers raised their estimate of insured losses to EUR 340 million on Thursday")
        # against another reading of what it estimates ("insured losses would be at least EUR 150 million"): the
        # same frame at two moments (RELATIONS.md §3: a figure revised is an update), whatever the distance between
        # the values, when whose, where, which status and which part agree and no figure of the pair agrees
        for f, xa, xb, _up in ev.differ:
            fa, fb = xa.frame, xb.frame
            if (f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS] or fa.part != fb.part or ev.agree
                    or fa.group or fb.group):
                continue
            if _revised_to(a, xa, b, xb) or _revised_to(b, xb, a, xa):
                best_d = (DIFFER_THRESHOLD, xa, xb, True)
                break
    if best_d is not None and best_d[0] < DIFFER_THRESHOLD:
        # a running tally read at two moments ("some 19,000 claims had been filed by midday on Wednesday" ...
        # "Insurers had received 46,300 claims by Thursday afternoon"): the same count of the same thing, each told
        # as of its moment, when whose, where, which status and which part agree and the values lie within a few
        # times of each other (RELATIONS.md §3: the same frame at two moments is an update)
        for f, xa, xb, up in ev.differ:
            fa, fb = xa.frame, xb.frame
            if (up and fa.cls == "count" and not (f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS])
                    and f[_LOG_RATIO] <= _TALLY_LOG_RATIO
                    and fa.part == fb.part and not (fa.group or fb.group)
                    and (fa.places == fb.places or not (fa.places and fb.places))
                    and ((fa.counted_class and fa.counted_class == fb.counted_class and fa.counted_class != "people")
                         or (fa.measure and fa.measure == fb.measure))
                    and _by_moment(a, fa) and _by_moment(b, fb)):
                best_d = (DIFFER_THRESHOLD, xa, xb, up)
                break
    if best_d is not None and best_d[0] < DIFFER_THRESHOLD:
        # a toll read on two days ("killing at least 30 people" on Sunday, "The death toll rose to 149" on Tuesday): the
        # story's one running count, its later reading the higher, however far the first reports fell short
        # (RELATIONS.md §3: the same frame at two moments is an update), when whose, where, which status and which
        # part agree and neither is a part of the dead (a district's, a day's, one nation's, the children)
        for f, xa, xb, _up in ev.differ:
            if _running_toll(xa.frame, xb.frame, a, b, f):
                best_d = (DIFFER_THRESHOLD, xa, xb, True)
                break
    if best_d is not None and DIFFER_THRESHOLD / 2 <= best_d[0] < DIFFER_THRESHOLD and a.denial != b.denial \
            and not best_d[3]:
        # "sources disputed that figure, insisting the guaranteed element was nearer EUR 60m" against "EUR 65m": a
        # figure denied by a rival one (RELATIONS.md §3: a denial of a figure is a conflict with it)
        best_d = (DIFFER_THRESHOLD, *best_d[1:])
    if best_d is not None and best_d[0] >= DIFFER_THRESHOLD and ev.sim < _CROWDED_SIM \
            and _crowded(best_d[1].frame, a, wts) and _crowded(best_d[2].frame, b, wts) \
            and best_d[1].frame.mark is TimeMark.NONE and best_d[2].frame.mark is TimeMark.NONE:
        # each report gives many values of the measure (the day's deaths, the week's, a district's, the
        # hospital's): a value that differs is more likely another of those than a revision of this one, unless
        # the two are told alike or a text marks a revision ("rose to", "had put it at")
        best_d = None
    if best_d is not None and best_d[0] >= DIFFER_THRESHOLD and ev.sim == 0.0 and not (
            best_d[1].frame.measure or best_d[2].frame.measure
            or same_head(best_d[1].frame.head, best_d[2].frame.head)):
        best_d = None  # two figures of no named measure in claims that share no word: nothing says they are one fact
    if best_d is not None and best_d[0] >= DIFFER_THRESHOLD:
        p, xa, xb, update = best_d
        rel = UPDATE if update or _time_relation(xa.frame, xb.frame, a, b, guess=True) is UPDATE else CONFLICT
        return PairEval(rel, p, _why_differs(xa.frame, xb.frame, rel, a, b), ev.sim, (xa, xb), strong=True)
    if (best_a is not None and AGREE_THRESHOLD <= best_a[0] < _PERCENT_SURE and best_a[1].frame.cls in ("percent", "points")
            and not best_a[1].frame.measure and not best_a[2].frame.measure
            and not (best_a[1].frame.subject & best_a[2].frame.subject)
            and not same_head(best_a[1].frame.head, best_a[2].frame.head)):
        # two shares that name no measure: a results story gives dozens (regions, groups, subjects, years), and two
        # equal ones meet by chance far more often than two counts do; only a sure match is one fact
        best_a = (best_a[0] * 0.5, *best_a[1:])
    if best_a is not None and best_a[0] < AGREE_THRESHOLD and len(ev.agree) >= 2:
        # two figures of each claim match, pair by pair ("revenue slipped 4.1% to 41.3 billion euros" ~ "sales fell
        # 4.1 per cent to €41.3bn"): each pair alone may be a coincidence, both together rarely are
        fair = [(xa, xb) for p, (_f, xa, xb, _r) in zip(scores_a, ev.agree, strict=True) if p >= TWICE_AGREE]
        if len({id(x[0]) for x in fair}) >= 2 and len({id(x[1]) for x in fair}) >= 2:
            best_a = (AGREE_THRESHOLD, *best_a[1:])
    if best_a is not None and best_a[0] < AGREE_THRESHOLD:
        # the same exact figure told to four or more significant digits on both sides ("438,217", "31,204,880
        # people", a time of "2:05:13"): no coincidence in one story, whatever the wording around it, unless a
        # measure, a status, whose or which scope says otherwise
        for f, xa, xb, r in ev.agree:
            if not (f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS] or f[_MEASURE_CLASH]) \
                    and _telling_equal(xa.frame, xb.frame):
                best_a = (AGREE_THRESHOLD, xa, xb, r)
                break
    if best_a is not None and best_a[0] >= AGREE_THRESHOLD and _act_planned_and_done(a, b):
        best_a = None  # "will sign a five-year contract" and "signed a five-year contract": a plan, then the act
    if best_a is not None and best_a[0] >= AGREE_THRESHOLD:
        p, xa, xb, _ = best_a
        n_used = sum(1 for q in scores_a if q >= AGREE_THRESHOLD)
        return PairEval(AGREE, p, _why_agree(xa.frame, xb.frame, min(n_used, len(a.figs))), ev.sim, (xa, xb))
    moment = _same_minute(a, b)
    if moment and ev.date_rank != _RANK["different"] and a.denial == b.denial and not ev.differ:
        # "The first shock came at 4.12am" ~ "The quake struck at 04:12 local time": a time told to the minute (not
        # on the hour) names one moment of the story, whatever else either claim gives
        return PairEval(AGREE, max(score(PROP_WEIGHTS, ev.prop(a, b, wts)), 0.5), f"same moment: {moment}", ev.sim)
    if a.figs and b.figs and not ev.agree and not ev.background:
        # both give figures and none is the same frame: other facts; or the figures of a frame they may share differ
        # ("detained 300" against "detained 3,000"): then they are not the same proposition either (RELATIONS.md
        # §3: a pair whose shared frame differs is never an agreement)
        return PairEval(None, 0.0, "", ev.sim)
    x, y = a.act, b.act
    if (a.refusal and not _negative(b)) or (b.refusal and not _negative(a)):
        return PairEval(None, 0.0, "", ev.sim)  # "ruled out raising income tax" does not confirm "income tax will rise"
    if (a.refusal or b.refusal) and ev.sim >= REFUSAL_SIM and (a.refused & b.tokens or b.refused & a.tokens):
        # what one report says is ruled out, the other says will not be done ("ruled out closing any German factory"
        # ~ "no German plant would close"): one refusal
        return PairEval(AGREE, max(score(PROP_WEIGHTS, ev.prop(a, b, wts)), 0.5), _why_proposition(a, b, ev), ev.sim)
    if {a.status, b.status} == {Status.FUTURE, Status.FACT} and ev.sim >= NOT_YET_SIM \
            and _given_up((a if a.status is Status.FACT else b).claim.text):
        # "she would appeal to the court" then "she has dropped her appeal": the plan, then its end (RELATIONS.md §3)
        p = score(PROP_WEIGHTS, ev.prop(a, b, wts))
        if p >= PROP_THRESHOLD:
            return PairEval(UPDATE, p, "a plan, then given up", ev.sim)
    if a.status is not b.status and not ((x and x.negated) or (y and y.negated)) \
            and not (a.fact_first or b.fact_first) \
            and not (x is not None and y is not None and x.act == y.act and x.status is y.status):
        # "will join the strike" does not confirm what it "represents"; but the same act told as done on both
        # sides ("suspended all services" ~ "services remain suspended, and buses would replace trains") is
        # judged by its own clause, not by another clause's "would"
        return PairEval(None, 0.0, "", ev.sim)
    if x is not None and y is not None and (x.act == y.act or (x.when and y.when)) \
            and not _dates_fit(x.when, x.weekday, y.when, y.weekday) and not _not_yet_then_done(x, y):
        # the same act on two different days: two acts; and two acts dated apart ("banned the rally on Sunday", "on
        # Monday suspended the ban"), whatever other date they share, are two facts (RELATIONS.md §1)
        return PairEval(None, 0.0, "", ev.sim)
    if x is not None and y is not None and x.agents and y.agents and not (x.agents & y.agents) \
            and not (x.agents & b.names) and not (y.agents & a.names):
        return PairEval(None, 0.0, "", ev.sim)  # Acme rejected it, Brightline rejected it: two acts (RELATIONS §1)
    if x is not None and y is not None and x.act == y.act and x.distinct != y.distinct and (
            _own_act_apart(x, y, b) if x.distinct else _own_act_apart(y, x, a)):
        return PairEval(None, 0.0, "", ev.sim)  # the Safety Board's "own inquiry" is not the prosecutor's investigation
    if ev.date_rank == 0 and not (a.figs and b.figs) and a.denial == b.denial \
            and not (x is not None and y is not None and _not_yet_then_done(x, y)):
        # declared on 17 October, declared on 18 October: two acts (a denial's date is the day it was denied, not
        # the day of what it denies: "on Wednesday denied that any centre ran out" ~ "ran out last week")
        return PairEval(None, 0.0, "", ev.sim)
    p = score(PROP_WEIGHTS, ev.prop(a, b, wts))
    if trace is not None:
        trace.append(("prop", round(p, 3)))
    x, y = a.act, b.act
    if (x is not None and y is not None and x.act == y.act and x.objects & y.objects and (x.negated != y.negated)
            and (y if x.negated else x).status is Status.FACT  # ("will sign" is not done: not yet, then not yet)
            and ev.sim >= NOT_YET_SIM
            and (_dates_fit(x.when, x.weekday, y.when, y.weekday) or _not_yet_then_done(x, y))):
        # "the bill now needs only the president's signature" then "the president signed the law"
        return PairEval(UPDATE, max(p, 0.5), f"{x.act} {'/'.join(sorted(x.objects & y.objects))}: not yet, then done",
                        ev.sim)
    if (x is not None and y is not None and x.act == y.act and x.objects & y.objects and x.status is y.status
            and not x.negated and not y.negated and ev.sim >= AGREE_ACT_SIM
            and _dates_fit(x.when, x.weekday, y.when, y.weekday) and a.denial == b.denial):
        # the same act on the same object (RELATIONS.md §1: "signed" is not "passed", a law is not a decree)
        return PairEval(AGREE, max(p, 0.5), _why_proposition(a, b, ev), ev.sim)
    if a.denial != b.denial and ev.sim >= DENIAL_SIM and (ev.bigram > 0 or p >= PROP_THRESHOLD / 2) \
            and _NEGATION.search((b if a.denial else a).claim.text) is None:
        # (a denial told in the denier's own words, "I have never knowingly taken a banned substance", is the same
        # denial: no conflict)
        # "the ministry denied that any centre ran out of fluids" against "three centres ran out of fluids"
        return PairEval(CONFLICT, max(p, 0.5), "denied by the other report", ev.sim)
    if p >= PROP_THRESHOLD and len(a.names) >= 2 and len(b.names) >= 2 and a.names.isdisjoint(b.names):
        # "would hold a second protest before Saturday's friendly against FC Noordwal" and "could make his debut in
        # Saturday's friendly against Castleford Rovers": each names several, none the other's: two facts
        return PairEval(None, 0.0, "", ev.sim)
    if p >= PROP_THRESHOLD:
        x, y = a.act, b.act
        if x is not None and y is not None and x.act == y.act and x.objects & y.objects and (x.negated or y.negated) \
                and x.status is not y.status:
            return PairEval(UPDATE, p, f"{x.act} {'/'.join(sorted(x.objects & y.objects))}: not yet, then done",
                            ev.sim)
        return PairEval(AGREE, p, _why_proposition(a, b, ev), ev.sim)
    return PairEval(None, 0.0, "", ev.sim)


#: the model score two shares naming no measure (and no shared subject or head) need to agree: a results story gives
#: dozens, and equal ones meet by chance. Measured (session 35, 0.8 -> 0.9): held out 5 agreeing pairs lost, 15 wrong
#: links and 2 traps fewer; development 9 lost, 28 wrong and 5 traps fewer
_PERCENT_SURE = 0.9
#: a figure told as the new level of a revised estimate: "raised its estimate of insured losses to", "revised
#: their estimate of the street value to", "raised that to", "revised the figure up to"
_REVISED_TO = re.compile(r"\b(?:raised|revised|lowered|increased|upped|cut|lifted|reduced|updated|corrected)\s+"
                         r"(?:(?:up|down|upwards?|downwards?)\s+)?(?:(?:its|their|his|her|the|that|this)\s+)?(?:own\s+|latest\s+|"
                         r"first\s+|earlier\s+|initial\s+)?(?:(estimate|forecast|figure|count|tally|toll|projection|number)"
                         r"(?:\s+(?:of|for)\s+([^,;:()]{1,60}?))?\s+|(?<=that\s))(?:(?:up|down|upwards?|downwards?)\s+)?to\s+"
                         r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$", re.I)
#: the verbs one of which every match of _REVISED_TO holds, in some case
_REVISED_TO_VERBS = ("raised", "revised", "lowered", "increased", "upped", "cut", "lifted", "reduced", "updated",
                     "corrected")


def _may_hold(text: str, strings: tuple[str, ...]) -> bool:
    """May a case-insensitive pattern every match of which holds one of ``strings`` (lower-case ASCII), in some case,
    match in ``text``? Not when the text is ASCII and its lower case holds none of them. (A text with other letters
    may hold one that matches an ASCII letter only case-insensitively, "ſ" for "s": it is always tried.)"""
    if not text.isascii():
        return True
    low = text.lower()
    return any(x in low for x in strings)


def _superseded(it: Item, x: Fig, other: Item, y: Fig) -> bool:
    """Is the figure the earlier reading its own claim replaces ("rose from 410 to 589": the 410), and not told for
    the moment the other claim's figure is (RELATIONS.md §3: a sentence giving two moments is paired by the figure for
    the same moment: "rose to 780 on Friday, up from 610 on Thursday" against "610 on Thursday" agrees)?"""
    f = x.frame
    if not (f.mark is TimeMark.PAST and f.measure and any(
            z is not x and z.frame.measure == f.measure and z.frame.mark is TimeMark.LATEST for z in it.figs)):
        return False
    days = [d for d in ((y.frame.when[1] if y.frame.when else None), other.pub) if d is not None]
    if f.when and any(f.when[0] <= d <= f.when[1] for d in days):
        return False
    # "first put at 9,000 litres, a figure raised to 11,000 by Monday morning" against a Sunday
    # report's 9,000: the other figure is told before the later reading's day, so for the earlier moment
    told = y.frame.when[1] if y.frame.when else other.pub
    later = [_day_told(z.frame, it.pub) for z in it.figs if z is not x and z.frame.measure == f.measure
             and z.frame.mark is TimeMark.LATEST]
    return not (told is not None and later and all(d is not None and told < d for d in later))


def _day_told(f: FigureFrame, pub: dt.date | None) -> dt.date | None:
    """The first day a figure is told for: its date, or its weekday's last day on or before its report's day."""
    if f.when is not None:
        return f.when[0]
    if f.weekday is not None and pub is not None:
        return weekday_on_or_before(pub, f.weekday)
    return None


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last date on or before ``day`` that falls on ``weekday`` (0 = Monday)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _revised_to(a: Item, xa: Fig, b: Item, xb: Fig) -> bool:
    """Is ``xa`` the new level of a revised estimate ("raised its estimate of insured losses to EUR 340m", "revised
    their count of crashes to 36", "raised that to about 11,300 barrels") of what ``b``'s figure ``xb`` tells: the
    estimate's head words near ``xb`` (and its counted noun among them), no other measure named; or, where the
    estimate names nothing, the same counted thing or measure?"""
    fa, fb = xa.frame, xb.frame
    text = a.claim.text
    start = fa.value.start - a.claim.start
    if not _may_hold(text[max(0, start - 120):start], _REVISED_TO_VERBS):
        return False  # (no verb of a revision before the figure: most figures)
    m = _REVISED_TO.search(text, max(0, start - 120), start)
    if m is None or any(y.frame.cls == fa.cls and _relate_values(fa, y.frame) not in (None, "different")
                        for y in b.figs):
        return False  # ("now stands at 9,700, down from the 18,300 first reported" tells the revised figure too)
    if not m.group(2):
        return (bool(fa.counted_class) and fa.counted_class == fb.counted_class and not _measures_clash(fa, fb)
                or bool(fa.measure) and fa.measure == fb.measure)
    head = _OF_HEAD_END.split(m.group(2), 1)[0]
    keys = {c for pos, c in content_tokens(head) if not head[pos].isupper()} - _GENERIC_OF  # (a name says whose)
    if not keys & xb.words:
        return False
    if fb.counted and fb.counted_class and not {c for _, c in content_tokens(fb.counted)} & keys:
        return False  # "its count of crashes" is no count of "57 reports"
    told = fa.measure or next((x for w in head.lower().split() if (x := measure_of_word(w))), "")
    return told == fb.measure or not (told and fb.measure)  # ("insured losses would be at least EUR 150m" names none)


#: measures a story keeps a running count of, that only grows as it is told (a toll)
_RUNNING_TOLLS = frozenset(("killed",))
#: how far below the later reading the first reports of a toll may fall (a derailment's "at least 30" on its
#: morning, 150 two days later)
_TOLL_LOG_RATIO = math.log(6)


def _running_toll(fa: FigureFrame, fb: FigureFrame, a: Item, b: Item, f: tuple) -> bool:
    """Are two differing figures readings of the story's toll at two moments, the later the higher?"""
    if not (fa.measure == fb.measure and fa.measure in _RUNNING_TOLLS and fa.cls == "count" == fb.cls):
        return False
    if f[_STATUS_DIFFERS] or f[_OWNERS_CLASH] or f[_SCOPE_DIFFERS] or f[_LOG_RATIO] > _TOLL_LOG_RATIO:
        return False
    for x in (fa, fb):
        if (x.status is not Status.FACT or x.part or x.group or x.cohort or x.peoples or x.remaining or x.negated
                or x.other_occasion or x.period):
            return False
    if fa.places != fb.places and fa.places and fb.places:
        return False
    if fa.counted_class != fb.counted_class and fa.counted_class not in ("", "people") \
            and fb.counted_class not in ("", "people"):
        return False
    day_a, day_b = (fa.when[1] if fa.when else a.pub), (fb.when[1] if fb.when else b.pub)
    if day_a is None or day_b is None or (a.guessed and b.guessed):
        # no days to order them: the text may ("has risen from 410 to 589" against a toll told plainly)
        if (fa.mark is TimeMark.LATEST) == (fb.mark is TimeMark.LATEST) or TimeMark.PAST in (fa.mark, fb.mark):
            return False
        early, late = (fb, fa) if fa.mark is TimeMark.LATEST else (fa, fb)
    elif day_a == day_b:
        return False
    else:
        early, late = (fa, fb) if day_a < day_b else (fb, fa)
    ie, il = interval(early.value), interval(late.value)
    # (the later reading reaches the earlier one, and does not lie wholly below it)
    return ie is not None and il is not None and il.hi >= ie.lo and not (ie.hi > il.hi and ie.lo > il.lo)


#: how far apart two readings of one running tally may lie (the claims filed after a storm: 19,000 on Wednesday,
#: 46,300 on Thursday; 11,300 of a region's applicants placed is no reading of the country's 128,450)
_TALLY_LOG_RATIO = math.log(5)
#: a figure told as of a moment: "by midday on Wednesday", "By Wednesday afternoon,", "by 8 p.m.", "so far"
_BY_MOMENT = re.compile(r"\bby\s+(?:the\s+(?:end|close|evening|morning|afternoon|time)\b|(?:mid-?day|noon|midnight|"
                        r"mid-?morning|mid-?afternoon|lunchtime|late|early|dawn|nightfall)\b|\d{1,2}(?:[:.]\d\d)?\s*"
                        r"(?:a\.?m\b|p\.?m\b|h\b|o'clock)|\d{1,2}:\d\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                        r"sunday|yesterday|today|tonight|last\s+night|this\s+(?:morning|evening|afternoon)|the\s+weekend)\b)"
                        r"|\bso\s+far\b|\bto\s+date\b")


def _by_moment(it: Item, f: FigureFrame) -> bool:
    """Is the figure a running tally told as of a moment ("some 19,000 claims had been filed by midday on Wednesday",
    "By Wednesday afternoon, 41 ships were waiting", "so far")?"""
    text = it.claim.text.lower()
    a, b = f.value.start - it.claim.start, f.value.end - it.claim.start
    return _BY_MOMENT.search(text, max(0, a - 60), min(len(text), b + 80)) is not None


#: where the head of "its estimate of insured losses from the storm" ends, and words of a head that say nothing of
#: what is estimated ("the number of people it says need aid")
_OF_HEAD_END = re.compile(r"\s+(?:linked|from|in|to|of|by|at|on|for|after|since|caused|with|that|which|across)\s+", re.I)
_GENERIC_OF = frozenset(("peopl", "people", "person", "number", "figur", "figure", "total", "count"))


_CROWD = frozenset(("protesters", "turnout", "attendance", "displaced"))
_CROWD_LOG_RATIO = math.log(10)
#: a source giving a count: "police put the crowd at", "organisers said", "according to the unions", "counted"
_COUNTED_BY = re.compile(r"\b(?:put|puts|counted|counts|estimated|estimates|said|says|according\s+to|gave|gives)\b")


def _counted_by(it: Item) -> bool:
    """Does the claim say who counted (a source, or a verb of counting)?"""
    return bool(it.claim.source) or _COUNTED_BY.search(it.claim.text) is not None


#: a count told only as its order of magnitude ("tens of thousands of men", "thousands of people"): an estimate
_MAGNITUDE = re.compile(r"(?i)^(?:(?:many|several|some)\s+)?(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|millions)\b")


def _estimated(it: Item, f: FigureFrame) -> bool:
    """Is the count told as someone's estimate: a source or a verb of counting, or only its order of magnitude?"""
    return _counted_by(it) or _MAGNITUDE.match(f.label) is not None


#: weighted word overlap of two claims above which they are one sentence told twice (wire copy reused)
SAME_WORDING_SIM = 0.8
#: the model's probability each of two distinct figure pairs needs for the two claims to agree on both
TWICE_AGREE = 0.45
_STATUS_DIFFERS, _OWNERS_CLASH, _SCOPE_DIFFERS, _LOG_RATIO = (FIG_FEATURES.index(n) for n in (
    "status_differs", "owners_clash", "scope_differs", "log_ratio"))
_NAMED, _FRAME_CLEAN = FIG_FEATURES.index("named"), FIG_FEATURES.index("frame_clean")
_MEASURE_CLASH = FIG_FEATURES.index("measure_clash")
#: the digits a figure is told with: "438,217", "2:05:13", "18.50"
_TOLD_DIGITS = re.compile(r"\d[\d,.:]*")
#: the significant digits that make an exact figure telling on its own
_TELLING_DIGITS = 4


def _telling_equal(fa: FigureFrame, fb: FigureFrame) -> bool:
    """The same exact value, told to _TELLING_DIGITS or more significant digits on both sides (not a date, a year or a
    share: "4.25%" is a rate many figures of a story may share)."""
    va, vb = fa.value, fb.value
    if va.approx or vb.approx or va.kind in ("date", "percent") or vb.kind in ("date", "percent") \
            or fa.cls != fb.cls or not isinstance(va.value, float) or va.value != vb.value:
        return False
    for f in (fa, fb):
        m = _TOLD_DIGITS.search(f.label)
        if m is None:
            return False
        digits = re.sub(r"\D", "", m.group()).lstrip("0")
        if "." not in m.group():
            digits = digits.rstrip("0")
        if len(digits) < _TELLING_DIGITS:
            return False
    return True


def _earlier_event(a: Item, b: Item) -> bool:
    """Does one claim recall an earlier event ("the 2023 attack on a rival", "In July 2013, a train derailed")
    in a year the other does not name? Its figures and acts are that event's (RELATIONS.md §1: another moment,
    another fact), whatever the values."""
    if not (a.earlier or b.earlier):
        return False  # (most claims recall none)
    return bool(a.earlier - b.years and not _recalls_undated(b)) or bool(b.earlier - a.years and not _recalls_undated(a))


#: an earlier occasion told without its year: "earlier waves of conscription, when an estimated 1 million fled", "during
#: previous outbreaks": it may be the very one the other claim dates
_UNDATED_EARLIER = re.compile(r"\b(?:earlier|previous|past|prior)\s+(?:waves?|rounds?|mobili[sz]ations?|drafts?|outbreaks?"
                              r"|crises|crisis|episodes?|occasions?|epidemics?|floods?|droughts?|eruptions?)\b", re.I)


def _recalls_undated(it: Item) -> bool:
    return not it.years and _UNDATED_EARLIER.search(it.claim.text) is not None


def _same_minute(a: Item, b: Item) -> str:
    """A time of day both claims tell to the same minute on the same clock (not on the hour; an approximate one by
    its middle)."""
    for ca, x, ta in a.clocks:
        for cb, y, tb in b.clocks:
            if ta and tb and ca == cb and x.lo + x.hi == y.lo + y.hi:  # (the same minute, however approximate)
                return f"{ta} ~ {tb}" if ta.lower() != tb.lower() else ta
    return ""


def _why_proposition(a: Item, b: Item, ev: PairEvidence) -> str:
    x, y = a.act, b.act
    if x is not None and y is not None and x.act == y.act and x.objects & y.objects:
        return f"same act: {x.act} {'/'.join(sorted(x.objects & y.objects))}"
    if ev.date_rank == 3 and ev.date_pair is not None:
        da, db = ev.date_pair
        return f"same date: {da.label}" if da.label.lower() == db.label.lower() else f"same date: {da.label} ~ {db.label}"
    return f"same proposition ({ev.sim:.0%} of weighted content words)"


def _change_word(f: FigureFrame) -> str:
    return {"up": "up ", "down": "down "}.get(f.change, "")


def _why_agree(fa: FigureFrame, fb: FigureFrame, n_used: int) -> str:
    frame = fa.measure or fb.measure
    ta, tb = fa.label, fb.label
    why = f"both: {ta}" if ta.lower() == tb.lower() else f"{ta} ~ {tb}"
    if frame:
        why = f"{_change_word(fa)}{frame}: {why}"
    if n_used > 1:
        why += f" (+{n_used - 1} more figure{'s' if n_used > 2 else ''})"
    return why


def _why_differs(fa: FigureFrame, fb: FigureFrame, rel: Relation, a: Item | None = None,
                 b: Item | None = None) -> str:
    frame = fa.measure or fb.measure
    head = f"{_change_word(fa)}{frame}: " if frame else ""
    if rel is UPDATE:
        ta, tb = _moment(fa, a), _moment(fb, b)
        first, second = (fb, fa) if (ta and tb and tb[0] < ta[0]) or (fa.mark is TimeMark.LATEST
                                                                     and fb.mark is not TimeMark.LATEST) else (fa, fb)
        t1 = ta if first is fa else tb  # (each figure's moment is its own claim's)
        t2 = tb if second is fb else ta
        la = f"{first.label} ({_moment_label(t1)})" if t1 else first.label
        lb = f"{second.label} ({_moment_label(t2)})" if t2 else second.label
        return f"{head}figure changed: {la} → {lb}"
    return f"{head}{fa.label} vs {fb.label}"


_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


#: a change told as a running total to date (not "its first move since June")
_RUNNING = re.compile(r"(?i)\bsince\s+the\s+(?:start|beginning)\s+of\b|\bso\s+far\s+th(?:is|e)\s+year\b|\byear[-\s]to[-\s]date\b")


def _change_span(f: FigureFrame, it: Item) -> tuple[dt.date, dt.date] | None:
    """When a change happened: its date or period, else, unless marked as past, the week its article was published in
    ("raised by a quarter point on Thursday" is not June's move)."""
    if f.since and _RUNNING.search(it.claim.text):
        return None  # "lost 18% since the start of the year": a running total, updated over time, not one move
    if f.when or f.period:
        return f.when or f.period
    day = it.pub or it.era  # (an undated article is judged by the newest date of those it is aligned with)
    if day is not None and f.mark is not TimeMark.PAST:
        return day - dt.timedelta(days=7), day  # (an undated change is the news the report is about)
    return None


def _as_of_now(f: FigureFrame) -> FigureFrame:
    """A running total since a day ("around 6,000 flights since Friday") is told as of its report, not as of the
    day it counts from: the figure without that day."""
    if f.since and (f.when is not None or f.weekday is not None):
        return replace(f, when=None, weekday=None)
    return f


def _moment(f: FigureFrame, it: Item | None) -> tuple[int, str] | None:
    """(sort key, kind) of the moment a figure is given for: its own day, its weekday, else its article's
    publication day."""
    f = _as_of_now(f)
    if f.when is not None and f.when[0] == f.when[1]:
        return f.when[0].toordinal(), "day"
    if f.weekday is not None:
        return f.weekday, "weekday"
    if it is not None and it.pub is not None:
        return it.pub.toordinal(), "guess" if it.guessed else "day"
    return None


@lru_cache(maxsize=4096)
def _moment_label(m: tuple[int, str] | None) -> str:
    """"Wed 5 Mar" for a moment of :func:`_moment` (once per moment: a story's links name a few days, thousands of
    times)."""
    if m is None:
        return ""
    key, kind = m
    if kind == "weekday":
        return _WEEKDAY_ABBR[key]
    d = dt.date.fromordinal(key)
    # (a day guessed for an undated report says so: "Wed 5 Mar?")
    return f"{_WEEKDAY_ABBR[d.weekday()]} {d.day} {d.strftime('%b')}{'?' if kind == 'guess' else ''}"


def candidate_pairs(items: list[Item], wts: Weights) -> list[tuple[int, int]]:
    """Pairs of items (i < j) that may state the same fact: they share a value, a measure, an act, or at least
    three content words; at most MAX_CANDIDATES per item, those sharing most. Keys indexing more than
    MAX_POSTING items are too common to look pairs up by, but once a rarer key has brought two items together
    they still count ("serious crimes such as terrorism" ~ "serious crimes, terrorism included": the rare
    "terrorism" finds the pair, the common "serious" and "crime" confirm it), so a larger corpus never hides
    a pair that a smaller one finds."""
    # a content word is its own key (it holds no ":", as every value, measure and act key does): an item's keys
    # are its token set, plus its value and act keys when it has any
    weighted: set[str] = set()  # the value, measure and act keys (each weighs KEY_WEIGHT)
    keys_of: list[frozenset] = []
    postings: dict[str, list[int]] = defaultdict(list)
    # sums in two currencies the articles give a rate between ("12.4 billion crowns (about EUR 1.1 billion)") meet
    # by their measure too
    converted = frozenset(c for pair in wts.rates for c in pair)
    for idx, it in enumerate(items):
        extra: list[str] = []
        for f in it.figs:
            extra.extend(["v:" + k for k in f.keys])
            if f.frame.cls in converted and f.frame.measure:
                extra.append(f"v:m:{f.frame.measure}:money")
        for d in it.dates:
            extra.extend(["v:" + k for k in d.keys])
        extra.extend([f"t:{clock}:{iv.lo + iv.hi}" for clock, iv, told in it.clocks if told])  # (a moment to the
        # minute, by its middle: "about 4.30pm" meets "16:30", as _same_minute joins them)
        if it.act is not None:
            act = it.act.act
            extra.extend([f"a:{act}:{o}" for o in it.act.objects])
        if extra:
            weighted.update(extra)
            keys = it.tokens.union(extra)
        else:
            keys = it.tokens
        keys_of.append(keys)
        for k in keys:
            postings[k].append(idx)
    # a pair's count is the same from both sides: it is counted once, from the earlier item, over the tails of its
    # rare postings (the later items in them), content words and weighted keys apart
    word_tails: list[list[list[int]]] = [[] for _ in items]
    key_tails: list[list[list[int]]] = [[] for _ in items]
    common_weight: dict[str, int] = {}
    for k, post in postings.items():
        if len(post) > MAX_POSTING:
            common_weight[k] = KEY_WEIGHT if k in weighted else 1
        elif len(post) >= 2:
            tails = key_tails if k in weighted else word_tails
            for pos in range(len(post) - 1):
                tails[post[pos]].append(post[pos + 1:])
    common_keys = frozenset(common_weight)
    common_of = [keys & common_keys for keys in keys_of]
    weight_of = common_weight.__getitem__
    best_of: list[list[tuple[int, int]]] = [[] for _ in items]
    no_keys: dict[int, int] = {}
    near = KEY_WEIGHT - 1  # (the fewest shared rare words worth a look)
    for idx in range(len(items)):
        words = Counter(list(chain.from_iterable(word_tails[idx]))) if word_tails[idx] else no_keys
        shared = Counter(list(chain.from_iterable(key_tails[idx]))) if key_tails[idx] else no_keys
        common = common_of[idx]
        best = best_of[idx]
        for j, n in words.items():
            if n < near or j in shared:
                continue
            if n == KEY_WEIGHT - 1 and common:  # (one rare word alone is too little to go on)
                other = common_of[j]
                if other:
                    n += sum(map(weight_of, common & other))
            if n >= KEY_WEIGHT:
                best.append((-n, j))
                best_of[j].append((-n, idx))
        for j, n in shared.items():
            n = KEY_WEIGHT * n + words.get(j, 0)
            best.append((-n, j))
            best_of[j].append((-n, idx))
    only = [next(iter(it.docs)) if len(it.docs) == 1 else None for it in items]  # the document of a single one
    pairs: set[tuple[int, int]] = set()
    for idx, best in enumerate(best_of):
        if not best:
            continue
        if len(best) > MAX_CANDIDATES:
            best.sort()  # (fewer are all kept, in any order)
        own = only[idx]
        kept = 0
        for _, j in best:
            if kept >= MAX_CANDIDATES:
                break
            if own is not None and only[j] == own:
                continue  # both only in the same document
            pairs.add((idx, j) if idx < j else (j, idx))
            kept += 1
    return sorted(pairs)


def _propagate(items: list[Item], results: dict[tuple[int, int], PairEval],
               wts: Weights) -> dict[tuple[int, int], PairEval]:
    """A difference between figures whose named measures match ("recruit 20,000" vs "recruit 24,000")
    extends to every claim that agrees with one side on that figure."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for (i, j), ev in results.items():
        if ev.relation is AGREE:
            neighbours[i].append(j)
            neighbours[j].append(i)
    added: dict[tuple[int, int], PairEval] = {}
    # (a pair reached from several hubs, or by several of its figures, is compared once: both are pure functions of
    # the two items)
    verdicts: dict[tuple[int, int, int, int], tuple[str | None, float, bool]] = {}
    evidence: dict[tuple[int, int], PairEvidence] = {}
    for (i, j), ev in results.items():
        if ev.relation is None or ev.relation is AGREE or not ev.strong or ev.figs is None:
            continue
        xi, xj = ev.figs
        for side, other, xs, xo in ((i, j, xi, xj), (j, i, xj, xi)):
            fs, fo = xs.frame, xo.frame
            other_docs = items[other].docs
            for c in neighbours.get(side, ()):
                if c == other or not items[c].docs.isdisjoint(other_docs):
                    continue
                key = (c, other) if c < other else (other, c)
                if key in results or key in added or _earlier_event(items[c], items[other]):
                    continue
                for xc in items[c].figs:
                    fc = xc.frame
                    if fc.measure != fo.measure or fc.change != fo.change or (
                            not fc.measure and not same_head(fc.head, fo.head)):
                        continue  # (compare_figs would call them neither named nor headed: its verdict is not needed)
                    if _relate_values(fc, fs) not in ("equal", "compatible"):
                        continue
                    vkey = (c, other, id(xc), id(xo))
                    verdict = verdicts.get(vkey)
                    if verdict is None:
                        verdict = verdicts[vkey] = compare_figs(xc, xo, items[c], items[other], wts)
                    kind, _, named = verdict
                    if kind != "differ" or not named:
                        continue
                    pe = evidence.get((c, other))
                    if pe is None:  # (which figure pairs it keeps: their features are not needed, but one below)
                        pe = evidence[(c, other)] = pair_evidence(items[c], items[other], wts, features=False)
                    if not any(r[1] is xc and r[2] is xo for r in pe.differ):
                        continue  # their own frames keep the two figures apart (a move in June, one on Thursday)
                    if foreign_subject(fc, fo, items[c], items[other], wts.mains):
                        # (the pair's "foreign_subject" feature, as fig_features() gives it for values that differ)
                        continue  # "Turnout in the Guild's ballot was 44%": another body's figure, whatever agrees with it
                    rel = _time_relation(fc, fo, items[c], items[other], guess=True)
                    added[key] = PairEval(rel, ev.score * 0.8, _why_differs(fc, fo, rel, items[c], items[other]),
                                          figs=(xc, xo), strong=True)
                    break
    return added


#: levels set by a rule or a goal, not reached: "the 7% threshold", "the 2% target"
_RULE_LEVELS = frozenset(("threshold", "target"))
#: how sure both links to a shared claim must be before two claims that do not meet on their own are joined through
#: it: clear of the model's agreement threshold (0.7, for one link), since an inference from two links is only as
#: sure as the weaker (on the blind events of session 33, joins through a link scored 0.70-0.72 were mostly wrong)
_HUB_SURE = 0.725


#: a count told only by its order of magnitude ("hundreds of flights", "tens of thousands of dockworkers")
_VAGUE_LABEL = re.compile(r"(?i)^(?:(?:many|several|some)\s+)?(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds"
                          r"|thousands|millions)\b")


def _close_agreement(items: list[Item], results: dict[tuple[int, int], PairEval], wts: Weights,
                     seen: dict[tuple[int, int], PairEval] | None = None) -> None:
    """Claims that agree with one claim on the same figure of it agree with each other (the gold lists every
    pair of a fact's group): link such pairs unless their own comparison says they differ."""
    by_fig: dict[tuple[int, int], list[tuple[int, Fig, float]]] = defaultdict(list)
    for (i, j), ev in results.items():
        if ev.relation is not AGREE or ev.figs is None:
            continue
        xi, xj = ev.figs
        by_fig[(i, id(xi))].append((j, xj, ev.score))
        by_fig[(j, id(xj))].append((i, xi, ev.score))
    for _, partners in sorted(by_fig.items(), key=lambda kv: kv[0][0]):
        if len(partners) < 2:
            continue
        for x in range(len(partners)):
            for y in range(x + 1, len(partners)):
                # (the earlier claim first; of two with one number, the first partner first, as a stable sort)
                first, second = partners[x], partners[y]
                (p, xp, sp), (q, xq, sq) = (first, second) if first[0] <= second[0] else (second, first)
                if p == q or (p, q) in results or items[p].docs & items[q].docs or _earlier_event(items[p], items[q]):
                    continue
                known = seen.get((p, q)) if seen is not None else None
                ev = known if known is not None else evaluate(items[p], items[q], wts)
                if ev.relation is None:
                    if min(sp, sq) < _HUB_SURE:
                        continue  # a fact of three inferred from a doubtful link is doubtful: the pair's own verdict
                    fp, fq = xp.frame, xq.frame
                    rv = _relate_values(fp, fq)
                    if fp.cls != fq.cls or rv not in ("equal", "compatible"):
                        continue  # each fits the hub's figure, not each other: no fact of three
                    if (fp.measure in _RULE_LEVELS) != (fq.measure in _RULE_LEVELS) \
                            or _conditional(items[p], xp.frame) != _conditional(items[q], xq.frame):
                        continue  # a rule's 7% threshold and the day's 6.8% fall: a level set is no level reached
                    if _VAGUE_LABEL.match(fp.label) or _VAGUE_LABEL.match(fq.label):
                        continue  # "hundreds of flights" fits the hub's 400 and another's 870: no fact of three
                    if rv == "compatible" and not (fp.value.approx or fq.value.approx):
                        # two exact figures that differ ("fell 7.4%", "dropped 7.3%") are two readings, each within
                        # reporting's rounding of the hub's: two claims that do not meet on their own are not made one
                        # fact through it
                        continue
                    ev = PairEval(AGREE, 0.5, "same fact as a claim both agree with", ev.sim, (xp, xq))
                if ev.relation is AGREE:
                    results[(p, q)] = ev


def build_items(claims: list[Claim], doc_order: dict[str, int],
                doc_dates: dict[str, dt.date | None] | None = None, complete: bool = True) -> list[Item]:
    """One item per distinct wording (claims compared by their normalised text), with its member claims.
    ``complete=False``: what only pairs use is left for :func:`_complete` (on the items that are paired)."""
    by_text: dict[str, Item] = {}
    items: list[Item] = []
    dates = doc_dates or {}
    # an undated article is judged by the newest date among those it is aligned with (reports of one event
    # appear within days of each other): "In July 2013, ..." in it is still an earlier event
    newest = max(filter(None, dates.values()), default=None)
    if newest is None:  # (none dated: the newest day the texts name in full, as infer_undated reads it; else the end
        # of the newest year they name as past, "the 365 seats it won in 2019" in a report of 2024's vote)
        told = _told_days(claims)
        newest = told[-1] if told else _told_year_end(claims)
    # (the proper first words are a function of the set of texts: each distinct text is read once)
    proper = proper_first_words(list(dict.fromkeys([c.text for c in claims])))
    token = PROPER_FIRST.set(proper)
    try:
        for idx, c in enumerate(claims):
            key = norm_text(c.text)
            it = by_text.get(key)
            if it is None:
                it = by_text[key] = _build_item(c, doc_order[c.doc], dates.get(c.doc), proper, complete, newest)
                items.append(it)
            it.members.append(idx)
    finally:
        PROPER_FIRST.reset(token)
    for it in items:
        if len(it.members) > 1:  # (one member: its document is the item's already)
            it.docs = frozenset([doc_order[claims[m].doc] for m in it.members])
    _resolve_back_references(items)
    _mark_parts_of_told_wholes(items)
    _inherit_earlier_events(items)
    return items


_YEARISH = re.compile(r"\b(?:1[7-9]|20)\d\d\b")


def _yearish(text: str) -> bool:
    """Does the text hold a year (_YEARISH)? (Every year opens with a 1 or a 2: most claims hold neither.)"""
    return ("1" in text or "2" in text) and _YEARISH.search(text) is not None


#: the occasions a story's events are (a pointer names one: "that storm", "the same disaster")
_OCCASIONS = (r"storm|blackout|outage|disaster|crash|accident|collapse|quake|earthquake|flood|floods|fire|attack|strike"
              r"|walkout|incident|crisis|recall")
_THAT_OPENING = re.compile(rf"\W*(?:That|The\s+same)\s+(?:{_OCCASIONS}|spill)\b")
_THAT_YEAR = re.compile(r"\W*(?:In\s+|During\s+)?(?:that|the\s+same)\s+year\b", re.I)
#: a claim that points back at an occasion the sentence before told: "Four deaths were linked to that storm."
_THAT_OCCASION = re.compile(rf"\b(?:that|the\s+same)\s+(?:{_OCCASIONS}|election|vote|ballot|year|season|deal|exchange"
                            r"|summit|march|protest|trial|case|ruling|time)\b", re.I)


def _inherit_earlier_events(items: list[Item]) -> None:
    """A claim that points back at the occasion one of the two claims before it recalls ("The last comparable
    blackout, in 2011, cut power to 240,000 customers. Four deaths were linked to that storm.", "... were blamed on
    Berit.": a name that claim was the first to give) is about that earlier occasion too."""
    by_doc: dict[int, list[Item]] = defaultdict(list)
    recalling: set[int] = set()  # the articles with a claim that recalls an earlier year at all
    for it in items:
        by_doc[it.doc].append(it)
        if _yearish(it.claim.text):
            recalling.add(it.doc)
    for doc in recalling:
        window: list[tuple[Item, frozenset[int], frozenset[str], frozenset[int]]] = []
        seen: set[str] = set()  # the names the article gave so far
        for it in sorted(by_doc[doc], key=lambda x: x.claim.start):
            text = it.claim.text
            # (a pointer at the occasion, "That year, ...", "That disaster fouled 40 km", reads any year named before)
            that_year = _THAT_YEAR.match(text) is not None or _THAT_OPENING.match(text) is not None
            # "The quake is the deadliest since 1979. That year, a magnitude 7.4 quake killed 9,000": a sentence
            # opening on "that year" is about the year the sentence before named, however it named it
            before = next(((b, named if that_year else ys, new) for b, ys, new, named in reversed(window)
                           if (named if that_year else ys)), None)
            yearish = _yearish(text)
            years_here = earlier_event_years(text, it.era) if yearish else frozenset()
            named_here = years_here or (frozenset(y for y in map(int, _YEARISH.findall(text))
                                                  if it.era is not None and y <= it.era.year - 2) if yearish
                                        else frozenset())
            window.append((it, years_here, it.names - seen, named_here))
            del window[:-2]
            seen |= it.names
            if before is None:
                continue
            prev, years, introduced = before
            if not _THAT_OCCASION.search(text) and (
                    it.names.isdisjoint(introduced) or not tells_earlier_occasion(prev.claim.text)):
                continue
            if it.seq is None:  # (completed already: its own years are read)
                if not it.earlier:
                    it.earlier, it.years = years, it.years | years
            else:
                it.recalled = years


#: "52 of the stores", "more than 50 of those shops" (not "five of the seven carriages": that whole is in the sentence;
#: nor "112 of its citizens", a description)
_OF_THE_SET = re.compile(r"\s+of\s+(?:the|these|those)\s+(?![\d,.]+\b|(?:one|two|three|four|five|six|seven|eight"
                         r"|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b)[a-z]")
#: a whole broken down: "the stores to be sold comprise 68 supermarkets and six petrol stations"
_BREAKDOWN = re.compile(r"\b(?:comprise|comprises|comprising|consist\s+of|consists\s+of|made\s+up\s+of|broken\s+down\s+into)"
                        r"\s+(?:[\w-]+\s+){0,3}$")


def _mark_parts_of_told_wholes(items: list[Item]) -> None:
    """A figure for some of a set its article counts elsewhere ("ordered to sell 74 stores" ... "agreed to sell 52 of
    the stores to a co-operative") is a part of that whole (RELATIONS.md §1: scope), as "on Monday alone" is: the
    article gives a larger figure of the same measure, class and counted thing."""
    by_doc: dict[int, list[FigureFrame]] = defaultdict(list)
    for it in items:
        if len(it.docs) == 1:
            by_doc[it.doc].extend(x.frame for x in it.figs)
    for it in items:
        if len(it.docs) != 1:
            continue
        text, off = it.claim.text, it.claim.start
        for x in it.figs:
            f = x.frame
            if f.part or not f.measure or f.interval is None or f.cls != "count":
                continue
            a, b = f.value.start - off, f.value.end - off
            lo, hi = clause_bounds(text, a, b)
            lead = LEADING_PARTITIVE.match(text, lo)  # "Of the stores to be sold, 23 are in the north"
            # (the kinds a whole is broken down into are other nouns: "68 supermarkets" of "74 stores")
            breakdown = _BREAKDOWN.search(text, max(lo, a - 60), a) is not None
            if not (breakdown or _OF_THE_SET.match(text, b, hi) or (lead is not None and lead.end() <= a)):
                continue
            if any(g is not f and g.measure == f.measure and g.cls == f.cls and g.interval is not None
                   and g.interval.lo > f.interval.hi
                   and (breakdown or g.counted_class == f.counted_class or not (g.counted_class and f.counted_class))
                   for g in by_doc[it.doc]):
                f.part = True


_BACK_REFERENCE = re.compile(r"\b(?:(?:that|this|the|its|their|the same|a similar)\s+(?:(?:true|real|actual|official|final"
                             r"|correct|revised|new|latest|higher|lower)\s+)?(?:figure|number|estimate|tally|count"
                             # ("the number of people held": a count that names its own thing)
                             r"|total|amount|sum|level)(?!\s+of\s+(?!(?:about|around|some|nearly|almost|roughly|more|over|just|up|only|less"
                             r"|fewer|at)\b)[A-Za-z])|(?:those|these|the|their|its)\s+(?:figures|numbers|estimates|tallies"
                             r"|counts|totals)|(?:put|puts|putting|placed|places)\s+(?:it|them)\s+(?:\w+\s+){0,2}?at"
                             # "the company's count had risen to 275", "The government's own figure was 1.8 million"
                             # (a source's: a place's or a period's total is another scope, "the region's total")
                             r"|\b(?:company|government|ministry|agency|union|unions|police|firm|operator|authority"
                             r"|organisers|organizers|council|board|office|institute|bureau|federation|association)['’]s?"
                             r"\s+(?:own\s+)?(?:figure|count|tally|estimate|total))\b",
                             re.I)
#: strings one of which every match of _BACK_REFERENCE holds, in some case (its nouns, "put", "plac")
_BACK_REFERENCE_WORDS = ("figure", "number", "estimate", "tall", "count", "total", "amount", "sum", "level", "put",
                         "plac")


#: a named source's figure: "Lintel Capital's figure is about 64 billion", "Brightwater's own estimate was lower"
_NAMED_SOURCE_FIGURE = re.compile(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}['’]s?\s+(?:own\s+)?(?:figure|count|tally"
                                  r"|estimate|total)\s+(?:is|was|stands\s+at|stood\s+at|comes\s+to|came\s+to)\s+"
                                  r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+"
                                  r"|closer\s+to\s+|nearer\s+)?$")
#: a sentence that opens by pointing at the figure before it: "That marked a 38% decline", "This represents 12%"
_BACK_OPENING = re.compile(r"\W*(?:That|This|It)\s+(?:marked|marks|represents|represented|amounts\s+to|amounted\s+to"
                           r"|was|is|means|meant|equals|equalled|equaled)\s")


_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|m)\b")


#: a figure written as the name of one told before: "the 12 per cent figure", "that 4.3 million estimate"
_NAMED_BEFORE = re.compile(r"(?i:\b(?:the|that|this|its|their)\s+)$")
_NAMED_AFTER = re.compile(r"(?i:\s+(?:figure|number|estimate|tally|count|total|toll)\b)")


def _named_back(it: Item, f: FigureFrame) -> bool:
    """Is the figure the name of one told before ("The 12 per cent figure comes with a wide margin")?"""
    text, a, b = it.claim.text, f.value.start - it.claim.start, f.value.end - it.claim.start
    return bool(_NAMED_AFTER.match(text, b) and _NAMED_BEFORE.search(text, max(0, a - 8), a))


#: a sentence opening on the group the one before told: "Of those, 301 were passengers", "Of them, 12 are children"
_OF_THOSE = re.compile(r"\W*Of\s+(?:those|them|these|the\s+(?:dead|injured|missing|victims|total))\s*,", re.I)


def _resolve_back_references(items: list[Item]) -> None:
    """A figure that refers back ("put that figure higher, at 9,000", "the total reached") takes the frame of
    the last figure before it in its article (RELATIONS.md §1); figures that refer back to a claim of as many figures
    take theirs in turn ("put those numbers at 31 and 12" after "36 crashes and 15 injuries")."""
    last: dict[int, FigureFrame] = {}
    last_claim: dict[int, list[FigureFrame]] = {}  # every figure of the article's last claim that gave any
    told: dict[int, list[FigureFrame]] = {}  # every figure of the article so far that says what it measures
    for it in sorted([it for it in items if it.figs], key=lambda x: (x.doc, x.claim.start)):
        text = it.claim.text
        for x in it.figs:
            f = x.frame
            if not f.measure and f.interval is not None and _named_back(it, f):
                # the figure names one told before with its value: that one's measure, change and counted thing
                ref = next((g for g in reversed(told.get(it.doc, ())) if g.cls == f.cls and g.interval is not None
                            and g.interval.lo <= f.interval.hi and f.interval.lo <= g.interval.hi), None)
                if ref is not None:
                    f.measure, f.head, f.change = ref.measure, ref.head, ref.change
                    f.counted_class = f.counted_class or ref.counted_class
                    x.keys = _value_keys(f)
        of_those = _OF_THOSE.match(text) is not None  # (parts of the group before: no figure to point back at)
        before = last_claim.get(it.doc)
        pointing: dict[int, int] = {}  # id of each figure that points back -> its place among them
        if before is not None:
            for x in it.figs:
                f = x.frame
                if not f.measure:
                    a = f.value.start - it.claim.start
                    lo, hi = clause_bounds(text, a, f.value.end - it.claim.start)
                    if ((_may_hold(text[max(0, lo - 16):hi], _BACK_REFERENCE_WORDS)
                         and _BACK_REFERENCE.search(text, max(0, lo - 16), hi))
                            or (lo == 0 and _BACK_OPENING.match(text))
                            or _NAMED_SOURCE_FIGURE.search(text, max(0, a - 80), a)):
                        pointing[id(x)] = len(pointing)
        in_turn = before is not None and len(before) >= 2 and len(pointing) == len(before)
        for x in it.figs:
            f = x.frame
            k = pointing.get(id(x))
            if k is not None:
                ref = before[k] if before is not None and in_turn else last.get(it.doc)
                if (not in_turn and len(pointing) == 1 and f.level and before is not None and ref is not None
                        and ref in before):
                    # "The toll rose to 687, with 2,460 injured. That figure had stood at 512": the sentence's own
                    # figure, the first it gives, not one trailing after it
                    ref = next((g for g in before if g.measure and g.cls == f.cls
                                and not g.measure.endswith(" in passing")), ref)
                # (a change in per cent of the figure before: "Operating profit came to $2.2 billion. That marked
                # a 38% decline ..."; a figure naming its own counted thing, "the figures were higher, at 31 crashes",
                # does not take another thing's measure)
                sum_told_bare = (f.cls == "count" and not f.counted_class and _SCALED.search(f.label) is not None
                                 and before is not None and not in_turn and (ref is None or ref.cls != f.cls))
                if sum_told_bare:
                    money = next((g for g in reversed(before or ()) if g.cls.startswith("money:") and g.measure), None)
                    sum_told_bare = money is not None
                    ref = money or ref
                if ref is not None and (ref.cls == f.cls or (f.cls == "percent" and f.change) or sum_told_bare) and (
                        in_turn or not (f.counted_class and ref.counted_class and f.counted_class != ref.counted_class)):
                    if sum_told_bare:
                        # "puts the cost at 2.1 billion florins. The union insists the true figure is nearer 1.4
                        # billion": the currency left out, the sum is in the one before
                        f.cls = ref.cls
                    f.measure = ref.measure or f.measure
                    if not f.counted_class:
                        f.counted_class = ref.counted_class
                    f.peak, f.remaining = f.peak or ref.peak, f.remaining or ref.remaining  # ("the true figure")
                    if not f.places:  # ("Across the country, 412,000 marched. The unions put it at 1.1 million")
                        f.places, f.whole = ref.places, f.whole or ref.whole
                    x.keys = _value_keys(f)
            if (f.measure or (f.counted_class and f.cls == "count" and f.counted_class != "people"
                              and not f.counted_class.startswith("role:")
                              and not any(y.frame.measure for y in it.figs))) and not of_those:
                last[it.doc] = f  # (or the thing it counts: "Police said 87 vehicles were involved. The agency put
                # the figure at about 80")
            if f.measure or f.head:
                told.setdefault(it.doc, []).append(f)
        last_claim[it.doc] = [x.frame for x in it.figs]


def align(claims: list[Claim], doc_order: dict[str, int] | None = None,
          doc_dates: dict[str, dt.date | None] | None = None) -> list[Link]:
    """Links between claims of different documents (each pair once, ``a`` before ``b`` in claim order).
    ``doc_dates``: publication dates by document id, when known (figures reported on different days that
    differ are updates, not conflicts)."""
    with gc_paused():
        return _align(claims, doc_order, doc_dates)


def infer_undated(claims: list[Claim], doc_dates: dict[str, dt.date | None] | None) -> dict[str, dt.date | None] | None:
    """Publication days for the undated articles among dated ones: the day of a wire dateline that opens one of its
    claims ("HARLOW, March 4 (Example Wire) -"), else the latest day within the dated articles' days (and the day
    after the newest) that falls on a weekday the article tells as past ("on Thursday", "by Thursday morning"). An
    undated report that says what happened on Thursday was written on Thursday or after it; reports of one event
    appear within days of each other. The days are guesses: :func:`_time_relation` uses them only when asked to."""
    if not doc_dates:
        return doc_dates
    dated = [d for d in doc_dates.values() if d is not None]
    if all(doc_dates.get(c.doc) is not None for c in claims):
        return doc_dates
    if not dated:
        # no article dated at all (scraped pages often carry no date): the newest past day the texts name in full ("on
        # Saturday, Dec. 11, 2021", "a decree signed on Sept. 30") is about when the latest of them was written
        told = _told_days(claims)
        if not told:
            return doc_dates
        dated = [told[-1] - dt.timedelta(days=1), told[-1] + dt.timedelta(days=3)]  # (written then, or just after)
    lo, hi = min(dated), max(dated) + dt.timedelta(days=1)
    out = dict(doc_dates)
    datelined: set[str] = set()
    for c in claims:
        if doc_dates.get(c.doc) is not None or c.doc in datelined:
            continue
        dl = _DATELINE.match(c.text)
        if dl:  # "CORVENNE, France, Oct 18 (Eurowire) - ...": the wire's own day, whatever else the report names
            for v in c.values:
                if v.kind == "date" and v.unit == "day" and v.start - c.start < dl.end() and str(v.value)[:2] == "--":
                    month, dom = int(str(v.value)[2:4]), int(str(v.value)[5:7])
                    for year in sorted({lo.year, hi.year}):
                        try:
                            when = dt.date(year, month, dom)
                        except ValueError:
                            continue
                        if lo - dt.timedelta(days=1) <= when <= hi:
                            out[c.doc] = when
                            datelined.add(c.doc)
            if c.doc in datelined:
                continue
        for v in c.values:
            if v.kind != "date" or v.unit != "weekday" or v.value not in WEEKDAYS:
                continue
            if told_as_future(c.text, v.start - c.start):
                continue  # "will vote on Friday": not yet
            last = weekday_on_or_before(hi, WEEKDAYS.index(v.value))
            if last >= lo:
                known = out.get(c.doc)
                out[c.doc] = last if known is None or last > known else known
    return out


def _told_days(claims: list[Claim]) -> list[dt.date]:
    """The days the claims name in full (a year, a month and a day) and not as still to come, in order."""
    days = set()
    for c in claims:
        for v in c.values:
            if v.kind == "date" and isinstance(v.value, str) and len(v.value) == 10 and v.value[:1].isdigit() \
                    and not told_as_future(c.text, v.start - c.start):
                try:
                    days.add(dt.date.fromisoformat(v.value))
                except ValueError:
                    continue
    return sorted(days)


def _told_year_end(claims: list[Claim]) -> dt.date | None:
    """The last day of the newest year the claims name (as a date, not as still to come), or None."""
    years = [int(str(v.value)[:4]) for c in claims for v in c.values
             if v.kind == "date" and isinstance(v.value, str) and v.value[:4].isdigit() and v.value[:1] in "12"
             and not told_as_future(c.text, v.start - c.start)]
    return dt.date(max(years), 12, 31) if years else None


#: a wire dateline opening a report: "CORVENNE, France, Oct 18 (Eurowire) -", "BRENNAU, 14 October -"
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,30},(?:\s+[A-Z][\w .'’-]{1,30},)?\s+[^()\n]{3,20}?\s*(?:\([^)]{2,40}\)\s*)?[-–—]\s")


def _align(claims: list[Claim], doc_order: dict[str, int] | None,
           doc_dates: dict[str, dt.date | None] | None) -> list[Link]:
    if doc_order is None:
        doc_order = {d: i for i, d in enumerate(dict.fromkeys(c.doc for c in claims))}
    if len({c.doc for c in claims}) < 2:
        return []  # links join different articles: one article has none to find
    dates = infer_undated(claims, doc_dates)
    items = build_items(claims, doc_order, dates, complete=False)
    if dates is not doc_dates:
        for it in items:  # (their days guessed from the weekdays they name)
            it.guessed = (doc_dates or {}).get(it.claim.doc) is None and it.pub is not None
    wts = Weights(items)
    results: dict[tuple[int, int], PairEval] = {}
    seen: dict[tuple[int, int], PairEval] = {}
    pairs = candidate_pairs(items, wts)
    for i in set(chain.from_iterable(pairs)):  # (every item compared below is in a candidate pair)
        seq = items[i].seq
        if seq is not None:
            _complete(items[i], seq)
    for pair in pairs:
        ev = seen[pair] = evaluate(items[pair[0]], items[pair[1]], wts)
        if ev.relation:
            results[pair] = ev
    results.update(_propagate(items, results, wts))
    _close_agreement(items, results, wts, seen)
    # every claim belongs to one item, so the pairs below never repeat
    doc_of = [doc_order[c.doc] for c in claims]
    out: list[tuple[int, int, tuple]] = []

    def emit(ms: list[int], ns: list[int], rel: tuple) -> None:
        flipped = (*rel[:3], (rel[3][1], rel[3][0]))
        for m in ms:
            dm = doc_of[m]
            for n in ns:
                if dm != doc_of[n]:
                    out.append((m, n, rel) if m < n else (n, m, flipped))

    same = (AGREE, 1.0, "same wording", ("", ""))
    for it in items:  # the same wording in several outlets
        ms = it.members
        if len(ms) <= MAX_CLIQUE:
            for x in range(len(ms) - 1):
                emit(ms[x:x + 1], ms[x + 1:], same)
        else:  # stock text in many outlets: link every copy to the first one, not every pair
            emit(ms[:1], ms[1:], same)
    for (i, j), ev in sorted(results.items()):
        mi, mj = items[i].members, items[j].members
        if len(mi) * len(mj) > MAX_CLIQUE * MAX_CLIQUE:
            mi, mj = mi[:1], mj[:1]
        facts = (ev.figs[0].label, ev.figs[1].label) if ev.figs else ("", "")
        rel = (ev.relation, min(1.0, ev.score), ev.why, facts)
        if len(mi) == 1 and len(mj) == 1:  # (most wordings are in one article: emit() inline)
            m, n = mi[0], mj[0]
            if doc_of[m] != doc_of[n]:
                out.append((m, n, rel) if m < n else (n, m, (*rel[:3], (facts[1], facts[0]))))
            continue
        emit(mi, mj, rel)
    ids = [c.id for c in claims]
    out.sort(key=itemgetter(0, 1))
    return _links(ids, out)


def _links(ids: list[str], out: list[tuple[int, int, tuple]]) -> list[Link]:
    """Link objects for (claim index, claim index, (relation, score, why, facts)) rows. A frozen dataclass's
    __init__ sets each field through object.__setattr__; with a hundred thousand links, setting the
    slots directly halves the cost (only while Link is a plain slotted dataclass of these six fields)."""
    if _LINK_SLOTS is None:
        return [Link(ids[a], ids[b], *rel) for a, b, rel in out]
    new = object.__new__
    set_a, set_b, set_rel, set_score, set_why, set_facts = _LINK_SLOTS
    links: list[Link] = []
    append = links.append
    for a, b, (rel, strength, why, facts) in out:
        link = new(Link)
        set_a(link, ids[a])
        set_b(link, ids[b])
        set_rel(link, rel)
        set_score(link, strength)
        set_why(link, why)
        set_facts(link, facts)
        append(link)
    return links


def _link_slots():
    fields = getattr(Link, "__dataclass_fields__", {})
    if (tuple(fields) != ("a", "b", "relation", "score", "why", "facts") or getattr(Link, "__slots__", None) is None
            or hasattr(Link, "__post_init__")):
        return None
    return tuple(Link.__dict__[name].__set__ for name in fields)


_LINK_SLOTS = _link_slots()


__all__ = ["Status", "align", "build_item", "build_items", "candidate_pairs", "counted_fit", "evaluate", "Weights"]
