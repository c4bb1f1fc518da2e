"""Claim extraction: which sentences are claims, their kinds, sources, ids and spans."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract import extract_claims, find_source, reference_year
from tests.test_pipeline_helpers import make_doc

ARTICLE = (
    "Council Approves New Budget\n"
    "The city council approved a budget of $2 billion on Oct. 2, according to the finance office.\n"
    "Officials said 1,200 teachers will be hired next year.\n"
    "\u201cThis is the largest investment in schools in a decade,\u201d said Mayor Ana Ruiz.\n"
    "The opposition accused the council of hiding the real costs from voters.\n"
    "Support our journalism: become a member for just $5 a month.\n"
    "I have covered city hall for 12 years.\n"
    "Did the council act too fast?\n"
)


@pytest.fixture
def claims():
    return extract_claims(make_doc("city", ARTICLE))


def by_start(claims, prefix):
    found = [c for c in claims if c.text.startswith(prefix)]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


def test_kinds(claims):
    assert by_start(claims, "The city council approved").kind == "figure"
    assert by_start(claims, "Officials said").kind == "figure"
    assert by_start(claims, "\u201cThis is the largest").kind == "quote"
    assert by_start(claims, "The opposition accused").kind == "other"


def test_dates_and_attributions():
    doc = make_doc("d", "The ceasefire began on Oct. 2.\nThe envoy told Reuters that talks would resume.\n")
    cl = extract_claims(doc)
    assert [c.kind for c in cl] == ["date", "attribution"]
    assert cl[1].source == "envoy via Reuters"


def test_not_claims(claims):
    texts = " ".join(c.text for c in claims)
    assert "Council Approves New Budget" not in texts  # heading
    assert "become a member" not in texts  # appeal
    assert "I have covered" not in texts  # author bio, first person
    assert "Did the council" not in texts  # question


def test_the_outlets_own_we_inside_a_report_keeps_the_claim():
    """"the analysts we polled" and "told us" are the outlet reporting; an opening "We", any "you", "I" or "our"
    is an appeal or a column."""
    text = (
        "The port authority raised its berth fees by 4% on Monday, as the shipping analysts we polled had forecast.\n"
        "The harbour master told us that 212 vessels had been diverted since June.\n"
        "We need 3,000 more members to keep this newsletter free.\n"
        "You can read 10 articles a month without paying.\n"
        "The tracker is free to read because of our 40 sponsors.\n"
        "I counted 17 cranes standing idle on the quay.\n"
    )
    texts = [c.text for c in extract_claims(make_doc("port", text))]
    assert any(t.startswith("The port authority raised its berth fees by 4%") for t in texts), texts
    assert any(t.startswith("The harbour master told us that 212 vessels") for t in texts), texts
    assert not any(t.startswith(("We need", "You can", "The tracker is free", "I counted")) for t in texts), texts


def test_boilerplate_paragraphs_yield_no_claims_even_with_figures():
    text = "The port handled 3 million tonnes in 2023.\nJoin 45,000 readers who get our briefing.\n"
    cl = extract_claims(make_doc("d", text, boilerplate=(0,)))
    assert cl == []


def test_claim_scores_rank_figures_above_plain_statements(claims):
    fig = by_start(claims, "The city council approved")
    other = by_start(claims, "The opposition accused")
    assert 0 <= other.score < fig.score <= 1


def test_claim_text_is_the_exact_slice(claims):
    for c in claims:
        assert ARTICLE[c.start:c.end] == c.text
        for v in c.values:
            assert c.start <= v.start < v.end <= c.end and ARTICLE[v.start:v.end] == v.text


def test_ids_are_stable_and_unique():
    text = "Prices rose 4% in May.\nPrices rose 4% in May.\nWages fell 2% in June.\n"
    a = extract_claims(make_doc("d", text))
    b = extract_claims(make_doc("d", text))
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == 3
    assert a[1].id == a[0].id + "-2"
    assert all(c.id.startswith("d-") for c in a)


def test_values_use_the_publication_date():
    doc = make_doc("d", "The bill was signed on Wednesday by the governor.\n", date=dt.date(2024, 10, 3))
    (c,) = extract_claims(doc)
    assert c.values[0].value == "2024-10-02"


def test_reference_year_comes_from_the_documents_own_full_dates():
    doc = make_doc("d", "A photo taken on Sept. 20, 2024.\nThe law was signed on Oct. 2 by the president.\n")
    assert reference_year(doc) == 2024
    claim = [c for c in extract_claims(doc) if "law" in c.text][0]
    assert claim.values[0].value == "2024-10-02"


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("The plan is to hire 500 nurses, according to the independent news outlet MedWatch.", "MedWatch"),
        ("The U.K. Defense Ministry said in March that 3,000 troops were deployed.", "U.K. Defense Ministry"),
        ("By mid-February 2023, US intelligence reported that 300 fighters had died.", "US intelligence"),
        ("Lawyer Maria Petrova told MedWatch that the case was closed.", "Maria Petrova via MedWatch"),
        ("According to a ministry source cited by MedWatch, 40% of clinics will close.", "ministry source via MedWatch"),
        ("\u201cWe will not stop,\u201d said Governor Tom Field, the head of the region.", "Governor Tom Field"),
        ("According to a report by the MedWatch website, 12 clinics closed.", "MedWatch"),
        ("Reports indicate that some clinics stayed open.", ""),
    ],
)
def test_sources(sentence, source):
    assert find_source(sentence)[0] == source
    assert find_source(sentence)[1] is True


def test_anaphoric_sources_inherit_the_outlet_named_before():
    text = ("A source told MedWatch that 100 beds will be cut in each hospital.\n"
            "So about 2,000 beds may go, the outlet said.\n")
    cl = extract_claims(make_doc("d", text))
    assert cl[1].source == "MedWatch"


def test_extraction_depends_only_on_the_document():
    from claims.pipeline import analyse

    a = make_doc("a", ARTICLE)
    b = make_doc("b", "The council approved a budget of $2 billion on Oct. 2.\n")
    alone = analyse([a]).claims
    together = [c for c in analyse([b, a]).claims if c.doc == "a"]
    assert alone == together


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab Cd.,!?\u201c\u201d\"'\n0123456789%$ ") + ["Oct. ", "said ", "I ", "our ", "Mr. ",
                                                                                  "percent ", "about ", "told X "]),
                max_size=120).map("".join))
def test_any_document_extracts_without_error_and_with_exact_spans(text):
    doc = make_doc("x", text)
    for c in extract_claims(doc):
        assert doc.text[c.start:c.end] == c.text
        assert 0 <= c.score <= 1


def test_terminal_sequences_are_not_read_as_figures_or_sources():
    """An OSC 52 payload or a C1 sequence in an article is not text: no "52" figure, no payload source; the
    claim's own text keeps the characters (the desk shows them as stand-ins)."""
    t = ("Police detained 300 people \x1b]52;c;cm0gLXJmIH4vKg==\x07 on Monday, officials said.\n"
         "The toll \x9d2;pwned\x07rose to 40 people killed.\n")
    cl = extract_claims(make_doc("d", t))
    assert [[v.text for v in c.values] for c in cl] == [["300 people", "Monday"], ["40 people"]]
    assert "\x1b]52" in cl[0].text and all("cm0g" not in c.source for c in cl)


