"""Loading articles: formats, metadata, offsets, ids, folders and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims import documents
from claims.documents import MAX_BYTES, load_document, load_paths, slugify
from claims.model import Document, DocumentError

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "documents"
SAMPLES = ROOT / "sample_docs"


def para_texts(doc: Document) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.paragraphs]


def assert_offsets_exact(doc: Document) -> None:
    prev_end = 0
    for i, p in enumerate(doc.paragraphs):
        assert p.index == i
        assert prev_end <= p.start < p.end <= len(doc.text)
        chunk = doc.text[p.start : p.end]
        assert chunk == chunk.strip() and chunk
        prev_end = p.end


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- plain text


def test_txt_header_lines_give_metadata_and_are_marked():
    doc = load_document(FIXTURES / "council_vote.txt")
    assert doc.format == "txt"
    assert doc.outlet == "The Harbourton Gazette"
    assert doc.title == "Harbourton council approves 12% rise in bus fares"
    assert doc.date == dt.date(2024, 3, 14)
    assert doc.byline == "Ines Alvarez"
    # header lines stay in the text (offsets are into the whole file) but are boilerplate
    assert doc.text.startswith("Outlet: The Harbourton Gazette\n")
    header = doc.paragraphs[:4]
    assert all(p.boilerplate and p.reason == "metadata" for p in header)
    body = [p for p in doc.paragraphs if "voted 31 to 14" in doc.text[p.start : p.end]]
    assert body and not body[0].boilerplate
    assert_offsets_exact(doc)


def test_txt_news_shape_title_then_byline_with_pipes():
    doc = load_document(FIXTURES / "ferry_strike.txt")
    assert doc.title == "Ferry crews walk out over night-shift pay"
    assert doc.byline == "Tomas Lindqvist"
    assert doc.outlet == "The Harbourton Gazette"
    assert doc.date == dt.date(2024, 3, 14)
    first, byline = doc.paragraphs[0], doc.paragraphs[1]
    assert first.reason == "headline"  # RELATIONS.md §4: a headline repeated in the text is not a claim
    assert byline.boilerplate and byline.reason == "metadata"
    # no blank lines between paragraphs: every line is one
    assert len(doc.paragraphs) == 5


@pytest.mark.parametrize(
    "header, byline, outlet, date",
    [
        ("By Jane Doe, The Example Times", "Jane Doe", "The Example Times", None),
        ("By Jane Doe and John Roe — Example Wire — Oct. 3, 2024", "Jane Doe and John Roe", "Example Wire",
         dt.date(2024, 10, 3)),
        ("By Jane Doe, Staff Writer\nOctober 3, 2024", "Jane Doe, Staff Writer", "", dt.date(2024, 10, 3)),
        ("Moscow, 3 October 2024", "", "", dt.date(2024, 10, 3)),
        ("Author: Jane Doe\nPublished: Thursday, Oct 3, 2024 5:29 PM", "Jane Doe", "", dt.date(2024, 10, 3)),
        ("Byline: Jane Doe\nPublication: Example Weekly\nDate: 2024/10/03", "Jane Doe", "Example Weekly",
         dt.date(2024, 10, 3)),
    ],
)  # fmt: skip
def test_txt_byline_and_date_forms(tmp_path, header, byline, outlet, date):
    body = "The ministry said on Thursday that 1,200 new officers would be hired by the end of next year."
    doc = load_document(write(tmp_path, "story.txt", f"A headline for the story\n{header}\n\n{body}\n"))
    assert doc.title == "A headline for the story"
    assert doc.byline == byline
    assert doc.outlet == outlet
    assert doc.date == date
    meta = [p for p in doc.paragraphs if p.reason == "metadata"]
    assert len(meta) == header.count("\n") + 1
    assert not doc.paragraphs[-1].boilerplate


def test_sentence_starting_with_by_is_not_a_byline(tmp_path):
    text = "By October, the army had recruited 20,000 people from detention centers across the country.\n"
    doc = load_document(write(tmp_path, "x.txt", text))
    assert doc.byline == "" and doc.date is None
    assert not doc.paragraphs[0].boilerplate


def test_title_falls_back_to_first_short_line_then_file_stem(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", "\n\nShort headline here\nThe long body sentence goes on for a while, it does.\n"))
    assert doc.title == "Short headline here"
    long_first = "This first line is a full sentence and ends with a period, so it is not a title at all."
    doc = load_document(write(tmp_path, "my-story.txt", long_first + "\n"))
    assert doc.title == "my-story"
    assert doc.outlet == ""  # the UI falls back to the file name
    assert doc.label == "my-story.txt"


def test_every_nonblank_line_is_a_paragraph_with_exact_offsets(tmp_path):
    text = "  First line, indented.  \nSecond line\t\n\n\n   \nThird line after blanks\n"
    doc = load_document(write(tmp_path, "lines.txt", text))
    assert para_texts(doc) == ["First line, indented.", "Second line", "Third line after blanks"]
    assert_offsets_exact(doc)


def test_hard_wrapped_text_is_joined_into_paragraphs(tmp_path):
    para = (
        "The harbour authority said on Monday that it would spend 3 million euros on\n"
        "new cranes over the next two years, replacing machines that were installed in\n"
        "the 1980s and that now break down several times a month, according to staff.\n"
    )
    doc = load_document(write(tmp_path, "wrapped.txt", "Cranes to be replaced\n\n" + para + "\n" + para))
    texts = para_texts(doc)
    assert texts[0] == "Cranes to be replaced"
    assert len(texts) == 3
    assert texts[1].count("\n") == 2
    assert_offsets_exact(doc)


def test_a_wire_story_wrapped_short_keeps_its_sentences_whole(tmp_path):
    """A wire story hard-wrapped at a ragged width, no blank lines between paragraphs: a short line that ends on a
    comma or a word that never ends a heading ("... regulators on"), or whose next line opens in lower case, with a
    comma or a bracket, goes on into the next line; every sentence is then extracted whole."""
    from claims.pipeline import extract_all

    text = (
        "HARLOW March 3 Valdesia's road safety agency on\n"
        "Tuesday added cars from three more makers to its recall of\n"
        "brake valves supplied by Korvel.\n"
        "The Valdesian Road Safety Agency\n"
        "(VRSA) said in a statement the number of cars from eight\n"
        "carmakers covered by the recall is now 2.4 million, up from\n"
        "1.9 million on Monday.\n"
        "The agency urged owners of certain Dorvik, Tamsen\n"
        ", Orla, Vesk,\n"
        "Brannock, Corvane\n"
        "and Halden cars to book a repair as soon as possible.\n"
        "Korvel is cooperating with the inquiry along with eight\n"
        "carmakers.\n"
    )
    doc = load_document(write(tmp_path, "wire.txt", text))
    assert_offsets_exact(doc)
    got = [" ".join(c.text.split()) for c in extract_all([doc])]
    assert "HARLOW March 3 Valdesia's road safety agency on Tuesday added cars from three more makers to its recall " \
           "of brake valves supplied by Korvel." in got
    assert "The Valdesian Road Safety Agency (VRSA) said in a statement the number of cars from eight carmakers " \
           "covered by the recall is now 2.4 million, up from 1.9 million on Monday." in got
    assert "The agency urged owners of certain Dorvik, Tamsen , Orla, Vesk, Brannock, Corvane and Halden cars to " \
           "book a repair as soon as possible." in got
    assert "Korvel is cooperating with the inquiry along with eight carmakers." in got


def test_a_short_heading_over_a_paragraph_still_ends_its_line(tmp_path):
    """A heading line with no final stop over a sentence that opens with a capital stays a sentence of its own."""
    from claims.sentences import split_text

    assert split_text("Toll rises to 34\nRescuers found three more bodies on Monday.") == [
        "Toll rises to 34", "Rescuers found three more bodies on Monday."]
    assert split_text("Rescuers searched through the night on\nMonday for the missing.") == [
        "Rescuers searched through the night on\nMonday for the missing."]


def test_newlines_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\n\r\nFirst paragraph.\rSecond paragraph.\r\n")
    doc = load_document(path)
    assert "\r" not in doc.text
    assert para_texts(doc) == ["Headline", "First paragraph.", "Second paragraph."]


def test_single_huge_line_is_cut_into_bounded_paragraphs(tmp_path):
    from claims.doc_paragraphs import MAX_PARAGRAPH

    text = "word " * 400_000  # 2 MB, no newline, no sentence end: cut at spaces
    doc = load_document(write(tmp_path, "huge.txt", text))
    assert len(doc.paragraphs) == 100
    assert all(p.end - p.start <= MAX_PARAGRAPH for p in doc.paragraphs)
    assert " ".join(doc.text[p.start:p.end] for p in doc.paragraphs) == text.strip()  # nothing lost
    assert (doc.paragraphs[0].start, doc.paragraphs[-1].end) == (0, len(text) - 1)


def test_content_hash_is_sha256_of_text(tmp_path):
    import hashlib

    doc = load_document(FIXTURES / "council_vote.txt")
    assert doc.content_hash == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert load_document(FIXTURES / "council_vote.txt") == doc  # deterministic


# --------------------------------------------------------------------------- markdown


def test_markdown_front_matter():
    doc = load_document(FIXTURES / "council_vote.md")
    assert doc.format == "md"
    assert doc.title == "Harbourton council approves 12% rise in bus fares"  # quotes removed
    assert doc.outlet == "The Harbourton Gazette"
    assert doc.date == dt.date(2024, 3, 14)
    assert doc.byline == "Ines Alvarez"
    # the text is the body after the front matter; markup stays
    assert doc.text.startswith("# Harbourton council")
    assert "outlet:" not in doc.text
    assert_offsets_exact(doc)


def test_markdown_paragraphs_are_blocks_and_structure_stands_alone():
    doc = load_document(FIXTURES / "council_vote.md")
    texts = para_texts(doc)
    assert texts[0] == "# Harbourton council approves 12% rise in bus fares"
    assert texts[1].startswith("Harbourton city council voted") and "\nby 12%" in texts[1]
    assert "## What changes" in texts
    items = [t for t in texts if t.startswith("- ")]
    assert len(items) == 2
    # the list after the last prose paragraph is article text, the sign-up line is not
    for p in doc.paragraphs:
        chunk = doc.text[p.start : p.end]
        assert p.boilerplate == chunk.startswith(("Sign up", "# ")), chunk  # the top heading is the headline


def test_markdown_without_front_matter_takes_heading_as_title(tmp_path):
    doc = load_document(write(tmp_path, "n.md", "## The *real* headline\n\nBody text of the article goes here.\n"))
    assert doc.title == "The *real* headline"
    assert doc.text.startswith("## The")


@pytest.mark.parametrize(
    "front, key, expected",
    [
        ("site: Example Wire", "outlet", "Example Wire"),
        ("publication: 'Example Wire'", "outlet", "Example Wire"),
        ("byline: Jane Doe", "byline", "Jane Doe"),
        ("authors:\n  - Jane Doe\n  - John Roe", "byline", "Jane Doe, John Roe"),
        ("published: October 3, 2024", "date", dt.date(2024, 10, 3)),
        ("date: 2024-10-03T09:15:00Z", "date", dt.date(2024, 10, 3)),
    ],
)
def test_markdown_front_matter_keys(tmp_path, front, key, expected):
    doc = load_document(write(tmp_path, "f.md", f"---\n{front}\n---\nBody text here.\n"))
    assert getattr(doc, key) == expected
    assert doc.text == "Body text here.\n"


def test_markdown_unclosed_front_matter_is_body(tmp_path):
    doc = load_document(write(tmp_path, "u.md", "---\ntitle: Not closed\n\nBody.\n"))
    assert doc.text.startswith("---")
    assert doc.title != "Not closed"


# --------------------------------------------------------------------------- html


def test_html_main_text_and_metadata():
    doc = load_document(FIXTURES / "council_vote.html")
    assert doc.format == "html"
    assert doc.title == "Harbourton council approves 12% rise in bus fares"
    assert doc.outlet == "The Harbourton Gazette"
    assert doc.date == dt.date(2024, 3, 14)
    assert doc.byline == "Ines Alvarez"
    assert "voted 31 to 14" in doc.text
    for junk in ("trackingId", "font-family", "Sport", "cookies", "All rights reserved"):
        assert junk not in doc.text
    # blocks are separated by blank lines and each block is one paragraph
    assert doc.text == "\n\n".join(para_texts(doc))
    assert_offsets_exact(doc)


def test_html_is_deterministic():
    a = load_document(FIXTURES / "council_vote.html")
    b = load_document(FIXTURES / "council_vote.html")
    assert a.text == b.text and a.content_hash == b.content_hash


def test_html_meta_tags_fill_gaps():
    doc = load_document(FIXTURES / "meta_only.html")
    assert doc.title == "Library opens on Sundays"
    assert doc.date == dt.date(2023, 11, 2)
    assert doc.byline == "Priya Nair"
    assert "2,400 visitors" in doc.text


@pytest.mark.parametrize(("title_tag", "outlet"), [
    ("Ring road to shut for six weeks | Kesh Valley Journal", "Kesh Valley Journal"),
    ("Ring road to shut for six weeks - The Arnby Courier", "The Arnby Courier"),
    ("Ring road to shut for six weeks", ""),
    ("Kesh: the ring road will shut for six weeks | what drivers need to know", ""),
])
def test_html_site_name_after_the_headline_in_the_title_tag(tmp_path, title_tag, outlet):
    """A page with no site-name tag names its outlet after its headline in ``<title>`` ("... | Kesh Valley
    Journal"); a lower-case tail is no outlet."""
    body = ("<p>The council confirmed on Monday that the Kesh ring road will close for six weeks from 2 March while "
            "engineers replace the flyover joints, a job it puts at 4.1 million crowns.</p><p>Drivers will be sent "
            "through the town centre, where the council expects queues at peak times, officials said.</p>")
    path = tmp_path / "story.html"
    path.write_text(f"<html><head><title>{title_tag}</title></head><body><article>{body}</article></body></html>",
                    encoding="utf-8")
    assert load_document(path).outlet == outlet


def test_html_fallback_extractor_and_meta(monkeypatch):
    """When trafilatura gives nothing, the streaming extractor and <meta> tags take over."""
    from claims import doc_html

    monkeypatch.setattr(doc_html, "_trafilatura", lambda source: None)
    doc = load_document(FIXTURES / "council_vote.html")
    assert doc.title == "Harbourton council approves 12% rise in bus fares"
    assert doc.outlet == "The Harbourton Gazette"
    assert doc.date == dt.date(2024, 3, 14)
    assert doc.byline == "Ines Alvarez"
    assert "voted 31 to 14" in doc.text
    for junk in ("trackingId", "font-family", "Sport", "All rights reserved"):
        assert junk not in doc.text


def test_html_with_only_scripts_has_no_article_text(tmp_path):
    path = write(tmp_path, "s.html", "<html><head><style>p{}</style><script>var a = 1;</script></head>"
                 "<body><script>run()</script><noscript>enable js</noscript></body></html>")  # fmt: skip
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert err.value.reason == "no article text found"


def test_deeply_nested_html_does_not_crash(tmp_path):
    deep = "<div>" * 5000 + "<p>The deep paragraph says 40 people were hired in March.</p>" + "</div>" * 5000
    path = write(tmp_path, "deep.html", f"<html><body>{deep}</body></html>")
    doc = load_document(path)
    assert "40 people were hired" in doc.text


def test_html_declared_charset_is_used(tmp_path):
    html = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Президент подписал закон о призыве.</p></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(html.encode("cp1251"))
    doc = load_document(path)
    assert "Президент подписал закон" in doc.text
    assert doc.encoding == "cp1251"


# --------------------------------------------------------------------------- bad input


def one_line_error(path, match: str) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        load_document(path)
    err = info.value
    msg = str(err)
    assert "\n" not in msg and "Traceback" not in msg
    assert msg == f"{path}: {err.reason}"
    assert match in err.reason, err.reason
    return err


def test_missing_file(tmp_path):
    one_line_error(tmp_path / "nope.txt", "no such file or folder")


def test_empty_and_whitespace_files(tmp_path):
    one_line_error(write(tmp_path, "e.txt", ""), "empty file")
    one_line_error(write(tmp_path, "w.txt", "  \n\t\n   \n"), "empty file")
    path = tmp_path / "nbsp.txt"
    path.write_text("\u00a0\u2003\n", encoding="utf-8")
    one_line_error(path, "empty file")


def test_binary_files(tmp_path):
    png = tmp_path / "pic.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    one_line_error(png, "binary file, not text")
    noise = tmp_path / "noise.md"
    noise.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"some text")
    one_line_error(noise, "binary file, not text")


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(int(52.4 * 1024 * 1024))  # sparse: costs no disk
    real_open, real_os_open = open, os.open

    def no_read(file, *a, **k):
        if Path(file) == path:
            raise AssertionError("the file was opened")
        return real_open(file, *a, **k)

    def no_os_open(file, *a, **k):
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            raise AssertionError("the file was opened")
        return real_os_open(file, *a, **k)

    monkeypatch.setattr("builtins.open", no_read)
    monkeypatch.setattr(os, "open", no_os_open)
    err = one_line_error(path, "too large")
    assert err.reason == "too large (52.4 MB; the limit is 20 MB)"
    assert MAX_BYTES == 20 * 1024 * 1024


