"""Precision, recall and F1 against the project's own gold annotations (``tests/gold``).

Gold files (``tests/gold/``, formats in its README): ``entities.jsonl``,
``attributions.jsonl``, ``hedges.jsonl`` (+ ``hedge_negatives.jsonl``), with the articles
in ``articles/`` and ``hedge_articles/``; the seed is read from the repository's ``seeds/``.

Matching is one-to-one and greedy in text order, per document. ``exact`` needs identical
character spans; ``overlap`` needs the spans to share at least one character.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.corpus import load_metadata, read_document
from analysis.engine import analyze_batch
from analysis.entities import ENTITY_TYPES
from analysis.evaluation.scoring import Span, match, overlaps, read_jsonl, score
from analysis.pipeline import collect


def analyse_gold_documents(gold_dir: Path, doc_ids: set[str]) -> dict[str, pd.DataFrame]:
    """Return the tables for the gold documents named in ``doc_ids`` (articles and the seed)."""
    folders = [gold_dir / "articles", gold_dir / "hedge_articles", gold_dir.parent.parent / "seeds"]
    documents = []
    for doc_id in sorted(doc_ids):
        folder = next((f for f in folders if (f / f"{doc_id}.txt").is_file()), None)
        if folder is not None:
            meta = load_metadata(folder).get(doc_id)
            documents.append(read_document(folder / f"{doc_id}.txt", metadata=meta))
    return collect(analyze_batch(documents))


def _norm(name: str) -> str:
    """Return a name folded for comparison (case, apostrophes, spacing)."""
    return " ".join(str(name).replace("’", "'").lower().split())


def evaluate_entities(gold: list[dict], tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return mention P/R/F1 (exact, overlap, typed) and canonical-name accuracy."""
    docs = {g["doc_id"] for g in gold}
    pred = [r for r in tables["entities"].to_dict("records") if r["doc_id"] in docs]
    key = lambda r: (int(r.get("start", r.get("start_char"))), int(r.get("end", r.get("end_char"))))
    typed = lambda g, p: ENTITY_TYPES.get(g["label"]) == ENTITY_TYPES.get(p["label"])
    named = lambda g, p: _norm(g["entity"]) == _norm(p["entity"])
    rows = [score(gold, pred, key=key, mode="exact").row(layer="entities", match="exact span"),
            score(gold, pred, key=key, mode="overlap").row(layer="entities", match="overlap"),
            score(gold, pred, key=key, mode="exact", same=typed).row(
                layer="entities", match="exact span + type"),
            score(gold, pred, key=key, mode="exact", same=named).row(
                layer="entities", match="exact span + canonical name")]
    return pd.DataFrame(rows)


