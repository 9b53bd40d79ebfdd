"""Publication date from HTML, the way our ingest calls htmldate.

    python bench/htmldate_eval.py

Data: ../shared/bench/htmldate-mediacloud2020 (200 pages, 195 with a gold date).
We call :func:`storyline.ingest.html.page_date` (htmldate with the original
date, no "today" fallback, markup first, page text second), falling back to
htmldate's ``find_date`` with ``HTMLDATE_OPTIONS`` if ingest's helper is not
there. Scoring as in htmldate's evaluation: a right date is a true positive,
a wrong one a false positive, none for a dated page a false negative.
Beside: htmldate's published F-score 0.941 on this set (Barbaresi 2020).
"""
from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "htmldate-mediacloud2020"
PUBLISHED_F = 0.941


def date_of(html: str, url: str):
    try:
        from storyline.ingest.html import page_date, parse_html

        found = page_date(parse_html(html), url)
        return found[0] if isinstance(found, tuple) else found
    except ImportError:
        from htmldate import find_date

        from storyline.ingest.html import HTMLDATE_OPTIONS

        return find_date(html, url=url, **HTMLDATE_OPTIONS)


def main() -> None:
    labels = json.loads((DATA / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    tp = fp = fn = tn = 0
    started = time.time()
    for url, item in labels.items():
        gold = item.get("date")
        gold = None if gold is None or (isinstance(gold, float) and math.isnan(gold)) else str(gold)[:10]
        path = DATA / "test_set" / item["file"]
        if not path.exists():
            continue
        html = path.read_bytes().decode("utf-8", errors="replace")
        try:
            found = date_of(html, url)
        except Exception:  # a page our ingest cannot parse counts as no date
            found = None
        if found and gold and found[:10] == gold:
            tp += 1
        elif found:
            fp += 1
        elif gold:
            fn += 1
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"htmldate-mediacloud2020: {tp + fp + fn + tn} pages, {time.time() - started:.1f}s | "
          f"TP {tp} FP {fp} FN {fn} TN {tn} | P {precision:.3f} R {recall:.3f} F {f:.3f} "
          f"| htmldate published F {PUBLISHED_F}")


if __name__ == "__main__":
    main()