def test_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", "text")

    real_os_open = os.open

    def denied(file, *a, **k):
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_os_open(file, *a, **k)

    monkeypatch.setattr(os, "open", denied)  # the loader opens through os.open (one checked descriptor)
    one_line_error(path, "permission denied")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_for_real(tmp_path):
    path = write(tmp_path, "secret.txt", "text")
    path.chmod(0)
    try:
        one_line_error(path, "permission denied")
    finally:
        path.chmod(0o644)


def test_unsupported_suffix_given_explicitly(tmp_path):
    err = one_line_error(write(tmp_path, "paper.pdf", "%PDF-1.4"), "unsupported file type '.pdf'")
    assert ".txt" in err.reason
    one_line_error(write(tmp_path, "README", "hello"), "unsupported file type")


def test_folder_given_to_load_document(tmp_path):
    one_line_error(tmp_path, "is a folder")


def test_undecodable(tmp_path, monkeypatch):
    import charset_normalizer

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda raw: [])
    path = tmp_path / "odd.txt"
    path.write_bytes("caf\xe9 cr\xe8me".encode("latin-1"))
    one_line_error(path, "cannot decode")


def test_front_matter_only(tmp_path):
    one_line_error(write(tmp_path, "fm.md", "---\ntitle: Only this\n---\n\n"), "no article text found")


