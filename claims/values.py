"""Typed figures in text: numbers, counts with their counted noun, percentages, money, ages,
ranges, durations, distances and dates (absolute and relative to a publication date).

``find_values(text, start_offset, ref_date)`` returns :class:`claims.model.Value` objects whose
spans are offsets into the document (``start_offset`` is where ``text`` starts). Each value's
span covers its approximator ("about", "nearly", "over") and, for counts, the counted noun
phrase ("about 20,000 people"); :func:`direction` reads the bound back from that text.

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

from __future__ import annotations

import datetime as dt
import math
import re

from claims.model import Value

# ----------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "mln": 1e6, "m": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12}
VAGUE = {
    "tens of thousands": (1e4, 99_999), "hundreds of thousands": (1e5, 999_999), "tens of millions": (1e7, 99_999_999),
    "hundreds of millions": (1e8, 999_999_999), "dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 9_999),
    "thousands": (2_000, 99_999), "millions": (2e6, 999_999_999), "billions": (2e9, 999e9),
}

CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₴": "UAH", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "pound": "GBP", "gbp": "GBP", "ruble": "RUB",
    "rouble": "RUB", "rub": "RUB", "hryvnia": "UAH", "hryvna": "UAH", "uah": "UAH", "yuan": "CNY", "cny": "CNY",
    "yen": "JPY", "jpy": "JPY", "franc": "CHF", "chf": "CHF", "rupee": "INR", "inr": "INR", "lira": "TRY",
    "shekel": "ILS", "zloty": "PLN",
}
DISTANCE_UNITS = {"kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "mile": 1.609344, "mi": 1.609344,
                  "meter": 0.001, "metre": 0.001}
DURATION_UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
                  "decade": "decades", "minute": "minutes", "century": "centuries"}

#: approximators; the sign says which side of the figure the truth lies ("over 20" -> "+")
APPROX_DIRECTION = {
    "about": "", "around": "", "roughly": "", "approximately": "", "approx.": "", "some": "", "an estimated": "",
    "estimated": "", "circa": "", "nearly": "-", "almost": "-", "close to": "-", "just under": "-", "under": "-",
    "below": "-", "less than": "-", "fewer than": "-", "up to": "-", "at most": "-", "no more than": "-",
    "as many as": "-", "as much as": "-", "over": "+", "more than": "+", "above": "+", "at least": "+",
    "just over": "+", "well over": "+", "upwards of": "+", "no fewer than": "+", "no less than": "+",
    "in excess of": "+", "exceeding": "+",
}

#: words before a figure that make it a label, not a quantity ("Article 8", "Flight 17")
LABEL_WORDS = frozenset(
    """article section chapter paragraph clause part resolution room flight route highway unit brigade regiment
    battalion corps item point level grade class category phase stage type model version episode season volume
    vol page table figure fig step rule protocol amendment no number bus line gate platform terminal track
    district ward precinct block lot apartment suite floor building row seat code case decree order bill""".split()
)

#: words that end a counted noun phrase
NP_STOP = frozenset(
    """a an the this that these those of in on at by for from to with without into onto over under about around
    between among per each every and or but nor so than as is are was were be been being am have has had do does
    did will would shall should can could may might must who whom whose which what when where while it its they
    them their he she his her we our you your i me my not no also already currently now still just only even
    more most less fewer very too more here there then yet all both some any such other another same own like
    via after before since until during through across against toward towards amid upon if because though
    although unless whether according said says say told reported""".split()
)
IRREGULAR_PLURALS = {
    "men": "man", "women": "woman", "people": "person", "children": "child", "police": "police",
    "personnel": "personnel", "staff": "staff", "troops": "troop", "servicemen": "serviceman",
    "policemen": "policeman", "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "crises": "crisis", "analyses": "analysis", "data": "data", "media": "media",
    "series": "series", "species": "species", "offspring": "offspring", "livestock": "livestock",
}
NOT_PLURAL = frozenset(
    "was has is its this thus perhaps always towards besides afterwards as us yes news his hers ours yours theirs "
    "whereas unless series status virus census bus gas plus minus bonus campus chaos corpus".split()
)

# ----------------------------------------------------------------------------- regular expressions

_MONTH = (r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?))")
_MONTH_FULL_NOT_MAY = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MAY_AFTER = "(?:" + "|".join(
    rf"(?<=\b{w}[\s-])" for w in "in In since Since until by from of between and to early late mid last next this".split()
) + ")"
_QUAL = r"(?:(?P<{0}>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+|-\s*))"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
_NUMWORD = rf"(?:{_TENS}|{_ONES}|hundred|thousand|million|billion|trillion|dozen)"
_WORDNUM = rf"(?i:(?:(?:a|an)\s+(?=hundred|thousand|million|billion|dozen))?\b{_NUMWORD}(?:(?:[\s-]+|\s+and\s+){_NUMWORD})*\b)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SCALE = r"(?:\s*(?i:thousand|million|billion|trillion)\b|\s?(?i:mln|bln|bn|tn)\b|[kKmMbB]\b)"
_VAGUE = (r"(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:dozens|scores|hundreds|thousands|millions|billions)"
          r"(?=\s+of\b))")
_APPROX = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(APPROX_DIRECTION, key=len, reverse=True))
_CUR_PRE = r"(?:US\$|[$€£₽¥₴₹]|(?:USD|EUR|GBP|RUB|UAH)\s?)"

# one pattern per form; find_values tries only the ones the token at hand can start
P_MDY = (  # "Oct. 2, 2024", "October 1", "mid-October 5"
    rf"(?P<mdy>{_QUAL.format('mdy_q')}?(?P<mdy_m>{_MONTH})\s*(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?![\d%]|[.,]\d|\s*(?:%|percent|per cent|[-–]\s*\d))(?:,?\s+(?P<mdy_y>{_YEAR})(?!\d))?)"
)
P_DMY = (  # "2 October 2024"
    rf"(?P<dmy>(?<![\d,.])(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{_MONTH})(?!\w)"
    rf"(?:,?\s+(?P<dmy_y>{_YEAR})(?!\d))?)"
)
P_MY = rf"(?P<my>{_QUAL.format('my_q')}?(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?!\d))"  # "September 2022"
P_SE = (  # "summer 2022", "the fall of 2023"
    rf"(?P<se>{_QUAL.format('se_q')}?(?P<se_s>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?"
    rf"(?P<se_y>{_YEAR})(?!\d|,\d)(?!\s*(?:%|percent)))"
)
P_ISO = rf"(?P<iso>(?<![\d-])(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-]))"
P_QY = rf"(?P<qy>{_QUAL.format('qy_q')}(?P<qy_y>{_YEAR})(?P<qy_s>s)?(?!\d|,\d))"  # "early 2024", "the late 1990s"
P_DEC = r"(?P<dec>(?<![\d$€£,.])(?P<dec_y>1[89]\d0|20\d0)s\b)"
P_REL = (
    rf"(?P<rel>(?i:yesterday|today|tonight|the\s+day\s+before|(?:earlier|later)\s+this\s+(?:week|month|year)"
    rf"|(?:last|this|next|past)\s+(?:week|weekend|month|year)|(?:last|this|next)\s+{_WEEKDAY}"
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)\b)"
)
P_WD = rf"(?P<wd>\b{_WEEKDAY}\b)"
P_MO = rf"(?P<mo>{_QUAL.format('mo_q')}?(?P<mo_m>{_MONTH_FULL_NOT_MAY}|{_MAY_AFTER}May)\b)"
P_YEAR = (rf"(?P<year>(?<![\w$€£¥₽.,/:#-]){_YEAR}(?![\w%]|[.,:]\d|\s*(?i:%|percent|per cent|thousand|million"
          rf"|billion)))")
P_NUM = (  # a figure: optional approximator, currency, digits or words, scale
    rf"(?P<num>(?:(?P<approx>(?i:{_APPROX}))\s+)?(?P<cur>{_CUR_PRE})?(?:(?P<vague>{_VAGUE})|"
    rf"(?P<digits>(?<![\w.,/:#-]){_DIGITS})(?P<dscale>{_SCALE})?(?![\w:]|[.,]\d)|(?P<words>{_WORDNUM})))"
)
# Tried in this order where several can start at one token (the order of an alternation of all of them).
# Each pattern is compiled once: compiling is most of this module's import time.
_MDY_RX, _MY_RX, _SE_RX, _QY_RX, _MO_RX, _WD_RX, _REL_RX, _NUM_RX = (
    re.compile(p) for p in (P_MDY, P_MY, P_SE, P_QY, P_MO, P_WD, P_REL, P_NUM))
_DIGIT_DATE_RX = re.compile("|".join((P_DMY, P_ISO, P_DEC, P_REL, P_YEAR)))
_DIGIT_RX = (_DIGIT_DATE_RX, _NUM_RX)
_MONTH_RX = (_MDY_RX, _MY_RX, _MO_RX)
_QUAL_RX = (_MDY_RX, _MY_RX, _SE_RX, _QY_RX, _MO_RX)
_SEASON_RX = (_SE_RX,)
_WD_RX = (_WD_RX,)
_RELNUM_RX = (_REL_RX, _NUM_RX)
_REL_RX = (_REL_RX,)
_NUM_PATTERN = _NUM_RX
_NUM_RX = (_NUM_RX,)


def _dispatch() -> dict[str, tuple | None]:
    """Token (lower case) -> the patterns a value starting with it can match. Approximators (None or the
    figure pattern) are not looked for on their own: _candidates finds them before the figure they qualify."""
    d: dict[str, tuple | None] = {}
    for w in APPROX_DIRECTION:
        d[w.split()[0].rstrip(".")] = _NUM_RX if " " not in w else None
    for w in ("some", "over", "under", "a", "an"):
        d[w] = None
    for w in list(ONES) + list(TENS) + ["hundred", "thousand", "million", "billion", "dozen"]:
        d[w] = _RELNUM_RX
    for w in ("tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "usd", "eur", "gbp", "rub",
              "uah", "us", "$", "€", "£", "₽", "¥", "₴", "₹"):
        d[w] = _NUM_RX
    for w in MONTHS:
        d[w] = _MONTH_RX
    for w in ("early", "mid", "late"):
        d[w] = _QUAL_RX
    for w in SEASONS:
        d[w] = _SEASON_RX
    for w in WEEKDAYS:
        d[w.lower()] = _WD_RX
    for w in ("yesterday", "today", "tonight", "last", "this", "next", "past", "earlier", "later"):
        d[w] = _REL_RX
    return d


_DISPATCH = _dispatch()
#: at one position, the pattern tried first (a figure with its approximator before the bare number)
_BY_PRIORITY = (_NUM_RX, _RELNUM_RX, _DIGIT_RX, _MONTH_RX, _QUAL_RX, _SEASON_RX, _WD_RX, _REL_RX)
_PRIORITY = {rx: i for i, rx in enumerate(_BY_PRIORITY)}
_P_NUM, _P_RELNUM, _P_DIGIT = _PRIORITY[_NUM_RX], _PRIORITY[_RELNUM_RX], _PRIORITY[_DIGIT_RX]
#: trigger words that can start a value without a digit after them (approximator phrases always precede one)
_STRONG_TRIGGERS = frozenset(k for k, v in _DISPATCH.items() if v is not None and v is not _NUM_RX) | frozenset(
    ["tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "$", "€", "£", "₽", "¥", "₴", "₹"])
#: a digit run, or a currency symbol with the digits right after it (a charset first: a fast C-level scan)
_DISPATCH_PRIORITY = {w: _PRIORITY[rx] for w, rx in _DISPATCH.items() if rx is not None}
_NUMERIC = re.compile(r"[\d$€£₽¥₴₹]\d*")
_WORDS = re.compile(r"[a-z]+")
#: what may stand right before a figure and belongs to it: an approximator, a currency code, "a"/"an"
_BEFORE_FIGURE = re.compile(rf"(?i:(?:{_APPROX})\s+)?(?:US\$|(?:USD|EUR|GBP|RUB|UAH)\s?|(?i:an?)\s+)?$")


#: last words of whatever _BEFORE_FIGURE can match: the pattern runs only after one of them
_BEFORE_LAST = frozenset(w.split()[-1].rstrip(".") for w in APPROX_DIRECTION) | {"a", "an", "us", "usd", "eur", "gbp",
                                                                               "rub", "uah", "approx"}


def _prefix_start(text: str, st: int) -> int:
    """Where a figure at ``st`` really starts once its approximator or currency code is included."""
    lo = max(0, st - 32)
    if st == lo or not (text[st - 1].isspace() or text[st - 1] == "$"):
        return st
    seg = text[lo:st].rstrip().rstrip("$")
    seg = seg.rstrip(".")
    j = len(seg)
    while j and seg[j - 1].isalpha():
        j -= 1
    last = seg[j:].lower()
    if last not in _BEFORE_LAST:
        return st
    back = _BEFORE_FIGURE.search(text, lo, st)
    return back.start() if back else st


def _candidates(text: str, words=None) -> list[tuple[int, tuple]]:
    """Positions where a value may start, with the patterns to try there, in text order. Found with
    C-level searches (digits, then the trigger words present in the text) instead of a Python loop
    over every token. ``words``: the set of lower-case ``[a-z]+`` runs of ``text.lower()``, when known."""
    out = []  # (position, priority of the patterns): sorts without a key function
    append = out.append
    prefix_start = _prefix_start
    # one match per digit run, or a currency symbol with the digits right after it (two candidates)
    for m in _NUMERIC.finditer(text):
        st = m.start()
        lead = text[st]
        if lead.isdigit():
            if st and text[st - 1].isdigit():
                continue
            b = prefix_start(text, st)
            if b < st:
                append((b, _P_NUM))
            append((st, _P_DIGIT))
            continue
        if not (st and text[st - 1].isdigit()):
            b = prefix_start(text, st)
            if b < st:
                append((b, _P_NUM))
            append((st, _P_NUM))
        if m.end() > st + 1:  # the digits after the symbol start a figure of their own
            st += 1
            b = prefix_start(text, st)
            if b < st:
                append((b, _P_NUM))
            append((st, _P_DIGIT))
    low = text.lower()
    if words is None:
        words = _WORDS.findall(low)
    hits = _STRONG_TRIGGERS.intersection(words)
    if hits:
        n = len(low)
        find = low.find
        for w in hits:
            p = _DISPATCH_PRIORITY[w]
            k = len(w)
            i = find(w)
            while i != -1:
                if (i == 0 or not low[i - 1].isalpha()) and (i + k == n or not low[i + k].isalpha()):
                    if p <= _P_RELNUM:
                        b = prefix_start(text, i)
                        if b < i:
                            append((b, _P_NUM))
                    append((i, p))
                i = find(w, i + 1)
    if len(out) > 1:
        out.sort()
    return [(i, _BY_PRIORITY[p]) for i, p in out]


_LEFT_AGE = re.compile(r"(?i:\b(?:aged|ages|age|ages\s+of|age\s+of|aged\s+between|aged\s+from|between\s+the\s+ages\s+of"
                       r"|from\s+the\s+ages\s+of|under\s+the\s+age\s+of|over\s+the\s+age\s+of))\s+$")
_LEFT_RANGE = re.compile(r"(?i:\b(between|from))\s+(?:the\s+ages\s+of\s+)?$")
_RANGE_CONT = re.compile(
    rf"(?P<conn>\s*[-–]\s*|\s+(?:to|and|through)\s+)(?P<cur>{_CUR_PRE})?(?:(?P<digits>{_DIGITS})(?P<dscale>{_SCALE})?"
    rf"(?![\w:]|[.,]\d)|(?P<words>{_WORDNUM}))"
)
_PERCENT = re.compile(r"\s?%|\s+(?i:percent(?:age\s+points?)?|per\s+cent|pct|percentage\s+points?)\b")
_CUR_POST = re.compile(
    r"\s+(?:(?:US|U\.S\.)\s+)?(?P<c>(?i:dollars?|euros?|pounds?(?:\s+sterling)?|rubles?|roubles?|hryvnias?|hryvnas?"
    r"|yuan|yen|francs?|rupees?|lira|shekels?|zloty)|USD|EUR|GBP|RUB|UAH|CNY|JPY|CHF)\b"
)
_DIST = re.compile(r"(?:\s*|-)(?P<u>(?i:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?))\b")
_AGE_POST = re.compile(r"(?P<a>-years?-olds?\b|\s+years?\s+old\b|-year-old\b)")
_DUR = re.compile(r"(?:\s+|-)(?P<u>(?i:years?|months?|weeks?|days?|hours?|decades?|minutes?|centur(?:y|ies)))\b"
                  r"(?!\s+(?:ago|old)\b|-old)")
_NP_WORD = re.compile(r"\s+(?:of\s+(?:the\s+)?)?([A-Za-z][\w’'-]*)")
_NP_NEXT = re.compile(r"\s+([A-Za-z][\w’'-]*)")
_RATE = re.compile(r"\s+(?:a|per|each|every)\s+(day|week|month|year)\b")
_SPACES = re.compile(r"\s+")
_RATIO_LEFT = re.compile(r"(?i)\bone\s+(?:[a-z]+\s+){0,2}in\s+(?:every\s+)?$")


# ----------------------------------------------------------------------------- number parsing


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
        elif w in ("thousand", "million", "billion", "trillion"):
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
    m = re.fullmatch(rf"({_DIGITS})\s?([A-Za-z]+)?", t)
    if m:
        x = float(m.group(1).replace(",", ""))
        if m.group(2):
            sc = SCALES.get(m.group(2).lower())
            if sc is None:
                return None
            x *= sc
        return x
    m = re.fullmatch(rf"({_DIGITS})\s+(.+)", t)
    if m:
        w = parse_words(m.group(2))
        if w is None:
            return None
        return float(m.group(1).replace(",", "")) * w
    return parse_words(t)


# ----------------------------------------------------------------------------- helpers


def _lemma(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_PLURALS:
        return True
    if w in NOT_PLURAL or w.endswith("'s") or len(w) < 3:
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


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


class _Ctx:
    __slots__ = ("text", "off", "ref", "ref_year", "out", "pos")

    def __init__(self, text, off, ref, ref_year):
        self.text, self.off, self.ref, self.ref_year, self.out, self.pos = text, off, ref, ref_year, [], 0

    def add(self, a, b, kind, value, unit="", approx=False):
        self.out.append(Value(self.off + a, self.off + b, self.text[a:b], kind, value, unit, approx))


# ----------------------------------------------------------------------------- dates


def _date_value(ctx: _Ctx, m: re.Match) -> None:
    g = m.groupdict()
    a, b = m.start(), m.end()
    ref, ref_year = ctx.ref, ctx.ref_year or (ctx.ref.year if ctx.ref else None)
    if g.get("mdy") or g.get("dmy"):
        k = "mdy" if g.get("mdy") else "dmy"
        month, day, year = _month_of(g[f"{k}_m"]), int(g[f"{k}_d"]), g[f"{k}_y"]
        if not 1 <= day <= 31:
            return
        approx = bool(g.get("mdy_q"))
        if year:
            v = _iso(int(year), month, day)
        elif ref:
            v = _iso(_nearest_year(ref, month, day), month, day)
        elif ref_year:
            v = _iso(ref_year, month, day)
        else:
            v = f"--{month:02d}-{day:02d}"
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
        if ref:
            v = _iso(_nearest_year(ref, month, None), month)
        elif ref_year:
            v = _iso(ref_year, month)
        else:
            v = f"--{month:02d}"
        ctx.add(a, b, "date", v, "month", bool(g["mo_q"]))
    elif g.get("wd"):
        name = g["wd"]
        if ref:
            back = (ref.weekday() - WEEKDAYS.index(name)) % 7
            ctx.add(a, b, "date", (ref - dt.timedelta(days=back)).isoformat(), "day")
        else:
            ctx.add(a, b, "date", name, "weekday")
    elif g.get("rel"):
        _relative(ctx, a, b, _SPACES.sub(" ", g["rel"].lower()), ref, ref_year)


_REL_NUM = {"a": 1, "one": 1, **{k: v for k, v in ONES.items() if v <= 10}}


def _relative(ctx: _Ctx, a: int, b: int, phrase: str, ref: dt.date | None, ref_year: int | None) -> None:
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


# ----------------------------------------------------------------------------- figures


def _atom(g: dict) -> tuple[float | None, tuple[float, float] | None]:
    """(number, vague_range) of the figure groups of a match."""
    if g.get("vague"):
        lo, hi = VAGUE[_SPACES.sub(" ", g["vague"].lower())]
        return None, (float(lo), float(hi))
    if g.get("digits"):
        x = float(g["digits"].replace(",", ""))
        sc = (g.get("dscale") or "").strip().lower()
        if sc:
            if sc in ("m", "b") and not g.get("cur"):
                return None, None  # "5m" without a currency: metres? leave it alone
            x *= SCALES[sc]
        return x, None
    if g.get("words"):
        return parse_words(g["words"]), None
    return None, None


def _noun_phrase(text: str, pos: int, allow_of: bool) -> tuple[int, str]:
    """After a figure: the end of its counted noun phrase and the head noun's lemma, or (pos, "")."""
    words = []
    p = pos
    rx = _NP_WORD if allow_of else _NP_NEXT
    for _ in range(4):
        m = rx.match(text, p)
        if not m:
            break
        w = m.group(1).rstrip("’'-")
        if w.lower() in NP_STOP:
            break
        words.append((m.start(1), m.start(1) + len(w), w))
        p = m.start(1) + len(w)
        rx = _NP_NEXT
        if _is_plural(w):
            return p, _lemma(w)
    return pos, ""


