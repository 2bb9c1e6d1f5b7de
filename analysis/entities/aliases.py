"""Names introduced as another name of an entity in the same sentence: *X, known as Y*.

A biography or a travel guide gives a second name once (*Ana Ruiz, known as La Rubia*; *Bay
Island, also known as Isla Grande*), and every later use of either names the same entity.
:func:`introduced_aliases` finds them by the parse: the alias is the object of *as* after a
participle *known* (*also known as*, *better known as*) that modifies the first name. *Called*
and *nicknamed* are left out: on PolNeAR train the parser attaches *called* (a verb of
speech there: *Trump called Cruz a liar*) to the wrong names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _named_by(root: Token) -> Token | None:
    """Return the token the name headed by ``root`` is another name of, or None."""
    head = root.head
    if not (root.dep_ == "pobj" and head.lower_ == "as"):
        return None
    known = head.head
    if known.lower_ != "known" or known.dep_ not in ("acl", "relcl", "appos"):
        return None
    return known.head


def introduced_aliases(doc: Doc, spans: list[tuple[int, int, str]]) -> dict[int, int]:
    """Return ``{alias span index: named span index}`` for spans ``(start, end, label)`` that name
    the entity of an earlier span of the same sentence (module docstring)."""
    token_span = {}
    for i, (start, end, _) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for token in span:
                token_span[token.i] = i
    out = {}
    for i, (start, end, _) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        named = _named_by(span.root) if span is not None else None
        if named is not None and token_span.get(named.i, i) < i:
            out[i] = token_span[named.i]
    return out
