"""The clean stage (first version pending)."""
from .config import Config
from .pipeline import register_stage


@register_stage("clean", assigns=["Article.body", "Article.furniture"])
def make_stage(config: Config):
    return lambda article: article
