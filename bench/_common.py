"""Shared helpers for the bench scripts (not part of the package)."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (REPO.parent / "shared" / "data").resolve()
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def read_pairs(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = [r for r in rows if r.get("en") and r.get("ru")]
    return rows[:limit] if limit else rows


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def wmt_split(rows: list[dict[str, str]], part: str, seed: int = 2022) -> list[dict[str, str]]:
    """Disjoint halves of WMT22: "calib" for bench/calibrate.py, "bench" for bench/bench_align.py."""
    import random

    idx = list(range(len(rows)))
    random.Random(seed).shuffle(idx)
    half = len(idx) // 2
    chosen = idx[:half] if part == "calib" else idx[half:]
    return [rows[i] for i in chosen]


def degrade(text: str, rng, other: str | None = None) -> str:
    """A partial rendering of ``text``: a contiguous 50-80 % of its words, sometimes
    followed by half of ``other`` (comparable news states a subset of the facts, or
    merges two sentences)."""
    words = text.split()
    n = max(1, round(len(words) * rng.uniform(0.5, 0.8)))
    start = rng.randint(0, len(words) - n)
    part = words[start : start + n]
    if other and rng.random() < 0.4:
        ow = other.split()
        part = part + ow[: max(1, len(ow) // 2)]
    return " ".join(part)


def make_doc_pair(pool: list[dict[str, str]], rng, overlap: float, size_range=(20, 60), partial: float = 0.0):
    """A synthetic comparable EN/RU document pair drawn from translation pairs.

    Returns (en_texts, ru_texts, gold) where gold is a set of (en_index, ru_index)
    translation pairs; rows are removed from ``pool`` so documents never share
    unshared rows.  With ``partial`` > 0, that fraction of the shared pairs has one
    side replaced by a partial rendering (see :func:`degrade`): still a counterpart.
    """
    n_en = rng.randint(*size_range)
    n_ru = rng.randint(*size_range)
    n_shared = max(1, round(overlap * min(n_en, n_ru)))
    need = n_shared + (n_en - n_shared) + (n_ru - n_shared)
    rows = [pool.pop() for _ in range(min(need, len(pool)))]
    shared, rest = rows[:n_shared], rows[n_shared:]
    en_only, ru_only = rest[: n_en - n_shared], rest[n_en - n_shared :]
    en = [(r["en"], ("s", i)) for i, r in enumerate(shared)] + [(r["en"], ("u", i)) for i, r in enumerate(en_only)]
    ru = [(r["ru"], ("s", i)) for i, r in enumerate(shared)] + [(r["ru"], ("v", i)) for i, r in enumerate(ru_only)]
    if partial:
        for i in range(len(shared)):
            if rng.random() < partial:
                side = en if rng.random() < 0.5 else ru
                other = side[rng.randrange(len(side))][0]
                side[i] = (degrade(side[i][0], rng, other), side[i][1])
    rng.shuffle(en)
    rng.shuffle(ru)
    ru_pos = {tag: j for j, (_, tag) in enumerate(ru) if tag[0] == "s"}
    gold = {(i, ru_pos[tag]) for i, (_, tag) in enumerate(en) if tag[0] == "s"}
    return [t for t, _ in en], [t for t, _ in ru], gold
