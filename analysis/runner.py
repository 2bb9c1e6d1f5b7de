"""A whole run: an input (folder or file) -> engine -> tables on disk, with the result cache.

The top of the analysis layers: :func:`run_analysis` reads the folder, drops duplicates and
other-language documents, sends windows of documents to an engine (:mod:`analysis.engine`)
and writes the tables incrementally (:class:`analysis.tables.TableWriter`).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.cache import ResultCache
from analysis.corpus import MAX_BYTES, Columns, read_corpus, text_document
from analysis.engine import progress_bar, run_dask, run_local, windows
from analysis.entities import relink_files
from analysis.entities.corpus import build_index, link_corpus
from analysis.entities.files import chunks
from analysis.errors import CorpusError
from analysis.nlp import load_nlp
from analysis.pipeline import (
    analyze_document,
    collect,
    split_duplicates,
    split_languages,
)
from analysis.tables import TableWriter, empty_table, read_table


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


def check_output(source: str | os.PathLike, out_dir: str | os.PathLike) -> None:
    """Refuse an output folder that is the input folder or inside it (the input is only read).

    Raises:
        CorpusError: ``out_dir`` is ``source`` or lies inside it; the message names both.
    """
    src, out = Path(source).resolve(), Path(out_dir).resolve()
    if src.is_dir() and (out == src or src in out.parents):
        raise CorpusError(f"{out}: the output folder is inside the input folder {src}; the input "
                          "is only read, so choose an --out outside it")


def run_analysis(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike, *,
                 formats: tuple[str, ...] = ("csv",), n_process: int = 1, batch_size: int = 16,
                 use_cache: bool = True, progress: bool = False, engine: str = "local",
                 scheduler: str | None = None, keep: bool = True,
                 languages: tuple[str, ...] = ("en",), max_bytes: int | None = None,
                 columns: Columns | None = None) -> dict[str, pd.DataFrame]:
    """Analyse every article in ``seeds_dir``, write the tables to ``out_dir`` and return them.

    Tables are written incrementally (see :class:`analysis.tables.TableWriter`); with
    ``keep=False`` nothing is kept in memory during the run, so memory stays flat however
    large the corpus, and only the ``documents`` table is returned (read back from disk).
    The input is read in windows of :data:`WINDOW` documents whichever engine runs. Results are cached per document under
    ``out_dir/.cache`` (see :mod:`analysis.cache`); the input is only read.

    Raises:
        CorpusError: the input is missing or holds no articles, its metadata.csv is malformed,
            or ``out_dir`` is inside it (nothing is written then).
    """
    check_output(seeds_dir, out_dir)
    stream = split_languages(split_duplicates(read_corpus(
        seeds_dir, max_bytes=max_bytes or MAX_BYTES, columns=columns)), languages=languages)
    batches = windows(stream, size=WINDOW)
    first = next(batches, [])  # a missing or empty folder fails here, before any output
    cache = ResultCache(os.path.join(out_dir, ".cache")) if use_cache else None
    parts = _prepend(first, batches)
    del first  # held by the generator only until it is consumed
    if engine == "dask":
        results = run_dask(itertools.chain.from_iterable(parts), scheduler=scheduler,
                           batch_size=batch_size, cache=cache, chunk=WINDOW)
    else:
        results = itertools.chain.from_iterable(
            run_local(items, n_process=n_process, batch_size=batch_size, cache=cache)
            for items in parts)
    kept: list[dict[str, list[dict]]] = []
    with TableWriter(out_dir, formats=formats) as writer, progress_bar(None, progress) as bar:
        for result in results:  # one bar for the whole run; the input's size is not known ahead
            bar.update(1)
            writer.add(result)
            if keep:
                kept.append(result)
    relink_files(out_dir, formats=formats)  # corpus-level names need every document: second pass
    if "dataset" in formats:
        _relink_dataset(Path(out_dir) / "entities")
    if keep:
        return collect(kept)
    return {**collect([]), "documents": read_table("documents", out_dir, fmt=formats[0])}


def _prepend(first: list, rest: Iterator[list]) -> Iterator[list]:
    """Yield ``first`` then every item of ``rest``, dropping the reference to ``first`` once yielded."""
    yield first
    first = None  # let the first window be freed as soon as it is processed
    yield from rest


def _relink_dataset(folder: Path) -> None:
    """Apply the entities' corpus pass to a dataset's parts (one index over every part)."""
    parts = sorted(folder.glob("part-*.parquet"))
    index = build_index(itertools.chain.from_iterable(
        chunks(p, columns=["label", "entity", "link_basis"]) for p in parts))
    schema = pa.Schema.from_pandas(empty_table("entities"), preserve_index=False)
    for part in parts:
        tmp = part.with_name(f".{part.name}.tmp")
        with pq.ParquetWriter(tmp, schema) as writer:
            for frame in chunks(part):
                writer.write_table(pa.Table.from_pandas(link_corpus(frame, index), schema=schema,
                                                        preserve_index=False))
        os.chmod(tmp, 0o644)
        os.replace(tmp, part)


def analyze_text(text: str, *, doc_id: str = "doc", metadata: dict[str, str] | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Return the five tables for one string of article text (paragraphs on separate lines)."""
    document = text_document(text, doc_id=doc_id, metadata=metadata)
    return collect([analyze_document(document, load_nlp()(text))])
