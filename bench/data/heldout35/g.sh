#!/bin/bash
# usage: g.sh "stem1|stem2" ... ; prints hit counts per candidate
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout33/*.jsonl /work/heldout33/build.py /work/heldout34/*.jsonl /work/heldout34/build.py"
[ -d /work/heldout36 ] && FILES="$FILES /work/heldout36/*"
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -ciE "$p")
  echo "$n  $p"
done
