"""Story grouping across publishers: are articles of several outlets on one occasion one story?

The groups of bench/quote_matching.py (PolNeAR 2016 articles; each group one occasion, such as
a debate, a primary night or the FBI director's July statement, covered by two to five
publishers) are gold stories. All groups of a half are fed in together as one mixed feed,
each article with its outlet and publication date (as a user would give them), so articles
of two groups can also be wrongly joined. Story clustering (storyline/fuse/stories.py) runs
on the articles after the per-article stages (read from quote_matching's cache, or parsed).

Printed per half: pairwise recall (article pairs of one group put in one story), pairwise
precision (pairs put in one story that are of one group), B³ P / R / F1, beside the two
extremes (every article alone; all in one story), cross-publisher pairs joined, and the
recall when each group is fed alone (as bench/quote_matching.py ingests them). Note that a group is an occasion as the quote bench chose it: a few hold
articles on different aspects of one campaign week, so recall of 1.0 is not the aim.

Measured (B³ F1, mixed feed; before -> after closeness in time, fuse/stories.py): dev 0.456 ->
0.642, dev2 0.520 -> 0.841; unseen 0.597 -> 0.712, unseen2 0.631 -> 0.911 (measured once, at
the end). Each group fed alone gains little (dev 0.154 -> 0.200, dev2 0.247 -> 0.247 pairwise
recall): all its articles come out within days, so closeness tells nothing there.
Shared quoted words (a run of five content words in quotation marks, fuse/story_features.py)
raise a pair by the threshold: fed alone dev2 0.247 -> 0.280 (dev 0.200 unchanged), mixed
feeds unchanged (dev 0.642, dev2 0.841; unseen 0.712, unseen2 0.911, their second reading).
Outlets seldom quote one statement alike: 1 dev and 3 dev2 same-group pairs share a run.
Days told (the days an article's timexes resolve to within 3 days of its publication, its own
day left out; fuse/story_features.told_days) raise a pair as rare closeness would, never on
top of it: fed alone dev 0.200 -> 0.231, dev2 0.280 -> 0.409 pairwise recall (unseen 0.200 ->
0.267, unseen2 0.292 -> 0.338, measured once); mixed feeds unchanged (0.642 / 0.841; 0.712 /
0.911, third reading). 49 of 158 dev same-group pairs tell such a day, 0 of 1,257 others.
Closeness raising only pairs that name a party alike (fuse/story_time.share_a_name; all 54
same-group pairs it lifts from 0.05-0.13 in dev and dev2 do): mixed feeds and fed-alone
recall unchanged (dev 0.642 / 0.231, dev2 0.841 / 0.409; unseen 0.712 / 0.267, unseen2 0.911 /
0.338, their fourth reading), while dated ECB+ feeds regain precision (bench/stories.py).
Words common in news (fuse/stories.smoothed_idf: the corpus idf smoothed by 5 articles of news in
general, a word's share of them from the wordfreq package's English frequencies): fed alone dev
0.231 -> 0.262, dev2 0.409 -> 0.473 pairwise recall; mixed feeds unchanged (0.642 / 0.841). Each
group fed with the first report of three other groups (a new line, a small feed's precision):
dev P 0.722 -> 0.720, R 0.200 -> 0.277; dev2 P 0.776 -> 0.735, R 0.409 -> 0.538 (11 more same-group
pairs joined, 7 more wrong ones, all reports of the same campaign weeks naming the same people).

    python bench/stories_occasions.py --half dev dev2        # development halves
    python bench/stories_occasions.py --half unseen unseen2  # measured once, at the end
    python bench/stories_occasions.py --half dev --show      # each predicted story's members
"""
from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quote_matching import GROUPS, annotated, metadata  # noqa: E402
from stories import b_cubed  # noqa: E402

from storyline import Config, Pipeline  # noqa: E402
from storyline.fuse.stories import cluster_stories  # noqa: E402


