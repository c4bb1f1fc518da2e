"""ClaimReview JSON-LD (store/claimreview.py), validated as JSON-LD and as fact-check markup.

Validation, without internet: the records are expanded by a JSON-LD processor (pyld) against
a copy of the schema.org context bundled here (:data:`SCHEMA_CONTEXT`, written for this test:
it maps only the terms the records use, each to its https://schema.org/ IRI, with the value
types schema.org's own context gives them: ``url`` an IRI, ``datePublished`` a Date). The
document loader serves it for https://schema.org and refuses every other URL, so the test
never goes to the network. Then:

- expansion drops nothing: a term the context does not define would be dropped by the
  processor (pyld reports it), so every property written is a schema.org property;
- each property is used on a type schema.org allows it on, and its value has a type in its
  range (:data:`DOMAINS`, :data:`RANGES`: taken from schema.org's definitions of these terms,
  with the type hierarchy in :data:`SUPERTYPES`);
- the properties Google's fact-check markup and the ClaimReview aggregators read are there
  and typed: ``claimReviewed``, ``reviewRating.alternateName``, ``itemReviewed`` (a Claim),
  ``author`` (an Organization with a name), ``datePublished`` (ISO 8601), ``url`` (absolute).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.documents import load_document
from claims.jsontext import JSON_ESCAPED
from store.claimreview import (
    BEST_RATING,
    RATING_SCALE,
    WORST_RATING,
    Article,
    ClaimForReview,
    ClaimReviewError,
    Party,
    PartyKind,
    Verdict,
    claimreview_records,
    url_template,
    write_claimreview,
)
from store.storage import FileRefused
from tests.conftest import SAMPLES

S = "https://schema.org/"

#: a minimal schema.org context for the terms the records use (see the module doc)
SCHEMA_CONTEXT = {
    "@context": {
        **{t: S + t for t in ("ClaimReview", "Claim", "CreativeWork", "Rating", "Organization", "Person")},
        **{p: S + p for p in ("claimReviewed", "reviewRating", "itemReviewed", "reviewBody", "author", "name",
                              "headline", "publisher", "appearance", "alternateName", "ratingValue",
                              "bestRating", "worstRating")},
        "url": {"@id": S + "url", "@type": "@id"},
        "datePublished": {"@id": S + "datePublished", "@type": S + "Date"},
    }
}

#: type -> its schema.org supertypes (itself included)
SUPERTYPES = {
    "ClaimReview": {"ClaimReview", "Review", "CreativeWork", "Thing"},
    "Claim": {"Claim", "CreativeWork", "Thing"},
    "CreativeWork": {"CreativeWork", "Thing"},
    "Rating": {"Rating", "Intangible", "Thing"},
    "Organization": {"Organization", "Thing"},
    "Person": {"Person", "Thing"},
}
#: property -> the types schema.org lists in its domainIncludes
DOMAINS = {
    "claimReviewed": {"ClaimReview"},
    "reviewRating": {"Review"},
    "itemReviewed": {"Review", "AggregateRating"},
    "reviewBody": {"Review"},
    "author": {"CreativeWork", "Rating"},
    "datePublished": {"CreativeWork"},
    "headline": {"CreativeWork"},
    "publisher": {"CreativeWork", "PublicationEvent"},
    "appearance": {"Claim"},
    "alternateName": {"Thing"},
    "name": {"Thing"},
    "url": {"Thing"},
    "ratingValue": {"Rating"},
    "bestRating": {"Rating"},
    "worstRating": {"Rating"},
}
#: property -> its rangeIncludes, for properties whose values are nodes
RANGES = {
    "reviewRating": {"Rating"},
    "itemReviewed": {"Thing"},
    "author": {"Organization", "Person"},
    "publisher": {"Organization", "Person"},
    "appearance": {"CreativeWork"},
}
TEXT_PROPERTIES = {"claimReviewed", "reviewBody", "headline", "alternateName", "name"}
NUMBER_PROPERTIES = {"ratingValue", "bestRating", "worstRating"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?)?")


def schema_loader(url, *_args, **_kwargs):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": SCHEMA_CONTEXT}
    raise AssertionError(f"the test asked for {url}: only the bundled schema.org context is served")


def expand(records: list[dict]) -> list[dict]:
    """The records expanded by pyld against the bundled context; fails on any dropped term."""
    jsonld = pytest.importorskip("pyld.jsonld", reason="pyld (a test dependency) validates ClaimReview JSON-LD")
    dropped: list = []
    out = jsonld.expand(records, {"documentLoader": schema_loader}, on_property_dropped=dropped.append)
    assert dropped == [], f"terms that are not schema.org properties: {dropped}"
    return out


def check_node(node: dict, where: str = "record") -> None:
    """Every property of an expanded node is schema.org's, on a type that may carry it, with a
    value in its range."""
    types = node.get("@type") or []
    assert len(types) == 1 and types[0].startswith(S), f"{where}: type {types}"
    t = types[0][len(S):]
    for iri, values in node.items():
        if iri.startswith("@"):
            continue
        assert iri.startswith(S), f"{where}: {iri} is not a schema.org property"
        prop = iri[len(S):]
        assert DOMAINS[prop] & SUPERTYPES[t], f"{where}: {prop} is not a property of {t}"
        assert len(values) == 1, f"{where}.{prop}: {values}"
        (v,) = values
        if prop in RANGES:
            (vt,) = v["@type"]
            assert RANGES[prop] & SUPERTYPES[vt[len(S):]], f"{where}.{prop}: {vt} is out of range"
            check_node(v, f"{where}.{prop}")
        elif prop == "url":
            assert re.match(r"https?://[^/\s]+", v["@id"]), f"{where}.url: {v}"
        elif prop == "datePublished":
            assert v["@type"] == S + "Date" and ISO_DATE.fullmatch(v["@value"]), f"{where}.datePublished: {v}"
        elif prop in TEXT_PROPERTIES:
            assert isinstance(v["@value"], str) and v["@value"], f"{where}.{prop}: {v}"
        elif prop in NUMBER_PROPERTIES:
            assert isinstance(v["@value"], int) and not isinstance(v["@value"], bool), f"{where}.{prop}: {v}"


def check_fact_check_markup(record: dict) -> None:
    """What Google's ClaimReview markup and the fact-check aggregators read, on the record as written."""
    assert record["@context"] == "https://schema.org" and record["@type"] == "ClaimReview"
    assert isinstance(record["claimReviewed"], str) and record["claimReviewed"]
    rating = record["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str) and rating["alternateName"]
    if "ratingValue" in rating:
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert record["itemReviewed"]["@type"] == "Claim"
    assert record["author"]["@type"] == "Organization" and record["author"]["name"]
    dt.date.fromisoformat(record["datePublished"][:10])
    assert re.match(r"https?://[^/\s]+/", record["url"])


# ---------------------------------------------------------------------------- fixtures

MERIDIAN = load_document(SAMPLES / "02_meridian_post.md")
MERIDIAN_URL = "https://meridian-post.example/2024/10/03/putin-opens-army-recruitment"
PUTIN = ("Russian President Vladimir Putin on Wednesday approved legislation letting people facing criminal "
         "charges sign army contracts and be sent to fight in Ukraine, the latest step to widen the Kremlin's "
         "pool of potential soldiers.")
REVIEW_URL = url_template("https://desk.example.org/checks/{claim_id}")


def claims_() -> list[ClaimForReview]:
    return [
        ClaimForReview("02-meridian-post-cf5131ce", MERIDIAN.id, PUTIN,
                       Verdict("corroborated", editor="lead", reason="4 outlets, the official portal")),
        ClaimForReview("02-meridian-post-9a6c342a", MERIDIAN.id,
                       "Soldiers who earn state decorations in combat may also see their criminal records wiped clean.",
                       Verdict("disputed", editor="lead")),
        ClaimForReview("02-meridian-post-df13578e", MERIDIAN.id, "not settled yet", None),
        ClaimForReview("lost-1", "gone-doc", "A claim whose article is not loaded.", Verdict("unverifiable")),
    ]


def records_(**kw) -> list[dict]:
    args = {"organisation": "Desk Fact Check", "organisation_url": "https://desk.example.org/",
            "published": dt.date(2024, 10, 5), "url_for_claim": REVIEW_URL}
    args.update(kw)
    return claimreview_records(claims_(), [Article.from_document(MERIDIAN, url=MERIDIAN_URL)], **args)


# ---------------------------------------------------------------------------- the records


def test_a_corroborated_claim_is_this_record():
    """The whole record for one sample claim (the README shows this one)."""
    assert records_()[0] == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://desk.example.org/checks/02-meridian-post-cf5131ce",
        "claimReviewed": PUTIN,
        "datePublished": "2024-10-05",
        "author": {"@type": "Organization", "name": "Desk Fact Check", "url": "https://desk.example.org/"},
        "reviewRating": {"@type": "Rating", "alternateName": "Corroborated",
                         "ratingValue": 5, "bestRating": 5, "worstRating": 1},
        "itemReviewed": {
            "@type": "Claim",
            "datePublished": "2024-10-03",
            "appearance": {
                "@type": "CreativeWork",
                "url": MERIDIAN_URL,
                "headline": "Putin opens army recruitment to people awaiting criminal trial",
                "datePublished": "2024-10-03",
                "author": {"@type": "Person", "name": "Tomasz Reyes"},
                "publisher": {"@type": "Organization", "name": "The Meridian Post"},
            },
        },
    }


