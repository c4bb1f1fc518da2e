"""The review session without Textual: a fixed analysis (tests/desk_fixture.py) and a real store on disk.

Every rule the desk follows is here: what a change writes and which claims it says it changed, how claims
relate to the selected one, what the status line says, evidence stances, undo and the history, navigation.
"""

from __future__ import annotations

import re

import pytest

from claims.analysis import ClaimState
from store.annotations import AnnotationStore
from tests import desk_fixture
from tui.desk_model import DeskModel
from tui.session import Outcome, ReviewSession, Stance, Tag, default_stance, supported_stances


@pytest.fixture
def model() -> DeskModel:
    m = DeskModel(desk_fixture.analysis())
    m.rows = m.base_rows()
    return m


@pytest.fixture
def session(model, tmp_path):
    store = AnnotationStore.open(tmp_path / "store.json", editor="tester")
    store.sync(model.analysis)
    s = ReviewSession(model=model)
    s.attach_store(store)
    s.load_annotations()
    yield s
    store.close()


@pytest.fixture
def with_context():
    """The store keeps a 'context' stance (it once kept only supports and contradicts)."""
    from store import annotations

    assert "context" in annotations.RELATIONS


def test_a_tag_writes_one_claim_and_says_so(session):
    session.select("g-arrests")
    out = session.tag("g-arrests", Tag.CORROBORATED)
    assert out == Outcome(True, changed=("g-arrests",))
    assert session.status_of("g-arrests") == "corroborated"
    assert session.reviewed == 1
    assert session.store.get("g-arrests").status == "corroborated"
    out = session.tag("g-arrests", Tag.DISPUTED)
    assert out.ok and session.reviewed == 1  # a retag is not a second review
    out = session.tag("g-arrests", None)
    assert out.ok and session.status_of("g-arrests") == "" and session.reviewed == 0


@pytest.mark.parametrize("case", ["nothing selected", "no store", "read-only"])
def test_a_change_that_cannot_be_made_says_why_and_writes_nothing(model, tmp_path, case):
    s = ReviewSession(model=model)
    if case == "no store":
        s.fail_store("store.json: is a folder, not an annotation store file")
    if case == "read-only":
        AnnotationStore.open(tmp_path / "s.json", editor="x").close()
        s.attach_store(AnnotationStore.open(tmp_path / "s.json", editor="x", read_only=True))
    if case != "nothing selected":
        s.select("g-arrests")
    out = s.tag("g-arrests", Tag.CORROBORATED)
    assert not out.ok and not out.changed and out.message
    assert {"nothing selected": "Select a claim first", "no store": "is a folder",
            "read-only": "read-only"}[case] in out.message
    assert s.status_of("g-arrests") == "" and s.reviewed == 0


def test_a_failed_save_shows_nothing(session, monkeypatch):
    from store.errors import SaveError

    def full(*a, **k):
        raise SaveError("store.json: No space left on device")

    monkeypatch.setattr(session.store, "set_status", full)
    session.select("g-arrests")
    out = session.tag("g-arrests", Tag.DISPUTED)
    assert not out.ok and out.severity == "error" and "No space left" in out.message and out.title == "Not saved"
    assert session.status_of("g-arrests") == "" and session.reviewed == 0


def test_linked_claims_take_their_relation_to_the_selected_claim(session):
    # nothing selected: each claim by its own state
    assert session.look("h-arrests").relation == "conflict"  # The Herald's 300 conflicts with The Courier's 3,000
    touched = session.select("g-arrests")
    assert set(touched) == {"c-arrests", "h-arrests"}
    assert session.look("c-arrests").relation == "conflict"
    assert session.look("h-arrests").relation == "agree"  # to the selected claim it agrees
    assert session.look("g-march").relation == "alone"  # not linked: its own state
    assert session.look("c-injured").relation == "update"
    touched = session.select("c-arrests")
    assert set(touched) == {"c-arrests", "h-arrests", "g-arrests"}
    assert session.look("g-arrests").relation == "conflict" and session.look("h-arrests").relation == "conflict"
    assert set(session.select("g-march")) == {"g-arrests", "h-arrests"}
    assert session.relative == {}


