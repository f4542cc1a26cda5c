"""Sentence pairs from translated text shipped in Debian packages (HELD-OUT5).

    PYTHONPATH=REPO python build_source.py OUT.tsv NAME:LICENCE=PATH ...

PATH is one of
  * a gettext ``.po`` file, or a directory of them (read with babel; fuzzy and obsolete entries are skipped);
  * a Qt ``.qm`` catalogue (``qm.py`` beside this file; only messages that keep their source text);
  * a gettext ``.mo`` catalogue (as HELD-OUT4);
  * a Publican HTML book: a directory holding ``en-US/`` and ``ru-RU/`` with the same file names; the
    ``<div class="para">`` paragraphs of a file pair are paired in order when both files have the same number;
  * any other directory: Tux Paint stamp descriptions, ``*.txt`` files whose first line is the English and
    whose ``ru.utf8=`` line is the Russian.

Beside OUT.tsv, ``origins.tsv`` names where each seg_id comes from (the .po file, the Qt context, the
HTML file, the stamp folder, the msgctxt), so that a kind of text can be measured on its own.

Only long prose units are kept (>= 40 characters, >= 6 words, and a Russian side that is really Russian:
Cyrillic letters make at least half of its letters, which drops untranslated and half-translated paragraphs).
Markup is removed (HTML tags, 0 A.D. ``[font=...]`` tags, Qt ``%1`` placeholders stop a unit).  From both sides
are removed: citation markers ("[4]"), URLs, and citation locators in parentheses that name a work and a
number ('(Tacitus, "Agricola", 30)'), since a changed locator is no changed fact.  A unit that refers to a
numbered section or chapter of its own book ("see Section 6.7") is dropped.  Each unit is cut into sentences
with crosscheck's own splitter; sentence i of the English is paired with sentence i of the Russian when both
sides have the same number of sentences and every pair has a plausible length ratio (Russian/English
characters within 0.6-2.2, and within 2/3-3/2 of the whole unit's ratio); a sentence pair whose Russian
has no Cyrillic or equals the English is left out.  Otherwise the unit is kept whole
when it is short (<= 400 English / 450 Russian characters) and its own ratio is plausible, and dropped when
not.  (The same cutting rules as HELD-OUT4's build_source.py; the readers and cleaners are new.)
"""
import html
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qm import qm_entries  # noqa: E402

from crosscheck.ingest.segment import split_sentences  # noqa: E402


def po_entries(path):
    from babel.messages.pofile import read_po

    files = sorted(Path(path).glob("*.po")) if Path(path).is_dir() else [Path(path)]
    for f in files:
        with open(f, "rb") as fh:
            cat = read_po(fh)
        for m in cat:
            if not m.id or m.fuzzy or isinstance(m.id, (tuple, list)) or not isinstance(m.string, str):
                continue
            if m.string:
                yield m.id, m.string, f.stem


def mo_entries(path):
    import gettext

    with open(path, "rb") as fh:
        cat = gettext.GNUTranslations(fh)._catalog
    for key, ru in sorted((k, v) for k, v in cat.items() if isinstance(k, str) and isinstance(v, str)):
        if key and ru:
            ctx, _, en = key.rpartition("\x04")  # split off a msgctxt
            yield en, ru, ctx


def stamp_entries(root):
    for f in sorted(Path(root).rglob("*.txt")):
        lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
        ru = [line.split("=", 1)[1] for line in lines[1:] if line.startswith("ru.utf8=")]
        if lines and ru:
            yield lines[0], ru[0], str(f.relative_to(root).parent)


def publican_entries(root, stats):
    root = Path(root)
    for en_file in sorted((root / "en-US").glob("*.html")):
        ru_file = root / "ru-RU" / en_file.name
        if not ru_file.exists():
            continue
        pe, pr = publican_paragraphs(en_file), publican_paragraphs(ru_file)
        if len(pe) != len(pr):
            stats["paragraph count differs (files)"] += 1
            continue
        yield from ((e, r, en_file.stem) for e, r in zip(pe, pr))


def publican_paragraphs(path):
    text = re.sub(r"<pre\b.*?</pre>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))
            for m in re.finditer(r'<div class="para">(.*?)</div>', text, re.S)]


