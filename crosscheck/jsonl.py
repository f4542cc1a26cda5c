"""JSON Lines: one object per line, every problem named by ``file:line``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from crosscheck.errors import InputError


def objects(text: str, source: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """``(line number, object)`` for each non-blank line, or ``(line number, InputError)``
    for a line that is not a JSON object; the caller decides whether to stop or go on."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, InputError(f"invalid JSON ({exc.msg})", where)
            continue
        yield n, item if isinstance(item, dict) else InputError("each line must be a JSON object", where)


def strict_objects(text: str, source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Like :func:`objects`, raising the first problem."""
    for n, item in objects(text, source):
        if isinstance(item, InputError):
            raise item
        yield n, item
