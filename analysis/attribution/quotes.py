"""Direct quotations: finding them per paragraph and tying each to its speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.attribution.records import Attribution
from analysis.corpus import Document

# ---------------------------------------------------------------- quotes
# News conventions for quotation marks, applied paragraph by paragraph so that one stray mark
# never flips the pairing for the rest of the article:
# * curly “…” and straight "…" marks pair with each other (a typed mix is common);
# * a straight mark opens after a space, a bracket or a dash and closes before one;
# * a quotation running over several paragraphs opens each paragraph and closes only on the
#   last: an opening mark at a paragraph's start with no closing mark quotes to its end;
# * an unpaired mark anywhere else is dropped (apostrophes typed as quote marks, ``&quot;``).
_OPEN, _CLOSE, _BOTH = "“«", "”»", '"'
#: A quotation shorter than this many words, with no reporting verb of its own, is a scare
#: quote, a title or a nickname ("dangerous", "Planet of the Apes"): not a statement.
MIN_STATEMENT_WORDS = 4
_NOT_STATEMENT = re.compile(r"https?://|www\.|[=<>{}]|^\W*$")


def find_quotes(document: Document) -> list[tuple[int, int]]:
    """Return the inner spans of quotations (marks excluded), paired paragraph by paragraph."""
    spans = []
    for p_start, p_end in document.paragraphs:
        spans.extend(_paragraph_quotes(document.text, p_start, p_end))
    return spans


def _paragraph_quotes(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """Return the quotation spans of one paragraph (see the conventions above)."""
    out, opened = [], None
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in _OPEN and ch not in _CLOSE and ch != _BOTH:
            continue
        before = text[i - 1] if i > p_start else " "
        after = text[i + 1] if i + 1 < p_end else " "
        is_open = ch in _OPEN or (ch == _BOTH and (before.isspace() or before in "([—–-/") and
                                  not after.isspace())
        if opened is None and is_open:
            opened = i
        elif opened is not None and (ch in _CLOSE or (ch == _BOTH and not is_open)):
            if i - opened > 2:
                out.append((opened + 1, i))
            opened = None
    if opened is not None and opened == p_start and p_end - opened > 3:
        out.append((opened + 1, p_end))  # a quotation continued in the next paragraph
    return out


def is_statement(text: str, span: tuple[int, int]) -> bool:
    """Return True when a quotation can be a statement: enough words, not a URL or markup."""
    inner = text[span[0]:span[1]]
    return len(inner.split()) >= MIN_STATEMENT_WORDS and not _NOT_STATEMENT.search(inner)


def attach_quotes(found: list[Attribution], quotes: list[tuple[int, int]], *,
                  document: Document, sent_of) -> list[Attribution]:
    """Return attributions with each quotation tied to its speaker (kind ``quote``).

    A speech verb whose content falls inside the quote, or whose sentence holds it, becomes
    the quote's attribution. A quotation with no verb of its own that is a statement (see
    :func:`is_statement`) extends the content of the speaker's attribution in the neighbouring
    sentence of the same paragraph (or the previous paragraph's last speaker when the
    paragraph opens with it); a quote whose speaker is not found gives no row.
    """
    out = list(found)
    for q_start, q_end in quotes:
        q_sents = {sent_of(q_start), sent_of(max(q_end - 1, q_start))}
        owner = _quote_owner(out, q_start, q_end, q_sents)
        if owner is not None:
            index = out.index(owner)
            content = owner.content_span
            if owner.kind == "quote" and content:  # a second quotation of the same verb
                content = (min(content[0], q_start), max(content[1], q_end))
            else:
                content = (q_start, q_end)
            out[index] = replace(owner, kind="quote", content_span=content)
            continue
        if not is_statement(document.text, (q_start, q_end)):
            continue
        speaker = _neighbour_speaker(out, q_sents, document, q_start)
        if speaker is None:
            continue
        index = out.index(speaker)
        content = speaker.content_span or (q_start, q_end)
        out[index] = replace(speaker, content_span=(min(content[0], q_start), max(content[1], q_end)))
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

