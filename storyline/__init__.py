"""storyline: news articles in, one dated, sourced record of events, entities, quotes and stories out."""
from .config import Config
from .model import Article, Dossier
from .pipeline import Pipeline, register_stage

__version__ = "0.1.0"
__all__ = ["Article", "Config", "Dossier", "Pipeline", "register_stage", "__version__"]
