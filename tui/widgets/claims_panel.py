"""The claims table: every claim with outlet, values, status, relation, origins and a note marker.

Filter with the search box (:data:`FILTERS`): free words match the claim, the outlet's name and the
figures (never a file name); the filters narrow it; a word that looks like a filter but is not one
is named on the summary line and ignored. Click a column header (or press ``s``) to sort; Esc
leaves the search box.

A tag or a note patches its row (``patch_rows``); selecting a claim re-colours only the rows linked
to it before or after (``set_relative``). Only a change that moves rows under the current filter or
sort (tagging while filtering by tag, say) fills the table again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from tui.desk_model import ClaimRow
from tui.widgets.claims_table import ClaimsTable, Column
from tui.widgets.safe_inputs import SafeInput

__all__ = ["FILTERS", "RELATION_MARK", "REVIEW_MARK", "SORTS", "STATUS_MARK", "ClaimRow", "ClaimsPanel", "DeskRow",
           "Query", "parse_query"]

STATUS_MARK = {"corroborated": ("✓ corroborated", "green"), "disputed": ("✗ disputed", "red"), "": ("· untagged", "dim")}
#: the Status column where more than one editor is involved (the verdict itself when agreed or one editor's)
REVIEW_MARK = {"second-check": ("◐ 2nd check", "yellow"), "disagreement": ("≠ disagreement", "bold red")}
#: an adjudicated verdict: its mark before the verdict
ADJUDICATED_MARK = "⚖"


@dataclass(frozen=True, slots=True)
class DeskRow(ClaimRow):
    """A table row with where the claim's review stands for this editor: ``status`` is the verdict they see (the
    final one, else their own), ``review`` a ``tui.session.Check`` value ("" with one editor and one check),
    ``decided`` whether it has a final verdict (what "reviewed" counts)."""

    review: str = ""
    decided: bool = False

    @classmethod
    def of(cls, row: ClaimRow, **changes: object) -> DeskRow:
        values = {f.name: getattr(row, f.name) for f in fields(row)}
        if not isinstance(row, DeskRow):
            values.setdefault("decided", bool(row.status))
        values.update(changes)
        return cls(**values)


def decided(r: ClaimRow) -> bool:
    """Whether a row's claim has a final verdict (a plain row: whether it is tagged)."""
    return r.decided if isinstance(r, DeskRow) else bool(r.status)


def review_of(r: ClaimRow) -> str:
    return r.review if isinstance(r, DeskRow) else ""
RELATION_MARK = {"conflict": ("conflict", "red"), "update": ("update", "yellow"), "agree": ("agree", "green"),
                 "alone": ("alone", "dim")}

#: the search box's syntax, for the help screen and the placeholder: (what to type, what it keeps)
FILTERS: tuple[tuple[str, str], ...] = (
    ("words", "claims whose text, outlet or figures contain every word"),
    ("is:untagged", "claims nobody has tagged yet"),
    ("is:corroborated", "claims tagged corroborated"),
    ("is:disputed", "claims tagged disputed"),
    ("is:second-check", "claims that need another editor's verdict (the project asks for two)"),
    ("is:disagreement", "claims editors gave different verdicts, not yet settled by a lead"),
    ("is:adjudicated", "claims a lead settled, with a reason"),
    ("has:conflict", "claims another outlet contradicts"),
    ("has:update", "claims another outlet gives for another time"),
    ("has:agree", "claims another outlet agrees with"),
    ("has:note", "claims with a note"),
    ("outlet:NAME", "claims of outlets whose name contains NAME"),
)

