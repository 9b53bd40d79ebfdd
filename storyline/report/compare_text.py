"""The coverage comparison as text for the terminal."""
from __future__ import annotations


def coverage_text(report: dict) -> str:
    outlets = report["outlets"]
    facts = {f["id"]: f for f in report["facts"]}
    lines = [f"Outlets: {', '.join(outlets) or 'none'}", "",
             "Facts (x = the outlet carries it, ! = it disagrees with the others):"]
    for fact in report["facts"]:
        marks = "".join("!" if o in fact["conflict_outlets"] else "x" if o in fact["outlets"] else "."
                        for o in outlets)
        lines.append(f"  [{marks}] {fact['kind']:5s} {fact.get('date') or '':10s} {fact['label']}")
    lines += ["", f"Carried by one outlet only: {len(report['single_outlet'])}"]
    for fid in report["single_outlet"]:
        lines.append(f"  {facts[fid]['outlets'][0]}: {facts[fid]['label']}")
    lines += ["", f"Conflicts: {len(report['conflicts'])}"]
    for fid in report["conflicts"]:
        lines.append(f"  {facts[fid]['label']}")
        for conflict in facts[fid]["conflicts"]:
            for value in conflict.get("values", []):
                who = ", ".join(o for o in value.get("outlets", []) if o) or ", ".join(value.get("articles", []))
                lines.append(f"    {conflict.get('field')}: {value.get('value')!r} says {who}")
    return "\n".join(lines) + "\n"
