#!/bin/bash
# reads lines "stem1|stem2|..." on stdin; prints counts per stem via g.sh
while IFS= read -r line; do
  [ -z "$line" ] && continue
  IFS='|' read -ra S <<< "$line"
  out=""
  for s in "${S[@]}"; do n=$(./g.sh "$s" | cut -f1); out="$out $s=$n"; done
  echo "$out"
done
