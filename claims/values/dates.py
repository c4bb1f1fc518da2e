"""Dates in text: absolute, seasonal and relative dates resolved against a publication date, their
calendar intervals and how two dates compare."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from claims.model import Value
from claims.vocab import MONTHS, ONES, PART_OF_YEAR, SEASONS, WEEKDAYS

_SPACES = re.compile(r"\s+")

def _iso(y: int, m: int, d: int | None = None) -> str | None:
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_LAST_BEFORE = re.compile(r"\b(?:[Ll]ast|[Pp]revious)\s+$")
_NEXT_BEFORE = re.compile(r"\b[Nn]ext\s+$")


def _month_of(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _nearest_year(ref: dt.date, month: int, day: int | None) -> int:
    """The year that puts month/day closest to the reference date, past preferred over future."""
    best, best_cost = ref.year, math.inf
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            continue
        delta = (d - ref).days
        if day is None:
            delta = (y - ref.year) * 12 + (month - ref.month)
        cost = -delta if delta <= 0 else 2 * delta
        if cost < best_cost:
            best, best_cost = y, cost
    return best


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def day_iso(month: int, day: int, year: str | None, ref: dt.date | None, ref_year: int | None) -> str | None:
    """A day of a month as a date: its own year when written, else the year nearest the publication date, else
    the document's year, else a year-less "--MM-DD"."""
    if year:
        return _iso(int(year), month, day)
    if ref:
        return _iso(_nearest_year(ref, month, day), month, day)
    if ref_year:
        return _iso(ref_year, month, day)
    return f"--{month:02d}-{day:02d}"


def date_value(ctx: Any, m: re.Match) -> None:
    g = m.groupdict()
    a, b = m.start(), m.end()
    ref, ref_year = ctx.ref, ctx.ref_year or (ctx.ref.year if ctx.ref else None)
    if g.get("mdy") or g.get("dmy"):
        k = "mdy" if g.get("mdy") else "dmy"
        month, day, year = _month_of(g[f"{k}_m"]), int(g[f"{k}_d"]), g[f"{k}_y"]
        if not 1 <= day <= 31:
            return
        approx = bool(g.get("mdy_q"))
        v = day_iso(month, day, year, ref, ref_year)
        if v:
            ctx.add(a, b, "date", v, "day", approx)
    elif g.get("my"):
        v = _iso(int(g["my_y"]), _month_of(g["my_m"]))
        ctx.add(a, b, "date", v, "month", bool(g["my_q"]))
    elif g.get("se"):
        y = int(g["se_y"])
        m1, m2 = SEASONS[g["se_s"].lower()]
        y2 = y + 1 if m2 < m1 else y
        ctx.add(a, b, "date", [_iso(y, m1), _iso(y2, m2)], "month", bool(g["se_q"]))
    elif g.get("iso"):
        v = _iso(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        if v:
            ctx.add(a, b, "date", v, "day")
    elif g.get("qy"):
        y = int(g["qy_y"])
        if g["qy_s"]:  # "the late 1990s"
            lo = {"early": 0, "mid": 3, "late": 7}[g["qy_q"].lower()]
            ctx.add(a, b, "date", [str(y + lo), str(y + lo + 3 if lo < 7 else y + 9)], "year", True)
        else:
            m1, m2 = PART_OF_YEAR[g["qy_q"].lower()]
            ctx.add(a, b, "date", [_iso(y, m1), _iso(y, m2)], "month", True)
    elif g.get("dec"):
        y = int(g["dec_y"])
        ctx.add(a, b, "date", [str(y), str(y + 9)], "year")
    elif g.get("mo"):
        month = _month_of(g["mo_m"])
        before = ctx.text[max(0, a - 10):a]
        if ref and _LAST_BEFORE.search(before):  # "last September" in a June report: the September before it
            v = _iso(ref.year if month < ref.month else ref.year - 1, month)
        elif ref and _NEXT_BEFORE.search(before):  # "next March" in a June report: the March after it
            v = _iso(ref.year if month > ref.month else ref.year + 1, month)
        elif ref:
            v = _iso(_nearest_year(ref, month, None), month)
        elif ref_year:
            v = _iso(ref_year, month)
        else:
            v = f"--{month:02d}"
        ctx.add(a, b, "date", v, "month", bool(g["mo_q"]))
    elif g.get("wd"):
        name = g["wd"]
        if g.get("wd_d") and ref and 1 <= int(g["wd_d"]) <= 31:
            # "on Wednesday (31)": the day of the month nearest the report's date, the weekday's own
            day = int(g["wd_d"])
            near = []
            for step in (-1, 0, 1):
                carry, mo = divmod(ref.month - 1 + step, 12)
                try:
                    near.append(dt.date(ref.year + carry, mo + 1, day))
                except ValueError:
                    continue
            if near:
                best = min(near, key=lambda d: abs((d - ref).days))
                ctx.add(a, b, "date", best.isoformat(), "day")
                return
        if ref:
            if told_as_future(ctx.text, a):  # "will face trial on Wednesday", in Monday's paper: two days on
                ahead = (WEEKDAYS.index(name) - ref.weekday()) % 7
                ctx.add(a, b, "date", (ref + dt.timedelta(days=ahead)).isoformat(), "day")
                return
            back = (ref.weekday() - WEEKDAYS.index(name)) % 7
            ctx.add(a, b, "date", (ref - dt.timedelta(days=back)).isoformat(), "day")
        else:
            ctx.add(a, b, "date", name, "weekday")
    elif g.get("rel"):
        _relative(ctx, a, b, _SPACES.sub(" ", g["rel"].lower()), ref, ref_year)


#: a future tense or a schedule before a weekday in its sentence ("will face trial on Wednesday", "is due to vote
#: on Friday", "the vote is set for Tuesday"), with no reporting verb between (the day in "will, he said on
#: Monday, ..." is when it was said)
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|won't|due\s+to|due\s+on|due\s+for|scheduled|set\s+to|(?:is|are)\s+set\s+for"
                            r"|slated|expected\s+to|plans?\s+to|planned\s+for)\b"
                            r"(?![^.;!?]*\b(?:said|says|told|announced|added)\b)[^.;!?]*$", re.I)


