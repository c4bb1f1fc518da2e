"""Boilerplate marking: its cues one by one, its use of position, and the real seed pages.

The seed articles live outside the repository (../shared/seeds); those tests read them
and their gold labels at run time and skip when they are absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.boilerplate import REASONS, Verdict, boilerplate_reasons, classify, is_boilerplate, mark_boilerplate
from claims.doc_paragraphs import split_paragraphs
from claims.documents import load_paths
from claims.metadata import read_header

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "eval" / "seeds_gold.json"
SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"


def mark(text: str):
    """(paragraph text, reason) pairs, with header lines found as documents.py finds them."""
    paras = split_paragraphs(text)
    header = read_header(text, [(p.start, p.end) for p in paras], is_boilerplate)
    marked = mark_boilerplate(text, paras, header.metadata)
    return [(text[p.start : p.end], p.reason) for p in marked]


# --------------------------------------------------------------------------- cues


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Independent reporting, funded by our readers — become a member today.", "donation appeal"),
        ("Become a member Gift membership", "donation appeal"),
        ("Please support us monthly starting from just $5.", "donation appeal"),
        ("Support The Example Times!", "donation appeal"),
        ("Only one reader in 5,000 pays for what we publish.", "donation appeal"),
        ("Dear readers,", "donation appeal"),
        ("visa masterCard americanExpress", "donation appeal"),
        ("Sign up for our free weekly newsletter", "newsletter"),
        ("Enter your email to subscribe", "newsletter"),
        ("Subscribers agree to the Privacy Policy", "newsletter"),
        ("Subscribe", "newsletter"),
        ("* indicates required", "form"),
        ("We use cookies to improve your experience on our site.", "cookie notice"),
        ("I am a journalist and editor; I have been working in the region for 15 years.", "author bio"),
        ("About the author", "author bio"),
        ("A protester in the capital on Sunday. (Jane Roe/Pool/AFP)", "caption"),
        ("Soldiers at a checkpoint near the border. Photo: Example Agency", "caption"),
        ("Soldiers at a checkpoint near the border. (file photo)", "caption"),
        ("Ivan Ivanov / Example News Agency", "caption"),
        ("AFP via Getty Images", "caption"),
        ("Skip to content", "navigation"),
        ("Previous", "navigation"),
        ("Read more", "navigation"),
        ("MORE NEWS", "navigation"),
        ("Editors' Picks", "navigation"),
        ("5:29 PM", "navigation"),
        ("Listen to this article", "navigation"),
        ("Share this story: Facebook | X | Email", "navigation"),
        ("© 2024 Example Media. All rights reserved.", "navigation"),
        ("Harbour Daily Ledger © 2026. Reproduction without permission prohibited.", "navigation"),
        ("Reproduction in whole or in part without written permission is prohibited.", "navigation"),
        ("[Image: The old customs house at dawn on Monday. Example Agency / Ana Ruiz]", "caption"),
        ("*The Rail Desk is written by Mara Lind, a former signal engineer. Tips: desk@example.org*", "author bio"),
        ("The Morning Brief is compiled by Tom Reyes and Ana Ruiz.", "author bio"),
        ("SEE ALSO: Another Story About Something Else", "related link"),
        ("RELATED: Another story about something else", "related link"),
        ("https://example.org/another-story", "related link"),
        ("[One story](https://example.org/1) · [Another](https://example.org/2)", "link list"),
        ("Updated: Oct. 3, 2024 5:29 PM", "metadata"),
        # the site as software, a kicker glued to another story's headline, a wire photo's caption
        ("IE 11 is not supported. For an optimal experience visit our site on another browser.", "service notice"),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "service notice"),
        ("Harbour fund:Mayor's wife collects 'staggering' pile of coats for flood families", "related link"),
        ("A volunteer carries sandbags past a flooded bakery Tuesday, March 3, 2026, in Verla, Ostr. Floods swept "
         "through the valley over the weekend.", "caption"),
        ("This combination of satellite images shows the harbour before and after the storm.", "caption"),
        ("The Ledger has a team of on-the-ground reporters in capital cities from Lagos to Lima.", "author bio"),
        ("Their stories are edited by the teams at our sister magazine for company directors.", "author bio"),
    ],
)
def test_cues(line, reason):
    v = classify(line)
    assert (v.reason, v.strength) == (reason, 2)
    assert reason in REASONS


@pytest.mark.parametrize(
    "line",
    [
        "The government wants to conscript 40% of the nearly 60,000 prisoners held in detention, a report said.",
        '"We need your help," the mayor told residents, asking them to support our firefighters.',
        "“I am a soldier, I have been working for the army for 20 years,” he said.",
        "The charity received donations worth 2 million euros in March, the regulator said.",
        "In March, the ministry estimated that the army was signing up about 30,000 new recruits a month to keep the war going.",
        "The photo by the agency showed the minister leaving the building on Tuesday evening.",
        "What the law says",
        "Next year, 133,000 men will be called up.",
        "He said the figure was 5:29 in the morning when the alarm sounded, according to witnesses.",
        "The bill was written by Senator Ana Ruiz and passed by 61 votes to 40.",
        "The report is written by three economists at the central bank.",
        "Reproduction of the painting was banned by the court in 2019.",
        "The new ticket app is not supported on older phones, the operator said, and 40,000 riders complained.",
        "The floods struck on Friday, March 6, 2026, killing 31 people in the valley.",
        "Note: the figure was revised on Tuesday.",
        "The ministry has a team of 40 inspectors checking the site, officials said.",
    ],
)
def test_article_sentences_are_not_cued_as_boilerplate(line):
    assert classify(line).strength < 2


# --------------------------------------------------------------------------- position


BODY = [
    "The city council voted on Tuesday to close two of its five public pools by the end of the summer season.",
    "Officials said the closures would save about 1.8 million euros a year and that staff would be moved to other sites.",
    "Residents of the eastern districts, where both pools are located, said they had not been consulted.",
    "The council will review the decision in 2026, when a new sports centre is due to open near the station.",
]


def test_trailing_footer_absorbs_headlines_buttons_and_feed_items():
    footer = [
        "Sign up for our newsletter",
        "Council names new head of parks",  # a related headline
        "Once",  # donation form buttons
        "Monthly",
        "Please support us with a monthly donation.",
        "9:14 AM",
        "Mayor opens new bridge.",
        '"It is a great day for the city," the mayor told reporters at the opening ceremony on Friday.',  # feed item
        "Read more",
    ]
    marked = mark("\n".join(BODY + footer) + "\n")
    assert [r for _, r in marked[: len(BODY)]] == [""] * len(BODY)
    assert all(r for _, r in marked[len(BODY) :]), marked
    reasons = dict(marked)
    assert reasons["Council names new head of parks"] == "related link"
    assert reasons["Please support us with a monthly donation."] == "donation appeal"


def test_a_headline_in_title_case_is_marked():
    """RELATIONS.md §4: a headline repeated in the text is not a claim; in title case it is recognisable alone."""
    assert classify("Council Approves Plan to Close Two Pools in the East End") == Verdict("headline", 2)
    assert classify("Mayor Says City Will Cut 300 Jobs").reason == "headline"
    # sentence case, a full stop, or too few words: not this cue
    assert classify("Council closes two pools").reason != "headline"
    assert classify("The Council Approves The Plan.").reason != "headline"
    assert classify("United Nations General Assembly").reason != "headline"


def test_headline_on_top_is_a_headline_and_subheadings_are_not_absorbed():
    text = "\n".join(
        ["Support The Example Times!", "Council closes two pools", "Jane Roe / Example Photo Agency"]
        + BODY[:2]
        + ["What happens next"]
        + BODY[2:]
    )
    marked = dict(mark(text))
    assert marked["Council closes two pools"] == "headline"  # before the body, unpunctuated: the headline
    assert marked["What happens next"] == ""  # inside the body: a subheading, kept
    assert marked["Support The Example Times!"] == "donation appeal"
    assert marked["Jane Roe / Example Photo Agency"] == "caption"


def test_mid_article_box_does_not_cut_the_body():
    text = "\n".join(BODY[:2] + ["Sign up for our free newsletter", "Enter your email address"] + BODY[2:])
    marked = mark(text)
    assert [r for t, r in marked if t in BODY] == [""] * 4
    assert [r for t, r in marked if t not in BODY] == ["newsletter", "newsletter"]


def test_weak_cue_joins_a_run_of_the_same_kind():
    appeal_intro = (
        "These are hard times for independent journalism, and our newsroom has had to cut costs twice "
        "this year while the authorities keep adding new restrictions on what can be published."
    )
    text = "\n".join(BODY + ["Dear readers,", appeal_intro, "Please support us with a monthly donation."])
    marked = dict(mark(text))
    assert marked[appeal_intro] == "donation appeal"
    # the same paragraph inside the article body, away from any appeal, stays article text
    text = "\n".join(BODY[:2] + [appeal_intro] + BODY[2:])
    assert dict(mark(text))[appeal_intro] == ""


def test_marking_keeps_offsets_and_never_deletes():
    text = "\n".join(BODY + ["Read more", "Subscribe"]) + "\n"
    paras = split_paragraphs(text)
    marked = mark_boilerplate(text, paras)
    assert [(p.index, p.start, p.end) for p in marked] == [(p.index, p.start, p.end) for p in paras]
    assert mark_boilerplate(text, []) == ()


# --------------------------------------------------------------------------- real pages


def _gold_check(docs, gold: dict) -> list[str]:
    by_name = {Path(d.path).name: d for d in docs}
    problems = []
    for name, quotes in gold["boilerplate"].items():
        doc = by_name[name]
        for q in quotes:
            at = doc.text.find(q)
            if at < 0:
                continue  # the extractor left it out of the text altogether (HTML): it cannot yield a claim
            p = doc.paragraph_at(at)
            if p is None or not p.boilerplate:
                problems.append(f"not marked in {name}: {q!r}")
    for name, claims in gold["claims"].items():
        doc = by_name[name]
        for c in claims:
            at = doc.text.find(c["quote"])
            assert at >= 0, f"claim quote missing from {name}: {c['quote']!r}"
            p = doc.paragraph_at(at)
            if p is None or p.boilerplate:
                problems.append(f"claim marked boilerplate in {name} ({p and p.reason}): {c['quote']!r}")
    return problems


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS.is_dir() or not SEEDS_GOLD.is_file():
        pytest.skip(f"the shared seed articles are not here ({SEEDS})")
    docs, errors = load_paths([SEEDS])
    assert errors == []
    return {Path(d.path).name: d for d in docs}, json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))


def test_seed_gold_boilerplate_marked_and_claims_not(seeds):
    docs, gold = seeds
    assert _gold_check(docs.values(), gold) == []


def test_seed_reasons(seeds):
    docs, _ = seeds
    reasons = {name: {p.reason for p in d.paragraphs if p.boilerplate} for name, d in docs.items()}
    expected = {
        "000_6429770a9e8f51e3.txt": {"donation appeal", "newsletter", "navigation", "caption", "related link", "form"},
        "001_88ad645b8c460f6d.txt": {"author bio"},
        "002_64494402b516eed5.txt": {"caption", "related link"},
        "003_30e1c88efe998403.txt": {"donation appeal", "newsletter", "caption", "navigation"},
        "004_e1a91eecb327f103.txt": {"caption", "navigation", "related link"},
    }
    for name, want in expected.items():
        assert want <= reasons[name], (name, reasons[name])


def test_seed_article_bodies_stay_article_text(seeds):
    """Between the first and the last gold claim of a seed, only captions and inline links are marked."""
    docs, gold = seeds
    for name, claims in gold["claims"].items():
        d = docs[name]
        at = sorted(d.text.find(c["quote"]) for c in claims)
        first, last = d.paragraph_at(at[0]).index, d.paragraph_at(at[-1]).index
        inside = d.paragraphs[first : last + 1]
        assert {p.reason for p in inside if p.boilerplate} <= {"caption", "related link"}, name
        assert sum(not p.boilerplate for p in inside) >= 0.8 * len(inside), name


def test_sample_docs_gold():
    gold_file = SAMPLES / "gold.json"
    if not gold_file.is_file():
        pytest.skip("sample_docs has no gold.json yet")
    docs, errors = load_paths([SAMPLES])
    assert errors == []
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    if "boilerplate" not in gold or "claims" not in gold:
        pytest.skip("sample_docs/gold.json has no boilerplate/claims labels")
    assert _gold_check(docs, gold) == []


# --------------------------------------------------------------------------- other page shapes

WIRE_PAGE = """Oil prices rise 2% as supply worries grow
By Jane Example
LONDON, Oct 3 (Example Wire) - Oil prices rose about 2% on Thursday as worries about supply disruptions grew, with the benchmark up $1.52 at $75.42 a barrel.
The second benchmark gained $1.48 to $71.58, traders said.
"The market is pricing in a higher risk premium," said one analyst at a London brokerage.
Reporting by Jane Example in London; Editing by Mark Editor
Suggested Topics:
Commodities
"""

BROADCASTER_PAGE = """Train strike: services cancelled across the north
Published
3 October 2024
Image source, Example Images
Image caption,
Passengers waited at the central station on Thursday morning
Rail services across the north were cancelled on Thursday after drivers walked out in a dispute over pay.
The union said 95% of its members had voted for the strike, which will last 48 hours.
The operator said it had offered a 4% rise, which the union rejected as "insulting".
More on this story
Drivers vote for further strikes
Related Topics
Rail strikes
Top Stories
"""

APPEAL_PAGE = """Water company fined 12m over sewage spills
The regulator said the company had failed to report 1,400 spills between 2019 and 2022, and ordered it to pay within 30 days.
The company said it accepted the findings and would invest 200m in new storage tanks by 2027.
Environmental groups said the fine was too small given the company's profits of 480m last year.
Explore more on these topics
Water
Pollution
Share
Reuse this content
... we have a small favour to ask. Millions have placed their trust in our fearless journalism since we started publishing.
Unlike many others, we have no shareholders and no billionaire owner, just the determination to keep reporting.
If there were ever a time to join us, it is now. Every contribution, however big or small, powers our journalism.
Support us
Remind me in May
Most viewed
"""


@pytest.mark.parametrize(
    "page, article",
    [
        (WIRE_PAGE, {"LONDON, Oct 3", "The second benchmark", '"The market'}),
        (BROADCASTER_PAGE, {"Rail services", "The union said", "The operator said"}),
        (APPEAL_PAGE, {"The regulator said", "The company said", "Environmental groups"}),
    ],
)
def test_other_page_shapes(page, article):
    """Pages shaped like other outlets': the article lines stay, the headline on top is marked as one (RELATIONS.md
    §4: a headline repeated in the text is not a claim), the rest is marked."""
    marked = mark(page)
    headline = marked[0]
    assert headline[1] == "headline"
    for text, reason in marked[1:]:
        is_article = any(text.startswith(a) for a in article)
        assert (reason == "") == is_article, (text, reason)


def test_wire_dateline_names_the_outlet(tmp_path):
    from claims.documents import load_document

    path = tmp_path / "wire.txt"
    path.write_text(WIRE_PAGE, encoding="utf-8")
    doc = load_document(path)
    assert doc.outlet == "Example Wire"
    assert doc.byline == "Jane Example"


def test_headlines_listed_under_a_heading_inside_the_body():
    """A 'Most read' box between two body paragraphs: its numbered headlines are other stories, not claims."""
    box = ["Most read", "1. Harbour authority orders 40 new tugboats", "2. Why bakers are quitting the old town",
           "Related coverage", "Ferry operator to cut 300 winter sailings"]
    marked = mark("\n\n".join(BODY[:2] + box + BODY[2:]) + "\n")
    reasons = dict(marked)
    assert [reasons[b] for b in box[1:3]] == ["related link", "related link"]
    assert reasons["Ferry operator to cut 300 winter sailings"] == "related link"
    assert all(reasons[b] == "" for b in BODY)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Divers search the harbour near the old pier on Friday. (Photo: Jan Berg for The Example Post)", "caption"),
        ("Tomas Lind is Transport Correspondent of the Example Post. He previously covered energy for six years.",
         "author bio"),
        ("Next week: why ferry fares keep climbing, and who pays for the new piers.", "related link"),
        ("Coming up: the mayor's answer to the pool closures.", "related link"),
    ],
)
def test_more_page_cues(line, reason):
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Next week, the council will vote on the pool closures, officials said.",
        "The minister is Chief Economist Anna Berg's former deputy, according to the ministry.",
        "Most read newspapers lost 12% of their readers in 2024, the survey found.",
    ],
)
def test_article_sentences_near_those_cues_stay_article_text(line):
    assert classify(line).strength < 2


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Maria Olsen covers city hall and transport for the Example Gazette. She joined in 2019.", "author bio"),
        # a name with an accented capital; an outlet's possessive before the role
        ("Éva Lindqvist covers health for The Example Gazette. She was previously its Geneva correspondent.",
         "author bio"),
        ("Tomas Berg is Example Markets Weekly's Oslo energy correspondent.", "author bio"),
        ("Chart: jobless rate by region, 2019-2025. Source: statistics office", "caption"),
        ("This story is free to read thanks to Lakeside Courier members.", "donation appeal"),
        ("Printed in the Tuesday, March 4 edition.", "metadata"),
        ("A version of this article appears in print on page A12 of the Example Post.", "metadata"),
        # an italic bio whose outlet's name holds "&"; a bio's second sentence about training; where the reporters
        # were; a market data box
        ("*Lena Vos is Rail & Road Weekly's Central Europe editor.", "author bio"),
        ("She trained as a mining engineer in Sopron and worked underground for six years.", "author bio"),
        ("Anna Berg reported from Tromsø, Jonas Lie from Bergen.", "metadata"),
        ("Market data delayed by at least 15 minutes.", "metadata"),
    ],
)
def test_bio_appeal_and_print_notes(line, reason):
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        "The fund covers repairs for 1,200 homes, the council said.",
        "Anna Berg covers the cost of the repairs herself, she told the court.",
        "Thanks to the rowing club's 300 members, the old boathouse reopened in March after a long repair.",
        "Printed ballots ran out at 12 polling stations, officials said.",
        "Éva Lindqvist is the town's mayor and said the council would appeal.",
        "The chart shows the jobless rate rising in every region since 2019.",
        "Police reported from the scene that 12 people had been hurt.",
        "Deliveries were delayed by at least 15 minutes at every station, the operator said.",
        "The engineer trained as a miner in Sopron, the company said.",
    ],
)
def test_article_sentences_like_those_notes_stay_article_text(line):
    assert classify(line).strength < 2


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Storm helpline: anyone who needs shelter should call the county hotline. Lines are open all night.",
         "service notice"),
        ("Gallery: 18 photos from the flooded river town", "related link"),
        ("Sponsored: Try the Harbour Hour podcast, new episodes on Fridays.", "related link"),
        ("This article is for information only and is not a substitute for professional medical advice.",
         "metadata"),
        ("Port Weekly: the briefing 12,000 shipping managers read. Sign up free.", "newsletter"),
        ("Volunteers fill sandbags beside the old bridge on Sunday. (Gazette photo: Lea Brandt)", "caption"),
        ("The Harbour Gazette has gathered a list of trusted groups collecting food for families who lost their "
         "homes. Please do not take blankets to the sports hall, which is already full.", "service notice"),
    ],
)
def test_service_boxes_galleries_disclaimers_and_credits(line, reason):
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Police said 40 people called the hotline on Monday, twice as many as on Sunday.",
        'The mayor said: "Please do not travel unless you must." Roads were closed across the valley.',
        "Officials urged residents to please stay away from the river banks, where 12 homes collapsed.",
        "Lawyers compiled lists of defendants who were fit to serve and prepared to sign up.",
        "The video showed 12 soldiers crossing the river near the border post.",
    ],
)
def test_article_sentences_near_service_and_sign_up_cues_stay_article_text(line):
    assert classify(line).strength < 2


def test_a_standfirst_above_the_byline_is_the_page_header():
    page = ["World | Europe | Business", "After the storm, a harbour town counts the cost",
            "The storm was the worst the coast has seen in decades. Officials expect the damage bill to rise.",
            "By Lena Brandt", "Reporting from Harwick", *BODY]
    reasons = dict(mark("\n\n".join(page) + "\n"))
    assert reasons[page[2]] == "headline"
    assert reasons["By Lena Brandt"] == "metadata" and reasons["Reporting from Harwick"] == "metadata"
    assert all(reasons[b] == "" for b in BODY)


@pytest.mark.parametrize(
    "line, reason",
    [
        # a career told of a named writer: how long they have written about something, and nothing else checkable
        ("Ines Varga has written about pensions for 12 years and is a former president of the Money Writers' Guild.",
         "author bio"),
        ("Colm Dunne has covered Dublin City Council since 2014.", "author bio"),
        ("Priya Natarajan has been reporting on transport for more than a decade.", "author bio"),
        ("Dr Ruth Amsel has written on public health for two decades.", "author bio"),
        # the reader told where to look something up or whom to call
        ("Residents can check whether their street is affected on the council's online map.", "service notice"),
        ("Passengers should call the airline's information line or check its app before travelling.",
         "service notice"),
        ("Road closures can change at short notice. Drivers can check the county's live traffic map.",
         "service notice"),
        ("Anyone worried about a relative can call the hospital's emergency number.", "service notice"),
    ],
)
def test_career_bios_and_how_to_check_lines(line, reason):
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        # a figure, an attribution or an act: the story's own facts, even in those words
        "Anna Berg has covered the cost of repairs since 2019, the council said.",
        "Anna Berg has covered the cost of repairs since 2019.",
        "Customers can check whether they were affected on the company's website, it said.",
        "Residents can check the county's online map, where 1,400 homes are now marked for evacuation.",
        "The river rose two metres overnight. Residents can check the county's online flood map for 14 villages.",
        "The mayor has written about the flood for years.",
        "People can visit the exhibition free of charge until the end of the month.",
        "Mira Holm has covered 40 per cent of the fund from her own savings since 2020.",
        "Jonas Weber has reported on the flood for 20 minutes every hour since dawn.",  # (minutes: no career)
    ],
)
def test_article_sentences_like_bios_and_how_to_lines_stay_article_text(line):
    assert classify(line).strength < 2


def test_a_sign_up_word_in_an_attributed_statement_is_the_storys():
    """"Velmar said it would offer free roadside assistance, which normally requires a paid subscription": one
    sign-up word in what a company said is the story, even just before a newsletter box."""
    said = ("Velmar said it would offer free roadside assistance, which normally requires a paid subscription, to "
            "all affected owners until their cars are repaired.")
    assert classify(said).strength == 0
    text = "\n".join(BODY + [said, "Sign up for our motoring newsletter", "Enter your email address"])
    assert dict(mark(text))[said] == ""


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Also on Harbour Weekly: Ferry fares to rise again in the spring", "related link"),
        ("Readers' letters: 'Why does the ferry never run on time?'", "related link"),
        ("Letters to the editor: Keep the night buses running", "related link"),
        ("The Harbour Gazette is not responsible for the content of external sites.", "metadata"),
        ("Harbour Weekly is not responsible for the content of external websites.", "metadata"),
    ],
)
def test_related_links_letters_and_external_site_disclaimers(line, reason):
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry company said it was not responsible for the delays, which lasted 40 minutes.",
        "Also on Monday, 12 ferries were cancelled because of the storm.",
        "Letters sent to 4,000 households on Friday warned of the fare rise.",
    ],
)
def test_article_sentences_like_related_links_stay_article_text(line):
    assert classify(line).strength < 2


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Get unlimited access for $2 a week.", "newsletter"),
        ("Try unlimited digital access free for a month.", "newsletter"),
        ("Ines Marlow has reported for the Courier since 2016 and covers transport.", "author bio"),
        ("Ines Marlow has written for the Courier for ten years.", "author bio"),
    ],
)
def test_paywall_offers_and_career_bios(line, reason):
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        "The minister has reported for duty since 2014, aides said.",
        "Unlimited overtime was banned in 2019, the union said.",
    ],
)
def test_article_sentences_like_paywalls_and_bios_stay_article_text(line):
    assert classify(line).strength < 2


@pytest.mark.parametrize(
    "line",
    [
        "Maren Holt writes about retail, consumer goods and the food industry. She joined the Ledger in 2019.",
        "Tomas Vik covers energy and climate.",
        "*Ilse Brand writes on health and public services for The Harbour Weekly.*",
        "Ilse Brand reports about farming and fisheries.",
    ],
)
def test_a_beat_bio_without_its_outlet_is_boilerplate(line):
    """"<Name> writes about <beat>." (then "She joined the Ledger in 2019."): the author's line, no claim."""
    assert (classify(line).reason, classify(line).strength) == ("author bio", 2)