def _is_label(left: str) -> bool:
    """Does the text before a number end with a label word ("Article", "No.", "#")?"""
    t = left.rstrip()
    if t.endswith("#"):
        return True
    if t.endswith("."):
        t = t[:-1]
    j = len(t)
    while j and t[j - 1].isalpha():
        j -= 1
    word = t[j:]
    return bool(word) and word[0].isupper() and word.lower() in LABEL_WORDS and (j == 0 or not t[j - 1].isalnum())


def _figure(ctx: _Ctx, m: re.Match) -> int:
    """Turn a ``num`` match into a Value; returns where scanning resumes."""
    text = ctx.text
    g = m.groupdict()
    a, b = m.start(), m.end()
    core_start = m.start("cur") if g["cur"] else m.start("vague") if g["vague"] else (
        m.start("digits") if g["digits"] else m.start("words"))
    x, vague = _atom(g)
    if x is None and vague is None:
        return b
    approx_word = (g["approx"] or "").lower()
    approx_word = _SPACES.sub(" ", approx_word)
    approx = bool(approx_word) or vague is not None
    left = text[max(0, core_start - 40):core_start] if not approx_word else text[max(0, a - 40):a]
    # labels ("Article 8", "No. 5", "#3") are not quantities
    if not approx_word and _is_label(left):
        return b
    currency = CURRENCY_SYMBOLS.get((g["cur"] or "").strip()) or ((g["cur"] or "").strip().upper() or None)
    kind, unit, value = "number", "", x
    age_left = "age" in left and bool(_LEFT_AGE.search(left))
    # a range: "18-30", "from 18 to 30", "between 18 and 30"
    rm = _RANGE_CONT.match(text, b)
    if rm and x is not None and vague is None:
        conn = rm.group("conn").strip()
        ok = conn in ("-", "–") or (
            (lr := _LEFT_RANGE.search(left)) and ((lr.group(1).lower() == "between") == (conn == "and"))
        ) or (age_left and conn in ("to", "-", "–", "and"))
        if ok:
            y, _ = _atom({**rm.groupdict(), "cur": rm.group("cur") or g["cur"]})
            if y is not None and y > x:
                value = [x, y]
                kind = "range"
                b = rm.end()
            elif y is not None and conn in ("-", "–") and y <= x:
                return rm.end()  # "2022-23", scores "3-1": not a quantity we understand
    # what follows the figure
    pm = _PERCENT.match(text, b)
    if pm:
        unit = "pp" if "point" in pm.group().lower() else "%"
        kind = "percent"
        b = pm.end()
    elif currency:
        kind, unit = "money", currency
        # "$2 billion" handled by the scale; "5 million rubles" by _CUR_POST below
    if kind not in ("percent",) and not currency:
        cm = _CUR_POST.match(text, b)
        if cm:
            word = cm.group("c").lower().split()[0]
            kind, unit, b = "money", CURRENCY_WORDS.get(word.rstrip("s")) or CURRENCY_WORDS.get(word) or word.upper(), cm.end()
    if kind in ("number", "range"):
        am = _AGE_POST.match(text, b)
        if am:
            kind, unit, b = "age", "years", am.end()
            # "an 85-year-old pensioner": keep the person noun
            nb, head = _noun_phrase(text, b, False)
            if head:
                b = nb
        elif age_left:
            kind, unit = "age", "years"
        else:
            dm = _DIST.match(text, b)
            um = _DUR.match(text, b) if not dm else None
            if dm:
                factor = DISTANCE_UNITS[_lemma(dm.group("u")).replace("kilometre", "kilometer")
                                        .replace("metre", "meter")]
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "distance", "km", dm.end()
            elif um:
                u = um.group("u").lower()
                kind, unit, b = "duration", DURATION_UNITS[_lemma(u) if u != "centuries" else "century"], um.end()
            else:
                nb, head = _noun_phrase(text, b, vague is not None)
                if head and not _RATIO_LEFT.search(left):
                    kind, unit, b = "count", head, nb
                    rt = _RATE.match(text, b)
                    if rt:
                        unit += "/" + rt.group(1)
                        b = rt.end()
    if vague is not None:
        if kind == "number":
            kind = "count"
        value = list(vague)
    # bare number words are too vague to be figures ("one of them", "two sides") unless typed
    if g["words"] and kind in ("number", "count") and (x is None or x < 2 or unit == ""):
        return b
    if kind == "range" and not isinstance(value, list):
        kind = "number"
    if isinstance(value, float) and value.is_integer() is False:
        value = round(value, 6)
    ctx.add(a, b, kind, value, unit, approx)
    return b


