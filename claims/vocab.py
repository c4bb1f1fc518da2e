"""Vocabularies shared by the engine: months, weekdays, number words, scales, vague quantities, currencies,
units, approximators, label words and counted-noun helpers. General English news vocabulary only: nothing
here names an event, an outlet or a person.
"""

from __future__ import annotations

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
#: vague quantities and the interval each stands for (RELATIONS.md §2: "tens of thousands" 20,000-99,999,
#: "hundreds" 200-999, "dozens" 24-99; the others by the same reading: at least two of the unit, fewer than ten
#: of the next)
VAGUE = {
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20e6, 99_999_999), "hundreds of millions": (200e6, 999_999_999), "dozens": (24, 99),
    "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2e6, 9_999_999),
    "billions": (2e9, 9_999_999_999),
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

#: approximators and how each bounds the figure N it qualifies (RELATIONS.md §2):
#: "around" N ± 5%, "above" N to 1.1 N, "just below" 0.95 N to N, "below" 0.9 N to N, "at most" 0.5 N to N
APPROXIMATORS = {
    "about": "around", "around": "around", "roughly": "around", "approximately": "around", "approx.": "around",
    "some": "around", "an estimated": "around", "estimated": "around", "circa": "around", "close to": "around",
    "an approximate": "around", "in the region of": "around", "on the order of": "around",
    "more than": "above", "over": "above", "above": "above", "at least": "above", "just over": "above",
    "well over": "above", "upwards of": "above", "no fewer than": "above", "no less than": "above",
    "in excess of": "above", "exceeding": "above", "exceed": "above", "exceeds": "above", "exceeded": "above",
    "nearly": "just below", "almost": "just below", "just under": "just below", "just shy of": "just below",
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    "up to": "at most", "as many as": "at most", "as much as": "at most", "at most": "at most",
    "no more than": "at most",
}
#: each approximator rule as factors (low, high) of N
APPROX_RULES = {"around": (0.95, 1.05), "above": (1.0, 1.1), "just below": (0.95, 1.0), "below": (0.9, 1.0),
                "at most": (0.5, 1.0)}
#: a bare figure stands for N ± 2% (rounding in reporting)
BARE_TOLERANCE = 0.02
#: the side of N the truth lies on, per approximator ("+" above, "-" below, "" around it)
APPROX_DIRECTION = {w: {"above": "+", "around": ""}.get(rule, "-") for w, rule in APPROXIMATORS.items()}

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
