"""Speed of cross-article entity linking (``link_entities``) on synthetic corpora.

    python bench/entity_linking_speed.py            # 500, 1,000 and 2,000 articles

Each article carries 30 resolved person mentions (60% full names "First Surname", 40%
surnames alone) drawn from 10 first names and about 400 random surnames, and 10 nominal
mentions ("the navy", "the actress"; one name in ten follows "actress ", a description
the linker reads); articles fall into 100 stories. Linking is blocked by folding key,
surname and story, so time should grow about linearly with the number of mentions; an
all-pairs comparison of the 80,000 mentions of the largest corpus would be 3.2 billion
comparisons.
Target (issue 4): 2,000 articles linked in a few seconds on one core.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storyline.entities import link_entities  # noqa: E402
from storyline.entities.kb import load_kb  # noqa: E402
from storyline.model import Article, Mention  # noqa: E402

FIRSTS = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jonas"]
# nominal mentions ("the actress", "the Indian navy"): (phrase, head, type)
NOMINALS = [("the actress", "actress", "PERSON"), ("the lawyer", "lawyer", "PERSON"),
            ("the victims", "victim", "PERSON"), ("the police", "police", "PERSON"),
            ("the navy", "navy", "ORG"), ("the Indian navy", "navy", "ORG"),
            ("the ship", "ship", "VEHICLE"), ("the city", "city", "LOC")]


def synthetic_corpus(n_articles: int, per_article: int = 30, seed: int = 7) -> list[Article]:
    """``n_articles`` Articles with resolved PERSON mentions, 100 stories."""
    rng = random.Random(seed)
    lasts = sorted({"".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title()
                    for _ in range(400)})
    articles = []
    for i in range(n_articles):
        text, mentions = "", []
        for _ in range(per_article):
            name = f"{rng.choice(FIRSTS)} {rng.choice(lasts)}"
            surface = name if rng.random() < 0.6 else name.split()[1]
            if rng.random() < 0.1:  # "actress Anna Bole": a description the linker reads
                text += "actress "
            mentions.append(Mention(start=len(text), end=len(text) + len(surface), text=surface,
                                    type="PERSON", canonical=surface, entity_type="PERSON"))
            text += surface + " said. "
        for _ in range(per_article // 3):  # a third as many nominals as names
            phrase, head, type_ = rng.choice(NOMINALS)
            surface = "actress" if head == "actress" and rng.random() < 0.5 else phrase
            mentions.append(Mention(start=len(text), end=len(text) + len(surface), text=surface,
                                    type="NOM", canonical=phrase.split(" ", 1)[1], kind="nominal",
                                    entity_type=type_, head=head))
            text += surface + " said. "
        articles.append(Article(id=f"x{i}", text=text, story=f"s{i % 100}", mentions=mentions))
    return articles


def main() -> None:
    kb = load_kb()
    print(f"{'articles':>9}{'mentions':>10}{'entities':>10}{'seconds':>9}")
    for n in (500, 1000, 2000):
        articles = synthetic_corpus(n)
        started = time.perf_counter()
        entities = link_entities(articles, kb)
        took = time.perf_counter() - started
        print(f"{n:>9}{sum(len(a.mentions) for a in articles):>10}{len(entities):>10}{took:>9.2f}")


if __name__ == "__main__":
    main()
