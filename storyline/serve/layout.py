"""Geometry and text layout for the pages, as plain data the templates draw.

``timeline_layout`` places events on a date axis (lanes by PLOVER type, radius by
outlets, uncertainty bar over the date range); ``highlight_segments`` cuts an
article into runs of text, each carrying the facts whose evidence covers it.
Templates only escape and draw; nothing here emits markup.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Optional

from .queries import event_interval

LANE_HEIGHT = 46
STACK_STEP = 10  # vertical distance between events stacked on one day
LEFT = 130  # room for lane labels
TOP = 34  # room for tick labels
UNDATED_WIDTH = 110
GUTTER = 70  # width of the "earlier" / "later" columns
VAGUE_DAYS = 45  # ranges longer than this (a season, a year) do not set the axis
MODALITY_STYLE = {
    # modality -> (filled, dash pattern); planned/uncertain are drawn hollow
    "happened": (True, ""),
    "reported": (True, ""),
    "planned": (False, "4 3"),
    "uncertain": (False, "1 3"),
    "denied": (False, ""),
}


def _outlet_count(event: dict) -> int:
    return len({(s.get("outlet") or s.get("article")) for s in event.get("sources") or []})


def radius(outlets: int) -> float:
    """Circle radius for an event carried by ``outlets`` outlets (area grows with the count)."""
    return round(5 + 4 * math.sqrt(max(outlets, 1) - 1) + 1, 1)


MIN_TICK_GAP = 58  # pixels between tick labels, so "18 Mar" and "25 Mar" never overlap


def _ticks(lo: date, hi: date, x_of, pixels: float) -> list[dict]:
    """Day, week, month, quarter or year ticks: the finest that leaves labels room.

    lo, hi (date): first and last day shown. x_of: day -> x. pixels (float): axis width.
    """
    per_day = pixels / max((hi - lo).days, 1)
    ticks = []
    if per_day >= MIN_TICK_GAP or per_day * 7 >= MIN_TICK_GAP:
        step = 1 if per_day >= MIN_TICK_GAP else 7
        day = lo if step == 1 else lo + timedelta(days=(7 - lo.weekday()) % 7)  # Mondays
        while day <= hi:
            ticks.append({"x": x_of(day), "label": day.strftime("%d %b")})
            day += timedelta(days=step)
    elif per_day * 92 >= MIN_TICK_GAP:
        step = next(m for m in (1, 2, 3) if per_day * 30.5 * m >= MIN_TICK_GAP)
        day = date(lo.year, lo.month, 1)
        while day <= hi:
            if day >= lo:
                ticks.append({"x": x_of(day), "label": day.strftime("%b %Y")})
            month = day.month - 1 + step
            day = date(day.year + month // 12, month % 12 + 1, 1)
    else:
        step = next(y for y in (1, 2, 5, 10, 25, 50, 100) if per_day * 365 * y >= MIN_TICK_GAP)
        for year in range(lo.year + (lo > date(lo.year, 1, 1)), hi.year + 1):
            if year % step == 0:
                ticks.append({"x": x_of(date(year, 1, 1)), "label": str(year)})
    return ticks


class DateAxis:
    """Maps days to x between ``left`` and ``right``.

    The axis follows the precisely dated events: one "sometime in 2024" must not squash
    a fortnight of meetings into a few pixels, so ranges longer than VAGUE_DAYS only set
    it when nothing is more precise. When a few events lie far from the rest (background
    from years before), the axis shows the busy core and puts them in "earlier"/"later"
    gutters at its ends. Ranges reaching past the axis are clipped to its edges.
    spans (list[tuple[date, date]]): the dated events' intervals.
    """

    def __init__(self, spans: list, left: float, right: float):
        precise = [s for s in spans if (s[1] - s[0]).days <= VAGUE_DAYS] or spans
        self.earlier_x = self.later_x = None
        if not precise:
            self.lo = self.hi = None
            self.left, self.right, self.days = left, right, 1
            return
        lo, hi = _core(precise)
        if lo > min(s[0] for s in precise):
            self.earlier_x, left = left + GUTTER / 2, left + GUTTER
        if hi < max(s[1] for s in precise):
            self.later_x, right = right - GUTTER / 2, right - GUTTER
        self.left, self.right = left, right
        self.lo, self.hi = lo - timedelta(days=1), hi + timedelta(days=1)
        self.days = max((self.hi - self.lo).days, 1)

    def clip(self, day: date) -> float:
        """x of ``day``, held inside the axis."""
        day = min(max(day, self.lo), self.hi)
        return round(self.left + (day - self.lo).days / self.days * (self.right - self.left), 1)

    def place(self, span) -> tuple:
        """(x, bar) for an interval: a gutter when it lies wholly beyond the axis."""
        if span[1] < self.lo and self.earlier_x:
            return self.earlier_x, None
        if span[0] > self.hi and self.later_x:
            return self.later_x, None
        x1, x2 = self.clip(span[0]), self.clip(span[1] + timedelta(days=1))
        return round((x1 + x2) / 2, 1), ([x1, x2] if span[1] > span[0] else None)

    def ticks(self) -> list[dict]:
        if self.lo is None:
            return []
        return _ticks(self.lo + timedelta(days=1), self.hi - timedelta(days=1), self.clip,
                      self.right - self.left)

    def ticks_clear_of_gutters(self) -> list[dict]:
        """Ticks, less any whose label would run into a gutter's label."""
        near = [g["x"] for g in self.gutters()]
        return [t for t in self.ticks() if all(abs(t["x"] - x) >= MIN_TICK_GAP for x in near)]

    def gutters(self) -> list[dict]:
        marks = [(self.earlier_x, "earlier", self.left), (self.later_x, "later", self.right)]
        return [{"x": x, "label": label, "edge": edge} for x, label, edge in marks if x]


