"""The data contract: columns, spans, formula-safe CSV, atomic writes."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import TableError
from analysis.tables import (
    SCHEMAS,
    TABLES,
    check_spans,
    empty_table,
    read_table,
    to_table,
    write_table,
    write_tables,
)


def test_contract_columns_named_in_the_foundation_issue_are_present():
    required = {
        "documents": "doc_id path title outlet published n_chars n_words n_paragraphs n_sentences sha256 status error",
        "sentences": "doc_id sent_id paragraph_id start_char end_char text",
        "entities": "doc_id sent_id mention_id start_char end_char text label entity",
        "attributions": ("doc_id sent_id attribution_id kind source source_type source_text "
                         "source_start_char source_end_char cue cue_lemma cue_class cue_start_char "
                         "cue_end_char content_start_char content_end_char"),
        "hedges": "doc_id sent_id hedge_id start_char end_char text lemma kind category source attribution_id",
    }
    for name, cols in required.items():
        assert set(cols.split()) <= set(SCHEMAS[name]), name


def test_empty_tables_have_headers(tmp_path):
    write_tables({}, tmp_path)
    for name in TABLES:
        header = (tmp_path / f"{name}.csv").read_text().splitlines()[0]
        assert header.split(",") == list(SCHEMAS[name])


def test_to_table_rejects_missing_columns():
    with pytest.raises(TableError, match="lack"):
        to_table("sentences", [{"doc_id": "a"}])


def test_check_spans_names_the_bad_row():
    frame = pd.DataFrame({"doc_id": ["a"], "start_char": [0], "end_char": [3], "text": ["xyz"]})
    with pytest.raises(TableError, match=r"a\[0:3\]"):
        check_spans(frame, {"a": "abc"})


def test_formula_cells_are_neutralised_on_disk_and_restored_on_read(tmp_path):
    rows = [{"doc_id": "d", "sent_id": 0, "paragraph_id": 0, "start_char": 0, "end_char": 9,
             "text": text, "n_words": 1, "source": "=HYPERLINK(1)", "source_type": "media",
             "source_basis": "credit", "attribution_id": ""}
            for text in ("=1+1", "+SUM(A1)", "-2", "@cmd", "plain", "'=quoted")]
    frame = to_table("sentences", rows)
    write_table(frame, tmp_path / "sentences.csv")
    raw = (tmp_path / "sentences.csv").read_text()
    assert ",'=1+1," in raw and ",'+SUM(A1)," in raw and ",'@cmd," in raw and ",=1+1" not in raw
    back = read_table("sentences", tmp_path)
    assert back["text"].tolist() == ["=1+1", "+SUM(A1)", "-2", "@cmd", "plain", "'=quoted"]  # a leading ' survives too
    assert back["source"].iloc[0] == "=HYPERLINK(1)"


def test_failed_write_leaves_previous_table_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "entities.csv"
    write_table(empty_table("entities"), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(OSError):
        write_table(empty_table("entities"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["entities.csv"]


def test_parquet_round_trip(tmp_path):
    frame = to_table("entities", [{"doc_id": "d", "sent_id": 0, "mention_id": "d:m0",
                                   "start_char": 0, "end_char": 3, "text": "Kim", "label": "PERSON",
                                   "entity": "Kim Jong-un", "entity_type": "person", "link_basis": "text"}])
    write_table(frame, tmp_path / "entities.parquet", fmt="parquet")
    pd.testing.assert_frame_equal(read_table("entities", tmp_path), frame)


def test_incremental_writer_matches_one_shot_write(tmp_path):
    from analysis.runner import analyze_text
    from analysis.tables import TableWriter

    texts = ["Officials said the port reopened. (Reuters)", "“It could rain,” said Ana Lima.",
             "=SUM(A1) Analysts note that prices may fall."]
    results = []
    for i, text in enumerate(texts):
        tables = analyze_text(text, doc_id=f"d{i}")
        results.append({name: frame.to_dict("records") for name, frame in tables.items()})
    with TableWriter(tmp_path / "inc", flush_every=2) as writer:
        for result in results:
            writer.add(result)
    from analysis.pipeline import collect

    write_tables(collect(results), tmp_path / "once")
    for name in TABLES:
        assert (tmp_path / "inc" / f"{name}.csv").read_bytes() == \
            (tmp_path / "once" / f"{name}.csv").read_bytes(), name


def test_writer_abort_keeps_previous_tables(tmp_path):
    from analysis.tables import TableWriter

    write_tables({}, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(RuntimeError), TableWriter(tmp_path) as writer:
        writer.add({"documents": []})
        raise RuntimeError("interrupted")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_cue_class_is_from_the_closed_documented_set(analyze):
    from analysis.attribution import CUE_CLASSES

    text = ("The mayor said the bridge would reopen. Engineers believe the cracks are old. "
            "A study found that traffic fell. According to the police, two cars crashed.")
    classes = analyze(text)["attributions"]["cue_class"].tolist()
    assert set(classes) <= set(CUE_CLASSES)
    assert {"speech", "cognition", "according_to"} <= set(classes)
