"""Typed figures in text: numbers, counts with their counted noun, percentages, money, ages,
ranges, durations, distances and dates (absolute and relative to a publication date).

``find_values(text, start_offset, ref_date)`` returns :class:`claims.model.Value` objects whose
spans are offsets into the document (``start_offset`` is where ``text`` starts). Each value's
span covers its approximator ("about", "nearly", "over") and, for counts, the counted noun
phrase ("about 20,000 people"); :func:`claims.values.intervals.interval` reads the bound back
from that text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from claims.model import Value
from claims.values.dates import _iso, _month_of, _nearest_year, date_value, day_iso
from claims.values.numbers import DIGITS as _DIGITS
from claims.values.numbers import digits_value, parse_number, parse_words
from claims.vocab import (
    ANY_THING,
    APPROX_DIRECTION,
    COUNTED_CLASSES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DISTANCE_UNITS,
    DURATION_UNITS,
    GENERIC_PEOPLE,
    IRREGULAR_PLURALS,
    LABEL_WORDS,
    MONTH_NAMES,
    MONTHS,
    NOT_PLURAL,
    NP_STOP,
    ONES,
    PEOPLE_ROLES,
    SCALES,
    SEASONS,
    TENS,
    VAGUE,
    WEEKDAYS,
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
_NUMWORD = rf"(?:{_TENS}|{_ONES}|hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen)"
#: ("one hundred and five": "and" joins only after a hundred, a thousand ...; "two and three years" is two figures)
_WORDNUM = (rf"(?i:(?:(?:a|an)\s+(?=hundred|thousand|million|billion|lakh|crore|dozen))?\b{_NUMWORD}(?:(?:[\s-]+|(?:(?<=hundred)"
            rf"|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+){_NUMWORD})*\b)")
#: units written against a number ("94mph", "152km/h", "15km"): the number still ends there (each opens on a letter:
#: the look-ahead for one rules out every other character in one test, as the scale's below rules out all but its
#: first letters, and the relative dates' their words at a digit)
_GLUED_UNIT = r"(?=[^\W\d_])(?:(?i:mph|kph|kmh|km/h|km|mm|cm)|[CF]|[TGMk]Wh?)(?![\w/])"
#: (South Asian outlets count in lakhs and crores: "Rs 10 lakh" is one million rupees, "₹2 crore" twenty million)
_SCALE = (r"(?=\s*(?i:[tmblck]))(?:\s*(?i:thousand|million|milion|billion|trillion|lakhs?|crores?)\b|\s?(?i:mln|mil|bln|bn|tn)\b"
          r"|[kKmMbB]\b)")  # ("milion": as an outlet mistypes it; "mil": as a headline shortens it)
_VAGUE = (r"(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:dozens|scores|hundreds|thousands|millions|billions)"
          r"(?=\s+of\b))")


def _by_first_letter(phrases: list[str]) -> str:
    """An alternation of ``phrases`` (each opening on a letter, in the order given), grouped by their first letter:
    "a(?:bout|round)|n(?:early)". The same matches in the same order of trial (phrases with different first letters
    never match at one position, case-insensitively either), but a position is ruled out in one test per letter
    instead of one per phrase: the regex engine tries a case-insensitive alternation's branches one by one."""
    groups: dict[str, list[str]] = {}
    for a in phrases:
        groups.setdefault(a[0].lower(), []).append(re.escape(a[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(rest)})" for k, rest in groups.items())


_APPROX = _by_first_letter(sorted(APPROX_DIRECTION, key=len, reverse=True))
_CODES = CURRENCY_CODES
_CUR_PRE = rf"(?:US\$|\bRs\.?\s?|[$€£₽¥₴₹]|(?:{'|'.join(_CODES)})\s?)"

# one pattern per form; find_values tries only the ones the token at hand can start
P_MDY = (  # "Oct. 2, 2024", "October 1", "mid-October 5"
    rf"(?P<mdy>{_QUAL.format('mdy_q')}?(?P<mdy_m>{_MONTH})\s*(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?"
    # (not a day's span, "March 7-9"; but "on March 7 – 1.28 million" is the day, then a figure)
    rf"(?![\d%]|[.,]\d|\s*(?:%|percent|per cent|[-–]\s*[0-3]?\d(?!\d|[.,]\d)))(?:,?\s+(?P<mdy_y>{_YEAR})(?!\d))?)"
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
    rf"(?P<rel>(?i:(?=[^\W\d_])(?:yesterday|today|tonight|the\s+day\s+before|(?:earlier|later)\s+this\s+(?:week|month|year)"
    rf"|(?:last|this|next|past)\s+(?:week|weekend|month|year)|(?:last|this|next)\s+{_WEEKDAY})"
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)\b)"
)
#: (some outlets add the day of the month in brackets: "on Wednesday (31)", "on Tuesday (Aug 14)" is read apart)
P_WD = rf"(?P<wd>\b{_WEEKDAY}\b)(?:\s*\((?P<wd_d>[0-3]?\d)\))?"
P_MO = rf"(?P<mo>{_QUAL.format('mo_q')}?(?P<mo_m>{_MONTH_FULL_NOT_MAY}|{_MAY_AFTER}May)\b)"
P_YEAR = (rf"(?P<year>(?<![\w$€£¥₽.,/:#-]){_YEAR}(?![\w%]|[.,:]\d|\s*(?i:%|percent|per cent|thousand|million"
          rf"|billion)))")
P_NUM = (  # a figure: optional approximator, currency, digits or words, scale
    # (an approximator or a vague quantity opens on a letter: at a digit, where most figures start, one test skips each)
    rf"(?P<num>(?:(?=[^\W\d_])(?P<approx>(?i:{_APPROX}))\s+)?(?P<cur>{_CUR_PRE})?(?:(?=[^\W\d_])(?P<vague>{_VAGUE})|"
    rf"(?P<digits>(?:(?<![\w.,/:#-])|(?<=[a-z],)){_DIGITS})(?P<dscale>{_SCALE})?(?:(?={_GLUED_UNIT})|(?![\w]|[.,]\d|(?<=\d):))"
    rf"|(?P<words>{_WORDNUM})))"
)
# Tried in this order where several can start at one token (the order of an alternation of all of them).
# Each pattern is compiled once: compiling is most of this module's import time.
_MDY_P, _MY_P, _SE_P, _QY_P, _MO_P, _WD_P, _REL_P, _NUM_PATTERN = (
    re.compile(p) for p in (P_MDY, P_MY, P_SE, P_QY, P_MO, P_WD, P_REL, P_NUM))
_DIGIT_DATE_RX = re.compile("|".join((P_DMY, P_ISO, P_DEC, P_REL, P_YEAR)))
Patterns = tuple[re.Pattern[str], ...]
_DIGIT_RX: Patterns = (_DIGIT_DATE_RX, _NUM_PATTERN)
_MONTH_RX: Patterns = (_MDY_P, _MY_P, _MO_P)
_QUAL_RX: Patterns = (_MDY_P, _MY_P, _SE_P, _QY_P, _MO_P)
_SEASON_RX: Patterns = (_SE_P,)
_WD_RX: Patterns = (_WD_P,)
_RELNUM_RX: Patterns = (_REL_P, _NUM_PATTERN)
_REL_RX: Patterns = (_REL_P,)
_NUM_RX: Patterns = (_NUM_PATTERN,)


def _dispatch() -> dict[str, tuple | None]:
    """Token (lower case) -> the patterns a value starting with it can match. Approximators (None or the
    figure pattern) are not looked for on their own: _candidates finds them before the figure they qualify."""
    d: dict[str, tuple | None] = {}
    for w in APPROX_DIRECTION:
        d[w.split()[0].rstrip(".")] = _NUM_RX if " " not in w else None
    for w in ("some", "over", "under", "a", "an"):
        d[w] = None
    for w in list(ONES) + list(TENS) + ["hundred", "thousand", "million", "billion", "lakh", "crore", "dozen"]:
        d[w] = _RELNUM_RX
    for w in ("tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "us", "$", "€", "£", "₽",
              "¥", "₴", "₹", *(c.lower() for c in _CODES)):
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
_P_MONTH = _PRIORITY[_MONTH_RX]
#: the patterns that need a digit (a day or a year), and the words one of which any match of _REL_P holds as a word
#: ("yesterday", "this week", "last Monday", "the day before", "3 days ago"; case-insensitive, as the pattern is)
_NEED_DIGITS = (_MDY_P, _MY_P, _SE_P, _QY_P)
_REL_WORDS = frozenset("yesterday today tonight day week weekend month year ago".split()) | frozenset(
    w.lower() for w in re.findall(r"[A-Za-z]+", _WEEKDAY))
#: _BY_PRIORITY without the patterns that cannot match a text: [it has a digit][its words hold one of _REL_WORDS]
_TRIED = {(digits, rel): tuple(tuple(r for r in rx if (digits or r not in _NEED_DIGITS) and (rel or r is not _REL_P))
                               for rx in _BY_PRIORITY) for digits in (False, True) for rel in (False, True)}
