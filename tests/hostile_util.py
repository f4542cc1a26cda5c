"""Shared helpers of the hostile-input tests (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.cli import main

EN = "The defence minister arrived in Kazan on Tuesday. The talks will last two days, the ministry said."
RU = "Министр обороны прибыл в Казань во вторник. Переговоры продлятся два дня, сообщает пресс-служба ведомства."


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("crosscheck: error: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture
def en_file(tmp_path) -> Path:
    p = tmp_path / "en.txt"
    p.write_text(EN, encoding="utf-8")
    return p
