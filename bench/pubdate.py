"""Publication-date inference with the metadata withheld.

    python bench/pubdate.py [--limit N]

Each document's text alone goes through ``storyline annotate``'s entry point
(:func:`storyline.annotate.annotate_batch`, stages clean and time: date lines,
then inference), with no date given; the known date is only used to score.
Reported per corpus: share of documents dated at all, dated right to the day,
and right to the month (a month-level answer counts for the month), plus
precision (right month among those dated).
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

    docs = [read_tml(p) for p in sorted((DATA / folder).glob("*.tml"))]
    return [(d["id"], d["text"], d["dct"]) for d in docs]


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
    """Counts of dated / right day / right month / right year, and the methods used.

    The date is ``published`` in :func:`storyline.annotate.annotate_batch`'s output, with
    no date given. Stages: clean (its datelines are date evidence) and time. nlp is left
    out because dating reads no parse, so ``published`` is what the full pipeline gives.
    """
    from storyline.annotate import annotate_batch
    from storyline.model import Article

    counts = {"docs": len(docs), "dated": 0, "day": 0, "month": 0, "year": 0, "methods": {}}
    outputs = annotate_batch([Article(id=doc_id, text=text) for doc_id, text, _ in docs],
                             stages=["clean", "time"])
    for (_, _, gold), output in zip(docs, outputs):
        published = output["published"]
        if not published:
            continue
        counts["dated"] += 1
        method = (output["published_evidence"] or {}).get("method", "?").split(";")[0][:28]
        counts["methods"][method] = counts["methods"].get(method, 0) + 1
        counts["day"] += published == gold[:10]
        counts["month"] += len(published) >= 7 and published[:7] == gold[:7]
        counts["year"] += published[:4] == gold[:4]
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
