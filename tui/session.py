"""The review session: what the desk knows and the rules it follows, without Textual.

:class:`ReviewSession` holds the analysis (a :class:`~tui.desk_model.DeskModel`), the annotation store
and a cache of its annotations, the selected claim and how every claim relates to it, and makes every
change (tags, notes, evidence, undo and redo). Each change returns an :class:`Outcome` that names the
claims it changed, so the screen patches what it shows instead of redrawing everything.

Costs: reading a claim's tag, note or colour is a dict lookup; a change touches one claim; selecting
a claim costs its links. Only loading (``load_annotations``, ``prepare``) walks every claim or
annotation, and the desk runs those in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from claims.model import Claim, Document, Relation
from tui.desk_model import ClaimRow, DeskModel, figures

if TYPE_CHECKING:
    from store.annotations import Adjudication, Annotation, AnnotationStore, Evidence, ProjectSettings

Severity = Literal["information", "warning", "error"]


class Tag(StrEnum):
    """An editor's verdict on a claim."""

    CORROBORATED = "corroborated"
    DISPUTED = "disputed"


class Stance(StrEnum):
    """What a piece of evidence says about the claim it is attached to."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"

    @classmethod
    def for_relation(cls, relation: Relation | str) -> Stance:
        """A linked claim's default stance: agree -> supports, conflict -> contradicts, update -> context."""
        return {Relation.AGREE.value: cls.SUPPORTS, Relation.CONFLICT.value: cls.CONTRADICTS,
                Relation.UPDATE.value: cls.CONTEXT}.get(str(relation), cls.CONTEXT)


def supported_stances() -> tuple[Stance, ...]:
    """The stances the annotation store can keep (its ``RELATIONS``), in :class:`Stance` order."""
    from store import annotations

    return tuple(s for s in Stance if s.value in annotations.RELATIONS)


def default_stance(relation: Relation | str | None, allowed: tuple[Stance, ...]) -> Stance:
    """The stance offered first: the link's own (``for_relation``), or for a free-typed source, context;
    where the store cannot keep that one, supports for an agreement and contradicts otherwise."""
    want = Stance.for_relation(relation) if relation is not None else Stance.CONTEXT
    if want in allowed or not allowed:
        return want
    fallback = Stance.SUPPORTS if str(relation) == Relation.AGREE.value or relation is None else Stance.CONTRADICTS
    return fallback if fallback in allowed else allowed[0]


class Check(StrEnum):
    """Where a claim's review stands, as the desk says it (the store's ``ReviewState`` as one editor sees it)."""

    UNTAGGED = "untagged"  # no verdict yet
    SECOND_CHECK = "second-check"  # fewer independent verdicts than the project requires
    AGREED = "agreed"  # enough verdicts, all the same
    DISAGREEMENT = "disagreement"  # editors gave different verdicts: a lead settles it
    ADJUDICATED = "adjudicated"  # a lead gave the final verdict, with a reason

    @property
    def words(self) -> str:
        return "needs a second check" if self is Check.SECOND_CHECK else self.value


_CHECK_OF = {"untagged": Check.UNTAGGED, "pending": Check.SECOND_CHECK, "decided": Check.AGREED,
             "disagreement": Check.DISAGREEMENT, "adjudicated": Check.ADJUDICATED}


@dataclass(frozen=True, slots=True)
class ReviewView:
    """A claim's review as this editor may see it (``store.review``'s rule, worked out from the cached
    annotation): during a second check an editor who has not given a verdict yet sees only that others have
    (``hidden``), never what they said; a lead always sees every verdict."""

    state: Check = Check.UNTAGGED
    final: str = ""  # the final verdict ("" until agreed or adjudicated)
    mine: str = ""  # this editor's verdict
    others: tuple[tuple[str, str], ...] = ()  # (editor, verdict) of the others, when this editor may see them
    hidden: int = 0  # other verdicts given but not shown
    required: int = 1
    adjudicated_by: str = ""
    reason: str = ""

    @property
    def shown(self) -> str:
        """The verdict drawn for this editor: the final one, else their own."""
        return self.final or self.mine

    @property
    def team(self) -> bool:
        """More than one editor is involved (or required): the review's state is worth saying."""
        return (self.required >= 2 or bool(self.others) or bool(self.hidden)
                or self.state in (Check.DISAGREEMENT, Check.ADJUDICATED))

    @property
    def verdicts(self) -> int:
        return bool(self.mine) + len(self.others) + self.hidden


