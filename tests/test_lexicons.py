"""Lexicons are data files with their provenance beside them."""

from __future__ import annotations

import csv
from importlib import resources

LEXICONS = resources.files("analysis.lexicons")


def test_every_lexicon_has_a_source_and_licence():
    rows = list(csv.DictReader(LEXICONS.joinpath("sources.csv").read_text("utf-8").splitlines()))
    described = {r["file"] for r in rows}
    files = {p.name for p in LEXICONS.iterdir() if p.suffix in (".csv", ".txt", ".jsonl")} - {"sources.csv"}
    assert files <= described
    assert all(r["licence"].strip() and r["source"].strip() for r in rows)


def test_every_csv_lexicon_has_rectangular_rows():
    for path in LEXICONS.iterdir():
        if path.suffix == ".csv":
            rows = list(csv.reader(path.read_text("utf-8").splitlines()))
            assert len({len(r) for r in rows}) == 1, path.name
