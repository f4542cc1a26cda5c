"""Round as of issue 10 (HELD-OUT69 and 70, first contacted on round ar's final rules, read for general causes).  Rows
written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* same-way-bounds: two lower bounds close together in a paraphrase ("at least 120 people" / «более 100 человек») both
  hold one value; far apart ("more than 75,000" / «более 7 тысяч») they are two figures
  (``relate/bound_kinds.bounds_one_way``).  A translation keeps its figure, so there they still clash; two upper bounds
  are often two maxima stated ("up to 12 passengers" / «до 10 пассажиров») and a comparative a limit ("larger than 25
  MB" / «больше 20 МБ», round w's table), which still clash.
* demonym-noun: a singular noun naming a person of a country («швед», «француз», «американец»; "the Swede") names the
  country as the adjective does (``lang/{ru,en}/demonym_nouns.tsv``, ``relate/entity_pairs._named_countries``), so "the
  Swedish chemist" is told on the other side and a place only that side adds is detail; another country named outright
  still clashes.
* regnal-epithet: a ruler's name and number followed by an epithet («Иоанна II Доброго», «Иван IV Грозный») is keyed by
  the name and number (``relate/rulers._with_epithet``; «Добрый», «Справедливый» added to ``lang/ruler_epithets.tsv``).
* person-org: a person pairs with an organisation only by a name word of it ("Ford" / «Форд Мотор», «банк Ротшильдов»),
  not by a common noun whose letters are the person's (Bunge / «поземельный банк»: ``entity_pairs._named_alike``).
* future-century: centuries up to the 30th are read ("the 26th century", «XXIII веке», "the 27th century BC":
  ``frame/periods._century``).
* region-scope: a continent one side names («один из главных в Европе») is the scope of a once-only claim, not a second
  subject (``relate/once_only._same_subject``); «Европа» is the continent before Jupiter's moon
  (``relate/role_names._canon``).
* mountain-summit: a mountain's summit ("its western summit at 5,642 metres", "the highest summit of", "the summit of
  Mount …") is no summit meeting (``lang/en/events.toml``), so a mountain's facts are compared as one statement.
* demonym-no-name: a people's adjective ("the Russian and Prussian armies") is no name the frame missed
  (``relate/name_keys.unread_name``), so a person only the other side names is detail, not a second person in one role.
* hyphen-name: a hyphenated name keyed by its parts on one side («Кара-Даг»: ``kr-dg``) is named by the other side's
  hyphenated word ("Kara-Dag": ``relate/name_keys.named_in``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ('same-way-bounds', 'agree', 'At least 120 people died when the ferry capsized off the coast in 2002, according to officials.',
     'Паром перевернулся у побережья в 2002 году; по данным властей, погибли более 100 человек.'),
    ('same-way-bounds', 'agree', 'Record crowds came to the little town in 2019, when more than 50,000 people attended the jazz festival over four days.',
     'Джазовый фестиваль 2019 года собрал свыше 45 тысяч зрителей.'),
    ('same-way-bounds', 'agree', "More than 1,200 delegates attended the congress, which opened in Vienna in 1955 after two years of preparation.",
     'Венский конгресс 1955 года собрал свыше 1000 делегатов.'),
    ('same-way-bounds', '!agree', "The funicular was built in 1902 to carry up to 12 passengers at a time between the harbour and the old town.",
     'Фуникулёр 1902 года перевозил за один рейс до 10 пассажиров.'),
    ('same-way-bounds', 'contradict', 'The earthquake of 1908 killed more than 75,000 people in Messina alone.',
     'Землетрясение 1908 года унесло в одной Мессине жизни более 7 тысяч человек.'),
    ('demonym-noun', 'agree', 'Vanadium was rediscovered in 1830 by the Swedish chemist Nils Sefström, who named it after the goddess Vanadís.',
     'Ванадий, ранее найденный в Мексике, в 1830 г. заново открыл швед Нильс Сефстрём.'),
    ('demonym-noun', 'agree', 'The French cyclist Louison Bobet won the Tour de France in 1953, 1954 and 1955.',
     'Француз Луизон Бобе выиграл «Тур де Франс» в 1953, 1954 и 1955 годах.'),
    ('demonym-noun', 'agree', 'The American Don Budge won the Wimbledon singles title in 1937 and 1938.',
     'Уимблдонский турнир в 1937 и 1938 годах выигрывал американец Дон Бадж.'),
    ('demonym-noun', 'contradict', 'In 1830 Nils Sefström, then working in Sweden, rediscovered vanadium.',
     'В 1830 г. ванадий заново открыл швед Нильс Сефстрём, работавший тогда в Норвегии.'),
    ('regnal-epithet', 'agree', 'At Poitiers in 1356 the English took King John II of France prisoner.',
     'В битве при Пуатье в 1356 году англичане взяли в плен короля Иоанна II Доброго.'),
    ('regnal-epithet', 'agree', 'Philip IV of France ordered the arrest of the Templars in October 1307.',
     'Филипп IV Красивый приказал арестовать тамплиеров в октябре 1307 года.'),
    ('regnal-epithet', 'agree', 'Ivan IV was crowned the first Tsar of All Russia in the Kremlin in January 1547.',
     'Иван IV Грозный венчался на царство в Кремле в январе 1547 года.'),
    ('regnal-epithet', '!agree', 'Philip IV of France ordered the arrest of the Templars in October 1307.',
     'Филипп VI Валуа приказал арестовать тамплиеров в октябре 1307 года.'),
    ('regnal-epithet', 'agree', 'Henry IV of France was assassinated in Paris in May 1610.',
     'Генрих IV Великий был убит в Париже в мае 1610 года.'),
    ('person-org', 'agree', 'The Peasant Land Bank was set up in 1882 on the initiative of finance minister Nikolai Bunge.',
     'Крестьянский поземельный банк был учреждён в 1882 году по инициативе министра финансов Николая Бунге.'),
    ('person-org', 'agree', 'The Ford Motor Company was founded in Detroit by Henry Ford in 1903.',
     'Компанию «Форд Мотор» основал в Детройте Генри Форд в 1903 году.'),
    ('person-org', 'agree', 'The Rothschild bank in Vienna was founded by Salomon Rothschild in 1820.',
     'Венский банк Ротшильдов основал Соломон Ротшильд в 1820 году.'),
    ('person-org', '!agree', 'The State Bank of the Russian Empire was founded in 1860 under finance minister Alexander Knyazhevich.',
     'Государственный банк Российской империи был основан в 1860 году при министре финансов Михаиле Рейтерне.'),
    ('person-org', 'contradict', 'The Peasant Land Bank was set up in 1882 on the initiative of finance minister Nikolai Bunge.',
     'Крестьянский поземельный банк был учреждён в 1882 году по инициативе министра финансов Михаила Рейтерна.'),
    ('person-org', 'contradict', 'The Noble Land Bank was opened in 1885 at the urging of finance minister Nikolai Bunge.',
     'Дворянский земельный банк открылся в 1885 году по настоянию министра финансов Ивана Вышнеградского.'),
    ('future-century', 'agree', "Star Trek's original series is set in the 23rd century aboard the starship Enterprise.",
     'Действие оригинального сериала «Звёздный путь» происходит в XXIII веке на борту звездолёта «Энтерпрайз».'),
    ('future-century', 'contradict', "Aldous Huxley's novel Brave New World, published in 1932, is set in a London of the 26th century.",
     'Действие романа Олдоса Хаксли «О дивный новый мир», вышедшего в 1932 году, происходит в Лондоне XXII века.'),
    ('future-century', 'agree', 'The Step Pyramid of Djoser at Saqqara was built in the 27th century BC.',
     'Ступенчатая пирамида Джосера в Саккаре была построена в XXVII веке до н. э.'),
    ('future-century', 'contradict', 'The Step Pyramid of Djoser at Saqqara was built in the 27th century BC.',
     'Ступенчатая пирамида Джосера в Саккаре была построена в XXV веке до н. э.'),
    ('region-scope', 'contradict', 'The Salzburg Festival was founded in 1920, and its first play was staged on the square before the cathedral by Max Reinhardt.',
     'Зальцбургский фестиваль, один из самых известных в Европе, был основан в 1921 году.'),
    ('region-scope', 'contradict', 'The Bayreuth Festival was founded by Richard Wagner and opened in August 1876 with the Ring cycle.',
     'Байройтский фестиваль, один из старейших музыкальных фестивалей Европы, был основан в 1877 году.'),
    ('region-scope', 'contradict', 'The University of Bologna, often called the oldest in Europe, was founded in 1088.',
     'Болонский университет, который нередко называют старейшим в Европе, был основан в 1188 году.'),
    ('region-scope', '!contradict', 'The Salzburg Festival was founded in 1920, and its first play was staged by Max Reinhardt.',
     'Зальцбургский фестиваль, один из самых известных в Европе, открыл Герберт фон Караян в 1960 году.'),
    ('mountain-summit', 'contradict', 'With its western summit at 5,642 metres, Mount Elbrus is the highest point of Russia.',
     'Гора Эльбрус, двуглавый стратовулкан высотой 5642 м, является высшей точкой Грузии.'),
    ('mountain-summit', 'contradict', 'The summit of Mount Kazbek, at 5,054 metres, lies in Georgia close to the Russian border.',
     'Вершина Казбека высотой 5054 м находится в Армении, у самой российской границы.'),
    ('mountain-summit', 'contradict', 'The highest summit of the Tatra Mountains, Gerlachovský štít, rises to 2,655 metres in Slovakia.',
     'Высшая точка Татр — пик Герлаховски-штит высотой 2655 м в Польше.'),
    ('mountain-summit', 'agree', 'The Geneva summit between Reagan and Gorbachev took place in November 1985.',
     'Женевская встреча Рейгана и Горбачёва состоялась в ноябре 1985 года.'),
    ('demonym-no-name', 'agree', 'Napoleon defeated the combined Russian and Prussian armies at Lützen in May 1813.',
     'Сражение при Лютцене 2 мая 1813 года завершилось победой Наполеона над союзной армией Витгенштейна.'),
    ('demonym-no-name', 'agree', 'The Austrian and Russian armies were routed at Austerlitz in Moravia in December 1805.',
     'Под Аустерлицем в декабре 1805 года Наполеон разбил союзные армии Кутузова и Вейротера.'),
    ('demonym-no-name', 'agree', 'The British and French fleets bombarded Sevastopol from the sea in October 1854.',
     'В октябре 1854 года союзный флот под командованием адмирала Дандаса обстрелял Севастополь с моря.'),
    ('demonym-no-name', '!agree', 'The Austrian and Russian armies of Kutuzov were routed at Austerlitz in Moravia in December 1805.',
     'Под Аустерлицем в декабре 1805 года Наполеон разбил армию Беннигсена.'),
    ('hyphen-name', 'agree', 'Kara-Dag, an extinct volcano, rises to 577 metres above the Black Sea near Feodosia.',
     'Высота потухшего вулкана Кара-Даг составляет 577 м.'),
    ('hyphen-name', 'agree', 'Khan-Tengri, a marble pyramid of the Tian Shan, rises to 7,010 metres on the border of Kazakhstan.',
     'Высота мраморной пирамиды Хан-Тенгри на Тянь-Шане составляет 7010 м.'),
    ('hyphen-name', 'agree', 'Ai-Petri, a limestone peak above Yalta, rises to 1,234 metres over the Black Sea coast.',
     'Высота известнякового пика Ай-Петри составляет 1234 м.'),
    ('hyphen-name', '!agree', 'Kara-Dag, an extinct volcano, rises to 577 metres above the Black Sea near Feodosia.',
     'Высота потухшего вулкана Карадаг у Алушты составляет 577 м.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_singular_demonym_noun_names_its_country_and_a_plural_does_not():
    from crosscheck.relate.demonym_nouns import demonym_noun_country

    assert demonym_noun_country("швед") == "sweden" and demonym_noun_country("француженкой") == "france"
    assert demonym_noun_country("американца") == "united-states" and demonym_noun_country("Swede") == "sweden"
    assert demonym_noun_country("немцы") is None and demonym_noun_country("Swedes") is None
    assert demonym_noun_country("стол") is None


def test_a_ruler_with_an_epithet_is_keyed_by_name_and_number():
    from crosscheck.relate.rulers import regnal_key

    assert regnal_key("Иоанна II Доброго") == regnal_key("John II")
    assert regnal_key("Charles II the Bald") == regnal_key("Charles II")
    assert regnal_key("Иван IV Грозный") != regnal_key("Иван III")
    assert regnal_key("Иоанна II Смирнова") is None  # a surname after the number is no epithet
