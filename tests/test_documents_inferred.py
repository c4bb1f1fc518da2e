"""Outlet and publication date of a plain-text page, inferred from the page's own furniture when it has no
header (issue 10 item 6): invented pages, never the seeds' lines."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.documents import load_document

BODY = ("The council approved the plan on Tuesday, the mayor said.\n\n"
        "About 300 homes will be built on the site by 2027, officials said.\n\n")


@pytest.mark.parametrize(("furniture", "outlet"), [
    ("Support The Harbour Gazette!\n\n", "The Harbour Gazette"),
    ("Subscribe to the Valley Courier for daily news.\n\n", "The Valley Courier"),
    ("Millions read the Coastal Ledger, but few pay for it.\n\n", "The Coastal Ledger"),
    ("HARBOURTON, March 4, 2025 (Example Wire) - ", "Example Wire"),
    ("© 2025 Northline Media\n\n", "Northline Media"),
])
def test_outlet_named_by_the_page_itself(tmp_path, furniture, outlet):
    f = tmp_path / "page.txt"
    text = furniture + BODY if not furniture.startswith("©") else BODY + furniture
    f.write_text(text, encoding="utf-8")
    assert load_document(f).outlet == outlet


def test_no_furniture_no_outlet(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(BODY, encoding="utf-8")
    assert load_document(f).outlet == ""


@pytest.mark.parametrize(("line", "date"), [
    ("Published Tuesday 4 March 2025", dt.date(2025, 3, 4)),
    ("HARBOURTON, March 4, 2025 (Example Wire) - The council met.", dt.date(2025, 3, 4)),
])
def test_publication_date_near_the_top(tmp_path, line, date):
    f = tmp_path / "page.txt"
    f.write_text(line + "\n\n" + BODY, encoding="utf-8")
    assert load_document(f).date == date


def test_a_date_without_its_year_is_not_guessed(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text("HARBOURTON, March 4 (Example Wire) - The council met.\n\nThe 2030 plan was approved.\n\n" + BODY,
                 encoding="utf-8")
    assert load_document(f).date is None


@pytest.mark.parametrize(("name", "text", "url"), [
    ("a.txt", "URL: https://harbour.example/2025/03/plan\n\n" + BODY, "https://harbour.example/2025/03/plan"),
    ("b.txt", "Source: https://wire.example/story/1\n\n" + BODY, "https://wire.example/story/1"),
    ("c.md", "---\ntitle: Plan\nurl: https://valley.example/plan\n---\n\n" + BODY, "https://valley.example/plan"),
    ("d.html", '<html><head><link rel="canonical" href="https://coast.example/a/1"><title>Plan</title></head>'
               "<body><article><p>" + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>",
     "https://coast.example/a/1"),
    ("e.txt", BODY, ""),
])
def test_the_article_address_when_the_file_gives_it(tmp_path, name, text, url):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    assert load_document(f).url == url


_BODY = ("The council confirmed on Monday that the Kesh ring road will close for six weeks from 2 March while "
         "engineers replace the flyover joints, a job it puts at 4.1 million crowns.\n\n"
         "Drivers will be sent through the town centre, where the council expects queues at peak times.\n\n")


@pytest.mark.parametrize(("top", "outlet", "title"), [
    # a masthead in capitals, its tagline and section links above the headline
    ("KESH LEDGER\nNews and views for the Kesh valley\n\nLocal | Roads\n\nRing road to shut for six weeks\n\n",
     "Kesh Ledger", "Ring road to shut for six weeks"),
    # in title case, named again in the page's own credits
    ("Kesh Evening Post\n\nHome > News > Roads\n\nRing road to shut for six weeks\n\n", "Kesh Evening Post",
     "Ring road to shut for six weeks"),
    # the masthead heading a block that goes on with the headline
    ("Kesh Evening Post\nRing road to shut for six weeks as flyover is repaired\nBy Ana Holm\n\n",
     "Kesh Evening Post", "Ring road to shut for six weeks as flyover is repaired"),
])
def test_a_masthead_is_the_outlet_and_the_headline_the_title(tmp_path, top, outlet, title):
    """A plain-text page opening on the outlet's name ("KESH LEDGER", "Kesh Evening Post") names its outlet there,
    not its headline; a tagline ("News and views for the Kesh valley") and section links ("Local | Roads") are
    furniture."""
    text = top + _BODY + "(c) 2026 Kesh Ledger and the Kesh Evening Post. All rights reserved.\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert (doc.outlet, doc.title) == (outlet, title)


@pytest.mark.parametrize(("top", "outlet", "title"), [
    # a name in title case that ends as newspapers' names do, never named again, over a section and the headline
    ("The Arnby Courier\nRoads\nRing road to shut for six weeks\nBy Ana Holm\n\n", "The Arnby Courier",
     "Ring road to shut for six weeks"),
    # a broadcaster's initials and its name, over section links
    ("KBN | Kesh Broadcasting Network\nNews | Regions | Listen live\n\nRing road to shut for six weeks\n\n",
     "Kesh Broadcasting Network", "Ring road to shut for six weeks"),
    ("KRN NEWS · Kesh Radio Network\n\nRing road to shut for six weeks\n\n", "Kesh Radio Network",
     "Ring road to shut for six weeks"),
    # an outlet and its region
    ("Valley News | Kesh\n\nRing road to shut for six weeks\n\n", "Valley News", "Ring road to shut for six weeks"),
    # a headline with its outlet names no masthead of two parts
    ("Ring road to shut | The Arnby Courier\n\nBy Ana Holm\n\n", "", "Ring road to shut | The Arnby Courier"),
])
def test_a_masthead_in_two_parts_or_ending_in_a_newspapers_word(tmp_path, top, outlet, title):
    """"The Arnby Courier" opening the page is its outlet even when the page never names it again; "KBN | Kesh
    Broadcasting Network" is the network whose initials the capitals spell; "Valley News | Kesh" the outlet of a
    region."""
    path = tmp_path / "story.txt"
    path.write_text(top + _BODY, encoding="utf-8")
    doc = load_document(path)
    assert (doc.outlet, doc.title) == (outlet, title)


def test_a_line_in_capitals_is_no_masthead_without_a_newspapers_word_or_a_second_mention(tmp_path):
    """"BREAKING" over a headline names no outlet; a one-word section ("Europe") is no headline."""
    path = tmp_path / "story.txt"
    path.write_text("BREAKING\n\nEurope\n\nRing road to shut for six weeks\n\n" + _BODY, encoding="utf-8")
    doc = load_document(path)
    assert (doc.outlet, doc.title) == ("", "Ring road to shut for six weeks")


@pytest.mark.parametrize("opening", [
    " date 2030-03-04 The council approved the plan on Tuesday, the mayor said.",
    "date 2030-03-04 The council approved the plan on Tuesday, the mayor said.\nAbout 300 homes will be built.",
])
def test_an_archive_date_stamp_is_the_pages_date_and_no_part_of_its_first_sentence(tmp_path, opening):
    """A stored copy of a web page opens with the day the archive gives it (" date 2030-03-04 The council ..."):
    that is the page's date, a line of metadata of its own, and the first claim starts after it."""
    from claims.pipeline import extract_all

    f = tmp_path / "page.txt"
    f.write_text(opening + "\n\n" + BODY, encoding="utf-8")
    doc = load_document(f)
    assert doc.date == dt.date(2030, 3, 4)
    first = doc.paragraphs[0]
    assert doc.text[first.start:first.end] == "date 2030-03-04" and first.reason == "metadata"
    assert doc.text[doc.paragraphs[1].start:doc.paragraphs[1].end].startswith("The council approved")
    claims = extract_all([doc])
    assert claims and claims[0].text.startswith("The council approved")
    assert not any("2030-03-04" in c.text for c in claims)


def test_a_date_in_the_first_sentence_is_no_stamp(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text("The update of 2030-03-04 added 12 routes, the operator said.\n\n" + BODY, encoding="utf-8")
    doc = load_document(f)
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end].startswith("The update of 2030-03-04 added")
