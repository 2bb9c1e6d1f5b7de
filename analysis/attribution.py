"""Attributions: who says what. Cue + source + content, as spans of the original text.

Constructions (each rule below names one, with an example):

* ``verb``        reporting verb with a subject, either order:
                  "Analysts emphasize that discussions likely covered …",
                  "The talks will resume, officials said.", "…, said Dmitry Peskov."
* ``passive``     reporting verb with a *by*-agent: "This visit was reported by TASS."
* ``according_to`` "According to the ministry, three people were injured."
* ``prepositional`` a cue noun with its author: "a statement from the ministry",
                  "in an interview with Reuters, Lee said …" is a verb (the speaker is Lee).
* ``quote``       a direct quotation, curly or straight marks, with its speaker in the same
                  sentence ("“We are ready,” he said.") or a neighbouring one.
* ``credit``      wire credits: a paragraph ending "(TASS)", a dateline
                  "MOSCOW, Sept. 13 (Reuters) - …", an em-dash credit "… — AP".

Sources get a canonical name and a ``source_type`` from :data:`SOURCE_TYPES`. Pronouns and
definite descriptions ("he", "the spokesman", "the officials", "the public briefings")
resolve to the nearest compatible named source earlier in the same paragraph
(``resolved_by="anaphora"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from analysis import entities, lexicons
from analysis.corpus import Document
from analysis.document import sentence_locator
from analysis.nlp import doc_text

SOURCE_TYPES = ("person", "organisation", "government", "anonymous", "document", "media",
                "unattributed")
KINDS = ("verb", "passive", "according_to", "prepositional", "quote", "credit")
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "institution",
             "we": "group", "i": "person"}
_NP_LEFT = {"compound", "amod", "nummod", "poss", "nmod", "quantmod", "case", "npadvmod"}
_NP_RIGHT_PREPS = {"of", "for", "with", "close", "to"}
_NOT_SOURCES = {"plan", "schedule", "script", "tradition", "custom", "rule", "law", "legend",
                "expectation", "need", "size", "age", "taste"}
_QUANTIFIERS = {"one", "two", "three", "four", "five", "several", "some", "many", "few"}
_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))
_CREDIT_END = re.compile(r"\s*\((?P<outlet>[A-Z][A-Za-z&.\- ]{0,40}?)\)\s*$")
_EMDASH_END = re.compile(r"\s+(?P<cue>[—–]\s?(?P<outlet>[A-Z][A-Za-z&.\- ]{0,30}?))\s*$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z.]*)*),?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?"
    r"(?P<cue>\((?P<outlet>[A-Za-z][\w .&\-]{0,30})\)\s*[-–—]+)\s*"
)


@dataclass(frozen=True)
class Attribution:
    """One attribution: a source, its cue and the content attributed, as character spans."""

    sent_id: int
    kind: str
    source: str
    source_type: str
    source_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    cue_lemma: str
    content_span: tuple[int, int] | None
    resolved_by: str = "explicit"
    attribution_id: str = ""

    def bounds(self) -> tuple[int, int]:
        """Return the span covering source, cue and content."""
        spans = [s for s in (self.source_span, self.cue_span, self.content_span) if s]
        return min(s for s, _ in spans), max(e for _, e in spans)

    def as_row(self, document: Document) -> dict:
        """Return the ``attributions`` table row."""
        text = document.text
        start, end = self.bounds()
        src, cue, con = self.source_span, self.cue_span, self.content_span
        return {
            "doc_id": document.doc_id, "sent_id": self.sent_id,
            "attribution_id": self.attribution_id, "kind": self.kind, "source": self.source,
            "source_type": self.source_type,
            "source_text": text[src[0]:src[1]] if src else "",
            "source_start_char": src[0] if src else None,
            "source_end_char": src[1] if src else None,
            "cue": text[cue[0]:cue[1]] if cue else "", "cue_lemma": self.cue_lemma,
            "cue_start_char": cue[0] if cue else None, "cue_end_char": cue[1] if cue else None,
            "content_start_char": con[0] if con else None,
            "content_end_char": con[1] if con else None,
            "start_char": start, "end_char": end, "text": text[start:end],
            "resolved_by": self.resolved_by,
        }


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """Return ``{lemma: class}`` of reporting verbs (neutral, cognitive, booster, hedge)."""
    return {r["lemma"]: r["class"] for r in lexicons.rows("reporting_verbs.csv")}


@lru_cache(maxsize=1)
def source_terms() -> dict[str, str]:
    """Return ``{lower-case term: source_type}`` for media, government, anonymous, document nouns."""
    return {r["term"]: r["source_type"] for r in lexicons.rows("source_terms.csv")}


@lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Return lemmas of nouns that carry an attribution ("a statement from X")."""
    return frozenset(r["lemma"] for r in lexicons.rows("cue_nouns.csv"))


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Return singular role nouns that name one person ("the spokesman")."""
    return frozenset(lexicons.terms("role_nouns.txt"))


# ---------------------------------------------------------------- entry point

def find_attributions(doc: Doc, *, document: Document, sentences: list,
                      mentions: list[entities.Mention] | None = None) -> list[Attribution]:
    """Return every attribution in a parsed document, in text order, with ids.

    Args:
        doc: the parsed document (``doc.text == document.text``).
        document: the source document (paragraphs, metadata).
        sentences: the document's :class:`analysis.document.Sentence` list.
        mentions: entity mentions, if already computed (for canonical names).
    """
    mentions = mentions if mentions is not None else entities.find_mentions(doc)
    quotes = find_quotes(document)
    sent_of = sentence_locator(sentences)
    found: list[Attribution] = []
    for sent in doc.sents:
        for token in sent:
            if _inside_any(token.idx, quotes):
                continue
            found.extend(_token_rules(token, sent_of, mentions))
    found = resolve_anaphora(found, document=document, mentions=mentions)
    found = attach_quotes(found, quotes, document=document, sent_of=sent_of)
    found.extend(find_credits(document, sent_of=sent_of))
    found.sort(key=lambda a: (a.bounds()[0], a.cue_span or (0, 0)))
    return [replace(a, attribution_id=f"{document.doc_id}:a{i}") for i, a in enumerate(found)]


def _token_rules(token: Token, sent_of, mentions) -> list[Attribution]:
    """Return attributions cued by one token (verb, passive, according to, cue noun)."""
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting_verbs():
        return [a for a in (verb_attribution(token, sent_of, mentions),
                            passive_attribution(token, sent_of, mentions)) if a]
    if token.lower_ == "according":
        found = according_to_attribution(token, sent_of, mentions)
        return [found] if found else []
    if token.pos_ == "NOUN" and token.lemma_.lower() in cue_nouns():
        found = cue_noun_attribution(token, sent_of, mentions)
        return [found] if found else []
    return []


# ---------------------------------------------------------------- constructions

def verb_attribution(verb: Token, sent_of, mentions) -> Attribution | None:
    """Return the attribution of a reporting verb with an active subject.

    "Analysts emphasize that discussions likely covered …" / "…, officials said." /
    "…, said Dmitry Peskov, the Kremlin spokesman."
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "said … and indicated"
    if subject is None or not is_plausible_source(subject, mentions):
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
    if pobj is None or pobj.lemma_.lower() in _NOT_SOURCES:
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


