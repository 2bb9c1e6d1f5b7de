"""Whose hedge it is, on real news: hedge-source accuracy against PolNeAR's gold attributions.

PolNeAR (Newell, Margolin & Ruths 2018) marks every attribution of its articles as Source, Cue
and Content spans; it does not mark hedges. So the *predicted* cues are judged, one by one:

* **Gold owner.** A predicted cue (its first character) inside a gold attribution's Content
  fragment belongs to that attribution; so does a cue inside its Cue fragment when the cue is
  itself the attitude predicate (a verb or noun of cognition, "analysts **expect**", "little
  **doubt**"). PolNeAR's Cue spans also hold the modals, adverbs and raising verbs that qualify
  the attribution ("the government **could** deny", "he **apparently** believed", "Anderson
  **seemed** to think"): those are the narrator's hedges about the attribution, judged as
  narration (issue 13: a cue in narration belongs to the narrator). ``any_cue_word=True`` is the
  earlier rule, every word of the Cue span the source's (the README gives both figures).
  PolNeAR does not nest attributions, so there is at most one owner. A gold attribution with no
  Source span ("the talks **are expected** to go on") names nobody: a cue in it counts as
  narration.
* **Right source, inside an attribution.** The cue's predicted attribution (``attribution_id``
  in ``hedges.csv``, basis ``cue`` or ``content``) has a source span overlapping a gold Source
  fragment, *or* the last word of the predicted canonical source occurs in the gold Source text
  (words lower-cased, without punctuation and possessive 's, so "Tanner" is in "Michael Tanner,
  an analyst"; a resolved pronoun: gold "he", predicted "Hillary Clinton" is wrong, "Clinton" for
  gold "Mrs. Clinton" is right). A cue given to the narrator here is wrong.
* **Right source, in narration.** A cue outside every gold attribution is right when it stays
  with the narrator (``source_basis`` ``credit``, ``outlet`` or ``unattributed``).

Accuracy = right / predicted cues, reported for both scopes and overall, for hedges and for
hedges + boosters (approximators are not judged). The outlet is the article's publisher.
Develop on ``train``, report ``dev``; the test split is never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Doc

from analysis.corpus import Document, text_document
from analysis.document import split_sentences
from analysis.evaluation.corpora import GoldAttribution, GoldDocument, polnear
from analysis.evaluation.parsed import parse_cached
from analysis.hedging import NARRATOR_BASES, find_hedges
from analysis.pipeline import analyze_document, collect

METHOD = ("a predicted cue inside a gold attribution's content, or that is its cue's predicate (the "
          "attitude word: expect, doubt, sure), must carry that attribution's source (predicted source "
          "span overlaps the gold source, or the source's last word is in it); a cue elsewhere, including "
          "a modal, adverb or seem/appear inside PolNeAR's cue span, must stay with the narrator")


#: The ``attributions`` label of the pipeline's figures under the earlier judge.
EARLIER_JUDGE = "pipeline, earlier judge"


@dataclass(frozen=True)
class _GoldRecord:
    """A gold PolNeAR attribution shaped like the pipeline's attribution record."""

    kind: str
    source: str
    source_type: str
    source_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int] | None
    attribution_id: str


def _document(gold: GoldDocument) -> Document:
    """Return the pipeline's Document for a gold article (its publisher as outlet)."""
    return text_document(gold.text, doc_id=gold.doc_id,
                         metadata={"outlet": gold.metadata.get("publisher", "")})


