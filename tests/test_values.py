"""Typed values: one assertion per form the issue lists, comparisons, and round-trip properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.model import Value
from claims.values import bounds, compare, compare_dates, direction, find_values, parse_number, parse_words

PUB = dt.date(2024, 10, 3)  # a Thursday


def one(text: str, ref: dt.date | None = None, ref_year: int | None = None) -> Value:
    vals = find_values(text, 0, ref, ref_year=ref_year)
    assert len(vals) == 1, vals
    return vals[0]


def kinds(text: str) -> list[tuple[str, object, str]]:
    return [(v.kind, v.value, v.unit) for v in find_values(text)]


# -- figures ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("about 20,000 people", "count", 20000.0, "person"),
        ("a rate of 0.4 was recorded", "number", 0.4, ""),
        ("forty people", "count", 40.0, "person"),
        ("twelve soldiers", "count", 12.0, "soldier"),
        ("1 million", "number", 1e6, ""),
        ("1.5 billion", "number", 1.5e9, ""),
        ("20K", "number", 20000.0, ""),
        ("tens of thousands of men", "count", [20000.0, 99999.0], "man"),
        ("thousands of protesters", "count", [2000.0, 9999.0], "protester"),
        # "several hundred", "a few thousand": as vague as "hundreds of" (RELATIONS.md §2)
        ("several hundred fans", "count", [200.0, 999.0], "fan"),
        ("a few thousand people", "count", [2000.0, 9999.0], "person"),
        ("several dozen reporters", "count", [24.0, 99.0], "reporter"),
        ("a hundred fans", "count", 100.0, "fan"),
        ("hundreds of volunteers", "count", [200.0, 999.0], "volunteer"),
        ("40%", "percent", 40.0, "%"),
        ("40 percent", "percent", 40.0, "%"),
        ("forty per cent", "percent", 40.0, "%"),
        ("$2", "money", 2.0, "USD"),
        ("5 million rubles", "money", 5e6, "RUB"),
        # world currencies named in words, with the adjective that says whose when several countries share a name
        ("12.4 billion crowns", "money", 12.4e9, "KR"),
        ("450 million Swedish kronor", "money", 450e6, "KR"),
        ("3 million Mexican pesos", "money", 3e6, "MEXICAN PESO"),
        ("5 billion Australian dollars", "money", 5e9, "AUSTRALIAN DOLLAR"),
        ("20 billion Hong Kong dollars", "money", 20e9, "HONG KONG DOLLAR"),
        ("3 million US dollars", "money", 3e6, "USD"),
        ("900 million forints", "money", 900e6, "HUF"),
        # a price in florins is money, not a count of florins ("18 florins a share" against "450 million florins")
        ("18.50 florins", "money", 18.5, "FLORIN"),
        ("40 million talers", "money", 40e6, "TALER"),
        ("300 rand", "money", 300.0, "ZAR"),
        ("2 billion reais", "money", 2e9, "BRL"),
        ("5,000 leva", "money", 5000.0, "BGN"),
        ("1.2 billion cedis", "money", 1.2e9, "GHS"),
        # more of the world's currencies by name (real news from anywhere names its own)
        ("4,500 kyats", "money", 4500.0, "MMK"),
        ("2.5 million meticais", "money", 2.5e6, "MZN"),
        ("300 soles", "money", 300.0, "PEN"),
        ("12,000 colones", "money", 12000.0, "CRC"),
        ("9 billion bolivares", "money", 9e9, "VES"),
        ("40 million renminbi", "money", 40e6, "CNY"),
        ("800 million kwanzas", "money", 800e6, "AOA"),
        # marks are money after a scale word; bare, they may be an exam's ("scored 85 marks")
        ("41.5 million marks", "money", 41.5e6, "MARK"),
        ("85 marks", "count", 85.0, "mark"),
        ("a 41.5 million mark penalty", "money", 41.5e6, "MARK"),
        ("€3bn", "money", 3e9, "EUR"),
        # a dozen is always a count ("crew" is plural as written: the crew counted)
        ("its two dozen crew", "count", 24.0, "crew"),
        # a sum as an adjective, joined by a hyphen: "a 250 million-dollar appeal", "a 5 billion-euro fund"
        ("a 250 million-dollar appeal", "money", 250e6, "USD"),
        ("a 5 billion-euro fund", "money", 5e9, "EUR"),
        ("133,000 men", "count", 133000.0, "man"),
        ("210 pre-trial detention centers", "count", 210.0, "center"),
        ("30,000 casualties", "count", 30000.0, "casualty"),
        ("30,000 people a month", "count", 30000.0, "person/month"),
        ("men aged from 18 to 30", "age", [18.0, 30.0], "years"),
        ("between 18 and 30", "range", [18.0, 30.0], ""),
        ("18-30", "range", [18.0, 30.0], ""),
        ("aged 18 to 30", "age", [18.0, 30.0], "years"),
        ("between the ages of 18 and 30", "age", [18.0, 30.0], "years"),
        ("an 85-year-old pensioner", "age", 85.0, "years"),
        # the first age's hyphen waits for the second's "-year-olds": one band of ages, no number 16
        ("among 16- to 24-year-olds", "age", [16.0, 24.0], "years"),
        ("the rate for 16- and 17-year-olds", "age", [16.0, 17.0], "years"),
        # a hyphenated word ending in "up" is no change word: "the call-up applies to men from 18 to 30 years old"
        ("the call-up applies to men from 18 to 30 years old", "age", [18.0, 30.0], "years"),
        ("one year", "duration", 1.0, "years"),
        ("28 years", "duration", 28.0, "years"),
        ("three months", "duration", 3.0, "months"),
        ("1,500 kilometers", "distance", 1500.0, "km"),
    ],
)
def test_figure_forms(text, kind, value, unit):
    v = one(text)
    assert (v.kind, v.value, v.unit) == (kind, value, unit)


@pytest.mark.parametrize(("text", "label"), [
    ("A fifth man was detained on Friday, bringing the number held to five.", "five"),
    ("Police said the number arrested had risen to seven.", "seven"),
])
def test_the_level_a_number_held_or_arrested_reaches_is_a_figure(text, label):
    """"bringing the number held to five": a tally named by its participle reaches a level, as "the number of people
    held" does (a bare number word is otherwise too vague to be a figure)."""
    assert label in [v.text for v in find_values(text, 0, None)]


@pytest.mark.parametrize("text", ["Olmeria had handed over 98 prisoners.", "The rebels took over 40 towns.",
                                  "The company turned over 12 files to investigators."])
def test_over_after_a_verb_is_its_particle_not_more_than(text):
    """"handed over 98 prisoners" hands over 98, not more than 98 (RELATIONS.md §2 reads "over N" as N to 1.1 N)."""
    v = find_values(text)[0]
    assert not v.approx and not v.text.startswith("over"), v
    assert find_values("Prices rose over 5% last year.")[0].approx  # (after a verb of change, "over" is "more than")


def test_counts_keep_their_noun_phrase():
    v = one("There are 210 pre-trial detention centers in Russia.")
    assert v.text == "210 pre-trial detention centers"


def test_miles_are_converted_to_kilometres():
    v = one("a front of 100 miles")
    assert v.kind == "distance" and v.value == pytest.approx(160.9344)


@pytest.mark.parametrize("word", ["about", "around", "roughly", "nearly", "approximately", "over", "more than",
                                  "an estimated"])
def test_approximators(word):
    v = one(f"{word} 20,000 people")
    assert v.approx and v.text.startswith(word) and v.value == 20000.0


@pytest.mark.parametrize("text, sign", [("over 20 prisons", "+"), ("more than 28 years", "+"), ("nearly 60,000", "-"),
                                        ("up to 40%", "-"), ("about 100", ""), ("100", "")])
def test_direction(text, sign):
    assert direction(one(text)) == sign


def test_bounds_follow_direction():
    assert bounds(one("over 20 prisons")) == pytest.approx((20, 22))
    lo, hi = bounds(one("nearly 60,000"))
    assert hi == 60000 and lo == pytest.approx(57000)


# -- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("on Oct. 2", "--10-02", "day"),
        ("on October 1", "--10-01", "day"),
        ("as of January 1, 2024", "2024-01-01", "day"),
        ("by mid-February 2023", "2023-02", "month"),
        ("in September 2022", "2022-09", "month"),
        ("since summer 2022", ["2022-06", "2022-08"], "month"),
        ("in 2022", "2022", "year"),
        ("as of early 2024", ["2024-01", "2024-04"], "month"),
        ("on Sept. 30", "--09-30", "day"),
        ("on 2 October 2024", "2024-10-02", "day"),
        ("the fall 2023 campaign", ["2023-09", "2023-11"], "month"),
    ],
)
def test_absolute_dates(text, value, unit):
    v = one(text)
    assert (v.kind, v.value, v.unit) == ("date", value, unit)


@pytest.mark.parametrize(
    "text, value",
    [
        ("sales in the July-September period", ["2024-07", "2024-09"]),
        ("between July and September", ["2024-07", "2024-09"]),
        ("in the third quarter", ["2024-07", "2024-09"]),
        ("revenue in Q1 2023", ["2023-01", "2023-03"]),
        ("the first half of 2022", ["2022-01", "2022-06"]),
        ("in the nine months to September", ["2024-01", "2024-09"]),
        ("the three months to the end of June", ["2024-04", "2024-06"]),
        ("from November to February", ["2023-11", "2024-02"]),
        # a period the publication day (3 October 2024) falls inside is the current one, not last year's
        ("the drive will run between October and January", ["2024-10", "2025-01"]),
        ("from September to December", ["2024-09", "2024-12"]),
    ],
)
def test_reporting_periods_are_one_date_over_their_months(text, value):
    """A period is one value (the figure it qualifies covers all of it), not two unrelated months."""
    dates = [v for v in find_values(text, 0, PUB) if v.kind == "date"]
    assert [(v.value, v.unit) for v in dates] == [(value, "month")]


