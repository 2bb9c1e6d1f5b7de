# %% [markdown]
# # 6. The evidence
#
# Every article with the spans behind the counts highlighted, so a reader can check any number by eye. Hover over a highlight to see what it was counted as; with several articles, type in the search box to find one.
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
# ## The articles, annotated

# %%
show.evidence_view(tables)
