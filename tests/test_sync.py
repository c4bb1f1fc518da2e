"""Sync across machines through a real CouchDB-protocol server on the loopback (issue 12).

The server is PouchDB Server (``pouchdb-server --in-memory``), which speaks CouchDB's HTTP API
including ``_changes``, ``_bulk_docs`` and revision conflicts. The tests find it through
``$CLAIMDESK_POUCHDB_SERVER`` or at ``~/.cache/claimdesk/npm/node_modules/.bin/pouchdb-server``
(``npm install --prefix ~/.cache/claimdesk/npm pouchdb-server@4.2.0``, as ``.ci/run`` does).
They are skipped only where node or npm is missing; with npm present and the server not
installed they fail, saying how to install it.

Two "machines" are two store files: each syncs with the server, never with the other.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from claims.model import Claim, Document
from store.annotations import AnnotationStore, Evidence, Origin, ReviewState
from store.errors import SyncError
from store.sync import ENV_PASSWORD, ENV_USER, Syncer, SyncStatus, anchor_id, parse_remote, sync
from tests.conftest import ROOT

HANG_GUARD = 60.0  # seconds; turns a hang into a failure, never a speed assertion
POUCHDB_VERSION = "4.2.0"
INSTALL = f'npm install --prefix "$HOME/.cache/claimdesk/npm" pouchdb-server@{POUCHDB_VERSION}'


def pouchdb_server_binary() -> str:
    env = os.environ.get("CLAIMDESK_POUCHDB_SERVER")
    if env:
        return env
    for candidate in (Path.home() / ".cache/claimdesk/npm/node_modules/.bin/pouchdb-server",):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pouchdb-server")
    if found:
        return found
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are not installed, so PouchDB Server (the CouchDB-protocol test server) "
                    "cannot run here")
    pytest.fail(f"PouchDB Server is not installed: {INSTALL} (or set CLAIMDESK_POUCHDB_SERVER)")


class Server:
    """A PouchDB Server on the loopback, in memory, in a folder of its own (its log and config)."""

    def __init__(self, folder: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([pouchdb_server_binary(), "--in-memory", "--port", str(self.port), "-o",
                                      "127.0.0.1", "-n"], cwd=folder, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + HANG_GUARD
        while True:
            try:
                if httpx.get(self.url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                self.stop()
                pytest.fail(f"PouchDB Server did not start: {err[-500:]}")
            time.sleep(0.1)
        self._n = 0

    def db_url(self) -> str:
        self._n += 1
        return f"{self.url}/project-{self._n}"

    def all_docs(self, db_url: str) -> dict[str, dict]:
        got = httpx.get(f"{db_url}/_all_docs", params={"include_docs": "true", "conflicts": "true"}, timeout=30)
        got.raise_for_status()
        return {row["id"]: row["doc"] for row in got.json()["rows"]}

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("pouchdb"))
    try:
        yield srv
    finally:
        srv.stop()


# ---------------------------------------------------------------------------- a small world


def make_world(n_docs: int = 3, per_doc: int = 8) -> list[tuple[Claim, Document]]:
    out = []
    for d in range(n_docs):
        sentences = [f"Dispatch {d}: the port authority said {40 + i * 17} ships waited offshore on day {i}."
                     for i in range(per_doc)]
        text = " ".join(sentences)
        doc = Document(id=f"dispatch-{d}", path=f"/news/dispatch-{d}.txt", text=text, outlet=f"Wire {d}",
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        pos = 0
        for i, s in enumerate(sentences):
            out.append((Claim(id=f"dispatch-{d}-{i}", doc=doc.id, start=pos, end=pos + len(s), text=s,
                              kind="figure", score=0.5), doc))
            pos += len(s) + 1
    return out


W = make_world()


def machine(tmp_path: Path, name: str, editor: str) -> AnnotationStore:
    return AnnotationStore.open(tmp_path / name / "project.json", editor=editor)


def view(store: AnnotationStore) -> dict:
    """What an editor sees of a store, comparable between machines."""
    out = {}
    for a in store.annotations():
        out[a.claim_id] = (a.live_verdicts(), a.note, sorted(e.key for e in a.evidence), a.status,
                           a.adjudication.reason if a.adjudication else None)
    return out


# ---------------------------------------------------------------------------- both ways


def test_a_second_machine_gets_everything_the_first_pushed(server, tmp_path):
    url = server.db_url()
    a = machine(tmp_path, "laptop-a", "ana")
    for i in range(5):
        a.set_status(*W[i], "corroborated" if i % 2 else "disputed")
    a.set_note(*W[0], "called the port authority — «confirmed»")
    a.add_evidence(*W[1], Evidence(kind="source", text="harbour log", url="https://example.org/log"))
    a.update_settings(required_verdicts=1, leads=["ana"])
    first = sync(a, url)
    assert first.pushed >= 5 + 1 + 1 and first.merged == 0
    docs = server.all_docs(url)
    project = a.project
    assert project == "project-1"  # named after the database on its first sync
    ann_ids = {d for d in docs if d.startswith(f"{project}:ann:")}
    assert ann_ids == {f"{project}:ann:{anchor_id(r)}" for r in a.all_records()}
    assert all(not d.get("_conflicts") for d in docs.values())

    b = machine(tmp_path, "laptop-b", "bob")
    got = sync(b, url)
    assert got.added == 5 and got.pushed == 0  # nothing of b's own to push yet
    assert view(b) == view(a)
    assert b.settings().leads == ("ana",)
    hist = b.history_entries()
    assert hist and {h.editor for h in hist} == {"ana"}
    assert not b.can_undo  # another machine's history is shown, never undone here
    a.close()
    b.close()


def test_the_same_claim_judged_on_two_laptops_keeps_both_verdicts(server, tmp_path):
    url = server.db_url()
    a, b = machine(tmp_path, "a", "ana"), machine(tmp_path, "b", "bob")
    sync(a, url)
    sync(b, url)
    # both offline: each judges the same claim, each writes a note
    a.set_status(*W[2], "corroborated")
    a.set_note(*W[2], "ana's note")
    b.set_status(*W[2], "disputed")
    b.set_note(*W[3], "bob's note")
    sync(a, url)
    sync(b, url)
    sync(a, url)
    for s in (a, b):
        ann = s.get(W[2][0].id)
        assert ann.live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
        assert ann.review is ReviewState.DISAGREEMENT and ann.note == "ana's note"
        assert s.get(W[3][0].id).note == "bob's note"
    assert view(a) == view(b)
    docs = server.all_docs(url)
    ann = [d for d in docs.values() if d.get("type") == "claimdesk.annotation"
           and d["record"]["claim_id"] == W[2][0].id]
    assert len(ann) == 1  # one document for the claim, whoever annotated it first
    # the lead settles it on one laptop; the other gets the final verdict
    a.update_settings(leads=["ana"])
    a.adjudicate(*W[2], "disputed", "the harbour log shows 74 ships, not 40")
    sync(a, url)
    sync(b, url)
    assert b.get(W[2][0].id).status == "disputed" and b.get(W[2][0].id).review is ReviewState.ADJUDICATED
    a.close()
    b.close()


def test_a_second_sync_with_nothing_new_moves_nothing_and_then_only_the_changes(server, tmp_path):
    url = server.db_url()
    a = machine(tmp_path, "a", "ana")
    for i in range(10):
        a.set_status(*W[i], "disputed")
    syncer = Syncer(a, url)
    try:
        syncer.run()
        settle = syncer.run()  # our own pushes come back through _changes: recognised, not fetched
        assert settle.pulled == 0 and settle.pushed == 0
        a.set_note(*W[4], "one change")
        a.set_status(*W[11], "corroborated")
        again = syncer.run()
        # two annotations changed; each change also made a history entry
        assert again.pushed == 4 and again.pulled == 0
        assert syncer.status is SyncStatus.SYNCED
    finally:
        syncer.close()
        a.close()


def test_offline_edits_wait_for_the_next_sync(server, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/project-offline"
    a = machine(tmp_path, "a", "ana")
    a.set_status(*W[0], "corroborated")
    syncer = Syncer(a, dead, project="offline")
    with pytest.raises(SyncError) as e:
        syncer.run()
    assert syncer.status is SyncStatus.OFFLINE
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(f"sync with {dead}: cannot reach the server")
    assert "local changes are kept" in msg
    syncer.close()
    a.set_status(*W[1], "disputed")  # still offline: more edits
    url = server.db_url()
    result = sync(a, url, project="offline")
    assert result.pushed >= 2
    b = machine(tmp_path, "b", "bob")
    sync(b, url, project="offline")
    assert view(b) == view(a)
    a.close()
    b.close()


# ---------------------------------------------------------------------------- conflicts


def test_conflicting_revisions_on_the_server_are_merged_and_the_loser_kept_in_the_history(server, tmp_path):
    """Two revisions of one annotation, as CouchDB's own replication leaves them (written here with
    ``new_edits=false``): the sync merges both, leaves one revision on the server, and keeps the
    losing one in the local history."""
    url = server.db_url()
    a = machine(tmp_path, "a", "ana")
    a.set_status(*W[5], "corroborated")
    rec = a.all_records()[0]
    sync(a, url)
    doc_id = f"{a.project}:ann:{anchor_id(rec)}"
    current = server.all_docs(url)[doc_id]
    base = {k: v for k, v in current.items() if not k.startswith("_")}
    ana_rev = {**base, "record": {**rec, "verdicts": {"ana": {"status": "disputed", "at": "2099-01-01T00:00:00Z"}},
                                  "note": "ana changed her mind", "note_at": "2099-01-01T00:00:00Z",
                                  "note_by": "ana"}}
    bob_rev = {**base, "record": {**rec, "verdicts": {**rec["verdicts"],
                                                      "bob": {"status": "corroborated", "at": "2099-01-01T00:00:01Z"}}}}
    n, h = current["_rev"].split("-", 1)
    bump = int(n) + 1
    revs = [{**ana_rev, "_id": doc_id, "_rev": f"{bump}-aaaa", "_revisions": {"start": bump, "ids": ["aaaa", h]}},
            {**bob_rev, "_id": doc_id, "_rev": f"{bump}-bbbb", "_revisions": {"start": bump, "ids": ["bbbb", h]}}]
    made = httpx.post(f"{url}/_bulk_docs", json={"docs": revs, "new_edits": False}, timeout=30)
    assert made.status_code == 201
    assert len(httpx.get(f"{url}/{doc_id}", params={"conflicts": "true"}).json()["_conflicts"]) == 1

    result = sync(a, url)
    assert result.conflicts == 1
    ann = a.get(W[5][0].id)
    assert ann.live_verdicts() == {"ana": "disputed", "bob": "corroborated"}
    assert ann.note == "ana changed her mind"
    after = httpx.get(f"{url}/{doc_id}", params={"conflicts": "true"}).json()
    assert "_conflicts" not in after  # resolved on the server too
    assert after["record"]["verdicts"]["bob"]["status"] == "corroborated"
    kept = [h for h in a.history_entries() if h.origin is Origin.SYNC and "conflicting revision" in h.desc]
    assert len(kept) == 1 and kept[0].claim_id == W[5][0].id
    # and the same again changes nothing: a resolved conflict stays resolved
    assert sync(a, url).conflicts == 0
    a.close()


def test_a_push_refused_as_stale_is_merged_and_pushed_again(server, tmp_path, monkeypatch):
    url = server.db_url()
    a, b = machine(tmp_path, "a", "ana"), machine(tmp_path, "b", "bob")
    a.set_status(*W[6], "corroborated")
    sync(a, url)
    sync(b, url)
    b.set_status(*W[6], "disputed")
    a.set_note(*W[6], "ana, meanwhile")
    real_push = Syncer._push

    def a_pushes_in_between(self, result):
        if self.store is b:
            sync(a, url)  # after b pulled, before b pushes: b's revision is now stale
        return real_push(self, result)

    monkeypatch.setattr(Syncer, "_push", a_pushes_in_between)
    result = sync(b, url)
    assert result.retried >= 1
    monkeypatch.undo()
    sync(a, url)
    for s in (a, b):
        ann = s.get(W[6][0].id)
        assert ann.live_verdicts() == {"ana": "corroborated", "bob": "disputed"} and ann.note == "ana, meanwhile"
    a.close()
    b.close()


# ---------------------------------------------------------------------------- credentials


def test_credentials_come_from_the_url_or_the_environment_and_are_never_kept(server, tmp_path, monkeypatch):
    secret = "s3cr3t-Pa55"
    folder = tmp_path / "auth-server"
    folder.mkdir()
    srv = Server(folder)
    try:
        assert httpx.put(f"{srv.url}/_config/admins/editor", content=json.dumps(secret), timeout=30).status_code == 200
        url = f"http://editor:{secret}@127.0.0.1:{srv.port}/newsroom"
        a = machine(tmp_path, "a", "ana")
        a.set_status(*W[0], "corroborated")
        assert sync(a, url).pushed >= 1  # creating the database needs the admin: the credentials worked
        monkeypatch.setenv(ENV_USER, "editor")
        monkeypatch.setenv(ENV_PASSWORD, secret)
        plain = f"http://127.0.0.1:{srv.port}/newsroom"
        b = machine(tmp_path, "b", "bob")
        sync(b, plain)
        assert view(b) == view(a)
        monkeypatch.setenv(ENV_PASSWORD, "wrong-" + secret)
        with pytest.raises(SyncError) as e:
            sync(b, plain)
        assert "401" in str(e.value) and secret not in str(e.value)
        with pytest.raises(SyncError) as e:
            sync(b, f"http://editor:wrong-{secret}@127.0.0.1:{srv.port}/newsroom")
        assert secret not in str(e.value) and "wrong-" not in str(e.value)
        assert str(parse_remote(url)) == plain and secret not in repr(parse_remote(url))
        a.close()
        b.close()
        for f in tmp_path.rglob("*"):
            if f.is_file():
                assert secret.encode() not in f.read_bytes(), f"the password is in {f}"
    finally:
        srv.stop()


@pytest.mark.parametrize("url, why", [
    ("ftp://host/db", "not a CouchDB URL"),
    ("http://host", "no database in the URL"),
    ("http://host/Project", "is not a CouchDB database name"),
    ("http://ana:hunter2@host:99999/db", "not a URL"),
    ("https:///db", "not a CouchDB URL"),
])
def test_a_bad_url_is_refused_in_one_line_without_its_password(url, why):
    with pytest.raises(SyncError) as e:
        parse_remote(url)
    assert why in str(e.value) and "\n" not in str(e.value) and "hunter2" not in str(e.value)


# ---------------------------------------------------------------------------- killed syncs

SYNC_CHILD = textwrap.dedent("""
    import sys
    from store.annotations import AnnotationStore
    from store.sync import Syncer
    s = AnnotationStore.open(sys.argv[1], editor=sys.argv[3])
    syncer = Syncer(s, sys.argv[2], project="killed", batch=int(sys.argv[4]))
    print("start", flush=True)
    syncer.run()
    print("done", flush=True)
