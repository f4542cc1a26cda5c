#!/bin/bash
# usage: each line "Name|stem1|stem2..." ; prints hit counts per stem
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py"
[ -d /work/heldout29 ] && FILES="$FILES $(ls /work/heldout29/* 2>/dev/null)"
while IFS='|' read -r name rest; do
  [ -z "$name" ] && continue
  out=""
  IFS='|' read -ra stems <<< "$rest"
  for s in "${stems[@]}"; do
    n=$(cat $FILES 2>/dev/null | grep -oi -- "$s" | wc -l)
    out="$out $s=$n"
  done
  echo "$name:$out"
done
