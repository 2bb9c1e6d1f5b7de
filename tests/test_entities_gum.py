"""Entity accuracy on real text: GUM's dev genres (``../shared/corpora/gum_dev``).

Floors sit a little below the figures measured when this was written (README, "Accuracy"):
project mention F1 0.649 vs the bare model's 0.511 (person 0.718, organisation 0.543, place
0.658); canonical grouping 0.829 (271 of 327) vs 0.562 (0.750 before the short-form, relative and
first-name rules of issue 14, 0.814 before its second round, 0.844 before the entity review's
fixes for wrong merges on news).
The rules of the comparison are in :mod:`analysis.evaluation.gum_entities`.
"""

from __future__ import annotations

import pytest

from analysis.evaluation.corpora import corpora_dir
from analysis.evaluation.gum_entities import evaluate_gum_entities, summary

pytestmark = pytest.mark.skipif(
    corpora_dir() is None or not (corpora_dir() / "gum_dev").is_dir(),
    reason="GUM dev genres not present (../shared/corpora/gum_dev or $NEWSREAD_CORPORA)")


@pytest.fixture(scope="module")
def table():
    return evaluate_gum_entities()


@pytest.fixture(scope="module")
def scores(table):
    return {(r.system, r.measure, r.group): r.score for r in table.itertuples()}


def test_summary_has_one_row_per_system(table):
    out = summary(table)
    assert list(out["system"]) == ["project", "project, article names only", "bare model"]
    assert out["canonical_grouping"].between(0, 1).all() and out["mention_f1"].between(0, 1).all()


MENTION = "mention, span + type group"
GROUPING = "canonical grouping (entities found 2+ times)"


def test_mention_f1_floor_and_gain_over_the_bare_model(scores):
    project, bare = scores[("project", MENTION, "all")], scores[("bare model", MENTION, "all")]
    assert project >= 0.63
    assert project - bare >= 0.10


@pytest.mark.parametrize("group,floor", [("person", 0.70), ("organisation", 0.52), ("place", 0.64)])
def test_mention_f1_by_type_group(scores, group, floor):
    assert scores[("project", MENTION, group)] >= floor


def test_canonical_grouping_floor(scores):
    assert scores[("project", GROUPING, "all")] >= 0.82
    assert scores[("project", GROUPING, "all")] - scores[("bare model", GROUPING, "all")] >= 0.15


@pytest.mark.xfail(strict=True, reason="issue 14 target 0.85 (0.829: seven entities "
                   "short): the misses left are place aliases (a country's older name, a part "
                   "named for the whole), place names that are a short form in one article and a place of their "
                   "own in another (New York / New York City), gold entities sharing a name, and "
                   "names the model cuts or mistypes")
def test_canonical_grouping_target(scores):
    assert scores[("project", GROUPING, "all")] >= 0.85
