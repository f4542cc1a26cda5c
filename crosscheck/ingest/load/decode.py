"""Bytes to text: BOMs, UTF-8, UTF-16 and the legacy Russian code pages."""

from __future__ import annotations

import codecs

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


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(2, len(sample) // 100)


def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Order: a byte-order mark; strict UTF-8; then charset-normalizer restricted
    to the Cyrillic and Western code pages real EN/RU pages use.
    Raises InputError for binary or undecodable data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {enc} text after the byte-order mark ({exc.reason})", path) from None
    if looks_binary(data):
        raise InputError("binary file, not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only for legacy files

    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5", "cp1252"]).best()
    if best is None or best.encoding not in _LEGACY:
        raise InputError("cannot detect the text encoding (tried UTF-8, UTF-16, cp1251, KOI8-R)", path)
    return str(best), best.encoding