def test_unexpected_failure_is_still_one_line(tmp_path, monkeypatch):
    def boom(*a, **k):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(documents, "boilerplate_reasons", boom)
    one_line_error(write(tmp_path, "x.txt", "Some text."), "internal error")


# --------------------------------------------------------------------------- many paths


def test_load_paths_reports_each_bad_input(tmp_path):
    good = write(tmp_path, "good.txt", "A fine article.\n")
    empty = write(tmp_path, "empty.txt", "")
    docs, errors = load_paths([good, tmp_path / "missing.txt", empty])
    assert [d.path for d in docs] == [str(good)]
    assert [e.reason for e in errors] == ["no such file or folder", "empty file"]
    assert all(str(e).count("\n") == 0 for e in errors)


def test_folders_are_walked_sorted_recursively_skipping_hidden(tmp_path):
    write(tmp_path, "b.txt", "Bee.\n")
    write(tmp_path, "a.md", "Ay.\n")
    write(tmp_path, "c/d.html", "<html><body><p>Dee paragraph text that is here.</p></body></html>")
    write(tmp_path, "c/e.htm", "<p>Eee paragraph.</p>")
    write(tmp_path, ".hidden.txt", "secret\n")
    write(tmp_path, ".git/x.txt", "secret\n")
    write(tmp_path, "notes.pdf", "not an article")
    write(tmp_path, "f.MARKDOWN", "Eff.\n")
    docs, errors = load_paths([tmp_path])
    assert errors == []
    assert [Path(d.path).name for d in docs] == ["a.md", "b.txt", "d.html", "e.htm", "f.MARKDOWN"]
    assert [d.format for d in docs] == ["md", "txt", "html", "html", "md"]


