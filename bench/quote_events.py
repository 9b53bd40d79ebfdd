"""Quote-to-event links: is each merged quote linked to the event it was said at?

Issue 6: "each quote links to the event it was said at, when there is one". The groups of
bench/quote_matching.py (PolNeAR, several outlets per occasion; dev/dev2 for development,
unseen/unseen2 measured once) and the five seed articles (/work/shared/seeds) are ingested as
that bench does, run through every stage and fused. For a sample of merged quotes (six per group and
from the seeds, drawn in quote-id order; --dump now draws by a hash of the first source, which
no story choice changes) the occasion was judged by hand from the quote's paragraph, the one
before and the article's first paragraph: the merged event that is the speech, interview, press conference, meeting, hearing, statement
or debate it was said at, or the event the quote itself reports when the saying is coded as an
event ("warned") — or none. Verdicts are in bench/data/quote_events_judgments.tsv, keyed by the
quote's first source (article id, content char offsets) and the event's source in that article
(article id, trigger char offsets); no article text.

Printed: link accuracy (right event, or right "none"), precision (right links / links made) and
recall (right links / quotes judged to have an event). Every merged quote whose first source
is judged is scored; judged quotes that extraction no longer finds are counted apart.
Development quotes (102: dev, dev2, seeds) were judged before any change; unseen ones (72:
unseen, unseen2) blind, after the rules were fixed, and measured once.

    dev     before: accuracy 52.0  precision 21.3 (13/61)  recall 72.2 (13/18)
            after:  accuracy 94.1  precision 87.5 (14/16)  recall 77.8 (14/18)
    unseen  before: accuracy 68.1  precision 26.7 (8/30)   recall 66.7 (8/12)
            after:  accuracy 88.9  precision 75.0 (6/8)    recall 50.0 (6/12)
    (no links at all: accuracy 82.4 dev, 83.3 unseen)

    Second pass (quotes/* and linking; annotations parsed afresh for both readings, same tree
    otherwise; the cached bench/out articles hide changes to quotes/*):
    dev     before: accuracy 91.0  precision 84.6 (11/13)  recall 61.1 (11/18)
            after:  accuracy 95.0  precision 100  (13/13)  recall 72.2 (13/18)
    unseen  before: accuracy 88.9  precision 75.0 (6/8)    recall 50.0 (6/12)
            after:  accuracy 87.5  precision 66.7 (6/9)    recall 50.0 (6/12)   (read once)

    Third pass (fuse/quotes.py, quotes/occasions.py; same cached annotations both readings):
    "X told Y ..." links to the gathering of X and Y the article reports anywhere; a setting
    the quote's sentence names ("said at the rally") links to the speaker's one gathering of
    that kind in the story; "He also said" after the speaker's quote shares its gathering;
    every merged quote keeps that setting ("occasion": interview, press conference,
    statement, ...) and its event's summary. No rule fires on the judged dev quotes (the
    five misses left: three quotes of one phone spree the events stage no longer makes an
    event of, a pep talk read as denied, a wrong speaker; no linking reaches them):
    dev     before: accuracy 94.9  precision 100  (13/13)  recall 72.2 (13/18)
            after:  accuracy 94.9  precision 100  (13/13)  recall 72.2 (13/18)
    Settings named (printed below the links): on all 1,089 dev + dev2 merged quotes 61, read
    by hand: all 61 right for the saying they stand by (three beside a wrong speaker). On all
    dev, dev2, seed and 40 other PolNeAR train (360-399) quotes the new links change 3, all
    seeds, all right by reading (Wang told Putin / Putin told Wang at their St Petersburg
    meeting, and Putin's "also said" after it); tried and dropped, each adding more wrong
    links than right there: a speaker's gathering another outlet's quote was linked to, on
    the quote's day (18 of 19 wrong); a gathering in the paragraph after the quote (1 wrong).
    On 51 other PolNeAR train articles (300-359, in no group) no link changes; 36 settings, one
    wrong ("in The Washington Post" read as a post: a newspaper's name is none now).
    unseen (its third reading, this pass's only one; parsed afresh, other stages changed since
    the second, so 69 quotes are judged, not 72; both rows from that one run):
    unseen  this pass's rules off: accuracy 88.4  precision 71.4 (5/7)  recall 45.5 (5/11)
            on:                    accuracy 88.4  precision 71.4 (5/7)  recall 45.5 (5/11)

    python bench/quote_events.py --half dev            # dev + dev2 + seeds
    python bench/quote_events.py --half dev --fresh    # after a per-article stage changed
    python bench/quote_events.py --half dev --dump     # print quotes with candidate events
    python bench/quote_events.py --half unseen         # unseen + unseen2: once, at the end
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quote_matching import GROUPS, annotated, metadata  # noqa: E402

from storyline import Config, Pipeline  # noqa: E402
from storyline.ingest import read_inputs  # noqa: E402

HERE = Path(__file__).resolve().parent
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
JUDGMENTS = HERE / "data" / "quote_events_judgments.tsv"
SAMPLE_PER_GROUP = 6
HALVES = {"dev": ("dev", "dev2"), "unseen": ("unseen", "unseen2")}


def seed_articles(pipeline: Pipeline) -> list:
    """The seed articles after the per-article stages (read at run time, never stored)."""
    items = [a for a in read_inputs([str(SEEDS)]) if not isinstance(a, Exception)]
    return list(pipeline.pipe(items, jobs=1))


def sample(quotes: list) -> list:
    """Merged quotes to judge for a group: the first SAMPLE_PER_GROUP by a hash of their
    first source (article id and offsets), which no story or speaker choice changes."""
    def order(quote) -> str:
        return hashlib.sha1(repr(quote_key(quote)).encode("utf-8")).hexdigest()
    return sorted(quotes, key=order)[:SAMPLE_PER_GROUP]


def quote_key(quote) -> tuple:
    s = quote.sources[0]
    return (s["article"], s["char_start"], s["char_end"])


def read_judgments() -> dict:
    """(half, quote key) -> None (no occasion among the events) or the set of event keys
    (article, trigger start) any of which is right (one occasion named twice)."""
    if not JUDGMENTS.exists():
        return {}
    verdicts = {}
    with open(JUDGMENTS, encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            key = (row[1], int(row[2]), int(row[3]))
            verdicts[(row[0], key)] = None if row[4] == "none" else \
                {(row[4], int(start)) for start in row[5].split(",")}
    return verdicts


def links_to(event, truth: set) -> bool:
    """Whether the merged event has a judged (article, trigger start) among its sources."""
    return any((s.get("article"), s.get("char_start")) in truth for s in event.sources)


def score_group(half: str, dossier, articles: list, verdicts: dict, counts: dict,
                dump: bool, errors: bool = False) -> None:
    """Adds one group's sampled quotes to counts; dossier (Dossier) fused from articles."""
    events = {e.id: e for e in dossier.timeline}
    articles = {a.id: a for a in articles}
    judged = {key for (h, key) in verdicts if h == half and key[0] in articles}
    found = {quote_key(q) for q in dossier.quotes}
    counts["missing"] += len(judged - found)  # extraction no longer finds the judged quote
    for quote in dossier.quotes:
        key = quote_key(quote)
        if dump and quote in sample(dossier.quotes):
            show(half, quote, key, dossier, articles)
        if (half, key) not in verdicts:
            continue
        truth = verdicts[(half, key)]
        linked = events.get(quote.event)
        counts["judged"] += 1
        counts["gold"] += truth is not None
        counts["made"] += linked is not None
        counts["setting"] += quote.occasion is not None
        right = (truth is None and linked is None) or \
            (truth is not None and linked is not None and links_to(linked, truth))
        counts["right"] += right
        counts["right_link"] += right and truth is not None
        if errors and not right:
            trig = [(s["article"][:14], s["char_start"]) for s in linked.sources][:3] if linked else None
            print(f"  wrong: {key} judged {sorted(truth) if truth else None} linked {trig} "
                  f"{linked.type + ' ' + repr(linked.summary[:60]) if linked else ''}")


