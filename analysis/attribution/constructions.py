"""Constructions cued by one token: reporting verb, passive, "according to", cue noun."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from analysis.attribution.frames import in_reported_clause, is_discourse_marker
from analysis.attribution.labels import label_source
from analysis.attribution.other_senses import other_sense
from analysis.attribution.phrases import (
    clause_proform,
    complement_span,
    for_to_clause,
    has_quote_near,
    is_plausible_source,
    make_attribution,
    source_phrase,
    subtree_span,
    trim,
)
from analysis.attribution.records import (
    Attribution,
    cue_nouns,
    finding_nouns,
    frame_verbs,
    not_contents,
    not_sources,
    np_object_verbs,
    quote_only_verbs,
    role_nouns,
    verb_cue_classes,
)
from analysis.nlp import doc_text

#: Cognition verbs whose infinitive is an attributed expectation or intention ("expects to win").
INTENTION_VERBS = frozenset({"expect", "hope", "want", "plan", "intend", "fear", "seek", "aim", "wish", "hop"})
#: Cue classes whose frame inside reported speech is part of what was said, not a row of its own
#: ("Smith said he believes the plan will fail", "… said the study shows …": Smith's claim; PolNeAR
#: train: 21 of 512 such cognition rows and 13 of 66 finding rows were right).
NESTED_CLASSES = frozenset({"cognition", "finding"})
#: A speaker label ("Quell:", "HOLLIS:") has at most this many tokens before its colon.
MAX_LABEL_TOKENS = 4
#: Prepositions whose object is what a verb reports ("spoke about the plan", "called for a vote").
CONTENT_PREPOSITIONS = frozenset({"about", "of", "on", "at", "to", "against", "for"})
#: What "speak"/"talk" report: "spoke about the plan", not "spoke to reporters", "spoke on condition".
SPEAK_PREPOSITIONS = frozenset({"about", "of", "against"})
#: Prepositions whose object is what a cue noun reports ("a call for a ban", "a pledge to X"); a
#: topic ("remarks about the judge", "views on trade") is not what was said (PolNeAR train: 8 of 50 right).
NOUN_CONTENT_PREPOSITIONS = frozenset({"against", "for", "to"})
#: Tokens that close a quotation (a verb right after one is a speech verb whatever its lemma).
CLOSING_MARKS = frozenset({"”", '"', "»", "’", "'", ",”", "”,"})

# ---------------------------------------------------------------- constructions

def verb_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a reporting verb with an active subject.

    "Analysts emphasize that discussions likely covered …" / "…, officials said." /
    "…, said Dmitry Peskov, the Kremlin spokesman."
    """
    subject = verb_subject(verb)
    # A speech verb with a clause or quotation, or a stance verb (np_object) used in its reporting
    # sense takes any noun or number as its source: "47 percent said …", "some candidates have
    # called for …", "the resolution supported …" (PolNeAR train: 358 more matches, 610 more rows).
    lemma = verb.lemma_.lower()
    clausal = verb_cue_classes().get(lemma) == "speech" and (
        any(c.dep_ == "ccomp" for c in verb.children) or has_quote_near(verb)
        or verb.dep_ in ("parataxis", "ccomp"))  # "…, the campaign said, …"; not "the gauge indicated"
    stance = lemma in np_object_verbs() and verb_cue_classes().get(lemma) != "finding" and reports_content(verb)
    if subject is None or not is_plausible_source(subject, mentions, lenient=clausal or stance):
        return None
    if subject.lemma_.lower() in cue_nouns() and cue_author(subject) is not None:
        return None  # "A statement from X rejected …" is the cue noun's attribution
    if subject.is_upper and len(subject.text) > 2 and subject.i == subject.sent.start:
        return None  # the place of a dateline ("MOSCOW, Sept. 13 (Reuters) - … agreed")
    if reports_no_claim(verb) or is_discourse_marker(verb, subject) or other_sense(verb, subject):
        return None
    if verb_cue_classes().get(lemma) in NESTED_CLASSES and subject.lower_ not in ("i", "we") and \
            in_reported_clause(verb):
        return None  # "Smith said he believes …": the belief is part of what Smith said
    content = statement_clause(verb) if not reports_content(verb) else complement_span(verb)
    if content is None and verb.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in verb.children):
        content = trim(verb.doc[verb.right_edge.i + 1:verb.head.sent.end])  # "As X told Y, …"
    elif not reports_content(verb) and content is None:
        return None  # "wrote a symphony", "said nothing"
    else:
        content = content or complement_span(verb)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "oprd") for c in verb.children):
        content = frame_content(verb)  # "Five years ago, Mayor Holm said, the buses ran empty"
    content = final_frame_content(verb, subject) or content
    return make_attribution(verb, subject, "verb", content, sent_of, mentions)


