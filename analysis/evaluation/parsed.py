"""Parsed gold documents, cached as spaCy DocBins so rules can be re-scored without re-parsing.

A gold corpus is parsed once per model and text: the cache file name carries a hash of the model
fingerprint and of every document's id and text, so a changed corpus or model is parsed anew.
The cache folder is ``$NEWSREAD_EVAL_CACHE`` or ``<temp dir>/newsread-eval-cache``; nothing in it
is ever committed (it holds other people's text).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from spacy.tokens import Doc, DocBin

from analysis.nlp import load_nlp, model_fingerprint

CACHE_ENV = "NEWSREAD_EVAL_CACHE"


def cache_dir() -> Path:
    """Return the folder where parsed gold corpora are cached (created when missing)."""
    path = Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "newsread-eval-cache")
    path.mkdir(parents=True, exist_ok=True)
    return path


def parse_cached(name: str, items: list[tuple[str, str]], *, batch_size: int = 64) -> dict[str, Doc]:
    """Return ``{doc_id: parsed Doc}`` for ``(doc_id, text)`` items, parsing once and caching.

    Args:
        name: corpus name, the prefix of the cache file.
        items: the documents' ids and texts, in a fixed order.
        batch_size: documents per ``nlp.pipe`` batch.
    """
    nlp = load_nlp()
    digest = hashlib.sha256(model_fingerprint().encode())
    for doc_id, text in items:
        digest.update(doc_id.encode() + b"\0" + text.encode() + b"\0")
    path = cache_dir() / f"{name}-{digest.hexdigest()[:16]}.spacy"
    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((text for _, text in items), batch_size=batch_size))
        DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS",
                      "SENT_START", "SPACY"], docs=docs).to_disk(path)
    return {doc_id: doc for (doc_id, _), doc in zip(items, docs, strict=True)}
