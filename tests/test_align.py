"""Cross-document alignment on small synthetic reports (own words): agreements, conflicts, the three
kinds of trap, blocking, clusters and independent origins."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.align import Weights, build_item, candidate_pairs
from claims.analysis import AnalysisIndex
from claims.model import Claim, Link, Relation
from claims.origins import build_clusters, origin_key
from claims.pipeline import analyse
from tests.test_pipeline_helpers import make_doc

A = make_doc("a", "\n".join([
    "The education ministry signed the rural hiring plan on May 15, according to the state news agency.",
    "The ministry plans to hire about 20,000 teachers for rural schools, the agency reported.",
    "Roughly 40% of the nearly 60,000 teaching vacancies are in the northern provinces, officials said.",
    "Volunteers have been joining the literacy drive at a rate of 30,000 people a month.",
    "The plan was first drafted by a commission of retired headmasters in 2021.",
]), date=dt.date(2024, 5, 16), outlet="Daily Lamp")
B = make_doc("b", "\n".join([
    "On Wednesday, the education minister signed the plan to hire teachers for rural areas.",
    "The ministry intends to hire 24,000 teachers for rural schools, the agency said.",
    "About 40 percent of the 60,000 teaching vacancies are in the northern provinces.",
    "Last winter's floods caused over 30,000 casualties in the region.",
    "The dropout rate reached 40% in some districts, the report found.",
    "Officials said 20 schools were closed after the storms.",
    "Retired headmasters on a commission first drafted the hiring plan in 2021.",
]), date=dt.date(2024, 5, 17), outlet="Evening Post")


def _relations(x: str, y: str, date: dt.date | None = None) -> list:
    """The relations of the links between two one-sentence articles from two outlets."""
    an = analyse([make_doc("a", x, date=date, outlet="Morning Star"),
                  make_doc("b", y, date=date, outlet="Evening Lamp")])
    return [lk.relation for lk in an.links]


@pytest.fixture(scope="module")
def analysis():
    return analyse([A, B])


def relation(analysis, a_prefix, b_prefix):
    ca = [c for c in analysis.claims if c.doc == "a" and c.text.startswith(a_prefix)]
    cb = [c for c in analysis.claims if c.doc == "b" and c.text.startswith(b_prefix)]
    assert len(ca) == 1 and len(cb) == 1, (a_prefix, b_prefix)
    rels = [link for link in analysis.links if {link.a, link.b} == {ca[0].id, cb[0].id}]
    return rels[0] if rels else None


def test_same_day_stated_as_date_and_as_weekday_agree(analysis):
    link = relation(analysis, "The education ministry signed", "On Wednesday")
    assert link and link.relation == "agree" and link.why == "same act: sign plan"


def test_same_figures_in_other_words_agree(analysis):
    link = relation(analysis, "Roughly 40%", "About 40 percent")
    assert link and link.relation == "agree"
    assert "60,000" in link.why or "40" in link.why


def test_different_figure_for_the_same_quantity_conflicts(analysis):
    link = relation(analysis, "The ministry plans to hire", "The ministry intends to hire")
    # reported a day apart (May 16 and May 17): RELATIONS.md §3 calls that an update
    assert link and link.relation == "update"
    assert link.why == "hired: figure changed: about 20,000 teachers (Thu 16 May) → 24,000 teachers (Fri 17 May)"


def test_different_figure_for_the_same_quantity_on_the_same_day_conflicts():
    a = make_doc("a", "The ministry plans to hire about 20,000 teachers for rural schools, the agency reported.",
                 date=dt.date(2024, 5, 16))
    b = make_doc("b", "The ministry intends to hire 24,000 teachers for rural schools, the agency said.",
                 date=dt.date(2024, 5, 16))
    an = analyse([a, b])
    (link,) = an.links
    assert link.relation == "conflict" and link.why == "hired: about 20,000 teachers vs 24,000 teachers"


def test_same_wording_without_figures_agrees(analysis):
    link = relation(analysis, "The plan was first drafted", "Retired headmasters")
    assert link and link.relation == "agree"


@pytest.mark.parametrize("a_prefix, b_prefix", [
    ("Volunteers have been joining", "Last winter's floods"),  # 30,000 a month vs 30,000 casualties
    ("Roughly 40%", "The dropout rate"),  # a share of vacancies vs a dropout rate
    ("The ministry plans to hire", "Officials said 20 schools"),  # 20,000 teachers vs 20 schools
])
def test_traps_are_not_linked_as_agreeing(analysis, a_prefix, b_prefix):
    link = relation(analysis, a_prefix, b_prefix)
    assert link is None or link.relation != "agree"


def test_weekday_without_publication_date_fits_any_date_on_that_weekday():
    c = make_doc("c", "On Wednesday, the education minister signed the plan to hire rural teachers.")
    d = make_doc("d", "The education minister signed the plan to hire rural teachers on May 15, 2024.")
    e = make_doc("e", "The education minister signed the plan to hire rural teachers on May 16, 2024.")
    an = analyse([c, d, e])
    rel = {frozenset((link.a.split("-")[0], link.b.split("-")[0])): link.relation for link in an.links}
    assert rel.get(frozenset("cd")) == "agree"
    assert rel.get(frozenset("ce")) != "agree"


def test_conflicts_spread_to_claims_agreeing_with_one_side():
    a = make_doc("a", "The ministry plans to hire about 20,000 teachers for rural schools, the agency reported.")
    b = make_doc("b", "The ministry intends to hire 24,000 teachers for rural schools, the agency said.")
    # "send" is not "hire": c and b do not conflict directly, only through c agreeing with a
    c = make_doc("c", "The ministry will send some 20,000 teachers to rural schools, the agency reported.")
    an = analyse([a, b, c])
    ids = {c.doc: c.id for c in an.claims}
    rels = {frozenset((link.a, link.b)): link for link in an.links}
    assert rels[frozenset((ids["a"], ids["b"]))].relation == "conflict"
    assert rels[frozenset((ids["a"], ids["c"]))].relation == "agree"
    spread = rels[frozenset((ids["b"], ids["c"]))]
    assert spread.relation == "conflict" and "24,000 teachers" in spread.why and "20,000 teachers" in spread.why


def test_links_only_join_different_documents_and_come_once(analysis):
    docs = {c.id: c.doc for c in analysis.claims}
    pairs = [frozenset((link.a, link.b)) for link in analysis.links]
    assert len(pairs) == len(set(pairs))
    assert all(docs[link.a] != docs[link.b] for link in analysis.links)
    assert all(0 <= link.score <= 1 and link.why for link in analysis.links)


def test_blocking_never_pairs_unrelated_claims():
    a = make_doc("a", "\n".join(f"The {w} festival sold {n} tickets in Lisbon this spring." for w, n in
                                (("jazz", 1200), ("film", 3400), ("food", 560))))
    b = make_doc("b", "\n".join(f"Engineers repaired {n} bridges along the {w} river after the storm." for w, n in
                                (("northern", 7), ("eastern", 13), ("western", 29))))
    claims = analyse([a, b]).claims
    items = [build_item(c, 0 if c.doc == "a" else 1) for c in claims]
    assert candidate_pairs(items, Weights(items)) == []


def test_clusters_count_independent_origins():
    def claim(cid, doc, source):
        return Claim(cid, doc, 0, 1, "x", "figure", 0.9, source)

    claims = [claim("a-1", "a", "IStories"), claim("b-1", "b", "Istories"),
              claim("c-1", "c", "ministry source via the independent Russian news outlet IStories"),
              claim("d-1", "d", "")]
    links = [Link("a-1", "b-1", "agree", 0.9, ""), Link("b-1", "c-1", "agree", 0.9, ""),
             Link("c-1", "d-1", "agree", 0.9, "")]
    docs = [make_doc(x, "x", outlet=f"Outlet {x.upper()}") for x in "abcd"]
    (cl,) = build_clusters(claims, links, docs)
    assert cl.claims == ("a-1", "b-1", "c-1", "d-1")
    assert cl.origins == ("IStories", "Outlet D")
    assert cl.outlets == ("Outlet A", "Outlet B", "Outlet C", "Outlet D")
    assert cl.summary == "4 outlets, 2 origins: IStories, Outlet D"
    assert origin_key("the IStories website") == origin_key("Istories")


def test_index_helpers(analysis):
    idx = AnalysisIndex(analysis)
    link = analysis.links[0]
    assert link in idx.links_for(link.a) and link in idx.links_for(link.b)
    other, same = idx.linked(link.a)[0]
    assert same.a in (link.a, other.id) or same.b in (link.b, other.id)
    c = analysis.claims[0]
    assert idx.claim_at(c.doc, c.start) == c
    for cl in analysis.clusters:
        assert all(idx.cluster_of(cid) is cl for cid in cl.claims)


def test_the_analysis_index_answers_relation_state_and_fact(analysis):
    from claims.analysis import ClaimState

    idx = AnalysisIndex(analysis)
    link = analysis.links[0]
    assert idx.relation(link.a, link.b) is link.relation and idx.relation(link.b, link.a) is link.relation
    assert idx.state(link.a) is not ClaimState.ALONE
    lonely = [c.id for c in analysis.claims if c.id not in idx.links]
    assert lonely and all(idx.state(cid) is ClaimState.ALONE for cid in lonely)
    assert idx.relation(lonely[0], link.a) is None
    others = [c.id for c, _ in idx.linked(link.a)]
    assert link.b in others
    for cl in analysis.clusters:
        for cid in cl.claims:
            assert cid in {c.id for c in idx.cluster_claims(cid)}


def test_two_acts_dated_apart_are_two_facts_whatever_date_they_share():
    # the ban and the court's suspension of it both name Friday's march: that date identifies the march, it
    # does not make the two acts one (RELATIONS.md §1: background)
    a = make_doc("a", "The regional governor on Monday banned the march that dockers had called for Friday in "
                      "Arden, citing the risk of clashes.", date=dt.date(2025, 3, 11))
    b = make_doc("b", "A district court in Arden on Tuesday suspended the governor's ban on Friday's march by "
                      "dockers, calling it disproportionate.", date=dt.date(2025, 3, 12))
    an = analyse([a, b])
    assert not an.links


def test_weekdays_and_months_are_not_names():
    from claims.extract import extract_claims

    c = extract_claims(make_doc("x", "Prices rose 3.8% in September, the statistics office said on Friday."))[0]
    it = build_item(c, 0)
    assert not {"septe", "frida"} & it.names



def test_a_list_lines_figure_is_its_labels():
    a = make_doc("a", "The health ministry's budget is cut by €80 million, to €4.3 billion.", date=dt.date(2025, 9, 17))
    b = make_doc("b", "Spending by ministry:\n\n- Justice: EUR 4.3 billion\n\n- Health and care: EUR 4.3 billion",
                 date=dt.date(2025, 9, 17))
    an = analyse([a, b])
    linked = {c.text for link in an.links for c in an.claims if c.id in (link.a, link.b) and c.doc == "b"}
    assert "- Justice: EUR 4.3 billion" not in linked
    assert "- Health and care: EUR 4.3 billion" in linked


def test_two_tallies_of_one_vote_are_compared():
    # rival counts of one vote share no value and few words: the vote's measure brings them together
    a = make_doc("a", "The harbour plan was approved by the city council by seven votes to four.",
                 date=dt.date(2025, 5, 6))
    b = make_doc("b", "Councillors split 6-5 over the scheme, which the council approved.", date=dt.date(2025, 5, 6))
    an = analyse([a, b])
    assert [link.relation for link in an.links] == [Relation.CONFLICT]


def test_a_local_authoritys_count_is_never_a_nationwide_one():
    """"Thirty people were arrested, the prefecture said" counts one area's arrests; "Nationwide, police made 90
    arrests" is the country's: two scopes (RELATIONS.md §1), not a conflict."""
    from claims.model import Relation
    from tests.test_frames import link

    assert link("Thirty people were arrested after Saturday's clashes, the prefecture said on Sunday.",
                "Nationwide, police made 90 arrests on Saturday, according to the interior ministry.") is None
    assert link("Thirty people were arrested after Saturday's clashes, according to city hall.",
                "Nationwide, police made 90 arrests on Saturday, according to the interior ministry.") is None
    # two national counts still meet
    lk = link("Nationwide, police made 90 arrests on Saturday, according to the interior ministry.",
              "Nationwide, 90 people were arrested on Saturday, the interior ministry said.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_figure_under_a_condition_is_no_rival_of_the_plain_one():
    """"could reach EUR 900m if the recall is widened" is another scenario's figure: not a conflict with "will cost
    about EUR 500 million" (RELATIONS.md §1: status and scope), while two plain estimates still differ."""
    from tests.test_frames import evidence

    company = "Halvik reckons the whole exercise will cost it about €500 million."
    assert not evidence("Analysts at Fennmoor Bank said the total cost could reach €900 million if the recall is "
                        "widened to older models.", company).differ
    assert not evidence("If the recall is widened to older models, the total cost could reach €900 million, "
                        "analysts said.", company).differ
    assert evidence("Analysts at Fennmoor Bank said the total cost could reach €900 million.", company).differ


def test_an_owner_named_by_a_sentences_first_word_is_still_named():
    """"The opposition said ... EUR 380 a year worse off" and "Opposition leader X repeated his party's claim that a
    household loses EUR 380 a year": the second names the owner with its first word (no name there, yet whose figure it
    is), so the two are one subject's claim, not an owners clash."""
    from tests.test_frames import evidence

    assert evidence("The opposition said the tax changes would leave a median-income household €380 a year worse off.",
                    "Opposition leader Anna Vekk repeated her party's claim that a median household loses €380 a year "
                    "under the plan.").agree


def test_a_place_told_as_the_neighbour_once_is_still_that_place():
    """"In neighbouring Varda, two people have died" and "In Varda, the toll rose to five": one place (the first
    report tells it from the next town), so the toll updates; "in neighbouring Varda" against "in Kellen" stays two
    places."""
    from claims.align import _scope_differs
    from tests.test_frames import frame

    a = frame("In neighbouring Varda, two people have died, officials said.", "two people")
    b = frame("In Varda, the toll rose to five on Tuesday.", "five")
    c = frame("In Kellen, the toll rose to five on Tuesday.", "five")
    assert not _scope_differs(a, b, None, None, {})
    assert _scope_differs(a, c, None, None, {})


def test_a_part_told_in_a_place_shares_its_scope_with_a_count_for_that_place():
    """"In Norway alone, about 900 posts will go, where the group is based in the Rogaland town of Vesby" is the
    Norwegian part of the cuts; "Halvor will cut 600 jobs in Norway" is the same scope (a place both name, though the
    first names a second one), so the two are rivals; a part in Norway against a count in Sweden stays two scopes."""
    from claims.align import _scope_differs
    from tests.test_frames import frame

    a = frame("In Norway alone, about 900 posts will go, where the group is based in the Rogaland town of Vesby.",
              "about 900 posts")
    b = frame("Halvor will cut 600 jobs in Norway, the company said.", "600 jobs")
    c = frame("Halvor will cut 600 jobs in Sweden, the company said.", "600 jobs")
    assert a.part and not b.part
    assert not _scope_differs(a, b, None, None, {})
    assert _scope_differs(a, c, None, None, {})


def test_two_figures_told_for_two_places_have_two_scopes():
    """"In Kellen, the toll rose to five" and "In Varda, the toll rose to seven": two places, two scopes (RELATIONS.md
    §1), whether or not either is told as the neighbour; the same place told twice is one scope."""
    from claims.align import _scope_differs
    from tests.test_frames import frame

    a = frame("In Kellen, the toll rose to five on Tuesday.", "five")
    b = frame("In Varda, the toll rose to seven on Tuesday.", "seven")
    c = frame("In Varda, the toll rose to five on Tuesday.", "five")
    assert _scope_differs(a, b, None, None, {})
    assert not _scope_differs(b, c, None, None, {})


# ----------------------------------------------------------------------------- an undated report's day

def _claims_of(*docs):
    an = analyse(list(docs))
    return an, {d.id: d.date for d in docs}


def test_an_undated_report_is_placed_on_the_latest_past_weekday_it_names():
    """Reports of one event appear within days of each other: an undated one that tells what happened "on
    Wednesday" was written on that Wednesday or after; a day it tells as still to come ("will vote on Friday") says
    nothing; a wire dateline ("HARLOW, March 5 (Example Wire) -") says the day outright."""
    from claims.align import infer_undated

    mon, tue = dt.date(2025, 3, 3), dt.date(2025, 3, 4)
    dated = make_doc("a", "Rescuers said 12 people were still missing on Monday.", date=mon)
    later = make_doc("b", "Rescuers said six people were still missing on Tuesday.", date=tue)
    undated = make_doc("c", "By Wednesday, four people were still missing, rescuers said.\n"
                            "The council will vote on the rebuilding plan on Friday.")
    an, dates = _claims_of(dated, later, undated)
    assert infer_undated(list(an.claims), dates)["c"] == dt.date(2025, 3, 5)
    wire = make_doc("d", "HARLOW, March 4 (Example Wire) - Six people were still missing, rescuers said on Monday.")
    an, dates = _claims_of(dated, later, wire)
    assert infer_undated(list(an.claims), dates)["d"] == tue
    none = make_doc("e", "Six people were still missing, rescuers said.")
    an, dates = _claims_of(dated, later, none)
    assert infer_undated(list(an.claims), dates)["e"] is None
    assert infer_undated(list(an.claims), dates)["a"] == mon  # (a dated report keeps its day)


def test_a_guessed_day_names_the_relation():
    """An undated report of Wednesday's count against Monday's: the figure changed (update), as the guessed day says.
    (A guessed day counts only for which relation a link is: the pair model never weighs it.)"""
    mon, tue = dt.date(2025, 3, 3), dt.date(2025, 3, 4)
    a = make_doc("a", "Twelve people were still missing after the landslide in Harlow, rescuers said.",
                 date=mon, outlet="Morning Star")
    b = make_doc("b", "The landslide in Harlow destroyed 14 houses, the council said.", date=tue, outlet="Daily Lamp")
    c = make_doc("c", "Four people were still missing after the landslide in Harlow, rescuers said on Wednesday.",
                 outlet="Evening Lamp")
    an = analyse([a, b, c])
    a_id = next(x.id for x in an.claims if x.doc == "a")
    c_id = next(x.id for x in an.claims if x.doc == "c")
    assert [lk.relation for lk in an.links if {lk.a, lk.b} == {a_id, c_id}] == [Relation.UPDATE]
    # the desk says the undated report's day is a guess
    assert [lk.why for lk in an.links if {lk.a, lk.b} == {a_id, c_id}] == [
        "missing: figure changed: Twelve people (Mon 3 Mar) → Four people (Wed 5 Mar?)"]


def test_rival_counts_of_a_march_told_on_two_days_conflict():
    """The size of a march that is over does not change from one day's paper to the next: the police's 38,000 on
    Saturday night and the organisers' 95,000 in Sunday's paper are rival counts (conflict), not an update."""
    an = analyse([
        make_doc("a", "Police said 38,000 people marched through Harlow against the pension reform.",
                 date=dt.date(2025, 10, 18), outlet="Morning Star"),
        make_doc("b", "Organisers said 95,000 people marched through Harlow against the pension reform.",
                 date=dt.date(2025, 10, 19), outlet="Evening Lamp"),
    ])
    assert [lk.relation for lk in an.links] == [Relation.CONFLICT]


def test_rival_estimates_of_how_many_fled_conflict():
    """How many fled a war or a draft is only ever estimated, like a crowd: "tens of thousands of men left the
    country" (a count told as its order of magnitude) against "an estimated 800,000 men fled abroad" are rival figures
    of one exodus (conflict), even told in few shared words; forty times apart, or with either side neither an
    estimate nor a magnitude, they are not linked."""
    def pair(x: str, y: str) -> list[Relation]:
        an = analyse([make_doc("a", x, outlet="Morning Star"), make_doc("b", y, outlet="Evening Lamp")])
        return [lk.relation for lk in an.links]

    left = "After the spring call-up was announced, {} Veskan men left the country within weeks."
    fled = "Officials now concede the mobilisation backfired: {} Veskan men fled abroad rather than serve in the army."
    assert pair(left.format("tens of thousands of"), fled.format("an estimated 800,000")) == [Relation.CONFLICT]
    assert pair(left.format("thousands of"), fled.format("an estimated 800,000")) == []  # 40 times apart
    assert pair(left.format("tens of thousands of"), fled.format("800,000")) == []  # whose estimate, nothing says
    assert pair(left.format("31,250"), fled.format("an estimated 250,000")) == []


def test_a_claim_pointing_back_at_an_earlier_occasion_is_about_it():
    """"The last comparable blackout, in 2011, cut power to 240,000 homes. Five deaths were linked to that storm."
    (and "... were blamed on Hilda", the earlier storm's name): that storm's toll, never a rival or an earlier
    reading of today's."""
    d = dt.date(2026, 1, 18)
    today = make_doc("a", "Five people have died in the storm and the blackout, police said on Sunday.", date=d,
                     outlet="Morning Star")
    for tail in ("Five deaths were linked to that storm.", "Five deaths were blamed on Hilda."):
        back = make_doc("b", "Storm Ivo knocked out power to 300,000 homes on Saturday, Nordvik Power said.\n"
                             "Nordvik Power said 80,000 homes were still cut off on Sunday.\n"
                             "Storm Ivo brought winds of 140 km/h to the coast, forecasters said.\n"
                             "The last comparable blackout, caused by storm Hilda in 2011, cut power to 240,000 homes.\n"
                             "Some homes waited eleven days to be reconnected.\n" + tail, date=d, outlet="Evening Lamp")
        an = analyse([today, back])
        tail_id = next(c.id for c in an.claims if c.doc == "b" and c.text == tail)
        assert not [lk for lk in an.links if tail_id in (lk.a, lk.b)], tail


def test_an_earlier_crash_told_in_a_relative_clause_is_that_crash():
    """"The worst was the 31-car crash of March 2018, in which four people died": the relative clause tells the
    2018 crash's toll (the figure naming its size, "31-car", does not hide the year), never an earlier reading of
    this week's "Four people were killed on Tuesday" (RELATIONS.md §1: another occasion)."""
    d = dt.date(2026, 11, 13)
    today = make_doc("a", "Four people were killed on Tuesday when dozens of cars collided in fog on the M9.",
                     date=dt.date(2026, 11, 10), outlet="Morning Star")
    for text in ("The worst was the 31-car crash of March 2018, in which four people died.",
                 "The worst was the 31-car crash of March 2018, during which four people died."):
        back = make_doc("b", "Fog has caused several crashes on that stretch.\n" + text, date=d, outlet="Evening Lamp")
        an = analyse([today, back])
        old = next(c.id for c in an.claims if c.doc == "b" and c.text == text)
        assert not [lk for lk in an.links if old in (lk.a, lk.b)], text


def test_a_name_first_given_beside_an_old_year_is_not_an_earlier_occasion():
    """"A court fined Dunmore Dairies €2 million on Tuesday over the 2021 spill." then "Dunmore Dairies said it would
    pay the €2 million fine.": today's fine, named first in a sentence that mentions an old year in passing."""
    d = dt.date(2025, 3, 12)
    a = make_doc("a", "A court fined Dunmore Dairies €2 million on Tuesday over the 2021 spill.\n"
                      "Dunmore Dairies said it would pay the €2 million fine.", date=d, outlet="Morning Star")
    b = make_doc("b", "The dairy said it would pay the €2m fine, its lawyer told reporters.", date=d, outlet="Evening Lamp")
    an = analyse([a, b])
    pay = next(c.id for c in an.claims if c.doc == "a" and c.text.startswith("Dunmore Dairies said"))
    assert [lk.relation for lk in an.links if pay in (lk.a, lk.b)] == [Relation.AGREE]


def test_the_true_figure_refers_back_with_its_frame():
    """"The regulator says the true figure was 468,000." after the utility's peak count takes that count's frame:
    it agrees with the regulator's own "nearly 470,000 at the peak" and is no update of "still without power"."""
    d = dt.date(2026, 1, 19)
    a = make_doc("a", "At the peak, some 412,000 customers were without electricity, the utility said.\n"
                      "The regulator says the true figure was 468,000.", date=d, outlet="Morning Star")
    b = make_doc("b", "The regulator said nearly 470,000 customers lost power at the peak of the storm.\n"
                      "The utility said 96,000 customers were still without power on Monday.", date=d,
                 outlet="Evening Lamp")
    an = analyse([a, b])
    true = next(c.id for c in an.claims if c.doc == "a" and "true figure" in c.text)
    rels = {next(c.text for c in an.claims if c.id == (lk.b if lk.a == true else lk.a)): lk.relation
            for lk in an.links if true in (lk.a, lk.b)}
    assert rels == {"The regulator said nearly 470,000 customers lost power at the peak of the storm.": Relation.AGREE}


def test_the_figure_refers_back_to_a_count_of_things_with_no_measure_word():
    """"Police now say 63 cars were involved. The highways agency, which counted cars from its cameras, put the
    figure at about 55." names no measure on either side: "the figure" is the count of cars told just before, so it
    is a rival of another outlet's "Police say 63 cars were involved" (RELATIONS.md §1; a claim that names a measure
    keeps pointing back at it)."""
    d = dt.date(2026, 11, 11)
    a = make_doc("a", "Police now say 63 cars were involved.\n"
                      "The highways agency, which counted cars from its traffic cameras, put the figure at about 55.",
                 date=d, outlet="Morning Star")
    b = make_doc("b", "Police say 63 cars were involved.", date=dt.date(2026, 11, 12), outlet="Evening Lamp")
    an = analyse([a, b])
    put = next(c.id for c in an.claims if c.doc == "a" and "put the figure" in c.text)
    other = next(c.id for c in an.claims if c.doc == "b")
    rel = {frozenset((lk.a, lk.b)): lk.relation for lk in an.links}
    assert rel.get(frozenset((put, other))) in (Relation.CONFLICT, Relation.UPDATE)


def test_that_year_points_back_at_the_year_the_sentence_before_named():
    """"The flood is the worst to hit the valley since 1998. That year, the river killed 60 people." The second
    sentence is about 1998's flood: its toll is never a rival or an earlier reading of today's."""
    d = dt.date(2026, 4, 12)
    today = make_doc("a", "The floods have killed 60 people in the valley, police said on Sunday.", date=d,
                     outlet="Morning Star")
    back = make_doc("b", "Heavy rain flooded the Harl valley on Saturday, forecasters said.\n"
                         "The flood is the worst to hit the valley since 1998.\n"
                         "That year, the river killed 64 people in the valley.", date=d, outlet="Evening Lamp")
    an = analyse([today, back])
    that_year = next(c.id for c in an.claims if c.doc == "b" and c.text.startswith("That year"))
    assert not [lk for lk in an.links if that_year in (lk.a, lk.b)]
    # (without the pointer, the same sentence is a rival count of today's toll)
    plain = make_doc("b", "Heavy rain flooded the Harl valley on Saturday, forecasters said.\n"
                          "The flood is the worst to hit the valley since 1998.\n"
                          "The river killed 64 people in the valley, police said.", date=d, outlet="Evening Lamp")
    an = analyse([today, plain])
    river = next(c.id for c in an.claims if c.doc == "b" and c.text.startswith("The river"))
    assert [lk for lk in an.links if river in (lk.a, lk.b)]


def test_that_figure_had_stood_at_points_back_at_the_sentence_s_own_figure():
    """"The toll from the magnitude 6.1 quake rose to 240 on Monday, with 1,100 people injured. That figure had stood
    at 180 on Sunday." The earlier reading is the toll's (the sentence's own figure, not the injured trailing after
    it, nor the quake's size told in passing): it agrees with another paper's Sunday toll of 180."""
    sun, mon = dt.date(2026, 3, 1), dt.date(2026, 3, 2)
    a = make_doc("a", "Officials said on Sunday that 180 people had been killed by the quake in Darvan.", date=sun,
                 outlet="Morning Star")
    b = make_doc("b", "The death toll from the magnitude 6.1 quake in Darvan rose to 240 on Monday, with 1,100 people "
                      "injured, officials said.\nThat figure had stood at 180 on Sunday.", date=mon, outlet="Evening Lamp")
    an = analyse([a, b])
    back = next(c.id for c in an.claims if c.doc == "b" and c.text.startswith("That figure"))
    assert [lk.relation for lk in an.links if back in (lk.a, lk.b)] == [Relation.AGREE]


def test_one_moment_told_to_the_minute_is_one_fact_and_two_moments_are_two():
    """"The first shock came at 4.12am local time." ~ "The quake struck at 04:12 local time on Friday." (a time to the
    minute names one moment of the story); "The march set off at 14:05" is no agreement of "Police arrived at
    14:40", even on the same day, and a time on the hour says too little to link by itself."""
    d = dt.date(2026, 11, 6)
    assert _relations("The first shock came at 4.12am local time.",
                      "The quake struck at 04:12 local time on Friday, some 40 km from Harl.", d) == [Relation.AGREE]
    assert _relations("The march through Harl set off at 14:05 on Friday.",
                      "Police in Harl arrived at the square at 14:40 on Friday.", d) == []
    assert _relations("The first shock came at 4am local time.",
                      "The quake struck at 04:00 local time on Friday.", d) == []


def test_a_moment_on_the_half_hour_and_beside_other_figures_is_still_one_moment():
    """"The quake struck at 16:30 local time, about 9 miles from Harl" ~ "The magnitude-5.8 quake struck at 4:30 p.m. at
    a depth of 14 kilometres" ~ "The quake hit at about 4.30pm on Friday": a time on the half hour told to the minute
    names the moment as well as one off it, and an approximate one fits it; a distance from a town against the
    depth (no measure named on one side) says nothing against one moment. A time on the hour still links nothing."""
    d = dt.date(2026, 11, 6)
    docs = [make_doc("a", "The quake struck at 16:30 local time, about 9 miles north-west of Harl.", date=d,
                     outlet="Morning Star"),
            make_doc("b", "The magnitude-5.8 quake struck at 4:30 p.m. at a depth of 14 kilometres, the survey said.",
                     date=d, outlet="Evening Lamp"),
            make_doc("c", "The quake hit Harl county at about 4.30pm on Friday, razing homes.", date=d,
                     outlet="Daily Post")]
    an = analyse(docs)
    assert sorted((lk.a[0], lk.b[0], lk.relation) for lk in an.links) == [
        ("a", "b", Relation.AGREE), ("a", "c", Relation.AGREE), ("b", "c", Relation.AGREE)]
    assert all(lk.why.startswith("same moment") for lk in an.links)
    an = analyse([make_doc("a", "The quake struck at 16:00 local time, about 9 miles north-west of Harl.", date=d,
                           outlet="Morning Star"),
                  make_doc("b", "The magnitude-5.8 quake struck at 4 p.m. at a depth of 14 kilometres.", date=d,
                           outlet="Evening Lamp")])
    assert an.links == []


def test_a_figure_in_the_relative_clause_naming_the_subject_is_background():
    """"The supplier of the system that grounded hundreds of flights at Harl has rejected the blame": the clause
    says which supplier; it states no count to set against "412 flights were cancelled"."""
    d = dt.date(2026, 6, 6)
    an = analyse([
        make_doc("a", "The supplier of the computer system that grounded hundreds of flights at Harl has rejected the "
                      "blame.", date=d, outlet="Morning Star"),
        make_doc("b", "The airport said 412 flights were cancelled at Harl on Thursday.", date=d, outlet="Evening Lamp"),
    ])
    assert an.links == []
    # (a figure after the sentence's own verb is its own: "The section that failed lies more than 600 metres down")
    from claims.align import _MAIN_VERB_AFTER, _SUBJECT_RELATIVE

    text = "The section that failed lies more than 600 metres below the surface, where the rock is hot."
    assert not (_SUBJECT_RELATIVE.match(text, 0, text.index("600")) and _MAIN_VERB_AFTER.search(text, 40))


def test_a_tally_still_open_is_one_running_count_however_far_its_readings_lie():
    """"Twenty-five men were still missing on Monday night" and "Three men are still missing" (Wednesday): the story's
    one running count of the missing, read at two moments (an update), though the values lie far apart."""
    mon, wed = dt.date(2026, 10, 5), dt.date(2026, 10, 7)
    a = make_doc("a", "Twenty-five men were still missing at 7pm, the emergency service's spokeswoman told reporters.",
                 date=mon, outlet="Morning Star")
    b = make_doc("b", "Three men are still missing.", date=wed, outlet="Evening Lamp")
    an = analyse([a, b])
    assert [lk.relation for lk in an.links] == [Relation.UPDATE]


def test_that_disaster_points_back_at_the_earlier_one_the_sentence_before_named():
    """"The spill is the largest since the Pelagia broke apart in 2004. That disaster fouled about 40 km of
    coastline." is about 2004's spill: it agrees with another paper's 2004 account, and it is no reading of today's
    coastline figure."""
    d = dt.date(2026, 10, 15)
    a = make_doc("a", "In January 2004 the tanker Pelagia broke up off Inish, spilling oil along about 40 km of "
                      "coastline.", date=d, outlet="Morning Star")
    b = make_doc("b", "Oil from the tanker has reached 25 km of coastline, the coast guard said.\n"
                      "The spill is now the largest off Inish since the Pelagia broke apart in 2004.\n"
                      "That disaster fouled about 40 km of coastline.", date=d, outlet="Evening Lamp")
    an = analyse([a, b])
    that = next(c.id for c in an.claims if c.doc == "b" and c.text.startswith("That disaster"))
    today = next(c.id for c in an.claims if c.doc == "b" and c.text.startswith("Oil from"))
    linked = {(lk.a, lk.b) for lk in an.links} | {(lk.b, lk.a) for lk in an.links}
    a_id = next(c.id for c in an.claims if c.doc == "a")
    assert (that, a_id) in linked and (today, a_id) not in linked


def test_two_claims_are_joined_through_a_third_only_when_both_links_to_it_are_sure():
    """Claims that each agree with one claim on its figure agree with each other (the gold lists every pair of a
    fact's group), but a fact of three inferred from a doubtful link is doubtful: below a sure score on either link,
    the pair keeps its own verdict (here: none, as the two share no word)."""
    from claims.align import AGREE, PairEval, Weights, _close_agreement, build_item
    from claims.model import Claim
    from claims.values import find_values

    texts = ["The new hourly minimum is $13.25, the ministry said.",   # the hub
             "Harbour Lines pays its deckhands $13.25 an hour.",
             "Kessler Foods starts packers on $13.25."]
    items = [build_item(Claim(f"c{k}", f"d{k}", 0, len(t), t, "figure", 1.0, "", tuple(find_values(t))), k)
             for k, t in enumerate(texts)]
    wts = Weights(items)
    hub_fig = items[0].figs[0]

    def joined(score_b: float, score_c: float) -> bool:
        results = {(0, 1): PairEval(AGREE, score_b, "", figs=(hub_fig, items[1].figs[0])),
                   (0, 2): PairEval(AGREE, score_c, "", figs=(hub_fig, items[2].figs[0]))}
        _close_agreement(items, results, wts)
        return (1, 2) in results

    assert joined(0.95, 0.9)
    assert not joined(0.95, 0.72)


def test_two_exact_figures_that_differ_are_not_joined_through_a_third():
    """"Harbour Lines pays $13.40" and "Kessler Foods pays $13.10" each lie within reporting's rounding of "about
    $13.25", and of each other (2%), but two exact figures that differ are two readings: no fact of three is inferred
    through the hub, however sure both links to it are. A figure told as approximate still joins."""
    from claims.align import AGREE, PairEval, Weights, _close_agreement, build_item
    from claims.model import Claim
    from claims.values import find_values

    def joined(second: str, third: str) -> bool:
        texts = ["The new hourly minimum is about $13.25, the ministry said.", second, third]
        items = [build_item(Claim(f"c{k}", f"d{k}", 0, len(t), t, "figure", 1.0, "", tuple(find_values(t))), k)
                 for k, t in enumerate(texts)]
        hub_fig = items[0].figs[0]
        results = {(0, 1): PairEval(AGREE, 0.95, "", figs=(hub_fig, items[1].figs[0])),
                   (0, 2): PairEval(AGREE, 0.95, "", figs=(hub_fig, items[2].figs[0]))}
        _close_agreement(items, results, Weights(items))
        return (1, 2) in results

    assert not joined("Harbour Lines pays its deckhands $13.40 an hour.", "Kessler Foods starts packers on $13.10.")
    assert joined("Harbour Lines pays its deckhands $13.40 an hour.", "Kessler Foods starts packers on roughly $13.10.")


def test_two_shares_naming_no_measure_meet_only_when_the_model_is_sure():
    """A results story gives dozens of percentages (regions, groups, subjects): "The north recorded 41.5% last year"
    and "Some 41.5 per cent of older homes were checked" share a value and nothing else, and are not linked; the same
    share told of the same homes is one fact."""
    d = dt.date(2026, 4, 21)

    def pair(x: str, y: str) -> list[Relation]:
        an = analyse([make_doc("a", x, outlet="Morning Star", date=d), make_doc("b", y, outlet="Evening Lamp", date=d)])
        return [lk.relation for lk in an.links]

    checked = "Some 41.5 per cent of older homes were checked."
    assert pair("The north recorded 41.5% last year.", checked) == []
    assert pair("Northern schools reached 41.5% in June.", checked) == []
    assert pair("In the hills, 41.5% of homes were checked.", checked) == [Relation.AGREE]
    # a region's rise and the nation's violent crime, last year's burglary and this year's: the model puts such pairs
    # between 0.8 and 0.9, where on unseen statistics releases they were mostly wrong
    assert pair("On the Harrow coast the rise was 4.3%, in line with the national figure.",
                "Violent crime across the country went up by 4.3 per cent.") == []
    assert pair("Burglary had also fallen in 2024, by 6.3%, police records show.", "Domestic burglary fell 6.4%.") == []


def test_figures_of_two_different_years_never_differ():
    """"The net loss narrowed to 61 million euros last year" (2025, in a 2026 report) and "the loss had been 83
    million euros in 2024" are two years' losses, and 2025's revenue is no earlier reading of this year's guidance:
    two facts, not a figure that changed; a month's reading of a series still updates the last month's."""
    d = dt.date(2026, 3, 24)

    def pair(x: str, y: str) -> list[Relation]:
        an = analyse([make_doc("a", x, outlet="Morning Star", date=d),
                      make_doc("b", y, outlet="Evening Lamp", date=d + dt.timedelta(days=2))])
        return [lk.relation for lk in an.links]

    assert pair("The net loss of Verano Systems narrowed to 61 million euros last year.",
                "The loss of Verano Systems had been 83 million euros in 2024.") == []
    assert pair("Revenue at Verano Systems rose to 458 million euros in 2025.",
                "Verano Systems has guided to revenue of about 600 million euros this year.") == []
    assert pair("Annual inflation was 3.8% in September, the statistics office said.",
                "Annual inflation rose to 4.1% in October, the statistics office said.") == [Relation.UPDATE]


def test_the_arrested_and_the_charged_are_two_counts():
    """"bringing the number charged to 12" is neither an update nor a rival of "the number arrested rose to 14": the
    charged are a count of their own (RELATIONS.md §1: measure); the same count told twice still agrees."""
    a = make_doc("a", "Two more suspects were arrested on Tuesday, bringing the number arrested in the country to 14.",
                 outlet="Morning Star", date=dt.date(2026, 5, 12))
    b = make_doc("b", "Prosecutors charged three more people on Thursday, bringing the number charged to 12.",
                 outlet="Evening Lamp", date=dt.date(2026, 5, 14))
    c = make_doc("c", "Police said 14 people had now been arrested in the country.", outlet="Harbour Post",
                 date=dt.date(2026, 5, 13))
    an = analyse([a, b, c])
    docs = {frozenset((next(x.doc for x in an.claims if x.id == lk.a), next(x.doc for x in an.claims if x.id == lk.b)))
            for lk in an.links}
    assert frozenset(("a", "b")) not in docs and frozenset(("b", "c")) not in docs
    assert frozenset(("a", "c")) in docs


# ----------------------------------------------------------------------------- a revised estimate


def _link_between(an, doc_a, doc_b):
    ids = {d: [c.id for c in an.claims if c.doc == d] for d in (doc_a, doc_b)}
    return [lk for lk in an.links if {lk.a, lk.b} & set(ids[doc_a]) and {lk.a, lk.b} & set(ids[doc_b])]


def _item(t: str):
    """The alignment item of one sentence told as a claim of its own (its figures' frames in ``figs``)."""
    from claims.values import find_values

    return build_item(Claim("c0", "d0", 0, len(t), t, "figure", 1.0, "", tuple(find_values(t))), 0)


def test_a_revised_estimate_updates_the_earlier_reading_of_what_it_estimates():
    """"raised its estimate of insured losses to 340 million crowns" is the same frame as "insured losses would be at
    least 150 million crowns" two days earlier, however far apart the values (RELATIONS.md §3: a revised figure is an
    update); "raised that to" with no noun of its own needs the same counted thing."""
    mon, wed = dt.date(2025, 9, 1), dt.date(2025, 9, 3)
    for first, revised in [
        ("In its first estimate, the association said insured losses from the hail would be at least 150 million "
         "crowns.",
         "The Insurers' Association raised its estimate of insured losses from the storm in Dalby to 340 million "
         "crowns on Wednesday."),
        ("The port authority first said 1,400 barrels of diesel had leaked into the bay.",
         "A day later the owner raised that to about 5,200 barrels."),
        ("Police put the street value of the seized heroin at 40 million crowns.",
         "Police have revised their estimate of the street value to 310 million crowns."),
    ]:
        a = make_doc("a", first, date=mon, outlet="Morning Star")
        b = make_doc("b", revised, date=wed, outlet="Daily Lamp")
        assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.UPDATE], revised


