"""Within one article: one name per organisation or place, whatever way the article writes it.

Two passes over the non-person names of an article (ORG, FAC, GPE, LOC), after the person pass:

1. :func:`unify_variants`: names that are one name written differently share a *variant key*
   (:func:`variant_key`): case (``Republican party`` / ``Republican Party``), abbreviations
   (``Main St.`` / ``Main Street``, ``lexicons/name_abbreviations.csv``), a national qualifier
   before an institution (``U.S. Congress`` / ``Congress``). All take the article's preferred form.
2. :func:`link_short_forms`: a name that is a short form of exactly ONE longer name of the article
   takes that name, by one of the rules in :data:`RULES` (each with its own examples, both ways).
   Two or more longer candidates leave the name as it is.

A short name that is a person (``Rice`` typed PERSON) is left to the person pass: *Trump* is not
*Trump University*.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from analysis import lexicons
from analysis.entities.linking import _ACRONYM_SKIP, ORG_HEADS, _acronym
from analysis.entities.names import (
    alias_table,
    fold,
    gazetteer,
    name_heads,
    preferred_form,
)

#: Labels of organisation and place names (the names these passes link).
NAME_LABELS = ("ORG", "FAC", "GPE", "LOC")
_PLACE_ONLY = ("GPE", "LOC")


@lru_cache(maxsize=1)
def abbreviations() -> dict[tuple[str, str], str]:
    """Return ``{(abbreviation, position): expansion}`` from ``lexicons/name_abbreviations.csv``."""
    return {(r["abbreviation"], r["position"]): r["expansion"]
            for r in lexicons.rows("name_abbreviations.csv")}


def _words(name: str) -> list[str]:
    """Return a name's words, commas dropped (``University of California, Berkeley``)."""
    return name.replace(",", " ").split()


def expand(words: list[str]) -> list[str]:
    """Return words with abbreviations spelled out by their position (``Main St.`` -> ``Main Street``)."""
    table = abbreviations()
    out = []
    for i, word in enumerate(words):
        position = "first" if i == 0 else "last" if i == len(words) - 1 else "middle"
        out.append(table.get((word, position)) or table.get((word, "any")) or word)
    return out


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """Return folded national qualifiers: the abbreviations of ``aliases.csv`` (``U.S.``, ``UK``,
    ``EU``) and the names they stand for (``United States``); not the party adjectives."""
    return frozenset(fold(n) for alias, name in alias_table().items()
                     if alias.replace(".", "").isupper() for n in (alias, name))


def variant_key(name: str, label: str) -> str:
    """Return what two spellings of one organisation or place share (see module docstring).

    ``U.S. Republican Party`` and ``Republican party`` both have ``republican party``: a leading
    national qualifier is dropped when the rest ends in an organisation head (``Congress``, ``Party``).
    """
    words = expand(_words(name))
    if label == "ORG" and len(words) > 1 and fold(words[-1]).rstrip(".") in ORG_HEADS:
        for size in (3, 2, 1):
            if len(words) > size and fold(" ".join(words[:size])) in _qualifiers():
                words = words[size:]
                break
    return fold(" ".join(words))


def _fullest(forms: list[str]) -> list[str]:
    """Return the forms with the most words, all-capitals ones (a dateline's ``FARGO``) only when
    no other form is left: ``U.S. Congress`` over ``Congress``."""
    cased = [f for f in forms if not f.isupper()] or forms
    most = max(len(_words(f)) for f in cased)
    return [f for f in cased if len(_words(f)) == most]


def unify_variants(names: list[str], labels: list[str]) -> list[str]:
    """Return names with every organisation or place shown in one spelling per article: of the
    spellings with the most words (not all capitals), the article's preferred one
    (:func:`preferred_form`)."""
    forms: dict[str, list[str]] = {}
    keys = [variant_key(n, lab) if lab in NAME_LABELS else None for n, lab in zip(names, labels)]
    for name, k in zip(names, keys):
        if k is not None:
            forms.setdefault(k, []).append(name)
    shown = {k: preferred_form(_fullest(f)) for k, f in forms.items()}
    return [shown[k] if k is not None else n for n, k in zip(names, keys)]


# ------------------------------------------------------------ short-form rules
def before_generic_head(short: list[str], long: list[str], short_label: str) -> bool:
    """``Rice`` / ``Rice University``, ``Lakeshore`` / ``Lakeshore Avenue``: the name without its
    generic head (``lexicons/name_heads.csv``). A place-typed short name is not an institution
    (``Washington`` the state, not ``Washington University``). *City* is no generic head: ``Kansas``
    is not ``Kansas City``, and in US news ``New York`` is as often the state as the city."""
    if len(long) != len(short) + 1 or long[:-1] != short:
        return False
    kind = name_heads().get(fold(long[-1]))
    if kind == "institution":
        return short_label not in _PLACE_ONLY
    return kind == "place"


