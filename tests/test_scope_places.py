"""Where a figure is told for (RELATIONS.md §1, scope): the places of its own clause, every place of a list, the
place a "where" clause belongs to, never a place of an aside about something else. Invented reports only."""

from __future__ import annotations

import pytest

from claims.model import Relation
from claims.values import find_values
from tests.test_frames import frame, relation_of


@pytest.mark.parametrize(("text", "label", "within", "without"), [
    # a list of places: the figure is their sum
    ("The toll in Velmar and Dornland from Storm Halden climbed to 93 by Friday.", "93",
     {"velma", "dornl"}, set()),
    ("Floodwater reached 3,400 homes across Velmar, Ostia and Dornland on Monday.", "3,400 homes",
     {"velma", "ostia", "dornl"}, set()),
    # an aside closed before the figure tells where the storm came ashore, not where the 26 died
    ("Storm Halden, which came ashore near Ostby late on Tuesday, has now killed 26 people in Velmar.",
     "26 people", {"velma"}, {"ostby"}),
    # nor a place of a subordinate clause closed before it
    ("Tamsen's shares jumped as trading opened in Ostby, climbing 8% above the offer price.", "8%",
     set(), {"ostby"}),
    # the place a "where" clause belongs to
    ("The storm now sits over Dornland, where at least five people have died.", "at least five people",
     {"dornl"}, set()),
    # a clause of its own after a comma, opening on a figure and its verb: its place is not the first figure's
    ("58 people have died in the state so far, 11 people have died in Kessa.", "58 people", set(), {"kessa"}),
    ("58 people have died in the state so far, 11 people have died in Kessa.", "11 people", {"kessa"}, set()),
])
def test_places_of_a_figure(text, label, within, without):
    f = frame(text, label)
    assert within <= f.places, f.places
    assert not (without & f.places), f.places


def test_a_list_of_places_is_several_and_one_place_is_not():
    assert frame("The toll in Velmar and Dornland from the storm climbed to 93 by Friday.", "93").several
    assert not frame("The toll in Dornland climbed to 9 by Friday.", "9").several


def test_the_sum_of_two_places_is_not_the_figure_of_one():
    # 93 for two countries and 9 for one of them: two scopes, no update (and no conflict)
    assert relation_of("The toll in Velmar and Dornland from Storm Halden climbed to 93 by Friday.",
                       "Storm Halden killed 9 people in Dornland, officials said on Friday.", "93", "9") is None
    # the same sum for the same two places still agrees
    assert relation_of("The toll in Velmar and Dornland from Storm Halden climbed to 93 by Friday.",
                       "Storm Halden has killed 93 people in Velmar and Dornland, officials said on Friday.",
                       "93", "93") is Relation.AGREE


@pytest.mark.parametrize(("text", "expected"), [
    # a list's later figures, their noun left out, each told for a place: counts of the first figure's noun
    ("Nine people were killed in Velmar, three in Ostia and five in Dornland.",
     [("Nine people", "person"), ("three", "person"), ("five", "person")]),
    ("The flood killed 9 people in Velmar, 3 in Ostia and 5 in Dornland.",
     [("9 people", "person"), ("3", "person"), ("5", "person")]),
    # a compound of "men" counts its "-man"
    ("The toll rose to 9 and three fishermen are still missing.", [("9", ""), ("three fishermen", "fisherman")]),
    ("Police said four gunmen were arrested.", [("four gunmen", "gunman")]),
])
def test_counts_of_a_list_and_of_men(text, expected):
    assert [(v.text, v.unit) for v in find_values(text)] == expected


def test_a_list_count_keeps_its_own_place():
    assert frame("Nine people were killed in Velmar, three in Ostia and five in Dornland.", "three").places \
        >= {"ostia"}
    assert "velma" not in frame("Nine people were killed in Velmar, three in Ostia and five in Dornland.",
                                "five").places


def test_a_part_told_beside_a_count_does_not_hide_the_count_changing():
    # "including two fishermen" is a part of the four missing; it matches nobody's "two people missing", so the four
    # and the later two are still one count that changed
    rel = relation_of("Four people remain missing, including two fishermen from Kessa, the police said.",
                      "The confirmed death toll rose to 17, and two people are still listed as missing.",
                      "Four people", "two people")
    assert rel in (Relation.CONFLICT, Relation.UPDATE)


