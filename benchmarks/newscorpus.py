"""A corpus that looks like news: many invented events, each covered by several outlets in their own words.

The benchmarks and the scale test need many articles whose statistics look like a real news feed, not one
story recombined: a vocabulary that keeps growing with the number of articles (new people, places,
companies and topics with every event), figures that are mostly event-specific but sometimes common
("40%", "2023", "100 people"), stock agency sentences repeated across outlets, and page noise (appeals,
sign-ups, captions, related links, cookie banners) around the text. Claim alignment blocks on shared
values and rare words and caps the postings it follows; only such a corpus tests those caps honestly.

How an article is made
----------------------
* An *event* has a domain (flood, earthquake, rail crash, court ruling, election, company results,
  strike, outbreak, ...), a date, a country, a city and region with invented names, people with roles,
  organisations, and a set of *facts*: typed figures (counts with their counted noun, money, percentages,
  dates, durations, ages) drawn from distributions that favour round numbers.
* Each event is covered by 3-6 outlets. Every outlet states a subset of the facts, each in one of several
  phrasings (paraphrase), with its own house style for numbers ("40%", "40 percent", "40 per cent"),
  hedges ("about", "nearly", "at least") and attribution. Some outlets report an alternative figure
  (a conflict: "police said 3,000, organisers 10,000") or, a day later, an updated one (an update).
* Around the facts: quotes, background sentences built from the domain's vocabulary (with their own,
  historical figures), and page noise, marked as boilerplate in the in-memory documents.

Deterministic for a seed: ``generate(n, seed)`` gives the same articles in the same order, and the first
``k`` articles of ``generate(n)`` do not depend on ``n``. About 40 ms per 100 articles.

``python -m benchmarks.newscorpus N`` prints a summary and the first article; ``--vocab`` prints the
distinct-word growth next to the old recombined corpus.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from benchmarks import newsvocab as V


class Fmt(StrEnum):
    """The file format an article is written in."""

    TXT = "txt"
    MD = "md"
    HTML = "html"


class Noise(StrEnum):
    """Kinds of page noise (the loader's boilerplate reasons)."""

    APPEAL = "donation appeal"
    NEWSLETTER = "newsletter"
    COOKIE = "cookie notice"
    BIO = "author bio"
    CAPTION = "caption"
    NAVIGATION = "navigation"
    RELATED = "related link"
    HEADLINE = "headline"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of an article: its text and, for page noise, why it is not article text."""

    text: str
    noise: Noise | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One generated report: metadata, its blocks in page order, and the event it covers."""

    index: int
    event: int
    domain: str
    outlet: str
    title: str
    date: dt.date
    author: str
    fmt: Fmt
    blocks: tuple[Block, ...]

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.outlet.lower()).strip("_")[:24]

    @property
    def file_name(self) -> str:
        return f"n{self.index:05d}_e{self.event:04d}_{self.slug}.{self.fmt.value}"

    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    def file_text(self) -> str:
        """The article as a file of its format (header lines, front matter or a whole web page)."""
        if self.fmt is Fmt.MD:
            return (f'---\ntitle: "{self.title}"\noutlet: {self.outlet}\ndate: {self.date.isoformat()}\n'
                    f"author: {self.author}\n---\n\n# {self.title}\n\n"
                    + "\n\n".join(f"*{b.text}*" if b.noise is Noise.CAPTION else b.text
                                  for b in self.blocks if b.noise is not Noise.HEADLINE) + "\n")
        if self.fmt is Fmt.HTML:
            return _html_page(self)
        return (f"Outlet: {self.outlet}\nTitle: {self.title}\nDate: {self.date.isoformat()}\nBy: {self.author}\n\n"
                + "\n\n".join(b.text for b in self.blocks if b.noise is not Noise.HEADLINE) + "\n")


def _html_page(a: Article) -> str:
    e = html.escape
    top = [b for b in a.blocks if b.noise in (Noise.NAVIGATION, Noise.COOKIE)]
    body = [b for b in a.blocks if b.noise not in (Noise.NAVIGATION, Noise.COOKIE, Noise.HEADLINE)]
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(a.title)} | {e(a.outlet)}</title>",
             f'<meta name="author" content="{e(a.author)}">',
             f'<meta property="og:site_name" content="{e(a.outlet)}">',
             f'<meta property="og:title" content="{e(a.title)}">',
             f'<meta property="article:published_time" content="{a.date.isoformat()}T08:00:00+00:00">',
             "<style>body { font-family: serif; } nav ul { list-style: none; }</style>",
             "<script>window.dataLayer = window.dataLayer || [];</script>", "</head>", "<body>",
             "<nav><ul>" + "".join(f'<li><a href="/{w.lower()}">{w}</a></li>'
                                   for w in ("World", "Business", "Science", "Sport", "Opinion")) + "</ul></nav>"]
    for b in top:
        parts.append(f'<div class="banner"><p>{e(b.text)}</p></div>')
    parts += ["<main>", "<article>", f"<h1>{e(a.title)}</h1>",
              f'<p class="byline">By {e(a.author)} | {e(a.outlet)} | {a.date.strftime("%B %-d, %Y")}</p>']
    for b in body:
        if b.noise is Noise.CAPTION:
            parts.append(f"<figure><figcaption>{e(b.text)}</figcaption></figure>")
        elif b.noise is Noise.RELATED:
            parts.append(f'<aside class="related"><a href="/related">{e(b.text)}</a></aside>')
        else:
            parts.append(f"<p>{e(b.text)}</p>")
    parts += ["</article>", "</main>", f"<footer><p>© {a.date.year} {e(a.outlet)}. All rights reserved.</p></footer>",
              "</body>", "</html>"]
    return "\n".join(parts) + "\n"


# =========================================================================== names
@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str  # "interior minister", "a spokeswoman for the fire service"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def titled(self) -> str:
        """"Ana Reyes, the health minister" or "Ana Reyes, a virologist"."""
        role = self.role
        return f"{self.name}, {role}" if role.startswith(("a ", "an ", "the ")) else f"{self.name}, the {role}"


class Names:
    """Invented names, unique within a corpus (a surname or a place is never reused by chance)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make: Callable[[], str]) -> str:
        for _ in range(50):
            s = make()
            if s not in self.used and len(s) > 2:
                self.used.add(s)
                return s
        s = make() + self.rng.choice(("a", "o", "e", "i"))
        self.used.add(s)
        return s

    def tradition(self) -> str:
        return self.rng.choice(tuple(V.GIVEN))

    def surname(self, tradition: str) -> str:
        heads, tails = V.SURNAME[tradition]

        def make() -> str:
            s = self.rng.choice(heads) + self.rng.choice(tails)
            s = s.replace("_", " ")
            return " ".join(w[:1].upper() + w[1:] for w in s.split()) if " " in s else s[:1].upper() + s[1:]
        return self._unique(make)

    def person(self, role: str, tradition: str | None = None) -> Person:
        t = tradition or self.tradition()
        return Person(f"{self.rng.choice(V.GIVEN[t])} {self.surname(t)}", role)

    def place(self) -> str:
        def make() -> str:
            s = self.rng.choice(V.PLACE_START) + self.rng.choice(V.PLACE_END)
            if self.rng.random() < 0.12:
                s = self.rng.choice(("Port ", "San ", "New ", "Upper ", "Nova ", "Saint ")) + s
            return s
        return self._unique(make)

    def country(self) -> str:
        return self._unique(lambda: self.rng.choice(V.PLACE_START) + self.rng.choice(("er", "or", "an", "il", "el", ""))
                            + self.rng.choice(V.COUNTRY_END))

    def word(self, syllables: int = 3) -> str:
        """An invented word (a product, a drug, a species, a storm name)."""
        syl = ("ka", "lo", "mi", "ren", "tu", "va", "sel", "dor", "bri", "nax", "pe", "quo", "lin", "ter", "zu",
               "mar", "vo", "gal", "xi", "fen", "tra", "mo", "ri", "sa", "bel", "cor", "dix", "ga", "hul", "ty")
        return self._unique(lambda: "".join(self.rng.choice(syl) for _ in range(syllables)))


# =========================================================================== figures
class Kind(StrEnum):
    """What a fact's figure is."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    YEAR = "year"
    DATE = "date"
    DURATION = "duration"
    AGE = "age"
    RATE = "rate"  # a decimal figure with a unit in the phrasing (magnitude, mm, degrees)


