"""Reading a folder of articles: discovery, decoding, metadata, paragraphs, per-file errors.

A document's offsets always index ``Document.text``: the file's bytes decoded
exactly as read (no newline translation, a byte-order mark removed). For an
HTML file, ``Document.text`` is the article text extracted from the markup,
one paragraph per line, and offsets index that extracted text.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import CorpusError, UnreadableDocument

#: File endings read as articles.
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
#: Files larger than this are rejected rather than parsed (bytes).
MAX_BYTES = 5_000_000  # ~800,000 words: far beyond any article; larger files are named and skipped
METADATA_FILE = "metadata.csv"
METADATA_FIELDS = ("title", "outlet", "published", "url")

_PARAGRAPH_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Document:
    """One decoded article with its paragraph spans and metadata."""

    doc_id: str
    path: str
    text: str
    encoding: str
    sha256: str
    paragraphs: tuple[tuple[int, int], ...]
    metadata: dict[str, str] = field(default_factory=dict)
    source_format: str = "text"
    language: str = ""  # set once by pipeline.split_languages, reused for documents.csv


@dataclass(frozen=True)
class DocumentIssue:
    """A file that could not be analysed, with a one-line reason."""

    doc_id: str
    path: str
    status: str  # "error" or "skipped"
    error: str
    sha256: str = ""
    encoding: str = ""
    language: str = ""


def discover(folder: str | os.PathLike) -> list[Path]:
    """Return the article files in ``folder``, sorted by name (deterministic).

    Raises:
        CorpusError: the folder does not exist, is not a folder, or holds no articles.
    """
    root = Path(folder)
    if not root.exists():
        raise CorpusError(f"{root}: input folder does not exist")
    if not root.is_dir():
        raise CorpusError(f"{root}: input path is not a folder")
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    files = sorted(
        (p for p in root.iterdir() if p.suffix.lower() in suffixes and not p.name.startswith(".")),
        key=lambda p: p.name,
    )
    if not files:
        raise CorpusError(f"{root}: no .txt or .html articles in the input folder")
    return files


def load_metadata(folder: str | os.PathLike) -> dict[str, dict[str, str]]:
    """Return ``{doc_id: {title, outlet, published, url}}`` from the folder's metadata.csv sidecar.

    A missing sidecar gives an empty mapping.

    Raises:
        CorpusError: the sidecar exists but has no ``doc_id`` column or cannot be decoded.
    """
    path = Path(folder) / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "doc_id" not in reader.fieldnames:
                raise CorpusError(f"{path}: metadata.csv needs a doc_id column")
            return {
                row["doc_id"].strip(): {k: (row.get(k) or "").strip() for k in METADATA_FIELDS}
                for row in reader
                if row.get("doc_id")
            }
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: metadata.csv is not UTF-8 ({exc.reason})") from exc


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return ``(start, end)`` of each non-blank paragraph; paragraphs are separated by line breaks.

    Spans are trimmed of surrounding white space, so ``text[start:end]`` is the paragraph.
    """
    spans = []
    start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        if chunk.strip():
            left = len(chunk) - len(chunk.lstrip())
            right = len(chunk.rstrip())
            spans.append((start + left, start + right))
        if match:
            start = match.end()
    return tuple(spans)


def read_document(
    path: str | os.PathLike, *, metadata: dict[str, str] | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Return the decoded :class:`Document` for one file.

    Raises:
        UnreadableDocument: the file is empty, binary, too large, undecodable or unreadable;
            the message names the file and says why.
    """
    from analysis.decoding import decode_bytes, extract_html

    path = Path(path)
    data = _read_bytes(path, max_bytes=max_bytes)
    text, encoding = decode_bytes(data, name=str(path))
    source_format = "text"
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        text = extract_html(text, name=str(path))
        source_format = "html"
    if not text.strip():
        raise UnreadableDocument(str(path), "empty file (no text)", status="skipped")
    return Document(
        doc_id=path.stem,
        path=str(path),
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        paragraphs=paragraph_spans(text),
        metadata=dict(metadata or {}),
        source_format=source_format,
    )


def read_corpus(folder: str | os.PathLike, *, max_bytes: int = MAX_BYTES
                ) -> Iterator[Document | DocumentIssue]:
    """Yield a :class:`Document` or a :class:`DocumentIssue` for every article file, in name order.

    Raises:
        CorpusError: the folder is missing or holds no articles (nothing can be analysed).
    """
    files = discover(folder)
    metadata = load_metadata(folder)
    for path in files:
        try:
            yield read_document(path, metadata=metadata.get(path.stem), max_bytes=max_bytes)
        except UnreadableDocument as exc:
            yield DocumentIssue(
                doc_id=path.stem, path=str(path), status=exc.status, error=exc.reason,
                sha256=exc.sha256,
            )


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """Return the file's bytes, refusing links that loop, non-files and oversize files."""
    try:
        if not path.is_file():
            raise UnreadableDocument(str(path), "not a regular file", status="skipped")
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableDocument(
                str(path), f"file too large ({size:,} bytes; limit {max_bytes:,})", status="skipped"
            )
        with path.open("rb") as handle:
            return handle.read()
    except PermissionError as exc:
        raise UnreadableDocument(str(path), "permission denied") from exc
    except OSError as exc:  # symlink loops, vanished files, I/O errors
        raise UnreadableDocument(str(path), exc.strerror or type(exc).__name__) from exc


def _looks_like_html(text: str) -> bool:
    """Return True when a .txt file is really an HTML page."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))
