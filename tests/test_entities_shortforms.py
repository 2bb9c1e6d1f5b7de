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

EXAMPLES = [(rule.name, *ex, rule.places) for rule in RULES for ex in rule.examples]
COUNTER = [(rule.name, *ex, rule.places) for rule in RULES for ex in rule.counter_examples]


@pytest.mark.parametrize("rule,short,label,long,places", EXAMPLES)
def test_each_short_form_rule_links_its_examples(rule, short, label, long, places):
    assert shortens(short, long, short_label=label, places=places) == rule


@pytest.mark.parametrize("rule,short,label,long,places", COUNTER)
def test_no_rule_links_the_counter_examples(rule, short, label, long, places):
    assert shortens(short, long, short_label=label, places=places) is None


def test_a_nickname_needs_its_place_in_the_article():
    assert shortens("Mariners", "Seattle Mariners", short_label="ORG", places=()) is None


@pytest.mark.parametrize("a,b,label", [
    ("Green party", "Green Party", "ORG"),                        # case
    ("U.S. Green Party", "United States Green Party", "ORG"),     # a national qualifier, as its country
    ("UK Parliament", "United Kingdom Parliament", "ORG"),
    ("U.N. Security Council", "United Nations Security Council", "ORG"),  # a leading alias spelled out
    ("Elm St.", "Elm Street", "FAC"),                             # abbreviation, by position
    ("St. Paul", "Saint Paul", "GPE"),
])
def test_spelling_variants_share_a_key(a, b, label):
    assert variant_key(a, label) == variant_key(b, label)


@pytest.mark.parametrize("a,b", [
    ("U.S. Steel", "Steel"),          # the qualifier is dropped only before an institution head
    ("Republican Party", "Party"),    # a party adjective is no national qualifier
    ("St. Paul", "Paul Street"),
    ("EU Parliament", "UK Parliament"),  # two qualifiers: two parliaments
    ("US Supreme Court", "UK Supreme Court"),
    ("AP Council", "Council"),  # an organisation's acronym is no national qualifier
])
def test_different_names_keep_different_keys(a, b):
    assert variant_key(a, "ORG") != variant_key(b, "ORG")


def test_an_unqualified_name_joins_the_articles_one_qualified_name():
    assert unify_variants(["U.S. Senate", "Senate"], ["ORG"] * 2) == ["U.S. Senate"] * 2
    names = unify_variants(["EU Parliament", "UK Parliament", "Parliament"], ["ORG"] * 3)
    assert names == ["EU Parliament", "UK Parliament", "Parliament"]


def test_two_parliaments_stay_two_in_running_text(analyze):
    text = ("The EU Parliament voted on Monday. The UK Parliament will debate the plan next week. "
            "Parliament rose at ten.")
    rows = analyze(text)["entities"].to_dict("records")
    by_text = {r["text"]: r["entity"] for r in rows}
    assert by_text["EU Parliament"] != by_text["UK Parliament"]
    assert by_text.get("Parliament", "Parliament") == "Parliament"


def test_variants_take_the_fullest_spelling():
    names = unify_variants(["Green party", "U.S. Green Party", "Green Party"], ["ORG"] * 3)
    assert names == ["U.S. Green Party"] * 3
    assert unify_variants(["FARGO", "Fargo"], ["GPE"] * 2) == ["Fargo"] * 2  # not the dateline's


def test_a_variant_shown_in_other_words_is_linked_by_the_document():
    basis = ["text"] * 3
    unify_variants(["Green party", "U.S. Green Party", "Elm Street"], ["ORG", "ORG", "FAC"], basis=basis)
    assert basis == ["document", "text", "text"]


def test_short_form_takes_the_one_long_name_and_its_label():
    names = ["Tufts University", "Tufts", "Elm Street", "Elm", "NM", "New Mexico"]
    labels = ["ORG", "ORG", "FAC", "ORG", "ORG", "GPE"]
    basis = ["text"] * 6
    out = link_short_forms(names, labels, basis)
    assert out == ["Tufts University"] * 2 + ["Elm Street"] * 2 + ["New Mexico"] * 2
    assert labels == ["ORG", "ORG", "FAC", "FAC", "GPE", "GPE"]
    assert basis == ["text", "document", "text", "document", "document", "text"]


def test_a_state_is_not_the_avenue_or_county_named_after_it(analyze):
    text = ("Marchers walked down Pennsylvania Avenue on Monday. Voters in Pennsylvania go to the polls "
            "in April. Officials in Washington County said Washington would send aid.")
    rows = analyze(text)["entities"].to_dict("records")
    assert {r["entity"] for r in rows if r["text"] == "Pennsylvania"} == {"Pennsylvania"}
    assert {r["label"] for r in rows if r["text"] == "Pennsylvania"} == {"GPE"}
    assert {r["entity"] for r in rows if r["text"] == "Washington"} == {"Washington"}


