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
   names him in full) becomes that person (label PERSON, ``link_basis`` ``corpus``); places and
   gazetteer names are left alone (*Washington*, *Fox*).
4. An all-capitals name (a dateline's ``WASHINGTON``) takes the corpus's usual spelling of it.

:func:`relink_files` applies the same pass to tables already written to disk (the run streams
them, so they are rewritten once, atomically, at the end).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.entities.linking import person_groups
from analysis.entities.names import fold, gazetteer, person_key, preferred_form
from analysis.entities.spans import ENTITY_TYPES
from analysis.tables import read_table, write_table

#: Share of a surname's person mentions that makes one person the corpus's *Obama* (step 2).
DOMINANT_SHARE = 0.8


def corpus_people(frame: pd.DataFrame) -> dict[tuple[str, ...], str]:
    """Return ``{person key: shown name}`` of the corpus's full person names (keys merged)."""
    people = frame[(frame["label"] == "PERSON") & (frame["link_basis"] != "none")]
    entities = people["entity"].astype(str).tolist()
    keys = [person_key(e) for e in entities]
    full = [(k, e) for k, e in zip(keys, entities) if len(k) >= 2]
    root = person_groups([k for k, _ in full])
    forms: dict[tuple[str, ...], list[str]] = {}
    for k, e in full:
        forms.setdefault(root[k], []).append(e)
    shown = {g: preferred_form(f) for g, f in forms.items()}
    return {k: shown[root[k]] for k, _ in full}


def link_corpus(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the entities table with people named once across the corpus (see module doc)."""
    if frame.empty or "link_basis" not in frame:
        return frame
    out = frame.copy()
    by_key = corpus_people(out)
    by_surname: dict[str, set[str]] = {}
    for k, name in by_key.items():
        by_surname.setdefault(k[-1], set()).add(name)
    people = out["label"] == "PERSON"
    names, basis = out["entity"].astype(str).tolist(), out["link_basis"].astype(str).tolist()
    for i in [i for i, p in enumerate(people) if p]:
        key = person_key(names[i])
        if basis[i] != "none" and key in by_key:
            names[i] = by_key[key]
    weight = Counter(n for n, p in zip(names, people) if p)
    for i in [i for i, p in enumerate(people) if p]:
        key = person_key(names[i])
        if basis[i] == "none" and len(key) == 1:
            hits = sorted(by_surname.get(key[0], ()))
            chosen = dominant(hits, weight)
            if chosen is not None:
                names[i], basis[i] = chosen, "corpus"
    labels = out["label"].astype(str).tolist()
    _surnames_typed_otherwise(names, labels, basis, by_surname, weight)
    names = _one_case(names)
    out["entity"] = pd.array(names, dtype=frame["entity"].dtype)
    out["link_basis"] = pd.array(basis, dtype=frame["link_basis"].dtype)
    out["label"] = pd.array(labels, dtype=frame["label"].dtype)
    if "entity_type" in out:
        out["entity_type"] = pd.array([ENTITY_TYPES[lab] for lab in labels],
                                      dtype=frame["entity_type"].dtype)
    return out


def _surnames_typed_otherwise(names: list[str], labels: list[str], basis: list[str],
                              by_surname: dict[str, set[str]], weight: Counter) -> None:
    """Make a one-word ORG or NORP that is the corpus's one (or dominant) person's surname that person.

    "the Trump campaign" gives an ORG *Trump* in an article that never names Donald Trump in
    full; in a corpus where Donald Trump is the Trump, it is him (label, name and basis are
    changed in place; ``link_basis`` ``corpus``). Places are left alone (*Washington*).
    """
    for i, (name, label) in enumerate(zip(names, labels)):
        if label in ("ORG", "NORP") and " " not in name and name[:1].isupper() \
                and name not in gazetteer():
            chosen = dominant(sorted(by_surname.get(fold(name), ())), weight)
            if chosen is not None:
                names[i], labels[i], basis[i] = chosen, "PERSON", "corpus"


def _one_case(names: list[str]) -> list[str]:
    """Return names with an all-capitals spelling (a dateline's ``WASHINGTON``) replaced by the
    corpus's usual spelling of the same name, when there is one (``CNN`` has none and stays)."""
    usual: dict[str, Counter] = {}
    for name in names:
        if not name.isupper():
            usual.setdefault(name.casefold(), Counter())[name] += 1
    return [usual[n.casefold()].most_common(1)[0][0] if n.isupper() and n.casefold() in usual else n
            for n in names]


def dominant(hits: list[str], weight: Counter, *, share: float = DOMINANT_SHARE) -> str | None:
    """Return the one person among ``hits``, or the one with ``share`` of their mentions, or None."""
    if len(hits) == 1:
        return hits[0]
    total = sum(weight[h] for h in hits)
    best = max(hits, key=lambda h: (weight[h], h), default=None)
    return best if best is not None and total and weight[best] >= share * total else None


def relink_files(out_dir: str | os.PathLike, *, formats: tuple[str, ...] = ("csv",)) -> None:
    """Rewrite ``OUT_DIR/entities.*`` with :func:`link_corpus` applied (each file atomically)."""
    frame = read_table("entities", out_dir)
    linked = link_corpus(frame)
    for fmt in formats:
        write_table(linked, Path(out_dir) / f"entities.{fmt}", fmt=fmt)
