#!/bin/sh
# Rebuild HELD-OUT26 from scratch: Debian bookworm documentation packages via apt-get download (about 150 MB).
# Usage: sh build.sh WORKTREE [OUTDIR]
#   WORKTREE: a crosscheck checkout whose bench/perturb.py has --fresh and --exclude (main at 0455283 or later);
#   the sources of HELD-OUT4, HELD-OUT5 and HELD-OUT6 (bench/data/heldout{4,5,6}/) are left out of this set.
#   OUTDIR: where parallel_en_ru.tsv.gz, origins.tsv and perturb_heldout26.jsonl go (default: beside this script).
# PY (default: python) runs the scripts; the man pages are rendered with groff (bookworm: 1.22.4).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=$(cd "${1:?usage: sh build.sh WORKTREE [OUTDIR]}" && pwd)
OUT=$(mkdir -p "${2:-$HERE}" && cd "${2:-$HERE}" && pwd)
PY=${PY:-python}
TMP=$(mktemp -d)
cd "$TMP"
apt-get download gimp-help-en=2.10.34-2 gimp-help-ru=2.10.34-2 kicad-doc-en=6.0.11+dfsg-1 \
  kicad-doc-ru=6.0.11+dfsg-1 doublecmd-help-en=1.0.10-1 doublecmd-help-ru=1.0.10-1 aisleriot=1:3.22.23-1 \
  manpages-dev=6.03-2 manpages-ru-dev=4.18.1-1
for deb in *.deb; do
  dpkg-deb -x "$deb" root
done
S=root/usr/share
PYTHONPATH="$TREE" "$PY" "$HERE/build_source.py" "$TMP/parallel_en_ru.tsv" \
  "gimp-help:GFDL-1.2+ (no invariant sections)=$S/gimp/2.0/help/en|$S/gimp/2.0/help/ru" \
  "kicad-doc:GPL-3+ or CC-BY-3.0+=$S/doc/kicad/help/en|$S/doc/kicad/help/ru" \
  "doublecmd-help:GPL-2+=$S/doublecmd/doc/en|$S/doublecmd/doc/ru" \
  "aisleriot-help:GFDL-1.1+ (no invariant sections)=$S/help/C/aisleriot|$S/help/ru/aisleriot" \
  "manpages-dev:GPL-2+ and others per page (EN); GPL-3+ (RU)=$S/man|$S/man/ru|2"
gzip -dc "$TREE/bench/data/heldout6/parallel_en_ru.tsv.gz" > "$TMP/heldout6.tsv"
cd "$TREE/bench"
PYTHONPATH="$TREE" "$PY" perturb.py --fresh "$TMP/parallel_en_ru.tsv" \
  --exclude "$TREE/bench/data/heldout4/parallel_en_ru.tsv" --exclude "$TREE/bench/data/heldout5/parallel_en_ru.tsv" \
  --exclude "$TMP/heldout6.tsv" --out "$OUT/perturb_heldout26.jsonl"
# the source files go beside the set (the 6.5 MB TSV gzipped; gzip -n keeps it byte-identical from run to run)
gzip -n -9 -c "$TMP/parallel_en_ru.tsv" > "$OUT/parallel_en_ru.tsv.gz"
cp "$TMP/origins.tsv" "$OUT/origins.tsv"
rm -rf "$TMP"
