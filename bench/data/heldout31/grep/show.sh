#!/bin/bash
export LC_ALL=C.UTF-8
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout32/* 2>/dev/null)
for s in "$@"; do echo "== $s"; grep -ioh -- ".\{0,60\}$s.\{0,60\}" $FILES | sort -u | head -6; done