def evaluate_attributions(gold: list[dict], tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return P/R/F1 for source, cue and source+cue spans, exact and overlap, and named source."""
    docs = {g["doc_id"] for g in gold}
    pred = [_pred_attribution(r) for r in tables["attributions"].to_dict("records")
            if r["doc_id"] in docs]
    src = lambda r: (r["source_start"], r["source_end"]) if r.get("source_start") is not None else None
    cue = lambda r: (r["cue_start"], r["cue_end"]) if r.get("cue_start") is not None else (
        (r["content_start"], r["content_end"]) if r.get("content_start") is not None else None)
    rows = []
    for mode in ("exact", "overlap"):
        both = lambda g, p, m=mode: _span_ok(src(g), src(p), m)
        rows += [score(gold, pred, key=src, mode=mode).row(layer="attributions", match=f"source {mode}"),
                 score(gold, pred, key=cue, mode=mode).row(layer="attributions", match=f"cue {mode}"),
                 score(gold, pred, key=cue, mode=mode, same=both).row(
                     layer="attributions", match=f"source+cue {mode}")]
    named = lambda g, p: _norm(g["source"]) == _norm(p["source"])
    rows.append(score(gold, pred, key=cue, mode="overlap", same=named).row(
        layer="attributions", match="cue overlap + canonical source"))
    content = lambda r: (r["content_start"], r["content_end"]) if r.get("content_start") is not None else None
    rows.append(score(gold, pred, key=content, mode="overlap").row(
        layer="attributions", match="content overlap"))
    return pd.DataFrame(rows)


def _span_ok(a: Span | None, b: Span | None, mode: str) -> bool:
    """Return True when both spans are missing, or they match under ``mode``."""
    if a is None or b is None:
        return a is None and b is None
    return a == b if mode == "exact" else overlaps(a, b)


def _pred_attribution(row: dict) -> dict:
    """Return a predicted attribution row in the gold file's field names."""
    get = lambda k: None if pd.isna(row[k]) else int(row[k])
    return {"doc_id": row["doc_id"], "source": row["source"], "kind": row["kind"],
            "source_start": get("source_start_char"), "source_end": get("source_end_char"),
            "cue_start": get("cue_start_char"), "cue_end": get("cue_end_char"),
            "content_start": get("content_start_char"), "content_end": get("content_end_char")}


def evaluate_hedges(gold: list[dict], negatives: list[dict],
                    tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return cue P/R/F1 (exact and overlap, with kind), source accuracy and false alarms on negatives."""
    docs = {g["doc_id"] for g in gold}
    pred = [r for r in tables["hedges"].to_dict("records") if r["doc_id"] in docs]
    key = lambda r: (int(r.get("start", r.get("start_char"))), int(r.get("end", r.get("end_char"))))
    kind = lambda g, p: g["kind"] == p["kind"]
    source = lambda g, p: g["kind"] == p["kind"] and _norm(g.get("source", "")) == _norm(p["source"])
    rows = [score(gold, pred, key=key, mode="exact", same=kind).row(layer="hedges", match="exact span + kind"),
            score(gold, pred, key=key, mode="overlap", same=kind).row(layer="hedges", match="overlap + kind"),
            score(gold, pred, key=key, mode="overlap", same=source).row(
                layer="hedges", match="overlap + kind + source")]
    for k in ("hedge", "booster"):
        g_k = [g for g in gold if g["kind"] == k]
        p_k = [p for p in pred if p["kind"] == k]
        rows.append(score(g_k, p_k, key=key, mode="overlap").row(layer="hedges", match=f"{k}s only, overlap"))
    false_alarms = len(match(negatives, pred, key=key, mode="overlap"))
    rows.append({"layer": "hedges", "match": "non-cue senses flagged (lower is better)",
                 "tp": false_alarms, "predicted": false_alarms, "gold": len(negatives),
                 "precision": None, "recall": None, "f1": None})
    return pd.DataFrame(rows)


def evaluate_all(gold_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Return ``{layer: score table}`` for every gold file present under ``gold_dir``."""
    gold_dir = Path(gold_dir)
    ents = read_jsonl(gold_dir / "entities.jsonl")
    attrs = read_jsonl(gold_dir / "attributions.jsonl")
    hedges = read_jsonl(gold_dir / "hedges.jsonl")
    negatives = read_jsonl(gold_dir / "hedge_negatives.jsonl")
    doc_ids = {r["doc_id"] for r in ents + attrs + hedges + negatives}
    tables = analyse_gold_documents(gold_dir, doc_ids)
    out = {}
    if ents:
        out["entities"] = evaluate_entities(ents, tables)
    if attrs:
        out["attributions"] = evaluate_attributions(attrs, tables)
    if hedges:
        out["hedges"] = evaluate_hedges(hedges, negatives, tables)
    return out


#: Published figures the gold scores are compared with (from the papers/projects named).
PUBLISHED_ANCHORS = [
    {"layer": "attributions", "measure": "quote-attribution F1", "value": 0.84,
     "source": "Gender Gap Tracker (Asr et al. 2021, PLOS ONE), rule-based quote extraction"},
    {"layer": "attributions", "measure": "attribution span F1 (overlap)", "value": 0.83,
     "source": "BBC Citron (Newell et al. 2018, LREC), quote/source/cue spans"},
    {"layer": "hedges", "measure": "sentence-level uncertainty F1 (Wikipedia)", "value": 0.602,
     "source": "CoNLL-2010 shared task, task 1 (Farkas et al. 2010), best Wikipedia system"},
    {"layer": "hedges", "measure": "cue-level F1 goal set for this project", "value": 0.85,
     "source": "issue #5 goal"},
    {"layer": "entities", "measure": "NER F1 of the model on OntoNotes", "value": 0.843,
     "source": "en_core_web_sm 3.8.0 meta.json (ents_f)"},
]


def published_anchors() -> pd.DataFrame:
    """Return the published anchors as a table."""
    return pd.DataFrame(PUBLISHED_ANCHORS)


def headline_scores(scores: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the one headline row per layer: entity exact span, source+cue overlap, hedge overlap+kind."""
    picks = {"entities": "exact span", "attributions": "source+cue overlap", "hedges": "overlap + kind"}
    rows = [frame[frame["match"] == picks[layer]] for layer, frame in scores.items() if layer in picks]
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()


def all_scores(scores: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return every score row of every layer in one table (empty when there is no gold)."""
    frames = [f for f in scores.values() if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
