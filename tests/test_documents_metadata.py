"""The small metadata parsers: dates, header lines, bylines, front matter."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.metadata import (
    date_line,
    find_date,
    header_field,
    looks_like_title,
    parse_byline,
    parse_date,
    parse_front_matter,
)

D = dt.date(2024, 10, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-10-03", D),
        ("2024-10-03T09:15:00+00:00", D),
        ("2024/10/03", D),
        ("October 3, 2024", D),
        ("Oct. 3, 2024", D),
        ("Oct 3 2024", D),
        ("oct. 3, 2024", D),
        ("3 October 2024", D),
        ("3rd of October, 2024", D),
        ("Thursday, October 3, 2024 5:29 PM", D),
        ("Sept. 30, 2024", dt.date(2024, 9, 30)),
        ("03.10.2024", D),
        ("February 30, 2024", None),
        ("2024-13-01", None),
        ("October 2024", None),
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_date_takes_the_first():
    found = find_date("Updated 4 October 2024, first published 2024-10-03")
    assert found is not None and found[0] == dt.date(2024, 10, 4)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("October 3, 2024", D),
        ("Published: Oct. 3, 2024 at 5:29 p.m. EDT", D),
        ("Updated Thursday 3 October 2024 09:15 GMT", D),
        ("Moscow, Oct. 3, 2024", D),
        # a wire page's time with its offset from GMT, and how long ago it was updated
        ("October 3, 2024 4:18 PM GMT+1 Updated 3 hours ago", D),
        ("Published 3 October 2024 10:00 UTC+05:30", D),
        ("3 hours ago", None),
        ("KYIV, Ukraine, 3 October 2024", D),
        ("The law was signed on October 3, 2024 by the president.", None),
        ("5:29 PM", None),
    ],
)
def test_date_line(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Outlet: The Example Times", ("outlet", "The Example Times")),
        ("**Publication:** Example Weekly", ("outlet", "Example Weekly")),
        ("Title: A title: with a colon", ("title", "A title: with a colon")),
        ("Date: 2024-10-03", ("date", "2024-10-03")),
        ("Date: sometime soon", None),
        ("By: Jane Doe", ("byline", "Jane Doe")),
        ("Source: https://example.org/story", ("url", "https://example.org/story")),
        ("Goal: 1,000 new members for our birthday.", None),
        ("Photo: The Insider", None),
        ("Note: nothing", None),
    ],
)
def test_header_field(line, expected):
    assert header_field(line) == expected


@pytest.mark.parametrize(
    "line, byline, outlet, date",
    [
        ("By Jane Doe", "Jane Doe", "", None),
        ("by Jane Doe | The Example Times | October 3, 2024", "Jane Doe", "The Example Times", D),
        ("By Jane Doe, The Example Times", "Jane Doe", "The Example Times", None),
        ("By Jane Doe, Oct. 3, 2024", "Jane Doe", "", D),
        ("By Jane Doe, Moscow correspondent", "Jane Doe, Moscow correspondent", "", None),
        ("*By Jean-Luc de la Tour and Mary O'Neil*", "Jean-Luc de la Tour and Mary O'Neil", "", None),
        ("By Иван Петров • Новая газета", "Иван Петров", "Новая газета", None),
    ],
)
def test_parse_byline(line, byline, outlet, date):
    p = parse_byline(line)
    assert p is not None and (p.byline, p.outlet, p.date) == (byline, outlet, date)


@pytest.mark.parametrize(
    "line",
    [
        "By targeting prisoners, the Kremlin can recruit soldiers while avoiding dissent.",
        "By October, the army had recruited 20,000 people.",
        "By 2025 the plan will be complete",
        "Bystanders watched the ceremony.",
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Putin Signs Law Allowing Criminal Defendants To Join Military", True),
        ("Why the law matters?", True),
        ("# A heading", True),
        ("This line ends with a period.", False),
        ("200,000 evacuated as floods hit eastern U.S.", True),  # initials, no sentence's full stop
        ("Storms hit the coast again at 4 a.m.", False),
        ("x" * 130, False),
        ("By Jane Doe", False),
        ("Date: 2024-10-03", False),
        ("12,000", False),
    ],
)
def test_looks_like_title(line, expected):
    assert looks_like_title(line) is expected


def test_front_matter():
    text = '---\ntitle: "Quoted: title"\noutlet: Example\nunknown: x\nauthor: [Jane Doe, "John Roe"]\ndate: 2024-10-03\n---\nBody\n'
    fields, offset = parse_front_matter(text)
    assert fields == {"title": "Quoted: title", "outlet": "Example", "byline": "Jane Doe, John Roe", "date": "2024-10-03"}
    assert text[offset:] == "Body\n"
    assert parse_front_matter("no front matter\n") is None
    assert parse_front_matter("---\ntitle: never closed\n") is None
    assert parse_front_matter("---\n---\n") == ({}, 8)


@pytest.mark.parametrize(("line", "outlet"), [
    ("(c) 2026 Harbour Letter Publishing. All rights reserved.", "Harbour Letter Publishing"),
    ("© 2025 The Morning Lamp. All rights reserved.", "The Morning Lamp"),
    ("© 2025 U.S. Freight Review", "U.S. Freight Review"),
])
def test_an_outlet_named_in_a_copyright_line_ends_with_its_sentence(line, outlet):
    """"© 2026 Harbour Letter Publishing. All rights reserved." names "Harbour Letter Publishing", not
    "... Publishing. All"; an initial's full stop ("U.S.") stays inside the name."""
    from claims.metadata import infer_outlet

    assert infer_outlet(line, [(0, len(line))]) == outlet
