"""Tables of articles (CSV, JSON Lines / JSON, Parquet): one article per row, streamed.

The text column and the metadata columns are found by their common names (scrapers,
news-please, Media Cloud, GDELT-style exports); :class:`Columns` lists them and a command-line
flag puts a column of the user's first. Rows are read in chunks (Parquet row groups in
batches, CSV in chunks, JSON Lines line by line), so a large table never sits in memory whole.
A row's ``doc_id`` is ``<file stem>:<id column>`` or, without one, ``<file stem>:<row number>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.corpus.decoding import decode_bytes
from analysis.corpus.model import (
    MAX_BYTES,
    Document,
    DocumentIssue,
    clean,
    issue_of,
    make_document,
)
from analysis.errors import UnreadableDocument

SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json", ".parquet")
CHUNK_ROWS = 1000


@dataclass(frozen=True)
class Columns:
    """Column names tried, in order, for each field (matched case-insensitively)."""

    text: tuple[str, ...] = ("text", "body", "content", "maintext", "article", "full_text")
    id: tuple[str, ...] = ("id", "doc_id", "stories_id")
    title: tuple[str, ...] = ("title", "headline")
    outlet: tuple[str, ...] = ("outlet", "source", "media_name", "source_domain", "publisher")
    published: tuple[str, ...] = ("published", "publish_date", "date_publish", "date",
                                  "publication_date")
    url: tuple[str, ...] = ("url",)
    author: tuple[str, ...] = ("author", "authors", "byline")

    def preferring(self, **names: str | None) -> Columns:
        """Return a copy with each given column name tried before the common names."""
        return replace(self, **{k: (v, *getattr(self, k)) for k, v in names.items() if v})

    def resolve(self, row: dict, *, name: str) -> dict[str, str]:
        """Return ``{field: column}`` for one row: per field, the first listed column with a value.

        Raises:
            UnreadableDocument: no text column is present.
        """
        lower = {c.lower(): c for c in reversed(list(row))}
        found = {}
        for f in fields(self):
            present = [lower[c.lower()] for c in getattr(self, f.name) if c.lower() in lower]
            filled = [c for c in present if clean(row[c])]
            if present:
                found[f.name] = (filled or present)[0]
        if "text" not in found:
            raise UnreadableDocument(name, f"no text column (tried {', '.join(self.text)}; name yours "
                                           f"with --text-column); columns: {', '.join(map(str, row))}")
        return found


def read_table_file(path: Path, *, columns: Columns | None = None, max_bytes: int = MAX_BYTES
                    ) -> Iterator[Document | DocumentIssue]:
    """Yield a :class:`Document` (or an issue) for every row of a CSV, JSON Lines or Parquet file.

    Raises:
        UnreadableDocument: the file cannot be opened or has no text column; a file that breaks
            part-way yields its good rows and then raises, naming the row where reading stopped.
    """
    columns = columns or Columns()
    suffix = path.suffix.lower()
    rows = (_parquet_rows(path) if suffix == ".parquet" else
            _csv_rows(path) if suffix == ".csv" else _json_rows(path))
    fmt = "jsonl" if suffix in (".ndjson", ".json", ".jsonl") else suffix.lstrip(".")
    where = "line" if fmt == "jsonl" else "row"
    for number, row, encoding in rows:
        container = f"{path.name}#{where}={number}"
        if isinstance(row, UnreadableDocument):  # one bad line of a JSON Lines file
            yield issue_of(row, doc_id=f"{path.stem}:{number}", path=path, container=container)
            continue
        try:
            mapping = columns.resolve(row, name=str(path))
        except UnreadableDocument as exc:
            if number == 1:
                raise  # the file has no text column at all: one line for the file, not one per row
            yield issue_of(exc, doc_id=f"{path.stem}:{number}", path=path, container=container)
            continue
        doc_id = f"{path.stem}:{clean(row.get(mapping.get('id', ''))) or number}"
        text = row.get(mapping["text"])
        try:
            yield make_document(text if isinstance(text, str) else clean(text), doc_id=doc_id,
                                path=path, container=container, source_format=fmt,
                                encoding=encoding, max_chars=max_bytes,
                                metadata={k: row.get(c) for k, c in mapping.items()})
        except UnreadableDocument as exc:
            yield issue_of(exc, doc_id=doc_id, path=path, container=container)


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict, str]]:
    """Yield ``(row number from 1, row, "utf-8")`` of a Parquet file, one batch at a time."""
    number = 0
    try:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield number, row, "utf-8"
    except (pa.ArrowException, OSError) as exc:
        raise UnreadableDocument(str(path), _stopped(number, "row", f"corrupt Parquet file ({exc})")
                                 ) from exc


def _csv_rows(path: Path) -> Iterator[tuple[int, dict, str]]:
    """Yield ``(row number from 1, row, encoding)`` of a CSV file, a chunk at a time."""
    with path.open("rb") as handle:
        head = handle.read(65536)
    head = head[: head.rfind(b"\n") + 1] or head  # whole lines: no character cut in two
    _, encoding = decode_bytes(head, name=str(path)) if head.strip() else ("", "utf-8")
    encoding = "utf-8-sig" if encoding == "utf-8" else encoding
    number = 0
    try:
        for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=CHUNK_ROWS,
                                 encoding=encoding):
            for row in chunk.to_dict("records"):
                number += 1
                yield number, row, encoding
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise UnreadableDocument(str(path), _stopped(number, "row", f"malformed CSV ({exc})")) from exc


def _json_rows(path: Path) -> Iterator[tuple[int, dict | UnreadableDocument, str]]:
    """Yield ``(line number, object, "utf-8")`` of a JSON Lines file (a bad line as an error).

    A ``.json`` file holding one object or an array of objects (news-please writes one file per
    article) is read whole; its items are numbered from 1.
    """
    if path.suffix.lower() == ".json":
        try:
            whole = json.loads(path.read_text("utf-8-sig"))
        except json.JSONDecodeError:
            whole = None  # JSON Lines under a .json name
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(str(path), f"JSON file is not UTF-8 ({exc.reason})") from exc
        if whole is not None:
            items = whole if isinstance(whole, list) else [whole]
            yield from ((n, item, "utf-8") for n, item in enumerate(items, 1) if isinstance(item, dict))
            return
    with path.open(encoding="utf-8-sig", errors="strict") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, UnreadableDocument(f"{path}#line={number}", f"not JSON ({exc.msg})"), ""
                continue
            if isinstance(item, dict):
                yield number, item, "utf-8"


def _stopped(number: int, unit: str, reason: str) -> str:
    """Return a reason that says where reading stopped."""
    return f"{reason}; read stopped after {unit} {number}" if number else reason