@pytest.mark.parametrize(
    "text, days",
    [
        ("the stoppage covers June 10 and 11", ["2024-06-10", "2024-06-11"]),
        ("a walkout on 28 and 29 January", ["2025-01-28", "2025-01-29"]),
        ("the festival runs June 10-11", ["2024-06-10", "2024-06-11"]),
        ("from 10 to 11 June", ["2024-06-10", "2024-06-11"]),
        ("due on 3 or 4 May", ["2024-05-03", "2024-05-04"]),
        ("hearings on March 3, 4 and 5", ["2024-03-03", "2024-03-04", "2024-03-05"]),
        ("on June 10 and 11, 2023", ["2023-06-10", "2023-06-11"]),
    ],
)
def test_days_of_one_month_are_each_a_date(text, days):
    """"June 10 and 11" is two days of June: the bare 11 is a date, never a count of something (RELATIONS.md §2)."""
    vals = find_values(text, 0, PUB)
    assert [(v.kind, v.value, v.unit) for v in vals] == [("date", d, "day") for d in days]


@pytest.mark.parametrize("text, figure", [("In May 3 and 4 people were hurt", ("count", 4.0)),
                                          ("In June 2 or 3 percent of staff left", ("percent", 3.0)),
                                          ("sales rose 10 to 12 per cent in May", ("percent", 12.0))])
def test_a_number_that_counts_something_after_a_month_stays_a_figure(text, figure):
    assert figure in [(v.kind, v.value) for v in find_values(text, 0, PUB)]


@pytest.mark.parametrize("text, figures", [
    ("on May 19, 1.1 million marched, and on June 7 – 1.3 million", [("date", "2024-06-07"), ("number", 1300000.0)]),
    ("the count on June 7 - 120 people - was the highest", [("date", "2024-06-07"), ("count", 120.0)]),
    ("the festival runs June 7-9 in the park", [("date", "2024-06-07"), ("date", "2024-06-09")]),
])
def test_a_day_then_a_dash_then_a_figure_is_the_day_and_the_figure(text, figures):
    """'on June 7 – 1.3 million': the month's day, then a figure after the dash (never a range from 7 to 1.3
    million); a second day after the dash ('June 7-9') is still a span of days."""
    got = [(v.kind, v.value) for v in find_values(text, 0, PUB)]
    assert all(f in got for f in figures) and not any(k == "range" for k, _ in got)


@pytest.mark.parametrize(
    "text, value",
    [
        ("it was doing about 94mph on the bend", 151.28),
        ("travelling at 152 km/h", 152.0),
        ("at 60 miles per hour", 96.56),
        ("a limit of 80 kph", 80.0),
        ("2,000 kilometres per hour", 2000.0),
    ],
)
def test_speeds_are_normalised_to_km_per_hour(text, value):
    """RELATIONS.md §2: units are normalised first, so "94mph" and "152 km/h" are compared as one unit."""
    v = one(text)
    assert (v.kind, v.unit) == ("speed", "km/h") and v.value == pytest.approx(value, abs=0.01)


def test_a_unit_written_against_the_number_still_ends_it():
    assert (one("a 15km stretch").kind, one("a 15km stretch").value) == ("distance", 15.0)
    assert one("lost 5m euros").kind == "money"


def test_a_half_needs_a_year_and_two_months_are_not_a_range():
    assert [v for v in find_values("He scored twice in the first half.", 0, PUB) if v.kind == "date"] == []
    assert len([v for v in find_values("in July and September", 0, PUB) if v.kind == "date"]) == 2


def test_year_less_dates_take_the_reference_year():
    assert one("on Oct. 2", ref_year=2024).value == "2024-10-02"
    assert one("on Oct. 2", PUB).value == "2024-10-02"
    assert one("on Dec. 30", dt.date(2025, 1, 4)).value == "2024-12-30"  # the nearest one, in the past


@pytest.mark.parametrize(
    "text, value",
    [
        ("on Wednesday", "2024-10-02"),
        ("Tuesday", "2024-10-01"),
        ("earlier this week", ["2024-09-30", "2024-10-03"]),
        ("last year", "2023"),
        ("this month", "2024-10"),
        ("yesterday", "2024-10-02"),
        ("two days ago", "2024-10-01"),
        ("last Friday", "2024-09-27"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text, value):
    v = one(text, PUB)
    assert v.kind == "date" and v.value == value


def test_weekday_without_reference_stays_a_weekday_and_fits_its_dates():
    wd = one("on Wednesday")
    assert (wd.value, wd.unit) == ("Wednesday", "weekday")
    assert compare_dates(wd, one("on Oct. 2, 2024")) == "compatible"  # a Wednesday
    assert compare_dates(wd, one("on Oct. 3, 2024")) == "different"
    assert compare_dates(wd, one("on Oct. 2")) == "possible"  # no year: cannot tell
    # two unresolved Wednesdays may be two weeks' days: compatible, never the same day (RELATIONS.md §2)
    assert compare_dates(wd, one("on Wednesday morning")) == "compatible"
    assert compare_dates(wd, one("on Thursday")) == "different"


def test_unresolvable_relative_date_is_kept_as_a_phrase():
    v = one("earlier this week")
    assert (v.value, v.unit) == ("earlier this week", "relative")


def test_date_comparisons():
    assert compare(one("in 2022"), one("since summer 2022")) == "compatible"
    assert compare(one("on Oct. 2, 2024"), one("on 2 October 2024")) == "equal"
    assert compare(one("in March 2023"), one("in 2024")) == "different"


# -- what is not a figure ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Article 8 of the covenant", "suffering from PTSD", "an F-16 jet", "COVID-19 cases",
                                  "at 5:29 PM", "one of them", "Chapter 11 filing", "the G7 summit"])
def test_labels_and_codes_are_not_figures(text):
    assert [v for v in find_values(text) if v.kind not in ("date", "time")] == []


@pytest.mark.parametrize("text", ["A bus on route 9 stopped at the edge.", "Tram line 4 is suspended and bus routes 9 and 12 "
                                  "are diverted.", "The train left from platform 3.", "Passengers waited at gates 5 to 8."])
def test_numbered_lines_routes_and_platforms_in_lower_case_are_labels(text):
    assert [v for v in find_values(text) if v.kind not in ("date", "time")] == []


def test_a_line_of_things_is_still_counted():
    assert [v.text for v in find_values("A line of 40 trucks waited, and 12 lines of text were cut.")] == ["40 trucks", "12 lines"]


def test_a_year_is_a_date_not_a_count():
    assert kinds("It began in 2022.") == [("date", "2022", "year")]


def test_numbers_compare_with_tolerance_for_approximators():
    assert compare(one("about 20,000 people"), one("around 20,000 people")) in ("equal", "compatible")
    assert compare(one("nearly 60,000"), one("60,000")) == "compatible"
    assert compare(one("40%"), one("40 percent")) == "equal"
    assert compare(one("20K"), one("20,000")) == "equal"
    assert compare(one("about 20,000 people"), one("24,000 people")) == "different"
    assert compare(one("tens of thousands of men"), one("1 million men")) == "different"


# -- properties ---------------------------------------------------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            return words(n // scale) + " " + name + (" " + words(n % scale) if n % scale else "")
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=10**12))
def test_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=999_999_999))
def test_words_round_trip(n):
    assert parse_words(words(n)) == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("K", 1e3), (" thousand", 1e3), (" million", 1e6),
                                                                  ("bn", 1e9), (" billion", 1e9)]))
def test_scales_round_trip(n, scale):
    suffix, factor = scale
    assert parse_number(f"{n}{suffix}") == n * factor


@given(st.integers(min_value=2, max_value=10**9))
def test_counts_found_in_running_text_round_trip(n):
    v = find_values(f"Officials said {n:,} residents left.")
    assert [(x.kind, x.value, x.unit) for x in v if x.kind != "date"] in (
        [("count", float(n), "resident")], [])  # a bare 4-digit year-like figure is a date
    if not 1800 <= n <= 2099:
        assert v and v[0].value == float(n)


@given(st.text(max_size=200), st.integers(min_value=0, max_value=1000))
def test_any_text_gives_consistent_spans(text, offset):
    for v in find_values(text, offset, PUB):
        assert offset <= v.start < v.end <= offset + len(text)
        assert v.text == text[v.start - offset:v.end - offset]


@given(st.text(alphabet=st.sampled_from(list("0123456789,. -%$€abcdefmkKtoandbetweenfromagedOct.Sept")), max_size=80))
def test_number_heavy_text_never_raises(text):
    for v in find_values(text, 0, None, ref_year=2024):
        assert v.text == text[v.start:v.end]


_WORDS_FOR_ODD_CASE = ["a third of", "two thirds of", "half a minute", "six", "minutes", "dozens of", "hours", "sixty",
                       "first", "Sunday", "since", "percent", "kilometres", "km", "300", "staff", "weeks", "this year"]
_ODD_LETTERS = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a", "K": "\u212a"}


@given(st.lists(st.sampled_from(_WORDS_FOR_ODD_CASE), min_size=1, max_size=8),
       st.lists(st.booleans(), min_size=40, max_size=40))
def test_letters_that_fold_to_ascii_only_case_insensitively_never_raise(words, swaps):
    """"a thırd of" (dotless i), "ſix" (long s), "\u212am" (Kelvin sign): the patterns match such letters as ASCII
    ones; the values found keep the text's own letters, with consistent spans, and nothing raises."""
    text, k = [], 0
    for ch in " ".join(words) + ".":
        if ch in _ODD_LETTERS and swaps[k % len(swaps)]:
            ch = _ODD_LETTERS[ch]
        k += ch.isalpha()
        text.append(ch)
    t = "".join(text)
    for v in find_values(t, 5, PUB):
        assert v.text == t[v.start - 5:v.end - 5]


def test_a_fraction_spelt_with_a_dotless_i_is_read():
    assert [(v.text, v.value) for v in find_values("A th\u0131rd of the 300 workers left.")] == [
        ("A th\u0131rd", 33.3), ("300 workers", 300.0)]


# ---------------------------------------------------------------------------- a change from one figure to another


@pytest.mark.parametrize("text, figures", [
    ("The death toll rose from 310 to 480 on Tuesday.", [310.0, 480.0]),
    ("Ministers are lifting the sales tax from 20 per cent to 21.5 per cent.", [20.0, 21.5]),
    ("The levy will go up by one percentage point to 8.5% in April.", [1.0, 8.5]),
    ("Profit grew from $2 billion to $3 billion.", [2e9, 3e9]),
])
def test_a_change_from_one_figure_to_another_is_two_figures_not_a_range(text, figures):
    """RELATIONS.md §3 compares each figure with the other text's figure for the same moment: "rose from 310 to
    480" is the earlier figure and the later one, not a range from 310 to 480 (which would agree with anything
    between)."""
    got = [v.value for v in find_values(text) if v.kind != "date"]
    assert got == figures