@pytest.mark.parametrize(
    "line",
    [
        "Maren Holt writes about the 2019 merger in her new book, published on Monday.",
        "Chancellor Vik covers 40% of the cost from the reserve.",
    ],
)
def test_a_sentence_like_a_beat_bio_with_a_figure_stays_article_text(line):
    assert classify(line).strength < 2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Did you find this useful? Harbour News is free to read. Support public broadcasting by sharing our stories.",
         "donation appeal"),
        ("Reporting: Ana Ruiz and the Harbour newsroom.", "metadata"),
        ("Kai Lund is Harbour Daily's northern Europe correspondent, based in Oslo.", "author bio"),
        ("Never miss a story: get the Harbour Daily app and turn on alerts for World news.", "service notice"),
        ("Download our app for the latest.", "service notice"),
    ],
)
def test_free_to_read_credit_colon_outlet_correspondent_and_app_pleas(line, reason):
    """"<Outlet> is free to read", "Reporting: <names>", "<Name> is <Outlet>'s <region> correspondent" and the
    outlet's app plea are the page's, not the story's."""
    assert (classify(line).reason, classify(line).strength) == (reason, 2)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry urged residents to download the government app to receive alerts.",
        "The museum is free to visit for anyone with a library card, the council said.",
        "Reporters were kept 2 km from the crater by police on Tuesday.",
    ],
)
def test_sentences_about_apps_and_reporting_stay_article_text(line):
    assert classify(line).strength < 2


