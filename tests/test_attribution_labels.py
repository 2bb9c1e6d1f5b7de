"""Speaker labels before a colon: one judge for sentence labels and transcript turns."""

from __future__ import annotations

import pytest


def sources(tables):
    return [r["source"] for r in tables["attributions"].to_dict("records") if r["cue"] == ":"]


@pytest.mark.parametrize("text", [
    "AGENDA: Budget, roads and the new library are on the table tonight.",  # a heading in capitals
    "NBA: Lakers beat Celtics in overtime to take the series lead.",
    "DOW JONES: Stocks fell sharply on Friday after the jobs report.",
    "UPDATE: The road has reopened to traffic in both directions.",  # not_speaker_labels.txt
    "MORE: Five things to know about the new tax rules.",
    "PHOTOS: Crowds gather for the parade downtown on Saturday.",
    "WASHINGTON: The Senate passed the bill late on Friday night.",  # a dateline
    "Editor's note: This story has been updated with new figures.",
    "Related: How the county spends its road money each year.",
    "Q: What happens to the old bridge after the vote?",
    "CORRECTION: An earlier version gave the wrong date for the vote.",
    "BREAKING: The council has approved the new budget for the city.",
])
def test_heading_is_not_a_speaker(analyze, text):
    assert sources(analyze(text)) == []


@pytest.mark.parametrize("text,expected", [
    ("Ann Kestrel spoke to the host on Sunday.\nKESTREL: I think he can win it easily.", ["Ann Kestrel"]),
    ("HOLLIS: Do you think the council can pass it?\nKESTREL: Yes, and by a wide margin this time.",
     ["Hollis", "Kestrel"]),
    ("Marta Quell: No new money for the harbour this year", ["Marta Quell"]),
    ("Senate Rival Ann Lee: We will not stop the count now.", ["Ann Lee"]),  # the last person named
    ("AP: The count will not stop before Friday.", ["Associated Press"]),  # a known outlet
])
def test_supported_label_is_a_speaker(analyze, text, expected):
    assert sources(analyze(text)) == expected
