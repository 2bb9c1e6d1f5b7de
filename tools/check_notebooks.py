"""Check the notebooks without changing them: each agrees with its paired script and follows the conventions.

Run: ``python tools/check_notebooks.py`` (exit status 1 and one line per problem when something is off).
The notebooks are the source people edit, in JupyterLab or as their jupytext ``.py`` pair
(``notebooks/jupytext.toml``); this script only reads them. ``tests/test_notebooks.py`` runs the
same checks.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import jupytext
import nbformat

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PARAMETERS = ("SEEDS_DIR", "OUTPUT_DIR")


def notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """Return the numbered notebooks ``NN-*.ipynb`` of ``folder``, in order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def cells_of(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """Return ``(cell_type, source)`` of every cell, sources stripped of surrounding blank lines."""
    return [(cell.cell_type, cell.source.strip()) for cell in nb.cells]


def pair_problems(path: Path) -> list[str]:
    """Return how the notebook at ``path`` and its ``.py`` pair disagree (empty when they agree)."""
    script = path.with_suffix(".py")
    if not script.is_file():
        return [f"{path.name}: no paired script {script.name} (run: jupytext --sync {path.name})"]
    ipynb, py = cells_of(nbformat.read(path, as_version=4)), cells_of(jupytext.read(script))
    problems = [f"{path.name} cell {i + 1} differs from {script.name}: {a[1][:60]!r} vs {b[1][:60]!r}"
                for i, (a, b) in enumerate(zip(ipynb, py)) if a != b]
    if len(ipynb) != len(py):
        problems.append(f"{path.name} has {len(ipynb)} cells, {script.name} {len(py)}")
    return problems


def convention_problems(path: Path) -> list[str]:
    """Return how the notebook breaks the notebook conventions (CONVENTIONS.md, "Notebooks")."""
    nb = nbformat.read(path, as_version=4)
    cells = nb.cells
    name = path.name
    problems = []
    if len(cells) < 3:
        return [f"{name}: fewer than three cells"]
    first = cells[0].source.lstrip()
    if cells[0].cell_type != "markdown" or not first.startswith("# ") or "Source data" not in first:
        problems.append(f"{name}: cell 1 is not a title, its question and its source data")
    if cells[1].cell_type != "code" or not all(
            line.startswith(("import ", "from ", "#", "show.setup(")) or not line.strip()
            for line in cells[1].source.splitlines()):
        problems.append(f"{name}: cell 2 is not the imports")
    params = cells[2]
    if "parameters" not in params.metadata.get("tags", []) or not all(p in params.source for p in PARAMETERS):
        problems.append(f"{name}: cell 3 is not a papermill 'parameters' cell with {', '.join(PARAMETERS)}")
    for i, cell in enumerate(cells):
        if cell.cell_type == "code" and any(isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
                                            for node in ast.walk(ast.parse(cell.source))):
            problems.append(f"{name}: cell {i + 1} defines a function or class (put it in the analysis package)")
    return problems


def main() -> int:
    """Print every problem of every notebook; return the exit status."""
    problems = [p for path in notebooks() for p in pair_problems(path) + convention_problems(path)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
