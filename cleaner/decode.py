"""Bytes to text: UTF-8 first, then a detected charset; binary is refused.

Order of trust: a UTF-16/32 byte order mark; NUL bytes mean binary (text
never holds them; UTF-16 without a byte order mark is not supported); strict
UTF-8; text that is mostly UTF-8 with a few stray bytes is read as
Windows-1252 so that ftfy repairs the UTF-8 parts (no byte is lost);
otherwise charset-normalizer's guess, except that its guesses among the Latin
single-byte code pages (unreliable on short Western text) give way to
Windows-1252, the browsers' default.

Offsets in provenance are character offsets into the text this returns, so
decoding never drops or rewrites a character: a byte order mark stays in the
text (the canonical form removes it, as an edit).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

__all__ = ["Decoded", "NotTextError", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_UTF8_SEQUENCE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = regex.compile(rb"[\x80-\xff]")
# Encodings the detector cannot tell apart reliably on Western text.
_LATIN_GUESSES = frozenset(
    "ascii cp037 cp437 cp850 cp858 cp1006 cp1250 cp1252 cp1254 cp1257 cp1258 latin_1 "
    "iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 iso8859_13 iso8859_14 "
    "iso8859_15 iso8859_16 mac_roman mac_latin2 mac_iceland mac_turkish".split()
)
_WESTERN = "sloppy-windows-1252"
# Without a byte order mark, these would have shown NUL bytes.
_BOMLESS_WIDE = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]


class NotTextError(ValueError):
    """The input is not text (binary data, or no encoding fits it)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; raise :class:`NotTextError` for binary input.

    >>> decode_bytes("caf\u00e9".encode("cp1252")).text
    'caf\u00e9'
    >>> decode_bytes(b"\\x00\\x01\\x02\\xff")
    Traceback (most recent call last):
    ...
    cleaner.decode.NotTextError: binary data (NUL bytes), not text
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise NotTextError("binary data (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Imported here: most input is UTF-8, and these cost a tenth of the start.
    import charset_normalizer
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    utf8_bytes = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if utf8_bytes * 2 >= len(_HIGH_BYTE.findall(data)):
        return Decoded(data.decode(_WESTERN), _WESTERN)
    best = charset_normalizer.from_bytes(data, cp_exclusion=_BOMLESS_WIDE).best()
    if best is None or best.encoding in _LATIN_GUESSES:
        return Decoded(data.decode(_WESTERN), _WESTERN)
    return Decoded(str(best), best.encoding)