def test_folder_without_documents_is_an_error(tmp_path):
    folder = tmp_path / "empty"
    write(folder, "notes.pdf", "x")
    write(folder, ".hidden.txt", "x")
    docs, errors = load_paths([folder])
    assert docs == []
    assert [str(e) for e in errors] == [f"{folder}: no readable documents (.txt, .md, .html) in it"]


def test_folder_whose_files_all_fail_reports_them_and_itself(tmp_path):
    folder = tmp_path / "bad"
    write(folder, "a.txt", "")
    docs, errors = load_paths([folder])
    assert docs == []
    assert [e.reason for e in errors] == ["empty file", "no readable documents (.txt, .md, .html) in it"]


def test_symlink_loops_end(tmp_path):
    root = tmp_path / "root"
    write(root, "sub/story.txt", "A story.\n")
    os.symlink("..", root / "sub" / "up")  # loop back to root
    os.symlink(root, root / "again")  # root inside itself
    os.symlink("self", root / "self")  # a link to itself: unreadable, skipped
    os.symlink(root / "sub" / "story.txt", root / "link.txt")  # same file twice
    started = time.monotonic()
    docs, errors = load_paths([root, root / "sub"])
    assert time.monotonic() - started < 5
    assert errors == []
    assert len(docs) == 1 and Path(docs[0].path).name in ("link.txt", "story.txt")


