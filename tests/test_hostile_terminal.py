"""Untrusted text stays text on the terminal (issue 9): a table-driven walk through every screen,
dialog, notice and command-line table with hostile strings in every place outside text comes from.

The hostile strings (tests/hostile_corpus.py): OSC 52 (clipboard write), OSC 2 and OSC 0 (window
title), a screen clear, C1 controls (U+009B CSI, U+009D OSC), a bidi override, and Rich/Textual
markup (``[/b]``, ``[/]``, ``[red]``, ``[@click=app.quit]``, ``[@click=screen.tag('disputed')]``,
``[link=…]``). They sit in article text, titles, outlets, bylines, cited sources, file names, a
note, a piece of evidence, an orphaned annotation, config.toml, the store's path and the working
folder.

What is checked, at each step:
- **desk** (Pilot, 120x40 and 80x24): every row the compositor hands to the driver holds no control
  or bidi character, and a full repaint writes no OSC, no C1, no screen clear
  (``tests.tui_helpers.assert_screen_is_inert``); the hostile text is *visible* as its stand-in
  (``␛]52;c;…␇``, ``<U+009B>2J``) or literally (``[@click=app.quit]``); the app is still running and
  nothing was written to the store that the step did not write.
- **command line** (a subprocess, as a user runs it): stdout and stderr bytes hold no ESC, C1 or bidi
  character; the tables show the stand-ins; exit status as documented, no traceback; ``--json``
  keeps the original characters, escaped as \\uXXXX.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.widgets import Input, TextArea

from tests.conftest import ROOT
from tests.hostile_corpus import (
    ALL,
    FILE_PART,
    HOSTILE,
    SHOWN,
    write_articles,
    write_bad_file,
    write_outletless_article,
)
from tests.tui_helpers import TERMINAL_ACTIVE, assert_screen_is_inert, desk_of, wait_ready
from tui.app import make_app

#: a note and a source the editor (or a crafted store) holds: every hostile string, on several lines
NOTE = "Checked:\n" + "\n".join(HOSTILE.values())
SOURCE = "Court record " + ALL
#: the orphaned annotation's article, before and after its text changed
ORPHAN_BEFORE = "Police detained 700 people {h} in the harbour district on Monday, officials said.\n"
ORPHAN_AFTER = "The weather was calm all week in the harbour district.\n"

FILE_SHOWN = " ".join(SHOWN[k] for k in ("osc2_title", "c1_csi", "bidi_override", "markup_red", "markup_click_quit"))


@dataclass
class Hostile:
    articles: Path
    db: Path
    config: Path
    cwd: Path
    note_claim: str = ""
    source_claim: str = ""
    tagged: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def hostile(tmp_path, monkeypatch) -> Hostile:
    """The hostile corpus, a store already holding a hostile note, source and orphan, a hostile
    config.toml, and a working folder whose name is hostile (the export dialog proposes a path in it)."""
    from claims.documents import load_paths
    from claims.pipeline import analyse
    from store.annotations import AnnotationStore, Evidence

    arts = tmp_path / "articles"
    write_articles(arts)
    write_outletless_article(arts)
    write_bad_file(arts)
    orphan = arts / f"orphan {FILE_PART}.txt"
    orphan.write_text(ORPHAN_BEFORE.format(h=HOSTILE["osc52_clipboard"]), encoding="utf-8")

    db = tmp_path / f"store {FILE_PART}" / "annotations.json"
    db.parent.mkdir()
    docs, _ = load_paths([str(arts)])
    analysis = analyse(docs)
    by_id = {d.id: d for d in docs}
    first = [c for c in analysis.claims if by_id[c.doc].outlet.startswith("Gazette")]
    lost = next(c for c in analysis.claims if by_id[c.doc].path == str(orphan))
    h = Hostile(arts, db, tmp_path / "config.toml", tmp_path / f"cwd {FILE_PART}")
    with AnnotationStore.open(db, editor=f"editor {HOSTILE['osc2_title']}") as store:
        store.sync(analysis)
        note_claim, source_claim = first[1], first[2]
        store.set_note(note_claim, by_id[note_claim.doc], NOTE)
        store.add_evidence(source_claim, by_id[source_claim.doc], Evidence(kind="source", text=SOURCE))
        store.set_status(lost, by_id[lost.doc], "disputed")
        store.set_note(lost, by_id[lost.doc], NOTE)
        h.note_claim, h.source_claim = note_claim.id, source_claim.id
    orphan.write_text(ORPHAN_AFTER, encoding="utf-8")  # its claim is gone: the annotation is orphaned

    # a key name and a key value from config.toml that a terminal would act on
    h.config.write_text('[keys]\n"\\u001b]2;pwned\\u0007" = "x"\ntoggle_panel = "ctrl+\\u001b]2;pwned\\u0007"\n'
                        'next_untagged = "[@click=app.quit]"\nnext_conflict = "[red]"\n', encoding="utf-8")
    h.cwd.mkdir()
    monkeypatch.chdir(h.cwd)
    return h


@dataclass(frozen=True)
class Step:
    """One place in the desk: how to get there, what must be visible there, how to leave."""

    id: str
    keys: tuple[str, ...] = ()
    select: str = ""  # a claim to select first: "note" | "source" | "click" | "first"
    expect: tuple[str, ...] = ()
    back: tuple[str, ...] = ()
    widget: str = ""  # look for ``expect`` in this widget's whole text rather than on screen (cut with "…")
    keeps: str = ""  # an editable field that must hold the outside text exactly: "note" | "path"


STEPS = (
    Step("pane headers, article text, claims table, load-error and config notices",
         expect=("Gazette [/b] [@click=screen.tag(", "Raid " + SHOWN["osc52_clipboard"],
                 SHOWN["osc0_title_st"], SHOWN["c1_csi"], "<U+202E>txet", "[@click=app.quit]",
                 "Could not open", "[@click=app.quit].txt: empty file", "ignored: " + SHOWN["osc2_title"],
                 "[red] Conflict")),
    Step("status line: outside text (origins, a cited source) holding an escape",
         select="status:" + SHOWN["osc52_clipboard"], expect=(SHOWN["osc52_clipboard"],), widget="#status"),
    Step("status line: outside text that is click markup", select="status:" + SHOWN["markup_click_tag"],
         expect=(SHOWN["markup_click_tag"],), widget="#status"),
    Step("article picker: outlets and titles", keys=("o",),
         expect=("▶ Gazette [/b] [@click=screen.tag(", "— Raid " + SHOWN["osc52_clipboard"]), back=("escape",)),
    Step("article picker, its last entries: file names as labels", keys=("o", "end"),
         expect=("orphan " + SHOWN["osc2_title"],), back=("escape",)),
    Step("note dialog: the claim quoted, the stored note drawn inert", select="note", keys=("e",),
         expect=("Note on", SHOWN["osc52_clipboard"], SHOWN["markup_bold_words"]), back=("escape",), keeps="note"),
    Step("evidence dialog: suggestions from other outlets, the stored source", select="source", keys=("v",),
         expect=("Evidence for", "Court record " + SHOWN["osc52_clipboard"], SHOWN["osc2_title"]),
         back=("escape",)),
    Step("undo notice quoting the claim", select="first", keys=("c", "ctrl+z"),
         expect=("undo: tag corroborated on", "Witnesses ␛]52;c;cm0g")),
    Step("undo history", keys=("H",), expect=("undone · tag corroborated on “Witnesses", "␛]52;c;cm0g"),
         back=("escape",)),
    Step("orphaned annotations: file name, quote and note", keys=("O",),
         expect=("orphan " + SHOWN["osc2_title"], "700 people ␛]52;c;cm0g"), back=("escape",)),
    Step("tag the whole fact: the confirmation lists the outlets", select="first", keys=("c", "g"),
         expect=("Tag all", "Courier [/b] [@click=screen.tag("), back=("n",)),
    Step("export dialog: a path in a hostile working folder (an Input keeps it, draws it inert)", keys=("w", "enter"),
         expect=("[@click=app.quit]/claimdesk-annotations.csv",), back=("escape",), keeps="path"),
    Step("help: the keys config.toml set, shown as written", keys=("f1",),
         expect=("Move around", "[red]", "[@click=app.quit]"), back=("escape",)),
    Step("detail: the selected claim and its linked claims from other outlets", select="first", keys=("i",),
         expect=("The selected claim", "Gazette [/b] [@click=screen.tag(", "Courier [/b] [@click=screen.tag("),
         back=("escape",)),
)


def with_status(desk, text: str) -> str:
    """A claim whose status line, once it is selected, quotes ``text`` (outside text reaches the status
    line through the engine: a fact's origins, a cited source, why two claims are linked)."""
    status = desk.query_one("#status")
    for cid in desk.model.order:
        desk.select_claim(cid)
        if text in str(status.render()):
            return cid
    pytest.fail(f"no claim's status line quotes {text!r}: the engine no longer carries it there; "
                "give tests/hostile_corpus.py another way in")


def pick(desk, h: Hostile, which: str) -> str:
    if which == "note":
        return h.note_claim
    if which == "source":
        return h.source_claim
    if which.startswith("status:"):
        return with_status(desk, which[len("status:"):])
    first_doc = next(d for d in desk.documents if d.outlet.startswith("Gazette"))
    return desk.model.by_doc[first_doc.id][0].id


def tags_of(desk) -> dict[str, str]:
    return {a.claim_id: a.status or "" for a in desk.store.annotations() if a.status}


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_every_screen_shows_hostile_text_inert(hostile, size, monkeypatch):
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(hostile.config))
    app = make_app([hostile.articles], db_path=hostile.db, editor="tester", config_path=hostile.config)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        note_before = desk.note_of(hostile.note_claim)
        assert note_before == NOTE
        for n, step in enumerate(STEPS):
            if n:
                app.clear_notifications()  # each step's own notices, not the ones before it
            if step.select:
                desk.select_claim(pick(desk, hostile, step.select))
            before = tags_of(desk)
            for key in step.keys:
                await pilot.press(key)
            await pilot.pause()
            screen = assert_screen_is_inert(app, step.id)
            # one-line places cut long text with "…"; the narrow terminal shows less of each
            expected = step.expect if size[0] >= 120 else step.expect[:1]
            rows = screen.split("\n")
            if step.widget:
                rows = [str(app.screen.query_one(step.widget).render())]
            for text in expected:
                assert any(text in row for row in rows), f"{step.id}: {text!r} is not on screen:\n{screen}"
            if step.keeps == "note":
                assert app.screen.query_one(TextArea).text == NOTE, "the note editor changed the note"
            elif step.keeps == "path":
                assert app.screen.query_one(Input).value == str(hostile.cwd / "claimdesk-annotations.csv")
            assert app.is_running and app.return_code is None, f"{step.id}: the app stopped"
            if not any(k in ("c", "ctrl+z") for k in step.keys):
                assert tags_of(desk) == before, f"{step.id}: a tag was written"
            for key in step.back:
                await pilot.press(key)
            await pilot.pause()
            assert app.screen is desk, f"{step.id}: did not come back to the desk"
        # the note was only shown: stored exactly as it was, escape bytes and all
        assert desk.store.get(hostile.note_claim).note == NOTE


