"""User state lives under one folder: ``$CROSSCHECK_HOME`` or ``~/.cache/crosscheck``."""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    """The user folder (created on first use)."""
    env = os.environ.get("CROSSCHECK_HOME")
    if env:
        path = Path(env).expanduser()
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        path = Path(base) / "crosscheck"
    path.mkdir(parents=True, exist_ok=True)
    return path


def project_root() -> Path:
    """The source checkout (where ``models/`` and ``seeds/`` live)."""
    return Path(__file__).resolve().parent.parent