def test_a_named_subject_saying_something_is_an_attribution():
    """"Halvorsen voiced alarm at the state of the shelters, saying that ...": the sentence's named subject is its
    source; a sentence whose subject names no one is not attributed by a trailing "saying"."""
    assert find_source("Halvorsen voiced alarm at the state of the shelters, saying that families were being "
                       "left without heating.") == ("Halvorsen", True)
    assert find_source("The storm battered the coast all night, saying little about what was to come.")[1] is False


def test_a_hedge_in_a_consequence_clause_leaves_the_fact_a_claim():
    """"The rule also covers pending appeals, meaning some drivers could keep their licences": the hedge is in
    the consequence the writer draws, the main clause is a checkable fact."""
    doc = make_doc("d", "The new rule also covers drivers whose appeals are still pending, meaning some of them "
                        "could keep their licences for months.\n")
    assert [c.text for c in extract_claims(doc)]
    doc = make_doc("d", "Some of them could perhaps keep their licences for months.\n")
    assert not extract_claims(doc)


@pytest.mark.parametrize("sentence", [
    "Support for the reform has fallen to 31%, according to a poll published on Sunday.",
    "Share of the vote for the Greens rose to 14 per cent, the electoral office said.",
    "**Twelve people have now died in the floods, the regional agency said on Monday.**",
    # "mine" in news is the pit, not the first person's: a story about a mine is not an appeal
    "A tunnel collapse at the Harlan copper mine trapped 34 miners underground on Tuesday, the owner said.",
    "The mine, which employs about 3,400 people, produced 95,000 tonnes of copper last year.",
    # a label before a plain report is no appeal
    "UPDATE: The toll rose to 12 on Tuesday, the regional agency said.",
    # an imperative's word opening a report: no object a page would sell
    "Start dates for the new tram line have slipped to 2028, the city council said.",
    "Call centre staff at Norbank walked out on Monday over a pay offer of 3%.",
    # a journalist in the news is no note on the byline
    "Maria Lund is the editor who published the leaked memo in 2019.",
])
def test_a_sentence_that_only_looks_like_an_appeal_or_a_heading_is_a_claim(sentence):
    """"Support for the reform" is a noun, not an appeal; a lead in bold ends with its full stop inside the bold."""
    claims = extract_claims(make_doc("d", "The council met on Monday in the town hall.\n" + sentence + "\n"))
    assert any(c.text == sentence for c in claims), [c.text for c in claims]


