"""Property tests: whatever is in a file, loading either fails cleanly or gives sound paragraphs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.documents import load_document
from claims.model import Document, DocumentError

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text that looks like scraped articles: words, punctuation, quotes, odd whitespace, header-ish lines
_pieces = st.sampled_from(
    [
        "word", "Word", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", ".", ",", "“", "”", '"', "'", "…", "—",
        "By ", "Date: ", "2024-10-03", "Oct. 3, 2024", "Title: ", "Outlet: ", "---\n", "# ", "- ", "* ",
        "Subscribe", "Read more", "support us", "newsletter", "I am a writer", "Photo: ", "(AFP)", "5:29 PM",
        "\u00a0", "\u2028", "\u3000", "\x0c", "\x0b", "\x1c", "\x85", "é", "ü", "я", "中", "🙂", "40%", "20,000",
    ]
)  # fmt: skip
scraped_text = st.lists(st.one_of(_pieces, st.text(max_size=12)), max_size=80).map("".join)


def check(doc: Document) -> None:
    text = doc.text
    assert "\r" not in text
    last_end = 0
    for i, p in enumerate(doc.paragraphs):
        assert p.index == i
        assert 0 <= p.start < p.end <= len(text)
        assert p.start >= last_end  # sorted, no overlap
        chunk = text[p.start : p.end]
        assert chunk and chunk == chunk.strip()
        assert p.boilerplate == bool(p.reason)
        last_end = p.end
    # every non-blank character belongs to some paragraph
    covered = [False] * len(text)
    for p in doc.paragraphs:
        covered[p.start : p.end] = [True] * (p.end - p.start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


def load(data: bytes, suffix: str) -> Document | None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(data)
        try:
            doc = load_document(path)
        except DocumentError as e:
            msg = str(e)
            assert msg.startswith(str(path) + ": ") and "\n" not in msg
            assert "internal error" not in msg, msg
            return None
    check(doc)
    return doc


@SETTINGS
@given(st.text())
def test_any_text_file(text):
    doc = load(text.encode("utf-8"), ".txt")
    if doc is not None:  # the text as written, newlines normalised, stray NULs dropped
        assert doc.text == text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")


@SETTINGS
@given(scraped_text)
def test_scraped_looking_text_file(text):
    load(text.encode("utf-8"), ".txt")


@SETTINGS
@given(scraped_text)
def test_scraped_looking_markdown_file(text):
    load(text.encode("utf-8"), ".md")


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes(data):
    load(data, ".txt")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<br>", "text ", "More words here. ", "&amp;", "<h1>", "</h1>", "<!--", "-->"]), max_size=60).map("".join))  # fmt: skip
def test_any_html(markup):
    load(f"<html><body>{markup}</body></html>".encode(), ".html")
