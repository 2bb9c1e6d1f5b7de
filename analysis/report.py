"""Render the report: run the notebooks on a folder, combine them, write HTML and PDF.

``python -m analysis report --seeds FOLDER --out REPORT_DIR`` writes to REPORT_DIR:
``report.html`` (reader: no code, table of contents, long tables interactive, every article's
evidence view, searchable), ``report.pdf`` (a summary printed by Chromium: long tables capped with a
note where all rows are, one article's evidence view), ``report-analyst.html`` (with code),
``notebooks/NN-*.ipynb`` (executed), ``tables/`` and ``figures/``. The notebooks in the repository
are never modified.
"""

from __future__ import annotations

import copy
import csv
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import nbformat

from analysis.corpus import discover
from analysis.errors import AnalysisError
from analysis.show import PRINT_MIME, PRINT_WHOLE_MIME, SETUP_KEY

ROOT = Path(__file__).resolve().parent.parent
#: Reader CSS: tables wrap and fit the page (screen and print), text columns left-aligned.
REPORT_CSS = """<style>
body{max-width:68em;margin:0 auto}
.jp-OutputArea-output, .jp-RenderedHTMLCommon, .jp-OutputArea-child{overflow-x:visible!important}
@media print{*{overflow:visible!important}}
.jp-RenderedHTMLCommon table{table-layout:auto;width:100%;font-size:9pt;border-collapse:collapse}
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th{white-space:normal;overflow-wrap:anywhere;
  text-align:left!important;vertical-align:top;max-width:32em;padding:2px 6px}
.jp-RenderedHTMLCommon th{overflow-wrap:normal;word-break:normal;font-size:8pt}
.jp-RenderedHTMLCommon tbody tr:nth-child(odd){background:#f5f5f5}
@media print{body{max-width:none}h1{break-before:page}h1:first-of-type{break-before:avoid}
  tr,img,svg{break-inside:avoid}}
</style>"""
#: A table header cell; column names break after their underscores ("n_<wbr>words").
_TABLE_HEADER = re.compile(r"(<th[^>]*>)([^<]*)(</th>)")
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)[0-9]{14}")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                  "--virtual-time-budget=10000"]


class ReportError(AnalysisError):
    """A notebook failed or the report could not be written."""


def execute_notebooks(seeds: Path, out: Path, *, notebooks: Path, gold: Path) -> list[Path]:
    """Execute every ``NN-*.ipynb`` with papermill parameters; return the executed copies."""
    import papermill

    work = out / "notebooks"
    work.mkdir(parents=True, exist_ok=True)
    executed = []
    for source in sorted(notebooks.glob("[0-9][0-9]-*.ipynb")):
        target = work / source.name
        try:
            papermill.execute_notebook(
                str(source), str(target), cwd=str(notebooks), progress_bar=False, log_output=False,
                kernel_name="python3",
                parameters={"SEEDS_DIR": os.path.relpath(seeds, notebooks),
                            "OUTPUT_DIR": os.path.relpath(out, notebooks),
                            "GOLD_DIR": os.path.relpath(gold, notebooks)})
        except papermill.PapermillExecutionError as exc:
            raise ReportError(f"{source.name}: cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}") from None
        strip_timings(target)
        executed.append(target)
    return executed


def strip_timings(path: Path) -> None:
    """Remove run times, absolute paths and random cell ids from an executed notebook.

    Reruns, and runs from another clone, are then byte-identical. A notebook with no interactive
    table also loses the tables' JavaScript loader (about 1 MB).
    """
    nb = nbformat.read(path, as_version=4)
    papermill = nb.metadata.get("papermill", {})
    papermill.update(start_time=None, end_time=None, duration=None)
    for key in ("input_path", "output_path"):  # absolute paths differ between clones
        if papermill.get(key):
            papermill[key] = Path(papermill[key]).name
    _drop_unused_loader(nb.cells)
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        cell["id"] = f"{path.stem[:2]}-run-{i:02d}"  # papermill gives its injected cell a random id
    _atomic_write_text(path, nbformat.writes(nb) + "\n")


def fixed_pdf_dates(data: bytes) -> bytes:
    """Return PDF bytes with Chromium's creation and modification dates set to a fixed value."""
    return _PDF_DATE.sub(lambda m: m.group(1) + b"20000101000000", data)  # same length: offsets hold


def combine(paths: list[Path], *, title: str) -> nbformat.NotebookNode:
    """Return one notebook: a title and table of contents, then every notebook's cells in order."""
    cells = []
    setup_seen = False
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            tags = cell.get("metadata", {}).get("tags", [])
            if "parameters" in tags or "injected-parameters" in tags:
                continue
            if cell.cell_type == "code":  # the tables' JavaScript is loaded once per report
                cell.outputs = [o for o in cell.get("outputs", [])
                                if not (_is_setup(o) and setup_seen)]
                setup_seen = setup_seen or any(_is_setup(o) for o in cell.outputs)
            cells.append(cell)
    _drop_unused_loader(cells)
    headings = [_heading(c) for c in cells if c.cell_type == "markdown"]
    toc = "\n".join(f"{'  ' * (level - 1)}- [{text}](#{_anchor(text)})"
                    for level, text in (h for h in headings if h) if level <= 2)
    intro = nbformat.v4.new_markdown_cell(
        f"# {title}\n\nA report on who is in the news, who is speaking, and how sure each speaker "
        "sounds. Every number is a count of rows in the tables beside this report (`tables/`), and "
        "every figure is saved with its data (`figures/`).\n\n## Contents\n\n" + toc)
    out = nbformat.v4.new_notebook(cells=[intro, *cells])
    out.metadata = nbformat.read(paths[0], as_version=4).metadata if paths else {}
    out.metadata["title"] = title  # the HTML <title> and so the PDF's title
    for i, cell in enumerate(out.cells):
        cell["id"] = f"c{i:03d}"
    return out


