"""Per-document result cache keyed by content hash and pipeline version.

A rerun on an unchanged corpus reads results instead of parsing; changing one file
re-analyses that file; changing the package code, a lexicon or the model changes the
pipeline fingerprint and so invalidates every entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from analysis.corpus import Document
from analysis.nlp import MODEL_PACKAGE

CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """Return a hash of the package's code, lexicons and the model package version."""
    digest = hashlib.sha256(f"format={CACHE_FORMAT}".encode())
    package = resources.files("analysis")
    for path in sorted(_package_files(package), key=str):
        digest.update(str(path.relative_to(Path(str(package)))).encode())
        digest.update(path.read_bytes())
    try:
        digest.update(f"{MODEL_PACKAGE}=={metadata.version(MODEL_PACKAGE.replace('_', '-'))}".encode())
    except metadata.PackageNotFoundError:
        digest.update(MODEL_PACKAGE.encode())
    return digest.hexdigest()[:16]


def _package_files(package) -> list[Path]:
    """Return the package's .py and lexicon files."""
    root = Path(str(package))
    return [p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".csv", ".txt", ".jsonl"}
            and "__pycache__" not in p.parts]


def document_key(document: Document) -> str:
    """Return the cache key of a document: its content, id, path and metadata."""
    payload = json.dumps([document.sha256, document.doc_id, document.path, document.metadata,
                          document.encoding, document.source_format, document.container], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class ResultCache:
    """A folder of JSON results, one file per document key, under the pipeline fingerprint."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root) / pipeline_fingerprint()

    def _path(self, document: Document) -> Path:
        key = document_key(document)
        return self.root / key[:2] / f"{key}.json"

    def has(self, document: Document) -> bool:
        """Return True when a result for the document is stored (without reading it)."""
        return self._path(document).is_file()

    def get(self, document: Document) -> dict[str, list[dict]] | None:
        """Return the cached rows of a document, or None."""
        path = self._path(document)
        if not path.is_file():
            return None
        try:
            return json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, document: Document, result: dict[str, list[dict]]) -> None:
        """Store a document's rows atomically."""
        path = self._path(document)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(result, ensure_ascii=False))  # dumps is C-accelerated, dump is not
        os.replace(tmp, path)
