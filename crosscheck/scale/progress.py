"""A progress bar per stage on a terminal: counts, rate and elapsed time.

``StageBars`` is the ``progress`` callback of ``pipeline.check``: calling it with a
stage name starts that stage's bar (the previous one is completed); ``start(stage,
total)`` gives the stage a count, ``advance(n)`` moves it.  Silent when stderr is
not a terminal (or ``CROSSCHECK_PROGRESS=0``).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from contextlib import contextmanager
from typing import Iterator

log = logging.getLogger("crosscheck")

__all__ = ["StageBars", "stage_bars", "start", "advance"]


class StageBars:
    def __init__(self, progress=None):
        self._progress = progress
        self._task = None
        self._stage = None
        self._t0 = time.perf_counter()

    def __call__(self, stage: str) -> None:
        self.start(stage)

    def start(self, stage: str, total: int | None = None) -> None:
        self._finish()
        log.info("stage: %s%s", stage, f" ({total})" if total is not None else "")
        self._stage, self._t0 = stage, time.perf_counter()
        if self._progress is not None:
            self._task = self._progress.add_task(stage, total=total)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)

    def _finish(self) -> None:
        if self._stage is not None:
            log.debug("stage %s done in %.2f s", self._stage, time.perf_counter() - self._t0)
        if self._progress is not None and self._task is not None:
            task = next((t for t in self._progress.tasks if t.id == self._task), None)
            total = task.total if task is not None else None
            self._progress.update(self._task, total=total if total is not None else 1,
                                  completed=total if total is not None else 1)
        self._task = None


@contextmanager
def stage_bars(*, enabled: bool | None = None) -> Iterator[StageBars]:
    from crosscheck.output import is_terminal

    stream = sys.stderr
    if enabled is None:
        enabled = is_terminal(stream) and os.environ.get("CROSSCHECK_PROGRESS", "1") not in ("0", "false", "no")
    if not enabled:
        yield StageBars()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    class _Rate(TextColumn):
        def __init__(self):
            super().__init__("")

        def render(self, task):
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f}/s" if speed and task.total else "", style="progress.data.speed")

    columns = [SpinnerColumn(), TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), _Rate(),
               TimeElapsedColumn()]
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        bars = StageBars(bar)
        try:
            yield bars
        finally:
            bars._finish()


def start(progress, stage: str, total: int | None = None) -> None:
    """Start a stage on any ``progress`` callback (a plain ``say(stage)`` too)."""
    if progress is None:
        log.info("stage: %s", stage)
    elif hasattr(progress, "start"):
        progress.start(stage, total)
    else:
        progress(stage)


def advance(progress, n: int = 1) -> None:
    if progress is not None and hasattr(progress, "advance"):
        progress.advance(n)
