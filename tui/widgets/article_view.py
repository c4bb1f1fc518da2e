"""One article's text, wrapped, with claim highlights drawn over it by offsets.

A Line-API ``ScrollView`` (the Toolong pattern): the text is wrapped once per width
into lines that remember their ``[start, end)`` code-point offsets; only the visible
lines are styled, and styled lines are cached by (line, width, highlight version).
Highlight styles are component classes, so colours live in CSS.

The text is untrusted: every slice drawn goes through :func:`shown` (``claims.inert``: ESC as "␛",
U+009B as "<U+009B>", bidi overrides as "<U+202E>"; tabs as a space), and widths are measured on
what is drawn. Offsets never change: each source character still sits at its own offset, so a
claim's ``[start, end)`` highlights exactly its characters however wide their stand-ins are.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claims.inert import inert
from claims.model import Claim, Document
from tui.session import ClaimLook as Look  # how one claim is drawn: its relation and its tag

#: a claim's relation (to the selected claim, else its own state) -> component class: its underline and colour
RELATION_CLASSES = {
    "alone": "article-view--alone",
    "agree": "article-view--agree",
    "conflict": "article-view--conflict",
    "update": "article-view--update",
}
#: a claim's tag -> component class: its background
TAG_CLASSES = {
    "corroborated": "article-view--corroborated",
    "disputed": "article-view--disputed",
}
#: every colour a claim can be drawn in
STATE_CLASSES = {**RELATION_CLASSES, **TAG_CLASSES}

#: the highlight styles, shared by the article view and the help screen's legend (one source of truth)
HIGHLIGHT_RULES: dict[str, str] = {
    # boilerplate's colour is worked out from the text and background colours (see ArticleView.dim_style)
    "article-view--boilerplate": "text-style: italic;",
    "article-view--alone": "text-style: underline;",
    "article-view--agree": "color: $text-success; text-style: underline;",
    "article-view--conflict": "color: $text-error; text-style: underline;",
    "article-view--update": "color: $text-warning; text-style: underline;",
    "article-view--corroborated": "background: $success-muted;",
    "article-view--disputed": "background: $error-muted;",
    "article-view--value": "text-style: bold;",
    "article-view--selected": "background: $accent-muted; text-style: bold underline;",
    "article-view--linked": "background: $primary-muted;",
    "article-view--placeholder": "color: $text-muted;",
    "article-view--control": "color: $text-secondary; text-style: bold;",
}

#: how far boilerplate's colour sits from the background, towards the text colour (1.0: as the text)
BOILERPLATE_MIX = 0.5


def highlight_css(widget: str) -> str:
    """The highlight rules for a widget class that declares the same component classes."""
    return "\n".join(f"{widget} > .{name} {{ {rule} }}" for name, rule in HIGHLIGHT_RULES.items())


def dim_colour(background: Color, text: Color) -> Color:
    """A colour between the background and the text: lower contrast than the text in any theme."""
    return background.blend(text, BOILERPLATE_MIX)


def dim_for(background: Color, text: Color) -> Style:
    """Boilerplate's colour: blended between background and text, or the terminal's faint attribute where the
    theme leaves the colours to the terminal (the ANSI themes: there is nothing to blend)."""
    if background.ansi is not None or text.ansi is not None:
        return Style(dim=True)
    return Style(color=dim_colour(background, text).rich_color)


def _alone(claim_id: str) -> Look:
    return Look("alone", "")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first character, or -1 for a blank separator line
    end: int
    para: int  # paragraph index, -1 for separators
    boilerplate: bool = False


_WORD = re.compile(r"[^ \n]+")


#: what :func:`shown` replaces: terminal-active characters (as claims.inert finds them) and tabs
_REPLACED = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(s: str) -> str:
    """How a slice of article text is drawn: terminal-active characters as visible stand-ins, a tab
    as one space."""
    s = inert(s)
    return s.replace("\t", " ") if "\t" in s else s


def _pieces(text: str, style: Style, marked: Style) -> list[Segment]:
    """``text`` as drawn, its stand-ins in ``marked`` style so a reader sees they are not the article's
    words (``␛]52;…`` is an escape sequence in the file, not text someone wrote)."""
    if _REPLACED.search(text) is None:
        return [Segment(text, style)]
    out: list[Segment] = []
    last = 0
    for m in _ACTIVE.finditer(text):
        if m.start() > last:
            out.append(Segment(shown(text[last : m.start()]), style))
        out.append(Segment(inert(m.group()), marked))
        last = m.end()
    if last < len(text):
        out.append(Segment(shown(text[last:]), style))
    return out


def _cells(s: str) -> int:
    """Cells the slice takes on screen (as :func:`shown` draws it)."""
    if s.isprintable():  # no control, no bidi override (the common case): measured as it is
        return len(s) if s.isascii() else cell_len(s)
    return cell_len(shown(s))


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` to ``width`` cells; returns line spans.

    Works word by word (a regex scan), so a 2 MB paragraph wraps in a fraction of a second.
    Spans exclude the spaces a line breaks at; newlines inside the paragraph end a line;
    words longer than a line are cut.
    """
    width = max(1, width)
    spans: list[tuple[int, int]] = []
    cur_s = cur_e = -1
    cur_cells = 0
    for m in _WORD.finditer(text, start, end):
        ws, we = m.span()
        nl = text.count("\n", cur_e, ws) if cur_s >= 0 else 0
        w = _cells(m.group())
        if cur_s >= 0:
            gap = ws - cur_e
            if not nl and cur_cells + gap + w <= width:
                cur_e, cur_cells = we, cur_cells + gap + w
                continue
            spans.append((cur_s, cur_e))
            cur_s = -1
        if w <= width:
            cur_s, cur_e, cur_cells = ws, we, w
            continue
        i = ws  # a word longer than the line: cut it
        while i < we:
            j, c = i, 0
            while j < we:
                cw = _cells(text[j])
                if c + cw > width:
                    break
                c += cw
                j += 1
            if j == i:  # one character wider than the line (a stand-in such as "<U+009B>"): a line to itself
                j, c = i + 1, _cells(text[i])
            if j < we:
                spans.append((i, j))
            else:
                cur_s, cur_e, cur_cells = i, j, c
            i = j
    if cur_s >= 0:
        spans.append((cur_s, cur_e))
    return spans or [(start, start)]


