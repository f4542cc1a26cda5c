"""File exports: JSON, JSONL, CSV and Markdown.

All of them go through :func:`crosscheck.serialize.result_to_dict`, so one record
shape (the output contract) is written everywhere.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from crosscheck.serialize import frame_to_dict, link_to_dict

if TYPE_CHECKING:  # pragma: no cover
    from crosscheck.report.core import Report

__all__ = [
    "to_json",
    "to_jsonl",
    "iter_jsonl",
    "iter_json",
    "iter_text",
    "to_csv",
    "to_md",
    "document_to_dict",
    "csv_frame",
    "records_to_text",
    "md_escape",
    "stable_meta",
    "csv_safe",
    "VOLATILE_META",
]

#: Run information that differs between identical runs (wall-clock timings): kept in
#: ``Report.meta`` for library users and logged with ``-v``, never written to files.
VOLATILE_META = ("timings",)


def stable_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k not in VOLATILE_META}


def _dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=str)


def document_to_dict(doc) -> dict[str, Any]:
    return {
        "id": doc.id,
        "lang": doc.lang,
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.date_source,
        "outlet": doc.outlet or None,
        "title": doc.title,
        "url": doc.url,
        "path": doc.path,
        "format": doc.fmt,
        "chars": len(doc.text),
    }


def to_jsonl(report: "Report") -> str:
    """One contract record per line (per segment), in document order."""
    return "".join(iter_jsonl(report))


def iter_jsonl(report: "Report") -> Iterator[str]:
    """``to_jsonl`` line by line (one record in memory at a time)."""
    return (_dumps(rec) + "\n" for rec in report.iter_records())


class _Records(list):
    """The report's records for the JSON encoder, made one at a time as it writes them
    (the pure-Python encoder, used whenever ``indent`` is set, only iterates a list)."""

    def __init__(self, report: "Report"):
        super().__init__()
        self._report = report

    def __len__(self) -> int:
        return len(self._report.results)

    def __iter__(self):
        return iter(self._report.iter_records())


def _json_payload(report: "Report", claims) -> dict[str, Any]:
    return {
        "documents": [document_to_dict(d) for d in report.documents],
        "claims": claims,
        "summary": report.summary(),
        "meta": stable_meta(report.meta),
    }


def to_json(report: "Report", indent: int | None = 2) -> str:
    """``{"documents": [...], "claims": [...records...], "summary": {...}, "meta": {...}}``."""
    return _dumps(_json_payload(report, report.records()), indent) + "\n"


def iter_json(report: "Report", indent: int | None = 2, chunk: int = 1 << 20) -> Iterator[str]:
    """``to_json`` in pieces of about ``chunk`` characters, the same characters (one
    record in memory at a time; without ``indent`` the records are built at once)."""
    if indent is None:
        yield to_json(report, None)
        return
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent, default=str)
    buf: list[str] = []
    size = 0
    for piece in encoder.iterencode(_json_payload(report, _Records(report))):
        buf.append(piece)
        size += len(piece)
        if size >= chunk:
            yield "".join(buf)
            buf, size = [], 0
    buf.append("\n")
    yield "".join(buf)


def iter_text(report: "Report", fmt: str, **options: Any) -> Iterator[str]:
    """The report as text in pieces: JSONL and JSON are streamed record by record (a large
    corpus has millions of links); other formats are rendered whole."""
    if fmt == "jsonl" and not options:
        return iter_jsonl(report)
    if fmt == "json" and set(options) <= {"indent"}:
        return iter_json(report, **options)
    return iter([report.render(fmt, **options)])


def csv_frame(report: "Report"):
    """The claims DataFrame plus ``links`` and ``frame`` as JSON string columns."""
    df = report.to_pandas()
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    df["links"] = [_dumps([link_to_dict(link) for link in r.links]) for r in report.results]
    df["frame"] = [_dumps(frame_to_dict(r.frame)) if r.frame is not None else "" for r in report.results]
    return df


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR
    first) gets a leading ``'``; numbers, and texts that are just a number (``-5``), stay as they are."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


def to_csv(report: "Report") -> str:
    """Flat columns; ``links`` is a JSON string; formula-like text cells neutralised
    (:func:`csv_safe`).  Round-trips through ``pandas.read_csv``."""
    df = csv_frame(report)
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    return _records_csv(rows, list(df.columns))


def _cell(v: Any) -> str:
    if isinstance(v, (list, dict)):
        return _dumps(v)
    return "" if v is None else str(v)


def _records_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """The one CSV writer: a header row, then one row per record; text cells neutralised (:func:`csv_safe`)."""
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([csv_safe(_cell(r.get(c))) if isinstance(r.get(c), str) else _cell(r.get(c)) for c in columns])
    return buf.getvalue()


def md_escape(text: Any) -> str:
    if text is None:
        return ""
    text = " ".join(str(text).split())
    for ch in ("\\", "|", "`", "*", "_", "[", "]", "<", ">"):
        text = text.replace(ch, "\\" + ch)
    return text


def to_md(report: "Report", show_skipped: bool = False) -> str:
    """A Markdown table of the checked claims, strongest status first."""
    from crosscheck.report.status import display_status

    out = ["# crosscheck report", "", md_escape(report.summary_line()), ""]
    out.append("| status | claim | counterpart | score | explanation |")
    out.append("| --- | --- | --- | ---: | --- |")
    for r in report.ordered(show_skipped=show_skipped):
        doc = report.document_of(r)
        best = report.best_link(r)
        claim = f"**{md_escape(r.id)}** ({md_escape(r.segment.lang)}{', ' + md_escape(doc.outlet) if doc.outlet else ''}"
        claim += f", {doc.date.isoformat()}" if doc.date else ""
        claim += f"): {md_escape(r.segment.text)}"
        if best is not None:
            other = report.result(best.id)
            counterpart = f"**{md_escape(best.id)}**"
            if other is not None:
                counterpart += f" ({md_escape(other.segment.lang)}): {md_escape(other.segment.text)}"
            score = f"{best.score:.2f}"
            explanation = md_escape(best.explanation)
        else:
            counterpart, score = "", ""
            if r.status is None:
                explanation = md_escape(r.segment.reason or r.segment.kind)
            else:
                explanation = "no counterpart found"
        shown = display_status(r)
        status = shown if shown != "skipped" else f"skipped ({md_escape(r.segment.kind)})"
        out.append(f"| {status} | {claim} | {counterpart} | {score} | {explanation} |")
    return "\n".join(out) + "\n"


# -- generic records (align pairs, compare results, ...) ----------------------------
def records_to_text(records: Iterable[Mapping[str, Any]], fmt: str, *, width: int = 120) -> str:
    """Render plain dict records (e.g. ``align`` or ``compare`` output) in any format."""
    rows = [dict(r) for r in records]
    if fmt == "jsonl":
        return "".join(_dumps(r) + "\n" for r in rows)
    if fmt == "json":
        return _dumps(rows, 2) + "\n"
    columns: list[str] = []
    for r in rows:
        columns += [k for k in r if k not in columns]

    cell = _cell
    if fmt == "csv":
        return _records_csv(rows, columns)
    if fmt == "md":
        out = ["| " + " | ".join(md_escape(c) for c in columns) + " |", "|" + " --- |" * len(columns)]
        out += ["| " + " | ".join(md_escape(cell(r.get(c))) for c in columns) + " |" for r in rows]
        return "\n".join(out) + "\n"
    if fmt == "html":
        from html import escape

        head = "".join(f"<th>{escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell(r.get(c)))}</td>" for c in columns) + "</tr>" for r in rows
        )
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>crosscheck</title></head>'
            f"<body><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>\n"
        )
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*(Text(cell(r.get(c))) for c in columns))
        buf = io.StringIO()
        Console(file=buf, width=width, color_system=None, force_terminal=False).print(table)
        return buf.getvalue()
    from crosscheck.errors import UsageError

    raise UsageError(f"unknown format {fmt!r}")
