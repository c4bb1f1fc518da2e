"""Editors' corrections of an article's outlet, title and date (``AnnotationStore.set_document_meta``, the
desk's ``m``): validated, durable, undoable as one step, seen by other desks, never overwritten by the
loader, carried by import and merged field by field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.model import Analysis, Claim, Document
from store.annotations import (
    CLEAR,
    AnnotationStore,
    CorruptStore,
    DocumentMeta,
    MetaField,
    MetaRefused,
    StoreChanges,
    StoreError,
)
from store.errors import ImportRefused
from store.export import export
from store.importer import import_jsonl
from store.merge import merge_meta_records

TEXT = "Police said 40 people were arrested on Tuesday. The mayor denied that account."


def make_doc(doc_id: str = "a", **kw) -> Document:
    kw.setdefault("outlet", "Ledger")
    kw.setdefault("title", "Arrests in the old town")
    return Document(id=doc_id, path=f"/articles/{doc_id}.txt", text=TEXT,
                    content_hash=hashlib.sha256(TEXT.encode()).hexdigest(), **kw)


DOC = make_doc(date=dt.date(2024, 10, 2))
CLAIM = Claim(id="a-1", doc="a", start=0, end=47, text=TEXT[:47], kind="other", score=0.5)


def open_store(path: Path, editor: str = "ana") -> AnnotationStore:
    return AnnotationStore.open(path, editor=editor)


def store_files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir()
            if p.name.startswith(path.name) and not p.name.endswith((".lock", ".writers"))}


# ---------------------------------------------------------------------------- validation

REFUSED = [
    # (field, value, the words the one-line message holds)
    ("outlet", "Ledger\nSecond line", "outlet: holds a line break (U+000A); the outlet is one line"),
    ("outlet", "Gazette\r", None),  # stripped: trailing whitespace goes, so this one is accepted
    ("title", "Title\u2028more", "title: holds a line break (U+2028)"),
    ("title", "Title\x85more", "title: holds a line break (U+0085)"),
    ("outlet", "\x1b]52;c;ZXZpbA==\x07Ledger", "outlet: holds a control character (U+001B)"),
    ("outlet", "Ledger \x1b[2J", "outlet: holds a control character (U+001B)"),
    ("title", "Title \x9b31m red", "title: holds a control character (U+009B)"),
    ("title", "tab\tinside", "title: holds a control character (U+0009)"),
    ("outlet", "\x7fLedger", "outlet: holds a control character (U+007F)"),
    ("title", "Fake \u202etxt.exe", "title: holds a bidirectional control (U+202E)"),
    ("outlet", "Ledger \u2066x\u2069", "outlet: holds a bidirectional control (U+2066)"),
    ("title", "half \ud800 a pair", "title: holds a lone surrogate (U+D800)"),
    ("outlet", "x" * 201, "outlet: 201 characters, more than the 200 allowed"),
    ("title", "y" * 501, "title: 501 characters, more than the 500 allowed"),
    ("date", "2024-13-01", "date: '2024-13-01' is not a date (YYYY-MM-DD)"),
    ("date", "last Tuesday", "date: 'last Tuesday' is not a date (YYYY-MM-DD)"),
]


@pytest.mark.parametrize(("field", "value", "message"), REFUSED, ids=[f"{f}-{i}" for i, (f, _, _) in
                                                                      enumerate(REFUSED)])
def test_hostile_corrections_are_refused_naming_the_field_and_nothing_is_written(tmp_path, field, value,
                                                                                  message):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_document_meta(DOC, title="Kept title")
        files, hist = store_files(path), s.history()
        if message is None:
            got = s.set_document_meta(DOC, **{field: value})
            assert getattr(got, field) == value.strip()
            return
        with pytest.raises(MetaRefused) as e:
            s.set_document_meta(DOC, **{field: value})
        assert isinstance(e.value, StoreError) and e.value.field is MetaField(field)
        assert str(e.value).startswith(message) and "\n" not in str(e.value)
        assert s.document_meta("a").title == "Kept title"
        assert store_files(path) == files and s.history() == hist


def test_accepted_values_are_stripped_and_kept_exactly(tmp_path):
    with open_store(tmp_path / "s.json") as s:
        m = s.set_document_meta(DOC, outlet="  Новая газета  ", title="ا" * 500, date="2024-10-03")
        assert (m.outlet, m.title, m.date) == ("Новая газета", "ا" * 500, dt.date(2024, 10, 3))
        m = s.set_document_meta(DOC, date=dt.datetime(2024, 10, 4, 9, 30))  # a datetime gives its date
        assert m.date == dt.date(2024, 10, 4) and m.editor == "ana" and m.updated.endswith("Z")
        with pytest.raises(TypeError):
            s.set_document_meta(DOC, outlet=42)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- what a correction does


def test_none_leaves_a_field_empty_or_clear_takes_a_correction_away(tmp_path):
    with open_store(tmp_path / "s.json") as s:
        assert s.document_meta("a") is None and s.document_metas() == {}
        s.set_document_meta(DOC, outlet="The Northern Ledger", date=dt.date(2024, 10, 3))
        m = s.set_document_meta(DOC, title="Forty arrested")  # None: outlet and date stay
        assert (m.outlet, m.title, m.date) == ("The Northern Ledger", "Forty arrested", dt.date(2024, 10, 3))
        assert m.fields == (MetaField.OUTLET, MetaField.TITLE, MetaField.DATE)
        m = s.set_document_meta(DOC, outlet="", date=CLEAR)
        assert (m.outlet, m.title, m.date) == (None, "Forty arrested", None)
        assert s.set_document_meta(DOC, title=CLEAR).is_empty
        assert s.document_meta("a") is None and s.document_metas() == {}


def test_a_value_the_article_already_shows_changes_nothing(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        files = store_files(path)
        m = s.set_document_meta(DOC, outlet="Ledger", title="Arrests in the old town", date="2024-10-02",)
        assert m == DocumentMeta("a") and store_files(path) == files and s.history() == []
        assert s.set_document_meta(DOC, outlet=CLEAR).is_empty  # nothing to take away
        assert store_files(path) == files


def test_apply_shows_the_corrections_in_place_of_the_loaders_values(tmp_path):
    with open_store(tmp_path / "s.json") as s:
        s.set_document_meta(DOC, outlet="The Northern Ledger", date="2024-10-03")
        (shown,) = s.apply_metas([DOC])
        assert (shown.outlet, shown.title, shown.date) == ("The Northern Ledger", DOC.title, dt.date(2024, 10, 3))
        assert shown.text == DOC.text and shown.id == DOC.id and shown.label == "The Northern Ledger"
        other = make_doc("b")
        assert s.apply_metas([other])[0] is other  # nothing corrected: the same object


def test_a_correction_is_one_history_entry_that_undo_and_redo_restore(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_document_meta(DOC, outlet="First")
        s.set_document_meta(DOC, outlet="Second", title="New title")
        assert s.history()[-1] == "correct the outlet and title of “Arrests in the old town”"
        entry = s.history_entries()[0]
        assert entry.doc_ids == ("a",) and entry.claim_ids == () and entry.claim_id == ""
        step = s.undo()
        assert step.doc_ids == ("a",) and step.claim_ids == () and step.startswith("undo: correct the outlet")
        m = s.document_meta("a")
        assert (m.outlet, m.title) == ("First", None)
        assert s.undo().doc_ids == ("a",) and s.document_meta("a") is None
        assert s.redo().doc_ids == ("a",) and s.document_meta("a").outlet == "First"
    with open_store(path) as again:  # the corrections and their history survive a restart
        assert again.document_meta("a").outlet == "First"
        assert again.redo().doc_ids == ("a",)
        assert (again.document_meta("a").outlet, again.document_meta("a").title) == ("Second", "New title")


def test_undo_puts_back_only_what_the_entry_changed(tmp_path):
    """ana corrects the outlet, bob then the title: ana's undo takes her outlet away, bob's title stays."""
    path = tmp_path / "s.json"
    ana, bob = open_store(path, "ana"), open_store(path, "bob")
    try:
        ana.set_document_meta(DOC, outlet="Ana's outlet")
        bob.set_document_meta(DOC, title="Bob's title")
        assert ana.undo().doc_ids == ("a",)
        m = ana.document_meta("a")
        assert (m.outlet, m.title) == (None, "Bob's title")
    finally:
        ana.close()
        bob.close()


def test_another_desk_is_told_which_article_changed(tmp_path):
    path = tmp_path / "s.json"
    ana, bob = open_store(path, "ana"), open_store(path, "bob")
    told: list[StoreChanges] = []
    got = threading.Event()

    def on_change(changes: StoreChanges) -> None:
        told.append(changes)
        if "a" in changes.documents:
            got.set()

    try:
        bob.watch(on_change, interval=0.02)
        ana.set_document_meta(DOC, date="2024-10-03")
        assert got.wait(10)  # a guard against a hang, not a timing assertion
        changes = next(c for c in told if c.documents)
        assert changes.documents == {"a"} and not changes.claims and not changes.reloaded
        assert bob.document_meta("a").date == dt.date(2024, 10, 3)
        ana.set_document_meta(make_doc("b"), outlet="Courier")
        bob.unwatch()
        assert bob.refresh().documents == {"b"}
    finally:
        ana.close()
        bob.close()


def test_the_loader_never_overwrites_a_correction(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.sync(Analysis(documents=[DOC], claims=[CLAIM]))
        s.set_document_meta(DOC, outlet="The Northern Ledger")
        reloaded = make_doc(outlet="Ledger (guessed again)", title="A new guess", date=dt.date(2024, 10, 9))
        s.sync(Analysis(documents=[reloaded], claims=[CLAIM]))  # the loader's record is updated
        assert next(d for d in s.documents() if d["id"] == "a")["outlet"] == "Ledger (guessed again)"
        assert s.document_meta("a").outlet == "The Northern Ledger"
        assert s.apply_metas([reloaded])[0].outlet == "The Northern Ledger"
        assert s.apply_metas([reloaded])[0].title == "A new guess"  # not corrected: the loader's


def test_a_damaged_correction_record_refuses_the_store_in_one_line(tmp_path):
    path = tmp_path / "s.json"
    with open_store(path) as s:
        s.set_document_meta(DOC, outlet="Ledger A")
    data = json.loads(path.read_text())
    data["document_meta"]["1"]["fields"]["date"] = {"value": "not a date", "at": "", "by": ""}
    path.write_text(json.dumps(data))
    with pytest.raises(CorruptStore) as e:
        AnnotationStore.open(path, editor="ana", read_only=True)
    assert str(e.value) == (f"{path}: not an annotation store (table 'document_meta', record 1: metadata date "
                            "'not a date' is not a date)")


# ---------------------------------------------------------------------------- import and merge


def test_corrections_travel_through_a_jsonl_export_and_import_idempotently(tmp_path):
    analysis = Analysis(documents=[DOC], claims=[CLAIM])
    ana, bob = open_store(tmp_path / "ana.json", "ana"), open_store(tmp_path / "bob.json", "bob")
    try:
        ana.set_status(CLAIM, DOC, "corroborated")
        ana.set_document_meta(DOC, outlet="The Northern Ledger", date="2024-10-03")
        bob.set_document_meta(DOC, title="Bob's later title")  # later than ana's: stays
        out = tmp_path / "ana.jsonl"
        n = export("jsonl", out, analysis, ana)
        lines = [json.loads(x) for x in out.read_text().splitlines()]
        assert n == 2 and lines[1]["type"] == "claimdesk.document_meta" and lines[1]["doc_id"] == "a"
        report = import_jsonl(bob, out)
        assert (report.lines, report.added, report.articles, report.articles_changed) == (1, 1, 1, 1)
        assert report.summary()[-1] == f"{out}: corrections of 1 article(s) (outlet, title, date): 1 changed here"
        m = bob.document_meta("a")
        assert (m.outlet, m.title, m.date) == ("The Northern Ledger", "Bob's later title", dt.date(2024, 10, 3))
        entry = bob.history_entries()[0]
        assert entry.doc_ids == ("a",) and entry.origin == "import" and "outlet and date" in entry.desc
        again = import_jsonl(bob, out)  # idempotent
        assert (again.added, again.merged, again.articles_changed) == (0, 0, 0)
        # a correction taken back travels too
        ana.set_document_meta(DOC, outlet=CLEAR)
        export("jsonl", out, analysis, ana)
        assert import_jsonl(bob, out).articles_changed == 1
        assert bob.document_meta("a").outlet is None and bob.document_meta("a").title == "Bob's later title"
    finally:
        ana.close()
        bob.close()


def test_a_bad_correction_line_refuses_the_whole_import_naming_the_line(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"type": "claimdesk.document_meta", "doc_id": "a", "fields": {"outlet": {"value": 5}}}\n')
    with open_store(tmp_path / "s.json") as s:
        files = store_files(tmp_path / "s.json")
        with pytest.raises(ImportRefused) as e:
            import_jsonl(s, f)
        assert str(e.value) == f"{f}:1: not an article's corrections (metadata field 'outlet' is not a string)"
        assert store_files(tmp_path / "s.json") == files and s.document_metas() == {}


FIELD = st.fixed_dictionaries({
    "value": st.one_of(st.none(), st.sampled_from(["A", "B", "Ledger"])),
    "at": st.sampled_from(["2024-10-01T00:00:00Z", "2024-10-02T00:00:00Z", "2024-10-03T00:00:00Z"]),
    "by": st.sampled_from(["ana", "bob"]),
})
RECORD = st.builds(lambda fields, ed: {"doc_id": "a", "fields": fields, "editor": ed,
                                       "updated": max((f["at"] for f in fields.values()), default="")},
                   st.dictionaries(st.sampled_from(["outlet", "title"]), FIELD), st.sampled_from(["ana", "bob"]))


@settings(max_examples=300, deadline=None)
@given(a=RECORD, b=RECORD, c=RECORD)
def test_merging_copies_of_corrections_is_order_free_idempotent_and_keeps_each_later_field(a, b, c):
    ab, ba = merge_meta_records(a, b), merge_meta_records(b, a)
    assert ab == ba
    assert merge_meta_records(ab, b) == ab and merge_meta_records(ab, ab) == ab
    assert merge_meta_records(merge_meta_records(a, b), c) == merge_meta_records(a, merge_meta_records(b, c))
    for name in ("outlet", "title"):
        times = [r["fields"][name]["at"] for r in (a, b) if name in r["fields"]]
        if times:
            assert ab["fields"][name]["at"] == max(times)
