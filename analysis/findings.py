"""Group-bys behind every claim in the notebooks, and the sentences that state them.

Each ``*_table`` function is a visible group-by of the tidy tables; each ``say_*`` function
writes the claim in words from that table, so no number is ever typed into prose.
Names from articles are escaped for Markdown/HTML by :func:`md`.
"""

from __future__ import annotations

import html

import pandas as pd

from analysis import lexicons
from analysis.corpus import read_texts
from analysis.entities import person_key
from analysis.hedging import source_profile

TOP = 10


def md(text: object) -> str:
    """Return text safe to put into Markdown rendered as HTML (escaped, no emphasis markers).

    ``$`` is escaped too, so "$5 million ... $10 million" is not typeset as mathematics.
    """
    escaped = html.escape(str(text), quote=True)
    for ch in "*_`[]|#$":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def _plural(n: object) -> str:
    """Return "s" unless ``n`` is one."""
    return "" if int(n) == 1 else "s"


def ok_documents(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the documents that were analysed (status ok)."""
    docs = tables["documents"]
    return docs[docs["status"] == "ok"]


def corpus_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return one row per document: outlet, length, paragraphs, sentences, credits, status."""
    docs = tables["documents"]
    credits = (tables["attributions"].query("kind == 'credit'")
               .groupby("doc_id")["source"].agg(lambda s: ", ".join(sorted(set(s))))
               .rename("credited_to"))
    n_credits = tables["attributions"].query("kind == 'credit'").groupby("doc_id").size().rename("credits")
    out = docs.set_index("doc_id")[["outlet", "language", "n_words", "n_paragraphs",
                                    "n_sentences", "status", "error"]]
    out = out.join(n_credits).join(credits)
    out["credits"] = out["credits"].fillna(0).astype(int)
    out["credited_to"] = out["credited_to"].fillna("")
    return out.reset_index()


def say_corpus(tables: dict[str, pd.DataFrame]) -> str:
    """Return the corpus in one sentence: documents, words, outlets, credits, problems."""
    docs = tables["documents"]
    ok = ok_documents(tables)
    outlets = sorted(set(ok["outlet"].dropna()) - {""})
    credits = tables["attributions"].query("kind == 'credit'")["source"]
    parts = [(f"The corpus holds **{len(ok)}** analysed document{_plural(len(ok))} "
             f"({int(ok['n_words'].sum()):,} words, {int(ok['n_sentences'].sum())} sentences)")]
    if outlets:
        parts.append(f"from {len(outlets)} outlet{_plural(len(outlets))} ({md(', '.join(outlets))})")
    text = " ".join(parts) + "."
    if len(credits):
        top = credits.value_counts()
        text += (f" Paragraph credits name {md(', '.join(top.index))}; "
                 f"{int(top.iloc[0])} paragraph{_plural(top.iloc[0])} end with a credit to "
                 f"{md(top.index[0])}.")
    skipped = len(docs) - len(ok)
    if skipped:
        text += f" {skipped} file{'s were' if skipped != 1 else ' was'} not analysed (see the table)."
    return text


def entity_frequencies(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return mentions per canonical entity: type, mentions, documents, surface forms."""
    ents = tables["entities"]
    if ents.empty:
        return pd.DataFrame(columns=["entity", "entity_type", "mentions", "documents", "forms"])
    grouped = ents.groupby("entity").agg(
        entity_type=("entity_type", lambda s: s.mode().iloc[0]), mentions=("mention_id", "size"),
        documents=("doc_id", "nunique"),
        forms=("text", lambda s: " | ".join(sorted(set(s)))))
    return grouped.reset_index().sort_values(["mentions", "entity"], ascending=[False, True],
                                             ignore_index=True)


def top_people(tables: dict[str, pd.DataFrame], *, n: int = 20) -> pd.DataFrame:
    """Return the ``n`` most mentioned people, one row per person: mentions, documents, forms, links.

    People are counted under their canonical name, so *Trump*, *Donald J. Trump* and an
    article's lone *Trump* linked across the corpus are one row; ``linked_in_document`` and
    ``linked_across_corpus`` count the mentions named by a fuller name (``link_basis``).
    A one-word name left unlinked that is part of a listed person's name (a lone *Clinton* in a
    corpus of Hillary and Bill Clinton) is not ranked: it is not a person of its own.
    """
    ents = tables["entities"]
    people = ents[(ents["entity_type"] == "person") & ~ents["entity"].isin(ambiguous_short_names(ents))]
    cols = ["entity", "mentions", "documents", "linked_in_document", "linked_across_corpus", "forms"]
    if people.empty:
        return pd.DataFrame(columns=cols)
    basis = people["link_basis"] if "link_basis" in people else pd.Series("", index=people.index)
    grouped = people.assign(doc_link=basis == "document", corpus_link=basis == "corpus").groupby(
        "entity").agg(mentions=("mention_id", "size"), documents=("doc_id", "nunique"),
                      linked_in_document=("doc_link", "sum"), linked_across_corpus=("corpus_link", "sum"),
                      forms=("text", lambda s: " | ".join(sorted(set(s)))))
    out = grouped.reset_index().sort_values(["mentions", "entity"], ascending=[False, True],
                                            ignore_index=True)
    return out[cols].head(n)


def ambiguous_short_names(ents: pd.DataFrame) -> set[str]:
    """Return one-word person names never linked (``link_basis`` ``none``) that are a word of a
    fuller person name in the table, i.e. short names two or more people could carry."""
    if "link_basis" not in ents:
        return set()
    people = ents[ents["entity_type"] == "person"]
    words = {w for name in people["entity"].unique() if len(name.split()) > 1
             for w in person_key(name)}
    unlinked = people.groupby("entity")["link_basis"].agg(lambda s: set(s) == {"none"})
    return {name for name, lone in unlinked.items()
            if lone and len(name.split()) == 1 and person_key(name)[0] in words}


def say_entities(tables: dict[str, pd.DataFrame]) -> str:
    """Return who and what the corpus is about, in one or two sentences."""
    freq = entity_frequencies(tables)
    if freq.empty:
        return "No people, organisations or places were found."
    first = freq.iloc[0]
    by_type = freq.groupby("entity_type")["entity"].first()
    people = freq.query("entity_type == 'person'")
    text = (f"**{md(first.entity)}** ({first.entity_type}) is the most mentioned entity "
            f"({int(first.mentions)} mentions).")
    if not people.empty:
        top = people.iloc[0]
        text += f" The most mentioned person is **{md(top.entity)}** ({int(top.mentions)})."
    merged = freq[freq["forms"].str.contains(r"\|", regex=True)]
    if not merged.empty:
        row = merged.iloc[0]
        text += (f" Different spellings are merged: {md(row.entity)} collects "
                 f"{md(row.forms.replace(' | ', ', '))}.")
    del by_type
    return text


def sentences_for(tables: dict[str, pd.DataFrame], *, column: str, value: str,
                  table: str = "entities", limit: int = 20) -> pd.DataFrame:
    """Return the sentences behind the rows of ``table`` where ``column == value``."""
    rows = tables[table][tables[table][column] == value][["doc_id", "sent_id"]].drop_duplicates()
    sents = tables["sentences"].merge(rows, on=["doc_id", "sent_id"])
    return sents[["doc_id", "sent_id", "text"]].head(limit)


def sources_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return one row per source: type, attributions by kind, attributed sentences and words."""
    attrs = tables["attributions"]
    sents = tables["sentences"]
    by_kind = attrs.pivot_table(index="source", columns="kind", values="attribution_id",
                                aggfunc="count", fill_value=0)
    words = sents.groupby("source").agg(sentences=("sent_id", "size"), words=("n_words", "sum"))
    stype = pd.concat([attrs[["source", "source_type"]], sents[["source", "source_type"]]])
    stype = stype.groupby("source")["source_type"].agg(lambda s: s.mode().iloc[0])
    out = pd.concat([stype, by_kind], axis=1).join(words).fillna(0)
    out["attributions"] = out[[c for c in by_kind.columns]].sum(axis=1) if len(by_kind.columns) else 0
    numeric = [c for c in out.columns if c != "source_type"]
    out[numeric] = out[numeric].astype(int)
    out = out.rename_axis("source").reset_index()
    return out.sort_values(["sentences", "attributions", "source"], ascending=[False, False, True],
                           ignore_index=True)


def voice_shares(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the share of sentences and words by how their source is known and its type."""
    sents = tables["sentences"]
    out = sents.groupby(["source_basis", "source_type"]).agg(
        sentences=("sent_id", "size"), words=("n_words", "sum")).reset_index()
    out["share_of_words"] = (out["words"] / max(int(out["words"].sum()), 1)).round(3)
    return out.sort_values("words", ascending=False, ignore_index=True)


def say_sources(tables: dict[str, pd.DataFrame]) -> str:
    """Return who speaks, in words: explicit sources, anonymous share, wire credits."""
    attrs = tables["attributions"]
    explicit = attrs[attrs["kind"] != "credit"]
    if explicit.empty:
        return "No explicit attribution was found; sentences fall back to credits or the outlet."
    per_type = explicit.groupby("source_type").size().sort_values(ascending=False)
    sources = explicit.groupby("source").size().sort_values(ascending=False)
    shares = voice_shares(tables).groupby("source_basis")["share_of_words"].sum()
    text = (f"**{len(explicit)}** explicit attributions name **{len(sources)}** sources; "
            f"the most frequent is **{md(sources.index[0])}** ({int(sources.iloc[0])}). By type: "
            + ", ".join(f"{md(t)} {int(n)}" for t, n in per_type.items()) + ".")
    if "credit" in shares:
        text += (f" {shares.get('credit', 0):.0%} of the words carry no source of their own and "
                 f"rest on a wire credit; {shares.get('explicit', 0):.0%} sit in sentences with an "
                 f"explicit source.")
    return text


def say_hedging(profile: pd.DataFrame) -> str:
    """Return which source hedges most and which sounds most certain, from the per-source table."""
    spoken = profile[(profile["hedges"] + profile["boosters"]) > 0]
    if spoken.empty:
        return "No hedges or boosters were found."
    most = spoken.sort_values(["hedges", "hedges_per_100_words"], ascending=False).iloc[0]
    surest = spoken.sort_values(["certainty_balance", "boosters"], ascending=False).iloc[0]
    text = (f"**{md(most.source)}** hedges most: {int(most.hedges)} hedge"
            f"{_plural(most.hedges)} ({md(most.terms)}).")
    if surest.source != most.source:
        text += (f" **{md(surest.source)}** sounds the most certain (certainty balance "
                 f"{surest.certainty_balance:+.1f} per 100 words).")
    return text


def top_entity_sentences(tables: dict[str, pd.DataFrame], *, n: int = 3, per_entity: int = 5) -> pd.DataFrame:
    """Return up to ``per_entity`` sentences for each of the ``n`` most mentioned entities."""
    freq = entity_frequencies(tables).head(n)
    frames = [sentences_for(tables, column="entity", value=e, limit=per_entity).assign(entity=e)
              for e in freq["entity"]]
    if not frames:
        return pd.DataFrame(columns=["entity", "doc_id", "sent_id", "text"])
    return pd.concat(frames, ignore_index=True)[["entity", "doc_id", "sent_id", "text"]]


def attribution_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return every attribution with its source, cue and the attributed content's text."""
    attrs = tables["attributions"]
    texts = document_texts(tables)
    content = [texts[d][int(s):int(e)] if pd.notna(s) else ""
               for d, s, e in zip(attrs["doc_id"], attrs["content_start_char"], attrs["content_end_char"])]
    out = attrs[["doc_id", "sent_id", "kind", "source", "source_text", "cue"]].copy()
    out["content"] = content
    return out


def sentences_by_source(tables: dict[str, pd.DataFrame], *, per_source: int = 3) -> pd.DataFrame:
    """Return the first sentences attributed to each source, with how the source is known."""
    sents = tables["sentences"]
    return (sents.groupby("source", group_keys=False).head(per_source)
            .sort_values(["source", "doc_id", "sent_id"])[["source", "source_basis", "doc_id", "sent_id", "text"]]
            .reset_index(drop=True))


def by_document(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return per-document comparisons: outlet, words, explicit sources, anonymous share, hedging rates."""
    docs = ok_documents(tables).set_index("doc_id")[["outlet", "n_words"]]
    attrs = tables["attributions"].query("kind != 'credit'")
    sents = tables["sentences"]
    hedges = tables["hedges"]
    out = docs.join(attrs.groupby("doc_id").size().rename("attributions"))
    out = out.join(attrs.groupby("doc_id")["source"].nunique().rename("sources"))
    anon = sents.assign(anon=sents["n_words"].where(sents["source_type"] == "anonymous", 0))
    out = out.join((anon.groupby("doc_id")["anon"].sum() /
                    sents.groupby("doc_id")["n_words"].sum()).round(3).rename("anonymous_word_share"))
    counts = hedges.pivot_table(index="doc_id", columns="kind", values="hedge_id", aggfunc="count",
                                fill_value=0).reindex(columns=["hedge", "booster"], fill_value=0)
    out = out.join(counts.rename(columns={"hedge": "hedges", "booster": "boosters"}))
    out = out.fillna({"attributions": 0, "sources": 0, "hedges": 0, "boosters": 0})
    for col in ("attributions", "sources", "hedges", "boosters"):
        out[col] = out[col].astype(int)
    words = out["n_words"].where(out["n_words"] > 0)
    out["hedges_per_100_words"] = (out["hedges"] / words * 100).round(2)
    out["boosters_per_100_words"] = (out["boosters"] / words * 100).round(2)
    return out.reset_index()


def hedge_terms(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return counts of each hedge/booster term per source."""
    hedges = tables["hedges"]
    out = hedges.assign(term=hedges["text"].str.lower()).groupby(
        ["source", "kind", "term"]).size().rename("count").reset_index()
    return out.sort_values(["source", "kind", "count", "term"], ascending=[True, True, False, True],
                           ignore_index=True)


def hedge_evidence(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return every hedge and booster beside the sentence it sits in."""
    hedges = tables["hedges"][["doc_id", "sent_id", "text", "kind", "category", "source", "in_quote"]]
    sents = tables["sentences"][["doc_id", "sent_id", "text"]].rename(columns={"text": "sentence"})
    return hedges.merge(sents, on=["doc_id", "sent_id"], how="left")


# --- hedging by source (issue 13): notebook 04 -------------------------------------------

HEDGING_COLUMNS = ["source", "source_type", "sentences", "words", "hedges", "boosters", "approximators",
                   "hedges_per_100_words", "boosters_per_100_words", "approximators_per_100_words",
                   "certainty_balance", "terms"]


def hedging_by_source(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return one row per source: hedges, boosters and approximators, each per 100 of its words.

    Words are those of the sentences whose sentence source is that source; a cue counts for the
    source whose statement it sits in (``hedges.csv`` ``source``). Sources with no cue are left out.
    """
    profile = source_profile(tables["sentences"], tables["hedges"])[HEDGING_COLUMNS]
    cues = profile[["hedges", "boosters", "approximators"]].sum(axis=1)
    return profile[cues > 0].reset_index(drop=True)


def hedging_sentences(tables: dict[str, pd.DataFrame], *, source: str | None = None) -> pd.DataFrame:
    """Return every hedge, booster and approximator with the sentence behind it, by source and kind.

    Columns: source, kind, text (the cue), source_basis (how its source was decided), in_quote,
    doc_id, sent_id and sentence. ``source`` keeps one source's rows only.
    """
    cues = tables["hedges"][["doc_id", "sent_id", "start_char", "source", "kind", "text", "source_basis",
                             "in_quote"]]
    if source is not None:
        cues = cues[cues["source"] == source]
    sents = tables["sentences"][["doc_id", "sent_id", "text"]].rename(columns={"text": "sentence"})
    out = cues.merge(sents, on=["doc_id", "sent_id"], how="left")
    out = out.sort_values(["source", "kind", "doc_id", "start_char"], ignore_index=True)
    return out[["source", "kind", "text", "source_basis", "in_quote", "doc_id", "sent_id", "sentence"]]


def document_texts(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Return ``{doc_id: text}`` of the analysed documents, re-read exactly as analysed."""
    rows = [(row.doc_id, row.path, getattr(row, "container", "")) for row in
            ok_documents(tables).itertuples()]
    texts = read_texts((path, container) for _, path, container in rows)
    return {doc_id: texts.get((path, container), texts.get((path, ""), ""))
            for doc_id, path, container in rows}


def lexicon_inventory() -> pd.DataFrame:
    """Return each lexicon file with its number of entries, source and licence."""
    rows = lexicons.rows("sources.csv")
    for row in rows:
        lines = lexicons.text(row["file"]).splitlines()
        body = [ln for ln in lines if ln.strip() and not ln.startswith(("#", "//"))]
        row["entries"] = len(body) - (1 if row["file"].endswith(".csv") else 0)
    return pd.DataFrame(rows)[["file", "entries", "what", "source", "licence"]]


# --- claims for the accuracy issues' sections (notebooks 02, 03, 05) ----------------------

#: What act each ``cue_class`` reports: "who said" vs "who believes" (README, data dictionary).
CUE_ACTS = {"speech": "who said", "according_to": "who said", "quote": "who said", "credit": "who said",
            "cognition": "who believes", "finding": "findings"}


def say_people(tables: dict[str, pd.DataFrame], *, n: int = 20) -> str:
    """Return how many different people lead the corpus and how their names were joined, in words."""
    people = top_people(tables, n=n)
    if people.empty:
        return "No person was found."
    first = people.iloc[0]
    basis = tables["entities"].query("entity_type == 'person'")["link_basis"].value_counts()
    return (f"The {len(people)} most mentioned people are {people['entity'].nunique()} different people; "
            f"**{md(first.entity)}** leads with {int(first.mentions)} mention{_plural(first.mentions)}. "
            f"Of {int(basis.sum())} person mentions, {int(basis.get('text', 0))} are named by their own "
            f"words, {int(basis.get('document', 0))} take the fuller name given in the same article, "
            f"{int(basis.get('corpus', 0))} the corpus's only full name with that surname, and "
            f"{int(basis.get('none', 0))} stay unlinked.")


def say_cue_classes(tables: dict[str, pd.DataFrame]) -> str:
    """Return how many attributions say who said something, who believes something, and findings."""
    attrs = tables["attributions"]
    if attrs.empty:
        return "No attribution was found."
    acts = attrs["cue_class"].map(CUE_ACTS).value_counts()
    text = (f"Of {len(attrs)} attributions, **{int(acts.get('who said', 0))}** say who said something "
            f"(speech, *according to*, quotations, wire credits), **{int(acts.get('who believes', 0))}** "
            f"who believes, expects or fears something, and **{int(acts.get('findings', 0))}** report "
            f"findings.")
    beliefs = attrs[attrs["cue_class"] == "cognition"].groupby("source").size()
    if not beliefs.empty:
        top = beliefs.sort_values(ascending=False, kind="stable")
        text += f" Beliefs are most often attributed to **{md(top.index[0])}** ({int(top.iloc[0])})."
    return text


def say_real_attributions(scores: pd.DataFrame) -> str:
    """Return the project's and the baseline's F1 per corpus and measure, from a real-text score table."""
    if scores.empty:
        return "The real-text corpora were not found, so no real-text figure was computed."
    f1 = scores.pivot_table(index=["corpus", "measure"], columns="system", values="f1", sort=False)
    names = {"polnear_dev": "PolNeAR dev", "polnear_train": "PolNeAR train", "gum_dev": "GUM dev genres"}
    parts = [f"{names.get(corpus, corpus)}, {measure} attributions: **{row.get('project', 0):.2f}** "
             f"(baseline {row.get('baseline', 0):.2f})" for (corpus, measure), row in f1.iterrows()]
    return "Attribution F1 on real text, project (baseline): " + "; ".join(parts) + "."


def say_corpora(found: object) -> str:
    """Return whether the real-text figures were computed (``found``: the corpora folder or None)."""
    if found is None:
        return ("The public gold corpora were not found (`$NEWSREAD_CORPORA`, else `../shared/corpora` "
                "beside the repository), so the real-text figures were skipped; they are other people's "
                "data and are never copied into this repository. The own gold below still runs.")
    return ("The public gold corpora were found: the figures below are measured on real, independently "
            "annotated text (parsed on first use, then cached).")
