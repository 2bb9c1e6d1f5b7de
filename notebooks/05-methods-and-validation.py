# %% [markdown]
# # 5. Methods and validation
#
# How accurate the rules are: first on real news and other real text annotated by others (public gold corpora), then against the project's own hand-made gold annotations, beside published figures; how each table is computed and where the word lists come from.
#
# *Source data:* the articles in `SEEDS_DIR` (by default the repository's `seeds/`), analysed by `python -m analysis analyze`; every number below is a group-by of the tidy tables written to `OUTPUT_DIR/tables/`.

# %%
from pathlib import Path

import pandas as pd

from analysis import evaluation, findings, hedging, plots, show, tables as contract
from analysis.evaluation import corpora, gum_entities, parsed, real_text
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
# ## Accuracy on real text (public gold corpora)
#
# The rules are measured first on text written and annotated by others, read from the public gold corpora folder (`$NEWSREAD_CORPORA`, else `../shared/corpora`; never copied into this repository): **PolNeAR** (political news with Source / Cue / Content attributions; Newell, Margolin & Ruths, LREC 2018), the dev genres of **GUM** (interviews, biographies, court transcripts, travel guides with entity mentions and RST attribution relations; Zeldes 2017, annotations CC BY 4.0) and the Wikipedia part of the **Szeged Uncertainty Corpus** (hedge cues; Vincze et al. 2008, CC BY-SA). Rules were developed on PolNeAR *train* and one Szeged half; PolNeAR *test* and GUM's news genre are never read. The corpora are parsed on first use and the parses cached (`$NEWSREAD_EVAL_CACHE`, else the temp folder), so a rerun is faster.

# %%
CORPORA = corpora.corpora_dir()
CACHE = parsed.cache_dir()
show.claim(findings.say_corpora(CORPORA))

# %% [markdown]
# ### Attributions: PolNeAR dev and GUM
#
# Matching is one-to-one: a predicted attribution matches a gold one when the predicted cue or source overlaps (shares a character with) the gold cue or source, and the predicted content overlaps the gold content when both have one. *speech* counts gold cues holding a speech word (said, told, according to, a statement, …) or a quotation mark, against rows whose `cue_class` is `speech`, `according_to`, `quote` or `credit`; *all* counts every attribution (PolNeAR also annotates beliefs and intentions; GUM's RST attribution relations give the reporting clause as cue and source). The *baseline* is a plain reporting verb with its subject and complement, plus *according to*, on the same parse.

# %%
attribution_real = real_text.attribution_scores(cache_dir=CACHE)  # an empty table when CORPORA is None
show.claim(findings.say_real_attributions(attribution_real))

# %%
show.table(attribution_real, name="real_attribution_scores", empty="Skipped: the public gold corpora were not found.")

# %% [markdown]
# ### Hedges: Szeged Wikipedia and whose hedge it is on PolNeAR dev
#
# **Cues** (Szeged Wikipedia, split by document into two fixed halves, a document in the development half when the first byte of `sha256(doc_id)` is even; the rules were developed on that half only): gold cues are the `modal_probable` (epistemic) and `hypo_doxastic` (doxastic) ones, predicted cues those of kind `hedge`; one-to-one, a match when the spans share a character; the baseline is a plain 50-word hedge list. **Whose hedge** (PolNeAR dev, which marks attributions, not hedges): each predicted hedge inside a gold attribution's content, or that is its cue's predicate (the attitude word: *analysts **expect***, *she was **sure***), must carry that attribution's source (the predicted source span overlaps the gold source, or the last word of the predicted name occurs in it); any other hedge, including a modal, adverb or *seem* that PolNeAR's cue span holds (*could deny*, *apparently believed*), is the narrator's and must stay with the narrator (credit, outlet or unattributed). The rows `pipeline, earlier judge` give every word of a gold cue span to the source, as the previous round did.

# %%
hedging_real = evaluation.hedging_scores() if CORPORA else {}
for number, (title, table) in enumerate(hedging_real.items()):
    show.claim(f"**{title}**")
    show.table(table.drop(columns="match", errors="ignore"), name=f"real_hedging_{number}")  # match: above
if not hedging_real:
    show.claim("Skipped: the public gold corpora were not found.")

# %% [markdown]
# ### Entities: GUM dev genres
#
# A mention is right when its exact span and its type group agree (person; organisation; place = GPE, LOC, FAC; product). GUM's EVENT, WORK_OF_ART and OTHER mentions, names nested inside a longer name, and NORP (a class GUM does not have) are not scored, and a prediction that is exactly an unscored gold mention is ignored. *Canonical grouping*: among gold entities with two or more mentions found in a document, the share whose found mentions all carry one predicted name that no other gold entity's mentions carry. The *bare model* is spaCy's own entities on the same parse, each named by its text.

# %%
if CORPORA:
    gum_table = gum_entities.evaluate_gum_entities(cache=CACHE)
    show.table(gum_entities.summary(gum_table), name="gum_entity_summary")
    show.table(gum_table, name="gum_entity_scores")
else:
    show.claim("Skipped: the public gold corpora were not found.")

# %% [markdown]
# ## What counts as a hedge
#
# The hedging scheme: which kinds count as hedges, boosters and approximators, and how they map onto the CoNLL-2010 / Szeged uncertainty categories (Farkas et al. 2010; Vincze et al. 2008) and onto Hyland's (2005) hedges and boosters; `lexicon_terms` counts the lexicon's entries of each scheme.

# %%
show.table(hedging.scheme_table(), name="hedge_scheme")

# %% [markdown]
# ## How the tables are computed
#
# * **Reading** (the `analysis/corpus/` package): every `.txt`/`.html` file, in name order; encodings detected
#   (byte-order mark, UTF-8, then charset-normalizer); paragraphs are lines; offsets index the text as read.
# * **Parsing** (`analysis/nlp.py`): spaCy 3.8 with `en_core_web_sm` 3.8.0 (MIT), plus a rule that starts
#   a sentence at every line break and an entity ruler for hyphenated place names, aircraft designations
#   and named facilities.
# * **Entities** (the `analysis/entities/` package): the model's PERSON, ORG, GPE, LOC, FAC, NORP and PRODUCT mentions,
#   trimmed of leading articles, titles and possessives, merged under one canonical name through an alias
#   table and, within a document, a person's later short name.
# * **Attributions** (the `analysis/attribution/` package): dependency rules for reporting verbs (subject either side),
#   passive *by*-agents, *according to*, cue nouns (*a statement from*), direct quotes and their speakers,
#   and wire credits (paragraph-final “(TASS)”, datelines, em-dash credits). Pronouns and definite
#   descriptions resolve to the nearest compatible named source earlier in the paragraph.
# * **Hedging** (the `analysis/hedging/` package): multiword negations first, then single words from the lexicon,
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
# ## Accuracy against the project's own gold annotations
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
