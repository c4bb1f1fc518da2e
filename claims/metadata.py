"""Article metadata from text: dates, front matter, header lines and bylines.

Everything here is small, pure and deterministic: no date library, no YAML parser.

Recognised shapes, at the top of a plain-text or Markdown article::

    Outlet: The Example Times          Key: value header lines (known keys only)
    Title: Something happened
    Date: 2024-10-03
    By: Jane Doe

    Something happened                 a title line, then a byline line
    By Jane Doe | The Example Times | October 3, 2024

    By Jane Doe, The Example Times     byline with the outlet after a comma
    Moscow, Oct. 3, 2024               a dateline or a bare date line
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claims.vocab import MONTHS

__all__ = [
    "Byline",
    "Header",
    "clean_markup",
    "find_date",
    "header_field",
    "looks_like_title",
    "parse_byline",
    "parse_date",
    "parse_front_matter",
    "read_header",
    "date_line",
    "is_prose",
]

# --------------------------------------------------------------------------- dates

_MONTHS = MONTHS  # one vocabulary for the whole engine (claims.vocab)
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DATE_PATTERNS = [
    # 2024-10-03, 2024/10/03, 2024-10-03T12:00:00Z
    re.compile(r"(?<![\d.])" + _YEAR + r"(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])"),
    # October 3, 2024 / Oct. 3 2024 / Sept. 30, 2024
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    # 3 October 2024 / 3 Oct. 2024 / 3rd of October, 2024
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    # 03.10.2024 (day first, as in most of Europe)
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d.])"),
]


def find_date(s: str) -> tuple[dt.date, int, int] | None:
    """The first valid date written in ``s``, with its span."""
    best: tuple[dt.date, int, int] | None = None
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(s):
            if best is not None and m.start() >= best[1]:
                break
            d = _to_date(m)
            if d is not None:
                best = (d, m.start(), m.end())
                break
    return best


def parse_date(s: str) -> dt.date | None:
    """A date from a metadata value ("2024-10-03", "October 3, 2024", "Oct. 3, 2024", "3 October 2024")."""
    found = find_date(s or "")
    return found[0] if found else None


def _to_date(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    month = int(g["mnum"]) if g.get("mnum") else _MONTHS.get(g["mon"].lower().rstrip("."))
    if month is None:
        return None
    try:
        return dt.date(int(g["year"]), month, int(g["day"]))
    except (TypeError, ValueError):
        return None


_DATE_NOISE = re.compile(
    r"""(?ix)
    \b(?:published|updated|posted|last|modified|first|on|at|date|dated|am|pm|utc|gmt|[ecmp][sd]t|msk|cet|cest|bst|eet|eest)\b
    | \b[ap]\.m\.
    | \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b\.?
    | \d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?
    | (?<=gmt|utc)[+-]\d{1,2}(?::?\d{2})?\b
    | \b\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b
    | t(?=\d)
    | [\s,.:;|/()•·–—-]+
    """
)


def date_line(line: str, dateline: bool = True) -> dt.date | None:
    """The date of a line that is only a date (with words like "Published", a weekday,
    a time), or (if ``dateline``) a dateline ("Moscow, Oct. 3, 2024"); None otherwise."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if found is None:
        return None
    d, s, e = found
    rest = _DATE_NOISE.sub(" ", line[:s] + " " + line[e:]).strip()
    if not rest:
        return d
    # a dateline: one to three capitalised place words before the date
    before = line[:s].strip().rstrip(",").strip()
    if (
        dateline
        and not _DATE_NOISE.sub(" ", line[e:]).strip()
        and before
        and len(before.split()) <= 3
        and all(w[:1].isupper() for w in before.split())
    ):
        return d
    return None


# --------------------------------------------------------------------------- lines

