"""Publication date from HTML pages, as ``storyline annotate page.html`` gives it.

    python bench/htmldate_eval.py

Data: ../shared/bench/htmldate-mediacloud2020 (200 pages, 195 with a gold date).
Each saved page goes through :func:`storyline.annotate.annotate_path` (stages clean
and time; dating reads no parse): ingest reads the page's own date with htmldate
(markup first, then page text) and the URL the page declares (canonical / og:url);
when the page gives none, the time stage dates the text. A page ingest cannot read
as an article (no body) gets no date, as for users. Beside it, the ingest helper
alone (:func:`storyline.ingest.html.page_date`) given the page's known URL, which is
how htmldate itself is evaluated. Scoring as in htmldate's evaluation: a right date
is a true positive, a wrong one a false positive, none for a dated page a false
negative. Beside: htmldate's published F-score 0.941 on this set (Barbaresi 2020).
"""
from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "htmldate-mediacloud2020"
PUBLISHED_F = 0.941


def pages() -> list[tuple[str, Path, str | None]]:
    """(url, saved page, gold date or None) for every labelled page that is there."""
    labels = json.loads((DATA / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    found = []
    for url, item in labels.items():
        gold = item.get("date")
        gold = None if gold is None or (isinstance(gold, float) and math.isnan(gold)) else str(gold)[:10]
        path = DATA / "test_set" / item["file"]
        if path.exists():
            found.append((url, path, gold))
    return found


def annotate_date(path: Path) -> tuple[str | None, str]:
    """(date, where it came from) as ``storyline annotate`` prints it for a saved page."""
    from storyline.annotate import annotate_path

    outputs = list(annotate_path(str(path), stages=["clean", "time"]))
    if not outputs or "error" in outputs[0]:
        return None, "not read"
    return outputs[0]["published"], outputs[0]["published_source"] or "none"


def helper_date(path: Path, url: str) -> str | None:
    """The ingest helper alone, given the page's known URL."""
    from storyline.ingest.html import page_date, parse_html

    tree = parse_html(path.read_bytes().decode("utf-8", errors="replace"))
    return page_date(tree, url)[0] if tree is not None else None


def score(results: list[tuple[str | None, str | None]]) -> str:
    """htmldate-style counts and P/R/F over (found, gold) pairs."""
    tp = sum(bool(f and g and f[:10] == g) for f, g in results)
    fp = sum(bool(f) for f, _ in results) - tp
    fn = sum(bool(g and not f) for f, g in results)
    tn = sum(not f and not g for f, g in results)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"TP {tp} FP {fp} FN {fn} TN {tn} | P {precision:.3f} R {recall:.3f} F {f:.3f}"


def main() -> None:
    items = pages()
    started = time.time()
    annotated, sources = [], Counter()
    for _url, path, gold in items:
        found, source = annotate_date(path)
        sources[source] += 1
        annotated.append((found, gold))
    seconds = time.time() - started
    helper = [(helper_date(path, url), gold) for url, path, gold in items]
    print(f"htmldate-mediacloud2020: {len(items)} pages | htmldate published F {PUBLISHED_F}")
    print(f"  storyline annotate FILE   {score(annotated)}  ({seconds:.1f}s; date from {dict(sources)})")
    print(f"  page_date with known URL  {score(helper)}")


if __name__ == "__main__":
    main()
