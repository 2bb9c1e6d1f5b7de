"""Attributions: who says what. Cue + source + content, as spans of the original text.

Constructions (each rule below names one, with an example):

* ``verb``        reporting verb with a subject, either order:
                  "Analysts emphasize that discussions likely covered …",
                  "The talks will resume, officials said.", "…, said Dmitry Peskov."
* ``passive``     reporting verb with a *by*-agent: "This visit was reported by TASS."
* ``according_to`` "According to the ministry, three people were injured."
* ``prepositional`` a cue noun with its author: "a statement from the ministry",
                  "in an interview with Reuters, Lee said …" is a verb (the speaker is Lee).
* ``quote``       a direct quotation, curly or straight marks, with its speaker in the same
                  sentence ("“We are ready,” he said.") or a neighbouring one.
* transcript labels: a paragraph opening "KESTREL: …" (inside quotation marks too) is that
                  speaker's turn (``verb`` with cue ":", or ``quote``).
* an attitude adjective after a linking verb (kind ``verb``, ``cue_class`` ``cognition``):
                  "Many farmers are worried that …", "The governor was critical of the plan."
* a noun of saying or believing with its author and its own clause (kind ``prepositional``):
                  "the senator's claim that the count was rigged", "his promise to cut taxes".
* a perspective adjunct opening a sentence (kind ``prepositional``, ``cue_class`` ``cognition``):
                  "To her supporters, the ruling was a victory."
* ``credit``      wire credits: a paragraph ending "(TASS)", a dateline
                  "MOSCOW, Sept. 13 (Reuters) - …", an em-dash credit "… — AP".

Sources get a canonical name and a ``source_type`` from :data:`SOURCE_TYPES`. Pronouns and
definite descriptions ("he", "the spokesman", "the officials", "the public briefings")
resolve to the nearest compatible named source earlier in the same paragraph
(``resolved_by="anaphora"``).
"""

from __future__ import annotations

from analysis.attribution.anaphora import resolve_anaphora
from analysis.attribution.core import find_attributions
from analysis.attribution.credits import find_credits
from analysis.attribution.quotes import attach_quotes, find_quotes
from analysis.attribution.records import (
    CUE_CLASSES,
    KINDS,
    SOURCE_TYPES,
    Attribution,
    cue_class_of,
    cue_nouns,
    reporting_verbs,
    role_nouns,
    source_terms,
)
from analysis.attribution.sources import sentence_sources

__all__ = [
    "CUE_CLASSES",
    "KINDS",
    "SOURCE_TYPES",
    "Attribution",
    "attach_quotes",
    "cue_class_of",
    "cue_nouns",
    "find_attributions",
    "find_credits",
    "find_quotes",
    "reporting_verbs",
    "resolve_anaphora",
    "role_nouns",
    "sentence_sources",
    "source_terms",
]
