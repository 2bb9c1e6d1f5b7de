"""A block signed with a dash after its last sentence: "… and nobody in the hall noticed. — Ada Kwan".

Epigraphs, decrees, letters and pull quotes are signed the way a quotation is (see
:func:`analysis.attribution.credits.signed_quote`), with or without quotation marks: a finished
sentence (ending in ``.``, ``!``, ``?`` or a closing quotation mark), then a dash and a name,
possibly followed by a comma and a description ("— Okafor, on the harbour tolls."). The signature
may also stand as a paragraph of its own right after the block ("— ODILE II, Duchess."). A dash
after an unfinished sentence ("The prize went to one person — Ann Lee.") is an apposition, not a
signature. Outlets after a dash are wire credits (:mod:`analysis.attribution.credits`); bylines and
sign-offs ("— Staff Writer", "— Ann Lee, reporting from Cairo.", ``byline_words.txt``) sign no one's
words. A name's final full stop is the sentence's ("— Ann Lee."), not the name's, unless it
ends an initial ("— Ann B.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import entities, lexicons
from analysis.attribution.records import NAME_WORDS, Attribution

#: A dash signature closing a paragraph, after a finished sentence (or opening a paragraph of its own).
_SIGNATURE = re.compile(r"(?:^|(?<=[.!?”\"'’]))\s*(?P<cue>[—―])\s?(?P<name>" + NAME_WORDS + ")"
                        r"(?P<more>,[^\n—―]{1,160})?\s*$")


@lru_cache(maxsize=1)
def byline_words() -> frozenset[str]:
    """Return lower-case words and phrases of a byline or sign-off ("staff writer", "reporting from")."""
    return frozenset(lexicons.terms("byline_words.txt"))


def is_byline(name: str, more: str = "") -> bool:
    """Return True when a dash signature is a byline: a byline word in the name or phrase after it."""
    words = re.findall(r"[a-z]+", name.lower())
    rest = " ".join(re.findall(r"[a-z]+", more.lower()))
    return any(w in byline_words() for w in words) or \
        any(" " in p and re.search(rf"\b{p}\b", rest) or p in rest.split() for p in byline_words())


def name_end(name: str) -> int:
    """Return the length of a signed name without the sentence's final full stop (kept after an initial)."""
    last = name.split()[-1]
    return len(name) - 1 if name.endswith(".") and len(last.strip(".")) > 1 and last.count(".") == 1 else len(name)


def signed_block(text: str, paragraphs: list[tuple[int, int]], index: int, *, sent_of) -> Attribution | None:
    """Return the attribution of the paragraph ``index`` signed with a dash and a name, or None.

    The content is the paragraph before the signature, or the previous paragraph when the
    signature stands alone.
    """
    p_start, p_end = paragraphs[index]
    para = text[p_start:p_end].rstrip()
    match = _SIGNATURE.search(para)
    if match is None or is_byline(match.group("name"), match.group("more") or ""):
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
    name = match.group("name")[:name_end(match.group("name"))]
    name_start = p_start + match.start("name")
    cue = p_start + match.start("cue")
    return Attribution(
        sent_id=sent_of(cue), kind="quote", source=entities.canonical_name(name, label="PERSON"),
        source_type="person", source_span=(name_start, name_start + len(name)), cue_span=(cue, cue + 1), cue_lemma="",
        content_span=content, resolved_by="explicit")


def _strip_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return a span without the quotation marks and spaces at its ends."""
    start, end = span
    while start < end and text[start] in " `'\"“”‘’":
        start += 1
    while end > start and text[end - 1] in " '\"“”‘’":
        end -= 1
    return start, end
