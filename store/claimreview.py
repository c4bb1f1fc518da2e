"""schema.org ClaimReview JSON-LD for claims with a final verdict (issue 12, item 4).

``claimreview_records(claims, documents, *, organisation, organisation_url, published,
url_for_claim)`` gives one ``ClaimReview`` dict per claim whose ``verdict`` is set, and
``write_claimreview(path, records)`` writes them as one JSON array, atomically. The input
types are the small frozen records below (:class:`Verdict`, :class:`ClaimForReview`,
:class:`Article`), so the store maps onto them and this module knows nothing of TinyDB.

A record (every property Google's fact-check markup and the ClaimReview aggregators read)::

    {"@context": "https://schema.org", "@type": "ClaimReview",
     "url": <the review's page: url_for_claim(claim)>,
     "claimReviewed": <the claim's text, exactly as the article states it>,
     "datePublished": <published>,
     "author": {"@type": "Organization", "name": <organisation>, "url": <organisation_url>},
     "reviewRating": {"@type": "Rating", "alternateName": "Corroborated",
                      "ratingValue": 5, "bestRating": 5, "worstRating": 1},
     "itemReviewed": {"@type": "Claim", "datePublished": <the article's date>,
                      "author": <the claimant, when known>,
                      "appearance": {"@type": "CreativeWork", "url": <the article's URL>,
                                     "headline": <title>, "datePublished": <date>,
                                     "author": {"@type": "Person", "name": <byline>},
                                     "publisher": {"@type": "Organization", "name": <outlet>}}}}

Properties whose value is not known (an article without URL, date or byline) are left out,
never written empty.

The rating scale (:data:`RATING_SCALE`, documented for aggregators that read numbers): 1 to 5,
as in Google's own ClaimReview example, where 1 (``worstRating``) is *disputed*: other
outlets' reports contradict the claim, and 5 (``bestRating``) is *corroborated*: other
reports confirm it. A verdict off the scale (``unverifiable``, or a project's own word) gets
``alternateName`` only, with no number: placing "cannot be checked" halfway between false and
true would say something the desk never decided. ``alternateName`` is the verdict's words
(:data:`VERDICT_WORDS`, else the word capitalised).

Outside text (claims, titles, outlets, bylines, names) is kept exactly: no markup, no
escaping beyond JSON's own; the file is written with ``claims.jsontext.json_text``, so line
separators, C1 controls and bidi overrides are ``\\uXXXX`` escapes (the same JSON value, and a
``cat`` of the file fires nothing). URLs are made valid IRIs (``store.export.url_iri``).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from claims.jsontext import json_text
from claims.model import Document
from store.export import url_iri
from store.storage import not_regular, resolve_store_path, write_atomically

__all__ = [
    "RATING_SCALE",
    "SCHEMA_ORG",
    "VERDICT_WORDS",
    "Article",
    "ClaimForReview",
    "ClaimReviewError",
    "Party",
    "PartyKind",
    "Verdict",
    "claimreview_records",
    "url_template",
    "verdict_words",
    "write_claimreview",
]

SCHEMA_ORG = "https://schema.org"

#: verdict -> ratingValue; worstRating and bestRating are the ends of this scale (module doc)
RATING_SCALE: Mapping[str, int] = {"disputed": 1, "corroborated": 5}
WORST_RATING, BEST_RATING = 1, 5

#: verdict -> the words shown to readers (``reviewRating.alternateName``)
VERDICT_WORDS: Mapping[str, str] = {
    "corroborated": "Corroborated",
    "disputed": "Disputed",
    "unverifiable": "Unverifiable",
}


class ClaimReviewError(ValueError):
    """Input that cannot make a valid ClaimReview. ``str()`` is one line naming what and why."""


class PartyKind(StrEnum):
    """The schema.org type of a person or body."""

    PERSON = "Person"
    ORGANIZATION = "Organization"


@dataclass(frozen=True, slots=True)
class Party:
    """Who made a claim (``itemReviewed.author``)."""

    name: str
    kind: PartyKind = PartyKind.ORGANIZATION


@dataclass(frozen=True, slots=True)
class Verdict:
    """A claim's final verdict (the second check's result, or the lead's adjudication)."""

    value: str  # a word of the verdict vocabulary: "corroborated", "disputed", ...
    editor: str = ""  # who settled it
    reason: str = ""  # the adjudication's reason; published as reviewBody only when asked
    decided: str = ""  # ISO 8601, when it was settled


