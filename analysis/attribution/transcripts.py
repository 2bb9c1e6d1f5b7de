"""Transcript speaker labels: a paragraph opening "KESTREL:" or "Ann Lee:" is that speaker's.

Broadcast and debate transcripts quoted in news give each turn its own paragraph, opened by the
speaker's name and a colon, often inside quotation marks that open every paragraph of the
block ("“KESTREL: Well, we said so at the time …", "“MORROW: Let me stop you there …"). The
label is the cue, the name the source and the rest of the paragraph the content; a transcript
quoted as a block carries the turn on through the following paragraphs that open a quotation
and have no label of their own (see :func:`analysis.attribution.quotes.attach_quotes`, which
chains them). What counts as a label (one judge shared with the sentence rule ``colon_speaker``):
:mod:`analysis.attribution.labels`.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.attribution.labels import LABEL, LEAD_MARKS, label_source
from analysis.attribution.records import Attribution
from analysis.corpus import Document

#: A turn says something: at least this many words follow the label.
MIN_TURN_WORDS = 3


def speaker_label(document: Document, p_start: int, p_end: int, *,
                  mentions: list) -> tuple[tuple[int, int], tuple[int, int], str, str] | None:
    """Return ``(label span, colon span, source name, source type)`` of a paragraph's label, or None.

    What is a label: :func:`analysis.attribution.labels.label_source`.
    """
    text = document.text
    start = p_start
    while start < p_end and text[start] in LEAD_MARKS:
        start += 1
    match = LABEL.match(text, start, p_end)
    if match is None or len(text[match.end():p_end].split()) < MIN_TURN_WORDS:
        return None
    span = (match.start("label"), match.end("label"))
    source = label_source(text, span, mentions=mentions)
    if source is None:
        return None
    colon = text.index(":", span[1])
    return span, (colon, colon + 1), *source


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
