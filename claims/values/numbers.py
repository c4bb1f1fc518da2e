"""Number words and figures as written, to numbers."""

from __future__ import annotations

import re

from claims.vocab import ONES, SCALES, TENS, VAGUE

#: digits as written: "20,000", "0.4", and thousands grouped by spaces as many outlets print them ("2 719",
#: "1\u202f418"; never a four-digit group, so "4 2023" is no number)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SPACES = re.compile(r"\s+")
#: what separates thousands in DIGITS: taken out before the digits are read as a number
_GROUPING = str.maketrans("", "", ", \u00a0\u202f\u2009")


def digits_value(s: str) -> float:
    """The number written by ``s`` as DIGITS matches it ("20,000", "2 719", "0.4")."""
    return float(s.translate(_GROUPING))


def parse_words(s: str) -> float | None:
    """English number words to a number: "forty" 40, "twenty-five" 25, "a hundred" 100,
    "three hundred thousand" 300000, "1.5 million" is not words (see :func:`parse_number`)."""
    total, current, seen = 0.0, 0.0, False
    for w in re.split(r"[\s-]+", s.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            continue
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"):
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(s: str) -> float | None:
    """A figure as written to a number: "20,000", "0.4", "20K", "1.5 billion", "forty", "tens of thousands"
    (the low end of a vague quantity). Returns None when ``s`` is not a number."""
    t = _SPACES.sub(" ", s.strip()).replace("\u00a0", " ")
    low = t.lower()
    if low in VAGUE:
        return float(VAGUE[low][0])
    m = re.fullmatch(rf"({DIGITS})\s?([A-Za-z]+)?", t)
    if m:
        x = digits_value(m.group(1))
        if m.group(2):
            sc = SCALES.get(m.group(2).lower())
            if sc is None:
                return None
            x *= sc
        return x
    m = re.fullmatch(rf"({DIGITS})\s+(.+)", t)
    if m:
        w = parse_words(m.group(2))
        if w is None:
            return None
        return digits_value(m.group(1)) * w
    return parse_words(t)

