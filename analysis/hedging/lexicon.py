"""The hedging lexicons, read once: cue terms, multiword phrases, negatable certainty, sense words.

``hedges.csv`` has one row per term and sense: ``term, kind, category, pos, scheme, rule, notes``.
``kind`` is ``hedge``, ``booster`` or ``approximator``; ``scheme`` places the term in the scheme of
:mod:`analysis.hedging.scheme`; ``rule`` names the sense rule in :mod:`analysis.hedging.senses`
that an ambiguous term must pass (empty: the part of speech is enough).
"""

from __future__ import annotations

from functools import cache

from analysis import lexicons

KINDS = ("hedge", "booster", "approximator")
CATEGORIES = ("modal", "adverb", "adjective", "determiner", "noun", "verb", "negation", "phrase")


@cache
def lexicon() -> dict[str, list[dict[str, str]]]:
    """Return ``{term: [rows]}`` from ``hedges.csv`` (a term may have several senses)."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in lexicons.rows("hedges.csv"):
        out.setdefault(row["term"], []).append(row)
    return out


@cache
def phrases_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str, dict[str, str]]]]:
    """Return the multiword terms indexed by their first word (one lookup per token)."""
    index: dict[str, list[tuple[tuple[str, ...], str, dict[str, str]]]] = {}
    for term, rows in lexicon().items():
        words = tuple(term.split())
        if len(words) > 1:
            index.setdefault(words[0], []).append((words, term, rows[0]))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase first
    return index


@cache
def negatable_certainty() -> frozenset[str]:
    """Return lemmas whose negation is a hedge ("not confirmed", "did not rule out", "not sure")."""
    return frozenset(r["lemma"] for r in lexicons.rows("negated_certainty.csv"))


@cache
def sense_words(rule: str) -> frozenset[str]:
    """Return the words ``hedge_senses.csv`` lists for one sense rule (e.g. ``"permission"``)."""
    return frozenset(r["word"] for r in lexicons.rows("hedge_senses.csv") if r["rule"] == rule)


@cache
def baseline_terms() -> frozenset[str]:
    """Return the plain 50-word hedge list used as the evaluation baseline (no sense rules)."""
    return frozenset(lexicons.terms("hedge_baseline.txt"))
