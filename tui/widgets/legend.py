"""The colour legend: each highlight drawn in the very style the article panes use (same rules, same
theme), beside what it means."""

from __future__ import annotations

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from tui.widgets.article_view import HIGHLIGHT_RULES, dim_for, highlight_css

#: (sample, component classes drawn over it, meaning), in reading order
ENTRIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("agrees", ("article-view--agree",),
     "green underline: another outlet agrees (with the selected claim, when one is selected)"),
    ("conflicts", ("article-view--conflict",), "red underline: another outlet gives an incompatible figure"),
    ("update", ("article-view--update",), "yellow underline: another outlet gives the figure for another time"),
    ("alone", ("article-view--alone",), "plain underline: no other outlet states it"),
    ("20,000", ("article-view--alone", "article-view--value"), "bold: a figure the claim states"),
    ("corroborated", ("article-view--alone", "article-view--corroborated"), "green background: tagged corroborated"),
    ("disputed", ("article-view--alone", "article-view--disputed"), "red background: tagged disputed"),
    ("selected", ("article-view--alone", "article-view--selected"), "bold on amber: the selected claim"),
    ("linked", ("article-view--agree", "article-view--linked"),
     "blue background: linked to the selected claim, coloured by its relation to it"),
    ("boilerplate", ("article-view--boilerplate",), "dim italic: appeals, sign-ups, bios, link lists (b hides)"),
)


class Legend(Widget):
    """One line per highlight: a sample in its style, then its meaning."""

    COMPONENT_CLASSES = set(HIGHLIGHT_RULES)
    DEFAULT_CSS = "Legend { height: auto; }\n" + highlight_css("Legend")

    def style_for(self, classes: tuple[str, ...]) -> Style:
        base = self.rich_style
        style = base
        for name in classes:
            style = style + self.get_component_rich_style(name, partial=True)
        if "article-view--boilerplate" in classes:
            _, _, background, colour = self.colors
            style = style + dim_for(background, colour)
        return style

    def render(self) -> Table:
        t = Table.grid(padding=(0, 2))
        t.add_column(no_wrap=True)
        t.add_column(ratio=1)
        for sample, classes, meaning in ENTRIES:
            t.add_row(Text(sample, style=self.style_for(classes)), Text(meaning))
        return t