def _make(cue: Token, source_head: Token, kind: str, content, sent_of, mentions) -> Attribution | None:
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

def is_plausible_source(head: Token, mentions) -> bool:
    """Return True when a noun phrase head can be a source (a person, body, group or document)."""
    lower = head.lower_
    if head.pos_ == "PRON":
        return lower in _PRONOUNS
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if head.pos_ == "PROPN":
        return True
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
                                or doc[start_i].lower_ in _QUANTIFIERS):
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
        name = _full_person_name(mention.entity, mentions) if mention.label == "PERSON" else mention.entity
        return name, _type_of_entity(mention), False
    named = _appositive_person(head, mentions, end)
    if named is not None:  # "His lawyer, Miriam Cole, insisted": the person is the source
        return _full_person_name(named.entity, mentions), "person", False
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
        return (name, listed, False) if listed else (_full_person_name(name, mentions), "person", False)
    earlier = _named_body(head, mentions) if has_det else None
    if earlier is not None:  # "the commission" after "the European Commission"
        return earlier.entity, _type_of_entity(earlier), False
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


def _full_person_name(name: str, mentions) -> str:
    """Return the one fuller person name in the document that contains ``name``, else ``name``."""
    people = {m.entity for m in mentions if m.label == "PERSON"}
    fuller = entities.merge_person_short_forms([name, *sorted(people)], ["PERSON"] * (len(people) + 1))
    return fuller[0]


