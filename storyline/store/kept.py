"""What merging keeps of each article between merges, so that a merge after a few new
articles reads and computes little of the old ones: the feature bags story clustering
reads (``story_features``) and the dating records of articles whose publication date the
corpus inferred (``article_dating``, see :mod:`storyline.time.redate`).

A mixin of :class:`storyline.store.sql.SQLStore`: it uses the store's ``_query``,
``_execute``, ``_executemany``, ``_rows``, ``_insert``, ``_delete_in`` and ``_transaction``;
both backends share every line.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from ..fuse.story_features import FEATURES_VERSION
from . import rows
from .retry import reconnecting

# the key of a whole bag's stored JSON that holds the FEATURES_VERSION it was made by; no
# feature is named so (features are words, "num:", "ent:" or "q:"), and it is read back apart
_VERSION_KEY = "_version"
_DATING_COLUMNS = ["article_id", "own_published", "own_published_source", "own_published_evidence",
                   "inferred_date", "redate_key", "timexes", "events"]


class KeptMixin:
    """Story features and dating records, for :class:`~storyline.store.sql.SQLStore`."""

    # -- story features ---------------------------------------------------------
    @reconnecting
    def save_story_features(self, bags: dict) -> None:
        items = sorted(bags.items())
        with self._transaction("store story features"):
            ids = [article_id for article_id, _ in items]
            self._delete_in("story_features", "article_id", ids)
            self._insert("story_features", ["article_id", "whole", "lead"],
                         [(i, rows.dump_json({**w, _VERSION_KEY: FEATURES_VERSION}),
                           rows.dump_json(dict(ld))) for i, (w, ld) in items])

    def story_features(self) -> Optional[dict]:
        bags = {}
        for r in self._query("SELECT article_id, whole, lead FROM story_features"):
            whole = Counter(rows.load_json(r["whole"]))
            if whole.pop(_VERSION_KEY, None) != FEATURES_VERSION:
                return None  # made by other feature code (or before bags had a version)
            bags[r["article_id"]] = (whole, Counter(rows.load_json(r["lead"])))
        return bags

    @reconnecting
    def clear_story_features(self) -> None:
        with self._transaction("clear story features"):
            self._execute("DELETE FROM story_features")

    # -- dating records ---------------------------------------------------------
    def datings(self) -> dict:
        found = self._query(f"SELECT {', '.join(_DATING_COLUMNS)} FROM article_dating")
        return {r["article_id"]: _record_from_row(r) for r in found}

    def event_dates(self, ids) -> dict:
        from .sql import MAX_PARAMS
        wanted, found = sorted(set(ids)), {}
        for i in range(0, len(wanted), MAX_PARAMS):
            chunk = wanted[i:i + MAX_PARAMS]
            # the record's re-dated events ride on each event row: one query, no article read
            for r in self._query(
                    "SELECT e.article_id, e.trigger_start, e.date, e.date_source, d.events AS redated "
                    "FROM events e LEFT JOIN article_dating d ON d.article_id = e.article_id "
                    f"WHERE e.article_id IN ({', '.join('?' * len(chunk))}) "
                    "ORDER BY e.article_id, e.idx", chunk):
                mentions, _ = found.setdefault(r["article_id"], ([], r["redated"]))
                mentions.append((r["trigger_start"], r["date"], r["date_source"]))
        return {i: (mentions, rows.load_json(redated) or []) for i, (mentions, redated) in found.items()}

    def _write_datings(self, dating: dict, kept: Optional[dict] = None) -> None:
        """Make the stored records ``dating``'s (inside the caller's transaction), writing
        only those that differ from ``kept`` (what the store holds); kept None: all."""
        if kept is None:
            self._execute("DELETE FROM article_dating")
            kept = {}
        gone = sorted(i for i in kept if kept[i] != dating.get(i))
        self._delete_in("article_dating", "article_id", gone)
        self._insert("article_dating", _DATING_COLUMNS,
                     [_row_of(i, r) for i, r in sorted(dating.items()) if kept.get(i) != r])

    def _write_published(self, articles: list) -> None:
        """Write the publication date of the articles listed (contract summaries) that an
        earlier merge stored as inferred, or that carry an inferred date now (inside the
        caller's transaction): a date no longer inferred goes back to the article's own."""
        stored = {r["id"] for r in self._rows(self._execute(
            "SELECT id FROM articles WHERE published_source = 'inferred'"))}
        self._executemany(
            "UPDATE articles SET published = ?, published_source = ?, published_evidence = ? "
            "WHERE id = ?",
            [(a.get("published"), a.get("published_source"), rows.dump_json(a.get("published_evidence")),
              a["id"]) for a in articles if isinstance(a, dict) and a.get("id") and "published_source" in a
             and (a["id"] in stored or a["published_source"] == "inferred")])


def _row_of(article_id: str, record: dict) -> tuple:
    own = record.get("own") or {}
    return (article_id, own.get("published"), own.get("published_source"),
            rows.dump_json(own.get("published_evidence")), rows.dump_json(record.get("date") or {}),
            record["key"], rows.dump_json(record.get("timexes") or []),
            rows.dump_json(record.get("events") or []))


def _record_from_row(row: dict) -> dict:
    return {"own": {"published": row["own_published"], "published_source": row["own_published_source"],
                    "published_evidence": rows.load_json(row["own_published_evidence"])},
            "date": rows.load_json(row["inferred_date"]), "key": row["redate_key"],
            "timexes": rows.load_json(row["timexes"]), "events": rows.load_json(row["events"])}
