"""bench/perturb.py --fresh: a fresh set repeats no sentence of the shared data or of an earlier set's source."""
import sys
from pathlib import Path

BENCH = str(Path(__file__).resolve().parent.parent / "bench")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

import perturb  # noqa: E402

HEADER = "en\tru\tseg_id\n"


def _tsv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path.write_text(HEADER + "".join(f"{en}\t{ru}\t{sid}\n" for en, ru, sid in rows), encoding="utf-8")
    return path


def test_fresh_rows_leave_out_sentences_of_an_excluded_earlier_source(tmp_path):
    data = tmp_path / "data"
    data.mkdir()  # no shared data here: only the exclude file and the source itself count
    earlier = _tsv(tmp_path / "heldout4.tsv", [("The bridge opened in 1905 after six years.",
                                                  "Мост открыли в 1905 году после шести лет работ.", "h4-1")])
    src = _tsv(tmp_path / "src.tsv", [
        ("The bridge opened in 1905 after six years.", "Мост был открыт в 1905 году.", "new-1"),  # English seen
        ("Someone else wrote it.", "Мост открыли в 1905 году после шести лет работ.", "new-2"),  # Russian seen
        ("The museum has 12 rooms on two floors.", "В музее 12 залов на двух этажах.", "new-3"),
        ("The museum has 12 rooms on two floors!", "В музее 12 залов на двух этажах!", "new-4"),  # repeats new-3
    ])
    rows, dropped = perturb.fresh_rows(src, data, (earlier,))
    assert [pid for pid, _, _ in rows] == ["new-3"]
    assert dropped["duplicate"] == 3
    rows, dropped = perturb.fresh_rows(src, data)  # without the exclude file only the repeat goes
    assert [pid for pid, _, _ in rows] == ["new-1", "new-2", "new-3"]
