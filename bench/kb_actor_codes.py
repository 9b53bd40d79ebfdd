"""Knowledge-base coverage of actor country codes: for each gold actor of the PLOVER-GSR
records whose code is a country (ISO 3166 alpha-3), does the knowledge base give that
country for the actor's text ("Hungarian" → HUN, "Tokyo" → JPN, "Putin" → RUS)?

    python bench/kb_actor_codes.py [--kb-dir DIR] [--show-misses]

This measures the data files alone (country names, demonyms, capitals, seats, office
holders), not mention finding: the actor text is given. ``--kb-dir`` points at another
copy of ``countries.yaml``/``officeholders.yaml``/``orgs.yaml`` (an older version, to
compare). Baseline: the knowledge base of 73 countries and bodies before issue 4.
The actor text is the record's whole actor phrase, so the KB counts when some run of its
words names the country. Data: ../shared/bench/plover-gsr (CC BY-SA 4.0), the CAMEO manual's example sentences; the
records are mostly 1990s-2000s news, so people are out of the KB's 2015-onward range and
count only through country words. Development data: looked at, not held out.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import storyline.entities.kb as kb_module  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
BASELINE = "0.546 (322/590) with the 73-entry countries.yaml before issue 4 (--kb-dir on a copy of it)"


def gold_actors(path: Path = DATA) -> list:
    """[(actor text, code)] of every source/target actor coded with a three-letter code."""
    records = json.loads(re.sub(r",(\s*[\]}])", r"\1", path.read_text(encoding="utf-8")))
    out = []
    for rec in records:
        for side in ("source", "target"):
            for actor in rec.get(side) or []:
                if not isinstance(actor, dict):
                    continue
                code = (actor.get("code") or "").strip()
                if re.fullmatch(r"[A-Z]{3}", code) and actor.get("actorText"):
                    out.append((actor["actorText"].strip(), code))
    return out


def country_for(kb, text: str):
    """The KB's country for an actor phrase: its longest run of words (leftmost first) that is
    a country word, a capital or seat, or a known person ("Nigerian President Olusegun
    Obasanjo" → NGA through "Nigerian")."""
    words = [w.strip(".,;:()\"") for w in text.replace("’", "'").split()]
    words = [w for w in words if w]  # country_of reads a possessive itself
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            code = kb.country_of(phrase)
            if code is None and kb.person(phrase):
                code = kb.person(phrase).country
            if code:
                return code
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb-dir", help="folder with another copy of the KB data files")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    if args.kb_dir:
        kb_module.DATA = Path(args.kb_dir)
    kb = kb_module.load_kb()
    # the denominator is fixed by the current KB's country codes, whichever KB is measured
    kb_module.DATA = Path(kb_module.__file__).parent / "data"
    kb_module._load_kb.cache_clear()
    iso = {c for c, spec in kb_module.load_kb().countries.items() if spec.get("type") != "ORG"}
    actors = [(t, c) for t, c in gold_actors() if c in iso]
    hits, misses = 0, []
    for text, code in actors:
        if country_for(kb, text) == code:
            hits += 1
        else:
            misses.append((text, code, country_for(kb, text)))
    print(f"countries in KB: {len(iso)}; gold country actors: {len(actors)}")
    print(f"actor country recall: {hits / len(actors):.3f} ({hits}/{len(actors)})   baseline {BASELINE}")
    if args.show_misses:
        for miss in misses:
            print("  miss", miss)


if __name__ == "__main__":
    main()
