"""Publication dates given as metadata (JSON fields, feed items), normalised to ISO."""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Optional

from ..errors import W, warning

# "2023", "2023-02", "2023-02-22", "2023-02-22T10:31:00Z", "2023/02/22", "20230222"
_ISO = re.compile(r"^\s*(\d{4})(?:[-/]?(\d{2})(?:[-/]?(\d{2}))?)?(?:[T\s].*)?\s*$")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _valid(year: int, month: Optional[int], day: Optional[int]) -> bool:
    try:
        datetime(year, month or 1, day or 1)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _from_iso(value: str) -> Optional[str]:
    match = _ISO.match(value)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    if not _valid(year, month, day):
        return None
    parts = [f"{year:04d}"] + [f"{p:02d}" for p in (month, day) if p is not None]
    return "-".join(parts[: 1 + (month is not None) + (month is not None and day is not None)])


def _from_words(value: str) -> Optional[str]:
    """RFC 2822 ("Wed, 22 Feb 2023 10:31:00 GMT") or a written date ("22 February 2023")."""
    try:
        return parsedate_to_datetime(value).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    if not _YEAR.search(value):  # never let a parser fill in the year from today
        return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year", "month"],
        "PARSERS": ["absolute-time"]})
    if parsed is None:
        return None
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", _YEAR.sub("", value)))
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def normalise_published(value) -> tuple[Optional[str], Optional[str]]:
    """A given publication date as ``("YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None, warning | None)``.

    value (str | int | None): the field as found (ISO date or datetime, RFC 2822, written date).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    text = str(value).strip()
    iso = _from_iso(text) or _from_words(text)
    if iso is None:
        return None, warning(W.BAD_DATE, value=text)
    return iso, None
