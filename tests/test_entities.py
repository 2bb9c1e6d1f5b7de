"""Entity mentions and canonical names, on sentences written for the test."""

from __future__ import annotations

import pytest

from analysis.entities import LINK_BASES, canonical_name, headline_lines
from analysis.entities.linking import link_people, unify_labels


def found(tables):
    return [(r["text"], r["label"], r["entity"]) for r in tables["entities"].to_dict("records")]


@pytest.mark.parametrize("text,label,expected", [
    ("Kim Jong-un’s", "PERSON", "Kim Jong-un"),
    ("Putin's", "PERSON", "Putin"),
    ("the Kremlin", "ORG", "Kremlin"),
    ("U.S.", "GPE", "United States"),
    ("America", "GPE", "United States"),
    ("the States", "GPE", "United States"),
    ("the Workers’ Party of Korea", "ORG", "Workers' Party of Korea"),
    ("Britain", "GPE", "United Kingdom"),
    ("Russians", "NORP", "Russian"),
    ("Republicans", "NORP", "Republicans"),
    ("Republican", "NORP", "Republicans"),
    ("Democratic", "NORP", "Democrats"),
    ("Democrats", "NORP", "Democrats"),
])
def test_canonical_name(text, label, expected):
    assert canonical_name(text, label=label) == expected


def test_possessive_and_short_form_merge_to_one_person(analyze):
    text = "Vladimir Putin met the envoy. Putin’s aides later briefed reporters."
    people = [e for t, lab, e in found(analyze(text)) if lab == "PERSON"]
    assert people == ["Vladimir Putin", "Vladimir Putin"]


def test_spans_exclude_possessive_and_article(analyze):
    text = "Kim Jong-un’s train reached the Kremlin."
    rows = found(analyze(text))
    assert ("Kim Jong-un", "PERSON", "Kim Jong-un") in rows
    assert any(t == "Kremlin" and e == "Kremlin" for t, _, e in rows)


@pytest.mark.parametrize("place", ["Komsomolsk-on-Amur", "Rostov-on-Don", "Stratford-upon-Avon"])
def test_hyphenated_toponym_is_one_place(analyze, place):
    text = f"Flooding hit {place} on Sunday, the regional governor said."
    rows = found(analyze(text))
    assert (place, "GPE", place) in rows
    assert not any(t != place and t in place for t, _, _ in rows)


def test_aliases_merge_across_spellings(analyze):
    text = "The U.S. imposed tariffs. America's allies objected. The United States stood firm."
    places = [e for _, lab, e in found(analyze(text)) if lab == "GPE"]
    assert places == ["United States"] * 3


def test_title_is_not_part_of_the_name(analyze):
    text = "President Emmanuel Macron arrived in Lagos."
    assert any(t == "Emmanuel Macron" for t, lab, _ in found(analyze(text)) if lab == "PERSON")


def test_products_and_facilities(analyze):
    text = "The Su-35 and MiG-29 were shown at the Vostochny Cosmodrome."
    labels = {t: lab for t, lab, _ in found(analyze(text))}
    assert labels.get("Su-35") == "PRODUCT" and labels.get("MiG-29") == "PRODUCT"
    assert labels.get("Vostochny Cosmodrome") == "FAC"


def test_mention_spans_index_text(analyze):
    text = "Ms. Aigerim Bekova of Kazakhstan’s central bank spoke in Almaty.\nNorth Koreans watched."
    for row in analyze(text)["entities"].to_dict("records"):
        assert text[row["start_char"]:row["end_char"]] == row["text"]


# ------------------------------------------------------------ one name per person, in an article
# Each entry: a construction, a text written for the test, and {mention text: expected entity}
# for the person mentions in text order (a list, since a surname may name different people).
LINKING = {
    "middle initial and title ignored": (
        "Donald J. Trump spoke in Ohio. President Donald Trump later left for Iowa.",
        ["Donald J. Trump", "Donald J. Trump"]),
    "surname after the full name": (
        "Angela Merkel arrived in Paris. Merkel said talks went well. Merkel’s aides agreed.",
        ["Angela Merkel", "Angela Merkel", "Angela Merkel"]),
    "surname before the full name (headline)": (
        "Jose Nunez wins runoff\nJosé Núñez, the mayor of Lima, won on Sunday.",
        ["José Núñez", "José Núñez"]),
    "two people share a surname: nearest preceding full mention": (
        ("Hillary Clinton spoke first. Clinton said the plan was sound.\n"
         "Bill Clinton spoke later in the evening. Clinton said he agreed with her."),
        ["Hillary Clinton", "Hillary Clinton", "Bill Clinton", "Bill Clinton"]),
    "first name of the one person who has it": (
        "Elena Petrescu won the vote in Bucharest. Her rival said Elena had run a fine race.",
        ["Elena Petrescu", "Elena Petrescu"]),
}


