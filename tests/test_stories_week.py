"""The hand-judged gold of bench/stories_week.py: ids and labels only, of PolNeAR train articles
that no other story bench uses (so that it can check what those were tuned on)."""
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear"


def _gold() -> list:
    with open(ROOT / "bench" / "data" / "stories_week.tsv", encoding="utf-8") as handle:
        return [row for row in csv.reader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")]


def test_story_week_gold_holds_two_fortnights_of_polnear_train_articles_no_other_story_bench_uses():
    rows = _gold()
    with open(POLNEAR / "metadata.tsv", encoding="utf-8") as handle:
        meta = {r["filename"]: r for r in csv.DictReader(handle, delimiter="\t")}
    assert len(rows) == 87 and len({r[1] for r in rows}) == 87
    spans = {"jan": ("2016-01-08", "2016-01-23"), "iowa": ("2016-01-24", "2016-02-08")}
    for half, article, story in rows:
        assert meta[article]["compartment"] == "train"  # never PolNeAR dev
        first, last = spans[half]
        assert first <= meta[article]["publication_date"] <= last
        assert story == "-" or story.replace("_", "").isalpha()
    used = (ROOT / "bench" / "quote_matching.py").read_text(encoding="utf-8")  # the occasion groups
    assert not [r[1] for r in rows if r[1] in used]
    # every article of those days, in train, that the occasion groups leave free
    free = {f for f, r in meta.items() if r["compartment"] == "train" and f not in used
            and "2016-01-08" <= r["publication_date"] <= "2016-02-08"}
    assert free == {r[1] for r in rows}


def test_story_week_gold_labels_read_by_hand():
    by = {r[1]: r[2] for r in _gold()}
    caucus = [a for a, s in by.items() if s == "iowa_caucus"]
    assert len(caucus) == 8 and "nyt_2016-02-01_iowa-caucus-is-first-look-into-m" in caucus
    assert by["politico_2016-01-28_saudi-prince-mocks-trump-on-twit"] == "-"  # not the debate it preceded
    assert sorted(s for s in set(by.values()) if s != "-") == [
        "benghazi_film", "fox_debate", "iowa_caucus", "state_of_the_union", "top_secret_emails"]
