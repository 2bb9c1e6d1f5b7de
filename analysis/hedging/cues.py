"""Finding cues in a parsed text: multiword phrases and negations first, then single words.

Order: lexicon phrases ("there is no doubt", "almost certainly"), negated certainty ("not
confirmed", "did not rule out", "declined to confirm", "not sure") and then every single word
of ``lexicons/hedges.csv`` whose part of speech fits and whose sense rule (``rule`` column,
:mod:`analysis.hedging.senses`) accepts it. A token belongs to at most one cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.hedging.lexicon import (
    lexicon,
    negatable_certainty,
    phrases_by_first_word,
    sense_words,
)
from analysis.hedging.senses import applies


@dataclass(frozen=True)
class Cue:
    """One hedge, booster or approximator span, with the source whose statement it sits in."""

    sent_id: int
    start_char: int
    end_char: int
    text: str
    lemma: str
    kind: str
    category: str
    scheme: str = ""
    source: str = ""
    source_type: str = ""
    attribution_id: str = ""
    source_basis: str = ""
    in_quote: bool = False
    hedge_id: str = ""

    def as_row(self, doc_id: str) -> dict:
        """Return the ``hedges`` table row."""
        return {"doc_id": doc_id, "sent_id": self.sent_id, "hedge_id": self.hedge_id,
                "start_char": self.start_char, "end_char": self.end_char, "text": self.text,
                "lemma": self.lemma, "kind": self.kind, "category": self.category,
                "source": self.source, "source_type": self.source_type,
                "attribution_id": self.attribution_id, "source_basis": self.source_basis,
                "in_quote": self.in_quote}


def find_cues(doc: Doc) -> list[Cue]:
    """Return every cue of a parsed text in text order, ``sent_id`` = spaCy sentence index, no source.

    One pass over the tokens; only tokens whose word or lemma is in a lexicon are examined.
    """
    text = doc.user_data.get("analysis_text") or doc.text
    tokens = list(doc)
    lower = [t.lower_ for t in tokens]
    sent_ids, n = [], -1
    for t in tokens:
        n += bool(t.is_sent_start) or n < 0
        sent_ids.append(n)
    cues: list[Cue] = []
    taken: set[int] = set()
    for first, last, row, lemma in _multiword(tokens, lower, sent_ids):
        span = set(range(first.i, last.i + 1))
        if not taken.intersection(span):
            taken.update(span)
            start, end = first.idx, last.idx + len(last.text)
            cues.append(Cue(sent_ids[first.i], start, end, text[start:end], lemma, row["kind"],
                            row["category"], row["scheme"]))
    words = lexicon()
    for token in tokens:
        if token.i in taken or (lower[token.i] not in words and token.lemma_.lower() not in words):
            continue
        row = classify_token(token)
        if row is not None:
            category = row["category"]
            if token.lemma_.lower() == "likely":
                category = "adverb" if token.pos_ == "ADV" else "adjective"
            cues.append(Cue(sent_ids[token.i], token.idx, token.idx + len(token.text), token.text,
                            token.lemma_.lower(), row["kind"], category, row["scheme"]))
    return sorted(cues, key=lambda c: c.start_char)


_NEGATION_ROW = {"kind": "hedge", "category": "negation", "scheme": "epistemic"}


def _multiword(tokens: list[Token], lower: list[str], sent_ids: list[int]
               ) -> list[tuple[Token, Token, dict[str, str], str]]:
    """Return ``(first, last, lexicon row, lemma)`` of phrases and negated certainty, longest first.

    A phrase never crosses a sentence boundary.
    """
    found = []
    phrases, negatable = phrases_by_first_word(), negatable_certainty()
    for i, word in enumerate(lower):
        for words, term, row in phrases.get(word, ()):
            end = i + len(words) - 1
            if tuple(lower[i:end + 1]) == words and sent_ids[min(end, len(lower) - 1)] == sent_ids[i]:
                found.append((tokens[i], tokens[end], row, term))
                break
        if tokens[i].lemma_.lower() in negatable:
            span = negated_certainty(tokens[i])
            if span:
                found.append((span[0], span[1], _NEGATION_ROW, tokens[i].lemma_.lower()))
    return sorted(found, key=lambda f: (f[0].i, -(f[1].i - f[0].i)))


def negated_certainty(token: Token) -> tuple[Token, Token] | None:
    """Return ``(first, last)`` tokens of a negated-certainty cue headed by ``token``, else None.

    "were not confirmed" → "not confirmed"; "could not be verified" → whole; "did not rule
    out" → whole; "declined to confirm" / "refused to rule out" → whole; "not sure" → whole.
    """
    lemma = token.lemma_.lower()
    if lemma not in negatable_certainty() or token.pos_ not in ("VERB", "ADJ"):
        return None
    particle = next((c for c in token.children if c.dep_ == "prt" and c.lower_ == "out"), None)
    if lemma == "rule" and particle is None:
        return None
    last = particle or token
    neg = next((c for c in token.children if c.dep_ == "neg"), None)
    if neg is None and token.pos_ == "ADJ" and token.head.lemma_ == "be":
        neg = next((c for c in token.head.children if c.dep_ == "neg" and c.i < token.i), None)
    if neg is not None:
        aux = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < neg.i]
        first = aux[-1] if lemma == "rule" and aux else next(
            (c for c in token.children if c.tag_ == "MD" and c.i < neg.i), neg)
        return first, last
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in sense_words("refusal") and head.i < token.i:
        return head, last
    return None


def classify_token(token: Token) -> dict[str, str] | None:
    """Return the lexicon row of a single-word cue in its cue sense, else None."""
    rows = lexicon().get(token.lemma_.lower()) or lexicon().get(token.lower_)
    if not rows:
        return None
    for row in rows:
        if (row["pos"] == "*" or token.pos_ in row["pos"].split("|")) and applies(row["rule"], token):
            return row
    return None