def _core(spans: list) -> tuple[date, date]:
    """The days the axis shows: the bulk of the events (the outer tenth trimmed on each
    side) widened to every event lying within twice the bulk's length of it."""
    starts, ends = sorted(s[0] for s in spans), sorted(s[1] for s in spans)
    if len(spans) < 5:
        return starts[0], ends[-1]
    cut = max(1, len(spans) // 10)
    core_lo, core_hi = starts[cut], ends[-cut - 1]
    reach = timedelta(days=2 * ((core_hi - core_lo).days + 7))
    lo = min(d for d in starts if d >= min(core_lo - reach, core_hi))
    hi = max(d for d in ends if d <= max(core_hi + reach, core_lo))
    return lo, hi


def _mark(index: int, event: dict, span, axis: DateAxis, undated_x, lane_y: float) -> dict:
    modality = event.get("modality") or "happened"
    filled, dash = MODALITY_STYLE.get(modality, (True, ""))
    x, bar = axis.place(span) if span else (undated_x, None)
    return {
        "index": index, "id": event.get("id"), "x": x, "y": lane_y,
        "r": radius(_outlet_count(event)), "bar": bar, "filled": filled, "dash": dash,
        "denied": modality == "denied", "modality": modality,
        "type": event.get("type") or "OTHER", "outlets": _outlet_count(event),
        "date": event.get("date"), "summary": event.get("summary") or "",
    }


def timeline_layout(events: list[dict], width: int = 960) -> dict:
    """Where to draw each event of a timeline.

    events (list[dict]): contract timeline records, any order.
    width (int): SVG width in pixels.
    Returns {"width","height","lanes":[{"type","y"}],"lane_lines","ticks":[{"x","label"}],
    "gutters":[{"x","label","edge"}] (columns for far earlier/later events), "undated_edge",
    "plot_left","plot_right","undated_x": x or None, "marks":[{"index","id","x","y","r",
    "bar":[x1,x2]|None,"filled","dash","denied","modality","type","outlets","date","summary"}]}
    where "index" is the event's position in ``events``.
    """
    lanes = sorted({event.get("type") or "OTHER" for event in events})
    spans = [event_interval(e) for e in events]
    has_undated = any(s is None for s in spans)
    plot_right = width - 20 - (UNDATED_WIDTH if has_undated else 0)
    axis = DateAxis([s for s in spans if s], LEFT, plot_right)
    undated_x = (width - 20 - UNDATED_WIDTH / 2) if has_undated else None
    marks, taken = [], {}
    for index, (event, span) in enumerate(zip(events, spans)):
        lane = lanes.index(event.get("type") or "OTHER")
        mark = _mark(index, event, span, axis, undated_x, 0.0)
        # events on the same lane and spot are stacked so none hides another
        spot = (lane, round(mark["x"] / 6))
        mark["slot"] = taken[spot] = taken.get(spot, -1) + 1
        marks.append((lane, spot, mark))
    # a lane grows to hold its tallest stack; each stack is centred on the lane's middle
    stacks = [max([taken[sp] for ln, sp, _ in marks if ln == i], default=0) for i in range(len(lanes))]
    heights = [max(LANE_HEIGHT, STACK_STEP * (n + 1) + 24) for n in stacks]
    tops = [TOP + sum(heights[:i]) for i in range(len(lanes) + 1)]
    for lane, spot, mark in marks:
        middle = tops[lane] + heights[lane] / 2
        mark["y"] = round(middle + (mark["slot"] - taken[spot] / 2) * STACK_STEP, 1)
    return {
        "width": width, "height": tops[-1] + 10 if lanes else TOP + LANE_HEIGHT + 10,
        "lanes": [{"type": t, "y": tops[i] + heights[i] / 2} for i, t in enumerate(lanes)],
        "lane_lines": tops,
        "marks": [m for _, _, m in marks],
        "ticks": axis.ticks_clear_of_gutters(), "gutters": axis.gutters(), "undated_x": undated_x,
        "undated_edge": width - 20 - UNDATED_WIDTH if has_undated else None,
        "plot_left": axis.left, "plot_right": axis.right,
    }


def article_annotations(article: dict) -> list[dict]:
    """Every fact of an article as {"start","end","kind","label"} (kind: entity, timex,
    event, quote, speaker, furniture), read from the article's layers (a to_dict() record)."""
    notes = []

    def add(start, end, kind, label):
        if isinstance(start, int) and isinstance(end, int) and end > start:
            notes.append({"start": start, "end": end, "kind": kind, "label": label})

    for f in article.get("furniture") or []:
        add(f.get("start"), f.get("end"), "furniture", f"furniture: {f.get('kind')}")
    for m in article.get("mentions") or []:
        label = f"{m.get('type')}: {m.get('canonical') or m.get('text')}"
        add(m.get("start"), m.get("end"), "entity", label + (f" ({m['code']})" if m.get("code") else ""))
    for t in article.get("timexes") or []:
        add(t.get("start"), t.get("end"), "timex", f"{t.get('type')}: {t.get('value')}")
    for e in article.get("events") or []:
        trig = e.get("trigger") or {}
        add(trig.get("start"), trig.get("end"), "event",
            f"{e.get('type')} ({e.get('modality')}) {e.get('date') or ''}".strip())
    for q in article.get("quotes") or []:
        content = q.get("content") or {}
        add(content.get("start"), content.get("end"), "quote",
            f"{q.get('kind')} quote: {q.get('speaker') or 'unknown speaker'}")
        source = q.get("source") or {}
        add(source.get("start"), source.get("end"), "speaker", f"speaker: {q.get('speaker') or ''}")
    return notes


def highlight_segments(text: str, notes: list[dict]) -> list[dict]:
    """Cut ``text`` at every annotation boundary.

    text (str): the article text. notes (list[dict]): {"start","end","kind","label"}
    spans into ``text`` (clamped to it; overlaps and nesting allowed).
    Returns [{"text","start","end","kinds":[...],"labels":[...]}] covering the text in
    order; "kinds" lists the kinds of every annotation covering the run.
    """
    size = len(text)
    clean = []
    for note in notes:
        start, end = max(0, note["start"]), min(size, note["end"])
        if end > start:
            clean.append((start, end, note))
    cuts = sorted({0, size, *(s for s, _, _ in clean), *(e for _, e, _ in clean)})
    by_start = sorted(clean, key=lambda c: c[0])
    active: list[tuple[int, int, dict]] = []
    segments, nxt = [], 0
    for a, b in zip(cuts, cuts[1:]):
        while nxt < len(by_start) and by_start[nxt][0] <= a:
            active.append(by_start[nxt])
            nxt += 1
        active = [c for c in active if c[1] > a]
        kinds = sorted({c[2]["kind"] for c in active})
        labels = [c[2]["label"] for c in active]
        segments.append({"text": text[a:b], "start": a, "end": b, "kinds": kinds, "labels": labels})
    return segments


def story_span(events: list[dict]) -> Optional[tuple[str, str]]:
    """First and last day (ISO) over the dated events, or None."""
    spans = [event_interval(e) for e in events]
    spans = [s for s in spans if s]
    if not spans:
        return None
    return min(s[0] for s in spans).isoformat(), max(s[1] for s in spans).isoformat()