#: trigger words that can start a value without a digit after them (approximator phrases always precede one)
_STRONG_TRIGGERS = frozenset(k for k, v in _DISPATCH.items() if v is not None and v is not _NUM_RX) | frozenset(
    ["tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "$", "€", "£", "₽", "¥", "₴", "₹"])
#: a digit run, or a currency symbol with the digits right after it (a charset first: a fast C-level scan)
_DISPATCH_PRIORITY = {w: _PRIORITY[rx] for w, rx in _DISPATCH.items() if rx is not None}
_NUMERIC = re.compile(r"[\d$€£₽¥₴₹]\d*")
#: every word _MONTH spells, lower case
_MONTH_WORDS = frozenset(MONTHS)
_WORDS = re.compile(r"[a-z]+")
#: what may stand right before a figure and belongs to it: an approximator, a currency code, "a"/"an"
_BEFORE_FIGURE = re.compile(rf"(?i:(?:{_APPROX})\s+)?(?:US\$|\bRs\.?\s?|(?:{'|'.join(_CODES)})\s?|(?i:an?)\s+)?$")


#: last words of whatever _BEFORE_FIGURE can match: the pattern runs only after one of them
_BEFORE_LAST = frozenset(w.split()[-1].rstrip(".") for w in APPROX_DIRECTION) | {"a", "an", "us", "approx", "rs"} | {
    c.lower() for c in _CODES}


#: an approximator's word before "of" or "to" (what a token before "of" or "to" ends with, lower case, when
#: _BEFORE_FIGURE can match there)
_OF_TO = {w: tuple(sorted({p.split()[-2] for p in APPROX_DIRECTION if len(p.split()) > 1 and p.split()[-1] == w}))
          for w in ("of", "to")}


def _prefix_start(text: str, st: int) -> int:
    """Where a figure at ``st`` really starts once its approximator or currency code is included."""
    if not st or not (text[st - 1].isspace() or text[st - 1] == "$"):
        return st
    lo = st - 32 if st > 32 else 0
    seg = text[lo:st].rstrip().rstrip("$")
    seg = seg.rstrip(".")
    # the letters seg ends with: its last white-space separated token when all of it is letters (most: "said", "of"),
    # else read back from its end (white space is never a letter)
    toks = seg.rsplit(None, 2)
    last = toks[-1] if toks and not seg[-1].isspace() else ""
    if not last.isalpha():
        j = len(last)
        while j and last[j - 1].isalpha():
            j -= 1
        last = last[j:]
    last = last.lower()
    if last not in _BEFORE_LAST:
        return st
    # after "of" or "to" only an approximator ending on it can match ("in excess of", "close to"), and its word before
    # ends the token before: without one the search (tried at every position of the 32 characters) finds the empty
    # match at ``st`` (a line break right before ``st`` lets "$" match before it, and a letter of _ODD_CASE may stand
    # for an ASCII one: the search then as before)
    if last in _OF_TO and text[st - 1] != "\n" and not (
            len(toks) > 1 and (not toks[-2].isascii() or toks[-2].lower().endswith(_OF_TO[last]))):
        return st
    back = _BEFORE_FIGURE.search(text, lo, st)
    return back.start() if back else st


def _candidates(text: str, words: frozenset | list | None = None, numeric: bool = True) -> list[tuple[int, int]]:
    """Positions where a value may start, with the priority of the patterns to try there (their index in
    _BY_PRIORITY), in text order. Found with
    C-level searches (digits, then the trigger words present in the text) instead of a Python loop
    over every token. ``words``: the set of lower-case ``[a-z]+`` runs of ``text.lower()``, when known;
    ``numeric``: False when ``text`` is known to hold no digit and no currency symbol."""
    out: list[tuple[int, int]] = []  # (position, priority of the patterns): sorts without a key function
    append = out.append
    prefix_start = _prefix_start
    # _DIGIT_DATE_RX at a run of digits needs four of them (a year, "2024-05-01", "the 1990s"), or one or two and a
    # month's name as a word ("2 October"), or "ago" ("3 days ago"): at any other run the figure pattern alone is tried
    # (the same as the date pattern failing there; most runs open no date). The words decide it exactly (they are
    # matched case-sensitively, or "ago", which no other letter folds to)
    if words is None:
        words = _WORDS.findall(text.lower())
    ago = numeric and "ago" in words
    months = numeric and not _MONTH_WORDS.isdisjoint(words)
    # one match per digit run, or a currency symbol with the digits right after it (two candidates)
    for m in _NUMERIC.finditer(text) if numeric else ():
        st = m.start()
        lead = text[st]
        if lead.isdigit():
            if st and text[st - 1].isdigit():
                continue
            b = prefix_start(text, st)
            if b < st:
                append((b, _P_NUM))
            run = m.end() - st  # (its digits)
            append((st, _P_DIGIT if run == 4 or run <= 2 and months or ago else _P_NUM))
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
            run = m.end() - st
            append((st, _P_DIGIT if run == 4 or run <= 2 and months or ago else _P_NUM))
    hits = _STRONG_TRIGGERS.intersection(words)
    if hits:
        low = text.lower()
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
    return out  # (the caller takes each position's patterns from _BY_PRIORITY: no second list)


_LEFT_AGE = re.compile(r"(?i:\b(?:aged|ages|age|ages\s+of|age\s+of|aged\s+between|aged\s+from|between\s+the\s+ages\s+of"
                       r"|from\s+the\s+ages\s+of|under\s+the\s+age\s+of|over\s+the\s+age\s+of))\s+$")
_LEFT_RANGE = re.compile(r"(?i:\b(between|from))\s+(?:the\s+ages\s+of\s+)?$")
#: "rose from 310 to 480", "lifting VAT from 25.5% to 26.5%", "up by one point to 26.5%": a change from one figure to
#: another (two figures, RELATIONS.md §3), not a range
_CHANGE_FROM = re.compile(
    r"(?i:(?<![-–])\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*|climb\w*|jump\w*"
    r"|dropp?\w*|declin\w*|cut(?:s|ting)?|reduc\w*|lower(?:s|ed|ing)|rais\w*|lift\w*|boost\w*|slash\w*|trimm?\w*"
    r"|revis\w*|up|down|went|go(?:es|ing|ne)?|surg\w*|soar\w*|plung\w*|slump\w*|shr[aiu]nk\w*|expand\w*|widen\w*"
    r"|narrow\w*|swung|swing\w*|chang\w*|adjust\w*|upgrad\w*|downgrad\w*|mov(?:e|es|ed|ing))\b[^.;:,]*?\bfrom\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|an?\s+|the\s+)?$)")
_BY_BEFORE = re.compile(r"(?i:\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$)")


def _changes_to(text: str, a: int) -> bool:
    """Is the figure at ``a`` the start of a change ("rose from 310 to ...", "up by one point to ...")? Asked
    only when "to" follows a figure, so the searches stay off the path of every other figure."""
    left = text[max(0, a - 120):a]
    return bool(_CHANGE_FROM.search(left) or _BY_BEFORE.search(left))


_RANGE_CONT = re.compile(
    rf"(?P<conn>\s*[-–]\s*|[-–]\s+(?:to|and)\s+|\s+(?:to|and|through)\s+)(?P<cur>{_CUR_PRE})?(?:(?P<digits>{_DIGITS})(?P<dscale>{_SCALE})?"
    rf"(?![\w:]|[.,]\d)|(?P<words>{_WORDNUM}))"
)
_PERCENT = re.compile(r"\s?%|\s+(?i:percent(?:age\s+points?)?|per\s+cent|pct|percentage\s+points?|basis\s+points?)\b"
                      r"|\s?bps?\b")  # ("25 bp": basis points; "3 BP stations" are the company's)
_CUR_POST = re.compile(
    # (or joined by a hyphen, as an adjective: "a 412 million-dollar appeal", "a 5 billion-euro fund")
    r"(?:-(?=[a-z])|\s+(?:(?:US|U\.S\.)\s+|(?P<adj>(?:[A-Z][a-z]+\s+){1,2}))?)(?P<c>(?i:dollars?|euros?|pounds?(?:\s+sterling)?|rubles?|roubles?|hryvnias?|hryvnas?"
    r"|yuan|yen|francs?|rupees?|lira|shekels?|zloty|crowns?|kron(?:a|or|e|er)|korunas?|forints?|pesos?|dinars?"
    r"|dirhams?|riyals?|ringgits?|baht|rupiah|nairas?|shillings?|rand|reais|rials?|leva|lei|kunas?|kwachas?|cedis?|birr"
    r"|tenge|manats?|laris?|takas?|florins?|guilders?|(?:taler|thaler)s?|ducats?"
    r"|kyats?|quetzal(?:es|s)?|lempiras?|colones|colón|guaran[ií](?:es|s)?|ariary|afghanis|leke?|denars?|tugriks?"
    r"|riels?|dalasis?|leones?|kwanzas?|meticais|meticals?|rufiyaa|soles|bol[ií]vares|bol[ií]vars?|bolivianos?"
    r"|renminbi|somoni"
    # (marks only after a scale word: "41.5 million marks"; "85 marks" may be an exam's)
    r"|(?<=illion\s)marks?)|USD|EUR|GBP|RUB|UAH|CNY|JPY|CHF|DKK|SEK|NOK|ISK|PLN|CZK"
    r"|HUF)\b"
)
#: currency names several countries use: the adjective before one says which ("Australian dollars", "Mexican pesos");
#: a crown is a crown, whichever Nordic country's
_SHARED_CURRENCY_NAMES = frozenset("dollar pound franc rupee peso dinar shilling riyal".split())
#: temperatures, normalised to degrees Celsius ("46.4C", "46.4°C", "115.5F", "47.1 degrees Celsius", "47.1 degrees")
_TEMP = re.compile(r"(?:\s*[°º]\s*(?P<u1>C|F)\b|(?P<u2>C|F)\b(?![\w'’.&-])|\s+degrees?(?:\s+(?P<u3>Celsius|Fahrenheit|centigrade"
                   r"|C|F)\b|\b)(?!\s+(?:of|north|south|east|west|angle|turn|below\s+zero)\b)"
                   # "41.1 Celsius (106 Fahrenheit)", "the previous record of 41.0 C" (not an initial: "C. Smith")
                   r"|\s+(?P<u4>Celsius|Fahrenheit|centigrade)\b|\s(?P<u5>C|F)(?![\w'’&-]|\.\s?[A-Z]\.|\.[\w]))")
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?:^|(?<=[\s(]))[-−])$", re.I)
#: electric power and energy, normalised to megawatts and megawatt hours ("15.6 GW" = "15,640 megawatts")
_POWER = re.compile(r"(?:\s*|-)(?P<u>(?i:(?P<p>tera|giga|mega|kilo)watt)(?P<h>[- ]hours?)?s?|(?P<s>[TGMk])W(?P<sh>h)?)\b")
def _celsius(t: float, fahrenheit: bool) -> float:
    return (t - 32) * 5 / 9 if fahrenheit else t


_POWER_FACTOR = {"tera": 1e6, "giga": 1e3, "mega": 1.0, "kilo": 1e-3, "T": 1e6, "G": 1e3, "M": 1.0, "k": 1e-3}
#: speed units, normalised to km/h ("94mph" = 151.3 km/h, RELATIONS.md §2: units normalised first)
_SPEED = re.compile(r"(?:\s*|-)(?P<u>(?i:km/h|kmh|kph|mph|m/h|m/s|(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?)\s+(?:per|an|a)"
                    r"\s+hour|met(?:er|re)s?\s+(?:per|a)\s+second|knots?|kts))(?![\w/])")
#: (what one unit of speed is in km/h: "150 metres an hour" is 0.15 km/h, "94mph" 151.3, "33 m/s" and "33 metres per
#: second" 118.8, "60 knots" 111.1)
_SPEED_FACTOR = {"mi": 1.609344, "mp": 1.609344, "me": 0.001, "m/": 0.001, "kn": 1.852, "kt": 1.852}


def _speed_factor(unit: str) -> float:
    """What one unit of the matched speed is in km/h."""
    u = unit.lower()
    if u == "m/s" or u.endswith("second"):
        return 3.6
    return _SPEED_FACTOR.get(u[:2], 1.0)


_DIST = re.compile(r"(?:\s*|-)(?P<naut>(?i:nautical)\s+)?(?P<u>(?i:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?"
                   r"|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|inch(?:es)?|feet|foot|ft))\b"
                   r"(?<!\bcubic\smetres)(?<!\bcubic\smeters)")
#: areas, in square kilometres: "about 1,800 square kilometres" ~ "roughly 700 square miles"; "12,000 hectares"
_AREA = re.compile(r"(?:\s*|-)(?P<u>(?i:square\s+(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s*(?:km|mi|miles?|m)"
                   r"|km2|km²|hectares?|acres?))(?![\w²])")


def _km2(unit: str) -> float:
    u = unit.lower()
    if u.startswith("hectare"):
        return 0.01
    if u.startswith("acre"):
        return 0.004046856
    if "mi" in u:
        return 2.589988
    if "kilomet" in u or "km" in u:
        return 1.0
    return 1e-6  # square metres


#: volumes of a liquid, in litres: "1.1 million litres" = "1,100 cubic metres" = "about 6,900 barrels" (of oil)
_VOL = re.compile(r"(?:\s*|-)(?P<u>(?i:litres?|liters?|cubic\s+met(?:er|re)s?|m3|m³|barrels?|bbl|gallons?"
                  r"|hectolit(?:er|re)s?|bpd|b/d|bopd))(?![\w/])")
_LITRES = {"litre": 1.0, "liter": 1.0, "cubic": 1000.0, "m3": 1000.0, "m³": 1000.0, "barrel": 158.987, "bbl": 158.987,
           "gallon": 3.78541, "hectolitre": 100.0, "hectoliter": 100.0, "bpd": 158.987, "b/d": 158.987,
           "bopd": 158.987}
#: barrels a day, abbreviated ("1.16 million bpd", "500,000 b/d"): a rate by its unit alone
_PER_DAY_UNITS = frozenset(("bpd", "b/d", "bopd"))
#: a mass, in tonnes: "8.2 tonnes" ~ "some 8,200 kilograms" ~ "8,200 kilos" (pounds are left to money; "tons" are read
#: as metric, as most reports use them)
_MASS = re.compile(r"(?:\s*|-)(?P<u>(?i:(?:metric\s+)?(?:tonnes?|tons?)|kilo(?:gram(?:me)?s?|s)?|kgs?|grams?|grammes?))(?![\w])"
                   r"(?!\s*(?:/|per\s|a\s+(?:lit|mil|cubic)))")
_TONNES = {"tonne": 1.0, "ton": 1.0, "metric": 1.0, "kilo": 0.001, "kilogram": 0.001, "kilogramme": 0.001, "kg": 0.001,
           "gram": 1e-6, "gramme": 1e-6}
#: a concentration, in micrograms a litre (= nanograms a millilitre = parts per billion of water): "2.1 nanograms
#: per millilitre" = "2,100 picograms of the drug per millilitre" = "2.1 ng/mL"; "15 parts per billion" = "15 µg/l"
_CONC = re.compile(r"(?:\s*|-)(?:(?P<m>(?i:picograms?|pg|nanograms?|ng|micrograms?|µg|μg|ug|mcg|milligrams?|mg|grams?))"
                   r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*/\s*|\s+(?:per|a|an|in\s+each|in\s+every)\s+)"
                   r"(?P<v>(?i:millilit(?:re|er)s?|ml|decilit(?:re|er)s?|dl|lit(?:re|er)s?|l|cubic\s+met(?:re|er)s?|m3|m³"
                   r"|kilograms?|kg))|(?P<pp>(?i:parts\s+per\s+(?:million|billion|trillion)|ppm|ppb)))(?![\w])")
#: (a mass unit's first letters, in micrograms; "micro" before "milli", and grams last)
_CONC_MASS = (("p", 1e-6), ("n", 1e-3), ("µ", 1.0), ("μ", 1.0), ("u", 1.0), ("mc", 1.0), ("micro", 1.0), ("m", 1e3),
              ("g", 1e6))
_CONC_VOLUME = {"millilit": 1e-3, "ml": 1e-3, "decilit": 0.1, "dl": 0.1, "cubic": 1000.0, "m3": 1000.0, "m³": 1000.0}
_CONC_PARTS = {"million": 1000.0, "ppm": 1000.0, "billion": 1.0, "ppb": 1.0, "trillion": 1e-3}


def _conc_factor(cc: re.Match) -> float:
    """What one unit of the matched concentration is in micrograms a litre."""
    if cc.group("pp"):
        return _CONC_PARTS[cc.group("pp").lower().split()[-1]]
    m = cc.group("m").lower()
    mass = next(f for k, f in _CONC_MASS if m.startswith(k))
    v = cc.group("v").lower()
    vol = next((f for k, f in _CONC_VOLUME.items() if v.startswith(k)), 1.0)  # (litres, and a kilogram as a litre)
    return mass / vol


