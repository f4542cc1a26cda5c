"""Round aa of issue 10 (HELD-OUT35/36 read for their misjudged rows after their first contact; general causes only).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* silent-letters: an English initial "Kn" or "Wr" and an inner "igh" are silent in Russian renderings (Knight = Найт,
  Wright = Райт, Knowles = Ноулз; ``lang/ru/latin_renderings.tsv``, all renderings at once in
  ``lang/translit.skeleton_variants``): one person on both sides.
* surname-case: a Russian surname the dictionary does not know is read in the case of the known first name before it
  («Филом Найтом» = Фил Найт: ``frame/names.person_key``, ``lang/ru/surname_case_endings.tsv``).
* field-in: "the Nobel Prize in Physics", "a degree in Economics": the capitalised word after a prize, degree or post and
  "in" is a field, not a place (``lang/en/field_heads.tsv``): no place clash with a birthplace on the other side.
* once-event: a one-off event named as such (a battle, a massacre, an uprising, a disaster, an earthquake) takes place
  once, so the same named event at two dates is a clash, not two events (``lang/{en,ru}/once_only.tsv``, concept
  ``occur``); a law "proclaimed" or "promulgated" is enacted (concept ``enact``). Games, elections and festivals recur.
* place-adjective: a Russian adjective made from a place name («Полтавская» битва, «Нюрнбергские» законы) and a hyphenated
  name («Вундед-Ни») share a key with the place name on the other side (``relate/role_names._more_keys``), so the two
  claims have one subject.
* praise, land: "praised" / «осудила» and "crashed" / «мягкую посадку» are opposite predicates (``lang/opposites.tsv``).
* day-list: "on 14 and 16 April 2016", «10 и 11 июля 2018 года» are one time from the first day to the last
  (``frame/times.py``), not a date and a bare figure 14 that clashes with a figure on the other side.
* ru-ordinal-day: a Russian day written with its ordinal ending («5-го сентября», «25-го декабря 2000 года», «с 3-го по
  5-е июня») is the day (``frame/times.py``); it was no time at all, so a changed month went unseen.
* acre: acres are an area (``lang/measures.tsv``): "843 acres" = «341 гектар».
* Unit tests below: national surveys are organisations ("British Antarctic Survey": ``lang/en/org_heads.tsv``);
  monuments, theorems, laws, massacres and affairs are no persons (``lang/en/nonperson_heads.tsv``).
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("silent-letters", "agree", "Phil Knight co-founded the company that became Nike in 1964.",
     "Фил Найт стал одним из основателей будущей Nike в 1964 году."),
    ("silent-letters", "agree", "The novelist Richard Wright published Native Son in 1940.",
     "Роман «Сын Америки» писатель Ричард Райт опубликовал в 1940 году."),
    ("silent-letters", "agree", "The physicist John Knowles published the paper in Nature in 1987.",
     "Физик Джон Ноулз опубликовал статью в журнале Nature в 1987 году."),
    ("silent-letters", "!agree", "The novelist Richard Wright published Native Son in 1940.",
     "Роман «Сын Америки» писатель Ричард Олдингтон опубликовал в 1940 году."),
    ("surname-case", "agree", "The steam engine was improved by James Watt in 1769.",
     "Паровая машина была усовершенствована Джеймсом Уаттом в 1769 году."),
    ("surname-case", "agree", "The poem was written by Robert Frost in 1922.",
     "Стихотворение было написано Робертом Фростом в 1922 году."),
    ("surname-case", "agree", "The income tax was introduced by William Pitt in 1799.",
     "Подоходный налог был введён Уильямом Питтом в 1799 году."),
    ("surname-case", "!agree", "The poem was written by Robert Frost in 1922.",
     "Стихотворение было написано Робертом Бёрнсом в 1922 году."),
    ("field-in", "agree", "Kazuo Ishiguro, born in Nagasaki, received the Nobel Prize in Literature in 2017.",
     "Уроженец Нагасаки Кадзуо Исигуро получил Нобелевскую премию по литературе в 2017 году."),
    ("field-in", "agree", "Marie Curie, born in Warsaw, shared the Nobel Prize in Physics in 1903.",
     "Уроженка Варшавы Мария Кюри разделила Нобелевскую премию по физике 1903 года."),
    ("field-in", "agree", "Leonid Kantorovich of Leningrad received the Nobel Prize in Economics in 1975.",
     "Ленинградец Леонид Канторович получил Нобелевскую премию по экономике в 1975 году."),
    ("field-in", "contradict", "Marie Curie, born in Warsaw, shared the Nobel Prize in Physics in 1903.",
     "Уроженка Кракова Мария Кюри разделила Нобелевскую премию по физике 1903 года."),
    ("once-event", "contradict", "The Battle of Poltava took place in 1708.",
     "Полтавская битва произошла в 1709 году."),
    ("once-event", "contradict", "The Chernobyl disaster occurred in April 1987.",
     "Чернобыльская катастрофа произошла в апреле 1986 года."),
    ("once-event", "contradict", "The Great Kanto earthquake struck Tokyo in September 1923.",
     "Великое землетрясение Канто произошло в сентябре 1925 года."),
    ("once-event", "contradict", "The Napoleonic Code was promulgated in 1804.",
     "Гражданский кодекс Наполеона был принят в 1810 году."),
    ("once-event", "!contradict", "The Summer Olympics were held in Moscow in 1980.",
     "Летние Олимпийские игры прошли в Лос-Анджелесе в 1984 году."),
    ("once-event", "!contradict", "The Battle of Borodino took place in 1812.",
     "Битва при Лейпциге произошла в 1813 году."),
    ("place-adjective", "agree", "The Treaty of Paris ending the Crimean War was signed in 1856.",
     "Парижский мирный договор, завершивший Крымскую войну, был подписан в 1856 году."),
    ("place-adjective", "contradict", "The Nuremberg Laws were proclaimed in 1933.",
     "Нюрнбергские законы были приняты в 1935 году."),
    ("place-adjective", "contradict", "The Wounded Knee Massacre took place in South Dakota in 1876.",
     "Бойня на ручье Вундед-Ни в Южной Дакоте произошла в 1890 году."),
    ("place-adjective", "!contradict", "The Battle of Borodino took place in 1812.",
     "Битва при Лейпциге произошла в 1813 году."),
    ("praise", "contradict", "In January 1936 Pravda condemned Shostakovich's opera in an unsigned editorial.",
     "В январе 1936 года «Правда» похвалила оперу Шостаковича в редакционной статье."),
    ("praise", "contradict", "Critics praised Tolstoy's novel Resurrection when it appeared in 1899.",
     "Роман Толстого «Воскресение», вышедший в 1899 году, критики осудили."),
    ("praise", "contradict", "The Vatican condemned Galileo's Dialogue in 1633.",
     "В 1633 году Ватикан высоко оценил «Диалог» Галилея."),
    ("praise", "agree", "In 1939 the League of Nations condemned the Soviet attack on Finland.",
     "В 1939 году Лига Наций осудила нападение СССР на Финляндию."),
    ("land", "contradict", "In 1969 the Soviet probe Venera 5 crashed on Venus.",
     "Советский зонд «Венера-5» в 1969 году совершил мягкую посадку на Венеру."),
    ("land", "contradict", "India's Chandrayaan-3 made a soft landing near the Moon's south pole in August 2023.",
     "В августе 2023 года индийский аппарат «Чандраян-3» разбился у южного полюса Луны."),
    ("land", "contradict", "In August 2023 Russia's Luna 25 landed safely near the lunar south pole.",
     "В августе 2023 года российская станция «Луна-25» разбилась о поверхность Луны."),
    ("land", "agree", "The Luna 9 probe made a soft landing on the Moon in February 1966.",
     "В феврале 1966 года станция «Луна-9» совершила мягкую посадку на Луну."),
    ("day-list", "agree", "Two powerful earthquakes struck Kumamoto Prefecture on 14 and 16 April 2016.",
     "В апреле 2016 года префектуру Кумамото за три дня сотрясли два сильных землетрясения."),
    ("day-list", "agree", "The two rounds of the presidential election were held on 3 and 17 July 1996.",
     "Два тура президентских выборов прошли в июле 1996 года."),
    ("day-list", "agree", "The semi-finals were played in Moscow and Saint Petersburg in July 2018.",
     "Матчи полуфинала прошли 10 и 11 июля 2018 года в Москве и Санкт-Петербурге."),
    ("day-list", "contradict", "The two rounds of the presidential election were held on 3 and 17 July 1996.",
     "Два тура президентских выборов прошли в июне 1996 года."),
    ("ru-ordinal-day", "agree", "The first version of the program was released on September 5, 1998.",
     "Первая версия программы вышла 5-го сентября 1998-го года."),
    ("ru-ordinal-day", "contradict", "The first version of the program was released on June 5, 1998.",
     "Первая версия программы вышла 5-го сентября 1998-го года."),
    ("ru-ordinal-day", "contradict", "The bridge was opened to traffic on December 25, 2000.",
     "Мост открыли для движения 25-го ноября 2000 года."),
    ("ru-ordinal-day", "contradict", "The training camp ran from 3 to 5 July 2001.",
     "Сборы прошли с 3-го по 5-е июня 2001 года."),
    ("acre", "agree", "In 1900 the farm covered about 500 acres.", "В 1900 году ферма занимала около 200 гектаров."),
    ("acre", "agree", "Central Park covers 843 acres of Manhattan.", "Центральный парк занимает 341 гектар Манхэттена."),
    ("acre", "agree", "The estate of 1,000 acres was sold in 1921.", "Имение площадью около 405 га было продано в 1921 году."),
    ("acre", "contradict", "Central Park covers 843 acres of Manhattan.", "Центральный парк занимает 843 гектара Манхэттена."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("latin, cyrillic", [
    ("Knight", "Найт"), ("Wright", "Райт"), ("Knowles", "Ноулз"), ("Knightley", "Найтли"), ("Brighton", "Брайтон"),
])
def test_silent_letters_key_one_name(latin, cyrillic):
    from crosscheck.lang.translit import skeleton, skeleton_variants
    from crosscheck.relate.name_keys import keys_close

    assert any(keys_close(v, skeleton(cyrillic)) for v in skeleton_variants(latin))


@pytest.mark.parametrize("russian, english", [
    ("Филом Найтом", "Phil Knight"), ("Джеймсом Уаттом", "James Watt"), ("Робертом Фростом", "Robert Frost"),
    ("Уильямом Питтом", "William Pitt"), ("Тому Хэнксу", "Tom Hanks"), ("Уильям Ригли-младший", "William Wrigley")
])
def test_surname_read_in_the_first_names_case(russian, english):
    from crosscheck.frame.names import person_key
    from crosscheck.lang.translit import skeleton_variants
    from crosscheck.relate.name_keys import keys_close

    assert any(keys_close(v, person_key(russian)) for v in skeleton_variants(english.split()[-1]))


@pytest.mark.parametrize("text, places", [
    ("She won the Nobel Prize in Physics in 1903.", []),
    ("He holds a degree in Economics from Yale.", ["Yale"]),
    ("The Wolf Prize in Mathematics was awarded in Jerusalem.", ["Jerusalem"]),
    ("The prize was awarded in Stockholm.", ["Stockholm"]),
])
def test_field_after_in_is_no_place(text, places):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "a", "en", None)
    assert [e.text for e in frame.entities if e.type == "place"] == places


@pytest.mark.parametrize("text, name, kind", [
    ("Scientists of the British Antarctic Survey reported the ozone hole in 1985.", "British Antarctic Survey", "org"),
    ("The Ordnance Survey published the map in 1801.", "Ordnance Survey", "org"),
    ("The Indian Geological Survey mapped the coal fields.", "Indian Geological Survey", "org"),
    ("The Alexander Column was unveiled in 1834.", "Alexander Column", None),
    ("The Nuremberg Laws were proclaimed in 1935.", "Nuremberg Laws", None),
    ("The Dreyfus Affair divided France in the 1890s.", "Dreyfus Affair", None),
    ("Andrew Wiles proved Fermat's Last Theorem in 1994.", "Andrew Wiles", "person"),
])
def test_surveys_are_organisations_and_monuments_no_persons(text, name, kind):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "a", "en", None)
    types = {e.text: e.type for e in frame.entities}
    if kind is None:
        assert types.get(name) != "person" and not any(t == "person" for n, t in types.items() if n in name), types
    else:
        assert types.get(name) == kind, types


@pytest.mark.parametrize("text, start, end", [
    ("Версия вышла 5-го сентября, 1998-го года.", "1998-09-05", "1998-09-05"),
    ("Это случилось 25-го декабря 2000 года.", "2000-12-25", "2000-12-25"),
    ("Сборы прошли с 3-го по 5-е июня 2001 года.", "2001-06-03", "2001-06-05"),
    ("Землетрясения произошли 14 и 16 апреля 2016 года.", "2016-04-14", "2016-04-16"),
    ("Two earthquakes struck on 14 and 16 April 2016.", "2016-04-14", "2016-04-16"),
    ("The two rounds were held on July 3 and 17, 1996.", "1996-07-03", "1996-07-17"),
])
def test_ordinal_days_and_day_lists_are_times(text, start, end):
    from crosscheck.frame.times import extract_times

    lang = "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"
    (span,) = extract_times(text, lang)
    assert (str(span.start), str(span.end)) == (start, end)


def test_a_once_only_event_clash_names_the_event_and_both_dates():
    from crosscheck.pairs import compare

    out = compare("The Wounded Knee Massacre, in which troops killed hundreds of Lakota, took place in 1876.",
                  "Бойня на ручье Вундед-Ни, где солдаты убили сотни лакота, произошла 29 декабря 1890 года.")
    assert out["relation"] == "contradict"
    assert "1876" in out["explanation"] and "1890" in out["explanation"]
    from crosscheck.relate.explain import once_only_date_clash

    assert "the event (a battle" in once_only_date_clash("EN a", "RU b", "occur", "in 1876", "1890")
