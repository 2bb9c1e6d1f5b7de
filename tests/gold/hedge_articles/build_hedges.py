"""Build the hedge/booster gold files from the hand-written annotation table below.

Run:  python3 tests/gold/hedge_articles/build_hedges.py
Writes tests/gold/hedges.jsonl, tests/gold/hedge_negatives.jsonl and
tests/gold/hedge_articles/metadata.csv.  Offsets are never typed by hand: each row
names the cue and (when the cue word is not unique in the document) a context string
that contains it; `locate` finds the n-th occurrence of the context and the cue
inside it.  Stdlib only.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
REPO = GOLD.parent.parent
SEED_ID = "000_cb6ded0eeada37bf"


def seed_path() -> Path:
    p = REPO / "seeds" / f"{SEED_ID}.txt"
    return p if p.exists() else Path("/work/shared/seeds") / f"{SEED_ID}.txt"


def read_doc(doc_id: str) -> str:
    p = seed_path() if doc_id == SEED_ID else HERE / f"{doc_id}.txt"
    return open(p, encoding="utf-8").read()


def nth_occurrence(text: str, sub: str, n: int = 1, start: int = 0) -> int:
    """Index of the n-th (1-based) occurrence of ``sub`` in ``text`` at or after ``start``."""
    i = start - 1
    for _ in range(n):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"occurrence {n} of {sub!r} not found")
    return i


def word_find(text: str, sub: str, start: int = 0) -> int:
    """First occurrence of ``sub`` at or after ``start`` that is not inside a longer word."""
    for m in re.finditer(re.escape(sub), text[start:]):
        a = start + m.start()
        b = a + len(sub)
        if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
            return a
    raise ValueError(f"{sub!r} not found as a word")


def locate(doc: str, cue: str, ctx: str | None = None, n: int | None = None) -> tuple[int, int]:
    """Span of ``cue``; if ``ctx`` is given, of the cue inside the n-th occurrence of ctx.

    Without n, the context (or the cue itself, as a whole word) must be unique.
    """
    if ctx is None:
        if n is None:
            hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", doc)]
            if len(hits) != 1:
                raise ValueError(f"cue {cue!r} occurs {len(hits)} times; give a context")
            a = hits[0]
        else:
            a = -1
            for _ in range(n):
                a = word_find(doc, cue, a + 1)
        return a, a + len(cue)
    if n is None:
        if doc.count(ctx) != 1:
            raise ValueError(f"context {ctx!r} occurs {doc.count(ctx)} times")
        n = 1
    c = nth_occurrence(doc, ctx, n)
    a = word_find(doc, cue, c)
    if a + len(cue) > c + len(ctx):
        raise ValueError(f"cue {cue!r} not inside context {ctx!r}")
    return a, a + len(cue)


H, B = "hedge", "booster"

METADATA = [
    # doc_id, title, outlet, published, url
    ("gold_h01", 'Envoys meet in Geneva as talks resume, but "no document signed"', "The Meridian Post",
     "2024-05-14", "https://www.meridianpost.example/world/2024/05/14/geneva-envoys-talks"),
    ("gold_h02", "Chipmakers slide as rate-cut hopes fade", "Capital Ledger",
     "2024-05-06", "https://capitalledger.example/markets/chipmakers-slide-rate-hopes"),
    ("gold_h03", "Measles cases rise; officials say outbreak has “probably not yet peaked”", "Northfield Health Wire",
     "2024-03-19", "https://northfieldhealthwire.example/news/measles-cases-rise"),
    ("gold_h04", "Webb data hint at water vapour on distant rocky planet", "Science Frontier Daily",
     "2024-02-08", "https://sciencefrontier.example/space/k2-18c-water-vapour"),
    ("gold_h05", "Former Eastbrook mayor denies fraud as trial opens", "The Civic Courier",
     "2024-04-22", "https://civiccourier.example/courts/price-trial-opens?id=4471&src=home"),
    ("gold_h06", "Storm Ingrid: amber warning, flooding expected on the coast", "Bayside Gazette",
     "2024-05-01", "https://baysidegazette.example/weather/storm-ingrid-amber-warning"),
    ("gold_h07", "Vasquez injury clouds City's title run-in", "Touchline Sports",
     "2024-04-28", "https://touchlinesports.example/football/vasquez-hamstring"),
    ("gold_h08", "Nordtek said to be preparing foldable phone launch", "Circuit Review",
     "2024-05-20", "https://circuitreview.example/mobile/nordtek-foldable-launch"),
    ("gold_h09", "Drone strike hits fuel depot near border town of Kessra", "Frontline Dispatch",
     "2024-05-27", "https://frontlinedispatch.example/conflict/kessra-depot-strike"),
    ("gold_h10", "Theresa May backs call for inquiry into housing scheme", "The Westbury Chronicle",
     "2024-05-09", "https://westburychronicle.example/politics/may-housing-inquiry"),
    ("gold_h11", "Hail losses push farm insurers toward record payouts", "Prairie Business Journal",
     "2024-06-11", "https://prairiebusinessjournal.example/agriculture/hail-insurance-claims"),
    ("gold_h12", "Rail strike talks collapse as unions set new walkout dates", "Harborview Herald",
     "2024-05-16", "https://harborviewherald.example/transport/rail-strike-talks-collapse"),
]

# (cue, context or None, kind, category, source)   -- context selects the occurrence
# A 6th element, when present, is the occurrence number of the context.
ANN: dict[str, list[tuple]] = {
    SEED_ID: [
        ("confirming", None, B, "verb", "TASS"),
        ("underscores", None, B, "verb", "TASS"),
        ("underscoring", None, B, "verb", "TASS"),
        ("reportedly", None, H, "adverb", "TASS"),
        ("indicated", "official spokespeople indicated", H, "verb", "official spokespeople"),
        ("rumors", None, H, "noun", "official spokespeople"),
        ("not confirmed", None, H, "negation", "official spokespeople"),
        ("potential", None, H, "noun", "observers"),
        ("could", "could influence", H, "modal", "observers"),
        ("emphasize", "Analysts emphasize", B, "verb", "analysts"),
        ("likely", "discussions likely covered", H, "adverb", "analysts"),
        ("underscored", None, B, "verb", "officials"),
        ("hinted", None, H, "verb", "public briefings"),
        ("assurances", None, B, "noun", "public briefings"),
    ],
    "gold_h01": [
        ("reportedly", None, H, "adverb", "The Meridian Post"),
        ("may", "statement may be issued", H, "modal", "Swiss diplomat"),
        ("in fact", None, B, "phrase", "Lena Hartmann"),
        ("stressed", None, B, "verb", "Lena Hartmann"),
        ("certain", "We are certain", B, "adjective", "Lena Hartmann"),
        ("indicated", "Baku indicated", H, "verb", "officials"),
        ("could", "could be discussed", H, "modal", "officials"),
        ("claim", "the claim could", H, "noun", "The Meridian Post"),
        ("could not be verified", None, H, "negation", "The Meridian Post"),
        ("unclear", None, H, "adjective", "Armenian adviser"),
        ("probably", None, H, "adverb", "Armenian adviser"),
        ("suggest", "Analysts suggest", H, "verb", "analysts"),
        ("likely", "the likely outcome", H, "adjective", "analysts"),
        ("would", "deal would boost", H, "modal", "Marc Duval"),
        ("There is no doubt", None, B, "negation", "Marc Duval"),
        ("speculation", None, H, "noun", "Marc Duval"),
    ],
    "gold_h02": [
        ("hinted", None, H, "verb", "central bank"),
        ("may", "rates may stay", H, "modal", "central bank"),
        ("could", "could deepen", H, "modal", "traders"),
        ("clearly", "clearly overreacted", B, "adverb", "Priya Nair"),
        ("certainly", None, B, "adverb", "Priya Nair"),
        ("Of course", None, B, "phrase", "Priya Nair"),
        ("insisted", None, B, "verb", "Priya Nair"),
        ("possible", None, H, "adjective", "Priya Nair"),
        ("appear", None, H, "verb", "Capital Ledger"),
        ("rumours", None, H, "noun", "fund manager"),
        ("apparently", None, H, "adverb", "fund manager"),
        ("likely", "fund had likely sold", H, "adverb", "brokers"),
        ("declined to confirm", None, H, "negation", "central bank"),
        ("unlikely", None, H, "adjective", "Capital Ledger"),
        ("uncertain", None, H, "adjective", "economists"),
        ("might", None, H, "modal", "economists"),
    ],
    "gold_h03": [
        ("confirmed", "region confirmed 46", B, "verb", "health authorities"),
        ("probably", None, H, "adverb", "officials"),
        ("emphasized", None, B, "verb", "Helen Okafor"),
        ("There is no doubt", None, B, "negation", "Helen Okafor"),
        ("Claims", None, H, "noun", "Northfield Health Wire"),
        ("could not be verified", None, H, "negation", "Northfield Health Wire"),
        ("possible", None, H, "adjective", "hospital spokesperson"),
        ("perhaps", None, H, "adverb", "hospital spokesperson"),
        ("likely", "even likely", H, "adjective", "hospital spokesperson"),
        ("reportedly", None, H, "adverb", "Northfield Health Wire"),
        ("insisted", None, B, "verb", "hospital"),
        ("suggests", None, H, "verb", "Northfield Health Wire"),
        ("may", "numbers may rise", H, "modal", "epidemiologists"),
        ("might", None, H, "modal", "Tomas Lindqvist"),
        ("certainly", None, B, "adverb", "Tomas Lindqvist"),
    ],
    "gold_h04": [
        ("may", "they may have detected", H, "modal", "astronomers"),
        ("stressed", None, B, "verb", "astronomers"),
        ("not been confirmed", None, H, "negation", "astronomers"),
        ("clearly", "clearly contains", B, "adverb", "Amara Singh"),
        ("uncertain", None, H, "adjective", "Amara Singh"),
        ("would", "result would be", H, "modal", "Amara Singh"),
        ("seem", None, H, "verb", "Felix Brandt"),
        ("could", "noise could produce", H, "modal", "Felix Brandt"),
        ("claim", "a claim the Leeds", H, "noun", "Science Frontier Daily"),
        ("could", "could settle", H, "modal", "Science Frontier Daily"),
        ("definitely", None, B, "adverb", "Amara Singh"),
        ("Of course", None, B, "phrase", "Amara Singh"),
        ("might", None, H, "modal", "Amara Singh"),
    ],
    "gold_h05": [
        ("allege", None, H, "verb", "prosecutors"),
        ("clearly", "clearly damning", B, "adverb", "Omar Haddad"),
        ("claims", "These claims", H, "noun", "Daniel Price"),
        ("prove", None, B, "verb", "Daniel Price"),
        ("insisted", None, B, "verb", "Miriam Cole"),
        ("undoubtedly", None, B, "adverb", "Miriam Cole"),
        ("allegedly", None, H, "adverb", "Rosa Alvarez"),
        ("might", None, H, "modal", "Rosa Alvarez"),
        ("could", "trial could possibly", H, "modal", "Rosa Alvarez"),
        ("possibly", None, H, "adverb", "Rosa Alvarez"),
        ("It is understood", None, H, "phrase", "The Civic Courier"),
        ("apparently", None, H, "adverb", "The Civic Courier"),
    ],
    "gold_h06": [
        ("may", "towns may see", H, "modal", "Bayside Gazette"),
        ("clearly", "clearly the strongest", B, "adverb", "Jonas Weber"),
        ("emphasized", None, B, "verb", "Jonas Weber"),
        ("uncertain", None, H, "adjective", "Jonas Weber"),
        ("could", "could swing", H, "modal", "Jonas Weber"),
        ("definitely", None, B, "adverb", "Ray Collins"),
        ("confirmed", None, B, "verb", "Sofia Marin"),
        ("could", "could reach", H, "modal", "regional underwriter"),
        ("hinted", None, H, "verb", "officials"),
        ("might", None, H, "modal", "officials"),
        ("should", "rain should ease", H, "modal", "forecasters"),
    ],
    "gold_h07": [
        ("may", "he may have torn", H, "modal", "medical staff"),
        ("unlikely", None, H, "adjective", "people close to the squad"),
        ("definitely", None, B, "adverb", "Ruth Ellison"),
        ("would", "absence would leave", H, "modal", "Touchline Sports"),
        ("suggest", None, H, "verb", "pundits"),
        ("likely", "the likely replacement", H, "adjective", "pundits"),
        ("confirmed", "replays confirmed", B, "verb", "Touchline Sports"),
        ("in fact", None, B, "phrase", "club spokesperson"),
        ("insisted", None, B, "verb", "Joel Barnes"),
        ("without doubt", None, B, "negation", "Joel Barnes"),
        ("Rumours", None, H, "noun", "Touchline Sports"),
    ],
    "gold_h08": [
        ("reportedly", None, H, "adverb", "Circuit Review"),
        ("speculation", None, H, "noun", "Nordtek"),
        ("suggest", "orders suggest", H, "verb", "Circuit Review"),
        ("could", "production could begin", H, "modal", "Circuit Review"),
        ("clearly", "clearly overdue", B, "adverb", "Mei Tanaka"),
        ("probably", None, H, "adverb", "Mei Tanaka"),
        ("certainly", None, B, "adverb", "Mei Tanaka"),
        ("unclear", None, H, "adjective", "Mei Tanaka"),
        ("insisted", None, B, "verb", "Erik Solberg"),
        ("might", None, H, "modal", "Erik Solberg"),
        ("proved", None, B, "verb", "Erik Solberg"),
        ("possibly", None, H, "adverb", "Circuit Review"),
        ("claiming", None, H, "verb", "investor"),
        ("declined to confirm", None, H, "negation", "Nordtek"),
    ],
    "gold_h09": [
        ("appears", None, H, "verb", "Frontline Dispatch"),
        ("unclear", None, H, "adjective", "Frontline Dispatch"),
        ("could not be independently verified", None, H, "negation", "Frontline Dispatch"),
        ("confirmed", "service confirmed", B, "verb", "regional emergency service"),
        ("insisted", None, B, "verb", "Viktor Hale"),
        ("there is no doubt", None, B, "negation", "Viktor Hale"),
        ("claims", None, H, "noun", "Frontline Dispatch"),
        ("suggest", "Dispatch suggest", H, "verb", "Frontline Dispatch"),
        ("probably", None, H, "adverb", "military analysts"),
        ("would", "would indicate", H, "modal", "military analysts"),
        ("indicate", "would indicate", H, "verb", "military analysts"),
        ("undoubtedly", None, B, "adverb", "Anton Reyes"),
        ("declined to confirm", None, H, "negation", "officials"),
        ("possibly", None, H, "adverb", "diplomats"),
        ("might", None, H, "modal", "Frontline Dispatch"),
    ],
    "gold_h10": [
        ("could", "could force", H, "modal", "The Westbury Chronicle"),
        ("clearly", "clearly failed", B, "adverb", "Theresa May"),
        ("insisted", None, B, "verb", "Graham Lowe"),
        ("There is no doubt", None, B, "negation", "Graham Lowe"),
        ("suggest", "Chronicle suggest", H, "verb", "The Westbury Chronicle"),
        ("may", "number may be", H, "modal", "The Westbury Chronicle"),
        ("probably", None, H, "adverb", "senior official"),
        ("possibly", None, H, "adverb", "senior official"),
        ("Claims", None, H, "noun", "spokesperson"),
        ("categorically", None, B, "adverb", "spokesperson"),
        ("indicated", "MPs indicated", H, "verb", "opposition MPs"),
        ("It is understood", None, H, "phrase", "The Westbury Chronicle"),
        ("likely", "is likely to", H, "adjective", "The Westbury Chronicle"),
        ("uncertain", None, H, "adjective", "The Westbury Chronicle"),
    ],
    "gold_h11": [
        ("could", "what could be", H, "modal", "Prairie Business Journal"),
        ("certain", "We are certain", B, "adjective", "Carla Jensen"),
        ("unclear", None, H, "adjective", "Carla Jensen"),
        ("possible", None, H, "adjective", "Carla Jensen"),
        ("stressed", None, B, "verb", "Carla Jensen"),
        ("might", None, H, "modal", "Carla Jensen"),
        ("without doubt", None, B, "negation", "Dale Morrow"),
        ("reportedly", None, H, "adverb", "Prairie Business Journal"),
        ("may", "premiums may rise", H, "modal", "analysts"),
        ("declined to confirm", None, H, "negation", "spokesperson"),
        ("definitely", None, B, "adverb", "spokesperson"),
    ],
    "gold_h12": [
        ("clearly", "clearly inadequate", B, "adverb", "union leaders"),
        ("indicated", "inadequate” and indicated", H, "verb", "union leaders"),
        ("could", "walkouts could begin", H, "modal", "union leaders"),
        ("claimed", None, H, "verb", "Helena Ortiz"),
        ("could not possibly", None, B, "negation", "Helena Ortiz"),
        ("Of course", None, B, "phrase", "Helena Ortiz"),
        ("would", "it would be worse", H, "modal", "Aisha Bello"),
        ("might", None, H, "modal", "officials"),
        ("Speculation", None, H, "noun", "Harborview Herald"),
        ("may", "government may step", H, "modal", "Harborview Herald"),
        ("underscored", None, B, "verb", "Paul Greer"),
        ("apparently", None, H, "adverb", "source close to the minister"),
        ("Rumours", None, H, "noun", "Harborview Herald"),
        ("not confirmed", None, H, "negation", "Harborview Herald"),
        ("likely", "will likely face", H, "adverb", "Harborview Herald"),
    ],
}

# Non-cue occurrences of ambiguous terms: (term, context).  Every occurrence of the
# ambiguous terms that is not part of a positive row is listed here.
NEG: dict[str, list[tuple]] = {
    SEED_ID: [
        ("certain", "certain aspects"),            # 'some'
        ("would", "would align"),                  # reported future (will -> would)
    ],
    "gold_h01": [
        ("May", "May 13"),
        ("clearly", "slowly and clearly"),
        ("could", "could not attend"),
        ("certain", "certain aspects"),
        ("would", "would walk"),
        ("May", "late May"),
    ],
    "gold_h02": [
        ("May", "May 31"),
        ("indicated", "screens indicated"),
        ("would", "would jog"),
        ("May", "the May meeting"),
    ],
    "gold_h03": [
        ("could", "could speak"),
        ("clearly", "speaking clearly"),
        ("would", "would continue"),
        ("confirmed", "38 confirmed cases"),
        ("May", "in May,"),
        ("should", "certainly should not"),        # deontic
    ],
    "gold_h04": [
        ("could", "could read"),
        ("could", "could ride"),
        ("certain", "certain calibration"),
        ("indicated", "instruments indicated"),
        ("May", "for May"),
    ],
    "gold_h05": [
        ("clearly", "speaking clearly"),
        ("no evidence", None),
        ("would", "would take"),
        ("certain", "certain exhibits"),
        ("would", "would sign"),
        ("May", "May last year"),
    ],
    "gold_h06": [
        ("would", "would reach"),
        ("should", "People should take"),          # deontic
        ("May", "May 2"),
        ("indicated", "barometer at the Bayside observatory indicated"),
        ("May", "in May"),
        ("would", "would haul"),
        ("could", "could always"),
        ("would", "would close"),
        ("claims", "surge in claims"),
        ("claims", "insurance claims"),
    ],
    "gold_h07": [
        ("clearly", "signalling clearly"),
        ("could", "could not continue"),
        ("May", "May 4"),
        ("would", "would sign"),
        ("certain", "certain options"),
        ("could", "could barely"),
        ("indicated", "clock indicated"),
    ],
    "gold_h08": [
        ("would", "would probably"),
        ("would", "would spend"),
        ("could", "could repair"),
    ],
    "gold_h09": [
        ("indicated", "gauge indicated"),
        ("could", "could not reach"),
        ("May", "in May"),
    ],
    "gold_h10": [
        ("May", "Theresa May"),
        ("May", "May said"),
        ("would", "would be completed"),
        ("would", "would cycle"),
        ("could", "could not attend"),
        ("would", "would table"),
        ("May", "Mrs May"),
    ],
    "gold_h11": [
        ("May", "late May"),
        ("claims", "8,700 claims"),
        ("would", "would receive"),
        ("certain", "certain policies"),
        ("would", "would check"),
        ("could", "could read"),
        ("indicated", "gauge indicated"),
        ("claims", "Jobless claims"),
    ],
    "gold_h12": [
        ("May", "in May and"),
        ("May", "May 28"),
        ("would", "would take"),
        ("indicated", "boards at Central Station indicated"),
        ("could", "could not swim"),
    ],
}


def main() -> None:
    with open(HERE / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "title", "outlet", "published", "url"])
        for row in METADATA:
            w.writerow(row)

    pos_rows, neg_rows = [], []
    for doc_id, rows in ANN.items():
        doc = read_doc(doc_id)
        for r in rows:
            cue, ctx, kind, cat, src = r[:5]
            n = r[5] if len(r) > 5 else None
            a, b = locate(doc, cue, ctx, n)
            pos_rows.append({"doc_id": doc_id, "start": a, "end": b, "text": doc[a:b],
                             "kind": kind, "category": cat, "source": src})
    for doc_id, rows in NEG.items():
        doc = read_doc(doc_id)
        for term, ctx in rows:
            a, b = locate(doc, term, ctx)
            neg_rows.append({"doc_id": doc_id, "start": a, "end": b, "text": doc[a:b],
                             "kind": "none", "category": "none", "source": ""})
    order = {d: i for i, d in enumerate(ANN)}
    for rows in (pos_rows, neg_rows):
        rows.sort(key=lambda r: (order[r["doc_id"]], r["start"]))
    for name, rows in (("hedges.jsonl", pos_rows), ("hedge_negatives.jsonl", neg_rows)):
        with open(GOLD / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(pos_rows)} cue rows, {len(neg_rows)} negative rows")


if __name__ == "__main__":
    main()