def test_an_offer_of_the_outlets_periodic_bulletin_is_page_noise():
    """"Get Furrow & Field's weekly bulletin: ..., every Monday morning" is a sign-up line; a story's sentence about a
    bulletin, or about something done every week, is not."""
    assert classify("Get the Dunmore Courier's weekly bulletin: markets, weather and policy for growers, every "
                    "Monday morning.").reason == "newsletter"
    assert is_boilerplate("Receive our daily briefing on the region's farms.")
    assert classify("The ministry will publish an update on the harvest every Friday.").reason == ""
    assert classify("Officials said farmers can get the ministry's weekly bulletin free of charge.").reason == ""


@pytest.mark.parametrize(("text", "noise"), [
    ("Under it, farmers can postpone their social-insurance contributions for three months.", False),
    ("Employers will contribute to the fund from April.", False),
    ("Pension contributions rise to 9% next year.", False),
    ("Make a contribution today.", True),
    ("Your contribution keeps us independent.", True),
    ("Contribute to The Ledger.", True),
])
def test_a_contribution_is_an_appeal_only_when_it_is_the_readers(text, noise):
    """A reader's contribution is an appeal; a pension's or an employer's is the story's (a short line with the
    word alone was dropped as page noise)."""
    assert (classify(text).reason == "donation appeal") is noise


