"""Agreement between editors (store/agreement.py): Cohen's kappa per pair, Krippendorff's alpha.

The textbook cases are worked by hand in the docstrings; the properties run under hypothesis
against the definitions written out independently here (exact fractions, pairs enumerated).
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.agreement import (
    CSV_COLUMNS,
    AgreementError,
    Disagreement,
    agreement_csv,
    agreement_summary,
    cohen_kappa,
    krippendorff_alpha,
    summary_lines,
)
from store.storage import FileRefused

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VOCAB = ("corroborated", "disputed", "unverifiable")
C, D, U = VOCAB


def table(rows: dict[str, str], missing: str = ".") -> dict[str, dict[str, str | None]]:
    """Reliability data as the desk gives it (claim -> {editor: verdict}) from one row per editor."""
    out: dict[str, dict[str, str | None]] = {}
    for editor, row in rows.items():
        for i, v in enumerate(row.split()):
            out.setdefault(f"u{i + 1}", {})[editor] = None if v == missing else v
    return out


# ---------------------------------------------------------------------------- textbook cases


KRIPPENDORFF_2011 = {
    "A": "1 2 3 3 2 1 4 1 2 . . .",
    "B": "1 2 3 3 2 2 4 1 2 5 . 3",
    "C": ". 3 3 3 2 3 4 2 2 5 1 .",
    "D": "1 2 3 3 2 4 4 1 2 5 1 .",
}


def test_krippendorff_2011_nominal_example_any_number_of_observers_with_missing_values():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
    observers, twelve units, values 1..5, missing values; his result is alpha = 0.743.

    Unit 12 has one value (B: 3): not pairable. Each other unit u with m_u values adds
    1/(m_u - 1) for every ordered pair of values from two observers:

        u1  1,1,1    m=3: o11 += 3*2/2 = 3
        u2  2,2,3,2  m=4: o22 += 3*2/3 = 2, o23 += 3*1/3 = 1, o32 += 1
        u3  3,3,3,3  m=4: o33 += 4*3/3 = 4       u4 the same: o33 += 4
        u5  2,2,2,2  m=4: o22 += 4               u9 the same: o22 += 4
        u6  1,2,3,4  m=4: each of the 12 ordered pairs of distinct values += 1/3
        u7  4,4,4,4  m=4: o44 += 4
        u8  1,1,2,1  m=4: o11 += 3*2/3 = 2, o12 += 1, o21 += 1
        u10 5,5,5    m=3: o55 += 3
        u11 1,1      m=2: o11 += 2

    o11 = 7, o22 = 10, o33 = 8, o44 = 4, o55 = 3; o12 = 1/3 + 1 = 4/3, o23 = 1 + 1/3 = 4/3,
    o13 = o14 = o24 = o34 = 1/3 (and the mirror images).
    Marginals n1 = 7 + 4/3 + 1/3 + 1/3 = 9, n2 = 4/3 + 10 + 4/3 + 1/3 = 13,
    n3 = 1/3 + 4/3 + 8 + 1/3 = 10, n4 = 1/3 + 1/3 + 1/3 + 4 = 5, n5 = 3; n = 40.
    Observed disagreement, ordered: 2 * (4/3 + 1/3 + 1/3 + 4/3 + 1/3 + 1/3) = 8.
    Expected: sum_{c != k} n_c n_k = n^2 - sum n_c^2 = 1600 - (81 + 169 + 100 + 25 + 9) = 1216.
    alpha = 1 - (n - 1) * 8 / 1216 = 1 - 312/1216 = 113/152 = 0.74342...
    """
    expected = float(Fraction(113, 152))
    s = agreement_summary(table(KRIPPENDORFF_2011), "12345")
    assert s.alpha == pytest.approx(expected, abs=1e-12)
    assert round(s.alpha, 3) == 0.743  # the paper's figure
    # the same through the plain function, one list of values per unit (missing ones left out)
    units = [[v for v in (row.split()[i] for row in KRIPPENDORFF_2011.values()) if v != "."] for i in range(12)]
    assert krippendorff_alpha(units, "12345") == pytest.approx(expected, abs=1e-12)
    # counts: units 1-11 have two or more values; 2, 6 and 8 are not unanimous
    assert (s.items, s.single, s.agreements, s.disagreements) == (11, 1, 8, 3)
    assert [d.claim_id for d in s.disagreement_list] == ["u2", "u6", "u8"]
    assert s.disagreement_list[0] == Disagreement("u2", (("A", "2"), ("B", "2"), ("C", "3"), ("D", "2")))
    assert s.editors == ("A", "B", "C", "D")


