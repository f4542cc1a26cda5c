"""The bilingual frame table (tests/data/frame_cases.jsonl): each case asserts its key outputs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frame_eval import CASES as CASES_PATH, check, frame_case, load_cases  # noqa: E402

TABLE = load_cases()
HOLDOUT = load_cases(CASES_PATH.parent / "frame_holdout.jsonl")
CASES = TABLE + HOLDOUT


def test_table_size_and_balance():
    assert len(TABLE) >= 60
    langs = {c["lang"] for c in CASES}
    assert langs == {"en", "ru"}
    from frame_eval import PHENOMENON

    for lang in ("en", "ru"):
        covered = {PHENOMENON[k] for c in TABLE if c["lang"] == lang for k in c["expect"]}
        assert {"entities", "time", "quantity", "exclusivity", "polarity", "modality", "attribution", "event"} <= covered


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    res = check(case, frame_case(case))
    failures = {k: v for k, v in res.items() if v}
    assert not failures, failures