def _owner(head: Token, start: int, mentions) -> tuple[str, str] | None:
    """Return ``(name, type)`` of the body a role noun belongs to ("the ministry's spokesman")."""
    named = next((m for m in mentions if start <= m.start_char and m.end_char <= head.idx), None)
    if named is not None:
        return named.entity, _type_of_entity(named)
    child = next((c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ != "PRON"),
                 None)
    if child is None:
        return None
    words = [t for t in child.subtree if t.dep_ not in ("det", "case") and not t.is_punct]
    name = " ".join(t.text for t in words)
    stype = source_terms().get(name.lower()) or source_terms().get(child.lemma_.lower())
    return (name, stype) if stype in ("government", "media", "organisation") else None


def _type_of_entity(mention: entities.Mention) -> str:
    """Return the source type of a named entity (lexicon first, then its label)."""
    listed = source_terms().get(mention.entity.lower())
    if listed:
        return listed
    return {"PERSON": "person", "ORG": "organisation", "GPE": "government",
            "NORP": "anonymous", "FAC": "organisation"}.get(mention.label, "organisation")


def complement_span(verb: Token) -> tuple[int, int] | None:
    """Return the span of what a reporting verb reports: clause, object or "at/of" phrase."""
    children = list(verb.children)
    for deps in (("ccomp", "xcomp"), ("dobj",), ("prep",)):
        for child in children:
            if child.dep_ not in deps:
                continue
            if child.dep_ == "dobj" and verb.lemma_ == "tell":
                continue  # "told reporters": the object is the audience
            if child.dep_ == "prep" and child.lower_ not in ("at", "of", "about", "on", "to"):
                continue
            node = child
            if child.dep_ == "prep":
                node = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if node is None:
                    continue
            return _subtree_span(node)
    return None


def _subtree_span(token: Token | None) -> tuple[int, int] | None:
    """Return the trimmed character span of a token's subtree (no "that", quotes, end punctuation)."""
    if token is None:
        return None
    doc = token.doc
    return _trim(doc[token.left_edge.i:token.right_edge.i + 1])


def _trim(span: Span) -> tuple[int, int] | None:
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


def _has_quote_near(verb: Token) -> bool:
    """Return True when the verb's sentence holds a quotation mark."""
    return any(ch in verb.sent.text for ch in "“”\"«»")


# ---------------------------------------------------------------- quotes

def find_quotes(document: Document) -> list[tuple[int, int]]:
    """Return the inner spans of quotations (marks excluded), paragraph by paragraph."""
    spans = []
    for p_start, p_end in document.paragraphs:
        para = document.text[p_start:p_end]
        for opening, closing in _QUOTE_PAIRS:
            pattern = re.compile(re.escape(opening) + r"([^" + re.escape(closing + opening) +
                                 r"]{2,})" + re.escape(closing))
            spans.extend((p_start + m.start(1), p_start + m.end(1)) for m in pattern.finditer(para))
    return sorted(spans)


def attach_quotes(found: list[Attribution], quotes: list[tuple[int, int]], *,
                  document: Document, sent_of) -> list[Attribution]:
    """Return attributions with each quotation tied to its speaker (kind ``quote``).

    A speech verb whose content falls inside the quote, or whose sentence holds it, becomes
    the quote's attribution; a quote with no verb takes the speaker of the neighbouring
    sentence in the same paragraph, cued by its opening mark.
    """
    out = list(found)
    for q_start, q_end in quotes:
        q_sents = {sent_of(q_start), sent_of(max(q_end - 1, q_start))}
        owner = _quote_owner(out, q_start, q_end, q_sents)
        if owner is not None:
            index = out.index(owner)
            out[index] = replace(owner, kind="quote", content_span=(q_start, q_end))
            continue
        speaker = _neighbour_speaker(out, q_sents, document, q_start)
        out.append(Attribution(
            sent_id=sent_of(q_start), kind="quote",
            source=speaker.source if speaker else "unattributed",
            source_type=speaker.source_type if speaker else "unattributed",
            source_span=speaker.source_span if speaker else None, cue_span=None, cue_lemma="",
            content_span=(q_start, q_end),
            resolved_by=("anaphora" if speaker else "unresolved"),
        ))
    return out


