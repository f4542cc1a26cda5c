#!/bin/bash
# usage: g.sh "pattern1|pattern2" ...  each arg is one subject (alternation, case-insensitive, ERE)
cd /work/main
for p in "$@"; do
  n=$(grep -rilE "$p" tests/data/comparable_*.jsonl bench/data/heldout*/*.jsonl bench/data/*.jsonl tests/*.py 2>/dev/null | wc -l)
  echo "$n  $p"
done
