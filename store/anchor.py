"""Re-anchoring annotations to edited text, the way W3C Web Annotation / Hypothesis do it.

Each annotation keeps two selectors of the text it was made on:

- ``TextPosition(start, end)``: code-point offsets, half-open (``text[start:end]``);
- ``TextQuote(exact, prefix, suffix)``: the annotated text and up to 32 code points either side.

``locate`` finds where that text is now, trying in order:

1. the old position, if ``text[start:end] == exact`` there (method ``"position"``);
2. every other exact occurrence of the quote, picking the one whose surrounding text best
   matches prefix and suffix (``"quote"``); the old position wins ties;
3. a fuzzy match (rapidfuzz ``partial_ratio_alignment``, score >= 85, length within a
   quarter of the quote's) for a quote edited in place (``"fuzzy"``).

Offsets are Python string indices, i.e. code points, never UTF-16 units or bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claims.model import Claim

CONTEXT = 32
FUZZY_THRESHOLD = 85.0
#: quotes shorter than this are not matched fuzzily (too many false hits)
MIN_FUZZY_LEN = 12
#: score bonus (0..100 scale) for an exact occurrence at the old position
POSITION_BONUS = 5.0
#: above this many exact occurrences, context is compared only for the nearest ones
MAX_SCORED = 200


@dataclass(frozen=True, slots=True)
class TextPosition:
    start: int
    end: int

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class TextQuote:
    exact: str
    prefix: str = ""
    suffix: str = ""

    def to_json(self) -> dict:
        return {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    method: str  # position | quote | fuzzy
    score: float  # 0..100


def selectors_for(text: str, start: int, end: int) -> tuple[TextPosition, TextQuote]:
    """Both selectors for ``text[start:end]`` (offsets clamped into the text)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return TextPosition(start, end), TextQuote(
        text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
    )


def _context_score(text: str, start: int, end: int, quote: TextQuote) -> float:
    from rapidfuzz import fuzz

    parts = []
    if quote.prefix or start > 0:
        before = text[max(0, start - len(quote.prefix)):start] if quote.prefix else ""
        parts.append(fuzz.ratio(quote.prefix, before) if quote.prefix or before else 100.0)
    if quote.suffix or end < len(text):
        after = text[end:end + len(quote.suffix)] if quote.suffix else ""
        parts.append(fuzz.ratio(quote.suffix, after) if quote.suffix or after else 100.0)
    return sum(parts) / len(parts) if parts else 100.0


def _occurrences(text: str, exact: str) -> list[int]:
    found, i = [], text.find(exact)
    while i >= 0:
        found.append(i)
        i = text.find(exact, i + 1)
    return found


def locate(text: str, position: TextPosition, quote: TextQuote, *, threshold: float = FUZZY_THRESHOLD) -> Match | None:
    """Where the annotated text is in ``text`` now, or None (the annotation is then an orphan)."""
    exact = quote.exact
    if not exact:
        return None
    n = len(exact)
    occ = _occurrences(text, exact)
    if occ:
        if len(occ) == 1:
            s = occ[0]
            return Match(s, s + n, "position" if s == position.start else "quote", 100.0)
        if len(occ) > MAX_SCORED:
            occ = sorted(occ, key=lambda s: abs(s - position.start))[:MAX_SCORED]
        best, best_key = occ[0], (-1.0, 0)
        for s in occ:
            score = _context_score(text, s, s + n, quote) + (POSITION_BONUS if s == position.start else 0.0)
            key = (score, -abs(s - position.start))
            if key > best_key:
                best, best_key = s, key
        return Match(best, best + n, "position" if best == position.start else "quote", min(100.0, best_key[0]))
    if n < MIN_FUZZY_LEN or not text:
        return None
    from rapidfuzz import fuzz

    al = fuzz.partial_ratio_alignment(exact, text, score_cutoff=threshold)
    if al is None or al.score < threshold:
        return None
    if al.src_end - al.src_start < 0.75 * n:
        # rapidfuzz matched only part of the quote (e.g. against a text shorter than it)
        return None
    s, e = al.dest_start, al.dest_end
    if not (0.75 * n <= e - s <= 1.34 * n):
        return None
    return Match(s, e, "fuzzy", al.score)


def best_claim(claims: Iterable[Claim], start: int, end: int, *, min_share: float = 0.5) -> Claim | None:
    """The claim whose span overlaps ``[start, end)`` most.

    The overlap must cover at least ``min_share`` of the shorter of the two spans, so a
    neighbouring claim that merely touches the text does not inherit the annotation.
    """
    best, best_key = None, None
    for c in claims:
        overlap = min(end, c.end) - max(start, c.start)
        if overlap <= 0:
            continue
        shorter = max(1, min(end - start, c.end - c.start))
        if overlap / shorter < min_share:
            continue
        key = (overlap, -(abs(c.start - start) + abs(c.end - end)))
        if best_key is None or key > best_key:
            best, best_key = c, key
    return best
