"""Engines that run :func:`analysis.pipeline.analyze_document` over many documents.

``run_local`` uses this process (``n_process=1``) or a pool of worker processes, each
loading the model once and analysing whole batches end to end (parse and rules), so the
rules run in parallel too. ``run_dask`` sends the same batches to a Dask cluster.
Results come back in document order whichever engine runs, so the tables are identical.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence

from analysis.cache import ResultCache
from analysis.corpus import Document, DocumentIssue

Result = dict[str, list[dict]]


def analyze_batch(documents: Sequence[Document], batch_size: int = 16) -> list[Result]:
    """Return the rows of each document in ``documents``, parsing them with ``nlp.pipe``."""
    from analysis.nlp import load_nlp
    from analysis.pipeline import analyze_document

    nlp = load_nlp()
    docs = nlp.pipe((d.text for d in documents), batch_size=batch_size)
    return [analyze_document(document, doc) for document, doc in zip(documents, docs)]


def _chunks(items: Sequence[Document], size: int) -> list[list[Document]]:
    """Return ``items`` cut into consecutive lists of at most ``size``."""
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _progress(total: int, enabled: bool):
    """Return a tqdm bar on a terminal (never in CI or when output is not a TTY)."""
    from tqdm.auto import tqdm

    quiet = not enabled or os.environ.get("CI") or not sys.stderr.isatty()
    return tqdm(total=total, unit="doc", disable=bool(quiet), desc="analysing")


def _parse_missing(missing: list[Document], *, n_process: int, batch_size: int) -> Iterator[Result]:
    """Yield results for ``missing`` in order, in this process or a worker pool."""
    if n_process <= 1 or len(missing) <= batch_size:
        for batch in _chunks(missing, batch_size):
            yield from analyze_batch(batch, batch_size)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(n_process) as pool:
        for results in pool.imap(analyze_batch, _chunks(missing, batch_size)):
            yield from results


def run_local(items: Sequence[Document | DocumentIssue], *, n_process: int = 1,
              batch_size: int = 16, progress: bool = False,
              cache: ResultCache | None = None) -> Iterator[Result]:
    """Yield each item's rows in order: cached, freshly analysed, or an issue row."""
    from analysis.pipeline import issue_row

    documents = [i for i in items if isinstance(i, Document)]
    cached = {d.doc_id: cache.get(d) for d in documents} if cache else {}
    missing = [d for d in documents if cached.get(d.doc_id) is None]
    fresh = _parse_missing(missing, n_process=n_process, batch_size=batch_size)
    with _progress(len(documents), progress) as bar:
        for item in items:
            if isinstance(item, DocumentIssue):
                yield {"documents": [issue_row(item, duplicate_of=_duplicate_of(item))]}
                continue
            result = cached.get(item.doc_id)
            if result is None:
                result = next(fresh)
                if cache:
                    cache.put(item, result)
            bar.update(1)
            yield result


def _duplicate_of(issue: DocumentIssue) -> str:
    """Return the doc_id an issue duplicates, read from its message, else ``""``."""
    prefix = "duplicate of "
    return issue.error[len(prefix):].split(" ")[0] if issue.error.startswith(prefix) else ""


def run_dask(items: Sequence[Document | DocumentIssue], *, scheduler: str | None = None,
             batch_size: int = 16, cache: ResultCache | None = None) -> Iterator[Result]:
    """Yield each item's rows in order, analysing uncached batches on a Dask cluster.

    ``scheduler`` is a scheduler address (``tcp://host:8786``); None starts a local cluster.
    Each batch runs :func:`analyze_batch`, the same function the local engine runs.
    """
    from dask.distributed import Client, LocalCluster

    from analysis.pipeline import issue_row

    documents = [i for i in items if isinstance(i, Document)]
    cached = {d.doc_id: cache.get(d) for d in documents} if cache else {}
    missing = [d for d in documents if cached.get(d.doc_id) is None]
    cluster = None if scheduler else LocalCluster(n_workers=2, threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    with Client(scheduler or cluster) as client:
        futures = client.map(analyze_batch, _chunks(missing, batch_size), batch_size=batch_size,
                             pure=False)
        fresh = iter([r for batch in client.gather(futures) for r in batch])
    if cluster is not None:
        cluster.close()
    for item in items:
        if isinstance(item, DocumentIssue):
            yield {"documents": [issue_row(item, duplicate_of=_duplicate_of(item))]}
            continue
        result = cached.get(item.doc_id)
        if result is None:
            result = next(fresh)
            if cache:
                cache.put(item, result)
        yield result
