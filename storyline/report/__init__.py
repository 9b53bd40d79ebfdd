"""Reports: the merged records as JSON, CSV, a terminal table or a Markdown dossier."""
from .formats import FORMATS, render
from .compare import coverage
from .entity_lookup import entity_key
from .markdown import timeline_markdown

__all__ = ["FORMATS", "coverage", "entity_key", "render", "timeline_markdown"]
