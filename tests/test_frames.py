"""The comparison frame (RELATIONS.md §1) on invented reports: one test per failure class the unseen events
showed (issue 8), each written from an invented example, never from a seed sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.frames import Status, TimeMark, act_frame, claim_status, figure_frames
from claims.model import Claim, Relation
from claims.pipeline import analyse
from claims.values import find_values
from tests.test_pipeline_helpers import make_doc


def claim(text: str) -> Claim:
    return Claim("x", "d", 0, len(text), text, "figure", 1.0, "", tuple(find_values(text)))


def frame(text: str, label: str):
    fs = [f for f in figure_frames(claim(text)) if f.label == label]
    assert fs, [f.label for f in figure_frames(claim(text))]
    return fs[0]


def article_items(*texts: str):
    """The alignment items of one article's sentences, in order (what points back reads the sentence before)."""
    from claims.align import build_items

    out, start = [], 0
    for k, t in enumerate(texts):
        out.append(Claim(f"c{k}", "d", start, start + len(t), t, "figure", 1.0, "", tuple(find_values(t, start))))
        start += len(t) + 1
    return build_items(out, {"d": 0})


def evidence(text_a: str, text_b: str):
    """What the pair model weighs for two one-sentence claims of two articles (claims.align.pair_evidence)."""
    from claims.align import Weights, build_item, pair_evidence

    a, b = build_item(claim(text_a), 0), build_item(claim(text_b), 1)
    return pair_evidence(a, b, Weights([a, b]))


def agree_features(text_a: str, text_b: str) -> dict:
    """The features of the first agreeing figure pair of two one-sentence claims, by name."""
    from claims.features import FIG_FEATURES

    ev = evidence(text_a, text_b)
    assert ev.agree, (text_a, text_b)
    return dict(zip(FIG_FEATURES, ev.agree[0][0], strict=True))


def relation_of(text_a: str, text_b: str, figure_a: str, figure_b: str, date=None):
    """The relation between the claims giving ``figure_a`` and ``figure_b`` of two articles, or None."""
    an = analyse([make_doc("a", text_a, date=date, outlet="Morning Star"),
                  make_doc("b", text_b, date=date, outlet="Evening Lamp")])
    ca = next(c.id for c in an.claims if c.doc == "a" and figure_a in c.text)
    cb = next(c.id for c in an.claims if c.doc == "b" and figure_b in c.text)
    return next((lk.relation for lk in an.links if {lk.a, lk.b} == {ca, cb}), None)


def link(texts_a: str, texts_b: str, date_a=None, date_b=None):
    """The relation between the only claims of two one-sentence articles, or None."""
    a = make_doc("a", texts_a, date=date_a, outlet="Morning Star")
    b = make_doc("b", texts_b, date=date_b, outlet="Evening Lamp")
    an = analyse([a, b])
    ca = [c for c in an.claims if c.doc == "a"]
    cb = [c for c in an.claims if c.doc == "b"]
    assert len(ca) == 1 and len(cb) == 1, (ca, cb)
    for lk in an.links:
        if {lk.a, lk.b} == {ca[0].id, cb[0].id}:
            return lk
    return None


# ----------------------------------------------------------------------------- what a figure measures

@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The earthquake killed 2,100 people in the province, officials said.", "2,100 people", "killed"),
    ("Officials said 2,300 people remain missing after the earthquake.", "2,300 people", "missing"),
    ("The storm injured at least 40 people on the coast.", "at least 40 people", "injured"),
    ("The carmaker will cut 3,000 jobs at its plants by next year.", "3,000 jobs", "jobs cut"),
    ("The chain hired 3,200 workers for its new warehouses.", "3,200 workers", "hired"),
    ("Police detained 300 protesters outside the parliament.", "300 protesters", "arrested"),
    ("About 9,000 teachers walked out on Tuesday.", "About 9,000 teachers", "strikers"),
    ("The death toll rose to 480 on Wednesday.", "480", "killed"),
    ("Net profit fell 12% to 1.4 billion euros in the quarter.", "1.4 billion euros", "net profit"),
    ("The budget contains €1.4 billion of spending cuts.", "€1.4 billion", "cut"),  # a cut, not spending
    ("Spending cuts of about €1.4 billion fall on social security.", "about €1.4 billion", "cut"),
    ("Operating profit fell 30% to 2.2 billion euros.", "2.2 billion euros", "operating profit"),
    ("Profit rose to 2.2 billion euros.", "2.2 billion euros", "profit"),
    ("The regulator imposed a 3 million euro fine on the bank.", "3 million euro", "fine"),
    ("Inspectors counted 21,000 dead fish along the river.", "21,000 dead fish", "killed"),
    ("Divers were still searching for 14 passengers late on Friday.", "14 passengers", "missing"),
    ("Some 45,000 volunteers are expected to join the Vellorian army by spring.", "Some 45,000 volunteers",
     "enlisted"),
    ("The death toll from the storms in the Marlow district rose to 23 on Monday.", "23", "killed"),
    ("Six people are now known to have died in the blaze.", "Six people", "killed"),
    # "leaving N ... missing", "and N others injured": the state after the object (and after "others") says what
    ("The fire killed 55 people, leaving more than 250 people missing.", "more than 250 people", "missing"),
    ("The blaze killed at least 55 people and left more than 250 others missing.", "more than 250", "missing"),
    ("The storm left 40 people dead and 12 others injured.", "12", "injured"),
    ("The quake killed 40 people, leaving 300 injured.", "300", "injured"),
    # bodies at one place, or identified, are that count, not the toll
    ("Of the 88 bodies kept at the district hospital, most were burned.", "88 bodies", "bodies held"),
    ("Some 103 bodies were lying at the morgue in Varno on Sunday.", "Some 103 bodies", "bodies held"),
    ("A total of 94 bodies have been identified so far.", "94 bodies", "bodies identified"),
    ("Seven people remain in intensive care, the hospital said.", "Seven people", "critical"),  # some of those in hospital
    ("The utility said some 30,000 customers were without electricity overnight.", "some 30,000 customers",
     "power outage"),
    ("About 8,000 homes lost power when the storm hit.", "About 8,000 homes", "power outage"),
    ("Some 3,500 households were still without tap water on Friday.", "Some 3,500 households", "water outage"),
    # those who rescue are not those rescued
    ("About 600 troops are helping the rescue crews in the valley.", "About 600 troops", "rescuers"),
    ("Around 2,500 residents were told to leave their homes on Sunday.", "Around 2,500 residents", "evacuated"),
    ("The city said 85 families had been placed in hotels overnight.", "85 families", "sheltered"),
    ("About 300 of them are still in emergency accommodation.", "About 300", "sheltered"),
    ("The advisory panel had recommended a rate of $11.40 an hour.", "$11.40", "recommended"),
    # the grounding of a ship is no cancellation (its flights' grounding would be)
    ("The number of ships stranded by the grounding of the freighter rose to 212 on Friday.", "212", ""),
    ("The airline grounded 212 flights on Friday.", "212 flights", "cancelled"),
    ("The port said 212 lorries were queued on the approach road by Friday.", "212 lorries", "waiting"),
    ("The chamber says the rise will add $1.9 billion to employers' wage bills.", "$1.9 billion", "cost"),
    ("About 90 ships were still waiting to pass the strait.", "About 90 ships", "waiting"),
    ("The new rate is worth about 58% of median hourly earnings.", "about 58%", "wages"),
    ("The online appeal for the flood victims had passed 400,000 pounds by Sunday.", "passed 400,000 pounds", "raised"),
    ("Donations to the relief fund topped $2 million on Friday.", "topped $2 million", "raised"),
    ("Some 9,000 villagers have had to leave their homes, many sleeping in gyms.", "Some 9,000 villagers", "evacuated"),
    ("The haulier pleaded guilty last year to four charges of dumping.", "four charges", "convicted"),
    ("The haulier was charged with four offences.", "four offences", "charged"),
    ("By Friday, Skylark's count of flights cancelled over the three strike days had reached 940.", "940", "cancelled"),
    ("Figures from the ministry showed 812 of the region's 1,030 schools were closed.", "812", "closed"),
    ("Brantwell shares closed down 6.1% in Oslo.", "6.1%", "share price"),  # the pattern's verb governs it
    # a closed aside between the subject and its verb is left out, the subject kept
    ("Unemployment, which counts people looking for work, stood at 6.4% in May.", "6.4%", "unemployment"),
    ("The spill, which killed 300 fish, released 2 million litres of slurry.", "2 million litres", "spilled"),
    ("Headline inflation was running at 2.9% in June.", "2.9%", "inflation"),  # "running at" gives a level
    ("The consumer price index climbed 3.8% year-over-year in May.", "3.8%", "inflation"),  # (as year-on-year)
    ("In Lormont, organisers said 14,000 people had taken to the streets.", "14,000 people", "protesters"),
    ("Union leaders said 60,000 people joined Sunday's march against the closures.", "60,000 people", "protesters"),
    ("Revenue fell 6.2 per cent to €12.8bn.", "€12.8bn", "revenue"),  # the verb governs the level after "per cent"
    # a measure named by a phrase, not by the word in it ("fatality" alone would be the death toll)
    ("The mortality rate in the ministry's data is about 1.9%, which doctors say kills too many.", "about 1.9%",
     "fatality rate"),
    ("That gives a case fatality rate of 3.1%, well above what clinics are used to seeing.", "3.1%", "fatality rate"),
    # what one side of a negotiation puts forward is an offer, however it is worded ("pay" there is no payment)
    ("The port employers have offered dockers a 4% rise this year.", "4%", "offer"),
    ("The employers tabled a revised pay offer of 5 per cent late on Friday.", "5 per cent", "offer"),
    ("Management has put seven per cent over two years on the table.", "seven per cent", "offer"),
    # a participle clause after the figure tells a consequence: its words measure nothing of the figure
    ("The bank raised its key interest rate by 0.5 points to 3.75%, making borrowing dearer for most homeowners.",
     "3.75%", "interest rate"),
    # "lives" names the dead ("claimed 12 lives"); the verb "live" does not ("live in 14 villages")
    ("The storm claimed 12 lives on the coast.", "12 lives", "killed"),
    ("The members of the choir live in 14 villages along the coast.", "14 villages", ""),
    # a wording in the clause before a comma does not govern the figure after it
    ("Crews have brought out 31 bodies, with six rescued from the cellar.", "six", "rescued"),
    # survivors found are the people brought out alive: the rescued
    ("Divers say 27 survivors were pulled from the river after the barge tipped over.", "27 survivors", "rescued"),
])
def test_a_figure_takes_the_measure_of_the_word_that_governs_it(text, label, measure):
    assert frame(text, label).measure == measure


def test_a_length_of_something_is_about_that_thing():
    """"310 millimetres of rain" and "about 12 inches of rain" are both rainfall (a measure of its own since the
    cyclone event; before, the word "rain" they compared on); snow is what "40 cm of fresh snow" is about; a length
    "of the border" names no substance; "close to half" is an approximation, not a closure."""
    assert frame("Some 310 millimetres of rain fell at the station in two days.", "Some 310 millimetres").measure \
        == "rainfall"
    assert frame("About 12 inches of rain fell on the town.", "About 12 inches").measure == "rainfall"
    assert frame("Some 40 cm of fresh snow fell overnight.", "Some 40 cm").head == "snow"
    assert frame("The queue stretched to within 3 km of the border.", "3 km").head != "border"
    rain = "In all 310 millimetres of rain fell in the 48 hours to Friday, close to half of the yearly total."
    assert frame(rain, "48 hours").measure == ""
    assert frame("The plant will close for 48 hours.", "48 hours").measure == "closed"


def test_a_number_word_opening_a_sentence_is_no_name():
    """"Forty members of an army regiment joined the search" names no one called Forty, even when no other sentence
    writes "forty" in lower case, nor does "Additionally, ..." name anyone; "Corvane has recalled ..." still names
    Corvane."""
    from claims.align import build_items

    texts = ["Forty members of an army regiment joined the search on Monday.",
             "Corvane has recalled 40,000 cars.", "Twelve of them were taken to hospital.",
             "Additionally, owners will get a free check.", "Meanwhile, 300 dealers will stay open."]
    cs = [Claim(f"c{k}", f"d{k}", 0, len(t), t, "figure", 1.0, "", tuple(find_values(t, 0))) for k, t in enumerate(texts)]
    items = build_items(cs, {f"d{k}": k for k in range(len(texts))})
    assert not items[0].names and not items[2].names
    assert not items[3].names and not items[4].names  # (a linking adverb opening a sentence is no name either)
    assert items[1].names


def test_an_abbreviated_month_is_no_one_acting():
    """"a decree the president signed on Sept. 30 orders 133,000 to be drafted": the one who acted is the president,
    never "Sept" (nor "Oct", "Jan", ...)."""
    for month in ("Sept.", "Sept", "Oct.", "Jan."):
        f = frame(f"A decree the president signed on {month} 30 orders 133,000 reservists to be drafted.",
                  "133,000 reservists")
        assert not {"sept", "oct", "jan"} & f.agents, month


def test_a_nations_people_and_a_group_in_a_role_are_two_groups():
    """"orders 140,000 Norwegians to be called up" against "plans to enlist about 20,000 inmates": a nation's people
    and a group among them, never one count told two ways (RELATIONS.md §1: subject); two counts of the nation's
    people still differ."""
    drafted = "A decree signed on Friday orders 140,000 Norwegians to be called up between March and June."
    assert not evidence(drafted, "The government plans to enlist about 20,000 inmates for the front, a report said.").differ
    assert evidence(drafted, "The decree orders 120,000 Norwegians to be called up between March and June.").differ


def test_a_groups_own_figure_is_theirs():
    """"The nationalists' own seat total, 36, is unchanged, as is the Farmers' Party's" gives the nationalists' figure:
    never the same fact as "The Farmers' Party has 37 seats", though the sentence names that party too (RELATIONS.md
    §1: subject)."""
    text = "The nationalists' own seat total, 36, is unchanged by the correction, as is the Farmers' Party's."
    assert frame(text, "36").owners
    assert not evidence(text, "Under the count, the Farmers' Party has 37 seats in the assembly.").agree


def test_a_signed_change_in_brackets_is_a_change():
    assert frame("- Education and culture: EUR 6.9 billion (-210 million)", "-210 million").change == "down"
    assert frame("- Defence: EUR 6.8 billion (+400 million)", "+400 million").change == "up"


def test_a_place_in_a_relative_clause_is_not_where_the_figure_is():
    """"KorsLink, the company that runs the region's trams, ran a deficit of EUR 148 million": the region describes
    the company; the deficit is the company's whole, no part of some region (as "the capital's pass rate" is)."""
    from claims.frames import SUB_AREA

    assert SUB_AREA not in frame("KorsLink, the company that runs the region's trams, ran a deficit of EUR 148 million.",
                                 "EUR 148 million").places
    assert SUB_AREA not in frame("KorsLink, which runs the region's trams, ran a deficit of EUR 148 million.",
                                 "EUR 148 million").places
    assert SUB_AREA in frame("Officials said that the capital's pass rate fell to 81%.", "81%").places


def test_a_place_in_a_second_predicate_is_not_where_the_figure_is():
    """"Dalby is home to roughly 90,000 people and is the region's main port": the region's port is what else the
    town is, not a part of the region the 90,000 live in."""
    from claims.frames import SUB_AREA

    assert SUB_AREA not in frame("Dalby is home to roughly 90,000 people and is the region's main port.",
                                 "roughly 90,000 people").places
    assert SUB_AREA in frame("Some 90,000 people live in the region's capital and its suburbs.",
                             "Some 90,000 people").places


def test_people_who_signed_a_petition_are_its_signatures():
    """"more than 12,000 people had signed its petition" is the petition's size, as "nearly 15,000 signatures" is; a
    president who "signed 14 decrees" signs acts, no petition."""
    assert frame("More than 12,000 people had signed the online petition by Tuesday.",
                 "More than 12,000 people").measure == "signatures"
    assert frame("Some 9,000 residents backed a petition against the plan.", "Some 9,000 residents").measure == "signatures"
    assert frame("The president signed 14 decrees on Monday.", "14 decrees").measure != "signatures"


def test_in_total_is_no_verb_of_the_figure():
    """"In total, 19 people were arrested": "total" opens the sentence as an adverb; the predicate after the figure
    names its measure, as without it."""
    assert frame("In total, 19 people were arrested in two countries.", "19 people").measure == "arrested"
    assert frame("In all 24 people have been arrested.", "24 people").measure == "arrested"
    assert frame("Arrests in total reached 24.", "24").measure == "arrested"


def test_a_sum_told_as_how_much_more_is_a_change():
    """"A weekly pass will cost €3 more, at €40" gives the rise (€3) and the new price (€40): the rise is a change,
    never a rival of a price; "2,000 more people" counts people, its noun after "more"."""
    assert frame("A weekly pass will cost €3 more, at €40.", "€3").change == "up"
    assert frame("A weekly pass will cost €3 more, at €40.", "€40").change == ""
    assert frame("Savers will get €12 less a year than now.", "€12").change == "down"
    assert frame("A family of four will pay €96 more than today.", "€96").change == "up"
    assert frame("Officials said 2,000 more people had been evacuated.", "2,000 more people").change == ""


def test_one_crowd_counted_by_two_sources_is_one_fact_in_conflict():
    """"Police put Saturday's turnout in Velm at under 30,000" and "Organisers said 90,000 people joined Saturday's
    march in Velm": whose count it is is no subject (the crowd is the march's), so the two counts conflict however far
    apart; the nation's count is never set against one city's, nor a count nobody gives against one a source gives."""
    d = dt.date(2025, 10, 19)
    police = "Police put Saturday's turnout in Velm at under 30,000, a figure the unions called an insult."
    lk = link("Organisers said 90,000 people joined Saturday's march in Velm against the reform.", police, d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT
    assert link("The interior ministry counted just over 300,000 demonstrators across the country on Saturday.",
                police, d, d) is None
    # a count that names no place, in a report of the march in Velm, is that crowd's
    firm = relation_of("Thousands marched through Velm on Saturday against the pension reform. An independent count "
                       "by a research firm put the crowd at 41,500. Most shops in central Velm stayed shut.",
                       "Unions marched through Velm again on Saturday. " + police, "41,500", "30,000", d)
    assert firm is Relation.CONFLICT


def test_a_figure_that_points_back_takes_the_place_of_the_figure_it_names():
    """"Across the country, 300,000 people marched. The unions put it at 1.1 million": the unions' figure is the
    nation's too (its place, or its whole country), so it is never set against the crowd of one city's march."""
    nation = article_items("Across the country, 300,000 people marched on Saturday, the interior ministry said.",
                           "The unions put it at 1.1 million.")
    assert nation[1].figs[0].frame.whole and nation[0].figs[0].frame.whole
    d = dt.date(2025, 10, 19)
    assert relation_of("Across the country, 300,000 people marched on Saturday, the interior ministry said. The unions "
                       "put it at 1.1 million.", "Organisers said 90,000 people joined Saturday's march in Velm.",
                       "1.1 million", "90,000", d) is None


def test_last_years_budget_is_another_occasion():
    """"Last year's budget cut €1.3 billion from benefits" is last year's figure: no rival of "the budget contains €1.4
    billion of spending cuts" (RELATIONS.md §1: another moment, another fact)."""
    last = "Last year's budget, for 2025, cut €1.3 billion from housing benefits."
    assert frame(last, "€1.3 billion").other_occasion
    assert not evidence(last, "The budget also contains €1.4 billion of spending cuts.").differ
    assert not frame("The budget cuts €1.3 billion from housing benefits.", "€1.3 billion").other_occasion


def test_an_offered_rise_is_the_offer_not_a_change_of_it():
    """"offered dockers a 4% rise" is an offer of 4%, as "an offer of 4%" is: the same measure, nothing moving."""
    f = frame("The port employers have offered dockers a 4% rise this year.", "4%")
    assert f.measure == "offer" and f.change == ""


def test_modifiers_of_the_counted_group_are_not_its_measure():
    """"defendants held in detention" says who is counted; "were likely to be enlisted" says what happens."""
    f = frame("Roughly 40 percent of the 60,000 defendants held in detention were likely to be enlisted.",
              "Roughly 40 percent")
    assert f.measure == "enlisted" and f.status is Status.FUTURE


@pytest.mark.parametrize(("text", "label", "status"), [
    ("The company plans to cut 3,000 jobs.", "3,000 jobs", Status.INTENT),
    ("The company is cutting 3,000 jobs.", "3,000 jobs", Status.INTENT),
    ("The carmaker said 3,000 roles would go by 2030.", "3,000 roles", Status.INTENT),
    ("The union is seeking a rise of 9 per cent.", "9 per cent", Status.INTENT),
    ("Analysts expect profit of about 2 billion euros.", "about 2 billion euros", Status.FUTURE),
    ("The toll could exceed 5,000, the agency warned.", "exceed 5,000", Status.FUTURE),
    ("About 20,000 people may be sent to fight.", "About 20,000 people", Status.FUTURE),
    ("The company cut 3,000 jobs last year.", "3,000 jobs", Status.FACT),
    ("The quake killed 1,870 people.", "1,870 people", Status.FACT),
    ("The finance chief said the walkout would likely cost 8 million pounds.", "8 million pounds", Status.FUTURE),
    ("The Greens were put at 9.5 per cent in the exit poll.", "9.5 per cent", Status.FUTURE),  # a projection
    ("The Greens took 9% according to exit polls.", "9%", Status.FUTURE),
    ("The Greens took 9.1% of the vote.", "9.1%", Status.FACT),
    ("The treasury has pencilled in a deficit of 2.7% of output for 2027.", "2.7%", Status.FUTURE),  # provisional
    # a course is no count, nor is a belief ("on course for", "believed to have died"), and what a disaster did is told
    # in a clause of its own, whatever progressive opens the sentence
    ("The Greens are on course for a landslide with 290 seats.", "290 seats", Status.FUTURE),
    ("Scores of people in three valleys are still believed to have died in the mudslides.", "Scores of people",
     Status.FUTURE),
    ("The port is mourning its dead after a blast tore through the docks, killing at least 41 people.",
     "at least 41 people", Status.FACT),
    # measured against what was expected, a figure is told as done; a gap from a forecast keeps the forecast's status
    ("Ostby Nights made a better than expected $41.2 million in its first weekend.", "$41.2 million", Status.UNMARKED),
    ("Exports grew a faster than expected 4.1% in June.", "4.1%", Status.UNMARKED),
    ("As forecast, the jobless rate rose to 5.2% in March.", "5.2%", Status.FACT),
    ("That was 2.1 billion guilders less than forecast.", "2.1 billion guilders", Status.FUTURE),
])
def test_status_count_or_intention_or_projection(text, label, status):
    assert frame(text, label).status is status


def test_an_intention_fits_a_count_and_an_estimate_but_a_count_never_fits_an_estimate():
    # RELATIONS.md §1: an intention in any tense ("will cut", "the cuts unveiled"); an estimate only with estimates
    assert Status.INTENT.fits(Status.FACT) and Status.INTENT.fits(Status.FUTURE) and Status.INTENT.fits(Status.UNMARKED)
    assert not Status.FACT.fits(Status.FUTURE) and not Status.FUTURE.fits(Status.UNMARKED)
    assert link("The carmaker said it will cut 9,000 jobs in Germany by 2030.",
                "The 9,000 German job cuts it unveiled are its deepest in Germany.").relation == "agree"
    assert link("The toll could exceed 5,000, the agency warned.",
                "Officials said 5,100 people had been confirmed dead.") is None


def test_time_marks_on_a_figure():
    assert frame("The agency had previously put the toll at 310.", "310").mark is TimeMark.PAST
    assert frame("The toll rose to 480, up from 310.", "310").mark is TimeMark.PAST
    assert frame("The toll rose to 480 on Wednesday.", "480").mark is TimeMark.LATEST
    # (an earlier reading however its verb is worded: "had earlier confirmed", "had earlier stood at")
    assert frame("The district magistrate had earlier confirmed over 50 deaths.", "over 50 deaths").mark is TimeMark.PAST
    assert frame("The toll had earlier stood at 50.", "50").mark is TimeMark.PAST


def test_whose_figure_and_where():
    assert frame("Stranded passengers blamed Northwind Air's 1,400 cancellations.", "1,400 cancellations").owners
    assert frame("In Glasgow, 158 schools were closed.", "158 schools").places == {"glasg"}


def test_the_place_of_the_event_and_a_deadline_are_not_whose_figure():
    """"killed in the collision near Ponte da Serra" says where the story happened; "by Monday." says when."""
    f = frame("The number of people killed in the collision near Ponte da Serra had risen to 19 by Monday.", "19")
    assert not f.agents and not f.owners
    f = frame("Flights cancelled by Northwind reached 1,200 by Tuesday.", "1,200")
    assert f.agents == {"north"}  # (an airline before the verb is still who acted)
    assert not frame("The toll rose to 31 by Friday.", "31").owners


def test_a_subject_described_by_an_apposition_is_whose_figure():
    """"Norland, across the strait, has recorded 3,150 cases": the apposition does not hide the subject."""
    assert frame("Norland, across the strait, has recorded 3,150 cases.", "3,150 cases").agents == {"norla"}
    assert frame("Cases rose to 3,150 in the capital.", "3,150").agents == frozenset()


def test_a_sentence_opening_with_a_name_names_whose_figure_it_is():
    """"Norland has a population of ..." and "Ostria has a population of ...": neither name is ever written in
    lower case in the texts compared, so they are names, and two countries' figures are no conflict; a common
    noun opening a sentence ("Revenue rose") is not taken for one."""
    from claims.frames import proper_first_words

    texts = ["Norland has a population of 19.8 million.", "Ostria has a population of 10.9 million.",
             "Revenue rose 12% to 3 billion euros.", "Acme's revenue rose 12%."]
    assert proper_first_words(texts) == {"Norland", "Ostria", "Acme's"}
    assert link("Norland has a population of 19.8 million.\n", "Ostria has a population of 10.9 million.\n") is None
    lk = link("Revenue rose 12% to 3 billion euros, Acme said.\n", "Acme's revenue rose 12% to 3 billion euros.\n")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_small_number_naming_a_group_is_background():
    """"in the three coastal districts" names where; two claims about different things there are no link."""
    assert link("The campaign aims to reach 900,000 people in the three coastal districts.\n",
                "Vaccinating the three coastal districts could halve new infections, the model found.\n") is None
    lk = link("Three coastal districts were flooded on Sunday, officials said.\n",
              "Floods hit three coastal districts on Sunday.\n")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_share_of_a_stated_base_is_also_that_share():
    """"1,640 of the 2,480 schools" gives a share (66%) as well, comparable with "about two-thirds"."""
    fs = figure_frames(claim("Figures showed 1,640 of the 2,480 state schools were closed."))
    shares = [f for f in fs if f.cls == "percent"]
    assert shares and shares[0].interval.lo < 66.1 < shares[0].interval.hi


# ----------------------------------------------------------------------------- relations between two reports

def test_different_measure_of_the_same_kind_of_number_is_no_link():
    assert link("The earthquake killed 2,100 people in the province.",
                "Officials said 2,300 people remain missing in the province.") is None


def test_net_and_operating_profit_are_two_figures_and_a_plain_profit_may_be_either():
    d = dt.date(2025, 10, 30)
    assert link("Net profit fell 40% to 1.1 billion euros in the quarter.",
                "Operating profit fell 35% to 1.9 billion euros in the quarter.", d, d) is None
    lk = link("Operating profit fell 35% to 1.9 billion euros in the quarter.",
              "The group's profit dropped to 1.9 billion euros in the quarter.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_cut_is_not_hired():
    assert link("The carmaker will cut 3,000 jobs at its German plants.",
                "The carmaker will hire 3,200 engineers at its German plants.") is None


def test_different_subject_is_no_link():
    assert link("Northwind Air's 1,400 cancellations on Monday stranded travellers.",
                "Skyline Airways' 1,200 cancellations on Monday stranded travellers.") is None


def test_compatible_precision_agrees():
    lk = link("More than 5,000 teachers went on strike on Tuesday.",
              "About 5,000 teachers went on strike on Tuesday.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_projection_is_never_linked_to_a_count():
    assert link("The death toll could exceed 5,000, the agency warned.",
                "The agency said 1,870 people were confirmed dead.") is None


def test_a_figure_of_an_earlier_event_recalled_for_comparison_is_not_linked():
    """"a 2019 trial in Chile found 9% fewer falls" is that trial's figure, whatever today's report says."""
    assert link("The findings echo a 2019 trial in Chile, which found 9% fewer falls among residents.",
                "Falls were 9 per cent less common among residents given the exercises.",
                dt.date(2025, 6, 4), dt.date(2025, 6, 4)) is None
    assert link("In March 2016, a ferry capsized off Larne with 212 passengers aboard.",
                "The ferry was carrying 212 passengers when it capsized on Sunday.",
                dt.date(2025, 6, 4), dt.date(2025, 6, 4)) is None
    # the same earlier event named on both sides is one fact; last year's accounts are not an earlier event
    lk = link("The findings echo a 2019 trial in Chile, which found 9% fewer falls among residents.",
              "The 2019 Chilean trial reported 9 per cent fewer falls.", dt.date(2025, 6, 4), dt.date(2025, 6, 4))
    assert lk is not None and lk.relation is Relation.AGREE
    lk = link("Its 2024 results showed revenue of 4.2 billion euros.", "The group had revenue of 4.2 billion euros.",
              dt.date(2025, 2, 20), dt.date(2025, 2, 20))
    assert lk is not None and lk.relation is Relation.AGREE
    # a year after the figure is what today's figure is about: the fine is today's
    lk = link("The court reinstated a €2.4 million fine on the mill over the 2019 spill.",
              "The €2.4 million fine on the mill was restored by the court.", dt.date(2025, 3, 4), dt.date(2025, 3, 4))
    assert lk is not None and lk.relation is Relation.AGREE
    # an undated article is read in the time of the reports it is aligned with
    assert link("In March 2016, a ferry capsized off Larne with 212 passengers aboard.",
                "The ferry was carrying 212 passengers when it capsized on Sunday.", None, dt.date(2025, 6, 4)) is None


def test_a_figure_that_rose_over_the_days_is_an_update():
    lk = link("The death toll stood at 310 on Monday, the ministry said.",
              "The death toll rose to 480 by Wednesday, the ministry said.",
              dt.date(2025, 3, 11), dt.date(2025, 3, 13))
    assert lk is not None and lk.relation is Relation.UPDATE
    assert lk.why == "killed: figure changed: 310 (Mon 10 Mar) → 480 (Wed 12 Mar)"  # earlier first


def test_incompatible_figures_for_the_same_moment_conflict():
    lk = link("The strike closed 40 schools across the city on Tuesday, the council said.",
              "The strike closed 65 schools across the city on Tuesday, the union said.",
              dt.date(2025, 3, 11), dt.date(2025, 3, 11))
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_jobs_and_the_staff_who_hold_them_are_one_count():
    lk = link("The retailer will shed 2,500 jobs across its stores, the company said.",
              "At the retailer, 2,500 staff will lose their posts across its stores.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_the_same_act_without_figures_agrees_and_an_expected_act_does_not():
    lk = link("The competition regulator approved the merger of the two grocers on Tuesday.",
              "The merger of the two grocers was approved by the competition regulator on Tuesday.",
              dt.date(2025, 3, 12), dt.date(2025, 3, 12))
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "status"), [
    ("The proposal was approved by the town council on Monday.", Status.FACT),  # a noun, not a plan
    ("The plan was adopted by the board on Friday.", Status.FACT),
    ("The mayor ordered the evacuation of the lower town on Sunday.", Status.FACT),  # an order given is a fact
    ("Exit polls closed at eight and counting began at once.", Status.FACT),
    ("The council will vote on the proposal in March.", Status.FUTURE),
    ("The final reading is scheduled for next week.", Status.FUTURE),
    ("The merger must still be cleared by the regulator.", Status.FUTURE),
    ("The committee has yet to be formed.", Status.FUTURE),
    ("The union plans to walk out again in May.", Status.FUTURE),
    ("Officials said in May that the bridge was safe.", Status.FACT),  # the month, not the modal
    # the modal is in the consequence the writer draws, not in what the sentence states
    ("The rule also covers pending appeals, meaning some drivers could keep their licences.", Status.FACT),
    ("Some drivers could keep their licences.", Status.FUTURE),
    # a plan told in the past perfect is a past fact; a result clause ("so ...") is not the reported act's status
    ("The mayor on Friday cancelled the parade that organisers had planned for Sunday.", Status.FACT),
    ("The court on Monday lifted the curfew, so the bars can open late after all.", Status.FACT),
    ("The organisers planned a second parade for Sunday.", Status.FUTURE),
    ("The bars can open late from Monday, so the curfew is over.", Status.FUTURE),
    # a refusal is about what will not be done, as "would not" is; a date set is a schedule
    ("The minister has ruled out raising the fuel duty.", Status.FUTURE),
    ("Raising the fuel duty is not on the table, the minister said.", Status.FUTURE),
    ("The final vote is set for Thursday.", Status.FUTURE),
    ("Repairs are supposed to start on 17 November, but dealers warned that parts were scarce.", Status.FUTURE),
    ("The repairs were supposed to start in May.", Status.FACT),  # what was meant to happen: past
])
def test_a_whole_claim_is_an_intention_only_by_its_modal_or_plan_words(text, status):
    assert claim_status(claim(text)) is status


def test_the_same_act_told_as_done_is_not_undone_by_another_clauses_would():
    """"Crossings remain suspended, and the operator said coaches would carry passengers": the suspension is told as
    done on both sides; the "would" belongs to the coaches. A plan against a fact of another act still is no link."""
    lk = link("The ferry operator suspended all crossings on the Velm route after the storm damaged the pier.",
              "Crossings on the Velm route remain suspended, and the ferry operator said coaches would carry "
              "passengers from Friday.")
    assert lk is not None and lk.relation is Relation.AGREE
    assert link("The ferry operator suspended all crossings on the Velm route after the storm damaged the pier.",
                "The ferry operator will resume crossings on the Velm route once the pier is repaired.") is None


def test_sums_in_two_currencies_compare_at_the_rate_the_articles_give():
    """"1.64 billion euros ($1.90 billion)" in one report gives the rate; "$1.9 billion" in another is then the
    same operating profit as "1.64 billion euros" in a third. Without such a pair in the articles, nothing is
    converted (no table of rates that may be another year's)."""
    from claims.align import Weights, build_item, currency_rates, pair_evidence

    rate = build_item(claim("Operating profit fell 12% to 1.64 billion euros ($1.90 billion) in the quarter."), 0)
    usd = build_item(claim("Operating profit came to $1.9 billion in the third quarter."), 1)
    eur = build_item(claim("Operating profit was 1.64 billion euros in the three months to September."), 2)
    rates = currency_rates([rate, usd, eur])
    assert rates[("money:EUR", "money:USD")] == pytest.approx(1.90 / 1.64)
    assert rates[("money:USD", "money:EUR")] == pytest.approx(1.64 / 1.90)
    assert pair_evidence(usd, eur, Weights([rate, usd, eur])).agree
    assert not pair_evidence(usd, eur, Weights([usd, eur])).agree  # no rate given: no comparison
    far = build_item(claim("Operating profit came to $2.9 billion in the third quarter."), 3)
    assert not pair_evidence(far, eur, Weights([rate, far, eur])).agree


def test_a_figure_is_marked_when_its_article_gives_no_other_value_for_what_it_counts():
    """"Some 1,150 firefighters" in an article that counts firefighters once, against "More than 1,100
    firefighters" in another: each is its article's only count of them, and the pair model is told so. An article
    that also counts "300 firefighters from other states" gives two values: neither is its only one."""
    from claims.align import Weights, build_item, pair_evidence
    from claims.features import FIG_FEATURES

    a = build_item(claim("Some 1,150 firefighters were working the fire on Tuesday."), 0)
    b = build_item(claim("More than 1,100 firefighters are now battling the blaze."), 1)
    other = build_item(claim("Among them are 300 firefighters sent from other states."), 1)
    lone = build_item(claim("About 1,200 soldiers are now working in the valley."), 2)
    Weights([a, b, lone])
    assert a.figs[0].only and b.figs[0].only and lone.figs[0].only
    feats = dict(zip(FIG_FEATURES, pair_evidence(a, b, Weights([a, b])).agree[0][0], strict=True))
    assert feats["only_values"] == 1.0
    Weights([a, b, other])
    assert a.figs[0].only and not b.figs[0].only and not other.figs[0].only
    feats = dict(zip(FIG_FEATURES, pair_evidence(a, b, Weights([a, b, other])).agree[0][0], strict=True))
    assert feats["only_values"] == 0.0


def test_two_figures_about_different_words_are_marked_for_the_pair_model():
    """No measure named on either side, and the words the figures are about differ ("a cap of 6%" against "a margin
    of 6%"): the pair model is told, and weighs it apart from a pair where one side says nothing. (A target is a
    measure of its own since session 32: "a target of 6%" names it.)"""
    two = agree_features("The council set a cap of 6% on Monday.", "The company reported a margin of 6% for the year.")
    assert two["heads_differ"] == 1.0 and two["headed"] == 0.0
    same = agree_features("The council set a cap of 6% on Monday.", "The council announced a cap of 6% for next year.")
    assert same["heads_differ"] == 0.0 and same["headed"] == 1.0
    named = agree_features("The storm damaged 740 houses.", "Some 740 houses were damaged.")
    assert named["heads_differ"] == 0.0  # a measure is named: the words about it are not compared


def test_a_part_of_the_group_another_figure_counts_is_not_that_figure():
    """"Of the people enrolled, 9,410 were included in the final analysis" counts a part of those enrolled, so it
    is not the same fact as "The study enrolled 9,600 people", although 9,410 and 9,600 overlap as bare figures
    (RELATIONS.md §1: whole vs part). Against another report of the part ("9,410 were analysed") it still agrees."""
    part = frame("Of the people enrolled, 9,410 were included in the final analysis.", "9,410")
    assert "recruit" in part.group  # ("enrolled" is keyed as its synonym group)
    assert not evidence("The study enrolled 9,600 people in the south of the country.",
                        "Of the people enrolled, 9,410 were included in the final analysis.").agree
    assert evidence("The final analysis included 9,410 people.",
                    "Of the people enrolled, 9,410 were included in the final analysis.").agree


def test_passengers_name_who_is_counted_not_what_happened_to_them():
    """"Two passengers were still missing" and "Two people were still listed as missing" count the same missing:
    the noun "passengers" names who, so it neither confirms nor excludes "missing" (a family, RELATIONS.md §1)."""
    from claims.align import _measures_clash

    ev = evidence("Two passengers were still missing on Thursday, the coastguard said.",
                  "Two people were still listed as missing on Thursday.")
    assert ev.agree
    killed = frame("The crash killed 14 people.", "14 people")
    missing = frame("Two people were still listed as missing.", "Two people")
    aboard = frame("The ferry was carrying 212 passengers.", "212 passengers")
    assert not _measures_clash(aboard, missing) and not _measures_clash(aboard, killed)
    assert _measures_clash(killed, missing)


def test_a_figure_that_points_back_takes_the_measure_of_the_figure_before_it():
    """RELATIONS.md §1: a claim that refers back takes the frame it refers to. "The union put that figure higher,
    at 9,000" counts what the sentence before counted; "That marked a 21% fall" is the change of the operating
    profit the sentence before gave in euros. A sentence that points at nothing keeps its own reading."""
    strike = article_items("Officials said 7,400 teachers walked out on Monday.", "The union put that figure higher, at 9,000.")
    assert strike[1].figs[0].frame.measure == "strikers"
    profit = article_items("Operating profit came to €1.4 billion in the quarter.", "That marked a 21% fall from a year earlier.")
    assert profit[1].figs[0].frame.measure == "operating profit"
    alone = article_items("Operating profit came to €1.4 billion in the quarter.", "Analysts see a 21% fall next year.")
    assert alone[1].figs[0].frame.measure == ""
    # "put it at", "put those numbers at": the same pointing, and two figures point back to two in turn
    crowd = article_items("Police said 52,000 people marched in the capital.", "The organisers put it at 140,000.")
    assert crowd[1].figs[0].frame.measure == "protesters"
    two = article_items("The regulator had counted 36 injuries and 9 deaths by Friday.",
                "A day earlier, it had put those numbers at 31 and 7.")
    assert [x.frame.measure for x in two[1].figs] == ["injured", "killed"]
    # a figure that names its own counted thing does not take another thing's measure
    own = article_items("The maker knew of five injuries.", "The regulator puts the figures higher, at 31 crashes.")
    assert own[1].figs[0].frame.measure == ""


def test_a_refusal_agrees_with_a_refusal_never_with_the_act():
    """"ruled out withdrawing the pension bill" and "would not withdraw the pension bill" report one refusal; "ruled out
    raising income tax" never confirms "income tax would rise next year" (RELATIONS.md §1: the same proposition)."""
    d = dt.date(2025, 3, 3)
    lk = link("The prime minister has ruled out withdrawing the pension bill.",
              "The prime minister said on Sunday that the government would not withdraw the pension bill.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    assert link("The chancellor has ruled out raising income tax.",
                "The chancellor said income tax would rise next year.", d, d) is None


def test_a_figure_named_by_its_value_is_the_figure_told_before_with_that_value():
    """"The 9 per cent figure is disputed" names a figure the article gave before ("Bookings fell by about 9 per cent
    in the quarter"): it takes that one's measure, head and direction, so it meets another outlet's "bookings were
    down 9 per cent" as one fact (RELATIONS.md §1: a claim that refers back takes the frame it refers to). With no
    earlier figure of that value, or a value that only sits beside the word ("about 9 per cent of the total"), the
    figure keeps its own reading."""
    told = article_items("Bookings fell by about 9 per cent in the quarter, the operator said.",
                 "Ferry traffic was steady.", "The 9 per cent figure is disputed by the port authority.")
    named = told[2].figs[0].frame
    first = told[0].figs[0].frame
    assert first.head and first.change == "down"
    assert (named.head, named.change, named.measure) == (first.head, first.change, first.measure)
    other = article_items("Bookings fell by about 9 per cent in the quarter, the operator said.",
                  "The 14 per cent figure is disputed by the port authority.")
    assert (other[1].figs[0].frame.head, other[1].figs[0].frame.change) == ("disput", "")  # (its own reading)
    beside = article_items("Bookings fell by about 9 per cent in the quarter, the operator said.",
                   "Freight made up about 9 per cent of the total.")
    assert beside[1].figs[0].frame.change == ""
    ev = evidence("The 9 per cent figure is disputed by the port authority.", "Bookings were down 9 per cent.")
    assert ev.agree  # (alone, the named figure still compares by its value)


def test_its_rate_is_the_rate_of_the_name_its_clause_opens_with():
    """"The Harbour Bank has raised its key rate" and "Northlend said it would raise its mortgage rate": "its" makes
    each rate its clause's subject's, and two subjects are two facts (RELATIONS.md §1: subject)."""
    d = dt.date(2025, 4, 11)
    bank = "The Harbour Bank has raised its key interest rate by 0.25 percentage points to 3.5% on Thursday."
    assert link(bank, "Northlend, the largest lender, said it would raise its variable mortgage rate by 0.25 "
                      "percentage points from 1 May.", d, d) is None
    lk = link(bank, "The Harbour Bank lifted its policy rate by a quarter point to 3.5 per cent on Thursday.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_an_addition_to_a_count_is_not_the_count():
    """"would send a further 600 soldiers" adds to those already there: not the same fact as "about 1,200 soldiers
    are now working there" (RELATIONS.md §1), while "an extra €50 a month" is the rise "rises by €50" reports. A
    further group opening its clause ("A further seven people were missing") is counted in full."""
    assert frame("The minister said he would send a further 600 soldiers to the valley.", "600 soldiers").added
    assert not frame("A further seven people were still missing on Tuesday.", "seven people").added
    assert not evidence("The minister said he would send a further 600 soldiers to the valley by Friday.",
                        "About 1,200 soldiers are now working in the valley.").differ
    assert evidence("Families will receive an extra €50 a month in child benefit from January.",
                    "Child benefit rises by €50 a month from January.").agree


def test_suppliers_and_peers_figures_are_not_the_companys():
    """"suppliers have announced tens of thousands of job cuts" is other companies' figure, as a rival's is: not set
    against the company's own "9,000 positions" (RELATIONS.md §1: subject)."""
    text = ("The figures add to bad news from the industry, where {} have announced tens of thousands of job cuts "
            "this year.")
    acme = "Acme said on Thursday that it will eliminate about 9,000 positions by 2030."
    assert not evidence(text.format("suppliers"), acme).differ
    assert not evidence(text.format("its peers"), acme).differ


def test_a_date_in_an_in_line_with_adjunct_is_not_the_figures():
    """"rises to 2.4 per cent of GDP, in line with the pledge made last year": last year dates the pledge."""
    from claims.extract import extract_claims

    doc = make_doc("d", "Defence spending rises to 2.4 per cent of GDP, in line with the pledge the government made "
                        "last year.\n", date=dt.date(2025, 9, 16))
    f = figure_frames(extract_claims(doc)[0])[0]
    assert f.label == "2.4 per cent" and f.period is None and f.when is None


def test_a_sentence_opening_with_a_when_clause_in_an_earlier_year_is_that_years():
    """"When Acme recalled 300,000 cars in 2019 ..., the bill came to about €200 million" is the 2019 recall's bill,
    however close to this recall's cost (RELATIONS.md §1: another moment, another fact)."""
    from claims.frames import earlier_event_years

    pub = dt.date(2025, 10, 16)
    text = "When Acme recalled 300,000 cars in 2019 to fix their brakes, the bill came to about €200 million."
    assert earlier_event_years(text, pub, text.index("300,000")) == frozenset({2019})
    now = "When the recall began on Tuesday, dealers had 300,000 cars to check."
    assert earlier_event_years(now, pub, now.index("300,000")) == frozenset()
    d = dt.date(2025, 10, 16)
    assert link(text, "Acme expects this recall to cost about €200 million, its finance chief said.", d, d) is None


def test_a_year_opening_the_clause_after_a_colon_is_an_earlier_event():
    """"It has happened here before: in 2012 a pit about 15 metres deep opened ..." recalls 2012's pit, not this week's
    hole, whose depth is 14 metres (RELATIONS.md §1: another moment, another fact)."""
    from claims.frames import earlier_event_years

    pub = dt.date(2026, 3, 18)
    text = "It has happened here before: in 2012 a pit about 15 metres deep opened under a nearby school yard."
    assert earlier_event_years(text, pub, text.index("15")) == frozenset({2012})
    now = "Engineers said on Tuesday that the hole was 30 metres wide and 14 metres deep."
    assert earlier_event_years(now, pub, now.index("30")) == frozenset()
    d = dt.date(2026, 3, 18)
    assert link(now, text, d, d) is None


def test_putting_ones_signature_to_a_law_signs_that_law():
    """"put his signature to a law that ..." signs the law after "to"; "needs only the president's signature" still
    takes its subject as the object."""
    put = act_frame(claim("On Monday, the governor put his signature to a law that lets towns raise parking fees."))
    assert put is not None and put.act == "sign" and "law" in put.objects and put.status is Status.FACT
    needs = act_frame(claim("The bill now needs only the governor's signature."))
    assert needs is not None and needs.negated and "law" in needs.objects


def test_a_move_this_week_is_not_a_move_in_june_and_a_running_total_is_updated():
    """Changes belong to their moment: "raised its rate by a quarter point" (this week's news, or "on Thursday") and
    "lifted the rate by half a point in June" are two moves, not a conflict; "lost 18% since the start of the year"
    is a running total, updated by "has now lost 22%" days later."""
    from claims.align import Weights, build_item, pair_evidence
    from claims.extract import extract_claims

    def ev(x: str, dx: dt.date, y: str, dy: dt.date):
        cx = extract_claims(make_doc("x", x + "\n", date=dx))[0]
        cy = extract_claims(make_doc("y", y + "\n", date=dy))[0]
        a, b = build_item(cx, 0, dx), build_item(cy, 1, dy)
        return pair_evidence(a, b, Weights([a, b]))

    def moves(e) -> list:  # differing pairs of two changes
        return [(xa.frame.label, xb.frame.label) for _, xa, xb, _ in e.differ if xa.frame.change and xb.frame.change]

    fri, sat = dt.date(2025, 11, 14), dt.date(2025, 11, 15)
    june = "The bank last raised rates in June, when it lifted the policy rate by half a point."
    assert not moves(ev("The Harbour Bank raised its policy rate by a quarter point on Thursday.", fri, june, sat))
    assert not moves(ev("The Harbour Bank has raised its key interest rate by 0.25 percentage points.", fri, june, sat))
    assert moves(ev("Acme shares have lost about 18% since the start of the year.", dt.date(2025, 10, 29),
                    "Acme's shares have now lost 22% since the start of the year.", dt.date(2025, 11, 7)))


def test_money_raised_is_no_kin_of_a_cost():
    """"the tax cuts will cost €1.1 billion" and "the VAT rise is forecast to raise nearly €1 billion" are money going
    out and coming in: two measures, never a conflict."""
    from claims.align import _same_family

    assert not _same_family("raised", "cost") and _same_family("spending", "cost")
    assert not evidence("Income tax cuts for low earners will cost €1.1 billion, the ministry said.",
                        "The VAT rise is forecast to raise nearly €1 billion a year.").differ


def test_a_groups_deliveries_are_all_its_markets_not_one_country():
    """"Group deliveries fell 7% to 2.02 million vehicles" is the whole company; "In China, deliveries dropped to
    612,000 vehicles" is one market: two scopes (RELATIONS.md §1), never a conflict."""
    assert frame("Group deliveries fell 7% to 2.02 million vehicles in the quarter.", "2.02 million vehicles").whole
    assert not evidence("Group deliveries fell 7% to 2.02 million vehicles in the quarter.",
                        "In China, deliveries dropped 15% to 612,000 vehicles.").differ


def test_a_crowd_is_counted_as_people_at_a_protest_or_a_match():
    """"put the crowd at 6,000" counts the marchers; at a match the crowd is the attendance, and a crowd neither
    confirms nor excludes either (a family, RELATIONS.md §1)."""
    from claims.align import _same_family

    assert frame("Police put the crowd in the square at about 6,000.", "about 6,000").measure == "protesters"
    assert _same_family("protesters", "attendance") and _same_family("protesters", "turnout")
    lk = link("The organisers put the turnout at 90,000 on Saturday.",
              "Organisers said 90,000 people joined Saturday's march through the capital.", dt.date(2025, 5, 4),
              dt.date(2025, 5, 4))
    assert lk is not None and lk.relation is Relation.AGREE
    d = dt.date(2025, 5, 4)
    lk = link("Police put the crowd in Market Square at about 6,000 on Saturday.",
              "Organisers said more than 10,000 people marched through Market Square on Saturday.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_people_who_demonstrated_are_protesters_and_a_study_that_demonstrated_is_not():
    assert frame("The unions said 900,000 people had demonstrated across the country.", "900,000 people").measure \
        == "protesters"
    assert frame("The trial demonstrated that 40% of patients improved.", "40%").measure != "protesters"


def test_a_governing_word_is_the_same_up_to_the_stemmers_loose_ends():
    from claims.align import same_head

    assert same_head("delivery", "deliver")  # "deliveries fell to 2.02 million" ~ "delivered just over 2 million"
    assert not same_head("part", "party") and not same_head("declar", "start") and not same_head("", "")


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("In a ballot that closed last week, 94 per cent of the members who voted backed a walkout.", "94 per cent",
     "votes"),
    ("The union, which represents 9,000 teachers, said 4,000 were arrested.", "4,000", "arrested"),
    ("Officials said that 410 homes were damaged.", "410 homes", "damaged"),
])
def test_a_relative_clause_before_a_figure_does_not_measure_it(text, label, measure):
    """"a ballot that closed last week, 94 per cent ...": what the relative clause says describes the ballot."""
    assert frame(text, label).measure == measure


def test_a_short_claim_said_in_passing_by_a_long_one_is_covered_by_it():
    """"Ostrander has chaired the board since 2019" inside a long sentence that says so in passing: the shared
    words are a small part of both claims together (Dice) but nearly all of the short one (containment)."""
    from claims.align import Weights, build_item
    from claims.features import PROP_FEATURES, prop_features

    def feats(x: str, y: str) -> dict:
        a, b = build_item(claim(x), 0), build_item(claim(y), 1)
        ev = evidence(x, y)
        return dict(zip(PROP_FEATURES, prop_features(a, b, Weights([a, b]), ev.sim, ev.bigram, ev.date_rank,
                                                     ev.fig_mismatch), strict=True))

    short = "Ostrander has chaired the board since 2019."
    long = ("Ostrander, who has chaired the board since 2019, told shareholders at the annual meeting in Velm that "
            "the company expected a difficult winter for its freight business.")
    covered = feats(short, long)
    assert covered["contain"] > 0.8 and covered["contain"] > covered["sim"] + 0.3
    assert feats(short, "The harbour authority opened a new ferry terminal in Velm.")["contain"] == 0.0


@pytest.mark.parametrize(("x", "y"), [
    ("plant", "factory"), ("inquiry", "investigation"), ("probe", "investigation"), ("ruling", "judgment"),
    ("fault", "error"), ("glitch", "mistake"), ("apologised", "apology"), ("accord", "agreement"),
    ("negotiations", "talks"), ("spokeswoman", "spokesman"), ("scientists", "researchers"),
    ("epidemic", "outbreak"), ("competitors", "rivals"), ("legislators", "lawmakers"), ("needless", "unnecessary"),
    ("experts", "specialists"), ("walkout", "strike"), ("stoppage", "walkout"), ("deployed", "sent"),
    ("dispatched", "sent"), ("forecast", "expected"), ("predicts", "expects"), ("scrapped", "cancelled"),
    ("axed", "canceled"), ("reimbursed", "refund"), ("solicitor", "lawyer"), ("attorneys", "lawyers"),
    ("timetable", "schedule"), ("hikes", "increases"), ("rises", "increase"), ("resist", "oppose"),
    ("reinstated", "revived"), ("restore", "revive"), ("notification", "notified"), ("stay", "remain"),
    ("stays", "remains"),
    ("blamed", "caused"), ("wages", "salaries"), ("chief", "main"), ("challenge", "contest"), ("refused", "rejected"),
    ("acknowledged", "conceded"), ("vowed", "pledged"), ("halted", "suspended"), ("reopened", "resumed"),
    ("assistance", "aid"), ("wrecked", "destroyed"), ("cautioned", "warned"),
    ("motorists", "drivers"), ("collision", "crash"), ("pile-up", "crash"), ("lorries", "trucks"),
    ("shortfall", "gap"), ("deficit", "shortfall"), ("clients", "customers"), ("trapped", "stranded"),
    ("froze", "suspended"), ("frozen", "halted"),
])
def test_general_news_synonyms_share_one_content_word_key(x, y):
    """"no German plant would close" and "closing a German factory was not on the table" share the word they
    are about; the synonym groups are general news vocabulary, never one story's words."""
    from claims.text_utils import canon

    assert canon(x) == canon(y)


@pytest.mark.parametrize("text", [
    "The scheme does not include tax offences.", "Tax offences are not eligible.", "Tax offences are ineligible.",
    "People convicted of tax offences are barred from the scheme.", "Tax offences are excluded.",
])
def test_what_a_rule_leaves_out_is_one_content_word_however_it_is_put(text):
    """"does not include", "not eligible", "ineligible", "barred from" and "excluded" say one thing of a rule."""
    from claims.text_utils import canon, content_words

    assert canon("excluded") in content_words(text)
    assert canon("excluded") not in content_words("The scheme includes tax offences and is open to all.")


@pytest.mark.parametrize("text", [
    "The chancellor ruled out raising income tax.", "Raising income tax is not on the table, the chancellor said.",
    "The chancellor said raising income tax was off the table.", "A rise in income tax is not being considered.",
    "The chancellor rules out an income tax rise.",
])
def test_what_a_speaker_refuses_to_consider_is_one_content_word_however_it_is_put(text):
    """"ruled out", "not on the table", "off the table" and "not being considered" say one thing; "bring back" is
    "revive". A table or a rule elsewhere in a sentence is not a refusal."""
    from claims.text_utils import content_words

    assert "ruleout" in content_words(text)
    assert "ruleout" not in content_words("The papers were left on the table after the rule change.")
    assert "revive" in content_words("The minister will not bring back the relief scheme.")


def test_the_same_sentence_with_a_figure_ten_times_larger_conflicts_and_never_agrees():
    """"Police detained 300 people in the square on Monday" against the same words with 3,000: the shared act
    (detained, the square, Monday) is not an agreement when its figures differ (RELATIONS.md §3); it is a
    conflict, however far apart the values, because everything else in the two clauses is the same."""
    lk = link("Police detained 300 people in the harbour square on Monday, officials said.",
              "Police detained 3,000 people in the harbour square on Monday, officials said.",
              dt.date(2024, 10, 3), dt.date(2024, 10, 3))
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_an_act_in_an_apposition_names_the_law_it_does_not_report_it():
    """"A companion law, also signed by the president, frees ...": the sentence reports what the law does."""
    assert act_frame(claim("A companion law, also signed by the president, frees defendants from liability.")) is None
    assert act_frame(claim("The law, signed by the president on Friday, takes effect in May.")) is None
    assert act_frame(claim("The president signed the law on Friday.")) is not None
    assert act_frame(claim("A decree signed by the president orders 1,300 men to be drafted.")) is not None


def test_a_participle_after_newly_names_the_rule_and_a_passive_act_keeps_its_head_noun():
    """"According to the newly approved rules, fines against small traders will be waived": the rules are where the
    fact is told, the waiving is the act, and what is waived is the fines (the noun before "against ..."), as in
    "traders can have their fines waived" (the causative "have ... waived")."""
    told = act_frame(claim("According to the newly approved rules, fines against small traders will be suspended."))
    assert told is not None and told.act == "suspend" and told.objects == frozenset({"fine"})
    have = act_frame(claim("Traders who sign up can have their fines suspended or dropped."))
    assert have is not None and have.act == "suspend" and have.objects == frozenset({"fine"})
    # the plain passive still takes the noun right before it
    passive = act_frame(claim("The provisional results were released shortly after midnight."))
    assert passive is not None and passive.objects == frozenset({"result"})


def test_proceedings_suspended_and_cases_suspended_are_one_provision():
    """"criminal proceedings against them will be suspended" ~ "can have their criminal cases suspended": one
    provision of a law told with two nouns for a prosecution (RELATIONS.md §1: the same act on the same object)."""
    lk = link("According to the newly adopted legislation, criminal proceedings against these volunteers will be "
              "suspended, and bail conditions will be lifted during their service.",
              "Under these new amendments, volunteers who agree to serve in the reserve can have their criminal cases "
              "suspended or even dismissed at the request of a commander.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_the_same_act_by_two_named_actors_is_two_acts():
    """Whose act (RELATIONS.md §1 "subject"): two named actors rejecting the same accusation are two facts; a
    weekday is when an act happened, never what it acted on."""
    assert link("The operator Northline Rail rejected accusations of negligence on Friday.\n",
                "The regulator Ofwave rejected accusations of negligence on Friday.\n") is None
    lk = link("Northline Rail rejected accusations of negligence on Friday.\n",
              "On Friday, Northline Rail rejected the accusations of negligence.\n")
    assert lk is not None and lk.relation is Relation.AGREE
    assert act_frame(claim("The president signed the law on Friday.")).objects == {"law"}


def test_a_denial_dated_today_conflicts_with_what_it_denies_from_last_week():
    """A denial's date is the day it was denied: "on Wednesday denied that any shelter ran out" still answers "two
    shelters ran out of blankets last week" (RELATIONS.md §3: a denial conflicts with what it denies)."""
    d = dt.date(2025, 11, 14)
    lk = link("The charity Shelterline said two shelters in the northern district ran out of blankets last week.",
              "A council spokesman on Wednesday denied that any shelter in the district had run out of blankets.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_not_yet_signed_then_signed_is_an_update():
    x = act_frame(claim("The bill now needs only the president's signature to become law."))
    y = act_frame(claim("The president signed the bill into law on Friday."))
    assert x is not None and y is not None and x.act == y.act == "sign"
    assert x.negated and not y.negated


def test_an_act_in_a_subordinate_clause_is_background():
    assert act_frame(claim("Work began before the law was signed, the lawyers said.")) is None


# ----------------------------------------------------------------------------- facts and origins

def test_a_sentence_with_two_figures_joins_two_facts_without_merging_them():
    a = make_doc("a", "The storm killed 12 people and injured 40, the agency said.", outlet="Morning Star")
    b = make_doc("b", "Twelve people were killed by the storm, police said.", outlet="Evening Lamp")
    c = make_doc("c", "Forty people were injured in the storm, hospitals said.", outlet="Coast Radio")
    an = analyse([a, b, c])
    ids = {c.doc: c.id for c in an.claims}
    groups = [set(k.claims) for k in an.clusters]
    assert {ids["a"], ids["b"]} in groups and {ids["a"], ids["c"]} in groups
    assert all(not {ids["b"], ids["c"]} <= g for g in groups)


def test_a_fact_never_has_more_origins_than_outlets():
    a = make_doc("a", "Police said 300 people were detained, according to the interior ministry and witnesses.",
                 outlet="Morning Star")
    b = make_doc("b", "Some 300 people were detained, the Interior Ministry said.", outlet="Evening Lamp")
    an = analyse([a, b])
    for k in an.clusters:
        assert len(k.origins) <= len(k.outlets)


def test_a_phrase_is_not_a_source():
    from claims.extract import find_source

    assert find_source("According to the newly adopted legislation, the cases will be suspended.") == ("", True)
    assert find_source("According to the Interior Ministry, 300 people were detained.")[0] == "Interior Ministry"
    assert find_source("Police said 300 people were detained.")[0] == "Police"


@pytest.mark.parametrize("text, label", [
    ("Strokes fell by about 12 per cent in the villages that switched.", "about 12 per cent"),
    ("Across the whole trial, strokes were cut by 12 per cent.", "12 per cent"),
    ("The new salt lowered the chance of having a stroke by 12%.", "12%"),
])
def test_a_fall_by_a_share_is_a_change_of_the_thing_that_fell(text, label):
    """Three wordings of one result: each figure is a fall ('cut by', 'lowered ... by' as well as 'fell by') of
    strokes, with no measure word to set them apart."""
    f = frame(text, label)
    assert f.change == "down" and f.head == "strok" and f.measure == ""


@pytest.mark.parametrize(("text", "label", "head"), [
    ("The ministry's count for Thursday was nearly 12,000 nurses.", "nearly 12,000 nurses", "count"),
    ("The tally on Friday morning stood at 412 boats.", "412 boats", "tally"),
    ("About 30% of the open posts are in the eastern districts, officials said.", "About 30%", ""),
])
def test_a_day_is_when_a_figure_is_not_what_it_is_about(text, label, head):
    """"the count for Thursday was 12,000": the word the figure is about is the count, not the day; nor is the
    place after "are in" ("30% of the posts are in the eastern districts")."""
    assert frame(text, label).head == head


def test_a_bare_cut_is_still_the_measure():
    f = frame("The carmaker cut 3,000 jobs last year.", "3,000 jobs")
    assert f.measure == "jobs cut" and f.change == ""


@pytest.mark.parametrize("text, label", [
    ("A party needs 56 seats to govern alone.", "56 seats"),
    ("A majority requires 56 votes in the chamber.", "56 votes"),
    ("The coalition is still short of the 56 required for a majority.", "56"),
    ("Both ballots cleared the 50% turnout threshold that the law sets.", "50%"),
])
def test_a_threshold_is_a_rule_not_a_count(text, label):
    """'needs 56 seats' is what a majority takes, not what a party won: its own measure, so it never agrees
    or conflicts with a party's seat count."""
    assert frame(text, label).measure == "threshold"


def test_singular_and_plural_of_words_ending_in_e_share_a_stem():
    from claims.text_utils import stem

    for one, many in [("stroke", "strokes"), ("judge", "judges"), ("office", "offices"), ("rate", "rates"),
                      ("employee", "employees"), ("close", "closes")]:
        assert stem(one) == stem(many), (one, many)


def test_a_judge_is_not_a_judgment():
    """"The judge said" names a person; "the judgment said" the court's decision (their stems are one)."""
    from claims.text_utils import canon

    assert canon("judge") == canon("judges") == canon("magistrate")
    assert canon("judgment") == canon("judgments") == canon("ruling") == canon("decision")
    assert canon("judge") != canon("judgment")


def test_a_fall_in_prices_is_not_autumn_and_a_billion_is_not_a_bill():
    """"Profits fell" and "the fall in prices" are declines; "the regular fall conscription" and "last fall" are the
    season; "€2.2 billion" is no "bill" (a law)."""
    from claims.text_utils import canon, content_words

    autumn = canon("autumn")
    for text in ["Operating profit fell 38%.", "Sales fall again.", "The fall in prices came after a cut.",
                 "Prices are falling.", "The coalition would fall short of a majority."]:
        assert autumn not in content_words(text), text
    assert canon("fell") == canon("falls") == canon("falling")
    for text in ["Men will be drafted in the regular fall conscription campaign.", "The fall 2023 call-up.",
                 "Parliament passed the law last fall."]:
        assert autumn in content_words(text), text
    assert canon("billion") != canon("bill") and canon("million") != canon("mill")


def test_an_ate_verb_and_its_ation_noun_share_a_stem():
    """"Prosecutors are investigating" and "opened an investigation", "residents were evacuated" and "the
    evacuation": one word each; a word that only ends in "-eat" or "-at" keeps its own stem."""
    from claims.text_utils import canon, stem

    for verb, noun in [("investigating", "investigation"), ("investigated", "inquiry"), ("evacuated", "evacuation"),
                       ("evacuating", "evacuation"), ("vaccinate", "vaccination"), ("compensates", "compensation"),
                       ("contaminated", "contamination"), ("estimated", "estimate")]:
        assert canon(verb) == canon(noun), (verb, noun)
    for one, other in [("repeated", "repeat"), ("threats", "threat"), ("formats", "format"), ("treated", "treat")]:
        assert stem(one) == stem(other), (one, other)


def test_a_figure_for_one_day_alone_is_a_part_of_the_total():
    assert frame("The airport said 400 flights were cancelled on Monday alone.", "400 flights").part
    assert not frame("The airline said it had cancelled 1,100 flights over the three days.", "1,100 flights").part
    # a part is not a rival count of the whole (RELATIONS.md §1: place and scope)
    assert link("The airline said it had cancelled 1,100 flights over the three days.",
                "The airport said 400 of the airline's flights were cancelled on Monday alone.") is None


def test_a_named_place_alone_is_a_part_and_never_a_rival_of_the_whole():
    """"Kessel district alone has 900 cases" is part of the national count, not a rival figure for it, whichever
    relation the values would suggest (a conflict or an update is as wrong as an agreement)."""
    assert frame("Kessel district alone now has more than 900 suspected cases.", "more than 900 suspected cases").part
    assert link("Kessel district alone now has more than 900 suspected cases.",
                "A week earlier, the agency had counted 1,400 suspected cases.") is None


def test_a_common_noun_opening_the_sentence_alone_is_no_place():
    assert not frame("Duties alone cost the group €900 million over the year.", "€900 million").part
    assert frame("Figures show Lormont alone has 900 cases.", "900 cases").part


def test_prices_risen_over_twelve_months_are_annual_inflation():
    """Inflation is how far prices rose over twelve months: "prices rose 2.9% in the 12 months to May" gives its
    level, not a change of it; prices rising 2.9% in a week are no inflation figure."""
    f = frame("Prices rose by 2.9 per cent in the 12 months to May, the statistics office said.", "2.9 per cent")
    assert f.measure == "inflation" and f.change == ""
    assert agree_features("Prices rose by 2.9 per cent in the 12 months to May, the statistics office said.",
                          "Inflation stood at 2.9% in May.")["named"] == 1.0
    assert frame("Prices rose by 2.9 per cent in a week.", "2.9 per cent").measure != "inflation"


def test_a_neighbouring_country_as_subject_is_placed_apart():
    f = frame("Neighbouring Vardania has reported 2,200 cases, most of them in the north.", "2,200 cases")
    assert any(k.startswith("~") for k in f.places)


def test_a_neighbouring_place_is_not_the_story_place():
    assert link("More than 9,000 people have been evacuated in Dorvik since the river burst its banks.",
                "In neighbouring Salm, 13,000 people have been evacuated, officials there said.") is None


def test_a_figure_folded_into_an_adjective_names_the_thing():
    # "the 120-seat chamber" identifies the chamber; it does not say how many seats a party won
    league = "Under the provisional allocation, the Farmers' League has 41 seats in the assembly."
    ev = evidence(league, "A governing majority requires 61 votes in the 120-seat chamber.")
    assert [(xa.frame.label, xb.frame.label) for _f, xa, xb, _u in ev.differ] == []
    ev = evidence(league, "The League's 41 seats leave it short of a majority in the 120-seat chamber.")
    assert [(xa.frame.label, xb.frame.label) for _f, xa, xb, _r in ev.agree] == [("41 seats", "41 seats")]
    assert ev.differ == []


def test_a_name_and_its_initials_are_one_subject():
    from claims.frames import acronym

    assert acronym(["National", "Alternative"]) == "na" and acronym(["World", "Health", "Organization"]) == "who"
    assert acronym(["Russia's", "Defense", "Ministry"]) == ""  # two names, not one
    assert link("The National Alternative won 29 of the 62 constituency seats outright.",
                "The NA reportedly won 29 of the 62 constituencies outright.").relation == "agree"


def test_the_opposition_figure_is_not_the_government_figure():
    assert link("The government presented its budget on Tuesday, setting total spending at €89.4 billion.",
                "The opposition's alternative budget would spend €90.1 billion next year.") is None


def test_patients_in_hospital_are_not_volunteers():
    assert frame("Forty-one people were still being treated in hospital on Tuesday.",
                 "Forty-one people").measure == "hospitalised"


def test_the_last_two_names_a_group():
    ev = evidence("Two passengers were still missing on Tuesday, the authority said.",
                  "Divers recovered the bodies of the last two passengers who had been missing.")
    assert ev.agree == [] and ev.background


def test_the_phrase_right_after_the_figure_is_its_measure():
    # not the "sent to the front" of the reason that follows
    assert frame("After the call-up was announced, tens of thousands of men left the country for fear of being "
                 "sent to the front.", "tens of thousands of men").measure == "displaced"


# ----------------------------------------------------------------------------- background durations and spread

@pytest.mark.parametrize(("text", "label", "background"), [
    ("The guild wants wage rises of 9% over four years.", "over four years", True),
    ("Ferries carried 212 cars over the three days of the festival.", "three days", True),
    ("The three-day stoppage ended on Friday.", "three-day", True),
    ("The former mayor was jailed for six years.", "six years", False),
    ("The dam took eleven years to build.", "eleven years", False),
])
def test_a_duration_that_frames_another_figure_is_background(text, label, background):
    from claims.align import build_item
    from claims.features import background_period

    it = build_item(claim(text), 0)
    xs = [x for x in it.figs if x.frame.label == label]
    assert xs, [x.frame.label for x in it.figs]
    assert background_period(it, xs[0]) is background



@pytest.mark.parametrize(("text", "label", "places"), [
    ("The number of people killed in the collision near Dunmore had risen to 14 by Friday.", "14", set()),
    ("Nine people died in the Harlow floods, police said.", "Nine people", set()),
    ("In Carrick, 48 homes were flooded.", "48 homes", {"carri"}),
    ("The storm destroyed 310 houses in Brenfield.", "310 houses", {"brenf"}),
    ("Some 900 cases were reported across southern Arvania.", "Some 900 cases", {"arvan"}),
])
def test_where_the_event_happened_is_not_a_part_of_it(text, label, places):
    """A place right after the story's event names where it happened, which every report shares; a place of
    the figure's own ("in Carrick, 48 homes") still makes it a part of the whole."""
    assert set(frame(text, label).places) == places


def test_a_speed_takes_no_outcome_measure():
    """The clause's outcome belongs to its count, not to the speed ("at about 140 km/h, killing 12")."""
    text = "The coach left the road at about 140 km/h, killing 12 people."
    assert frame(text, "about 140 km/h").measure == ""
    assert frame(text, "12 people").measure == "killed"


def test_pair_features_mark_equal_values_by_how_telling_they_are():
    """Three readings the model weighs: the same named measure at the same value, the same exact and telling
    value, and a small number no common measure backs ("four people died" ~ "four members lost their homes")."""
    named = agree_features("Turnover slipped 3.7% in the year.", "Revenue fell 3.7 per cent.")
    assert named["named_equal"] == 1.0 and named["weak_unnamed"] == 0.0
    exact = agree_features("The register lists 48,312 voters.", "Some 48,312 voters are on the roll.")
    assert exact["exact_equal"] == 0.0  # "some" makes it approximate
    exact = agree_features("The register lists 48,312 voters.", "There are 48,312 voters on the roll.")
    assert exact["exact_equal"] == 1.0
    weak = agree_features("The fire has killed four people.", "Four members of the crew lost their homes.")
    assert weak["weak_unnamed"] == 1.0 and weak["named_equal"] == 0.0


@pytest.mark.parametrize(("text", "label", "places"), [
    ("The toll rose to 23 on Friday after divers found two more bodies near Lestow.", "23", set()),
    ("Officials counted 410 damaged homes before the second storm reached Orbury.", "410 damaged homes", set()),
    ("Some 410 homes were damaged in Orbury after the storm.", "Some 410 homes", {"orbur"}),
    ("After the storm, 410 homes were damaged in Orbury.", "410 homes", {"orbur"}),
    ("When early results were shown at a congress in Vellmar last May, the team reported a 9 per cent fall.",
     "9 per cent", set()),
    ("After the storm passed Orbury, 410 homes were damaged in Kelby.", "410 homes", {"kelby"}),
    # the area named by its kind, then by its name: the figure is that place's, not the whole region's
    ("In the provincial capital, Dorrin, turnout reached 64 per cent.", "64 per cent", {"dorri"}),
    ("In the city of Dorrin, 410 homes were damaged.", "410 homes", {"dorri"}),
    # the cause told beside the figure, where the speaker spoke, where only some of what is counted is
    ("Sales fell 12% from a year earlier, as the brewer sold less beer in Vandoria.", "12%", set()),
    ("Sales fell 12% in Vandoria, as demand weakened.", "12%", {"vando"}),
    ("The ferry was carrying 212 passengers, Transport Minister Ola Brekke told a news conference in Tarvik.",
     "212 passengers", set()),
    ("The ferry was carrying 212 passengers, the minister said in Tarvik.", "212 passengers", set()),
    ("Rescuers counted 740 damaged houses, many of them in Ostby and the villages around it.",
     "740 damaged houses", set()),
    ("Rescuers counted 740 damaged houses in Ostby.", "740 damaged houses", {"ostby"}),
])
def test_a_place_in_a_clause_after_the_figure_is_not_its_place(text, label, places):
    """"after divers found bodies near Lestow" tells what happened around the figure; the toll is not Lestow's,
    so it is not a part of another outlet's unplaced toll; nor is a place in a clause that opens the sentence
    ("When results were shown at a congress in Vellmar, ..."). A place in the figure's own clause still is its."""
    assert set(frame(text, label).places) == places


def test_a_part_of_a_group_is_whose_the_group_is():
    """"Marlow City Council said 158 of its 168 schools were shut": the 158 are the council's schools, so they are not
    Dunmere's 112 (another council); "In Marlow, 158 schools were closed" names the same owner by one of its own
    words. "the council's" alone does not: many councils share that word."""
    from claims.align import _owners_clash, build_item

    text = "Marlow City Council said 158 of its 168 schools were shut."
    a = build_item(Claim("x", "d", 0, len(text), text, "figure", 1.0, "Marlow City Council",
                         tuple(find_values(text))), 0)
    same = build_item(claim("In Marlow, 158 schools were closed."), 1)
    other = build_item(claim("In Dunmere, 112 of the council's 123 schools were closed on Tuesday."), 2)
    f158 = next(x.frame for x in a.figs if x.frame.label == "158")
    assert {"marlo", "counc"} <= f158.owners
    assert not _owners_clash(f158, same.figs[0].frame, a, same)
    f112 = next(x.frame for x in other.figs if x.frame.label == "112")
    assert _owners_clash(f158, f112, a, other)
    share = next(x.frame for x in a.figs if x.frame.label == "158 of 168 schools")  # the share the text implies
    assert _owners_clash(share, next(x.frame for x in other.figs if x.frame.label == "112 of 123 schools"),
                         a, other)
    # whose against where: the Marlow council's schools are not the schools in Dunmere
    placed = build_item(claim("In Dunmere, 150 schools were closed."), 3)
    assert _owners_clash(f158, placed.figs[0].frame, a, placed)


def test_a_subject_the_other_article_names_elsewhere_is_not_foreign_to_it():
    """"The Arden Court's judges divided four to three" against "The judges were split 5-2" in an article that names
    the Arden Court in another sentence: the same court's vote, so the two differ. Against an article that never
    names that court, the figure stays another subject's."""
    from claims.align import Weights, _owners_clash, build_item

    a = build_item(claim("The Arden Court's judges divided four to three over the question."), 0)
    b = build_item(claim("The judges were split 5-2."), 1)
    c = build_item(claim("The Arden Court ruled on Tuesday that the fine should stand."), 1)
    fa, fb = a.figs[0].frame, b.figs[0].frame
    Weights([a, b, c])  # (reads every name each article gives)
    assert not _owners_clash(fa, fb, a, b)
    Weights([a, b])
    assert _owners_clash(fa, fb, a, b)


def test_the_side_a_figure_is_measured_against_is_not_its_owner():
    """"Halden's lead over Pia Moor's party was 8,000 votes": Moor's party is who trails, not whose lead it is."""
    f = frame("Halden's lead over Pia Moor's party was just over 8,000 votes.", "just over 8,000 votes")
    assert "moor" not in f.owners | f.agents
    assert "moor" in frame("Pia Moor's party won 8,000 votes.", "8,000 votes").owners


def test_a_figure_in_the_clause_of_a_named_figure_is_that_subjects():
    """"The NTU's own ballot produced an 81% vote for action on a 63% turnout": both are the NTU's; "78% of RCU
    members" names the union whose members they are."""
    f = frame("The NTU's own ballot produced an 81% vote for action on a 63% turnout.", "63%")
    assert "ntu" in f.owners | f.agents
    assert "rcu" in frame("In the ballot, 78% of RCU members backed action.", "78%").owners
    assert not frame("In the ballot, 78% of members backed action.", "78%").owners


def test_a_place_named_by_its_kind_is_a_part_and_a_change_told_by_its_extreme_is_a_peak():
    """"In the provincial capital, Dorrin, turnout reached 64%" is a part of the province's 64.2%; "shares fell as much
    as 9% in early trading" is the day's low, not the 6% they closed down. Neither agrees with the other figure."""
    assert frame("In the provincial capital, Dorrin, turnout reached 64 per cent.", "64 per cent").part
    assert not frame("Turnout in the province reached 64.2%.", "64.2%").part
    assert not evidence("Turnout in the province reached 64.2%.",
                        "In the provincial capital, Dorrin, turnout reached 64 per cent.").agree
    assert not evidence("Halvard shares closed down 6% in Oslo.",
                        "Halvard stock fell as much as 9% in early trading in Oslo.").agree
    assert evidence("Halvard stock fell as much as 9% in early trading.",
                    "Halvard shares dropped as much as 9 per cent in early trading.").agree


def test_a_figure_restated_after_or_keeps_whose_and_where():
    """"158 of its 168 schools were shut, or 94 per cent": the 94 per cent is the same council's share."""
    def whose(text: str) -> frozenset:
        c = Claim("x", "d", 0, len(text), text, "figure", 1.0, "Marlow City Council", tuple(find_values(text)))
        f = next(f for f in figure_frames(c) if f.label == "94 per cent")
        return f.owners | f.agents | f.places

    assert {"marlo", "counc"} <= whose("Marlow City Council said 158 of its 168 schools were shut, or 94 per cent.")
    assert not whose("Marlow City Council said 158 of its 168 schools were shut; nationally 94 per cent were open.")


def test_the_group_a_figure_is_a_part_of_does_not_govern_it():
    """"Of the people enrolled, 9,410 completed the study": enrolled is the group, not what the 9,410 did, so
    the figure is not headed like "the trial enrolled 9,880 people"."""
    enrolled = frame("The trial enrolled 9,880 people in the north.", "9,880 people").head
    assert enrolled and frame("Of the people enrolled, 9,410 completed the study.", "9,410").head != enrolled


def test_two_periods_are_two_facts_however_close_the_values():
    """Revenue of €1.1bn in 2023 and of €1.12bn for 2024 are compatible values of two years: no agreement."""
    ev = evidence("Harlow Foods reported revenue of 1.1 billion euros in 2023.",
                  "Harlow Foods reported revenue of €1.12 billion for 2024.")
    assert not ev.agree
    assert evidence("Harlow Foods reported revenue of 1.1 billion euros in 2024.",
                    "Harlow Foods reported revenue of €1.12 billion for 2024.").agree


@pytest.mark.parametrize(("text", "label", "change", "level"), [
    ("Funding for schools rises by 2.4% to €6.2 billion.", "2.4%", "up", False),
    ("Funding for schools rises by 2.4% to €6.2 billion.", "€6.2 billion", "", True),
    ("Defence's share of GDP will reach 2.4% next year.", "2.4%", "", True),
    ("The budget lifts defence spending to 2.4 per cent of national output.", "2.4 per cent", "", True),
    ("The toll stood at 310 on Monday.", "310", "", True),
    ("Officials sent 310 firefighters to the valley.", "310 firefighters", "", False),
])
def test_the_size_of_a_change_and_the_level_it_reached(text, label, change, level):
    f = frame(text, label)
    assert (f.change, f.level) == (change, level)


def test_the_size_of_a_change_is_not_the_level_another_figure_reached():
    """"rises by 2.4%" and "will reach 2.4%" share a value but not a fact (RELATIONS.md §1: another measure)."""
    assert not evidence("Funding for schools rises by 2.4% to €6.2 billion.",
                        "Defence's share of GDP will reach 2.4% next year.").agree
    assert evidence("Funding for schools rises by 2.4% to €6.2 billion.",
                    "School funding goes up by 2.4 per cent.").agree


def test_a_name_opening_the_sentence_is_one_of_its_names():
    """"Harbour Trust's offer of 4 per cent ..." owns its figure by the run of capitalised words that opens the
    sentence; the next report's "Harbour Trust's new offer" names the same owner, so there is no owners' clash."""
    from claims.align import _owners_clash, build_item

    a = build_item(claim("Harbour Trust's offer of 4 per cent remains on the table."), 0)
    b = build_item(claim("Harbour Trust's new offer, tabled on Friday night, is worth 5.5%."), 1)
    assert {"harbo", "trust", "ht"} <= a.names and {"harbo", "trust", "ht"} <= b.names
    assert not _owners_clash(a.figs[0].frame, b.figs[0].frame, a, b)
    # a function word opening the sentence is no name, and a single capitalised first word is left to the
    # proper-first-word test (it may be any sentence's first word)
    assert "on" not in build_item(claim("On Friday Harbour Trust offered 5.5%."), 0).names
    assert "unions" not in build_item(claim("Unions rejected the offer of 4 per cent."), 0).names


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The deficit is forecast at 3.1 per cent of gross domestic product in 2027.", "3.1 per cent", "deficit"),
    ("Public debt will reach 74% of gross domestic product.", "74%", "debt"),
    ("Gross domestic product grew 1.8 per cent last year.", "1.8 per cent", "gdp"),
    ("Health's share of GDP will reach 7.5% next year.", "7.5%", ""),  # the share's measure is not named
])
def test_the_base_of_a_share_is_not_its_measure(text, label, measure):
    """"3.1 per cent of gross domestic product" is a deficit measured against GDP, not GDP itself."""
    assert frame(text, label).measure == measure


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The treasury corrected the cost of the fuel duty cuts to £2.4 billion.", "£2.4 billion", "cost"),
    ("The council revised the cost of the bridge repairs to £40 million.", "£40 million", "cost"),
    ("The appeal court cut the fine to €900,000.", "€900,000", "fine"),
    ("The carrier will cut 1,800 jobs.", "1,800 jobs", "jobs cut"),
])
def test_what_was_changed_to_a_figure_is_the_head_of_its_phrase(text, label, measure):
    """"corrected the cost of the fuel duty cuts to £2.4bn": the cost was changed, not the cuts; the noun before
    "of" names the measure of the figure the phrase was changed to."""
    assert frame(text, label).measure == measure


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Some 2.9 million ballots were cast across the province.", "Some 2.9 million ballots", "votes cast"),
    ("Just under 2.8 million valid votes were counted.", "Just under 2.8 million valid votes", "valid votes"),
    ("The Greens won 410,000 votes.", "410,000 votes", "votes"),
    ("The merger means 1,700 job losses.", "1,700 job losses", "jobs cut"),
])
def test_a_measure_phrase_on_the_counted_noun_is_the_measure(text, label, measure):
    """The words of a measure phrase that holds the counted noun name the measure ("valid votes", "ballots were
    cast", "job losses"), not the noun alone: ballots cast and the valid votes among them are two figures."""
    assert frame(text, label).measure == measure


def test_ballots_cast_and_valid_votes_are_not_one_figure():
    ev = evidence("Some 2.9 million ballots were cast across the province.",
                  "Just under 2.8 million valid votes were counted across the province.")
    from claims.features import FIG_FEATURES

    clash = FIG_FEATURES.index("measure_clash")
    assert ev.agree and all(f[clash] == 1.0 for f, *_ in ev.agree)  # compatible values of two measures
    assert not ev.differ


def test_a_part_of_a_counted_whole_is_compared_with_the_whole_told_elsewhere():
    """"Four of the nine reactors were shut down" against "All nine reactors were shut down": four against nine
    reactors shut, two readings of one fact that differ (the nine of the first names the whole, as its base)."""
    part = frame("Four of the nine reactors were shut down on Monday.", "Four")
    whole = frame("Four of the nine reactors were shut down on Monday.", "nine reactors")
    assert part.counted_class == whole.counted_class and part.counted_class
    assert whole.base and not part.base
    ev = evidence("Four of the nine reactors were shut down on Monday.", "All nine reactors were shut down on Monday.")
    assert any(xa.frame.label == "Four" and xb.frame.label == "nine reactors" for _, xa, xb, _ in ev.differ)


def test_grounded_flights_are_cancelled_flights():
    """"1,180 flights cancelled" and "nearly 1,500 flights grounded" count one thing: the same measure."""
    assert frame("The carrier said it had cancelled 1,180 flights.", "1,180 flights").measure == "cancelled"
    assert frame("The union said nearly 1,500 flights had been grounded.", "nearly 1,500 flights").measure == "cancelled"


@pytest.mark.parametrize("text, label, measure", [
    ("The central bank raised its policy rate by 25 basis points to 4.25% on Thursday, saying inflation was too high.",
     "4.25%", "interest rate"),  # (the reason after ", saying" is another clause)
    ("Figures published on Friday showed annual inflation climbing to 4.1%.", "4.1%", "inflation"),
    ("Ten-year yields fell to 3.2%.", "3.2%", "yield"),
])
def test_the_price_of_money_has_its_own_measures(text, label, measure):
    """A rate decision's story holds many percentages close in value (a policy rate, inflation, bond yields): each is
    told by what it measures, so 4.25% for the rate is never 4.1% for inflation."""
    assert frame(text, label).measure == measure


def test_points_in_a_change_do_not_say_what_is_to_come():
    """"added 3 basis points to 3.71%" reports a move; "points to" there is no forecast."""
    assert frame("The yield added 3 basis points to 3.71% on Monday.", "3.71%").status is not Status.FUTURE
    assert frame("Analysts said the survey points to growth of 2% next year.", "2%").status is Status.FUTURE


def test_a_figure_for_the_whole_country_is_not_one_for_a_city_in_it():
    """"Nationwide, police made 64 arrests" and "27 arrests in Brenmoor": two scopes, so neither a conflict nor an
    agreement; the same national figure told twice still compares."""
    ev = evidence("Police made 27 arrests in Brenmoor by early evening.", "Nationwide, police made 64 arrests on Saturday.")
    assert not ev.differ and not ev.agree
    ev = evidence("Across the country, police made 64 arrests.", "Nationwide, police made 61 arrests on Saturday.")
    assert ev.agree or ev.differ
    ev = evidence("Across Veldria, 412,000 people took part in the rallies.", "The ministry counted 412,000 marchers nationwide.")
    assert ev.agree


def test_people_in_two_roles_are_two_subjects():
    """"Nine protesters were injured" against "eleven officers were hurt": two subjects, neither a conflict nor an
    agreement; troops and soldiers are one role under two names."""
    ev = evidence("Nine protesters were injured in the clashes, the prefecture said.",
                  "Eleven officers were injured in the clashes, the ministry said.")
    assert not ev.differ and not ev.agree
    ev = evidence("About 600 troops were deployed to the valley.", "Some 1,200 soldiers were deployed to the valley.")
    assert ev.differ


def test_a_clause_added_after_the_fact_does_not_make_the_claim_a_plan():
    """"The minister said she respected the court's ruling, but added that the appeal would take months": the claim
    reports what she said; the "would" of the added clause is not its status."""
    assert claim_status(claim("The minister said she respected the ruling, but added that an appeal would take months.")
                        ) is Status.FACT
    assert claim_status(claim("Unions have called a strike for Friday, which they say will close most schools.")
                        ) is Status.FACT
    assert claim_status(claim("The minister said an appeal would take months.")) is Status.FUTURE


def test_two_trades_are_two_subjects_and_strikers_are_any_trade():
    """"300 teachers" and "300 nurses" joined the strike: two sets of people; "strikers" may be either."""
    ev = evidence("Some 300 teachers joined the strike on Monday.", "Some 300 nurses joined the strike on Monday.")
    assert not ev.agree and not ev.differ
    ev = evidence("Some 300 teachers joined the strike on Monday.", "Some 300 strikers gathered on Monday.")
    assert ev.agree


@pytest.mark.parametrize(("text", "label", "head"), [
    # a change verb moves the noun before "to": the figure is that noun's new level, not money raised
    ("The haulier raised its discount to 7 per cent on Friday.", "7 per cent", "discount"),
    ("Vantor lowered its full-year margin forecast to between 3 and 3.5 per cent.", "3 and 3.5 per cent", "margin"),
    # the subject's head, not the place it is in or an aside about it
    ("Bookings in Brazil, once its fastest-growing market, fell by a third.", "a third", "booking"),
])
def test_what_a_figure_is_about_when_no_measure_names_it(text, label, head):
    f = frame(text, label)
    assert f.measure == "" and f.head == head


def test_a_participle_after_the_counted_noun_says_who_is_counted_not_what_happened():
    """"19 people arrested after the march will face trial": the figure counts those who face trial, a subset
    of the arrests, so it is no rival to "41 people were arrested"; "9,000 teachers walked out" stays a strike."""
    assert frame("Twelve people detained after the clashes will appear before judges on Monday.",
                 "Twelve people").measure != "arrested"
    assert frame("Police detained twelve people after the clashes.", "twelve people").measure == "arrested"
    assert frame("About 4,000 nurses walked out and marched to the ministry.", "About 4,000 nurses").measure == "strikers"


def test_a_figure_recalled_from_an_earlier_moment_is_marked_past():
    assert frame("Two weeks earlier, the health agency had counted 48 deaths.", "48 deaths").mark is TimeMark.PAST


def test_a_figure_of_another_occasion_is_never_this_ones():
    """"At its previous meeting the board voted 6-3": that meeting's vote, not a report of this one's, even with the
    same tally (and not its update either)."""
    assert frame("At its previous meeting, in July, the board voted 6-3 to hold the rate.", "6-3").other_occasion
    assert not frame("The board voted 6-3 to raise the rate on Thursday.", "6-3").other_occasion
    assert link("The board voted 6-3 to raise the rate on Thursday.",
                "At its previous meeting, in July, the board voted 6-3 to hold the rate.") is None
    assert link("The board voted 6-3 to raise the rate on Thursday.",
                "At its previous meeting, in July, the board voted 5-4 to hold the rate.") is None


def test_two_figures_both_told_for_the_whole_country_share_their_scope():
    f = agree_features("Across Vardania, 52,000 people took part in about 90 rallies, the ministry said.",
                       "The ministry counted 52,000 demonstrators nationwide on Saturday.")
    assert f["scope_differs"] == 0.0 and f["named"] == 1.0


@pytest.mark.parametrize("text", [
    "Nationally, the jobless rate rose to 4.9 per cent.",
    "At national level, the jobless rate rose to 4.9 per cent.",
    "For the country as a whole, the jobless rate rose to 4.9 per cent.",
])
def test_a_figure_told_nationally_is_the_whole_country_s(text):
    """"Nationally, the jobless rate rose to 4.9 per cent" is the country's rate: never one fact with "In the province
    of Orrin, unemployment rose to 7.1 per cent" (RELATIONS.md §1: scope)."""
    assert frame(text, "4.9 per cent").whole
    d = dt.date(2026, 6, 10)
    assert link(text, "In the northern province of Orrin, unemployment rose to 7.1 per cent in May.", d, d) is None


@pytest.mark.parametrize(("text", "label"), [
    ("Districts where the jobless rate exceeds 9 per cent will get extra funds, the ministry said.", "exceeds 9 per cent"),
    ("If inflation tops 5%, the bank will raise rates again.", "5%"),
    ("Schools close once the temperature rises above 35C, the rules say.", "above 35C"),
])
def test_a_level_named_as_a_condition_is_a_rule_not_a_reading(text, label):
    """"districts where the jobless rate exceeds 9 per cent" names a level as a condition: a threshold (RELATIONS.md §1),
    never the rate itself ("the jobless rate rose to 8.7 per cent")."""
    assert frame(text, label).measure == "threshold"
    assert frame("The jobless rate exceeds 9 per cent in three districts.", "exceeds 9 per cent").measure != "threshold"


def test_a_chance_is_a_probability_not_a_level_of_anything():
    """"Markets saw a roughly 60% chance of a rate cut" is a probability: never the participation rate of 61.8%."""
    assert frame("Markets saw a roughly 60% chance of a rate cut in June.", "roughly 60%").measure == "probability"
    d = dt.date(2026, 6, 10)
    assert link("Markets saw a roughly 60% chance of a rate cut in June, traders said.",
                "The participation rate rose to 61.8% in May, the statistics office said.", d, d) is None


@pytest.mark.parametrize(("text", "label", "cohort"), [
    ("Construction lost around 5,000 jobs in April, the office said.", "around 5,000 jobs", "sector:construction"),
    ("Retail added 3,100 jobs and public administration 1,800.", "3,100 jobs", "sector:retail"),
    ("Retail added 3,100 jobs and public administration 1,800.", "1,800", "sector:public administration"),
    ("The builders' union said about 7,000 construction jobs had gone.", "about 7,000 construction jobs",
     "sector:construction"),
    ("Manufacturing, which employs one in five workers, shed 2,600 jobs.", "2,600 jobs", "sector:manufacturing"),
    ("The economy added 11,500 jobs in April.", "11,500 jobs", ""),
    ("They expect construction to take three to four years.", "three to four years", ""),
])
def test_a_figure_told_for_a_sector_carries_the_sector(text, label, cohort):
    assert frame(text, label).cohort == cohort


def test_a_sector_s_jobs_never_meet_the_economy_s_or_another_sector_s():
    d = dt.date(2026, 5, 6)
    assert link("Construction lost around 5,000 jobs in April, the statistics office said.",
                "Manufacturing lost 5,100 jobs in April, the statistics office said.", d, d) is None
    assert link("Construction lost around 5,000 jobs in April, the statistics office said.",
                "The economy lost 9,000 jobs in April, the statistics office said.", d, d) is None


def test_a_margin_of_error_is_no_count_of_what_is_surveyed():
    """"estimates carry a margin of error of roughly 15,000 jobs" is the survey's uncertainty: never a rival of
    "the economy added some 12,000 jobs"."""
    assert frame("Its monthly estimates carry a margin of error of roughly 15,000 jobs either way.",
                 "roughly 15,000 jobs").measure == "margin of error"
    d = dt.date(2026, 5, 6)
    assert link("The office's monthly estimates carry a margin of error of roughly 15,000 jobs either way.",
                "The economy added some 12,000 jobs over the month, the office said.", d, d) is None


def test_two_tonnages_are_not_one_counted_thing_by_their_unit_alone():
    """"The reserve holds about 90,000 tonnes" and "the board bought its first 80,000 tonnes of wheat": a tonne is what
    both are measured in, not a thing both count, so the unit is no evidence of one fact (and the two never meet)."""
    from claims.align import _same_counted

    a = frame("The national reserve holds about 90,000 tonnes, officials said.", "about 90,000 tonnes")
    b = frame("The grain board bought its first 80,000 tonnes of wheat this month.", "80,000 tonnes")
    assert not _same_counted(a, b)
    assert _same_counted(frame("About 900 homes were destroyed.", "About 900 homes"),
                         frame("Some 950 homes were destroyed.", "Some 950 homes"))
    d = dt.date(2026, 6, 18)
    assert link("The national reserve holds about 90,000 tonnes, enough for six weeks, officials said.",
                "The grain board bought its first 80,000 tonnes of wheat from abroad this month.", d, d) is None


def test_a_count_of_a_list_of_things_is_not_a_count_of_its_first_thing():
    """"More than 90,000 cattle, goats and sheep have died" counts all three: never a rival of "at least 40,000 cattle
    have died"; a list of people ("1,200 staff and contractors") is one workforce and keeps its class."""
    from claims.align import counted_fit

    herd = frame("More than 90,000 cattle, goats and sheep have died since March.", "More than 90,000 cattle")
    cattle = frame("The farmers' union says at least 40,000 cattle have died.", "at least 40,000 cattle")
    assert herd.counted_class.startswith("list:") and not counted_fit(herd, cattle, True)
    staff = frame("Around 1,200 staff and contractors were working on the lines.", "Around 1,200 staff")
    assert not staff.counted_class.startswith("list:")
    d = dt.date(2026, 6, 18)
    assert link("More than 90,000 cattle, goats and sheep have died since March, the agency said.",
                "At least 40,000 cattle have died since March, the farmers' union says.", d, d) is None


def test_households_and_families_are_one_counted_thing():
    from claims.align import counted_fit

    a = frame("Some 120,000 farming households lost their entire crop.", "Some 120,000 farming households")
    b = frame("About 120,000 families saw their crops fail completely.", "About 120,000 families")
    assert a.counted_class == b.counted_class == "home" and counted_fit(a, b, False)


def test_the_last_meeting_named_by_its_day_is_the_meeting_another_report_dates():
    """"held its policy rate at 3.5 per cent at its last meeting on 12 March" and "left its rate at 3.5% on March 12":
    the last meeting is the one the other report dates, so the two meet; without a day, "the previous meeting" stays
    another occasion."""
    from claims.model import Relation

    d = dt.date(2026, 4, 1)
    lk = link("The central bank held its policy rate at 3.5 per cent at its last meeting on 12 March.",
              "The central bank left its policy rate at 3.5% on March 12.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "cohort"), [
    ("Food prices were 5.1% higher than a year earlier.", "5.1%", "component:food"),
    ("Energy and fuel prices rose 8.2%, up from 7.7%.", "8.2%", "component:energy"),
    ("Core inflation, which excludes food and energy, edged up to 2.9%.", "2.9%", "component:core"),
    ("Electricity alone cost 12.5 per cent more than a year before.", "12.5 per cent", "component:electricity"),
    ("The rise was driven by heating, whose price rose 7 per cent.", "7 per cent", "component:heating"),
    ("Annual inflation rose to 3.7% in May.", "3.7%", ""),
    ("Gas supplies fell 20% in May.", "20%", ""),  # supplies are no price
    # a region's rate, a food group's, and a part named after "inflation in"
    ("The rural inflation rate stood at 5.2 per cent in July.", "5.2 per cent", "component:rural"),
    ("Rural inflation was at 5.2 per cent in July.", "5.2 per cent", "component:rural"),
    ("Urban inflation also rose to 4.8% from 3.9%.", "4.8%", "component:urban"),
    ("Pulses inflation was 9.4 per cent in July.", "9.4 per cent", "component:pulses"),
    ("The inflation in the food basket was 8.3 per cent in July.", "8.3 per cent", "component:food"),
    ("Retail inflation in vegetables reached 21 per cent.", "21 per cent", "component:vegetable"),
    # the part named right after the change: "a steep 8.3% jump in food prices"
    ("Inflation hit 5.1% in July, with shoppers facing a steep 8.3% jump in food prices.", "8.3%",
     "component:food"),
    ("Food inflation rose to 8.3% in July, driven by a 21 per cent surge in fruit costs.", "21 per cent",
     "component:fruit"),
    ("Inflation hit 5.1% in July, with shoppers facing a steep 8.3% jump in food prices.", "5.1%", ""),
])
def test_a_figure_told_for_a_part_of_a_price_index_carries_the_part(text, label, cohort):
    assert frame(text, label).cohort == cohort


def test_a_part_of_the_price_index_never_meets_the_headline_rate_or_another_part():
    """"Food prices were 5.1% higher" is neither the headline inflation rate nor energy's (RELATIONS.md §1: what is
    measured), so no agreement, conflict or update between them."""
    d = dt.date(2026, 6, 11)
    assert link("Food prices were 5.1% higher than a year earlier, the statistics office said.",
                "Energy prices were 8.2% higher than a year earlier, the statistics office said.", d, d) is None
    assert link("Food prices were 3.7% higher than a year earlier, the statistics office said.",
                "Annual inflation rose to 3.7% in May, the statistics office said.", d, d) is None
    assert link("Rural inflation was 7.6% in May, the statistics office said.",
                "Annual inflation rose to 7.5% in May, the statistics office said.", d, d) is None
    assert link("Rural inflation was 7.6% in May, the statistics office said.",
                "Urban inflation was 7.6% in May, the statistics office said.", d, d) is None


def test_a_forecast_for_another_period_is_no_update_of_the_outcome():
    """"inflation would be back below 3 per cent by March" is a forecast for March; "inflation rose to 3.9% in May" is
    May's outcome: two periods, one told ahead, so no update between them (RELATIONS.md §3); two forecasts for two
    periods may still be one forecast revised."""
    d = dt.date(2026, 6, 10)
    assert link("The finance minister told parliament that inflation would be back below 3 per cent by March.",
                "Annual inflation rose to 3.9% in May, the statistics office said.", d, d) is None


@pytest.mark.parametrize(("text", "label"), [
    ("The figures put inflation well above the central bank's 2% target.", "2%"),
    ("The central bank aims to keep inflation at 2%, with a band of one point either side.", "2%"),
    ("The Bank of Osterra, which targets inflation of 2%, held its rate on Thursday.", "2%"),
    ("The bank has an inflation target of 2 per cent.", "2 per cent"),
])
def test_a_level_aimed_at_is_a_target_not_a_reading(text, label):
    """"the central bank's 2% target" is the level aimed at: never the inflation rate read ("inflation stood at 2.1%")."""
    assert frame(text, label).measure == "target"


def test_a_target_never_meets_the_rate_it_aims_for():
    assert frame("Annual inflation rose to 2.1% in May.", "2.1%").measure != "target"
    d = dt.date(2026, 6, 10)
    assert link("The central bank aims to keep inflation at 2%, the bank said.",
                "A year ago, annual inflation stood at 2.1%, the statistics office said.", d, d) is None


@pytest.mark.parametrize(("text", "label", "year_ago"), [
    ("A year ago, in May 2025, inflation stood at just 2.2%.", "2.2%", True),
    ("Unemployment rose to 5.1% in May, up from 4.9% in April and 4.5% a year ago.", "4.5%", True),
    ("Unemployment rose to 5.1% in May, up from 4.9% in April and 4.5% a year ago.", "5.1%", False),
    ("Food prices were 6.1% higher than a year earlier.", "6.1%", False),  # a comparison with then
    ("Wages rose 4.2% from a year earlier.", "4.2%", False),
    # an earlier forecast of a period still to come is that forecast, not a reading of a year before
    ("A year ago, the ministry expected the 2027 deficit to be 2.9% of GDP.", "2.9%", False),
])
def test_a_figure_told_as_a_year_before_is_another_occasion(text, label, year_ago):
    """"A year ago, in May 2025, inflation stood at just 2.2%" is last year's reading: never an update of this month's."""
    assert frame(text, label).other_occasion is year_ago


def test_a_figure_told_a_year_before_takes_no_month_of_the_figure_beside_it():
    """"up from 5.1% in January and 4.8% a year ago": January is the 5.1%'s month, not the 4.8%'s (which is of
    February a year before), so the 4.8% never meets another report's January figure."""
    d = dt.date(2026, 3, 11)
    assert link("Unemployment rose to 5.4% in February, up from 5.1% in January and 4.8% a year ago, officials said.",
                "Average weekly earnings rose 4.6% from a year earlier to 1,184 crowns, slowing from 4.9% growth in "
                "January.", d, d) is None


@pytest.mark.parametrize(("a", "la", "b", "lb", "rel"), [
    ("The policy rate stayed at 4.25%.", "4.25%", "Inflation came in at 4.1%.", "4.1%", "compatible"),
    ("Inflation came in at 4.1%.", "4.1%", "Inflation was 4.1 per cent.", "4.1 per cent", "equal"),
    ("Inflation came in at 4.1%.", "4.1%", "Inflation was 4.10%.", "4.10%", "equal"),
    ("The firm cut 412 jobs.", "412 jobs", "The firm cut 410 jobs.", "410 jobs", "compatible"),
    ("The firm cut 3,000 jobs.", "3,000 jobs", "The firm cut 3,000 posts.", "3,000 posts", "equal"),
])
def test_two_bare_values_are_equal_only_when_they_say_one_number(a, la, b, lb, rel):
    """Two bare values whose rounding intervals overlap are compatible (RELATIONS.md §2), and equal only when they give
    the same number to the coarser one's precision: "4.25%" and "4.1%" overlap, but are no equal pair (a policy rate
    of 4.25% is not an inflation rate of 4.1% by the strength of their values)."""
    from claims.align import _relate_values

    assert _relate_values(frame(a, la), frame(b, lb)) == rel


@pytest.mark.parametrize(("text", "label"), [
    ("The ministry said 900,000 people now need food assistance.", "900,000 people"),
    ("The agency raised the number of people it says need food aid to 1.1 million.", "1.1 million"),
    ("Some 1.1 million people are in need of humanitarian aid, the UN said.", "Some 1.1 million people"),
])
def test_people_who_need_aid_are_one_measure(text, label):
    """"900,000 people need food assistance" and "the number who need food aid rose to 1.1 million" count one thing,
    so the two are one figure at two moments (RELATIONS.md §3), not two unnamed counts of people."""
    assert frame(text, label).measure == "need aid"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Employers added 18,200 jobs over the month, the office said.", "18,200 jobs", "hired"),
    ("Employment rose by 11,900 in April.", "11,900", "hired"),
    ("Employment grew by a seasonally adjusted 11,900.", "11,900", "hired"),
    ("Just over 12,000 jobs were added in April.", "Just over 12,000 jobs", "hired"),
    ("Payrolls increased by 12,000 in April.", "12,000", "hired"),
    ("Revisions took a net 5,300 jobs off the tally for February and March.", "5,300 jobs", "revision"),
])
def test_jobs_an_economy_adds_are_jobs_gained_and_a_revision_is_its_own(text, label, measure):
    """"Employers added 18,200 jobs" and "Employment rose by 11,900" tell one figure (the jobs gained, as "created 400
    jobs"), while "Revisions took 5,300 jobs off the tally" is what a revision removed, no gain of its own."""
    assert frame(text, label).measure == measure


def test_a_vote_tally_weighs_as_a_count_not_as_a_duration_or_distance():
    f = agree_features("The judges split four to three.", "The court divided 4:3 on the question.")
    assert f["count"] == 1.0 and f["other_class"] == 0.0 and f["equal"] == 1.0


def test_two_figures_matching_pair_by_pair_make_one_fact():
    """"revenue slipped 3.2% to 18.4 billion euros" ~ "sales fell 3.2 per cent to €18.4bn": each pair of figures
    alone might be a coincidence, both together are the same report."""
    lk = link("Revenue slipped 3.2% to 18.4 billion euros.", "Sales fell 3.2 per cent to €18.4bn.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_an_area_named_with_its_kind_as_subject_places_the_figure():
    """"the Lormont district has reported 800 cases" is the district's count, not the country's."""
    assert frame("By Monday the Lormont district had reported 800 suspected cases.", "800 suspected cases").places
    assert not frame("The Lormont district hospital treated 300 patients.", "300 patients").places


def test_a_running_total_since_a_start_is_no_rival_of_one_periods_figure():
    """"350,000 men mobilised since the war began" against "133,000 in the draft between October and January":
    a running total and one period's figure, not two reports of one count (neither conflict nor update)."""
    since = "The army has mobilised 41,000 reservists since the war began, officials said."
    assert frame(since, "41,000 reservists").since
    assert link(since, "The army will mobilise 12,000 reservists between October and January, officials said.",
                dt.date(2025, 9, 30), dt.date(2025, 9, 30)) is None
    # (with no period on the other side, the two stay comparable: "41,000 so far" against "12,000" is a conflict)
    lk = link(since, "The army has mobilised 12,000 reservists, officials said.")
    assert lk is not None and lk.relation is Relation.CONFLICT


@pytest.mark.parametrize("text, label, measure", [
    # the noun says who is counted, the predicate what happened to them
    ("Three passengers were still missing on Friday, the coastguard said.", "Three passengers", "missing"),
    ("About 9,000 passengers had their flights cancelled by noon.", "About 9,000 passengers", "cancelled"),
    ("Two passengers died in hospital overnight.", "Two passengers", "killed"),
    # with nothing happening to them, passengers are what is counted
    ("The ferry was carrying 640 passengers.", "640 passengers", "passengers"),
])
def test_passengers_take_the_measure_of_what_happened_to_them(text, label, measure):
    f = frame(text, label)
    assert f.measure == measure
    assert f.counted_class in ("passenger", "")  # (counted as passengers, or named as the measure itself)


@pytest.mark.parametrize("text", [
    "Fifty volunteers will be recruited in each of 40 towns, a reserve force of 2,000.",
    "Some 30 nurses were recruited for each of 12 field hospitals, a contingent of about 360.",
])
def test_the_size_of_a_body_of_people_takes_the_measure_of_those_the_sentence_counts(text):
    fs = figure_frames(claim(text))
    first, size = fs[0], fs[-1]
    assert first.measure and size.measure == first.measure and size.counted_class == "people"
    assert size.status is first.status


def test_a_force_of_n_with_no_counted_people_before_it_names_no_measure():
    f = figure_frames(claim("The alliance agreed to build a rapid-reaction force of 5,000 by 2027."))[0]
    assert f.measure == "" and f.counted_class == "people"


def test_figures_on_two_weekdays_of_undated_reports_are_an_update():
    from claims.align import UPDATE, _time_relation, build_item

    a = build_item(claim("Eleven climbers were still missing on Monday, rescuers said."), 0)
    b = build_item(claim("Four climbers were still missing on Wednesday, rescuers said."), 1)
    assert _time_relation(a.figs[0].frame, b.figs[0].frame, a, b) is UPDATE


@pytest.mark.parametrize("text, label, measure", [
    ("The new levy is expected to bring in about €400 million a year.", "about €400 million", "raised"),
    ("Of nurses who voted, 81 per cent said yes, on a turnout of 64 per cent.", "81 per cent", "votes"),
    ("Of nurses who voted, 81 per cent said yes, on a turnout of 64 per cent.", "64 per cent", "turnout"),
    ("Six in ten members took part in the ballot, the union said.", "Six in ten", "turnout"),
])
def test_ballot_answers_turnout_and_money_brought_in(text, label, measure):
    assert frame(text, label).measure == measure


def test_a_subject_that_is_someones_own_makes_the_clause_theirs():
    # (owned outright, not only acted on: the subject is theirs)
    f = frame("The Harbour Pilots Guild's own ballot produced a 79% vote for action on a 66% turnout.", "66%")
    assert "harbo" in f.owners


def test_members_of_a_named_body_are_that_bodys():
    f = frame("Six in ten members of the Harbour Pilots Association took part in the vote.", "Six in ten")
    assert {"harbo", "pilot", "assoc"} <= f.owners


def test_a_later_figure_of_the_sentence_is_the_same_subjects_when_no_other_name_comes_between():
    f = frame("Six in ten members of the Harbour Pilots Association took part in the vote, and more than eight in ten "
              "of those backed the walkout.", "more than eight in ten")
    assert "harbo" in f.agents
    g = frame("Some 81% of HPA members backed the walkout, while at Quayside Dockers the turnout was 48%.", "48%")
    assert "hpa" not in (g.owners | g.agents)


def test_a_level_after_a_change_in_points_takes_the_changes_measure():
    assert frame("Ten-year yields rose 0.12 percentage points to 3.41%.", "3.41%").measure == "yield"
    assert frame("The index gained 35 basis points to 5.2%.", "5.2%").measure == frame(
        "The index gained 35 basis points to 5.2%.", "35 basis points").measure


def test_two_changes_at_moments_apart_are_two_moves_not_a_conflict():
    a = make_doc("a", "The central bank raised its policy rate by a quarter point on Thursday, to 3.5%.",
                 date=dt.date(2025, 11, 14))
    b = make_doc("b", "The bank last raised rates in March, when it lifted the policy rate by half a point.",
                 date=dt.date(2025, 11, 15))
    an = analyse([a, b])
    assert not [link for link in an.links if link.relation in (Relation.CONFLICT, Relation.UPDATE)]


@pytest.mark.parametrize(("text", "label", "measure", "counted"), [
    # people named by what they do are counted under it, whichever word names them
    ("Police said 5,000 protesters gathered outside the town hall.", "5,000 protesters", "protesters", "role:protester"),
    ("Some 4,000 demonstrators gathered outside the town hall.", "Some 4,000 demonstrators", "protesters",
     "role:demonstrator"),
    ("The prefecture counted 12,300 marchers in Velm on Sunday.", "12,300 marchers", "protesters", "role:marcher"),
    ("About 800 refugees crossed the border overnight.", "About 800 refugees", "displaced", "role:refugee"),
    # unless the predicate says what happened to them
    ("About 200 protesters were detained after the rally.", "About 200 protesters", "arrested", "role:protester"),
    ("Police arrested 300 demonstrators in the old town.", "300 demonstrators", "arrested", "role:demonstrator"),
    # "the number of X": X is who is counted
    ("The number of police officers injured in Velm had risen to 23 by Monday.", "23", "injured", "role:officer"),
    ("The number of landowners suing the company has risen to 175.", "175", "suing", ""),
])
def test_people_named_by_what_they_do_are_counted_under_it(text, label, measure, counted):
    """"5,000 protesters", "4,000 demonstrators" and "12,300 marchers" are all a protest's size (RELATIONS.md §1:
    measure and counted thing); "200 protesters were detained" are arrests; "the number of police officers
    injured" counts officers, so it is not the count of injured demonstrators."""
    f = frame(text, label)
    assert (f.measure, f.counted_class) == (measure, counted)


def test_injured_officers_are_not_injured_demonstrators():
    assert not evidence("At least 23 demonstrators had been injured, medics said.",
                        "The number of police officers injured had risen to 23 by Monday.").agree
    assert evidence("Organisers said 41,000 people marched through Velm on Sunday.",
                    "The prefecture counted 12,300 marchers in Velm on Sunday.").differ


@pytest.mark.parametrize(("text", "label", "counted"), [
    ("Seventeen police officers were hurt in the clashes.", "Seventeen police officers", "role:officer"),
    ("About 2,000 police were deployed in the city.", "About 2,000 police", "role:officer"),
    ("Some 40 sheep farmers blocked the road.", "Some 40 sheep farmers", "role:farmer"),
    ("The storm killed 300 sheep.", "300 sheep", "noun:sheep"),
])
def test_a_noun_the_same_in_both_numbers_may_modify_the_counted_noun(text, label, counted):
    """"17 police officers" counts officers, not police; "2,000 police" are officers too."""
    assert frame(text, label).counted_class == counted


@pytest.mark.parametrize(("text", "label", "measure", "counted"), [
    ("There were 76 deaths in the first week.", "76 deaths", "killed", "people"),
    ("Police made 64 arrests in the old town.", "64 arrests", "arrested", "people"),
    ("The fault was linked to five injuries.", "five injuries", "injured", "people"),
    ("Health officials reported 5,200 cases.", "5,200 cases", "cases", ""),
])
def test_a_noun_naming_a_measure_of_people_counts_people(text, label, measure, counted):
    """"76 deaths" and "76 people were killed" count the same people; "5,200 cases" counts cases."""
    f = frame(text, label)
    assert (f.measure, f.counted_class) == (measure, counted)


def test_injuries_told_by_the_noun_meet_injuries_told_by_the_verb():
    assert evidence("The ministry said 42 people were injured.", "Officials recorded 42 injuries.").agree


def test_a_weekday_possessive_names_no_one():
    """"Saturday's march" is when, not whose: the figure after it has no agent to clash with another's."""
    f = frame("On Monday, city hall raised its bill for the damage caused during Saturday's march to €2.3m.", "€2.3m")
    assert not f.agents and not f.owners


@pytest.mark.parametrize(("text", "label"), [
    ("The Road Safety Board's tally, revised on Friday, stands at 36 crashes.", "36 crashes"),
    ("The Velm ministry's count was nearly 30,000 teachers.", "nearly 30,000 teachers"),
])
def test_whoever_counted_a_figure_is_its_source_not_its_subject(text, label):
    """"The Board's tally stands at 36" is the Board's count of the crashes, as "the Board said 36" is: a source,
    so it does not set the figure apart from the carmaker's 14 crashes in the US."""
    assert not frame(text, label).agents


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The Greens now have 14 deputies in the chamber.", "14 deputies", "seats"),
    ("The outbreak has claimed 12 lives so far.", "12 lives", "killed"),
])
def test_a_counted_noun_ending_in_ies_or_ves_names_its_measure(text, label, measure):
    """Counted nouns come as lemmas ("deputies" -> "deputy"): the measure vocabulary knows them in that form too."""
    assert frame(text, label).measure == measure


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Laboratories have confirmed 640 of the suspected cases.", "640", "confirmed cases"),
    ("Only about 700 cases have been confirmed by laboratory testing.", "about 700 cases", "confirmed cases"),
    ("Suspected cases have passed 3,100.", "passed 3,100", "suspected cases"),
    ("The region had recorded 2,870 suspected measles cases by Friday.", "2,870 suspected measles cases",
     "suspected cases"),
    ("The country has logged 3,150 cases.", "3,150 cases", "cases"),
])
def test_confirmed_and_suspected_cases_are_two_counts(text, label, measure):
    """An outbreak is counted twice: suspected cases and the part of them a laboratory confirmed. Cases said to be
    neither may be either (a family)."""
    assert frame(text, label).measure == measure


def test_confirmed_cases_are_no_rival_of_suspected_ones():
    assert not evidence("Only about 700 cases have been confirmed by laboratory testing.",
                        "Suspected cases have passed 3,100.").differ
    assert evidence("Only about 700 cases have been confirmed by laboratory testing.",
                    "Laboratories have confirmed about 900 cases.").differ


def test_an_unnamed_part_of_the_country_is_never_the_whole_countrys_figure():
    """"The capital's pass rate was 91.2%" and "In the region the figure was 80.4%" tell a part of the country with no
    name; "the national pass rate" and "nationally" tell the whole (RELATIONS.md §1: scope)."""
    part = frame("The capital's pass rate was 91.2 per cent, the examinations office said.", "91.2 per cent")
    assert "@area" in part.places and not part.whole
    assert "@area" in frame("In the region the figure was 80.4%.", "80.4%").places
    assert frame("The national pass rate slipped to 88.1 per cent.", "88.1 per cent").whole
    assert "@area" not in frame("In the region of Kessmar, 80.4% passed.", "80.4%").places
    assert relation_of("The capital's pass rate was 89.9 per cent, the examinations office said.",
                       "Nationally, 88.1% of candidates passed, the examinations office said.", "89.9", "88.1") is None
    # an unnamed part meets a named one: "the region's" in one report may be the Kessmar of another
    assert relation_of("The region's pass rate was 80.4%, according to the office's tables.",
                       "In Kessmar, 80.4 per cent of candidates passed, according to the office's tables.",
                       "80.4%", "80.4 per cent") is Relation.AGREE


def test_what_an_event_happened_to_is_not_whose_figure_it_is():
    """"The number of ships stranded by the grounding of the Sea Harrier rose to 212": the freighter is what ran aground,
    not whose count it is; "Corvane cut 1,400 jobs" still names whose."""
    assert not frame("The number of ships stranded by the grounding of the Sea Harrier rose to 212 on Friday.",
                     "212").agents
    assert not frame("Some 3,000 homes flooded after the collapse of the Kell Dam, officials said.",
                     "Some 3,000 homes").agents
    assert frame("Corvane Airlines cut 1,400 jobs on Friday.", "1,400 jobs").agents


def test_a_firms_own_pay_is_not_the_national_minimum():
    """"Kestrel Foods said it would raise its own starting pay to $13.50": the firm's own figure (RELATIONS.md §1:
    subject), never the national minimum of $13.25 that its value overlaps within reporting's rounding."""
    assert link("Marlovia will raise the minimum wage to $13.25 an hour from $12.40 next April, the government said "
                "on Monday.",
                "Kestrel Foods said last month it would raise its own starting pay to $13.50 an hour in April.") is None


def test_a_claim_for_compensation_is_the_sum_demanded():
    """"filed a claim for $412 million in compensation" ~ "is demanding $412 million from the owner": one sum claimed
    (RELATIONS.md §1: the same measure told as damages sought and as a demand)."""
    assert relation_of("The port authority on Monday filed a claim for $412 million in compensation against Harlow "
                       "Shipping, the owner of the stranded freighter.",
                       "The port authority is demanding $412 million from the owner of the freighter that blocked the "
                       "harbour.", "$412 million", "$412 million") is Relation.AGREE


def test_a_figure_for_a_defined_group_or_the_rest_is_not_the_whole_populations():
    """"Pupils on free school meals passed at a rate of 87.9%" and "87.9% for everyone else" are not the national pass
    rate of 88.1% (RELATIONS.md §1: scope), nor is "the capital's pass rate"; two reports of one group's rate meet."""
    assert relation_of("Pupils on free school meals passed at a rate of 87.9%, the exams office said.",
                       "The national pass rate was 88.1%, the exams office said.", "87.9%", "88.1%") is None
    assert relation_of("The rate was 71.2% for pupils who receive free meals and 87.9% for everyone else.",
                       "The pass rate was 88.1%, the exams office said.", "87.9%", "88.1%") is None
    assert relation_of("The capital's pass rate was 88.9 per cent, the exams office said.",
                       "The pass rate was 88.1%, the exams office said.", "88.9", "88.1%") is None
    assert relation_of("Pupils on free school meals passed at a rate of 71.2%, the exams office said.",
                       "The rate was 71.2% for pupils who receive free meals, the exams office said.",
                       "71.2%", "71.2%") is Relation.AGREE


def test_what_a_forecaster_said_would_happen_is_a_projection_not_a_plan():
    """"The institute had forecast before the release that about 25% of entries would get top grades": the "would"
    of a forecast projects an outcome (an estimate, RELATIONS.md §1), it is no one's intention; an estimate never
    agrees with the count it forecast."""
    assert frame("The institute had forecast before the release that about 25% of entries would get top grades.",
                 "about 25%").status is Status.FUTURE
    assert frame("The minister said that 25% of the fund would go to schools.", "25%").status is Status.INTENT
    assert relation_of("The Harbour Institute had forecast before the release that about 25% of entries would get "
                       "top grades.", "The share of entries graded A or A+ was 24.6%.", "25%", "24.6%") is None


@pytest.mark.parametrize(("text", "label", "joint"), [
    ("The three parties would together control 57 seats, one more than the 56 required.", "57 seats", True),
    ("The three parties would together control 57 seats, one more than the 56 required.", "56", False),
    ("The angling clubs have about 600 members between them.", "about 600 members", True),
    ("Together they flew 131 flights over the two days.", "131 flights", True),
    ("Together with police, 600 soldiers searched the valley.", "600 soldiers", False),
    ("The opposition said the combined tax changes would cost a household €430.", "€430", False),
])
def test_a_sum_held_by_several_is_marked(text, label, joint):
    assert frame(text, label).joint is joint


def test_a_sum_held_by_several_is_no_one_members_figure():
    """Three parties' 57 seats together are not one party's 57 (or its 37): RELATIONS.md §1, subject."""
    assert not evidence("The Greens hold 37 seats in the new assembly.",
                        "The Greens, the Liberals and the Farmers would together control 57 seats in the new assembly."
                        ).differ


@pytest.mark.parametrize(("text", "label", "status"), [
    ("The 9 per cent figure is uncertain: the true effect could lie between 1 per cent and 17 per cent.",
     "9 per cent", Status.UNMARKED),
    ("Turnout was 61%; the party expects 70% next time.", "61%", Status.FACT),
    ("About 100 per district will be conscripted, 20,000 in all.", "20,000", Status.INTENT),
    # a clause of its own opened by "after" or "because" tells what happened, whatever the main clause warns of
    ("The mayor warned of a disaster on Sunday after some 9,000 litres of diesel leaked from a barge.",
     "some 9,000 litres", Status.FACT),
    ("The heaters, which can catch fire even after a short power cut, have caused at least two deaths.",
     "at least two deaths", Status.FACT),
    ("The tariff will be halved and abolished after eight years.", "eight years", Status.INTENT),  # (a span, no clause)
])
def test_a_plan_or_estimate_marks_the_figures_of_its_clause_only(text, label, status):
    """"will be conscripted ..., 20,000 in all" is the plan's figure; a colon or a semicolon ends the clause that a
    modal marks, so the measured 9% is not made an estimate by the "could" after it."""
    assert frame(text, label).status is status


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Velmar's stock was at one point down more than 6% in Oslo on Monday.", "more than 6%", "share price"),
    ("An earlier trial of nearly 18,000 villagers reported a 9 per cent cut in strokes.", "nearly 18,000 villagers", ""),
    ("The airline will cut 40 routes.", "40 routes", ""),
    ("Acme will cut 3,000 posts.", "3,000 posts", "jobs cut"),
])
def test_stock_moves_and_cuts_of_things_other_than_jobs(text, label, measure):
    assert frame(text, label).measure == measure


def test_a_move_at_one_point_is_its_extreme():
    """"as much as 7.3%" and "at one point down more than 7%" both tell how far the shares went during the day."""
    assert evidence("Velmar's shares fell as much as 6.4% in Oslo trading on Monday morning.",
                    "Velmar's stock was at one point down more than 6% in Oslo on Monday.").agree
    assert frame("Velmar's stock was at one point down more than 6% in Oslo on Monday.", "more than 6%").at_one_point
    # the day's extreme and the close are two facts, whether the values match or not
    close = "Shares in Velmar closed 3.9 per cent lower in Oslo on Monday."
    assert not evidence(close, "Velmar's stock was at one point down more than 6% in Oslo on Monday.").differ
    assert not evidence(close, "Velmar's shares fell as much as 6.4% in Oslo trading on Monday.").differ


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Rescuers found two more bodies on Friday, raising the death toll from the Marwick Flood to nine.", "nine",
     "killed"),
    ("The toll from the Hesker Quake rose to twelve on Saturday morning.", "twelve", "killed"),
    ("Divers recovered another body, bringing the number of people killed in the capsizing to six.", "six", "killed"),
])
def test_a_tally_reaching_a_number_written_out_is_a_figure(text, label, measure):
    """"raising the toll to nine" is as much a figure as "raising the toll to 9" (a number word alone is not)."""
    assert frame(text, label).measure == measure


def test_a_number_word_with_no_tally_stays_out():
    assert [v.text for v in find_values("The hearing moved from seven to nine, then back to eight.")] == []
    assert [v.text for v in find_values("The total rose to eight.")] == ["eight"]


@pytest.mark.parametrize(("text", "label"), [
    ("Three people have died in the Harrow Ridge Fire, the county sheriff said on Monday.", "Three people"),
    ("Eleven people were killed in the Dunmore Flood, the regional government said.", "Eleven people"),
])
def test_an_event_named_like_a_place_is_not_where_the_figure_is(text, label):
    """"died in the Harrow Ridge Fire": the fire's name, not a place, so another outlet's "killed three in the state
    of Oregon" is not another place's toll."""
    assert not frame(text, label).places


def test_a_name_after_an_area_kind_is_where_the_event_is_not_who_acted():
    f = frame("A wildfire in the US state of Calvera has killed five people, officials said on Tuesday.", "five people")
    assert not f.agents


def test_a_death_toll_told_with_the_event_name_and_with_the_state_updates():
    """Two outlets, one naming the fire, the other the state it burns in: one toll that rose (RELATIONS.md §3)."""
    lk = link("Two people have died in the Harrow Ridge Fire, the county sheriff said on Monday.",
              "A wildfire in the US state of Calvera has killed five people, local officials said on Tuesday.",
              dt.date(2025, 8, 11), dt.date(2025, 8, 12))
    assert lk is not None and lk.relation is Relation.UPDATE


@pytest.mark.parametrize("text", [
    "Police put the size of Saturday's march at about 21,000.",
    "Organisers put the size of the rally in the capital at 60,000.",
])
def test_the_size_of_a_march_counts_the_marchers(text):
    [f] = figure_frames(claim(text))
    assert f.measure == "protesters"


@pytest.mark.parametrize(("text", "label", "unit"), [
    ("The Liberals won 21 seats and the Rural Party seven.", "seven", "seat"),
    ("Northfield took 40 medals, while the Eastern Isles eleven.", "eleven", "medal"),
])
def test_a_gapped_number_word_counts_what_the_figure_before_it_counts(text, label, unit):
    """"21 seats and the Rural Party seven": seven seats (the noun left out after the second name)."""
    [v] = [v for v in find_values(text) if v.text == label]
    assert (v.kind, v.unit) == ("count", unit)


def test_a_level_moved_to_in_words_is_a_figure():
    assert [v.text for v in find_values("The Liberals now hold 22 seats, while the Rural Party drops to six.")] == [
        "22 seats", "six"]


@pytest.mark.parametrize(("text", "label"), [
    ("Divers recovered seven more bodies from the wreck on Tuesday.", "seven more bodies"),
    ("Police arrested 12 more people overnight.", "12 more people"),
])
def test_n_more_of_a_thing_is_a_count_and_an_addition(text, label):
    """"seven more bodies" counts bodies, and is an addition to a toll, never the toll itself."""
    f = frame(text, label)
    assert f.value.kind == "count" and f.added


@pytest.mark.parametrize(("text", "label", "weekday"), [
    ("On Monday, the town council raised its bill for the damage caused during Saturday's march to €2.9m.", "€2.9m",
     0),
    ("By Thursday, the count after Tuesday's vote had risen to 41,200.", "41,200", 3),
    ("Tuesday's toll of 41 was revised on Wednesday.", "41", 1),
])
def test_a_date_naming_the_event_is_not_the_moment_of_the_figure(text, label, weekday):
    """"Saturday's march" names the march (RELATIONS.md §1: an identifying detail); the figure is Monday's. "Tuesday's
    toll" is the toll's own moment."""
    assert frame(text, label).weekday == weekday


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Net profit came in at €610m for the quarter, almost 30 per cent lower than a year earlier.",
     "almost 30 per cent", "net profit"),
    ("Revenue rose to $4.2 billion, up 12% from the same period last year.", "12%", "revenue"),
])
def test_a_change_trailing_a_level_is_that_levels_change(text, label, measure):
    """", almost 30 per cent lower than a year earlier" tells how the net profit before it moved."""
    assert frame(text, label).measure == measure


def test_a_change_with_a_subject_of_its_own_keeps_it():
    assert frame("Revenue rose to $4.2 billion, while costs fell 3%.", "3%").measure != "revenue"


def test_a_peoples_adjective_names_its_country():
    """"the Chinese trial" and "a trial in China" name one subject (the key of "Russian" and "Russia" always matched;
    "Chinese" and "China", "Scottish" and "Scotland" did not)."""
    from claims.frames import name_key

    assert name_key("Chinese") == name_key("China")
    assert name_key("Scottish") == name_key("Scotland")
    assert name_key("Russian") == name_key("Russia")
    assert name_key("Chile") != name_key("China")
    assert evidence("The 2019 Chinese trial of 9,000 farmers reported a 12 per cent cut in strokes.",
                    "It echoes a 2019 trial in China involving about 9,000 people, which found 12% fewer strokes.").agree


def test_an_accounting_provision_is_not_the_cost_it_covers():
    """"will book a provision of EUR 95m" is an accounting charge (its own measure); "the recall will cost about EUR 95
    million" is the cost: the same sum, two facts (RELATIONS.md §1, measure)."""
    assert frame("Halvik said it would book a provision of €95m to cover the recall.", "€95m").measure == "provision"
    assert frame("The bank took a €1.2bn impairment on its property loans.", "€1.2bn").measure == "provision"
    assert agree_features("Halvik said it would book a provision of €95m to cover the recall.",
                          "Halvik reckons the recall will cost it about €95 million.")["measure_clash"] == 1.0
    assert link("Halvik said it would book a provision of €95m in its third-quarter accounts to cover the recall.",
                "Halvik reckons the whole exercise will cost it about €95 million.") is None


@pytest.mark.parametrize(("text", "label"), [
    ("The nurses' union is seeking 12%.", "12%"),
    ("The union's claim is for 12 per cent.", "12 per cent"),
    ("The union demands a 12% rise over two years.", "12%"),
])
def test_what_a_side_asks_for_is_a_demand(text, label):
    """"is seeking 12%" and "the claim is for 12 per cent" state the union's demand (the employer's is an offer)."""
    assert frame(text, label).measure == "demand"


def test_two_reports_of_a_demand_agree():
    assert link("The union's claim is for 12 per cent.", "The nurses' union is seeking 12%.") is not None


@pytest.mark.parametrize(("text", "label"), [
    ("Town hall put the cost of the damage in the old quarter at €2.6 million.", "€2.6 million"),
    ("The deputy mayor said the damage came to about €2.6 million.", "about €2.6 million"),
])
def test_what_damage_costs_is_a_cost(text, label):
    """"put the cost of the damage ... at EUR 2.6 million" and "the damage came to about EUR 2.6 million" state one
    cost (a sum of damage is what it costs, not a count of things damaged)."""
    assert frame(text, label).measure == "cost"


def test_two_reports_of_what_damage_costs_agree():
    assert link("Town hall put the cost of the damage in the old quarter at €2.6 million.",
                "The deputy mayor said the damage came to about €2.6 million.") is not None


def test_a_span_of_months_is_no_owner():
    f = frame("Analysts expect operating profit of about €3.1 billion for the July-to-September quarter.",
              "about €3.1 billion")
    assert not f.owners and not f.agents


def test_an_expectation_is_never_a_rival_of_the_result():
    """Analysts "expect" EUR 3.1bn, the company "reported" EUR 2.6bn: an estimate is not a count (RELATIONS.md §1:
    status), so the two never conflict, whatever the values."""
    assert not evidence("Analysts on average expect operating profit of about €3.1 billion for the quarter.",
                        "Operating profit came in at €2.6 billion for the quarter, the company reported.").differ
    # two counts still differ
    assert evidence("Operating profit came in at €2.9 billion for the quarter, the company said.",
                    "Operating profit came in at €2.6 billion for the quarter, the company reported.").differ


@pytest.mark.parametrize(("text", "label"), [
    ("That left the Liberals ahead by 6,210 votes.", "6,210 votes"),
    ("The mayor's conservatives finished about 6,000 votes ahead of the Greens.", "about 6,000 votes"),
    ("Her lead over the Greens' candidate was just over 6,000 votes.", "just over 6,000 votes"),
    ("The recount confirmed her as the winner, though by 19 votes.", "19 votes"),
])
def test_a_winners_margin_is_a_margin_not_a_vote_count(text, label):
    """"ahead by 6,210 votes" is how far apart two parties finished, never the size of a vote ("a vote of the party's
    14,000 members") nor a party's total."""
    assert frame(text, label).measure == "margin"


def test_a_tally_of_votes_is_not_a_margin():
    assert frame("The bill passed by 310 votes to 250.", "310 votes to 250").measure == "votes"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The employers' new offer, made late on Tuesday, is worth 7.5% over two years.", "7.5%", "offer"),
    ("The total cost was about €4.1 million.", "about €4.1 million", "cost"),
])
def test_a_figure_stated_of_its_subject_takes_the_subjects_measure(text, label, measure):
    """"the new offer, made late on Tuesday, is worth 7.5%": the offer's figure, an aside between."""
    assert frame(text, label).measure == measure


def test_two_offers_told_with_and_without_the_word_differ():
    lk = link("On Tuesday night the employers tabled a revised offer of 7% for this year.",
              "The employers' new offer, made late on Tuesday, is worth 7.5% for this year.")
    assert lk is not None and lk.relation in (Relation.CONFLICT, Relation.UPDATE)


def test_the_opposition_as_a_source_is_not_the_figures_owner():
    """"The opposition said the changes would leave a household EUR 300 worse off": the opposition says it, the figure
    is the household's; "the opposition's budget would spend EUR 2bn" is the opposition's own figure."""
    assert not frame("The opposition said the tax changes would leave a household €300 a year worse off.",
                     "€300").owners
    assert frame("The opposition's budget would spend €2 billion on roads.", "€2 billion").owners


def test_a_households_income_is_no_company_profit():
    assert frame("A household on a median income gains roughly €150 a year.", "roughly €150").measure != "profit"
    assert frame("Net income rose to €1.2 billion.", "€1.2 billion").measure == "net profit"


@pytest.mark.parametrize(("text", "label"), [
    ("Part of the proceeds will pay for income tax reductions worth 0.9 billion euros.", "0.9 billion euros"),
    ("Income tax cuts for low earners will cost €0.9 billion, the ministry said.", "€0.9 billion"),
])
def test_what_a_tax_cut_is_worth_is_its_cost(text, label):
    assert frame(text, label).measure == "cost"


def test_what_a_tax_raises_stays_the_taxs():
    assert frame("The VAT rise will raise about €700 million a year.", "about €700 million").measure != "cost"


def test_the_span_after_a_figure_is_its_period_when_the_day_before_belongs_to_another_verb():
    """"a decree signed on 30 September orders 90,000 men to be called up between October and January": the day is
    the decree's; the months after the figure are the period it covers (so a running total "since the war began"
    is no earlier report of it)."""
    from claims.values import find_values as fv

    text = "A decree signed on 30 September orders 90,000 men to be called up between October and January."
    c = Claim("x", "d", 0, len(text), text, "figure", 1.0, "", tuple(fv(text, ref_date=dt.date(2024, 10, 1))))
    [f] = [f for f in figure_frames(c) if f.label == "90,000 men"]
    assert f.period is not None and f.period[0].month == 10


@pytest.mark.parametrize(("text", "status"), [
    # advice to act is still to come, as "should" tells it
    ("The maker has advised owners to stop driving the affected vans.", Status.FUTURE),
    ("Residents were urged not to return to the valley overnight.", Status.FUTURE),
    ("The agency warned the boats on Monday.", Status.FACT),  # a warning given, no act advised
    ("The board recommended the bid to its shareholders.", Status.FACT),
    # a warning as a noun is no advice: "raised its warning to red" was done
    ("The weather service raised its warning for the coast to red at 15:40 on Tuesday.", Status.FACT),
])
def test_advice_to_act_is_an_act_still_to_come(text, status):
    assert claim_status(claim(text)) is status


def test_advice_to_act_meets_the_same_advice_told_with_should():
    """"has advised owners to stop driving" and "says owners should stop driving" give one piece of advice."""
    lk = link("Harlow Motors has advised owners whose vans lose power on hills to stop driving them and call a dealer.",
              "Harlow Motors says owners whose vans lose power on hills should stop driving them and call a dealer.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_fact_told_before_a_clause_still_to_come_is_still_told():
    """"We are sorry for the delays, and we will refund every fare": the apology is told as a fact, in a clause of
    its own before the promise; another report of the apology confirms it. A claim that is only a promise still
    confirms no fact."""
    lk = link('"We are sorry for the delays this caused our passengers, and we will refund every fare," Orla Benn, '
              "the chief executive of Tidewater Ferries, said in a statement.",
              "Orla Benn, the chief executive of Tidewater Ferries, said sorry to passengers for the delays in a "
              "statement on Friday.")
    assert lk is not None and lk.relation is Relation.AGREE
    assert link("Tidewater Ferries will refund every fare to passengers hit by the delays, Orla Benn said.",
                "Orla Benn, the chief executive of Tidewater Ferries, said sorry to passengers for the delays in a "
                "statement on Friday.") is None


def test_a_weekday_in_an_undated_report_against_another_day_of_a_dated_one_is_an_update():
    """"still missing on Monday" in an undated report and "still missing on Tuesday" in one of Tuesday 11 March: two
    days, so the two counts are an update (RELATIONS.md §3), not rival counts of one moment."""
    lk = link("Fourteen climbers were still missing on Monday evening, the mountain rescue service said.",
              "Eleven climbers were still missing on Tuesday evening, the mountain rescue service said.",
              None, dt.date(2025, 3, 11))
    assert lk is not None and lk.relation is Relation.UPDATE
    same_day = link("Fourteen climbers were still missing on Tuesday evening, the mountain rescue service said.",
                    "Eleven climbers were still missing on Tuesday evening, the mountain rescue service said.",
                    None, dt.date(2025, 3, 11))
    assert same_day is not None and same_day.relation is Relation.CONFLICT


@pytest.mark.parametrize(("text", "label", "measure", "counted"), [
    # a part of a named whole of things: the noun after "of the" is what is counted, as "1,900 cases" says it
    ("Only about 1,900 of the cases have been confirmed by a laboratory.", "about 1,900", "confirmed cases", "case"),
    ("Laboratories have confirmed 1,203 of the suspected cases.", "1,203", "confirmed cases", "case"),
    # a part of a group of people is said by its predicate: the group is not what is counted
    ("About 700,000 of the affected customers live abroad, the bank said.", "About 700,000", None, ""),
])
def test_a_figure_counting_part_of_a_named_whole_counts_that_whole(text, label, measure, counted):
    f = frame(text, label)
    assert f.counted == counted
    assert measure is None or f.measure == measure


def test_a_share_of_a_toll_is_a_share_of_the_people_it_counts():
    """"64% of deaths occurred at home" is a share of the dead, as "two-thirds of those who died" is; a share of pay
    or of a budget is left to its predicate."""
    assert frame("According to the report, 64% of deaths occurred at home.", "64%").measure == "killed"
    assert frame("Staff gave up 10% of their pay in 2020.", "10%").measure != "killed"
    lk = link("According to the agency's report, 64% of deaths occurred at home, before patients reached a clinic.",
              "Nearly two-thirds of those who died never reached a clinic, the agency said.")
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize("text, label", [
    ("Pilots gave up a tenth of their pay in 2020.", "a tenth"),
    ("The nurses have given up 5% of their pay since 2021.", "5%"),
])
def test_giving_up_a_share_is_no_rise(text, label):
    """"gave up a tenth of their pay": a phrasal verb, not a change "up" (as "turned down a 5% rise" is no fall)."""
    assert frame(text, label).change == ""


def test_declaring_an_emergency_is_an_act_and_declaring_that_is_a_saying():
    """"declared a national emergency" is an official act on an object, as "signed the law" is; "declared that the
    dam was safe" says something; "the cabinet's decision to declare an emergency" reports the declaring."""
    act = act_frame(claim("On Saturday the cabinet declared a national emergency for the two provinces."))
    assert act is not None and act.act == "declare" and "emergency" in act.objects
    assert act_frame(claim("The minister declared that the dam was safe.")) is None
    decided = act_frame(claim("The cabinet's decision to declare a national emergency lets the army help."))
    assert decided is not None and decided.act == "declare"
    lk = link("On Saturday, the cabinet declared a national emergency for Arlen and the neighbouring province of Tove "
              "at a late meeting in the capital.",
              "The government declared a national emergency for both provinces on Saturday, putting the army and "
              "the coastguard under one command.", dt.date(2025, 10, 19), dt.date(2025, 10, 19))
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_refusal_meets_the_report_that_the_same_thing_will_not_be_done():
    """"ruled out closing any of Brenner's Austrian plants" and "no Austrian factory would close" tell one refusal;
    a refusal of something else, or a report that it will be done, confirms nothing."""
    refusal = ("Chief Executive Lena Brenner ruled out closing any of Halvard's Austrian plants, a step the works "
               "council had long feared.")
    lk = link(refusal, "Brenner also repeated on Thursday that no Austrian factory would close.")
    assert lk is not None and lk.relation is Relation.AGREE
    assert link(refusal, "Brenner said on Friday that two Austrian factories would close next year.") is None
    assert link(refusal, "Brenner said again on Friday that no Austrian bonus would be paid.") is None
    # what is ruled out comes before "was not being considered"
    lk = link("Chief Executive Lena Brenner told reporters in the morning that closing an Austrian factory was not "
              "being considered, but the group has not ruled out moving some production abroad.",
              "Brenner also repeated on Thursday that no Austrian plant would close.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_an_act_not_yet_done_then_done_is_an_update_even_in_other_words():
    """"The bill now needs only the governor's signature" and "the governor has signed a contested law that lets towns
    charge visitors": the same act on the same object, not yet done then done, told in few shared words."""
    lk = link("Governor Ana Ruiz has signed a contested law that lets coastal towns charge every overnight visitor a "
              "nightly fee, whatever the season, and hotels must collect it from guests at check-in.",
              "The bill now needs only Ruiz's signature to take effect.")
    assert lk is not None and lk.relation is Relation.UPDATE


def test_those_in_intensive_care_are_a_count_of_their_own():
    """"48 people remained in hospital" and "nine remain in intensive care": the second are some of the first, a
    count of its own (RELATIONS.md §1: a different measure), never an update of it."""
    assert frame("Nine people remain in intensive care, the ministry said.", "Nine people").measure == "critical"
    assert frame("Forty-eight people remained in hospital on Monday.", "Forty-eight people").measure == "hospitalised"
    assert link("Forty-eight people remained in hospital on Monday evening, the health ministry said.",
                "Nine people remain in intensive care, the health ministry said.",
                dt.date(2025, 3, 10), dt.date(2025, 3, 11)) is None


@pytest.mark.parametrize("text", [
    "The minister said the strike was unnecessary.", 'The minister said the strike was "not needed".',
    "The minister said the strike was not necessary.",
])
def test_not_needed_is_one_content_word_with_unnecessary(text):
    """"the walkout was unnecessary" and "strike action was 'not needed'" say one thing of the strike."""
    from claims.text_utils import content_words

    assert "unnecessary" in content_words(text)


def test_members_of_a_military_unit_are_soldiers():
    """"Forty members of an army engineering regiment" and "some 40 soldiers from an army engineering unit" count
    the same people; members of a union or a party stay members."""
    assert frame("Forty members of an army engineering regiment joined the search.",
                 "Forty members").counted_class == "role:soldier"
    assert frame("Forty members of the union walked out.", "Forty members").counted_class == "role:member"
    lk = link("Forty members of an army engineering regiment joined firefighters and divers at the site on Monday, "
              "bringing heavy lifting gear to move the wagons.",
              "Some 40 soldiers from an army engineering unit had joined the search on Monday.",
              dt.date(2025, 3, 11), dt.date(2025, 3, 11))
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_passive_act_takes_its_object_from_before():
    """"The provisional results were released shortly before 3 a.m." has released the results, as "the office
    published the provisional results at 2:40 a.m." does: one act on one object."""
    act = act_frame(claim("The provisional results were released shortly before 3 a.m. on Monday."))
    assert act is not None and act.act == "publish" and "result" in act.objects
    active = act_frame(claim("The electoral office published the provisional results at 2:40 a.m. on Monday."))
    assert active is not None and act.objects & active.objects


def test_an_act_still_to_come_is_no_update_of_an_act_not_yet_done():
    """"will sign a five-year contract" and "had not signed his contract": neither is done, so not "not yet, then
    done" (an update needs the act done on one side)."""
    lk = link("Talks went on late, and the striker will sign a five-year contract with Harbour Town, his agent said.",
              "Nothing is final yet: the striker had not signed his contract with Harbour Town by Tuesday night.")
    assert lk is None or lk.relation is not Relation.UPDATE


def test_a_fact_then_a_plan_joined_by_and_keeps_the_fact():
    """"finished fourth last season and will play in the Cup": the first clause is a fact of its own, as after ", and"."""
    from claims.frames import fact_before_future

    assert fact_before_future(claim("Harbour Town finished third in the league last season and will play in Europe."))
    assert not fact_before_future(claim("Harbour Town will finish third and will play in Europe."))
    lk = link("The coastal club finished third in the league last season, securing a place in Europe for the first time.",
              "Harbour Town finished third in the league last season and will play in Europe for the first time.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_peoples_adjective_before_a_noun_describes_and_names_no_one():
    """"The Belgian midfielder passed a medical" names no agent (the adjective points to a country, not to who acted):
    it is the act "Ortiz passed his medical" reports, not another actor's."""
    assert act_frame(claim("The Belgian midfielder passed a medical at the training ground on Tuesday.")).agents == \
        frozenset()
    assert act_frame(claim("Belgian officials approved the merger on Tuesday.")).agents == frozenset()
    assert act_frame(claim("On Tuesday the Harbour Town board approved the merger.")).agents  # (a name still is)
    lk = link("The Belgian midfielder passed a medical at the club's training ground on Tuesday.",
              "Ortiz passed his medical on Tuesday afternoon, the club said.", dt.date(2025, 7, 9), dt.date(2025, 7, 9))
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize("opening", ["Today", "Together", "Yesterday", "Since"])
def test_a_sentences_opening_word_of_time_or_linking_names_no_one(opening):
    """"Today the two chains hold about 30% of sales": a capitalised first word never written in lower case in the
    texts compared is taken for a name ("Brightmart said ..."), but not a word of time or linking."""
    from claims.frames import proper_first_words

    texts = [f"{opening} Brightmart and Loomis hold about 30% of grocery sales.", "Brightmart shares rose 3%.",
             "Loomis said it would appeal."]
    assert opening not in proper_first_words(texts)
    assert {"Brightmart", "Loomis"} <= proper_first_words(texts)


def test_two_sums_of_no_named_measure_in_claims_sharing_no_word_are_not_one_fact():
    """"a further 15 million euros in add-ons" and "the club lost €18m in 2023-24": two sums of money, nothing else in
    common; no conflict between them."""
    assert link("The deal includes a further 15 million euros in add-ons linked to appearances.",
                "The club lost €18m in 2023-24.",
                dt.date(2025, 7, 7), dt.date(2025, 7, 8)) is None


def test_some_of_a_set_the_article_counts_is_a_part_not_a_rival_count():
    """"ordered to sell 74 stores" ... "agreed to sell 52 of the stores to a co-operative": the 52 are some of the 74
    (RELATIONS.md §1: scope), never a conflict with another report's 74; nor is "Of the stores to be sold, 23 are in
    the north". "Five of its seven carriages derailed" keeps its whole in the sentence and is not touched."""
    a = make_doc("a", "The regulator on Tuesday ordered Brightmart to sell 74 stores. Brightmart said it had agreed to "
                      "sell 52 of the stores to a farmers' co-operative. Of the stores to be sold, 23 are in the north.",
                 date=dt.date(2025, 10, 15), outlet="Morning Star")
    b = make_doc("b", "The regulator cleared the takeover on Tuesday on condition that Brightmart sells 74 stores.",
                 date=dt.date(2025, 10, 15), outlet="Evening Lamp")
    an = analyse([a, b])
    by_text = {c.id: c.text for c in an.claims}
    linked = {frozenset((by_text[lk.a], by_text[lk.b])): lk.relation for lk in an.links}
    whole = next(t for t in by_text.values() if t.startswith("The regulator cleared"))
    assert not any(whole in pair and rel is not Relation.AGREE for pair, rel in linked.items()), linked
    assert any(whole in pair and "74 stores" in " ".join(pair - {whole}) for pair in linked), linked
    from claims.align import build_items

    items = build_items(list(an.claims), {"a": 0, "b": 1})
    parts = {x.frame.label: x.frame.part for it in items for x in it.figs}
    assert parts["52"] and parts["23"] and not parts["74 stores"]


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("About 400 supporters gathered outside the stadium on Monday evening, police said.", "About 400 supporters",
     "protesters"),
    ("Rivera shares were 3.1% higher at midday.", "3.1%", "share price"),
    ("A petition against the sale had been signed by almost 21,000 people by Wednesday.", "almost 21,000 people",
     "signatures"),
    ("An online petition passed 14,000 signatures on Tuesday.", "passed 14,000 signatures", "signatures"),
    ("A research firm puts the two chains' combined share of the grocery market at 32.7%.", "32.7%", "revenue"),
    ("Together the two chains account for 30.5% of grocery sales.", "30.5%", "revenue"),
])
def test_crowds_petitions_share_moves_and_market_shares_name_their_measure(text, label, measure):
    """A crowd told by where it gathered, a petition's size however it is put, a share move with the figure inside
    ("were 3.1% higher"), and a share of a market (a share of its sales)."""
    assert frame(text, label).measure == measure


def test_a_crowd_counted_by_police_and_by_organisers_is_one_crowd_in_two_counts():
    """"About 400 supporters gathered outside the stadium, according to police" and "Organisers said more than 1,500
    people joined Monday's protest outside the stadium": rival counts of one crowd (RELATIONS.md §3: conflict)."""
    lk = link("About 400 supporters gathered outside the Riverside stadium on Monday evening, according to police.",
              "Organisers said more than 1,500 people joined Monday's protest outside the Riverside stadium.",
              dt.date(2025, 7, 8), dt.date(2025, 7, 8))
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_an_appeal_not_yet_lodged_then_lodged_is_an_update():
    """"had not lodged an appeal by Wednesday" then "on Thursday lodged an appeal with the tribunal": RELATIONS.md §3."""
    assert act_frame(claim("Brightmart on Thursday lodged an appeal with the tribunal.")).act == "lodge"
    lk = link("Brightmart had not lodged an appeal against the ruling by Wednesday evening.",
              "Discount grocer Brightmart on Thursday lodged an appeal against the ruling with the tribunal.",
              dt.date(2025, 10, 15), dt.date(2025, 10, 16))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_an_act_planned_and_the_act_done_are_not_one_fact():
    """"will sign a five-year contract" and "signed a five-year contract on Wednesday": the plan, then the act; the
    five years they share do not make them one fact (RELATIONS.md §1: status)."""
    lk = link("The striker will sign a five-year contract with Harbour Town, his agent said on Monday.",
              "The striker signed a five-year contract with Harbour Town on Wednesday morning.",
              dt.date(2025, 7, 7), dt.date(2025, 7, 9))
    assert lk is None or lk.relation is not Relation.AGREE


def test_two_parts_of_a_whole_and_a_breakdown_are_no_rival_counts():
    """"agreed to sell 52 of the stores to a co-operative" and "Of the stores to be sold, 23 are in the north": two
    parts of the 74, not two counts of one thing; nor is "the stores to be sold comprise 68 supermarkets and six petrol
    stations" a rival of "sell 74 stores"."""
    a = make_doc("a", "The regulator ordered Brightmart to sell 74 stores. Brightmart said it had agreed to sell 52 of "
                      "the stores to a farmers' co-operative. The stores to be sold comprise 68 supermarkets and six "
                      "petrol stations.", date=dt.date(2025, 10, 15), outlet="Morning Star")
    b = make_doc("b", "The regulator cleared the deal on condition that Brightmart sells 74 stores. Of the stores to "
                      "be sold, 23 are in the north.", date=dt.date(2025, 10, 15), outlet="Evening Lamp")
    an = analyse([a, b])
    text = {c.id: c.text for c in an.claims}
    differing = [(text[lk.a], text[lk.b]) for lk in an.links if lk.relation is not Relation.AGREE]
    assert differing == [], differing


def test_jobs_created_are_not_jobs_affected_by_cuts():
    assert frame("The company says it will also create 400 jobs in its online delivery business.", "400 jobs").measure \
        == "hired"
    lk = link("Brightmart said fewer than 400 head-office roles would be affected by the merger.",
              "Brightmart says it will also create 400 jobs in its online delivery business.",
              dt.date(2025, 10, 15), dt.date(2025, 10, 15))
    assert lk is None


@pytest.mark.parametrize("text", [
    "The competition authority cleared Brightmart's takeover of Loomis on Tuesday.",
    "Brightmart received conditional clearance on Tuesday for its acquisition of Loomis.",
    "The competition authority gave the takeover of Loomis by Brightmart the green light on Tuesday.",
    "The regulator gave the go-ahead on Tuesday for Brightmart's takeover of Loomis.",
])
def test_an_approval_however_it_is_put_is_the_act_of_approving(text):
    """"cleared", "clearance", "the green light", "the go-ahead": the approval "approved the takeover" reports."""
    x = act_frame(claim(text))
    assert x is not None and x.act == "approve" and x.objects & {"takeover", "loomis"}, x
    lk = link(text, "Brightmart's takeover of Loomis was approved by the competition authority on Tuesday, with "
                    "conditions.", dt.date(2025, 10, 15), dt.date(2025, 10, 15))
    assert lk is not None and lk.relation is Relation.AGREE


def test_sums_in_two_currencies_the_articles_convert_are_compared():
    """"values Loomis at 12.4 billion crowns including debt" (an article gives "12.4 billion crowns (about EUR 1.1
    billion)") and "The deal is worth about EUR 1.1bn including debt": the same sum, found though the two claims share
    few words and no value key."""
    a = make_doc("a", "Brightmart is paying 12.4 billion crowns (about €1.1 billion) for Loomis. The deal values Loomis "
                      "at 12.4 billion crowns including debt.", date=dt.date(2025, 10, 15), outlet="Morning Star")
    b = make_doc("b", "The deal is worth about €1.1bn including debt.", date=dt.date(2025, 10, 15), outlet="Evening Lamp")
    an = analyse([a, b])
    text = {c.id: c.text for c in an.claims}
    pairs = {frozenset((text[lk.a], text[lk.b])): lk.relation for lk in an.links}
    assert pairs.get(frozenset(("The deal values Loomis at 12.4 billion crowns including debt.",
                                "The deal is worth about €1.1bn including debt."))) is Relation.AGREE, pairs


def test_a_figure_keeps_its_own_status_before_a_clause_with_its_own_subject():
    """"are guaranteed EUR 65m from the sale, and the total could rise to EUR 80m": the 65m is not a projection (the
    "could" is the total's); without the second subject it would be ("EUR 65m, rising to as much as EUR 80m" is one)."""
    text = ("The club is guaranteed €65m from the sale, according to local media, and the total could rise to €80m "
            "once bonuses are included.")
    assert frame(text, "€65m").status is not Status.FUTURE
    assert frame(text, "€80m").status is Status.FUTURE


def test_who_puts_a_figure_at_a_value_reports_it_and_does_not_own_it():
    """"Research firm Panelia puts the two chains' combined share of the grocery market at 32.7%": the chains' share,
    reported by Panelia, a rival count of "Together Brightmart and Loomis account for 30.5% of grocery sales"."""
    f = frame("Research firm Panelia puts the two chains' combined share of the grocery market at 32.7%.", "32.7%")
    assert not any(k.startswith("panel") for k in f.agents | f.owners), f
    # (the frames fit as rival figures; whether the desk shows the pair is the model's score against its threshold)
    ev = evidence("Together Brightmart and Loomis account for 30.5% of grocery sales, the authority said.",
                  "Research firm Panelia puts the two chains' combined share of the grocery market at 32.7%.")
    assert ev.differ and not ev.agree


def test_jobs_that_could_go_or_that_a_plan_costs_are_jobs_cut():
    """"as many as 2,500 jobs could go" (the figure's own noun opens the wording) and "the takeover could still cost
    2,500 jobs" (not a cost in money): both are jobs cut, and the two estimates agree."""
    assert frame("The union warned that as many as 2,500 jobs could go at head office.", "as many as 2,500 jobs"
                 ).measure == "jobs cut"
    assert frame("The union said the takeover could still cost 2,500 jobs.", "2,500 jobs").measure == "jobs cut"
    lk = link("The union said the takeover could still cost 2,500 jobs in logistics and at head office.",
              "The union warned that as many as 2,500 jobs could go at head office and in logistics.",
              dt.date(2025, 10, 14), dt.date(2025, 10, 14))
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_figure_disputed_by_a_rival_figure_is_a_conflict():
    """"Harbour sources disputed that figure, insisting the guaranteed element was nearer EUR 60 million" against "It put
    the fixed fee at EUR 65 million": a denial of a figure conflicts with it (RELATIONS.md §3)."""
    lk = link("In a statement on Wednesday, the selling club put the fixed fee at €65 million.",
              "Harbour sources disputed that figure, insisting the guaranteed element was nearer €60 million.",
              dt.date(2025, 7, 9), dt.date(2025, 7, 9))
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_counts_of_two_peoples_are_two_groups():
    """"handed over 98 Tervanian prisoners" and "released 80 Olmerian detainees": who was released differs (RELATIONS.md
    §1: subject), though both are "released"; "98 Tervanian prisoners" and "104 Tervanians were handed over" are rival
    counts of one group; "In all, 192 people were exchanged" is the whole, not a rival of one side's count."""
    assert frame("Olmeria had handed over 98 Tervanian prisoners.", "98 Tervanian prisoners").measure == "released"
    d = dt.date(2025, 6, 14)
    assert link("Olmeria's defence ministry said it had handed over 98 Tervanian prisoners.",
                "Tervania released 80 Olmerian detainees in return.", d, d) is None
    assert link("Olmeria's defence ministry said it had handed over 98 Tervanian prisoners.",
                "In all, 192 people were exchanged, according to the presidency.", d, d) is None
    assert frame("The ministry raised the number of Tervanians it had released to 112.", "112").peoples == {"terv"}
    assert frame("200 Britons were evacuated.", "200 Britons").peoples == \
        frame("200 British tourists were evacuated.", "200 British tourists").peoples
    assert link("In return, Tervania freed 80 Olmerians, both governments said.",
                "Olmeria's defence ministry on Sunday raised the number of Tervanians it had released to 112.",
                d, dt.date(2025, 6, 15)) is None
    lk = link("Olmeria's defence ministry said it had handed over 98 Tervanian prisoners on Saturday.",
              "According to the mediator, 104 Tervanians were handed over on Saturday.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_a_sentence_about_an_earlier_occasion_recalls_its_year():
    """"At the last exchange, in September 2024, 50 Tervanians came home" (a June 2025 report): that exchange's
    figure, never a rival or an earlier reading of today's count."""
    from claims.frames import earlier_event_years

    assert earlier_event_years("At the last exchange, in September 2024, 50 Tervanians came home.",
                               dt.date(2025, 6, 14)) == {2024}
    assert earlier_event_years("In the first, in November 2021, each side freed 40 prisoners.",
                               dt.date(2025, 6, 14)) == {2021}
    assert earlier_event_years("The exchange was agreed in September 2024, officials said.", dt.date(2025, 6, 14)) \
        == frozenset()
    d = dt.date(2025, 6, 14)
    assert link("A total of 112 Tervanians came home on Saturday after the exchange.",
                "At the last exchange, in September 2024, 50 Tervanians came home.", d, d) is None


def test_a_relative_date_names_its_year_for_an_earlier_occasion():
    """"At the last exchange, in September 2024, 50 came home" and "Last September, 50 came home" (a June 2025 report):
    the same earlier exchange, told with the year and with a relative date."""
    from claims.align import build_items

    d = dt.date(2025, 6, 14)
    a = make_doc("a", "At the last exchange, in September 2024, 50 Tervanians came home.", date=d, outlet="Morning Star")
    b = make_doc("b", "Last September, 50 Tervanians came home in return for 48 Olmerians.", date=d,
                 outlet="Evening Lamp")
    an = analyse([a, b])
    items = build_items(list(an.claims), {"a": 0, "b": 1}, {"a": d, "b": d})
    assert all(2024 in it.years for it in items), [it.years for it in items]



def test_an_opening_time_phrase_does_not_govern_the_figure_after_its_comma():
    """"By Friday evening, 40 villagers had been confirmed dead": the measure is the predicate's (killed), not
    lost because "evening" looks like a verb; the same for any opening phrase closed by a comma."""
    for text in ("By Friday evening, 40 villagers had been confirmed dead.",
                 "On Sunday morning, 40 villagers had been confirmed dead.",
                 "Despite the warning, 40 villagers had been confirmed dead."):
        assert frame(text, "40 villagers").measure == "killed", text
    d = dt.date(2025, 3, 7)
    lk = link("Four villagers were confirmed dead on Wednesday, the district office said.",
              "By Friday evening, 40 villagers had been confirmed dead, the district office said.", d,
              dt.date(2025, 3, 8))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_a_year_told_with_a_when_clause_is_an_earlier_event():
    """"The worst was in June 2019, when a flood killed nine people" (a 2025 report): that year's toll, never an
    earlier reading of today's."""
    from claims.frames import earlier_event_years

    assert earlier_event_years("The worst was in June 2019, when a flood killed nine people.",
                               dt.date(2025, 3, 7)) == {2019}
    assert earlier_event_years("It is the deadliest since 2011, when 30 people died.", dt.date(2025, 3, 7)) == {2011}
    assert earlier_event_years("In 2019 floods hit the valley and the toll rose to 40.", dt.date(2025, 3, 7)) == {2019}
    d = dt.date(2025, 3, 7)
    assert link("Forty people have died in the floods, the district office said on Friday.",
                "The last deadly flood in the valley was in June 2019, when a mudslide killed nine people.",
                d, dt.date(2025, 3, 8)) is None


def test_bodies_recovered_are_not_the_toll():
    """"Divers have brought 19 bodies to the surface" while 20 are dead: how many were recovered, another measure
    than how many died (no conflict)."""
    assert frame("Divers have brought 19 bodies to the surface.", "19 bodies").measure == "bodies recovered"
    assert frame("Nineteen bodies have been recovered so far.", "Nineteen bodies").measure == "bodies recovered"
    d = dt.date(2025, 3, 7)
    assert link("Twenty passengers have been confirmed dead, the coastguard said on Friday.",
                "Divers have brought 19 bodies to the surface, the coastguard said on Friday.", d, d) is None


def test_a_count_at_its_height_is_not_the_count_still_left():
    """"At the peak, 300,000 homes were without power" and "120,000 homes were still without power on Sunday": two
    counts of one measure, neither an update nor a rival of the other."""
    assert frame("At the peak, 300,000 homes were without power.", "300,000 homes").peak
    assert frame("About 700,000 people lost power at some point on Saturday.", "About 700,000 people").peak
    assert frame("120,000 homes were still without power on Sunday.", "120,000 homes").remaining
    d = dt.date(2025, 2, 2)
    assert link("At the peak, 300,000 homes in the valley were without power, the utility said.",
                "The utility said 120,000 homes in the valley were still without power on Sunday.", d,
                dt.date(2025, 2, 3)) is None
    lk = link("The utility said 180,000 homes in the valley were still without power on Saturday.",
              "The utility said 120,000 homes in the valley were still without power on Sunday.", d, dt.date(2025, 2, 3))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_a_sentence_about_the_last_such_occasion_recalls_its_year():
    """"The last comparable flood, in 2013, forced 9,000 people from their homes" (a 2025 report): that flood's
    figure."""
    from claims.frames import earlier_event_years

    d = dt.date(2025, 2, 2)
    assert earlier_event_years("The last comparable flood, in 2013, forced 9,000 people from their homes.", d) == {2013}
    assert earlier_event_years("The previous strike was in March 2019 and lasted three days.", d) == {2019}
    assert earlier_event_years("The last two years have been hard for 2024's graduates.", d) == frozenset()


def test_reconnections_and_supplies_cut_off_are_measures_of_their_own():
    """"44% of the homes that lost supply have been reconnected" measures reconnections; "were still cut off" and
    "remained off supply" are homes without supply, never jobs cut."""
    assert frame("The utility said 44% of the homes that lost supply had been reconnected.", "44%").measure \
        == "reconnected"
    assert frame("About 90,000 homes were still cut off on Sunday.", "About 90,000 homes").measure == "cut off"
    assert frame("Roughly 20,000 remained off supply.", "Roughly 20,000").measure == "cut off"
    lk = link("The utility said 44% of the homes that lost supply had been reconnected by Saturday night.",
              "By Monday the utility had reconnected 85% of the homes that lost power.",
              dt.date(2025, 2, 1), dt.date(2025, 2, 3))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_who_is_eligible_is_a_measure_of_its_own():
    """"38,000 patients are eligible" and "around 90,000 people meet the criteria" (two sources, one day) are rival
    counts of who qualifies; an age limit ("only people aged 60 and older were eligible") is no such count."""
    assert frame("The ministry says 38,000 patients are eligible for the drug.", "38,000 patients").measure == "eligible"
    assert frame("A charity says around 90,000 people meet the criteria for the pill.",
                 "around 90,000 people").measure == "eligible"
    assert frame("Only people aged 60 and older were eligible.", "60").measure == ""
    d = dt.date(2025, 10, 14)
    lk = link("The health ministry says 38,000 patients are eligible for the new pill.",
              "A patient charity says around 90,000 people meet the criteria for the new pill.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_what_a_thing_costs_a_buyer_and_its_price_are_kin():
    """"The tablets will cost around €4,400 a year" and "a list price of €4,400 a year": one figure told two ways."""
    d = dt.date(2025, 10, 14)
    lk = link("The tablets will cost around €4,400 a year for each patient.",
              "The maker has set a list price of €4,400 a year for each patient.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_authorising_approves_and_turning_down_rejects():
    assert act_frame(claim("The agency granted marketing authorisation to the pill on Tuesday.")).act == "approve"
    assert act_frame(claim("The regulator authorised the pill for adults on Tuesday.")).act == "approve"
    assert act_frame(claim("The regulator turned the application down in 2021.")).act == "reject"
    assert act_frame(claim("The drug was turned down by the regulator in 2021.")).act == "reject"
    assert act_frame(claim("Prices came down in 2021.")) is None


def test_a_verb_before_its_first_object_governs_the_sum():
    """"could cost the regional economy as much as €0.4 billion in lost output": a cost (not output); "fined the
    dairy €2 million": a fine."""
    assert frame("The chamber said the storm could cost the regional economy as much as €0.4 billion in lost output.",
                 "as much as €0.4 billion").measure == "cost"
    assert frame("A court fined the dairy €2 million.", "€2 million").measure == "fine"


def test_brought_out_alive_is_rescued_and_admitted_to_hospital_is_hospitalised():
    assert frame("Nine have been brought out alive, the service said.", "Nine").measure == "rescued"
    assert frame("Six miners were pulled out alive on Wednesday.", "Six miners").measure == "rescued"
    assert frame("Three were admitted to hospital on arrival.", "Three").measure == "hospitalised"
    # "receiving hospital treatment", "being treated in hospitals": in hospital, as real reports put it
    assert frame("Officials say 61 people are receiving hospital treatment.", "61 people").measure == "hospitalised"
    assert frame("Some 40 people were treated in hospitals across the region.", "Some 40 people").measure == \
        "hospitalised"
    d = dt.date(2025, 10, 15)
    lk = link("Nine have been brought out alive, the rescue service said on Wednesday.",
              "Nine miners were pulled out alive, the rescue service said on Wednesday.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_temperatures_and_power_agree_across_units_and_sites_keep_them_apart():
    """"46.4C" ~ "115.5F" and "15.6 gigawatts" ~ "15,640 megawatts" (units normalised first); a reading at another
    site ("at Kessel weather station") is another fact, never the record's agreement."""
    d = dt.date(2025, 6, 18)
    lk = link("The new national record of 46.4C was measured at Tarvel on Tuesday.",
              "The new national record of 115.5F was measured at Tarvel on Tuesday.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    lk = link("Electricity demand hit a record 15.6 gigawatts on Wednesday, the grid operator said.",
              "Peak electricity demand reached a record 15,640 megawatts on Wednesday, the grid operator said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    assert frame("The record of 46.4C was measured at Tarvel air base on Tuesday.", "46.4C").places
    assert link("The provisional record of 46.4C was measured at Tarvel air base on Tuesday afternoon.",
                "A farm weather station recorded 47.1 degrees in Vellastro on Tuesday afternoon.", d, d) is None


def test_jobs_that_went_or_were_removed_are_jobs_cut():
    assert frame("In 2022, 1,400 jobs went.", "1,400 jobs").measure == "jobs cut"
    assert frame("The last round removed 1,400 positions, half of them abroad.", "1,400 positions").measure \
        == "jobs cut"
    assert frame("About 1,400 roles were lost in 2022.", "About 1,400 roles").measure == "jobs cut"
    assert frame("Around 950 of the jobs will go in Denmark.", "Around 950").measure == "jobs cut"
    d = dt.date(2025, 11, 4)
    lk = link("In 2022, the group cut 1,400 jobs after orders fell.", "In 2022, 1,400 jobs went.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_level_named_by_its_extreme_keeps_its_subject_s_measure():
    """"Electricity demand hit an all-time high of 15.6 gigawatts", "set a record of 14.9 gigawatts": demand, as "demand
    reached 15.6 GW" is; a record on Tuesday and a higher one on Wednesday are the figure changing."""
    assert frame("Electricity demand hit an all-time high of 15.6 gigawatts on Wednesday.", "15.6 gigawatts").measure \
        == "demand"
    assert frame("Power demand set a record of almost 14.9 gigawatts on Tuesday.", "almost 14.9 gigawatts").measure \
        == "demand"
    lk = link("Electricity demand set a record of 14.9 gigawatts on Tuesday, the grid operator said.",
              "Electricity demand hit an all-time high of 15.6 gigawatts on Wednesday, the grid operator said.",
              dt.date(2025, 6, 18), dt.date(2025, 6, 19))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_years_ago_names_an_earlier_event():
    """"The company shed about 2,000 jobs two years ago" (a 2025 report) is 2023's round of cuts: it agrees with
    "In 2023, 2,100 jobs went" and is no earlier reading of today's 3,900."""
    from claims.frames import earlier_event_years

    d = dt.date(2025, 11, 5)
    assert earlier_event_years("The company shed about 2,000 jobs two years ago.", d) == {2023}
    assert earlier_event_years("It cut 300 jobs a year ago.", d) == frozenset()  # (last year's may be this story's)
    assert link("The company shed about 2,000 jobs two years ago, a spokesman said.",
                "Skarvik will cut 3,900 jobs worldwide, a spokesman said.", d, d) is None
    lk = link("The company shed about 2,000 jobs two years ago, a spokesman said.",
              "In 2023, 2,100 jobs went at the company, a spokesman said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_close_told_by_its_move_is_the_share_price_and_the_day_s_high_holds_no_match():
    """"rose as much as 11% before closing 6.4% higher": the close is the share price (not schools closed), and the
    day's high is no match that keeps "9% higher at midday" from being an earlier reading of the close."""
    assert frame("Shares rose as much as 11% on Tuesday before closing 6.4% higher.", "6.4%").measure == "share price"
    assert frame("Twelve schools closed early.", "Twelve schools").measure == "closed"
    d = dt.date(2025, 10, 14)
    lk = link("Orvane's shares were trading 9% higher at midday on Tuesday.",
              "Orvane shares rose as much as 11% on Tuesday before closing 6.4% higher.", d, dt.date(2025, 10, 15))
    assert lk is not None and lk.relation is Relation.UPDATE


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The institute put the magnitude of the quake at 7.2.", "7.2", "magnitude"),
    ("The survey measured the quake at magnitude 6.8 on Friday.", "6.8", "magnitude"),
    ("A 6.4-magnitude earthquake struck the coast at dawn.", "6.4", "magnitude"),
    # the toll of a quake named by its size in passing keeps the toll's measure, and the size is told in passing
    ("The death toll from the magnitude 6.9 earthquake in the north rose to 412 on Sunday.", "412", "killed"),
    ("The death toll from the magnitude 6.9 earthquake in the north rose to 412 on Sunday.", "6.9",
     "magnitude in passing"),
    ("More than 180 people were pulled alive from the rubble after the 6.9 magnitude quake.", "6.9",
     "magnitude in passing"),
    ("Rescuers searched for survivors of the deadly 6.9-magnitude earthquake, which killed 412.", "6.9",
     "magnitude in passing"),
    # an aftershock's size is not the quake's; a class of shocks is no size at all
    ("The strongest aftershock so far, of magnitude 5.1, shook the town at noon.", "5.1", "aftershock magnitude"),
    ("The strongest, of magnitude 5.1, struck late on Friday.", "5.1", "aftershock magnitude"),
    ("Seismologists give a 10% chance of an aftershock of magnitude 6 or greater this week.", "6",
     "magnitude threshold"),
    # how deep a quake began
    ("The survey put the depth of the quake at just 10 km.", "10 km", "depth"),
    ("The rupture began roughly 14 km below the surface.", "roughly 14 km", "depth"),
    ("The quake was 12 km deep, the institute said.", "12 km", "depth"),
    # losing one's home is being left homeless
    ("The Red Cross said on Sunday that some 41,000 people had lost their homes.", "some 41,000 people", "displaced"),
])
def test_an_earthquake_s_size_depth_and_homeless_are_measures(text, label, measure):
    assert frame(text, label).measure == measure


def test_rival_magnitudes_conflict_and_an_aftershock_is_no_rival():
    """Two institutes' readings of one quake on the same day are rival figures (conflict); the strongest aftershock's
    magnitude is another shock's size and links with neither."""
    d = dt.date(2026, 5, 8)
    lk = link("The national institute measured the quake at magnitude 7.2 on Friday.",
              "A foreign survey put the magnitude of the quake at 6.8 on Friday.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT
    assert link("The national institute measured the quake at magnitude 7.2 on Friday.",
                "The strongest aftershock so far, of magnitude 5.4, shook the town on Friday.", d, d) is None


def test_a_distribution_after_the_count_is_not_its_place():
    """"57 people were still missing, most of them in villages high in the Kelvan range": where most of them are,
    not a count told for the range alone; it is still the same count as "at least 90 missing" (a conflict)."""
    f = frame("The ministry said 57 people were still missing, most of them in villages high in the Kelvan range.",
              "57 people")
    assert not f.places


def test_a_part_of_the_owner_s_set_counts_its_things_and_a_named_part_meets_its_owner():
    """"cancelled 274 of its own flights" counts flights (the owner's), as "274 flights" would; "Corvel Air alone
    cancelled more than 270 flights" is Corvel's part of the airport's total, and it agrees with a claim naming Corvel
    as the one who cancelled 274 (a part told for another actor, or for a day, stays apart)."""
    assert frame("The airline said it had cancelled 274 of its own flights.", "274").counted == "flight"
    assert frame("The airline said it had cancelled 274 of its services.", "274").counted_class == ""  # any service
    d = dt.date(2026, 6, 5)
    lk = link("Corvel Air, the biggest carrier at the airport, said it had cancelled 274 of its own flights.",
              "Corvel Air alone cancelled more than 270 flights, the airport said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    assert link("Norrfly said it had cancelled 274 of its own flights.",
                "Corvel Air alone cancelled more than 270 flights, the airport said.", d, d) is None


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("More than 16,000 buildings were destroyed or damaged, the ministry said.", "More than 16,000 buildings",
     "damaged or destroyed"),
    ("Around 85,000 passengers had their journeys cancelled or held up.", "Around 85,000 passengers", "affected"),
    ("At least 40 people were killed or injured in the blast.", "At least 40 people", "casualties"),
    ("Some 2,000 flights were held up by the storm.", "Some 2,000 flights", "delayed"),
    # (an "or" that does not join two measures changes nothing)
    ("Officials said 40 people were killed, or about half the village.", "40 people", "killed"),
    ("The ministry said 4,870 buildings had been destroyed.", "4,870 buildings", "destroyed"),
])
def test_a_count_of_either_of_two_measures_is_a_count_of_its_own(text, label, measure):
    """"destroyed or damaged" counts both together: never a reading of the destroyed alone (RELATIONS.md §1)."""
    assert frame(text, label).measure == measure


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("GateLine was down for 765 minutes, the airport said.", "765 minutes", "outage"),
    ("The system went down at dawn and was not working again for 12 hours, an outage of 12 hours.", "12 hours",
     "outage"),
    ("About 8,000 homes lost power when the storm hit.", "About 8,000 homes", "power outage"),
])
def test_a_system_out_of_action_is_an_outage_kin_to_a_power_cut(text, label, measure):
    """"was down for", "went dark", "a standstill", "an outage" tell how long a system was out of action (power
    where power is the story: the two are kin, and neither is a job cut)."""
    assert frame(text, label).measure == measure


def test_a_spill_told_in_litres_agrees_with_the_same_spill_in_cubic_metres_and_barrels():
    """"about 1.1 million litres" (Monday, the operator) ~ "about 1,100 cubic metres" ~ "roughly 6,900 barrels"; the
    operator's 1,800 cubic metres on Tuesday is a later reading (update), not a rival."""
    mon, tue = dt.date(2026, 10, 12), dt.date(2026, 10, 13)
    for other in ("The operator said about 1,100 cubic metres of crude had leaked from the tanker.",
                  "The operator said roughly 6,900 barrels of crude had leaked from the tanker."):
        lk = link("The operator said about 1.1 million litres of crude had leaked from the tanker.", other, mon, mon)
        assert lk is not None and lk.relation is Relation.AGREE, other
    lk = link("The operator said about 1.1 million litres of crude had leaked from the tanker.",
              "The operator now puts the crude that leaked from the tanker at 1,800 cubic metres.", mon, tue)
    assert lk is not None and lk.relation is Relation.UPDATE


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The vehicle was at an altitude of 61 km at that moment.", "61 km", "altitude"),
    ("At that point the rocket was 38 miles up, according to the company.", "38 miles", "altitude"),
    ("The agency's tracking data put that altitude at 58 km.", "58 km", "altitude"),
    ("The rocket flew 40 km from the pad before it broke up.", "40 km", ""),  # (how far is no height)
])
def test_a_height_is_the_one_measure_a_distance_keeps_beside_depth(text, label, measure):
    assert frame(text, label).measure == measure


def test_rival_heights_conflict_and_an_area_in_square_miles_agrees_with_square_kilometres():
    d = dt.date(2026, 10, 14)
    lk = link("The rocket was at an altitude of 61 km when the second stage failed, the company said.",
              "The agency said the rocket was at an altitude of 52 km when the second stage failed.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT
    lk = link("The coast guard closed an area of about 1,800 square kilometres to ships after the launch failed.",
              "After the launch failed the coast guard closed roughly 700 square miles of sea to ships.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The operator said about 1.1 million litres of crude had leaked from the tanker.", "about 1.1 million litres",
     "spilled"),
    ("The operator now puts the spill at 1,800 cubic metres.", "1,800 cubic metres", "spilled"),
    ("A storage tank ruptured and released about 2.3 million litres of effluent.", "about 2.3 million litres",
     "spilled"),
    ("The army released 112 prisoners on Sunday.", "112 prisoners", "released"),
])
def test_what_leaked_or_spilled_is_a_measure_and_released_liquid_is_spilled(text, label, measure):
    assert frame(text, label).measure == measure


def test_a_spill_named_on_one_side_only_is_still_one_quantity_of_litres():
    """The agency's "about 2.4 million litres of oil had leaked" (Monday) and the operator's "1,800 cubic metres had
    escaped" (Tuesday): one spill's volume told by two sources on two days (an update), though only one names the
    spill."""
    mon, tue = dt.date(2026, 10, 12), dt.date(2026, 10, 13)
    lk = link("About 2.4 million litres of oil had leaked into the sea from the tanker, the agency said.",
              "The operator said 1,800 cubic metres of oil had escaped from the tanker.", mon, tue)
    assert lk is not None and lk.relation is Relation.UPDATE


def test_a_clause_opening_after_the_figure_names_no_measure_of_it():
    """"raised its estimate of the oil spilled to about 3 million litres, after engineers measured what was left in
    the ship's damaged tanks": the spill's volume, not damage ("Nineteen people arrested after the march will face
    trials" keeps its reduced relative)."""
    assert frame("The agency on Wednesday raised its estimate of the oil spilled from the tanker to about 3 million "
                 "litres, after engineers measured what was left in the ship's damaged tanks.",
                 "about 3 million litres").measure == "spilled"
    assert frame("Nineteen people arrested after the march will face fast-track trials on Wednesday.",
                 "Nineteen people").measure != "arrested"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("About 3,000 soldiers and rescue workers have been sent to the area, the ministry said.", "About 3,000 soldiers",
     "deployed"),
    ("More than 3,000 troops and emergency workers are taking part in the search.", "More than 3,000 troops",
     "deployed"),
    ("Nearly 200 people were involved in the response, the coast guard said.", "Nearly 200 people", "deployed"),
    ("About 300 people were working on the clean-up on Tuesday.", "About 300 people", "deployed"),
    ("Around 1,200 staff were working in the field on Sunday.", "Around 1,200 staff", "deployed"),
])
def test_those_sent_to_help_are_a_measure_of_their_own(text, label, measure):
    assert frame(text, label).measure == measure


@pytest.mark.parametrize(("text", "label"), [
    ("The 2021 spill sent some 3.2 million litres of effluent into the river.", "some 3.2 million litres"),
    ("Some 50,000 people took part in the march on Saturday.", "Some 50,000 people"),
])
def test_a_volume_sent_somewhere_or_marchers_taking_part_are_not_those_sent_to_help(text, label):
    assert frame(text, label).measure != "deployed"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("By Monday morning, 140 oiled birds had been brought to a rehabilitation centre.", "140 oiled birds", "rescued"),
    ("Some 35 dogs were taken to an animal shelter on Sunday.", "Some 35 dogs", "rescued"),
])
def test_those_brought_to_a_shelter_are_rescued(text, label, measure):
    assert frame(text, label).measure == measure


def test_a_data_centre_is_no_shelter():
    assert frame("Engineers brought 40 servers to the data centre on Sunday.", "40 servers").measure != "rescued"


def test_the_owner_s_own_things_are_its_part_of_the_whole():
    """"Corvel Air said it had cancelled 274 of its own flights" is the airline's part of the airport's 412: never a
    rival count of the whole, while "Corvel Air alone cancelled more than 270 flights" is the same part."""
    assert frame("Corvel Air said it had cancelled 274 of its own flights.", "274").part
    d = dt.date(2026, 6, 5)
    assert link("Corvel Air said it had cancelled 274 of its own flights on Thursday.",
                "The airport said 412 flights were cancelled on Thursday.", d, d) is None


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The survey, which monitors earthquakes worldwide, measured it at 6.8.", "6.8", "magnitude"),
    ("The survey put the quake at 6.8 on Friday.", "6.8", "magnitude"),
    ("The bank put the rate at 6.8 on Friday.", "6.8", ""),  # (no quake spoken of: no size of one)
])
def test_a_quake_measured_at_a_decimal_is_its_magnitude(text, label, measure):
    assert frame(text, label).measure == measure


def test_the_number_of_passengers_affected_counts_those_affected():
    """"the number of passengers affected": passengers say who is counted, "affected" what happened to them."""
    assert frame("On Friday it raised its estimate of the number of passengers affected to more than 92,000.",
                 "more than 92,000").measure == "affected"
    assert frame("The number of passengers rose to 1.2 million in May.", "1.2 million").measure == "passengers"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The deal values Sunnvik at 12.4 billion crowns including debt.", "12.4 billion crowns", "value"),
    ("The deal is worth about €1.1bn including debt.", "about €1.1bn", "value"),
    ("Orvel is paying 64 crowns a share, valuing Sunnvik's equity at 9.8 billion crowns.", "9.8 billion crowns",
     "equity value"),
    # (an offer worth 6.5% is the offer's; "including debt" says what a sum takes in, not what it measures)
    ("The new pay offer is worth 6.5% over two years.", "6.5%", "offer"),
])
def test_what_a_deal_values_a_company_at(text, label, measure):
    assert frame(text, label).measure == measure


def test_what_a_buyer_pays_is_what_the_deal_values_the_company_at():
    d = dt.date(2026, 10, 14)
    lk = link("Orvel is paying 12.4 billion crowns for the chain, including its debt.",
              "The deal values the chain at 12.4 billion crowns including debt.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_sum_per_day_week_or_month_is_compared_as_a_sum_a_year():
    """"a list price of €365 per month" ~ "about €12 a day" ~ "€4,380 per patient per year" ~ "around €4,400 a
    year"; "€100 for each full day" ~ "€100 per day"."""
    a = frame("Orvel has set a list price of €365 per month.", "€365").interval
    b = frame("The pill costs about €12 a day.", "about €12").interval
    c = frame("Orvel has set a list price of €4,380 per patient per year.", "€4,380").interval
    d = frame("Households are paid €100 for each full day they are without power.", "€100").interval
    e = frame("Households are entitled to €100 per day without power.", "€100").interval
    assert a is not None and b is not None and c is not None and d is not None and e is not None
    assert a.touches(b) and a.touches(c) and b.touches(c) and d.touches(e)
    assert c.lo == pytest.approx(4380 * 0.98, rel=0.01)


def test_a_kind_of_admission_alone_is_a_part_and_hospital_admissions_are_hospitalisations():
    a = frame("Hospital admissions for heart failure alone fell by almost a third.", "almost a third")
    b = frame("Heart-failure hospitalisations alone fell by 32%.", "32%")
    assert a.measure == b.measure == "hospitalised" and a.part and b.part
    lk = link("Hospital admissions for heart failure alone fell by almost a third in the trial.",
              "In the trial, heart-failure hospitalisations alone fell by 32%.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_figure_after_including_is_the_whole_s_part_of_its_measure():
    """"will cut 3,600 jobs worldwide, including 650 in Denmark": 650 jobs cut in Denmark (a part, not the world's
    figure), and the 3,600 are not Denmark's; it agrees with "will cut 650 jobs in Denmark"."""
    text = "Skarvo now plans to cut 3,600 jobs worldwide, including 650 in Denmark, after talks with unions."
    whole, part = frame(text, "3,600 jobs"), frame(text, "650")
    assert part.measure == whole.measure == "jobs cut" and part.part and not part.whole
    assert part.places and not whole.places
    assert frame("Restructuring charges of EUR 300m are expected.", "EUR 300m").measure == "restructuring costs"
    d = dt.date(2026, 11, 6)
    lk = link("Skarvo Systems will cut 650 jobs in Denmark, the company said on Thursday.", text, d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label"), [
    ("Skarvo aims to lower annual costs by 3.1 billion crowns by 2027.", "3.1 billion crowns"),
    ("The programme is meant to save more than DKK 3 billion annually by 2027.", "more than DKK 3 billion"),
    ("It is aiming for annual savings of about €415 million by 2027.", "about €415 million"),
])
def test_costs_lowered_by_a_sum_are_savings(text, label):
    assert frame(text, label).measure == "savings"


def test_what_a_plan_costs_is_not_a_saving():
    assert frame("The plan will cost about €415 million by 2027.", "about €415 million").measure == "cost"


@pytest.mark.parametrize("text, label", [
    ("The stock had fallen by more than 8% on Tuesday.", "more than 8%"),
    ("Shares in Skarvo recovered 3.1% on Wednesday.", "3.1%"),
    ("Its shares have risen 12% this year.", "12%"),
])
def test_every_way_a_share_moves_is_the_share_price(text, label):
    assert frame(text, label).measure == "share price"


def test_a_mark_many_things_went_past_is_no_reading_of_one():
    """"Several official stations passed 45°C on the same afternoon": a mark many went past, never a reading of the
    record 46.4C or of one station's 47.1°C (a threshold, RELATIONS.md §1)."""
    assert frame("Several official stations in the Ossena basin passed 45°C on the same afternoon.",
                 "passed 45°C").measure == "threshold"
    assert frame("The station passed 45°C on Tuesday afternoon.", "passed 45°C").measure != "threshold"
    d = dt.date(2026, 6, 18)
    assert link("The official record of 46.4C was measured at Tarvel air base on Tuesday.",
                "Several official stations in the Ossena basin passed 45°C on Tuesday afternoon.", d, d) is None


def test_a_hedged_subject_keeps_its_measure_and_a_sum_lost_is_a_loss():
    """"His basic wage is understood to be around £180,000 a week" is a wage; "The club lost €18m in 2023-24" is the
    club's loss (no fall of some other sum), so the two never meet."""
    assert frame("His basic wage is understood to be around £180,000 a week.", "around £180,000").measure == "wages"
    lost = frame("The club lost €18m in 2023-24.", "€18m")
    assert lost.measure == "loss" and lost.change == ""
    d = dt.date(2026, 7, 8)
    assert link("His basic wage is understood to be around £180,000 a week, the club said.",
                "The club lost €18m in 2023-24, the club said.", d, d) is None


def test_a_hedge_in_an_aside_keeps_the_subject_measure():
    """"the cuts, expected to be between 4,000 and 5,000 jobs, will cost" counts jobs cut (the aside's subject), not
    the cost the main verb names, so it meets another outlet's "will cut 4,000 to 5,000 positions"."""
    text = "Halden said the cuts, expected to be between 4,000 and 5,000 jobs, will cost it around $600m."
    assert frame(text, "4,000 and 5,000 jobs").measure == "jobs cut"
    assert frame(text, "around $600m").measure == "cost"
    assert frame("The layoffs, estimated to be about 4,000 jobs, begin in March.", "about 4,000 jobs").measure == "jobs cut"
    d = dt.date(2026, 3, 3)
    lk = link(text, "Halden will cut 4,000 to 5,000 positions through layoffs and early retirement.", d, d)
    assert lk is not None and lk.relation == "agree"


def test_a_sum_told_in_what_it_is_of_takes_that_measure():
    """"the €12 billion in new deficits will leave savers paying" is a deficit (not the payment the verb after
    names), as "$3m in fines" is a fine; a sum's plain verb still says what it is ("ordered to pay $2m")."""
    assert frame("Tamsen said the €12 billion in new deficits will leave savers paying €900 a household.",
                 "€12 billion").measure == "deficit"
    assert frame("The regulator says Orla faces $3m in fines, which will force it to sell a plant.",
                 "$3m").measure == "fine"
    assert frame("The court ordered Orla to pay $2m.", "$2m").measure == "paid"


def test_a_relative_clause_after_the_counted_noun_says_what_befell_them():
    """"nine deaths, among them two rescuers who perished in the smoke" counts the killed, as "two rescuers had been
    killed" does; "two miners who had died" likewise."""
    text = "Officials confirmed nine deaths, seven miners and two rescuers who perished in the smoke."
    assert frame(text, "two rescuers").measure == "killed"
    assert frame("Two miners who had died in the fire were named on Friday.", "Two miners").measure == "killed"
    assert frame("Three rescuers who were injured in the blast are in hospital.", "Three rescuers").measure == "injured"
    assert frame("Three rescuers who searched the shaft were praised.", "Three rescuers").measure != "killed"


def test_a_projected_subject_keeps_its_head_noun_measure():
    """"total spending for next year is projected to be €212 billion": the subject's head noun names the measure,
    past the phrases after it."""
    assert frame("The state's total spending for next year is projected to be €212 billion.",
                 "€212 billion").measure == "spending"


def test_a_sum_said_lost_in_the_passive_or_lost_in_all_is_a_loss():
    """"more than €80m was lost by about 2,000 depositors" and "depositors lost a combined €84 million" tell one
    loss; the defence's "the real losses were closer to €30 million" is its rival figure (RELATIONS.md: same frame,
    values apart)."""
    assert frame("Prosecutors said more than €80m was lost by about 2,000 depositors.", "more than €80m").measure == "loss"
    assert frame("About 2,000 depositors lost a combined €84 million, the prosecution said.",
                 "€84 million").measure == "loss"
    assert frame("Depositors had lost a total of €84 million by then.", "€84 million").measure == "loss"
    # (the frames fit as rival figures; whether the desk shows the pair is the model's score against its threshold)
    ev = evidence("Prosecutors said more than €80m was lost by about 2,000 depositors.",
                  "The defence told the jury that the real losses were closer to €30 million.")
    assert ev.differ and not ev.agree


@pytest.mark.parametrize(("text", "label"), [
    ("The maximum sentence for insider dealing is seven years in prison.", "seven years"),
    ("She faces a maximum prison term of 10 years if convicted.", "10 years"),
    ("The offence carries a minimum fine of €5,000.", "€5,000"),
])
def test_a_penalty_the_law_sets_as_its_limit_is_a_rule_not_the_sentence(text, label):
    """"The maximum sentence ... is seven years" is the law's limit, not the sentence passed: it never differs from
    "was jailed for five years" (RELATIONS.md §1: a threshold is its own measure)."""
    assert frame(text, label).measure == "threshold"


def test_a_maximum_capacity_is_no_rule_and_a_limit_never_rivals_the_sentence_passed():
    assert frame("The hall had a maximum capacity of 900 people.", "900 people").measure != "threshold"
    d = dt.date(2026, 5, 20)
    assert link("The maximum sentence for insider dealing is seven years in prison.",
                "The trader was jailed for five years on Wednesday for insider dealing.", d, d) is None


def test_money_paid_back_and_a_compensation_order_are_their_own_measures():
    """"About €40m was paid back to savers as interest" is a repayment; "a compensation order of €9.5m, to be paid
    within six months" is the compensation (not what is "paid"): the two never meet as one sum at two moments."""
    assert frame("About €40m of that was paid back to savers as interest.", "About €40m").measure == "repaid"
    assert frame("The judge made a compensation order of €9.5m, to be paid within six months.",
                 "€9.5m").measure == "damages"
    d = dt.date(2026, 6, 3)
    assert link("About €40m of that was paid back to savers as interest, the court heard.",
                "The judge made a compensation order of €9.5m, to be paid within six months.", d, d) is None


def test_the_charges_a_verdict_finds_guilty_on_are_convictions_not_charges_brought():
    """"was found guilty on five of the six charges she faced" tells convictions: it meets "was convicted of five
    counts", not the charges brought."""
    from claims.model import Relation

    assert frame("She was found guilty on five of the six charges she faced.", "five").measure == "convicted"
    assert frame("The former mayor was found guilty of two counts of bribery.", "two counts").measure == "convicted"
    d = dt.date(2026, 2, 9)
    lk = link("The former mayor was found guilty on five of the six charges she faced.",
              "A jury convicted the former mayor of five counts of bribery on Monday.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "total"), [
    ("The court convicted the treasurer of four counts of theft and one of forgery.", "four counts", 5),
    ("The treasurer was found guilty of four counts of theft and one count of forgery.", "four counts", 5),
    ("The treasurer was found guilty of four counts of theft and two of forgery on Friday.", "four counts", 6),
    # "and one of them" is a part of the same four, no more of them
    ("Four of the six coaches derailed and one of them rolled down the bank.", "six coaches", 6),
    # another noun said again is another count ("and one appeal of" is no count)
    ("The treasurer was found guilty of four counts of theft and one appeal of the verdict was lodged.", "four counts", 4),
])
def test_a_count_told_with_a_second_part_whose_noun_is_left_out_is_their_total(text, label, total):
    """"convicted of four counts of theft and one of forgery" tells five convictions (RELATIONS.md §2: the value the
    sentence gives), so it agrees with "found guilty on five of the six charges" rather than conflicting."""
    iv = frame(text, label).interval
    assert iv.lo <= total <= iv.hi and not iv.lo <= total - 1 <= iv.hi


def test_convictions_told_in_parts_agree_with_their_total():
    from claims.model import Relation

    d = dt.date(2026, 3, 2)
    lk = link("A jury convicted Lena Ostrova, the club's former treasurer, on Monday of four counts of theft and one of "
              "forgery.", "Lena Ostrova, the club's former treasurer, was found guilty on five of the six charges she "
              "faced on Monday.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "cohort"), [
    ("Among 16- to 24-year-olds, the jobless rate rose to 13.2%.", "13.2%", "youth"),
    ("Youth unemployment, which covers 16- to 24-year-olds, climbed to 13.2%.", "13.2%", "youth"),
    ("The jobless rate among young people hit 13.2% in May.", "13.2%", "youth"),
    ("The unemployment rate for women rose to 4.7% from 4.5%, while the rate for men reached 5.1%.", "4.7%", "women"),
    ("The unemployment rate for women rose to 4.7% from 4.5%, while the rate for men reached 5.1%.", "5.1%", "men"),
    ("The regulator's figure for the youth vote was 38%.", "38%", ""),
    ("Unemployment rose to 4.9% in May.", "4.9%", ""),
    ("Police arrested 40 men and 12 women.", "40 men", ""),  # who is counted, not a group a rate is told for
    # a figure between the group and the figure's clause is the group's, not this one's
    ("Among women the rate rose to 4.7%, and the overall rate to 4.9%.", "4.9%", ""),
    # a group defined within the population, and the rest of it
    ("Pupils on free school meals passed at a rate of 71.2%, compared with 88.4% for other pupils.", "71.2%",
     "subgroup"),
    ("Pupils on free school meals passed at a rate of 71.2%, compared with 88.4% for other pupils.", "88.4%",
     "others"),
    ("The rate was 71.2% for pupils who receive free meals and 88.4% for everyone else.", "88.4%", "others"),
    ("Among patients who had had a heart attack, the risk fell by 18%.", "18%", "subgroup"),
    ("Flights on Tuesday were 12% fuller.", "12%", ""),
    # a narrower band is its own group, and each figure takes the band nearest before it
    ("The rate for 16- and 17-year-olds rises to $8.20.", "$8.20", "aged 16-17"),
    ("The rate for 18- to 20-year-olds will rise to $10.90 and the rate for 16- and 17-year-olds to $8.20.", "$8.20",
     "aged 16-17"),
    ("The rate for 18- to 20-year-olds will rise to $10.90 and the rate for 16- and 17-year-olds to $8.20.",
     "$10.90", "aged 18-20"),
])
def test_a_figure_told_for_a_group_of_the_population_carries_the_group(text, label, cohort):
    assert frame(text, label).cohort == cohort


def test_a_group_s_rate_never_meets_the_whole_population_s_or_another_group_s():
    """"The rate for women rose to 4.7%" is not the headline rate of 4.9% nor the men's, and the youth rate is not the
    headline rate (RELATIONS.md §1: scope), while two reports of the youth rate still meet."""
    from claims.model import Relation

    d = dt.date(2026, 6, 10)
    assert link("The unemployment rate for women rose to 4.9% in May, the statistics office said.",
                "Unemployment rose to 4.9% in May, the statistics office said.", d, d) is None
    assert link("Among 16- to 24-year-olds, the jobless rate rose to 13.2% in May, the statistics office said.",
                "The jobless rate rose to 4.9% in May, the statistics office said.", d, d) is None
    lk = link("Among 16- to 24-year-olds, the jobless rate rose to 13.2% in May, the statistics office said.",
              "Youth unemployment rose to 13.2% in May, the statistics office said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_soldiers_sent_to_help_are_no_count_of_a_firm_s_workers():
    d = dt.date(2026, 1, 18)
    assert link("The army sent some 250 troops on Sunday to help in the villages after the storm.",
                "Nordvik said 1,200 line workers were deployed on Sunday after the storm.", d, d) is None


@pytest.mark.parametrize(("text", "label"), [
    ("The cyclist was banned for two years by the federation on Monday.", "two years"),
    ("The skier received the standard four-year period of ineligibility.", "four-year"),
    ("Ten years ago he was suspended for nine months for missing three tests.", "nine months"),
    ("His doping ban has been cut to 18 months after he helped investigators.", "18 months"),
    ("The sprinter's suspension was reduced to two years on appeal.", "two years"),
])
def test_how_long_someone_is_barred_is_the_ban(text, label):
    """A ban, a suspension, a period of ineligibility: one measure, however told, and "has been cut to 18 months"
    gives the ban's new length (not a cut of something else)."""
    assert frame(text, label).measure == "ban"


def test_a_ban_cut_from_two_years_to_18_months_is_an_update():
    """Four outlets' "banned for two years" and a later "the ban has been cut to 18 months" are the same frame at
    two times (RELATIONS.md §3 update), and "suspended for half a year" agrees with "banned for six months"."""
    lk = link("The cyclist was banned for two years by the federation on Monday.",
              "The cyclist's ban has been cut to 18 months, the federation said on Thursday.",
              dt.date(2026, 3, 2), dt.date(2026, 3, 5))
    assert lk is not None and lk.relation in (Relation.UPDATE, Relation.CONFLICT)
    d = dt.date(2026, 3, 2)
    lk = link("In 2019 the cyclist was suspended for half a year for missing tests.",
              "The cyclist was banned for six months in 2019 for missing tests.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize("text", [
    "As part of the settlement, the runner has dropped her planned appeal to the court.",
    "The union called off a planned strike on Monday.",
    "The council scrapped the proposed bypass after the vote.",
])
def test_a_plan_given_up_is_a_fact(text):
    """"has dropped her planned appeal": the attributive "planned" names the appeal; dropping it is done."""
    assert claim_status(claim(text)) is Status.FACT
    assert claim_status(claim("The union confirmed the planned strike.")) is Status.FUTURE


def test_two_readings_of_one_sample_in_two_units_conflict_and_equal_ones_agree():
    """"0.9 nanograms per millilitre" (the defence) against "3.4 ng/mL" (the agency) on one day: two rival readings
    of one level (RELATIONS.md §3 conflict); "3,400 picograms per millilitre" is the agency's 3.4 told in other
    units (agree)."""
    d = dt.date(2026, 5, 4)
    lk = link("Her lawyers said the laboratory's raw data showed a concentration of 0.9 nanograms per millilitre.",
              "The agency has put the figure at 3.4 ng/mL.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT
    lk = link("The agency has put the figure at 3.4 nanograms per millilitre.",
              "The sample contained 3,400 picograms of the drug per millilitre, the decision says.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("The observatory measured the ash column at 8 km (26,000 feet) on Monday morning.", "8 km", "altitude"),
    ("By Thursday the plume of ash was only about 2 km (6,500 feet) high.", "about 2 km", "altitude"),
    ("The column of ash had fallen to about 4 km by Tuesday, the observatory said.", "about 4 km", "altitude"),
    ("The coastguard said 1,700 people had been moved out.", "1,700 people", "evacuated"),
    ("A four-kilometre exclusion zone has been drawn around the crater.", "four-kilometre", "exclusion zone"),
    ("Nobody is allowed within 4 km of the crater, the agency said.", "4 km", "exclusion zone"),
    ("Officials widened the exclusion zone around the smoking crater to 6 km on Tuesday.", "6 km", "exclusion zone"),
])
def test_an_ash_column_s_height_a_zone_s_reach_and_people_moved_out(text, label, measure):
    """How high the ash rises (however the height is told, with a second unit between), how far a closed zone
    reaches, and people "moved out" (evacuated) are each one measure across reports."""
    assert frame(text, label).measure == measure


def test_residents_of_a_zone_are_no_radius():
    assert frame("Police moved 3,000 residents of the exclusion zone on Monday.", "3,000 residents").measure \
        != "exclusion zone"


def test_an_exclusion_zone_widened_from_4_to_6_km_is_an_update():
    lk = link("A four-kilometre exclusion zone has been drawn around the crater, the agency said on Monday.",
              "The exclusion zone now extends 6 km from the crater, the agency said on Wednesday.",
              dt.date(2026, 4, 6), dt.date(2026, 4, 8))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_the_whole_a_part_is_told_of_keeps_its_participle_s_measure():
    """"Most of the 3,100 people evacuated since Monday are staying with relatives" counts the evacuated (the part
    does something else); without a part, "The 19 people arrested after the march will face trial" counts those
    on trial, not the arrests."""
    assert frame("Most of the 3,100 people evacuated since Monday are staying with relatives.",
                 "3,100 people").measure == "evacuated"
    assert frame("The 19 people arrested after the march will face trial.", "19 people").measure != "arrested"


def test_a_denial_in_the_denier_s_own_words_is_no_conflict_with_the_denial():
    """"The coach denied ever giving the riders a banned drug" and the coach's own "I have never given any rider a
    banned drug" tell one denial: never a conflict (a denial conflicts with what it denies)."""
    d = dt.date(2026, 2, 3)
    lk = link("The coach denied ever giving the riders a banned drug, his lawyer said.",
              '"I have never given any rider a banned drug," the coach said in a statement.', d, d)
    assert lk is None or lk.relation is not Relation.CONFLICT


@pytest.mark.parametrize("text", [
    "She denied ever knowingly taking a banned substance.",
    "The clinic sold an approved drug at twice the price.",
])
def test_a_participle_naming_a_kind_of_thing_is_no_act(text):
    """"a banned substance", "an approved drug": the participle names a kind of thing; nothing was banned or
    approved in the sentence."""
    fr = act_frame(claim(text))
    assert fr is None or fr.act not in ("ban", "approve")


def test_customers_who_lost_electricity_are_without_power():
    """"about 52,000 customers, roughly 60 percent of its customer base, had lost electricity" counts the power
    outage, as "were still without electricity" does (the apposition between is skipped)."""
    assert frame("The utility said about 52,000 customers, roughly 60 percent of its customer base, had lost "
                 "electricity.", "about 52,000 customers").measure == "power outage"


def test_a_storm_named_by_its_kind_is_no_place():
    """"died in Cyclone Mara": the storm, not where the dead were ("died in Kessa" is a place)."""
    assert frame("Eleven people are now confirmed to have died in Cyclone Mara, the office said.",
                 "Eleven people").places == frozenset()
    assert frame("Eleven people died in Kessa, the office said.", "Eleven people").places


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("It came ashore as a Category 3 cyclone with sustained winds of 150 km/h.", "150 km/h", "wind speed"),
    ("Winds gusting to 190 km/h tore roofs off in the capital.", "190 km/h", "gusts"),
    ("It came ashore as a Category 3 cyclone with sustained winds of 150 km/h.", "Category 3", "category"),
    ("On the national scale, Category 4 begins at sustained winds of 160 km/h.", "160 km/h", "threshold"),
    ("The train was travelling at 120 km/h when it left the rails.", "120 km/h", ""),
])
def test_a_storm_s_winds_gusts_and_category(text, label, measure):
    """A storm's sustained winds and its gusts are two measures of speed, its category a level of its own, and where a
    category "begins" a rule of the scale; any other speed keeps no measure."""
    assert frame(text, label).measure == measure


def test_a_storm_upgraded_from_category_3_to_4_is_an_update():
    lk = link("The storm came ashore as a Category 3 cyclone, the weather service said on Monday.",
              "The weather service on Wednesday upgraded the storm to a Category 4 cyclone.",
              dt.date(2026, 2, 9), dt.date(2026, 2, 11))
    assert lk is not None and lk.relation is Relation.UPDATE


def test_a_figure_of_a_past_year_is_no_rival_of_this_week_s():
    """"since Cyclone Berrin, a Category 4 system that killed 17 people in 2009" is another storm: no update or
    conflict of this week's toll of 12."""
    d = dt.date(2026, 2, 10)
    lk = link("The storm is the strongest since Cyclone Berrin, a Category 4 system that killed 17 people in 2009.",
              "The number of people confirmed dead after the cyclone rose to 12 on Tuesday.", d, d)
    assert lk is None or lk.relation is Relation.AGREE


def test_a_vow_is_an_intention_like_would():
    """"She has vowed to take her case to the court" and "She said she would appeal to the court" tell one
    intention: both are still to come, so the two agree."""
    assert claim_status(claim("She has vowed to take her case to the Court of Arbitration.")) is Status.FUTURE
    d = dt.date(2026, 5, 12)
    lk = link("The skier said she would appeal to the Court of Arbitration for Sport (CAS).",
              "The skier has vowed to take her case to the Court of Arbitration for Sport.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_ban_told_as_an_adjective_is_the_ban_not_background():
    """"the standard four-year period of ineligibility" and "handed her the maximum four-year ban": the ban's length
    is the fact (a "two-day strike" frames the strike; a "four-year ban" is the penalty itself)."""
    d = dt.date(2026, 5, 12)
    lk = link("The panel imposed the standard four-year period of ineligibility on the skier.",
              "The federation's tribunal had handed the skier the maximum four-year ban.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_rain_totals_over_one_window_agree_and_over_two_windows_stay_apart():
    """"More than 300mm of rain fell in 24 hours" ~ "12 inches of rain in 24 hours" (one rainfall, two units); the
    total "for the three days" is another figure, no update of the day's."""
    assert frame("More than 300mm of rain fell on the port in 24 hours.", "More than 300mm").measure == "rainfall"
    d = dt.date(2026, 2, 9)
    lk = link("More than 300mm of rain fell on the port in 24 hours, the weather service said.",
              "The port recorded nearly 12 inches of rain in 24 hours, the weather service said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    lk = link("More than 300mm of rain fell on the port in 24 hours, the weather service said.",
              "The port's rainfall total for the three days to Tuesday reached 450 mm, the weather service said.", d, d)
    assert lk is None


@pytest.mark.parametrize(("text", "label"), [
    ("The prime minister declared a 30-day state of emergency on Monday.", "30-day"),
    ("The month-long state of emergency allows the army to requisition trucks.", "month-long"),
])
def test_how_long_an_emergency_lasts_is_its_own_measure(text, label):
    assert frame(text, label).measure == "emergency"


def test_a_plan_then_given_up_is_an_update():
    """"The union said it would appeal to the court" then "The union has dropped its appeal as part of the deal": the
    plan, then its end (RELATIONS.md §3 update), not two unrelated claims; a flight "scrapped" is no plan given up."""
    lk = link("The union said on Monday it would appeal the ruling to the Supreme Court.",
              "As part of the deal, the union has dropped its planned appeal to the Supreme Court.",
              dt.date(2026, 3, 2), dt.date(2026, 3, 4))
    assert lk is not None and lk.relation is Relation.UPDATE


@pytest.mark.parametrize(("text", "label", "negated"), [
    ("The minister conceded that inflation might not fall below 3% before June.", "below 3%", True),
    ("The toll did not reach 40 people.", "40 people", True),
    ("The minister said inflation would be back below 3% by June.", "below 3%", False),
    ("No fewer than 300 people came.", "No fewer than 300 people", False),
    ("It was not more than 300 people.", "more than 300 people", False),
])
def test_a_figure_under_a_negated_verb_is_marked(text, label, negated):
    assert frame(text, label).negated is negated


def test_a_figure_denied_is_no_agreement_with_it():
    """"would be back below 3% by June" (Monday) then "conceded that inflation might not fall below 3% by June"
    (Thursday): the same figure, said then unsaid (RELATIONS.md §3 update), never an agreement."""
    lk = link("The finance minister said inflation would be back below 3% by June.",
              "The finance minister conceded that inflation might not fall below 3% by June.",
              dt.date(2026, 3, 2), dt.date(2026, 3, 5))
    assert lk is None or lk.relation is not Relation.AGREE


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("About 21,000 people were sheltering in schools and churches on Monday.", "About 21,000 people", "sheltered"),
    ("Some 14,500 people were still staying in 120 evacuation centres on Tuesday.", "Some 14,500 people", "sheltered"),
    ("More than 30,000 residents left low-lying coastal villages before the storm hit.", "More than 30,000 residents",
     "evacuated"),
])
def test_people_in_shelters_and_people_who_left_their_villages(text, label, measure):
    """Those in shelters are a count of their own (not all the evacuated are in one); residents who "left" their
    villages ahead of a storm are the evacuated."""
    assert frame(text, label).measure == measure


def test_most_of_a_whole_tells_the_whole_as_a_fact():
    """"Most of the 3,100 people evacuated since Monday are staying with relatives" gives the whole (no share of it is
    told), so it agrees with "Some 3,100 people were evacuated" (a base of "40% of the 3,100" stays background)."""
    assert not frame("Most of the 3,100 people evacuated since Monday are staying with relatives.", "3,100 people").base
    assert frame("About 40% of the 3,100 people evacuated are staying with relatives.", "3,100 people").base
    d = dt.date(2026, 4, 8)
    lk = link("Most of the 3,100 people evacuated since Monday are staying with relatives, officials said.",
              "Some 3,100 people were evacuated from six villages in the first two days, officials said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "measure", "status"), [
    ("The board left the policy rate at 4.25% in October and will meet again next month.", "4.25%", "interest rate",
     Status.FACT),
    ("The central bank held interest rates steady at 3%.", "3%", "interest rate", Status.FACT),
    ("3,000 workers and 400 managers will lose their jobs.", "3,000 workers", "jobs cut", Status.INTENT),
    # a modal after "but" is the next clause's: the count before it is told as it stands
    ("The first tally said 45 people were aboard the barge but the harbour office says it may have been 60.",
     "45 people", "passengers", Status.FACT),
])
def test_a_level_kept_and_a_second_verb_s_future(text, label, measure, status):
    """"left the policy rate at 4.25%" gives the rate's level; "and will meet again next month" is a second verb's
    future, not the figure's (but "workers and managers will lose" is one subject's)."""
    f = frame(text, label)
    assert (f.measure, f.status) == (measure, status)


def test_percentage_points_never_meet_per_cent():
    """"the annual rate jumped by half a percentage point" and "prices rose by half a per cent over the month" are two
    facts that share a number: a move of a rate in points is no rise of prices in per cent."""
    assert frame("The annual rate jumped by half a percentage point.", "half a percentage point").cls == "points"
    d = dt.date(2026, 11, 12)
    lk = link("That means the annual rate jumped by half a percentage point in a single month.",
              "Over the month alone, prices rose by half a per cent.", d, d)
    assert lk is None


def test_a_target_is_no_outcome():
    """"the bank's 2% target" is a level wanted, not a decision that a count later reports ("will cut 900 jobs" ~
    "cut 900 jobs"): it never fits an outcome such as "inflation stood at 2.1%"."""
    f = frame("The Bank of Korvenia, which targets inflation of 2%, has held its key rate at 3.0% since June.", "2%")
    assert f.status is Status.FUTURE
    d = dt.date(2026, 11, 13)
    lk = link("The central bank targets inflation of 2%, the governor told parliament.",
              "Inflation in the country stood at 2.8% in October, the statistics office said.", d, d)
    assert lk is None


@pytest.mark.parametrize(("text", "label", "subject"), [
    ("Vehicle theft was down 3.1% last year.", "3.1%", {"car", "theft"}),
    ("Violent crime across the country went up by 3.2 per cent.", "3.2 per cent", {"violent"}),
    ("Domestic burglary fell 7.4% to 61,812 offences.", "7.4%", {"domestic", "burglary"}),
    ("Food and non-alcoholic drink prices rose 6.8%.", "6.8%", {"food", "non-alcoholic", "drink"}),
    # a noun of change, a generic word or a name says nothing of which thing changed: no subject
    ("Police recorded 1.28 million offences, a drop of 3.2 per cent.", "3.2 per cent", set()),
    ("The last increase, in April 2025, was 5.6 per cent.", "5.6 per cent", set()),
    ("Recorded crime fell 3.2 per cent last year.", "3.2 per cent", {"record"}),
    ("Overall crime fell 3.2 per cent last year.", "3.2 per cent", set()),
    # (a name says whose or where: owners and places weigh it)
    ("In the north, Tolvik's pass rate rose to 81%.", "81%", {"pass"}),
])
def test_a_change_carries_what_it_is_told_of(text, label, subject):
    assert frame(text, label).subject == frozenset(subject)


def test_percentages_of_two_things_that_changed_never_meet():
    """A statistics release tells a dozen near-equal changes: "Violent crime went up by 3.2 per cent" is no reading of
    "Knife crime rose 3.2%", while two reports of violent crime's rise are one fact (RELATIONS.md §1: subject)."""
    d = dt.date(2026, 4, 21)
    violent = "Violent crime across the country went up by 3.2 per cent in 2025."
    assert link(violent, "Knife crime rose 3.2% in 2025, the figures showed.", d, d) is None
    lk = link(violent, "Violent crime rose 3.2% in 2025, the figures showed.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


@pytest.mark.parametrize(("text", "label", "change"), [
    # a level set against its base: "down from 151" says where the count came from, not a change of 143
    ("Police recorded 143 homicides, down from 151 a year earlier.", "143 homicides", ""),
    # the change after a comma is the next figure's
    ("Profit was 4.2 million euros, up 12% on last year.", "4.2 million euros", ""),
    ("Profit was 4.2 million euros, up 12% on last year.", "12%", "up"),
    # a share told as the change itself
    ("The ministry puts the harvest at 1.42 million tonnes, 38% down on the year before.", "38%", "down"),
    ("Sales were 38% down from last year.", "38%", "down"),
])
def test_a_level_against_its_base_is_no_change(text, label, change):
    assert frame(text, label).change == change


@pytest.mark.parametrize("text, label, measure", [
    # falling ill is a measure of its own, told by the illness ("fell ill", "reported symptoms", "sickened")
    ("The health office said 140 guests had fallen ill at the resort.", "140 guests", "ill"),
    ("Organisers put the number of runners who had reported symptoms at 58.", "58", "ill"),
    ("The contaminated salad sickened 73 diners across the county.", "73 diners", "ill"),
    # where the people are ("on board") says who is counted; the verb after it says what happened to them
    ("Officials said 212 people on board had now fallen ill.", "212 people", "ill"),
    ("Some 35 people on board were still missing at dusk.", "Some 35 people", "missing"),
    # people who needed treatment are no threshold a rule sets ("a party needs 56 seats" is)
    ("Nine hikers have needed hospital treatment since Friday.", "Nine hikers", ""),
    ("A coalition needs 61 seats to govern.", "61 seats", "threshold"),
])
def test_falling_ill_is_what_happened_to_those_counted(text, label, measure):
    f = frame(text, label)
    if measure:
        assert f.measure == measure
    else:
        assert f.measure != "threshold"


def test_people_who_fell_ill_and_cases_of_the_illness_are_one_count():
    """"312 guests had fallen ill" (Monday's report) and "had counted 340 cases among the people who stayed at the
    hotel" (Wednesday's) are one running count of the outbreak: the cases among a population are that population's
    count, no subgroup's (RELATIONS.md §1), and a case is a person who fell ill."""
    monday = dt.date(2026, 6, 1)
    an = analyse([make_doc("a", "The county health office said 312 guests at the Harlow Spa Hotel had fallen ill.",
                           date=monday, outlet="Morning Star"),
                  make_doc("b", "The county health office had counted 340 cases among the people who stayed at the "
                           "Harlow Spa Hotel.", date=monday + dt.timedelta(days=2), outlet="Evening Lamp")])
    assert [lk.relation for lk in an.links] == [Relation.UPDATE]
    assert frame("The office counted 340 cases among the people who stayed at the hotel.", "340 cases").cohort == ""
    # a share told for the people who ... is still a subgroup's share
    assert frame("The pass rate was 64% among the pupils who sat the test early.", "64%").cohort == "subgroup"


@pytest.mark.parametrize("text, label, measure", [
    # customers name who is counted, as passengers do; what happened to them is the measure
    ("About 1.9 million customers lost service on Friday, the regulator found.", "About 1.9 million customers", "cut off"),
    ("The regulator put the number of customers who lost service at 1.94 million.", "1.94 million", "cut off"),
    ("Some 240,000 subscribers were left without mobile service.", "Some 240,000 subscribers", "cut off"),
    # with nothing happening to them, customers are the customer base
    ("Norvox has 6.2 million customers.", "6.2 million customers", "customer base"),
])
def test_customers_take_the_measure_of_what_happened_to_them(text, label, measure):
    assert frame(text, label).measure == measure


def test_customers_who_lost_service_and_customers_affected_by_it_are_one_count_not_the_customer_base():
    """"1.9 million customers lost service" (Friday) and "the outage cut off 2.4 million customers" (Monday, the final
    count) are one count that changed; the operator's 6.2 million customers are its customer base, no reading of it."""
    friday = dt.date(2026, 6, 5)
    an = analyse([make_doc("a", "About 1.9 million Norvox customers lost service on Friday, the regulator said.",
                           date=friday, outlet="Morning Star"),
                  make_doc("b", "The regulator said the outage cut off 2.4 million Norvox customers.",
                           date=friday + dt.timedelta(days=3), outlet="Evening Lamp"),
                  make_doc("c", "Norvox has 6.2 million customers across the country.", date=friday,
                           outlet="Noon Post")])
    by_doc = {c.id: c.doc for c in an.claims}
    rel = {frozenset((by_doc[lk.a], by_doc[lk.b])): lk.relation for lk in an.links}
    assert rel.get(frozenset(("a", "b"))) is Relation.UPDATE
    assert frozenset(("a", "c")) not in rel and frozenset(("b", "c")) not in rel


@pytest.mark.parametrize("text, label", [
    ("Last year's outbreak, in the spring of 2024, saw 95,000 pigs culled on four farms.", "95,000 pigs"),
    ("Last year's final drew a crowd of 38,000.", "38,000"),
    ("Police made 14 arrests at last year's festival.", "14 arrests"),
])
def test_last_years_occasion_of_the_same_kind_is_another_occasion(text, label):
    """Last year's outbreak, final or festival is another occasion than this one: its figures are no rival of this
    one's ("has risen to 210,000" against last year's 95,000) (RELATIONS.md §1: another moment, another fact)."""
    assert frame(text, label).other_occasion


def test_animals_culled_are_a_count_of_their_own():
    """"had culled 120,000 birds by Monday", "the number of birds culled has risen to 210,000": the cull, a count
    that grows over days (not the outbreak's cases); birds "destroyed" to stop it are those culled."""
    assert frame("Officials had culled 120,000 birds by Monday afternoon.", "120,000 birds").measure == "culled"
    assert frame("The number of birds culled in the outbreak has risen to 210,000.", "210,000").measure == "culled"
    monday = dt.date(2026, 3, 2)
    an = analyse([make_doc("a", "Officials had culled 120,000 birds in the Harrow outbreak by Monday afternoon.",
                           date=monday, outlet="Morning Star"),
                  make_doc("b", "The number of birds culled in the Harrow outbreak has risen to 210,000, the ministry "
                                "said.", date=monday + dt.timedelta(days=3), outlet="Evening Lamp")])
    assert [lk.relation for lk in an.links] == [Relation.UPDATE]
    assert evidence("About 90,000 birds were destroyed on six farms.", "Some 90,000 birds were culled on six farms.").agree


@pytest.mark.parametrize("text, label, measure", [
    ("Vets drew a 2 km protection zone and an 8 km surveillance zone around the farm.", "2 km", "protection zone"),
    ("Vets drew a 2 km protection zone and an 8 km surveillance zone around the farm.", "8 km", "surveillance zone"),
    ("Officials set a protection zone with a radius of about two miles around the site.", "about two miles",
     "protection zone"),
    ("Inside the surveillance zone, which reaches 8km from the farm, birds must be kept indoors.", "8km",
     "surveillance zone"),
    ("Police widened the exclusion zone around the crater to 6 km.", "6 km", "exclusion zone"),
])
def test_each_ring_around_an_outbreak_is_its_own_radius(text, label, measure):
    """The rings drawn around an outbreak are measures of their own: a protection zone's radius is no rival of the
    surveillance zone's, and a radius told in miles meets one told in kilometres."""
    assert frame(text, label).measure == measure


def test_a_running_total_is_not_placed_where_what_it_adds_happened():
    """"Two farms near Harrowby tested positive, bringing the number of infected farms to five": the five are the
    whole outbreak's, not Harrowby's (the two are)."""
    text = "Two farms near Harrowby tested positive on Sunday, bringing the number of infected farms to five."
    assert frame(text, "Two farms").places
    assert not frame(text, "five").places


def test_a_sum_per_thing_is_a_rate_never_a_total():
    """"9 euros for each goose" and "9 euros a bird" are one rate per thing (whichever noun names the thing); a
    "9-million-euro fund" is a total and "a tray of eggs costs 9 euros" the price of another thing: neither meets it."""
    assert frame("Farmers will receive 9 euros for each goose culled.", "9 euros").rate == "per item"
    assert frame("Goose farmers will be paid 9 euros a bird.", "9 euros").rate == "per item"
    assert frame("The cabinet approved a 9-million-euro fund.", "9-million-euro").rate == ""
    # a time rate stays a time rate, and a word that names no thing makes no rate
    assert frame("The minimum wage rises to $13.25 an hour from $12.40.", "$13.25").rate == ""
    assert frame("Passengers can claim up to €600 each under the rules.", "up to €600").rate == ""
    assert not evidence("Farmers will receive 9 euros for each goose culled.",
                        "A tray of eggs now costs 9 euros in the shops.").agree
    assert evidence("Farmers will receive 9 euros for each goose culled.", "Goose farmers will be paid 9 euros a bird.").agree


def test_those_an_outage_affected_are_those_it_cut_off():
    """"The operator had initially said about 1.2 million customers were affected" and "About 1.8 million customers
    lost service, the regulator found" are one count of the outage, told lower first (RELATIONS.md §3: update)."""
    ev = evidence("The operator had initially said about 1.2 million customers were affected.",
                  "About 1.8 million customers lost service, the regulator found.")
    assert ev.differ and not ev.agree


def test_a_toll_feared_is_an_estimate_and_another_unnamed_site_is_another_place():
    """"Twelve people are feared dead" is an estimate, no rival of the bodies counted; "an avalanche at a nearby resort
    killed three people last week" happened elsewhere, no rival of this avalanche's toll (RELATIONS.md §1: status,
    place)."""
    assert frame("Twelve people are feared dead after the ferry sank.", "Twelve people").status is not Status.FACT
    monday = dt.date(2026, 5, 4)
    an = analyse([make_doc("a", "Twelve people are feared dead after the ferry sank.", date=monday, outlet="Morning Star"),
                  make_doc("b", "The bodies of nine passengers have been recovered.", date=monday + dt.timedelta(days=1),
                           outlet="Evening Lamp")])
    assert an.links == []
    an = analyse([make_doc("a", "An avalanche at a nearby resort killed three people last week.", date=monday,
                           outlet="Morning Star"),
                  make_doc("b", "Eleven people were killed in Saturday's avalanche at Vell Pass.", date=monday,
                           outlet="Evening Lamp")])
    assert an.links == []


def test_two_bodies_named_by_common_nouns_pay_two_sums():
    """"The insurer paid out 2.1 million crowns" and "the state has paid 800,000 crowns so far": two payers, two facts
    (RELATIONS.md §1: subject), though neither is named; the same body told twice is one payer."""
    assert frame("The insurer paid out 2.1 million crowns to the families.", "2.1 million crowns").org == "insurer"
    assert not evidence("The insurer paid out 2.1 million crowns to the families.",
                        "The state has paid 800,000 crowns so far.").differ
    assert evidence("The insurer paid out 2.1 million crowns to the families.",
                    "The insurer has now paid 2.6 million crowns to the families.").differ


def test_a_rate_told_by_an_adjective_before_the_measure():
    """"the daily cost to the economy was about 45 million euros" is 45 million euros a day, as "an annual subsidy of
    310 million euros" is 310 million a year and "daily output ... 120,000 barrels" is barrels a day; a sum of
    another noun ("the monthly payment on a 2 million-crown loan") keeps no rate."""
    daily = frame("The authority's own estimate of the daily cost to the economy was far lower, at about 45 million "
                  "euros.", "about 45 million euros")
    told = frame("The strike costs the economy about 45 million euros a day.", "about 45 million euros")
    assert daily.interval == told.interval and daily.cls == told.cls
    barrels = frame("The field's daily output has fallen to 120,000 barrels.", "120,000 barrels")
    assert barrels.rate == frame("The field now pumps 120,000 barrels a day.", "120,000 barrels a day").rate == "day"
    # (a unit no currency table knows is a count: "for every day" is its rate, as "a day" is)
    assert frame("The owners put the cost at 120 million florets for every day the ports stay shut.",
                 "120 million florets for every day").rate == "day"
    loan = frame("The rise adds 420 crowns to the monthly payment on a typical 2 million-crown loan.", "2 million-crown")
    assert loan.interval == frame("A typical loan is 2 million crowns.", "2 million crowns").interval


def test_it_alone_is_one_members_part():
    """"The largest insurer said it alone had received 18,900 claims" is one insurer's part of all the claims filed,
    no reading of the whole ("some 19,000 claims had been filed")."""
    assert frame("Brandvik Mutual, the largest insurer, said it alone had received 18,900 claims.",
                 "18,900 claims").part
    assert not frame("Insurers said some 19,000 claims had been filed by Wednesday.", "some 19,000 claims").part


def test_a_figure_for_a_normal_week_is_the_norm_not_this_one():
    """"In a normal week about 40 container ships call at the port" is the norm the story compares with, never a
    reading of the 41 ships waiting this week."""
    assert frame("In a normal week about 40 container ships call at Haldby.", "about 40 container ships").other_occasion
    assert frame("On a typical day the line carries some 90,000 passengers.", "some 90,000 passengers").other_occasion
    assert not frame("By Wednesday, 41 container ships were waiting off Haldby.", "41 container ships").other_occasion


@pytest.mark.parametrize(("text", "label"), [
    ("The union said 5,900 of its members walked off the job on the first day.", "5,900"),
    ("The employer said just over 3,000 staff failed to turn up on Monday.", "just over 3,000 staff"),
    ("Some 2,400 bus drivers downed tools at dawn.", "Some 2,400 bus drivers"),
])
def test_staying_away_from_work_in_a_strike_counts_strikers(text, label):
    """"walked off the job", "failed to turn up", "downed tools": ways news tells how many struck."""
    assert frame(text, label).measure == "strikers"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("There were 14 people arrested in the city overnight.", "14 people", "arrested"),
    ("The county listed 3,500 residents evacuated from the hill villages.", "3,500 residents", "evacuated"),
    ("The tracking firm gave a lower number, counting 298 barges waiting on Friday.", "298 barges", "waiting"),
    ("Inspectors logged 61 workers injured at the yard since May.", "61 workers", "injured"),
])
def test_who_lists_a_figure_leaves_its_measure_to_the_predicate_after(text, label, measure):
    """"counting 298 barges waiting", "listed 3,500 residents evacuated", "there were 14 people arrested": the verb
    before the figure reports or lists it (as "said" or "counted" does), so what befell them is the participle after
    the noun, not a verb that names no measure."""
    assert frame(text, label).measure == measure


@pytest.mark.parametrize(("text", "label", "status"), [
    ("The harbour board is losing about 9 million crowns a day in dues, its chair said.", "about 9 million crowns",
     Status.FACT),
    ("The ferry is carrying 1,480 passengers and 210 crew.", "1,480 passengers", Status.FACT),
    ("Schools in the valley are sheltering 2,600 people.", "2,600 people", Status.FACT),
    ("The mill is cutting 420 jobs.", "420 jobs", Status.INTENT),
    ("The council is sending 60 more wardens to the estate.", "60 more wardens", Status.INTENT),
])
def test_a_progressive_of_a_state_is_no_plan(text, label, status):
    """"is cutting 420 jobs" is the company's plan (RELATIONS.md §1: an intention, any tense), but "is losing 9
    million crowns a day", "is carrying 1,480 passengers" and "are sheltering 2,600 people" tell what is so now."""
    assert frame(text, label).status is status


def test_a_restriction_still_in_force_then_lifted_is_an_update():
    """"The curfew in the old town remains in force" (Tuesday) then "The council lifted the curfew in the old town
    on Thursday": the restriction in force, then ended (RELATIONS.md §3: not yet, then done); two reports of it
    lifted agree; "lifted its key rate" ends no restriction."""
    still = act_frame(claim("The curfew in the old town remains in force."))
    assert still is not None and still.act == "lift" and still.negated
    lifted = link("The curfew in the old town of Marrow remains in force, the council said.",
                  "The council lifted the curfew in the old town of Marrow on Thursday.",
                  dt.date(2026, 3, 3), dt.date(2026, 3, 5))
    assert lifted is not None and lifted.relation is Relation.UPDATE
    both = link("The council lifted the curfew in the old town of Marrow on Thursday.",
                "The Marrow curfew was lifted on Thursday, the council said.", dt.date(2026, 3, 5), dt.date(2026, 3, 6))
    assert both is not None and both.relation is Relation.AGREE
    assert act_frame(claim("The central bank lifted its key rate to 4.5% on Thursday.")) is None
    assert act_frame(claim("Cranes lifted the wagon out of the river on Monday.")) is None


def test_posts_no_one_fills_are_vacancies():
    """"8,600 nursing posts are vacant" and "more than 13,000 midwife posts were unfilled" count vacancies, the
    same measure as "more than 9,000 vacancies" (never the posts a service has in all)."""
    assert frame("The ministry says 8,600 nursing posts are vacant.", "8,600 nursing posts").measure == "vacancies"
    assert frame("The college said more than 13,000 midwife posts were unfilled.",
                 "more than 13,000 midwife posts").measure == "vacancies"
    assert frame("Hospitals reported more than 9,000 vacancies in March.", "more than 9,000 vacancies").measure \
        == "vacancies"


def test_a_subject_head_noun_names_the_measure_before_its_phrase():
    """"Turnout in the ballot was just under 60 per cent" tells the turnout, not the ballot's votes, so it meets
    "Turnout was 58.2%"; the Guild's own ballot (another body's turnout) meets neither."""
    assert frame("Turnout in the ballot was just under 60 per cent, the union said.",
                 "just under 60 per cent").measure == "turnout"
    an = analyse([make_doc("a", "Turnout was 58.2%, the Nurses' Union said.", date=dt.date(2026, 3, 16), outlet="A"),
                  make_doc("b", "Turnout in the ballot was just under 60 per cent, the union said.",
                           date=dt.date(2026, 3, 17), outlet="B"),
                  make_doc("c", "Turnout in the Guild's ballot was 44%.", date=dt.date(2026, 3, 19), outlet="C")])
    rel = {frozenset((lk.a.split("-")[0], lk.b.split("-")[0])): lk.relation for lk in an.links}
    assert rel == {frozenset(("a", "b")): Relation.AGREE}


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Dockers have backed the deal, with 58.4% of those who took part in the ballot voting yes.", "58.4%", "votes"),
    ("Just over three in five members who voted have accepted the offer.", "Just over three in five", "votes"),
    ("Of the members who voted, 58 per cent backed the offer.", "58 per cent", "votes"),
    ("Members approved the settlement by 58.4 per cent to 41.6 per cent.", "58.4 per cent", "votes"),
    ("Members approved the settlement by 58.4 per cent to 41.6 per cent.", "41.6 per cent", "votes against"),
    ("In May, 66% of those voting rejected the first offer.", "66%", "votes against"),
    ("The union rejected the offer of 4.5%.", "4.5%", "offer"),
])
def test_a_share_of_those_who_voted_is_the_vote_and_its_side(text, label, measure):
    """"58.4% of those who took part in the ballot" is the ballot's result, not the offer it was on; those for and
    those against are two figures ("by 58.4 per cent to 41.6 per cent": the second is the other side)."""
    assert frame(text, label).measure == measure


def test_two_ballots_weeks_apart_are_two_votes():
    """"66% against the first offer in May" and "41.6 per cent against the new one on Monday" (in July) are two
    ballots: no figure of one updates the other."""
    lk = link("Dockers rejected the first offer in May, with 66% of those voting against.",
              "Dockers accepted the new offer on Monday by 58.4 per cent to 41.6 per cent.",
              dt.date(2026, 7, 14), dt.date(2026, 7, 15))
    assert lk is None


def test_a_count_of_a_nations_citizens_is_a_part_of_the_toll():
    """"The Ostrish foreign ministry has lowered its count of citizens killed to seven" counts the Ostrish among the
    dead: its number meets no reading of the whole toll ("The death toll rose to 11"), and "its count of" names
    what it counts as "the count of" does."""
    f = frame("The Ostrish foreign ministry has lowered its count of citizens killed to seven.", "seven")
    assert f.measure == "killed" and f.counted == "citizen" and f.peoples
    assert link("The death toll from the ferry fire rose to 11 on Wednesday, the coastguard said.",
                "The Ostrish foreign ministry has lowered its count of citizens killed in the ferry fire to seven.",
                dt.date(2026, 5, 6), dt.date(2026, 5, 7)) is None


@pytest.mark.parametrize(("text", "label", "status"), [
    ("Prosecutors have asked a court in Marrow to hold the skipper in custody for 30 days.", "30 days", Status.INTENT),
    ("The regulator urged the airline to refund 4,000 passengers.", "4,000 passengers", Status.INTENT),
    ("The court held the skipper in custody for 30 days.", "30 days", Status.FACT),
])
def test_a_figure_asked_for_is_an_intention_not_a_fact(text, label, status):
    """"asked a court to hold him for 30 days" is what prosecutors want (RELATIONS.md §1: status), not what the
    court did."""
    assert frame(text, label).status is status


@pytest.mark.parametrize(("text", "label"), [
    ("More than 9,000 operations were called off during the strike.", "More than 9,000 operations"),
    ("The airline called off 240 flights on Friday.", "240 flights"),
])
def test_called_off_is_cancelled(text, label):
    """"9,000 operations were called off during the strike" counts what was cancelled, not the strikers the nearest
    measure word names."""
    assert frame(text, label).measure == "cancelled"


def test_a_sum_told_back_without_its_currency_is_the_sum_before():
    """"The ministry puts the cost at 2.1 billion crowns over two years. The union insists the true figure is nearer
    1.4 billion": the currency left out, the rival figure is a sum of the same cost (a count before stays a count)."""
    items = article_items("The ministry now puts the cost of the deal at 2.1 billion crowns over two years.",
                          "The union insists the true figure is nearer 1.4 billion.")
    f = items[1].figs[0].frame
    assert f.cls == items[0].figs[0].frame.cls and f.cls.startswith("money:") and f.measure == "cost"
    items = article_items("About 1.2 million people lost power at the peak.", "The true figure was nearer 1.4 million.")
    assert items[1].figs[0].frame.cls == "count"


def test_one_peoples_part_of_the_dead_told_twice_is_one_figure():
    """"Six of the dead were Ostrish citizens" (Tuesday) and "Seven of the dead were Ostrish" (Wednesday) count one
    people's part of the toll: an update, not two parts of a whole; another people's part stays apart."""
    f = frame("Six of the dead were Ostrish citizens, police said.", "Six")
    assert f.peoples == frame("Seven of the dead were Ostrish, police said.", "Seven").peoples != frozenset()
    lk = link("Six of the dead were Ostrish citizens, police said on Tuesday.",
              "Seven of the dead were Ostrish, police said on Wednesday.", dt.date(2026, 5, 5), dt.date(2026, 5, 6))
    assert lk is not None and lk.relation is Relation.UPDATE
    assert link("Six of the dead were Ostrish citizens, police said on Tuesday.",
                "Seven of the dead were Valdish, police said on Wednesday.", dt.date(2026, 5, 5), dt.date(2026, 5, 6)) is None


def test_the_same_minute_told_about_is_one_moment():
    """"left the road at about 5:40 am" and "went through the barrier at about 5:40 am on Monday" name one moment of
    the story (a minute off the quarter hour, approximate or not); "at about 10.15" is too round to tell."""
    lk = link("The coach left the road at about 5:40 am near the village of Harn, police said.",
              "The coach went through the barrier at about 5:40 am on Monday, as most passengers slept.",
              dt.date(2026, 9, 14), dt.date(2026, 9, 15))
    assert lk is not None and lk.relation is Relation.AGREE


def test_the_last_increase_is_another_occasion():
    """"The last increase, in April, was 4.8 per cent" is the rise before this one: no reading of the 4.8% a
    review board now recommends (RELATIONS.md §1: time; another occasion of the same kind)."""
    assert frame("The last increase, in April, was 4.8 per cent.", "4.8 per cent").other_occasion
    assert frame("The previous rise was 4.8%.", "4.8%").other_occasion
    assert not frame("The board recommended a rise of 4.8%.", "4.8%").other_occasion


def test_another_occasion_named_by_its_month_meets_a_report_of_that_month():
    """"The last increase, in April 2029, was 5.6 per cent" is another occasion than this one, but the same one as "pay
    rose 5.6 per cent in April 2029": both name its month, so the two agree (RELATIONS.md §1: the same frame and time)."""
    d = dt.date(2030, 3, 2)
    lk = link("The last increase, in April 2029, was 5.6 per cent, the union said.",
              "Nurses' pay rose 5.6 per cent in April 2029, the union said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    assert link("The last increase was 5.6 per cent, the union said.",
                "Nurses' pay will rise 5.6 per cent, the union said.", d, d) is None


def test_a_rate_held_at_an_earlier_meeting_named_by_its_month_is_another_occasion():
    """"had chosen to keep its main rate at 3.5% at its March policy meeting" is that meeting's rate: no rival of the
    3.75% a rise took it to this week (RELATIONS.md §1: time; another occasion of the same kind)."""
    text = "The Valdesian central bank had chosen to keep its main rate at 3.5% at its March policy meeting."
    assert frame(text, "3.5%").other_occasion
    assert not frame("The Valdesian central bank kept its main rate at 3.5% at its March policy meeting.",
                     "3.5%").other_occasion
    d = dt.date(2030, 6, 7)
    assert link(text, "The bank's rate-setting committee raised its main rate by a quarter point to 3.75% on "
                      "Wednesday.", d, d) is None


def test_the_damaged_and_the_damaged_or_destroyed_are_one_tally():
    """"About 2,100 houses were damaged, 600 of them destroyed" (Monday) and "Nearly 2,600 houses have been damaged
    or destroyed" (Tuesday) are one tally told twice (an update); the destroyed alone are no part of that match."""
    lk = link("About 2,100 houses were damaged, 600 of them destroyed, the agency said on Monday.",
              "Nearly 2,600 houses have been damaged or destroyed, the agency said on Tuesday.",
              dt.date(2026, 3, 2), dt.date(2026, 3, 3))
    assert lk is not None and lk.relation is Relation.UPDATE
    assert link("About 2,100 houses were destroyed, the agency said on Monday.",
                "Nearly 2,600 houses have been damaged or destroyed, the agency said on Tuesday.",
                dt.date(2026, 3, 2), dt.date(2026, 3, 3)) is None


@pytest.mark.parametrize("text", [
    "The governor, who broke off a trade visit abroad, is expected to tour the flooded district on Friday.",
    "The mayor, who took office in May, will open the new bridge on Saturday.",
])
def test_a_relative_aside_inside_the_main_clause_does_not_hide_its_future(text):
    """"X, who broke off a visit, is expected to tour ...": the aside between commas goes and the main clause's
    own verb gives the status; an aside that ends the sentence (", which unions say will ...") still says nothing
    of the claim's status."""
    assert claim_status(claim(text)) is Status.FUTURE
    assert claim_status(claim("The governor, who broke off a trade visit abroad, toured the flooded district on Friday.")
                        ) is Status.FACT


def test_an_act_a_named_actor_tells_as_its_own_is_not_anothers():
    """"The Aviation Safety Agency opened its own inquiry on Friday" is no report of "police opened a criminal
    investigation into the crash": a named actor's act told as apart from another of its kind; the same act by the
    same actor ("the Aviation Safety Agency also opened an inquiry") still agrees."""
    own = "The Aviation Safety Agency opened its own inquiry on Friday, separate from the police investigation."
    assert act_frame(claim(own)).distinct
    assert link("The district police said they had opened a criminal investigation into the crash.", own) is None
    lk = link(own, "The Aviation Safety Agency also opened an inquiry on Friday and sent a team to the airfield.")
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_break_out_and_its_manhunt_are_three_counts():
    """Who got out, who was caught again and who is still free are three measures: "Twelve detainees escaped" against
    "the number who escaped was revised to ten" is an update, "five had been recaptured" is no figure of either, and
    crude that escaped from a tank is a spill."""
    assert frame("Twelve detainees escaped from the camp early on Sunday, officials said.", "Twelve detainees").measure == "escaped"
    assert frame("Five of them had been recaptured by Sunday evening.", "Five").measure == "recaptured"
    assert frame("Seven were still at large on Monday.", "Seven").measure == "at large"
    assert frame("That left four men on the run.", "four men").measure == "at large"
    assert frame("About 2,000 litres of diesel had escaped from the tank.", "About 2,000 litres").measure == "spilled"
    lk = link("Twelve detainees escaped from the camp early on Sunday, officials said on Sunday.",
              "Officials revised the number of detainees who escaped from the camp to ten on Monday.",
              dt.date(2026, 6, 7), dt.date(2026, 6, 8))
    assert lk is not None and lk.relation is Relation.UPDATE
    assert link("Five of the detainees had been recaptured by Sunday evening, officials said.",
                "Seven of the detainees were still at large on Sunday evening, officials said.") is None


def test_two_readings_told_to_the_hundredth_on_two_days_are_two_sessions():
    """"The index closed at 1,843.20" (Monday's paper) and "The index closed at 1,871.55" (Tuesday's): two
    sessions' closes, however close the rounding rule finds them; the same reading told on both days still agrees,
    and so do a figure told as "nearly 1,850" and one to the hundredth."""
    mon, tue = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
    assert link("The Varo-30 index closed at 1,843.20 points.", "The Varo-30 index closed at 1,871.55.", mon, tue) is None
    lk = link("The Varo-30 index closed at 1,843.20 points.", "The Varo-30 index closed at 1,843.20.", mon, tue)
    assert lk is not None and lk.relation is Relation.AGREE
    lk = link("The Varo-30 index closed at 1,843.20 points.", "The Varo-30 index closed at 1,871.55.", mon, mon)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_break_out_told_without_escaped_and_a_search_told_as_searching():
    """"Nineteen detainees got out" is the count of those who escaped; "About 300 soldiers were searching the hills"
    counts those deployed in the search."""
    assert frame("The ministry says nineteen detainees got out.", "nineteen detainees").measure == "escaped"
    assert frame("About 300 soldiers were searching the hills on Monday.", "About 300 soldiers").measure == "deployed"


def test_a_span_is_told_of_the_act_before_its_for():
    """"The runway was blocked for 36 hours" and "the runway was blocked for two days" give spans of one act (their
    head is that act); "the talks were adjourned for two days" is a span of another."""
    a = frame("The runway was blocked for 36 hours after the crash.", "36 hours")
    b = frame("The runway was blocked for two days after the crash.", "two days")
    c = frame("The talks were adjourned for two days.", "two days")
    assert a.head and a.head == b.head != c.head


def test_a_figure_after_cut_to_is_the_level_of_what_was_cut():
    """"The levy's rate would be cut to 20%" gives the levy's new level (a tax rate), no amount cut; "cut 900 jobs"
    is still the jobs cut."""
    assert frame("The minister said the rate of the levy would be cut to 20%.", "20%").measure == "tax"
    assert frame("The firm cut 900 jobs.", "900 jobs").measure == "jobs cut"


def test_a_named_sources_figure_told_next_refers_back():
    """"The exchange puts the loss at 41.2 billion crowns. Halden Partners' figure is about 47 billion." gives Halden's
    figure for the same measure, in the same currency."""
    items = article_items("The exchange puts Monday's loss in market value at 41.2 billion crowns.",
                          "Halden Partners' figure is about 47 billion.")
    f = items[1].figs[0].frame
    assert f.measure == items[0].figs[0].frame.measure == "value" and f.cls == items[0].figs[0].frame.cls


def test_escapees_are_counted_by_what_befell_them():
    """"By Sunday, 14 escapees had been recaptured" counts the recaptured (the noun says who, the predicate what
    happened), as "Three escapees are still at large" counts those still free."""
    assert frame("By Sunday evening, 14 escapees had been recaptured.", "14 escapees").measure == "recaptured"
    assert frame("Three escapees are still at large.", "Three escapees").measure == "at large"
    assert frame("By Monday, 11 of the escaped prisoners had been caught.", "11").measure == "recaptured"


def test_the_other_people_of_a_group_are_a_part_of_it():
    """"Five other guards were injured" (besides one told apart) is a part of the injured, no rival of "six guards
    were injured"; "about 300 other flights were delayed" is no part of anything."""
    assert frame("Five other guards were injured in the attack.", "Five other guards").part
    assert not frame("Six guards were injured in the attack.", "Six guards").part
    assert not frame("About 300 other flights were delayed, the airline said.", "About 300 other flights").part
    assert link("Six guards were injured in the attack, the service said.",
                "Five other guards were injured in the attack, the service said.") is None


def test_a_figure_warned_of_is_a_projection():
    """"The office warned of waves of up to 6 metres" tells what may come, not a measured wave: a projection, never
    linked to "a buoy recorded waves of 5.8 metres"."""
    assert frame("The office warned of waves of up to 6 metres along the coast.", "up to 6 metres").status is Status.FUTURE
    assert link("The office warned of gusts of up to 120 km/h along the coast.",
                "A station on the coast recorded gusts of 117 km/h.") is None


def test_a_figure_feared_is_a_projection():
    """"Rescuers fear as many as 30 people were buried" is a fear, not a count: no agreement with "28 bodies have
    been recovered"."""
    assert frame("Rescuers fear as many as 30 people were buried, officials said.", "as many as 30 people").status \
        is Status.FUTURE
    assert link("Rescuers fear as many as 30 people were buried by the landslide, officials said.",
                "The bodies of 28 people buried by the landslide have been recovered, officials said.") is None


def test_what_befell_those_counted_opens_the_relative_clause_however_long_it_runs():
    """"The number of people who fell ill after the lunch at the school in Vossberg rose to 338": the relative clause
    after what is counted says what befell them ("fell ill"), however many phrases follow before the figure."""
    assert frame("The number of people who fell ill after the harvest supper at Brenna Hall in Kellmoor rose to 212 on "
                 "Friday, the board said.", "212").measure == "ill"
    assert frame("The number of people who were injured when the roof of the old depot in Sarne gave way rose to 31.",
                 "31").measure == "injured"


def test_who_measured_a_figure_is_its_source_not_its_subject():
    """"The Dalmoor Weather Office measured 64 cm of snow in Brask" names who took the reading (a source, as "said"
    does), not whose the snow is: the figure names no subject."""
    assert frame("The Dalmoor Weather Office measured 64 cm of snow in the town of Brask on Monday.",
                 "64 cm").agents == frozenset()
    assert frame("Harbour police measured gusts of 120 km/h at the pier.", "120 km/h").agents == frozenset()


def test_departures_and_arrivals_count_flights():
    """"380 departures and arrivals were cancelled" counts flights, as "380 flights were cancelled" does."""
    assert frame("The airport said 380 departures and arrivals had been cancelled by the evening.",
                 "380 departures").counted_class == "flight"
    assert link("The airport said 380 departures and arrivals had been cancelled on Monday.",
                "On Monday, 380 flights were cancelled at the airport.").relation is Relation.AGREE


def test_a_sum_for_people_something_befell_measures_no_such_thing():
    """"a fund for affected families of 300,000 crowns", "compensation of 2 million crowns for injured workers": who the
    sum is for, never a count of the affected or the injured."""
    assert frame("The town set up a fund for affected families of 300,000 crowns on Monday.",
                 "300,000 crowns").measure != "affected"
    assert frame("The firm will pay 2 million crowns to injured workers.", "2 million crowns").measure != "injured"


def test_a_revised_estimate_measures_what_it_estimates_however_long_the_phrase():
    """"raised its estimate of the diesel spilled from the Harbour Queen to about 900 tonnes": what is estimated (a
    spill), however many words, names among them, stand between it and the figure."""
    assert frame("The coast guard on Tuesday raised its estimate of the diesel spilled from the Harbour Queen to about "
                 "900 tonnes, after divers surveyed the hull.", "about 900 tonnes").measure == "spilled"
    assert frame("Police revised their count of the people arrested during Saturday's march in Old Town to 212.",
                 "212").measure == "arrested"


def test_a_span_told_of_an_irregular_verb_and_a_named_place():
    """"Hail fell on Dunmore for roughly 15 minutes" tells how long the hail fell, as "hail fell for fifteen minutes"
    does: the same act's span, whatever the place between the verb and "for"."""
    a = frame("Hail fell on Dunmore for roughly 15 minutes on Tuesday, the weather office said.", "roughly 15 minutes")
    b = frame("Hail fell for fifteen minutes on Tuesday afternoon.", "fifteen minutes")
    assert a.head and a.head == b.head


def test_the_level_a_subject_moved_to_after_its_change_and_its_time():
    """"Sales grew by about a third last year to 512 million crowns": the figure after "to" is the level of sales,
    however much stands between the verb and "to"; a measure phrase ("net profit") is kept whole."""
    assert frame("Sales grew by about a third last year to 512 million crowns.", "512 million crowns").measure \
        == "revenue"
    assert frame("Net profit dropped 41% in the third quarter to 2.2 billion crowns.", "2.2 billion crowns").measure \
        == "net profit"


def test_a_plural_common_noun_opening_a_sentence_is_no_name():
    """"Prosecutors have opened a criminal investigation" where another text writes "the district prosecutor's office":
    the plural of a common noun, no name; so the same act told by "the Kellby district prosecutor" is no other actor's."""
    from claims.frames import proper_first_words

    texts = ["Prosecutors have opened a criminal investigation.",
             "The Kellby district prosecutor's office opened a criminal investigation on Thursday."]
    assert "Prosecutors" not in proper_first_words(texts)
    assert "Kellby" not in proper_first_words(texts)  # (not a sentence's first word here)
    assert "Varska" in proper_first_words(["Varska opened an inquiry.", "The inquiry opened on Monday."])


def test_an_apposition_names_what_changed_too():
    """"The group's own coin, BRX, fell 41% on Monday" is told of BRX as well as of the coin: "BRX fell 41% on
    Monday" is the same fall, while another subject's fall of the same size is not (RELATIONS.md §1: subject)."""
    d = dt.date(2026, 3, 9)
    own = "The group's own coin, BRX, fell 41% on Monday, according to the tracker Coinlane."
    assert frame(own, "41%").subject >= {"brx", "coin"}
    lk = link(own, "BRX fell 41% on Monday, the day the freeze began.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    assert link(own, "Ether fell 41% on Monday, the day the freeze began.", d, d) is None


def test_a_possessive_in_a_partitive_names_the_owner_not_what_is_counted():
    """"Roughly 400 of the insurer's jobs are to go" counts jobs (the insurer owns them; "exchange's" is no
    exchange of prisoners), so it meets "plans to cut about 400 jobs"; a place's part ("42 of the city's schools")
    stays a part, counted by its places (RELATIONS.md §1: scope)."""
    d = dt.date(2026, 3, 12)
    assert frame("Roughly 400 of the insurer's jobs are to go under the plan.", "Roughly 400").counted_class == "job"
    assert frame("Roughly 400 of the exchange's jobs are to go under the plan.", "Roughly 400").measure != "released"
    assert frame("All 42 of the city's schools were closed on Wednesday.", "42").counted == ""
    lk = link("Roughly 400 of the insurer's jobs are to go under the administrator's plan.",
              "The administrator said she planned to cut about 400 jobs at the insurer by the end of March.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_platforms_accounts_are_its_users():
    """"Brixa has 2.4 million registered accounts" counts the users "more than 2.4 million registered users" counts
    (RELATIONS.md §1: the same counted thing in other words)."""
    assert frame("Brixa has 2.4 million registered accounts, many of them dormant.",
                 "2.4 million registered accounts").counted_class == "role:user"
    d = dt.date(2026, 3, 10)
    lk = link("Brixa says it has more than 2.4 million registered users, most of them in Norland.",
              "Brixa has 2.4 million registered accounts, but many of them are dormant.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_comma_after_the_participle_closes_its_clause():
    """"Nine people died, a figure that has not changed since Thursday" counts the dead: the aside after the comma is
    no finite verb closing a reduced relative clause ("19 people arrested after the march will face trial")."""
    assert frame("Nine people died, a figure that has not changed since the coroner's review on Thursday.",
                 "Nine people").measure == "killed"
    assert frame("Nineteen people arrested after the march will face trial in May.",
                 "Nineteen people").measure != "arrested"


def test_a_span_of_years_is_the_period_the_figure_covers():
    """"between 2015 and 2024" covers every year of it: two outlets' tolls for that span are rival counts of one fact
    (the first year alone is no period of its own), a crash of one year inside it is a part of the span's toll, and a
    claim recalling an earlier crash ("set up after that crash") still tells the span (RELATIONS.md §1: time)."""
    from claims.frames import years_named

    text = "The campaign says 14 people were killed on the bypass between 2015 and 2024."
    assert frame(text, "14 people").period == (dt.date(2015, 1, 1), dt.date(2024, 12, 31))
    assert frame("The firm took in about £40m from savers between 2015 and its collapse in 2023.",
                 "about £40m").period == (dt.date(2015, 1, 1), dt.date(2023, 12, 31))
    assert 2019 in years_named(text)
    d = dt.date(2026, 11, 12)
    lk = link("The Bypass Safety Campaign, set up after that crash, says 14 people were killed on the bypass between "
              "2015 and 2024.", "The agency's figures show ten people were killed on the bypass between 2015 and 2024.",
              d, d)
    assert lk is not None and lk.relation in (Relation.CONFLICT, Relation.UPDATE)
    assert link("In March 2019, two people were killed on the bypass in a 20-car pile-up.",
                "The agency's figures show ten people were killed on the bypass between 2015 and 2024.", d, d) is None


def test_things_counted_near_a_customer_word_are_not_customers():
    """"has registered about 2,600 criminal complaints from customers" counts complaints: the customers who lodged
    them are no measure of the figure, which meets "more than 5,200 criminal complaints" later on (RELATIONS.md §1)."""
    f = frame("The prosecutor's office says it has registered about 2,600 criminal complaints from customers.",
              "about 2,600 criminal complaints")
    assert f.measure != "users" and f.counted_class == "noun:complaint"


def test_an_exchange_as_a_noun_names_no_release():
    """"Three other exchanges removed the token" counts trading venues: no measure of people released, as "exchanged
    95 prisoners" is (so it never meets "founded the firm with three friends" as one fact)."""
    assert frame("Auric and three other exchanges removed the token on Wednesday.",
                 "three other exchanges").measure != "released"
    assert frame("The two sides exchanged 95 prisoners on Friday.", "95 prisoners").measure == "released"


@pytest.mark.parametrize(("text", "label", "head"), [
    ("Oil had reached about 12 km of the Lanrick coast by Wednesday.", "about 12 km", "coast"),
    ("Oil has now reached 28 km (17 miles) of coastline.", "28 km", "coast"),
    ("It was found along 19 km of shoreline.", "19 km", "coast"),
])
def test_what_a_length_is_of_past_a_name_or_a_conversion(text, label, head):
    """"12 km of the Lanrick coast" and "28 km (17 miles) of coastline" are lengths of one thing (the name and the
    conversion between are skipped; coast, coastline and shoreline are one word)."""
    assert frame(text, label).head == head


def test_what_a_ship_has_on_board_is_no_count_of_passengers():
    """"about 1,600 tonnes of fuel on board": a cargo's mass, not people aboard (no passengers measure)."""
    assert frame("The ship had about 1,600 tonnes of fuel on board when it struck the ledge.",
                 "about 1,600 tonnes").measure == ""
    assert frame("The ferry had 412 passengers on board.", "412 passengers").measure == "passengers"


@pytest.mark.parametrize(("text", "label", "measure"), [
    ("Three people who had been detained on Tuesday were released without charge, prosecutors said.", "Three people",
     "released"),
    ("Police said 12 people were detained on Tuesday.", "12 people", "arrested"),
])
def test_a_relative_clause_says_who_and_the_main_verb_what_befell_them(text, label, measure):
    """"Three people who had been detained on Tuesday were released": a count of the released (the clause says who
    they are), never a count of the detained to set against "12 people were detained"."""
    assert frame(text, label).measure == measure


def test_the_stretch_a_fishing_ban_closes_is_no_length_of_oiled_coast():
    """"the fishing ban now covers about 40 km of coast" measures the ban's reach, as an exclusion zone's radius is its
    own measure; "oil had been found along 41 km of coast" stays a length of coast with no such measure."""
    ban = "The fisheries agency extended its fishing ban south on Thursday, so that it now covers about 40 km of coast."
    assert frame(ban, "about 40 km").measure == "ban zone"
    assert frame("The coastguard said oil had been found along 41 km of coast.", "41 km").measure == ""


def test_a_hedge_on_what_began_leaves_the_proposition_a_fact():
    """"The blaze is believed to have started in a storeroom" still tells where it started: the belief makes a figure an
    estimate, not a whole claim an intention or projection."""
    from claims.frames import claim_status

    assert claim_status(claim("The blaze is believed to have started in a storeroom on the fourth floor.")) \
        is not Status.FUTURE


def test_a_total_broken_down_by_comprising_has_its_parts():
    """"a toll of 52, comprising 47 found at the scene and ..." gives 47 as a part of the 52, never a rival toll."""
    f = frame("The official toll stood at 52 on Friday, comprising 47 people found at the scene and five who died in "
              "hospital.", "47 people")
    assert f.part and f.measure == "killed"


def test_a_countrys_part_of_the_dead_told_as_of_its_nationals_is_that_countrys():
    """"Ardun's foreign ministry said 37 of its nationals had died" is Ardun's part of the toll, Valmora's "35 of its
    citizens" Valmora's: two countries' figures, never one fact (RELATIONS.md §1: subject); a body's rival count of
    the whole ("the company says four of its people are unaccounted for") stays a reading of the story's figure."""
    d = dt.date(2026, 6, 17)
    assert link("On Wednesday, Ardun's foreign ministry said that 37 of its nationals had died in the heat.",
                "On Wednesday, Valmora's foreign ministry said that 35 of its citizens had died in the heat.", d, d) is None
    rival = link("Eight workers are still missing, the fire service said on Wednesday.",
                 "The company said on Wednesday that four of its people were still missing.", d, d)
    assert rival is not None and rival.relation is Relation.CONFLICT


def test_tourists_and_holidaymakers_and_an_armed_groups_men_are_one_class_each():
    """"150,000 British holidaymakers" ~ "150,000 British tourists"; "64 terrorists" ~ "64 militants": real reports
    name one group by several nouns (RELATIONS.md §1: the same class of counted thing)."""
    from claims.frames import counted_class

    assert counted_class("holidaymaker") == counted_class("tourist") == counted_class("vacationer")
    assert counted_class("terrorist") == counted_class("militant") == counted_class("insurgent")
    assert counted_class("tourist") != counted_class("militant")
    d = dt.date(2026, 9, 23)
    lk = link("The collapse of the tour operator has left 150,000 British holidaymakers stranded abroad, officials said.",
              "Some 150,000 British tourists were stranded abroad after the tour operator collapsed, officials said.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_an_aircraft_is_no_flight():
    """"chartered 45 aircraft" and "operated 64 flights": a fleet and what it flew, two counts (RELATIONS.md §1: the
    counted thing); departures and arrivals stay flights."""
    from claims.frames import counted_class

    assert counted_class("aircraft") == counted_class("plane") != counted_class("flight")
    assert counted_class("departure") == counted_class("flight")
    d = dt.date(2026, 9, 24)
    assert link("The aviation authority said on Tuesday that 45 aircraft had been chartered from around the world.",
                "The emergency programme completed 46 flights on its first day, the aviation authority said on Tuesday.",
                d, d) is None


def test_a_part_of_a_toll_the_sentence_gives_is_a_part():
    """"only 39 of the 128 dead have been identified" is a part of the 128, never a rival toll of 36 or 94; "5,300 of its
    7,600 dockworkers stayed away" counts the strikers (a workforce is no toll)."""
    assert frame("Only 39 of the 128 dead have been identified so far.", "39").part
    assert not frame("The authority says 5,300 of its 7,600 dockworkers stayed away on Wednesday.", "5,300").part
    d = dt.date(2026, 11, 28)
    an = analyse([make_doc("a", "The death toll from the tower fire has risen to 94, officials said on Friday.", date=d),
                  make_doc("b", "Families wait in grief, as only 39 of the 128 dead have been identified.", date=d)])
    assert not [lk for lk in an.links if "39" in lk.why], an.links


def test_last_years_occasion_is_another_occasion():
    """"Last year's pilgrimage claimed more than 500 lives" and "The march claimed 31 lives last year" tell the toll of
    the year before, never this year's (RELATIONS.md §1: another moment, another fact)."""
    assert frame("Last year's pilgrimage, held in cooler weather, claimed more than 500 lives.",
                 "more than 500 lives").other_occasion
    assert frame("The pilgrimage claimed more than 500 lives last year, also in summer heat.",
                 "more than 500 lives").other_occasion
    assert not frame("The heat has claimed more than 500 lives this week.", "more than 500 lives").other_occasion


def test_the_number_of_a_peoples_dead_is_that_peoples():
    """"puts the number of Valmoran dead at 320" counts Valmorans, a part of the pilgrims' toll (RELATIONS.md §1: whose)."""
    assert frame("The mission puts the number of Valmoran dead at 320, below the diplomats' figure.", "320").peoples
    assert frame("The toll of Valmorans reached 320 on Thursday.", "320").peoples


def test_what_is_asked_for_is_a_demand_never_what_is_granted():
    """"asked the reserve on Saturday for 1.1 million doses" is a request, "approved 850,000 doses" a grant: two measures
    (RELATIONS.md §1), never an update of one; an appeal's target is a demand, the sum it has raised is not."""
    assert frame("Ruvana asked the vaccine reserve on Saturday for 1.1 million doses of vaccine.",
                 "1.1 million doses").measure == "demand"
    assert frame("The reserve approved 850,000 doses of vaccine on Tuesday.", "850,000 doses").measure != "demand"
    assert frame("The UN launched an appeal for $412 million on Monday.", "$412 million").measure == "demand"
    assert frame("A fundraising appeal for survivors had passed 800,000 euros by Wednesday.",
                 "passed 800,000 euros").measure != "demand"


def test_ceasing_to_trade_and_conceding_are_acts():
    """"has ceased trading with immediate effect" and "the firm ceased trading in the early hours" report one act;
    "has conceded the election" another (RELATIONS.md §1: acts such as signed, passed, published)."""
    from claims.frames import act_frame

    a = act_frame(claim("The travel firm has ceased trading with immediate effect, the regulator said."))
    b = act_frame(claim("The firm ceased trading in the early hours of Monday after rescue talks failed."))
    c = act_frame(claim("Prime Minister Lena Oster has conceded the election, her party said."))
    assert a is not None and b is not None and a.act == b.act == "cease"
    assert c is not None and c.act == "concede"


def test_the_day_of_the_value_a_change_started_from_is_not_the_figures():
    """"37 had died, up from nine on Sunday": Sunday is the nine's day, not the 37's (RELATIONS.md §1: time)."""
    import datetime as dt

    from claims.pipeline import extract_all

    doc = make_doc("a", "The foreign ministry said 37 of its nationals had died, up from nine on Sunday.",
                   date=dt.date(2026, 6, 16))
    [c] = extract_all([doc])
    [f] = [f for f in figure_frames(c) if f.label == "37"]
    assert f.when is None or f.when[0] != dt.date(2026, 6, 14)
    doc = make_doc("b", "The toll rose to 12 on Tuesday, the ministry said.", date=dt.date(2026, 6, 16))
    [c] = extract_all([doc])
    assert figure_frames(c)[0].when == (dt.date(2026, 6, 16), dt.date(2026, 6, 16))


@pytest.mark.parametrize(("text_a", "text_b"), [
    ("Among the dead in Brennock County were 19 children, the sheriff said.",
     "The sheriff said 31 people had been confirmed dead in Brennock County."),
    ("The dead include 14 adults and nine children, officials said.",
     "Officials said 23 people were killed."),
])
def test_people_of_an_age_are_a_part_of_the_toll_never_its_rival(text_a, text_b):
    """Children counted among the dead are a part of the toll, and adults another part (RELATIONS.md §1: counted
    thing and scope): no reading of the toll, and no update or conflict with it."""
    assert link(text_a, text_b, dt.date(2031, 7, 6), dt.date(2031, 7, 7)) is None


def test_children_told_twice_are_one_count_that_changed():
    lk = link("Nine children were among the dead, officials said on Sunday.",
              "Officials said on Monday that 12 children were among the dead.",
              dt.date(2031, 7, 6), dt.date(2031, 7, 7))
    assert lk is not None and lk.relation in (Relation.UPDATE, Relation.CONFLICT)


def test_one_days_count_is_a_part_of_a_running_total_from_another_day():
    """'Cancelled 5,400 flights since Friday' and 'cancelled more than 700 flights on Saturday': the day is a part of
    the total since another day, no earlier reading of it (RELATIONS.md §1: time, scope)."""
    assert link("Norrfly has cancelled around 5,400 flights since Friday, the airline said on Monday.",
                "More than 700 Norrfly flights were cancelled on Saturday, according to the airline.",
                dt.date(2031, 7, 7), dt.date(2031, 7, 6)) is None


def test_the_first_days_count_may_be_the_running_totals_earlier_reading():
    lk = link("The airport operator said 90 flights had been cancelled on Tuesday.",
              "The airport operator said 230 flights had been cancelled since Tuesday.",
              dt.date(2031, 10, 14), dt.date(2031, 10, 15))
    assert lk is not None and lk.relation in (Relation.UPDATE, Relation.CONFLICT)


def test_passengers_stranded_are_no_count_of_flights():
    """'Stranded thousands of passengers' counts people; 'cancelled around 6,000 flights' counts flights: never one
    fact, however the values fit (RELATIONS.md §1: counted thing)."""
    lk = link("More than 1,500 flights were cancelled for a third day after the outage stranded thousands of "
              "passengers.", "The airline has cancelled around 6,000 flights since Friday.",
              dt.date(2031, 7, 8), dt.date(2031, 7, 8))
    assert lk is None or "passengers" not in lk.why, lk.why


def test_a_running_total_since_a_day_is_told_as_of_its_report():
    """'Around 6,000 flights since Friday' (reported Tuesday) is the newer figure against 'more than 1,500 flights'
    cancelled by Sunday: the day a total counts from is not the moment it is told for."""
    lk = link("More than 1,500 flights were cancelled for a third day, the airline said.",
              "The airline has cancelled around 6,000 flights since Friday.",
              dt.date(2031, 7, 6), dt.date(2031, 7, 8))
    assert lk is not None and lk.relation is Relation.UPDATE
    assert lk.why.index("1,500") < lk.why.index("6,000"), lk.why


def test_two_days_counts_of_a_daily_measure_are_two_facts_even_when_close():
    """'Hundreds of flights' cancelled on Saturday and 'more than 870 flights' on Monday: two days' counts, however
    the values fit (RELATIONS.md §1: time)."""
    assert link("Norrfly cancelled hundreds of flights on Saturday.",
                "Norrfly cancelled more than 870 flights on Monday, according to the tracking site.",
                dt.date(2031, 7, 5), dt.date(2031, 7, 7)) is None


def _pair_of(texts_a: list[str], texts_b: list[str], fig_a: str, fig_b: str, date_a, date_b):
    """The relation between the claims giving ``fig_a`` and ``fig_b`` of two several-sentence articles, or None."""
    an = analyse([make_doc("a", " ".join(texts_a), date=date_a, outlet="Morning Star"),
                  make_doc("b", " ".join(texts_b), date=date_b, outlet="Evening Lamp")])
    ca = next(c.id for c in an.claims if c.doc == "a" and fig_a in c.text)
    cb = next(c.id for c in an.claims if c.doc == "b" and fig_b in c.text)
    return next((lk.relation for lk in an.links if {lk.a, lk.b} == {ca, cb}), None)


_HEAT_A = ["At least 31 patients have died at the district hospital in Varno in the past two days.",
           "Officials said 19 patients died on Thursday at the hospital.",
           "Another 12 died at the hospital on Friday, the medical officer said.",
           "Across the province, 58 people have died of heat since Monday."]
_HEAT_B = ["Doctors at the Varno hospital said 27 patients died there on Saturday alone.",
           "Some 8 deaths were reported from other districts, officials said.",
           "The provincial toll has reached 75, the health ministry said.",
           "In neighbouring Korvan, 22 people died in the heat over three days."]


def test_many_values_of_one_measure_are_many_facts_unless_told_alike():
    """Each report gives four or more death counts (a day's, two days', the province's, a district's): two that
    differ, told in different words, are two of those facts, not a revision of one (RELATIONS.md §1)."""
    assert _pair_of(_HEAT_A, _HEAT_B, "Another 12", "Some 8", dt.date(2031, 6, 14), dt.date(2031, 6, 15)) is None


def test_a_marked_revision_among_many_values_is_still_an_update():
    """'The provincial toll has reached 75' tells the newest reading of a total: still the update of '58 people
    have died since Monday' however many other counts either report gives."""
    rel = _pair_of(_HEAT_A, _HEAT_B, "58 people", "reached 75", dt.date(2031, 6, 14), dt.date(2031, 6, 15))
    assert rel is Relation.UPDATE


def test_an_order_of_magnitude_joins_no_fact_of_three():
    """'Hundreds of flights' (Saturday) fits a hub's 'more than 400 flights', and so does Tuesday's 'more than 400
    flights by 8:30 a.m.': the two do not meet on their own, and a vague count is no bridge between them (RELATIONS.md
    §2: intervals compared pair by pair, not chained)."""
    an = analyse([
        make_doc("a", "Norrfly was still struggling on Saturday after the outage, which forced the Harlow-based airline "
                      "to scrap hundreds of flights.", date=dt.date(2031, 7, 5), outlet="Morning Star"),
        make_doc("b", "That figure includes more than 400 flights to or from Harlow airport, where Norrfly has its main "
                      "hub.", date=dt.date(2031, 7, 7), outlet="Evening Lamp"),
        make_doc("c", "Norrfly cancelled more than 400 flights by 8:30 a.m. on Tuesday.", date=dt.date(2031, 7, 8),
                 outlet="Harbour Post"),
    ])
    a = next(c.id for c in an.claims if c.doc == "a")
    c = next(c.id for c in an.claims if c.doc == "c")
    assert not [lk for lk in an.links if {lk.a, lk.b} == {a, c}]


def _measure_of(text: str, label: str) -> str:
    (f,) = [f for c in analyse([make_doc("a", text, date=dt.date(2031, 3, 6))]).claims for f in figure_frames(c)
            if f.label == label]
    return f.measure


def test_a_workforce_reduced_by_a_share_is_a_cut_of_jobs():
    """'Reduce its workforce by over 12 per cent', 'downsize its workforce by 12 percent to reduce costs' and 'cutting
    12% of its staff' tell one measure (RELATIONS.md §1: jobs cut), not a fall of some level nor the costs."""
    assert _measure_of("Harvell Motors has decided to reduce its workforce by over 12 per cent.", "over 12 per cent") == "cut"
    assert _measure_of("Harvell Motors said it would downsize its workforce by 12 percent to reduce costs after a loss.",
                       "12 percent") == "cut"
    assert _measure_of("Harvell Motors said it is cutting 12% of its staff.", "12%") == "cut"
    assert _measure_of("Harvell Motors said it is shrinking its ranks by 12 per cent.", "12 per cent") == "cut"


def test_a_downsized_headcount_is_jobs_cut():
    assert _measure_of("The bank will downsize its global headcount by 9,000 over three years.", "9,000") == "jobs cut"


def test_bodies_examined_returned_or_buried_are_no_toll():
    """Post-mortems done on bodies, bodies returned to families and bodies buried are counts of their own, never the
    toll (RELATIONS.md §1: measure), whatever the values."""
    assert _measure_of("Doctors said post-mortem examinations were carried out on 61 bodies.", "61 bodies") == "post-mortems"
    assert _measure_of("Fifty-eight bodies have been returned to their families.", "Fifty-eight bodies") \
        == "bodies identified"
    assert _measure_of("Forty bodies were buried in a mass grave on Friday.", "Forty bodies") == "buried"
    assert link("The landslide in Kessa killed at least 60 people, the governor said on Tuesday.",
                "Officials said post-mortem examinations were conducted on 61 bodies.",
                dt.date(2031, 8, 1), dt.date(2031, 8, 1)) is None


def test_a_toll_naming_the_event_in_a_restrictive_clause_is_background():
    """'Prosecutors opened an inquiry into the warehouse fire that killed 14 people' reports the inquiry: the toll only
    names the fire (RELATIONS.md §1: background), so it is no earlier reading of the toll of 19."""
    assert link("Prosecutors in Dorvik opened an inquiry on Friday into the warehouse fire that killed 14 people.",
                "At least 19 people were killed in the warehouse fire in Dorvik, the fire service said on Saturday.",
                dt.date(2031, 5, 9), dt.date(2031, 5, 10)) is None


def test_a_toll_after_the_clause_or_as_of_a_day_is_still_the_toll():
    """The sentence's own toll after a relative clause ('a fire that swept through the warehouse has killed 14'), a
    toll told as of a moment ('fires that have killed 22 people since Monday') and a past event's toll named by its
    year stay tolls."""
    assert _measure_of("A fire that swept through a warehouse in Dorvik has killed at least 14 people.",
                       "at least 14 people") == "killed"
    assert _measure_of("Crews gained ground on Thursday against wildfires that have killed 22 people since Monday.",
                       "22 people") == "killed"
    assert _measure_of("Officials recalled the 1961 flood that killed 61 people in the valley.", "61 people") == "killed"
    assert _measure_of("Prosecutors opened an inquiry into the warehouse fire that killed 14 people.", "14 people") \
        == "killed in passing"


_RESULTS_A = ["Korvel Systems said quarterly revenue rose to $8.4 billion.",
              "Analysts had expected revenue of $8.1 billion.",
              "Cloud revenue reached $3.2 billion.",
              "Korvel expects fourth-quarter revenue of about $9.5 billion."]
_RESULTS_B = ["Revenue came in at $8.43 billion, the company said.",
              "Wall Street analysts had expected revenue of $8.08 billion.",
              "Sales in the cloud segment climbed to $3.2 billion.",
              "Analysts polled by the agency had forecast fourth-quarter revenue of $8.8 billion."]


def test_analysts_expectations_are_no_rival_of_the_companys_forecast():
    """Analysts' expected revenue is the market's figure (RELATIONS.md §1: whose figure): never a rival of the
    company's own forecast; two reports of the expectation still agree."""
    d = (dt.date(2031, 2, 5), dt.date(2031, 2, 5))
    assert _pair_of(_RESULTS_A, _RESULTS_B, "$9.5 billion", "$8.8 billion", *d) is None
    assert _pair_of(_RESULTS_A, _RESULTS_B, "$8.1 billion", "$8.08 billion", *d) is Relation.AGREE
    assert _pair_of(_RESULTS_A, _RESULTS_B, "$8.4 billion", "$8.43 billion", *d) is Relation.AGREE


def test_a_segments_revenue_is_no_rival_of_the_whole():
    """Cloud revenue of $3.2 billion is a part of the company's $8.4 billion, never a rival reading of it; told of the
    same segment in other words it is one fact."""
    d = (dt.date(2031, 2, 5), dt.date(2031, 2, 5))
    assert _pair_of(_RESULTS_A, _RESULTS_B, "$3.2 billion", "$8.43 billion", *d) is None
    assert _pair_of(_RESULTS_A, _RESULTS_B, "$3.2 billion", "$3.2 billion", *d) is Relation.AGREE


def test_a_company_projecting_its_revenue_tells_a_forecast():
    (f,) = [f for c in analyse([make_doc("a", "Korvel projects its fourth-quarter revenue to reach about $9.5 billion.",
                                         date=dt.date(2031, 2, 5))]).claims for f in figure_frames(c)
            if f.label == "about $9.5 billion"]
    assert f.status is Status.FUTURE


def test_victims_added_to_the_toll_are_an_addition():
    """'An additional 10 victims were added to the death toll' tells how much the toll grew, not the toll (RELATIONS.md
    §1), even opening its sentence."""
    assert link("So far, 19 people have died in the fires, the interior minister said.",
                "An additional 10 victims were added to the death toll on Monday afternoon, the coroner said.",
                dt.date(2031, 2, 3), dt.date(2031, 2, 5)) is None


def test_bodies_reaching_mortuaries_are_no_toll():
    assert _measure_of("An official said at least 60 bodies had reached mortuaries in the district.",
                       "at least 60 bodies") == "bodies held"
    assert _measure_of("A doctor said the hospital had received 270 bodies.", "270 bodies") == "bodies held"


def test_a_months_toll_months_before_is_another_occasion():
    """'In February, 96 people died when their boat hit rocks' in a June report names an earlier disaster: no earlier
    reading of this week's toll (RELATIONS.md §1: time)."""
    assert link("In February, 96 people died when their wooden boat smashed into rocks during a storm.",
                "At least 78 people died when the trawler sank off the coast, the coast guard said.",
                dt.date(2031, 6, 15), dt.date(2031, 6, 16)) is None


def test_an_order_of_magnitude_agrees_with_no_figure():
    """'The dozens of people killed' fits any toll from 24 to 99: an order of magnitude is no evidence that two reports
    tell one fact, so it is never linked as agreeing; far from a figure it still differs from it."""
    assert link("The country held a day of mourning for the dozens of people killed when the bridge collapsed.",
                "At least 39 people died when the bridge collapsed, the prime minister said.",
                dt.date(2031, 8, 18), dt.date(2031, 8, 16)) is None
    lk = link("The call-up prompted tens of thousands of men to flee the country.",
              "An estimated 1 million men fled the country after the call-up, the report said.",
              dt.date(2031, 8, 18), dt.date(2031, 8, 18))
    assert lk is None or lk.relation is not Relation.AGREE


def test_a_part_of_the_dead_told_before_is_no_reading_of_the_toll():
    """'Out of these, 14 people died during last 24 hours' tells a part of the dead the report has just counted, no
    later reading of another report's count (RELATIONS.md §1: scope)."""
    assert link("Out of these, 14 people died during last 24 hours.",
                "Nine deaths were reported from other districts of the state.",
                dt.date(2031, 6, 19), dt.date(2031, 6, 17)) is None


def test_those_still_in_hospital_are_the_whole_count_of_their_measure():
    """'Of those, 29 remained in hospital' is the hospital count itself, a reading of its own measure."""
    rel = _pair_of(["Forty people were injured in the crash.", "Of those, 29 remained in hospital on Tuesday evening."],
                   ["Twenty-one people were still in hospital on Wednesday, the health authority said."],
                   "29 remained", "Twenty-one", dt.date(2031, 9, 15), dt.date(2031, 9, 16))
    assert rel is Relation.UPDATE


def test_people_a_vessel_carries_are_its_passengers_and_its_capacity_is_no_count():
    """'The ferry was carrying more than 300 people' counts who was aboard; 'its designed capacity was 101
    passengers' tells what it may hold, no count of anyone (RELATIONS.md §1: measure)."""
    assert _measure_of("Early estimates said the ferry was carrying more than 300 people.", "more than 300 people") \
        == "passengers"
    assert _measure_of("A bus carrying 40 students plunged into a gorge.", "40 students") == "passengers"
    assert _measure_of("The ferry's designed capacity was 101 passengers, the minister said.", "101 passengers") \
        == "capacity"
    assert _measure_of("The boat was licensed to carry 50 passengers.", "50 passengers") == "capacity"
    assert link("The ferry's designed capacity was 101 passengers, the minister said.",
                "More than 300 people were believed to be aboard the ferry when it capsized.",
                dt.date(2031, 9, 21), dt.date(2031, 9, 22)) is None


def test_central_banks_own_names_for_their_rate_are_the_interest_rate():
    assert _measure_of("The Reserve Bank left the cash rate at 4.35% on Tuesday.", "4.35%") == "interest rate"
    assert _measure_of("The Fed set the federal funds rate at 4.75% to 5%.", "4.75% to 5%") == "interest rate"



def test_a_chamber_named_by_its_size_is_background():
    """'In the 174-seat assembly, the Alliance emerged as the largest party' names the chamber by its size: no count
    of seats to link with 'the count of 174 seats' or a party's tally (RELATIONS.md §1: identifying details)."""
    assert _measure_of("In the 174-seat assembly, the Alliance emerged as the largest party.", "174") \
        == "seats in passing"
    assert link("In the 174-seat assembly, the Alliance emerged as the largest party.",
                "With 12 counts still to be declared out of 174 seats, the Alliance had won 43.",
                dt.date(2031, 12, 2), dt.date(2031, 12, 2)) is None


def test_a_verdicts_outcomes_are_three_measures():
    """Counts a jury convicted on, cleared and could not decide are three facts of a verdict, never readings of each
    other (RELATIONS.md §1: measure)."""
    assert _measure_of("The jury found the former chief executive not guilty of four charges.", "four charges") \
        == "acquitted"
    assert _measure_of("She was acquitted on four other counts, her lawyer said.", "four other counts") == "acquitted"
    assert _measure_of("The jury failed to reach a verdict on two counts of wire fraud.", "two counts") == "mistrial"
    assert _measure_of("She was found guilty of three counts of wire fraud.", "three counts") == "convicted"
    assert link("The jury found the former chief executive not guilty of four charges.",
                "She was found guilty on four counts of defrauding investors.",
                dt.date(2031, 1, 4), dt.date(2031, 1, 4)) is None


def test_analysts_expectation_is_read_by_the_values_kind():
    """Whether a figure can be analysts' expectation is a question of its kind: a sum told in euros after the number
    is money as much as '$8.1 billion' is; a distance never is, whatever words surround it."""
    assert frame("Analysts had expected revenue of 8.1 billion euros.", "8.1 billion euros").consensus
    assert frame("Analysts had expected revenue of $8.1 billion.", "$8.1 billion").consensus
    assert not frame("The consensus of 15 km set by the planners was wrong.", "15 km").consensus


def test_the_dead_identified_examined_or_not_yet_recovered_are_no_toll():
    """Bodies identified ("Among the dead, 41 have been identified", "31 identified bodies"), examined ("Post mortem of
    31 identified bodies") or still to be brought out ("Twenty bodies are yet to be recovered") are counts of their
    own, never readings of the toll (RELATIONS.md §1: the measure)."""
    assert _measure_of("Among the dead, 41 have been identified, the district officer said.", "41") == "bodies identified"
    assert _measure_of("Police said 31 identified bodies were handed over on Monday.", "31 identified bodies") \
        == "bodies identified"
    assert _measure_of("Post mortem of 31 identified bodies has been done, the hospital said.", "31 identified bodies") \
        == "post-mortems"
    assert _measure_of("Twenty bodies are yet to be recovered from the pit.", "Twenty bodies") == "bodies not recovered"
    assert _measure_of("Rescuers said 21 bodies have been recovered from the pit.", "21 bodies") == "bodies recovered"
    assert _measure_of("At least 52 people were killed in the blast at the pit.", "At least 52 people") == "killed"


def test_n_of_the_m_victims_is_a_part_of_the_toll():
    """'Four of the nine victims were crushed by falling walls': the four are a part of the nine, in words as in
    digits."""
    (f,) = [f for f in figure_frames(claim("Four of the nine victims were crushed by falling walls, police said."))
            if f.label == "Four"]
    assert f.part
    (g,) = [f for f in figure_frames(claim("Four of the 9 victims were crushed by falling walls, police said."))
            if f.label == "Four"]
    assert g.part


def test_a_toll_split_by_place_gives_each_figure_its_own_place():
    """'left 210 people dead in Varno, 48 dead in Kessa County': each figure is told for its own place, not for every
    place of the sentence (RELATIONS.md §1: where is part of the frame); so is a figure of no measure of its own in
    the list ('and 12 in Torsa')."""
    places = {f.label: f.places for f in figure_frames(claim(
        "In Halden province, the storm has left 210 people dead in Varno, 48 dead in Kessa County, officials said."))}
    assert places["210 people"] and places["48"] and not places["210 people"] & places["48"]
    places = {f.label: f.places for f in figure_frames(claim(
        "The cyclone killed 14 people in Varno and 12 in Torsa, officials said."))}
    assert places["14 people"] and places["12"] and not places["14 people"] & places["12"]
    # one place for the whole sentence: the figures keep it
    places = {f.label: f.places for f in figure_frames(claim(
        "In Varno, the storm killed 14 people and injured 40, officials said."))}
    assert places["14 people"] == places["40"] != frozenset()


def test_a_place_of_a_toll_split_by_place_is_a_part_no_rival_of_the_whole():
    """'left 210 people dead in Varno, 48 dead in Kessa County' splits the toll by place: the 210 is Varno's part of
    it, never a rival reading of the province's 'killed at least 270 people' (RELATIONS.md §1: scope)."""
    frames = {f.label: f for f in figure_frames(claim(
        "In Halden province, the storm has left 210 people dead in Varno, 48 dead in Kessa County, officials said."))}
    assert frames["210 people"].part and frames["48"].part
    assert not frame("The storm killed 14 people in Varno, officials said.", "14 people").part
    d = dt.date(2030, 8, 5)
    assert link("In Halden province, the storm has left 210 people dead in Varno, 48 dead in Kessa County, officials "
                "said.", "The storm in Halden province killed at least 270 people, officials said.", d, d) is None


def test_a_predicate_after_another_figure_s_comma_is_that_figure_s():
    """"some 140 staff working at the plant when the blast hit, more than 30 were injured": the injured are the 30,
    not the 140 at work; "Six workers, 14 of them contractors, were killed" still kills all six, and "one person, a
    woman of 68, was still missing" is still the missing one."""
    text = "There were some 140 staff working at the plant when the blast hit, more than 30 were injured."
    assert frame(text, "some 140 staff").measure != "injured"
    assert frame(text, "more than 30").measure == "injured"
    assert frame("Six workers, 14 of them contractors, were killed.", "Six workers").measure == "killed"
    assert frame("Police said one person, a woman of 68, was still missing on Tuesday.", "one person").measure \
        == "missing"


def test_how_long_since_a_level_was_last_seen_is_its_own_measure():
    """"surged to a 15-month high of 5.9%" tells two facts: the rate (inflation's, the span before "high" names no
    measure) and how long since it was last this high; "a nine-month high" for the same month is a rival reading of the
    second (RELATIONS.md §3: a conflict), while the rates agree."""
    text = "Inflation in Valdesia surged to a 15-month high of 5.9 percent in July, the statistics office said."
    assert frame(text, "15-month").measure == "record span"
    assert frame(text, "5.9 percent").measure == "inflation"
    assert frame("Inflation rose to its highest level in more than a year.", "more than a year").measure \
        == "record span"
    d = dt.date(2030, 8, 14)
    lk = link(text, "Inflation in Valdesia jumped to a nine-month high of 5.9 per cent in July, official data showed.",
              d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_digits_joined_to_a_name_are_no_figure():
    """'North 24-Parganas' is a district's name, '7-Eleven' a shop's: the digits count nothing."""
    assert [v.text for v in find_values("Two people died in South 24-Parganas.")] == ["Two people"]
    assert [v.text for v in find_values("The 7-Eleven store on the corner was looted by 30 men.")] == ["30 men"]


@pytest.mark.parametrize("text, label", [
    ("With over half of the referendum votes counted, the No side was ahead with 56%.", "over half"),
    ("With 97% of precincts reporting, Harlow had 52% of the vote.", "97%"),
    ("With about 1.4% of votes yet to be tallied, the commission reported a 50.2% Yes vote.", "about 1.4%"),
    ("With 90% of the ballots counted, turnout was 61%.", "90%"),
])
def test_how_much_of_a_ballot_is_counted_is_no_share_of_the_vote(text, label):
    """'With over half of the votes counted' tells how far the count has gone: no share of the vote, no turnout."""
    assert frame(text, label).measure == "count progress"


def test_the_share_the_ballot_gives_beside_the_counts_progress_keeps_its_measure():
    assert frame("With 97% of precincts reporting, Harlow had 52% of the vote.", "52%").measure == "votes"
    assert frame("With 90% of the ballots counted, turnout was 61%.", "61%").measure == "turnout"


def test_a_threshold_nobody_reached_is_negated():
    """'none of the candidates received 50% of the votes': nobody's figure, never a share that agrees with one."""
    assert frame("The first round was inconclusive, as none of the candidates received 50% of the votes.", "50%").negated
    assert frame("The first round was inconclusive, as none of the candidates had received 50% of the votes.", "50%").negated
    assert not frame("The first round was decided, as one of the candidates received 55% of the votes.", "55%").negated


_DERAIL_SUN = ["A night train left the rails near Harlow early on Sunday, killing at least 30 people, a railway official said."]
_DERAIL_TUE = ["The death toll from Sunday's derailment near Harlow rose to 149, officials said on Tuesday."]


def test_a_toll_read_on_two_days_is_one_running_count():
    """The first reports of a toll fall far short of the later ones ("at least 30" on Sunday, 149 on Tuesday): the
    story's one running count, its later reading the higher (RELATIONS.md §3: an update), however far apart."""
    assert _pair_of(_DERAIL_SUN, _DERAIL_TUE, "at least 30 people", "149", dt.date(2031, 3, 2), dt.date(2031, 3, 4)) \
        is Relation.UPDATE


def test_a_toll_that_falls_or_a_part_of_the_dead_is_no_running_count():
    """A later reading far below the first is no growth of one toll, nor is a part of the dead (one nation's, a
    district's) a reading of the whole."""
    later_lower = ["Officials said on Tuesday that 5 people had been killed in the derailment near Harlow."]
    assert _pair_of(_DERAIL_SUN, later_lower, "at least 30 people", "5 people", dt.date(2031, 3, 2),
                    dt.date(2031, 3, 4)) is not Relation.AGREE
    part = ["The toll from the derailment near Harlow reached 149 on Tuesday.",
            "Out of these, 45 people were killed in the two rear carriages, officials said."]
    assert _pair_of(_DERAIL_SUN, part, "at least 30 people", "45 people", dt.date(2031, 3, 2),
                    dt.date(2031, 3, 4)) is None


def test_a_toll_risen_from_one_figure_to_another_is_told_by_the_new_one():
    """'The official death toll following the quake has risen from 410 to 589': the subject names the measure of
    both figures, and the claim tells the 589; an undated report's 'at least 367' is its earlier reading (an update),
    not an agreement with the 410 it replaced."""
    text = "The official death toll following the quake in Varno province has risen from 410 to 589, officials said."
    assert frame(text, "589").measure == "killed" and frame(text, "410").measure == "killed"
    an = analyse([make_doc("a", "A strong earthquake struck Varno province, killing at least 367 people, officials said."),
                  make_doc("b", text)])
    (lk,) = an.links
    assert lk.relation is Relation.UPDATE and "589" in lk.why


def test_the_earlier_level_a_sentence_gives_takes_the_measure_of_the_new_one():
    """'rose to 780 on Friday, up from 610 on Thursday': the 610 is the same measure at the earlier moment, and
    agrees with Thursday's own report of it (RELATIONS.md §3: a sentence giving two moments is paired by the figure
    for the same moment)."""
    text = "The agency's estimate of excess deaths rose to 780 on Friday, up from 610 on Thursday."
    assert frame(text, "610").measure == frame(text, "780").measure == "killed"
    d_thu, d_fri = dt.date(2031, 6, 19), dt.date(2031, 6, 20)
    assert _pair_of(["The agency estimated on Thursday that the heat had caused 610 excess deaths."], [text],
                    "610 excess deaths", "780", d_thu, d_fri) is Relation.AGREE


def test_an_earlier_estimate_agrees_with_a_report_told_before_the_later_one():
    """'initially estimated at 9,000 litres, but that number rose to 11,000 litres by Monday morning' against a Sunday
    report's 9,000: the Sunday figure is told before the later reading's day, so it is the earlier moment's and agrees
    with it (RELATIONS.md §3: a sentence giving two moments is paired by the figure for the same moment); a report of
    Tuesday giving 9,000 is told after it, and the later reading updates it."""
    later = ["The Halden pipeline spilled crude oil off the coast, the coastguard said.",
             "The spill from the line covered about 20 litres a minute.",
             "The size of the leak was initially estimated at 9,000 litres, but that number rose to 11,000 litres "
             "by Monday morning, the mayor said."]
    sun, tue = dt.date(2031, 10, 5), dt.date(2031, 10, 7)
    early = ["The Halden pipeline leaked about 9,000 litres of crude off the coast, officials said."]
    assert _pair_of(early, later, "9,000 litres of crude", "11,000", sun, tue) is Relation.AGREE
    assert _pair_of(early, later, "9,000 litres of crude", "11,000", tue, tue) is Relation.UPDATE


def test_bodies_brought_out_are_no_toll_however_they_are_worded():
    """'The bodies of four miners who died in the blast have been recovered' and 'extricated 31 bodies' count bodies
    brought out, never readings of the toll (RELATIONS.md §1: the measure)."""
    assert _measure_of("The bodies of four miners who died in the blast at the pit on Monday have been recovered, "
                       "officials said.", "four miners") == "bodies recovered"
    assert _measure_of("Rescue teams have so far freed 20 people and extricated 31 bodies, the agency said.",
                       "31 bodies") == "bodies recovered"
    assert _measure_of("The blast at the pit on Monday killed four miners, officials said.", "four miners") == "killed"


def test_people_dropped_from_a_workforce_are_jobs_cut_and_its_size_is_the_workforce():
    """'expects to drop 7,000 to 9,000 people from its global workforce of about 55,000': the first figure is jobs cut
    (RELATIONS.md §1: jobs = employees let go), the second the workforce's size; people let go and jobs cut, both so
    named, may count one thing."""
    text = "Korvel says it expects to drop 7,000 to 9,000 people from its global workforce of about 55,000 by 2032."
    assert frame(text, "7,000 to 9,000 people").measure == "jobs cut"
    assert frame(text, "about 55,000").measure == "workforce"
    from claims.align import counted_fit

    jobs = frame("Korvel is set to cut up to 9,000 jobs.", "up to 9,000 jobs")
    assert counted_fit(frame(text, "7,000 to 9,000 people"), jobs, True)
    assert not counted_fit(frame(text, "7,000 to 9,000 people"), jobs, False)


def test_a_figure_with_its_own_predicate_after_a_comma_is_that_predicates():
    """'11 people were killed, over 40 were hurt': the 40 are the hurt, not more of the killed (the verb before the comma
    is another clause's)."""
    assert frame("Officials said 11 people were killed, over 40 were hurt in the blast.", "over 40").measure == "injured"
    assert frame("The blast killed 11, 40 more were injured.", "40").measure == "injured"
    assert frame("The blast killed 11, most of them miners.", "11").measure == "killed"


def test_a_subjects_predicate_after_an_aside_naming_some_of_it_is_its_own():
    """'At least 15 people from the province, including four health workers, died ...': the predicate after the aside
    tells what befell the 15 (and the four, a part of them)."""
    text = "At least 15 people from Varno province, including four health workers, died in the outbreak, officials said."
    assert frame(text, "At least 15 people").measure == "killed"
    assert frame(text, "four health workers").part
    assert frame("At least 15 people from Varno province, including four health workers, were taken to hospital.",
                 "At least 15 people").measure != "killed"


def test_people_hurt_more_after_a_toll_are_others_not_a_rise():
    """"A fire killed at least 11 miners and injured 60 more": 60 others were injured, a count of the injured (no rise
    of it by 60, which would keep it from "Sixty people were injured"); "will cost 50 cents more" is still a rise."""
    f = frame("A fire killed at least 11 miners and injured 60 more on Thursday.", "60")
    assert (f.measure, f.change) == ("injured", "")
    assert frame("Tickets will cost 50 cents more, at 7.50.", "50 cents").change == "up"


def test_a_total_and_an_aside_leave_each_figure_its_own_predicate():
    """"A total of 121 people, mostly women, died and 31 were injured": the 121 died (the aside "mostly women" between
    it and its verb), the 31 were injured ("a total of" is the first figure's, not what the second counts). A verb
    before the figure stays its own ("The blast killed 15 people, including four workers, injured 30"), and so does
    one before the aside ("22 people had been injured in the blasts, most of them with cuts, burns ...")."""
    text = "A total of 121 people, mostly women, died and 31 were injured in the crush at the shrine in Varno on Tuesday."
    assert frame(text, "121 people").measure == "killed"
    assert frame(text, "31").measure == "injured"
    assert frame("A total of 121 people died and 31 were injured.", "31").measure == "injured"
    assert frame("The blast killed 15 people, including four workers, injured 30 and wrecked homes.",
                 "15 people").measure == "killed"
    assert frame("Velmont said 22 people had been injured in the blasts, most of them with cuts, burns or bruises.",
                 "22 people").measure == "injured"
    assert frame("About 200 volunteers, many of them in wetsuits, spent the day on the beach.",
                 "About 200 volunteers").measure != "spending"


@pytest.mark.parametrize("text, label, measure", [
    ("Harlow won 42.16% of the vote, which means a second round.", "42.16%", "votes"),
    ("With over 50% of the votes counted, Harlow was on top.", "over 50%", "count progress"),
    ("In all, 1,546,757 people voted, which represents 51.4% of the people listed on the electoral rolls.", "51.4%",
     "turnout"),
    ("Korvel will be letting go approximately 7,000 to 9,000 employees in a restructuring.",
     "approximately 7,000 to 9,000 employees", "jobs cut"),
    ("Korvel had 55,000 employees as of a year ago.", "55,000 employees", "workforce"),
])
def test_shares_of_the_vote_the_rolls_and_a_workforce(text, label, measure):
    """A share 'of the vote' is a vote share, one 'of the electoral rolls' is the turnout, people 'let go' are jobs
    cut and the employees a company 'had' are its workforce."""
    assert frame(text, label).measure == measure


def test_workers_a_company_has_at_work_somewhere_are_no_workforce():
    assert frame("Nordvik Power has more than 1,500 workers in the field on Monday.", "more than 1,500 workers").measure \
        != "workforce"


def test_a_total_is_no_verb_and_saying_reports_what_follows():
    """'a total of 239 miners were evacuated': 'total' is a noun there, the predicate after tells the measure; 'as
    saying three rescuers had also been killed': the reporting verb governs nothing."""
    assert frame("Sixty people were hurt, while a total of 239 miners were successfully evacuated.", "239 miners").measure \
        == "evacuated"
    assert frame("The agency quoted the minister as saying three rescuers had also been killed.", "three rescuers").measure \
        == "killed"
    assert frame("The toll reached a total of 48 on Friday.", "48").measure == "killed"


def test_a_capacity_told_before_its_noun_is_a_capacity():
    """'It had a 43-passenger capacity': what the vessel may carry, never a count of who was on board."""
    assert frame("It had a 43-passenger capacity, according to the ministry.", "43").measure == "capacity"


def test_a_subjects_head_noun_names_the_measure_past_its_modifiers():
    """'The death toll from the latest outbreak in the province has climbed to 31': the head 'toll' (after its
    modifier 'death') names the measure, not 'outbreak' in the phrase after it."""
    assert frame("The death toll from the latest cholera outbreak in Varno province has climbed to 31, officials said.",
                 "31").measure == "killed"
    assert frame("Turnout in the ballot was just under 60 per cent.", "just under 60 per cent").measure == "turnout"


def test_a_capitalised_function_word_opening_a_sentence_names_no_one():
    """'Till now, 133 passengers have lost their lives' and '"Out of the total 149 deaths, ..."': the opening words are
    no actor whose figure it is, so the two tolls may meet."""
    assert not frame("Till now, 133 passengers have lost their lives, the minister said.", "133 passengers").agents
    assert not frame("Out of the total 149 deaths, 125 bodies have been identified.", "149 deaths").agents
    assert frame("Till now, 133 passengers have lost their lives, 58 have sustained grievous injuries.", "58").measure \
        == "injured"


@pytest.mark.parametrize("text, label", [
    ("And 89 lay dead in Varno itself.", "89"),
    ("In the capital itself, 14 people were killed.", "14 people"),
    ("Between July 15 and July 22 alone at least 65 fatalities were recorded.", "at least 65 fatalities"),
    ("From 3 to 9 May alone, 240 people were admitted to hospital.", "240 people"),
])
def test_a_place_itself_or_a_span_alone_is_a_part_of_the_whole(text, label):
    """"89 lay dead in Varno itself" is the town's part of a wider toll; "between July 15 and July 22 alone" one
    week's part of a longer count (RELATIONS.md §1: scope), as "on Tuesday alone" is."""
    assert frame(text, label).part
    assert not frame("At least 65 fatalities were recorded in Varno.", "At least 65 fatalities").part


@pytest.mark.parametrize("text, label, measure", [
    ("$39.8 billion: The total deficit, just short of the autumn projection.", "$39.8 billion", "deficit"),
    ("$19.4 billion: The amount of revenue the government expects from the tax changes.", "$19.4 billion", "revenue"),
    ("3,400 people: The number evacuated from the valley by Sunday.", "3,400 people", "evacuated"),
])
def test_a_key_number_is_named_by_the_words_after_its_colon(text, label, measure):
    """A "key numbers" list gives each figure first, then what it is: "$39.8 billion: The total deficit"."""
    assert frame(text, label).measure == measure


def test_each_item_of_a_list_of_whose_figures_is_owned_by_its_name():
    """'..., Dorvik 877,000 cars, Tamsen almost 695,000 cars, VRX nearly 628,000 cars and Orla more than 371,000': each
    figure is the name's right before it; a month or a currency code before a figure owns nothing."""
    text = ("In the wider recall, Halden accounts for almost 5.1 million of the cars, Dorvik 877,000 cars, Tamsen "
            "almost 695,000 cars, VRX nearly 628,000 cars and Orla more than 371,000 cars.")
    assert frame(text, "877,000 cars").owners == {"dorvi"}
    assert frame(text, "nearly 628,000 cars").owners == {"vrx"}
    assert frame(text, "more than 371,000 cars").owners == {"orla"}
    assert not frame("Crowds marched on May 19, and June 1.3 million people came out.", "1.3 million people").owners
    assert not frame("Defence gets EUR 6.8 billion, and EUR 6.9 billion goes to schools.", "EUR 6.9 billion").owners


def test_a_list_items_figure_is_no_reading_of_another_makers_figure():
    """Dorvik's 'nearly 650,000 cars' is no reading of VRX's 'nearly 628,000 cars' in a list that also names Dorvik
    (as the owner of another figure): compared, if at all, with the list's own Dorvik figure."""
    listed = ("In the expanded recall bulletin, Halden accounts for almost 5.1 million of the cars, Dorvik 877,000 cars, "
              "Tamsen almost 695,000 cars, VRX nearly 628,000 cars and Orla more than 371,000 cars.")
    other = "Dorvik ordered the recall of nearly 650,000 cars in the expanded recall bulletin."
    an = analyse([make_doc("a", other, outlet="Morning Star"), make_doc("b", listed, outlet="Evening Lamp")])
    assert an.links and not any("628,000" in lk.why for lk in an.links)
    assert [lk.why for lk in an.links] == ["nearly 650,000 cars vs 877,000 cars"]


def test_a_count_told_for_the_whole_country_is_not_a_citys():
    """'1.08 million protesters in the country' is the whole country's count, another scope than '120,000 people
    took part in the march in Harlow' (RELATIONS.md §1): never a conflict of the two."""
    assert frame("The interior ministry counted 1.08 million protesters in the country on Thursday.",
                 "1.08 million protesters").whole
    assert relation_of("The interior ministry counted 1.08 million protesters in the country on Thursday.",
                       "Police said about 120,000 people took part in the march in Harlow on Thursday.",
                       "1.08 million", "120,000") is None


@pytest.mark.parametrize("text, label, measure", [
    ("The reverse repo rate has also been raised by 25 basis points to 6%.", "25 basis points", "reverse repo rate"),
    ("The bank raised its policy rate by 0.25% to 6%.", "6%", "interest rate"),
    ("Members approved the deal by 64.3 per cent to 35.7 per cent.", "64.3 per cent", "votes"),
])
def test_a_rate_raised_by_a_step_to_a_level_is_the_rates_not_a_vote(text, label, measure):
    """'raised by 25 basis points to 6%' is a rate's step and its new level (never a vote 'by 64.3% to 35.7%', whose
    winning share comes first, nor money raised); the reverse repo rate is another rate than the repo rate."""
    assert frame(text, label).measure == measure



@pytest.mark.parametrize("text, label, measure", [
    ("At least 46 miners and six rescue personnel died underground.", "At least 46 miners", "killed"),
    ("Some 300 residents and 40 evacuation centre staff were moved out.", "Some 300 residents", "evacuated"),
])
def test_a_measure_word_qualifying_a_noun_is_no_measure(text, label, measure):
    """'rescue' in 'six rescue personnel' names who the six are; the miners' measure is the verb both share."""
    assert frame(text, label).measure == measure


@pytest.mark.parametrize("text, label, measure", [
    ("Voter turnout for the two rounds of voting exceeded 50%.", "exceeded 50%", "turnout"),
    ("The death toll from the floods in the region passed 300 on Monday.", "passed 300", "killed"),
])
def test_a_level_passed_takes_the_measure_its_subject_names(text, label, measure):
    """'Turnout ... of voting exceeded 50%': the verb is inside the figure, so the clause's subject names the
    measure, not the word nearest the figure ('voting')."""
    assert frame(text, label).measure == measure


def test_a_sum_told_per_week_is_no_reading_of_a_plain_total():
    """'more than a billion euros every week' is 52 billion a year, but no reading of '53 billion euros in new spending'
    (a plain total, over five years); it still meets a sum told a year, and a sum told a year meets a plain one."""
    weekly = "Debt interest is costing taxpayers more than a billion euros every week, the federation said."
    assert relation_of(weekly, "The budget sets out 53 billion euros in new spending, the finance ministry said.",
                       "a billion", "53 billion") is None
    assert relation_of(weekly, "Debt interest costs taxpayers about 54 billion euros a year, the federation said.",
                       "a billion", "54 billion") is not None
    assert frame(weekly, "more than a billion euros").rate == "per time"
    assert frame("The plan costs 54 billion euros a year.", "54 billion euros").rate == "per year"


@pytest.mark.parametrize("text, label, option", [
    ('The commission reported a 50.2% "yes" vote in the referendum.', "50.2%", "option:yes"),
    ("Preliminary data show 50.16% of voters voted for the “yes” option, while 49.84% voted for “no”.", "49.84%",
     "option:no"),
    ("With most ballots counted, 50.09% of citizens voted in favour of joining the union.", "50.09%", "option:yes"),
])
def test_a_share_of_the_votes_told_as_an_options_is_the_options(text, label, option):
    assert option in frame(text, label).owners


def test_a_referendum_options_share_is_no_rival_of_a_candidates():
    """'a 50.2% "yes" vote in the referendum' and 'Ruiz won 42.16% of the vote' are two ballots' shares; the option's
    share still meets the same option told as 'voted in favour', and a share told with no owner."""
    yes = 'The electoral commission reported a 50.2% "yes" vote in the referendum on Sunday.'
    assert relation_of(yes, "Ana Ruiz won 42.16% of the vote in the first round on Sunday.", "50.2%", "42.16%") is None
    assert relation_of(yes, "With most ballots counted, 50.09% of citizens voted in favour in the referendum on Sunday.",
                       "50.2%", "50.09%") is not None


def test_a_figure_of_one_named_owner_and_others_is_no_single_owners():
    """'4.7 million cars made by Dorvik and five other firms' are not Dorvik's alone: the name owns nothing, so the
    count may meet a report of the same bulletin that names no maker."""
    text = "On Monday the agency issued a bulletin to owners of 4.7 million cars made by Dorvik and five other firms."
    assert not frame(text, "4.7 million cars").owners
    assert frame("The agency recalled 4.7 million cars made by Dorvik.", "4.7 million cars").owners == {"dorvi"}


def test_a_number_folded_into_an_adjective_is_background_when_both_sides_share_it():
    """"a 12-storey hotel" in two reports tells which building, not that they report one fact: the collapse that
    killed three and the search for the buried share the hotel, not a claim; two such numbers that differ ("a 40-car
    pileup" ~ "a 45-car pileup") still tell a discrepancy."""
    d = dt.date(2026, 3, 2)
    assert link("A 12-storey hotel under construction in Dorvik collapsed on Sunday, killing three workers.",
                "Rescuers in Dorvik are digging for people buried when the unfinished 12-storey hotel fell on Sunday.",
                d, d) is None
    lk = link("A 40-car pileup closed the Tamsen motorway for six hours on Friday.",
              "A 45-car pileup closed the Tamsen motorway for six hours on Friday.", d, d)
    assert lk is not None and lk.relation is Relation.CONFLICT


def test_a_table_line_and_a_bracketed_list_say_whose_each_figure_is():
    """A table printed as lines opens each line on its label ("Tamsen - 412,300 of which 201,100 are men"): the label
    is whose every figure of the line is, so two lines of different labels whose figures round alike are no one fact;
    in a list "Halden (98,410), Orla (61,200)" the name before the bracket owns the figure in it. A dateline is no
    label."""
    line = "Tamsen - 412,300 of which 201,100 are men and 211,200 women."
    assert frame(line, "412,300").owners == {"tamse"}
    assert frame(line, "211,200 women").owners == {"tamse"}
    assert frame("Orla 61,200", "61,200").owners == {"orla"}
    listed = "The western counties counted Halden (98,410), Orla (61,200) and Vossberg (57,900)."
    assert frame(listed, "61,200").owners == {"orla"}
    assert not frame("ROME - 12 people died when a bus overturned on Monday.", "12 people").owners
    d = dt.date(2031, 5, 4)
    a = make_doc("a", "Census results by county:\n\nTamsen - 412,300 of which 201,100 are men and 211,200 women.\n\n"
                      "Halden - 98,410 of which 47,000 are men and 51,410 women.", date=d, outlet="Morning Star")
    b = make_doc("b", "County populations:\n\nVossberg 215,900\n\nOrla 61,200\n\nTamsen 412,300", date=d,
                 outlet="Evening Lamp")
    an = analyse([a, b])
    text = {c.id: c.text for c in an.claims}
    pairs = {frozenset((text[lk.a].split()[0], text[lk.b].split()[0])) for lk in an.links}
    assert frozenset(("Tamsen", "Tamsen")) in pairs
    assert frozenset(("Tamsen", "Vossberg")) not in pairs  # 211,200 women ~ 215,900 round alike: other county


def test_a_supply_restored_is_its_own_measure():
    """"restored 97.4% of lost demand" and "crews had managed to restore 97.4% of demand" tell one share brought back
    after an outage (agreeing); the customers reconnected are a share of people, not of load, and stay another
    measure."""
    assert frame("Crews had restored 58% of the region's power by late Monday, the operator said.",
                 "58%").measure == "restored"
    assert frame("By that point 64% of the customers who lost power had been reconnected.", "64%").measure == "reconnected"
    d = dt.date(2031, 5, 6)
    lk = link("Ostnet said on Tuesday it had restored 97.4% of lost demand.",
              "The premier wrote on Tuesday that crews had managed to restore 97.4% of demand overnight.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_an_actor_telling_its_own_plan_owns_its_figure():
    """"Dorvik said it would cut output by 230,000 bpd": the actor that tells its own plan is whose figure it is, even
    as the claim's source; so is a name right before its modal ("Tamsen would prolong a cut of 90,000 bpd"); what an
    actor says it has done or counted is not its own figure ("the committee said it had documented 19 deaths"); in
    a list whose verb is left out ("..., the Orla Union by 96,000"), each name owns its figure."""
    assert frame("Dorvik said it would cut output by 230,000 bpd from May.", "230,000 bpd").agents == {"dorvi"}
    assert frame("Officials said Tamsen would prolong its own cut of 90,000 bpd to December.",
                 "90,000 bpd").agents == {"tamse"}
    assert not frame("The Halden Rights Committee said it had documented at least 19 deaths.",
                     "at least 19 deaths").agents
    listed = "Dorvik said it would cut output by 230,000 barrels a day, the Orla Union by 96,000 and Tamsen by 31,000."
    assert frame(listed, "96,000").owners == {"orla", "union", "ou"}
    assert frame(listed, "31,000").owners == {"tamse"}
    d = dt.date(2031, 4, 3)
    lk = link("Dorvik said it would cut output by 230,000 barrels a day, the Orla Union by 96,000 and Tamsen by 31,000.",
              "The Orla Union said it would cut production by 96,000 bpd from May.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE
    assert link("Dorvik said it would cut output by 230,000 barrels a day from May.",
                "The Orla Union said it would cut production by 96,000 bpd from May.", d, d) is None


def test_a_name_joined_by_an_ampersand_and_a_fall_restated_as_a_share():
    """"The Halden & Orla 300 index skidded 41.2 points, or 2.3 per cent": the index is one name ("Halden & Orla",
    known by its initials "HO" as well), and the share restates the same fall."""
    text = "The Halden & Orla 300 index skidded 41.2 points, or 2.3 per cent, to 1,790 in late trade."
    f = frame(text, "2.3 per cent")
    assert {"halde", "orla", "ho"} <= f.agents
    assert f.change == "down"
    assert frame("Vossberg shares skidded 3% on Monday.", "3%").change == "down"


def test_a_concession_after_the_act_and_a_dateline_before_it_say_nothing_of_it():
    """"... cleared the Halden drug on Friday, albeit with side effects that clinics will have to watch": the
    approval is done; the "will" is the concession's. A dateline ("VOSSBERG -- ") says where the report was filed, and
    "U.S." before "regulators" says whose regulators: neither is who acted."""
    t = ("VOSSBERG -- U.S. regulators on Friday approved the Halden drug for early patients, albeit with side effects "
         "that clinics will have to watch.")
    assert claim_status(claim(t)) is Status.FACT
    x = act_frame(claim(t))
    assert x is not None and x.act == "approve" and not x.agents
    y = act_frame(claim("The Orla Medicines Board on Friday approved the Halden drug for early patients."))
    assert y is not None and y.agents


def test_a_cut_amounting_to_a_figure_is_its_size_not_a_level_reached():
    """"cuts amounting to about 1.3 million bpd" tells how big the cut is, as "lower output by 1.32 million bpd" does;
    "raised output to 1.3 million bpd" is the level reached."""
    t = "The Halden cartel said its members would make output cuts amounting to about 1.3 million bpd."
    assert not frame(t, "about 1.3 million bpd").level
    assert frame("Dorvik raised its output to 1.3 million bpd on Sunday.", "1.3 million bpd").level
    assert frame("A single ticket will go up 10%, to 2.75 dalers from 2.50.", "2.75 dalers").level
    d = dt.date(2031, 4, 3)
    lk = link(t, "Members of the Halden cartel will lower their output by 1.32 million bpd from May.", d, d)
    assert lk is not None and lk.relation is Relation.AGREE


def test_a_sentence_opening_on_the_event_it_compares_with_tells_another_occasion():
    """"Unlike the Tamsen tower fire of 2029, which killed 97, such collapses are frequent in Orla": the 97 are the
    other disaster's dead, no reading of this story's toll; a figure of the sentence's own clause ("Like other
    cities, Orla has lost 12 buildings") is still this story's."""
    t = "Unlike the Tamsen tower fire of 2029, which killed 97, such collapses are frequent in Orla."
    assert frame(t, "97").other_occasion
    assert not frame("Like other cities, Orla has lost 12 buildings this year.", "12 buildings").other_occasion
    d = dt.date(2031, 11, 4)
    assert link(t, "Rescuers said on Thursday that the toll from the Orla collapse had risen to 43.", d, d) is None


def test_a_move_sent_down_is_no_deployment():
    """"Panic selling sent the Orla composite index down more than 800 points": a fall, not something dispatched; "sent 300
    troops" still counts those deployed."""
    f = frame("Panic selling sent the Orla composite index down more than 800 points on Monday.",
              "more than 800 points")
    assert f.measure == "" and f.change == "down"
    assert frame("The ministry sent 300 troops to the border on Monday.", "300 troops").measure == "deployed"


def test_a_with_clause_holding_its_own_figure_and_participle_is_a_clause_of_its_own():
    # "on Sunday alone" is the 12's, told in the "with" clause; the 45 is the whole toll
    text = "Heat deaths in Velmar have reached at least 45, with 12 people succumbing to heatstroke on Sunday alone."
    assert frame(text, "12 people").part and not frame(text, "at least 45").part
