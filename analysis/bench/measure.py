"""Measuring a phase: wall and CPU time, peak memory of a process tree, the machine it ran on."""

from __future__ import annotations

import csv
import json
import os
import platform
import subprocess
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path
from typing import Self

from analysis.cache import pipeline_fingerprint
from analysis.nlp import MODEL_PACKAGE

SAMPLE_SECONDS = 0.2
REPO_ROOT = Path(__file__).resolve().parents[2]


class Meter:
    """Time a block: wall seconds, CPU seconds and peak RSS of this process and its children.

    A thread samples every ``interval`` seconds; children's CPU time is their last sample
    (a child that ends between samples loses at most ``interval`` of CPU time).
    """

    def __init__(self, interval: float = SAMPLE_SECONDS) -> None:
        import psutil

        self._psutil = psutil
        self._me = psutil.Process()
        self.interval = interval
        self.peak_rss = 0
        self.peak_child_rss = 0
        self._child_cpu: dict[tuple[int, float], float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self.wall_s = self.cpu_s = 0.0

    def _sample(self) -> None:
        psutil = self._psutil
        try:
            total = self._me.memory_info().rss
            children = self._me.children(recursive=True)
        except psutil.Error:
            return
        for child in children:
            try:
                with child.oneshot():
                    rss = child.memory_info().rss
                    total += rss
                    self.peak_child_rss = max(self.peak_child_rss, rss)
                    times = child.cpu_times()
                    self._child_cpu[(child.pid, child.create_time())] = times.user + times.system
            except psutil.Error:
                continue
        self.peak_rss = max(self.peak_rss, total)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> Self:
        self._sample()
        self._cpu0 = os.times()
        self._t0 = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.wall_s = time.perf_counter() - self._t0
        cpu1 = os.times()
        self._stop.set()
        self._thread.join()
        self._sample()
        self.cpu_s = (cpu1.user - self._cpu0.user) + (cpu1.system - self._cpu0.system) \
            + sum(self._child_cpu.values())

    @property
    def peak_rss_mb(self) -> float:
        return round(self.peak_rss / 2**20, 1)

    @property
    def peak_child_rss_mb(self) -> float:
        """Peak RSS of the largest single child process (a Dask worker), in MB."""
        return round(self.peak_child_rss / 2**20, 1)


def documents_table(out: Path) -> tuple[int, int, int]:
    """Return (documents, ok documents, words of ok documents) from OUT/documents.csv."""
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ok = [r for r in rows if r["status"] == "ok"]
    return len(rows), len(ok), sum(int(r["n_words"]) for r in ok)


def machine_info() -> dict:
    """Return what the figures depend on: CPU, Python, spaCy and model versions."""
    import psutil
    import spacy


    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu_model = platform.processor()
    try:
        model_version = metadata.version(MODEL_PACKAGE.replace("_", "-"))
    except metadata.PackageNotFoundError:
        model_version = "?"
    return {
        "cpu_count": os.cpu_count(), "cpu_model": cpu_model,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(), "python": platform.python_version(),
        "spacy": spacy.__version__, "model": MODEL_PACKAGE, "model_version": model_version,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "analysis_fingerprint": pipeline_fingerprint(), "git": _git_head(),
    }


def _git_head() -> str:
    """Return the repository's commit (with ``+dirty`` if the tree has changes), or ``""``."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, check=True,
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=REPO_ROOT, check=True, capture_output=True, text=True,
                               timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + ("+dirty" if dirty else "")


def write_json_atomic(data: dict, path: Path) -> None:
    """Write ``data`` as JSON to ``path`` via a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
