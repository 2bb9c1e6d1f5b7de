"""Entity mentions and their canonical names.

A mention is a span of the original text; its canonical ``entity`` merges aliases
(``U.S.`` / ``United States`` / ``America``), possessives (``Kim Jong-un’s``), leading
articles (``the Kremlin``), apostrophe variants and, for people, later short forms
(``Putin`` after ``Vladimir Putin``) within the same document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from analysis import lexicons
from analysis.nlp import doc_text

#: Model labels kept, and the coarse entity type each maps to.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "NORP": "nationality",
    "PRODUCT": "product",
}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'S|’S)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


@dataclass(frozen=True)
class Mention:
    """One entity mention: a span of the document text, its model label and canonical name."""

    start_char: int
    end_char: int
    text: str
    label: str
    entity: str


@lru_cache(maxsize=1)
def alias_table() -> dict[str, str]:
    """Return ``{alias key: canonical name}`` from ``lexicons/aliases.csv``."""
    return {_key(row["alias"]): row["canonical"] for row in lexicons.rows("aliases.csv")}


@lru_cache(maxsize=1)
def person_titles() -> tuple[str, ...]:
    """Return person titles from ``lexicons/person_titles.txt``, longest first."""
    return tuple(sorted(lexicons.terms("person_titles.txt"), key=len, reverse=True))


def find_mentions(doc: Doc) -> list[Mention]:
    """Return the entity mentions of a parsed document with canonical names, in text order."""
    spans = [trim_span(ent) for ent in doc.ents if ent.label_ in ENTITY_TYPES]
    spans = [s for s in spans if s is not None]
    names = [canonical_name(doc_text(doc)[s:e], label=label) for s, e, label in spans]
    labels = consistent_person_labels(names, [label for _, _, label in spans])
    spans = [(s, e, label) for (s, e, _), label in zip(spans, labels)]
    names = merge_person_short_forms(names, labels)
    return [
        Mention(start_char=s, end_char=e, text=doc_text(doc)[s:e], label=label, entity=name)
        for (s, e, label), name in zip(spans, names)
    ]


def trim_span(ent: Span) -> tuple[int, int, str] | None:
    """Return ``(start, end, label)`` of an entity without leading article, title or possessive."""
    text = ent.text
    start, end = ent.start_char, ent.end_char
    match = _LEADING_ARTICLE.match(text)
    if match:
        start += match.end()
    possessive = _POSSESSIVE.search(doc_text(ent.doc)[start:end])
    if possessive:
        end -= len(possessive.group())
    if ent.label_ == "PERSON":
        start = _after_title(doc_text(ent.doc), start, end)
    trimmed = doc_text(ent.doc)[start:end]
    if not trimmed.strip() or not any(ch.isalpha() for ch in trimmed):
        return None
    return start, end, ent.label_


def _after_title(text: str, start: int, end: int) -> int:
    """Return ``start`` moved past a leading person title ("President ")."""
    for title in person_titles():
        if text.startswith(title + " ", start) and start + len(title) + 1 < end:
            return start + len(title) + 1
    return start


def canonical_name(text: str, *, label: str) -> str:
    """Return the canonical name of one mention's text (aliases, apostrophes, spacing)."""
    clean = " ".join(text.translate(_APOSTROPHES).split())
    clean = _LEADING_ARTICLE.sub("", clean)
    clean = _POSSESSIVE.sub("", clean)
    return alias_table().get(_key(clean), clean)


def consistent_person_labels(names: list[str], labels: list[str]) -> list[str]:
    """Return labels with one person's mentions made PERSON when the model labelled some ORG.

    "Zhuravlyov" (ORG) after "Alexei Zhuravlyov" (PERSON), and "Natalya Kuznetsova" (ORG)
    when "Kuznetsova" alone is a PERSON, are the same person: the document decides.
    """
    full_last = {n.split()[-1] for n, lab in zip(names, labels) if lab == "PERSON" and len(n.split()) > 1}
    short = {n for n, lab in zip(names, labels) if lab == "PERSON" and len(n.split()) == 1}
    out = []
    for name, label in zip(names, labels):
        words = name.split()
        if label in ("ORG", "GPE", "NORP") and (
                (len(words) == 1 and name in full_last)
                or (len(words) == 2 and words[-1] in short and all(w[:1].isupper() for w in words))):
            label = "PERSON"
        out.append(label)
    return out


def merge_person_short_forms(names: list[str], labels: list[str]) -> list[str]:
    """Return names with a person's partial name replaced by the fuller name it is part of.

    "Putin" after "Vladimir Putin" and "Kim" after "Kim Jong-un" become the full name, when
    exactly one longer person name in the document contains the short form as whole words.
    """
    full = [n for n, lab in zip(names, labels) if lab == "PERSON" and len(n.split()) > 1]
    counts = Counter(full)
    out = []
    for name, label in zip(names, labels):
        if label == "PERSON" and len(name.split()) == 1:
            words = name.split()
            hits = sorted({f for f in counts if _contains_words(f, words)})
            if len(hits) == 1:
                name = hits[0]
        out.append(name)
    return out


def _contains_words(full: str, words: list[str]) -> bool:
    """Return True when ``words`` occur in ``full`` as whole (hyphen-split) words."""
    parts = re.split(r"[\s\-]+", full)
    return all(w in parts or w in full.split() for w in words)


def _key(text: str) -> str:
    """Return the lookup key of a name: apostrophes unified, spacing folded, case kept."""
    return " ".join(text.translate(_APOSTROPHES).split())
