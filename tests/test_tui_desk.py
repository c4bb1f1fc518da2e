"""The desk a newcomer understands (issue 10), driven with Pilot on a fixed analysis (tests/desk_fixture.py):
help, palette keys, the footer, filters, colours relative to the selected claim, dimmed boilerplate, the
conflict jump, the detail view, evidence with a stance, keeping place, history, exports that ask, safety keys."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rich.color import Color as RichColor
from textual.widgets import Input, OptionList

from tests import desk_fixture
from tests.conftest import SAMPLES
from tests.tui_helpers import desk_of, screen_lines, wait_ready
from tui.app import make_app
from tui.screens.choice import ChoiceScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.detail import DetailScreen
from tui.screens.evidence import EvidenceScreen
from tui.screens.help import HelpScreen, filters_table, keys_text
from tui.screens.history import HistoryScreen
from tui.session import Stance
from tui.widgets.claims_panel import ClaimsPanel, parse_query
from tui.widgets.claims_table import ClaimsTable
from tui.widgets.stance import StanceSwitch


def fixture_app(tmp_path: Path, config: str | None = None, **kw):
    folder = desk_fixture.write_files(tmp_path / "articles")
    cfg = tmp_path / "config.toml"
    if config is not None:
        cfg.write_text(config, encoding="utf-8")
    return make_app([folder], db_path=tmp_path / "store.json", editor="tester", config_path=cfg,
                    source=desk_fixture.source(folder), **kw)


def rendered(renderable) -> str:
    import io

    from rich.console import Console

    console = Console(width=100, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def pane_docs(desk) -> list[str]:
    return [p.document.id for p in desk.panes()]


# ---------------------------------------------------------------------------- help and orientation


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_action_with_its_key_the_legend_and_the_filters(tmp_path, key):
    from tui import actions

    app = fixture_app(tmp_path, config='[keys]\ncorroborate = "k"\n')
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = keys_text(app.screen.keys)
        for a in actions.ACTIONS:
            assert a.help in " ".join(text.split()), a.id
        for group in actions.Group:
            assert group.value in text
        rows = {" ".join(r.split()) for r in text.splitlines()}
        assert "k Tag the selected claim corroborated" in rows, "the key from config.toml, not the default"
        assert "? / f1 Show every key, the colour legend and the filter syntax" in rows
        legend = rendered(app.screen.query_one("#legend").render())
        for word in ("agrees", "conflicts", "update", "corroborated", "disputed", "selected", "boilerplate"):
            assert word in legend
        filters = rendered(filters_table())
        for token in ("is:untagged", "is:corroborated", "is:disputed", "has:conflict", "has:update", "has:agree",
                      "has:note", "outlet:NAME"):
            assert token in filters
        body = app.screen.query_one("#help-body")
        for key, section in (("l", "#legend-title"), ("f", "#filters-title")):
            await pilot.press(key)  # each section has a key that scrolls it into view (to the top if it can)
            await pilot.pause()
            assert body.region.contains_region(app.screen.query_one(section).region), key
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_the_legend_draws_each_sample_in_the_panes_style(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        view = desk_of(app).panes()[0].view
        await pilot.press("f1")
        await pilot.pause()
        legend = app.screen.query_one("#legend")
        for name in ("article-view--agree", "article-view--conflict", "article-view--update"):
            ours = legend.style_for((name,))
            theirs = view.get_component_rich_style(name, partial=True)
            assert ours.color == theirs.color and ours.underline


async def test_the_palette_shows_each_commands_key(tmp_path):
    app = fixture_app(tmp_path, config='[keys]\ndispute = "j"\n')
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Corroborated  (c)" in titles
        assert "Disputed  (j)" in titles
        assert "Help  (?, f1)" in titles
        assert any("help" in t.lower() for t in titles), "a search for 'help' finds the help"


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_footer_always_shows_help(tmp_path, size):
    app = fixture_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        assert screen_lines(app)[-1].lstrip().startswith("? Help")


def test_filter_words_that_are_not_filters_are_named():
    q = parse_query("is:bogus has:conflict has: outlet: 300")
    assert q.unknown == ("is:bogus", "has:", "outlet:")
    assert len(q.tests) == 2
    assert parse_query("is:corr").unknown == ()  # an unambiguous start of a filter word


def test_search_reads_the_outlet_not_the_file_name():
    from tui.desk_model import ClaimRow

    row = ClaimRow(claim_id="c", order=0, outlet="000_6429770.txt", text="Police detained 300 people.",
                   values="300 people", status="", relation="alone", origins="", n_origins=1, has_note=False,
                   outlet_key="")
    assert not parse_query("6429770").matches(row)
    assert not parse_query("outlet:000").matches(row)
    named = ClaimRow(**{**{f: getattr(row, f) for f in row.__slots__}, "outlet_key": "the courier"})
    assert parse_query("courier").matches(named) and parse_query("outlet:cour").matches(named)
    assert parse_query("300 detained").matches(row)


async def test_unknown_filters_are_named_and_esc_leaves_the_search_box(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        panel = app.screen.query_one(ClaimsPanel)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"is:bogus 3,000")
        await pilot.pause()
        assert "unknown filter is:bogus ignored" in panel.summary
        assert list(panel._shown) == ["c-arrests"]  # figures are searched
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is desk.panes()[desk.focused_pane].view
        await pilot.press("n")  # keys are the desk's again
        assert desk.selected is not None


# ---------------------------------------------------------------------------- colours


def _segment_style(view, claim):
    y = view.y_for_offset(claim.start)
    view._base_style = view.rich_style
    view._dim_style = view.dim_style()
    strip = view._render_virtual_line(y, view.scrollable_content_region.width)
    word = claim.text.split()[0]
    return next(seg.style for seg in strip if word in seg.text)


async def test_claims_are_coloured_by_their_relation_to_the_selected_claim(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(160, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        views = {p.document.id: p.view for p in desk.panes()}
        colour = {k: views["herald"].get_component_rich_style(f"article-view--{k}", partial=True).color
                  for k in ("agree", "conflict", "update")}
        herald = desk.model.claims["h-arrests"]
        table = app.screen.query_one(ClaimsTable)

        def relation_cell(cid):
            return table.cells_at(table.index_of(cid))[4][0]

        assert _segment_style(views["herald"], herald).color == colour["conflict"]  # its own state
        desk.select_claim("g-arrests")
        await pilot.pause()
        assert _segment_style(views["herald"], herald).color == colour["agree"]  # agrees with the selected claim
        assert _segment_style(views["courier"], desk.model.claims["c-arrests"]).color == colour["conflict"]
        assert relation_cell("h-arrests") == "agree" and relation_cell("c-arrests") == "conflict"
        desk.select_claim("c-arrests")
        await pilot.pause()
        assert _segment_style(views["herald"], herald).color == colour["conflict"]
        assert relation_cell("h-arrests") == "conflict" and relation_cell("g-arrests") == "conflict"
        desk.select_claim("g-march")  # linked to nothing: every claim by its own state again
        await pilot.pause()
        assert relation_cell("h-arrests") == "conflict" and relation_cell("g-arrests") == "conflict"


def _luminance(c: RichColor, default) -> float:
    r, g, b = (c.get_truecolor() if c is not None else default)

    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(style) -> float:
    fg = _luminance(style.color, (255, 255, 255))
    bg = _luminance(style.bgcolor, (0, 0, 0))
    hi, lo = max(fg, bg), min(fg, bg)
    return (hi + 0.05) / (lo + 0.05)


async def test_boilerplate_has_less_contrast_than_the_text_in_every_theme(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        view = desk_of(app).panes()[1].view  # The Courier: a paragraph without a claim, and the appeal
        doc = view.document
        body_y = next(y for y, ln in enumerate(view._lines) if ln.start >= 0 and not ln.boilerplate
                      and view.claim_at(ln.start) is None)
        boiler_y = next(y for y, ln in enumerate(view._lines) if ln.boilerplate)
        assert doc.paragraph_at(view._lines[boiler_y].start).boilerplate
        for theme in app.available_themes:
            app.theme = theme
            await pilot.pause()
            view._base_style = view.rich_style
            view._dim_style = view.dim_style()
            width = view.scrollable_content_region.width
            body = next(s.style for s in view._render_virtual_line(body_y, width) if s.text.strip())
            boiler = next(s.style for s in view._render_virtual_line(boiler_y, width) if s.text.strip())
            assert boiler.italic, theme
            if boiler.color is not None and boiler.color.is_default:  # an ANSI theme: the terminal's faint
                assert boiler.dim and not body.dim, (theme, boiler, body)
            else:
                assert _contrast(boiler) < _contrast(body), (theme, boiler, body)


# ---------------------------------------------------------------------------- the conflict jump and the detail view


async def test_x_brings_the_conflicting_article_beside_the_selected_claim(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert pane_docs(desk) == ["gazette", "courier"]
        await pilot.press("right_square_bracket")  # courier, herald: the Gazette is not on screen
        assert pane_docs(desk) == ["courier", "herald"]
        await pilot.press("x")
        await pilot.pause()
        assert desk.selected == "g-arrests"
        assert pane_docs(desk) == ["gazette", "courier"], "the contradicting article beside the selected one"
        courier = desk.panes()[1].view
        y = courier.y_for_offset(desk.model.claims["c-arrests"].start)
        assert courier.scroll_offset.y <= y < courier.scroll_offset.y + courier.scrollable_content_region.height
        status = str(desk.query_one("#status").render())
        assert "conflict: this: 300 people vs The Courier: 3,000 protesters" in status
        await pilot.press("x", "x")  # the next ones: c-arrests, then the update c-injured
        assert desk.selected == "c-injured"
        assert "update: this: 40 injured people vs The Herald: 45" in str(desk.query_one("#status").render())


async def test_i_lists_every_linked_claim_and_jumps_to_one(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("i")
        assert not isinstance(app.screen, DetailScreen), "nothing selected: nothing to detail"
        desk.select_claim("c-arrests")
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        prompts = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert len(prompts) == 2
        assert prompts[0].startswith("conflict · The Gazette: 300 people (this: 3,000 protesters)")
        assert "why: arrested: 300 people vs 3,000 protesters" in prompts[0] and "origins:" in prompts[0]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert desk.selected == "h-arrests"
        assert set(pane_docs(desk)) == {"courier", "herald"}, "the linked article comes in beside"


# ---------------------------------------------------------------------------- evidence with a stance


async def test_evidence_is_added_with_a_stance_shown_and_removable(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-march")
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        assert app.screen.query_one("#no-suggestions").display and app.focused.id == "source"
        await pilot.press("escape")
        desk.select_claim("g-arrests")
        await pilot.press("v")
        await pilot.pause()
        dialog = app.screen
        switch = dialog.query_one(StanceSwitch)
        assert switch.value == "supports"  # the top suggestion agrees
        await pilot.press("down")  # The Courier's 3,000: a conflict
        await pilot.pause()
        assert switch.value == "contradicts"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog, "the dialog stays open"
        assert [e.relation for e in desk.store.get("g-arrests").evidence] == ["contradicts"]
        assert "On this claim (1)" in str(dialog.query_one("#current-title").render())
        assert len(dialog.query_one("#suggestions", OptionList).options) == 1
        await pilot.press("right")  # the stance for the next one, changed by hand: supports -> contradicts
        assert switch.value == "contradicts"
        await pilot.press("1", "2")  # the switch's keys work from the list too
        assert switch.value == "contradicts"
        await pilot.press("enter")
        await pilot.pause()
        assert [e.relation for e in desk.store.get("g-arrests").evidence] == ["contradicts", "contradicts"]
        dialog.query_one("#source").focus()
        await pilot.pause()
        assert switch.stances == (Stance.SUPPORTS, Stance.CONTRADICTS, Stance.CONTEXT)  # the store keeps all three
        assert switch.value == "context"  # a source's default: it neither confirms nor denies until told
        await pilot.press(*"Court register 4411")
        await pilot.press("1")  # typed into the box, not a stance key
        assert dialog.query_one("#source", Input).value == "Court register 44111"
        await pilot.press("shift+tab")  # back to the stance switch: 2 picks contradicts
        await pilot.pause()
        assert app.focused is switch
        await pilot.press("2")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "source" and switch.value == "contradicts", "the stance chosen stays"
        await pilot.press("1")
        assert dialog.query_one("#source", Input).value == "Court register 441111"  # appended, not replaced
        await pilot.press("backspace")
        await pilot.press("shift+tab", "1", "tab")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        ev = desk.store.get("g-arrests").evidence
        assert (ev[-1].kind, ev[-1].text, ev[-1].relation) == ("source", "Court register 44111", "supports")
        current = dialog.query_one("#current", OptionList)
        assert "+ supports · source: Court register 44111" in str(current.options[-1].prompt)
        current.focus()
        current.highlighted = 0
        await pilot.press("delete")
        await pilot.pause()
        assert len(desk.store.get("g-arrests").evidence) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is desk


async def test_a_free_source_is_exported_with_its_stance_in_every_format(tmp_path):
    from store.export import FORMATS, export

    app = fixture_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("c-arrests")
        from tui.session import Stance

        assert desk.session.add_source("c-arrests", "Police statement, Tuesday", Stance.CONTRADICTS).ok
        outs = {}
        for name in FORMATS:
            outs[name] = tmp_path / f"out-{name}{FORMATS[name].suffix}"
            export(name, outs[name], desk.model.analysis, desk.store)
    rows = {r["claim_id"]: r for r in csv.DictReader(outs["csv"].open(encoding="utf-8", newline=""))}
    assert rows["c-arrests"]["evidence"] == "contradicts: source: Police statement, Tuesday"
    assert rows["g-arrests"]["status"] == "untagged"
    assert '"relation":"contradicts"' in outs["jsonl"].read_text().replace(" ", "")
    assert "contradicts: source: Police statement, Tuesday" in outs["w3c"].read_text()


# ---------------------------------------------------------------------------- keeping place


def _visible(view, claim) -> bool:
    y = view.y_for_offset(claim.start)
    return y is not None and view.scroll_offset.y <= y < view.scroll_offset.y + view.scrollable_content_region.height


async def test_resizing_and_b_keep_the_selected_claim_in_view(tmp_path):
    app = make_app([SAMPLES], db_path=tmp_path / "store.json", editor="tester", config_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        first = desk.documents[0]
        target = desk.model.by_doc[first.id][-3]  # far down the first article
        desk.select_claim(target.id)
        await pilot.pause()
        view = desk.panes()[0].view
        assert _visible(view, target)
        for size in ((80, 24), (100, 30), (200, 50), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            view = next(p.view for p in desk.panes() if p.document.id == first.id)
            assert _visible(view, target), f"the selected claim left the view at {size}"
        for _ in range(2):
            await pilot.press("b")
            await pilot.pause()
            assert _visible(view, target), f"b ({view.boilerplate_mode}) scrolled the selected claim away"


async def test_reopening_restores_the_selected_claim_and_the_panes(tmp_path):
    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        await pilot.press("right_square_bracket", "b")
        desk.select_claim("h-injured")
        await pilot.pause()
        place = (desk.selected, pane_docs(desk), desk.focused_pane, desk.area.boilerplate_mode)
        await pilot.press("q")
    assert place == ("h-injured", ["courier", "herald"], 1, "hide")
    from tui import paths

    saved = paths.ui_state_path(tmp_path / "store.json")
    assert saved.is_file() and not list(saved.parent.glob("*.tmp"))
    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert (desk.selected, pane_docs(desk), desk.focused_pane, desk.area.boilerplate_mode) == place
        assert "update: this: 45" in str(desk.query_one("#status").render())


async def test_a_damaged_place_file_is_no_place(tmp_path):
    from tui import paths

    saved = paths.ui_state_path(tmp_path / "store.json")
    saved.parent.mkdir(parents=True)
    saved.write_text('{"version": 1, "selected": ["not", "an id"], "panes": 7}')
    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert desk.selected is None and pane_docs(desk) == ["gazette", "courier"]


# ---------------------------------------------------------------------------- history, export, safety


async def test_history_shows_times_and_jumps_to_the_claim(tmp_path):
    import re

    app = fixture_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-arrests")
        await pilot.press("c")
        desk.select_claim("h-injured")
        await pilot.press("d")
        desk.select_claim("g-march")
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        prompts = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert re.match(r"\s*\d\d:\d\d:\d\d  tester  tag disputed on “By Tuesday", prompts[0]), prompts
        assert "tag corroborated on “Police arrested 300" in prompts[1]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert desk.selected == "g-arrests"


async def test_w_asks_the_format_and_before_replacing_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = fixture_app(tmp_path)
    existing = tmp_path / "existing.jsonl"
    existing.write_text("keep me\n")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-arrests")
        await pilot.press("c", "w")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert app.screen.query_one(OptionList).highlighted == 0
        labels = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert [lb.split(":")[0] for lb in labels] == ["CSV", "CSV for Excel", "JSONL", "W3C Web Annotation JSON-LD"]
        await pilot.press("down", "down")
        await pilot.pause()
        await pilot.press("enter")  # JSONL
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value == str(tmp_path / "claimdesk-annotations.jsonl")
        field.value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert existing.read_text() == "keep me\n"
        await pilot.press("w")
        await pilot.pause()
        choices = app.screen.query_one(OptionList)
        assert choices.highlighted == 2, "the format chosen last is offered first"
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one(Input).value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert '"status": "corroborated"' in existing.read_text() or '"status":"corroborated"' in existing.read_text()
        assert any("Wrote 1 line to" in n.message for n in app._notifications)


def test_a_key_bound_twice_is_refused_naming_both_actions(tmp_path):
    from tui import actions

    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\ncorroborate = "d"\nnote = "?"\nundo = "k"\nredo = "k"\n', encoding="utf-8")
    keymap, err = actions.load_keymap(cfg)
    assert "corroborate" not in keymap and "note" not in keymap
    assert keymap == {"undo": "k"}
    assert err is not None
    assert "key 'd' is bound to both dispute and corroborate" in err
    assert "key '?' is bound to both help and note" in err
    assert "key 'k' is bound to both undo and redo" in err
    assert all(set(v) for v in actions.keys_in_force(keymap).values())


async def test_a_clash_in_config_is_a_notice_and_both_keys_keep_working(tmp_path):
    app = fixture_app(tmp_path, config='[keys]\ncorroborate = "d"\n')
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        assert any("bound to both dispute and corroborate" in n.message for n in app._notifications)
        desk.select_claim("g-arrests")
        await pilot.press("c")
        assert desk.status_of("g-arrests") == "corroborated"
        await pilot.press("d")
        assert desk.status_of("g-arrests") == "disputed"


# ---------------------------------------------------------------------------- every dialog fits


def _open(keys: tuple[str, ...], select: str | None = None, evidence: int = 0):
    async def run(pilot):
        desk = desk_of(pilot.app)
        if evidence:
            s = desk.session
            s.select("g-arrests")
            for sugg in s.suggestions("g-arrests")[:evidence]:
                s.add_suggestion("g-arrests", sugg)
            for k in range(max(0, evidence - 2)):
                from tui.session import Stance

                s.add_source("g-arrests", f"source number {k} with a fairly long description of where it is", Stance.SUPPORTS)
        if select:
            desk.select_claim(select)
        for k in keys:
            await pilot.press(k)
            await pilot.pause()

    return run


def _with_a_disagreement(keys: tuple[str, ...]):
    """bob disputes The Gazette's arrests on the same store, this desk corroborates it, then ``keys``."""

    async def run(pilot):
        from store.annotations import AnnotationStore

        desk = desk_of(pilot.app)
        c = desk.model.claims["g-arrests"]
        with AnnotationStore.open(desk.store.path, editor="bob") as other:
            other.sync(desk.model.analysis)
            other.set_status(c, desk.model.docs[c.doc], "disputed")
            other.set_note(c, desk.model.docs[c.doc], "The courier says 3,000; the register is not public yet.")
        desk.store.refresh()
        desk.session.absorb(["g-arrests"])
        desk.select_claim("g-arrests")
        await pilot.press("c")
        await pilot.pause()
        for k in keys:
            await pilot.press(k)
            await pilot.pause()
        for _ in range(40):  # the agreement dialog opens once its worker is done
            if pilot.app.screen is not desk:
                break
            await pilot.pause(0.05)

    return run


