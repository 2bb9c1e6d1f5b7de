"""Transcript speaker labels: a paragraph opening "PENCE:" or "Chris Wallace:" is that speaker's.

Broadcast and debate transcripts quoted in news give each turn its own paragraph, opened by the
speaker's name and a colon, often inside quotation marks that open every paragraph of the
block ("“PENCE: Well, look, …", "“WALLACE: If I may, sir, …"). The label is the cue, the name
the source and the rest of the paragraph the content; a transcript quoted as a block carries
the turn on through the following paragraphs that open a quotation and have no label of their
own (see :func:`analysis.attribution.quotes.attach_quotes`, which chains them).

A label is one to four capitalised words before a colon at a paragraph's start: in capitals
("PENCE:", "SEN. WARREN:"), a person the entity layer found ("Chris Wallace:"), the surname
of the one person of that name in the article ("Sanders: …" as a headline), or a document or
outlet noun ("Poll: …", "Newspaper: …"). Headings
and stage directions ("UPDATE:", "Note:", "CROSSTALK:", ``not_speaker_labels.txt``) and
places or dates ("WASHINGTON:") are not labels.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from analysis import entities, lexicons
from analysis.attribution.phrases import _full_person_name, _type_of_entity
from analysis.attribution.records import Attribution, source_terms
from analysis.corpus import Document

_LEAD = " \t“«\"'‘"
_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}) ?:\s+(?=\S)")
#: A turn says something: at least this many words follow the label.
MIN_TURN_WORDS = 3
#: A label in capitals names a speaker in at most this many words ("SEN. ELIZABETH WARREN:").
MAX_SHOUTED_WORDS = 3
_NOT_PERSON = ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")


@lru_cache(maxsize=1)
def not_speaker_labels() -> frozenset[str]:
    """Return lower-case words that open a paragraph with a colon but name no speaker."""
    return frozenset(lexicons.terms("not_speaker_labels.txt"))


def speaker_label(document: Document, p_start: int, p_end: int, *,
                  mentions: list) -> tuple[tuple[int, int], tuple[int, int], str, str] | None:
    """Return ``(label span, colon span, source name, source type)`` of a paragraph's label, or None."""
    text = document.text
    start = p_start
    while start < p_end and text[start] in _LEAD:
        start += 1
    match = _LABEL.match(text, start, p_end)
    if match is None or len(text[match.end():p_end].split()) < MIN_TURN_WORDS:
        return None
    label = match.group("label")
    span = (match.start("label"), match.end("label"))
    if label.lower().strip(".") in not_speaker_labels():
        return None
    covering = [m for m in mentions if m.start_char < span[1] and span[0] < m.end_char]
    if any(m.label in _NOT_PERSON for m in covering) or entities.gazetteer().get(label.title()) in _NOT_PERSON:
        return None
    person = next((m for m in covering if m.label in ("PERSON", "ORG")), None)
    letters = [c for c in label if c.isalpha()]
    words = label.split()
    shouting = all(c.isupper() for c in letters) and len(words) <= MAX_SHOUTED_WORDS and \
        all(len(w.strip(".")) >= 3 or w.endswith(".") for w in words)  # not "UN:", "STAT OF THE WEEK:"
    named = _named_elsewhere(label, mentions)
    if person is not None and person.label == "PERSON":
        name, stype = _full_person_name(person.entity, mentions), _type_of_entity(person)
    elif named is not None:  # "Sanders: …" over an article about Bernie Sanders
        name, stype = named, "person"
    elif source_terms().get(label.split()[-1].lower()) in ("document", "media"):  # "Poll: …", "Newspaper: …"
        name, stype = label, source_terms()[label.split()[-1].lower()]
    elif shouting:
        name, stype = _full_person_name(entities.canonical_name(label.title(), label="PERSON"), mentions), "person"
    else:
        return None
    colon = text.index(":", span[1])
    return span, (colon, colon + 1), name, stype


def _named_elsewhere(label: str, mentions: list) -> str | None:
    """Return the one person of the document whose name ends with a one-word label ("Sanders"), or None."""
    if " " in label or not label[:1].isupper() or label.isupper():
        return None
    people = {m.entity for m in mentions if m.label == "PERSON" and m.entity.split()[-1] == label
              and " " in m.entity}
    return people.pop() if len(people) == 1 else None


def transcript_turns(found: list[Attribution], *, document: Document, mentions: list,
                     sent_of) -> list[Attribution]:
    """Return ``found`` with one attribution per labelled transcript turn.

    A label the sentence rules already read (``colon_speaker``, cue on the same colon) gets the
    whole paragraph as content; an unread one (inside quotation marks) is added.
    """
    out = list(found)
    for p_start, p_end in document.paragraphs:
        label = speaker_label(document, p_start, p_end, mentions=mentions)
        if label is None:
            continue
        span, colon, name, stype = label
        content = (colon[1] + len(document.text[colon[1]:p_end]) - len(document.text[colon[1]:p_end].lstrip()),
                   p_start + len(document.text[p_start:p_end].rstrip(" \t\n“”\".!?")))
        if content[1] <= content[0]:
            continue
        same = next((i for i, a in enumerate(out) if a.cue_span == colon), None)
        if same is not None:
            out[same] = replace(out[same], content_span=content)
            continue
        out.append(Attribution(sent_id=sent_of(colon[0]), kind="verb", source=name, source_type=stype,
                               source_span=span, cue_span=colon, cue_lemma=":", content_span=content))
    return out
