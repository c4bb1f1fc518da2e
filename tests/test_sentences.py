"""Sentence splitting: abbreviations, decimals, quotes, dashes, initials, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.sentences import split_sentences, split_span, split_text
from tests.test_pipeline_helpers import make_doc


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The law was signed on Oct. 2. It takes effect at once.", ["The law was signed on Oct. 2.", "It takes effect at once."]),
        ("The vote is due Sept. 30. Nobody expects surprises.", ["The vote is due Sept. 30.", "Nobody expects surprises."]),
        ("The U.K. Defense Ministry said so. Others agreed.", ["The U.K. Defense Ministry said so.", "Others agreed."]),
        ("U.S. officials declined to comment. Later they spoke.", ["U.S. officials declined to comment.", "Later they spoke."]),
        ("She moved to the U.S. The job was there.", ["She moved to the U.S.", "The job was there."]),
        ("Gen. Ivanov arrived. He left.", ["Gen. Ivanov arrived.", "He left."]),
        ("They met in St. Petersburg. Then they flew home.", ["They met in St. Petersburg.", "Then they flew home."]),
        ("He lives at No. 10 on the square. It is old.", ["He lives at No. 10 on the square.", "It is old."]),
        ("Mr. Smith met Dr. Jones on Monday. Both smiled.", ["Mr. Smith met Dr. Jones on Monday.", "Both smiled."]),
        ("Prices rose 0.4% in Jan. 2023. They fell later.", ["Prices rose 0.4% in Jan. 2023.", "They fell later."]),
        ("\u201cWe will stay,\u201d she said. He nodded.", ["\u201cWe will stay,\u201d she said.", "He nodded."]),
        ("It was the end.\u201d Next came the vote.", ["It was the end.\u201d", "Next came the vote."]),
        ("The port\u2014closed since May\u2014reopened. Ships came.", ["The port\u2014closed since May\u2014reopened.", "Ships came."]),
        ("J. R. R. Tolkien wrote it. Readers loved it.", ["J. R. R. Tolkien wrote it.", "Readers loved it."]),
        ("One. Two is here! Is three? Four.", ["One.", "Two is here!", "Is three?", "Four."]),
        ("\u201cIs it over?\u201d he asked. Nobody knew.", ["\u201cIs it over?\u201d he asked.", "Nobody knew."]),
        # a sentence whose capital the scrape lost still starts after an ordinary word's full stop
        ("The gauges tell the story. more than 200 mm of rain fell.", ["The gauges tell the story.",
                                                                       "more than 200 mm of rain fell."]),
        # but not after an abbreviation
        ("It cost approx. three million. See fig. two below.", ["It cost approx. three million.", "See fig. two below."]),
        ("Sales were up vs. last year, incl. exports.", ["Sales were up vs. last year, incl. exports."]),
        # a scrape that lost the space after a full stop: the next capitalised word still opens a sentence
        ("Flames spread fast, officials said.Port Verla's mayor confirmed 12 deaths.",
         ["Flames spread fast, officials said.", "Port Verla's mayor confirmed 12 deaths."]),
        ("The ministry raised its toll to 41.It says 17 are missing.", ["The ministry raised its toll to 41.",
                                                                        "It says 17 are missing."]),
        ("No overall toll was given.A tally put it at 1,046.", ["No overall toll was given.", "A tally put it at 1,046."]),
        # but not inside a web address, a decimal or an abbreviation
        ("Read more at www.Harbourpost.com today.", ["Read more at www.Harbourpost.com today."]),
        ("The U.S.Army sent 300 troops.", ["The U.S.Army sent 300 troops."]),
    ],
)
def test_split(text, expected):
    assert split_text(text) == expected


@pytest.mark.parametrize("abbr", ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
                                  "Dec."])
def test_month_abbreviations_before_a_day_do_not_split(abbr):
    assert split_text(f"It happened on {abbr} 14 last year. Then it stopped.") == [
        f"It happened on {abbr} 14 last year.", "Then it stopped."]


def test_offsets_point_into_the_document_and_skip_boilerplate():
    text = "Header line without stop\nFirst one. Second one.\nDonate now. Please."
    doc = make_doc("d", text, boilerplate=(2,))
    sents = split_sentences(doc)
    assert [text[s.start:s.end] for s in sents] == ["Header line without stop", "First one.", "Second one."]
    assert [s.paragraph for s in sents] == [0, 1, 1]
    assert len(split_sentences(doc, include_boilerplate=True)) == 5


def test_non_ascii_offsets_are_code_points():
    text = "Der Bürgermeister sagte „nein“. Привет мир. 東京は大きい."
    spans = list(split_span(text, 0, len(text)))
    assert [text[a:b] for a, b in spans][:2] == ["Der Bürgermeister sagte „nein“.", "Привет мир."]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\u201c\u201d\"'\n,0123456789UKS\u2014")), max_size=120))
def test_spans_are_ordered_trimmed_slices(text):
    last = 0
    for a, b in split_span(text, 0, len(text)):
        assert 0 <= last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b


def test_a_title_glued_to_the_sentence_before_opens_the_next():
    """"... in Vossberg.Dr. Ana Ruiz said ...": scrape damage glued the stop to a title and a name; the sentence ends
    before the title, not after it. A title inside a sentence stays inside it."""
    t = ("The board met for six hours in Vossberg.Dr. Ana Ruiz, its chair, said the vote was close. He met "
         "Dr. Ruiz in Vossberg.")
    assert split_text(t) == ["The board met for six hours in Vossberg.",
                             "Dr. Ana Ruiz, its chair, said the vote was close.",
                             "He met Dr. Ruiz in Vossberg."]


def test_a_bracketed_code_after_a_full_stop_opens_a_new_sentence():
    """A flattened page keeps an embed's code in the text ("... 18 months. [video-embed id=”4”] Prices ..."): the
    sentence before ends at its full stop, not inside the code."""
    t = "Trials ran for 18 months in Orla. [video-embed no-ads=”true”] Prices vary widely."
    assert split_text(t) == ["Trials ran for 18 months in Orla.",
                             "[video-embed no-ads=”true”] Prices vary widely."]


@pytest.mark.parametrize(("text", "first"), [
    ("click to download audioOfficials said 40 homes were lost. Crews worked overnight.", "click to download audio"),
    ("AdvertisementThe storm reached Ostby on Friday.", "Advertisement"),
    ("Listen to this articleThe council met on Monday.", "Listen to this article"),
])
def test_a_control_label_glued_to_a_paragraphs_first_word_is_a_sentence_of_its_own(text, first):
    got = split_text(text)
    assert got[0] == first and got[1][:1].isupper() and "".join(got).replace(" ", "") == text.replace(" ", "")


def test_a_paragraph_opening_on_an_ordinary_word_is_not_cut():
    assert split_text("Watchmakers in Ostby cut 40 jobs.") == ["Watchmakers in Ostby cut 40 jobs."]
    assert split_text("Playgrounds reopened on Monday.") == ["Playgrounds reopened on Monday."]
