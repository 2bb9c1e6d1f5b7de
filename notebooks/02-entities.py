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
# ## People
#
# The 20 most mentioned people, each counted once under one name. Names are joined in three steps, and `link_basis` in `entities.csv` says which step named each mention: a mention keeps its own words (or an alias of them: `text`); a short name or surname takes the fuller name that carries it in the same article, middle initials, titles and possessives ignored, the nearest preceding full mention deciding between two people who share a surname (`document`: *Trump* → Donald Trump); a surname an article never spells out takes the corpus's only full name with that surname (`corpus`). A one-word name that nothing settles stays as written (`none`) and is not ranked when it is part of a listed person's name.

# %%
show.claim(findings.say_people(tables, n=20))

# %%
people = findings.top_people(tables, n=20)
show.table(people, name="top_people", source="tables/entities.csv", empty="No person was found.")

# %% [markdown]
# How every person mention got its name: a group-by of `entities.csv` on `link_basis`.

# %%
link_basis = (tables["entities"].query("entity_type == 'person'").groupby("link_basis")
              .agg(mentions=("mention_id", "size"), people=("entity", "nunique")).reset_index())
show.table(link_basis, name="person_link_basis", source="tables/entities.csv", empty="No person was found.")

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
assert people["entity"].is_unique and link_basis["mentions"].sum() == (tables["entities"]["entity_type"] == "person").sum()
