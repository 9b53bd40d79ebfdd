"""The JSON API under /api/: the CLI's contract records, filtered and paginated.

List endpoints answer ``{"total", "limit", "offset", "<records>": [...]}`` where the
records are exactly the contract's (articles, entities, timeline, quotes, stories).
Writing (``POST /api/articles``) is only routed when the app has a token.
"""
from __future__ import annotations

import hmac
import importlib
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from ..model import Article
from ..report.dating import with_date_sources
from ..report.entity_lookup import candidates_note, entity_key, find_entity
from . import bundles, queries
from .source import StoreAccess

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_LIMIT = 1000
# records per list of a detail answer (an entity's events, quotes, articles) and per web page:
# small, so a much-named entity or a large store answers as fast as a small one
PAGE_SIZE = 50
PAGING_NOTE = ("Its lists are paged alike: `limit` (default {size}, at most {most}) records of each, "
               "after skipping `offset`; `limit` and `offset` echo the page asked for and `totals` "
               "gives how many each list holds in all (the next page: `offset` + `limit`, while below "
               "a total).").format(size=PAGE_SIZE, most=MAX_LIMIT)


def access_of(request: Request) -> StoreAccess:
    return request.app.state.access


def paged(found: tuple, name: str, limit: Optional[int], offset: int) -> JSONResponse:
    """The list envelope from a store's ``(total, page)`` answer."""
    total, items = found
    return plain_json({"total": total, "limit": limit, "offset": offset, name: items})


def plain_json(data: dict) -> JSONResponse:
    """``data`` (plain JSON types only, as the store gives them) sent as is: FastAPI's
    per-value conversion (jsonable_encoder) costs more than the query on a big entity."""
    return JSONResponse(data)


def known_story(store, story_id: Optional[str]) -> Optional[str]:
    """``story_id`` when the store has that story (or None was given); else a 404."""
    if story_id is not None and store.story(story_id) is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return story_id


router = APIRouter(prefix="/api", tags=["api"])