class ArticleView(ScrollView, can_focus=True):
    """The scrollable text of one article with claims highlighted."""

    COMPONENT_CLASSES = set(HIGHLIGHT_RULES)

    DEFAULT_CSS = """
    ArticleView {
        padding: 0 1;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;  /* the text width does not change when the scrollbar appears */
        overflow-x: hidden;
    }
    """ + highlight_css("ArticleView")

    class ClaimClicked(Message):
        """The user clicked a claim in this view."""

        def __init__(self, view: ArticleView, claim_id: str) -> None:
            super().__init__()
            self.view = view
            self.claim_id = claim_id

        @property
        def control(self) -> ArticleView:
            return self.view

    #: "dim" shows boilerplate greyed out, "hide" leaves it out of the text
    boilerplate_mode: reactive[str] = reactive("dim")

    def __init__(self, document: Document | None = None, *, name=None, id=None, classes=None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document = document
        self._claims: list[Claim] = []
        self._claim_by_id: dict[str, Claim] = {}
        self._claim_starts: list[int] = []
        self.claims_doc: str | None = None  # the document whose claims are set
        self._look: Callable[[str], Look] = _alone
        self._selected: str | None = None
        self._linked: frozenset[str] = frozenset()
        self._view_height = 0  # the height the text was last shown at (to keep place across a resize)
        self._lines: list[_Line] = []
        self._line_starts: list[int] = []  # start offsets of text lines (for offset -> y)
        self._line_ys: list[int] = []
        self._wrap_width = -1
        self._version = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(2048)
        self._line_versions: dict[int, int] = {}  # lines drawn again for a highlight change (see redraw_claims)
        self._base_style = Style()
        self._dim_style = Style(italic=True)
        self._control = Style()
        self._styles_for = -1  # the version the styles above were worked out for
        #: a claim's highlight style by (relation, tag, selected or linked): worked out once per style change, not
        #: once per claim per line drawn
        self._claim_styles: dict[tuple[str, str, str], Style] = {}
        self._value_style = Style(bold=True)

    # ------------------------------------------------------------------ data in
    def set_document(self, document: Document | None) -> None:
        self.document = document
        self._claims = []
        self._claim_by_id = {}
        self._claim_starts = []
        self.claims_doc = None
        self._selected = None
        self._linked = frozenset()
        self._relayout(keep_place=False)
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_claims(self, claims: list[Claim], doc_id: str | None = None) -> None:
        """The claims of this document (any order); drawn as highlights over their spans."""
        self.claims_doc = doc_id
        self._claims = sorted(claims, key=lambda c: (c.start, c.end))
        self._claim_by_id = {c.id: c for c in self._claims}
        self._claim_starts = [c.start for c in self._claims]
        self._bump()

    def set_highlights(self, look: Callable[[str], Look], selected: str | None,
                       linked: frozenset[str] | set[str], changed: Iterable[str] | None = None) -> None:
        """How each claim is drawn (``look(claim_id)``: its relation and tag), the selected claim, and the
        claims linked to it.

        ``changed``: the claims whose look may have changed (tagged, or linked to the selected claim before or
        after); with it only their lines are drawn again (the selected claim before and after, and the claims that
        joined or left the linked set, are added here). Without it, every line is."""
        old_selected, old_linked = self._selected, self._linked
        self._look = look
        self._selected = selected
        self._linked = frozenset(linked)
        if changed is None:
            self._bump()
            return
        self.redraw_claims({*changed, old_selected, selected, *(old_linked ^ self._linked)})

    def redraw_claims(self, claim_ids: Iterable[str | None]) -> None:
        """Draw again only the lines these claims (those of this article) are on."""
        for cid in claim_ids:
            c = self._claim_by_id.get(cid) if cid else None
            if c is None:
                continue
            y0 = self.y_for_offset(c.start)
            if y0 is None:  # hidden (boilerplate) or not laid out yet
                continue
            y1 = self.y_for_offset(max(c.start, c.end - 1))
            y1 = y0 if y1 is None or y1 < y0 else y1
            for y in range(y0, y1 + 1):
                self._line_versions[y] = self._line_versions.get(y, 0) + 1
            self.refresh_lines(y0, y1 - y0 + 1)

    def notify_style_update(self) -> None:
        """A theme or CSS change: every cached line has the old colours."""
        super().notify_style_update()
        self._version += 1
        self._cache.clear()

    def has_claim(self, claim_id: str | None) -> bool:
        return claim_id is not None and claim_id in self._claim_by_id

    @property
    def claims(self) -> list[Claim]:
        return self._claims

    def _bump(self) -> None:
        self._version += 1
        self.refresh()

    # ------------------------------------------------------------------ layout
    def watch_boilerplate_mode(self) -> None:
        self._relayout()

    def on_resize(self, event: events.Resize) -> None:
        if self._text_width() != self._wrap_width:
            self._relayout()
        else:  # taller or shorter only: keep the selected claim on screen if it was
            anchor = self._anchor()
            self._view_height = self.scrollable_content_region.height
            if anchor is not None and anchor[2]:
                self._restore(anchor)

    def _text_width(self) -> int:
        """The width text is wrapped to: the content size (inside padding and border; set before the
        Resize event is sent, while the compositor's region can lag behind it) less the scrollbar's
        gutter, which is always kept."""
        return max(10, self.size.width - self.styles.scrollbar_size_vertical)

    def _relayout(self, keep_place: bool = True) -> None:
        """Wrap the text again (a new width, boilerplate shown or hidden), keeping the selected claim, or else
        the top line, where it was on screen."""
        anchor = self._anchor() if keep_place else None
        width = self._text_width()
        self._wrap_width = width
        lines: list[_Line] = []
        doc = self.document
        if doc is not None:
            hide = self.boilerplate_mode == "hide"
            for para in doc.paragraphs:
                if hide and para.boilerplate:
                    continue
                if lines:
                    lines.append(_Line(-1, -1, -1))
                for s, e in wrap_offsets(doc.text, para.start, para.end, width):
                    lines.append(_Line(s, e, para.index, para.boilerplate))
        self._lines = lines
        self._line_ys = [y for y, ln in enumerate(lines) if ln.start >= 0]
        self._line_starts = [lines[y].start for y in self._line_ys]
        self._version += 1
        self._cache.clear()
        self._line_versions.clear()
        self.virtual_size = Size(width, len(lines))
        self._view_height = self.scrollable_content_region.height
        if anchor is not None:
            self._restore(anchor)
        self.refresh()

    def _anchor(self) -> tuple[int, int, bool] | None:
        """(text offset, row on screen, is the selected claim) of what should stay put: the selected claim when
        it is on screen, else the first line of text on screen. Measured at the height last shown."""
        if not self._lines:
            return None
        height = self._view_height or self.scrollable_content_region.height
        top = int(self.scroll_offset.y)
        sel = self._claim_by_id.get(self._selected) if self._selected else None
        if sel is not None:
            y = self.y_for_offset(sel.start)
            if y is not None and top <= y < top + height:
                return sel.start, y - top, True
        for y in range(top, min(len(self._lines), top + max(1, height))):
            if self._lines[y].start >= 0:
                return self._lines[y].start, y - top, False
        return None

    def _restore(self, anchor: tuple[int, int, bool]) -> None:
        offset, row, _ = anchor
        y = self.y_for_offset(offset)
        if y is None:
            i = bisect_left(self._line_starts, offset)
            if i >= len(self._line_ys):
                return
            y = self._line_ys[i]
        height = self.scrollable_content_region.height
        if row >= height - 1:  # the old row is off the shorter view: a third of the way down
            row = max(0, height // 3)
        self.scroll_to(y=max(0, y - row), animate=False, immediate=True)

    # ------------------------------------------------------------------ geometry helpers
    def y_for_offset(self, offset: int) -> int | None:
        """The virtual line that shows ``offset`` (None if hidden or absent)."""
        if not self._line_starts:
            return None
        i = bisect_right(self._line_starts, offset) - 1
        if i < 0:
            return None
        line = self._lines[self._line_ys[i]]
        if line.start <= offset <= line.end or (i + 1 < len(self._line_starts) and offset < self._line_starts[i + 1]):
            return self._line_ys[i]
        return None

    def scroll_to_claim(self, claim_id: str, *, animate: bool = False) -> bool:
        claim = self._claim_by_id.get(claim_id)
        if claim is None:
            return False
        y = self.y_for_offset(claim.start)
        if y is None:
            return False
        height = self.scrollable_content_region.height
        top, bottom = self.scroll_offset.y, self.scroll_offset.y + height
        end_y = self.y_for_offset(max(claim.start, claim.end - 1)) or y
        if y < top or end_y >= bottom:
            self.scroll_to(y=max(0, y - max(1, height // 3)), animate=animate, immediate=not animate)
        return True

    def claim_at(self, offset: int) -> Claim | None:
        i = bisect_right(self._claim_starts, offset) - 1
        while i >= 0:
            c = self._claims[i]
            if c.start <= offset < c.end:
                return c
            if c.end <= offset and i < len(self._claims) and c.start < offset - 2000:
                break
            i -= 1
        return None

    def offset_at(self, x: int, y: int) -> int | None:
        """Text offset under widget coordinates (x, y), or None."""
        vy = y + self.scroll_offset.y
        if not 0 <= vy < len(self._lines):
            return None
        line = self._lines[vy]
        if line.start < 0:
            return None
        col = x - self.styles.padding.left + self.scroll_offset.x
        text = self.document.text if self.document else ""
        cells = 0
        for i in range(line.start, line.end):
            cells += _cells(text[i])
            if cells > col:
                return i
        return None

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is None:
            return
        claim = self.claim_at(offset)
        if claim is not None:
            self.post_message(self.ClaimClicked(self, claim.id))

    # ------------------------------------------------------------------ rendering
    def dim_style(self) -> Style:
        """Boilerplate: italic, in a colour between the background and the text (lower contrast than the
        text in every theme; a theme colour with transparency would come out as pure white in a partial
        style, brighter than the article)."""
        _, _, background, colour = self.colors
        return self.get_component_rich_style("article-view--boilerplate", partial=True) + dim_for(background, colour)

    def render_lines(self, crop):
        # the widget's own style walks the DOM: work it out when the styles change, not on every paint
        if self._styles_for != self._version:
            self._base_style = self.rich_style
            self._dim_style = self.dim_style()
            self._control = self.get_component_rich_style("article-view--control", partial=True)
            self._value_style = self.get_component_rich_style("article-view--value", partial=True)
            self._claim_styles = {}
            self._styles_for = self._version
        if self._text_width() != self._wrap_width:
            # wrapped for another width (the article arrived before the pane had its size): wrap again now, so
            # that no frame shows the text wrapped at the old width (the scrollbars follow in the next layout)
            self._relayout()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        vy = scroll_y + y
        width = self.scrollable_content_region.width
        key = (vy, width, self._version, self._line_versions.get(vy, 0))
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_virtual_line(vy, width)
            self._cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self._base_style)

    def _render_virtual_line(self, vy: int, width: int) -> Strip:
        base = self._base_style
        if self.document is None or not self._lines:
            if vy == 0:
                style = base + self.get_component_rich_style("article-view--placeholder", partial=True)
                msg = "Loading…" if self.document is None else "(no text)"
                return Strip([Segment(msg, style)], cell_len(msg))
            return Strip.blank(width, base)
        if vy >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[vy]
        if line.start < 0:
            return Strip.blank(width, base)
        text = self.document.text
        if line.boilerplate:
            style = base + self._dim_style
            return self._strip(_pieces(text[line.start : line.end], style, style + self._control_style()))
        return self._render_styled(text, line.start, line.end, base)

    def _claim_style(self, relation: str, tag: str, mark: str) -> Style:
        """A claim's highlight: its relation's underline and colour, its tag's background, and the selected or
        linked background over them (component classes, so the colours live in CSS)."""
        key = (relation, tag, mark)
        st = self._claim_styles.get(key)
        if st is None:
            st = self.get_component_rich_style(RELATION_CLASSES.get(relation, "article-view--alone"), partial=True)
            if tag in TAG_CLASSES:
                st = st + self.get_component_rich_style(TAG_CLASSES[tag], partial=True)
            if mark:
                st = st + self.get_component_rich_style(f"article-view--{mark}", partial=True)
            if self._styles_for >= 0:  # (styles not worked out yet: do not keep what may change)
                self._claim_styles[key] = st
        return st

    def _control_style(self) -> Style:
        return self._control if self._styles_for >= 0 else self.get_component_rich_style("article-view--control",
                                                                                          partial=True)

    @staticmethod
    def _strip(segments: list[Segment]) -> Strip:
        return Strip(segments, sum(cell_len(s.text) for s in segments))

    def _render_styled(self, text: str, start: int, end: int, base: Style) -> Strip:
        # collect (from, to, style) pieces for claims and values crossing this line
        styles: list[tuple[int, int, Style]] = []
        hi = bisect_left(self._claim_starts, end)
        lo = hi - 1
        crossing = []
        while lo >= 0:
            c = self._claims[lo]
            if c.end > start:
                crossing.append(c)
            elif c.end <= start and c.start < start - 5000:
                break
            lo -= 1
        for c in reversed(crossing):
            cs, ce = max(c.start, start), min(c.end, end)
            if cs >= ce:
                continue
            look = self._look(c.id)
            mark = "selected" if c.id == self._selected else "linked" if c.id in self._linked else ""
            st = self._claim_style(look.relation, look.tag, mark)
            styles.append((cs, ce, st))
            vstyle = self._value_style
            for v in c.values:
                vs, ve = max(v.start, cs), min(v.end, ce)
                if vs < ve:
                    styles.append((vs, ve, st + vstyle))
        control = self._control_style()
        if not styles:
            return self._strip(_pieces(text[start:end], base, base + control))
        # paint: later pieces win over earlier ones
        bounds = sorted({start, end, *[p for a, b, _ in styles for p in (a, b)]})
        segments = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            if a >= b or a < start or b > end:
                continue
            style = base
            for s0, e0, st in styles:
                if s0 <= a and b <= e0:
                    style = base + st if style is base else style + st
            segments.extend(_pieces(text[a:b], style, style + control))
        return self._strip(segments)