_KEYS = {
    "outlet": {
        "outlet", "publication", "publisher", "source", "site", "site name", "sitename", "site_name",
        "newspaper", "media", "magazine", "agency", "channel", "network", "news outlet", "website",
    },
    "title": {"title", "headline", "head", "heading"},
    "date": {
        "date", "published", "published on", "publication date", "pub date", "pubdate", "dated",
        "posted", "posted on", "updated", "last updated", "modified", "date published", "published at",
    },
    "byline": {
        "by", "author", "authors", "byline", "written by", "reporter", "reporters", "correspondent",
        "writer", "contributor", "contributors", "reported by",
    },
    "url": {"url", "link", "source url", "original url", "canonical", "permalink", "web address"},
    "other": {
        "section", "category", "categories",
        "tags", "keywords", "language", "lang", "location", "dateline", "word count", "words", "id",
        "slug", "retrieved", "accessed", "archived", "country", "region", "topic", "topics",
    },
}  # fmt: skip
_KEY_FIELD = {k: f for f, keys in _KEYS.items() for k in keys}
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _.-]{0,24}?)\s*[:：]\s+(?P<value>\S.*?)\s*$")
_LEAD_MARK = re.compile(r"(?:#{1,6}\s+|>\s*|[-*+]\s+|[*_]+)")


def clean_markup(line: str) -> str:
    """Drop Markdown heading marks, list and quote marks and emphasis around a line.

    Works only at the two ends (and copies nothing it need not), so it costs nothing
    on a megabyte-long line."""
    s = line
    if s[:1].isspace() or s[-1:].isspace():
        s = s.strip()
    while s and s[0] in "#>-*+_":
        m = _LEAD_MARK.match(s)
        if not m:
            break
        s = s[m.end() :].lstrip()
    if s[-1:] in ("*", "_"):
        s = s.rstrip("*_").rstrip()
    if "**" in s or "__" in s:
        s = s.replace("**", "").replace("__", "")
    return s


def header_field(line: str) -> tuple[str, str] | None:
    """``("outlet" | "title" | "date" | "byline" | "url" | "other", value)`` for a known ``Key: value`` line."""
    m = _HEADER_LINE.match(clean_markup(line))
    if not m:
        return None
    key = re.sub(r"[\s_.-]+", " ", m["key"].lower()).strip()
    f = _KEY_FIELD.get(key)
    if f is None:
        return None
    value = m["value"].strip().strip("*_").strip()
    if f == "date" and parse_date(value) is None:
        return None
    if f == "outlet" and re.match(r"(?i)https?://|www\.", value):
        f = "url" if value.lower().startswith(("http://", "https://")) else "other"
    return f, value


@dataclass(frozen=True, slots=True)
class Byline:
    byline: str = ""
    outlet: str = ""
    date: dt.date | None = None