#: what every match of _FUTURE_BEFORE holds, lower case
_FUTURE_WORDS = ("will", "shall", "won't", "due", "scheduled", "set", "slated", "expected", "plan")


def told_as_future(text: str, a: int) -> bool:
    """Is the weekday at ``a`` told as still to come (a future tense or a schedule before it in its sentence)?"""
    lo = max(0, a - 80)
    seg = text[lo:a]
    # (the pattern, case-insensitive and tried at every position, only when ASCII text holds one of its words; in
    # other text a letter of _ODD_CASE may stand for an ASCII one)
    if seg.isascii():
        low = seg.lower()
        if not any(w in low for w in _FUTURE_WORDS):
            return False
    return _FUTURE_BEFORE.search(text, lo, a) is not None


_REL_NUM = {"a": 1, "one": 1, **{k: v for k, v in ONES.items() if v <= 10}}


def _relative(ctx: Any, a: int, b: int, phrase: str, ref: dt.date | None, ref_year: int | None) -> None:
    words = phrase.split()
    if ref is None:
        if ref_year and phrase in ("this year", "last year", "next year", "past year"):
            y = ref_year + {"this": 0, "last": -1, "next": 1, "past": -1}[words[0]]
            ctx.add(a, b, "date", str(y), "year")
        elif words[-1].capitalize() in WEEKDAYS:
            ctx.add(a, b, "date", words[-1].capitalize(), "weekday")
        else:
            ctx.add(a, b, "date", phrase, "relative")
        return
    day = dt.timedelta(days=1)
    if phrase in ("today", "tonight"):
        ctx.add(a, b, "date", ref.isoformat(), "day")
    elif phrase in ("yesterday", "the day before"):
        ctx.add(a, b, "date", (ref - day).isoformat(), "day")
    elif words[-1] == "ago":
        n = int(words[0]) if words[0].isdigit() else _REL_NUM.get(words[0], 1)
        unit = words[1].rstrip("s")
        if unit == "day":
            ctx.add(a, b, "date", (ref - n * day).isoformat(), "day", True)
        elif unit == "week":
            d = ref - 7 * n * day
            ctx.add(a, b, "date", [(d - 3 * day).isoformat(), (d + 3 * day).isoformat()], "day", True)
        elif unit == "month":
            y, m = _shift_month(ref.year, ref.month, -n)
            ctx.add(a, b, "date", _iso(y, m), "month", True)
        else:
            ctx.add(a, b, "date", str(ref.year - n), "year", True)
    elif words[-1].capitalize() in WEEKDAYS:
        target = WEEKDAYS.index(words[-1].capitalize())
        if words[0] == "next":
            d = ref + ((target - ref.weekday()) % 7 or 7) * day
        else:
            d = ref - ((ref.weekday() - target) % 7 or (7 if words[0] == "last" else 0)) * day
        ctx.add(a, b, "date", d.isoformat(), "day")
    else:
        span, shift = words[-1], {"last": -1, "past": -1, "next": 1}.get(words[0], 0)
        if span in ("week", "weekend"):
            monday = ref - ref.weekday() * day + 7 * shift * day
            if words[0] == "earlier":
                ctx.add(a, b, "date", [monday.isoformat(), ref.isoformat()], "day")
            elif words[0] == "later":
                ctx.add(a, b, "date", [ref.isoformat(), (monday + 6 * day).isoformat()], "day")
            elif span == "weekend":
                ctx.add(a, b, "date", [(monday + 5 * day).isoformat(), (monday + 6 * day).isoformat()], "day")
            else:
                ctx.add(a, b, "date", [monday.isoformat(), (monday + 6 * day).isoformat()], "day")
        elif span == "month":
            y, m = _shift_month(ref.year, ref.month, shift)
            ctx.add(a, b, "date", _iso(y, m), "month")
        else:
            ctx.add(a, b, "date", str(ref.year + shift), "year")



