"""The entities stage (first version pending)."""
from ..config import Config
from ..pipeline import register_stage


@register_stage("entities")
def make_stage(config: Config):
    return lambda article: article
