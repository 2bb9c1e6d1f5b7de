"""Hedges and boosters, and the source each belongs to.

A cue is a span of the original text with ``kind`` (``hedge`` or ``booster``) and a
``category`` from :data:`CATEGORIES`. Multiword cues are found first (negated certainty
"not confirmed", "could not be verified", "declined to confirm" → hedge; negated hedges
"could not possibly", "there is no doubt" → booster), then single words from
``lexicons/hedges.csv`` with the disambiguation rules below, each tested in
``tests/test_hedging.py``.

The source of a cue is the speaker whose statement it sits in: a quotation's speaker for
words inside quotes, the subject of a reporting verb for the verb itself and for its
complement, otherwise the sentence's source (its paragraph credit or the outlet).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc, Token

from analysis import lexicons
from analysis.attribution import reporting_verbs
from analysis.nlp import doc_text

KINDS = ("hedge", "booster")
CATEGORIES = ("modal", "adverb", "adjective", "noun", "verb", "negation", "phrase")
_NEGATIONS = {"not", "n't", "never", "no"}
_QUOTE_MARKS = {'"', "“", "”", "«", "»", "''", "``"}
_PAST_ABILITY = re.compile(
    r"\b(as a (child|boy|girl|student|teenager)|when (he|she|they|i|we) (was|were)|years ago|"
    r"in (his|her|their) youth|back then|at the time|used to|by the age of)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\bevery\b|\beach (day|morning|afternoon|evening|night|week|weekend|month|"
                       r"year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|"
                       r"friday|saturday|sunday|time)\b|\b(often|usually|always|sometimes|for years)\b",
                       re.IGNORECASE)
#: Verbs of skill or perception: "could" + one of these with a person subject is past ability.
_ABILITY_VERBS = {"speak", "read", "swim", "ride", "kick", "repair", "hear", "see", "play", "drive",
                  "sing", "write", "walk", "run", "cook", "fix", "tell", "remember", "count", "dance"}
#: Verbs whose past-tense complement puts "would" in the future-in-the-past, not a hedge.
_REPORTED_FUTURE_IF = re.compile(r"\b(if|unless|otherwise)\b", re.IGNORECASE)
#: Nouns and verbs that make "claims" the countable insurance/benefit sense.
_CLAIM_COUNT_HEADS = {"file", "receive", "process", "pay", "settle", "submit", "surge", "rise",
                      "increase", "jump", "backlog", "number", "flood", "wave"}
_MANNER_HEADS = {"speak", "say", "write", "see", "hear", "label", "mark", "visible", "explain", "signal",
                 "sign", "show", "display", "print", "audible", "read", "pronounce", "define"}
_TECHNICAL_CLAIMS = {"insurance", "benefit", "damage", "compensation", "warranty", "injury", "jobless",
                     "tax", "expense", "land", "territorial", "pension", "unemployment", "patent"}


@dataclass(frozen=True)
class Cue:
    """One hedge or booster span with the source it belongs to."""

    sent_id: int
    start_char: int
    end_char: int
    text: str
    lemma: str
    kind: str
    category: str
    source: str = ""
    source_type: str = ""
    attribution_id: str = ""
    in_quote: bool = False
    hedge_id: str = ""

    def as_row(self, doc_id: str) -> dict:
        """Return the ``hedges`` table row."""
        return {"doc_id": doc_id, "sent_id": self.sent_id, "hedge_id": self.hedge_id,
                "start_char": self.start_char, "end_char": self.end_char, "text": self.text,
                "lemma": self.lemma, "kind": self.kind, "category": self.category,
                "source": self.source, "source_type": self.source_type,
                "attribution_id": self.attribution_id, "in_quote": self.in_quote}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[dict[str, str]]]:
    """Return ``{term: [rows]}`` from ``lexicons/hedges.csv`` (a term may have several senses)."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in lexicons.rows("hedges.csv"):
        out.setdefault(row["term"], []).append(row)
    return out


@lru_cache(maxsize=1)
def negatable_certainty() -> frozenset[str]:
    """Return verbs whose negation is a hedge ("not confirmed", "could not be verified")."""
    return frozenset(r["lemma"] for r in lexicons.rows("negated_certainty.csv"))


def find_hedges(doc: Doc, *, sentences: list, attributions: list, sources: dict) -> list[Cue]:
    """Return every hedge and booster in a parsed document, in text order, with sources."""
    ordered = sorted(sentences, key=lambda s: s.start_char)
    starts, ids = [s.start_char for s in ordered], [s.sent_id for s in ordered]
    cues: list[Cue] = []
    taken: set[int] = set()
    for sent in doc.sents:
        sid = _sent_id(sent, starts, ids)
        if sid is None:
            continue
        for start, end, kind, category, lemma, tokens in _multiword(sent):
            if not taken.intersection(tokens):
                taken.update(tokens)
                cues.append(Cue(sid, start, end, doc_text(doc)[start:end], lemma, kind, category))
        for token in sent:
            if token.i in taken:
                continue
            sense = classify_token(token, attributions=attributions)
            if sense:
                kind, category = sense
                taken.add(token.i)
                cues.append(Cue(sid, token.idx, token.idx + len(token.text), token.text,
                                token.lemma_.lower(), kind, category))
    cues.sort(key=lambda c: c.start_char)
    doc_id = attributions[0].attribution_id.split(":a")[0] if attributions else ""
    return [_with_source(c, i, doc_id, attributions, sources) for i, c in enumerate(cues)]


