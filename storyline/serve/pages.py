"""Server-rendered HTML pages (Jinja2, autoescaped; behaviour in static/app.js).

Routes: ``/`` stories, ``/stories/{id}``, ``/articles/{id}``, ``/entities/{id}``,
``/search?q=``, ``/docs`` (API reference read from /openapi.json, no CDN).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from ..report.dating import date_label, date_note
from ..report.compare import outlet_of
from ..report.conflicts import conflict_line
from ..report.entity_lookup import find_entity
from . import bundles, layout
from .api import MAX_LIMIT, PAGE_SIZE, run_search

TEMPLATES = Path(__file__).resolve().parent / "templates"


def describe_conflict(conflict, event: Optional[dict] = None, by_article: Optional[dict] = None) -> str:
    """A one-line reading of a conflict record: 'date: 2023-03-21 (A, B); 2023-03-22 (C)'
    (:func:`storyline.report.conflicts.conflict_line`, as every view words it).

    Each value names who gave it: ``names`` (set by ``report.compare``), else one name per
    article from ``event``'s sources, an article of no known outlet named as the coverage
    table names it (``outlet_of`` over ``by_article``), else the value's outlets.
    """
    unnamed = (lambda a: outlet_of(a, by_article or {})) if event else None
    return conflict_line(conflict, (event or {}).get("sources") or [], unnamed)


def source_groups(sources: list, by_article: dict) -> list:
    """An event's sources for the page, one entry per cited sentence of an article (two
    facts of one sentence show it once, with a link per span): {"article", "outlet",
    "sentence", "date_text", "spans": [[char_start, char_end]]}. An article of no known
    outlet is named as the coverage table names it (``report.compare.outlet_of``).

    sources (list[dict]): contract sources; by_article (dict): article id -> summary.
    """
    groups: dict = {}
    for src in sources or []:
        article = src.get("article")
        key = (article, " ".join(str(src.get("sentence") or "").split()))
        if key not in groups:
            groups[key] = {"article": article, "sentence": src.get("sentence"), "date_text": src.get("date_text"),
                           "outlet": src.get("outlet") or outlet_of(article, by_article or {}), "spans": []}
        groups[key]["spans"].append([src.get("char_start"), src.get("char_end")])
    return list(groups.values())


def web_url(url) -> str:
    """``url`` when it is an http(s) address, else "" (a stored "javascript:" URL must never be a link)."""
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return ""


def _environment() -> jinja2.Environment:
    # autoescape everywhere: every string shown may come from an untrusted article
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.ChainableUndefined)
    env.filters["conflict"] = describe_conflict
    env.filters["web_url"] = web_url
    env.filters["date_label"] = date_label
    env.filters["date_note"] = date_note
    env.filters["source_groups"] = source_groups
    return env


templates = Jinja2Templates(env=_environment())
router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def not_found(request: Request, what: str) -> HTMLResponse:
    return render(request, "error.html", status_code=404, message=f"No {what} here.")


def mention_names(mentions: list[dict]) -> list[dict]:
    """Distinct entities named in an article: {"name","type","code","count"}, most mentioned first."""
    found: dict[str, dict] = {}
    for m in mentions:
        name = m.get("canonical") or m.get("text")
        if not name or m.get("kind") == "pronoun":
            continue
        entry = found.setdefault(name, {"name": name, "type": m.get("entity_type") or m.get("type"),
                                        "code": m.get("code"), "count": 0})
        entry["count"] += 1
    return sorted(found.values(), key=lambda e: (-e["count"], e["name"]))


def page_nav(totals: dict, limit: int, offset: int) -> dict:
    """Links between the pages of a paged view whose lists (``totals``: list name -> how many
    in all) are paged alike: {"limit", "offset", "previous" (offset, or None on the first page),
    "next" (offset, or None when no list has more), "shown" (list name -> (first, last) 1-based
    numbers of the records this page shows, or None where it shows none)}."""
    most = max(totals.values(), default=0)
    shown = {name: (offset + 1, min(total, offset + limit)) if offset < total and limit else None
             for name, total in totals.items()}
    return {"limit": limit, "offset": offset, "shown": shown,
            "previous": max(0, offset - limit) if offset > 0 and limit else None,
            "next": offset + limit if limit and offset + limit < most else None}


@router.get("/", response_class=HTMLResponse)
def index(request: Request, offset: int = Query(0, ge=0), limit: int = Query(PAGE_SIZE, ge=1, le=MAX_LIMIT)):
    store = request.app.state.access.store()
    context = bundles.index_context(store, limit, offset)
    return render(request, "index.html", **context, nav=page_nav(context["totals"], limit, offset),
                  read_only=request.app.state.read_only)


@router.get("/stories/{story_id:path}", response_class=HTMLResponse)
def story_page(story_id: str, request: Request):
    store = request.app.state.access.store()
    story = store.story(story_id)
    if story is None:
        return not_found(request, "story")
    view = bundles.story_view(store, story)
    # facts many outlets carry first (events, then quotes); date order kept among equals
    coverage = sorted(view["compare"]["facts"], key=lambda f: (f["kind"] != "event", -len(f["outlets"])))
    return render(request, "story.html", **view, layout=layout.timeline_layout(view["timeline"]),
                  coverage=coverage, summary=bundles.view_summary(view))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request, hl_start: Optional[int] = None,
                 hl_end: Optional[int] = None):
    access = request.app.state.access
    article = access.article(article_id)
    if article is None:
        return not_found(request, "article")
    record = article.to_dict()
    notes = layout.article_annotations(record)
    if hl_start is not None and hl_end is not None:
        notes.append({"start": hl_start, "end": hl_end, "kind": "evidence", "label": "evidence"})
    segments = layout.highlight_segments(article.text, notes)
    first = next((seg for seg in segments if "evidence" in seg["kinds"]), None)
    if first is not None:
        first["anchor"] = "evidence"  # the link target for "#evidence"
    store = access.store()
    story = store.story(article.story) if article.story else None
    named = mention_names(record.get("mentions") or [])
    return render(request, "article.html", article=record, segments=segments, story=story,
                  kinds=sorted({n["kind"] for n in notes}), chars=article.chars,
                  mention_names=named,
                  entity_ids=bundles.entity_ids(store, [m["name"] for m in named]))


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(entity_id: str, request: Request, offset: int = Query(0, ge=0),
                limit: int = Query(PAGE_SIZE, ge=1, le=MAX_LIMIT)):
    store = request.app.state.access.store()
    entity = find_entity(store, entity_id)[0]  # an id, name, alias or a variant of one
    if entity is None:
        return not_found(request, "entity")
    view = bundles.entity_view(store, entity, limit, offset)
    return render(request, "entity.html", **view, nav=page_nav(view["totals"], limit, offset))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=200)):
    results = run_search(request.app.state.access, q) if q.strip() else None
    return render(request, "search.html", q=q, results=results)


@router.get("/favicon.ico")
def favicon():
    # browsers ask for it on every page; an empty answer keeps logs and consoles clean
    return Response(status_code=204)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    return render(request, "docs.html")
