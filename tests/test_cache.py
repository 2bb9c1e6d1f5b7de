"""The result cache: warm reruns parse nothing, one changed file is parsed again, versions invalidate."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import cache as cache_module
from analysis import engine
from analysis.runner import run_analysis
from analysis.tables import TABLES

STORIES = {
    "a.txt": "Officials said the bridge may reopen on Friday. (Reuters)",
    "b.txt": "“We are certain,” said Nadia Rahman, the mayor. Traffic could resume soon.",
    "c.txt": "According to the ministry, exports rose sharply in March.",
}


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """Return the list of doc_ids the engine parses (filled as it runs)."""
    seen: list[str] = []
    real = engine.analyze_batch

    def counting(documents, batch_size=16):
        seen.extend(d.doc_id for d in documents)
        return real(documents, batch_size)

    monkeypatch.setattr(engine, "analyze_batch", counting)
    return seen


def tables_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLES}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_warm_rerun_parses_nothing_and_writes_the_same_tables(corpus, tmp_path, parsed):
    out = tmp_path / "out"
    run_analysis(corpus, out)
    cold = tables_bytes(out)
    assert sorted(parsed) == ["a", "b", "c"]
    parsed.clear()
    run_analysis(corpus, out)
    assert parsed == []
    assert tables_bytes(out) == cold


def test_changing_one_file_parses_only_that_file(corpus, tmp_path, parsed):
    out = tmp_path / "out"
    run_analysis(corpus, out)
    parsed.clear()
    (corpus / "b.txt").write_text(STORIES["b.txt"].replace("soon", "next week"), encoding="utf-8")
    tables = run_analysis(corpus, out)
    assert parsed == ["b"]
    assert "next week" in " ".join(tables["sentences"]["text"])


def test_unreadable_cache_entry_is_analysed_again(corpus, tmp_path, parsed):
    out = tmp_path / "out"
    run_analysis(corpus, out)
    cold = tables_bytes(out)
    entries = sorted((out / ".cache").rglob("*.json"))
    assert len(entries) == 3
    entries[0].write_text("{not json", encoding="utf-8")
    parsed.clear()
    run_analysis(corpus, out)
    assert len(parsed) == 1
    assert tables_bytes(out) == cold


def test_new_pipeline_version_invalidates_the_cache(corpus, tmp_path, parsed, monkeypatch):
    out = tmp_path / "out"
    run_analysis(corpus, out)
    parsed.clear()
    monkeypatch.setattr(cache_module, "pipeline_fingerprint", lambda: "another-version")
    run_analysis(corpus, out)
    assert sorted(parsed) == ["a", "b", "c"]


def test_fingerprint_covers_code_and_lexicons():
    root = Path(cache_module.__file__).parent
    files = {p.relative_to(root).as_posix() for p in cache_module._package_files(root)}
    assert {"hedging/senses.py", "lexicons/hedges.csv", "lexicons/reporting_verbs.csv"} <= files
