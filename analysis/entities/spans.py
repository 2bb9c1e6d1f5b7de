"""Mention spans from the model's entities: trimmed, and cut at verbs in headlines.

The model reads Title-Case headlines as runs of proper nouns (``Trump Warns Clinton`` becomes
one PERSON). In a headline line, a span is cut at every word that is a verb (tagged as one,
or an inflected form of a reporting or headline verb), so the names either side remain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from analysis import lexicons
from analysis.entities.names import person_titles
from analysis.nlp import doc_text

#: Model labels kept, and the coarse entity type each maps to.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "NORP": "nationality",
    "PRODUCT": "product",
}
_POSSESSIVES = ("'s", "’s", "‘s")
_POSSESSIVE = re.compile(r"(?:'s|’s|‘s|'S|’S)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_FINAL_PUNCT = tuple(".!?…:;\"'”’»)")
#: Words a Title-Case line may leave lower-case ("Man of the Year", "Vote on Tax Bill").
_MINOR_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off", "on", "or", "over", "per", "the", "to", "up", "via", "vs", "with"])

Triple = tuple[int, int, str]
#: Modals cut a headline name after its first word ("Trump May Be Aligning"), never at the start
#: ("Will Smith", "May Chen").
_MODALS = frozenset({"may", "might", "will", "would", "could", "should", "can", "must"})
#: Longest first line read as a headline (a lead paragraph that lacks its full stop is longer).
HEADLINE_WORDS = 20


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """Return inflected verb forms that cannot sit inside a name in a headline (``warns``).

    Built from the reporting verbs (``lexicons/reporting_verbs.csv``) and the headline verbs
    (``lexicons/headline_verbs.txt``): third person ``-s`` and past ``-ed`` forms only, because
    base forms are also surnames and nouns (*Hunt*, *Rice*, *Bush*).
    """
    lemmas = {r["lemma"].lower() for r in lexicons.rows("reporting_verbs.csv") if " " not in r["lemma"]}
    lemmas |= {t.lower() for t in lexicons.terms("headline_verbs.txt")}
    forms: set[str] = set()
    for lemma in lemmas:
        forms |= _inflections(lemma)
    return frozenset(forms)


def _inflections(lemma: str) -> set[str]:
    """Return the ``-s`` and ``-ed`` forms of a regular verb (``deny`` -> ``denies, denied``)."""
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma + "es", lemma + "ed"}
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d"}
    return {lemma + "s", lemma + "ed"}


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of the lines that are headlines.

    A headline is the first non-blank line when it has no final punctuation and at most
    :data:`HEADLINE_WORDS` words, or any line in Title Case: three or more words, every word but
    minor ones (*of, the, to*) capitalised.
    """
    out, first = [], True
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if not line:
            continue
        words = re.findall(r"[^\W\d_][\w'’.-]*", line)
        major = [w for w in words if w.lower() not in _MINOR_WORDS]
        title_case = len(words) >= 3 and major and all(w[0].isupper() for w in major)
        if title_case or (first and len(words) <= HEADLINE_WORDS and not line.endswith(_FINAL_PUNCT)):
            out.append((match.start(), match.end()))
        first = False
    return out


#: Subject areas that begin a title, not an organisation ("Finance Minister Arjun Mehta").
PORTFOLIOS = frozenset({"finance", "health", "defence", "defense", "foreign", "interior", "justice",
                        "environment", "education", "energy", "transport", "agriculture", "labour",
                        "labor", "economy", "trade", "culture", "home", "housing", "farm"})


@lru_cache(maxsize=1)
def place_heads() -> dict[tuple[str, str], str]:
    """Return ``{(word, position): label}`` of words that make a name a place when they are its
    ``first`` or ``last`` word (``lexicons/place_heads.csv``).

    "Fort Lee" and "Union Square" typed PERSON by the model are no persons.
    """
    return {(row["term"], row["position"]): row["label"] for row in lexicons.rows("place_heads.csv")}


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """Return role nouns whose appositive name is a person (``lexicons/person_roles.txt``)."""
    return frozenset(lexicons.terms("person_roles.txt"))


def entity_spans(doc: Doc) -> list[Triple]:
    """Return ``(start, end, label)`` of the kept model entities, repaired (see :func:`repair`)."""
    text = doc_text(doc)
    heads = headline_lines(text)
    body = _body(text, heads)
    out = []
    for ent in doc.ents:
        ent = repair(ent)
        if ent is None:
            continue
        in_headline = any(s <= ent.start_char < e for s, e in heads)
        parts = [_as_in_body(p, body) for p in _cut_at_verbs(ent, body)] if in_headline else [ent]
        for part in parts:
            trimmed = trim_span(part)
            if trimmed is not None:
                out.append(trimmed)
    return sorted(out + repeated_names(doc, out))