def head_alone(short: list[str], long: list[str], short_label: str) -> bool:
    """``the Lodge`` for ``Henga Lodge``: a facility head noun alone, the last word of the long name."""
    return (len(short) == 1 and len(long) > 1 and short[0] == long[-1]
            and name_heads().get(fold(short[0])) == "facility" and short_label not in _PLACE_ONLY)


def head_of_an_of_name(short: list[str], long: list[str], short_label: str) -> bool:
    """``the State`` for ``State of Ohio``, ``the University`` for ``University of Leeds``: the first
    word alone of a *Head of X* name, when it is an organisation head or a polity noun
    (``lexicons/name_heads.csv`` kind ``polity``: State, Republic, Kingdom, Commonwealth)."""
    if len(short) != 1 or len(long) < 3 or long[0] != short[0] or long[1] != "of":
        return False
    head = fold(short[0])
    return head in ORG_HEADS or name_heads().get(head) in ("polity", "institution")


def organisation_prefix(short: list[str], long: list[str], short_label: str) -> bool:
    """``Major League`` / ``Major League Baseball``: an organisation's name but its last word, ending
    in an organisation head noun itself (two words or more). Two words more name a part of it
    (``State Department Inspector General``)."""
    return (len(short) >= 2 and len(long) == len(short) + 1 and long[:-1] == short
            and fold(short[-1]) in ORG_HEADS and long[-1][:1].isupper())


def last_word(short: list[str], long: list[str], short_label: str) -> bool:
    """``Pirates`` / ``Pittsburgh Pirates`` (a team's nickname after its place), ``Holt`` / ``Brock
    Holt`` (a person the model typed an organisation): the long name's last word alone, typed an
    organisation, after a capitalised word (``Washington`` is not ``University of Washington``),
    not a head noun (``Congress``), an acronym or a gazetteer name (``Twitter``: not ``Wilayat
    Twitter``). A place's last word is another place (``Texas``, ``North Texas``)."""
    if len(short) != 1 or len(long) < 2 or long[-1] != short[0] or not short[0][:1].isupper():
        return False
    if short[0].isupper() or short[0] in gazetteer():  # GOP, NFL, Twitter: names of their own
        return False
    if fold(short[0]) in ORG_HEADS or name_heads().get(fold(short[0])) not in (None, "polity"):
        return False
    if any(w.lower() in _ACRONYM_SKIP for w in long[:-1]) or not long[-2][:1].isupper():
        return False
    return short_label == "ORG"


def acronym(short: list[str], long: list[str], short_label: str) -> bool:
    """``NJ`` / ``New Jersey``, ``MLB`` / ``Major League Baseball``: the initials of the long name."""
    word = " ".join(short)
    return (len(short) == 1 and 2 <= len(word) <= 6 and word.isupper() and word.isalpha()
            and len(long) > 1 and _acronym(" ".join(long)) == word)


def acronym_then_rest(short: list[str], long: list[str], short_label: str) -> bool:
    """``UC Berkeley`` / ``University of California, Berkeley``, ``GW Bridge`` / ``George
    Washington Bridge``: initials of the first words, then the rest of the name as written."""
    if len(short) < 2 or not (short[0].isupper() and short[0].isalpha() and len(short[0]) >= 2):
        return False
    rest = short[1:]
    if len(long) <= len(rest) + 1 or long[-len(rest):] != rest:
        return False
    return _acronym(" ".join(long[:-len(rest)])) == short[0]


@dataclass(frozen=True)
class ShortFormRule:
    """One way of shortening a name: its test, and example pairs that it links and does not link.

    ``examples`` and ``counter_examples`` hold ``(short, short label, long)``.
    """

    name: str
    test: Callable[[list[str], list[str], str], bool]
    examples: tuple[tuple[str, str, str], ...]
    counter_examples: tuple[tuple[str, str, str], ...]


