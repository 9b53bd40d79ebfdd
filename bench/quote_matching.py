"""Quote matching across outlets: is one statement, however each article worded it, one quote?

Groups of PolNeAR train articles (400-599, a range no quote rule was tuned on) that cover one
2016 occasion from two publishers (Politico, USA Today; metadata.tsv gives publisher and date)
are ingested as a user would (a JSON-lines file per group with id, text, title, outlet and
published), run through every stage and fused. Each pair of statements (one quote with its
split parts) from two different articles of a group that could be one statement (compatible
speakers and some shared wording, or merged by us) was judged by hand: the same statement (the
speaker's same words, or the same claim paraphrased or partly quoted at the same occasion) or
not. Verdicts are stored in bench/data/quote_matching_pairs.tsv keyed by article id and char
offsets of each statement's first part (no article text); the judged speaker's surname of each
statement in bench/data/quote_matching_speakers.tsv.

PolNeAR's file order puts every Politico article before every USA Today one, so the unseen
half of 400-599 by index (500-599) holds one publisher only. The halves are therefore split by
date instead, with no article in both: development groups are dated up to 2016-05-31 (Politico
400-442 with USA Today 500-560), unseen groups from 2016-06-01 (Politico 443-479 with USA Today
561-599). Fuse changes were made reading the development half only.

Printed: pairwise precision (merged cross-article pairs judged the same / merged judged pairs),
recall (judged-same pairs we merge / judged-same pairs), and speaker accuracy of merged quotes
that span two or more articles (their speaker's surname is the judged one). Pairs of statements
that a later extraction no longer finds are left out and counted as "unjudged".

Judged: dev 8 groups, 378 pairs (16 the same statement; most of them between two versions
of one USA Today story, one across publishers); unseen 6 groups, 238 pairs (4 the same: one
FBI director's statement as Politico and USA Today quoted it). Pairs were judged before any
change. The statements of one group are merged only within one story (fuse/stories.py), so
a same pair whose articles fall in two stories cannot be merged (the one dev miss).

    python bench/quote_matching.py --half dev
    python bench/quote_matching.py --half dev --dump     # print unjudged candidate pairs
    python bench/quote_matching.py --half unseen          # measured once, at the end
    python bench/quote_matching.py --fresh ...            # parse again (after quotes/* changes)
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz  # noqa: E402

from storyline import Config, Pipeline  # noqa: E402
from storyline.fuse.quotes import statements  # noqa: E402
from storyline.ingest.jsonl import read_json_lines  # noqa: E402
from storyline.model import Article  # noqa: E402

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear"
HERE = Path(__file__).resolve().parent
PAIRS_TSV = HERE / "data" / "quote_matching_pairs.tsv"
SPEAKERS_TSV = HERE / "data" / "quote_matching_speakers.tsv"
OUT = HERE / "out" / "quote_matching"

# Article stems by group: one occasion each, covered by both publishers.
GROUPS = {
    "dev": {
        "wisconsin": ["politico_2016-04-05_ted-cruz-wins-wisconsin-republic",
                      "politico_2016-04-04_anti-trump-super-pac-does-wiscon",
                      "usa-today_2016-04-06_sanders-says-he-s-riding-momentu",
                      "usa-today_2016-04-06_sanders-winning-streak-continues"],
        "nominee": ["politico_2016-05-05_paul-ryan-says-he-s-not-ready-to",
                    "politico_2016-05-12_the-trump-gop-feud-lives-on",
                    "usa-today_2016-05-05_spoiler-no-more-kasich-ends-bid"],
        "april_dems": ["politico_2016-04-20_dnc-chair-dismisses-sanders-accu",
                       "usa-today_2016-04-26_sanders-will-back-clinton-eventu",
                       "usa-today_2016-04-26_superdelegates-dems-have-too-man",
                       "usa-today_2016-04-27_clinton-takes-pa-md-and-del-most"],
        "ny_debate": ["politico_2016-04-11_clinton-and-sanders-trade-low-bl",
                      "usa-today_2016-04-14_clinton-sharpens-focus-on-sander",
                      "usa-today_2016-04-15_fiery-words-light-up-the-debate-"],
        "super_tuesday": ["politico_2016-03-01_trump-my-immigration-plans-aren-",
                          "politico_2016-03-07_how-donald-trump-scrambles-the-g",
                          "usa-today_2016-03-01_democratic-voters-size-up-clinto",
                          "usa-today_2016-03-02_no-clear-path-points-to-white-ho",
                          "usa-today_2016-03-07_trump-lead-causes-more-cracks-in"],
        "may_dems": ["politico_2016-05-23_sanders-pushes-dems-to-reject-pu",
                     "politico_2016-05-26_clinton-goes-on-trump-style-phon",
                     "politico_2016-05-26_poll-clinton-and-sanders-in-dead",
                     "usa-today_2016-05-18_in-kentucky-democrats-battling-i"],
        "feb_primaries": ["politico_2016-02-17_bush-rubio-collide-in-scramble-f",
                          "politico_2016-02-19_more-hillary-clinton-emails-rele",
                          "politico_2016-02-19_q-a-with-vice-president-joe-bide",
                          "politico_2016-02-19_rep-welch-to-back-sanders-for-pr",
                          "usa-today_2016-02-17_who-scares-americans-the-most-fi",
                          "usa-today_2016-02-18_bleak-outlook-for-bloomberg-inde",
                          "usa-today_2016-02-18_clinton-tries-to-avoid-setback-i"],
        "mid_march": ["politico_2016-03-10_hillary-clinton-s-backseat-drive",
                      "politico_2016-03-10_trump-s-rivals-pull-their-punche",
                      "politico_2016-03-12_super-pac-ad-hits-trump-on-escal",
                      "usa-today_2016-03-16_american-dream-survives-among-mi",
                      "usa-today_2016-03-16_clinton-extends-her-lead-despite"],
    },
    "unseen": {
        "orlando": ["politico_2016-06-13_terrorism-experts-rebuke-trump-p",
                    "usa-today_2016-06-14_donald-trump-at-just-the-way-he-",
                    "usa-today_2016-06-15_obama-rips-rhetoric-over-radical",
                    "usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone"],
        "fbi_emails": ["politico_2016-07-05_criminal-charges-against-clinton",
                       "politico_2016-07-06_lewandowski-fbi-director-acted-a",
                       "politico_2016-07-11_republicans-ask-doj-to-investiga",
                       "usa-today_2016-07-07_with-clinton-fbi-s-bad-rep-grows"],
        "dnc_week": ["politico_2016-07-25_sarah-silverman-heckles-sanders-",
                     "usa-today_2016-07-25_sanders-endorsement-for-some",
                     "usa-today_2016-07-25_clinton-pick-gives-trump-an-open",
                     "usa-today_2016-07-27_clinton-still-faces-a-spoiler-in"],
        "second_amendment": ["politico_2016-08-11_pence-blames-media-for-trump-s-o",
                             "usa-today_2016-08-10_nd-amendment-people-his-secret-w",
                             "usa-today_2016-08-10_historians-clinton-obama-linked-"],
        "sanders_june": ["politico_2016-06-14_sanders-scripts-his-primary-seas",
                         "politico_2016-06-21_sanders-anti-superdelegate-push-",
                         "usa-today_2016-06-03_calif-win-could-help-sanders-mak",
                         "usa-today_2016-06-29_sanders-ready-to-take-a-stand-to"],
        "benghazi": ["politico_2016-08-17_benghazi-mom-speechwriter-reveal",
                     "usa-today_2016-06-30_page-million-report-on-benghazi-",
                     "usa-today_2016-08-10_parents-of-two-benghazi-victims-"],
    },
}
PUBLISHERS = {"politico": "Politico", "usa-today": "USA Today"}


def metadata() -> dict:
    """filename stem -> metadata.tsv row (publisher, publication_date, title, ...)."""
    with open(POLNEAR / "metadata.tsv", encoding="utf-8") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def group_jsonl(stems: list, meta: dict) -> str:
    """The JSON lines a user would feed in for one group (text read from PolNeAR at run time)."""
    lines = []
    for stem in stems:
        row = meta[stem]
        text = (POLNEAR / "train" / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        lines.append(json.dumps({"id": stem, "text": text, "title": row["title"],
                                 "outlet": PUBLISHERS[row["publisher"]],
                                 "published": row["publication_date"]}))
    return "\n".join(lines) + "\n"


def annotated(name: str, stems: list, meta: dict, pipeline: Pipeline, fresh: bool) -> list:
    """The group's articles after the per-article stages, cached under bench/out (ignored by
    git) so that a change to fusing alone is measured without parsing again."""
    OUT.mkdir(parents=True, exist_ok=True)
    cache = OUT / f"{name}.articles.json"
    if cache.exists() and not fresh:
        return [Article.from_dict(d) for d in json.loads(cache.read_text(encoding="utf-8"))]
    path = OUT / f"{name}.jsonl"
    path.write_text(group_jsonl(stems, meta), encoding="utf-8")
    items = list(read_json_lines(path.read_text(encoding="utf-8"), str(path)))
    articles = list(pipeline.pipe(items, jobs=1))
    cache.write_text(json.dumps([a.to_dict() for a in articles]), encoding="utf-8")
    return articles


def unit_key(statement) -> tuple:
    """(article id, char_start, char_end) of a statement's first part."""
    first = statement.parts[0].content
    return (statement.article.id, first.start, first.end)