# "by" in any case, then a capitalised name (the lookahead stays case-sensitive)
_BY_START = re.compile(r"^(?i:(?:(?:written|reported|story|text)\s+)?by)\s*:?\s+(?=[A-Z\u00c0-\u00de\u0400-\u042f])")
_PARTS = re.compile(r"\s*[|•·]\s*|\s+[—–-]\s+")
_ROLE = re.compile(
    r"(?i)\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|freelance|special to|"
    r"intern|bureau chief|chief|senior|analyst|producer|photographer|jr|sr|phd|md)\b\.?"
)
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de\u0400-\u042f][\w'’.\-]*|and|&|de|da|del|der|van|von|la|le|al|bin|ibn|el)$")


def _looks_like_names(s: str) -> bool:
    words = s.replace(",", " ").split()
    if not 1 <= len(words) <= 12:
        return False
    if any(ch.isdigit() for ch in s) or any(w.lower().rstrip(".") in _MONTHS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and words[0][:1].isupper()


def parse_byline(line: str) -> Byline | None:
    """``By NAME``, ``By NAME, OUTLET``, ``By NAME | OUTLET | DATE`` (also with ``—`` or ``•``)."""
    s = clean_markup(line)
    if len(s) > 160:
        return None
    m = _BY_START.match(s)
    if not m:
        return None
    rest = s[m.end() :].strip()
    parts = [p.strip() for p in _PARTS.split(rest) if p.strip()]
    if not parts:
        return None
    byline, outlet, date = "", "", None
    for part in parts:
        if date is None and date_line(part, dateline=False):
            date = date_line(part, dateline=False)
            continue
        if not byline:
            name, _, tail = part.partition(", ")
            if not _looks_like_names(name):
                return None
            if tail and date_line(tail, dateline=False):
                date = date_line(tail, dateline=False)
                byline = name
            elif tail and not _ROLE.search(tail) and len(tail.split()) <= 6 and tail[:1].isupper():
                byline, outlet = name, tail
            else:
                byline = part if not tail or _ROLE.search(tail) else name
        elif not outlet and len(part.split()) <= 6 and not _ROLE.search(part):
            outlet = part
    return Byline(byline=byline, outlet=outlet, date=date)


#: a headline's last word written with full stops, which end no sentence there: "... hit eastern U.S.", "... in the U.K."
_ENDS_WITH_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def looks_like_title(line: str) -> bool:
    """A short single line without a final period: a headline."""
    s = clean_markup(line)
    if not s or "\n" in s or len(s) >= 120:
        return False
    if s.endswith((".", ":", ",", ";")) and not s.endswith("...") and not _ENDS_WITH_INITIALS.search(s):
        return False
    if _BY_START.match(s) or header_field(s) is not None or date_line(s) is not None or nav_line(s):
        return False
    return any(ch.isalpha() for ch in s) and len(s.split()) >= 2  # ("Europe", "Politics": a section's name)


_NAV_SPLIT = re.compile(r"\s[|>»›/]\s")


def nav_line(s: str) -> bool:
    """Section links or a breadcrumb trail ("Politics | Immigration", "Home > News > Orsvik"): page furniture, never a
    headline. Every part is a word or two (three when there are three parts or more): "Minister resigns | The Daily
    Lamp" is a headline with its outlet."""
    parts = _NAV_SPLIT.split(s)
    if len(parts) < 2:
        return False
    sizes = [len([w for w in p.split() if w != "&"]) for p in parts]
    # ("News | Corvan tower fire": a section, then the story's label)
    most = 3 if len(parts) > 2 or sizes[0] == 1 else 2
    return all(p.strip() and n <= most and not p.strip().endswith(".") for p, n in zip(parts, sizes, strict=True))


#: words of newspapers' and broadcasters' names: an all-capitals line holding one is a masthead
_PRESS_WORDS = frozenset("""times post courier herald news tribune gazette review journal daily chronicle echo standard
    ledger observer mail express press wire weekly today radio bulletin monitor sentinel record mercury star telegraph
    guardian insider digest letter magazine beacon clarion advertiser examiner dispatch enquirer globe independent
    inquirer register reporter""".split())
_SMALL_WORDS = frozenset("the of and for in on a an at to".split())
#: words of a masthead's tagline ("Higher education news and analysis for Talmark", "The voice of Orsvik", "Kaldora
#: Public Broadcasting")
_TAGLINE_WORDS = _PRESS_WORDS | frozenset("""voice analysis broadcasting broadcaster television media network
    serving independent since trade business us our""".split())


def tagline(block: str, text: str = "", end: int = 0) -> bool:
    """A line under a masthead that says what the outlet is, not what happened: it holds a word of what outlets
    are ("news", "voice", "weekly") and shares at most one word of four letters or more with ``text`` after ``end``
    (a headline tells what the article does: "Jobless rise sparks clash as minister and opposition trade numbers")."""
    s = clean_markup(block)
    words = re.findall(r"[a-z]+", s.lower())
    if "\n" in s.strip() or _TAGLINE_WORDS.isdisjoint(words):
        return False
    body = set(re.findall(r"[a-z]{4,}", text[end:end + 1500].lower()))
    return len({w for w in words if len(w) >= 4 and w not in _TAGLINE_WORDS} & body) <= 1


def masthead(block: str, text: str, end: int) -> str:
    """The outlet's name when ``block`` opens the page with it: a short line without figures or final punctuation, in
    capitals ("CAMPUS LEDGER", "THE DAILY BEACON") or title case ("Hallvik Courier"), that the page names again in
    ``text`` after ``end`` (its own credits, "Related on Campus Ledger:"), or, in capitals, that holds a newspaper's word. Only the
    block's first line is read. Returns the name as the page writes it elsewhere, else in title case; "" when the block
    is no masthead."""
    lines = [clean_markup(ln) for ln in block.split("\n") if ln.strip()]
    if not lines:
        return ""
    s = lines[0]
    if _MASTHEAD_SPLIT.search(s):
        return _split_masthead(s)
    words = s.split()
    if (not 1 <= len(words) <= 5 or len(s) > 60 or any(c.isdigit() for c in s) or s[-1] in ".!?:,;"
            or not any(c.isalpha() for c in s) or header_field(s) is not None or nav_line(s)
            or _BY_START.match(s) or date_line(s) is not None):
        return ""
    # (searched in place: the rest of a long page is not copied)
    found = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)", re.I).search(text, end) if len(s) >= 4 else None
    letters = [c for c in s if c.isalpha()]
    if all(c.isupper() for c in letters):
        if found is None and (len(words) < 2 or _PRESS_WORDS.isdisjoint(w.lower() for w in words)):
            return ""
        if found is not None and not found.group().isupper():
            return found.group()[:1].upper() + found.group()[1:]  # ("... for the Havrevik Times": The)
        # ("THE DAILY BEACON" -> "The Daily Beacon", "NEWS FOR THE NORTH" -> "News for the North"; "KPB" is kept)
        return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS
                        else w if len(w) <= 3 and w.isalpha() and w.lower() not in _SMALL_WORDS else w.capitalize()
                        for k, w in enumerate(words))
    if not _title_case(s) or len(words) < 2:
        return ""
    if found is None and words[-1].lower() in _PRESS_WORDS:
        return s  # "The Vessen Courier", "Wexcombe Evening Courier": a name that ends as newspapers' names do
    if found is None or found.group().lower() != s.lower():
        return ""
    return s


