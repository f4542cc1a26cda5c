#!/usr/bin/env python3
"""Build heldout89: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "en" or "ru" for contradict rows (the side holding the
  changed, untrue slot) and None for agree rows; it is only used by the
  asserts below and is not written to the jsonl files.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment also names the FALSE side (EN or RU); the other
side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    ("Jack Cade's rebellion broke out in Kent in 1450, and in early July the insurgents crossed London Bridge and briefly held the capital.",
     "Восставшие кентцы под предводительством Джека Кэда в июле 1450 г. на несколько дней овладели Лондоном.",
     A, "year", "history", True, None),
    # FALSE: RU (Adam Duncan commanded at Camperdown; Nelson was not there)
    ("At Camperdown, off the Dutch coast, Admiral Adam Duncan's North Sea fleet crushed the Batavian navy on 11 October 1797 and took its commander, Jan de Winter, prisoner.",
     "Британской эскадрой в сражении при Кампердауне (11.10.1797) командовал Горацио Нельсон; голландский вице-адмирал де Винтер попал в плен.",
     C, "person", "history", False, "ru"),
    # FALSE: EN (the English won at Lowestoft; Obdam's flagship blew up)
    ("Fought off the Suffolk coast in June 1665, the Battle of Lowestoft ended in defeat for the English fleet under James, Duke of York.",
     "13 июня 1665 года у Лоустофта английский флот герцога Йоркского нанёс тяжёлое поражение голландцам, чей флагман «Эндрахт» взлетел на воздух вместе с адмиралом ван Обдамом.",
     C, "opposite", "history", True, "en"),
    # FALSE: RU (Kozludzha was fought in 1774, i.e. the eighteenth century)
    ("On 20 June 1774 Russian troops under Alexander Suvorov and Mikhail Kamensky routed a far larger Ottoman army at Kozludzha, in what is now Bulgaria.",
     "Сражение при Козлудже (на территории нынешней Болгарии), где войска А. В. Суворова и М. Ф. Каменского разбили турецкую армию, — одна из побед русского оружия XVII века.",
     C, "century", "history", False, "ru"),
    ("On 1 July 1097 the armies of the First Crusade defeated the Seljuk Turks near Dorylaeum in Anatolia.",
     "Битва при Дорилее, открывшая крестоносцам путь через Малую Азию, состоялась 1.VII.1097 и закончилась разгромом сельджуков.",
     A, "date", "history", False, None),
    # ---------------- science ----------------
    # FALSE: EN (Loewi's 1936 prize was in Physiology or Medicine)
    ("Otto Loewi, who showed that nerves act on the heart by releasing a chemical substance, shared the 1936 Nobel Prize in Chemistry.",
     "В 1936 г. Отто Лёви и англичанин Генри Дейл были удостоены Нобелевской премии по физиологии и медицине за открытия, связанные с химической передачей нервного импульса.",
     C, "entity", "science", True, "en"),
    ("In 1868 the English astronomer Norman Lockyer spotted an unexplained yellow line in the spectrum of the Sun and ascribed it to a new element, helium.",
     "Гелий впервые обнаружили не на Земле, а на Солнце: в 1868 г. его спектральную линию заметил британский астроном Джозеф Норман Локьер.",
     A, "year", "science", False, None),
    # FALSE: EN (uranium was discovered in 1789; Klaproth died in 1817)
    ("The German chemist Martin Heinrich Klaproth identified the element uranium in the mineral pitchblende in the 1820s.",
     "Элемент уран открыл в 1789 году берлинский аптекарь и химик М. Г. Клапрот, назвавший его в честь недавно открытой планеты.",
     C, "decade", "science", False, "en"),
    ("The Melbourne-born neurophysiologist Sir John Eccles received a share of the 1963 Nobel Prize in Physiology or Medicine for work on how nerve cells communicate.",
     "Нобелевская премия по физиологии и медицине 1963 г. была присуждена, в частности, австралийцу Джону Экклсу — за исследования ионных механизмов работы нервных клеток.",
     A, "year", "science", True, None),
    ("The Swedish chemist Peter Jacob Hjelm was the first to obtain metallic molybdenum, reducing its oxide with carbon in 1781.",
     "Металлический молибден был впервые выделен в 1781 году шведом П. Я. Гьельмом.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: RU (the Kuban flows into the Sea of Azov)
    ("The Kuban, fed by glaciers of the Greater Caucasus, flows for about 870 kilometres before entering the Sea of Azov near Temryuk.",
     "Кубань (870 км) берёт начало на ледниках Большого Кавказа и впадает в Каспийское море.",
     C, "place", "geography", True, "ru"),
    ("The Chusovaya, which rises on the Asian side of the Urals and cuts westwards through the range, runs for about 590 km before joining the Kama.",
     "Чусовая — левый приток Камы длиной 592 км, одна из немногих рек, пересекающих Уральский хребет.",
     A, "number", "geography", False, None),
    # FALSE: RU (Menier bought Anticosti in 1895; he died in 1913)
    ("The wealthy French chocolatier Henri Menier purchased Anticosti, a large island in the Gulf of St. Lawrence, in 1895 and turned it into a private hunting estate.",
     "Остров Антикости в заливе Святого Лаврентия купил в 1925 году французский шоколадный магнат Анри Менье, завёзший туда оленей.",
     C, "year", "geography", False, "ru"),
    ("Roughly 30 km wide at its narrowest point, the Bab-el-Mandeb strait separates Yemen from Djibouti and Eritrea and joins the Red Sea to the Gulf of Aden.",
     "Баб-эль-Мандебский пролив между Аравийским полуостровом и Африкой соединяет Красное море с Аденским заливом.",
     A, "place", "geography", True, None),
    ("Seized by Italy from the Ottoman Empire in 1912, the Dodecanese islands were handed to Greece under the 1947 Paris peace treaty.",
     "Острова Додеканес, принадлежавшие Италии с 1912 г., отошли к Греции по Парижскому мирному договору 1947 года.",
     A, "year", "geography", True, None),
    # ---------------- economy ----------------
    ("Shojiro Ishibashi set up Bridgestone in Kurume in 1931, naming the tyre company after an English rendering of his surname, which means 'stone bridge'.",
     "Японская шинная компания Bridgestone основана в 1931 г.; её название — перевёрнутый английский перевод фамилии основателя Сёдзиро Исибаси («каменный мост»).",
     A, "entity", "economy", False, None),
    # FALSE: EN (Danfoss was founded in 1933)
    ("Danfoss, the Danish maker of valves and thermostats, was founded in 1953 by Mads Clausen at Nordborg on the island of Als.",
     "Компанию «Данфосс» основал в 1933 г. инженер Мадс Клаусен — первые клапаны для холодильников он собирал в родительском доме в Нордборге.",
     C, "year", "economy", True, "en"),
    # FALSE: RU (the treaty was signed on 23 January 1860)
    ("Negotiated by Richard Cobden and Michel Chevalier, the Anglo-French commercial treaty of 23 January 1860 slashed duties on British manufactures and French wine.",
     "Англо-французский торговый договор Кобдена — Шевалье, резко снизивший таможенные пошлины, был подписан в сентябре 1860 года.",
     C, "month", "economy", False, "ru"),
    ("The Benetton knitwear business was launched in 1965 in Ponzano Veneto, near Treviso, by Luciano Benetton together with his sister and two brothers.",
     "Компанию Benetton основали в 1965 году четверо братьев и сестёр Бенеттон — Лучано, Джулиана, Джильберто и Карло.",
     A, "year", "economy", True, None),
    ("Lionel Martin and Robert Bamford founded the firm that became Aston Martin in London in 1913, adding 'Aston' after the Aston Hill climb in Buckinghamshire.",
     "Марка Aston Martin получила имя от фамилии сооснователя Лайонела Мартина и горной гонки Астон-Хилл, где он успешно выступал.",
     A, "person", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: RU (Hemery won gold in 1968)
    ("Britain's David Hemery took Olympic gold in the 400 m hurdles at Mexico City in 1968, setting a world record of 48.12 seconds.",
     "Британский барьерист Дэвид Хемери на Играх 1968 г. в Мехико стал лишь бронзовым призёром в беге на 400 м с барьерами.",
     C, "rank", "sport", True, "ru"),
    ("Harold Abrahams, whose story was later told in the film Chariots of Fire, won the Olympic 100 metres in Paris in 1924.",
     "Британский спринтер Гарольд Абрахамс выиграл стометровку на Олимпийских играх 1924 года в Париже с результатом 10,6 с.",
     A, "year", "sport", True, None),
    # FALSE: EN (Garrincha won the World Cup twice, 1958 and 1962)
    ("The Botafogo winger Garrincha won the World Cup three times with Brazil, most famously starring at the 1962 tournament in Chile.",
     "Гарринча, легендарный правый крайний «Ботафогу», дважды — в 1958 и 1962 годах — становился чемпионом мира в составе сборной Бразилии.",
     C, "number", "sport", False, "en"),
    ("Dixie Dean's 60 league goals for Everton in the 1927–28 season remain a record for English top-flight football.",
     "Рекорд Дикси Дина — 60 голов за «Эвертон» в чемпионате Англии сезона 1927/28 — не побит до сих пор.",
     A, "number", "sport", False, None),
    # FALSE: RU (Gimondi won the Tour in 1965)
    ("Felice Gimondi was just 22 and riding his first Tour de France when he won it in 1965.",
     "Итальянец Феличе Джимонди победил на «Тур де Франс» в 1968 г., впервые выйдя на старт этой гонки.",
     C, "year", "sport", True, "ru"),
    # ---------------- culture ----------------
    ("Frederick II had Kronborg, the Elsinore castle of Hamlet, rebuilt in Renaissance style between 1574 and 1585.",
     "Замок Кронборг в Хельсингёре, известный как место действия шекспировского «Гамлета», был перестроен в ренессансном духе в 1574–1585 гг.",
     A, "year", "culture", True, None),
    # FALSE: RU (the festival was founded in 1948)
    ("Founded in 1948, the Aix-en-Provence Festival first won fame with Mozart operas staged in the open-air courtyard of the former archbishop's palace.",
     "Оперный фестиваль в Экс-ан-Провансе, прославившийся постановками Моцарта во дворе Архиепископского дворца, был основан в 1920-х годах.",
     C, "decade", "culture", False, "ru"),
    # FALSE: EN (Cardinal Thomas Wolsey, not Thomas Cromwell, built Hampton Court)
    ("Work on Hampton Court Palace began in 1515 for Thomas Cromwell, who later surrendered the house on the Thames to Henry VIII.",
     "Дворец Хэмптон-Корт на берегу Темзы кардинал Томас Уолси начал перестраивать в 1515 г.; позже он был вынужден уступить его Генриху VIII.",
     C, "person", "culture", True, "en"),
    ("Castle Howard, the North Yorkshire seat begun in 1699 for the 3rd Earl of Carlisle, was the first building designed by the playwright John Vanbrugh.",
     "Проект Касл-Ховарда в Йоркшире выполнил Джон Ванбру, помогал ему Николас Хоксмур.",
     A, "person", "culture", False, None),
    ("Because the Reformation discouraged Christmas, Hogmanay became Scotland's great winter festival, and 25 December was not a public holiday there until 1958.",
     "В Шотландии Рождество получило статус выходного дня только в 1958 г., поэтому главным зимним праздником там долго был Хогманай — канун Нового года.",
     A, "year", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: RU (Hard Times ran in Household Words, not Bentley's Miscellany)
    ("Dickens's Hard Times, with its grim portrait of the mill town of Coketown, ran in weekly instalments in his magazine Household Words from April to August 1854.",
     "Роман «Тяжёлые времена», действие которого происходит в фабричном Коктауне, Диккенс печатал по частям в журнале Bentley's Miscellany в 1854 г.",
     C, "organisation", "literature", True, "ru"),
    ("Maupassant's Bel-Ami, which follows the rise of the unscrupulous journalist Georges Duroy through Parisian society, came out in 1885.",
     "Роман Ги де Мопассана «Милый друг» о карьере беспринципного журналиста Жоржа Дюруа был опубликован в 1885 г.",
     A, "year", "literature", True, None),
    # FALSE: RU (Pushkin left Dubrovsky unfinished)
    ("Pushkin never completed Dubrovsky, his novel about a nobleman turned outlaw; it was first printed in 1841, after the poet's death.",
     "Свой роман о благородном разбойнике Владимире Дубровском Пушкин завершил; напечатан он был лишь в 1841 г., после гибели автора.",
     C, "polarity", "literature", False, "ru"),
    # FALSE: EN (Ionych is a short story, not a play)
    ("Ionych, Chekhov's play about the provincial doctor Dmitry Startsev, was first published in 1898.",
     "Рассказ А. П. Чехова «Ионыч» о земском враче Старцеве впервые напечатан в 1898 году.",
     C, "entity", "literature", False, "en"),
    ("Zola's L'Assommoir, whose heroine Gervaise works as a laundress in a poor quarter of Paris, was published in book form in 1877.",
     "Роман «Западня» о прачке Жервезе и её муже, кровельщике Купо, спивающемся после падения с крыши, вышел отдельным изданием в 1877 году.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (the premiere was in St Petersburg)
    ("Verdi wrote La forza del destino for the Imperial Theatre in St Petersburg, where it premiered on 10 November 1862.",
     "Опера Джузеппе Верди «Сила судьбы» впервые была исполнена в ноябре 1862 г. в миланском театре «Ла Скала».",
     C, "place", "music", True, "ru"),
    ("Donizetti's Anna Bolena, set to a libretto by Felice Romani, opened at Milan's Teatro Carcano on 26 December 1830.",
     "Премьера «Анны Болейн» Гаэтано Доницетти прошла в Милане 26.12.1830 и принесла композитору международную известность.",
     A, "date", "music", False, None),
    ("Bedřich Smetana's festive opera Libuše was first performed on 11 June 1881, when Prague's National Theatre opened.",
     "Национальный театр в Праге открылся 11 июня 1881 г. премьерой торжественной оперы Сметаны «Либуше».",
     A, "date", "music", True, None),
    # FALSE: EN (the premiere was on 2 January 1843)
    ("Wagner himself conducted the first performance of The Flying Dutchman at the Dresden court opera on 12 January 1843.",
     "Премьера романтической оперы Рихарда Вагнера «Летучий голландец» прошла 2 января 1843 года в Дрездене.",
     C, "date", "music", False, "en"),
    ("Die Fledermaus, the best-known operetta of Johann Strauss II, premiered at the Theater an der Wien in April 1874.",
     "Оперетта «Летучая мышь» Иоганна Штрауса-сына впервые прозвучала в Вене в 1874 году.",
     A, "place", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (the painting shows five women)
    ("Picasso's Les Demoiselles d'Avignon, painted in 1907, depicts seven nude women in a Barcelona brothel.",
     "На полотне Пикассо «Авиньонские девицы» (1907) изображены пять обнажённых женщин — обитательниц публичного дома на барселонской улице Авиньо.",
     C, "number", "art", True, "en"),
    ("Matisse's Harmony in Red (1908), first painted in shades of blue and then reworked in red, hangs in the Hermitage in St Petersburg.",
     "Картина Анри Матисса «Красная комната» («Гармония в красном») находится в собрании петербургского Эрмитажа.",
     A, "place", "art", False, None),
    # FALSE: RU (the triptych is in Antwerp Cathedral, not in Ghent)
    ("Rubens painted the triptych The Elevation of the Cross in 1610–11; it now hangs in Antwerp's Cathedral of Our Lady.",
     "Триптих Питера Пауля Рубенса «Воздвижение Креста», созданный в 1610–1611 гг., находится в Генте, в соборе Святого Бавона.",
     C, "place", "art", False, "ru"),
    # FALSE: EN (Rodin worked on the Gates from 1880 until his death in 1917)
    ("Rodin worked on The Gates of Hell for only about five years after receiving the commission in 1880.",
     "Над «Вратами ада», заказанными ему в 1880 г., Огюст Роден работал почти 37 лет — до самой смерти в 1917 году.",
     C, "duration", "art", True, "en"),
    ("The Flaying of Marsyas, one of Titian's last paintings, belongs to the archbishop's palace in Kroměříž, in the Czech Republic.",
     "Позднее полотно Тициана «Наказание Марсия» хранится в Архиепископском дворце в моравском городе Кромержиж.",
     A, "place", "art", True, None),
    # ---------------- law ----------------
    ("Under the Licensing Act of 1737, every new play staged in Britain had first to be approved by the Lord Chamberlain.",
     "Закон 1737 г. о лицензировании театров обязал предварительно представлять тексты всех новых пьес на одобрение лорда-камергера.",
     A, "year", "law", False, None),
    # FALSE: RU (the Sedition Act was signed on 14 July 1798)
    ("President John Adams signed the Sedition Act, the last of the four Alien and Sedition Acts, on 14 July 1798.",
     "Закон о подстрекательстве к мятежу, завершивший пакет законов об иностранцах и мятеже, президент Джон Адамс подписал 4 июля 1798 года.",
     C, "date", "law", True, "ru"),
    ("Bismarck's Anti-Socialist Laws, passed by the Reichstag in October 1878, were allowed to lapse in 1890.",
     "Исключительный закон против социалистов, принятый в Германии в 1878 г., утратил силу в 1890 году.",
     A, "year", "law", True, None),
    ("The Jackson–Vanik amendment of 1974 denied normal trade status to countries that restricted emigration; for Russia it was lifted in 2012.",
     "Поправка Джексона — Вэника, связавшая торговые льготы со свободой выезда, действовала в отношении России до 2012 г.",
     A, "year", "law", False, None),
    # FALSE: EN (the Edict ordered church lands to be restored to the Catholics)
    ("Ferdinand II's Edict of Restitution of March 1629 confirmed Protestant possession of church lands secularised since 1552.",
     "Реституционный эдикт императора Фердинанда II (март 1629 г.) требовал вернуть католической церкви земли, секуляризованные протестантами после 1552 года.",
     C, "opposite", "law", False, "en"),
    # ---------------- technology ----------------
    # FALSE: EN (Britain was the sixth country, after the USSR, USA, France, Japan and China)
    ("When a Black Arrow rocket put Prospero into orbit in October 1971, Britain became the third country to launch a satellite on its own launcher.",
     "Запустив 28 октября 1971 г. спутник «Просперо» ракетой «Блэк Эрроу» с полигона Вумера, Великобритания стала шестой страной, самостоятельно выведшей аппарат на орбиту.",
     C, "rank", "technology", True, "en"),
    ("Designed by Pierre-Paul Riquet, who died several months before it opened, the Canal du Midi began carrying traffic in 1681.",
     "Южный канал длиной около 240 км, соединивший Тулузу со средиземноморским портом Сет, был открыт в мае 1681 года.",
     A, "year", "technology", False, None),
    # FALSE: RU (duralumin came from Alfred Wilm's experiments)
    ("Duralumin, the age-hardening aluminium alloy later used widely in aircraft, grew out of experiments made around 1906 by the German metallurgist Alfred Wilm.",
     "Дюралюминий — стареющий алюминиевый сплав, позднее широко применявшийся в авиации, — около 1906 г. получил француз Поль Эру.",
     C, "person", "technology", True, "ru"),
    ("Completed in 1885 to designs by William Le Baron Jenney, Chicago's Home Insurance Building is often described as the first skyscraper.",
     "Десятиэтажное здание страховой компании Home Insurance в Чикаго (1884–1885), которое часто называют первым небоскрёбом, снесли в 1931 г.",
     A, "rank", "technology", True, None),
    # FALSE: EN (the line was completed in 1904-05, the twentieth century)
    ("The Circum-Baikal Railway, cut along the rocky southern shore of Lake Baikal, was completed in the late nineteenth century.",
     "Кругобайкальская железная дорога, проложенная вдоль скалистого южного берега Байкала с десятками тоннелей, была достроена в 1904–1905 гг.",
     C, "century", "technology", False, "en"),
    # ---------------- disasters ----------------
    ("The earthquake that struck the Marsica region of central Italy on 13 January 1915 levelled Avezzano and killed about 30,000 people.",
     "Землетрясение 13.01.1915 практически стёрло с лица земли город Авеццано в Абруцци; число жертв достигло около 30 тыс.",
     A, "date", "disasters", False, None),
    # FALSE: RU (the Cap Arcona was sunk by RAF Typhoons)
    ("On 3 May 1945 RAF Typhoons attacked the liner Cap Arcona in the Bay of Lübeck, killing thousands of concentration-camp prisoners held aboard.",
     "Лайнер «Кап Аркона» с тысячами узников концлагерей был потоплен 3 мая 1945 г. в Любекской бухте авиацией ВВС США.",
     C, "organisation", "disasters", True, "ru"),
    # FALSE: EN (the disaster happened on 11 July 1978)
    ("In January 1978 a tanker lorry loaded with propylene exploded beside the Los Alfaques campsite in Catalonia, killing more than 200 people.",
     "11 июля 1978 г. у кемпинга «Лос-Альфакес» в провинции Таррагона взорвалась автоцистерна с пропиленом; погибли свыше 200 человек, в основном отдыхающие.",
     C, "month", "disasters", False, "en"),
    ("On 4 June 1988 freight wagons carrying industrial explosives blew up at a level crossing in Arzamas, killing 91 people.",
     "Взрыв вагонов с гексогеном на железнодорожном переезде в Арзамасе летом 1988 г. унёс жизни 91 человека.",
     A, "number", "disasters", True, None),
    # FALSE: EN (nobody was killed at Buncefield)
    ("Several people were killed when the Buncefield fuel depot in Hertfordshire exploded and caught fire on 11 December 2005.",
     "Во время взрывов на нефтебазе Бансфилд (Хартфордшир) 11 декабря 2005 г. никто не погиб, хотя пострадали более 40 человек.",
     C, "polarity", "disasters", False, "en"),
]

RELATED = [
    ("Garrincha was born in 1933 in the village of Pau Grande, in Rio de Janeiro state, with one leg noticeably shorter than the other.",
     "Гарринча более десяти лет, с 1953 по 1965 год, выступал за клуб «Ботафогу» из Рио-де-Жанейро.",
     "Garrincha", True, "sport"),
    ("Kronborg Castle was added to UNESCO's World Heritage List in 2000.",
     "Замок Кронборг стоит у самого узкого места пролива Эресунн, напротив шведского Хельсингборга.",
     "Kronborg", False, "culture"),
    ("The Canal du Midi was inscribed on the UNESCO World Heritage List in 1996.",
     "Строительство Южного канала, задуманного Пьером-Полем Рике, началось в 1666 году.",
     "Canal du Midi", True, "technology"),
    ("In 1869 Norman Lockyer founded the scientific journal Nature, which he went on to edit for half a century.",
     "Британский астроном Джозеф Норман Локьер родился в 1836 году в городе Регби.",
     "Lockyer", False, "science"),
    ("A revised version of Verdi's La forza del destino was first staged at La Scala in Milan in February 1869.",
     "Оперу «Сила судьбы» Джузеппе Верди написал по заказу Императорского театра в Петербурге.",
     "Forza del destino", True, "music"),
    ("Dickens dedicated Hard Times to the historian and essayist Thomas Carlyle.",
     "Один из главных героев романа «Тяжёлые времена» — отставной торговец Томас Грэдграйнд, признающий только факты.",
     "Hard Times", False, "literature"),
    ("Port-Menier, a village named after the island's former owner, is the only permanent settlement on Anticosti.",
     "Белохвостые олени, завезённые на остров Антикости в конце XIX в., расплодились там до многих десятков тысяч голов.",
     "Anticosti", True, "geography"),
    ("Before the war the Cap Arcona had been a luxury liner on the route between Hamburg and South America.",
     "Во время налёта на Любекскую бухту 3 мая 1945 г. вместе с «Кап Арконой» было потоплено и судно «Тильбек».",
     "Cap Arcona", False, "disasters"),
    ("After his victory at Camperdown, Admiral Adam Duncan was raised to the peerage as Viscount Duncan.",
     "Сражение при Кампердауне произошло в октябре 1797 г. у побережья провинции Северная Голландия.",
     "Camperdown", True, "history"),
    ("Henry Fielding's political satires on the London stage are often cited as a trigger for the Licensing Act of 1737.",
     "Предварительная цензура пьес в Великобритании была окончательно отменена лишь в 1968 году.",
     "Licensing Act", False, "law"),
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


def count(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in ("en", "ru"), en
            false_sides.append(false_side)
        else:
            assert false_side is None, en
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
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    fs = count(false_sides)
    assert fs == {"en": 15, "ru": 15}, fs
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    dom_c = count(r["domain"] for r in comp if r["label"] == C)
    assert sorted(dom_c.values()) == [2] * 6 + [3] * 6, dom_c
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout89.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout89.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", fs)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", dom_c)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
