"""End to end, as an editor uses it: the installed ``claimdesk`` command in a real terminal (tmux).

Real keys go in with ``tmux send-keys``; the screen comes back with ``tmux capture-pane -p``
and is checked for what an editor reads there (the status line above the footer, the
claims table's progress line). Then the desk is started again on the same store to see
the tags come back, and ``claimdesk export --csv`` is checked row by row.

Each test uses its own tmux server (``-L``, a unique socket name) so it never touches a
tmux the developer is running, and kills it in ``finally``.
"""

from __future__ import annotations

import csv
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

TMUX = shutil.which("tmux") or ""
pytestmark = pytest.mark.skipif(not TMUX, reason="tmux is not installed (CI's .ci/run installs it)")

COLS, ROWS = 120, 40
BIN = Path(sys.executable).parent
#: the status line marks a claim that has a note
NOTE_MARK = "✎"
CLAIMDESK = BIN / "claimdesk"
#: the status line starts with "3/82 reviewed"; the claims table's summary line says "3 of 82 claims reviewed"
STATUS_PROGRESS = re.compile(r"(\d+)/(\d+) reviewed")
PANEL_PROGRESS = re.compile(r"(\d+) of (\d+) claims reviewed")


class Terminal:
    """One detached tmux session running one command, on a private tmux server."""

    def __init__(self, tmp: Path) -> None:
        self.socket = f"claimdesk-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.conf = tmp / f"{self.socket}.conf"
        # COLUMNS and LINES are unset in start(): pytest sets them to 80x24, and Textual would believe them.
        # no status bar (the app gets all 40 rows); keep the pane after exit to read its last screen and status
        self.conf.write_text("set -g status off\nset -g remain-on-exit on\nset -g history-limit 2000\n")
        self.session = ""
        self.tmp = tmp
        self.runs = 0
        self.status_file = tmp / "none"

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([TMUX, "-L", self.socket, "-f", str(self.conf), *args], capture_output=True,
                              text=True, timeout=20, check=check)

    def start(self, argv: list[str], env: dict[str, str], size: tuple[int, int] = (COLS, ROWS)) -> None:
        self.runs += 1
        self.status_file = self.tmp / f"{self.socket}.{self.runs}.status"
        cmd = "exec env " + " ".join(f"-u {k}" for k in ("CLAIMDESK_DB", "CLAIMDESK_CONFIG", "COLUMNS", "LINES"))
        cmd += " " + " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
        # the exit status goes to a file: tmux 3.3 can leave an exited command unreaped (a zombie) for
        # a while, without #{pane_dead_status}
        cmd += " sh -c " + shlex.quote(f'"$@"; echo $? > {shlex.quote(str(self.status_file))}') + " sh"
        cmd += " " + shlex.join(argv)
        # a new session per run, the old one kept: killing the last session ends the server, and a
        # new-session racing that shutdown fails
        self.session = f"desk-{self.runs}"
        self.tmux("new-session", "-d", "-s", self.session, "-x", str(size[0]), "-y", str(size[1]), cmd)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session).stdout

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def dead(self) -> tuple[bool, int | None]:
        """(exited, exit status) of the command started last."""
        try:
            text = self.status_file.read_text().strip()
        except FileNotFoundError:
            return False, None
        return (True, int(text)) if text.lstrip("-").isdigit() else (False, None)

    def wait_for(self, what: str, check, timeout: float = 30.0) -> str:
        """Poll the screen until ``check(screen)`` is true; fail with the last screen if it never is."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            if self.dead()[0]:
                break
            time.sleep(0.1)
        size = self.tmux("display-message", "-p", "-t", self.session, "#{window_width}x#{window_height}",
                         check=False).stdout.strip()
        pytest.fail(f"the screen never showed {what} (within {timeout:.0f} s); app exited: {self.dead()}; "
                    f"window {size}; last screen:\n{screen}")

    def kill(self) -> None:
        self.tmux("kill-server", check=False)
        # tmux leaves its socket file behind; remove ours
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)


def status_line(screen: str) -> str:
    """The desk's status line: the row right above the footer (the row with the key hints, "? Help" first)."""
    lines = screen.rstrip("\n").split("\n")
    for i in range(len(lines) - 1, 0, -1):
        if "Help" in lines[i] and "Next" in lines[i]:
            return lines[i - 1]
    return ""


def progress(text: str, pattern: re.Pattern = STATUS_PROGRESS) -> tuple[int, int] | None:
    m = pattern.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def reviewed(screen: str) -> tuple[int, int] | None:
    """Progress as the status line shows it, checked against the claims table's line when it is on screen."""
    got = progress(status_line(screen))
    panel = progress(screen, PANEL_PROGRESS)
    assert panel is None or panel == got, f"status line says {got}, the claims table {panel}"
    return got


