"""Story assignment: copies and rewrites of one report become one story, incrementally.

Three layers, cheapest first (docs/dedup.md gives the measured thresholds and why):

1. exact: the article id is the hash of the normalised text (case, whitespace, quotes folded),
   so exact copies are skipped upstream before they reach this module;
2. near-duplicate: MinHash of word 3-shingles, LSH bands -> candidate stories; joins the story
   whose representative signatures give the highest estimated Jaccard, if >= `near_jaccard`;
3. rewrite: TF-IDF cosine against the centroids of stories open in the time window, blended
   with the overlap of named entities (capitalised names, years); joins the best story if the
   score >= `rewrite_threshold`. Candidates come from an inverted index of each story's most
   salient terms, so a new article is compared with few stories, never with all.

A story is open to an article dated within `window_days` of the story's first..last dates;
undated articles (or stories) ignore the window. The index (signatures, story centroids,
document frequencies) is persisted in the store by `flush()`, so a later process continues where
this one stopped. For the same articles in the same order the result is the same.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from operator import itemgetter

import numpy as np

from sitrep.dedup.features import (
    N_FEATURES,
    Features,
    Featurizer,
    MinHasher,
    band_keys,
    jaccard,
)
from sitrep.models import Article, stable_id

_BATCH = 256  # texts featurised together by observe_many / same_story_many
_COMPACT_EVERY = 64  # flushes between checks of the append-only df table


@dataclass(frozen=True)
class DedupConfig:
    """Thresholds and sizes of story assignment (values measured: docs/dedup.md)."""

    num_perm: int = 128
    bands: int = 32
    rows: int = 4
    near_jaccard: float = 0.5
    rewrite_threshold: float = 0.2
    entity_weight: float = 0.3
    window_days: int = 7
    evict_days: int = 30
    max_terms: int = 300  # centroid non-zeros kept per story
    query_terms: int = 30  # salient terms of an article used to find candidate stories
    story_terms: int = 120  # salient terms indexed per story
    max_entities: int = 80
    max_reps: int = 6  # representative MinHash signatures kept per story


@dataclass
class Match:
    """How the last article was assigned: layer is 'near', 'rewrite' or 'new'."""

    layer: str
    story_id: str
    score: float = 0.0


@dataclass
class _Story:
    story_id: str
    seq: int
    first: date | None
    last: date | None
    n: int
    idx: np.ndarray
    val: np.ndarray
    entities: dict[str, int]
    terms: set[int] = field(default_factory=set)
    reps: list[tuple[str, np.ndarray]] = field(default_factory=list)
    bands: set[int] = field(default_factory=set)
    names: frozenset[str] = frozenset()  # the keys of `entities`, for set overlaps


class StoryAssigner:
    """Assigns new articles to stories, incrementally, given what the store already holds.

    `store` may be None (an in-memory index only, e.g. for benchmarks).
    """

    def __init__(self, store, config: DedupConfig | None = None) -> None:
        self.store = store
        self.config = config or DedupConfig()
        self.featurizer = Featurizer(MinHasher(num_perm=self.config.num_perm))
        self.last_match: Match | None = None
        self._prepared: dict[tuple[str, str | None], Features] = {}
        self._loaded = False
        self._stories: dict[int, _Story] = {}
        self._seq_of: dict[str, int] = {}
        self._bands: dict[int, list[int]] = {}
        self._postings: dict[int, list[int]] = {}
        self._df = np.zeros(N_FEATURES, dtype=np.int32)
        self._logdf = np.zeros(N_FEATURES, dtype=np.float32)  # log(df + 1), kept in step
        self._n_docs = 0
        self._next_seq = 0
        self._max_date: date | None = None
        self._evicted_at: date | None = None
        self._qbuf = np.zeros(N_FEATURES, dtype=np.float32)
        self._dirty: set[int] = set()
        self._new_reps: list[tuple[str, str, np.ndarray]] = []
        self._df_touched = np.zeros(N_FEATURES, dtype=bool)
        self._flushes = 0
        self._any_touched = False
        self._dropped: set[str] = set()

    # -- public ----------------------------------------------------------------------------
    def assign(self, article: Article) -> str:
        """The story id of a new article (and record it in the index)."""
        f = self._prepared.pop((article.article_id, article.title), None)
        if f is None:
            f = self.featurizer.features(article.text, article.title)
        return self._assign(article, f)

    def prepare(self, articles: list[Article]) -> None:
        """Compute the features of a batch at once (several times cheaper than one by one);
        `assign` of each of these articles then uses them. Features depend on the text only,
        so the stories are the same with or without this."""
        self._prepared = dict(zip([(a.article_id, a.title) for a in articles],
                                  self._features(articles), strict=True))

    def assign_many(self, articles: list[Article], *, flush: bool = True) -> list[str]:
        """Story ids of new articles, in order (features computed for the batch at once);
        the same result as `assign` one by one. Persists the index unless `flush` is False."""
        out = [self._assign(a, f)
               for a, f in zip(articles, self._features(articles), strict=True)]
        if flush:
            self.flush()
        return out

    def _features(self, articles: list[Article]) -> list[Features]:
        feats = self.featurizer.features_many([(a.text, a.title) for a in articles])
        if feats:
            keys = band_keys(np.stack([f.signature for f in feats]), self.config.bands,
                             self.config.rows).tolist()
            for f, k in zip(feats, keys, strict=True):
                f.bands = k
        return feats

    def _count_df(self, idx: np.ndarray) -> None:
        df = self._df[idx] + 1
        self._df[idx] = df
        self._logdf[idx] = np.log(df + 1.0)
        self._n_docs += 1

    def _assign(self, article: Article, f: Features) -> str:
        self._load()
        self._count_df(f.idx)
        self._df_touched[f.idx] = True
        self._any_touched = True
        day = article.published
        self._advance(day)
        match = self._near(f, day) or self._rewrite(f, day)
        if match is None:
            story = self._new_story(article, day)
            match = Match("new", story.story_id, 1.0)
            near_score = 0.0
        else:
            story = self._by_id(match.story_id)
            near_score = match.score if match.layer == "near" else 0.0
        self._add(story, article, f, day, near_score)
        self.last_match = match
        return story.story_id

    def observe(self, text: str) -> None:
        """Count a text in the document frequencies only (no story); for pair scoring."""
        self.observe_many([text])

    def observe_many(self, texts: list[str]) -> None:
        """`observe` for many texts (features computed in batches)."""
        for start in range(0, len(texts), _BATCH):
            for f in self.featurizer.features_many([(t, None) for t in
                                                    texts[start:start + _BATCH]]):
                self._count_df(f.idx)

    def same_story(self, first: Article, second: Article) -> Match:
        """Would `second` join a story made of `first` alone? Changes nothing."""
        return self.same_story_many([(first, second)])[0]

    def same_story_many(self, pairs: list[tuple[Article, Article]]) -> list[Match]:
        """`same_story` for many pairs (features computed in batches)."""
        out = []
        for start in range(0, len(pairs), _BATCH // 2):
            chunk = pairs[start:start + _BATCH // 2]
            feats = self.featurizer.features_many([(a.text, a.title) for p in chunk for a in p])
            out += [self._same(a, b, feats[2 * k], feats[2 * k + 1])
                    for k, (a, b) in enumerate(chunk)]
        return out

    def _same(self, first: Article, second: Article, fa: Features, fb: Features) -> Match:
        cfg = self.config
        j = jaccard(fa.signature, fb.signature)
        if j >= cfg.near_jaccard:
            return Match("near", "", j)
        if first.published and second.published and \
                abs((first.published - second.published).days) > cfg.window_days:
            return Match("new", "", 0.0)
        wa, wb = fa.val * self._idf(fa.idx), fb.val * self._idf(fb.idx)
        common, ia, ib = np.intersect1d(fa.idx, fb.idx, return_indices=True)
        den = float(np.linalg.norm(wa) * np.linalg.norm(wb))
        cos = float(np.dot(wa[ia], wb[ib])) / den if den else 0.0
        score = cos
        if fb.entities and cfg.entity_weight:
            ent = _set_cosine(fb.entities, dict.fromkeys(fa.entities, 1))
            score = (1 - cfg.entity_weight) * cos + cfg.entity_weight * ent
        return Match("rewrite" if score >= cfg.rewrite_threshold else "new", "", score)

    def flush(self) -> None:
        """Persist what changed since the last flush (inside the caller's transaction)."""
        if self.store is None or not (self._dirty or self._new_reps or self._any_touched):
            return
        dirty = [self._stories[q] for q in sorted(self._dirty) if q in self._stories]
        stories = {
            "story_id": np.array([s.story_id for s in dirty], dtype=object),
            "seq": np.array([s.seq for s in dirty], dtype=np.int64),
            "first_seen": np.array([s.first for s in dirty], dtype=object),
            "last_seen": np.array([s.last for s in dirty], dtype=object),
            "n_articles": np.array([s.n for s in dirty], dtype=np.int32),
            "idx": np.array([_blob(s.idx, "<i4") for s in dirty], dtype=object),
            "val": np.array([_blob(s.val, "<f4") for s in dirty], dtype=object),
            "terms": np.array([_blob(np.array(sorted(s.terms), dtype=np.int32), "<i4")
                               for s in dirty], dtype=object),
            "entities": np.array(["\n".join(s.entities) for s in dirty], dtype=object),
            "entity_counts": np.array([",".join(map(str, s.entities.values())) for s in dirty],
                                      dtype=object),
        }
        first: dict[str, tuple] = {}  # one row per article (the store keeps the first too)
        for r in self._new_reps:
            first.setdefault(r[0], r)
        reps = {
            "article_id": np.array([r[0] for r in first.values()], dtype=object),
            "story_id": np.array([r[1] for r in first.values()], dtype=object),
            "minhash": np.array([_blob(r[2], "<u4") for r in first.values()], dtype=object),
        }
        feats = np.flatnonzero(self._df_touched).astype(np.int32)
        self.store.dedup_save(
            stories=stories, reps=reps,
            df={"feature": feats, "df": self._df[feats]},
            meta={"n_docs": self._n_docs, "next_seq": self._next_seq},
        )
        self._dirty.clear()
        self._new_reps.clear()
        self._df_touched[feats] = False
        self._any_touched = False
        self._flushes += 1
        if self._flushes % _COMPACT_EVERY == 0:
            self._compact_df()

    def _compact_df(self) -> None:
        """Fold the append-only df rows when they outnumber the features twice over."""
        if self.store.dedup_df_rows() > 2 * int(np.count_nonzero(self._df)) + 10_000:
            self.store.dedup_compact_df()

    # -- loading and eviction --------------------------------------------------------------
    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self.store is None:
            return
        state = self.store.dedup_state(self.config.evict_days)
        self._n_docs = int(state["meta"].get("n_docs", 0))
        self._next_seq = int(state["meta"].get("next_seq", 0))
        if len(state["df_features"]):
            self._df[np.asarray(state["df_features"], dtype=np.int64)] = state["df_counts"]
            self._logdf[:] = np.log(self._df + 1.0)
            self._compact_df()
        for row in state["stories"]:
            s = _Story(row["story_id"], row["seq"], row["first_seen"], row["last_seen"],
                       row["n_articles"], _array(row["idx"], "<i4", np.int32),
                       _array(row["val"], "<f4", np.float32),
                       dict(zip(row["entities"], row["entity_counts"], strict=True)))
            s.names = frozenset(s.entities)
            self._stories[s.seq] = s
            self._seq_of[s.story_id] = s.seq
            for t in _array(row["terms"], "<i4", np.int32).tolist():
                self._index_term(s, t)
            if s.last and (self._max_date is None or s.last > self._max_date):
                self._max_date = s.last
        by_story = {s.story_id: s for s in self._stories.values()}
        for row in state["reps"]:
            s = by_story.get(row["story_id"])
            if s is not None:
                self._add_rep(s, row["article_id"], _array(row["minhash"], "<u4", np.uint32),
                              persist=False)

    def _advance(self, day: date | None) -> None:
        """Move the stream's clock; drop stories closed for longer than `evict_days`."""
        if day is None or (self._max_date is not None and day <= self._max_date):
            return
        self._max_date = day
        if self._evicted_at is not None and (day - self._evicted_at).days < 1:
            return
        self._evicted_at = day
        cutoff = day - timedelta(days=self.config.evict_days)
        for seq in [q for q, s in self._stories.items() if s.last is not None and s.last < cutoff]:
            self._evict(seq)

    def _evict(self, seq: int) -> None:
        s = self._stories.pop(seq)
        self._seq_of.pop(s.story_id, None)
        for t in s.terms:
            self._unlist(self._postings, t, seq)
        for k in s.bands:
            self._unlist(self._bands, k, seq)

    @staticmethod
    def _unlist(index: dict[int, list[int]], key: int, seq: int) -> None:
        lst = index.get(key)
        if lst is not None:
            if seq in lst:
                lst.remove(seq)
            if not lst:
                del index[key]

    # -- layers ----------------------------------------------------------------------------
    def _open(self, s: _Story, day: date | None) -> bool:
        if day is None or s.first is None or s.last is None:
            return True
        w = timedelta(days=self.config.window_days)
        return s.first - w <= day <= s.last + w

    def _near(self, f: Features, day: date | None) -> Match | None:
        cfg = self.config
        cands: set[int] = set()
        if f.bands is None:
            f.bands = band_keys(f.signature, cfg.bands, cfg.rows).tolist()
        for k in f.bands:
            lst = self._bands.get(k)
            if lst:
                cands.update(lst)
        best: tuple[float, int] | None = None
        for seq in sorted(cands):
            s = self._stories[seq]
            if not self._open(s, day):
                continue
            j = max(jaccard(f.signature, sig) for _, sig in s.reps)
            if best is None or j > best[0]:
                best = (j, seq)
        if best is not None and best[0] >= cfg.near_jaccard:
            return Match("near", self._stories[best[1]].story_id, best[0])
        return None

    def _idf(self, idx: np.ndarray) -> np.ndarray:
        """log((n+1)/(df+1)) + 1, from the kept log(df+1) table (no log per term)."""
        return np.float32(math.log(self._n_docs + 1.0) + 1.0) - self._logdf[idx]

    def _salient(self, f: Features) -> tuple[np.ndarray, np.ndarray]:
        """The article's TF-IDF weights and its `query_terms` most salient terms (computed
        once per assignment: the document frequencies do not change in between)."""
        if f.salient is None:
            qw = f.val * self._idf(f.idx)
            f.salient = (qw, f.idx[np.argsort(-qw, kind="stable")[: self.config.query_terms]])
        return f.salient

    def _rewrite(self, f: Features, day: date | None) -> Match | None:
        cfg = self.config
        if not len(f.idx):
            return None
        qw, top = self._salient(f)
        qnorm = float(np.linalg.norm(qw))
        cands: set[int] = set()
        postings = self._postings
        for t in top.tolist():
            lst = postings.get(t)
            if lst:
                cands.update(lst)
        if not cands or not qnorm:
            return None
        stories = [s for q in sorted(cands) if self._open(s := self._stories[q], day)]
        if not stories:
            return None
        # all candidate centroids in one flat array; per-story sums by reduceat
        cidx = np.concatenate([s.idx for s in stories])
        cw = np.concatenate([s.val for s in stories]) * self._idf(cidx)
        starts = [0, *accumulate(len(s.idx) for s in stories[:-1])]
        self._qbuf[f.idx] = qw
        dots = np.add.reduceat(cw * self._qbuf[cidx], starts)
        self._qbuf[f.idx] = 0.0
        norms = np.sqrt(np.add.reduceat(cw * cw, starts))
        cos = dots / (qnorm * np.maximum(norms, 1e-9))
        if cfg.entity_weight and f.entities:
            a = f.entities
            na = len(a)
            ent = np.array([len(a & s.names) / math.sqrt(na * len(s.names)) if s.names else 0.0
                            for s in stories])
            score = (1 - cfg.entity_weight) * cos + cfg.entity_weight * ent
        else:
            score = cos
        i = int(np.argmax(score))  # first of ties = oldest story: deterministic
        if score[i] >= cfg.rewrite_threshold:
            return Match("rewrite", stories[i].story_id, float(score[i]))
        return None

    # -- updates ---------------------------------------------------------------------------
    def _by_id(self, story_id: str) -> _Story:
        return self._stories[self._seq_of[story_id]]

    def _new_story(self, article: Article, day: date | None) -> _Story:
        s = _Story(stable_id("story", article.article_id), self._next_seq, day, day, 0,
                   np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32), {})
        self._next_seq += 1
        self._stories[s.seq] = s
        self._seq_of[s.story_id] = s.seq
        return s

    def _add(self, s: _Story, article: Article, f: Features, day: date | None,
             near: float) -> None:
        cfg = self.config
        s.n += 1
        if day is not None:
            s.first = day if s.first is None or day < s.first else s.first
            s.last = day if s.last is None or day > s.last else s.last
        # centroid: sum of member unit vectors, the `max_terms` largest kept
        uidx = _union(s.idx, f.idx)
        uval = np.zeros(len(uidx), dtype=np.float32)
        uval[np.searchsorted(uidx, s.idx)] = s.val
        uval[np.searchsorted(uidx, f.idx)] += f.val
        if len(uidx) > cfg.max_terms:
            keep = np.sort(np.argsort(-uval, kind="stable")[: cfg.max_terms])
            uidx, uval = uidx[keep], uval[keep]
        s.idx, s.val = uidx.astype(np.int32), uval
        for e in f.entities:
            s.entities[e] = s.entities.get(e, 0) + 1
        if len(s.entities) > cfg.max_entities:  # by count, then name (two stable sorts)
            ranked = sorted(sorted(s.entities.items()), key=itemgetter(1), reverse=True)
            s.entities = dict(ranked[: cfg.max_entities])
        s.names = frozenset(s.entities)
        # salient terms -> inverted index (bounded per story)
        if len(s.terms) < cfg.story_terms and len(f.idx):
            for t in self._salient(f)[1].tolist():
                if len(s.terms) >= cfg.story_terms:
                    break
                if t not in s.terms:
                    self._index_term(s, t)
        # a member that is not a near-exact copy becomes a representative for the near layer
        if near < 0.9 and len(s.reps) < cfg.max_reps:
            self._add_rep(s, article.article_id, f.signature, persist=True, keys=f.bands)
        self._dirty.add(s.seq)

    def _index_term(self, s: _Story, t: int) -> None:
        s.terms.add(t)
        self._postings.setdefault(t, []).append(s.seq)

    def _add_rep(self, s: _Story, article_id: str, sig: np.ndarray, *, persist: bool,
                 keys: list[int] | None = None) -> None:
        s.reps.append((article_id, sig))
        if keys is None:
            keys = band_keys(sig, self.config.bands, self.config.rows).tolist()
        for k in keys:
            if k not in s.bands:
                s.bands.add(k)
                self._bands.setdefault(k, []).append(s.seq)
        if persist:
            self._new_reps.append((article_id, s.story_id, sig))


def _union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sorted union of two sorted unique arrays (np.unique is several times slower on a few
    hundred values: it hashes)."""
    x = np.sort(np.concatenate([a, b]))
    if len(x) < 2:
        return x
    keep = np.empty(len(x), dtype=bool)
    keep[0] = True
    np.not_equal(x[1:], x[:-1], out=keep[1:])
    return x[keep]


def _blob(a: np.ndarray, dtype: str) -> bytes:
    return a.astype(dtype).tobytes()


def _array(b: bytes | None, dtype: str, out: type) -> np.ndarray:
    return np.frombuffer(b or b"", dtype=dtype).astype(out)


def _set_cosine(a: frozenset[str], b: dict[str, int]) -> float:
    if not a or not b:
        return 0.0
    inter = sum(map(b.__contains__, a))
    return inter / math.sqrt(len(a) * len(b))
