"""Cheap text features for story assignment: tokens, MinHash signatures, hashed TF vectors.

Everything here is deterministic across processes (CRC32 hashes, seeded permutations), so
signatures and vectors persisted by one process are valid in the next.

Features are computed for a whole batch of articles at once (`Featurizer.features_many`):
one regex pass per text, then numpy over the concatenated tokens of the batch, so the
per-article Python work is a few slices.

- MinHash: word 3-shingles hashed by combining per-word CRC32 hashes in numpy, then
  `num_perm` multiply-shift permutations applied to every shingle of the batch as one matrix
  operation, the minimum per article and permutation (`np.minimum.reduceat`).
- LSH band keys: the signature cut into `bands` rows of `rows` values, each band folded into
  one 64-bit key.
- TF vector: stop words dropped, unigrams hashed into 2^20 dimensions, 1+log(tf), L2-normalised
  (IDF is applied at comparison time from the running document frequencies).
- Entities: capitalised word runs that do not start a sentence, plus 4-digit years: a cheap
  stand-in for named entities that needs no parser. Computed lazily, on first use.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

N_FEATURES = 1 << 20
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# capitalised runs (entities) or 4-digit years, in one pass
_ENTITY_OR_YEAR = re.compile(r"\b(?:[A-Z][^\W_]*(?:[ -][A-Z][^\W_]*)*|(?:1[89]\d\d|20\d\d)\b)")
# the same patterns for ASCII-only text (same matches there, about a third faster)
_WORD_ASCII = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_ENTITY_OR_YEAR_ASCII = re.compile(
    r"\b(?=[A-Z12])(?:[A-Z][a-zA-Z0-9]*(?:[ -][A-Z][a-zA-Z0-9]*)*|(?:1[89]\d\d|20\d\d)\b)", re.A)
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "also",
                                         "new", "just", "like", "year", "years", "time"}
_CACHE_MAX = 400_000
_CHUNK = 1 << 12  # shingles per MinHash matrix step (a 4 MiB temporary)
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
        """MinHash (uint32[num_perm]) of the word k-shingles of a token-hash sequence."""
        return self.signatures(word_hashes, np.array([len(word_hashes)]))[0]

    def signatures(self, word_hashes: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """MinHash (uint32[n, num_perm]) of n concatenated token-hash sequences.

        Permutations are multiply-shift hashes ((a*h + b) mod 2^64) >> 32 with odd a: cheaper
        than datasketch's mod-prime form and as good for MinHash. The shift is monotone, so it
        is applied to the minimum, not to every shingle. A text of fewer than k words uses its
        word hashes as shingles; an empty text the single shingle 0.
        """
        w = word_hashes.astype(np.uint64)
        lengths = np.asarray(lengths, dtype=np.int64)
        ends = np.cumsum(lengths)
        starts = ends - lengths
        k = self.shingle
        n = len(w)
        if n >= k:
            sh = w[: n - k + 1].copy()
            for i in range(1, k):
                sh *= np.uint64(0x9E3779B1)
                sh += w[i: n - k + 1 + i]
                sh &= _MASK32
        else:
            sh = np.zeros(0, dtype=np.uint64)
        # shingle i belongs to a text if it does not run past that text's end
        short = lengths < k
        if not short.any():
            # the last k-1 windows of each text but the last one run into the next text
            keep = np.ones(len(sh), dtype=bool)
            keep[(ends[:-1, None] - np.arange(1, k)[None, :]).ravel()] = False
            shingles = sh[keep]
            counts = lengths - k + 1
        else:
            parts, counts = [], np.empty(len(lengths), dtype=np.int64)
            for j, (s, ln) in enumerate(zip(starts.tolist(), lengths.tolist(), strict=True)):
                if ln >= k:
                    parts.append(sh[s: s + ln - k + 1])
                elif ln:
                    parts.append(w[s: s + ln])
                else:
                    parts.append(np.zeros(1, dtype=np.uint64))
                counts[j] = len(parts[-1])
            shingles = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
        return self._min_rows(shingles, counts)

    def _min_rows(self, shingles: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Per group of `counts` consecutive shingles: min over the group of each permutation.

        The permutations x shingles matrix is built for as many whole texts as fit in
        `_CHUNK` shingles (cache-sized), reduced per text along its contiguous rows."""
        out = np.empty((self.num_perm, len(counts)), dtype=np.uint64)
        bounds = np.concatenate([[0], np.cumsum(counts)])
        a, b = self._a[:, None], self._b[:, None]
        g = 0
        while g < len(counts):
            h = int(np.searchsorted(bounds, bounds[g] + _CHUNK, side="right")) - 1
            h = max(h, g + 1)  # at least one text
            lo, hi = int(bounds[g]), int(bounds[h])
            buf = np.multiply(a, shingles[None, lo:hi])
            buf += b
            out[:, g:h] = np.minimum.reduceat(buf, bounds[g:h] - lo, axis=1)
            g = h
        return (out.T >> np.uint64(32)).astype(np.uint32)


