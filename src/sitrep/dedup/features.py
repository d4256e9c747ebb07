"""Cheap text features for story assignment: tokens, MinHash signatures, hashed TF vectors.

Everything here is deterministic across processes (CRC32 hashes, seeded permutations), so
signatures and vectors persisted by one process are valid in the next.

- MinHash: word 3-shingles hashed by combining per-word CRC32 hashes in numpy, then
  `num_perm` universal-hash permutations ((a*h + b) mod 2^61-1, as datasketch does), the
  minimum per permutation. One numpy expression per article, no per-shingle Python loop.
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
_MERSENNE = np.uint64((1 << 61) - 1)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENTITY = re.compile(r"\b[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)*")
_POSSESSIVE = re.compile(r"['’]s\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "also",
                                         "new", "just", "like", "year", "years", "time"}
_CACHE_MAX = 400_000


@dataclass(frozen=True)
class MinHasher:
    """Seeded MinHash permutations (compatible in form with datasketch's)."""

    num_perm: int = 128
    seed: int = 1
    shingle: int = 3

    def __post_init__(self) -> None:
        gen = np.random.RandomState(self.seed)
        a = gen.randint(1, (1 << 61) - 1, size=self.num_perm, dtype=np.uint64)
        b = gen.randint(0, (1 << 61) - 1, size=self.num_perm, dtype=np.uint64)
        object.__setattr__(self, "_a", a)
        object.__setattr__(self, "_b", b)

    def signature(self, word_hashes: np.ndarray) -> np.ndarray:
        """MinHash (uint32[num_perm]) of the word k-shingles of a token-hash sequence."""
        w = word_hashes.astype(np.uint64)
        k = self.shingle
        if len(w) >= k:
            sh = w[: len(w) - k + 1].copy()
            for i in range(1, k):
                sh = (sh * np.uint64(0x9E3779B1) + w[i: len(w) - k + 1 + i]) & _MASK32
        else:
            sh = w if len(w) else np.zeros(1, dtype=np.uint64)
        sh = np.unique(sh)
        phv = ((sh[:, None] * self._a[None, :] + self._b[None, :]) % _MERSENNE) & _MASK32
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

    def _hash(self, word: str) -> int:
        h = self._cache.get(word)
        if h is None:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            h = zlib.crc32(word.encode("utf-8"))
            self._cache[word] = h
        return h

    def features(self, text: str, title: str | None = None) -> Features:
        body = text if not title or text.startswith(title) else f"{title}\n{text}"
        words = [w.casefold() for w in _WORD.findall(body)]
        hashes = np.fromiter((self._hash(w) for w in words), dtype=np.uint32, count=len(words))
        signature = self.hasher.signature(hashes)
        keep = np.fromiter((w not in _STOP and len(w) > 1 for w in words), dtype=bool,
                           count=len(words))
        terms = (hashes[keep] & np.uint32(N_FEATURES - 1)).astype(np.int32)
        idx, counts = np.unique(terms, return_counts=True)
        val = (1.0 + np.log(counts)).astype(np.float32)
        norm = float(np.linalg.norm(val))
        if norm:
            val /= norm
        return Features(signature, idx.astype(np.int32), val, entities_of(body))


def entities_of(text: str) -> frozenset[str]:
    """Capitalised word runs (leading stop words dropped) and years: a parser-free entity set."""
    found = set(_YEAR.findall(text))
    for m in _ENTITY.finditer(text):
        name = _POSSESSIVE.sub("", m.group(0))
        words = name.casefold().replace("-", " ").split()
        while words and words[0] in _STOP:
            words.pop(0)
        if words and not (len(words) == 1 and len(words[0]) < 3):
            found.add(" ".join(words))
    return frozenset(found)
