"""Errors a user can cause and fix.  The CLI turns them into one line and exit code 2."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class: a problem with input, configuration or models (exit code 2)."""

    exit_code = 2


class InputError(CrosscheckError):
    """An input file or text that cannot be read."""

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ModelError(CrosscheckError):
    """A model that is missing, cannot be loaded, or is the wrong kind."""


class UsageError(CrosscheckError):
    """A bad option or argument."""