def test_ids_are_slugs_made_unique(tmp_path):
    paths = [
        write(tmp_path, "one/Kyiv Independent.txt", "Text one.\n"),
        write(tmp_path, "two/Kyiv Independent.txt", "Text two.\n"),
        write(tmp_path, "three/kyiv-independent.md", "Text three.\n"),
        write(tmp_path, "Новая газета.txt", "Текст.\n"),
        write(tmp_path, "___.txt", "Text.\n"),
    ]
    docs, errors = load_paths(paths)
    assert errors == []
    ids = [d.id for d in docs]
    assert ids[:3] == ["kyiv-independent", "kyiv-independent-2", "kyiv-independent-3"]
    assert ids[3] == "novaya-gazeta"
    assert ids[4].startswith("doc-") and len(ids[4]) == 10
    assert all(set(i) <= set("abcdefghijklmnopqrstuvwxyz0123456789-") for i in ids)
    # stable across calls
    assert [d.id for d in load_paths(paths)[0]] == ids


def test_load_document_takes_an_explicit_id():
    assert load_document(FIXTURES / "ferry_strike.txt", doc_id="ferry").id == "ferry"
    assert load_document(FIXTURES / "ferry_strike.txt").id == "ferry-strike"


@pytest.mark.parametrize(
    "stem, slug",
    [("000_6429770a9e8f51e3", "000-6429770a9e8f51e3"), ("  Hello, World!  ", "hello-world"), ("Café Crème", "cafe-creme")],
)
def test_slugify(stem, slug):
    assert slugify(stem) == slug


