"""Plain domain types shared by every layer.

Offsets are code points into ``Document.text`` and half-open: ``text[start:end]``.
Nothing here imports Textual or TinyDB.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Relation(StrEnum):
    """How two claims of different articles relate (RELATIONS.md §3)."""

    AGREE = "agree"  # same frame, same time, compatible values
    CONFLICT = "conflict"  # same frame, same time (or none marked), incompatible values
    UPDATE = "update"  # same frame, incompatible values, placed at different times

    @property
    def differs(self) -> bool:
        return self is not Relation.AGREE


class ClaimKind(StrEnum):
    """What makes a sentence check-worthy."""

    FIGURE = "figure"
    DATE = "date"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of the document's text, ``text[start:end]``, without its surrounding blank lines."""

    index: int
    start: int
    end: int
    boilerplate: bool = False
    #: why it is boilerplate ("donation appeal", "newsletter", "author bio", "link list", "cookie notice", ...)
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is the readable text every offset points into.

    For ``.txt`` it is the decoded file, for ``.md`` the decoded file after its front
    matter, for ``.html`` the main text the extractor kept.
    """

    id: str  # stable short id, derived from the file name (unique within one load)
    path: str
    text: str
    outlet: str = ""
    title: str = ""
    date: dt.date | None = None  # publication date, when known
    byline: str = ""
    url: str = ""  # the article's own address, when the file gives it (front matter, header line, canonical)
    paragraphs: tuple[Paragraph, ...] = ()
    format: str = "txt"  # txt | md | html
    encoding: str = "utf-8"
    content_hash: str = ""  # sha256 of ``text``

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None

    @property
    def label(self) -> str:
        """Short human name: the outlet, else the file name."""
        from pathlib import Path

        return self.outlet or Path(self.path).name


@dataclass(frozen=True, slots=True)
class Sentence:
    doc: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Value:
    """A typed figure inside a claim.

    ``kind``: number | percent | money | count | age | range | duration | distance | date.
    ``value``: a float for numbers; ``[low, high]`` for ranges; an ISO date string
    ("2024-10-02", "2024-10", "2024") or ``[from, to]`` of ISO strings for dates.
    ``unit``: the counted noun ("defendants"), "%", a currency code, "km", "years",
    or for dates the granularity ("day", "month", "year", "weekday").
    """

    start: int
    end: int
    text: str
    kind: str
    value: Any
    unit: str = ""
    approx: bool = False

    def to_json(self) -> dict:
        return {"text": self.text, "kind": self.kind, "value": self.value, "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Claim:
    id: str  # stable: derived from the document id and the claim's text
    doc: str
    start: int
    end: int
    text: str
    kind: ClaimKind
    score: float  # check-worthiness, 0..1
    source: str = ""  # the cited source, when the claim names one
    values: tuple[Value, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "score": round(self.score, 3),
            "source": self.source,
            "values": [v.to_json() for v in self.values],
        }


@dataclass(frozen=True, slots=True)
class Link:
    a: str  # claim id
    b: str  # claim id
    relation: Relation
    score: float
    why: str
    #: which fact of each claim the link is about: the deciding figure as written on each side, "" for the
    #: claim as a whole (a proposition, the same wording); clusters use it to hold one fact each
    facts: tuple[str, str] = ("", "")

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "relation": self.relation, "score": round(self.score, 3), "why": self.why}


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    claims: tuple[str, ...]
    origins: tuple[str, ...] = ()  # independent origins ("IStories", "Kyiv Independent", ...)
    outlets: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        n_out = len(self.outlets)
        n_orig = len(self.origins)
        s = f"{n_out} outlet{'s' if n_out != 1 else ''}, {n_orig} origin{'s' if n_orig != 1 else ''}"
        if self.origins and n_orig <= 3:
            s += ": " + ", ".join(self.origins)
        return s

    def to_json(self) -> dict:
        return {"id": self.id, "claims": list(self.claims), "origins": list(self.origins)}


@dataclass(slots=True)
class Analysis:
    """Everything the engine found over one set of documents."""

    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "documents": [
                {
                    "id": d.id,
                    "path": d.path,
                    "outlet": d.outlet,
                    "title": d.title,
                    "date": d.date.isoformat() if d.date else None,
                }
                for d in self.documents
            ],
            "claims": [c.to_json() for c in self.claims],
            "links": [link.to_json() for link in self.links],
            "clusters": [c.to_json() for c in self.clusters],
        }


class DocumentError(Exception):
    """A file that cannot be opened as an article. ``str()`` is one line naming it and why."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
