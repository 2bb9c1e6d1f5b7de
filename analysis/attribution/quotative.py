"""Quotative "be like": conversational English reports speech or thought with "be like" and a comma.

"I was like, why not start over." / "And she's like, 'Are you serious?'" (Buchstaller 2014,
*Quotatives: New Trends and Sociolinguistic Implications*): the subject of *be* is the source,
*like* the cue, and what follows the comma the content. A comparison ("It was like a dream")
has no comma after *like* and a noun phrase after it, and is not matched.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.attribution.phrases import _make, _trim, is_plausible_source
from analysis.attribution.records import Attribution


def quotative_like_attribution(like: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "X be like, …": source the subject of *be*, content after the comma."""
    doc, be = like.doc, like.head
    if be.lemma_.lower() != "be" or like.i + 2 >= len(doc) or doc[like.i + 1].text != "," \
            or like.i != be.i + 1 + sum(1 for t in doc[be.i + 1:like.i] if t.pos_ == "ADV"):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subject is None or subject.lower_ in ("it", "this", "that") or not is_plausible_source(subject, mentions, lenient=True):
        return None
    content = _trim(doc[like.i + 2:like.sent.end])
    return _make(like, subject, "verb", content, sent_of, mentions) if content else None