def round_figure(x: float, rng: random.Random) -> int:
    """Reported figures favour round numbers: keep 1-3 significant digits."""
    if x < 20:
        return max(1, int(round(x)))
    digits = rng.choices((1, 2, 3), weights=(3, 5, 2))[0]
    p = 10 ** max(0, int(math.log10(x)) + 1 - digits)
    return max(1, int(round(x / p) * p))


def lognormal(rng: random.Random, median: float, spread: float = 1.0) -> float:
    return median * math.exp(rng.gauss(0, spread))


@dataclass(frozen=True, slots=True)
class Style:
    """An outlet's house style for figures and attribution."""

    percent: str  # "%", " percent", " per cent"
    money_words: bool  # "$4.5 million" or "4.5 million dollars"
    date_ap: bool  # "Oct. 2" or "2 October"
    spell_small: bool  # "five" for 5
    agency: str

    def pct(self, v: float) -> str:
        s = f"{v:g}" if v != int(v) else str(int(v))
        return s + self.percent

    def count(self, n: int) -> str:
        if self.spell_small and n < 10:
            return ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")[n]
        if n >= 1_000_000 and n % 100_000 == 0:
            return f"{n / 1_000_000:g} million"
        return f"{n:,}"

    def money(self, v: float, cur: str) -> str:
        if v >= 1e9:
            amount = f"{v / 1e9:g} billion"
        elif v >= 1e6:
            amount = f"{v / 1e6:g} million"
        else:
            amount = f"{int(v):,}"
        if self.money_words or cur not in ("$", "€", "£"):
            word = {"$": "dollars", "€": "euros", "£": "pounds"}.get(cur, cur)
            return f"{amount} {word}"
        return f"{cur}{amount}"

    def date(self, d: dt.date) -> str:
        return f"{V.MONTHS_AP[d.month - 1]} {d.day}" if self.date_ap else f"{d.day} {V.MONTHS[d.month - 1]}"


# =========================================================================== domains
@dataclass(frozen=True, slots=True)
class FactSpec:
    """One checkable fact of an event: its figure, how to draw it, how outlets phrase it."""

    key: str
    kind: Kind
    draw: Callable[[random.Random], float]
    phrasings: tuple[str, ...]
    #: how a differing report of it is made: "conflict" (another source), "update" (a later figure), or ""
    differs: str = ""


@dataclass(frozen=True, slots=True)
class Domain:
    name: str
    words: str  # key into newsvocab.DOMAIN_WORDS
    facts: tuple[FactSpec, ...]
    headlines: tuple[str, ...]
    sources: tuple[str, ...]  # organisations that speak: "the {country} civil protection agency"
    roles: tuple[str, ...]  # roles of the people quoted
    quotes: tuple[str, ...]
    background: tuple[str, ...]
    slots: tuple[str, ...] = ()  # extra invented words the event needs ("river", "product", ...)


def _c(median: float, spread: float = 0.9) -> Callable[[random.Random], float]:
    return lambda rng: lognormal(rng, median, spread)


def _u(lo: float, hi: float, step: float = 1) -> Callable[[random.Random], float]:
    return lambda rng: round(rng.uniform(lo, hi) / step) * step


def _pct(lo: int, hi: int) -> Callable[[random.Random], float]:
    return lambda rng: rng.choice((rng.randint(lo, hi), round(rng.randint(lo, hi) / 5) * 5 or lo))


