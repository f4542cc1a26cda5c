"""Language resources as data files: the one loader.

Every word list, month table, cue class and gazetteer table lives in a data file
beside this module (``en/``, ``ru/``, ``gazetteer/``; see ``README.md``), read on
first use and cached.  TSV files have a header row; lines starting with ``#`` are
comments.  A cell may hold several values separated by ``|``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["DATA", "path", "tsv", "toml", "words", "split", "measures", "cue_pattern"]

DATA = Path(__file__).resolve().parent


def path(rel: str) -> Path:
    """The data file ``rel`` (e.g. ``"ru/months.tsv"``)."""
    return DATA / rel


@functools.lru_cache(maxsize=None)
def tsv(rel: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header; comments and blank lines skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path(rel).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


@functools.lru_cache(maxsize=None)
def toml(rel: str) -> dict:
    """A TOML data file as a dict."""
    with path(rel).open("rb") as fh:
        return tomllib.load(fh)


@functools.lru_cache(maxsize=None)
def words(rel: str, column: str = "word") -> frozenset[str]:
    """One column of a TSV file as a set of lower-case words (``|``-separated cells split)."""
    return frozenset(w.lower() for row in tsv(rel) for w in split(row.get(column, "")))


def split(cell: str) -> list[str]:
    """The ``|``-separated values of one cell, stripped, empty ones dropped."""
    return [v.strip() for v in cell.split("|") if v.strip()]


@functools.lru_cache(maxsize=None)
def cue_pattern(rel: str, lang: str, where: str) -> re.Pattern:
    """The ``pattern`` cells of a TSV file's rows for one ``lang`` and one ``where`` as one case-insensitive alternation
    (a pattern that matches nothing when there are none): ``offsets.tsv``, ``language_cues.tsv``."""
    pats = [r["pattern"] for r in tsv(rel) if r["lang"] == lang and r["where"] == where]
    return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!)", re.I)


@functools.lru_cache(maxsize=1)
def measures() -> dict[str, tuple[str, float]]:
    """Units of measure (``measures.tsv``) as the frame names them -> (dimension, size in the dimension's base unit)."""
    return {u: (r["dimension"], float(r["factor"])) for r in tsv("measures.tsv") for u in split(r["unit"])}


@functools.lru_cache(maxsize=1)
def near_bounds() -> tuple[str, ...]:
    """Bounds said to lie close to their figure ("just over", «немногим более»: ``{en,ru}/near_bounds.tsv``), lower case."""
    return tuple(p.lower() for lang in ("en", "ru") for row in tsv(f"{lang}/near_bounds.tsv") for p in split(row["phrase"]))
