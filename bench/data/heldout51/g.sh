#!/usr/bin/env bash
# Subject-novelty check: prints case-insensitive hit counts (matching lines) per pattern
# over the existing test/bench data. Usage: ./g.sh stem1 stem2 ...
FILES=(/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout52/build.py)
for p in "$@"; do
  n=$(cat "${FILES[@]}" 2>/dev/null | grep -ic -- "$p")
  printf '%s\t%s\n' "$n" "$p"
done
