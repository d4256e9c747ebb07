"""Cheap text features for story assignment: tokens, MinHash signatures, hashed TF vectors.

Everything here is deterministic across processes (CRC32 hashes, seeded permutations), so
signatures and vectors persisted by one process are valid in the next.

Features are computed for a whole batch of articles at once (`Featurizer.features_many`):
the words of all texts are found and hashed (CRC-32) by numpy over the batch's bytes
(`word_codes`), with no Python object per word, so the per-article Python work is a few slices.

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

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

N_FEATURES = 1 << 20
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# capitalised runs (entities) or 4-digit years, in one pass
_ENTITY_OR_YEAR = re.compile(r"\b(?:[A-Z][^\W_]*(?:[ -][A-Z][^\W_]*)*|(?:1[89]\d\d|20\d\d)\b)")
# the entity pattern for ASCII-only text (same matches there, about a third faster)
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
        space = np.empty(self.num_perm * max(_CHUNK, int(counts.max(initial=0))), np.uint64)
        g = 0
        while g < len(counts):
            h = int(np.searchsorted(bounds, bounds[g] + _CHUNK, side="right")) - 1
            h = max(h, g + 1)  # at least one text
            lo, hi = int(bounds[g]), int(bounds[h])
            buf = space[: self.num_perm * (hi - lo)].reshape(self.num_perm, hi - lo)
            np.multiply(a, shingles[None, lo:hi], out=buf)
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
    """Turns texts into Features."""

    def __init__(self, hasher: MinHasher) -> None:
        self.hasher = hasher

    def features(self, text: str, title: str | None = None) -> Features:
        return self.features_many([(text, title)])[0]

    def features_many(self, items: list[tuple[str, str | None]]) -> list[Features]:
        """Features of a batch of (text, title) pairs, in order."""
        if not items:
            return []
        bodies = [text if not title or text.startswith(title) else f"{title}\n{text}"
                  for text, title in items]
        crc, stop, lengths = word_codes([b.casefold() for b in bodies])
        hashes = crc.astype(np.uint64)
        sigs = self.hasher.signatures(hashes, lengths)
        # hashed terms of every text at once: key = text number << 20 | term
        doc = np.repeat(np.arange(len(items), dtype=np.int64), lengths)
        content = ~stop
        keys = (doc[content] << 20) | (crc[content] & np.uint32(N_FEATURES - 1)).astype(np.int64)
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


def _crc_table() -> np.ndarray:
    """zlib's CRC-32 table (reflected polynomial 0xEDB88320)."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(0xEDB88320), table >> 1)
    return table.astype(np.uint32)


_CRC = _crc_table()
_ALNUM = np.zeros(256, dtype=bool)  # the ASCII word bytes of case-folded text
_ALNUM[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz0123456789", dtype=np.uint8)] = True


def _stop_table() -> tuple[int, np.ndarray]:
    """An exact lookup table for the CRC-32 of the stop words: 2^16 slots addressed by 16 bits
    of the CRC (a shift at which no two stop words share a slot); an empty slot holds a value
    whose slot bits differ from its own, so it matches no CRC."""
    crcs = np.array(sorted({zlib.crc32(w.encode("utf-8")) for w in _STOP}), dtype=np.uint32)
    for shift in range(17):
        slots = (crcs >> np.uint32(shift)) & np.uint32(0xFFFF)
        if len(np.unique(slots)) == len(crcs):
            table = ((np.arange(1 << 16, dtype=np.uint32) ^ np.uint32(1)) << np.uint32(shift))
            table[slots] = crcs
            return shift, table
    raise AssertionError("no collision-free slice of the stop-word CRCs")  # pragma: no cover


_STOP_SHIFT, _STOP_TABLE = _stop_table()


def word_codes(folded: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The words of case-folded texts, without a Python object per word: (CRC-32 per word
    (uint32, zlib's), stop-word flag per word (stop list or one character), words per text).

    The same words and hashes as `_WORD.findall` + `zlib.crc32(word.encode())`: ASCII texts
    are split by a byte mask (letters and digits, an apostrophe between two of them); other
    texts by the regex, joined with newlines. All words of the batch then get their CRC in
    one pass per byte position (words sorted by length, so the active ones are a prefix)."""
    parts, regex = [], []
    for t in folded:
        if t.isascii():
            parts.append(t.encode("ascii"))
        else:
            parts.append("\n".join(_WORD.findall(t)).encode("utf-8"))
            regex.append(len(parts) - 1)
    n = len(parts)
    b = np.frombuffer(b"\n".join(parts), dtype=np.uint8)
    seg_len = np.fromiter(map(len, parts), dtype=np.int64, count=n)
    seg_start = np.concatenate([[0], np.cumsum(seg_len + 1)[:-1]]).astype(np.int64)
    word = _ALNUM[b]
    if len(b) > 2:  # an apostrophe between two letters or digits is part of the word
        word[1:-1] |= (b[1:-1] == 39) & word[:-2] & word[2:]
    for j in regex:  # already split by the regex: every byte but the newline is a word byte
        lo, hi = seg_start[j], seg_start[j] + seg_len[j]
        word[lo:hi] = b[lo:hi] != 10
    edges = np.diff(word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    lens = np.flatnonzero(edges == -1) - starts
    counts = np.bincount(np.searchsorted(seg_start, starts, side="right") - 1, minlength=n)
    # CRC-32 of every word at once: step k updates the words longer than k bytes
    short = len(lens) == 0 or int(lens.max()) < 32768  # int16 keys sort fastest (radix)
    order = np.argsort(-(lens.astype(np.int16) if short else lens), kind="stable")
    first = starts[order]
    longest = int(lens[order[0]]) if len(order) else 0
    active = np.searchsorted(-lens[order], -np.arange(longest), side="left").tolist()
    crc = np.full(len(starts), 0xFFFFFFFF, dtype=np.uint32)
    for k, m in enumerate(active):
        c = crc[:m]
        crc[:m] = _CRC[(c ^ b[first[:m] + k]) & 0xFF] ^ (c >> np.uint32(8))
    crc ^= np.uint32(0xFFFFFFFF)
    out = np.empty_like(crc)
    out[order] = crc
    stop = _STOP_TABLE[(out >> np.uint32(_STOP_SHIFT)) & np.uint32(0xFFFF)] == out
    # one character: one byte, or one UTF-8 sequence (its length told by the lead byte)
    lead = b[starts]
    stop |= lens == np.where(lead >= 0xF0, 4, np.where(lead >= 0xE0, 3,
                                                       np.where(lead >= 0xC0, 2, 1)))
    return out, stop, counts


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