async def test_a_store_that_cannot_be_opened_is_named_inert(tmp_path):
    """The store's path is outside text too: a folder where the store should be, named with escapes
    and markup, gives an error notice and a header that show it inert (and the desk stays up)."""
    arts = tmp_path / "articles"
    write_articles(arts)
    db = tmp_path / f"store {FILE_PART}"
    db.mkdir()  # a folder, not a store
    app = make_app([arts], db_path=db, editor="tester", config_path=tmp_path / "none.toml")
    async with app.run_test(size=(200, 40), notifications=True) as pilot:
        await wait_ready(pilot)
        await pilot.pause()
        screen = assert_screen_is_inert(app, "store error")
        assert any("Annotation store" in row for row in screen.split("\n")), screen
        assert any("store " + SHOWN["osc2_title"] in row and "NOT SAVING" in row for row in screen.split("\n")), screen
        notices = [n.message for n in app._notifications]
        assert any("store " + SHOWN["osc2_title"] in m for m in notices), notices
        assert all(TERMINAL_ACTIVE.search(m) is None for m in notices)
        assert app.is_running


async def test_the_copied_citation_is_inert(hostile):
    """``y`` copies the claim as a citation: what goes to the clipboard (and so into whatever the
    editor pastes it into) holds the stand-ins, not the article's escape sequences; the OSC 52 the
    desk writes carries exactly that text."""
    app = make_app([hostile.articles], db_path=hostile.db, editor="tester", config_path=hostile.config)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        written: list[str] = []
        monkeypatch_write = app._driver.write

        def capture(data: str) -> None:
            written.append(data)
            monkeypatch_write(data)

        app._driver.write = capture
        desk.select_claim(hostile.note_claim)  # hostile claim text, title, outlet and note
        await pilot.press("y")
        await pilot.pause()
        copied = app.clipboard
        assert TERMINAL_ACTIVE.search(copied) is None, repr(copied)
        assert SHOWN["osc2_title"] in copied and "Raid " + SHOWN["osc52_clipboard"] in copied
        assert SHOWN["markup_click_tag"] in copied  # the note's markup, as written
        osc = [w for w in written if w.startswith("\x1b]52;c;")]
        assert len(osc) == 1 and osc[0].endswith("\x07")
        assert base64.b64decode(osc[0][len("\x1b]52;c;"):-1]).decode("utf-8") == copied
        assert_screen_is_inert(app, "after copying")