def pairwise(pred: dict, gold: dict) -> tuple:
    """(precision, recall, same-group pairs, joined pairs, right joined pairs) over article pairs."""
    same = joined = right = 0
    for a, b in combinations(sorted(gold), 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        same += g
        joined += p
        right += g and p
    return (right / joined if joined else 1.0, right / same if same else 1.0, same, joined, right)


def measure(half: str, threshold: float, show: bool) -> None:
    """Cluster one half's groups as one feed and print the figures."""
    meta, pipeline = metadata(), Pipeline(Config())
    articles, gold = [], {}
    for name, stems in GROUPS[half].items():
        for article in annotated(name, stems, meta, pipeline, False):
            article.story = None
            articles.append(article)
            gold[article.id] = name
    cluster_stories(articles, threshold)
    pred = {a.id: a.story for a in articles}
    p, r, same, joined, right = pairwise(pred, gold)
    outlet = {a.id: a.outlet for a in articles}
    cross = [(a, b) for a, b in combinations(sorted(gold), 2) if gold[a] == gold[b] and outlet[a] != outlet[b]]
    cross_joined = sum(pred[a] == pred[b] for a, b in cross)
    bp, br, bf = b_cubed(pred, gold)
    print(f"== {half}: {len(articles)} articles, {len(set(gold.values()))} groups, "
          f"{len(set(pred.values()))} stories, threshold {threshold}")
    print(f"  pairwise P={p:.3f} R={r:.3f} ({right} of {same} same-group pairs joined; {joined} pairs joined); "
          f"cross-publisher pairs joined {cross_joined}/{len(cross)}")
    print(f"  B3 P={bp:.3f} R={br:.3f} F1={bf:.3f}")
    for label, base in (("every article alone", {i: i for i in gold}), ("all in one story", {i: 0 for i in gold})):
        bp, br, bf = b_cubed(base, gold)
        pp, pr = pairwise(base, gold)[:2]
        print(f"  {label:20s} pairwise P={pp:.3f} R={pr:.3f}  B3 P={bp:.3f} R={br:.3f} F1={bf:.3f}")
    alone = joined_alone = 0  # each group ingested alone, as bench/quote_matching.py does
    for name, stems in GROUPS[half].items():
        members = [a for a in articles if gold[a.id] == name]
        for a in members:
            a.story = None
        cluster_stories(members, threshold)
        alone += len(members) * (len(members) - 1) // 2
        joined_alone += sum(a.story == b.story for a, b in combinations(members, 2))
    print(f"  each group fed alone: pairwise R={joined_alone / alone:.3f} ({joined_alone} of {alone} pairs joined)")
    p, r, same, joined, right = fed_with_others(articles, gold, threshold)
    others = min(3, len(set(gold.values())) - 1)
    print(f"  each group fed with {others} others' first reports: pairwise P={p:.3f} R={r:.3f} "
          f"({right} of {same} same-group pairs joined; {joined} pairs joined)")
    if show:
        for story in sorted(set(pred.values())):
            print("   ", story, sorted(f"{gold[i]}:{i[:40]}" for i in pred if pred[i] == story))


def fed_with_others(articles: list, gold: dict, threshold: float, others: int = 3) -> tuple:
    """(precision, recall, same-group pairs, joined pairs, right joined pairs), summed over
    feeds of one group's articles with the first article of each of the next ``others``
    groups (in name order; all the other groups when there are fewer): a small feed with
    reports of other occasions of the same campaign weeks, where what helps a group fed
    alone join may also pull them in.

    articles (list[Article]): the half's articles; gold (dict[str, str]): id -> its group."""
    names = sorted(set(gold.values()))
    by_group = {n: [a for a in articles if gold[a.id] == n] for n in names}
    others = min(others, len(names) - 1)  # fewer groups: each other group once, never the feed's own
    same = joined = right = 0
    for i, name in enumerate(names):
        feed = by_group[name] + [by_group[names[(i + j) % len(names)]][0] for j in range(1, others + 1)]
        for a in feed:
            a.story = None
        cluster_stories(feed, threshold)
        for a, b in combinations(feed, 2):
            g, p = gold[a.id] == gold[b.id] == name, a.story == b.story
            same += g
            joined += p
            right += g and p
    return (right / joined if joined else 1.0, right / same if same else 1.0, same, joined, right)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", nargs="+", choices=list(GROUPS), default=["dev", "dev2"])
    ap.add_argument("--threshold", type=float, default=Config().story_threshold)
    ap.add_argument("--show", action="store_true", help="print each predicted story's members")
    args = ap.parse_args()
    for half in args.half:
        measure(half, args.threshold, args.show)


if __name__ == "__main__":
    main()
