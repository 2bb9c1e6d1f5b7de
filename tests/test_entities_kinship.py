"""Names introduced as someone's relative: each construction of the registry on its own sentences."""

from __future__ import annotations

import pytest

from analysis.entities.kinship import CONSTRUCTIONS, is_relative
from analysis.nlp import load_nlp

EXAMPLES = [(c.name, *ex) for c in CONSTRUCTIONS for ex in c.examples]
COUNTER = [(c.name, *ex) for c in CONSTRUCTIONS for ex in c.counter_examples]


def _span(sentence: str, name: str):
    doc = load_nlp()(sentence)
    start = sentence.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand")


@pytest.mark.parametrize("construction,sentence,name", EXAMPLES)
def test_each_construction_marks_its_examples(construction, sentence, name):
    test = next(c.test for c in CONSTRUCTIONS if c.name == construction)
    assert test(_span(sentence, name))


@pytest.mark.parametrize("construction,sentence,name", COUNTER)
def test_no_construction_marks_the_counter_examples(construction, sentence, name):
    assert not is_relative(_span(sentence, name))
