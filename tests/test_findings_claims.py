"""The claims notebooks 02, 03 and 05 print for the accuracy issues: numbers come from the tables."""

from __future__ import annotations

import pandas as pd

from analysis import findings


def _people() -> pd.DataFrame:
    rows = [("Donald Trump", "Donald Trump", "text", "a"), ("Donald Trump", "Trump", "document", "a"),
            ("Donald Trump", "Trump", "corpus", "b"), ("Hillary Clinton", "Hillary Clinton", "text", "a"),
            ("Clinton", "Clinton", "none", "c"), ("Bill Clinton", "Bill Clinton", "text", "c"),
            ("Paris", "Paris", "text", "a")]
    return pd.DataFrame([{"entity": e, "text": t, "link_basis": b, "doc_id": d, "mention_id": i,
                          "entity_type": "place" if e == "Paris" else "person"}
                         for i, (e, t, b, d) in enumerate(rows)])


def test_say_people_counts_people_once_and_says_how_names_were_joined():
    text = findings.say_people({"entities": _people()}, n=20)
    # the lone "Clinton" two people could carry is not ranked: three different people
    assert text.startswith("The 3 most mentioned people are 3 different people; **Donald Trump** leads with 3")
    assert "Of 6 person mentions, 3 are named by their own words, 1 take the fuller name given in the same " \
           "article, 1 the corpus's only full name with that surname, and 1 stay unlinked." in text


def test_say_cue_classes_counts_who_said_apart_from_who_believes():
    attrs = pd.DataFrame({"source": ["analysts", "analysts", "Kremlin", "TASS", "study"],
                          "cue_class": ["cognition", "cognition", "speech", "credit", "finding"]})
    text = findings.say_cue_classes({"attributions": attrs})
    assert "Of 5 attributions, **2** say who said something" in text
    assert "**2** who believes" in text and "**1** report findings" in text
    assert "most often attributed to **analysts** (2)" in text
    assert set(findings.CUE_ACTS) >= set(attrs["cue_class"])


def test_say_real_attributions_reads_the_score_table_and_says_when_skipped():
    scores = pd.DataFrame({"corpus": ["polnear_dev", "polnear_dev"], "measure": ["speech", "speech"],
                           "system": ["project", "baseline"], "f1": [0.812, 0.668]})
    assert "PolNeAR dev, speech attributions: **0.81** (baseline 0.67)" in findings.say_real_attributions(scores)
    assert "not found" in findings.say_real_attributions(scores.iloc[0:0])
    assert "skipped" in findings.say_corpora(None) and "skipped" not in findings.say_corpora("corpora")
