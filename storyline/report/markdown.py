"""A readable Markdown dossier: the timeline with footnote citations for every fact."""
from __future__ import annotations


def _actors(event: dict) -> str:
    return ", ".join(f"{a['name']} ({a['role']})" for a in event.get("actors", []) if a.get("name"))


def timeline_markdown(events: list, title: str = "Timeline") -> str:
    """Render merged timeline events; each source becomes a numbered footnote."""
    lines = [f"# {title}", ""]
    notes: list[str] = []
    dated = [e for e in events if e.get("date")]
    undated = [e for e in events if not e.get("date")]
    for heading, group in (("Dated events", dated), ("Events with no known date", undated)):
        if not group:
            continue
        lines += [f"## {heading}", ""]
        for event in group:
            refs = []
            for source in event.get("sources", []):
                notes.append(
                    f"[^{len(notes) + 1}]: {source.get('outlet') or 'unknown outlet'}, article "
                    f"`{source['article']}`, chars {source['char_start']}–{source['char_end']}: "
                    f"“{(source.get('sentence') or '').strip()}”"
                )
                refs.append(f"[^{len(notes)}]")
            when = event.get("date") or "undated"
            line = f"- **{when}** — {event.get('summary') or event.get('type')} " \
                   f"*({event.get('type')}, {event.get('modality')})*"
            if _actors(event):
                line += f" — actors: {_actors(event)}"
            if event.get("location"):
                line += f" — in {event['location']}"
            lines.append(line + " " + "".join(refs))
            for conflict in event.get("conflicts", []):
                values = "; ".join(
                    f"{v.get('value')} ({', '.join(o for o in v.get('outlets', []) if o) or ', '.join(v.get('articles', []))})"
                    for v in conflict.get("values", [])
                )
                lines.append(f"  - ⚠ outlets disagree on {conflict.get('field')}: {values}")
        lines.append("")
    if notes:
        lines += ["## Sources", ""] + notes + [""]
    return "\n".join(lines)