_AGE_POST = re.compile(r"(?P<a>-years?-olds?\b|\s+years?\s+old\b|-year-old\b|-years?\s+olds?\b)")
#: what a tenor names ("the ten-year yield", "a 30-year mortgage"): a bond or a loan, not a duration
_TENOR_NOUNS = r"(?:government\s+)?(?:yields?|bonds?|notes?|gilts?|bunds?|treasur\w*|mortgages?|loans?|swaps?)\b"
_DUR = re.compile(r"(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?P<u>(?i:years?|months?|weeks?|days?|hours?|decades?|minutes?"
                  r"|seconds?|centur(?:y|ies)))\b"
                  rf"(?!\s+(?:ago|old)\b|-old|[\s-]+{_TENOR_NOUNS})")  # (a bond's or a loan's tenor names it)
_AND_MINUTES = re.compile(rf"(?:\s+and|,)?\s+(?P<n>\d{{1,2}}|{_WORDNUM})\s+minutes?\b")
_AND_SECONDS = re.compile(rf"(?:\s+and|,)?\s+(?P<n>\d{{1,2}}|{_WORDNUM})\s+seconds?\b")
_NP_WORD = re.compile(r"\s+(?:of\s+(?:the\s+)?)?([A-Za-z][\w’'-]*)")
_NP_NEXT = re.compile(r"\s+([A-Za-z][\w’'-]*)")
_RATE = re.compile(r"\s+(?:for\s+)?(?:a|per|each|every)\s+(day|week|month|year)\b")  # ("for every day it lasts")
_SPACES = re.compile(r"\s+")
#: (a plural noun after "5m": "5m households", "5m people", "2m children": millions, not metres)
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]{2,}s|people|children|men|women|staff|personnel|livestock"
                                r"|cattle)\b")
_RATIO_LEFT = re.compile(r"(?i)\bone\s+(?:[a-z]+\s+){0,2}in\s+(?:every\s+)?$")


def _ratio_left(left: str) -> bool:
    """Does ``left`` end on "one ... in (every)" (_RATIO_LEFT)? The pattern, tried at every position, only when the
    text ends on "in" or "every" and white space."""
    return left[-1:].isspace() and left.rstrip()[-5:].lower().endswith(("in", "every")) \
        and _RATIO_LEFT.search(left) is not None


# ----------------------------------------------------------------------------- helpers


def _lemma(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if _men_plural(w):
        return w[:-3] + "man"  # "fishermen", "gunmen": a fisherman, a gunman
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


#: the lemma of a counted noun, as a count's ``unit`` gives it ("deputies" -> "deputy")
lemma = _lemma


#: words ending in "men" that are no plural of a "-man" ("specimen", "abdomen")
_NOT_men_pluralS = frozenset("specimen regimen abdomen omen acumen stamen hymen semen albumen bitumen lumen rumen "
                             "cerumen dolmen foramen".split())


def _men_plural(w: str) -> bool:
    """A compound of "men" ("fishermen", "gunmen", "crewmen"): the plural of its "-man"."""
    return len(w) > 5 and w.endswith("men") and w not in _NOT_men_pluralS


def _is_plural(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_PLURALS or _men_plural(w):
        return True
    if w in NOT_PLURAL or w.endswith("'s") or len(w) < 3:
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


class _Ctx:
    __slots__ = ("text", "off", "ref", "ref_year", "out", "pos")

    def __init__(self, text, off, ref, ref_year):
        self.text, self.off, self.ref, self.ref_year, self.out, self.pos = text, off, ref, ref_year, [], 0

    def add(self, a, b, kind, value, unit="", approx=False):
        self.out.append(Value(self.off + a, self.off + b, self.text[a:b], kind, value, unit, approx))

    def free(self, a, b):
        """Does ``text[a:b]`` overlap no value found so far?"""
        off = self.off
        return not any(v.start - off < b and a < v.end - off for v in self.out)

    def clear(self, a, b):
        """Drop the values found so far that overlap ``text[a:b]`` (a wider reading replaces them)."""
        off = self.off
        self.out[:] = [v for v in self.out if v.end - off <= a or v.start - off >= b]


# ----------------------------------------------------------------------------- figures


def _atom(g: dict, noun_follows: bool = False) -> tuple[float | None, tuple[float, float] | None]:
    """(number, vague_range) of the figure groups of a match."""
    if g.get("vague"):
        lo, hi = VAGUE[_SPACES.sub(" ", g["vague"].lower())]
        return None, (float(lo), float(hi))
    if g.get("digits"):
        x = digits_value(g["digits"])
        sc = (g.get("dscale") or "").strip().lower()
        if sc:
            if sc in ("m", "b") and not g.get("cur") and not noun_follows:
                return None, None  # "5m" without a currency or a counted noun: metres? leave it alone
            if x < 1e6 or sc in ("m", "b", "k"):  # ("$92,412,500 million": the figure told in full, its scale
                x *= SCALES[sc]                    # word a slip; no report writes a trillion so)
        return x, None
    if g.get("words"):
        return parse_words(g["words"]), None
    return None, None


def _noun_phrase(text: str, pos: int, allow_of: bool) -> tuple[int, str]:
    """After a figure: the end of its counted noun phrase and the head noun's lemma, or (pos, "")."""
    words: list[tuple[int, int, str]] = []
    p = pos
    rx = _NP_WORD if allow_of else _NP_NEXT
    joined = False
    for _ in range(5):
        m = rx.match(text, p)
        if not m:
            break
        w = m.group(1).rstrip("’'-")
        if w == "and" and words and not joined:
            # "23 road maintenance and resurfacing contracts": two modifiers of one noun (once; "12 men and women"
            # ends at its first plural)
            joined, p = True, m.start(1) + 3
            continue
        if w.lower() in NP_STOP:
            break
        words.append((m.start(1), m.start(1) + len(w), w))
        p = m.start(1) + len(w)
        rx = _NP_NEXT
        if _is_plural(w) and w[:1].isupper() and (nx := _NP_NEXT.match(text, p)) and nx.group(1).lower() not in NP_STOP \
                and (nx.group(1)[:1].isupper() or _is_plural(nx.group(1).rstrip("’'-"))):
            continue  # "15,000 Thomas Cook holidaymakers": a name before the noun, not the noun
        if _is_plural(w):
            lemma = _lemma(w)
            if lemma == w.lower():  # "police", "sheep": a noun the same in both numbers may modify the next one
                nxt = _NP_NEXT.match(text, p)  # ("17 police officers", "40 sheep farmers")
                if nxt:
                    w2 = nxt.group(1).rstrip("’'-")
                    if w2.lower() not in NP_STOP and _is_plural(w2):
                        # ("24 crew members" are 24 crew: the members of it)
                        return nxt.start(1) + len(w2), lemma if w2.lower() == "members" else _lemma(w2)
            return p, lemma
    return pos, ""


#: "of the", "of its", "of Scotland's" and a word or two, then the number of a whole: the figure before is a part of
#: it ("Five of the seven carriages", "1,640 of Scotland's 2,480 state schools", "Nine of the bank's 12 branches")
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|these|those|[A-Z][\w’'.-]*['’]s?)\s+(?:[a-z][\w-]*(?:['’]s)?\s+)?"
                      r"(?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
                      r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?![\w%])")


#: "nine of the suspects", "five of the trapped miners": a part of a group named by a plural noun
_OF_GROUP = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+([a-z]+)(?:\s+([a-z]+))?\b")


def _group_noun(text: str, pos: int) -> str:
    """The counted noun of a group a figure counts part of ("of the suspects": "suspect"), or ""."""
    m = _OF_GROUP.match(text, pos)
    if m is None:
        return ""
    w1, w2 = m.group(1), m.group(2)
    noun = w1 if w1 not in NP_STOP and _is_plural(w1) else (
        w2 if w2 and w1.endswith(("ed", "ing")) and w2 not in NP_STOP and _is_plural(w2) else "")  # "trapped miners"
    lw = _lemma(noun) if noun else ""
    # (people, or things the story counts: not "two of the reasons")
    return lw if lw in _PERSON_NOUNS or lw in COUNTED_CLASSES or lw in ANY_THING else ""


def _whole_noun(text: str, pos: int) -> str:
    """The counted noun of the whole a figure is a part of ("of the seven carriages": "carriage"), or ""."""
    m = _PART_OF.match(text, pos)
    if m is None:
        return ""
    return _noun_phrase(text, m.end(), False)[1]


#: a list of labelled numbers before another: "Nos. 12 and", "Articles 4, 7 and", "Platforms 3 to" (not a comma
#: alone: "On Route 9, 12 people were hurt")
_LABEL_LIST = re.compile(r"\b([A-Za-z][a-z]*)\.?\s+\d+(?:\s*(?:,|and|or|&)\s*\d+)*\s*(?:and|or|&|to|[-–])\s*$")


def _is_label(left: str) -> bool:
    """Does the text before a number end with a label word ("Article", "No.", "#"), or a list of labelled numbers
    ("Nos. 12 and")?"""
    t = left.rstrip()
    if t.endswith("#"):
        return True
    # (a list of labelled numbers ends on its joining word: the pattern, tried at every position, only after one)
    lm = _LABEL_LIST.search(left) if (left[-1:].isspace() or left[-1:] in "-–") and t.endswith(_LIST_JOINS) else None
    if lm and (lm.group(1)[0].isupper() and lm.group(1).lower() in LABEL_WORDS or lm.group(1) in _LOWER_LABELS):
        return True
    if t.endswith("."):
        t = t[:-1]
    j = len(t)
    while j and t[j - 1].isalpha():
        j -= 1
    word = t[j:]
    return bool(word) and (word[0].isupper() and word.lower() in LABEL_WORDS or word in _LOWER_LABELS) and (
        j == 0 or not t[j - 1].isalnum())


_LIST_JOINS = ("and", "or", "&", "to", "-", "–")
#: label words that name a numbered line or place in lower case as well: "bus route 9", "tram line 4", "from platform 3"
#: (never a quantity: no one counts "route 9" of anything)
_LOWER_LABELS = frozenset("route routes line lines platform platforms gate gates runway runways flight".split())


#: "the 10-year bond", "a 30-year mortgage": the tenor names the bond or loan
#: a number word standing for who is counted, as the subject of its clause: "Twelve were killed", "Nine have been
#: brought out alive", "Four of them remain in a critical condition" (a part of the group told before)
_SUBJECT_AFTER = re.compile(r"\s+(?:others\s+)?(?:were|are|have|had|remain|remained|remains|died|survived)\b", re.I)
_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+)?|\s(?:and|but|while)\s+)$")
#: what befell the people a bare number word counts, right after it: "left nine dead", "with two injured"
_OUTCOME_AFTER = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt|missing|rescued|arrested|detained|evacuated"
                            r"|hospitali[sz]ed|displaced)\b(?!\s+(?:by|in\s+(?:the\s+)?(?:last|past|previous)))", re.I)
#: "Nine of the injured were ...", "Four of them remain ...": a number word as the subject, counting part of a group
_PART_OF_GROUP = re.compile(r"\s+of\s+(?:them|those|these|the\s+[a-z]+)(?:,[^,.;]{1,60},)?\s+(?:[a-z]+\s+)?(?:were|are|have|had|remain"
                            r"|remained|remains|died|survived|was|is)\b", re.I)
_CLOCK = re.compile(r"\s?(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock\b)", re.I)
_TENOR = re.compile(rf"-(?:year|month|week|day)[\s-]+{_TENOR_NOUNS}", re.I)
#: "were under 18", "are over 16": a bare number from 12 to 21 after a limit word and a form of "be" is the age of
#: minors or of majority (what follows names nothing counted; "deaths were over 60" stays a count)
_AGE_LIMITS = frozenset(("under", "over", "below", "above"))
_BE_BEFORE = re.compile(r"(?i:\b(?:were|are|was|is|be|been|being))\s+$")
#: "the youngest of the dead was 19", "the oldest victim, a retired teacher, was 84": an age
_OLDEST = re.compile(r"(?i:\b(?:youngest|oldest)\b[^.;:]{0,60}?\b(?:was|is|were|are)\s+(?:just\s+|only\s+)?$)")


#: "The driver, Mirek Havran, 58, was arrested": a bare whole number set off by commas right after a person's
#: first name and surname is that person's age (one capitalised word before it may be a place or a day: "In
#: Dravik, 12, ..." stays a figure)
_NAME_BEFORE_AGE = re.compile(r"\b(?:[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?)?(?P<last>[A-Z][a-z'’-]*[a-z]),\s+$")
#: words before ", 23," that are no one's name ("In March, 23 ...", "However, 12, ...")
_NOT_A_NAME = frozenset(("However Meanwhile Also Overall Since Still Yet Now Then Today Yesterday Instead Indeed Thus "
                         "Moreover Nevertheless Nonetheless Besides Separately Elsewhere Earlier Later Afterwards").split()) \
    | MONTH_NAMES | frozenset(WEEKDAYS)


