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


# ------------------------------------------------------------ a territorial designation ("of X")
@pytest.mark.parametrize("name,key", [
    ("Walter Moray of Kilbride", ("walter", "moray")),
    ("General Hugh Dunbar of Glenmore", ("hugh", "dunbar")),
    ("Catherine of Aragon", ("catherine", "of", "aragon")),  # one word before "of": kept whole
])
def test_a_territorial_designation_is_no_part_of_the_person_key(name, key):
    from analysis.entities.names import person_key
    assert person_key(name) == key


def test_the_place_of_a_territorial_designation_is_not_the_person():
    labels = consistent_person_labels(["Walter Moray of Kilbride", "Kilbride", "Moray"],
                                      ["PERSON", "GPE", "PERSON"])
    assert labels == ["PERSON", "GPE", "PERSON"]


# ------------------------------------------------------------ a relative named after the short name
def test_a_relative_named_later_does_not_take_an_earlier_short_name():
    names, basis = link_people(["Tanaka", "Tanaka", "Emi Hoshi Tanaka"], ["PERSON"] * 3,
                               breaks=[1, 2, 3], relatives={2})
    assert names[:2] == ["Tanaka", "Tanaka"] and basis[:2] == ["none", "none"]


def test_a_headline_short_name_may_name_a_relative_introduced_later():
    names, _ = link_people(["Ruth", "Ruth Okafor"], ["PERSON"] * 2, breaks=[0, 2], relatives={1})
    assert names == ["Ruth Okafor", "Ruth Okafor"]


def test_a_relative_named_earlier_still_takes_a_later_short_name():
    names, _ = link_people(["Emi Hoshi Tanaka", "Tanaka"], ["PERSON"] * 2, relatives={0})
    assert names == ["Emi Hoshi Tanaka", "Emi Hoshi Tanaka"]


def test_a_subject_known_by_surname_is_not_a_later_named_daughter(analyze):
    # her married name keeps his surname as a middle name (a one-word name left unlinked in the
    # article is linked across the corpus only by a surname, so "Tanaka" stays)
    text = ("Early years\nBorn in Osaka, Mori moved to Kyoto as a child. Mori taught physics for "
            "forty years. His first daughter Emi Mori Hoshi (1931 - 2008) was a violinist.")
    rows = analyze(text)["entities"].to_dict("records")
    assert {r["entity"] for r in rows if r["text"] == "Mori"} == {"Mori"}


# ------------------------------------------------------------ two-word names the model typed otherwise
@pytest.mark.parametrize("names,labels,expected", [
    # a surname made PERSON by another full name counts: Lena Ortiz is a person too
    (["Tomas Ortiz", "Lena Ortiz", "Ortiz"], ["PERSON", "ORG", "ORG"], ["PERSON", "PERSON", "PERSON"]),
    # a first name used alone after the full name
    (["Marisol Quint", "Marisol"], ["ORG", "PERSON"], ["PERSON", "PERSON"]),
])
def test_a_two_word_name_whose_words_are_a_persons_is_a_person(names, labels, expected):
    assert consistent_person_labels(names, labels) == expected


@pytest.mark.parametrize("names,labels,before", [
    (["Dana Ruiz", "Ruiz", "Ruiz Tower"], ["PERSON", "PERSON", "ORG"], None),  # a surname, a head
    (["Marisol", "Marisol Quint"], ["PERSON", "ORG"], None),  # the first name alone came first
    (["Dana Ruiz", "Ruiz", "Marisol Ruiz"], ["PERSON", "PERSON", "ORG"], ["", "", "the"]),
    (["Ana Mendes PAC", "PAC", "Unity PAC"], ["PERSON", "ORG", "ORG"], None),  # an acronym
    (["Marisol Hotel", "Marisol"], ["ORG", "PERSON"], None),  # a facility head
    (["Marisol Square", "Marisol"], ["ORG", "PERSON"], None),  # a place's last word
    (["Marisol Foundation", "Marisol"], ["ORG", "PERSON"], None),  # an organisation head
    (["Dana Ruiz", "Ruiz Cabinet", "Ruiz"], ["PERSON", "ORG", "PERSON"], None),  # Ruiz: a surname
])
def test_a_two_word_name_that_is_no_persons_keeps_its_label(names, labels, before):
    i = next(i for i, n in enumerate(names) if " " in n and labels[i] == "ORG")
    assert consistent_person_labels(names, labels, before=before or ())[i] == "ORG"


# ------------------------------------------------------------ X, known as Y
def test_a_name_given_with_known_as_is_the_same_person(analyze):
    text = ("Ingrid Marta Solberg, better known as Mama Solberg, cooked for the crew. "
            "Solberg never left Tromso.")
    rows = analyze(text)["entities"].to_dict("records")
    assert {r["entity"] for r in rows if "Solberg" in r["text"]} == {"Ingrid Marta Solberg"}


@pytest.mark.parametrize("text,pairs", [
    ("Ingrid Marta Solberg, better known as Mama Solberg, cooked.", {1: 0}),
    ("The Tarven Islands, also known as the Seal Isles, lie north of Oslo.", {1: 0}),
    ("Ingrid Solberg met Mama Nilsen in Oslo.", {}),
    ("Ingrid Solberg is known in Oslo as a cook.", {}),
])
def test_known_as_introduces_another_name(text, pairs):
    from analysis.entities.aliases import introduced_aliases
    from analysis.entities.spans import entity_spans
    from analysis.nlp import load_nlp
    doc = load_nlp()(text)
    assert introduced_aliases(doc, entity_spans(doc)) == pairs


def test_an_alias_of_a_guessed_person_is_not_spread():
    from analysis.entities import merge_aliases
    names, labels = ["Jon Berg", "Berg", "Finn"], ["PERSON"] * 3
    basis = ["text", "document", "none"]  # "Mr. Berg, known as Finn": which Berg is a guess
    merge_aliases(names, labels, basis, {2: 1})
    assert names == ["Jon Berg", "Berg", "Finn"]
    basis = ["text", "text", "none"]
    merge_aliases(names, labels, basis, {2: 0})
    assert names[2] == "Jon Berg" and basis[2] == "document"


# ------------------------------------------------------------ a role played
def test_a_role_is_not_the_real_person_with_that_name(analyze):
    text = ("He toured with his friend Tom Reyes in 2004. In 2006 he starred as Tom in a comedy. "
            "Reyes retired in 2010.")
    rows = {r["text"]: r["entity"] for r in analyze(text)["entities"].to_dict("records")}
    assert rows["Tom"] == "Tom" and rows["Reyes"] == "Tom Reyes"


@pytest.mark.parametrize("text,role", [
    ("In 2006 he starred as Tom in a comedy.", True),
    ("She was cast as Rosa in the play.", True),
    ("He worked as Tom's assistant.", False),
    ("As Tom said, the film ran late.", False),
])
def test_as_after_a_verb_of_performing_names_a_role(text, role):
    from analysis.entities.characters import is_character
    from analysis.nlp import load_nlp
    doc = load_nlp()(text)
    name = next(t for t in doc if t.text in ("Tom", "Rosa"))
    assert is_character(name) == role
