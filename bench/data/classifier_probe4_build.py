"""Build bench/data/classifier_polarity_probe4.jsonl (issue 15, fourth round): written before any gate met it.

    python bench/data/classifier_probe4_build.py        # rewrites the probe from the rows below (deterministic)

Cross-lingual minimal pairs from rows of pairgen's *test* split (Tatoeba, WMT22) and TERRa's validation file
(its test split), none used in the seeds, tests/, bench/data or probes 1-3 (checked by text when the rows were
picked).  Each group takes one source row X, changes one side by hand (``M``), and pairs ``M`` twice:

* with X's other-language side (a true contradiction): ``translation-negated`` (a verb negated or its negation
  removed), ``translation-antonym`` (the opposite predicate: "cracked" / "held"), ``paraphrase-denial`` (a
  reworded denial: other words for the same statement, the kind frozen vectors align worst);
* with another row on the same topic (gold ``related``: another statement that also carries the change).

TERRa groups take a premise P and write M as the denial of its entailed hypothesis, in English: a paraphrased
denial of P by construction.  A hash of the group splits the probe into a tuning half and a held-out half; only
the tuning half may be looked at while a gate is chosen.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

DATA = Path("/work/shared/data")
OUT = Path(__file__).with_name("classifier_polarity_probe4.jsonl")

# (source row, modified side's language, kind, M, same-topic other row)
GROUPS = [
    ("wmt:ru-en-0246", "en", "translation-negated", "The cover's fabric crumbles and stretches over time.", "wmt:ru-en-0245"),
    ("wmt:ru-en-0245", "ru", "translation-negated", "Чехол не изготовлен из прочного трикотажного полотна со стежкой на комфортном слое.", "wmt:ru-en-0246"),
    ("wmt:ru-en-1868", "en", "translation-negated", "The mats are not made from an elastic, wear resistant and odor-free material.", "wmt:ru-en-0297"),
    ("wmt:ru-en-1868", "en", "translation-antonym", "The mat material is stiff, wears out quickly and smells.", "wmt:ru-en-0297"),
    ("wmt:en-ru-1175", "ru", "translation-negated", "Любой продукт, который оказывается неисправным, не будет отремонтирован или замещен бесплатно.", "wmt:ru-en-1669"),
    ("wmt:en-ru-1175", "en", "paraphrase-denial", "Faulty goods are not fixed or exchanged at no cost.", "wmt:ru-en-1669"),
    ("wmt:ru-en-0628", "ru", "translation-negated", "Картофель есть на каждой кухне, но не обладает удивительными свойствами.", "wmt:ru-en-1740"),
    ("wmt:ru-en-0635", "en", "translation-negated", "Potatoes do not contain phosphorus, potassium or magnesium.", "wmt:ru-en-0628"),
    ("tat:965", "en", "translation-antonym", "The ice held under the weight.", "wmt:ru-en-1560"),
    ("wmt:en-ru-1942", "ru", "translation-negated", "Международные покупатели, пожалуйста, обратите внимание: наши большие фотографии не отправляются свернутыми в почтовых тубусах.", "wmt:en-ru-0507"),
    ("wmt:en-ru-0507", "en", "translation-negated", "A3 Posters are not sent in a cardboard poster tube.", "wmt:en-ru-1942"),
    ("wmt:en-ru-0507", "en", "paraphrase-denial", "A3 posters arrive folded flat in an envelope.", "wmt:en-ru-1942"),
    ("wmt:ru-en-1790", "ru", "translation-negated", "Пружины: в центре модели не установлен блок независимых пружин \"микропакет\".", "wmt:ru-en-0292"),
    ("tat:371", "ru", "translation-antonym", "У Мэри некрасивая улыбка.", "tat:140"),
    ("wmt:en-ru-1781", "ru", "translation-negated", "Если вы разместили международный заказ, половина изначальной суммы доставки не будет взиматься повторно.", "wmt:en-ru-1275"),
    ("wmt:ru-en-0977", "en", "translation-negated", "Therefore, the total amount of sugar cannot be higher than indicated on the label.", "wmt:ru-en-0972"),
    ("wmt:ru-en-0968", "ru", "translation-negated", "Его избыток в рационе не может привести к диабету второго типа.", "wmt:ru-en-0911"),
    ("wmt:ru-en-0968", "en", "paraphrase-denial", "Eating too much of it does not raise the risk of type 2 diabetes.", "wmt:ru-en-0911"),
    ("wmt:ru-en-0201", "en", "translation-antonym", "Certain factors reduce the risk of disease development.", "wmt:ru-en-0911"),
    ("wmt:ru-en-1328", "ru", "translation-negated", "Во многих регионах Китая, где расположены курорты, в том числе и в Чжанцзякоу, не бывает проблем со снегом.", "wmt:ru-en-1334"),
    ("wmt:ru-en-1328", "en", "paraphrase-denial", "Snow is never a problem at Chinese resorts such as Zhangjiakou.", "wmt:ru-en-1334"),
    ("wmt:ru-en-1334", "en", "translation-negated", "Downes believes that, despite some substantial changes, it will not take many more years to establish a ski culture here.", "wmt:ru-en-1328"),
    ("wmt:ru-en-0364", "ru", "translation-antonym", "В сегменте люкс пиджаки из бархата в этом сезоне не представлены ни в одном бренде.", "wmt:ru-en-0363"),
    ("wmt:ru-en-0363", "en", "translation-negated", "Budget options are not available at H&M, Mango, Next and Zara.", "wmt:ru-en-0364"),
    ("wmt:en-ru-0950", "ru", "translation-negated", "Повторный заказ сейчас не готовится в ресторане.", "wmt:en-ru-0164"),
    ("wmt:en-ru-1238", "en", "translation-negated", "I checked the correct order and I can see here that the rider is not currently trying to pick it up.", "wmt:en-ru-0164"),
    ("wmt:en-ru-1664", "ru", "translation-negated", "Этот набор макроудлинительной трубки не способен превратить ваш объектив в макрообъектив.", "wmt:en-ru-1673"),
    ("wmt:ru-en-1092", "en", "paraphrase-denial", "None of the lions got out at Changi airport in Singapore.", "tat:600"),
    ("tat:94", "en", "translation-negated", "I knew you were so unhappy here.", "tat:57"),
    ("tat:57", "ru", "translation-negated", "Я знал, что у тебя столько кошек.", "tat:805"),
    ("tat:76", "ru", "translation-negated", "Я знал, что вы едете с нами в Бостон.", "tat:605"),
    ("tat:410", "en", "translation-negated", "The boss is going to fire Mary.", "tat:818"),
    ("tat:410", "en", "paraphrase-denial", "The boss will dismiss Mary.", "tat:818"),
    ("tat:41", "ru", "translation-negated", "Я хочу рисковать жизнью.", "tat:479"),
    ("tat:231", "ru", "translation-antonym", "Чем дольше я живу, тем глупее становлюсь.", "tat:426"),
    ("wmt:ru-en-0102", "ru", "paraphrase-denial", "Самолетов у них нет.", "wmt:ru-en-1079"),
    ("wmt:ru-en-1021", "en", "translation-negated", "Just don't forget that the food was NATURAL, therefore obesity was as common as now.", "wmt:ru-en-0911"),
    ("wmt:en-ru-0045", "ru", "translation-antonym", "«Все мы знаем, что процессы проходят менее интенсивно, когда климат становится теплее.", "wmt:en-ru-1966"),
    # TERRa validation (its test split): M denies the premise's entailed hypothesis, in English
    ("terra:83", "en", "paraphrase-denial", "The tram driver did not help the taxi driver.", "terra:96"),
    ("terra:164", "en", "paraphrase-denial", "Pupils of some schools in the Kirov region will not get longer holidays.", "terra:32"),
    ("terra:152", "en", "paraphrase-denial", "The intruder left many traces of his stay in the house.", "terra:174"),
    ("terra:174", "en", "paraphrase-denial", "The police did not find where counterfeit alcohol was being sold.", "terra:157"),
    ("terra:59", "en", "paraphrase-denial", "The firefighters saved the car from the fire.", "terra:162"),
    ("terra:162", "en", "paraphrase-denial", "Nobody was taken to hospital after the accident.", "terra:59"),
    ("terra:112", "en", "paraphrase-denial", "No bus stop is being installed near the medical facility.", "terra:122"),
    ("terra:178", "en", "paraphrase-denial", "He got the money before he was detained.", "terra:107"),
    ("terra:43", "en", "paraphrase-denial", "The search operation is continuing today.", "terra:64"),
    ("terra:66", "en", "paraphrase-denial", "No charges have been brought against them.", "terra:107"),
]


def _rows() -> dict[str, dict[str, str]]:
    out = {}
    for name, prefix in (("tatoeba_en_ru.tsv", "tat"), ("wmt22_en_ru.tsv", "wmt")):
        with open(DATA / name, encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r.get("en") and r.get("ru")]
        for i, r in enumerate(rows):
            out[f"{prefix}:{r['seg_id'] if prefix == 'wmt' else i}"] = r
    for line in (DATA / "terra_ru_val.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out[f"terra:{r['idx']}"] = {"ru": r["premise"]}  # Russian only: the other side is the English M
    return out


def _clean(text: str) -> str:
    """TERRa's CSV-style doubled quotes (a premise wrapped in quotes, inner quotes doubled) as plain text."""
    text = text.strip()
    if text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    return text.replace('""', '"').strip()


def half_of(group: str) -> str:
    return "tune" if int(hashlib.sha1(f"probe4:{group}".encode()).hexdigest()[:8], 16) % 2 == 0 else "heldout"


def build() -> list[dict]:
    rows, out = _rows(), []
    for src, lang, kind, m, other in GROUPS:
        side = "ru" if lang == "en" else "en"
        group = f"{src}|{other}"
        topic = min(src, other)  # a row and its mirror (each the other's same-topic row) fall in one half
        for b, label, k in ((rows[src][side], "contradict", kind), (rows[other][side], "related", f"other-statement ({kind})")):
            out.append({"a": m, "b": _clean(b), "lang_a": lang, "lang_b": side, "label": label, "group": group,
                        "half": half_of(topic), "kind": k})
    return out


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    halves = {h: sum(1 for r in rows if r["half"] == h) for h in ("tune", "heldout")}
    print(f"wrote {len(rows)} pairs to {OUT} ({halves})")
