"""The corpus pass over entity tables already on disk: two streaming reads, one atomic rewrite.

A run writes ``entities.csv`` / ``.parquet`` as documents finish; the corpus pass needs every
document, so it runs at the end. The table is read twice in chunks of :data:`CHUNK` rows (first
three columns to build the :class:`~analysis.entities.corpus.CorpusIndex`, then every column to
rewrite it), so memory holds one chunk and the index, not the table. Each file is written to a
temporary file beside it and renamed over it: a run killed here leaves the article-level table.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.entities.corpus import build_index, link_corpus
from analysis.tables import SCHEMAS, empty_table, neutralise_formulas, restore_formulas

#: Rows per chunk when the entities table is re-read.
CHUNK = 100_000
_INDEX_COLUMNS = ["label", "entity", "link_basis"]


def chunks(path: Path, *, columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
    """Yield an entities file (``.csv`` or ``.parquet``) in typed chunks of :data:`CHUNK` rows."""
    dtypes = {c: d for c, d in SCHEMAS["entities"].items() if columns is None or c in columns}
    if path.suffix == ".parquet":
        for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK, columns=columns):
            yield batch.to_pandas().astype(dtypes)
        return
    for chunk in pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""],
                             usecols=columns, chunksize=CHUNK):
        yield restore_formulas(chunk).astype(dtypes)


def relink_files(out_dir: str | os.PathLike, *, formats: tuple[str, ...] = ("csv",)) -> None:
    """Rewrite ``OUT_DIR/entities.<fmt>`` for each format with the corpus pass applied."""
    for fmt in formats:
        path = Path(out_dir) / f"entities.{fmt}"
        if not path.is_file():
            continue
        index = build_index(chunks(path, columns=_INDEX_COLUMNS))
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            _write(Path(tmp), fmt, (link_corpus(c, index) for c in chunks(path)))
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _write(tmp: Path, fmt: str, frames: Iterator[pd.DataFrame]) -> None:
    """Write the relinked chunks to ``tmp`` (CSV with one header, or one Parquet file)."""
    if fmt == "parquet":
        schema = pa.Schema.from_pandas(empty_table("entities"), preserve_index=False)
        with pq.ParquetWriter(tmp, schema) as writer:
            for frame in frames:
                writer.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))
        return
    empty_table("entities").to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    for frame in frames:
        neutralise_formulas(frame).to_csv(tmp, mode="a", index=False, header=False,
                                          encoding="utf-8", lineterminator="\n")
