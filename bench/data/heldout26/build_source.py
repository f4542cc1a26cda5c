"""Sentence pairs from translated documentation shipped in Debian packages (HELD-OUT26; adapted from HELD-OUT6's).

    PYTHONPATH=REPO python build_source.py OUT.tsv NAME:LICENCE=PATH ...

PATH is one of
  * ``ENDIR|RUDIR``: an HTML book (DocBook, AsciiDoc or other HTML output) or a DocBook XML help folder, in
    English and in Russian.  Each English file (``X.en.html`` when ENDIR has such names, else ``X.html``, else
    ``X.xml``; ``ENDIR/**`` looks in subdirectories too) is paired with the Russian file of the same relative
    path (``.en.`` -> ``.ru.``).  New for HELD-OUT26: both files are cut into sections at their headings;
    when they have the same number of sections, the paragraphs (HTML ``<p>``; DocBook ``<para>``, ``<simpara>``
    and table cells) of each section pair with the same number of paragraphs are paired in order, and the
    other sections are dropped; when the section counts differ, the whole files are paired in order if they
    have the same number of paragraphs.  Either way the file is dropped when its numbers do not agree
    (``digits_agree``).  Licence texts (files named gfdl*, legal*, licence*, ...) are skipped;
  * ``ENROOT|RUROOT|SECTIONS``: manual pages, ``manN/X.N.gz`` present in both trees, for the sections N in
    SECTIONS (e.g. ``14578``).  Each page is rendered with groff (one filled paragraph per line, no
    hyphenation); the lines of the two renderings are paired in order when both have the same number of
    lines and their numbers agree (``digits_agree``).  Table rows are blanked, the Russian page's closing
    section about its translation (ПЕРЕВОД) is cut off, and link pages (``.so``) are skipped.

Beside OUT.tsv, ``origins.tsv`` names the file (HTML page, or ``manN/page``) each seg_id comes from, so that a
kind of text can be measured on its own.

Only prose units are kept: >= 40 characters, >= 6 words of two or more Latin letters (which drops table rows and
option lists), and a Russian side that is really Russian (Cyrillic letters make at least half of its letters,
which drops untranslated and half-translated paragraphs).  Markup is removed; a unit with a format
placeholder (``%s``, ``{x}``) is dropped.  From both sides are removed: citation markers ("[4]"), URLs,
citation locators in parentheses that name a work and a number, and the section numbers of manual-page
references ("select(2)" -> "select": a section number is no fact), and so is a leading step number ("(3) The
kernel then ...", "1. If given ...").  A unit that refers to a numbered section
or chapter of its own book ("see Section 6.7") is dropped.  Each unit is cut into sentences with crosscheck's
own splitter; sentence i of the English is paired with sentence i of the Russian when both sides have the same
number of sentences and every pair has a plausible length ratio (Russian/English characters within 0.6-2.2,
and within 2/3-3/2 of the whole unit's ratio); a sentence pair whose Russian has no Cyrillic or equals the
English is left out.  Otherwise the unit is kept whole when it is short (<= 400 English / 450 Russian
characters) and its own ratio is plausible, and dropped when not.  (The cutting rules of HELD-OUT4/5/6's
build_source.py; the DocBook reader, the section alignment and the licence-file rule are new.)
"""
import html
import re
import sys
from collections import Counter
from pathlib import Path

from crosscheck.ingest.segment import split_sentences  # noqa: E402