def show(half, quote, key, dossier, articles) -> None:
    """Prints a quote in its paragraph with the events of that paragraph, the one before and
    the article's first paragraph (the candidates judged); on development halves also the
    event linked now (marked *), never on unseen ones, which are judged blind."""
    article = articles[key[0]]
    text = article.text
    lo, hi = paragraph(text, key[1], key[2])
    before = paragraph(text, max(lo - 3, 0), max(lo - 3, 0))[0]
    lead_end = paragraph(text, article.sentences[0][0], article.sentences[0][0])[1] \
        if article.sentences else 0
    blind = half.startswith("unseen")
    print(f"\n## {half}\t{key[0]}\t{key[1]}\t{key[2]}\t[{quote.speaker}] {quote.text[:80]!r}")
    print(f"  {text[max(lo, key[1] - 250):min(hi, key[2] + 250)]!r}")
    for event in dossier.timeline:
        for s in event.sources:
            at = s.get("char_start", -1)
            inside = s.get("article") == key[0] and (before <= at < hi or at < lead_end)
            linked = event.id == quote.event and not blind
            if inside or (linked and s.get("article") == key[0]):
                mark = "*" if linked else " "
                actors = ",".join(a.get("name") or "" for a in event.actors)
                print(f"  {mark} {s['char_start']}\t{event.type}/{event.mode}\t{event.date}\t"
                      f"{text[s['char_start']:s['char_end']]!r}\t[{actors}]")


