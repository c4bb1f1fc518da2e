"""Split a document's text into paragraphs with exact, trimmed offsets.

* plain text: every non-blank line is a paragraph (scraped text often puts one
  paragraph per line with no blank lines between); a hard-wrapped file (lines
  broken at a fixed width) has its wrapped lines joined back instead.
* Markdown: blocks separated by blank lines; a heading, list item, quote or table
  row starts a paragraph of its own.

``text[p.start:p.end]`` never starts or ends with whitespace (``str.isspace``
whitespace, the same set ``re``'s ``\\s`` matches) and is never empty.

No paragraph is longer than :data:`MAX_PARAGRAPH` characters: a longer block (a file that is
one 2 MB line, a page whose markup lost its breaks) is cut by :func:`bounded` at the last
sentence end before the limit, else at the last whitespace, else at the limit itself, so the
stages after loading (sentence splitting, value finding, the panes) never see an unbounded
block. Cutting is linear in the text's length.
"""

from __future__ import annotations

import re

from claims.model import Paragraph
from claims.sentences import GOES_ON_NEXT

__all__ = [
    "MAX_PARAGRAPH",
    "bounded",
    "date_stamp",
    "line_spans",
    "markdown_spans",
    "split_lines",
    "split_markdown",
    "split_paragraphs",
    "text_spans",
]

#: the longest paragraph the loader makes, in characters (a long news paragraph is ~1,500)
MAX_PARAGRAPH = 20_000
#: a cut at a sentence end or a space is taken only past this share of the limit, so a block
#: is never chopped into slivers
_MIN_SHARE = 0.25
#: a sentence end: terminal punctuation and any closing quotes or brackets, then whitespace (or
#: nothing: CJK text puts no space after 。！？)
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*(?=\s)|[。！？][\"”’»)\]」』）]*")
_SPACE = re.compile(r"\s+")

Span = tuple[int, int]

# the trimmed content of a non-blank line: it starts and ends on non-blank characters
_CONTENT = re.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)", re.M)
_MD_BLOCK_START = re.compile(r"(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||```|~~~)")
_MD_HEADING = re.compile(r"#{1,6}\s")
_TERMINAL = (".", "!", "?", ":", ";", "”", '"', "’", ")")


def line_spans(text: str) -> list[Span]:
    """The trimmed ``(start, end)`` of every non-blank line of ``text``, in order."""
    return [m.span(1) for m in _CONTENT.finditer(text)]


def text_spans(text: str) -> list[Span]:
    """Plain text: one paragraph per line, unless the file is hard-wrapped."""
    spans = line_spans(text)
    width = _wrap_width(text, spans)
    if width is None:
        return spans
    # (a short line goes on too when it ends on a comma or the next opens in lower case, with a comma or a bracket:
    # "... Orla, Vesk, Corvane" / "and Halden cars ...", "... Dorvik, Tamsen" / ", Brannock, VRX,")
    return _join(text, spans, lambda a, b: ((a[1] - a[0]) >= 0.6 * width or GOES_ON_NEXT.match(text, b[0]) is not None
                                            or text[a[1] - 1] in ",;")
                 and not _MD_BLOCK_START.match(text, b[0]))


def markdown_spans(text: str) -> list[Span]:
    """Blank-line separated blocks; headings, list items, quotes and table rows stand alone."""

    def continues(a: Span, b: Span) -> bool:
        if _MD_HEADING.match(text, a[0]) or text.startswith(("```", "~~~"), a[0]):
            return False
        return not _MD_BLOCK_START.match(text, b[0])

    return _join(text, line_spans(text), continues)


#: the date stamp a stored copy of a web page opens with (" date 2018-08-16 Italy on Saturday held ..."): the day
#: the page carries, written by the archive in ISO form before the page's first line
_DATE_STAMP = re.compile(r"date \d{4}-\d{2}-\d{2}(?=\s|$)")


