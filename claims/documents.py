"""Load articles from disk: ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm`` files and folders of them.

Public API (other layers call these)::

    load_document(path, doc_id=None) -> Document          raises DocumentError
    load_paths(paths) -> (list[Document], list[DocumentError])

Every failure is a :class:`~claims.model.DocumentError` whose ``str()`` is one line,
``"PATH: reason"``; nothing else escapes. Offsets in the returned paragraphs point
into ``Document.text``: the decoded file for ``.txt``, the body after the front
matter for ``.md``, the extracted main text (blocks joined by blank lines) for HTML.

Heavy libraries (trafilatura, charset-normalizer) are imported only when a file
needs them, so importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from claims.boilerplate import boilerplate_reasons, is_boilerplate
from claims.doc_paragraphs import line_spans, markdown_spans, split_paragraphs, text_spans
from claims.doc_walk import _NO_DOCS, SUFFIXES, _os_reason, _walk, has_documents
from claims.encoding import BinaryData, UndecodableText, decode_bytes
from claims.metadata import parse_date, parse_front_matter, read_header
from claims.model import Document, DocumentError, Paragraph

__all__ = ["MAX_BYTES", "SUFFIXES", "load_document", "load_paths", "slugify", "split_paragraphs"]

#: files larger than this are refused before they are read
MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024

#: file suffix -> Document.format


# --------------------------------------------------------------------------- one file


def load_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Load one article file. Raises :class:`DocumentError` naming the file and the reason."""
    name = str(path)
    p = Path(path)
    try:
        st = p.stat()
    except OSError as e:
        raise DocumentError(name, _os_reason(e)) from None
    except ValueError:  # an embedded NUL byte: no file can have that name
        raise DocumentError(name, "no such file or folder") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(name, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError(name, "not a regular file")
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        shown = f"'{p.suffix}'" if p.suffix else "without a suffix"
        raise DocumentError(name, f"unsupported file type {shown} (use .txt, .md or .html)")
    if st.st_size > MAX_BYTES:
        raise DocumentError(name, _too_large(st.st_size))
    try:
        with open(p, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise DocumentError(name, _os_reason(e)) from None
    if len(raw) > MAX_BYTES:  # it grew since stat
        raise DocumentError(name, _too_large(len(raw)))
    if not raw.strip():
        raise DocumentError(name, "empty file")
    try:
        return _build(name, p, raw, fmt, doc_id)
    except DocumentError:
        raise
    except Exception as e:  # a bug here must still not give the user a traceback
        raise DocumentError(name, f"could not be read (internal error: {type(e).__name__})") from None


def _build(name: str, path: Path, raw: bytes, fmt: str, doc_id: str | None) -> Document:
    declared = None
    if fmt == "html":
        from claims.doc_html import declared_charset

        declared = declared_charset(raw)
    try:
        text, encoding = decode_bytes(raw, declared)
    except BinaryData:
        raise DocumentError(name, "binary file, not text") from None
    except UndecodableText as e:
        raise DocumentError(name, f"cannot decode the text ({e})") from None
    if not text.strip():
        raise DocumentError(name, "empty file (only whitespace)")

    title = outlet = byline = ""
    date = None
    if fmt == "html":
        from claims.doc_html import extract_html

        art = extract_html(text)
        if not art.blocks:
            raise DocumentError(name, "no article text found")
        text = "\n\n".join(art.blocks)
        spans = line_spans(text)
        title, outlet, byline, date = art.title, art.outlet, art.byline, art.date
    elif fmt == "md":
        fm = parse_front_matter(text)
        fields: dict[str, str] = {}
        if fm is not None:
            fields, offset = fm
            text = text[offset:]
        text = _drop_leading_blank_lines(text)
        if not text.strip():
            raise DocumentError(name, "no article text found (only front matter)")
        spans = markdown_spans(text)
        title, outlet, byline = fields.get("title", ""), fields.get("outlet", ""), fields.get("byline", "")
        date = parse_date(fields.get("date", ""))
    else:
        spans = text_spans(text)

    header = read_header(text, spans, is_boilerplate)
    reasons = boilerplate_reasons(text, spans, header.metadata)
    paragraphs = [Paragraph(i, s, e, bool(r), r) for i, ((s, e), r) in enumerate(zip(spans, reasons, strict=True))]
    if fmt == "html" and all(p.boilerplate for p in paragraphs):
        raise DocumentError(name, "no article text found")  # only a cookie banner, menus, a form...
    title = title or header.title or _fallback_title(text, paragraphs) or path.stem
    return Document(
        id=doc_id or slugify(path.stem),
        path=name,
        text=text,
        outlet=outlet or header.outlet,
        title=title,
        date=date or header.date,
        byline=byline or header.byline,
        paragraphs=tuple(paragraphs),
        format=fmt,
        encoding=encoding,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _drop_leading_blank_lines(text: str) -> str:
    m = re.match(r"(?:[^\S\n]*\n)+", text)
    return text[m.end() :] if m else text


def _fallback_title(text: str, paragraphs: list[Paragraph]) -> str:
    """The first short non-boilerplate line near the top (before the first prose paragraph)."""
    from claims.metadata import clean_markup, is_prose, looks_like_title

    for para in paragraphs[:8]:
        block = text[para.start : para.end]
        if para.boilerplate and para.reason != "headline":
            continue
        if looks_like_title(block):
            return clean_markup(block)
        if is_prose(block):
            break
    return ""


def _too_large(size: int) -> str:
    return f"too large ({size / _MB:.1f} MB; the limit is {MAX_BYTES // _MB} MB)"


# --------------------------------------------------------------------------- ids

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i ye yi g".split(),
        strict=True,
    )
)
_CYRILLIC["ъ"] = _CYRILLIC["ь"] = ""


def slugify(stem: str) -> str:
    """A short, stable, lowercase ``[a-z0-9-]`` id for a file stem."""
    s = "".join(_CYRILLIC.get(ch, ch) for ch in stem.lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:48].strip("-")
    return s or "doc-" + hashlib.sha1(stem.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


# --------------------------------------------------------------------------- many paths


def load_paths(paths: Iterable[str | Path]) -> tuple[list[Document], list[DocumentError]]:
    """Load files and folders (recursively, sorted, hidden files skipped).

    Returns the documents in order and one error per bad input. A folder that
    yields no document is itself an error. The same file reached twice (a
    symlink, a folder and a file inside it) is loaded once. Ids are made unique
    within the call by suffixing ``-2``, ``-3``.
    """
    docs: list[Document] = []
    errors: list[DocumentError] = []
    for item in iter_load(paths):
        (errors if isinstance(item, DocumentError) else docs).append(item)
    return docs, errors


def iter_load(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """``load_paths`` one result at a time, in the same order and with the same ids,
    so a caller can show documents as they arrive."""
    errors: list[DocumentError] = []
    seen: set[str] = set()
    used_ids: set[str] = set()

    def load_one(f: Path) -> Document | DocumentError | None:
        try:
            real = os.path.realpath(f)
        except (OSError, ValueError):
            real = str(f)
        if real in seen:
            return None
        try:
            doc = load_document(f)
        except DocumentError as e:
            return e
        seen.add(real)
        return _with_id(doc, _unique(doc.id, used_ids))

    for path in paths:
        p = Path(path)
        if os.path.isdir(p):  # False (not an exception) for odd paths: load_document reports them
            loaded = 0
            for item in _walk(p, errors):
                yield from errors
                errors.clear()
                result = load_one(item)
                if result is None:
                    loaded += 1  # already loaded through another path
                else:
                    loaded += isinstance(result, Document)
                    yield result
            yield from errors
            errors.clear()
            if not loaded:
                yield DocumentError(str(path), _NO_DOCS)
        else:
            result = load_one(p)
            if result is not None:
                yield result


PRECHECK_FULL_LOAD = 1024 * 1024  # plain-text files up to this size are loaded in full by precheck


def precheck(path: str | Path) -> DocumentError | None:
    """A quick look before the app starts: the reason this path cannot give any article, or None.

    Folders must hold at least one candidate file; plain-text files up to 1 MB are
    loaded in full (milliseconds); HTML and larger files get the checks that need no
    parsing (exists, regular file, type, size). What passes here can still fail in
    the app, which then says so in a notice.
    """
    name = str(path)
    p = Path(path)
    try:
        if os.path.isdir(p):
            return None if has_documents(p) else DocumentError(name, _NO_DOCS)
        st = p.stat()
    except OSError as e:
        return DocumentError(name, _os_reason(e))
    except ValueError:
        return DocumentError(name, "no such file or folder")
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt in ("txt", "md") and stat.S_ISREG(st.st_mode) and st.st_size <= PRECHECK_FULL_LOAD:
        try:
            load_document(p)
        except DocumentError as e:
            return e
        return None
    if not stat.S_ISREG(st.st_mode):
        return DocumentError(name, "is a folder, not a file" if stat.S_ISDIR(st.st_mode) else "not a regular file")
    if fmt is None:
        shown = f"'{p.suffix}'" if p.suffix else "without a suffix"
        return DocumentError(name, f"unsupported file type {shown} (use .txt, .md or .html)")
    if st.st_size > MAX_BYTES:
        return DocumentError(name, _too_large(st.st_size))
    if st.st_size == 0:
        return DocumentError(name, "empty file")
    try:
        with open(p, "rb") as f:
            f.read(1)
    except OSError as e:
        return DocumentError(name, _os_reason(e))
    return None


def _with_id(doc: Document, new_id: str) -> Document:
    if doc.id == new_id:
        return doc
    from dataclasses import replace

    return replace(doc, id=new_id)
