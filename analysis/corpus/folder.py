"""Reading an input: discovery, the reader of each format, the metadata sidecar, unique ids.

The input is a folder (read recursively, hidden files and folders left out, sorted by path)
or one file. Each file goes to the reader of its extension (:data:`READERS`); each reader
yields one :class:`Document` per article, or a :class:`DocumentIssue` naming what could not
be read. A broken file never stops the others.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from analysis.corpus import html, nexis, tables, text, warc
from analysis.corpus.model import (
    MAX_BYTES,
    METADATA_FIELDS,
    Document,
    DocumentIssue,
    issue_of,
)
from analysis.corpus.tables import Columns
from analysis.errors import CorpusError, UnreadableDocument

METADATA_FILE = "metadata.csv"
Reader = Callable[..., Iterator[Document | DocumentIssue]]


def _one(reader: Callable[..., Document]) -> Reader:
    """Return a reader of one-article files as a reader that yields."""
    def read(path: Path, *, columns: Columns, max_bytes: int) -> Iterator[Document]:
        """Yield the file's one document (``columns`` is for tables only)."""
        yield reader(path, max_bytes=max_bytes)
    return read


def _tables(path: Path, *, columns: Columns, max_bytes: int) -> Iterator[Document | DocumentIssue]:
    """Return the rows of a CSV, JSON Lines or Parquet file as documents."""
    return tables.read_table_file(path, columns=columns, max_bytes=max_bytes)


def _word(path: Path, *, columns: Columns, max_bytes: int) -> Iterator[Document | DocumentIssue]:
    """Return the articles of a DOCX or RTF file (a Nexis Uni export, or one plain article)."""
    return nexis.read_word_file(path, max_bytes=max_bytes)


def _warc(path: Path, *, columns: Columns, max_bytes: int) -> Iterator[Document | DocumentIssue]:
    """Return the HTML response records of a WARC file as documents."""
    return warc.read_warc_file(path, max_bytes=max_bytes)


#: File ending -> reader. Longest endings are matched first (``.warc.gz`` before ``.gz``).
READERS: dict[str, Reader] = {
    **dict.fromkeys(text.SUFFIXES, _one(text.read_text_file)),
    **dict.fromkeys(html.SUFFIXES, _one(html.read_html_file)),
    **dict.fromkeys(tables.SUFFIXES, _tables),
    **dict.fromkeys(nexis.SUFFIXES, _word),
    **dict.fromkeys(warc.SUFFIXES, _warc),
}


def suffix_of(path: Path) -> str:
    """Return the reader key of a file (``.warc.gz``, ``.csv``, ...), or ``""`` for other files."""
    name = path.name.lower()
    return next((s for s in sorted(READERS, key=len, reverse=True) if name.endswith(s)), "")


def discover(source: str | os.PathLike) -> list[Path]:
    """Return the input files of a folder (recursively, sorted by path) or the one file given.

    Hidden files and folders and the ``metadata.csv`` sidecar are left out.

    Raises:
        CorpusError: the input does not exist or holds no file of a known format.
    """
    root = Path(source)
    if not root.exists():
        raise CorpusError(f"{root}: input folder does not exist")
    if root.is_file():
        if not suffix_of(root):
            raise CorpusError(f"{root}: not a format this tool reads ({', '.join(READERS)})")
        return [root]
    if not root.is_dir():
        raise CorpusError(f"{root}: input path is not a folder")
    files = sorted(
        (p for p in root.rglob("*") if suffix_of(p) and p.name != METADATA_FILE
         and not any(part.startswith(".") for part in p.relative_to(root).parts)),
        key=lambda p: p.relative_to(root).as_posix(),
    )
    if not files:
        raise CorpusError(f"{root}: no articles in the input folder (read: {', '.join(READERS)})")
    return files


def load_metadata(folder: str | os.PathLike) -> dict[str, dict[str, str]]:
    """Return ``{doc_id: {title, outlet, published, author, url}}`` from the folder's metadata.csv.

    A missing sidecar gives an empty mapping.

    Raises:
        CorpusError: the sidecar has no ``doc_id`` column, cannot be decoded, or has malformed
            lines (wrong number of fields, no doc_id, a doc_id repeated); the message gives
            their line numbers.
    """
    path = Path(folder) / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return _metadata_rows(csv.reader(handle), path)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: metadata.csv is not UTF-8 ({exc.reason})") from exc
    except csv.Error as exc:
        raise CorpusError(f"{path}: metadata.csv is not valid CSV ({exc})") from exc