def repeated_names(doc: Doc, found: list[Triple]) -> list[Triple]:
    """Return mentions the model missed: a name it found, or a person's surname, said again.

    A later (or earlier) occurrence of a found name's exact words (``Okafor`` after ``Okafor`` was
    found elsewhere), or of the last word of a person's two-word-or-longer name (``Núñez`` after
    ``José Núñez``), is a mention with that name's label when it lies outside every model entity
    (of any type: *May* the month stays a date). A one-word match must be a person's name and
    tagged a proper noun: one-word organisation and place names repeat the model's mistypes
    (on GUM dev, repeating them added more wrong mentions than right ones).
    """
    text = doc_text(doc)
    labels: dict[str, str] = {}
    for s, e, label in found:
        words = text[s:e].split()
        labels.setdefault(text[s:e], label)
        if label == "PERSON" and len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
            labels.setdefault(words[-1], label)
    if not labels:
        return []
    taken = [(e.start_char, e.end_char) for e in doc.ents] + [(s, e) for s, e, _ in found]
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(n) for n in sorted(labels, key=len, reverse=True)) + r")(?![\w-])")
    out = []
    for match in pattern.finditer(text):
        s, e = match.span()
        span = doc.char_span(s, e)
        if span is None or any(a < e and s < b for a, b in taken):
            continue
        if len(span) == 1 and (span[0].tag_ not in ("NNP", "NNPS") or labels[match.group()] != "PERSON"):
            continue
        out.append((s, e, labels[match.group()]))
    return out


def repair(ent: Span) -> Span | None:
    """Return the entity with the model's frequent slips mended, or None when it is no name.

    * no capital letter (``defence ministry``) or a label outside :data:`ENTITY_TYPES`: dropped;
    * a portfolio word before a title (``Finance`` in ``Finance Minister Arjun Mehta``): dropped;
    * a given name the model left out (``Ana`` + ``Berglund``): a capitalised proper-noun
      compound right before the span's first word joins it, as does a capitalised proper noun
      the parser made a one-word sentence before a person (``Marta`` + ``Ines Ruiz``);
    * a name in apposition to a person role (``A spokeswoman, Elif Kaya``): PERSON;
    * a "person" whose first word names a kind of place (``Fort Lee``, ``Mount Vernon``), or whose
      last word does and is no surname (``Union Square``, ``Harbour Hotel``): the place;
    * a person's span running past a possessive (``Trump’s ‘Incredibly``): cut at the possessive;
      any other span at a possessive followed by a quotation mark (``Trump’s ‘Reckless Plan’``).
    """
    doc = ent.doc
    if ent.label_ not in ENTITY_TYPES or not any(ch.isupper() for ch in ent.text):
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(ent) == 1 and ent.text.lower() in PORTFOLIOS and after is not None and \
            after.text in person_titles():
        return None
    start = ent.start
    while start > 0 and _joins_name(doc[start - 1], doc[start]):
        start -= 1
    root = ent.root
    label = ent.label_
    if root.dep_ == "appos" and root.head.lower_ in person_roles() and label != "PERSON":
        label = "PERSON"
    if label == "PERSON" and len(ent) > 1:
        words = [t.text for t in ent if t.is_alpha or t.text.endswith(".")]
        label = (place_heads().get((ent[0].text, "first"))
                 or place_heads().get((words[-1] if words else "", "last")) or label)
    end = ent.end
    if label == "PERSON":  # "Trump’s ‘Incredibly": a person's name ends at its possessive
        end = next((t.i for t in ent[1:-1] if t.lower_ in _POSSESSIVES), ent.end)
    else:  # "Trump’s ‘Truly Reckless Plan’" (ORG): a name, its possessive, then a quoted title
        end = next((t.i for t in ent[1:-1] if t.lower_ in _POSSESSIVES and doc[t.i + 1].is_quote), ent.end)
    if end != ent.end:
        return Span(doc, start, end, label=label)
    if start == ent.start and label == ent.label_:
        return ent
    return Span(doc, start, ent.end, label=label)


def _joins_name(prev, first) -> bool:
    """Return True when token ``prev`` is a proper-noun compound of the name starting at ``first``,
    or a capitalised proper noun the parser left alone as a one-word sentence right before a
    person's name (``Marta`` in *Marta Ines Ruiz (born 1970) is ...*, read as ``Ines Ruiz``)."""
    if not (prev.tag_ == "NNP" and prev.is_title and prev.ent_type_ == ""
            and prev.text not in person_titles() and prev.lower_ not in person_roles()
            and prev.whitespace_ != ""):
        return False
    if prev.dep_ == "compound":
        return prev.head.i >= first.i and not prev.is_sent_start
    return (prev.dep_ == "ROOT" and prev.is_sent_start and not list(prev.children)
            and first.ent_type_ == "PERSON")