def test_a_bulleted_list_of_headlines_after_the_article_is_no_claim():
    """"- Foreign minister to visit Dhaka today amid tensions over river talks" is another story's headline (no article,
    no auxiliary), though it runs to a dozen words and has no full stop, as a sentence the page cut off does not."""
    text = ("The council voted on Monday to close the Verla bridge for repairs. The work will cost 4 million euros and "
            "take 18 months, the council said.\n"
            "- Foreign minister to visit Dhaka today amid tensions over river talks and 40 detained fishermen\n"
            "- Facing pressure after port strike, government orders review of 12 harbour contracts\n")
    got = [c.text for c in extract_claims(make_doc("d", text))]
    assert not any(t.startswith("- ") for t in got), got
    assert any("4 million euros" in t for t in got), got


def test_items_of_a_list_of_clauses_ending_in_semicolons_are_claims():
    """"Amid the chaos at the ports:" then "* 4,000 lorries queued on the motorway;" (a tabloid's list of clauses): each
    item is a sentence of the article; a related-links list of bare headlines stays out."""
    text = ("The strike closed the country's two biggest ports on Monday. Amid the chaos:\n"
            "* About 4,000 lorries queued on the coast motorway, the police said;\n"
            "* Ferry operators cancelled 46 crossings to the islands;\n"
            "* The transport minister called the union's leaders to talks on Tuesday.\n"
            "- Pension reform: what the 2027 changes mean for you\n")
    got = [c.text for c in extract_claims(make_doc("d", text))]
    assert "* About 4,000 lorries queued on the coast motorway, the police said;" in got, got
    assert "* Ferry operators cancelled 46 crossings to the islands;" in got, got
    assert not any("Pension reform" in t for t in got), got