def test_a_revised_figure_told_with_the_old_one_is_no_update_of_it():
    """"now stands at 9,700, down from the 18,300 first reported" tells the revised figure itself: it is no update of
    the revision through the old figure it recalls."""
    mon, wed = dt.date(2025, 9, 1), dt.date(2025, 9, 3)
    a = make_doc("a", "The bureau cut its estimate of August's job gains to 9,700.", date=mon, outlet="Morning Star")
    b = make_doc("b", "August's gain in jobs now stands at 9,700, down from the 18,300 first reported.", date=wed,
                 outlet="Daily Lamp")
    assert Relation.UPDATE not in [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")]


def test_a_revised_estimate_of_another_thing_stays_apart():
    """The revised count is of crashes; the other figure counts complaints (another counted thing), or another measure
    ("recovered" oil is no estimate of oil "spilled")."""
    mon, wed = dt.date(2025, 9, 1), dt.date(2025, 9, 3)
    a = make_doc("a", "On Wednesday the regulator raised its count of crashes linked to the faulty brake to 41.",
                 date=wed, outlet="Morning Star")
    b = make_doc("b", "The maker says it has received 95 complaints linked to the faulty brake.", date=mon,
                 outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []
    c = make_doc("c", "The agency raised its estimate of the oil spilled from the barge to 3,000 tonnes.", date=wed,
                 outlet="Morning Star")
    d = make_doc("d", "Crews had recovered 700 tonnes of oil from the barge by Monday evening.", date=mon,
                 outlet="Daily Lamp")
    assert _link_between(analyse([c, d]), "c", "d") == []


def test_households_and_homes_count_one_thing():
    """"31,000 households lost power" and "31,000 homes were without power" count the same dwellings (as "families"
    do): one fact at the storm's peak."""
    mon = dt.date(2025, 9, 1)
    a = make_doc("a", "The grid operator said about 18,000 households lost power at the height of the storm in Dalby.",
                 date=mon, outlet="Morning Star")
    b = make_doc("b", "At the peak of the storm in Dalby 18,000 homes were left without power.", date=mon,
                 outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.AGREE]


def test_a_running_tally_read_at_two_moments_is_an_update():
    """"some 19,000 claims had been filed by midday on Wednesday" and "had received 46,300 claims by Thursday
    afternoon" read one running count at two moments: an update, however far the count has run; a tally more than a
    few times larger counts something else (a region's share against the country's)."""
    wed, thu = dt.date(2025, 6, 18), dt.date(2025, 6, 19)
    a = make_doc("a", "The insurers' federation said some 21,000 claims had been filed by midday on Wednesday.",
                 date=wed, outlet="Morning Star")
    b = make_doc("b", "Insurers had received 52,700 claims by Thursday afternoon, the federation said.", date=thu,
                 outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.UPDATE]
    c = make_doc("c", "About 9,800 applicants from the region had been placed at universities by Thursday evening.",
                 date=thu, outlet="Morning Star")
    d = make_doc("d", "The admissions service said 131,200 applicants had been placed by Saturday evening.",
                 date=dt.date(2025, 6, 21), outlet="Daily Lamp")
    assert _link_between(analyse([c, d]), "c", "d") == []


def test_passengers_and_people_share_a_magnitude_key():
    """"241 passengers ... had fallen ill" and "356 people on board had fallen ill" may count one group: the blocking
    keys that bring figures of one magnitude together treat passengers (and workers) as people, as they treat roles."""
    from claims.model import Claim
    from claims.values import find_values

    texts = ["The line said 241 passengers had fallen ill since the ship left port.",
             "The agency said 356 people on board had now fallen ill."]
    items = [build_item(Claim(f"c{k}", f"d{k}", 0, len(t), t, "figure", 1.0, "", tuple(find_values(t))), k)
             for k, t in enumerate(texts)]
    qa = {k for f in items[0].figs for k in f.keys if k.startswith("q:")}
    qb = {k for f in items[1].figs for k in f.keys if k.startswith("q:")}
    assert qa & qb


def test_a_count_of_who_a_relative_clause_tells_of():
    """"put the number of customers who lost power at the peak at nearly 230,000" counts customers, and the relative
    clause says what befell them (the outage), as "left 210,000 customers without electricity" does: two rival
    readings of one peak, and no count of the company's customer base."""
    t = "The regulator has put the number of Dravia Power customers who lost power at the peak at nearly 230,000."
    fig = _item(t).figs[0].frame
    assert (fig.counted_class, fig.measure) == ("role:customer", "power outage")
    sun = dt.date(2025, 1, 12)
    a = make_doc("a", "The regulator has put the number of Dravia Power customers who lost power at the peak at "
                      "nearly 230,000.", date=sun, outlet="Morning Star")
    b = make_doc("b", "At the height of the storm, more than 180,000 homes and businesses across the region had no "
                      "power.", date=sun, outlet="Daily Lamp")
    assert len(_link_between(analyse([a, b]), "a", "b")) == 1


def test_homes_without_power_are_the_utility_customers():
    """A utility counts the homes it supplies as its customers: "knocked out power to about 64,000 homes" (the supply
    cut to whom is named after it) and "64,000 customers were left without power" tell one outage figure."""
    mon = dt.date(2025, 9, 1)
    a = make_doc("a", "Gale-force winds knocked out power to about 64,000 homes in Dalby on Monday, the network "
                      "operator said.", date=mon, outlet="Morning Star")
    b = make_doc("b", "The network operator said 64,000 customers in Dalby were left without power on Monday.",
                 date=mon, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.AGREE]


def test_passengers_and_people_may_count_one_group():
    """"312 passengers and crew had fallen ill" and "the number of people who had reported symptoms at 312": the
    passengers are people, one figure of the outbreak."""
    mon = dt.date(2025, 4, 20)
    a = make_doc("a", "The health agency put the number of people who had fallen ill aboard the Marisol at 287.",
                 date=mon, outlet="Morning Star")
    b = make_doc("b", "The health agency said 287 passengers had fallen ill aboard the Marisol by Monday afternoon.",
                 date=mon, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.AGREE]


def test_a_source_count_told_before_is_referred_back_to():
    """"By Monday the company's count had risen to 275" reads back to the count the sentence before gave (what fell ill),
    as "that figure" does: an update of the other outlet's Sunday figure. A place's total ("the region's total") is
    another scope and takes no frame from it."""
    sun, mon = dt.date(2026, 4, 19), dt.date(2026, 4, 20)
    a = make_doc("a", "The cruise line said 231 people had fallen ill aboard the Marisol by Sunday.", date=sun,
                 outlet="Morning Star")
    b = make_doc("b", "The ship's doctor said 198 people had fallen ill aboard the Marisol on Saturday. By Monday the "
                      "company's count had risen to 275.", date=mon, outlet="Daily Lamp")
    an = analyse([a, b])
    back = [c.id for c in an.claims if c.doc == "b" and "275" in c.text]
    assert [lk.relation for lk in an.links if back[0] in (lk.a, lk.b)] == [Relation.UPDATE]
    c = make_doc("c", "The ship's doctor said 198 people had fallen ill aboard the Marisol on Saturday. By Monday the "
                      "region's total had risen to 275.", date=mon, outlet="Daily Lamp")
    an = analyse([a, c])
    other = [c.id for c in an.claims if c.doc == "c" and "275" in c.text]
    assert [lk for lk in an.links if other[0] in (lk.a, lk.b)] == []


def test_people_who_fell_ill_are_no_fall():
    """"231 people had fallen ill" is a count of the ill, not a fall of 231; "17 vehicles fell into the river" is a
    count of what fell."""
    t = "The cruise line said 231 people had fallen ill aboard the Marisol by Sunday."
    fig = _item(t).figs[0].frame
    assert (fig.measure, fig.change) == ("ill", "")
    t = "According to the mayor, 17 vehicles fell into the river when the span gave way."
    fig = _item(t).figs[0].frame
    assert fig.change == ""


def test_a_month_a_year_back_is_an_earlier_occasion():
    """"In March 2025, 229 passengers fell ill aboard its sister ship" in an April 2026 report, or "in March last year",
    tells an earlier outbreak: no figure of this one, however near the counts."""
    sun, mon = dt.date(2026, 4, 19), dt.date(2026, 4, 20)
    a = make_doc("a", "The cruise line said 231 people had fallen ill aboard the Marisol by Sunday.", date=sun,
                 outlet="Morning Star")
    for earlier in ("It is not the line's first outbreak: in March last year, 233 people fell ill aboard the Marisol's "
                    "sister ship.",
                    "In March 2025, 229 passengers fell ill aboard the Marisol's sister ship, the Corona."):
        b = make_doc("b", earlier, date=mon, outlet="Daily Lamp")
        assert _link_between(analyse([a, b]), "a", "b") == [], earlier


def test_a_number_of_named_things_refers_back_to_nothing():
    """"bringing the number of people held to three" names what it counts (the people held): it takes no frame from
    the missing count told the sentence before, as "that figure" would; "had given the figure of 53" still refers
    back."""
    wed, fri = dt.date(2026, 4, 15), dt.date(2026, 4, 17)
    a = make_doc("a", "Five people are still missing, the fire service said on Wednesday.", date=wed, outlet="Morning Star")
    b = make_doc("b", "Three people are still missing, the fire service said. A third person, the owner of the firm that "
                      "serviced the plant's extraction fans, was detained on Friday, bringing the number of people held "
                      "to three.", date=fri, outlet="Daily Lamp")
    an = analyse([a, b])
    held = [c.id for c in an.claims if "people held" in c.text]
    assert [lk for lk in an.links if held[0] in (lk.a, lk.b)] == []
    c = make_doc("c", "Officials put the number of missing at 41 on Monday. The presidency had given the figure of 53 on "
                      "Saturday.", date=fri, outlet="Daily Lamp")
    d = make_doc("d", "The presidency said 53 people were missing on Saturday.", date=fri, outlet="Morning Star")
    an = analyse([c, d])
    given = [c.id for c in an.claims if "figure of 53" in c.text]
    assert [lk.relation for lk in an.links if given[0] in (lk.a, lk.b)] == [Relation.AGREE]


def test_a_toll_of_last_calendar_year_is_no_count_of_this_weeks_event():
    """"Dravia recorded 23 deaths in industrial fires in 2025" in an April 2026 report is a year's toll, not this
    week's fire's, however near the year ended: no update of "Eleven people have died in Tuesday's fire"."""
    wed, fri = dt.date(2026, 4, 15), dt.date(2026, 4, 17)
    a = make_doc("a", "Eleven people are now known to have died in Tuesday's fire at the Dravia plant, the fire service "
                      "said.", date=wed, outlet="Morning Star")
    b = make_doc("b", "Dravia recorded 23 deaths in industrial fires in 2025, according to the fire service's annual "
                      "report.", date=fri, outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []


def test_a_gap_to_a_mark_is_no_level():
    """"the limits together exceed the scientists' advice by almost 37,000 tonnes" is a gap, not a catch limit: no
    agreement with "the cod limit was set at 36,150 tonnes"."""
    wed = dt.date(2025, 12, 10)
    a = make_doc("a", "The agreed cod limit for 2026 is 36,150 tonnes, the fisheries commission said.", date=wed,
                 outlet="Morning Star")
    b = make_doc("b", "The environmental group calculates that the cod, herring and sprat limits together exceed the "
                      "scientific advice by almost 37,000 tonnes.", date=wed, outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []


def test_the_subject_of_a_level_verb_names_the_measure_however_long_its_phrases():
    """"The toll from Tuesday's blaze at the Dravia works in Kessmoor now stands at 11": the toll is the subject of
    "stands at", however many phrases come between (the deaths, as "the number of people killed rose to 11")."""
    t = "The toll from Tuesday's blaze at the Dravia works in Kessmoor now stands at 11."
    fig = _item(t).figs[0].frame
    assert fig.measure == "killed"


@pytest.mark.parametrize("text", [
    "The death toll has risen from 9 to 31.",
    "On the fourth day of the search, officials in Dorvik say the death toll in the burned-out mill has increased "
    "from 9 to 31.",
])
def test_a_level_moved_from_one_figure_to_another_keeps_its_subjects_measure(text):
    """"the death toll ... has risen from 9 to 31": both the earlier level and the new one are the toll's, also
    when the clause opens on who said it and the verb is "increased"."""
    figs = [f.frame for f in _item(text).figs if f.frame.label in ("9", "31")]
    assert [f.measure for f in figs] == ["killed", "killed"]


def test_a_day_told_in_a_relative_clause_is_not_the_days_of_the_figure_after_it():
    """"the mill that burned Friday, taking the toll to at least 19": Friday is when the mill burned, not the day of
    the running toll; a day the sentence's own verb is told on still is ("took ... on Tuesday, bringing")."""
    t = ("Firefighters found seven more bodies in the ruins of the Tamsen mill that burned Friday, taking the toll to "
         "at least 19.")
    toll = [f.frame for f in _item(t).figs if f.frame.label == "at least 19"][0]
    assert (toll.measure, toll.weekday, toll.when) == ("killed", None, None)
    t = "Rescuers took 15 more bodies from the rubble on Tuesday, bringing the death toll to 36."
    assert [f.frame.weekday for f in _item(t).figs if f.frame.label == "36"] == [1]
    t = "Officials said that on Monday, 36 people had died."
    assert [f.frame.weekday for f in _item(t).figs if f.frame.label == "36 people"] == [0]


def test_people_held_by_the_police_are_the_arrested():
    """"bringing the number of people held to three", "two men were held on suspicion of arson": arrests."""
    for t in ("A third person was detained on Friday, bringing the number of people held to three.",
              "Two men were held on suspicion of arson."):
        fig = _item(t).figs[-1].frame
        assert fig.measure == "arrested", t


def test_a_deal_struck_is_no_strike():
    """"ran for nearly 20 hours before the deal was struck": the talks' length, no count of strikers."""
    t = "Talks at the commission ran for nearly 20 hours before the deal was struck shortly before 6am."
    figs = _item(t).figs
    assert figs and all(x.frame.measure != "strikers" for x in figs)


def test_the_total_points_back_past_the_parts_of_the_group():
    """"356 people had fallen ill. Of those, 301 were passengers and 55 were members of the crew. The cruise line put
    the total at 330.": the total is the group's (the ill), not the last part's."""
    doc = make_doc("a", "The agency said on Tuesday that 356 people on board had now fallen ill. Of those, 301 were "
                        "passengers and 55 were members of the crew. The cruise line put the total at 330.",
                   date=dt.date(2026, 4, 21), outlet="Morning Star")
    from claims.align import build_items
    from claims.pipeline import extract_all

    claims = extract_all([doc])
    items = build_items(claims, {"a": 0}, {"a": doc.date})
    total = [x.frame for it in items for x in it.figs if x.frame.label == "330"]
    assert [f.measure for f in total] == ["ill"]


def test_an_office_named_by_a_plan_word_is_no_plan():
    """"The city's building authority has recorded 7,400 damaged roofs" ('s is the city's, not "is building") and "the
    planning authority said" report counts, not plans; "It's cutting 3,000 jobs" is still a plan."""
    from claims.frames import Status

    def status(t: str) -> Status:
        item = _item(t)
        return item.figs[0].frame.status

    assert status("The city's building authority has recorded 7,400 damaged roofs.") is Status.FACT
    assert status("The city's planning authority said about 3,000 buildings had damaged roofs.") is Status.FACT
    assert status("It's cutting 3,000 jobs, the company said.") is Status.INTENT


def test_how_long_an_act_went_on_is_a_fact_beside_other_figures():
    """"trading was halted for 25 minutes after the index had fallen 6%": the span is how long the halt went on (the
    fact itself), not background to the fall; a span "over two years" beside a rise stays background."""
    from claims.features import background_period

    for text, label, background in [
        ("Trading on the bourse was halted for 25 minutes after the index had fallen 6%.", "25 minutes", False),
        ("The siege at the post office lasted 14 hours and ended with 9 hostages freed.", "14 hours", False),
        ("Rents rose 15% over two years in the capital.", "over two years", True),
    ]:
        it = _item(text)
        fig = next(x for x in it.figs if x.frame.label == label)
        assert background_period(it, fig) is background, text
    mon = dt.date(2026, 3, 2)
    a = make_doc("a", "Trading on the bourse was halted for 25 minutes after the index had fallen 6%.", date=mon,
                 outlet="Morning Star")
    b = make_doc("b", "Trading on the bourse was halted for 40 minutes after the index hit its 6 per cent limit.",
                 date=mon, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")
            if "minutes" in lk.why] == [Relation.CONFLICT]


def test_a_days_cancellations_are_no_revision_of_another_days():
    """"On Monday, 420 flights were cancelled" and "on Tuesday, 510 flights were cancelled" are two days' counts (each
    day's cancellations are counted afresh), not one count revised: no link. A running total still updates."""
    mon, tue = dt.date(2026, 2, 9), dt.date(2026, 2, 10)
    a = make_doc("a", "On Monday, 420 flights were cancelled at Brenna airport, the operator said.", date=mon,
                 outlet="Morning Star")
    b = make_doc("b", "On Tuesday, 510 flights were cancelled at Brenna airport, the operator said.", date=tue,
                 outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []


def test_gusts_read_on_two_days_are_two_readings():
    """"Gusts of 110 km/h were recorded at the harbour on Monday afternoon" and "the strongest gust, 131 km/h, was
    measured at the lighthouse on Tuesday morning" are two readings of two days, not one figure revised."""
    mon, wed = dt.date(2026, 2, 9), dt.date(2026, 2, 11)
    a = make_doc("a", "Gusts of 110 km/h were recorded at Brenna harbour on Monday afternoon.", date=mon,
                 outlet="Morning Star")
    b = make_doc("b", "The strongest gust, 131 km/h, was measured at the Brenna lighthouse on Tuesday morning.",
                 date=wed, outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []


def test_admissions_to_hospital_and_those_still_in_hospital_are_two_counts():
    """"In all, 96 people have been admitted to hospital" counts admissions; "Of those, 58 were still in hospital on
    Friday" counts in-patients at one moment: no update of one by the other. Two admission counts still update."""
    thu, fri = dt.date(2026, 5, 14), dt.date(2026, 5, 15)
    a = make_doc("a", "In all, 96 people have been admitted to hospital in Kellby since the lunch.", date=thu,
                 outlet="Morning Star")
    b = make_doc("b", "Of those, 58 were still in hospital in Kellby on Friday afternoon.", date=fri,
                 outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []
    c = make_doc("c", "By Friday, 121 people had been admitted to hospital in Kellby since the lunch.", date=fri,
                 outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, c]), "a", "c")] == [Relation.UPDATE]


def test_a_level_a_rule_sets_joins_no_level_reached_through_a_third_claim():
    """"The index closed 6.8 per cent lower" and "the index reached the 7% threshold" each meet "had fallen 7%", but a
    threshold a rule sets is no level the market reached: they are not made one fact through the third claim."""
    mon = dt.date(2026, 11, 23)
    a = make_doc("a", "The Varsk index closed 6.8 per cent lower on Monday.", date=mon, outlet="Morning Star")
    b = make_doc("b", "Trading in all shares was halted for 30 minutes on Monday, after the Varsk index had fallen 7% "
                      "from Friday's close.", date=mon, outlet="Daily Lamp")
    c = make_doc("c", "The halt began on Monday when the Varsk index reached the 7% threshold, and lasted 30 minutes.",
                 date=mon, outlet="Harbour Post")
    an = analyse([a, b, c])
    assert _link_between(an, "a", "b")  # (the fall and the close meet on their own)
    assert _link_between(an, "a", "c") == []


def test_a_sessions_turnover_is_no_revision_of_another_sessions():
    """"Turnover reached 14.2 billion crowns on Monday" and "turnover on Tuesday was 9.1 billion crowns" are two
    sessions' turnover, not one figure revised."""
    mon, tue = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
    a = make_doc("a", "Turnover on the Varsk exchange reached a record 14.2 billion crowns on Monday.", date=mon,
                 outlet="Morning Star")
    b = make_doc("b", "Turnover on the Varsk exchange on Tuesday was 9.1 billion crowns.", date=tue, outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []


def test_a_proposed_figure_is_no_earlier_reading_of_the_decision():
    """"The regulator had originally proposed a penalty of 48 million crowns" against "the regulator fined the firm
    31 million crowns on Tuesday": a proposal is not the decision made, nor an earlier reading of it."""
    mon, tue = dt.date(2026, 10, 12), dt.date(2026, 10, 13)
    a = make_doc("a", "The Varsk regulator had originally proposed a penalty of 48 million crowns for Kelnet.", date=mon,
                 outlet="Morning Star")
    b = make_doc("b", "The Varsk regulator fined Kelnet 31 million crowns on Tuesday.", date=tue, outlet="Daily Lamp")
    assert _link_between(analyse([a, b]), "a", "b") == []


def test_what_a_source_puts_at_a_figure_is_the_thing_it_measures():
    """"Net arrivals to Norland fell to 84,000 in 2025" and "the Halden Institute put net arrivals in 2025 at 97,000"
    are two bodies' figures for one quantity (a place after "to" is where, not what): a conflict."""
    thu = dt.date(2026, 5, 21)
    a = make_doc("a", "Net arrivals to Norland fell to 84,000 in 2025, the statistics office said on Thursday.",
                 date=thu, outlet="Morning Star")
    b = make_doc("b", "The Halden Institute, a think tank, said its own count of border records put net arrivals in "
                      "2025 at 97,000.", date=thu, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.CONFLICT]


def test_a_verb_after_a_figure_is_not_what_it_counts():
    """"The institute's figure of 97,000 sits just outside that range": "sits" is the verb, not a counted thing."""
    from claims.values import find_values

    text = "The institute's figure of 97,000 sits just outside that range, and a toll of 21 remains the highest."
    assert [v.text for v in find_values(text)] == ["97,000", "21"]


def test_the_whole_of_the_place_the_other_names_is_one_scope():
    """"Floods killed 14 people across Varnland in 2024" is told of Varnland, as "in Varnland" is: one fact. Against
    "27 people in Kesh" (a place in it) the whole stays another scope."""
    mon, wed = dt.date(2026, 2, 9), dt.date(2026, 2, 11)
    a = make_doc("a", "Floods killed 14 people in Varnland in 2024, according to the water agency.", date=mon,
                 outlet="Morning Star")
    b = make_doc("b", "Floods killed 14 people across Varnland in 2024, the water agency's annual report says.",
                 date=wed, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.AGREE]
    c = make_doc("c", "Floods killed 14 people in Kesh in 2024, the water agency's annual report says.", date=wed,
                 outlet="Daily Lamp")
    d = make_doc("d", "Floods killed 14 people across Varnland in 2024, the water agency's annual report says.",
                 date=mon, outlet="Morning Star")
    assert _link_between(analyse([d, c]), "d", "c") == []


def test_one_person_counted_then_two_is_an_update():
    """"One passenger died when the coach overturned" on Monday, "Two passengers have now died" on Tuesday: the toll
    of one rose to two (RELATIONS.md §3), a count of one being a figure like any other."""
    mon, tue = dt.date(2026, 3, 2), dt.date(2026, 3, 3)
    a = make_doc("a", "One passenger died when a coach overturned on the Kesh ring road on Monday, police said.",
                 date=mon, outlet="Morning Star")
    b = make_doc("b", "Two passengers have now died after a coach overturned on the Kesh ring road, police said.",
                 date=tue, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.UPDATE]


def test_no_one_killed_agrees_with_no_deaths_and_a_later_toll_updates_it():
    """"No one was killed" and "no deaths were reported" are one count of nought (agree); "two people have now died"
    two days later is the toll that rose from none (RELATIONS.md §3: an update, however large the ratio of 2 to 0)."""
    mon, wed = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    a = make_doc("a", "No one was killed when a gas main exploded under a street in central Kesh on Monday, the fire "
                      "service said.", date=mon, outlet="Morning Star")
    b = make_doc("b", "No deaths were reported after a gas main exploded under a street in central Kesh on Monday, the "
                      "fire service said.", date=mon, outlet="Daily Lamp")
    c = make_doc("c", "Two people have now died after a gas main exploded under a street in central Kesh, the fire "
                      "service said.", date=wed, outlet="Evening Post")
    an = analyse([a, b, c])
    assert [lk.relation for lk in _link_between(an, "a", "b")] == [Relation.AGREE]
    assert [lk.relation for lk in _link_between(an, "a", "c")] == [Relation.UPDATE]


def test_the_day_of_what_happened_is_not_the_day_a_later_toll_is_told_for():
    """"Twelve people have now died after a coach left the road on Monday", told on Tuesday: Monday is the crash's
    day, in a clause of its own after the toll, not the toll's; against Monday's "nine killed" it is an update. A
    phrase ("paid after the Brenau storm of 2013") or the subject's own act ("after agreeing ... on Thursday") still
    dates the figure."""
    mon, tue = dt.date(2026, 9, 14), dt.date(2026, 9, 15)
    a = make_doc("a", "At least nine people were killed on Monday when a coach carrying pilgrims left the road on the "
                      "Harlen Pass, police said.", date=mon, outlet="Morning Star")
    b = make_doc("b", "Twelve people have now died after a coach carrying pilgrims left the road on the Harlen Pass on "
                      "Monday, police said.", date=tue, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.UPDATE]


def test_a_later_report_of_no_deaths_then_a_death_dated_by_its_event_is_an_update():
    """The same with a count of nought first: "No one was killed when a gas main exploded on Monday" then "Two people
    have now died after a gas main exploded ... on Monday" two days later."""
    mon, wed = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    a = make_doc("a", "No one was killed when a gas main exploded under a street in central Kesh on Monday, the fire "
                      "service said.", date=mon, outlet="Morning Star")
    c = make_doc("c", "Two people have now died after a gas main exploded under a street in central Kesh on Monday, the "
                      "fire service said.", date=wed, outlet="Evening Post")
    assert [lk.relation for lk in _link_between(analyse([a, c]), "a", "c")] == [Relation.UPDATE]


def test_a_number_word_counting_part_of_a_group_links_as_the_figure_it_is():
    """"Prosecutors charged nine of the suspects on Wednesday" and "Nine people were charged on Wednesday" tell one
    figure (the number word is kept, as "9 of the suspects" would be)."""
    wed = dt.date(2026, 3, 11)
    a = make_doc("a", "Nine people were charged on Wednesday with taking bribes for road contracts, prosecutors said.",
                 date=wed, outlet="Morning Star")
    b = make_doc("b", "By Wednesday evening prosecutors had charged nine of the suspects, two directorate officials "
                      "among them.", date=wed, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.AGREE]


def test_tonnes_of_one_stuff_under_one_measure_are_one_count():
    """"about 20 tonnes of fuel had leaked" on Tuesday and "between 120 and 180 tonnes of fuel have now leaked" on
    Wednesday: tonnes of the same stuff under the same measure count one thing, and the estimate rose (update)."""
    tue, wed = dt.date(2026, 3, 3), dt.date(2026, 3, 4)
    a = make_doc("a", "Coastguard officers said about 20 tonnes of fuel had leaked from the stranded freighter by "
                      "Tuesday afternoon.", date=tue, outlet="Morning Star")
    b = make_doc("b", "Between 120 and 180 tonnes of fuel have now leaked from the stranded freighter, the coastguard "
                      "said.", date=wed, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.UPDATE]


def test_sailors_are_crew():
    """"eight sailors", "21 seafarers" and "14 crew" count the same people (a ship's crew)."""
    from claims.frames import counted_class

    assert counted_class("sailor") == counted_class("seafarer") == counted_class("crew") == "role:crew"


def test_two_reports_of_one_denial_agree():
    """"His lawyer said his client denied any wrongdoing" and "his lawyer said his client 'categorically rejects' the
    accusations": one denial told twice (agree), not a denial of the other report (conflict)."""
    tue, wed = dt.date(2026, 3, 10), dt.date(2026, 3, 11)
    a = make_doc("a", "Berg's lawyer, Anna Lind, said her client denied any wrongdoing and would cooperate with "
                      "investigators.", date=tue, outlet="Morning Star")
    b = make_doc("b", "Berg's lawyer, Anna Lind, said her client \"categorically rejects\" the accusations against him.",
                 date=wed, outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.AGREE]


def test_a_sector_word_naming_the_counted_companies_is_no_cohort():
    """"Six construction companies are under investigation" counts companies (of a trade), it is not a figure told
    for the construction sector against the whole economy's: "Seven companies are now under investigation" three days
    later updates it. "Construction shed 3,000 jobs" stays the sector's figure."""
    tue, fri = dt.date(2026, 3, 10), dt.date(2026, 3, 13)
    a = make_doc("a", "Six construction companies are under investigation over the road contracts, the bureau said.",
                 date=tue, outlet="Morning Star")
    b = make_doc("b", "Seven companies are now under investigation over the road contracts.", date=fri,
                 outlet="Daily Lamp")
    assert [lk.relation for lk in _link_between(analyse([a, b]), "a", "b")] == [Relation.UPDATE]
    c = make_doc("c", "Construction shed 3,000 jobs in March, the statistics office said.", date=tue, outlet="Morning Star")
    d = make_doc("d", "The economy shed 5,000 jobs in March, the statistics office said.", date=fri, outlet="Daily Lamp")
    assert _link_between(analyse([c, d]), "c", "d") == []



def test_undated_articles_take_their_era_from_the_days_they_name():
    """Scraped pages often carry no date. When the texts name a day in full ("on Saturday, Aug. 8, 2026"), the articles
    were written about then: a toll of an event decades before ("the 1971 harbour fire, which killed 38 people") is that
    event's, never a rival of this fire's toll (RELATIONS.md §1: another moment, another fact)."""
    a = make_doc("a", "The blaze broke out on Saturday, Aug. 8, 2026, in the old port. At least 36 people were killed "
                      "in the fire, officials said.", outlet="Morning Star")
    b = make_doc("b", "It is the deadliest fire in the city since the 1971 harbour fire, which killed 38 people, the "
                      "mayor said.", outlet="Evening Lamp")
    an = analyse([a, b])
    assert not [lk for lk in an.links if "38 people" in lk.why], an.links


def test_an_earlier_occasion_told_without_its_year_may_be_the_one_the_other_claim_dates():
    """"In September 2022, the call-up prompted tens of thousands to flee" and "earlier waves of conscription, when an
    estimated 1 million men fled" may tell one occasion: the year of one does not keep them apart."""
    a = make_doc("a", "The new decree was signed on Oct. 2, 2024. In September 2022, a call-up prompted tens of thousands "
                      "of Orlesian men to flee the country.", outlet="Morning Star")
    b = make_doc("b", "The ministry avoids the unrest of earlier waves of conscription, when an estimated 1 million "
                      "Orlesian men fled the country.", outlet="Evening Lamp")
    an = analyse([a, b])
    assert [lk for lk in an.links if lk.relation in (Relation.CONFLICT, Relation.UPDATE)], an.links


def test_undated_articles_naming_only_years_take_the_newest_as_their_era():
    """With no day named in full, the newest year the texts name as past stands for their era: "the 380 seats it won in
    2009" is that election's figure, never a rival of this one's 405 (RELATIONS.md §1: another moment, another fact)."""
    a = make_doc("a", "The Civic Party has won 405 seats, the electoral commission said. Turnout in the 2025 election "
                      "was 61%.", outlet="Morning Star")
    b = make_doc("b", "The Civic Party's best result remains the 380 seats it won in 2009, the commission said.",
                 outlet="Evening Lamp")
    an = analyse([a, b])
    assert not [lk for lk in an.links if "380" in lk.why], an.links


def test_figures_of_a_day_or_a_year_long_before_are_that_occasions():
    """"the deadliest was in 1871, when 76 people were killed" and "a flood that killed 61 people on May 22, 1960" tell
    those occasions' tolls, never an update or a rival of this week's (RELATIONS.md §1: another moment, another fact),
    also before 1900."""
    import datetime as dt

    for d in (dt.date(2026, 3, 4), None):  # (dated, and undated as scraped pages are, naming a day in full)
        a = make_doc("a", "The floods began on Sunday, March 1, 2026. The death toll from the floods has risen to 74, the "
                          "governor said.", date=d, outlet="Morning Star")
        b = make_doc("b", "Until now the state's deadliest flood was in 1871, when 76 people were killed, records show.",
                     date=d, outlet="Evening Lamp")
        c = make_doc("c", "The previous worst was a flood that killed 61 people on May 22, 1960, in the same valley.",
                     date=d, outlet="Daily Bell")
        an = analyse([a, b, c])
        assert not an.links, (d, an.links)


def test_a_town_the_reports_place_inside_a_wider_place_is_in_it():
    """"killed at least 55 people in Tai Vera" and "36 people were killed in Port Alma" tell one place when a report
    writes "in Tai Vera, Port Alma" (the reports themselves say what lies in what): the toll rose, no two places."""
    import datetime as dt

    mon, tue = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
    a = make_doc("a", "At least 36 people were killed in Port Alma after a fire swept through a housing estate, "
                      "officials said on Monday.", date=mon, outlet="Morning Star")
    b = make_doc("b", "A fire swept through the Wang Lo estate in Tai Vera, Port Alma, on Sunday. At least 55 people have "
                      "been killed in Tai Vera, officials said on Tuesday.", date=tue, outlet="Evening Lamp")
    an = analyse([a, b])
    assert [lk for lk in an.links if lk.relation is Relation.UPDATE and "55" in lk.why], an.links


def test_the_period_two_sums_are_told_over_is_no_fact_they_share():
    """"The plan adds 41.5 billion crowns in new spending over the next five years" and "The army gets an extra 6.2
    billion crowns over the next five years": the five years frame each sum; two sums apart are two facts, however
    alike their periods. The same sums over the same period still agree."""
    d = dt.date(2026, 4, 16)
    assert _relations("The Orlesian budget adds 41.5 billion crowns in new spending over the next five years.",
                      "The Orlesian army gets an extra 6.2 billion crowns over the next five years.", d) == []
    assert _relations("The Orlesian budget adds 41.5 billion crowns in new spending over the next five years.",
                      "The Orlesian budget includes 41.5 billion crowns of new spending over the next five years.",
                      d) == [Relation.AGREE]


def test_a_count_told_for_another_window_of_days_is_another_scope():
    """"21 people died of heatstroke between April 30 and July 15" and "The heat left 77 people dead from July 9 to
    22": two windows of the toll, two scopes however they overlap (RELATIONS.md §1), no conflict; the same window told
    in other words ("between July 9 and July 22") is one fact. Pages may give no year."""
    assert _relations("According to the agency, 21 people died of heatstroke in Varno between April 30 and July 15.",
                      "The extreme heat left 77 people dead in Varno from July 9 to 22, according to the agency.") == []
    assert _relations("According to the agency, 77 people died of heatstroke in Varno between July 9 and July 22.",
                      "The extreme heat left 77 people dead in Varno from July 9 to 22, according to the agency.") == [
        Relation.AGREE]


def test_counts_of_people_of_another_standing_are_two_groups_not_rival_counts():
    """"40 million former and prospective customers" and "7.8 million current postpaid customers" are two groups of
    the breach's victims, and neither is a rival of "more than 100 million customers"; the same number told with
    other standing words ("5.3 million more current customers" ~ "5.3 million more postpaid customers") is one."""
    assert _relations("Corvel said hackers stole the data of 40 million former and prospective customers.",
                      "Corvel said hackers stole the data of 7.8 million current postpaid customers.") == []
    assert _relations("Corvel said hackers stole the data of 40 million former and prospective customers.",
                      "The seller claimed to hold the data of more than 100 million Corvel customers.") == []
    assert _relations("Corvel said hackers stole the data of 5.3 million more current customers.",
                      "Corvel said hackers stole the data of 5.3 million more postpaid customers.") == [Relation.AGREE]


def test_the_same_exact_figure_told_to_four_digits_is_one_fact(monkeypatch):
    """The same exact figure told to four or more significant digits on both sides ("438,217", "2:05:13") is one fact
    in one story whatever the model makes of the words around it (here a model that agrees with nothing); a rate two
    reports share ("4.25%") or a round figure ("1,500 jobs") is not so telling."""
    import claims.align as A
    from claims.pipeline import analyse
    from tests.test_pipeline_helpers import make_doc

    monkeypatch.setattr(A, "AGREE_WEIGHTS", (-30.0, *A.AGREE_WEIGHTS[1:]))
    d = dt.date(2031, 11, 4)

    def relations(x: str, y: str) -> list:
        an = analyse([make_doc("a", x, date=d, outlet="Morning Star"), make_doc("b", y, date=d, outlet="Evening Lamp")])
        return [lk.relation for lk in an.links]

    assert relations("Next came the west with (1,960,402), Halden (438,217) and the lakes (2,118,905).",
                     "Halden - 438,217 of which 215,100 are men and 223,117 women.") == [Relation.AGREE]
    assert relations("Arno Valk of Orla, the title holder, was runner-up in 2:05:13.",
                     "The title holder Arno Valk had to settle for second place, clocking 2:05:13.") == [Relation.AGREE]
    assert relations("Economists polled last week had expected the bank to hold its main rate at 4.25%.",
                     "The bank raised its deposit rate to 4.25% on Thursday.") == []
    from claims.frames import figure_frames
    from claims.values import find_values

    def frame(t: str):
        return figure_frames(Claim("x", "d", 0, len(t), t, "figure", 1.0, "", tuple(find_values(t))))[0]

    assert not A._telling_equal(frame("Acme will cut 1,500 jobs."), frame("Acme said 1,500 jobs would go."))
    assert A._telling_equal(frame("Orla counted 91,440 residents."), frame("Orla - 91,440"))
