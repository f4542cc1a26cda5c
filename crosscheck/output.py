"""Output options shared by every CLI command: data on stdout (or ``--output FILE``),
logs and progress on stderr.

    emit(report, fmt=None, output=None)      # table on a terminal, JSONL when piped
    with progress(total, "embedding") as bar:
        ...; bar.advance()

``emit`` takes a :class:`~crosscheck.report.Report` or a list of plain dict
records (``align`` pairs, ``compare`` results), which render in the same formats.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, TextIO

from crosscheck.errors import InputError
from crosscheck.report import FORMATS, check_format, format_for_path

__all__ = ["FORMATS", "resolve_format", "check_output", "emit", "render", "progress", "track", "stderr_console", "is_terminal"]


def is_terminal(stream: TextIO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False


def resolve_format(fmt: str | None, output: str | os.PathLike | None = None, *, stream: TextIO | None = None) -> str:
    """The format to write.

    An explicit ``fmt`` wins (unknown -> :class:`UsageError`).  Otherwise an
    ``output`` file's suffix decides (``.html``, ``.csv``, ...; jsonl if unknown),
    and on stdout: ``table`` when it is a terminal, else ``jsonl``.
    """
    if fmt:
        return check_format(fmt)
    if output not in (None, "", "-"):
        return format_for_path(str(output), "jsonl") or "jsonl"
    stream = sys.stdout if stream is None else stream
    return "table" if is_terminal(stream) else "jsonl"


def check_output(fmt: str | None, output: str | os.PathLike | None = None) -> str:
    """Validate ``--format`` and ``--output`` before any work is done; returns the format.

    Raises :class:`UsageError` for an unknown format and :class:`InputError` when
    the output file's folder does not exist or the path is a directory.
    """
    to_file = output not in (None, "", "-")
    resolved = resolve_format(fmt, output if to_file else None)
    if to_file:
        path = Path(str(output))
        if path.is_dir():
            raise InputError("is a directory, not a file", str(path))
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise InputError("cannot write: no such directory", str(path))
        if path.exists():
            if not os.access(path, os.W_OK):
                raise InputError("cannot write: permission denied", str(path))
        elif not os.access(parent, os.W_OK):
            raise InputError("cannot write: permission denied", str(path))
    return resolved


def render(data: Any, fmt: str, *, width: int | None = None, **options: Any) -> str:
    """``data`` (a Report, anything with ``render(fmt)``, or dict records) as text."""
    fmt = check_format(fmt)
    if fmt == "table" and width is not None:
        options["width"] = width
    if hasattr(data, "render"):
        return data.render(fmt, **options)
    from crosscheck.report.export import records_to_text

    if isinstance(data, Mapping):
        data = [data]
    return records_to_text(list(data), fmt, width=width or 120)


def emit(
    data: Any,
    fmt: str | None = None,
    output: str | os.PathLike | None = None,
    *,
    console: Any = None,
    stream: TextIO | None = None,
    show_skipped: bool = False,
) -> str:
    """Write ``data`` to ``output`` (a file path; ``None`` or ``"-"`` = stdout) and
    return the format used.

    ``fmt=None`` picks ``table`` on a terminal and ``jsonl`` when stdout is piped
    (or the file suffix for ``output``).  A table on a terminal is printed through
    ``console`` (a rich Console; colours follow the terminal and NO_COLOR).
    Raises :class:`UsageError` for an unknown format and :class:`InputError` when
    the output file cannot be written.
    """
    stream = sys.stdout if stream is None else stream
    to_file = output not in (None, "", "-")
    fmt = resolve_format(fmt, output if to_file else None, stream=stream)
    options: dict[str, Any] = {}
    if show_skipped and fmt in ("table", "md"):
        options["show_skipped"] = True
    if to_file:
        path = Path(str(output))
        if path.is_dir():
            raise InputError("is a directory, not a file", str(path))
        opts = {**({"width": 120} if fmt == "table" else {}), **options}
        pieces = data.iter_text(fmt, **opts) if hasattr(data, "iter_text") else iter([render(data, fmt, **opts)])
        try:
            with open(path, "w", encoding="utf-8") as out:
                for piece in pieces:  # JSONL/JSON of a Report: record by record (see Report.iter_text)
                    out.write(piece)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
        return fmt
    try:
        if fmt == "table" and (console is not None or is_terminal(stream)):
            if console is None:
                from rich.console import Console

                console = Console(file=stream)
            renderable = data.table(show_skipped=show_skipped) if hasattr(data, "table") else None
            if renderable is not None:
                console.print(renderable)
            else:
                console.print(render(data, "table", width=console.width), end="", markup=False, highlight=False)
        else:
            width = None
            if fmt == "table":
                width = _columns(default=120)
            if hasattr(data, "iter_text") and fmt in ("jsonl", "json"):
                for piece in data.iter_text(fmt, **options):  # record by record (see Report.iter_text)
                    stream.write(piece)
            else:
                stream.write(render(data, fmt, width=width, **options))
        stream.flush()
    except BrokenPipeError:  # e.g. `crosscheck check ... | head`
        _silence(stream)
    except OSError as exc:  # e.g. stdout is /dev/full
        _silence(stream)
        raise InputError(f"cannot write: {exc.strerror or exc}", "<stdout>") from None
    return fmt


def _silence(stream: TextIO) -> None:
    """Point ``stream`` at /dev/null so the interpreter's final flush does not fail again."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())


def _columns(default: int = 120) -> int:
    try:
        return int(os.environ.get("COLUMNS", "")) or default
    except ValueError:
        return default


def stderr_console():
    """A rich Console on stderr (for logs and progress; respects NO_COLOR)."""
    from rich.console import Console

    return Console(stderr=True)


class _Bar:
    """What ``progress`` yields: ``advance(n)``, ``update(...)``; a no-op when silent."""

    def __init__(self, progress=None, task=None):
        self._progress = progress
        self._task = task

    def advance(self, n: float = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def update(self, *, description: str | None = None, total: float | None = None, completed: float | None = None) -> None:
        if self._progress is not None:
            kwargs = {k: v for k, v in (("description", description), ("total", total), ("completed", completed)) if v is not None}
            self._progress.update(self._task, **kwargs)

    @property
    def enabled(self) -> bool:
        return self._progress is not None


@contextlib.contextmanager
def progress(
    total: float | None = None,
    description: str = "working",
    *,
    enabled: bool | None = None,
    stream: TextIO | None = None,
    transient: bool = True,
) -> Iterator[_Bar]:
    """A progress bar on stderr, shown only when stderr is a terminal (silent otherwise).

    ``enabled`` forces it on or off; ``CROSSCHECK_PROGRESS=0`` turns it off.
    """
    stream = sys.stderr if stream is None else stream
    if enabled is None:
        enabled = is_terminal(stream) and os.environ.get("CROSSCHECK_PROGRESS", "1") not in ("0", "false", "no")
    if not enabled:
        yield _Bar()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(file=stream)
    columns = [SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn()]
    if total is not None:
        columns.append(MofNCompleteColumn())
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=console, transient=transient) as bar:
        task = bar.add_task(description, total=total)
        yield _Bar(bar, task)


def track(items: Iterable[Any], description: str = "working", *, total: float | None = None, **kwargs: Any) -> Iterator[Any]:
    """Iterate with a progress bar on stderr (silent when stderr is not a terminal)."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with progress(total, description, **kwargs) as bar:
        for item in items:
            yield item
            bar.advance()
