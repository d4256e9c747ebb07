"""Cheap text features for story assignment: tokens, MinHash signatures, hashed TF vectors.

Everything here is deterministic across processes (CRC32 hashes, seeded permutations), so
signatures and vectors persisted by one process are valid in the next.

- MinHash: word 3-shingles hashed by combining per-word CRC32 hashes in numpy, then
  `num_perm` multiply-shift permutations, the minimum per permutation. One numpy expression
  per article, no per-shingle Python loop.
- LSH band keys: the signature cut into `bands` rows of `rows` values, each band folded into
  one 64-bit key.
- TF vector: stop words dropped, unigrams hashed into 2^20 dimensions, 1+log(tf), L2-normalised
  (IDF is applied at comparison time from the running document frequencies).
- Entities: capitalised word runs that do not start a sentence, plus 4-digit years: a cheap
  stand-in for named entities that needs no parser.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

N_FEATURES = 1 << 20
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENTITY = re.compile(r"\b[A-Z][^\W_]*(?:[ -][A-Z][^\W_]*)*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "also",
                                         "new", "just", "like", "year", "years", "time"}
_CACHE_MAX = 400_000
_NAMES: dict[str, str] = {}  # raw capitalised run -> entity key (bounded memo)


@dataclass(frozen=True)
class MinHasher:
    """Seeded MinHash permutations."""

    num_perm: int = 128
    seed: int = 1
    shingle: int = 3

    def __post_init__(self) -> None:
        gen = np.random.RandomState(self.seed)
        a = gen.randint(1, np.iinfo(np.int64).max, size=self.num_perm, dtype=np.int64)
        b = gen.randint(0, np.iinfo(np.int64).max, size=self.num_perm, dtype=np.int64)
        object.__setattr__(self, "_a", a.astype(np.uint64) | np.uint64(1))
        object.__setattr__(self, "_b", b.astype(np.uint64))

    def signature(self, word_hashes: np.ndarray) -> np.ndarray:
        """MinHash (uint32[num_perm]) of the word k-shingles of a token-hash sequence.

        Permutations are multiply-shift hashes ((a*h + b) mod 2^64) >> 32 with odd a: cheaper
        than datasketch's mod-prime form and as good for MinHash.
        """
        w = word_hashes.astype(np.uint64)
        k = self.shingle
        if len(w) >= k:
            sh = w[: len(w) - k + 1].copy()
            for i in range(1, k):
                sh = (sh * np.uint64(0x9E3779B1) + w[i: len(w) - k + 1 + i]) & _MASK32
        else:
            sh = w if len(w) else np.zeros(1, dtype=np.uint64)
        sh = np.unique(sh)
        phv = (sh[:, None] * self._a[None, :] + self._b[None, :]) >> np.uint64(32)
        return phv.min(axis=0).astype(np.uint32)


def band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per LSH band (band number folded in), as uint64."""
    m = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    key = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    for j in range(rows):
        key = (key ^ m[:, j]) * np.uint64(0x100000001B3)
    return key


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity of two shingle sets."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


@dataclass
class Features:
    """What the assigner needs of one article."""

    signature: np.ndarray  # uint32[num_perm]
    idx: np.ndarray  # int32, sorted, unique hashed term ids
    val: np.ndarray  # float32, L2-normalised 1+log(tf)
    entities: frozenset[str]


class Featurizer:
    """Turns texts into Features; keeps a bounded cache of word hashes."""

    def __init__(self, hasher: MinHasher) -> None:
        self.hasher = hasher
        self._cache: dict[str, int] = {}

    def _codes(self, words: list[str]) -> np.ndarray:
        """uint64 per word: CRC32 in the low bits, bit 32 set for stop words."""
        cache = self._cache
        missing = [w for w in set(words) if w not in cache]
        if len(cache) + len(missing) > _CACHE_MAX:
            cache.clear()
            missing = list(set(words))
        for w in missing:
            cache[w] = zlib.crc32(w.encode("utf-8")) | ((w in _STOP or len(w) < 2) << 32)
        return np.array([cache[w] for w in words], dtype=np.uint64)

    def features(self, text: str, title: str | None = None) -> Features:
        body = text if not title or text.startswith(title) else f"{title}\n{text}"
        codes = self._codes(_WORD.findall(body.casefold()))
        hashes = codes & _MASK32
        signature = self.hasher.signature(hashes)
        terms = (hashes[(codes >> np.uint64(32)) == 0] & np.uint64(N_FEATURES - 1))
        idx, counts = np.unique(terms.astype(np.int32), return_counts=True)
        val = (1.0 + np.log(counts)).astype(np.float32)
        norm = float(np.linalg.norm(val))
        if norm:
            val /= norm
        return Features(signature, idx.astype(np.int32), val, entities_of(body))


def entities_of(text: str) -> frozenset[str]:
    """Capitalised word runs (leading stop words dropped) and years: a parser-free entity set."""
    found = set(_YEAR.findall(text))
    for raw in set(_ENTITY.findall(text)):
        name = _NAMES.get(raw)
        if name is None:
            words = raw.casefold().replace("-", " ").split()
            while words and words[0] in _STOP:
                words.pop(0)
            name = "" if not words or (len(words) == 1 and len(words[0]) < 3) else " ".join(words)
            if len(_NAMES) >= _CACHE_MAX:
                _NAMES.clear()
            _NAMES[raw] = name
        if name:
            found.add(name)
    return frozenset(found)