def test_every_claim_with_a_final_verdict_gets_a_record_in_order():
    recs = records_()
    assert [r["url"].rsplit("/", 1)[1] for r in recs] == ["02-meridian-post-cf5131ce", "02-meridian-post-9a6c342a",
                                                          "lost-1"]  # the unsettled claim has none
    assert [r["reviewRating"]["alternateName"] for r in recs] == ["Corroborated", "Disputed", "Unverifiable"]


def test_the_rating_scale_is_documented_and_consistent():
    """1 (worst) = disputed, 5 (best) = corroborated; a verdict off the scale has words only."""
    assert (RATING_SCALE["disputed"], RATING_SCALE["corroborated"]) == (WORST_RATING, BEST_RATING) == (1, 5)
    corroborated, disputed, unverifiable = (r["reviewRating"] for r in records_())
    assert (corroborated["ratingValue"], disputed["ratingValue"]) == (5, 1)
    assert all((r["bestRating"], r["worstRating"]) == (5, 1) for r in (corroborated, disputed))
    assert unverifiable == {"@type": "Rating", "alternateName": "Unverifiable"}
    # a project's own scale and words
    own = records_(scale={"disputed": 0, "unverifiable": 1, "corroborated": 2},
                   words={"corroborated": "Confirmed by other reports"})
    assert [(r["reviewRating"].get("ratingValue"), r["reviewRating"]["alternateName"]) for r in own] == \
        [(2, "Confirmed by other reports"), (0, "Disputed"), (1, "Unverifiable")]
    assert all((r["reviewRating"]["worstRating"], r["reviewRating"]["bestRating"]) == (0, 2) for r in own)


