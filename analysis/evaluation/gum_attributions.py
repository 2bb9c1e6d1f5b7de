"""Attribution accuracy on GUM's RST attribution relations (interview, bio, court, voyage genres).

GUM (Zeldes 2017, Georgetown University Multilayer corpus; annotations CC BY 4.0) marks the
reporting clause (*X said*, *according to X*, image credits) as one RST unit linked by an
``attribution-positive`` or ``attribution-negative`` relation to the attributed unit. The reader
(:func:`analysis.evaluation.corpora.gum`) gives that unit as both the gold cue and the gold
source. GUM's news genre is held out and never read.

Matching rule (see :mod:`analysis.evaluation.real_attributions`): the predicted cue or source
overlaps the reporting unit, and the predicted content overlaps the attributed unit when the
prediction has a content span; one-to-one. ``all`` counts every relation; ``speech`` counts
relations whose reporting unit holds a speech word (PolNeAR's definition,
:func:`analysis.evaluation.polnear.is_speech`) against predicted speech classes.

Scope rule: an RST attribution relation links two discourse units, and GUM's segmentation makes
a unit of a finite clause or a quotation, never of an infinitive ("wants to win") or a noun
phrase ("denounced the plan"). A predicted row whose content is neither (no finite verb and no
quotation mark in it) cannot have a GUM counterpart, so it is left out of the comparison, for
the project and the baseline alike (:func:`is_clausal`). Rows without a content span stay in,
and so do credits (``cue_class`` ``credit``): GUM makes a caption its own unit ("Wood ants on a
stump, from file.") and links the image credit after it ("Image: X.") by an attribution relation.
"""

from __future__ import annotations

import os

import pandas as pd
from spacy.tokens import Doc

from analysis.evaluation.corpora import gum
from analysis.evaluation.polnear import SPEECH_CLASSES, is_speech, speech_lemmas
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


def evaluate_gum(*, root: str | os.PathLike | None = None,
                 cache_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Return the tidy scores (corpus, measure, system, tp, predicted, gold, P, R, F1) on GUM.

    Raises:
        GoldCorpusError: the corpora folder or its ``gum_dev`` folder is missing.
    """
    golds = gum(root=root)
    docs = parse(golds, cache_dir=cache_dir, name="gum")
    gold = gold_records(golds, docs, is_speech=is_speech)
    by_id = {g.doc_id: doc for g, doc in zip(golds, docs)}
    systems = {"project": pred_records(predictions(golds, docs)),
               "baseline": baseline_records(golds, docs, speech_lemmas=speech_lemmas())}
    systems = {name: [p for p in pred if is_clausal(p, by_id[p["doc_id"]])] for name, pred in systems.items()}
    rows = score_rows("gum_dev", gold, systems, speech_classes=SPEECH_CLASSES)
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


#: Tags of finite verbs (a finite clause is a GUM discourse unit).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_QUOTE_MARKS = ("“", "”", '"', "''")


def is_clausal(record: dict, doc: Doc) -> bool:
    """Return True when a predicted record's content can be a GUM discourse unit.

    True for a content holding a finite verb or a quotation mark (the marks just outside the
    span count), for a record with no content span, and for a credit (a caption is a unit).
    """
    if not record["content"] or record.get("cue_class") == "credit":
        return True
    start, end = record["content"][0]
    if any(mark in doc_text(doc)[max(start - 1, 0):end + 1] for mark in _QUOTE_MARKS):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in FINITE_TAGS for t in span)
