"""Plain-text articles (.txt): one file, one article, decoded exactly as read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis.corpus.decoding import decode_bytes, read_bytes
from analysis.corpus.html import html_document, looks_like_html
from analysis.corpus.model import MAX_BYTES, Document, make_document

SUFFIXES = (".txt",)


def read_text_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Return the :class:`Document` of one text file (an HTML page saved as .txt is read as HTML).

    The text is the file's bytes decoded (newlines untouched, a byte-order mark removed).

    Raises:
        UnreadableDocument: the file is empty, binary, too large, undecodable or unreadable.
    """
    data = read_bytes(path, max_bytes=max_bytes)
    text, encoding = decode_bytes(data, name=str(path))
    if looks_like_html(text):
        return html_document(text, path=path, encoding=encoding, data=data)
    return make_document(text, doc_id=path.stem, path=path, container=path.name,
                         source_format="text", encoding=encoding,
                         sha256=hashlib.sha256(data).hexdigest())
