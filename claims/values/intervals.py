"""Each stated figure as a closed interval, exactly as RELATIONS.md §2 reads it.

| wording | interval for N |
|---|---|
| bare N ("3,000", "40%", "15 km") | N ± 2% (rounding in reporting) |
| about, around, roughly, approximately, some, an estimated | N ± 5% |
| more than, over, at least, upwards of, in excess of, exceed(s) | N to 1.1 N |
| nearly, almost, just under | 0.95 N to N |
| fewer than, less than, under | 0.9 N to N |
| up to, as many as, at most, no more than | 0.5 N to N |
| N–M, between N and M | N to M (an approximator widens it as it would N) |
| tens of thousands · hundreds · dozens | 20,000–99,999 · 200–999 · 24–99 (``claims.vocab.VAGUE``) |
| half, a third, two in five | 50%, 33.3%, 40%, then as a bare figure |

Identifiers (years, ages, labels) are exact. Units are normalised before (km, ISO currency codes,
per cent of the group). Two intervals are compatible when they overlap or touch.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from claims.model import Value
from claims.vocab import APPROX_DIRECTION, APPROX_RULES, APPROXIMATORS, BARE_TOLERANCE

_SPACES = re.compile(r"\s+")
_APPROX_LONGEST_FIRST = [w + " " for w in sorted(APPROXIMATORS, key=len, reverse=True)]


class Interval(NamedTuple):
    lo: float
    hi: float

    def touches(self, other: Interval) -> bool:
        """Overlap or touch (a relative tolerance absorbs floating-point noise: 0.95 * 50 vs 47.5)."""
        eps = 1e-9 * max(1.0, abs(self.lo), abs(self.hi), abs(other.lo), abs(other.hi))
        return self.lo <= other.hi + eps and other.lo <= self.hi + eps


def approximator(v: Value) -> str:
    """The approximator a figure is written with ("more than", "about", ...), or ""."""
    if not v.approx:
        return ""
    low = _SPACES.sub(" ", v.text.lower())
    for word in _APPROX_LONGEST_FIRST:
        if low.startswith(word):
            return word[:-1]
    return ""


def direction(v: Value) -> str:
    """"+" when the figure is a lower bound ("over 30,000"), "-" for an upper bound ("nearly 60,000"), else ""."""
    return APPROX_DIRECTION.get(approximator(v), "")


def rule(v: Value) -> str:
    """The RELATIONS.md §2 row of a figure: "bare", "around", "above", "just below", "below", "at most",
    "range" or "vague"."""
    if isinstance(v.value, list):
        return "vague" if v.approx and not approximator(v) else "range"
    word = approximator(v)
    return APPROXIMATORS[word] if word else "bare"


#: durations are compared in days
DAYS_PER_UNIT = {"seconds": 1 / 86400, "minutes": 1 / 1440, "hours": 1 / 24, "days": 1.0, "weeks": 7.0, "months": 30.44,
                 "years": 365.25, "decades": 3652.5, "centuries": 36525.0}


def interval(v: Value) -> Interval | None:
    """The closed interval a figure allows (None for dates and values without a number)."""
    val = v.value
    if v.kind == "date":
        return None
    if v.kind == "tally":  # "5-2" as one exact figure: 5,002 stands for it (never near another tally)
        left, _, right = str(val).partition("-")
        code = float(int(left) * 1000 + int(right))
        return Interval(code, code)
    if isinstance(val, list):
        if len(val) != 2 or not all(isinstance(x, (int, float)) for x in val):
            return None
        lo, hi = float(val[0]), float(val[1])
        if v.kind == "duration":  # "four to eight weeks" ~ "one to two months": both in days
            f = DAYS_PER_UNIT.get(v.unit, 1.0)
            lo, hi = lo * f, hi * f
        word = approximator(v)
        if word:
            flo, fhi = APPROX_RULES[APPROXIMATORS[word]]
            return Interval(lo * flo, hi * fhi)
        return Interval(lo, hi)  # a range as written, or a vague quantity's own interval
    if not isinstance(val, (int, float)):
        return None
    x = float(val)
    if v.kind == "time":  # a time of day, in minutes: "04:52" ~ "shortly before 5 a.m." ([285, 300])
        lo, hi = _clock_window(v)
        return Interval(x + lo, x + hi)
    if v.kind == "duration":  # "two years" is not "two days"; "five decades" is "50 years" (RELATIONS.md §2)
        x *= DAYS_PER_UNIT.get(v.unit, 1.0)
    if v.kind == "age":
        return Interval(x, x)  # identifiers and ages are exact
    word = approximator(v)
    flo, fhi = APPROX_RULES[APPROXIMATORS[word]] if word else (1 - BARE_TOLERANCE, 1 + BARE_TOLERANCE)
    a, b = x * flo, x * fhi
    return Interval(min(a, b), max(a, b))


#: how far a time of day told with a word before it may lie from the clock it names, in minutes
_CLOCK_WORDS = {"before": (-60, 0), "after": (0, 60), "shortly": (-30, 0), "just": (-30, 0), "soon": (-30, 0),
                "about": (-15, 15), "around": (-15, 15), "roughly": (-15, 15), "approximately": (-15, 15)}


def _clock_window(v: Value) -> tuple[float, float]:
    if not v.approx:
        return -1.0, 1.0  # (to the minute)
    words = v.text.lower().split()
    first = words[0]
    if first in ("shortly", "just", "soon", "some", "sometime") and len(words) > 1 and words[1].startswith("after"):
        return 0.0, 30.0
    return _CLOCK_WORDS.get(first, (-15.0, 15.0))


def bounds(v: Value) -> tuple[float, float] | None:
    """:func:`interval` as a plain tuple (None when the value has no numeric interval)."""
    iv = interval(v)
    return (iv.lo, iv.hi) if iv is not None else None


def ratio(a: Interval, b: Interval, count: bool = False) -> float:
    """How far apart two intervals are, as the ratio between their nearest ends (1 when they touch). ``count``: two
    counts, where nought is one fewer than one ("no one was killed" and "two people died" are as far apart as one and
    three, not infinitely far)."""
    lo = min(a.hi, b.hi)
    hi = max(a.lo, b.lo)
    if hi <= lo:
        return 1.0
    if count and lo == 0:
        return hi + 1
    if lo <= 0:
        return math.inf
    return hi / lo


__all__ = ["Interval", "approximator", "bounds", "direction", "interval", "ratio", "rule"]
