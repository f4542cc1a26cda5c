#!/bin/bash
export LC_ALL=C.UTF-8
# usage: grepcheck.sh file_with_lines "Name|stem|stem..."
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout32/* 2>/dev/null)
while IFS= read -r line; do
  [ -z "$line" ] && continue
  name=${line%%|*}; stems=${line#*|}
  out=""
  IFS='|' read -ra ST <<< "$stems"
  tot=0
  for s in "${ST[@]}"; do
    n=$(grep -il -- "$s" $FILES 2>/dev/null | wc -l)
    tot=$((tot+n)); out="$out $s:$n"
  done
  if [ $tot -eq 0 ]; then echo "KEEP  $name |$out"; else echo "HIT   $name |$out"; fi
done < "$1"