# --------------------------------------------------------------------------- start-up and speed


def test_import_stays_light():
    code = (
        "import sys, claims.documents\n"
        "heavy = [m for m in ('trafilatura', 'charset_normalizer', 'lxml', 'htmldate', 'textual', 'tinydb') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_utf8_text_never_imports_the_heavy_libraries(tmp_path):
    path = write(tmp_path, "a.txt", "Plain UTF-8 text with ünïcödé.\n")
    code = (
        "import sys\nfrom claims.documents import load_document\n"
        f"load_document({str(path)!r})\n"
        "print([m for m in ('trafilatura', 'charset_normalizer') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_one_megabyte_of_text_loads_fast(tmp_path):
    para = (
        "The council said on Tuesday that 1,250 households in the northern districts would get new water meters "
        "by the end of March, at a cost of about 3.4 million euros, and that bills would fall by 8% on average.\n"
    )
    short_lines = "Read more\nShare this article\nThe mayor's office declined to comment.\n"
    text = ((para * 6 + short_lines) * 2000)[: 1024 * 1024]
    path = write(tmp_path, "big.txt", text)
    quarter = write(tmp_path, "quarter.txt", text[: 256 * 1024])
    load_document(path)  # warm caches (trigger tables, regexes)
    # Loading grows in proportion to the text (no pass is quadratic): 4x the text costs about 4x the time, where a
    # quadratic pass would cost 16x. The two sizes are timed in turn, so a busy machine slows both (speed itself is
    # measured in benchmarks/; an absolute bound here failed on a loaded CI machine: 176 ms against ~45 ms when
    # quiet, and a bound of 6x failed once at 6.6x under load), and the bound sits halfway between 4x and 16x.
    bigs, smalls = [], []
    for _ in range(5):
        bigs.append(_cpu_time(load_document, path))
        smalls.append(_cpu_time(load_document, quarter))
    big, small = min(bigs), min(smalls)
    assert big < 8 * small + 0.02, f"1 MB {big * 1000:.0f} ms, 256 kB {small * 1000:.0f} ms"


def _cpu_time(fn, *args) -> float:
    t = time.process_time()
    fn(*args)
    return time.process_time() - t


# --------------------------------------------------------------------------- bundled samples


def test_sample_docs_folder_loads_with_metadata():
    articles = [p for p in SAMPLES.glob("*") if p.suffix.lower() in documents.SUFFIXES] if SAMPLES.is_dir() else []
    if len(articles) < 5:
        pytest.skip(f"sample_docs has {len(articles)} articles (fewer than 5)")
    docs, errors = load_paths([SAMPLES])
    assert errors == []
    assert len(docs) == len(articles)
    assert {d.format for d in docs} >= {"txt", "md", "html"}
    for d in docs:
        assert d.outlet and d.title and d.byline and d.date is not None, d.path
        assert d.title != Path(d.path).stem
        assert_offsets_exact(d)
        assert any(not p.boilerplate for p in d.paragraphs)
    assert len({d.id for d in docs}) == len(docs)


def test_broken_entries_in_a_folder_are_named(tmp_path):
    folder = tmp_path / "f"
    write(folder, "good.txt", "A fine article.\n")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("missing-target", folder / "broken.md")
    os.mkfifo(folder / "pipe.txt")
    write(folder, "ignored.bin", "x")
    docs, errors = load_paths([folder])
    assert [Path(d.path).name for d in docs] == ["good.txt"]
    assert {Path(e.path).name: e.reason for e in errors} == {
        "broken.md": "no such file or folder",
        "loop.txt": "too many levels of symbolic links",
        "pipe.txt": "not a regular file",
    }


def test_odd_paths_are_errors_not_exceptions(tmp_path):
    docs, errors = load_paths(["bad\x00name.txt", tmp_path / "no" / "such" / "dir"])
    assert docs == []
    assert [e.reason for e in errors] == ["no such file or folder", "no such file or folder"]
