"""The hand-labelled gold sets, listed once for the model fit, the scorer bars and the gold-file checks.

A gold set is a folder of articles with a ``gold.json`` beside them: ``sample_docs/``, each
``tests/events/<event>/`` (``holdout_*`` events are held out: measured, never fitted or tuned on) and the
seeds in ``../shared``. An event's ``SOURCE.md`` says how its articles were written; it is not an article.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "tests" / "events"
SAMPLES = ROOT / "sample_docs"
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
NOT_ARTICLES = {"SOURCE.md", "README.md"}
HELD_OUT_PREFIX = "holdout"


def article_paths(folder: Path) -> list[Path]:
    """The articles of one gold set's folder, sorted (never its gold file or its notes)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and p.name not in NOT_ARTICLES)


def gold_sets(include_seeds: bool = True, include_holdout: bool = True) -> list[tuple[str, Path, list[Path]]]:
    """(name, gold file, article paths) of every gold set: the seeds, the samples, then each event by name."""
    out: list[tuple[str, Path, list[Path]]] = []
    if include_seeds:
        seeds = SHARED / "seeds"
        out.append(("seeds", SHARED / "eval" / "seeds_gold.json",
                    sorted(seeds.glob("*.txt")) if seeds.is_dir() else []))
    out.append(("samples", SAMPLES / "gold.json", article_paths(SAMPLES)))
    if EVENTS.is_dir():
        for d in sorted(p for p in EVENTS.iterdir() if (p / "gold.json").exists()):
            if d.name.startswith(HELD_OUT_PREFIX) and not include_holdout:
                continue
            out.append((d.name, d / "gold.json", article_paths(d)))
    return out
