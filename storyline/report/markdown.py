"""A readable Markdown dossier: the timeline with footnote citations for every fact."""
from __future__ import annotations

from typing import Optional


def _actors(event: dict) -> str:
    return ", ".join(f"{a['name']} ({a['role']})" for a in event.get("actors", []) if a.get("name"))


def _note(number: int, source: dict) -> str:
    return (f"[^{number}]: {source.get('outlet') or 'unknown outlet'}, article "
            f"`{source['article']}`, chars {source['char_start']}–{source['char_end']}: "
            f"“{(source.get('sentence') or '').strip()}”")


def summary_markdown(summary: dict) -> list:
    """Lines of a story's cited account (``report.story_summary``) with footnote marks that
    follow the account's own numbering (its citations are footnotes 1, 2, …)."""
    text = " ".join(s["text"] + "".join(f"[^{n}]" for n in s["cites"]) + "."
                    for s in summary.get("sentences") or [])
    return ["## Summary", "", text, ""]


def timeline_markdown(events: list, title: str = "Timeline", summary: Optional[dict] = None) -> str:
    """Render merged timeline events; each source becomes a numbered footnote.

    summary (dict | None): a story's cited account, shown first; its citations take the
    first footnote numbers and a timeline source citing the same span reuses its number.
    """
    lines = [f"# {title}", ""]
    notes: list[str] = []
    numbered: dict = {}  # (article, char_start, char_end) -> footnote number
    if summary:
        lines += summary_markdown(summary)
        for note in summary.get("citations") or []:
            notes.append(_note(note["n"], note))
            numbered[(note["article"], note["char_start"], note["char_end"])] = note["n"]
    dated = [e for e in events if e.get("date")]
    undated = [e for e in events if not e.get("date")]
    for heading, group in (("Dated events", dated), ("Events with no known date", undated)):
        if not group:
            continue
        lines += [f"## {heading}", ""]
        for event in group:
            refs = []
            for source in event.get("sources", []):
                key = (source["article"], source["char_start"], source["char_end"])
                if key not in numbered:
                    notes.append(_note(len(notes) + 1, source))
                    numbered[key] = len(notes)
                refs.append(f"[^{numbered[key]}]")
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
