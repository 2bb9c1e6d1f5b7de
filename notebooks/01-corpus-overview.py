# %% [markdown]
# # 1. The corpus
#
# What is in the folder: which documents, from which outlets, how long, how they are divided into paragraphs, and whose credit they carry.
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
# ## What was read

# %%
show.claim(findings.say_corpus(tables))

# %%
show.table(findings.corpus_table(tables), name="corpus", source="tables/documents.csv")

# %% [markdown]
# ## Files that could not be analysed
#
# Each is named with the reason; none of them counts in any figure of this report.

# %%
not_analysed = tables["documents"].query("status != 'ok'")[["doc_id", "path", "status", "error"]]
show.table(not_analysed, name="not_analysed", source="tables/documents.csv", empty="Every file was analysed.")

# %% [markdown]
# ## Paragraphs and their credits
#
# A wire credit such as “(TASS)” at the end of a paragraph makes the agency the source of every sentence in that paragraph that has no source of its own.

# %%
credits = tables["attributions"].query("kind == 'credit'")[["doc_id", "sent_id", "source", "cue"]]
show.table(credits, name="credits", source="tables/attributions.csv", empty="No paragraph carries a wire credit.")

# %% [markdown]
# Every sentence row indexes its document exactly (`text == document[start_char:end_char]`); the check below fails the notebook if one does not.

# %%
contract.check_spans(tables["sentences"], findings.document_texts(tables), name="sentences")
