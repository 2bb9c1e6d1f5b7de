"""Belief frames: a verb cue's own subject holds the cue and the clause it governs.

"Many experts **suspect** those losses **may** have been ...": when no attribution names the
experts, the hedge verb still has a holder, its subject, and a content, its clausal complement.
A frame is built for every verb cue with an active subject that is not *I, we, you* (inside a
quotation those are the quoted speaker's) and not a raising verb (*seem, appear*: their subject is
what is observed). A pronoun subject takes the source of the nearest attribution before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.hedging.cues import Cue
from analysis.hedging.lexicon import sense_words

_FIRST_SECOND = {"i", "we", "you", "me", "us"}
_ENTITY_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "government", "NORP": "government"}
_NEAR = 600  # characters back to look for the attribution a pronoun refers to


@dataclass(frozen=True)
class Frame:
    """A verb cue's holder (its subject) and content (its clause); shaped like an attribution."""

    source: str
    source_type: str
    source_span: tuple[int, int]
    cue_span: tuple[int, int]
    content_span: tuple[int, int] | None
    kind: str = "belief"
    attribution_id: str = ""


def belief_frames(doc: Doc, cues: list[Cue], attributions: list) -> list[Frame]:
    """Return the belief frames of a document's verb cues (see the module docstring)."""
    by_start = {t.idx: t for t in doc}
    frames = []
    for cue in cues:
        token = by_start.get(cue.start_char)
        if cue.category != "verb" or token is None or token.lemma_.lower() in sense_words("raising"):
            continue
        subject = _subject(token)
        if subject is None or subject.lower_ in _FIRST_SECOND:
            continue
        source, source_type = _holder(subject, attributions)
        clause = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
        content = (min(c.left_edge.idx for c in clause),
                   max(c.right_edge.idx + len(c.right_edge.text) for c in clause)) if clause else None
        first, last = subject.left_edge, subject.right_edge
        frames.append(Frame(source, source_type, (first.idx, last.idx + len(last.text)),
                            (cue.start_char, cue.end_char), content))
    return frames


def _subject(verb: Token) -> Token | None:
    """Return the active subject of a verb, or of the verb a participle clause hangs on.

    "Rendell recalled, **suggesting** the debate ...": the subject of *recalled*.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _holder(subject: Token, attributions: list) -> tuple[str, str]:
    """Return ``(source, source_type)`` for a frame's subject (a pronoun: the previous speaker)."""
    if subject.pos_ == "PRON":
        before = [a for a in attributions if getattr(a, "kind", "") != "credit" and a.cue_span
                  and subject.idx - _NEAR < a.cue_span[0] < subject.idx and a.source]
        if before:
            last = max(before, key=lambda a: a.cue_span[0])
            return last.source, last.source_type
        return subject.lower_, "anonymous"
    if subject.ent_type_ in _ENTITY_TYPES:
        ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
        return (ent.text if ent is not None else subject.text), _ENTITY_TYPES[subject.ent_type_]
    words = [t for t in subject.subtree if t.dep_ in ("compound", "amod") and t.head.i == subject.i]
    return " ".join(t.lower_ for t in (*words, subject)), "anonymous"
