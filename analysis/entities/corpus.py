"""Across a corpus: a person named only by surname links to the corpus's one full name carrying it.

Runs after every document is analysed, on the entities table (:func:`link_corpus`), because
it needs all documents. Four steps:

1. One spelling per person: full names with the same person key across documents
   (``Donald J. Trump`` in one article, ``Donald Trump`` in another) are shown under the
   corpus's preferred form (:func:`analysis.entities.names.preferred_form`). ``link_basis``
   is kept: the mention still names the person itself.
2. A one-word name left unlinked in its article (``link_basis`` ``none``) links to the full
   name whose surname it is when exactly one person of the corpus has that surname (first
   names are too common to link across articles: *Maya*, *Jared*), or when one of the people
   with that surname holds :data:`DOMINANT_SHARE` of their mentions in the corpus (*Obama*
   is Barack Obama in a corpus that mentions Michelle Obama a few times)
   (``link_basis`` becomes ``corpus``); otherwise it stays ``none``.
3. A one-word ORG or NORP that is such a surname (*the Trump campaign* in an article that never
   names him in full) becomes that person (label PERSON, ``link_basis`` ``corpus``); places,
   gazetteer names (*Washington*, *Fox*) and words typed otherwise more often than the surname's
   people are mentioned (*American*, *GOP* beside a mistyped *Indiana GOP*) are left alone.
4. An all-capitals name (a dateline's ``WASHINGTON``) takes the corpus's usual spelling of it.

:func:`analysis.entities.files.relink_files` applies the same pass to tables already written
to disk (the run streams them, so they are rewritten once, atomically, at the end), reading them
in chunks: :func:`build_index` first, then :func:`link_corpus` per chunk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from analysis.entities.linking import person_groups
from analysis.entities.names import fold, gazetteer, person_key, preferred_form
from analysis.entities.spans import ENTITY_TYPES

#: Share of a surname's person mentions that makes one person the corpus's *Obama* (step 2).
DOMINANT_SHARE = 0.8


@dataclass
class CorpusIndex:
    """What the corpus pass needs to know about every document, built in one streaming pass.

    ``by_key``: person key -> the name shown for that person; ``by_surname``: folded surname ->
    the people with it; ``weight``: mentions per person after renaming; ``usual``: for each
    case-folded name, the counts of its spellings that are not all capitals; ``not_person``:
    mentions of each folded one-word name typed other than PERSON.
    """

    by_key: dict[tuple[str, ...], str] = field(default_factory=dict)
    by_surname: dict[str, set[str]] = field(default_factory=dict)
    weight: Counter = field(default_factory=Counter)
    usual: dict[str, Counter] = field(default_factory=dict)
    not_person: Counter = field(default_factory=Counter)


def build_index(chunks: Iterable[pd.DataFrame]) -> CorpusIndex:
    """Return the :class:`CorpusIndex` of an entities table read in chunks (label, entity, link_basis)."""
    people: Counter = Counter()  # (entity, link_basis) of PERSON rows, in first-seen order
    index = CorpusIndex()
    for chunk in chunks:
        names = chunk["entity"].astype(str).tolist()
        for name, label, basis in zip(names, chunk["label"].astype(str), chunk["link_basis"].astype(str)):
            if label == "PERSON":
                people[(name, basis)] += 1
            elif " " not in name:
                index.not_person[fold(name)] += 1
            if not name.isupper():
                index.usual.setdefault(name.casefold(), Counter())[name] += 1
    full = [(person_key(n), n, c) for (n, b), c in people.items() if b != "none"]
    full = [(k, n, c) for k, n, c in full if len(k) >= 2]
    root = person_groups([k for k, _, _ in full])
    forms: dict[tuple[str, ...], list[str]] = {}
    for k, n, c in full:
        forms.setdefault(root[k], []).extend([n] * c)
    shown = {g: preferred_form(f) for g, f in forms.items()}
    index.by_key = {k: shown[root[k]] for k, _, _ in full}
    for k, name in index.by_key.items():
        index.by_surname.setdefault(k[-1], set()).add(name)
    for (name, basis), count in people.items():
        key = person_key(name)
        index.weight[index.by_key.get(key, name) if basis != "none" else name] += count
    return index


def link_corpus(frame: pd.DataFrame, index: CorpusIndex | None = None) -> pd.DataFrame:
    """Return the entities table with people named once across the corpus (see module doc).

    ``index`` is the whole corpus's :func:`build_index` when ``frame`` is one chunk of it;
    by default it is built from ``frame``.
    """
    if frame.empty or "link_basis" not in frame:
        return frame
    index = index or build_index([frame])
    out = frame.copy()
    names, basis = out["entity"].astype(str).tolist(), out["link_basis"].astype(str).tolist()
    labels = out["label"].astype(str).tolist()
    for i, label in enumerate(labels):
        if label != "PERSON":
            continue
        key = person_key(names[i])
        if basis[i] != "none" and key in index.by_key:
            names[i] = index.by_key[key]
        elif basis[i] == "none" and len(key) == 1:
            chosen = dominant(sorted(index.by_surname.get(key[0], ())), index.weight)
            if chosen is not None:
                names[i], basis[i] = chosen, "corpus"
    _surnames_typed_otherwise(names, labels, basis, index)
    names = [_usual_case(n, index.usual) for n in names]
    out["entity"] = pd.array(names, dtype=frame["entity"].dtype)
    out["link_basis"] = pd.array(basis, dtype=frame["link_basis"].dtype)
    out["label"] = pd.array(labels, dtype=frame["label"].dtype)
    if "entity_type" in out:
        out["entity_type"] = pd.array([ENTITY_TYPES[lab] for lab in labels],
                                      dtype=frame["entity_type"].dtype)
    return out


def _surnames_typed_otherwise(names: list[str], labels: list[str], basis: list[str],
                              index: CorpusIndex) -> None:
    """Make a one-word ORG or NORP that is the corpus's one (or dominant) person's surname that person.

    "the Trump campaign" gives an ORG *Trump* in an article that never names Donald Trump in
    full; in a corpus where Donald Trump is the Trump, it is him (label, name and basis are
    changed in place; ``link_basis`` ``corpus``). Places are left alone (*Washington*), and so is
    a word the corpus types otherwise more often than it names people with that surname: a PERSON
    the model made of *Define American* or *Indiana GOP* does not make every *American* and *GOP*
    a person.
    """
    for i, (name, label) in enumerate(zip(names, labels)):
        if label in ("ORG", "NORP") and " " not in name and name[:1].isupper() \
                and name not in gazetteer():
            people = sorted(index.by_surname.get(fold(name), ()))
            chosen = dominant(people, index.weight)
            if chosen is not None and sum(index.weight[p] for p in people) >= index.not_person[fold(name)]:
                names[i], labels[i], basis[i] = chosen, "PERSON", "corpus"


def _usual_case(name: str, usual: dict[str, Counter]) -> str:
    """Return an all-capitals name (a dateline's ``WASHINGTON``) in the corpus's usual spelling of
    it, when there is one (``CNN`` has none and stays)."""
    if name.isupper() and name.casefold() in usual:
        return usual[name.casefold()].most_common(1)[0][0]
    return name


def dominant(hits: list[str], weight: Counter, *, share: float = DOMINANT_SHARE) -> str | None:
    """Return the one person among ``hits``, or the one with ``share`` of their mentions, or None."""
    if len(hits) == 1:
        return hits[0]
    total = sum(weight[h] for h in hits)
    best = max(hits, key=lambda h: (weight[h], h), default=None)
    return best if best is not None and total and weight[best] >= share * total else None