def test_a_tag_shows_beside_the_relation(session):
    session.select("g-arrests")
    session.tag("h-arrests", Tag.CORROBORATED)
    assert session.look("h-arrests") == session.look("h-arrests").__class__("agree", "corroborated")


def test_the_status_line_puts_the_selected_claims_figure_first(session):
    session.select("g-arrests")
    f = session.status_facts(analysed=True, ready=True, articles=3)
    assert (f.state, f.this_figure, f.other_outlet, f.other_figure) == (
        "conflict", "300 people", "The Courier", "3,000 protesters")
    assert f.origins.startswith("3 outlets, 2 origins") and f.source == "the interior ministry"
    session.select("h-injured")
    f = session.status_facts(analysed=True, ready=True, articles=3)
    assert (f.state, f.this_figure, f.other_outlet, f.other_figure) == ("update", "45", "The Courier",
                                                                          "40 injured people")
    session.select("g-march")
    f = session.status_facts(analysed=True, ready=True, articles=3)
    assert f.state == "alone" and f.other_outlet == "" and f.this_figure == "about 5,000 people, Sunday"
    session.select(None)
    f = session.status_facts(analysed=True, ready=False, articles=3)
    assert f.opening and not f.selected


def test_the_status_line_text():
    from tui.session import StatusFacts
    from tui.widgets.status_line import status_text

    f = StatusFacts(reviewed=2, total=7, selected=True, tag="disputed", has_note=True, state="conflict",
                    this_figure="300 people", other_outlet="The Courier", other_figure="3,000 protesters",
                    origins="3 outlets, 2 origins", source="the ministry")
    assert str(status_text(f)) == ("2/7 reviewed │ disputed ✎ │ conflict: this: 300 people vs The Courier: "
                                   "3,000 protesters │ 3 outlets, 2 origins │ source: the ministry")
    one = StatusFacts(reviewed=0, total=1, links=1, articles=1)
    assert "1 claim, 1 link across 1 article ·" in str(status_text(one))


def test_the_status_line_names_the_reason_when_neither_claim_has_a_figure():
    """"The bill needs only his signature" then "He signed the law": an update with no figure on either side says
    what changed, not "this: (this claim) vs ...: (its claim)"."""
    from tui.session import StatusFacts
    from tui.widgets.status_line import status_text

    f = StatusFacts(reviewed=0, total=9, selected=True, state="update", other_outlet="The [b]Lantern[/b]",
                    why="sign law: not yet, then done", origins="2 outlets, 2 origins")
    assert str(status_text(f)) == ("0/9 reviewed │ untagged │ update with The [b]Lantern[/b]: sign law: not yet, then "
                                   "done │ 2 outlets, 2 origins")


def test_linked_facts_for_the_detail_view(session):
    facts = session.linked_facts("c-arrests")
    assert [(f.claim_id, f.relation, f.figure, f.this_figure) for f in facts] == [
        ("g-arrests", "conflict", "300 people", "3,000 protesters"),
        ("h-arrests", "conflict", "300 people", "3,000 protesters")]
    assert facts[0].outlet == "The Gazette" and "300 people vs 3,000" in facts[0].why
    assert session.linked_facts("g-march") == []


def test_suggestions_default_to_the_links_relation(session, with_context):
    assert supported_stances() == (Stance.SUPPORTS, Stance.CONTRADICTS, Stance.CONTEXT)
    sugg = {s.claim_id: s.stance for s in session.suggestions("g-arrests")}
    assert sugg == {"h-arrests": Stance.SUPPORTS, "c-arrests": Stance.CONTRADICTS}
    assert [s.stance for s in session.suggestions("c-injured")] == [Stance.CONTEXT]