def test_a_figure_naming_a_thing_in_a_phrase_is_background():
    # "an appeal of the 98-month sentence" names the sentence; the bail request is another fact than the sentencing
    assert relation_of("The judge has yet to decide on a request to keep Vossberg out of jail during an appeal of "
                       "the 98-month sentence.",
                       "Orla Vossberg was sentenced on Friday to 98 months in prison for bribery.",
                       "98-month", "98 months") is None
    # told as the sentence's subject, the figure is the fact: "The 48-hour walkout" is the strike's length
    assert relation_of("The 48-hour walkout on 28 and 29 January was the biggest in the region's schools in years.",
                       "Teachers in the region held a 48-hour walkout on 28 and 29 January.",
                       "48-hour walkout on", "48-hour walkout on") is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "within", "without"), [
    # the place of a reported clause is where its figure happened, not where the speaker spoke
    ("Officials said three people had died in Velmar's Ostia state.", "three people", {"ostia"}, set()),
    ("Officials said 12 people had died in Kessa.", "12 people", {"kessa"}, set()),
    ("Officials told reporters in Velmar that 40 people had died.", "40 people", set(), {"velma"}),
])
def test_a_reported_figures_place_and_a_speakers(text, label, within, without):
    f = frame(text, label)
    assert within <= f.places, f.places
    assert not (without & f.places), f.places


def test_a_title_after_a_place_and_a_comma_is_no_wider_place():
    from claims.align import _NESTED_PLACE

    assert _NESTED_PLACE.search("58 people have died in Velmar, Chief Minister Ana Ruiz said today.") is None
    assert _NESTED_PLACE.search("55 people died in Tai Vel, Ostland, on Tuesday.") is not None


def _two_reports(text_a: str, text_b: str, more_b: str):
    """The alignment items of ``text_a`` (article a) and ``text_b`` (article b, which also says ``more_b``), with
    each article's names given to its items as alignment gives them."""
    import datetime as dt

    from claims.align import Weights, build_items
    from claims.model import Claim

    def claim(cid: str, doc: str, text: str) -> Claim:
        return Claim(cid, doc, 0, len(text), text, "figure", 1.0, "", tuple(find_values(text)))

    claims = [claim("a1", "a", text_a), claim("b1", "b", text_b), claim("b2", "b", more_b)]
    items = build_items(claims, {"a": 0, "b": 1}, {"a": dt.date(2031, 5, 7), "b": dt.date(2031, 5, 7)})
    Weights(items)  # (gives each item its article's names)
    return next(it for it in items if it.claim.id == "a1"), next(it for it in items if it.claim.id == "b1")


def test_the_storys_place_left_unsaid_by_one_report_is_no_other_scope():
    # report A places its 19 in Dorvik; report B gives 19 with no place but names Dorvik elsewhere in its article:
    # for values that fit, B's unsaid place is the story's (no other scope); for values that differ, still two places
    from claims.align import _scope_differs

    ia, ib = _two_reports("Officials said the death toll in Dorvik had risen to 19.",
                          "At least 19 people have died, the emergency agency told reporters.",
                          "The Ostnet tower was still being built in Dorvik when it fell on Monday.")
    fa, fb = ia.figs[0].frame, ib.figs[0].frame
    assert fa.places and not fb.places
    assert _scope_differs(fa, fb, ia, ib, {}, fits=True) is False
    assert _scope_differs(fa, fb, ia, ib, {}, fits=False) is True


def test_a_part_placed_where_only_the_part_is_keeps_its_scope():
    from claims.align import _scope_differs

    ia, ib = _two_reports("Around 4,600 of the job cuts will fall in Kaldora, the company said.",
                          "Halvard also announced 4,700 job cuts on Tuesday.",
                          "Most of the group's plants are in Kaldora and Vessmark.")
    assert _scope_differs(ia.figs[0].frame, ib.figs[0].frame, ia, ib, {}, fits=True) is True
