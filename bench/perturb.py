"""Perturbation sets from real EN-RU translation pairs (WMT22 news/web text, Tatoeba).

A pair whose English and Russian sides both state the same slot (a number, a
day of month, a month, a year, a country, a negation) gets that slot changed on
ONE side (chosen at random): the changed pair must be judged ``contradict``.
The untouched pairs are the controls: translations of each other, so ``agree``.

Deterministic (seeded).  Every source pair falls wholly into DEV (tune on it) or
HELD-OUT (look once, at the end) by a hash of its id, so a control and its
perturbations never straddle the split.

    python bench/perturb.py            # writes bench/data/perturb_{dev,heldout}.jsonl
    python bench/perturb.py --fresh SRC.tsv --out PATH   # one set from OTHER parallel text (all its pairs)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

from _common import DEFAULT_DATA, REPO, log, read_pairs

OUT = REPO / "bench" / "data"

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
# Russian month forms: nominative, genitive, prepositional (the cases dates use)
RU_MONTHS = [
    ("январь", "января", "январе"), ("февраль", "февраля", "феврале"), ("март", "марта", "марте"),
    ("апрель", "апреля", "апреле"), ("май", "мая", "мае"), ("июнь", "июня", "июне"), ("июль", "июля", "июле"),
    ("август", "августа", "августе"), ("сентябрь", "сентября", "сентябре"), ("октябрь", "октября", "октябре"),
    ("ноябрь", "ноября", "ноябре"), ("декабрь", "декабря", "декабре"),
]
_EN_MONTH_RX = re.compile(r"\b(" + "|".join(EN_MONTHS) + r")\b")
_RU_MONTH_RX = re.compile(r"\b(" + "|".join(f for forms in RU_MONTHS for f in forms) + r")\b", re.I)
_EN_DAY_RX = re.compile(r"\b(?:(?P<m1>" + "|".join(EN_MONTHS) + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>"
                        + "|".join(EN_MONTHS) + r")\b)")
_RU_DAY_RX = re.compile(r"(?<![\d.,])(?P<d>\d{1,2})\s+(?P<m>" + "|".join(f[1] for f in RU_MONTHS) + r")\b", re.I)
_YEAR_RX = re.compile(r"(?<![\d.,\-])(1[89]\d\d|20[0-4]\d)(?![\d%])")
# numbers: digits with optional thousands separators and decimals
_EN_NUM_RX = re.compile(r"(?<![\w.,\-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
_RU_NUM_RX = re.compile(r"(?<![\w.,\-])(\d{1,3}(?:[\u00a0 ]\d{3})+|\d+(?:,\d+)?)(?![\w]|[.,]\d)")

_EN_AUX = re.compile(r"\b(is|was|are|were|will|can|could|would|should|has|have|had|must|does|did|do)\s+(?!not\b|n't|never\b)(?=[a-z])",
                     re.I)
_EN_NEG = re.compile(r"\b(do|does|did|is|was|are|were|has|have|had|could|would|should)n't\b|\b(can't|won't|cannot)\b|\b(not)\s+(?!only\b|least\b|yet\b)", re.I)
_RU_NE = re.compile(r"\bне\s+(?!только\b|менее\b|более\b|раз\b)(?=[а-яё])", re.I)


def _en_value(tok: str) -> float:
    return float(tok.replace(",", ""))


def _ru_value(tok: str) -> float:
    return float(tok.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def _fmt_like(value: float, template: str, lang: str) -> str:
    """``value`` written the way ``template`` writes numbers (separators, decimals)."""
    decimals = 0
    m = re.search(r"[.,](\d+)$", template)
    if m and not re.search(r"[ ,\u00a0]\d{3}$", template):
        decimals = len(m.group(1))
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        if "," not in template:
            text = text.replace(",", "")
        return text
    sep = "\u00a0" if "\u00a0" in template else " "
    text = text.replace(",", "\u2009").replace(".", ",")
    return text.replace("\u2009", sep if re.search(r"[\u00a0 ]\d{3}", template) else "")


def _new_number(value: float, rng: random.Random) -> float:
    if value.is_integer() and value <= 12:
        return float(rng.choice([v for v in range(1, 25) if v != value]))
    factor = rng.choice([0.4, 0.6, 0.75, 1.3, 1.5, 2.0, 3.0])
    new = value * factor
    if value.is_integer():
        new = float(round(new))
    else:
        new = round(new, 2)
    return new if new != value else value + 1


def _once(rx: re.Pattern, text: str, group: int = 1):
    """Matches of ``rx`` keyed by their value, only values seen exactly once."""
    seen: dict[str, list[re.Match]] = {}
    for m in rx.finditer(text):
        seen.setdefault(m.group(group).lower(), []).append(m)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _replace(text: str, span: tuple[int, int], new: str) -> str:
    return text[: span[0]] + new + text[span[1] :]


# --- slot finders: each returns a list of (label, side, new_text) candidates ---------------------------------

def years(en: str, ru: str, rng):
    out = []
    e, r = _once(_YEAR_RX, en), _once(_YEAR_RX, ru)
    for y in sorted(set(e) & set(r)):
        new = str(int(y) + rng.choice([-7, -5, -3, -2, -1, 1, 2, 3, 5, 7]))
        if rng.random() < 0.5:
            out.append(("en", _replace(en, e[y].span(1), new), y, new))
        else:
            out.append(("ru", _replace(ru, r[y].span(1), new), y, new))
    return out


def numbers(en: str, ru: str, rng):
    e = {}
    for m in _EN_NUM_RX.finditer(en):
        e.setdefault(_en_value(m.group(1)), []).append(m)
    r = {}
    for m in _RU_NUM_RX.finditer(ru):
        r.setdefault(_ru_value(m.group(1)), []).append(m)
    out = []
    years_e = {float(y) for y in _once(_YEAR_RX, en)}
    for v in sorted(set(e) & set(r)):
        if len(e[v]) != 1 or len(r[v]) != 1 or v in years_e or (1800 <= v <= 2049 and v.is_integer()) or v == 0:
            continue
        me, mr = e[v][0], r[v][0]
        # a day of a month belongs to the "date" set
        if _EN_MONTH_RX.search(en[max(0, me.start() - 12) : me.end() + 12]) or _RU_MONTH_RX.search(ru[mr.end() : mr.end() + 12]):
            continue
        new = _new_number(v, rng)
        if rng.random() < 0.5:
            out.append(("en", _replace(en, me.span(1), _fmt_like(new, me.group(1), "en")), me.group(1), _fmt_like(new, me.group(1), "en")))
        else:
            out.append(("ru", _replace(ru, mr.span(1), _fmt_like(new, mr.group(1), "ru")), mr.group(1), _fmt_like(new, mr.group(1), "ru")))
    return out


def days(en: str, ru: str, rng):
    out = []
    for me in _EN_DAY_RX.finditer(en):
        d = me.group("d1") or me.group("d2")
        mon = EN_MONTHS.index(me.group("m1") or me.group("m2"))
        for mr in _RU_DAY_RX.finditer(ru):
            if mr.group("d") == d and RU_MONTHS[mon][1] == mr.group("m").lower():
                new = str(rng.choice([x for x in range(1, 29) if str(x) != d]))
                if rng.random() < 0.5:
                    span = me.span("d1") if me.group("d1") else me.span("d2")
                    out.append(("en", _replace(en, span, new), d, new))
                else:
                    out.append(("ru", _replace(ru, mr.span("d"), new), d, new))
                return out
    return out


def months(en: str, ru: str, rng):
    e, r = _once(_EN_MONTH_RX, en), _once(_RU_MONTH_RX, ru)
    out = []
    for name, me in e.items():
        idx = [m.lower() for m in EN_MONTHS].index(name)
        if name == "may" and not re.search(r"\d|\b(?:in|of|since|until|by)\s+May", en):
            continue  # the modal verb
        hits = [mr for key, mr in r.items() if key in RU_MONTHS[idx]]
        if not hits:
            continue
        mr = hits[0]
        new_idx = rng.choice([i for i in range(12) if i != idx])
        if rng.random() < 0.5:
            out.append(("en", _replace(en, me.span(1), EN_MONTHS[new_idx]), EN_MONTHS[idx], EN_MONTHS[new_idx]))
        else:
            case = RU_MONTHS[idx].index(mr.group(1).lower())
            new = RU_MONTHS[new_idx][case]
            if mr.group(1)[0].isupper():
                new = new.capitalize()
            out.append(("ru", _replace(ru, mr.span(1), new), mr.group(1), new))
    return out


class Countries:
    """Country names in both languages (CLDR via Babel), single words only."""

    def __init__(self):
        from babel import Locale
        import pymorphy3

        en, ru = Locale("en").territories, Locale("ru").territories
        self.morph = pymorphy3.MorphAnalyzer()
        self.pairs = {}
        for code, name in en.items():
            if code.isalpha() and len(code) == 2 and code in ru and " " not in name and " " not in ru[code] and "-" not in ru[code]:
                self.pairs[name] = ru[code]
        self.en_rx = re.compile(r"\b(" + "|".join(sorted(self.pairs, key=len, reverse=True)) + r")\b")
        self.ru_lemma = {v.lower(): k for k, v in self.pairs.items()}

    def in_ru(self, ru: str, en_name: str):
        target = self.pairs[en_name].lower()
        for m in re.finditer(r"\b[А-ЯЁ][а-яё]+\b", ru):
            for p in self.morph.parse(m.group(0))[:2]:
                if p.normal_form == target:
                    return m, p
        return None

    def ru_form(self, en_name: str, like) -> str | None:
        for p in self.morph.parse(self.pairs[en_name])[:3]:
            if p.normal_form == self.pairs[en_name].lower():
                form = p.inflect({like.tag.case}) if like.tag.case else p
                if form is not None:
                    return form.word.capitalize()
        return None


def entities(en: str, ru: str, rng, countries: Countries, pool: list[str]):
    seen = _once(countries.en_rx, en)
    for key, me in seen.items():
        name = me.group(1)
        hit = countries.in_ru(ru, name)
        if hit is None:
            continue
        mr, parse = hit
        others = [c for c in pool if c != name and c.lower() not in en.lower()]
        if not others:
            continue
        new = rng.choice(others)
        if rng.random() < 0.5:
            return [("en", _replace(en, me.span(1), new), name, new)]
        form = countries.ru_form(new, parse)
        if form and form.lower() not in ru.lower():
            return [("ru", _replace(ru, mr.span(), form), mr.group(0), form)]
        return [("en", _replace(en, me.span(1), new), name, new)]
    return []


def polarity(en: str, ru: str, rng, morph):
    """Insert or remove one negation on one side."""
    if re.search(r"\bnot\s+only\b|\bне\s+только\b", en + " " + ru, re.I):
        return []
    en_neg = bool(_EN_NEG.search(en) or re.search(r"\b(never|no|nobody|nothing)\b", en, re.I))
    ru_neg = bool(_RU_NE.search(ru) or re.search(r"\b(нет|никогда|ничего|никто)\b", ru, re.I))
    if en_neg != ru_neg:
        return []
    side = "en" if rng.random() < 0.5 else "ru"
    if side == "en":
        if en_neg:
            m = _EN_NEG.search(en)
            if m is None:
                return []
            if m.group(1):
                new = _replace(en, m.span(), m.group(1))
            elif m.group(2):
                word = {"can't": "can", "won't": "will", "cannot": "can"}[m.group(2).lower()]
                new = _replace(en, m.span(), word)
            else:
                new = _replace(en, m.span(), "")
            return [("en", new, m.group(0).strip(), "(negation removed)")]
        m = _EN_AUX.search(en)
        if m is None:
            return []
        return [("en", en[: m.end(1)] + " not" + en[m.end(1) :], m.group(1), m.group(1) + " not")]
    if ru_neg:
        m = _RU_NE.search(ru)
        if m is None:
            return []
        new = _replace(ru, m.span(), "")
        if m.start() == 0:
            new = new[:1].upper() + new[1:]
        return [("ru", new, "не", "(negation removed)")]
    for m in re.finditer(r"\b[а-яё]+\b", ru):
        p = morph.parse(m.group(0))[0]
        if "VERB" in p.tag and ("past" in p.tag or "pres" in p.tag or "futr" in p.tag):
            return [("ru", ru[: m.start()] + "не " + ru[m.start() :], m.group(0), "не " + m.group(0))]
    return []


def _split(pair_id: str, seed: int) -> str:
    h = int(hashlib.sha1(f"{seed}:{pair_id}".encode()).hexdigest(), 16)
    return "dev" if h % 2 == 0 else "heldout"


SHARED_SOURCES = ("wmt22_en_ru.tsv", "tatoeba_en_ru.tsv")


def _usable(en: str, ru: str) -> bool:
    return 15 <= len(en) <= 400 and 15 <= len(ru) <= 450


def shared_rows(data: Path, exclude: set[str] = frozenset()) -> list[tuple[str, str, str]]:
    """(id, en, ru) of the shared WMT22 and Tatoeba pairs."""
    rows = []
    for name in SHARED_SOURCES:
        for n, r in enumerate(read_pairs(data / name)):
            en, ru = r["en"].strip(), r["ru"].strip()
            pid = r.get("seg_id") or f"{name.split('_')[0]}-{n + 1:04d}"
            if _usable(en, ru) and pid not in exclude:
                rows.append((pid, en, ru))
    return rows


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def fresh_rows(src: Path, data: Path, exclude: tuple[Path, ...] = ()) -> tuple[list[tuple[str, str, str]], Counter]:
    """(id, en, ru) of every usable pair of ``src`` (a TSV with ``en`` and ``ru`` columns, ids from ``seg_id`` or
    ``id`` when present), minus pairs whose English or Russian side is already in the shared data, in one of
    the ``exclude`` TSVs (the sources of earlier fresh sets) or earlier in ``src``: a fresh set must not repeat
    a sentence the earlier sets used."""
    earlier = [data / name for name in SHARED_SOURCES if (data / name).exists()] + list(exclude)
    seen = {_norm(t) for path in earlier for r in read_pairs(path) for t in (r["en"], r["ru"])}
    rows, dropped = [], Counter()
    for n, r in enumerate(read_pairs(src)):
        en, ru = r["en"].strip(), r["ru"].strip()
        pid = r.get("seg_id") or r.get("id") or f"{src.stem}-{n + 1:04d}"
        if not _usable(en, ru):
            dropped["length"] += 1
        elif _norm(en) in seen or _norm(ru) in seen:
            dropped["duplicate"] += 1
        else:
            seen.update((_norm(en), _norm(ru)))
            rows.append((pid, en, ru))
    return rows, dropped


def build(data: Path, seed: int, per_type: int, controls: int, exclude: set[str] = frozenset(),
          any_control: bool = False, rows: list[tuple[str, str, str]] | None = None) -> dict[str, list[dict]]:
    """Changed pairs per type and controls, split by source.  Controls are pairs that state a slot, or any
    pair with ``any_control`` (once the slotted pairs are used up, only polarity can still be changed).
    ``rows`` replaces the shared data as the source pairs.  ``per_type`` None keeps every changed pair of
    the slot types, and as many polarity changes as the largest slot type has (negation is everywhere)."""
    rng = random.Random(seed)
    if rows is None:
        rows = shared_rows(data, exclude)
    countries = Countries()
    pool_counts = Counter(m.group(1) for _, en, _ in rows for m in countries.en_rx.finditer(en))
    pool = sorted(c for c, k in pool_counts.items() if k >= 2)
    by_type: dict[str, list[dict]] = {t: [] for t in ("number", "year", "date", "month", "entity", "polarity")}
    slotted: list[tuple[str, str, str]] = []
    for pid, en, ru in rows:
        found = {
            "number": numbers(en, ru, rng),
            "year": years(en, ru, rng),
            "date": days(en, ru, rng),
            "month": months(en, ru, rng),
            "entity": entities(en, ru, rng, countries, pool),
        }
        if any(found.values()):
            slotted.append((pid, en, ru))
        for kind, cands in found.items():
            if cands:
                side, new, old_v, new_v = rng.choice(cands)
                by_type[kind].append(_record(pid, en, ru, side, new, kind, old_v, new_v))
    polarity_cap = per_type if per_type is not None else max(len(v) for k, v in by_type.items() if k != "polarity")
    # polarity on pairs with a plain assertion (not only the slotted ones: negation is everywhere)
    for pid, en, ru in rng.sample(rows, min(len(rows), 6 * polarity_cap)):
        cands = polarity(en, ru, rng, countries.morph)
        if cands:
            side, new, old_v, new_v = cands[0]
            by_type["polarity"].append(_record(pid, en, ru, side, new, "polarity", old_v, new_v))
    out: dict[str, list[dict]] = {"dev": [], "heldout": []}
    for kind, recs in by_type.items():
        rng.shuffle(recs)
        for rec in recs[: polarity_cap if kind == "polarity" else per_type]:  # [:None] keeps all
            out[_split(rec["source"], seed)].append(rec)
    control_pool = [(pid, en, ru) for pid, en, ru in rows] if any_control else slotted
    for pid, en, ru in rng.sample(control_pool, min(controls, len(control_pool))):
        out[_split(pid, seed)].append({"a": en, "b": ru, "lang_a": "en", "lang_b": "ru", "label": "agree",
                                       "perturbation": "control", "source": pid, "side": None, "was": None, "now": None})
    for part in out.values():
        part.sort(key=lambda r: (r["perturbation"], r["source"]))
    return out


def _record(pid, en, ru, side, new, kind, old_v, new_v):
    a, b = (new, ru) if side == "en" else (en, new)
    return {"a": a, "b": b, "lang_a": "en", "lang_b": "ru", "label": "contradict", "perturbation": kind,
            "source": pid, "side": side, "was": old_v, "now": new_v}


def _write_fresh(src: Path, out: Path, data: Path, seed: int, exclude: tuple[Path, ...] = ()) -> None:
    rows, dropped = fresh_rows(src, data, exclude)
    log(f"{src}: {len(rows)} usable pairs", dict(dropped))
    sets = build(data, seed, None, len(rows), rows=rows)
    recs = sorted(sets["dev"] + sets["heldout"], key=lambda r: (r["perturbation"], r["source"]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    log(f"{out}: {len(recs)} pairs", dict(Counter(r["perturbation"] for r in recs)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--per-type", type=int, default=160, help="changed pairs per perturbation type (both splits)")
    ap.add_argument("--controls", type=int, default=500, help="untouched pairs (both splits)")
    ap.add_argument("--dev2", action="store_true", help="a second DEV set (perturb_dev2.jsonl) from source pairs used by "
                    "neither DEV nor HELD-OUT, for tuning after HELD-OUT was looked at (seed 11)")
    ap.add_argument("--heldout2", type=Path, default=None, metavar="PATH",
                    help="a second HELD-OUT set written to PATH, from source pairs used by none of DEV, HELD-OUT and "
                    "DEV2 (seed 12): measures generalisation once HELD-OUT has been used for fixes")
    ap.add_argument("--fresh", type=Path, default=None, metavar="SRC.tsv",
                    help="build one set from OTHER parallel text: every usable pair of SRC.tsv (columns en, ru; "
                    "optional seg_id/id), deduplicated against the shared data; every changed pair of each slot "
                    "type, as many polarity changes as the largest slot type, every slotted pair as a control "
                    "(seed 13 unless --seed is given); needs --out")
    ap.add_argument("--out", type=Path, default=None, metavar="PATH", help="where --fresh writes its JSONL")
    ap.add_argument("--exclude", type=Path, action="append", default=[], metavar="TSV",
                    help="with --fresh: also drop pairs whose English or Russian side is in this TSV (the source "
                    "of an earlier fresh set); repeatable")
    args = ap.parse_args()
    if args.fresh:
        if not args.out:
            ap.error("--fresh needs --out PATH")
        _write_fresh(args.fresh, args.out, args.data, 13 if args.seed == ap.get_default("seed") else args.seed,
                     tuple(args.exclude))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    if args.heldout2:
        used = {json.loads(line)["source"] for part in ("dev", "heldout", "dev2")
                for line in (OUT / f"perturb_{part}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
        sets = build(args.data, 12, args.per_type, args.controls // 3, used, any_control=True)
        recs = sorted(sets["dev"] + sets["heldout"], key=lambda r: (r["perturbation"], r["source"]))
        with open(args.heldout2, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        log(f"{args.heldout2}: {len(recs)} pairs", dict(Counter(r["perturbation"] for r in recs)))
        return
    if args.dev2:
        used = {json.loads(line)["source"] for part in ("dev", "heldout")
                for line in (OUT / f"perturb_{part}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
        sets = build(args.data, 11, args.per_type, args.controls, used)
        recs = sets["dev"] + sets["heldout"]
        with open(OUT / "perturb_dev2.jsonl", "w", encoding="utf-8") as fh:
            for rec in sorted(recs, key=lambda r: (r["perturbation"], r["source"])):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        log(f"bench/data/perturb_dev2.jsonl: {len(recs)} pairs", dict(Counter(r["perturbation"] for r in recs)))
        return
    sets = build(args.data, args.seed, args.per_type, args.controls)
    for part, recs in sets.items():
        path = OUT / f"perturb_{part}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        log(f"{path.relative_to(REPO)}: {len(recs)} pairs", dict(Counter(r["perturbation"] for r in recs)))


if __name__ == "__main__":
    main()
