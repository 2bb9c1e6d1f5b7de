"""A reporting verb whose subject the parser swallowed into a fronted phrase with no comma.

"In a March meeting with the board of the Herald Smith said that …": with no comma after the
fronted prepositional phrase, the parser reads the subject ("Smith") as the last noun of that
phrase and leaves "said" without a subject. A proper noun right before a reporting verb that
has a clause and no subject, inside a phrase the verb governs, is the verb's subject: a person
the entity layer found, or a capitalised name no other entity covers; never a date, a place or
another non-person entity, nor a day or month name ("In an interview with the Times Monday said
it would change": the adjunct's date).
"""

from __future__ import annotations

import calendar
from dataclasses import replace

from spacy.tokens import Token

from analysis import entities
from analysis.attribution.constructions import verb_subject
from analysis.attribution.phrases import (
    complement_span,
    full_person_name,
    make_attribution,
)
from analysis.attribution.records import Attribution

#: Day and month names: the end of a fronted adjunct of time ("… with the Times Monday said …").
CALENDAR_NAMES = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)


def fronted_subject_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a subjectless reporting verb whose subject ends a fronted phrase."""
    if verb_subject(verb) is not None or verb.i == 0 or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = verb.doc[verb.i - 1]
    if subject.pos_ != "PROPN" or subject.dep_ not in ("pobj", "compound", "appos") or \
            subject.i <= verb.sent.start or verb not in subject.ancestors:
        return None
    if subject.ent_type_ not in ("", "PERSON") or subject.lower_ in CALENDAR_NAMES:
        return None  # "… with the Times Monday said": a date, not a speaker
    found = make_attribution(verb, subject, "verb", complement_span(verb), sent_of, mentions)
    covering = next((m for m in mentions if m.start_char <= subject.idx < m.end_char), None)
    if found is None or (covering is not None and covering.label != "PERSON") or not subject.is_title:
        return None  # "… of the Denver Herald said": the name of the body the phrase is about
    if covering is None:
        name = full_person_name(entities.canonical_name(subject.text, label="PERSON"), mentions)
        return replace(found, source_span=(subject.idx, subject.idx + len(subject.text)), source=name,
                       source_type="person", resolved_by="explicit")
    return replace(found, source_span=(covering.start_char, covering.end_char))