@pytest.mark.parametrize("text, low, high", [
    ("Volunteers aged from 18 to 30 can apply.", 18.0, 30.0),
    ("Growth of 6% to 7% is expected next year.", 6.0, 7.0),
    ("Between 5% and 6% of the vote went to minor parties.", 5.0, 6.0),
    ("From 2 to 3 million people use the line each week.", 2e6, 3e6),  # both in millions
])
def test_ranges_stay_ranges(text, low, high):
    v = [v for v in find_values(text) if v.kind != "date"][0]
    assert v.value == [low, high]


@pytest.mark.parametrize("text, part, noun", [
    ("Four of the nine reactors were shut down for checks.", "Four", "reactor"),
    ("Police arrested 14 of the 60 marchers.", "14", "marcher"),
    ("The panel upheld 3 of Maria's 11 complaints.", "3", "complaint"),
])
def test_a_part_of_a_counted_whole_counts_the_whole_s_noun(text, part, noun):
    """"Four of the nine reactors were shut": the claim's figure is four reactors (the nine names the whole); a
    number word alone is a figure here because the whole says what it counts."""
    got = {v.text: (v.kind, v.unit) for v in find_values(text)}
    assert got[part] == ("count", noun)


def test_a_number_word_with_no_counted_whole_stays_no_figure():
    """Inside a clause ("he said two of them ...") a number word naming part of an unnamed group is no figure; as the
    subject its clause opens on ("Nine of the injured were in a critical condition", "Four of them remain in
    hospital") it counts the people it tells of, as "Twelve were killed" does."""
    assert [v.text for v in find_values("The guide said two of them were hurt, and one of the others left.")] == []
    assert [v.text for v in find_values("Nine of the injured were in a critical condition.")] == ["Nine"]
    assert [v.text for v in find_values("Four of them remain in a critical condition.")] == ["Four"]
    assert [v.text for v in find_values("One of them was hurt.")] == []


@pytest.mark.parametrize("text, day", [
    ("The two suspects will appear in court on Thursday.", "2025-03-13"),
    ("The council is due to vote on Friday.", "2025-03-14"),
    ("The final reading is set for Friday.", "2025-03-14"),  # a schedule, as "is due on" is
    ("The hearing is slated for Thursday.", "2025-03-13"),
    ("The final reading was on Friday.", "2025-03-07"),
    ("The council voted on Friday.", "2025-03-07"),  # told as past: the Friday before
    ("Police said on Sunday that the two suspects will be charged.", "2025-03-09"),  # the day it was said
])
def test_a_weekday_told_as_still_to_come_is_the_next_one(text, day):
    """In a paper of Tuesday 11 March 2025, "will appear in court on Thursday" is 13 March, not 6 March."""
    got = [v.value for v in find_values(text, 0, dt.date(2025, 3, 11)) if v.kind == "date"]
    assert got == [day]


@pytest.mark.parametrize("text, label, kind", [
    ("About a third of those held were under 18, the police said.", "under 18", "age"),
    ("Most of the pupils are over 16.", "over 16", "age"),
    ("The deaths were over 60 by nightfall.", "over 60", "number"),  # not an age of majority: a count
    ("Losses were under 15%.", "under 15%", "percent"),
])
def test_a_limit_of_minority_or_majority_after_be_is_an_age(text, label, kind):
    got = {v.text: v.kind for v in find_values(text)}
    assert got[label] == kind


