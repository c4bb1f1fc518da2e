"""Finding article files: which suffixes count, and a folder walk that survives symlink loops,
stays linear in the number of entries however deep the folders go, and stops at a depth limit.

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


#: how deep a folder walk goes below the folder given; deeper folders are named in one error
MAX_DEPTH = 64
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_FD_WALK = os.scandir in os.supports_fd and os.open in os.supports_dir_fd


def _walk(root: Path, errors: list[DocumentError], *, max_depth: int = MAX_DEPTH) -> Iterator[Path]:
    """Paths with a supported suffix under ``root``, in sorted depth-first order.

    Linear in the number of entries: each folder is opened relative to its parent's open
    descriptor (never by a path that grows with the depth, which the kernel would walk again
    for every entry) and recognised by its device and inode, so a symlink loop ends at the
    first repeat. At most ``max_depth`` levels below ``root`` are opened; the folders found
    deeper are named in one error (the first of them, and how many more), never silently
    skipped. At most ``max_depth`` + 1 descriptors are open at a time, and all are closed
    when the walk ends or its caller stops early.
    """
    if not _FD_WALK:  # pragma: no cover - platforms without dir_fd: by path
        yield from _walk_by_path(root, errors, max_depth=max_depth)
        return
    try:
        root_fd = os.open(root, _DIR_FLAGS)
    except OSError as e:
        errors.append(DocumentError(str(root), _os_reason(e)))
        return
    st = os.fstat(root_fd)
    visited = {(st.st_dev, st.st_ino)}
    too_deep: list[str] = []
    stack = [(root_fd, str(root), iter(_entries(root_fd, str(root), errors)))]
    try:
        while stack:
            fd, folder, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                os.close(fd)
                continue
            if entry.name.startswith("."):
                continue
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                try:
                    sub = entry.stat()
                except OSError:
                    continue
                key = (sub.st_dev, sub.st_ino)
                if key in visited:
                    continue  # a symlink loop, or a folder reached twice
                visited.add(key)
                if len(stack) > max_depth:
                    too_deep.append(path)
                    continue
                try:
                    sub_fd = os.open(entry.name, _DIR_FLAGS, dir_fd=fd)
                except OSError as e:
                    errors.append(DocumentError(path, _os_reason(e)))
                    continue
                stack.append((sub_fd, path, iter(_entries(sub_fd, path, errors))))
            elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
                # an article by its name even if it is a broken link, a link loop or a pipe:
                # load_document says what is wrong with it (and never opens a pipe)
                yield Path(path)
    finally:
        for fd, _, _ in stack:
            os.close(fd)
    if too_deep:
        more = f" (and {len(too_deep) - 1} more folder(s) as deep)" if len(too_deep) > 1 else ""
        errors.append(DocumentError(too_deep[0], f"folders nested more than {max_depth} levels deep below {root} "
                                                 f"are not opened{more}"))


def _entries(fd: int, folder: str, errors: list[DocumentError]) -> list[os.DirEntry]:
    try:
        with os.scandir(fd) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as e:
        errors.append(DocumentError(folder, _os_reason(e)))
        return []


def _walk_by_path(root: Path, errors: list[DocumentError], *, max_depth: int) -> Iterator[Path]:
    """The same walk for platforms that cannot open a folder relative to a descriptor."""
    visited: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        visited.add((st.st_dev, st.st_ino))
    except OSError as e:
        errors.append(DocumentError(str(root), _os_reason(e)))
        return
    stack = [(0, iter(_path_entries(root, errors)))]
    while stack:
        depth, it = stack[-1]
        entry = next(it, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            sub = entry.stat() if is_dir else None
        except OSError:
            is_dir, sub = False, None
        if is_dir and sub is not None:
            key = (sub.st_dev, sub.st_ino)
            if key not in visited:
                visited.add(key)
                if depth >= max_depth:
                    errors.append(DocumentError(entry.path, f"folders nested more than {max_depth} levels deep "
                                                            "are not opened"))
                else:
                    stack.append((depth + 1, iter(_path_entries(Path(entry.path), errors))))
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            yield Path(entry.path)


def _path_entries(folder: Path, errors: list[DocumentError]) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as e:
        errors.append(DocumentError(str(folder), _os_reason(e)))
        return []