# ----------------------------------------------------------------------------- intervals and comparison


def _month_end(y: int, m: int) -> dt.date:
    ny, nm = _shift_month(y, m, 1)
    return dt.date(ny, nm, 1) - dt.timedelta(days=1)


def _iso_bounds(s: str, end: bool) -> dt.date | None:
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        if len(s) == 7:
            y, m = int(s[:4]), int(s[5:])
            return _month_end(y, m) if end else dt.date(y, m, 1)
        if len(s) == 4:
            return dt.date(int(s), 12, 31) if end else dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def date_bounds(v: Value) -> tuple[dt.date, dt.date] | None:
    """The calendar interval of a resolved date value, or None (weekday, year-less, relative)."""
    if v.kind != "date":
        return None
    val = v.value
    if isinstance(val, list) and len(val) == 2 and all(isinstance(x, str) for x in val):
        lo, hi = _iso_bounds(val[0], False), _iso_bounds(val[1], True)
    elif isinstance(val, str) and val[:1].isdigit():
        lo, hi = _iso_bounds(val, False), _iso_bounds(val, True)
    else:
        return None
    if lo is None or hi is None:
        return None
    if v.approx and v.unit == "month" and not isinstance(val, list):
        lo, hi = lo - dt.timedelta(days=10), hi + dt.timedelta(days=10)
    return lo, hi


def _date_parts(v: Value) -> tuple[str, Any]:
    """("interval", (lo, hi)) | ("weekday", index) | ("md", (month, day)) | ("m", month) | ("unknown", None)"""
    b = date_bounds(v)
    if b:
        return "interval", b
    val = v.value
    if v.unit == "weekday" and val in WEEKDAYS:
        return "weekday", WEEKDAYS.index(val)
    if isinstance(val, str) and val.startswith("--"):
        parts = val[2:].split("-")
        if len(parts) == 2:
            return "md", (int(parts[0]), int(parts[1]))
        return "m", int(parts[0])
    return "unknown", None


def compare_dates(a: Value, b: Value) -> str:
    """"equal" | "compatible" (one contains or overlaps the other, a weekday that fits) |
    "possible" (not enough information to tell) | "different"."""
    return compare_date_parts(_date_parts(a), _date_parts(b))


DateParts = tuple[str, Any]


def date_parts(v: Value) -> DateParts:
    """The comparable form of a date value (see :func:`compare_date_parts`); worth caching."""
    return _date_parts(v)


def compare_date_parts(a: DateParts, b: DateParts) -> str:
    """:func:`compare_dates` on :func:`date_parts` results."""
    (ka, pa), (kb, pb) = a, b
    if ka == "unknown" or kb == "unknown":
        return "possible"
    if ka == "interval" and kb == "interval":
        (alo, ahi), (blo, bhi) = pa, pb
        if alo == blo and ahi == bhi:
            return "equal"
        if alo <= bhi and blo <= ahi:
            return "compatible"
        return "different"
    if ka != "interval" and kb == "interval":
        ka, pa, kb, pb = kb, pb, ka, pa
    if ka == "interval":
        lo, hi = pa
        if kb == "weekday":
            if (hi - lo).days >= 6:
                return "possible"
            return "compatible" if any((lo + dt.timedelta(days=i)).weekday() == pb
                                       for i in range((hi - lo).days + 1)) else "different"
        if kb == "md":
            m, d = pb
            if (hi - lo).days > 366:
                return "compatible"
            for y in {lo.year, hi.year}:
                try:
                    if lo <= dt.date(y, m, d) <= hi:
                        return "compatible" if (hi - lo).days else "equal"
                except ValueError:
                    pass
            return "different"
        if kb == "m":
            if (hi - lo).days > 366:
                return "compatible"
            months = {(lo.year * 12 + lo.month - 1 + i) % 12 + 1 for i in range(
                (hi.year - lo.year) * 12 + hi.month - lo.month + 1)}
            return "compatible" if pb in months else "different"
    if ka == kb == "weekday":
        # two unresolved weekdays: the same name may be any two weeks' day, so at most compatible (RELATIONS.md §2: a
        # weekday with no resolvable date never makes two claims the same fact on its own)
        return "compatible" if pa == pb else "different"
    if ka == kb:
        return "equal" if pa == pb else "different"
    if {ka, kb} == {"md", "m"}:
        m1 = pa[0] if ka == "md" else pa
        m2 = pb[0] if kb == "md" else pb
        return "compatible" if m1 == m2 else "different"
    return "possible"  # weekday vs year-less date


