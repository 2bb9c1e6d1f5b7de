"""Web archives (.warc, .warc.gz): every HTML response record is an article.

Records are read one at a time with warcio, so an archive of any size streams. Each HTML
response (HTTP 200) goes through the same extractor as a saved page
(:func:`analysis.corpus.html.extract_html`); its URL is the record's ``WARC-Target-URI`` and its
date the page's own publication date, else the capture date (``WARC-Date``). Other records
(requests, metadata, images, redirects) are passed over. ``doc_id`` is ``<file stem>:<record
number>``, counting every record of the file from 1, so it is stable.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from analysis.corpus.decoding import decode_bytes
from analysis.corpus.html import extract_html
from analysis.corpus.model import (
    MAX_BYTES,
    Document,
    DocumentIssue,
    issue_of,
    make_document,
)
from analysis.errors import UnreadableDocument

SUFFIXES = (".warc", ".warc.gz")


def stem(path: Path) -> str:
    """Return a WARC file's name without ``.warc`` / ``.warc.gz``."""
    name = path.name
    for suffix in (".warc.gz", ".warc"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_warc_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | DocumentIssue]:
    """Yield a :class:`Document` (or an issue) for every HTML response record of a WARC file.

    Raises:
        UnreadableDocument: the file is not a WARC, or breaks part-way (the message names the
            record where reading stopped; the records before it are yielded).
    """
    number, cut_record = 0, False
    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle)
            for number, record in enumerate(records, 1):
                if not record.format.startswith("warc"):
                    raise ArchiveLoadFailed(f"record {number} is not a WARC record")
                if not _is_html_response(record):
                    _check_complete(record, number)
                    continue
                doc_id, container = f"{stem(path)}:{number}", f"{path.name}#record={number}"
                try:
                    yield _record_document(record, path=path, doc_id=doc_id, container=container,
                                           max_bytes=max_bytes)
                except UnreadableDocument as exc:
                    yield issue_of(exc, doc_id=doc_id, path=path, container=container)
                    cut_record = cut_record or record.raw_stream.limit > 0  # named as truncated
            size = path.stat().st_size
            if not number:
                raise ArchiveLoadFailed("no WARC records in the file")
            if path.suffix == ".gz" and not cut_record and not _gzip_complete(path):
                raise ArchiveLoadFailed("the gzip stream ends before its last member does (truncated?)")
            if records.offset < size:  # warcio stops quietly at a cut-off gzip member
                raise ArchiveLoadFailed(f"{size - records.offset:,} bytes after offset "
                                        f"{records.offset:,} could not be read (truncated?)")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        at = f"after record {number}" if number else "at its first record"
        raise UnreadableDocument(str(path), f"corrupt WARC {at} ({type(exc).__name__}: "
                                            f"{str(exc)[:200]}); records before it were read") from exc


def _gzip_complete(path: Path) -> bool:
    """Return True when every gzip member of the file decompresses to its end-of-stream marker.

    warcio reads a member cut inside a record's headers as a shorter record without complaint.
    """
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error):
        return False
    return True


def _check_complete(record, number: int) -> None:
    """Read a skipped record to its end; raise :class:`ArchiveLoadFailed` when it is cut off.

    A file cut inside a request or image record would otherwise end quietly, its truncation
    unnoticed (only HTML records are read for their text).
    """
    while record.raw_stream.read(1 << 16):
        pass
    if record.raw_stream.limit > 0:
        raise ArchiveLoadFailed(f"record {number} is cut off ({record.raw_stream.limit:,} bytes missing)")


def _is_html_response(record) -> bool:
    """Return True for a response record of an HTML page with HTTP status 200."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and "html" in kind


def _record_document(record, *, path: Path, doc_id: str, container: str, max_bytes: int) -> Document:
    """Return the :class:`Document` of one HTML response record.

    Raises:
        UnreadableDocument: the record's payload is damaged, too large or holds no text.
    """
    name = f"{path}#{container.partition('#')[2]}"
    try:
        payload = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a damaged gzip or chunked payload inside one record
        raise UnreadableDocument(name, f"damaged record payload ({type(exc).__name__})") from exc
    if len(payload) > max_bytes:
        raise UnreadableDocument(name, f"record too large (over {max_bytes:,} bytes)", status="skipped")
    if record.raw_stream.limit > 0:  # the record ends before its Content-Length: cut off
        raise UnreadableDocument(name, f"truncated record ({record.raw_stream.limit:,} bytes missing)")
    markup, encoding = _decode(payload, record, name=name)
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    text, meta = extract_html(markup, name=name, url=url)
    meta["url"] = url or meta.get("url", "")
    meta.setdefault("published", (record.rec_headers.get_header("WARC-Date") or "")[:10])
    return make_document(text, doc_id=doc_id, path=path, container=container, source_format="warc",
                         metadata=meta, encoding=encoding, max_chars=max_bytes,
                         sha256=hashlib.sha256(payload).hexdigest())


def _decode(payload: bytes, record, *, name: str) -> tuple[str, str]:
    """Return the payload decoded by its declared charset, else detected."""
    kind = record.http_headers.get_header("Content-Type") or ""
    charset = kind.lower().partition("charset=")[2].split(";")[0].strip().strip('"')
    if charset:
        try:
            return payload.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload, name=name)
