"""List the project's GUM dev attribution misses and false positives, grouped by kind.

Run: ``python tools/gum_errors.py [--show N]`` (needs ``../shared/corpora/gum_dev``). Scored as
:mod:`analysis.evaluation.gum_attributions` scores (same scope rule, same one-to-one matching);
prints a count per kind, then up to N examples per kind (gold reporting unit and content, or
the predicted row). The kinds are a rough, rule-of-thumb sort for reading errors, not part of the
scorer: a miss is a question, an imperative, a negated or wh-frame, a frame with no subject of its
own, a frame inside a quotation, a unit with no verb (credits, signatures, reading lists), or other;
a false positive either shares its frame with a gold relation (content mismatch) or has none.
Corpus text is printed, never stored.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from spacy.tokens import Doc

from analysis.evaluation.corpora import gum
from analysis.evaluation.gum_attributions import is_clausal
from analysis.evaluation.polnear import is_speech
from analysis.evaluation.real_attributions import (
    gold_records,
    matches,
    parse,
    pred_records,
    predictions,
)

WH_WORDS = ("whether", "if", "what", "which", "how", "where", "who", "when", "why")
IMPERATIVES = ("remember", "assume", "assuming", "suppose", "make", "be", "let", "see", "also", "note")


def errors() -> tuple[list[tuple[str, dict, Doc]], list[tuple[str, dict, Doc]]]:
    """Return the misses and the false positives, each as ``(kind, record, doc)``."""
    golds = gum()
    docs = parse(golds, name="gum")
    by_id = {g.doc_id: d for g, d in zip(golds, docs)}
    relation = {(g.doc_id, a.cue): a.relation for g in golds for a in g.attributions}
    gold = gold_records(golds, docs, is_speech=is_speech)
    pred = [p for p in pred_records(predictions(golds, docs)) if is_clausal(p, by_id[p["doc_id"]])]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in pred:
        by_doc[p["doc_id"]].append(p)
    used: set[int] = set()
    missed = []
    for g in sorted(gold, key=lambda r: (r["doc_id"], min(r["cue"] + r["source"] or ((0, 0),)))):
        hit = next((p for p in by_doc[g["doc_id"]] if id(p) not in used and matches(g, p)), None)
        if hit is None:
            g = dict(g, relation=relation.get((g["doc_id"], g["cue"]), ""))
            missed.append((miss_kind(g, by_id[g["doc_id"]]), g, by_id[g["doc_id"]]))
        else:
            used.add(id(hit))
    false = [(fp_kind(p, gold), p, by_id[p["doc_id"]]) for p in pred if id(p) not in used]
    return missed, false


def miss_kind(g: dict, doc: Doc) -> str:
    """Return a rough kind for a missed gold relation."""
    (s, e), (cs, ce) = g["cue"][0], g["content"][0]
    frame, content = doc.text[s:e].strip(), doc.text[cs:ce].strip()
    span = doc.char_span(s, e, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if frame.endswith("?") or content.endswith("?") or (words and words[0].lower_ in ("do", "did", "are", "how")):
        return "question"
    if words and words[0].lower_ in IMPERATIVES and words[0].tag_ in ("VB", "VBG", "RB"):
        return "imperative"
    if g["relation"] == "attribution-negative" or content.lower().startswith(WH_WORDS):
        return "negated or wh-frame"
    if doc.text[max(s - 1, 0):s] in ('"', "“") or '"' in frame[:2] or "“" in frame[:2]:
        return "inside a quotation"
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return "no verb (credit, signature, list)"
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words):
        return "no subject of its own"
    return "other"


def fp_kind(p: dict, gold: list[dict]) -> str:
    """Return a rough kind for a false positive: its cue class, and whether a gold frame shares its anchor."""
    anchor = p["cue"] + p["source"]
    shared = any(g["doc_id"] == p["doc_id"] and any(a < d and c < b for a, b in anchor for c, d in g["cue"])
                 for g in gold)
    return f"{p['cue_class']}: {'content mismatch' if shared else 'no gold frame'}"


def _text(doc: Doc, spans) -> str:
    return " | ".join(doc.text[s:e].replace("\n", " ") for s, e in spans)[:140]


def main() -> None:
    """Print counts per kind and examples."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="examples per kind")
    args = parser.parse_args()
    missed, false = errors()
    for title, rows in (("MISSES", missed), ("FALSE POSITIVES", false)):
        groups: dict[str, list] = defaultdict(list)
        for kind, record, doc in rows:
            groups[kind].append((record, doc))
        print(f"== {title}: {len(rows)}")
        for kind, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"-- {kind}: {len(items)}")
            for record, doc in items[:args.show]:
                print(f"   {record['doc_id']}: frame={_text(doc, record['cue'])!r} source={_text(doc, record['source'])!r}"
                      f" content={_text(doc, record['content'])!r}")


if __name__ == "__main__":
    main()
