"""The desk when several editors work on one story (issue 12), driven with Pilot on the fixed analysis of
tests/desk_fixture.py: the second check (an editor sees only their own verdict until they gave one), what the
status line and the claims table say about a claim's review, the review filters, a lead's adjudication, the
agreement dialog, the verdicts in the detail view, correcting an article's details (m), the whole fact in one
undo step (g), another desk's and a sync's changes patching the rows, and the live sync's state in the header."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from textual.widgets import Input, OptionList

from claims.model import Analysis
from store.annotations import AnnotationStore
from tests import desk_fixture
from tests.test_sync import server  # noqa: F401  (the module-scoped PouchDB Server fixture)
from tests.tui_helpers import desk_of, screen_lines, wait_ready
from tui.app import make_app
from tui.screens.adjudicate import AdjudicateScreen
from tui.screens.agreement import AgreementScreen
from tui.screens.detail import DetailScreen
from tui.screens.meta import MetaScreen
from tui.widgets.claims_panel import ClaimsPanel


def files(tmp_path: Path) -> tuple[Path, Analysis]:
    folder = desk_fixture.write_files(tmp_path / "articles")
    return folder, desk_fixture.analysis(folder)


def colleague(tmp_path: Path, editor: str, analysis: Analysis, *, settings: dict | None = None,
              verdicts: dict[str, str] | None = None, note: tuple[str, str] | None = None) -> None:
    """Another editor's work on the project's store, before the desk opens (or while it is open)."""
    docs = {d.id: d for d in analysis.documents}
    claims = {c.id: c for c in analysis.claims}
    with AnnotationStore.open(tmp_path / "store.json", editor=editor) as s:
        s.sync(analysis)
        if settings:
            s.update_settings(**settings)
        for cid, v in (verdicts or {}).items():
            s.set_status(claims[cid], docs[claims[cid].doc], v)
        if note:
            s.set_note(claims[note[0]], docs[claims[note[0]].doc], note[1])


def desk_app(tmp_path: Path, folder: Path, editor: str = "ana", config: str = "", **kw):
    cfg = tmp_path / f"config-{editor}.toml"
    cfg.write_text(config, encoding="utf-8")
    return make_app([folder], db_path=tmp_path / "store.json", editor=editor, config_path=cfg,
                    source=desk_fixture.source(folder), place_path=False, **kw)


def status(app) -> str:
    return str(desk_of(app).query_one("#status").render())


def table_row(app, claim_id: str) -> str:
    panel = desk_of(app).query_one(ClaimsPanel)
    i = panel.table.index_of(claim_id)
    assert i is not None, f"{claim_id} is not in the table"
    return " ".join(str(c[0] if isinstance(c, tuple) else c) for c in panel.table.cells_at(i))


async def search(pilot, text: str) -> list[str]:
    app = pilot.app
    panel = desk_of(app).query_one(ClaimsPanel)
    field = panel.query_one("#claim-search", Input)
    field.value = text
    await pilot.pause()
    return list(panel.table.keys)


# ---------------------------------------------------------------------------- the second check


async def test_the_second_check_hides_the_others_verdict_until_one_gives_ones_own(tmp_path):
    folder, analysis = files(tmp_path)
    colleague(tmp_path, "bob", analysis, settings={"required_verdicts": 2},
              verdicts={"g-arrests": "disputed", "c-arrests": "corroborated"})
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-arrests")
        await pilot.pause()
        line = status(app)
        assert "needs a second check: 1 verdict hidden until you give yours" in line
        assert "disputed" not in line and desk.status_of("g-arrests") == ""
        assert "2nd check" in table_row(app, "g-arrests") and "disputed" not in table_row(app, "g-arrests")
        assert "0 of 7 claims reviewed · 2 need a second check" in desk.query_one(ClaimsPanel).summary
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        verdicts = str(app.screen.query_one("#detail-verdicts").render())
        assert "1 hidden until you give yours" in verdicts and "bob" not in verdicts and "disputed" not in verdicts
        await pilot.press("escape")

        await pilot.press("c")  # ana's own verdict: now she sees bob's, and they disagree
        await pilot.pause()
        assert "disagreement · you: corroborated, bob: disputed" in status(app)
        assert "disagreement" in table_row(app, "g-arrests")
        await pilot.press("i")
        await pilot.pause()
        verdicts = str(app.screen.query_one("#detail-verdicts").render())
        assert verdicts.startswith("Verdicts: you: corroborated · bob: disputed · disagreement"), verdicts
        await pilot.press("escape")

        desk.select_claim("c-arrests")
        await pilot.press("c")  # the same verdict as bob's: agreed, and reviewed
        await pilot.pause()
        assert "corroborated · agreed (2 verdicts)" in status(app)
        assert status(app).startswith("1/7 reviewed")
        assert "✓ corroborated" in table_row(app, "c-arrests")

        desk.select_claim("h-arrests")
        await pilot.press("d")  # nobody else yet: ana's verdict, waiting for a second
        await pilot.pause()
        assert "disputed (yours) · needs a second check" in status(app)
        assert "◐ disputed" in table_row(app, "h-arrests")
        assert await search(pilot, "is:disagreement") == ["g-arrests"]
        assert await search(pilot, "is:second-check") == ["h-arrests"]
        assert await search(pilot, "is:adjudicated") == []
        assert await search(pilot, "is:corroborated") == ["g-arrests", "c-arrests"]  # what ana sees: her own
        summary = desk.query_one(ClaimsPanel).summary
        assert "1 of 7 claims reviewed · 1 needs a second check · 1 disagreement" in summary


async def test_one_editor_alone_sees_no_review_words(tmp_path):
    folder, _ = files(tmp_path)
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk_of(app).select_claim("g-arrests")
        await pilot.press("c")
        await pilot.pause()
        line = status(app)
        assert line.startswith("1/7 reviewed │ corroborated │") and "agreed" not in line and "check" not in line


# ---------------------------------------------------------------------------- a lead settles it


async def test_only_a_lead_settles_a_disagreement_with_a_final_verdict_and_a_reason(tmp_path):
    folder, analysis = files(tmp_path)
    colleague(tmp_path, "bob", analysis, settings={"required_verdicts": 2, "leads": ["lena"]},
              verdicts={"g-arrests": "disputed"}, note=("g-arrests", "The courier's figure is 3,000."))
    colleague(tmp_path, "ana", analysis, verdicts={"g-arrests": "corroborated"})

    app = desk_app(tmp_path, folder, editor="ana")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_ready(pilot)
        desk_of(app).select_claim("g-arrests")
        await pilot.press("J")
        await pilot.pause()
        assert app.screen is desk_of(app), "no dialog for a non-lead"
        assert any("Only a lead can settle a disagreement: lena (you are ana" in n.message for n in app._notifications)
        desk_of(app).select_claim("g-march")

    app = desk_app(tmp_path, folder, editor="lena")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-march")
        await pilot.press("J")
        await pilot.pause()
        assert app.screen is desk and any("Nothing to settle" in n.message for n in app._notifications)
        desk.select_claim("g-arrests")
        assert "you:" not in status(app) and "ana: corroborated, bob: disputed" in status(app)  # a lead sees all
        await pilot.press("J")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AdjudicateScreen)
        listed = [str(o.prompt) for o in dialog.query_one("#verdicts", OptionList).options]
        assert listed == ["ana  ✓ corroborated", "bob  ✗ disputed"]
        assert "Note (by bob): The courier's figure is 3,000." in str(dialog.query_one("#adjudicate-note").render())
        await pilot.press("d", "tab")
        await pilot.press("enter")  # no reason yet: refused, the dialog stays
        await pilot.pause()
        assert app.screen is dialog
        await pilot.press(*"Court register: 3,000 detained")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is desk
        ann = desk.store.get("g-arrests")
        assert ann.status == "disputed" and ann.adjudication.reason == "Court register: 3,000 detained"
        assert ann.adjudication.by == "lena"
        assert "disputed · adjudicated by lena" in status(app)
        assert "⚖ disputed" in table_row(app, "g-arrests")
        assert await search(pilot, "is:adjudicated") == ["g-arrests"]
        assert await search(pilot, "is:disagreement") == []
        assert status(app).startswith("1/7 reviewed")
        await pilot.press("escape")
        await pilot.press("J")  # an adjudicated claim can be settled again: the dialog shows what was decided
        await pilot.pause()
        assert "Settled as disputed by lena: Court register" in str(app.screen.query_one("#settled").render())
        assert app.screen.query_one("#reason", Input).value == "Court register: 3,000 detained"
        await pilot.press("escape")
        await pilot.press("A")  # the agreement still counts the disagreement, and says how it was settled
        for _ in range(40):
            await pilot.pause(0.05)
            if isinstance(app.screen, AgreementScreen):
                break
        row = str(app.screen.query_one("#disagreements", OptionList).options[0].prompt)
        assert "ana: corroborated · bob: disputed · settled: disputed (lena)" in row, row


async def test_the_agreement_dialog_shows_kappa_and_alpha_and_jumps_to_a_disagreement(tmp_path):
    folder, analysis = files(tmp_path)
    colleague(tmp_path, "bob", analysis, verdicts={"g-arrests": "corroborated", "c-arrests": "disputed",
                                                    "h-arrests": "disputed", "h-injured": "corroborated"})
    colleague(tmp_path, "ana", analysis, verdicts={"g-arrests": "corroborated", "c-arrests": "corroborated",
                                                    "h-arrests": "disputed", "h-injured": "corroborated"})
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("A")
        for _ in range(40):
            await pilot.pause(0.05)
            if isinstance(app.screen, AgreementScreen):
                break
        dialog = app.screen
        assert isinstance(dialog, AgreementScreen)
        text = str(dialog.query_one("#agreement-summary").render())
        assert "ana + bob: 4 claims, 3 agreed, Cohen's kappa 0.5000, alpha 0.5333" in text
        assert "1 disagreement between editors" in text
        items = dialog.query_one("#disagreements", OptionList)
        assert "ana: corroborated · bob: disputed" in str(items.options[0].prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is desk_of(app) and desk_of(app).selected == "c-arrests"


# ---------------------------------------------------------------------------- an article's details (m)


async def test_m_corrects_an_articles_details_shown_at_once_exported_and_undoable(tmp_path):
    from store.export import export

    folder, _ = files(tmp_path)
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-arrests")
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MetaScreen)
        assert dialog.query_one("#meta-outlet", Input).value == "The Gazette"
        assert "In the file: The Gazette, Arrests after the protest in the centre, 2024-10-07" in str(
            dialog.query_one("#meta-found").render())
        dialog.query_one("#meta-outlet", Input).value = "The Evening Gazette"
        dialog.query_one("#meta-date", Input).value = "7 October"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog, "a bad date keeps the dialog open"
        assert "is not a date (YYYY-MM-DD)" in str(dialog.query_one("#meta-error").render())
        assert desk.store.document_meta("gazette") is None, "nothing saved"
        dialog.query_one("#meta-date", Input).value = "2024-10-08"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is desk
        header = "\n".join(screen_lines(app)[:6])
        assert "The Evening Gazette · 2024-10-08" in header
        assert table_row(app, "g-arrests").startswith("The Evening…") or "Evening" in table_row(app, "g-arrests")
        assert "The Evening Gazette" in status(app) or desk.model.outlet("gazette") == "The Evening Gazette"
        out = tmp_path / "out.csv"
        export("csv", out, desk.model.analysis, desk.store)
        rows = {r["claim_id"]: r for r in csv.DictReader(out.open(encoding="utf-8", newline=""))}
        assert rows["g-arrests"]["outlet"] == "The Evening Gazette" and rows["g-arrests"]["date"] == "2024-10-08"

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert desk.model.outlet("gazette") == "The Gazette"
        assert "The Gazette · 2024-10-07" in "\n".join(screen_lines(app)[:6])
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert desk.model.outlet("gazette") == "The Evening Gazette"


async def test_m_refuses_control_characters_in_one_line_naming_the_field(tmp_path):
    folder, _ = files(tmp_path)
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#meta-title", Input).value = "Arrests\x1b]52;c;cm0g\x07 confirmed"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        error = str(dialog.query_one("#meta-error").render())
        assert error.startswith("title: ") and "control character" in error
        assert app.focused is dialog.query_one("#meta-title")
        assert desk_of(app).store.document_meta("gazette") is None


# ---------------------------------------------------------------------------- g is one step


async def test_g_is_one_undo_step_and_ctrl_z_says_how_many_claims_it_restored(tmp_path):
    folder, _ = files(tmp_path)
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        desk.select_claim("g-arrests")
        await pilot.press("d", "g", "y")
        await pilot.pause()
        assert [desk.status_of(c) for c in ("g-arrests", "c-arrests", "h-arrests")] == ["disputed"] * 3
        app.clear_notifications()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [desk.status_of(c) for c in ("g-arrests", "c-arrests", "h-arrests")] == ["disputed", "", ""]
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("undo: tag disputed on") and m.endswith("2 claims restored") for m in messages)
        assert "· untagged" in table_row(app, "h-arrests")


# ---------------------------------------------------------------------------- others' changes arrive


async def test_another_desks_tags_and_corrections_patch_this_desk(tmp_path):
    folder, analysis = files(tmp_path)
    app = desk_app(tmp_path, folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        docs = {d.id: d for d in analysis.documents}
        with AnnotationStore.open(tmp_path / "store.json", editor="bob") as other:
            other.sync(analysis)
            c = next(c for c in analysis.claims if c.id == "h-injured")
            other.set_status(c, docs[c.doc], "corroborated")
            other.set_document_meta(docs["herald"], outlet="The Morning Herald")
        for _ in range(60):
            await pilot.pause(0.05)
            if desk.status_of("h-injured") and desk.model.outlet("herald") == "The Morning Herald":
                break
        assert desk.status_of("h-injured") == "corroborated"
        assert "✓ corroborated" in table_row(app, "h-injured")
        assert desk.model.outlet("herald") == "The Morning Herald"
        assert "The Morning Herald" in "\n".join(screen_lines(app)[:6])


# ---------------------------------------------------------------------------- live sync


async def test_live_sync_shows_its_state_and_brings_another_laptops_tag(server, tmp_path):  # noqa: F811
    from store.sync import sync

    folder, analysis = files(tmp_path)
    url = server.db_url()
    app = desk_app(tmp_path, folder, config=f'[sync]\nurl = "{url}"\ninterval = 2\n')
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        for _ in range(200):
            await pilot.pause(0.05)
            if desk.sync_state.startswith("sync: up to date"):
                break
        assert re.fullmatch(r"sync: up to date \d\d:\d\d", desk.sync_state), desk.sync_state
        assert desk.sync_state in app.sub_title
        desk.select_claim("g-march")
        await pilot.press("c")  # a local change goes out soon

        laptop = AnnotationStore.open(tmp_path / "laptop" / "store.json", editor="bob")
        try:
            laptop.sync(analysis)
            for _ in range(100):
                sync(laptop, url)
                if laptop.get("g-march") is not None:
                    break
                await pilot.pause(0.1)
            assert laptop.get("g-march").live_verdicts() == {"ana": "corroborated"}
            docs = {d.id: d for d in analysis.documents}
            c = next(c for c in analysis.claims if c.id == "h-injured")
            laptop.set_status(c, docs[c.doc], "disputed")
            sync(laptop, url)
        finally:
            laptop.close()
        for _ in range(200):
            await pilot.pause(0.05)
            if desk.status_of("h-injured"):
                break
        assert desk.status_of("h-injured") == "disputed"
        assert "✗ disputed" in table_row(app, "h-injured")


async def test_live_sync_offline_says_why_without_the_password(tmp_path):
    folder, _ = files(tmp_path)
    app = desk_app(tmp_path, folder, sync_url="http://ana:s3cret-pw@127.0.0.1:9/project")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        desk = desk_of(app)
        for _ in range(200):
            await pilot.pause(0.05)
            if desk.sync_state.startswith("sync: offline"):
                break
        assert desk.sync_state.startswith("sync: offline — cannot reach the server"), desk.sync_state
        assert "s3cret" not in app.sub_title and "s3cret" not in "\n".join(screen_lines(app))
        desk.select_claim("g-march")
        await pilot.press("c")  # local work goes on offline
        await pilot.pause()
        assert desk.store.get("g-march").status == "corroborated"
