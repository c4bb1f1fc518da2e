"""Typed values: finding them in text (:mod:`.finding`), numbers as written (:mod:`.numbers`), dates
(:mod:`.dates`), each figure's interval per RELATIONS.md §2 (:mod:`.intervals`) and comparing two values
(:mod:`.comparison`). The vocabularies live in :mod:`claims.vocab`.

Normalised forms (``Value.value``):

* numbers, counts, percentages (``unit="%"``), money (``unit`` an ISO currency code),
  distances (kilometres, ``unit="km"``), durations (``unit`` "years", "months", ...): a float;
* ranges, ages given as ranges and vague quantities ("tens of thousands"): ``[low, high]``;
* dates: ISO strings, "2024-10-02" (``unit="day"``), "2024-10" (month), "2024" (year),
  year-less "--10-02" / "--10", ``[from, to]`` pairs for seasons and "early 2024", a weekday
  name (``unit="weekday"``) when no reference date is known, or the phrase itself
  (``unit="relative"``) for relative dates that cannot be resolved.

A count's ``unit`` is the lemma of its counted noun ("man", "center", "casualty"), with
"/month" etc. appended for rates ("30,000 people a month" -> "person/month").
"""

from claims.values.comparison import compare, compare_bounds
from claims.values.dates import compare_date_parts, compare_dates, date_bounds, date_parts
from claims.values.finding import find_values
from claims.values.intervals import Interval, approximator, bounds, direction, interval, ratio, rule
from claims.values.numbers import parse_number, parse_words
from claims.vocab import MONTHS, WEEKDAYS

__all__ = [
    "Interval", "MONTHS", "WEEKDAYS", "approximator", "bounds", "compare", "compare_bounds", "compare_date_parts",
    "compare_dates", "date_bounds", "date_parts", "direction", "find_values", "interval", "parse_number",
    "parse_words", "ratio", "rule",
]
