"""Language identification as the clean stage does it (storyline/language.py), beside py3langid alone.

    python bench/language.py

Two parts, read from ../shared/bench:
- English news with a known language: the PolNeAR train texts and the TempEval-3 (TBAQ) documents. The figure is
  the share called English (an English article called anything else would lose every analysis), and how many were
  told by the function-word test alone (no model loaded).
- Real web pages of many languages: the htmldate-mediacloud2020 pages, their article text extracted as `storyline
  ingest` does. No gold labels exist, so the figure is agreement with py3langid run alone on the same text (the
  baseline), and the languages found.
Timing: milliseconds per text for our decision and for py3langid alone, in the same run (model loading excluded).
"""
from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.ingest.html import NoArticleError, html_to_article  # noqa: E402
from storyline.language import _identifier, detect_language  # noqa: E402

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
TAG = re.compile(r"<[^>]+>")


def english_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((BENCH / "polnear" / "train" / "text").glob("*.txt"))]
    for path in sorted((BENCH / "tempeval3").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(TAG.sub("", body))
    return texts


def web_texts() -> list[str]:
    texts = []
    for path in sorted((BENCH / "htmldate-mediacloud2020" / "test_set").glob("*.html")):
        try:
            texts.append(html_to_article(path.read_bytes(), str(path)).text)
        except NoArticleError:
            continue
    return texts


def timed(fn, texts: list[str]) -> tuple[list, float]:
    started = time.perf_counter()
    out = [fn(t) for t in texts]
    return out, (time.perf_counter() - started) * 1000 / max(len(texts), 1)


def main() -> None:
    identifier = _identifier()  # load once, outside the timings
    alone = lambda text: identifier.classify(text[:4000])[0]  # noqa: E731

    english = english_texts()
    ours, ms = timed(detect_language, english)
    base, base_ms = timed(alone, english)
    called_en = sum(code == "en" for code, _ in ours)
    by_words = sum(how == "words" for _, how in ours)
    print(f"English news ({len(english)} PolNeAR train + TBAQ texts): storyline calls {called_en / len(english):.1%} "
          f"English ({by_words} by function words alone), {ms:.2f} ms/text; "
          f"py3langid alone {sum(c == 'en' for c in base) / len(english):.1%}, {base_ms:.2f} ms/text")

    web = web_texts()
    ours, ms = timed(detect_language, web)
    base, base_ms = timed(alone, web)
    agree = sum(code == b for (code, _), b in zip(ours, base))
    print(f"web pages ({len(web)} htmldate-mediacloud2020 articles): agreement with py3langid alone "
          f"{agree}/{len(web)} ({agree / len(web):.1%}); storyline {ms:.2f} ms/text, py3langid alone {base_ms:.2f}")
    print("  languages (storyline):", dict(Counter(code for code, _ in ours).most_common()))
    for (code, how), b, text in zip(ours, base, web):
        if code != b:
            print(f"  differs: storyline {code} ({how}), py3langid {b}: {text[:80]!r}")


if __name__ == "__main__":
    main()
