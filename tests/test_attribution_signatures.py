"""Dash signatures of a block (analysis/attribution/signatures.py); the positive cases are registry examples."""

from __future__ import annotations

import pytest


def test_dash_after_an_unfinished_sentence_is_no_signature(analyze):
    rows = analyze("The prize went to one person — Ann Lee.\nThe hall emptied.")["attributions"]
    assert "Ann Lee" not in set(rows["source_text"])


@pytest.mark.parametrize("text", [
    "The rain finally stopped on Sunday. — Staff Writer",
    "The results were clear. — Ann Lee, reporting from Cairo.",
    "The council will vote again in May. — Tom Berg, Chief Correspondent",
    "“The roads will be fixed by the end of the year.” — Staff Writer",
])
def test_byline_after_a_dash_signs_nothing(analyze, text):
    assert analyze(text)["attributions"].empty


def test_signed_name_leaves_the_sentence_full_stop(analyze):
    text = "The prize went to one person. — Ann Lee.\nThe hall emptied slowly."
    rows = analyze(text)["attributions"].to_dict("records")
    assert [(r["source"], r["source_text"]) for r in rows] == [("Ann Lee", "Ann Lee")]


def test_signed_initial_keeps_its_full_stop(analyze):
    rows = analyze("We shall not be moved by threats. — Ann B.")["attributions"].to_dict("records")
    assert [r["source_text"] for r in rows] == ["Ann B."]
