"""How far editors agree: Cohen's kappa per pair, Krippendorff's alpha over all of them.

Input: ``claim_id -> {editor: verdict}`` (a verdict is a word of the project's vocabulary,
``"corroborated"``, ``"disputed"``, ...; ``None`` or a missing editor means no verdict).
Only claims with two or more verdicts count: a claim one editor judged says nothing about
agreement (``AgreementSummary.single`` says how many there were).

- **Cohen's kappa** (Cohen 1960), for each pair of editors over the claims both judged:
  ``kappa = (p_o - p_e) / (1 - p_e)``, where ``p_o`` is the share of those claims where the two
  gave the same verdict and ``p_e = sum_k (a_k / n) (b_k / n)`` the share expected by chance
  from each editor's own use of verdict ``k`` (``a_k``, ``b_k`` of ``n`` claims).
- **Krippendorff's alpha, nominal** (Krippendorff 2011, "Computing Krippendorff's
  Alpha-Reliability"), over all editors, missing verdicts allowed: each claim ``u`` with
  ``m_u >= 2`` verdicts adds ``1 / (m_u - 1)`` to the coincidence ``o[c][k]`` for every ordered
  pair of verdicts ``(c, k)`` given by two different editors; ``n_c = sum_k o[c][k]``,
  ``n = sum_c n_c`` (the number of pairable verdicts) and
  ``alpha = 1 - (n - 1) * sum_{c != k} o[c][k] / sum_{c != k} n_c n_k``.
  Alpha is also given per pair (over the claims both judged).

Both are computed in exact fractions (so ``kappa(a, b) == kappa(b, a)`` exactly) and given as
floats. Where a statistic is 0/0 (no shared claim; every verdict the same one, so chance
agreement is already perfect) it is ``None``, never a division by zero: the screen and the
CSV show it as undefined (an empty cell).

``agreement_csv(out, summary)`` writes the summary table (one row over all editors, one per
pair) atomically; every cell is formula-neutralised (``store.export.neutralise``) and inert
for a terminal (``claims.inert.inert``), since editor names come from outside.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import stat
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from claims.inert import inert
from store.export import neutralise
from store.storage import not_regular, resolve_store_path, write_atomically

__all__ = [
    "CSV_COLUMNS",
    "AgreementError",
    "AgreementSummary",
    "Disagreement",
    "PairAgreement",
    "agreement_csv",
    "agreement_summary",
    "cohen_kappa",
    "krippendorff_alpha",
    "summary_lines",
]


class AgreementError(ValueError):
    """A verdict outside the vocabulary (or a vocabulary that is no vocabulary). ``str()`` is one line."""


# ---------------------------------------------------------------------------- the statistics


def _vocabulary(vocabulary: Iterable[str]) -> tuple[str, ...]:
    words = tuple(str(v) for v in vocabulary)
    if not words:
        raise AgreementError("the verdict vocabulary is empty")
    if len(set(words)) != len(words):
        raise AgreementError(f"the verdict vocabulary repeats a word: {', '.join(map(repr, words))}")
    return words


def _kappa(a: Sequence[str], b: Sequence[str]) -> tuple[Fraction, Fraction, Fraction | None]:
    """``(p_o, p_e, kappa)`` of two equally long verdict sequences (exact; kappa None when 0/0)."""
    n = len(a)
    if n == 0:
        return Fraction(0), Fraction(0), None
    p_o = Fraction(sum(1 for x, y in zip(a, b, strict=True) if x == y), n)
    ca, cb = Counter(a), Counter(b)
    p_e = Fraction(sum(ca[k] * cb[k] for k in ca), n * n)
    if p_e == 1:
        return p_o, p_e, None
    return p_o, p_e, (p_o - p_e) / (1 - p_e)


def _alpha(units: Iterable[Sequence[str]]) -> Fraction | None:
    """Nominal alpha over ``units`` (each the verdicts given to one claim), exact; None when 0/0.

    For the nominal metric only two sums of the coincidence matrix matter: the observed
    disagreements ``sum_{c != k} o[c][k]`` and the marginals ``n_c``. A unit of ``m`` verdicts of
    which ``m_c`` are ``c`` has ``m^2 - sum_c m_c^2`` ordered pairs (from different editors)
    that differ, each weighing ``1 / (m - 1)``; it adds ``m_c`` to ``n_c``."""
    pairs_by_weight: Counter[int] = Counter()  # m - 1 -> disagreeing ordered pairs in units of m
    n_c: Counter[str] = Counter()
    for unit in units:
        m = len(unit)
        if m < 2:
            continue  # not pairable
        if m == 2:  # the common case, without a Counter per claim
            a, b = unit
            if a != b:
                pairs_by_weight[1] += 2
            n_c[a] += 1
            n_c[b] += 1
            continue
        counts = Counter(unit)
        pairs_by_weight[m - 1] += m * m - sum(v * v for v in counts.values())
        for k, v in counts.items():
            n_c[k] += v
    disagree = sum((Fraction(p, w) for w, p in pairs_by_weight.items()), Fraction(0))
    n = sum(n_c.values())
    expected = n * n - sum(v * v for v in n_c.values())  # sum_{c != k} n_c n_k
    if n < 2 or expected == 0:
        return None
    return 1 - (n - 1) * disagree / expected


def _checked(values: Iterable[str], words: tuple[str, ...], where: str) -> list[str]:
    out = []
    for v in values:
        if str(v) not in words:
            raise AgreementError(f"{where}: {str(v)!r} is not a verdict (one of {', '.join(words)})")
        out.append(str(v))
    return out


def cohen_kappa(a: Sequence[str], b: Sequence[str], vocabulary: Iterable[str]) -> float | None:
    """Cohen's kappa of two editors' verdicts on the same claims (``a[i]`` and ``b[i]`` judge claim
    ``i``). None when undefined: no claims, or both editors gave one and the same verdict
    throughout (chance agreement is then 1 and kappa is 0/0)."""
    words = _vocabulary(vocabulary)
    if len(a) != len(b):
        raise AgreementError(f"the two editors judged different numbers of claims ({len(a)} and {len(b)})")
    _, _, k = _kappa(_checked(a, words, "first editor"), _checked(b, words, "second editor"))
    return None if k is None else float(k)


def krippendorff_alpha(units: Iterable[Iterable[str]], vocabulary: Iterable[str]) -> float | None:
    """Krippendorff's alpha (nominal) over ``units``, each the verdicts given to one claim by
    different editors (missing verdicts simply left out). Units with fewer than two verdicts
    are not pairable and are skipped. None when undefined: fewer than two pairable verdicts,
    or all of them the same word (no expected disagreement)."""
    words = _vocabulary(vocabulary)
    a = _alpha([_checked(u, words, f"claim {i + 1}") for i, u in enumerate(units)])
    return None if a is None else float(a)


# ---------------------------------------------------------------------------- the summary


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A claim whose verdicts differ: ``verdicts`` is ``((editor, verdict), ...)`` by editor name."""

    claim_id: str
    verdicts: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class PairAgreement:
    """Two editors (``editor_a < editor_b``) over the claims both judged."""

    editor_a: str
    editor_b: str
    items: int
    agreements: int
    observed: float  # p_o, the share of shared claims with the same verdict
    expected: float  # p_e, chance agreement from each editor's own verdict shares
    kappa: float | None
    alpha: float | None

    @property
    def disagreements(self) -> int:
        return self.items - self.agreements