def html_pair_entries(spec, stats):
    """``ENDIR|RUDIR``: every English file (``X.en.html`` when the directory has such names, else ``X.html``,
    else DocBook ``X.xml``; ``ENDIR/**``: in all its subdirectories too) with the Russian file of the same name
    and relative path (``.en.`` -> ``.ru.``) in RUDIR.  Both files are cut at their headings into sections; when
    the section counts are equal, each section pair with equal paragraph counts is paired in order (the other
    sections are dropped), and when they differ, the whole files are paired in order if their paragraph counts
    are equal.  A file whose paired paragraphs' numbers do not agree (``digits_agree``) is dropped."""
    en_dir, ru_dir = spec.split("|")
    deep = en_dir.endswith("/**")
    en_dir, ru_dir = Path(en_dir.removesuffix("/**")), Path(ru_dir)
    glob = en_dir.rglob if deep else en_dir.glob
    files = sorted(glob("*.en.html")) or sorted(glob("*.html")) or sorted(glob("*.xml"))
    for en_file in files:
        if re.match(r"(?:gfdl|gpl|legal|licen[cs]e|copying)", en_file.name, re.I):
            stats["licence text (files)"] += 1  # a translated licence is a legal paraphrase, not a translation
            continue
        ru_file = ru_dir / en_file.relative_to(en_dir).with_name(en_file.name.replace(".en.", ".ru."))
        if not ru_file.exists():
            stats["no Russian file"] += 1
            continue
        origin = str(en_file.relative_to(en_dir)).replace(".en.", ".")
        se, sr = file_sections(en_file), file_sections(ru_file)
        if len(se) != len(sr):  # headings differ: pair the whole file in order if its paragraph counts agree
            se, sr = [[p for sec in se for p in sec]], [[p for sec in sr for p in sec]]
            if len(se[0]) != len(sr[0]):
                stats["paragraph and section counts differ (files)"] += 1
                continue
        pairs = [(a, b) for a, b in zip(se, sr) if len(a) == len(b)]
        stats["paragraph count differs (sections)"] += len(se) - len(pairs)
        if not digits_agree([e for a, _ in pairs for e in a], [r for _, b in pairs for r in b]):
            stats["digits disagree: paragraphs out of order (files)"] += 1
            continue
        for a, b in pairs:
            yield from ((e, r, origin) for e, r in zip(a, b))


def _digits(text):
    return Counter(re.findall(r"\d+", re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}\b)", "", clean(text))))


def digits_agree(en_units, ru_units):
    """A file pair whose units were paired in order is trusted when, of its English units that hold a number,
    at least two thirds hold the same numbers (as digit strings, thousands separators dropped) as their Russian
    unit.  A file with fewer than 3 such units cannot be checked and is trusted.  This catches files whose
    paragraphs have the same count but another order in the translation (e.g. function lists sorted by their
    localised names) or that were translated from another version of the page."""
    pairs = [(e, r) for e, r in zip(en_units, ru_units) if re.search(r"\d", clean(e))]
    same = sum(_digits(e) == _digits(r) for e, r in pairs)
    return len(pairs) < 3 or same >= 2 * len(pairs) / 3


_HEADING = re.compile(r"<h[1-6]\b|<(?:sect\d|section|chapter|refsect\d|simplesect)\b")
_PARA = re.compile(r"<(p|para|simpara|entry)\b[^>]*>(.*?)</\1>", re.S)


def file_sections(path):
    """The paragraphs of an HTML page (``<p>``) or a DocBook XML file (``<para>``, ``<simpara>`` and table
    ``<entry>`` cells that hold no paragraph), as a list of sections cut at the headings (HTML ``<h1-6>``,
    DocBook section elements).  ``<pre>``, ``<programlisting>``, ``<screen>`` and comments are left out."""
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->|<(pre|programlisting|screen|literallayout)\b.*?</\1>", " ", text, flags=re.S)
    # a table cell that holds paragraphs: its paragraphs are the units
    text = re.sub(r"<entry\b[^>]*>((?:(?!</entry>).)*?<(?:para|simpara)\b.*?)</entry>", r"\1", text, flags=re.S)
    return [[html.unescape(re.sub(r"<[^>]+>", " ", m.group(2))) for m in _PARA.finditer(chunk)]
            for chunk in _HEADING.split(text)]


