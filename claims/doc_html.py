"""Main text and metadata of an HTML article.

trafilatura does the extraction (imported on first use: it takes a quarter of a
second to import). Its metadata comes first; ``<meta>`` tags and ``<title>`` fill
the gaps. If trafilatura fails or finds nothing (some pathological pages, such as
thousands of nested ``<div>``\\ s, defeat lxml), a small streaming extractor built
on the standard library's ``html.parser`` takes over: it has no recursion and
skips scripts, styles, menus, headers, footers and forms.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from claims.metadata import parse_date

__all__ = ["HtmlArticle", "declared_charset", "extract_html", "read_meta"]


@dataclass(slots=True)
class HtmlArticle:
    blocks: list[str] = field(default_factory=list)  # paragraphs of main text, in order
    title: str = ""
    outlet: str = ""
    date: dt.date | None = None
    byline: str = ""
    url: str = ""  # the page's own address (canonical link, og:url), when it gives one
    extractor: str = "trafilatura"  # or "fallback"


_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def declared_charset(raw: bytes) -> str | None:
    """The encoding a page declares in its first few kilobytes."""
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


#: a site's name after the headline in a page's ``<title>`` ("... | Skyward Journal", "... - The Daily Lamp"): up to four
#: words, each capitalised (or a small word after the first)
_TITLE_SITE = re.compile(r"\s[|–—-]\s((?:[A-Z][\w&'’.]*)(?:\s(?:[A-Z][\w&'’.]*|of|the|and|for|on|in)){0,3})\s*$")


def extract_html(source: str) -> HtmlArticle:
    """Extract the article; ``blocks`` is empty when the page has no main text."""
    meta = read_meta(source)
    art = HtmlArticle()
    if "<noscript" in source or "<NOSCRIPT" in source:
        source = _NOSCRIPT.sub(" ", source)  # "please enable JavaScript" is never the article
    result = _trafilatura(source)
    if result is not None:
        art.blocks = _blocks(result.get("text") or "")
        art.title = _clean(result.get("title"))
        art.outlet = _clean(result.get("sitename"))
        art.byline = _clean(result.get("author"))
        art.date = parse_date(result.get("date") or "")
    if not art.blocks:
        art.blocks = _fallback_blocks(source)
        art.extractor = "fallback"
    art.title = art.title or meta.get("og:title") or meta.get("twitter:title") or meta.get("<title>", "")
    art.outlet = art.outlet or meta.get("og:site_name") or meta.get("application-name", "")
    if not art.outlet and (tm := _TITLE_SITE.search(meta.get("<title>", ""))):
        art.outlet = tm.group(1)  # "<title>Pilots strike | Skyward Journal</title>": the site after the headline
        if art.title == meta["<title>"]:
            art.title = art.title[: tm.start()]
    for key in ("<canonical>", "og:url", "twitter:url"):
        if meta.get(key, "").startswith(("http://", "https://")):
            art.url = meta[key]
            break
    if not art.byline:
        for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"):
            value = meta.get(key, "")
            if value and not value.startswith(("http://", "https://")):
                art.byline = re.sub(r"(?i)^by\s+", "", value)
                break
    if art.date is None:
        for key in (
            "article:published_time", "date", "pubdate", "publish-date", "dc.date", "dc.date.issued",
            "datepublished", "og:published_time", "sailthru.date", "parsely-pub-date", "article:modified_time",
        ):  # fmt: skip
            d = parse_date(meta.get(key, ""))
            if d is not None:
                art.date = d
                break
    return art


def _trafilatura(source: str) -> dict | None:
    try:
        import trafilatura  # lazy: slow to import, and only HTML needs it

        for name in ("trafilatura", "htmldate", "courlan", "justext"):
            logging.getLogger(name).addHandler(logging.NullHandler())
        doc = trafilatura.bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:  # RecursionError, lxml errors...: a broken page gets the fallback, never a crash
        return None
    if doc is None:
        return None
    return {k: getattr(doc, k, None) for k in ("text", "title", "sitename", "author", "date")}


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _blocks(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


# --------------------------------------------------------------------------- stdlib side

_SKIP = {
    "script", "style", "noscript", "template", "svg", "head", "nav", "footer", "header", "aside", "form",
    "button", "select", "option", "iframe", "object", "canvas", "math", "figure", "figcaption", "menu",
}  # fmt: skip
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "body", "html",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _MetaReader(HTMLParser):
    """Collects ``<meta name|property=... content=...>`` and ``<title>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = " ".join(a.get("content", "").split())
            if key and content and key not in self.meta:
                self.meta[key] = content
        elif tag == "title" and "<title>" not in self.meta:
            self._in_title = True
        elif tag == "link":
            a = {k.lower(): (v or "") for k, v in attrs}
            if "canonical" in a.get("rel", "").lower().split() and a.get("href") and "<canonical>" not in self.meta:
                self.meta["<canonical>"] = a["href"].strip()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            title = " ".join("".join(self._title).split())
            if title:
                self.meta["<title>"] = title
        elif tag == "head" and self.meta:
            raise _Done

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)


class _Done(Exception):
    pass


def read_meta(source: str) -> dict[str, str]:
    """``<meta>`` values keyed by lower-cased name/property, plus ``"<title>"``."""
    reader = _MetaReader()
    try:
        reader.feed(source)
        reader.close()
    except _Done:
        pass
    except Exception:  # html.parser is lenient; be safe anyway
        pass
    return reader.meta


class _TextReader(HTMLParser):
    """Visible text in block order, without scripts, menus, headers, footers or forms."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip: list[str] = []  # open skipped elements

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if self._skip:
            if tag == self._skip[-1] and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._flush()
            self._skip.append(tag)
        elif tag in _BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if not self._skip and tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)


def _fallback_blocks(source: str) -> list[str]:
    reader = _TextReader()
    try:
        reader.feed(source)
        reader.close()
    except Exception:
        pass
    reader._flush()
    return [b for b in reader.blocks if any(c.isalnum() for c in b)]
