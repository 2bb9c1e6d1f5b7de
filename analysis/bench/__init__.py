"""Throughput and memory benchmark (``python -m analysis bench``): corpus, measurement, the run.

:mod:`.synthesis` builds the corpus (the news data set, else documents synthesised from the
repository's texts) as a folder or a Parquet table; :mod:`.measure` times a block and samples
the memory of a process tree; :mod:`.phases` runs one timed phase in a fresh process;
:mod:`.run` runs every configuration and formats the report.
"""

from analysis.bench.measure import Meter, machine_info, write_json_atomic
from analysis.bench.phases import run_phase
from analysis.bench.run import (
    BATCH_SIZE,
    DEFAULT_PROCESSES,
    DEFAULT_SIZES,
    DEFINITIONS,
    MEMORY_SIZES,
    SMALL_PROCESSES,
    SMALL_SIZES,
    add_scaling,
    dask_memory_check,
    format_memory,
    format_table,
    run_benchmark,
    run_config,
)
from analysis.bench.synthesis import (
    MIN_WORDS,
    Article,
    Corpus,
    dataset_path,
    load_corpus,
    load_news_articles,
    repo_sentences,
    short_documents,
    synthesise_articles,
    write_corpus,
    write_parquet_corpus,
)

__all__ = [
    "BATCH_SIZE", "DEFAULT_PROCESSES", "DEFAULT_SIZES", "DEFINITIONS", "MEMORY_SIZES", "MIN_WORDS",
    "SMALL_PROCESSES", "SMALL_SIZES", "Article", "Corpus", "Meter", "add_scaling",
    "dask_memory_check", "dataset_path", "format_memory", "format_table", "load_corpus",
    "load_news_articles", "machine_info", "repo_sentences", "run_benchmark", "run_config",
    "run_phase", "short_documents", "synthesise_articles", "write_corpus", "write_json_atomic",
    "write_parquet_corpus",
]