def _is_verb(token) -> bool:
    """Return True when a headline token is a verb (tagged so, or an inflected verb form)."""
    return token.tag_.startswith("VB") or token.pos_ in ("VERB", "AUX", "MD") or \
        token.lower_ in headline_verbs() or token.lower_ in _MODALS


def _body(text: str, heads: list[tuple[int, int]]) -> str:
    """Return ``text`` with its headline lines blanked (same length, so offsets still hold)."""
    pieces, last = [], 0
    for start, end in heads:
        pieces += [text[last:start], " " * (end - start)]
        last = end
    return "".join(pieces) + text[last:]


def _as_in_body(part: Span, body: str) -> Span:
    """Return the longest run (two words or more) of a headline person's words the body spells.

    ``Donald Trump Rampages`` -> ``Donald Trump`` when the body names him so; a name the body
    never spells whole stays as it is. One-word runs are not taken: on GUM's titles they cut
    real names (``Zaha Hadid`` -> ``Zaha``) more often than they mended them.
    """
    if part.label_ != "PERSON" or _spelled(part.text, body):
        return part
    for size in range(len(part) - 1, 1, -1):
        for start in range(part.start, part.end - size + 1):
            sub = part.doc[start:start + size]
            if sub[0].text[:1].isupper() and sub[-1].text[:1].isupper() and _spelled(sub.text, body):
                return Span(part.doc, sub.start, sub.end, label=part.label_)
    return part


def _spelled(words: str, body: str) -> bool:
    """Return True when ``words`` occur in ``body`` as whole words."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", body) is not None


def _cut_at_verbs(ent: Span, body: str) -> list[Span]:
    """Return the parts of a headline entity between its verbs.

    A first word is a verb only by the verb list (the tagger reads *Will* in *Will Smith* as a
    modal); later words also by their tag.

    The part before the first verb is the headline's subject and is kept; a part after a verb
    (``Clinton`` in ``Trump Warns Clinton``, ``Victory`` in ``Trump Claims Victory``) is kept
    only when the article spells it the same way outside its headlines.
    """
    parts, start = [], ent.start
    for token in ent:
        if token.lower_ in headline_verbs() or (token.i > ent.start and _is_verb(token)):
            if token.i > start:
                parts.append(ent.doc[start:token.i])
            start = token.i + 1
    if start < ent.end:
        parts.append(ent.doc[start:ent.end])
    if len(parts) == 1 and parts[0].start == ent.start and parts[0].end == ent.end:
        return [ent]
    return [Span(ent.doc, p.start, p.end, label=ent.label_) for p in parts
            if any(t.is_alpha and t.text[:1].isupper() for t in p)
            and (p.start == ent.start or _spelled(p.text, body))]


def trim_span(ent: Span) -> Triple | None:
    """Return ``(start, end, label)`` of an entity without leading article, title or possessive."""
    text = doc_text(ent.doc)
    start, end = ent.start_char, ent.end_char
    match = _LEADING_ARTICLE.match(text[start:end])
    if match:
        start += match.end()
    while end > start and text[end - 1] in " \n\t\r,;:-–—\"“”'‘(":
        end -= 1
    possessive = _POSSESSIVE.search(text[start:end])
    if possessive:
        end -= len(possessive.group())
    if ent.label_ == "PERSON":
        start = _after_title(text, start, end)
    trimmed = text[start:end]
    if not trimmed.strip() or not any(ch.isalpha() for ch in trimmed):
        return None
    return start, end, ent.label_


def _after_title(text: str, start: int, end: int) -> int:
    """Return ``start`` moved past leading titles and role words ("House Speaker ", "Billionaire ").

    A word is stripped when it is a person title (``lexicons/person_titles.txt``) or, written
    with a capital, a role noun (``lexicons/person_roles.txt``), and at least one word follows.
    """
    moved = True
    while moved:
        moved = False
        for title in person_titles():
            if text.startswith(title + " ", start) and start + len(title) + 1 < end:
                start, moved = start + len(title) + 1, True
                break
        word = text[start:end].split(" ", 1)
        if not moved and len(word) == 2 and word[0][:1].isupper() and word[0].lower() in person_roles():
            start, moved = start + len(word[0]) + 1, True
    return start
