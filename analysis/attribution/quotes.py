"""Direct quotations: finding them per paragraph and tying each to its speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from analysis.attribution.phrases import is_plausible_source, make_attribution
from analysis.attribution.records import OPENING_MARKS, Attribution
from analysis.corpus import Document
from analysis.nlp import doc_text

# ---------------------------------------------------------------- quotes
# News conventions for quotation marks, applied paragraph by paragraph so that one stray mark
# never flips the pairing for the rest of the article:
# * curly “…” and straight "…" marks pair with each other (a typed mix is common);
# * a straight mark opens after a space, a bracket or a dash and closes before one;
# * a quotation running over several paragraphs opens each paragraph and closes only on the
#   last: an opening mark at a paragraph's start with no closing mark quotes to its end;
# * two apostrophes ('') and an HTML entity left in the text (&quot;) are straight double marks;
#   three apostrophes are a double mark and a single one inside it: ''I said 'odd,''' he said;
# * an opening curly mark typed where a quotation closes ("“It is odd,“ he said") closes it;
# * an unpaired mark anywhere else is dropped (apostrophes typed as quote marks).
_OPEN, _CLOSE, _BOTH = "“«", "”»", '"'
_MARK = re.compile(r"[“«”»\"]|(?<!')''(?!')|(?<=\s)''(?=')|(?<=[^\s']')''(?!')|&quot;|&#34;")
#: Characters that open a quotation (and the straight marks that may).
#: A quotation mark or what a parse leaves of one at a span's edge ("quot;" of "&quot;").
_MARK_PIECE = re.compile(r"&?(?:quot|#34);?|[“«”»\"'’‘]")
_OPENING = frozenset(OPENING_MARKS)
#: A quotation shorter than this many words, with no reporting verb of its own, is a scare
#: quote, a title or a nickname ("dangerous", "Planet of the Apes"): not a statement.
MIN_STATEMENT_WORDS = 4
#: A reporting frame between the fragments of a split quotation (", he told reporters on Friday, ")
#: is at most this many characters long.
MAX_FRAME_CHARS = 80
_NOT_STATEMENT = re.compile(r"https?://|www\.|[=<>{}]|^\W*$")


def find_quotes(document: Document) -> list[tuple[int, int]]:
    """Return the inner spans of quotations (marks excluded), paired paragraph by paragraph."""
    spans = []
    paragraphs = list(document.paragraphs)
    for i, (p_start, p_end) in enumerate(paragraphs):
        following = paragraphs[i + 1][0] if i + 1 < len(paragraphs) else None
        continues = following is not None and document.text[following] in _OPEN + _BOTH
        spans.extend(_paragraph_quotes(document.text, p_start, p_end, continues=continues))
    return spans


def _paragraph_quotes(text: str, p_start: int, p_end: int, *, continues: bool) -> list[tuple[int, int]]:
    """Return the quotation spans of one paragraph (see the conventions above).

    ``continues``: the next paragraph opens with a quotation mark, so a quotation left open
    here runs on into it (and ends with this paragraph).
    """
    out, opened = [], None
    for mark in _MARK.finditer(text, p_start, p_end):
        i, width = mark.start(), len(mark.group())
        ch = _BOTH if width > 1 else mark.group()  # '' typed for a double mark, or an HTML entity
        before = text[i - 1] if i > p_start else " "
        after = text[i + width] if i + width < p_end else " "
        is_open = ch in _OPEN or (ch == _BOTH and (before.isspace() or before in "([—–-/") and
                                  not after.isspace())
        typo_close = ch == "“" and not before.isspace() and (after.isspace() or after in ",.;:!?")
        if opened is None and is_open:
            opened = i
        elif opened is not None and (ch in _CLOSE or (ch == _BOTH and not is_open) or typo_close):
            if i - opened > 2:
                out.append((_MARK.match(text, opened).end(), i))
            opened = None
    if opened is not None and (opened == p_start or continues) and p_end - opened > 3:
        out.append((_MARK.match(text, opened).end(), p_end))  # continued in the next paragraph
    return out


def is_statement(text: str, span: tuple[int, int]) -> bool:
    """Return True when a quotation can be a statement: enough words, not a URL or markup."""
    inner = text[span[0]:span[1]]
    return len(inner.split()) >= MIN_STATEMENT_WORDS and not _NOT_STATEMENT.search(inner)


def attach_quotes(found: list[Attribution], quotes: list[tuple[int, int]], *,
                  document: Document, sent_of, doc: Doc | None = None,
                  mentions: list | None = None) -> list[Attribution]:
    """Return attributions with each quotation tied to its speaker (kind ``quote``).

    A speech verb whose content falls inside the quote, or whose sentence holds it, becomes
    the quote's attribution. A quotation with no verb of its own that is a statement (see
    :func:`is_statement`) extends the content of its speaker's attribution: the speaker of the
    quotation it continues (a paragraph opening a quotation the previous one left open), of
    the neighbouring sentence in the same paragraph, of a lead-in paragraph ending in a colon,
    or (given ``doc``) the named subject of the previous sentence. A quote whose speaker is not
    found gives no row.
    """
    out = list(found)
    holder: dict[tuple[int, int], int] = {}  # quote -> index in ``out`` of its attribution
    for number, (q_start, q_end) in enumerate(quotes):
        q_sents = {sent_of(q_start), sent_of(max(q_end - 1, q_start))}
        owner = _quote_owner(out, q_start, q_end, q_sents, text=document.text)
        if owner is not None:
            index = out.index(owner)
            out[index] = _with_quote(owner, q_start, q_end, kind="quote", text=document.text)
            holder[(q_start, q_end)] = index
            continue
        if not is_statement(document.text, (q_start, q_end)):
            continue
        index = _continued(quotes, number, holder, document)
        if index is None and doc is not None:
            lead = colon_name_speaker(document.text, q_start, mentions=mentions or [], sent_of=sent_of) or \
                colon_verb_speaker(doc, q_start, mentions=mentions or [], sent_of=sent_of)
            if lead is not None:
                out.append(lead)
                index = len(out) - 1
        if index is None:
            speaker = _neighbour_speaker(out, q_sents, document, q_start)
            index = out.index(speaker) if speaker is not None else None
        if index is None:
            lead = lead_in_speaker(document, q_start, doc=doc, mentions=mentions or [], sent_of=sent_of)
            if lead is not None:
                out.append(lead)
                index = len(out) - 1
        if index is None:
            speaker = _previous_paragraph_speaker(out, document, (q_start, q_end), sent_of,
                                                  mentions=mentions or [])
            index = out.index(speaker) if speaker is not None else None
        if index is not None and _crosses(out[index], (q_start, q_end), document):
            out.append(_continuation(out[index], q_start, q_end, sent_of))
            holder[(q_start, q_end)] = len(out) - 1
        elif index is not None:
            out[index] = _with_quote(out[index], q_start, q_end)
            holder[(q_start, q_end)] = index
    return join_split_quotes(out, quotes, document.text)


def _crosses(attribution: Attribution, quote: tuple[int, int], document: Document) -> bool:
    """Return True when adding a quotation to an attribution's content would cross a paragraph break.

    “…,” said Tom Berg. / “…”: the hull of both would take in the frame and the break, so the
    quotation is kept as a span of its own. (Within a paragraph, “…,” X said. “…” stays one
    content span, as PolNeAR annotates it: separate rows there cost 0.04 F1 on dev.)
    """
    content = attribution.content_span
    if content is None:
        return False
    hull = (min(content[0], quote[0]), max(content[1], quote[1]))
    return "\n" in document.text[hull[0]:hull[1]]


def _continuation(attribution: Attribution, q_start: int, q_end: int, sent_of) -> Attribution:
    """Return a row of its own for a quotation that goes on in an earlier speaker's voice.

    Its source is that speaker (the span where they were named), with no cue of its own, like
    a quotation given to the subject of the sentence before it (``resolved_by``
    ``previous_sentence``).
    """
    return replace(attribution, sent_id=sent_of(q_start), kind="quote", cue_span=None, cue_lemma="",
                   content_span=(q_start, q_end), resolved_by="previous_sentence", attribution_id="")


def join_split_quotes(found: list[Attribution], quotes: list[tuple[int, int]], text: str) -> list[Attribution]:
    """Return attributions whose frame splits a quotation with content over both fragments.

    “Our plan,” she said, “is that perhaps …”: the frame (source and cue) sits between a closing
    and an opening mark, at most :data:`MAX_FRAME_CHARS` apart; whichever fragment the frame's
    attribution holds, its content becomes the hull of both (fragments under four words too).
    """
    out = []
    for attribution in found:
        cue, content = attribution.cue_span, attribution.content_span
        if attribution.kind not in ("quote", "verb") or cue is None or content is None:
            out.append(attribution)
            continue
        before = next((q for q in quotes if q[1] <= cue[0] and cue[0] - q[1] <= MAX_FRAME_CHARS), None)
        after = next((q for q in quotes if q[0] >= cue[1] and q[0] - cue[1] <= MAX_FRAME_CHARS), None)
        if before is None or after is None or not (_touches(content, before) or _touches(content, after)) \
                or not _is_frame(text[before[1] - 1:after[0]]):
            out.append(attribution)
            continue
        hull = (min(before[0], content[0]), max(after[1], content[1]))
        out.append(replace(attribution, kind="quote", content_span=hull))
    return out


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Return True when two character spans overlap."""
    return a[0] < b[1] and b[0] < a[1]