def test_what_is_unknown_is_left_out_never_written_empty():
    bare = Article(id="bare")  # no URL, outlet, title, date or byline
    only_outlet = Article(id="o", outlet="Eurasia Current", url="not a url")
    claims = [ClaimForReview("a", "bare", "x", Verdict("disputed")), ClaimForReview("b", "o", "y", Verdict("disputed")),
              ClaimForReview("c", "missing", "z", Verdict("disputed"))]
    recs = claimreview_records(claims, {"bare": bare, "o": only_outlet}, organisation="Org", organisation_url=None,
                               published="2024-10-05", url_for_claim=REVIEW_URL)
    assert recs[0]["itemReviewed"] == {"@type": "Claim"}
    assert recs[1]["itemReviewed"] == {"@type": "Claim", "appearance": {
        "@type": "CreativeWork", "publisher": {"@type": "Organization", "name": "Eurasia Current"}}}
    assert recs[2]["itemReviewed"] == {"@type": "Claim"}
    assert recs[0]["author"] == {"@type": "Organization", "name": "Org"}
    for r in recs:
        check_fact_check_markup(r)
        for node in _nodes(r):
            assert all(v not in ("", None, [], {}) for v in node.values())


def _nodes(d: dict):
    yield d
    for v in d.values():
        if isinstance(v, dict):
            yield from _nodes(v)


