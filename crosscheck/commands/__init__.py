"""Typer sub-applications mounted by :mod:`crosscheck.cli` (e.g. ``crosscheck models``)."""
