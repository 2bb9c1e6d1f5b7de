"""A whole run: a folder of articles -> engine -> tables on disk, with the result cache.

The top of the analysis layers: :func:`run_analysis` reads the folder, drops duplicates and
other-language documents, sends windows of documents to an engine (:mod:`analysis.engine`)
and writes the tables incrementally (:class:`analysis.tables.TableWriter`).
"""

from __future__ import annotations

import hashlib
import itertools
import os

import pandas as pd

from analysis.cache import ResultCache
from analysis.corpus import MAX_BYTES, Document, paragraph_spans, read_corpus
from analysis.engine import run_dask, run_local, windows
from analysis.entities import relink_files
from analysis.nlp import load_nlp
from analysis.pipeline import (
    analyze_document,
    collect,
    split_duplicates,
    split_languages,
)
from analysis.tables import TableWriter


def analyze_folder(folder: str | os.PathLike, *, n_process: int = 1, batch_size: int = 16,
                   progress: bool = False) -> dict[str, pd.DataFrame]:
    """Return the five tables for every article in ``folder`` (bad files become error rows).

    Raises:
        CorpusError: the folder is missing or holds no articles.
    """
    items = list(split_duplicates(read_corpus(folder)))
    return collect(run_local(items, n_process=n_process, batch_size=batch_size, progress=progress))


#: Exit statuses of a run: every document analysed / nothing analysed / some skipped or rejected.
EXIT_OK, EXIT_NOTHING, EXIT_SOME = 0, 1, 2


def exit_status(documents: pd.DataFrame) -> int:
    """Return the run's exit status from its ``documents`` table (see :data:`EXIT_OK`)."""
    ok = int((documents["status"] == "ok").sum())
    if ok == 0:
        return EXIT_NOTHING
    return EXIT_SOME if ok < len(documents) else EXIT_OK


#: Documents read and analysed per window by the local engine (worker pools restart per window).
WINDOW = 2000


def run_analysis(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike, *,
                 formats: tuple[str, ...] = ("csv",), n_process: int = 1, batch_size: int = 16,
                 use_cache: bool = True, progress: bool = False, engine: str = "local",
                 scheduler: str | None = None, keep: bool = True,
                 languages: tuple[str, ...] = ("en",), max_bytes: int | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Analyse every article in ``seeds_dir``, write the tables to ``out_dir`` and return them.

    Tables are written incrementally (see :class:`analysis.tables.TableWriter`); with
    ``keep=False`` only the ``documents`` table is kept in memory and returned, so memory
    stays flat however large the corpus. Results are cached per document under
    ``out_dir/.cache`` (see :mod:`analysis.cache`); the input folder is only read.

    Raises:
        CorpusError: the folder is missing or holds no articles.
    """
    stream = split_languages(split_duplicates(read_corpus(seeds_dir, max_bytes=max_bytes or MAX_BYTES)),
                             languages=languages)
    batches = windows(stream, size=None if engine == "dask" else WINDOW)
    first = next(batches, [])  # a missing or empty folder fails here, before any output
    cache = ResultCache(os.path.join(out_dir, ".cache")) if use_cache else None
    kept: list[dict[str, list[dict]]] = []
    with TableWriter(out_dir, formats=formats) as writer:
        for items in itertools.chain([first], batches):
            if engine == "dask":
                results = run_dask(items, scheduler=scheduler, batch_size=batch_size, cache=cache)
            else:
                results = run_local(items, n_process=n_process, batch_size=batch_size,
                                    progress=progress, cache=cache)
            for result in results:
                writer.add(result)
                kept.append(result if keep else {"documents": result["documents"]})
    relink_files(out_dir, formats=formats)  # corpus-level names need every document: second pass
    return collect(kept)


def analyze_text(text: str, *, doc_id: str = "doc", metadata: dict[str, str] | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Return the five tables for one string of article text (paragraphs on separate lines)."""
    document = Document(doc_id=doc_id, path=f"<{doc_id}>", text=text, encoding="utf-8",
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                        paragraphs=paragraph_spans(text), metadata=dict(metadata or {}))
    return collect([analyze_document(document, load_nlp()(text))])
