"""Attribution accuracy on PolNeAR (political news, Newell, Margolin & Ruths, LREC 2018).

PolNeAR annotates every attribution as Source / Cue / Content spans; its notion is broad
(speech, but also beliefs, intentions, feelings). Develop on ``train``, report on ``dev``;
the test split is never read (see :mod:`analysis.evaluation.corpora`).

Two measures, each P/R/F1 under the matching rule of
:mod:`analysis.evaluation.real_attributions` (predicted cue or source overlaps the gold cue or
source, and the predicted content overlaps the gold content when both have one; one-to-one):

* ``all``: every gold attribution against every predicted row.
* ``speech``: gold attributions whose cue is speech, against predicted rows whose ``cue_class``
  is in :data:`SPEECH_CLASSES`. A gold cue is speech when one of its words' lemmas is in
  ``analysis/lexicons/speech_cues.txt`` (said, told, according to, announce, statement, …),
  it holds a quotation mark, or it is the dash that signs a quotation ("“…” ― Jane Doe").

Each measure is given for the project (``project``) and for the plain baseline (``baseline``).

Scope rule: rows of ``cue_class`` ``credit`` (wire credits and datelines, "WASHINGTON (AP) —")
are left out of the PolNeAR comparison, because PolNeAR's scheme does not annotate credits: on
``train`` none of the project's 52 credit rows touches any gold attribution. They stay in the
product's tables and are scored on GUM, whose RST layer does mark (image) credits.
"""

from __future__ import annotations

import os
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc

from analysis import lexicons
from analysis.evaluation.corpora import GoldAttribution, polnear
from analysis.evaluation.real_attributions import (
    SCORE_COLUMNS,
    baseline_records,
    gold_records,
    parse,
    pred_records,
    predictions,
    score_rows,
)
from analysis.nlp import doc_text

#: Predicted ``cue_class`` values PolNeAR does not annotate (left out of its comparison).
UNANNOTATED_CLASSES = frozenset({"credit"})
#: Predicted ``cue_class`` values counted as speech.
SPEECH_CLASSES = frozenset({"speech", "according_to", "quote", "credit"})
_QUOTE_MARKS = "\"“”«»"
_DASHES = ("—", "–", "―", "-", "--")


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """Return the lemmas that make a gold cue a speech cue (``speech_cues.txt``)."""
    return frozenset(lexicons.terms("speech_cues.txt"))


def is_speech(attribution: GoldAttribution, doc: Doc) -> bool:
    """Return True when a gold attribution's cue is speech (a speech word or a quotation mark)."""
    text = doc_text(doc)
    for start, end in attribution.cue:
        if any(mark in text[start:end] for mark in _QUOTE_MARKS):
            return True
        if text[start:end].strip() in _DASHES and text[max(start - 3, 0):start].strip()[-1:] in _QUOTE_MARKS:
            return True  # a quotation signed with a dash: "“…” ― Jane Doe"
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(t.lemma_.lower() in speech_lemmas() or t.lower_ in speech_lemmas()
                                    for t in span):
            return True
    return False


def evaluate_polnear(split: str = "dev", *, root: str | os.PathLike | None = None,
                     cache_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Return the tidy scores (corpus, measure, system, tp, predicted, gold, P, R, F1) on a split.

    Raises:
        GoldCorpusError: the corpora folder or PolNeAR is missing, or ``split`` is ``test``.
    """
    golds = polnear(split, root=root)
    docs = parse(golds, cache_dir=cache_dir, name=f"polnear-{split}")
    gold = gold_records(golds, docs, is_speech=is_speech)
    project = [p for p in pred_records(predictions(golds, docs)) if p["cue_class"] not in UNANNOTATED_CLASSES]
    systems = {"project": project,
               "baseline": baseline_records(golds, docs, speech_lemmas=speech_lemmas())}
    rows = score_rows(f"polnear_{split}", gold, systems, speech_classes=SPEECH_CLASSES)
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))