def test_wikipedia_alpha_example_three_coders_fifteen_units():
    """The computational example of Wikipedia's "Krippendorff's alpha" article: three coders,
    fifteen units, values 1..4, nominal alpha 0.691.

        A: * * * * * 3 4 1 2 1 1 3 3 * 3
        B: 1 * 2 1 3 3 4 3 * * * * * * *
        C: * * 2 1 3 4 4 * 2 1 1 3 3 * 4

    Units 1, 2 and 14 are not pairable. Pairs of two values add 1 to each ordered pair:
    u3 (2,2) o22 += 2; u4 (1,1) o11 += 2; u5 (3,3) o33 += 2; u8 (1,3) o13 += 1, o31 += 1;
    u9 (2,2) o22 += 2; u10, u11 (1,1) o11 += 2 each; u12, u13 (3,3) o33 += 2 each;
    u15 (3,4) o34 += 1, o43 += 1. Unit 6 (3,3,4), m = 3, adds 1/2 per ordered pair: o33 += 1,
    o34 += 1, o43 += 1. Unit 7 (4,4,4): o44 += 3.
    o11 = 6, o13 = 1, o22 = 4, o33 = 7, o34 = 2, o44 = 3; n1 = 7, n2 = 4, n3 = 10, n4 = 5, n = 26.
    Disagreement, ordered: 2 * (1 + 2) = 6; expected: 26^2 - (49 + 16 + 100 + 25) = 486.
    alpha = 1 - 25 * 6 / 486 = 1 - 150/486 = 56/81 = 0.6913...
    """
    rows = {"A": "* * * * * 3 4 1 2 1 1 3 3 * 3", "B": "1 * 2 1 3 3 4 3 * * * * * * *",
            "C": "* * 2 1 3 4 4 * 2 1 1 3 3 * 4"}
    s = agreement_summary(table(rows, missing="*"), "1234")
    assert s.alpha == pytest.approx(float(Fraction(56, 81)), abs=1e-12)
    assert round(s.alpha, 3) == 0.691
    assert (s.items, s.single) == (12, 1)  # u1 has one value; u2 and u14 none


def test_cohen_kappa_textbook_two_by_two():
    """Cohen's kappa, the 2x2 example of Wikipedia's "Cohen's kappa" article: 50 grant
    proposals, readers A and B say yes or no (here corroborated or disputed).

                    B yes   B no
           A yes     20       5      A yes 25 of 50
           A no      10      15      B yes 30 of 50

    p_o = (20 + 15) / 50 = 0.7
    p_e = P(both yes) + P(both no) = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5
    kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    """
    a = [C] * 20 + [C] * 5 + [D] * 10 + [D] * 15
    b = [C] * 20 + [D] * 5 + [C] * 10 + [D] * 15
    assert cohen_kappa(a, b, VOCAB) == pytest.approx(0.4, abs=1e-12)
    verdicts = {f"claim{i}": {"reader A": x, "reader B": y} for i, (x, y) in enumerate(zip(a, b, strict=True))}
    s = agreement_summary(verdicts, VOCAB)
    (pair,) = s.pairs
    assert (pair.editor_a, pair.editor_b, pair.items, pair.agreements, pair.disagreements) == \
        ("reader A", "reader B", 50, 35, 15)
    assert pair.observed == pytest.approx(0.7) and pair.expected == pytest.approx(0.5)
    assert pair.kappa == pytest.approx(0.4, abs=1e-12)
    # alpha for two coders without missing data: n = 100; n_C = 25 + 30 = 55, n_D = 45;
    # 15 disagreeing units add 2 each: 30; expected 100^2 - 55^2 - 45^2 = 4950;
    # alpha = 1 - 99 * 30 / 4950 = 1 - 0.6 = 0.4 (Scott's pi is 1 - 0.3/0.495 = 0.3939...)
    assert s.alpha == pytest.approx(0.4, abs=1e-12)
    assert pair.alpha == pytest.approx(0.4, abs=1e-12)


