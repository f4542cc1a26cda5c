#!/bin/sh
# Rebuild HELD-OUT5 from scratch: Debian bookworm packages via apt-get download (about 1.6 GB, mostly 0ad-data;
# about 3.5 GB of scratch space while the 0 A.D. archive is unpacked).
# Usage: sh build.sh WORKTREE [HELDOUT4_TSV]
#   WORKTREE: a crosscheck checkout whose bench/perturb.py has --fresh and --exclude (branch hdata5 or later)
#   HELDOUT4_TSV: the source of HELD-OUT4 (default WORKTREE/bench/data/heldout4/parallel_en_ru.tsv); its sentences
#   are left out of this set.
# PY (default: python) must have babel installed (the crosscheck venv has it).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=$(cd "${1:?usage: sh build.sh WORKTREE [HELDOUT4_TSV]}" && pwd)
H4=${2:-$TREE/bench/data/heldout4/parallel_en_ru.tsv}
PY=${PY:-python}
TMP=$(mktemp -d)
cd "$TMP"
apt-get download gcompris-qt-data=3.1-2 0ad-data=0.0.26-1 debian-handbook=11.20220922 \
  kalzium-data=4:22.12.3-1 tuxpaint-stamps-default=2022.06.04-1
for deb in gcompris-qt-data_*.deb debian-handbook_*.deb kalzium-data_*.deb tuxpaint-stamps-default_*.deb; do
  dpkg-deb -x "$deb" root
done
# 0 A.D.: only the Russian catalogues of the public mod (history, quotes, maps, technologies, units, tutorials;
# the user-interface, lobby, hotkey and privacy catalogues are left out)
dpkg-deb --fsys-tarfile 0ad-data_*.deb | tar -x ./usr/share/games/0ad/mods/public/public.zip
mkdir 0ad
for f in civilizations gui-campaigns gui-gamesetup maps simulation-auras simulation-other simulation-technologies \
         templates-buildings templates-other templates-units tutorials; do
  unzip -p usr/share/games/0ad/mods/public/public.zip "l10n/ru.public-$f.po" > "0ad/ru.public-$f.po"
done
rm -rf usr
PYTHONPATH="$TREE" "$PY" "$HERE/build_source.py" "$HERE/parallel_en_ru.tsv" \
  "gcompris:GPL-3+=root/usr/share/gcompris-qt/translations/gcompris_ru.qm" \
  "0ad:CC-BY-SA-3.0=0ad" \
  "debian-handbook:GPL-2+ or CC-BY-SA-3.0=root/usr/share/doc/debian-handbook/html" \
  "kalzium:GPL-2+=root/usr/share/locale/ru/LC_MESSAGES/kalzium.mo" \
  "tuxpaint-stamps:GPL-2=root/usr/share/tuxpaint/stamps"
cd "$TREE/bench"
PYTHONPATH="$TREE" "$PY" perturb.py --fresh "$HERE/parallel_en_ru.tsv" --exclude "$H4" --out "$HERE/../perturb_heldout5.jsonl"
cd "$HERE"
rm -rf "$TMP"
