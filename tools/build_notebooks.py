"""Write notebooks/NN-*.ipynb from the cell lists below (run: python tools/build_notebooks.py).

The notebooks hold prose and calls into `analysis` only; this script is their source so
that edits are reviewed as Python, not JSON. Re-run it after changing a cell.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent.parent / "notebooks"

IMPORTS = """from pathlib import Path

import pandas as pd
from IPython.display import HTML, Markdown, display

from analysis import evaluation, evidence, findings, hedging, plots, tables as contract
from analysis.runner import run_analysis

pd.set_option("display.max_colwidth", 160)
pd.set_option("display.max_rows", 60)"""

PARAMETERS = """# Parameters (papermill): the folder of articles and the report folder.
SEEDS_DIR = "../seeds"
OUTPUT_DIR = "../build/report"
GOLD_DIR = "../tests/gold\""""

LOAD = """tables = run_analysis(SEEDS_DIR, f"{OUTPUT_DIR}/tables")
FIGURES = f"{OUTPUT_DIR}/figures\""""


def md(text: str):
    return new_markdown_cell(text.strip())


def code(text: str, *, tags: tuple[str, ...] = ()):
    cell = new_code_cell(text.strip())
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def notebook(title: str, question: str, cells: list) -> nbformat.NotebookNode:
    head = [
        md(f"# {title}\n\n{question}\n\n*Source data:* the articles in `SEEDS_DIR` (by default the "
           "repository's `seeds/`), analysed by `python -m analysis analyze`; every number below is "
           "a group-by of the tidy tables written to `OUTPUT_DIR/tables/`."),
        code(IMPORTS),
        code(PARAMETERS, tags=("parameters",)),
        code(LOAD),
    ]
    nb = new_notebook(cells=head + cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


NOTEBOOKS = {
    "01-corpus-overview.ipynb": notebook(
        "1. The corpus", "What is in the folder: which documents, from which outlets, how long, "
        "how they are divided into paragraphs, and whose credit they carry.",
        [
            md("## What was read"),
            code("display(Markdown(findings.say_corpus(tables)))"),
            code("findings.corpus_table(tables)"),
            md("## Files that could not be analysed\n\nEach is named with the reason; none of them "
               "counts in any figure of this report. An empty table means every file was analysed."),
            code('tables["documents"].query("status != \'ok\'")[["doc_id", "path", "status", "error"]]'),
            md("## Paragraphs and their credits\n\nA wire credit such as “(TASS)” at the end of a "
               "paragraph makes the agency the source of every sentence in that paragraph that "
               "has no source of its own."),
            code('tables["attributions"].query("kind == \'credit\'")'
                 '[["doc_id", "sent_id", "source", "cue", "start_char", "end_char"]]'),
            md("Every sentence row indexes its document exactly (`text == document[start_char:end_char]`); "
               "the check below fails the notebook if one does not."),
            code('contract.check_spans(tables["sentences"], findings.document_texts(tables), name="sentences")'),
        ]),
    "02-entities.ipynb": notebook(
        "2. Who and what the story is about",
        "Which people, organisations, places, facilities, nationalities and products the articles "
        "mention, each under one canonical name (possessives, leading articles and aliases merged).",
        [
            md("## The most mentioned entities"),
            code("display(Markdown(findings.say_entities(tables)))"),
            code("freq = findings.entity_frequencies(tables)\nfreq.head(25)"),
            code('fig = plots.barh(freq, label="entity", value="mentions", hue="entity_type",\n'
                 '    title="Most mentioned entities", xlabel="mentions (count)",\n'
                 '    caption="Source: entities.csv (one row per mention), grouped by canonical entity. '
                 'Data: figures/entity_frequencies.csv.",\n'
                 '    name="entity_frequencies", folder=FIGURES)'),
            md("## By type"),
            code('freq.groupby("entity_type").agg(entities=("entity", "size"), mentions=("mentions", "sum"))'
                 '.sort_values("mentions", ascending=False)'),
            md("## The sentences behind the top entities\n\nEach count above can be checked against the "
               "sentences it comes from."),
            code("findings.top_entity_sentences(tables, n=3)"),
            code('assert freq["mentions"].sum() == len(tables["entities"])'),
        ]),
    "03-attribution.ipynb": notebook(
        "3. Who speaks",
        "Who is each claim attributed to: named people, organisations and governments, anonymous "
        "groups such as “officials” or “analysts”, documents, and wire credits.",
        [
            md("## The sources"),
            code("display(Markdown(findings.say_sources(tables)))"),
            code("sources = findings.sources_table(tables)\nsources"),
            code('fig = plots.barh(sources, label="source", value="sentences", hue="source_type",\n'
                 '    title="Sentences by source", xlabel="sentences (count)",\n'
                 '    caption="Source: sentences.csv, each sentence\'s source (explicit attribution, else '
                 'paragraph credit, else outlet). Data: figures/sentences_by_source.csv.",\n'
                 '    name="sentences_by_source", folder=FIGURES)'),
            md("## Named, anonymous, or only a wire credit\n\nHow much of the text rests on each kind of "
               "source, and whether the source is stated in the sentence (`explicit`) or inherited "
               "from the paragraph's credit or the outlet."),
            code("findings.voice_shares(tables)"),
            md("## Every attribution, with its cue and content"),
            code("findings.attribution_rows(tables)"),
            md("## The sentences behind each source"),
            code("findings.sentences_by_source(tables)"),
            md("## Documents compared"),
            code("findings.by_document(tables)"),
            code('assert tables["sentences"]["source"].notna().all() and (tables["sentences"]["source"] != "").all()'),
        ]),
    "04-hedging-by-source.ipynb": notebook(
        "4. How sure each source sounds",
        "Which hedges (*reportedly, could, likely, rumors, not confirmed*) and boosters "
        "(*confirming, emphasize, underscored*) each source uses, and which source hedges most.",
        [
            md("## Which source hedges most?"),
            code("profile = hedging.source_profile(tables[\"sentences\"], tables[\"hedges\"])\n"
                 "display(Markdown(findings.say_hedging(profile)))"),
            md("The **certainty balance** is (boosters − hedges) per 100 words of the sentences "
               "attributed to that source: above zero the source sounds sure, below zero tentative. "
               "A hedge belongs to the speaker whose statement it sits in (a quotation's speaker, the "
               "subject of a reporting verb for its clause), otherwise to the sentence's credit or outlet."),
            code("profile"),
            code('fig = plots.diverging(profile.query("hedges + boosters > 0"), label="source",\n'
                 '    hedges="hedges", boosters="boosters", title="Hedges and boosters by source",\n'
                 '    xlabel="cues (count): hedges left, boosters right",\n'
                 '    caption="Source: hedges.csv (one row per cue), grouped by source. '
                 'Data: figures/hedging_by_source.csv.",\n'
                 '    name="hedging_by_source", folder=FIGURES)'),
            md("## The terms each source uses"),
            code("findings.hedge_terms(tables)"),
            md("## Every hedge and booster in its sentence"),
            code("findings.hedge_evidence(tables)"),
            md("## Documents compared"),
            code('findings.by_document(tables)[["doc_id", "outlet", "n_words", "hedges", "boosters",\n'
                 '    "hedges_per_100_words", "boosters_per_100_words"]]'),
            code('assert profile["hedges"].sum() + profile["boosters"].sum() == len(tables["hedges"])'),
        ]),
    "05-methods-and-validation.ipynb": notebook(
        "5. Methods and validation",
        "How each table is computed, where the word lists come from, and how accurate the "
        "rules are against hand-made gold annotations, beside published figures.",
        [
            md("""## How the tables are computed

* **Reading** (`analysis/corpus.py`): every `.txt`/`.html` file, in name order; encodings detected
  (byte-order mark, UTF-8, then charset-normalizer); paragraphs are lines; offsets index the text as read.
* **Parsing** (`analysis/nlp.py`): spaCy 3.8 with `en_core_web_sm` 3.8.0 (MIT), plus a rule that starts
  a sentence at every line break and an entity ruler for hyphenated place names, aircraft designations
  and named facilities.
* **Entities** (`analysis/entities.py`): the model's PERSON, ORG, GPE, LOC, FAC, NORP and PRODUCT mentions,
  trimmed of leading articles, titles and possessives, merged under one canonical name through an alias
  table and, within a document, a person's later short name.
* **Attributions** (`analysis/attribution.py`): dependency rules for reporting verbs (subject either side),
  passive *by*-agents, *according to*, cue nouns (*a statement from*), direct quotes and their speakers,
  and wire credits (paragraph-final “(TASS)”, datelines, em-dash credits). Pronouns and definite
  descriptions resolve to the nearest compatible named source earlier in the paragraph.
* **Hedging** (`analysis/hedging.py`): multiword negations first, then single words from the lexicon,
  each ambiguous word with a disambiguation rule; each cue is credited to the speaker of its statement."""),
            md("## The model"),
            code("from analysis.nlp import load_nlp\nmeta = load_nlp().meta\n"
                 "pd.Series({k: meta.get(k) for k in ('name', 'version', 'license', 'spacy_version')})"),
            md("## Lexicons and their provenance"),
            code("findings.lexicon_inventory()"),
            md("## Accuracy against the gold annotations\n\nPrecision, recall and F1 of the rules on "
               "hand-annotated articles (see `tests/gold/README.md`), exact and overlapping spans. "
               "The rules were refined while looking at the errors on this *development* set, so its "
               "figures are optimistic; the held-out set below was written afterwards and never used "
               "for tuning."),
            code("scores = evaluation.evaluate_all(GOLD_DIR)\nevaluation.headline_scores(scores)"),
            code('evaluation.all_scores(scores)'),
            md("## Held-out check\n\nThe same measures on articles annotated after the rules were "
               "frozen (`tests/gold/heldout/`): the fairer estimate of accuracy on new text."),
            code("heldout = evaluation.evaluate_all(Path(GOLD_DIR) / 'heldout')\n"
                 "evaluation.headline_scores(heldout)"),
            code('evaluation.all_scores(heldout)'),
            md("## Published anchors\n\nFigures from the literature, for scale. They were measured on "
               "other data, so they are context, not a like-for-like comparison."),
            code("evaluation.published_anchors()"),
            md("""## Known limits

* Coreference is paragraph-local and rule-based: a speaker named only in another paragraph is not found.
* Sources are typed by word lists: an unfamiliar agency name is typed from the model's label.
* The small English model mislabels some rare names; the entity ruler fixes known patterns only.
* Non-English documents are flagged by language in `documents.csv` and skipped, not mis-analysed.
* Sentences in the narrator's voice inherit the paragraph credit, which is a convention, not a claim
  the outlet made each sentence itself."""),
        ]),
    "06-evidence.ipynb": notebook(
        "6. The evidence",
        "Every article with the spans behind the counts highlighted, so a reader can check any number "
        "by eye. Hover over a highlight to see what it was counted as.",
        [
            md("## The articles, annotated"),
            code("display(HTML(evidence.corpus_html(tables)))"),
        ]),
}


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, nb in NOTEBOOKS.items():
        for i, cell in enumerate(nb.cells):
            cell["id"] = f"{name[:2]}-{i:02d}"
        nbformat.write(nb, HERE / name)


if __name__ == "__main__":
    main()