NEWSROOM = {
    "c1": {"ana": C, "ben": C},
    "c2": {"ana": D, "ben": D, "cai": D},
    "c3": {"ana": C, "ben": D},
    "c4": {"ben": U, "cai": U},
    "c5": {"ana": C, "cai": C},
    "c6": {"ana": D},
    "c7": {"ana": C, "ben": None},
}


def test_newsroom_case_three_editors_three_verdicts():
    """Three editors, three verdicts, some claims judged by two, one by three, two by one.

    Counted: c1..c5 (two or more verdicts); c6 and c7 have one (ben's None is no verdict).
    Agreed: c1, c2, c4, c5; disagreed: c3 (ana corroborated, ben disputed).

    alpha over everyone: c1 (C,C) n_C += 2; c2 (D,D,D) n_D += 3; c3 (C,D) n_C += 1, n_D += 1 and
    2 ordered disagreeing pairs / (2 - 1) = 2; c4 (U,U) n_U += 2; c5 (C,C) n_C += 2.
    n_C = 5, n_D = 4, n_U = 2, n = 11; expected 121 - (25 + 16 + 4) = 76;
    alpha = 1 - 10 * 2 / 76 = 14/19 = 0.7368...

    ana + ben share c1 (C,C), c2 (D,D), c3 (C,D): p_o = 2/3; ana says C twice, D once, ben C once,
    D twice: p_e = (2*1 + 1*2) / 9 = 4/9; kappa = (2/3 - 4/9) / (1 - 4/9) = (2/9) / (5/9) = 2/5.
    Their alpha: n_C = n_D = 3, n = 6, disagreement 2, expected 36 - 18 = 18: 1 - 5*2/18 = 4/9.
    ana + cai share c2 (D,D), c5 (C,C): p_o = 1, p_e = (1 + 1)/4 = 1/2, kappa = 1, alpha = 1.
    ben + cai share c2 (D,D), c4 (U,U): likewise kappa = 1, alpha = 1.
    """
    s = agreement_summary(NEWSROOM, VOCAB)
    assert (s.items, s.agreements, s.disagreements, s.single) == (5, 4, 1, 2)
    assert s.editors == ("ana", "ben", "cai")
    assert s.alpha == pytest.approx(14 / 19, abs=1e-12)
    assert s.disagreement_list == (Disagreement("c3", (("ana", C), ("ben", D))),)
    by_pair = {(p.editor_a, p.editor_b): p for p in s.pairs}
    assert list(by_pair) == [("ana", "ben"), ("ana", "cai"), ("ben", "cai")]
    ab = by_pair["ana", "ben"]
    assert (ab.items, ab.agreements) == (3, 2)
    assert ab.expected == pytest.approx(4 / 9)
    assert ab.kappa == pytest.approx(0.4, abs=1e-12)
    assert ab.alpha == pytest.approx(4 / 9, abs=1e-12)
    for pair in ("ana", "cai"), ("ben", "cai"):
        assert by_pair[pair].kappa == 1.0 and by_pair[pair].alpha == 1.0
    assert s.observed == pytest.approx(0.8)


