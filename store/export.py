"""Export claims and their annotations. Imported only by the export command (lazily).

Every format is one row of :data:`FORMATS` (name, label, file suffix, what it counts, its writer):
the command line builds its ``--csv/--jsonl/--w3c`` options from it and the desk's ``w`` offers its
rows, so adding a format is one row.

``export(kind, out, analysis, store, excel=False) -> int`` writes ``out`` atomically (a temp
file beside it, fsync, rename): an interrupted export never leaves a partial file behind. A
link at ``out`` is followed (the file it names is replaced); anything at ``out`` that is not
a regular file (a device, a FIFO, a socket, a folder) is refused with ``FileRefused``, an
OSError whose ``strerror`` says why, so ``--csv /dev/null`` as root cannot replace the device.

Every format shows the articles as the editors corrected them (``AnnotationStore.set_document_meta``:
outlet, title, date), never as the loader guessed.

- ``csv``: one row per claim of the analysis, tagged or not (``CSV_COLUMNS``, then one
  ``verdict:<editor>`` column per editor who gave any verdict, sorted by name; an untagged claim's
  status is ``untagged``, and each piece of evidence is a line ``stance: outlet: claim`` or
  ``stance: source: text <url>``, the stance being supports, contradicts or context). ``status``
  is the final verdict, as ``final_verdict`` is (empty when there is none);
  ``review_state`` is a :class:`ReviewColumn` (untagged, needs_second_check, agreed,
  disagreement, adjudicated); ``adjudicated_by`` and ``adjudication_reason`` are the lead's;
  each ``verdict:<editor>`` cell is that editor's verdict (empty: none). RFC 4180
  (``\\r\\n`` rows, quoted cells; newlines inside a note stay inside its cell, a CRLF there
  becomes LF), UTF-8; ``excel=True`` (the ``excel`` format) adds a byte-order mark so Excel reads accents. Every
  cell passes :func:`csv_cell`: terminal-active characters shown as visible stand-ins
  (``claims.inert.inert``: a ``cat`` of the file never fires an escape sequence), then
  :func:`neutralise` against formula injection (the rule is in its docstring). ``start`` and
  ``end`` are code-point offsets into the loaded text (``Document.text``). Orphaned
  annotations have no claim and so no row (the JSONL export has them).
- ``jsonl``: one annotation per line, exactly the stored record (orphans included, with
  ``"orphan": true``), then one line per article an editor corrected: the stored corrections
  with ``"type": "claimdesk.document_meta"`` (``claimdesk import --jsonl`` merges both).
  Lossless: every field the store keeps, every character as stored;
  the characters that break line-based readers or act on a terminal are JSON escapes
  (``claims.jsontext.json_text``).
- ``w3c``: a W3C Web Annotation JSON-LD ``AnnotationCollection``; each item is a
  standalone ``Annotation`` (with its own ``@context``): the final verdict is motivation
  ``assessing`` with a ``TextualBody`` holding the status (id ``...:status``; its creator the
  lead who adjudicated, else the editor(s) whose verdicts made it; an adjudication's reason is a
  second, ``commenting`` body), each editor's own verdict is an ``assessing`` Annotation of its
  own (id ``...:verdict:<editor>``, creator that editor, created when it was given), a note is ``commenting``, each
  evidence claim is ``linking`` with two targets (this claim, the evidence claim), each
  source with a URL is ``linking`` with the claim and the URL as targets (one without a URL,
  or with something that is not an absolute URL, is ``commenting``). Every IRI is valid:
  file paths become ``file:`` IRIs with ``pathlib``'s percent-encoding, URLs are
  percent-encoded where they hold spaces or other characters an IRI cannot. Targets are
  ``SpecificResource`` s whose selectors index exactly the text their ``source`` denotes
  (see :func:`text_target`), and ``dcterms:isPartOf`` names the article with its
  ``dcterms:title``, ``dcterms:publisher`` (the outlet) and ``dcterms:issued`` (its date), where
  known (``dcterms`` is a prefix the Web Annotation context defines).

Returns the number of rows (CSV), lines (JSONL) or Annotation items (W3C) written.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.analysis import AnalysisIndex
from claims.inert import inert
from claims.jsontext import json_text
from claims.model import Analysis, Claim, Document
from store.anchor import CONTEXT, selectors_for
from store.annotations import Annotation, AnnotationStore, Evidence, ReviewState, doc_hash
from store.storage import not_regular, resolve_store_path, write_atomically

if TYPE_CHECKING:
    from claims.documents import SourceText

#: the CSV's fixed columns; one ``verdict:<editor>`` column per editor follows (:func:`csv_columns`)
CSV_COLUMNS = [
    "document", "outlet", "title", "date", "claim_id", "claim", "values", "status", "note", "evidence",
    "origins", "editor", "created", "updated", "start", "end",
    "final_verdict", "review_state", "adjudicated_by", "adjudication_reason",
]
#: the prefix of the per-editor verdict columns
VERDICT_COLUMN = "verdict:"
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


class ReviewColumn(StrEnum):
    """The CSV's ``review_state``: where a claim's review stands, in a newsroom's words."""

    UNTAGGED = "untagged"  # no verdict yet
    NEEDS_SECOND_CHECK = "needs_second_check"  # fewer independent verdicts than the project requires
    AGREED = "agreed"  # enough verdicts, all the same: that is the final verdict
    DISAGREEMENT = "disagreement"  # editors gave different verdicts; no lead has settled it yet
    ADJUDICATED = "adjudicated"  # a lead gave the final verdict, with a reason

    @classmethod
    def of(cls, state: ReviewState) -> ReviewColumn:
        return _REVIEW_COLUMN[state]


