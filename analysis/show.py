"""Tables and text for readers, as the notebooks display them.

A table is shown with its headers in words and no row index; an empty one is replaced by a
sentence. A short table is a plain HTML table everywhere. A long one is interactive on screen
(sort, search, pages: itables, with its JavaScript embedded so the HTML works offline) and is
capped in print: the display output carries a second, static rendering under :data:`PRINT_MIME`,
which the report's PDF uses (``analysis.report.print_copy``). JupyterLab ignores that MIME type.

Article text is shown as written: dollar amounts are never typeset as mathematics, neither in
tables (MathJax-ignore classes, pandas' ``display.html.use_mathjax`` off) nor in claims
(:func:`claim`: rendered to HTML under the same classes; :func:`analysis.findings.md` escapes ``$``).
"""

from __future__ import annotations

import html
import re

import itables
import mistune
import pandas as pd
from IPython.display import HTML, Markdown, display
from IPython.utils.capture import capture_output

from analysis import evidence, findings

#: MIME type of the static rendering the printed report uses in place of ``text/html``: a summary.
PRINT_MIME = "application/vnd.newsread.print+html"
#: The same, whole: what a report on a single article prints (it reads as one article's report).
PRINT_WHOLE_MIME = "application/vnd.newsread.print-whole+html"
#: Marks the display output that loads the interactive tables' JavaScript (one per report is enough).
SETUP_KEY = "newsread_setup"
#: Tables up to this many rows are shown whole, on screen and in print.
SHORT = 20
#: Rows of a longer table that the printed summary shows.
PRINT_ROWS = 15
#: In the printed summary of a long table, longer cell texts are cut to this many characters.
PRINT_CELL_CHARS = 160
#: Classes that stop MathJax 2 (classic Notebook) and MathJax 3 (JupyterLab 4) typesetting ``$``.
NO_MATH = "tex2jax_ignore mathjax_ignore"
#: Text reads left to right (JupyterLab right-aligns table cells by default).
TABLE_STYLE = "<style>.nr-table td, .nr-table th {text-align: left}</style>"
#: Column names that read better in other words than their snake_case name.
HEADERS = {
    "doc_id": "Document", "sent_id": "Sentence", "n_words": "Words", "n_sentences": "Sentences",
    "n_paragraphs": "Paragraphs", "n_chars": "Characters", "share_of_words": "Share of words",
    "source_type": "Source type", "source_basis": "Source known from", "entity_type": "Entity type",
    "in_quote": "In a quote", "credited_to": "Credited to", "start_char": "Start", "end_char": "End",
    "source_text": "Source as written", "hedges_per_100_words": "Hedges per 100 words",
    "boosters_per_100_words": "Boosters per 100 words", "anonymous_word_share": "Anonymous share of words",
    "certainty_balance": "Certainty balance", "error": "Reason",
}


def setup() -> None:
    """Set pandas and itables up for reader tables; display the tables' offline JavaScript once.

    Returns nothing: the loader is displayed as the cell's output, marked so a combined report
    keeps one copy and the printed report none.
    """
    pd.set_option("display.html.use_mathjax", False)
    pd.set_option("styler.html.mathjax", False)
    pd.set_option("display.max_colwidth", None)
    with capture_output(stdout=False, stderr=False) as captured:
        itables.init_notebook_mode(all_interactive=False, connected=False)
    for output in captured.outputs:
        display({**output.data, PRINT_MIME: ""}, raw=True, metadata={SETUP_KEY: True})


def claim(text: str) -> None:
    """Display a claim written in Markdown (from ``findings.say_*``), its dollar amounts as written.

    JupyterLab typesets ``$...$`` in Markdown output as mathematics even when escaped, so the claim
    is rendered to HTML here, inside an element MathJax leaves alone; the Markdown goes along for
    front-ends without HTML.
    """
    body = mistune.html(text)
    display({"text/html": f'<div class="nr-claim {NO_MATH}">{body}</div>', "text/markdown": text}, raw=True)


def header(column: object) -> str:
    """Return a column name in words: ``n_words`` -> "Words", ``share_of_words`` -> "Share of words"."""
    name = str(column)
    if name in HEADERS:
        return HEADERS[name]
    words = re.sub(r"^n_", "", name).replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """Return the table without its row index (a named index becomes a column), headers in words."""
    named = any(name is not None for name in df.index.names)
    out = df.reset_index() if named else df.reset_index(drop=True)
    return out.rename(columns={c: header(c) for c in out.columns})