def test_two_long_names_leave_the_short_form_alone():
    names = ["Elm", "Elm Street", "Elm Avenue"]
    assert link_short_forms(names, ["GPE", "FAC", "FAC"], ["text"] * 3)[0] == "Elm"


def test_short_forms_link_through_a_chain():
    names = ["University of Texas at Belmar", "UT Belmar", "Belmar"]
    out = link_short_forms(names, ["ORG"] * 3, ["text"] * 3)
    assert out == ["University of Texas at Belmar"] * 3


def test_a_person_is_not_shortened_from_an_institution():
    names = ["Okafor University", "Chidi Okafor", "Okafor"]  # the person pass linked Okafor to Chidi
    labels = ["ORG", "PERSON", "PERSON"]
    assert link_short_forms(names, labels, ["text", "text", "document"])[2] == "Okafor"


def test_a_one_word_person_nobody_carries_is_the_institution():
    names, labels, basis = ["Tufts University", "Tufts"], ["ORG", "PERSON"], ["text", "none"]
    assert link_short_forms(names, labels, basis) == ["Tufts University"] * 2
    assert labels == ["ORG", "ORG"] and basis == ["text", "document"]
    # a PERSON with basis text (a name of its own) stays: only an unsettled one is the institution
    assert link_short_forms(["Tufts University", "Tufts"], ["ORG", "PERSON"], ["text"] * 2)[1] == "Tufts"
    # a place head does not make a person a street: Elm typed PERSON stays
    assert link_short_forms(["Elm Street", "Elm"], ["FAC", "PERSON"], ["text", "none"])[1] == "Elm"


def test_a_word_of_a_persons_full_name_is_not_an_institution():
    # two people carry "Okafor" (the person pass left it unlinked): still no institution
    names = ["Okafor University", "Chidi Okafor", "Ada Okafor", "Okafor"]
    labels = ["ORG", "PERSON", "PERSON", "PERSON"]
    assert link_short_forms(names, labels, ["text", "text", "text", "none"])[3] == "Okafor"
    # the model typed the surname an organisation: still the person's word
    assert link_short_forms(["Okafor University", "Chidi Okafor", "Okafor"], ["ORG", "PERSON", "ORG"],
                            ["text"] * 3)[2] == "Okafor"


def test_a_name_after_a_person_title_is_not_an_institution():
    names, labels = ["Okafor University", "Okafor"], ["ORG", "ORG"]
    assert link_short_forms(names, labels, ["text"] * 2, titled=[False, True])[1] == "Okafor"


def test_mr_x_beside_x_university_in_running_text(analyze):
    text = "Former students sued Belmar University in 2013. Mr. Belmar said the school was a success."
    rows = analyze(text)["entities"].to_dict("records")
    assert all(r["entity"] != "Belmar University" for r in rows if r["text"] == "Belmar")


def test_the_house_is_not_the_white_house(analyze):
    text = ("The White House said on Monday that the bill was dead. The House will vote on it on "
            "Tuesday, and the Senate next week.")
    rows = analyze(text)["entities"].to_dict("records")
    assert all(r["entity"] != "White House" for r in rows if r["text"] == "House")


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


def test_an_organisations_press_or_conference_keeps_its_own_name():
    names = ["Belmar University Press", "Belmar University", "Labour Party Conference", "Labour Party"]
    assert link_short_forms(names, ["ORG"] * 4, ["text"] * 4) == names


def test_acronyms_keep_to_their_label_and_are_no_events_initials():
    # the convention spelled out does not make the lone DNC the convention
    assert link_short_forms(["Democratic National Convention", "DNC"], ["ORG", "ORG"], ["text"] * 2)[1] == "DNC"
    # an acronym typed a place is not an organisation's; typed an organisation it may be a place's
    assert link_short_forms(["Belmar Harbor Authority", "BHA"], ["ORG", "GPE"], ["text"] * 2)[1] == "BHA"
    assert link_short_forms(["New Mexico", "NM"], ["GPE", "ORG"], ["text"] * 2)[1] == "New Mexico"


def test_the_dnc_is_not_the_convention_in_running_text(analyze):
    text = "The Democratic National Convention opened in Philadelphia on Monday. The DNC chair resigned."
    rows = analyze(text)["entities"].to_dict("records")
    assert all(r["entity"] != "Democratic National Convention" for r in rows if r["text"] == "DNC")