@pytest.mark.parametrize("text, label, value, unit", [
    ("The bank lifted its rate by 50 basis points.", "50 basis points", 0.5, "pp"),
    ("Spreads widened by 12 bps.", "12 bps", 0.12, "pp"),
    ("The bank cut its rate by a quarter point.", "a quarter point", 0.25, "pp"),
    ("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "pp"),
    ("The lender added half a percentage point.", "half a percentage point", 0.5, "pp"),
    ("A quarter of the voters stayed home.", "A quarter", 25.0, "%"),  # a share of a group stays a share
    ("The lender will pass on the full quarter point.", "the full quarter point", 0.25, "pp"),
    ("It was a half-point cut.", "half-point", 0.5, "pp"),
    ("It was a half point cut.", "half point", 0.5, "pp"),
])
def test_points_of_a_rate_are_percentage_points(text, label, value, unit):
    got = {v.text: (v.value, v.unit) for v in find_values(text)}
    assert got[label] == (value, unit)


@pytest.mark.parametrize("text", ["Profit in the quarter rose.", "They spent the full third of the budget."])
def test_the_quarter_or_the_third_alone_is_no_share(text):
    """"the quarter" is a period and "the full third" a part; only "the (full) quarter point" is a move of a rate."""
    assert [v for v in find_values(text) if v.kind == "percent"] == []


@pytest.mark.parametrize("text, label, kind, value, unit", [
    ("- Education and culture: EUR 6.9 billion (-210 million)", "-210 million", "money", 210e6, "EUR"),
    ("Defence: EUR 6.8 billion (+400 million)", "+400 million", "money", 400e6, "EUR"),
    ("Revenue came to €41.3bn (-4.1%).", "-4.1%", "percent", 4.1, "%"),
])
def test_a_signed_change_in_brackets_after_a_level_is_a_figure(text, label, kind, value, unit):
    """"EUR 6.9 billion (-210 million)": the bracket gives the change, in the level's currency, signed; a year in
    brackets is not one."""
    got = {v.text: (v.kind, v.value, v.unit) for v in find_values(text)}
    assert got[label] == (kind, value, unit)
    assert [v.text for v in find_values("The fund (2024) was worth €5m.")] == ["2024", "€5m"]


def test_a_bond_s_or_a_loan_s_tenor_is_no_figure():
    """"The ten-year yield", "a 30-year mortgage": the tenor names the bond or loan."""
    assert [v.text for v in find_values("The ten-year yield rose and a 30-year mortgage cost more.")] == []
    assert [v.text for v in find_values("The plan runs for ten years.")] == ["ten years"]


@pytest.mark.parametrize(("text", "tally"), [
    ("The judges were split 4-3 on the question.", "4-3"),
    ("The panel divided five to two.", "5-2"),
    ("The board backed the plan by eight votes to one.", "8-1"),  # "votes" between the two numbers
    ("The motion passed by 11 votes to 4.", "11-4"),
    # a match's result, however the report words who won: beating, losing, a defeat or a victory
    ("The match ended with Harlow beating Ostrava 3-2.", "3-2"),
    ("Fans ran onto the pitch after a surprise 3-2 defeat.", "3-2"),
    ("After a 2-3 defeat at home, fans streamed onto the pitch.", "3-2"),  # the loser's telling of the result
    ("The hosts were losing 1-0 at half-time.", "1-0"),
])
def test_a_vote_split_is_one_tally(text, tally):
    v = one(text)
    assert (v.kind, v.value) == ("tally", tally)


def test_two_numbers_with_no_vote_nearby_are_no_tally():
    assert all(v.kind != "tally" for v in find_values("Open from nine to five on weekdays."))


def test_a_clock_time_near_a_decision_stays_a_time():
    vals = find_values("The decision was announced in a statement issued at 11:40 p.m. on Monday.")
    assert all(v.kind != "tally" for v in vals) and any(v.text.startswith("11:40") for v in vals)


@pytest.mark.parametrize(("text", "tally"), [
    ("Six of the eleven councillors voted for the plan and five against.", "6-5"),
    ("Five judges voted in favour and four against.", "5-4"),
    # the minority of a known whole: the rest voted the other way
    ("Three of the nine governors voted against the cut.", "6-3"),
    ("Two of its seven directors were against the merger, the filing shows.", "5-2"),
])
def test_a_vote_told_by_its_sides_is_one_tally(text, tally):
    (v,) = [v for v in find_values(text) if v.kind == "tally"]
    assert v.value == tally
    assert not [v for v in find_values(text) if v.kind == "count"]  # (its numbers are the tally's, not counts)


def test_sides_that_are_not_a_vote_are_no_tally():
    vals = find_values("Three of the nine suspects were released, and the police spoke against the ruling.")
    assert all(v.kind != "tally" for v in vals)


@pytest.mark.parametrize(("text", "km"), [
    ("about 12 inches of rain", 0.0003048),
    ("30 cm of snow", 0.0003),
    ("more than 300 millimetres of rain", 0.0003),
    ("310 mm of rain", 0.00031),
    ("2.5 mm of rain", 0.0000025),
    ("the river rose 6 feet", 0.0018288),
])
def test_small_lengths_are_normalised_to_kilometres(text, km):
    """RELATIONS.md §2: units are normalised first, so "12 inches (30 cm) of rain" meets "300 millimetres"."""
    v = [x for x in find_values(text) if x.kind == "distance"][0]
    assert v.unit == "km" and v.value == pytest.approx(km, rel=1e-4)


def test_rain_told_in_inches_and_in_millimetres_agrees():
    from tests.test_frames import evidence

    assert evidence("About 8 inches (20 cm) of rain fell on Dunmore in two days.",
                    "More than 200 millimetres of rain fell on Dunmore in two days, forecasters said.").agree


@pytest.mark.parametrize(("text", "iso"), [
    ("Last September, 50 prisoners came home.", "2024-09"),  # a June 2025 report: the September before it
    ("The talks resumed last March.", "2025-03"),
    ("The vote is due next March.", "2026-03"),
    ("The vote is due in September.", "2025-09"),  # a bare month stays the nearest
])
def test_last_and_next_before_a_month_say_which_year(text, iso):
    v = next(v for v in find_values(text, 0, dt.date(2025, 6, 14)) if v.kind == "date")
    assert v.value == iso


@pytest.mark.parametrize("text, label, kind", [
    ("The youngest of the passengers named so far was 17.", "17", "age"),
    ("The oldest victim, a retired ferryman, was 91.", "91", "age"),
    ("The oldest of the strikers is just 64.", "64", "age"),
    ("The youngest team in the league lost 4 matches.", "4 matches", "count"),  # not after "was": a count
])
def test_the_youngest_or_oldest_being_a_number_is_an_age(text, label, kind):
    """"The youngest of the dead was 19": an age, never a count a toll could be set against."""
    got = {v.text: v.kind for v in find_values(text)}
    assert got[label] == kind


@pytest.mark.parametrize("text, kept", [
    ("By 6 p.m. on Saturday, 40,000 homes were without power.", ["Saturday", "40,000 homes"]),
    ("The first crews arrived at 7 a.m. and 300 homes were reconnected.", ["300 homes"]),
    ("The trains stopped at 9 o'clock.", []),
    ("At 10.30 p.m. police counted 2,000 people.", ["2,000 people"]),
])
def test_a_time_of_day_is_no_quantity(text, kept):
    """"by 6 p.m." is a time of day: "6" is no figure a count could be set against (the time is a value of its own
    kind, compared only with other times of day)."""
    got = find_values(text)
    assert [v.text for v in got if v.kind != "time"] == kept
    assert all(not v.text[:1].isdigit() or v.kind != "count" for v in got if "m." in v.text or "o'clock" in v.text)


@pytest.mark.parametrize("text, label, share", [
    ("Around one in eleven patients had low blood pressure.", "Around one in eleven", 9.1),
    ("One in twenty adults smoke, the survey found.", "One in twenty", 5.0),
    ("One in five voters stayed home.", "One in five", 20.0),
])
def test_one_in_n_up_to_fifty_is_a_share(text, label, share):
    got = {v.text: v.value for v in find_values(text) if v.kind == "percent"}
    assert got[label] == share


@pytest.mark.parametrize("text, found", [
    ("Twelve were killed when the bridge fell.", ["Twelve"]),
    ("Nine have been brought out alive and 13 are still missing.", ["Nine", "13"]),
    ("Seven were still in hospital, and two were in intensive care.", ["Seven", "two"]),
    ("The two were married in 2010.", ["2010"]),  # "the two": a pair of people named before, no count
    ("He said two were enough.", []),
])
def test_a_number_word_as_the_subject_of_its_clause_is_a_figure(text, found):
    """"Twelve were killed": the number stands for who is counted, as "12 were killed" does."""
    assert [v.text for v in find_values(text)] == found


@pytest.mark.parametrize("text, label, kind, unit, value", [
    ("A station logged 41.2C on Monday.", "41.2C", "temperature", "C", 41.2),
    ("It reached 41.2°C at noon.", "41.2°C", "temperature", "C", 41.2),
    ("It reached 41.2 degrees Celsius at noon.", "41.2 degrees Celsius", "temperature", "C", 41.2),
    ("The mercury hit 106.2F in the valley.", "106.2F", "temperature", "C", 41.222222),
    ("Nights fell to minus 12 degrees Celsius.", "12 degrees Celsius", "temperature", "C", -12.0),
    ("Demand peaked at 15.6 gigawatts.", "15.6 gigawatts", "power", "MW", 15600.0),
    ("Demand peaked at 15,640 MW.", "15,640 MW", "power", "MW", 15640.0),
    ("The wind farm will add 300MW.", "300MW", "power", "MW", 300.0),
    ("The plant produced 3.2 terawatt hours last year.", "3.2 terawatt hours", "energy", "MWh", 3_200_000.0),
])
def test_temperatures_and_electric_power_are_normalised(text, label, kind, unit, value):
    """Units are normalised first (RELATIONS.md §2): "106.2F" is 41.2C, "15.6 gigawatts" is 15,600 MW."""
    got = {v.text: (v.kind, v.unit, v.value) for v in find_values(text)}
    assert got[label] == (kind, unit, value)


@pytest.mark.parametrize("text", ["Grade 5C pupils sat the test.", "The ship turned through 2 degrees of latitude."])
def test_letters_and_angles_are_no_temperatures(text):
    assert all(v.kind != "temperature" for v in find_values(text))


@pytest.mark.parametrize("text, label, unit, value", [
    ("The plan should save DKK 3 billion a year.", "DKK 3 billion", "KR", 3e9),
    ("It made a profit of SEK 2bn.", "SEK 2bn", "KR", 2e9),
    ("It expects charges of 2.2 billion to 2.6 billion Danish crowns.", "2.2 billion to 2.6 billion Danish crowns", "KR",
     [2.2e9, 2.6e9]),
    ("The fund holds 40 billion NOK.", "40 billion NOK", "KR", 4e10),
])
def test_currency_codes_and_a_range_in_one_scale_are_money(text, label, unit, value):
    """"DKK 3 billion" is three billion crowns, as "3 billion Danish crowns" is; "2.2 billion to 2.6 billion crowns"
    is one range of crowns (both ends in one scale, no change verb before it)."""
    got = {v.text: (v.kind, v.unit, v.value) for v in find_values(text)}
    assert got[label] == ("money", unit, value)


def test_a_move_from_one_sum_to_another_is_no_range():
    assert [v.kind for v in find_values("Profit fell from 2 billion to 1 billion crowns.")] == ["number", "money"]


@pytest.mark.parametrize(("text", "said", "hours"), [
    ("an outage of 12 hours and 45 minutes, the operator said", "12 hours and 45 minutes", 12.75),
    ("an outage that lasted three hours and 20 minutes.", "three hours and 20 minutes", 10 / 3),
    ("The repair took 2 hours, 15 minutes.", "2 hours, 15 minutes", 2.25),
    ("two hours and forty-five minutes later", "two hours and forty-five minutes", 2.75),
])
def test_hours_and_minutes_are_one_length_of_time(text, said, hours):
    """"12 hours and 45 minutes" is one duration (12.75 hours, the same as "765 minutes"), not two figures."""
    got = [v for v in find_values(text) if v.kind == "duration"]
    assert [(v.text, v.unit) for v in got] == [(said, "hours")]
    assert got[0].value == pytest.approx(hours, rel=1e-5)


def test_hours_and_a_count_stay_apart():
    assert [(v.text, v.kind) for v in find_values("for 3 hours and 5,000 people")] == [
        ("3 hours", "duration"), ("5,000 people", "count")]


@pytest.mark.parametrize(("text", "said", "litres", "unit"), [
    ("about 1.1 million litres of crude had escaped", "about 1.1 million litres", 1_100_000, "l"),
    ("the spill at 1,800 cubic metres", "1,800 cubic metres", 1_800_000, "l"),
    ("roughly 6,900 barrels of oil", "roughly 6,900 barrels", 6900 * 158.987, "l"),
    ("420 m³ of oil washed ashore", "420 m³", 420_000, "l"),
    ("2 million gallons of water", "2 million gallons", 2_000_000 * 3.78541, "l"),
    ("The field pumps 1.2 million barrels a day.", "1.2 million barrels a day", 1_200_000 * 158.987, "l/day"),
    # barrels a day abbreviated: a rate by the unit alone
    ("The group will trim output by 1.32 million bpd from June.", "1.32 million bpd", 1_320_000 * 158.987, "l/day"),
    ("Dorvik pumps 640,000 b/d.", "640,000 b/d", 640_000 * 158.987, "l/day"),
])
def test_volumes_are_compared_in_litres(text, said, litres, unit):
    """A volume told in litres, cubic metres, barrels or gallons is one quantity ("1,100 cubic metres" = "1.1 million
    litres"); a volume a day is a rate, never a total."""
    got = [v for v in find_values(text) if v.kind == "volume"]
    assert [(v.text, v.unit) for v in got] == [(said, unit)]
    assert got[0].value == pytest.approx(litres, rel=1e-6)


def test_a_list_of_names_by_figures_keeps_the_first_figures_unit():
    """"Dorvik will cut output by 230,000 barrels a day, Tamsen by 96,000 and Orla by 31,000": the verb and the unit
    are left out after the first figure, and each later figure is in barrels a day too; a bare figure after a name
    without "by" is left as it is."""
    got = find_values("Dorvik will cut output by 230,000 barrels a day, the Tamsen Republic by 96,000 and Orla by 31,000.")
    assert [(v.text, v.kind, v.unit) for v in got] == [
        ("230,000 barrels a day", "volume", "l/day"), ("96,000", "volume", "l/day"), ("31,000", "volume", "l/day")]
    assert got[2].value == pytest.approx(31_000 * 158.987)
    plain = find_values("Acme will ship 1.2 million tonnes, Orla 800,000.")
    assert [(v.text, v.kind) for v in plain] == [("1.2 million tonnes", "mass"), ("800,000", "number")]


def test_nautical_miles_are_a_distance():
    got = find_values("a fishing ban within 10 nautical miles of the wreck")
    assert [(v.text, v.kind, v.unit) for v in got] == [("10 nautical miles", "distance", "km")]
    assert got[0].value == pytest.approx(18.52)


@pytest.mark.parametrize(("text", "said", "unit", "value"), [
    ("the anomaly occurred 148 seconds into the flight", "148 seconds", "seconds", 148),
    ("the trouble began two minutes and 28 seconds after lift-off", "two minutes and 28 seconds", "minutes", 148 / 60),
    ("About two and a half minutes into the flight", "About two and a half minutes", "minutes", 2.5),
])
def test_seconds_and_halves_are_lengths_of_time(text, said, unit, value):
    got = [v for v in find_values(text) if v.kind == "duration"]
    assert [(v.text, v.unit) for v in got] == [(said, unit)]
    assert got[0].value == pytest.approx(value, rel=1e-5)


def test_a_duration_in_seconds_meets_the_same_in_minutes():
    from claims.values.intervals import interval as interval_of

    a = interval_of(find_values("148 seconds into the flight")[0])
    b = interval_of(find_values("two minutes and 28 seconds after lift-off")[0])
    c = interval_of(find_values("roughly 150 seconds after lift-off")[0])
    assert a is not None and b is not None and c is not None
    assert a.lo <= b.hi and b.lo <= a.hi and a.lo <= c.hi and c.lo <= a.hi


@pytest.mark.parametrize(("text", "said", "km2"), [
    ("closed an area of about 1,800 square kilometres", "about 1,800 square kilometres", 1800),
    ("closed roughly 700 square miles of sea", "roughly 700 square miles", 700 * 2.589988),
    ("burned 12,000 hectares of forest", "12,000 hectares", 120),
    ("a 40-acre site", "40-acre", 40 * 0.004046856),
    ("a 300 sq km zone", "300 sq km", 300),
    ("3.5 km2 of forest", "3.5 km2", 3.5),
])
def test_areas_are_compared_in_square_kilometres(text, said, km2):
    got = [v for v in find_values(text) if v.kind == "area"]
    assert [(v.text, v.unit) for v in got] == [(said, "km2")]
    assert got[0].value == pytest.approx(km2, rel=1e-5)


@pytest.mark.parametrize(("text", "said", "tonnes"), [
    ("customs seized 8.2 tonnes of cocaine", "8.2 tonnes", 8.2),
    ("found some 8,200 kilograms of the drug", "some 8,200 kilograms", 8.2),
    ("more than 8,000 kilos were hidden", "more than 8,000 kilos", 8.0),
    ("a shipment of 2.5 million tons of grain", "2.5 million tons", 2.5e6),
    ("police took 450 grams of heroin", "450 grams", 450e-6),
    ("three metric tons of waste", "three metric tons", 3.0),
])
def test_masses_are_compared_in_tonnes(text, said, tonnes):
    """RELATIONS.md §2: units normalised first, so "8.2 tonnes" ~ "some 8,200 kilograms"."""
    got = [v for v in find_values(text) if v.kind == "mass"]
    assert [(v.text, v.unit) for v in got] == [(said, "t")]
    lo_hi = got[0].value if isinstance(got[0].value, list) else [got[0].value]
    assert lo_hi[0] == pytest.approx(tonnes, rel=1e-5)


def test_a_mass_told_in_two_units_is_one_figure():
    from claims.values.intervals import interval as interval_of

    a = interval_of(find_values("seized 8.2 tonnes of cocaine")[0])
    b = interval_of(find_values("seized some 8,200 kilograms of cocaine")[0])
    c = interval_of(find_values("seized 9.6 tonnes of cocaine")[0])
    assert a is not None and b is not None and c is not None
    assert a.lo <= b.hi and b.lo <= a.hi
    assert c.lo > b.hi


@pytest.mark.parametrize(("text", "said", "minutes", "clock"), [
    ("The quake hit at 04:12 local time, when most people were asleep.", "04:12 local time", 252, "local"),
    ("The first shock came at 4.12am.", "4.12am", 252, "local"),
    ("It lifted off at 04:12 GMT on Tuesday.", "04:12 GMT", 252, "GMT"),
    ("The system went dark shortly before 5 a.m.", "shortly before 5 a.m.", 300, "local"),
    ("It was working again by 15:41.", "15:41", 941, "local"),
    ("The strongest aftershock struck at 11.36am.", "11.36am", 696, "local"),
    ("Polls closed at 10pm.", "10pm", 1320, "local"),
])
def test_times_of_day_are_minutes_after_midnight_on_their_clock(text, said, minutes, clock):
    got = [v for v in find_values(text) if v.kind == "time"]
    assert [(v.text, v.value, v.unit) for v in got] == [(said, minutes, clock)]


@pytest.mark.parametrize("text", ["a scale of 1:50", "The team won 3:1.", "Shares rose 4.12 per cent.",
                                  "Section 4.12 of the code"])
def test_a_ratio_a_score_or_a_decimal_is_no_time_of_day(text):
    assert not [v for v in find_values(text) if v.kind == "time"]


def test_a_time_told_before_a_clock_may_lie_shortly_before_it():
    from claims.values.intervals import interval

    told = interval(find_values("The system went dark shortly before 5 a.m.")[0])
    exact = interval(find_values("GateLine went down at 04:52.")[0])
    later = interval(find_values("GateLine went down at 05:20.")[0])
    assert told is not None and exact is not None and later is not None
    assert told.touches(exact) and not told.touches(later)


@pytest.mark.parametrize(("text", "said", "unit"), [
    ("The president declared a month-long state of emergency.", "month-long", "months"),
    ("Unions called a week-long strike.", "week-long", "weeks"),
    ("a year-long inquiry", "year-long", "years"),
])
def test_a_unit_long_is_one_unit_of_time(text, said, unit):
    """"a month-long state of emergency" lasts one month (as "a 30-day state of emergency" lasts 30 days)."""
    got = [v for v in find_values(text) if v.kind == "duration"]
    assert [(v.text, v.value, v.unit) for v in got] == [(said, 1.0, unit)]


def test_a_number_before_unit_long_keeps_its_number():
    assert [(v.text, v.value) for v in find_values("a two-week-long strike") if v.kind == "duration"] == [
        ("two-week", 2.0)]


_VAGUE_WORDS = ["several hundred", "a few hundred", "several thousand", "a few thousand", "hundreds of", "dozens of",
                "tens of thousands of", "about 300", "nearly 2.5", "two and a half", "several"]
_UNIT_WORDS = ["metres", "kilometres", "miles", "nautical miles", "km/h", "mph", "megawatts", "gigawatt hours",
               "square kilometres", "square miles", "hectares", "acres", "litres", "cubic metres", "barrels",
               "gallons", "degrees Celsius", "F", "minutes", "seconds", "hours", "days", "a.m.", "per cent"]


@pytest.mark.parametrize("vague", _VAGUE_WORDS)
@pytest.mark.parametrize("unit", _UNIT_WORDS)
def test_any_quantity_word_before_any_unit_reads_without_failing(vague, unit):
    """"several hundred metres" once raised a TypeError and stopped a whole extraction: a vague quantity before a
    unit that converts is read as the vague span, converted (or as no figure), never an error."""
    for text in (f"Ash fell {vague} {unit} from the crater.", f"{vague.capitalize()} {unit} were reported on Monday."):
        for v in find_values(text):
            assert v.text in text
            if isinstance(v.value, list):
                assert all(isinstance(x, float) for x in v.value) and v.value[0] <= v.value[1]


def test_several_hundred_metres_is_a_distance_of_its_span():
    got = [v for v in find_values("The lava stopped several hundred metres short of the village.")]
    assert [(v.text, v.kind, v.value) for v in got] == [("several hundred metres", "distance", [0.2, 0.999])]


_TOKENS = _VAGUE_WORDS + _UNIT_WORDS + ["3", "12.5", "1,800", "04:12", "4.12am", "of", "and", "to", "-", "per", "a",
                                        "day", "month", "long", "£", "€", "$", "million", "billion", "%", "at", "by"]


@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=12))
def test_find_values_never_fails_on_number_and_unit_words(tokens):
    """Any run of number words, quantity words, units and symbols reads without an error, each value a span of it."""
    text = " ".join(tokens) + "."
    for v in find_values(text):
        assert text[v.start:v.end] == v.text


