"""How two values relate: "equal", "compatible", "possible" (too little to tell) or "different"."""

from __future__ import annotations

from claims.model import Value
from claims.values.dates import compare_dates
from claims.values.intervals import Interval, bounds


def compare(a: Value, b: Value) -> str | None:
    """How two values of the same kind relate: "equal", "compatible", "possible", "different";
    None when they are not comparable (different kinds or units)."""
    if a.kind == "date" or b.kind == "date":
        return compare_dates(a, b) if a.kind == b.kind else None
    return compare_bounds(bounds(a), bounds(b), a.approx or b.approx)


def compare_bounds(ba: tuple[float, float] | None, bb: tuple[float, float] | None, approx: bool) -> str | None:
    """:func:`compare` on :func:`~claims.values.intervals.bounds` results; ``approx``: either figure is
    approximate. Intervals that overlap or touch are compatible (RELATIONS.md §2); both bare and
    overlapping (rounding only) is equal."""
    if ba is None or bb is None:
        return None
    if ba == bb:
        return "equal"
    if Interval(*ba).touches(Interval(*bb)):
        return "compatible" if approx else "equal"
    return "different"


__all__ = ["compare", "compare_bounds"]
