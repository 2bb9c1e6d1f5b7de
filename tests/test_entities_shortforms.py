"""Organisation and place names: one name per article (issue 14), on names written for the test."""

from __future__ import annotations

import pytest

from analysis.entities.shortforms import (
    RULES,
    link_short_forms,
    shortens,
    unify_variants,
    variant_key,
)

EXAMPLES = [(rule.name, *ex) for rule in RULES for ex in rule.examples]
COUNTER = [(rule.name, *ex) for rule in RULES for ex in rule.counter_examples]


@pytest.mark.parametrize("rule,short,label,long", EXAMPLES)
def test_each_short_form_rule_links_its_examples(rule, short, label, long):
    assert shortens(short, long, short_label=label) == rule


@pytest.mark.parametrize("rule,short,label,long", COUNTER)
def test_no_rule_links_the_counter_examples(rule, short, label, long):
    assert shortens(short, long, short_label=label) is None


@pytest.mark.parametrize("a,b", [
    ("Green party", "Green Party"),                       # case
    ("U.S. Green Party", "Green Party"),                  # a national qualifier before an institution
    ("United States Senate", "Senate"),
    ("Elm St.", "Elm Street"),                            # abbreviation, by position
    ("St. Paul", "Saint Paul"),
])
def test_spelling_variants_share_a_key(a, b):
    assert variant_key(a, "ORG" if "Street" not in b else "FAC") == variant_key(b, "ORG")


@pytest.mark.parametrize("a,b", [
    ("U.S. Steel", "Steel"),          # the qualifier is dropped only before an institution head
    ("Republican Party", "Party"),    # a party adjective is no national qualifier
    ("St. Paul", "Paul Street"),
])
def test_different_names_keep_different_keys(a, b):
    assert variant_key(a, "ORG") != variant_key(b, "ORG")


def test_variants_take_the_fullest_spelling():
    names = unify_variants(["Green party", "U.S. Green Party", "Green Party"], ["ORG"] * 3)
    assert names == ["U.S. Green Party"] * 3
    assert unify_variants(["FARGO", "Fargo"], ["GPE"] * 2) == ["Fargo"] * 2  # not the dateline's


def test_short_form_takes_the_one_long_name_and_its_label():
    names = ["Tufts University", "Tufts", "Elm Street", "Elm", "NM", "New Mexico"]
    labels = ["ORG", "ORG", "FAC", "ORG", "ORG", "GPE"]
    basis = ["text"] * 6
    out = link_short_forms(names, labels, basis)
    assert out == ["Tufts University"] * 2 + ["Elm Street"] * 2 + ["New Mexico"] * 2
    assert labels == ["ORG", "ORG", "FAC", "FAC", "GPE", "GPE"]
    assert basis == ["text", "document", "text", "document", "document", "text"]


def test_two_long_names_leave_the_short_form_alone():
    names = ["Elm", "Elm Street", "Elm Avenue"]
    assert link_short_forms(names, ["GPE", "FAC", "FAC"], ["text"] * 3)[0] == "Elm"


def test_short_forms_link_through_a_chain():
    names = ["University of Texas at Austin", "UT Austin", "Austin"]
    out = link_short_forms(names, ["ORG"] * 3, ["text"] * 3)
    assert out == ["University of Texas at Austin"] * 3


def test_a_person_is_not_shortened_from_an_institution():
    names = ["Okafor University", "Chidi Okafor", "Okafor"]  # the person pass linked Okafor to Chidi
    labels = ["ORG", "PERSON", "PERSON"]
    assert link_short_forms(names, labels, ["text", "text", "document"])[2] == "Okafor"


def test_a_one_word_person_nobody_carries_is_the_institution():
    names, labels, basis = ["Tufts University", "Tufts"], ["ORG", "PERSON"], ["text", "none"]
    assert link_short_forms(names, labels, basis) == ["Tufts University"] * 2
    assert labels == ["ORG", "ORG"] and basis == ["text", "document"]
    # typed PERSON only after the person pass (basis text): the same
    assert link_short_forms(["Tufts University", "Tufts"], ["ORG", "PERSON"], ["text"] * 2)[1] == \
        "Tufts University"
    # a place head does not make a person a street: Elm typed PERSON stays
    assert link_short_forms(["Elm Street", "Elm"], ["FAC", "PERSON"], ["text", "none"])[1] == "Elm"


@pytest.mark.parametrize("text,short,full", [
    ("Tufts University admitted 300 students. Officials at Tufts said it was a record.",
     "Tufts", "Tufts University"),
    ("The parade went down Elm St. on Saturday. Shops on Elm Street stayed open.", "Elm St.", "Elm Street"),
    ("The State of Vermont charged him with fraud. At trial, the State argued that he had lied.",
     "State", "State of Vermont"),
])
def test_short_forms_in_running_text(analyze, text, short, full):
    rows = analyze(text)["entities"].to_dict("records")
    assert len({r["entity"] for r in rows if r["text"] in (short, full)}) == 1
    assert {r["text"] for r in rows} >= {short, full}


def test_an_organisation_prefix_is_its_name_but_one_word():
    names = ["National League", "National League Central", "National League Central Standings"]
    assert link_short_forms(names, ["ORG"] * 3, ["text"] * 3)[:2] == ["National League Central"] * 2