def test_us_dollars_are_no_voice_of_the_outlet():
    """"US$1.2 million" is money, not the outlet saying "us": a sentence about donors stays at most a weak appeal."""
    v = classify("Kestmark is not the only donor. Valdane has promised 20 million crowns, and the relief fund has "
                 "released US$1.2 million from its reserve.")
    assert v.strength < classify("Donations help us keep reporting.").strength


@pytest.mark.parametrize(
    "line",
    [
        "This is a developing story and will be updated.",
        "This is a breaking news story.",
        "This is a developing story, which will be updated as more details emerge.",
        "This story will be updated as more information becomes available.",
        "More to follow.",
        "Check back for updates.",
    ],
)
def test_a_note_that_the_story_is_developing_is_about_the_page(line):
    """"This is a developing story and will be updated": a note about the page, never a claim."""
    assert classify(line).strength == 2


@pytest.mark.parametrize(
    "line",
    [
        "This is a developing story in which 40 people died.",
        "Police said this is a developing situation.",
    ],
)
def test_a_sentence_about_a_developing_situation_stays_article_text(line):
    assert classify(line).strength < 2


@pytest.mark.parametrize(
    "line",
    [
        "Opinion: The levy is gone. The deficit is not.",
        "Analysis: Why ferries still run on a single booking system",
        "Explainer: Who pays when a bridge closes?",
        "Factbox: Europe's costliest floods since 2000",
    ],
)
def test_a_kicker_labelled_line_is_a_link_to_another_piece(line):
    """"Opinion: ...", "Analysis: ...", "Explainer: ..." lines in a related box name other pieces: no claims."""
    assert (classify(line).reason, classify(line).strength) == ("related link", 2)


