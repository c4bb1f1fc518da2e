"""A folder of many article files for the start-up and key-latency benchmarks and for tests that need a
big folder: the news-like corpus of :mod:`benchmarks.newscorpus` written as files.

Outlets write ``.txt`` (header lines), ``.md`` (front matter) or ``.html`` (a whole page: navigation,
cookie banner, article, related links, footer), about 6 : 2 : 2, so loading meets every reader of the
loader, trafilatura included. Deterministic for a given seed; ``target_bytes`` is the folder's size
roughly (each article's text is sized to ``target_bytes / n``).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: file bytes per character of article text: header lines, front matter or HTML around it (measured)
_OVERHEAD = 1.45


def make_folder(dest: Path, n: int = 200, target_bytes: int = 1_000_000, seed: int = 0) -> Path:
    """Write ``n`` articles into ``dest`` (created); returns ``dest``."""
    from benchmarks.newscorpus import write_folder

    write_folder(dest, n, seed=seed, size=max(300, int(target_bytes / n / _OVERHEAD)))
    return dest


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


if __name__ == "__main__":
    import sys

    out = make_folder(Path(sys.argv[1]), n=int(sys.argv[2]) if len(sys.argv) > 2 else 200)
    print(f"{out}: {len(list(out.iterdir()))} files, {folder_bytes(out):,} bytes")