def _sent_id(sent, starts: list[int], ids: list[int]) -> int | None:
    """Return the sent_id of the first sentence starting inside a spaCy sentence (None if blank)."""
    i = bisect.bisect_left(starts, sent.start_char)
    return ids[i] if i < len(starts) and starts[i] < sent.end_char else None


@lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str, dict]]]:
    """Return the lexicon's multiword terms indexed by their first word (one lookup per token)."""
    index: dict[str, list[tuple[tuple[str, ...], str, dict]]] = {}
    for term, rows in lexicon().items():
        words = tuple(term.split())
        if len(words) > 1:
            index.setdefault(words[0], []).append((words, term, rows[0]))
    return index


def _multiword(sent) -> list[tuple[int, int, str, str, str, set[int]]]:
    """Return multiword cues in a sentence: lexicon phrases, negated certainty, "declined to confirm"."""
    found = []
    lower = [t.lower_ for t in sent]
    phrases = _phrases_by_first_word()
    for i, word in enumerate(lower):
        for words, term, row in phrases.get(word, ()):
            if tuple(lower[i:i + len(words)]) == words:
                first, last = sent[i], sent[i + len(words) - 1]
                found.append((first.idx, last.idx + len(last.text), row["kind"],
                              row["category"], term, set(range(first.i, last.i + 1))))
    for token in sent:
        span = negated_certainty(token)
        if span:
            first, last = span
            found.append((first.idx, last.idx + len(last.text), "hedge", "negation",
                          token.lemma_.lower(), set(range(first.i, last.i + 1))))
    return sorted(found, key=lambda f: (f[0], -(f[1] - f[0])))


def negated_certainty(token: Token) -> tuple[Token, Token] | None:
    """Return ``(first, last)`` tokens of a negated-certainty cue headed by ``token``, else None.

    "were not confirmed" → "not confirmed"; "could not be verified" → whole;
    "declined to confirm" / "refused to confirm" → whole.
    """
    if token.lemma_.lower() not in negatable_certainty() or token.pos_ not in ("VERB", "ADJ"):
        return None
    neg = next((c for c in token.children if c.dep_ == "neg"), None)
    if neg is not None:
        modal = next((c for c in token.children if c.tag_ == "MD" and c.i < neg.i), None)
        return (modal or neg), token
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in ("decline", "refuse", "fail") and head.i < token.i:
        return head, token
    if token.lower_.startswith("un") and token.lower_.endswith(("confirmed", "verified")):
        return token, token
    return None


def classify_token(token: Token, *, attributions: list = ()) -> tuple[str, str] | None:
    """Return ``(kind, category)`` when a single token is a hedge or booster in context, else None."""
    lemma = token.lemma_.lower()
    rows = lexicon().get(lemma) or lexicon().get(token.lower_)
    if not rows:
        return None
    row = next((r for r in rows if r["pos"] == "*" or token.pos_ in r["pos"].split("|")), None)
    if row is None:
        return None
    if not _sense_applies(token, lemma, attributions):
        return None
    category = row["category"]
    if lemma == "likely":
        category = "adverb" if token.pos_ == "ADV" else "adjective"
    return row["kind"], category


def _sense_applies(token: Token, lemma: str, attributions) -> bool:
    """Return False for the non-cue sense of an ambiguous word (the rules named in the lexicon)."""
    sentence = token.sent.text
    if lemma in ("may", "might", "could", "would", "should"):
        return _modal_applies(token, lemma, sentence)
    if lemma in ("certain", "sure", "clear"):
        if any(c.dep_ == "npadvmod" for c in token.children):
            return False  # "two points clear"
        return token.dep_ in ("acomp", "ROOT", "xcomp") or token.head.lower_ in ("almost", "absolutely")
    head = token.head.head if token.dep_ == "conj" else token.head  # "slowly and clearly"
    if lemma == "clearly" and (head.lemma_.lower() in _MANNER_HEADS
                               or head.pos_ == "VERB" and token.i > head.i):
        return False  # "spoke clearly", "signalling clearly to the bench"
    if lemma == "confirm" and token.dep_ == "amod":
        return False  # "confirmed cases"
    if lemma == "claim" and token.pos_ == "NOUN":
        return not _countable_claims(token)
    if lemma == "indicate":
        return any(a.cue_span and a.cue_span[0] == token.idx for a in attributions)
    return not (lemma in ("estimate", "believe") and token.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"))


def _modal_applies(token: Token, lemma: str, sentence: str) -> bool:
    """Return True when a modal is epistemic; False for names, ability, habit, reported future."""
    head = token.head
    if token.tag_ != "MD" or head.tag_ in ("VBD", "VBZ", "VBP"):
        return False  # "in May", "May said in a statement"
    if lemma == "could":
        negated = any(c.dep_ == "neg" for c in head.children)
        ability = head.lemma_.lower() in _ABILITY_VERBS and any(
            c.dep_ == "nsubj" and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ == "PERSON")
            for c in head.children)
        relative = head.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in head.children)
        return not (negated or ability or relative or _PAST_ABILITY.search(sentence)
                    or _HABITUAL.search(sentence))  # "she could not attend", "who could speak"
    if lemma == "would":
        clause = token.doc[head.left_edge.i:head.right_edge.i + 1].text
        if _HABITUAL.search(clause):
            return False  # "he would walk to work every day"
        reported = _reported_clause(head) and not _quoted_between(head.head, token)
        return not (reported and not _REPORTED_FUTURE_IF.search(sentence))  # "said it would close"
    return True


