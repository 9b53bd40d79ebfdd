"""Build the benchmark corpus: >= 2,000 real news articles of 400-900 words, as JSON lines.

The text is read at run time from the public benchmark data in ../shared/bench (train and dev
parts only) and never copied into the repository; the result is cached under bench/out/
(git-ignored). Sources, in order of preference:

- PolNeAR raw articles (train + dev; publisher and date from metadata.tsv),
- ECB+ documents (token XML turned back into text),
- TempEval-3 TBAQ-cleaned ``.tml`` files (the TEXT element; the DCT as publication date),
- htmldate-mediacloud2020 HTML pages, English ones only, body text via trafilatura.

Articles longer than 900 words are cut at paragraph boundaries into consecutive parts of
400-900 words (each part is still contiguous real text). If that falls short of the target,
the corpus is topped up by joining paragraphs of different short real articles from the
same source (seeded, so deterministic).

Usage::

    python bench/corpus.py                  # build (or reuse) bench/out/corpus.jsonl, print counts
    python bench/corpus.py --articles 3000 --rebuild
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator, Optional
from xml.etree import ElementTree

BENCH_DATA = Path(__file__).resolve().parents[2] / "shared" / "bench"
OUT_DIR = Path(__file__).resolve().parent / "out"
CORPUS_PATH = OUT_DIR / "corpus.jsonl"
VERSION = 3  # bump when the way articles are made changes, so caches are rebuilt
MIN_WORDS, MAX_WORDS = 400, 900
DEFAULT_ARTICLES = 2000
SEED = 20240314

# TimeBank/AQUAINT document ids start with the wire or broadcaster they came from
TML_OUTLETS = {"ABC": "ABC News", "APW": "Associated Press", "AP": "Associated Press",
               "CNN": "CNN", "NYT": "New York Times", "PRI": "Public Radio International",
               "VOA": "Voice of America", "wsj": "Wall Street Journal", "ea": "Associated Press",
               "ed": "Associated Press", "XIE": "Xinhua", "NBC": "NBC News"}


def word_count(text: str) -> int:
    return len(text.split())


def paragraphs_of(text: str) -> list[str]:
    """Non-empty paragraphs (blank-line separated; single lines when there are no blank lines)."""
    text = text.replace("\r\n", "\n").strip()
    parts = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    return [re.sub(r"[ \t]+", " ", p).strip() for p in parts if p.strip()]


def cut_to_length(paragraphs: list[str]) -> list[list[str]]:
    """Consecutive runs of paragraphs of MIN_WORDS-MAX_WORDS words; leftovers too short are dropped.

    paragraphs (list[str]): one article's paragraphs, in order.
    """
    runs, current, words = [], [], 0
    for para in paragraphs:
        n = word_count(para)
        if current and words + n > MAX_WORDS:
            if words >= MIN_WORDS:
                runs.append(current)
            current, words = [], 0
        if n > MAX_WORDS:  # a single giant paragraph (a transcript): not article-like, skip it
            continue
        current.append(para)
        words += n
    if words >= MIN_WORDS:
        runs.append(current)
    return runs


# ---- readers: each yields plain dicts {source, key, title, outlet, published, paragraphs} --


def read_polnear() -> Iterator[dict]:
    """PolNeAR train and dev articles with their metadata (never the test split)."""
    root = BENCH_DATA / "polnear"
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    for split in ("train", "dev"):
        for path in sorted((root / split / "text").glob("*.txt")):
            row = meta.get(path.stem, {})
            if row.get("compartment") not in (None, split):
                continue
            paras = paragraphs_of(path.read_text(encoding="utf-8", errors="replace"))
            title = row.get("title") or (paras[0] if paras else "")
            if paras and _same_words(paras[0], title):
                paras = paras[1:]  # the first line repeats the headline
            yield {"source": "polnear", "key": path.stem, "title": title,
                   "outlet": row.get("publisher"), "published": row.get("publication_date"),
                   "paragraphs": paras}


def _same_words(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()
    return bool(b) and norm(a) == norm(b)


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")  # ECB+ splits "anti-piracy" into three tokens


def detokenize(tokens: list[str]) -> str:
    """Tokens of one sentence back into text (PTB quote marks become straight quotes)."""
    text = " ".join("\"" if t in ("``", "''") else t for t in tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    text = _HYPHEN.sub("-", text)
    text = re.sub(r"(?<=\d): (?=\d\d)", ":", text)  # "1: 00 am" -> "1:00 am"
    # a quote mark hugs the word after an opening quote and before a closing one, alternately
    out, opening = [], True
    for piece in re.split(r'( ?" ?)', text):
        if piece.strip() == '"':
            out.append(' "' if opening else '"' + (" " if piece.endswith(" ") else ""))
            opening = not opening
        else:
            out.append(piece)
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def read_ecbplus() -> Iterator[dict]:
    """ECB+ documents (topics present here are train/dev only), three sentences a paragraph."""
    for path in sorted(glob.glob(str(BENCH_DATA / "ecbplus" / "ECB+" / "*" / "*.xml"))):
        root = ElementTree.parse(path).getroot()
        sentences: dict[int, list[str]] = {}
        for tok in root.iter("token"):
            sentences.setdefault(int(tok.get("sentence", 0)), []).append(tok.text or "")
        texts = [detokenize(sentences[k]) for k in sorted(sentences)]
        if len(texts) < 2:
            continue
        if texts[0].startswith("http"):  # the "ecbplus" half starts with the page's URL
            texts = texts[1:]
        title = " ".join(texts[0].split()[:12])
        paras = [" ".join(texts[i:i + 3]) for i in range(0, len(texts), 3)]
        yield {"source": "ecbplus", "key": Path(path).stem, "group": Path(path).parent.name,
               "title": title, "outlet": None, "published": None, "paragraphs": paras}


def read_tempeval() -> Iterator[dict]:
    """TempEval-3 TBAQ-cleaned training documents (TimeBank + AQUAINT)."""
    root = BENCH_DATA / "tempeval3" / "Training" / "TBAQ-cleaned"
    for path in sorted(list(root.glob("TimeBank/*.tml")) + list(root.glob("AQUAINT/*.tml"))):
        doc = ElementTree.parse(path).getroot()
        text_el, dct = doc.find("TEXT"), doc.find("DCT/TIMEX3")
        if text_el is None:
            continue
        raw = "".join(text_el.itertext()).replace("``", '"').replace("''", '"')
        paras = paragraphs_of(raw)
        prefix = re.match(r"[A-Za-z]+", path.stem)
        lead = next((p for p in paras if word_count(p) > 8), "")
        yield {"source": "tempeval3", "key": path.stem, "title": " ".join(lead.split()[:12]),
               "outlet": TML_OUTLETS.get(prefix.group(0) if prefix else "", None),
               "published": dct.get("value") if dct is not None else None,
               "paragraphs": paras}


def read_htmldate() -> Iterator[dict]:
    """English pages of the htmldate MediaCloud set, body text extracted by trafilatura."""
    import trafilatura

    root = BENCH_DATA / "htmldate-mediacloud2020"
    labels = json.loads((root / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    for url, label in sorted(labels.items()):
        path = root / "test_set" / label["file"]
        if not path.exists():
            continue
        doc = trafilatura.bare_extraction(path.read_text(encoding="utf-8", errors="replace"),
                                          url=url, with_metadata=True)
        if doc is None or not doc.text or not looks_english(doc.text):
            continue
        date = label.get("date")
        yield {"source": "htmldate", "key": Path(label["file"]).stem, "title": doc.title or "",
               "outlet": doc.sitename or re.sub(r"^https?://(www\.)?([^/]+).*", r"\2", url),
               "published": date if isinstance(date, str) else None,
               "paragraphs": paragraphs_of(doc.text)}


_ENGLISH = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "was", "on", "said", "with"}


def looks_english(text: str) -> bool:
    """True when common English function words make up a good share of the words."""
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) > 50 and sum(w in _ENGLISH for w in words) / len(words) > 0.12


READERS = {"polnear": read_polnear, "ecbplus": read_ecbplus,
           "tempeval3": read_tempeval, "htmldate": read_htmldate}


# ---- assembling the corpus ------------------------------------------------------------


def _record(doc: dict, paragraphs: list[str], part: int, made_by: str) -> dict:
    title = doc["title"] if part == 0 else f"{doc['title']} (part {part + 1})"
    return {"id": f"{doc['source']}-{doc['key']}-{part}", "title": title, "outlet": doc["outlet"],
            "published": doc["published"], "text": "\n\n".join(paragraphs),
            "source": doc["source"], "made_by": made_by}


def real_articles(docs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(articles of 400-900 words cut from real documents, documents too short to use alone)."""
    articles, short = [], []
    for doc in docs:
        runs = cut_to_length(doc["paragraphs"])
        if not runs and 0 < word_count(" ".join(doc["paragraphs"])) < MIN_WORDS:
            short.append(doc)
        made_by = "whole" if len(runs) == 1 and runs[0] == doc["paragraphs"] else "cut"
        articles.extend(_record(doc, run, i, made_by) for i, run in enumerate(runs))
    return articles, short


