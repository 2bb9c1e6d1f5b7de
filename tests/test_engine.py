"""Engines: local processes and Dask give identical tables; long documents parse in chunks."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from analysis import engine
from analysis.corpus import read_document
from analysis.pipeline import collect
from analysis.runner import analyze_text, run_analysis
from analysis.tables import TABLES, check_spans

ROOT = Path(__file__).resolve().parents[1]
STORY = ("SEOUL, March 3 (Yonhap) - Officials said the ferry resumed service on Monday.\n"
         "“We are confident,” said Park Ji-won, the port director. She added that "
         "repairs could take weeks.\n"
         "The harbour reopened, according to the coast guard. (Yonhap)")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Return a folder with the seed, two gold articles and one written here."""
    path = tmp_path_factory.mktemp("corpus")
    shutil.copy(ROOT / "seeds" / "000_cb6ded0eeada37bf.txt", path)
    for name in ("gold_h01.txt", "gold_h02.txt"):
        shutil.copy(ROOT / "tests" / "gold" / "hedge_articles" / name, path)
    (path / "ferry.txt").write_text(STORY, encoding="utf-8")
    return path


def test_chunk_bounds_cover_text_and_cut_after_newlines():
    text = "\n".join(f"Paragraph {i} says something." for i in range(200))
    bounds = engine.chunk_bounds(text, size=500)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(text[end - 1] == "\n" for _, end in bounds[:-1])
    assert max(end - start for start, end in bounds) <= 500


