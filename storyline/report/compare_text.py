"""The coverage comparison as text for the terminal."""
from __future__ import annotations

from .conflicts import conflict_line


def coverage_text(report: dict) -> str:
    """The ``compare`` report as text: a numbered outlet legend, one row of marks per fact
    (one column per outlet, numbered as in the legend), single-outlet facts, conflicts."""
    outlets = report["outlets"]
    facts = {f["id"]: f for f in report["facts"]}
    lines = ["Outlets (one column each below):"]
    lines += [f"  {n:>2}  {name}" for n, name in enumerate(outlets, 1)] or ["  none"]
    lines += ["", "Facts (x = the outlet carries it, ! = it disagrees with the others, . = not carried):",
              "  " + _column_numbers(len(outlets)) if report["facts"] else "  none"]
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
        for conflict in facts[fid]["conflicts"]:  # who says what, as every view words it
            lines.append(f"    {conflict_line(conflict)}")
    return "\n".join(lines) + "\n"


def _column_numbers(count: int) -> str:
    """The header over the mark columns: each outlet's number, its last digit in its column
    (with a row of tens above when there are ten or more outlets)."""
    units = " " + "".join(str(n % 10) for n in range(1, count + 1))
    if count < 10:
        return units
    tens = " " + "".join(str(n // 10) if n >= 10 else " " for n in range(1, count + 1))
    return tens.rstrip() + "\n  " + units
