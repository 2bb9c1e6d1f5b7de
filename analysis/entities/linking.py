"""Within one article: short names linked to the full name they belong to, one label per entity.

People (:func:`link_people`): every two-word-or-longer PERSON name is a *full* mention; spellings
with the same person key (:func:`analysis.entities.names.person_key`: titles, middle initials,
accents and case ignored) are one person, and a full name whose key is a shorter sequence of
exactly one longer key (``Hillary Clinton`` in ``Hillary Rodham Clinton``) joins it. A one-word
name (``Trump``, ``Nadia``) links to the person whose key holds that word; when two people hold
it (``Hillary Clinton``, ``Bill Clinton``) the nearest preceding full mention decides, and when
none precedes the mention stays unlinked (``link_basis`` ``none``); a person named in full only
as someone's relative (*his brother, Tom Reyes*) loses a tie to another bearer named in full
before the mention.

Organisations and facilities (:func:`link_organisations`): ``Harvard`` or ``Blue Herons`` link to
the one longer name of the same label that starts or ends with those words, and an acronym
(``MIT``) to the one name whose capitalised initials spell it; nearest preceding decides ties.

Labels (:func:`unify_labels`): see that function for the precedence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from analysis.entities.names import (
    ACRONYM_SKIP,
    fold,
    given_name_variants,
    initials,
    name_heads,
    org_heads,
    person_key,
    preferred_form,
)
from analysis.entities.spans import ENTITY_TYPES, place_heads

#: Words before a mention that mark it as a place ("in Łódź", "near Tulsa").
PLACE_PREPOSITIONS = frozenset({"in", "near", "around", "across", "throughout", "outside",
                                "inside", "downtown", "via"})
_PLACE_LABELS = ("GPE", "LOC", "FAC")
#: Labels the model gives people's names by mistake (see :func:`consistent_person_labels`).
_MISTYPED = ("ORG", "GPE", "NORP", "PRODUCT")


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Return True when ``short``'s words occur in ``long`` in the same order."""
    it = iter(long)
    return all(word in it for word in short)


