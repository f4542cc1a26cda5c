#!/bin/bash
# usage: g.sh "pat1\|pat2" ; prints count of hits in earlier sets
shopt -s nullglob
F="/work/main/tests/data/comparable_*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/*.jsonl /work/main/tests/*.py /work/heldout*/*.jsonl"
for p in "$@"; do
 n=$(grep -il -- "$p" $F 2>/dev/null | grep -v heldout22 | wc -l)
 echo "$n	$p"
done
