"""Shared machinery for scoring ``attributions.csv`` on real, independently annotated text.

The gold corpora (PolNeAR, GUM) are read by :mod:`analysis.evaluation.corpora`; this module
parses their texts once (optionally cached as a spaCy ``DocBin``), runs the project's pipeline
on the parsed Docs, runs a plain baseline on the same Docs, and matches predictions to gold.

Matching rule (one-to-one, greedy in gold text order, per document): a predicted attribution
matches a gold attribution when

1. the predicted cue or source overlaps (shares a character with) the gold cue or source, and
2. the predicted content overlaps the gold content, when both have a content span.

Baseline ("40-line"): a reporting verb (the project's reporting-verb lexicon) with a nominal
subject and a clausal or object complement, plus "according to X" (the rest of the sentence is
the content). No quotation handling, no anaphora, no credits.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Sequence

import pandas as pd
from spacy.tokens import Doc

from analysis.corpus import Document, text_document
from analysis.evaluation.corpora import GoldAttribution, GoldDocument
from analysis.evaluation.parsed import parse_cached
from analysis.evaluation.scoring import Score
from analysis.pipeline import analyze_document, collect

Span = tuple[int, int]
Spans = tuple[Span, ...]
#: The baseline's reporting verbs: a fixed list (not the project's lexicon, so the baseline
#: does not move when the project's lexicon grows).
BASELINE_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "declare", "claim", "argue", "explain", "note", "report", "write", "insist", "warn", "deny", "confirm", "acknowledge", "admit", "suggest", "believe", "think", "expect", "fear", "hope", "estimate", "find", "show", "predict", "urge"])
#: Columns of a scores table.
SCORE_COLUMNS = ("corpus", "measure", "system", "tp", "predicted", "gold", "precision", "recall", "f1")


def to_document(gold: GoldDocument) -> Document:
    """Return the pipeline's :class:`Document` for a gold document (same text, same offsets)."""
    return text_document(gold.text, doc_id=gold.doc_id, path=f"<{gold.corpus}:{gold.doc_id}>")


def parse(golds: Sequence[GoldDocument], *, cache_dir: str | os.PathLike | None = None,
          name: str = "gold") -> list[Doc]:
    """Return one parsed Doc per gold document, parsed once and cached.

    The cache (:func:`analysis.evaluation.parsed.parse_cached`) is keyed by ``name``, the model
    and the texts, in ``cache_dir`` or the default evaluation cache folder.
    """
    docs = parse_cached(name, [(g.doc_id, g.text) for g in golds], batch_size=16, folder=cache_dir)
    return [docs[g.doc_id] for g in golds]


def predictions(golds: Sequence[GoldDocument], docs: Sequence[Doc]) -> pd.DataFrame:
    """Return the project's ``attributions`` table for the gold documents' parsed texts."""
    results = [analyze_document(to_document(g), doc) for g, doc in zip(golds, docs)]
    return collect(results)["attributions"]


def pred_records(table: pd.DataFrame) -> list[dict]:
    """Return ``{doc_id, cue_class, cue, source, content}`` records (span tuples) from a table."""
    def span(row, prefix: str) -> Spans:
        start, end = row[f"{prefix}_start_char"], row[f"{prefix}_end_char"]
        return () if pd.isna(start) or pd.isna(end) else ((int(start), int(end)),)

    return [{"doc_id": row["doc_id"], "cue_class": row.get("cue_class", ""),
             "cue": span(row, "cue"), "source": span(row, "source"), "content": span(row, "content")}
            for _, row in table.iterrows()]


def gold_records(golds: Sequence[GoldDocument], docs: Sequence[Doc], *,
                 is_speech: Callable[[GoldAttribution, Doc], bool]) -> list[dict]:
    """Return ``{doc_id, speech, cue, source, content}`` records of every gold attribution."""
    return [{"doc_id": g.doc_id, "speech": is_speech(a, doc), "cue": a.cue, "source": a.source,
             "content": a.content}
            for g, doc in zip(golds, docs) for a in g.attributions]


def _touch(a: Spans, b: Spans) -> bool:
    """Return True when a fragment of ``a`` shares a character with a fragment of ``b``."""
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def matches(gold: dict, pred: dict) -> bool:
    """Return True when ``pred`` matches ``gold`` under the module's matching rule."""
    anchor_g, anchor_p = gold["cue"] + gold["source"], pred["cue"] + pred["source"]
    if not _touch(anchor_g, anchor_p):
        return False
    return not (gold["content"] and pred["content"]) or _touch(gold["content"], pred["content"])


def score_records(gold: list[dict], pred: list[dict]) -> Score:
    """Return the one-to-one :class:`Score` of predicted against gold records."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in pred:
        by_doc[p["doc_id"]].append(p)
    tp, used = 0, set()
    for g in sorted(gold, key=lambda r: (r["doc_id"], min(r["cue"] + r["source"] or ((0, 0),)))):
        for p in by_doc.get(g["doc_id"], []):
            if id(p) not in used and matches(g, p):
                used.add(id(p))
                tp += 1
                break
    return Score(tp, len(pred), len(gold))


# ---------------------------------------------------------------- baseline

def baseline_records(golds: Sequence[GoldDocument], docs: Sequence[Doc], *,
                     speech_lemmas: frozenset[str]) -> list[dict]:
    """Return the baseline's records: reporting verb + subject + complement, and "according to"."""
    verbs = BASELINE_VERBS
    out = []
    for gold, doc in zip(golds, docs):
        for tok in doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
                if subj is None or comp is None:
                    continue
                cls = "speech" if tok.lemma_.lower() in speech_lemmas else "cognition"
                out.append(_base(gold.doc_id, cls, tok, tok, subj, comp))
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    sent = tok.sent
                    content = ((sent.start_char, tok.idx),) if tok.i > sent.start + 2 else \
                        ((pobj.right_edge.idx + len(pobj.right_edge), sent.end_char),)
                    out.append({"doc_id": gold.doc_id, "cue_class": "according_to",
                                "cue": ((tok.idx, doc[tok.i + 1].idx + 2),),
                                "source": _subtree(pobj), "content": content})
    return out


def _base(doc_id: str, cls: str, cue, _verb, subj, comp) -> dict:
    """Return one baseline record from a cue verb, its subject and its complement."""
    return {"doc_id": doc_id, "cue_class": cls, "cue": ((cue.idx, cue.idx + len(cue)),),
            "source": _subtree(subj), "content": _subtree(comp)}


def _subtree(tok) -> Spans:
    """Return the character span of a token's subtree."""
    return ((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)),)


def score_rows(corpus: str, gold: list[dict], systems: dict[str, list[dict]], *,
               speech_classes: frozenset[str]) -> list[dict]:
    """Return tidy score rows (speech and all attributions) for each system on one corpus."""
    rows = []
    for system, pred in systems.items():
        speech_pred = [p for p in pred if p["cue_class"] in speech_classes]
        speech_gold = [g for g in gold if g["speech"]]
        for measure, g, p in (("speech", speech_gold, speech_pred), ("all", gold, pred)):
            rows.append(score_records(g, p).row(corpus=corpus, measure=measure, system=system))
    return rows