def band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per LSH band (band number folded in), as uint64; for a signature
    (shape [num_perm] -> [bands]) or a stack of them ([n, num_perm] -> [n, bands])."""
    m = sig[..., : bands * rows].astype(np.uint64).reshape(*sig.shape[:-1], bands, rows)
    key = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    for j in range(rows):
        key = (key ^ m[..., j]) * np.uint64(0x100000001B3)
    return key


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity of two shingle sets."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


@dataclass
class Features:
    """What the assigner needs of one article. `entities` is computed on first use."""

    signature: np.ndarray  # uint32[num_perm]
    idx: np.ndarray  # int32, sorted, unique hashed term ids
    val: np.ndarray  # float32, L2-normalised 1+log(tf)
    body: str
    salient: tuple[np.ndarray, np.ndarray] | None = None  # set by the assigner
    bands: list[int] | None = None  # LSH band keys, set by the assigner

    @cached_property
    def entities(self) -> frozenset[str]:
        return entities_of(self.body)


class Featurizer:
    """Turns texts into Features; keeps a bounded cache of word hashes."""

    def __init__(self, hasher: MinHasher) -> None:
        self.hasher = hasher
        self._cache: dict[str, int] = {}

    def _codes(self, words: list[str]) -> np.ndarray:
        """uint64 per word: CRC32 in the low bits, bit 32 set for stop words."""
        cache = self._cache
        distinct = set(words)
        missing = [w for w in distinct if w not in cache]
        if len(cache) + len(missing) > _CACHE_MAX:
            cache.clear()
            missing = list(distinct)
        for w in missing:
            cache[w] = zlib.crc32(w.encode("utf-8")) | ((w in _STOP or len(w) < 2) << 32)
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))

    def features(self, text: str, title: str | None = None) -> Features:
        return self.features_many([(text, title)])[0]

    def features_many(self, items: list[tuple[str, str | None]]) -> list[Features]:
        """Features of a batch of (text, title) pairs, in order."""
        if not items:
            return []
        bodies = [text if not title or text.startswith(title) else f"{title}\n{text}"
                  for text, title in items]
        folded = [b.casefold() for b in bodies]
        words = [(_WORD_ASCII if t.isascii() else _WORD).findall(t) for t in folded]
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        codes = self._codes(list(chain.from_iterable(words)))
        hashes = codes & _MASK32
        sigs = self.hasher.signatures(hashes, lengths)
        # hashed terms of every text at once: key = text number << 20 | term
        doc = np.repeat(np.arange(len(items), dtype=np.int64), lengths)
        content = (codes >> np.uint64(32)) == 0
        keys = (doc[content] << 20) | (hashes[content] & np.uint64(N_FEATURES - 1)).astype(
            np.int64)
        ukeys, counts = np.unique(keys, return_counts=True)
        owner = ukeys >> 20
        vals = (1.0 + np.log(counts)).astype(np.float32)
        norms = np.sqrt(np.bincount(owner, weights=vals.astype(np.float64) ** 2,
                                    minlength=len(items)))
        cuts = np.searchsorted(owner, np.arange(len(items) + 1)).tolist()
        idx_all = (ukeys & (N_FEATURES - 1)).astype(np.int32)
        out = []
        for j, body in enumerate(bodies):
            lo, hi = cuts[j], cuts[j + 1]
            val = vals[lo:hi]
            if norms[j]:
                val = val / np.float32(norms[j])
            out.append(Features(sigs[j], idx_all[lo:hi], val, body))
        return out


def entities_of(text: str) -> frozenset[str]:
    """Capitalised word runs (leading stop words dropped) and years: a parser-free entity set."""
    pattern = _ENTITY_OR_YEAR_ASCII if text.isascii() else _ENTITY_OR_YEAR
    raws = set(pattern.findall(text))
    names = _NAMES
    missing = [raw for raw in raws if raw not in names]
    if missing:
        if len(names) + len(missing) > _CACHE_MAX:
            names.clear()
            missing = list(raws)
        for raw in missing:
            names[raw] = _entity_key(raw)
    found = set(map(names.__getitem__, raws))
    found.discard("")
    return frozenset(found)


def _entity_key(raw: str) -> str:
    """A year as is; a name case-folded, hyphens as spaces, leading stop words dropped
    ("" when nothing of at least 3 letters is left)."""
    if raw[0].isdigit():
        return raw
    words = raw.casefold().replace("-", " ").split()
    while words and words[0] in _STOP:
        words.pop(0)
    return "" if not words or (len(words) == 1 and len(words[0]) < 3) else " ".join(words)
