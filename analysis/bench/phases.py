"""The timed phases, each run in a fresh Python process: baseline, cold, warm, parquet, dask-memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from analysis.bench.measure import Meter, documents_table
from analysis.engine import usable_cores
from analysis.nlp import load_nlp
from analysis.runner import exit_status, run_analysis


def input_texts(source: Path) -> list[str]:
    """Return the texts of a benchmark input: a folder of .txt files or a Parquet table."""
    if source.suffix == ".parquet":
        return pd.read_parquet(source, columns=["text"])["text"].tolist()
    return [p.read_bytes().decode("utf-8") for p in sorted(source.glob("*.txt"))]


def run_phase(phase: str, folder: Path, out: Path, *, processes: int, batch_size: int) -> dict:
    """Run one timed phase in this process and return its measurements.

    ``folder`` is the input (a folder of .txt files or a Parquet table); phases: ``baseline``,
    ``cold``, ``warm`` and ``dask-memory`` (see :func:`dask_memory_phase`).
    """
    started = time.perf_counter()
    if phase == "dask-memory":
        return dask_memory_phase(folder, out, batch_size=batch_size)
    if phase == "baseline":
        texts = input_texts(folder)
        nlp = load_nlp()
        startup = time.perf_counter() - started
        with Meter() as meter:
            for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
                pass
        return {"seconds": meter.wall_s, "cpu_s": meter.cpu_s, "peak_rss_mb": meter.peak_rss_mb,
                "startup_s": startup, "documents": len(texts)}

    # cold / warm: the runner the command line calls, with its imports done first.
    if phase == "cold" and processes == 1:
        load_nlp()  # the in-process engine parses here; its model load is start-up, not throughput
    startup = time.perf_counter() - started
    with Meter() as meter:
        tables = run_analysis(folder, out, n_process=processes, batch_size=batch_size, keep=False)
    status = exit_status(tables["documents"])
    documents, ok, words = documents_table(out)
    cache_files = sum(1 for _ in (out / ".cache").rglob("*.json"))
    return {"seconds": meter.wall_s, "cpu_s": meter.cpu_s, "peak_rss_mb": meter.peak_rss_mb,
            "startup_s": startup, "exit_status": status, "documents": documents,
            "documents_ok": ok, "words": words, "cache_files": cache_files,
            "model_loaded_in_main": load_nlp.cache_info().currsize > 0}


def dask_memory_phase(source: Path, out: Path, *, batch_size: int) -> dict:
    """Analyse ``source`` on a local Dask cluster (no cache) and return the largest worker's peak RSS.

    The cluster has one worker per usable core, each a separate process; the peak is that of the
    largest single child process of this one (a worker; nannies are small), sampled in a thread.
    """
    with Meter() as meter:
        tables = run_analysis(source, out, engine="dask", batch_size=batch_size, keep=False,
                              use_cache=False, formats=("parquet",))
    docs = tables["documents"]
    return {"seconds": meter.wall_s, "worker_peak_rss_mb": meter.peak_child_rss_mb,
            "peak_rss_mb": meter.peak_rss_mb, "documents": len(docs),
            "documents_ok": int((docs["status"] == "ok").sum()), "workers": usable_cores()}


def child(phase: str, folder: Path, out: Path, *, processes: int, batch_size: int) -> dict:
    """Run one phase in a fresh Python process and return its measurements."""
    with tempfile.TemporaryDirectory(prefix="bench-result-") as tmp:
        result = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "analysis", "bench", "--phase", phase, "--folder", str(folder),
               "--work-out", str(out), "--processes", str(processes),
               "--batch-size", str(batch_size), "--result", str(result)]
        env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, env=env)
        if proc.returncode != 0 or not result.is_file():
            raise RuntimeError(f"bench phase {phase} failed (exit {proc.returncode}):\n"
                               f"{proc.stderr[-4000:]}")
        return json.loads(result.read_text("utf-8"))


