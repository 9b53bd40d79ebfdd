"""Publication-date inference with the metadata withheld.

    python bench/pubdate.py [--limit N]     # development and check parts
    python bench/pubdate.py --held-out      # held-out parts: once, at the end
    python bench/pubdate.py --fit           # bin counts for the estimate from all dates

Each document's text alone goes through ``storyline annotate``'s entry point
(:func:`storyline.annotate.annotate_batch`, stages clean and time: date lines,
then inference), with no date given; the known date is only used to score.
Reported per part: share of documents dated at all, dated right to the day and
to the month, month precision among day/month answers, precision of each answer
at its own granularity (a year answer is right when the year is), answers and
precision per granularity and per method, and coverage/precision by the
evidence's confidence. Then, for the estimate from every written date
(:func:`pubdate_estimate.estimate_from_dates`, fitted on the development
parts and not used by inference), coverage and precision of its month and of its
year answers by the share of the evidence they get.
Parts: development = TBAQ TimeBank and the first half of PolNeAR train (by file
order in metadata.tsv: breitbart, huff-post, nyt, politico); check = the second
half (usa-today, wash-post, west-journal, politico); held out = TBAQ AQUAINT and
PolNeAR dev. There is no published baseline for this task on these corpora; the
naive baseline "no date" scores 0, and stamping today's date would score 0 too.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
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


def polnear(compartments=("train", "dev"), half: str = "") -> list[tuple[str, str, str]]:
    """PolNeAR documents with their dates; ``half`` "first"/"second" keeps that half (by
    file order in metadata.tsv) of the rows, for developing on one and checking on the other."""
    rows = []
    with open(BENCH / "polnear" / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] not in compartments:
                continue
            path = BENCH / "polnear" / row["compartment"] / "text" / f"{row['filename']}.txt"
            if path.exists() and row["publication_date"] not in ("", "None"):
                rows.append((row["filename"], path.read_text(encoding="utf-8"), row["publication_date"]))
    middle = len(rows) // 2
    return rows[:middle] if half == "first" else rows[middle:] if half == "second" else rows


def evaluate(docs: list[tuple[str, str, str]]) -> dict:
    """Counts of dated / right day / right month / right year, per granularity answered,
    and the methods used.

    The date is ``published`` in :func:`storyline.annotate.annotate_batch`'s output, with
    no date given. Stages: clean (its datelines are date evidence) and time. nlp is left
    out because dating reads no parse, so ``published`` is what the full pipeline gives.
    """
    from storyline.annotate import annotate_batch
    from storyline.model import Article

    counts = {"docs": len(docs), "dated": 0, "day": 0, "month": 0, "year": 0, "methods": {},
              "by": {g: [0, 0] for g in ("day", "month", "year")}, "answers": []}
    outputs = annotate_batch([Article(id=doc_id, text=text) for doc_id, text, _ in docs],
                             stages=["clean", "time"])
    for (_, _, gold), output in zip(docs, outputs):
        published = output["published"]
        if not published:
            continue
        counts["dated"] += 1
        evidence = output["published_evidence"] or {}
        method = re.sub(r"\s*'.*", "", evidence.get("method", "?").split(";")[0])[:32]
        right = gold.startswith(published)
        counts["methods"].setdefault(method, [0, 0])
        counts["methods"][method][0] += 1
        counts["methods"][method][1] += right
        counts["answers"].append((evidence.get("confidence", 0.0), right))
        counts["day"] += published == gold[:10]
        counts["month"] += len(published) >= 7 and published[:7] == gold[:7]
        counts["year"] += published[:4] == gold[:4]
        granularity = {10: "day", 7: "month", 4: "year"}[len(published)]
        counts["by"][granularity][0] += 1
        counts["by"][granularity][1] += right
    return counts


def report(name: str, docs: list) -> None:
    c = evaluate(docs)
    n, dated = c["docs"] or 1, c["dated"] or 1
    finer = c["by"]["day"][0] + c["by"]["month"][0]
    print(f"{name}: {c['docs']} docs | dated {100 * c['dated'] / n:5.1f}% | right day "
          f"{100 * c['day'] / n:5.1f}% | right month {100 * c['month'] / n:5.1f}% | "
          f"month precision (day/month answers) {100 * c['month'] / (finer or 1):5.1f}% | "
          f"right at its granularity {100 * sum(v[1] for v in c['by'].values()) / dated:5.1f}% | "
          f"year precision {100 * c['year'] / dated:5.1f}% | baseline (no date) 0.0%")
    print("    answered (right at that granularity): "
          + ", ".join(f"{g} {v[0]} ({v[1]})" for g, v in c["by"].items()))
    print("    by method, answered (right): " + ", ".join(f"{m} {v[0]} ({v[1]})" for m, v in c["methods"].items()))
    for threshold in (0.5, 0.6, 0.7, 0.9):
        kept = [right for confidence, right in c["answers"] if confidence >= threshold]
        print(f"    confidence >= {threshold:.1f}: {100 * len(kept) / n:5.1f}% dated, "
              f"{100 * sum(kept) / (len(kept) or 1):5.1f}% right at their granularity")


def development() -> list[tuple[str, str, str]]:
    """The parts looked at while developing: TimeBank and the first half of PolNeAR train."""
    return tbaq("TimeBank") + polnear(("train",), "first")


def fit() -> dict:
    """Bin counts for :data:`pubdate_estimate.BIN_COUNTS`: for each date written in a
    development document, the bin of its distance from the known publication month."""
    from storyline.time.extract import extract_timexes
    from pubdate_estimate import dated_mentions, distance_bin

    counts: dict = {}
    for _id, text, gold in development():
        year, month = int(gold[:4]), int(gold[5:7])
        for kind, tense, y, m, _t in dated_mentions(extract_timexes(text)):
            label, _width = distance_bin(kind, y, m, year, month)
            key = f"{kind}/{tense}"
            counts.setdefault(key, {})
            counts[key][label] = counts[key].get(label, 0) + 1
    return {key: dict(sorted(value.items())) for key, value in sorted(counts.items())}


def estimates(docs: list[tuple[str, str, str]]) -> list[tuple]:
    """(best month's share, its year's share, month right, year right) per document the
    estimate from all written dates reaches (those with a written year)."""
    from storyline.time.extract import extract_timexes
    from pubdate_estimate import dated_mentions, month_scores

    rows = []
    for _id, text, gold in docs:
        scores = month_scores(dated_mentions(extract_timexes(text)))
        if not scores:
            continue
        (year, month), share = max(scores.items(), key=lambda pair: pair[1])
        year_share = sum(value for (y, _m), value in scores.items() if y == year)
        rows.append((share, year_share, f"{year}-{month:02d}" == gold[:7], str(year) == gold[:4]))
    return rows


def threshold_table(name: str, docs: list) -> None:
    """Coverage and precision of the estimate alone, month and year answers, by threshold."""
    rows, n = estimates(docs), len(docs) or 1
    print(f"  {name}: estimate alone, {len(rows)} of {len(docs)} docs have a written year")
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        months = [r for r in rows if r[0] >= threshold]
        years = [r for r in rows if r[1] >= threshold]
        print(f"    >= {threshold:.1f}: month {100 * len(months) / n:5.1f}% covered, "
              f"{100 * sum(r[2] for r in months) / (len(months) or 1):5.1f}% right | year "
              f"{100 * len(years) / n:5.1f}% covered, {100 * sum(r[3] for r in years) / (len(years) or 1):5.1f}% right")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="at most this many docs per corpus")
    parser.add_argument("--held-out", action="store_true", help="measure the held-out parts (once, at the end)")
    parser.add_argument("--fit", action="store_true", help="print the bin counts from the development parts")
    args = parser.parse_args()
    if args.fit:
        print(json.dumps(fit(), indent=1))
        return
    corpora = [("TBAQ TimeBank (dev)", lambda: tbaq("TimeBank")),
               ("PolNeAR train, first half (dev)", lambda: polnear(("train",), "first")),
               ("PolNeAR train, second half (check)", lambda: polnear(("train",), "second"))]
    if args.held_out:
        corpora = [("TBAQ AQUAINT (held out)", lambda: tbaq("AQUAINT")),
                   ("PolNeAR dev (held out)", lambda: polnear(("dev",)))]
    for name, loader in corpora:
        docs = loader()
        if args.limit:
            docs = docs[:args.limit]
        report(name, docs)
        if not args.held_out:
            threshold_table(name, docs)


if __name__ == "__main__":
    main()