def _metadata_rows(reader, path: Path) -> dict[str, dict[str, str]]:
    """Return the sidecar's rows by doc_id, or raise naming every malformed line."""
    header = [h.strip() for h in next(reader, [])]
    if "doc_id" not in header:
        raise CorpusError(f"{path}: metadata.csv needs a doc_id column (line 1 is {header})")
    rows: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, (cell.strip() for cell in row)))
        doc_id = record.get("doc_id", "")
        if len(row) != len(header):
            problems.append(f"line {line}: {len(row)} fields, the header has {len(header)}")
        elif not doc_id:
            problems.append(f"line {line}: empty doc_id")
        elif doc_id in rows:
            problems.append(f"line {line}: doc_id {doc_id!r} repeated")
        else:
            rows[doc_id] = {k: record.get(k, "") for k in METADATA_FIELDS}
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10
                                            else "")
        raise CorpusError(f"{path}: malformed metadata.csv ({shown})")
    return rows


def read_file(path: Path, *, columns: Columns | None = None, max_bytes: int = MAX_BYTES
              ) -> Iterator[Document | DocumentIssue]:
    """Yield every article of one file; a file that cannot be read (or breaks part-way) ends
    with an issue naming it."""
    reader = READERS[suffix_of(path)]
    stem = warc.stem(path) if suffix_of(path).startswith(".warc") else path.stem
    try:
        yield from reader(path, columns=columns or Columns(), max_bytes=max_bytes)
    except UnreadableDocument as exc:
        yield issue_of(exc, doc_id=stem, path=path, container=path.name)


def read_corpus(source: str | os.PathLike, *, max_bytes: int = MAX_BYTES,
                columns: Columns | None = None) -> Iterator[Document | DocumentIssue]:
    """Yield a :class:`Document` or a :class:`DocumentIssue` for every article, in path order.

    Metadata from ``metadata.csv`` (by doc_id) overrides what the file itself says. A doc_id
    met a second time (``a.txt`` and ``a.html``) gets ``~2``, ``~3``, ... so every id is unique.

    Raises:
        CorpusError: the input is missing, holds no articles, or its metadata.csv is malformed.
    """
    files = discover(source)
    sidecar = load_metadata(source) if Path(source).is_dir() else {}
    seen: set[str] = set()
    for path in files:
        for item in read_file(path, columns=columns, max_bytes=max_bytes):
            doc_id = _unique(item.doc_id, seen)
            if isinstance(item, Document):
                extra = {k: v for k, v in sidecar.get(item.doc_id, {}).items() if v}
                item = replace(item, doc_id=doc_id, metadata={**item.metadata, **extra})
            elif doc_id != item.doc_id:
                item = replace(item, doc_id=doc_id)
            yield item


def _unique(doc_id: str, seen: set[str]) -> str:
    """Return ``doc_id``, or ``doc_id~N`` when it was met before; remember it."""
    candidate, n = doc_id, 1
    while candidate in seen:
        n += 1
        candidate = f"{doc_id}~{n}"
    seen.add(candidate)
    return candidate


def read_document(path: str | os.PathLike, *, metadata: dict[str, str] | None = None,
                  max_bytes: int = MAX_BYTES, container: object = "") -> Document:
    """Return the :class:`Document` of a one-article file, or of the article at ``container``.

    ``container`` is the documents table's column (``export.docx#article=2``); it is needed
    for a file that holds several articles (a missing value, None or NA, counts as none).

    Raises:
        UnreadableDocument: the file (or that article) cannot be read, or the file holds
            several articles and ``container`` does not name one of them.
    """
    path = Path(path)
    container = container if isinstance(container, str) else ""
    items = read_file(path, max_bytes=max_bytes)
    if "#" in container:
        found = next((item for item in items if item.container == container), None)
    else:
        found = next(items, None)
        if next(items, None) is not None:
            raise UnreadableDocument(str(path), "holds several articles; name one by its container")
    if found is None:
        raise UnreadableDocument(str(path), f"no article at {container}")
    if isinstance(found, DocumentIssue):
        raise UnreadableDocument(found.path, found.error, status=found.status, sha256=found.sha256)
    extra = {k: v for k, v in (metadata or {}).items() if k in METADATA_FIELDS and v}
    return replace(found, metadata={**found.metadata, **extra})


def read_texts(places: Iterable[tuple[str, object]], *, max_bytes: int = MAX_BYTES
               ) -> dict[tuple[str, str], str]:
    """Return ``{(path, container): text}`` for documents-table rows, reading each file once.

    A table, Word export or WARC is read once however many of its articles are asked for
    (:func:`read_document` per row would read it once per article). Places that cannot be
    read are left out.
    """
    wanted: dict[str, set[str]] = {}
    for path, container in places:
        wanted.setdefault(str(path), set()).add(container if isinstance(container, str) else "")
    texts: dict[tuple[str, str], str] = {}
    for path, containers in wanted.items():
        for item in read_file(Path(path), max_bytes=max_bytes):
            if isinstance(item, Document) and (item.container in containers or "" in containers):
                key = item.container if item.container in containers else ""
                texts.setdefault((path, key), item.text)
    return texts
