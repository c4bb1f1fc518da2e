"""A thing sold and its history (RELATIONS.md §1-§2): the sale told by any of its verbs ("auctioned off for", "went
for", "fetched", "bought it for"), a figure's scale word as outlets slip on it, a ruler's numeral that is no first
person, the sentence that ends on a single letter, and a year's figure against a month's in the past. Every sentence
here is invented."""

from __future__ import annotations

import datetime as dt

from claims.extract import _outside_quotes, quoted_mask, reject
from claims.model import Relation
from claims.pipeline import analyse
from claims.sentences import split_text
from claims.values import find_values
from tests.test_pipeline_helpers import links_between, make_doc

DAY = dt.date(2031, 11, 13)


def _links(*texts: str) -> dict[tuple[str, str], Relation]:
    """The relations between articles (one per text, each from its own outlet, all published on DAY)."""
    return links_between(*texts, day=DAY)


def test_a_sale_told_by_any_of_its_verbs_agrees():
    sold = "The Orla vase sold for $92.4 million at the Ostby rooms in Kessa on Tuesday."
    for other in ("The Orla vase was auctioned off for $92.4 million on Tuesday, a record for any ceramic.",
                  "On Tuesday the Orla vase went for $92 million, the Ostby rooms said.",
                  "On Tuesday the Orla vase fetched $92.4 million, a record for any ceramic."):
        assert _links(sold, other) == {("a", "b"): Relation.AGREE}, other