def paragraph(text: str, start: int, end: int) -> tuple:
    """(start, end) of the paragraph (text between blank lines) around [start, end)."""
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return (0 if lo < 0 else lo + 2, len(text) if hi < 0 else hi)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=list(HALVES), default="dev")
    parser.add_argument("--dump", action="store_true", help="print sampled quotes and events")
    parser.add_argument("--errors", action="store_true", help="print wrong links (dev only)")
    parser.add_argument("--fresh", action="store_true",
                        help="parse again (quotes/*, entities or events changed; else bench/out's cache)")
    args = parser.parse_args()
    if args.errors and args.half != "dev":
        parser.error("--errors is for the development half only")
    meta, pipeline = metadata(), Pipeline(Config())
    verdicts = read_judgments()
    counts = dict.fromkeys(("judged", "gold", "made", "right", "right_link", "missing", "setting"), 0)
    groups = [(half, name, stems) for half in HALVES[args.half] for name, stems in GROUPS[half].items()]
    for half, name, stems in groups:
        articles = annotated(name, stems, meta, pipeline, args.fresh)
        dossier = pipeline.fuse(articles)
        score_group(half, dossier, articles, verdicts, counts, args.dump, args.errors)
    if args.half == "dev":
        articles = seed_articles(pipeline)
        dossier = pipeline.fuse(articles)
        score_group("seeds", dossier, articles, verdicts, counts, args.dump, args.errors)
    report(args.half, counts)


def report(half: str, c: dict) -> None:
    acc = 100 * c["right"] / c["judged"] if c["judged"] else 0.0
    p = 100 * c["right_link"] / c["made"] if c["made"] else 0.0
    r = 100 * c["right_link"] / c["gold"] if c["gold"] else 0.0
    print(f"quote-event links, {half}: {c['judged']} judged quotes ({c['gold']} with an occasion "
          f"event); judged quotes no longer found {c['missing']}")
    print(f"link accuracy {acc:.1f}  precision {p:.1f} ({c['right_link']}/{c['made']})  "
          f"recall {r:.1f} ({c['right_link']}/{c['gold']})   baseline: no links at all "
          f"= accuracy {100 * (c['judged'] - c['gold']) / max(c['judged'], 1):.1f}")
    print(f"judged quotes whose text names where they were said (occasion kept): {c['setting']}")


if __name__ == "__main__":
    main()