@pytest.mark.parametrize("action", ["screen.tag('disputed')", "app.quit"])
async def test_clicking_markup_in_the_status_line_does_nothing(hostile, action):
    """``[@click=screen.tag('disputed')]the city police[/]`` (or ``[@click=app.quit]``) in outside text the
    status line quotes: clicks all along it tag nothing and do not quit."""
    app = make_app([hostile.articles], db_path=hostile.db, editor="tester", config_path=hostile.config)
    async with app.run_test(size=(400, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        markup = f"[@click={action}]"
        desk.select_claim(with_status(desk, markup))
        await pilot.pause()
        status = desk.query_one("#status")
        shown = str(status.render())
        before = tags_of(desk)
        start = cell_len(shown[: shown.index(markup)]) + status.styles.padding.left
        assert start + 40 < status.size.width, "the markup is cut off the status line"
        # every other cell from the markup on: had it been parsed, the words after it would be a button
        for x in range(start, min(status.size.width, start + 80), 2):
            await pilot.click("#status", offset=(x, 0))
        await pilot.pause()
        assert tags_of(desk) == before == {}
        assert app.is_running and app.return_code is None


# ---------------------------------------------------------------------------- the command line


def run_cli(*args: str, home: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, CLAIMDESK_HOME=str(home), CLAIMDESK_EDITOR="cli", COLUMNS="400", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, cwd=cwd, env=env,
                          timeout=120, stdin=subprocess.DEVNULL)


#: bytes a terminal acts on, in UTF-8: C0 but tab/newline, DEL, C1 (U+0080..U+009F as C2 80..C2 9F),
#: bidi controls (E2 80 AA..AE, E2 81 A6..A9)
RAW_ACTIVE = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def assert_bytes_inert(data: bytes, where: str) -> str:
    m = RAW_ACTIVE.search(data)
    assert m is None, f"{where}: {m.group()!r} reaches the terminal raw at byte {m.start()}"
    return data.decode("utf-8")


@dataclass(frozen=True)
class CliCase:
    id: str
    args: tuple[str, ...]  # {articles} {bad} {out} {missing} are filled in
    code: int
    stdout: tuple[str, ...] = ()
    stderr: tuple[str, ...] = ()


CLI_CASES = (
    CliCase("extract tables: titles, outlets, claims, values, sources", ("extract", "{articles}"), 2,
            stdout=("Raid " + SHOWN["osc52_clipboard"], SHOWN["markup_empty_close"], SHOWN["c1_osc"],
                    SHOWN["bidi_override"], SHOWN["markup_link"], "Gazette [/b] " + SHOWN["markup_click_tag"]),
            stderr=("empty " + FILE_SHOWN + ".txt: empty file",)),
    CliCase("extract of the good files only: exit 0", ("extract", "{good}"), 0,
            stdout=(SHOWN["markup_click_tag"],)),
    CliCase("a missing article named with escapes", ("extract", "{missing}"), 2,
            stderr=("missing " + FILE_SHOWN,)),
    CliCase("opening the desk on a missing path", ("{missing}",), 2, stderr=("missing " + FILE_SHOWN,)),
    CliCase("an unknown option echoed by the usage error", ("extract", "{missing}", "--x" + HOSTILE["osc2_title"]), 2,
            stderr=("--x" + SHOWN["osc2_title"],)),
    CliCase("export: the output path in the last line", ("export", "--csv", "{out}", "--db", "{db}", "{good}"), 0,
            stderr=("rows to ", FILE_SHOWN)),
    CliCase("export: an output folder that does not exist", ("export", "--csv", "{missing}/x.csv", "--db", "{db}",
                                                             "{good}"), 2,
            stderr=("missing " + FILE_SHOWN,)),
)


@pytest.fixture
def cli_corpus(tmp_path) -> dict[str, Any]:
    from claims.documents import load_paths
    from claims.pipeline import analyse
    from store.annotations import AnnotationStore

    arts = tmp_path / "articles"
    good = write_articles(arts)
    write_bad_file(arts)
    db = tmp_path / "store.json"
    docs, _ = load_paths([str(p) for p in good])
    analysis = analyse(docs)
    with AnnotationStore.open(db, editor="cli") as store:
        store.sync(analysis)
        store.set_note(analysis.claims[0], docs[0], NOTE)
    return {"articles": str(arts), "out": str(tmp_path / f"out {FILE_PART}.csv"),
            "missing": str(tmp_path / f"missing {FILE_PART}"), "db": str(db), "_good": [str(p) for p in good]}


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.id for c in CLI_CASES])
def test_command_line_output_is_inert(case, cli_corpus, tmp_path):
    args: list[str] = []
    for a in case.args:
        if a == "{good}":
            args.extend(cli_corpus["_good"])
        else:
            args.append(a.format(**{k: v for k, v in cli_corpus.items() if not k.startswith("_")}))
    proc = run_cli(*args, home=tmp_path / "home")
    out = assert_bytes_inert(proc.stdout, f"{case.id}: stdout")
    err = assert_bytes_inert(proc.stderr, f"{case.id}: stderr")
    assert "Traceback" not in err and "MarkupError" not in err, err
    assert proc.returncode == case.code, err
    flat_out = " ".join(out.split())  # Rich folds long cells: compare with the whitespace evened out
    for text in case.stdout:
        assert " ".join(text.split()) in flat_out, f"{case.id}: {text!r} not in stdout:\n{out}"
    for text in case.stderr:
        assert text in err, f"{case.id}: {text!r} not in stderr:\n{err}"
    if case.code == 2 and not case.stdout:
        assert out == "", "an error prints nothing on stdout"