@dataclass(frozen=True, slots=True)
class AgreementSummary:
    """Agreement over the claims with two or more verdicts (``items``)."""

    vocabulary: tuple[str, ...]
    editors: tuple[str, ...]  # everyone with a verdict on a counted claim, sorted
    items: int  # claims with >= 2 verdicts
    agreements: int  # of those, claims where every verdict is the same
    single: int  # claims with exactly one verdict (not counted)
    alpha: float | None  # Krippendorff's alpha (nominal) over all editors
    pairs: tuple[PairAgreement, ...]  # every pair of editors with a shared claim, sorted
    disagreement_list: tuple[Disagreement, ...]  # in the order the claims were given

    @property
    def disagreements(self) -> int:
        return self.items - self.agreements

    @property
    def observed(self) -> float | None:
        """The share of counted claims on which every editor agreed (None without claims)."""
        return self.agreements / self.items if self.items else None


def agreement_summary(verdicts: Mapping[str, Mapping[str, str | None]],
                      vocabulary: Iterable[str]) -> AgreementSummary:
    """Counts, Cohen's kappa per pair, Krippendorff's alpha and the disagreements (module doc).

    ``verdicts`` maps claim id -> {editor: verdict}; a verdict of None is no verdict. A
    verdict outside ``vocabulary`` raises :class:`AgreementError` naming the claim and editor."""
    words = _vocabulary(vocabulary)
    counted: list[tuple[str, dict[str, str]]] = []
    single = 0
    for claim_id, by_editor in verdicts.items():
        given: dict[str, str] = {}
        for editor, v in by_editor.items():
            if v is None:
                continue
            if str(v) not in words:
                raise AgreementError(f"claim {claim_id}, editor {editor}: {str(v)!r} is not a verdict "
                                     f"(one of {', '.join(words)})")
            given[editor] = str(v)
        if len(given) >= 2:
            counted.append((claim_id, given))
        elif given:
            single += 1

    editors = tuple(sorted({e for _, g in counted for e in g}))
    alpha = _alpha([list(g.values()) for _, g in counted])
    disagreements = tuple(Disagreement(cid, tuple(sorted(g.items())))
                          for cid, g in counted if len(set(g.values())) > 1)
    by_pair: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for _, g in counted:  # one pass: each claim feeds the pairs of its own editors
        for ea, eb in itertools.combinations(sorted(g), 2):
            by_pair.setdefault((ea, eb), []).append((g[ea], g[eb]))
    pairs = []
    for (ea, eb), shared in sorted(by_pair.items()):
        a = [x for x, _ in shared]
        b = [y for _, y in shared]
        p_o, p_e, k = _kappa(a, b)
        pa = _alpha(shared)
        pairs.append(PairAgreement(
            editor_a=ea, editor_b=eb, items=len(shared), agreements=sum(1 for x, y in shared if x == y),
            observed=float(p_o), expected=float(p_e),
            kappa=None if k is None else float(k), alpha=None if pa is None else float(pa),
        ))
    return AgreementSummary(
        vocabulary=words, editors=editors, items=len(counted), agreements=len(counted) - len(disagreements),
        single=single, alpha=None if alpha is None else float(alpha), pairs=tuple(pairs),
        disagreement_list=disagreements,
    )


