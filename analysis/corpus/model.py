"""The records every reader yields: :class:`Document` and :class:`DocumentIssue`, and their helpers.

A document's offsets always index ``Document.text``. Whatever the format, a reader turns one
article into one ``Document`` with the same provenance: the file it came from (``path``), the
place inside that file (``container``: ``name#row=3``, ``name#record=2``, ``name#article=1``, or
the file name for a one-article file) and the metadata fields of :data:`METADATA_FIELDS`.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from analysis.errors import UnreadableDocument

#: Files (or single articles inside an archive) larger than this are rejected (bytes or characters).
MAX_BYTES = 5_000_000  # ~800,000 words: far beyond any article; larger ones are named and skipped
#: Metadata every document carries (empty string when unknown), in documents.csv order.
METADATA_FIELDS = ("title", "outlet", "published", "author", "url")

_PARAGRAPH_BREAK = re.compile(r"\r\n|\r|\n")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*")
_MONTH_DAY_YEAR = re.compile(r"\s*([A-Za-z]+)\.? (\d{1,2}), (\d{4})\b.*")
_DAY_MONTH_YEAR = re.compile(r"\s*(\d{1,2}) ([A-Za-z]+)\.? (\d{4})\b.*")


@dataclass(frozen=True)
class Document:
    """One decoded article with its paragraph spans, metadata and provenance."""

    doc_id: str
    path: str
    text: str
    encoding: str
    sha256: str
    paragraphs: tuple[tuple[int, int], ...]
    metadata: dict[str, str] = field(default_factory=dict)
    source_format: str = "text"
    language: str = ""  # set once by pipeline.split_languages, reused for documents.csv
    container: str = ""  # the file and the row, record or article inside it


@dataclass(frozen=True)
class DocumentIssue:
    """A file, row or record that could not be analysed, with a one-line reason."""

    doc_id: str
    path: str
    status: str  # "error" or "skipped"
    error: str
    sha256: str = ""
    encoding: str = ""
    language: str = ""
    container: str = ""
    duplicate_of: str = ""  # doc_id of the earlier document with the same content, if a duplicate


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


def make_document(text: str, *, doc_id: str, path: Path, container: str, source_format: str,
                  metadata: dict[str, str] | None = None, encoding: str = "utf-8",
                  sha256: str = "", max_chars: int = MAX_BYTES) -> Document:
    """Return a :class:`Document` for one article's text (``sha256`` defaults to the text's).

    Raises:
        UnreadableDocument: the text is empty or longer than ``max_chars``.
    """
    where = f"{path}#{container.partition('#')[2]}" if "#" in container else str(path)
    if not text.strip():
        raise UnreadableDocument(where, "empty article (no text)", status="skipped")
    if len(text) > max_chars:
        raise UnreadableDocument(where, f"article too large ({len(text):,} characters; limit "
                                        f"{max_chars:,})", status="skipped")
    meta = dict.fromkeys(METADATA_FIELDS, "")
    meta.update({k: clean(v) for k, v in (metadata or {}).items() if k in METADATA_FIELDS})
    meta["published"] = iso_date(meta["published"])
    return Document(doc_id=doc_id, path=str(path), text=text, encoding=encoding,
                    sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    paragraphs=paragraph_spans(text), metadata=meta, source_format=source_format,
                    container=container)


def text_document(text: str, *, doc_id: str, path: str = "", metadata: dict[str, str] | None = None
                  ) -> Document:
    """Return a :class:`Document` for a text held in memory (a string, a gold corpus article).

    Unlike :func:`make_document` nothing is checked or normalised: the text is analysed as given,
    ``path`` defaults to ``<doc_id>`` and metadata is kept as passed.
    """
    return Document(doc_id=doc_id, path=path or f"<{doc_id}>", text=text, encoding="utf-8",
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    paragraphs=paragraph_spans(text), metadata=dict(metadata or {}))


def issue_of(exc: UnreadableDocument, *, doc_id: str, path: Path, container: str) -> DocumentIssue:
    """Return the :class:`DocumentIssue` for a failed file, row or record."""
    return DocumentIssue(doc_id=doc_id, path=str(path), status=exc.status, error=exc.reason,
                         sha256=exc.sha256, container=container)


def clean(value: object) -> str:
    """Return a metadata value as one line of text: lists joined by ``; ``, None/NaN as ``""``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(clean(v) for v in value if clean(v))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return " ".join(str(value).split())


def iso_date(value: str) -> str:
    """Return a date as ``YYYY-MM-DD`` when it reads as one (ISO, *March 3, 2026*, *3 March 2026*).

    Anything else is returned unchanged, so no information is lost.
    """
    if match := _ISO.fullmatch(value):
        return f"{match[1]}-{match[2]}-{match[3]}"
    for pattern, order in ((_MONTH_DAY_YEAR, (1, 2, 3)), (_DAY_MONTH_YEAR, (2, 1, 3))):
        match = pattern.fullmatch(value)
        month = _MONTHS.get(_full_month(match[order[0]])) if match else None
        if match and month:
            return f"{match[order[2]]}-{month:02d}-{int(match[order[1]]):02d}"
    return value


def _full_month(word: str) -> str:
    """Return the English month a word or abbreviation names (``Sept`` -> ``september``), else ``""``."""
    word = word.lower()
    return next((m for m in _MONTHS if len(word) >= 3 and m.startswith(word)), "")
