"""What to do when a real component a test needs (PostgreSQL, Chromium, model weights) is absent.

``scripts/test.sh`` (and so CI) installs all of them and sets ``STORYLINE_TEST_STRICT=1``; there a
missing component fails the test. A developer running ``pytest`` alone without one gets a skip that
says how to install it.
"""
from __future__ import annotations

import os

import pytest


def strict() -> bool:
    """Whether a missing component must fail (CI, or the README's test command)."""
    flags = (os.environ.get("CI", ""), os.environ.get("STORYLINE_TEST_STRICT", ""))
    return any(flag.lower() in ("true", "1", "yes") for flag in flags)


def unavailable(why: str) -> None:
    """Fail (strict runs) or skip (a developer's partial setup), saying ``why``."""
    if strict():
        pytest.fail(why)
    pytest.skip(why)
