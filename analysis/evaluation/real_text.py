"""Attribution accuracy on real text: PolNeAR dev (and train on request) and GUM, in one table.

The figures lead the README's Accuracy section and notebook 05 (before the project's own gold).
Credits: PolNeAR (Newell, Margolin & Ruths, LREC 2018); GUM (Zeldes 2017, CC BY 4.0).
"""

from __future__ import annotations

import os

import pandas as pd

from analysis.evaluation.corpora import corpora_dir
from analysis.evaluation.gum_attributions import evaluate_gum
from analysis.evaluation.polnear import evaluate_polnear
from analysis.evaluation.real_attributions import SCORE_COLUMNS

#: Corpus parts scored by default (PolNeAR train is the development set: on request only).
DEFAULT_PARTS = ("polnear_dev", "gum_dev")


def attribution_scores(*, root: str | os.PathLike | None = None, parts: tuple[str, ...] = DEFAULT_PARTS,
                       cache_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Return tidy attribution scores on real text (empty when the corpora folder is absent).

    Columns: corpus, measure (``speech``/``all``), system (``project``/``baseline``), tp,
    predicted, gold, precision, recall, f1.
    """
    if corpora_dir(root) is None:
        return pd.DataFrame(columns=list(SCORE_COLUMNS))
    frames = []
    for part in parts:
        if part == "gum_dev":
            frames.append(evaluate_gum(root=root, cache_dir=cache_dir))
        else:
            frames.append(evaluate_polnear(part.removeprefix("polnear_"), root=root, cache_dir=cache_dir))
    return pd.concat(frames, ignore_index=True)