@pytest.fixture
def desk_files(tmp_path):
    docs = tmp_path / "articles"
    shutil.copytree(SAMPLES, docs)
    home = tmp_path / "home"
    home.mkdir()
    return docs, home, tmp_path / "store" / "annotations.json"


def test_review_session_in_a_real_terminal(tmp_path, desk_files):
    assert CLAIMDESK.exists(), f"{CLAIMDESK}: the claimdesk command is not installed in this environment"
    docs, home, db = desk_files
    env = {"CLAIMDESK_HOME": str(home), "CLAIMDESK_EDITOR": "e2e-editor"}  # TERM: what tmux sets
    argv = [str(CLAIMDESK), str(docs), "--db", str(db)]
    note = "Checked against the portal record"
    term = Terminal(tmp_path)
    try:
        # ---------------------------------------------------------------- first session
        term.start(argv, env)
        screen = term.wait_for("the claims found and the review progress",
                               lambda s: "links" in status_line(s) and progress(status_line(s)) is not None,
                               timeout=60)
        done, total = reviewed(screen)
        assert done == 0 and total > 2, status_line(screen)
        assert "The Northern Ledger" in screen  # the first article is open in the first pane

        term.send("n")
        screen = term.wait_for("a selected claim, untagged", lambda s: "untagged" in status_line(s))

        term.send("c")
        screen = term.wait_for("the claim tagged corroborated", lambda s: "corroborated" in status_line(s))
        term.wait_for("the table's progress line too", lambda s: progress(s, PANEL_PROGRESS) == (1, total))
        assert reviewed(term.screen()) == (1, total), status_line(screen)

        term.send("n")
        screen = term.wait_for("the next claim, untagged", lambda s: "untagged" in status_line(s))
        term.send("d")
        screen = term.wait_for("the claim tagged disputed", lambda s: "disputed" in status_line(s))
        term.wait_for("the table's progress line too", lambda s: progress(s, PANEL_PROGRESS) == (2, total))
        assert reviewed(term.screen()) == (2, total), status_line(screen)

        term.send("e")
        term.wait_for("the note editor", lambda s: "Note on" in s and "ctrl+s" in s)
        term.type(note)
        term.wait_for("the typed note", lambda s: note[:20] in s)
        term.send("C-s")
        screen = term.wait_for("the note saved and the editor closed",
                               lambda s: "Note on" not in s and NOTE_MARK in status_line(s))
        assert "disputed" in status_line(screen), status_line(screen)

        term.send("p")  # back to the first claim: still corroborated
        screen = term.wait_for("the first claim again", lambda s: "corroborated" in status_line(s))

        term.send("q")
        term.wait_for("the app to quit", lambda s: term.dead()[0], timeout=15)
        dead, code = term.dead()
        screen = term.screen()
        assert code == 0, f"exit status {code}; last screen:\n{screen}"
        assert "Traceback" not in screen

        # ---------------------------------------------------------------- second session: the tags are back,
        # and the desk is where it was left: the first claim selected (p went back to it)
        term.start(argv, env)
        screen = term.wait_for("the saved progress, the first claim selected again and still corroborated",
                               lambda s: progress(status_line(s)) == (2, total) and "corroborated" in status_line(s),
                               timeout=60)
        assert reviewed(screen) == (2, total), status_line(screen)
        term.send("n")
        screen = term.wait_for("the second claim, still disputed, with its note",
                               lambda s: "disputed" in status_line(s) and NOTE_MARK in status_line(s))
        term.send("q")
        term.wait_for("the app to quit", lambda s: term.dead()[0], timeout=15)
        assert term.dead()[1] == 0, f"exit status {term.dead()[1]}; last screen:\n{term.screen()}"
    finally:
        term.kill()

    # -------------------------------------------------------------------- export, read as a spreadsheet would
    out = tmp_path / "out.csv"
    proc = subprocess.run([str(CLAIMDESK), "export", "--csv", str(out), "--db", str(db), str(docs)],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, **env), stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == total
    tagged = [r for r in rows if r["status"] != "untagged"]
    assert sorted(r["status"] for r in tagged) == ["corroborated", "disputed"], tagged
    by_status = {r["status"]: r for r in tagged}
    first_doc = [r for r in rows if Path(cell(r, "document", "document path")).name == "01_northern_ledger.txt"]
    first_doc.sort(key=lambda r: int(r["start"]))
    # n from nothing selects the first claim of the first article, the second n the next one
    assert cell(by_status["corroborated"], "claim_id", "claim id") == cell(first_doc[0], "claim_id", "claim id")
    assert cell(by_status["disputed"], "claim_id", "claim id") == cell(first_doc[1], "claim_id", "claim id")
    assert by_status["disputed"]["note"] == note
    assert by_status["corroborated"]["note"] == ""
    assert all(r["editor"] == "e2e-editor" for r in tagged)
    assert f"wrote {total} rows" in proc.stderr