@pytest.mark.parametrize("line", [
    "Support our journalism: become a member for just $5 a month.",
    "Help us keep this story free: it is yours and mine.",
    "*A four-year experiment in hundreds of villages adds weight to the case for cheaper salt.*",
    "WhatsApp the Harbour Herald newsroom on 0161 555 0142.",
    "Advertise with the Harbour Herald and reach 120,000 readers across the county.",
    "MARKET DATA: Track wheat prices daily with Grainline Pro.",
    # the page selling itself with an imperative and its object
    "Get the Courier's Morning Digest, delivered to your inbox at 6am every weekday.",
    "Get breaking news alerts on the Harbour Herald app.",
    "Start a 30-day free trial.",
    "Hear more on Drive Time, weekdays from 4pm.",
    "Message the Herald Business Desk on 0161 555 0188 or email business@herald.example.",
    # contact details: a helpline is service, not a fact to check
    "Anyone worried about a relative can call the council helpline on 0800 123 4567.",
    "Information about the 12 missing hikers can be sent to tips@valleypost.example.",
    "The 24-hour line for families is +44 020 7946 0321.",
    # labelled captions
    "Photo caption: Firefighters at the scene on Tuesday evening, when 40 crews were deployed.",
    "Caption: Anna Berg (left) and Tove Lind on the podium in Bergen in 2024.",
    # the byline's note on its writer
    "Jonas Ekberg is health editor.",
    "Sara Holm is a business reporter for the Harbour Herald.",
    "Petra Ivanova has edited the Courier's travel pages since 2016.",
])
def test_appeals_and_italic_standfirsts_stay_out(line):
    claims = extract_claims(make_doc("d", "The council met on Monday in the town hall.\n" + line + "\n"))
    assert not any(line in c.text for c in claims)


def test_a_wire_credit_in_the_dateline_does_not_make_a_report_about_pay_the_outlets_own_voice():
    """"OSLO, March 3 (Fjordwire) - Nurses began a three-day strike over pay on Monday" is the wire's report, not the
    wire talking about its readers; "One reader in 10,000 pays for Fjordwire" still is."""
    text = ("OSLO, March 3 (Fjordwire) - Nurses across Norway began a three-day strike over pay on Monday.\n"
            "One reader in 10,000 pays for Fjordwire's journalism.\n")
    claims = extract_claims(make_doc("d", text, date=dt.date(2025, 3, 3), outlet="Fjordwire"))
    assert [c.text[:40] for c in claims] == ["OSLO, March 3 (Fjordwire) - Nurses acros"]


def test_a_dateline_naming_city_and_country_is_the_wires_credit_too():
    """"TAVRIN, Lorvania, March 10 (Kessel Press) - Police detained 10 people ... allegedly paid ...": a dateline with
    the country after the city is still the wire's credit, so a word of pay in the report never makes it the outlet's
    own voice."""
    text = ("TAVRIN, Lorvania, March 10 (Kessel Press) - Anti-corruption police detained at least 10 people on "
            "Tuesday over bribes allegedly paid for road contracts, the bureau said.\n")
    claims = extract_claims(make_doc("d", text, date=dt.date(2026, 3, 10), outlet="Kessel Press"))
    assert [c.text[:40] for c in claims] == ["TAVRIN, Lorvania, March 10 (Kessel Press"]


def test_an_i_in_an_abbreviation_or_a_numeral_is_no_first_person():
    """"The vessel is insured by the Northmark P&I Club" and "a Phase I trial" are reports, not a writer's "I"; "I
    think the fare rise is wrong" still speaks in the first person."""
    text = ("The vessel is insured by the Northmark P&I Club, which covers the owner against pollution claims.\n"
            "The drug passed a Phase I trial in 2024, the company said.\n"
            "I think the 12% fare rise is wrong.\n")
    claims = extract_claims(make_doc("d", text, date=dt.date(2026, 3, 3)))
    assert [c.text[:24] for c in claims] == ["The vessel is insured by", "The drug passed a Phase "]


