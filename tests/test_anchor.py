"""Re-anchoring: annotations follow their text through edits, by position, quote or fuzzy match."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.model import Analysis, Claim, Document
from store.anchor import TextPosition, TextQuote, best_claim, locate, selectors_for
from store.annotations import AnnotationStore

S1 = "The council met on Monday evening."
S2 = "Police said forty people were arrested near the central station."
S3 = "The mayor denied any arrests had taken place."
S4 = "Witnesses counted about two hundred protesters."
V1 = f"{S1} {S2}\n\n{S3} {S4}"


def doc_of(text: str, doc_id: str = "a") -> Document:
    return Document(id=doc_id, path=f"/articles/{doc_id}.txt", text=text, outlet=doc_id.upper(),
                    content_hash=hashlib.sha256(text.encode()).hexdigest())


def claim_id(doc_id: str, s: str) -> str:
    return f"{doc_id}-{hashlib.sha1(s.encode()).hexdigest()[:8]}"


def analysis_of(text: str, sentences: list[str], doc_id: str = "a") -> tuple[Analysis, Document, dict[str, Claim]]:
    doc = doc_of(text, doc_id)
    claims = {}
    for s in sentences:
        i = text.find(s)
        if i >= 0:
            claims[s] = Claim(id=claim_id(doc_id, s), doc=doc_id, start=i, end=i + len(s), text=s, kind="other",
                              score=0.5)
    return Analysis(documents=[doc], claims=list(claims.values())), doc, claims


def sel(text: str, s: str) -> tuple[TextPosition, TextQuote]:
    i = text.index(s)
    return selectors_for(text, i, i + len(s))


# ---------------------------------------------------------------------------- locate()


def test_unchanged_text_is_found_by_position():
    pos, q = sel(V1, S2)
    m = locate(V1, pos, q)
    assert (m.start, m.end, m.method) == (pos.start, pos.end, "position")


def test_inserted_paragraph_moves_the_position_and_the_quote_finds_it():
    pos, q = sel(V1, S2)
    inserted = "EDITOR'S NOTE: this story was updated.\n\n"
    v2 = inserted + V1
    m = locate(v2, pos, q)
    assert m.method == "quote"
    assert (m.start, m.end) == (pos.start + len(inserted), pos.end + len(inserted))
    assert v2[m.start:m.end] == S2


def test_repeated_quote_is_told_apart_by_its_context():
    text = "Alpha said: prices rose. Beta said: prices rose. Gamma said nothing."
    first = text.index("prices rose.")
    second = text.index("prices rose.", first + 1)
    pos, q = selectors_for(text, second, second + len("prices rose."))
    shifted = "Intro. " + text
    m = locate(shifted, pos, q)
    assert m.start == second + len("Intro. ")
    # the context beats the old offset: shift the text so the *first* occurrence sits exactly
    # where the annotated second one was
    padded = "x" * (second - first) + text
    assert padded[second:second + len("prices rose.")] == "prices rose."
    m2 = locate(padded, pos, q)
    assert m2.method == "quote"
    assert padded[m2.start - len("Beta said: "):m2.start] == "Beta said: "


def test_edited_word_is_found_fuzzily():
    pos, q = sel(V1, S2)
    s2b = S2.replace("forty", "fifty")
    v2 = V1.replace(S2, s2b)
    m = locate(v2, pos, q)
    assert m.method == "fuzzy" and m.score >= 85
    found = v2.index(s2b)
    assert abs(m.start - found) <= 3 and abs(m.end - (found + len(s2b))) <= 3


def test_deleted_sentence_is_not_found():
    pos, q = sel(V1, S2)
    v2 = V1.replace(S2 + "\n\n", "")
    assert locate(v2, pos, q) is None


def test_short_quotes_are_never_matched_fuzzily():
    text = "Yes. No. Maybe so."
    pos, q = selectors_for(text, 0, 4)
    assert locate("Yea. No. Maybe so.", pos, q) is None


def test_offsets_are_code_points():
    text = "Ça va? 👩‍👩‍👧 Die Bürgermeisterin sagte: «Vierzig Menschen» — 東京 e\u0301te\u0301."
    s = "Die Bürgermeisterin sagte: «Vierzig Menschen»"
    pos, q = sel(text, s)
    assert text[pos.start:pos.end] == s
    v2 = "🙂🙂 Ünïcödé prefix. " + text
    m = locate(v2, pos, q)
    assert v2[m.start:m.end] == s
    assert m.start - pos.start == len("🙂🙂 Ünïcödé prefix. ")  # code points, not bytes or UTF-16 units
    v3 = v2.replace("Vierzig", "Fünfzig")
    m3 = locate(v3, pos, q)
    assert m3.method == "fuzzy"
    assert v3[m3.start:m3.end].startswith("Die Bürger")


def test_best_claim_needs_real_overlap():
    a = Claim(id="a", doc="d", start=0, end=10, text="", kind="other", score=0)
    b = Claim(id="b", doc="d", start=10, end=40, text="", kind="other", score=0)
    assert best_claim([a, b], 12, 38) is b
    assert best_claim([a, b], 8, 12) is not None
    assert best_claim([a, b], 50, 60) is None
    assert best_claim([b], 0, 11) is None  # 1 of 11 code points is not the same text


@settings(max_examples=150, deadline=None)
@given(before=st.text(max_size=40), after=st.text(max_size=40), where=st.sampled_from(["start", "middle", "end"]))
def test_insertions_outside_the_quote_never_lose_it(before, after, where):
    pos, q = sel(V1, S3)
    if where == "start":
        v2 = before + V1
    elif where == "middle":
        cut = V1.index(S3)
        v2 = V1[:cut] + before + V1[cut:]
    else:
        v2 = V1 + after
    if v2.count(S3) != 1:
        return
    m = locate(v2, pos, q)
    assert m is not None and v2[m.start:m.end] == S3


# ---------------------------------------------------------------------------- the store's sync()


@pytest.fixture
def store(tmp_path):
    s = AnnotationStore.open(tmp_path / "store.json", editor="ana")
    yield s
    s.close()


SENTENCES = [S1, S2, S3, S4]


def tag(store, text, s, status="corroborated", note=""):
    an, doc, claims = analysis_of(text, SENTENCES)
    store.sync(an)
    store.set_status(claims[s], doc, status)
    if note:
        store.set_note(claims[s], doc, note)
    return claims[s]


def test_unchanged_document_keeps_everything_without_writing(store):
    tag(store, V1, S2)
    an, doc, claims = analysis_of(V1, SENTENCES)
    size = store._storage.journal_size
    report = store.sync(an)
    assert (report.kept, report.moved, report.fuzzy, report.orphaned) == (1, 0, 0, 0)
    assert store._storage.journal_size == size


def test_sync_inserted_paragraph_moves_the_annotation(store, tmp_path):
    c = tag(store, V1, S2, "disputed", "see the police log")
    v2 = "UPDATE: new paragraph added at the top.\n\n" + V1
    an, doc, claims = analysis_of(v2, SENTENCES)
    report = store.sync(an)
    assert (report.kept, report.moved, report.fuzzy, report.orphaned) == (0, 1, 0, 0)
    got = store.get(c.id)  # same text, same claim id
    assert got.status == "disputed" and got.note == "see the police log"
    assert (got.start, got.end) == (claims[S2].start, claims[S2].end)
    assert got.doc_hash == doc.content_hash
    assert v2[got.start:got.end] == got.quote.exact == S2
    store.close()
    with AnnotationStore.open(tmp_path / "store.json", editor="ana") as again:
        assert again.get(c.id).start == claims[S2].start
        assert again.sync(an).kept == 1


def test_sync_edited_word_follows_fuzzily_to_the_new_claim(store):
    old = tag(store, V1, S2, "corroborated")
    s2b = S2.replace("forty", "fifty")
    v2 = V1.replace(S2, s2b)
    an, doc, claims = analysis_of(v2, [S1, s2b, S3, S4])
    report = store.sync(an)
    assert (report.moved, report.fuzzy, report.orphaned) == (0, 1, 0)
    assert store.get(old.id) is None
    got = store.get(claims[s2b].id)
    assert got.status == "corroborated"
    assert got.quote.exact == s2b and (got.start, got.end) == (claims[s2b].start, claims[s2b].end)


def test_sync_deleted_sentence_makes_an_orphan_that_is_kept(store, tmp_path):
    c = tag(store, V1, S2, "disputed", "orphan me")
    v2 = V1.replace(S2 + "\n\n", "")
    an, doc, claims = analysis_of(v2, SENTENCES)
    report = store.sync(an)
    assert (report.kept, report.orphaned) == (0, 1)
    assert store.get(c.id) is None and store.annotations() == []
    (orphan,) = store.orphans()
    assert orphan.status == "disputed" and orphan.note == "orphan me" and orphan.orphan
    assert orphan.quote.exact == S2  # the text it was made on, for a human to find
    assert "no longer in the document" in orphan.orphan_reason
    store.close()
    with AnnotationStore.open(tmp_path / "store.json", editor="ana") as again:
        assert len(again.orphans()) == 1
        # the sentence comes back: the orphan is re-attached
        an1, _, _ = analysis_of(V1, SENTENCES)
        report = again.sync(an1)
        assert report.moved == 1 and again.orphans() == []
        assert again.get(c.id).note == "orphan me"


def test_sync_non_ascii_document(store):
    text = "Ünïcode 👩‍👩‍👧 intro. Die Bürgermeisterin sagte, «vierzig» Menschen seien festgenommen worden. Ende."
    s = "Die Bürgermeisterin sagte, «vierzig» Menschen seien festgenommen worden."
    an, doc, claims = analysis_of(text, [s])
    store.sync(an)
    store.set_status(claims[s], doc, "corroborated")
    v2 = "Ergänzung 🙂🙂: ein neuer Absatz.\n\n" + text
    an2, doc2, claims2 = analysis_of(v2, [s])
    assert store.sync(an2).moved == 1
    got = store.get(claims2[s].id)
    assert v2[got.start:got.end] == s
    assert got.start == text.index(s) + len("Ergänzung 🙂🙂: ein neuer Absatz.\n\n")


def test_claim_ids_change_but_text_does_not(store):
    tag(store, V1, S2)
    doc = doc_of(V1)
    i = V1.index(S2)
    renamed = Claim(id="a-new-extractor-7", doc="a", start=i, end=i + len(S2), text=S2, kind="other", score=0.5)
    report = store.sync(Analysis(documents=[doc], claims=[renamed]))
    assert report.moved == 1
    assert store.get("a-new-extractor-7").status == "corroborated"


def test_two_annotations_on_one_merged_claim(store):
    tag(store, V1, S1, "corroborated")
    tag(store, V1, S2, "disputed")
    doc = doc_of(V1)
    merged_text = V1[: V1.index(S2) + len(S2)]
    merged = Claim(id="a-merged", doc="a", start=0, end=len(merged_text), text=merged_text, kind="other", score=0.5)
    report = store.sync(Analysis(documents=[doc], claims=[merged]))
    assert report.moved == 1 and report.orphaned == 1
    assert store.get("a-merged") is not None
    (orphan,) = store.orphans()
    assert orphan.orphan_reason == "its claim already has an annotation"


def test_documents_not_loaded_are_left_alone(store):
    c = tag(store, V1, S2)
    other = doc_of("Something else entirely.", "b")
    report = store.sync(Analysis(documents=[other], claims=[]))
    assert report.absent == 1 and report.orphaned == 0
    assert store.get(c.id).status == "corroborated"
    assert {d["id"] for d in store.documents()} == {"a", "b"}


def test_read_only_sync_reanchors_in_memory_only(store, tmp_path):
    c = tag(store, V1, S2)
    store.close()
    path = tmp_path / "store.json"
    before = path.read_bytes()
    v2 = "New top paragraph.\n\n" + V1
    an, doc, claims = analysis_of(v2, SENTENCES)
    with AnnotationStore.open(path, editor="x", read_only=True) as ro:
        assert ro.sync(an).moved == 1
        assert ro.get(c.id).start == claims[S2].start
    assert path.read_bytes() == before
    assert not Path(str(path) + ".journal").read_bytes()


def test_undo_after_reanchoring_keeps_the_new_anchor(store):
    c = tag(store, V1, S2, "corroborated")
    an, doc, claims = analysis_of(V1, SENTENCES)
    store.set_status(claims[S2], doc, "disputed")
    v2 = "Inserted.\n\n" + V1
    an2, doc2, claims2 = analysis_of(v2, SENTENCES)
    store.sync(an2)
    assert store.undo().startswith("undo: tag disputed")
    got = store.get(c.id)
    assert got.status == "corroborated"
    assert (got.start, got.end) == (claims2[S2].start, claims2[S2].end)
    assert got.doc_hash == doc2.content_hash
