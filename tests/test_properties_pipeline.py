"""Properties of the loader, the extractor and the pipeline together (hypothesis).

* Whatever bytes a file holds, loading gives a Document or a DocumentError, never another
  exception, and a Document always goes through ``analyse`` without one.
* Every claim's and every value's span lies inside the document's text, and its text is
  exactly that slice (offsets are code points into ``Document.text``).
* Claim ids (and links) are the same across two runs.
* A document's claims do not depend on which other documents are loaded with it.

Settings are modest (50 examples, no deadline) so the suite stays quick on two cores.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.documents import load_document, load_paths
from claims.model import Document, DocumentError
from claims.pipeline import analyse

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = (".txt", ".md", ".html", ".htm")

# --------------------------------------------------------------------------- article-like text
_WHO = ["The ministry", "Officials", "Maria Lopez", "Reuters", "The mayor", "IStories", "A spokesman", "Police"]
_VERB = ["said", "reported", "estimated", "told reporters", "announced", "wrote", "claimed"]
_MONTH = ["January", "Feb.", "March", "Oct.", "September", "Dec."]
_NOUN = ["people", "defendants", "soldiers", "homes", "shelters", "prisoners", "residents"]
_ODD = ["", " ", "\u00a0", "🙂", "é", "я", "中", "\u0301", "“", "”", "«", "»", "—", "…", "\t", "  "]

_TEMPLATES = [
    "{who} {verb} on {month} {day} that {n:,} {noun} had been moved.",
    "{who} {verb} that about {pct}% of the {noun} were released{odd}.",
    "“We have {n} {noun} in custody,” {who} {verb}.",
    "According to {who}, the plan costs ${n} million and covers {pct} percent of {noun}.",
    "In {year}, {who} {verb} {n} {noun} a month{odd}.",
    "{who} {verb}: “{n:,} {noun} signed up between {month} {day} and {month2} {day2}, {year}.”",
    "The law was signed on {month} {day}, {year}, {who} {verb}.",
    "Nearly {n} {noun}{odd} are held in {pct} detention centers, {who} {verb}.",
    "{odd}Subscribe to our newsletter{odd}",
    "Read more: {who} {verb} {n} {noun}",
    "{who} {verb}{odd} {odd}",
]


@st.composite
def sentence(draw) -> str:
    t = draw(st.sampled_from(_TEMPLATES))
    return t.format(
        who=draw(st.sampled_from(_WHO)), verb=draw(st.sampled_from(_VERB)), month=draw(st.sampled_from(_MONTH)),
        month2=draw(st.sampled_from(_MONTH)), day=draw(st.integers(1, 31)), day2=draw(st.integers(1, 31)),
        year=draw(st.integers(1990, 2030)), n=draw(st.integers(0, 5_000_000)), pct=draw(st.integers(0, 100)),
        noun=draw(st.sampled_from(_NOUN)), odd=draw(st.sampled_from(_ODD)),
    )


paragraph = st.lists(sentence(), min_size=1, max_size=4).map(" ".join)
newline = st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n", "\n \n"])
header = st.sampled_from(["", "Outlet: The Test Times\nTitle: A test report\nDate: 2024-10-03\n\n",
                          "A test report\nBy Jane Doe | The Test Times | October 3, 2024\n\n"])


@st.composite
def article(draw) -> str:
    paras = draw(st.lists(paragraph, min_size=1, max_size=6))
    out = draw(header)
    for p in paras:
        out += p + draw(newline)
    return out


def as_file(text: str, suffix: str) -> str:
    if suffix in (".html", ".htm"):
        body = "".join(f"<p>{p}</p>\n" for p in text.replace("\r", "").split("\n\n") if p.strip())
        return f"<html><head><title>A test report</title></head><body><article>{body}</article></body></html>"
    return text


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def check_spans(analysis) -> None:
    texts = {d.id: d.text for d in analysis.documents}
    for c in analysis.claims:
        text = texts[c.doc]
        assert 0 <= c.start < c.end <= len(text), (c.id, c.start, c.end, len(text))
        assert text[c.start:c.end] == c.text, (c.id, c.text, text[c.start:c.end])
        for v in c.values:
            assert c.start <= v.start < v.end <= c.end, (c.id, v)
            assert text[v.start:v.end] == v.text, (v, text[v.start:v.end])
    ids = {c.id for c in analysis.claims}
    assert len(ids) == len(analysis.claims), "claim ids are not unique"
    for link in analysis.links:
        assert link.a in ids and link.b in ids
    for cl in analysis.clusters:
        assert set(cl.claims) <= ids


def claim_facts(analysis, doc_id: str) -> list[tuple]:
    return [(c.id, c.start, c.end, c.text, c.kind, c.score, c.source, c.values)
            for c in analysis.claims if c.doc == doc_id]


# --------------------------------------------------------------------------- the properties
_encoded_text = st.tuples(article(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"])).map(
    lambda t: t[0].encode(t[1], errors="replace"))
any_bytes = st.one_of(st.binary(max_size=3000), _encoded_text,
                      st.text(max_size=500).map(lambda s: s.encode("utf-8", errors="surrogatepass")))


@SETTINGS
@given(data=any_bytes, suffix=st.sampled_from(SUFFIXES))
def test_any_file_gives_a_document_or_a_document_error(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), "article" + suffix, data)
        try:
            doc = load_document(path)
        except DocumentError as e:
            msg = str(e)
            assert msg.startswith(str(path)) and "\n" not in msg
            return
        assert isinstance(doc, Document)
        check_spans(analyse([doc]))


@SETTINGS
@given(text=article(), suffix=st.sampled_from(SUFFIXES))
def test_every_span_is_the_slice_it_claims(text, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), "report" + suffix, as_file(text, suffix))
        try:
            doc = load_document(path)
        except DocumentError as e:  # e.g. only boilerplate: a clean refusal is fine here
            assert "\n" not in str(e)
            return
        check_spans(analyse([doc]))


@SETTINGS
@given(a=article(), b=article())
def test_claim_ids_are_stable_across_runs(a, b):
    with tempfile.TemporaryDirectory() as tmp:
        paths = [write(Path(tmp), "a.txt", a), write(Path(tmp), "b.md", b)]
        first = analyse(load_paths(paths)[0])
        second = analyse(load_paths(paths)[0])
    assert [c.id for c in first.claims] == [c.id for c in second.claims]
    assert first.claims == second.claims
    assert [(x.a, x.b, x.relation, x.why) for x in first.links] == [(x.a, x.b, x.relation, x.why) for x in second.links]


@SETTINGS
@given(a=article(), b=article(), a_suffix=st.sampled_from(SUFFIXES), b_first=st.booleans())
def test_a_documents_claims_do_not_depend_on_the_others(a, b, a_suffix, b_first):
    with tempfile.TemporaryDirectory() as tmp:
        pa = write(Path(tmp), "alpha" + a_suffix, as_file(a, a_suffix))
        pb = write(Path(tmp), "beta.txt", b)
        alone_docs, errors = load_paths([pa])
        if errors:
            return  # nothing to compare when A is refused on its own
        both_docs, _ = load_paths([pb, pa] if b_first else [pa, pb])
    doc_a = alone_docs[0]
    with_b = next(d for d in both_docs if d.path == doc_a.path)
    assert with_b == doc_a  # loading is per file too
    alone = analyse(alone_docs)
    together = analyse(both_docs)
    assert claim_facts(together, doc_a.id) == claim_facts(alone, doc_a.id)
