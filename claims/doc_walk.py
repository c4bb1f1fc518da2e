"""Finding article files: which suffixes count, and a folder walk that survives symlink loops.

Kept apart from ``claims.documents`` so the command line can check a folder before the
app starts without importing the loader's parsers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from claims.model import DocumentError

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_NO_DOCS = "no readable documents (.txt, .md, .html) in it"


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file or folder"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a folder, not a file"
    return (e.strerror or type(e).__name__).lower()


def count_files(paths: Iterable[str | Path]) -> int:
    """How many candidate article files the paths hold (for a progress bar); cheap, no reading."""
    n = 0
    for path in paths:
        p = Path(path)
        if os.path.isdir(p):
            n += sum(1 for _ in _walk(p, []))
        else:
            n += 1
    return n


def has_documents(folder: str | Path) -> bool:
    """Whether the folder holds at least one candidate article file (stops at the first)."""
    return any(True for _ in _walk(Path(folder), []))


def precheck_folder(folder: str | Path) -> DocumentError | None:
    return None if has_documents(folder) else DocumentError(str(folder), _NO_DOCS)


def _walk(root: Path, errors: list[DocumentError]) -> Iterator[Path]:
    """Paths with a supported suffix under ``root``, in sorted depth-first order, each folder
    visited once (by its real path, so symlink loops end)."""
    visited = {os.path.realpath(root)}
    stack = [iter(_entries(root, errors))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            real = os.path.realpath(entry.path)
            if real not in visited:
                visited.add(real)
                stack.append(iter(_entries(Path(entry.path), errors)))
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            # an article by its name even if it is a broken link, a link loop or a pipe:
            # load_document says what is wrong with it (and never opens a pipe)
            yield Path(entry.path)


def _entries(folder: Path, errors: list[DocumentError]) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as e:
        errors.append(DocumentError(str(folder), _os_reason(e)))
        return []