def test_verdict_vocabulary_can_be_an_enum():
    from enum import StrEnum

    class V(StrEnum):
        CORROBORATED = "corroborated"
        DISPUTED = "disputed"

    s = agreement_summary({"x": {"a": V.CORROBORATED, "b": V.DISPUTED}, "y": {"a": "disputed", "b": V.DISPUTED}}, V)
    assert s.vocabulary == ("corroborated", "disputed")
    assert s.disagreement_list == (Disagreement("x", (("a", "corroborated"), ("b", "disputed"))),)


# ---------------------------------------------------------------------------- undefined and bad input


@pytest.mark.parametrize(("verdicts", "alpha", "kappas"), [
    pytest.param({}, None, {}, id="no claims"),
    pytest.param({"x": {"a": C}}, None, {}, id="one verdict only"),
    pytest.param({"x": {"a": C, "b": None}}, None, {}, id="second verdict missing"),
    pytest.param({"x": {"a": C, "b": C}}, None, {("a", "b"): None}, id="one claim, same verdict"),
    pytest.param({"x": {"a": C, "b": C}, "y": {"a": C, "b": C}}, None, {("a", "b"): None},
                 id="everyone always says the same word"),
    pytest.param({"x": {"a": C, "b": D}}, 0.0, {("a", "b"): 0.0}, id="one claim, different verdicts"),
    pytest.param({"x": {"a": C, "b": C}, "y": {"a": C, "b": D}}, 0.0, {("a", "b"): 0.0},
                 id="one editor constant: kappa defined (p_e = 1/2)"),
    pytest.param({"x": {"a": C, "b": C}, "y": {"c": D, "d": D}}, 1.0, {("a", "b"): None, ("c", "d"): None},
                 id="each pair constant, everyone together not"),
])
def test_undefined_statistics_are_none_never_a_division_by_zero(verdicts, alpha, kappas):
    s = agreement_summary(verdicts, VOCAB)
    assert s.alpha == (None if alpha is None else pytest.approx(alpha))
    assert {(p.editor_a, p.editor_b): p.kappa for p in s.pairs} == kappas
    lines = summary_lines(s)  # the screen shows undefined as a word
    if alpha is None:
        assert "Krippendorff's alpha (nominal, " in lines[1] and lines[1].endswith(": undefined")


def test_plain_functions_undefined_cases():
    assert cohen_kappa([], [], VOCAB) is None
    assert cohen_kappa([D, D], [D, D], VOCAB) is None
    assert krippendorff_alpha([], VOCAB) is None
    assert krippendorff_alpha([[C], [D]], VOCAB) is None  # nothing pairable
    assert krippendorff_alpha([[C, C, C]], VOCAB) is None


@pytest.mark.parametrize(("call", "message"), [
    pytest.param(lambda: agreement_summary({"c9": {"ana": "true"}}, VOCAB),
                 "claim c9, editor ana: 'true' is not a verdict (one of corroborated, disputed, unverifiable)",
                 id="unknown verdict"),
    pytest.param(lambda: agreement_summary({}, ()), "the verdict vocabulary is empty", id="empty vocabulary"),
    pytest.param(lambda: agreement_summary({}, (C, C)), "the verdict vocabulary repeats a word", id="repeated word"),
    pytest.param(lambda: cohen_kappa([C], [C, D], VOCAB), "different numbers of claims", id="kappa lengths"),
    pytest.param(lambda: cohen_kappa([C], ["maybe"], VOCAB), "second editor: 'maybe' is not a verdict",
                 id="kappa unknown verdict"),
    pytest.param(lambda: krippendorff_alpha([[C, "x\x1b"]], VOCAB), "claim 1: 'x\\x1b' is not a verdict",
                 id="alpha unknown verdict (repr shows the escape)"),
])
def test_bad_input_is_one_line_naming_it(call, message):
    with pytest.raises(AgreementError) as e:
        call()
    assert message in str(e.value)
    assert "\n" not in str(e.value) and "\x1b" not in str(e.value)


