"""Word and RTF files, including Nexis Uni / LexisNexis exports of many articles (.docx, .rtf).

A Nexis Uni export puts each article as: title, publication, date line (*March 3, 2026
Tuesday*), then header fields (``Copyright``, ``Section:``, ``Length:``, ``Byline:``,
``Dateline:``), a line ``Body``, the paragraphs, a ``Classification`` block
(``Language:``, ``Load-Date:``) and a line ``End of Document``. A results list may come
before the first article. Each article becomes one document: title, outlet, date and byline
from its header lines (the URL from the title's hyperlink, which Nexis Uni points at its copy
of the article), text from its body paragraphs. A file without ``End of Document`` and
``Body`` lines is one article (its paragraphs, in order).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from striprtf.striprtf import rtf_to_text

from analysis.corpus.decoding import read_bytes
from analysis.corpus.model import (
    MAX_BYTES,
    Document,
    DocumentIssue,
    iso_date,
    issue_of,
    make_document,
)
from analysis.errors import UnreadableDocument

SUFFIXES = (".docx", ".rtf")
END = "End of Document"
#: Header fields of a Nexis article; the first one ends the title/outlet/date lines.
_FIELD = re.compile(r"^(Copyright|Section:|Length:|Byline:|Dateline:|Highlight:|Edition:|"
                    r"Correction|Body$)")
#: Lines after the body that are not article text.
_BODY_END = re.compile(r"^(Classification|Notes|Graphic|Load-Date:|Language:|Publication-Type:)")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: An archive member larger than this is not read (a DOCX is a zip file; this guards zip bombs).
MAX_MEMBER_BYTES = 200_000_000


def read_word_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | DocumentIssue]:
    """Yield a :class:`Document` (or an issue) for every article of a DOCX or RTF file.

    Raises:
        UnreadableDocument: the file is not a readable DOCX/RTF (corrupt, not a zip, unreadable).
    """
    data = read_bytes(path, max_bytes=None)
    lines = _rtf_lines(data, path) if path.suffix.lower() == ".rtf" else _docx_lines(data, path)
    articles = split_articles(lines)
    fmt = path.suffix.lower().lstrip(".")
    if len(articles) == 1 and not articles[0][1]:
        whole = "\n".join(articles[0][0])  # a plain Word/RTF article: one document
        yield make_document(whole, doc_id=path.stem, path=path, container=path.name, source_format=fmt,
                            max_chars=max_bytes, sha256=hashlib.sha256(data).hexdigest())
        return
    for number, (body, meta) in enumerate(articles, 1):
        doc_id, container = f"{path.stem}:{number}", f"{path.name}#article={number}"
        try:
            yield make_document("\n".join(body), doc_id=doc_id, path=path, container=container,
                                source_format=fmt, metadata=meta, max_chars=max_bytes)
        except UnreadableDocument as exc:
            yield issue_of(exc, doc_id=doc_id, path=path, container=container)


def split_articles(lines: list[tuple[str, str]]) -> list[tuple[list[str], dict[str, str]]]:
    """Return ``(body paragraphs, metadata)`` per article of an export's ``(line, link)`` pairs.

    Without ``End of Document``/``Body`` lines the whole file is one article with no metadata.
    """
    chunks, current = [], []
    for line in lines:
        if line[0] == END:
            chunks.append(current)
            current = []
        else:
            current.append(line)
    chunks.append(current)
    articles = [_article(chunk) for chunk in chunks if any(line == "Body" for line, _ in chunk)]
    if not articles:
        return [([line for line, _ in lines if line], {})]
    return articles


def _article(chunk: list[tuple[str, str]]) -> tuple[list[str], dict[str, str]]:
    """Return one Nexis article's body paragraphs and header metadata."""
    body_at = next(i for i, (line, _) in enumerate(chunk) if line == "Body")
    links = dict(chunk[:body_at])
    header = [line for line, _ in chunk[:body_at] if line]
    first_field = next((i for i, line in enumerate(header) if _FIELD.match(line)), len(header))
    lead = header[:first_field]  # ... results list ..., title, outlet, date line
    dated = [i for i, line in enumerate(lead) if _DATE.match(iso_date(line))]
    meta: dict[str, str] = {}
    if dated:
        at = dated[-1]
        meta["published"] = iso_date(lead[at])
        meta["outlet"] = lead[at - 1] if at >= 1 else ""
        meta["title"] = lead[at - 2] if at >= 2 else ""
    elif lead:
        meta["title"] = lead[-2] if len(lead) >= 2 else lead[-1]
        meta["outlet"] = lead[-1] if len(lead) >= 2 else ""
    meta["url"] = links.get(meta.get("title", ""), "")
    for line in header[first_field:]:
        if line.startswith("Byline:"):
            meta["author"] = line.removeprefix("Byline:").strip()
    body = []
    for line, _ in chunk[body_at + 1:]:
        if _BODY_END.match(line):
            break
        if line:
            body.append(line)
    return body, meta


def _docx_lines(data: bytes, path: Path) -> list[tuple[str, str]]:
    """Return the paragraphs of a DOCX file as ``(text, first hyperlink's URL)`` pairs.

    Raises:
        UnreadableDocument: the file is not a readable DOCX.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_MEMBER_BYTES:
                raise UnreadableDocument(str(path), "DOCX expands to more than "
                                                    f"{MAX_MEMBER_BYTES:,} bytes", status="skipped")
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise UnreadableDocument(str(path), f"corrupt DOCX ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # lxml XML errors inside a damaged package
        raise UnreadableDocument(str(path), f"corrupt DOCX ({type(exc).__name__})") from exc
    return [(" ".join(p.text.split()), next((h.url for h in p.hyperlinks if h.url), ""))
            for p in document.paragraphs]


def _rtf_lines(data: bytes, path: Path) -> list[tuple[str, str]]:
    """Return the lines of an RTF file's text as ``(text, "")`` pairs (links are not kept).

    Raises:
        UnreadableDocument: the file is not RTF.
    """
    if not data.lstrip().startswith(b"{\\rtf"):
        raise UnreadableDocument(str(path), "not an RTF file (no {\\rtf header)")
    text = rtf_to_text(data.decode("cp1252", errors="replace"), errors="ignore")
    return [(" ".join(line.split()), "") for line in text.splitlines()]
