"""The words that end a company's name (``data/company_words.yaml``), read once for every
rule that asks whether a name's last word makes it a company's."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "company_words.yaml"


@lru_cache(maxsize=1)
def _table() -> dict:
    """{section: frozenset of its words} of ``data/company_words.yaml``."""
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {section: frozenset(w for line in lines for w in line.split())
            for section, lines in data.items()}


@lru_cache(maxsize=8)
def company_words(*sections: str) -> frozenset:
    """The lower-case words of the table's ``sections`` ("legal": legal forms such as
    "inc"; "trade": "motors", "airlines"; "sector": "shipping", "bank"), together."""
    table = _table()
    return frozenset().union(*(table[s] for s in sections))
