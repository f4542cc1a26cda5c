"""The gazetteer is general: every UN member state's capital in both languages, parliaments
and ministries of many countries, wire agencies of many countries, all from data files;
names that are also common words need context."""

from __future__ import annotations

import pytest

from crosscheck.frame import frame_text
from crosscheck.frame.names import place_key
from crosscheck.frame.orgs import org_key_from_text
from crosscheck.lang import gazetteer as G
from crosscheck.lang.homoglyphs import fold, unfold
from crosscheck.lang.resources import split, tsv

CAPITALS = tsv("gazetteer/capitals.tsv")


def test_every_un_member_has_a_capital():
    codes = {r["iso2"] for r in CAPITALS}
    assert len(codes) == 193
    assert all(G.country_by_iso(c) for c in codes), [c for c in codes if not G.country_by_iso(c)]


@pytest.mark.parametrize("row", CAPITALS, ids=[r["iso2"] for r in CAPITALS])
def test_capital_resolves_to_one_key_in_both_languages(row):
    """English and Russian names give one key: the capital's own, or, where a language names
    city and country alike (Алжир, Singapore), the country's."""
    country = G.country_by_iso(row["iso2"])
    keys = set()
    for form in split(row["en"]) + split(row["ru"]):
        hit = G.lookup(form)
        assert hit is not None and hit[0] == "place", form
        assert hit[1] in (row["key"], country), (form, hit)
        keys.add(hit[1])
    # inflected Russian ("в Киеве", "из Вашингтона") reaches the same key
    assert place_key(split(row["ru"])[0].title()) in keys


@pytest.mark.parametrize("en,ru", [
    ("Shanghai", "Шанхай"), ("Istanbul", "Стамбуле"), ("Mumbai", "Мумбаи"), ("Karachi", "Карачи"),
    ("Lagos", "Лагосе"), ("Johannesburg", "Йоханнесбург"), ("Saint Petersburg", "Санкт-Петербурге"), ("Chicago", "Чикаго"),
])
def test_major_cities_meet_across_languages(en, ru):
    assert place_key(en) == place_key(ru)


PARLIAMENTS = [  # (English name, Russian phrase with a head word and the country)
    ("Verkhovna Rada", "парламент Украины"), ("Bundestag", "парламент Германии"), ("Knesset", "парламент Израиля"),
    ("Sejm", "парламент Польши"), ("Milli Majlis", "парламент Азербайджана"), ("Riksdag", "парламент Швеции"),
    ("Storting", "парламент Норвегии"), ("Eduskunta", "парламент Финляндии"), ("Saeima", "парламент Латвии"),
    ("Seimas", "парламент Литвы"), ("Riigikogu", "парламент Эстонии"), ("Folketing", "парламент Дании"),
    ("National Assembly of Armenia", "парламент Армении"), ("Parliament of Georgia", "парламент Грузии"),
    ("Mazhilis", "парламент Казахстана"), ("Oliy Majlis", "парламент Узбекистана"), ("Jogorku Kenesh", "парламент Киргизии"),
    ("Grand National Assembly of Turkey", "парламент Турции"), ("Majlis of Iran", "парламент Ирана"),
    ("National People's Congress", "парламент Китая"), ("Lok Sabha", "парламент Индии"), ("Italian parliament", "парламент Италии"),
]


@pytest.mark.parametrize("en,ru", PARLIAMENTS)
def test_parliaments_of_many_countries(en, ru):
    assert org_key_from_text(en) == org_key_from_text(ru)


def test_parliaments_cover_twenty_countries():
    keys = {org_key_from_text(en) for en, _ in PARLIAMENTS}
    assert len(keys) >= 20 and all(k.endswith("-parliament") and G.is_country(k[: -len("-parliament")]) for k in keys), keys


@pytest.mark.parametrize("country_en,country_ru", [
    ("Japan", "Японии"), ("France", "Франции"), ("Brazil", "Бразилии"), ("India", "Индии"), ("Egypt", "Египта"),
    ("Kazakhstan", "Казахстана"), ("Poland", "Польши"), ("Turkey", "Турции"), ("China", "Китая"), ("Mexico", "Мексики"),
    ("Germany", "Германии"), ("Israel", "Израиля"), ("Iran", "Ирана"), ("Ukraine", "Украины"), ("Canada", "Канады"),
    ("Nigeria", "Нигерии"), ("Indonesia", "Индонезии"), ("Spain", "Испании"), ("Armenia", "Армении"), ("Vietnam", "Вьетнама"),
])
def test_ministries_of_many_countries(country_en, country_ru):
    country = G.lookup(country_en)[1]
    assert org_key_from_text(f"Ministry of Foreign Affairs of {country_en}") == org_key_from_text(f"МИД {country_ru}") \
        == f"{country}-foreign-ministry"
    assert org_key_from_text(f"{country_en}'s Defence Ministry") == org_key_from_text(f"Министерство обороны {country_ru}")


def test_wire_agencies_of_ten_countries():
    rows = tsv("gazetteer/media.tsv")
    assert len({r["country"] for r in rows}) >= 10
    for en, ru in (("Reuters", "Рейтер"), ("Xinhua", "Синьхуа"), ("Kyodo", "Киодо"), ("Yonhap", "Ренхап"), ("dpa", "ДПА"),
                   ("ANSA", "АНСА"), ("EFE", "ЭФЕ"), ("Anadolu", "Анадолу"), ("IRNA", "ИРНА"), ("TASS", "ТАСС")):
        assert G.lookup(en) and G.lookup(en) == G.lookup(ru), (en, ru)
        assert G.lookup(en)[1] in G.media_keys()


