"""Messy folders: every bad file is named with a reason and the good ones are still analysed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from analysis.corpus import text_document
from analysis.evidence import document_html
from analysis.pipeline import issue_row, split_duplicates
from analysis.runner import analyze_text, run_analysis
from analysis.tables import check_spans

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_cb6ded0eeada37bf.txt"
HOSTILE = ('Officials said <script>alert("pwned")</script> and <img src=x onerror=alert(1)> '
           'were posted at javascript:alert(2) by =cmd|calc. (Reuters)')


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy")
    shutil.copy(SEED, folder / SEED.name)
    (folder / "crlf_utf16.txt").write_bytes(
        "\ufeffThe mayor said the bridge could reopen.\r\nTraffic resumed. (AP)".encode("utf-16-le"))
    (folder / "french.txt").write_text(
        "Le ministre a déclaré que la réunion était constructive et que les discussions "
        "continueraient la semaine prochaine à Paris, selon des sources proches du dossier.",
        encoding="utf-8")
    (folder / "huge.txt").write_text("Officials said prices rose. " * 1_900_000, encoding="utf-8")
    long_text = "\n".join([SEED.read_text(encoding="utf-8")] * 40)
    (folder / "long.txt").write_text(long_text, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><body><article><p>Analysts said rates may rise.</p>"
        '<p><a href="javascript:alert(1)">Read more</a></p></article></body></html>', encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    tables = run_analysis(folder, tmp_path_factory.mktemp("out"), use_cache=False)
    return folder, before, tables


def doc(tables, doc_id):
    return tables["documents"].set_index("doc_id").loc[doc_id]


def test_input_untouched(messy):
    folder, before, _ = messy
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()} == before


def test_huge_file_is_named_and_skipped(messy):
    row = doc(messy[2], "huge")
    assert row["status"] == "skipped" and "too large" in row["error"]


def test_non_english_is_flagged_not_misanalysed(messy):
    row = doc(messy[2], "french")
    assert (row["status"], row["language"]) == ("skipped", "fr")
    assert not (messy[2]["sentences"]["doc_id"] == "french").any()


def test_utf16_crlf_offsets_index_the_text_as_read(messy):
    folder, _, tables = messy
    row = doc(tables, "crlf_utf16")
    assert (row["status"], row["encoding"]) == ("ok", "utf-16")
    text = (folder / "crlf_utf16.txt").read_bytes().decode("utf-16")
    sents = tables["sentences"].query("doc_id == 'crlf_utf16'")
    check_spans(sents, {"crlf_utf16": text})
    assert sents["paragraph_id"].tolist() == [0, 1, 1]  # "(AP)" is its own sentence
    credit = tables["attributions"].query("doc_id == 'crlf_utf16' and kind == 'credit'")
    assert credit["source"].tolist() == ["Associated Press"]  # alias table


def test_long_document_is_parsed_in_chunks_with_exact_offsets(messy):
    folder, _, tables = messy
    text = (folder / "long.txt").read_text(encoding="utf-8")
    assert len(text) > 100_000
    for name in ("sentences", "entities", "hedges"):
        check_spans(tables[name].query("doc_id == 'long'"), {"long": text}, name=name)
    credits = tables["attributions"].query("doc_id == 'long' and kind == 'credit'")
    assert len(credits) == 5 * 40


def test_html_file_text_only(messy):
    row = doc(messy[2], "page")
    assert (row["status"], row["source_format"]) == ("ok", "html")
    sents = messy[2]["sentences"].query("doc_id == 'page'")["text"].tolist()
    assert sents == ["Analysts said rates may rise."]  # a link-only "Read more" is page furniture


def test_every_good_document_analysed(messy):
    docs = messy[2]["documents"].set_index("doc_id")["status"].to_dict()
    assert docs == {"000_cb6ded0eeada37bf": "ok", "crlf_utf16": "ok", "french": "skipped",
                    "hostile": "ok", "huge": "skipped", "long": "ok", "page": "ok"}


@pytest.mark.parametrize("inside", [".", "out", "sub/out"])
def test_out_inside_the_input_is_refused(tmp_path, inside):
    from analysis.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    status = main(["analyze", str(folder), "--out", str(folder / inside), "--quiet"])
    assert status == 1
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before  # nothing written


def test_out_inside_the_input_names_the_folder(tmp_path, capsys):
    from analysis.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    main(["analyze", str(folder), "--out", str(folder / "tables"), "--quiet"])
    err = capsys.readouterr().err
    assert "inside the input folder" in err and str(folder) in err


def test_evidence_view_escapes_article_text():
    tables = analyze_text(HOSTILE, doc_id="h")
    page = document_html("h", HOSTILE, tables, title='<b onmouseover="x">title</b>')
    import re

    assert "<script" not in page and "<img" not in page
    visible = re.sub(r"</?span[^>]*>", "", page)
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in visible
    assert "onerror=alert(1)&gt;" in visible and "&lt;b onmouseover" in visible


@pytest.mark.slow
def test_report_on_hostile_folder_escapes_and_compares(tmp_path):
    from analysis.report import build_report

    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "other.txt").write_text(
        "“We could lose the harvest,” said Amina Diallo, a farmer in Kayes.\n"
        "Officials insisted the dam was certainly safe. (AFP)", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "doc_id,title,outlet,published,url\nhostile,<script>alert(3)</script>,=Evil,2026-01-01,\n"
        "other,Harvest fears,AFP,2026-02-01,\n", encoding="utf-8")
    paths = build_report(folder, tmp_path / "report")
    page = paths["html"].read_text(encoding="utf-8")
    assert 'alert("pwned")</script>' not in page and "<script>alert(3)" not in page
    assert "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert" in page
    assert "Amina Diallo" in page and "Documents compared" in page
    assert "Traceback" not in page


def test_duplicate_names_the_earlier_document_even_with_spaces_in_its_id():
    first = text_document("Same words.", doc_id="my article")
    second = text_document("Same words.", doc_id="my copy")
    items = list(split_duplicates([first, second]))
    row = issue_row(items[1])
    assert row["status"] == "skipped" and row["duplicate_of"] == "my article"
