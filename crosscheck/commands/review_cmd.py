"""``crosscheck review``, ``decide``, ``decisions`` and ``export claimreview``: the fact-checking desk.

Decisions live in a SQLite database: ``--db PATH``, else ``$CROSSCHECK_DB``,
else ``decisions.sqlite`` under ``$CROSSCHECK_HOME``.  Errors (a bad key, a
locked or corrupt database, an unreadable run) are one line on stderr and exit
code 2.
"""

from __future__ import annotations

import json
import logging
import sys
from contextlib import closing
from pathlib import Path
from typing import Annotated, Optional

import typer

from crosscheck.errors import InputError, UsageError

log = logging.getLogger("crosscheck")

RunArg = Annotated[Optional[Path], typer.Argument(help="A saved run: the output of `crosscheck check ... --format jsonl`.", show_default=False)]
Db = Annotated[Optional[Path], typer.Option("--db", help="Decisions database (default: $CROSSCHECK_DB, else decisions.sqlite under $CROSSCHECK_HOME).", show_default=False)]
Reviewer = Annotated[Optional[str], typer.Option("--reviewer", help="Who decides (default: the login name).", show_default=False)]
Sources = Annotated[Optional[list[str]], typer.Option("--source", help="The run's input files or directories (repeatable): adds dates, outlets, URLs and exact paragraphs.", show_default=False)]
Format = Annotated[Optional[str], typer.Option("--format", "-f", help="Output format: table, json, jsonl, csv, md or html.", show_default=False)]
Output = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to FILE instead of stdout.", show_default=False)]

REVIEW_HELP = """Review the flags of a saved run in a full-screen terminal app and record each decision.

The list shows contradictions first, then agreements and unique claims (related flags with r); the pane below shows the open flag: both sentences highlighted in their paragraphs, sources, dates, the explanation and the typed evidence.

\b
Keys:
  up/down   move                   enter/escape  open the flag / back
  c         confirm                x             reject as a false alarm
  u         unsure                 s             skip
  e         note                   z             undo
  n / p     next / previous unreviewed flag
  /         filter, e.g. status:contra lang:ru doc:001 outlet:sputnik
            reviewed:no verdict:rejected and free words
  r         show or hide related flags
  ?         help                   q             quit

Every decision is saved the moment it is made. A rejected false alarm is not raised again by `crosscheck check` unless its sentences change. With --stats, print reviewed counts and precision by relation and evidence type instead.
"""


def _store(db: Path | None, *, create: bool = True):
    from crosscheck.review.store import DecisionStore

    return DecisionStore.open(db, create=create)


def _run(path: Path | None, sources: list[str] | None):
    from crosscheck.review.source import open_run

    if path is None:
        raise UsageError("give a run: the output of `crosscheck check ... --format jsonl`")
    return open_run(path, sources or ())


def review(
    run: RunArg = None,
    source: Sources = None,
    db: Db = None,
    reviewer: Reviewer = None,
    related: Annotated[bool, typer.Option("--related", help="Show related flags from the start.")] = False,
    filter_: Annotated[Optional[str], typer.Option("--filter", help="Start with this filter (as typed after /).", show_default=False)] = None,
    stats: Annotated[bool, typer.Option("--stats", help="Print reviewed counts and precision by evidence type, then exit.")] = False,
    format: Format = None,
    output: Output = None,
) -> None:
    from crosscheck.review.store import default_reviewer

    if stats:
        from crosscheck.output import emit
        from crosscheck.review.stats import review_stats

        with closing(_store(db)) as store:
            decisions = store.all()
        if run is not None:
            keys = set(_run(run, source).by_key())
            decisions = [d for d in decisions if d.key in keys]
        emit(review_stats(decisions), format, output)
        return
    loaded = _run(run, source)
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UsageError("the review app needs a terminal; use `crosscheck decide` and `crosscheck decisions` in scripts")
    from crosscheck.review.app import ReviewApp

    with closing(_store(db)) as store:
        ReviewApp(loaded, store, reviewer or default_reviewer(), show_related=related, filter_text=filter_ or "").run()


review.__doc__ = REVIEW_HELP