def _oldest_before(left: str) -> bool:
    """Whether ``left`` (the text before a bare number) ends on the youngest or oldest of a group being something."""
    return ("youngest" in left or "oldest" in left) and _OLDEST.search(left) is not None

_VOTE_AFTER = re.compile(r"\s*(?:votes?\s+)?(?:to|-|–|against)\s*\d")


#: a tally named, then where it has reached: "the death toll ... to ", "the number of people killed stood at "
_TALLY_LEVEL = re.compile(r"\b(?i:toll|tally|count|number(?:\s+(?:of\s+\w+|held|\w+ed))?|total)\b[^.;:!?]{0,70}\s(?i:to|at)\s+$"
                          # "the Left Alliance drops to eight": a level moved to, as "drops to 8"
                          r"|\b(?i:rose|rise|rises|risen|fell|fall|falls|fallen|drop|drops|dropped|climb|climbs|climbed"
                          r"|jump|jumps|jumped|grew|grow|grows|increased|decreased|went\s+up|went\s+down|lowered|raised"
                          r"|revised)\s+to\s+$")
#: "13 seats and the Left Alliance nine": a second name, then a number word that ends its clause, counts what the
#: figure before it counts (the noun left out)
_GAPPED_NAME = re.compile(r"\s(?:and|while|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+$")
_MORE_AFTER = re.compile(r"\s+(?:more|other)(?=\s+[a-z])")  # ("Kestrava and 16 other municipalities")
#: verbs whose particle "over" may stand right before a figure ("handed over 98", "took over 40 stores")
_PHRASAL_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|take|takes|taken|taking"
                           r"|sign|signs|signed|signing|carry|carries|carried|carrying|give|gives|gave|given|giving"
                           r"|pass|passes|passing|won|win|wins)\s+$", re.I)
#: verbs whose particle "up" may stand before "to" and a figure ("edged up to 3.3%", "revised it up to 41"): a level
#: moved to, not "up to" as a ceiling
_PHRASAL_UP = re.compile(r"\b(?:edg|creep|crept|inch|tick|mov|went|shot|jump|climb|rose|ris|rais|push|driv|drove|revis"
                         r"|ramp|bump|nudg|crank)[a-z]*(?:\s+(?:it|them|that|this|the\s+(?:figure|number|total|count"
                         r"|toll|estimate)(?:\s+of\s+(?:the\s+)?[a-z]+){0,1}|its\s+(?:figure|count|estimate|tally|toll)))?\s+$",
                         re.I)
#: a modal before such a verb makes "up to" a ceiling again ("could climb up to 5%")
_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|can|will|would|should|expected\s+to)\s+(?:\w+\s+){0,2}$", re.I)
_SEVERAL = re.compile(r"\b(?:[Ss]everal|[Aa]\s+few)\s+$")
_SEVERAL_OF: dict[float, tuple[float, float]] = {
    x: (float(VAGUE[k][0]), float(VAGUE[k][1]))
    for x, k in ((12.0, "dozens"), (100.0, "hundreds"), (1000.0, "thousands"), (1e6, "millions"))}
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
#: a list's later figure told for a place, its noun left out: "..., three in Ostia and five in Dornland"
_LISTED_PLACE_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'’-]")
_LIST_JOIN_BEFORE = re.compile(r"(?:,|\band)\s+$")
#: the gap between two figures of a list whose verb and unit are left out after the first: ", the Orla Union by ", " and
#: Tamsen by " (what a converted unit's later figures are measured in)
_LISTED_BY = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s+(?:by|at|with)\s+")
_FIRST_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion)\b)?")
_MEASURED = frozenset(("volume", "mass", "power", "energy"))
#: kinds whose value is converted to one unit (a vague quantity of them is converted too)
_CONVERTED = frozenset(("power", "energy", "speed", "area", "volume", "distance", "mass"))


#: a capitalised word right after a number word: "Seven Bends", "Three Gorges" (a name, with the number word in it)
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
#: a capitalised word joined to digits by a hyphen: "24-Parganas", "7-Eleven" (a name holding the number)
_NAME_AFTER_HYPHEN = re.compile(r"-[A-Z][a-z]{2,}")
#: the family names of share indexes that carry a number ("S&P 500", "Standard & Poor's 500", "FTSE 100", "Nikkei
#: 225", "Russell 2000", "Stoxx 600"): the number names the index
_INDEX_BEFORE = re.compile(r"(?:S&P|Poor['’]s|FTSE|Nikkei|Russell|Stoxx|STOXX|Nasdaq|NASDAQ|DAX|CAC|ASX|KOSPI|Kospi"
                           r"|TOPIX|Topix|Nifty|MSCI|IBEX|Ibex|AEX|SMI|OMX|Seng)\s$")
#: a word before, inside a sentence (not its first word nor a heading's): "the Seven Bends", "at Five Oaks"
_MID_SENTENCE = re.compile(r"[a-z,]\s+$")


#: what "one" counts, right after it: "one man", "one passenger", "one call" (a singular noun, then no "of")
_ONE_NOUN = re.compile(r"\s+([A-Za-z]+)\b(?!\s+of\b)")
#: words after "one" that are no thing it counts: a time ("one day": a length), a place, an adjective, a kind
_NOT_ONES = frozenset("""day week month year hour minute second time point way side thing reason place part end
    another more other such big small major key last first only single new good bad same whole kind sort type case
    instance occasion moment stage level step area region country city town""".split())
#: people "one" counts whatever their case ("One passenger", "one man")
_PERSON_NOUNS = GENERIC_PEOPLE | PEOPLE_ROLES | frozenset("escapee survivor worker officer firefighter".split())
#: "no one", "the one", "any one", "each one", "every one", "at one point": words before "one" that make it no count
_NOT_A_COUNT_OF_ONE = re.compile(r"(?i:\b(?:no|the|any|each|every|this|that|which|another|at)\s+)$")


#: "and a half" after a number, before its unit ("seven and a half miles"; "two and a half million" is read whole)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b(?=\s+[a-z])(?!\s+(?:hundred|thousand|million|billion|trillion)\b)")


#: a unit after a figure: any of the patterns _figure tries there one after another (their alternation, groups
#: unnamed), matched first (none matches after most figures)
_ANY_UNIT = re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9_]+>', '(?:', r.pattern)})"
                                for r in (_CONC, _TEMP, _POWER, _SPEED, _AREA, _VOL, _MASS, _DIST, _DUR)))


def _units_after(text: str, b: int, x: float | None, vague: tuple | None) -> tuple:
    """The matches of the unit patterns at ``b`` that _figure reads, each tried only where the ones before it leave
    room: (concentration, temperature, power, speed, area, volume, mass, distance, duration), None where not tried."""
    cc = _CONC.match(text, b) if x is not None else None
    tm = _TEMP.match(text, b) if cc is None and (x is not None or vague is None) else None
    pw = _POWER.match(text, b) if tm is None and cc is None else None
    sm = _SPEED.match(text, b) if tm is None and pw is None else None
    ar = _AREA.match(text, b) if not sm and tm is None and pw is None else None
    vm = _VOL.match(text, b) if not sm and tm is None and pw is None and ar is None else None
    ms = _MASS.match(text, b) if not sm and tm is None and pw is None and ar is None and vm is None \
        and cc is None else None
    dm = _DIST.match(text, b) if not sm and tm is None and pw is None and vm is None and ar is None \
        and ms is None else None
    um = (_DUR.match(text, b) if not dm and not sm and tm is None and pw is None and vm is None and ar is None
          and ms is None else None)
    return cc, tm, pw, sm, ar, vm, ms, dm, um


