"""Full names introduced as someone's relative: they do not take the article's bare surnames.

A biography names the subject's father, brother or daughter in full once (*his brother, Tom
Reyes*; *born to Ana and Luis Reyes*), and every later *Reyes* is the subject. A PERSON mention
is a *relative* when, itself or the first conjunct it is coordinated with:

* is in apposition to a kinship noun (``lexicons/kinship_nouns.txt``): *a son, Ralph Reyes*;
* has a kinship noun in apposition or as a modifier: *Tom Reyes, her brother*; *her mother Ana Reyes*;
* is the object of *of* after a kinship noun: *the daughter of Ana Reyes*;
* is the object of *to* after *born*: *born in Lima to Ana and Luis Reyes*;
* is in the list that *born ... to*, or a kinship noun followed by a comma, a colon or *of*, opens
  (*two daughters, Eva Reyes and Rosa Reyes, and a son, Tomás Reyes*; *the son of Ana Ortiz, a
  nurse, and Luis Reyes*): the parser often attaches such lists elsewhere. The list ends at the
  next verb: in *Ana Ruiz, the mother of a soldier, said Tom Reyes lied* Tom Reyes is no relative.

:func:`analysis.entities.linking.link_people` uses it only to break a tie between two or more
people sharing a surname who are named in full before the mention (a relative does not take it
when another bearer named before does).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from analysis import lexicons


@lru_cache(maxsize=1)
def kinship_nouns() -> frozenset[str]:
    """Return the kinship nouns of ``lexicons/kinship_nouns.txt`` (lower case)."""
    return frozenset(t.lower() for t in lexicons.terms("kinship_nouns.txt"))


def _kin(token: Token) -> bool:
    """Return True when a token is a kinship noun (singular or plural)."""
    return token.lower_ in kinship_nouns() or token.lemma_.lower() in kinship_nouns()


def is_relative(root: Token) -> bool:
    """Return True when the name headed by ``root`` is introduced as a relative (module docstring)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "appos" and _kin(head):
        return True
    if any(_kin(child) and child.dep_ in ("appos", "compound", "nmod", "amod") for child in root.children):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and _kin(head.head):
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "born"


def _after_kin_in_sentence(span: Span) -> bool:
    """Return True when ``span`` is in a list opened, earlier in its sentence and with no verb
    between, by *born ... to* or by a kinship noun before a comma, colon or *of*."""
    doc = span.doc
    for token in doc[span.sent.start:span.start]:
        opens = (token.lower_ == "to" and token.head.lower_ == "born") or (
            _kin(token) and token.i + 1 < span.start and doc[token.i + 1].lower_ in (",", ":", "of"))
        if opens and not any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1:span.start]):
            return True
    return False


def relative_mentions(doc: Doc, spans: list[tuple[int, int, str]]) -> set[int]:
    """Return the indices of the spans ``(start, end, label)`` introduced as a relative (any label:
    the model types some names of a list of children an organisation; the person pass decides)."""
    out: set[int] = set()
    for i, (start, end, _) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1 and (is_relative(span.root) or _after_kin_in_sentence(span)):
            out.add(i)
    return out
