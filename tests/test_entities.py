"""Entity mentions and canonical names, on sentences written for the test."""

from __future__ import annotations

import pytest

from analysis.entities import canonical_name


def found(tables):
    return [(r["text"], r["label"], r["entity"]) for r in tables["entities"].to_dict("records")]


@pytest.mark.parametrize("text,label,expected", [
    ("Kim Jong-un’s", "PERSON", "Kim Jong-un"),
    ("Putin's", "PERSON", "Putin"),
    ("the Kremlin", "ORG", "Kremlin"),
    ("U.S.", "GPE", "United States"),
    ("America", "GPE", "United States"),
    ("the Workers’ Party of Korea", "ORG", "Workers' Party of Korea"),
    ("Britain", "GPE", "United Kingdom"),
    ("Russians", "NORP", "Russian"),
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