@pytest.mark.parametrize("text", [
    "Парламент АР Крым принял заявление.",
    "Совет министров АР Крым утвердил бюджет.",
    "Верховный Совет АР Крым собрался на заседание.",
])
def test_ar_crimea_is_not_azerbaijan(text):
    keys = {e.key for e in frame_text(text, "ru").entities}
    assert not any("azerbaijan" in k for k in keys), keys


@pytest.mark.parametrize("text,lang", [
    ("Trend data show a rise in oil prices.", "en"),
    ("Trend lines point to slower growth.", "en"),
    ("Trend analysis suggests the market will recover.", "en"),
    ("Спутник был запущен в 1957 году.", "ru"),
    ("Спутник связи вышел на орбиту.", "ru"),
    ("Спутник Юпитера покрыт льдом.", "ru"),
])
def test_common_words_are_not_outlets(text, lang):
    keys = {e.key for e in frame_text(text, lang).entities}
    assert not keys & {"trend", "sputnik"}, keys


@pytest.mark.parametrize("text,lang,key", [
    ("Trend reports that the talks ended.", "en", "trend"),
    ("The talks ended, Trend reported.", "en", "trend"),
    ("According to Trend, the talks ended.", "en", "trend"),
    ("Об этом сообщает Sputnik.", "ru", "sputnik"),
    ("Как передает Спутник, переговоры завершились.", "ru", "sputnik"),
    ("Переговоры завершились, сообщило агентство Trend.", "ru", "trend"),
])
def test_outlets_in_a_media_context(text, lang, key):
    assert key in {e.key for e in frame_text(text, lang).entities}


@pytest.mark.parametrize("text,expect", [
    ("Стороны Bозобновили переговоры.", "Стороны Возобновили переговоры."),  # Latin B in a Russian word
    ("Встреча прошла в Mоскве.", "Встреча прошла в Москве."),
    ("The Кremlin said", "The Kremlin said"),  # Cyrillic К in an English word
    ("Рrime minister", "Prime minister"),
    ("В ХХI веке", "В XXI веке"),  # a Roman numeral typed in two scripts becomes Latin
])
def test_homoglyphs_fold_one_for_one(text, expect):
    folded, changed = fold(text)
    assert folded == expect and len(folded) == len(text)
    assert unfold(folded, changed) == text


@pytest.mark.parametrize("text", ["iPhone и Tesla-Моторс", "SOCAR-Азербайджан", "B2B-продажи", "Москва Moscow"])
def test_homoglyphs_leave_real_mixed_words(text):
    assert fold(text)[0] == text


@pytest.mark.parametrize("en,ru,code", [
    ("3 billion yuan", "3 млрд юаней", "cny"), ("5 million hryvnias", "5 млн гривен", "uah"),
    ("40 million manat", "40 млн манатов", "azn"), ("2 billion rupees", "2 млрд рупий", "inr"),
    ("100 million euros", "100 млн евро", "eur"),
])
def test_currencies_from_data(en, ru, code):
    from crosscheck.frame.quantities import extract_quantities

    (qa,) = extract_quantities(en, "en")
    (qb,) = extract_quantities(ru, "ru")
    assert qa.unit == qb.unit == code and qa.value == qb.value


def test_demonyms_of_many_countries():
    rows = tsv("gazetteer/demonyms.tsv")
    assert len({r["key"] for r in rows if G.is_country(r["key"])}) >= 80
    for en, ru, key in (("Dutch", "нидерландского", "netherlands"), ("Kenyan", "кенийские", "kenya"),
                        ("Vietnamese", "вьетнамская", "vietnam"), ("Argentine", "аргентинской", "argentina")):
        assert G.demonym_country(en) == G.demonym_country(ru) == key


def test_loader_folds_homoglyphs_and_keeps_the_original():
    from crosscheck.ingest.load import load_text

    raw = "Стороны Bозобновили переговоры в Mоскве."
    doc = load_text(raw)
    assert doc.text == "Стороны Возобновили переговоры в Москве." and len(doc.folded) == 2
    assert unfold(doc.text, doc.folded) == raw


@pytest.mark.parametrize("ru,key", [
    ("в Южной Африке", "south-africa"), ("из Саудовской Аравии", "saudi-arabia"),
    ("в Объединённых Арабских Эмиратах", "united-arab-emirates"), ("в Соединенных Штатах Америки", "united-states"),
    ("в Нижнем Новгороде", "nizhniy-novgorod"), ("в Новой Зеландии", "new-zealand"),
])
def test_inflected_multiword_places(ru, key):
    """Adjectives agree with the head noun when a Russian name is put in the nominative."""
    assert place_key(ru.split(" ", 1)[1]) == key


@pytest.mark.parametrize("text,key", [
    ("агентства Рейтер", "reuters"), ("информационного агентства ТАСС", "tass"), ("компании Газпром", "gazprom"),
    ("the Xinhua news agency", "xinhua"), ("Anadolu Agency", "anadolu"),
])
def test_generic_words_beside_an_organisation_name(text, key):
    assert org_key_from_text(text) == key
