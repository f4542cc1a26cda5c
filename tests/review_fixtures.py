"""One saved seeds run (``check --format jsonl``) shared by the review tests in a session."""

from __future__ import annotations

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The seeds' flagship contradiction: EN 000 "the first between the two generals since 2013"
#: vs RU 001 "already in January they met in Baku".
FLAGSHIP = ("000_d58e4c5f6d9dbaad:03", "001_5ad936416c912d06:08")


@functools.lru_cache(maxsize=1)
def seeds_report():
    """`crosscheck check seeds/`, computed once.  The review tests always name their own
    database (--db), so the session's default one holds no decisions."""
    import crosscheck

    report = crosscheck.check([SEEDS])
    assert not any(link.review for r in report.results for link in r.links)
    return report


@functools.lru_cache(maxsize=1)
def seeds_run_text() -> str:
    """The JSONL of the seeds run."""
    return seeds_report().render("jsonl")


def write_seeds_run(folder: Path) -> Path:
    path = folder / "seeds_run.jsonl"
    path.write_text(seeds_run_text(), encoding="utf-8")
    return path


def flagship_key(run_path: Path) -> str:
    from crosscheck.review.source import load_run

    for flag in load_run(run_path).flags:
        if {flag.a.id, flag.b.id if flag.b else None} == set(FLAGSHIP):
            return flag.key
    raise AssertionError("the flagship contradiction is not in the seeds run")
