"""Names as written and as matched: canonical spelling, person-name keys, surnames.

A *canonical name* is the mention's text cleaned (apostrophes, spacing, leading *the*,
possessive *'s*) and looked up in ``lexicons/aliases.csv`` (``U.S.`` -> United States).
A *person key* is what two spellings of one person share: titles, middle initials, generational
suffixes, case and accents dropped (``President Donald J. Trump`` and ``Donald Trump`` both have
the key ``("donald", "trump")``; ``Francois Lefevre`` and ``François Lefèvre`` share theirs).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from analysis import lexicons
from analysis.nlp import load_nlp

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'S|’S)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_INITIAL = re.compile(r"^[A-Za-z]\.?$")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def alias_table() -> dict[str, str]:
    """Return ``{alias key: canonical name}`` from ``lexicons/aliases.csv``."""
    return {key(row["alias"]): row["canonical"] for row in lexicons.rows("aliases.csv")}


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Return ``{name: label}`` from ``lexicons/gazetteer.csv`` (names the model often mistypes)."""
    return {row["name"]: row["label"] for row in lexicons.rows("gazetteer.csv")}


@lru_cache(maxsize=1)
def name_heads() -> dict[str, str]:
    """Return ``{folded head noun: kind}`` from ``lexicons/name_heads.csv`` (kinds: institution,
    organisation, legal, place, facility, polity, event, part)."""
    return {fold(r["term"]): r["kind"] for r in lexicons.rows("name_heads.csv")}


#: Words initials skip (``Massachusetts Institute of Technology`` -> ``MIT``).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "in", "on", "at"})


def initials(name: str) -> str:
    """Return the initials of a name's capitalised words (``Massachusetts Institute of Technology`` -> ``MIT``)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP
                   and w[0].isupper())


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Return the folded last words that make a name an organisation's full name (*Harvard
    University*, *Podesta Group Inc.*): the ``institution``, ``organisation`` and ``legal`` rows of
    ``lexicons/name_heads.csv``."""
    return frozenset(w for w, kind in name_heads().items() if kind in ("institution", "organisation", "legal"))


@lru_cache(maxsize=1)
def given_name_variants() -> dict[str, str]:
    """Return ``{folded short form: folded formal name}`` from ``lexicons/given_name_variants.csv``
    (``larry`` -> ``lawrence``)."""
    return {fold(r["variant"]): fold(r["formal"]) for r in lexicons.rows("given_name_variants.csv")}


@lru_cache(maxsize=1)
def person_titles() -> tuple[str, ...]:
    """Return person titles from ``lexicons/person_titles.txt``, longest first."""
    return tuple(sorted(lexicons.terms("person_titles.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _folded_titles() -> frozenset[str]:
    """Return the person titles folded for matching (case, accents, final full stop)."""
    return frozenset(fold(t).rstrip(".") for t in person_titles())


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    """Return the English common nouns the model's lemmatizer knows (its ``lemma_index``)."""
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups.tables:
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("noun", ()))


def is_common_noun(word: str) -> bool:
    """Return True when a word, or its singular, is an English common noun (*House*, *Hill*,
    *Mariners*; not *Okafor*, *Paralympics*)."""
    low = fold(word)
    return any(w in _common_nouns() for w in (low, low.removesuffix("s"), low.removesuffix("es")))


def is_person_title(word: str) -> bool:
    """Return True when a word is a person title (``Mr.``, ``Sen``, ``President``; case ignored)."""
    return fold(word).rstrip(".") in _folded_titles()


def key(text: str) -> str:
    """Return the lookup key of a name: apostrophes unified, spacing folded, case kept."""
    return " ".join(text.translate(_APOSTROPHES).split())


def canonical_name(text: str, *, label: str) -> str:
    """Return the canonical name of one mention's text (aliases, apostrophes, spacing)."""
    clean = key(text)
    clean = _LEADING_ARTICLE.sub("", clean)
    clean = _POSSESSIVE.sub("", clean)
    if label == "PERSON" and clean.endswith("s'"):  # "Jones' lawyer"
        clean = clean[:-1]
    return alias_table().get(key(clean), clean)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Return ``text`` lower-cased with accents removed (``Lefèvre`` -> ``lefevre``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> tuple[str, ...]:
    """Return the words two spellings of one person share (see module docstring).

    Leading titles (``Sen.``, ``President``), single-letter initials after the first word
    (``J.``), suffixes (``Jr.``) and a territorial designation after two words or more (``of
    Kilbride`` in ``Walter Moray of Kilbride``; ``Travis Kalanick of Uber``) are dropped; every word is folded (:func:`fold`); in a full name
    the first name's short form is its formal name (``Larry Okafor`` and ``Lawrence Okafor`` share a key;
    ``lexicons/given_name_variants.csv``).
    """
    words = [fold(w) for w in name.split()]
    while len(words) > 1 and words[0].rstrip(".") in _folded_titles():
        words = words[1:]
    if "of" in words[2:]:  # "Walter Moray of Kilbride": the place is no name of his
        words = words[:words.index("of", 2)]
    kept = [w for i, w in enumerate(words)
            if not (i > 0 and len(words) > 2 and _INITIAL.match(w)) and w not in _SUFFIXES]
    if len(kept) < 2:  # a one-word name may be a surname (Dick): kept as written
        return tuple(kept or words)
    return (given_name_variants().get(kept[0], kept[0]), *kept[1:])


def surname(name: str) -> str:
    """Return the folded last word of a person's key (``Donald J. Trump`` -> ``trump``)."""
    words = person_key(name)
    return words[-1] if words else ""


def diacritics(text: str) -> int:
    """Return how many characters of ``text`` carry an accent (used to prefer ``Lefèvre``)."""
    return sum(1 for ch in text if unicodedata.normalize("NFKD", ch) != ch)


def preferred_form(forms: list[str]) -> str:
    """Return the spelling to show for one entity among its full forms, in text order.

    The most frequent form wins; ties go to the form with accents (an ASCII headline spelling
    loses to the body's ``François Lefèvre``), then to the longer, then to the earlier form.
    """
    counts: dict[str, int] = {}
    for form in forms:
        counts[form] = counts.get(form, 0) + 1
    order = {form: i for i, form in reversed(list(enumerate(forms)))}
    return max(counts, key=lambda f: (counts[f], diacritics(f) > 0, len(f), -order[f]))
