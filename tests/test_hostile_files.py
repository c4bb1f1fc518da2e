"""Hostile article files and folders: swaps between check and read, endless pseudo-files, one-line
giants, deep and looping folders. Every row is invented for these tests.

Calls that could hang if the code regressed run in a thread with a generous join: a hang guard
that turns a hang into a failure, not a speed assertion.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.doc_paragraphs import MAX_PARAGRAPH, bounded, line_spans
from claims.doc_walk import MAX_DEPTH, _walk, count_files, has_documents
from claims.documents import (
    SourceText,
    _align,
    load_document,
    load_paths,
    precheck,
    read_article,
    source_text,
)
from claims.model import DocumentError

HANG_GUARD = 60.0

STORY = ("The ferry company said 14 crossings were cancelled on Friday. Port staff counted 2,300 stranded "
         "passengers by noon. A spokesman said services would resume within 48 hours. ")


def guarded(fn: Callable[[], object]) -> object:
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            box["error"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(HANG_GUARD)
    assert not t.is_alive(), "the load blocked"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


# ---------------------------------------------------------------------------- swaps and pseudo-files


def swap_on_open(monkeypatch, path: Path, replace: Callable[[Path], None]) -> list[int]:
    """Replace ``path`` (with ``replace``) just before the loader's first ``os.open`` of it: the
    window between its ``stat`` and its open."""
    real_open = os.open
    swapped: list[int] = []

    def racing_open(file, flags, *args, **kwargs):
        if not swapped and isinstance(file, (str, os.PathLike)) and Path(file) == path:
            replace(path)
            swapped.append(flags)
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", racing_open)
    return swapped


def to_fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def to_dev_zero_link(path: Path) -> None:
    path.unlink()
    path.symlink_to("/dev/zero")


def to_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


@dataclass(frozen=True)
class SwapCase:
    id: str
    replace: Callable[[Path], None]
    reason: str


SWAPS = [
    SwapCase("swapped_for_a_fifo", to_fifo, "not a regular file"),
    SwapCase("swapped_for_a_link_to_dev_zero", to_dev_zero_link, "not a regular file"),
    SwapCase("swapped_for_a_folder", to_folder, "is a folder, not a file"),
]


@pytest.mark.parametrize("case", SWAPS, ids=[c.id for c in SWAPS])
def test_a_file_swapped_between_check_and_open_is_refused_without_blocking(case: SwapCase, tmp_path, monkeypatch):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    swapped = swap_on_open(monkeypatch, path, case.replace)
    with pytest.raises(DocumentError) as e:
        guarded(lambda: load_document(path))
    assert swapped and swapped[0] & os.O_NONBLOCK  # the open itself could not block
    assert e.value.reason == case.reason and str(e.value) == f"{path}: {case.reason}"


@pytest.mark.parametrize("case", SWAPS[:2], ids=[c.id for c in SWAPS[:2]])
def test_precheck_survives_the_same_swap(case: SwapCase, tmp_path, monkeypatch):
    path = tmp_path / "page.html"  # HTML: precheck opens it without parsing
    path.write_text(f"<p>{STORY}</p>")
    swap_on_open(monkeypatch, path, case.replace)
    err = guarded(lambda: precheck(path))
    assert isinstance(err, DocumentError) and err.reason == "not a regular file"


def test_a_link_to_dev_zero_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    real_open = os.open
    opened: list[str] = []

    def spy(file, *a, **k):
        if isinstance(file, (str, os.PathLike)) and Path(file) == link:
            opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(os, "open", spy)
    with pytest.raises(DocumentError, match="not a regular file"):
        guarded(lambda: load_document(link))
    assert opened == []


@pytest.mark.skipif(not os.path.exists("/proc/self/pagemap"), reason="no /proc/self/pagemap here")
def test_an_endless_proc_file_is_read_bounded(tmp_path):
    """/proc/self/pagemap says size 0 and yields 8 bytes per page of the address space (terabytes):
    the read stops past the size limit."""
    link = tmp_path / "pagemap.txt"
    link.symlink_to("/proc/self/pagemap")
    with pytest.raises(DocumentError, match="too large"):
        guarded(lambda: load_document(link))


def test_a_read_that_would_wait_is_refused_not_waited_on(tmp_path, monkeypatch):
    """A pseudo-file such as /proc/kmsg blocks on read; opened non-blocking, the read raises
    BlockingIOError (simulated here: reading the real /proc/kmsg would consume the kernel log)."""
    path = tmp_path / "kmsg.txt"
    path.write_text(STORY)
    real_read = os.read

    def would_block(fd, n):
        if os.fstat(fd).st_ino == path.stat().st_ino:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", would_block)
    with pytest.raises(DocumentError, match="reading it would wait forever"):
        read_article(path)


def test_a_proc_file_of_size_zero_is_read_whole(tmp_path):
    """/proc/self/status reports size 0: the loader reads what is there (bounded), not 0 bytes."""
    raw = read_article("/proc/self/status")
    assert b"Pid:" in raw


# ---------------------------------------------------------------------------- bounded paragraphs


def one_line_of_sentences(n: int) -> str:
    parts, i = [], 0
    while sum(map(len, parts)) < n:
        parts.append(f"Officials said {100 + i % 900} cars were towed from street {i % 71}. ")
        i += 1
    return "".join(parts).rstrip()


@dataclass(frozen=True)
class ShapeCase:
    id: str
    name: str
    data: Callable[[], str]
    cut_at: str  # regex every paragraph but the last must end with


SHAPES = [
    ShapeCase("one_line_of_sentences", "oneline.txt", lambda: one_line_of_sentences(300_000), r"\.$"),
    ShapeCase("quotes_after_the_stop", "quotes.txt",
              lambda: ('He said: "The bridge will reopen on day 3." ' * 9000).rstrip(), r"\.\"$"),
    ShapeCase("cjk_sentence_ends", "cjk.txt", lambda: "港口今天关闭了三个码头。" * 5000, r"。$"),
    ShapeCase("no_sentence_end_only_spaces", "words.txt", lambda: "gale " * 30_000, r"gale$"),
    ShapeCase("one_giant_word", "word.txt", lambda: "x" * 70_000, r"x$"),
    ShapeCase("markdown_block_without_breaks", "block.md", lambda: "# Storm\n\n" + one_line_of_sentences(90_000),
              r"(\.|Storm)$"),
]


@pytest.mark.parametrize("case", SHAPES, ids=[c.id for c in SHAPES])
def test_huge_blocks_become_bounded_paragraphs(case: ShapeCase, tmp_path):
    path = tmp_path / case.name
    path.write_text(case.data(), encoding="utf-8")
    doc = load_document(path)
    paras = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert len(paras) > 1
    for p, text in zip(doc.paragraphs, paras, strict=True):
        assert 0 < p.end - p.start <= MAX_PARAGRAPH
        assert text == text.strip()
    for text in paras[:-1]:
        assert re.search(case.cut_at, text), text[-40:]
    # nothing lost: every non-space character is in exactly one paragraph, in order
    assert "".join("".join(t.split()) for t in paras) == "".join(doc.text.split())


def test_a_giant_html_paragraph_is_bounded(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article><p>{one_line_of_sentences(120_000)}</p></article></body></html>")
    doc = load_document(path)
    assert len(doc.paragraphs) >= 6
    assert all(p.end - p.start <= MAX_PARAGRAPH for p in doc.paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\t\"”。")), max_size=400), st.integers(5, 60))
def test_bounded_keeps_every_character_and_the_invariants(text, limit):
    spans = line_spans(text)
    out = bounded(text, spans, limit)
    assert all(0 < e - s <= limit for s, e in out)
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in out)
    assert all(a[1] <= b[0] for a, b in zip(out, out[1:], strict=False))
    kept = "".join("".join(text[s:e].split()) for s, e in out)
    assert kept == "".join("".join(text[s:e].split()) for s, e in spans)


# ---------------------------------------------------------------------------- folder walks


def make_chain(root: Path, depth: int) -> None:
    """``root/d/d/.../d`` ``depth`` levels deep with one article per level, made through
    descriptors (the full path is longer than the kernel's path limit)."""
    root.mkdir()
    fd = os.open(root, os.O_RDONLY)
    try:
        for i in range(depth):
            wfd = os.open(f"level{i:04d}.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            os.write(wfd, STORY.encode())
            os.close(wfd)
            os.mkdir("d", dir_fd=fd)
            nfd = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
    finally:
        os.close(fd)


def remove_chain(root: Path) -> None:
    """Delete a ``make_chain`` tree bottom-up through descriptors (``shutil.rmtree`` recurses
    once per level and cannot remove 2,000 levels; pytest's own clean-up would fail at exit)."""
    fds = [os.open(root, os.O_RDONLY)]
    try:
        while True:
            try:
                fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
            except FileNotFoundError:
                break
        while fds:
            fd = fds.pop()
            for name in os.listdir(fd):
                if name != "d":
                    os.unlink(name, dir_fd=fd)
            if fds:
                os.rmdir("d", dir_fd=fds[-1])
            os.close(fd)
    finally:
        for fd in fds:
            os.close(fd)
    root.rmdir()


@pytest.fixture
def chain_root(tmp_path):
    root = tmp_path / "nest"
    yield root
    if root.exists():
        remove_chain(root)


def test_a_2000_level_nesting_stops_at_the_depth_limit_and_says_where(chain_root):
    root = chain_root
    make_chain(root, 2000)
    errors: list[DocumentError] = []
    found = guarded(lambda: [p.name for p in _walk(root, errors)])
    assert sorted(found) == [f"level{i:04d}.txt" for i in range(MAX_DEPTH + 1)]  # (deepest first: "d" < "level")
    assert len(errors) == 1
    deep = errors[0]
    assert deep.path == str(root) + "/d" * (MAX_DEPTH + 1)
    assert deep.reason == f"folders nested more than {MAX_DEPTH} levels deep below {root} are not opened"
    assert count_files([root]) == MAX_DEPTH + 1 and has_documents(root)


def test_load_paths_reports_the_depth_limit_once(chain_root):
    root = chain_root
    make_chain(root, MAX_DEPTH + 5)
    docs, errors = load_paths([root])
    assert len(docs) == MAX_DEPTH + 1
    assert [e.reason for e in errors] == [f"folders nested more than {MAX_DEPTH} levels deep below {root} are "
                                          "not opened"]


def test_each_folder_is_opened_once_relative_to_its_parent(chain_root, monkeypatch):
    """What keeps the walk linear: one open per folder, by name under the parent's descriptor
    (a path that grows with the depth would be resolved again for every entry)."""
    root = chain_root
    make_chain(root, 40)
    (root / "d" / "loop").symlink_to("..", target_is_directory=True)  # back up: must end
    real_open = os.open
    calls: list[tuple[str, bool]] = []

    def spy(file, flags, *a, dir_fd=None, **k):
        calls.append((os.fspath(file), dir_fd is not None))
        return real_open(file, flags, *a, dir_fd=dir_fd, **k)

    monkeypatch.setattr(os, "open", spy)
    found = list(_walk(root, []))
    assert len(found) == 40
    assert len(calls) == 41  # the root, then each of the 40 folders once
    assert calls[0] == (str(root), False) and all(c == ("d", True) for c in calls[1:])


def test_a_wide_folder_is_walked_whole_in_order(tmp_path):
    root = tmp_path / "wide"
    for i in range(30):
        sub = root / f"desk{i:02d}"
        sub.mkdir(parents=True)
        for j in range(40):
            (sub / f"story{j:02d}.txt").write_text(STORY)
    found = list(_walk(root, []))
    assert len(found) == 1200 == count_files([root])
    assert found == sorted(found)


def test_an_unreadable_subfolder_is_named_and_the_rest_walked(tmp_path, monkeypatch):
    root = tmp_path / "desk"
    (root / "open").mkdir(parents=True)
    (root / "shut").mkdir()
    (root / "open" / "a.txt").write_text(STORY)
    (root / "shut" / "b.txt").write_text(STORY)
    real_open = os.open

    def deny(file, flags, *a, dir_fd=None, **k):
        if os.fspath(file) == "shut":
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *a, dir_fd=dir_fd, **k)

    monkeypatch.setattr(os, "open", deny)
    errors: list[DocumentError] = []
    assert [p.name for p in _walk(root, errors)] == ["a.txt"]
    assert [(e.path, e.reason) for e in errors] == [(str(root / "shut"), "permission denied")]


# ---------------------------------------------------------------------------- the file behind Document.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", " ", "\n", "\r\n", "\r", "\x00", "é", "—"]), min_size=1, max_size=60))
def test_align_maps_every_loaded_character_back_to_the_same_character(pieces):
    file_text = "".join(pieces)
    loaded = file_text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    runs = _align(file_text, loaded)
    assert runs is not None
    src = SourceText(path="x", text=file_text, encoding="utf-8", runs=tuple(runs))
    for i, ch in enumerate(loaded):
        j = src.offset(i)
        assert file_text[j] == ch or (ch == "\n" and file_text[j] == "\r")
    for a in range(len(loaded) + 1):
        for b in range(a, min(len(loaded), a + 6) + 1):
            s, e = src.span(a, b)
            got = file_text[s:e].replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
            assert got == loaded[a:b]


def test_source_text_is_none_when_the_file_changed(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"Line one said 3 ships.\r\nLine two said 4.\r\n")
    doc = load_document(path)
    assert source_text(doc) is not None
    path.write_bytes(b"Line one said 5 ships.\r\nLine two said 4.\r\n")
    assert source_text(doc) is None
    path.unlink()
    assert source_text(doc) is None
