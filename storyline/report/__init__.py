"""Reports: the merged records as JSON, CSV, a terminal table or a Markdown dossier."""
from .formats import FORMATS, render
from .compare import coverage
from .markdown import timeline_markdown

__all__ = ["FORMATS", "coverage", "render", "timeline_markdown"]
