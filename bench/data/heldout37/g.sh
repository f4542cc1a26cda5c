#!/bin/bash
# usage: g.sh "stem1|stem2" ... ; prints hit counts per candidate
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py"
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -ciE "$p")
  echo "$n  $p"
done