DOMAINS: tuple[Domain, ...] = (
    Domain("flood", "flood", (
        FactSpec("dead", Kind.COUNT, _c(14, 1.0), (
            "At least {v} people were killed in floods in {region} after days of heavy rain",
            "The floods in {region} have killed {v} people",
            "{v} people died when the {river} river burst its banks in {region}",
            "The death toll from the flooding in {region} rose to {v}"), "update"),
        FactSpec("missing", Kind.COUNT, _c(9, 0.9), (
            "{v} people are still missing",
            "Rescuers were searching for {v} people who remain unaccounted for",
            "Another {v} people were listed as missing")),
        FactSpec("evacuated", Kind.COUNT, _c(12000, 1.0), (
            "About {v} residents were evacuated from low-lying districts",
            "Some {v} people have been moved to emergency shelters",
            "Authorities evacuated {v} people from towns along the {river}"), "conflict"),
        FactSpec("homes", Kind.COUNT, _c(2500, 1.0), (
            "{v} homes were flooded or damaged",
            "The water damaged {v} houses in {place} and surrounding villages",
            "More than {v} homes were left under water")),
        FactSpec("rain", Kind.RATE, _u(80, 420, 5), (
            "{v} millimetres of rain fell in {hours} hours",
            "The weather service recorded {v} mm of rain in {hours} hours, more than a month's average")),
        FactSpec("damage", Kind.MONEY, _c(3e8, 1.0), (
            "Officials estimated the damage at {v}",
            "Insurers put the cost of the damage at around {v}"), "conflict"),
    ), ("Floods kill {dead} in {region} as {river} river bursts its banks",
        "{region} floods: thousands evacuated, {dead} dead",
        "Death toll from {country} floods rises to {dead}"),
        ("the {country} civil protection agency", "the regional emergency service", "the {region} governor's office",
         "the national weather service"),
        ("civil protection chief", "regional governor", "mayor of {place}", "hydrologist at the national weather service",
         "a spokeswoman for the fire brigade"),
        ("\u201cThe water came so fast that people had no time to take anything,\u201d said {p}, the {role}.",
         "\u201cWe are still reaching villages that have been cut off since {weekday},\u201d {p} told reporters.",
         "\u201cThis is the worst flooding our {noun} has seen in a generation,\u201d said {p}."),
        ("The {river} last flooded on this scale in {year}, when {n} people died.",
         "Scientists have warned that {adj} {noun_pl} in {region} are becoming more frequent.",
         "Critics say the {noun} along the {river} had not been repaired since {year}."),
        ("river",)),
    Domain("quake", "quake", (
        FactSpec("magnitude", Kind.RATE, _u(5.2, 7.9, 0.1), (
            "A magnitude {v} earthquake struck {region} early on {weekday}",
            "The {v}-magnitude quake hit near {place}",
            "The earthquake, measured at magnitude {v}, was felt as far away as {place2}"), "conflict"),
        FactSpec("dead", Kind.COUNT, _c(60, 1.2), (
            "At least {v} people were killed",
            "The quake killed {v} people",
            "The confirmed death toll reached {v}"), "update"),
        FactSpec("injured", Kind.COUNT, _c(400, 1.0), (
            "More than {v} people were injured",
            "Hospitals treated {v} injured people"), "update"),
        FactSpec("buildings", Kind.COUNT, _c(900, 1.0), (
            "{v} buildings collapsed",
            "Engineers said {v} buildings were destroyed or unsafe to enter")),
        FactSpec("depth", Kind.RATE, _u(5, 60, 1), (
            "The epicentre was {v} km below the surface",
            "The quake struck at a shallow depth of {v} kilometres")),
        FactSpec("aftershocks", Kind.COUNT, _c(40, 0.7), (
            "{v} aftershocks were recorded in the following hours",
            "Seismologists counted {v} aftershocks")),
    ), ("Magnitude {magnitude} quake kills {dead} in {region}",
        "Earthquake in {country} leaves {dead} dead, hundreds hurt",
        "Rescuers dig through rubble after {region} earthquake"),
        ("the {country} seismological institute", "the disaster management agency", "the health ministry",
         "the {region} regional administration"),
        ("head of the seismological institute", "interior minister", "a rescue coordinator", "mayor of {place}"),
        ("\u201cEvery hour counts for the people still under the rubble,\u201d said {p}, the {role}.",
         "\u201cThe {noun_pl} here were never built to withstand this,\u201d {p} said.",
         "\u201cWe heard voices under the concrete until late in the night,\u201d said {p}, a resident of {place}."),
        ("The region sits on the {river} fault, which produced a magnitude {mag2} quake in {year}.",
         "Building codes introduced in {year} were not applied to older {noun_pl}, {adj} critics say."),
        ("river",)),
    Domain("rail", "rail", (
        FactSpec("dead", Kind.COUNT, _c(12, 0.9), (
            "At least {v} people were killed when a train derailed near {place}",
            "The derailment killed {v} people",
            "{v} passengers died in the crash"), "update"),
        FactSpec("injured", Kind.COUNT, _c(60, 0.8), (
            "{v} people were injured, several of them critically",
            "Another {v} passengers were taken to hospital"), "conflict"),
        FactSpec("aboard", Kind.COUNT, _c(300, 0.5), (
            "The train was carrying {v} passengers",
            "{v} passengers and crew were on board, the operator said")),
        FactSpec("carriages", Kind.COUNT, _u(2, 9), (
            "{v} of its carriages left the track",
            "{v} carriages overturned on the embankment")),
        FactSpec("speed", Kind.RATE, _u(60, 180, 5), (
            "The train was travelling at {v} km/h on a stretch limited to {limit} km/h",
            "Investigators said the train had been going at {v} kilometres per hour"), "conflict"),
        FactSpec("built", Kind.YEAR, _u(1995, 2021), (
            "The train, built in {v}, had passed an inspection last month",
            "The rolling stock dated from {v}")),
    ), ("Train derailment near {place} kills {dead}",
        "{country} rail crash: {dead} dead as carriages overturn",
        "Investigators examine speed after deadly {place} derailment"),
        ("the rail operator {company}", "the {country} transport ministry", "the national rail accident investigation office",
         "the {region} police"),
        ("transport minister", "chief executive of {company}", "a spokesman for the rail workers' union",
         "head of the accident investigation office"),
        ("\u201cThere was a huge bang and then everything turned over,\u201d said {p}, a passenger.",
         "\u201cWe will find out what happened on that bend,\u201d said {p}, the {role}.",
         "\u201cThe {noun_pl} on this line have been neglected for years,\u201d {p} said."),
        ("The line carries about {n} passengers a day.",
         "It was the country's deadliest rail accident since {year}, when {n2} people died near {place2}."),
        ("company",)),
    Domain("court", "court", (
        FactSpec("sentence", Kind.DURATION, _u(2, 25), (
            "A court in {place} sentenced {defendant} to {v} years in prison",
            "{defendant} was jailed for {v} years",
            "The judge handed down a {v}-year sentence"), "conflict"),
        FactSpec("fine", Kind.MONEY, _c(2e6, 1.2), (
            "The court also ordered {company} to pay a fine of {v}",
            "{company} was fined {v}")),
        FactSpec("counts", Kind.COUNT, _u(2, 14), (
            "{defendant} was found guilty on {v} counts of fraud",
            "The jury convicted on {v} of the charges")),
        FactSpec("victims", Kind.COUNT, _c(300, 1.0), (
            "Prosecutors said the scheme cost {v} investors their savings",
            "The case involved {v} victims")),
        FactSpec("trial_days", Kind.COUNT, _c(40, 0.5), (
            "The trial lasted {v} days",
            "Over {v} days of hearings, the court heard from dozens of witnesses")),
        FactSpec("age", Kind.AGE, _u(28, 71), (
            "{defendant}, {v}, denied the charges",
            "The {v}-year-old former executive showed no reaction as the verdict was read")),
    ), ("{defendant} jailed for {sentence} years over {company} fraud",
        "Court convicts former {company} boss in fraud case",
        "{company} fraud: {sentence}-year sentence for {defendant}"),
        ("the prosecutor's office", "the court", "{company}'s lawyers", "the financial regulator"),
        ("presiding judge", "chief prosecutor", "defence lawyer", "a lawyer for the victims"),
        ("\u201cThe court has sent a clear message,\u201d said {p}, the {role}.",
         "\u201cWe will appeal this {noun},\u201d said {p}, who represents {defendant}.",
         "\u201cNo sentence will give back what was taken from these families,\u201d {p} said."),
        ("{company} collapsed in {year}, leaving debts of {money2}.",
         "The {noun} was one of the largest {adj} cases in {country}'s history."),
        ("company",)),
    Domain("law", "law", (
        FactSpec("votes_for", Kind.COUNT, _u(120, 320), (
            "The bill passed with {v} votes in favour",
            "{v} lawmakers voted for the measure",
            "Parliament approved the law by {v} votes"), "conflict"),
        FactSpec("votes_against", Kind.COUNT, _u(20, 140), (
            "{v} voted against",
            "The opposition mustered {v} votes against it")),
        FactSpec("cost", Kind.MONEY, _c(2e9, 1.0), (
            "The government estimates the programme will cost {v} over five years",
            "The reform is expected to cost {v}"), "conflict"),
        FactSpec("affected", Kind.COUNT, _c(400000, 1.0), (
            "The law will affect about {v} people",
            "Some {v} households stand to be covered")),
        FactSpec("effective", Kind.DATE, lambda rng: rng.randint(20, 200), (
            "The law takes effect on {v}",
            "The new rules will apply from {v}")),
        FactSpec("share", Kind.PERCENT, _pct(5, 60), (
            "Polls suggest {v} of voters oppose the change",
            "A survey found {v} of the public supported the bill")),
    ), ("{country} parliament passes {topic} law",
        "Lawmakers approve {topic} bill after heated debate",
        "{topic}: {country} adopts law affecting {affected}"),
        ("the parliament's press office", "the government", "the opposition {party} party", "the finance ministry"),
        ("prime minister", "opposition leader", "chair of the budget committee", "a constitutional lawyer"),
        ("\u201cThis law is long overdue,\u201d said {p}, the {role}.",
         "\u201cThe government has rushed this through without proper scrutiny,\u201d {p} said.",
         "\u201cWe will challenge it in the constitutional court,\u201d said {p}."),
        ("A similar bill failed in {year} by {n} votes.",
         "The {party} party has campaigned for {adj} {noun_pl} since {year}."),
        ("topic", "party")),
    Domain("election", "election", (
        FactSpec("share", Kind.PERCENT, _u(31, 58, 0.1), (
            "{winner} won {v} of the vote",
            "With most ballots counted, {winner} had {v}",
            "{winner}'s party took {v} of votes cast"), "update"),
        FactSpec("turnout", Kind.PERCENT, _u(41, 78, 0.1), (
            "Turnout was {v}",
            "The election commission put turnout at {v}"), "conflict"),
        FactSpec("seats", Kind.COUNT, _u(60, 210), (
            "The party secured {v} of the {seats_total} seats",
            "{winner}'s bloc is projected to win {v} seats")),
        FactSpec("voters", Kind.COUNT, _c(8e6, 1.0), (
            "About {v} people were eligible to vote",
            "The country has {v} registered voters")),
        FactSpec("rival_share", Kind.PERCENT, _u(18, 40, 0.1), (
            "{rival} trailed with {v}",
            "The challenger, {rival}, received {v}")),
    ), ("{winner} wins {country} election with {share}",
        "{country} votes: {winner} claims victory",
        "Turnout {turnout} as {country} elects new parliament"),
        ("the central election commission", "international observers", "the {party} party", "state television"),
        ("head of the election commission", "chief observer", "campaign manager", "political analyst"),
        ("\u201cThe people have spoken,\u201d {winner} told supporters in {place}.",
         "\u201cWe saw {adj} irregularities at several polling stations,\u201d said {p}, the {role}.",
         "\u201cThis result changes the {noun} of {country}'s politics,\u201d {p} said."),
        ("{winner} first ran for office in {year}.",
         "At the last election, in {year}, turnout was {pct2}."),
        ("party",)),
    Domain("company", "company", (
        FactSpec("revenue", Kind.MONEY, _c(4e9, 1.2), (
            "{company} reported revenue of {v} for the quarter",
            "Quarterly sales at {company} reached {v}",
            "{company}'s revenue came in at {v}"), "conflict"),
        FactSpec("profit", Kind.MONEY, _c(3e8, 1.2), (
            "Net profit was {v}",
            "The company made a profit of {v}")),
        FactSpec("jobs", Kind.COUNT, _c(2500, 1.0), (
            "{company} said it would cut {v} jobs",
            "The restructuring will eliminate {v} positions"), "conflict"),
        FactSpec("growth", Kind.PERCENT, _u(1, 35), (
            "Sales grew {v} from a year earlier",
            "Revenue rose {v} year on year")),
        FactSpec("shares", Kind.PERCENT, _u(2, 19, 0.1), (
            "Shares fell {v} in early trading",
            "The stock dropped {v} after the announcement")),
        FactSpec("employees", Kind.COUNT, _c(40000, 0.9), (
            "{company} employs about {v} people worldwide",
            "The group has {v} employees")),
    ), ("{company} to cut {jobs} jobs as sales slow",
        "{company} profit falls; shares drop {shares}",
        "{company} reports {revenue} in quarterly revenue"),
        ("{company}", "analysts at {bank}", "the company's filing", "the {union} union"),
        ("chief executive", "chief financial officer", "an analyst at {bank}", "head of the {union} union"),
        ("\u201cWe have to adapt to a {adj} market,\u201d said {p}, {company}'s {role}.",
         "\u201cThese cuts will hit families in {place} hard,\u201d said {p}, the {role}.",
         "\u201cThe {noun} was weaker than we expected,\u201d {p} said."),
        ("{company} was founded in {place} in {year}.",
         "Its {product} line, launched in {year}, accounts for most of its {noun_pl}."),
        ("company", "product")),
    Domain("economy", "economy", (
        FactSpec("inflation", Kind.PERCENT, _u(1.2, 11.5, 0.1), (
            "Annual inflation rose to {v} in {month}",
            "Consumer prices were {v} higher than a year earlier",
            "Inflation reached {v}, the statistics office said"), "update"),
        FactSpec("rate", Kind.PERCENT, _u(0.5, 9.5, 0.25), (
            "The central bank raised its main rate to {v}",
            "The benchmark interest rate now stands at {v}")),
        FactSpec("unemployment", Kind.PERCENT, _u(3, 14, 0.1), (
            "Unemployment was {v}",
            "The jobless rate edged to {v}"), "conflict"),
        FactSpec("jobless", Kind.COUNT, _c(600000, 0.9), (
            "{v} people were out of work",
            "The number of unemployed stood at {v}")),
        FactSpec("growth", Kind.PERCENT, _u(0.1, 4.5, 0.1), (
            "The economy grew {v} in the quarter",
            "Output expanded by {v}")),
    ), ("{country} inflation hits {inflation}",
        "Central bank lifts rates as {country} prices climb",
        "{country} jobless rate at {unemployment}"),
        ("the national statistics office", "the central bank", "economists at {bank}", "the finance ministry"),
        ("central bank governor", "finance minister", "chief economist at {bank}", "head of the statistics office"),
        ("\u201cPrice pressures remain {adj},\u201d said {p}, the {role}.",
         "\u201cFamilies in {place} are feeling this every time they shop,\u201d {p} said."),
        ("Inflation last peaked in {year} at {pct2}.",
         "The {noun} has been {adj} since {year}, economists at {bank} said."),
        ()),
    Domain("health", "health", (
        FactSpec("cases", Kind.COUNT, _c(1500, 1.0), (
            "Health officials have confirmed {v} cases of {disease} in {region}",
            "The {disease} outbreak has infected {v} people",
            "{v} infections have been recorded since {weekday}"), "update"),
        FactSpec("dead", Kind.COUNT, _c(30, 1.0), (
            "{v} people have died",
            "The outbreak has killed {v} people"), "update"),
        FactSpec("doses", Kind.COUNT, _c(500000, 0.8), (
            "The government has ordered {v} vaccine doses",
            "{v} doses will be delivered next month")),
        FactSpec("hospital", Kind.COUNT, _c(200, 0.8), (
            "{v} patients are in hospital",
            "Hospitals are treating {v} people with the disease"), "conflict"),
        FactSpec("efficacy", Kind.PERCENT, _u(55, 96), (
            "Trials showed the vaccine was {v} effective",
            "The shot prevented {v} of infections in trials")),
    ), ("{disease} outbreak in {region}: {cases} cases confirmed",
        "{country} orders vaccines as {disease} spreads",
        "{disease} death toll rises to {dead}"),
        ("the health ministry", "the {region} health authority", "the national institute of public health",
         "the World Health Organization"),
        ("health minister", "chief epidemiologist", "director of the {place} general hospital", "a virologist"),
        ("\u201cThe next two weeks will be decisive,\u201d said {p}, the {role}.",
         "\u201cOur wards are full and our staff are exhausted,\u201d said {p}.",
         "\u201cThere is no reason for panic, but people should be {adj},\u201d {p} said."),
        ("{disease} was first identified in {place2} in {year}.",
         "A smaller outbreak in {year} infected {n} people."),
        ("disease",)),
    Domain("strike", "strike", (
        FactSpec("strikers", Kind.COUNT, _c(30000, 1.0), (
            "About {v} {workers} walked out on {weekday}",
            "{v} {workers} joined the strike",
            "Union leaders said {v} members took part in the walkout"), "conflict"),
        FactSpec("pay_claim", Kind.PERCENT, _u(5, 20), (
            "The union is demanding a {v} pay rise",
            "{workers} want wages raised by {v}")),
        FactSpec("offer", Kind.PERCENT, _u(1, 6, 0.5), (
            "The government has offered {v}",
            "Employers' last offer was a {v} increase"), "conflict"),
        FactSpec("closed", Kind.COUNT, _c(800, 1.0), (
            "{v} schools were closed",
            "The strike shut {v} sites across the country")),
        FactSpec("days", Kind.COUNT, _u(1, 10), (
            "The strike is due to last {v} days",
            "Unions have called {v} days of action")),
    ), ("{v_strikers} {workers} strike over pay in {country}",
        "{country} {workers} walk out, demand {pay_claim} rise",
        "Strike shuts {closed} sites as pay talks fail"),
        ("the {union} union", "the education ministry", "the employers' federation", "police"),
        ("general secretary of the {union} union", "labour minister", "a striking worker", "a mediator"),
        ("\u201cWe cannot live on these wages any more,\u201d said {p}, a {worker} from {place}.",
         "\u201cThe door to talks remains open,\u201d said {p}, the {role}.",
         "\u201cThis {noun} is costing the country dearly,\u201d {p} said."),
        ("The last nationwide strike, in {year}, lasted {n} days.",
         "{workers} have seen their real pay fall since {year}, the {union} union says."),
        ("union", "workers")),
    Domain("conflict", "conflict", (
        FactSpec("killed", Kind.COUNT, _c(25, 1.0), (
            "At least {v} civilians were killed in shelling of {place}",
            "The strikes killed {v} people, local officials said",
            "{v} people died in the attack"), "conflict"),
        FactSpec("displaced", Kind.COUNT, _c(80000, 1.0), (
            "Some {v} people have fled their homes",
            "The fighting has displaced {v} people"), "update"),
        FactSpec("drones", Kind.COUNT, _c(40, 0.8), (
            "{v} drones were launched overnight",
            "Air defences shot down {v} drones")),
        FactSpec("aid", Kind.MONEY, _c(1.5e8, 0.9), (
            "Donors pledged {v} in emergency aid",
            "The aid package is worth {v}")),
        FactSpec("truce_days", Kind.COUNT, _u(2, 30), (
            "The ceasefire is meant to last {v} days",
            "Both sides agreed to a {v}-day truce")),
    ), ("Shelling kills {killed} in {place}",
        "{country}: thousands flee as fighting spreads",
        "Ceasefire talks stall as {place} is shelled"),
        ("the {region} governor", "the defence ministry", "the UN refugee agency", "a local militia"),
        ("regional governor", "defence ministry spokesman", "a UN humanitarian coordinator", "a resident"),
        ("\u201cThere is nowhere safe left in {place},\u201d said {p}, a resident.",
         "\u201cWe call on all sides to respect the truce,\u201d said {p}, the {role}."),
        ("The conflict in {region} began in {year} and has displaced {n} people.",
         "A previous truce in {year} collapsed after {n2} days."),
        ()),
    Domain("science", "science", (
        FactSpec("species", Kind.COUNT, _c(300, 1.0), (
            "Researchers recorded {v} species in the survey of {region}",
            "The survey counted {v} species, {new_species} of them new to science")),
        FactSpec("decline", Kind.PERCENT, _u(8, 70), (
            "Populations of {animal} have fallen by {v} since {year}",
            "The {animal} population declined {v}"), "conflict"),
        FactSpec("glacier", Kind.RATE, _u(5, 90, 0.5), (
            "The glacier has retreated {v} metres a year",
            "Ice loss reached {v} metres a year")),
        FactSpec("emissions", Kind.COUNT, _c(4e7, 1.0), (
            "The country emitted {v} tonnes of carbon dioxide",
            "Emissions totalled {v} tonnes")),
        FactSpec("launch", Kind.DATE, lambda rng: rng.randint(10, 300), (
            "The {product} satellite is due to launch on {v}",
            "Launch of the {product} probe is scheduled for {v}")),
    ), ("{animal} numbers in {region} fall {decline}",
        "Survey finds {species} species in {region}",
        "{product} mission to map {region} glaciers"),
        ("the journal {journal}", "the national space agency", "researchers at the University of {place}",
         "the environment ministry"),
        ("lead author of the study", "director of the space agency", "an ecologist at the University of {place}",
         "environment minister"),
        ("\u201cThese numbers should worry everyone,\u201d said {p}, the {role}.",
         "\u201cWe did not expect the {noun} to change this fast,\u201d {p} said."),
        ("A previous survey in {year} found {n} species.",
         "The {noun} of {region} has been studied since {year}."),
        ("animal", "product", "journal")),
    Domain("sport", "sport", (
        FactSpec("score_home", Kind.COUNT, _u(0, 5), (
            "{team} won the final {v}-{score_away} against {team2}",
            "{team} beat {team2} {v}-{score_away}")),
        FactSpec("attendance", Kind.COUNT, _c(45000, 0.4), (
            "A crowd of {v} watched at the {place} stadium",
            "{v} fans packed the stadium"), "conflict"),
        FactSpec("fee", Kind.MONEY, _c(4e7, 0.8), (
            "{team} signed the striker for a reported {v}",
            "The transfer fee was {v}"), "conflict"),
        FactSpec("goals", Kind.COUNT, _u(8, 41), (
            "{player} finished the season with {v} goals",
            "{player} scored {v} times this season")),
        FactSpec("titles", Kind.COUNT, _u(1, 12), (
            "It is the club's {v}th title",
            "{team} have now won the league {v} times")),
    ), ("{team} beat {team2} to lift the cup",
        "{player} stars as {team} win final",
        "Record fee: {team} sign {player}"),
        ("the league", "{team}", "the national federation", "the club's statement"),
        ("head coach", "club president", "captain", "a league official"),
        ("\u201cThis is for every fan who stayed with us,\u201d said {player}.",
         "\u201cWe were not good enough today,\u201d said {p}, the {role} of {team2}."),
        ("{team} last won the title in {year}.",
         "The {place} stadium opened in {year} and holds {n} people."),
        ("team", "team2")),
    Domain("budget", "budget", (
        FactSpec("budget", Kind.MONEY, _c(8e8, 1.0), (
            "The council approved a budget of {v} for next year",
            "{place}'s budget for the year is {v}"), "conflict"),
        FactSpec("cut", Kind.MONEY, _c(4e7, 1.0), (
            "The plan cuts {v} from road maintenance",
            "Spending on libraries will fall by {v}")),
        FactSpec("tax", Kind.PERCENT, _u(1, 9, 0.5), (
            "Property taxes will rise {v}",
            "Residents face a {v} increase in local taxes"), "conflict"),
        FactSpec("schools", Kind.COUNT, _u(3, 40), (
            "{v} schools will be renovated",
            "The budget funds repairs at {v} schools")),
        FactSpec("deficit", Kind.MONEY, _c(6e7, 1.0), (
            "The city faces a deficit of {v}",
            "Auditors put the shortfall at {v}")),
    ), ("{place} approves {budget} budget, raises taxes {tax}",
        "{place} council cuts road spending",
        "Taxes up {tax} in {place} budget"),
        ("the city council", "the mayor's office", "the auditor's report", "the opposition group on the council"),
        ("mayor", "council treasurer", "head of the opposition group", "a local business owner"),
        ("\u201cWe had to make {adj} choices,\u201d said {p}, the {role}.",
         "\u201cResidents will pay more and get less,\u201d {p} said."),
        ("The city last raised taxes in {year}.",
         "{place} has {n} residents and a {noun} it has struggled to fund since {year}."),
        ()),
    Domain("tech", "tech", (
        FactSpec("accounts", Kind.COUNT, _c(5e6, 1.2), (
            "Hackers stole data from {v} accounts at {company}",
            "The breach exposed the records of {v} customers",
            "{company} said {v} users were affected"), "update"),
        FactSpec("fine", Kind.MONEY, _c(2e7, 1.0), (
            "The regulator fined {company} {v}",
            "{company} faces a penalty of {v}")),
        FactSpec("hours", Kind.COUNT, _u(2, 30), (
            "The outage lasted {v} hours",
            "Services were down for {v} hours"), "conflict"),
        FactSpec("ransom", Kind.MONEY, _c(5e6, 1.0), (
            "The attackers demanded a ransom of {v}",
            "A ransom of {v} was demanded in cryptocurrency")),
        FactSpec("share_affected", Kind.PERCENT, _u(3, 60), (
            "About {v} of its customers were affected",
            "The incident hit {v} of users")),
    ), ("{company} breach hits {accounts} accounts",
        "{company} fined {fine} over data leak",
        "Hackers demand {ransom} from {company}"),
        ("{company}", "the data protection regulator", "security researchers at {bank}", "police"),
        ("chief executive", "head of the data protection authority", "a security researcher", "a customer"),
        ("\u201cWe take the security of our customers' data extremely seriously,\u201d said {p}, {company}'s {role}.",
         "\u201cThis was an entirely avoidable {noun},\u201d said {p}, the {role}."),
        ("{company} suffered a smaller breach in {year}.",
         "The {product} app has {n} users."),
        ("company", "product")),
)

