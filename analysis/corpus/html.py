"""Saved web pages (.html, .htm): the article's main text and its metadata.

The extractor is trafilatura (main text without navigation, cookie banners, share bars, related
links and footers; title, author, date, site name and canonical URL from the page's metadata).
Where trafilatura cannot be imported (its lxml.html.clean dependency missing), a built-in
extractor reads the page's ``<article>`` or ``<main>`` with BeautifulSoup and the usual meta tags;
``EXTRACTOR`` says which one runs. Either way ``Document.text`` is the extracted text, one
paragraph per line, and offsets index that text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bs4 import BeautifulSoup

from analysis.corpus.decoding import decode_bytes, read_bytes
from analysis.corpus.model import MAX_BYTES, Document, make_document
from analysis.errors import UnreadableDocument

try:
    import trafilatura
except ImportError:  # trafilatura 2.x needs lxml_html_clean, which lxml no longer bundles
    trafilatura = None

SUFFIXES = (".html", ".htm")
EXTRACTOR = "trafilatura" if trafilatura is not None else "builtin"
#: Elements dropped before the built-in extractor reads the page.
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "form", "button", "iframe", "svg", "figure")
#: class/id words of page furniture (cookie banners, share bars, newsletters, related links).
_FURNITURE = re.compile(r"cookie|consent|share|social|newsletter|subscribe|related|promo|advert|"
                        r"\bad\b|comment|breadcrumb|byline|menu|paywall", re.IGNORECASE)
#: Dates from the page's markup only: htmldate's extensive search takes "Copyright 2026" for a
#: publication date (2026-01-01), which is worse than no date (a WARC record then gives its own).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLOCKS = ("p", "h1", "h2", "h3", "li", "blockquote")
_META = {
    "title": (("property", "og:title"), ("name", "twitter:title")),
    "author": (("name", "author"), ("property", "article:author")),
    "published": (("property", "article:published_time"), ("name", "date"),
                  ("itemprop", "datePublished"), ("name", "pubdate")),
    "outlet": (("property", "og:site_name"), ("name", "application-name")),
    "url": (("property", "og:url"),),
}


def looks_like_html(text: str) -> bool:
    """Return True when a text file is really an HTML page."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def extract_html(markup: str, *, name: str, url: str = "") -> tuple[str, dict[str, str]]:
    """Return an HTML page's article text (one paragraph per line) and its metadata.

    Metadata keys: ``title, author, published, outlet, url`` (empty when the page has none;
    ``url`` falls back to the ``url`` given, e.g. a WARC record's target URI).

    Raises:
        UnreadableDocument: the page holds no article text.
    """
    text, meta = _trafilatura(markup, url=url) if trafilatura is not None else _builtin(markup)
    meta = {k: v for k, v in meta.items() if v}
    meta.setdefault("url", url)
    if not text.strip():
        raise UnreadableDocument(name, "HTML page with no article text", status="skipped")
    return text, meta


def read_html_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Return the :class:`Document` of one saved page.

    Raises:
        UnreadableDocument: the file is unreadable, too large, undecodable or holds no text.
    """
    data = read_bytes(path, max_bytes=max_bytes)
    markup, encoding = decode_bytes(data, name=str(path))
    return html_document(markup, path=path, encoding=encoding, data=data)


def html_document(markup: str, *, path: Path, encoding: str, data: bytes) -> Document:
    """Return the :class:`Document` of a page already decoded (a file, or a text file that is HTML)."""
    text, meta = extract_html(markup, name=str(path))
    return make_document(text, doc_id=path.stem, path=path, container=path.name,
                         source_format="html", metadata=meta, encoding=encoding,
                         sha256=hashlib.sha256(data).hexdigest())


def _trafilatura(markup: str, *, url: str) -> tuple[str, dict[str, str]]:
    """Return trafilatura's main text and metadata of a page."""
    found = trafilatura.bare_extraction(markup, url=url or None, with_metadata=True,
                                        include_comments=False, include_tables=False,
                                        favor_precision=True,
                                        date_extraction_params=_DATE_PARAMS)
    if found is None:
        return "", {}
    return found.text or "", {"title": found.title or "", "author": found.author or "",
                              "published": found.date or "", "outlet": found.sitename or "",
                              "url": found.url or ""}


def _builtin(markup: str) -> tuple[str, dict[str, str]]:
    """Return the page's article text and meta-tag metadata, read with BeautifulSoup."""
    soup = BeautifulSoup(markup, "html.parser")
    meta = _meta_tags(soup)
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"class": _FURNITURE}) + soup.find_all(attrs={"id": _FURNITURE}):
        if tag.name not in ("article", "main", "body") and not tag.decomposed:
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines = []
    for block in root.find_all(_BLOCKS) or [root]:
        if block.find_parent(_BLOCKS) is not None or _link_only(block):
            continue  # nested blocks are read with their parent; "Read more" links are furniture
        line = " ".join(block.get_text(" ", strip=True).split())
        if line:
            lines.append(line)
    return "\n".join(lines), meta


def _link_only(block) -> bool:
    """Return True when a block's text is all link text (a menu item, a "Read more" link)."""
    text = block.get_text(" ", strip=True)
    links = " ".join(a.get_text(" ", strip=True) for a in block.find_all("a"))
    return bool(text) and len(links) >= len(text)


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """Return title, author, date, site name and URL from a page's meta tags."""
    meta: dict[str, str] = {}
    for key, selectors in _META.items():
        for attr, value in selectors:
            tag = soup.find("meta", attrs={attr: value})
            if tag is not None and tag.get("content", "").strip():
                meta[key] = tag["content"].strip()
                break
    if "title" not in meta:
        heading = soup.find("h1") or soup.find("title")
        meta["title"] = heading.get_text(" ", strip=True) if heading is not None else ""
    canonical = soup.find("link", attrs={"rel": "canonical"})
    if canonical is not None and canonical.get("href"):
        meta["url"] = canonical["href"]
    return meta