@pytest.mark.parametrize("name", list(LINKING))
def test_person_names_link_within_an_article(analyze, name):
    text, expected = LINKING[name]
    people = [e for _, lab, e in found(analyze(text)) if lab == "PERSON"]
    assert people == expected


def test_link_basis_says_how_each_name_was_reached(analyze):
    text = "Donald Trump spoke in Ohio. Trump said he would win. Warren said nothing."
    rows = analyze(text)["entities"].to_dict("records")
    basis = {r["text"]: r["link_basis"] for r in rows if r["label"] == "PERSON"}
    assert basis == {"Donald Trump": "text", "Trump": "document", "Warren": "none"}
    assert set(analyze(text)["entities"]["link_basis"]) <= set(LINK_BASES)


def test_unlinked_when_truly_ambiguous():
    names, basis = link_people(["Clinton", "Hillary Clinton", "Bill Clinton"], ["PERSON"] * 3)
    assert names[0] == "Clinton" and basis[0] == "none"


@pytest.mark.parametrize("short,full,text", [
    ("Harvard", "Harvard University", "Harvard University opened a campus. Harvard said it would grow."),
    ("MIT", "Massachusetts Institute of Technology",
     "The Massachusetts Institute of Technology hired her. MIT said she starts in May."),
])
def test_organisation_short_forms_link_to_the_full_name(analyze, short, full, text):
    rows = analyze(text)["entities"].to_dict("records")
    assert {r["entity"] for r in rows if r["text"] in (short, full)} == {full}


# ------------------------------------------------------------ headlines
@pytest.mark.parametrize("headline,people", [
    ("Trump Warns Clinton Over Emails", ["Trump", "Clinton"]),
    ("Merkel Slams Macron on Trade", ["Merkel", "Macron"]),
    ("Donald Trump Claims Victory in Ohio", ["Donald Trump"]),
])
def test_headline_verbs_are_not_inside_names(analyze, headline, people):
    body = " and ".join(people) + " met in Ohio on Monday, officials said."
    text = headline + "\n" + body
    rows = analyze(text)["entities"].to_dict("records")
    in_headline = [r for r in rows if r["end_char"] <= len(headline)]
    verb = headline.split()[1] if len(people) == 2 else "Claims"
    assert not any(verb in r["text"] for r in in_headline)
    assert [r["text"] for r in in_headline if r["label"] == "PERSON"] == people


def test_headline_lines():
    text = "Trump Warns Clinton\nHe spoke on Monday. It was late.\nA Title-Case Line Of Words Here\nshort"
    heads = [text[s:e] for s, e in headline_lines(text)]
    assert heads == ["Trump Warns Clinton", "A Title-Case Line Of Words Here"]


# ------------------------------------------------------------ labels
@pytest.mark.parametrize("name,label", [("Twitter", "ORG"), ("Chrome", "PRODUCT"),
                                        ("Safari", "PRODUCT"), ("YouTube", "ORG")])
def test_gazetteer_fixes_labels_the_model_gets_wrong(analyze, name, label):
    text = f"Millions of people use {name} every day, and {name} keeps growing, analysts said."
    labels = {lab for t, lab, _ in found(analyze(text)) if t == name}
    assert labels == {label}


def test_one_label_per_entity_by_precedence():
    names = ["Fort Lee", "Fort Lee", "Fort Lee", "Tulsa", "Tulsa", "Twitter"]
    labels = ["PERSON", "GPE", "PERSON", "GPE", "PERSON", "PERSON"]
    before = ["", "in", "near", "", "", ""]
    out = unify_labels(names, labels, before, fixed={"Twitter": "ORG"})
    assert out == ["GPE", "GPE", "GPE", "GPE", "GPE", "ORG"]  # place votes; tie -> first; gazetteer


def test_party_groups_are_one_entity_each(analyze):
    text = ("Republicans blocked the bill. The Republican leader and Democratic senators met. "
            "Democrats said the Republican National Committee had spent heavily.")
    rows = found(analyze(text))
    groups = {t: (lab, e) for t, lab, e in rows if lab == "NORP"}
    assert groups == {"Republicans": ("NORP", "Republicans"), "Republican": ("NORP", "Republicans"),
                      "Democratic": ("NORP", "Democrats"), "Democrats": ("NORP", "Democrats")}
    assert ("Republican National Committee", "ORG", "Republican National Committee") in rows


