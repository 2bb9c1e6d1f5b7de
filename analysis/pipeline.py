"""From a folder of articles to the five tables: reading, parsing, per-document analysis.

``analyze_document`` is the one per-document function; every engine (local, multiprocess,
Dask) calls it, so the tables are the same whichever way they are computed.
"""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

import pandas as pd
from spacy.tokens import Doc

from analysis import attribution, entities, hedging, language
from analysis.corpus import Document, DocumentIssue, read_corpus
from analysis.tables import TABLES, to_table


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: its id, paragraph, span and word count."""

    sent_id: int
    paragraph_id: int
    start_char: int
    end_char: int
    n_words: int


def split_sentences(document: Document, doc: Doc) -> list[Sentence]:
    """Return the non-blank sentences of ``doc``, trimmed of white space, numbered from 0."""
    para_starts = [start for start, _ in document.paragraphs]
    out: list[Sentence] = []
    for sent in doc.sents:
        raw = sent.text
        if not raw.strip():
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        end = sent.start_char + len(raw.rstrip())
        paragraph_id = max(bisect.bisect_right(para_starts, start) - 1, 0)
        words = sum(1 for t in sent if not (t.is_punct or t.is_space))
        out.append(Sentence(len(out), paragraph_id, start, end, words))
    return out


def sentence_locator(sentences: list[Sentence]) -> Callable[[int], int]:
    """Return a function from a character offset to the ``sent_id`` of the sentence holding it.

    The start offsets are collected once, so locating every mention of a long document stays
    linear-logarithmic.
    """
    starts = [s.start_char for s in sentences]

    def sent_of(char: int) -> int:
        return sentences[max(bisect.bisect_right(starts, char) - 1, 0)].sent_id if sentences else 0

    return sent_of


def analyze_document(document: Document, doc: Doc) -> dict[str, list[dict]]:
    """Return the rows of every table for one parsed document."""
    doc.user_data["analysis_text"] = document.text  # equal to doc.text; see nlp.doc_text
    sentences = split_sentences(document, doc)
    mentions = entities.find_mentions(doc)
    attributions = attribution.find_attributions(doc, document=document, sentences=sentences,
                                                 mentions=mentions)
    sources = attribution.sentence_sources(document, sentences, attributions)
    hedges = hedging.find_hedges(doc, sentences=sentences, attributions=attributions,
                                 sources=sources)
    did = document.doc_id
    sent_of = sentence_locator(sentences)
    return {
        "documents": [document_row(document, sentences=sentences,
                                   lang=document.language or language.detect(doc))],
        "sentences": [
            {"doc_id": did, "sent_id": s.sent_id, "paragraph_id": s.paragraph_id,
             "start_char": s.start_char, "end_char": s.end_char,
             "text": document.text[s.start_char:s.end_char], "n_words": s.n_words,
             **sources[s.sent_id]}
            for s in sentences
        ],
        "entities": [
            {"doc_id": did, "sent_id": sent_of(m.start_char),
             "mention_id": f"{did}:m{i}", "start_char": m.start_char, "end_char": m.end_char,
             "text": m.text, "label": m.label, "entity": m.entity,
             "entity_type": entities.ENTITY_TYPES[m.label]}
            for i, m in enumerate(mentions)
        ],
        "attributions": [a.as_row(document) for a in attributions],
        "hedges": [h.as_row(did) for h in hedges],
    }


def document_row(document: Document, *, sentences: list[Sentence], lang: str) -> dict:
    """Return the ``documents`` row of an analysed document."""
    meta = document.metadata
    return {
        "doc_id": document.doc_id, "path": document.path, "title": meta.get("title", ""),
        "outlet": meta.get("outlet", ""), "published": meta.get("published", ""),
        "n_chars": len(document.text), "n_words": sum(s.n_words for s in sentences),
        "n_paragraphs": len(document.paragraphs), "n_sentences": len(sentences),
        "sha256": document.sha256, "status": "ok", "error": "", "encoding": document.encoding,
        "source_format": document.source_format, "language": lang, "duplicate_of": "",
    }


def issue_row(issue: DocumentIssue, *, duplicate_of: str = "") -> dict:
    """Return the ``documents`` row of a file that was not analysed."""
    return {
        "doc_id": issue.doc_id, "path": issue.path, "title": "", "outlet": "", "published": "",
        "n_chars": None, "n_words": None, "n_paragraphs": None, "n_sentences": None,
        "sha256": issue.sha256, "status": issue.status, "error": issue.error,
        "encoding": issue.encoding, "source_format": "", "language": issue.language,
        "duplicate_of": duplicate_of,
    }


def split_duplicates(items: Iterable[Document | DocumentIssue]) -> Iterator[Document | DocumentIssue]:
    """Yield items with any repeat of an earlier document's content turned into a skipped issue."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Document):
            first = seen.setdefault(item.sha256, item.doc_id)
            if first != item.doc_id:
                item = DocumentIssue(item.doc_id, item.path, "skipped",
                                     f"duplicate of {first} (same content)", item.sha256,
                                     item.encoding)
        yield item


