"""Entity mentions and canonical names against GUM's dev genres (real text, independent gold).

GUM (``../shared/corpora/gum_dev``; interview, bio, court, voyage) marks every named mention with
an OntoNotes-style label and a canonical ``entity`` name. Two systems are scored on the same
parse of the same text:

* ``project``: the project's entities table (:func:`analysis.entities.find_mentions`, then the
  corpus-level pass :func:`analysis.entities.link_corpus`), exactly as a run writes it;
* ``project, article names only``: the same without the corpus pass (GUM's documents are
  unrelated to each other, so a surname linked across them is more often wrong than in a
  corpus of news about one story);
* ``bare model``: the model's own ``doc.ents`` (the statistical NER, before the project's entity
  ruler and rules), each span's text taken as its name.

Rules of the comparison (written down so the figures can be reproduced):

* **Scored gold**: mentions labelled PERSON, ORG, GPE, LOC, FAC or PRODUCT that are not
  ``nested`` inside a longer name. EVENT, WORK_OF_ART and OTHER are types the project does not
  produce; nested mentions ("Ohio" inside "Ohio State University") are not separate mentions in
  the project's model. GUM has no NORP class (adjectives such as *American* are not mentions,
  *Americans* is a group of persons), so NORP is not scored on either side.
* **Scored predictions**: mentions with those six labels. A prediction whose span is exactly an
  unscored gold mention (an EVENT, a nested name, ...) is ignored rather than counted wrong.
* **Type group**: person = PERSON; organisation = ORG; place = GPE, LOC, FAC; product = PRODUCT.
  A mention is right when span (exact characters) and type group agree.
  GUM's spans exclude leading *the*, titles and possessive *'s*, as the project's do.
* **Canonical grouping**: among gold entities with at least two scored mentions found in a
  document (exact span, any type), the share whose found mentions all carry one predicted name
  that no other gold entity's found mentions in that document carry. Detection is measured by
  the mention scores; this measures naming. The ``strict`` row judges every gold entity
  mentioned twice or more and needs all its mentions found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from analysis import entities
from analysis.evaluation.corpora import GoldDocument, gum
from analysis.evaluation.parsed import parse_cached
from analysis.evaluation.scoring import Score
from analysis.nlp import load_nlp

SCORED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT")
TYPE_GROUPS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "FAC": "place", "PRODUCT": "product"}
RULER = "entity_patterns"


@dataclass(frozen=True)
class Parsed:
    """One gold document with its parse and the bare model's entities ``(start, end, label)``."""

    gold: GoldDocument
    doc: Doc
    bare: tuple[tuple[int, int, str], ...]


def parse(documents: Sequence[GoldDocument], *, cache: str | Path | None = None) -> list[Parsed]:
    """Return every document parsed once: the model's own entities kept, then the project's ruler run.

    Parses are cached (:func:`analysis.evaluation.parsed.parse_cached`, keyed by model and texts)
    in ``cache`` (a folder) or the default evaluation cache.
    """
    nlp = load_nlp()
    docs = parse_cached("gum-bare", [(d.doc_id, d.text) for d in documents], disable=(RULER,),
                        folder=cache)
    out = []
    for gold in documents:
        doc = docs[gold.doc_id]
        bare = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
        out.append(Parsed(gold, nlp.get_pipe(RULER)(doc), bare))
    return out


def gold_mentions(document: GoldDocument) -> tuple[list[dict], set[tuple[int, int]]]:
    """Return the scored gold mentions of a document and the spans of the unscored ones."""
    scored, ignored = [], set()
    for ent in document.entities:
        span = (int(ent["span"][0]), int(ent["span"][1]))
        if ent["label"] in SCORED_LABELS and not ent.get("nested"):
            scored.append({"span": span, "group": TYPE_GROUPS[ent["label"]], "entity": ent["entity"]})
        else:
            ignored.add(span)
    return scored, ignored


def project_mentions(parsed: Sequence[Parsed], *, corpus_pass: bool = True) -> dict[str, list[dict]]:
    """Return ``{doc_id: mentions}`` of the project's entities table (with its corpus pass)."""
    rows = []
    for item in parsed:
        for m in entities.find_mentions(item.doc):
            rows.append({"doc_id": item.gold.doc_id, "start_char": m.start_char,
                         "end_char": m.end_char, "label": m.label, "entity": m.entity,
                         "link_basis": m.link_basis})
    table = pd.DataFrame(rows)
    if rows and corpus_pass:
        table = entities.link_corpus(table)
    out: dict[str, list[dict]] = defaultdict(list)
    for r in table.to_dict("records"):
        out[r["doc_id"]].append({"span": (int(r["start_char"]), int(r["end_char"])),
                                 "label": r["label"], "entity": r["entity"]})
    return out


