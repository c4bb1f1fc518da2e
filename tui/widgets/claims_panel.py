"""The claims table: every claim with outlet, values, status, origins and a note marker.

Filter with the search box: free words match claim text and outlet; ``is:untagged``,
``is:corroborated``, ``is:disputed``, ``has:conflict``, ``has:note`` and
``outlet:NAME`` narrow it. Click a column header (or press ``s``) to sort.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Static

STATUS_MARK = {"corroborated": ("✓ corroborated", "green"), "disputed": ("✗ disputed", "red"), "": ("· untagged", "dim")}
RELATION_MARK = {"conflict": ("conflict", "red"), "agree": ("agree", "green"), "alone": ("alone", "dim")}


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
        self._syncing = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="search claims · is:untagged is:disputed has:conflict outlet:NAME", id="claim-search")
        yield Static("", id="claims-summary")
        table = DataTable(id="claims-table", cursor_type="row", zebra_stripes=True)
        self._add_columns(table, 120)
        yield table

    #: fixed column widths; the claim text takes what is left
    WIDTHS = {"outlet": 12, "values": 16, "status": 14, "relation": 8, "origins": 20, "note": 1}

    def _add_columns(self, table: DataTable, width: int) -> None:
        fixed = sum(self.WIDTHS.values()) + 2 * (len(self.WIDTHS) + 1) + 2
        self._claim_width = max(24, width - fixed)
        table.add_column("Outlet", key="outlet", width=self.WIDTHS["outlet"])
        table.add_column("Claim", key="text", width=self._claim_width)
        table.add_column("Values", key="values", width=self.WIDTHS["values"])
        table.add_column("Status", key="status", width=self.WIDTHS["status"])
        table.add_column("Relation", key="relation", width=self.WIDTHS["relation"])
        table.add_column("Origins", key="origins", width=self.WIDTHS["origins"])
        table.add_column("✎", key="note", width=self.WIDTHS["note"])

    def on_resize(self, event) -> None:
        table = self.query_one(DataTable)
        fixed = sum(self.WIDTHS.values()) + 2 * (len(self.WIDTHS) + 1) + 2
        if max(24, event.size.width - fixed) != self._claim_width:
            table.clear(columns=True)
            self._add_columns(table, event.size.width)
            self._refill()

    # ------------------------------------------------------------------ data in
    def set_rows(self, rows: list[ClaimRow], selected: str | None = None) -> None:
        self._rows = rows
        self._selected = selected
        self._refill()

    def select(self, claim_id: str | None) -> None:
        self._selected = claim_id
        if claim_id in self._shown:
            table = self.query_one(DataTable)
            row = self._shown.index(claim_id)
            if table.cursor_row != row:
                self._syncing = True
                table.move_cursor(row=row, animate=False)
                self._syncing = False

    # ------------------------------------------------------------------ filtering and sorting
    def _matches(self, r: ClaimRow) -> bool:
        for tok in self._query.lower().split():
            if tok == "is:untagged":
                ok = not r.status
            elif tok.startswith("is:"):
                ok = r.status.startswith(tok[3:]) and bool(tok[3:])
            elif tok == "has:conflict":
                ok = r.relation == "conflict"
            elif tok == "has:agree":
                ok = r.relation == "agree"
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
            "status": lambda r: ({"disputed": 0, "corroborated": 1, "": 2}[r.status], r.order),
            "relation": lambda r: ({"conflict": 0, "agree": 1, "alone": 2}[r.relation], r.order),
            "outlet": lambda r: (r.outlet.lower(), r.order),
            "origins": lambda r: (-r.n_origins, r.order),
        }[self._sort]
        return sorted(rows, key=key)

    def _refill(self) -> None:
        table = self.query_one(DataTable)
        rows = self._sorted([r for r in self._rows if self._matches(r)])
        self._shown = [r.claim_id for r in rows]
        table.clear()
        for r in rows:
            st, st_style = STATUS_MARK.get(r.status, STATUS_MARK[""])
            rel, rel_style = RELATION_MARK.get(r.relation, RELATION_MARK["alone"])
            table.add_row(
                r.outlet,
                r.text,
                r.values,
                Text(st, style=st_style),
                Text(rel, style=rel_style),
                r.origins,
                "✎" if r.has_note else "",
                key=r.claim_id,
            )
        reviewed = sum(1 for r in self._rows if r.status)
        filt = f" · showing {len(rows)}" if len(rows) != len(self._rows) else ""
        self.query_one("#claims-summary", Static).update(
            f"{reviewed} of {len(self._rows)} claims reviewed{filt} · sorted by {self._sort} (s)"
        )
        if self._selected:
            self.select(self._selected)

    @on(Input.Changed, "#claim-search")
    def _search(self, event: Input.Changed) -> None:
        self._query = event.value
        self._refill()

    @on(Input.Submitted, "#claim-search")
    def _search_done(self) -> None:
        self.query_one(DataTable).focus()

    def action_cycle_sort(self) -> None:
        self._sort = SORTS[(SORTS.index(self._sort) + 1) % len(SORTS)]
        self._refill()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        mapping = {"outlet": "outlet", "status": "status", "relation": "relation", "origins": "origins"}
        self._sort = mapping.get(key, "order")
        self._refill()

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self._syncing or event.row_key is None or event.row_key.value is None:
            return
        if self.query_one(DataTable).has_focus and event.row_key.value != self._selected:
            self._selected = event.row_key.value
            self.post_message(self.ClaimChosen(event.row_key.value))

    @on(DataTable.RowSelected)
    def _selected_row(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self._selected = event.row_key.value
            self.post_message(self.ClaimChosen(event.row_key.value))

    def focus_search(self) -> None:
        self.query_one("#claim-search", Input).focus()
