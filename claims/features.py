"""Evidence that two claims state the same fact, as numbers a small logistic model weighs
(:mod:`claims.align_model`, fitted by ``python -m benchmarks.train_align`` on the hand-labelled development
events in ``tests/events/``, never on the seeds or the held-out events).

Three kinds of pair are scored:

* two figures whose values are compatible (RELATIONS.md §2): is it the same frame? (``AGREE``)
* two figures whose values are not: is it the same frame, so that they conflict or update? (``DIFFER``)
* two claims no figure pair links: do they state the same proposition? (``PROPOSITION``)

Each feature is a plain reading of the frames (:mod:`claims.frames`): the same named measure, the same
counted thing, a status that fits, whose figure and where, how far apart the values are, how many words
the sentences share. The model only weighs them; it knows no event, outlet or name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from operator import mul
from typing import TYPE_CHECKING, NamedTuple

from claims.frames import FigureFrame, Status, periods_apart
from claims.values.intervals import ratio as interval_ratio
from claims.vocab import PEOPLE_CLASSES

if TYPE_CHECKING:  # pragma: no cover
    from claims.align import Fig, Item, Weights

FIG_FEATURES = (
    "bias", "named", "headed", "family", "one_named", "counted_same", "counted_people", "counted_unknown",
    "counted_other", "status_differs", "status_future", "owners_clash", "scope_differs", "equal", "log_ratio",
    "fsim", "sim", "info", "update", "change_mismatch", "percent", "money", "count", "other_class", "same_story",
    "base", "past_mark", "measure_clash", "rule", "rule_strength", "period_differs", "period_same",
    "named_counted", "named_open", "frame_clean", "intent_mixed", "foreign_subject",
    "background_period", "named_equal", "exact_equal", "weak_unnamed", "ratio_in_context", "only_values", "heads_differ",
)
PROP_FEATURES = (
    "bias", "sim", "bigram", "act_same", "act_objects", "act_status_differs", "act_negated", "act_one",
    "date_same", "date_compatible", "date_different", "date_possible", "status_differs", "a_figs", "b_figs",
    "fig_mismatch", "names_shared", "same_story", "short", "contain",
)


def _clip(x: float, hi: float = 3.0) -> float:
    return hi if x > hi else x


class _AlignHelpers(NamedTuple):
    owners_clash: Callable
    same_counted: Callable
    same_family: Callable
    same_story: Callable
    scope_differs: Callable
    foreign_subject: Callable
    rule_verdict: Callable
    same_head: Callable


_ALIGN_HELPERS: _AlignHelpers | None = None


def _align_helpers() -> _AlignHelpers:
    """The helpers of :mod:`claims.align` the features use (imported once, on first use: that module imports
    this one)."""
    global _ALIGN_HELPERS
    if _ALIGN_HELPERS is None:
        from claims.align import (
            _owners_clash,
            _same_counted,
            _same_family,
            _same_story,
            _scope_differs,
            foreign_subject,
            rule_verdict,
            same_head,
        )

        _ALIGN_HELPERS = _AlignHelpers(_owners_clash, _same_counted, _same_family, _same_story, _scope_differs,
                                       foreign_subject, rule_verdict, same_head)
    return _ALIGN_HELPERS


_PEOPLE = frozenset(("people", *PEOPLE_CLASSES))
#: a status telling what is or was, against an intention (Status.INTENT)
_TOLD = (Status.FACT, Status.UNMARKED)
_LOG_CLIP = 3.0


def _unit_counted(f: FigureFrame, counted_same: bool) -> bool:
    """Two figures of one unit of stuff ("1.1 million litres", "1,800 cubic metres"): what they count names what they
    measure, whether or not a verb says it again ("leaked", "the spill at")."""
    return counted_same and f.counted in ("litre", "square kilometre")


def fig_features(xa: Fig, xb: Fig, a: Item, b: Item, wts: Weights, sim: float, rel: str,
                 update: bool, owners_clash: bool | None = None) -> list[float]:
    """Features of two comparable figures (same class, rate and role as a base). ``rel``: how their values
    relate ("equal", "compatible", "different"); ``update``: the texts place them at different times (for
    values that differ: :func:`claims.align._time_relation` says UPDATE); ``owners_clash``: what
    :func:`claims.align._owners_clash` says of the two, when the caller knows it already."""
    (_owners_clash, _same_counted, _same_family, _same_story, _scope_differs, foreign_subject,
     rule_verdict, same_head) = _ALIGN_HELPERS or _align_helpers()

    fa, fb = xa.frame, xb.frame
    ma, mb = fa.measure, fb.measure
    named = bool(ma) and ma == mb and fa.change == fb.change
    family = bool(ma) and bool(mb) and ma != mb and _same_family(ma, mb)
    clash = bool(ma) and bool(mb) and ma != mb and not family
    headed = not ma and not mb and same_head(fa.head, fb.head)
    ca, cb = fa.counted_class, fb.counted_class
    counted_same = _same_counted(fa, fb, a.tokens, b.tokens)
    is_people = (ca in _PEOPLE or ca.startswith("role:")) and (cb in _PEOPLE or cb.startswith("role:"))
    unknown = not ca or not cb
    sa, sb = fa.status, fb.status
    status_differs = not sa.fits(sb)
    different = rel == "different"
    equal = rel == "equal"
    if different and fa.interval is not None and fb.interval is not None:
        ratio = interval_ratio(fa.interval, fb.interval, count=fa.cls == "count")
        log_ratio = _clip(math.log(ratio)) if ratio != math.inf else _LOG_CLIP
    else:
        ratio = math.inf  # (what rule_verdict takes for two values that differ when either has no interval)
        log_ratio = 0.0  # (the log of a ratio of 1)
    cls = fa.cls
    fsim = wts.overlap(xa.words, xb.words, xa.fmass, xb.fmass)
    mains = wts.mains
    if owners_clash is None:
        owners_clash = _owners_clash(fa, fb, a, b)
    scope_differs = _scope_differs(fa, fb, a, b, mains, not different)
    # the hand-written rule's verdict, as one more feature (what it asks of values that differ is known here: the
    # time relation is ``update``, the scope and the ratio are the features')
    if different:
        kind, strength, _ = rule_verdict(xa, xb, a, b, wts, rel, named, fsim, owners_clash, update=update,
                                         scope_differs=scope_differs, ratio=ratio)
    else:
        kind, strength, _ = rule_verdict(xa, xb, a, b, wts, rel, named, fsim, owners_clash)
    pa, pb = fa.period, fb.period
    info = min(xa.info, xb.info)
    money = cls.startswith("money")
    # (every flag below is a bool: "1.0 if flag else 0.0" is float(flag), without the call)
    return [
        1.0, 1.0 if named else 0.0, 1.0 if headed else 0.0, 1.0 if family else 0.0,
        1.0 if bool(ma) != bool(mb) and not _unit_counted(fa, counted_same) else 0.0, 1.0 if counted_same else 0.0,
        1.0 if is_people and not counted_same else 0.0, 1.0 if unknown else 0.0,
        1.0 if not unknown and not counted_same and not is_people else 0.0,
        1.0 if status_differs else 0.0, 1.0 if sa is sb and sa in (Status.FUTURE, Status.INTENT) else 0.0,
        1.0 if owners_clash else 0.0, 1.0 if scope_differs else 0.0,
        1.0 if equal else 0.0, log_ratio, fsim, sim,
        info, float(update), 1.0 if bool(fa.change) != bool(fb.change) else 0.0,
        # (a vote's tally, "5-2", counts like a count; durations, distances and ages are the other class)
        # (percentage points weigh as per cent do: only what they compare with differs)
        1.0 if cls in ("percent", "points") else 0.0, 1.0 if money else 0.0, 1.0 if cls in ("count", "tally") else 0.0,
        1.0 if cls not in ("percent", "points", "count", "tally") and not money else 0.0,
        1.0 if _same_story(a, b, mains) else 0.0, float(fa.base), 1.0 if "past" in (fa.mark, fb.mark) else 0.0,
        1.0 if clash else 0.0,
        1.0 if kind == ("differ" if different else "agree") else 0.0, _clip(strength, 1.5),
        1.0 if periods_apart(fa, fb) else 0.0,
        1.0 if pa is not None and pa == pb else 0.0,
        # interactions the linear model cannot form itself: a named measure is strong evidence only with the
        # same counted thing (or none named), and only when nothing says the subject or place differs
        1.0 if named and counted_same else 0.0, 1.0 if named and unknown else 0.0,
        1.0 if (named and (counted_same or unknown or is_people) and not owners_clash
                and not scope_differs and not status_differs) else 0.0,
        # one side an intention ("will cut"), the other told as done or unmarked ("cut", "the cuts")
        # ({sa, sb} is {INTENT, FACT} or {INTENT, UNMARKED}, without building three sets per pair)
        1.0 if (sa == Status.INTENT and sb in _TOLD) or (sb == Status.INTENT and sa in _TOLD) else 0.0,
        # (for two values that differ only: the subject named on one side is what makes them two facts)
        1.0 if different and foreign_subject(fa, fb, a, b, mains) else 0.0,
        # a duration that only dates or qualifies another figure ("15% over two years", "over the two days of
        # the strike", "the two-day strike") is background, not a fact of its own
        1.0 if ((cls == "duration" and background_period(a, xa))
                or (fb.cls == "duration" and background_period(b, xb))) else 0.0,
        # the same named measure with the same value, nothing saying whose or where differs ("revenue slipped
        # 4.1%" ~ "sales fell 4.1 per cent"); the same exact, telling value on both sides (133,000 ~ 133,000)
        1.0 if named and equal and not owners_clash and not status_differs else 0.0,
        1.0 if equal and not fa.value.approx and not fb.value.approx and info >= 0.45 else 0.0,
        # a small number ("four", "9") with no measure named on both sides says little on its own
        1.0 if info < 0.3 and not named else 0.0,
        # how far apart the values are, weighed by how much of their clauses they share: "police detained 300
        # people in the city centre on Monday" against the same words with 3,000 is one fact told two ways, however
        # far apart; two loosely related clauses ten times apart are more likely two facts
        log_ratio * fsim,
        # the same counted thing, each the only value its article gives for it ("Some 1,150 firefighters" ~ "More
        # than 1,100 firefighters", each article counting firefighters once)
        1.0 if counted_same and xa.only and xb.only else 0.0,
        # no measure named, and the words the two figures are about were both found and differ ("a target of 6%" ~
        # "a margin of 6%"): weighed apart from a pair where one side's word was not found
        1.0 if not ma and not mb and fa.head and fb.head and not headed else 0.0,
    ]


_OVER = r"(?:over|during|across|throughout|within)"
_OVER_BEFORE = re.compile(rf"\b{_OVER}\s+(?:the\s+)?(?:(?:first|last|past|next)\s+)?$", re.I)
_OVER_START = re.compile(rf"{_OVER}\s", re.I)  # "over four years" read as one figure
_ADJECTIVE = re.compile(r"[a-z]-[a-z]+$", re.I)  # "the three-day strike"
#: a span told as how long an act went on: "was halted for 30 minutes", "the siege lasted 14 hours"
_SPAN_OF_ACT = re.compile(r"\b(?:[a-z]{4,}ed\s+(?:[a-z]+\s+){0,2}?for|lasted|lasting)\s+(?:about\s+|around\s+|nearly\s+"
                          r"|almost\s+|more\s+than\s+|just\s+(?:over\s+|under\s+)?|some\s+|at\s+least\s+)?$", re.I)


#: measures whose figure is a length of time: a penalty's, an emergency's (the fact itself, never background)
_SPAN_MEASURES = frozenset(("ban", "sentenced", "emergency"))


def background_period(it: Item, x: Fig) -> bool:
    """A duration that frames something else: "over the two days", "15 per cent over three years", "the two-day
    strike", or any duration beside another kind of figure in the same claim."""
    f = x.frame
    if f.cls != "duration" or f.measure in _SPAN_MEASURES:
        return False  # (a ban's or a sentence's length is the fact itself: "a four-year ban", "a 12-year sentence")
    text, off = it.claim.text, it.claim.start
    a, b = f.value.start - off, f.value.end - off
    if (_ADJECTIVE.search(text, a, b) or _OVER_BEFORE.search(text, max(0, a - 24), a)
            or _OVER_START.match(text, a, b)):
        return True
    if _SPAN_OF_ACT.search(text, max(0, a - 50), a):
        return False  # how long the act went on is the fact itself, whatever else the sentence counts
    return any(y.frame.cls != "duration" for y in it.figs)


