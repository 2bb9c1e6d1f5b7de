"""Constructions cued by one token: reporting verb, passive, "according to", cue noun."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from analysis.attribution.phrases import (
    _has_quote_near,
    _make,
    _subtree_span,
    _trim,
    complement_span,
    is_plausible_source,
)
from analysis.attribution.records import (
    Attribution,
    cue_nouns,
    not_sources,
    reporting_verbs,
)

# ---------------------------------------------------------------- constructions

def verb_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a reporting verb with an active subject.

    "Analysts emphasize that discussions likely covered …" / "…, officials said." /
    "…, said Dmitry Peskov, the Kremlin spokesman."
    """
    subject = verb_subject(verb)
    clausal = reporting_verbs().get(verb.lemma_.lower()) != "hedge" and (
        any(c.dep_ == "ccomp" for c in verb.children) or _has_quote_near(verb))  # not "the gauge indicated"
    if subject is None or not is_plausible_source(subject, mentions, lenient=clausal):
        return None
    if subject.lemma_.lower() in cue_nouns() and cue_author(subject) is not None:
        return None  # "A statement from X rejected …" is the cue noun's attribution
    if subject.is_upper and len(subject.text) > 2 and subject.i == subject.sent.start:
        return None  # the place of a dateline ("MOSCOW, Sept. 13 (Reuters) - … agreed")
    negation = next((c for c in verb.children if c.dep_ == "neg"), None)
    content = complement_span(verb)
    if content is None and negation is None and verb.lemma_ in {"say", "tell", "add", "note"} \
            and not _has_quote_near(verb):
        return None
    found = _make(verb, subject, "verb", content, sent_of, mentions)
    if negation is not None and found is not None:  # "did not say whether …": the cue is the whole frame
        first = min([negation, *(c for c in verb.children if c.dep_ == "aux" and c.i < verb.i)],
                    key=lambda t: t.i)
        found = replace(found, cue_span=(first.idx, verb.idx + len(verb.text)))
    return found


def verb_subject(verb: Token) -> Token | None:
    """Return the subject of a reporting verb, inherited when the verb has none of its own.

    "said … and indicated" (conj), "…, saying that" / "…, adding" (advcl), "continued to say"
    (xcomp) take the governing verb's subject; "Smith, who said" takes the noun "who" stands for.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def passive_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a passive reporting verb: "This visit was reported by TASS"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if pobj is None or not is_plausible_source(pobj, mentions):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    content = _subtree_span(subject) if subject is not None else complement_span(verb)
    return _make(verb, pobj, "passive", content, sent_of, mentions)


def according_to_attribution(token: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "according to X": the rest of the sentence is the content."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or pobj.lemma_.lower() in not_sources():
        return None  # "according to plan"
    sent = token.sent
    phrase_start, phrase_end = token.i, pobj.right_edge.i + 1
    before = sent.doc[sent.start:phrase_start]
    after = sent.doc[phrase_end:sent.end]
    content = _trim(after if len(after.text.strip(" ,.")) > len(before.text.strip(" ,.")) else before)
    cue = (token.idx, to.idx + len(to.text))
    attribution = _make(token, pobj, "according_to", content, sent_of, mentions)
    return replace(attribution, cue_span=cue, cue_lemma="according to") if attribution else None


def cue_noun_attribution(noun: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a cue noun with its author: "a statement from the ministry".

    "in remarks to reporters" names an audience, not a source, so only *from*, *by* and
    (for an interview) *with*-less possessives count.
    """
    author = cue_author(noun)
    if author is None or not is_plausible_source(author, mentions):
        return None
    head = noun.head
    content = complement_span(head) if head.pos_ == "VERB" and head.i != noun.i else None
    if content is None:
        acl = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
        content = _subtree_span(acl) if acl is not None else None
    return _make(noun, author, "prepositional", content, sent_of, mentions)


def cue_author(noun: Token) -> Token | None:
    """Return the head of a cue noun's author: "statement from X", "remarks by X", "X's statement"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    return None