def test_claimant_reason_and_date_time():
    claims = [ClaimForReview("a", MERIDIAN.id, "said", Verdict("disputed", reason="the portal says otherwise"),
                             claimant=Party("Andrei Kartapolov", PartyKind.PERSON))]
    (rec,) = claimreview_records(claims, [MERIDIAN], organisation="Org", organisation_url=None,
                                 published=dt.datetime(2024, 10, 5, 9, 30, tzinfo=dt.UTC),
                                 url_for_claim=REVIEW_URL, publish_reasons=True)
    assert rec["itemReviewed"]["author"] == {"@type": "Person", "name": "Andrei Kartapolov"}
    assert rec["reviewBody"] == "the portal says otherwise"
    assert rec["datePublished"] == "2024-10-05T09:30:00+00:00"
    assert "url" not in rec["itemReviewed"]["appearance"]  # a Document carries no URL
    (quiet,) = claimreview_records(claims, [MERIDIAN], organisation="Org", organisation_url=None,
                                   published="2024-10-05", url_for_claim=REVIEW_URL)
    assert "reviewBody" not in quiet  # the adjudication's reason stays in the newsroom by default
    expanded = expand([rec])
    check_node(expanded[0])


def test_records_are_valid_json_ld_and_fact_check_markup(tmp_path):
    recs = records_(publish_reasons=True)
    out = tmp_path / "claimreview.json"
    assert write_claimreview(out, recs) == 3
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == recs
    expanded = expand(written)
    assert len(expanded) == 3
    for node, rec in zip(expanded, written, strict=True):
        assert node["@type"] == [S + "ClaimReview"]
        check_node(node)
        check_fact_check_markup(rec)
        assert node[S + "claimReviewed"] == [{"@value": rec["claimReviewed"]}]
        assert node[S + "reviewRating"][0][S + "alternateName"] == [{"@value": rec["reviewRating"]["alternateName"]}]
        assert node[S + "itemReviewed"][0]["@type"] == [S + "Claim"]
        assert node[S + "url"] == [{"@id": rec["url"]}]


# ---------------------------------------------------------------------------- outside text


HOSTILE = [
    "\x1b]52;c;ZXZpbA==\x07 said 40% of defendants",
    "[bold red]60,000[/] held, <script>alert(1)</script> &amp;",
    "two\u2028lines\u2029and\x85NEL",
    "bidi \u202eesrever\u202c and \u2066isolate\u2069",
    "C1 \x9b31m CSI and DEL \x7f",
    "quote \" backslash \\ tab \t newline \n end",
    "=HYPERLINK(\"http://x\")",
    "emoji 🗞️ and CJK 記者",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_outside_text_is_kept_exactly_and_the_file_is_inert(tmp_path, text):
    art = Article(id="h", url=f"https://x.example/{text}", outlet=text, title=text, byline=text,
                  date=dt.date(2024, 10, 3))
    claims = [ClaimForReview("h-1", "h", text, Verdict("disputed", reason=text), claimant=Party(text))]
    recs = claimreview_records(claims, [art], organisation=text, organisation_url=None, published="2024-10-05",
                               url_for_claim=REVIEW_URL, publish_reasons=True)
    out = tmp_path / "cr.json"
    write_claimreview(out, recs)
    raw = out.read_bytes().decode("utf-8")
    back = json.loads(raw)[0]
    assert back["claimReviewed"] == text
    app = back["itemReviewed"]["appearance"]
    assert app["headline"] == app["publisher"]["name"] == app["author"]["name"] == text
    assert back["author"]["name"] == back["reviewBody"] == back["itemReviewed"]["author"]["name"] == text
    assert re.fullmatch(r"https://x\.example/[!-~]+", app["url"])  # a valid IRI, percent-encoded
    # nothing in the file acts on a terminal or breaks a line-based reader
    assert not JSON_ESCAPED.search(raw)
    assert not re.search("[\x00-\x09\x0b-\x1f]", raw)
    check_node(expand([back])[0])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=80), outlet=st.text(max_size=20))
