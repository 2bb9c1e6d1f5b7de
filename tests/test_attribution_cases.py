"""Public failure reports (tests/cases/*.json, copied from ../shared/cases): every expected
attribution is found and no forbidden one is produced.

Matching: an expected attribution is found when a row's cue or source overlaps the expected
cue or source and the row's content overlaps the expected content; an expected attribution
with no source span (a floating quotation) needs a row whose content overlaps and whose
canonical source equals the expected one. Two expected rows that share one cue (a quotation
split by "X said", continued over paragraphs) may be found by the same row: the project gives
one attribution whose content covers both, as PolNeAR annotates such quotations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

CASES = Path(__file__).parent / "cases"
#: Expected attributions the engine does not produce yet: (case id, index) -> why.
KNOWN_GAPS: dict[tuple[str, int], str] = {}
#: ``must_not`` rules this project disagrees with: (case id, index) -> why. The test asserts the
#: opposite (the row is there, with the cue class named here).
DISAGREE: dict[tuple[str, int], tuple[str, str]] = {
    ("14-claims-and-report-noun-vs-verb", 0): (
        "cognition",
        ("'Insurers expect claims … to top $2 billion' is an expectation held by the insurers: issue 12 "
        "(kind 6) asks for beliefs, expectations and findings as attributions, and PolNeAR annotates "
        "'expect' with an infinitive the same way; cue_class 'cognition' keeps it apart from speech")),
}


def _overlaps(a, b) -> bool:
    return bool(a) and bool(b) and a[0] < b[1] and b[0] < a[1]


def _span(row, prefix):
    start, end = row[f"{prefix}_start_char"], row[f"{prefix}_end_char"]
    return None if start is None or pd.isna(start) else (int(start), int(end))


def _cases() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(CASES.glob("*.json"))]


def _expected_params():
    params = []
    for case in _cases():
        for i, exp in enumerate(case["expected"].get("attributions", [])):
            if exp.get("optional"):
                continue
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[(case["id"], i)])] \
                if (case["id"], i) in KNOWN_GAPS else []
            params.append(pytest.param(case["text"], exp, id=f"{case['id']}-{i}", marks=marks))
    return params


def _must_not_params():
    return [pytest.param(case["text"], rule, id=f"{case['id']}-{i}")
            for case in _cases()
            for i, rule in enumerate(case.get("must_not", {}).get("attributions", []))
            if (case["id"], i) not in DISAGREE]


def _disagree_params():
    cases = {case["id"]: case for case in _cases()}
    return [pytest.param(cases[cid]["text"], cases[cid]["must_not"]["attributions"][i], cls, id=f"{cid}-{i}")
            for (cid, i), (cls, _why) in DISAGREE.items()]


def found(rows, exp) -> bool:
    for row in rows:
        content = _span(row, "content")
        if not _overlaps(content, exp["content_span"]):
            continue
        if exp["source_span"] is None:
            if row["source"] == exp["source"]:
                return True
            continue
        anchors = [s for s in (_span(row, "cue"), _span(row, "source")) if s]
        wanted = [s for s in (exp.get("cue_span"), exp.get("source_span")) if s]
        if any(_overlaps(a, w) for a in anchors for w in wanted):
            return True
    return False


@pytest.mark.parametrize("text,exp", _expected_params())
def test_expected_attribution_is_found(analyze, text, exp):
    rows = analyze(text)["attributions"].to_dict("records")
    assert found(rows, exp), (exp, [(r["source"], r["cue"], _span(r, "content")) for r in rows])


def _relates(span, target, how) -> bool:
    if span is None:
        return False
    return {"exact": span == target, "overlaps": _overlaps(span, target),
            "contains": span[0] <= target[0] and target[1] <= span[1],
            "starts_at": span[0] == target[0]}[how]


@pytest.mark.parametrize("text,rule", _must_not_params())
def test_forbidden_attribution_is_absent(analyze, text, rule):
    rows = analyze(text)["attributions"].to_dict("records")
    prefix = rule["field"].removesuffix("_span")
    bad = [r for r in rows if _relates(_span(r, prefix), tuple(rule["span"]), rule["match"])]
    assert not bad, rule["why"]


@pytest.mark.parametrize("text,rule,cue_class", _disagree_params())
def test_disagreement_with_a_case_is_the_documented_behaviour(analyze, text, rule, cue_class):
    rows = analyze(text)["attributions"].to_dict("records")
    prefix = rule["field"].removesuffix("_span")
    hits = [r for r in rows if _relates(_span(r, prefix), tuple(rule["span"]), rule["match"])]
    assert [r["cue_class"] for r in hits] == [cue_class]