def test_without_a_context_stance_an_update_is_offered_as_contradicts():
    allowed = (Stance.SUPPORTS, Stance.CONTRADICTS)
    assert default_stance("update", allowed) is Stance.CONTRADICTS
    assert default_stance("agree", allowed) is Stance.SUPPORTS
    assert default_stance(None, allowed) is Stance.SUPPORTS  # a typed source
    assert default_stance(None, (*allowed, Stance.CONTEXT)) is Stance.CONTEXT


def test_evidence_keeps_the_stance_chosen(session, with_context):
    session.select("g-arrests")
    top = session.suggestions("g-arrests")[0]
    out = session.add_suggestion("g-arrests", top, Stance.CONTEXT)  # the editor changed the default
    assert out.ok and out.changed == ("g-arrests",)
    assert [e.relation for e in session.store.get("g-arrests").evidence] == ["context"]
    assert top.claim_id not in {s.claim_id for s in session.suggestions("g-arrests")}
    out = session.add_source("g-arrests", "https://example.org/ministry-statement", Stance.SUPPORTS)
    assert out.ok
    out = session.add_source("g-arrests", "Court register, case 4411", Stance.CONTRADICTS)
    assert out.ok
    items = session.evidence_items("g-arrests")
    assert [(e.stance, e.kind) for e in items] == [("context", "claim"), ("supports", "source"),
                                                    ("contradicts", "source")]
    assert (items[1].text, items[1].url) == ("", "https://example.org/ministry-statement")  # the URL once
    assert items[2].text == "Court register, case 4411"
    out = session.remove_evidence("g-arrests", 1)
    assert out.ok and [e.kind for e in session.evidence_items("g-arrests")] == ["claim", "source"]
    assert not session.add_source("g-arrests", "   ", Stance.SUPPORTS).ok


def test_accepting_the_top_suggestion_until_none_is_left(session):
    session.select("g-arrests")
    assert session.accept_top_suggestion("g-arrests").ok
    assert session.accept_top_suggestion("g-arrests").ok
    out = session.accept_top_suggestion("g-arrests")
    assert not out.ok and "No evidence suggestion left" in out.message
    assert len(session.evidence_of("g-arrests")) == 2


def test_undo_and_redo_name_the_claim_they_changed(session):
    session.prepare()
    session.select("g-arrests")
    session.tag("g-arrests", Tag.CORROBORATED)
    session.tag("c-arrests", Tag.DISPUTED)
    out = session.step_history("undo")
    assert out.ok and out.changed == ("c-arrests",) and out.message.startswith("undo: tag disputed on")
    assert session.status_of("c-arrests") == "" and session.reviewed == 1
    out = session.step_history("redo")
    assert out.ok and out.changed == ("c-arrests",) and session.status_of("c-arrests") == "disputed"
    assert session.reviewed == 2
    session.step_history("undo")
    session.step_history("undo")
    out = session.step_history("undo")
    assert not out.ok and out.message == "Nothing to undo."


def test_the_history_has_times_and_claims_newest_first(session):
    session.select("g-arrests")
    session.tag("g-arrests", Tag.CORROBORATED)
    session.set_note("h-injured", "Asked the hospital.")
    session.step_history("undo")
    entries = session.history()
    assert [(e.claim_id, e.undone) for e in entries] == [("h-injured", True), ("g-arrests", False)]
    assert all(re.fullmatch(r"\d\d:\d\d:\d\d", e.at) for e in entries), entries
    assert entries[0].desc.startswith("edit note on")


def test_a_note_left_as_it_was_writes_nothing(session):
    session.select("g-march")
    assert session.set_note("g-march", "") == Outcome(True)
    assert session.store.get("g-march") is None and session.history() == []


def test_tagging_the_whole_fact(session):
    session.select("g-march")
    plan = session.cluster_plan("g-march")
    assert isinstance(plan, Outcome) and "not linked" in plan.message
    session.select("g-arrests")
    plan = session.cluster_plan("g-arrests")
    assert isinstance(plan, Outcome) and "Tag this claim first" in plan.message
    session.tag("g-arrests", Tag.DISPUTED)
    members, status = session.cluster_plan("g-arrests")
    assert {c.id for c in members} == {"g-arrests", "c-arrests", "h-arrests"} and status == "disputed"
    out = session.tag_cluster("g-arrests")
    assert out.ok and set(out.changed) == {"c-arrests", "h-arrests"}
    assert out.message.startswith("Tagged 2 more claims disputed") and "one step" in out.message
    assert session.reviewed == 3
    again = session.tag_cluster("g-arrests")
    assert again.ok and again.changed == () and "already tagged disputed" in again.message