@dataclass(frozen=True, slots=True)
class ClaimForReview:
    """A claim and its final verdict (None: not settled, no record)."""

    claim_id: str
    doc_id: str
    text: str
    verdict: Verdict | None
    claimant: Party | None = None  # who made the claim, when known


@dataclass(frozen=True, slots=True)
class Article:
    """What a ClaimReview says about the article a claim appears in."""

    id: str
    url: str = ""  # the article's address on the web, when known
    outlet: str = ""
    title: str = ""
    date: dt.date | None = None
    byline: str = ""

    @classmethod
    def from_document(cls, doc: Document, url: str = "") -> Article:
        """The article of a loaded document (a Document carries no URL: pass it when known)."""
        return cls(id=doc.id, url=url or str(getattr(doc, "url", "") or ""), outlet=doc.outlet, title=doc.title,
                   date=doc.date, byline=doc.byline)


def verdict_words(value: str, words: Mapping[str, str] | None = None) -> str:
    """``reviewRating.alternateName`` for a verdict: its words, else the word capitalised."""
    table = VERDICT_WORDS if words is None else words
    return table.get(value) or value.replace("_", " ").strip().capitalize()


def url_template(template: str) -> Callable[[ClaimForReview], str]:
    """``url_for_claim`` from a template such as ``"https://example.org/checks/{claim_id}"``:
    ``{claim_id}`` and ``{doc_id}`` are replaced, percent-encoded. ClaimReviewError for a
    template that is not an absolute http(s) URL or names another field."""
    import string

    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    extra = fields - {"claim_id", "doc_id"}
    if extra:
        raise ClaimReviewError(f"review URL template {template!r}: unknown field {{{sorted(extra)[0]}}} "
                               "(use {claim_id} and {doc_id})")
    if urlsplit(template).scheme.lower() not in ("http", "https"):
        raise ClaimReviewError(f"review URL template {template!r}: not an absolute http(s) URL")

    def url_for(claim: ClaimForReview) -> str:
        return template.format(claim_id=quote(claim.claim_id, safe=""), doc_id=quote(claim.doc_id, safe=""))

    return url_for


def _web_url(url: str, what: str) -> str:
    """``url`` as a valid IRI; ClaimReviewError unless it is an absolute http(s) URL."""
    iri = url_iri(url)
    if iri is None or urlsplit(iri).scheme.lower() not in ("http", "https") or not urlsplit(iri).netloc:
        raise ClaimReviewError(f"{what}: {url!r} is not an absolute http(s) URL")
    return iri


def _date(value: dt.date | str, what: str) -> str:
    """An ISO 8601 date or date-time (schema.org Date / DateTime)."""
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    try:
        if "T" in value or " " in value.strip():
            return dt.datetime.fromisoformat(value.strip()).isoformat()
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ClaimReviewError(f"{what}: {value!r} is not an ISO 8601 date") from None


def _organisation(name: str, url: str | None) -> dict[str, Any]:
    if not name.strip():
        raise ClaimReviewError("no organisation: ClaimReview needs the name of the organisation that publishes it")
    org: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        org["url"] = _web_url(url, "organisation URL")
    return org


def _appearance(art: Article) -> dict[str, Any] | None:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    iri = url_iri(art.url) if art.url else None
    if iri and urlsplit(iri).netloc:
        work["url"] = iri
    if art.title:
        work["headline"] = art.title
    if art.date:
        work["datePublished"] = art.date.isoformat()
    if art.byline:
        work["author"] = {"@type": "Person", "name": art.byline}
    if art.outlet:
        work["publisher"] = {"@type": "Organization", "name": art.outlet}
    return work if len(work) > 1 else None


def _rating(verdict: Verdict, scale: Mapping[str, int], words: Mapping[str, str] | None) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict_words(verdict.value, words)}
    if verdict.value in scale:
        rating["ratingValue"] = scale[verdict.value]
        rating["bestRating"] = max(scale.values())
        rating["worstRating"] = min(scale.values())
    return rating