def _group(doc: dict) -> str:
    """Documents whose paragraphs may be joined: same ECB+ topic, else same outlet and source,
    so a recombined article stays on one subject or at least in one house style."""
    return f"{doc['source']}/{doc.get('group') or doc.get('outlet') or ''}"


def recombined_articles(short: list[dict], needed: int, rng: random.Random) -> list[dict]:
    """``needed`` articles made by following one short article with paragraphs of others
    from the same group (see ``_group``), until it has 400-900 words. Each short article leads in turn
    (shuffled), so sources contribute in proportion to how many short articles they have.

    short (list[dict]): documents under 400 words; rng (random.Random): seeded generator.
    """
    by_group: dict[str, list[dict]] = {}
    for doc in short:
        by_group.setdefault(_group(doc), []).append(doc)
    leads = [doc for doc in short if len(by_group[_group(doc)]) > 1]
    rng.shuffle(leads)
    made = []
    for attempt in range(needed * 3 if leads else 0):
        if len(made) >= needed:
            break
        lead = leads[attempt % len(leads)]
        donors = by_group[_group(lead)]
        paras = list(lead["paragraphs"])
        while word_count(" ".join(paras)) < MIN_WORDS:
            donor = donors[rng.randrange(len(donors))]
            if donor is lead or not donor["paragraphs"]:
                continue
            start = rng.randrange(len(donor["paragraphs"]))
            paras.extend(donor["paragraphs"][start:start + 2])
        if word_count(" ".join(paras)) <= MAX_WORDS:
            record = _record(lead, paras, 0, "recombined")
            record["id"] = f"{lead['source']}-mix{len(made):05d}"
            made.append(record)
    return made


