"""Quotative "be like" (analysis/attribution/quotative.py); the positive cases are registry examples."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "He is like, six feet tall.",  # a bare phrase after the comma: an approximation
    "The economy was like, in free fall.",  # a thing as subject
    "The house was like, totally empty when we arrived.",
    "He was like, totally exhausted when we arrived.",  # the finite verb is the adverbial clause's
])
def test_be_like_with_a_phrase_or_a_thing_reports_nothing(analyze, text):
    assert analyze(text)["attributions"].empty


@pytest.mark.parametrize("text,content", [
    ("She was like, I can do this.", "I can do this"),
    ("I was like, why not start over?", "why not start over"),
])
def test_be_like_with_a_person_and_a_clause_reports_it(analyze, text, content):
    rows = analyze(text)["attributions"].to_dict("records")
    assert [text[int(r["content_start_char"]):int(r["content_end_char"])] for r in rows] == [content]
