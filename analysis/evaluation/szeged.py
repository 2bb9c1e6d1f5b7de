"""Hedge cues against the Szeged Uncertainty Corpus, Wikipedia part (CoNLL-2010 WikiWeasel).

Split: by document into two fixed halves. A document is in the ``development`` half when the
first byte of ``sha256(doc_id)`` is even, else in the ``held_out`` half; the rules were tuned on
the development half only, and both halves are reported.

Gold: cues typed ``modal_probable`` (epistemic) and ``hypo_doxastic`` (doxastic). ``hypo_condition``
and ``hypo_investigation`` are not the speaker's uncertainty and are not gold hedges (predicting a
hedge there counts as a false positive). A discontinuous cue is taken as the span from its first
to its last fragment.

Predicted: cues of kind ``hedge`` (boosters and approximators are not uncertainty cues).

Matching: one-to-one, greedy in text order, per document; a predicted cue matches a gold cue when
the two spans share at least one character (``overlap``). Precision = matched / predicted, recall
= matched / gold. The baseline is a plain 50-word hedge list (``lexicons/hedge_baseline.txt``)
matched as lower-case word forms, scored the same way.
"""

from __future__ import annotations

import hashlib
from collections import Counter

import pandas as pd
from spacy.tokens import Doc

from analysis.evaluation.corpora import GoldDocument, szeged_wiki
from analysis.evaluation.parsed import parse_cached
from analysis.evaluation.scoring import Score, match
from analysis.hedging import baseline_terms, find_cues

HEDGE_TYPES = ("modal_probable", "hypo_doxastic")
HALVES = ("development", "held_out")


def half_of(doc_id: str) -> str:
    """Return ``development`` or ``held_out``: the fixed half a Szeged document belongs to."""
    return HALVES[hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2]


def gold_cues(document: GoldDocument) -> list[dict]:
    """Return the document's epistemic and doxastic gold cues as ``{doc_id, start, end, type}`` rows."""
    return [{"doc_id": document.doc_id, "start": c.spans[0][0], "end": c.spans[-1][1], "type": c.cue_type}
            for c in document.cues if c.cue_type in HEDGE_TYPES]


def rule_cues(doc_id: str, doc: Doc) -> list[dict]:
    """Return the hedges the rules find in a parsed document as ``{doc_id, start, end, text}`` rows."""
    return [{"doc_id": doc_id, "start": c.start_char, "end": c.end_char, "text": c.text}
            for c in find_cues(doc) if c.kind == "hedge"]


def baseline_cues(doc_id: str, doc: Doc) -> list[dict]:
    """Return the plain word-list baseline's cues (every token whose form is on the list)."""
    terms = baseline_terms()
    return [{"doc_id": doc_id, "start": t.idx, "end": t.idx + len(t.text), "text": t.text}
            for t in doc if t.lower_ in terms]


def _key(row: dict) -> tuple[int, int]:
    return row["start"], row["end"]


def compare(documents: list[GoldDocument], parsed: dict[str, Doc], *, system=rule_cues
            ) -> tuple[Score, list[dict], list[dict]]:
    """Return the score of ``system`` on ``documents``, its false positives and its misses."""
    tp = n_pred = n_gold = 0
    false_pos, misses = [], []
    for document in documents:
        gold, pred = gold_cues(document), system(document.doc_id, parsed[document.doc_id])
        pairs = match(gold, pred, key=_key, mode="overlap")
        hit_gold = {id(g) for g, _ in pairs}
        hit_pred = {id(p) for _, p in pairs}
        tp, n_pred, n_gold = tp + len(pairs), n_pred + len(pred), n_gold + len(gold)
        false_pos += [p for p in pred if id(p) not in hit_pred]
        misses += [{**g, "text": document.text[g["start"]:g["end"]]} for g in gold if id(g) not in hit_gold]
    return Score(tp, n_pred, n_gold), false_pos, misses


def load(*, root=None) -> tuple[list[GoldDocument], dict[str, Doc]]:
    """Return the Szeged Wikipedia documents and their parses (parsed once, then cached)."""
    documents = szeged_wiki(root=root)
    return documents, parse_cached("szeged_wiki", [(d.doc_id, d.text) for d in documents])


def evaluate_szeged(*, root=None) -> pd.DataFrame:
    """Return cue P/R/F1 of the rules and of the 50-word baseline on both halves (one row each)."""
    documents, parsed = load(root=root)
    rows = []
    for half in HALVES:
        docs = [d for d in documents if half_of(d.doc_id) == half]
        for name, system in (("rules", rule_cues), ("baseline: 50-word list", baseline_cues)):
            score, _, _ = compare(docs, parsed, system=system)
            rows.append(score.row(corpus="szeged_wiki", half=half, system=name,
                                  match="overlap, one-to-one; modal_probable + hypo_doxastic"))
            rows[-1]["documents"] = len(docs)
    return pd.DataFrame(rows)


def szeged_errors(*, half: str = "development", root=None, top: int = 30) -> pd.DataFrame:
    """Return the most frequent false positives and misses (lower-cased text) on one half."""
    documents, parsed = load(root=root)
    docs = [d for d in documents if half_of(d.doc_id) == half]
    _, false_pos, misses = compare(docs, parsed)
    rows = [{"error": "false positive", "text": t, "count": n}
            for t, n in Counter(p["text"].lower() for p in false_pos).most_common(top)]
    rows += [{"error": "missed", "text": t, "count": n}
             for t, n in Counter(m["text"].lower() for m in misses).most_common(top)]
    return pd.DataFrame(rows)
