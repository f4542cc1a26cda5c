"""Per-phenomenon accuracy of the claim frames on the bilingual case tables, and the time
to frame every seed claim once the models are loaded.

    python bench/bench_frame.py [--cases tests/data/frame_cases.jsonl ...] [--verbose]

A case contributes one trial per phenomenon it has expectations for (entities, time,
quantity, exclusivity, polarity, modality, attribution, event, coref); the trial passes when
every expectation of that phenomenon holds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from frame_eval import check, frame_case  # noqa: E402
from frame_seed_util import seed_docs_and_segments  # noqa: E402

from crosscheck.frame import build_frames, load_models  # noqa: E402

import json  # noqa: E402


def accuracy(path: Path, verbose: bool) -> None:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tot: Counter = Counter()
    ok: Counter = Counter()
    for case in cases:
        res = check(case, frame_case(case))
        for ph, msgs in res.items():
            for key in (ph, f"{ph} [{case['lang']}]"):
                tot[key] += 1
                ok[key] += not msgs
            if msgs and verbose:
                print(f"  FAIL {case['id']} {ph}: {msgs}")
    print(f"\n{path.relative_to(ROOT)}: {len(cases)} sentences")
    print(f"{'phenomenon':<24}{'en':>10}{'ru':>10}{'all':>12}")
    for ph in sorted({k for k in tot if "[" not in k}):
        cells = []
        for key in (f"{ph} [en]", f"{ph} [ru]"):
            cells.append(f"{ok[key]}/{tot[key]}" if tot[key] else "-")
        print(f"{ph:<24}{cells[0]:>10}{cells[1]:>10}{ok[ph]:>6}/{tot[ph]:<3} {100 * ok[ph] / tot[ph]:5.1f}%")
    all_ok = sum(ok[k] for k in tot if "[" not in k)
    all_tot = sum(tot[k] for k in tot if "[" not in k)
    print(f"{'overall':<24}{'':>20}{all_ok:>6}/{all_tot:<3} {100 * all_ok / all_tot:5.1f}%")


def timing() -> None:
    t0 = time.perf_counter()
    load_models()
    t1 = time.perf_counter()
    docs = seed_docs_and_segments()
    n = sum(len(s) for _, s in docs.values())
    # first pass fills the pymorphy3 parse cache; the second is the steady state
    runs = []
    for _ in range(3):
        from crosscheck.frame import _lazy

        _lazy._NER_CACHE.clear()  # every run tags all Russian sentences again
        t = time.perf_counter()
        for doc, segs in docs.values():
            build_frames(doc, segs)
        runs.append(time.perf_counter() - t)
    print(f"\nmodel load: {t1 - t0:.2f} s; framing all {n} seed segments: first run {runs[0]:.2f} s "
          f"(cold word caches), later runs {min(runs[1:]):.2f} s ({1000 * min(runs[1:]) / n:.1f} ms/segment; "
          f"NER re-run each time, pymorphy3 word cache warm)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", nargs="*", type=Path,
                    default=[ROOT / "tests/data/frame_cases.jsonl", ROOT / "tests/data/frame_holdout.jsonl",
                             ROOT / "tests/data/frame_holdout2.jsonl", ROOT / "tests/data/frame_blind3.jsonl"])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    timing()
    for p in args.cases:
        if p.exists():
            accuracy(p.resolve(), args.verbose)


if __name__ == "__main__":
    main()
