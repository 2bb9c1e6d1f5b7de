"""Across a corpus: each person named once (surnames linked to the corpus's one full name)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.entities import files, link_corpus
from analysis.findings import top_people
from analysis.runner import run_analysis
from analysis.tables import read_table

ARTICLES = {
    "a1": "Donald J. Trump rallied supporters in Ohio on Monday. Trump said the polls were wrong.\n"
          "Hillary Clinton answered in a speech in Denver. Clinton said voters would decide.",
    "a2": "Trump Warns Clinton Over Emails\n"
          "Donald Trump told a crowd in Florida that Hillary Clinton had lied about her emails.",
    "a3": "Trump spoke for an hour in Iowa. Trump said he would win the state easily.",
    "a4": "Angela Merkel met French officials in Berlin. Merkel said the talks were useful.\n"
          "Clinton was not mentioned, and Trump did not come up either.",
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Return ``(tables returned, out_dir)`` of a run over the articles, CSV and Parquet."""
    tmp = tmp_path_factory.mktemp("corpus")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text, "utf-8")
    tables = run_analysis(seeds, tmp / "out", use_cache=False, formats=("csv", "parquet"))
    return tables, tmp / "out"


def test_files_on_disk_match_the_tables_returned(run):
    tables, out = run
    parquet = read_table("entities", out)
    (out / "entities.parquet").rename(out / "entities.parquet.bak")
    try:
        csv = read_table("entities", out)
    finally:
        (out / "entities.parquet.bak").rename(out / "entities.parquet")
    pd.testing.assert_frame_equal(csv, parquet)
    pd.testing.assert_frame_equal(csv, tables["entities"].reset_index(drop=True))


def test_relink_reads_in_chunks(run, monkeypatch):
    tables, out = run
    monkeypatch.setattr(files, "CHUNK", 3)
    files.relink_files(out, formats=("csv",))  # the pass is idempotent, chunked or not
    (out / "entities.parquet").rename(out / "entities.parquet.bak")
    try:
        pd.testing.assert_frame_equal(read_table("entities", out), tables["entities"])
    finally:
        (out / "entities.parquet.bak").rename(out / "entities.parquet")


def test_corpus_people_list_names_each_person_once(run):
    _, out = run
    ents = read_table("entities", out)
    people = top_people({"entities": ents})
    names = people["entity"].tolist()
    assert len(names) == len(set(names))
    assert {"Donald J. Trump", "Hillary Clinton", "Angela Merkel"} <= set(names)
    assert not {"Trump", "Clinton", "Donald Trump", "Trump Warns Clinton"} & set(names)
    lone = ents[(ents["doc_id"] == "a3") & (ents["text"] == "Trump")]
    assert set(lone["link_basis"]) == {"corpus"} and set(lone["entity"]) == {"Donald J. Trump"}
    assert set(ents["link_basis"]) <= {"text", "document", "corpus", "none"}


def _table(rows):
    return pd.DataFrame(rows, columns=["doc_id", "label", "entity", "link_basis"]).astype("string")


def test_surname_shared_by_two_people_of_the_corpus_stays_unlinked():
    frame = _table([("a", "PERSON", "Hillary Clinton", "text"), ("b", "PERSON", "Bill Clinton", "text"),
                    ("c", "PERSON", "Clinton", "none")])
    out = link_corpus(frame)
    assert out["entity"].tolist() == ["Hillary Clinton", "Bill Clinton", "Clinton"]
    assert out["link_basis"].tolist() == ["text", "text", "none"]


def test_first_names_are_not_linked_across_articles():
    frame = _table([("a", "PERSON", "Maya Angelou", "text"), ("b", "PERSON", "Maya", "none")])
    assert link_corpus(frame)["entity"].tolist() == ["Maya Angelou", "Maya"]


def test_one_spelling_per_person_across_articles():
    frame = _table([("a", "PERSON", "Donald J. Trump", "text"), ("b", "PERSON", "Donald Trump", "text"),
                    ("b", "PERSON", "Donald Trump", "document")])
    out = link_corpus(frame)
    assert out["entity"].tolist() == ["Donald Trump"] * 3


def test_surname_typed_org_becomes_the_corpus_person_but_places_stay():
    frame = _table([("a", "PERSON", "Donald Trump", "text"), ("b", "ORG", "Trump", "text"),
                    ("c", "PERSON", "George Washington", "text"), ("d", "GPE", "Washington", "text"),
                    ("e", "GPE", "WASHINGTON", "text"), ("f", "ORG", "CNN", "text")])
    out = link_corpus(frame)
    assert out["entity"].tolist() == ["Donald Trump", "Donald Trump", "George Washington",
                                      "Washington", "Washington", "CNN"]
    assert out["label"].tolist()[:2] == ["PERSON", "PERSON"]
    assert out["link_basis"].tolist()[1] == "corpus"