_REVIEW_COLUMN = {
    ReviewState.UNTAGGED: ReviewColumn.UNTAGGED,
    ReviewState.PENDING: ReviewColumn.NEEDS_SECOND_CHECK,
    ReviewState.DECIDED: ReviewColumn.AGREED,
    ReviewState.DISAGREEMENT: ReviewColumn.DISAGREEMENT,
    ReviewState.ADJUDICATED: ReviewColumn.ADJUDICATED,
}


def csv_columns(editors: list[str]) -> list[str]:
    """The CSV's header for these editors (sorted: the same store gives the same columns)."""
    return CSV_COLUMNS + [VERDICT_COLUMN + e for e in sorted(editors)]

# ---------------------------------------------------------------------------- CSV cells

#: characters that make a spreadsheet read a cell as a formula (after NFKC, so the full-width
#: ``＝ ＋ － ＠`` and the small forms ``﹦ ﹢ ﹣ ﹫`` count too)
FORMULA_STARTS = frozenset("=+-@")
#: control characters that start a formula-ish cell on their own (OWASP: tab and carriage
#: return; a line feed too, as some importers drop a leading newline)
FORMULA_CONTROLS = frozenset("\t\r\n")
#: a plain number, kept as a number: ``-42``, ``+3.1``, ``-5%``, ``-1,200``, ``-0.5e3``
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?%?|[+-]?\.\d+%?")


def _invisible(ch: str) -> bool:
    """Whitespace or an invisible format character a spreadsheet may skip before a formula:
    space, NBSP, the Unicode spaces, ZWSP, ZWJ/ZWNJ, word joiner, BOM, soft hyphen."""
    return ch.isspace() or unicodedata.category(ch) in ("Cf", "Zs")