# ---------------------------------------------------------------------------- properties

EDITORS = ("ana", "ben", "cai", "dan")
verdict_tables = st.dictionaries(
    st.text("abcdefgh0123456789", min_size=1, max_size=4),
    st.dictionaries(st.sampled_from(EDITORS), st.one_of(st.none(), st.sampled_from(VOCAB)), max_size=4),
    max_size=25,
)


def brute_alpha(verdicts) -> Fraction | None:
    """Krippendorff's alpha from its definition: D_o averages the disagreement of every ordered
    pair of values within a unit (weight 1/(m_u - 1)) over the n pairable values; D_e that of
    every ordered pair of distinct pairable values in the whole table, over n(n - 1)."""
    units = [[v for v in row.values() if v is not None] for row in verdicts.values()]
    units = [u for u in units if len(u) >= 2]
    values = [v for u in units for v in u]
    n = len(values)
    if n < 2:
        return None
    d_o = sum((Fraction(sum(1 for i, j in itertools.permutations(range(len(u)), 2) if u[i] != u[j]), len(u) - 1)
               for u in units), Fraction(0)) / n
    d_e = Fraction(sum(1 for i, j in itertools.permutations(range(n), 2) if values[i] != values[j]), n * (n - 1))
    return None if d_e == 0 else 1 - d_o / d_e


@SETTINGS
@given(verdicts=verdict_tables)
def test_alpha_matches_its_definition_and_stays_in_minus_one_to_one(verdicts):
    s = agreement_summary(verdicts, VOCAB)
    ref = brute_alpha(verdicts)
    if ref is None:
        assert s.alpha is None
    else:
        assert s.alpha == pytest.approx(float(ref), abs=1e-12)
        assert -1.0 <= s.alpha <= 1.0
    for p in s.pairs:
        for x in (p.kappa, p.alpha):
            assert x is None or -1.0 <= x <= 1.0
        assert 0 <= p.agreements <= p.items
    assert s.items == s.agreements + s.disagreements == len(
        [r for r in verdicts.values() if sum(v is not None for v in r.values()) >= 2])


@SETTINGS
@given(verdicts=verdict_tables, data=st.data())
def test_symmetric_in_the_editors_and_blind_to_the_verdicts_names(verdicts, data):
    """Renaming editors (so pairs swap their order) or permuting the verdict words changes nothing."""
    s = agreement_summary(verdicts, VOCAB)
    names = data.draw(st.permutations(EDITORS))
    rename = dict(zip(EDITORS, names, strict=True))
    words = data.draw(st.permutations(VOCAB))
    relabel = dict(zip(VOCAB, words, strict=True))
    t = agreement_summary({c: {rename[e]: (None if v is None else relabel[v]) for e, v in r.items()}
                           for c, r in verdicts.items()}, VOCAB)
    assert t.alpha == s.alpha  # exact: both come from the same fractions
    assert (t.items, t.agreements, t.single) == (s.items, s.agreements, s.single)
    swapped = {frozenset((rename[p.editor_a], rename[p.editor_b])): p for p in s.pairs}
    assert {frozenset((p.editor_a, p.editor_b)) for p in t.pairs} == set(swapped)
    for p in t.pairs:
        q = swapped[frozenset((p.editor_a, p.editor_b))]
        assert (p.kappa, p.alpha, p.items, p.agreements) == (q.kappa, q.alpha, q.items, q.agreements)


@SETTINGS
@given(pairs=st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(VOCAB)), max_size=40))
def test_kappa_is_symmetric_and_in_range(pairs):
    a = [x for x, _ in pairs]
    b = [y for _, y in pairs]
    k = cohen_kappa(a, b, VOCAB)
    assert k == cohen_kappa(b, a, VOCAB)
    assert k is None or -1.0 <= k <= 1.0
    if k is None:
        assert not pairs or len(set(a) | set(b)) == 1