def _is_setup(output) -> bool:
    """Return whether a display output is :func:`analysis.show.setup`'s JavaScript loader."""
    return bool(output.get("metadata", {}).get(SETUP_KEY))


def _drop_unused_loader(cells: list) -> None:
    """Remove :func:`analysis.show.setup`'s loader from ``cells`` when no output is an interactive table."""
    if any(_is_interactive(o) for c in cells if c.cell_type == "code" for o in c.get("outputs", [])):
        return
    for cell in cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if not _is_setup(o)]


def _is_interactive(output) -> bool:
    """Return whether a display output is an interactive table (needs the tables' JavaScript)."""
    return "new ITable(" in output.get("data", {}).get("text/html", "")


def print_copy(nb: nbformat.NotebookNode, *, whole: bool = False) -> nbformat.NotebookNode:
    """Return the printed report's version: each output's print rendering in place of its screen one.

    Long tables become their first rows with a note where all rows are (with ``whole``, as for a
    single article, every row); the evidence of many articles becomes one article and a note; the
    interactive tables' loader is dropped.
    """
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            printed = data.get(PRINT_WHOLE_MIME if whole and PRINT_WHOLE_MIME in data else PRINT_MIME)
            if printed is not None:
                if not printed:
                    continue
                output["data"] = {"text/html": printed}
            outputs.append(output)
        cell.outputs = outputs
    return nb


def _analysed_documents(out: Path) -> int:
    """Return how many documents the run in ``out`` analysed (status ok in ``tables/documents.csv``)."""
    path = out / "tables" / "documents.csv"
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for row in csv.DictReader(handle) if row.get("status") == "ok")


def _heading(cell) -> tuple[int, str] | None:
    """Return ``(level, text)`` of a markdown cell's first heading."""
    match = re.match(r"^(#{1,6})\s+(.+)$", cell.source.strip().splitlines()[0] if cell.source.strip() else "")
    return (len(match.group(1)), match.group(2).strip()) if match else None


def _anchor(text: str) -> str:
    """Return nbconvert's anchor id for a heading text."""
    return re.sub(r"\s+", "-", re.sub(r"[*_`]", "", text).strip())


def reader_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy without warnings or error output (reader's version shows results only)."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if not (o.output_type == "stream" and o.get("name") == "stderr")
                            and o.output_type != "error"]
    return nb


def write_html(nb: nbformat.NotebookNode, path: Path, *, with_code: bool) -> Path:
    """Write the notebook as standalone HTML (code cells hidden unless ``with_code``)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=not with_code,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    body = re.sub(r'<script[^>]*src="https?://[^"]*"[^>]*>\s*</script>', "", body)
    body = body.replace("</head>", REPORT_CSS + "</head>", 1)
    body = _TABLE_HEADER.sub(lambda m: m.group(1) + m.group(2).replace("_", "_<wbr>") + m.group(3), body)
    _atomic_write_text(path, body)
    return path


def write_pdf(html_path: Path, pdf_path: Path) -> Path | None:
    """Print the HTML to PDF with Debian's Chromium; return None when Chromium is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        tmp_pdf = pdf_path.with_name(f".{pdf_path.name}.tmp")
        cmd = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
               f"--print-to-pdf={tmp_pdf}", html_path.resolve().as_uri()]
        result = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
        if result.returncode != 0 or not tmp_pdf.is_file():
            raise ReportError(f"{html_path}: chromium could not print the PDF: {result.stderr[-300:]}")
        tmp_pdf.write_bytes(fixed_pdf_dates(tmp_pdf.read_bytes()))
        os.replace(tmp_pdf, pdf_path)
    return pdf_path


def _atomic_write_text(path: Path, text: str) -> None:
    """Write text to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def build_report(seeds: Path, out: Path, *, notebooks: Path = ROOT / "notebooks",
                 gold: Path = ROOT / "tests" / "gold") -> dict[str, Path | None]:
    """Run the notebooks on ``seeds`` and write the reader HTML, PDF and analyst HTML to ``out``."""
    seeds, out = seeds.resolve(), out.resolve()
    discover(seeds)  # fail early, with the folder's name, when there is nothing to read
    executed = execute_notebooks(seeds, out, notebooks=notebooks, gold=gold)
    combined = combine(executed, title=f"News report: {seeds.name}")
    reader = write_html(reader_copy(combined), out / "report.html", with_code=False)
    analyst = write_html(combined, out / "report-analyst.html", with_code=True)
    with tempfile.TemporaryDirectory() as tmp:
        whole = _analysed_documents(out) == 1  # one article: its report prints every row
        printed = write_html(print_copy(reader_copy(combined), whole=whole), Path(tmp) / "report.html",
                             with_code=False)
        pdf = write_pdf(printed, out / "report.pdf")
    return {"html": reader, "analyst_html": analyst, "pdf": pdf}
