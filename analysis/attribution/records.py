"""Attribution records, their closed vocabularies, and the lexicons the constructions read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from analysis import lexicons
from analysis.corpus import Document

SOURCE_TYPES = ("person", "organisation", "government", "anonymous", "document", "media",
                "unattributed")
KINDS = ("verb", "passive", "according_to", "prepositional", "quote", "credit")
#: What kind of act the cue reports (closed set; README, "Data dictionary"):
#: ``speech`` said/told/a statement; ``cognition`` believes/expects/fears; ``finding`` found/
#: showed/estimated/a study; ``according_to``; ``quote`` a quotation with no cue word of its own;
#: ``credit`` a wire credit or dateline.
CUE_CLASSES = ("speech", "cognition", "finding", "according_to", "quote", "credit")
#: Whether the source holds the content (``positive``) or its negation (``negative``: a verb of
#: denial with a claim as content, *denied that …*, *disputed the allegations*; a negated frame of
#: belief, *does not believe that …*). See :func:`polarity`.
POLARITIES = ("positive", "negative")


#: Characters that open a quotation (curly, guillemet, straight, single): the one set the rules
#: skip when they look for a label or a colon next to a quotation.
OPENING_MARKS = "“«\"'‘"
#: A name as labels and signatures write it: one to four capitalised words ("Ann Lee", "SEN. VANCE").
NAME_WORDS = r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}"


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
    polarity: str = "positive"

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
            "cue_class": cue_class_of(self.kind, self.cue_lemma),
            "polarity": self.polarity,
            "cue_start_char": cue[0] if cue else None, "cue_end_char": cue[1] if cue else None,
            "content_start_char": con[0] if con else None,
            "content_end_char": con[1] if con else None,
            "start_char": start, "end_char": end, "text": text[start:end],
            "resolved_by": self.resolved_by,
        }


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def denial_cues() -> frozenset[str]:
    """Return cue lemmas that attribute a denial (``lexicons/denial_cues.txt``)."""
    return frozenset(lexicons.terms("denial_cues.txt"))


def polarity(attribution: Attribution, doc: Doc) -> str:
    """Return ``negative`` or ``positive`` (:data:`POLARITIES`) for an attribution in its parse.

    ``negative`` when exactly one of these holds (a negated denial, *did not deny that …*, is
    positive): the cue is a verb of denial (``lexicons/denial_cues.txt``) whose content is a claim
    (a finite clause, a quotation, or a claim noun: *the allegations*, *the report*), or the cue
    is negated (*does not believe that …*; negated speech frames give no row at all).
    """
    cue = doc.char_span(*attribution.cue_span, alignment_mode="expand") if attribution.cue_span else None
    if cue is None:
        return "positive"
    negated = any(t.dep_ == "neg" or any(c.dep_ == "neg" for c in t.children) for t in cue)
    denial = cue[-1].lemma_.lower() in denial_cues() and _is_claim(attribution.content_span, doc)
    return "negative" if negated != denial else "positive"


def _is_claim(content: tuple[int, int] | None, doc: Doc) -> bool:
    """Return True when a content span is a claim: a finite clause, a quotation or a claim noun."""
    span = doc.char_span(*content, alignment_mode="expand") if content else None
    if span is None:
        return False
    if span[0].is_quote or "Fin" in span.root.morph.get("VerbForm") or \
            any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span):
        return True
    lemma = span.root.lemma_.lower()
    return lemma in clause_nouns() or lemma in cue_nouns()


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



@lru_cache(maxsize=1)
def verb_cue_classes() -> dict[str, str]:
    """Return ``{lemma: cue_class}`` of reporting verbs (``speech``, ``cognition``, ``finding``)."""
    return {r["lemma"]: r["cue_class"] for r in lexicons.rows("reporting_verbs.csv")}


@lru_cache(maxsize=1)
def np_object_verbs() -> frozenset[str]:
    """Return reporting verbs whose noun-phrase object is what is attributed ("denied the report").

    Other verbs need a clause or a quotation: "wrote his Dumky Trio", "posted a photo",
    "found himself unable" are not attributions.
    """
    return frozenset(r["lemma"] for r in lexicons.rows("reporting_verbs.csv") if r["np_object"] == "yes")


@lru_cache(maxsize=1)
def quote_only_verbs() -> frozenset[str]:
    """Return verbs that report only beside a quotation (``np_object`` = ``quote``): "…,” he continued."""
    return frozenset(r["lemma"] for r in lexicons.rows("reporting_verbs.csv") if r["np_object"] == "quote")


