"""Tables for readers and article text shown as written (dollar amounts are not mathematics)."""

from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output
from nbconvert.filters import markdown2html

from analysis import evidence, findings, show
from analysis.report import combine, print_copy, write_html

DOLLARS = "The deal is worth $5 million now and $10 million in 2027."
#: What MathJax (JupyterLab's inline maths, ``$...$``) would typeset: a pair of unescaped dollars.
UNESCAPED_MATH = re.compile(r"(?<!\\)\$[^$]+(?<!\\)\$")


@pytest.fixture(scope="module")
def shell():
    return InteractiveShell.instance()


def outputs_of(shell, call) -> list:
    """Return the display outputs ``call()`` publishes."""
    with capture_output() as captured:
        call()
    return captured.outputs


@pytest.mark.parametrize(("column", "words"), [
    ("n_words", "Words"), ("n_sentences", "Sentences"), ("share_of_words", "Share of words"),
    ("doc_id", "Document"), ("hedges_per_100_words", "Hedges per 100 words"), ("entity", "Entity"),
    ("source_basis", "Source known from")])
def test_headers_in_words(column, words):
    assert show.header(column) == words


def test_no_row_index_column_but_a_named_index_is_kept():
    df = pd.DataFrame({"n_words": [3, 4]}, index=[7, 8])
    html = show.static_html(df)
    assert "<th>Words</th>" in html and ">7<" not in html and "<th></th>" not in html
    grouped = pd.DataFrame({"entity_type": ["place", "person"], "n": [1, 2]}).groupby("entity_type").sum()
    assert list(show.readable(grouped).columns) == ["Entity type", "N"]


def test_empty_table_becomes_a_sentence(shell):
    outs = outputs_of(shell, lambda: show.table(pd.DataFrame(columns=["doc_id"]), name="x",
                                                empty="Every file was analysed."))
    assert [o.data.get("text/markdown") for o in outs] == ["Every file was analysed."]


def test_short_table_is_plain_and_long_table_interactive_on_screen_capped_in_print(shell):
    short = pd.DataFrame({"doc_id": list("abc")})
    (out,) = outputs_of(shell, lambda: show.table(short, name="short"))
    assert "ITable" not in out.data["text/html"] and show.PRINT_MIME not in out.data
    long = pd.DataFrame({"doc_id": [f"d{i}" for i in range(40)], "n_words": range(40)})
    (out,) = outputs_of(shell, lambda: show.table(long, name="long", source="tables/documents.csv"))
    screen, printed = out.data["text/html"], out.data[show.PRINT_MIME]
    assert "new ITable(" in screen and 'id="nr_long"' in screen
    assert "src=" not in screen and "from 'http" not in screen  # offline: the loader is embedded once
    assert printed.count("<tr") == show.PRINT_ROWS + 1  # header + capped rows
    assert "All 40 rows: tables/documents.csv and the HTML report." in printed
    assert out.data[show.PRINT_WHOLE_MIME].count("<tr") == 41
    (again,) = outputs_of(shell, lambda: show.table(long, name="long", source="tables/documents.csv"))
    assert again.data == out.data  # no random table ids: reruns are byte-identical


def test_short_table_with_a_long_text_is_whole_on_screen_and_cut_in_print(shell):
    terms = ", ".join(f"term{i}" for i in range(60))  # a source's many hedge terms
    df = pd.DataFrame({"source": ["Ann", "Bo"], "terms": [terms, "may"]})
    (out,) = outputs_of(shell, lambda: show.table(df, name="terms"))
    assert terms in out.data["text/html"] and terms in out.data[show.PRINT_WHOLE_MIME]
    printed = out.data[show.PRINT_MIME]
    assert terms not in printed and terms[: show.PRINT_CELL_CHARS - 1] + "…" in printed
    assert "Long texts cut; whole in the HTML report." in printed