@pytest.mark.parametrize("line", [
    "A street vendor shades his fruit stall with wet sacking against the heat in Varno, Korvan province, on June 17, "
    "2031.",
    "The former chief executive leaves the courthouse with her lawyers after the jury's second note in Harlow, "
    "Westmarch, January 3, 2031.",
])
def test_a_photo_caption_closing_on_place_and_full_date_is_a_caption(line):
    """A wire photo's caption ends on where and when the picture was taken, the full day after the place."""
    assert classify(line).reason == "caption"


@pytest.mark.parametrize("line", [
    "The agreement was signed in Harlow, Westmarch, on June 17, 2031.",
    "Officials said the decree took effect in Varno on June 17, 2031.",
])
def test_report_prose_ending_on_a_full_date_is_no_caption(line):
    assert classify(line).reason != "caption"


@pytest.mark.parametrize("line", [
    "The post Dock strike ends as union and employers agree on pay rise appeared first on Harbour Freight News.",
    "Find more articles by Ana Ruiz here.",
])
def test_a_feeds_footer_and_an_author_page_link_are_page_furniture(line):
    assert classify(line).reason == "metadata"


def test_a_post_office_is_no_feed_footer():
    assert classify("The post office in Harlow reopened on Monday after 40 staff returned to work.").reason == ""


