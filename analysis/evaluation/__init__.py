"""Accuracy of the tables against gold annotations: one module per gold format.

* :mod:`.scoring`   one-to-one span matching, :class:`Score` (P/R/F1)
* :mod:`.own_gold`  the project's own annotations under ``tests/gold``
* :mod:`.szeged`, :mod:`.polnear_hedges`, :mod:`.hedging_real`  the hedging layer on public corpora
"""

from analysis.evaluation import polnear_hedges, szeged
from analysis.evaluation.hedging_real import hedging_scores
from analysis.evaluation.own_gold import (
                                          PUBLISHED_ANCHORS,
                                          all_scores,
                                          evaluate_all,
                                          evaluate_attributions,
                                          evaluate_entities,
                                          evaluate_hedges,
                                          headline_scores,
                                          published_anchors,
)
from analysis.evaluation.scoring import Score, match, overlaps, read_jsonl, score

__all__ = ["PUBLISHED_ANCHORS", "Score", "all_scores", "evaluate_all", "evaluate_attributions",
           "evaluate_entities", "evaluate_hedges", "headline_scores", "hedging_scores", "match", "overlaps",
           "polnear_hedges", "published_anchors", "read_jsonl", "score", "szeged"]
