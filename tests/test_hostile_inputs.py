"""Hostile inputs, as a user meets them: what the command line and the desk do with each.

One table of cases (``DOC_CASES`` for articles, ``STORE_CASES`` for annotation stores), each
with the outcome a user should get. Every case is checked where a user meets it:

* the command line (``python -m tui extract --json PATH``; ``python -m tui export`` for
  stores): a file that cannot be used gives exactly one line on stderr naming the file and
  the reason, exit status 2, nothing on stdout and no traceback; a file that can be used
  is loaded (exit 0);
* the desk (``make_app`` under Pilot at 120x40): a notice naming the file and the reason
  while the other articles still open; a store that must not be written keeps its bytes.

The README's Reliability section lists the table with the test ids. Where running as root makes a case
meaningless (file permissions), it is simulated with monkeypatch in-process and the
subprocess variant is skipped with that reason.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "running as root: file permissions do not apply to root (the in-process variant simulates them)"

ARTICLE = (
    "The regional ministry said on Tuesday that 4,200 people were evacuated from the coastal district "
    "after the storm. Officials said 12 shelters had been opened in schools and sports halls.\n\n"
    "According to the weather service, wind gusts reached 140 km/h near the port, the highest since 2011. "
    "The mayor told reporters that damage would cost at least $3 million to repair.\n"
)
RUSSIAN = (
    "Министерство заявило во вторник, что из прибрежного района эвакуированы 4200 человек.\n\n"
    "По данным метеослужбы, порывы ветра достигали 140 км/ч, сообщил мэр журналистам.\n"
)
ACCENTED = "Le ministère a déclaré mardi que 4 200 personnes avaient été évacuées — « une première ».\n\n" + ARTICLE


# =========================================================================== the table: articles
@dataclass(frozen=True)
class DocCase:
    id: str
    expected: str  # what a user should get, in words (the README's Reliability section)
    make: Callable[[Path], Path]  # writes the input under the given folder, returns the path to open
    loads: bool  # True: it opens as an article; False: it is refused with a one-line reason
    reason: str = ""  # refused: a regex the reason must match
    check: Callable[[object], None] | None = None  # loads: more checks on the Document
    root_matters: bool = False  # needs real file permissions (skipped for subprocesses as root)
    in_app: bool = True  # also opened in the desk beside the samples


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def make_binary(folder: Path) -> Path:
    return _write(folder, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)


def make_stray_nuls(folder: Path) -> Path:
    raw = ARTICLE.encode()
    cut = raw.index(b"evacuated")
    return _write(folder, "stray-nuls.txt", raw[:cut] + b"\x00" + raw[cut:] + b"\x00\x00")


def check_stray_nuls(doc) -> None:
    assert "\x00" not in doc.text
    assert "4,200 people were" in doc.text and "at least $3 million" in doc.text


def make_cp1251(folder: Path) -> Path:
    return _write(folder, "novosti.txt", RUSSIAN.encode("cp1251"))


def check_cp1251(doc) -> None:
    assert doc.text.strip() == RUSSIAN.strip()


def make_utf16(folder: Path) -> Path:
    return _write(folder, "utf16.txt", ACCENTED.replace("\n", "\r\n").encode("utf-16"))  # with BOM, CRLF


def check_utf16(doc) -> None:
    assert doc.text.strip() == ACCENTED.strip()


def make_bad_utf8(folder: Path) -> Path:
    raw = ACCENTED.encode("utf-8")
    cut = raw.index(b"The regional")
    return _write(folder, "damaged.txt", raw[:cut] + b"\xe2\x80 \xff" + raw[cut:])  # a cut sequence, a stray byte


def check_bad_utf8(doc) -> None:
    assert "\ufffd" in doc.text  # the damage is visible where it is ...
    assert "Le ministère a déclaré mardi" in doc.text and "« une première »" in doc.text  # ... the rest is intact
    assert "The regional ministry said" in doc.text


def make_empty(folder: Path) -> Path:
    return _write(folder, "empty.txt", b"")


def make_huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB that cost no disk
    return path


def make_long_line(folder: Path) -> Path:
    parts, n, i = [], 0, 0
    while n < 2_000_000:
        s = f"Officials said {1000 + i % 9000} people were moved from district {i % 97} on day {i % 28 + 1}. "
        parts.append(s)
        n += len(s)
        i += 1
    return _write(folder, "one-line.txt", "".join(parts)[:2_000_000].rstrip() + ".")


def check_long_line(doc) -> None:
    from claims.doc_paragraphs import MAX_PARAGRAPH

    assert "\n" not in doc.text.strip()
    assert len(doc.text) >= 1_999_000
    # cut into bounded paragraphs at sentence ends: later stages never see a 2 MB block
    assert len(doc.paragraphs) >= 100 and all(p.end - p.start <= MAX_PARAGRAPH for p in doc.paragraphs)
    assert all(doc.text[p.start:p.end].endswith(".") for p in doc.paragraphs)


def make_scripts_only(folder: Path) -> Path:
    return _write(folder, "scripts.html", "<!DOCTYPE html><html><head><title></title><style>body{color:red}</style>"
                  "<script>var a = 1;</script></head><body><script>document.write('x')</script>"
                  "<style>p { margin: 0 }</style><noscript></noscript></body></html>")


def make_deep_html(folder: Path) -> Path:
    depth = 5000
    para = ARTICLE.split("\n\n")[0]
    return _write(folder, "deep.html", "<html><head><title>Storm</title></head><body>" + "<div>" * depth
                  + f"<p>{para}</p>" + "</div>" * depth + "</body></html>")


def check_deep_html(doc) -> None:
    assert "4,200 people were evacuated" in doc.text


def make_symlink_loop(folder: Path) -> Path:
    top = folder / "loop"
    _write(top, "sub/story.txt", ARTICLE)
    os.symlink("..", top / "sub" / "up")  # sub/up -> loop: a cycle
    os.symlink(top, top / "again")  # the folder inside itself
    return top


def check_symlink_loop(doc) -> None:
    assert doc.text.startswith("The regional ministry")


def make_self_link(folder: Path) -> Path:
    path = folder / "self.txt"
    os.symlink("self.txt", path)
    return path


def make_fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)  # opening it for reading would block forever
    return path


def make_unreadable(folder: Path) -> Path:
    path = _write(folder, "secret.txt", ARTICLE)
    path.chmod(0)
    return path


DOC_CASES = [
    DocCase("binary_file", "refused: 'binary file, not text'", make_binary, False, r"binary"),
    DocCase("stray_nul_bytes", "loads: an article with a few stray NUL bytes opens, the NULs dropped",
            make_stray_nuls, True, check=check_stray_nuls),
    DocCase("windows_1251", "loads: the Cyrillic text exactly as written", make_cp1251, True, check=check_cp1251),
    DocCase("utf16_with_bom", "loads: the text exactly, CRLF normalised", make_utf16, True, check=check_utf16),
    DocCase("invalid_utf8_in_the_middle", "loads: the damaged bytes become U+FFFD, the rest intact",
            make_bad_utf8, True, check=check_bad_utf8),
    DocCase("empty_file", "refused: 'empty file'", make_empty, False, r"empty"),
    DocCase("file_of_50_mb", "refused by the size limit, before reading it, in well under a second",
            make_huge, False, r"too large.*limit"),
    DocCase("one_2_mb_line", "loads, cut into paragraphs of at most 20,000 characters at sentence ends",
            make_long_line, True, check=check_long_line, in_app=False),
    DocCase("html_only_scripts_and_styles", "refused: 'no article text found'", make_scripts_only, False,
            r"no article text"),
    DocCase("deeply_nested_html", "loads: the paragraph inside 5,000 nested divs", make_deep_html, True,
            check=check_deep_html),
    DocCase("folder_with_symlink_loop", "loads the one article once; the walk ends", make_symlink_loop, True,
            check=check_symlink_loop),
    DocCase("symlink_to_itself", "refused: 'too many levels of symbolic links'", make_self_link, False,
            r"symbolic link"),
    DocCase("named_pipe", "refused: 'not a regular file' (never opened, so never blocks)", make_fifo, False,
            r"not a regular file"),
    DocCase("no_read_permission", "refused: 'permission denied'", make_unreadable, False, r"permission denied",
            root_matters=True),
]


@pytest.fixture
def deny_reads(monkeypatch):
    """Make ``open`` of the given files fail as the kernel does for a file without read permission."""
    denied: set[Path] = set()
    real_open, real_os_open = open, os.open

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file).resolve() in denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def guarded_os_open(file, flags, *args, **kwargs):  # the loader reads through os.open (one checked fd)
        if isinstance(file, (str, os.PathLike)) and denied and Path(file).resolve() in denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_os_open(file, flags, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    return denied


def make_case(case: DocCase, folder: Path, deny_reads: set[Path] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = case.make(folder)
    if case.root_matters and IS_ROOT:
        assert deny_reads is not None, "the simulation of permissions needs the deny_reads fixture"
        deny_reads.add(path.resolve())
    return path


def one_line(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [ln for ln in stderr.splitlines() if ln.strip()]


def cli(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMDESK_")}
    env.update(CLAIMDESK_HOME=str(home), CLAIMDESK_EDITOR="hostile")
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=timeout, stdin=subprocess.DEVNULL)


# --------------------------------------------------------------------------- articles: the loader, in-process
@pytest.mark.parametrize("case", DOC_CASES, ids=[c.id for c in DOC_CASES])
def test_loader(case: DocCase, tmp_path, deny_reads):
    from claims.documents import load_paths
    from claims.model import Document, DocumentError

    path = make_case(case, tmp_path / "in", deny_reads)
    started = time.monotonic()
    docs, errors = load_paths([path])
    took = time.monotonic() - started
    if case.loads:
        assert errors == [], [str(e) for e in errors]
        assert len(docs) == 1 and isinstance(docs[0], Document)
        case.check(docs[0])
    else:
        assert docs == []
        assert len(errors) == 1 and isinstance(errors[0], DocumentError)
        msg = str(errors[0])
        assert "\n" not in msg
        assert msg.startswith(str(path)), msg  # names the file
        assert re.search(case.reason, msg, re.I), msg
    if case.id == "file_of_50_mb":
        assert took < 0.5, f"refusing took {took:.2f} s"


def test_the_50_mb_file_is_not_read(tmp_path, monkeypatch):
    """Refused from its size alone: the loader does not read (or even open) it."""
    from claims.documents import MAX_BYTES, load_document
    from claims.model import DocumentError

    path = make_huge(tmp_path)
    assert path.stat().st_size > MAX_BYTES
    real_open, real_os_open = open, os.open
    opened: list[str] = []

    def spy(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def os_spy(file, flags, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            opened.append(str(file))
        return real_os_open(file, flags, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    monkeypatch.setattr(os, "open", os_spy)
    with pytest.raises(DocumentError, match="too large"):
        load_document(path)
    assert opened == []


# --------------------------------------------------------------------------- articles: the command line
@pytest.mark.parametrize("case", DOC_CASES, ids=[c.id for c in DOC_CASES])
def test_command_line(case: DocCase, tmp_path):
    if case.root_matters and IS_ROOT:
        pytest.skip(ROOT_REASON)
    path = make_case(case, tmp_path / "in")
    started = time.monotonic()
    proc = cli("extract", "--json", str(path), home=tmp_path)
    took = time.monotonic() - started
    lines = one_line(proc.stderr)
    if case.loads:
        assert proc.returncode == 0, proc.stderr
        data = json.loads(proc.stdout)
        assert len(data["documents"]) == 1
        assert lines == [], lines
    else:
        assert proc.returncode == 2, (proc.returncode, proc.stderr)
        assert proc.stdout.strip() == ""
        named = [ln for ln in lines if str(path) in ln]
        assert len(named) == 1, f"expected one line naming {path}: {lines}"
        assert re.search(case.reason, named[0], re.I), named[0]
    if case.id == "file_of_50_mb":
        assert took < 10, f"the command took {took:.1f} s to refuse a 50 MB file"


# --------------------------------------------------------------------------- articles: the desk
def _recorder(app) -> list[tuple[str, str, str]]:
    """Every notice the app raises (title, message, severity), kept after they time out."""
    seen: list[tuple[str, str, str]] = []
    real = app.notify

    def notify(message, *, title="", severity="information", **kwargs):
        seen.append((str(title), str(message), str(severity)))
        return real(message, title=title, severity=severity, **kwargs)

    app.notify = notify
    return seen


async def test_desk_opens_a_messy_folder_and_names_each_bad_file(tmp_path, deny_reads):
    """Every hostile file of the table in one folder beside the samples: the good ones open, one notice per bad one."""
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    folder = tmp_path / "messy"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("*.json"))
    cases = [c for c in DOC_CASES if c.in_app]
    made = {c.id: make_case(c, folder / c.id, deny_reads) for c in cases}
    db = tmp_path / "store.json"
    app = make_app([folder], db_path=db, editor="hostile")
    notices = _recorder(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        loaded = {Path(d.path).resolve() for d in desk.documents}
        for s in SAMPLES.glob("*.*"):
            if s.suffix in (".txt", ".md", ".html"):
                assert (folder / s.name).resolve() in loaded, f"{s.name} did not open beside the bad files"
        errors = [m for _, m, sev in notices if sev == "error"]
        for c in cases:
            path = made[c.id]
            if c.loads:
                inside = [d for d in desk.documents if Path(d.path).resolve().is_relative_to(path.resolve())]
                assert len(inside) == 1, f"{c.id}: {len(inside)} documents opened from {path}"
                c.check(inside[0])
            else:
                named = [m for m in errors if str(path) in m or path.name in m]
                assert named, f"{c.id}: no notice names {path.name}; notices: {notices}"
                assert re.search(c.reason, named[0], re.I), named[0]
        assert desk.analysed and desk.model.claims, "no claims found in the articles that did open"
        assert desk.panes() and all(p.document is not None for p in desk.panes())
        await pilot.press("n")
        assert desk.selected is not None  # still usable
        await pilot.press("q")
    assert app.return_code in (0, None)


@pytest.mark.slow
async def test_desk_opens_the_one_2_mb_line(tmp_path):
    """A 2 MB article without a newline opens in the desk and can be reviewed."""
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    path = make_long_line(tmp_path)
    app = make_app([path], db_path=tmp_path / "store.json", editor="hostile")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, timeout=180)
        desk = desk_of(app)
        assert len(desk.documents) == 1
        check_long_line(desk.documents[0])
        await pilot.press("n")
        assert desk.selected is not None
        await pilot.press("c")
        assert desk.status_of(desk.selected) == "corroborated"


# =========================================================================== the table: annotation stores
@lru_cache(maxsize=1)
def _sample_analysis():
    from claims.documents import load_paths
    from claims.pipeline import analyse

    docs, _ = load_paths([SAMPLES])
    return analyse(docs)


def make_valid_store(path: Path) -> str:
    """A real store with one claim tagged corroborated; returns the claim id."""
    from store.annotations import AnnotationStore

    analysis = _sample_analysis()
    claim = analysis.claims[0]
    doc = next(d for d in analysis.documents if d.id == claim.doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    store = AnnotationStore.open(path, editor="hostile")
    try:
        store.sync(analysis)
        store.set_status(claim, doc, "corroborated")
    finally:
        store.close()
    return claim.id


@dataclass(frozen=True)
class StoreCase:
    id: str
    expected: str
    make: Callable[[Path], Path]  # returns the --db path
    notice: str  # regex the desk's notice must match
    export_ok: bool  # True: 'claimdesk export' still works (reading is fine); False: refused, one line
    export_reason: str = ""
    extra: dict = field(default_factory=dict)


def make_store_is_folder(folder: Path) -> Path:
    path = folder / "annotations.json"
    path.mkdir(parents=True)
    return path


def make_store_truncated(folder: Path) -> Path:
    path = folder / "annotations.json"
    make_valid_store(path)
    raw = path.read_bytes()
    assert len(raw) > 100
    path.write_bytes(raw[: len(raw) // 2])
    return path


def make_store_wrong_shape(folder: Path) -> Path:
    path = folder / "annotations.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"annotations": [{"claim": "x", "status": "corroborated"}]}), encoding="utf-8")
    return path


def make_store_list(folder: Path) -> Path:
    path = folder / "annotations.json"
    path.parent.mkdir(parents=True)
    path.write_text("[1, 2, 3]\n", encoding="utf-8")
    return path


def make_store_fifo(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "annotations.json"
    os.mkfifo(path)  # opened the old way, it blocked the desk beyond q and Ctrl-C
    return path


def make_store_link_to_dev_null(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "annotations.json"
    path.symlink_to("/dev/null")  # written the old way, the device was replaced by a regular file
    return path


def make_store_repeated_ids(folder: Path) -> Path:
    """A store where two records share one annotation id, as a hand merge of two stores leaves it."""
    from store.annotations import AnnotationStore

    path = folder / "annotations.json"
    make_valid_store(path)
    analysis = _sample_analysis()
    claim = analysis.claims[1]
    doc = next(d for d in analysis.documents if d.id == claim.doc)
    with AnnotationStore.open(path, editor="hostile") as s:
        s.set_note(claim, doc, "second record, soon with the first one's id")
    data = json.loads(path.read_text(encoding="utf-8"))
    records = [r for name, table in data.items() if name.startswith("doc:") for r in table.values()]
    assert len(records) == 2
    records[1]["id"] = records[0]["id"]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


STORE_CASES = [
    StoreCase("store_is_a_named_pipe", "notice 'not a regular file (a named pipe)'; never opened, so nothing blocks; "
              "articles open; export refused", make_store_fifo, r"not a regular file \(a named pipe",
              False, r"not a regular file \(a named pipe"),
    StoreCase("store_is_a_link_to_dev_null", "notice naming the link and /dev/null: 'not a regular file (a character "
              "device)'; the device is never written; export refused", make_store_link_to_dev_null,
              r"a link to /dev/null\): not a regular file \(a character device", False,
              r"a link to /dev/null\): not a regular file"),
    StoreCase("store_with_repeated_annotation_ids", "notice naming the store and the id used twice, and the repair "
              "command; nothing written; export refused", make_store_repeated_ids,
              r"annotation id '[0-9a-f]+' is used by 2 records.*claimdesk repair", False, r"is used by 2 records"),
    StoreCase("store_path_is_a_folder", "notice 'is a folder'; articles open; nothing saved; export refused",
              make_store_is_folder, r"folder", False, r"folder"),
    StoreCase("store_truncated", "notice naming the file: truncated or not valid JSON; articles open; the file is left as it was; export refused",
              make_store_truncated, r"truncated|not valid JSON", False, r"truncated|not valid JSON"),
    StoreCase("store_json_of_the_wrong_shape", "notice 'not an annotation store'; file left as it was; "
              "export refused", make_store_wrong_shape, r"not an annotation store", False,
              r"not an annotation store"),
    StoreCase("store_json_list", "notice 'not an annotation store'; file left as it was; export refused",
              make_store_list, r"not an annotation store", False, r"not an annotation store"),
]


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file's bytes under ``folder`` except the lock (which records who has the store open)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(".lock")}


@pytest.mark.parametrize("case", STORE_CASES, ids=[c.id for c in STORE_CASES])
async def test_desk_with_a_bad_store(case: StoreCase, tmp_path):
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    db = case.make(tmp_path / "store")
    before = _folder_bytes(db.parent)
    app = make_app([SAMPLES], db_path=db, editor="hostile")
    notices = _recorder(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert len(desk.documents) == 5, "the articles must open even when the store cannot"
        named = [m for _, m, sev in notices if sev == "error" and str(db) in m]
        assert named, f"no error notice names the store {db}: {notices}"
        assert re.search(case.notice, named[0], re.I), named[0]
        # the desk does not pretend to save: tagging says so and shows no tag
        await pilot.press("n")
        claim = desk.selected
        await pilot.press("c")
        await pilot.pause()
        assert desk.status_of(claim) == ""
        status = str(desk.query_one("#status").render())
        assert "corroborated" not in status
        assert re.search(r"NOT SAVING|READ-ONLY", status), status
        await pilot.press("q")
    assert _folder_bytes(db.parent) == before, "the store's files changed although nothing could be saved"


@pytest.mark.parametrize("case", STORE_CASES, ids=[c.id for c in STORE_CASES])
def test_export_with_a_bad_store(case: StoreCase, tmp_path):
    db = case.make(tmp_path / "store")
    before = _folder_bytes(db.parent)
    out = tmp_path / "out.csv"
    proc = cli("export", "--csv", str(out), "--db", str(db), str(SAMPLES), home=tmp_path)
    lines = one_line(proc.stderr)
    assert proc.returncode == 2, proc.stderr
    named = [ln for ln in lines if str(db) in ln]
    assert len(named) == 1, f"expected one line naming {db}: {lines}"
    assert re.search(case.export_reason, named[0], re.I), named[0]
    assert not out.exists()
    assert _folder_bytes(db.parent) == before


# --------------------------------------------------------------------------- a damaged journal line
@pytest.fixture
def damaged_journal(tmp_path):
    """A store with one tag compacted into it and a second tag in its journal, whose line then
    took a bit flip: the second tag must not be dropped silently, the first stays visible."""
    from store.annotations import AnnotationStore

    db = tmp_path / "store" / "annotations.json"
    first = make_valid_store(db)
    analysis = _sample_analysis()
    claim = analysis.claims[1]
    doc = next(d for d in analysis.documents if d.id == claim.doc)
    s = AnnotationStore.open(db, editor="hostile", compact_bytes=1 << 30)
    s.set_status(claim, doc, "disputed")
    journal = Path(str(db) + ".journal")
    raw = bytearray(journal.read_bytes())
    s._storage._close_fd()  # as a crash would leave it: no closing compaction
    s._storage._closed = True
    s._lock.release()
    assert raw.count(b"\n") == 1
    raw[len(raw) // 2] ^= 0x02
    journal.write_bytes(bytes(raw))
    return db, first, claim.id


async def test_desk_with_a_damaged_journal_shows_what_precedes_it_read_only(damaged_journal):
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    db, first, second = damaged_journal
    before = _folder_bytes(db.parent)
    app = make_app([SAMPLES], db_path=db, editor="hostile")
    notices = _recorder(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        named = [m for _, m, _ in notices if f"{db}.journal: line 1 (byte 0) is damaged" in m]
        assert named, notices
        assert desk.status_of(first) == "corroborated"  # what precedes the damage is shown
        assert desk.status_of(second) == ""  # the damaged change is not guessed at
        status = str(desk.query_one("#status").render())
        assert re.search(r"NOT SAVING|READ-ONLY", status), status
        await pilot.press("n")
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("q")
    assert _folder_bytes(db.parent) == before, "the damaged store was written"


def test_export_with_a_damaged_journal_is_refused_in_one_line(damaged_journal, tmp_path):
    db, _, _ = damaged_journal
    before = _folder_bytes(db.parent)
    out = tmp_path / "out.csv"
    proc = cli("export", "--csv", str(out), "--db", str(db), str(SAMPLES), home=tmp_path)
    lines = one_line(proc.stderr)
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and f"{db}.journal: line 1 (byte 0) is damaged (checksum mismatch)" in lines[0], lines
    assert not out.exists()
    assert _folder_bytes(db.parent) == before


# --------------------------------------------------------------------------- a store in a folder the user cannot write
@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A folder holding a valid store (one claim tagged), then made read-only.

    As a normal user the folder's permissions are really removed. As root (where they do
    not apply) every write into the folder fails as the kernel would fail it: ``os.open``
    for writing, ``mkdir``, ``rename``/``replace`` and ``unlink`` raise EACCES and
    ``os.access`` says no.
    """
    folder = tmp_path / "shared"
    db = folder / "annotations.json"
    claim_id = make_valid_store(db)
    for extra in folder.iterdir():  # the lock of the session that made it
        if extra.name.endswith(".lock"):
            extra.unlink()
    if not IS_ROOT:
        folder.chmod(0o555)
        yield db, claim_id
        folder.chmod(0o755)
        return
    top = folder.resolve()

    def inside(p) -> bool:
        try:
            return Path(os.path.abspath(os.fspath(p))).resolve().is_relative_to(top)
        except TypeError:  # a file descriptor
            return False

    def denied(p):
        return PermissionError(errno.EACCES, "Permission denied", os.fspath(p))

    real_open, real_access = os.open, os.access
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def guarded_open(path, flags, *args, **kwargs):
        if flags & write_flags and inside(path):
            raise denied(path)
        return real_open(path, flags, *args, **kwargs)

    def guarded_access(path, mode, *args, **kwargs):
        if mode & os.W_OK and inside(path):
            return False
        return real_access(path, mode, *args, **kwargs)

    def guard(real):
        def fn(src, *args, **kwargs):
            targets = [src] + [a for a in args[:1] if isinstance(a, (str, os.PathLike))]
            if any(inside(t) for t in targets):
                raise denied(src)
            return real(src, *args, **kwargs)
        return fn

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "access", guarded_access)
    for name in ("mkdir", "rename", "replace", "unlink", "remove", "rmdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    real_builtin_open = open

    def guarded_builtin_open(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax+") and isinstance(file, (str, os.PathLike)) and inside(file):
            raise denied(file)
        return real_builtin_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_builtin_open)
    yield db, claim_id


async def test_desk_with_a_store_in_a_read_only_folder(read_only_folder):
    """Notice naming the store and why; articles open; nothing written; the desk says it is not saving."""
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    db, _ = read_only_folder
    before = _folder_bytes(db.parent)
    app = make_app([SAMPLES], db_path=db, editor="hostile")
    notices = _recorder(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert len(desk.documents) == 5
        named = [m for _, m, sev in notices if sev in ("error", "warning") and str(db) in m]
        assert named, f"no notice names the store {db}: {notices}"
        assert re.search(r"cannot write|permission|read-only", named[0], re.I), named[0]
        status = str(desk.query_one("#status").render())
        assert re.search(r"NOT SAVING|READ-ONLY", status), status
        await pilot.press("q")
    assert _folder_bytes(db.parent) == before


async def test_desk_still_shows_the_tags_of_a_store_in_a_read_only_folder(read_only_folder):
    """An editor opening a colleague's store on a read-only share wants to see its tags, read-only."""
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    db, claim_id = read_only_folder
    app = make_app([SAMPLES], db_path=db, editor="hostile")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert desk.status_of(claim_id) == "corroborated", (
            f"the tag saved in {db} is not shown; store error: {desk.store_error}")
        await pilot.press("q")


def test_export_from_a_store_in_a_read_only_folder(read_only_folder, tmp_path):
    """Export only reads the store: it works from a read-only folder."""
    import csv

    if IS_ROOT:
        # the subprocess cannot inherit the simulation; run the command in-process instead
        from tui.cli import main

        out = tmp_path / "out.csv"
        db, claim_id = read_only_folder
        assert main(["export", "--csv", str(out), "--db", str(db), str(SAMPLES)]) == 0
    else:
        db, claim_id = read_only_folder
        out = tmp_path / "out.csv"
        proc = cli("export", "--csv", str(out), "--db", str(db), str(SAMPLES), home=tmp_path)
        assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    tagged = {r.get("claim_id", r.get("claim id")): r["status"] for r in rows if r["status"] != "untagged"}
    assert tagged == {claim_id: "corroborated"}


# --------------------------------------------------------------------------- a write that fails half-way (full disk)
class FullDisk:
    """Writes into one folder stop half-way with ENOSPC once ``armed``, as on a full disk.

    ``os.open`` is watched from the start so descriptors opened before arming (the store's
    journal) are known; ``os.write`` to one of them writes half its bytes, then fails.
    """

    def __init__(self, folder: Path, monkeypatch) -> None:
        self.folder = folder.resolve()
        self.fds: set[int] = set()
        self.armed = False
        self.failures = 0
        real_open, real_write, real_close = os.open, os.write, os.close

        def watched_open(path, flags, *args, **kwargs):
            fd = real_open(path, flags, *args, **kwargs)
            try:
                if Path(os.path.abspath(os.fspath(path))).resolve().is_relative_to(self.folder):
                    self.fds.add(fd)
            except TypeError:
                pass
            return fd

        def half_write(fd, data):
            if self.armed and fd in self.fds:
                self.failures += 1
                half = bytes(data)[: max(1, len(data) // 2)]
                real_write(fd, half)
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, data)

        def watched_close(fd):
            self.fds.discard(fd)
            return real_close(fd)

        monkeypatch.setattr(os, "open", watched_open)
        monkeypatch.setattr(os, "write", half_write)
        monkeypatch.setattr(os, "close", watched_close)


async def test_desk_when_the_disk_fills_during_a_save(tmp_path, monkeypatch):
    """The tag is not shown as saved, the app says why, the store's files keep their bytes; after space
    is freed the same key saves."""
    from store.annotations import AnnotationStore
    from tests.tui_helpers import desk_of, wait_ready
    from tui.app import make_app

    db = tmp_path / "store" / "annotations.json"
    earlier = make_valid_store(db)
    disk = FullDisk(db.parent, monkeypatch)
    app = make_app([SAMPLES], db_path=db, editor="hostile")
    notices = _recorder(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert desk.status_of(earlier) == "corroborated"
        target = next(cid for cid in desk.model.order if cid != earlier)
        desk.select_claim(target)
        await pilot.pause()
        before = _folder_bytes(db.parent)
        disk.armed = True
        await pilot.press("d")
        await pilot.pause()
        disk.armed = False
        assert disk.failures >= 1, "the save never reached the disk"
        assert _folder_bytes(db.parent) == before, "a failed save left the store's files changed"
        assert desk.status_of(target) == ""
        status = str(desk.query_one("#status").render())
        assert "disputed" not in status, status
        said = [m for _, m, sev in notices if sev == "error"]
        assert any("No space left" in m for m in said), f"the app did not say the disk is full: {notices}"
        # space is back: the same key saves
        await pilot.press("d")
        await pilot.pause()
        assert desk.status_of(target) == "disputed"
        await pilot.press("q")
    store = AnnotationStore.open(db, editor="hostile", read_only=True)
    try:
        assert store.get(earlier).status == "corroborated"
        assert store.get(target).status == "disputed"
    finally:
        store.close()