def neutralise(cell: Any) -> str:
    """The cell as text, with a leading apostrophe if a spreadsheet could run it as a formula.

    The rule (OWASP "CSV Injection", widened to what spreadsheets actually skip):

    ==========================================  =============  ===========================
    the cell starts with                        example        written as
    ==========================================  =============  ===========================
    ``=`` ``+`` ``-`` ``@``                     ``=1+1``       ``'=1+1``
    tab, carriage return, line feed             ``\\t=1``       ``'\\t=1``
    whitespace or invisible characters, then    `` =1``,       ``' =1``,
    one of the above (space, NBSP, ZWSP, BOM,   ``\\u200b@x``,  ``'\\u200b@x``
    word joiner, other Unicode spaces)
    a full-width or small form of one of them   ``＝1``, ``﹢1``  ``'＝1``, ``'﹢1``
    (NFKC gives ``= + - @``), also after the
    invisible characters above
    a plain number with a sign                  ``-42``,       ``-42``, ``-5%``, ``+3.1``,
    (``[+-]digits[,ddd][.dd][e±n][%]``)          ``-5%``,       ``-1,200`` (kept: a number,
                                                ``+3.1``,      never a formula)
                                                ``-1,200``
    anything else                               ``a=b``        ``a=b``
    ==========================================  =============  ===========================

    A program reading the CSV back strips one leading ``'`` from cells that start with ``'``
    followed by one of the characters above.
    """
    text = "" if cell is None else str(cell)
    if not text:
        return text
    if text[0] in FORMULA_CONTROLS:
        return "'" + text
    i = 0
    while i < len(text) and _invisible(text[i]):
        i += 1
    if i == len(text):
        return text
    first = unicodedata.normalize("NFKC", text[i])[:1]
    if first not in FORMULA_STARTS:
        return text
    if i == 0 and first in "+-" and text[0] in "+-" and PLAIN_NUMBER.fullmatch(text):
        return text
    return "'" + text


def csv_cell(cell: Any) -> str:
    """A value as a CSV cell: CRLF read as a newline, neutralised against formulas, then inert
    for a terminal (controls, ESC, DEL, C1 and bidi overrides as visible stand-ins such as
    ``␛`` and ``<U+009B>``; tab and newline kept), so a ``cat`` of the file fires nothing."""
    text = "" if cell is None else str(cell)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return inert(neutralise(text))


# ---------------------------------------------------------------------------- the file written


def _checked_out(out: Path) -> Path:
    """The file an export replaces: ``out`` with links resolved, refused unless regular or missing."""
    real = resolve_store_path(out)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return real
    except OSError:
        return real  # the write names the problem
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(real, st.st_mode, "an export")
    return real


def export(kind: str, out: Path, analysis: Analysis, store: AnnotationStore, excel: bool = False) -> int:
    """Write ``out`` in the format named ``kind`` (a key of :data:`FORMATS`); ``excel`` turns ``csv`` into
    ``excel``. Returns how many rows, lines or annotations were written."""
    fmt = FORMATS.get("excel" if kind == "csv" and excel else kind)
    if fmt is None:
        raise ValueError(f"unknown export kind {kind!r} (one of {', '.join(FORMATS)})")
    target = _checked_out(Path(out))
    data, n = fmt.write(corrected(analysis, store), store)
    write_atomically(target, data)
    return n


def corrected(analysis: Analysis, store: AnnotationStore) -> Analysis:
    """``analysis`` with its articles as the editors corrected them (outlet, title, date)."""
    docs = store.apply_metas(analysis.documents)
    if all(d is e for d, e in zip(docs, analysis.documents, strict=True)):
        return analysis
    return Analysis(documents=docs, claims=analysis.claims, links=analysis.links, clusters=analysis.clusters)


class _Index(AnalysisIndex):
    """The analysis's index (claims.analysis) plus the files behind the documents, read once per export."""

    def __init__(self, analysis: Analysis):
        super().__init__(analysis)
        self._sources: dict[str, SourceText | None] = {}

    def source(self, doc: Document) -> SourceText | None:
        """The file behind a document, mapped (read once per export)."""
        if doc.id not in self._sources:
            from claims.documents import source_text

            self._sources[doc.id] = source_text(doc)
        return self._sources[doc.id]

    def evidence_line(self, ev: Evidence) -> str:
        if ev.kind == "claim":
            c = self.claims.get(ev.claim_id)
            outlet = self.outlet(c.doc) if c else (ev.outlet or ev.doc_id)
            text = c.text if c else (ev.quote or ev.claim_id)
            return f"{ev.relation}: {outlet}: {text}" if outlet else f"{ev.relation}: {text}"
        parts = [p for p in (ev.text, f"<{ev.url}>" if ev.url else "") if p]
        return f"{ev.relation}: source: {' '.join(parts)}"


# ---------------------------------------------------------------------------- CSV


def _values(claim: Claim) -> str:
    return "; ".join(f"{v.kind}: {v.text}" for v in claim.values)


