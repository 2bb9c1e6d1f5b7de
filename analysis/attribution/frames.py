"""Belief and attitude frames without a reporting verb: an adjective or a noun of stance with its holder.

"Many farmers are worried that the drought will last." / "The governor was critical of the plan."
/ "She made clear that she would run." / "Voters were more likely to say the economy had improved."
The holder is the subject of the linking verb (*be, seem, remain, …*; ``frame_verbs.csv``) or of *make*
("made it clear"); the adjective (``cue_adjectives.csv``) is the cue; its clause or its
prepositional object is the content. Source-less frames ("it is clear that", "is expected to")
are not attributions: the data model needs a source.

A noun of saying or believing (``clause_nouns.csv``) with its author and a clause of its own is
one too: "the senator's claim that the vote was rigged", "their fear that prices will rise",
"his promise to cut taxes", "The board's view is that the plan is sound."
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from analysis.attribution.phrases import (
    is_plausible_source,
    make_attribution,
    subtree_span,
    trim,
)
from analysis.attribution.records import (
    Attribution,
    clause_nouns,
    cue_adjectives,
    frame_verbs,
    occasion_nouns,
    reporting_verbs,
)

#: Verbs whose subject holds the attitude of an adjective complement ("made clear that …").
CAUSING_VERBS = frozenset({"make"})
#: Subjects that hold no attitude: the expletive of "it is clear that …" and demonstratives.
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what"})
#: Pragmatic markers: a verb of knowing addressed to the hearer, said in passing ("…, you know, …").
DISCOURSE_MARKERS = frozenset({("you", "know"), ("you", "see")})
#: A possessive pronoun author stands for its subject form, which anaphora resolves ("his claim").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we",
                       "your": "you"}


def adjective_word(token: Token) -> str | None:
    """Return the lexicon form of an attitude adjective ("worried" as adjective or participle), or None."""
    for form in (token.lower_, token.lemma_.lower()):
        if form in cue_adjectives() and token.pos_ in ("ADJ", "VERB") and token.tag_ in ("JJ", "JJR", "VBN"):
            return form
    return None


def adjective_attribution(adj: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of an attitude adjective with a holder: "X is sure that …".

    The holder is the subject of the linking verb the adjective complements (or of *make*, or
    the passive subject of a participle: "X is convinced that"); the content is the adjective's
    clause, its infinitive when the lexicon allows one ("eager to"), else the object of a preposition
    the lexicon lists for it ("angry at / about / with / over"), unless that is an occasion.
    """
    word = adjective_word(adj)
    holder = _holder(adj, word) if word else None
    if holder is None or in_reported_clause(adj):
        return None
    content = _content(adj, word)
    if content is None:
        return None
    clausal = any(_is_clause(c) for c in adj.children)
    if not is_plausible_source(holder, mentions, lenient=clausal):
        return None
    found = make_attribution(adj, holder, "verb", content, sent_of, mentions)
    return replace(found, cue_lemma=word) if found else None


def is_discourse_marker(verb: Token, subject: Token) -> bool:
    """Return True for a pragmatic marker such as "you know" or "you see" with no complement of its own.

    "It was, you know, a long night": the speaker attributes no knowledge to the hearer; the
    marker only checks the hearer is following. "You know that the vote is Monday" keeps its row.
    """
    if (subject.lower_, verb.lemma_.lower()) not in DISCOURSE_MARKERS:
        return False
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp", "csubj") for c in verb.children)


def in_reported_clause(token: Token) -> bool:
    """Return True when a token sits in what a reporting verb reports ("he said he was sure that …").

    The attitude is then part of the reported content, whose source the reporting verb names;
    the frame adds no attribution of its own. True when an ancestor clause is the complement of a
    reporting verb, or when a reporting verb is a parenthetical of the token's clause ("…, she said").
    """
    node = token
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in reporting_verbs() and not _across_a_colon(node):
            return True
        node = node.head
    clause = token.head if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ccomp", "xcomp") else token
    frame_deps = ("parataxis", "ccomp") if clause is not token else ("parataxis",)  # a verb's ccomp is its content
    return any(c.dep_ in frame_deps and c.lemma_.lower() in reporting_verbs() and c.i > token.i
               and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in (",", "—", "–")  # set off: "…, he said"
               and not any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)  # its own content
               for c in clause.children)


def _across_a_colon(clause: Token) -> bool:
    """Return True for a clause the parser hung on a later verb across a colon or semicolon.

    "I think that is fair; I don't see why …": the first clause is not what "see" reports.
    """
    head = clause.head
    return clause.i < head.i and any(t.text in (";", ":") for t in clause.doc[clause.right_edge.i + 1:head.i])