@pytest.mark.parametrize("text", [
    "Firefighters and rescue workers stand at the site of the collapsed bridge in Harrow.",
    "People in hard hats work amid rubble.",
    "Houses burn amid the spread of wildfires in Kessa, Valdesia February 3, 2031.",
    "Relatives mourn near the remains of people who died after drinking tainted liquor.",
    "A woman weeps outside the hospital in Dorvik.",
    "Commuters wait next to a stalled tram near Halden station.",
])
def test_a_scene_told_in_the_simple_present_is_a_caption(text):
    """A photo's caption tells the scene in the simple present; report prose tells what happened, or who said so."""
    assert classify(text).reason == "caption"


@pytest.mark.parametrize("text", [
    "The toll from the blaze now stands at 11.",
    "A desperate search for survivors entered a second day on Friday.",
    "Kessa continues the search for survivors on Thursday.",
    "Rescue teams search for survivors, the governor said.",
    "About 1,000 islanders work on the boats.",
])
def test_report_prose_in_the_present_is_no_caption(text):
    assert classify(text).reason != "caption"


def test_a_paragraph_printed_twice_in_a_row_is_page_furniture():
    """A picture's caption scraped as its alt text and again under it: report prose never repeats a paragraph word
    for word, so both copies are furniture; the same words once, or apart, stay article text."""
    caption = "The sister of one of the drivers who died in the March 3 crash waits at the gate of the depot in Harlow."
    marked = mark("\n".join(BODY[:2] + [caption, caption] + BODY[2:]))
    assert [r for t, r in marked if t == caption] == ["caption", "caption"]
    assert [r for t, r in marked if t in BODY] == [""] * 4
    assert [r for t, r in mark("\n".join(BODY[:2] + [caption] + BODY[2:])) if t == caption] == [""]
    assert [r for t, r in mark("\n".join([BODY[0], caption] + BODY[1:3] + [caption, BODY[3]]))
            if t == caption] == ["", ""]


def test_a_wire_caption_ending_on_the_pictures_day_is_a_caption():
    """A wire photo's caption ends its scene on the picture's day after the place, with no 'on' ("..., Friday, Nov.
    26, 2031."); report prose says 'on Friday' or gives no year."""
    assert classify("A fire engine stands at the gate of the Harlow depot, right, near Dorvik, Valdesia, Friday, "
                    "Nov. 26, 2031. A blast at the depot on Thursday killed six drivers, officials said.").reason == "caption"
    assert classify("The depot reopened on Friday, Nov. 26, 2031, the operator said.").reason != "caption"
    assert classify("Six drivers were killed at the depot, officials said Friday.").reason != "caption"


def test_a_caption_printed_again_with_or_without_its_credit_is_a_caption():
    """The caption printed once bare and once with its credit (or once with its label and once with the
    photographer's name glued on) is one caption; a body paragraph beside a caption stays article text."""
    bare = "Rescue workers ride a loader into the flooded valley north of Dorvik."
    credited = bare + " (Photo: Eurowire/Harbour Daily)"
    marked = dict(mark("\n".join(BODY[:2] + [bare, credited] + BODY[2:])))
    assert marked[credited] == "caption" and marked[bare] == "caption"
    assert [marked[t] for t in BODY] == [""] * 4
    labelled = "Image: The judge reads out the sentence in Harlow on March 13, 2031."
    glued = "The judge reads out the sentence in Harlow on March 13, 2031.Ana Ruiz"
    marked = dict(mark("\n".join(BODY[:2] + [labelled, glued] + BODY[2:])))
    assert marked[labelled] == "caption" and marked[glued] == "caption"
    assert [marked[t] for t in BODY] == [""] * 4


@pytest.mark.parametrize("line", [
    "As of this writing, Ana Ruiz did not hold a position in any of the aforementioned securities.",
    "The author has no position in any of the stocks mentioned.",
    "Stay updated with the latest - Click here to follow us on Instagram",
])
def test_a_writers_disclosure_and_a_call_to_follow_are_page_notes(line):
    assert classify(line).reason == "metadata"