def final_frame_content(verb: Token, subject: Token) -> tuple[int, int] | None:
    """Return the whole sentence before a sentence-final frame ("A, but B, another source said."), or None.

    The frame is a comma, the subject and the verb (either order) and nothing after them but
    the sentence's end: what it reports is everything before the comma, whatever clause the
    parser hung the verb on ("…, but the guards left, a source said": both clauses).
    """
    doc, sent = verb.doc, verb.sent
    if subject.head != verb or subject.dep_ != "nsubj":
        return None  # "…, who said the same of X": the frame of a relative clause
    frame_start = min(subject.left_edge.i, verb.i)
    frame_end = max(subject.right_edge.i, verb.i) + 1
    rest = [t for t in doc[frame_end:sent.end] if not (t.is_punct or t.is_space)]
    if rest or frame_start - 1 <= sent.start or doc[frame_start - 1].text != "," or \
            any(t.text in CLOSING_MARKS for t in doc[frame_start - 2:frame_start]):
        return None  # not final, or a quotation's frame ("“…,” he said."): left to the quotation
    return trim(doc[sent.start:frame_start - 1])


def frame_content(verb: Token) -> tuple[int, int] | None:
    """Return the clause a parenthetical frame ("…, she said at the outset.") reports, frame excluded."""
    head, doc = verb.head, verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    own = [c for c in verb.children if c.dep_ not in ("advcl", "conj", "cc")]  # "Though A, he said, B"
    left = min([verb.i] + [c.left_edge.i for c in own if c.i < verb.i])
    while head.dep_ == "advcl" and head.head.i > verb.i and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # the frame hung on the subordinate clause: the main clause follows it
    before, after = doc[head.left_edge.i:left], doc[right + 1:head.right_edge.i + 1]
    if len(before) and len(after):
        return trim(doc[head.left_edge.i:head.right_edge.i + 1])  # the frame sits inside
    return trim(before if len(before) else after)


def inverted_quote_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of any verb right after a closing quotation mark, subject after it.

    "“It is simply not enough,” sighed one ward manager." / "“…,” complained Rosa Delgado."
    The verb need not be in the reporting-verb lexicon: the quotation marks make it one.
    """
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in CLOSING_MARKS or doc[verb.i - 2].text not in ",?!—":
        return None  # the quotation must end with ,” ?” !” as a quotation before its speaker does
    after = [c for c in verb.children if c.i > verb.i]
    subject = next((c for c in after if c.dep_ == "nsubj"), None) or next(
        (c for c in after if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON"
                                                    or c.lemma_.lower() in role_nouns())), None)
    if subject is None or not is_plausible_source(subject, mentions, lenient=True):
        return None
    return make_attribution(verb, subject, "verb", None, sent_of, mentions)


def statement_clause(verb: Token) -> tuple[int, int] | None:
    """Return the clause of "told reporters in a statement that …" (attached to the cue noun)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in cue_nouns()):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                           and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
            if clause is not None:
                return subtree_span(clause)
    return None