_TAG = re.compile(r"<[^>]+>|\[/?(?:font|color|icon|b|i|u|tooltip)(?:=[^\]]*)?\]")
_URL = re.compile(r"\s*(?:→\s*)?(?:https?|ftp)://\S+")
_LOCATOR = re.compile(r"\s*\([^()]*[“«\"][^()]*\d[^()]*\)")
_OWN_SECTION = re.compile(r"\b(?:Section|Chapter|Appendix|Раздел\w*|Глав\w*|Приложени\w*)\s+[\dA-Z]+(?:\.\d+)+|"
                          r"\b(?:Section|Chapter|Раздел\w*|Глав\w*)\s+\d+\b")


def clean(text):
    """One line of text: markup, URLs, citation markers ("[4]", "[2, 3]") and citation locators dropped."""
    text = text.replace("\\n", "\n").replace("\\[", "[").replace("\\]", "]")
    text = html.unescape(_TAG.sub(" ", text))
    text = _URL.sub("", text)
    text = re.sub(r"\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]", "", text)
    text = _LOCATOR.sub("", text)
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()


def really_russian(ru):
    cyr = len(re.findall(r"[а-яё]", ru, re.I))
    lat = len(re.findall(r"[a-z]", ru, re.I))
    return cyr >= 20 and cyr >= lat


def sentences(text, lang):
    return [clean(text[a:b]) for a, b in split_sentences(text, lang) if clean(text[a:b])]


def _plausible(en, ru, unit_ratio=None):
    """Russian/English length ratio within 0.6-2.2, and for a sentence of a unit within 2/3-3/2 of the unit's
    own ratio (sentences that were reordered or merged in translation stand out; Gale-Church in miniature)."""
    ratio = len(ru) / max(1, len(en))
    if unit_ratio is not None and not unit_ratio / 1.5 <= ratio <= unit_ratio * 1.5:
        return False
    return 0.6 <= ratio <= 2.2


def units_of(path, stats):
    p = Path(path)
    if p.is_dir() and (p / "en-US").is_dir():
        return publican_entries(p, stats)
    if p.suffix == ".qm":
        return ((src, ru, ctx or "") for ctx, src, ru in qm_entries(p))
    if p.suffix == ".mo":
        return mo_entries(p)
    if p.is_dir() and not any(p.glob("*.po")):
        return stamp_entries(p)
    return po_entries(p)


def main():
    out, specs = sys.argv[1], sys.argv[2:]
    stats = Counter()
    origins = open(Path(out).with_name("origins.tsv"), "w", encoding="utf-8")
    origins.write("seg_id\torigin\n")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("en\tru\toriginal_lang\tsource\tseg_id\tlicence\n")
        for spec in specs:
            label, path = spec.split("=", 1)
            name, licence = label.split(":", 1)
            seen = set()
            n = 0
            for en, ru, origin in units_of(path, stats):
                if re.search(r"%\d|%\(|%[sd]\b|\{\w*\}", en):
                    stats["placeholder"] += 1
                    continue
                if _OWN_SECTION.search(en) or _OWN_SECTION.search(ru):
                    stats["refers to a numbered section"] += 1
                    continue
                en, ru = clean(en), clean(ru)
                if len(en) < 40 or len(en.split()) < 6 or en == ru or not really_russian(ru):
                    stats["short/untranslated"] += 1
                    continue
                if (en, ru) in seen:
                    stats["repeated unit"] += 1
                    continue
                seen.add((en, ru))
                n += 1
                se, sr = sentences(en, "en"), sentences(ru, "ru")
                if len(se) != len(sr) or not all(_plausible(a, b, len(ru) / len(en)) for a, b in zip(se, sr)):
                    if len(en) > 400 or len(ru) > 450 or not _plausible(en, ru):
                        stats["sentences do not match one to one, unit too long"] += 1
                        continue
                    se, sr = [en], [ru]  # a short unit whose sentences do not match one to one: keep it whole
                    stats["kept whole"] += 1
                for i, (a, b) in enumerate(zip(se, sr)):
                    if a == b or not re.search("[а-яё]", b, re.I):
                        stats["sentence not translated"] += 1
                        continue
                    fh.write(f"{a}\t{b}\ten\t{name}\t{name}-{n:04d}-{i + 1}\t{licence}\n")
                    origins.write(f"{name}-{n:04d}-{i + 1}\t{origin}\n")
                    stats[f"pairs {name}"] += 1
    origins.close()
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
