"""What counts as a hedge: the scheme as a table, and each source's hedging profile.

The scheme maps the lexicon's ``scheme`` values onto the CoNLL-2010 / Szeged uncertainty
categories (Farkas et al. 2010; Vincze et al. 2008) and onto Hyland's (2005) hedges and boosters.
Approximators are reported as their own kind and never counted as hedges; conditionals and
questions (Szeged ``hypo_condition``, ``hypo_investigation``) are not the speaker's uncertainty
and are not cues at all.
"""

from __future__ import annotations

import pandas as pd

from analysis.hedging.lexicon import KINDS, lexicon

_SCHEME = [
    ("hedge", "epistemic", "possibility or probability of the proposition",
     ("may, might, could, should (expectation), likely, perhaps, possible, unclear, not confirmed, "
      "did not rule out"), "modal_probable", "hedges"),
    ("hedge", "doxastic", "a belief, expectation or estimate held by someone",
     "think, believe, expect, estimate, suspect, assume, doubt, is considered, is seen as",
     "hypo_doxastic", "hedges"),
    ("hedge", "evidential", "the claim rests on hearsay or appearance",
     "reportedly, allegedly, apparently, appear, seem, suggest, indicate, accused",
     "modal_probable (appear, seem, suggest) / hypo_doxastic (alleged)", "hedges"),
    ("booster", "certainty", "the writer or speaker asserts certainty",
     "clearly, certainly, in fact, confirm, insist, there is no doubt, not in doubt",
     "not annotated (certainty)", "boosters"),
    ("approximator", "approximation", "vagueness of a quantity, not of the proposition",
     "roughly, about / around / some / almost + number, approximately, nearly",
     "not annotated", "hedges (Hyland's approximators); reported apart here"),
    ("not a cue", "condition", "a condition, not uncertainty", "if, unless, would (conditional)",
     "hypo_condition", "not listed"),
    ("not a cue", "investigation", "an open question being examined", "whether, examine, test",
     "hypo_investigation", "not listed"),
    ("not a cue", "deontic / dynamic modality", "permission, obligation, ability",
     "may (permission), should (obligation), could (ability)", "not annotated", "not hedges"),
]


def scheme_table() -> pd.DataFrame:
    """Return the hedging scheme: kind, scheme, meaning, examples, Szeged category, Hyland, terms."""
    frame = pd.DataFrame(_SCHEME, columns=["kind", "scheme", "meaning", "examples",
                                           "szeged_conll2010", "hyland"])
    counts: dict[str, int] = {}
    for rows in lexicon().values():
        for row in rows:
            counts[row["scheme"]] = counts.get(row["scheme"], 0) + 1
    frame["lexicon_terms"] = frame["scheme"].map(counts).fillna(0).astype(int)
    return frame


#: How many of a source's cue words ``source_profile`` lists.
TOP_TERMS = 8


def _top_terms(texts: pd.Series) -> str:
    """Return "may ×12, could ×8, … 3 more": the most frequent lower-cased cue words, ties by word."""
    counts = texts.str.lower().value_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown = ", ".join(f"{term} ×{n}" for term, n in ranked[:TOP_TERMS])
    return shown + (f", … {len(ranked) - TOP_TERMS} more" if len(ranked) > TOP_TERMS else "")


def source_profile(sentences: pd.DataFrame, hedges: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source: sentences, words, hedges, boosters, approximators, rates, balance.

    ``certainty_balance = (boosters - hedges) / words * 100``: positive sounds sure, negative
    sounds tentative (approximators do not enter it). ``terms``: the source's most used hedge and
    booster words, most frequent first, with counts (at most :data:`TOP_TERMS`). Sentences and words are those whose
    sentence source is that source.
    """
    base = sentences.groupby("source", dropna=False).agg(
        source_type=("source_type", "first"), sentences=("sent_id", "size"),
        words=("n_words", "sum")).reset_index()
    counts = hedges.pivot_table(index="source", columns="kind", values="hedge_id",
                                aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=list(KINDS), fill_value=0).reset_index()
    cues = hedges[hedges["kind"] != "approximator"]
    terms = cues.groupby("source")["text"].agg(_top_terms).rename("terms").reset_index()
    out = base.merge(counts, on="source", how="outer").merge(terms, on="source", how="left")
    numbers = ["sentences", "words", "hedge", "booster", "approximator"]
    out[numbers] = out[numbers].fillna(0).astype(int)
    out = out.rename(columns={"hedge": "hedges", "booster": "boosters", "approximator": "approximators"})
    words = out["words"].where(out["words"] > 0)
    for kind in ("hedges", "boosters", "approximators"):
        out[f"{kind}_per_100_words"] = (out[kind] / words * 100).round(2)
    out["hedges_per_sentence"] = (out["hedges"] / out["sentences"].where(out["sentences"] > 0)).round(2)
    out["certainty_balance"] = ((out["boosters"] - out["hedges"]) / words * 100).round(2)
    out["terms"] = out["terms"].fillna("")
    return out.sort_values(["hedges", "source"], ascending=[False, True]).reset_index(drop=True)
