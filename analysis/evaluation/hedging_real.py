"""The hedging layer on real text: Szeged Wikipedia cues and PolNeAR dev sources, as score tables."""

from __future__ import annotations

import pandas as pd

from analysis.evaluation.corpora import corpora_dir
from analysis.evaluation.polnear_hedges import evaluate_polnear_hedges
from analysis.evaluation.szeged import evaluate_szeged


def hedging_scores(*, root=None) -> dict[str, pd.DataFrame]:
    """Return ``{title: score table}`` for the hedging layer on the public corpora ({} when absent)."""
    base = corpora_dir(root)
    if base is None:
        return {}
    out = {}
    if (base / "szeged_wiki").is_dir():
        out["hedge cues: Szeged Wikipedia (epistemic + doxastic)"] = evaluate_szeged(root=base)
    if (base / "polnear").is_dir():
        out["hedge sources: PolNeAR dev"] = evaluate_polnear_hedges("dev", root=base)
    return out
