"""Every wording of a multi-word phrase folds to its key (claims.text_utils.PHRASES), however it is spaced or
capitalised. The fold runs behind two cheap pre-checks (substrings every phrase needs, and the letters a phrase can
start with); a phrase added without extending them, or a line break inside a phrase, would silently never fold.
Hypothesis writes strings each PHRASES pattern matches and checks that they fold."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.text_utils import PHRASES, _fold_phrases, canon, content_words


def _wordings(rx: str) -> st.SearchStrategy[str]:
    # (hypothesis does not write word boundaries: the wording is put between two plain words instead)
    return st.from_regex(re.compile(rx.replace(r"\b", ""), re.I), fullmatch=True)


@pytest.mark.parametrize(("rx", "key"), PHRASES, ids=[key for _, key in PHRASES])
def test_every_wording_of_a_phrase_folds_to_its_key(rx, key):
    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_wordings(rx))
    def folds(wording: str) -> None:
        text = f"They {wording} today"
        folded = _fold_phrases(text)
        assert len(folded) == len(text), (wording, folded)  # offsets are kept
        assert key in folded.lower().split(), (wording, folded)
        assert canon(key) in content_words(text)

    folds()


@pytest.mark.parametrize("text", [
    "The minister ruled\nout any rise in income tax.",  # a hard-wrapped .txt article
    "The minister ruled\u00a0out any rise in income tax.",  # a no-break space from an HTML page
    "The minister ruled  out any rise in income tax.",
])
def test_a_phrase_split_by_a_line_break_or_a_no_break_space_still_folds(text):
    assert "ruleout" in content_words(text)
    assert content_words(text) == content_words("The minister ruled out any rise in income tax.")
