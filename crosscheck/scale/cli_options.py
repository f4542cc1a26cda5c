"""The ``check`` options for scale (``--store``, ``--all``, ``--jobs``, ``--engine``),
kept here so the command line module only names them."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

Store = Annotated[Optional[str], typer.Option(
    "--store", help="A store directory (created if missing): new documents are added and checked against "
    "everything stored; documents already stored (same text) are not recomputed.", show_default=False)]
All = Annotated[bool, typer.Option("--all", help="With --store: report every stored document, not only the inputs.")]
Jobs = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", help="Worker processes for the per-document stages and, for 1,500-20,000 claims, the "
    "pair decisions (default: the CPU count; 1 for fewer than 40 documents, where starting workers costs more than it "
    "saves). The results are the same for any value.", show_default=False)]
Engine = Annotated[str, typer.Option(
    "--engine", help="local (processes on this machine) or ray (Ray tasks; joins $RAY_ADDRESS, else starts a "
    "local Ray instance; needs the 'scale' extra).")]
