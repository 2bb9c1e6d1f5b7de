"""Every sense rule's example sentences, both senses, through the cue finder (one parametrised test)."""

from __future__ import annotations

import re

import pytest

from analysis import lexicons
from analysis.hedging import SENSE_RULES, find_cues, lexicon
from analysis.nlp import load_nlp

EXAMPLES = [pytest.param(sentence, word, is_cue, id=f"{name}: {sentence} [{word}]")
            for name, rule in SENSE_RULES.items() for sentence, word, is_cue in rule.examples]


@pytest.mark.parametrize("sentence,word,is_cue", EXAMPLES)
def test_sense_rule_examples(sentence, word, is_cue):
    doc = load_nlp()(sentence)
    start = re.search(rf"\b{re.escape(word)}\b", sentence).start()  # the word as a whole word
    cues = find_cues(doc)
    found = any(c.start_char <= start < c.end_char for c in cues)
    assert found == is_cue, [(c.text, c.kind) for c in cues]


def test_every_rule_named_in_the_lexicon_is_registered_and_used():
    named = {row["rule"] for rows in lexicon().values() for row in rows if row["rule"]}
    assert named <= set(SENSE_RULES)
    assert set(SENSE_RULES) <= named


def test_every_rule_has_an_example_of_each_sense():
    for name, rule in SENSE_RULES.items():
        assert {ok for _, _, ok in rule.examples} == {True, False}, name


def test_sense_word_lists_name_only_known_uses():
    uses = {row["rule"] for row in lexicons.rows("hedge_senses.csv")}
    assert uses == {"permission", "ability", "past_ability", "habit", "softening", "expectation",
                    "time_marker", "expectation_state", "manner", "reported_future", "raising", "ability_clause", "refusal", "possible_blocker",
                    "judgment_as"}