_IS = ("untagged", "corroborated", "disputed", "second-check", "disagreement", "adjudicated")
_REVIEW_WORDS = ("second-check", "disagreement", "adjudicated")
_HAS = ("conflict", "update", "agree", "note")


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: the tests each row must pass, and the filter words that are not filters."""

    tests: tuple[Callable[[ClaimRow], bool], ...] = ()
    unknown: tuple[str, ...] = ()
    #: the row fields the tests read (a change to another field cannot move a row in or out)
    reads: frozenset[str] = frozenset()

    def matches(self, r: ClaimRow) -> bool:
        return all(t(r) for t in self.tests)


def _word(w: str) -> Callable[[ClaimRow], bool]:
    return lambda r: w in r.text.lower() or w in r.outlet_key or w in r.values.lower()


def _outlet(name: str) -> Callable[[ClaimRow], bool]:
    return lambda r: name in r.outlet_key


def _status(w: str) -> Callable[[ClaimRow], bool]:
    if w in _REVIEW_WORDS:
        return lambda r: review_of(r) == w
    return (lambda r: not r.status) if w == "untagged" else (lambda r: r.status == w)


def _relation(w: str) -> Callable[[ClaimRow], bool]:
    return lambda r: r.relation == w


def _has_note(r: ClaimRow) -> bool:
    return r.has_note


def parse_query(text: str) -> Query:
    """``is:``/``has:`` take a known word or an unambiguous start of one (``is:corr``); ``outlet:`` a name."""
    tests: list[Callable[[ClaimRow], bool]] = []
    unknown: list[str] = []
    reads: set[str] = set()
    for tok in text.lower().split():
        kind, colon, arg = tok.partition(":")
        if not colon:
            tests.append(_word(tok))
            reads.update(("text", "outlet", "values"))
            continue
        if kind == "outlet" and arg:
            tests.append(_outlet(arg))
            reads.add("outlet")
            continue
        words = _IS if kind == "is" else _HAS if kind == "has" else ()
        hits = [w for w in words if w.startswith(arg)] if arg else []
        if len(hits) != 1:
            unknown.append(tok)
            continue
        w = hits[0]
        if kind == "is":
            tests.append(_status(w))
            reads.add("review" if w in _REVIEW_WORDS else "status")
        elif w == "note":
            tests.append(_has_note)
            reads.add("has_note")
        else:
            tests.append(_relation(w))
    return Query(tuple(tests), tuple(unknown), frozenset(reads))


SORTS = ("order", "fact", "status", "relation", "outlet", "origins")
#: sorting by status: disagreements first, then claims waiting for a second check, then the rest
_REVIEW_RANK = {"disagreement": -2, "second-check": -1}
#: the row fields each sort reads
_SORT_READS = {"status": {"status", "review"}, "outlet": {"outlet"}}
#: fields a patch compares (a change to one that the filter or the sort reads refills the table)
_PATCHED = ("status", "has_note", "review", "decided", "outlet")


class ClaimsPanel(Vertical):
    BINDINGS = [
        Binding("s", "cycle_sort", "Sort", show=False),
        Binding("escape", "leave_search", "Leave search", show=False),
    ]

    COLUMNS = [
        Column("outlet", "Outlet", 12),
        Column("text", "Claim", 0),
        Column("values", "Values", 16),
        Column("status", "Status", 15),
        Column("relation", "Relation", 8),
        Column("origins", "Origins", 20),
        Column("note", "✎", 1),
    ]

    class ClaimChosen(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    class SearchLeft(Message):
        """Esc in the search box: the desk puts the focus back on the article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[ClaimRow] = []  # in review order: _rows[r.order] is r
        self._order: dict[str, int] = {}
        self._shown: list[str] = []
        self._query = Query()
        self._sort = "order"
        self._selected: str | None = None
        self._relative: dict[str, str] = {}
        self._reviewed = 0
        self._reviews: Counter[str] = Counter()  # rows per review state (second check, disagreement, ...)

    def compose(self) -> ComposeResult:
        yield SafeInput(placeholder="search claims · is:untagged is:disputed is:disagreement has:conflict outlet:NAME "
                        "· ? help",
                        id="claim-search")
        yield Static("", id="claims-summary", markup=False)
        yield ClaimsTable(self.COLUMNS, id="claims-table")

    @property
    def table(self) -> ClaimsTable:
        return self.query_one(ClaimsTable)

    # ------------------------------------------------------------------ data in
    def set_rows(self, rows: list[ClaimRow], selected: str | None = None, *, order: dict[str, int] | None = None,
                 reviewed: int | None = None) -> None:
        """All the rows, in review order (``rows[i].order == i``); ``order`` (claim id -> i) and ``reviewed`` when
        the caller has them (a worker), else worked out here."""
        self._rows = rows
        self._order = order if order is not None else {r.claim_id: r.order for r in rows}
        self._reviewed = reviewed if reviewed is not None else sum(1 for r in rows if decided(r))
        self._reviews = Counter(review_of(r) for r in rows if isinstance(r, DeskRow) and r.review)
        self._selected = selected
        self._refill()

    def update_rows(self, changed: list[ClaimRow]) -> None:
        """Replace a few rows (after a tag or a note)."""
        self.patch_rows(changed)

    def patch_rows(self, changed: Iterable[ClaimRow]) -> None:
        """Replace rows; each one still in place under the filter and sort is patched where it is; the table is
        filled again only when one must move in, out or elsewhere."""
        moved = False
        for r in changed:
            if not 0 <= r.order < len(self._rows) or self._rows[r.order].claim_id != r.claim_id:
                continue
            old = self._rows[r.order]
            self._rows[r.order] = r
            self._reviewed += decided(r) - decided(old)
            if review_of(old):
                self._reviews[review_of(old)] -= 1
            if review_of(r):
                self._reviews[review_of(r)] += 1
            diff = {f for f in _PATCHED if getattr(old, f, None) != getattr(r, f, None)}
            if diff & (self._query.reads | _SORT_READS.get(self._sort, set())):
                moved = True
            elif not moved:
                self.table.patch_row(r.claim_id, r)
        if moved:
            self._refill()
        else:
            self._summary()

    def set_relative(self, relative: dict[str, str], touched: Iterable[str]) -> None:
        """How the claims linked to the selected one relate to it; ``touched``: the rows whose relation shown
        changed (linked before or after)."""
        self._relative = relative
        table = self.table
        for cid in touched:
            r = self._row(cid)
            if r is not None:
                table.patch_row(cid, r)

    def _row(self, claim_id: str) -> ClaimRow | None:
        i = self._order.get(claim_id)
        return self._rows[i] if i is not None else None

    def select(self, claim_id: str | None) -> None:
        self._selected = claim_id
        self.table.move_to(claim_id)

    # ------------------------------------------------------------------ filtering and sorting
    def _matches(self, r: ClaimRow, tokens: list[str]) -> bool:
        return parse_query(" ".join(tokens)).matches(r)

    def _sorted(self, rows: list[ClaimRow]) -> list[ClaimRow]:
        key = {
            "order": lambda r: r.order,
            "fact": lambda r: (r.fact < 0, r.fact, r.order),
            "status": lambda r: (_REVIEW_RANK.get(review_of(r), 1), {"disputed": 0, "corroborated": 1, "": 2}.get(
                r.status, 2), r.order),
            "relation": lambda r: ({"conflict": 0, "update": 1, "agree": 2, "alone": 3}.get(r.relation, 3), r.order),
            "outlet": lambda r: (r.outlet.lower(), r.order),
            "origins": lambda r: (-r.n_origins, r.order),
        }[self._sort]
        return rows if self._sort == "order" else sorted(rows, key=key)

    def _cells(self, r: ClaimRow) -> tuple:
        review = review_of(r)
        if review == "second-check" and r.status:  # one's own verdict, waiting for another editor's
            st, st_style = f"◐ {r.status}", REVIEW_MARK[review][1]
        elif review in REVIEW_MARK:
            st, st_style = REVIEW_MARK[review]
        else:
            st, st_style = STATUS_MARK.get(r.status, STATUS_MARK[""])
            if review == "adjudicated":
                st = f"{ADJUDICATED_MARK} {r.status}"
        relative = self._relative.get(r.claim_id)
        rel, rel_style = RELATION_MARK.get(relative or r.relation, RELATION_MARK["alone"])
        if relative:  # linked to the selected claim: its relation to it, in bold
            rel_style = f"bold {rel_style}"
        return (r.outlet, r.text, r.values, (st, st_style), (rel, rel_style), r.origins, "✎" if r.has_note else "")

    def _refill(self) -> None:
        """Fill the table: rows are turned into cells only when drawn; in review order with no filter the index
        is the one already kept."""
        q = self._query
        natural = not q.tests and self._sort == "order"
        rows = self._rows if natural else self._sorted([r for r in self._rows if q.matches(r)] if q.tests
                                                       else list(self._rows))
        self._shown = [r.claim_id for r in rows]
        self.table.set_rows(self._shown, rows, keep=self._selected, cells=self._cells,
                            index=self._order if natural else None)
        self._summary()

    def _summary(self) -> None:
        n, total = len(self._shown), len(self._rows)
        text = f"{self._reviewed} of {total} claims reviewed"
        k = self._reviews.get("second-check", 0)
        if k:
            text += f" · {k} need{'s' if k == 1 else ''} a second check"
        k = self._reviews.get("disagreement", 0)
        if k:
            text += f" · {k} disagreement{'' if k == 1 else 's'}"
        if n != total:
            text += f" · showing {n}"
        text += f" · sorted by {self._sort} (s)"
        if self._query.unknown:
            text += f" · unknown filter {' '.join(self._query.unknown)} ignored (? shows the syntax)"
        self.query_one("#claims-summary", Static).update(text, layout=False)  # one row: no layout

    @on(Input.Changed, "#claim-search")
    def _search(self, event: Input.Changed) -> None:
        self._query = parse_query(event.value)
        self._refill()

    @on(Input.Submitted, "#claim-search")
    def _search_done(self) -> None:
        self.table.focus()

    def action_leave_search(self) -> None:
        if self.query_one("#claim-search", Input).has_focus:
            self.post_message(self.SearchLeft())

    def action_cycle_sort(self) -> None:
        self._sort = SORTS[(SORTS.index(self._sort) + 1) % len(SORTS)]
        self._refill()

    @on(ClaimsTable.HeaderClicked)
    def _header(self, event: ClaimsTable.HeaderClicked) -> None:
        mapping = {"outlet": "outlet", "status": "status", "relation": "relation", "origins": "origins"}
        self._sort = mapping.get(event.column, "order")
        self._refill()

    @on(ClaimsTable.Highlighted)
    def _highlighted(self, event: ClaimsTable.Highlighted) -> None:
        if isinstance(event, ClaimsTable.Chosen) or not self.table.has_focus:
            return
        if event.key != self._selected:
            self._selected = event.key
            self.post_message(self.ClaimChosen(event.key))

    @on(ClaimsTable.Chosen)
    def _chosen(self, event: ClaimsTable.Chosen) -> None:
        self._selected = event.key
        self.post_message(self.ClaimChosen(event.key))

    def focus_search(self) -> None:
        self.query_one("#claim-search", Input).focus()

    @property
    def summary(self) -> str:
        return str(self.query_one("#claims-summary", Static).render())
