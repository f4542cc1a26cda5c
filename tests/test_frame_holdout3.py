"""A fresh held-out frame table (tests/data/frame_holdout3.jsonl), written before the code
was run on it: 43 sentences, English and Russian, news, encyclopedic, economic and sport.
First contact: 97/99 phenomenon trials (98.0%).  One miss ("Агентство Синьхуа") was later
fixed by a general rule (98/99); the other is kept.  The floor sits below the measurement."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frame_eval import CASES, check, frame_case, load_cases  # noqa: E402

TABLE = load_cases(CASES.parent / "frame_holdout3.jsonl")


def test_holdout3_accuracy_floor():
    ok = total = 0
    for case in TABLE:
        for msgs in check(case, frame_case(case)).values():
            total += 1
            ok += not msgs
    assert len(TABLE) >= 40 and total >= 90
    assert ok / total >= 0.90, f"{ok}/{total}"