def _csv(analysis: Analysis, store: AnnotationStore, *, excel: bool) -> tuple[bytes, int]:
    idx = _Index(analysis)
    anns = {c.id: store.get(c.id) for c in analysis.claims}
    editors = sorted({e for a in anns.values() if a is not None for e in a.live_verdicts()})
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([csv_cell(x) for x in csv_columns(editors)])
    n = 0
    for c in analysis.claims:
        d = idx.docs.get(c.doc)
        a = anns[c.id]
        cl = idx.cluster_of(c.id)
        adj = a.adjudication if a is not None and a.adjudication is not None and a.adjudication.status else None
        given = a.live_verdicts() if a else {}
        row = [
            d.path if d else "", d.outlet if d else "", d.title if d else "",
            d.date.isoformat() if d and d.date else "",
            c.id, c.text, _values(c),
            (a.status if a and a.status else UNTAGGED),
            a.note if a else "",
            "\n".join(idx.evidence_line(e) for e in a.evidence) if a else "",
            cl.summary if cl else "",
            a.editor if a else "", a.created if a else "", a.updated if a else "",
            c.start, c.end,
            a.status if a and a.status else "",
            ReviewColumn.of(a.review) if a else ReviewColumn.UNTAGGED,
            adj.by if adj else "", adj.reason if adj else "",
            *(given.get(e, "") for e in editors),
        ]
        w.writerow([csv_cell(x) for x in row])
        n += 1
    return buf.getvalue().encode("utf-8-sig" if excel else "utf-8"), n


#: the status column of a claim nobody has tagged
UNTAGGED = "untagged"


# ---------------------------------------------------------------------------- JSONL


def _jsonl(analysis: Analysis, store: AnnotationStore) -> tuple[bytes, int]:
    from store.importer import META_LINE

    anns = store.annotations() + store.orphans()
    lines = [json_text(a.to_dict()) for a in anns]
    metas = sorted(store.meta_records(), key=lambda r: r["doc_id"])
    lines += [json_text({"type": META_LINE, **rec}) for rec in metas if rec.get("fields")]
    return ("".join(line + "\n" for line in lines)).encode("utf-8"), len(lines)


