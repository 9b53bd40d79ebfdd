"""The FastAPI application: the JSON API, the HTML pages, static files, security headers.

Nothing is fetched from the internet: FastAPI's CDN-loaded Swagger UI is switched
off and /docs is our own page that reads /openapi.json with a small local script.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from ..config import Config
from . import api, pages
from .source import StoreAccess

HERE = Path(__file__).resolve().parent

# Scripts and styles only from our own origin: article text is untrusted, and even if
# some markup slipped through escaping, the browser would refuse to run it.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db_url: str, token: Optional[str] = None, config: Optional[Config] = None) -> FastAPI:
    """Build the web app over the store at ``db_url``.

    db_url (str): SQLite path or ``postgresql://`` URL.
    token (str | None): when given, ``POST /api/articles`` is routed and needs
        ``Authorization: Bearer <token>``; without it the server is read-only.
    config (Config | None): pipeline settings used for ingest.
    """
    access = StoreAccess(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        access.close()

    app = FastAPI(title="storyline", version="0.1.0", lifespan=lifespan,
                  description="Events, entities, quotes and stories merged across outlets, with evidence.",
                  docs_url=None, redoc_url=None)
    app.state.access = access
    app.state.read_only = not token

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    if token:
        app.include_router(api.ingest_router(token, config or Config()))
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def run(db_url: str, host: str = "127.0.0.1", port: int = 8000, token: Optional[str] = None) -> None:
    """Serve the app with uvicorn until interrupted (binds to localhost unless told otherwise)."""
    import uvicorn

    uvicorn.run(create_app(db_url, token=token), host=host, port=port, log_level="info")