def review_view(ann: Annotation | None, editor: str, settings: ProjectSettings | None) -> ReviewView:
    """How ``editor`` sees the review of the claim ``ann`` annotates (see :class:`ReviewView`); the same rule as
    ``AnnotationStore.review`` (tests/test_review_session.py holds them together)."""
    required = settings.required_verdicts if settings is not None else 1
    leads = settings.leads if settings is not None else ()
    if ann is None:
        return ReviewView(required=required)
    live = ann.live_verdicts()
    mine = live.pop(editor, None) or ""
    state = _CHECK_OF.get(str(ann.review), Check.UNTAGGED)
    blind = required >= 2 and not mine and editor not in leads and state is not Check.ADJUDICATED
    adj = ann.adjudication if state is Check.ADJUDICATED else None
    return ReviewView(state=state, final=ann.status or "", mine=mine,
                      others=() if blind else tuple(sorted(live.items())), hidden=len(live) if blind else 0,
                      required=required, adjudicated_by=adj.by if adj else "", reason=adj.reason if adj else "")


@dataclass(frozen=True, slots=True)
class VerdictLine:
    """One editor's verdict on a claim, for the detail view and the adjudication dialog."""

    editor: str
    verdict: str
    mine: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A claim from another outlet the alignment links to the selected one, offered as evidence."""

    claim_id: str
    outlet: str
    text: str
    relation: str  # the link's relation: agree | conflict | update
    why: str
    stance: Stance  # offered first (the link's relation)


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One piece of evidence on a claim, for the dialog."""

    index: int
    stance: str
    kind: str  # claim | source
    outlet: str
    text: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a change did: ``ok``, a notice for the editor, and the claims whose annotation changed."""

    ok: bool
    message: str = ""
    severity: Severity = "information"
    changed: tuple[str, ...] = ()
    title: str = ""
    #: articles whose metadata (outlet, title, date) changed: their panes, rows and citations follow
    docs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimLook:
    """How a claim is drawn: its relation (to the selected claim when linked to it, else its own state) and tag."""

    relation: str
    tag: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One undoable change: what it did, whether it is undone, the claim it changed (when known) and when
    (the local time, for the changes made in this session)."""

    desc: str
    undone: bool
    claim_id: str | None
    at: str = ""
    editor: str = ""


@dataclass(slots=True)
class _Made:
    """A change this session made: its claim and local time; mirrors the store's history (undo marks the
    newest done one undone, redo the oldest undone one done, a new change drops the undone ones)."""

    claim_id: str
    at: str
    undone: bool = False


@dataclass(frozen=True, slots=True)
class LinkedFact:
    """A claim linked to the selected one, for the detail view and the status line."""

    claim_id: str
    outlet: str
    text: str
    figure: str  # the figure the link compares, as written in this claim
    this_figure: str  # ... and in the selected claim
    relation: str
    why: str
    origins: str
    source: str


@dataclass(frozen=True, slots=True)
class StatusFacts:
    """Everything the status line says, as plain values (the widget turns it into text)."""

    reviewed: int
    total: int
    mode: str = ""  # "" | READ-ONLY | NOT SAVING
    review: ReviewView = ReviewView()
    opening: bool = False  # the tags are not read yet
    analysed: bool = True
    links: int = 0
    articles: int = 0
    selected: bool = False
    tag: str = ""
    has_note: bool = False
    state: str = ""
    this_figure: str = ""
    other_outlet: str = ""
    other_figure: str = ""
    why: str = ""
    origins: str = ""
    source: str = ""


def table_row(base: ClaimRow, ann: Annotation | None, editor: str, settings: ProjectSettings | None,
              doc: Document | None = None) -> ClaimRow:
    """The claims table's row for a claim: its base row with the verdict this editor sees, the note mark, where
    its review stands, and the article's corrected outlet (``doc``, when an editor corrected it)."""
    from tui.widgets.claims_panel import DeskRow

    changes: dict[str, object] = {}
    if doc is not None and doc.label != base.outlet:
        changes.update(outlet=doc.label, outlet_key=doc.outlet.lower())
    if ann is not None and not ann.orphan and not ann.is_empty:
        v = review_view(ann, editor, settings)
        changes.update(status=v.shown, has_note=bool(ann.note), decided=bool(v.final),
                       review=v.state.value if v.state is not Check.UNTAGGED else "")
    if not changes:
        return base
    return DeskRow.of(base, **changes)


