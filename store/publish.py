"""What the command line and the desk call to publish a store's work: ClaimReview JSON-LD and the
agreement between editors. ``tui/`` stays thin: it passes the store, the loaded claims and
articles, and the settings it read from ``config.toml``.

ClaimReview (``claimdesk export --claimreview OUT``)::

    settings = ClaimReviewSettings(organisation="Northern Fact Desk", organisation_url="https://facts.example",
                                   review_url="https://facts.example/checks/{claim_id}")
    n = write_claimreview_for_store(out, store, analysis.claims, analysis.documents, settings)

One record per claim with a **final verdict** (the editors agreed, or a lead adjudicated:
``Annotation.status``), in the order the claims are given; claims without one are left out.
The articles are shown as the editors corrected them (``AnnotationStore.set_document_meta``:
outlet, title, date), never as the loader guessed. ``review_url`` is a template: ``{claim_id}``
(the claim's id), ``{doc}`` (its article's id) and ``{anchor}`` (a hash of the article's text,
the claim's place and words: the same on every copy of the project, see ``store.sync``) are
replaced, percent-encoded; it must be an absolute http(s) URL naming ``{claim_id}`` or
``{anchor}``, so each review has its own page. ``published`` is the reviews' date (None:
today). The reason of an adjudication is not published (it is the newsroom's own note).

Agreement (``claimdesk agreement [--csv OUT]``): :func:`agreement_for_store` is
``store.agreement.agreement_summary`` over the store's per-editor verdicts
(``AnnotationStore.verdict_table``: every annotated claim, orphans left out) in the store's
verdict vocabulary; :func:`agreement_csv_for_store` writes it with ``agreement_csv``.

Errors are one line: :class:`store.claimreview.ClaimReviewError` for settings that cannot make a
valid record (which setting, and why), ``FileRefused``/``OSError`` for a target that cannot be
written (see ``write_claimreview``).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from claims.model import Claim, Document
from store.agreement import AgreementSummary, agreement_csv, agreement_summary
from store.annotations import STATUSES, Annotation, AnnotationStore, ReviewState
from store.claimreview import ClaimForReview, ClaimReviewError, Verdict, claimreview_records, write_claimreview

__all__ = [
    "TEMPLATE_FIELDS",
    "ClaimReviewSettings",
    "agreement_csv_for_store",
    "agreement_for_store",
    "claimreview_for_store",
    "review_url_template",
    "write_claimreview_for_store",
]

#: the fields a review URL template may name (``{doc_id}`` is the same as ``{doc}``)
TEMPLATE_FIELDS = ("claim_id", "doc", "doc_id", "anchor")


@dataclass(frozen=True)
class ClaimReviewSettings:
    """Who publishes the reviews and where (``[claimreview]`` in ``config.toml``)."""

    organisation: str
    organisation_url: str | None
    review_url: str  # a template with {claim_id}, {doc}, {anchor}
    published: dt.date | None = None  # the reviews' datePublished; None: today


def review_url_template(template: str) -> Callable[[str, str, str], str]:
    """``url(claim_id, doc, anchor)`` from a template (see the module doc); ClaimReviewError
    naming the template and what is wrong with it."""
    if not isinstance(template, str) or not template.strip():
        raise ClaimReviewError("no review URL: ClaimReview needs the page each review is published at "
                               "(a template such as https://example.org/checks/{claim_id})")
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as e:
        raise ClaimReviewError(f"review URL template {template!r}: {e} (write a literal brace as {{{{ or }}}})") from None
    unknown = sorted(f for f in fields if f not in TEMPLATE_FIELDS)
    if unknown:
        shown = unknown[0] or "(empty)"
        raise ClaimReviewError(f"review URL template {template!r}: unknown field {{{shown}}} "
                               "(use {claim_id}, {doc} and {anchor})")
    if not fields & {"claim_id", "anchor"}:
        raise ClaimReviewError(f"review URL template {template!r}: names neither {{claim_id}} nor {{anchor}}, "
                               "so every review would have the same page")
    parts = urlsplit(template.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ClaimReviewError(f"review URL template {template!r}: not an absolute http(s) URL")

    def url(claim_id: str, doc: str, anchor: str) -> str:
        values = {"claim_id": claim_id, "doc": doc, "doc_id": doc, "anchor": anchor}
        return template.strip().format(**{k: quote(v, safe="") for k, v in values.items()})

    return url


def _anchor(ann: Annotation) -> str:
    from store.sync import anchor_id

    return anchor_id(ann.to_dict())


def _verdict(ann: Annotation) -> Verdict:
    """A final verdict as ClaimReview's input: who settled it, and when."""
    assert ann.status is not None
    adj = ann.adjudication
    if ann.review is ReviewState.ADJUDICATED and adj is not None:
        return Verdict(ann.status, editor=adj.by, reason=adj.reason, decided=adj.at)
    agreed = sorted(e for e, s in ann.live_verdicts().items() if s == ann.status)
    decided = max((ann.verdicts[e].at for e in agreed), default=ann.updated)
    return Verdict(ann.status, editor=", ".join(agreed), decided=decided)


def claimreview_for_store(store: AnnotationStore, claims: Iterable[Claim],
                          documents: Iterable[Document] | Mapping[str, Document],
                          settings: ClaimReviewSettings) -> list[dict]:
    """One ClaimReview JSON-LD dict per claim of ``claims`` with a final verdict in ``store``
    (module doc), its article as the editors corrected it."""
    url = review_url_template(settings.review_url)
    docs = list(documents.values()) if isinstance(documents, Mapping) else list(documents)
    articles = store.apply_metas(docs)
    items: list[ClaimForReview] = []
    anchors: dict[str, str] = {}
    for c in claims:
        ann = store.get(c.id)
        if ann is None or ann.status is None:
            continue
        items.append(ClaimForReview(claim_id=c.id, doc_id=c.doc, text=c.text, verdict=_verdict(ann)))
        anchors[c.id] = _anchor(ann)
    return claimreview_records(
        items, articles, organisation=settings.organisation, organisation_url=settings.organisation_url,
        published=settings.published or dt.date.today(),
        url_for_claim=lambda item: url(item.claim_id, item.doc_id, anchors[item.claim_id]))


def write_claimreview_for_store(path: str | Path, store: AnnotationStore, claims: Iterable[Claim],
                                documents: Iterable[Document] | Mapping[str, Document],
                                settings: ClaimReviewSettings) -> int:
    """Write :func:`claimreview_for_store`'s records to ``path`` (one JSON array, atomically; see
    ``store.claimreview.write_claimreview``). Returns how many records were written. Nothing is
    written when the settings are refused."""
    records = claimreview_for_store(store, claims, documents, settings)
    return write_claimreview(path, records)


def agreement_for_store(store: AnnotationStore) -> AgreementSummary:
    """How far the store's editors agree: Cohen's kappa per pair and Krippendorff's alpha over
    the claims with two or more verdicts (``store.agreement``)."""
    return agreement_summary(store.verdict_table(), STATUSES)


def agreement_csv_for_store(path: str | Path, store: AnnotationStore, *, excel: bool = False) -> int:
    """Write :func:`agreement_for_store`'s table to ``path`` (``store.agreement.agreement_csv``);
    returns the rows written (the row over all editors, then one per pair)."""
    return agreement_csv(path, agreement_for_store(store), excel=excel)