def cell(row: dict, *names: str) -> str:
    """A CSV cell by its column name (the first of ``names`` the header has)."""
    for name in names:
        if name in row:
            return row[name]
    raise AssertionError(f"none of the columns {names} in the CSV header {list(row)}")


def test_a_newcomers_minute_at_80x24(tmp_path, desk_files):
    """Issue 10's walk in a real 80x24 terminal: help, the colour legend, x to the first claim another outlet
    contradicts or updates (its article beside it), i for everything linked to it, v to add the top suggestion
    with a stance chosen by hand, w to export (format, path), and the CSV holds that evidence with its stance."""
    docs, home, db = desk_files
    env = {"CLAIMDESK_HOME": str(home), "CLAIMDESK_EDITOR": "e2e-editor"}
    out = tmp_path / "walk.csv"
    term = Terminal(tmp_path)
    try:
        term.start([str(CLAIMDESK), str(docs), "--db", str(db)], env, size=(80, 24))
        screen = term.wait_for("the desk, loaded", lambda s: "links" in status_line(s), timeout=60)
        assert screen.rstrip("\n").split("\n")[-1].lstrip().startswith("? Help"), screen

        term.send("?")
        screen = term.wait_for("the help screen", lambda s: "keys, colours and filters" in s and "Move around" in s)
        assert "Select the next claim in the focused article" in screen
        term.send("l")  # the help's own key for its colour legend
        screen = term.wait_for("the colour legend", lambda s: "Colours" in s and "red underline" in s
                               and "green underline" in s)
        term.send("Escape")
        term.wait_for("the help closed", lambda s: "keys, colours and filters" not in s)

        term.send("x")
        # (figures first, "update: this: 310 vs The Courier: 480"; or, for two claims without figures, the reason,
        # "update with The Lantern Review: sign law: not yet, then done")
        screen = term.wait_for("a claim another outlet contradicts or updates, with that outlet named",
                               lambda s: re.search(r"(conflict|update)(?:: this: .+ vs | with )", status_line(s))
                               is not None)
        other = re.search(r"(?: vs | with )(.+?)(?::|…)", status_line(screen)).group(1)  # (cut at 80 columns)
        pane_headers = screen.split("\n")[2]
        assert other[:10] in pane_headers, f"{other} is not in a pane beside the selected claim:\n{screen}"

        term.send("i")
        # (the dialog paints over a few frames: wait for its whole content, not its first lines)
        screen = term.wait_for("the detail view", lambda s: "The selected claim" in s and "Linked claims" in s
                               and "why:" in s and "origins:" in s)
        assert "why:" in screen and "origins:" in screen
        term.send("Escape")
        term.wait_for("the detail view closed", lambda s: "The selected claim" not in s)

        term.send("v")
        screen = term.wait_for("the evidence dialog", lambda s: "Evidence for" in s and "Stance:" in s)
        term.send("2")  # the stance switch's key: contradicts...
        term.send("Left")  # ...then one step back: supports (the switch holds supports, contradicts, context)
        time.sleep(0.3)
        term.send("Enter")
        screen = term.wait_for("the evidence added", lambda s: "On this claim (1)" in s)
        assert "Evidence added:" in screen or "supports ·" in screen
        term.send("Escape")
        term.wait_for("the dialog closed", lambda s: "Evidence for" not in s)

        term.send("w")
        term.wait_for("the format question", lambda s: "Export the annotations as:" in s)
        term.send("Enter")
        term.wait_for("the path question", lambda s: "Write CSV" in s)
        # keys sent within a few ms of a dialog appearing reach it before its field has focus (on a busy machine, a
        # lost ctrl-u left the default path in the field and the typed one appended to it): clear the field until
        # the default path is gone from the screen, then type
        deadline = time.monotonic() + 30
        while "claimdesk-annotations" in term.screen():
            if time.monotonic() > deadline:
                pytest.fail(f"the path field never cleared:\n{term.screen()}")
            term.send("C-u")
            time.sleep(0.3)
        term.type(str(out))
        # (the field is narrower than a long temporary path and then shows its end: look for the end only)
        term.wait_for("the path typed", lambda s: str(out)[-32:] in s)
        term.send("Enter")
        term.wait_for("the export notice", lambda s: "Wrote" in s and "rows" in s)
        term.send("q")
        term.wait_for("the app to quit", lambda s: term.dead()[0], timeout=15)
        assert term.dead()[1] == 0, term.screen()
    finally:
        term.kill()
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with_evidence = [r for r in rows if r["evidence"]]
    assert len(with_evidence) == 1, with_evidence
    assert with_evidence[0]["evidence"].startswith("supports: "), with_evidence[0]["evidence"]
