"""store.publish: ClaimReview and agreement from a store, as the command line and the desk call them.

The agreement figures are the hand-computed 2x2 case of tests/test_agreement.py (Cohen's kappa 0.4,
Krippendorff's alpha 0.4), given here as verdicts two editors saved in a real store; the ClaimReview
records are expanded by pyld against the bundled schema.org context, as tests/test_claimreview.py
does, and checked for what fact-check aggregators read.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from claims.documents import load_document
from claims.model import Claim, Document
from store.annotations import AnnotationStore
from store.claimreview import ClaimReviewError
from store.publish import (
    ClaimReviewSettings,
    agreement_csv_for_store,
    agreement_for_store,
    claimreview_for_store,
    review_url_template,
    write_claimreview_for_store,
)
from store.sync import anchor_id
from tests.conftest import SAMPLES
from tests.test_claimreview import check_fact_check_markup, check_node, expand

# ---------------------------------------------------------------------------- agreement

C, D = "corroborated", "disputed"


def fifty_claims() -> tuple[Document, list[Claim]]:
    sentences = [f"Proposal {i} asks for {1000 + i} euros." for i in range(50)]
    text = " ".join(sentences)
    doc = Document(id="grants", path="/articles/grants.txt", text=text,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    claims = []
    for i, s in enumerate(sentences):
        at = text.index(s)
        claims.append(Claim(id=f"grants-{i:02d}", doc="grants", start=at, end=at + len(s), text=s, kind="other",
                            score=0.5))
    return doc, claims


def test_agreement_for_store_is_the_hand_computed_two_by_two_case(tmp_path):
    """Wikipedia's 2x2 example (tests/test_agreement.py::test_cohen_kappa_textbook_two_by_two): of 50
    claims, reader A and reader B both say corroborated on 20, A corroborated and B disputed on 5, A
    disputed and B corroborated on 10, both disputed on 15. p_o = 35/50 = 0.7, p_e = (25/50)(30/50) +
    (25/50)(20/50) = 0.5, kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4; alpha (two coders, no missing data):
    n_C = 55, n_D = 45, 15 disagreeing units add 2 each: 1 - 99 * 30 / (100^2 - 55^2 - 45^2) = 0.4.
    One more claim judged by A alone is not counted (``single``)."""
    doc, claims = fifty_claims()
    a_says = [C] * 20 + [C] * 5 + [D] * 10 + [D] * 15
    b_says = [C] * 20 + [D] * 5 + [C] * 10 + [D] * 15
    path = tmp_path / "s.json"
    extra_sentence = Claim(id="grants-extra", doc="grants", start=0, end=10, text=doc.text[:10], kind="other",
                           score=0.5)
    with AnnotationStore.open(path, editor="reader A") as a:
        a.update_settings(required_verdicts=2)
        for word in (C, D):
            a.set_statuses([(c, doc) for c, v in zip(claims, a_says, strict=True) if v == word], word)
        a.set_status(extra_sentence, doc, C)
    with AnnotationStore.open(path, editor="reader B") as b:
        for word in (C, D):
            b.set_statuses([(c, doc) for c, v in zip(claims, b_says, strict=True) if v == word], word)
        s = agreement_for_store(b)
        assert (s.items, s.agreements, s.disagreements, s.single) == (50, 35, 15, 1)
        assert s.editors == ("reader A", "reader B") and s.vocabulary == (C, D)
        assert s.alpha == pytest.approx(0.4, abs=1e-12)
        (pair,) = s.pairs
        assert (pair.editor_a, pair.editor_b, pair.items, pair.agreements) == ("reader A", "reader B", 50, 35)
        assert pair.observed == pytest.approx(0.7) and pair.expected == pytest.approx(0.5)
        assert pair.kappa == pytest.approx(0.4, abs=1e-12) and pair.alpha == pytest.approx(0.4, abs=1e-12)
        assert [d.claim_id for d in s.disagreement_list] == [c.id for c in claims[20:35]]
        assert len(b.disagreements()) == 15  # the store's own view agrees

        out = tmp_path / "agreement.csv"
        assert agreement_csv_for_store(out, b) == 2
        rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
        assert rows[1] == ["all editors", "", "", "50", "35", "15", "0.7000", "", "", "0.4000"]
        assert rows[2] == ["pair", "reader A", "reader B", "50", "35", "15", "0.7000", "0.5000", "0.4000", "0.4000"]


def test_agreement_of_a_store_without_two_verdicts_on_any_claim_is_undefined_not_an_error(tmp_path):
    doc, claims = fifty_claims()
    with AnnotationStore.open(tmp_path / "s.json", editor="ana") as s:
        assert agreement_for_store(s).items == 0 and agreement_for_store(s).alpha is None
        s.set_statuses([(c, doc) for c in claims[:3]], D)
        got = agreement_for_store(s)
        assert (got.items, got.single, got.alpha, got.pairs) == (0, 3, None, ())


# ---------------------------------------------------------------------------- ClaimReview

MERIDIAN = load_document(SAMPLES / "02_meridian_post.md")
#: the same article as the web gave it (the sample file has no URL)
MERIDIAN_WEB = dataclasses.replace(MERIDIAN, url="https://meridian-post.example/2024/10/03/putin-opens-army")
PUTIN = ("Russian President Vladimir Putin on Wednesday approved legislation letting people facing criminal "
         "charges sign army contracts and be sent to fight in Ukraine, the latest step to widen the Kremlin's "
         "pool of potential soldiers.")
RECORDS = "Soldiers who earn state decorations in combat may also see their criminal records wiped clean."


def sample_claim(text: str, cid: str) -> Claim:
    at = MERIDIAN.text.index(text)
    return Claim(id=cid, doc=MERIDIAN.id, start=at, end=at + len(text), text=text, kind="other", score=0.9)


CORROBORATED = sample_claim(PUTIN, "02-meridian-post-cf5131ce")
SETTLED = sample_claim(RECORDS, "02-meridian-post-9a6c342a")
SETTINGS = ClaimReviewSettings(organisation="Desk Fact Check", organisation_url="https://desk.example.org/",
                               review_url="https://desk.example.org/checks/{claim_id}?in={doc}&at={anchor}",
                               published=dt.date(2024, 10, 5))


@pytest.fixture
def team_store(tmp_path):
    """A second check: ana and bob agree on the first claim, disagree on the second (the lead settles
    it), and only ana has judged a third (it needs another verdict: no record)."""
    path = tmp_path / "s.json"
    third = sample_claim(MERIDIAN.text[CORROBORATED.end + 1:].split(".")[0].strip() + ".", "third")
    with AnnotationStore.open(path, editor="ana") as ana:
        ana.update_settings(required_verdicts=2, leads=["lena"])
        ana.set_status(CORROBORATED, MERIDIAN, C)
        ana.set_status(SETTLED, MERIDIAN, C)
        ana.set_status(third, MERIDIAN, C)
        ana.set_document_meta(MERIDIAN, outlet="Meridian Post (corrected)", title="A corrected headline",
                              date="2024-10-04")
    with AnnotationStore.open(path, editor="bob") as bob:
        bob.set_status(CORROBORATED, MERIDIAN, C)
        bob.set_status(SETTLED, MERIDIAN, D)
    with AnnotationStore.open(path, editor="lena") as lena:
        lena.adjudicate(SETTLED, MERIDIAN, D, "the decree says otherwise; internal note")
    store = AnnotationStore.open(path, editor="ana")
    yield store, [CORROBORATED, SETTLED, third]
    store.close()


def test_claimreview_for_store_gives_claims_with_a_final_verdict_with_the_corrected_article(team_store):
    store, claims = team_store
    records = claimreview_for_store(store, claims, [MERIDIAN_WEB], SETTINGS)
    assert [r["claimReviewed"] for r in records] == [PUTIN, RECORDS]  # the third needs a second verdict
    assert [r["reviewRating"]["alternateName"] for r in records] == ["Corroborated", "Disputed"]
    first = records[0]
    ann = store.get(CORROBORATED.id)
    assert first["url"] == (f"https://desk.example.org/checks/{CORROBORATED.id}?in={MERIDIAN.id}"
                            f"&at={anchor_id(ann.to_dict())}")
    assert first["datePublished"] == "2024-10-05"
    assert first["author"] == {"@type": "Organization", "name": "Desk Fact Check", "url": "https://desk.example.org/"}
    appearance = first["itemReviewed"]["appearance"]
    assert appearance["headline"] == "A corrected headline"
    assert appearance["publisher"] == {"@type": "Organization", "name": "Meridian Post (corrected)"}
    assert appearance["datePublished"] == first["itemReviewed"]["datePublished"] == "2024-10-04"
    assert appearance["url"] == MERIDIAN_WEB.url and appearance["author"] == {"@type": "Person",
                                                                            "name": "Tomasz Reyes"}
    assert "reviewBody" not in records[1]  # the adjudication's reason is the newsroom's own
    assert "internal note" not in json.dumps(records)
    for r in records:
        check_fact_check_markup(r)
    for node in expand(records):
        check_node(node)


def test_claimreview_is_dated_today_unless_told_and_takes_documents_as_a_mapping(team_store):
    store, claims = team_store
    today = ClaimReviewSettings("Desk", None, "https://desk.example.org/c/{anchor}")
    (rec, _) = claimreview_for_store(store, claims, {MERIDIAN.id: MERIDIAN}, today)
    assert rec["datePublished"] == dt.date.today().isoformat()
    assert rec["author"] == {"@type": "Organization", "name": "Desk"}
    assert rec["url"] == f"https://desk.example.org/c/{anchor_id(store.get(CORROBORATED.id).to_dict())}"


def test_review_url_fields_are_percent_encoded():
    url = review_url_template("https://x.example/{doc}/{claim_id}")
    assert url("a b/c?&", "doc #1", "f00") == "https://x.example/doc%20%231/a%20b%2Fc%3F%26"


BAD_TEMPLATES = [
    ("", "no review URL: ClaimReview needs the page each review is published at"),
    ("https://x.example/checks/{claim}", "review URL template 'https://x.example/checks/{claim}': unknown field "
                                         "{claim} (use {claim_id}, {doc} and {anchor})"),
    ("https://x.example/checks/{}", "unknown field {(empty)}"),
    ("https://x.example/checks/{doc}", "names neither {claim_id} nor {anchor}, so every review would have the "
                                       "same page"),
    ("/checks/{claim_id}", "review URL template '/checks/{claim_id}': not an absolute http(s) URL"),
    ("ftp://x.example/{claim_id}", "not an absolute http(s) URL"),
    ("https://x.example/{claim_id", "review URL template 'https://x.example/{claim_id': expected '}' before end "
                                    "of string"),
]


@pytest.mark.parametrize(("template", "message"), BAD_TEMPLATES, ids=[str(i) for i in range(len(BAD_TEMPLATES))])
def test_a_review_url_template_that_cannot_work_is_refused_in_one_line_and_nothing_is_written(
        team_store, tmp_path, template, message):
    store, claims = team_store
    out = tmp_path / "reviews.json"
    out.write_text("previous\n")
    with pytest.raises(ClaimReviewError) as e:
        write_claimreview_for_store(out, store, claims, [MERIDIAN],
                                    ClaimReviewSettings("Desk", None, template, dt.date(2024, 10, 5)))
    assert message in str(e.value) and "\n" not in str(e.value)
    assert out.read_text() == "previous\n"


def test_no_organisation_is_refused(team_store, tmp_path):
    store, claims = team_store
    with pytest.raises(ClaimReviewError, match="no organisation"):
        claimreview_for_store(store, claims, [MERIDIAN], ClaimReviewSettings(" ", None, SETTINGS.review_url))


def test_write_claimreview_for_store_writes_the_records_atomically_and_counts_them(team_store, tmp_path):
    store, claims = team_store
    out = tmp_path / "out" / "reviews.json"
    out.parent.mkdir()
    assert write_claimreview_for_store(out, store, claims, [MERIDIAN], SETTINGS) == 2
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == claimreview_for_store(store, claims, [MERIDIAN], SETTINGS)
    assert [p.name for p in out.parent.iterdir()] == ["reviews.json"]  # no temp file left beside it


def test_claims_of_another_store_or_untagged_give_no_record(tmp_path):
    with AnnotationStore.open(tmp_path / "s.json", editor="ana") as s:
        assert claimreview_for_store(s, [CORROBORATED, SETTLED], [MERIDIAN], SETTINGS) == []
        assert write_claimreview_for_store(Path(tmp_path / "empty.json"), s, [], [], SETTINGS) == 0
        assert json.loads((tmp_path / "empty.json").read_text()) == []