def _holder(adj: Token, word: str) -> Token | None:
    """Return the subject holding the adjective's attitude, or None (no linking verb, empty subject)."""
    if adj.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and (
            adj.head.lemma_.lower() in frame_verbs("linking") or (adj.head.lemma_.lower() in CAUSING_VERBS
                                                         and cue_adjectives()[word]["complement"] == "make")):
        verb = adj.head
    elif adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):
        verb = adj  # "The board is convinced that …"
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS:
        return None
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def _content(adj: Token, word: str) -> tuple[int, int] | None:
    """Return what the attitude is about, as the lexicon's ``complement`` column allows, or None.

    ``clause`` and ``make``: a that-clause only ("sure that …"); ``any``: a clause or a
    prepositional object ("critical of the plan"); ``infinitive``: also an infinitive ("eager to
    …"). A question clause ("not sure whether …", "unsure why …") attributes no claim.
    """
    allowed = cue_adjectives()[word]["complement"]
    children = list(adj.children)
    clause = next((c for c in children if _is_clause(c)), None)
    if clause is None and adj.head.lemma_.lower() in CAUSING_VERBS:
        clause = next((c for c in adj.head.children if _is_clause(c) and c.i > adj.i), None)
    if clause is not None:
        return None if _is_question(clause) else subtree_span(clause)
    if allowed == "infinitive":
        infinitive = next((c for c in children if c.dep_ == "xcomp"), None)
        if infinitive is not None:
            return subtree_span(infinitive)
    if allowed not in ("any", "infinitive"):
        return None
    takes = set(cue_adjectives()[word].get("prepositions", "").split())
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in takes):
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and not _is_occasion(prep, pobj):
            return subtree_span(pobj)
    return None


def _is_occasion(prep: Token, pobj: Token) -> bool:
    """Return True when an object after at/in/on is a place, an event or a time, not what the attitude is about.

    "The senator was angry at the press conference on Monday", "seemed upset at the meeting".
    """
    return prep.lower_ in ("at", "in", "on") and (
        pobj.ent_type_ in ("GPE", "LOC", "FAC", "EVENT", "DATE", "TIME")
        or pobj.lemma_.lower() in occasion_nouns())


def _is_question(clause: Token) -> bool:
    """Return True for an embedded question: "whether …", "if …", "why …", "who …"."""
    first = clause.left_edge
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) or \
        first.tag_ in ("WDT", "WP", "WP$", "WRB")


def _is_clause(token: Token) -> bool:
    """Return True for a complement clause: a ccomp, or a that-clause the parser made an advcl."""
    return token.dep_ == "ccomp" or (token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children))


def clause_noun_attribution(noun: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a noun of saying or believing with its author and its own clause.

    The author is a possessor ("Trump's claim", "their fear"), a *from/by* phrase ("a promise
    from the mayor") or the subject of *have* ("the coach has no doubt that …"); the content is the noun's that-clause, its to-infinitive when the lexicon
    allows one, or the clause a copula gives it ("X's view is that …"). A noun with no clause
    ("his claim", "the fear of war") is left to the cue-noun construction.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in clause_nouns():
        return None
    author = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
         for p in c.children if p.dep_ == "pobj"), None)
    if author is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have":
        author = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)  # "X has no doubt that …"
    content = _noun_clause(noun, clause_nouns()[noun.lemma_.lower()]["complement"])
    if author is None or content is None or in_reported_clause(noun):
        return None
    pronoun = POSSESSIVE_PRONOUNS.get(author.lower_)
    if pronoun is None and not is_plausible_source(author, mentions):
        return None
    found = make_attribution(noun, author, "prepositional", content, sent_of, mentions)
    if found is not None and pronoun is not None:
        found = replace(found, source=pronoun, resolved_by="pending", source_type="unattributed")
    return found


def _noun_clause(noun: Token, allowed: str) -> tuple[int, int] | None:
    """Return the noun's own that-clause (or to-infinitive when ``allowed``), else a copula's clause."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "appos") and child.pos_ in ("VERB", "AUX"):
            marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if (marked or (child.dep_ == "ccomp" and not infinitive)) and allowed in ("that", "both"):
                return subtree_span(child)
            if infinitive and allowed in ("to", "both"):
                return subtree_span(child)
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and allowed in ("that", "both"):
        clause = next((c for c in head.children if c.dep_ in ("ccomp", "attr") and c.i > noun.i
                       and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:
            return subtree_span(clause)
    return None


def _evaluates(verb: Token) -> bool:
    """Return True for a main clause that judges: a verb of seeming or meaning (not "sent", "shipped").

    "To her critics, the deal was (seemed, looked like, meant) a surrender": ``frame_verbs.csv``,
    role ``evaluative``.
    """
    return verb.lemma_.lower() in frame_verbs("evaluative")


#: Prepositions that open a perspective adjunct: "For many voters, the economy is the issue."
PERSPECTIVE_PREPOSITIONS = frozenset({"to"})  # not "for": "For Trump, the win means …" is benefactive


def perspective_attribution(prep: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a perspective adjunct opening a sentence: "To X, …".

    "To her critics, the deal was a surrender." ("For X, …" is left out: on PolNeAR train it was
    benefactive four times in five, "For the senator, the win means 99 delegates".)
    The preposition is the sentence's first word, its object a plausible source (a person, a body,
    a group, a pronoun; not "the first time") followed by a comma, and the rest of the sentence
    a clause of its own that judges (a verb of seeming or meaning: :func:`_evaluates`; "To
    Europe, the company shipped cars" names a destination), which is the content.
    """
    sent, doc = prep.sent, prep.doc
    if prep.i != sent.start or prep.lower_ not in PERSPECTIVE_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i + 1 >= sent.end or doc[pobj.right_edge.i + 1].text != ",":
        return None
    if pobj.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or not is_plausible_source(pobj, mentions):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in prep.head.children):
        return None  # "To win the state, …" / "For now, …": no clause of its own
    if not _evaluates(prep.head):
        return None  # "To Ukraine, the United States sent rifles": a destination, not a view
    content = trim(doc[pobj.right_edge.i + 2:sent.end])
    found = make_attribution(prep, pobj, "prepositional", content, sent_of, mentions)
    return replace(found, cue_lemma=prep.lower_) if found else None