def decide(
    key: Annotated[str, typer.Argument(help="The link's key (the `key` of a link in `check --format jsonl`).", show_default=False)],
    verdict: Annotated[str, typer.Option("--verdict", help="confirmed, rejected (a false alarm) or unsure.", show_default=False)],
    note: Annotated[str, typer.Option("--note", help="A free-text note.")] = "",
    reviewer: Reviewer = None,
    db: Db = None,
    run: Annotated[Optional[Path], typer.Option("--run", help="Check that KEY is a flag of this saved run and record its relation, evidence and sentences.", show_default=False)] = None,
) -> None:
    """Record a decision on one link, as the review app does (for scripts and pipelines).

    KEY must be well-formed (32 hex digits); with --run it must be a flag of that
    run, and the decision records the flag's relation, evidence types and
    sentences (so `review --stats` can use them).  A key already decided keeps
    the context recorded with it.
    """
    from crosscheck.model import VERDICTS
    from crosscheck.review.keys import is_key

    if verdict not in VERDICTS:
        raise UsageError(f"--verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
    key = key.strip().lower()
    if not is_key(key):
        raise UsageError(f"not a link key: {key!r} (32 hex digits, the `key` of a link in `check --format jsonl`)")
    relation, evidence, context, fallback = None, (), {}, None
    if run is not None:
        flag = _run(run, None).by_key().get(key)
        if flag is None:
            raise InputError(f"unknown key {key}: no flag of this run has it", str(run))
        relation, evidence, context, fallback = flag.status, flag.evidence_types, flag.context(), flag.fallback
    with closing(_store(db)) as store:
        if run is None:
            known = store.latest().get(key)
            if known is not None:
                relation, evidence, context, fallback = known.relation, known.evidence, known.context, known.fallback
        d = store.decide(key, verdict, reviewer=reviewer, note=note, relation=relation, evidence=evidence,
                         context=context, fallback=fallback)
    print(json.dumps(d.as_dict(), ensure_ascii=False))


def decisions(
    format: Format = None,
    output: Output = None,
    db: Db = None,
    reviewer: Annotated[Optional[str], typer.Option("--reviewer", help="Only this reviewer's decisions.", show_default=False)] = None,
    history: Annotated[bool, typer.Option("--history", help="Every write in order (undo included), not the current decisions.")] = False,
) -> None:
    """List the recorded decisions: key, reviewer, verdict, time, relation and note (json, jsonl and csv
    also carry the evidence types and both sentences with their ids and documents)."""
    from crosscheck.output import check_output, emit

    fmt = check_output(format, output)
    with closing(_store(db, create=False)) as store:
        rows = store.history() if history else [d.as_dict() for d in store.all()]
    if reviewer:
        rows = [r for r in rows if r["reviewer"] == reviewer]
    if fmt in ("table", "md", "html"):  # for people: the decision itself; json/jsonl/csv carry everything
        rows = [{k: r.get(k) for k in ("key", "reviewer", "verdict", "at", "relation", "note") if k in r} for r in rows]
    emit(rows, format, output)


export_app = typer.Typer(help="Publish reviewed results.", no_args_is_help=True, add_completion=False)


@export_app.command("claimreview")
def export_claimreview(
    run: RunArg = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The JSON-LD file to write (default: stdout).", show_default=False)] = None,
    source: Sources = None,
    db: Db = None,
    author: Annotated[Optional[str], typer.Option("--author", help="The publishing organisation (default: [review] author in $CROSSCHECK_HOME/config.toml).", show_default=False)] = None,
) -> None:
    """schema.org ClaimReview records (JSON-LD) for the run's contradictions a reviewer confirmed."""
    from crosscheck.review.claimreview import claim_reviews, configured_author

    loaded = _run(run, source)
    who = {"name": author} if author else configured_author()
    if who is None:
        log.warning("no author configured (--author or [review] author in config.toml): the reviewer is named instead")
    with closing(_store(db, create=False)) as store:
        records = claim_reviews(loaded, store.latest(), who)
    if not source:
        log.warning("no --source given: the records carry no dates, outlets or URLs")
    text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if output is None or str(output) == "-":
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", str(output)) from None
    log.info("%d ClaimReview records", len(records))


def register(app: typer.Typer) -> None:
    """Mount the review commands on the main CLI."""
    app.command("review", help=REVIEW_HELP)(review)
    app.command("decide")(decide)
    app.command("decisions")(decisions)
    app.add_typer(export_app, name="export", help="Publish reviewed results (schema.org ClaimReview).")