@pytest.mark.parametrize(("text", "said", "value", "unit"), [
    ("In 2019 the skier was banned for half a year.", "half a year", 0.5, "years"),
    ("The hearing lasted half an hour.", "half an hour", 0.5, "hours"),
    ("The talks took two and a half hours.", "two and a half hours", 2.5, "hours"),
])
def test_half_a_unit_of_time_is_half_of_it(text, said, value, unit):
    """"banned for half a year" is banned for six months; "two and a half hours" stays one figure."""
    got = [v for v in find_values(text) if v.kind == "duration"]
    assert [(v.text, v.value, v.unit) for v in got] == [(said, value, unit)]


@pytest.mark.parametrize(("text", "said", "ppb"), [
    ("The sample held 3,400 picograms of the drug per millilitre.", "3,400 picograms of the drug per millilitre", 3.4),
    ("The agency put it at 3.4 nanograms per millilitre.", "3.4 nanograms per millilitre", 3.4),
    ("The defence said the reading was 1.2 ng/mL.", "1.2 ng/mL", 1.2),
    ("Lead in the tap water reached 15 micrograms per litre.", "15 micrograms per litre", 15.0),
    ("Nitrate was measured at 60 mg/l.", "60 mg/l", 60000.0),
    ("Arsenic stood at 0.01 milligrams a litre.", "0.01 milligrams a litre", 10.0),
    ("The well held 12 parts per billion of benzene.", "12 parts per billion", 12.0),
    ("Chlorine reached 4 ppm.", "4 ppm", 4000.0),
])
def test_a_concentration_is_micrograms_a_litre_however_told(text, said, ppb):
    """"3.4 nanograms per millilitre" = "3,400 picograms per millilitre" = 3.4 micrograms a litre (= parts per
    billion of water): one kind of figure, compared in one unit."""
    got = [v for v in find_values(text) if v.kind == "concentration"]
    assert [(v.text, v.unit) for v in got] == [(said, "ppb")]
    assert got[0].value == pytest.approx(ppb)


def test_a_dose_or_a_weight_is_no_concentration():
    assert not [v for v in find_values("The patient was given 20 grams of the powder.") if v.kind == "concentration"]


@pytest.mark.parametrize(("text", "kmh"), [
    ("The lava front was advancing at about 150 metres an hour.", 0.15),
    ("The flow moved at 400 metres per hour.", 0.4),
    ("The flow slowed to 40 m/h.", 0.04),
    ("The train was doing 60 miles per hour.", 96.56064),
])
def test_a_speed_in_metres_an_hour_is_a_speed(text, kmh):
    got = [v for v in find_values(text) if v.kind == "speed"]
    assert len(got) == 1 and got[0].unit == "km/h" and got[0].value == pytest.approx(kmh)


@pytest.mark.parametrize(("text", "said", "value"), [
    ("Half a dozen people were treated for burns.", "Half a dozen people", 6.0),
    ("The fire destroyed half a dozen barns.", "half a dozen barns", 6.0),
    ("A dozen people were hurt.", "A dozen people", 12.0),
])
def test_half_a_dozen_is_six(text, said, value):
    got = [v for v in find_values(text) if v.kind == "count"]
    assert [(v.text, v.value) for v in got] == [(said, value)]


@pytest.mark.parametrize(("text", "said", "n"), [
    ("The storm came ashore as a Category 3 cyclone.", "Category 3", 3.0),
    ("Forecasters upgraded the hurricane to Category 4 on Tuesday.", "Category 4", 4.0),
    ("It was a category-five typhoon.", "category-five", 5.0),
])
def test_a_storm_s_category_is_a_level(text, said, n):
    got = [v for v in find_values(text) if v.unit == "category"]
    assert [(v.text, v.value) for v in got] == [(said, n)]


def test_a_category_outside_a_storm_is_a_label():
    assert not [v for v in find_values("Category 3 of the tax code applies to 4,000 firms.") if v.unit == "category"]


@pytest.mark.parametrize(("text", "said", "km"), [
    ("More than 300mm of rain fell on the port in 24 hours.", "More than 300mm", 0.0003),
    ("Snow lay 40cm deep.", "40cm", 0.0004),
])
def test_millimetres_and_centimetres_written_against_the_number(text, said, km):
    got = [v for v in find_values(text) if v.kind == "distance"]
    assert [(v.text, v.value) for v in got] == [(said, km)]


