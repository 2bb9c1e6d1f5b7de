"""Characters played by an actor: a role's name is not the name of a real person of the article.

A biography of an actor names roles (*appeared in the film as Tom*; *starred as Rosa*). A
one-word role name does not link to a real person who shares the word (*Tom* the character is
not *Tom Okafor* the actor). :func:`character_mentions` finds them by the parse: the name is
the object of *as* after a verb of performing. The direct object of *play* or *portray* is left
out: it is as often a real person played (*playing Hillary* in a mock debate, on PolNeAR train).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Verbs after which *as X* names a role (*appeared as*, *starred as*, *was cast as*).
PERFORMING = frozenset({"appear", "star", "cast", "play", "return", "debut", "voice", "feature",
                        "perform"})


def is_character(root: Token) -> bool:
    """Return True when the name headed by ``root`` is a role (module docstring)."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in PERFORMING


def character_mentions(doc: Doc, spans: list[tuple[int, int, str]]) -> set[int]:
    """Return the indices of the spans ``(start, end, label)`` that name a role."""
    out = set()
    for i, (start, end, _) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and is_character(span.root):
            out.add(i)
    return out