def _is_frame(between: str) -> bool:
    """Return True when the text from a fragment's last character to the next fragment is a frame.

    ``,” he said, “`` and ``”, he said, “`` (the comma inside or outside the marks).
    """
    inner = between.strip(" '" + _OPEN + _CLOSE + _BOTH)
    frame = inner.strip(" ,'" + _OPEN + _CLOSE + _BOTH)
    return inner.startswith(",") and inner.endswith(",") and not any(c in frame for c in _OPEN + _CLOSE + _BOTH + "!?\n")


def _with_quote(attribution: Attribution, q_start: int, q_end: int, *, kind: str = "",
                text: str = "") -> Attribution:
    """Return ``attribution`` with a quotation added to its content (the hull of both).

    A verb whose parsed clause holds the quotation and more ("said she won “every last
    vote” and perhaps …", a mixed quotation) keeps its clause and its kind; otherwise the
    quotation replaces the verb's parsed content and the attribution becomes a ``quote``.
    """
    content = attribution.content_span
    if kind == "quote" and attribution.kind == "verb" and content is not None and text and \
            (_holds(text, content, (q_start, q_end)) or _runs_into(attribution, q_start, text)):
        return replace(attribution, content_span=(min(content[0], q_start), max(content[1], q_end)))
    if kind == "quote" and attribution.kind != "quote":
        content = None  # a verb's parsed content is replaced by the exact quotation
    content = (q_start, q_end) if content is None else (min(content[0], q_start), max(content[1], q_end))
    return replace(attribution, kind=kind or attribution.kind, content_span=content)


