"""claims.text_utils.required_literals: the strings a pattern's every match holds, which the frames use to skip the
measure patterns a clause cannot match. The skip is only sound if every match holds one of them: checked on every
measure pattern against the text of every bundled and development article, and on invented patterns."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.text_utils import required_literals
from claims.vocab import MEASURE_PATTERNS

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    paths = sorted((ROOT / "sample_docs").glob("*.txt")) + sorted((ROOT / "tests" / "events").glob("*/0*.txt"))
    return [p.read_text(encoding="utf-8").lower() for p in paths]


def test_every_match_of_every_measure_pattern_holds_one_of_its_literals():
    texts = _texts()
    assert len(texts) > 100
    matched = 0
    for rx, _measure in MEASURE_PATTERNS:
        lits = required_literals(rx)
        if lits is None:
            continue
        assert all(len(x) >= 3 and x == x.lower() for x in lits)
        for text in texts:
            for m in re.finditer(rx, text):
                matched += 1
                assert any(x in m.group() for x in lits), (rx, m.group(), lits)
    assert matched > 50  # (the check ran on real matches)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:lose|lost|losing)\s+(?:his|her)\s+jobs?\b", ("lose", "losing", "lost")),
    (r"\b(?:lose|lost|losing)\s+their\s+jobs?\b", ("their",)),  # (the longest string every match holds)
    (r"\bsen[dt]\w*\s+to\s+(?:war|front)\b", ("send", "sent")),
    (r"(?:\b[a-z]+\s+){0,2}\d+\s+votes?\s+(?:ahead|behind)\b", ("ahead", "behind")),
    (r"\d+\s*(?:km|m)\b", None),  # nothing of three letters every match must hold
])
def test_literals_are_read_at_the_most_selective_point(pattern, expected):
    assert required_literals(pattern) == expected


@given(st.lists(st.sampled_from(["rise", "rose", "fell", "fall", "jump", "surge"]), min_size=1, max_size=4, unique=True),
       st.text(alphabet="abcdefgh rsu", max_size=40))
def test_an_alternation_of_words_needs_one_of_them(words, filler):
    pattern = r"\b(?:" + "|".join(words) + r")\s+by\b"
    lits = required_literals(pattern)
    assert lits is not None
    text = filler + " " + words[0] + " by " + filler
    m = re.search(pattern, text)
    assert m is not None and any(x in m.group() for x in lits)
    assert set(lits) <= set(words)