@pytest.mark.parametrize(("text", "said", "value"), [
    ("The eruption could go on for one to two months.", "one to two months", [1.0, 2.0]),
    ("It could last four to eight weeks.", "four to eight weeks", [4.0, 8.0]),
    ("Talks could last 3 to 4 days.", "3 to 4 days", [3.0, 4.0]),
    ("Five to six people were hurt.", "Five to six people", [5.0, 6.0]),
    ("Two to three thousand people marched.", "Two to three thousand people", [2000.0, 3000.0]),
    ("The works will take between two and three years.", "two and three years", [2.0, 3.0]),
    ("One hundred and five people died.", "One hundred and five people", 105.0),
])
def test_ranges_in_words_and_before_their_unit(text, said, value):
    """"one to two months" is a range (RELATIONS.md §2), "between two and three years" is not five years, and "one
    hundred and five" stays one number."""
    got = [v for v in find_values(text) if v.kind != "date"]
    assert [(v.text, v.value) for v in got] == [(said, value)]


@pytest.mark.parametrize("text", ["The bill passed 310 to 250.", "Prices rose from 3 to 4 dollars."])
def test_a_vote_or_a_change_is_no_range(text):
    assert not [v for v in find_values(text) if isinstance(v.value, list)]


def test_a_range_of_durations_is_compared_in_days():
    from claims.values.intervals import interval

    weeks = interval(find_values("It could last four to eight weeks.")[0])
    months = interval(find_values("It could go on for one to two months.")[0])
    assert weeks is not None and months is not None and weeks.touches(months)
    assert weeks.lo == 28.0 and weeks.hi == 56.0


@pytest.mark.parametrize(("text", "said", "value", "unit"), [
    ("Over the month alone, prices rose by half a per cent.", "half a per cent", 0.5, "%"),
    ("Prices rose by a quarter of a percent.", "a quarter of a percent", 0.25, "%"),
    ("The rate jumped by half a percentage point.", "half a percentage point", 0.5, "pp"),
])
def test_a_fraction_of_a_per_cent_or_of_a_point(text, said, value, unit):
    got = [v for v in find_values(text) if v.kind == "percent"]
    assert [(v.text, v.value, v.unit) for v in got] == [(said, value, unit)]


@pytest.mark.parametrize(("text", "shares"), [
    ("A third person, the owner of the contractor, was detained on Friday.", []),
    ("The walkout entered a fifth straight day on Monday.", []),
    ("A fifth suspect was arrested on Tuesday.", []),
    ("Output fell by a third in May.", [("a third", 33.3)]),
    ("A third of the workers joined the strike.", [("A third", 33.3)]),
    ("Prices rose by a fifth last year.", [("a fifth", 20.0)]),
])
def test_an_ordinal_is_no_share(text, shares):
    """"A third person was detained" counts the third of them, no 33% share; "fell by a third" is a share."""
    assert [(v.text, v.value) for v in find_values(text) if v.kind == "percent"] == shares


@pytest.mark.parametrize(("text", "said", "value"), [
    ("About 5m people were affected.", "About 5m people", 5_000_000.0),
    ("The war has displaced 2m children.", "2m children", 2_000_000.0),
    ("The scheme covers 2.5m households.", "2.5m households", 2_500_000.0),
])
def test_millions_written_m_before_any_plural_are_counts(text, said, value):
    """"5m people": millions, not metres (a plural noun after "5m" says so, "people" and "children" included)."""
    got = [v for v in find_values(text) if v.kind == "count"]
    assert [(v.text, v.value) for v in got] == [(said, value)]
    assert not [v for v in find_values("The wall is 5m high.") if v.kind == "count"]


def test_other_between_a_figure_and_its_noun():
    """"Kestrava and 16 other municipalities" counts municipalities (as "seven more bodies" counts bodies)."""
    v = find_values("The emergency now covers Dalby and 16 other municipalities.")
    assert [(x.text, x.kind, x.unit) for x in v] == [("16 other municipalities", "count", "municipality")]


@pytest.mark.parametrize(("text", "label", "minutes"), [
    ("The stoppage started at six o'clock on Monday morning.", "six o'clock", 360.0),
    ("The shift ended at 10 o'clock in the evening.", "10 o'clock", 1320.0),
    ("The bells rang at twelve o'clock.", "twelve o'clock", 720.0),
    ("The alarm went off at two o'clock in the afternoon.", "two o'clock", 840.0),
])
def test_a_time_told_in_hours_o_clock(text, label, minutes):
    [v] = [x for x in find_values(text) if x.kind == "time"]
    assert (v.text, v.value) == (label, minutes)


@pytest.mark.parametrize(("text", "word"), [
    ("The embassy has lowered its count of nationals missing to seven.", "seven"),
    ("The count of stranded hikers now stands at eleven.", "eleven"),
    ("The agency raised its tally to six.", "six"),
    ("Organisers put the number at nine.", "nine"),
])
def test_a_number_word_a_count_is_moved_to_is_a_figure(text, word):
    """"lowered its count ... to seven", "the count now stands at eleven": a tally's new level told in words is as
    much a figure as "to 7" (a bare "two sides" stays none)."""
    assert [v.text for v in find_values(text)] == [word]


@pytest.mark.parametrize("text", [
    "The bus left the road on the stretch known locally as the Seven Bends, above the village.",
    "Delegates met at the Five Oaks hotel on Monday.",
])
def test_a_number_word_inside_a_name_is_no_figure(text):
    """"the Seven Bends", "the Five Oaks hotel": a capitalised number word before a capitalised word inside a
    sentence is part of a name, not a count (a sentence's first word, "Seven people died", still is)."""
    assert [v for v in find_values(text) if v.kind != "date"] == []
    assert [v.text for v in find_values("Seven people died.")] == ["Seven people"]


@pytest.mark.parametrize(("text", "label"), [
    ("The pilot, Anselm Kravec, 47, was detained at the airfield.", "47"),
    ("Its founder, Lotte M. Brauer, 71, stepped down on Friday.", "71"),
])
def test_a_number_set_off_after_a_persons_name_is_an_age(text, label):
    """"Anselm Kravec, 47, was detained": a bare whole number between commas right after a first name and surname
    is the person's age, no count of the detained; after one capitalised word ("In Dravik, 12, were hurt") or a
    small number it stays a figure."""
    [v] = [x for x in find_values(text) if x.kind != "date"]
    assert (v.text, v.kind) == (label, "age")
    [w, _] = [x for x in find_values("In Dravik, 12, were hurt and in Lenz Oberfeld, 4, died.")]
    assert w.kind != "age"


@pytest.mark.parametrize(("text", "label", "approx"), [
    ("Core prices edged up to 2.9% from 2.7% in May.", "2.9%", False),
    ("Officials revised the toll up to 23 on Friday.", "23", False),
    ("The ministry revised the number of injured up to 171 on Monday.", "171", False),
    ("The agency raised its estimate up to 40,000 on Tuesday.", "40,000", False),
    ("Prices could rise by up to 4%.", "up to 4%", True),
    ("Yields could climb up to 6%.", "up to 6%", True),
    ("The company will add up to 250 jobs.", "up to 250 jobs", True),
])
def test_up_after_a_verb_of_moving_is_its_particle_not_a_ceiling(text, label, approx):
    """"edged up to 2.9%", "revised the toll up to 23": a level moved to (the verb's particle), not "up to" as at
    most; with a modal ("could climb up to 6%") or no verb of moving ("will add up to 250 jobs") it is a ceiling."""
    [v] = [x for x in find_values(text) if x.kind != "date"][:1]
    assert (v.text, v.approx) == (label, approx)


@pytest.mark.parametrize("text,label,unit", [
    ("Thirty-nine of the index's 40 members fell.", "Thirty-nine", "member"),
    ("Nine of the bank's 12 branches will close.", "Nine", "branch"),
    ("Three of the league's 18 clubs were fined.", "Three", "club"),
])
def test_a_number_word_counting_part_of_a_possessed_whole(text, label, unit):
    """"Thirty-nine of the index's 40 members": the possessive before the whole still makes the number word a part of
    it, counted in the whole's noun."""
    got = {(v.text, v.kind, v.unit) for v in find_values(text)}
    assert (label, "count", unit) in got


@pytest.mark.parametrize("text,label,kmh", [
    ("Gusts of 33 m/s were measured at the harbour.", "33 m/s", 118.8),
    ("Gusts reached 37 metres per second at the lighthouse.", "37 metres per second", 133.2),
    ("Winds of 60 knots battered the coast.", "60 knots", 111.12),
    ("The ferry was sailing at 12 knots.", "12 knots", 22.224),
])
def test_speeds_in_metres_a_second_and_knots_are_told_in_kmh(text, label, kmh):
    """"33 m/s" is 118.8 km/h and "60 knots" 111.1 km/h (RELATIONS.md §2: units normalised first), so a gust told in
    metres a second meets the same gust told in kilometres an hour; a knot is no counted thing."""
    got = {v.text: v for v in find_values(text)}
    assert got[label].kind == "speed" and got[label].unit == "km/h"
    assert got[label].value == pytest.approx(kmh)


@pytest.mark.parametrize(("text", "figures"), [
    ("Residents of two neighbouring blocks, Nos. 12 and 16, were moved out.", ["two neighbouring blocks"]),
    ("Articles 4 and 9 of the decree were struck down.", []),
    ("Platforms 3 to 5 were shut for the day.", []),
])
def test_a_list_of_labelled_numbers_holds_no_figure(text, figures):
    """"Nos. 12 and 16" names two buildings and "Platforms 3 to 5" three platforms: labels, not counts."""
    assert [v.text for v in find_values(text) if v.kind in ("number", "count", "range")] == figures


def test_a_comma_after_a_label_ends_the_list():
    """"On Route 9, 12 people were hurt": the 12 after the comma counts people."""
    assert [v.text for v in find_values("On Route 9, 12 people were hurt.")] == ["12 people"]


