"""The news-like benchmark corpus (benchmarks.newscorpus): deterministic, many events each told by several
outlets, a vocabulary that grows with size, page noise marked, and files the real loader reads with their
metadata in every format."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks import newscorpus as nc
from benchmarks.corpus import build, build_recombined
from benchmarks.synth import folder_bytes, make_folder


def test_same_articles_for_a_seed_and_a_prefix_does_not_depend_on_n():
    a, b = nc.generate(40), nc.generate(90)
    assert [x.file_text() for x in a] == [x.file_text() for x in b[:40]]
    assert [x.file_text() for x in nc.generate(40, seed=1)] != [x.file_text() for x in a]


def test_many_events_each_told_by_three_to_six_outlets():
    arts = nc.generate(300)
    per_event = Counter(a.event for a in arts)
    last = max(per_event)
    assert len(per_event) >= 50
    assert all(3 <= k <= 6 for e, k in per_event.items() if e != last)  # the last event may be cut short
    assert len({a.domain for a in arts}) == len(nc.DOMAINS)
    for e in list(per_event)[:20]:
        outlets = [a.outlet for a in arts if a.event == e]
        assert len(set(outlets)) == len(outlets)  # an outlet reports an event once
    assert {a.fmt for a in arts} == set(nc.Fmt)


def test_vocabulary_grows_with_size_and_is_richer_than_one_story_recombined():
    words = {n: nc.distinct_words([a.body_text() for a in nc.generate(n)]) for n in (100, 200, 400)}
    assert words[200] > 1.25 * words[100] and words[400] > 1.25 * words[200]
    assert words[400] > 1.8 * nc.distinct_words([d.text for d in build_recombined(400)])


def test_every_article_has_a_headline_body_and_page_noise():
    for a in nc.generate(60):
        kinds = [b.noise for b in a.blocks]
        assert kinds[0] is nc.Noise.HEADLINE and a.blocks[0].text == a.title
        assert sum(k is None for k in kinds) >= 3
        assert any(k not in (None, nc.Noise.HEADLINE) for k in kinds)
        assert all(b.text.strip() and "{" not in b.text for b in a.blocks)  # every slot filled


def test_in_memory_documents_mark_the_noise_as_boilerplate():
    arts, docs = nc.generate(30), build(30)
    for a, d in zip(arts, docs, strict=True):
        assert [d.text[p.start:p.end] for p in d.paragraphs] == [b.text for b in a.blocks]
        assert [p.boilerplate for p in d.paragraphs] == [b.noise is not None for b in a.blocks]
        assert (d.outlet, d.title, d.date) == (a.outlet, a.title, a.date)
    assert len({d.id for d in docs}) == 30


@pytest.mark.parametrize("fmt", list(nc.Fmt))
def test_files_load_with_their_metadata(fmt, tmp_path):
    from claims.documents import load_paths

    arts = [a for a in nc.generate(80) if a.fmt is fmt][:4]
    paths = []
    for a in arts:
        p = tmp_path / a.file_name
        p.write_text(a.file_text(), encoding="utf-8")
        paths.append(p)
    docs, errors = load_paths([str(p) for p in paths])
    assert not errors
    for a, d in zip(arts, docs, strict=True):
        assert (d.outlet, d.date, d.title) == (a.outlet, a.date, a.title)
        body = [b.text for b in a.blocks if b.noise is None]
        assert all(t in d.text for t in body)  # every paragraph of the article reaches the loaded text
        assert d.format == fmt.value


def test_folder_of_files_near_the_size_asked(tmp_path):
    folder = make_folder(tmp_path / "f", n=40, target_bytes=200_000)
    assert len(list(folder.iterdir())) == 40
    assert 0.7 * 200_000 <= folder_bytes(folder) <= 1.3 * 200_000
