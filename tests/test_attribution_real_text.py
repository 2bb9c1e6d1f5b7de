"""Attribution accuracy on real, independently annotated text: floors a little below the measured
figures (PolNeAR dev, GUM dev genres; see analysis/evaluation/real_text.py for the matching rule).

Skipped, saying so, when the public gold corpora folder is absent (../shared/corpora or
$NEWSREAD_CORPORA). Measured when written: PolNeAR dev speech F1 0.854, all 0.725; GUM all 0.687 (README "Accuracy");
(GUM compares only rows whose content can be a discourse unit: see gum_attributions.py).
"""

from __future__ import annotations

import pytest

from analysis.evaluation.corpora import corpora_dir
from analysis.evaluation.real_text import attribution_scores

pytestmark = pytest.mark.skipif(corpora_dir() is None,
                                reason="public gold corpora folder not found (../shared/corpora or "
                                       "$NEWSREAD_CORPORA): real-text accuracy not measured")

#: (corpus, measure) -> F1 floor for the project, a little below the measured figure.
FLOORS = {("polnear_dev", "speech"): 0.84, ("polnear_dev", "all"): 0.71, ("gum_dev", "all"): 0.63}


@pytest.fixture(scope="module")
def scores():
    return attribution_scores()


@pytest.mark.parametrize("corpus,measure", list(FLOORS))
def test_f1_floor(scores, corpus, measure):
    row = scores[(scores.corpus == corpus) & (scores.measure == measure) & (scores.system == "project")]
    assert float(row.f1.iloc[0]) >= FLOORS[(corpus, measure)], row.to_dict("records")


@pytest.mark.parametrize("measure", ["speech", "all"])
def test_project_beats_the_plain_baseline_on_polnear(scores, measure):
    rows = scores[(scores.corpus == "polnear_dev") & (scores.measure == measure)].set_index("system")
    assert rows.loc["project", "f1"] > rows.loc["baseline", "f1"]


def test_scores_table_is_tidy(scores):
    assert list(scores.columns) == ["corpus", "measure", "system", "tp", "predicted", "gold",
                                    "precision", "recall", "f1"]
    assert set(scores.corpus) == {"polnear_dev", "gum_dev"}
