"""Whose figure and which occasion (RELATIONS.md §1): another occasion's fine or record, a figure of another work
named after its noun, a date told in a relative clause about another noun, and a money figure told beside its own
conversion. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

from claims.model import Relation
from tests.test_pipeline_helpers import links_between

DAY = dt.date(2031, 5, 7)
FINE = "Regulators fined Velmar Air a record €900 million on Monday."


def _links(*texts: str, days: tuple[int, ...] = ()) -> dict[tuple[str, str], Relation]:
    """The relations between articles (one per text, from different outlets, published ``days`` after DAY)."""
    return links_between(*texts, day=DAY, days=days)


def test_an_earlier_fine_is_another_occasion_not_a_rival_figure():
    # another firm's fine, or an earlier one, is never a conflict nor an update of this fine
    assert _links(FINE, "The sum is more than twice an earlier fine of €410 million imposed on Dornland Rail.") == {}
    assert _links(FINE, "It dwarfs a €410 million penalty previously imposed on Dornland Rail.") == {}
    assert _links(FINE, "Velmar Air already owes a €410 million penalty that the watchdog handed down earlier this year.") == {}


def test_two_earlier_fines_of_different_sizes_are_two_occasions():
    # each report recalls an earlier fine, neither says when: two earlier occasions, not rival figures of one
    assert _links("Velmar Air is still contesting an earlier fine of €265 million.",
                  "Velmar Air already owes a €390 million penalty that the watchdog handed down earlier this year.") == {}


def test_the_previous_record_told_by_both_reports_still_agrees():
    got = _links("The fine beats the previous record of €410 million, set in 2027.",
                 "It is more than double the previous record fine of €410 million.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_figure_of_another_work_named_after_its_noun_is_not_this_ones():
    # "$96 million" fits "$94 million" (each ±2%), but it is the debut of another film
    got = _links("The studio announced a first-weekend gross of $94 million.",
                 "Corrected for ticket prices, that is still short of the $96 million adjusted debut of Harbour Lights.")
    assert got == {}


def test_a_place_after_a_direction_or_a_stretch_is_not_an_owner():
    from claims.frames import _OWNER_AFTER

    assert _OWNER_AFTER.match(" adjusted debut of Harbour Lights").group(1) == "Harbour Lights"
    assert _OWNER_AFTER.match(" east of Vell, close to the border") is None
    assert _OWNER_AFTER.match(" stretch of Marrent Avenue") is None


def test_a_date_in_a_relative_clause_about_another_noun_is_not_the_figures_period():
    # 2030 is when the savings come, not when the 900 jobs go: the two intentions agree
    got = _links("Velmar Air plans to shed up to 900 jobs in a reorganisation which it says should save $40 million a"
                 " year by 2030.",
                 "Velmar Air will shed some 700 to 900 jobs in a reorganisation starting in 2028.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_figure_told_with_its_own_conversion_meets_others_at_that_rate():
    # the story's other articles give rates near 1.56 dollars a euro; b's own is 1.1: its $990 million is its
    # 900 million euros, which a's figure agrees with, not a rival of 900 million euros at 1.56 ($1.4 billion)
    got = _links(FINE.replace(" a record", ""),
                 "Velmar Air must pay 900 million euros ($990 million), the regulator said.",
                 "The watchdog put the fine at €900 million ($1.4 billion).",
                 "Dornland Rail was fined €500 million ($780 million) in 2027.")
    assert got[("a", "b")] is Relation.AGREE


def test_a_projection_that_fits_the_other_toll_does_not_hide_the_tolls_update():
    # "could reach as many as 90" fits 65, but a projection is no reading of a count: the counts 40 and 65,
    # a day apart, are one toll updated
    got = _links("At least 40 people are known to have died, officials said, and the number could climb to as many as 90.",
                 "The count of the dead had reached 65 and could exceed 90, the governor said.", days=(0, 1))
    assert got == {("a", "b"): Relation.UPDATE}


def test_the_bodies_recovered_are_a_reading_of_the_toll():
    # where the dead are being recovered, the bodies found are how the toll is counted
    got = _links("Rescuers have recovered 27 bodies from the Ostby mine, officials said on Monday.",
                 "The death toll at the Ostby mine rose to 27 on Monday, the ministry said.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_best_case_is_another_scenario_and_a_worst_case_is_what_as_much_as_projects():
    assert _links("Officials said the toll could reach as many as 90.",
                  "In the best case the state will see about 45 dead, the governor estimated.") == {}
    assert _links("The toll could climb to as many as 90, officials warned.",
                  "The governor estimated that even best-case the region would count about 45 dead.") == {}
    got = _links("The ministry said the economy could shrink by as much as 6% this year.",
                 "At worst, the ministry said, the economy would shrink by 6% this year.")
    assert got == {("a", "b"): Relation.AGREE}


def test_how_far_a_move_went_during_the_day_is_not_where_it_closed():
    # "briefly", "at its lowest point of the day", "at one point" a little way before the figure: the day's extreme
    assert _links("Before it recovered, the Ostby index briefly lost more than 900 points.",
                  "The Ostby index ended the session 610 points lower.") == {}
    assert _links("The Ostby index, at its lowest point in the session, had fallen 940 points.",
                  "The Ostby index ended the session 610 points lower.") == {}
    got = _links("Before it recovered, the Ostby index briefly lost more than 900 points.",
                 "At one point in the session the Ostby index had lost 930 points.")
    assert got == {("a", "b"): Relation.AGREE}


def test_a_count_told_for_here_is_the_reporters_place_not_the_whole():
    # "here" right after the participle: where the report is filed, a part of the country's count
    assert _links("On Thursday 61 people were arrested here during the marches, police said.",
                  "Across the country, 240 people were arrested during Thursday's marches.") == {}
    # (not "here" told of another verb's thing: the pledge is still updated)
    got = _links("Velmar's pledge of $23m in aid has yet to reach the ground here.",
                 "Velmar raised its aid pledge to $35 million on Sunday.", days=(0, 1))
    assert got == {("a", "b"): Relation.UPDATE}


def test_counts_of_two_kinds_told_together_are_parts_not_rivals_of_the_toll():
    # "38 miners and five rescue workers": each a part of the dead, no rival of a toll of 9 people
    assert _links("Some 38 miners and five rescue workers died of smoke poisoning in the Ostby pit.",
                  "At least 9 people were killed in the Ostby pit fire.") == {}
    assert _links("The Ostby pit fire killed 38 miners and five rescue workers, the ministry said.",
                  "The Ostby pit fire has killed 9 people, the governor said.") == {}


def test_a_day_told_apart_without_on_is_a_part_of_the_toll():
    # "this past Sunday alone" as "on Sunday alone": the day's part, no update of the whole toll
    assert _links("Officials say at least 12 more died of the heat this past Sunday alone.",
                  "The heatwave has killed 45 people, officials said.") == {}
