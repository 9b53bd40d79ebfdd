"""The web view and JSON API over a storyline store.

    from storyline.serve import create_app, run
    app = create_app("storyline.db")                # read-only
    app = create_app("storyline.db", token="s3cr")  # adds POST /api/articles
    run("storyline.db", host="127.0.0.1", port=8000)
"""
from __future__ import annotations


def create_app(db_url: str, token=None, config=None):
    """Build the FastAPI app over the store at ``db_url`` (see :func:`storyline.serve.app.create_app`)."""
    from .app import create_app as build

    return build(db_url, token=token, config=config)


def run(db_url: str, host: str = "127.0.0.1", port: int = 8000, token=None) -> None:
    """Serve the app with uvicorn (see :func:`storyline.serve.app.run`)."""
    from .app import run as serve

    serve(db_url, host=host, port=port, token=token)


__all__ = ["create_app", "run"]
