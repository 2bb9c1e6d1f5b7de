"""Throughput and memory benchmark: ``python -m analysis bench --out reports/benchmark.json``.

For each corpus size and process count, three timed phases run on the same documents,
each in a fresh Python process (so one phase's memory or warmed vocabulary cannot flatter
the next):

* ``baseline``: bare ``nlp.pipe`` over the texts with the project's model
  (:func:`analysis.nlp.load_nlp`), the same batch size and ``n_process``;
* ``cold``: the command line's own path (``python -m analysis analyze DIR --out OUT``,
  called in-process) with an empty result cache in a temporary folder;
* ``warm``: the same command again on the same folder and output, so every document is
  a cache hit.

The same documents are also written as one Parquet table and run with the command line's
defaults (``--processes auto``: one process per usable core), labelled ``input: parquet``.
A memory check (:func:`dask_memory_check`) runs the Dask engine on 10,000 and 100,000
short documents read from Parquet and reports how much a worker's peak memory grows.

Model loading and imports happen before the clock starts in every phase (reported as
``startup_s``); worker processes started by a phase are timed, since a real run pays
for them too. Peak memory is the summed RSS of the phase's process and all its children,
sampled in a thread. The JSON is written atomically; a table is printed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from analysis.bench.measure import SAMPLE_SECONDS, machine_info
from analysis.bench.phases import child
from analysis.bench.synthesis import (
    load_corpus,
    short_documents,
    write_corpus,
    write_parquet_corpus,
)
from analysis.engine import usable_cores

DEFAULT_SIZES = (1000, 10000)
DEFAULT_PROCESSES = (1, 2)
SMALL_SIZES = (40,)
SMALL_PROCESSES = (1,)
BATCH_SIZE = 16
#: Sizes of the Dask worker memory check (short documents read from Parquet).
MEMORY_SIZES = (10_000, 100_000)


def run_config(folder: Path, work: Path, *, size: int, processes: int, batch_size: int,
               log, label: str = "folder") -> dict:
    """Measure baseline, cold and warm for one input (folder or Parquet table) and process count."""
    out = work / f"out-{label}-{size}-{processes}p"
    shutil.rmtree(out, ignore_errors=True)
    kw = {"processes": processes, "batch_size": batch_size}
    base = child("baseline", folder, out, **kw)
    log(f"  {label} {size} docs, {processes}p: baseline {base['seconds']:.1f}s")
    cold = child("cold", folder, out, **kw)
    log(f"  {label} {size} docs, {processes}p: cold {cold['seconds']:.1f}s")
    warm = child("warm", folder, out, **kw)
    log(f"  {label} {size} docs, {processes}p: warm {warm['seconds']:.1f}s")
    shutil.rmtree(out, ignore_errors=True)
    if cold["exit_status"] != 0 or cold["documents_ok"] != size:
        raise RuntimeError(f"cold run analysed {cold['documents_ok']} of {size} documents "
                           f"(exit {cold['exit_status']})")
    words = cold["words"]
    baseline_rate = words / base["seconds"]
    analysis_rate = words / cold["seconds"]
    return {
        "documents": size, "input": label, "words": words, "processes": processes,
        "batch_size": batch_size,
        "baseline_s": round(base["seconds"], 3),
        "baseline_words_per_s": round(baseline_rate, 1),
        "analysis_words_per_s": round(analysis_rate, 1),
        "ratio": round(analysis_rate / baseline_rate, 3),
        "cold_s": round(cold["seconds"], 3), "warm_s": round(warm["seconds"], 3),
        "warm_fraction": round(warm["seconds"] / cold["seconds"], 4),
        "warm_words_per_s": round(words / warm["seconds"], 1),
        "peak_rss_mb": cold["peak_rss_mb"],
        "baseline_peak_rss_mb": base["peak_rss_mb"], "warm_peak_rss_mb": warm["peak_rss_mb"],
        "baseline_cpu_s": round(base["cpu_s"], 2), "cold_cpu_s": round(cold["cpu_s"], 2),
        "warm_cpu_s": round(warm["cpu_s"], 2),
        "cpu_ratio": round(base["cpu_s"] / cold["cpu_s"], 3) if cold["cpu_s"] else None,
        "startup_s": {"baseline": round(base["startup_s"], 2), "cold": round(cold["startup_s"], 2),
                      "warm": round(warm["startup_s"], 2)},
        "cache_files_after_cold": cold["cache_files"],
        "warm_loaded_model": warm["model_loaded_in_main"],
    }


def add_scaling(runs: list[dict]) -> None:
    """Give each multi-process run its speed-up over the 1-process run of the same size."""
    single = {r["documents"]: r for r in runs if r["processes"] == 1
              and r.get("input", "folder") == "folder"}
    for run in runs:
        one = single.get(run["documents"])
        if one is None or run["processes"] == 1 or run.get("input", "folder") != "folder":
            continue
        run["scaling"] = round(run["analysis_words_per_s"] / one["analysis_words_per_s"], 3)
        run["baseline_scaling"] = round(run["baseline_words_per_s"] / one["baseline_words_per_s"], 3)


def format_table(runs: list[dict]) -> str:
    """Return the runs as an aligned text table."""
    head = ("docs", "words", "proc", "input", "baseline w/s", "analysis w/s", "ratio", "cold s", "warm s",
            "warm %", "peak RSS MB", "scaling")
    rows = [head] + [(
        f"{r['documents']:,}", f"{r['words']:,}", str(r["processes"]), r.get("input", "folder"),
        f"{r['baseline_words_per_s']:,.0f}", f"{r['analysis_words_per_s']:,.0f}",
        f"{r['ratio']:.2f}", f"{r['cold_s']:.1f}", f"{r['warm_s']:.1f}",
        f"{100 * r['warm_fraction']:.1f}", f"{r['peak_rss_mb']:,.0f}",
        f"{r['scaling']:.2f}" if "scaling" in r else "-") for r in runs]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_benchmark(*, sizes: tuple[int, ...], processes: tuple[int, ...], batch_size: int = BATCH_SIZE,
                  corpus_kind: str = "auto", workdir: str | None = None, command: str = "",
                  memory_sizes: tuple[int, ...] = (),
                  log: Callable[[str], None] = lambda message: None) -> dict:
    """Run every (size, processes) configuration, the Parquet run and the memory check; return the report.

    The Parquet run uses the largest size and the command line's default process count.
    ``log`` receives one progress line per phase (the command line prints them).
    """
    processes = tuple(sorted(set(processes)))
    started = time.perf_counter()
    info = machine_info()
    corpus = load_corpus(corpus_kind, max_size=max(sizes))
    log(f"corpus: {corpus.info['name']} ({len(corpus.articles):,} source documents)")
    runs, sizes_info = [], {}
    with tempfile.TemporaryDirectory(prefix="analysis-bench-") as tmp:
        work = Path(workdir) if workdir else Path(tmp)
        for size in sorted(set(sizes)):
            folder = work / f"corpus-{size}"
            shutil.rmtree(folder, ignore_errors=True)
            sizes_info[str(size)] = write_corpus(corpus, size, folder)
            for p in processes:
                runs.append(run_config(folder, work, size=size, processes=p,
                                       batch_size=batch_size, log=log))
        size = max(sizes)
        table = work / f"corpus-{size}.parquet"
        write_parquet_corpus(corpus, size, table)
        runs.append(run_config(table, work, size=size, processes=usable_cores(),
                               batch_size=batch_size, log=log, label="parquet"))
        memory = dask_memory_check(memory_sizes, work, batch_size=batch_size, log=log)
    add_scaling(runs)
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "machine": info,
        "corpus": {**corpus.info, "sizes": sizes_info},
        "settings": {"sizes": sorted(set(sizes)), "processes": list(processes),
                     "batch_size": batch_size, "rss_sample_seconds": SAMPLE_SECONDS},
        "definitions": DEFINITIONS,
        "total_s": round(time.perf_counter() - started, 1),
        "runs": runs,
        "memory_check": memory,
    }


def dask_memory_check(sizes: tuple[int, ...], work: Path, *, batch_size: int = BATCH_SIZE,
                      log: Callable[[str], None] = lambda message: None) -> dict:
    """Return a Dask worker's peak memory at each size of short documents read from Parquet.

    Each size runs in a fresh process (:func:`analysis.bench.phases.dask_memory_phase`);
    ``growth`` is the largest size's worker peak over the smallest's, minus one (goal <= 0.10).
    """
    if not sizes:
        return {}
    points = []
    for size in sorted(set(sizes)):
        table = work / f"short-{size}.parquet"
        short_documents(size).to_parquet(table, index=False, row_group_size=10_000)
        result = child("dask-memory", table, work / f"out-dask-{size}", processes=1,
                       batch_size=batch_size)
        log(f"  dask {size} short docs: worker peak {result['worker_peak_rss_mb']:.0f} MB, "
            f"{result['seconds']:.0f}s")
        points.append({"documents": size, **{k: round(v, 2) if isinstance(v, float) else v
                                             for k, v in result.items()}})
        table.unlink()
        shutil.rmtree(work / f"out-dask-{size}", ignore_errors=True)
    first, last = points[0]["worker_peak_rss_mb"], points[-1]["worker_peak_rss_mb"]
    return {"input": "parquet, short documents (2-4 sentences of the repository's texts)",
            "engine": "dask, local cluster of one worker process per usable core, no cache",
            "points": points, "growth": round(last / first - 1, 3) if first else None}


def format_memory(check: dict) -> str:
    """Return the memory check as lines of text (empty when it did not run)."""
    if not check:
        return ""
    lines = [f"dask worker peak RSS, {p['documents']:,} short docs from Parquet: "
             f"{p['worker_peak_rss_mb']:,.0f} MB ({p['seconds']:.0f} s)" for p in check["points"]]
    if check.get("growth") is not None:
        lines.append(f"growth from {check['points'][0]['documents']:,} to "
                     f"{check['points'][-1]['documents']:,} documents: {100 * check['growth']:+.1f} %")
    return "\n".join(lines)


#: What each figure in the report means (written into the JSON).
DEFINITIONS = {
    "words": "non-punctuation, non-space tokens (documents.n_words of the cold run)",
    "baseline": "nlp.pipe over the texts with load_nlp()'s pipeline, same batch size "
                "and n_process (spaCy's own multiprocessing)",
    "cold": "python -m analysis analyze DIR --out OUT (in-process), empty cache",
    "warm": "the same command again: every document a cache hit",
    "ratio": "analysis_words_per_s / baseline_words_per_s (cold run)",
    "peak_rss_mb": "peak of summed RSS of the cold run's process and its children",
    "scaling": "analysis words/s at N processes / at 1 process, same size",
    "startup_s": "imports and model load before the clock starts (not timed)",
    "input": "folder: one .txt file per document + metadata.csv; parquet: the same documents as "
             "one Parquet table, run with the default --processes auto",
    "memory_check": "peak RSS of the largest Dask worker process analysing N short documents "
                    "read from Parquet; growth = largest size / smallest size - 1",
}
