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

Wider halves (dev2, unseen2): groups from PolNeAR train 0-359 and 600-839 (never used for
quote matching), each one occasion covered by three or more of Breitbart, HuffPost, NYT,
Washington Post and Western Journalism (debates, primaries, the conventions, Comey's July
statement, Biden's Scranton speech), split by date: dev2 up to 2016-04-30, unseen2 from
2016-06-01. They were judged before any change by reading every statement of a group and
marking which are one statement; each candidate pair (and each pair of marked statements)
takes its verdict from those marks. Cross-publisher same statements are rarer than hoped:
dev2 8 groups, 1399 pairs, 22 the same (one dev2 verdict was mended on re-reading the
text: an exit poll of Republican voters is not the Democratic voters' one); unseen2 6
groups, 530 pairs, 19 the same. Opinion pieces and different occasions of one campaign
share speakers, not statements.

A second line scores the matcher alone: each group's articles put in one story, so that a
same pair split by story grouping (fuse/stories.py, which no quote rule decides) does not
count against matching.

Judged: dev 8 groups, 378 pairs (16 the same statement; most of them between two versions
of one USA Today story, one across publishers); unseen 6 groups, 238 pairs (4 the same: one
FBI director's statement as Politico and USA Today quoted it). Pairs were judged before any
change. The statements of one group are merged only within one story (fuse/stories.py), so
a same pair whose articles fall in two stories cannot be merged (the one dev miss).

Recall pass (issue 6), read on dev and dev2 only: of the 14 judged-same dev2 pairs missed,
10 were one debate line ("He is becoming ISIS's best recruiter"): 6 split only because one
outlet's bare "Clinton" had been resolved to the husband named a sentence before, 4 because
one outlet paraphrased it ("ISIS has used Trump in its recruitment efforts"); 3 were a
proposal quoted in other words or with no speaker ("statements made by Donald Trump calling
for"); 1 an exit-poll answer split by greedy clustering. A surname that fits two people of its article is only
that surname to matching, the author of a statement noun is its speaker, words meet in
other forms: dev2 P/R 80.0/36.4 -> 88.2/68.2 (matcher alone the same), dev unchanged
(100/93.8; alone 100/100). Left: paraphrase in other words, and exit-poll answers that say
the opposite ("does more to help" / "more to hurt than to help").

    python bench/quote_matching.py --half dev
    python bench/quote_matching.py --half dev --dump     # print unjudged candidate pairs
    python bench/quote_matching.py --half unseen          # measured once, at the end
    python bench/quote_matching.py --half dev2            # unseen2: measured once, at the end
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
from storyline.fuse.quotes import merge_quotes, statements  # noqa: E402
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
    # Wider halves from ranges no quote rule was tuned for matching (0-359, 600-839): each
    # group one occasion covered by three or more publishers; split by date (dev2 up to
    # 2016-04-30, unseen2 from 2016-06-01), no article in both.
    "dev2": {
        "paris_debate": ["wash-post_2015-11-15_carnage-renews-debate-over-milit",
                         "wash-post_2015-11-16_clinton-s-claim-that-percent-of-",
                         "wash-post_2015-11-16_clinton-s-missteps-at-debate-arm",
                         "nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c",
                         "nyt_2015-11-18_paris-attacks-test-clinton-s-str",
                         "breitbart_2015-11-19_hillary-clinton-calls-on-u-s-to-"],
        "dec_debate": ["nyt_2015-12-19_putin-chides-turkey-and-praises-",
                       "nyt_2015-12-22_trump-says-praise-from-putin-hel",
                       "huff-post_2015-12-20_hillary-clinton-s-claim-that-don",
                       "west-journal_2015-12-21_revealed-what-isis-propaganda-vi",
                       "wash-post_2015-12-20_democratic-candidates-pivot-shar"],
        "muslim_ban": ["breitbart_2015-12-07_clinton-camp-trump-s-islamaphobi",
                       "west-journal_2015-12-07_immediately-after-obama-s-terror",
                       "wash-post_2015-12-10_netanyahu-rejects-trump-s-remark",
                       "huff-post_2015-12-10_hillary-clinton-under-pressure-t"],
        "nh_primary": ["breitbart_2016-02-07_after-rubio-stumbles-rivals-see-",
                       "huff-post_2016-02-07_the-latest-gop-debate-kicked-off",
                       "nyt_2016-02-09_rubio-is-tested-as-republican-ri",
                       "wash-post_2016-02-09_barbs-and-pleas-before-n-h-vote"],
        "march10_debate": ["wash-post_2016-03-10_scrappy-debate-signals-long-grin",
                           "nyt_2016-03-12_republicans-lower-volume-in-deba",
                           "breitbart_2016-03-11_brooks-rubio-did-well-in-more-ru",
                           "huff-post_2016-03-10_trump-says-he-never-pledged-to-k",
                           "west-journal_2016-03-10_bombshell-hillary-photo-from-dur"],
        "unqualified": ["huff-post_2016-04-08_bernie-sanders-of-course-hillary",
                        "nyt_2016-04-08_tensions-flare-after-sanders-cal",
                        "breitbart_2016-04-12_bill-clinton-hillary-better-qual"],
        "march1_primaries": ["breitbart_2016-03-01_the-latest-sanders-wins-minnesot",
                             "breitbart_2016-03-02_christie-s-shell-shocked-look-st",
                             "huff-post_2016-03-01_donald-trump-is-now-being-held-u",
                             "huff-post_2016-03-02_bernie-sanders-beats-hillary-cli",
                             "west-journal_2016-03-01_one-sentence-from-trump-just-set",
                             "wash-post_2016-03-03_push-inside-gop-to-upend-trump",
                             "wash-post_2016-03-04_blistering-attacks-upend-trump-s",
                             "nyt_2016-03-04_beneath-clinton-s-wins-signs-of-"],
        "ny_primary": ["breitbart_2016-04-19_clinton-wins-democratic-presiden",
                       "huff-post_2016-04-20_hillary-clinton-gives-emotional-",
                       "huff-post_2016-04-20_hillary-clinton-won-among-wall-s",
                       "wash-post_2016-04-20_beyond-victory-clinton-faces-dee",
                       "wash-post_2016-04-21_what-s-next-for-sanders-much-res",
                       "nyt_2016-04-21_crucial-wins-for-clinton-and-tru"],
    },
    "unseen2": {
        "clinch": ["breitbart_2016-06-08_ready-to-back-clinton-obama-work",
                   "huff-post_2016-06-08_hillary-clinton-wins-south-dakot",
                   "huff-post_2016-06-09_barack-obama-s-endorsement-could",
                   "nyt_2016-06-08_durability-carries-clinton-to-he",
                   "nyt_2016-06-09_ryan-calls-trump-line-racist-but",
                   "wash-post_2016-06-09_game-over-will-sanders-come-down",
                   "wash-post_2016-06-09_party-aims-to-heal-primary-wound"],
        "orlando_june": ["wash-post_2016-06-13_responses-are-in-keeping-with-ca",
                    "west-journal_2016-06-13_trump-calls-on-obama-to-resign",
                    "wash-post_2016-06-14_trump-is-still-waging-a-primary-",
                    "nyt_2016-06-15_global-sympathy-but-very-little-",
                    "huff-post_2016-06-16_obama-families-of-gun-violence-v"],
        "comey": ["breitbart_2016-07-05_paul-ryan-fbi-decision-not-to-in",
                  "west-journal_2016-07-06_lynch-closes-the-door-on-clinton",
                  "nyt_2016-07-07_in-criticizing-clinton-hints-tha",
                  "wash-post_2016-07-13_after-review-clinton-s-emails-mi"],
        "rnc": ["west-journal_2016-07-18_nevertrump-delegates-disrupt-rnc",
                "breitbart_2016-07-19_republicans-begin-roll-call-vote",
                "breitbart_2016-07-21_trump-fever-infects-convention-f",
                "nyt_2016-07-21_amid-discord-trump-claims-nomina",
                "wash-post_2016-07-22_republican-assails-elites-as-he-"],
        "dnc": ["breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol",
                "breitbart_2016-07-27_obama-to-frame-election-as-comma",
                "huff-post_2016-07-27_guns-are-the-ultimate-public-hea",
                "wash-post_2016-07-27_bill-clinton-addresses-a-very-di",
                "west-journal_2016-07-28_obama-claims-hillary-most-qualif",
                "nyt_2016-07-29_obama-lays-out-stakes-for-a-divi"],
        "biden": ["breitbart_2016-08-15_biden-stumping-for-clinton-trash",
                  "nyt_2016-08-17_biden-calls-trump-risk-to-u-s-sa",
                  "west-journal_2016-08-18_biden-aims-insult-at-trump-slams"],
    },
}
PUBLISHERS = {"politico": "Politico", "usa-today": "USA Today", "breitbart": "Breitbart",
              "huff-post": "HuffPost", "nyt": "The New York Times", "wash-post": "The Washington Post",
              "west-journal": "Western Journalism"}


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
    cluster_of = clusters_of(dossier.quotes)
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "unjudged": 0, "unjudged_merged": 0,
              "spk_ok": 0, "spk_all": 0, "multi": 0, "with_event": 0,
              "tp1": 0, "fp1": 0, "fn1": 0, "tn1": 0}
    by_key = {unit_key(s): s for s in found}
    stems = {a.id for a in articles}

    def merged(ka: tuple, kb: tuple) -> bool:
        return cluster_of.get(ka) is not None and cluster_of.get(ka) == cluster_of.get(kb)

    # every judged pair whose two statements are still found, candidate now or not
    judged_counts(counts, verdicts, stems, by_key, cluster_of, "")
    # the matcher alone: the group's articles as one story, as if story grouping were right
    one_story = [Article.from_dict(a.to_dict()) for a in articles]
    for article in one_story:
        article.story = name
    judged_counts(counts, verdicts, stems, by_key, clusters_of(merge_quotes(one_story)), "1")
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


def clusters_of(quotes: list) -> dict:
    """(article, char_start, char_end) of each source -> id of its merged quote."""
    return {(source["article"], source["char_start"], source["char_end"]): quote.id
            for quote in quotes for source in quote.sources}


def judged_counts(counts: dict, verdicts: dict, stems: set, by_key: dict, cluster_of: dict,
                  suffix: str) -> None:
    """Adds to counts["tp"+suffix] … the judged pairs of the group merged or not."""
    for (ka, kb), same in verdicts.items():
        if ka[0] in stems and ka in by_key and kb in by_key:
            merged = cluster_of.get(ka) is not None and cluster_of.get(ka) == cluster_of.get(kb)
            counts[("tp" if merged else "fn") + suffix if same else
                   ("fp" if merged else "tn") + suffix] += 1


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
    parser.add_argument("--half", choices=list(GROUPS), default="dev")
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
    p1 = 100 * c["tp1"] / (c["tp1"] + c["fp1"]) if c["tp1"] + c["fp1"] else 0.0
    r1 = 100 * c["tp1"] / (c["tp1"] + c["fn1"]) if c["tp1"] + c["fn1"] else 0.0
    print(f"matcher alone (each group one story): precision {p1:.1f}  recall {r1:.1f}   "
          f"(tp {c['tp1']} fp {c['fp1']} fn {c['fn1']})")
    acc = 100 * c["spk_ok"] / c["spk_all"] if c["spk_all"] else 0.0
    print(f"speaker accuracy of merged multi-article quotes {acc:.1f} ({c['spk_ok']}/{c['spk_all']}); "
          f"linked to an event {c['with_event']}/{c['multi']}")


if __name__ == "__main__":
    main()
