#!/bin/bash
# Subject-novelty check: prints case-insensitive hit counts per pattern over the
# existing test/bench data. Usage: ./g.sh stem1 stem2 ...   (0 = subject is new)
shopt -s nullglob
FILES=(/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl \
       /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py \
       /work/main/tests/*.py /work/heldout47/build.py)
EXIST=()
for f in "${FILES[@]}"; do [ -f "$f" ] && EXIST+=("$f"); done
for p in "$@"; do
  n=$(cat "${EXIST[@]}" 2>/dev/null | grep -oi -- "$p" | wc -l)
  printf '%6d  %s\n' "$n" "$p"
done
