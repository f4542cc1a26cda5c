"""``crosscheck store``: look into and export a store made by ``check --store``."""

from __future__ import annotations

import json
from typing import Annotated

import typer

app = typer.Typer(help="Inspect and export a claim store (see check --store).", no_args_is_help=True,
                  add_completion=False)


@app.command()
def info(folder: Annotated[str, typer.Argument(help="The store directory.")]) -> None:
    """Counts of documents, claims, links and runs (JSON on stdout)."""
    from crosscheck.store.export import store_info

    typer.echo(json.dumps(store_info(folder), indent=1))


@app.command()
def export(
    folder: Annotated[str, typer.Argument(help="The store directory.")],
    out: Annotated[str, typer.Argument(help="Output directory (one file per table).")],
    parquet: Annotated[bool, typer.Option("--parquet", help="Write Parquet (needs pyarrow) instead of CSV.")] = False,
) -> None:
    """Write documents, claims (with frames), links and runs as CSV or Parquet files."""
    from crosscheck.store.export import export_store

    for path in export_store(folder, out, "parquet" if parquet else "csv"):
        typer.echo(str(path))
