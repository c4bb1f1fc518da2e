"""The claims table: every claim with outlet, values, status, origins and a note marker.

Filter with the search box: free words match claim text and outlet; ``is:untagged``,
``is:corroborated``, ``is:disputed``, ``has:conflict``, ``has:update``, ``has:note`` and
``outlet:NAME`` narrow it. Click a column header (or press ``s``) to sort.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from tui.widgets.claims_table import ClaimsTable, Column
from tui.widgets.safe_inputs import SafeInput

STATUS_MARK = {"corroborated": ("✓ corroborated", "green"), "disputed": ("✗ disputed", "red"), "": ("· untagged", "dim")}
RELATION_MARK = {"conflict": ("conflict", "red"), "update": ("update", "yellow"), "agree": ("agree", "green"),
                 "alone": ("alone", "dim")}


@dataclass(frozen=True, slots=True)
class ClaimRow:
    claim_id: str
    order: int
    outlet: str
    text: str
    values: str
    status: str  # "" | corroborated | disputed
    relation: str  # agree | conflict | alone
    origins: str
    n_origins: int
    has_note: bool
    fact: int = -1  # cluster order, -1 when no other outlet states it


SORTS = ("order", "fact", "status", "relation", "outlet", "origins")


class ClaimsPanel(Vertical):
    BINDINGS = [Binding("s", "cycle_sort", "Sort", show=False)]

    COLUMNS = [
        Column("outlet", "Outlet", 12),
        Column("text", "Claim", 0),
        Column("values", "Values", 16),
        Column("status", "Status", 14),
        Column("relation", "Relation", 8),
        Column("origins", "Origins", 20),
        Column("note", "✎", 1),
    ]

    class ClaimChosen(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[ClaimRow] = []
        self._shown: list[str] = []
        self._query = ""
        self._sort = "order"
        self._selected: str | None = None

    def compose(self) -> ComposeResult:
        yield SafeInput(placeholder="search claims · is:untagged is:disputed has:conflict has:note outlet:NAME",
                    id="claim-search")
        yield Static("", id="claims-summary", markup=False)
        yield ClaimsTable(self.COLUMNS, id="claims-table")

    @property
    def table(self) -> ClaimsTable:
        return self.query_one(ClaimsTable)

    # ------------------------------------------------------------------ data in
    def set_rows(self, rows: list[ClaimRow], selected: str | None = None) -> None:
        self._rows = rows
        self._selected = selected
        self._refill()

    def update_rows(self, changed: list[ClaimRow]) -> None:
        """Replace a few rows (after a tag or a note) without rebuilding the rest."""
        by_id = {r.claim_id: r for r in changed}
        self._rows = [by_id.get(r.claim_id, r) for r in self._rows]
        self._refill()

    def select(self, claim_id: str | None) -> None:
        self._selected = claim_id
        self.table.move_to(claim_id)

    # ------------------------------------------------------------------ filtering and sorting
    def _matches(self, r: ClaimRow, tokens: list[str]) -> bool:
        for tok in tokens:
            if tok == "is:untagged":
                ok = not r.status
            elif tok.startswith("is:"):
                ok = bool(tok[3:]) and r.status.startswith(tok[3:])
            elif tok == "has:conflict":
                ok = r.relation == "conflict"
            elif tok == "has:agree":
                ok = r.relation == "agree"
            elif tok == "has:update":
                ok = r.relation == "update"
            elif tok == "has:note":
                ok = r.has_note
            elif tok.startswith("outlet:"):
                ok = tok[7:] in r.outlet.lower()
            else:
                ok = tok in r.text.lower() or tok in r.outlet.lower() or tok in r.values.lower()
            if not ok:
                return False
        return True

    def _sorted(self, rows: list[ClaimRow]) -> list[ClaimRow]:
        key = {
            "order": lambda r: r.order,
            "fact": lambda r: (r.fact < 0, r.fact, r.order),
            "status": lambda r: ({"disputed": 0, "corroborated": 1, "": 2}.get(r.status, 2), r.order),
            "relation": lambda r: ({"conflict": 0, "update": 1, "agree": 2, "alone": 3}.get(r.relation, 3), r.order),
            "outlet": lambda r: (r.outlet.lower(), r.order),
            "origins": lambda r: (-r.n_origins, r.order),
        }[self._sort]
        return sorted(rows, key=key)

    def _refill(self) -> None:
        tokens = self._query.lower().split()
        rows = self._sorted([r for r in self._rows if self._matches(r, tokens)])
        self._shown = [r.claim_id for r in rows]
        cells = []
        for r in rows:
            st, st_style = STATUS_MARK.get(r.status, STATUS_MARK[""])
            rel, rel_style = RELATION_MARK.get(r.relation, RELATION_MARK["alone"])
            cells.append((r.outlet, r.text, r.values, (st, st_style), (rel, rel_style), r.origins,
                          "✎" if r.has_note else ""))
        self.table.set_rows(self._shown, cells, keep=self._selected)
        reviewed = sum(1 for r in self._rows if r.status)
        filt = f" · showing {len(rows)}" if len(rows) != len(self._rows) else ""
        self.query_one("#claims-summary", Static).update(
            f"{reviewed} of {len(self._rows)} claims reviewed{filt} · sorted by {self._sort} (s)"
        )

    @on(Input.Changed, "#claim-search")
    def _search(self, event: Input.Changed) -> None:
        self._query = event.value
        self._refill()

    @on(Input.Submitted, "#claim-search")
    def _search_done(self) -> None:
        self.table.focus()

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