def bare_mentions(item: Parsed) -> list[dict]:
    """Return the bare model's mentions of one document, named by their own text."""
    text = item.gold.text
    return [{"span": (s, e), "label": label, "entity": text[s:e]} for s, e, label in item.bare]


def _scored_predictions(pred: Iterable[dict], ignored: set[tuple[int, int]]) -> list[dict]:
    """Return predictions with a scored label whose span is not an unscored gold mention."""
    return [dict(p, group=TYPE_GROUPS[p["label"]]) for p in pred
            if p["label"] in SCORED_LABELS and p["span"] not in ignored]


def mention_scores(gold: list[dict], pred: list[dict]) -> dict[str, Score]:
    """Return ``{type group (and 'all'): Score}``: exact span and the same type group."""
    out = {}
    for group in ("all", *dict.fromkeys(TYPE_GROUPS.values())):
        g = {(m["span"], m["group"]) for m in gold if group in ("all", m["group"])}
        p = {(m["span"], m["group"]) for m in pred if group in ("all", m["group"])}
        out[group] = Score(len(g & p), len(p), len(g))
    return out


def grouping(gold: list[dict], pred: list[dict], *, strict: bool = False) -> tuple[int, int]:
    """Return ``(grouped, entities)`` of gold entities named twice or more (see module doc).

    By default only found mentions count (an entity with two or more found mentions is judged);
    ``strict`` judges every entity with two or more gold mentions and needs all of them found.
    """
    by_span = {m["span"]: m["entity"] for m in pred}
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in gold:
        if strict or m["span"] in by_span:
            mentions[m["entity"]].append(m["span"])
    names = {e: {by_span.get(s) for s in spans} for e, spans in mentions.items()}
    grouped = total = 0
    for entity, spans in mentions.items():
        if len(spans) < 2:
            continue
        total += 1
        own = names[entity]
        if len(own) == 1 and None not in own:
            others = set().union(*(n for e, n in names.items() if e != entity))
            grouped += not (own & others)
    return grouped, total


def evaluate_gum_entities(*, root: str | Path | None = None, cache: str | Path | None = None
                          ) -> pd.DataFrame:
    """Return a tidy table: one row per system, measure and type group, with counts and P/R/F1.

    ``score`` is the row's headline figure: F1 for mentions, the share grouped for grouping.

    Raises:
        GoldCorpusError: the GUM folder is missing.
    """
    parsed = parse(gum(root=root), cache=cache)
    systems = {"project": project_mentions(parsed),
               "project, article names only": project_mentions(parsed, corpus_pass=False)}
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    groups: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for item in parsed:
        gold, ignored = gold_mentions(item.gold)
        runs = {name: found.get(item.gold.doc_id, []) for name, found in systems.items()}
        for system, pred in (*runs.items(), ("bare model", bare_mentions(item))):
            pred = _scored_predictions(pred, ignored)
            for group, s in mention_scores(gold, pred).items():
                acc = totals[(system, group)]
                acc[0], acc[1], acc[2] = acc[0] + s.tp, acc[1] + s.n_pred, acc[2] + s.n_gold
            for strict in (False, True):
                ok, n = grouping(gold, pred, strict=strict)
                groups[(system, strict)][0] += ok
                groups[(system, strict)][1] += n
    rows = [dict(Score(*counts).row(corpus="gum_dev", system=system,
                                    measure="mention, span + type group", group=group),
                 score=round(Score(*counts).f1, 3))
            for (system, group), counts in totals.items()]
    for (system, strict), (ok, n) in groups.items():
        measure = ("canonical grouping, every mention found (strict)" if strict
                   else "canonical grouping (entities found 2+ times)")
        rows.append({"corpus": "gum_dev", "system": system, "measure": measure, "group": "all",
                     "tp": ok, "predicted": None, "gold": n, "precision": None, "recall": None,
                     "f1": None, "score": round(ok / n, 3) if n else None})
    return pd.DataFrame(rows)


def summary(table: pd.DataFrame) -> pd.DataFrame:
    """Return the headline figures, one row per system: mention P/R/F1 (all types) and grouping.

    ``table`` is :func:`evaluate_gum_entities`'s result (so a notebook computes it once).
    """
    mentions = table[(table["measure"] == "mention, span + type group") & (table["group"] == "all")]
    grouping_rows = table[table["measure"].str.startswith("canonical grouping (")]
    out = mentions.set_index("system")[["precision", "recall", "f1"]].rename(
        columns=lambda c: f"mention_{c}")
    out["canonical_grouping"] = grouping_rows.set_index("system")["score"]
    return out.reset_index()
