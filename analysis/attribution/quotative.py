"""Quotative "be like": conversational English reports speech or thought with "be like" and a comma.

"I was like, why not start over." / "And she's like, 'Are you serious?'" (Buchstaller 2014,
*Quotatives: New Trends and Sociolinguistic Implications*): the subject of *be* is the source,
*like* the cue, and what follows the comma the content. A comparison ("It was like a dream")
has no comma after *like* and a noun phrase after it, and is not matched. Only a person says
things this way: the subject is a personal pronoun, a person's name or a role noun ("the
coach", "my sister"), never a thing ("The house was like, totally empty": a hedge on the description), and
what follows is a finite clause, a question or exclamation opener ("why not", "wow") or a
quotation, never a bare phrase ("He is like, six feet tall": an approximation).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from analysis import lexicons
from analysis.attribution.phrases import make_attribution, trim
from analysis.attribution.records import Attribution, personal_pronouns, role_nouns

#: Words that open a reported question or exclamation with no finite verb ("I was like, why not …").
OPENERS = frozenset({"why", "what", "how", "who", "where", "when", "oh", "wow", "no", "yes", "okay", "ok",
                     "whoa", "seriously", "really", "hey", "well"})


def quotative_like_attribution(like: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "X be like, …": source the subject of *be*, content after the comma."""
    doc, be = like.doc, like.head
    if be.lemma_.lower() != "be" or like.i + 2 >= len(doc) or doc[like.i + 1].text != "," \
            or like.i != be.i + 1 + sum(1 for t in doc[be.i + 1:like.i] if t.pos_ == "ADV"):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subject is None or not _is_person(subject):
        return None
    content = trim(doc[like.i + 2:like.sent.end])
    if content is None or not _says_something(doc[like.i + 2:like.sent.end]):
        return None
    return make_attribution(like, subject, "verb", content, sent_of, mentions)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Return lower-case nouns that always name people (``person_nouns.txt``, ``role_nouns.txt``)."""
    return frozenset(lexicons.terms("person_nouns.txt")) | role_nouns()


def _is_person(subject: Token) -> bool:
    """Return True for a subject that names a person: a personal pronoun, a person's name, a person noun."""
    if subject.pos_ == "PRON":
        return subject.lower_ in personal_pronouns()
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in person_nouns() or \
        subject.lower_ in person_nouns()


def _says_something(words) -> bool:
    """Return True when the words after "like," are a finite clause, a question opener or a quotation."""
    first = next((t for t in words if not t.is_space), None)
    if first is None:
        return False
    if first.is_quote or first.lower_ in OPENERS or first.pos_ == "INTJ":
        return True
    heads = {t.i for t in words if (not (words.start <= t.head.i < words.end) or t.head.i == t.i)
             and t.dep_ not in ("advcl", "relcl", "acl")}  # not "exhausted when we arrived"
    verbs = [t for t in words if t.i in heads or (t.dep_ in ("aux", "auxpass", "cop") and t.head.i in heads)]
    return any("Fin" in t.morph.get("VerbForm") or t.tag_ == "MD" for t in verbs)
