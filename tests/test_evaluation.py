"""Accuracy against the gold annotations in tests/gold, with floors a little below the measured scores.

The measured figures are in README.md ("Accuracy") and notebook 05; a floor that fails means a
change made the rules worse. The development set (tests/gold) was used to refine the rules; the
held-out set (tests/gold/heldout) was annotated afterwards, blind, and never used for tuning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluation import Score, evaluate_all, match, score
from analysis.evaluation.gum_attributions import is_clausal
from analysis.nlp import load_nlp

GOLD = Path(__file__).resolve().parent / "gold"


def f1(table, match_name: str) -> float:
    return float(table.loc[table["match"] == match_name, "f1"].iloc[0])


@pytest.fixture(scope="module")
def scores():
    return evaluate_all(GOLD)


@pytest.fixture(scope="module")
def heldout():
    return evaluate_all(GOLD / "heldout")


def test_gold_sets_are_large_enough(scores):
    assert {"entities", "attributions", "hedges"} <= set(scores)
    gold = {layer: int(t["gold"].iloc[0]) for layer, t in scores.items()}
    assert gold["attributions"] >= 80 and gold["hedges"] >= 150 and gold["entities"] >= 100


@pytest.mark.parametrize("layer,match_name,floor", [
    ("entities", "exact span", 0.92),
    ("entities", "exact span + canonical name", 0.88),
    ("attributions", "source+cue overlap", 0.85),
    ("attributions", "cue overlap + canonical source", 0.78),
    ("attributions", "content overlap", 0.88),
    # 0.938 since issue 13's scheme: 14 gold rows written earlier count claims, a hypothetical
    # would and potential as hedges, which the scheme (README "What counts as a hedge") does not
    ("hedges", "overlap + kind", 0.90),
    ("hedges", "overlap + kind + source", 0.75),
])
def test_f1_floor(scores, layer, match_name, floor):
    assert f1(scores[layer], match_name) >= floor


@pytest.mark.parametrize("layer,match_name,floor", [
    ("entities", "exact span", 0.84),
    # Lowered from 0.82 / 0.90 by issue 12: the own gold counts a negated frame ("did not say
    # whether") as a row and a verb-less quotation as its own row; on real news (PolNeAR, the
    # public failure cases) negated frames attribute no claim and a quotation split around
    # "he said" is one attribution, which the engine now follows (measured 0.794 / 0.851).
    ("attributions", "source+cue overlap", 0.77),
    ("attributions", "content overlap", 0.83),
    ("hedges", "overlap + kind", 0.88),
    ("hedges", "overlap + kind + source", 0.55),
])
def test_heldout_f1_floor(heldout, layer, match_name, floor):
    """Articles annotated after the rules were frozen: never used for tuning."""
    assert f1(heldout[layer], match_name) >= floor


def test_few_non_cue_senses_flagged(scores):
    row = scores["hedges"][scores["hedges"]["match"].str.startswith("non-cue")].iloc[0]
    assert row["tp"] <= 0.1 * row["gold"]


def test_score_counts_one_to_one_matches():
    gold = [{"doc_id": "d", "s": (0, 5)}, {"doc_id": "d", "s": (10, 15)}]
    pred = [{"doc_id": "d", "s": (0, 5)}, {"doc_id": "d", "s": (1, 4)}, {"doc_id": "e", "s": (10, 15)}]
    key = lambda r: r["s"]
    assert score(gold, pred, key=key, mode="exact") == Score(1, 3, 2)
    assert len(match(gold, pred, key=key, mode="overlap")) == 1  # (1, 4) cannot match twice
    assert Score(1, 3, 2).f1 == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))


@pytest.mark.parametrize("text,content,clausal", [
    ("She said the bridge would close.", "the bridge would close", True),
    ("He called it “a disgrace to the city”.", "a disgrace to the city", True),
    ("The mayor wants to win a third term.", "to win a third term", False),
    ("The union denounced the plan.", "the plan", False),
])
def test_gum_scope_keeps_only_contents_that_can_be_discourse_units(text, content, clausal):
    # runs without the corpora: the scope rule of analysis/evaluation/gum_attributions.py
    doc = load_nlp()(text)
    start = text.index(content)
    record = {"doc_id": "t", "content": ((start, start + len(content)),)}
    assert is_clausal(record, doc) is clausal
    assert is_clausal({"doc_id": "t", "content": ()}, doc)
    # a credit's content is a caption, its own unit in GUM, whatever its form
    assert is_clausal({"doc_id": "t", "cue_class": "credit", "content": record["content"]}, doc)