def find_values(text: str, start_offset: int = 0, ref_date: dt.date | None = None, *,
                ref_year: int | None = None, words: frozenset | None = None) -> list[Value]:
    """Typed values in ``text``; spans are ``start_offset``-based. ``ref_date`` (the publication date)
    resolves relative and year-less dates; without it ``ref_year`` (inferred from the document's own
    full dates) gives year-less dates a year and weekdays stay weekdays. ``words``: the lower-case
    ``[a-z]+`` runs of ``text.lower()`` as a set, when the caller has them (saves a scan)."""
    ctx = _Ctx(text, start_offset, ref_date, ref_year)
    num_rx, digit_date_rx = _NUM_PATTERN, _DIGIT_DATE_RX
    for st, rx in _candidates(text, words):
        if st < ctx.pos:
            continue
        for r in rx:
            m = r.match(text, st)
            if m:
                break
        else:
            continue
        if r is num_rx:
            ctx.pos = max(_figure(ctx, m), m.end())
        elif r is digit_date_rx and m.group("year") is not None:
            ctx.add(m.start(), m.end(), "date", m.group("year"), "year")
            ctx.pos = m.end()
        else:
            _date_value(ctx, m)
            ctx.pos = m.end()
    return ctx.out


# ----------------------------------------------------------------------------- comparisons


