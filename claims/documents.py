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

import bisect
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.boilerplate import boilerplate_reasons, is_boilerplate
from claims.doc_paragraphs import bounded, date_stamp, line_spans, markdown_spans, split_paragraphs, text_spans
from claims.doc_walk import _NO_DOCS, SUFFIXES, _os_reason, _walk, has_documents
from claims.encoding import DAMAGED_UTF8, BinaryData, UndecodableText, decode_bytes
from claims.metadata import parse_date, parse_front_matter, read_header
from claims.model import Document, DocumentError, Paragraph

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "Loaded",
    "SourceText",
    "iter_load",
    "iter_load_mapped",
    "load_document",
    "load_or_error",
    "load_paths",
    "read_article",
    "slugify",
    "source_text",
    "split_paragraphs",
]

#: files larger than this are refused before they are read
MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024

#: file suffix -> Document.format


# --------------------------------------------------------------------------- one file


def load_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Load one article file. Raises :class:`DocumentError` naming the file and the reason.

    What the path is, is checked with ``stat`` before it is opened (a folder, a FIFO, a
    device, an unsupported type or an oversized file is never opened), and again with
    ``fstat`` on the descriptor the bytes are then read from (see :func:`read_article`), so a
    file swapped for a FIFO in between cannot block the load.
    """
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
    raw = read_article(p, name)
    if not raw.strip():
        raise DocumentError(name, "empty file")
    try:
        return _build(name, p, raw, fmt, doc_id)
    except DocumentError:
        raise
    except Exception as e:  # a bug here must still not give the user a traceback
        raise DocumentError(name, f"could not be read (internal error: {type(e).__name__})") from None


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _open_checked(path: Path, name: str) -> int:
    """A descriptor of ``path`` opened without blocking, that ``fstat`` says is a regular file."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as e:
        raise DocumentError(name, _os_reason(e)) from None
    except ValueError:
        raise DocumentError(name, "no such file or folder") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise DocumentError(name, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError(name, "not a regular file")
        if st.st_size > MAX_BYTES:
            raise DocumentError(name, _too_large(st.st_size))
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_article(path: str | Path, name: str | None = None, *, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of an article file, read from the descriptor that was checked.

    The file is opened with ``O_NONBLOCK`` (a FIFO or device swapped in cannot block the
    open) and ``fstat`` of that same descriptor must say regular file before a byte is read.
    The descriptor stays non-blocking, so a pseudo-file that would block (``/proc/kmsg``)
    is refused instead of waited on, and reading stops past ``limit`` (a /proc file reports
    size 0; its real length is only known by reading). DocumentError names the reason.
    """
    name = str(path) if name is None else name
    fd = _open_checked(Path(path), name)
    try:
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            try:
                # whole 64 KiB blocks (some pseudo-files only take reads of a multiple of 8 bytes);
                # the last one may go past the limit by less than a block
                chunk = os.read(fd, 1 << 16 if limit < 1 << 20 else 1 << 20)
            except BlockingIOError:
                raise DocumentError(name, "reading it would wait forever (not an ordinary file)") from None
            except OSError as e:
                raise DocumentError(name, _os_reason(e)) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:  # it grew since fstat, or it is a pseudo-file with no end
        raise DocumentError(name, _too_large(total) if limit == MAX_BYTES else "too large")
    return b"".join(chunks)


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

    title = outlet = byline = url = ""
    date = None
    if fmt == "html":
        from claims.doc_html import extract_html

        art = extract_html(text)
        if not art.blocks:
            raise DocumentError(name, "no article text found")
        text = "\n\n".join(art.blocks)
        spans = line_spans(text)
        title, outlet, byline, date, url = art.title, art.outlet, art.byline, art.date, art.url
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
        url = fields.get("url", "") if fields.get("url", "").startswith(("http://", "https://")) else ""
        date = parse_date(fields.get("date", ""))
    else:
        spans = text_spans(text)
    spans = bounded(text, spans)  # no paragraph over MAX_PARAGRAPH characters, however the file is laid out
    if fmt != "html":
        spans = date_stamp(text, spans)  # (" date 2018-08-16 Italy on Saturday ...": the stored page's day)

    header = read_header(text, spans, is_boilerplate)
    reasons = boilerplate_reasons(text, spans, header.metadata)
    paragraphs = [Paragraph(i, s, e, bool(r), r) for i, ((s, e), r) in enumerate(zip(spans, reasons, strict=True))]
    if fmt == "html" and all(p.boilerplate for p in paragraphs):
        raise DocumentError(name, "no article text found")  # only a cookie banner, menus, a form...
    title = title or header.title or _fallback_title(text, paragraphs) or path.stem
    if not (outlet or header.outlet) or not (date or header.date):
        from claims.metadata import infer_date, infer_outlet

        outlet = outlet or header.outlet or infer_outlet(text, spans)
        date = date or header.date or infer_date(text, spans)
    return Document(
        id=doc_id or slugify(path.stem),
        path=name,
        text=text,
        outlet=outlet or header.outlet,
        title=title,
        date=date or header.date,
        byline=byline or header.byline,
        url=url or header.url,
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
        if para.boilerplate and para.reason != "headline" and not (
                para.reason == "related link" and len(block.split()) >= 4):
            continue  # (a headline above the body may read as a link to another story: "Explainer: what ...")
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
        if isinstance(item, DocumentError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


def iter_load(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """``load_paths`` one result at a time, in the same order and with the same ids,
    so a caller can show documents as they arrive."""
    for item, _ in iter_load_mapped(paths):
        yield item


#: what a ``load_many`` function gives for each file: the Document (with the id its file name gives, before
#: ids are made unique) or the DocumentError, and anything else it worked out from that Document
Loaded = tuple[Document | DocumentError, Any]


def load_or_error(path: Path) -> Loaded:
    """One file as ``iter_load_mapped`` loads it: ``(Document or DocumentError, None)``."""
    try:
        return load_document(path), None
    except DocumentError as e:
        return e, None


def iter_load_mapped(paths: Iterable[str | Path],
                     load_many: Callable[[list[Path]], Iterator[Loaded]] | None = None,
                     ) -> Iterator[tuple[Document | DocumentError, Any]]:
    """``iter_load`` with the files loaded by ``load_many``: a function given every file to load (in order,
    each real file once) that returns an iterator of :data:`Loaded` in the same order, lazily or not (a
    process pool's ordered map, say). Yields ``(item, extra)``: ``item`` exactly as ``iter_load`` gives it
    (same order, same unique ids, same errors) and ``extra`` as ``load_many`` returned it; a Document whose
    id had to be made unique comes with the id its file gave (``extra`` was worked out for that one), and a
    file reached again after it failed the first time is loaded again here, with ``extra`` None.

    The folders are walked first (cheap: no file is read), then the files are loaded."""
    plan = _plan(paths)
    files: list[Path] = []
    first_of: dict[str, int] = {}  # real path -> the plan step that loads it
    for k, step in enumerate(plan):
        if step[0] == "file":
            if step[2] not in first_of:
                first_of[step[2]] = k
                files.append(step[1])
    results = (load_many or _load_each)(files)
    loaded_ok: set[str] = set()  # real paths loaded (a later path to the same file is skipped)
    used_ids: set[str] = set()
    in_folder = 0  # documents loaded from the folder being walked
    for k, step in enumerate(plan):
        kind = step[0]
        if kind == "error":
            yield step[1], None
        elif kind == "begin":
            in_folder = 0
        elif kind == "end":
            if not in_folder:
                yield DocumentError(step[1], _NO_DOCS), None
        else:
            real = step[2]
            if first_of[real] == k:
                item, extra = next(results)
            elif real in loaded_ok:
                in_folder += 1  # already loaded through another path
                continue
            else:  # the first path to this file failed: this one is tried (and named) on its own
                item, extra = load_or_error(step[1])
            if isinstance(item, Document):
                loaded_ok.add(real)
                in_folder += 1
                item = _with_id(item, _unique(item.id, used_ids))
            yield item, extra


def _load_each(files: list[Path]) -> Iterator[Loaded]:
    return (load_or_error(f) for f in files)


def _plan(paths: Iterable[str | Path]) -> list[tuple]:
    """The steps of a load, in order: ``("file", path, real path)``, ``("error", DocumentError)``, and
    ``("begin", folder)`` / ``("end", folder)`` around a folder's files (a folder that gives no document is
    itself an error)."""
    plan: list[tuple] = []
    errors: list[DocumentError] = []
    for path in paths:
        p = Path(path)
        if os.path.isdir(p):  # False (not an exception) for odd paths: load_document reports them
            plan.append(("begin", str(path)))
            for item in _walk(p, errors):
                plan.extend(("error", e) for e in errors)
                errors.clear()
                plan.append(("file", item, _real(item)))
            plan.extend(("error", e) for e in errors)
            errors.clear()
            plan.append(("end", str(path)))
        else:
            plan.append(("file", p, _real(p)))
    return plan


def _real(f: Path) -> str:
    try:
        return os.path.realpath(f)
    except (OSError, ValueError):
        return str(f)


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
        read_article(p, name, limit=0)  # opens it (permissions) through the same checks as the loader
    except DocumentError as e:
        if e.reason != "too large":
            return e
    return None


def _with_id(doc: Document, new_id: str) -> Document:
    if doc.id == new_id:
        return doc
    from dataclasses import replace

    return replace(doc, id=new_id)


# --------------------------------------------------------------------------- the file behind the text


@dataclass(frozen=True, slots=True)
class SourceText:
    """What a Document's file says, character for character, and where ``Document.text`` sits in it.

    ``text`` is the file decoded in its encoding with the byte-order mark left out (a BOM is
    the encoding's signature, not a character of the text) and nothing else changed: a CRLF
    stays two characters, stray NULs stay, Markdown front matter stays. This is the text a
    ``file:`` IRI of a ``.txt``/``.md`` file denotes, so a W3C ``TextPositionSelector`` on
    that IRI indexes it.

    ``runs`` are ``(Document.text offset, text offset)`` pairs where a run of identical
    characters starts; between runs the loader dropped a NUL or a CR (or read a lone CR as a
    newline, character for character).
    """

    path: str
    text: str
    encoding: str
    runs: tuple[tuple[int, int], ...]

    def offset(self, i: int) -> int:
        """Where ``Document.text[i]`` is in ``text`` (``i`` may be ``len(Document.text)``: the end)."""
        k = bisect.bisect_right(self.runs, (i, len(self.text) + 1)) - 1
        d, s = self.runs[max(k, 0)]
        return s + (i - d)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``text`` that holds ``Document.text[start:end]`` (and nothing outside it)."""
        s = self.offset(start)
        e = self.offset(end - 1) + 1 if end > start else s
        return s, e


def source_text(doc: Document) -> SourceText | None:
    """Read ``doc``'s file again and map ``doc.text`` back into it (see :class:`SourceText`).

    None for HTML (its text is extracted from the page, not a span of the file), and when the
    file is gone, refused, or no longer gives exactly ``doc.text``: then nothing can vouch
    that an offset indexes the file.
    """
    if doc.format not in ("txt", "md"):
        return None
    try:
        raw = read_article(doc.path)
        loaded, encoding = decode_bytes(raw, None)
    except (DocumentError, BinaryData, UndecodableText):
        return None
    if not loaded.endswith(doc.text) or (doc.format == "txt" and len(loaded) != len(doc.text)):
        return None
    skip = len(loaded) - len(doc.text)  # .md: front matter and blank lines before the body
    file_text = _decode_verbatim(raw, encoding)
    if file_text is None:
        return None
    runs = _align(file_text, loaded)
    if runs is None:
        return None
    # re-base the runs on doc.text: drop what lies before the body, shift the rest
    first = bisect.bisect_right(runs, (skip, len(file_text) + 1)) - 1
    d0, s0 = runs[first]
    shifted = [(0, s0 + (skip - d0))] + [(d - skip, s) for d, s in runs[first + 1:]]
    return SourceText(path=doc.path, text=file_text, encoding=encoding, runs=tuple(shifted))


def _decode_verbatim(raw: bytes, encoding: str) -> str | None:
    """``raw`` decoded as the loader decoded it, but keeping NULs and CRs."""
    try:
        if encoding == DAMAGED_UTF8:
            return raw.decode("utf-8", errors="replace")
        return raw.decode(encoding)  # the BOM codecs (utf-8-sig, utf-16, utf-32) leave the BOM out
    except (UnicodeDecodeError, LookupError):
        return None


_DROPPED = re.compile(r"[\x00\r]")


def _align(file_text: str, loaded: str) -> list[tuple[int, int]] | None:
    """Runs ``(loaded offset, file_text offset)`` when ``loaded`` is ``file_text`` with some NULs
    dropped, CRLF read as LF and lone CRs read as LF (what ``decode_bytes`` does); else None."""
    runs: list[tuple[int, int]] = []
    i = j = 0
    n = len(file_text)
    while True:
        m = _DROPPED.search(file_text, i)
        end = m.start() if m else n
        if loaded[j : j + end - i] != file_text[i:end]:
            return None
        runs.append((j, i))
        j += end - i
        i = end
        if m is None:
            break
        ch = file_text[i]
        if ch == "\r" and _crlf_at(file_text, i, loaded, j):
            i += 1  # dropped; the LF matches in the next run
        elif j < len(loaded) and loaded[j] == ("\n" if ch == "\r" else "\x00"):
            runs.append((j, i))  # a lone CR read as LF, or a NUL the loader kept: one for one
            i += 1
            j += 1
        else:
            i += 1  # a NUL the loader dropped
    return runs if j == len(loaded) else None


def _crlf_at(file_text: str, i: int, loaded: str, j: int) -> bool:
    """Whether the CR at ``file_text[i]`` was read as half of a CRLF: an LF follows it, directly
    or after NULs the loader dropped (it drops NUL bytes before it reads newlines)."""
    k = i + 1
    while k < len(file_text) and file_text[k] == "\x00":
        k += 1
    if k >= len(file_text) or file_text[k] != "\n":
        return False
    return k == i + 1 or not loaded.startswith("\x00", j + 1)