def test_tagging_the_whole_fact_is_one_undo_step_that_names_how_many_it_restored(session):
    session.prepare()
    session.select("g-arrests")
    session.tag("g-arrests", Tag.DISPUTED)
    journal = session.store.path.with_name(session.store.path.name + ".journal")
    lines_before = journal.read_bytes().count(b"\n") if journal.exists() else 0
    session.tag_cluster("g-arrests")
    if journal.exists():  # one fsynced journal line for the whole fact
        assert journal.read_bytes().count(b"\n") == lines_before + 1
    out = session.step_history("undo")
    assert out.ok and set(out.changed) == {"c-arrests", "h-arrests"}
    assert out.message.startswith("undo: tag disputed on") and out.message.endswith("2 claims restored")
    assert session.status_of("c-arrests") == session.status_of("h-arrests") == ""
    assert session.status_of("g-arrests") == "disputed" and session.reviewed == 1
    out = session.step_history("redo")
    assert out.ok and "2 claims restored" in out.message
    assert session.status_of("c-arrests") == session.status_of("h-arrests") == "disputed"


def test_x_walks_the_claims_other_outlets_contradict_or_update(session, model):
    walk = [session.next_disagreement(None)]
    for _ in range(len(model.order)):
        walk.append(session.next_disagreement(walk[-1]))
    assert walk[:6] == ["g-arrests", "c-arrests", "c-injured", "h-arrests", "h-injured", "g-arrests"]
    assert all(model.state(c) in (ClaimState.CONFLICT, ClaimState.UPDATE) for c in walk)


def test_next_untagged_skips_tagged_claims(session, model):
    session.select("g-arrests")
    session.tag("g-march", Tag.CORROBORATED)
    assert session.next_untagged("g-arrests") == "g-injured"


def test_another_desks_change_is_absorbed(session, tmp_path, model):
    other = AnnotationStore.open(tmp_path / "store.json", editor="colleague")
    try:
        other.sync(model.analysis)
        c = model.claims["h-injured"]
        other.set_status(c, model.docs[c.doc], "disputed")
    finally:
        other.close()
    session.store.refresh()
    out = session.absorb(["h-injured", "not-a-claim"])
    assert out.changed == ("h-injured",)
    assert session.status_of("h-injured") == "disputed" and session.reviewed == 1


def test_a_link_of_two_propositions_shows_its_reason_not_the_claims_figures(tmp_path):
    """On the samples, "The bill now needs only Putin's signature" is updated by "signed into law ... on Oct. 2": the
    status line says "update with <outlet>: sign law: not yet, then done", not the date the signing claim holds."""
    from pathlib import Path

    from claims.documents import load_paths
    from claims.pipeline import analyse
    from tui.desk_model import model_of
    from tui.widgets.status_line import status_text

    samples = sorted(p for p in (Path(__file__).resolve().parents[1] / "sample_docs").iterdir()
                     if p.suffix in (".txt", ".md", ".html"))
    docs, _ = load_paths([str(p) for p in samples])
    model = model_of(analyse(docs))
    needs = next(c for c in model.analysis.claims if "needs only Putin's signature" in c.text)
    store = AnnotationStore.open(tmp_path / "store.json", editor="tester")
    store.sync(model.analysis)
    s = ReviewSession(model=model)
    s.attach_store(store)
    s.load_annotations()
    s.select(needs.id)
    f = s.status_facts(analysed=True, ready=True, articles=len(docs))
    assert (f.state, f.this_figure, f.other_figure) == ("update", "", "")
    assert f"update with {f.other_outlet}: sign law: not yet, then done" in str(status_text(f))
    store.close()
