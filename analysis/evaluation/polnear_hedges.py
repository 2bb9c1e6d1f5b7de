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

METHOD = ("a predicted cue inside a gold attribution's content or cue must carry that attribution's "
          "source (predicted source span overlaps the gold source, or the source's last word is in "
          "it); a cue outside every gold attribution must stay with the narrator")


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


def analyse(documents: list[GoldDocument], *, gold_attributions: bool = False) -> dict[str, pd.DataFrame]:
    """Return the pipeline's tables for gold documents (parses cached).

    With ``gold_attributions`` the hedges are given PolNeAR's own attributions instead of the
    pipeline's: the accuracy of the hedging layer's ownership rules alone.
    """
    parsed = parse_cached("polnear", [(d.doc_id, d.text) for d in documents])
    if not gold_attributions:
        return collect([analyze_document(_document(d), parsed[d.doc_id]) for d in documents])
    hedges, attributions = [], []
    for d in documents:
        rows = _with_gold_attributions(d, _document(d), parsed[d.doc_id])
        hedges += rows["hedges"]
        attributions += rows["attributions"]
    return {"hedges": pd.DataFrame(hedges), "attributions": pd.DataFrame(attributions)}


def _cue_predicate(doc: Doc, cue: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """Return the character span of a gold Cue's predicate: its last verb or noun (else the whole cue).

    PolNeAR's Cue spans hold the words that qualify the attribution ("could deny", "seemed to
    think"); the pipeline's cue is the predicate alone, so the oracle is given the same.
    """
    words = [t for s, e in cue for t in (doc.char_span(s, e, alignment_mode="expand") or ())
             if t.pos_ in ("VERB", "NOUN")]
    return (words[-1].idx, words[-1].idx + len(words[-1])) if words else _bounds(cue)


def _with_gold_attributions(gold: GoldDocument, document: Document, doc: Doc) -> dict[str, list[dict]]:
    """Return ``hedges`` and ``attributions`` rows computed from the gold attributions."""
    records = [_GoldRecord("verb", " ".join(gold.text[s:e] for s, e in a.source), "person",
                           _bounds(a.source), _cue_predicate(doc, a.cue), _bounds(a.content),
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


#: Hedge categories that, inside PolNeAR's Cue span but outside its Content, qualify the
#: attribution itself (*could* deny, *apparently* believed, is *likely* to decide): the narrator's.
STANCE_CATEGORIES = frozenset({"modal", "adverb", "adjective", "determiner"})
#: Raising verbs whose subject is not the holder of the seeming (X *seemed* to think): the narrator's.
RAISING_LEMMAS = frozenset({"seem", "appear"})


def is_attitude_cue(cue: dict) -> bool:
    """Return whether a predicted hedge row is itself an attitude predicate (*expect*, *doubt*).

    Only such a cue belongs to a gold attribution by sitting in its Cue span; a modal, adverb or
    adjective there, or *seem*/*appear*, is the narrator's qualification of the attribution.
    """
    return (cue.get("category") not in STANCE_CATEGORIES
            and str(cue.get("lemma", "")).lower() not in RAISING_LEMMAS)


def gold_owner(start: int, attributions: list[GoldAttribution], *, in_cue: bool = True
               ) -> GoldAttribution | None:
    """Return the gold attribution with a source whose content (or, if ``in_cue``, cue) holds ``start``."""
    for a in attributions:
        if a.source and any(s <= start < e for s, e in (*a.content, *(a.cue if in_cue else ()))):
            return a
    return None


def judge(cue: dict, gold: GoldDocument, predicted: dict[str, dict], *, any_cue_word: bool = False
          ) -> dict:
    """Return the judgement of one predicted cue: its scope and whether its source is right.

    ``any_cue_word`` is the earlier rule: every word of a gold Cue span is the source's.
    """
    owner = gold_owner(int(cue["start_char"]), gold.attributions,
                       in_cue=any_cue_word or is_attitude_cue(cue))
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
               any_cue_word: bool = False) -> pd.DataFrame:
    """Return one row per predicted hedge or booster with its scope and judgement (see :func:`judge`)."""
    attributions = tables["attributions"].set_index("attribution_id", drop=False).to_dict("index")
    golds = {d.doc_id: d for d in documents}
    rows = []
    for cue in tables["hedges"].to_dict("records"):
        if cue["kind"] in ("hedge", "booster"):
            rows.append({**{k: cue[k] for k in ("doc_id", "start_char", "end_char", "text", "kind",
                                                "source", "source_basis")},
                         **judge(cue, golds[cue["doc_id"]], attributions, any_cue_word=any_cue_word)})
    return pd.DataFrame(rows)


def evaluate_polnear_hedges(split: str = "dev", *, root=None) -> pd.DataFrame:
    """Return hedge-source accuracy on PolNeAR ``split``: per attribution input, kind set and scope.

    ``attributions`` is ``pipeline`` (the product as it runs) or ``gold`` (PolNeAR's own
    attributions given to the hedging layer: its ownership rules alone).
    """
    documents = polnear(split, root=root)
    rows = []
    for label, oracle in (("pipeline", False), ("gold", True)):
        judged = judgements(documents, analyse(documents, gold_attributions=oracle))
        for kinds, cues in ((("hedge",), "hedges"), (("hedge", "booster"), "hedges + boosters")):
            subset = judged[judged["kind"].isin(kinds)]
            for scope in ("inside an attribution", "narration", "all"):
                part = subset if scope == "all" else subset[subset["scope"] == scope]
                rows.append({"corpus": f"polnear {split}", "attributions": label, "cues": cues,
                             "scope": scope, "predicted": len(part), "right": int(part["right"].sum()),
                             "accuracy": round(float(part["right"].mean()), 3) if len(part) else None})
    return pd.DataFrame(rows)
