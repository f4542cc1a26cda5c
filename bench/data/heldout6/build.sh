#!/bin/sh
# Rebuild HELD-OUT6 from scratch: Debian bookworm documentation packages via apt-get download (about 45 MB).
# Usage: sh build.sh WORKTREE [OUTDIR]
#   WORKTREE: a crosscheck checkout whose bench/perturb.py has --fresh and --exclude (branch hdata5 or later);
#   its bench/data/heldout4/ and bench/data/heldout5/ sources are left out of this set.
#   OUTDIR: where parallel_en_ru.tsv, origins.tsv and perturb_heldout6.jsonl go (default: beside this script).
# PY (default: python) runs the scripts; the man pages are rendered with groff (bookworm: 1.22.4).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=$(cd "${1:?usage: sh build.sh WORKTREE [OUTDIR]}" && pwd)
OUT=$(mkdir -p "${2:-$HERE}" && cd "${2:-$HERE}" && pwd)
PY=${PY:-python}
TMP=$(mktemp -d)
cd "$TMP"
apt-get download debian-faq=11.1 debian-faq-ru=11.1 installation-guide-amd64=20230508+deb12u1 \
  maint-guide=1.2.53 maint-guide-ru=1.2.53 developers-reference=12.18 developers-reference-ru=12.18 \
  aptitude-doc-en=0.8.13-5 aptitude-doc-ru=0.8.13-5 manpages=6.03-2 manpages-ru=4.18.1-1 \
  libreoffice-help-en-us=4:7.4.7-1+deb12u14 libreoffice-help-ru=4:7.4.7-1+deb12u14
for deb in *.deb; do
  dpkg-deb -x "$deb" root
done
S=root/usr/share
D=$S/doc
PYTHONPATH="$TREE" "$PY" "$HERE/build_source.py" "$OUT/parallel_en_ru.tsv" \
  "debian-faq:Debian FAQ licence (verbatim; modified versions and translations allowed)=$D/debian/FAQ|$D/debian/FAQ/ru" \
  "installation-guide:GPL-2=$D/installation-guide-amd64/en|$D/installation-guide-amd64/ru" \
  "maint-guide:GPL-2+=$D/maint-guide/html|$D/maint-guide-ru/html" \
  "developers-reference:GPL-2=$S/developers-reference|$S/developers-reference/ru" \
  "aptitude-doc:GPL-2+=$D/aptitude/html/en|$D/aptitude/html/ru" \
  "manpages:GPL-2+ and others per page (EN); GPL-3+ (RU)=$S/man|$S/man/ru|14578" \
  "libreoffice-help:MPL-2.0=$S/libreoffice/help/en-US/text/**|$S/libreoffice/help/ru/text"
cd "$TREE/bench"
PYTHONPATH="$TREE" "$PY" perturb.py --fresh "$OUT/parallel_en_ru.tsv" \
  --exclude "$TREE/bench/data/heldout4/parallel_en_ru.tsv" --exclude "$TREE/bench/data/heldout5/parallel_en_ru.tsv" \
  --out "$OUT/perturb_heldout6.jsonl"
rm -rf "$TMP"