def test_long_document_parsed_in_chunks_keeps_offsets(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_CHARS", 400)
    (tmp_path / "long.txt").write_text("\n".join([STORY] * 6), encoding="utf-8")
    document = read_document(tmp_path / "long.txt")
    assert len(document.text) > 400
    tables = collect(engine.analyze_batch([document]))
    for name in ("sentences", "entities", "hedges"):
        check_spans(tables[name], {"long": document.text}, name=name)
    # every copy of the story yields what the story alone yields, so chunking lost nothing
    one = analyze_text(STORY, doc_id="long")
    for name in ("entities", "attributions", "hedges"):
        assert len(one[name]) > 0
        assert len(tables[name]) == 6 * len(one[name]), name


def test_dask_engine_writes_the_same_tables_as_local(folder, tmp_path):
    pytest.importorskip("dask.distributed")
    run_analysis(folder, tmp_path / "local", use_cache=False)
    run_analysis(folder, tmp_path / "dask", use_cache=False, engine="dask", batch_size=2)
    for name in TABLES:
        local = (tmp_path / "local" / f"{name}.csv").read_bytes()
        assert (tmp_path / "dask" / f"{name}.csv").read_bytes() == local, name


@pytest.fixture(scope="module")
def parquet_input(tmp_path_factory) -> Path:
    """Return a folder holding one Parquet table of seven short articles."""
    import pandas as pd

    from tests.corpus_fixtures import story

    folder = tmp_path_factory.mktemp("parquet")
    rows = [{"id": i, "title": story(i)[0], "text": story(i)[1], "url": f"https://x.example/{i}"}
            for i in range(7)]
    pd.DataFrame(rows).to_parquet(folder / "articles.parquet", index=False)
    return folder


def test_dask_cluster_of_processes_on_parquet_matches_local(parquet_input, tmp_path, monkeypatch):
    """A LocalCluster of separate worker processes, the input streamed 3 documents at a time."""
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    from analysis import runner

    run_analysis(parquet_input, tmp_path / "local", use_cache=False, n_process=1)
    monkeypatch.setattr(runner, "WINDOW", 3)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        tables = run_analysis(parquet_input, tmp_path / "dask", use_cache=False, engine="dask",
                              scheduler=cluster.scheduler_address, batch_size=2)
    assert len(tables["documents"]) == 7 and (tables["documents"]["status"] == "ok").all()
    for name in TABLES:
        local = (tmp_path / "local" / f"{name}.csv").read_bytes()
        assert (tmp_path / "dask" / f"{name}.csv").read_bytes() == local, name


def test_dask_engine_streams_its_input(monkeypatch):
    """The engine takes documents from the input a window at a time, not all before starting."""
    taken: list[int] = []

    def documents():
        for i in range(10):
            taken.append(i)
            yield read_document_text(f"d{i}", STORY.replace("Monday", f"day {i}"))

    def fake_batches(client, batches, *, batch_size, window):
        for batch in batches:
            yield from ({"documents": [{"doc_id": d.doc_id}]} for d in batch)

    monkeypatch.setattr(engine, "_dask_batches", fake_batches)
    monkeypatch.setattr("dask.distributed.Client", lambda *a, **k: _NoClient())
    results = engine.run_dask(documents(), scheduler="tcp://nowhere:1", chunk=4)
    first = next(results)
    assert first["documents"][0]["doc_id"] == "d0" and len(taken) == 4
    assert len(list(results)) == 9 and len(taken) == 10


class _NoClient:
    def close(self) -> None:
        pass


def read_document_text(doc_id: str, text: str):
    from analysis.corpus.model import make_document

    return make_document(text, doc_id=doc_id, path=Path(f"{doc_id}.txt"), container=f"{doc_id}.txt",
                         source_format="text")


def test_warm_rerun_loads_no_model_and_starts_no_cluster(folder, tmp_path, monkeypatch):
    run_analysis(folder, tmp_path / "out", n_process=2)

    def refuse(*args, **kwargs):
        raise AssertionError("the model or a cluster was started for a fully cached run")

    monkeypatch.setattr(engine, "load_nlp", refuse)
    monkeypatch.setattr("dask.distributed.LocalCluster", refuse)
    local = run_analysis(folder, tmp_path / "out", n_process=2)
    dask = run_analysis(folder, tmp_path / "out", engine="dask")
    assert (local["documents"]["status"] == "ok").all() and len(dask["documents"]) == 4


def test_windows_of_documents_give_the_same_tables(folder, tmp_path, monkeypatch):
    from analysis import runner

    run_analysis(folder, tmp_path / "whole", use_cache=False)
    monkeypatch.setattr(runner, "WINDOW", 1)  # one document in memory at a time
    run_analysis(folder, tmp_path / "windows", use_cache=False)
    for name in TABLES:
        whole = (tmp_path / "whole" / f"{name}.csv").read_bytes()
        assert (tmp_path / "windows" / f"{name}.csv").read_bytes() == whole, name


def test_partitioned_parquet_dataset_output(parquet_input, tmp_path):
    """--format dataset: a folder of parts per table, read back equal to the single-file tables."""
    import pandas as pd

    from analysis.tables import TableWriter, read_table

    tables = run_analysis(parquet_input, tmp_path / "one", use_cache=False, formats=("parquet",))
    rows = [{name: tables[name][tables[name]["doc_id"] == doc_id].to_dict("records")
             for name in TABLES} for doc_id in tables["documents"]["doc_id"]]
    with TableWriter(tmp_path / "parts", formats=("dataset",), flush_every=2, part_docs=3) as writer:
        for result in rows:
            writer.add(result)
    # parts close at the first flush after 3 documents: 4 + 3 of the 7 documents
    parts = sorted((tmp_path / "parts" / "documents").iterdir())
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet"]
    assert [len(pd.read_parquet(p)) for p in parts] == [4, 3]
    assert not list((tmp_path / "parts").glob(".*"))  # no temporary folder left
    for name in TABLES:
        back = read_table(name, tmp_path / "parts").reset_index(drop=True)
        one = read_table(name, tmp_path / "one").reset_index(drop=True)
        assert back.equals(one), name


def test_dataset_output_gets_the_corpus_pass_like_the_files(tmp_path):
    """The entities' corpus-level relinking runs on a dataset's parts as on entities.csv."""
    from analysis.tables import read_table

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Senator Maria Kowalczyk said the bridge would reopen.",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Kowalczyk said repairs could take weeks.", encoding="utf-8")
    run_analysis(folder, tmp_path / "out", use_cache=False, formats=("csv", "dataset"))
    linked = read_table("entities", tmp_path / "out", fmt="dataset")
    assert "corpus" in set(linked["link_basis"])  # the surname alone in b.txt, linked across
    for name in TABLES:
        # CSV reads an empty cell as missing; Parquet keeps the empty string
        csv = read_table(name, tmp_path / "out", fmt="csv").astype(object).fillna("")
        parts = read_table(name, tmp_path / "out", fmt="dataset").astype(object).fillna("")
        assert parts.reset_index(drop=True).equals(csv.reset_index(drop=True)), name