def surname(name) -> str:
    return name.split()[-1].lower() if name else ""


def candidates(found: list) -> list:
    """Cross-article statement pairs worth judging: one speaker named alike in both (any
    wording: a paraphrase may share no word), or speakers that may agree (one unknown) and
    some shared wording (two content words, or a fuzzy token-set ratio of 60)."""
    pairs = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a.article.id == b.article.id:
                continue
            if a.speaker and b.speaker:
                if surname(a.speaker) == surname(b.speaker):
                    pairs.append((a, b))
                continue
            if len(a.words & b.words) >= 2 or fuzz.token_set_ratio(a.text, b.text) >= 60:
                pairs.append((a, b))
    return pairs


def read_tsv(path: Path) -> list:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


def pair_key(a: tuple, b: tuple) -> tuple:
    return tuple(sorted([a, b]))


def evaluate_group(name: str, articles: list, pipeline: Pipeline, verdicts: dict,
                   speakers: dict, dump: bool) -> dict:
    """Counts of one group: judged pairs merged or not, right or wrong; speakers of merged quotes."""
    dossier = pipeline.fuse(articles)
    found = statements(articles)
    cluster_of = {}
    for quote in dossier.quotes:
        for source in quote.sources:
            cluster_of[(source["article"], source["char_start"], source["char_end"])] = quote.id
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "unjudged": 0, "unjudged_merged": 0,
              "spk_ok": 0, "spk_all": 0, "multi": 0, "with_event": 0}
    by_key = {unit_key(s): s for s in found}
    stems = {a.id for a in articles}

    def merged(ka: tuple, kb: tuple) -> bool:
        return cluster_of.get(ka) is not None and cluster_of.get(ka) == cluster_of.get(kb)

    # every judged pair whose two statements are still found, candidate now or not
    for (ka, kb), same in verdicts.items():
        if ka[0] in stems and ka in by_key and kb in by_key:
            counts[("tp" if merged(ka, kb) else "fn") if same else
                   ("fp" if merged(ka, kb) else "tn")] += 1
    seen = set()
    for a, b in candidates(found) + _merged_pairs(found, cluster_of):
        key = pair_key(unit_key(a), unit_key(b))
        if key in seen or key in verdicts:
            continue
        seen.add(key)
        counts["unjudged"] += 1
        counts["unjudged_merged"] += merged(*key)
        if dump:
            _show(name, a, b, merged(*key))
    for quote in dossier.quotes:
        members = {(s["article"], s["char_start"], s["char_end"]) for s in quote.sources}
        if len({m[0] for m in members}) < 2:
            continue
        counts["multi"] += 1
        counts["with_event"] += quote.event is not None
        truths = {speakers[m] for m in members if m in speakers}
        if not truths:
            continue
        counts["spk_all"] += 1  # right only when every judged member has that speaker
        counts["spk_ok"] += truths == {surname(quote.speaker)}
    return counts


