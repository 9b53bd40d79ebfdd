"""Publication-date inference with the metadata withheld.

    python bench/pubdate.py [--limit N]

Each document's text alone goes through the time stage's dating
(:func:`storyline.time.date_article`: date lines, then inference); the known
date is only used to score. Reported per corpus: share of documents dated at
all, dated right to the day, and right to the month (a month-level answer
counts for the month), plus precision (right month among those dated).
Corpora: TBAQ-cleaned (TempEval-3 training, DCT from the .tml; TimeBank was
looked at while developing, AQUAINT not) and PolNeAR train/dev (metadata.tsv).
There is no published baseline for this task on these corpora; the naive
baseline "no date" scores 0, and stamping today's date would score 0 too.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
BENCH = ROOT.parent / "shared" / "bench"


def tbaq(folder: str) -> list[tuple[str, str, str]]:
    from tempeval import DATA, read_tml

    return [(p.stem, read_tml(p)["text"], read_tml(p)["dct"]) for p in sorted((DATA / folder).glob("*.tml"))]


def polnear(compartments=("train", "dev")) -> list[tuple[str, str, str]]:
    rows = []
    with open(BENCH / "polnear" / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] not in compartments:
                continue
            path = BENCH / "polnear" / row["compartment"] / "text" / f"{row['filename']}.txt"
            if path.exists() and row["publication_date"] not in ("", "None"):
                rows.append((row["filename"], path.read_text(encoding="utf-8"), row["publication_date"]))
    return rows


def evaluate(docs: list[tuple[str, str, str]]) -> dict:
    from storyline.model import Article
    from storyline.time import date_article

    counts = {"docs": len(docs), "dated": 0, "day": 0, "month": 0, "year": 0, "methods": {}}
    for doc_id, text, gold in docs:
        article = date_article(Article(id=doc_id, text=text))
        if not article.published:
            continue
        counts["dated"] += 1
        method = article.published_evidence.get("method", "?").split(";")[0][:28]
        counts["methods"][method] = counts["methods"].get(method, 0) + 1
        counts["day"] += article.published == gold[:10]
        counts["month"] += len(article.published) >= 7 and article.published[:7] == gold[:7]
        counts["year"] += article.published[:4] == gold[:4]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="at most this many docs per corpus")
    args = parser.parse_args()
    corpora = [("TBAQ TimeBank (dev)", lambda: tbaq("TimeBank")),
               ("TBAQ AQUAINT (held out)", lambda: tbaq("AQUAINT")),
               ("PolNeAR train+dev", polnear)]
    for name, loader in corpora:
        docs = loader()
        if args.limit:
            docs = docs[:args.limit]
        c = evaluate(docs)
        n = c["docs"] or 1
        precision = c["month"] / c["dated"] if c["dated"] else 0.0
        print(f"{name}: {c['docs']} docs | dated {100 * c['dated'] / n:5.1f}% | right day "
              f"{100 * c['day'] / n:5.1f}% | right month {100 * c['month'] / n:5.1f}% | "
              f"month precision {100 * precision:5.1f}% | year precision "
              f"{100 * c['year'] / c['dated'] if c['dated'] else 0.0:5.1f}% | baseline (no date) 0.0%")
        print(f"    by method: {c['methods']}")


if __name__ == "__main__":
    main()
