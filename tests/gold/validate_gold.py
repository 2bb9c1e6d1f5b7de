"""Validate the entity and attribution gold (stdlib only).

Run:  python3 tests/gold/validate_gold.py
Checks field names/order, closed label/kind/type sets, that every span equals the
document text, null consistency, non-overlapping entity spans, article format and
metadata; prints counts per document, label, kind and source_type.  Exit code 1 on error.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

GOLD = Path(__file__).resolve().parent
REPO = GOLD.parent.parent
ART = GOLD / "articles"
SEED_ID = "000_cb6ded0eeada37bf"
ARTICLES = [f"gold_a{i:02d}" for i in range(1, 13)]
DOCS = [SEED_ID] + ARTICLES

ENT_FIELDS = ["doc_id", "start", "end", "text", "label", "entity"]
ENT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"}
ATT_FIELDS = ["doc_id", "kind", "source", "source_type", "source_text", "source_start", "source_end",
              "cue", "cue_start", "cue_end", "content_start", "content_end"]
KINDS = {"verb", "passive", "according_to", "prepositional", "quote", "credit"}
STYPES = {"person", "organisation", "government", "anonymous", "document", "media", "unattributed"}
ENT_REQUIRED_DOCS = [SEED_ID] + ARTICLES[:5]
MIN_ATT = 90

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def read_doc(doc_id: str) -> str:
    if doc_id == SEED_ID:
        p = REPO / "seeds" / f"{SEED_ID}.txt"
        if not p.exists():
            p = Path("/work/shared/seeds") / f"{SEED_ID}.txt"
    else:
        p = ART / f"{doc_id}.txt"
    return open(p, encoding="utf-8").read()


def load(name: str) -> list[dict]:
    rows = []
    with open(GOLD / name, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i}: blank line")
                continue
            rows.append(json.loads(line))
            rows[-1]["_line"] = f"{name}:{i}"
    return rows


def check_span(doc: str, a, b, where: str) -> bool:
    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(doc)):
        err(f"{where}: bad span {a}-{b}")
        return False
    if doc[a:b] != doc[a:b].strip():
        err(f"{where}: span has leading/trailing whitespace: {doc[a:b]!r}")
    return True


def main() -> int:
    docs = {d: read_doc(d) for d in DOCS}

    # ---------------------------------------------------------------- articles + metadata
    for d in ARTICLES:
        t = docs[d]
        n = len(t.split())
        if not 150 <= n <= 250:
            err(f"{d}: {n} words (want 150-250)")
        if t.endswith("\n") or "\n\n" in t or "\r" in t:
            err(f"{d}: paragraph format (single \\n, no trailing newline, no \\r)")
    with open(ART / "metadata.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["doc_id", "title", "outlet", "published", "url"]:
        err(f"metadata header {rows[0]}")
    if [r[0] for r in rows[1:]] != ARTICLES:
        err("metadata doc_ids do not match the article files")
    for r in rows[1:]:
        if len(r) != 5:
            err(f"metadata row {r[0]}: {len(r)} fields")
            continue
        date.fromisoformat(r[3])
        if not re.match(r"^https://[a-z0-9.-]+\.example/", r[4]):
            err(f"metadata {r[0]}: url not on .example: {r[4]}")

    # ---------------------------------------------------------------- entities
    ents = load("entities.jsonl")
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for r in ents:
        w = r["_line"]
        if list(k for k in r if k != "_line") != ENT_FIELDS:
            err(f"{w}: fields {list(r)}")
            continue
        if r["doc_id"] not in docs:
            err(f"{w}: unknown doc {r['doc_id']}")
            continue
        doc = docs[r["doc_id"]]
        if check_span(doc, r["start"], r["end"], w) and doc[r["start"]:r["end"]] != r["text"]:
            err(f"{w}: text {r['text']!r} != doc {doc[r['start']:r['end']]!r}")
        if r["label"] not in ENT_LABELS:
            err(f"{w}: label {r['label']}")
        if not r["entity"]:
            err(f"{w}: empty entity")
        t = r["text"]
        if re.search(r"['’]s$", t) and t != "Lloyd's List":
            err(f"{w}: possessive inside span {t!r}")
        if re.match(r"(?i)the\s", t):
            err(f"{w}: leading 'the' in span {t!r}")
        by_doc.setdefault(r["doc_id"], []).append((r["start"], r["end"]))
    for d, spans in by_doc.items():
        spans.sort()
        for (a, b), (c, e) in zip(spans, spans[1:]):
            if c < b:
                err(f"{d}: overlapping entity spans {a}-{b} / {c}-{e}")
    for d in ENT_REQUIRED_DOCS:
        if d not in by_doc:
            err(f"entities: no rows for required doc {d}")

    # ---------------------------------------------------------------- attributions
    atts = load("attributions.jsonl")
    for r in atts:
        w = r["_line"]
        if list(k for k in r if k != "_line") != ATT_FIELDS:
            err(f"{w}: fields {list(r)}")
            continue
        if r["doc_id"] not in docs:
            err(f"{w}: unknown doc {r['doc_id']}")
            continue
        doc = docs[r["doc_id"]]
        if r["kind"] not in KINDS:
            err(f"{w}: kind {r['kind']}")
        if r["source_type"] not in STYPES:
            err(f"{w}: source_type {r['source_type']}")
        for part in ("source", "cue"):
            txt, a, b = r[f"{part}_text" if part == "source" else "cue"], r[f"{part}_start"], r[f"{part}_end"]
            if (txt is None) != (a is None) or (a is None) != (b is None):
                err(f"{w}: {part} fields must be all null or all set")
            elif txt is not None and check_span(doc, a, b, w) and doc[a:b] != txt:
                err(f"{w}: {part} {txt!r} != doc {doc[a:b]!r}")
        if r["source_type"] == "unattributed":
            if r["source"] is not None or r["source_text"] is not None:
                err(f"{w}: unattributed row must have null source")
        else:
            if not r["source"] or r["source_text"] is None:
                err(f"{w}: source missing")
            elif r["source_text"].lower().startswith(("the ", "a ", "an ")):
                err(f"{w}: source span starts with a determiner")
        if r["cue"] is None and r["kind"] != "quote":
            err(f"{w}: only quote rows may have a null cue")
        if r["kind"] == "credit":
            if r["source_type"] != "media" or (r["source_start"], r["source_end"]) != (r["cue_start"], r["cue_end"]):
                err(f"{w}: credit must be media with source span == cue span")
        if r["kind"] == "according_to" and (r["cue"] or "").lower() != "according to":
            err(f"{w}: according_to cue {r['cue']!r}")
        a, b = r["content_start"], r["content_end"]
        if check_span(doc, a, b, w):
            for part in ("source", "cue"):
                s, e = r[f"{part}_start"], r[f"{part}_end"]
                if s is not None and s < b and a < e:
                    err(f"{w}: {part} span overlaps content")
            c = doc[a:b]
            if r["kind"] in ("verb", "according_to", "prepositional", "passive") and c.startswith("that "):
                err(f"{w}: content should start after 'that'")
            if r["kind"] == "quote":
                before, after = doc[a - 1], doc[b] if b < len(doc) else ""
                if before not in "\"“" or after not in "\"”":
                    err(f"{w}: quote content not delimited by quotation marks: {before!r}..{after!r}")
        if "\n" in doc[a:b]:
            err(f"{w}: content crosses a paragraph")
    if len(atts) < MIN_ATT:
        err(f"only {len(atts)} attributions (want >= {MIN_ATT})")
    seen = Counter((r["doc_id"], r["kind"], r["content_start"], r["content_end"]) for r in atts)
    for k, n in seen.items():
        if n > 1:
            err(f"duplicate attribution {k}")

    # ---------------------------------------------------------------- report
    print(f"entities: {len(ents)} mentions in {len(by_doc)} documents")
    ent_doc = Counter(r["doc_id"] for r in ents)
    ent_lab = Counter(r["label"] for r in ents)
    for d in DOCS:
        labs = Counter(r["label"] for r in ents if r["doc_id"] == d)
        print(f"  {d:22s} {ent_doc.get(d, 0):3d}  " + " ".join(f"{k}={v}" for k, v in sorted(labs.items())))
    print("  by label: " + " ".join(f"{k}={v}" for k, v in sorted(ent_lab.items())))
    print(f"  distinct entities: {len({(r['entity'], r['label']) for r in ents})}")
    print(f"attributions: {len(atts)}")
    att_doc = Counter(r["doc_id"] for r in atts)
    for d in DOCS:
        kinds = Counter(r["kind"] for r in atts if r["doc_id"] == d)
        print(f"  {d:22s} {att_doc.get(d, 0):3d}  " + " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("  by kind: " + " ".join(f"{k}={v}" for k, v in Counter(r["kind"] for r in atts).most_common()))
    print("  by source_type: " + " ".join(f"{k}={v}" for k, v in Counter(r["source_type"] for r in atts).most_common()))
    print(f"  quote rows without cue: {sum(1 for r in atts if r['kind'] == 'quote' and r['cue'] is None)}")

    if errors:
        print(f"\nFAILED: {len(errors)} error(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
