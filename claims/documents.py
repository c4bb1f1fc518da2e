"""Load articles from disk. (Minimal first version: plain text only; being replaced.)"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from claims.model import Document, DocumentError, Paragraph

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def split_paragraphs(text: str) -> list[Paragraph]:
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            s, e = m.start(), m.end()
            while text[s].isspace():
                s += 1
            while text[e - 1].isspace():
                e -= 1
            paras.append(Paragraph(len(paras), s, e))
    return paras


def load_document(path: str | Path, doc_id: str | None = None) -> Document:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise DocumentError(str(p), e.strerror or str(e)) from None
    if not raw.strip():
        raise DocumentError(str(p), "empty file")
    text = raw.decode("utf-8", errors="replace")
    return Document(
        id=doc_id or p.stem,
        path=str(p),
        text=text,
        paragraphs=tuple(split_paragraphs(text)),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def load_paths(paths: Iterable[str | Path]) -> tuple[list[Document], list[DocumentError]]:
    docs, errors = [], []
    for path in paths:
        try:
            docs.append(load_document(path))
        except DocumentError as e:
            errors.append(e)
    return docs, errors
