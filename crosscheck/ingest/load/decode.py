"""Bytes to text: BOMs, UTF-8, UTF-16 and the legacy Russian code pages.

UTF-8 is preferred: a UTF-8 file with a few bad bytes (under 1 %) is read as
UTF-8 with U+FFFD in their place and a warning naming how many, rather than
being decoded whole as a legacy code page (which turns every ``’`` into
``тАЩ``).  A file with no valid UTF-8 beyond ASCII and some bytes above 0x7F
is a legacy file (cp1251, KOI8-R, cp1252...).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from crosscheck.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Legacy encodings we accept from the detector; anything else is suspicious
#: for EN/RU news and is reported instead of guessed.
_LEGACY = {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "cp866", "iso8859_5", "ascii", "latin_1", "cp1252"}
#: Above this share of invalid bytes a file is not "UTF-8 with a few bad bytes".
BAD_BYTE_SHARE = 0.01
_ESCAPED = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bad_bytes: int = 0  # bytes replaced by U+FFFD

    def warning(self, path: str | None) -> str | None:
        if not self.bad_bytes:
            return None
        n = self.bad_bytes
        return (f"{path or '<input>'}: {n} byte{'s' if n != 1 else ''} not valid UTF-8, "
                "replaced by U+FFFD (the rest read as UTF-8)")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(2, len(sample) // 100)


def _score(text: str) -> float:
    """Share of characters that EN/RU text is made of (ASCII, Latin-1, Cyrillic); 0 if not
    plausible text at all (non-printable characters, few letters)."""
    if not text:
        return 0.0
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t\f")
    letters = sum(1 for ch in text if ch.isalpha())
    if printable < 0.98 * len(text) or letters < 0.3 * len(text):
        return 0.0
    return sum(1 for ch in text if ord(ch) < 0x250 or 0x400 <= ord(ch) <= 0x52F or 0x2000 <= ord(ch) <= 0x206F) / len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """The codec (``utf-16-le``/``utf-16-be``) of BOM-less UTF-16 text, else None.

    Decided on a sample: the decoding must be printable text, mostly letters, and
    mostly Latin or Cyrillic (the other byte order gives CJK); a binary file fails."""
    if len(data) < 4:
        return None
    sample = data[: min(len(data), 8192)]
    sample = sample[: len(sample) - len(sample) % 2]
    scores = {}
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            scores[codec] = _score(sample.decode(codec, errors="replace"))
        except UnicodeDecodeError:
            continue
    best = max(scores, key=scores.get, default=None)
    return best if best is not None and scores[best] >= 0.8 else None


def _utf8_lenient(data: bytes) -> tuple[str, int, int]:
    """``(text with U+FFFD for bad bytes, bad byte count, non-ASCII characters decoded)``."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    non_ascii = sum(1 for ch in escaped if ord(ch) > 0x7F) - bad
    return _ESCAPED.sub("\ufffd", escaped), bad, non_ascii


def decode(data: bytes, path: str | None = None) -> Decoded:
    """Decode ``data``: a byte-order mark; strict UTF-8; BOM-less UTF-16; UTF-8 with a few
    bad bytes replaced; then charset-normalizer restricted to the Cyrillic and Western
    code pages real EN/RU pages use.  Raises InputError for binary or undecodable data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {enc} text after the byte-order mark ({exc.reason})", path) from None
    if looks_binary(data):
        codec = utf16_without_bom(data)
        if codec is not None:
            try:
                return Decoded(data[: len(data) - len(data) % 2].decode(codec), codec)
            except UnicodeDecodeError:
                pass
        raise InputError("binary file, not text", path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text, bad, non_ascii = _utf8_lenient(data)
    # UTF-8 with a few bad bytes: other non-ASCII characters decoded fine, and the
    # bad ones are rare.  (A legacy file has no valid multi-byte UTF-8 at all.)
    if non_ascii > 0 and bad <= max(1, BAD_BYTE_SHARE * len(data)):
        return Decoded(text, "utf-8", bad)
    from charset_normalizer import from_bytes  # lazy: only for legacy files

    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5", "cp1252"]).best()
    if best is None or best.encoding not in _LEGACY:
        raise InputError("cannot detect the text encoding (tried UTF-8, UTF-16, cp1251, KOI8-R)", path)
    return Decoded(str(best), best.encoding)


def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``; see :func:`decode` (which also counts replaced bytes)."""
    d = decode(data, path)
    return d.text, d.encoding
