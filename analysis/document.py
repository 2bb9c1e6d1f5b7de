"""Sentences of a parsed document, and locating a character offset in them.

The layer every rule module shares: entities, attribution and hedging receive the
:class:`Sentence` list built here and use :func:`sentence_locator` to give each span its
``sent_id``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from analysis.corpus import Document


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