def _quote_owner(found, q_start, q_end, q_sents) -> Attribution | None:
    """Return the verb attribution in the quote's sentences that reports it, if any."""
    for attribution in found:
        if attribution.kind != "verb" or attribution.sent_id not in q_sents:
            continue
        content = attribution.content_span
        if content is None or (content[0] < q_end and q_start < content[1]) or \
                not _spans_overlap_other(content, q_start, q_end):
            return attribution
    return None


def _spans_overlap_other(content, q_start, q_end) -> bool:
    """Return True when a content span lies clearly outside the quote."""
    return content[1] <= q_start - 2 or content[0] >= q_end + 2


def _neighbour_speaker(found, q_sents, document: Document, q_start: int) -> Attribution | None:
    """Return the attribution of the nearest sentence before or after the quote, same paragraph."""
    paragraph = next(((s, e) for s, e in document.paragraphs if s <= q_start < e), None)
    candidates = [a for a in found if a.kind in ("verb", "quote") and a.cue_span
                  and paragraph and paragraph[0] <= a.cue_span[0] < paragraph[1]]
    lo, hi = min(q_sents), max(q_sents)
    near = [a for a in candidates if a.sent_id in (lo - 1, hi + 1)]
    before = [a for a in candidates if a.sent_id < lo]
    pool = near or before
    return min(pool, key=lambda a: abs(a.cue_span[0] - q_start)) if pool else None


# ---------------------------------------------------------------- credits

def find_credits(document: Document, *, sent_of) -> list[Attribution]:
    """Return wire credits: "(TASS)" paragraph ends, datelines, em-dash credits."""
    out = []
    text = document.text
    for p_start, p_end in document.paragraphs:
        para = text[p_start:p_end]
        end_match = _CREDIT_END.search(para) or _EMDASH_END.search(para)
        if end_match and _is_outlet(end_match.group("outlet")):
            cue_start = p_start + (end_match.start("cue") if "cue" in end_match.groupdict()
                                   else end_match.start() + len(end_match.group()) -
                                   len(end_match.group().lstrip()))
            cue_end = p_start + end_match.end() - (len(end_match.group()) -
                                                   len(end_match.group().rstrip()))
            content = (p_start, p_start + len(para[:end_match.start()].rstrip()))
            out.append(_credit(end_match, p_start, (cue_start, cue_end), content, sent_of))
        date_match = _DATELINE.match(para)
        if date_match and _is_outlet(date_match.group("outlet")):
            cue = (p_start + date_match.start("cue"), p_start + date_match.end("cue"))
            content = (p_start + date_match.end(), p_end) if date_match.end() < len(para) else None
            out.append(_credit(date_match, p_start, cue, content, sent_of))
    return out


def _credit(match: re.Match, offset: int, cue, content, sent_of) -> Attribution:
    """Return a credit attribution for a matched outlet."""
    outlet = match.group("outlet").strip()
    start = offset + match.start("outlet")
    return Attribution(
        sent_id=sent_of(cue[0]), kind="credit", source=entities.canonical_name(outlet, label="ORG"), source_type="media",
        source_span=(start, start + len(outlet)), cue_span=cue, cue_lemma="credit",
        content_span=content if content and content[1] > content[0] else None,
        resolved_by="credit",
    )


def _is_outlet(name: str) -> bool:
    """Return True when a credited name is a known outlet or a short all-capitals agency."""
    name = name.strip()
    return source_terms().get(name.lower()) == "media" or (name.isupper() and 2 <= len(name) <= 8)


# ---------------------------------------------------------------- anaphora

