"""Scoring shared by every evaluation: one-to-one span matching and precision/recall/F1.

Matching is one-to-one and greedy in text order, per document. ``exact`` needs identical
character spans; ``overlap`` needs the spans to share at least one character.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]


@dataclass(frozen=True)
class Score:
    """Counts and rates of one comparison."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        """Return tp / predicted (1.0 when nothing was predicted)."""
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        """Return tp / gold (1.0 when the gold is empty)."""
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, **labels: str) -> dict:
        """Return a report row with the labels first."""
        return {**labels, "tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3)}


def overlaps(a: Span, b: Span) -> bool:
    """Return True when two spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[dict], pred: list[dict], *, key, mode: str = "exact",
          same=lambda g, p: True) -> list[tuple[dict, dict]]:
    """Return one-to-one ``(gold, pred)`` pairs whose ``key`` spans match and ``same`` holds."""
    pairs, used = [], set()
    for g in sorted(gold, key=lambda r: key(r) or (0, 0)):
        gspan = key(g)
        if gspan is None:
            continue
        for i, p in enumerate(pred):
            pspan = key(p)
            if i in used or pspan is None or g["doc_id"] != p["doc_id"] or not same(g, p):
                continue
            if (gspan == pspan) if mode == "exact" else overlaps(gspan, pspan):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def score(gold: list[dict], pred: list[dict], **kwargs) -> Score:
    """Return the :class:`Score` of ``pred`` against ``gold`` (see :func:`match`)."""
    return Score(len(match(gold, pred, **kwargs)), len(pred), len(gold))


def read_jsonl(path: Path) -> list[dict]:
    """Return the JSON objects of a JSON-lines file ([] when it does not exist)."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
