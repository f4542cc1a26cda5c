"""Sentence pairs from translated text shipped in Debian packages.

    PYTHONPATH=REPO python build_source.py OUT.tsv NAME:LICENCE=PATH.mo NAME:LICENCE=DIR/ ...

A ``.mo`` gettext catalogue gives (English msgid, Russian msgstr) units.  A directory gives the paragraphs
(<p>, <li>, <h1-6>, <dt>, <dd>) of every English file that has a Russian twin beside it (X.en.html and
X.ru.html; description.en.utf8 and description.ru.utf8) with the same number of paragraphs, paired in order;
a ``license = ...`` line in an .ini file beside them overrides LICENCE, and text under a NonCommercial or
NoDerivatives licence is left out (a perturbation set is a derivative that may end up in the repository).
Only long prose units are kept (>= 40 characters, >= 6 words, Cyrillic in the Russian); each unit is cut into
sentences with crosscheck's own splitter; sentence i of the English is paired with sentence i of the Russian
when both sides have the same number of sentences and every such pair has a plausible length ratio
(Russian/English characters within 0.6-2.2, and within 2/3-3/2 of the whole unit's ratio).  Citation markers ("[4]") are removed from both sides.  Otherwise the unit is kept whole when it is short (<= 400
English / 450 Russian characters) and its own ratio is plausible, and dropped when not.
"""
import gettext
import html
import re
import sys
from collections import Counter
from pathlib import Path

from crosscheck.ingest.segment import split_sentences


def entries(path):
    with open(path, "rb") as fh:
        cat = gettext.GNUTranslations(fh)._catalog
    for key, ru in cat.items():
        if not isinstance(key, str) or not key or not isinstance(ru, str) or not ru:
            continue
        en = key.split("\x04", 1)[-1]  # drop a msgctxt
        yield en, ru


_NOT_FREE = re.compile(r"(?:\bBY-|-)N[CD]\b")


def licence_of(folder, default):
    for ini in sorted(folder.glob("*.ini")):
        m = re.search(r"^\s*licen[cs]e\s*=\s*(.+?)\s*$", ini.read_text(encoding="utf-8", errors="replace"), re.M | re.I)
        if m:
            return m.group(1)
    return default


def html_entries(root, default_licence, stats):
    """(en, ru, licence) paragraph pairs of every English file under ``root`` that has a Russian twin
    (X.en.html / X.ru.html, description.en.utf8 / description.ru.utf8) with the same number of paragraphs."""
    for en_file in sorted(Path(root).rglob("*.en.*")):
        if en_file.suffix not in (".html", ".utf8"):
            continue
        ru_file = en_file.with_name(en_file.name.replace(".en.", ".ru.", 1))
        if not ru_file.exists():
            continue
        licence = licence_of(en_file.parent, default_licence)
        if _NOT_FREE.search(licence):
            stats["files left out (NC/ND licence)"] += 1
            continue
        pe, pr = paragraphs(en_file), paragraphs(ru_file)
        if len(pe) != len(pr):
            stats["paragraph count differs (files)"] += 1
            continue
        yield from ((e, r, licence) for e, r in zip(pe, pr))


def paragraphs(path):
    text = path.read_text(encoding="utf-8")
    return [html.unescape(re.sub(r"<[^>]+>", " ", m.group(2)))
            for m in re.finditer(r"<(p|li|h\d|dt|dd)\b[^>]*>(.*?)</\1>", text, re.S | re.I)]


def clean(text):
    """One line of text: whitespace collapsed, reference markers such as "[4]" or "[2, 3]" dropped (a changed
    citation number is no changed fact)."""
    text = re.sub(r"\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]", "", text)
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()


def sentences(text, lang):
    return [clean(text[a:b]) for a, b in split_sentences(text, lang) if clean(text[a:b])]


def _plausible(en, ru, unit_ratio=None):
    """Russian/English length ratio within 0.6-2.2, and for a sentence of a unit within 2/3-3/2 of the unit's
    own ratio (sentences that were reordered or merged in translation stand out; Gale-Church in miniature)."""
    ratio = len(ru) / max(1, len(en))
    if unit_ratio is not None and not unit_ratio / 1.5 <= ratio <= unit_ratio * 1.5:
        return False
    return 0.6 <= ratio <= 2.2


def main():
    out, specs = sys.argv[1], sys.argv[2:]
    stats = Counter()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("en\tru\toriginal_lang\tsource\tseg_id\tlicence\n")
        for spec in specs:
            label, path = spec.split("=", 1)
            name, default_licence = label.split(":", 1)
            if Path(path).is_dir():
                units = html_entries(path, default_licence, stats)
            else:
                units = ((en, ru, default_licence) for en, ru in sorted(entries(path)))
            for n, (en, ru, licence) in enumerate(units):
                en, ru = clean(en), clean(ru)
                if len(en) < 40 or len(en.split()) < 6 or en == ru or not re.search("[а-яё]", ru, re.I):
                    stats["short/untranslated"] += 1
                    continue
                se, sr = sentences(en, "en"), sentences(ru, "ru")
                if len(se) != len(sr) or not all(_plausible(a, b, len(ru) / len(en)) for a, b in zip(se, sr)):
                    if len(en) > 400 or len(ru) > 450 or not _plausible(en, ru):
                        stats["sentences do not match one to one, unit too long"] += 1
                        continue
                    se, sr = [en], [ru]  # a short unit whose sentences do not match one to one: keep it whole
                    stats["kept whole"] += 1
                for i, (a, b) in enumerate(zip(se, sr)):
                    fh.write(f"{a}\t{b}\ten\t{name}\t{name}-{n + 1:04d}-{i + 1}\t{licence}\n")
                    stats[f"pairs {name}"] += 1
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
