"""Source phrases, canonical source names and content spans: the pieces every construction uses."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis import entities
from analysis.attribution.records import (
    Attribution,
    pronouns,
    quantifiers,
    role_nouns,
    source_terms,
)
from analysis.nlp import doc_text

_NP_LEFT = {"compound", "amod", "nummod", "poss", "nmod", "quantmod", "case", "npadvmod"}
_NP_RIGHT_PREPS = {"of", "for", "with", "close", "to"}
#: Prepositions whose object a reporting verb reports ("pointed to", "called for", "railed against").
CONTENT_PREPOSITIONS = frozenset({"at", "of", "about", "on", "to", "against", "for"})
#: Verbs of saying, whose "at/on/to" phrases are circumstances ("said at a rally", "said to reporters").
SAYING_VERBS = frozenset({"say", "tell", "add", "speak", "talk", "state", "write", "disclose", "explain"})
SAYING_PREPOSITIONS = frozenset({"about", "of", "against"})


def make_attribution(cue: Token, source_head: Token, kind: str, content, sent_of, mentions) -> Attribution | None:
    """Return an :class:`Attribution` from a cue token and the head of its source phrase."""
    start, end = source_phrase(source_head, mentions)
    person = _appositive_person(source_head, mentions, end)
    if person is not None and source_head.pos_ != "PRON":  # "her coach, Lee Sung-ho,": the name
        start, end = person.start_char, person.end_char
    name, stype, needs_resolution = canonical_source(source_head, start, end, mentions)
    return Attribution(
        sent_id=sent_of(cue.idx), kind=kind, source=name, source_type=stype,
        source_span=(start, end), cue_span=(cue.idx, cue.idx + len(cue.text)),
        cue_lemma=cue.lemma_.lower(), content_span=content,
        resolved_by="pending" if needs_resolution else "explicit",
    )


# ---------------------------------------------------------------- phrases and names

#: Quantifier and indefinite pronouns that head a source when the verb reports a clause or a quotation
#: ("most of them said …", "everyone would say, “…”"); not "nobody", whose claim is a negation.
LENIENT_PRONOUNS = frozenset({"most", "others", "another", "both", "all", "many", "some", "several", "everyone",
                              "everybody", "someone", "somebody"})


def _group_says_clause(head: Token) -> bool:
    """Return True when a group pronoun can be the source of the verb it is the subject of.

    A quantifier or indefinite pronoun names its group itself ("Some say they hear echoes …",
    "everyone would say, “…”"), as does "those" with a modifier ("those surveyed say …"). Not
    "those who said …" (a relative clause defines the group; it claims nothing) nor the idiom
    "All told, …". Called only when the verb reports a clause or a quotation.
    """
    lower, verb, doc = head.lower_, head.head, head.doc
    if lower == "those":
        return head.dep_ == "nsubj" and any(c.dep_ in ("acl", "prep") for c in head.children)
    if lower not in quantifiers() and lower not in LENIENT_PRONOUNS:
        return False
    return not (lower == "all" and verb.lower_ == "told" and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",")


def is_plausible_source(head: Token, mentions, *, lenient: bool = False) -> bool:
    """Return True when a noun phrase head can be a source (a person, body, group or document).

    ``lenient`` (the verb reports a clause or a quotation: "47 percent said they would …",
    "the network said that …") accepts any noun or number as the source.
    """
    lower = head.lower_
    if head.pos_ == "PRON":  # "all of our friends would say, …": a quantifier the parser tags PRON
        return lower in pronouns() or (lenient and _group_says_clause(head))
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if head.pos_ == "PROPN" or (lenient and (head.pos_ in ("NOUN", "NUM") or lower in quantifiers()
                                             or lower in LENIENT_PRONOUNS)):
        return True  # "most of them said they …", "another says there are 1,800"
    lemma = head.lemma_.lower()
    return lower in source_terms() or lemma in source_terms() or lemma in role_nouns()


def source_phrase(head: Token, mentions) -> tuple[int, int]:
    """Return the character span of the source noun phrase headed by ``head``.

    Kept: compounds, adjectives, possessors ("Kremlin’s spokesman", "official spokespeople"),
    and a following "familiar with …"/"of …"/"for …" modifier. Dropped: leading
    determiners, appositions, relative clauses, trailing punctuation.
    """
    doc = head.doc
    left = [c for c in head.lefts if c.dep_ in _NP_LEFT]
    start_i = min([c.left_edge.i for c in left] + [head.i])
    end_i = head.i + 1
    for child in head.rights:
        if child.dep_ == "amod" or (child.dep_ == "prep" and child.lower_ in _NP_RIGHT_PREPS):
            end_i = max(end_i, child.right_edge.i + 1)
        elif child.dep_ in ("appos", "punct", "relcl", "cc", "conj", "acl"):
            break
    while start_i < head.i and (doc[start_i].dep_ in ("det", "punct", "predet")
                                or doc[start_i].lower_ in quantifiers()):
        start_i += 1
    start, end = doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1].text)
    for mention in mentions:  # a name the phrase cuts through is taken whole
        if mention.start_char < end and start < mention.end_char:
            start, end = min(start, mention.start_char), max(end, mention.end_char)
    text = doc_text(doc)[start:end]
    stripped = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", text)
    return start + (len(text) - len(stripped)), end


def canonical_source(head: Token, start: int, end: int, mentions) -> tuple[str, str, bool]:
    """Return ``(canonical name, source_type, needs_resolution)`` of a source phrase."""
    text = doc_text(head.doc)[start:end]
    lower = head.lower_
    if head.pos_ == "PRON":
        return lower, "unattributed", True
    exact = [m for m in mentions if m.start_char <= head.idx < m.end_char]
    if exact and not (head.lemma_.lower() in role_nouns() and exact[0].end_char <= head.idx):
        mention = exact[0]
        name = full_person_name(mention.entity, mentions) if mention.label == "PERSON" else mention.entity
        return name, type_of_entity(mention), False
    named = _appositive_person(head, mentions, end)
    if named is not None:  # "His lawyer, Miriam Cole, insisted": the person is the source
        return full_person_name(named.entity, mentions), "person", False
    lemma = head.lemma_.lower()
    has_det = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                  for c in head.children)
    if lemma in role_nouns():
        owner = _owner(head, start, mentions)
        if owner is not None:
            return f"{owner[0]} {lower}", owner[1], False
        return " ".join(text.lower().split()), "anonymous", has_det
    name = " ".join(entities.canonical_name(text, label="").split())
    if head.pos_ == "PROPN":
        listed = source_terms().get(name.lower())
        return (name, listed, False) if listed else (full_person_name(name, mentions), "person", False)
    earlier = _named_body(head, mentions) if has_det else None
    if earlier is not None:  # "the commission" after "the European Commission"
        return earlier.entity, type_of_entity(earlier), False
    stype = source_terms().get(name.lower()) or source_terms().get(lower) or \
        source_terms().get(lemma) or "anonymous"
    needs = has_det and stype in ("anonymous", "document") and lower in source_terms()
    return name.lower() if stype != "government" else name, stype, needs


def _appositive_person(head: Token, mentions, end: int) -> entities.Mention | None:
    """Return the person named in apposition to a common noun ("his lawyer, Miriam Cole").

    The name is an ``appos`` child of the head, or a person mention that starts right
    after the phrase and a comma (the parser often attaches it elsewhere).
    """
    if head.pos_ not in ("NOUN",):
        return None
    text = doc_text(head.doc)
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        appos = any(c.dep_ == "appos" and mention.start_char <= c.idx < mention.end_char
                    for c in head.children)
        if appos or (end <= mention.start_char <= end + 3 and text[end:mention.start_char].strip() == ","):
            return mention
    return None


def _named_body(head: Token, mentions) -> entities.Mention | None:
    """Return the latest earlier ORG/FAC mention whose name ends with the head noun."""
    lemma = head.lemma_.lower()
    hits = [m for m in mentions if m.end_char <= head.idx and m.label in ("ORG", "FAC")
            and m.entity.split()[-1].lower() in (lemma, head.lower_)]
    return hits[-1] if hits else None


def full_person_name(name: str, mentions) -> str:
    """Return the one fuller person name in the document that contains ``name``, else ``name``."""
    people = {m.entity for m in mentions if m.label == "PERSON"}
    fuller = entities.merge_person_short_forms([name, *sorted(people)], ["PERSON"] * (len(people) + 1))
    return fuller[0]


def _owner(head: Token, start: int, mentions) -> tuple[str, str] | None:
    """Return ``(name, type)`` of the body a role noun belongs to ("the ministry's spokesman")."""
    named = next((m for m in mentions if start <= m.start_char and m.end_char <= head.idx), None)
    if named is not None:
        return named.entity, type_of_entity(named)
    child = next((c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ != "PRON"),
                 None)
    if child is None:
        return None
    words = [t for t in child.subtree if t.dep_ not in ("det", "case") and not t.is_punct]
    name = " ".join(t.text for t in words)
    stype = source_terms().get(name.lower()) or source_terms().get(child.lemma_.lower())
    return (name, stype) if stype in ("government", "media", "organisation") else None


def type_of_entity(mention: entities.Mention) -> str:
    """Return the source type of a named entity (lexicon first, then its label)."""
    listed = source_terms().get(mention.entity.lower())
    if listed:
        return listed
    return {"PERSON": "person", "ORG": "organisation", "GPE": "government",
            "NORP": "anonymous", "FAC": "organisation"}.get(mention.label, "organisation")


def complement_span(verb: Token) -> tuple[int, int] | None:
    """Return the span of what a reporting verb reports: clause, label, object or "about" phrase.

    A label ("called it ''a disgrace''") comes before the object; a date or time ("said
    Friday") is never the object; "said at the outset", "says to Reynolds", "spoke on Monday"
    name a circumstance, so the verbs of saying take only "about/of/against" phrases.
    """
    # a clause after the verb first: "X ripped Y: He said he had raised …" reports what follows
    children = sorted(verb.children, key=lambda c: c.i < verb.i)
    proform = clause_proform(verb)
    if proform is not None:
        return proform.idx, proform.idx + len(proform.text)  # "55 percent said so"
    clause = for_to_clause(verb)
    if clause is not None:  # "called for the city to act": the clause without "for"
        mark = next(c for c in clause.children if c.dep_ == "mark")
        return trim(verb.doc[mark.i + 1:clause.right_edge.i + 1])
    preps = SAYING_PREPOSITIONS if verb.lemma_.lower() in SAYING_VERBS else CONTENT_PREPOSITIONS
    for deps in (("ccomp", "xcomp"), ("oprd",), ("dobj",), ("prep",)):
        for child in children:
            if child.dep_ not in deps or (child.dep_ == "dobj" and child.ent_type_ in ("DATE", "TIME")):
                continue
            if child.dep_ == "dobj" and verb.lemma_ == "tell":
                continue  # "told reporters": the object is the audience
            if child.dep_ == "prep" and child.lower_ not in CONTENT_PREPOSITIONS:
                continue
            node = child
            if child.dep_ == "prep":
                node = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                clause = next((c for c in node.children if c.dep_ in ("ccomp", "acl", "relcl")), None) \
                    if node is not None else None
                if node is not None and node.ent_type_ in ("DATE", "TIME"):
                    node = clause  # "said on Monday that …" parsed with the clause under "Monday"
                if node is None or (child.lower_ not in preps and clause is None):
                    continue
            if child.dep_ == "dobj":
                return _object_and_charge(verb, child)
            return subtree_span(node)
    return None


def _object_and_charge(verb: Token, obj: Token) -> tuple[int, int] | None:
    """Return the object with the charge or ground after it: "accused Trump of lying", "blasted the
    agency for its decision" (the whole stretch, object to the end of the *of/for* phrase)."""
    ground = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > obj.i), None)
    if ground is None:
        return subtree_span(obj)
    return trim(verb.doc[obj.left_edge.i:ground.right_edge.i + 1])


