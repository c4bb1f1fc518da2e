"""What ``store.storage`` relies on in TinyDB beyond its documented extension points.

``JournalTable`` (TinyDB's ``table_class`` extension point) overrides two private methods of
``tinydb.table.Table`` and ``JournalDB`` resets two private attributes; pyproject pins TinyDB to
the versions these tests pass on (``tinydb>=4.8,<5``). If a TinyDB release changes any of
this, these tests say which part, before an annotation is written the wrong way:

- every read of a table goes through ``Table._read_table()`` and every write through
  ``Table._update_table(updater)``, where ``updater`` changes a ``{doc_id: record}`` dict in
  place (so overriding the two keeps every public method working);
- ``Table._next_id`` caches the next id (None means "compute from the table") and
  ``TinyDB._tables`` holds the table objects handed out (both reset after a rollback or when
  another writer changed a table);
- ``Table.clear_cache()`` forgets query results.
"""

from __future__ import annotations

from importlib.metadata import version

from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Table

from store.storage import JournalDB, JournalStorage, JournalTable


class Recording(Table):
    """A stock table that records which private method each public call goes through."""

    calls: list[str] = []

    def _read_table(self):
        Recording.calls.append("read")
        return super()._read_table()

    def _update_table(self, updater):
        Recording.calls.append("update")
        return super()._update_table(updater)


class RecordingDB(TinyDB):
    table_class = Recording


def _through(fn) -> set[str]:
    Recording.calls = []
    fn()
    return set(Recording.calls)


def test_the_supported_tinydb_version_is_installed():
    major, minor = (int(p) for p in version("tinydb").split(".")[:2])
    assert (4, 8) <= (major, minor) < (5, 0), version("tinydb")


def test_every_public_read_goes_through_read_table_and_every_write_through_update_table():
    db = RecordingDB(storage=MemoryStorage)
    t = db.table("t")
    q = Query()
    writes = {
        "insert": lambda: t.insert({"k": 1}),
        "insert_multiple": lambda: t.insert_multiple([{"k": 2}, {"k": 3}]),
        "update": lambda: t.update({"x": 1}, q.k == 1),
        "update_ids": lambda: t.update({"x": 2}, doc_ids=[2]),
        "upsert": lambda: t.upsert({"k": 9}, q.k == 9),
        "remove": lambda: t.remove(q.k == 3),
        "truncate": lambda: t.truncate(),
    }
    for name, fn in writes.items():
        assert "update" in _through(fn), name
    t.insert_multiple([{"k": 1}, {"k": 2}])
    reads = {
        "all": lambda: t.all(),
        "search": lambda: t.search(q.k == 1),
        "get": lambda: t.get(doc_id=1),
        "get_cond": lambda: t.get(q.k == 2),
        "contains": lambda: t.contains(doc_id=1),
        "count": lambda: t.count(q.k == 1),
        "len": lambda: len(t),
        "iter": lambda: list(iter(t)),
    }
    for name, fn in reads.items():
        t.clear_cache()
        got = _through(fn)
        assert "read" in got and "update" not in got, name


def test_the_updater_changes_an_int_keyed_dict_in_place():
    db = RecordingDB(storage=MemoryStorage)
    t = db.table("t")
    t.insert({"k": 1})
    seen = []

    def updater(table):
        seen.append((type(table), sorted(table)))
        table[5] = {"k": 5}

    t._update_table(updater)
    assert seen == [(dict, [1])]
    assert t.get(doc_id=5) == {"k": 5}


def test_next_id_cache_and_tables_registry_are_where_journal_db_resets_them(tmp_path):
    db = JournalDB(str(tmp_path / "db.json"), storage=JournalStorage)
    db.storage.open_for_writing()
    t = db.table("t")
    assert isinstance(t, JournalTable)
    assert db._tables["t"] is t
    t.insert({"k": 1})
    assert t._next_id == 2  # the cache TinyDB keeps after an insert
    db.reset_caches()
    assert t._next_id is None
    t.insert({"k": 2})
    assert [d.doc_id for d in t.all()] == [1, 2]  # recomputed from the table, not reused
    assert hasattr(Table, "clear_cache") and hasattr(Table, "document_id_class")
    db.close()


def test_journal_table_reads_without_copying_the_table_map(tmp_path, monkeypatch):
    """The point of overriding ``_read_table``: a read costs one table, not the whole store."""
    db = JournalDB(str(tmp_path / "db.json"), storage=JournalStorage)
    db.storage.open_for_writing()
    for i in range(50):
        db.table(f"t{i}").insert({"i": i})
    calls = []
    monkeypatch.setattr(JournalStorage, "read", lambda self: calls.append(1) or dict(self._data))
    t = db.table("t7")
    assert [dict(d) for d in t.all()] == [{"i": 7}]
    t.update({"j": 1}, doc_ids=[1])
    t.insert({"i": 70})
    assert calls == []  # neither reads nor writes touched the whole-database read
    db.close()
