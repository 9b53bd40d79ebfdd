"""How safe is the clean stage? Gold attribution spans that furniture would hide, and speed.

PolNeAR annotates every attribution (source, cue, content) in real news text. A
span hidden as furniture is text the later stages never see, so the share of gold
spans overlapping furniture measures what cleaning costs; the target is 0 (the
baseline of not cleaning at all). Also printed: furniture lines found per kind and
the stage's speed. Uses the train and dev splits only (the test split is not here).

    python bench/clean_furniture.py [--limit N]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.clean import clean_article  # noqa: E402
from storyline.model import Article  # noqa: E402

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear"


def gold_spans(ann_path: Path) -> list:
    """(start, end, label) of Source/Cue/Content text-bound annotations in a BRAT file."""
    spans = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, *offsets = parts[1].replace(";", " ").split()
        if label in ("Source", "Cue", "Content"):
            numbers = [int(x) for x in offsets]
            spans.append((min(numbers), max(numbers), label))
    return spans


def pairs(split: str) -> list:
    """(text file, annotation file) pairs of a split; annotation names add an annotator suffix."""
    texts = {p.stem: p for p in (POLNEAR / split / "text").glob("*.txt")}
    found = []
    for ann in sorted((POLNEAR / split / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in texts:
            found.append((texts[stem], ann))
    return found


def run_split(split: str, limit: int | None) -> dict:
    docs = pairs(split)[:limit]
    kinds, lost, total, elapsed, chars = Counter(), Counter(), Counter(), 0.0, 0
    for text_path, ann_path in docs:
        text = text_path.read_text(encoding="utf-8")
        started = time.perf_counter()
        article = clean_article(Article(id=text_path.stem, text=text))
        elapsed += time.perf_counter() - started
        chars += len(text)
        kinds.update(f.kind for f in article.furniture)
        hidden = [(f.start, f.end) for f in article.furniture]
        for start, end, label in gold_spans(ann_path):
            total[label] += 1
            if any(s < end and start < e for s, e in hidden):
                lost[label] += 1
    return {"docs": len(docs), "kinds": kinds, "lost": lost, "total": total,
            "articles_per_s": len(docs) / elapsed if elapsed else 0.0, "chars": chars}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per split")
    args = parser.parse_args()
    for split in ("train", "dev"):
        result = run_split(split, args.limit)
        lost, total = sum(result["lost"].values()), sum(result["total"].values())
        share = 100.0 * lost / total if total else 0.0
        print(f"polnear-{split}: docs={result['docs']} gold_spans={total} "
              f"hidden_by_furniture={lost} ({share:.2f}%; baseline without cleaning 0.00%)")
        by_label = ", ".join(f"{k}={result['lost'][k]}/{result['total'][k]}" for k in sorted(result["total"]))
        print(f"  hidden by label: {by_label}")
        print(f"  furniture lines: {dict(result['kinds'].most_common())}")
        print(f"  clean speed: {result['articles_per_s']:.0f} articles/s "
              f"({result['chars'] / max(result['docs'], 1):.0f} chars/article)")


if __name__ == "__main__":
    main()
