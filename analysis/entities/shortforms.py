"""Within one article: one name per organisation or place, whatever way the article writes it.

Two passes over the non-person names of an article (ORG, FAC, GPE, LOC), after the person pass:

1. :func:`unify_variants`: names that are one name written differently share a *variant key*
   (:func:`variant_key`): case (``Republican party`` / ``Republican Party``), abbreviations
   (``Main St.`` / ``Main Street``, ``lexicons/name_abbreviations.csv``), a national qualifier
   before an institution written as its country (``U.S. Congress`` / ``United States Congress``;
   ``lexicons/national_qualifiers.txt``). An unqualified ``Congress`` joins the article's one
   qualified Congress; with two (``EU Parliament``, ``UK Parliament``) it stays apart. All take the
   article's preferred form.
2. :func:`link_short_forms`: a name that is a short form of exactly ONE longer name of the article
   takes that name, by one of the rules in :data:`RULES` (each with its own examples, both ways).
   Two or more longer candidates leave the name as it is.

A one-word name that is a word of a person's full name in the article, or that follows a person
title (*Mr. Trump*, whatever the model typed it), is a person's name and is not linked here:
*Trump* is not *Trump University*.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from analysis import lexicons
from analysis.entities.names import (
    ACRONYM_SKIP,
    alias_table,
    fold,
    gazetteer,
    initials,
    is_common_noun,
    is_person_title,
    name_heads,
    org_heads,
    person_key,
    preferred_form,
)
from analysis.entities.spans import person_roles

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
def _qualifiers() -> dict[str, str]:
    """Return ``{folded national qualifier: its folded country}``: the countries of
    ``lexicons/national_qualifiers.txt`` and their aliases (``U.S.``, ``UK``, ``EU``)."""
    countries = {fold(c): fold(c) for c in lexicons.terms("national_qualifiers.txt")}
    aliases = {fold(alias): fold(name) for alias, name in alias_table().items() if fold(name) in countries}
    return countries | aliases


def _qualified(name: str, label: str) -> tuple[str, list[str]]:
    """Return ``(folded country, the other words)`` of an institution named with a leading national
    qualifier (``U.S. Congress`` -> ``("united states", ["Congress"])``), else ``("", words)``."""
    words = expand(_words(name))
    if label == "ORG" and len(words) > 1 and fold(words[-1]).rstrip(".") in org_heads():
        for size in (3, 2, 1):
            country = _qualifiers().get(fold(" ".join(words[:size])))
            if len(words) > size and country:
                return country, words[size:]
    return "", words


def variant_key(name: str, label: str) -> str:
    """Return what two spellings of one organisation or place share (see module docstring).

    ``U.S. Congress`` and ``United States Congress`` both have ``united states congress``: a
    leading national qualifier before an organisation head is written as its country. The
    qualifier stays in the key: ``EU Parliament`` and ``UK Parliament`` differ (an unqualified
    name joins a qualified one in :func:`unify_variants`).
    """
    country, words = _qualified(name, label)
    if country:
        return fold(" ".join([country, *words]))
    if len(words) > 1 and words[0].replace(".", "").isupper() and alias_table().get(words[0]):
        words = [alias_table()[words[0]], *words[1:]]  # U.N. Security Council
    return fold(" ".join(words))


def _unqualified_key(name: str, label: str) -> str:
    """Return the key of a name with its national qualifier dropped (``UK Parliament`` -> ``parliament``)."""
    return fold(" ".join(_qualified(name, label)[1]))


def _fullest(forms: list[str]) -> list[str]:
    """Return the forms with the most words, all-capitals ones (a dateline's ``FARGO``) only when
    no other form is left: ``U.S. Congress`` over ``Congress``."""
    cased = [f for f in forms if not f.isupper()] or forms
    most = max(len(_words(f)) for f in cased)
    return [f for f in cased if len(_words(f)) == most]


def _qualified_keys(names: list[str], labels: list[str]) -> dict[str, set[str]]:
    """Return ``{unqualified key: the article's nationally qualified keys with it}``."""
    out: dict[str, set[str]] = {}
    for name, label in zip(names, labels):
        if label in NAME_LABELS and _unqualified_key(name, label) != variant_key(name, label):
            out.setdefault(_unqualified_key(name, label), set()).add(variant_key(name, label))
    return out


def ambiguous_unqualified(names: list[str], labels: list[str]) -> set[str]:
    """Return the unqualified names of the article that two differently qualified names share
    (``Parliament`` beside ``EU Parliament`` and ``UK Parliament``): no pass may link them."""
    qualified = _qualified_keys(names, labels)
    return {n for n, lab in zip(names, labels)
            if lab in NAME_LABELS and len(qualified.get(variant_key(n, lab), ())) > 1}


def unify_variants(names: list[str], labels: list[str], *, basis: list[str] | None = None) -> list[str]:
    """Return names with every organisation or place shown in one spelling per article: of the
    spellings with the most words (not all capitals), the article's preferred one
    (:func:`preferred_form`). An unqualified name (``Parliament``) joins a nationally qualified
    one (``UK Parliament``) only when the article has exactly one such qualified name. ``basis``,
    when given, is updated in place: ``document`` for a mention whose name changed."""
    forms: dict[str, list[str]] = {}
    keys = [variant_key(n, lab) if lab in NAME_LABELS else None for n, lab in zip(names, labels)]
    qualified = _qualified_keys(names, labels)
    keys = [next(iter(qualified[k])) if k in qualified and len(qualified[k]) == 1 else k for k in keys]
    for name, k in zip(names, keys):
        if k is not None:
            forms.setdefault(k, []).append(name)
    shown = {k: preferred_form(_fullest(f)) for k, f in forms.items()}
    out = [shown[k] if k is not None else n for n, k in zip(names, keys)]
    for i, (name, new) in enumerate(zip(names, out)):
        if basis is not None and new != name:
            basis[i] = "document"
    return out


# ------------------------------------------------------------ short-form rules
def before_generic_head(short: list[str], long: list[str], short_label: str,
                        places: frozenset[str] = frozenset()) -> bool:
    """``Tufts`` / ``Tufts University``, ``Elm`` / ``Elm Street``: the name without its generic head
    (``lexicons/name_heads.csv``: an institution's or a street's, a county's). A short name typed a
    place (GPE, LOC) is a place of its own, neither the institution nor the street or county named
    after it: ``Washington`` the state, not ``Washington University`` or ``Washington County``;
    ``Pennsylvania``, not ``Pennsylvania Avenue``. *City* is no generic head: ``Kansas`` is not
    ``Kansas City``, and in US news ``New York`` is as often the state as the city."""
    if len(long) != len(short) + 1 or long[:-1] != short:
        return False
    kind = name_heads().get(fold(long[-1]))
    return kind in ("institution", "place") and short_label not in _PLACE_ONLY


def head_alone(short: list[str], long: list[str], short_label: str,
               places: frozenset[str] = frozenset()) -> bool:
    """``the Lodge`` for ``Juniper Lodge``: a facility head noun alone, the last word of the long name."""
    return (len(short) == 1 and len(long) > 1 and short[0] == long[-1]
            and name_heads().get(fold(short[0])) == "facility" and short_label not in _PLACE_ONLY)


def head_of_an_of_name(short: list[str], long: list[str], short_label: str,
                       places: frozenset[str] = frozenset()) -> bool:
    """``the State`` for ``State of Ohio``, ``the University`` for ``University of Belmar``: the
    first word alone of a *Head of X* name, when it is an organisation head or a polity noun
    (``lexicons/name_heads.csv`` kind ``polity``: State, Republic, Kingdom, Commonwealth); not
    when the long name ends in an event noun (*State of the Union Address*)."""
    if len(short) != 1 or len(long) < 3 or long[0] != short[0] or long[1] != "of":
        return False
    if name_heads().get(fold(long[-1]).rstrip(".")) == "event":
        return False
    head = fold(short[0])
    return head in org_heads() or name_heads().get(head) in ("polity", "institution")


def organisation_prefix(short: list[str], long: list[str], short_label: str,
                        places: frozenset[str] = frozenset()) -> bool:
    """``Coastal League`` / ``Coastal League Baseball``: an organisation's name but its last word, ending
    in an organisation head noun itself (two words or more). Two words more name a part of it
    (``State Department Inspector General``), and so does a last word that is an organisation
    head, a role or title, or an event or part noun of ``lexicons/name_heads.csv``: *Harvard
    University Press*, *Supreme Court Justice*, *Labour Party Conference* are not their parent."""
    return (len(short) >= 2 and len(long) == len(short) + 1 and long[:-1] == short
            and fold(short[-1]) in org_heads() and long[-1][:1].isupper() and not _subsidiary(long[-1]))


def _subsidiary(word: str) -> bool:
    """Return True when a last word names something of its own after an organisation's name: an
    organisation head (*Press*), a role or title (*Justice*, *Chairman*), an event or part noun."""
    folded = fold(word).rstrip(".")
    if name_heads().get(folded) == "legal":  # Inc., Corp.: the same organisation
        return False
    return (folded in org_heads() or folded in person_roles() or is_person_title(word)
            or name_heads().get(folded) in ("event", "part"))


def last_word(short: list[str], long: list[str], short_label: str,
              places: frozenset[str] = frozenset()) -> bool:
    """``Herons`` / ``Larkspur Herons`` (a team's nickname after its place), ``Okafor`` / ``Chidi
    Okafor`` (a person the model typed an organisation): the long name's last word alone, typed an
    organisation. A common noun (:func:`~analysis.entities.names.is_common_noun`) is a short form
    only after a place the article names (``places``): *House* is not *White House*, *Hill* not
    *Capitol Hill*. Not a head noun (``Congress``), an acronym or a gazetteer name (``Twitter``:
    not ``Wilayat Twitter``). A place's last word is another place (``Texas``, ``North Texas``)."""
    if len(short) != 1 or len(long) < 2 or long[-1] != short[0] or not short[0][:1].isupper():
        return False
    if is_common_noun(short[0]) and fold(" ".join(long[:-1])) not in places:
        return False
    if short[0].isupper() or short[0] in gazetteer():  # GOP, NFL, Twitter: names of their own
        return False
    if fold(short[0]) in org_heads() or name_heads().get(fold(short[0])) not in (None, "polity"):
        return False
    if any(w.lower() in ACRONYM_SKIP for w in long[:-1]) or not long[-2][:1].isupper():
        return False
    return short_label == "ORG"


def acronym(short: list[str], long: list[str], short_label: str,
            places: frozenset[str] = frozenset()) -> bool:
    """``NJ`` / ``New Jersey``, ``NHL`` / ``National Hockey League``: the initials of the long name,
    not an event's (``DNC`` is no *Democratic National Convention*: the committee is the usual
    one). Across labels only to a place (:func:`link_short_forms`)."""
    word = " ".join(short)
    return (len(short) == 1 and 2 <= len(word) <= 6 and word.isupper() and word.isalpha()
            and len(long) > 1 and initials(" ".join(long)) == word
            and name_heads().get(fold(long[-1])) != "event")


def acronym_then_rest(short: list[str], long: list[str], short_label: str,
                      places: frozenset[str] = frozenset()) -> bool:
    """``UC Berkeley`` / ``University of California, Berkeley``, ``GW Bridge`` / ``George
    Washington Bridge``: initials of the first words, then the rest of the name as written."""
    if len(short) < 2 or not (short[0].isupper() and short[0].isalpha() and len(short[0]) >= 2):
        return False
    rest = short[1:]
    if len(long) <= len(rest) + 1 or long[-len(rest):] != rest:
        return False
    return initials(" ".join(long[:-len(rest)])) == short[0]


@dataclass(frozen=True)
class ShortFormRule:
    """One way of shortening a name: its test, and example pairs that it links and does not link.

    ``examples`` and ``counter_examples`` hold ``(short, short label, long)``; ``places`` the place
    names of the article they are read in (the rules that need the article's places).
    """

    name: str
    test: Callable[[list[str], list[str], str, frozenset[str]], bool]
    examples: tuple[tuple[str, str, str], ...]
    counter_examples: tuple[tuple[str, str, str], ...]
    places: tuple[str, ...] = ()  # place names of the article the examples come from


RULES: tuple[ShortFormRule, ...] = (
    ShortFormRule("before a generic head", before_generic_head,
                  (("Tufts", "ORG", "Tufts University"), ("Larkspur", "FAC", "Larkspur Avenue"),
                   ("Elm", "ORG", "Elm Street"), ("Orland", "FAC", "Orland Road")),
                  (("Georgia", "GPE", "Georgia College"), ("Kansas", "GPE", "Kansas City"),
                   # a state, city or county seat typed a place is not the street or county named after it
                   ("Pennsylvania", "GPE", "Pennsylvania Avenue"), ("Washington", "GPE", "Washington County"),
                   ("Los Angeles", "GPE", "Los Angeles County"), ("Orland", "GPE", "Orland Road"),
                   ("New York", "GPE", "New York City"),
                   ("Durham", "GPE", "Durham Cathedral"), ("Denver", "GPE", "Denver International Airport"),
                   ("Brooklyn", "GPE", "Brooklyn Bridge"),
                   # an island's name alone is as often the town on it
                   ("Bantayan", "GPE", "Bantayan Island"))),
    ShortFormRule("head noun alone", head_alone,
                  (("Lodge", "ORG", "Juniper Lodge"),),
                  (("Street", "GPE", "Elm Street"), ("Lodge", "GPE", "Juniper Lodge"))),
    ShortFormRule("head of an 'of' name", head_of_an_of_name,
                  (("State", "ORG", "State of Vermont"), ("University", "ORG", "University of Belmar"),
                   ("Republic", "GPE", "Republic of Palau")),
                  (("Isle", "LOC", "Isle of Wight"), ("State", "ORG", "State Department"),
                   ("Bay", "LOC", "Bay of Biscay"))),
    ShortFormRule("organisation's first words", organisation_prefix,
                  (("National League", "ORG", "National League Central"),
                   ("Premier League", "ORG", "Premier League Football"),
                   ("Belmar Group", "ORG", "Belmar Group Inc.")),  # a legal form is no part
                  (("National", "ORG", "National League Central"), ("New York", "GPE", "New York Times"),
                   ("State Department", "ORG", "State Department Inspector General"),
                   # a press, a role, an event or a board of the organisation is not the organisation
                   ("Belmar University", "ORG", "Belmar University Press"),
                   ("Supreme Court", "ORG", "Supreme Court Justice"),
                   ("Labour Party", "ORG", "Labour Party Conference"),
                   ("Belmar College", "ORG", "Belmar College Board"))),
    ShortFormRule("last word of the name", last_word,
                  (("Mariners", "ORG", "Seattle Mariners"), ("Herons", "ORG", "Larkspur Herons"),
                   ("Okafor", "ORG", "Chidi Okafor")),
                  (("York", "GPE", "New York"), ("Africa", "LOC", "South Africa"),
                   ("Texas", "GPE", "North Texas"), ("Mariners", "GPE", "Seattle Mariners"),
                   ("Oregon", "ORG", "University of Oregon"), ("Congress", "ORG", "US Congress"),
                   ("Texas", "ORG", "University of North Texas"), ("NFL", "ORG", "Reno NFL"),
                   ("Twitter", "ORG", "Parody Twitter"),
                   # a common noun after words that are no place: the House is not the White House
                   ("House", "ORG", "White House"), ("Hill", "ORG", "Capitol Hill"),
                   ("Rangers", "ORG", "Texas Rangers")),  # Texas is not among the places
                  places=("Seattle", "Larkspur", "Reno", "North", "New", "South")),
    ShortFormRule("acronym", acronym,
                  (("NM", "ORG", "New Mexico"), ("NHL", "ORG", "National Hockey League")),
                  (("NM", "ORG", "North Carolina"), ("Nm", "ORG", "New Mexico"),
                   ("DNC", "ORG", "Democratic National Convention"))),  # an event's initials
    ShortFormRule("acronym, then the rest", acronym_then_rest,
                  (("UT Austin", "ORG", "University of Texas at Austin"),
                   ("MLK Boulevard", "ORG", "Martin Luther King Boulevard")),
                  (("UT Dallas", "ORG", "University of Texas at Austin"),
                   ("MLK Park", "ORG", "Martin Luther King Boulevard"))),
)


def shortens(short: str, long: str, *, short_label: str, places: Collection[str] = ()) -> str | None:
    """Return the name of the rule by which ``short`` is a short form of ``long`` in an article
    naming the places ``places``, or None."""
    s, lw = _words(short), _words(long)
    folded = _folded(tuple(places))
    return next((rule.name for rule in RULES if rule.test(s, lw, short_label, folded)), None)


@lru_cache(maxsize=1024)
def _folded(places: tuple[str, ...]) -> frozenset[str]:
    """Return the folded place names of an article (cached: every pair of names reads them)."""
    return frozenset(fold(p) for p in places)


def _institution_of(short: str, long: str) -> bool:
    """Return True when ``long`` is ``short`` followed by an institution head (``Tufts University``)."""
    words = _words(long)
    return (len(words) == 2 and words[0] == short
            and name_heads().get(fold(words[1])) == "institution")


def _person_words(names: list[str], labels: list[str]) -> frozenset[str]:
    """Return the folded words of the article's full person names (two words or more)."""
    return frozenset(w for n, lab in zip(names, labels) if lab == "PERSON" and " " in n
                     for w in person_key(n))


def _links(short: str, label: str, long: str, long_label: str, places: list[str]) -> bool:
    """Return True when ``short`` is a short form of ``long`` in the article; an acronym links
    across labels only to a place or facility (``NM`` typed ORG is *New Mexico*, ``GW Bridge``
    the *George Washington Bridge*)."""
    rule = shortens(short, long, short_label=label, places=places)
    if rule is not None and rule.startswith("acronym"):
        return label == long_label or long_label in ("FAC", *_PLACE_ONLY)
    return rule is not None


def link_short_forms(names: list[str], labels: list[str], basis: list[str], *,
                     titled: Sequence[bool] = ()) -> list[str]:
    """Return names with each short form replaced by the one longer name it shortens.

    ``labels`` and ``basis`` are updated in place: a linked mention takes the long name's label
    (the model types a full name more reliably than its short form) and ``link_basis`` ``document``.
    A one-word PERSON the person pass left unlinked (``link_basis`` ``none``) is the institution it names when exactly one name of the article is it plus an
    institution head (``Tufts`` typed PERSON beside ``Tufts University``). A one-word name that is
    a word of a person's full name in the article, or that follows a person title (``titled[i]``),
    is never linked (*Mr. Trump* beside *Trump University*).
    """
    long_labels: dict[str, str] = {}
    for name, label in zip(names, labels):
        if label in NAME_LABELS:
            long_labels.setdefault(name, label)
    people = _person_words(names, labels)
    places = [n for n, lab in zip(names, labels) if lab in _PLACE_ONLY]
    places += [n for n, lab in gazetteer().items() if lab in _PLACE_ONLY]
    target: dict[tuple[str, str], str] = {}
    for name, label in zip(names, labels):
        if " " not in name and fold(name) in people:
            target[(name, label)] = name
        if label == "PERSON" and (name, label) not in target and " " not in name:
            hits = [n for n in long_labels if _institution_of(name, n)]
            target[(name, label)] = hits[0] if len(hits) == 1 else name
        if label in NAME_LABELS and (name, label) not in target:
            hits = [n for n in long_labels if n != name and len(n) > len(name)
                    and _links(name, label, n, long_labels[n], places)]
            target[(name, label)] = hits[0] if len(hits) == 1 else name
    out = list(names)
    for i, (name, label) in enumerate(zip(names, labels)):
        if (label == "PERSON" and basis[i] != "none") or (i < len(titled) and titled[i]):
            continue
        final = target.get((name, label), name)
        while final != name and target.get((final, long_labels[final]), final) != final:
            name, final = final, target[(final, long_labels[final])]  # UC Berkeley -> its full name
        if final != out[i]:
            out[i], labels[i], basis[i] = final, long_labels[final], "document"
    return out

