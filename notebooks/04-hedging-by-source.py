# %% [markdown]
# # 4. How sure each source sounds
#
# Which hedges (*reportedly, could, likely, not confirmed*), boosters (*confirming, emphasize, underscored*) and approximators (*roughly*, *about* before a number) each source uses, per 100 of its words, and which source hedges most. Approximators are vague about a quantity, not about the statement: they are their own kind, never counted as hedges; conditionals (*if*, a hypothetical *would*) are not cues, nor is *claims* (the claimant is not uncertain). The scheme is in notebook 05.
#
# *Source data:* the articles in `SEEDS_DIR` (by default the repository's `seeds/`), analysed by `python -m analysis analyze`; every number below is a group-by of the tidy tables written to `OUTPUT_DIR/tables/`.

# %%
from pathlib import Path

import pandas as pd

from analysis import evaluation, findings, hedging, plots, show, tables as contract
from analysis.nlp import load_nlp
from analysis.runner import run_analysis

show.setup()  # tables: headers in words, long ones interactive; "$" never typeset as maths

# %% tags=["parameters"]
# Parameters (papermill): the folder of articles, the report folder, the gold annotations.
SEEDS_DIR = "../seeds"
OUTPUT_DIR = "../build/report"
GOLD_DIR = "../tests/gold"

# %%
tables = run_analysis(SEEDS_DIR, f"{OUTPUT_DIR}/tables")
FIGURES = f"{OUTPUT_DIR}/figures"

# %% [markdown]
# ## Which source hedges most?

# %%
profile = findings.hedging_by_source(tables)
show.claim(findings.say_hedging(profile))

# %% [markdown]
# Each source's hedges, boosters and approximators, and each per 100 words of the sentences attributed to that source (sources with no cue are left out). The **certainty balance** is (boosters − hedges) per 100 words: above zero the source sounds sure, below zero tentative; approximators do not enter it. A cue belongs to the source whose statement it sits in (a quotation's speaker, the subject of a verb of belief, the source of the attribution whose content covers it), otherwise to the sentence's credit or outlet (`source_basis` in `hedges.csv`).

# %%
show.table(profile, name="hedging_profile", source="tables/hedges.csv", empty="No hedge, booster or approximator was found.")

# %%
fig = plots.diverging(profile.query("hedges + boosters > 0"), label="source",
    hedges="hedges", boosters="boosters", title="Hedges and boosters by source",
    xlabel="cues (count): hedges left, boosters right",
    caption="Source: hedges.csv (one row per cue), grouped by source. Data: figures/hedging_by_source.csv.",
    name="hedging_by_source", folder=FIGURES)

# %% [markdown]
# ## The terms each source uses

# %%
show.table(findings.hedge_terms(tables), name="hedge_terms", source="tables/hedges.csv",
           empty="No hedge or booster was found.")

# %% [markdown]
# ## The sentences behind each source's cues
#
# Every hedge, booster and approximator, by source and kind, beside the sentence it sits in and how its source was decided (search the table for a source's name).

# %%
show.table(findings.hedging_sentences(tables), name="hedges", source="tables/hedges.csv",
           empty="No hedge, booster or approximator was found.")

# %% [markdown]
# ## Documents compared

# %%
hedging_by_document = findings.by_document(tables)[["doc_id", "outlet", "n_words", "hedges", "boosters",
    "hedges_per_100_words", "boosters_per_100_words"]]
show.table(hedging_by_document, name="hedging_by_document", source="tables/hedges.csv")

# %%
assert profile[["hedges", "boosters", "approximators"]].to_numpy().sum() == len(tables["hedges"])
