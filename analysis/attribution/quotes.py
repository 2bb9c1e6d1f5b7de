"""Direct quotations: finding them per paragraph and tying each to its speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.attribution.records import Attribution
from analysis.corpus import Document

_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))


# ---------------------------------------------------------------- quotes

def find_quotes(document: Document) -> list[tuple[int, int]]:
    """Return the inner spans of quotations (marks excluded), paragraph by paragraph."""
    spans = []
    for p_start, p_end in document.paragraphs:
        para = document.text[p_start:p_end]
        for opening, closing in _QUOTE_PAIRS:
            pattern = re.compile(re.escape(opening) + r"([^" + re.escape(closing + opening) +
                                 r"]{2,})" + re.escape(closing))
            spans.extend((p_start + m.start(1), p_start + m.end(1)) for m in pattern.finditer(para))
    return sorted(spans)


def attach_quotes(found: list[Attribution], quotes: list[tuple[int, int]], *,
                  document: Document, sent_of) -> list[Attribution]:
    """Return attributions with each quotation tied to its speaker (kind ``quote``).

    A speech verb whose content falls inside the quote, or whose sentence holds it, becomes
    the quote's attribution; a quote with no verb takes the speaker of the neighbouring
    sentence in the same paragraph, cued by its opening mark.
    """
    out = list(found)
    for q_start, q_end in quotes:
        q_sents = {sent_of(q_start), sent_of(max(q_end - 1, q_start))}
        owner = _quote_owner(out, q_start, q_end, q_sents)
        if owner is not None:
            index = out.index(owner)
            out[index] = replace(owner, kind="quote", content_span=(q_start, q_end))
            continue
        speaker = _neighbour_speaker(out, q_sents, document, q_start)
        out.append(Attribution(
            sent_id=sent_of(q_start), kind="quote",
            source=speaker.source if speaker else "unattributed",
            source_type=speaker.source_type if speaker else "unattributed",
            source_span=speaker.source_span if speaker else None, cue_span=None, cue_lemma="",
            content_span=(q_start, q_end),
            resolved_by=("anaphora" if speaker else "unresolved"),
        ))
    return out


def _quote_owner(found, q_start, q_end, q_sents) -> Attribution | None:
    """Return the verb attribution in the quote's sentences that reports it, if any."""
    for attribution in found:
        if attribution.kind != "verb" or attribution.sent_id not in q_sents:
            continue
        content = attribution.content_span
        if content is None or (content[0] < q_end and q_start < content[1]) or \
                not _spans_overlap_other(content, q_start, q_end):
            return attribution
    return None


def _spans_overlap_other(content, q_start, q_end) -> bool:
    """Return True when a content span lies clearly outside the quote."""
    return content[1] <= q_start - 2 or content[0] >= q_end + 2


def _neighbour_speaker(found, q_sents, document: Document, q_start: int) -> Attribution | None:
    """Return the attribution of the nearest sentence before or after the quote, same paragraph."""
    paragraph = next(((s, e) for s, e in document.paragraphs if s <= q_start < e), None)
    candidates = [a for a in found if a.kind in ("verb", "quote") and a.cue_span
                  and paragraph and paragraph[0] <= a.cue_span[0] < paragraph[1]]
    lo, hi = min(q_sents), max(q_sents)
    near = [a for a in candidates if a.sent_id in (lo - 1, hi + 1)]
    before = [a for a in candidates if a.sent_id < lo]
    pool = near or before
    return min(pool, key=lambda a: abs(a.cue_span[0] - q_start)) if pool else None

