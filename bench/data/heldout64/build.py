#!/usr/bin/env python3
"""Build heldout64: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side; the other side is true
to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: ru (Yorkists won at Tewkesbury)
    ("At Tewkesbury in Gloucestershire on 4 May 1471 the Yorkists won a decisive victory, and the young Lancastrian heir Edward of Westminster was killed.",
     "В сражении при Тьюксбери 4 мая 1471 года йоркисты потерпели сокрушительное поражение от войск Ланкастеров.",
     C, "opposite", "history", True),
    # FALSE: ru (indemnity was one million pounds)
    ("The Treaty of Yandabo, signed in February 1826, ended the First Anglo-Burmese War and bound Burma to pay the British an indemnity of one million pounds.",
     "Яндабоский мир 1826 г., положивший конец первой англо-бирманской войне, обязал Бирму выплатить британцам контрибуцию в 10 млн фунтов стерлингов.",
     C, "money", "history", False),
    # FALSE: en (the battle was fought on 4 March 1238, i.e. in the 13th century)
    ("The Battle of the Sit River, in which the Mongols wiped out the army of Grand Prince Yuri of Vladimir, was fought in the fourteenth century.",
     "4 марта 1238 года на реке Сить монгольский отряд Бурундая разгромил войско великого князя владимирского Юрия Всеволодовича, который погиб в бою.",
     C, "century", "history", True),
    ("Fought in Northamptonshire on 14 June 1645, Naseby saw Sir Thomas Fairfax's New Model Army destroy the main royalist field army.",
     "Решающее поражение Карлу I нанесла при Нейзби 14 июня 1645 г. парламентская «армия нового образца».",
     A, "date", "history", False),
    ("Marston Moor, fought west of York on the evening of 2 July 1644, was one of the largest battles of the English Civil War.",
     "Летом 1644 года при Марстон-Муре под Йорком объединённая армия парламента и шотландцев разбила войска принца Руперта.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: ru (Soddy was born in Eastbourne; he later taught in Glasgow)
    ("Frederick Soddy, the chemist who coined the word isotope, was born in 1877 in Eastbourne on the south coast of England.",
     "Английский радиохимик Фредерик Содди, предложивший термин «изотоп», родился в 1877 году в Глазго.",
     C, "place", "science", True),
    # FALSE: en (Siegbahn's prize was for 1924)
    ("Manne Siegbahn of Sweden received the Nobel Prize in Physics in 1934 for his discoveries and research in X-ray spectroscopy.",
     "Нобелевская премия по физике за 1924 год была присуждена шведу Карлу Манне Сигбану за работы по рентгеновской спектроскопии.",
     C, "decade", "science", False),
    # FALSE: ru (Tennant found osmium and iridium; rhodium was Wollaston's)
    ("In 1803 the English chemist Smithson Tennant found two new elements, osmium and iridium, in the black residue left after dissolving crude platinum in aqua regia.",
     "Смитсон Теннант в 1803 г. выделил из нерастворимого остатка сырой платины два новых элемента — осмий и родий.",
     C, "entity", "science", True),
    ("Richard Willstätter received the Nobel Prize in Chemistry in 1915 for his research on chlorophyll and other plant pigments.",
     "Исследования растительных пигментов, прежде всего хлорофилла, принесли Рихарду Вильштеттеру Нобелевскую премию по химии — её присудили в разгар Первой мировой войны, в 1915 г.",
     A, "year", "science", False),
    ("Chromium was discovered in 1797 by the French chemist Louis-Nicolas Vauquelin, who was analysing the mineral crocoite.",
     "Хром открыл в конце XVIII века (1797) французский химик Луи Никола Воклен, изучавший сибирскую красную свинцовую руду.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: ru (Korab is 2,764 m)
    ("Mount Korab, on the border between Albania and North Macedonia, rises to 2,764 metres and is the highest peak in both countries.",
     "Высота горы Кораб, высшей точки как Албании, так и Северной Македонии, составляет 2164 м над уровнем моря.",
     C, "number", "geography", False),
    # FALSE: ru (named after Robert Palk, governor of Madras)
    ("The Palk Strait between India and Sri Lanka takes its name from Robert Palk, who served as governor of Madras in the eighteenth century.",
     "Полкский пролив, отделяющий Индию от Шри-Ланки, назван в честь Роберта Клайва, британского губернатора Бенгалии.",
     C, "person", "geography", True),
    ("The Menai Strait, roughly 25 kilometres long, separates the island of Anglesey from the mainland of north-west Wales.",
     "Остров Англси отделён от материковой части Уэльса узким проливом Менай, через который ещё в 1826 г. перекинули подвесной мост.",
     A, "place", "geography", False),
    ("The Mackenzie, which flows from Great Slave Lake to the Beaufort Sea, is the longest river system in Canada.",
     "Крупнейшая речная система Канады — Маккензи: река длиной около 1740 км берёт начало в Большом Невольничьем озере.",
     A, "rank", "geography", True),
    ("The Ustyurt Plateau, a stony desert tableland shared by Kazakhstan, Uzbekistan and Turkmenistan, lies between the Caspian Sea and the Aral Sea.",
     "Пустынное плато Устюрт, раскинувшееся между Каспием и Аралом, поделено между тремя государствами Центральной Азии.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: ru (the Sugar Act lowered the molasses duty, from 6d to 3d)
    ("The Sugar Act of 1764 actually cut the duty on foreign molasses from six pence to three pence a gallon, while enforcing its collection far more strictly.",
     "Принятый британским парламентом в 1764 г. Сахарный закон повысил пошлину на ввозимую в колонии иностранную патоку.",
     C, "opposite", "economy", True),
    # FALSE: ru (signed by Wilson; Taft had left office in March 1913)
    ("The Underwood Tariff, which sharply lowered American import duties and brought in a federal income tax, was signed by Woodrow Wilson in October 1913.",
     "Тариф Андервуда, снизивший ввозные пошлины и введший федеральный подоходный налог, подписал в октябре 1913 г. президент Уильям Тафт.",
     C, "person", "economy", False),
    ("Named after Chancellor of the Exchequer Charles Townshend, the 1767 duties taxed glass, lead, paint, paper and tea shipped to the American colonies.",
     "В 1767 г. по инициативе канцлера казначейства Чарльза Тауншенда были введены пошлины на ввозимые в американские колонии чай, бумагу, стекло и краски.",
     A, "person", "economy", True),
    ("Friedrich Wilhelm Raiffeisen set up his Heddesdorf loan society, the model for later rural credit cooperatives, in 1864.",
     "Ссудную кассу в Геддесдорфе (ныне часть Нойвида), ставшую образцом для сельских кредитных кооперативов, Фридрих Вильгельм Райффайзен основал в 1864 году.",
     A, "year", "economy", False),
    ("Earl Tupper's airtight plastic containers went on sale in 1946 and later became famous through in-home Tupperware parties.",
     "Пластиковые контейнеры с герметичной крышкой, придуманные американцем Эрлом Таппером, появились в продаже вскоре после Второй мировой войны, в 1946 году.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: ru (Malaya won the first Thomas Cup)
    ("Malaya won the first Thomas Cup, the men's world team badminton championship, which was played in 1948 and 1949.",
     "Первый розыгрыш Кубка Томаса — мужского командного чемпионата мира по бадминтону — в 1949 г. выиграла сборная Индонезии.",
     C, "entity", "sport", False),
    # FALSE: ru (the first race started in 1973)
    ("The first Whitbread Round the World Race left Portsmouth in September 1973 and was won by the Mexican yacht Sayula II.",
     "Первая кругосветная регата Уитбред стартовала в сентябре 1983 года, а победу в ней одержала мексиканская яхта «Саюла II».",
     C, "decade", "sport", True),
    # FALSE: ru (four golds and two silvers in 1924)
    ("At the 1924 Paris Olympics the Finnish distance runner Ville Ritola collected four gold medals and two silvers.",
     "Финский стайер Вилле Ритола завоевал на Олимпийских играх 1924 года в Париже шесть золотых медалей.",
     C, "number", "sport", False),
    ("The Swaythling Cup, the men's team trophy of the world table tennis championships, was donated by Lady Swaythling, mother of the ITTF's first president, Ivor Montagu.",
     "Кубок, который вручают победителям мужского командного турнира чемпионатов мира по настольному теннису, учредила в 1926 г. леди Суэйтлинг, мать Айвора Монтегю.",
     A, "person", "sport", True),
    ("The Vezina Trophy honours Georges Vézina, the Montreal Canadiens goaltender who died of tuberculosis in 1926.",
     "Приз лучшему вратарю НХЛ назван в честь Жоржа Везины, голкипера «Монреаль Канадиенс», которого в 1926 г. унёс туберкулёз.",
     A, "person", "sport", False),
    # ---------------- culture ----------------
    # FALSE: ru (it is held on the last Tuesday of January)
    ("Up Helly Aa, the fire festival held in Lerwick on the last Tuesday of January, ends with the burning of a replica Viking galley.",
     "Огненный праздник Ап-Хелли-Аа в Леруике проходит в последнюю субботу января; кульминацией становится сожжение копии ладьи викингов.",
     C, "day", "culture", True),
    # FALSE: ru (built by Bechstein, originally Bechstein Hall)
    ("London's Wigmore Hall was opened in 1901 by the German piano maker Bechstein and was originally called Bechstein Hall.",
     "Лондонский Уигмор-холл построила в 1901 г. фортепианная фирма «Стейнвей», и поначалу он назывался «Стейнвей-холлом».",
     C, "organisation", "culture", False),
    ("The present Teatro Colón in Buenos Aires was inaugurated on 25 May 1908, the anniversary of the May Revolution.",
     "Нынешнее здание театра «Колон» в Буэнос-Айресе приняло первых зрителей в мае 1908 года, после почти двадцатилетнего строительства.",
     A, "date", "culture", True),
    ("Vienna's Musikverein, opened in 1870, stages the famous New Year's Concert in its Golden Hall every first of January.",
     "Главная площадка новогоднего концерта Венского филармонического оркестра — Золотой зал венского Музикферайна.",
     A, "place", "culture", False),
    ("Prague's Rudolfinum, a neo-Renaissance concert hall named after Crown Prince Rudolf, was opened in 1885.",
     "Концертный зал Рудольфинум, построенный в стиле неоренессанса и названный в честь австрийского кронпринца Рудольфа, открылся в Праге 7 февраля 1885 г.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: ru (published in 1934)
    ("F. Scott Fitzgerald's Tender Is the Night, the story of the psychiatrist Dick Diver and his wife Nicole, was published in 1934.",
     "Роман Фрэнсиса Скотта Фицджеральда «Ночь нежна» о психиатре Дике Дайвере вышел отдельной книгой в 1939 году.",
     C, "year", "literature", False),
    # FALSE: ru (it was Waugh's second novel, after Decline and Fall)
    ("Vile Bodies, Evelyn Waugh's second novel, satirised London's Bright Young Things and came out in 1930.",
     "«Мерзкая плоть» (1930) — первый роман Ивлина Во, высмеивающий «золотую молодёжь» Лондона.",
     C, "rank", "literature", True),
    # FALSE: ru (Lyrical Ballads was a joint work with Wordsworth)
    ("Coleridge's The Rime of the Ancient Mariner first appeared in 1798 in Lyrical Ballads, the collection he published jointly with William Wordsworth.",
     "Поэма Кольриджа «Сказание о старом мореходе» впервые напечатана в 1798 г. в сборнике «Лирические баллады», выпущенном совместно с Робертом Саути.",
     C, "person", "literature", False),
    ("Laurence Sterne's The Life and Opinions of Tristram Shandy, Gentleman came out in nine volumes between 1759 and 1767.",
     "Роман Лоренса Стерна о Тристраме Шенди выходил отдельными томами около семи лет и был завершён в 1767 году.",
     A, "duration", "literature", True),
    ("Sister Carrie, Theodore Dreiser's first novel, appeared in 1900 and sold poorly because its publisher did little to promote it.",
     "Дебютный роман Теодора Драйзера «Сестра Керри» увидел свет на пороге XX века, в 1900 году.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: ru (written in 1977)
    ("Arvo Pärt wrote Tabula Rasa, a double concerto for two violins, string orchestra and prepared piano, in 1977.",
     "Двойной концерт «Tabula rasa» для двух скрипок, струнного оркестра и подготовленного фортепиано Арво Пярт сочинил в 1987 году.",
     C, "decade", "music", True),
    # FALSE: ru (it became the national march by an act of 1987)
    ("In 1987 an act of Congress made John Philip Sousa's The Stars and Stripes Forever the official national march of the United States.",
     "Марш Джона Филипа Сузы «Звёзды и полосы навсегда» так и не получил официального статуса национального марша США.",
     C, "polarity", "music", False),
    ("Banned in Nazi Germany, Paul Hindemith's opera Mathis der Maler had its premiere in Zurich in May 1938.",
     "Премьера оперы Пауля Хиндемита «Художник Матис» прошла 28 мая 1938 г. в Швейцарии, в Цюрихском городском театре.",
     A, "place", "music", True),
    ("Scott Joplin's Maple Leaf Rag was published in 1899 by John Stark, a music dealer in Sedalia, Missouri.",
     "Ноты «Регтайма кленового листа» Скотта Джоплина выпустил в 1899 году издатель Джон Старк, причём композитор получал по центу с каждого экземпляра.",
     A, "year", "music", False),
    ("Michael Tippett's opera The Midsummer Marriage received its premiere at the Royal Opera House, Covent Garden, in January 1955.",
     "Опера Майкла Типпетта «Свадьба в летний день» впервые прозвучала в 1955 г. на сцене Королевского оперного театра в Лондоне.",
     A, "place", "music", True),
    # ---------------- art ----------------
    # FALSE: ru (the model was Jane Morris)
    ("Jane Morris was the model for Dante Gabriel Rossetti's Proserpine, a picture he painted in several versions, one of them dated 1874.",
     "Моделью для картины Данте Габриэля Россетти «Прозерпина» (1874) послужила Фанни Корнфорт.",
     C, "person", "art", False),
    # FALSE: ru (Marriage A-la-Mode is a series of six paintings)
    ("William Hogarth's Marriage A-la-Mode, a series of six paintings satirising a mercenary match between a merchant's daughter and an earl's son, dates from the mid-1740s.",
     "Сатирическая серия Уильяма Хогарта «Модный брак» (1743–1745), хранящаяся в Лондонской национальной галерее, состоит из восьми картин.",
     C, "number", "art", True),
    # FALSE: ru (bought for four million pounds)
    ("In 2017 the National Galleries of Scotland bought Edwin Landseer's The Monarch of the Glen for four million pounds.",
     "В 2017 году Национальные галереи Шотландии выкупили картину Эдвина Лендсира «Монарх долины» за 40 млн фунтов стерлингов.",
     C, "money", "art", False),
    ("Giorgione's enigmatic Tempest, with a soldier and a nursing woman under a stormy sky, hangs in the Gallerie dell'Accademia in Venice.",
     "Загадочная «Гроза» Джорджоне, написанная около 1506–1508 гг., хранится в венецианской Галерее Академии.",
     A, "place", "art", True),
    ("Thomas Gainsborough painted Mr and Mrs Andrews around 1750; the double portrait now belongs to the National Gallery in London.",
     "Двойной портрет «Мистер и миссис Эндрюс» (около 1750 г.) кисти Томаса Гейнсборо хранится в Лондонской национальной галерее.",
     A, "place", "art", False),
    # ---------------- law ----------------
    # FALSE: ru (the vote was 8-1)
    ("In Reynolds v. Sims (1964) the Supreme Court ruled 8–1 that seats in both houses of a state legislature must be apportioned by population.",
     "Решение по делу «Рейнольдс против Симса», закрепившее принцип «один человек — один голос», было принято в 1964 г. пятью голосами против четырёх.",
     C, "number", "law", True),
    # FALSE: ru (the Court upheld the minimum wage law)
    ("In West Coast Hotel Co. v. Parrish (1937) the Supreme Court upheld Washington State's minimum wage law for women by five votes to four.",
     "В 1937 г. по делу «Уэст Кост Отель против Пэрриш» Верховный суд США признал неконституционным закон штата Вашингтон о минимальной оплате труда женщин.",
     C, "opposite", "law", False),
    # FALSE: en (repealed in 1951 by the Fraudulent Mediums Act)
    ("Britain's Witchcraft Act of 1735 remained on the statute book until 1954, when the Fraudulent Mediums Act replaced it.",
     "Британский закон о колдовстве 1735 года был отменён в 1951 году с принятием закона о мошенничестве медиумов.",
     C, "year", "law", True),
    ("Reed v. Reed, decided in 1971, was the first case in which the US Supreme Court struck down a law for discriminating against women.",
     "В 1971 г. по делу «Рид против Рида» Верховный суд США единогласно признал неконституционным закон Айдахо, отдававший мужчинам предпочтение при назначении управляющих наследством.",
     A, "year", "law", False),
    ("In Olmstead v. United States (1928) a narrowly divided Supreme Court held that wiretapping telephones did not violate the Fourth Amendment.",
     "Верховный суд США в 1928 г. пятью голосами против четырёх постановил, что прослушивание телефонных линий не нарушает Четвёртую поправку (дело «Олмстед против США»).",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: ru (Queen Beatrix opened the Oosterscheldekering on 4 October 1986)
    ("Queen Beatrix formally opened the Eastern Scheldt storm surge barrier, the largest structure of the Dutch Delta Works, on 4 October 1986.",
     "Штормовой барьер в устье Восточной Шельды, крупнейшее сооружение нидерландского плана «Дельта», королева Беатрикс торжественно открыла в мае 1986 года.",
     C, "month", "technology", False),
    # FALSE: ru (roughly 60 % of infected hosts were in Iran)
    ("When researchers counted Stuxnet infections in 2010, roughly 60 percent of the infected computers turned out to be in Iran.",
     "По подсчётам исследователей, в 2010 г. на Иран приходилось лишь около 10 % компьютеров, заражённых червём Stuxnet.",
     C, "percent", "technology", True),
    ("The Tsar Tank, designed by Nikolai Lebedenko and tested in August 1915, ran on two spoked front wheels about nine metres in diameter.",
     "Диаметр передних колёс «Царь-танка» инженера Лебеденко достигал 9 м; на испытаниях машина застряла задним катком в грунте.",
     A, "number", "technology", False),
    ("MIT's Whirlwind computer, built under Jay Forrester, was among the first machines to use magnetic-core memory.",
     "Одной из первых ЭВМ с памятью на магнитных сердечниках стал «Уирлвинд», созданный в Массачусетском технологическом институте.",
     A, "entity", "technology", True),
    ("The Thames Barrier at Woolwich, stretching about 520 metres across the river, was formally opened by Queen Elizabeth II on 8 May 1984.",
     "Барьер на Темзе, защищающий Лондон от нагонных наводнений, официально открыла королева Елизавета II в 1984 году, хотя действовать он начал ещё в 1982-м.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: ru (the explosion was on 18 March 1980)
    ("On 18 March 1980 a Vostok-2M rocket exploded while being fuelled at the Plesetsk cosmodrome, killing 48 people.",
     "Взрыв ракеты-носителя «Восток-2М» при заправке на космодроме Плесецк в октябре 1980 г. унёс жизни 48 человек.",
     C, "month", "disasters", True),
    # FALSE: ru (the bomb was raised on 7 April 1966, about 80 days later)
    ("The hydrogen bomb that fell into the Mediterranean off Palomares in January 1966 was recovered by the US Navy some 80 days later.",
     "Водородную бомбу, упавшую в море у Паломареса в январе 1966 г., американские моряки подняли со дна всего через 8 дней.",
     C, "duration", "disasters", False),
    ("Two methane blasts at the Raspadskaya coal mine in Siberia in May 2010 killed about ninety miners and rescuers.",
     "В результате взрывов на шахте «Распадская» в Междуреченске в ночь на 9 мая 2010 г. погиб 91 человек.",
     A, "number", "disasters", True),
    ("A methane explosion at the Westray coal mine in Plymouth, Nova Scotia, killed all 26 miners underground on 9 May 1992.",
     "Взрыв метана на шахте «Уэстрей» в канадской провинции Новая Шотландия в мае 1992 г. унёс жизни 26 горняков.",
     A, "number", "disasters", False),
    ("The Silvertown explosion of 19 January 1917, at a plant purifying TNT in east London, killed 73 people.",
     "73 погибших — таков итог взрыва около 50 т тротила на химическом заводе в Сильвертауне на востоке Лондона зимой 1917 года.",
     A, "number", "disasters", False),
]

RELATED = [
    ("The royalist army at Naseby was led by King Charles I in person, with Prince Rupert commanding the cavalry on the right wing.",
     "Сражение при Нейзби произошло летом 1645 года в английском графстве Нортгемптоншир.",
     "Naseby", True, "history"),
    ("Soddy introduced the term isotope in 1913, taking up a suggestion from the Scottish doctor Margaret Todd.",
     "Британский химик Фредерик Содди получил Нобелевскую премию по химии за 1921 год.",
     "Soddy", False, "science"),
    ("The river takes its name from the Scottish explorer Alexander Mackenzie, who travelled down it to the Arctic coast in 1789.",
     "Маккензи вытекает из Большого Невольничьего озера и несёт свои воды в море Бофорта Северного Ледовитого океана.",
     "Mackenzie River", True, "geography"),
    ("Hungary won the Swaythling Cup at the first world table tennis championships, held in London in 1926.",
     "Кубок Суэйтлинга был учреждён матерью Айвора Монтегю — первого президента Международной федерации настольного тенниса.",
     "Swaythling Cup", False, "sport"),
    ("Up Helly Aa in Lerwick is led by the Guizer Jarl, the chief of a squad of men dressed as Vikings.",
     "Огненный праздник Ап-Хелли-Аа в Леруике проводится в последний вторник января.",
     "Up Helly Aa", True, "culture"),
    ("The title Tender Is the Night is taken from a line in John Keats's Ode to a Nightingale.",
     "Роман «Ночь нежна» Фицджеральд опубликовал в 1934 году, сначала частями в журнале «Скрибнерс мэгэзин».",
     "Tender Is the Night", False, "literature"),
    ("According to his own account, Sousa composed The Stars and Stripes Forever on Christmas Day 1896.",
     "В 1987 г. марш «Звёзды и полосы навсегда» получил статус официального национального марша США.",
     "The Stars and Stripes Forever", True, "music"),
    ("Edwin Landseer painted The Monarch of the Glen in 1851, and it was shown at the Royal Academy that year.",
     "В 2017 г. «Монарх долины» Лендсира за 4 млн фунтов купили Национальные галереи Шотландии.",
     "The Monarch of the Glen", False, "art"),
    ("Chief Justice Earl Warren wrote the majority opinion of the Court in Reynolds v. Sims.",
     "Дело «Рейнольдс против Симса» касалось распределения мест в законодательном собрании штата Алабама.",
     "Reynolds v. Sims", True, "law"),
    ("The Palomares accident happened when a B-52 bomber collided with a KC-135 tanker during mid-air refuelling over southern Spain.",
     "В январе 1966 г. у деревни Паломарес упали четыре водородные бомбы, две из которых при ударе о землю заразили местность плутонием.",
     "Palomares", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    assert lang(s) == want, (want, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make(en, ru, ru_first):
    check_side(en, "en")
    check_side(ru, "ru")
    if ru_first:
        return {"a": ru, "b": en, "lang_a": "ru", "lang_b": "en"}
    return {"a": en, "b": ru, "lang_a": "en", "lang_b": "ru"}


def count(rows, key):
    d = {}
    for r in rows:
        d[r[key]] = d.get(r[key], 0) + 1
    return dict(sorted(d.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, (lab, len(rows))
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    cslots = count([r for r in comp if r["label"] == C], "slot")
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = count(comp, "domain")
    assert set(doms) == DOMAINS and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout64.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout64.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("labels:", count(comp, "label"))
    print("contradict slots (%d types):" % len(cslots), cslots)
    print("agree slots:", count([r for r in comp if r["label"] == A], "slot"))
    print("domains:", doms)
    print("related domains:", count(rel, "domain"))


if __name__ == "__main__":
    main()