def test_extract_json_keeps_every_character_escaped(cli_corpus, tmp_path):
    """``--json`` is for programs: the original characters survive (json.loads gives them back), but
    none is raw in the bytes: C0, DEL, C1 (U+0085, U+009B), U+2028/U+2029 and bidi controls are
    \\uXXXX escapes, so neither a terminal nor a line-based reader acts on them."""
    extra = Path(cli_corpus["articles"]) / "separators.txt"
    extra.write_text("Police detained 300 people\u2028in the city on Monday\u2029after a march\x85, officials "
                     "said.\n", encoding="utf-8")
    proc = run_cli("extract", "--json", *cli_corpus["_good"], str(extra), home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    text = assert_bytes_inert(proc.stdout, "extract --json")
    assert "\u2028" not in text and "\u2029" not in text
    assert len(text.splitlines()) == 1
    data = json.loads(text)
    texts = [c["text"] for c in data["claims"]]
    for name in ("osc52_clipboard", "c1_csi", "c1_osc", "bidi_override", "markup_click_tag"):
        assert any(HOSTILE[name] in t for t in texts), f"{name} did not survive in the JSON"
    assert any("\u2028" in t or "\u2029" in t for t in texts)
    for escape in ("\\u001b]52", "\\u009b2J", "\\u202e", "\\u2028"):
        assert escape.lower() in text.lower()


def test_json_text_escapes_what_ensure_ascii_false_leaves_raw():
    from tui.cli import json_text

    raw = {"s": "a\x1b]52;c;x\x07 \x9b2J \x85 \x7f \u2028 \u2029 \u202e é 日"}
    out = json_text(raw)
    assert json.loads(out) == raw
    assert TERMINAL_ACTIVE.search(out) is None and "\u2028" not in out and "\u2029" not in out
    assert "é 日" in out  # readable text stays readable
