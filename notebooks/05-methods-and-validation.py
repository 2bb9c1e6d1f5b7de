# %% [markdown]
# # 5. Methods and validation
#
# How each table is computed, where the word lists come from, and how accurate the rules are against hand-made gold annotations, beside published figures.
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
# ## How the tables are computed
#
# * **Reading** (`analysis/corpus`): every `.txt`/`.html` file, in name order; encodings detected
#   (byte-order mark, UTF-8, then charset-normalizer); paragraphs are lines; offsets index the text as read.
# * **Parsing** (`analysis/nlp.py`): spaCy 3.8 with `en_core_web_sm` 3.8.0 (MIT), plus a rule that starts
#   a sentence at every line break and an entity ruler for hyphenated place names, aircraft designations
#   and named facilities.
# * **Entities** (`analysis/entities`): the model's PERSON, ORG, GPE, LOC, FAC, NORP and PRODUCT mentions,
#   trimmed of leading articles, titles and possessives, merged under one canonical name through an alias
#   table and, within a document, a person's later short name.
# * **Attributions** (`analysis/attribution`): dependency rules for reporting verbs (subject either side),
#   passive *by*-agents, *according to*, cue nouns (*a statement from*), direct quotes and their speakers,
#   and wire credits (paragraph-final “(TASS)”, datelines, em-dash credits). Pronouns and definite
#   descriptions resolve to the nearest compatible named source earlier in the paragraph.
# * **Hedging** (`analysis/hedging`): multiword negations first, then single words from the lexicon,
#   each ambiguous word with a disambiguation rule; each cue is credited to the speaker of its statement.

# %% [markdown]
# ## The model

# %%
meta = load_nlp().meta
model = pd.DataFrame({"field": ["name", "version", "license", "spacy_version"]})
model["value"] = [meta.get(k) for k in model["field"]]
show.table(model, name="model")

# %% [markdown]
# ## Lexicons and their provenance

# %%
show.table(findings.lexicon_inventory(), name="lexicons")

# %% [markdown]
# ## Accuracy against the gold annotations
#
# Precision, recall and F1 of the rules on hand-annotated articles (see `tests/gold/README.md`), exact and overlapping spans. The rules were refined while looking at the errors on this *development* set, so its figures are optimistic; the held-out set below was written afterwards and never used for tuning.

# %%
scores = evaluation.evaluate_all(GOLD_DIR)
show.table(evaluation.headline_scores(scores), name="headline_scores")

# %%
show.table(evaluation.all_scores(scores), name="all_scores")

# %% [markdown]
# ## Held-out check
#
# The same measures on articles annotated after the rules were frozen (`tests/gold/heldout/`): the fairer estimate of accuracy on new text.

# %%
heldout = evaluation.evaluate_all(Path(GOLD_DIR) / 'heldout')
show.table(evaluation.headline_scores(heldout), name="heldout_headline_scores")

# %%
show.table(evaluation.all_scores(heldout), name="heldout_all_scores")

# %% [markdown]
# ## Published anchors
#
# Figures from the literature, for scale. They were measured on other data, so they are context, not a like-for-like comparison.

# %%
show.table(evaluation.published_anchors(), name="published_anchors")

# %% [markdown]
# ## Known limits
#
# * Coreference is paragraph-local and rule-based: a speaker named only in another paragraph is not found.
# * Sources are typed by word lists: an unfamiliar agency name is typed from the model's label.
# * The small English model mislabels some rare names; the entity ruler fixes known patterns only.
# * Non-English documents are flagged by language in `documents.csv` and skipped, not mis-analysed.
# * Sentences in the narrator's voice inherit the paragraph credit, which is a convention, not a claim
#   the outlet made each sentence itself.