def _merged_pairs(found: list, cluster_of: dict) -> list:
    pairs = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a.article.id != b.article.id and cluster_of.get(unit_key(a)) is not None \
                    and cluster_of.get(unit_key(a)) == cluster_of.get(unit_key(b)):
                pairs.append((a, b))
    return pairs


def _show(name: str, a, b, merged: bool) -> None:
    ka, kb = unit_key(a), unit_key(b)
    print(f"\n## {name} merged={int(merged)}\n{ka[0]}\t{ka[1]}\t{ka[2]}\t{kb[0]}\t{kb[1]}\t{kb[2]}")
    for label, s in (("A", a), ("B", b)):
        lo, hi = s.article.sentences[s.parts[0].sentence] if s.parts[0].sentence is not None \
            else (s.parts[0].content.start, s.parts[0].content.end)
        print(f"  {label} [{s.speaker}] {s.text[:300]}\n     | {s.article.text[lo:hi][:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=["dev", "unseen"], default="dev")
    parser.add_argument("--dump", action="store_true", help="print unjudged candidate pairs")
    parser.add_argument("--fresh", action="store_true", help="parse again (quotes/* changed)")
    args = parser.parse_args()
    meta = metadata()
    pipeline = Pipeline(Config())
    verdicts = {pair_key((r[1], int(r[2]), int(r[3])), (r[4], int(r[5]), int(r[6]))):
                r[7] == "same" for r in read_tsv(PAIRS_TSV) if r[0] == args.half}
    speakers = {(r[0], int(r[1]), int(r[2])): r[3].lower() for r in read_tsv(SPEAKERS_TSV)}
    total: dict = {}
    for name, stems in GROUPS[args.half].items():
        articles = annotated(name, stems, meta, pipeline, args.fresh)
        counts = evaluate_group(name, articles, pipeline, verdicts, speakers, args.dump)
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    report(args.half, total)


def report(half: str, c: dict) -> None:
    merged = c["tp"] + c["fp"]
    same = c["tp"] + c["fn"]
    p = 100 * c["tp"] / merged if merged else 0.0
    r = 100 * c["tp"] / same if same else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"quote matching, {half} half: {sum(c[k] for k in ('tp', 'fp', 'fn', 'tn'))} judged pairs "
          f"({same} same); unjudged candidate pairs {c['unjudged']}, of them merged {c['unjudged_merged']}")
    print(f"pairwise precision {p:.1f}  recall {r:.1f}  F1 {f:.1f}   (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
    acc = 100 * c["spk_ok"] / c["spk_all"] if c["spk_all"] else 0.0
    print(f"speaker accuracy of merged multi-article quotes {acc:.1f} ({c['spk_ok']}/{c['spk_all']}); "
          f"linked to an event {c['with_event']}/{c['multi']}")


if __name__ == "__main__":
    main()