def test_surname_goes_to_the_person_who_dominates_the_corpus():
    frame = _table([("a", "PERSON", "Barack Obama", "text")] * 9 + [("b", "PERSON", "Michelle Obama", "text"),
                   ("c", "PERSON", "Obama", "none")])
    out = link_corpus(frame)
    assert out["entity"].iloc[-1] == "Barack Obama" and out["link_basis"].iloc[-1] == "corpus"


def test_top_people_leaves_out_a_surname_two_people_carry():
    rows = [("a", "PERSON", "Hillary Clinton", "text"), ("a", "PERSON", "Hillary Clinton", "document"),
            ("b", "PERSON", "Bill Clinton", "text"), ("c", "PERSON", "Clinton", "none"),
            ("c", "PERSON", "Madonna", "none")]
    ents = _table(rows).assign(entity_type=lambda f: "person", mention_id=[f"m{i}" for i in range(5)],
                               text=lambda f: f["entity"])
    people = top_people({"entities": ents})
    assert people["entity"].tolist() == ["Hillary Clinton", "Bill Clinton", "Madonna"]
    assert people["linked_in_document"].tolist() == [1, 0, 0]


def test_a_word_the_corpus_mostly_types_otherwise_does_not_join_a_mistyped_full_name():
    # the model typed one headline's "Harlow Town Senate" a person; every lone Senate is an organisation
    rows = [("a", "PERSON", "Harlow Town Senate", "text")] + [("b", "ORG", "Senate", "text")] * 3
    frame = _table(rows).assign(text=lambda f: f["entity"])
    out = link_corpus(frame)
    assert out["entity"].tolist()[1:] == ["Senate"] * 3 and out["label"].tolist()[1:] == ["ORG"] * 3
    # a surname the corpus types a person more often still joins its person
    rows = [("a", "PERSON", "Dana Brook", "text"), ("a", "PERSON", "Brook", "document"),
            ("b", "PERSON", "Brook", "document"), ("c", "ORG", "Brook", "text")]
    frame = _table(rows).assign(text=["Dana Brook", "Brook", "Brook", "Brook"])
    assert link_corpus(frame)["entity"].iloc[-1] == "Dana Brook"


def test_a_middle_name_spelling_joins_the_corpus_two_word_name():
    rows = [("a", "PERSON", "Marta Ines Ruiz", "text"), ("b", "PERSON", "Marta Ruiz", "text"),
            ("c", "PERSON", "Crooked Marta Ruiz", "text")]  # a headline's epithet keeps them apart in-article
    names = link_corpus(_table(rows))["entity"].tolist()
    assert names[0] == names[1] and names[2] != names[0]
    # two longer names with the same first and last word: neither joins
    rows = [("a", "PERSON", "Lena Ana Vale", "text"), ("b", "PERSON", "Lena Rosa Vale", "text"),
            ("c", "PERSON", "Lena Vale", "text")]
    assert link_corpus(_table(rows))["entity"].tolist() == ["Lena Ana Vale", "Lena Rosa Vale", "Lena Vale"]


def test_a_word_typed_otherwise_more_often_does_not_become_a_mistyped_person():
    # the model made a person of an organisation's name ("Unite Veteran"): "Veteran" typed NORP
    # all over the corpus is not him; "Trump" typed ORG once beside many mentions of him is
    rows = [("a", "PERSON", "Unite Veteran", "text")] + [("b", "NORP", "Veteran", "text")] * 3
    rows += [("c", "PERSON", "Donald Trump", "text")] * 3 + [("d", "ORG", "Trump", "text")]
    out = link_corpus(_table(rows))
    assert out["entity"].tolist()[1:4] == ["Veteran"] * 3 and out["label"].tolist()[1] == "NORP"
    assert out["entity"].iloc[-1] == "Donald Trump"


def test_a_full_name_joins_the_one_with_a_middle_name_not_a_word_before_or_after():
    from analysis.entities.linking import person_groups
    keys = [("ana", "ruiz"), ("ana", "maria", "ruiz"), ("crooked", "ana", "ruiz"),
            ("ana", "ruiz", "foundation")]
    assert person_groups(keys)[("ana", "ruiz")] == ("ana", "maria", "ruiz")
    assert person_groups(keys[:1] + keys[2:])[("ana", "ruiz")] == ("ana", "ruiz")