@SETTINGS
@given(pairs=st.lists(st.tuples(st.sampled_from((C, D)), st.sampled_from((C, D))), min_size=1, max_size=60))
def test_binary_kappa_matches_the_two_by_two_formula(pairs):
    """For two verdicts, kappa = 2(ad - bc) / ((a + b)(b + d) + (a + c)(c + d)) with the 2x2 table
    a = both C, b = A says C and B D, c = A says D and B C, d = both D."""
    a = sum(1 for x, y in pairs if (x, y) == (C, C))
    b = sum(1 for x, y in pairs if (x, y) == (C, D))
    c = sum(1 for x, y in pairs if (x, y) == (D, C))
    d = sum(1 for x, y in pairs if (x, y) == (D, D))
    denominator = (a + b) * (b + d) + (a + c) * (c + d)
    k = cohen_kappa([x for x, _ in pairs], [y for _, y in pairs], VOCAB)
    if denominator == 0:
        assert k is None
    else:
        assert k == pytest.approx(float(Fraction(2 * (a * d - b * c), denominator)), abs=1e-12)


@SETTINGS
@given(pairs=st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(VOCAB)), min_size=1, max_size=40))
def test_two_editors_without_gaps_alpha_is_scotts_pi_corrected_for_sample_size(pairs):
    """With two coders and no missing values, 1 - alpha = (1 - pi) (2N - 1) / (2N), Scott's pi
    using the pooled verdict shares (Krippendorff 2011, on alpha's relation to pi)."""
    n = len(pairs)
    pooled = [v for p in pairs for v in p]
    p_o = Fraction(sum(1 for x, y in pairs if x == y), n)
    p_e = sum((Fraction(pooled.count(k), 2 * n) ** 2 for k in VOCAB), Fraction(0))
    alpha = krippendorff_alpha([list(p) for p in pairs], VOCAB)
    if p_e == 1:
        assert alpha is None
        return
    pi = (p_o - p_e) / (1 - p_e)
    assert alpha == pytest.approx(float(1 - (1 - pi) * (2 * n - 1) / (2 * n)), abs=1e-12)


@SETTINGS
@given(truth=st.lists(st.sampled_from(VOCAB), min_size=1, max_size=30),
       editors=st.lists(st.sampled_from(EDITORS), min_size=2, max_size=4, unique=True))
def test_perfect_agreement_gives_one_whenever_defined(truth, editors):
    verdicts = {f"c{i}": dict.fromkeys(editors, v) for i, v in enumerate(truth)}
    s = agreement_summary(verdicts, VOCAB)
    assert s.disagreements == 0 and s.disagreement_list == ()
    if len(set(truth)) >= 2:
        assert s.alpha == 1.0
        assert all(p.kappa == 1.0 and p.alpha == 1.0 for p in s.pairs)
    else:  # one word throughout: chance agreement is already perfect, 0/0
        assert s.alpha is None and all(p.kappa is None for p in s.pairs)


# ---------------------------------------------------------------------------- CSV and screen


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_agreement_csv_is_the_summary_table(tmp_path):
    out = tmp_path / "agreement.csv"
    n = agreement_csv(out, agreement_summary(NEWSROOM, VOCAB))
    rows = read_csv(out)
    assert n == 4 and rows[0] == CSV_COLUMNS
    assert rows[1:] == [
        ["all editors", "", "", "5", "4", "1", "0.8000", "", "", "0.7368"],
        ["pair", "ana", "ben", "3", "2", "1", "0.6667", "0.4444", "0.4000", "0.4444"],
        ["pair", "ana", "cai", "2", "2", "0", "1.0000", "0.5000", "1.0000", "1.0000"],
        ["pair", "ben", "cai", "2", "2", "0", "1.0000", "0.5000", "1.0000", "1.0000"],
    ]
    assert out.read_bytes().count(b"\r\n") == 5  # RFC 4180 rows


