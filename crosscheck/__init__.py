"""crosscheck: a bilingual (English/Russian) claim cross-checker."""

__version__ = "0.1.0"
