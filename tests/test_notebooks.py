"""The notebooks are the source: each agrees with its jupytext pair and follows the conventions."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_notebooks", ROOT / "tools" / "check_notebooks.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)
NOTEBOOKS = check.notebooks()


def test_six_notebooks_each_with_a_paired_script():
    assert [p.stem[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04", "05", "06"]
    assert all(p.with_suffix(".py").is_file() for p in NOTEBOOKS)
    assert 'formats = "ipynb,py:percent"' in (ROOT / "notebooks" / "jupytext.toml").read_text()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_and_its_script_agree(path):
    assert check.pair_problems(path) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_follows_the_conventions(path):
    assert check.convention_problems(path) == []


def test_an_edit_on_one_side_only_is_caught(tmp_path):
    for suffix in (".ipynb", ".py"):
        shutil.copy(NOTEBOOKS[0].with_suffix(suffix), tmp_path / NOTEBOOKS[0].with_suffix(suffix).name)
    script = tmp_path / NOTEBOOKS[0].with_suffix(".py").name
    script.write_text(script.read_text().replace("## What was read", "## What was read, edited"))
    problems = check.pair_problems(tmp_path / NOTEBOOKS[0].name)
    assert len(problems) == 1 and "edited" in problems[0]
    script.write_text(script.read_text() + "\n# %%\nprint('one more cell')\n")
    assert any("cells" in p for p in check.pair_problems(tmp_path / NOTEBOOKS[0].name))


def test_a_function_in_a_notebook_is_caught(tmp_path):
    nb = nbformat.read(NOTEBOOKS[0], as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("def helper():\n    return 1"))
    nb.cells[2].metadata["tags"] = []
    path = tmp_path / NOTEBOOKS[0].name
    nbformat.write(nb, path)
    problems = check.convention_problems(path)
    assert any("defines a function" in p for p in problems) and any("parameters" in p for p in problems)


def test_no_tool_writes_the_notebooks():
    for script in (ROOT / "tools").glob("*.py"):
        text = script.read_text()
        assert "nbformat.write" not in text and "jupytext.write" not in text, script.name