def _clock() -> str:
    """The local time now, as the history shows it."""
    import datetime as dt

    return dt.datetime.now().strftime("%H:%M:%S")


def local_time(iso: str) -> str:
    """An ISO 8601 UTC time as the editor's local time: ``14:03:07`` today, ``2024-10-03 14:03`` before."""
    import datetime as dt

    if not iso:
        return ""
    try:
        t = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso[:16]
    if t.date() == dt.datetime.now().astimezone().date():
        return t.strftime("%H:%M:%S")
    return t.strftime("%Y-%m-%d %H:%M")


def _snippet(text: str) -> str:
    from store.annotations import snippet

    return snippet(text)


@dataclass
class ReviewSession:
    """The desk's state and rules. Attach the analysis and the store as they arrive (either order)."""

    model: DeskModel = field(default_factory=DeskModel)
    store: AnnotationStore | None = None
    store_error: str | None = None
    selected: str | None = None

    def __post_init__(self) -> None:
        self._annotations: dict[str, Annotation] = {}
        self._reviewed = 0
        #: relation of each claim linked to the selected one, to it
        self.relative: dict[str, str] = {}
        #: claim ids by the snippet the store writes in its history ("tag disputed on “…”")
        self._by_snippet: dict[str, list[str]] | None = None
        self._made: list[_Made] = []
        #: the project's review settings (second check, leads), read with the annotations
        self.settings: ProjectSettings | None = None
        #: the articles as the loader gave them, for those an editor corrected (doc id -> Document)
        self._loaded_docs: dict[str, Document] = {}

    # ------------------------------------------------------------------ what arrives
    def attach_model(self, model: DeskModel) -> None:
        self.model = model
        self.selected = None
        self.relative = {}
        self._by_snippet = None
        self._recount()

    def attach_store(self, store: AnnotationStore) -> None:
        self.store, self.store_error = store, None

    def fail_store(self, error: str) -> None:
        self.store, self.store_error = None, error

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    @property
    def editor(self) -> str:
        return self.store.editor if self.store is not None else ""

    @property
    def second_check(self) -> bool:
        return self.settings is not None and self.settings.required_verdicts >= 2

    def is_lead(self) -> bool:
        """May this editor settle a disagreement (a lead, or anyone when the project names none)."""
        leads = self.settings.leads if self.settings is not None else ()
        return not leads or self.editor in leads

    def load_annotations(self) -> None:
        """Read every annotation into the cache (after the store's sync; the desk calls it in a worker)."""
        self.set_annotations({a.claim_id: a for a in self.store.annotations()} if self.store is not None else {})

    def set_annotations(self, annotations: dict[str, Annotation], reviewed: int | None = None) -> None:
        """Take the annotations a worker read (claim id -> annotation); with ``reviewed``, the worker has kept only
        the live ones and counted the tagged claims already (nothing here walks them)."""
        if reviewed is None:
            annotations, reviewed = self.live(annotations)
        self._annotations = annotations
        self._reviewed = reviewed

    def live(self, annotations: dict[str, Annotation]) -> tuple[dict[str, Annotation], int]:
        """The annotations the desk shows (not orphaned, not empty) and how many of this analysis's claims are
        tagged: a walk over them, for a worker thread."""
        kept = {cid: a for cid, a in annotations.items() if not a.orphan and not a.is_empty}
        return kept, sum(1 for cid, a in kept.items() if a.status and cid in self.model.claims)

    def absorb(self, claim_ids: Iterable[str], docs: Iterable[str] = ()) -> Outcome:
        """Another desk on this store (or a sync) changed these claims' annotations and these articles' details:
        read them again (one lookup each)."""
        if self.store is None:
            return Outcome(True)
        changed = tuple(cid for cid in claim_ids if cid in self.model.claims)
        for cid in changed:
            self._put(cid, self.store.get(cid))
        return Outcome(True, changed=changed, docs=self.reread_docs(docs))

    def shown_annotations(self) -> dict[str, Annotation]:
        """A copy of the annotations the desk shows (safe to take from a worker thread: one C-level copy)."""
        return dict(self._annotations)

    def annotated(self) -> list[str]:
        """The claims that have an annotation."""
        return list(self._annotations)

    def prepare(self) -> None:
        """Index what undo and the history need (a walk over the claims: run it in a worker)."""
        by: dict[str, list[str]] = {}
        for c in self.model.claims.values():
            by.setdefault(_snippet(c.text), []).append(c.id)
        self._by_snippet = by

    def _recount(self) -> None:
        self._reviewed = sum(1 for cid, a in self._annotations.items() if a.status and cid in self.model.claims)

    # ------------------------------------------------------------------ reading
    def annotation(self, claim_id: str) -> Annotation | None:
        return self._annotations.get(claim_id)

    def status_of(self, claim_id: str) -> str:
        """The verdict this editor sees on the claim: the final one, else their own ("" when neither: during a
        second check, another editor's verdict is not shown before one's own)."""
        ann = self._annotations.get(claim_id)
        if ann is None:
            return ""
        return ann.status or ann.verdict_of(self.editor) or ""

    def mine_of(self, claim_id: str) -> str:
        """This editor's own verdict on the claim."""
        ann = self._annotations.get(claim_id)
        return (ann.verdict_of(self.editor) or "") if ann else ""

    def review_of(self, claim_id: str) -> ReviewView:
        return review_view(self._annotations.get(claim_id), self.editor, self.settings)

    def verdict_lines(self, claim_id: str) -> list[VerdictLine]:
        """Every verdict this editor may see on the claim: their own first, then the others' by name."""
        v = self.review_of(claim_id)
        out = [VerdictLine(self.editor, v.mine, True)] if v.mine else []
        out.extend(VerdictLine(e, verdict) for e, verdict in v.others)
        return out

    def adjudication_of(self, claim_id: str) -> Adjudication | None:
        ann = self._annotations.get(claim_id)
        return ann.adjudication if ann is not None and ann.adjudication is not None \
            and ann.adjudication.status is not None else None

    def note_of(self, claim_id: str) -> str:
        ann = self._annotations.get(claim_id)
        return (ann.note or "") if ann else ""

    def evidence_of(self, claim_id: str) -> list[Evidence]:
        ann = self._annotations.get(claim_id)
        return list(ann.evidence) if ann else []

    @property
    def reviewed(self) -> int:
        return self._reviewed

    @property
    def total(self) -> int:
        return len(self.model.claims)

    def state_of(self, claim_id: str) -> str:
        """A claim's own colour: its tag if tagged, else its state among the other outlets."""
        return self.status_of(claim_id) or self.model.state(claim_id).value

    def relation_shown(self, claim_id: str) -> str:
        """The relation a claim is drawn with: to the selected claim when linked to it, else its own state."""
        return self.relative.get(claim_id) or self.model.state(claim_id).value

    def look(self, claim_id: str) -> ClaimLook:
        return ClaimLook(self.relation_shown(claim_id), self.status_of(claim_id))

    def row(self, claim_id: str) -> ClaimRow:
        """The claims table's row for a claim as it is now (one lookup)."""
        model = self.model
        base = model.rows[model.position[claim_id]]
        doc_id = model.claims[claim_id].doc
        return table_row(base, self._annotations.get(claim_id), self.editor, self.settings,
                         model.docs[doc_id] if doc_id in self._loaded_docs else None)

    def rows(self, annotations: dict[str, Annotation], settings: ProjectSettings | None,
             corrected: dict[str, Document] | None = None) -> list[ClaimRow]:
        """Every row of the claims table with these annotations and these corrected articles (a walk over them:
        call it in a worker)."""
        model = self.model
        rows = list(model.rows)
        editor = self.editor
        if corrected is None:
            corrected = {d: model.docs[d] for d in self._loaded_docs if d in model.docs}
        for cid, a in annotations.items():
            pos = model.position.get(cid)
            if pos is not None:
                doc = corrected.get(model.claims[cid].doc)
                rows[pos] = table_row(rows[pos], a, editor, settings, doc)
        for d, doc in corrected.items():
            for c in model.claims_of(d):
                if c.id not in annotations:
                    pos = model.position[c.id]
                    rows[pos] = table_row(rows[pos], None, editor, settings, doc)
        return rows

    def next_matching_review(self, current: str | None, states: tuple[Check, ...]) -> str | None:
        """The next claim (review order, wrapping) whose review is in one of ``states``."""
        return self.model.next_matching(current, lambda cid: self.review_of(cid).state in states)

    # ------------------------------------------------------------------ selection
    def select(self, claim_id: str | None) -> tuple[str, ...]:
        """Select a claim; returns the claims whose look changed: linked before or after, but not those linked
        both times by the same relation (they are drawn just as they were)."""
        before = self.relative
        self.selected = claim_id if claim_id in self.model.claims else None
        self.relative = ({c.id: link.relation.value for c, link in self.model.linked(self.selected)}
                         if self.selected else {})
        after = self.relative
        return tuple(c for c in before.keys() | after.keys() if before.get(c) != after.get(c))

    def linked_facts(self, claim_id: str) -> list[LinkedFact]:
        """Every claim linked to ``claim_id``, strongest link first."""
        out = []
        for other, link in self.model.linked(claim_id):
            out.append(LinkedFact(
                claim_id=other.id, outlet=self.model.outlet(other.doc), text=other.text,
                figure=self.model.figure_of(other.id, link), this_figure=self.model.figure_of(claim_id, link),
                relation=link.relation.value, why=link.why, origins=self.model.origin_summary(other.id),
                source=other.source))
        return out

    def status_facts(self, *, analysed: bool, ready: bool, articles: int) -> StatusFacts:
        mode = "READ-ONLY" if self.read_only else "NOT SAVING" if self.store_error else ""
        base = StatusFacts(reviewed=self._reviewed, total=self.total, mode=mode, analysed=analysed,
                           opening=analysed and articles > 0 and not ready, links=len(self.model.analysis.links),
                           articles=articles)
        cid = self.selected
        if cid is None or cid not in self.model.claims:
            return base
        c = self.model.claims[cid]
        state = self.model.state(cid)
        told = self.model.telling_link(cid)
        this_figure = other_outlet = other_figure = why = ""
        # two propositions ("needs only his signature", then "signed"): the claims' own figures are not what the link
        # compares; its reason says what is
        propositional = told is not None and not any(told[1].facts)
        if told is not None:
            other, link = told
            why, other_outlet = link.why, self.model.outlet(other.doc)
            if not propositional:
                this_figure, other_figure = self.model.figure_of(cid, link), self.model.figure_of(other.id, link)
        return StatusFacts(
            reviewed=base.reviewed, total=base.total, mode=mode, review=self.review_of(cid), analysed=analysed,
            opening=base.opening, links=base.links, articles=articles, selected=True, tag=self.status_of(cid),
            has_note=bool(self.note_of(cid)), state=state.value,
            this_figure=this_figure or ("" if propositional else figures(c)),
            other_outlet=other_outlet, other_figure=other_figure, why=why,
            origins=self.model.origin_summary(cid), source=c.source)

    # ------------------------------------------------------------------ navigation
    def next_untagged(self, current: str | None) -> str | None:
        return self.model.next_matching(current, lambda cid: not self.status_of(cid))

    def next_disagreement(self, current: str | None) -> str | None:
        return self.model.next_disagreement(current)

    # ------------------------------------------------------------------ changes
    def why_not_writable(self) -> tuple[str, Severity] | None:
        """Why a change cannot be made now (None when it can)."""
        if self.selected is None:
            return "Select a claim first (n / p, or click one).", "information"
        if self.store is None:
            return (self.store_error or "The annotation store is still opening…"), "error"
        if self.store.read_only:
            return "This store is open read-only; nothing can be changed.", "warning"
        return None

    def _claim(self, claim_id: str) -> tuple[Claim, Document]:
        c = self.model.claims[claim_id]
        return c, self.model.docs[c.doc]

    def _put(self, claim_id: str, ann: Annotation | None) -> None:
        """Keep the cache and the reviewed count in step with one claim's annotation."""
        old = self._annotations.get(claim_id)
        if old is not None and old.status:
            self._reviewed -= 1
        if ann is None or ann.is_empty or ann.orphan:
            self._annotations.pop(claim_id, None)
        else:
            self._annotations[claim_id] = ann
            if ann.status and claim_id in self.model.claims:
                self._reviewed += 1

    def _write(self, claim_id: str, change: Callable[[AnnotationStore, Claim, Document], Annotation],
               done: str = "") -> Outcome:
        refused = self.why_not_writable()
        if refused is not None:
            return Outcome(False, refused[0], refused[1])
        assert self.store is not None
        claim, doc = self._claim(claim_id)
        try:
            ann = change(self.store, claim, doc)
        except Exception as e:  # StoreError: the change is not on disk, so the screen must not show it
            return Outcome(False, str(e) or e.__class__.__name__, "error", title="Not saved")
        self._put(claim_id, ann)
        self._log(claim_id)
        return Outcome(True, done, changed=(claim_id,))

    def _log(self, claim_id: str) -> None:
        self._made = [m for m in self._made if not m.undone]
        self._made.append(_Made(claim_id, _clock()))

    def tag(self, claim_id: str, status: Tag | str | None) -> Outcome:
        value = Tag(status).value if status else None
        return self._write(claim_id, lambda s, c, d: s.set_status(c, d, value))

    def set_note(self, claim_id: str, text: str) -> Outcome:
        if text == self.note_of(claim_id):
            return Outcome(True)
        return self._write(claim_id, lambda s, c, d: s.set_note(c, d, text), "Note saved.")

    # ------------------------------------------------------------------ evidence
    def suggestions(self, claim_id: str) -> list[Suggestion]:
        """Claims linked to this one that are not its evidence yet, strongest link first."""
        have = {e.claim_id for e in self.evidence_of(claim_id) if e.kind == "claim"}
        allowed = supported_stances()
        return [Suggestion(other.id, self.model.outlet(other.doc), other.text, link.relation.value, link.why,
                           default_stance(link.relation, allowed))
                for other, link in self.model.linked(claim_id) if other.id not in have]

    def evidence_items(self, claim_id: str) -> list[EvidenceItem]:
        out = []
        for i, e in enumerate(self.evidence_of(claim_id)):
            if e.kind == "claim":
                other = self.model.claims.get(e.claim_id)
                outlet = self.model.outlet(other.doc) if other else (e.outlet or e.doc_id)
                out.append(EvidenceItem(i, e.relation, "claim", outlet, other.text if other else e.quote))
            else:
                out.append(EvidenceItem(i, e.relation, "source", "", e.text if e.text != e.url else "", e.url))
        return out

    def add_suggestion(self, claim_id: str, s: Suggestion, stance: Stance | None = None) -> Outcome:
        from store.annotations import Evidence

        stance = stance or s.stance
        try:
            ev = Evidence(kind="claim", claim_id=s.claim_id, doc_id=self.model.claims[s.claim_id].doc,
                          outlet=s.outlet, quote=s.text, relation=stance.value)
        except ValueError as e:
            return Outcome(False, str(e), "error", title="Not saved")
        return self._write(claim_id, lambda st, c, d: st.add_evidence(c, d, ev),
                           f"Evidence added: {stance.value} — {s.outlet}")

    def accept_top_suggestion(self, claim_id: str) -> Outcome:
        sugg = self.suggestions(claim_id)
        if not sugg:
            return Outcome(False, "No evidence suggestion left for this claim.")
        return self.add_suggestion(claim_id, sugg[0])

    def add_source(self, claim_id: str, text: str, stance: Stance) -> Outcome:
        from store.annotations import Evidence

        text = text.strip()
        if not text:
            return Outcome(False, "Type a source or a URL first.")
        url = text if text.startswith(("http://", "https://")) else ""
        try:
            ev = Evidence(kind="source", text="" if url else text, url=url, relation=stance.value)
        except ValueError as e:
            return Outcome(False, str(e), "error", title="Not saved")
        return self._write(claim_id, lambda st, c, d: st.add_evidence(c, d, ev), f"Source added ({stance.value}).")

    def remove_evidence(self, claim_id: str, index: int) -> Outcome:
        return self._write(claim_id, lambda st, c, d: st.remove_evidence(c, d, index), "Evidence removed.")

    # ------------------------------------------------------------------ the whole fact
    def cluster_plan(self, claim_id: str) -> tuple[list[Claim], str] | Outcome:
        """The claims of the selected claim's fact and the tag they would get, or why not."""
        members = self.model.cluster_claims(claim_id)
        status = self.status_of(claim_id)
        if len(members) < 2:
            return Outcome(False, "This claim is not linked to any other outlet.")
        if not status:
            return Outcome(False, "Tag this claim first (c or d); g then gives every claim of the fact the same tag.")
        return members, status

    def tag_cluster(self, claim_id: str) -> Outcome:
        """Give this editor's verdict on the selected claim to every claim of its fact that does not have it yet:
        one change in the store (one journal line, one undo step)."""
        plan = self.cluster_plan(claim_id)
        if isinstance(plan, Outcome):
            return plan
        members, status = plan
        refused = self.why_not_writable()
        if refused is not None:
            return Outcome(False, refused[0], refused[1])
        assert self.store is not None
        todo = [(c, self.model.docs[c.doc]) for c in members if self.mine_of(c.id) != status]
        if not todo:
            return Outcome(True, f"Every claim of this fact is already tagged {status}.")
        try:
            anns = self.store.set_statuses(todo, status)
        except Exception as e:  # StoreError: nothing of it is on disk, so nothing of it is shown
            return Outcome(False, str(e) or e.__class__.__name__, "error", title="Not saved")
        for (c, _), ann in zip(todo, anns, strict=True):
            self._put(c.id, ann)
        self._log(todo[0][0].id)
        n = len(todo)
        return Outcome(True, f"Tagged {n} more claim{'' if n == 1 else 's'} {status} (one step: ctrl+z undoes "
                             f"{'them all' if n > 1 else 'it'}).", changed=tuple(c.id for c, _ in todo))

    # ------------------------------------------------------------------ a lead settles a disagreement
    def why_not_adjudicate(self, claim_id: str) -> tuple[str, Severity] | None:
        """Why this editor cannot settle the claim now (None when they can)."""
        refused = self.why_not_writable()
        if refused is not None:
            return refused
        view = self.review_of(claim_id)
        if view.state not in (Check.DISAGREEMENT, Check.ADJUDICATED):
            return ("Nothing to settle: the editors do not disagree on this claim "
                    f"({view.state.words}). is:disagreement in the claims table lists those that do."), "information"
        if not self.is_lead():
            leads = self.settings.leads if self.settings is not None else ()
            return f"Only a lead can settle a disagreement: {', '.join(leads)} (you are {self.editor}).", "warning"
        return None

    def adjudicate(self, claim_id: str, status: Tag | str | None, reason: str) -> Outcome:
        """The lead's final verdict on the claim (None withdraws it), with the reason."""
        refused = self.why_not_adjudicate(claim_id)
        if refused is not None:
            return Outcome(False, refused[0], refused[1])
        if status and not reason.strip():
            return Outcome(False, "Give the reason for the final verdict (it is kept with it).")
        value = Tag(status).value if status else None
        done = f"Settled as {value}." if value else "Adjudication withdrawn."
        return self._write(claim_id, lambda s, c, d: s.adjudicate(c, d, value, reason), done)

    # ------------------------------------------------------------------ an article's outlet, title and date
    def loaded_document(self, doc_id: str) -> Document:
        """The article as the loader gave it (before an editor's corrections)."""
        return self._loaded_docs.get(doc_id) or self.model.docs[doc_id]

    def apply_meta(self, metas: Iterable[object]) -> tuple[str, ...]:
        """Show the editors' corrections (``store.DocumentMeta``) in place of the loader's values: the model's
        articles are replaced by corrected copies. Returns the articles that changed."""
        changed = []
        for meta in metas:
            doc_id = getattr(meta, "doc_id", "")
            if doc_id not in self.model.docs:
                continue
            original = self.loaded_document(doc_id)
            new = meta.apply(original)  # type: ignore[attr-defined]
            if new != self.model.docs[doc_id]:
                self._loaded_docs.setdefault(doc_id, original)
                self._replace_doc(new)
                changed.append(doc_id)
        return tuple(changed)

    def _replace_doc(self, doc: Document) -> None:
        model = self.model
        model.docs[doc.id] = doc
        docs = model.analysis.documents
        i = model.doc_index.get(doc.id)
        if i is not None and i < len(docs) and docs[i].id == doc.id:
            docs[i] = doc

    def set_meta(self, doc_id: str, *, outlet: str, title: str, date: str) -> Outcome:
        """Correct an article's outlet, title and date (an empty field takes the correction away: the loader's
        value shows again). Validated by the store (one line naming the field), undoable."""
        if self.store is None:
            return Outcome(False, self.store_error or "The annotation store is still opening…", "error")
        if self.store.read_only:
            return Outcome(False, "This store is open read-only; nothing can be changed.", "warning")
        from store.annotations import CLEAR

        loaded = self.loaded_document(doc_id)
        current = self.model.docs[doc_id]
        values: dict[str, object] = {}
        for name, typed, was, orig in (("outlet", outlet.strip(), current.outlet, loaded.outlet),
                                       ("title", title.strip(), current.title, loaded.title),
                                       ("date", date.strip(), current.date.isoformat() if current.date else "",
                                        loaded.date.isoformat() if loaded.date else "")):
            if typed == was:
                continue
            values[name] = CLEAR if not typed or typed == orig else typed
        if not values:
            return Outcome(True, "Nothing changed.")
        try:
            meta = self.store.set_document_meta(loaded, **values)  # type: ignore[arg-type]
        except Exception as e:  # MetaRefused names the field; StoreError the store
            return Outcome(False, str(e) or e.__class__.__name__, "error", title="Not saved")
        changed = self.apply_meta([meta])
        self._log("")
        return Outcome(True, f"Article details saved: {self.model.outlet(doc_id)}.", docs=changed or (doc_id,))

    def reread_docs(self, doc_ids: Iterable[str]) -> tuple[str, ...]:
        """Read these articles' corrections from the store again (another desk, a sync or an undo changed them);
        returns those whose details changed on screen."""
        if self.store is None:
            return ()
        out = []
        for d in doc_ids:
            if d not in self.model.docs:
                continue
            meta = self.store.document_meta(d)
            loaded = self.loaded_document(d)
            want = meta.apply(loaded) if meta is not None else loaded
            if want != self.model.docs[d]:
                self._loaded_docs.setdefault(d, loaded)
                self._replace_doc(want)
                out.append(d)
        return tuple(out)

    # ------------------------------------------------------------------ undo, redo, history
    def _claims_named_in(self, desc: str) -> list[str]:
        """The claims a history description names (the store ends it with the claim's snippet)."""
        if self._by_snippet is None:
            self.prepare()
        assert self._by_snippet is not None
        i = desc.find("“")
        return list(self._by_snippet.get(desc[i:], ())) if i >= 0 else []

    def step_history(self, which: Literal["undo", "redo"]) -> Outcome:
        if self.store is None or self.store.read_only:
            return Outcome(False, "Nothing to change in a read-only store.")
        try:
            desc = self.store.undo() if which == "undo" else self.store.redo()
        except Exception as e:
            return Outcome(False, str(e) or e.__class__.__name__, "error", title="Not saved")
        if desc is None:
            return Outcome(False, f"Nothing to {which}.")
        if which == "undo":
            m = next((m for m in reversed(self._made) if not m.undone), None)
        else:
            m = next((m for m in self._made if m.undone), None)
        if m is not None:
            m.undone = which == "undo"
        claim_ids = getattr(desc, "claim_ids", None)
        if claim_ids is not None:  # a HistoryStep: it names what it put back
            return self._restored(str(desc), tuple(claim_ids), tuple(getattr(desc, "doc_ids", ())))
        named = self._claims_named_in(desc)
        if named:
            for cid in named:
                self._put(cid, self.store.get(cid))
            return Outcome(True, desc, changed=tuple(named))
        self.load_annotations()  # the claim is not known by its snippet any more: read them all
        return Outcome(True, desc, changed=tuple(self.model.claims))

    def _restored(self, text: str, claim_ids: tuple[str, ...], doc_ids: tuple[str, ...]) -> Outcome:
        """Read back what an undo or redo put back: each claim's annotation, each article's details."""
        assert self.store is not None
        changed = tuple(cid for cid in claim_ids if cid in self.model.claims)
        for cid in changed:
            self._put(cid, self.store.get(cid))
        docs = self.reread_docs(doc_ids)
        n = len(claim_ids)
        if n > 1:
            text += f" · {n} claims restored"
        return Outcome(True, text, changed=changed, docs=docs)

    def history(self) -> list[HistoryEntry]:
        """The undo history, newest first, each with the claim it changed when that claim is loaded, and when.

        A store with ``history_entries()`` (each entry's time, editor and claim) gives every time; an older
        one gives descriptions only, and the times are those of the changes made in this session."""
        if self.store is None:
            return []
        detailed = getattr(self.store, "history_entries", None)
        if callable(detailed):
            return [HistoryEntry(e.desc, bool(e.undone), e.claim_id if e.claim_id in self.model.claims else None,
                                 local_time(e.at), e.editor) for e in detailed()]
        entries = []
        made = list(reversed(self._made))
        for raw in reversed(self.store.history()):
            undone = raw.startswith("undone: ")
            desc = raw[len("undone: "):] if undone else raw
            named = self._claims_named_in(desc)
            at = ""
            # this session's changes are the newest entries: times as long as they line up
            if made and made[0].undone == undone and made[0].claim_id in named:
                at = made.pop(0).at
            else:
                made = []
            entries.append(HistoryEntry(desc, undone, named[0] if named else None, at))
        return entries

    def orphan_rows(self) -> list[str]:
        from pathlib import Path

        rows = []
        for ann in self.store.orphans() if self.store is not None else []:
            rows.append(f"{ann.status or 'untagged'} · {Path(ann.doc_path).name}: “{ann.quote.exact}” "
                        f"{ann.note or ''}".strip())
        return rows

    def changed_rows(self, ids: Iterable[str]) -> list[str]:
        return [cid for cid in ids if cid in self.model.claims]
