"""Every input format a newsroom exports: one Document per article, with provenance and metadata."""

from __future__ import annotations

import pytest

from analysis.corpus import Columns, DocumentIssue, read_corpus, read_document
from analysis.corpus.html import extract_html
from analysis.corpus.model import iso_date
from analysis.corpus.nexis import split_articles
from analysis.runner import run_analysis
from tests.corpus_fixtures import (
    BOILERPLATE,
    mixed_folder,
    nexis_lines,
    page,
    story,
    write_csv,
    write_nexis_docx,
    write_parquet,
    write_warc,
)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = mixed_folder(tmp_path_factory.mktemp("mixed") / "in")
    tables = run_analysis(folder, tmp_path_factory.mktemp("out"), use_cache=False)
    return folder, tables


def test_mixed_folder_gives_all_14_articles(mixed):
    docs = mixed[1]["documents"]
    assert (docs["status"] == "ok").all(), docs[["doc_id", "status", "error"]]
    assert len(docs) == 14
    assert sorted(docs["source_format"].value_counts().items()) == [
        ("csv", 3), ("docx", 3), ("html", 1), ("jsonl", 2), ("parquet", 3), ("warc", 2)]


def test_every_article_has_title_date_and_url(mixed):
    docs = mixed[1]["documents"]
    for row in docs.itertuples():
        assert row.title and row.url and row.published, row
        assert iso_date(row.published) == row.published and len(row.published) == 10, row
    titles = set(docs["title"])
    assert titles == {story(i)[0] for i in range(1, 15)}


def test_no_boilerplate_in_sentences(mixed):
    text = "\n".join(mixed[1]["sentences"]["text"])
    for phrase in BOILERPLATE:
        assert phrase not in text, phrase
    # every article's three body paragraphs are there
    assert len(mixed[1]["sentences"].query("text.str.startswith('Officials in')")) == 14


def test_provenance_and_stable_ids(mixed):
    docs = mixed[1]["documents"].set_index("doc_id")
    assert docs.loc["scraped:c2", "container"] == "scraped.csv#row=2"
    assert docs.loc["archive:1005", "container"] == "archive.parquet#row=2"
    assert docs.loc["crawl:2", "container"] == "crawl.jsonl#line=2"
    assert docs.loc["nexis_export:3", "container"] == "nexis_export.docx#article=3"
    assert docs.loc["saved_page", "container"] == "saved_page.html"
    warc = docs[docs["source_format"] == "warc"]
    assert list(warc["container"]) == ["crawl.warc.gz#record=2", "crawl.warc.gz#record=4"]
    assert docs.index.is_unique


def test_metadata_mapped_from_each_format(mixed):
    docs = mixed[1]["documents"].set_index("doc_id")
    assert tuple(docs.loc["scraped:c1", ["outlet", "published", "author"]]) == (
        "Harbour Times", "2026-02-01", "Lee Park")
    assert tuple(docs.loc["archive:1004", ["outlet", "published", "url"]]) == (
        "Coast Herald", "2026-01-04", "https://coast.example/story/4")
    assert tuple(docs.loc["crawl:1", ["outlet", "published", "author"]]) == (
        "portnews.example", "2026-03-07", "Ravi Shah; Mia Chen")
    assert tuple(docs.loc["nexis_export:1", ["outlet", "published", "author"]]) == (
        "The Guardian (London)", "2026-03-10", "Sam Ortiz10")
    assert docs.loc["nexis_export:1", "url"].endswith("urn:10")
    assert tuple(docs.loc["saved_page", ["outlet", "author", "published"]]) == (
        "Daily Planet", "Jane Roe", "2026-03-02")
    # a WARC page without a date of its own takes the capture date
    assert set(docs.loc[docs["source_format"] == "warc", "published"]) == {"2026-03-04"}
    assert set(docs.loc[docs["source_format"] == "warc", "url"]) == {
        "https://web.example/13", "https://web.example/14"}


def test_offsets_index_the_text_of_each_container(mixed):
    tables = mixed[1]
    for row in tables["documents"].itertuples():
        text = read_document(row.path, container=row.container).text
        for sent in tables["sentences"].query("doc_id == @row.doc_id").itertuples():
            assert text[sent.start_char:sent.end_char] == sent.text


def test_texts_reread_for_the_notebooks_match(mixed):
    from analysis.findings import document_texts

    tables = mixed[1]
    texts = document_texts(tables)
    assert len(texts) == 14
    for row in tables["documents"].itertuples():
        assert texts[row.doc_id] == read_document(row.path, container=row.container).text


def test_column_flags_name_other_columns(tmp_path):
    import pandas as pd

    pd.DataFrame({"story": [story(1)[1]], "hed": ["Custom"], "body": ["not this one"]}).to_csv(
        tmp_path / "t.csv", index=False)
    [document] = read_corpus(tmp_path, columns=Columns().preferring(text="story", title="hed"))
    assert document.text.startswith("Officials in") and document.metadata["title"] == "Custom"


