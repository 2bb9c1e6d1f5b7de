"""Sense rules: which use of an ambiguous lexicon term is a cue.

A lexicon row's ``rule`` column names one entry of :data:`SENSE_RULES`. Each entry says what it
separates and carries example sentences, ``(sentence, word, is_cue)``, for both senses; one
parametrised test (``tests/test_hedging_senses.py``) runs every example through the cue finder.
The word lists the rules consult are in ``lexicons/hedge_senses.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from analysis.hedging.lexicon import sense_words

Example = tuple[str, str, bool]
_CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis", "oprd"}
_NON_AGENT_PRONOUNS = {"it", "this", "that", "which", "there"}


@dataclass(frozen=True)
class SenseRule:
    """One sense rule: its name, what it separates, the test, and examples of both senses."""

    name: str
    what: str
    applies: Callable[[Token], bool]
    examples: tuple[Example, ...]


SENSE_RULES: dict[str, SenseRule] = {}


def sense_rule(name: str, what: str, examples: list[Example]) -> Callable:
    """Return a decorator registering ``fn(token) -> bool`` as the sense rule ``name``."""
    def register(fn: Callable[[Token], bool]) -> Callable[[Token], bool]:
        SENSE_RULES[name] = SenseRule(name, what, fn, tuple(examples))
        return fn
    return register


def applies(rule: str, token: Token) -> bool:
    """Return True when ``token`` is in the cue sense of ``rule`` (an empty rule always applies)."""
    return not rule or SENSE_RULES[rule].applies(token)


@cache
def _phrase_pattern(rule: str) -> re.Pattern:
    """Return a case-insensitive regex matching any phrase listed for ``rule``."""
    words = sorted(sense_words(rule), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _is_modal(token: Token) -> bool:
    """Return True for a modal auxiliary (not the month, a name or a noun)."""
    if token.tag_ != "MD" or token.ent_type_ in ("PERSON", "DATE"):
        return False
    return token.head.tag_ not in ("VBD", "VBZ", "VBP") or token.head.i < token.i


def _subject(verb: Token) -> Token | None:
    """Return the subject of a verb (active or passive), or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _has_aux(verb: Token, lemmas: tuple[str, ...]) -> bool:
    """Return True when the verb has an auxiliary with one of ``lemmas`` ("be", "have")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in lemmas for c in verb.children)


def _clause_child(verb: Token) -> bool:
    """Return True when the verb takes a clause ("believe that ...", "is thought to ...")."""
    return any(c.dep_ in _CLAUSE_DEPS for c in verb.children)


@sense_rule("may", "epistemic may vs the month, a first name, and may of permission", [
    ("The new drones may be deployed by autumn.", "may", True),
    ("Prices may rise next year.", "may", True),
    ("The virus may have spread before March.", "may", True),
    ("In May, the ministry changed its plan.", "May", False),
    ("May Chen, a retired general, spoke first.", "May", False),
    ("Under the treaty, inspectors may visit any base.", "may", False),
    ("Admins may export reports.", "may", False),
])
def may(token: Token) -> bool:
    """Return True for epistemic may; False for the month, the name and permission."""
    if not _is_modal(token):
        return False
    verb = token.head
    if _has_aux(verb, ("be", "have")) or verb.lemma_.lower() == "be":
        return True  # "may be deployed", "may have spread"
    subject = _subject(verb)
    agentive = subject is not None and subject.lower_ not in _NON_AGENT_PRONOUNS
    return not (agentive and verb.lemma_.lower() in sense_words("permission"))


@sense_rule("might", "modal might vs the noun", [
    ("The driver might not have acted alone.", "might", True),
    ("Talks might resume on Monday.", "might", True),
    ("Analysts said the military might of the alliance was not in doubt.", "might", False),
    ("She pushed with all her might.", "might", False),
])
def might(token: Token) -> bool:
    """Return True for the modal; False for the noun ("the military might")."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and (before.pos_ in ("DET", "ADJ") or before.tag_ == "PRP$"):
        return False
    return token.tag_ == "MD" and token.pos_ != "NOUN"


