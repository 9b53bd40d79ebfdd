"""The fuse stage (first version pending)."""
from ..config import Config
from ..model import Dossier, article_summary
from ..pipeline import register_stage


@register_stage("fuse")
def make_stage(config: Config):
    def fuse(articles, dossier):
        return Dossier(articles=[article_summary(a) for a in articles])
    return fuse
