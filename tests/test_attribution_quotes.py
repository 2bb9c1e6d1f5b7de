"""Quotation marks on real news: pairing per paragraph, and quotations that are not statements."""

from __future__ import annotations

import pytest

from tests.conftest import span


def rows(tables):
    return tables["attributions"].to_dict("records")


def content(row, text):
    return text[int(row["content_start_char"]):int(row["content_end_char"])]


def test_unbalanced_mark_does_not_spread_to_later_paragraphs(analyze):
    text = ('The council met on "Tuesday to vote.\n'
            'After the game, the manager said, "We played well and we deserved it."')
    found = rows(analyze(text))
    assert [content(r, text) for r in found] == ["We played well and we deserved it."]
    assert found[0]["source_text"] == "manager"


def test_multi_paragraph_quotation_keeps_its_speaker(analyze):
    text = ("“We will rebuild the school,” Mayor Ana Ruiz said. “The work starts in May.\n"
            "“It will take two years, and the state will pay for most of it.”\n"
            "Parents welcomed the news.")
    found = [r for r in rows(analyze(text)) if r["kind"] == "quote"]
    assert [r["source"].endswith("Ana Ruiz") for r in found] == [True, True]
    assert found[0]["content_end_char"] == span(text, "starts in May.")[1]  # not over the break
    assert (found[1]["content_start_char"], found[1]["content_end_char"]) == \
        span(text, "It will take two years, and the state will pay for most of it.")
    assert found[1]["resolved_by"] == "previous_sentence" and found[1]["cue"] == ""


def test_continued_quotation_does_not_take_in_its_own_frame(analyze):
    text = ('"We will appeal the decision as soon as we can," said Tom Berg, the union\'s lawyer.\n'
            '"The ruling ignores the evidence, and we will win in the end."\n'
            'The court did not comment.')
    found = rows(analyze(text))
    assert [content(r, text) for r in found] == [
        "We will appeal the decision as soon as we can,",
        "The ruling ignores the evidence, and we will win in the end."]
    assert [r["source"] for r in found] == ["Tom Berg", "Tom Berg"]


def test_continued_quotation_not_given_when_the_paragraph_names_another_person(analyze):
    text = ('"We will appeal the decision as soon as we can," said Tom Berg, the union\'s lawyer.\n'
            '"The ruling is a good day for the city and its taxpayers." That was the view of '
            'Mayor Ann Cole, who spoke on Monday.')
    found = rows(analyze(text))
    assert all(r["source"] != "Tom Berg" or "ruling" not in content(r, text) for r in found)
    assert all(int(r["content_end_char"]) <= text.index("\n") for r in found if r["source"] == "Tom Berg")


@pytest.mark.parametrize("text", [
    "Farmers say the growers' cooperative isn't ready, but the ministers' plan is.",  # apostrophes
    "The mayor's office didn't comment.",
])
def test_apostrophes_are_not_quotation_marks(analyze, text):
    assert all(r["kind"] != "quote" for r in rows(analyze(text)))


def test_curly_opening_with_straight_closing_pairs(analyze):
    text = "“We have clearly earned the trust of rural households,\" the chair said."
    row = next(r for r in rows(analyze(text)) if r["kind"] == "quote")
    assert content(row, text) == "We have clearly earned the trust of rural households,"


@pytest.mark.parametrize("text", [
    'The "dangerous" plan was shelved on Monday.',  # scare quote
    'She starred in "Planet of the Apes" last year.',  # title
    'The striker, nicknamed "The Cat", scored twice.',  # nickname
    'The full report is posted at "http://example.org/report.pdf" online.',  # URL
])
def test_quotations_that_are_not_statements_give_no_row(analyze, text):
    assert rows(analyze(text)) == []


def test_quote_speaker_in_next_paragraph_with_he_added(analyze):
    text = ("“We will appeal,” said Tom Berg, the club's lawyer.\n"
            "“The ruling ignores the evidence,” he added.")
    found = [r for r in rows(analyze(text)) if r["kind"] == "quote"]
    assert [r["source"] for r in found] == ["Tom Berg", "Tom Berg"]


def test_html_entity_quote_marks_pair(analyze):
    text = "&quot;We will not give up the fight,&quot; the union leader said."
    row = next(r for r in rows(analyze(text)) if r["kind"] == "quote")
    assert content(row, text) == "We will not give up the fight,"


def test_frame_hung_on_a_subordinate_clause_reports_the_whole_sentence():
    """"Though A, he said, B": a parse that hangs the frame on the "though" clause still gives A and B."""
    import spacy
    from spacy.tokens import Doc

    from analysis.attribution.constructions import frame_content

    words = ["Though", "it", "was", "smooth", ",", "he", "said", ",", "the", "next", "will", "be", "hard", "."]
    heads = [2, 2, 11, 2, 6, 6, 2, 6, 9, 11, 11, 11, 11, 11]
    deps = ["mark", "nsubj", "advcl", "acomp", "punct", "nsubj", "parataxis", "punct", "det", "nsubj", "aux",
            "ROOT", "acomp", "punct"]
    pos = ["SCONJ", "PRON", "AUX", "ADJ", "PUNCT", "PRON", "VERB", "PUNCT", "DET", "ADJ", "AUX", "AUX", "ADJ",
           "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    start, end = frame_content(doc[6])
    assert doc.text[start:end] == "Though it was smooth , he said , the next will be hard"
