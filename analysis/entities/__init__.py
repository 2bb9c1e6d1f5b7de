"""Entity mentions and their canonical names: who and what is in the story.

A mention is a span of the original text; its canonical ``entity`` merges aliases
(``U.S.`` / ``United States`` / ``America``), possessives (``Kim Jong-un’s``), leading
articles (``the Kremlin``), apostrophe variants, spellings of one person (``Donald J. Trump`` =
``Donald Trump``), and short names (``Putin`` after ``Vladimir Putin``, ``Harvard`` after
``Harvard University``) within the document; :func:`link_corpus` then links surnames across
the corpus. ``link_basis`` says how each mention got its name (``text``, ``document``,
``corpus``, ``none``).

Modules: :mod:`.names` (spelling and person keys), :mod:`.spans` (model entities trimmed,
headlines cut at verbs), :mod:`.linking` (people within an article), :mod:`.kinship` (names
introduced as a relative), :mod:`.aliases` (*X, known as Y*), :mod:`.characters` (roles
played), :mod:`.shortforms` (organisations and places within an article: spelling variants,
short forms), :mod:`.corpus` (across articles).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from analysis.entities.aliases import introduced_aliases
from analysis.entities.characters import character_mentions
from analysis.entities.corpus import link_corpus
from analysis.entities.files import relink_files
from analysis.entities.kinship import relative_mentions
from analysis.entities.linking import (
    consistent_person_labels,
    link_organisations,
    link_people,
    unify_labels,
)
from analysis.entities.names import (
    alias_table,
    canonical_name,
    gazetteer,
    is_person_title,
    person_key,
    person_titles,
)
from analysis.entities.shortforms import (
    ambiguous_unqualified,
    link_short_forms,
    unify_variants,
)
from analysis.entities.spans import (
    ENTITY_TYPES,
    entity_spans,
    headline_lines,
    trim_span,
)
from analysis.nlp import doc_text

#: How a mention got its canonical name (the ``link_basis`` column).
LINK_BASES = ("text", "document", "corpus", "none")

__all__ = ["ENTITY_TYPES", "LINK_BASES", "Mention", "alias_table", "canonical_name",
           "consistent_person_labels", "find_mentions", "gazetteer", "headline_lines",
           "link_corpus", "merge_aliases", "merge_person_short_forms", "person_key", "person_titles",
           "relink_files", "trim_span"]


@dataclass(frozen=True)
class Mention:
    """One entity mention: a span of the document text, its label, canonical name and link basis."""

    start_char: int
    end_char: int
    text: str
    label: str
    entity: str
    link_basis: str = "text"


def find_mentions(doc: Doc) -> list[Mention]:
    """Return the entity mentions of a parsed document with canonical names, in text order."""
    text = doc_text(doc)
    spans = entity_spans(doc)
    names = [canonical_name(text[s:e], label=label) for s, e, label in spans]
    before = [_word_before(text, s, e) for s, e, _ in spans]
    labels = consistent_person_labels(names, [lab for _, _, lab in spans],
                                      fixed=frozenset(gazetteer()), before=before)
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    names, basis = link_people(names, labels,
                               breaks=[bisect.bisect_left(newlines, s) for s, _, _ in spans],
                               relatives=relative_mentions(doc, spans),
                               roles=character_mentions(doc, spans))
    merge_aliases(names, labels, basis, introduced_aliases(doc, spans))
    labels = unify_labels(names, labels, before, fixed=gazetteer())
    names = unify_variants(names, labels, basis=basis)
    names = link_organisations(names, labels, basis, keep=ambiguous_unqualified(names, labels))
    names = link_short_forms(names, labels, basis, titled=[_after_title(text, s) for s, _, _ in spans])
    labels = unify_labels(names, labels, before, fixed=gazetteer())
    return [Mention(start_char=s, end_char=e, text=text[s:e], label=label, entity=name,
                    link_basis=b)
            for (s, e, _), label, name, b in zip(spans, labels, names, basis)]


def merge_aliases(names: list[str], labels: list[str], basis: list[str],
                  aliases: dict[int, int]) -> None:
    """Name both entities of *X, known as Y* (``aliases``: ``{Y's mention: X's mention}``) after
    the one whose name has more words, when both mentions have one label and neither was linked
    to a fuller name (*Mr. Bush, known as Jeb*: which Bush is the person pass's guess, not
    spread further). In place; the renamed mentions' ``link_basis`` becomes ``document``."""
    for alias, named in aliases.items():
        if labels[alias] != labels[named] or names[alias] == names[named] \
                or basis[named] != "text" or basis[alias] == "document":
            continue
        keep, drop = sorted((names[named], names[alias]), key=lambda n: -len(n.split()))
        for i, name in enumerate(names):
            if name == drop and labels[i] == labels[named]:
                names[i], basis[i] = keep, "document"


def _word_before(text: str, start: int, end: int) -> str:
    """Return the lower-cased word before a mention, or ``""`` when the mention is possessive."""
    if text[end:end + 2] in ("'s", "’s"):
        return ""
    words = text[max(0, start - 20):start].split()
    return words[-1].lower() if words else ""


def _after_title(text: str, start: int) -> bool:
    """Return True when the word right before a mention is a person title (*Mr.*, *Sen.*)."""
    words = text[max(0, start - 20):start].split()
    return bool(words) and text[start - 1:start].isspace() and is_person_title(words[-1])


def merge_person_short_forms(names: list[str], labels: list[str]) -> list[str]:
    """Return names with a person's short name replaced by the full name it belongs to.

    "Putin" after "Vladimir Putin" and "Kim" after "Kim Jong-un" become the full name
    (see :func:`analysis.entities.linking.link_people`).
    """
    return link_people(names, labels)[0]
