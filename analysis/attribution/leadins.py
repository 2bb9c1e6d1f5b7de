"""A reporting verb and a colon that close a paragraph: the next paragraph is what it reports.

"The host added: / And from the supposed favourite, this looks like panic …": long remarks and
statements are often set off as a paragraph of their own, without quotation marks, after a
lead-in that ends in the speaker, a verb of saying and a colon. A quoted next paragraph is the
quotation rules' (:mod:`analysis.attribution.quotes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.attribution.constructions import verb_subject
from analysis.attribution.phrases import is_plausible_source, make_attribution
from analysis.attribution.records import OPENING_MARKS, Attribution, verb_cue_classes
from analysis.corpus import paragraph_spans
from analysis.nlp import doc_text

#: Characters that open a quotation at a paragraph's start (such a paragraph is left to the quote rules).
_QUOTE_OPENERS = OPENING_MARKS
#: At most this many characters between the verb and the colon ("added in a statement on Friday:").
MAX_TAIL_CHARS = 60


def colon_lead_in_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "X added:" closing a paragraph, the next paragraph as content."""
    if verb_cue_classes().get(verb.lemma_.lower()) != "speech":
        return None
    subject = verb_subject(verb)
    if subject is None or not is_plausible_source(subject, mentions, lenient=True):
        return None
    text = doc_text(verb.doc)
    end = verb.idx + len(verb.text)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    tail = text[end:line_end].rstrip()
    if not tail.endswith(":") or len(tail) > MAX_TAIL_CHARS or any(c in tail for c in ".!?;"):
        return None
    block = next(((s, e) for s, e in paragraph_spans(text) if s > line_end and text[s:e].strip()), None)
    if block is None or text[block[0]] in _QUOTE_OPENERS:
        return None
    start, stop = block
    content = (start, start + len(text[start:stop].rstrip(" .")))
    return make_attribution(verb, subject, "verb", content, sent_of, mentions)
