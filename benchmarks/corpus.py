"""The in-memory corpus of the extraction and alignment benchmarks, and the scale test.

:func:`build` gives ``n`` news-like reports as :class:`~claims.model.Document` objects, made by
:mod:`benchmarks.newscorpus` (many invented events in varied domains, each covered by several outlets in
their own words, with page noise marked as boilerplate). Deterministic for a given seed.

:func:`build_recombined` is the corpus the benchmarks used before: one story (the bundled samples)
recombined, with names and figures changed per event. It stays as the reference for the vocabulary
figures (``python -m benchmarks.newscorpus 1000 --vocab``): 1,000 of its reports hold about 4,000
distinct words, where 1,000 real news reports hold tens of thousands.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import lru_cache
from pathlib import Path

from claims.model import Document, Paragraph

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
SUFFIXES = (".txt", ".md", ".html")

_NUMBER = re.compile(r"(?<![\w.,])(?<!Jan\. )(?<!Feb\. )(?<!Aug\. )(?<!Sept\. )(?<!Oct\. )(?<!Nov\. )(?<!Dec\. )"
                     r"(?<!January )(?<!March )(?<!April )(?<!June )(?<!July )(?<!October )(?<!December )"
                     r"(\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)")
#: per event, common words take one of these forms, so stock sentences differ between events
_VARIANTS = {
    "law": ("law", "statute", "measure"), "military": ("military", "army", "armed forces"),
    "said": ("said", "stated", "noted"), "war": ("war", "conflict", "fighting"),
    "prisoners": ("prisoners", "inmates", "convicts"), "defendants": ("defendants", "accused", "suspects on trial"),
    "recruitment": ("recruitment", "enlistment", "recruiting"), "authorities": ("authorities", "officials", "state"),
    "detention": ("detention", "custody", "jail"), "public": ("public", "population", "society"),
    "front": ("front", "front line", "battlefield"), "soldiers": ("soldiers", "troops", "fighters"),
    "criminal": ("criminal", "penal", "legal"), "service": ("service", "duty", "deployment"),
    "new": ("new", "fresh", "latest"), "country": ("country", "nation", "state"),
}
_VARIANT_RX = re.compile(r"\b(" + "|".join(_VARIANTS) + r")\b")
_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{3,})\b")
_KEEP = frozenset(
    """January February March April June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday The This That These Those There They When While After Before According""".split()
)
_SYLLABLES = "ka lo mi ren tu va sel dor bri nax pe quo lin ter zu mar vo gal".split()
_BOILER = [
    "Support independent reporting: become a member today for just $5 a month.",
    "Sign up for our weekly newsletter and never miss a story.",
    "Our readers fund our work. Join 20,000 supporters who keep it free.",
]


@lru_cache(maxsize=1)
def sample_paragraphs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(file name, readable paragraphs) of each bundled sample, through the real loader."""
    from claims.documents import load_paths

    docs, _ = load_paths(sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in SUFFIXES))
    out = []
    for d in docs:
        paras = tuple(d.text[p.start:p.end] for p in d.paragraphs if not p.boilerplate and p.end - p.start > 60)
        out.append((Path(d.path).name, paras))
    return tuple(out)


def _pseudo_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _scale(raw: str, factor: float) -> str:
    n = int(raw.replace(",", ""))
    if 1900 <= n <= 2100 or n < 10 or raw.endswith("%"):
        return raw  # years and small counts stay
    m = max(10, round(n * factor, -max(0, len(str(n)) - 2)))
    return f"{int(m):,}" if "," in raw or m >= 10_000 else str(int(m))


def _event_text(text: str, names: dict[str, str], factor: float, words: dict[str, str]) -> str:
    text = _NAME.sub(lambda m: names.get(m.group(1), m.group(1)), text)
    text = _VARIANT_RX.sub(lambda m: words[m.group(1)], text)
    return _NUMBER.sub(lambda m: _scale(m.group(1), factor), text)


def build(n: int, seed: int = 0, size: int = 2200) -> list[Document]:
    """``n`` news-like reports as Documents: the headline and every block a paragraph, page noise marked as
    boilerplate with its reason; ids ``e<event>-<index>``, paths ``synthetic/<file name>``."""
    from benchmarks.newscorpus import generate

    docs = []
    for a in generate(n, seed, size):
        text, spans = "", []
        for i, b in enumerate(a.blocks):
            if text:
                text += "\n\n"
            spans.append(Paragraph(i, len(text), len(text) + len(b.text), b.noise is not None,
                                   b.noise.value if b.noise is not None else ""))
            text += b.text
        docs.append(Document(id=f"e{a.event:04d}-{a.index:05d}", path=f"synthetic/{a.file_name}", text=text + "\n",
                             outlet=a.outlet, title=a.title, date=a.date, byline=a.author, paragraphs=tuple(spans),
                             format="txt"))
    return docs


def build_recombined(n: int, seed: int = 0) -> list[Document]:
    """``n`` synthetic reports recombined from the bundled samples (the old corpus; one paragraph per block, a
    few marked as boilerplate)."""
    rng = random.Random(seed)
    samples = sample_paragraphs()
    vocab = sorted({w for _, paras in samples for p in paras for w in _NAME.findall(p)} - _KEEP)
    docs: list[Document] = []
    event = 0
    while len(docs) < n:
        size = min(rng.randint(3, 6), n - len(docs))
        names = {w: _pseudo_name(rng) for w in vocab}
        factor = round(rng.uniform(0.3, 4.0), 2)
        words = {w: rng.choice(forms) for w, forms in _VARIANTS.items()}
        pool = [(f, [_event_text(p, names, factor, words) for p in paras]) for f, paras in samples]
        borrowed = [p for _, paras in pool for p in paras]
        date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        for k in range(size):
            fname, own = pool[(event + k) % len(pool)]
            paras = list(own) + rng.sample(borrowed, k=min(rng.randint(0, 2), len(borrowed)))
            rng.shuffle(paras)
            paras = [_NUMBER.sub(lambda m: _scale(m.group(1), rng.choice((1.2, 0.8))) if rng.random() < 0.1
                                 else m.group(1), p) for p in paras]
            boiler = rng.sample(_BOILER, k=rng.randint(1, 2))
            blocks = [(p, False) for p in paras] + [(b, True) for b in boiler]
            rng.shuffle(blocks)
            text, spans = "", []
            for i, (block, is_boiler) in enumerate(blocks):
                if text:
                    text += "\n\n"
                spans.append(Paragraph(i, len(text), len(text) + len(block), is_boiler,
                                       "donation appeal" if is_boiler else ""))
                text += block
            idx = len(docs)
            docs.append(Document(
                id=f"e{event:03d}-{idx:04d}", path=f"synthetic/{idx:04d}_{fname}", text=text + "\n",
                outlet=f"{_pseudo_name(rng)} {rng.choice(('Post', 'Times', 'Herald', 'Review', 'Daily'))}",
                date=date + dt.timedelta(days=rng.randint(0, 3)), paragraphs=tuple(spans), format="txt",
            ))
        event += 1
    return docs


def corpus_bytes(docs: list[Document]) -> int:
    return sum(len(d.text.encode("utf-8")) for d in docs)


if __name__ == "__main__":
    import sys

    docs = (build_recombined if "--recombined" in sys.argv else build)(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
    print(f"{len(docs)} documents, {corpus_bytes(docs):,} bytes")
    print(docs[0].outlet, docs[0].date)
    print(docs[0].text[:1500])