@pytest.mark.parametrize("line", [
    "Shares in Korvel did not hold their gains in any of the following sessions.",
    "The fund said it did not hold a position in Korvel after March.",
    "Officials urged residents to follow the evacuation orders on the radio.",
])
def test_report_prose_about_positions_and_following_is_no_page_note(line):
    assert classify(line).reason == ""


def test_a_note_on_the_writer_under_the_writers_name_is_an_author_box():
    bio = "Diane is a keen gardener. She writes on markets and energy for the site."
    marked = dict(mark("\n".join(BODY + ["Diane K. Morrow", bio])))
    assert marked[bio] == "author bio"
    assert [marked[t] for t in BODY] == [""] * 4
    # a story's paragraph after a line that is no name stays the story's
    prose = "Diane is the third storm to reach the coast this year, forecasters said."
    assert dict(mark("\n".join(BODY[:2] + ["Storm warning", prose] + BODY[2:])))[prose] == ""


def test_a_scene_above_a_credit_in_brackets_and_a_caption_around_its_credit_are_captions():
    """'Rescue workers carry a body at the port on Wednesday.' over '(Ana Ruiz / Eurowire)' is that picture's caption,
    as is a caption printed on both sides of its credit line and one that closes on '(The Associated Press)'; a
    report's sentence over a 'Source: ...' line, or one telling what was said, stays article text."""
    scene = "Rescue workers carry a body at the port of Dorvik on Wednesday."
    marked = dict(mark("\n".join(BODY[:2] + [scene, "(Ana Ruiz / Eurowire)"] + BODY[2:])))
    assert marked[scene] == "caption" and [marked[t] for t in BODY] == [""] * 4
    lede = "Korvel layoffs will have the company reducing its headcount by as much as 9,000 employees."
    assert dict(mark("\n".join([lede, "Source: Ana Ruiz / Stockpix.com"] + BODY)))[lede] == ""
    said = "Rescue workers said they carried a body from the port of Dorvik on Wednesday."
    assert dict(mark("\n".join(BODY[:2] + [said, "(Ana Ruiz / Eurowire)"] + BODY[2:])))[said] == ""
    twice = "Relatives cry while waiting for news at the port of Dorvik."
    marked = mark("\n".join(BODY[:2] + [twice, "Reuters", twice] + BODY[2:]))
    assert [r for t, r in marked if t == twice] == ["caption", "caption"]
    assert classify("State television said the quake was the strongest to hit the region in 14 years. "
                    "(The Associated Press)").reason == "caption"


def test_a_lede_printed_twice_keeps_its_second_copy_as_article_text():
    """A report's opening sentence printed again as the standfirst above it ('..., the mayor said.' twice): the first
    copy is the page's header, the second the article's own sentence."""
    lede = "The council approved the plan on Tuesday, the mayor said."
    marked = mark("\n".join([lede, lede] + BODY[1:]))
    assert [r for t, r in marked if t == lede] == ["headline", ""]


@pytest.mark.parametrize("line", [
    "The Eurowire news agency contributed to this report.",
    "Ana Ruiz contributed reporting from Velikar.",
])
def test_a_contributors_credit_is_page_metadata(line):
    assert classify(line).reason == "metadata"


@pytest.mark.parametrize("line", [
    "Three unions contributed to the strike fund, which reached 2.4 million euros in May.",
    "The drought contributed to the harvest's fall, the ministry said.",
])
def test_report_prose_about_contributing_is_no_credit(line):
    assert classify(line).reason == ""


def test_a_caption_closing_on_an_agency_credit_in_capitals_is_a_caption():
    """'... in Harlow on Tuesday, April 16, 2031. HARBOUR PRESS/Ana Ruiz': the photographer's credit after the
    caption's last full stop, the agency in capitals; a ratio or a date with a slash in prose is no credit."""
    caption = ("The finance minister arrives at a cabinet meeting in Harlow on Tuesday, April 16, 2031, before "
               "presenting the budget to parliament. HARBOUR PRESS/Ana Ruiz")
    assert classify(caption).reason == "caption"
    assert dict(mark("\n".join(BODY[:2] + [caption] + BODY[2:])))[caption] == "caption"
    prose = ("The deficit fell to 2.1% of output in the year to March, the finance ministry said in a statement "
             "on Tuesday, citing stronger tax receipts and lower interest costs than planned in 2030/31.")
    assert classify(prose).reason == ""


def test_a_crosshead_the_next_paragraph_tells_again_is_page_furniture():
    """A short line with no full stop inside the body, told again by the paragraph under it ('The fire started in a
    ventilation shaft' over 'The fire started when coal dust caught light in a ventilation shaft ...'), is a
    crosshead; a list item, a line closing on a colon and a short line the next paragraph does not retell stay."""
    head = "The fire started in a ventilation shaft of the mine"
    told = ("A source told the Eurowire agency that the fire started when coal dust caught light in a ventilation "
            "shaft of the mine, 250 metres underground, on Thursday morning.")
    marked = dict(mark("\n".join(BODY[:2] + [head, told] + BODY[2:])))
    assert marked[head] == "headline" and marked[told] == ""
    assert [marked[t] for t in BODY] == [""] * 4
    item = "- Defence: EUR 6.8 billion in the budget"
    lst = ["The main items, as listed in the budget review:", item,
           "- Education and culture: EUR 6.9 billion, down 210 million from the budget of the year before, said the review."]
    marked = dict(mark("\n".join(BODY[:2] + lst + BODY[2:])))
    assert marked[item] == ""
    other = "Rescuers reached the lower gallery at noon"
    marked = dict(mark("\n".join(BODY[:2] + [other] + BODY[2:])))
    assert marked[other] == ""