def _holds(text: str, content: tuple[int, int], quote: tuple[int, int]) -> bool:
    """Return True when a reported clause holds a quotation and more words (a mixed quotation).

    The clause may stop short of the quotation's closing punctuation ("… because ''I'll report it.''").
    """
    outside_left = text[min(content[0], quote[0]):quote[0]] if content[0] <= quote[0] else text[quote[0]:content[0]]
    outside_right = text[quote[1]:content[1]] if content[1] >= quote[1] else text[content[1]:quote[1]]
    covered = (content[0] <= quote[0] or not any(c.isalnum() for c in outside_left)) and \
        (content[1] >= quote[1] or not any(c.isalnum() for c in outside_right))
    more = text[content[0]:quote[0]] + " " + text[quote[1]:content[1]]
    return covered and any(ch.isalnum() for ch in _MARK_PIECE.sub("", more))


def _continued(quotes, number: int, holder: dict, document: Document) -> int | None:
    """Return the attribution index of the quotation this one continues from the paragraph before."""
    if number == 0:
        return None
    q_start = quotes[number][0]
    previous = quotes[number - 1]
    para = next(((s, e) for s, e in document.paragraphs if s <= q_start < e), None)
    before = next(((s, e) for s, e in document.paragraphs if s <= previous[0] < e), None)
    if para is None or before is None or q_start != para[0] + 1 or previous[1] != before[1]:
        return None
    return holder.get(previous)


def _quote_owner(found, q_start, q_end, q_sents, *, text: str = "") -> Attribution | None:
    """Return the verb attribution in the quote's sentences that reports it, if any.

    Else the verb whose reported clause runs on into the quotation later in its sentence
    ("the chief also said that the cause was unknown, and there was “no sign” yet").
    A frame right after the quotation ("“…,” X said …", "“…?” asked X") owns it first, whatever
    the parser hung on the verb after it (see :func:`frames_quote`).
    """
    framed = [a for a in found if a.kind == "verb" and frames_quote(a, q_start, q_end, text)]
    if framed:
        return min(framed, key=lambda a: a.cue_span[0])  # "“…,” he said, adding …": said
    candidates = []
    for attribution in found:
        if attribution.kind != "verb" or attribution.sent_id not in q_sents:
            continue
        content = attribution.content_span
        if content is None or (content[0] < q_end and q_start < content[1]) or \
                not _spans_overlap_other(content, q_start, q_end):
            candidates.append(attribution)
    if candidates:  # "… had phoned and they said, “Great.”": the frame next to the quotation
        return min(candidates, key=lambda a: _distance(a.cue_span, q_start, q_end))
    return next((a for a in found if a.kind == "verb" and a.sent_id in q_sents and _runs_into(a, q_start, text)),
                None)


