"""One document (or one batch of results) through the rule layers: the rows of the five tables.

``analyze_document`` is the one per-document function; every engine (local, multiprocess,
Dask) calls it, so the tables are the same whichever way they are computed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

import pandas as pd
from spacy.tokens import Doc

from analysis import attribution, entities, hedging, language
from analysis.corpus import Document, DocumentIssue
from analysis.document import Sentence, sentence_locator, split_sentences
from analysis.tables import TABLES, to_table


def analyze_document(document: Document, doc: Doc) -> dict[str, list[dict]]:
    """Return the rows of every table for one parsed document."""
    doc.user_data["analysis_text"] = document.text  # equal to doc.text; see nlp.doc_text
    sentences = split_sentences(document, doc)
    mentions = entities.find_mentions(doc)
    attributions = attribution.find_attributions(doc, document=document, sentences=sentences,
                                                 mentions=mentions)
    sources = attribution.sentence_sources(document, sentences, attributions)
    hedges = hedging.find_hedges(doc, sentences=sentences, attributions=attributions,
                                 sources=sources, document=document)
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
             "entity_type": entities.ENTITY_TYPES[m.label], "link_basis": m.link_basis}
            for i, m in enumerate(mentions)
        ],
        "attributions": [a.as_row(document) for a in attributions],
        "hedges": [h.as_row(did) for h in hedges],
    }


def document_row(document: Document, *, sentences: list[Sentence], lang: str) -> dict:
    """Return the ``documents`` row of an analysed document."""
    meta = document.metadata
    return {
        "doc_id": document.doc_id, "path": document.path, "container": document.container,
        "title": meta.get("title", ""), "outlet": meta.get("outlet", ""),
        "published": meta.get("published", ""), "author": meta.get("author", ""),
        "url": meta.get("url", ""),
        "n_chars": len(document.text), "n_words": sum(s.n_words for s in sentences),
        "n_paragraphs": len(document.paragraphs), "n_sentences": len(sentences),
        "sha256": document.sha256, "status": "ok", "error": "", "encoding": document.encoding,
        "source_format": document.source_format, "language": lang, "duplicate_of": "",
    }


def issue_row(issue: DocumentIssue) -> dict:
    """Return the ``documents`` row of a file that was not analysed."""
    return {
        "doc_id": issue.doc_id, "path": issue.path, "container": issue.container, "title": "",
        "outlet": "", "published": "", "author": "", "url": "",
        "n_chars": None, "n_words": None, "n_paragraphs": None, "n_sentences": None,
        "sha256": issue.sha256, "status": issue.status, "error": issue.error,
        "encoding": issue.encoding, "source_format": "", "language": issue.language,
        "duplicate_of": issue.duplicate_of,
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
                                     item.encoding, container=item.container, duplicate_of=first)
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
                                     item.encoding, lang, container=item.container)
            else:
                item = replace(item, language=lang)  # identified once, reused in documents.csv
        yield item


def collect(results: Iterable[dict[str, list[dict]]]) -> dict[str, pd.DataFrame]:
    """Return the five tables built from per-document row dictionaries, in document order."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for result in results:
        for name in TABLES:
            rows[name].extend(result.get(name, []))
    tables = {name: to_table(name, rows[name]) for name in TABLES}
    tables["entities"] = entities.link_corpus(tables["entities"])  # people named once corpus-wide
    return tables
