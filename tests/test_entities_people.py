"""People in one article (issue 14): relatives sharing a surname; a first name's short form (Larry = Lawrence)."""

from __future__ import annotations

import pytest

from analysis.entities.linking import consistent_person_labels, link_people


@pytest.mark.parametrize("text,surname,person", [
    (("Sarah Mitchell grew up in Leeds. Her brother, James Mitchell, is a chemist. Mitchell later "
     "moved to London."), "Mitchell", "Sarah Mitchell"),
    ("Daniel Okoro was born in Lagos to Grace and Samuel Okoro. Okoro studied law in London.",
     "Okoro", "Daniel Okoro"),
    (("The film starred Lena Brandt. She has two daughters, Ida Brandt and Maja Brandt, and a son, "
     "Erik Brandt. Brandt lives in Hamburg."), "Brandt", "Lena Brandt"),
    (("Paolo Conti is the son of Lucia Ferri, a teacher, and Marco Conti, a baker. Conti trained "
     "as a pianist."), "Conti", "Paolo Conti"),
])
def test_a_relative_does_not_take_the_subjects_surname(analyze, text, surname, person):
    rows = analyze(text)["entities"].to_dict("records")
    assert [r["entity"] for r in rows if r["text"] == surname] == [person]


def test_a_relative_keeps_a_surname_no_one_else_has():
    names, _ = link_people(["Luis Ruiz", "Ruiz"], ["PERSON"] * 2, relatives={0})
    assert names == ["Luis Ruiz", "Luis Ruiz"]


def test_relatives_only_break_ties_between_bearers():
    labels = ["PERSON"] * 3
    assert link_people(["Ana Ruiz", "Luis Ruiz", "Ruiz"], labels, relatives={1})[0][2] == "Ana Ruiz"
    # without the mark, the nearest preceding full mention decides (news: Hillary / Bill Clinton)
    assert link_people(["Ana Ruiz", "Luis Ruiz", "Ruiz"], labels)[0][2] == "Luis Ruiz"


def test_a_relative_named_first_keeps_the_surname_before_another_bearer_appears():
    # the mark breaks a tie only between people named before the mention: Ruiz precedes Ana Ruiz
    names, _ = link_people(["Luis Ruiz", "Ruiz", "Ana Ruiz"], ["PERSON"] * 3, relatives={0})
    assert names[1] == "Luis Ruiz"


@pytest.mark.parametrize("text", [
    # a kinship noun's list ends at the next verb: Paul Harmon is no one's relative here
    ("Nora Bell, the widow of a firefighter, said Paul Harmon had insulted her. Harmon replied on "
     "the radio. Greg Harmon defended his father on Sunday."),
    ("Dana Ortiz, whose son serves in the Navy, criticised Paul Harmon. Harmon replied on the radio. "
     "Greg Harmon defended his father on Sunday."),
])
def test_a_name_after_a_kinship_phrase_and_a_verb_is_not_a_relative(analyze, text):
    rows = analyze(text)["entities"].to_dict("records")
    assert [r["entity"] for r in rows if r["text"] == "Harmon"] == ["Paul Harmon"]


# ------------------------------------------------------------ a first name's short form
def test_a_first_names_short_form_is_the_same_person():
    names, _ = link_people(["Lawrence Okafor", "Larry Okafor", "Larry"], ["PERSON"] * 3)
    assert len(set(names)) == 1


def test_a_surname_that_is_also_a_short_form_still_links():
    names, _ = link_people(["Philip Dick", "Dick"], ["PERSON"] * 2)
    assert names == ["Philip Dick", "Philip Dick"]


@pytest.mark.parametrize("names,word,person", [
    # a surname as written wins over a nickname's formal name, even when the other is nearer
    (["Kenji Abe", "Abraham Moss", "Abe"], "Abe", "Kenji Abe"),
    (["Ines Dick", "Richard Moss", "Dick"], "Dick", "Ines Dick"),
    # no one carries the word as written: the formal name decides
    (["Ines Vale", "Richard Moss", "Dick"], "Dick", "Richard Moss"),
])
def test_a_word_as_written_wins_over_a_nicknames_formal_name(names, word, person):
    out, _ = link_people(names, ["PERSON"] * len(names))
    assert out[len(names) - 1 - names[::-1].index(word)] == person


def test_ambiguous_short_forms_are_not_expanded():
    from analysis.entities.names import person_key
    assert person_key("Bill Ortiz") == person_key("William Ortiz")
    assert person_key("Ted Ortiz") != person_key("Edward Ortiz")  # Ted: Edward or Theodore


@pytest.mark.parametrize("label", ["ORG", "PRODUCT", "NORP"])
def test_a_persons_first_name_mistyped_is_the_person(label):
    labels = consistent_person_labels(["Jared Okafor", "Jared"], ["PERSON", label])
    assert labels == ["PERSON", "PERSON"]
