"""A block signed with a dash after its last sentence: "… and nobody in the hall noticed. — Ada Kwan".

Epigraphs, decrees, letters and pull quotes are signed the way a quotation is (see
:func:`analysis.attribution.credits.signed_quote`), with or without quotation marks: a finished
sentence (ending in ``.``, ``!``, ``?`` or a closing quotation mark), then a dash and a name,
possibly followed by a comma and a description ("— Peres, on the region's oil."). The signature
may also stand as a paragraph of its own right after the block ("— NORTON I, Emperor."). A dash
after an unfinished sentence ("The prize went to one person — Ann Lee.") is an apposition, not a
signature. Outlets after a dash are wire credits (:mod:`analysis.attribution.credits`).
"""

from __future__ import annotations

import re

from analysis import entities
from analysis.attribution.records import Attribution

#: A dash signature closing a paragraph, after a finished sentence (or opening a paragraph of its own).
_SIGNATURE = re.compile(r"(?:^|(?<=[.!?”\"'’]))\s*(?P<cue>[—―])\s?(?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})"
                        r"(?:,[^\n—―]{1,160})?\s*$")


def signed_block(text: str, paragraphs: list[tuple[int, int]], index: int, *, sent_of) -> Attribution | None:
    """Return the attribution of the paragraph ``index`` signed with a dash and a name, or None.

    The content is the paragraph before the signature, or the previous paragraph when the
    signature stands alone.
    """
    p_start, p_end = paragraphs[index]
    para = text[p_start:p_end].rstrip()
    match = _SIGNATURE.search(para)
    if match is None:
        return None
    before = para[:match.start("cue")].rstrip()
    if before:
        content = (p_start, p_start + len(before))
    elif index > 0:
        q_start, q_end = paragraphs[index - 1]
        content = (q_start, q_start + len(text[q_start:q_end].rstrip()))
    else:
        return None
    content = _strip_marks(text, content)
    name_start, name_end = p_start + match.start("name"), p_start + match.end("name")
    cue = p_start + match.start("cue")
    return Attribution(
        sent_id=sent_of(cue), kind="quote", source=entities.canonical_name(match.group("name"), label="PERSON"),
        source_type="person", source_span=(name_start, name_end), cue_span=(cue, cue + 1), cue_lemma="",
        content_span=content, resolved_by="explicit")


def _strip_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return a span without the quotation marks and spaces at its ends."""
    start, end = span
    while start < end and text[start] in " `'\"“”‘’":
        start += 1
    while end > start and text[end - 1] in " '\"“”‘’":
        end -= 1
    return start, end
