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
from tui.desk_model import DeskModel, figures

if TYPE_CHECKING:
    from store.annotations import Annotation, AnnotationStore, Evidence

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

    def absorb(self, claim_ids: Iterable[str]) -> Outcome:
        """Another desk on this store changed these claims' annotations: read them again (one lookup each)."""
        if self.store is None:
            return Outcome(True)
        changed = tuple(cid for cid in claim_ids if cid in self.model.claims)
        for cid in changed:
            self._put(cid, self.store.get(cid))
        return Outcome(True, changed=changed)

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
        ann = self._annotations.get(claim_id)
        return (ann.status or "") if ann else ""

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

    # ------------------------------------------------------------------ selection
    def select(self, claim_id: str | None) -> tuple[str, ...]:
        """Select a claim; returns the claims whose drawn relation changed (linked before or after)."""
        before = set(self.relative)
        self.selected = claim_id if claim_id in self.model.claims else None
        self.relative = ({c.id: link.relation.value for c, link in self.model.linked(self.selected)}
                         if self.selected else {})
        return tuple(before | set(self.relative))

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
        if told is not None:
            other, link = told
            this_figure, why = self.model.figure_of(cid, link), link.why
            other_outlet, other_figure = self.model.outlet(other.doc), self.model.figure_of(other.id, link)
        return StatusFacts(
            reviewed=base.reviewed, total=base.total, mode=mode, analysed=analysed, opening=base.opening,
            links=base.links, articles=articles, selected=True, tag=self.status_of(cid),
            has_note=bool(self.note_of(cid)), state=state.value, this_figure=this_figure or figures(c),
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
        plan = self.cluster_plan(claim_id)
        if isinstance(plan, Outcome):
            return plan
        members, status = plan
        changed: list[str] = []
        for c in members:
            if self.status_of(c.id) == status:
                continue
            out = self._write(c.id, lambda s, cl, d: s.set_status(cl, d, status))
            if not out.ok:
                return Outcome(False, out.message, out.severity, tuple(changed), out.title)
            changed.append(c.id)
        n = len(changed)
        return Outcome(True, f"Tagged {n} more claim{'' if n == 1 else 's'} {status}.", changed=tuple(changed))

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
        named = self._claims_named_in(desc)
        if named:
            for cid in named:
                self._put(cid, self.store.get(cid))
            return Outcome(True, desc, changed=tuple(named))
        self.load_annotations()  # the claim is not known by its snippet any more: read them all
        return Outcome(True, desc, changed=tuple(self.model.claims))

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
