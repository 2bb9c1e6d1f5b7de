"""Pronoun and definite-description sources resolved to a named source nearby."""

from __future__ import annotations

from dataclasses import replace

from analysis import entities
from analysis.attribution.phrases import type_of_entity
from analysis.attribution.records import Attribution, pronouns, role_nouns
from analysis.corpus import Document

# ---------------------------------------------------------------- anaphora

def resolve_anaphora(found: list[Attribution], *, document: Document,
                     mentions: list[entities.Mention]) -> list[Attribution]:
    """Return attributions whose pronoun or "the …" sources point at a named source nearby.

    The antecedent is the nearest earlier named source in the same paragraph: first earlier
    attributions' sources, then entity mentions, compatible in kind (a person for "he" and
    "the spokesman"; a body or government for "the officials", "it", "the briefings"). A
    pronoun with none in its paragraph takes the last compatible speaker of the paragraph
    before ("“We will appeal,” said Tom Berg.\n“The ruling ignores the evidence,” he added.").
    """
    ordered = sorted(found, key=lambda a: a.bounds()[0])
    out = []
    for attribution in ordered:
        if attribution.resolved_by != "pending":
            out.append(attribution)
            continue
        anchor = (attribution.source_span or attribution.cue_span)[0]
        paragraph = next(((s, e) for s, e in document.paragraphs if s <= anchor < e), (0, anchor))
        antecedent = _antecedent(attribution, out, mentions, paragraph, anchor)
        if antecedent is None and attribution.source in pronouns():
            antecedent = _previous_speaker(attribution, out, document, paragraph)
        if antecedent is None:
            resolved_by = "unresolved"
            stype = attribution.source_type if attribution.source_type != "unattributed" else \
                ("person" if pronouns().get(attribution.source) == "person" else "unattributed")
            out.append(replace(attribution, resolved_by=resolved_by, source_type=stype))
            continue
        name, stype = antecedent
        if attribution.source_type == "document":
            stype = "document"
        out.append(replace(attribution, source=name, source_type=stype, resolved_by="anaphora"))
    return out


def _antecedent(attribution, earlier, mentions, paragraph, anchor) -> tuple[str, str] | None:
    """Return ``(name, type)`` of the nearest compatible named source before ``anchor``."""
    want = _wanted_kind(attribution)
    named = [(a.bounds()[0], a.source, a.source_type) for a in earlier
             if a.resolved_by in ("explicit", "anaphora") and a.kind != "credit"
             and paragraph[0] <= a.bounds()[0] < anchor]
    for _, name, stype in sorted(named, reverse=True):
        if _compatible(want, stype):
            return name, stype
    for mention in sorted(mentions, key=lambda m: -m.start_char):
        if paragraph[0] <= mention.start_char < anchor and mention.label in ("PERSON", "ORG", "GPE"):
            stype = type_of_entity(mention)
            if _compatible(want, stype):
                return mention.entity, stype
    return None


def _wanted_kind(attribution: Attribution) -> str:
    """Return "person" or "body" for what a pronoun or description can refer to."""
    source = attribution.source.split()[-1] if attribution.source else ""
    if pronouns().get(source) == "person" or source in role_nouns():
        return "person"
    return "body"


def _compatible(want: str, stype: str) -> bool:
    """Return True when a source of type ``stype`` can be what a pronoun/description means."""
    if want == "person":
        return stype == "person"
    return stype in ("government", "organisation", "media")



def _previous_speaker(attribution, earlier, document: Document, paragraph) -> tuple[str, str] | None:
    """Return ``(name, type)`` of the last compatible named speaker of the previous paragraph."""
    starts = [s for s, _ in document.paragraphs]
    if paragraph[0] not in starts or starts.index(paragraph[0]) == 0:
        return None
    before = document.paragraphs[starts.index(paragraph[0]) - 1]
    want = _wanted_kind(attribution)
    speakers = [a for a in earlier if a.resolved_by in ("explicit", "anaphora") and a.kind != "credit"
                and before[0] <= a.bounds()[0] < before[1] and _compatible(want, a.source_type)]
    return (speakers[-1].source, speakers[-1].source_type) if speakers else None
