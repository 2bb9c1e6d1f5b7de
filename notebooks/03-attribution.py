# %% [markdown]
# # 3. Who speaks
#
# Who is each claim attributed to: named people, organisations and governments, anonymous groups such as “officials” or “analysts”, documents, and wire credits.
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
# ## The sources

# %%
show.claim(findings.say_sources(tables))

# %%
sources = findings.sources_table(tables)
show.table(sources, name="sources", source="tables/attributions.csv")

# %%
fig = plots.barh(sources, label="source", value="sentences", hue="source_type",
    title="Sentences by source", xlabel="sentences (count)",
    caption="Source: sentences.csv, each sentence's source (explicit attribution, else paragraph credit, else outlet). Data: figures/sentences_by_source.csv.",
    name="sentences_by_source", folder=FIGURES)

# %% [markdown]
# ## Named, anonymous, or only a wire credit
#
# How much of the text rests on each kind of source, and whether the source is stated in the sentence (*explicit*) or inherited from the paragraph's credit or the outlet.

# %%
show.table(findings.voice_shares(tables), name="voice_shares", source="tables/sentences.csv")

# %% [markdown]
# ## Who said, and who believes
#
# Each attribution's cue has a class (`cue_class` in `attributions.csv`): *who said* something is `speech` (said, told, a statement), `according_to`, `quote` (a quotation with no cue word of its own) and `credit` (a wire credit or dateline); *who believes* something is `cognition` (believes, expects, fears, hopes); `finding` is a study's or a report's result (found, showed, estimated). Counted apart, a source that is mostly believed rather than quoted shows up.

# %%
show.claim(findings.say_cue_classes(tables))

# %%
attributions = tables["attributions"]
cue_acts = (attributions.assign(act=attributions["cue_class"].map(findings.CUE_ACTS))
            .groupby(["act", "cue_class"]).size().rename("attributions").reset_index())
show.table(cue_acts, name="cue_classes", source="tables/attributions.csv", empty="No attribution was found.")

# %% [markdown]
# The same split by source, the sources with the most attributions first.

# %%
by_class = attributions.groupby(["source", "cue_class"]).size().unstack(fill_value=0)
by_class = by_class.assign(attributions=by_class.sum(axis=1)).sort_values(
    ["attributions", "source"], ascending=[False, True]).head(20).reset_index()
show.table(by_class, name="cue_classes_by_source", source="tables/attributions.csv",
           empty="No attribution was found.")

# %% [markdown]
# ## Every attribution, with its cue and content

# %%
show.table(findings.attribution_rows(tables), name="attributions", source="tables/attributions.csv",
           empty="No attribution was found.")

# %% [markdown]
# ## The sentences behind each source

# %%
show.table(findings.sentences_by_source(tables), name="source_sentences", source="tables/sentences.csv")

# %% [markdown]
# ## Documents compared

# %%
show.table(findings.by_document(tables), name="attribution_by_document", source="tables/attributions.csv")

# %%
assert tables["sentences"]["source"].notna().all() and (tables["sentences"]["source"] != "").all()
assert cue_acts["attributions"].sum() == len(attributions) and attributions["cue_class"].isin(findings.CUE_ACTS).all()
