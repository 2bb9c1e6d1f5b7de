"""Reading inputs: one module per format, all yielding the same :class:`Document`.

========================  =======================  =============================================
module                    files                    one document per
========================  =======================  =============================================
:mod:`.text`              ``.txt``                 file
:mod:`.html`              ``.html``, ``.htm``      file (trafilatura main text + metadata)
:mod:`.tables`            ``.csv``, ``.jsonl``,    row
                          ``.json``, ``.parquet``
:mod:`.nexis`             ``.docx``, ``.rtf``      article of a Nexis Uni / LexisNexis export
:mod:`.warc`              ``.warc``, ``.warc.gz``  HTML response record
========================  =======================  =============================================

:mod:`.folder` finds the files and dispatches them; :mod:`.model` holds the records and
:mod:`.decoding` turns bytes into text.
"""

from analysis.corpus.folder import (
    METADATA_FILE,
    READERS,
    discover,
    load_metadata,
    read_corpus,
    read_document,
    read_file,
    read_texts,
)
from analysis.corpus.model import (
    MAX_BYTES,
    METADATA_FIELDS,
    Document,
    DocumentIssue,
    paragraph_spans,
    text_document,
)
from analysis.corpus.tables import Columns

__all__ = [
    "MAX_BYTES", "METADATA_FIELDS", "METADATA_FILE", "READERS", "Columns", "Document",
    "DocumentIssue", "discover", "load_metadata", "paragraph_spans", "read_corpus",
    "read_document", "read_file", "read_texts", "text_document",
]
