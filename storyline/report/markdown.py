"""A readable Markdown dossier: the timeline with footnote citations for every fact."""
from __future__ import annotations

from typing import Optional

from .conflicts import conflict_name, is_update, who_says_what
from .dating import DATE_SOURCE_LABELS, date_note
from .formats import timeline_groups


def _actors(event: dict) -> str:
    return ", ".join(f"{a['name']} ({a['role']})" for a in event.get("actors", []) if a.get("name"))


# what the note after each date means, most sure first
DATES_LEGEND = (f"*Dates: ({DATE_SOURCE_LABELS['timex']}) written beside the event; "
                f"({DATE_SOURCE_LABELS['sentence']}) a date elsewhere in its sentence; "
                f"({DATE_SOURCE_LABELS['narrative']}) the day the article's lead gave, or the time the sentences before it told; "
                f"({DATE_SOURCE_LABELS['publication']}) the day the article was published, "
                "read by tense, the least sure. Then how sure the date is, from what gave it and how many "
                "outlets agree: very likely, likely, uncertain (measured: about nine, seven and under "
                "six in ten such dates right).*")


def _one_line(text: str) -> str:
    """``text`` on one line: a headline glued to its first sentence, or a line break inside
    a sentence, would otherwise end the footnote and spill into the page."""
    return " ".join((text or "").split())


def _note(number: int, source: dict, spans: list) -> str:
    where = ", ".join(f"{start}–{end}" for start, end in spans)
    return (f"[^{number}]: {source.get('outlet') or 'unknown outlet'}, article "
            f"`{source['article']}`, chars {where}: “{_one_line(source.get('sentence'))}”")


class _Footnotes:
    """Numbered evidence: one footnote per cited sentence of an article, listing every span
    cited in it, so two facts from one sentence do not print the sentence twice."""

    def __init__(self):
        self.notes: dict = {}  # number -> (source, [(char_start, char_end)])
        self.by_span: dict = {}  # (article, char_start, char_end) -> number
        self.by_sentence: dict = {}  # (article, sentence on one line) -> number

    def add(self, source: dict, number: Optional[int] = None) -> int:
        """The footnote number citing ``source`` (a contract source or citation): a new one
        unless its span or sentence is cited already; ``number`` (a story summary's own
        numbering) always makes that note."""
        span = (source["article"], source["char_start"], source["char_end"])
        sentence = (source["article"], _one_line(source.get("sentence")))
        found = number if number else self.by_span.get(span) or self.by_sentence.get(sentence)
        if found is None or found not in self.notes:  # a given number is always its own note
            found = found or max(self.notes, default=0) + 1
            self.notes[found] = (source, [])
            self.by_sentence.setdefault(sentence, found)
        if number and span[1:] not in self.notes[found][1]:
            self.by_span.setdefault(span, found)
            self.notes[found][1].append(span[1:])
            return found
        if span not in self.by_span:
            self.by_span[span] = found
            self.notes[found][1].append(span[1:])
        return found

    def lines(self) -> list:
        return [_note(n, source, spans) for n, (source, spans) in sorted(self.notes.items())]


def _event_line(event: dict) -> str:
    """One event as a list item: its date and where the date came from, summary, kind,
    actors and place (the footnote marks are added by the caller)."""
    when = f"**{event['date']}**" if event.get("date") else "**undated**"
    if date_note(event):
        when += f" ({date_note(event)})"
    line = f"- {when} — {event.get('summary') or event.get('type')} " \
           f"*({event.get('type')}, {event.get('modality')})*"
    if _actors(event):
        line += f" — actors: {_actors(event)}"
    if event.get("location"):
        line += f" — in {event['location']}"
    return line


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
    notes = _Footnotes()
    if summary:
        lines += summary_markdown(summary)
        for note in summary.get("citations") or []:
            notes.add(note, note["n"])
    headings = {"dated": "Dated events", "planned or expected": "Planned or expected",
                "no known date": "Events with no known date"}
    if not events:
        lines += ["No events.", ""]  # an empty filter or database says so, not a bare title
    for heading, group in timeline_groups(events):
        lines += [f"## {headings[heading]}", ""]
        for event in group:
            refs = dict.fromkeys(f"[^{notes.add(source)}]" for source in event.get("sources", []))
            lines.append(_event_line(event) + " " + "".join(refs))
            for conflict in event.get("conflicts", []):
                # an article of no known outlet is named by its id, as its footnote names it
                said = who_says_what(conflict, event.get("sources"), lambda a: f"`{a}`")
                if is_update(conflict):
                    lines.append(f"  - {conflict_name(conflict)}: {said}")
                else:
                    lines.append(f"  - ⚠ outlets disagree on {conflict.get('field')}: {said}")
        lines.append("")
    if any(e.get("date_source") for e in events):
        lines += [DATES_LEGEND, ""]
    if notes.notes:
        lines += ["## Sources", ""] + notes.lines() + [""]
    return "\n".join(lines)
