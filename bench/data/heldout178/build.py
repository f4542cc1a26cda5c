#!/usr/bin/env python3
"""Build heldout178: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from S to Z (diacritics ignored).
"""
import json
import os
import re
import unicodedata

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Covenanters at Tippermuir were commanded by Lord Elcho, not the Marquess of Argyll)
    ("Tippermuir",
     "On 1 September 1644 at Tippermuir, a few miles west of Perth, the Marquis of Montrose routed a much larger Covenanter army under Lord Elcho and then entered the town.",
     "Битва при Типпермуре (01.09.1644): роялисты Монтроза и ирландцы Аласдера Макколлы разбили ковенантеров, которыми командовал маркиз Аргайл, и заняли Перт.",
     C, "person", "history", True, RU),
    # FALSE: EN (the Battle of the Shaho was fought in October 1904)
    ("Shaho",
     "The Battle of the Shaho, fought south of Mukden in August 1904, ended in stalemate once Kuropatkin's Russian offensive against Oyama's Japanese armies had stalled.",
     "Наступление армии Куропаткина на реке Шахэ в октябре 1904 г. против японцев маршала Ойямы захлебнулось, и стороны перешли к позиционной обороне.",
     C, "month", "history", False, EN),
    # FALSE: RU (the battle of Skornishchevo took place in December 1371, i.e. in the XIV century)
    ("Skornishchevo",
     "At Skornishchevo in December 1371 a Muscovite army led by Dmitry Bobrok-Volynsky defeated Prince Oleg of Ryazan, who was forced to flee his capital.",
     "В битве у Скорнищева, случившейся в XV веке, московские полки воеводы Дмитрия Боброка-Волынского наголову разбили рязанского князя Олега Ивановича.",
     C, "century", "history", True, RU),
    ("Saga rebellion",
     "The Saga Rebellion of February 1874 was a rising of former samurai in Kyushu led by Etō Shinpei, a former Minister of Justice.",
     "Выступление бывших самураев в Саге (1874 г.) правительство подавило за несколько недель; его вождя Это Симпэя казнили, а голову выставили на всеобщее обозрение.",
     A, "year", "history", False, None),
    ("Shizugatake",
     "Hideyoshi's victory over the army of Shibata Katsuie at Shizugatake in 1583 secured his position as the successor to Oda Nobunaga's power.",
     "В 1583 г. при Сидзугатакэ войска Хасибы (будущего Тоётоми) Хидэёси разбили армию Сибаты Кацуиэ; отличившихся в бою самураев прозвали «семью копьями».",
     A, "person", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (the Zagami meteorite fell in northern Nigeria, not in Niger)
    ("Zagami meteorite",
     "The Zagami meteorite, a rock from Mars weighing about 18 kg, fell in Niger on 3 October 1962, landing close to a farmer working in his field.",
     "Марсианский метеорит Загами (шерготтит массой около 18 кг) упал 03.10.1962 на поле у одноимённой деревни на севере Нигерии.",
     C, "place", "science", False, EN),
    # FALSE: RU (Amalitsky dug the skeletons out from the late 1890s; he died in 1917)
    ("Scutosaurus",
     "Skeletons of Scutosaurus, a heavily armoured plant-eater of the Late Permian, were dug out of riverbank lenses on the Northern Dvina by Vladimir Amalitsky from the late 1890s.",
     "Скутозавр — тяжёлый панцирный парейазавр пермского периода; его скелеты на Северной Двине раскопала экспедиция Владимира Амалицкого в 1930-х гг.",
     C, "decade", "science", True, RU),
    # FALSE: RU (the Winchcombe meteorite fell on 28 February 2021)
    ("Winchcombe meteorite",
     "The Winchcombe meteorite, a rare carbonaceous chondrite, fell on the evening of 28 February 2021, and its first fragments turned up on a family's driveway in Gloucestershire.",
     "Углистый хондрит Винчкомб упал в графстве Глостершир вечером 21.02.2021; первые фрагменты нашла семья на подъездной дорожке у своего дома.",
     C, "date", "science", False, RU),
    ("Tullimonstrum",
     "Tullimonstrum, the 'Tully monster' known only from the Mazon Creek fossil beds, was formally described by Eugene Richardson of the Field Museum in 1966.",
     "Таллимонстр — загадочное животное возрастом около 300 млн лет из отложений Мэйзон-Крик — описан в 1966 г. и с 1989 г. считается окаменелостью-символом штата Иллинойс.",
     A, "year", "science", True, None),
    ("Sarcosuchus",
     "Sarcosuchus imperator, a giant crocodile relative from the Early Cretaceous of Niger, was named in 1966 by France de Broin and Philippe Taquet.",
     "Гигантского крокодиломорфа саркозуха описали французы Ф. де Бруан и Ф. Таке (1966 г.); по оценке П. Серено, он достигал 11–12 м в длину.",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (the Siljan Ring is about 52 km across)
    ("Siljan Ring",
     "The Siljan Ring in Dalarna, left by an asteroid impact some 377 million years ago, is an impact structure only about 20 kilometres across.",
     "Кольцо Сильян в шведской Даларне — древняя ударная структура: её диаметр оценивают примерно в 52 км, а возраст — в 377 млн лет.",
     C, "number", "geography", True, EN),
    # FALSE: RU (Sarek National Park was established in 1909)
    ("Sarek National Park",
     "Sarek National Park, a roadless wilderness of glaciers and high peaks in Swedish Lapland, was set up in 1909, among the first national parks in Europe.",
     "Национальный парк Сарек в шведской Лапландии (коммуна Йокмокк) учреждён в 1929 г.; с 1996 г. он входит в объект ЮНЕСКО «Лапония».",
     C, "year", "geography", False, RU),
    # FALSE: EN (Wallaman Falls is the highest permanent single-drop waterfall in Australia)
    ("Wallaman Falls",
     "Wallaman Falls, where Stony Creek plunges 268 metres in a single drop west of Ingham, is the second-highest permanent single-drop waterfall in Australia.",
     "Водопад Уолламан в национальном парке Гирринган (Квинсленд) — самый высокий в Австралии постоянный водопад с одним свободным падением: около 268 м.",
     C, "rank", "geography", True, EN),
    ("Wolfe Creek Crater",
     "Wolfe Creek Crater in the Kimberley region of Western Australia is about 880 metres across and was first noticed by scientists during an aerial survey in 1947.",
     "Метеоритный кратер Вулф-Крик (Западная Австралия) имеет диаметр около 0,88 км; у аборигенов джару он называется Кандималал.",
     A, "number", "geography", False, None),
    ("Siula Grande",
     "Siula Grande, a 6,344-metre peak in Peru's Cordillera Huayhuash, was first climbed in 1936 by the Germans Arnold Awerzger and Erwin Schneider.",
     "Пик Сиула-Гранде (6344 м) в перуанских Андах прославила книга Джо Симпсона «Касаясь пустоты» о драматическом спуске с его западной стены в 1985 г.",
     A, "number", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Tizer was first sold as "Pickup's Appetizer")
    ("Tizer",
     "Tizer, created in Manchester by Fred Pickup in 1924, was first sold as 'Pickup's Tonic', a fizzy fruit-flavoured drink.",
     "Газировка Tizer, придуманная манчестерцем Фредом Пикапом в 1924 г., первоначально называлась «Pickup's Appetizer»; с 1972 г. бренд принадлежит шотландской A.G. Barr.",
     C, "entity", "economy", True, EN),
    # FALSE: RU (Welch first pasteurised grape juice in 1869)
    ("Welch's",
     "In 1869 the Methodist dentist Thomas Bramwell Welch pasteurised grape juice in Vineland, New Jersey, to serve as unfermented communion wine.",
     "Виноградный сок Welch's ведёт историю от опытов дантиста Томаса Уэлча в 1880-х гг.: тот хотел заменить им вино при причастии.",
     C, "decade", "economy", False, RU),
    ("Weleda",
     "Weleda, the maker of natural cosmetics and medicines, was founded in 1921 in Arlesheim, Switzerland, with Rudolf Steiner and Ita Wegman among its founders.",
     "Компания Weleda, выросшая из антропософского движения, основана в 1921 г.; её название восходит к имени прорицательницы Веледы.",
     A, "year", "economy", True, None),
    ("Tiger Balm",
     "Tiger Balm goes back to a herbal ointment made in Rangoon by Aw Chu Kin, whose sons Aw Boon Haw and Aw Boon Par built it into a famous brand.",
     "«Тигровый бальзам» прославили братья О Бун Хау и О Бун Пар, унаследовавшие рецепт мази от отца-травника из Рангуна и позднее перенёсшие дело в Сингапур.",
     A, "person", "economy", False, None),
    ("Tipp-Ex",
     "The German firm Tipp-Ex, set up in 1959 by Wolfgang Dabisch in Eltville, began with correction paper for typewriters before moving on to correction fluid.",
     "Марку корректоров Tipp-Ex создал в 1959 г. Вольфганг Дабиш из Гессена; с 1997 г. ею владеет французская корпорация BIC.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: EN (Ślusarski shared the silver medal in Moscow with Konstantin Volkov)
    ("Ślusarski",
     "At the 1980 Moscow Olympics the Polish pole vaulter Tadeusz Ślusarski, champion four years earlier, took the bronze medal behind his teammate Władysław Kozakiewicz.",
     "Поляк Тадеуш Слюсарский, олимпийский чемпион Монреаля по прыжкам с шестом, в Москве-1980 разделил второе место с Константином Волковым, уступив лишь Козакевичу.",
     C, "rank", "sport", False, EN),
    # FALSE: RU (Zhdanovich won the individual foil, not sabre)
    ("Zhdanovich",
     "Viktor Zhdanovich of Leningrad won the individual foil at the 1960 Rome Olympics and took team gold with the Soviet foilists in both 1960 and 1964.",
     "В 1960 г. в Риме олимпийским чемпионом в личном турнире саблистов стал ленинградец Виктор Жданович.",
     C, "entity", "sport", True, RU),
    # FALSE: EN (Yengibaryan won the 1956 light-welterweight final and the gold medal)
    ("Yengibaryan",
     "At the 1956 Melbourne Olympics the Armenian boxer Vladimir Yengibaryan reached the light-welterweight final but lost it, settling for the silver medal.",
     "Армянский боксёр Владимир Енгибарян выиграл олимпийское золото Мельбурна-1956 в первом полусреднем весе (до 63,5 кг) и трижды становился чемпионом Европы.",
     C, "rank", "sport", False, EN),
    ("Vaytsekhovskaya",
     "Elena Vaytsekhovskaya won the 10-metre platform at the 1976 Montreal Games, becoming the first Soviet woman to take an Olympic gold medal in diving.",
     "В 1976 г. в Монреале москвичка Елена Вайцеховская победила в прыжках с десятиметровой вышки; позже она стала известной спортивной журналисткой.",
     A, "year", "sport", True, None),
    ("Vasin",
     "In Munich in 1972, Vladimir Vasin won the 3-metre springboard ahead of Italy's Franco Cagnotto, giving the Soviet Union its first Olympic diving title.",
     "Первым советским олимпийским чемпионом по прыжкам в воду стал Владимир Васин, выигравший соревнования на трёхметровом трамплине на Играх-1972 в Мюнхене.",
     A, "year", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: RU (Strelka is played by Lyubov Orlova, not Marina Ladynina)
    ("Volga-Volga",
     "In Grigori Aleksandrov's musical comedy Volga-Volga (1938), Lyubov Orlova plays Strelka, a postwoman who writes songs, and Igor Ilyinsky the bureaucrat Byvalov.",
     "Роль почтальонши Стрелки, сочинившей песню о Волге, в комедии «Волга-Волга» (1938 г.) Григория Александрова сыграла Марина Ладынина.",
     C, "person", "culture", False, RU),
    # FALSE: EN (the xiangqi board has 9 by 10 lines)
    ("Xiangqi",
     "Xiangqi, or Chinese chess, is played on the points of a board nine lines wide and nine lines long, divided across the middle by a 'river'.",
     "В сянци (китайских шахматах) фигуры ставят не в клетки, а на пересечения линий доски 9 × 10, посередине которой проходит «река».",
     C, "number", "culture", True, EN),
    ("Skee-Ball",
     "Skee-Ball, the arcade game of rolling balls up a ramp into scoring rings, was invented in Philadelphia in 1908 by Joseph Fourestier Simpson.",
     "Игру Skee-Ball, в которой шары катят вверх по дорожке к кольцам с очками, придумал в 1908 г. житель Филадельфии Джозеф Симпсон.",
     A, "year", "culture", False, None),
    ("Vasilisa the Beautiful",
     "Georgy Millyar first played Baba Yaga in Aleksandr Rou's 1939 fairy-tale film Vasilisa the Beautiful, a role he would go on repeating for decades.",
     "Бабу-ягу в фильме-сказке «Василиса Прекрасная» (1939) режиссёра А. Роу впервые сыграл Георгий Милляр.",
     A, "person", "culture", True, None),
    ("Tinkertoy",
     "The Tinkertoy construction set of wooden spools and sticks was launched in 1914 by Charles Pajeau, a stonemason from Evanston, Illinois.",
     "Конструктор Tinkertoy из деревянных катушек и палочек появился в США в 1914 г.; его продавали в картонных тубусах.",
     A, "year", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (Two on a Tower was serialised in The Atlantic Monthly)
    ("Two on a Tower",
     "Hardy's Two on a Tower, about the young astronomer Swithin St Cleeve and Lady Viviette Constantine, was first serialised in Harper's Magazine in 1882.",
     "Роман Томаса Гарди «Двое на башне», герой которого — юный астроном Суизин Сент-Клив, печатался в 1882 г. в бостонском журнале The Atlantic Monthly.",
     C, "organisation", "literature", True, EN),
    # FALSE: RU (the book edition came five years after the 1892 serial, in 1897)
    ("The Well-Beloved",
     "Hardy's The Well-Beloved appeared as a serial in 1892 and in revised book form five years later; its hero, the sculptor Jocelyn Pierston, comes from Portland.",
     "Роман Гарди «Возлюбленная» о скульпторе Джослине Пирстоне с острова Портленд вышел книгой лишь через десять лет после журнальной публикации 1892 г.",
     C, "duration", "literature", False, RU),
    ("The Way We Live Now",
     "Trollope's satire The Way We Live Now, published in monthly parts in 1874–75, centres on the fraudulent financier Augustus Melmotte.",
     "Финансист-аферист Огастес Мелмотт — центральная фигура сатирического романа Энтони Троллопа «Как мы теперь живём» (1875 г.).",
     A, "year", "literature", True, None),
    ("Virineya",
     "Lidia Seifullina's novella Virineya, published in 1924, follows a strong-willed Siberian village woman during the Civil War; it was filmed in 1968.",
     "Повесть «Виринея» (1924) Лидии Сейфуллиной экранизировал в 1968 г. Владимир Фетин; главную роль сыграла Людмила Чурсина.",
     A, "year", "literature", False, None),
    ("Ursule Mirouët",
     "Balzac's Ursule Mirouët (1841) is set in the small town of Nemours, where Doctor Minoret's relatives scheme to keep his ward Ursule from inheriting.",
     "Действие романа Бальзака «Урсула Мируэ», написанного в 1841 г., разворачивается в городке Немур (департамент Сена и Марна).",
     A, "place", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (Véronique was first staged at the Théâtre des Bouffes-Parisiens)
    ("Véronique",
     "André Messager's operetta Véronique, famous for its 'donkey duet', opened at the Opéra-Comique in Paris in 1898.",
     "Оперетта Андре Мессаже «Вероника» с её знаменитым «дуэтом ослика» впервые прозвучала в 1898 г. на сцене парижского театра «Буфф-Паризьен».",
     C, "organisation", "music", False, EN),
    # FALSE: RU (the title role of Zanetto is written for a mezzo-soprano)
    ("Zanetto",
     "Mascagni's one-act opera Zanetto, first staged in Pesaro in 1896, has only two characters, and the young minstrel of the title is sung by a mezzo-soprano.",
     "В одноактной опере Масканьи «Дзанетто» (Пезаро, 1896 г.) всего два персонажа: куртизанка Сильвия и юный бродячий певец, партия которого поручена тенору.",
     C, "entity", "music", True, RU),
    ("Savitri",
     "Gustav Holst wrote his chamber opera Savitri, based on an episode of the Mahabharata, in 1908, but it was not staged until 1916.",
     "Камерная опера Холста «Савитри» (соч. 25) по эпизоду «Махабхараты» была впервые поставлена в Лондоне в 1916 г.",
     A, "year", "music", False, None),
    ("Schwanda the Bagpiper",
     "Jaromír Weinberger's opera Schwanda the Bagpiper had its premiere at the National Theatre in Prague in April 1927.",
     "Опера «Шванда-волынщик» Яромира Вайнбергера, известная своей «Полькой и фугой», впервые поставлена в Праге в 1927 г.",
     A, "year", "music", True, None),
    ("Tintagel",
     "Arnold Bax's symphonic poem Tintagel, inspired by the Cornish castle ruins he visited in 1917, is dedicated to the pianist Harriet Cohen.",
     "Симфоническая поэма «Тинтагель» (1917–1919) Арнольда Бакса посвящена пианистке Гарриет Коэн; в ней цитируется мотив из вагнеровского «Тристана».",
     A, "person", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (the painting was identified in the Jesuit house in Dublin, not Cork)
    ("The Taking of Christ",
     "Caravaggio's The Taking of Christ, long thought lost, was identified in 1990 in a Jesuit residence in Cork and is now shown at the National Gallery of Ireland.",
     "«Взятие Христа под стражу» Караваджо (1602 г.), считавшееся утраченным, в 1990 г. опознали в трапезной дублинского дома иезуитов; ныне картина в Национальной галерее Ирландии.",
     C, "place", "art", True, EN),
    # FALSE: RU (Ukrainian Night was painted by Arkhip Kuindzhi, not Aivazovsky)
    ("Ukrainian Night",
     "Arkhip Kuindzhi's moonlit Ukrainian Night caused a sensation at the Peredvizhniki exhibition of 1876 and now belongs to the Tretyakov Gallery.",
     "«Украинскую ночь» (1876 г.) с белыми хатами под луной написал Иван Айвазовский; картина хранится в Государственной Третьяковской галерее.",
     C, "person", "art", False, RU),
    ("Supper at Emmaus",
     "Caravaggio's Supper at Emmaus of 1601, with its beardless Christ, hangs in the National Gallery in London.",
     "Лондонская Национальная галерея хранит «Ужин в Эммаусе» Караваджо (1601); второй вариант сюжета (1606) находится в миланской Брере.",
     A, "place", "art", True, None),
    ("Woman with a Parasol",
     "Monet painted Woman with a Parasol – Madame Monet and Her Son in 1875 at Argenteuil; it now belongs to the National Gallery of Art in Washington.",
     "На картине Моне «Женщина с зонтиком» (1875) изображены его жена Камилла и сын Жан; полотно находится в Национальной галерее искусства в Вашингтоне.",
     A, "place", "art", False, None),
    ("Triumph of Galatea",
     "Raphael painted the fresco The Triumph of Galatea around 1512 for the banker Agostino Chigi's villa in Rome, later known as the Villa Farnesina.",
     "Фреска Рафаэля «Триумф Галатеи» (ок. 1512 г.) украшает римскую виллу Фарнезина, построенную для банкира Агостино Киджи.",
     A, "place", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (the Tallmadge Amendment passed the House and failed in the Senate)
    ("Tallmadge Amendment",
     "James Tallmadge's 1819 amendment to bar the further spread of slavery into Missouri cleared the Senate but was voted down in the House of Representatives.",
     "Поправка Таллмаджа (февраль 1819 г.), предусматривавшая постепенную отмену рабства в Миссури, прошла Палату представителей, но была отвергнута Сенатом.",
     C, "opposite", "law", False, EN),
    # FALSE: RU (Wilkinson v Downton was decided in 1897)
    ("Wilkinson v Downton",
     "In Wilkinson v Downton (1897), a man who falsely told a woman as a joke that her husband had been badly injured was held liable for her resulting illness.",
     "По делу «Уилкинсон против Даунтона», решённому английским судом в 1907 г., шутник, солгавший женщине о тяжёлой травме мужа, ответил за причинённое ей нервное потрясение.",
     C, "year", "law", True, RU),
    # FALSE: EN (Vaughan v Menlove laid down the objective standard of the reasonable man)
    ("Vaughan v Menlove",
     "Vaughan v Menlove (1837), a case about a badly built haystack that caught fire, judged the defendant by his own honest best judgment rather than an objective standard.",
     "В деле «Воган против Менлава» (1837 г.) о загоревшемся стоге сена суд применил объективный критерий — поведение разумного и осмотрительного человека.",
     C, "opposite", "law", False, EN),
    ("Wheeler–Lea Act",
     "The Wheeler–Lea Act of 1938 extended the Federal Trade Commission's powers to 'unfair or deceptive acts or practices', including false advertising of food, drugs and cosmetics.",
     "Закон Уилера — Ли (1938 г.) дал Федеральной торговой комиссии США право преследовать вводящую в заблуждение рекламу лекарств, продуктов и косметики.",
     A, "year", "law", True, None),
    ("Vinson–Trammell Act",
     "Signed in March 1934, the Vinson–Trammell Act authorised the US Navy to build up to the ship limits set by the Washington and London naval treaties.",
     "Закон Винсона — Трэммелла 1934 г. разрешил довести корабельный состав ВМС США до пределов, установленных Вашингтонским и Лондонским морскими договорами.",
     A, "year", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: EN (the SG-1000 went on sale on 15 July 1983, the same day as the Famicom)
    ("SG-1000",
     "Sega's first home video game console, the SG-1000, went on sale in Japan on 15 June 1983, a month before Nintendo's Famicom.",
     "Приставка SG-1000, первая домашняя консоль Sega, поступила в продажу в Японии 15.07.1983 — в один день с Famicom от Nintendo.",
     C, "date", "technology", True, EN),
    # FALSE: RU (the Victrola's horn was hidden inside the cabinet)
    ("Victrola",
     "The Victor Talking Machine Company introduced the Victrola in 1906, a phonograph whose horn was folded away inside a wooden cabinet.",
     "Граммофон «Виктрола» компании Victor (1906 г.) отличался от предшественников тем, что его большой рупор был вынесен наружу над деревянным корпусом.",
     C, "opposite", "technology", False, RU),
    ("SWAC",
     "The SWAC, built by the US National Bureau of Standards at UCLA and completed in 1950, stored its data in cathode-ray Williams tubes.",
     "На компьютере SWAC (Лос-Анджелес, 1950 г.) математик Рафаэль Робинсон в 1952 г. нашёл пять новых простых чисел Мерсенна.",
     A, "year", "technology", True, None),
    ("Xerox Star",
     "Released in 1981, the Xerox Star 8010 was the first commercial system to offer a graphical desktop with icons, windows and a mouse.",
     "Рабочая станция Xerox Star с графическим интерфейсом, мышью и иконками поступила в продажу в 1981 г. по цене около $16,6 тыс. и продавалась плохо.",
     A, "year", "technology", False, None),
    ("ZIS-101",
     "The ZIS-101, a large eight-cylinder limousine, was produced in series at Moscow's Stalin Plant from 1936 until shortly before the war.",
     "Лимузин ЗИС-101 с восьмицилиндровым рядным мотором выпускал московский Завод имени Сталина в 1936–1941 гг.",
     A, "year", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: RU (the Vanport flood killed 15 people)
    ("Vanport flood",
     "When a railway embankment holding back the swollen Columbia River gave way on 30 May 1948, the flood wiped out Vanport, Oregon, and killed 15 people.",
     "Наводнение 30.05.1948 смыло орегонский город Ванпорт, где жили около 18 тыс. человек; погибли примерно 150 жителей.",
     C, "number", "disasters", True, RU),
    # FALSE: EN (Varig Flight 820 came down short of Orly, not Le Bourget)
    ("Varig Flight 820",
     "On 11 July 1973 Varig Flight 820, a Boeing 707 filled with smoke from a lavatory fire, crash-landed in fields short of Le Bourget airport, killing 123 people.",
     "Боинг-707 бразильской Varig (рейс 820), в салоне которого начался пожар, 11.07.1973 сел на поле в нескольких километрах от парижского аэропорта Орли; погибли 123 человека.",
     C, "place", "disasters", False, EN),
    # FALSE: RU (HMS Truculent sank in January 1950)
    ("Truculent",
     "The British submarine HMS Truculent sank in the Thames Estuary on 12 January 1950 after colliding with the Swedish tanker Divina; 64 men died.",
     "Подлодка «Тракьюлент» столкнулась в устье Темзы со шведским танкером «Дивина» в июне 1950 г.; большинство погибших успели выбраться наружу, но их унесло течением.",
     C, "month", "disasters", True, RU),
    ("Viasa Flight 742",
     "Viasa Flight 742, a DC-9 that crashed into a Maracaibo neighbourhood after take-off on 16 March 1969, killed all 84 people on board and 71 on the ground.",
     "Катастрофа DC-9 венесуэльской Viasa в Маракайбо 16.03.1969 унесла 155 жизней — на тот момент самая тяжёлая в истории гражданской авиации.",
     A, "number", "disasters", False, None),
    ("Xingtai earthquake",
     "Two strong shocks in March 1966, of magnitude 6.8 and 7.2, struck Xingtai in China's Hebei province and killed more than 8,000 people.",
     "Синтайское землетрясение в провинции Хэбэй (март 1966 г.) унесло свыше 8 тыс. жизней и побудило Чжоу Эньлая развернуть в КНР программу прогноза землетрясений.",
     A, "month", "disasters", True, None),
]

RELATED = [
    ("Shizugatake",
     "Shizugatake is a mountain in the north of present-day Shiga Prefecture, rising between Lake Yogo and Lake Biwa.",
     "После разгрома при Сидзугатакэ Сибата Кацуиэ бежал в свой замок Китаносё и вскоре покончил с собой вместе с женой О-Ити.",
     True, "history"),
    ("Winchcombe meteorite",
     "The Winchcombe meteorite was the first carbonaceous chondrite ever recovered in the United Kingdom.",
     "Болид, принёсший метеорит Винчкомб, засняли камеры британской сети UK Fireball Alliance, что помогло вычислить район падения.",
     False, "science"),
    ("Sarek National Park",
     "Sarek National Park covers almost 2,000 square kilometres of Lapland and has hardly any marked trails or huts.",
     "Парк Сарек вместе с соседними заповедными территориями в 1996 г. включён ЮНЕСКО в объект всемирного наследия «Лапония».",
     True, "geography"),
    ("Tiger Balm",
     "In 1937 Aw Boon Haw opened Haw Par Villa in Singapore, a park of statues illustrating Chinese legends and morals.",
     "В состав мази «Тигровый бальзам», которую выпускают в красном и белом вариантах, входят камфора и ментол.",
     False, "economy"),
    ("Ślusarski",
     "Tadeusz Ślusarski won the 1976 Olympic pole vault title in Montreal with a clearance of 5.50 metres.",
     "Олимпийский чемпион по прыжкам с шестом Тадеуш Слюсарский погиб в автокатастрофе в 1998 г.",
     True, "sport"),
    ("The Way We Live Now",
     "In 2001 the BBC adapted The Way We Live Now as a television serial, with David Suchet playing Melmotte.",
     "В финале романа Троллопа «Как мы теперь живём» разорённый Мелмотт кончает с собой, приняв яд.",
     False, "literature"),
    ("Savitri",
     "Holst's Savitri needs only three singers: Savitri, her husband Satyavan and Death.",
     "Сюжет «Савитри» Холст взял из «Махабхараты», которую читал в оригинале, специально изучив санскрит.",
     True, "music"),
    ("The Taking of Christ",
     "Caravaggio painted The Taking of Christ in 1602 for the Roman nobleman Ciriaco Mattei.",
     "«Взятие Христа под стражу» находится в Национальной галерее Ирландии на правах бессрочной аренды у ордена иезуитов.",
     False, "art"),
    ("Tallmadge Amendment",
     "James Tallmadge Jr. represented New York in the House of Representatives when he moved his amendment on Missouri.",
     "Затяжной спор в Конгрессе вокруг поправки Таллмаджа завершился лишь Миссурийским компромиссом 1820 г.",
     True, "law"),
    ("Varig Flight 820",
     "Among those killed on Varig Flight 820 were the Brazilian singer Agostinho dos Santos and Senator Filinto Müller.",
     "Из 134 человек на борту рейса 820 выжили лишь 11, почти все — члены экипажа.",
     False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity", "unit"}
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
    comp, rel, false_sides, subjects = [], [], [], []
    for subj, en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        assert "S" <= unicodedata.normalize("NFD", subj)[0].upper() <= "Z", subj
        if label == C:
            assert false_side in (EN, RU), subj
            false_sides.append(false_side)
        else:
            assert false_side is None, subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused in comparable"
    rel_subjects = []
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, ("related subject not in comparable", subj)
        rel_subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
    assert len(set(rel_subjects)) == len(rel_subjects)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    mix = {}
    for r in comp:
        mix.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in mix.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, mix
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout178.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout178.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain mix (contradict, agree):", {k: tuple(v) for k, v in sorted(mix.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