_MASTHEAD_SPLIT = re.compile(r"\s[|·•]\s")


def _title_case(s: str) -> bool:
    """A name's line: one to five words, each capitalised (or a small word, or "&"), no figures."""
    words = s.split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() or w.lower() in _SMALL_WORDS or w == "&" for w in words) \
        and not any(c.isdigit() for c in s)


def _split_masthead(s: str) -> str:
    """A masthead told in two parts ("RCN | Radio Calvora News", "RBN NEWS · Radio Brasko Network", "RMN News |
    Marenza"): the name whose initials the capitals spell, else a first part in title case holding a newspaper's word;
    "" for anything else (section links, "Minister resigns | The Daily Lamp")."""
    parts = [p.strip() for p in _MASTHEAD_SPLIT.split(s)]
    if len(parts) != 2 or not all(parts) or len(s) > 60:
        return ""
    for short, name in (parts, parts[::-1]):
        letters = [w for w in short.split() if w.lower() not in _PRESS_WORDS] or short.split()[:1]
        if (len(letters) == 1 and letters[0].isalpha() and letters[0].isupper() and 2 <= len(letters[0]) <= 5
                and _title_case(name) and "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS)
                == letters[0]):
            return name
    first = parts[0]
    if _title_case(first) and not _PRESS_WORDS.isdisjoint(w.lower() for w in first.split()) and _title_case(parts[1]) \
            and len(parts[1].split()) <= 2:
        return first  # "RMN News | Marenza": the outlet and its region
    return ""


# --------------------------------------------------------------------------- front matter

