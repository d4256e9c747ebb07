"""Batch features: the vectorised word split and CRC-32 equal the regex + zlib reference, a
text's features do not depend on its batch, and the index written per batch reloads."""

from __future__ import annotations

import zlib

import numpy as np
from dedup_texts import BACKGROUND, QUAKE_CHILE, QUAKE_CHILE_REWRITE, near_copy

from sitrep.dedup import StoryAssigner
from sitrep.dedup.features import _STOP, _WORD, Featurizer, MinHasher, jaccard, word_codes
from sitrep.models import Article
from sitrep.store import Store

ODD_TEXTS = [
    "",
    "x",
    "Don't go 'round the pier's end'' ok' -- it's 5 o'clock",
    "Le maire a dit qu’il n’ira pas à Zürich; l'été sera long. É ü a_b 2024_05",
    "Tokyo 東京 and Kraków: snake_case words, e-mail, U.S. ...",
    "\n\n  \t",
    "’",
    "'",
    "a'b'c 1'2 x''y",
    "z" * 35_000 + " " + "y" * 40_000 + " end",  # words longer than 32k bytes
]


def reference(texts: list[str]) -> tuple[list[int], list[bool], list[int]]:
    words = [_WORD.findall(t.casefold()) for t in texts]
    crc = [zlib.crc32(w.encode("utf-8")) for ws in words for w in ws]
    stop = [w in _STOP or len(w) < 2 for ws in words for w in ws]
    return crc, stop, [len(ws) for ws in words]


def test_word_codes_equal_regex_and_zlib():
    texts = ODD_TEXTS + BACKGROUND + [QUAKE_CHILE, QUAKE_CHILE_REWRITE]
    crc, stop, counts = word_codes([t.casefold() for t in texts])
    ref_crc, ref_stop, ref_counts = reference(texts)
    assert counts.tolist() == ref_counts
    assert crc.tolist() == ref_crc
    assert stop.tolist() == ref_stop
    assert sum(ref_stop) and not all(ref_stop)  # both kinds occur


def test_features_do_not_depend_on_the_batch():
    texts = ODD_TEXTS + [QUAKE_CHILE, near_copy(QUAKE_CHILE)]
    fz = Featurizer(MinHasher())
    batch = fz.features_many([(t, None) for t in texts])
    for text, f in zip(texts, batch, strict=True):
        alone = fz.features(text)
        assert np.array_equal(alone.signature, f.signature)
        assert np.array_equal(alone.idx, f.idx)
        assert np.allclose(alone.val, f.val)
        assert alone.entities == f.entities
    # a near copy shares most shingles; an unrelated text almost none
    assert jaccard(batch[-1].signature, batch[-2].signature) >= 0.5
    assert jaccard(batch[-2].signature, batch[3].signature) < 0.2


def test_assign_many_equals_assign_one_by_one(tmp_path):
    arts = [Article(text=t, source="test", outlet=f"o{i}")
            for i, t in enumerate(BACKGROUND + [QUAKE_CHILE, QUAKE_CHILE_REWRITE,
                                                near_copy(QUAKE_CHILE)])]
    one = StoryAssigner(None)
    singles = [one.assign(a) for a in arts]
    assert len(set(singles)) < len(arts)  # some joined a story
    with Store(tmp_path / "b.duckdb") as st, st.transaction():
        assert StoryAssigner(st).assign_many(arts) == singles
    prepared = StoryAssigner(None)
    prepared.prepare(arts)
    assert [prepared.assign(a) for a in arts] == singles
    assert not prepared._prepared  # each prepared feature set used once


def test_index_rows_reload_with_entities_and_counts(db_path):
    arts = [Article(text=t, source="test", outlet="a") for t in BACKGROUND + [QUAKE_CHILE]]
    with Store(db_path) as st:
        a = StoryAssigner(st)
        with st.transaction():
            a.assign_many(arts)
        with st.transaction():  # the same article again keeps its first signature row
            a.assign_many(arts[-1:])
        saved = {s.story_id: (dict(s.entities), s.n) for s in a._stories.values()}
        n_docs = a._n_docs
    with Store(db_path) as st:
        b = StoryAssigner(st)
        b._load()
        assert b._n_docs == n_docs == len(arts) + 1
        assert {s.story_id: (dict(s.entities), s.n) for s in b._stories.values()} == saved
        assert any(ents for ents, _ in saved.values())
        assert np.array_equal(b._df, a._df)