DIALOGS = {
    "adjudicate": _with_a_disagreement(("J",)),
    "agreement": _with_a_disagreement(("A",)),
    "detail with verdicts": _with_a_disagreement(("i",)),
    "meta": _open(("m",)),
    "note": _open(("e",), select="h-arrests"),
    "evidence 0": _open(("v",), select="g-march"),
    "evidence 1": _open(("v",), select="g-arrests", evidence=1),
    "evidence 5": _open(("v",), select="g-arrests", evidence=5),
    "history": _open(("c", "d", "ctrl+z", "H"), select="g-arrests"),
    "picker": _open(("o",)),
    "export format": _open(("w",)),
    "export path": _open(("w", "enter")),
    "confirm": _open(("c", "g"), select="g-arrests"),
    "help": _open(("f1",)),
    "detail": _open(("i",), select="c-arrests"),
}


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
@pytest.mark.parametrize("which", list(DIALOGS))
async def test_every_dialog_fits(tmp_path, which, size):
    """Inside the screen and inside its own frame: its title, every input, every list and its hint line, each at
    least one row tall (lists scroll rather than push the input or the hint off the dialog)."""
    app = fixture_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await DIALOGS[which](pilot)
        await pilot.pause()
        screen = app.screen
        assert screen is not desk_of(app), f"{which}: no dialog opened"
        dialog = screen.query_one(".dialog")
        inner = dialog.content_region
        assert app.screen.region.contains_region(dialog.region), (which, dialog.region)
        parts = [w for w in dialog.query("*") if w.display and (
            w.has_class("dialog-title") or w.has_class("dialog-help") or isinstance(w, Input | OptionList)
            or w.id in ("stance", "help-body", "final", "detail-verdicts", "agreement-summary", "meta-found"))]
        assert any(w.has_class("dialog-help") or w.has_class("dialog-buttons") for w in dialog.query("*")), which
        for w in parts:
            r = w.region
            assert r.height >= 1 and inner.contains_region(r), f"{which} at {size}: {w!r} is at {r}, inside {inner}"
