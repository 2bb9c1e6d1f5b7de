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

from analysis.engine import CHUNK_CHARS, parse_long
from analysis.nlp import load_nlp, model_fingerprint

CACHE_ENV = "NEWSREAD_EVAL_CACHE"


def cache_dir(folder: str | os.PathLike | None = None) -> Path:
    """Return the folder where parsed gold corpora are cached (created when missing).

    ``folder`` if given, else ``$NEWSREAD_EVAL_CACHE``, else ``<temp dir>/newsread-eval-cache``.
    """
    path = Path(folder or os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "newsread-eval-cache")
    path.mkdir(parents=True, exist_ok=True)
    return path


def parse_cached(name: str, items: list[tuple[str, str]], *, batch_size: int = 64,
                 disable: tuple[str, ...] = (), folder: str | os.PathLike | None = None
                 ) -> dict[str, Doc]:
    """Return ``{doc_id: parsed Doc}`` for ``(doc_id, text)`` items, parsing once and caching.

    Texts over :data:`analysis.engine.CHUNK_CHARS` are parsed in paragraph-aligned chunks, as in
    a run, so offsets equal the text's.

    Args:
        name: corpus name, the prefix of the cache file.
        items: the documents' ids and texts, in a fixed order.
        batch_size: documents per ``nlp.pipe`` batch.
        disable: pipeline components left out (e.g. the entity ruler, to score the bare model).
        folder: cache folder (default :func:`cache_dir`).
    """
    nlp = load_nlp()
    digest = hashlib.sha256("\0".join([model_fingerprint(), *disable]).encode())
    for doc_id, text in items:
        digest.update(doc_id.encode() + b"\0" + text.encode() + b"\0")
    path = cache_dir(folder) / f"{name}-{digest.hexdigest()[:16]}.spacy"
    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        short = iter(nlp.pipe((t for _, t in items if len(t) <= CHUNK_CHARS), batch_size=batch_size,
                              disable=list(disable)))
        docs = [next(short) if len(t) <= CHUNK_CHARS else parse_long(t) for _, t in items]
        DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS",
                      "SENT_START", "SPACY"], docs=docs).to_disk(path)
    return {doc_id: doc for (doc_id, _), doc in zip(items, docs, strict=True)}
