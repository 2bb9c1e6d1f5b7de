"""The data contract: table names, columns, dtypes, validation, and atomic writers.

Every table has one row per thing it counts. Span tables carry ``doc_id``, ``sent_id``,
``start_char``, ``end_char`` and ``text`` with ``text == document_text[start_char:end_char]``.
README's data dictionary documents every column listed here; a change here is a change
of contract.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Self

import pandas as pd

from analysis.errors import TableError

# Column name -> pandas dtype. Order is the column order on disk.
SCHEMAS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "string", "path": "string", "container": "string", "title": "string",
        "outlet": "string", "published": "string", "author": "string", "url": "string",
        "n_chars": "Int64", "n_words": "Int64", "n_paragraphs": "Int64",
        "n_sentences": "Int64", "sha256": "string", "status": "string", "error": "string",
        "encoding": "string", "source_format": "string", "language": "string",
        "duplicate_of": "string",
    },
    "sentences": {
        "doc_id": "string", "sent_id": "int64", "paragraph_id": "int64", "start_char": "int64",
        "end_char": "int64", "text": "string", "n_words": "int64", "source": "string",
        "source_type": "string", "source_basis": "string", "attribution_id": "string",
    },
    "entities": {
        "doc_id": "string", "sent_id": "int64", "mention_id": "string", "start_char": "int64",
        "end_char": "int64", "text": "string", "label": "string", "entity": "string",
        "entity_type": "string", "link_basis": "string",
    },
    "attributions": {
        "doc_id": "string", "sent_id": "int64", "attribution_id": "string", "kind": "string",
        "source": "string", "source_type": "string", "source_text": "string",
        "source_start_char": "Int64", "source_end_char": "Int64", "cue": "string",
        "cue_lemma": "string", "cue_class": "string", "polarity": "string", "cue_start_char": "Int64", "cue_end_char": "Int64",
        "content_start_char": "Int64", "content_end_char": "Int64", "start_char": "int64",
        "end_char": "int64", "text": "string", "resolved_by": "string",
    },
    "hedges": {
        "doc_id": "string", "sent_id": "int64", "hedge_id": "string", "start_char": "int64",
        "end_char": "int64", "text": "string", "lemma": "string", "kind": "string",
        "category": "string", "source": "string", "source_type": "string",
        "attribution_id": "string", "source_basis": "string", "in_quote": "bool",
    },
}
TABLES = tuple(SCHEMAS)
#: Cells starting with these characters could run as spreadsheet formulas; CSV prefixes them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_ESCAPE = "'"


def empty_table(name: str) -> pd.DataFrame:
    """Return an empty DataFrame with the table's columns and dtypes."""
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in SCHEMAS[name].items()})


def to_table(name: str, rows: list[dict]) -> pd.DataFrame:
    """Return a DataFrame of ``rows`` with exactly the table's columns, in order, typed.

    Raises:
        TableError: a row lacks a column of the contract.
    """
    if not rows:
        return empty_table(name)
    frame = pd.DataFrame.from_records(rows)
    missing = [c for c in SCHEMAS[name] if c not in frame.columns]
    if missing:
        raise TableError(f"{name}: rows lack columns {missing}")
    frame = frame[list(SCHEMAS[name])]
    return frame.astype(SCHEMAS[name])


def check_spans(frame: pd.DataFrame, texts: Mapping[str, str], *, name: str = "table") -> None:
    """Check ``text == texts[doc_id][start_char:end_char]`` for every row.

    Raises:
        TableError: a row's text is not its span; the message names the first such row.
    """
    for row in frame[["doc_id", "start_char", "end_char", "text"]].itertuples(index=False):
        span = texts[row.doc_id][row.start_char:row.end_char]
        if span != row.text:
            raise TableError(f"{name}: {row.doc_id}[{row.start_char}:{row.end_char}] is "
                             f"{span!r}, row says {row.text!r}")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose string cells that start like a formula are prefixed with ``'``."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            values = out[col].astype("string")
            # a cell already starting with the escape before a trigger is escaped too, so that
            # restore_formulas gives it back unchanged ("'=x" -> "''=x" -> "'=x")
            risky = (values.str.startswith(FORMULA_TRIGGERS, na=False)
                     | values.str.match(r"^'+[=+\-@\t\r]", na=False))
            out[col] = values.where(~risky, FORMULA_ESCAPE + values)
    return out