def _figure(ctx: _Ctx, m: re.Match) -> int:
    """Turn a ``num`` match into a Value; returns where scanning resumes."""
    text = ctx.text
    g = m.groupdict()
    a, b = m.start(), m.end()
    core_start = m.start("cur") if g["cur"] else m.start("vague") if g["vague"] else (
        m.start("digits") if g["digits"] else m.start("words"))
    # (whether a plural noun follows matters only to "5m", "2b" without a currency)
    x, vague = _atom(g, g["dscale"] is not None and g["dscale"].strip().lower() in ("m", "b")
                     and bool(_PLURAL_NOUN_AFTER.match(text, b)))
    if x is None and vague is None:
        return b
    if (g["words"] and not g["approx"] and text[core_start:core_start + 1].isupper()
            and _NAME_AFTER.match(text, m.end("words")) and _MID_SENTENCE.search(text, 0, core_start)):
        return b  # "the stretch known as the Seven Bends", "the Three Gorges": a number word in a name, no figure
    if g["digits"] and not g["cur"] and _NAME_AFTER_HYPHEN.match(text, m.end("digits")):
        return b  # "North 24-Parganas", "a 7-Eleven store": digits in a name, no figure
    if g["digits"] and not g["cur"] and not g["approx"] and b - a <= 4 and a >= 4 and text[a - 1] == " " \
            and _INDEX_BEFORE.search(text, max(0, a - 24), a):
        return b  # "the S&P 500 lost 2.7%", "the FTSE 100": a share index's name, no figure
    if g["words"] and not g["approx"] and x is not None and x in _SEVERAL_OF:
        sm = _SEVERAL.search(text, max(0, a - 12), a)
        if sm:  # "several hundred fans", "a few thousand people": as vague as "hundreds of" (RELATIONS.md §2)
            vague, a = _SEVERAL_OF[x], sm.start()
            x = None
    approx_word = _SPACES.sub(" ", g["approx"].lower()) if g["approx"] else ""
    if approx_word == "passed" and _VOTE_AFTER.match(text, b):
        approx_word, a = "", core_start  # "the bill passed 310 to 250": a vote, not "more than 310"
    elif approx_word == "over" and _PHRASAL_OVER.search(text, max(0, a - 16), a):
        approx_word, a = "", core_start  # "handed over 98 prisoners": the verb's particle, not "more than 98"
    elif approx_word == "up to" and (pu := _PHRASAL_UP.search(text, max(0, a - 40), a)) \
            and not _MODAL_BEFORE.search(text, max(0, pu.start() - 30), pu.start()):
        approx_word, a = "", core_start  # "core inflation edged up to 3.3%": moved to 3.3%, not "at most 3.3%"
    approx = bool(approx_word) or vague is not None
    left = text[max(0, core_start - 40):core_start] if not approx_word else text[max(0, a - 40):a]
    # labels ("Article 8", "No. 5", "#3") are not quantities
    if not approx_word and _is_label(left):
        return b
    cur = g["cur"].strip() if g["cur"] else ""
    currency = (CURRENCY_SYMBOLS.get(cur) or cur.upper() or None) if cur else None
    kind, unit = "number", ""
    value: Any = x  # a number, or [low, high] for a range
    if x is not None and vague is None and (hm := _AND_A_HALF.match(text, b)):
        x = value = x + 0.5  # "seven and a half miles", "one and a half tonnes"
        b = hm.end()
    age_left = ("age" in left and bool(_LEFT_AGE.search(left))) or (
        approx_word in _AGE_LIMITS and x is not None and 12 <= x <= 21 and _BE_BEFORE.search(left) is not None
        and not _noun_phrase(text, b, False)[1] and not _PERCENT.match(text, b)) or (  # "a quarter were under 18"
        x is not None and x < 130 and _oldest_before(text[max(0, a - 90):a])
        and not _noun_phrase(text, b, False)[1] and not _PERCENT.match(text, b)) or (
        not approx_word and x is not None and 14 <= x <= 110 and x == int(x) and text[b:b + 1] == ","
        and text[core_start:b].isdigit() and (nm := _NAME_BEFORE_AGE.search(left)) is not None
        and nm.group("last") not in _NOT_A_NAME)
    # a range: "18-30", "from 18 to 30", "between 18 and 30"
    rm = _RANGE_CONT.match(text, b)
    if (rm and x is not None and vague is None and rm.group("conn") in ("-", "–") and not (g.get("dscale") or "").strip()
            and (rm.group("words") or "").lower() in SCALES and rm.group("words").lower() != "hundred"):
        # "a $39.8-billion deficit", "the 2.5-million-strong union": the scale joined by a hyphen, as an adjective
        # (no range up to a billion)
        x = value = x * SCALES[rm.group("words").lower()]
        b, rm = rm.end(), None
    if rm and x is not None and vague is None and not (rm.group("conn").strip() == "to" and _changes_to(text, a)):
        conn = rm.group("conn").strip()
        ok = conn in ("-", "–") or (
            # "15- to 24-year-olds", "16- and 17-year-olds": the first age's hyphen waits for the second's "-year-olds"
            conn[:1] in "-–" and conn.endswith(("to", "and")) and _AGE_POST.match(text, rm.end()) is not None) or (
            (lr := _LEFT_RANGE.search(left)) and ((lr.group(1).lower() == "between") == (conn == "and"))
        ) or (age_left and conn in ("to", "-", "–", "and")) or (
            # "four to eight weeks", "3 to 4 days", "five to six people": a range before its unit (a change would
            # say "from", caught above; a vote or a score falls, "310 to 250")
            conn == "to" and not _changes_to(text, a) and bool(_DUR.match(text, rm.end()) or _noun_phrase(text, rm.end(), False)[1])
        ) or (
            # "charges of 2.2 billion to 2.6 billion crowns": one scale on both sides (no change verb before, above)
            conn == "to" and bool((g.get("dscale") or "").strip()) and (g.get("dscale") or "").strip().lower()
            == (rm.group("dscale") or "").strip().lower())
        if ok:
            y, _ = _atom({**rm.groupdict(), "cur": rm.group("cur") or g["cur"]})
            ysc = (rm.group("dscale") or "").strip().lower()
            if y is not None and ysc in SCALES and not (g.get("dscale") or "").strip() and x * SCALES[ysc] <= y:
                x *= SCALES[ysc]  # "2 to 3 million": both in millions
            yw = (rm.group("words") or "").lower().split()
            if y is not None and yw and yw[-1] in SCALES and x < SCALES[yw[-1]] and x * SCALES[yw[-1]] <= y:
                x *= SCALES[yw[-1]]  # "two to three thousand people": both in thousands
            if y is not None and y > x:
                value = [x, y]
                kind = "range"
                b = rm.end()
            elif y is not None and conn in ("-", "–") and y <= x:
                return rm.end()  # "2022-23", scores "3-1": not a quantity we understand
    if _CLOCK.match(text, b):
        return b  # "by 6 p.m. on Saturday", "at 7 o'clock": a time of day, no quantity
    if _TENOR.match(text, b):
        return b  # "the 10-year bond": the bond's tenor names it, it is no figure
    # what follows the figure
    pm = _PERCENT.match(text, b)
    if pm:
        said = pm.group().lower()
        unit = "pp" if "point" in said or "bp" in said else "%"
        if ("basis" in said or "bp" in said) and value is not None:  # "25 basis points": a hundredth of a point each
            value = [v / 100 for v in value] if isinstance(value, list) else value / 100
        kind = "percent"
        b = pm.end()
        # "6% to 7%", "5%-5.5%", "between 5% and 5.5%": a range of percentages
        rm = _RANGE_CONT.match(text, b) if kind == "percent" and not isinstance(value, list) else None
        if rm and x is not None and vague is None:
            conn = rm.group("conn").strip()
            lr = _LEFT_RANGE.search(left)
            if (conn in ("-", "–") or (conn == "to" and not _changes_to(text, a))
                    or (conn == "and" and lr and lr.group(1).lower() == "between")):
                y, _ = _atom(rm.groupdict())
                pm2 = _PERCENT.match(text, rm.end())
                if y is not None and y > x and pm2 and ("point" in pm2.group().lower()) == (unit == "pp"):
                    value, b = [x, y], pm2.end()
    elif currency:
        kind, unit = "money", currency
        # "$2 billion" handled by the scale; "5 million rubles" by _CUR_POST below
    if kind not in ("percent",) and not currency:
        cm = _CUR_POST.match(text, b)
        if cm:
            word = cm.group("c").lower().split()[0]
            unit = CURRENCY_WORDS.get(word.rstrip("s")) or CURRENCY_WORDS.get(word) or word.upper()
            adj = cm.group("adj")
            if adj and word.rstrip("s") in _SHARED_CURRENCY_NAMES and adj.strip() not in ("American", "United States"):
                unit = f"{' '.join(adj.split()).upper()} {word.rstrip('s').upper()}"  # "Australian dollars": not USD
            kind, b = "money", cm.end()
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
            # (most figures: no unit follows, one match instead of nine)
            cc, tm, pw, sm, ar, vm, ms, dm, um = (None,) * 9 if _ANY_UNIT.match(text, b) is None \
                else _units_after(text, b, x, vague)
            if value is None and vague is not None and (pw or sm or ar or vm or dm or ms):
                value = [float(vague[0]), float(vague[1])]  # "several hundred metres": the vague span, converted below
            if cc is not None:
                factor = _conc_factor(cc)
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "concentration", "ppb", cc.end()
            elif tm is not None:
                fahrenheit = (tm.group("u1") or tm.group("u2") or tm.group("u3") or tm.group("u4") or tm.group("u5")
                              or "C")[0].upper() == "F"
                sign = -1.0 if _MINUS_BEFORE.search(text, max(0, a - 7), a) else 1.0
                value = ([_celsius(sign * t, fahrenheit) for t in value] if isinstance(value, list)
                         else _celsius(sign * value, fahrenheit))
                kind, unit, b = "temperature", "C", tm.end()
            elif pw is not None:
                factor = _POWER_FACTOR[pw.group("p").lower() if pw.group("p") else pw.group("s")]
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                hours = bool(pw.group("h") or pw.group("sh"))
                kind, unit, b = ("energy", "MWh", pw.end()) if hours else ("power", "MW", pw.end())
            elif sm:
                factor = _speed_factor(sm.group("u"))
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "speed", "km/h", sm.end()
            elif ar:
                factor = _km2(ar.group("u"))
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "area", "km2", ar.end()
            elif vm:
                u = vm.group("u").lower().split()[0]
                factor = _LITRES.get(u) or _LITRES[u.rstrip("s")]
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "volume", "l", vm.end()
                rt = _RATE.match(text, b)
                if u in _PER_DAY_UNITS:
                    unit = "l/day"  # "1.16 million bpd" is "1.16 million barrels a day"
                elif rt:  # "1.2 million barrels a day": a rate, never a total
                    unit, b = "l/" + rt.group(1), rt.end()
            elif ms:
                u = ms.group("u").lower().split()[0]
                factor = _TONNES[u.rstrip("s")]  # ("kgs", "kilos", "tonnes": each unit's singular is a key)
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "mass", "t", ms.end()
            elif dm:
                factor = 1.852 if dm.group("naut") else DISTANCE_UNITS[
                    _lemma(dm.group("u")).replace("kilometre", "kilometer").replace("metre", "meter")]
                value = [v * factor for v in value] if isinstance(value, list) else value * factor
                kind, unit, b = "distance", "km", dm.end()
            elif um:
                u = um.group("u").lower()
                kind, unit, b = "duration", DURATION_UNITS[_lemma(u) if u != "centuries" else "century"], um.end()
                if um.group("half") and value is not None and not isinstance(value, list):
                    value += 0.5  # "two and a half minutes"
                # "12 hours and 45 minutes", "two minutes and 28 seconds", "2 hours, 35 seconds", "2 hours, 1 minute
                # and 9 seconds": one length of time, in the larger unit
                for rx, div in (((_AND_MINUTES, 60), (_AND_SECONDS, 3600)) if unit == "hours" else
                                ((_AND_SECONDS, 60),) if unit == "minutes" else ()):
                    mm = rx.match(text, b) if value is not None and not isinstance(value, list) else None
                    if mm:
                        n = mm.group("n")
                        part = float(n) if n.isdigit() else float(parse_words(n) or 0)
                        if 0 < part < 60:
                            value, b = value + part / div, mm.end()
            else:
                nb, head = _noun_phrase(text, b, vague is not None)
                more = _MORE_AFTER.match(text, b) if not head else None
                if more:  # "recovered seven more bodies": seven bodies, told as an addition (frames mark it)
                    nb, head = _noun_phrase(text, more.end(), False)
                if head and not _ratio_left(left):
                    kind, unit, b = "count", head, nb
                    rt = _RATE.match(text, b)
                    if rt:
                        unit += "/" + rt.group(1)
                        b = rt.end()
                elif not head and not _ratio_left(left):
                    whole = _whole_noun(text, b)
                    if whole:
                        kind, unit = "count", whole  # "Five of the seven carriages derailed": five carriages
    if vague is not None:
        if kind == "number":
            kind = "count"
        if kind not in _CONVERTED:  # (a vague length or volume keeps the conversion to its unit)
            value = list(vague)
    # a plain number word of two or more ("nine", not "one", "about nine" or "dozens")
    plain_word = bool(g["words"]) and kind == "number" and x is not None and x >= 2 and vague is None and not approx_word
    if (plain_word and ctx.out and ctx.out[-1].kind == "count" and _CLAUSE_END.match(text, b)
            and _GAPPED_NAME.search(text, max(0, a - 60), a)):
        kind, unit = "count", ctx.out[-1].unit  # "13 seats and the Left Alliance nine": nine seats
        plain_word = False
    elif (kind == "number" and x is not None and x >= 1 and vague is None and ctx.out and ctx.out[-1].kind == "count"
          and ctx.out[-1].unit and _LISTED_PLACE_AFTER.match(text, b) and _LIST_JOIN_BEFORE.search(text, max(0, a - 6), a)
          and (g["words"] or (g["digits"] and not g["cur"]))):
        # "Nine people were killed in Velmar, three in Ostia and five in Dornland": each place's count of the first
        # figure's noun, left out after it
        kind, unit = "count", ctx.out[-1].unit
        plain_word = False
    # "one man was detained", "received one call": a count of one (not "one of them", "no one", "at one point", "one
    # day", "one big problem", "One died")
    if (kind == "number" and x is not None and not g["words"] and vague is None and ctx.out
            and ctx.out[-1].kind in _MEASURED and isinstance(ctx.out[-1].value, float)
            and _LISTED_BY.fullmatch(text, ctx.out[-1].end - ctx.off, a)
            and (first := _FIRST_FIGURE.search(ctx.out[-1].text)) and (n := parse_number(first.group()))):
        # "cut output by 230,000 barrels a day, the Orla Union by 96,000, Tamsen by 31,000": each name's figure in the
        # unit of the first, left out after it
        value, kind, unit = x * ctx.out[-1].value / n, ctx.out[-1].kind, ctx.out[-1].unit
    one_counted = False
    if (x == 1 and kind == "number" and vague is None and not approx_word and g["words"]
            and g["words"].lower() == "one" and not _NOT_A_COUNT_OF_ONE.search(text, max(0, a - 8), a)):
        om = _ONE_NOUN.match(text, b)
        if om and (om.group(1).lower() in _PERSON_NOUNS or (
                om.group(1).islower() and om.group(1) not in _NOT_ONES and om.group(1) not in NP_STOP
                and not _is_plural(om.group(1)) and len(om.group(1)) >= 3 and not om.group(1).endswith("ed"))):
            kind, unit, b, one_counted = "count", om.group(1).lower(), om.end(), True
    # bare number words are too vague to be figures ("one of them", "two sides") unless typed, or the level a
    # tally reaches ("raising the death toll to seven", "the number of people killed stood at eight": as "to 7")
    if g["words"] and kind in ("number", "count") and not one_counted and (
            vague is None and (x is None or x < 2) or unit == "") and not (
            # ("two dozen crew": a dozen is always a count, whatever noun follows)
            plain_word and ("dozen" in g["words"].lower() or _TALLY_LEVEL.search(text, max(0, a - 90), a)
                            or ((_SUBJECT_AFTER.match(text, b) or _PART_OF_GROUP.match(text, b))
                                and _SUBJECT_BEFORE.search(text, max(0, a - 8), a))
                            # "charged nine of the suspects": a part of a group, as "charged 9 of the suspects"
                            or bool(_group_noun(text, b))
                            # "left nine dead", "with two injured", "Seven killed in bus crash": what befell them
                            or bool(_OUTCOME_AFTER.match(text, b)))):
        return b
    if kind == "range" and not isinstance(value, list):
        kind = "number"
    if isinstance(value, float) and value.is_integer() is False:
        value = round(value, 6) if abs(value) >= 1 else float(f"{value:.6g}")  # (millimetres in km)
    ctx.add(a, b, kind, value, unit, approx)
    return b