# ---------------------------------------------------------------------------- W3C

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: characters kept as they are in a URL (RFC 3986 reserved and unreserved, and ``%``, whose
#: stray uses are fixed first); everything else is percent-encoded as UTF-8
_URL_SAFE = "!#$&'()*+,/:;=?@[]~-._"
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def url_iri(url: str) -> str | None:
    """``url`` as a valid IRI (percent-encoding spaces, controls and the like), or None when it
    is not an absolute URL (no scheme): then it cannot be a target."""
    from urllib.parse import quote

    url = url.strip()
    if not _SCHEME.match(url):
        return None
    return quote(_STRAY_PERCENT.sub("%25", url), safe=_URL_SAFE + "%")


def file_iri(path: str) -> str:
    """A ``file:`` IRI for a document path (``pathlib``'s percent-encoding of every byte an IRI
    cannot hold), or the path made a valid IRI when it already is a URL."""
    if _SCHEME.match(path) and "://" in path:
        return url_iri(path) or path
    try:
        return Path(path).expanduser().resolve().as_uri()
    except (OSError, ValueError, RuntimeError):
        from urllib.parse import quote

        return "file://" + quote(os.path.abspath(path).encode("utf-8", "surrogateescape"), safe="/")


def text_iri(text: str) -> str:
    """An RFC 6920 ``ni:`` IRI naming exactly ``text`` (UTF-8) by its SHA-256."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    return "ni:///sha-256;" + digest.decode("ascii").rstrip("=") + "?ct=text/plain"


def _selectors(text: str, start: int, end: int) -> list[dict]:
    pos, q = selectors_for(text, start, end)
    return [{"type": "TextPositionSelector", "start": pos.start, "end": pos.end},
            {"type": "TextQuoteSelector", "exact": q.exact, "prefix": q.prefix, "suffix": q.suffix}]


def _article(doc: Document, iri: str) -> dict | None:
    """The article a target is part of, with what is known of it (``dcterms``, which the Web
    Annotation context maps), or None when nothing is."""
    out: dict[str, Any] = {"id": iri}
    if doc.title:
        out["dcterms:title"] = doc.title
    if doc.outlet:
        out["dcterms:publisher"] = doc.outlet
    if doc.date:
        out["dcterms:issued"] = doc.date.isoformat()
    return out if len(out) > 1 else None


def text_target(idx: _Index, doc: Document, start: int, end: int) -> dict:
    """A target on ``doc.text[start:end]`` whose selectors index what its ``source`` denotes.

    - ``.txt``/``.md`` whose file still gives this text: ``source`` is the file's IRI and
      both selectors index the file's characters (``claims.documents.SourceText``: decoded,
      BOM left out, CRLF, NULs and front matter kept), so the offsets differ from
      ``Document.text``'s where the loader normalised the text;
    - HTML (its text was extracted from the markup), or a file that is gone or changed: the
      offsets index the extracted text itself, so ``source`` names exactly that text (an
      RFC 6920 ``ni:`` IRI of its SHA-256) and ``scope`` is the file it came from.
    """
    src = idx.source(doc)
    out: dict[str, Any]
    if src is not None:
        s, e = src.span(start, end)
        out = {"type": "SpecificResource", "source": file_iri(doc.path), "selector": _selectors(src.text, s, e)}
    else:
        out = {"type": "SpecificResource", "source": text_iri(doc.text), "scope": file_iri(doc.path),
               "selector": _selectors(doc.text, start, end)}
    article = _article(doc, file_iri(doc.path))
    if article is not None:
        out["dcterms:isPartOf"] = article
    return out


def _ann_target(a: Annotation, idx: _Index) -> dict:
    doc = idx.docs.get(a.doc_id)
    if doc is not None and not a.orphan and doc_hash(doc) == a.doc_hash:
        return text_target(idx, doc, a.start, a.end)
    # the text it was made on is not loaded: only the quote can say where it is
    return {"type": "SpecificResource", "source": file_iri(a.doc_path or a.doc_id),
            "selector": {"type": "TextQuoteSelector", "exact": a.quote.exact, "prefix": a.quote.prefix[-CONTEXT:],
                         "suffix": a.quote.suffix[:CONTEXT]}}


def _claim_target(idx: _Index, ev: Evidence) -> dict:
    c = idx.claims.get(ev.claim_id)
    d = idx.docs.get(c.doc) if c else None
    if c and d:
        return text_target(idx, d, c.start, c.end)
    return {"source": f"urn:claimdesk:claim:{_urn_part(ev.claim_id)}",
            "selector": {"type": "TextQuoteSelector", "exact": ev.quote}}


def _urn_part(s: str) -> str:
    from urllib.parse import quote

    return quote(s, safe="-._~:")


def _person(name: str) -> dict:
    return {"type": "Person", "name": name}


def _base(a: Annotation, suffix: str, motivation: str) -> dict:
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:claimdesk:annotation:{_urn_part(a.id)}:{suffix}",
        "type": "Annotation",
        "motivation": motivation,
        "creator": _person(a.editor),
        "created": a.created,
        "modified": a.updated,
    }


def _final_creator(a: Annotation) -> dict | list[dict]:
    """Who made the final verdict: the lead who adjudicated, else the editors whose verdicts agree
    (the last editor for an annotation without per-editor verdicts)."""
    if a.review is ReviewState.ADJUDICATED and a.adjudication is not None:
        return _person(a.adjudication.by)
    agreed = sorted(e for e, s in a.live_verdicts().items() if s == a.status)
    if not agreed:
        return _person(a.editor)
    return _person(agreed[0]) if len(agreed) == 1 else [_person(e) for e in agreed]


def _text_body(value: str, purpose: str) -> dict:
    return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}


def _w3c_items(a: Annotation, idx: _Index) -> list[dict]:
    items = []
    if a.status:
        it = _base(a, "status", "assessing")
        it["creator"] = _final_creator(a)
        it["body"] = _text_body(a.status, "assessing")
        if a.review is ReviewState.ADJUDICATED and a.adjudication is not None and a.adjudication.reason:
            it["body"] = [it["body"], _text_body(a.adjudication.reason, "commenting")]
        it["target"] = _ann_target(a, idx)
        items.append(it)
    for editor, verdict in sorted(a.verdicts.items()):
        if verdict.status is None:
            continue
        it = _base(a, f"verdict:{_urn_part(editor)}", "assessing")
        it["creator"] = _person(editor)
        if verdict.at:
            it["created"] = it["modified"] = verdict.at
        it["body"] = _text_body(verdict.status, "assessing")
        it["target"] = _ann_target(a, idx)
        items.append(it)
    if a.note:
        it = _base(a, "note", "commenting")
        it["body"] = {"type": "TextualBody", "value": a.note, "purpose": "commenting", "format": "text/plain"}
        it["target"] = _ann_target(a, idx)
        items.append(it)
    for i, ev in enumerate(a.evidence):
        url = url_iri(ev.url) if ev.url else None
        if ev.kind == "claim":
            it = _base(a, f"evidence-{i}", "linking")
            it["body"] = {"type": "TextualBody", "value": ev.relation, "purpose": "tagging", "format": "text/plain"}
            it["target"] = [_ann_target(a, idx), _claim_target(idx, ev)]
        elif url:
            it = _base(a, f"evidence-{i}", "linking")
            it["body"] = {"type": "TextualBody", "value": f"{ev.relation}: {ev.text}".rstrip(": "),
                          "purpose": "tagging", "format": "text/plain"}
            it["target"] = [_ann_target(a, idx), {"id": url}]
        else:
            it = _base(a, f"evidence-{i}", "commenting")
            said = " ".join(p for p in (ev.text, f"<{ev.url}>" if ev.url else "") if p)
            it["body"] = {"type": "TextualBody", "value": f"{ev.relation}: source: {said}",
                          "purpose": "commenting", "format": "text/plain"}
            it["target"] = _ann_target(a, idx)
        items.append(it)
    return items


def _w3c(analysis: Analysis, store: AnnotationStore) -> tuple[bytes, int]:
    idx = _Index(analysis)
    items = [it for a in store.annotations() for it in _w3c_items(a, idx)]
    doc = {
        "@context": W3C_CONTEXT,
        "id": f"urn:claimdesk:collection:{_urn_part(store.path.name)}",
        "type": "AnnotationCollection",
        "label": "claimdesk annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return (json_text(doc, indent=1) + "\n").encode("utf-8"), len(items)


# ---------------------------------------------------------------------------- the registry


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One way out: its name (the command line's ``--NAME`` when ``flag``), a label for people, the file
    suffix, what its count counts, and the writer that turns an analysis and a store into bytes."""

    name: str
    label: str
    suffix: str
    unit: str  # what the returned count counts: "rows", "lines", "annotations"
    write: Callable[[Analysis, AnnotationStore], tuple[bytes, int]]
    flag: bool = True  # a command-line option of its own (the Excel CSV is --csv with --excel)
    help: str = ""


def _excel(analysis: Analysis, store: AnnotationStore) -> tuple[bytes, int]:
    return _csv(analysis, store, excel=True)


def _plain_csv(analysis: Analysis, store: AnnotationStore) -> tuple[bytes, int]:
    return _csv(analysis, store, excel=False)


#: every export format, in the order the desk offers them
FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("csv", "CSV: one row per claim (RFC 4180, UTF-8)", ".csv", "rows", _plain_csv,
                 help="one row per claim (RFC 4180, UTF-8)"),
    ExportFormat("excel", "CSV for Excel: the same with a byte-order mark", ".csv", "rows", _excel, flag=False,
                 help="CSV with a UTF-8 BOM so Excel reads the accents"),
    ExportFormat("jsonl", "JSONL: one annotation per line, lossless (orphans too)", ".jsonl", "lines", _jsonl,
                 help="one annotation per line"),
    ExportFormat("w3c", "W3C Web Annotation JSON-LD", ".jsonld", "annotations", _w3c,
                 help="W3C Web Annotation JSON-LD"),
)}
#: the format names (kept for callers of the first version)
KINDS = tuple(FORMATS)