def _distance(cue: tuple[int, int] | None, q_start: int, q_end: int) -> int:
    """Return how many characters separate a cue from a quotation (0 inside it; no cue: far)."""
    if cue is None:
        return 10 ** 9
    return max(q_start - cue[1], cue[0] - q_end, 0)


def frames_quote(attribution: Attribution, q_start: int, q_end: int, text: str) -> bool:
    """Return True when a verb's frame (source and cue, either order) follows a quotation at once.

    The quotation is a statement (:func:`is_statement`) that opens its clause (no word right
    before its opening mark: not a mixed quotation, “admitted he had ‘been there,’ he claimed”),
    it ends as one before its frame does (``,”`` ``?”`` ``!”`` or ``”,``), and nothing but marks,
    a comma and spaces stands between it and the frame: “It will pass,” Lee said in May on the
    show “Today.” reports the quotation, not the title or the adjunct after the verb.
    """
    cue, source = attribution.cue_span, attribution.source_span
    if not text or cue is None or source is None or cue[0] < q_end or q_end < 1 or \
            not is_statement(text, (q_start, q_end)):
        return False
    before = text[:q_start].rstrip(_OPEN + _BOTH + "'‘ \u00a0")
    if before and before[-1].isalnum():
        return False  # a mixed quotation, or one its lead-in introduces ("Lee replied: “…?”")
    content = attribution.content_span
    lead = text[cue[1]:content[0]].strip(" ,:\u00a0") if content is not None and content[0] >= cue[1] else ""
    if lead and lead[-1] in (_OPEN + _BOTH + "‘") and len(lead[:-1].split()) <= 1:
        return False  # the verb introduces a quotation of its own ("“…?” Lee wrote back “…”")
    frame_start = min(cue[0], source[0]) if source[0] >= q_end else cue[0]
    if source[0] < q_end or frame_start - q_end > MAX_FRAME_CHARS:
        return False
    between = text[q_end:frame_start]
    ends_as_quote = text[q_end - 1] in ",?!" or between.lstrip(_CLOSE + _BOTH + "'").startswith(",")
    return ends_as_quote and not between.strip(_CLOSE + _BOTH + "', \u00a0\t")


def _runs_into(attribution: Attribution, q_start: int, text: str) -> bool:
    """Return True when a verb's clause follows its cue and runs on, in one sentence, into a quotation."""
    cue, content = attribution.cue_span, attribution.content_span
    if not text or cue is None or content is None or not cue[1] <= content[0] < content[1] <= q_start:
        return False
    between = text[content[1]:q_start]
    return len(between) <= MAX_FRAME_CHARS and not re.search(r"[.!?]\s|\n", between)


def _previous_paragraph_speaker(found, document: Document, quote: tuple[int, int], sent_of, *,
                                mentions: list) -> Attribution | None:
    """Return the speaker of a paragraph-opening quotation from the paragraph before it, or None.

    “We will appeal,” said Tom Berg. / “The ruling ignores the evidence.”: the previous
    paragraph ends with a quotation and its frame (at most :data:`MAX_FRAME_CHARS` after it),
    and no speaker of the new paragraph is found: the quotation goes on in the same voice.
    Not when the new paragraph names a person after the quotation ("That was the view of
    Mayor Ann Cole"): that person is more likely its speaker.
    """
    q_start, q_end = quote
    paras = list(document.paragraphs)
    index = next((i for i, (s, e) in enumerate(paras) if s <= q_start < e), None)
    text = document.text
    if not index or text[paras[index][0]:q_start].strip(" " + _OPEN + _BOTH):
        return None
    if any(m.label == "PERSON" and q_end <= m.start_char < paras[index][1] for m in mentions):
        return None
    before = paras[index - 1]
    last = sent_of(max(before[1] - 1, before[0]))
    quoted = [a for a in found if a.kind == "quote" and a.cue_span and a.content_span and a.sent_id == last
              and before[0] <= a.cue_span[0] < before[1] and 0 <= before[1] - a.content_span[1] <= MAX_FRAME_CHARS]
    return max(quoted, key=lambda a: a.content_span[1]) if quoted else None


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