def restore_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy with :func:`neutralise_formulas`'s prefix removed (for reading CSV back)."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]):
            values = out[col].astype("string")
            escaped = values.str.match(r"^'+[=+\-@\t\r]", na=False)
            out[col] = values.where(~escaped, values.str.slice(1))
    return out


def write_table(frame: pd.DataFrame, path: str | os.PathLike, *, fmt: str = "csv") -> Path:
    """Write one table atomically (temporary file, then rename) and return its path.

    A run killed mid-write leaves the previous complete file or none, never half a table.
    CSV is UTF-8 with a header even when empty, formula-like cells prefixed (see README).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        if fmt == "csv":
            neutralise_formulas(frame).to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
        elif fmt == "parquet":
            frame.to_parquet(tmp, index=False)
        else:
            raise TableError(f"unknown table format {fmt!r} (csv or parquet)")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_tables(tables: Mapping[str, pd.DataFrame], out_dir: str | os.PathLike, *,
                 formats: tuple[str, ...] = ("csv",)) -> list[Path]:
    """Write every table as ``OUT_DIR/<name>.csv`` (and ``.parquet``); return the paths written."""
    written = []
    for name in TABLES:
        frame = tables.get(name, empty_table(name))
        for fmt in formats:
            written.append(write_table(frame, Path(out_dir) / f"{name}.{fmt}", fmt=fmt))
    return written


def read_table(name: str, out_dir: str | os.PathLike, *, fmt: str | None = None) -> pd.DataFrame:
    """Return one table read back from ``OUT_DIR``, typed.

    ``fmt`` (``csv``, ``parquet``, ``dataset``) picks the file; without it a dataset folder,
    else Parquet, else CSV is read, whichever is present.

    Raises:
        TableError: the table file is missing.
    """
    base = Path(out_dir) / name
    if fmt == "dataset" or (fmt is None and base.is_dir()):  # a partitioned Parquet dataset
        frame = pd.read_parquet(base)
    elif fmt in (None, "parquet") and base.with_suffix(".parquet").is_file():
        frame = pd.read_parquet(base.with_suffix(".parquet"))
    elif base.with_suffix(".csv").is_file():
        frame = restore_formulas(pd.read_csv(base.with_suffix(".csv"), dtype="string",
                                             keep_default_na=False, na_values=[""]))
    else:
        raise TableError(f"{base}.csv: table not found; run `python -m analysis analyze` first")
    dtypes = SCHEMAS[name]
    for col, dtype in dtypes.items():
        if dtype == "bool" and col in frame:
            frame[col] = frame[col].map({"True": True, "False": False, True: True, False: False})
    return frame.astype({c: d for c, d in dtypes.items() if c in frame.columns})


class TableWriter:
    """Append rows to every table as documents finish; rename into place only on success.

    Rows are buffered for ``flush_every`` documents, then appended to temporary files, so
    memory does not grow with the corpus. ``close`` renames each temporary file over the
    final name (atomic per file); ``abort`` (or an exception inside ``with``) deletes them,
    leaving any previous complete tables untouched.

    Format ``dataset`` writes each table as a partitioned Parquet dataset, a folder
    ``OUT_DIR/<table>/`` of ``part-NNNNN.parquet`` files, a new part every ``part_docs``
    documents (``pandas.read_parquet`` and ``dask.dataframe.read_parquet`` read the folder).
    """

    def __init__(self, out_dir: str | os.PathLike, *, formats: tuple[str, ...] = ("csv",),
                 flush_every: int = 200, part_docs: int = 10_000) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for stale in self.out_dir.glob(".*.tmp"):  # left by a run that was killed
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)
        self.formats = formats
        self.flush_every = flush_every
        self.part_docs = part_docs
        self._part, self._part_count = 0, 0
        self._rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        self._pending = 0
        self._tmp: dict[tuple[str, str], Path] = {}
        self._parquet: dict[str, object] = {}
        for name in TABLES:
            for fmt in formats:
                if fmt == "dataset":
                    self._tmp[(name, fmt)] = Path(tempfile.mkdtemp(
                        prefix=f".{name}.dataset.", suffix=".tmp", dir=self.out_dir))
                    continue
                fd, tmp = tempfile.mkstemp(prefix=f".{name}.{fmt}.", suffix=".tmp", dir=self.out_dir)
                os.close(fd)
                self._tmp[(name, fmt)] = Path(tmp)
        self._header_written: set[str] = set()

    def add(self, result: Mapping[str, list[dict]]) -> None:
        """Buffer one document's rows; flush when enough documents are buffered."""
        for name in TABLES:
            self._rows[name].extend(result.get(name, []))
        self._pending += 1
        self._part_count += 1
        if self._pending >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Append buffered rows to the temporary files."""
        for name in TABLES:
            frame = to_table(name, self._rows[name])
            if frame.empty and name in self._header_written:
                continue
            for fmt in self.formats:
                self._append(name, fmt, frame)
            self._header_written.add(name)
            self._rows[name] = []
        self._pending = 0
        if "dataset" in self.formats and self._part_count >= self.part_docs:
            for name in TABLES:  # the next rows go to a new part file
                writer = self._parquet.pop(f"{name}/dataset", None)
                if writer is not None:
                    writer.close()
            self._part, self._part_count = self._part + 1, 0

    def _append(self, name: str, fmt: str, frame: pd.DataFrame) -> None:
        tmp = self._tmp[(name, fmt)]
        if fmt == "csv":
            neutralise_formulas(frame).to_csv(tmp, mode="a", index=False, encoding="utf-8",
                                              lineterminator="\n",
                                              header=name not in self._header_written)
        elif fmt in ("parquet", "dataset"):
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pa.Schema.from_pandas(empty_table(name), preserve_index=False)
            key = name if fmt == "parquet" else f"{name}/dataset"
            if key not in self._parquet:
                target = tmp if fmt == "parquet" else tmp / f"part-{self._part:05d}.parquet"
                self._parquet[key] = pq.ParquetWriter(target, schema)
            if not frame.empty:
                self._parquet[key].write_table(pa.Table.from_pandas(frame, schema=schema,
                                                                    preserve_index=False))
        else:
            raise TableError(f"unknown table format {fmt!r} (csv, parquet or dataset)")

    def close(self) -> list[Path]:
        """Flush, then rename every temporary file into place; return the final paths."""
        self.flush()
        for writer in self._parquet.values():
            writer.close()
        written = []
        for (name, fmt), tmp in self._tmp.items():
            if fmt == "dataset":
                written.append(self._replace_folder(tmp, self.out_dir / name))
                continue
            final = self.out_dir / f"{name}.{fmt}"
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
            written.append(final)
        self._tmp = {}
        return written

    def abort(self) -> None:
        """Delete the temporary files; previous tables stay as they were."""
        for writer in self._parquet.values():
            with contextlib.suppress(Exception):  # best effort while aborting
                writer.close()
        for tmp in self._tmp.values():
            shutil.rmtree(tmp, ignore_errors=True) if tmp.is_dir() else tmp.unlink(missing_ok=True)
        self._tmp = {}

    @staticmethod
    def _replace_folder(tmp: Path, final: Path) -> Path:
        """Move a finished dataset folder over ``final`` (the previous one is removed after)."""
        for part in tmp.iterdir():
            os.chmod(part, 0o644)
        os.chmod(tmp, 0o755)
        old = final.with_name(f".{final.name}.old.tmp")
        if final.exists():
            os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
        return final

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
