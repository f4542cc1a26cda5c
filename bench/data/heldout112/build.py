#!/usr/bin/env python3
"""Build heldout112: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (at Preveza the Ottoman fleet of Hayreddin Barbarossa defeated Doria's Holy League fleet)
    ("On 28 September 1538, off Preveza in the Ionian Sea, the Ottoman fleet of Hayreddin Barbarossa defeated the Holy League squadrons commanded by the Genoese admiral Andrea Doria.",
     "В морском сражении при Превезе (сентябрь 1538 г.) флот Священной лиги во главе с генуэзцем Андреа Дориа наголову разгромил османскую эскадру Хайреддина Барбароссы.",
     C, "opposite", "history", True),
    # FALSE: EN (the Theban commander mortally wounded at Mantinea was Epaminondas; Pelopidas had died in 364 BC)
    ("At Mantinea in 362 BC the Thebans and their allies got the better of the Spartans and Athenians, but the Theban general Pelopidas was mortally wounded.",
     "В битве при Мантинее (362 г. до н. э.) фиванцы вновь одолели спартанцев и их союзников, однако их прославленный полководец Эпаминонд получил смертельную рану.",
     C, "person", "history", False),
    # FALSE: RU (the Battle of Pichincha was fought on 24 May 1822)
    ("The Battle of Pichincha, fought on 24 May 1822 on the slopes of the volcano above Quito, secured the independence of what is now Ecuador.",
     "24.07.1822 на склонах вулкана Пичинча войска Антонио Хосе де Сукре разбили испанских роялистов, после чего Кито был освобождён.",
     C, "month", "history", True),
    ("In February 1895, after Japanese troops had captured the naval base of Weihaiwei, Admiral Ding Ruchang, commander of China's Beiyang Fleet, took his own life.",
     "Командующий Бэйянским флотом адмирал Дин Жучан покончил с собой в феврале 1895 г., когда японцы овладели крепостью Вэйхайвэй и блокировали остатки его кораблей.",
     A, "person", "history", False),
    ("On 4 September 1260 the Ghibellines of Siena, reinforced by German knights sent by King Manfred, routed the Guelph army of Florence at Montaperti.",
     "Битва при Монтаперти (4.IX.1260), в которой сиенские гибеллины разгромили флорентийских гвельфов, не раз упоминается в «Аде» Данте.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Zeigarnik published her study in 1927)
    ("Working in Kurt Lewin's group in Berlin, Bluma Zeigarnik reported in 1937 that people recall interrupted tasks better than completed ones.",
     "Эффект Зейгарник — лучшее запоминание незавершённых действий по сравнению с завершёнными — описан советским психологом Блюмой Зейгарник в 1927 г. по итогам опытов в Берлине.",
     C, "year", "science", False),
    ("The Widmanstätten patterns, interlocking bands of kamacite and taenite in iron meteorites, were described in 1808 by Count Alois von Beckh Widmanstätten in Vienna.",
     "Видманштеттеновы фигуры — узор из пластин камасита и тэнита, проступающий на полированных срезах железных метеоритов, — в 1808 г. описал венский учёный граф Алоиз фон Бек-Видманштеттен.",
     A, "year", "science", True),
    ("In 1884 the Swiss chemist Traugott Sandmeyer found that copper(I) chloride turns benzenediazonium chloride into chlorobenzene, a transformation now known as the Sandmeyer reaction.",
     "Реакция Зандмейера — замена диазогруппы арендиазониевых солей на галоген в присутствии солей одновалентной меди — открыта швейцарским химиком Трауготтом Зандмейером в 1884 году.",
     A, "person", "science", False),
    # FALSE: RU (the Müller-Lyer illusion was published in 1889)
    ("The Müller-Lyer illusion, in which two equal lines look unequal because of the arrowheads at their ends, was published by the German psychiatrist Franz Carl Müller-Lyer in 1889.",
     "Оптическую иллюзию, при которой равные отрезки со «стрелками» и «хвостами» на концах кажутся разной длины, немецкий психиатр Франц Карл Мюллер-Лайер описал в 1870-х годах.",
     C, "decade", "science", True),
    ("In rope-pulling trials reported in 1913, the French agricultural engineer Maximilien Ringelmann found that each person pulled less hard as the team grew larger.",
     "Эффект Рингельмана: французский инженер-агроном Максимильен Рингельман заметил, что при перетягивании каната средний вклад каждого участника снижается с ростом численности группы.",
     A, "entity", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Multnomah Falls, about 189 m, is the tallest waterfall in Oregon)
    ("Multnomah Falls, which plunges 620 feet in two tiers in the Columbia River Gorge, is only the second-tallest waterfall in Oregon.",
     "Малтнома в ущелье реки Колумбия — самый высокий водопад штата Орегон: вода падает двумя каскадами с общей высоты около 189 м.",
     C, "rank", "geography", False),
    # FALSE: EN (the Škocjan Caves were inscribed on the World Heritage List in 1986)
    ("The Škocjan Caves in south-western Slovenia, where the Reka river disappears into an immense underground canyon, were added to UNESCO's World Heritage List in 1996.",
     "Шкоцянские пещеры на юго-западе Словении, где река Река уходит в гигантский подземный каньон, внесены в список Всемирного наследия ЮНЕСКО в 1986 году.",
     C, "year", "geography", True),
    # FALSE: EN (Manasarovar is a freshwater lake; its neighbour Rakshastal is the salt one)
    ("Lake Manasarovar, a salt lake lying at about 4,590 metres near Mount Kailash in western Tibet, is held sacred by Hindus, Buddhists and Jains.",
     "Священное озеро Манасаровар у подножия Кайласа (Тибет) — одно из самых высокогорных пресных озёр мира: оно лежит на высоте около 4,6 тыс. м.",
     C, "opposite", "geography", False),
    ("Mount Parnassus in central Greece, the mythical home of the Muses, reaches 2,457 metres at its highest summit, Liakoura.",
     "Высшая точка Парнаса — вершина Лиакура (2457 м); в древности эту гору считали обителью Аполлона и муз.",
     A, "number", "geography", True),
    ("The Waitomo Glowworm Caves on New Zealand's North Island were first explored in 1887 by the Māori chief Tane Tinorau and the English surveyor Fred Mace.",
     "Пещеры Вайтомо на Северном острове Новой Зеландии, знаменитые светящимися личинками грибных комариков, обследовали в 1887 г. маорийский вождь Тане Тинорау и топограф Фред Мейс.",
     A, "year", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (the oldest record of Stora Kopparberg is a deed of 1288, i.e. 13th century)
    ("A deed dated 1288, by which a bishop of Västerås acquired a one-eighth share in the copper mountain at Falun, is the oldest known record of Stora Kopparberg.",
     "Старейший документ о шведской горнорудной компании «Стура Коппарберг», которую часто называют старейшей в мире, — грамота XV века о доле епископа в медном руднике Фалуна.",
     C, "century", "economy", True),
    # FALSE: EN (Duttweiler started Migros with five lorries)
    ("Gottlieb Duttweiler started Migros in Zurich in August 1925 with ten Ford lorries that sold coffee, rice, sugar, pasta, coconut fat and soap.",
     "Компания «Мигрос» начала работу в Цюрихе в 1925 г.: Готлиб Дуттвейлер пустил по улицам пять грузовиков-автолавок, торговавших всего шестью товарами.",
     C, "number", "economy", False),
    # FALSE: RU (the first Piggly Wiggly opened in Memphis, Tennessee)
    ("Clarence Saunders opened the first Piggly Wiggly, usually regarded as the first true self-service grocery store, in Memphis, Tennessee, in 1916.",
     "Первый магазин самообслуживания «Пигли Вигли» Кларенс Сондерс открыл в 1916 г. в Атланте (штат Джорджия).",
     C, "place", "economy", True),
    ("Reclam's Universal-Bibliothek, a series of cheap paper-covered classics, was launched in Leipzig in November 1867 with Goethe's Faust as its first number.",
     "Серия «Универсальная библиотека» лейпцигского издательства Филиппа Реклама появилась в 1867 г.; первым номером вышел «Фауст» Гёте.",
     A, "year", "economy", False),
    ("The Cologne confectionery firm Stollwerck grew out of a small bakery opened by Franz Stollwerck in 1839.",
     "Кёльнская кондитерская фирма «Штольверк» ведёт историю с 1839 г., когда Франц Штольверк открыл в городе собственную пекарню.",
     A, "person", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Birch's winning margin was 98 seconds)
    ("The first Route du Rhum, a single-handed race from Saint-Malo to Guadeloupe held in 1978, was won by the Canadian Mike Birch by just 98 seconds.",
     "Первую регату одиночек «Рут дю Рам» (1978, Сен-Мало — Пуэнт-а-Питр) канадец Майк Бирч выиграл с отрывом в 98 минут от француза Мишеля Малиновски.",
     C, "duration", "sport", False),
    # FALSE: EN (the first Spengler Cup, 1923, was won by Oxford University)
    ("The first Spengler Cup, played in Davos between Christmas and New Year 1923, was won by the host club, HC Davos.",
     "Первый Кубок Шпенглера разыграли в Давосе в конце декабря 1923 г.; победителем стала команда Оксфордского университета.",
     C, "organisation", "sport", True),
    ("The Sudirman Cup, badminton's mixed-team world championship named after Dick Sudirman, was first contested in Jakarta in 1989.",
     "Первый розыгрыш Кубка Судирмана — командного первенства мира по бадминтону среди смешанных сборных — прошёл в 1989 г. в Джакарте; победила Индонезия.",
     A, "year", "sport", False),
    ("India's premier first-class cricket competition, the Ranji Trophy, named after the batsman K. S. Ranjitsinhji, was first played in the 1934–35 season.",
     "Трофей Ранджи — чемпионат Индии по крикету среди команд штатов — впервые разыгран в сезоне 1934/35; первым победителем стала команда Бомбея.",
     A, "year", "sport", True),
    ("East Germany's Täve Schur won the Peace Race, the amateur cycling tour linking Warsaw, Berlin and Prague, in 1955 and again in 1959.",
     "Восточногерманский велогонщик Густав-Адольф Шур дважды — в 1955 и 1959 гг. — становился победителем Велогонки мира.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Ninotchka starred Greta Garbo)
    ("Ernst Lubitsch's comedy Ninotchka (1939), advertised with the slogan 'Garbo laughs!', starred Greta Garbo as a stern Soviet envoy sent to Paris.",
     "Главную роль в комедии Эрнста Любича «Ниночка» (1939) — суровой советской посланницы, приехавшей в Париж, — исполнила Марлен Дитрих.",
     C, "person", "culture", True),
    # FALSE: RU (Wild Strawberries won the Golden Bear at the Berlin festival)
    ("Ingmar Bergman's Wild Strawberries, with the veteran director Victor Sjöström as the elderly professor Isak Borg, won the Golden Bear in Berlin in 1958.",
     "Фильм Ингмара Бергмана «Земляничная поляна» (1957) с Виктором Шёстрёмом в главной роли в 1958 г. удостоен «Золотого льва» Венецианского кинофестиваля.",
     C, "organisation", "culture", False),
    # FALSE: EN (Pather Panchali was released in 1955)
    ("Satyajit Ray's debut feature Pather Panchali, the first part of his Apu Trilogy, was released in 1965.",
     "«Патер Панчали» («Песнь дороги», 1955) — первый фильм Сатьяджита Рея, открывший его трилогию об Апу.",
     C, "decade", "culture", True),
    ("The Piccolo Teatro di Milano, Italy's first permanent public repertory theatre, was founded in 1947 by Giorgio Strehler and Paolo Grassi.",
     "Миланский театр «Пикколо» открылся весной 1947 г. постановкой пьесы Горького «На дне»; основали его режиссёр Джорджо Стрелер и Паоло Грасси.",
     A, "year", "culture", False),
    ("Martinmas, St Martin's Day on 11 November, is marked in Germany and the Netherlands with children's lantern processions and, traditionally, a roast goose.",
     "День святого Мартина отмечают 11 ноября: в Германии дети в этот вечер ходят по улицам с фонариками, а к столу подают запечённого гуся.",
     A, "date", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Young Törless was Musil's first novel)
    ("Robert Musil's first novel, The Confusions of Young Törless, published in 1906, is set in a military boarding school in the Austro-Hungarian provinces.",
     "Действие «Смятений воспитанника Тёрлеса» (1906) — третьего романа Роберта Музиля — разворачивается в закрытом военном училище на окраине Австро-Венгрии.",
     C, "rank", "literature", True),
    # FALSE: EN (Thérèse tries to poison Bernard with arsenic)
    ("In François Mauriac's Thérèse Desqueyroux (1927) the heroine, stifled by provincial life in the Landes, tries to poison her husband Bernard with strychnine.",
     "Героиня романа Франсуа Мориака «Тереза Дескейру» (1927) пытается отравить своего мужа Бернара мышьяком.",
     C, "entity", "literature", False),
    ("Saint-Exupéry's Night Flight, a short novel about airmail pilots in South America, won the Prix Femina in 1931 and carried a preface by André Gide.",
     "Повесть Антуана де Сент-Экзюпери «Ночной полёт» (1931), предисловие к которой написал Андре Жид, удостоена премии «Фемина».",
     A, "organisation", "literature", True),
    ("Théophile Gautier's novel Mademoiselle de Maupin (1835) is remembered above all for its combative preface, an early manifesto of art for art's sake.",
     "Роман Теофиля Готье «Мадемуазель де Мопен», вышедший в 1835–1836 гг., открывается знаменитым предисловием — манифестом «искусства для искусства».",
     A, "year", "literature", False),
    ("Heinrich Mann's Der Untertan, whose hero Diederich Hessling worships Kaiser Wilhelm II, had its serialisation halted in August 1914 and reached German bookshops only in 1918.",
     "Сатирический роман Генриха Манна «Верноподданный» о фабриканте Дидерихе Геслинге широкий немецкий читатель получил отдельной книгой лишь в 1918 году.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Vakula the Smith was first staged at the Mariinsky Theatre in St Petersburg)
    ("Tchaikovsky's opera Vakula the Smith, based on Gogol's story Christmas Eve, was first staged at the Mariinsky Theatre in St Petersburg in 1876.",
     "Опера Чайковского «Кузнец Вакула» по гоголевской «Ночи перед Рождеством» впервые поставлена в 1876 г. в московском Большом театре.",
     C, "place", "music", False),
    # FALSE: EN (Souvenir de Florence is a string sextet)
    ("Tchaikovsky's Souvenir de Florence, Op. 70, a string quartet sketched during his stay in Florence, was completed in 1890.",
     "«Воспоминание о Флоренции» (соч. 70, 1890) Чайковского — секстет для двух скрипок, двух альтов и двух виолончелей.",
     C, "entity", "music", True),
    # FALSE: RU (the Rosamunde music was first heard on 20 December 1823)
    ("Schubert's incidental music to Helmina von Chézy's play Rosamunde was first heard at the Theater an der Wien on 20 December 1823; the play lasted two performances.",
     "Музыка Шуберта к пьесе Гельмины фон Шези «Розамунда» впервые прозвучала в венском Театре ан дер Вин 12 декабря 1823 г.; спектакль выдержал лишь два представления.",
     C, "date", "music", False),
    ("Wagner set five poems by Mathilde Wesendonck in 1857–58, calling two of the songs, Im Treibhaus and Träume, studies for Tristan und Isolde.",
     "«Пять стихотворений Матильды Везендонк» Вагнер написал в 1857–1858 гг.; две песни — «В теплице» и «Грёзы» — он сам назвал этюдами к «Тристану и Изольде».",
     A, "year", "music", True),
    ("Richard Strauss himself conducted the premiere of his Symphonia Domestica at Carnegie Hall in New York on 21 March 1904.",
     "Свою «Домашнюю симфонию», посвящённую жене и сыну, Рихард Штраус впервые исполнил в Нью-Йорке весной 1904 года.",
     A, "place", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (the Ruthwell Cross dates from the 8th century)
    ("The Ruthwell Cross, an eighth-century Anglo-Saxon stone cross carved with runic lines from The Dream of the Rood, was smashed by Presbyterian iconoclasts in 1642.",
     "Рутвеллский крест в Дамфрисшире — англосаксонский каменный крест X века с рунической надписью, близкой к поэме «Видение креста».",
     C, "century", "art", True),
    # FALSE: EN (the Ram in a Thicket figures were excavated by Leonard Woolley)
    ("The pair of 'Ram in a Thicket' figures, made of gold, lapis lazuli and shell, was unearthed by Howard Carter in the Royal Cemetery at Ur in 1928–29.",
     "Две статуэтки «Баран в зарослях» из золота, лазурита и раковин нашёл в 1928–1929 гг. Леонард Вулли при раскопках царского некрополя Ура.",
     C, "person", "art", False),
    ("Pieter Saenredam (1597–1665), who worked in Haarlem, specialised in luminous, precisely measured views of whitewashed church interiors.",
     "Нидерландский живописец Питер Санредам (1597–1665) прославился строгими, почти чертёжно точными изображениями интерьеров белёных протестантских церквей.",
     A, "year", "art", True),
    ("Arkady Plastov, the painter of Russian village life, spent most of his life in his native Prislonikha near Ulyanovsk and painted The Fascist Plane Flew Over in 1942.",
     "Картину «Фашист пролетел» Аркадий Пластов написал в 1942 г. в родной деревне Прислониха Ульяновской области, где прожил почти всю жизнь.",
     A, "place", "art", False),
    ("The Warwick Vase, a colossal Roman marble vessel, was recovered in 1771 from Hadrian's Villa at Tivoli by the Scottish painter and dealer Gavin Hamilton.",
     "Огромную мраморную «Уорикскую вазу» римской работы нашёл в 1771 г. на вилле Адриана в Тиволи шотландский художник и антиквар Гэвин Гамильтон.",
     A, "person", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Munn v. Illinois was decided 7-2)
    ("In Munn v. Illinois (1877) the Supreme Court upheld, by seven votes to two, an Illinois law fixing maximum rates for storing grain in Chicago's elevators.",
     "По делу «Манн против Иллинойса» Верховный суд США пятью голосами против четырёх признал законным установленный штатом предел платы за хранение зерна в элеваторах.",
     C, "number", "law", True),
    # FALSE: RU (the Act received royal assent on 23 December 1919)
    ("The Sex Disqualification (Removal) Act, which received royal assent on 23 December 1919, let women in Britain become solicitors, barristers, magistrates and jurors.",
     "Британский закон об устранении дисквалификации по признаку пола, вступивший в силу в июне 1919 г., открыл женщинам путь в адвокатуру, магистратуру и суды присяжных.",
     C, "month", "law", False),
    ("The Torrens system of land registration takes its name from Robert Torrens, who carried the Real Property Act through the South Australian parliament in 1858.",
     "Система регистрации прав на землю, названная именем Роберта Ричарда Торренса, впервые введена в Южной Австралии законом 1858 г.",
     A, "year", "law", False),
    ("The Edict of Rothari, the first written code of Lombard law, was issued in Latin by King Rothari at Pavia on 22 November 643.",
     "Эдикт Ротари — первый письменный свод лангобардского права из 388 глав — король Ротари обнародовал в 643 г.",
     A, "year", "law", True),
    # FALSE: EN (the Theresiana of 1768 still permitted torture; it was abolished in Austria in 1776)
    ("The Constitutio Criminalis Theresiana, the penal code issued under Maria Theresa in 1768, no longer allowed judicial torture in the Habsburg lands.",
     "Уголовный кодекс Марии Терезии («Терезиана», 1768) сохранял пытку и содержал гравюры с орудиями допроса; в Австрии её отменили лишь в 1776 г.",
     C, "polarity", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Planté invented the lead-acid battery in 1859)
    ("The French physicist Gaston Planté invented the lead–acid battery, the first practical rechargeable cell, in 1859.",
     "Свинцово-кислотный аккумулятор — первый пригодный для практики перезаряжаемый источник тока — создал в 1879 г. французский физик Гастон Планте.",
     C, "year", "technology", False),
    # FALSE: EN (Ruhmkorff worked in Paris)
    ("Heinrich Ruhmkorff, a German-born instrument maker with a workshop in London, patented his improved induction coil in 1851.",
     "Индукционную катушку в 1851 г. запатентовал механик Генрих Румкорф, уроженец Ганновера, державший мастерскую в Париже.",
     C, "place", "technology", True),
    ("The name Talgo stands for Tren Articulado Ligero Goicoechea Oriol, after the engineer Alejandro Goicoechea and the financier José Luis Oriol.",
     "Название испанских поездов «Тальго» — аббревиатура: «лёгкий сочленённый поезд Гойкоэчеа — Ориоль», по фамилиям инженера Алехандро Гойкоэчеа и финансиста Хосе Луиса Ориоля.",
     A, "person", "technology", False),
    ("On 8 August 1829 the Stourbridge Lion, built in England, became the first steam locomotive to run on a commercial railway line in the United States.",
     "8.08.1829 в Хонсдейле (Пенсильвания) паровоз английской постройки «Стаурбриджский лев» первым в США прошёл по коммерческой линии; управлял им Горацио Аллен.",
     A, "date", "technology", True),
    ("Herman Casler patented the Mutoscope, a hand-cranked peep-show machine that flipped a reel of photographs printed on cards, in November 1894.",
     "Мутоскоп — аппарат, в котором при вращении ручки перелистывались закреплённые на барабане карточки с фотографиями, — запатентовал в 1894 г. Херман Каслер.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (the Rapid City flood struck on the night of 9-10 June 1972)
    ("On 19 June 1972 torrential rain over the Black Hills sent a flood through Rapid City, South Dakota, killing 238 people.",
     "В ночь с 9 на 10 июня 1972 г. наводнение, вызванное ливнями в горах Блэк-Хилс, унесло в Рапид-Сити (Южная Дакота) 238 жизней.",
     C, "date", "disasters", True),
    # FALSE: EN (the Sennichi fire killed 118 people)
    ("The fire at the Sennichi Department Store building in Osaka on 13 May 1972 killed 218 people, most of them trapped in a cabaret on the seventh floor.",
     "Пожар в здании универмага «Сэннити» в Осаке 13.05.1972 унёс 118 жизней; большинство погибших находились в кабаре на седьмом этаже.",
     C, "number", "disasters", False),
    ("The storm tide of 16 January 1362, known as St Marcellus's flood or the Grote Mandrenke, swept away the North Frisian trading town of Rungholt.",
     "Во время «второго наводнения святого Марцелла» в январе 1362 г., прозванного «великим утоплением людей», погиб фризский торговый город Рунгхольт.",
     A, "date", "disasters", True),
    ("The tornado that struck Wichita Falls, Texas, on 10 April 1979, a day locals still call Terrible Tuesday, killed 42 people.",
     "10.04.1979 смерч разрушил значительную часть техасского города Уичито-Фолс; погибли 42 человека, около 20 тыс. остались без крова.",
     A, "number", "disasters", False),
    ("On 9 February 1999 an avalanche buried part of the hamlet of Montroc near Chamonix in the French Alps, killing twelve people.",
     "Лавина, сошедшая 9 февраля 1999 г. на деревушку Монрок близ Шамони, разрушила несколько шале и унесла 12 жизней.",
     A, "number", "disasters", True),
]

RELATED = [
    ("Hayreddin Barbarossa, the victor of Preveza, had been made Kapudan Pasha, commander-in-chief of the Ottoman navy, by Suleiman the Magnificent in 1533.",
     "Сражение при Превезе произошло у входа в Амбракийский залив Ионического моря, близ западного побережья Греции.",
     "Preveza", True, "history"),
    ("The glowworms of Waitomo are the larvae of Arachnocampa luminosa, a fungus gnat found only in New Zealand.",
     "Название Вайтомо на языке маори складывается из слов «вода» и «дыра», то есть означает примерно «вода, уходящая в провал».",
     "Waitomo", False, "geography"),
    ("The French sailor Alain Colas vanished at sea with his trimaran during the first Route du Rhum in November 1978.",
     "Трансатлантическая регата одиночек «Рут дю Рам» проводится раз в четыре года, со стартом в бретонском порту Сен-Мало.",
     "Route du Rhum", True, "sport"),
    ("The screenplay of Ninotchka was written by Billy Wilder, Charles Brackett and Walter Reisch.",
     "В «Ниночке» Мелвин Дуглас играет парижского графа Леона, который влюбляет в себя строгую советскую чиновницу.",
     "Ninotchka", False, "culture"),
    ("François Mauriac, the author of Thérèse Desqueyroux, received the Nobel Prize in Literature in 1952.",
     "Действие «Терезы Дескейру» разворачивается в Ландах — краю сосновых лесов на юго-западе Франции, к югу от Бордо.",
     "Thérèse Desqueyroux", True, "literature"),
    ("Tchaikovsky later reworked Vakula the Smith as Cherevichki, first staged at the Bolshoi Theatre in Moscow in 1887.",
     "Либретто оперы «Кузнец Вакула» по повести Гоголя «Ночь перед Рождеством» написал поэт Яков Полонский.",
     "Vakula the Smith", False, "music"),
    ("One of the two Ram in a Thicket figures is now in the British Museum, the other in the Penn Museum in Philadelphia.",
     "Название статуэткам дал Леонард Вулли — по библейскому рассказу об овне, запутавшемся рогами в чаще (Быт. 22:13).",
     "Ram in a Thicket", True, "art"),
    ("Chief Justice Morrison Waite wrote the majority opinion in Munn v. Illinois, and Justice Stephen Field dissented.",
     "Дело «Манн против Иллинойса» входило в серию так называемых «грейнджерских дел» о тарифах железных дорог и элеваторов.",
     "Munn v. Illinois", False, "law"),
    ("The Stourbridge Lion proved too heavy for the wooden track of the Delaware and Hudson Canal Company and was soon taken out of service.",
     "Паровоз «Стаурбриджский лев» был построен в 1828 г. английской фирмой «Фостер, Растрик и Ко» в городке Стаурбридж.",
     "Stourbridge Lion", True, "technology"),
    ("The Rapid City flood of June 1972 was made far worse by the collapse of the Canyon Lake Dam on Rapid Creek.",
     "После наводнения 1972 г. власти Рапид-Сити запретили строить жильё в пойме реки и разбили там парки и поля для гольфа.",
     "Rapid City flood", False, "disasters"),
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
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
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
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout112.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout112.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
