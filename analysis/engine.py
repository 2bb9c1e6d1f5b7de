"""Engines that run :func:`analysis.pipeline.analyze_document` over many documents.

``run_local`` uses this process (``n_process=1``) or a pool of worker processes, each
loading the model once and analysing whole batches end to end (parse and rules), so the
rules run in parallel too. ``run_dask`` sends the same batches to a Dask cluster.
Results come back in document order whichever engine runs, so the tables are identical.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from analysis.cache import ResultCache
from analysis.corpus import Document, DocumentIssue
from analysis.nlp import load_nlp
from analysis.pipeline import analyze_document, issue_row

Result = dict[str, list[dict]]
#: Documents longer than this (characters) are parsed in paragraph-aligned chunks.
CHUNK_CHARS = 100_000


def analyze_batch(documents: Sequence[Document], batch_size: int = 16) -> list[Result]:
    """Return the rows of each document in ``documents``, parsing them with ``nlp.pipe``."""
    nlp = load_nlp()
    short = [d for d in documents if len(d.text) <= CHUNK_CHARS]
    parsed = dict(zip((d.doc_id for d in short),
                      nlp.pipe((d.text for d in short), batch_size=batch_size)))
    return [analyze_document(d, parsed[d.doc_id] if d.doc_id in parsed else parse_long(d.text))
            for d in documents]


def chunk_bounds(text: str, *, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Return contiguous ``(start, end)`` chunks of at most ~``size`` chars, cut after line breaks."""
    bounds, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        bounds.append((start, end))
        start = end
    return bounds


def parse_long(text: str):
    """Return one Doc for a text longer than the model's comfortable size, parsed in chunks.

    Chunks end after a line break (a paragraph boundary), and are joined without added
    white space, so the Doc's text, and every offset, equals the original.
    """
    nlp = load_nlp()
    docs = list(nlp.pipe(text[s:e] for s, e in chunk_bounds(text, size=CHUNK_CHARS)))
    return Doc.from_docs(docs, ensure_whitespace=False)


def windows(items: Iterable, *, size: int | None) -> Iterator[list]:
    """Yield consecutive lists of at most ``size`` items (one list of all when ``size`` is None).

    Used for parse batches and for the windows of documents a run holds in memory at a time.
    """
    iterator = iter(items)
    while True:
        window = list(itertools.islice(iterator, size))
        if not window:
            return
        yield window


def progress_bar(total: int | None, enabled: bool):
    """Return a tqdm bar on a terminal (never in CI or when output is not a TTY); ``total`` may be unknown."""
    from tqdm import tqdm

    quiet = not enabled or os.environ.get("CI") or not sys.stderr.isatty()
    return tqdm(total=total, unit="doc", disable=bool(quiet), desc="analysing")


def _parse_missing(missing: list[Document], *, n_process: int, batch_size: int) -> Iterator[Result]:
    """Yield results for ``missing`` in order, in this process or a worker pool."""
    if n_process <= 1 or len(missing) <= batch_size:
        for batch in windows(missing, size=batch_size):
            yield from analyze_batch(batch, batch_size)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(n_process, -(-len(missing) // batch_size))) as pool:
        for results in pool.imap(analyze_batch, windows(missing, size=batch_size)):
            yield from results


def run_local(items: Sequence[Document | DocumentIssue], *, n_process: int = 1,
              batch_size: int = 16, progress: bool = False,
              cache: ResultCache | None = None) -> Iterator[Result]:
    """Yield each item's rows in order: cached, freshly analysed, or an issue row."""
    cached, missing = _split_cached(items, cache)
    fresh = _parse_missing(missing, n_process=n_process, batch_size=batch_size)
    with progress_bar(len(items), progress) as bar:
        for result in _in_order(items, cached, fresh, cache):
            bar.update(1)
            yield result


def _split_cached(items: Sequence[Document | DocumentIssue], cache: ResultCache | None
                  ) -> tuple[set[str], list[Document]]:
    """Return the doc_ids with a cached result and the documents still to analyse, in order.

    Only ids are held: cached results are read one at a time as they are yielded, so memory
    does not grow with the corpus on a warm rerun.
    """
    documents = [i for i in items if isinstance(i, Document)]
    cached = {d.doc_id for d in documents if cache is not None and cache.has(d)}
    return cached, [d for d in documents if d.doc_id not in cached]


def _in_order(items: Sequence[Document | DocumentIssue], cached: set[str],
              fresh: Iterator[Result], cache: ResultCache | None) -> Iterator[Result]:
    """Yield one result per item in input order, reading cached ones, taking the rest from ``fresh``."""

    for item in items:
        if isinstance(item, DocumentIssue):
            yield {"documents": [issue_row(item)]}
            continue
        result = cache.get(item) if cache is not None and item.doc_id in cached else None
        if result is None:  # not cached, or the cached file vanished or was unreadable
            result = next(fresh) if item.doc_id not in cached else analyze_batch([item])[0]
            if cache is not None:
                cache.put(item, result)
        yield result




#: Dask settings of the local cluster a run starts: no statistical profiler. A worker keeps one
#: profile per second for its last 1,000 seconds (``profile_history``), so with it a worker's
#: memory grows for the first ~17 minutes of a run; the analysis never reads those profiles.
#: For remote workers: ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False dask worker ...``.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def usable_cores() -> int:
    """Return the number of CPU cores this process may run on (its affinity mask, else cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_dask(items: Iterable[Document | DocumentIssue], *, scheduler: str | None = None,
             batch_size: int = 16, cache: ResultCache | None = None,
             n_workers: int | None = None, window: int = 8, chunk: int = 2000) -> Iterator[Result]:
    """Yield each item's rows in order, analysing uncached batches on a Dask cluster.

    ``items`` is consumed ``chunk`` at a time, so the input streams: this process never
    holds more than ``chunk`` documents, and at most ``window`` batches are on the cluster at
    once, so a worker's memory stays flat however large the input. ``scheduler`` is a
    scheduler address (``tcp://host:8786``); None starts a local cluster of ``n_workers``
    processes (default: the usable cores). No cluster is started when every document is
    cached. Each batch runs :func:`analyze_batch`, the same function the local engine runs.
    """
    import dask
    from dask.distributed import Client, LocalCluster

    client = cluster = None
    try:
        for part in windows(items, size=chunk):
            cached, missing = _split_cached(part, cache)
            if missing and client is None:
                with dask.config.set(WORKER_CONFIG):  # read by the nannies as they start workers
                    cluster = None if scheduler else LocalCluster(
                        n_workers=n_workers or usable_cores(), threads_per_worker=1,
                        processes=True, dashboard_address=":0")
                client = Client(scheduler or cluster)
            fresh = _dask_batches(client, windows(missing, size=batch_size), batch_size=batch_size,
                                  window=window) if missing else iter(())
            yield from _in_order(part, cached, fresh, cache)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _dask_batches(client, batches: Iterable[list[Document]], *, batch_size: int,
                  window: int) -> Iterator[Result]:
    """Yield the results of ``batches`` in order, keeping ``window`` batches submitted ahead."""
    from collections import deque

    pending: deque = deque()
    queue = iter(batches)
    for batch in queue:
        pending.append(client.submit(analyze_batch, batch, batch_size, pure=False))
        if len(pending) >= window:
            break
    while pending:
        future = pending.popleft()
        results = future.result()
        future.release()
        batch = next(queue, None)
        if batch is not None:
            pending.append(client.submit(analyze_batch, batch, batch_size, pure=False))
        yield from results
