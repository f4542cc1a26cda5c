"""The CLI's one error boundary: every way a run can end becomes an exit code and,
on failure, one line on stderr.

    0  ran (and found nothing at or above ``--fail-on``); also ``--help``/``--version``
    1  findings at or above ``--fail-on``
    2  usage, input, configuration or internal error
  130  interrupted (Ctrl-C)

Click and Typer exceptions are recognised by behaviour, not by one import path:
Typer may carry its own copy of Click (``typer._click``), and both copies may be
installed at once.  ``-v``/``--verbose`` or ``CROSSCHECK_DEBUG=1`` adds the
traceback of an unexpected error.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from crosscheck.errors import CrosscheckError

__all__ = ["run", "INTERRUPTED"]

INTERRUPTED = 130
PROG = "crosscheck"


def _click_bases() -> tuple[type, ...]:
    """ClickException classes of every Click copy that is importable."""
    bases: list[type] = []
    for module in ("typer._click.exceptions", "click.exceptions"):
        try:
            mod = __import__(module, fromlist=["ClickException"])
        except Exception:
            continue
        cls = getattr(mod, "ClickException", None)
        if isinstance(cls, type):
            bases.append(cls)
    return tuple(bases)


def _mro_names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _is_exit(exc: BaseException) -> bool:
    """Click's ``Exit`` (or Typer's own): a request to stop with a code, not an error."""
    return "Exit" in _mro_names(exc) and isinstance(getattr(exc, "exit_code", None), int)


def _is_abort(exc: BaseException) -> bool:
    return "Abort" in _mro_names(exc)


def _is_click_error(exc: BaseException) -> bool:
    bases = _click_bases()
    if bases and isinstance(exc, bases):
        return True
    names = _mro_names(exc)
    return ("ClickException" in names or "UsageError" in names) and callable(getattr(exc, "format_message", None))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _usage_message(exc: BaseException, commands: Sequence[str]) -> str:
    message = ""
    try:
        message = exc.format_message()  # type: ignore[attr-defined]
    except Exception:
        message = str(exc)
    message = _one_line(message)
    ctx = getattr(exc, "ctx", None)
    path = getattr(ctx, "command_path", None) or PROG
    if not message:  # no_args_is_help: a bare `crosscheck` or `crosscheck models`
        listed = f" (commands: {', '.join(commands)})" if commands and path == PROG else ""
        return f"no command given{listed}; see `{path} --help`"
    return f"{message} (see `{path} --help`)"


def _debug(argv: Sequence[str]) -> bool:
    if os.environ.get("CROSSCHECK_DEBUG", "").strip().lower() in ("1", "true", "yes", "on"):
        return True
    for arg in argv:
        if arg == "--":
            break
        if arg == "--verbose" or (arg.startswith("-") and not arg.startswith("--") and "v" in arg[1:]):
            return True
    return False


def _say(line: str) -> None:
    try:
        sys.stderr.write(f"{PROG}: {line}\n")
        sys.stderr.flush()
    except Exception:  # stderr itself is gone: nothing left to tell
        pass


def _tolerant_streams() -> None:
    """On a stream that is not UTF-8 (a latin-1 locale, PYTHONIOENCODING=ascii) characters it
    cannot encode are written as ``\\uXXXX`` escapes instead of failing the run; JSON stays valid."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding and encoding not in ("utf8", "utf8sig") and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except Exception:
                pass


def _silence_stdout() -> None:
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        fd = sys.stdout.fileno()
    except Exception:  # not a real file (tests, notebooks)
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except OSError:
        pass


def _os_message(exc: OSError) -> str:
    what = exc.strerror or type(exc).__name__
    name = exc.filename if exc.filename is not None else None
    return f"{name}: {what}" if name else what


def run(app: Callable[..., Any], argv: Sequence[str] | None = None, *, commands: Sequence[str] = ()) -> int:
    """Run a Typer/Click ``app`` on ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    try:
        result = app(args=argv, prog_name=PROG, standalone_mode=False)
    except CrosscheckError as exc:
        _say(f"error: {_one_line(str(exc))}")
        return exc.exit_code
    except KeyboardInterrupt:
        _say("interrupted")
        return INTERRUPTED
    except BrokenPipeError:  # `crosscheck ... | head`: the reader left, nothing is wrong
        _silence_stdout()
        return 0
    except Exception as exc:
        if _is_exit(exc):
            code = exc.exit_code  # type: ignore[attr-defined]
            if code == INTERRUPTED and isinstance(exc.__cause__ or exc.__context__, KeyboardInterrupt):
                _say("interrupted")  # Typer turns Ctrl-C into Exit(130)
                return INTERRUPTED
            return code if code in (0, 1, 2) else 2
        if _is_abort(exc):
            _say("interrupted")
            return INTERRUPTED
        if _is_click_error(exc):
            _say(f"error: {_usage_message(exc, commands)}")
            return 2
        if isinstance(exc, OSError):
            _silence_stdout()  # stdout may be the broken stream: spare the final flush
            _say(f"error: {_os_message(exc)}")
        elif isinstance(exc, MemoryError):
            _say("error: out of memory (try a smaller input or --max-bytes)")
        else:
            hint = "" if _debug(argv) else " (run with -v or CROSSCHECK_DEBUG=1 for the traceback)"
            _say(f"error: internal error: {type(exc).__name__}: {_one_line(str(exc))[:300]}{hint}")
        if _debug(argv):
            traceback.print_exc(file=sys.stderr)
        return 2
    if isinstance(result, int) and not isinstance(result, bool):
        if result == INTERRUPTED:  # Typer turns Ctrl-C into a returned 130 when not standalone
            _say("interrupted")
            return INTERRUPTED
        return result if result in (0, 1, 2) else 2
    return 0