@pytest.mark.parametrize(("text", "figures"), [
    ("Police said one man was detained after a flare was thrown.", [("one man", "count", "man")]),
    ("Only one passenger was hurt.", [("one passenger", "count", "passenger")]),
    ("One of the passengers was hurt.", []),
    ("No one was hurt.", [("No one", "count", "person")]),  # (a count of nought, not of one)
    ("At one point the crowd surged.", []),
    ("The one officer on duty called for help.", []),
])
def test_one_person_is_a_count(text, figures):
    """"one man was detained" counts one person; "one of them", "no one", "at one point" count nothing."""
    assert [(v.text, v.kind, v.unit) for v in find_values(text) if v.kind != "date"] == figures


@pytest.mark.parametrize(("text", "figure"), [
    ("The plane carried 274 passengers and 14 crew.", ("14 crew", "crew")),
    ("Six crew members were hurt when the wave struck.", ("Six crew members", "crew")),
])
def test_crew_is_counted(text, figure):
    """"14 crew" counts crew ("crew" is plural as written), and "six crew members" counts the same people."""
    assert figure in [(v.text, v.unit) for v in find_values(text)]


@pytest.mark.parametrize(("text", "figures"), [
    ("The company said it had received one call reporting a smell of gas.", [("one call", "count", "call")]),
    ("The party won one seat in the north.", [("one seat", "count", "seat")]),
    ("One big problem remains.", []),
    ("One died in the crash.", []),
])
def test_one_before_a_thing_is_a_count(text, figures):
    """"received one call" counts one call (as "two calls" would); "one big problem" and "One died" count nothing
    the number word names (an adjective, a verb)."""
    assert [(v.text, v.kind, v.unit) for v in find_values(text) if v.kind != "date"] == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("No one was killed when the roof fell in.", [("No one", 0.0, "person")]),
    ("Nobody has yet been arrested, police said.", [("Nobody", 0.0, "person")]),
    ("No-one remains missing.", [("No-one", 0.0, "person")]),
    ("No deaths had been reported by late evening.", [("No deaths", 0.0, "death")]),
    ("There were no reports of any injuries at the site.", [("no reports of any injuries", 0.0, "injury")]),
    ("Officers made no arrests.", [("no arrests", 0.0, "arrest")]),
    ("No one is allowed within 3 km of the crater.", [("3 km", 3.0, "km")]),
    ("Nobody should expect the road to reopen soon.", []),
    ("No one knows how many were inside.", []),
    # no loss of life is no deaths; zero or no (net, new) jobs is a count of nought jobs
    ("The flooding in Tamsen caused no loss of life, the council said.", [("no loss of life", 0.0, "death")]),
    ("Employers in Orla added zero jobs in March.", [("zero jobs", 0.0, "job")]),
    ("Firms in Halden created no net jobs in the quarter.", [("no net jobs", 0.0, "job")]),
    ("No jobs are safe at the Tamsen plant.", []),
    ("The council wants the region to reach net zero by 2040.", []),
])
def test_none_killed_hurt_or_arrested_is_a_count_of_nought(text, figures):
    """"No one was killed", "no deaths", "no reports of injuries": a count of nought of the people killed, hurt or
    arrested; "no one is allowed", "nobody should expect" count nothing."""
    assert [(v.text, v.value, v.unit) for v in find_values(text) if v.kind != "date"] == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("The blast left nine dead and 30 injured.", [("nine", 9.0), ("30", 30.0)]),
    ("Seven killed as bus leaves the road near Tamsen", [("Seven", 7.0)]),
    ("Crews brought out 31 bodies, with six rescued alive.", [("31 bodies", 31.0), ("six", 6.0)]),
    ("The two sides met on Monday.", [("two sides", 2.0)]),
    ("Prosecutors charged nine of the suspects on Wednesday.", [("nine", 9.0)]),
    ("Rescuers freed five of the trapped miners.", [("five", 5.0)]),
    ("Police charged 9 of the suspects.", [("9", 9.0)]),
    ("It was one of the worst storms in years.", []),
    ("The minister named two of the reasons.", []),
])
def test_a_number_word_counting_part_of_a_group_is_a_figure(text, figures):
    """"charged nine of the suspects" holds a figure, as "charged 9 of the suspects" does (a part of a group named by
    a plural noun); "one of the worst storms" and "two of the reasons" (no group the story counts) hold none; "left
    nine dead", "Seven killed": a number word told with what befell those it counts is a figure too."""
    assert [(v.text, v.value) for v in find_values(text) if v.kind != "date"] == figures


@pytest.mark.parametrize(("text", "label", "value", "kind"), [
    ("Oil was found along around seven and a half miles of shoreline.", "around seven and a half miles", 12.07008,
     "distance"),
    ("Divers recovered one and a half tonnes of cocaine.", "one and a half tonnes", 1.5, "mass"),
    ("The slick stretched 4 and a half km.", "4 and a half km", 4.5, "distance"),
    ("Two and a half million people voted.", "Two and a half million people", 2500000.0, "count"),
])
def test_a_number_and_a_half_before_its_unit(text, label, value, kind):
    """"seven and a half miles" is 7.5 miles (as "two and a half hours" was 2.5 hours); "two and a half million" stays
    read whole."""
    v = next(v for v in find_values(text) if v.kind != "date")
    assert (v.text, v.value, v.kind) == (label, value, kind)


@pytest.mark.parametrize(("text", "label", "unit"), [
    ("The payments bought 23 road maintenance and resurfacing contracts.",
     "23 road maintenance and resurfacing contracts", "contract"),
    ("The group runs 300 nursing and care homes.", "300 nursing and care homes", "home"),
    ("Police detained 12 men and women.", "12 men", "man"),
])
def test_two_modifiers_joined_by_and_before_the_counted_noun(text, label, unit):
    """"23 road maintenance and resurfacing contracts" counts contracts (two kinds of contract joined by "and"); "12
    men and women" still ends at its first plural."""
    v = next(v for v in find_values(text) if v.kind != "date")
    assert (v.text, v.unit) == (label, unit)


@pytest.mark.parametrize(("text", "figures"), [
    ("Three others were placed under house arrest.", [("Three", 3.0, "")]),
    ("Two of them, including the mayor, were placed under house arrest.", [("Two", 2.0, "")]),
    ("The blast killed three and injured 12 others.", [("12", 12.0, "")]),
])
def test_others_and_a_part_of_a_group_told_with_an_aside(text, figures):
    """"Three others were ..." counts the rest of a group ("others" is no counted thing); "Two of them, including the
    mayor, were ..." is a part of a group as "Two of them were ..." is."""
    assert [(v.text, v.value, v.unit) for v in find_values(text) if v.kind != "date"] == figures


@pytest.mark.parametrize(("text", "label", "value"), [
    ("A total of 1 418 people were at evacuation shelters.", "1 418 people", 1418.0),
    ("The fire damaged or destroyed 2 207 structures.", "2 207 structures", 2207.0),
    ("The toll rose to 1\u202f418, the ministry said.", "1\u202f418", 1418.0),
    ("About 1 000 000 customers lost power.", "About 1 000 000 customers", 1000000.0),
])
def test_thousands_grouped_by_spaces_are_one_number(text, label, value):
    """Many outlets print thousands with a space ("2 207 structures"): one figure, not a 2 and a 207."""
    found = [v for v in find_values(text) if v.kind in ("count", "number")]
    assert [(v.text, v.value) for v in found] == [(label, value)]


@pytest.mark.parametrize("text", ["In 2023 100 people died in the floods.", "It was signed on 4 2023 drafts."])
def test_a_year_or_a_four_digit_group_is_no_space_grouped_number(text):
    assert not any(v.value in (2023100.0, 42023.0) for v in find_values(text))


@pytest.mark.parametrize(("text", "label", "unit"), [
    ("Almost 15,000 Harris Tours holidaymakers were flown back on Monday.",
     "Almost 15,000 Harris Tours holidaymakers", "holidaymaker"),
    ("Around 2,000 Britons were stranded.", "Around 2,000 Britons", "briton"),
    ("Some 200 Texans died in the heat.", "Some 200 Texans", "texan"),
])
def test_a_name_before_the_counted_noun_is_no_noun(text, label, unit):
    """'15,000 Harris Tours holidaymakers' counts holidaymakers: a capitalised word ending in s before another
    noun is a name, not what is counted ('2,000 Britons' still counts Britons)."""
    (v,) = [v for v in find_values(text) if v.kind == "count"]
    assert (v.text, v.unit) == (label, unit)


@pytest.mark.parametrize("text", ["The Boeing 787 Dreamliner crashed shortly after take-off.",
                                  "The ATR 72 turboprop was carrying 68 people."])
def test_an_aircraft_makers_model_number_is_a_label(text):
    """'Boeing 787', 'ATR 72' name a model: no figure of the story (RELATIONS.md §2: identifiers are exact labels)."""
    assert not [v for v in find_values(text) if v.value in (787.0, 72.0)]


@pytest.mark.parametrize(("text", "label", "value"), [
    ("An ex gratia of Rs 10 lakh each will go to the families.", "Rs 10 lakh", 1_000_000.0),
    ("Each injured passenger gets ₹2 lakh.", "₹2 lakh", 200_000.0),
    ("The scam cost the bank Rs. 2,500 crore.", "Rs. 2,500 crore", 25_000_000_000.0),
    ("Police seized about Rs 1.5 crore in cash.", "about Rs 1.5 crore", 15_000_000.0),
    ("Those with minor injuries will receive Rs 50,000.", "Rs 50,000", 50_000.0),
])
def test_rupees_in_lakhs_and_crores_are_sums_in_rupees(text, label, value):
    """South Asian outlets write sums in lakhs (100,000) and crores (10 million) after "Rs" or "₹": "Rs 10 lakh" and
    "₹10 lakh" are one sum of one currency (RELATIONS.md §2: units and scales normalised first)."""
    (v,) = [v for v in find_values(text, 0, dt.date(2031, 6, 3)) if v.kind == "money"]
    assert (v.text, v.value, v.unit) == (label, value, "INR")


def test_a_title_before_a_figure_is_no_currency():
    assert [(v.kind, v.value) for v in find_values("Mrs 40 people came.", 0)] == [("count", 40.0)]


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from([("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7),
                                                                   ("crores", 1e7)]), st.sampled_from(["Rs ", "Rs. ", "₹"]))
def test_any_sum_in_lakhs_or_crores_reads_as_its_rupees(n, scale, prefix):
    word, factor = scale
    text = f"The fund paid {prefix}{n:,} {word} on Monday."
    money = [v for v in find_values(text, 0) if v.kind == "money"]
    assert len(money) == 1 and money[0].unit == "INR" and money[0].value == pytest.approx(n * factor)


