"""Values as closed intervals, exactly as RELATIONS.md §2 reads each wording: one row per wording, and
hypothesis for the arithmetic (every rule contains N or touches it, compatibility is symmetric)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.model import Value
from claims.values import compare, find_values, interval, rule
from claims.values.intervals import Interval


def one(text: str) -> Value:
    vs = [v for v in find_values(text) if v.kind != "date"]
    assert len(vs) == 1, vs
    return vs[0]


# (wording, the rule's row, interval)
ROWS = [
    ("3,000 teachers", "bare", (2940, 3060)),
    ("40% of them", "bare", (39.2, 40.8)),
    ("15 km away", "bare", (14.7, 15.3)),
    ("about 1,200 teachers", "around", (1140, 1260)),
    ("around 9,000 teachers", "around", (8550, 9450)),
    ("roughly 40 percent", "around", (38, 42)),
    ("approximately 60,000 defendants", "around", (57000, 63000)),
    ("some 5,000 people", "around", (4750, 5250)),
    ("an estimated 1 million people", "around", (950_000, 1_050_000)),
    ("more than 5,000 people", "above", (5000, 5500)),
    ("over 20 prisons", "above", (20, 22)),
    ("at least 310 people", "above", (310, 341)),
    ("upwards of 2,000 homes", "above", (2000, 2200)),
    ("in excess of $3 billion", "above", (3e9, 3.3e9)),
    ("nearly 8%", "just below", (7.6, 8)),
    ("almost 60,000 people", "just below", (57000, 60000)),
    ("just under 500 flights", "just below", (475, 500)),
    ("fewer than 100 people", "below", (90, 100)),
    ("less than 10%", "below", (9, 10)),
    ("under 300 beds", "below", (270, 300)),
    ("up to 5,000 people", "at most", (2500, 5000)),
    ("as many as 400 jobs", "at most", (200, 400)),
    ("no more than 12 people", "at most", (6, 12)),
    ("between 18 and 30 years", "range", (18 * 365.25, 30 * 365.25)),  # a range of durations in days, as "two years"
    ("18-30 people", "range", (18, 30)),
    ("tens of thousands of people", "vague", (20_000, 99_999)),
    ("hundreds of people", "vague", (200, 999)),
    ("dozens of people", "vague", (24, 99)),
    ("half of the schools", "bare", (49, 51)),
    ("a third of voters", "bare", (33.3 * 0.98, 33.3 * 1.02)),
    ("two in five adults", "bare", (39.2, 40.8)),
    ("almost half of the staff", "just below", (47.5, 50)),
    ("more than half the staff", "above", (50, 55)),
    ("30 miles away", "bare", (30 * 1.609344 * 0.98, 30 * 1.609344 * 1.02)),
    ("1.2 million people", "bare", (1_176_000, 1_224_000)),
    ("forty per cent of them", "bare", (39.2, 40.8)),
    ("the toll passed 20,000", "above", (20000, 22000)),
    ("sales topped 5,000 units", "above", (5000, 5500)),
    ("two years", "bare", (2 * 365.25 * 0.98, 2 * 365.25 * 1.02)),  # durations in days: "two days" is not
    ("five decades", "bare", (5 * 3652.5 * 0.98, 5 * 3652.5 * 1.02)),  # "two years"; "five decades" is 50 years
    ("half a million people", "bare", (490_000, 510_000)),  # a fraction of a scale is a quantity, not a share
    ("a quarter of a billion euros", "bare", (245e6, 255e6)),
    ("one and a half million people", "bare", (1_470_000, 1_530_000)),
    ("three-quarters of a million people", "bare", (735_000, 765_000)),
]


@pytest.mark.parametrize(("text", "row", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_each_wording_reads_as_relations_says(text, row, expected):
    v = one(text)
    assert rule(v) == row
    iv = interval(v)
    assert iv is not None
    assert iv.lo == pytest.approx(expected[0]) and iv.hi == pytest.approx(expected[1])


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("more than 5,000 people", "about 5,000 people", "compatible"),
        ("nearly 8%", "8%", "compatible"),
        ("almost half of them", "more than half of them", "compatible"),  # they touch at 50%
        ("about 1,200 teachers", "more than 1,150 teachers", "compatible"),
        ("about 20,000 people", "around 24,000 people", "different"),
        ("20,000 people", "around 24,000 people", "different"),
        ("tens of thousands of men", "an estimated 1 million men", "different"),
        ("30 miles", "48 km", "equal"),  # both bare: the same figure, rounded
        ("40 schools", "65 schools", "different"),
        ("3,000 jobs", "3,000 jobs", "equal"),
    ],
)
def test_compatible_when_intervals_overlap_or_touch(a, b, relation):
    assert compare(one(a), one(b)) == relation
    assert compare(one(b), one(a)) == relation


RULES = ["", "about ", "more than ", "nearly ", "fewer than ", "up to "]


@given(n=st.integers(min_value=1, max_value=10**9), word=st.sampled_from(RULES))
def test_every_interval_holds_or_touches_its_figure(n, word):
    v = one(f"{word}{n:,} people")
    iv = interval(v)
    assert iv.lo <= iv.hi
    assert iv.lo <= n <= iv.hi


@given(n=st.integers(min_value=1, max_value=10**7), m=st.integers(min_value=1, max_value=10**7),
       wa=st.sampled_from(RULES), wb=st.sampled_from(RULES))
def test_compatibility_is_symmetric_and_matches_the_intervals(n, m, wa, wb):
    a, b = one(f"{wa}{n:,} people"), one(f"{wb}{m:,} people")
    ia, ib = interval(a), interval(b)
    assert compare(a, b) == compare(b, a)
    overlap = ia.lo <= ib.hi * (1 + 1e-9) and ib.lo <= ia.hi * (1 + 1e-9)
    assert (compare(a, b) != "different") == overlap


def test_touching_intervals_are_compatible():
    assert Interval(47.5, 50.0).touches(Interval(50.0, 55.0))
    assert not Interval(1.0, 2.0).touches(Interval(2.1, 3.0))


def test_a_vote_after_passed_is_not_a_lower_bound():
    vs = [v for v in find_values("The bill passed 310 to 250 on Monday.") if v.kind != "date"]
    assert [v.text for v in vs] == ["310", "250"] and not any(v.approx for v in vs)


def test_the_same_duration_in_other_units_is_compatible():
    assert compare(one("five decades"), one("50 years")) in ("equal", "compatible")
    assert compare(one("two days"), one("two years")) == "different"