# ---------------------------------------------------------------------------- showing it


def _figure(x: float | None) -> str:
    """Four decimals; "" for undefined (never "-0.0000")."""
    if x is None:
        return ""
    return f"{round(x, 4) + 0.0:.4f}"


#: the columns of :func:`agreement_csv`
CSV_COLUMNS = ["scope", "editor_a", "editor_b", "items", "agreements", "disagreements",
               "observed_agreement", "expected_agreement", "cohen_kappa", "krippendorff_alpha"]


def _rows(summary: AgreementSummary) -> list[list[str]]:
    rows = [["all editors", "", "", str(summary.items), str(summary.agreements), str(summary.disagreements),
             _figure(summary.observed), "", "", _figure(summary.alpha)]]
    for p in summary.pairs:
        rows.append(["pair", p.editor_a, p.editor_b, str(p.items), str(p.agreements), str(p.disagreements),
                     _figure(p.observed), _figure(p.expected), _figure(p.kappa), _figure(p.alpha)])
    return rows


def _cell(value: str) -> str:
    return inert(neutralise(value.replace("\r\n", "\n")))


def _target(out: Path) -> Path:
    """The file the CSV replaces: links resolved once; refused unless a regular file or missing."""
    real = resolve_store_path(out)
    try:
        st = os.stat(real)
    except OSError:
        return real  # missing, or a problem the write names
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(real, st.st_mode, "an agreement table")
    return real


def agreement_csv(out: str | Path, summary: AgreementSummary, *, excel: bool = False) -> int:
    """Write the summary table to ``out`` (CSV, ``CSV_COLUMNS``): a row ``all editors`` (counts,
    the share of claims where all agreed, alpha over everyone) then one row per pair of
    editors (counts, observed and chance agreement, kappa, alpha for the pair). Figures have
    four decimals; an undefined one is an empty cell. RFC 4180 (``\\r\\n``), UTF-8 (``excel``
    adds a BOM). Written atomically (temp file beside it, fsync, rename); a link at ``out`` is
    followed, and anything there that is not a regular file raises ``FileRefused``.
    Returns the number of rows written (without the header)."""
    target = _target(Path(out))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    rows = _rows(summary)
    for row in rows:
        w.writerow([_cell(c) for c in row])
    write_atomically(target, buf.getvalue().encode("utf-8-sig" if excel else "utf-8"))
    return len(rows)


def summary_lines(summary: AgreementSummary) -> list[str]:
    """The summary as plain one-line strings for a terminal or a screen (editor names inert,
    newlines shown as stand-ins); build ``Text``/``Content`` from them, never markup."""
    def name(s: str) -> str:
        return inert(s, newlines=False)

    def fig(x: float | None) -> str:
        return _figure(x) or "undefined"

    lines = [
        f"{summary.items} claim{'' if summary.items == 1 else 's'} with two or more verdicts "
        f"({summary.single} with one, not counted): "
        f"{summary.agreements} agreed, {summary.disagreements} disagreed",
        f"Krippendorff's alpha (nominal, {len(summary.editors)} editors): {fig(summary.alpha)}",
    ]
    for p in summary.pairs:
        lines.append(f"{name(p.editor_a)} + {name(p.editor_b)}: {p.items} claim{'' if p.items == 1 else 's'}, "
                     f"{p.agreements} agreed, "
                     f"Cohen's kappa {fig(p.kappa)}, alpha {fig(p.alpha)}")
    return lines