#: stock sentences that agencies and outlets repeat word for word across unrelated stories
STOCK = (
    "{agency} could not independently verify the figures.",
    "The ministry did not respond to a request for comment.",
    "The company did not immediately respond to a request for comment.",
    "This is a developing story and will be updated.",
    "Additional reporting by {reporter}; editing by {editor}.",
    "Officials said the numbers could change as more information became available.",
)

NOISE_TEXT: dict[Noise, tuple[str, ...]] = {
    Noise.APPEAL: ("Independent journalism needs your support. Become a member of {outlet} today for just {money} a month.",
                   "Our readers fund our work. Join {n} supporters who keep {outlet} free for everyone.",
                   "If you value this reporting, please consider a donation. Every contribution helps."),
    Noise.NEWSLETTER: ("Sign up for our weekly newsletter and never miss a story.",
                       "Get the {outlet} morning briefing in your inbox. Subscribe now.",
                       "Enter your email address to receive our daily headlines. Privacy policy applies."),
    Noise.COOKIE: ("We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
                   "This site uses cookies. Accept all Manage preferences"),
    Noise.BIO: ("{author} is a reporter for {outlet} covering {domain} and {domain2}.",
                "{author} has reported for {outlet} since {year}. Follow her on social media."),
    Noise.CAPTION: ("Photo: {scene} in {place}, {date}. ({outlet} archive)",
                    "Rescue workers and residents in {place} on {date}. (Photo: {agency})"),
    Noise.NAVIGATION: ("Skip to content", "Share on Facebook Share on X Email Print", "Advertisement"),
    Noise.RELATED: ("READ MORE: {other}", "Related: {other}", "See also: {other}"),
}
SCENES = ("A street", "The town square", "Emergency crews", "A crowd", "The main road", "A temporary shelter",
          "The courthouse", "The parliament building", "Workers", "The company's headquarters")