""")


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _sync_killed(store_path: Path, url: str, editor: str, rng: random.Random, kills: int) -> int:
    """Run a sync in a child process and SIGKILL it at a random moment, ``kills`` times; returns
    how many children finished before their kill."""
    finished = 0
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", SYNC_CHILD, str(store_path), url, editor, "15"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "start", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=HANG_GUARD)
        finished += "done" in out
    return finished


def test_a_sync_killed_at_any_moment_loses_nothing_and_resumes(server, tmp_path):
    url = server.db_url()
    rng = random.Random(12)
    world = make_world(12, 40)
    a_path = tmp_path / "a" / "project.json"
    with AnnotationStore.open(a_path, editor="ana") as a:
        for i, pair in enumerate(world):
            a.set_status(*pair, "corroborated" if i % 3 else "disputed")
            if i % 4 == 0:
                a.set_note(*pair, f"note {i} — ana")
        expected = view(a)
    finished = _sync_killed(a_path, url, "ana", rng, 6)  # pushing, killed
    assert finished < 6  # the kills landed in the middle of syncs
    with AnnotationStore.open(a_path, editor="ana") as a:
        assert view(a) == expected  # nothing lost locally
        sync(a, url, project="killed")  # resumes and finishes
        assert view(a) == expected
    b_path = tmp_path / "b" / "project.json"
    AnnotationStore.open(b_path, editor="bob").close()
    finished = _sync_killed(b_path, url, "bob", rng, 6)  # pulling, killed
    assert finished < 6
    with AnnotationStore.open(b_path, editor="bob") as b:
        sync(b, url, project="killed")
        assert view(b) == expected
    docs = server.all_docs(url)
    assert sum(1 for d in docs.values() if d.get("type") == "claimdesk.annotation") == len(world)
    assert all(not d.get("_conflicts") for d in docs.values())


def test_two_laptops_with_their_own_paths_converge_and_then_stop_pushing(server, tmp_path):
    """Each laptop keeps its own file names, paths and annotation ids; only what editors decided
    travels, so after a round or two neither has anything left to push: no revision ping-pong."""
    url = server.db_url()
    text = " ".join(s for s in (W[0][0].text, W[1][0].text, W[2][0].text))

    def copy_on(machine_name: str, doc_id: str) -> list[tuple[Claim, Document]]:
        doc = Document(id=doc_id, path=f"/{machine_name}/news/{doc_id}.txt", text=text, outlet="Wire",
                       content_hash=hashlib.sha256(text.encode()).hexdigest())
        out, pos = [], 0
        for i in range(3):
            s = W[i][0].text
            out.append((Claim(id=f"{doc_id}-{i}", doc=doc_id, start=pos, end=pos + len(s), text=s, kind="figure",
                              score=0.5), doc))
            pos += len(s) + 1
        return out

    wa, wb = copy_on("home/ana", "harbour"), copy_on("Users/bob", "harbour-report")
    a, b = machine(tmp_path, "a", "ana"), machine(tmp_path, "b", "bob")
    a.set_status(*wa[0], "corroborated")
    a.add_evidence(*wa[0], Evidence(kind="source", text="harbour log"))
    b.set_status(*wb[0], "disputed")
    b.set_note(*wb[1], "bob checked the AIS data")
    b.add_evidence(*wb[0], Evidence(kind="source", text="AIS data"))
    for _ in range(2):
        sync(a, url)
        sync(b, url)
    shared = [[(x.live_verdicts(), x.note, [e.key for e in x.evidence]) for x in s.annotations()] for s in (a, b)]
    assert shared[0] == shared[1]
    assert a.get(wa[0][0].id).live_verdicts() == {"ana": "corroborated", "bob": "disputed"}
    assert b.get(wb[1][0].id).note == "bob checked the AIS data"
    assert b.get(wb[0][0].id).doc_path == "/Users/bob/news/harbour-report.txt"  # each keeps its own placement
    for s in (a, b, a, b):
        again = sync(s, url)
        assert (again.pushed, again.merged, again.added) == (0, 0, 0), again
    a.close()
    b.close()