def build_corpus(target: int = DEFAULT_ARTICLES, path: Path = CORPUS_PATH) -> dict:
    """Build the corpus file with at least ``target`` articles; returns counts by source and kind.

    target (int): how many articles at least; path (Path): the JSON-lines file to write.
    """
    docs = [doc for name in READERS for doc in READERS[name]()]
    articles, short = real_articles(docs)
    rng = random.Random(SEED)
    if len(articles) < target:
        articles += recombined_articles(short, target - len(articles), rng)
    rng.shuffle(articles)  # so that the first N articles mix every source
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for record in articles:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict = {"version": VERSION, "target": target, "articles": len(articles)}
    for record in articles:
        key = f"{record['source']}/{record['made_by']}"
        counts[key] = counts.get(key, 0) + 1
    path.with_suffix(".meta.json").write_text(json.dumps(counts, indent=1), encoding="utf-8")
    return counts


def cached_counts(path: Path = CORPUS_PATH) -> Optional[dict]:
    """The counts of the cached corpus, or None when there is none from this VERSION."""
    meta = path.with_suffix(".meta.json")
    if not (path.exists() and meta.exists()):
        return None
    counts = json.loads(meta.read_text(encoding="utf-8"))
    return counts if counts.get("version") == VERSION else None


def load_corpus(n: int = DEFAULT_ARTICLES, path: Path = CORPUS_PATH) -> list[dict]:
    """The first ``n`` corpus records (built first if missing, stale or too small)."""
    counts = cached_counts(path)
    if counts is None or counts["articles"] < n:
        build_corpus(max(n, DEFAULT_ARTICLES), path)
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if len(records) >= n:
                break
            records.append(json.loads(line))
    return records


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="at least this many")
    parser.add_argument("--out", type=Path, default=CORPUS_PATH)
    parser.add_argument("--rebuild", action="store_true", help="ignore the cache")
    args = parser.parse_args(argv)
    counts = None if args.rebuild else cached_counts(args.out)
    if counts is None or counts["articles"] < args.articles:
        counts = build_corpus(args.articles, args.out)
    words = [word_count(r["text"]) for r in load_corpus(counts["articles"], args.out)]
    print(json.dumps(counts, indent=1))
    print(f"corpus={args.out} articles={len(words)} words_min={min(words)} words_max={max(words)} "
          f"words_mean={sum(words) / len(words):.0f} (target >= {args.articles}, {MIN_WORDS}-{MAX_WORDS} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
