"""Small input files of every format the corpus layer reads, written by the tests themselves.

Each writer makes a file the way its tool exports it (a scraper's CSV, a Parquet table, a
news-please JSON Lines crawl, a saved news page, a Nexis Uni DOCX export, a WARC crawl), with
page furniture (menus, cookie banners, share bars, footers) that must not reach the sentences.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pandas as pd
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.shared import OxmlElement, qn
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = ("Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Hobart", "Accra", "Bergen",
          "Cusco", "Dakar", "Gdansk", "Halifax", "Izmir", "Jaipur", "Kyiv", "Leeds")
#: Page furniture: none of these may appear in a sentence.
BOILERPLATE = ("We use cookies", "Subscribe to our newsletter", "All rights reserved",
               "Share on Facebook", "Most read", "Skip to content", "Load-Date", "Copyright",
               "Length:", "Classification", "End of Document")


def story(i: int) -> tuple[str, str]:
    """Return ``(title, body)`` of a short distinct article (paragraphs on lines)."""
    place = PLACES[i % len(PLACES)]
    title = f"{place} port reopens after storm number {i}"
    body = (f"Officials in {place} said the harbour reopened on Monday after {i + 2} days of repairs.\n"
            f"“We are confident the quays will hold,” said Mayor Ana Silva{i}, who visited the site.\n"
            f"Shipping companies could resume regular service next week, according to the port authority.")
    return title, body


def page(i: int, *, url: str = "", date: str = "2026-03-02") -> str:
    """Return a news page with its article inside menus, banners and footers."""
    title, body = story(i)
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines())
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    published = f'<meta property="article:published_time" content="{date}T10:00:00Z">' if date else ""
    return (f"<!DOCTYPE html><html><head><title>{title} | Daily Planet</title>"
            f'<meta property="og:title" content="{title}"><meta name="author" content="Jane Roe">'
            f'{published}<meta property="og:site_name" content="Daily Planet">{canonical}'
            "</head><body>"
            '<a href="#main">Skip to content</a><nav><ul><li><a href="/">Home</a></li>'
            '<li><a href="/world">World</a></li></ul></nav>'
            '<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>'
            f'<article><h1>{title}</h1><div class="share"><p>Share on Facebook</p></div>{paragraphs}'
            '</article><aside><h3>Most read</h3><p>Subscribe to our newsletter for daily news.</p>'
            '</aside><footer><p>Copyright 2026 Daily Planet. All rights reserved.</p></footer>'
            "</body></html>")


def write_csv(path: Path, ids: range) -> None:
    """Write a scraper-style CSV: id, headline, body, source, publish_date, url, byline."""
    rows = [{"id": f"c{i}", "headline": story(i)[0], "body": story(i)[1], "source": "Harbour Times",
             "publish_date": f"2026-02-{i:02d}", "url": f"https://harbour.example/{i}",
             "byline": "Lee Park"} for i in ids]
    pd.DataFrame(rows).to_csv(path, index=False)


def write_parquet(path: Path, ids: range) -> None:
    """Write a Parquet table with Media Cloud-style columns and real timestamps."""
    rows = [{"stories_id": 1000 + i, "title": story(i)[0], "text": story(i)[1],
             "media_name": "Coast Herald", "publish_date": pd.Timestamp(f"2026-01-{i:02d} 08:30"),
             "url": f"https://coast.example/story/{i}", "authors": "Kim Lee"} for i in ids]
    pd.DataFrame(rows).to_parquet(path, index=False)


def write_news_please(path: Path, ids: range) -> None:
    """Write news-please JSON Lines (its field names; ``text`` empty, the article in ``maintext``)."""
    with path.open("w", encoding="utf-8") as handle:
        for i in ids:
            title, body = story(i)
            handle.write(json.dumps({
                "authors": ["Ravi Shah", "Mia Chen"], "date_download": "2026-03-05 10:00:00",
                "date_publish": f"2026-03-{i:02d} 09:15:00", "description": "A port reopens.",
                "language": "en", "maintext": body, "source_domain": "portnews.example",
                "text": None, "title": title, "url": f"https://portnews.example/a/{i}"}) + "\n")


def _hyperlink(paragraph, text: str, url: str) -> None:
    """Append a hyperlink run to a python-docx paragraph (Nexis links each title)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run, node = OxmlElement("w:r"), OxmlElement("w:t")
    node.text = text
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def nexis_lines(ids: range) -> list[tuple[str, str]]:
    """Return the ``(line, link)`` paragraphs of a Nexis Uni export of the given stories."""
    lines = [("User Name: = reporter", ""), ("Date and Time: = 2026-03-09", ""),
             ("Job Number: = 123456", ""), ("Documents (3)", ""), ("Client/Matter: -None-", ""),
             ("Search Terms: port reopens", ""), ("", "")]
    for i in ids:
        title, body = story(i)
        lines += [(title, f"https://advance.lexis.example/document?id=urn:{i}"),
                  ("The Guardian (London)", ""), (f"March {i}, 2026 Monday", ""),
                  ("Copyright 2026 Guardian News Ltd. All rights reserved", ""),
                  ("Section: WORLD NEWS; Pg. 12", ""), ("Length: 64 words", ""),
                  (f"Byline: Sam Ortiz{i}", ""), ("", ""), ("Body", ""), ("", "")]
        lines += [(line, "") for line in body.splitlines()]
        lines += [("", ""), ("Classification", ""), ("Language: ENGLISH", ""),
                  ("Load-Date: March 10, 2026", ""), ("", ""), ("End of Document", "")]
    return lines


def write_nexis_docx(path: Path, ids: range) -> None:
    """Write a Nexis Uni-style DOCX export of several articles."""
    document = docx.Document()
    for line, link in nexis_lines(ids):
        paragraph = document.add_paragraph()
        if link:
            _hyperlink(paragraph, line, link)
        else:
            paragraph.add_run(line)
    document.save(path)


def write_warc(path: Path, pages: dict[str, str], *, date: str = "2026-03-04T12:00:00Z") -> None:
    """Write a gzipped WARC: per page a request and an HTML response, plus an image response."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, html in pages.items():
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                warc_headers_dict={"WARC-Date": date}))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers,
                warc_headers_dict={"WARC-Date": date}))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://site.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"),
            http_headers=image, warc_headers_dict={"WARC-Date": date}))


def mixed_folder(folder: Path) -> Path:
    """Write the six-format folder of 14 articles (3 CSV, 3 Parquet, 2 JSONL, 1 page, 3 DOCX, 2 WARC)."""
    folder.mkdir(parents=True, exist_ok=True)
    write_csv(folder / "scraped.csv", range(1, 4))
    write_parquet(folder / "archive.parquet", range(4, 7))
    write_news_please(folder / "crawl.jsonl", range(7, 9))
    (folder / "saved_page.html").write_text(page(9, url="https://planet.example/9"), encoding="utf-8")
    write_nexis_docx(folder / "nexis_export.docx", range(10, 13))
    write_warc(folder / "crawl.warc.gz", {f"https://web.example/{i}": page(i, date="")
                                          for i in range(13, 15)})
    return folder
