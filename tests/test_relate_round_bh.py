"""Round bh of issue 10 (read from the misjudged pairs of HELD-OUT105 and 106 after their first contact): rows written for
this test, none from an evaluation set.

* night: a night named by the day it ends («в ночь на 15 апреля»: from 14 April) or by the evening it begins ("on the
  night of 14 April", "overnight … on 8 February": into the next day) stands for two days (``frame/times._night``), so
  the two ways of dating one night agree; another night still clashes.
* sink-place: the place a ship sank ("sank … off Cape Ann", «затонул … у острова Нантакет»: ``role_predicates.tsv``,
  concept ``sink``) is one place; a region after the place ("Cape Ann, Massachusetts", «мыса Хаттерас (Северная
  Каролина)») is the place's, not another name (``relate/appositive.region_of``).
* story-setting: where a story unfolds ("Much of … unfolds in the Marfino sharashka", «разворачивается в шарашке
  Лефортово», concept ``setting``) is one place.
* japanese-ji: the Japanese ji is «дзи» in Russian (Polivanov: Tsukiji = Цукидзи, Fuji = Фудзи, Kojiki = Кодзики;
  ``lang/ru/latin_renderings.tsv``).
* chart: a place on a record chart ("peaked at number two", "topped the Billboard Hot 100", «возглавила хит-парад»;
  ``lang/{en,ru}/ranks.tsv``, kind ``chart``) is a rank, so two places clash.
* parent: whose child someone is ("the daughter of the composer Franz Liszt", «дочерью Лаврентия Берии»;
  ``role_predicates.tsv``, concept ``child``) is one person.
* founding-clause: a once-only act dated in one clause of a claim with two ("founded his dye works in Barmen in 1853;
  the firm's first aspirin tablets followed in 1899") is dated by that clause (``relate/once_only._clause_view``), in
  the event view's branch and in the same-statement one (``once_only_relation``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('night', 'agree',
     'The ferry Estonia sank in the Baltic Sea on 28 September 1994 on its way from Tallinn to Stockholm; 852 people died.',
     'В ночь на 28 сентября 1994 г. паром «Эстония», шедший из Таллина в Стокгольм, затонул в Балтийском море; погибли 852 человека.'),
    ('night', 'contradict',
     'The ferry Estonia sank in the Baltic Sea on 29 September 1994 on its way from Tallinn to Stockholm; 852 people died.',
     'Паром «Эстония», шедший из Таллина в Стокгольм, затонул в Балтийском море 28 сентября 1994 г.; погибли 852 человека.'),
    ('parent', '!contradict', 'Ögedei, the third son of Genghis Khan, became Great Khan in 1229.',
     'Угэдэй, третий сын Чингисхана, стал великим ханом в 1229 году.'),
    ('night', 'agree',
     'Overnight torrential rain on 14 August 2002 sent the Vltava over its banks in Prague, flooding the Karlín district.',
     'В ночь на 15 августа 2002 г. вышедшая из берегов Влтава затопила пражский район Карлин.'),
    ('night', 'agree',
     'On the night of 14 April 1912 the Titanic struck an iceberg in the North Atlantic; more than 1,500 people died.',
     'В ночь на 15 апреля 1912 г. «Титаник» столкнулся с айсбергом в Северной Атлантике; погибли более 1500 человек.'),
    ('night', 'agree',
     'Overnight on 8 February 1904 Japanese torpedo boats attacked the Russian squadron at Port Arthur.',
     'В ночь на 9 февраля 1904 г. японские миноносцы атаковали русскую эскадру на рейде Порт-Артура.'),
    ('night', 'contradict',
     'On the night of 14 April 1912 the Titanic struck an iceberg in the North Atlantic; more than 1,500 people died.',
     'В ночь на 17 апреля 1912 г. «Титаник» столкнулся с айсбергом в Северной Атлантике; погибли более 1500 человек.'),
    ('sink-place', 'contradict',
     'The steamship Portland, caught by a gale, sank off Cape Ann, Massachusetts, in November 1898 with all 192 aboard.',
     'Пароход «Портленд», застигнутый штормом, затонул в ноябре 1898 г. у острова Нантакет; погибли все 192 человека на борту.'),
    ('sink-place', 'contradict',
     'The Lusitania, torpedoed by a German submarine, sank off the Old Head of Kinsale in May 1915.',
     'Лайнер «Лузитания», торпедированный немецкой подлодкой, затонул в мае 1915 г. у берегов Корнуолла.'),
    ('sink-place', 'contradict',
     'The Vasa, the pride of the Swedish navy, sank on its maiden voyage in August 1628 off Beckholmen in Stockholm harbour.',
     'Флагман шведского флота «Васа» затонул в первом же плавании в августе 1628 г. у острова Шеппсхольмен.'),
    ('sink-place', '!contradict',
     'The Lusitania, torpedoed by a German submarine, sank off the Old Head of Kinsale in May 1915.',
     'Лайнер «Лузитания», торпедированный немецкой подлодкой, затонул в мае 1915 г. у берегов Ирландии, близ мыса Олд-Хед-оф-Кинсейл.'),
    ('story-setting', 'contradict',
     "Much of Solzhenitsyn's novel about the prison research institutes unfolds in the Marfino sharashka outside Moscow.",
     'Значительная часть романа Солженицына о тюремных научных институтах разворачивается в шарашке Лефортово под Москвой.'),
    ('story-setting', 'contradict',
     "Much of Dumas's The Count of Monte Cristo, whose hero is jailed for fourteen years, unfolds in the fortress of the Bastille.",
     'Значительная часть романа Дюма «Граф Монте-Кристо», герой которого провёл в заточении четырнадцать лет, разворачивается в замке Иф.'),
    ('story-setting', 'contradict',
     "Much of Thomas Mann's Buddenbrooks unfolds in Lübeck, the merchant family's Hanseatic home town.",
     'Значительная часть романа Томаса Манна «Будденброки» разворачивается в Гамбурге, родном ганзейском городе купеческой семьи.'),
    ('story-setting', 'agree',
     "Much of Thomas Mann's Buddenbrooks unfolds in Lübeck, the merchant family's Hanseatic home town.",
     'Значительная часть романа Томаса Манна «Будденброки» разворачивается в Любеке, родном ганзейском городе купеческой семьи.'),
    ('japanese-ji', 'agree',
     'The fish market at Tsukiji in Tokyo moved to Toyosu in October 2018.',
     'Рыбный рынок Цукидзи в Токио переехал в район Тоёсу в октябре 2018 г.'),
    ('japanese-ji', 'agree',
     'Mount Fuji last erupted in 1707, in the Hōei eruption.',
     'Последнее извержение горы Фудзи, известное как извержение Хоэй, произошло в 1707 году.'),
    ('japanese-ji', 'agree',
     "The Kojiki, Japan's oldest chronicle, was compiled in 712.",
     '«Кодзики», древнейшая японская хроника, была составлена в 712 году.'),
    ('chart', 'contradict',
     "Queen's Bohemian Rhapsody, with its operatic middle section, peaked at number two on the UK Singles Chart in 1975.",
     'Песня Queen «Богемская рапсодия» с её оперной серединой в 1975 г. возглавила британский хит-парад.'),
    ('chart', 'contradict',
     "Michael Jackson's Thriller single climbed to number four on the Billboard Hot 100 in March 1984.",
     'Сингл Майкла Джексона «Триллер» в марте 1984 г. возглавил чарт Billboard Hot 100.'),
    ('chart', 'contradict',
     "Gotye's Somebody That I Used to Know topped the Billboard Hot 100 in April 2012, eight weeks in a row.",
     'Песня Готье «Somebody That I Used to Know» в апреле 2012 г. поднялась лишь до третьего места в хит-параде Billboard Hot 100.'),
    ('chart', 'agree',
     "Gotye's Somebody That I Used to Know topped the Billboard Hot 100 in April 2012, eight weeks in a row.",
     'Песня Готье «Somebody That I Used to Know» в апреле 2012 г. возглавила хит-парад Billboard Hot 100 и продержалась на первом месте восемь недель.'),
    ('parent', 'contradict',
     'Pyotr Konchalovsky was married to Olga, the daughter of the painter Ilya Repin.',
     'Пётр Кончаловский был женат на Ольге, дочери художника Василия Сурикова.'),
    ('parent', 'contradict',
     'Svetlana Alliluyeva, who left the Soviet Union in 1967, was the daughter of Joseph Stalin.',
     'Светлана Аллилуева, покинувшая СССР в 1967 году, была дочерью Лаврентия Берии.'),
    ('parent', 'contradict',
     'Cosima Wagner, who ran the Bayreuth Festival after 1883, was the daughter of the composer Franz Liszt.',
     'Козима Вагнер, руководившая Байройтским фестивалем после 1883 года, была дочерью композитора Гектора Берлиоза.'),
    ('parent', 'agree',
     'Cosima Wagner, who ran the Bayreuth Festival after 1883, was the daughter of the composer Franz Liszt.',
     'Козима Вагнер, руководившая Байройтским фестивалем после 1883 года, была дочерью композитора Ференца Листа.'),
    ('founding-clause', 'contradict',
     "Friedrich Bayer founded his dye works in Barmen in 1853; the firm's first aspirin tablets followed in 1899.",
     'Свою красильную фабрику Фридрих Байер основал в Бармене в 1863 году.'),
    ('founding-clause', 'contradict',
     "Robert Bosch founded his workshop in Stuttgart in 1896; the firm's first magneto ignition followed in 1897.",
     'Свою мастерскую Роберт Бош основал в Штутгарте в 1886 году.'),
    ('founding-clause', 'contradict',
     "Carl Zeiss founded his optical workshop in Jena in 1856; the firm's first compound microscope followed in 1857.",
     'Свою оптическую мастерскую Карл Цейс основал в Йене в 1846 году.'),
    ('founding-clause', 'agree',
     "Carl Zeiss founded his optical workshop in Jena in 1846; the firm's first compound microscope followed in 1857.",
     'Свою оптическую мастерскую Карл Цейс основал в Йене в 1846 году.'),
    ('founding-clause', 'contradict',
     'Ettore Bugatti set up his car works in Molsheim in 1919; the first car to carry the family name to victory at Le Mans followed in 1937.',
     'Свою автомобильную мастерскую Этторе Бугатти основал в Мольсхайме в 1909 году.'),
    ('founding-clause', 'contradict',
     'Henri Nestlé founded his infant-food company in Vevey in 1876; the first Nestlé chocolate followed in 1904.',
     'Свою компанию детского питания Анри Нестле основал в Веве в 1866 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES, skip={"japanese-ji"})


def test_a_title_opened_by_the_is_no_author():
    from crosscheck.relate.role_clash import role_arguments

    args = role_arguments("Paul Dukas based The Sorcerer's Apprentice on Goethe's poem Der Zauberlehrling.", "en")
    assert args["create"][1].text == "Goethe's", args
    assert role_arguments("Akira Kurosawa's Seven Samurai came out in 1954.", "en")["create"][1].text == "Akira Kurosawa's"


def test_japanese_ji_is_read_as_dzi():
    from crosscheck.lang.translit import skeleton, skeleton_variants

    for latin, russian in (("Tsukiji", "Цукидзи"), ("Fuji", "Фудзи"), ("Kojiki", "Кодзики")):
        assert skeleton(russian) in skeleton_variants(latin), (latin, russian)


def test_a_people_born_elsewhere_is_a_descriptor():
    from crosscheck.relate.role_clash import _demonym
    from crosscheck.relate.role_names import read_names

    names = {n.text: n for n in read_names("The ironclad was designed by the Swedish-born engineer John Ericsson.", "en")}
    assert _demonym(names["Swedish-born"])
    assert not _demonym(names["John Ericsson"])
