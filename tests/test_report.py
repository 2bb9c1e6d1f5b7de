"""Report rendering helpers: reruns give byte-identical files."""

from __future__ import annotations

import nbformat

from analysis.report import fixed_pdf_dates, strip_timings


def test_pdf_dates_fixed_without_moving_offsets():
    data = b"/CreationDate (D:20261125132244+00'00')\n/ModDate (D:20261125132245+00'00')\nxref 123"
    out = fixed_pdf_dates(data)
    assert len(out) == len(data)
    assert b"2026" not in out and out.count(b"D:20000101000000") == 2 and out.endswith(b"xref 123")


def test_executed_notebook_loses_run_times_and_random_ids(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.5, "parameters": {},
                                "input_path": "/home/me/repo/notebooks/03-x.ipynb"}
    cell = nbformat.v4.new_code_cell("1 + 1")
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    cell.metadata["papermill"] = {"duration": 0.1}
    nb.cells = [cell]
    path = tmp_path / "03-x.ipynb"
    nbformat.write(nb, path)
    strip_timings(path)
    first = path.read_bytes()
    again = nbformat.read(path, as_version=4)
    assert again.metadata["papermill"]["duration"] is None
    assert again.metadata["papermill"]["input_path"] == "03-x.ipynb"
    assert "execution" not in again.cells[0].metadata and again.cells[0]["id"] == "03-run-00"
    strip_timings(path)
    assert path.read_bytes() == first