@router.get("/articles", summary="Article summaries (contract 'articles')")
def list_articles(request: Request, story: Optional[str] = None, outlet: Optional[str] = None,
                  limit: Optional[int] = Query(100, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    found = access_of(request).store().page_articles(story, outlet, limit, offset)
    return paged(found, "articles", limit, offset)


@router.get("/articles/{article_id:path}", summary="One article with its text and every layer")
def get_article(article_id: str, request: Request):
    article = access_of(request).article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    record = article.to_dict()
    record["chars"] = article.chars
    return record


@router.get("/timeline", summary="Merged events, date-sorted, undated last (contract 'timeline', "
            "plus date_source: timex | sentence | narrative | publication, where each date came from, "
            "and date_confidence: 0-1, how sure it is)")
def get_timeline(request: Request, entity: Optional[str] = None, story: Optional[str] = None,
                 date_from: Optional[str] = Query(None, alias="from", pattern=DATE_PATTERN),
                 date_to: Optional[str] = Query(None, alias="to", pattern=DATE_PATTERN),
                 limit: Optional[int] = Query(100, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    store = access_of(request).store()
    names = store.entity_key_names(entity_key(store, entity)) if entity is not None else None
    total, events = store.page_timeline(names, known_story(store, story), date_from, date_to, limit, offset)
    return paged((total, with_date_sources(store, events)), "timeline", limit, offset)


@router.get("/entities", summary="Canonical entities (contract 'entities')")
def list_entities(request: Request, type: Optional[str] = None, q: Optional[str] = None,
                  limit: Optional[int] = Query(100, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    store = access_of(request).store()
    if q and not q.strip():  # a blank search finds nothing (as on the search page)
        return paged((0, []), "entities", limit, offset)
    return paged(store.page_entities(type or None, q or None, limit, offset), "entities", limit, offset)


@router.get("/entities/{entity_id:path}", summary="One entity with a page of its events, quotes and articles",
            description="The entity (by id, name, alias or spelling variant) with `timeline` (its events, "
                        "date-sorted, undated last), `quotes` (those it speaks) and `articles` (those "
                        "naming it, in the entity's order). " + PAGING_NOTE)
def get_entity(entity_id: str, request: Request,
               limit: Optional[int] = Query(PAGE_SIZE, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    store = access_of(request).store()
    # an id, else a name, alias or spelling variant, else the one person a variant fits
    entity, candidates = find_entity(store, entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity with id or name {entity_id!r}{candidates_note(candidates)}")
    return plain_json(bundles.entity_bundle(store, entity, limit, offset))


@router.get("/quotes", summary="Quotes matched across outlets (contract 'quotes')")
def list_quotes(request: Request, story: Optional[str] = None, speaker: Optional[str] = None,
                limit: Optional[int] = Query(100, ge=0, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    store = access_of(request).store()
    names = store.entity_key_names(entity_key(store, speaker)) if speaker is not None else None
    found = store.page_quotes(known_story(store, story), names, limit, offset)
    return paged(found, "quotes", limit, offset)


@router.get("/stories", summary="Stories (contract 'stories'), latest first",
            description="Ordered by `last` (the newest article's date), latest first; ties by id; "
                        "stories without a date come last. The web view's story list has the same order.")
def list_stories(request: Request, limit: Optional[int] = Query(100, ge=0, le=MAX_LIMIT),
                 offset: int = Query(0, ge=0)):
    store = access_of(request).store()
    total, stories = store.page_stories(limit, offset)
    return paged((total, stories), "stories", limit, offset)


@router.get("/stories/{story_id:path}", summary="One story: its events, quotes, network and coverage")
def get_story(story_id: str, request: Request):
    store = access_of(request).store()
    story = store.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return plain_json(bundles.story_bundle(store, story))


@router.get("/compare", summary="Per merged fact: the outlets carrying it, single-outlet facts, conflicts")
def get_compare(request: Request, story: Optional[str] = None):
    store = access_of(request).store()
    return plain_json(bundles.coverage(store, known_story(store, story)))


@router.get("/search", summary="Entities by name or alias, and articles by text")
def search(request: Request, q: str = Query(..., min_length=1, max_length=200),
           limit: int = Query(50, ge=1, le=200)):
    return run_search(request.app.state.access, q, limit)


def run_search(access: StoreAccess, q: str, limit: int = 50) -> dict:
    """Search entities by name and articles by title and text (used by the API and the
    search page); the store's full-text index finds the articles."""
    store = access.store()
    if not q.strip():
        return {"query": q, "entities": [], "articles": []}
    entities = store.page_entities(None, q, limit, 0)[1]
    articles = [queries.text_hit(summary, text, q) for summary, text in store.search_articles(q, limit)]
    return {"query": q, "entities": entities, "articles": articles}


# ---- writing (only with a token) -------------------------------------------------


class ArticleIn(BaseModel):
    """An article to ingest: text required, the rest optional metadata."""

    text: str = Field(..., min_length=1)
    id: Optional[str] = Field(None, max_length=200)
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    path: Optional[str] = None


class IngestRequest(BaseModel):
    articles: list[ArticleIn] = Field(..., min_length=1, max_length=1000)


def token_checker(token: str):
    """A dependency that lets a request through only with ``Authorization: Bearer <token>``."""
    bearer = HTTPBearer(auto_error=False, description="the token given to `storyline serve --token`")

    def check(credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> None:
        if credentials is None:
            raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    return check


def to_article(item: ArticleIn) -> Article:
    from ..ingest.ids import article_id, content_hash

    return Article(id=item.id or article_id(item.text), text=item.text, title=item.title,
                   outlet=item.outlet, url=item.url, published=item.published,
                   published_source="metadata" if item.published else None,
                   path=item.path or "api", content_hash=content_hash(item.text))


def ingest_router(token: str, config) -> APIRouter:
    """The write route, guarded by ``token``; ingest runs through ``storyline.ingest_service``."""
    writer = APIRouter(prefix="/api", tags=["api"])

    @writer.post("/articles", dependencies=[Depends(token_checker(token))], status_code=201,
                 summary="Ingest articles (needs the server's bearer token)",
                 responses={503: {"description": "the database failed mid-way (`aborted` says why); "
                                                 "what was stored stays, post the same articles again"}})
    def post_articles(body: IngestRequest, request: Request):
        try:
            service = importlib.import_module("storyline.ingest_service")
        except ModuleNotFoundError as exc:
            if exc.name != "storyline.ingest_service":
                raise
            raise HTTPException(503, "ingest is not available in this build (storyline.ingest_service missing)")
        access = access_of(request)
        summary = service.ingest_articles(access.store(), [to_article(a) for a in body.articles], config)
        if summary.get("aborted"):  # the database failed mid-way: what was stored stays; post again
            return JSONResponse(summary, status_code=503)
        return summary

    return writer