def direction(v: Value) -> str:
    """"+" when the figure is a lower bound ("over 30,000"), "-" for an upper bound ("nearly 60,000"), else ""."""
    if not v.approx:
        return ""
    low = _SPACES.sub(" ", v.text.lower())
    for word in _APPROX_LONGEST_FIRST:
        if low.startswith(word):
            return APPROX_DIRECTION[word[:-1]]
    return ""


_APPROX_LONGEST_FIRST = [w + " " for w in sorted(APPROX_DIRECTION, key=len, reverse=True)]


def bounds(v: Value) -> tuple[float, float] | None:
    """The numeric interval a figure allows, widened for approximators and rounding."""
    val = v.value
    if isinstance(val, list):
        if not val or not all(isinstance(x, (int, float)) for x in val):
            return None
        lo, hi = float(val[0]), float(val[-1])
        if v.approx and (v.kind != "count" or lo == hi):
            lo, hi = lo * 0.93, hi * 1.07
        return lo, hi
    if not isinstance(val, (int, float)):
        return None
    x = float(val)
    d = direction(v)
    if d == "+":
        return x, math.inf
    if d == "-":
        return x * 0.85, x
    if v.approx:
        return x * 0.93, x * 1.07
    # a written figure stands for what rounds to it: "133,000" may be 132,600
    tol = max(abs(x) * 0.004, 0.0)
    return x - tol, x + tol


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