#: Answer words that stand for the clause a question asked ("most said yes", "she said no").
ANSWER_WORDS = frozenset({"yes", "no"})


def clause_proform(verb: Token) -> Token | None:
    """Return the pro-form right after a verb that stands for a clause, or None.

    "said so", "thinks so"; an answer word: "46 percent said yes", "the board said no".
    """
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i:
        return None
    if (nxt.lower_ == "so" and nxt.dep_ == "advmod") or nxt.lower_ in ANSWER_WORDS:
        return nxt  # "said so"; an answer stands for the clause asked about: "46 percent said yes"
    return None


def for_to_clause(verb: Token) -> Token | None:
    """Return the head of a for-to clause a verb reports ("called for the city to act"), or None.

    The parser makes "for" the mark of an adverbial clause whose subject precedes "to".
    """
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def subtree_span(token: Token | None) -> tuple[int, int] | None:
    """Return the trimmed character span of a token's subtree (no "that", quotes, end punctuation)."""
    if token is None:
        return None
    doc = token.doc
    return trim(doc[token.left_edge.i:token.right_edge.i + 1])


def trim(span: Span) -> tuple[int, int] | None:
    """Return a span's characters without a leading "that"/comma and trailing punctuation."""
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark" and tokens[0].lower_ == "that"):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _inside_any(char: int, spans: list[tuple[int, int]]) -> bool:
    """Return True when ``char`` lies in one of ``spans`` (quote marks included)."""
    return any(s - 1 <= char < e + 1 for s, e in spans)


def has_quote_near(verb: Token) -> bool:
    """Return True when the verb's sentence holds a quotation mark or follows a closing one.

    "“Who would have believed it?” / Trump said, …": the parser may end the sentence with the
    quotation, so the frame after it is a sentence of its own.
    """
    text = verb.sent.text
    start = verb.sent.start
    after_quote = start > 0 and verb.doc[start - 1].text in ("”", '"', "»", "''") and verb.i - start <= 4 \
        and verb.dep_ == "ROOT" and not any(c.dep_ == "dobj" for c in verb.children)  # not "nodded and said nothing"
    return after_quote or any(mark in text for mark in ("“", "”", '"', "«", "»", "''"))

