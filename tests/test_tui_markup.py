"""Markup in articles is text, never Rich/Textual markup (issue 9).

Each row is a case the issue found crashing, acting or losing words, driven as the editor did it
(Pilot, 120x40): the desk must not crash, must show the characters as written, and must write
nothing the editor did not ask for. (Clicks on ``[@click=…]`` in the status line, and ``[/]``,
``[red]`` and escapes in titles, outlets and file names, are walked in tests/test_hostile_terminal.py.)
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from textual.widgets import TextArea

from tests.tui_helpers import assert_screen_is_inert, desk_of, wait_ready
from tui.app import make_app
from tui.screens.note import NoteScreen

OTHER = ("Title: Other report\nOutlet: The Other Outlet\n\n"
         "Police detained 300 people in the city on Monday, officials said.\n\n"
         "The mayor said 5,000 people marched through the centre on Sunday.\n")


@dataclass(frozen=True)
class Case:
    id: str
    first_paragraph: str  # the first claim of the article (n selects it)
    keys: tuple[str, ...]
    shows: tuple[str, ...]  # on screen afterwards, exactly as written
    tags: dict[str, str]  # the first claim's status afterwards ("" untagged)
    widget: str = ""  # look in this widget of the top screen (a dialog's quote) rather than anywhere on screen


CASES = (
    Case("closing tag then undo", "Police [/b] detained 300 people in the city on Monday, officials said.",
         ("n", "c", "ctrl+z"), ("undo: tag corroborated on “Police [/b] detained 300",), {"status": ""}),
    Case("closing tag then history", "Police [/b] detained 300 people in the city on Monday, officials said.",
         ("n", "c", "H"), ("tag corroborated on “Police [/b] detained 300",), {"status": "corroborated"}),
    Case("caption shortcode then note",
         '[caption id="attachment_1" align="alignnone" width="300"] Protesters in the square [/caption] '
         "The mayor said 5,000 people marched through the centre on Sunday.",
         ("n", "e"), ('[caption id="attachment_1" align="alignnone" width="300"] Protesters in the square [/caption]',),
         {"status": ""}, widget=".dialog-quote"),
    Case("bold markup keeps its words in the note dialog",
         "Witnesses said [b]last week[/b] that 200 officers were deployed downtown.",
         ("n", "e"), ("Witnesses said [b]last week[/b] that 200 officers",), {"status": ""}, widget=".dialog-quote"),
    Case("click markup in the claim, tagged by key only",
         "Police detained 300 people [@click=app.quit]in the city[/] on Monday, officials said.",
         ("n", "d"), ("Police detained 300 people [@click=app.quit]in the", "city[/] on Monday"), {"status": "disputed"}),
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_markup_in_an_article_is_text(case, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Title: Report\nOutlet: The Report\n\n{case.first_paragraph}\n\n"
                                  "The city police said 40 people were injured on Tuesday.\n", encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    app = make_app([folder], db_path=tmp_path / "store.json", editor="tester", config_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        for key in case.keys:
            await pilot.press(key)
        await pilot.pause()
        assert app.is_running and app.return_code is None, "the desk stopped"
        screen = assert_screen_is_inert(app, case.id)
        rows = [str(app.screen.query_one(case.widget).render())] if case.widget else screen.split("\n")
        for text in case.shows:
            assert any(text in row for row in rows), f"{text!r} not on screen:\n{screen}"
        first = desk.model.by_doc[desk.documents[0].id][0]
        assert first.text == case.first_paragraph, "the case's paragraph is not the first claim"
        assert desk.status_of(first.id) == case.tags["status"]


async def test_a_note_written_in_markup_is_saved_and_shown_as_written(tmp_path):
    """``[b]last week[/b]`` typed as a note: saved verbatim, and the note editor shows it verbatim
    when it opens again (it used to lose the bracketed words)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Title: Report\nOutlet: The Report\n\n"
                                  "Witnesses said 200 officers were deployed downtown last week.\n", encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    note = "Seen [b]last week[/b] in [link=https://x.example]the record[/link] [/]"
    app = make_app([folder], db_path=tmp_path / "store.json", editor="tester", config_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("n", "e")
        await pilot.pause()
        app.screen.query_one(TextArea).insert(note)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert desk.note_of(desk.selected) == note
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.query_one(TextArea).text == note
        screen = assert_screen_is_inert(app, "the note editor, opened again")
        rows = screen.split("\n")  # soft-wrapped in the editor where it is too long for a line
        assert any("Seen [b]last week[/b] in [link=https://x.example]the" in row for row in rows), screen
        assert any("record[/link]" in row for row in rows), screen
        assert any("[/]" in row.replace("[/link]", "").replace("[/b]", "") for row in rows), screen
        await pilot.press("escape")
        assert desk.store.get(desk.selected).note == note
