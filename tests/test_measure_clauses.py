"""What a figure measures when an aside follows it (RELATIONS.md §1, measure). Invented reports only."""

from __future__ import annotations

from tests.test_frames import frame


def test_an_aside_after_the_figure_is_not_its_predicate():
    # ", which is a little over eight years" restates the term: its "is" says nothing of what the 98 months measure
    text = "Judge Ann Vell sentenced Mr. Dorvik to 98 months in jail, which is a little over eight years."
    assert frame(text, "98 months").measure == "sentenced"
    # without the aside, the same
    assert frame("Judge Ann Vell sentenced Mr. Dorvik to 98 months in jail.", "98 months").measure == "sentenced"
