"""storyline: news articles in, one dated, sourced record of events, entities, quotes and stories out.

    from storyline import Pipeline, annotate
    dossier = Pipeline().process(["text of one article", "text of another"])
    layers = annotate("Wang Yi met Sergei Lavrov on Wednesday.", published="2023-02-22")
"""
from .config import Config
from .model import Article, Dossier
from .pipeline import Pipeline, register_stage
from .annotate import annotate  # noqa: E402  (the function shadows the module name on purpose)

__version__ = "0.1.0"
__all__ = ["Article", "Config", "Dossier", "Pipeline", "annotate", "register_stage", "__version__"]
