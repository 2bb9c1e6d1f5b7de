"""Wire credits: "(TASS)" paragraph ends, datelines, em-dash credits."""

from __future__ import annotations

import re

from analysis import entities
from analysis.attribution.records import Attribution, source_terms
from analysis.attribution.signatures import is_byline, signed_block
from analysis.corpus import Document

_CREDIT_END = re.compile(r"\s*\((?P<outlet>[A-Z][A-Za-z&.\- ]{0,40}?)\)\s*$")
_EMDASH_END = re.compile(r"\s+(?P<cue>[—–]\s?(?P<outlet>[A-Z][A-Za-z&.\- ]{0,30}?))\s*$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z.]*)*),?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?"
    r"(?P<cue>\((?P<outlet>[A-Za-z][\w .&\-]{0,30})\)\s*[-–—]+)\s*"
)

#: A quotation signed with a dash: "“… serve the public well.” —Commissioner Samuel Osei".
#: The dash may be an em dash, an en dash or a horizontal bar (U+2015, "” ― Jane Doe."); the opening
#: mark may be typed the wrong way round (”…”).
_QUOTE_DASH = re.compile(r"^\s*[“”\"](?P<quote>.+?)[”\"]\s*(?P<cue>[—–―])\s*"
                         r"(?P<name>[A-Z][\w.'’\- ]{1,60}?)[\s.]*$")

#: An image credit closing a caption: "A wood ant, from file. Image: Jane Roe." (the label also in
#: lower case, run on after the caption: "… near the station image: Roe and Lee").
_IMAGE_CREDIT = re.compile(r"(?:^|(?<=\s))(?P<cue>(?:[Ii]mage|[Pp]hoto|[Pp]hotograph|[Pp]icture|[Cc]redit)s?\s?[:;])\s*"
                           r"(?P<outlet>[A-Z][^:;\n]{1,60}?)[\s.]*$")


# ---------------------------------------------------------------- credits

def find_credits(document: Document, *, sent_of) -> list[Attribution]:
    """Return wire credits: "(TASS)" paragraph ends, datelines, em-dash credits."""
    out = []
    text = document.text
    for index, (p_start, p_end) in enumerate(document.paragraphs):
        para = text[p_start:p_end]
        end_match = _CREDIT_END.search(para) or _EMDASH_END.search(para)
        if end_match and _is_outlet(end_match.group("outlet")):
            cue_start = p_start + (end_match.start("cue") if "cue" in end_match.groupdict()
                                   else end_match.start() + len(end_match.group()) -
                                   len(end_match.group().lstrip()))
            cue_end = p_start + end_match.end() - (len(end_match.group()) -
                                                   len(end_match.group().rstrip()))
            content = (p_start, p_start + len(para[:end_match.start()].rstrip()))
            out.append(_credit(end_match, p_start, (cue_start, cue_end), content, sent_of))
        image = _IMAGE_CREDIT.search(para)
        if image:
            caption = (p_start, p_start + len(para[:image.start()].rstrip()))
            cue = (p_start + image.start("cue"), p_start + image.end("cue"))
            author = image.group("outlet").strip()
            stype = "media" if _is_outlet(author) else source_terms().get(author.lower(), "person")
            out.append(_credit(image, p_start, cue, caption if caption[1] > caption[0] else None, sent_of,
                               source_type=stype))
            continue
        signed = _QUOTE_DASH.match(para)
        if signed and not is_byline(signed.group("name")):
            out.append(signed_quote(signed, p_start, sent_of))
            continue
        block = None if end_match and _is_outlet(end_match.group("outlet")) else \
            signed_block(text, document.paragraphs, index, sent_of=sent_of)
        if block is not None:
            out.append(block)
            continue
        date_match = _DATELINE.match(para)
        if date_match and _is_outlet(date_match.group("outlet")):
            cue = (p_start + date_match.start("cue"), p_start + date_match.end("cue"))
            content = (p_start + date_match.end(), p_end) if date_match.end() < len(para) else None
            out.append(_credit(date_match, p_start, cue, content, sent_of))
    return out


def signed_quote(match: re.Match, offset: int, sent_of) -> Attribution:
    """Return the attribution of a quotation signed with a dash: the person named after it."""
    name_start, name_end = offset + match.start("name"), offset + match.end("name")
    name = match.group("name")
    for title in entities.person_titles():
        if name.startswith(title + " "):
            name_start += len(title) + 1
            name = name[len(title) + 1:]
            break
    cue = offset + match.start("cue")
    return Attribution(
        sent_id=sent_of(cue), kind="quote", source=entities.canonical_name(name, label="PERSON"),
        source_type="person", source_span=(name_start, name_end), cue_span=(cue, cue + 1),
        cue_lemma="", content_span=(offset + match.start("quote"), offset + match.end("quote")),
        resolved_by="explicit")


def _credit(match: re.Match, offset: int, cue, content, sent_of, *, source_type: str = "media") -> Attribution:
    """Return a credit attribution for a matched outlet (or, for an image, its author)."""
    outlet = match.group("outlet").strip()
    start = offset + match.start("outlet")
    return Attribution(
        sent_id=sent_of(cue[0]), kind="credit", source=entities.canonical_name(outlet, label="ORG"), source_type=source_type,
        source_span=(start, start + len(outlet)), cue_span=cue, cue_lemma="credit",
        content_span=content if content and content[1] > content[0] else None,
        resolved_by="credit",
    )


def _is_outlet(name: str) -> bool:
    """Return True when a credited name is a known outlet or a short all-capitals agency."""
    name = name.strip()
    return source_terms().get(name.lower()) == "media" or (name.isupper() and 2 <= len(name) <= 8)

