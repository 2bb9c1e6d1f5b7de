"""Every example sentence of every registered attribution construction, with its expected spans."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution.registry import REGISTRY


def _examples():
    return [pytest.param(c.name, ex, id=f"{c.name}-{i}")
            for c in REGISTRY for i, ex in enumerate(c.examples)]


def test_every_construction_has_examples_and_a_trigger():
    for construction in REGISTRY:
        assert construction.examples and construction.trigger, construction.name


@pytest.mark.parametrize("name,example", _examples())
def test_registered_example(analyze, name, example):
    text = example.text
    rows = analyze(text)["attributions"].to_dict("records")
    got = [(r["source_text"], r["cue"],
            text[int(r["content_start_char"]):int(r["content_end_char"])]
            if r["content_start_char"] is not None and not pd.isna(r["content_start_char"]) else None)
           for r in rows]
    hit = [g for g in got if g[0] == example.source and g[1] == example.cue
           and (example.content is None or g[2] == example.content)]
    assert hit, (name, got)