def _bounds(spans: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def parse(documents: list[GoldDocument]) -> dict[str, Doc]:
    """Return ``{doc_id: parsed Doc}`` for gold documents (cached, see :mod:`analysis.evaluation.parsed`)."""
    return parse_cached("polnear", [(d.doc_id, d.text) for d in documents])


def analyse(documents: list[GoldDocument], *, gold_attributions: bool = False,
            docs: dict[str, Doc] | None = None) -> dict[str, pd.DataFrame]:
    """Return the pipeline's tables for gold documents (parses cached).

    With ``gold_attributions`` the hedges are given PolNeAR's own attributions instead of the
    pipeline's: the accuracy of the hedging layer's ownership rules alone.
    """
    parsed = docs if docs is not None else parse(documents)
    if not gold_attributions:
        return collect([analyze_document(_document(d), parsed[d.doc_id]) for d in documents])
    hedges, attributions = [], []
    for d in documents:
        rows = _with_gold_attributions(d, _document(d), parsed[d.doc_id])
        hedges += rows["hedges"]
        attributions += rows["attributions"]
    return {"hedges": pd.DataFrame(hedges), "attributions": pd.DataFrame(attributions)}


def cue_predicate(doc: Doc, cue: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """Return the character span of a gold Cue's predicate, else None.

    The predicate is the Cue's last verb, noun or adjective that is not a raising verb: *deny* in
    "could deny", *think* in "seemed to think", *sure* in "was sure", *doubt* in "left little
    doubt". PolNeAR's Cue spans also hold the words that qualify the attribution (modals, adverbs,
    *seem*); the pipeline's cue is the predicate alone.
    """
    words = [t for s, e in cue for t in (doc.char_span(s, e, alignment_mode="expand") or ())
             if t.pos_ in ("VERB", "NOUN", "ADJ") and t.lemma_.lower() not in RAISING_LEMMAS]
    return (words[-1].idx, words[-1].idx + len(words[-1])) if words else None


def _with_gold_attributions(gold: GoldDocument, document: Document, doc: Doc) -> dict[str, list[dict]]:
    """Return ``hedges`` and ``attributions`` rows computed from the gold attributions."""
    records = [_GoldRecord("verb", " ".join(gold.text[s:e] for s, e in a.source), "person",
                           _bounds(a.source), cue_predicate(doc, a.cue) or _bounds(a.cue), _bounds(a.content),
                           f"{gold.doc_id}:g{i}")
               for i, a in enumerate(gold.attributions) if a.source]
    hedges = find_hedges(doc, sentences=split_sentences(document, doc), attributions=records,
                         sources={}, document=document)
    rows = [{"doc_id": gold.doc_id, "attribution_id": r.attribution_id, "source": r.source,
             "source_start_char": r.source_span[0], "source_end_char": r.source_span[1]}
            for r in records]
    return {"hedges": [h.as_row(gold.doc_id) for h in hedges], "attributions": rows}


def source_words(text: str) -> list[str]:
    """Return the lower-cased words of ``text``, possessive 's and punctuation removed."""
    return re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", re.sub(r"['’]s\b", "", text.lower()))


#: Raising verbs whose subject is not the holder of the seeming (X *seemed* to think): never a
#: gold Cue's predicate.
RAISING_LEMMAS = frozenset({"seem", "appear"})


def gold_owner(start: int, attributions: list[GoldAttribution], *,
               predicates: dict[int, tuple[int, int] | None] | None = None) -> GoldAttribution | None:
    """Return the gold attribution (with a source) that owns a cue starting at ``start``, else None.

    Its content holds ``start``, or its cue's predicate does (``predicates``: ``{index of the
    attribution: predicate span}``, see :func:`cue_predicate`). Without ``predicates`` (the earlier
    rule) any word of its Cue span does.
    """
    for i, a in enumerate(attributions):
        if not a.source:
            continue
        cue = a.cue if predicates is None else [p for p in (predicates.get(i),) if p]
        if any(s <= start < e for s, e in (*a.content, *cue)):
            return a
    return None


def judge(cue: dict, gold: GoldDocument, predicted: dict[str, dict], *,
          predicates: dict[int, tuple[int, int] | None] | None = None) -> dict:
    """Return the judgement of one predicted cue: its scope and whether its source is right.

    ``predicates`` as in :func:`gold_owner` (``None``: the earlier rule, every word of a gold Cue
    span is the source's).
    """
    owner = gold_owner(int(cue["start_char"]), gold.attributions, predicates=predicates)
    if owner is None:
        return {"scope": "narration", "right": cue["source_basis"] in NARRATOR_BASES}
    if cue["source_basis"] in NARRATOR_BASES:
        return {"scope": "inside an attribution", "right": False}
    pred = predicted.get(cue["attribution_id"], {})
    start, end = pred.get("source_start_char"), pred.get("source_end_char")
    spans = [] if pd.isna(start) or pd.isna(end) else [(int(start), int(end))]
    overlap = any(s < ge and gs < e for s, e in spans for gs, ge in owner.source)
    gold_words = set(source_words(" ".join(gold.text[s:e] for s, e in owner.source)))
    words = source_words(str(cue["source"]))
    named = bool(words) and words[-1] in gold_words
    return {"scope": "inside an attribution", "right": overlap or named}


def judgements(documents: list[GoldDocument], tables: dict[str, pd.DataFrame], *,
               any_cue_word: bool = False, docs: dict[str, Doc] | None = None) -> pd.DataFrame:
    """Return one row per predicted hedge or booster with its scope and judgement (see :func:`judge`).

    ``any_cue_word``: the earlier rule, every word of a gold Cue span the source's.
    """
    attributions = tables["attributions"].set_index("attribution_id", drop=False).to_dict("index")
    golds = {d.doc_id: d for d in documents}
    docs = {} if any_cue_word else docs if docs is not None else parse(documents)
    predicates = {d.doc_id: None if any_cue_word else
                  {i: cue_predicate(docs[d.doc_id], a.cue) for i, a in enumerate(d.attributions)}
                  for d in documents}
    rows = []
    for cue in tables["hedges"].to_dict("records"):
        if cue["kind"] in ("hedge", "booster"):
            rows.append({**{k: cue[k] for k in ("doc_id", "start_char", "end_char", "text", "kind",
                                                "source", "source_basis")},
                         **judge(cue, golds[cue["doc_id"]], attributions, predicates=predicates[cue["doc_id"]])})
    return pd.DataFrame(rows)


def evaluate_polnear_hedges(split: str = "dev", *, root=None) -> pd.DataFrame:
    """Return hedge-source accuracy on PolNeAR ``split``: per attribution input, kind set and scope.

    ``attributions`` is ``pipeline`` (the product as it runs), ``gold`` (PolNeAR's own
    attributions given to the hedging layer: its ownership rules alone), or :data:`EARLIER_JUDGE`
    (the pipeline judged by the earlier rule, every word of a gold Cue span the source's).
    """
    documents = polnear(split, root=root)
    rows = []
    docs = parse(documents)
    pipeline = analyse(documents, docs=docs)
    runs = (("pipeline", pipeline, False), ("gold", analyse(documents, gold_attributions=True, docs=docs), False),
            (EARLIER_JUDGE, pipeline, True))
    for label, tables, any_cue_word in runs:
        judged = judgements(documents, tables, any_cue_word=any_cue_word, docs=docs)
        for kinds, cues in ((("hedge",), "hedges"), (("hedge", "booster"), "hedges + boosters")):
            subset = judged[judged["kind"].isin(kinds)]
            for scope in ("inside an attribution", "narration", "all"):
                part = subset if scope == "all" else subset[subset["scope"] == scope]
                rows.append({"corpus": f"polnear {split}", "attributions": label, "cues": cues,
                             "scope": scope, "predicted": len(part), "right": int(part["right"].sum()),
                             "accuracy": round(float(part["right"].mean()), 3) if len(part) else None})
    return pd.DataFrame(rows)
