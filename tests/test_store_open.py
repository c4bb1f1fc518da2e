"""Opening bad stores: one clear line naming the file and why, and the file left byte for byte as it was."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from store.annotations import SCHEMA_VERSION, AnnotationStore, StoreError

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def attempt(path: Path, **kw) -> StoreError:
    kw.setdefault("editor", "ana")
    with pytest.raises(StoreError) as e:
        AnnotationStore.open(path, **kw)
    msg = str(e.value)
    assert "\n" not in msg
    assert str(path) in msg
    return e.value


def good_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.json"
    AnnotationStore.open(path, editor="ana").close()
    return path


BAD = {
    "truncated": b'{"meta": {"1": {"schema_version": 1}}, "doc:a": {"1": {"id": "x", "claim_id": "a-1"',
    "garbage": b"this is not json at all",
    "not-utf8": b'{"meta": {"1": {"note": "\xff\xfe"}}}',
    "list": b"[1, 2, 3]",
    "table-is-list": b'{"meta": {"1": {"schema_version": 1}}, "doc:a": [1, 2]}',
    "record-not-object": b'{"meta": {"1": {"schema_version": 1}}, "doc:a": {"1": "text"}}',
    "bad-record-id": b'{"meta": {"1": {"schema_version": 1}}, "doc:a": {"one": {}}}',
    "bad-annotation": b'{"meta": {"1": {"schema_version": 1}}, "doc:a": {"1": {"id": "x", "claim_id": "c", '
                      b'"status": "probably"}}}',
    "no-schema": b'{"_default": {"1": {"anything": true}}}',
    "newer": json.dumps({"meta": {"1": {"schema_version": SCHEMA_VERSION + 2}}}).encode(),
}
WHY = {
    "truncated": "truncated JSON",
    "garbage": "not valid JSON (line 1, column 1",
    "not-utf8": "not UTF-8 text",
    "list": "not an annotation store (expected tables of records, found a list at the top level)",
    "table-is-list": "table 'doc:a' is a list",
    "record-not-object": "bad record '1': a string",
    "bad-record-id": "bad record 'one'",
    "bad-annotation": "unknown status 'probably'",
    "no-schema": "has data but no schema version",
    "newer": f"made by a newer claimdesk (schema {SCHEMA_VERSION + 2}; this one reads up to {SCHEMA_VERSION})",
}


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("read_only", [False, True])
def test_unreadable_content_is_refused_and_left_untouched(tmp_path, case, read_only):
    path = tmp_path / "store.json"
    path.write_bytes(BAD[case])
    journal = Path(str(path) + ".journal")
    err = attempt(path, read_only=read_only)
    assert WHY[case] in str(err)
    assert path.read_bytes() == BAD[case]
    assert not journal.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # and the lock is not left held: once the file is fixed it opens writable
    path.write_bytes(b"{}")
    s = AnnotationStore.open(path, editor="ana")
    assert not s.read_only
    s.close()


def test_truncated_real_store_is_untouched(tmp_path):
    path = good_store(tmp_path)
    raw = path.read_bytes()
    for cut in (1, len(raw) // 2, len(raw) - 1):
        path.write_bytes(raw[:cut])
        err = attempt(path)
        assert "JSON" in str(err)
        assert path.read_bytes() == raw[:cut]


def test_empty_file_and_empty_object_are_new_stores(tmp_path):
    for content in (b"", b"{}", b'{"_default": {}}'):
        path = tmp_path / "store.json"
        path.write_bytes(content)
        with AnnotationStore.open(path, editor="ana") as s:
            assert s.annotations() == [] and s.schema_version == SCHEMA_VERSION
        assert json.loads(path.read_text())["meta"]["1"]["schema_version"] == SCHEMA_VERSION


def test_path_is_a_folder(tmp_path):
    folder = tmp_path / "store.json"
    folder.mkdir()
    for ro in (False, True):
        err = attempt(folder, read_only=ro)
        assert "is a folder" in str(err)
    assert list(folder.iterdir()) == []


def test_newer_schema_message(tmp_path):
    path = tmp_path / "store.json"
    path.write_text(json.dumps({"meta": {"1": {"schema_version": 3}}}))
    err = attempt(path)
    assert str(err) == f"{path}: made by a newer claimdesk (schema 3; this one reads up to {SCHEMA_VERSION})"


@pytest.mark.skipif(IS_ROOT, reason="running as root: chmod does not stop root reading (simulated below)")
def test_unreadable_file_chmod(tmp_path):
    path = good_store(tmp_path)
    raw = path.read_bytes()
    path.chmod(0)
    try:
        err = attempt(path, read_only=True)
        assert "cannot read it (Permission denied)" in str(err)
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == raw


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    path = good_store(tmp_path)
    raw = path.read_bytes()
    real_open = os.open

    def deny(p, flags, *a, **k):
        if os.fspath(p) == os.fspath(path) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(p))
        return real_open(p, flags, *a, **k)

    monkeypatch.setattr(os, "open", deny)
    for ro in (True, False):
        err = attempt(path, read_only=ro)
        assert str(err) == f"{path}: cannot read it (Permission denied)"
    monkeypatch.undo()
    assert path.read_bytes() == raw
    AnnotationStore.open(path, editor="ana").close()  # lock released


@pytest.mark.skipif(IS_ROOT, reason="running as root: a read-only folder does not stop root (simulated below)")
def test_read_only_folder_chmod(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.json"
    AnnotationStore.open(path, editor="ana").close()
    raw = path.read_bytes()
    folder.chmod(0o555)
    try:
        err = attempt(path)
        assert f"cannot write in its folder {folder}" in str(err)
        with AnnotationStore.open(path, editor="ana", read_only=True) as s:  # looking is fine
            assert s.read_only
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == raw


def test_read_only_folder_simulated(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.json"
    real_access = os.access

    def no_write(p, mode, *a, **k):
        if os.fspath(p) == os.fspath(folder) and mode & os.W_OK:
            return False
        return real_access(p, mode, *a, **k)

    monkeypatch.setattr(os, "access", no_write)
    err = attempt(path)
    assert str(err) == (f"{path}: cannot write in its folder {folder} (Permission denied); "
                        "open it read-only to look")
    assert list(folder.iterdir()) == []


def test_lock_file_cannot_be_created(tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    real_open = os.open

    def deny(p, flags, *a, **k):
        if os.fspath(p).endswith(".lock"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(p))
        return real_open(p, flags, *a, **k)

    monkeypatch.setattr(os, "open", deny)
    err = attempt(path)
    assert "cannot write in its folder" in str(err) and "Permission denied" in str(err)
    assert not path.exists()


def test_parent_folder_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    err = attempt(blocker / "sub" / "store.json")
    assert "cannot create its folder" in str(err)


def test_missing_store_read_only_is_empty_and_not_created(tmp_path):
    path = tmp_path / "nothing.json"
    with AnnotationStore.open(path, editor="ana", read_only=True) as s:
        assert s.annotations() == []
    assert not path.exists()
