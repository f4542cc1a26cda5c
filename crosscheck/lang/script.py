"""Language identification for English and Russian by script.

For the two languages crosscheck supports, the ratio of Cyrillic to Latin
letters is a sharper and far cheaper signal than a statistical detector.
"""

from __future__ import annotations

SUPPORTED = ("en", "ru")


def script_counts(text: str) -> tuple[int, int, int]:
    """(cyrillic, latin, other) letter counts."""
    cyr = lat = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x0400 <= code <= 0x052F:
            cyr += 1
        elif ch.isascii() or 0x00C0 <= code <= 0x024F:
            lat += 1
        else:
            other += 1
    return cyr, lat, other


def detect(text: str, default: str = "unknown") -> str:
    """'ru', 'en', or ``default`` when the text has no letters or another script dominates."""
    cyr, lat, other = script_counts(text)
    total = cyr + lat + other
    if total == 0:
        return default
    if other > (cyr + lat):
        return "other"
    # Russian text quotes Latin names and outlets; English text rarely has Cyrillic.
    if cyr >= 0.4 * (cyr + lat):
        return "ru"
    return "en"
