# %% [markdown]
# # 4. How sure each source sounds
#
# Which hedges (*reportedly, could, likely, rumors, not confirmed*) and boosters (*confirming, emphasize, underscored*) each source uses, and which source hedges most.
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
profile = hedging.source_profile(tables["sentences"], tables["hedges"])
show.claim(findings.say_hedging(profile))

# %% [markdown]
# The **certainty balance** is (boosters − hedges) per 100 words of the sentences attributed to that source: above zero the source sounds sure, below zero tentative. A hedge belongs to the speaker whose statement it sits in (a quotation's speaker, the subject of a reporting verb for its clause), otherwise to the sentence's credit or outlet.

# %%
show.table(profile, name="hedging_profile", source="tables/hedges.csv")

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
# ## Every hedge and booster in its sentence

# %%
show.table(findings.hedge_evidence(tables), name="hedges", source="tables/hedges.csv",
           empty="No hedge or booster was found.")

# %% [markdown]
# ## Documents compared

# %%
hedging_by_document = findings.by_document(tables)[["doc_id", "outlet", "n_words", "hedges", "boosters",
    "hedges_per_100_words", "boosters_per_100_words"]]
show.table(hedging_by_document, name="hedging_by_document", source="tables/hedges.csv")

# %%
assert profile["hedges"].sum() + profile["boosters"].sum() == len(tables["hedges"])