def find_values(text: str, start_offset: int = 0, ref_date: dt.date | None = None, *,
                ref_year: int | None = None, words: frozenset | None = None) -> list[Value]:
    """Typed values in ``text``; spans are ``start_offset``-based. ``ref_date`` (the publication date)
    resolves relative and year-less dates; without it ``ref_year`` (inferred from the document's own
    full dates) gives year-less dates a year and weekdays stay weekdays. ``words``: the lower-case
    ``[a-z]+`` runs of ``text.lower()`` as a set, when the caller has them (saves a scan)."""
    if not text.isascii() and _ODD_CASE.search(text):
        # a letter that folds to an ASCII one only under a case-insensitive match ("a thırd of", dotless i): the
        # patterns matched it and the tables, keyed by ASCII words, did not know it. The text is read with those
        # letters folded (one character for one, so every span holds), each value keeping its own words
        found = find_values(text.translate(_ODD_FOLD), start_offset, ref_date, ref_year=ref_year)
        return [replace(v, text=text[v.start - start_offset:v.end - start_offset]) for v in found]
    # does the text hold a digit (or "$")? Of ASCII text (most sentences) one byte deletion in C says, where a pattern
    # opening on a digit steps through every character in the regex engine (eight times the cost; most sentences have
    # no figure); other text is searched as before
    ascii_text = text.isascii()
    numeric = not ascii_text or len(text.encode().translate(None, _DIGIT_BYTES)) < len(text)
    # the text's words, given or found here once: the candidates, the fraction hint, _A_UNIT, the zero and period
    # passes and the return just below are decided from them exactly
    known = words if words is not None else frozenset(_WORDS.findall(text.lower()))
    # an ASCII text without a digit whose words hold none that a value or a pass below opens on, nor the literals
    # the passes look for, has no value (every step below would find nothing, the passes that run without a cue when
    # the caller gives no words included: over half the sentences of news)
    if not numeric and known.isdisjoint(_NO_DIGIT_CUES) and ":" not in text and "-long" not in text \
            and "alf a" not in text and "ategory" not in text:
        return []
    ctx = _Ctx(text, start_offset, ref_date, ref_year)
    num_rx, digit_date_rx = _NUM_PATTERN, _DIGIT_DATE_RX
    # the patterns tried at a position: a day or a year needs a digit, a relative date one of its words (the dates
    # after "may", "this", "late" mostly fail); a month's name opens each month pattern with a capital (or "early",
    # "mid", "late"), so none is tried where an ASCII text spells it in lower case ("may", "march")
    tried = _TRIED[numeric, not _REL_WORDS.isdisjoint(known)]
    for st, prio in _candidates(text, known, numeric):
        if st < ctx.pos or prio == _P_MONTH and ascii_text and text[st].islower():
            continue
        for r in tried[prio]:
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
            date_value(ctx, m)
            ctx.pos = m.end()
    # the words the passes below start on, picked out once (each test is then on a set of a word or two). The words
    # found here are as exact as the caller's (a letter of _ODD_CASE, which a lower-case word set cannot tell, was
    # folded above): the passes whose gate holds every word a match of theirs needs (zeros, periods) are gated on them
    # whoever found them; the others run as before when the caller gives none (``cues`` None)
    hints = known & _PASS_CUES
    cues = hints if words is not None else None
    if not ascii_text and not _FRACTION_WORDS.isdisjoint(hints):
        fraction = _FRACTION_HINT.search(text) is not None
    elif ascii_text and (shares := hints & _SHARE_HINTS) and _whole_word(text.lower(), shares):
        fraction = True  # (the first half of _FRACTION_HINT, case-insensitive and tried at every position, found in C)
    elif "in" in hints or "out" in hints:
        # only "one in five", "3 out of 10" can match here, and _FRACTION_HINT (tried at every position) costs ten times
        # its two halves, each opening on a digit or on a number word; a letter of _ODD_CASE may stand for an ASCII
        # letter of a share word the word set lacks: the whole pattern then
        if not text.isascii() and _ODD_CASE.search(text):
            fraction = (not _FRACTION_COUNTS.isdisjoint(known) or _ANY_DIGIT.search(text) is not None) and \
                _FRACTION_HINT.search(text) is not None
        else:
            fraction = numeric and _DIGIT_IN.search(text) is not None or (
                not _IN_COUNTS.isdisjoint(known) and _WORD_IN.search(text) is not None)
    else:
        fraction = False
    if fraction:
        _fractions(ctx, words)
        if words is None or not _SCALE_WORDS.isdisjoint(words):
            _scaled_fractions(ctx)
    if cues is None or not _TALLY_WORDS.isdisjoint(cues):
        _tallies(ctx, known)
    if ":" in text:
        _race_times(ctx)
    if ":" in text or cues is None or not _CLOCK_TOKENS.isdisjoint(cues):
        _clock_times(ctx)
    if "no" in hints or "nobody" in hints or "zero" in hints:
        _zeros(ctx, known)
    # (_A_UNIT, tried at every position, only when the word set holds "a" or "an" and a unit's word, or cannot say)
    if "-long" in text or "alf a" in text or (
            ("a" in known or "an" in known) and not _A_UNIT_WORDS.isdisjoint(known)
            or not ascii_text and _ODD_CASE.search(text)) and _A_UNIT.search(text):
        _units_of_time(ctx)
    if "ategory" in text:
        _storm_categories(ctx)
    if "(" in text and ctx.out:
        _signed_changes(ctx)
    if not _PERIOD_WORDS.isdisjoint(hints):
        _periods(ctx, known)
        if numeric and _DAYS_HINT.search(text):  # (the hint opens on a digit)
            _day_spans(ctx)
    return ctx.out


# ----------------------------------------------------------------------------- signed changes after a figure

#: a signed change in brackets right after a figure: "EUR 6.9 billion (-210 million)", "€41.3bn (-4.1%)"
_SIGNED_AFTER = re.compile(rf"\s*\(\s*(?P<sign>[-+−–])\s?(?P<digits>{_DIGITS})(?P<scale>\s*(?i:thousand|million|billion"
                           r"|trillion)\b|\s?(?i:mln|bln|bn|tn|m|k)\b)?(?P<pct>\s*(?:%|per\s+cent|percent))?\s*\)")


def _signed_changes(ctx: _Ctx) -> None:
    """The change told in brackets after a level: a money change takes the level's currency, a percentage stays one;
    its sign is the direction (the frame reads it as a change)."""
    text, found = ctx.text, []
    for v in ctx.out:
        if v.kind not in ("money", "percent", "count", "number"):
            continue
        m = _SIGNED_AFTER.match(text, v.end - ctx.off)
        if m is None:
            continue
        x = digits_value(m.group("digits"))
        scale = (m.group("scale") or "").strip().lower()
        x *= SCALES.get(scale, 1.0)
        last = "pct" if m.group("pct") else "scale" if m.group("scale") else "digits"
        kind, unit = ("percent", "%") if m.group("pct") else (v.kind, v.unit)
        found.append((m.start("sign"), m.end(last), kind, x, unit))
    if not found:
        return
    out = ctx.out
    for a, b, kind, x, unit in found:
        ctx.clear(a, b)
        ctx.add(a, b, kind, x, unit)
    out.sort(key=lambda v: v.start)


# ----------------------------------------------------------------------------- days of one month

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DAY_JOIN = r"(?:\s*[-–]\s*|,\s*|,?\s+(?i:and|or|to|through|until)\s+)"
#: two or more days of one month: "June 10 and 11", "June 10-11", "March 3, 4 and 5", "28 and 29 January", "10 to 11
#: June", "3 or 4 May" (each day is a date, never a count)
_DAYS_RX = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}(?:{_DAY_JOIN}{_DAY})+)\b(?!\s*(?:%|[.,]\d|{_MONTH}))"
    rf"(?:,?\s+(?P<y1>{_YEAR})(?!\d))?"
    rf"|(?<![\d,.])(?P<d2>{_DAY}(?:{_DAY_JOIN}{_DAY})+)\s+(?:of\s+)?(?P<m2>{_MONTH})(?!\w)"
    rf"(?:,?\s+(?P<y2>{_YEAR})(?!\d))?")
_DAYS_HINT = re.compile(r"\d(?:st|nd|rd|th)?(?:\s*[-–]\s*|,\s*|,?\s+(?i:and|or|to|through|until)\s+)[0-3]?\d")
_DAY_NUM = re.compile(r"[0-3]?\d")


def _day_spans(ctx: _Ctx) -> None:
    """Every day of "June 10 and 11" or "28 and 29 January" as a date of that month (the bare day is no count)."""
    text, found = ctx.text, []
    for m in _DAYS_RX.finditer(text):
        g = m.groupdict()
        month = _month_of(g["m1"] or g["m2"])
        year = g["y1"] or g["y2"]
        days = [(d.start(), d.end(), int(d.group()))
                for d in _DAY_NUM.finditer(text, *m.span("d1" if g["m1"] else "d2"))]
        numbers = [d for *_, d in days]
        if not all(1 <= d <= 31 for d in numbers) or numbers != sorted(set(numbers)):
            continue  # (days of a month rise: "June 10 and 11", never "June 30 and 4")
        a, b = m.span()
        if any(x.kind != "date" and (x.kind not in ("number", "range") or x.unit) for x in ctx.out
               if x.start - ctx.off < b and x.end - ctx.off > a):
            continue  # a day that counts something: "In May 3 and 4 people ..."
        found.append((a, b, month, year, days, bool(g["m1"])))
    if not found:
        return
    out = ctx.out
    for a, b, month, year, days, month_first in found:
        ctx.clear(a, b)
        for k, (da, db, day) in enumerate(days):
            v = day_iso(month, day, year, ctx.ref, ctx.ref_year)
            if v:  # the first day carries a leading month, the last a trailing one (as "June 10", "29 January")
                lo = a if (month_first and k == 0) else da
                hi = b if (not month_first and k == len(days) - 1) else db
                ctx.add(lo, hi, "date", v, "day")
    out.sort(key=lambda x: x.start)


# ----------------------------------------------------------------------------- reporting periods

_MONTH_NAME = _MONTH.replace(r"(?:\b(?:", r"(?:(?:")
_PERIOD_RX = re.compile(
    rf"\b(?:(?i:between)\s+(?P<ba>{_MONTH_NAME})\s+(?i:and)\s+(?P<bb>{_MONTH_NAME})"
    rf"|(?P<ra>{_MONTH_NAME})\s*(?:-|–|—|\s(?i:to|through|until)\s)\s*(?P<rb>{_MONTH_NAME})"
    rf"|(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter)"
    rf"|(?P<qq>Q[1-4])"
    rf"|(?P<h>(?i:first|second))[\s-]+(?i:half)(?=\s+(?i:of\s+)?(?:{_YEAR}|this\s+year|last\s+year|next\s+year))"
    rf"|(?P<n>(?i:three|six|nine|twelve|3|6|9|12))\s+(?i:months)\s+(?i:to|ended|ending|through|until)\s+"
    rf"(?i:the\s+end\s+of\s+)?(?P<nm>{_MONTH_NAME}))"
    rf"(?:(?:,?\s+|\s+(?i:of)\s+|\s+)(?P<y>{_YEAR})(?!\d)|(?P<fy>\s+(?i:this|last|next)\s+(?i:year)))?\b"
)
_PERIOD_NAMES = frozenset("quarter half months q".split())
_PERIOD_WORDS = _PERIOD_NAMES | frozenset(m.lower() for m in MONTHS)
#: how every month _MONTH_NAME spells opens
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTHS_BACK = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


def _current_period_end(ref: dt.date, m1: int, m2: int) -> int | None:
    """The year a year-less period ends in when the publication date falls inside it ("between October and
    January", published in October: this October to next January), else None."""
    for y2 in (ref.year, ref.year + 1):
        y1 = y2 - 1 if m1 > m2 else y2
        if (y1, m1) <= (ref.year, ref.month) <= (y2, m2):
            return y2
    return None


def _periods(ctx: _Ctx, words: frozenset | None = None) -> None:
    """Reporting periods, each one date value over its months: "July-September", "between July and September",
    "the third quarter", "Q3 2025", "the first half", "the nine months to September". Year-less periods take
    the year that puts their end nearest the publication date (past preferred); the months inside a period are
    not dates of their own. ``words``: as for :func:`find_values`."""
    text = ctx.text
    if words is not None and _PERIOD_NAMES.isdisjoint(words) and (text.isascii() or not _ODD_CASE.search(text)) \
            and sum(map(text.count, _MONTH_STARTS)) < 2:
        return  # (without a quarter, a half, "months" or a Q, a period names two months (each opening on one of
        # _MONTH_STARTS, case-sensitive): _PERIOD_RX, tried at every position, cannot match)
    found = []
    for m in _PERIOD_RX.finditer(text):
        g = m.groupdict()
        if g["ba"] or g["ra"]:
            m1, m2 = _month_of(g["ba"] or g["ra"]), _month_of(g["bb"] or g["rb"])
        elif g["q"] or g["qq"]:
            k = _ORDINAL[g["q"].lower()] if g["q"] else int(g["qq"][1])
            m1, m2 = 3 * k - 2, 3 * k
        elif g["h"]:
            m1, m2 = (1, 6) if g["h"].lower() == "first" else (7, 12)
        else:
            m2 = _month_of(g["nm"])
            m1 = (m2 - _MONTHS_BACK[g["n"].lower()]) % 12 + 1
        if g["y"]:
            y2 = int(g["y"])
        elif g["fy"] and ctx.ref:
            y2 = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[g["fy"].split()[0].lower()]
        elif ctx.ref:
            current = _current_period_end(ctx.ref, m1, m2)
            y2 = current if current is not None else _nearest_year(ctx.ref, m2, None)
        elif ctx.ref_year:
            y2 = ctx.ref_year
        else:
            continue
        y1 = y2 - 1 if m1 > m2 else y2
        a, b = m.start(), m.end()
        found.append((a, b, [_iso(y1, m1), _iso(y2, m2)]))
    if not found:
        return
    out = ctx.out
    for a, b, v in found:
        ctx.clear(a, b)
        ctx.add(a, b, "date", v, "month", False)
    out.sort(key=lambda x: x.start)


# ----------------------------------------------------------------------------- tallies

