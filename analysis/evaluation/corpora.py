"""Readers of the public gold corpora of real text (PolNeAR, GUM, Szeged), kept outside the repository.

The corpora are other people's data (terms and credits in ``../shared/corpora/README.md``): they
are read from a folder given by the caller, the ``NEWSREAD_CORPORA`` environment variable, or
``../shared/corpora`` beside the repository, and never copied into it. Each reader returns
:class:`GoldDocument` records with character offsets into the document's text.

Held-out discipline: PolNeAR's test split, GUM's news genre and Szeged's newswire part are not in
that folder and are never read; develop on PolNeAR ``train`` and the Szeged development half.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import AnalysisError

Span = tuple[int, int]
REPO_ROOT = Path(__file__).resolve().parents[2]
ENV_VAR = "NEWSREAD_CORPORA"


class GoldCorpusError(AnalysisError):
    """A gold corpus folder or file is missing or malformed (the message names it)."""


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: source, cue and content, each a list of (start, end) fragments."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    relation: str = ""  # GUM: attribution-positive / attribution-negative


@dataclass(frozen=True)
class GoldCue:
    """One gold uncertainty cue (Szeged): its fragments and type, e.g. ``modal_probable``."""

    spans: tuple[Span, ...]
    cue_type: str


@dataclass
class GoldDocument:
    """One gold document: its text and whatever annotation layers its corpus has."""

    doc_id: str
    text: str
    corpus: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    cues: list[GoldCue] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)


def corpora_dir(explicit: str | os.PathLike | None = None) -> Path | None:
    """Return the gold corpora folder (argument, ``$NEWSREAD_CORPORA``, ``../shared/corpora``), or None."""
    for candidate in (explicit, os.environ.get(ENV_VAR), REPO_ROOT.parent / "shared" / "corpora"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def spans_of(brat_offsets: str) -> tuple[Span, ...]:
    """Return the fragments of a BRAT offset field (``"12 20;25 30"`` -> ``((12, 20), (25, 30))``)."""
    return tuple((int(a), int(b)) for a, b in (part.split() for part in brat_offsets.split(";")))


def read_brat(ann: str) -> list[GoldAttribution]:
    """Return the attributions of one PolNeAR ``.ann`` file (``E`` lines linking ``T`` spans)."""
    spans: dict[str, tuple[Span, ...]] = {}
    events = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            _label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = spans_of(offsets)
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split()))
    out = []
    for event in events:
        source, cue, content = (spans.get(event.get(role, ""), ()) for role in ("Source", "Cue", "Content"))
        out.append(GoldAttribution(source=source, cue=cue, content=content))
    return out


def polnear(split: str = "dev", *, root: str | os.PathLike | None = None) -> list[GoldDocument]:
    """Return PolNeAR ``train`` or ``dev`` articles with their gold attributions, sorted by name.

    An article annotated by several annotators keeps the first annotation file in name order.

    Raises:
        GoldCorpusError: ``split`` is not ``train`` or ``dev`` (the test split is held out), or
            the folder is missing.
    """
    if split not in ("train", "dev"):
        raise GoldCorpusError(f"PolNeAR split {split!r}: only train and dev are used (test is held out)")
    base = _require(root, "polnear") / split
    meta = _polnear_metadata(base.parent / "metadata.tsv")
    chosen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        chosen.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), ann)
    docs = []
    for name, ann in sorted(chosen.items()):
        text = (base / "text" / f"{name}.txt").read_text("utf-8")
        docs.append(GoldDocument(name, text, "polnear", attributions=read_brat(ann.read_text("utf-8")),
                                 metadata=meta.get(name, {})))
    return docs


def _polnear_metadata(path: Path) -> dict[str, dict[str, str]]:
    """Return ``{filename: metadata row}`` from PolNeAR's ``metadata.tsv`` (empty when missing)."""
    if not path.is_file():
        return {}
    lines = path.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, ln.split("\t"))) for ln in lines[1:] if ln.strip()]
    return {r["filename"]: r for r in rows}


def gum(*, root: str | os.PathLike | None = None, genres: tuple[str, ...] = ()) -> list[GoldDocument]:
    """Return the GUM documents (interview, bio, court, voyage) with entities and RST attributions.

    Each entity is GUM's dict (``text``, ``span``, ``label``, ``entity``, ``nested``, …); each
    attribution has the RST source unit as ``cue`` and ``source`` (GUM marks the reporting
    clause as one unit) and the attributed unit as ``content``.
    """
    base = _require(root, "gum_dev")
    docs = []
    for path in sorted(base.glob("GUM_*.json")):
        genre = path.stem.split("_")[1]
        if genres and genre not in genres:
            continue
        data = json.loads(path.read_text("utf-8"))
        text = (base / data["document"]).read_text("utf-8")
        attributions = [GoldAttribution(source=(tuple(a["source_span"]),), cue=(tuple(a["source_span"]),),
                                        content=(tuple(a["content_span"]),), relation=a["relation"])
                        for a in data.get("rst_attributions", [])]
        docs.append(GoldDocument(path.stem, text, "gum", attributions=attributions,
                                 entities=data.get("entities", []), metadata={"genre": genre}))
    return docs


def szeged_wiki(*, root: str | os.PathLike | None = None) -> list[GoldDocument]:
    """Return the Szeged Wikipedia documents: sentences joined by newlines, with their cues.

    The text of a document is its sentences, one per line, in order; each cue's span points
    into that text. Cue types: ``modal_probable``, ``hypo_doxastic``, ``hypo_condition``,
    ``hypo_investigation`` (and any other type the file holds).
    """
    path = _require(root, "szeged_wiki") / "wiki.xml"
    tree = ET.parse(path)
    docs = []
    for document in tree.getroot().iter("Document"):
        doc_id = (document.findtext("DocID") or f"doc{len(docs)}").strip()
        parts, cues, offset = [], [], 0
        for sentence in document.iter("Sentence"):
            text, found = _sentence_text(sentence, offset)
            parts.append(text)
            cues.extend(found)
            offset += len(text) + 1
        docs.append(GoldDocument(doc_id, "\n".join(parts), "szeged_wiki", cues=cues))
    return docs


def _sentence_text(sentence: ET.Element, offset: int) -> tuple[str, list[GoldCue]]:
    """Return a sentence's text and its cues (inline ``<ccue type=…>`` elements) at ``offset``."""
    pieces: list[str] = []
    cues: list[GoldCue] = []

    def walk(node: ET.Element) -> None:
        pieces.append(node.text or "")
        for child in node:
            start = offset + sum(map(len, pieces))
            walk(child)
            if child.tag == "ccue":
                cue_type = re.sub(r"^speculation_|[\s_]+$", "", child.get("type", ""))  # "speculation_hypo_doxastic _"
                cues.append(GoldCue(((start, offset + sum(map(len, pieces))),), cue_type))
            pieces.append(child.tail or "")

    walk(sentence)
    raw = "".join(pieces)
    text = raw.replace("\n", " ")
    return text, cues


def _require(root: str | os.PathLike | None, name: str) -> Path:
    """Return ``<corpora>/<name>`` or raise :class:`GoldCorpusError` naming where it was looked for."""
    base = corpora_dir(root)
    if base is None or not (base / name).is_dir():
        raise GoldCorpusError(f"gold corpus {name!r} not found (looked in {root or '$' + ENV_VAR}, "
                              f"{REPO_ROOT.parent / 'shared' / 'corpora'})")
    return base / name
