"""Whose statement each cue sits in: the ``source``, ``attribution_id`` and ``source_basis`` of a cue.

One rule, in this order (``source_basis`` names the step that decided):

* ``cue``: the cue is (inside) an attribution's own cue, e.g. "analysts **expect**", "the
  opposition **claims**": it belongs to that attribution's source (a verb of cognition belongs
  to its subject). Not for a negated cue ("police have **not confirmed**"): a negated
  reporting verb attributes nothing, so the hedge is the narrator's.
* ``subject``: no attribution has the cue as its cue, but the cue is a verb of belief or
  evidence with a subject (a *belief frame*, :mod:`analysis.hedging.frames`: "many experts
  **suspect**"), or sits in such a verb's clause with no attribution nearer: it belongs to that
  subject; ``attribution_id`` is empty. Not inside a direct quotation: quoted words are the
  speaker's, a belief they report included ("“He really **believes** ...,” Clinton said").
* ``content``: the cue lies inside the content of one or more attributions (a quotation, a
  reported clause): it belongs to the source of the innermost one (shortest content).
* ``credit``, ``outlet``, ``unattributed``: the cue is in narration: it belongs to the narrator,
  i.e. the paragraph's or dateline's credit ("(Reuters)"), else the document's outlet, else
  ``unattributed`` — never to a speaker who merely appears in the same sentence.

Only these fields of an attribution record are read: ``kind``, ``source``, ``source_type``,
``cue_span``, ``content_span``, ``attribution_id`` (``credit`` kind = a narrator credit).
"""

from __future__ import annotations

from dataclasses import replace

from analysis.attribution.sources import narrator_record
from analysis.hedging.cues import Cue

SOURCE_BASES = ("cue", "subject", "content", "credit", "outlet", "unattributed")
NARRATOR_BASES = ("credit", "outlet", "unattributed")


QUOTE_MARKS = "\"“”«»„‘’'"


def is_quotation(attribution, text: str) -> bool:
    """Return True for a direct quotation: kind ``quote``, or content opening or closing with a quote mark."""
    span = attribution.content_span
    if getattr(attribution, "kind", "") == "quote":
        return True
    if not span or not text:
        return False
    inner = text[span[0]:span[1]].strip()
    before = text[max(span[0] - 1, 0):span[0]]
    return bool(inner) and (inner[0] in QUOTE_MARKS or inner[-1] in QUOTE_MARKS or before in QUOTE_MARKS)


def assign_source(cue: Cue, *, attributions: list, narrator: dict[str, str], frames: list = (),
                  text: str = "") -> Cue:
    """Return the cue with ``source``, ``source_type``, ``attribution_id``, ``source_basis``, ``in_quote``.

    Args:
        cue: a cue found by :func:`analysis.hedging.cues.find_cues` (its span is what is read).
        attributions: the document's attribution records.
        narrator: the narrator of the cue's sentence: ``source``, ``source_type``,
            ``source_basis`` (one of :data:`NARRATOR_BASES`) and ``attribution_id``.
        frames: belief frames of the document's verb cues (:func:`analysis.hedging.frames.belief_frames`).
        text: the document's text (a quotation is recognised by its quote marks too).
    """
    speech = [a for a in attributions if getattr(a, "kind", "") != "credit"]
    in_quote = any(_within(cue, a.content_span) and is_quotation(a, text) for a in speech)
    negated = cue.category == "negation" and cue.kind == "hedge"  # "have not confirmed" says nothing
    if in_quote:
        frames = ()  # a quotation is its speaker's words, beliefs it reports included
    owner, basis = None, "cue"
    if not negated:
        owner = next((a for a in speech if _within(cue, a.cue_span)), None)
        if owner is None:
            owner, basis = next((f for f in frames if _within(cue, f.cue_span)), None), "subject"
    if owner is None:
        covering = [a for a in (*speech, *frames) if _within(cue, a.content_span)]
        owner = min(covering, key=lambda a: a.content_span[1] - a.content_span[0]) if covering else None
        basis = "subject" if owner is not None and getattr(owner, "kind", "") == "belief" else "content"
    if owner is not None:
        return replace(cue, source=owner.source, source_type=owner.source_type,
                       attribution_id=owner.attribution_id, source_basis=basis, in_quote=in_quote)
    return replace(cue, source=narrator.get("source", "unattributed"),
                   source_type=narrator.get("source_type", "unattributed"),
                   attribution_id=narrator.get("attribution_id", ""),
                   source_basis=narrator.get("source_basis", "unattributed"), in_quote=in_quote)


def narrators(sentences: list, sources: dict[int, dict[str, str]], attributions: list, *,
              paragraphs: list[tuple[int, int]] | None = None, outlet: str = "") -> dict[int, dict[str, str]]:
    """Return ``{sent_id: narrator record}``: the paragraph credit, a dateline credit, the outlet.

    A sentence whose sentence source is already a narrator (basis ``credit``, ``outlet`` or
    ``unattributed``) keeps it; a sentence credited to a speaker (basis ``explicit``) gets the
    narrator it would have without that speaker, so narration never borrows a nearby speaker.
    """
    credits = [a for a in attributions if getattr(a, "kind", "") == "credit" and a.cue_span]
    dateline = next((c for c in credits if c.content_span and c.content_span[0] > c.cue_span[0]), None)
    out = {}
    for s in sentences:
        record = sources.get(s.sent_id, {})
        if record.get("source_basis") in NARRATOR_BASES:
            out[s.sent_id] = dict(record)
            continue
        para = paragraphs[s.paragraph_id] if paragraphs and s.paragraph_id < len(paragraphs) else None
        credit = next((c for c in credits if para and para[0] <= c.cue_span[0] < para[1]), None) or dateline
        out[s.sent_id] = narrator_record(credit, outlet=outlet)
    return out


def _within(cue: Cue, span: tuple[int, int] | None) -> bool:
    """Return True when the cue lies inside ``span`` (False for no span)."""
    return bool(span) and span[0] <= cue.start_char and cue.end_char <= span[1]
