"""Accuracy of the tables against gold annotations: one module per gold format.

* :mod:`.scoring`   one-to-one span matching, :class:`Score` (P/R/F1)
* :mod:`.own_gold`  the project's own annotations under ``tests/gold``
"""

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
           "evaluate_entities", "evaluate_hedges", "headline_scores", "match", "overlaps",
           "published_anchors", "read_jsonl", "score"]