@dataclass
class Event:
    index: int
    domain: Domain
    date: dt.date
    country: str
    region: str
    place: str
    place2: str
    people: list[Person]
    slots: dict[str, str]
    facts: dict[str, float]
    differing: dict[str, float] = field(default_factory=dict)  # fact -> the other report's figure
    background: list[str] = field(default_factory=list)  # context sentences every outlet may repeat


def _event(index: int, rng: random.Random, names: Names) -> Event:
    domain = DOMAINS[rng.randrange(len(DOMAINS))]
    tradition = names.tradition()
    country = names.country()
    region = f"{names.place()} {rng.choice(V.REGION_WORDS)}" if rng.random() < 0.5 else names.place()
    place, place2 = names.place(), names.place()
    slots = {
        "river": names.place().replace(" ", ""),
        "company": f"{names.surname(tradition)} {rng.choice(('Holdings', 'Group', 'Industries', 'Rail', 'Systems', 'Bank', 'Energy', 'Foods', 'Motors', 'Telecom'))}",
        "bank": f"{names.surname(names.tradition())} {rng.choice(('Capital', 'Securities', 'Partners', 'Research'))}",
        "union": f"{names.place()} {rng.choice(('Workers', 'Teachers', 'Transport', 'Health Workers', 'Miners'))}",
        "party": f"{rng.choice(('Progress', 'Renewal', 'Liberty', 'Unity', 'Green', 'Civic', 'Homeland', 'Labour'))} "
                 f"{rng.choice(('Alliance', 'Party', 'Front', 'Movement', 'Union'))}",
        "topic": rng.choice(("pension", "housing", "media", "asylum", "energy", "data privacy", "education",
                             "health care", "minimum wage", "tobacco", "gambling", "firearms", "forestry")),
        "product": names.word(2).capitalize(),
        "disease": names.word(3).capitalize() + rng.choice((" fever", " virus", "")),
        "animal": rng.choice(("the {w} eagle", "{w} salmon", "the {w} frog", "{w} bees", "the {w} deer",
                              "the {w} bat")).format(w=names.word(2).capitalize()),
        "journal": f"{names.word(2).capitalize()} {rng.choice(('Science', 'Ecology', 'Letters', 'Reports'))}",
        "team": f"{names.place()} {rng.choice(('United', 'City', 'Rovers', 'Athletic', 'FC', 'Wanderers'))}",
        "team2": f"{names.place()} {rng.choice(('United', 'City', 'Rovers', 'Athletic', 'FC', 'Wanderers'))}",
        "workers": rng.choice(("teachers", "nurses", "bus drivers", "dock workers", "doctors", "rail workers",
                               "miners", "postal workers", "airport staff", "care workers")),
        "defendant": names.person("defendant", tradition).name,
        "winner": names.person("candidate", tradition).name,
        "rival": names.person("candidate", tradition).name,
        "player": names.person("player", names.tradition()).name,
    }
    slots["worker"] = slots["workers"].rstrip("s")
    slots["hood"] = names.place()
    slots["street"] = f"{names.surname(tradition)} {rng.choice(V.STREET_KINDS)}"
    slots["currency"] = rng.choice(("$", "$", "€", "£", "dinars", "crowns", "pesos"))
    people = [names.person(role.format(place=place, company=slots["company"], bank=slots["bank"], union=slots["union"]),
                           tradition if rng.random() < 0.8 else None) for role in domain.roles]
    facts: dict[str, float] = {}
    for f in domain.facts:
        x = f.draw(rng)
        if f.kind in (Kind.COUNT, Kind.MONEY):
            x = round_figure(x, rng)
        facts[f.key] = x
    differing: dict[str, float] = {}
    for f in domain.facts:
        if f.differs and rng.random() < 0.5:
            x = facts[f.key]
            y: float
            if f.kind in (Kind.COUNT, Kind.MONEY):
                y = round_figure(x * rng.choice((1.25, 1.5, 2.0, 0.7, 3.0)), rng)
                if f.differs == "update":
                    y = max(y, round_figure(x * 1.3, rng) + 1)
            elif f.kind is Kind.DURATION:
                y = x + rng.choice((2, 3, 5))
            else:
                y = round(x + rng.choice((1.5, -1.5, 2, 3)), 1)
            if y != x:
                differing[f.key] = y
    date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    ev = Event(index, domain, date, country, region, place, place2, people, slots, facts, differing)
    w = Writer(ev, None, rng, date, False, "")
    ev.background = [w.fill(t) for t in rng.sample(domain.background, k=len(domain.background))]
    ev.background += [w.fill(rng.choice(CONTEXT)) for _ in range(rng.randint(2, 4))]
    return ev


