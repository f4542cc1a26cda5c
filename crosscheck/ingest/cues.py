"""Lexical cues for segment kinds, English and Russian.

The word lists and patterns are data (``crosscheck/lang/{en,ru}/cues.toml``): general
properties of news prose (promos, datelines, evaluations, wishes, predictions), each
opinion class justified by examples from outside the seed articles in
``tests/test_cue_classes.py``.  This module compiles them once, at import; each opinion
cue has a weight, see ``classify.py`` for how they combine.
"""

from __future__ import annotations

import re

from crosscheck.lang.resources import toml

_I = re.IGNORECASE | re.UNICODE
LANGS = ("en", "ru")


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I)


def _section(name: str, key: str) -> list[str]:
    return [p for lang in LANGS for p in toml(f"{lang}/cues.toml").get(name, {}).get(key, [])]


def _opinion_classes() -> tuple[tuple[re.Pattern[str], float, str], ...]:
    """(pattern, weight, label) per opinion class, languages merged, in file order."""
    order: dict[str, dict] = {}
    for lang in LANGS:
        for cls in toml(f"{lang}/cues.toml").get("opinion", []):
            entry = order.setdefault(cls["class"], {"patterns": [], "weight": 0.0, "label": cls.get("label", cls["class"])})
            entry["patterns"].extend(cls["patterns"])
            entry["weight"] = max(entry["weight"], float(cls["weight"]))
    return tuple((_rx(*e["patterns"]), e["weight"], e["label"]) for e in order.values())


def opinion_class_patterns() -> dict[str, re.Pattern[str]]:
    """Each opinion class by name (for tests and explanations)."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        for cls in toml(f"{lang}/cues.toml").get("opinion", []):
            out.setdefault(cls["class"], []).extend(cls["patterns"])
    return {k: _rx(*v) for k, v in out.items()}


# --- boilerplate -----------------------------------------------------------------
PROMO = _rx(*_section("boilerplate", "promo"), r"(^|\s)@\w{3,}")
CREDIT = _rx(*_section("boilerplate", "credit"), r"^\W*©")
BREADCRUMB = _rx(*_section("boilerplate", "breadcrumb"), r"\S\s*[›»>]\s*\S.*\s*[›»>]\s*\S")
#: "date 2019-07-11 ...", "Updated: ..." header lines.
HEADER_WORDS = tuple(_section("boilerplate", "header_words"))
HEADER = _rx(r"^\W*(" + "|".join(HEADER_WORDS) + r")\s*:?\s*\d")
#: "БАКУ, 26 ноя — Sputnik." / "MOSCOW, Nov 26 (Reuters) -"
DATELINE = re.compile(
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .\-]{2,},\s*(\d{1,2}\s+[A-Za-zА-Яа-яЁё]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})"
    r"(\s*,?\s*\d{4})?\s*(\(([^)]{2,40})\))?\s*[—–-]?\s*([\w .]{0,40})\.?\s*[—–-]?$"
)
URL_ONLY = re.compile(r"^\W*(https?://|www\.)\S+\W*$", _I)
CONJUNCTIONS = frozenset(_section("boilerplate", "conjunctions"))

# --- opinion --------------------------------------------------------------------
OPINION_CUES: tuple[tuple[re.Pattern[str], float, str], ...] = _opinion_classes()
#: Signals of checkable content that outweigh soft opinion cues.
FACT_NUMBER = re.compile(r"\d")
#: Factive constructions presuppose their complement: "glad that X" asserts X.
FACT_PRESUPPOSITION = _rx(*_section("fact", "presupposition"))
ATTRIBUTION_INTRO = _rx(*_section("fact", "attribution_intro"))