RULES: tuple[ShortFormRule, ...] = (
    ShortFormRule("before a generic head", before_generic_head,
                  (("Tufts", "ORG", "Tufts University"), ("Telegraph", "GPE", "Telegraph Avenue"),
                   ("Los Angeles", "GPE", "Los Angeles County"), ("Buena Vista", "GPE", "Buena Vista Road"),
                   ("Elm", "ORG", "Elm Street")),
                  (("Georgia", "GPE", "Georgia College"), ("Kansas", "GPE", "Kansas City"),
                   ("New York", "GPE", "New York City"),
                   ("Durham", "GPE", "Durham Cathedral"), ("Denver", "GPE", "Denver International Airport"),
                   ("Brooklyn", "GPE", "Brooklyn Bridge"),
                   # an island's name alone is as often the town on it
                   ("Bantayan", "GPE", "Bantayan Island"))),
    ShortFormRule("head noun alone", head_alone,
                  (("Lodge", "ORG", "Juniper Lodge"),),
                  (("Street", "GPE", "Elm Street"), ("Lodge", "GPE", "Juniper Lodge"))),
    ShortFormRule("head of an 'of' name", head_of_an_of_name,
                  (("State", "ORG", "State of Vermont"), ("University", "ORG", "University of Leeds"),
                   ("Republic", "GPE", "Republic of Palau")),
                  (("Isle", "LOC", "Isle of Wight"), ("State", "ORG", "State Department"),
                   ("Bay", "LOC", "Bay of Biscay"))),
    ShortFormRule("organisation's first words", organisation_prefix,
                  (("National League", "ORG", "National League Central"),
                   ("Premier League", "ORG", "Premier League Football")),
                  (("National", "ORG", "National League Central"), ("New York", "GPE", "New York Times"),
                   ("State Department", "ORG", "State Department Inspector General"))),
    ShortFormRule("last word of the name", last_word,
                  (("Mariners", "ORG", "Seattle Mariners"), ("Okafor", "ORG", "Chidi Okafor")),
                  (("York", "GPE", "New York"), ("Africa", "LOC", "South Africa"),
                   ("Texas", "GPE", "North Texas"), ("Mariners", "GPE", "Seattle Mariners"),
                   ("Oregon", "ORG", "University of Oregon"), ("Congress", "ORG", "US Congress"),
                   ("Texas", "ORG", "University of North Texas"), ("NFL", "ORG", "Reno NFL"),
                   ("Twitter", "ORG", "Parody Twitter"))),
    ShortFormRule("acronym", acronym,
                  (("NM", "ORG", "New Mexico"), ("NHL", "ORG", "National Hockey League")),
                  (("NM", "ORG", "North Carolina"), ("Nm", "ORG", "New Mexico"))),
    ShortFormRule("acronym, then the rest", acronym_then_rest,
                  (("UT Austin", "ORG", "University of Texas at Austin"),
                   ("MLK Boulevard", "ORG", "Martin Luther King Boulevard")),
                  (("UT Dallas", "ORG", "University of Texas at Austin"),
                   ("MLK Park", "ORG", "Martin Luther King Boulevard"))),
)


def shortens(short: str, long: str, *, short_label: str) -> str | None:
    """Return the name of the rule by which ``short`` is a short form of ``long``, or None."""
    s, lw = _words(short), _words(long)
    return next((rule.name for rule in RULES if rule.test(s, lw, short_label)), None)


def _institution_of(short: str, long: str) -> bool:
    """Return True when ``long`` is ``short`` followed by an institution head (``Tufts University``)."""
    words = _words(long)
    return (len(words) == 2 and words[0] == short
            and name_heads().get(fold(words[1])) == "institution")


def link_short_forms(names: list[str], labels: list[str], basis: list[str]) -> list[str]:
    """Return names with each short form replaced by the one longer name it shortens.

    ``labels`` and ``basis`` are updated in place: a linked mention takes the long name's label
    (the model types a full name more reliably than its short form) and ``link_basis`` ``document``.
    A one-word PERSON the person pass did not link to a person of the article (``link_basis`` not
    ``document``) is the institution it names when exactly one name of the article is it plus an institution head
    (``Tufts`` typed PERSON beside ``Tufts University``).
    """
    long_labels: dict[str, str] = {}
    for name, label in zip(names, labels):
        if label in NAME_LABELS:
            long_labels.setdefault(name, label)
    target: dict[tuple[str, str], str] = {}
    for name, label in zip(names, labels):
        if label == "PERSON" and (name, label) not in target and " " not in name:
            hits = [n for n in long_labels if _institution_of(name, n)]
            target[(name, label)] = hits[0] if len(hits) == 1 else name
        if label in NAME_LABELS and (name, label) not in target:
            hits = [n for n in long_labels if n != name and len(n) > len(name)
                    and shortens(name, n, short_label=label)]
            target[(name, label)] = hits[0] if len(hits) == 1 else name
    out = list(names)
    for i, (name, label) in enumerate(zip(names, labels)):
        if label == "PERSON" and basis[i] == "document":
            continue
        final = target.get((name, label), name)
        while final != name and target.get((final, long_labels[final]), final) != final:
            name, final = final, target[(final, long_labels[final])]  # UC Berkeley -> its full name
        if final != out[i]:
            out[i], labels[i], basis[i] = final, long_labels[final], "document"
    return out

