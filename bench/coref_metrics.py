"""Coreference scores over clusters of mention ids: MUC, B³, CEAF-e and CoNLL F1.

A clustering is any iterable of clusters; a cluster is any iterable of hashable
mention ids (strings, tuples ...). Key = gold, response = system. Mentions that
appear in one clustering and not the other are handled as the usual definitions
say: MUC treats a missing mention as its own partition, B³ as a singleton of its
own, CEAF-e aligns whole clusters only.

    >>> from coref_metrics import conll_f1
    >>> conll_f1([{"a", "b"}, {"c"}], [{"a", "b", "c"}])["conll"]  # doctest: +SKIP

Definitions: Vilain et al. 1995 (MUC), Bagga & Baldwin 1998 (B³),
Luo 2005 (CEAF, entity-based similarity phi4).
"""
from __future__ import annotations

from typing import Iterable


def _clusters(clustering: Iterable[Iterable]) -> list[frozenset]:
    """Non-empty clusters as frozensets; a mention listed twice keeps its first cluster."""
    seen, out = set(), []
    for cluster in clustering:
        members = frozenset(m for m in cluster if m not in seen)
        seen |= members
        if members:
            out.append(members)
    return out


def _prf(num_r: float, den_r: float, num_p: float, den_p: float) -> tuple:
    recall = num_r / den_r if den_r else 0.0
    precision = num_p / den_p if den_p else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _muc_side(key: list[frozenset], response: list[frozenset]) -> tuple[int, int]:
    """MUC numerator and denominator of recall for ``key`` against ``response``."""
    owner = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for cluster in key:
        # each mention missing from the response is a partition of its own
        parts = {owner.get(m, ("missing", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def muc(key: Iterable, response: Iterable) -> tuple:
    """MUC (precision, recall, f1) of ``response`` against ``key`` (link based)."""
    key, response = _clusters(key), _clusters(response)
    num_r, den_r = _muc_side(key, response)
    num_p, den_p = _muc_side(response, key)
    return _prf(num_r, den_r, num_p, den_p)


def _b3_side(key: list[frozenset], response: list[frozenset]) -> tuple[float, int]:
    owner = {m: c for c in response for m in c}
    total = 0.0
    count = 0
    for cluster in key:
        for m in cluster:
            other = owner.get(m, frozenset([m]))
            total += len(cluster & other) / len(cluster)
            count += 1
    return total, count


def b_cubed(key: Iterable, response: Iterable) -> tuple:
    """B³ (precision, recall, f1), every mention weighted equally."""
    key, response = _clusters(key), _clusters(response)
    num_r, den_r = _b3_side(key, response)
    num_p, den_p = _b3_side(response, key)
    return _prf(num_r, den_r, num_p, den_p)


def _best_alignment(scores: list[list[float]]) -> float:
    """Total score of the best one-to-one alignment of rows to columns."""
    if not scores or not scores[0]:
        return 0.0
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    matrix = np.array(scores)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return float(matrix[rows, cols].sum())


def ceaf_e(key: Iterable, response: Iterable) -> tuple:
    """Entity-based CEAF (precision, recall, f1) with phi4 = 2|K∩R| / (|K|+|R|)."""
    key, response = _clusters(key), _clusters(response)
    # only clusters that share a mention can score, so the matrix is built sparse-first
    owner = {m: j for j, c in enumerate(response) for m in c}
    scores = [[0.0] * len(response) for _ in key]
    for i, k in enumerate(key):
        for j in {owner[m] for m in k if m in owner}:
            r = response[j]
            scores[i][j] = 2 * len(k & r) / (len(k) + len(r))
    similarity = _best_alignment(scores)
    return _prf(similarity, len(key), similarity, len(response))


def conll_f1(key: Iterable, response: Iterable) -> dict:
    """All three metrics and their mean F1 (the CoNLL-2012 score), as a dict of
    ``{"muc": (p, r, f), "b3": (p, r, f), "ceaf_e": (p, r, f), "conll": f}``."""
    key, response = _clusters(key), _clusters(response)
    scores = {"muc": muc(key, response), "b3": b_cubed(key, response),
              "ceaf_e": ceaf_e(key, response)}
    scores["conll"] = sum(s[2] for s in scores.values()) / 3
    return scores
