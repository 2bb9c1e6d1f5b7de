"""Uses of a reporting verb that attribute nothing, though the verb has a subject and a complement.

* a past participle modifying a noun ("a project called Lantern", "a podcast named X"): the
  participle is passive in meaning, so the governing clause's subject is not its source;
* an extraposed frame ("It is important to note that …", "it is fair to say …"): the "it"
  that an adjective's infinitive would inherit is empty, so the frame has no source (the data
  model needs one);
* a reflexive object of a verb of finding ("found himself in Russia", "you find yourself
  moving"): a state the subject ends up in, not something the subject found out;
* *mean* of a thing or a fact ("it means that …", "…, meaning that …"): a consequence, not what a
  person means; only a person who is the verb's own subject means something ("I mean, …",
  "She meant that the deal was off").
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.attribution.records import personal_pronouns, role_nouns, verb_cue_classes


def other_sense(verb: Token, subject: Token) -> bool:
    """Return True when a reporting verb, with the subject the verb rule chose, reports nothing."""
    return participle_modifier(verb) or extraposed_frame(verb, subject) or reflexive_finding(verb) or \
        consequence_mean(verb, subject)


def participle_modifier(verb: Token) -> bool:
    """Return True for a past participle modifying a noun, with no subject of its own ("a show called X")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def extraposed_frame(verb: Token, subject: Token) -> bool:
    """Return True for "It is important to note that …": an inherited, empty "it" through an adjective."""
    governor = verb.head
    return subject.lower_ == "it" and subject.head != verb and verb.dep_ == "xcomp" and (
        governor.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in governor.children))


def reflexive_finding(verb: Token) -> bool:
    """Return True for a verb of finding whose object is reflexive ("found themselves fleeing")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb_cue_classes().get(verb.lemma_.lower()) == "finding" and after is not None and \
        after.lower_.endswith(("self", "selves"))




def consequence_mean(verb: Token, subject: Token) -> bool:
    """Return True for *mean* without a person as its own subject ("it means that …", "…, meaning that …")."""
    if verb.lemma_.lower() != "mean":
        return False
    personal = subject.lower_ in personal_pronouns() or subject.ent_type_ == "PERSON" or \
        subject.lemma_.lower() in role_nouns()
    return subject.head != verb or not personal
