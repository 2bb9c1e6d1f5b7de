"""Hedges, boosters and approximators, and the source whose statement each sits in.

* :mod:`.lexicon`  the cue lexicon (``lexicons/hedges.csv``) and the sense-rule word lists
* :mod:`.senses`   the registry of sense rules for ambiguous terms (may, would, claims, ...)
* :mod:`.cues`     finding cues in a parsed text (:func:`find_cues`)
* :mod:`.frames`   belief frames: a verb cue's subject holds it and its clause
* :mod:`.sources`  whose statement a cue sits in (``source``, ``attribution_id``, ``source_basis``)
* :mod:`.scheme`   what counts as a hedge (mapping to CoNLL-2010 / Szeged and Hyland), per-source profiles
"""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.document import sentence_locator
from analysis.hedging.cues import Cue, classify_token, find_cues, negated_certainty
from analysis.hedging.frames import belief_frames
from analysis.hedging.lexicon import CATEGORIES, KINDS, baseline_terms, lexicon
from analysis.hedging.scheme import scheme_table, source_profile
from analysis.hedging.senses import SENSE_RULES
from analysis.hedging.sources import (
    NARRATOR_BASES,
    SOURCE_BASES,
    assign_source,
    narrators,
)

__all__ = ["CATEGORIES", "KINDS", "NARRATOR_BASES", "SENSE_RULES", "SOURCE_BASES", "Cue",
           "assign_source", "baseline_terms", "belief_frames", "classify_token", "find_cues", "find_hedges",
           "lexicon", "narrators", "negated_certainty", "scheme_table", "source_profile"]


def find_hedges(doc: Doc, *, sentences: list, attributions: list, sources: dict,
                document=None) -> list[Cue]:
    """Return every hedge, booster and approximator of a parsed document, in text order, with sources.

    Args:
        doc: the parsed document.
        sentences: its :class:`analysis.document.Sentence` list.
        attributions: its attribution records.
        sources: ``{sent_id: sentence source record}`` (``source_basis`` says whether a speaker
            or a narrator is the sentence's source).
        document: the :class:`analysis.corpus.Document` (for its id, paragraphs and outlet);
            without it hedge ids are ``h0, h1, ...`` and narration falls back on ``sources``.
    """
    if not sentences:
        return []
    sent_of = sentence_locator(sentences)
    doc_id = getattr(document, "doc_id", "")
    narrator = narrators(sentences, sources, attributions,
                         paragraphs=getattr(document, "paragraphs", None),
                         outlet=getattr(document, "metadata", {}).get("outlet", ""))
    text = doc.user_data.get("analysis_text") or doc.text
    cues = find_cues(doc)
    frames = belief_frames(doc, cues, attributions)
    out = []
    for i, cue in enumerate(cues):
        sid = sent_of(cue.start_char)
        located = assign_source(cue, attributions=attributions, narrator=narrator.get(sid, {}),
                                frames=frames, text=text)
        out.append(Cue(**{**located.__dict__, "sent_id": sid,
                          "hedge_id": f"{doc_id}:h{i}" if doc_id else f"h{i}"}))
    return out