def test_what_a_buyer_paid_is_what_the_thing_sold_for():
    from claims.align import _same_family
    from claims.frames import measure_of_word

    # one family: what a thing sold for and what its buyer gave or paid
    assert measure_of_word("auctioned") == measure_of_word("fetched") == "sold"
    assert measure_of_word("bought") == "bought"
    assert _same_family("sold", "paid") and _same_family("bought", "sold")
    got = _links("The Orla vase sold for $92.4 million on Tuesday.",
                 "A Kessa collector bought the Orla vase for $92.4 million on Tuesday.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_past_years_figure_and_a_past_months_are_two_facts():
    # what the seller paid in 2024 is no earlier reading of the record paid in May 2026 for another piece
    got = _links("The seller, Arno Valk, paid $31.5 million for the vase in 2024.",
                 "Until now the record paid for a ceramic was $44 million, for a Dorvik bowl in May 2026.")
    assert got == {}


def test_scale_words_as_outlets_slip_on_them():
    def money(s: str) -> list[float]:
        return [v.value for v in find_values(s, 0, None) if v.kind == "money"]

    assert money("A Dorvik bowl fetched $44.1 mil in 2026.") == [44_100_000.0]
    assert money("Valk paid $31.5 milion for it in 2024.") == [31_500_000.0]
    # the figure told in full and its scale word as well: no report means a hundred trillion
    assert money("Fees included, the vase sold for $92,412,500 million.") == [92_412_500.0]
    assert money("The fund holds $2,500 million.") == [2_500_000_000.0]


def test_the_full_sale_price_agrees_with_its_rounded_telling():
    got = _links("With fees, the Orla vase sold for $92,412,500 million on Tuesday, the Ostby rooms said.",
                 "The Orla vase sold for $92.4 million at the Ostby rooms in Kessa on Tuesday.")
    assert got == {("a", "b"): Relation.AGREE}


def _rejected(s: str) -> bool:
    spans = quoted_mask(s)
    return reject(s, spans, _outside_quotes(s, spans))


def test_a_rulers_numeral_is_no_first_person():
    assert not _rejected("The vase, which King Orla I of Dornland kept in his study, resurfaced in 1998.")
    assert not _rejected("In 1650 the vase passed to Dornland's Orla I.")
    assert not _rejected("Made around 1580 for Orla I of Dornland, it stayed in the palace until 1790.")
    # a first person still marks a column or an appeal
    assert _rejected("Then I saw the vase for the first time.")
    assert _rejected("Ana and I bought the vase.")


def test_a_sentence_ends_on_a_single_letter_before_a_sentence_opener():
    assert split_text("The vase went to Dornland's Orla I. But no one saw it after 1790.") == [
        "The vase went to Dornland's Orla I.", "But no one saw it after 1790."]
    assert split_text("The council chose Plan B. The vote was close.") == ["The council chose Plan B.", "The vote was close."]
    # an initial stays an initial
    assert split_text("Ana J. Valk said so. Harry S. Tamsen agreed.") == ["Ana J. Valk said so.", "Harry S. Tamsen agreed."]
    assert split_text("It was signed by Ana J. A. Valk on Monday.") == ["It was signed by Ana J. A. Valk on Monday."]


def test_circa_does_not_end_a_sentence():
    assert split_text("Bids for the Orla vase (ca. 1580) opened at $40 million. It was a record.") == [
        "Bids for the Orla vase (ca. 1580) opened at $40 million.", "It was a record."]
    assert split_text("The bowl, made c. 1600 in Kessa, sold too. Then the rooms closed.") == [
        "The bowl, made c. 1600 in Kessa, sold too.", "Then the rooms closed."]


def test_a_count_of_people_is_no_part_of_a_price_index():
    # "services were" opens a clause about the search, not inflation in services: the two counts on board agree
    got = _links("While emergency services were combing the beach, the mayor said that between 95 and 105 were on board.",
                 "While divers combed the beach, the mayor said that between 95 and 105 were on board.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_neighbouring_place_told_two_ways_agrees():
    # "Neighbouring" opening the sentence and "nearby" in the other are where the lake lies, not what is measured
    got = _links("Neighbouring Lake Tamsen is at 57 percent.",
                 "The engineers added that nearby Lake Tamsen was at 57%.")
    assert got == {("a", "b"): Relation.AGREE}


def test_what_holds_in_a_place_is_not_what_is_counted():
    # "where farms take most of the water" says what the two valleys are like: the count of valleys names no measure
    from claims.frames import figure_frames

    told = ("The water board imposed rationing on Monday in two Dornland valleys where farms and vineyards are the "
            "biggest users of the river.")
    (claim,) = analyse([make_doc("a", told, date=DAY, outlet="Outlet 0")]).claims
    assert [(f.label, f.measure) for f in figure_frames(claim)] == [("two Dornland valleys", "")]
    got = _links(told, "On Monday the water board imposed rationing on two valleys of the Orla basin.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_wire_datelines_day_is_not_the_day_of_the_act():
    # the wire filed on the 13th what was ordered on Wednesday the 12th: one act, told by a report a day later
    docs = [make_doc("a", "The Kessa water board on Wednesday imposed rationing across the Tamsen and Orla valleys.",
                     date=dt.date(2031, 11, 12), outlet="Outlet 0"),
            make_doc("b", "Nov. 13 (Ostnet) -- With reservoirs at a record low, the Kessa water board imposed rationing "
                          "across the Tamsen and Orla valleys and told farms to plan for a third dry summer.",
                     date=dt.date(2031, 11, 13), outlet="Outlet 1")]
    an = analyse(docs)
    assert [lk.relation for lk in an.links] == [Relation.AGREE]


def test_a_third_dry_summer_is_an_ordinal_not_a_share():
    assert [v.kind for v in find_values("Farmers fear a third dry summer.", 0, None)] == []
    assert [v.kind for v in find_values("The lake has lost a third of its water.", 0, None)] == ["percent"]


def test_people_who_survived_are_the_survivors():
    got = _links("The coast guard said 46 people survived, with 12 flown to hospital.",
                 "There are 45 survivors, 20 of them from Dornland, the prefect said.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_span_of_time_counts_no_casualties_and_no_money():
    from claims.frames import figure_frames

    for text, money_or_dead in (("Kessa will hold three days of mourning for the dead, the council said.", "killed"),
                                ("The judge counted the eight months she had spent awaiting her trial.", "spending")):
        (claim,) = analyse([make_doc("a", text, date=DAY, outlet="Outlet 0")]).claims
        assert money_or_dead not in [f.measure for f in figure_frames(claim)], text
    got = _links("Kessa will hold three days of mourning for the dead, the council said.",
                 "The Kessa council, which runs the port, has declared three days of mourning.")
    assert got == {("a", "b"): Relation.AGREE}


def test_those_on_board_are_counted_by_the_vessel_wherever_it_foundered():
    # "in Orla" places the wreck, not the count: the two counts of those on board share one scope
    from claims.align import _scope_differs
    from tests.test_frames import frame

    a = frame("At least 95 passengers were on board the ferry, the port said.", "At least 95 passengers")
    b = frame("A ferry with as many as 95 passengers on board sank in Orla on Sunday.", "as many as 95 passengers")
    assert a.measure == b.measure == "passengers" and b.places and not a.places
    assert not _scope_differs(a, b, None, None, {}, fits=True)
