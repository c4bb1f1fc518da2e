"""Hostile text in exports: CSV formula injection and terminal escapes, JSONL line breakers, W3C IRIs
and selectors checked against the files they name.

Every corpus string here is invented for these tests.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from claims.documents import load_document, source_text
from claims.model import Analysis, Claim, Document
from store.annotations import AnnotationStore, Evidence
from store.export import CSV_COLUMNS, csv_cell, export, json_text, neutralise, url_iri
from store.storage import FileRefused

# ---------------------------------------------------------------------------- the neutralisation rule

#: (cell, what a spreadsheet must be given)
NEUTRALISE = [
    # the OWASP characters
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
    ("+1+1", "'+1+1"),
    ("-2+3", "'-2+3"),
    ("@harbour", "'@harbour"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("\n=1", "'\n=1"),
    # after leading whitespace and invisible characters
    (" =1", "' =1"),
    ("   +cmd", "'   +cmd"),
    ("\u00a0=1", "'\u00a0=1"),  # NBSP
    ("\u200b=1", "'\u200b=1"),  # ZWSP
    ("\ufeff@x", "'\ufeff@x"),  # BOM
    ("\u2060-x", "'\u2060-x"),  # word joiner
    ("\u3000=1", "'\u3000=1"),  # ideographic space
    ("\u00a0\u200b \ufeff=1", "'\u00a0\u200b \ufeff=1"),
    # full-width and small forms
    ("\uff1d1+1", "'\uff1d1+1"),  # ＝
    ("\uff0b1", "'\uff0b1"),  # ＋
    ("\uff0d1", "'\uff0d1"),  # －
    ("\uff20x", "'\uff20x"),  # ＠
    ("\ufe66x", "'\ufe66x"),  # ﹦
    ("\u00a0\uff1dx", "'\u00a0\uff1dx"),
    # plain numbers stay numbers
    ("-42", "-42"),
    ("-5%", "-5%"),
    ("+3.1", "+3.1"),
    ("-1,200", "-1,200"),
    ("-0.5", "-0.5"),
    ("+12.5%", "+12.5%"),
    ("-3e4", "-3e4"),
    ("-.75", "-.75"),
    # look like numbers, are not
    ("-42 people", "'-42 people"),
    ("-1+2", "'-1+2"),
    ("- 42", "'- 42"),
    (" -42", "' -42"),
    ("-", "'-"),
    ("-1,20", "'-1,20"),
    ("+0x1F", "'+0x1F"),
    # harmless
    ("a=b", "a=b"),
    ("40 boats", "40 boats"),
    ("42", "42"),
    ("'already quoted", "'already quoted"),
    ("", ""),
    ("   ", "   "),
    ("\u00a0", "\u00a0"),
]


@pytest.mark.parametrize(("cell", "expected"), NEUTRALISE, ids=[repr(c) for c, _ in NEUTRALISE])
def test_neutralise_rule(cell, expected):
    assert neutralise(cell) == expected


def test_neutralise_takes_numbers_and_none():
    assert neutralise(-42) == "-42" and neutralise(None) == "" and neutralise(3.5) == "3.5"


#: (cell, the cell written): inert for a terminal, newlines and tabs kept
CELLS = [
    ("harbour \x1b]52;c;cm0gLXJmIH4vKg==\x07 clip", "harbour ␛]52;c;cm0gLXJmIH4vKg==␇ clip"),
    ("\x1b]2;owned\x1b\\ title", "␛]2;owned␛\\ title"),
    ("\x1b[2J cleared", "␛[2J cleared"),
    ("c1 \x9b31m red", "c1 <U+009B>31m red"),
    ("bidi \u202eevil\u202c", "bidi <U+202E>evil<U+202C>"),
    ("del \x7f and nul \x00", "del ␡ and nul ␀"),
    ("line one\nline two", "line one\nline two"),
    ("crlf one\r\ncrlf two", "crlf one\ncrlf two"),
    ("lone\rcr", "lone␍cr"),
    ("tab\tinside", "tab\tinside"),
    ("\x1b=1", "␛=1"),
    ("\r=1", "'␍=1"),
    ("=\x1b[31m", "'=␛[31m"),
]


@pytest.mark.parametrize(("cell", "written"), CELLS, ids=[repr(c) for c, _ in CELLS])
def test_csv_cell_is_inert_and_neutralised(cell, written):
    assert csv_cell(cell) == written


# ---------------------------------------------------------------------------- a world with hostile strings

HOSTILE = [
    "=HYPERLINK(\"http://evil.example\";\"click\")",
    "\u00a0=cmd|' /C calc'!A0",
    "\uff1dWEBSERVICE(\"http://x\")",
    "\u200b@SUM(1;2)",
    "\x1b]52;c;ZWNobyBoaQ==\x07 copied",
    "\x9b2J via C1",
    "line\u2028separator and para\u2029separator and nel\u0085here",
    "-7% on the week",
]


def _doc(doc_id: str, text: str, **kw) -> Document:
    return Document(id=doc_id, path=kw.pop("path", f"/articles/{doc_id}.txt"), text=text,
                    content_hash=hashlib.sha256(text.encode()).hexdigest(), **kw)


@pytest.fixture
def hostile_world(tmp_path):
    sentences = [f"Row {i}: {h} reported by the quay office." for i, h in enumerate(HOSTILE)]
    text = " ".join(sentences)
    doc = _doc("quay", text, outlet="\uff0bQuay \x1b[5mTimes", title="-3 boats \u2028 adrift")
    claims = []
    for s in sentences:
        i = text.index(s)
        claims.append(Claim(id=f"quay-{i}", doc="quay", start=i, end=i + len(s), text=s, kind="figure", score=0.6))
    analysis = Analysis(documents=[doc], claims=claims)
    store = AnnotationStore.open(tmp_path / "s.json", editor="\u200b=editor\x1b[1m")
    store.sync(analysis)
    for c, h in zip(claims, HOSTILE, strict=True):
        store.set_status(c, doc, "disputed")
        store.set_note(c, doc, f"{h}\nsecond line")
    store.add_evidence(claims[0], doc, Evidence(kind="source", text="a\u2028b", url="https://example.org/a b?x=1 2#frag ment"))
    store.add_evidence(claims[1], doc, Evidence(kind="source", text="no scheme", url="example.org/page"))
    yield analysis, store, tmp_path
    store.close()


C0_C1 = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_csv_with_hostile_strings_cats_safely_and_runs_nothing(hostile_world):
    analysis, store, tmp = hostile_world
    out = tmp / "out.csv"
    export("csv", out, analysis, store)
    raw = out.read_bytes()
    body = raw.decode("utf-8").replace("\r\n", "\n")  # the row separator is RFC 4180's CRLF
    assert not C0_C1.search(body.replace("\t", "")), "a raw control character reached the file"
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    # the editor's name heads a verdict column: inert, and it cannot start a formula ("verdict:" first)
    assert rows[0] == CSV_COLUMNS + ["verdict:\u200b=editor␛[1m"] and len(rows) == 1 + len(HOSTILE)
    for row in rows[1:]:
        for cell in row:
            assert neutralise(cell) == cell, f"a cell could still start a formula: {cell!r}"
        note = row[CSV_COLUMNS.index("note")]
        assert "\nsecond line" in note  # newlines inside cells kept
    outlets = {r[1] for r in rows[1:]}
    assert outlets == {"'\uff0bQuay ␛[5mTimes"}


def test_jsonl_escapes_line_breakers_and_controls_and_stays_lossless(hostile_world):
    analysis, store, tmp = hostile_world
    out = tmp / "out.jsonl"
    n = export("jsonl", out, analysis, store)
    text = out.read_text(encoding="utf-8")
    for ch in ("\u2028", "\u2029", "\u0085", "\x1b", "\x9b", "\x07"):
        assert ch not in text, repr(ch)
    assert "\\u2028" in text and "\\u2029" in text and "\\u0085" in text and "\\u009b" in text
    lines = text.splitlines()  # str.splitlines breaks on U+2028/2029/0085 too: none may be left raw
    assert len(lines) == n == len(store.annotations())
    back = {json.loads(line)["claim_id"]: json.loads(line) for line in lines}
    for a in store.annotations():
        assert back[a.claim_id] == a.to_dict()  # every character as stored


def test_json_text_is_the_same_value():
    value = {"k": "a\u2028b\u2029c\u0085d\x9be\x7ff\u202eg\ud800h", "n": [1, -2.5, None, True]}
    assert json.loads(json_text(value)) == value
    assert not re.search("[\u2028\u2029\u0085\x7f-\x9f\u202e\ud800]", json_text(value))


# ---------------------------------------------------------------------------- IRIs

IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def assert_iri(value: str) -> None:
    assert IRI.fullmatch(value), f"not a valid IRI: {value!r}"
    assert not re.search(r"%(?![0-9A-Fa-f]{2})", value), f"a stray %: {value!r}"


@pytest.mark.parametrize("url", [
    "https://example.org/a b", "https://example.org/ü?q=ä ö", "http://x.example/%zz/100%", "https://x.example/\x1b[2J",
    "https://x.example/ok%20already", "mailto:desk@example.org", "https://x.example/\u2028",
])
def test_urls_become_valid_iris(url):
    iri = url_iri(url)
    assert iri is not None
    assert_iri(iri)
    if "%" not in url:
        assert unquote(iri) == url.strip()  # only encoded (and trimmed), nothing else lost
    else:
        assert unquote(iri) == unquote(url) or unquote(iri) == url


def test_a_url_without_a_scheme_is_no_target():
    assert url_iri("example.org/page") is None and url_iri("  ") is None


def test_w3c_iris_are_valid_for_awkward_paths_and_urls(tmp_path):
    names = ["with space.txt", "ünï cödé.txt", "hash#and?query.txt", "per%cent 100%.txt", "tab\there.txt",
             "esc\x1b[2J.txt"]
    docs, claims = [], []
    for k, name in enumerate(names):
        path = tmp_path / "news desk" / name
        path.parent.mkdir(exist_ok=True)
        text = f"The tug pulled {k + 2} barges out of the channel before noon."
        path.write_text(text, encoding="utf-8")
        d = load_document(path, doc_id=f"d{k}")
        docs.append(d)
        claims.append(Claim(id=f"d{k}-0", doc=d.id, start=0, end=len(d.text), text=d.text, kind="figure",
                            score=0.5))
    analysis = Analysis(documents=docs, claims=claims)
    with AnnotationStore.open(tmp_path / "s.json", editor="ed") as s:
        s.sync(analysis)
        for d, c in zip(docs, claims, strict=True):
            s.set_status(c, d, "corroborated")
        s.add_evidence(claims[0], docs[0], Evidence(kind="source", text="log", url="https://example.org/a b|c"))
        s.add_evidence(claims[1], docs[1], Evidence(kind="claim", claim_id=claims[2].id))
        out = tmp_path / "w3c.jsonld"
        export("w3c", out, analysis, s)
    data = json.loads(out.read_text(encoding="utf-8"))
    seen = []

    def walk(v):
        if isinstance(v, dict):
            for key, x in v.items():
                if key in ("id", "source", "scope", "@context") and isinstance(x, str):
                    assert_iri(x)
                    seen.append(x)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(data)
    files = [iri for iri in seen if iri.startswith("file:")]
    assert len({unquote(urlparse(f).path) for f in files}) == len(names)
    for f in files:
        assert Path(unquote(urlparse(f).path)).exists()  # the IRI names the real file


# ---------------------------------------------------------------------------- selectors against the files

#: name -> (bytes on disk, the encoding the test decodes the file with to get what the IRI denotes)
ARTICLE_LINES = [
    "Dock workers said 1,250 containers were unloaded on Monday.",
    "The port authority gave a lower figure of 1,100 containers.",
    "A crane operator said two cranes stood idle for 6 hours.",
    "Shipping agents put the delay at about 14 hours for some vessels.",
    "The harbour master said 3 pilots were on duty overnight.",
    "Officials expect traffic to recover within 48 hours.",
]


def _crlf() -> bytes:
    return "\r\n".join(ARTICLE_LINES).encode() + b"\r\n"


def _nul() -> bytes:
    raw = bytearray("\n".join(ARTICLE_LINES).encode() + b"\n")
    for needle in (b"1,250", b"lower", b"idle", b"vessels"):
        i = bytes(raw).index(needle)
        raw[i + 1:i + 1] = b"\x00"
    return bytes(raw)


def _bom() -> bytes:
    return "\ufeff".encode() + "\n".join(ARTICLE_LINES).replace("Dock", "Dóck").encode() + b"\n"


def _utf16() -> bytes:
    return ("\r\n".join(ARTICLE_LINES) + "\r\n").encode("utf-16")


def _front_matter() -> bytes:
    body = ("---\r\ntitle: Port delays\r\noutlet: Quay Times\r\ndate: 2024-03-05\r\n---\r\n\r\n\r\n"
            + "\r\n\r\n".join(ARTICLE_LINES[:3])
            + "\r\n\r\n" + ARTICLE_LINES[3] + "\r\n" + ARTICLE_LINES[4]  # one paragraph over two lines
            + "\r\n\r\n" + ARTICLE_LINES[5] + "\r\n")
    return body.encode()


def _cp1251() -> bytes:
    lines = ["Портовики сообщили, что в понедельник разгрузили 1250 контейнеров.",
             "Администрация порта назвала меньшую цифру — 1100 контейнеров.",
             "Крановщик сказал, что два крана простаивали 6 часов.",
             "Агенты оценили задержку примерно в 14 часов."]
    return ("\r\n".join(lines) + "\r\n").encode("cp1251")


def _lone_cr() -> bytes:
    return "\r".join(ARTICLE_LINES[:4]).encode() + b"\r"


def _html() -> bytes:
    paras = "".join(f"<p>{line}</p>\n" for line in ARTICLE_LINES)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Port delays</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Port delays</h1>{paras}</article>"
            f"<footer>Subscribe to our newsletter</footer></body></html>").encode()


FILES = {
    "crlf report.txt": (_crlf, "utf-8"),
    "stray-nul.txt": (_nul, "utf-8"),
    "bom ünï.txt": (_bom, "utf-8-sig"),
    "utf16 mail.txt": (_utf16, "utf-16"),
    "front#matter.md": (_front_matter, "utf-8"),
    "novosti 1251.txt": (_cp1251, "cp1251"),
    "old mac.txt": (_lone_cr, "utf-8"),
    "page 100%.html": (_html, None),
}


@pytest.fixture
def article_world(tmp_path):
    folder = tmp_path / "port news"
    folder.mkdir()
    docs, claims = [], []
    for k, (name, (make, _)) in enumerate(FILES.items()):
        (folder / name).write_bytes(make())
        d = load_document(folder / name, doc_id=f"a{k}")
        docs.append(d)
        for p in d.paragraphs:
            if p.boilerplate:
                continue
            claims.append(Claim(id=f"{d.id}-{p.start}", doc=d.id, start=p.start, end=p.end,
                                text=d.text[p.start:p.end], kind="figure", score=0.5))
            if p.end - p.start > 30:  # and a span inside the paragraph, starting and ending mid-text
                s, e = p.start + 3, p.end - 5
                claims.append(Claim(id=f"{d.id}-{s}-in", doc=d.id, start=s, end=e, text=d.text[s:e],
                                    kind="figure", score=0.5))
    analysis = Analysis(documents=docs, claims=claims)
    store = AnnotationStore.open(tmp_path / "store.json", editor="ed")
    store.sync(analysis)
    by_id = {d.id: d for d in docs}
    for c in claims:
        store.set_status(c, by_id[c.doc], "corroborated")
    # evidence links across documents: their second targets are checked too
    store.add_evidence(claims[0], by_id[claims[0].doc], Evidence(kind="claim", claim_id=claims[-1].id))
    yield analysis, store, folder, tmp_path
    store.close()


def _targets(item: dict) -> list[dict]:
    t = item["target"]
    return [x for x in (t if isinstance(t, list) else [t]) if "selector" in x]


def _ni(text: str) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).decode().rstrip("=")
    return f"ni:///sha-256;{digest}?ct=text/plain"


def test_w3c_position_selectors_index_the_text_their_source_denotes(article_world):
    analysis, store, folder, tmp = article_world
    out = tmp / "w3c.jsonld"
    export("w3c", out, analysis, store)
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    docs_by_file = {Path(d.path).resolve().as_uri(): d for d in analysis.documents}
    checked = {name: 0 for name in FILES}
    for item in items:
        for target in _targets(item):
            pos, quote = target["selector"]
            assert pos["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
            source = target["source"]
            if source.startswith("file:"):
                path = Path(unquote(urlparse(source).path))
                name = path.name
                encoding = FILES[name][1]
                assert encoding is not None, "HTML positions must not claim to index the page"
                denoted = path.read_bytes().decode(encoding)  # what the file IRI denotes
                doc = docs_by_file[source]
            else:
                doc = docs_by_file[target["scope"]]
                name = Path(doc.path).name
                assert FILES[name][1] is None, f"{name}: a text file should be indexed through its own IRI"
                assert source == _ni(doc.text)  # the source names exactly the extracted text
                denoted = doc.text
            s, e = pos["start"], pos["end"]
            assert denoted[s:e] == quote["exact"], (name, s, e)
            assert denoted[max(0, s - len(quote["prefix"])):s] == quote["prefix"]
            assert denoted[e:e + len(quote["suffix"])] == quote["suffix"]
            # and it is the claim's text, once the loader's normalisation is undone
            normalised = quote["exact"].replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
            assert normalised in doc.text
            checked[name] += 1
    assert all(checked.values()), checked
    assert sum(checked.values()) >= 36, checked
    # where the loader changed the text, the offsets really differ from Document.text's
    nul_doc = next(d for d in analysis.documents if d.path.endswith("stray-nul.txt"))
    src = source_text(nul_doc)
    assert src is not None and src.text != nul_doc.text


def test_w3c_falls_back_to_the_text_itself_when_the_file_changed(article_world):
    analysis, store, folder, tmp = article_world
    (folder / "crlf report.txt").write_bytes(b"Rewritten since it was loaded.\n")
    out = tmp / "w3c.jsonld"
    export("w3c", out, analysis, store)
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    doc = next(d for d in analysis.documents if d.path.endswith("crlf report.txt"))
    for item in items:
        for target in _targets(item):
            if target.get("scope") == Path(doc.path).resolve().as_uri():
                assert target["source"] == _ni(doc.text)
                pos, quote = target["selector"]
                assert doc.text[pos["start"]:pos["end"]] == quote["exact"]


# ---------------------------------------------------------------------------- where an export may write


def test_export_follows_a_link_and_refuses_devices_and_fifos(hostile_world):
    analysis, store, tmp = hostile_world
    real = tmp / "exports" / "real.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp / "link.csv"
    link.symlink_to(real)
    export("csv", link, analysis, store)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("document,outlet")
    fifo = tmp / "pipe.csv"
    os.mkfifo(fifo)
    for bad in (fifo, Path("/dev/null")):
        with pytest.raises(FileRefused, match=r"not a regular file \((a named pipe|a character device)"):
            export("csv", bad, analysis, store)
    assert Path("/dev/null").is_char_device()
    assert not list(Path("/dev").glob(".null.*.tmp"))


# ---------------------------------------------------------------------------- a real spreadsheet


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_reads_back_no_formula_and_numbers_as_numbers(tmp_path):
    """The CSV opened by LibreOffice Calc (headless, converted to ODS): no cell holds a formula,
    the plain numbers are numbers. An unneutralised copy proves the check can see a formula."""
    hostile = [c for c, _ in NEUTRALISE] + HOSTILE + ["=1+1", "=HYPERLINK(\"http://evil.example\";\"x\")"]
    numbers = {"-42": -42.0, "+3.1": 3.1, "-0.5": -0.5, "-1,200": -1200.0}

    def write(path: Path, cells: list[str]) -> None:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["cell"])
        for c in cells:
            w.writerow([c])
        path.write_text(buf.getvalue(), encoding="utf-8", newline="")

    def cells_of(csv_path: Path) -> list[str]:
        outdir = tmp_path / "ods"
        env = {**os.environ, "HOME": str(tmp_path)}
        subprocess.run([SOFFICE, "--headless", "--convert-to", "ods", "--infilter=CSV:44,34,76,1", "--outdir",
                        str(outdir), str(csv_path)], check=True, capture_output=True, env=env, timeout=180)
        with zipfile.ZipFile(outdir / (csv_path.stem + ".ods")) as z:
            xml = z.read("content.xml").decode("utf-8")
        return re.findall(r"<table:table-cell[^>]*>", xml)

    raw = tmp_path / "raw.csv"
    write(raw, ["=1+1"])
    assert any("table:formula" in c for c in cells_of(raw)), "the harness cannot see a formula"

    safe = tmp_path / "safe.csv"
    write(safe, [csv_cell(c) for c in hostile] + list(numbers))
    cells = cells_of(safe)
    assert cells and not [c for c in cells if "table:formula" in c]
    values = [float(v) for v in re.findall(r'office:value-type="(?:float|percentage)" office:value="([^"]+)"',
                                           " ".join(cells))]
    for n in numbers.values():
        assert n in values, (n, values)
    assert -0.05 in values  # -5% as a percentage


def test_dates_and_created_cells_are_never_neutralised(hostile_world):
    """ISO dates and times start with a digit: they pass through untouched."""
    now = dt.datetime(2024, 3, 5, 7, 8, 9, tzinfo=dt.UTC).isoformat()
    assert csv_cell(now) == now and csv_cell("2024-03-05") == "2024-03-05"