def test_a_report_told_to_the_outlet_is_no_talk_about_its_readers():
    """"The firms paid 2 million crowns in bribes, prosecutors told the Kesh Ledger" is a report the outlet was given;
    "One reader in 10,000 pays for the Kesh Ledger" is the outlet talking about itself."""
    text = ("The construction firms paid 2 million crowns in bribes over four years, prosecutors told the Kesh "
            "Ledger.\n"
            "One reader in 10,000 pays for the Kesh Ledger.\n")
    claims = extract_claims(make_doc("d", text, date=dt.date(2026, 3, 3), outlet="Kesh Ledger"))
    assert [c.text[:30] for c in claims] == ["The construction firms paid 2 "]


def test_a_word_of_evidence_leaves_a_plain_claim_checkable():
    """"The fuel duty rise appears to be the largest tax increase in the plan" says how the writer knows, not that it
    is doubtful: still a claim; "Perhaps it could be worse" is not."""
    text = ("The fuel duty rise appears to be the largest tax increase in the plan.\n"
            "Perhaps it could still get worse for drivers.\n")
    claims = extract_claims(make_doc("d", text, date=dt.date(2025, 3, 3)))
    assert [c.text for c in claims] == ["The fuel duty rise appears to be the largest tax increase in the plan."]


def test_the_pages_last_line_is_a_claim_when_it_reads_as_a_sentence():
    """A page that ends on a sentence without its full stop ("Talks between the two sides are due to resume on
    Monday") ends on a claim; a headline there ("Ferry operators face new rules on fuel surcharges") is not one."""
    body = ("The strike closed 1,400 schools on Tuesday, the ministry said.\n"
            "The union said 38,000 members walked out.\n"
            "Councils have offered a 5% rise for this year.\n")
    ends = extract_claims(make_doc("d", body + "Talks between the two sides are due to resume on Monday\n",
                                   date=dt.date(2025, 1, 28)))
    assert ends[-1].text == "Talks between the two sides are due to resume on Monday"
    headline = extract_claims(make_doc("d", body + "Ferry operators face new rules on fuel surcharges\n",
                                       date=dt.date(2025, 1, 28)))
    assert [c.text for c in headline][-1].startswith("Councils have offered")


def test_the_outlet_telling_how_it_comes_out_and_what_subscribers_get_are_no_claims():
    """"The Harbour Letter is published every weekday." (the outlet's own name, as the subject of how it comes out)
    and "Subscribers can download the full tables from the members' area." are page furniture; a report of another
    title being published still is a claim."""
    text = ("The port handled 41,000 containers on Monday, the authority said.\n"
            "The Harbour Letter is published every weekday.\n"
            "Subscribers can download the full tables from the members' area.\n"
            "The Gazette is published by Kestrel Media, which cut 40 jobs on Monday.\n")
    claims = extract_claims(make_doc("d", text, date=dt.date(2026, 3, 3), outlet="Harbour Letter Publishing"))
    assert [c.text for c in claims] == ["The port handled 41,000 containers on Monday, the authority said.",
                                        "The Gazette is published by Kestrel Media, which cut 40 jobs on Monday."]


def test_the_outlet_announcing_what_it_will_publish_is_no_claim():
    """"Campus Post will publish a breakdown by university on Tuesday": the page telling what it will carry."""
    doc = make_doc("d", "Enrolments fell by 12% in 2025, the ministry said.\n"
                        "Campus Post will publish a breakdown of the 2025 figures by university on Tuesday.\n",
                   outlet="Campus Post")
    assert [c.text for c in extract_claims(doc)] == ["Enrolments fell by 12% in 2025, the ministry said."]