def claimreview_records(
    claims_with_final_verdicts: Iterable[ClaimForReview],
    documents: Iterable[Article | Document] | Mapping[str, Article | Document],
    *,
    organisation: str,
    organisation_url: str | None,
    published: dt.date | str,
    url_for_claim: Callable[[ClaimForReview], str],
    scale: Mapping[str, int] = RATING_SCALE,
    words: Mapping[str, str] | None = None,
    publish_reasons: bool = False,
) -> list[dict[str, Any]]:
    """One ClaimReview JSON-LD dict per claim with a final verdict, in the order given (module doc).

    ``documents`` are the articles (``Article``, or loaded ``Document`` s without URL), looked up
    by the claims' ``doc_id``; a claim whose article is not among them still gets a record,
    without ``appearance``. ``published`` is the reviews' ``datePublished``. ``url_for_claim``
    gives each review's page (see :func:`url_template`). ``scale`` maps verdicts to
    ``ratingValue`` (default :data:`RATING_SCALE`), ``words`` to ``alternateName``.
    ``publish_reasons`` adds each verdict's reason as ``reviewBody`` (off by default: the
    adjudication's reason is newsroom-internal until someone decides to publish it).

    Raises ClaimReviewError (one line) for an empty organisation, a URL that is not absolute
    http(s), a date that is not ISO 8601, or a verdict without a word.
    """
    if isinstance(documents, Mapping):
        documents = documents.values()
    articles: dict[str, Article] = {}
    for d in documents:
        a = d if isinstance(d, Article) else Article.from_document(d)
        articles.setdefault(a.id, a)
    author = _organisation(organisation, organisation_url)
    date_published = _date(published, "publication date")
    if scale and any(isinstance(v, bool) or not isinstance(v, int) for v in scale.values()):
        raise ClaimReviewError("the rating scale maps verdicts to whole numbers")

    records: list[dict[str, Any]] = []
    for claim in claims_with_final_verdicts:
        verdict = claim.verdict
        if verdict is None:
            continue
        if not verdict.value.strip():
            raise ClaimReviewError(f"claim {claim.claim_id}: the final verdict has no word")
        item: dict[str, Any] = {"@type": "Claim"}
        if claim.claimant is not None and claim.claimant.name:
            item["author"] = {"@type": str(claim.claimant.kind), "name": claim.claimant.name}
        art = articles.get(claim.doc_id)
        if art is not None:
            if art.date:
                item["datePublished"] = art.date.isoformat()
            appearance = _appearance(art)
            if appearance is not None:
                item["appearance"] = appearance
        record: dict[str, Any] = {
            "@context": SCHEMA_ORG,
            "@type": "ClaimReview",
            "url": _web_url(url_for_claim(claim), f"claim {claim.claim_id}: review URL"),
            "claimReviewed": claim.text,
            "datePublished": date_published,
            "author": dict(author),
            "reviewRating": _rating(verdict, scale, words),
            "itemReviewed": item,
        }
        if publish_reasons and verdict.reason:
            record["reviewBody"] = verdict.reason
        records.append(record)
    return records


def _target(out: Path) -> Path:
    """The file replaced: links resolved once; refused unless a regular file or missing."""
    real = resolve_store_path(out)
    try:
        st = os.stat(real)
    except OSError:
        return real  # missing, or a problem the write names
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(real, st.st_mode, "a ClaimReview export")
    return real


def write_claimreview(path: str | Path, records: list[dict[str, Any]]) -> int:
    """Write ``records`` to ``path`` as one JSON array (UTF-8, two-space indent, a final newline),
    atomically: a temp file beside it, fsync, rename, fsync the folder
    (``store.storage.write_atomically``), so an interrupted export leaves the previous file
    whole. A link at ``path`` is followed; a device, FIFO, socket or folder there raises
    ``FileRefused`` (an OSError naming why). Returns the number of records written."""
    target = _target(Path(path))
    data = (json_text(records, indent=2) + "\n").encode("utf-8")
    write_atomically(target, data)
    return len(records)
