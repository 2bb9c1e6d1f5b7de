# %% [markdown]
# # 2. Who and what the story is about
#
# Which people, organisations, places, facilities, nationalities and products the articles mention, each under one canonical name (possessives, leading articles and aliases merged).
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
# ## The most mentioned entities

# %%
show.claim(findings.say_entities(tables))

# %%
freq = findings.entity_frequencies(tables)
show.table(freq, name="entities", source="tables/entities.csv", empty="No entity was found.")

# %%
fig = plots.barh(freq, label="entity", value="mentions", hue="entity_type",
    title="Most mentioned entities", xlabel="mentions (count)",
    caption="Source: entities.csv (one row per mention), grouped by canonical entity. Data: figures/entity_frequencies.csv.",
    name="entity_frequencies", folder=FIGURES)

# %% [markdown]
# ## By type

# %%
by_type = freq.groupby("entity_type").agg(entities=("entity", "size"), mentions=("mentions", "sum"))
show.table(by_type.sort_values("mentions", ascending=False), name="entity_types")

# %% [markdown]
# ## The sentences behind the top entities
#
# Each count above can be checked against the sentences it comes from.

# %%
show.table(findings.top_entity_sentences(tables, n=3), name="entity_sentences", source="tables/sentences.csv")

# %%
assert freq["mentions"].sum() == len(tables["entities"])