def _date_parts(v: Value) -> tuple[str, object]:
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


def date_parts(v: Value) -> tuple[str, object]:
    """The comparable form of a date value (see :func:`compare_date_parts`); worth caching."""
    return _date_parts(v)


def compare_date_parts(a: tuple[str, object], b: tuple[str, object]) -> str:
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
    if ka == kb:
        return "equal" if pa == pb else "different"
    if {ka, kb} == {"md", "m"}:
        m1 = pa[0] if ka == "md" else pa
        m2 = pb[0] if kb == "md" else pb
        return "compatible" if m1 == m2 else "different"
    return "possible"  # weekday vs year-less date


def compare(a: Value, b: Value) -> str | None:
    """How two values of the same kind relate: "equal", "compatible", "possible", "different";
    None when they are not comparable (different kinds or units)."""
    if a.kind == "date" or b.kind == "date":
        return compare_dates(a, b) if a.kind == b.kind else None
    return compare_bounds(bounds(a), bounds(b), a.approx or b.approx)


def compare_bounds(ba: tuple[float, float] | None, bb: tuple[float, float] | None, approx: bool) -> str | None:
    """:func:`compare` on :func:`bounds` results; ``approx``: either figure is approximate."""
    if ba is None or bb is None:
        return None
    if ba == bb:
        return "equal"
    (alo, ahi), (blo, bhi) = ba, bb
    if alo <= bhi and blo <= ahi:
        # both exact and overlapping only through rounding: equal
        if not approx:
            return "equal"
        return "compatible"
    return "different"