_FM_KEYS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "site": "outlet", "site_name": "outlet", "sitename": "outlet",
    "publication": "outlet", "publisher": "outlet", "source": "outlet", "newspaper": "outlet",
    "date": "date", "published": "date", "pubdate": "date", "publish_date": "date", "published_at": "date",
    "author": "byline", "authors": "byline", "byline": "byline", "by": "byline",
    "url": "url", "link": "url", "canonical": "url", "permalink": "url", "source_url": "url",
}  # fmt: skip


def parse_front_matter(text: str) -> tuple[dict[str, str], int] | None:
    """YAML-ish front matter between ``---`` lines at the very top.

    Returns ``({"title"|"outlet"|"date"|"byline": value}, offset of the body)`` or None.
    Only ``key: value`` lines and simple ``- item`` lists are understood; anything else
    inside the block is ignored rather than refused.
    """
    if not text.startswith("---"):
        return None
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return None
    fields: dict[str, str] = {}
    pos = first_nl + 1
    current: str | None = None
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip() in ("---", "...") and not line.startswith(" "):
            return fields, (len(text) if nl < 0 else nl + 1)
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if m:
            current = _FM_KEYS.get(m[1].lower().replace("-", "_"))
            value = _unquote(m[2])
            if current and value and value not in ("|", ">") and current not in fields:
                fields[current] = _list_value(value)
        elif current and re.match(r"^\s+-\s+\S", line):
            item = _unquote(line.strip()[1:].strip())
            fields[current] = f"{fields[current]}, {item}" if fields.get(current) else item
        if nl < 0:
            break
        pos = nl + 1
    return None  # no closing line: not front matter


