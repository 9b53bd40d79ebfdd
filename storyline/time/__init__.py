"""The time stage (first version pending)."""
from ..config import Config
from ..pipeline import register_stage


@register_stage("time")
def make_stage(config: Config):
    return lambda article: article
