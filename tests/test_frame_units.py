"""Unit tests of the frame pieces: keys, numerals, times, quantities, API and serialisation."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from crosscheck.frame import frame_text
from crosscheck.frame.names import person_key, place_key, org_key, skeleton
from crosscheck.frame.numerals import ordinal_value, parse_number_words, word_to_number
from crosscheck.frame.times import extract_times
from crosscheck.serialize import frame_to_dict

D = dt.date


def test_import_is_cheap():
    code = "import sys, crosscheck.frame; print(any(m in sys.modules for m in ('natasha', 'pymorphy3', 'navec', 'slovnet')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_person_keys_cross_script():
    for group in (["Герасимов", "Герасимова", "Герасимовым", "Gerasimov"], ["Скапарротти", "Scaparrotti"],
                  ["Алиев", "Алиева", "Aliyev", "Aliev"], ["Садыков", "Садыковым", "Sadikov"],
                  ["Шольц", "Шольцем", "Scholz"], ["Чавушоглу", "Cavusoglu", "Çavuşoğlu"], ["Лавров", "Лаврова", "Lavrov"],
                  ["Зеленский", "Зеленским", "Zelensky", "Zelenskyy"]):
        keys = {person_key(n) for n in group}
        assert len(keys) == 1, (group, keys)
    assert person_key("Valery Gerasimov") == person_key("Валерий Герасимов") == person_key("Valeriy Gerasimov")
    assert person_key("Gerasimov") != person_key("Aliyev")


def test_place_and_org_keys():
    for group, key in ((["Баку", "БАКУ", "Baku"], "baku"), (["Москва", "Москве", "Moscow"], "moscow"),
                       (["Азербайджан", "Азербайджане", "Azerbaijan"], "azerbaijan"),
                       (["Россия", "России", "РФ", "Russia", "Russian Federation"], "russia"),
                       (["США", "U.S.", "United States"], "united-states"), (["Германии", "Germany"], "germany")):
        assert {place_key(n) for n in group} == {key}, group
    assert org_key("НАТО") == org_key("NATO") == "nato"
    assert org_key("ООН") == org_key("UN") == "un"
    assert skeleton("Скапарротти") == skeleton("Scaparrotti")


def test_numerals():
    assert word_to_number("трёх") == 3
    assert word_to_number("двадцати") == 20
    assert parse_number_words(["двадцати", "пяти"]) == 25
    assert parse_number_words(["two", "hundred", "thousand"]) == 200000
    assert word_to_number("twenty-one") == 21
    assert ordinal_value("четвёртый") == 4 and ordinal_value("четвертой") == 4
    assert ordinal_value("fourth") == 4 and ordinal_value("3rd") == 3


def _t(text, lang, ref, **kw):
    return [(t.start, t.end, t.role) for t in extract_times(text, lang, ref, **kw)]


def test_times_core():
    assert _t("в январе", "ru", D(2018, 4, 19)) == [(D(2018, 1, 1), D(2018, 1, 31), "point")]
    assert _t("in January", "en", D(2018, 4, 19)) == [(D(2018, 1, 1), D(2018, 1, 31), "point")]
    assert _t("в декабре", "ru", D(2018, 4, 19)) == [(D(2017, 12, 1), D(2017, 12, 31), "point")]
    assert _t("в декабре", "ru", D(2018, 4, 19), future=True) == [(D(2018, 12, 1), D(2018, 12, 31), "point")]
    assert _t("10 июля", "ru", D(2019, 11, 26)) == [(D(2019, 7, 10), D(2019, 7, 10), "point")]
    assert _t("April 19", "en", D(2018, 4, 20)) == [(D(2018, 4, 19), D(2018, 4, 19), "point")]
    assert _t("19 апреля", "ru", D(2018, 4, 19)) == [(D(2018, 4, 19), D(2018, 4, 19), "point")]
    assert _t("в 2013 году", "ru", D(2018, 4, 19)) == [(D(2013, 1, 1), D(2013, 12, 31), "point")]
    assert _t("since 2013", "en", D(2018, 4, 20))[0][0] == D(2013, 1, 1)
    assert _t("since 2013", "en", D(2018, 4, 20))[0][2] == "since"
    assert _t("с 2013 года", "ru", D(2018, 4, 20))[0][2] == "since"
    assert _t("в этом году", "ru", D(2019, 11, 26)) == [(D(2019, 1, 1), D(2019, 12, 31), "point")]
    assert _t("во вторник", "ru", D(2019, 11, 28)) == [(D(2019, 11, 26), D(2019, 11, 26), "point")]
    assert _t("весной 2014 года", "ru", D(2018, 4, 19)) == [(D(2014, 3, 1), D(2014, 5, 31), "point")]
    assert _t("for three years", "en", D(2020, 2, 6)) == [(D(2017, 2, 6), D(2020, 2, 6), "duration")]


def test_frame_text_and_serialisation():
    f = frame_text("Last year, our trade grew by more than 20 percent.", "en", D(2020, 2, 6))
    d = frame_to_dict(f)
    assert d["times"][0]["start"] == "2019-01-01" and d["times"][0]["end"] == "2019-12-31"
    q = d["quantities"][0]
    assert (q["value"], q["unit"], q["bound"]) == (20.0, "percent", "lower")
    assert set(q) >= {"text", "value", "unit", "bound"}
    assert d["polarity"] == "positive" and d["modality"] == "asserted"
    assert d["event"]["type"] == "growth"
    f = frame_text("Glava: NATO Supreme Allied Commander Curtis Scaparrotti arrived in Baku.", "en")
    d = frame_to_dict(f)
    ent = {e["key"]: e for e in d["entities"]}
    assert set(ent[person_key("Scaparrotti")]) >= {"text", "type", "key"}
    assert ent[person_key("Scaparrotti")]["text"] == "Curtis Scaparrotti"
    assert "Commander" in ent[person_key("Scaparrotti")]["role"]
    assert "nato" in ent and "baku" in ent
    # a lone sentence without a date still frames
    f = frame_text("Встреча состоится 5 мая.", "ru")
    assert f.modality == "planned" and f.times and not f.times[0].anchored


def test_not_only_is_not_negation():
    assert frame_text("Это важно не только для нас, но и для региона.", "ru").polarity == "positive"
    assert frame_text("He did not attend the meeting.", "en").polarity == "negative"
    assert frame_text("Он не участвовал во встрече.", "ru").polarity == "negative"


def test_odd_input_never_raises():
    for text, lang in [("", "en"), ("   ", "ru"), ("...", "en"), ("«»", "ru"), ("A" * 3000, "en"),
                       ("THE UNITED NATIONS SAID ON MONDAY THAT 5 PEOPLE DIED.", "en"), ("ПУТИН ВСТРЕТИЛСЯ С ЭРДОГАНОМ В АНКАРЕ", "ru"),
                       ("Mixed: Путин met Biden in Женева.", "en"), ("On 31 February 2020 nothing happened.", "en"), ("32 мая", "ru")]:
        frame_text(text, lang, D(2020, 1, 1))
        frame_text(text, lang)
    f = frame_text("THE UNITED NATIONS SAID ON MONDAY THAT 5 PEOPLE DIED.", "en", D(2020, 1, 1))
    assert f.entity_keys() == {"un"}  # all caps: no invented persons


def test_ranges_and_decades():
    assert _t("с 10 по 12 июля 2019 года", "ru", D(2020, 1, 1)) == [(D(2019, 7, 10), D(2019, 7, 12), "point")]
    assert _t("from July 10 to 12", "en", D(2019, 8, 1)) == [(D(2019, 7, 10), D(2019, 7, 12), "point")]
    assert _t("in the 1990s", "en", D(2020, 1, 1)) == [(D(1990, 1, 1), D(1999, 12, 31), "point")]
    assert _t("в 1990-е годы", "ru", D(2020, 1, 1)) == [(D(1990, 1, 1), D(1999, 12, 31), "point")]
    assert not frame_text("The May Day parade.", "en").entities


def test_same_year_and_recent_durations():
    from crosscheck.model import TimeSpan

    prev = TimeSpan("в 2016 году", D(2016, 1, 1), D(2016, 12, 31), "year")
    assert _t("В том же году стороны подписали соглашение.", "ru", D(2019, 1, 1), prev=prev) == [(D(2016, 1, 1), D(2016, 12, 31), "point")]
    assert _t("Later that year the sides signed a deal.", "en", D(2019, 1, 1), prev=prev) == [(D(2016, 1, 1), D(2016, 12, 31), "point")]
    assert _t("за последние пять лет", "ru", D(2019, 1, 1)) == [(D(2014, 1, 1), D(2019, 1, 1), "duration")]


NEWS_NAMES = [
    ("Xi Jinping", "Си Цзиньпин"), ("Wang Yi", "Ван И"), ("Young", "Янг"), ("Cameron", "Кэмерон"), ("Hollande", "Олланд"),
    ("Johnson", "Джонсон"), ("Jens Stoltenberg", "Йенс Столтенберг"), ("Erdogan", "Эрдоган"), ("Hulusi Akar", "Хулуси Акар"),
    ("Mitsotakis", "Мицотакис"), ("Schulz", "Шульц"), ("Sarkozy", "Саркози"), ("Heiko Maas", "Хайко Маас"),
    ("Guterres", "Гутерриш"), ("Borrell", "Боррель"), ("Mohammed bin Salman", "Мухаммед бен Сальман"),
    ("Netanyahu", "Нетаньяху"), ("Khamenei", "Хаменеи"), ("Rouhani", "Роухани"), ("Raisi", "Раиси"),
    ("Nazarbayev", "Назарбаев"), ("Mirziyoyev", "Мирзиёев"), ("Rahmon", "Рахмон"), ("Lukashenko", "Лукашенко"),
    ("Tokayev", "Токаев"), ("Sandu", "Санду"), ("Modi", "Моди"), ("Kishida", "Кисида"), ("Biden", "Байден"),
    ("Trump", "Трамп"), ("Obama", "Обама"), ("Macron", "Макрон"), ("Blinken", "Блинкен"), ("Pompeo", "Помпео"),
    ("Kerry", "Керри"), ("Austin", "Остин"), ("Milley", "Милли"), ("Shoigu", "Шойгу"), ("Peskov", "Песков"),
    ("Zakharova", "Захарова"), ("Nebenzia", "Небензя"), ("Kadyrov", "Кадыров"), ("Prigozhin", "Пригожин"),
    ("Navalny", "Навальный"), ("Medvedev", "Медведев"), ("Mishustin", "Мишустин"), ("Pashinyan", "Пашинян"),
    ("Kocharyan", "Кочарян"), ("Garibashvili", "Гарибашвили"), ("Zelenskyy", "Зеленский"), ("Kuleba", "Кулеба"),
    ("Reznikov", "Резников"), ("Zaluzhnyi", "Залужный"), ("Orban", "Орбан"), ("Merkel", "Меркель"),
    ("Steinmeier", "Штайнмайер"), ("Meloni", "Мелони"), ("Sunak", "Сунак"), ("Truss", "Трасс"),
    ("Hussein", "Хусейн"), ("Ahmed", "Ахмед"), ("Haftar", "Хафтар"), ("von der Leyen", "фон дер Ляйен"),
]


def test_news_names_cross_script():
    misses = [(a, b) for a, b in NEWS_NAMES if person_key(a) != person_key(b)]
    assert not misses, misses