def test_agreement_csv_negative_and_undefined_figures(tmp_path):
    """A negative kappa stays a number (a signed number is not a formula); undefined is empty."""
    verdicts = {"x": {"a": C, "b": D}, "y": {"a": D, "b": C}, "z": {"c": C, "d": C}}
    out = tmp_path / "a.csv"
    agreement_csv(out, agreement_summary(verdicts, VOCAB), excel=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    ab = rows[2]
    # a and b: p_o = 0, p_e = (1*1 + 1*1)/4 = 1/2, kappa = (0 - 1/2)/(1/2) = -1
    assert ab[:3] == ["pair", "a", "b"] and ab[8] == "-1.0000"
    # alpha for a+b: n_C = n_D = 2, n = 4, disagreement 4, expected 16 - 8 = 8: 1 - 3*4/8 = -0.5
    assert ab[9] == "-0.5000"
    cd = rows[3]
    assert cd[:3] == ["pair", "c", "d"] and cd[8] == "" and cd[9] == ""


@pytest.mark.parametrize(("name", "cell"), [
    pytest.param("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")", id="formula"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at sign"),
    pytest.param("-2+3", "'-2+3", id="minus expression"),
    pytest.param("\u200b=1", "'\u200b=1", id="zero-width space then formula"),
    pytest.param("\x1b]52;c;ZXZpbA==\x07ana", "␛]52;c;ZXZpbA==␇ana", id="OSC 52 escape"),
    pytest.param("ben\u202eevil", "ben<U+202E>evil", id="bidi override"),
    pytest.param("\x9b31mcai", "<U+009B>31mcai", id="C1 CSI"),
    pytest.param("[red]dan[/red]", "[red]dan[/red]", id="markup stays text"),
    pytest.param("line\r\nbreak", "line\nbreak", id="CRLF in a name"),
])
def test_agreement_csv_editor_names_are_inert_and_never_formulas(tmp_path, name, cell):
    out = tmp_path / "hostile.csv"
    agreement_csv(out, agreement_summary({"x": {name: C, "zz": D}, "y": {name: D, "zz": D}}, VOCAB))
    rows = read_csv(out)
    assert cell in rows[2][1:3] and "zz" in rows[2][1:3]  # the pair's names, sorted
    raw = out.read_text(encoding="utf-8")
    assert "\x1b" not in raw and "\x9b" not in raw and "\u202e" not in raw
    for line in summary_lines(agreement_summary({"x": {name: C, "zz": D}}, VOCAB)):
        assert "\x1b" not in line and "\x9b" not in line and "\u202e" not in line and "\n" not in line


def test_agreement_csv_replaces_atomically_follows_links_and_refuses_devices(tmp_path):
    s = agreement_summary(NEWSROOM, VOCAB)
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    agreement_csv(link, s)
    assert link.is_symlink() and read_csv(real)[0] == CSV_COLUMNS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]  # no temp file left
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused) as e:
        agreement_csv(fifo, s)
    assert "a named pipe" in e.value.reason and "\n" not in str(e.value)
    with pytest.raises(FileRefused):
        agreement_csv(tmp_path, s)  # a folder


def test_summary_lines_say_the_figures(tmp_path):
    lines = summary_lines(agreement_summary(NEWSROOM, VOCAB))
    assert lines == [
        "5 claims with two or more verdicts (2 with one, not counted): 4 agreed, 1 disagreed",
        "Krippendorff's alpha (nominal, 3 editors): 0.7368",
        "ana + ben: 3 claims, 2 agreed, Cohen's kappa 0.4000, alpha 0.4444",
        "ana + cai: 2 claims, 2 agreed, Cohen's kappa 1.0000, alpha 1.0000",
        "ben + cai: 2 claims, 2 agreed, Cohen's kappa 1.0000, alpha 1.0000",
    ]