def _subject_before_reference(s: str, end: int) -> str:
    """The plain reading _subject_before stands for (every chunk read, then the nearest that qualifies): its oracle."""
    from claims.extract import _LEAD_WORDS, _THAT_SPLIT

    left = s[:end]
    cut = max(left.rfind("”"), left.rfind('"'), left.rfind("“"))
    if cut >= 0:
        left = left[cut + 1:]
    left = _THAT_SPLIT.split(left)[-1]
    raw = [c.strip() for c in left.split(",")]
    chunks = [_LEAD_WORDS.sub("", c) for c in raw if c]
    opened = [bool(_LEAD_WORDS.match(c)) for c in raw if c]
    chunks, opened = [c for c in chunks if c], [o for c, o in zip(chunks, opened, strict=True) if c]
    for k in range(len(chunks) - 1, -1, -1):
        c = chunks[k]
        if c[0].islower() and not c.startswith(("the ", "a ", "an ")) and not opened[k]:
            continue
        if c.startswith(("a ", "an ")) and k > 0 and chunks[k - 1][:1].isupper():
            continue
        return c
    return chunks[-1] if chunks else ""


_CHUNK_WORDS = st.sampled_from(["IStories", "the ministry", "a source", "an outlet", "and lawyers", "while police",
                                "head of the group", "Anna Berg", "that", "officials", "", " ", "A spokesman",
                                "an analyst at Nordbank", "But the union", '"quote"'])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHUNK_WORDS, max_size=7))
def test_the_subject_before_a_verb_reads_as_the_plain_reading(chunks):
    """The subject before a reporting verb, read from the verb back and stopping at the first that qualifies, is the one
    the plain reading of every comma chunk finds."""
    from claims.extract import _subject_before

    s = ", ".join(chunks) + " said"
    end = len(s) - len(" said")
    assert _subject_before(s, end) == _subject_before_reference(s, end)


_RESULTS_LIST = """Valdesia's ruling party loses ground in close election

The Valdesian election count ended on Monday with no party near a majority, the electoral commission said.

Turnout was 61.2 per cent, the lowest since the country's first free vote, according to the commission.

As of Monday afternoon, all 41 constituencies had counted their first preference votes, after which the main parties stood as follows:

National Alliance 24.1%

Green Left 19.6%

- Farmers' Party - 11

The final seat count is expected on Wednesday, when the last transfers are complete.
"""


def test_the_items_of_a_results_list_opened_by_a_colon_are_claims(tmp_path):
    """'... the main parties stood as follows:' then one line per party: each line gives a party's figure, a claim
    (RELATIONS.md §4: a figure), though it has no verb."""
    from claims.documents import load_document
    from claims.pipeline import extract_all

    p = tmp_path / "results.txt"
    p.write_text(_RESULTS_LIST, encoding="utf-8")
    texts = [c.text for c in extract_all([load_document(p)])]
    assert "National Alliance 24.1%" in texts and "Green Left 19.6%" in texts and "- Farmers' Party - 11" in texts


@pytest.mark.parametrize(("text", "rejected"), [
    ("Ana Ruiz, head of the Vossberg water board, waits to give evidence to a committee, May 4, 2031, in Halden.",
     True),
    ("A rescuer carries a child through the rubble in Tamsen, March 4, 2025.", True),
    ("The minister speaks to reporters on May 4, 2031, in Halden.", False),
    ("The minister said the toll stood at 12 on May 4, 2031.", False),
    # the page telling what it gathers
    ("The Halden Wire has gathered the key facts on the strike ballot.", True),
    ("Investigators have collected the main pieces of the wreck.", False),
])
def test_a_wire_photo_caption_told_as_a_sentence_is_no_claim(text, rejected):
    """A wire picture's caption (someone doing something in the present tense, then the day and place the photo was
    taken) is page furniture even inside the article's text; a sentence that tells its day with "on" is a report; so
    is the page's note on what it has gathered ("has collected the main reports on the vote")."""
    from claims.extract import reject

    assert reject(text, [], text) is rejected


