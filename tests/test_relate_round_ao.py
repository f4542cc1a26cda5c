"""Round ao of issue 10 (HELD-OUT59 and 60, first contacted on rounds am and an, read for general causes).  Rows written
for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* finish-place: one place of one competitor in one contest on each side, by an ordinal of a finish, a medal of one
  colour or a verb of winning the contest, is a clash when the places differ ("won the gold medal" / «завоевал
  бронзовую медаль», "finished second" / «стал первым»: ``relate/finish_places.py``); counted medals are no place.
* near-age: «не дожив до 37 лет» bounds an age just below 37 (``lang/ru/near_bounds.tsv``) and negates nothing
  (``lang/ru/negation.tsv``): "aged 36" agrees, "aged 37" or «не дожив до тридцати» against 37 does not.
* other-currency: the one sum each side states, of one figure in two currencies or coins, clashes ("two pence" / «два
  шиллинга», "20 kopecks" / «20 рублей»: ``relate/money_units.py``, coins in ``gazetteer/currencies.tsv``).
* vessel-periodical: the vessel of a voyage and the periodical a work first appeared in are one-name roles ("aboard the
  schooner X" / «на шхуне «Y»», "in the magazine X" / «в журнале «Y»»: ``lang/{en,ru}/role_predicates.tsv``).
* publisher: the publisher of a work is a one-name role ("was first published by X" / «вышел в издательстве Y»).
* kept-place: where a thing is kept now («хранится в музее в Осло») is no rival of where it was found or made
  (``lang/{en,ru}/place_cues.tsv`` kind kept, also with a name and "in" between: «в Лувре в Париже»); two places of
  keeping still clash.
* finish-work: a work completed against one left unfinished («осталась неоконченной», "left unfinished":
  ``lang/opposites.tsv`` concept finish-work); the negating prefix of the pole word itself is no negation elsewhere
  (``relate/pole_phrases.negation_outside_poles``).
* particle-name: a Russian name with a particle inside («Паулем фон Гинденбургом») is a person's name that can rival the
  other side's (``relate/name_keys.name_like``).
* place-of: a capitalised word after a part of a town, a direction or a landform and "of" is a place ("the main square
  of Kraków", "the outskirts of Smolensk", "an outlet glacier of Vatnajökull": ``lang/en/place_of_heads.tsv``); a
  mountain range or a peninsula (``gazetteer/regions.tsv``) is no rival of a town (``relate/entity_pairs._place_kind``).
* head-in-run: a thing's head word inside a capitalised run ends the thing's name: "the 1936 Winter Olympics Sonja Henie"
  names Henie (``frame/entities_en``).
* find-act: a find is a discovery («нашли», «найден», "was found", "unearthed": ``lang/{en,ru}/acts.tsv``), so a find
  dated otherwise clashes, though one side adds where the thing is kept now.
* joined-name: a name joined over an Arabic article is one name («Салах ад-Дин» = "Saladin", «Гарун ар-Рашид":
  ``relate/name_keys.named_in``).
* place-for-org: the one place or organisation left on each side, a word no gazetteer knows read as a place after "at"
  ("at Atari") and an organisation («в компании Sega»), are the one firm each side names (``relate/entity_pairs``).
* org-head: record labels, studios and publishers are organisations ("Sun Records", "Paramount Pictures":
  ``lang/en/org_heads.tsv``), and a shared head word ("Records") is no shared name.
* voiced-s: a single s between vowels may be Russian «з» (Rosing = Розинг, Busoni = Бузони:
  ``lang/ru/latin_renderings.tsv``), and «Розинг» is no case form of «Розинга» (``frame/names.lemma_ru``).
* first-consonant: two unknown names whose skeletons differ in the first consonant alone are two names ("Pashkov" /
  «Казаков»), save the theta and the French g (Thermopylae = Фермопилы, Agincourt = Азенкур: ``relate/name_keys``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("finish-place", "contradict", "At the 1972 Munich Olympics Valeriy Borzov won the gold medal in the 100 metres.",
     "На Олимпиаде 1972 года в Мюнхене Валерий Борзов завоевал бронзовую медаль в беге на 100 м."),
    ("finish-place", "contradict", "At the 1956 Melbourne Olympics Vladimir Kuts won the gold medal in the 10,000 metres.",
     "На Олимпиаде 1956 года в Мельбурне Владимир Куц завоевал серебряную медаль в беге на 10 000 м."),
    ("finish-place", "!contradict", "Carl Lewis won the long jump at the 1984 Olympics.",
     "На Олимпиаде 1984 года Карл Льюис стал вторым в беге на 200 м."),
    ("finish-place", "contradict", "Vicky Leandros won the 1972 Eurovision Song Contest in Edinburgh, singing for Luxembourg.",
     "Вики Леандрос, выступавшая за Люксембург, заняла на конкурсе «Евровидение-1972» в Эдинбурге второе место."),
    ("finish-place", "agree", "At the 1980 Moscow Olympics Vladimir Salnikov won the gold medal in the 1500 metres freestyle.",
     "Владимир Сальников на Олимпиаде 1980 года в Москве выиграл золото на дистанции 1500 м вольным стилем."),
    ("finish-place", "!contradict", "Larisa Latynina won nine Olympic gold medals between 1956 and 1964.",
     "С 1956 по 1964 год Лариса Латынина завоевала девять золотых олимпийских медалей."),
    ("near-age", "agree", "The poet Mikhail Lermontov was killed in a duel in Pyatigorsk in July 1841 at the age of 26.",
     "Михаил Лермонтов погиб на дуэли в Пятигорске летом 1841 года, не дожив до 27 лет."),
    ("near-age", "agree", "Franz Schubert died in Vienna in November 1828 at the age of 31.",
     "Франц Шуберт скончался в Вене в ноябре 1828 г., не дожив до 32 лет."),
    ("near-age", "agree", "Wolfgang Amadeus Mozart died in Vienna in December 1791, aged 35.",
     "Моцарт умер в Вене в декабре 1791 года, не дожив до 36 лет."),
    ("near-age", "contradict", "The painter Raphael died in Rome in April 1520, aged 37.",
     "Рафаэль умер в Риме в апреле 1520 года, не дожив до тридцати лет."),
    ("other-currency", "contradict", "In 1903 a ticket on the London Underground cost two pence.",
     "В 1903 году билет в лондонском метро стоил два шиллинга."),
    ("other-currency", "contradict", "The club paid 5 million dollars for the striker in 1998.",
     "В 1998 году клуб заплатил за нападающего 5 млн евро."),
    ("other-currency", "contradict", "In 1961 a loaf of rye bread in Moscow cost 20 kopecks.",
     "В 1961 году буханка ржаного хлеба в Москве стоила 20 рублей."),
    ("other-currency", "agree", "In 1961 a loaf of rye bread in Moscow cost 20 kopecks.",
     "В 1961 году буханка ржаного хлеба в Москве стоила 20 копеек."),
    ("other-currency", "!contradict", "The club paid 6 million dollars for the striker in 1998.",
     "В 1998 году клуб заплатил за нападающего 5 млн евро."),
    ("vessel-periodical", "contradict", "In 1910 Roald Amundsen sailed south from Norway aboard the ship Fram.",
     "В 1910 году Руаль Амундсен отправился из Норвегии на юг на шхуне «Мод»."),
    ("vessel-periodical", "contradict", "Bulgakov's novel The Master and Margarita was first published in 1966 in the magazine Moskva.",
     "Роман Булгакова «Мастер и Маргарита» впервые был опубликован в 1966 году в журнале «Звезда»."),
    ("vessel-periodical", "agree", "In 1893 Fridtjof Nansen set off for the Arctic aboard the ship Fram.",
     "В 1893 году Фритьоф Нансен отправился в Арктику на судне «Фрам»."),
    ("vessel-periodical", "agree", "Solzhenitsyn's story One Day in the Life of Ivan Denisovich was first published in November 1962 in the magazine Novy Mir.",
     "Повесть Солженицына «Один день Ивана Денисовича» была впервые опубликована в ноябре 1962 года в журнале «Новый мир»."),
    ("vessel-periodical", "agree", "Charles Darwin sailed around the world from 1831 to 1836 aboard the ship Beagle.",
     "Чарлз Дарвин в 1831–1836 годах совершил кругосветное плавание на корабле «Бигль»."),
    ("publisher", "agree", "Boris Pasternak's Doctor Zhivago was first published by Feltrinelli in Milan in November 1957.",
     "Роман Пастернака «Доктор Живаго» впервые вышел в ноябре 1957 года в миланском издательстве Feltrinelli."),
    ("publisher", "agree", "Nabokov's Lolita was first published by Olympia Press in Paris in 1955.",
     "«Лолита» Набокова впервые вышла в 1955 году в парижском издательстве Olympia Press."),
    ("publisher", "contradict", "Joyce's Ulysses was first published by Shakespeare and Company in Paris in 1922.",
     "«Улисс» Джойса впервые вышел в 1922 году в парижском издательстве «Галлимар»."),
    ("publisher", "contradict", "Orwell's Animal Farm was first published by Secker and Warburg in London in 1945.",
     "«Скотный двор» Оруэлла впервые вышел в 1945 году в лондонском издательстве Faber and Faber."),
    ("kept-place", "!contradict", "The Venus of Willendorf was found in 1908 by workers near the village of Willendorf in Lower Austria.",
     "Венеру Виллендорфскую, найденную рабочими в 1908 году, сегодня хранят в Музее естественной истории в Вене."),
    ("kept-place", "!contradict", "The Rosetta Stone was discovered by French soldiers in July 1799 at the town of Rashid in the Nile Delta.",
     "Розеттский камень, найденный французскими солдатами в июле 1799 года, хранится в Британском музее в Лондоне."),
    ("kept-place", "!contradict", "The Oseberg ship was excavated from a burial mound at a farm in Vestfold in 1904.",
     "Усебергский корабль, раскопанный в кургане в 1904 году, теперь хранится в музее в Осло."),
    ("kept-place", "contradict", "Rembrandt's Danaë, painted in 1636, is kept in the Hermitage Museum in St Petersburg.",
     "«Даная» Рембрандта, написанная в 1636 году, хранится в музее в Москве."),
    ("kept-place", "!contradict", "Vermeer painted Girl with a Pearl Earring in Delft around 1665; it now hangs in the Mauritshuis.",
     "Картина Вермеера «Девушка с жемчужной серёжкой» (около 1665 г.) хранится в Маурицхёйсе в Гааге."),
    ("finish-work", "contradict", "Gaudí completed the Sagrada Família before his death in 1926.",
     "К моменту смерти Гауди в 1926 году собор Саграда Фамилия остался незавершённым."),
    ("finish-work", "contradict", "Franz Schubert completed his Symphony No. 8 in 1822.",
     "Восьмая симфония Шуберта, начатая в 1822 году, осталась неоконченной."),
    ("finish-work", "agree", "Mozart left his Requiem unfinished when he died in 1791.",
     "Реквием Моцарта остался незаконченным: композитор умер в 1791 году."),
    ("finish-work", "agree", "Leo Tolstoy completed War and Peace in 1869.",
     "Лев Толстой дописал «Войну и мир» в 1869 году."),
    ("particle-name", "contradict", "The treaty was signed for Prussia by Otto von Bismarck in May 1871.",
     "Договор от имени Пруссии подписал в мае 1871 года Гельмут фон Мольтке."),
    ("particle-name", "contradict", "The opera Der Freischütz was composed by Carl Maria von Weber in 1821.",
     "Оперу «Вольный стрелок» в 1821 году написал Людвиг ван Бетховен."),
    ("particle-name", "contradict", "In 1919 the constitution was signed by President Friedrich Ebert.",
     "В 1919 году конституцию подписал президент Пауль фон Гинденбург."),
    ("particle-name", "agree", "The treaty was signed for Prussia by Otto von Bismarck in May 1871.",
     "Договор от имени Пруссии подписал в мае 1871 года Отто фон Бисмарк."),
    ("first-consonant", "contradict", "The Pashkov House in Moscow was designed by the architect Vasily Bazhenov.",
     "Дом Пашкова в Москве спроектировал архитектор Матвей Казаков."),
    ("first-consonant", "agree", "At Thermopylae in 480 BC the Spartans held the pass for three days.",
     "В 480 г. до н. э. спартанцы три дня удерживали проход у Фермопил."),
    ("first-consonant", "agree", "The Battle of Agincourt was fought on 25 October 1415.",
     "Битва при Азенкуре состоялась 25 октября 1415 года."),
    ("first-consonant", "agree", "The Long Walls of Athens were built under Themistocles.",
     "Длинные стены Афин были построены при Фемистокле."),
    ("place-of", "contradict", "The treaty was signed in the town hall on the main square of Kraków in 1525.",
     "Договор был подписан в 1525 году в ратуше на главной площади Вроцлава."),
    ("place-of", "contradict", "The battle was fought on the outskirts of Smolensk in August 1812.",
     "Сражение произошло в августе 1812 года на окраине Витебска."),
    ("place-of", "contradict", "The lagoon is fed by an outlet glacier of Vatnajökull in south-east Iceland.",
     "Лагуну на юго-востоке Исландии питает выводной ледник Лаунгйёкюдля."),
    ("place-of", "agree", "The cathedral stands on the main square of Kraków.",
     "Собор стоит на главной площади Кракова."),
    ("place-of", "agree", "The rebellion in the Andes ended with the execution of its leader in Cuzco in 1781.",
     "Восстание в Андах закончилось казнью его вождя в Куско в 1781 году."),
    ("head-in-run", "agree", "At the 1936 Winter Olympics Sonja Henie won her third gold medal in figure skating.",
     "На зимней Олимпиаде 1936 года Соня Хени завоевала третью золотую медаль в фигурном катании."),
    ("head-in-run", "contradict", "At the 1952 Summer Olympics Emil Zátopek won the marathon.",
     "На летней Олимпиаде 1952 года марафон выиграл аргентинец Рейнальдо Горно."),
    ("head-in-run", "contradict", "At the 1968 Mexico City Games Bob Beamon set a long jump record of 8.90 metres.",
     "На Олимпиаде 1968 года в Мехико Ральф Бостон установил рекорд в прыжках в длину — 8,90 м."),
    ("head-in-run", "agree", "During the 1998 World Cup Zinedine Zidane scored twice in the final against Brazil.",
     "На чемпионате мира 1998 года Зинедин Зидан забил в финале против Бразилии два мяча."),
    ("find-act", "contradict", "The Venus de Milo was discovered on the island of Milos on 8 April 1820.",
     "Венеру Милосскую нашли на острове Милос 8 мая 1820 года; сейчас она хранится в Лувре."),
    ("find-act", "contradict", "The Nebra sky disc was found by treasure hunters in Saxony-Anhalt in July 1999.",
     "Небесный диск из Небры был найден кладоискателями в Саксонии-Анхальт в июле 2001 года."),
    ("find-act", "contradict", "The Terracotta Army was discovered by farmers digging a well near Xi'an in March 1974.",
     "Терракотовую армию нашли крестьяне, копавшие колодец под Сианем, в марте 1979 года."),
    ("find-act", "agree", "The Venus de Milo was discovered on the island of Milos in April 1820.",
     "Венеру Милосскую нашли на острове Милос в апреле 1820 года."),
    ("joined-name", "agree", "Saladin took Jerusalem from the crusaders in October 1187.",
     "В октябре 1187 года Салах ад-Дин отвоевал Иерусалим у крестоносцев."),
    ("joined-name", "agree", "In 1187 Saladin defeated King Guy of Jerusalem at Hattin.",
     "В 1187 году при Хаттине войско Салах ад-Дина разбило короля Иерусалима Ги де Лузиньяна."),
    ("joined-name", "agree", "Harun al-Rashid became caliph in Baghdad in 786.",
     "Гарун ар-Рашид стал халифом в Багдаде в 786 году."),
    ("joined-name", "contradict", "In October 1187 the sultan Saladin took Jerusalem from the crusaders.",
     "В октябре 1187 года Иерусалим у крестоносцев отвоевал египетский султан Бейбарс."),
    ("place-for-org", "contradict", "In 1972 Nolan Bushnell released the arcade game Pong at Atari.",
     "В 1972 году Нолан Бушнелл выпустил аркадную игру Pong в компании Sega."),
    ("place-for-org", "contradict", "In 1985 Shigeru Miyamoto designed the game Super Mario Bros. at Nintendo.",
     "В 1985 году Сигэру Миямото создал игру Super Mario Bros. в компании Sega."),
    ("place-for-org", "agree", "In 1972 Nolan Bushnell released the arcade game Pong at Atari.",
     "В 1972 году Нолан Бушнелл выпустил аркадную игру Pong в компании Atari."),
    ("org-head", "contradict", "Elvis Presley recorded his first single in July 1954 for Sun Records.",
     "Элвис Пресли записал свой первый сингл в июле 1954 года для лейбла RCA Records."),
    ("org-head", "agree", "The Beatles recorded almost all of their albums for Parlophone, a label of EMI.",
     "Почти все альбомы «Битлз» записали для лейбла Parlophone, принадлежавшего EMI."),
    ("publisher", "agree", "Nabokov's novel Pnin was published in 1957 by Doubleday.",
     "Роман Набокова «Пнин» вышел в 1957 году в издательстве Doubleday."),
    ("org-head", "contradict", "Casablanca was released in 1942 by Warner Brothers Pictures.",
     "Фильм «Касабланка» выпустила в 1942 году студия Paramount Pictures."),
    ("place-for-org", "contradict", "In 1980 Toru Iwatani designed the game Pac-Man at Namco.",
     "В 1980 году Тору Иватани создал игру Pac-Man в компании Sega."),
    ("org-head", "contradict", "The Beatles' first album Please Please Me was released in March 1963 by Parlophone Records.",
     "Первый альбом «Битлз» Please Please Me вышел в марте 1963 года на лейбле Decca Records."),
    ("voiced-s", "agree", "Boris Rosing showed an electronic television image in St Petersburg in 1911.",
     "В 1911 году в Петербурге Борис Розинг продемонстрировал электронное телевизионное изображение."),
    ("voiced-s", "agree", "The composer Ferruccio Busoni was born in Empoli in 1866.",
     "Композитор Ферруччо Бузони родился в Эмполи в 1866 году."),
    ("voiced-s", "agree", "Maria Theresa became ruler of the Habsburg lands in 1740.",
     "Мария Тереза стала правительницей владений Габсбургов в 1740 году."),
    ("voiced-s", "contradict", "The patent for the television receiver was granted to Boris Rosing in 1907.",
     "Патент на телевизионный приёмник в 1907 году получил Владимир Зворыкин."),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_gold_medal_is_the_first_place_and_counted_medals_are_none():
    from crosscheck.relate.finish_places import finish_place

    assert finish_place("Peter Snell won the gold medal in the 800 metres.", "en") == 1
    assert finish_place("Она заняла на чемпионате лишь четвёртое место.", "ru") == 4
    assert finish_place("Он выиграл три золотые медали.", "ru") is None
    assert finish_place("She became the first woman to win the prize.", "en") is None


def test_dollar_cents_written_after_the_sign():
    from crosscheck.frame.builder import FrameBuilder

    frame = FrameBuilder(None, "en").frame("The coin ($.50) was minted in 1964.", "en")
    assert [q.value for q in frame.quantities if q.unit == "usd"] == [0.5]


def test_surname_in_the_genitive_after_a_first_name_reads_as_its_nominative():
    from crosscheck.frame.names import person_key

    assert person_key("Бориса Розинга") == person_key("Борис Розинг") == person_key("Борисом Розингом")
