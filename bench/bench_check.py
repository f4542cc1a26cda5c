"""End-to-end timing of ``crosscheck check``.

1. ``crosscheck check seeds/`` as a user runs it: a fresh process, an empty
   CROSSCHECK_HOME (cold: no embedding cache, models loaded), then the same run warm.
2. A synthetic comparable corpus from WMT22 (EN and RU documents of 40 sentences
   sharing half their content): wall time per 1,000 claims and the share of each stage.

    python bench/bench_check.py [--data ../shared/data] [--claims 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_DATA, REPO, read_pairs


def cli_run(home: str) -> float:
    env = dict(os.environ, CROSSCHECK_HOME=home, HF_HUB_OFFLINE="1")
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "crosscheck", "check", str(REPO / "seeds"), "--format", "jsonl"],
                         env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(res.stderr)
    return elapsed


def synthetic_documents(rows, n_claims: int, per_doc: int = 40, seed: int = 7):
    """EN/RU document pairs of ``per_doc`` sentences each: half translations of
    each other, half their own (disjoint WMT22 rows), shuffled."""
    from crosscheck.ingest.load import load_text

    rng = random.Random(seed)
    rows = rows[:]
    rng.shuffle(rows)
    half = per_doc // 2
    docs = []
    for k in range(n_claims // (2 * per_doc)):
        chunk = rows[k * 3 * half : (k + 1) * 3 * half]
        if len(chunk) < 3 * half:
            break
        shared, own_en, own_ru = chunk[:half], chunk[half : 2 * half], chunk[2 * half :]
        en = [r["en"] for r in shared + own_en]
        ru = [r["ru"] for r in shared + own_ru]
        rng.shuffle(en)
        rng.shuffle(ru)
        date = (dt.date(2022, 1, 1) + dt.timedelta(days=k)).isoformat()
        docs.append(load_text("\n".join(en), doc_id=f"en{k:03d}", lang="en", date=date))
        docs.append(load_text("\n".join(ru), doc_id=f"ru{k:03d}", lang="ru", date=date))
        SHARED.update((r["en"].strip(), r["ru"].strip()) for r in shared)
    return docs


#: (en, ru) texts of the translation pairs planted in the synthetic corpus.
SHARED: set[tuple[str, str]] = set()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--claims", type=int, default=1000)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as home:
        cold = cli_run(home)
        warm = cli_run(home)
    print(f"crosscheck check seeds/ (fresh process): cold {cold:.2f} s, warm cache {warm:.2f} s")

    import crosscheck

    rows = read_pairs(args.data / "wmt22_en_ru.tsv")
    docs = synthetic_documents(rows, args.claims)
    with tempfile.TemporaryDirectory() as home:
        os.environ["CROSSCHECK_HOME"] = home
        crosscheck.check(documents=docs[:2])  # load models once: measure the pipeline, not start-up
        t0 = time.perf_counter()
        report = crosscheck.check(documents=docs)
        total = time.perf_counter() - t0
    claims = report.meta["claims"]
    timings = report.meta["timings"]
    print(f"WMT22 synthetic corpus: {len(docs)} documents, {claims} claims, {total:.2f} s "
          f"({total / claims * 1000:.2f} s per 1,000 claims, models already loaded)")
    accounted = sum(timings.values())
    for stage, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<10} {seconds:7.2f} s  {100 * seconds / accounted:5.1f}%")
    print("  statuses:", report.summary().get("status"))
    text = {r.id: r.segment.text for r in report.results}
    lang = {r.id: r.segment.lang for r in report.results}
    links = {(text[r.id], text[l.id]): l.relation for r in report.results for l in r.links if lang[r.id] == "en" and lang[l.id] == "ru"}
    found = [links.get(pair) for pair in SHARED]
    contradictions = sum(1 for r in report.results for l in r.links if l.relation == "contradict") // 2
    print(f"  planted translation pairs: {len(SHARED)}; linked {sum(f is not None for f in found) / len(SHARED):.3f}, "
          f"as agree {sum(f == 'agree' for f in found) / len(SHARED):.3f}; contradictions flagged (all false alarms "
          f"by construction): {contradictions}")


if __name__ == "__main__":
    main()