@sense_rule("could", "epistemic could vs ability (negated, skill verbs, past time, who-clauses)", [
    ("The dispute could delay the vote.", "could", True),
    ("He could swim across the lake as a child.", "could", False),
    ("She could not attend the hearing.", "could", False),
    ("Okafor, who could speak four languages, recorded the message.", "could", False),
    ("The fault could have been prevented.", "could", True),
    ("He saved money so that he could travel.", "could", False),
    ("It is a relationship that could influence defence planning.", "could", True),
    ("They could see no way out.", "could", False),
])
def could(token: Token) -> bool:
    """Return True for epistemic could; False for ability or past possibility."""
    if not _is_modal(token):
        return False
    verb, sentence = token.head, token.sent.text
    negated = any(c.dep_ == "neg" for c in verb.children)
    subject = _subject(verb)
    person = subject is not None and subject.lower_ not in _NON_AGENT_PRONOUNS and (
        subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ == "PERSON")
    ability = person and verb.lemma_.lower() in sense_words("ability")
    subordinate = (verb.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in verb.children)
                   or verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sense_words("ability_clause")
                                                   for c in verb.children))  # "so that he could"
    past = _phrase_pattern("past_ability").search(sentence) or _phrase_pattern("habit").search(sentence)
    if negated or ability or subordinate or past:
        return False
    return _has_aux(verb, ("be", "have")) or verb.lemma_.lower() == "be" or not person


@sense_rule("would", "would softening a claim vs the reported future, habit and conditionals", [
    ("It would seem the deal is off.", "would", True),
    ("I would say the risk is small.", "would", True),
    ("The mayor said the schools would close on Thursday.", "would", False),
    ("Her father would fish the bay every autumn.", "would", False),
    ("If talks fail, the schools would close.", "would", False),
    ("A ceasefire would ease the pressure.", "would", False),
    ("The minister would not say when talks resume.", "would", False),
])
def would(token: Token) -> bool:
    """Return True only for softening would ("it would seem", "I would say")."""
    if not _is_modal(token):
        return False
    verb = token.head
    if verb.lemma_.lower() not in sense_words("softening") or _has_aux(verb, ("have",)):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "Kadzik wouldn't say": a refusal, not a softened claim
    governor = verb.head
    reported = verb.dep_ == "ccomp" and governor.lemma_.lower() in sense_words("reported_future") \
        and governor.tag_ in ("VBD", "VBN")
    return not reported


@sense_rule("should", "should of expectation vs obligation", [
    ("The shipment should arrive by Friday.", "should", True),
    ("The results should be ready next week.", "should", True),
    ("Ministers should resign over the scandal.", "should", False),
    ("Companies should pay their taxes.", "should", False),
    ("It should be noted that the data are old.", "should", False),
    ("The bridge should be finished by March.", "should", True),
])
def should(token: Token) -> bool:
    """Return True when should states an expectation (a time ahead, an arrival, a state)."""
    if not _is_modal(token):
        return False
    verb = token.head
    near = [c.lower_ for c in verb.children] + [g.lower_ for c in verb.children for g in c.children]
    if verb.lemma_.lower() in sense_words("expectation"):
        return True
    if verb.lemma_.lower() == "be" and any(c.lower_ in sense_words("expectation_state")
                                           for c in verb.children):
        return True
    return any(w in sense_words("time_marker") for w in near) and _has_aux(verb, ("be",))


@sense_rule("possible", "possible as a hedge vs 'as soon as possible', 'made possible', 'best possible'", [
    ("It is possible that the fire was set.", "possible", True),
    ("Police are examining a possible link.", "possible", True),
    ("Come as soon as possible.", "possible", False),
    ("The grant made the study possible.", "possible", False),
    ("They offered the best possible price.", "possible", False),
    ("It is possible to bend the pins by hand.", "possible", False),
    ("Wheelchair access is possible at the station.", "possible", False),
])
def possible(token: Token) -> bool:
    """Return True for possible expressing possibility of a proposition or thing."""
    before = [t.lower_ for t in token.doc[max(token.sent.start, token.i - 4):token.i]]
    if "as" in before or any(t.tag_ in ("JJS", "RBS") for t in token.doc[max(token.i - 2, 0):token.i]):
        return False
    if token.head.lemma_.lower() == "make" or token.head.lower_ in sense_words("possible_blocker"):
        return False  # "made possible", "everything possible"
    if token.dep_ != "amod":  # predicative: only "it is possible that ..."; "possible to" is feasibility
        clauses = [c for c in (*token.children, *token.head.children) if c.dep_ == "ccomp" and c.i > token.i]
        return any(g.lower_ == "that" and g.dep_ == "mark" for c in clauses for g in c.children)
    return not any(t.lower_ in sense_words("possible_blocker") for t in token.doc[max(token.i - 1, 0):token.i])


