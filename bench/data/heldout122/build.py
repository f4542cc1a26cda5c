#!/usr/bin/env python3
"""Build heldout122: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Austrians under Radetzky won at Novara; the Piedmontese lost)
    ("On 23 March 1849 Field Marshal Radetzky's Austrian army routed the Piedmontese at Novara, and that evening King Charles Albert abdicated in favour of his son Victor Emmanuel II.",
     "Сражение при Новаре 23.03.1849 завершилось победой сардинской армии, отбросившей австрийские войска старого фельдмаршала Радецкого за Тичино.",
     C, "opposite", "history", True),
    # FALSE: EN (Okehazama was fought in June 1560, i.e. in the 16th century)
    ("The Battle of Okehazama, in which Oda Nobunaga's few thousand men ambushed and killed the warlord Imagawa Yoshimoto, was fought in the early seventeenth century.",
     "В июне 1560 г. у Окэхадзамы (провинция Овари) небольшой отряд Оды Нобунаги внезапно напал на ставку Имагавы Ёсимото; сам Ёсимото был убит.",
     C, "century", "history", False),
    # FALSE: RU (the king killed at Svolder was Olaf Tryggvason; Olaf the Saint fell at Stiklestad in 1030)
    ("King Olaf Tryggvason of Norway lost his life at the naval Battle of Svolder in September 1000, leaping overboard from his flagship, the Long Serpent.",
     "В морской битве при Свольдере (сентябрь 1000 г.) погиб норвежский король Олаф Святой, бросившийся в море со своего корабля «Длинный змей».",
     C, "person", "history", True),
    ("In 507 the Frankish king Clovis defeated the Visigoths near Vouillé, north-west of Poitiers, and their king Alaric II fell in the battle.",
     "Разгромив вестготов при Вуйе (507 г.), где пал их король Аларих II, Хлодвиг присоединил к франкскому королевству большую часть Аквитании.",
     A, "person", "history", True),
    ("On 6 August 1623 Tilly's Catholic League army destroyed the Protestant force of Christian of Brunswick at Stadtlohn, a few miles from the Dutch border.",
     "В августе 1623 г. у Штадтлона, в Вестфалии, войска Католической лиги под командованием Тилли наголову разбили армию Христиана Брауншвейгского.",
     A, "date", "history", False),
    # ---------------- science ----------------
    # FALSE: EN (Olah received the Chemistry prize for 1994)
    ("George Olah, who left Hungary after 1956 and later worked at the University of Southern California, won the 1996 Nobel Prize in Chemistry for carbocation research.",
     "Нобелевскую премию по химии за 1994 год единолично получил американский химик венгерского происхождения Джордж Ола — за исследования карбокатионов.",
     C, "year", "science", False),
    # FALSE: RU (the fractional quantum Hall effect was found at Bell Laboratories)
    ("Working at Bell Laboratories in 1982, Horst Störmer and Daniel Tsui discovered the fractional quantum Hall effect, which earned them a share of the 1998 Nobel Prize in Physics.",
     "Дробный квантовый эффект Холла Хорст Штёрмер и Дэниел Цуи открыли в 1982 г. в лабораториях компании IBM; Нобелевскую премию по физике они получили в 1998-м.",
     C, "organisation", "science", True),
    # FALSE: EN (the 1996 prize was for superfluidity in helium-3)
    ("Douglas Osheroff, then a graduate student at Cornell, shared the 1996 Nobel Prize in Physics with David Lee and Robert Richardson for discovering superfluidity in helium-4.",
     "Нобелевская премия по физике 1996 г. досталась Дугласу Ошероффу, Дэвиду Ли и Роберту Ричардсону, открывшим сверхтекучесть гелия-3.",
     C, "entity", "science", False),
    ("Charles Pedersen, a DuPont chemist born in Busan, Korea, discovered the crown ethers in 1967 and shared the 1987 Nobel Prize in Chemistry.",
     "Лауреат Нобелевской премии по химии 1987 г. (вместе с Д. Крамом и Ж.-М. Леном) Чарльз Педерсен синтезировал первые краун-эфиры, работая в компании «Дюпон».",
     A, "year", "science", False),
    ("The 1982 Nobel Prize in Physiology or Medicine went to Sune Bergström, Bengt Samuelsson and John Vane for their discoveries concerning prostaglandins.",
     "Шведский биохимик Бенгт Самуэльссон, профессор Каролинского института, стал нобелевским лауреатом 1982 г. за исследования простагландинов.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (Nettilling is the largest lake on Baffin Island; Amadjuak is second)
    ("Nettilling Lake, covering about 5,500 km² in the south of Baffin Island, is the largest lake on the island.",
     "Озеро Неттиллинг площадью около 5,5 тыс. км² — лишь второе по величине озеро Баффиновой Земли после Амаджуака.",
     C, "rank", "geography", True),
    # FALSE: EN (Slieve Donard is 850 m high)
    ("Slieve Donard in the Mourne Mountains, the highest peak in Northern Ireland, rises to 950 metres above the town of Newcastle, County Down.",
     "Высшая точка Северной Ирландии — гора Слив-Донард (850 м) в горах Морн, у курортного городка Ньюкасл в графстве Даун.",
     C, "number", "geography", False),
    # FALSE: RU (Strokkur erupts every 6-10 minutes)
    ("Strokkur, a fountain geyser in Iceland's Haukadalur valley, erupts every six to ten minutes, usually sending water 15–20 metres high.",
     "Гейзер Строккюр в долине Хёйкадалюр на юго-западе Исландии извергается примерно раз в два часа, выбрасывая струю воды на 15–20 м.",
     C, "duration", "geography", True),
    ("The Pasterze, lying at the foot of the Grossglockner in the Hohe Tauern, is the longest glacier in Austria, although it has been shrinking rapidly.",
     "Крупнейший ледник Австрии — Пастерце длиной около 8 км — спускается с массива Гросглокнера и в последние десятилетия быстро отступает.",
     A, "rank", "geography", False),
    ("Mount Meru, a dormant volcano in Arusha National Park, reaches 4,562 metres and is the second-highest mountain in Tanzania after Kilimanjaro.",
     "Вулкан Меру высотой около 4,6 км, расположенный в национальном парке Аруша примерно в 70 км от Килиманджаро, — вторая по высоте гора Танзании.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Weihenstephan traces its brewing to 1040, i.e. the 11th century)
    ("The Weihenstephan brewery in Freising, Bavaria, traces its brewing licence to 1040 and calls itself the oldest working brewery in the world.",
     "Пивоварня Вайенштефан во Фрайзинге, считающая себя старейшей действующей пивоварней мира, ведёт свою историю с XIV века.",
     C, "century", "economy", True),
    # FALSE: EN (Underberg has been made since 1846)
    ("Hubert Underberg began producing his herbal digestif bitter in Rheinberg on the Lower Rhine in the 1880s.",
     "Травяной биттер «Андерберг» выпускается с 1846 г.: рецепт создал Хуберт Андерберг в городе Райнберг на Нижнем Рейне.",
     C, "decade", "economy", False),
    ("According to company tradition, the recipe for Unicum was created in 1790 by Dr József Zwack, physician to the Habsburg court.",
     "Венгерский травяной ликёр «Уникум» (более 40 трав) ведёт историю с 1790 г., когда придворный врач Йожеф Цвак поднёс его императору Иосифу II.",
     A, "year", "economy", False),
    ("Montblanc was founded in Hamburg in 1906, and the figure 4810 engraved on its nibs is the height of Mont Blanc in metres.",
     "Гамбургская фирма Montblanc, основанная в 1906 году, с 1924 г. выпускает ручки Meisterstück, а на её перьях выгравировано число 4810.",
     A, "year", "economy", True),
    ("Royal Doulton began in 1815 as a small stoneware pottery in Lambeth, London, and received its royal warrant from Edward VII in 1901.",
     "Керамическая компания Royal Doulton ведёт историю от гончарной мастерской, открытой в лондонском районе Ламбет в 1815 году.",
     A, "place", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Plante first wore his mask in a game on 1 November 1959)
    ("On 1 November 1959, after a shot by Andy Bathgate cut his face at Madison Square Garden, Montreal goaltender Jacques Plante returned wearing a fibreglass mask.",
     "Вратарь «Монреаль Канадиенс» Жак Плант впервые вышел на лёд в маске 1 января 1959 г., когда его лицо рассекла шайба Энди Батгейта.",
     C, "date", "sport", True),
    # FALSE: EN (Sivori played for Juventus)
    ("Omar Sívori, the Argentine-born forward who won the 1961 Ballon d'Or, was then playing for Internazionale in Milan.",
     "Обладатель «Золотого мяча» 1961 г. Омар Сивори, выходец из Аргентины, выступал тогда за туринский «Ювентус».",
     C, "organisation", "sport", False),
    # FALSE: EN (Martinez beat Martina Navratilova in the 1994 final)
    ("In the 1994 Wimbledon final Conchita Martínez beat Steffi Graf in three sets, becoming the first Spanish woman to win the singles title.",
     "В финале Уимблдона-1994 Кончита Мартинес в трёх сетах обыграла 37-летнюю Мартину Навратилову и стала первой испанкой — чемпионкой турнира.",
     C, "person", "sport", True),
    ("At the 1956 Melbourne Olympics, the 17-year-old Murray Rose won three gold medals: the 400 and 1500 m freestyle and the 4×200 m relay.",
     "Австралийский пловец Мюррей Роуз стал трёхкратным олимпийским чемпионом на домашних Играх-1956 в Мельбурне, когда ему было всего 17 лет.",
     A, "number", "sport", True),
    ("Danish forward Allan Simonsen of Borussia Mönchengladbach was voted European Footballer of the Year in 1977.",
     "«Золотой мяч» 1977 г. достался датчанину Аллану Симонсену, нападающему мёнхенгладбахской «Боруссии».",
     A, "organisation", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Saint Lucy's Day is 13 December)
    ("On Saint Lucy's Day, 13 December, Swedish girls in white gowns and crowns of candles lead processions, and saffron buns called lussekatter are served.",
     "В День святой Люсии, который в Швеции празднуют 6 декабря, процессию возглавляет девушка в белом платье и венце из свечей.",
     C, "date", "culture", False),
    # FALSE: EN (Chingam falls in August-September)
    ("Onam, the harvest festival of Kerala, falls in the Malayalam month of Chingam, which corresponds to December and January.",
     "Онам — главный праздник урожая в Керале — отмечают в августе или сентябре, в малаяльский месяц чингам.",
     C, "month", "culture", True),
    ("Every Easter Sunday in Florence, during the Scoppio del Carro, a dove-shaped rocket lit at the cathedral altar flies along a wire and sets off fireworks on an ornate cart.",
     "Во время флорентийского обряда Скоппио дель Карро («взрыв повозки») пасхальным утром ракета-«голубка», зажжённая в соборе Санта-Мария-дель-Фьоре, поджигает фейерверк на старинной повозке.",
     A, "date", "culture", True),
    ("Madrid's Teatro Real, facing the Royal Palace across the Plaza de Oriente, was inaugurated by Queen Isabella II on 19 November 1850.",
     "Мадридский оперный театр «Театро Реал» открылся в ноябре 1850 г.; после долгой реконструкции он вновь принял зрителей в 1997-м.",
     A, "date", "culture", False),
    ("Nestinarstvo, the barefoot fire-dancing of the Strandzha village of Bulgari, was inscribed on UNESCO's intangible heritage list in 2009.",
     "В 2009 г. ЮНЕСКО включило в список нематериального наследия нестинарство — танцы босиком на раскалённых углях в болгарском селе Булгари (Странджа).",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Der Schimmelreiter appeared in 1888)
    ("Der Schimmelreiter, Theodor Storm's novella about the dike reeve Hauke Haien on the North Frisian coast, appeared in 1888, the year of his death.",
     "Новелла Теодора Шторма «Всадник на белом коне» о смотрителе дамб Хауке Хайене вышла в свет в 1860-е годы.",
     C, "decade", "literature", False),
    # FALSE: EN (Timur and His Squad was published in 1940)
    ("Arkady Gaidar's Timur and His Squad, the story that launched the Soviet Timurite movement, was first published in 1948.",
     "Повесть Аркадия Гайдара «Тимур и его команда» печаталась в «Пионерской правде» в 1940 г.; тогда же вышел и одноимённый фильм.",
     C, "year", "literature", True),
    ("H. G. Wells's Tono-Bungay (1909) is narrated by George Ponderevo, whose uncle grows rich by selling a worthless patent medicine.",
     "В романе Уэллса «Тоно-Бенге», вышедшем отдельной книгой в 1909 г., дядя рассказчика сколачивает состояние на сомнительном патентованном снадобье.",
     A, "year", "literature", False),
    ("Charles Kingsley's The Water-Babies, the tale of the young chimney sweep Tom, was serialised in Macmillan's Magazine before appearing as a book in 1863.",
     "Сказка Чарльза Кингсли «Дети воды» о маленьком трубочисте Томе вышла отдельным изданием в 1863 году.",
     A, "year", "literature", True),
    ("Heinrich von Kleist's novella Michael Kohlhaas, published in full in 1810, follows a horse dealer from Brandenburg who takes the law into his own hands.",
     "Герой новеллы Клейста «Михаэль Кольхаас» (1810) — бранденбургский барышник, ставший из жажды справедливости разбойником и поджигателем.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Robert le diable was first staged on 21 November 1831)
    ("Meyerbeer's Robert le diable, set to a libretto by Scribe and Delavigne, was first staged at the Paris Opéra in March 1831.",
     "Премьера оперы Мейербера «Роберт-дьявол» состоялась в Парижской опере 21 ноября 1831 г.",
     C, "month", "music", False),
    # FALSE: EN (the performance was at La Monnaie in Brussels)
    ("A performance of Auber's La muette de Portici in Antwerp on 25 August 1830 set off the uprising that led to Belgian independence.",
     "25 августа 1830 г. спектакль «Немая из Портичи» Обера в брюссельском театре «Ла Монне» стал искрой Бельгийской революции.",
     C, "place", "music", True),
    # FALSE: RU (the theme comes from Schubert's own song Der Wanderer)
    ("Schubert wrote his Wanderer Fantasy in C major, D 760, in 1822, building it on a melody from his own song Der Wanderer.",
     "Фортепианная фантазия Шуберта «Скиталец» (1822) построена на мелодии из песни Бетховена «Странник».",
     C, "person", "music", False),
    ("Arvo Pärt composed Spiegel im Spiegel, a slow piece for piano and violin in his tintinnabuli style, in 1978.",
     "Пьеса «Зеркало в зеркале» для скрипки и фортепиано написана Арво Пяртом в 1978 г., незадолго до его отъезда из Эстонии.",
     A, "year", "music", True),
    ("The ballet Paquita, choreographed by Joseph Mazilier to music by Édouard Deldevez, was first given at the Paris Opéra in April 1846.",
     "Балет «Пахита» (хореография Жозефа Мазилье) впервые показали в Париже 1 апреля 1846 г.; главную партию танцевала Карлотта Гризи.",
     A, "date", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Simone Martini died in Avignon)
    ("The Sienese painter Simone Martini, author of the Maestà fresco in Siena's Palazzo Pubblico, died in Naples in 1344.",
     "Сиенский мастер Симоне Мартини, автор «Маэсты» в Палаццо Пубблико, умер в 1344 г. в Авиньоне, где находился папский двор.",
     C, "place", "art", True),
    # FALSE: RU (the portrait dates from 1701)
    ("Hyacinthe Rigaud painted his celebrated full-length portrait of Louis XIV in coronation robes in 1701; the original hangs in the Louvre.",
     "Знаменитый парадный портрет Людовика XIV в коронационной мантии Иасинт Риго написал в 1711 г.",
     C, "year", "art", False),
    ("Guido Reni's ceiling fresco Aurora, completed in 1614, decorates a garden pavilion of the Palazzo Pallavicini-Rospigliosi in Rome.",
     "Плафон «Аврора» (1614) болонский живописец Гвидо Рени написал для садового павильона римского палаццо Паллавичини-Роспильози.",
     A, "year", "art", True),
    ("Nicknamed 'Robert des Ruines' for his views of ancient remains, Hubert Robert was imprisoned during the Terror in 1793–94 and escaped the guillotine.",
     "Юбера Робера, прозванного «Робером руин», арестовали в 1793 г., однако он пережил якобинский террор и позднее работал хранителем Лувра.",
     A, "year", "art", False),
    ("Frans Post, who sailed with Count Johan Maurits of Nassau to Dutch Brazil in 1637, was the first European artist to paint landscapes of the Americas.",
     "Голландец Франс Пост прожил в Бразилии около семи лет (1637–1644) в свите графа Иоганна Морица Нассау-Зигенского, став первым европейским пейзажистом Нового Света.",
     A, "person", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (Austria was raised to a duchy, not a kingdom)
    ("By the Privilegium Minus of September 1156, Frederick Barbarossa raised Austria from a margraviate to a kingdom for Henry Jasomirgott.",
     "Грамотой Privilegium Minus (17 сентября 1156 г.) Фридрих I Барбаросса возвёл маркграфство Австрию в ранг герцогства, пожалованного Генриху Язомирготту.",
     C, "entity", "law", False),
    # FALSE: RU (the quota was 105 a year)
    ("The Magnuson Act of December 1943 repealed the Chinese Exclusion Act, though it allowed only 105 Chinese immigrants a year into the United States.",
     "Закон Магнусона (1943), отменивший запрет на иммиграцию китайцев в США, устанавливал для них квоту в 1050 человек в год.",
     C, "number", "law", True),
    ("Emperor Joseph II's Patent of Toleration, issued on 13 October 1781, allowed Lutherans, Calvinists and Orthodox Christians to worship privately in the Habsburg lands.",
     "Патент о веротерпимости Иосифа II (октябрь 1781 г.) разрешил некатоликам — лютеранам, кальвинистам и православным — частное отправление богослужений.",
     A, "date", "law", False),
    ("In Stilk v Myrick (1809) Lord Ellenborough held that sailors could not claim extra wages promised for doing no more than their existing duty.",
     "По делу «Стилк против Майрика» (1809) суд отказал матросу во взыскании обещанной капитаном прибавки: работа за двоих дезертиров уже входила в его обязанности.",
     A, "year", "law", True),
    ("The Wade–Davis Bill of 1864, which demanded that half of a Confederate state's white men swear loyalty before readmission, was pocket-vetoed by Lincoln.",
     "Президент Линкольн не подписал законопроект Уэйда — Дейвиса (1864), требовавший присяги от 50 % белых мужчин мятежного штата, применив «карманное вето».",
     A, "number", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (the mast collapsed on 8 August 1991)
    ("The Warsaw radio mast at Konstantynów, 646 metres tall and completed in 1974, was the world's tallest structure until it collapsed on 8 August 1991.",
     "Варшавская радиомачта в Константынуве высотой 646 м, долго остававшаяся высочайшим сооружением мира, рухнула в конце 1970-х годов.",
     C, "decade", "technology", False),
    # FALSE: EN (paternoster cabins move continuously without stopping)
    ("A paternoster is a passenger lift whose open cabins halt at every floor and wait there until the passengers have stepped in.",
     "Патерностер — лифт непрерывного действия: его открытые кабины без остановок движутся по кругу, и пассажиры входят и выходят на ходу.",
     C, "opposite", "technology", True),
    ("Magnus Volk opened his electric railway along the Brighton seafront on 4 August 1883; it is the oldest electric railway still operating.",
     "Электрическая железная дорога Магнуса Волка, открытая в 1883 г. на набережной Брайтона, считается старейшей действующей электрической дорогой в мире.",
     A, "year", "technology", True),
    ("Robert Maillart's Salginatobel Bridge near Schiers, a reinforced-concrete arch spanning about 90 metres, was completed in 1930.",
     "Железобетонный арочный мост через ущелье Сальгинатобель в кантоне Граубюнден построен в 1929–1930 гг. по проекту швейцарского инженера Роберта Майяра.",
     A, "person", "technology", False),
    ("The thaumatrope, a disc with a different picture on each side that merge when it is twirled on strings, was popularised in London in 1825.",
     "Тауматроп — диск с двумя рисунками (например, птица и клетка), сливающимися в одно изображение при быстром вращении, — появился в Англии в 1825 году.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (seven people died at Walkerton)
    ("In May 2000 the water supply of Walkerton, Ontario, was contaminated with E. coli; seven people died and about 2,300 fell ill.",
     "Заражение водопровода канадского городка Уолкертон кишечной палочкой в мае 2000 г. унесло жизни 70 человек.",
     C, "number", "disasters", False),
    # FALSE: EN (two people were killed at PEPCON)
    ("The explosions at the PEPCON ammonium perchlorate plant in Henderson, Nevada, on 4 May 1988 caused no deaths, although hundreds were injured.",
     "Серия взрывов на заводе PEPCON в Хендерсоне (Невада), выпускавшем перхлорат аммония для ракетного топлива, 4 мая 1988 г. унесла две жизни.",
     C, "polarity", "disasters", True),
    # FALSE: RU (Flight 232 crash-landed at Sioux City, Iowa)
    ("United Airlines Flight 232, a DC-10 crippled by the failure of its tail engine, crash-landed at Sioux City, Iowa, on 19 July 1989.",
     "19 июля 1989 г. лишившийся гидравлики DC-10 авиакомпании United (рейс 232) потерпел катастрофу при аварийной посадке в Омахе (штат Небраска).",
     C, "place", "disasters", False),
    ("The ferry Princess of the Stars, owned by Sulpicio Lines, capsized off Sibuyan Island in the Philippines during Typhoon Fengshen on 21 June 2008.",
     "Паром «Принцесса звёзд» компании Sulpicio Lines перевернулся 21.06.2008 у острова Сибуян во время тайфуна «Фэншэнь»; погибли сотни людей.",
     A, "date", "disasters", True),
    ("In September 1618 a landslide from Monte Conto buried the wealthy Alpine town of Plurs (Piuro), near Chiavenna, killing almost all its inhabitants.",
     "Богатый альпийский городок Плюрс близ Кьявенны был погребён оползнем в 1618 г.; погибли почти все его жители.",
     A, "year", "disasters", False),
]

RELATED = [
    ("After his defeat at Novara, Charles Albert went into exile in Portugal and died in Oporto a few months later.",
     "Победа при Новаре стала одним из последних триумфов 82-летнего фельдмаршала Йозефа Радецкого.",
     "Novara", True, "history"),
    ("George Olah was born in Budapest in 1927 and studied chemistry at the city's Technical University.",
     "Джордж Ола прославился работами по «сверхкислотам»; одну из них, смесь SbF5 и HSO3F, назвали «магической кислотой».",
     "Olah", False, "science"),
    ("Strokkur lies only a short walk from the Great Geysir, the hot spring that gave its name to all geysers.",
     "Гейзер Строккюр находится в геотермальной долине Хёйкадалюр, входящей в популярный туристический маршрут «Золотое кольцо».",
     "Strokkur", True, "geography"),
    ("Juventus signed Omar Sívori from River Plate in 1957 for a fee that was then a world record.",
     "Омар Сивори сыграл за сборную Италии на чемпионате мира 1962 года в Чили.",
     "Sivori", False, "sport"),
    ("During Onam, Kerala's rivers host vallam kali, races of long snake boats rowed by scores of oarsmen.",
     "По преданию, на Онам в Кералу ежегодно возвращается легендарный справедливый царь Махабали.",
     "Onam", True, "culture"),
    ("Kleist based Michael Kohlhaas on Hans Kohlhase, a Berlin merchant executed in 1540 after waging a private feud against Saxony.",
     "Новелла «Михаэль Кольхаас» открывает первый том «Повестей» Клейста, изданный в 1810 году.",
     "Michael Kohlhaas", False, "literature"),
    ("The ghostly ballet of the nuns in Robert le diable, led by Marie Taglioni, became one of the most famous scenes of Romantic ballet.",
     "Либретто большой оперы Мейербера «Роберт-дьявол» написали Эжен Скриб и Жермен Делавинь, брат драматурга Казимира Делавиня.",
     "Robert le diable", True, "music"),
    ("Simone Martini's Annunciation of 1333, painted with his brother-in-law Lippo Memmi, is now in the Uffizi in Florence.",
     "Фреска Симоне Мартини «Маэста» в сиенском Палаццо Пубблико датирована 1315 годом.",
     "Simone Martini", False, "art"),
    ("The Wade–Davis Bill was sponsored by Senator Benjamin Wade of Ohio and Representative Henry Winter Davis of Maryland.",
     "Вместо законопроекта Уэйда — Дейвиса Линкольн отстаивал более мягкий «план десяти процентов».",
     "Wade-Davis Bill", True, "law"),
    ("Of the 296 people aboard United Airlines Flight 232, 184 survived the crash landing at Sioux City.",
     "Самолётом рейса 232 командовал Альфред Хейнс, которому помогал оказавшийся на борту пилот-инструктор Деннис Фитч.",
     "United 232", False, "disasters"),
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
    rel_dom = {r[4] for r in RELATED}
    assert len(rel_dom) == 10
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout122.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout122.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
