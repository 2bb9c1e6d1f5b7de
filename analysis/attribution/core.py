"""The entry point: every attribution of a parsed document, in text order, with ids."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from analysis import entities
from analysis.attribution.anaphora import resolve_anaphora
from analysis.attribution.credits import find_credits
from analysis.attribution.quotes import attach_quotes, find_quotes
from analysis.attribution.records import Attribution, polarity
from analysis.attribution.registry import token_attributions
from analysis.attribution.transcripts import transcript_turns
from analysis.corpus import Document
from analysis.document import sentence_locator
from analysis.nlp import doc_text

# ---------------------------------------------------------------- entry point

def find_attributions(doc: Doc, *, document: Document, sentences: list,
                      mentions: list[entities.Mention] | None = None) -> list[Attribution]:
    """Return every attribution in a parsed document, in text order, with ids.

    Args:
        doc: the parsed document (``doc.text == document.text``).
        document: the source document (paragraphs, metadata).
        sentences: the document's :class:`analysis.document.Sentence` list.
        mentions: entity mentions, if already computed (for canonical names).
    """
    mentions = mentions if mentions is not None else entities.find_mentions(doc)
    quotes = find_quotes(document)
    sent_of = sentence_locator(sentences)
    quoted = quoted_tokens(doc, quotes)
    found: list[Attribution] = []
    for token in doc:
        if token.i not in quoted:
            found.extend(token_attributions(token, sent_of, mentions))
    found = resolve_anaphora(found, document=document, mentions=mentions)
    found = transcript_turns(found, document=document, mentions=mentions, sent_of=sent_of)
    found = attach_quotes(found, quotes, document=document, sent_of=sent_of, doc=doc, mentions=mentions)
    found.extend(find_credits(document, sent_of=sent_of))
    found.sort(key=lambda a: (a.bounds()[0], a.cue_span or (0, 0)))
    return [replace(a, attribution_id=f"{document.doc_id}:a{i}", polarity=polarity(a, doc))
            for i, a in enumerate(found)]


def quoted_tokens(doc: Doc, quotes: list[tuple[int, int]]) -> set[int]:
    """Return the indices of tokens inside quotations, marks included (linear in the quotes)."""
    inside: set[int] = set()
    for start, end in quotes:
        span = doc.char_span(max(start - 1, 0), min(end + 1, len(doc_text(doc))), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside
