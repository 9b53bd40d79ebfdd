"""The coverage comparison as text for the terminal."""
from __future__ import annotations


def coverage_text(report: dict) -> str:
    outlets = report["outlets"]
    lines = [f"Outlets: {', '.join(outlets) or 'none'}", "", "Facts (outlets carrying each):"]
    for fact in report["facts"]:
        marks = "".join("x" if o in fact["outlets"] else "." for o in outlets)
        lines.append(f"  [{marks}] {fact['kind']:5s} {fact.get('date') or '':10s} {fact['text']}")
    lines += ["", f"Carried by one outlet only: {len(report['single_outlet'])}"]
    for fact in report["single_outlet"]:
        lines.append(f"  {fact['outlets'][0]}: {fact['text']}")
    lines += ["", f"Conflicts: {len(report['conflicts'])}"]
    for fact in report["conflicts"]:
        lines.append(f"  {fact['text']}")
        for conflict in fact["conflicts"]:
            for value in conflict.get("values", []):
                who = ", ".join(o for o in value.get("outlets", []) if o) or ", ".join(value.get("articles", []))
                lines.append(f"    {conflict.get('field')}: {value.get('value')!r} says {who}")
    return "\n".join(lines) + "\n"