def man_entries(spec, stats):
    """``ENROOT|RUROOT|SECTIONS``: every man page of the given sections (e.g. ``1457``) that exists in both
    trees (``manN/X.N.gz``), rendered with groff (one filled paragraph per line); the lines of the two
    renderings are paired in order when both have the same number of lines.  Table rows (three or more
    runs of 3+ spaces inside the line) are blanked on both sides; the Russian page's closing section on its
    translation (ПЕРЕВОД) is cut off."""
    en_root, ru_root, sections = spec.split("|")
    for sec in sections:
        for en_file in sorted(Path(en_root, f"man{sec}").glob("*.gz")):
            ru_file = Path(ru_root, f"man{sec}", en_file.name)
            if not ru_file.exists() or en_file.is_symlink() or ru_file.is_symlink():
                continue
            le, lr = man_lines(en_file), man_lines(ru_file)
            if le is None or lr is None or len(le) != len(lr):
                stats["line count differs (man pages)"] += 1
                continue
            if not digits_agree(le, lr):
                stats["digits disagree: paragraphs out of order (files)"] += 1
                continue
            yield from ((e, r, f"man{sec}/{en_file.name[:-3]}") for e, r in zip(le, lr))


def man_lines(path):
    import gzip
    import subprocess

    src = gzip.decompress(path.read_bytes())
    if src.lstrip().startswith(b".so "):  # a link page
        return None
    res = subprocess.run(["groff", "-k", "-Tutf8", "-man", "-rLL=5000n", "-rHY=0", "-P-cbou"], input=src,
                         capture_output=True, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    lines = res.stdout.decode("utf-8", errors="replace").splitlines()
    lines = [ln for ln in lines if ln.strip()][1:-1]  # the page header and footer
    if "ПЕРЕВОД" in lines:  # the Russian pages end with a section on the translation itself
        lines = lines[:lines.index("ПЕРЕВОД")]
    return ["" if len(re.findall(r"\S {3,}(?=\S)", ln.strip())) >= 3 else ln.strip() for ln in lines]


_TAG = re.compile(r"<[^>]+>|\[/?(?:font|color|icon|b|i|u|tooltip)(?:=[^\]]*)?\]")
_URL = re.compile(r"\s*(?:→\s*)?(?:https?|ftp)://\S+")
_LOCATOR = re.compile(r"\s*\([^()]*[“«\"][^()]*\d[^()]*\)")
_MAN_REF = re.compile(r"\b([a-z_][\w.+-]*)\s?\(([1-9][a-z]*)\)")  # "select(2)", "tm(3type)": the manual section
# a leading step number: "(3) The kernel then ...", "1. If given ..."
_ENUMERATOR = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\.)\s+")
_OWN_SECTION = re.compile(r"\b(?:Section|Chapter|Appendix|Раздел\w*|Глав\w*|Приложени\w*)\s+[\dA-Z]+(?:\.\d+)+|"
                          r"\b(?:Section|Chapter|Раздел\w*|Глав\w*)\s+\d+\b")


def clean(text):
    """One line of text: markup, URLs, citation markers ("[4]", "[2, 3]"), citation locators and the section
    numbers of manual-page references ("select(2)" -> "select") and a leading step number ("(3) ", "1. ")
    dropped."""
    text = text.replace("\\n", "\n").replace("\\[", "[").replace("\\]", "]")
    text = html.unescape(_TAG.sub(" ", text))
    text = _URL.sub("", text)
    text = re.sub(r"\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]", "", text)
    text = _LOCATOR.sub("", text)
    text = _MAN_REF.sub(r"\1", text)
    text = _ENUMERATOR.sub("", text.strip())
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
    if path.count("|") == 2:
        return man_entries(path, stats)
    return html_pair_entries(path, stats)


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
                if len(en) < 40 or len(re.findall(r"[A-Za-z]{2,}", en)) < 6 or en == ru or not really_russian(ru):
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
