"""Reporting verbs used in a sense that attributes nothing (analysis/attribution/other_senses.py)."""

from __future__ import annotations

import pytest

NO_ROW = [
    ("There, she started a project called Lexis, an atlas of dialect words.", "called"),
    ("The band released a record named after the river.", "named"),
    ("It is important to note that the museum closes early on Sundays.", "note"),
    ("It is fair to say the first season went badly.", "say"),
    ("The two brothers found themselves stranded in Lisbon.", "found"),
    ("As soon as you find yourself walking uphill, turn left.", "find"),
    ("The ferry is late again; it means that the tour starts at noon.", "means"),
    ("The firm cut prices, meaning that profits fell.", "meaning"),
    ("The king drilled his army according to the Prussian system.", "according to"),
    ("It was the first grammar of the language according to the new theory.", "according to"),
]

STILL_A_ROW = [
    ("The coach said it is important to rest.", "said"),
    ("Researchers found that the drug cut deaths by half.", "found"),
    ("Critics called the plan a giveaway to the banks.", "called"),
    ("The coach meant that the match was over.", "meant"),
]


@pytest.mark.parametrize("text,cue", NO_ROW)
def test_other_sense_gives_no_row(analyze, text, cue):
    rows = analyze(text)["attributions"]
    assert cue not in set(rows["cue"]), rows[["cue", "source_text"]].to_dict("records")


@pytest.mark.parametrize("text,cue", STILL_A_ROW)
def test_reporting_sense_keeps_its_row(analyze, text, cue):
    rows = analyze(text)["attributions"]
    assert cue in set(rows["cue"]), rows[["cue", "source_text"]].to_dict("records")