def _quoted_between(a: Token, b: Token) -> bool:
    """Return True when a quotation mark lies between two tokens (direct speech, not reported)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in _QUOTE_MARKS for t in a.doc[lo:hi + 1])


def _reported_clause(verb: Token) -> bool:
    """Return True when ``verb`` heads a clause reported by a past-tense reporting verb."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
    governor = clause.head
    return clause.dep_ == "ccomp" and governor.lemma_.lower() in _reporting() \
        and governor.tag_ in ("VBD", "VBN")


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    """Return the reporting-verb lemmas (from the attribution lexicon)."""
    return frozenset(reporting_verbs())


def _countable_claims(token: Token) -> bool:
    """Return True for "claims" in the countable sense: insurance or benefit claims, "8,700 claims"."""
    if any(c.lower_ in _TECHNICAL_CLAIMS or c.dep_ == "nummod" for c in token.children):
        return True
    head = token.head
    if head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() in _CLAIM_COUNT_HEADS


def _with_source(cue: Cue, index: int, doc_id: str, attributions: list, sources: dict) -> Cue:
    """Return the cue with its source: quote speaker, reporting-verb subject, or sentence source."""
    quote = _innermost(a for a in attributions
                       if a.kind == "quote" and a.content_span and _within(cue, a.content_span))
    owner = quote or next((a for a in attributions if a.kind != "credit" and a.cue_span
                           and _within(cue, a.cue_span)), None) or _innermost(
        a for a in attributions
        if a.kind != "credit" and a.content_span and _within(cue, a.content_span))
    base = {"hedge_id": f"{doc_id}:h{index}" if doc_id else f"h{index}", "in_quote": quote is not None}
    if owner is not None:
        return _replace(cue, source=owner.source, source_type=owner.source_type,
                        attribution_id=owner.attribution_id, **base)
    record = sources.get(cue.sent_id, {})
    return _replace(cue, source=record.get("source", "unattributed"),
                    source_type=record.get("source_type", "unattributed"),
                    attribution_id=record.get("attribution_id", ""), **base)


def _replace(cue: Cue, **changes) -> Cue:
    """Return a copy of a frozen cue with fields changed."""
    from dataclasses import replace

    return replace(cue, **changes)


def _within(cue: Cue, span: tuple[int, int]) -> bool:
    """Return True when the cue lies inside ``span``."""
    return span[0] <= cue.start_char and cue.end_char <= span[1]


def _innermost(attributions):
    """Return the attribution with the shortest content span, or None."""
    items = list(attributions)
    return min(items, key=lambda a: a.content_span[1] - a.content_span[0]) if items else None


def source_profile(sentences: pd.DataFrame, hedges: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source: sentences, words, hedges, boosters, rates and certainty balance.

    ``certainty_balance = (boosters - hedges) / words * 100``: positive sounds sure, negative
    sounds tentative. Sentences and words are those whose sentence source is that source.
    """
    base = sentences.groupby("source", dropna=False).agg(
        source_type=("source_type", "first"), sentences=("sent_id", "size"),
        words=("n_words", "sum")).reset_index()
    counts = hedges.pivot_table(index="source", columns="kind", values="hedge_id",
                                aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=list(KINDS), fill_value=0).reset_index()
    terms = hedges.groupby("source")["text"].agg(
        lambda s: ", ".join(sorted(set(s.str.lower())))).rename("terms").reset_index()
    out = base.merge(counts, on="source", how="outer").merge(terms, on="source", how="left")
    out[["sentences", "words", "hedge", "booster"]] = out[
        ["sentences", "words", "hedge", "booster"]].fillna(0).astype(int)
    out = out.rename(columns={"hedge": "hedges", "booster": "boosters"})
    words = out["words"].where(out["words"] > 0)
    out["hedges_per_100_words"] = (out["hedges"] / words * 100).round(2)
    out["boosters_per_100_words"] = (out["boosters"] / words * 100).round(2)
    out["hedges_per_sentence"] = (out["hedges"] / out["sentences"].where(out["sentences"] > 0)).round(2)
    out["certainty_balance"] = ((out["boosters"] - out["hedges"]) / words * 100).round(2)
    out["terms"] = out["terms"].fillna("")
    return out.sort_values(["hedges", "source"], ascending=[False, True]).reset_index(drop=True)