def colon_verb_speaker(doc: Doc, q_start: int, *, mentions: list, sent_of) -> Attribution | None:
    """Return the speaker of a quotation introduced by any verb and a colon in its own sentence.

    "Mr. Smith replied: “That suits us.”", "She went on: …", "Article 33 affirms: …":
    the colon and the quotation make the verb a verb of saying; its subject is the source.
    """
    text = doc_text(doc)
    i = q_start - 1
    while i > 0 and (text[i].isspace() or text[i] in _OPENING):
        i -= 1
    if text[i] != ":":
        return None
    colon = doc.char_span(i, i + 1, alignment_mode="expand")
    verb = colon[0].head if colon is not None else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i > colon[0].i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_plausible_source(subject, mentions, lenient=True):
        return None
    return make_attribution(verb, subject, "quote", None, sent_of, mentions)


def colon_name_speaker(text: str, q_start: int, *, mentions: list, sent_of) -> Attribution | None:
    """Return the speaker named right before the colon that introduces a quotation, or None.

    "Why the ferry runs late - Captain Ida Brun: “The engines are older than I am …”", "More from Okafor: “…”":
    a person or organisation the entity layer found, after a dash, a paragraph start or "from",
    then only a colon, then the quotation.
    """
    i = q_start - 1
    while i > 0 and (text[i].isspace() or text[i] in _OPENING):
        i -= 1
    if text[i] != ":":
        return None
    colon = i
    while i > 0 and text[i - 1].isspace():
        i -= 1
    named = next((m for m in mentions if m.end_char == i and m.label in ("PERSON", "ORG")), None)
    if named is None:
        return None
    before = text[:named.start_char].rstrip(" ")
    if before and before[-1] not in "-–—\n" and not before.lower().endswith(" from"):
        return None  # "He told CNN: “…”": the name is the verb's audience, not a label
    stype = "person" if named.label == "PERSON" else "organisation"
    return Attribution(sent_id=sent_of(colon), kind="quote", source=named.entity, source_type=stype,
                       source_span=(named.start_char, named.end_char), cue_span=(colon, colon + 1),
                       cue_lemma="", content_span=None)


def lead_in_speaker(document: Document, q_start: int, *, doc: Doc | None, mentions: list,
                    sent_of) -> Attribution | None:
    """Return the speaker of a verb-less quotation from its lead-in, or None.

    * A lead-in paragraph ending in a colon ("And from the port authority's head, Ida Brun:"):
      its last named person or body, cued by the colon.
    * A quotation whose speaker is the named subject of the previous sentence ("Senator Olga
      Marin turned to the chief executive. “Your customers deserve an answer.”").
    """
    paras = list(document.paragraphs)
    index = next((i for i, (s, e) in enumerate(paras) if s <= q_start < e), None)
    if index is None:
        return None
    text = document.text
    if index > 0 and q_start == paras[index][0] + 1 and text[paras[index - 1][1] - 1] == ":":
        lead_start, colon = paras[index - 1][0], paras[index - 1][1] - 1
        named = [m for m in mentions if lead_start <= m.start_char and m.end_char <= colon
                 and m.label in ("PERSON", "ORG", "GPE")]
        if named:
            m = named[-1]
            return Attribution(sent_id=sent_of(colon), kind="quote", source=m.entity,
                               source_type="person" if m.label == "PERSON" else "organisation",
                               source_span=(m.start_char, m.end_char), cue_span=(colon, colon + 1),
                               cue_lemma="", content_span=None)
    return _previous_subject(doc, q_start, paras[index], mentions, sent_of) if doc is not None else None


def _previous_subject(doc: Doc, q_start: int, para: tuple[int, int], mentions: list,
                      sent_of) -> Attribution | None:
    """Return the named person subject of the sentence before a quotation, same paragraph."""
    span = doc.char_span(q_start, q_start + 1, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    previous = doc[span.sent.start - 1].sent
    if previous.start_char < para[0]:
        return None
    subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    person = next((m for m in mentions if m.start_char <= subject.idx < m.end_char and m.label == "PERSON"), None)
    if person is None:
        return None
    return Attribution(sent_id=sent_of(q_start), kind="quote", source=person.entity, source_type="person",
                       source_span=(person.start_char, person.end_char), cue_span=None, cue_lemma="",
                       content_span=None, resolved_by="previous_sentence")
