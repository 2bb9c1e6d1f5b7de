"""Bytes to text: reading a file safely, byte-order marks, UTF-8, legacy encodings, binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from analysis.errors import UnreadableDocument

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Among equally clean candidates, the encodings news files most often use, in this order.
#: (charset-normalizer ranks by language coherence, which on short Western text can pick
#: mac_latin2 over the Windows-1252 that produced it.)
PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251")
#: Share of control characters above which decoded text is taken for binary data.
MAX_CONTROL_SHARE = 0.05


def decode_bytes(data: bytes, *, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a file's bytes, newlines untouched.

    Order: a byte-order mark wins; then strict UTF-8; then charset-normalizer's best guess.
    A byte-order mark is removed from the text.

    Raises:
        UnreadableDocument: the bytes are empty, binary, or match no encoding.
    """
    if not data.strip():
        raise UnreadableDocument(name, "empty file (no text)", status="skipped")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="strict"), encoding, name=name)
    if b"\x00" in data[:8192]:
        raise UnreadableDocument(name, "binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8", name=name)
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise UnreadableDocument(name, "binary or undecodable file (no text encoding fits)")
    best = min(matches, key=lambda m: m.chaos)
    preferred = next((m for m in matches if m.chaos <= best.chaos
                      and any(e in m.could_be_from_charset for e in PREFERRED)), None)
    if preferred is not None:
        encoding = next(e for e in PREFERRED if e in preferred.could_be_from_charset)
        return _checked(data.decode(encoding), encoding, name=name)
    return _checked(str(best), best.encoding, name=name)


def _checked(text: str, encoding: str, *, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` unless the text is mostly control characters."""
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise UnreadableDocument(name, f"binary file (control characters; decoded as {encoding})")
    return text, encoding


def read_bytes(path: Path, *, max_bytes: int | None) -> bytes:
    """Return the file's bytes, refusing links that loop, non-files and (with ``max_bytes``) oversize files.

    Raises:
        UnreadableDocument: the file cannot be read or is larger than ``max_bytes``.
    """
    try:
        if not path.is_file():
            raise UnreadableDocument(str(path), "not a regular file", status="skipped")
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise UnreadableDocument(
                str(path), f"file too large ({size:,} bytes; limit {max_bytes:,})", status="skipped"
            )
        with path.open("rb") as handle:
            return handle.read()
    except PermissionError as exc:
        raise UnreadableDocument(str(path), "permission denied") from exc
    except OSError as exc:  # symlink loops, vanished files, I/O errors
        raise UnreadableDocument(str(path), exc.strerror or type(exc).__name__) from exc