def prop_features(a: Item, b: Item, wts: Weights, sim: float, bigram: float, date_rank: int | None,
                  fig_mismatch: bool) -> list[float]:
    """Features of two claims that no figure pair links: shared wording, the same act, dates, status."""
    _same_story = (_ALIGN_HELPERS or _align_helpers()).same_story
    x, y = a.act, b.act
    act_same = x is not None and y is not None and x.act == y.act
    if act_same:
        objects = 1.0 if x.objects & y.objects else 0.0  # type: ignore[union-attr]
        act_status = 1.0 if x.status is not y.status else 0.0  # type: ignore[union-attr]
        act_negated = 1.0 if x.negated or y.negated else 0.0  # type: ignore[union-attr]
    else:
        objects = act_status = act_negated = 0.0
    ta, tb = len(a.tokens), len(b.tokens)
    # (every flag below is a bool: "1.0 if flag else 0.0" is float(flag), without the call)
    return [
        1.0, sim, bigram, 1.0 if act_same else 0.0, objects, act_status, act_negated,
        1.0 if (x is None) != (y is None) else 0.0,
        1.0 if date_rank == 3 else 0.0, 1.0 if date_rank == 2 else 0.0, 1.0 if date_rank == 0 else 0.0,
        1.0 if date_rank == 1 else 0.0,
        1.0 if a.status is not b.status else 0.0, 1.0 if a.figs else 0.0, 1.0 if b.figs else 0.0,
        float(fig_mismatch),
        _clip(len(a.names & b.names) / 3.0, 1.0), 1.0 if _same_story(a, b, wts.mains) else 0.0,
        1.0 if (ta if ta < tb else tb) < 5 else 0.0,
        # how much of the shorter claim the longer one covers ("Albrecht has been premier since 2016" inside a long
        # sentence that says so in passing): the shared weight over the smaller claim's
        _contain(a, b, sim),
    ]


def _contain(a: Item, b: Item, sim: float) -> float:
    """The shared weight over the smaller claim's. ``sim`` is twice the shared weight over both claims' (see
    :func:`claims.align.pair_evidence`); the weights are integer thousandths, so the shared weight comes back
    exactly, without walking the shared words again."""
    small = a.mass if a.mass < b.mass else b.mass
    return round(sim * (a.mass + b.mass) / 2) / small if sim and small else 0.0


def score(weights: tuple[float, ...], features: list[float]) -> float:
    """The model's probability for one pair."""
    z = sum(map(mul, weights, features))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


__all__ = ["FIG_FEATURES", "PROP_FEATURES", "fig_features", "prop_features", "score"]
