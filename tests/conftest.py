"""Shared fixtures: run the pipeline on short texts written for the tests."""

from __future__ import annotations

import pytest

from analysis.runner import analyze_text


@pytest.fixture(scope="session")
def analyze():
    """Return a function text -> tables (cached per text within the session)."""
    cache: dict[tuple, dict] = {}

    def run(text: str, *, outlet: str = "") -> dict:
        key = (text, outlet)
        if key not in cache:
            cache[key] = analyze_text(text, doc_id="t", metadata={"outlet": outlet} if outlet else None)
        return cache[key]

    return run


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Return the (start, end) of the nth occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)
