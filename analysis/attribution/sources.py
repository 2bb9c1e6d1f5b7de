"""The source of every sentence: explicit attribution, credit, outlet or unattributed."""

from __future__ import annotations

from analysis.attribution.records import Attribution
from analysis.corpus import Document

# ---------------------------------------------------------------- sentence sources

def sentence_sources(document: Document, sentences: list,
                     attributions: list[Attribution]) -> dict[int, dict[str, str]]:
    """Return ``{sent_id: {source, source_type, source_basis, attribution_id}}`` for every sentence.

    An explicit attribution in (or a quote covering) the sentence wins; else the paragraph's
    credit; else a dateline credit of the document; else the document's outlet; else
    ``unattributed``.
    """
    explicit: dict[int, Attribution] = {}
    for a in attributions:
        if a.kind == "credit":
            continue
        covered = {a.sent_id}
        if a.kind == "quote" and a.content_span:
            covered |= {s.sent_id for s in sentences
                        if s.start_char < a.content_span[1] and a.content_span[0] < s.end_char}
        for sid in covered:
            explicit.setdefault(sid, a)
    credits = [a for a in attributions if a.kind == "credit"]
    dateline = next((c for c in credits if c.cue_lemma == "credit" and c.content_span
                     and c.content_span[0] > c.cue_span[0]), None)
    outlet = document.metadata.get("outlet", "")
    out = {}
    for s in sentences:
        para = document.paragraphs[s.paragraph_id] if document.paragraphs else (0, 0)
        credit = next((c for c in credits if para[0] <= c.cue_span[0] < para[1]), None)
        if s.sent_id in explicit:
            a = explicit[s.sent_id]
            out[s.sent_id] = _basis(a.source, a.source_type, "explicit", a.attribution_id)
        else:
            out[s.sent_id] = narrator_record(credit or dateline, outlet=outlet)
    return out


def narrator_record(credit: Attribution | None, *, outlet: str) -> dict[str, str]:
    """Return the narrator of a sentence no speaker claims: its credit, else the outlet, else nobody.

    The record has ``source``, ``source_type``, ``source_basis`` (``credit``, ``outlet`` or
    ``unattributed``) and ``attribution_id``; the hedging layer uses it for narration too.
    """
    if credit is not None:
        return _basis(credit.source, credit.source_type, "credit", credit.attribution_id)
    if outlet:
        return _basis(outlet, "media", "outlet", "")
    return _basis("unattributed", "unattributed", "unattributed", "")


def _basis(source: str, source_type: str, basis: str, attribution_id: str) -> dict[str, str]:
    """Return a sentence-source record."""
    return {"source": source, "source_type": source_type, "source_basis": basis,
            "attribution_id": attribution_id}
