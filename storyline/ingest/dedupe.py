"""Exact duplicates (same normalised text) and near duplicates (one wire story, many outlets).

Near duplicates are found with MinHash over word 5-shingles of the normalised
text and an LSH index (datasketch). Signatures export to bytes so a store can
keep them and rebuild the index without re-reading articles.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

import numpy as np

from ..model import Article
from .ids import content_hash, normalise_text

NUM_PERM = 64
# pinned so that stored signatures stay comparable across datasketch releases
SCHEME = "affine32"
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+", re.UNICODE)
# LSH answers are approximate near the threshold; the index is built this much lower,
# and candidates are then kept only when their estimated Jaccard reaches the threshold
_LSH_SLACK = 0.15


def mark_exact_duplicate(article: Article, seen_hashes: dict) -> Optional[str]:
    """Set ``article.duplicate_of`` when its text was seen under another id; returns that id.

    article (Article): the new article (its ``content_hash`` is computed if missing).
    seen_hashes (dict[str, str]): content_hash -> first article id; updated in place.
    """
    if not article.content_hash:
        article.content_hash = content_hash(article.text)
    first = seen_hashes.setdefault(article.content_hash, article.id)
    if first != article.id:
        article.duplicate_of = first
        return first
    return None


def shingles(text: str, size: int = SHINGLE_WORDS) -> set:
    """The set of word ``size``-grams of the normalised text (the whole text if shorter)."""
    words = _WORD.findall(normalise_text(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str):
    """The datasketch MinHash (``NUM_PERM`` permutations) of ``text``'s shingles."""
    from datasketch import MinHash

    sig = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    sig.update_batch(s.encode("utf-8") for s in shingles(text))
    return sig


def signature_bytes(text: str) -> bytes:
    """The MinHash signature of ``text`` as bytes (``NUM_PERM`` little-endian uint64)."""
    return np.asarray(minhash(text).hashvalues, dtype="<u8").tobytes()


def signature_from_bytes(data: bytes):
    """A MinHash rebuilt from :func:`signature_bytes` output."""
    from datasketch import MinHash

    values = np.frombuffer(data, dtype="<u8")
    if values.size != NUM_PERM:
        raise ValueError(f"signature has {values.size} values, expected {NUM_PERM}")
    return MinHash(num_perm=NUM_PERM, hashvalues=values.astype(np.uint64), scheme=SCHEME)


class NearDuplicateIndex:
    """Articles indexed by MinHash LSH; ``query`` returns ids whose texts nearly match.

    threshold (float): estimated Jaccard similarity of 5-shingle sets at or above which
        two texts are near duplicates (``Config.near_duplicate_threshold``).
    """

    def __init__(self, threshold: float = 0.8):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - _LSH_SLACK), num_perm=NUM_PERM)
        self._signatures: dict = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def add_signature(self, article_id: str, signature: bytes) -> None:
        """Index an article by a signature from :func:`signature_bytes` (re-adding is a no-op)."""
        if article_id in self._signatures:
            return
        sig = signature_from_bytes(signature)
        self._signatures[article_id] = sig
        self._lsh.insert(article_id, sig)

    def add(self, article_id: str, text: str) -> bytes:
        """Index an article by its text; returns its signature bytes (for storing)."""
        data = signature_bytes(text)
        self.add_signature(article_id, data)
        return data

    def query_signature(self, signature: bytes) -> list:
        """Ids of indexed articles near the signature, most similar first."""
        sig = signature_from_bytes(signature)
        scored = [(self._signatures[i].jaccard(sig), i) for i in self._lsh.query(sig)]
        return [i for score, i in sorted(scored, key=lambda p: (-p[0], p[1]))
                if score >= self.threshold]

    def query(self, text: str) -> list:
        """Ids of indexed articles whose text nearly matches ``text``, most similar first."""
        return self.query_signature(signature_bytes(text))


def link_near_duplicates(articles: Iterable[Article], index: NearDuplicateIndex) -> None:
    """Fill ``near_duplicates`` both ways for each article against the index, then add it.

    articles (Iterable[Article]): new articles, in ingest order.
    index (NearDuplicateIndex): articles seen so far; the new ones are added.
    """
    by_id: dict = {}
    for article in articles:
        if article.duplicate_of:
            continue  # an exact copy is already linked to its first id
        data = signature_bytes(article.text)
        near = [i for i in index.query_signature(data) if i != article.id]
        article.near_duplicates = sorted(set(article.near_duplicates) | set(near))
        for other in near:
            if other in by_id and article.id not in by_id[other].near_duplicates:
                by_id[other].near_duplicates.append(article.id)
        index.add_signature(article.id, data)
        by_id[article.id] = article
