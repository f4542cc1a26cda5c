"""The model registry: which models crosscheck knows, and how to load them.

Read on demand (nothing happens at import).  Sources, later ones override
earlier ones table by table:

1. ``crosscheck/data/models.toml`` -- the canonical registry, shipped as package data;
2. ``<project_root>/models/models.toml`` -- project additions (only in a source checkout);
3. ``$CROSSCHECK_HOME/models.toml`` -- the user's additions.

Local model directories live in ``<project_root>/models/<dir>`` (or
``$CROSSCHECK_HOME/models/<dir>``); an entry's ``path`` key may point at one,
relative to the file that declares it.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from crosscheck.errors import ModelError
from crosscheck.home import home, project_root

__all__ = [
    "ModelSpec",
    "registry_files",
    "load_registry",
    "get_spec",
    "model_dirs",
    "local_candidates",
    "load_calibration",
    "calibration_for",
]


@dataclass(frozen=True)
class ModelSpec:
    name: str
    kind: str = "embedding"
    backend: str = "sentence-transformers"
    id: str | None = None
    dim: int | None = None
    packaged: bool = False
    package: str | None = None
    prefix: str | None = None
    path: str | None = None
    tatoeba_ru_en: float | None = None
    size_mb: float | None = None
    notes: str = ""
    source: str = ""  # the registry file that defined it
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


_KNOWN = {"kind", "backend", "id", "dim", "packaged", "package", "prefix", "path", "tatoeba_ru_en", "size_mb", "notes"}


def registry_files() -> list[Path]:
    """The registry files that exist, in the order they are applied."""
    files = []
    try:
        packaged = resources.files("crosscheck") / "data" / "models.toml"
        files.append(Path(str(packaged)))
    except Exception:  # pragma: no cover
        pass
    files.append(project_root() / "models" / "models.toml")
    files.append(home() / "models.toml")
    return [f for f in files if f.is_file()]


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ModelError(f"{path}: invalid TOML: {exc}") from exc
    models = data.get("models", {})
    if not isinstance(models, dict):
        raise ModelError(f"{path}: [models] must be a table")
    return models


def load_registry() -> dict[str, ModelSpec]:
    """Merge every registry file into ``{name: ModelSpec}``."""
    merged: dict[str, dict[str, Any]] = {}
    for path in registry_files():
        for name, table in _read(path).items():
            if not isinstance(table, dict):
                raise ModelError(f"{path}: [models.{name}] must be a table")
            entry = dict(merged.get(name, {}))
            entry.update(table)
            if "path" in table and table["path"]:
                p = Path(str(table["path"])).expanduser()
                entry["path"] = str(p if p.is_absolute() else (path.parent / p))
            entry["source"] = str(path)
            merged[name] = entry
    out = {}
    for name, entry in merged.items():
        known = {k: v for k, v in entry.items() if k in _KNOWN or k == "source"}
        extra = {k: v for k, v in entry.items() if k not in known}
        out[name] = ModelSpec(name=name, extra=extra, **known)
    return out


def get_spec(name: str) -> ModelSpec | None:
    """The registry entry called ``name`` (or whose ``id`` is ``name``), else None."""
    reg = load_registry()
    if name in reg:
        return reg[name]
    for spec in reg.values():
        if spec.id and spec.id == name:
            return spec
    return None


def model_dirs() -> list[Path]:
    """Folders where local model directories are looked for."""
    return [project_root() / "models", home() / "models"]


def local_candidates(spec_or_id: ModelSpec | str) -> list[Path]:
    """Directories that would hold a local copy of a model (they may not exist)."""
    if isinstance(spec_or_id, ModelSpec):
        names = [spec_or_id.name]
        if spec_or_id.id:
            names += [spec_or_id.id.split("/")[-1], spec_or_id.id.replace("/", "__")]
        explicit = [Path(spec_or_id.path)] if spec_or_id.path else []
    else:
        names = [spec_or_id.split("/")[-1], spec_or_id.replace("/", "__")]
        explicit = []
    out = list(explicit)
    for base in model_dirs():
        for n in dict.fromkeys(names):
            out.append(base / n)
    return out


def load_calibration() -> dict[str, Any]:
    """Per-model alignment calibration (``crosscheck/data/calibration.json``)."""
    try:
        text = (resources.files("crosscheck") / "data" / "calibration.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return json.loads(text).get("models", {})


def calibration_for(model_key: str) -> dict[str, Any] | None:
    """Calibration parameters fitted for ``model_key`` (a registry name or embedder key), if any."""
    cal = load_calibration()
    if model_key in cal:
        return cal[model_key]
    for params in cal.values():
        if model_key in params.get("aliases", []):
            return params
    return None
