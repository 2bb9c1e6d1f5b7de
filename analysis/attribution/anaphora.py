"""Pronoun and definite-description sources resolved to a named source nearby."""

from __future__ import annotations

from dataclasses import replace

from analysis import entities
from analysis.attribution.phrases import _type_of_entity
from analysis.attribution.records import Attribution, pronouns, role_nouns
from analysis.corpus import Document

# ---------------------------------------------------------------- anaphora

def resolve_anaphora(found: list[Attribution], *, document: Document,
                     mentions: list[entities.Mention]) -> list[Attribution]:
    """Return attributions whose pronoun or "the …" sources point at a named source nearby.

    The antecedent is the nearest earlier named source in the same paragraph: first earlier
    attributions' sources, then entity mentions, compatible in kind (a person for "he" and
    "the spokesman"; a body or government for "the officials", "it", "the briefings").
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
            stype = _type_of_entity(mention)
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