#: context sentences with figures of their own, filled once per event (outlets that use one agree on it)
CONTEXT = (
    "{place} is home to about {n} people.",
    "The {region} has a population of roughly {n}.",
    "{country} has a population of {pop} million.",
    "The {hood} district, where many of those affected live, has about {n} residents.",
    "Offices on {street} in {place} stayed closed on {weekday}.",
    "The last comparable {noun} in {country} was in {year}.",
    "{country} joined the regional trade bloc in {year}.",
    "{place} lies about {km} km from the capital.",
    "A government report in {year} found that {pct2} of {noun_pl} in the {region} needed repair.",
    "The {noun} had been raised in parliament {n2} times since {year}.",
)


def _styles(rng: random.Random) -> Style:
    return Style(percent=rng.choice(("%", "%", " percent", " per cent")), money_words=rng.random() < 0.2,
                 date_ap=rng.random() < 0.6, spell_small=rng.random() < 0.5, agency=rng.choice(V.AGENCIES))


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    style: Style
    fmt: Fmt
    noise: tuple[Noise, ...]


def _outlets(rng: random.Random, names: Names, n: int = 160) -> list[Outlet]:
    out = []
    for _ in range(n):
        if rng.random() < 0.7:
            name = f"The {names.place()} {rng.choice(V.OUTLET_NOUNS)}"
        else:
            a, b = rng.sample(V.OUTLET_NOUNS, 2)
            name = f"{names.place()} {a}" if rng.random() < 0.5 else f"The {a} {b}"
        fmt = rng.choices((Fmt.TXT, Fmt.MD, Fmt.HTML), weights=(6, 2, 2))[0]
        noise = tuple(rng.sample((Noise.APPEAL, Noise.NEWSLETTER, Noise.BIO, Noise.CAPTION, Noise.RELATED,
                                  Noise.NAVIGATION, Noise.COOKIE), k=rng.randint(2, 5)))
        out.append(Outlet(name, _styles(rng), fmt, noise))
    return out


# =========================================================================== writing an article
_SLOT = re.compile(r"\{(\w+)\}")
PLAIN = Style(percent="%", money_words=False, date_ap=True, spell_small=False, agency="Newswire")
_X = V.GENERAL_EXTRA
#: the wider vocabulary by part of speech (GENERAL_EXTRA lists nouns, then verbs from "abandon", then adjectives
#: from "abrupt")
_EXTRA = {"noun": _X[:_X.index("abandon")], "verb": _X[_X.index("abandon"):_X.index("abrupt")],
          "adj": _X[_X.index("abrupt"):]}
PREFIXES = ("anti", "pro", "post", "pre", "cross", "non", "counter", "over", "under", "self", "inter", "multi",
            "semi", "co", "re", "mid", "ex", "neo", "ultra", "mega")
SUFFIXES = ("related", "hit", "led", "backed", "linked", "driven", "based", "free", "wide", "prone", "affected",
            "focused", "heavy", "funded", "owned", "sensitive", "style", "level", "era", "scale")


def plural(n: str) -> str:
    if n.endswith(("s", "x", "ch", "sh")):
        return n + "es"
    if n.endswith("y") and n[-2:-1] not in "aeiou":
        return n[:-1] + "ies"
    return n + "s"


