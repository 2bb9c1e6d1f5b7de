"""Named exceptions raised by the library; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class of every error the library raises on purpose."""


class CorpusError(AnalysisError):
    """The input folder as a whole cannot be analysed (missing, not a folder, no articles)."""


class UnreadableDocument(AnalysisError):
    """One file cannot be analysed; the others still are.

    Attributes:
        path: the file's path.
        reason: one line saying why, without the path.
        status: ``"error"`` (the file is broken) or ``"skipped"`` (deliberately not analysed).
        sha256: hash of the bytes when they could be read, else ``""``.
    """

    def __init__(self, path: str, reason: str, *, status: str = "error", sha256: str = "") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.status = status
        self.sha256 = sha256


class TableError(AnalysisError):
    """A table does not match the data contract (missing column, bad span)."""


class ModelNotInstalled(AnalysisError):
    """The pinned language-model package is not installed."""
