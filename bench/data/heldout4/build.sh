#!/bin/sh
# Rebuild the fresh held-out set from scratch (Debian packages via apt-get download; about 270 MB).
# Usage: sh build.sh [WORKTREE]   (WORKTREE: a crosscheck checkout with bench/perturb.py --fresh)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=${1:-$(cd "$HERE/../../.." && pwd)}
PY=${PY:-python}
TMP=$(mktemp -d)
cd "$TMP"
apt-get download freeciv-data=3.0.6-1+deb12u1 debian-history=2.28 stellarium-data=0.22.2-1
for deb in *.deb; do dpkg-deb -x "$deb" root; done
PYTHONPATH="$TREE" "$PY" "$HERE/build_source.py" "$HERE/parallel_en_ru.tsv" \
  "freeciv-nations:GPL-2+=root/usr/share/locale/ru/LC_MESSAGES/freeciv-nations.mo" \
  "debian-history:GPL-2+=root/usr/share/doc/debian-history/docs" \
  "stellarium:GPL-2+=root/usr/share/stellarium"
cd "$TREE/bench"
PYTHONPATH="$TREE" "$PY" perturb.py --fresh "$HERE/parallel_en_ru.tsv" --out "$HERE/../perturb_heldout4.jsonl"
rm -rf "$TMP"
