"""Speaker labels: is the name before a line-opening colon a speaker ("KESTREL: …", "Ann Lee: …")?

One judge for both places a label is read: a sentence opening with a name and a colon
(``colon_speaker`` in :mod:`analysis.attribution.constructions`) and a transcript turn opening a
paragraph (:mod:`analysis.attribution.transcripts`). A label is one to four capitalised words
before the colon and names a speaker when it is

* a person the entity layer found there ("Ann Lee: We will not stop."; the last one named), or an
  outlet or agency (an organisation typed ``media`` or ``government``: "Daily Ledger: …"),
* the surname of the one person of that name in the article ("Lee: Talks Go On" as a headline),
* a document or outlet noun ("Poll: …", "Newspaper: …"), or
* in capitals ("KESTREL:", "SEN. ORLA VANCE:") with support from the article: a person there
  with that surname, or at least :data:`MIN_SHOUTED_TURNS` paragraphs opening with a label in
  capitals (a transcript). A heading in capitals on its own ("AGENDA: …", "NBA: …",
  "DOW JONES: …") names no one.

Headings and stage directions ("UPDATE:", "Note:", "MORE:", ``not_speaker_labels.txt``), places and
dates ("WASHINGTON:") and short capitals ("Q:", "A:", "UN:") are not labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import entities, lexicons
from analysis.attribution.phrases import full_person_name, type_of_entity
from analysis.attribution.records import NAME_WORDS, OPENING_MARKS, source_terms

#: Marks that may open a paragraph before its label (a transcript quoted as a block).
LEAD_MARKS = " \t" + OPENING_MARKS
_WORDS = NAME_WORDS
#: A label and its colon at a paragraph's start, words after it.
LABEL = re.compile(rf"(?P<label>{_WORDS}) ?:\s+(?=\S)")
#: A label in capitals names a speaker in at most this many words ("SEN. ORLA VANCE:").
MAX_SHOUTED_WORDS = 3
#: Paragraphs opening with a label in capitals that make a document a transcript.
MIN_SHOUTED_TURNS = 2
_SHOUTED_TURN = re.compile(rf"(?m)^[ \t{re.escape(OPENING_MARKS)}]*[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){{0,2}} ?:\s+\S")
_NOT_PERSON = ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")


@lru_cache(maxsize=1)
def not_speaker_labels() -> frozenset[str]:
    """Return lower-case words that open a paragraph with a colon but name no speaker."""
    return frozenset(lexicons.terms("not_speaker_labels.txt"))


def label_source(text: str, span: tuple[int, int], *, mentions: list) -> tuple[str, str] | None:
    """Return ``(source name, source type)`` of the label at ``span`` (before a colon), or None.

    See the module docstring for what counts as a speaker label.
    """
    label = text[span[0]:span[1]]
    if not re.fullmatch(_WORDS, label) or label.lower().strip(".") in not_speaker_labels():
        return None
    covering = [m for m in mentions if m.start_char < span[1] and span[0] < m.end_char]
    if any(m.label in _NOT_PERSON for m in covering) or entities.gazetteer().get(label.title()) in _NOT_PERSON:
        return None
    outlet = next((m for m in covering if m.label == "ORG" and type_of_entity(m) in ("media", "government")), None)
    if outlet is not None:  # "Daily Ledger: …", "AP: …", a headline quoting an outlet or an agency
        return outlet.entity, type_of_entity(outlet)
    if label.isupper():
        return _shouted_source(text, label, mentions=mentions)
    person = next((m for m in reversed(covering) if m.label == "PERSON"), None)  # "Rival Ann Lee:": Lee
    if person is not None:
        return full_person_name(person.entity, mentions), type_of_entity(person)
    named = _named_elsewhere(label, mentions)
    if named is not None:  # "Lee: …" over an article about Ann Lee
        return named, "person"
    noun = source_terms().get(label.split()[-1].lower())
    if noun in ("document", "media"):  # "Poll: …", "Newspaper: …"
        return label, noun
    return None


def _shouted_source(text: str, label: str, *, mentions: list) -> tuple[str, str] | None:
    """Return the speaker a label in capitals names when the article supports it, or None.

    Support: a person of the article with that surname, or a transcript (at least
    :data:`MIN_SHOUTED_TURNS` paragraphs opening with a label in capitals).
    """
    if not _shouting(label):
        return None
    named = _named_elsewhere(label.split()[-1], mentions)
    if named is not None:
        return named, "person"
    if len(_SHOUTED_TURN.findall(text)) < MIN_SHOUTED_TURNS:
        return None
    return full_person_name(entities.canonical_name(label.title(), label="PERSON"), mentions), "person"


def _shouting(label: str) -> bool:
    """Return True for a label in capitals of a name's length ("KESTREL", "SEN. VANCE"; not "UN")."""
    words = label.split()
    return all(c.isupper() for c in label if c.isalpha()) and len(words) <= MAX_SHOUTED_WORDS and \
        all(len(w.strip(".")) >= 3 or w.endswith(".") for w in words)


def _named_elsewhere(label: str, mentions: list) -> str | None:
    """Return the one person of the document whose name ends with a one-word label ("Lee"), or None."""
    if " " in label.strip() or not label[:1].isupper():
        return None
    surname = label.strip(".").lower()
    people = {m.entity for m in mentions if m.label == "PERSON" and m.entity.split()[-1].lower() == surname
              and " " in m.entity}
    return people.pop() if len(people) == 1 else None