@pytest.mark.parametrize(("text", "value"), [("Over one lakh devotees attended the gathering.", 100_000.0),
                                             ("Two lakh people were evacuated.", 200_000.0),
                                             ("Nearly a lakh pilgrims waited.", 100_000.0)])
def test_a_count_in_lakhs_is_that_many(text, value):
    """'Two lakh people' are 200,000 people, never two (RELATIONS.md §2: scales normalised first)."""
    (v,) = [v for v in find_values(text, 0) if v.kind == "count"]
    assert v.value == value


@pytest.mark.parametrize(("text", "label", "minutes", "approx"), [
    ("The roof fell in around noon on Tuesday.", "around noon", 720.0, True),
    ("It came down at about midday.", "about midday", 720.0, True),
    ("The trains collided just before midnight.", "just before midnight", 0.0, True),
    ("The bells rang at 12 noon.", "12 noon", 720.0, False),
])
def test_a_time_named_by_its_word_is_a_time_of_day(text, label, minutes, approx):
    """'Around noon' and 'about midday' tell one time of day (RELATIONS.md §2: as figures, with their wording)."""
    (v,) = [v for v in find_values(text, 0, dt.date(2031, 6, 3)) if v.kind == "time"]
    assert (v.text, v.value, v.approx) == (label, minutes, approx)
    assert not [v for v in find_values(text, 0, dt.date(2031, 6, 3)) if v.kind == "number"]


def test_an_age_written_with_one_hyphen_is_an_age():
    assert [(v.kind, v.value) for v in find_values("His 7-year old daughter was rescued.", 0)] == [("age", 7.0)]


@pytest.mark.parametrize(("text", "ref", "day"), [
    ("Rescuers searched the hills on Wednesday (31), a day after the slide.", dt.date(2031, 8, 1), "2031-07-31"),
    ("The slide struck on Tuesday (30).", dt.date(2031, 7, 31), "2031-07-30"),
    ("Officials met on Friday (2) to plan the search.", dt.date(2031, 8, 4), "2031-08-02"),
])
def test_a_weekday_with_its_day_of_the_month_in_brackets_is_that_day(text, ref, day):
    """'On Wednesday (31)' dates the day; the bracketed 31 is no count of anything."""
    vals = find_values(text, 0, ref)
    assert [(v.kind, v.value) for v in vals] == [("date", day)]


@pytest.mark.parametrize(("text", "label", "value"), [
    ("$535 billion: Total government spending for the financial year.", "$535 billion", 535e9),
    ("$1.7bn: what the tobacco tax is expected to raise.", "$1.7bn", 1.7e9),
    ("Spending: $535 billion for the year.", "$535 billion", 535e9),
])
def test_a_sum_before_a_colon_keeps_its_scale(text, label, value):
    """A list of key numbers ("$535 billion: Total government spending") puts a colon after the sum: the scale is
    still the sum's (a colon is only kept from a bare number, where it begins a time or a score: "16:30", "3:1")."""
    money = [v for v in find_values(text) if v.kind == "money"]
    assert [(v.text, v.value) for v in money] == [(label, value)]


def test_a_colon_after_bare_digits_is_still_no_figure_of_its_own():
    assert [(v.kind, v.value) for v in find_values("The quake hit at 16:30 local time.")] == [("time", 990.0)]
    assert [v.kind for v in find_values("The final score was 3:1.")] == ["tally"]
    assert find_values("Step 2: register the claim.") == []


@pytest.mark.parametrize(("text", "label", "value"), [
    ("The budget projects a $39.8-billion deficit this year.", "$39.8-billion", 39.8e9),
    ("Freeland tabled a $480.5-billion budget.", "$480.5-billion", 480.5e9),
    ("The exemption rises to $1.25-million.", "$1.25-million", 1.25e6),
    ("The 2.5-million-strong union voted.", "2.5-million", 2.5e6),
])
def test_a_scale_joined_by_a_hyphen_is_the_figure_s_scale_not_a_range(text, label, value):
    """"a $39.8-billion deficit": the scale written as an adjective with a hyphen; it was read as a range from 39.8
    up to a billion. A range of two numbers keeps its hyphen ("5-6 million people")."""
    vs = [v for v in find_values(text) if v.kind in ("money", "number", "count")]
    assert [(v.text, v.value) for v in vs] == [(label, value)]
    assert [v.value for v in find_values("Between 5-6 million people fled.") if v.kind == "count"] == [[5e6, 6e6]]


@pytest.mark.parametrize(("text", "label", "celsius"), [
    ("The temperature rose to a record 41.1 Celsius in a city north of the capital.", "41.1 Celsius", 41.1),
    ("It broke the previous record of 41.0 C set in 2013.", "41.0 C", 41.0),
    ("The mercury climbed to 40.8 C on Monday.", "40.8 C", 40.8),
    ("Kessa reached 106 Fahrenheit.", "106 Fahrenheit", 41.1),
    ("It reached 41.1 C.", "41.1 C", 41.1),
])
def test_a_temperature_needs_no_degrees_word(text, label, celsius):
    """"41.1 Celsius", "41.0 C" (a space before the letter), "106 Fahrenheit": temperatures as outlets write them,
    in degrees Celsius; a letter that begins a name or an initial is none."""
    temps = [v for v in find_values(text) if v.kind == "temperature"]
    assert [(v.text, round(v.value, 1)) for v in temps] == [(label, celsius)]
    assert [v.kind for v in find_values("Three F-16 jets flew over.") if v.kind == "temperature"] == []


def test_a_figure_after_a_comma_with_no_space_is_still_read():
    """"according to rescuers,1,881 people were injured": a typo drops the space after the comma; the figure is still
    one (a comma after a number or a year still joins nothing: "in 2021,1,200" is no figure we can split)."""
    assert [(v.text, v.value) for v in find_values("according to rescuers,1,881 people were injured")] == [
        ("1,881 people", 1881.0)]
    assert [v.kind for v in find_values("In 2021,1,200 people fled.") if v.kind == "count"] == []


@pytest.mark.parametrize("text, hours", [
    ("Okafor won the race in 2:04:35, a course record.", 2 + 4 / 60 + 35 / 3600),
    ("She broke the record of 2:11:53.4 set in Harlow.", 2 + 11 / 60 + 53.4 / 3600),
    ("Okafor finished in 2 hours, 4 minutes and 35 seconds.", 2 + 4 / 60 + 35 / 3600),
    ("Okafor finished in 2 hours, 35 seconds ahead of the field.", 2 + 35 / 3600),
])
def test_a_time_taken_is_one_duration_in_hours(text, hours):
    """'won in 2:04:35' is a time taken, one duration (never the score 2-0 a winner's word would read into it), as is
    '2 hours, 4 minutes and 35 seconds'; a time of day with seconds stays no duration."""
    got = [(v.kind, v.unit, v.value) for v in find_values(text, 0, PUB)]
    assert len(got) == 1 and got[0][:2] == ("duration", "hours") and got[0][2] == pytest.approx(hours)


@pytest.mark.parametrize("text", ["The train left at 16:30:00 local time.", "The alarm sounded at 06:12:30 GMT."])
def test_a_time_of_day_with_seconds_is_no_time_taken(text):
    assert not any(v.kind == "duration" for v in find_values(text, 0, PUB))


@pytest.mark.parametrize("text", [
    "Inflation is seen at 4.8% in the first half and 4.7% in the second half of the year.",
    "Output should grow 7.5% in the first half of the financial year.",
])
def test_the_first_or_second_half_of_a_year_is_a_period_not_a_share(text):
    """'the second half of the year' names a period: no share of 50% is read from it (a share is still read from
    'half of the staff')."""
    assert not any(v.kind == "percent" and v.value == 50.0 for v in find_values(text, 0, PUB))
    assert [(v.kind, v.value) for v in find_values("Almost half of the staff left.", 0, PUB)] == [("percent", 50.0)]


@pytest.mark.parametrize("text, value, unit", [
    ("Okafor shaved almost a minute off the world record.", 1.0, "minutes"),
    ("The strike has lasted more than a week.", 1.0, "weeks"),
    ("Fans were kept waiting for nearly an hour and a half at the gates.", 1.5, "hours"),
])
def test_one_unit_of_time_told_with_how_near_it_is_is_a_duration(text, value, unit):
    """'almost a minute' is a minute at most (RELATIONS.md §2: 'almost' N), 'nearly an hour and a half' 1.5 hours;
    'a year ago' and 'once a year' tell no length of time."""
    got = [(v.kind, v.value, v.unit, v.approx) for v in find_values(text, 0, PUB)]
    assert got == [("duration", value, unit, True)]


@pytest.mark.parametrize("text", ["The bridge opened a year ago.", "The fair is held once a year.",
                                  "About a year ago the plant closed."])
def test_a_unit_of_time_with_no_approximator_or_a_relative_one_is_no_duration(text):
    assert not any(v.kind == "duration" for v in find_values(text, 0, PUB))


@pytest.mark.parametrize("text, kind", [
    ("Astonishingly, Okafor, 23, ran his first marathon only last December.", "age"),
    ("Ana Ruiz, 69, was sentenced on Thursday.", "age"),
    ("However, 23, were hurt in the crush.", "number"),
])
def test_a_number_between_commas_after_a_surname_is_an_age(text, kind):
    """'Okafor, 23, ran': the age of the person named (a surname alone, as reports write it after the first mention);
    not after a word that is no one's name ('However, 23, ...')."""
    assert [v.kind for v in find_values(text, 0, PUB) if v.text == "23" or v.text == "69"] == [kind]


@pytest.mark.parametrize(("text", "said"), [
    ("The S&P 500 lost 2.7% on Friday.", ["2.7%", "Friday"]),
    ("The Standard & Poor's 500 index shed 61.4 points.", ["61.4 points"]),
    ("The FTSE 100 closed at 7,140.", ["7,140"]),
    ("Acme said it would cut 500 jobs.", ["500 jobs"]),
])
def test_a_share_index_named_by_a_number_is_no_figure(text, said):
    """"S&P 500", "FTSE 100", "Nikkei 225": the number names the index; a count after any other word stays a figure."""
    assert [v.text for v in find_values(text)] == said
