"""Which language a document is written in, so non-English text is flagged, not mis-analysed.

Uses py3langid (BSD licence; its model ships inside the package, nothing is downloaded).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from analysis.nlp import doc_text

#: Characters of text sampled for identification (start of the document).
SAMPLE_CHARS = 5_000


@lru_cache(maxsize=1)
def _identifier():
    """Return py3langid's identifier, loaded once per process."""
    import py3langid

    return py3langid


def identify(text: str) -> str:
    """Return the ISO 639-1 code of the text's language (``""`` for text without letters)."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return ""
    lang, _ = _identifier().classify(sample)
    return str(lang)


def detect(doc: Doc) -> str:
    """Return the language code of a parsed document (see :func:`identify`)."""
    return identify(doc_text(doc))
