"""Round av of issue 10 (HELD-OUT73 and HELD-OUT74, each first contacted on round au's final rules, read for general
causes).  Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and a
counter-example:

* season-days: a season of a year holds the days inside it ("5–6 July 1809" / «летом 1809 года»), as a century or a
  decade holds its years (``relate/time_pairs``); a day outside the season still clashes.
* share-with: the partner a prize was shared with is an exclusive role ("shared the 1903 Nobel Prize in Physics with X" /
  «разделила … с Y»: ``lang/{en,ru}/role_predicates.tsv``); the field of the prize is no other name (``relate/role_clash``).
* design-by: the maker of the design a work was built to ("to a design by X", "to plans by X" / «по проекту
  архитектора Y»: the genitive after the noun of the design).
* work-titles: a work's title on each side, quoted or after a noun of a work ("Gogol's story The Nose" / «Повесть Гоголя
  «Нос»»), is one title translated, no second statement (``frame/works.after_work_noun``); "Gogol's" keys as Gogol; a
  quoted title is shown whole.
* founded-at: a place named between the predicate and a time phrase ("founded in Paris in 1909 by", «основана в Париже в
  1909 году антрепренёром X») is skipped (``lang/{en,ru}/role_gaps.tsv``), words describing the doer in the instrumental
  too; a ruler named by number and by epithet is one ("Peter the Great" / «Петром I»: ``relate/rulers.same_ruler``).
* penultimate: "the penultimate" / «предпоследний» is the place before the last, which clashes with the last only
  (``lang/{en,ru}/ranks.tsv``, ``relate/rank``).
* water-adjective: a water named by an adjective and a head («Рыбинское водохранилище», «Ладожского озера») is keyed by
  the adjective's stem, as a division is (``lang/landform_heads.tsv``, ``frame/divisions``), and "Reservoir" / "Lake"
  after a name make a place (``lang/en/landform_tails.tsv``).
* bc-dates: a month of a BC year ("In December 218 BC") no longer stops the comparison (it raised an error, and the pair
  got no relation); the year compares with a century BC («во II веке до н. э.»).
* half-words: «полсотни» (50), «полтысячи» (500), «полмиллиона» (500,000) are number words (``lang/ru/numbers.tsv``).
* year-of: an older year after a capitalised name and "of" ("the Great Fire of 1666", "the Act of Union of 1707") is a year,
  no figure of the verb after it (``frame/periods``).
* peak: the peak of a boom or a rush is reached once ("reached its peak", "peaked", «пик … пришёлся на», «достигла
  пика»: ``lang/{en,ru}/once_only.tsv``), so two years of it clash.
* requirement-met: "met a property qualification", "met the entry requirements" is no meeting (``lang/en/events.toml``),
  so it does not set the claim apart from an election.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ('season-days', 'agree', 'The expedition reached the summit on 10–12 August 1931 after a month of climbing from the base camp.',
     'Экспедиция достигла вершины летом 1931 года, после месяца восхождения от базового лагеря.'),
    ('season-days', 'agree', 'The treaty was negotiated in Ghent on 3–5 November 1814 by the British and American delegations.',
     'Переговоры британской и американской делегаций в Генте прошли осенью 1814 года.'),
    ('season-days', '!agree', 'The congress met in the spring of 1856, on 2–4 March, in the Austrian capital.',
     'Конгресс собрался в австрийской столице летом 1856 года.'),
    ('season-days', '!agree', 'The expedition reached the summit on 10–12 August 1931 after a month of climbing from the base camp.',
     'Экспедиция достигла вершины весной 1931 года, после месяца восхождения от базового лагеря.'),
    ('season-days', 'agree', 'The great frost struck the region on 12–14 January 1709, killing thousands of olive trees.',
     'Великий мороз ударил по региону зимой 1709 года, погубив тысячи оливковых деревьев.'),
    ('share-with', 'agree', 'The physicist Pyotr Kapitsa shared the 1978 Nobel Prize in Physics with Arno Penzias and Robert Wilson.',
     'Физик Пётр Капица разделил Нобелевскую премию по физике 1978 года с Арно Пензиасом и Робертом Вильсоном.'),
    ('share-with', 'contradict', 'The physicist Pyotr Kapitsa shared the 1978 Nobel Prize in Physics with Arno Penzias.',
     'Физик Пётр Капица разделил Нобелевскую премию по физике 1978 года с американским астрономом Чарльзом Таунсом.'),
    ('share-with', 'agree', 'The chemist Otto Wallach shared the 1910 Nobel Prize in Chemistry with Wilhelm Ostwald.',
     'В 1910 году химик Отто Валлах получил Нобелевскую премию по химии.'),
    ('design-by', 'agree', 'The Kazan Cathedral in St Petersburg was built between 1801 and 1811 to a design by Andrey Voronikhin.',
     'Казанский собор в Петербурге возведён в 1801–1811 годах по проекту архитектора Андрея Воронихина.'),
    ('design-by', 'contradict', 'The Kazan Cathedral in St Petersburg was built between 1801 and 1811 to a design by Carlo Rossi.',
     'Казанский собор в Петербурге возведён в 1801–1811 годах по проекту архитектора Андрея Воронихина.'),
    ('design-by', 'contradict', 'The Bolshoi Theatre building in Moscow was rebuilt in 1856 to plans by Albert Cavos.',
     'Здание Большого театра в Москве было перестроено в 1856 году по проекту Константина Тона.'),
    ('design-by', 'agree', 'The Bolshoi Theatre building in Moscow was rebuilt in 1856 to plans by Albert Cavos.',
     'Здание Большого театра в Москве было перестроено в 1856 году по проекту Альберта Кавоса.'),
    ('share-with', 'agree', 'Marie Curie shared the 1903 Nobel Prize in Physics with the French physicist Henri Becquerel.',
     'Мария Кюри разделила Нобелевскую премию по физике 1903 года с французским физиком Анри Беккерелем.'),
    ('share-with', 'contradict', 'Marie Curie shared the 1903 Nobel Prize in Physics with the French physicist Henri Becquerel.',
     'Мария Кюри разделила Нобелевскую премию по физике 1903 года с французским физиком Габриэлем Липпманом.'),
    ('design-by', 'agree', 'The Kazan Cathedral in St Petersburg was built between 1801 and 1811 to a design by Andrey Voronikhin.',
     'Казанский собор в Петербурге возведён в 1801–1811 годах по проекту Андрея Воронихина на средства графа Александра Строганова.'),
    ('share-with', 'contradict', 'Igor Tamm shared the 1958 Nobel Prize in Physics with Pavel Cherenkov and Ilya Frank; Tamm was honoured for the theory of the effect.',
     'Игорь Тамм, построивший теорию эффекта, разделил Нобелевскую премию по физике 1958 г. с Львом Ландау.'),
    ('share-with', 'contradict', 'Frederick Banting shared the 1923 Nobel Prize in Medicine with John Macleod; Banting was honoured for the discovery of insulin.',
     'Фредерик Бантинг, открывший инсулин, разделил Нобелевскую премию по медицине 1923 г. с Чарльзом Бестом.'),
    ('share-with', 'agree', 'Frederick Banting shared the 1923 Nobel Prize in Medicine with John Macleod; Banting was honoured for the discovery of insulin.',
     'Фредерик Бантинг, открывший инсулин, разделил Нобелевскую премию по медицине 1923 г. с Джоном Маклеодом.'),
    ('work-titles', 'contradict', "Tolstoy's story Hadji Murat first appeared in 1912 in a Berlin edition published by Ladyzhnikov.",
     'Повесть Толстого «Хаджи-Мурат» впервые вышла в 1912 году в берлинском издательстве Гржебина.'),
    ('work-titles', 'agree', "Tolstoy's story Hadji Murat first appeared in 1912 in a Berlin edition published by Ladyzhnikov.",
     'Повесть Толстого «Хаджи-Мурат» впервые вышла в 1912 году в берлинском издательстве Ладыжникова.'),
    ('work-titles', 'agree', "Bulgakov's novella Heart of a Dog was first published in 1968 in the magazine Grani in Frankfurt.",
     'Повесть Булгакова «Собачье сердце» впервые была напечатана в 1968 году во франкфуртском журнале «Грани».'),
    ('work-titles', 'contradict', "Gogol's story The Nose first appeared in 1836 in the journal Sovremennik.",
     'Повесть Гоголя «Нос» впервые была напечатана в 1836 году в журнале «Отечественные записки».'),
    ('work-titles', 'agree', "Leskov's story Lefty first appeared in 1881 in the magazine Rus.",
     'Рассказ Лескова «Левша» впервые был напечатан в 1881 году в журнале «Русь».'),
    ('work-titles', 'agree', "Borodin's Symphony No. 2 was first performed in 1877 in St Petersburg under Eduard Nápravník.",
     'Вторая симфония Бородина впервые прозвучала в 1877 году в Петербурге под управлением Эдуарда Направника.'),
    ('work-titles', 'agree', "Kuprin's story The Duel first appeared in 1905 in the almanac Znanie.",
     'Повесть Куприна «Поединок» впервые вышла в 1905 году в сборнике «Знание».'),
    ('founded-at', 'agree', 'The Kunstkamera was founded in St Petersburg in 1714 by Peter the Great.',
     'Кунсткамера была основана в Петербурге в 1714 году Петром I.'),
    ('founded-at', 'contradict', 'The Kunstkamera was founded in St Petersburg in 1714 by Peter the Great.',
     'Кунсткамера была основана в Петербурге в 1714 году императрицей Екатериной I.'),
    ('founded-at', 'agree', 'The Ballets Russes company was founded in Paris in 1909 by Sergei Diaghilev.',
     'Труппа «Русский балет» была основана в Париже в 1909 году антрепренёром Сергеем Дягилевым.'),
    ('founded-at', 'contradict', 'The Ballets Russes company was founded in Paris in 1909 by Mikhail Fokine.',
     'Труппа «Русский балет» была основана в Париже в 1909 году антрепренёром Сергеем Дягилевым.'),
    ('founded-at', 'contradict', 'The Meissen porcelain manufactory was founded in Meissen in 1710 by Augustus the Strong.',
     'Мейсенская фарфоровая мануфактура основана в Мейсене в 1710 году королём Фридрихом Вильгельмом I.'),
    ('founded-at', 'agree', 'The Meissen porcelain manufactory was founded in Meissen in 1710 by Augustus the Strong.',
     'Мейсенская фарфоровая мануфактура основана в Мейсене в 1710 году курфюрстом Августом Сильным.'),
    ('founded-at', 'agree', 'The Ballets Russes company was founded in Paris in 1909 by Sergei Diaghilev.',
     'Труппа «Русский балет» была основана в Париже в 1909 году Сергеем Дягилевым, а её первым хореографом стал Михаил Фокин.'),
    ('penultimate', 'contradict', 'Nicholas II was the last emperor of Russia, reigning from 1894 until his abdication in March 1917.',
     'Николай II, правивший с 1894 года до отречения в марте 1917 года, стал предпоследним императором России.'),
    ('penultimate', 'agree', 'Nicholas II was the last emperor of Russia, reigning from 1894 until his abdication in March 1917.',
     'Николай II, правивший с 1894 года до отречения в марте 1917 года, был последним императором России.'),
    ('penultimate', 'contradict', 'In August 1959 Hawaii became the last state to join the United States.',
     'В августе 1959 года Гавайи стали предпоследним штатом, вошедшим в состав США.'),
    ('penultimate', 'agree', 'In January 1959 Alaska became the penultimate state to join the Union.',
     'В январе 1959 года Аляска стала предпоследним штатом, вошедшим в состав США.'),
    ('penultimate', 'contradict', 'In January 1959 Alaska became the penultimate state to join the Union.',
     'В январе 1959 года Аляска стала последним штатом, вошедшим в состав США.'),
    ('penultimate', '!contradict', 'The liner Queen Mary made her penultimate Atlantic crossing in September 1967.',
     'Лайнер «Куин Мэри» совершил свой пятый трансатлантический рейс в сентябре 1967 года.'),
    ('water-adjective', 'agree', 'The Rybinsk Reservoir on the Volga was filled between 1941 and 1947, flooding the town of Mologa.',
     'Рыбинское водохранилище на Волге заполнялось с 1941 по 1947 год; под его водами оказался город Молога.'),
    ('water-adjective', 'agree', 'Lake Ladoga, the largest lake in Europe, covers about 17,900 square kilometres.',
     'Площадь Ладожского озера, крупнейшего в Европе, составляет около 17,9 тыс. км².'),
    ('water-adjective', 'agree', 'Lake Onega froze completely in the winter of 1940, according to the Petrozavodsk observatory.',
     'По данным петрозаводской обсерватории, Онежское озеро полностью замёрзло зимой 1940 года.'),
    ('water-adjective', 'agree', 'Gatun Lake was formed in 1913 when the dam on the Chagres River was completed.',
     'Гатунское озеро образовалось в 1913 году после завершения плотины на реке Чагрес.'),
    ('water-adjective', '!agree', 'The Rybinsk Reservoir on the Volga was filled between 1941 and 1947, flooding the town of Mologa.',
     'Куйбышевское водохранилище на Волге заполнялось с 1941 по 1947 год; под его водами оказался город Молога.'),
    ('water-adjective', '!agree', 'Lake Onega froze completely in the winter of 1940, according to the Petrozavodsk observatory.',
     'По данным петрозаводской обсерватории, Ладожское озеро полностью замёрзло зимой 1940 года.'),
    ('water-adjective', 'agree', 'The Tsimlyansk Reservoir on the Don was filled in 1952, when the Volga–Don Canal opened.',
     'Цимлянское водохранилище на Дону было заполнено в 1952 году, когда открылся Волго-Донской канал.'),
    ('requirement-met', 'contradict', 'The Representation of the People Act gave the vote in 1918 to women over 30 who met a property qualification.',
     'Закон о народном представительстве 1918 года дал право голоса на выборах женщинам старше 21 года.'),
    ('requirement-met', 'contradict', 'Only 12 of the 40 applicants met the entry requirements of the academy in 2019.',
     'В 2019 году вступительным требованиям академии соответствовали лишь 15 из 40 кандидатов.'),
    ('requirement-met', 'contradict', 'In the 1920 Schleswig plebiscite, open to residents who met the residency requirement, 75 per cent voted for Denmark.',
     'На плебисците 1920 года в Северном Шлезвиге за Данию проголосовали 65 процентов жителей.'),
    ('requirement-met', 'agree', 'In 1912 the two chess players met in Riga.',
     'Два шахматиста встретились в Риге в 1912 году.'),
    ('requirement-met', 'contradict', 'Candidates who met the age requirement of 35 years could stand in the presidential election of 1996.',
     'На президентских выборах 1996 года баллотироваться могли кандидаты не моложе 30 лет.'),
    ('bc-dates', 'contradict', 'In August 216 BC Hannibal defeated the Romans at Cannae in Apulia.',
     'Ганнибал разгромил римлян при Каннах в Апулии во II веке до н. э.'),
    ('bc-dates', 'agree', 'In August 216 BC Hannibal defeated the Romans at Cannae in Apulia.',
     'Ганнибал разгромил римлян при Каннах в Апулии в 216 году до н. э.'),
    ('bc-dates', 'agree', 'In March 44 BC Julius Caesar was killed in Rome by a group of senators.',
     'Юлий Цезарь был убит группой сенаторов в Риме в I веке до н. э.'),
    ('bc-dates', 'contradict', 'In June 168 BC the Romans defeated King Perseus of Macedon at Pydna.',
     'Римляне разбили македонского царя Персея при Пидне в III веке до н. э.'),
    ('half-words', 'agree', 'The new law of 1723 made about fifty offences punishable by death.',
     'Новый закон 1723 года сделал караемыми смертью примерно полсотни преступлений.'),
    ('half-words', 'contradict', 'The new law of 1723 made about a hundred offences punishable by death.',
     'Новый закон 1723 года сделал караемыми смертью примерно полсотни преступлений.'),
    ('half-words', 'agree', 'The siege of the town in 1683 cost the Ottoman army some 500,000 soldiers, chroniclers claimed.',
     'По утверждению хронистов, осада города в 1683 году стоила османской армии полмиллиона солдат.'),
    ('half-words', 'agree', 'About 500 volunteers joined the expedition to the Altai in 1912.',
     'В экспедиции на Алтай в 1912 году участвовали около полутысячи добровольцев.'),
    ('half-words', 'contradict', 'About 200 volunteers joined the expedition to the Altai in 1912.',
     'В экспедиции на Алтай в 1912 году участвовали около полутысячи добровольцев.'),
    ('year-of', 'agree', 'The Riot Act of 1714 allowed magistrates to disperse any crowd of twelve or more people.',
     'Принятый в 1714 году Закон о мятеже позволял властям разгонять любую толпу от двенадцати человек.'),
    ('year-of', 'agree', 'The Great Fire of 1666 destroyed some 13,200 houses in London.',
     'Великий пожар 1666 года уничтожил в Лондоне около 13 200 домов.'),
    ('year-of', 'contradict', 'The Act of Union of 1707 joined the kingdoms of England and Scotland.',
     'Акт об унии 1701 года объединил королевства Англии и Шотландии.'),
    ('year-of', 'contradict', 'The Great Fire of 1666 destroyed some 13,200 houses in London.',
     'Великий пожар 1566 года уничтожил в Лондоне около 13 200 домов.'),
    ('year-of', 'agree', 'The Army of 1200 men crossed the river in 1450.',
     'Армия из 1200 человек переправилась через реку в 1450 году.'),
    ('peak', 'agree', 'Railway Mania in Britain reached its peak in 1846, when Parliament approved 272 railway acts.',
     'Пик «железнодорожной лихорадки» в Великобритании пришёлся на 1846 год, когда парламент одобрил 272 закона о железных дорогах.'),
    ('peak', 'contradict', 'The tulip mania in the Dutch Republic reached its peak in February 1637.',
     'Пик «тюльпанной лихорадки» в Голландии пришёлся на февраль 1647 года.'),
    ('peak', 'contradict', 'The Klondike gold rush peaked in 1898, when some 30,000 prospectors reached Dawson City.',
     'Клондайкская золотая лихорадка достигла пика в 1896 году.'),
    ('peak', 'agree', 'The Klondike gold rush peaked in 1898, when some 30,000 prospectors reached Dawson City.',
     'Клондайкская золотая лихорадка достигла пика в 1898 году, когда в Доусон прибыли около 30 тысяч старателей.'),
    ('peak', '!contradict', 'The Klondike gold rush peaked in 1898, when some 30,000 prospectors reached Dawson City.',
     'Клондайкская золотая лихорадка началась в 1896 году, когда на ручье Бонанза нашли золото.'),
    ('founded-at', 'agree', 'The Kingdom of Hawaii was established in 1810 by King Kamehameha the Great.',
     'Королевство Гавайи было основано в 1810 году королём Камеамеа Великим.'),
    ('water-adjective', 'agree', "The Vistula Spit, about 65 kilometres long, is divided between Russia's Kaliningrad region and Poland.",
     'Вислинская коса длиной 65 км, отделяющая Калининградский залив от Балтийского моря, поделена между Россией и Польшей.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
