"""Comparable EN/RU document sets with a gold alignment (not translations of each other).

    python bench/comparable.py --part dev --list      # what the sets hold

Two sources:

* **synthetic** sets from the WMT22 parallel data (``/work/shared/data``).  Rows are
  grouped into *topic windows* of 8 consecutive segment ids (WMT22 keeps the
  sentences of one source document in order, so a window speaks of the same
  things).  Windows are split by a seeded hash into a DEV part and a HELD-OUT part;
  the translation pairs a document pair *shares* come only from the "bench" half of
  WMT22 (``_common.wmt_split``), never from the half ``bench/calibrate.py`` fits on.
  Each document pair: 10 shared sentences (the English on one side, the Russian on
  the other) and 10 distractors on each side, shuffled, in paragraphs of 3-4.
  Variants:

  - ``plain``: distractors drawn from far-away windows (unrelated);
  - ``dropped``: as plain, but 4 of the shared Russian sentences are dropped (their
    English becomes unique);
  - ``merged``: 3 times two shared sentences are joined into one sentence ("A; B") on
    one side (English in odd pairs, Russian in even ones): one claim, two counterparts;
  - ``partial``: 4 shared sentences are given on one side as a partial rendering (a
    contiguous 55-80 % of the words, cut at word boundaries): a counterpart stating a
    subset of the fact;
  - ``same_topic``: the distractors come from the *same* windows as the shared
    sentences: other sentences of the same source document, i.e. different facts
    about the same things;
  - ``perturbed``: as plain, but up to 4 shared sentences that state a number have that
    number changed on the Russian side: a different fact about the same thing (gold
    *related*, never a counterpart; a contradiction link is acceptable, agreement is not);
  - ``tatoeba``: plain documents from Tatoeba's short everyday sentences (DEV and
    HELD-OUT by a seeded half split).

* **hand-written** paragraph pairs in ``tests/data/comparable_docs/`` (encyclopedic,
  news, economic, sport) with the gold in ``gold.json``: ``same`` lists sentence pairs
  stating the same fact (the counterpart), ``related`` pairs stating different facts
  about the same thing; each pair file says whether it is ``dev`` or ``heldout``.

Gold is kept as character spans of the inserted sentences, so it survives any
change of segmentation: an output segment is judged by the gold sentence it
overlaps most.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from _common import DEFAULT_DATA, REPO, read_pairs, wmt_split

from crosscheck.model import Document  # noqa: E402

COMPARABLE_DIR = REPO / "tests" / "data" / "comparable_docs"
VARIANTS = ("plain", "dropped", "merged", "partial", "same_topic", "perturbed", "tatoeba")
WINDOW = 8
SHARED = 10
DISTRACT = 10


@dataclass
class GoldSentence:
    sid: str
    doc: str
    start: int
    end: int
    counterparts: set[str] = field(default_factory=set)  # same fact, other document
    related: set[str] = field(default_factory=set)  # same thing, different fact, other document


@dataclass
class DocSet:
    name: str
    variant: str
    part: str
    documents: list[Document]
    gold: dict[str, GoldSentence]  # sid -> sentence

    def sentences_of(self, doc_id: str) -> list[GoldSentence]:
        return [g for g in self.gold.values() if g.doc == doc_id]


def _part_of(key: str, seed: int) -> str:
    h = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return "dev" if h[0] % 2 == 0 else "heldout"


def _usable(row: dict[str, str]) -> bool:
    en, ru = row["en"].strip(), row["ru"].strip()
    return (40 <= len(en) <= 260 and 30 <= len(ru) <= 300 and en[-1] in ".!?" and ru[-1] in ".!?…"
            and en[0].isupper() and ru[0].isupper())


def _windows(rows: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        prefix, num = r["seg_id"].rsplit("-", 1)
        out.setdefault(f"{prefix}-{int(num) // WINDOW}", []).append(r)
    return list(out.values())


def _partial(text: str, rng: random.Random) -> str:
    words = text.split()
    n = max(4, round(len(words) * rng.uniform(0.55, 0.8)))
    n = min(n, len(words))
    start = rng.randint(0, len(words) - n) if rng.random() < 0.3 else 0
    part = " ".join(words[start:start + n]).rstrip(",;:—-–")
    part = part[0].upper() + part[1:]
    return part if part[-1] in ".!?…" else part + "."


_NUM = re.compile(r"\d+")


def _perturb(text: str, rng: random.Random) -> str:
    """``text`` with one of its numbers changed (a different fact)."""
    ms = list(_NUM.finditer(text))
    m = ms[rng.randrange(len(ms))]
    value = int(m.group())
    new = value + rng.choice([1, 2, 3, 5, 10]) if value < 10 else value * rng.choice([2, 3]) + rng.randint(1, 9)
    return text[:m.start()] + str(new) + text[m.end():]


def _merge(a: str, b: str) -> str:
    return a.rstrip().rstrip(".!?…") + "; " + b.strip()


class _Builder:
    """Sentences for one document pair -> two Documents and their gold spans."""

    def __init__(self, name: str, rng: random.Random):
        self.name, self.rng = name, rng
        self.items: dict[str, list[tuple[str, str]]] = {"en": [], "ru": []}  # (sid, text)
        self.gold: dict[str, GoldSentence] = {}
        self.topic: dict[str, str] = {}

    def add(self, lang: str, text: str, topic: str) -> str:
        sid = f"{self.name}.{lang}{len(self.items[lang])}"
        self.items[lang].append((sid, text))
        self.topic[sid] = topic
        return sid

    def documents(self, counterparts: list[tuple[str, str]]) -> tuple[list[Document], dict[str, GoldSentence]]:
        docs = []
        for lang in ("en", "ru"):
            items = list(self.items[lang])
            self.rng.shuffle(items)
            doc_id = f"{self.name}-{lang}"
            paras, pos, text = [], 0, ""
            i = 0
            while i < len(items):
                k = self.rng.randint(3, 4)
                paras.append(items[i:i + k])
                i += k
            chunks = []
            for p_i, para in enumerate(paras):
                if p_i:
                    chunks.append("\n\n")
                    pos += 2
                for s_i, (sid, sent) in enumerate(para):
                    if s_i:
                        chunks.append(" ")
                        pos += 1
                    self.gold[sid] = GoldSentence(sid, doc_id, pos, pos + len(sent))
                    chunks.append(sent)
                    pos += len(sent)
            text = "".join(chunks) + "\n"
            docs.append(Document(id=doc_id, text=text, lang=lang))
        for a, b in counterparts:
            self.gold[a].counterparts.add(b)
            self.gold[b].counterparts.add(a)
        en_ids = [s for s, _ in self.items["en"]]
        ru_ids = [s for s, _ in self.items["ru"]]
        for a in en_ids:
            for b in ru_ids:
                if self.topic[a] == self.topic[b] and b not in self.gold[a].counterparts:
                    self.gold[a].related.add(b)
                    self.gold[b].related.add(a)
        return docs, self.gold


def _synthetic(variant: str, part: str, n_pairs: int, data: Path, seed: int) -> list[DocSet]:
    rng = random.Random(f"{seed}:{variant}:{part}")
    if variant == "tatoeba":
        rows = [r for r in read_pairs(data / "tatoeba_en_ru.tsv") if len(r["en"]) >= 15]
        rows = [r for i, r in enumerate(rows) if _part_of(f"tat{i}", seed) == part]
        rng.shuffle(rows)
        sets = []
        for p in range(n_pairs):
            if len(rows) < SHARED + 2 * DISTRACT:
                break
            b = _Builder(f"{variant}{p:02d}", rng)
            pairs = []
            for i in range(SHARED):
                r = rows.pop()
                pairs.append((b.add("en", r["en"], f"t{p}.{i}"), b.add("ru", r["ru"], f"t{p}.{i}")))
            for i in range(DISTRACT):
                b.add("en", rows.pop()["en"], f"te{p}.{i}")
                b.add("ru", rows.pop()["ru"], f"tr{p}.{i}")
            docs, gold = b.documents(pairs)
            sets.append(DocSet(b.name, variant, part, docs, gold))
        return sets

    all_rows = read_pairs(data / "wmt22_en_ru.tsv")
    bench_ids = {r["seg_id"] for r in wmt_split(all_rows, "bench")}
    windows = [w for w in _windows(all_rows) if _part_of(w[0]["seg_id"], seed) == part]
    rng.shuffle(windows)
    shareable = [[r for r in w if r["seg_id"] in bench_ids and _usable(r)] for w in windows]
    others = [[r for r in w if _usable(r)] for w in windows]
    sets: list[DocSet] = []
    wi = 0
    for p in range(n_pairs):
        b = _Builder(f"{variant}{p:02d}", rng)
        shared: list[tuple[str, str]] = []  # (en sid, ru sid)
        shared_rows: list[tuple[dict, str]] = []
        if variant == "same_topic":
            # windows that can give both shared sentences and same-window distractors
            need_s, need_d = SHARED, 2 * DISTRACT
            while (need_s > 0 or need_d > 0) and wi < len(windows):
                w_sh = shareable[wi]
                w_all = [r for r in others[wi]]
                topic = f"w{wi}"
                wi += 1
                if len(w_all) < 4 or not w_sh:
                    continue
                rng.shuffle(w_sh)
                take = w_sh[:max(1, min(need_s, len(w_sh) // 2 or 1, 3))]
                rest = [r for r in w_all if r not in take]
                if len(rest) < 2:
                    continue
                for r in take:
                    if need_s <= 0:
                        break
                    shared_rows.append((r, topic))
                    need_s -= 1
                rng.shuffle(rest)
                for k, r in enumerate(rest[:4]):
                    if need_d <= 0:
                        break
                    b.add("en" if k % 2 == 0 else "ru", r["en"] if k % 2 == 0 else r["ru"], topic)
                    need_d -= 1
        else:
            while len(shared_rows) < SHARED and wi < len(windows):
                for r in shareable[wi][:2]:
                    shared_rows.append((r, f"w{wi}"))
                wi += 1
            shared_rows = shared_rows[:SHARED]
            for lang in ("en", "ru"):
                k = 0
                while k < DISTRACT and wi < len(windows):
                    for r in others[wi][:2]:
                        if k < DISTRACT:
                            b.add(lang, r[lang], f"w{wi}")
                            k += 1
                    wi += 1
        if len(shared_rows) < SHARED // 2:
            break
        texts = [(r["en"], r["ru"], topic) for r, topic in shared_rows]
        if variant == "merged":
            side = "en" if p % 2 else "ru"
            merged_texts = texts[:6]
            for k in range(0, 6, 2):
                (ea, ra, ta), (eb, rb, tb) = merged_texts[k], merged_texts[k + 1]
                if side == "ru":
                    s_m = b.add("ru", _merge(ra, rb), ta)
                    shared += [(b.add("en", ea, ta), s_m), (b.add("en", eb, tb), s_m)]
                else:
                    s_m = b.add("en", _merge(ea, eb), ta)
                    shared += [(s_m, b.add("ru", ra, ta)), (s_m, b.add("ru", rb, tb))]
                b.topic[s_m] = ta  # merged carries the first topic; the second is a counterpart anyway
            texts = texts[6:]
        perturbed = 0
        for k, (en, ru, topic) in enumerate(texts):
            if variant == "perturbed" and perturbed < 4 and _NUM.search(en) and _NUM.search(ru):
                perturbed += 1
                b.add("en", en, topic)
                b.add("ru", _perturb(ru, rng), topic)  # same topic window: gold related
                continue
            if variant == "dropped" and k < 4:
                b.add("en", en, topic)
                continue
            if variant == "partial" and k < 4:
                if k % 2:
                    en = _partial(en, rng)
                else:
                    ru = _partial(ru, rng)
            shared.append((b.add("en", en, topic), b.add("ru", ru, topic)))
        docs, gold = b.documents(shared)
        sets.append(DocSet(b.name, variant, part, docs, gold))
    return sets


def handwritten(part: str, directory: Path = COMPARABLE_DIR) -> list[DocSet]:
    """The hand-written paragraph pairs of ``part`` ("dev", "heldout" or "all")."""
    spec = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    out = []
    for item in spec["pairs"]:
        if part != "all" and item["part"] != part:
            continue
        docs, gold = [], {}
        for lang in ("en", "ru"):
            text = (directory / item[lang]).read_text(encoding="utf-8")
            docs.append(Document(id=f"{item['name']}-{lang}", text=text, lang=lang,
                                 fmt="markdown" if item[lang].endswith(".md") else "text"))

        def sid_for(lang: str, snippet: str) -> str:
            doc = docs[0] if lang == "en" else docs[1]
            at = doc.text.find(snippet)
            if at < 0 or doc.text.find(snippet, at + 1) >= 0:
                raise ValueError(f"{item['name']}: snippet not found once in {lang}: {snippet!r}")
            sid = f"{doc.id}@{at}"
            gold.setdefault(sid, GoldSentence(sid, doc.id, at, at + len(snippet)))
            return sid

        for key, attr in (("same", "counterparts"), ("related", "related")):
            for en_snip, ru_snip in item.get(key, []):
                a, b = sid_for("en", en_snip), sid_for("ru", ru_snip)
                getattr(gold[a], attr).add(b)
                getattr(gold[b], attr).add(a)
        for lang in ("en", "ru"):  # sentences named only as having no counterpart
            for snip in item.get(f"unique_{lang}", []):
                sid_for(lang, snip)
        out.append(DocSet(item["name"], "handwritten", item["part"], docs, gold))
    return out


def build(part: str, *, pairs: int = 20, data: Path = DEFAULT_DATA, seed: int = 11,
          variants: tuple[str, ...] = VARIANTS, hand: bool = True) -> list[DocSet]:
    """Every set of ``part``: ``pairs`` document pairs per synthetic variant, plus the hand-written ones."""
    out: list[DocSet] = []
    for v in variants:
        out.extend(_synthetic(v, part, pairs, data, seed))
    if hand:
        out.extend(handwritten(part))
    return out


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--show", help="print the documents of one set by name")
    args = ap.parse_args()
    sets = build(args.part, pairs=args.pairs)
    for s in sets:
        if args.show and s.name != args.show:
            continue
        n_cp = sum(1 for g in s.gold.values() if g.counterparts)
        n_rel = sum(1 for g in s.gold.values() if g.related)
        print(f"{s.variant:11s} {s.name:12s} sentences={len(s.gold):3d} with-counterpart={n_cp:3d} with-related={n_rel:3d}")
        if args.show:
            for d in s.documents:
                print(f"--- {d.id}\n{d.text}")
