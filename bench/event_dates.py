"""Event dates on unseen news: SemEval-2015 Task 4 TimeLine (WikiNews), gold entity timelines.

    python bench/event_dates.py [--part trial|corpus_1|dev] [--errors N [--source S]] [--limit N]
    python bench/event_dates.py --held-out      # corpus_2 and corpus_3: once, at the end
    python bench/event_dates.py --part dev --calibration   # how sure vs how often right,
                                                           # with TimeBank-Dense (bench/event_dates_dense.py)

With ``--calibration``: the share of dated resolver readings right per bin of their
``confidence`` (:func:`storyline.time.fallback.date_confidence`), a date where the gold
knows none counted as not right, then per origin; and the same for the merged timeline's
``date_confidence`` at the gold mentions it holds. Dev parts only choose the factors.

Each corpus's documents (CAT XML tokens, rebuilt into text; title, then the date line,
then the body) go through the product path as one corpus: the per-article stages, then
the corpus stages (``Pipeline.pipe`` then ``Pipeline.fuse``, the calls
:func:`storyline.annotate.annotate_corpus` makes), and each gold event mention is looked
up among our events at its token. Three settings:

- ``dct``: the document creation time (DCT) is given as the publication date;
- ``mixed``: the DCT of every other document (by id) is withheld and its date line
  removed from the text; only those documents are scored: the text and corpus
  anchoring (``storyline.time.corpus``) from their dated neighbours must date them;
- ``no-dct``: every DCT withheld: only the text can date anything.

Scored per setting, over gold mentions with a known date (day, month or year) that we
have an event for: the share we date right at the gold's granularity, the share given
a date consistent with the gold but vaguer (gold day, ours month), the share dated
wrong, the share undated; and, over gold mentions dated XXXX-XX-XX (no date known),
how often we give a date anyway. Three readings: our date resolver
(:func:`storyline.time.resolve_event_date`, what the events stage calls) at every gold
mention's token, whatever our extractor found there ("resolver": dating apart from
extraction; a mention in the headline, which is no sentence of ours, is dated by the
headline's reading (:mod:`storyline.time.fallback`) and counted apart too); the
article's own events after the corpus stages ("events"); and the merged timeline's
record holding the mention ("timeline"). The resolver reading is also split by where
its date came from (its own timex, its sentence's, the lead's day, the publication
date by tense or headline), to show how often each fallback is right. Beside them the
baseline every event dataset uses, "each event gets its article's publication date"
(the DCT, in every setting), over the same mentions and over all gold mentions. Coverage (gold mentions with an event of ours at their
token) is reported apart. Parts: trial (Apple, 30 docs) and corpus_1 (Airbus/Boeing,
30 docs) are looked at while developing; corpus_2 (GM/Chrysler/Ford) and corpus_3
(stock markets) are held out: measured once, errors never printed.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "semeval2015-task4-timeline"
PARTS = {
    "trial": (DATA / "Corpus-trial-data_task4", DATA / "TimeLines_trial_data_task4_v1.2"),
    **{f"corpus_{n}": (DATA / "SemEval_Task4_data" / f"corpus_{n}" / "corpus_trackA_CAT",
                       DATA / "SemEval_Task4_data" / f"corpus_{n}" / "TimeLines_Gold_Standard")
       for n in (1, 2, 3)},
}
HELD_OUT = ("corpus_2", "corpus_3")
SHOW_SOURCE = ""  # --source: print only errors whose date came from this source

# no space before these tokens, none after the opening ones
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "$", "#"}


def read_cat(path: Path) -> dict:
    """{"id", "dct", "tokens": [(sentence, word)]} of one CAT document."""
    root = ET.parse(path).getroot()
    tokens = [(int(t.get("sentence")), int(t.get("t_id")), t.text or "") for t in root.iter("token")]
    tokens.sort(key=lambda t: t[1])
    dct, dct_ids = None, set()
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            dct_ids = {int(a.get("t_id")) for a in timex.iter("token_anchor")}
    return {"id": root.get("doc_id"), "dct": dct, "tokens": tokens, "dct_ids": dct_ids}


def build_text(doc: dict, with_dct: bool) -> tuple[str, dict]:
    """(text, {(sentence, token index in sentence): (start, end)}). The title (sentence 0)
    and the date line are lines of their own; the date line is left out without the DCT."""
    dct_sentences = {s for s, t, _ in doc["tokens"] if t in doc["dct_ids"]}
    parts, offsets, length = [], {}, 0
    previous_sentence, previous_word, quote_open = None, None, False
    position = Counter()
    for sentence, _tid, word in doc["tokens"]:
        index = position[sentence]
        position[sentence] += 1
        if not with_dct and sentence in dct_sentences:
            continue
        if previous_sentence is None:
            sep = ""
        elif sentence != previous_sentence and (previous_sentence == 0 or previous_sentence in dct_sentences):
            sep = "\n\n"
        elif word == '"':
            sep = "" if quote_open else " "
        elif word in _NO_SPACE_BEFORE or previous_word in _NO_SPACE_AFTER or \
                previous_word == '"' and quote_open:
            sep = ""
        else:
            sep = " "
        if word == '"':
            quote_open = not quote_open
        parts.append(sep)
        length += len(sep)
        offsets[(sentence, index)] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous_sentence, previous_word = sentence, word
    return "".join(parts), offsets


def read_gold(folder: Path) -> dict:
    """{(doc id, sentence, word): date} from every timeline file (a mention in several
    entities' timelines is counted once)."""
    gold = {}
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            if len(fields) < 3:
                continue
            for mention in fields[2:]:
                m = re.match(r"(\d+)-(\d+)-(.+)$", mention.strip())
                if m:
                    gold.setdefault((m.group(1), int(m.group(2)), m.group(3)), fields[1].strip())
    return gold


def gold_granularity(value: str) -> tuple[str | None, str | None]:
    """(the known part of a gold date, its granularity): "2005-01-XX" -> ("2005-01", "month")."""
    parts = [p for p in value.split("-") if p and "X" not in p]
    if not parts or "X" in value.split("-")[0]:
        return None, None
    known = "-".join(parts)
    return known, {1: "year", 2: "month", 3: "day"}[len(parts)]


def judge(gold: str, ours: str | None) -> str:
    """right | vaguer | wrong | undated for one mention with a known gold date."""
    known, _granularity = gold_granularity(gold)
    if not ours:
        return "undated"
    if ours.startswith(known):
        return "right"
    if known.startswith(ours):
        return "vaguer"
    return "wrong"


def load_part(part: str, limit: int = 0) -> tuple[list[dict], dict]:
    docs_folder, gold_folder = PARTS[part]
    docs = [read_cat(p) for p in sorted(docs_folder.glob("*.xml"))]
    return (docs[:limit] if limit else docs), read_gold(gold_folder)


def withheld(docs: list[dict], setting: str) -> set:
    """Ids of the documents whose DCT the setting withholds: none ("dct"), all ("no-dct"),
    or every other one by id ("mixed": what corpus anchoring meets in a real feed)."""
    ids = sorted(d["id"] for d in docs)
    if setting == "dct":
        return set()
    return set(ids) if setting == "no-dct" else set(ids[1::2])


def run_setting(docs: list[dict], hidden: set):
    """Annotate and fuse the documents, the DCT of those in ``hidden`` withheld (and their
    date line removed); returns (articles after fuse, dossier, offsets per doc)."""
    from storyline.config import Config
    from storyline.model import Article
    from storyline.pipeline import Pipeline

    articles, offsets = [], {}
    for doc in docs:
        with_dct = doc["id"] not in hidden
        text, offsets[doc["id"]] = build_text(doc, with_dct)
        articles.append(Article(id=doc["id"], text=text, published=doc["dct"] if with_dct else None,
                                published_source="metadata" if with_dct else None))
    pipeline = Pipeline(Config())
    done = list(pipeline.pipe(articles))
    dossier = pipeline.fuse(done)
    # the parse never leaves the per-article stages; the resolver reading needs it again
    list(dict(pipeline.stages)["nlp"].pipe(done))
    return done, dossier, offsets


def token_span(doc: dict, offsets: dict, sentence: int, word: str):
    """(start, end) of the first token ``word`` of ``sentence`` in the built text, or None."""
    index, word = 0, word.split("_")[0]  # "took_off": the first word
    for s, _tid, w in doc["tokens"]:
        if s != sentence:
            continue
        if w == word or w.lower() == word.lower():
            return offsets.get((sentence, index))
        index += 1
    return None


def lookups(done: list, dossier) -> tuple[dict, dict, dict]:
    """(article id -> [(start, end, date)] of its events, (article id, start) -> timeline date,
    (article id, start) -> the timeline date's confidence)."""
    events = {a.id: [(e.trigger.start, e.trigger.end, e.date, e) for e in a.events] for a in done}
    merged, sure = {}, {}
    for record in dossier.timeline:
        for source in record.sources:
            merged[(source["article"], source["char_start"])] = record.date
            sure[(source["article"], source["char_start"])] = record.date_confidence
    return events, merged, sure


def score_part(docs: list[dict], gold: dict, setting: str, errors: int = 0) -> dict:
    """Tallies of one setting; in "mixed", only the documents whose DCT is withheld count."""
    hidden = withheld(docs, setting)
    done, dossier, offsets = run_setting(docs, hidden)
    by_id = {d["id"]: d for d in docs}
    events, merged, sure = lookups(done, dossier)
    articles = {a.id: a for a in done}
    tally = {"by_source": Counter(), "resolver": Counter(), "events": Counter(), "timeline": Counter(),
             "baseline": Counter(), "baseline_all": Counter(), "calibration": [], "timeline_calibration": [],
             "by_position": Counter()}
    shown = 0
    for (doc_id, sentence, word), value in sorted(gold.items()):
        doc = by_id.get(doc_id)
        if doc is None or setting == "mixed" and doc_id not in hidden:
            continue
        span = token_span(doc, offsets[doc_id], sentence, word)
        known, _ = gold_granularity(value)
        baseline = judge(value, doc["dct"]) if known else "given"
        tally["baseline_all"][baseline if known else "unknown_given"] += 1
        tally["baseline_all"]["gold"] += 1
        resolution = resolve_at(articles[doc_id], span)
        resolved = resolution["date"] if resolution else None
        if errors and shown < errors and span is not None and (
                known and judge(value, resolved) != "right" or not known and resolved) and \
                (not SHOW_SOURCE or _source_of(resolution).startswith(SHOW_SOURCE)):
            shown += 1  # misdated, or dated where the gold knows no date (XXXX)
            _show(articles[doc_id], span, value, resolution)
        if known and span is not None:
            tally["resolver"][judge(value, resolved)] += 1
            tally["by_source"][(_source_of(resolution), judge(value, resolved))] += 1
            tally["resolver"]["headline"] += articles[doc_id].sentence_index(span[0]) is None
            tally["by_position"][(_source_of(resolution), _position(articles[doc_id], span),
                                  judge(value, resolved))] += 1
            if resolved:
                tally["calibration"].append((resolution["confidence"], judge(value, resolved),
                                             _source_of(resolution), articles[doc_id].published_source))
        elif span is not None:
            tally["resolver"]["unknown_dated" if resolved else "unknown_undated"] += 1
            if resolved:  # a date where the annotators found none is no right one
                tally["calibration"].append((resolution["confidence"], "unknown",
                                             _source_of(resolution), articles[doc_id].published_source))
        hit = None if span is None else next(
            (e for e in events[doc_id] if e[0] < span[1] and span[0] < e[1]), None)
        if hit is None:
            tally["events"]["no_event"] += 1
            continue
        ours, record_date = hit[2], merged.get((doc_id, hit[0]), hit[2])
        if record_date and (doc_id, hit[0]) in sure:
            tally["timeline_calibration"].append((sure[(doc_id, hit[0])],
                                                  judge(value, record_date) if known else "unknown",
                                                  "timeline", articles[doc_id].published_source))
        for name, date in (("events", ours), ("timeline", record_date), ("baseline", doc["dct"])):
            if known:
                tally[name][judge(value, date)] += 1
            else:
                tally[name]["unknown_dated" if date else "unknown_undated"] += 1
    scored = [a for a in done if setting != "mixed" or a.id in hidden]
    tally["published"] = Counter(a.published_source or "none" for a in scored)
    tally["published_right"] = Counter(
        "right" if a.published and by_id[a.id]["dct"].startswith(a.published[:10])
        else "wrong" if a.published else "none" for a in scored)
    return tally


def resolve_at(article, span) -> dict | None:
    """The date our resolver (what the events stage calls) gives an event at ``span``,
    whatever the extractor found: dating measured apart from extraction."""
    from storyline.time import resolve_event_date

    if span is None:
        return None
    # no sentence index: the headline (or other furniture), which the resolver reads by itself
    return resolve_event_date(article, article.sentence_index(span[0]), span[0])


POSITION_BANDS = ((0, "lead"), (1, "2nd"), (2, "3-4"), (4, "5-8"), (8, "9+"))


def _position(article, span) -> str:
    """Which band of body sentences (:data:`POSITION_BANDS`, the first sentence being the
    lead) holds the mention; "headline" for none."""
    index = article.sentence_index(span[0])
    if index is None:
        return "headline"
    # the title and the date line may be sentences of ours: the body (one paragraph, after
    # the last blank line build_text writes) starts at the first sentence after them
    body_start = article.text.rfind("\n\n") + 2
    first = next((i for i, (start, _end) in enumerate(article.sentences) if start >= body_start), 0)
    body = max(0, index - first)
    return [name for low, name in POSITION_BANDS if body >= low][-1]


def _source_of(resolution: dict | None) -> str:
    """Where a resolver date came from: "timex", "sentence", "narrative", "publication/past"
    (present, perfect, headline: the fallback's reading), or "none"."""
    if not resolution:
        return "none"
    source = resolution["date_source"]
    if source == "publication" or resolution.get("reading") in ("continued", "background"):
        return f"{source}/{resolution.get('reading')}"  # the tense's reading; a background sentence's
    return source


def _show(article, span, gold: str, resolution) -> None:
    index = article.sentence_index(span[0])
    start, end = article.sentences[index] if index is not None else span
    how = "" if resolution is None else f"({resolution['date_source']}, {resolution['date_text']!r})"
    print(f"--- {article.id} [{article.published} {article.published_source}] gold {gold} "
          f"ours {resolution and resolution['date']} {how} at {article.text[span[0]:span[1]]!r}")
    print("   ", article.text[start:end].replace("\n", " ")[:300])


def report(part: str, setting: str, tally: dict) -> None:
    for name in ("resolver", "events", "timeline", "baseline"):
        c = tally[name]
        known = c["right"] + c["vaguer"] + c["wrong"] + c["undated"]
        unknown = c["unknown_dated"] + c["unknown_undated"]
        pct = (lambda n, d: f"{100 * n / d:5.1f}" if d else "  -  ")
        print(f"{part:9} {setting:6} {name:9} known={known:4}  right {pct(c['right'], known)}  "
              f"vaguer {pct(c['vaguer'], known)}  wrong {pct(c['wrong'], known)}  "
              f"undated {pct(c['undated'], known)}  right of dated {pct(c['right'], known - c['undated'])}"
              f"   XXXX dated {pct(c['unknown_dated'], unknown)} of {unknown}"
              + (f"   ({c['headline']} in headlines)" if name == "resolver" else ""))
    sources = sorted({source for source, _ in tally["by_source"]})
    print(f"{part:9} {setting:6} resolver by source (right/vaguer/wrong/undated): " + ", ".join(
        f"{source} {'/'.join(str(tally['by_source'][(source, j)]) for j in ('right', 'vaguer', 'wrong', 'undated'))}"
        for source in sources))
    positions = [name for _low, name in POSITION_BANDS]
    for source in sorted({source for source, _p, _j in tally["by_position"]}):
        if source.startswith("publication/") or source == "narrative":
            print(f"{part:9} {setting:6} {source} by body sentence (right/wrong of gold-known): " + ", ".join(
                f"{p} {tally['by_position'][(source, p, 'right')]}/{tally['by_position'][(source, p, 'wrong')]}"
                for p in positions))
    b = tally["baseline_all"]
    known_all = b["right"] + b["vaguer"] + b["wrong"]
    covered = b["gold"] - tally["events"]["no_event"]
    print(f"{part:9} {setting:6} coverage {covered}/{b['gold']} gold mentions have an event of ours "
          f"({100 * covered / max(1, b['gold']):.1f}%); baseline over all {known_all} dated gold mentions: "
          f"right {100 * b['right'] / max(1, known_all):.1f}%, wrong {100 * b['wrong'] / max(1, known_all):.1f}%"
          f" (every one dated)")
    print(f"{part:9} {setting:6} publication dates: {dict(tally['published'])} "
          f"against the DCT: {dict(tally['published_right'])}")


CONFIDENCE_BINS = (0.0, 0.3, 0.5, 0.7, 0.9, 1.01)


def report_calibration(label: str, rows: list) -> None:
    """Share of dated resolver readings right (at the gold's granularity) per bin of the
    date's confidence: over all dated readings (a date where the gold knows none counts as
    not right), then over those whose gold date is known; then per origin (date source,
    how the publication date was found) with its mean confidence."""
    scored = [(c, j) for c, j, _s, _p in rows if c is not None]
    brier = sum((c - (j == "right")) ** 2 for c, j in scored) / max(1, len(scored))
    print(f"{label} calibration: Brier score {brier:.4f} over {len(scored)} dated readings "
          f"(a date where the gold knows none counted as not right)")
    print(f"{label} calibration: confidence bin -> right % of dated (of gold-known), n (gold-known)")
    for low, high in zip(CONFIDENCE_BINS, CONFIDENCE_BINS[1:]):
        judged = [j for c, j, _s, _p in rows if c is not None and low <= c < high]
        if judged:
            right, known = sum(j == "right" for j in judged), sum(j != "unknown" for j in judged)
            print(f"  [{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}  "
                  f"right {100 * right / len(judged):5.1f}% ({100 * right / max(1, known):5.1f}%)  "
                  f"n={len(judged)} ({known})")
    groups: dict = {}
    for confidence, judged, source, published in rows:
        groups.setdefault((source, published or "none"), []).append((confidence or 0.0, judged))
    for (source, published), items in sorted(groups.items()):
        right, known = sum(j == "right" for _c, j in items), sum(j != "unknown" for _c, j in items)
        mean = sum(c for c, _j in items) / len(items)
        print(f"    {source:20} published {published:9} mean confidence {mean:.2f}  right "
              f"{100 * right / len(items):5.1f}% ({100 * right / max(1, known):5.1f}%)  n={len(items)} ({known})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="dev", help="trial | corpus_1 | dev (both)")
    parser.add_argument("--held-out", action="store_true", help="corpus_2 and corpus_3, once, at the end")
    parser.add_argument("--setting", default="all", choices=("dct", "no-dct", "mixed", "all"))
    parser.add_argument("--errors", type=int, default=0, help="print this many misdated mentions, and ones dated where the gold knows no date (dev only)")
    parser.add_argument("--source", default="", help="with --errors: only dates from this source (publication/past)")
    parser.add_argument("--limit", type=int, default=0, help="first N documents of each part")
    parser.add_argument("--calibration", action="store_true",
                        help="also print the share right per bin of the dates' confidence")
    args = parser.parse_args()
    global SHOW_SOURCE
    SHOW_SOURCE = args.source
    parts = list(HELD_OUT) if args.held_out else ["trial", "corpus_1"] if args.part == "dev" else [args.part]
    if args.errors and any(p in HELD_OUT for p in parts):
        sys.exit("errors of the held-out parts are never printed")
    settings = ["dct", "mixed", "no-dct"] if args.setting == "all" else [args.setting]
    print("Beside: the baseline 'every event gets its article's publication date' (the DCT), "
          "computed here on the same mentions.")
    calibration: list = []
    merged_calibration: list = []
    for part in parts:
        docs, gold = load_part(part, args.limit)
        for setting in settings:
            began = time.time()
            tally = score_part(docs, gold, setting, args.errors)
            report(part, setting, tally)
            calibration += tally["calibration"]
            merged_calibration += tally["timeline_calibration"]
            if args.calibration:
                report_calibration(f"{part} {setting}", tally["calibration"])
            print(f"  ({time.time() - began:.0f}s)")
    if args.calibration and len(parts) * len(settings) > 1:
        report_calibration(f"{'+'.join(parts)} all settings", calibration)
        report_calibration(f"{'+'.join(parts)} all settings, merged timeline", merged_calibration)
    if args.calibration and not args.held_out and not args.limit:
        # the other development part with event dates: older, longer news whose background
        # the WikiNews parts seldom tell (bench/event_dates_dense.py); the confidences
        # (storyline/time/calibration.py) are the shares of both together
        from event_dates_dense import report_dense, score_dense

        dense, rows = score_dense()
        report_dense(dense)
        report_calibration("TimeBank-Dense", rows)
        report_calibration(f"{'+'.join(parts)} all settings + TimeBank-Dense", calibration + rows)


if __name__ == "__main__":
    main()