_TALLY_NUM = r"(?:\d{1,3}|zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TALLY_RX = re.compile(rf"(?i:\b(?P<x>{_TALLY_NUM})\s*(?:-|–|:|\s+(?:votes?\s+)?to\s+)\s*(?P<y>{_TALLY_NUM})\b(?![.,]?\d|\s*%))")
_TALLY_WORDS = frozenset("split splits divided divides voted vote votes ruled majority decision verdict won wins winning "
                         "beat beats beating lost losing loses score scored margin defeat defeated defeats victory ballot "
                         "judge judges juror jurors".split())
_TALLY_CONTEXT = re.compile(r"(?i:\b(?:" + "|".join(sorted(_TALLY_WORDS)) + r")\b)")
_SMALL_NUMBERS = {"zero": 0, "nil": 0, **{k: v for k, v in ONES.items() if v <= 12}}
#: the words _TALLY_NUM spells (its other numbers are digits)
_TALLY_NUM_WORDS = frozenset(_SMALL_NUMBERS)


#: a vote told as its two sides: "seven of the nine members voted for the rise and two against"
_FOR_AGAINST_RX = re.compile(rf"(?i:\b(?P<x>{_TALLY_NUM})\s+(?:of\s+(?:the\s+)?(?:{_TALLY_NUM}\s+)?(?:[\w'’-]+\s+){{0,3}}?)?"
                             r"(?:[\w'’-]+\s+)?voted\s+(?:for|in\s+favou?r)\b[^.;]{0,60}?\band\s+"
                             rf"(?P<y>{_TALLY_NUM})\s+(?:voted\s+)?against\b)")
#: or as the minority of a known whole: "two of the nine members voted against the rise" (then 7-2)
_OF_WHOLE_AGAINST_RX = re.compile(rf"(?i:\b(?P<y>{_TALLY_NUM})\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<t>{_TALLY_NUM})\s+"
                                  r"(?:[\w'’-]+\s+){1,6}?(?:voted|were|was)\s+against\b)")


def _small_int(word: str) -> int | None:
    """A tally's number: digits, or a small number written out ("seven", "nil")."""
    w = word.lower()
    return int(w) if w.isdigit() else _SMALL_NUMBERS.get(w)


def _add_tally(ctx: _Ctx, a: int, b: int, x: int | None, y: int | None) -> None:
    """The tally "x-y" over ``text[a:b]``, in place of the numbers found inside it (a winner's side first, and no
    more than 999 on it)."""
    if x is None or y is None or x < y or x > 999:
        return
    out = ctx.out
    ctx.clear(a, b)
    ctx.add(a, b, "tally", f"{x}-{y}", "tally")
    out.sort(key=lambda v: v.start)


def _vote_sides(ctx: _Ctx) -> None:
    """A vote told by its sides, for and against, is the tally "for-against" (RELATIONS.md §2: one figure)."""
    text = ctx.text
    for m in _FOR_AGAINST_RX.finditer(text):
        _add_tally(ctx, m.start(), m.end(), _small_int(m.group("x")), _small_int(m.group("y")))
    for m in _OF_WHOLE_AGAINST_RX.finditer(text):
        y, t = _small_int(m.group("y")), _small_int(m.group("t"))
        _add_tally(ctx, m.start(), m.end(), None if t is None or y is None else t - y, y)


def _tallies(ctx: _Ctx, words: frozenset | None = None) -> None:
    """Votes and scores ("split 5-2", "divided five to two", "won 3:1"): a tally, compared as a whole (never as a
    range or as two numbers). Only where a vote, split or score is spoken of nearby. ``words``: as for
    :func:`find_values`."""
    text = ctx.text
    if "against" in text:
        _vote_sides(ctx)
    if words is not None and _TALLY_NUM_WORDS.isdisjoint(words) and (text.isascii() or not _ODD_CASE.search(text)) \
            and _ANY_DIGIT.search(text) is None:
        return  # (a tally opens on digits or a small number word: _TALLY_RX, tried at every position, cannot match)
    if words is not None and ("to" not in words and "-" not in text and "–" not in text and ":" not in text
                              or _TALLY_WORDS.isdisjoint(words)):
        return  # (nor without what joins its two numbers, a hyphen, a dash, a colon or "to", or a word of _TALLY_CONTEXT)
    for m in _TALLY_RX.finditer(text):
        if _TALLY_CONTEXT.search(text, max(0, m.start() - 60), min(len(text), m.end() + 40)):
            x, y = _small_int(m.group("x")), _small_int(m.group("y"))
            if x is not None and y is not None and x < y and ":" not in m.group():
                x, y = y, x  # "a 2-3 defeat" is the loser's telling of the 3-2 result (not "at 11:40")
            _add_tally(ctx, m.start(), m.end(), x, y)


# ----------------------------------------------------------------------------- none at all

#: what "no one" can be the count of: the people killed, hurt, missing, arrested or charged (a count of nought; not
#: "no one is allowed within 3 km", "nobody should expect")
_NO_ONE = re.compile(r"\b(?P<s>(?i:no[- ]one|nobody))\s+(?:(?:had|has|have|was|were|is|are|remains?|remained|been|yet|so|far|"
                     r"reportedly|seriously|badly|else|else's|ever|also|then|now|still)\s+){0,4}"
                     r"(?P<w>killed|died|dead|hurt|injured|wounded|missing|unaccounted|arrested|detained|charged|"
                     r"hospitali[sz]ed)\b")
#: "no deaths", "no injuries", "no reports of any injuries", "no serious casualties", "no arrests": a count of nought
_NO_COUNT = re.compile(r"\b(?i:no)\s+(?:(?i:reports?|word)\s+of\s+(?:(?i:any)\s+)?)?(?:(?i:serious|major|further|other|"
                       r"more|immediate)\s+)?(?P<n>(?i:deaths|injuries|fatalities|casualties|arrests))\b")
_NO_UNIT = {"deaths": "death", "injuries": "injury", "fatalities": "fatality", "casualties": "casualty",
            "arrests": "arrest"}
#: "no loss of life", "no losses of human lives": no deaths
_NO_LOSS_OF_LIFE = re.compile(r"\b(?i:no)\s+(?i:loss(?:es)?)\s+of\s+(?:(?i:human)\s+)?(?i:lives|life)\b")
#: "added zero jobs", "no net jobs", "no new jobs were created": a count of nought jobs (never "zero-hours contracts",
#: "net zero" or "no jobs are safe": the noun must follow at once, and nothing but "net" or "new" between)
_NO_JOBS = re.compile(r"(?<![-\w])(?i:zero|no)\s+(?:(?i:net|new)\s+)?(?P<n>(?i:jobs|positions))\b(?!\s+(?:are|is|will|would|can)\b)")


def _zeros(ctx: _Ctx, words: frozenset | None = None) -> None:
    """"No one was killed", "no deaths had been reported", "there were no reports of injuries": a count of nought
    (RELATIONS.md: a later count of one or more is an update of it; another "no one was hurt" agrees). ``words``: as
    for :func:`find_values` (each pattern, tried at every position, is tried only when the words it needs are there)."""
    text = ctx.text
    found = []
    if words is None or "nobody" in words or "no" in words and "one" in words:
        for m in _NO_ONE.finditer(text):
            found.append((m.start(), m.end("s"), "person"))
    if words is None or "no" in words and not _NO_UNIT.keys().isdisjoint(words):
        for m in _NO_COUNT.finditer(text):
            found.append((m.start(), m.end(), _NO_UNIT[m.group("n").lower()]))
    if "of li" in text:
        for m in _NO_LOSS_OF_LIFE.finditer(text):
            found.append((m.start(), m.end(), "death"))
    if words is None or ("no" in words or "zero" in words) and ("jobs" in words or "positions" in words):
        for m in _NO_JOBS.finditer(text):
            found.append((m.start(), m.end(), "job"))
    if not found:
        return
    for a, b, unit in found:
        if ctx.free(a, b):
            ctx.add(a, b, "count", 0.0, unit)
    ctx.out.sort(key=lambda v: v.start)


# ----------------------------------------------------------------------------- one unit of time

#: "a month-long state of emergency", "a week-long strike": one month, one week (as "30-day", "seven-day" are figures)
_UNIT_LONG = re.compile(r"\b(?P<u>day|week|month|year|decade)-long\b", re.I)


#: "half a year", "half an hour": half of one unit of time (as "six months", "30 minutes" say it)
_HALF_UNIT = re.compile(r"\b(?<!and\s)half\s+an?\s+(?P<u>hour|day|week|month|year|decade|century)\b", re.I)


#: "almost a minute", "more than a week", "nearly an hour": one unit of time, told with how near it is (never "a year
#: ago" or "once a year": no approximator before them)
_APPROX_UNIT = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
    ("about", "around", "roughly", "approximately", "nearly", "almost", "more than", "over", "at least", "just over",
     "well over", "just under", "less than", "under", "close to", "upwards of", "up to", "no more than"),
    key=len, reverse=True)) + r")\s+an?\s+(?P<u>minute|hour|day|week|month|year|decade)\b"
    r"(?P<half>\s+and\s+a\s+half\b)?(?!\s+(?:ago|earlier|later|before|after)\b)", re.I)
#: what a text holding a match of _APPROX_UNIT holds
_A_UNIT = re.compile(r"(?i)\ban?\s+(?:minute|hour|day|week|month|year|decade)\b")
#: the unit words of _A_UNIT, each a whole word of a text it matches
_A_UNIT_WORDS = frozenset("minute hour day week month year decade".split())


def _units_of_time(ctx: _Ctx) -> None:
    """"a month-long strike" (one month), "half a year" (half of one), "almost a minute": a length of time told by its
    unit."""
    text = ctx.text
    for rx, value in ((_UNIT_LONG, 1.0), (_HALF_UNIT, 0.5), (_APPROX_UNIT, 1.0)):
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if not ctx.free(a, b):
                continue
            half = rx is _APPROX_UNIT and m.group("half") is not None  # ("nearly an hour and a half": 1.5 hours)
            ctx.add(a, b, "duration", value + 0.5 * half, DURATION_UNITS[m.group("u").lower()], rx is _APPROX_UNIT)
    ctx.out.sort(key=lambda v: v.start)


#: a storm's category on its scale ("a Category 4 cyclone", "upgraded to Category 4"): a level, compared as a number
#: (only where a storm is spoken of; "Category 3 of the rules" is a label)
_STORM_CATEGORY = re.compile(r"\b[Cc]ategory[\s-](?P<n>[1-5]|one|two|three|four|five)\b")
_STORM_WORDS = re.compile(r"(?i)\b(?:cyclones?|hurricanes?|typhoons?|storms?|tropical)\b")


def _storm_categories(ctx: _Ctx) -> None:
    text = ctx.text
    if not _STORM_WORDS.search(text):
        return
    for m in _STORM_CATEGORY.finditer(text):
        a, b = m.start(), m.end()
        if not ctx.free(a, b):
            continue
        n = m.group("n").lower()
        ctx.add(a, b, "number", float(n) if n.isdigit() else float(_SMALL[n]), "category", False)
    ctx.out.sort(key=lambda v: v.start)


# ----------------------------------------------------------------------------- race times

#: a time taken, in hours, minutes and seconds: "won in 2:00:35", "a record of 2:01:09.4" (never a time of day: "at
#: 16:30:00", "06:12:30 GMT")
_RACE_TIME_RX = re.compile(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,2})?)(?![\d:])")
_RACE_TIME_CLOCK_AFTER = re.compile(r"\s*(?:[aApP]\.?\s?[mM]\b|(?i:local|hrs)\b|[A-Z]{1,4}T\b|UTC\b)")  # (a zone: GMT, EST)
_RACE_TIME_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|since)\s+(?:about\s+|around\s+)?$", re.I)


def _race_times(ctx: _Ctx) -> None:
    """Times taken ("2:00:35"): one duration, in hours, in place of what was read inside it (a score "2:00")."""
    text = ctx.text
    for m in _RACE_TIME_RX.finditer(text):
        a, b = m.start(), m.end()
        if _RACE_TIME_CLOCK_AFTER.match(text, b) or _RACE_TIME_CLOCK_BEFORE.search(text, max(0, a - 20), a):
            continue
        ctx.clear(a, b)
        ctx.add(a, b, "duration", int(m.group("h")) + int(m.group("m")) / 60 + float(m.group("s")) / 3600, "hours")
    ctx.out.sort(key=lambda v: v.start)


# ----------------------------------------------------------------------------- times of day

#: a time of day: "04:12", "4.12am", "5 a.m.", "06:12 local time (04:12 GMT)", "shortly before 5 a.m."; with a
#: colon and no am/pm it is a time only after "at", "by", "until", "from" ... (never "a scale of 1:50")
_CLOCK_RX = re.compile(
    r"(?P<lead>(?:(?:shortly|just|soon|some\s+time|sometime)\s+)?(?:before|after)\s+|(?:about|around|roughly"
    r"|approximately)\s+)?"
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b))?(?![\d:])"
    r"(?:\s+(?P<tz>GMT|UTC|local\s+time)\b)?")