def in_the_words_of_attribution(noun: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "in the words of X" / "in the view of X": the rest of the sentence."""
    if noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or not is_plausible_source(pobj, mentions, lenient=True):
        return None
    sent, start = noun.sent, noun.head.i
    before, after = sent.doc[sent.start:start], sent.doc[pobj.right_edge.i + 1:sent.end]
    content = trim(after if len(after.text.strip(" ,.")) > len(before.text.strip(" ,.")) else before)
    found = make_attribution(noun, pobj, "prepositional", content, sent_of, mentions)
    cue = (noun.head.idx, of.idx + len(of.text))
    return replace(found, cue_span=cue, cue_lemma=noun.lemma_.lower()) if found else None


def reports_no_claim(verb: Token) -> bool:
    """Return True for a negated or question frame: "did not say whether …", "would not confirm",
    "asked whether …". Such frames attribute no claim to the source; a verb that means a
    negative claim ("denied that …") is not negated and stays an attribution.
    """
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    open_question = clause is not None and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
    if any(c.dep_ == "neg" and not _quoted_before(c, verb) for c in verb.children):
        # "I don't think it works" still holds a (negative) belief; "did not say when …" holds none
        wh = clause is not None and clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")
        return not (verb_cue_classes().get(verb.lemma_.lower()) == "cognition" and clause is not None
                    and not open_question and not wh)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.sent[-1].text == "?" and any(
            c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return True  # "Do you think …?": a question, not a claim
    return open_question


def _quoted_before(token: Token, verb: Token) -> bool:
    """Return True when a closing quotation mark separates ``token`` from the verb after it.

    "“Probably not,” Ms. Moore said.": the negation is the quotation's, not the frame's.
    """
    doc = verb.doc
    return token.i < verb.i and any(doc[k].text in CLOSING_MARKS for k in range(token.i + 1, verb.i))


def reports_content(verb: Token) -> bool:
    """Return True when a reporting verb is used in its reporting sense.

    It reports a clause ("said that …", "wants to run"), a quotation in its sentence, or, for
    the verbs whose object is what is attributed (``np_object`` in ``reporting_verbs.csv``),
    a noun phrase ("denied the report", "criticized the plan").
    """
    deps = {c.dep_ for c in verb.children}
    lemma = verb.lemma_.lower()
    if lemma in quote_only_verbs() and deps & {"xcomp", "dobj"}:
        return False  # "continued to campaign", "continued his assault": aspect, not a report
    if deps & {"ccomp", "csubj"} or has_quote_near(verb) or clause_proform(verb) is not None:
        return True  # a clause, a quotation, or "so" standing for a clause ("55 percent said so")
    if lemma in np_object_verbs() and for_to_clause(verb) is not None:
        return True  # "called for the city to act", "pushed for lawmakers to vote"
    if lemma in quote_only_verbs():
        return False  # "continued": a reporting verb only beside a quotation (checked above)
    if "xcomp" in deps and (lemma in INTENTION_VERBS or verb_cue_classes().get(lemma) == "speech"):
        return True  # "expects to win", "urged voters to stay home"; not "decided to return"
    if lemma in frame_verbs("memory") and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in verb.children):
        return True  # "I remember signing my first contract": a remembered event
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        return True  # "…, he said." / "X said, …" attached to the reported clause
    if lemma in np_object_verbs():
        if any(c.dep_ == "prt" and c.lower_ not in ("out",) for c in verb.children):
            return False  # another sense: "traffic backed up", "called off the strike"
        preps = SPEAK_PREPOSITIONS if lemma in ("speak", "talk") else CONTENT_PREPOSITIONS
        return "oprd" in deps or any(c.dep_ == "dobj" and c.pos_ != "PRON" and c.lower_ not in not_contents()
                                     for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ in preps for c in verb.children)  # not "asked him", "spoke to reporters"
    return False


def verb_subject(verb: Token) -> Token | None:
    """Return the subject of a reporting verb, inherited when the verb has none of its own.

    "said … and indicated" (conj), "…, saying that" / "…, adding" (advcl), "continued to say"
    (xcomp, also through an adjective when a clause follows: "were more likely to say
    that …"), "landed in trouble by saying
    that …" (pcomp), "released a statement saying …" (acl
    of the object) take the governing verb's subject; "Smith, who said" takes the noun "who" stands for.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    governor = verb.head
    if subject is None and verb.dep_ in ("pcomp", "acl") and verb.head.dep_ in ("prep", "dobj"):
        governor = verb.head.head  # "… by saying that …", "made a pitch saying …": the actor's subject
    if subject is None and verb.dep_ == "xcomp" and governor.pos_ == "ADJ" and governor.dep_ == "acomp" and \
            any(c.dep_ == "ccomp" for c in verb.children):
        governor = governor.head  # "Voters were more likely to say …", "X was quick to praise …"
    if subject is None and verb.dep_ in ("conj", "advcl", "xcomp", "pcomp", "acl") and \
            governor.pos_ in ("VERB", "AUX"):
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
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
    content = subtree_span(subject) if subject is not None else complement_span(verb)
    return make_attribution(verb, pobj, "passive", content, sent_of, mentions)


def according_to_attribution(token: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "according to X": the rest of the sentence is the content."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or (pobj.lemma_.lower() in not_sources() and not any(c.dep_ == "poss" for c in pobj.children)):
        return None  # "according to plan", "according to the metric system"; not "according to your theory"
    sent = token.sent
    phrase_start, phrase_end = token.i, pobj.right_edge.i + 1
    before = sent.doc[sent.start:phrase_start]
    after = sent.doc[phrase_end:sent.end]
    content = trim(after if len(after.text.strip(" ,.")) > len(before.text.strip(" ,.")) else before)
    cue = (token.idx, to.idx + len(to.text))
    attribution = make_attribution(token, pobj, "according_to", content, sent_of, mentions)
    return replace(attribution, cue_span=cue, cue_lemma="according to") if attribution else None


def in_finding_attribution(prep: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of "in a poll / in the survey / in one study" at a clause's edge.

    "In a Fox poll, Cruz had 38 percent support." The finding noun (``finding_nouns.txt``) is
    the source, "in" the cue, the rest of the sentence the content. A clause whose verb reports
    by itself ("said in a statement", "found in a study") is left to that verb.
    """
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if pobj is None or pobj.lemma_.lower() not in finding_nouns() or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_.lower() in verb_cue_classes() or head.dep_ in ("relcl", "acl"):
        return None
    if pobj.tag_ == "NNS" and prep.i != prep.sent.start:
        return None  # "trails in the polls", "leads in national polls": standing, not one finding
    sent, doc = prep.sent, prep.doc
    before, after = doc[sent.start:prep.i], doc[pobj.right_edge.i + 1:sent.end]
    content = trim(after if len(after.text.strip(" ,.")) > len(before.text.strip(" ,.")) else before)
    found = make_attribution(prep, pobj, "prepositional", content, sent_of, mentions)
    if found is None:
        return None
    start, end = source_phrase(pobj, mentions)  # the poll itself, never a name after it
    return replace(found, cue_lemma=pobj.lemma_.lower(), source_span=(start, end),
                   source=doc_text(doc)[start:end], source_type="document", resolved_by="explicit")


def cue_noun_attribution(noun: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a cue noun with its author: "a statement from the ministry".

    "in remarks to reporters" names an audience, not a source, so only *from*, *by* and
    (for an interview) *with*-less possessives count.
    """
    author = cue_author(noun)
    if author is None or not is_plausible_source(author, mentions):
        return None
    content = noun_content(noun)
    head = noun.head
    if content is None and head.pos_ == "VERB" and head.i != noun.i and noun.dep_ == "nsubj" and \
            head.lemma_.lower() in verb_cue_classes():
        content = complement_span(head)  # "A statement from X rejected the claims"
    if content is None:
        return None  # "Trump's remarks drew criticism": a reference to what was said, not an attribution
    return make_attribution(noun, author, "prepositional", content, sent_of, mentions)


def noun_content(noun: Token) -> tuple[int, int] | None:
    """Return what a cue noun itself reports: "X's claim that …", "X's call for a ban", "plan to …",
    "X's view is that …" (the copula's clause)."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is not None:
        return subtree_span(clause)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPOSITIONS):
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            return subtree_span(pobj)
    return None


def cue_author(noun: Token) -> Token | None:
    """Return the head of a cue noun's author: "statement from X", "remarks by X", "X's statement"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    return None



def colon_speaker_attribution(colon: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a speaker label: "Moreno: No deal on the budget yet",
    "Marta Quell: Frankly, …", "KESTREL: Do you think …?" in a transcript.

    The colon comes within the first five tokens of its sentence, everything before it is a
    speaker label (:func:`analysis.attribution.labels.label_source`, the judge transcripts use
    too), and words follow it.
    """
    sent = colon.sent
    before = [t for t in sent if t.i < colon.i and not t.is_space]
    if not before or len(before) > MAX_LABEL_TOKENS or colon.i + 1 >= sent.end:
        return None
    span = (before[0].idx, before[-1].idx + len(before[-1].text))
    source = label_source(doc_text(colon.doc), span, mentions=mentions)
    head = max((t for t in before if not t.is_punct), key=lambda t: t.i, default=None)
    if source is None or head is None:
        return None
    content = trim(sent.doc[colon.i + 1:sent.end])
    if content is None:
        return None  # "CORRECTION:" on a line of its own
    found = make_attribution(colon, head, "verb", content, sent_of, mentions)
    return replace(found, source=source[0], source_type=source[1], source_span=span,
                   cue_lemma=":", resolved_by="explicit") if found else None
