"""Round al of issue 10 (HELD-OUT53, 55 and 56, each first contacted before this round, read for general causes).  Rows
written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* bound-approx: a bound against an approximate figure of one unit ("more than 50 kilometres" / «около 57 км») may hold
  it even in a close rendering (``relate/bound_kinds.py``); a value beyond the bound still clashes.
* copula-subject: a name in a prepositional phrase before "is the largest" ("Lake Baikal in Siberia is the deepest")
  is no subject of the superlative (``relate/role_clash.py``); another subject still clashes.
* rank-subject: likewise the name nearest before a rank ("Located in central Africa, Lake Tanganyika is the second
  deepest") skips a name in a prepositional phrase (``relate/rank.py``).
* not-guilty: "not guilty" is the pole opposite "guilty" (``lang/opposites.tsv``), its "not" no negation of the
  statement when the other side states the concept ("found not guilty" / «оправдали»; ``relate/pole_phrases.py``).
* polish-letters: ł, sz, cz and ę read as Russian renders them (Miłosz = Милош, Wałęsa = Валенса: ``lang/translit.py``,
  ``lang/ru/latin_renderings.tsv``).
* water: a sea or an ocean is no rival of a country (``relate/entity_pairs._place_kind``); two seas are
  ("flows into the Barents Sea" / «впадает в Карское море»), and «море Лаптевых» is read as the Laptev Sea
  (``frame/entities_ru``).
* year3: a year of three digits after a month ("25 December 800", "In June 793 the …", «в октябре 732 г.») is a date
  (``frame/times.py``).
* prize-field: the field of a prize is a code ("the Nobel Prize in Physics" / «премию по химии»:
  ``relate/prize_fields.py``).
* rank-category: medals and works are counted in order ("its first Olympic gold medal" / «второе олимпийское
  золото», "the first novel" / «вторым романом»: ``lang/{en,ru}/ranks.tsv``).
* opposites: "successfully" / «не удалось», "won" / «финишировал вторым», "in darkness" / «на свету», "north of" /
  «южнее» (``lang/opposites.tsv``).
* tally-to: "ruled 5 to 4" is a vote tally (``frame/tallies.py``); a score is not.
* org-names: the one organisation each side names, told apart by its proper names ("University of Manchester" /
  «Кембриджском университете», "Pushkin Museum" / «Третьяковской галерее»: ``relate/org_names.py``); a name of common
  words ("Free Software Foundation" / «Фонд свободного программного обеспечения») tells nothing, nor do two sources of
  a report ("reported by Sky News" / «сообщает The Straits Times»).
* inflicted: "inflicted a crushing defeat on" is a win, the defeat inside it no loss (``lang/opposites.tsv``).
* extinguish: "is still burning" / «не потушен до сих пор» agree, "still burning" / «был потушен» clash.

Besides the table: «море Лаптевых» is the Laptev Sea, a month with a three-digit year is a date, Latin spellings read as
Russian renders them (Polish, English dg, Japanese chi/shi, a name that also spells pinyin), an initial inside a name.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("bound-approx", "agree", "The railway tunnel under the Alps is more than 50 kilometres long.",
     "Длина железнодорожного тоннеля под Альпами — около 57 км."),
    ("bound-approx", "agree", "The Danube delta spreads over more than 4,000 square kilometres.",
     "Дельта Дуная занимает около 4200 квадратных километров."),
    ("bound-approx", "agree", "The new dam on the river is less than 200 metres high.",
     "Высота новой плотины на реке составляет около 185 метров."),
    ("bound-approx", "contradict", "The railway tunnel under the Alps is more than 50 kilometres long.",
     "Длина железнодорожного тоннеля под Альпами — около 35 км."),
    ("bound-approx", "contradict", "The new dam on the river is less than 100 metres high.",
     "Высота новой плотины на реке составляет около 185 метров."),
    ("copula-subject", "agree", "Lake Baikal in Siberia is the deepest lake in the world.",
     "Байкал — самое глубокое озеро мира."),
    ("copula-subject", "agree", "Mount Elbrus in the Caucasus is the highest mountain in Europe.",
     "Эльбрус — высочайшая вершина Европы."),
    ("copula-subject", "agree", "The Volga in European Russia is the longest river in Europe.",
     "Волга — самая длинная река Европы."),
    ("copula-subject", "contradict", "Lake Tanganyika is the deepest lake in the world.",
     "Байкал — самое глубокое озеро мира."),
    ("rank-subject", "contradict", "At 5,642 metres in southern Russia, Mount Elbrus is the highest peak in Europe.",
     "Эльбрус на Кавказе высотой 5642 м — вторая по высоте вершина Европы."),
    ("rank-subject", "contradict", "Lying in eastern Siberia, Lake Baikal is the deepest lake on Earth.",
     "Байкал в Сибири — второе по глубине озеро мира."),
    ("rank-subject", "contradict", "Located in central Africa, Lake Tanganyika is the second deepest lake in the world.",
     "Озеро Танганьика в Африке — самое глубокое озеро мира."),
    ("rank-subject", "agree", "Located in central Africa, Lake Tanganyika is the second deepest lake in the world.",
     "Озеро Танганьика в Африке — второе по глубине озеро мира."),
    ("not-guilty", "agree", "In 1895 a Paris jury found the anarchist not guilty of the bombing.",
     "В 1895 году парижские присяжные оправдали анархиста по делу о взрыве."),
    ("not-guilty", "agree", "The court found the journalist not guilty of libel in March 2003.",
     "В марте 2003 года суд оправдал журналиста по делу о клевете."),
    ("not-guilty", "agree", "A Chicago jury found the boxer not guilty of fraud in 1999.",
     "В 1999 году присяжные в Чикаго признали боксёра невиновным в мошенничестве."),
    ("not-guilty", "contradict", "A Chicago jury found the boxer not guilty of fraud in 1999.",
     "В 1999 году присяжные в Чикаго признали боксёра виновным в мошенничестве."),
    ("not-guilty", "contradict", "According to the report, everyone is not guilty, except for the organisers.",
     "Согласно докладу, виноваты все, кроме организаторов."),
    ("polish-letters", "agree", "The poet Czesław Miłosz was born in Lithuania in 1911.",
     "Поэт Чеслав Милош родился в 1911 году в Литве."),
    ("polish-letters", "agree", "Lech Wałęsa was elected president of Poland in December 1990.",
     "В декабре 1990 года Лех Валенса был избран президентом Польши."),
    ("polish-letters", "agree", "Wisława Szymborska was born in 1923 in western Poland.",
     "Вислава Шимборская родилась в 1923 году на западе Польши."),
    ("polish-letters", "contradict", "Lech Wałęsa was elected president of Poland in December 1990.",
     "В декабре 1990 года президентом Польши был избран Тадеуш Мазовецкий."),
    ("water", "!contradict", "The Fastnet Rock lighthouse stands off the southern coast of Ireland.",
     "Маяк Фастнет стоит на скале в Атлантическом океане у побережья графства Корк."),
    ("water", "contradict", "The Pechora river flows into the Barents Sea.",
     "Река Печора впадает в Карское море."),
    ("water", "contradict", "The Yenisei empties into the Kara Sea after a course of 3,487 kilometres.",
     "Енисей длиной 3487 км впадает в море Лаптевых."),
    ("water", "agree", "The Lena empties into the Laptev Sea after a course of 4,400 kilometres.",
     "Лена длиной около 4400 км впадает в море Лаптевых."),
    ("year3", "contradict", "Charlemagne was crowned emperor in Rome on 25 December 800.",
     "Карл Великий был коронован императором в Риме 25 декабря 801 года."),
    ("year3", "agree", "Charlemagne was crowned emperor in Rome on 25 December 800.",
     "Карл Великий был коронован императором в Риме в 800 году."),
    ("year3", "agree", "In June 793 the Vikings raided the monastery at Lindisfarne.",
     "В 793 году викинги разграбили монастырь Линдисфарн."),
    ("year3", "contradict", "In June 793 the Vikings raided the monastery at Lindisfarne.",
     "В 794 году викинги разграбили монастырь Линдисфарн."),
    ("prize-field", "agree", "Marie Curie received the Nobel Prize in Chemistry in 1911 for discovering radium.",
     "В 1911 году Мария Кюри получила Нобелевскую премию по химии за открытие радия."),
    ("prize-field", "contradict", "Ivan Pavlov won the 1904 Nobel Prize in Physiology or Medicine for his work on digestion.",
     "Иван Павлов стал лауреатом Нобелевской премии по физике 1904 года за работы о пищеварении."),
    ("prize-field", "contradict", "Ivan Bunin received the Nobel Prize in Literature in 1933.",
     "В 1933 году Иван Бунин получил Нобелевскую премию мира."),
    ("prize-field", "agree", "Albert Einstein received the 1921 Nobel Prize in Physics.",
     "Альберт Эйнштейн стал лауреатом Нобелевской премии по физике за 1921 год."),
    ("rank-category", "agree", "The football team's win in Sydney in 2000 gave Cameroon its first Olympic gold medal.",
     "Победа футболистов в Сиднее в 2000 году принесла Камеруну первое олимпийское золото."),
    ("rank-category", "contradict", "The football team's win in Sydney in 2000 gave Cameroon its first Olympic gold medal.",
     "Победа футболистов в Сиднее в 2000 году принесла Камеруну второе олимпийское золото."),
    ("rank-category", "contradict", "Buddenbrooks, published in 1901, was the first novel of Thomas Mann.",
     "«Будденброки», вышедшие в 1901 году, стали вторым романом Томаса Манна."),
    ("rank-category", "contradict", "Abbey Road, released in 1969, was the eleventh studio album by the Beatles.",
     "«Abbey Road», вышедший в 1969 году, стал двенадцатым студийным альбомом «Битлз»."),
    ("opposites", "contradict", "In 1957 the Soviet Union successfully launched the first artificial satellite.",
     "В 1957 году Советскому Союзу не удалось запустить первый искусственный спутник."),
    ("opposites", "agree", "In 1969 Apollo 11 successfully landed on the Moon.",
     "В 1969 году «Аполлон-11» успешно совершил посадку на Луну."),
    ("opposites", "contradict", "Emil Zátopek won the marathon at the 1952 Helsinki Olympics.",
     "Эмиль Затопек финишировал вторым в марафоне на Олимпийских играх 1952 года в Хельсинки."),
    ("opposites", "agree", "Abebe Bikila won the marathon at the 1960 Rome Olympics.",
     "Абебе Бикила выиграл марафон на Олимпийских играх 1960 года в Риме."),
    ("opposites", "contradict", "Most bats hunt insects only in darkness.",
     "Большинство летучих мышей охотится на насекомых только на свету."),
    ("opposites", "agree", "Most owls hunt their prey in darkness.",
     "Большинство сов охотится на добычу в темноте."),
    ("opposites", "contradict", "The port of Murmansk lies north of the Arctic Circle.",
     "Порт Мурманск расположен южнее Северного полярного круга."),
    ("opposites", "agree", "The port of Murmansk lies north of the Arctic Circle.",
     "Порт Мурманск расположен к северу от Северного полярного круга."),
    ("tally-to", "agree", "In 2015 the Supreme Court ruled 5 to 4 that same-sex couples have the right to marry.",
     "В 2015 году Верховный суд пятью голосами против четырёх признал право однополых пар на брак."),
    ("tally-to", "contradict", "In 2015 the Supreme Court ruled 5 to 4 that same-sex couples have the right to marry.",
     "В 2015 году Верховный суд шестью голосами против трёх признал право однополых пар на брак."),
    ("tally-to", "contradict", "In 1954 the Supreme Court ruled 9 to 0 in Brown v. Board of Education.",
     "В 1954 году Верховный суд решил дело «Браун против Совета по образованию» пятью голосами против четырёх."),
    ("tally-to", "agree", "The home team won the cup final 2 to 1 in May 1998.",
     "В мае 1998 года хозяева выиграли финал кубка со счётом 2:1."),
    ("org-names", "contradict", "In 1962 the physicist completed his doctorate at the University of Manchester.",
     "В 1962 году физик защитил диссертацию в Кембриджском университете."),
    ("org-names", "agree", "In 1962 the physicist completed his doctorate at the University of Manchester.",
     "В 1962 году физик защитил диссертацию в Манчестерском университете."),
    ("org-names", "contradict", "The painting has hung in the Pushkin Museum in Moscow since 1948.",
     "С 1948 года картина хранится в Третьяковской галерее в Москве."),
    ("org-names", "agree", "The painting has hung in the Tretyakov Gallery in Moscow since 1948.",
     "С 1948 года картина хранится в Третьяковской галерее в Москве."),
    ("org-names", "agree", "The program was first funded by the Free Software Foundation in 1985.",
     "В 1985 году программу впервые профинансировал Фонд свободного программного обеспечения."),
    ("org-names", "contradict", "The chemist worked at the Polytechnic University of Turin from 1938.",
     "С 1938 года химик работал в Миланском политехническом институте."),
    ("org-names", "!contradict", "This is reported by Sky News.", "Об этом сообщает The Straits Times."),
    ("org-names", "!contradict", "According to the Bank of England, inflation reached 11 percent in October 2022.",
     "По данным Европейского центрального банка, инфляция в октябре 2022 года достигла 11 процентов."),
    ("inflicted", "contradict", "In 1709 Peter the Great inflicted a crushing defeat on the Swedish army at Poltava.",
     "В 1709 году под Полтавой армия Петра I потерпела поражение от шведов."),
    ("inflicted", "agree", "In 1709 Peter the Great inflicted a crushing defeat on the Swedish army at Poltava.",
     "В 1709 году под Полтавой Пётр I одержал победу над шведской армией."),
    ("inflicted", "agree", "In 1709 the Swedish army suffered a crushing defeat at Poltava.",
     "В 1709 году под Полтавой шведская армия потерпела поражение."),
    ("inflicted", "agree", "In 1242 Alexander Nevsky inflicted a heavy defeat on the Teutonic Knights on Lake Peipus.",
     "В 1242 году на Чудском озере Александр Невский одержал победу над тевтонскими рыцарями."),
    ("extinguish", "agree", "The coal fire under the town began in 1962 and is still burning today.",
     "Подземный пожар под городком начался в 1962 году и не потушен до сих пор."),
    ("extinguish", "agree", "The Darvaza gas crater in Turkmenistan was set alight in 1971 and is still burning today.",
     "Газовый кратер Дарваза в Туркмении подожгли в 1971 году, и с тех пор огонь так и не погас."),
    ("extinguish", "contradict", "The Darvaza gas crater in Turkmenistan was set alight in 1971 and is still burning today.",
     "Газовый кратер Дарваза в Туркмении подожгли в 1971 году, а в 2023 году огонь был потушен."),
    ("extinguish", "agree", "The last of the Kuwaiti oil well fires was put out in November 1991.",
     "Последний из нефтяных пожаров в Кувейте был потушен в ноябре 1991 года."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


# «море Лаптевых»: the lower-case head and the genitive name are one water the gazetteer knows (frame/entities_ru)
SEAS = [
    ("Река впадает в море Лаптевых.", "laptev-sea"),
    ("Льды моря Лаптевых тают летом.", "laptev-sea"),
    ("Лена впадает в море Лаптевых, а Енисей — в Карское море.", "laptev-sea"),
    ("Экспедиция Лаптевых прошла вдоль побережья.", None),
]


@pytest.mark.parametrize("text,key", SEAS, ids=[s[0][:24] for s in SEAS])
def test_sea_named_by_genitive(text, key):
    from crosscheck.frame.builder import FrameBuilder

    frame = FrameBuilder(None, "ru").frame(text, "ru")
    keys = {e.key for e in frame.entities}
    assert (key in keys) if key else "laptev-sea" not in keys


# a month and a year of three digits is a date; a count after a month is no year ("In March 250 people died")
DATES = [
    ("In August 636 the armies met near the river.", 636),
    ("On 17 December 903, the prince returned.", 903),
    ("В августе 636 г. арабы разбили византийцев.", 636),
    ("In March 250 people died in the fire.", None),
]


@pytest.mark.parametrize("text,year", DATES, ids=[d[0][:24] for d in DATES])
def test_three_digit_year_after_month(text, year):
    from crosscheck.frame.builder import FrameBuilder

    lang = "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"
    frame = FrameBuilder(None, lang).frame(text, lang)
    years = {t.start.year for t in frame.times if t.start is not None}
    assert (year in years) if year else not years


# Latin spellings read as Russian renders them (lang/translit.py, lang/ru/latin_renderings.tsv): ł, sz, cz, ę (Polish),
# dg (English), chi and shi (Japanese, Polivanov), a name that also spells pinyin syllables read as written
NAMES = [
    ("Miłosz", "Милош", True), ("Czesław", "Чеслав", True), ("Wałęsa", "Валенса", True), ("Szymborska", "Шимборская", True),
    ("Hodges", "Ходжес", True), ("Bridges", "Бриджес", True), ("Chisso", "Тиссо", True), ("Mitsubishi", "Мицубиси", True),
    ("Zenta", "Зента", True), ("Miłosz", "Мицкевич", False), ("Chisso", "Сато", False), ("Hodges", "Хьюз", False),
]


@pytest.mark.parametrize("latin,cyrillic,same", NAMES, ids=[f"{n[0]}-{n[1]}" for n in NAMES])
def test_latin_readings(latin, cyrillic, same):
    from crosscheck.lang.translit import skeleton, skeleton_variants
    from crosscheck.relate.name_keys import keys_close

    assert any(keys_close(v, skeleton(cyrillic)) for v in skeleton_variants(latin)) is same


# an initial before a capitalised word is part of the name ("George W. Bush"), not the end of one
INITIALS = [
    ("The law was signed by President George W. Bush in 2002.", "George W. Bush"),
    ("In 1997 J. K. Rowling published her first novel.", "J. K. Rowling"),
    ("The film was produced by David O. Selznick in 1939.", "David O. Selznick"),
]


@pytest.mark.parametrize("text,name", INITIALS, ids=[i[1] for i in INITIALS])
def test_initial_inside_name(text, name):
    from crosscheck.frame.builder import FrameBuilder

    frame = FrameBuilder(None, "en").frame(text, "en")
    assert name in {e.text for e in frame.entities if e.type == "person"}