@pytest.mark.parametrize("line, reason", [
    ("The views expressed in reader comments on harbourdaily.com are those of their authors, not of the paper.",
     "service notice"),
    ("The views expressed are the author's own.", "service notice"),
    ("Ana Ruiz—Eurowire via Getty Images A Dorvik hatchback's front airbags on display at a dealer in Harlow, on "
     "Thursday, April 11, 2031.", "caption"),
])
def test_a_comments_disclaimer_and_a_caption_opening_on_its_credit_are_page_furniture(line, reason):
    assert classify(line).reason == reason


@pytest.mark.parametrize("line", [
    "The views expressed by the minister were rejected by 60% of voters in a poll on Monday, the paper said.",
    "Sales via online shops rose 40% in the year to March, the company said in a statement on its results.",
])
def test_report_prose_about_views_or_via_is_article_text(line):
    assert classify(line).reason == ""


def test_a_standfirst_above_a_byline_glued_to_its_outlet_is_the_header():
    """'ByHarbour News' (the scrape lost the space after 'By') is a byline: the lines above it are the header."""
    text = "\n".join(["Regulators admit their count came up short",
                      "A website to check whether a car is one of the 7.8 million affected went down.",
                      "ByHarbour News", "October 22, 2031"] + BODY)
    marked = dict(mark(text))
    assert marked["A website to check whether a car is one of the 7.8 million affected went down."] == "headline"
    assert [marked[t] for t in BODY] == [""] * 4


@pytest.mark.parametrize("line, reason", [
    ("The verdict is in. Here's what you need to know.", "headline"),
    ("Here's everything we know so far about the crash", "headline"),
    ("Ana Ruiz was sentenced to 47 months in prison on Thursday, the court said.", ""),
    ("Officials said here is what the plan costs: 4 billion euros over five years, the ministry said on Monday.", ""),
    # a subheading promising a list, after a teaser of its own, with no full stop and no figure on the line
    ("Demand for the new slimming pills keeps growing. Here are the firms racing to make them", "headline"),
    ("Here's how the new parking rules work", "headline"),
    ("Prices rose 4% in May. Here is how the new rules work", ""),
    ("Here are the results of the vote.", ""),
])
def test_a_pages_promise_of_what_you_need_to_know_is_its_header(line, reason):
    assert classify(line).reason == reason


def test_a_page_flattened_into_one_line_keeps_its_story_beside_the_appeal():
    # a scraped page whose share buttons, story and donation appeal all sit on one line: the story is article text;
    # the same appeal standing alone is still an appeal
    story = ("Share on Facebook Share on Twitter Harbour traffic falls Economy Mar 4, 2025 The port of Tamsen handled "
             "1.2 million containers in February, the harbour board said on Tuesday. Freight volumes fell 6 percent "
             "from January, with grain shipments hit hardest by the frozen canal. Dock workers at the Dorvik terminal "
             "were sent home for three days while the ice was cleared. The board expects traffic to recover by April, "
             "when two new cranes enter service. Officials said the closure cost shippers about 40 million crowns. ")
    appeal = "Local reporting needs readers like you. Give what you can today! Donate now"
    assert classify(story + appeal).reason == ""
    assert classify(appeal).reason == "donation appeal"
    text = story + appeal + "\n"
    assert boilerplate_reasons(text, [(0, len(text) - 1)]) == [""]


@pytest.mark.parametrize("line", [
    "epa01234567 Cranes stand idle at the Ostby container terminal in a picture released by its owner on 05 March "
    "2031. The owner, the Tamsen port authority, hopes to sell the terminal before the summer and has said it expects "
    "bids above 2 billion crowns, far more than the 1.4 billion the Halden yards fetched in 2024.",
    "A handout photo released by the Dorvik fire service shows crews at the warehouse on Monday.",
])
def test_an_agency_pictures_caption_is_page_furniture_however_long(line):
    assert classify(line) == Verdict("caption", 2)


def test_a_caption_printed_twice_around_a_credit_broken_over_lines_is_page_furniture():
    caption = ("Former Ostnet chief Orla Vossberg walks into the courthouse in Dorvik on Friday morning. A jury found her "
               "guilty on three bribery charges.")
    text = "\n".join([caption, "Arno Valk", "/", "Eurowire Images", caption] + BODY)
    marked = mark(text)
    assert [r for t, r in marked if t == caption] == ["caption", "caption"]
    assert [r for t, r in marked if t in BODY] == [""] * 4


# --------------------------------------------------------------- session 56: wire captions, local promos, watch links


def test_a_wire_file_pictures_caption_of_any_length_is_a_caption():
    caption = ("FILE - In this March 3, 2029, file photo, ferries wait out a storm in the harbour at Kessa. The port "
               "authority has shut the harbour to all traffic after the sea wall cracked in two places during the "
               "gales of the past week. The closure, ordered on Friday, Nov. 14, 2031, covers the ferry and cargo "
               "quays, which the authority says will stay shut until divers have checked the whole wall. (Ostnet "
               "Photo/Ana Ruiz, File)")
    assert len(caption.split()) > 60
    assert classify(caption).reason == "caption"
    assert classify("FILE PHOTO: A view of the Dorvik refinery at dusk.").reason == "caption"
    # a report's own paragraph that quotes a file is no caption
    assert classify("The file shows the reservoir fell to 43% of capacity, officials said.").reason == ""


def test_a_local_sites_own_promotion_is_boilerplate():
    v = classify("Find out what's happening in Tamsen, with the latest news from the Ostby Courier.")
    assert v == Verdict("newsletter", 2)  # (strong: a paragraph of its own, whatever surrounds it)


def test_a_link_to_watch_or_read_more_is_boilerplate():
    assert classify("To watch the full briefing, go to https://ost.by/3Ab9x.").reason == "service notice"
    assert classify("To watch the final, crowds gathered in the main square.").reason == ""


def test_a_standfirst_that_promises_what_to_know_is_no_claim():
    assert classify("Ferries will stop running at dusk from Monday while the harbour wall is mended. "
                    "What to know.").reason == "headline"