# ------------------------------------------------------------ names the model found once, said again
@pytest.mark.parametrize("text,name,expected", [
    ("José Núñez, the mayor of Lima, won on Sunday. Núñez thanked voters.", "Núñez", "José Núñez"),
    ("Marta Kowalczyk won in Warsaw. Later that year Kowalczyk ran again.", "Kowalczyk", "Marta Kowalczyk"),
])
def test_a_persons_surname_said_again_is_a_mention(analyze, text, name, expected):
    start = text.rindex(name)
    rows = analyze(text)["entities"].to_dict("records")
    assert any(r["start_char"] == start and r["entity"] == expected and r["label"] == "PERSON"
               for r in rows)


def test_the_month_is_not_a_repeated_name(analyze):
    text = "In May, May Chen retired. Chen said the move was planned for May."
    rows = analyze(text)["entities"].to_dict("records")
    assert [r["text"] for r in rows] == ["May Chen", "Chen"]


def test_a_fort_is_a_place(analyze):
    text = "Fort Lee sits at the end of the bridge. Many commuters live in Fort Lee."
    assert {lab for t, lab, _ in found(analyze(text)) if t == "Fort Lee"} == {"GPE"}


def test_person_span_ends_at_its_possessive(analyze):
    text = "Reyes: Trump’s ‘Truly Reckless Plan’ Hurts the Party\nMaria Reyes criticised Donald Trump."
    rows = found(analyze(text))
    assert ("Trump", "PERSON", "Donald Trump") in rows
    assert not any("Truly" in t for t, _, _ in rows)


def test_headline_name_trimmed_to_the_body_spelling(analyze):
    text = "Donald Trump Rampages to Lead in Florida\nDonald Trump leads in Florida, a poll shows."
    rows = analyze(text)["entities"].to_dict("records")
    assert [r["text"] for r in rows if r["label"] == "PERSON"] == ["Donald Trump", "Donald Trump"]


@pytest.mark.parametrize("text,words,label", [
    ("We met at Harlow Square at noon.", (3, 5), "FAC"),
    ("She stayed at the Marlowe Hotel's annex.", (4, 7), "FAC"),  # possessive in the span
    ("Boats leave for the Tarven Islands daily.", (4, 6), "LOC"),
    ("Fort Calder sits on the river.", (0, 2), "GPE"),
    # last words that are also surnames keep the model's PERSON
    ("Quiz host Monty Hall retired.", (2, 4), "PERSON"),
    ("Senator Frank Church spoke.", (1, 3), "PERSON"),
])
def test_a_person_named_by_a_kind_of_place_is_the_place(text, words, label):
    from spacy.tokens import Span

    from analysis.entities.spans import repair
    from analysis.nlp import load_nlp
    doc = load_nlp()(text)
    assert repair(Span(doc, *words, label="PERSON")).label_ == label


def _parsed(words, tags, heads, deps, ents):
    """Return a Doc with a given parse (the model's splits are not reproducible on demand)."""
    from spacy.tokens import Doc

    from analysis.nlp import load_nlp
    return Doc(load_nlp().vocab, words=words, tags=tags, heads=heads, deps=deps, ents=ents,
               sent_starts=[True] + [None] * (len(words) - 1))


@pytest.mark.parametrize("first_tag,first_dep,joined", [
    ("NNP", "ROOT", True),    # a given name the parser left as a one-word sentence
    ("NN", "ROOT", False),    # not a proper noun
    ("NNP", "nsubj", False),  # a word with a role of its own
])
def test_a_given_name_left_alone_before_a_person_joins_the_name(first_tag, first_dep, joined):
    from analysis.entities.spans import repair
    words = ["Marta", "Ines", "Ruiz", "paints", "."]
    heads = [0, 2, 3, 3, 3] if first_dep == "ROOT" else [3, 2, 3, 3, 3]
    doc = _parsed(words, [first_tag, "NNP", "NNP", "VBZ", "."], heads,
                  [first_dep, "compound", "nsubj", "ROOT", "punct"], ["O", "B-PERSON", "I-PERSON", "O", "O"])
    assert (repair(doc.ents[0]).text == "Marta Ines Ruiz") == joined
