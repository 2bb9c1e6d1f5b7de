"""Validate the hedge/booster gold annotations (stdlib only).

    python3 tests/gold/validate_hedges.py

Checks tests/gold/hedges.jsonl (cue rows) and tests/gold/hedge_negatives.jsonl (non-cue
occurrences of ambiguous terms) against the texts: seed 000_cb6ded0eeada37bf
(<repo>/seeds/ if present, else /work/shared/seeds/) and tests/gold/hedge_articles/*.txt.

Errors (exit status 1): bad fields or closed-set values, span text != doc[start:end],
spans that cut a word or carry surrounding space/punctuation, overlapping cue rows in a doc,
overlap between a cue row and a negative row, an occurrence of an ambiguous term that is in
neither file, an outlet name used as source in another outlet's article, article-format
problems, totals below the targets.  Warnings: unlabelled occurrences of other inventory
words (for review).  Prints counts per kind/category, per document and per term sense.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ART = GOLD / "hedge_articles"
REPO = GOLD.parent.parent
SEED_ID = "000_cb6ded0eeada37bf"
SEED_OUTLET = "TASS"

KINDS = {"hedge", "booster"}
CATEGORIES = {"modal", "adverb", "adjective", "noun", "verb", "negation", "phrase"}
FIELDS = ["doc_id", "start", "end", "text", "kind", "category", "source"]

# Ambiguous terms: every whole-word occurrence (case-insensitive) must be covered by a cue
# row or a negative row.
AMBIGUOUS = re.compile(
    r"(?<!\w)(may|could|would|likely|certain|claims?|claimed|claiming|indicated?|indicates|"
    r"clearly|confirm|confirmed|confirming|should)(?!\w)", re.I)

# Other inventory words: unlabelled occurrences are reported as warnings for review.
INVENTORY = re.compile(
    r"(?<!\w)(might|possibl[ey]|perhaps|probabl[ey]|apparent(?:ly)?|reportedly|alleged(?:ly)?|"
    r"allege[sd]?|seems?|seemed|appears?|appeared|suggest(?:s|ed)?|hint(?:s|ed)?|rumou?rs?|"
    r"speculation|unclear|uncertain|unlikely|potential|unconfirmed|unverified|understood|"
    r"certainly|definitely|undoubtedly|categorically|obviously|indeed|surely|"
    r"insist(?:s|ed)?|stress(?:es|ed)?|emphasi[sz]e[sd]?|emphasi[sz]ing|underscor(?:e|es|ed|ing)|"
    r"assurances?|prove[dn]?|of course|in fact|no doubt|without doubt)(?!\w)", re.I)

REQUIRED_NEG_SENSES = ["may:month", "could:ability", "certain:some", "indicated:literal",
                       "clearly:manner", "would:habitual", "claims:technical"]
MIN_CUES, MIN_BOOSTERS, MIN_NEG_PER_SENSE = 170, 40, 3

errors: list[str] = []
warnings: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def nth_occurrence(text: str, sub: str, n: int = 1, start: int = 0) -> int:
    """Index of the n-th (1-based) occurrence of ``sub`` in ``text`` at or after ``start``."""
    i = start - 1
    for _ in range(n):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"occurrence {n} of {sub!r} not found")
    return i


def seed_path() -> Path:
    p = REPO / "seeds" / f"{SEED_ID}.txt"
    return p if p.exists() else Path("/work/shared/seeds") / f"{SEED_ID}.txt"


def load_docs() -> tuple[dict[str, str], dict[str, str]]:
    docs = {SEED_ID: open(seed_path(), encoding="utf-8").read()}
    outlets = {SEED_ID: SEED_OUTLET}
    meta_path = ART / "metadata.csv"
    with open(meta_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["doc_id", "title", "outlet", "published", "url"]:
        err(f"metadata.csv: bad header {rows[0]}")
    for r in rows[1:]:
        if len(r) != 5:
            err(f"metadata.csv: row with {len(r)} fields: {r}")
            continue
        doc_id, title, outlet, published, url = r
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            err(f"metadata.csv: {doc_id}: bad date {published!r}")
        if not url.startswith("https://"):
            err(f"metadata.csv: {doc_id}: bad url {url!r}")
        p = ART / f"{doc_id}.txt"
        if not p.exists():
            err(f"metadata.csv: {doc_id}: no file {p.name}")
            continue
        docs[doc_id] = open(p, encoding="utf-8").read()
        outlets[doc_id] = outlet
    for p in sorted(ART.glob("*.txt")):
        if p.stem not in docs:
            err(f"{p.name}: not listed in metadata.csv")
    # article format
    for doc_id, text in docs.items():
        if doc_id == SEED_ID:
            continue
        paras = text.split("\n")
        words = len(text.split())
        if not 150 <= words <= 300:
            err(f"{doc_id}: {words} words (want 150-300)")
        if not 3 <= len(paras) <= 5 or any(not p.strip() for p in paras):
            err(f"{doc_id}: {len(paras)} paragraphs or an empty one (want 3-5, single \\n)")
    return docs, outlets


def load_rows(path: Path, negative: bool, docs: dict[str, str]) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"{path.name}:{ln}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON ({e})")
                continue
            if list(r) != FIELDS:
                err(f"{where}: fields {list(r)} != {FIELDS}")
                continue
            r["_where"] = where
            doc = docs.get(r["doc_id"])
            if doc is None:
                err(f"{where}: unknown doc_id {r['doc_id']!r}")
                continue
            a, b = r["start"], r["end"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(doc)):
                err(f"{where}: bad offsets {a},{b}")
                continue
            if doc[a:b] != r["text"]:
                err(f"{where}: text {r['text']!r} != doc[{a}:{b}] {doc[a:b]!r}")
            if r["text"] != r["text"].strip() or not r["text"][0].isalnum() or not r["text"][-1].isalnum():
                err(f"{where}: span not minimal: {r['text']!r}")
            if (a > 0 and doc[a - 1].isalnum()) or (b < len(doc) and doc[b].isalnum()):
                err(f"{where}: span cuts a word: {doc[max(0, a - 5):b + 5]!r}")
            if negative:
                if (r["kind"], r["category"], r["source"]) != ("none", "none", ""):
                    err(f"{where}: negative row must have kind/category 'none' and source ''")
            else:
                if r["kind"] not in KINDS:
                    err(f"{where}: kind {r['kind']!r} not in {sorted(KINDS)}")
                if r["category"] not in CATEGORIES:
                    err(f"{where}: category {r['category']!r} not in {sorted(CATEGORIES)}")
                if not isinstance(r["source"], str) or not r["source"].strip() or r["source"] != r["source"].strip():
                    err(f"{where}: empty or padded source {r['source']!r}")
            rows.append(r)
    return rows


def overlaps(rows: list[dict], label: str) -> None:
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for doc_id, rs in by_doc.items():
        rs = sorted(rs, key=lambda r: (r["start"], r["end"]))
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                err(f"{label}: overlap in {doc_id}: {x['_where']} {x['text']!r} / {y['_where']} {y['text']!r}")


def sentence_of(doc: str, a: int) -> str:
    s = max(doc.rfind(c, 0, a) for c in ".!?\n") + 1
    ends = [i for i in (doc.find(c, a) for c in ".!?\n") if i >= 0]
    return doc[s:min(ends) if ends else len(doc)]


def sense(r: dict, doc: str, negative: bool) -> str | None:
    t = r["text"].lower()
    a, b = r["start"], r["end"]
    if negative:
        if t == "may":
            before, after = doc[max(0, a - 10):a], doc[b:b + 6]
            named = re.search(r"(Theresa|Mrs\.?|Ms\.?|Mr\.?)\s$", before) or after.startswith((" said", "’s", "'s"))
            return "may:name" if named else "may:month"
        if t == "could":
            return "could:ability"
        if t == "certain":
            return "certain:some"
        if t in ("indicated", "indicate", "indicates"):
            return "indicated:literal"
        if t == "clearly":
            return "clearly:manner"
        if t == "would":
            habitual = re.search(r"(?<!\w)(every|each|often|usually|always)(?!\w)", sentence_of(doc, a), re.I)
            return "would:habitual" if habitual else "would:reported-future"
        if t in ("claim", "claims"):
            return "claims:technical"
        if t == "confirmed":
            return "confirmed:technical"
        if t == "should":
            return "should:deontic"
        return f"{t}:not-a-cue"
    first = t.split()[0]
    if len(t.split()) > 1:
        if first == "could":
            return f"could:negated-{r['kind']}"
        if "confirm" in t:
            return "confirm:negated-hedge"
        return None
    if t == "may":
        return "may:modal"
    if t == "could":
        return "could:epistemic"
    if t == "would":
        return "would:hedge"
    if t == "should":
        return "should:epistemic"
    if t == "likely":
        return f"likely:{r['category']}"
    if t.startswith("claim"):
        return f"claims:hedge-{r['category']}"
    if t == "certain":
        return f"certain:{r['kind']}"
    if t.startswith("indicat"):
        return "indicated:hedge"
    if t == "clearly":
        return "clearly:booster"
    if t.startswith("confirm"):
        return "confirm:booster"
    return None


def main() -> int:
    docs, outlets = load_docs()
    pos = load_rows(GOLD / "hedges.jsonl", False, docs)
    neg = load_rows(GOLD / "hedge_negatives.jsonl", True, docs)
    overlaps(pos, "hedges.jsonl")
    overlaps(neg, "hedge_negatives.jsonl")
    for n in neg:
        for r in pos:
            if r["doc_id"] == n["doc_id"] and r["start"] < n["end"] and n["start"] < r["end"]:
                err(f"positive/negative overlap in {n['doc_id']}: {r['_where']} {r['text']!r} / {n['_where']} {n['text']!r}")

    # an outlet name as source belongs only to that outlet's own articles
    all_outlets = set(outlets.values())
    for r in pos:
        if r["source"] in all_outlets and r["source"] != outlets[r["doc_id"]]:
            err(f"{r['_where']}: source {r['source']!r} is another outlet (this doc: {outlets[r['doc_id']]!r})")

    # coverage of ambiguous terms and review list of other inventory words
    covered: dict[str, list[tuple[int, int]]] = {}
    cue_spans: dict[str, list[tuple[int, int]]] = {}
    for r in pos + neg:
        covered.setdefault(r["doc_id"], []).append((r["start"], r["end"]))
    for r in pos:
        cue_spans.setdefault(r["doc_id"], []).append((r["start"], r["end"]))
    for doc_id, doc in docs.items():
        for m in AMBIGUOUS.finditer(doc):
            if not any(a <= m.start() and m.end() <= b for a, b in covered.get(doc_id, [])):
                err(f"{doc_id}: unlabelled ambiguous term {m.group()!r} at {m.start()}: "
                    f"…{doc[max(0, m.start() - 40):m.end() + 40]}…")
        for m in INVENTORY.finditer(doc):
            if not any(a <= m.start() and m.end() <= b for a, b in cue_spans.get(doc_id, [])):
                warnings.append(f"{doc_id}: unlabelled {m.group()!r}: …{doc[max(0, m.start() - 40):m.end() + 40]}…")

    # counts
    kinds = Counter(r["kind"] for r in pos)
    print(f"cue rows: {len(pos)}  (hedge {kinds['hedge']}, booster {kinds['booster']});  negative rows: {len(neg)}")
    print("\nkind x category:")
    kc = Counter((r["kind"], r["category"]) for r in pos)
    for k in sorted(KINDS):
        print(f"  {k:8s} " + "  ".join(f"{c}={kc[(k, c)]}" for c in sorted(CATEGORIES) if kc[(k, c)]))
    print("\nper document (hedge/booster/negative, sources):")
    for doc_id in docs:
        h = sum(1 for r in pos if r["doc_id"] == doc_id and r["kind"] == "hedge")
        b = sum(1 for r in pos if r["doc_id"] == doc_id and r["kind"] == "booster")
        n = sum(1 for r in neg if r["doc_id"] == doc_id)
        srcs = sorted({r["source"] for r in pos if r["doc_id"] == doc_id})
        print(f"  {doc_id:22s} {h:3d} {b:3d} {n:3d}  [{outlets[doc_id]}]  {'; '.join(srcs)}")
    senses = Counter()
    for r in pos:
        s = sense(r, docs[r["doc_id"]], False)
        if s:
            senses[s] += 1
    neg_senses = Counter(sense(r, docs[r["doc_id"]], True) for r in neg)
    print("\nambiguous terms by sense (cue senses):")
    for s, c in sorted(senses.items()):
        print(f"  {s:28s} {c}")
    print("ambiguous terms by sense (non-cue senses, hedge_negatives.jsonl):")
    for s, c in sorted(neg_senses.items()):
        print(f"  {s:28s} {c}")

    if len(pos) < MIN_CUES:
        err(f"only {len(pos)} cue rows (want >= {MIN_CUES})")
    if kinds["booster"] < MIN_BOOSTERS:
        err(f"only {kinds['booster']} boosters (want >= {MIN_BOOSTERS})")
    for s in REQUIRED_NEG_SENSES:
        if neg_senses[s] < MIN_NEG_PER_SENSE:
            err(f"only {neg_senses[s]} negatives of sense {s} (want >= {MIN_NEG_PER_SENSE})")

    if warnings:
        print(f"\n{len(warnings)} warning(s) (unlabelled inventory words; review, not errors):")
        for w in warnings:
            print("  " + w)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
