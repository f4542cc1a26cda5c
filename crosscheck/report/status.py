"""Status vocabulary of reports: formats, display status, ordering."""

from __future__ import annotations

from pathlib import Path

from crosscheck.errors import UsageError
from crosscheck.model import STATUSES, ClaimResult

__all__ = ["FORMATS", "SUFFIXES", "STATUS_ORDER", "format_for_path", "check_format", "status_rank", "display_status"]

#: Every format ``Report.render`` knows.
FORMATS = ("table", "json", "jsonl", "csv", "md", "html")
#: File suffix -> format, for ``Report.write`` and ``--output``.
SUFFIXES = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "table",
}
#: Status strength, strongest first (``None`` = skipped segment comes last).
STATUS_ORDER = {status: i for i, status in enumerate(STATUSES)}


def format_for_path(path: str | Path, default: str | None = None) -> str | None:
    """The format a file name asks for (by suffix), else ``default``."""
    return SUFFIXES.get(Path(str(path)).suffix.lower(), default)


def check_format(fmt: str) -> str:
    fmt = (fmt or "").strip().lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt == "ndjson":
        fmt = "jsonl"
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return fmt


#: Display labels beyond the statuses: a checkable segment without a status
#: (``crosscheck claims`` output) is "unchecked"; any other one is "skipped".
UNCHECKED, SKIPPED = "unchecked", "skipped"


def status_rank(status: str | None) -> int:
    """Sort key: contradict, agree, related, unique, (other statuses), unchecked, skipped."""
    if status in STATUS_ORDER:
        return STATUS_ORDER[status]
    if status == UNCHECKED:
        return len(STATUSES) + 1
    if status in (None, SKIPPED):
        return len(STATUSES) + 2
    return len(STATUSES)


def display_status(result: ClaimResult) -> str:
    """The status shown for a result: its status, else "unchecked" (a checkable
    kind without a status or a reason, as in ``crosscheck claims``) or "skipped"."""
    if result.status:
        return result.status
    seg = result.segment
    return UNCHECKED if seg.checked and not seg.reason else SKIPPED