def date_stamp(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with an archive's date stamp opening the first one made a paragraph of its own, so the page's
    first sentence starts after it and the stamp can be read as the page's date."""
    if not spans:
        return spans
    s, e = spans[0]
    m = _DATE_STAMP.match(text, s, e)
    if m is None or m.end() == e:
        return spans
    rest = m.end()
    while rest < e and text[rest].isspace():
        rest += 1
    return [(s, m.end()), (rest, e), *spans[1:]]


def bounded(text: str, spans: list[Span], limit: int = MAX_PARAGRAPH) -> list[Span]:
    """``spans`` with every span longer than ``limit`` cut into trimmed pieces of at most ``limit``.

    Each cut falls after the last sentence end within the limit; failing that, at the last run
    of whitespace; failing that (a 20,000-character "word"), at the limit. Pieces keep the
    paragraph invariant: non-empty, no whitespace at either end.
    """
    if all(e - s <= limit for s, e in spans):
        return spans
    out: list[Span] = []
    for s, e in spans:
        while e - s > limit:
            hi = s + limit
            lo = s + int(limit * _MIN_SHARE)
            found = _last_end(_SENTENCE_END, text, lo, hi)
            if found is not None:
                cut = nxt = found
            else:
                space = _last_match(_SPACE, text, lo, hi + 1)
                cut, nxt = space if space is not None else (hi, hi)
            piece_end = cut
            while piece_end > s and text[piece_end - 1].isspace():
                piece_end -= 1
            if piece_end > s:
                out.append((s, piece_end))
            s = nxt
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def _last_end(rx: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``rx`` that lies in ``text[lo:hi]``."""
    last = None
    for m in rx.finditer(text, lo, hi + 1):  # one past, so a lookahead can see the character at hi
        if m.end() <= hi:
            last = m.end()
    return last


def _last_match(rx: re.Pattern[str], text: str, lo: int, hi: int) -> tuple[int, int] | None:
    last = None
    for m in rx.finditer(text, lo, hi):
        last = m.span()
    return last


def _paragraphs(spans: list[Span], text: str) -> list[Paragraph]:
    return [Paragraph(i, s, e) for i, (s, e) in enumerate(bounded(text, spans))]


def split_lines(text: str) -> list[Paragraph]:
    """Every non-blank line is one paragraph (long ones cut, see :func:`bounded`)."""
    return _paragraphs(line_spans(text), text)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Plain text paragraphs (see :func:`text_spans` and :func:`bounded`)."""
    return _paragraphs(text_spans(text), text)


def split_markdown(text: str) -> list[Paragraph]:
    """Markdown paragraphs (see :func:`markdown_spans` and :func:`bounded`)."""
    return _paragraphs(markdown_spans(text), text)


def _next_line(text: str, a: Span, b: Span) -> bool:
    """Line ``b`` directly follows line ``a`` (no blank line between)."""
    return text.count("\n", a[1], b[0]) == 1


def _join(text: str, spans: list[Span], continues) -> list[Span]:
    out: list[Span] = []
    start = end = -1
    prev: Span | None = None
    for sp in spans:
        if prev is not None and _next_line(text, prev, sp) and continues(prev, sp):
            end = sp[1]
        else:
            if prev is not None:
                out.append((start, end))
            start, end = sp
        prev = sp
    if prev is not None:
        out.append((start, end))
    return out


def _wrap_width(text: str, spans: list[Span]) -> int | None:
    """The column a hard-wrapped file is broken at, or None for one-paragraph-per-line text."""
    if len(spans) < 6:
        return None
    width = max(e - s for s, e in spans)
    if width > 100 or width < 40:
        return None
    # lines that run close to the width, do not end a sentence and go on in the next line
    wrapped = sum(
        1
        for a, b in zip(spans, spans[1:], strict=False)
        if (a[1] - a[0]) >= 0.6 * width and not text.endswith(_TERMINAL, a[0], a[1]) and _next_line(text, a, b)
    )
    return width if wrapped >= 3 and wrapped >= 0.25 * len(spans) else None
