"""The project's lexicons: data files in this folder, read through one loader.

Every word list the rules use lives here as a ``.csv`` (with a header row), ``.txt`` (one
entry per line, ``#`` comments) or ``.jsonl`` file; ``README.md`` and ``sources.csv`` say
where each came from. Modules read them only through :func:`rows`, :func:`terms` and
:func:`text`, so one place knows the folder and the formats.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

from analysis.errors import AnalysisError


class LexiconError(AnalysisError):
    """A lexicon file is missing or malformed (the message names the file)."""


@cache
def text(name: str) -> str:
    """Return the text of lexicon file ``name`` (e.g. ``"hedges.csv"``), decoded as UTF-8.

    Raises:
        LexiconError: no such file in ``analysis/lexicons``.
    """
    path = resources.files(__name__).joinpath(name)
    if not path.is_file():
        raise LexiconError(f"lexicon {name!r} not found in analysis/lexicons")
    return path.read_text("utf-8")


def rows(name: str) -> list[dict[str, str]]:
    """Return the rows of CSV lexicon ``name`` as dictionaries keyed by its header.

    Raises:
        LexiconError: the file is missing or a row has more cells than the header.
    """
    out = []
    for line_no, row in enumerate(csv.DictReader(io.StringIO(text(name))), start=2):
        if None in row:
            raise LexiconError(f"lexicon {name}: line {line_no} has more cells than the header")
        out.append({k: (v or "") for k, v in row.items()})
    return out


def terms(name: str) -> list[str]:
    """Return the entries of a one-per-line ``.txt`` lexicon (blank lines and ``#`` comments skipped)."""
    return [ln.strip() for ln in text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