def test_a_table_printed_as_lines_gives_each_line_as_a_claim():
    """Lines each opening on a label and its figure, one after another ("Tamsen - 412,300 of whom 201,000 are men",
    "Halden 98,410"), are a table printed as lines: each is an item however it ends; a lone such line is not."""
    text = ("The census office gave the districts' counts on Monday.\n\nMost populous:\n\n"
            "Tamsen - 412,300 of whom 201,000 are men\n\nDorvik - 388,120 of whom 190,400 are men\n\n"
            "Halden 98,410\n\nOrla 87,200\n")
    doc = make_doc("d", text)
    found = {c.text for c in extract_claims(doc)}
    assert {"Tamsen - 412,300 of whom 201,000 are men", "Dorvik - 388,120 of whom 190,400 are men", "Halden 98,410",
            "Orla 87,200"} <= found
    lone = make_doc("e", "The census office gave the counts.\n\nTamsen 412,300\n\nThe next count is due in 2035.\n")
    assert "Tamsen 412,300" not in {c.text for c in extract_claims(lone)}


def test_summary_bullets_the_body_repeats_are_no_claims_of_their_own():
    """A page opening on "KEY POINTS" and bullets that the body goes on to tell: the body's sentences are the claims;
    a bullet whose figure the body never gives is still one. A teaser for what follows ("Here's what to know about
    ...", after an embed's code) and a picture's caption told as a sentence are no claims."""
    text = ("KEY POINTS\n\n"
            "  • The agency acted after a study found the Halden drug eased memory loss in early patients.\n\n"
            "  • Vossberg Pharma is pricing the treatment at $18,200 a year.\n\n"
            "CT image of a knee showing the damaged cartilage.\n\n"
            "The Orla medicines regulator on Friday approved the Halden drug for patients in the early stage of the "
            "disease. The agency acted after a study, published in March, found that the drug eased memory loss in "
            "early patients. [embed-player id=”7”] Here's what to know about the price patients will face.\n")
    got = [c.text for c in extract_claims(make_doc("s", text, date=dt.date(2031, 1, 7)))]
    assert not any("memory loss in early patients." in t and "•" in t for t in got)
    assert any("$18,200" in t for t in got)
    assert any(t.startswith("The agency acted after a study, published in March") for t in got)
    assert not any("CT image" in t for t in got)
    assert not any("Here's what to know" in t for t in got)


def test_a_videos_caption_told_in_the_run_of_a_paragraph_is_no_claim_but_footage_as_evidence_is():
    """"Drone footage taken on Monday shows the ruin in Ostby": what the page's video shows, after the lede in the
    same paragraph; "CCTV footage shows the thieves left within four minutes, police said" is a finding."""
    text = ("OSTBY (Ostnet) — Crews cleared debris on Monday after a tornado flattened the Ostby mill on Friday. Drone "
            "footage taken on Monday shows the scale of the ruin in Ostby.\n\n"
            "CCTV footage shows the thieves left within four minutes, police said on Tuesday.\n")
    got = [c.text for c in extract_claims(make_doc("v", text, date=dt.date(2031, 1, 7)))]
    assert not any("Drone footage" in t for t in got)
    assert any(t.startswith("CCTV footage shows") for t in got)


def test_a_lead_in_addressing_the_reader_before_a_colon_leaves_the_report_after_it():
    """"If you wanted the month in one line, here it is: On Friday the statistics office reported that ...":
    the reader is addressed in the lead-in, the report after the colon is a claim; an appeal after a colon is still
    one."""
    text = ("If you wanted the Orla economy's month in one line, here it is: On Friday, the statistics office "
            "reported that employers added 12,000 jobs in May.\n\n"
            "Want the numbers first? Here is our offer: You can get the full tables for 4 dalers a month.\n")
    got = [c.text for c in extract_claims(make_doc("s", text, date=dt.date(2031, 6, 7)))]
    assert any("12,000 jobs" in t for t in got)
    assert not any("4 dalers" in t for t in got)
