"""TF-IDF vectors of feature bags and their dot products over many pairs at once (what
:mod:`storyline.fuse.stories` compares articles by).

Story clustering scores some 17,000 candidate pairs of 600 news articles, two
cosines each; one dict intersection per cosine in Python was story clustering's largest cost.
:func:`pair_dots` scores the pairs in numpy, a few array operations per article, and sums
each pair's products in the order of the first article's features (the order its bag was
read in), so a pair's score depends on the two vectors alone: the same in a full and an
incremental merge, and in every process (a set's order, which the old intersection summed
in, changes with Python's per-process string hashing, and with it the last bit of a score).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain, compress, repeat
from operator import mul, truediv
from typing import Optional

import numpy as np

from .story_features import BACKGROUND_DOCS, background_share, smoothed_idf


def tfidf_vectors(bags: dict, tokens: Optional[int] = None, reference: int = BACKGROUND_DOCS,
                  foreign: frozenset = frozenset()) -> dict:
    """Unit-length TF-IDF vectors from feature bags.

    bags (dict[str, Counter]): article id -> feature counts.
    tokens (int | None): with it, the idf is smoothed by ``reference`` articles of news in
    general (``story_features.smoothed_idf``; ``tokens``: their length, for ``background_share``).
    foreign (set[str]): ids of articles in a language other than English, whose idf (with
    ``tokens``) is smoothed at the corpus's own rate: the background is English.
    Returns dict[str, dict[str, float]]; features found in one article only are left
    out (they add nothing to a dot product) after counting in the vector's length.
    The per-feature work runs in C (``map``); the arithmetic is (1 + log count) x idf, its
    squares summed in the bag's order, each weight divided by the root: as written out.
    """
    df: Counter = Counter()
    for bag in bags.values():
        df.update(bag.keys())
    n = max(len(bags), 1)
    own = idf = {}
    if tokens:
        idf = {f: smoothed_idf(d, n, background_share(f, tokens), reference) for f, d in df.items()}
        own = {f: smoothed_idf(df[f], n, None, reference) for i in foreign if i in bags for f in bags[i]}
    else:
        idf = {f: math.log((1 + n) / (1 + d)) + 1 for f, d in df.items()}
    shared = {f for f, d in df.items() if d > 1}
    damped: dict = {}  # count -> 1 + log(count): counts repeat (most are 1)
    vectors = {}
    for aid, bag in bags.items():
        table = own if tokens and aid in foreign else idf
        if bag and min(bag.values()) <= 0:
            bag = {f: c for f, c in bag.items() if c > 0}
        for c in bag.values():
            if c not in damped:
                damped[c] = 1 + math.log(c)
        weights = list(map(mul, map(damped.__getitem__, bag.values()), map(table.__getitem__, bag)))
        norm = math.sqrt(sum(map(mul, weights, weights))) or 1.0
        keep = list(map(shared.__contains__, bag))
        vectors[aid] = dict(zip(compress(bag, keep), map(truediv, compress(weights, keep), repeat(norm))))
    return vectors


def _arrays(vector: dict, vocab: dict) -> tuple:
    """(feature ids, weights) of one vector, in its own order."""
    cols = np.fromiter(map(vocab.__getitem__, vector), dtype=np.int64, count=len(vector))
    return cols, np.fromiter(vector.values(), dtype=np.float64, count=len(vector))


def pair_dots(vectors: dict, pairs: list) -> list:
    """[dot product of ``vectors[a]`` and ``vectors[b]`` for (a, b) in ``pairs``], in order.

    vectors (dict[str, dict[str, float]]): id -> sparse vector (``tfidf_vectors``);
    pairs (list[tuple[str, str]]): ids of ``vectors``.
    Each dot is the plain left-to-right sum, over ``a``'s features in its order, of the
    products with ``b``'s weights (0.0 where ``b`` lacks one, which leaves a sum unchanged).
    The pairs are grouped by ``b``: its weights are spread once over a dense array, read
    at the features of all its partners in one gather, and summed per pair (``bincount``).
    """
    if not pairs:
        return []
    involved = set(chain.from_iterable(pairs))
    ids = [i for i in vectors if i in involved]  # the corpus's order, not the pairs'
    vocab = {f: n for n, f in enumerate(dict.fromkeys(chain.from_iterable(vectors[i] for i in ids)))}
    arrays = {i: _arrays(vectors[i], vocab) for i in ids}
    by_second: dict = defaultdict(list)
    for n, (a, b) in enumerate(pairs):
        by_second[b].append(n)
    out = np.zeros(len(pairs))
    dense = np.zeros(len(vocab))
    for b, slots in by_second.items():
        cols_b, vals_b = arrays[b]
        dense[cols_b] = vals_b
        firsts = [arrays[pairs[n][0]] for n in slots]
        cols = np.concatenate([c for c, _ in firsts])
        vals = np.concatenate([v for _, v in firsts])
        owner = np.repeat(np.arange(len(slots)), [len(c) for c, _ in firsts])
        out[slots] = np.bincount(owner, weights=vals * dense[cols], minlength=len(slots))
        dense[cols_b] = 0.0
    return out.tolist()
