"""User state lives under one folder: ``$CROSSCHECK_HOME`` or ``~/.cache/crosscheck``.

Everything kept there is disposable (the embedding cache, downloaded models);
a home that cannot be used makes crosscheck run without it, never fail.
"""

from __future__ import annotations

import os
from pathlib import Path

from crosscheck.errors import CrosscheckError


class HomeUnavailable(CrosscheckError):
    """The user folder cannot be created or written."""


def home_path() -> Path:
    """Where the user folder is (not created)."""
    env = os.environ.get("CROSSCHECK_HOME")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck"


def home() -> Path:
    """The user folder, created on first use when possible (readers of optional files
    under it need no more; writers call :func:`ensure_home`)."""
    path = home_path()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return path


def ensure_home() -> Path:
    """The user folder, created and writable, else :class:`HomeUnavailable` (one line)."""
    path = home_path()
    if path.exists() and not path.is_dir():
        raise HomeUnavailable(f"CROSSCHECK_HOME {str(path)!r} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HomeUnavailable(f"cannot create {str(path)!r}: {exc.strerror or exc}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise HomeUnavailable(f"{str(path)!r} is not writable")
    return path


def project_root() -> Path:
    """The source checkout (where ``models/`` and ``seeds/`` live)."""
    return Path(__file__).resolve().parent.parent
