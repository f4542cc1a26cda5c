"""The one way input bytes are read: regular files and stdin only, never more
than the size limit.

Devices (``/dev/zero``), named pipes and sockets are named and skipped without
being opened for reading (opening a FIFO blocks until a writer appears); a
symbolic link loop is reported as such.  Every read stops at ``limit + 1``
bytes, so an endless source cannot exhaust memory.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from typing import BinaryIO

from crosscheck.errors import InputError, UsageError

__all__ = ["DEFAULT_MAX_BYTES", "max_bytes_default", "human_bytes", "read_file", "read_stream", "kind_of"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 1 << 20


def human_bytes(n: int) -> str:
    """Binary units, as the limit is set: ``20 MiB``, ``1.5 MiB``, ``512 KiB``, ``100 bytes``."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} byte" + ("" if n == 1 else "s")


def max_bytes_default() -> int:
    """``$CROSSCHECK_MAX_BYTES`` (a positive whole number of bytes) or 20 MiB."""
    value = os.environ.get("CROSSCHECK_MAX_BYTES", "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    return parse_max_bytes(value, "CROSSCHECK_MAX_BYTES")


def parse_max_bytes(value: object, name: str = "--max-bytes") -> int:
    try:
        n = int(str(value).strip().replace("_", ""))
    except ValueError:
        raise UsageError(f"{name} must be a positive number of bytes, not {value!r}") from None
    if n <= 0:
        raise UsageError(f"{name} must be a positive number of bytes, not {value!r}")
    return n


def _too_large(what: str, limit: int, name: str) -> InputError:
    return InputError(f"{what} over the {human_bytes(limit)} limit (set --max-bytes or CROSSCHECK_MAX_BYTES to raise it)", name)


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def os_problem(exc: OSError, name: str) -> InputError:
    """An OSError as the one-line problem a user can act on."""
    if exc.errno == errno.ELOOP:
        return InputError("symbolic link loop", name)
    if exc.errno == errno.ENOENT:
        if os.path.islink(name):
            return InputError("broken symbolic link (its target does not exist)", name)
        return InputError("no such file or directory", name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError("cannot read: permission denied", name)
    if exc.errno == errno.ENAMETOOLONG:
        return InputError("file name too long", name)
    return InputError(f"cannot read: {exc.strerror or exc}", name)


def _read_limited(read, limit: int, name: str) -> bytes:
    parts: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    if total > limit:
        raise _too_large("input is", limit, name)
    return b"".join(parts)


def read_file(path: str, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them (else InputError)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise os_problem(exc, path) from None
    what = kind_of(st.st_mode)
    if what is not None:
        raise InputError(f"{what}, not a regular file: skipped", path)
    if st.st_size > limit:
        raise _too_large(f"file is {human_bytes(st.st_size)},", limit, path)
    # O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening does not hang.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise os_problem(exc, path) from None
    try:
        what = kind_of(os.fstat(fd).st_mode)
        if what is not None:
            raise InputError(f"{what}, not a regular file: skipped", path)
        return _read_limited(lambda n: os.read(fd, n), limit, path)
    except OSError as exc:
        raise os_problem(exc, path) from None
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO | None, limit: int, name: str = "<stdin>") -> bytes:
    """At most ``limit`` bytes of ``stream`` (default: stdin), reading ``limit + 1`` at most."""
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("no standard input", name)
    try:
        return _read_limited(stream.read, limit, name)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
