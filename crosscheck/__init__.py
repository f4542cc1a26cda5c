"""crosscheck: a bilingual (English/Russian) claim cross-checker.

    >>> import crosscheck
    >>> report = crosscheck.check(["seeds/"])      # a Report
    >>> report.to_pandas()                           # one row per segment
    >>> crosscheck.compare("They met on 3 May.", "Они встретились 5 мая.")

Heavy libraries are imported on first use, not here.
"""

from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "check": ("pipeline", "check"),
    "claims": ("pipeline", "claims"),
    "read": ("pipeline", "read"),
    "compare": ("pairs", "compare"),
    "compare_pairs": ("pairs", "compare_pairs"),
    "evaluate": ("evaluation", "evaluate"),
    "Report": ("report", "Report"),
    "get_embedder": ("match.embed", "get_embedder"),
    "load_paths": ("ingest.load", "load_paths"),
    "load_text": ("ingest.load", "load_text"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
