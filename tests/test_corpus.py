"""Reading folders: encodings, paragraphs, metadata, and bad files that must not stop a run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from analysis.corpus import (
    DocumentIssue,
    discover,
    paragraph_spans,
    read_corpus,
    read_document,
)
from analysis.errors import CorpusError, UnreadableDocument

ARTICLE = "Officials said the port reopened.\nTraffic resumed on Monday. (Reuters)"


def test_paragraph_spans_index_text_with_crlf():
    text = "First para.\r\n\r\n  Second para. \r\nThird."
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == ["First para.", "Second para.", "Third."]


def test_discover_is_sorted_and_ignores_other_files(tmp_path):
    for name in ("b.txt", "a.txt", "notes.md", ".hidden.txt", "c.html"):
        (tmp_path / name).write_text("Some text here.", encoding="utf-8")
    assert [p.name for p in discover(tmp_path)] == ["a.txt", "b.txt", "c.html"]


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.mkdir()])
def test_missing_or_empty_folder_is_a_corpus_error(tmp_path, make):
    folder = tmp_path / "articles"
    make(folder)
    with pytest.raises(CorpusError, match="articles"):
        discover(folder)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_legacy_encodings_are_detected(tmp_path, encoding):
    text = "Le ministre a déclaré que la réunion était « constructive », selon l’agence."
    if encoding == "latin-1":
        text = text.replace("’", "'")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    document = read_document(path)
    assert document.text == text
    assert document.encoding.replace("_", "-").lower() in {
        "latin-1", "iso-8859-1", "cp1252", "windows-1252", "utf-16", "iso8859-1"} or \
        document.encoding.startswith("cp125")


def test_utf8_bom_is_removed_and_recorded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfHello world.")
    document = read_document(path)
    assert (document.text, document.encoding) == ("Hello world.", "utf-8-sig")


@pytest.mark.parametrize("payload,status,reason", [
    (b"", "skipped", "empty"),
    (b"  \n\t \n", "skipped", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "error", "binary"),
])
def test_bad_files_are_issues_not_crashes(tmp_path, payload, status, reason):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(payload)
    items = list(read_corpus(tmp_path))
    issue = next(i for i in items if isinstance(i, DocumentIssue))
    assert (issue.doc_id, issue.status) == ("bad", status)
    assert reason in issue.error
    assert any(getattr(i, "doc_id", "") == "good" and not isinstance(i, DocumentIssue) for i in items)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    with pytest.raises(UnreadableDocument, match="permission"):
        read_document(path)


def test_permission_denied_is_an_issue_even_as_root(tmp_path, monkeypatch):
    """Root can read a chmod-0 file, so CI (often root) raises the error the OS would give a user."""
    (tmp_path / "locked.txt").write_text(ARTICLE)
    (tmp_path / "good.txt").write_text(ARTICLE.replace("port", "airport"))
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    items = {i.doc_id: i for i in read_corpus(tmp_path)}
    assert isinstance(items["locked"], DocumentIssue) and "permission denied" in items["locked"].error
    assert not isinstance(items["good"], DocumentIssue)


def test_symlink_loop_is_an_issue(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "good.txt").write_text(ARTICLE)
    items = {i.doc_id: i for i in read_corpus(tmp_path)}
    assert isinstance(items["loop"], DocumentIssue)


def test_oversize_file_is_skipped(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(UnreadableDocument, match="too large"):
        read_document(path, max_bytes=100)


def test_html_main_text_is_extracted_without_scripts(tmp_path):
    page = ("<html><head><script>alert(1)</script></head><body><nav>Menu</nav><article>"
            "<h1>Port reopens</h1><p>Officials said the port reopened.</p>"
            "<p>Traffic resumed. (Reuters)</p></article></body></html>")
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    document = read_document(path)
    assert document.text == "Port reopens\nOfficials said the port reopened.\nTraffic resumed. (Reuters)"
    assert document.source_format == "html"


def test_metadata_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "metadata.csv").write_text(
        'doc_id,title,outlet,published,url\na,"Port, reopened",Daily Planet,2026-01-02,\n')
    document = next(iter(read_corpus(tmp_path)))
    assert document.metadata == {"title": "Port, reopened", "outlet": "Daily Planet",
                                 "published": "2026-01-02", "url": "", "author": ""}


def test_malformed_metadata_is_reported_with_line_numbers(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("port", "airport"))
    (tmp_path / "metadata.csv").write_text(
        "doc_id,title,outlet\na,Port,Planet\nb,Too,many,fields\n,No id,Planet\na,Again,Planet\n")
    with pytest.raises(CorpusError, match="metadata.csv") as caught:
        list(read_corpus(tmp_path))
    message = str(caught.value)
    assert "line 3: 4 fields" in message and "line 4: empty doc_id" in message
    assert "line 5: doc_id 'a' repeated" in message and "line 2" not in message
