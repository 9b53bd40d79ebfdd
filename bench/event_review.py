"""Event precision as an analyst judges it: hand verdicts on the events of real articles.

Run: python bench/event_review.py [--show-unjudged]

Protocol. Five PolNeAR train articles (2016 US political news; ../shared/bench/polnear),
taken as every 20th text from the 311th of the sorted train split, none of them read
while the events stage was changed. Their events were written out before and after the
change (issue 5: campaigns as assaults, journalists' questions as requests, names as
events, summaries without objects ...) and each event was judged once by hand, from its
sentence: right (R) only when its PLOVER type fits what the sentence tells, the source
and the target named are the doer and the one acted on (a missing actor is not an
error, a wrong one is), the modality is right (a "should", "if" or "would no longer"
event told as happened is wrong) and the date is not wrong. bench/data/event_review_
judgments.tsv keeps each verdict with the event's article id, trigger offsets, type,
modality and actors: no article text.

The stage's current events are matched to the verdicts on all of those fields; the
figure is the share judged right among the matched events, beside the share before the
change (41/106 = 38.7 %, every event counted, as now). Events that match no verdict (a later change made them) are
counted and, with --show-unjudged, listed for judging.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.annotate import annotate_batch  # noqa: E402
from storyline.model import Article  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear" / "train" / "text"
JUDGMENTS = Path(__file__).resolve().parent / "data" / "event_review_judgments.tsv"
BEFORE = (41, 106)  # right, judged: the events stage before the issue-5 changes


def read_judgments(path: Path = JUDGMENTS) -> dict:
    """{(article, start, end, type, modality, sources, targets): "R" | "W"}."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    out = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        key = (row["article"], int(row["start"]), int(row["end"]), row["type"],
               row["modality"], row["sources"], row["targets"])
        out[key] = row["verdict"]
    return out


def event_key(article_id: str, event: dict) -> tuple:
    """The judgment key of one annotate event."""
    def names(roles):
        return "|".join(sorted({a["canonical"] or a["text"] for a in event["actors"]
                                if a["role"] in roles}))
    return (article_id, event["trigger"]["start"], event["trigger"]["end"], event["type"],
            event["modality"], names({"source"}), names({"target", "participant"}))


def score(judgments: dict) -> tuple:
    """(right, judged, unjudged events) over the current events of the judged articles."""
    ids = sorted({key[0] for key in judgments})
    articles = [Article(id=i, text=(DATA / f"{i}.txt").read_text(encoding="utf-8")) for i in ids]
    right = judged = 0
    unjudged = []
    for layers in annotate_batch(articles):
        for event in layers["events"]:
            verdict = judgments.get(event_key(layers["id"], event))
            if verdict is None:
                unjudged.append((layers["id"], event))
                continue
            judged += 1
            right += verdict == "R"
    return right, judged, unjudged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-unjudged", action="store_true")
    args = parser.parse_args()
    started = time.time()
    right, judged, unjudged = score(read_judgments())
    print(f"Event review: {len({k[0] for k in read_judgments()})} PolNeAR articles "
          f"({time.time() - started:.0f}s)")
    print(f"  precision now     {right}/{judged} = {100 * right / max(judged, 1):.1f}%"
          f"   (events with no verdict yet: {len(unjudged)})")
    print(f"  precision before  {BEFORE[0]}/{BEFORE[1]} = {100 * BEFORE[0] / BEFORE[1]:.1f}%")
    if args.show_unjudged:
        for article_id, event in unjudged:
            print(" ", *event_key(article_id, event), sep="\t")


if __name__ == "__main__":
    main()