def test_table_without_text_column_is_one_issue(tmp_path):
    import pandas as pd

    pd.DataFrame({"x": ["a", "b"]}).to_csv(tmp_path / "t.csv", index=False)
    [issue] = read_corpus(tmp_path)
    assert isinstance(issue, DocumentIssue) and "no text column" in issue.error
    assert "--text-column" in issue.error


def test_empty_row_is_an_issue_and_others_are_read(tmp_path):
    write_csv(tmp_path / "a.csv", range(1, 3))
    import pandas as pd

    frame = pd.read_csv(tmp_path / "a.csv")
    frame.loc[0, "body"] = ""
    frame.to_csv(tmp_path / "a.csv", index=False)
    items = list(read_corpus(tmp_path))
    assert isinstance(items[0], DocumentIssue) and items[0].container == "a.csv#row=1"
    assert not isinstance(items[1], DocumentIssue)


def test_nexis_export_split_at_end_of_document():
    articles = split_articles(nexis_lines(range(1, 4)))
    assert [meta["title"] for _, meta in articles] == [story(i)[0] for i in range(1, 4)]
    assert all(body == story(i)[1].splitlines() for i, (body, _) in zip(range(1, 4), articles))


def test_plain_word_file_is_one_article(tmp_path):
    import docx

    document = docx.Document()
    for line in story(1)[1].splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "letter.docx")
    [item] = read_corpus(tmp_path)
    assert item.doc_id == "letter" and item.text == story(1)[1]


def test_rtf_export(tmp_path):
    body = "\\par ".join(line for line, _ in nexis_lines(range(1, 3)))
    (tmp_path / "export.rtf").write_text("{\\rtf1\\ansi " + body + "}", encoding="ascii",
                                         errors="ignore")
    items = list(read_corpus(tmp_path))
    assert [i.metadata["title"] for i in items] == [story(1)[0], story(2)[0]]


def test_html_page_metadata_and_main_text():
    text, meta = extract_html(page(3, url="https://x.example/3"), name="p")
    assert text.splitlines()[1:] == story(3)[1].splitlines()
    assert meta["title"] == story(3)[0] and meta["url"] == "https://x.example/3"


def test_corrupt_files_are_named_and_the_rest_read(tmp_path):
    write_csv(tmp_path / "good.csv", range(1, 3))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not parquet at all")
    write_warc(tmp_path / "cut.warc.gz", {f"https://w.example/{i}": page(i) for i in (5, 6)})
    data = (tmp_path / "cut.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])  # truncated mid-record
    items = {i.doc_id: i for i in read_corpus(tmp_path)}
    issues = {k: v for k, v in items.items() if isinstance(v, DocumentIssue)}
    assert "corrupt DOCX" in issues["broken"].error
    assert "Parquet" in issues["broken~2"].error or "Parquet" in issues["broken"].error
    assert any(v.path.endswith("cut.warc.gz") for v in issues.values())
    assert [k for k in items if k.startswith("good:")] == ["good:c1", "good:c2"]
    assert any(k.startswith("cut:") and not isinstance(v, DocumentIssue) for k, v in items.items())


def test_parquet_dataset_folder_is_read_in_order(tmp_path):
    dataset = tmp_path / "ds"
    for part, ids in enumerate((range(1, 3), range(3, 5))):
        (dataset / f"year=202{part}").mkdir(parents=True)
        write_parquet(dataset / f"year=202{part}" / "part.0.parquet", ids)
    ids = [i.doc_id for i in read_corpus(dataset)]
    assert ids == ["part.0:1001", "part.0:1002", "part.0:1003", "part.0:1004"]


def test_one_file_as_input(tmp_path):
    write_nexis_docx(tmp_path / "export.docx", range(1, 3))
    assert [i.doc_id for i in read_corpus(tmp_path / "export.docx")] == ["export:1", "export:2"]


@pytest.mark.parametrize("value,expected", [
    ("2026-03-02T10:00:00Z", "2026-03-02"), ("2026-03-02 09:15:00", "2026-03-02"),
    ("March 3, 2026 Tuesday", "2026-03-03"), ("3 Sept. 2026", "2026-09-03"),
    ("Sept 3, 2026", "2026-09-03"), ("last week", "last week"), ("", ""),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_command_line_names_corrupt_containers_and_analyses_the_rest(tmp_path, capsys):
    import pandas as pd

    from analysis.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    write_parquet(folder / "good.parquet", range(1, 3))
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (folder / "broken_table.parquet").write_bytes(b"PAR1 not parquet")
    write_warc(folder / "cut.warc.gz", {f"https://w.example/{i}": page(i) for i in (5, 6)})
    data = (folder / "cut.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(data[: len(data) * 4 // 5])  # the second page cut off
    status = main(["analyze", str(folder), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{folder / 'broken.docx'}: corrupt DOCX" in err
    assert f"{folder / 'broken_table.parquet'}: corrupt Parquet" in err
    assert f"{folder / 'cut.warc.gz'}#record=4: truncated record" in err
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False)
    assert docs.set_index("container")["status"].to_dict() == {
        "good.parquet#row=1": "ok", "good.parquet#row=2": "ok", "broken.docx": "error",
        "broken_table.parquet": "error", "cut.warc.gz#record=2": "ok",
        "cut.warc.gz#record=4": "error"}
