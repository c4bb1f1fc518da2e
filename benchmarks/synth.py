"""A synthetic folder of many articles, made from the bundled samples with perturbations.

Used by the start-up benchmark (200 articles, about 1 MB) and by tests that need a big
folder. Deterministic for a given seed. Each article is one bundled sample, keeping its
format (.txt, .md or .html) and metadata header, with:

* its figures nudged (so claims differ between copies and linking has real work),
* a few body paragraphs borrowed from the other samples and the order of some swapped,
* its outlet renamed ("The Northern Ledger 17"),

until it reaches about ``target_bytes / n`` bytes.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
SUFFIXES = (".txt", ".md", ".html")

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)")
_HTML_P = re.compile(r"<p>(.*?)</p>", re.S)


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in SUFFIXES)


def _nudge_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        raw = m.group(1)
        n = int(raw.replace(",", ""))
        if 1900 <= n <= 2100 or rng.random() < 0.6:  # keep years and most figures as they are
            return raw
        n = max(1, round(n * rng.choice((0.8, 0.9, 1.1, 1.25))))
        return f"{n:,}" if "," in raw else str(n)

    return _NUMBER.sub(repl, text)


def _body_paragraphs(text: str, suffix: str) -> list[str]:
    if suffix == ".html":
        return [re.sub(r"<[^>]+>", "", p).strip() for p in _HTML_P.findall(text)]
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 120 and ":" not in p[:20]]


def make_article(source: Path, index: int, rng: random.Random, donors: list[str], size: int) -> str:
    text = source.read_text(encoding="utf-8")
    text = _nudge_numbers(text, rng)
    text = re.sub(r"(Outlet: |outlet: |og:site_name\" content=\")([^\n\"]+)", rf"\g<1>\g<2> {index}", text)
    extra: list[str] = []
    while len(text.encode()) + sum(len(p) + 2 for p in extra) < size and donors:
        extra.append(_nudge_numbers(rng.choice(donors), rng))
    rng.shuffle(extra)
    if source.suffix == ".html":
        block = "".join(f"<p>{p}</p>\n" for p in extra)
        return text.replace("</article>", block + "</article>", 1) if "</article>" in text else text + block
    return text.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"


def make_folder(dest: Path, n: int = 200, target_bytes: int = 1_000_000, seed: int = 0) -> Path:
    """Write ``n`` articles into ``dest`` (created); returns ``dest``."""
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    files = sample_files()
    donors = [p for f in files for p in _body_paragraphs(f.read_text(encoding="utf-8"), f.suffix)]
    size = target_bytes // n
    for i in range(n):
        src = files[i % len(files)]
        body = make_article(src, i, rng, donors, size)
        (dest / f"{i:03d}_{src.stem}{src.suffix}").write_text(body, encoding="utf-8")
    return dest


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


if __name__ == "__main__":
    import sys

    out = make_folder(Path(sys.argv[1]), n=int(sys.argv[2]) if len(sys.argv) > 2 else 200)
    print(f"{out}: {len(list(out.iterdir()))} files, {folder_bytes(out):,} bytes")
