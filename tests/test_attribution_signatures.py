"""Dash signatures of a block (analysis/attribution/signatures.py); the positive cases are registry examples."""

from __future__ import annotations


def test_dash_after_an_unfinished_sentence_is_no_signature(analyze):
    rows = analyze("The prize went to one person — Ann Lee.\nThe hall emptied.")["attributions"]
    assert "Ann Lee" not in set(rows["source_text"])
