"""The entry point: every attribution of a parsed document, in text order, with ids."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from analysis import entities
from analysis.attribution.anaphora import resolve_anaphora
from analysis.attribution.constructions import (
    according_to_attribution,
    cue_noun_attribution,
    passive_attribution,
    verb_attribution,
)
from analysis.attribution.credits import find_credits
from analysis.attribution.phrases import _inside_any
from analysis.attribution.quotes import attach_quotes, find_quotes
from analysis.attribution.records import Attribution, cue_nouns, reporting_verbs
from analysis.corpus import Document
from analysis.document import sentence_locator

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
    found: list[Attribution] = []
    for sent in doc.sents:
        for token in sent:
            if _inside_any(token.idx, quotes):
                continue
            found.extend(_token_rules(token, sent_of, mentions))
    found = resolve_anaphora(found, document=document, mentions=mentions)
    found = attach_quotes(found, quotes, document=document, sent_of=sent_of)
    found.extend(find_credits(document, sent_of=sent_of))
    found.sort(key=lambda a: (a.bounds()[0], a.cue_span or (0, 0)))
    return [replace(a, attribution_id=f"{document.doc_id}:a{i}") for i, a in enumerate(found)]


def _token_rules(token: Token, sent_of, mentions) -> list[Attribution]:
    """Return attributions cued by one token (verb, passive, according to, cue noun)."""
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting_verbs():
        return [a for a in (verb_attribution(token, sent_of, mentions),
                            passive_attribution(token, sent_of, mentions)) if a]
    if token.lower_ == "according":
        found = according_to_attribution(token, sent_of, mentions)
        return [found] if found else []
    if token.pos_ == "NOUN" and token.lemma_.lower() in cue_nouns():
        found = cue_noun_attribution(token, sent_of, mentions)
        return [found] if found else []
    return []

