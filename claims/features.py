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
from operator import mul
from typing import TYPE_CHECKING

from claims.frames import Status

if TYPE_CHECKING:  # pragma: no cover
    from claims.align import Fig, Item, Weights

FIG_FEATURES = (
    "bias", "named", "headed", "family", "one_named", "counted_same", "counted_people", "counted_unknown",
    "counted_other", "status_differs", "status_future", "owners_clash", "scope_differs", "equal", "log_ratio",
    "fsim", "sim", "info", "update", "change_mismatch", "percent", "money", "count", "other_class", "same_story",
    "base", "past_mark", "measure_clash", "rule", "rule_strength", "period_differs", "period_same",
    "named_counted", "named_open", "frame_clean", "intent_mixed", "foreign_subject",
    "background_period", "named_equal", "exact_equal", "weak_unnamed",
)
PROP_FEATURES = (
    "bias", "sim", "bigram", "act_same", "act_objects", "act_status_differs", "act_negated", "act_one",
    "date_same", "date_compatible", "date_different", "date_possible", "status_differs", "a_figs", "b_figs",
    "fig_mismatch", "names_shared", "same_story", "short",
)


def _clip(x: float, hi: float = 3.0) -> float:
    return hi if x > hi else x


def fig_features(xa: Fig, xb: Fig, a: Item, b: Item, wts: Weights, sim: float, rel: str,
                 update: bool) -> list[float]:
    """Features of two comparable figures (same class, rate and role as a base). ``rel``: how their values
    relate ("equal", "compatible", "different"); ``update``: the texts place them at different times."""
    from claims.align import (
        _owners_clash,
        _same_counted,
        _same_family,
        _same_story,
        _scope_differs,
        foreign_subject,
        rule_verdict,
    )

    fa, fb = xa.frame, xb.frame
    ma, mb = fa.measure, fb.measure
    named = bool(ma) and ma == mb and fa.change == fb.change
    family = bool(ma) and bool(mb) and ma != mb and _same_family(ma, mb)
    clash = bool(ma) and bool(mb) and ma != mb and not family
    headed = not ma and not mb and bool(fa.head) and fa.head == fb.head
    ca, cb = fa.counted_class, fb.counted_class
    counted_same = _same_counted(fa, fb)
    people = ("people", "worker")
    is_people = (ca in people or ca.startswith("role:")) and (cb in people or cb.startswith("role:"))
    unknown = not ca or not cb
    status_differs = not fa.status.fits(fb.status)
    ratio = 1.0
    if rel == "different" and fa.interval is not None and fb.interval is not None:
        from claims.values.intervals import ratio as interval_ratio

        ratio = interval_ratio(fa.interval, fb.interval)
    cls = fa.cls
    fsim = wts.overlap(xa.words, xb.words, xa.fmass, xb.fmass)
    owners_clash = _owners_clash(fa, fb, a, b, wts.mains)
    # the hand-written rule's verdict, as one more feature
    kind, strength, _ = rule_verdict(xa, xb, a, b, wts, rel, named, fsim, owners_clash)
    pa, pb = fa.period, fb.period
    return [
        1.0, float(named), float(headed), float(family), float(bool(ma) != bool(mb)), float(counted_same),
        float(is_people and not counted_same), float(unknown), float(not unknown and not counted_same and not is_people),
        float(status_differs), float(fa.status is fb.status and fa.status in (Status.FUTURE, Status.INTENT)),
        float(owners_clash), float(_scope_differs(fa, fb, a, b, wts.mains)),
        float(rel == "equal"), _clip(math.log(ratio)) if ratio != math.inf else 3.0, fsim, sim,
        min(xa.info, xb.info), float(update), float(bool(fa.change) != bool(fb.change)),
        float(cls == "percent"), float(cls.startswith("money")), float(cls == "count"),
        float(cls not in ("percent", "count") and not cls.startswith("money")),
        float(_same_story(a, b, wts.mains)), float(fa.base), float("past" in (fa.mark, fb.mark)), float(clash),
        float(kind == ("differ" if rel == "different" else "agree")), _clip(strength, 1.5),
        float(pa is not None and pb is not None and (pa[1] < pb[0] or pb[1] < pa[0])),
        float(pa is not None and pa == pb),
        # interactions the linear model cannot form itself: a named measure is strong evidence only with the
        # same counted thing (or none named), and only when nothing says the subject or place differs
        float(named and counted_same), float(named and unknown),
        float(named and (counted_same or unknown or is_people) and not owners_clash
              and not _scope_differs(fa, fb, a, b, wts.mains) and not status_differs),
        # one side an intention ("will cut"), the other told as done or unmarked ("cut", "the cuts")
        float({fa.status, fb.status} in ({Status.INTENT, Status.FACT}, {Status.INTENT, Status.UNMARKED})),
        # (for two values that differ only: the subject named on one side is what makes them two facts)
        float(rel == "different" and foreign_subject(fa, fb, a, b, wts.mains)),
        # a duration that only dates or qualifies another figure ("15% over two years", "over the two days of
        # the strike", "the two-day strike") is background, not a fact of its own
        float(background_period(a, xa) or background_period(b, xb)),
        # the same named measure with the same value, nothing saying whose or where differs ("revenue slipped
        # 4.1%" ~ "sales fell 4.1 per cent"); the same exact, telling value on both sides (133,000 ~ 133,000)
        float(named and rel == "equal" and not owners_clash and not status_differs),
        float(rel == "equal" and not fa.value.approx and not fb.value.approx and min(xa.info, xb.info) >= 0.45),
        # a small number ("four", "9") with no measure named on both sides says little on its own
        float(min(xa.info, xb.info) < 0.3 and not named),
    ]


_OVER_BEFORE = re.compile(r"\b(?:over|during|across|throughout|within)\s+(?:the\s+)?(?:(?:first|last|past|next)\s+)?$",
                         re.I)


_OVER_START = re.compile(r"(?:over|during|across|throughout|within)\s", re.I)  # "over four years" read as one figure
_ADJECTIVE = re.compile(r"[a-z]-[a-z]+$", re.I)  # "the three-day strike"


def background_period(it: Item, x: Fig) -> bool:
    """A duration that frames something else: "over the two days", "15 per cent over three years", "the two-day
    strike", or any duration beside another kind of figure in the same claim."""
    f = x.frame
    if f.cls != "duration":
        return False
    text, off = it.claim.text, it.claim.start
    a, b = f.value.start - off, f.value.end - off
    if (_ADJECTIVE.search(text, a, b) or _OVER_BEFORE.search(text, max(0, a - 24), a)
            or _OVER_START.match(text, a, b)):
        return True
    return any(y.frame.cls != "duration" for y in it.figs)


def prop_features(a: Item, b: Item, wts: Weights, sim: float, bigram: float, date_rank: int | None,
                  fig_mismatch: bool) -> list[float]:
    """Features of two claims that no figure pair links: shared wording, the same act, dates, status."""
    from claims.align import _same_story

    x, y = a.act, b.act
    act_same = x is not None and y is not None and x.act == y.act
    objects = act_same and bool(x.objects & y.objects)  # type: ignore[union-attr]
    return [
        1.0, sim, bigram, float(act_same), float(objects),
        float(act_same and x.status is not y.status),  # type: ignore[union-attr]
        float(act_same and (x.negated or y.negated)),  # type: ignore[union-attr]
        float((x is None) != (y is None)),
        float(date_rank == 3), float(date_rank == 2), float(date_rank == 0), float(date_rank == 1),
        float(a.status is not b.status), float(bool(a.figs)), float(bool(b.figs)), float(fig_mismatch),
        _clip(len(a.names & b.names) / 3.0, 1.0), float(_same_story(a, b, wts.mains)),
        float(min(len(a.tokens), len(b.tokens)) < 5),
    ]


def score(weights: tuple[float, ...], features: list[float]) -> float:
    """The model's probability for one pair."""
    z = sum(map(mul, weights, features))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


__all__ = ["FIG_FEATURES", "PROP_FEATURES", "fig_features", "prop_features", "score"]