@sense_rule("clause", "evidential verbs with a clause or a non-person subject vs literal readings", [
    ("Officials indicated that the talks had stalled.", "indicated", True),
    ("Early results suggest the vaccine is safe.", "suggest", True),
    ("The name suggests a link to the old port.", "suggests", True),
    ("The gauge indicated 40 degrees.", "indicated", False),
    ("Signal boards indicated cancellations on four lines by midday.", "indicated", False),
    ("She suggested a new name for the team.", "suggested", False),
])
def clause(token: Token) -> bool:
    """Return True when the verb takes a clause, or states what a non-person subject shows."""
    if any(c.dep_ in _CLAUSE_DEPS and any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children)
           for c in token.children):
        return True  # "indicated that talks had stalled", "suggests the drug works"
    if token.dep_ in ("advcl", "acl") and token.tag_ == "VBG" and _clause_child(token):
        return True  # "..., suggesting that"
    subject = _subject(token)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or any(c.like_num for c in obj.subtree):
        return False
    person = subject.pos_ in ("PRON", "PROPN") and subject.lower_ not in _NON_AGENT_PRONOUNS
    return not (person or subject.ent_type_ in ("PERSON", "ORG", "NORP") or token.lemma_ == "indicate")


@sense_rule("appear", "appear to / it appears that vs appearing somewhere", [
    ("The fire appears to have started in the kitchen.", "appears", True),
    ("It appeared that nobody had noticed.", "appeared", True),
    ("The suspect appeared in court on Monday.", "appeared", False),
    ("The band appeared on television.", "appeared", False),
])
def appear(token: Token) -> bool:
    """Return True for evidential appear (with a clause or a predicate), not for showing up."""
    return any(c.dep_ in _CLAUSE_DEPS for c in token.children)


@sense_rule("cognition", "verbs of belief with a proposition vs other uses", [
    ("Analysts think the deal will fail.", "think", True),
    ("The ship is thought to have sunk in 1820.", "thought", True),
    ("He is believed to have fled.", "believed", True),
    ("We assume that prices will rise.", "assume", True),
    ("The deal, analysts believe, is dead.", "believe", True),
    ("She is thinking about the future.", "thinking", False),
    ("He assumed office in January.", "assumed", False),
    ("They believe in miracles.", "believe", False),
])
def cognition(token: Token) -> bool:
    """Return True when a verb of belief takes a proposition (clause, passive with to, parenthetical)."""
    return _clause_child(token) or token.dep_ == "parataxis" or any(
        c.lower_ == "so" for c in token.children)  # "I think so"


@sense_rule("regarded_as", "is considered / regarded / seen as vs considering or seeing something", [
    ("He is considered the best player of his era.", "considered", True),
    ("The tower is regarded as a symbol of the city.", "regarded", True),
    ("The move was seen as a snub.", "seen", True),
    ("The committee considered the bill on Monday.", "considered", False),
    ("Witnesses saw smoke over the port.", "saw", False),
    ("They saw the vote as a betrayal.", "saw", False),
])
def regarded_as(token: Token) -> bool:
    """Return True for verbs of judgment with an 'as' phrase or a predicate ('is considered X')."""
    as_phrase = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    if token.lemma_.lower() in sense_words("judgment_as"):
        return as_phrase and token.tag_ == "VBN"  # "is seen as", "widely regarded as"
    return as_phrase or any(c.dep_ in _CLAUSE_DEPS | {"attr", "acomp"} for c in token.children)