def static_html(df: pd.DataFrame, *, limit: int | None = None, cell_chars: int | None = None) -> str:
    """Return the first ``limit`` rows (all when None) as a plain HTML table, cells escaped.

    With ``cell_chars``, longer texts are cut there and end in "…" (the printed summary).
    """
    shown = readable(df if limit is None else df.head(limit))
    if cell_chars is not None:
        shown = shown.map(lambda v: v[: cell_chars - 1] + "…" if isinstance(v, str) and len(v) > cell_chars else v)
    table_html = shown.to_html(index=False, escape=True, na_rep="", border=0, justify="left",
                               classes=f"nr-table {NO_MATH}")
    return TABLE_STYLE + table_html


def _interactive_html(df: pd.DataFrame, *, name: str) -> str:
    """Return the itables HTML of the whole table (sortable, searchable, paged), id from ``name``."""
    return itables.to_html_datatable(
        readable(df), table_id=f"nr_{re.sub(r'[^A-Za-z0-9_]', '_', name)}", connected=False,
        maxBytes=0, showIndex=False, classes=f"display compact {NO_MATH}", pageLength=10,
        lengthMenu=[10, 25, 50, 100], autoWidth=False, style="width:100%;caption-side:bottom",
        allow_html=False, display_logo_when_loading=False,
        columnDefs=[{"className": "dt-left", "targets": "_all"}])  # text reads left to right


def _has_long_text(df: pd.DataFrame) -> bool:
    """Return True when a cell holds text longer than :data:`PRINT_CELL_CHARS`."""
    return any(isinstance(v, str) and len(v) > PRINT_CELL_CHARS for v in df.to_numpy().ravel())


def _note(text: str) -> str:
    """Return a short note under a table."""
    return f'<p class="nr-note {NO_MATH}"><em>{html.escape(text)}</em></p>'


def table(df: pd.DataFrame, *, name: str, source: str = "", empty: str = "No rows.") -> None:
    """Display ``df`` for a reader: whole when short, interactive on screen and capped in print when long.

    Args:
        df: the table (its index is dropped unless named).
        name: a short identifier, unique in the report (the interactive table's HTML id).
        source: the file the rows come from, e.g. ``tables/attributions.csv``, named in the print note.
        empty: the sentence shown instead of an empty table.
    """
    if df.empty:
        display(Markdown(empty))
        return
    if len(df) <= SHORT:
        whole = static_html(df)
        if not _has_long_text(df):
            display(HTML(whole))
            return
        printed = static_html(df, cell_chars=PRINT_CELL_CHARS) + _note(
            "Long texts cut; whole in the HTML report.")
        display({"text/html": whole, PRINT_MIME: printed, PRINT_WHOLE_MIME: whole,
                 "text/plain": f"<{len(df)} rows: {name}>"}, raw=True)
        return
    where = f"{source} and the HTML report" if source else "the HTML report"
    printed = static_html(df, limit=PRINT_ROWS, cell_chars=PRINT_CELL_CHARS) + _note(
        f"The first {PRINT_ROWS} rows (long texts cut). All {len(df):,} rows: {where}.")
    display({"text/html": _interactive_html(df, name=name), PRINT_MIME: printed,
             PRINT_WHOLE_MIME: static_html(df), "text/plain": f"<{len(df)} rows: {name}>"}, raw=True)


def evidence_view(tables: dict[str, pd.DataFrame]) -> None:
    """Display every analysed article with its spans highlighted (searchable when there are several).

    In print, one article is shown whole; for several, the first and a note where the rest are.
    """
    texts = findings.document_texts(tables)
    if not texts:
        display(Markdown("No article was analysed."))
        return
    screen = evidence.corpus_html(tables, texts=texts, searchable=len(texts) > 1)
    if len(texts) == 1:
        display(HTML(screen))
        return
    first = evidence.corpus_html(tables, texts=dict(list(texts.items())[:1]), searchable=False)
    printed = first + _note(f"The first of {len(texts):,} articles. All {len(texts):,}, searchable: "
                            "the HTML report (report.html), this section.")
    display({"text/html": screen, PRINT_MIME: printed, "text/plain": f"<{len(texts)} articles>"}, raw=True)