def inflect(v: str, form: str) -> str:
    """A verb's "ed", "ing" or "s" form (regular spelling rules; good enough for invented text)."""
    if form == "s":
        return plural(v)
    if v.endswith("e"):
        return v + "d" if form == "ed" else v[:-1] + "ing"
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ied" if form == "ed" else v + "ing"
    return v + form


def adverb(a: str) -> str:
    if a.endswith("le"):
        return a[:-1] + "y"
    if a.endswith("ic"):
        return a + "ally"
    if a.endswith("y"):
        return a[:-1] + "ily"
    return a + "ly"


#: clauses that lengthen a sentence without stating anything checkable (real reports' sentences are long)
TAILS = (
    "a figure that officials said could still change as more information came in",
    "as residents of {place} waited for more information from the authorities",
    "in a region that has struggled with {noun_pl} and {gpl} for years",
    "although details of the {noun} remained sketchy late on {weekday}",
    "amid growing frustration among {gpl} in {place} and the surrounding area",
    "a development that is likely to add to pressure on the government in the coming weeks",
    "with many questions about the {noun} still unanswered",
    "as the debate over the {noun} and its consequences for {gpl} continued",
    "at a time when {gpl} across the {region} say they feel increasingly ignored",
    "while opposition politicians accused the government of failing to act sooner",
)

WITNESS = (
    "I have lived here for {n2} years and I have never seen anything like it",
    "Nobody told us anything until it was too late",
    "We just want someone to take responsibility",
    "My family is safe, but many of our neighbours lost everything",
    "They promised us help, and we are still waiting",
    "It is the {adj} {noun} of my life",
    "Everyone in {place} knows someone who was affected",
    "We saw it coming for months and nobody listened",
)


class Writer:
    """Writes one outlet's report of one event."""

    def __init__(self, ev: Event, outlet: Outlet | None, rng: random.Random, when: dt.date, later: bool,
                 author: str) -> None:
        self.ev, self.rng, self.when, self.later, self.author = ev, rng, when, later, author
        self.outlet = outlet or Outlet("", PLAIN, Fmt.TXT, ())
        self.st = self.outlet.style
        nouns, plurals, adjs, verbs = V.DOMAIN_WORDS[ev.domain.words]
        self.nouns, self.plurals, self.adjs, self.verbs = nouns, plurals, adjs, verbs
        self.uses_other = {k for k in ev.differing if rng.random() < 0.4}

    def figure(self, spec: FactSpec, x: float) -> str:
        st = self.st
        if spec.kind is Kind.COUNT:
            return st.count(int(x))
        if spec.kind is Kind.MONEY:
            return st.money(x, self.ev.slots["currency"])
        if spec.kind is Kind.PERCENT:
            return st.pct(round(x, 2))
        if spec.kind is Kind.DATE:
            return st.date(self.ev.date + dt.timedelta(days=int(x)))
        if spec.kind is Kind.RATE:
            return f"{x:g}"
        return str(int(x))

    def value(self, spec: FactSpec) -> float:
        ev = self.ev
        if spec.key in ev.differing and (spec.key in self.uses_other or (spec.differs == "update" and self.later)):
            return ev.differing[spec.key]
        return ev.facts[spec.key]

    def fill(self, template: str, **extra: str) -> str:
        ev = self.ev

        def slot(m: re.Match) -> str:
            k = m.group(1)
            if k in extra:
                return extra[k]
            if k in ev.slots:
                return ev.slots[k]
            if k.startswith("v_") and k[2:] in ev.facts:
                spec = next(f for f in ev.domain.facts if f.key == k[2:])
                return self.figure(spec, self.value(spec))
            if k in ev.facts:
                spec = next(f for f in ev.domain.facts if f.key == k)
                return self.figure(spec, self.value(spec))
            make = self._simple.get(k)
            return make(self) if make is not None else k
        return _SLOT.sub(slot, template)

    #: slots drawn afresh each time they are used
    _simple: dict[str, Callable[[Writer], str]] = {
        "place": lambda w: w.ev.place, "place2": lambda w: w.ev.place2, "region": lambda w: w.ev.region,
        "country": lambda w: w.ev.country, "weekday": lambda w: V.WEEKDAYS[w.ev.date.weekday()],
        "month": lambda w: V.MONTHS[(w.ev.date.month - 2) % 12],
        "year": lambda w: str(w.rng.randint(1978, w.ev.date.year - 1)),
        "n": lambda w: w.st.count(round_figure(lognormal(w.rng, 400, 1.5), w.rng)),
        "n2": lambda w: str(w.rng.randint(3, 90)), "mag2": lambda w: f"{w.rng.uniform(5.5, 7.8):.1f}",
        "pct2": lambda w: w.st.pct(round(w.rng.uniform(35, 80), 1)),
        "money2": lambda w: w.st.money(round_figure(lognormal(w.rng, 5e8, 1), w.rng), "$"),
        "noun": lambda w: w.rng.choice(w.nouns), "noun_pl": lambda w: w.rng.choice(w.plurals),
        "adj": lambda w: w.rng.choice(w.adjs), "hours": lambda w: str(w.rng.choice((6, 12, 24, 36, 48))),
        "limit": lambda w: str(w.rng.choice((80, 100, 120))),
        "seats_total": lambda w: str(w.rng.choice((150, 200, 250, 300, 350))),
        "score_away": lambda w: str(w.rng.randint(0, 3)), "new_species": lambda w: str(w.rng.randint(2, 30)),
        "agency": lambda w: w.st.agency, "pop": lambda w: f"{w.rng.uniform(1.2, 60):.1f}",
        "km": lambda w: str(w.rng.randint(20, 600)),
    }

    def attribute(self, core: str) -> str:
        rng, ev = self.rng, self.ev
        src = self.fill(rng.choice(ev.domain.sources))
        r = rng.random()
        if r < 0.35:
            return f"{core}, {src} said."
        if r < 0.55:
            return f"{core}, according to {src}."
        if r < 0.7:
            p = rng.choice(ev.people)
            return f"{core}, {p.titled}, {rng.choice(V.REPORT_VERBS)[0]}."
        return f"{core}."

    def tail(self, sentence: str) -> str:
        """``sentence`` with a clause that adds words but no fact, sometimes."""
        if self.rng.random() < 0.45 and sentence.endswith("."):
            return sentence[:-1] + ", " + self.fill(self.rng.choice(TAILS), gpl=self.rng.choice(V.GENERAL_NOUNS)) + "."
        return sentence

    def fact_sentence(self, spec: FactSpec) -> str:
        phr = self.rng.choice(spec.phrasings)
        core = self.fill(phr, v=self.figure(spec, self.value(spec)))
        return self.tail(self.attribute(core[:1].upper() + core[1:]))

    def quote(self) -> str:
        rng, ev = self.rng, self.ev
        p = rng.choice(ev.people)
        return self.fill(rng.choice(ev.domain.quotes), p=p.name, role=p.role)

    def witness(self, names: Names) -> str:
        """A named resident or expert quoted with age and occupation (every outlet finds its own)."""
        rng, ev = self.rng, self.ev
        p = names.person("resident")
        job = rng.choice(V.OCCUPATIONS).replace("-", " ")
        said = self.fill(rng.choice(WITNESS))
        return f"\u201c{said},\u201d said {p.name}, {rng.randint(19, 84)}, a {job} from {rng.choice((ev.place, ev.slots['hood']))}."

    def rare(self, pos: str = "noun") -> str:
        """A word of the wider vocabulary, long-tailed: the first words often, the last ones rarely."""
        words = _EXTRA[pos]
        return words[min(len(words) - 1, int(len(words) * self.rng.random() ** 2))]

    def compound(self) -> str:
        """A hyphenated compound ("anti-corruption", "flood-hit"): the long tail of a news vocabulary."""
        rng = self.rng
        noun = rng.choice(self.nouns) if rng.random() < 0.5 else self.rare()
        if rng.random() < 0.5:
            return f"{PREFIXES[int(len(PREFIXES) * rng.random() ** 2)]}-{noun}"
        return f"{noun}-{SUFFIXES[int(len(SUFFIXES) * rng.random() ** 2)]}"

    def filler(self) -> str:
        """A background sentence of the domain's and general vocabulary (no fact of this event)."""
        rng, ev = self.rng, self.ev
        org = self.fill(rng.choice(ev.domain.sources))
        org = org[:1].upper() + org[1:]
        p = rng.choice(ev.people)
        noun, pl, adj, verb = (rng.choice(self.nouns), rng.choice(self.plurals), rng.choice(self.adjs),
                               rng.choice(self.verbs))
        gnoun, gadj, gpl = rng.choice(V.GENERAL_NOUNS), rng.choice(V.GENERAL_ADJ), rng.choice(V.GENERAL_NOUNS)
        forms = (
            f"{org} has faced {gadj} criticism over its handling of the {noun}.",
            f"The {gnoun} comes amid {gadj} concern about {adj} {pl} in {ev.region}.",
            f"{p.titled}, said the {gnoun} would be examined by a {gadj} {rng.choice(V.GENERAL_NOUNS)}.",
            f"Critics pointed to the {self.rare()} and {self.rare()} that followed the {noun}.",
            f"{org} rejected accusations of {self.rare()}, saying it would {self.rare('verb')} the {gnoun}.",
            f"Analysts called the {gnoun} {self.rare('adj')} and warned of {self.rare('adj')} {self.rare()}.",
            f"Lawmakers are expected to {self.rare('verb')} the {noun} plan amid {self.rare()} over {pl}.",
            f"The {self.compound()} {gnoun} was {adverb(self.rare('adj'))} {inflect(self.rare('verb'), 'ed')} by "
            f"{plural(self.rare())} in {ev.place}.",
            f"{org} is {inflect(self.rare('verb'), 'ing')} a {self.compound()} review of {plural(self.rare())}.",
            f"Some {gpl} {inflect(self.rare('verb'), 'ed')} what they called {self.compound()} "
            f"{plural(self.rare())}, {adverb(self.rare('adj'))} {inflect(self.rare('verb'), 'ing')} the {noun}.",
            f"The {noun} has become a symbol of {self.rare()} in {ev.region}, where {pl} are a {gadj} concern.",
            f"{rng.choice(V.CONNECTIVES)}, {gpl} in {ev.place} {verb} the {noun} and called for a {gadj} {gnoun}.",
            f"Residents of {ev.place} described {adj} scenes as {pl} {verb} near the {noun}.",
            f"The {gadj} {gnoun} is expected to be published after the {noun} is {verb}.",
            f"{rng.choice(V.CONNECTIVES)}, {org} said it was too early to say what had {verb} the {noun}.",
        )
        return self.tail(rng.choice(forms))

    def noise(self, kind: Noise, other: str) -> Block:
        rng, ev = self.rng, self.ev
        text = rng.choice(NOISE_TEXT[kind]).format(
            outlet=self.outlet.name, money=rng.choice(("$5", "$8", "£4", "€6")), n=f"{rng.randint(2, 90) * 1000:,}",
            author=self.author, domain=ev.domain.name, domain2=rng.choice(DOMAINS).name,
            year=rng.randint(2008, 2022), scene=rng.choice(SCENES), place=ev.place,
            date=self.st.date(self.when), agency=self.st.agency, other=other)
        return Block(text, kind)

    def write(self, other_headline: str, size: int, names: Names) -> tuple[str, tuple[Block, ...]]:
        rng, ev = self.rng, self.ev
        facts = list(ev.domain.facts)
        lead, rest = facts[0], facts[1:]
        rng.shuffle(rest)
        keep = rest[: max(2, int(len(rest) * rng.uniform(0.5, 1.0)))]
        title = self.fill(rng.choice(ev.domain.headlines))
        title = title[:1].upper() + title[1:]
        dateline = (f"{ev.place.upper()}, {self.st.date(self.when)} ({self.st.agency}) - " if rng.random() < 0.4
                    else "")
        body: list[str] = [dateline + self.fact_sentence(lead)]
        pending = [self.fact_sentence(f) for f in keep]
        while pending:
            k = rng.choice((1, 1, 2, 2, 3))
            para = " ".join(pending[:k])
            pending = pending[k:]
            if rng.random() < 0.35:
                para += " " + self.filler()
            body.append(para)
            if rng.random() < 0.4:
                body.append(self.quote())
            elif rng.random() < 0.3:
                body.append(self.witness(names))
        for line in ev.background:
            if rng.random() < 0.45:
                body.insert(rng.randint(1, len(body)), line)
        if rng.random() < 0.5:
            body.insert(rng.randint(1, len(body)), self.fill(rng.choice(STOCK), reporter=self.author, editor=self.author))
        length = sum(len(b) for b in body)
        while length < size:
            para = " ".join(self.filler() for _ in range(rng.randint(1, 3)))
            body.insert(rng.randint(1, len(body)), para)
            length += len(para)
        blocks = [Block(title, Noise.HEADLINE)] + [Block(b) for b in body]
        for kind in self.outlet.noise:
            b = self.noise(kind, other_headline)
            if kind in (Noise.NAVIGATION, Noise.COOKIE, Noise.CAPTION):
                blocks.insert(1, b)
            elif kind is Noise.RELATED:
                blocks.insert(rng.randint(2, len(blocks)), b)
            else:
                blocks.append(b)
        return title, tuple(blocks)