def test_any_claim_text_survives_the_file_exactly(tmp_path, text, outlet):
    claims = [ClaimForReview("p", "d", text, Verdict("corroborated"))]
    recs = claimreview_records(claims, [Article(id="d", outlet=outlet)], organisation="Org",
                               organisation_url=None, published="2024-10-05", url_for_claim=REVIEW_URL)
    out = tmp_path / "p.json"
    write_claimreview(out, recs)
    raw = out.read_bytes()
    back = json.loads(raw.decode("utf-8", "surrogatepass"))[0]
    assert back["claimReviewed"] == text
    assert back["itemReviewed"].get("appearance", {}).get("publisher", {}).get("name", "") == outlet
    assert not JSON_ESCAPED.search(raw.decode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------------------- bad input, one line


@pytest.mark.parametrize(("kw", "message"), [
    pytest.param({"organisation": "  "}, "no organisation", id="empty organisation"),
    pytest.param({"organisation_url": "desk.example.org"}, "organisation URL: 'desk.example.org' is not an absolute",
                 id="relative organisation URL"),
    pytest.param({"published": "5 October 2024"}, "publication date: '5 October 2024' is not an ISO 8601 date",
                 id="date in words"),
    pytest.param({"url_for_claim": lambda c: "/checks/" + c.claim_id},
                 "claim 02-meridian-post-cf5131ce: review URL: '/checks/02-meridian-post-cf5131ce' is not an absolute",
                 id="relative review URL"),
    pytest.param({"url_for_claim": lambda c: "javascript:alert(1)"}, "is not an absolute http(s) URL",
                 id="javascript URL"),
    pytest.param({"scale": {"disputed": 1.5}}, "whole numbers", id="fractional scale"),
])
def test_bad_input_is_one_clear_line(kw, message):
    with pytest.raises(ClaimReviewError) as e:
        records_(**kw)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_a_verdict_without_a_word_is_refused():
    with pytest.raises(ClaimReviewError, match="claim x: the final verdict has no word"):
        claimreview_records([ClaimForReview("x", "d", "t", Verdict(" "))], [], organisation="Org",
                            organisation_url=None, published="2024-10-05", url_for_claim=REVIEW_URL)


@pytest.mark.parametrize(("template", "message"), [
    ("https://desk.example.org/{claim}", "unknown field {claim}"),
    ("desk.example.org/{claim_id}", "not an absolute http(s) URL"),
])
def test_url_template_refuses_what_cannot_make_a_url(template, message):
    with pytest.raises(ClaimReviewError, match=re.escape(message)):
        url_template(template)


def test_url_template_percent_encodes_ids():
    url = url_template("https://d.example/{doc_id}/{claim_id}")(ClaimForReview("a b/c?", "d#1", "t", None))
    assert url == "https://d.example/d%231/a%20b%2Fc%3F"


# ---------------------------------------------------------------------------- the file


def test_write_is_atomic_follows_links_and_refuses_devices(tmp_path):
    recs = records_()
    real = tmp_path / "real.json"
    real.write_text("[]\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert write_claimreview(link, recs) == 3
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8")) == recs
    assert os.stat(real).st_mode & 0o777 == 0o640  # the file's mode is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]  # no temp file left
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused) as e:
        write_claimreview(fifo, recs)
    assert "a named pipe" in e.value.reason
    with pytest.raises(FileRefused):
        write_claimreview(tmp_path, recs)


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    out = tmp_path / "cr.json"
    write_claimreview(out, records_())
    before = out.read_bytes()

    def no_space(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("store.storage.write_all", no_space)
    with pytest.raises(OSError, match="No space left"):
        write_claimreview(out, records_()[:1])
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["cr.json"]


def test_article_from_document_takes_what_the_loader_read():
    art = Article.from_document(MERIDIAN)
    assert (art.id, art.url, art.outlet, art.byline, art.date) == (
        "02-meridian-post", "", "The Meridian Post", "Tomasz Reyes", dt.date(2024, 10, 3))
    assert Article.from_document(MERIDIAN, url=MERIDIAN_URL).url == MERIDIAN_URL