def split_languages(items: Iterable[Document | DocumentIssue], *,
                    languages: tuple[str, ...] = ("en",)) -> Iterator[Document | DocumentIssue]:
    """Yield items with documents in other languages turned into skipped issues naming the language.

    The model is English: a French article parsed with it would give wrong entities and
    sources, so it is reported instead of silently mis-analysed. An empty ``languages``
    accepts everything.
    """
    for item in items:
        if isinstance(item, Document) and languages:
            lang = language.identify(item.text)
            if lang and lang not in languages:
                item = DocumentIssue(item.doc_id, item.path, "skipped",
                                     f"language is {lang!r}, not {'/'.join(languages)}; the model "
                                     "is English, so the file was not analysed", item.sha256,
                                     item.encoding, lang)
            else:
                item = replace(item, language=lang)  # identified once, reused in documents.csv
        yield item


def collect(results: Iterable[dict[str, list[dict]]]) -> dict[str, pd.DataFrame]:
    """Return the five tables built from per-document row dictionaries, in document order."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for result in results:
        for name in TABLES:
            rows[name].extend(result.get(name, []))
    return {name: to_table(name, rows[name]) for name in TABLES}


def analyze_folder(folder: str | os.PathLike, *, n_process: int = 1, batch_size: int = 16,
                   progress: bool = False) -> dict[str, pd.DataFrame]:
    """Return the five tables for every article in ``folder`` (bad files become error rows).

    Raises:
        CorpusError: the folder is missing or holds no articles.
    """
    from analysis.engine import run_local

    items = list(split_duplicates(read_corpus(folder)))
    return collect(run_local(items, n_process=n_process, batch_size=batch_size, progress=progress))


#: Documents read and analysed per window by the local engine (worker pools restart per window).
WINDOW = 2000


def run_analysis(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike, *,
                 formats: tuple[str, ...] = ("csv",), n_process: int = 1, batch_size: int = 16,
                 use_cache: bool = True, progress: bool = False, engine: str = "local",
                 scheduler: str | None = None, keep: bool = True,
                 languages: tuple[str, ...] = ("en",), max_bytes: int | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Analyse every article in ``seeds_dir``, write the tables to ``out_dir`` and return them.

    Tables are written incrementally (see :class:`analysis.tables.TableWriter`); with
    ``keep=False`` only the ``documents`` table is kept in memory and returned, so memory
    stays flat however large the corpus. Results are cached per document under
    ``out_dir/.cache`` (see :mod:`analysis.cache`); the input folder is only read.

    Raises:
        CorpusError: the folder is missing or holds no articles.
    """
    from analysis.cache import ResultCache
    from analysis.corpus import MAX_BYTES
    from analysis.engine import run_dask, run_local, windows
    from analysis.tables import TableWriter

    stream = split_languages(split_duplicates(read_corpus(seeds_dir, max_bytes=max_bytes or MAX_BYTES)),
                             languages=languages)
    batches = windows(stream, size=None if engine == "dask" else WINDOW)
    first = next(batches, [])  # a missing or empty folder fails here, before any output
    cache = ResultCache(os.path.join(out_dir, ".cache")) if use_cache else None
    kept: list[dict[str, list[dict]]] = []
    with TableWriter(out_dir, formats=formats) as writer:
        for items in itertools.chain([first], batches):
            if engine == "dask":
                results = run_dask(items, scheduler=scheduler, batch_size=batch_size, cache=cache)
            else:
                results = run_local(items, n_process=n_process, batch_size=batch_size,
                                    progress=progress, cache=cache)
            for result in results:
                writer.add(result)
                kept.append(result if keep else {"documents": result["documents"]})
    return collect(kept)


def analyze_text(text: str, *, doc_id: str = "doc", metadata: dict[str, str] | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Return the five tables for one string of article text (paragraphs on separate lines)."""
    import hashlib

    from analysis.corpus import paragraph_spans
    from analysis.nlp import load_nlp

    document = Document(doc_id=doc_id, path=f"<{doc_id}>", text=text, encoding="utf-8",
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                        paragraphs=paragraph_spans(text), metadata=dict(metadata or {}))
    return collect([analyze_document(document, load_nlp()(text))])