def resolve_anaphora(found: list[Attribution], *, document: Document,
                     mentions: list[entities.Mention]) -> list[Attribution]:
    """Return attributions whose pronoun or "the …" sources point at a named source nearby.

    The antecedent is the nearest earlier named source in the same paragraph: first earlier
    attributions' sources, then entity mentions, compatible in kind (a person for "he" and
    "the spokesman"; a body or government for "the officials", "it", "the briefings").
    """
    ordered = sorted(found, key=lambda a: a.bounds()[0])
    out = []
    for attribution in ordered:
        if attribution.resolved_by != "pending":
            out.append(attribution)
            continue
        anchor = (attribution.source_span or attribution.cue_span)[0]
        paragraph = next(((s, e) for s, e in document.paragraphs if s <= anchor < e), (0, anchor))
        antecedent = _antecedent(attribution, out, mentions, paragraph, anchor)
        if antecedent is None:
            resolved_by = "unresolved"
            stype = attribution.source_type if attribution.source_type != "unattributed" else \
                ("person" if _PRONOUNS.get(attribution.source) == "person" else "unattributed")
            out.append(replace(attribution, resolved_by=resolved_by, source_type=stype))
            continue
        name, stype = antecedent
        if attribution.source_type == "document":
            stype = "document"
        out.append(replace(attribution, source=name, source_type=stype, resolved_by="anaphora"))
    return out


def _antecedent(attribution, earlier, mentions, paragraph, anchor) -> tuple[str, str] | None:
    """Return ``(name, type)`` of the nearest compatible named source before ``anchor``."""
    want = _wanted_kind(attribution)
    named = [(a.bounds()[0], a.source, a.source_type) for a in earlier
             if a.resolved_by in ("explicit", "anaphora") and a.kind != "credit"
             and paragraph[0] <= a.bounds()[0] < anchor]
    for _, name, stype in sorted(named, reverse=True):
        if _compatible(want, stype):
            return name, stype
    for mention in sorted(mentions, key=lambda m: -m.start_char):
        if paragraph[0] <= mention.start_char < anchor and mention.label in ("PERSON", "ORG", "GPE"):
            stype = _type_of_entity(mention)
            if _compatible(want, stype):
                return mention.entity, stype
    return None


def _wanted_kind(attribution: Attribution) -> str:
    """Return "person" or "body" for what a pronoun or description can refer to."""
    source = attribution.source.split()[-1] if attribution.source else ""
    if _PRONOUNS.get(source) == "person" or source in role_nouns():
        return "person"
    return "body"


def _compatible(want: str, stype: str) -> bool:
    """Return True when a source of type ``stype`` can be what a pronoun/description means."""
    if want == "person":
        return stype == "person"
    return stype in ("government", "organisation", "media")


# ---------------------------------------------------------------- sentence sources

def sentence_sources(document: Document, sentences: list,
                     attributions: list[Attribution]) -> dict[int, dict[str, str]]:
    """Return ``{sent_id: {source, source_type, source_basis, attribution_id}}`` for every sentence.

    An explicit attribution in (or a quote covering) the sentence wins; else the paragraph's
    credit; else a dateline credit of the document; else the document's outlet; else
    ``unattributed``.
    """
    explicit: dict[int, Attribution] = {}
    for a in attributions:
        if a.kind == "credit":
            continue
        covered = {a.sent_id}
        if a.kind == "quote" and a.content_span:
            covered |= {s.sent_id for s in sentences
                        if s.start_char < a.content_span[1] and a.content_span[0] < s.end_char}
        for sid in covered:
            explicit.setdefault(sid, a)
    credits = [a for a in attributions if a.kind == "credit"]
    outlet = document.metadata.get("outlet", "")
    out = {}
    for s in sentences:
        para = document.paragraphs[s.paragraph_id] if document.paragraphs else (0, 0)
        credit = next((c for c in credits if para[0] <= c.cue_span[0] < para[1]), None)
        dateline = next((c for c in credits if c.cue_lemma == "credit" and c.content_span
                         and c.content_span[0] > c.cue_span[0]), None)
        if s.sent_id in explicit:
            a = explicit[s.sent_id]
            out[s.sent_id] = _basis(a.source, a.source_type, "explicit", a.attribution_id)
        elif credit or dateline:
            c = credit or dateline
            out[s.sent_id] = _basis(c.source, c.source_type, "credit", c.attribution_id)
        elif outlet:
            out[s.sent_id] = _basis(outlet, "media", "outlet", "")
        else:
            out[s.sent_id] = _basis("unattributed", "unattributed", "unattributed", "")
    return out


def _basis(source: str, source_type: str, basis: str, attribution_id: str) -> dict[str, str]:
    """Return a sentence-source record."""
    return {"source": source, "source_type": source_type, "source_basis": basis,
            "attribution_id": attribution_id}