def iter_articles(seed: int = 0, size: int = 2200) -> Iterator[Article]:
    """An endless stream of articles, event after event. ``size``: article text (without noise) in characters,
    at least (most are a little longer)."""
    rng = random.Random(f"newscorpus-{seed}")
    names = Names(rng)
    outlets = _outlets(rng, names)
    index = 0
    headlines: list[str] = ["Weather: a mild week ahead"]
    e = 0
    while True:
        ev = _event(e, rng, names)
        reporters = rng.sample(outlets, k=rng.randint(3, 6))
        for k, outlet in enumerate(reporters):
            later = k > 0 and rng.random() < 0.3
            when = ev.date + dt.timedelta(days=rng.randint(1, 3) if later else rng.randint(0, 1))
            author = names.person("reporter").name
            w = Writer(ev, outlet, random.Random(rng.random()), when, later, author)
            title, blocks = w.write(rng.choice(headlines[-50:]), int(size * rng.uniform(0.6, 1.6)), names)
            yield Article(index, e, ev.domain.name, outlet.name, title, when, author, outlet.fmt, blocks)
            index += 1
            if k == 0:
                headlines.append(title)
        e += 1


def generate(n: int, seed: int = 0, size: int = 2200) -> list[Article]:
    """The first ``n`` articles of the stream for ``seed``."""
    out: list[Article] = []
    for a in iter_articles(seed, size):
        if len(out) >= n:
            break
        out.append(a)
    return out


def write_folder(dest: Path, n: int, seed: int = 0, size: int = 2200) -> list[Path]:
    """Write ``n`` articles as files (.txt, .md, .html by outlet) into ``dest``; returns their paths."""
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in generate(n, seed, size):
        p = dest / a.file_name
        p.write_text(a.file_text(), encoding="utf-8")
        paths.append(p)
    return paths


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def distinct_words(texts: list[str]) -> int:
    """Distinct words (letters, apostrophes and hyphens; case folded) in ``texts``."""
    seen: set[str] = set()
    for t in texts:
        seen.update(w.lower() for w in _WORD.findall(t))
    return len(seen)


if __name__ == "__main__":
    import sys
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 10
    t0 = time.perf_counter()
    arts = generate(n)
    took = time.perf_counter() - t0
    size = sum(len(a.body_text().encode()) for a in arts)
    print(f"{n} articles, {len({a.event for a in arts})} events, {size:,} bytes, {took * 1000:.0f} ms; "
          f"{distinct_words([a.body_text() for a in arts]):,} distinct words")
    if "--vocab" in sys.argv:
        from benchmarks.corpus import build_recombined

        for k in (100, 1000, 5000):
            new = distinct_words([a.body_text() for a in generate(k)])
            old = distinct_words([d.text for d in build_recombined(k)])
            print(f"{k:>6} articles: {new:>7,} distinct words (news corpus), {old:>6,} (recombined samples)")
    else:
        print(arts[0].file_text())
