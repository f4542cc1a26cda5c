#!/bin/bash
# usage: g.sh "pat1\|pat2" ; greps case-insensitively over earlier sets + test tables
FILES="/work/main/tests/data/comparable_*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/*.jsonl /work/main/tests/*.py /work/heldout1[2-5]/*.jsonl"
for p in "$@"; do
  n=$(grep -il -- "$p" $FILES 2>/dev/null | wc -l)
  echo "$n	$p"
done
