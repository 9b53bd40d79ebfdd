"""Stories in a campaign fortnight: several occasions of the same weeks and the same people.

bench/stories_occasions.py feeds groups that are each one occasion, chosen weeks apart, so that
closeness in time (fuse/story_time.py) can only help there: no two of its occasions share a week.
Real feeds are not like that: in the Iowa weeks of 2016 one outlet after another wrote about
Trump, Clinton, Cruz and Sanders, and most pieces of one week report different occasions (a
debate, an endorsement, a State Department release, a poll). This bench asks whether such
pieces are kept apart while the reports of one occasion are joined.

Gold: bench/data/stories_week.tsv, every PolNeAR train article (text read at run time, never
stored) of two fortnights, hand-judged by reading each article's headline and opening
paragraphs before any run: "jan" (2016-01-08 .. 01-23, 38 articles) and "iowa" (2016-01-24 ..
02-08, 49), leaving out the articles bench/stories_occasions.py uses (two, of 2016-02-07). Two
articles share a story when they report one occasion or its direct reactions (the State
Department's 22 "top secret" emails and two Republicans' comments on them; the Iowa caucus
night, its same-day preview and its results analysed in the next days); articles about the
same people and campaign but other occasions (a strategy piece, an interview, an endorsement,
a town hall, a preview of next week's primary) are each alone, and so is a news digest. iowa
holds 3 stories of 2 or more articles (34 same-story pairs of 1,176), jan 2 (2 of 703): both
are mainly a test of precision. Rules are tuned on iowa only; jan is measured once per pass.

Printed per half, the fortnight fed as one feed: B3 P / R / F1 and pairwise P / R (pairs
joined that are one story, of all joined; of all same-story pairs), beside the same feed
with its publication dates withheld (no closeness in time at all) and every article alone.

Measured (B3 F1; pairwise P / R). Before: the raise for closeness (fuse/story_time.py) makes
both fortnights worse than every article alone: iowa 0.791 (0.319 / 0.647; dates withheld
0.880, alone 0.874), jan 0.768 (0.047 / 1.000; 41 of its 43 joined pairs wrong; withheld 0.872,
alone 0.973). The raise scaled by CROWD / K where K > CROWD articles naming a party alike came
out within three days (story_time.crowd_damped, CROWD = 12 fitted on iowa, where 6-12 all give
0.875-0.888): iowa 0.888 (0.579 / 0.647: 31 fewer wrong pairs, no right one lost); jan 0.768
unchanged (measured once: its windows hold 3-21 such articles, median 13, so the raise is
scaled by 0.57-0.92 there, too little to part any pair). Left: jan's chains, and iowa's 9
wrong pairs closeness still makes (a preview the day before the caucus joins its results).

    python bench/stories_week.py                 # both halves
    python bench/stories_week.py --half iowa --show
    python bench/stories_week.py --fresh         # parse again (after per-article stage changes)
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from quote_matching import group_jsonl, metadata  # noqa: E402
from stories import b_cubed  # noqa: E402
from stories_occasions import pairwise  # noqa: E402

from storyline import Config, Pipeline  # noqa: E402
from storyline.fuse.stories import cluster_stories  # noqa: E402
from storyline.ingest.jsonl import read_json_lines  # noqa: E402
from storyline.model import Article  # noqa: E402

GOLD = HERE / "data" / "stories_week.tsv"
OUT = HERE / "out" / "stories_week"


def gold_labels(path: Path = GOLD) -> dict:
    """{half: {article id: story label}}; an article judged alone gets its own id as label."""
    halves: dict = {}
    with open(path, encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for half, article, story in rows:
            halves.setdefault(half, {})[article] = article if story == "-" else story
    return halves


def annotated(half: str, stems: list, fresh: bool) -> list:
    """The half's articles after the per-article stages, cached under bench/out (ignored by git)."""
    OUT.mkdir(parents=True, exist_ok=True)
    cache = OUT / f"{half}.articles.json"
    if cache.exists() and not fresh:
        return [Article.from_dict(d) for d in json.loads(cache.read_text(encoding="utf-8"))]
    path = OUT / f"{half}.jsonl"
    path.write_text(group_jsonl(stems, metadata()), encoding="utf-8")
    items = list(read_json_lines(path.read_text(encoding="utf-8"), str(path)))
    articles = list(Pipeline(Config()).pipe(items, jobs=1))
    cache.write_text(json.dumps([a.to_dict() for a in articles]), encoding="utf-8")
    return articles


def clustered(articles: list, threshold: float, dated: bool = True) -> dict:
    """{article id: story id} of one feed; ``dated`` False: publication dates withheld."""
    kept = {a.id: a.published for a in articles}
    for a in articles:
        a.story = None
        if not dated:
            a.published = None
    try:
        cluster_stories(articles, threshold)
    finally:
        for a in articles:
            a.published = kept[a.id]
    return {a.id: a.story for a in articles}


def line(label: str, pred: dict, gold: dict) -> str:
    p, r, same, joined, right = pairwise(pred, gold)
    bp, br, bf = b_cubed(pred, gold)
    return (f"  {label:22s} B3 P={bp:.3f} R={br:.3f} F1={bf:.3f}  pairwise P={p:.3f} R={r:.3f} "
            f"({right} of {same} same-story pairs joined; {joined} joined)")


def measure(half: str, gold: dict, threshold: float, fresh: bool, show: bool) -> None:
    """Cluster one half as one feed and print its figures."""
    articles = annotated(half, sorted(gold), fresh)
    stories = len(set(gold.values()))
    print(f"== {half}: {len(articles)} articles, {stories} gold stories, threshold {threshold}")
    pred = clustered(articles, threshold)
    print(line("storyline", pred, gold))
    print(line("dates withheld", clustered(articles, threshold, dated=False), gold))
    print(line("every article alone", {i: i for i in gold}, gold))
    if show:
        for story in sorted(set(pred.values())):
            members = sorted(i for i in pred if pred[i] == story)
            if len(members) > 1:
                print("   ", story, [f"{gold[i][:18]}:{i[:40]}" for i in members])
        wrong = [(a, b) for a, b in combinations(sorted(gold), 2) if pred[a] == pred[b] and gold[a] != gold[b]]
        print(f"    wrong pairs: {len(wrong)}")


def main() -> None:
    halves = gold_labels()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", nargs="+", choices=sorted(halves), default=["iowa", "jan"])
    ap.add_argument("--threshold", type=float, default=Config().story_threshold)
    ap.add_argument("--fresh", action="store_true", help="run the per-article stages again")
    ap.add_argument("--show", action="store_true", help="print each predicted story of 2+ articles")
    args = ap.parse_args()
    for half in args.half:
        measure(half, halves[half], args.threshold, args.fresh, args.show)


if __name__ == "__main__":
    main()