@sense_rule("certain", "certain / sure / clear as certainty vs 'certain aspects', 'two points clear'", [
    ("We are certain the numbers are right.", "certain", True),
    ("It is clear that the plan failed.", "clear", True),
    ("The Kremlin clarified certain aspects of the talks.", "certain", False),
    ("The club is two points clear at the top.", "clear", False),
])
def certain(token: Token) -> bool:
    """Return True for predicative certainty adjectives."""
    if any(c.dep_ == "npadvmod" for c in token.children):
        return False  # "two points clear"
    return token.dep_ in ("acomp", "ROOT", "xcomp") or token.head.lower_ in ("almost", "absolutely")


@sense_rule("clearly", "clearly as a booster vs the manner of speaking or seeing", [
    ("The ruling is clearly wrong.", "clearly", True),
    ("She spoke clearly to the jury.", "clearly", False),
    ("The coach signalled clearly to the bench.", "clearly", False),
])
def clearly(token: Token) -> bool:
    """Return True unless clearly modifies a verb of speaking or showing (manner)."""
    head = token.head.head if token.dep_ == "conj" else token.head
    return not (head.lemma_.lower() in sense_words("manner") or head.pos_ == "VERB" and token.i > head.i)


@sense_rule("number", "approximators only before a number", [
    ("About 300 people were evacuated.", "About", True),
    ("Some 40 flights were cancelled.", "Some", True),
    ("The strike cost almost $2 billion.", "almost", True),
    ("The report is about the war.", "about", False),
    ("Some people left early.", "Some", False),
    ("The plan almost failed.", "almost", False),
])
def number(token: Token) -> bool:
    """Return True when the word modifies a number ("about 300", "some $40 million")."""
    following = token.doc[token.i + 1:token.i + 3]
    if following and (following[0].like_num or following[0].tag_ == "$" and len(following) > 1
                      and following[1].like_num):
        return True
    return token.head.like_num and token.head.i > token.i


@sense_rule("confirm", "confirm as a booster verb vs 'confirmed cases' (an attribute)", [
    ("Officials confirmed the figure on Monday.", "confirmed", True),
    ("Doctors reported 38 confirmed cases.", "confirmed", False),
])
def confirm(token: Token) -> bool:
    """Return False for the attributive participle ("confirmed cases")."""
    return token.dep_ != "amod"


@sense_rule("that_clause", "nouns of belief with the proposition they hold vs the noun alone", [
    ("The belief that prices will fall is widespread.", "belief", True),
    ("The idea that the tower was a temple is old.", "idea", True),
    ("In her view, the plan will fail.", "view", True),
    ("He respects their religious beliefs.", "beliefs", False),
    ("The idea came from a student.", "idea", False),
    ("The view from the tower is fine.", "view", False),
])
def that_clause(token: Token) -> bool:
    """Return True when the noun takes a that-clause or is someone's view ("in her view")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ in ("mark", "nsubj", "dobj") \
            and after.head.i != token.head.i:
        return True
    if any(c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
           for c in token.children):
        return True
    return token.lower_ == "view" and token.head.lower_ == "in" and any(
        c.dep_ == "poss" for c in token.children)


@sense_rule("predicative", "adjectives of not knowing used predicatively vs attributively", [
    ("The cause remains unknown.", "unknown", True),
    ("It is unknown whether he survived.", "unknown", True),
    ("The painting is by an unknown artist.", "unknown", False),
])
def predicative(token: Token) -> bool:
    """Return True for a predicative adjective ("remains unknown", "it is unknown whether")."""
    return token.dep_ in ("acomp", "ROOT", "xcomp", "oprd", "ccomp") or \
        token.dep_ == "conj" and token.head.dep_ in ("acomp", "ROOT")


@sense_rule("attributive", "apparent as 'seeming' (attributive) vs 'evident' (predicative)", [
    ("Police found an apparent suicide note.", "apparent", True),
    ("It soon became apparent that the plan had failed.", "apparent", False),
])
def attributive(token: Token) -> bool:
    """Return True for an attributive adjective ("an apparent suicide")."""
    return token.dep_ == "amod"
