"""Full names introduced as someone's relative: they do not take the article's bare surnames.

A biography names the subject's father, brother or daughter in full once (*his brother, Tom
Reyes*; *born to Ana and Luis Reyes*), and every later *Reyes* is the subject. A PERSON mention
is a *relative* when, itself or the first conjunct it is coordinated with (each construction in
:data:`CONSTRUCTIONS` with example and counter-example sentences):

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

from collections.abc import Callable
from dataclasses import dataclass
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


def _first_conjunct(span: Span) -> Token:
    """Return the root of the first conjunct the name is coordinated with (or its own root)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def appositive_to_kin(span: Span) -> bool:
    """*a son, Ralph Reyes*: the name is in apposition to a kinship noun."""
    root = _first_conjunct(span)
    return root.dep_ == "appos" and _kin(root.head)


def kin_on_the_name(span: Span) -> bool:
    """*Tom Reyes, her brother*; *her mother Ana Reyes*: a kinship noun in apposition to the name
    or modifying it."""
    return any(_kin(child) and child.dep_ in ("appos", "compound", "nmod", "amod")
               for child in _first_conjunct(span).children)


def object_of_kin(span: Span) -> bool:
    """*the daughter of Ana Reyes*: the object of *of* after a kinship noun."""
    root = _first_conjunct(span)
    return root.dep_ == "pobj" and root.head.lower_ == "of" and _kin(root.head.head)


def born_to(span: Span) -> bool:
    """*born in Lima to Ana and Luis Reyes*: the object of *to* after *born*."""
    root = _first_conjunct(span)
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "born"


def in_a_kin_list(span: Span) -> bool:
    """*two daughters, Eva Reyes and Rosa Reyes, and a son, Tomás Reyes*: in the list that *born
    ... to*, or a kinship noun before a comma, colon or *of*, opens earlier in the sentence, with
    no verb between (the parser often attaches such lists elsewhere)."""
    doc = span.doc
    for token in doc[span.sent.start:span.start]:
        opens = (token.lower_ == "to" and token.head.lower_ == "born") or (
            _kin(token) and token.i + 1 < span.start and doc[token.i + 1].lower_ in (",", ":", "of"))
        if opens and not any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1:span.start]):
            return True
    return False


@dataclass(frozen=True)
class KinConstruction:
    """One way of introducing a name as a relative: its test, and ``(sentence, name)`` examples
    where it marks the name and counter-examples where no construction does."""

    name: str
    test: Callable[[Span], bool]
    examples: tuple[tuple[str, str], ...]
    counter_examples: tuple[tuple[str, str], ...] = ()


CONSTRUCTIONS: tuple[KinConstruction, ...] = (
    KinConstruction("in apposition to a kinship noun", appositive_to_kin,
                    (("She is survived by a son, Ralph Reyes, of Tucson.", "Ralph Reyes"),
                     ("The singer thanked her mother Ana Reyes on stage.", "Ana Reyes")),
                    (("A spokesman, Ralph Reyes, said the plant would close.", "Ralph Reyes"),)),
    KinConstruction("a kinship noun on the name", kin_on_the_name,
                    (("Tom Reyes, her brother, is a chemist.", "Tom Reyes"),),
                    (("Tom Reyes, her lawyer, is a chemist.", "Tom Reyes"),)),
    KinConstruction("object of a kinship noun's of", object_of_kin,
                    (("Mira is the daughter of Ana Reyes, a painter.", "Ana Reyes"),),
                    (("Mira is the director of Ana Reyes's campaign.", "Ana Reyes"),)),
    KinConstruction("born to", born_to,
                    (("Daniel was born to Ana Reyes in Lima.", "Ana Reyes"),),
                    (("Daniel was born in Lima and moved to Luis Reyes's farm.", "Luis Reyes"),)),
    KinConstruction("in a list a kinship noun opens", in_a_kin_list,
                    (("She has two daughters, Eva Reyes and Rosa Reyes, and a son, Tomás Reyes.",
                      "Tomás Reyes"),),
                    # the list ends at the next verb
                    (("Nora Bell, the widow of a firefighter, said Paul Harmon had insulted her.",
                      "Paul Harmon"),
                     ("Dana Ortiz, whose son serves in the Navy, criticised Paul Harmon.", "Paul Harmon"))),
)


def is_relative(span: Span) -> bool:
    """Return True when the name ``span`` is introduced as a relative by any of :data:`CONSTRUCTIONS`."""
    return any(c.test(span) for c in CONSTRUCTIONS)


def relative_mentions(doc: Doc, spans: list[tuple[int, int, str]]) -> set[int]:
    """Return the indices of the spans ``(start, end, label)`` introduced as a relative (any label:
    the model types some names of a list of children an organisation; the person pass decides)."""
    out: set[int] = set()
    for i, (start, end, _) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1 and is_relative(span):
            out.add(i)
    return out