def test_dollar_amounts_are_not_typeset_as_maths(shell):
    outputs_of(shell, show.setup)
    assert pd.get_option("display.html.use_mathjax") is False
    # A claim: rendered to HTML inside an element MathJax (JupyterLab's) leaves alone.
    (out,) = outputs_of(shell, lambda: show.claim("**TASS**: " + findings.md(DOLLARS)))
    assert "mathjax_ignore" in out.data["text/html"] and "<strong>TASS</strong>" in out.data["text/html"]
    assert "$5 million now and $10 million" in out.data["text/html"]
    # Markdown from article text escapes "$" (JupyterLab 4 still typesets escaped dollars in a
    # Markdown output, hence show.claim; nbconvert renders the escape as written).
    text = findings.md(DOLLARS)
    assert "\\$5 million" in text and "\\$10 million" in text
    assert not UNESCAPED_MATH.search(text) and UNESCAPED_MATH.search(DOLLARS)
    assert "$5 million now and $10 million" in markdown2html(text)
    # Tables: MathJax 2 and 3 are told to leave them alone, the text stays as written.
    html = show.static_html(pd.DataFrame({"text": [DOLLARS]}))
    assert "tex2jax_ignore" in html and "mathjax_ignore" in html and DOLLARS in html
    long = pd.DataFrame({"text": [DOLLARS] * 30})
    (out,) = outputs_of(shell, lambda: show.table(long, name="dollars"))
    assert "mathjax_ignore" in out.data["text/html"]


def _nb(*outputs_per_cell) -> nbformat.NotebookNode:
    cells = []
    for outputs in outputs_per_cell:
        cell = nbformat.v4.new_code_cell("x")
        cell.outputs = [nbformat.v4.new_output("display_data", data=d, metadata=m) for d, m in outputs]
        cells.append(cell)
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A"), *cells])


def test_combined_report_has_its_title_one_table_loader_and_a_printed_summary(tmp_path):
    loader = ({"text/html": "<script>loader</script>", show.PRINT_MIME: ""}, {show.SETUP_KEY: True})
    table = ({"text/html": "<table id=t></table><script>new ITable(t)</script>",
              show.PRINT_MIME: "<table>first rows</table>", show.PRINT_WHOLE_MIME: "<table>all</table>"}, {})
    paths = []
    for name in ("01-a.ipynb", "02-b.ipynb"):
        nbformat.write(_nb([loader], [table]), tmp_path / name)
        paths.append(tmp_path / name)
    combined = combine(paths, title="News report: x")
    assert combined.metadata["title"] == "News report: x"
    screen = [o.data["text/html"] for c in combined.cells if c.cell_type == "code" for o in c.outputs]
    assert screen.count("<script>loader</script>") == 1
    printed = [o.data["text/html"] for c in print_copy(combined).cells if c.cell_type == "code" for o in c.outputs]
    assert printed == ["<table>first rows</table>"] * 2
    whole = [o.data["text/html"] for c in print_copy(combined, whole=True).cells
             if c.cell_type == "code" for o in c.outputs]
    assert whole == ["<table>all</table>"] * 2
    nbformat.write(_nb([loader]), paths[1])
    nbformat.write(_nb([loader]), paths[0])
    assert not [o for c in combine(paths, title="t").cells if c.cell_type == "code" for o in c.outputs]


def test_reader_html_loads_no_mathjax_and_shows_dollars_as_written(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x")])
    nb.cells[0].outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": findings.md(DOLLARS)})]
    nb.metadata["title"] = "News report: dollars"
    html = write_html(nb, tmp_path / "r.html", with_code=False).read_text()
    assert "<title>News report: dollars</title>" in html
    assert "$5 million now and $10 million" in html
    assert not re.search(r"<script[^>]*src=[^>]*mathjax", html, re.IGNORECASE)


def test_evidence_view_is_searchable_and_shows_dollars_as_written(analyze):
    text = "Officials said the deal, worth $5 million, could fail.\nIt may cost $10 million, analysts said."
    tables = analyze(text)
    many = evidence.corpus_html(tables, texts={"t": text}, searchable=True)
    assert 'id="nr-search"' in many and '<details class="nr-article">' in many and "addEventListener" in many
    one = evidence.corpus_html(tables, texts={"t": text}, searchable=False)
    assert "<input" not in one and "<details" not in one
    for view in (many, one):
        assert "mathjax_ignore" in view and "$5 million" in view and "$10 million" in view