_CLOCK_BEFORE = re.compile(r"(?:\b(?:at|by|until|till|from|to|before|after|since|around|about|shortly|just)\s+|\()$",
                           re.I)
_CLOCK_TOKENS = frozenset(("am", "pm", "m", "noon", "midday", "midnight"))  # ("4.12am", "5 p.m.": the words a time
# without a colon has; "around noon": a time named by its word)
#: a time named by its word: "around noon", "at midday", "just before midnight" (12:00, 12:00, 00:00)
_NAMED_TIME_RX = re.compile(r"(?P<lead>\b(?:(?:shortly|just|soon)\s+)?(?:before|after)\s+|\b(?:about|around|roughly"
                            r"|approximately)\s+)?(?P<twelve>\b12\s+)?\b(?P<w>noon|midday|midnight)\b", re.I)
_CLOCK_HINT = re.compile(r"\d[:.][0-5]\d|\d\s*[ap]\.?\s?m\b", re.I)


#: a time told in hours "o'clock": "at six o'clock on Monday morning", "at 10 o'clock in the evening"
_OCLOCK_RX = re.compile(r"\b(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(?P<oc>o['’]clock)\b(?:(?:\s+[A-Za-z]+){0,2}?\s+(?P<part>morning|afternoon|evening|night)\b)?",
                        re.I)


def _clock_times(ctx: _Ctx) -> None:
    """Times of day, in minutes after midnight, local unless told in GMT/UTC (a time is compared only with a time
    of its own clock: "04:12 local time (00:42 GMT)" tells one moment twice)."""
    text = ctx.text
    if "clock" in text:
        for m in _OCLOCK_RX.finditer(text):
            h_text = m.group("h").lower()
            h = int(h_text) if h_text.isdigit() else _SMALL[h_text]
            part = (m.group("part") or "").lower()
            if part in ("afternoon", "evening") or (part == "night" and h >= 6):
                h = h % 12 + 12  # ("six o'clock in the evening" is 18:00; "at two o'clock at night" 02:00)
            elif h == 12 and part in ("morning", "night"):
                h = 0
            a, b = m.start(), m.end("oc")
            if ctx.free(a, b):
                ctx.add(a, b, "time", float(h * 60), "local", False)
    low = text.lower()
    if "noon" in low or "midday" in low or "midnight" in low:
        for m in _NAMED_TIME_RX.finditer(text):
            a = m.start("lead") if m.group("lead") else m.start("w")
            if m.group("twelve"):  # "12 noon" is one time, not the number 12 and noon
                ctx.clear(m.start("twelve"), m.end("twelve"))
                a = a if m.group("lead") else m.start("twelve")
            if ctx.free(a, m.end()):
                ctx.add(a, m.end(), "time", 0.0 if m.group("w").lower() == "midnight" else 720.0, "local",
                        bool(m.group("lead")))
    if not _CLOCK_HINT.search(text):
        return
    off = ctx.off
    taken = [(v.start - off, v.end - off) for v in ctx.out]
    for m in _CLOCK_RX.finditer(text):
        ap, sep = m.group("ap"), m.group("sep")
        if ap is None and (sep != ":" or m.group("tz") is None and not _CLOCK_BEFORE.search(
                text, max(0, m.start("h") - 12), m.start("h"))):
            continue  # "4.12" alone is a number; "04:12" needs "at" before it or a clock after it
        h, mins = int(m.group("h")), int(m.group("m") or 0)
        if ap:
            if h == 0 or h > 12:
                continue
            h = h % 12 + (12 if ap[0].lower() == "p" else 0)
        a, b = (m.start("lead") if m.group("lead") else m.start("h")), m.end()
        if any(x < b and a < y for x, y in taken):
            continue
        lead = (m.group("lead") or "").split()
        ctx.add(a, b, "time", float(h * 60 + mins), "GMT" if m.group("tz") in ("GMT", "UTC") else "local",
                bool(lead))
        taken.append((a, b))


# ----------------------------------------------------------------------------- fractions

_SMALL = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50}
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
          "tenth": 10, "tenths": 10}
_FRACTION_WORDS = frozenset(_PARTS)
_ANY_DIGIT = re.compile(r"\d")
#: what _NUMERIC opens on in ASCII text (deleted from its bytes, a shorter text held one)
_DIGIT_BYTES = b"0123456789$"
#: a cheap test before the fraction pattern: a share word, or a small number followed by "in"/"out of"
_FRACTION_HINT = re.compile(r"(?i:\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|(?:\d|\b(?:one|two|three|four|five"
                            r"|six|seven|eight|nine|ten))\s+(?:in|out\s+of)\s)")
_FRACTION_COUNTS = frozenset(_SMALL) - {"a", "an"}
#: the share words _FRACTION_HINT's first half names (not "halves")
_SHARE_HINTS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())


def _whole_word(low: str, words: frozenset) -> bool:
    """Does ``low`` (ASCII, lower case) hold one of ``words`` as a whole word (``\\b...\\b``)?"""
    n = len(low)
    for w in words:
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and (
                    j == n or not (low[j].isalnum() or low[j] == "_")):
                return True
            i = low.find(w, i + 1)
    return False
#: _FRACTION_HINT's second half, split by how it opens: a digit ("3 out of 10"), a number word ("one in five")
_DIGIT_IN = re.compile(r"\d\s+(?i:in|out\s+of)\s")
_IN_COUNTS = frozenset("one two three four five six seven eight nine ten".split())
_WORD_IN = re.compile(r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s)")
#: letters whose case folding involves ASCII letters: where one occurs, a lower-case word set says nothing exact
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
#: each of those letters as the ASCII letter a case-insensitive match takes it for
_ODD_FOLD = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
_N = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_M = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d{1,3})"
_FRACTION_RX = re.compile(
    rf"(?i:(?:(?P<approx>{_APPROX})\s+)?(?:(?P<n>{_N})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<m>{_M})\b(?!\s*(?:%|per))"
    r"|(?P<k>a|an|one|two|three|four|five|six|seven|eight|nine|(?:the\s+)?full|the)[\s-]+(?P<part>thirds?|quarters?"
    r"|fifths?|tenths?)\b"
    # (not "the first half of the year", "the second half": a period)
    r"|(?<!first\s)(?<!first-)(?<!second\s)(?<!second-)(?<!latter\s)(?<!former\s)"
    r"(?P<half>half)\b(?=\s+(?:of|the|their|its|his|her|all|those|these|them|an?\s+(?:percentage\s+)?point"
    r"|an?\s+per\s*cent)\b"
    r"|[\s-]+(?:percentage[\s-]+)?points?\b)))"
)


#: after a fraction: "point", "percentage point", "of a percentage point", "a percentage point" ("half a point")
_POINT_AFTER = re.compile(r"(?i:(?:[\s-]+of)?(?:[\s-]+an?)?[\s-]+(?:percentage[\s-]+)?points?)\b")


#: after a fraction: "a per cent", "of a percent" ("half a per cent" is 0.5%)
_PER_CENT_AFTER = re.compile(r"(?i:(?:[\s-]+of)?[\s-]+an?[\s-]+(?:per\s*cent|percent))\b")


#: the word after "a third", "a fifth": a noun an ordinal counts ("a third person", "a fifth straight day")
_ORDINAL_NOUN = re.compile(r"(?:\s+(?:straight|consecutive|successive|successful|further|dry|wet|hot|cold|record|major"
                           r"|new|separate|deadly|fatal|possible))?\s+([A-Za-z]+)\b")  # ("a third dry summer")
_ORDINAL_NOUNS = frozenset("""person man woman suspect worker victim body child patient case death arrest officer
    day night week month year season summer winter spring autumn time round term attempt vote ballot game match
    race title win defeat quarter
    ship vessel plane flight fire blast explosion attack strike protest member site farm outbreak""".split())


def _fractions(ctx: _Ctx, words: frozenset | None) -> None:
    """Shares written as fractions ("almost half of", "a third of", "two-thirds", "one in five"): percentages of
    the group (RELATIONS.md §2), replacing any bare number found inside them."""
    text = ctx.text
    found = []
    for m in _FRACTION_RX.finditer(text):
        if m.group("half"):
            share = 50.0
        elif m.group("part"):
            if m.group("k").lower() in ("a", "an") and (nx := _ORDINAL_NOUN.match(text, m.end())) \
                    and _lemma(nx.group(1)) in _ORDINAL_NOUNS:
                continue  # "A third person was detained", "for a fifth day": an ordinal, no share
            k = _SMALL.get(m.group("k").lower(), 1)
            share = 100.0 * k / _PARTS[m.group("part").lower()]
        else:
            n_, m_ = m.group("n").lower(), m.group("m").lower()
            n = float(n_) if n_.isdigit() else float(_SMALL[n_])
            d = float(m_) if m_.isdigit() else float(_SMALL[m_])
            if not 0 < n < d or (m_.isdigit() and len(m_) == 4):
                continue
            share = 100.0 * n / d
            if m.group("approx") is None and not _PER_FOLLOWS.match(text, m.end()):
                continue  # "two in 2023", "one in ten minutes": a share needs who it counts
        end, unit = m.end(), "%"
        pt = _POINT_AFTER.match(text, end) if m.group("n") is None else None
        if pt is None and m.group("k") is not None and m.group("k").lower().startswith(("the", "full")):
            continue  # "the quarter", "the full third": a period or a part, only "the full quarter point" is a move
        pc = _PER_CENT_AFTER.match(text, end) if pt is None and m.group("n") is None else None
        if pt:  # "a quarter point", "half a percentage point": a fraction of one percentage point, not a share
            end, unit, share = pt.end(), "pp", share / 100
        elif pc:  # "half a per cent", "a quarter of a percent": a fraction of one per cent
            end, share = pc.end(), share / 100
        found.append((m.start(), end, round(share, 4 if pt or pc else 1), m.group("approx") is not None, unit))
    if not found:
        return
    out = ctx.out
    for a, b, share, approx, unit in found:
        ctx.clear(a, b)
        ctx.add(a, b, "percent", share, unit, approx)
    out.sort(key=lambda v: v.start)


_SCALE_WORDS = frozenset(("thousand", "million", "billion", "trillion", "dozen"))  # ("half a dozen": six)
#: "half a million people", "a quarter of a billion euros", "one and a half million": a fraction of a scale is a
#: quantity, not a share (the figure after it, "a million people", is read first and scaled here)
_SCALED_FRACTION = re.compile(
    r"(?i:\b(?:(?P<whole>one|two|three|four|five|\d{1,3})\s+and\s+a\s+half"
    r"|(?P<k>a|one|two|three)[\s-]+(?P<part>thirds?|quarters?)(?:\s+of)?"
    r"|(?P<half>half)(?:\s+of)?)\s+)(?=(?P<scale>(?i:an?\s+)?(?:thousand|million|billion|trillion|dozen))\b)"
)


def _scaled_fractions(ctx: _Ctx) -> None:
    text = ctx.text
    out = ctx.out
    changed = False
    for m in _SCALED_FRACTION.finditer(text):
        if m.group("whole"):
            w = m.group("whole").lower()
            factor = (float(w) if w.isdigit() else float(_SMALL[w])) + 0.5
        elif m.group("part"):
            factor = _SMALL.get(m.group("k").lower(), 1) / _PARTS[m.group("part").lower()]
        else:
            factor = 0.5
        at = m.start("scale") + ctx.off
        after = [v for v in out if v.start == at and isinstance(v.value, float)]
        if not after:
            continue
        v = after[0]
        a = m.start() + ctx.off
        out[:] = [x for x in out if x is not v and not (a <= x.start < at)]
        out.append(Value(a, v.end, text[m.start():v.end - ctx.off], v.kind, v.value * factor, v.unit, v.approx))
        changed = True
    if changed:
        out.sort(key=lambda x: x.start)


_PER_FOLLOWS = re.compile(r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?[a-z]+", re.I)


#: every word find_values's later passes start on
_PASS_CUES = _FRACTION_WORDS | {"in", "out"} | _TALLY_WORDS | _CLOCK_TOKENS | {"no", "nobody", "zero"} | _PERIOD_WORDS
#: in a text without a digit, every word a value or a pass of find_values can start on, or that its gates need: the
#: trigger words (_candidates), the share words and the counts before "in"/"out of" (fractions), a tally's and its
#: numbers (a vote's sides, "nil of nil", are tried without a tally word when the caller gives no words), a clock's,
#: a zero's, a unit's after "a"/"an" and a period's ("in" and "out" alone start nothing without a digit or a count)
_NO_DIGIT_CUES = (_STRONG_TRIGGERS | _FRACTION_WORDS | _SHARE_HINTS | _IN_COUNTS | _TALLY_WORDS | _TALLY_NUM_WORDS
                  | _CLOCK_TOKENS | {"no", "nobody", "zero"} | _A_UNIT_WORDS | _PERIOD_WORDS)
