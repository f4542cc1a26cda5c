"""Output of plain row records (``align``, ``compare``, ``eval``) in the shared formats.

JSON and JSONL carry the contract fields only; the human formats (table, csv,
md, html) may show more columns, such as the two texts.
"""

from __future__ import annotations

import csv
import html
import io
import json
import sys
from collections.abc import Sequence
from typing import Any

from .errors import InputError, UsageError

FORMATS = ("table", "json", "jsonl", "csv", "md", "html")


def _default_format(output: str | None) -> str:
    if output:
        suffix = output.rsplit(".", 1)[-1].lower() if "." in output else ""
        if suffix in FORMATS:
            return suffix
        if suffix in ("markdown",):
            return "md"
        if suffix in ("htm",):
            return "html"
        return "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


def render_rows(rows: Sequence[dict[str, Any]], fmt: str, *, contract: Sequence[str] | None = None, title: str = "") -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    strict = [c for c in (contract or columns)]
    if fmt == "jsonl":
        return "".join(json.dumps({k: r.get(k) for k in strict}, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "json":
        return json.dumps([{k: r.get(k) for k in strict} for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns or strict, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()})
        return buf.getvalue()
    if fmt == "md":
        cols = columns or strict
        cell = lambda v: str(v).replace("|", "\\|").replace("\n", " ")  # noqa: E731
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(cell(r.get(c, "")) for c in cols) + " |" for r in rows]
        return (f"## {title}\n\n" if title else "") + "\n".join(lines) + "\n"
    if fmt == "html":
        cols = columns or strict
        head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(str(r.get(c, '')))}</td>" for c in cols) + "</tr>" for r in rows)
        return (f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
                f"<style>body{{font:14px system-ui,sans-serif}}td,th{{border:1px solid #ccc;padding:4px;vertical-align:top}}"
                f"table{{border-collapse:collapse}}</style><h1>{html.escape(title)}</h1>"
                f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n")
    raise AssertionError(fmt)


def _table(rows, title: str, console) -> None:
    from rich.table import Table

    table = Table(title=title or None, show_lines=False, expand=True)
    cols: list[str] = []
    for row in rows:
        for key in row:
            if key not in cols:
                cols.append(key)
    for c in cols:
        table.add_column(c, overflow="fold", ratio=3 if c.startswith("text") or c == "explanation" else 1)
    for r in rows:
        table.add_row(*[("" if r.get(c) is None else (f"{r[c]:.3f}" if isinstance(r.get(c), float) else str(r[c]))) for c in cols])
    console.print(table)
    console.print(f"{len(rows)} rows")


def emit_rows(rows: Sequence[dict[str, Any]], fmt: str | None, output: str | None, *,
              contract: Sequence[str] | None = None, title: str = "") -> None:
    fmt = fmt or _default_format(output)
    if fmt == "table":
        from rich.console import Console

        if output:
            try:
                with open(output, "w", encoding="utf-8") as fh:
                    _table(rows, title, Console(file=fh, width=160, no_color=True))
            except OSError as exc:
                raise InputError(f"cannot write: {exc.strerror or exc}", output) from None
        else:
            _table(rows, title, Console())
        return
    text = render_rows(rows, fmt, contract=contract, title=title)
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", output) from None
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