def person_groups(keys: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Return ``{full-name key: the key of the person it belongs to}`` (shorter keys join longer).

    A key held in two or more longer ones joins the one that only adds middle names, when there is
    exactly one (*Hillary Clinton* joins *Hillary Rodham Clinton*, not *Crooked Hillary Clinton* or
    *Hillary Clinton Foundation*, names the model made persons). Longer keys are found through a
    word index, so a corpus with many names stays fast.
    """
    distinct = sorted(set(keys), key=len, reverse=True)
    by_word: dict[str, set[tuple[str, ...]]] = {}
    for k in distinct:
        for word in k:
            by_word.setdefault(word, set()).add(k)
    root: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in distinct:
        candidates = [o for o in set.intersection(*(by_word[w] for w in k))
                      if len(o) > len(k) and _is_subsequence(k, o)]
        longer = {root[o] for o in candidates}
        if len(longer) > 1:  # a middle name added beats a word before or after the name
            longer = {root[o] for o in candidates if o[0] == k[0] and o[-1] == k[-1]}
        root[k] = longer.pop() if len(longer) == 1 else k
    return root


def _word_hits(word: str, group_key: tuple[str, ...]) -> bool:
    """Return True when a folded one-word name is a word (or a hyphen part) of a person key."""
    return word in group_key or any(word in part.split("-") for part in group_key if "-" in part)


def link_people(names: list[str], labels: list[str], *, breaks: Sequence[int] = (),
                relatives: Collection[int] = (), roles: Collection[int] = ()
                ) -> tuple[list[str], list[str]]:
    """Return ``(names, link_basis)`` with every person mention named after its person.

    ``breaks[i]`` is the paragraph number of mention ``i`` (all 0 when not given); ``relatives``
    holds the mentions introduced as someone's relative (:mod:`analysis.entities.kinship`): a
    person named in full only so loses a tie to another bearer named before the mention, and
    does not take a short name used before that full name (outside the first paragraph); a
    one-word name in ``roles`` (a character played, :mod:`analysis.entities.characters`) is left
    unlinked. Basis:
    ``text`` (the mention is a full name of its own), ``document`` (linked to a fuller name in
    the article), ``none`` (a short name no full name in the article settles).
    """
    names, basis = list(names), ["text"] * len(names)
    paragraphs = list(breaks) or [0] * len(names)
    keys = [person_key(n) if lab == "PERSON" else () for n, lab in zip(names, labels)]
    full = [i for i, k in enumerate(keys) if len(k) >= 2]
    root = person_groups([keys[i] for i in full])
    forms: dict[tuple[str, ...], list[str]] = {}
    introduced: dict[tuple[str, ...], bool] = {}  # named in full at least once not as a relative
    first: dict[tuple[str, ...], int] = {}  # the person's first full mention
    for i in full:
        first.setdefault(root[keys[i]], i)
        forms.setdefault(root[keys[i]], []).append(names[i])
        introduced[root[keys[i]]] = introduced.get(root[keys[i]], False) or i not in relatives
    shown = {g: preferred_form(f) for g, f in forms.items()}
    for i in full:
        basis[i] = "text" if root[keys[i]] == keys[i] else "document"
        names[i] = shown[root[keys[i]]]
    for i, k in enumerate(keys):
        if len(k) != 1:
            continue
        if i in roles:  # "appeared in the film as Tom": a role, not the actor Tom Okafor
            basis[i] = "none"
            continue
        formal = given_name_variants().get(k[0], k[0])  # "Larry" for Lawrence Okafor
        hits = ([g for g in shown if _word_hits(k[0], g)]  # as written first: Dick for Philip Dick
                or [g for g in shown if _word_hits(formal, g)])
        hits = _not_relatives(i, hits, full, keys, root, introduced)
        if hits and not any(introduced[g] for g in hits):
            hits = _named_before(hits, i, first, paragraphs)
        group = hits[0] if len(hits) == 1 else _choose(i, hits, full, keys, root, paragraphs, forms)
        if group is not None:
            names[i], basis[i] = shown[group], "document"
        else:
            basis[i] = "none"
    return names, basis


def _not_relatives(i: int, hits: list, full: list[int], keys, root,
                   introduced: dict[tuple[str, ...], bool]) -> list:
    """Return the candidates of mention ``i`` with the people named only as a relative dropped,
    when two or more candidates are named in full before ``i`` and one of those is not a relative
    (a tie-break: a relative never wins over a person named later, nor loses to one)."""
    before = {root[keys[j]] for j in full if j < i} & set(hits)
    kept = [g for g in hits if g in before and introduced[g]]
    return kept if len(before) > 1 and kept else hits


def _named_before(relatives: list, i: int, first: dict, paragraphs: list[int]) -> list:
    """Return the relatives (people named in full only as someone's relative) that mention ``i``
    may name: those named in full before it. A short name in the first paragraph (a headline:
    *Jeb Bush, Helped by George*) may also name a relative the body introduces later; elsewhere a
    surname used before a relative is introduced (*Okoro taught ... his daughter Ada Okoro Bell*)
    is the subject's, not hers."""
    return [g for g in relatives if first[g] < i or paragraphs[i] == 0]


def _choose(i: int, hits: list, full: list[int], keys, root, paragraphs: list[int],
            forms: dict) -> tuple[str, ...] | None:
    """Return which of several people sharing a word mention ``i`` names, or None.

    The nearest preceding full mention in the same paragraph decides ("Bill Clinton said ...
    Clinton added"); else the person with the most full mentions in the article, when one has
    strictly more than the others (the subject of a profile); else the nearest preceding full
    mention anywhere; else None (truly ambiguous).
    """
    before = [j for j in full if j < i and root[keys[j]] in hits]
    if before and paragraphs[before[-1]] == paragraphs[i]:
        return root[keys[before[-1]]]
    sizes = sorted(((len(forms[g]), g) for g in hits), reverse=True)
    if sizes and (len(sizes) == 1 or sizes[0][0] > sizes[1][0]):
        return sizes[0][1]
    return root[keys[before[-1]]] if before else None


def consistent_person_labels(names: list[str], labels: list[str], *,
                             fixed: frozenset[str] = frozenset(),
                             before: Sequence[str] = ()) -> list[str]:
    """Return labels with one person's short mentions made PERSON when the model said otherwise.

    "Zhuravlyov" (ORG) after "Alexei Zhuravlyov" (PERSON), "Daniel" (ORG or PRODUCT) beside "Daniel
    Vance", and "Natalya Kuznetsova" (ORG) when "Kuznetsova" alone is a PERSON, are the same
    person: the document decides. A one-word name made PERSON so counts for the two-word rule
    ("Lena Ortiz" ORG, "Ortiz" ORG made PERSON by "Tomas Ortiz": Lena Ortiz is a person too).
    A two-word name after *the* (``before[i]``, the lower-cased word before mention ``i``) is
    no person's (*the White House*, *the Ready PAC*), nor one ending in capitals (an acronym).
    Names in ``fixed`` (the gazetteer) keep their label.
    """
    full_keys = [person_key(n) for n, lab in zip(names, labels) if lab == "PERSON" and len(n.split()) > 1]
    last = {k[-1] for k in full_keys if k}
    first = {k[0] for k in full_keys if k}
    out = []
    for name, label in zip(names, labels):
        folded = fold(name)
        if name not in fixed and label in _MISTYPED and " " not in name and (
                folded in last or (label != "GPE" and folded in first)):
            label = "PERSON"
        out.append(label)
    alone: dict[str, int] = {}  # one-word PERSON name -> its first mention
    for i, (name, label) in enumerate(zip(names, out)):
        if label == "PERSON" and " " not in name:
            alone.setdefault(fold(name), i)
    before = list(before) or [""] * len(names)
    return ["PERSON" if name not in fixed and label in _MISTYPED and before[i] != "the"
            and _two_word_person(name, i, alone, surnames=last) else label
            for i, (name, label) in enumerate(zip(names, out))]


def _two_word_person(name: str, i: int, alone: dict[str, int], *, surnames: set[str]) -> bool:
    """Return True when the two-word capitalised name of mention ``i`` is a person's by its words
    used alone as PERSON in the article (``alone``: the first mention of each).

    Its last word is a one-word PERSON (``Kuznetsova``); or its first word is a one-word PERSON
    first used after it and no surname of the article's full names (a first name: ``Marisol
    Vance`` typed ORG, then ``Marisol``), and its last word is no organisation or place head
    (``Trump Tower``, ``Rosa Hall``). A last word in capitals is an acronym (``Ready PAC``).
    """
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words) or words[-1].isupper():
        return False
    head, tail = fold(words[0]), fold(words[-1])
    return tail in alone or (alone.get(head, -1) > i and head not in surnames
                             and tail.rstrip(".") not in org_heads() and tail not in name_heads()
                             and (words[-1], "last") not in place_heads())


def _shortens(short: str, long: str) -> bool:
    """Return True when ``short`` is a short form of the organisation or facility ``long``.

    Short forms: the name without its organisation head (``Harvard`` for ``Harvard
    University``: a one-word prefix followed by words ending in an :func:`~analysis.entities.names.org_heads` noun); the
    head alone (``Court`` for ``Supreme Court``, ``Society`` for ``Society of the Cincinnati``); the
    last two or more words (``Blue Herons`` for ``Larkspur Blue Herons``); the acronym (``MIT``).
    """
    s, lw = short.split(), long.split()
    if len(s) == 1 and len(lw) > 1 and lw[0] == s[0] and lw[-1].lower().rstrip(".") in org_heads():
        return True
    if len(s) == 1 and len(lw) > 1 and s[0].lower() in org_heads() and s[0] in (lw[0], lw[-1]):
        return True  # "the Society" for "Society of the Cincinnati", "the Court" for "Supreme Court"
    if 2 <= len(s) < len(lw) and lw[-len(s):] == s and lw[-len(s) - 1].lower() not in ACRONYM_SKIP:
        return True
    return (short.isupper() and len(short) >= 2 and "." not in short and initials(long) == short
            and name_heads().get(fold(lw[-1])) != "event")  # DNC: not the Democratic National Convention


def link_organisations(names: list[str], labels: list[str], basis: list[str], *,
                       keep: Collection[str] = ()) -> list[str]:
    """Return names with an organisation's or facility's short name replaced by its full name.

    Names in ``keep`` are left alone (an unqualified ``Parliament`` beside ``EU Parliament`` and
    ``UK Parliament``). ``basis`` is updated in place (``document`` for every mention linked).
    """
    out = list(names)
    for i, (name, label) in enumerate(zip(names, labels)):
        if label not in ("ORG", "FAC") or name in keep:
            continue
        hits = sorted({n for n, lab in zip(names, labels) if lab == label and n != name
                       and _shortens(name, n)})
        if len(hits) > 1:
            before = [n for n, lab in zip(names[:i], labels[:i]) if n in hits]
            hits = before[-1:]
        if len(hits) == 1:
            out[i], basis[i] = hits[0], "document"
    return out


def unify_labels(names: list[str], labels: list[str], before: list[str], *,
                 fixed: dict[str, str]) -> list[str]:
    """Return one label per entity name, by this precedence.

    1. A name in the gazetteer (``fixed``) takes the gazetteer's label.
    2. Otherwise each mention votes for its model label, and a mention right after a place
       preposition (``in Łódź``, ``near Tulsa``; not a possessive) votes once more for the
       entity's place label (its most frequent of GPE, LOC, FAC; GPE when it has none).
    3. The most votes win; a tie goes to the label of the entity's first mention.

    ``before`` holds, per mention, the lower-cased word before it (``""`` for a possessive).
    """
    votes: dict[str, Counter] = {}
    first: dict[str, str] = {}
    for name, label in zip(names, labels):
        votes.setdefault(name, Counter())[label] += 1
        first.setdefault(name, label)
    for name, word in zip(names, before):
        if word in PLACE_PREPOSITIONS:
            places = [lab for lab in votes[name].elements() if lab in _PLACE_LABELS]
            votes[name][Counter(places).most_common(1)[0][0] if places else "GPE"] += 1
    chosen = {}
    for name, counter in votes.items():
        top = max(counter.values())
        winners = [lab for lab, n in counter.items() if n == top]
        chosen[name] = fixed.get(name) or (first[name] if first[name] in winners else winners[0])
    return [chosen[n] if chosen[n] in ENTITY_TYPES else lab for n, lab in zip(names, labels)]