@lru_cache(maxsize=1)
def noun_cue_classes() -> dict[str, str]:
    """Return ``{lemma: cue_class}`` of cue nouns ("statement" speech, "study" finding)."""
    return {r["lemma"]: r["cue_class"] for r in lexicons.rows("cue_nouns.csv")}


@lru_cache(maxsize=1)
def cue_adjectives() -> dict[str, dict[str, str]]:
    """Return ``{adjective: row}`` of attitude adjectives (``cue_class``, ``complement``): "sure that"."""
    return {r["lemma"]: r for r in lexicons.rows("cue_adjectives.csv")}


@lru_cache(maxsize=8)
def frame_verbs(role: str) -> frozenset[str]:
    """Return the lemmas of ``frame_verbs.csv`` with one role: ``linking``, ``evaluative`` or ``memory``."""
    return frozenset(r["lemma"] for r in lexicons.rows("frame_verbs.csv") if r["role"] == role)


def personal_pronouns() -> frozenset[str]:
    """Return the pronouns of people that can be a source (``source_pronouns.csv``; not relative "who")."""
    return frozenset(t for t, kind in pronouns().items() if kind in ("person", "group") and t != "who")


@lru_cache(maxsize=1)
def occasion_nouns() -> frozenset[str]:
    """Return nouns of an occasion, a place or a time ("meeting", "office"): not what an attitude is about."""
    return frozenset(lexicons.terms("occasion_nouns.txt"))


@lru_cache(maxsize=1)
def clause_nouns() -> dict[str, dict[str, str]]:
    """Return ``{noun: row}`` of nouns whose own clause is attributed (``cue_class``, ``complement``)."""
    return {r["lemma"]: r for r in lexicons.rows("clause_nouns.csv")}


@lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    """Return ``{pronoun: kind}`` of pronouns that can be a source ("he": person, "they": group)."""
    return {r["term"]: r["kind"] for r in lexicons.rows("source_pronouns.csv")}


@lru_cache(maxsize=1)
def finding_nouns() -> frozenset[str]:
    """Return nouns whose "in a …" phrase attributes a clause ("In a Fox poll, Cruz led")."""
    return frozenset(lexicons.terms("finding_nouns.txt"))


@lru_cache(maxsize=1)
def not_sources() -> frozenset[str]:
    """Return nouns that are never a source after "according to" ("according to plan")."""
    return frozenset(lexicons.terms("not_sources.txt"))


@lru_cache(maxsize=1)
def not_contents() -> frozenset[str]:
    """Return objects that report nothing ("said nothing", "said little"): no attribution."""
    return frozenset(lexicons.terms("not_contents.txt"))


@lru_cache(maxsize=1)
def quantifiers() -> frozenset[str]:
    """Return quantifiers dropped from the front of a source phrase ("two officials")."""
    return frozenset(lexicons.terms("quantifiers.txt"))


def cue_class_of(kind: str, cue_lemma: str) -> str:
    """Return the :data:`CUE_CLASSES` value of a cue from its construction and lemma."""
    if kind in ("according_to", "credit"):
        return kind
    if kind == "prepositional":
        if cue_lemma in finding_nouns():
            return "finding"
        if cue_lemma == "to":
            return "cognition"  # a perspective: "To her supporters, the ruling was a victory"
        noun = clause_nouns().get(cue_lemma)
        return noun_cue_classes().get(cue_lemma) or (noun["cue_class"] if noun else "speech")
    if not cue_lemma:
        return "quote"
    adjective = cue_adjectives().get(cue_lemma)
    return verb_cue_classes().get(cue_lemma) or (adjective["cue_class"] if adjective else "speech")