def _unquote(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        v = v[1:-1]
    return v.strip()


def _list_value(v: str) -> str:
    if v.startswith("[") and v.endswith("]"):
        return ", ".join(_unquote(x) for x in v[1:-1].split(",") if x.strip())
    return v


# --------------------------------------------------------------------------- header scan


@dataclass(slots=True)
class Header:
    title: str = ""
    outlet: str = ""
    date: dt.date | None = None
    byline: str = ""
    url: str = ""
    #: indices of paragraphs made only of metadata lines (header lines, byline, date line)
    metadata: set[int] = field(default_factory=set)
    #: index of the paragraph taken as the title, when a bare title line was found
    title_index: int | None = None


_MAX_HEADER_PARAGRAPHS = 15
# a wire-service dateline opening the first paragraph: "LONDON, Oct 3 (Reuters) -", "KYIV, Ukraine (AP) —"
_WIRE_DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{1,30}(?:, [A-Z][\w .'-]{1,30})?,?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2},?)? \((?P<agency>[A-Z][A-Za-z&. -]{0,28}[A-Za-z])\)\s*[-—–]"
)


def is_prose(s: str) -> bool:
    """A sentence-like block: long, or a dozen words ending like a sentence."""
    words = len(s[:1000].split())  # enough to decide, and cheap on a huge block
    return words >= 25 or (words >= 12 and s.rstrip("”\"'’)").endswith((".", "!", "?")))


def read_header(
    text: str,
    spans: Sequence[tuple[int, int]],
    is_boilerplate: Callable[[str], bool] = lambda s: False,
) -> Header:
    """Metadata from the paragraphs (``text[start:end]`` for each span) at the top of an
    article, up to its first prose paragraph.

    ``is_boilerplate`` lets the scan step over banners and captions above the article.
    """
    h = Header()
    opened = False  # a paragraph of the page (not a banner) has been read
    after_masthead = -1  # the paragraph right after the masthead (its tagline, if any)
    for index, (start, end) in enumerate(spans[:_MAX_HEADER_PARAGRAPHS]):
        block = text[start:end]
        lines = [ln for ln in block.split("\n") if ln.strip()]
        found = [_header_line(ln) for ln in lines]
        if lines and all(found):
            for kind, value in (f for f in found if f is not None):
                _apply(h, kind, value)
            h.metadata.add(index)
            opened = True
            continue
        if lines and all(nav_line(clean_markup(ln)) for ln in lines):
            h.metadata.add(index)  # "Politics | Immigration": section links
            if not opened and not h.outlet and not h.title:
                h.outlet = _split_masthead(clean_markup(lines[0]))  # ("RCN | Radio Calvora News" over them)
            continue
        if not opened and not h.outlet and not h.title and lines:
            name = masthead(block, text, end)
            if name:
                h.outlet = name  # "CAMPUS LEDGER" opening the page: the outlet, not the headline
                if len(lines) <= 2 and (len(lines) == 1 or tagline(lines[1], text, end)
                                        or nav_line(clean_markup(lines[1]))):
                    h.metadata.add(index)  # (a masthead over its tagline or section links: the block is furniture)
                    opened, after_masthead = True, index + 1
                    continue
                opened = True  # (the masthead heads a block that goes on with the headline: read as before)
        if index == after_masthead and h.title_index is None and looks_like_title(block) and tagline(block, text, end):
            h.metadata.add(index)  # "The voice of Orsvik and the Eastern Fjords": the masthead's tagline
            continue
        if lines and not is_boilerplate(block):
            opened = True
        if h.title_index is None and not h.title and looks_like_title(block) and not is_boilerplate(block):
            h.title_index = index
            continue
        if is_prose(clean_markup(block)):
            if is_boilerplate(block):
                continue
            wire = _WIRE_DATELINE.match(block)
            if wire and not h.outlet:
                h.outlet = wire["agency"]  # "LONDON, Oct 3 (Reuters) - ...": wire copy
            break
    if not h.title and h.title_index is not None:
        start, end = spans[h.title_index]
        h.title = clean_markup(text[start:end])
    return h


def _header_line(line: str) -> tuple[str, object] | None:
    hf = header_field(line)
    if hf is not None:
        return hf
    by = parse_byline(line)
    if by is not None:
        return "parsed byline", by
    d = date_line(clean_markup(line))
    if d is not None:
        return "date", d
    return _pipe_line(line)


def _pipe_line(line: str) -> tuple[str, object] | None:
    """``The Example Times | October 3, 2024``: a short line of parts, one of them a date."""
    s = clean_markup(line)
    if len(s) > 120 or not re.search(r"\s[|•·]\s", s):
        return None
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", s) if p.strip()]
    date = next((date_line(p) for p in parts if date_line(p)), None)
    if date is None:
        return None
    others = [p for p in parts if not date_line(p)]
    outlet = next((p for p in others if len(p.split()) <= 6), "")
    return "parsed byline", Byline(outlet=outlet, date=date)


def _apply(h: Header, kind: str, value: object) -> None:
    if kind == "parsed byline":
        assert isinstance(value, Byline)
        h.byline = h.byline or value.byline
        h.outlet = h.outlet or value.outlet
        h.date = h.date or value.date
    elif kind == "date":
        h.date = h.date or (value if isinstance(value, dt.date) else parse_date(str(value)))
    elif kind == "title":
        h.title = h.title or str(value)
    elif kind == "outlet":
        h.outlet = h.outlet or str(value)
    elif kind == "url":
        if str(value).startswith(("http://", "https://")):
            h.url = h.url or str(value)
    elif kind == "byline":
        by = parse_byline(f"By {value}") if not str(value).lower().startswith("by ") else parse_byline(str(value))
        if by and by.byline:
            h.byline = h.byline or by.byline
            h.outlet = h.outlet or by.outlet
        else:
            h.byline = h.byline or str(value)


# --------------------------------------------------------------------------- inferred from the page text

_NAME = r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|de\s+|and\s+)?[A-Z][\w&'’.-]*){0,4})"
#: lines of page furniture that name the outlet publishing the page (general wording, no outlet's own strings)
_OUTLET_CUES = [
    re.compile(r"^\W*(?i:(?:please\s+)?support)\s+" + _NAME + r"\s*[!.]?\s*$"),
    re.compile(r"\b(?i:subscribe|sign\s+up)\s+(?i:to|for)\s+" + _NAME + r"(?:['’]s)?\b"),
    re.compile(r"\b(?i:become\s+a\s+(?:member|subscriber|supporter)\s+of)\s+" + _NAME),
    re.compile(r"\b(?i:(?:millions|thousands)\s+(?:of\s+people\s+)?read)\s+" + _NAME),
    re.compile(r"^\W*(?i:©|\(c\)|copyright)\s*(?:\d{4}\s*)?" + _NAME),
    re.compile(r"^\W*(?i:source|originally\s+published\s+(?:by|in)|first\s+published\s+(?:by|in))\s*:?\s+" + _NAME),
    re.compile(_NAME + r"\s+is\s+(?:funded|supported|paid\s+for)\s+by\s+(?:its|our)\s+readers"),
    re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\((?P<name>[^)]{2,40})\)\s*[-–—]"),
]
_URL_LINE = re.compile(r"^\W*(?:source|url|link|read\s+(?:it\s+)?(?:at|on))?\W*https?://(?:www\.)?(?P<host>[\w.-]+)",
                       re.I)
#: a full stop after a word of three lower-case letters or more ends the name ("Publishing. All"), an initial's does not
#: ("U.S. News")
_NAME_END = re.compile(r"(?<=[a-z]{3})\.\s+")
_NOT_OUTLETS = frozenset("the our us you your this it its readers members subscribers support free".split())


def infer_outlet(text: str, spans: list[tuple[int, int]]) -> str:
    """The outlet a plain-text page names in its own furniture: "Support The Example Times!", "Subscribe to
    the Daily Lamp", "© 2025 Example Media", "Source: Example Wire", a wire dateline's "(Example Wire)", a
    URL line (its host). The most named wins; "" when the page names none."""
    votes: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for start, end in spans:
        block = clean_markup(text[start:end])
        if len(block) > 400:
            block = block[:400]
        for rx in _OUTLET_CUES:
            for m in rx.finditer(block):
                # ("© 2026 Example Letter Publishing. All rights reserved.": the name ends with its sentence)
                name = _NAME_END.split(m.group("name").strip(), maxsplit=1)[0].rstrip(".!,")
                if name.startswith("the "):
                    name = "The " + name[4:]
                if not name or name.lower() in _NOT_OUTLETS or name.split()[-1].lower() in _NOT_OUTLETS:
                    continue
                votes[name] = votes.get(name, 0) + 1
                first_seen.setdefault(name, start)
        um = _URL_LINE.match(block)
        if um and len(block.split()) <= 4:
            host = um.group("host").rsplit(".", 1)[0]
            votes[host] = votes.get(host, 0) + 1
            first_seen.setdefault(host, start)
    if not votes:
        return ""
    return max(votes, key=lambda n: (votes[n], -first_seen[n]))


_PUBLISHED = re.compile(r"^\W*(?:published|posted|first\s+published|updated)\b", re.I)


def infer_date(text: str, spans: list[tuple[int, int]], limit: int = 12) -> dt.date | None:
    """The publication date a plain-text page gives near its top: a "Published ..." line or a dateline
    ("LONDON, March 4, 2025 (Example Wire) -"). A date without its year is not guessed. None when the page
    gives none."""
    for start, end in spans[:limit]:
        line = clean_markup(text[start:min(end, start + 200)])
        if _PUBLISHED.match(line) or len(line) <= 80:
            found = find_date(line)
            if found is not None and (_PUBLISHED.match(line) or date_line(line) is not None
                                      or found[1] < 40 and _DATELINE_START.match(line)):
                return found[0]
    return None


_DATELINE_START = re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s+")
