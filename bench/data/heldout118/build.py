#!/usr/bin/env python3
"""Build heldout118: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Bredow's charge at Mars-la-Tour/Vionville was on 16 August 1870; 18 August is Gravelotte)
    ("On 18 August 1870, near Mars-la-Tour west of Metz, Major-General Adalbert von Bredow led his cavalry brigade in a charge later remembered as his 'death ride'.",
     "16.08.1870 под Марс-ла-Туром (Вионвилем) кавалерийская бригада генерала Адальберта фон Бредова совершила атаку, вошедшую в историю как «смертельная скачка фон Бредова».",
     C, "date", "history", True),
    # FALSE: RU (the Prussians took the Spicheren heights and Frossard's corps retreated)
    ("At Spicheren, just south of Saarbrücken, Prussian troops stormed the wooded heights on 6 August 1870 and forced General Charles Frossard's French II Corps to retreat.",
     "6 августа 1870 г. у Шпихерна (близ Форбаха) 2-й французский корпус генерала Фроссара отбросил штурмовавших высоты пруссаков и удержал свои позиции.",
     C, "opposite", "history", False),
    # FALSE: EN (the beaten Prussian I Corps was led by Adolf von Bonin; Steinmetz led V Corps at Nachod)
    ("At Trautenau in Bohemia on 27 June 1866, Ludwig von Gablenz's Austrian X Corps defeated the Prussian I Corps of General Karl Friedrich von Steinmetz.",
     "27 июня 1866 г. у Траутенау (ныне Трутнов) 10-й австрийский корпус фельдмаршал-лейтенанта Людвига фон Габленца разбил 1-й прусский корпус генерала Адольфа фон Бонина.",
     C, "person", "history", True),
    ("Fought near Augsburg in May 1648, Zusmarshausen was one of the last battles of the Thirty Years' War: Turenne's French and Wrangel's Swedes routed the imperial-Bavarian army.",
     "В сражении при Цусмарсхаузене 17.05.1648 франко-шведские войска одержали победу, а командующий имперской армией Петер Меландер, граф Хольцапфель, был смертельно ранен.",
     A, "year", "history", False),
    ("At Steenkerque in Hainaut, on 3 August 1692, the French army of Marshal the Duke of Luxembourg beat off a surprise attack by William III's allied forces.",
     "Сражение при Стенкерке (1692) выиграл французский маршал Франсуа-Анри де Монморанси, герцог Люксембург, отразивший внезапный удар союзной армии короля Вильгельма III.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Vredefort is the largest verified impact structure on Earth)
    ("The Vredefort structure south-west of Johannesburg, formed about two billion years ago, is the largest verified impact crater on Earth.",
     "Вредефорт в ЮАР — лишь второй по величине из достоверно установленных ударных кратеров Земли; его возраст превышает 2 млрд лет.",
     C, "rank", "science", False),
    # FALSE: RU (Manicouagan is in Quebec, not Ontario)
    ("The Manicouagan crater in Quebec, whose ring-shaped reservoir is easily seen from orbit, was created by an asteroid impact roughly 214 million years ago.",
     "Кольцевое водохранилище Маникуаган на севере провинции Онтарио заполняет ударный кратер, возникший примерно 214 млн лет назад, в позднем триасе.",
     C, "place", "science", True),
    # FALSE: EN (the Oklo natural reactors were discovered in 1972)
    ("The natural fission reactors at Oklo in Gabon were discovered in the 1950s, after French analysts found ore from the mine slightly depleted in uranium-235.",
     "Природный ядерный реактор Окло в Габоне обнаружили в 1972 г., когда французские специалисты заметили недостачу урана-235 в руде с этого месторождения.",
     C, "decade", "science", False),
    ("Quaoar, a trans-Neptunian world roughly 1,100 km across, was found in June 2002 by Chad Trujillo and Michael Brown at Palomar Observatory.",
     "Объект пояса Койпера (50000) Квавар открыт 4 июня 2002 г. Чедом Трухильо и Майклом Брауном; назван в честь божества-творца индейцев тонгва.",
     A, "year", "science", True),
    ("Wolf 359, a faint red dwarf in the constellation Leo, lies about 7.9 light-years from the Sun and is one of our nearest stellar neighbours.",
     "Красный карлик Вольф 359 в созвездии Льва удалён от Солнца примерно на 2,4 парсека; звезда носит имя немецкого астронома Макса Вольфа.",
     A, "number", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Cape Nordkinn is in northern Norway)
    ("Cape Nordkinn, also called Kinnarodden, on the Arctic coast of Finnish Lapland, is the northernmost point of the European mainland.",
     "Мыс Нордкин (Киннародден) на севере Норвегии — самая северная точка материковой Европы (около 71°08′ с. ш.).",
     C, "place", "geography", True),
    # FALSE: RU (Khuiten Peak is 4,374 m high)
    ("The Tavan Bogd massif, where the borders of Mongolia, China and Russia meet, culminates in Khüiten Peak (4,374 m), Mongolia's highest point.",
     "Высочайшая точка Монголии — пик Хуйтэн (4974 м) в массиве Таван-Богд, на стыке границ Монголии, Китая и России.",
     C, "number", "geography", False),
    # FALSE: RU (in most years the Shebelle does not reach the Indian Ocean)
    ("Rising in the Ethiopian Highlands, the Shebelle flows south-east into Somalia, passes close to Mogadishu and, in most years, never reaches the Indian Ocean.",
     "Шебели берёт начало на Эфиопском нагорье, пересекает Сомали неподалёку от Могадишо и ежегодно впадает в Индийский океан.",
     C, "polarity", "geography", True),
    ("The Usumacinta, whose middle course forms part of the border between Mexico and Guatemala, flows past the Maya ruins of Yaxchilán on its way to the Gulf of Mexico.",
     "Река Усумасинта течёт по Гватемале и Мексике, на значительном протяжении служа границей между ними, и впадает в Мексиканский залив.",
     A, "place", "geography", False),
    ("Lying roughly 560 kilometres east of Mauritius, the small volcanic island of Rodrigues is an autonomous outer island of that republic, administered from Port Mathurin.",
     "Родригес — вулканический остров в составе Маврикия примерно в 560 км к востоку от главного острова; административный центр — Порт-Матюрен.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Taketsuru founded the Yoichi company in 1934)
    ("Masataka Taketsuru, who had learned whisky-making in Scotland, founded the company that became Nikka in 1924 at Yoichi on Hokkaido.",
     "В 1934 г. Масатака Такэцуру основал в Ёити (Хоккайдо) фирму «Дай Ниппон Кадзю», позднее получившую название Nikka.",
     C, "year", "economy", False),
    # FALSE: RU (Pinkerton set up his agency in Chicago)
    ("Allan Pinkerton, a Scottish-born cooper turned detective, set up his private detective agency in Chicago around 1850.",
     "Частное сыскное агентство Пинкертона было основано шотландским эмигрантом Алланом Пинкертоном в Нью-Йорке в 1850 г.",
     C, "place", "economy", True),
    ("Noritake, the Japanese maker of porcelain tableware, was established in 1904 in the village of Noritake, now part of Nagoya, by the Morimura family's trading house.",
     "Компания Noritake (первоначально «Ниппон Токи Гомэй Кайся») основана в 1904 г. под Нагоей; её фарфор предназначался прежде всего для американского рынка.",
     A, "year", "economy", False),
    ("Confiserie Sprüngli traces its roots to 1836, when David Sprüngli and his son Rudolf took over a small confectionery in Zurich's old town.",
     "История цюрихской кондитерской «Шпрюнгли» начинается в 1836 году; сегодня её главное кафе находится на площади Парадеплац.",
     A, "year", "economy", True),
    ("Nikolai Shustov's Moscow firm, founded in 1863, made vodka and liqueurs before buying a brandy distillery in Yerevan at the end of the century.",
     "Московская фирма «Н. Шустов с сыновьями», основанная в 1863 г., выпускала водки и наливки, а позднее приобрела коньячный завод в Эривани.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Vardon won the Open six times)
    ("Harry Vardon of Jersey won the Open Championship a record seven times between 1896 and 1914 and also took the 1900 US Open.",
     "Гарри Вардон с острова Джерси — шестикратный победитель Открытого чемпионата Великобритании (1896–1914); этот рекорд до сих пор не побит.",
     C, "number", "sport", True),
    # FALSE: RU (Oh played his whole career for the Yomiuri Giants)
    ("Sadaharu Oh hit 868 home runs for the Yomiuri Giants between 1959 and 1980, still the record for any professional league.",
     "Садахару О, всю карьеру (1959–1980) отыгравший за «Хансин Тайгерс», выбил 868 хоум-ранов — рекорд для профессионального бейсбола.",
     C, "organisation", "sport", False),
    # FALSE: EN (Mangiarotti won the individual epee title at Helsinki 1952)
    ("Edoardo Mangiarotti, who collected 13 Olympic fencing medals, never won an individual Olympic title.",
     "Эдоардо Манджаротти завоевал 13 олимпийских медалей (из них 6 золотых), включая личное золото в шпаге на Играх в Хельсинки в 1952 г.",
     C, "polarity", "sport", True),
    ("Cy Young won 511 major-league games between 1890 and 1911, a total that is widely considered unbreakable.",
     "На счету питчера Сая Янга 511 побед в главной лиге — больше, чем у кого-либо; с 1956 г. его имя носит приз лучшему питчеру.",
     A, "number", "sport", True),
    ("At the 1920 Antwerp Olympics the Italian fencer Nedo Nadi won five gold medals, in all three weapons.",
     "Итальянец Недо Нади на Играх VII Олимпиады (Антверпен) стал пятикратным чемпионом: личная и командная рапира, личная и командная сабля, командная шпага.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (the first Yosakoi festival was held in 1954)
    ("The Yosakoi dance festival was first held in Kōchi in August 1954, partly to lift spirits during a post-war slump; dancers carry wooden naruko clappers.",
     "Танцевальный фестиваль ёсакои впервые прошёл в японском городе Коти в 1970-х годах; танцоры держат в руках деревянные трещотки наруко.",
     C, "decade", "culture", True),
    # FALSE: EN (Alcoy's Moors and Christians festival is held in April, around St George's day)
    ("Alcoy's Moors and Christians festival, held every September in honour of St George, re-enacts the town's defence against a Muslim attack in 1276.",
     "Праздник «Мавры и христиане» в Алькое проходит в апреле, в дни святого Георгия — покровителя города, якобы спасшего его в 1276 г.",
     C, "month", "culture", False),
    ("The Patum of Berga, a Catalan Corpus Christi festival with fire-spitting mule-dragons and giants, was proclaimed a UNESCO masterpiece of intangible heritage in 2005.",
     "Каталонский праздник Патум в городке Берга проходит в дни праздника Тела Христова; в 2005 г. ЮНЕСКО провозгласило его шедевром нематериального наследия.",
     A, "year", "culture", True),
    ("Every 15 May the town of Lucban in Quezon province holds the Pahiyas festival for San Isidro Labrador, patron of farmers, decking houses with coloured rice wafers.",
     "Пахияс — праздник урожая в филиппинском городке Лукбан, который отмечают 15.05, в день святого Исидора-землепашца; дома украшают разноцветными рисовыми лепёшками кипинг.",
     A, "date", "culture", False),
    ("Each January, during Basel's Vogel Gryff festival, the Wild Man drifts down the Rhine on a raft before dancing with the Griffin and the Lion.",
     "Фогель Грифф — январский праздник Малого Базеля: Дикий человек, Лев и Грифон танцуют на Среднем мосту, не поворачиваясь лицом к Большому Базелю.",
     A, "month", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Tartuffe was first performed in 1664, i.e. in the 17th century)
    ("Molière's Tartuffe was first performed before the court at Versailles on 12 May 1664, but pressure from churchmen kept it off the public stage until 1669.",
     "Впервые «Тартюф» Мольера был показан при дворе в Версале в XVIII веке, после чего пьесу на несколько лет запретили.",
     C, "century", "literature", False),
    # FALSE: EN (The Wild Duck premiered in Bergen on 9 January 1885)
    ("Ibsen's The Wild Duck, printed in Copenhagen in November 1884, first reached the stage in May 1885 at the theatre Den Nationale Scene in Bergen.",
     "Первая постановка «Дикой утки» Ибсена состоялась 9 января 1885 г. в Бергене, на сцене театра «Ден Национале Сцене».",
     C, "month", "literature", True),
    ("The Swiss Family Robinson was written by the Bernese pastor Johann David Wyss and published in 1812 by his son Johann Rudolf, a professor.",
     "Роман «Швейцарский Робинзон» (1812) сочинил пастор Иоганн Давид Висс, а издал его сын — бернский профессор Иоганн Рудольф Висс.",
     A, "person", "literature", False),
    ("Tove Jansson's first Moomin book, The Moomins and the Great Flood, came out in 1945; like all her Moomin stories it was written in Swedish.",
     "Муми-тролли впервые появились в повести Туве Янссон «Маленькие тролли и большое наводнение», изданной в Финляндии в 1945 г.",
     A, "year", "literature", True),
    ("Edward FitzGerald's Rubáiyát of Omar Khayyám, a free English rendering of Persian quatrains, first appeared anonymously in 1859 and at first sold hardly any copies.",
     "Вольный перевод рубаи Омара Хайяма, выполненный Эдвардом Фицджеральдом, вышел анонимно в 1859 г. и поначалу никакого успеха не имел.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Gautrot's patent for the sarrusophone dates from 1856)
    ("The sarrusophone, a metal double-reed instrument named after the French bandmaster Pierre-Auguste Sarrus, was patented by the Paris maker Pierre-Louis Gautrot in 1856.",
     "Саррусофон — металлический духовой инструмент с двойной тростью, запатентованный парижским мастером Готро в 1876 г. и названный в честь капельмейстера Сарруса.",
     C, "year", "music", True),
    # FALSE: EN (the ophicleide was displaced by the tuba)
    ("In the orchestra the ophicleide, a keyed brass instrument patented in Paris in 1821, was eventually displaced by the saxophone.",
     "Офиклеид — медный духовой инструмент с клапанами, запатентованный в Париже в 1821 г.; во второй половине XIX века его вытеснила туба.",
     C, "entity", "music", False),
    # FALSE: RU (the octobass was built by Jean-Baptiste Vuillaume)
    ("Jean-Baptiste Vuillaume built the octobass in Paris around 1850; the three-stringed giant stands about 3.5 metres tall and is stopped with levers and pedals.",
     "Октобас, трёхструнный гигант высотой около 3,5 м, построил около 1850 г. в Париже Адольф Сакс; струны прижимаются рычагами и педалями.",
     C, "person", "music", True),
    ("The ukulele was developed in Hawaii in the 1880s from small guitars brought over by Portuguese labourers from Madeira.",
     "Укулеле появилась на Гавайях в конце XIX века: её прообразом стала мадейрская гитарка машете, привезённая португальскими переселенцами в 1879 г.",
     A, "place", "music", True),
    ("Wilhelm Heckel's firm introduced the heckelphone, a baritone oboe sounding an octave below the oboe, in 1904; Richard Strauss soon used it in Salome.",
     "Геккельфон — баритоновый гобой, созданный фирмой Хеккеля в 1904 г.; одним из первых его ввёл в партитуру Рихард Штраус («Саломея», 1905).",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (the Ognissanti Madonna is in the Uffizi)
    ("Giotto's Ognissanti Madonna, painted around 1310 for the church of Ognissanti in Florence, now hangs in the Bargello museum.",
     "«Мадонна Оньиссанти» Джотто (около 1310 г.), написанная для флорентийской церкви Всех Святых, хранится в галерее Уффици.",
     C, "organisation", "art", False),
    # FALSE: RU (Vertumnus portrays Emperor Rudolf II)
    ("Arcimboldo's Vertumnus, painted around 1590–91, portrays Emperor Rudolf II as the Roman god of the seasons, built up from fruit, vegetables and flowers.",
     "Картина Арчимбольдо «Вертумн» изображает императора Максимилиана II в облике римского бога времён года, составленного из плодов, овощей и цветов.",
     C, "person", "art", True),
    ("The Rucellai Madonna, commissioned from Duccio in 1285 for Santa Maria Novella, was long attributed to Cimabue.",
     "Так называемая «Мадонна Ручеллаи» Дуччо (1285) веками считалась работой Чимабуэ; ныне она хранится в Уффици.",
     A, "person", "art", True),
    ("Masaccio's fresco The Tribute Money, painted in the 1420s, decorates the Brancacci Chapel in Florence's church of Santa Maria del Carmine.",
     "Фреска «Чудо со статиром» (ок. 1425) — одна из работ Мазаччо в капелле Бранкаччи флорентийской церкви Санта-Мария-дель-Кармине.",
     A, "place", "art", False),
    ("Ingres finished The Turkish Bath in 1862, at the age of 82; the circular canvas crowded with nudes now belongs to the Louvre.",
     "«Турецкую баню» — тондо с обнажёнными одалисками — Энгр завершил в 1862 г., на 83-м году жизни; картина хранится в Лувре.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (the Act set a ten-year transition)
    ("Signed by Franklin Roosevelt on 24 March 1934, the Tydings–McDuffie Act promised the Philippines independence after a ten-year transitional Commonwealth period.",
     "Закон Тайдингса — Макдаффи (1934) обещал Филиппинам независимость по истечении двадцатилетнего переходного периода.",
     C, "duration", "law", False),
    # FALSE: EN (the Platt Amendment was abrogated by the 1934 treaty)
    ("The Platt Amendment, which let the United States intervene in Cuban affairs, was written into Cuba's constitution in 1901 and repealed in 1940.",
     "Поправка Платта, дававшая США право вмешиваться во внутренние дела Кубы, была включена в кубинскую конституцию 1901 г. и отменена договором 1934 г.",
     C, "year", "law", True),
    ("The Robinson–Patman Act of June 1936 banned anticompetitive price discrimination, largely to shield small shops from the buying power of chain stores.",
     "Принятый в 1936 г. закон Робинсона — Патмана запретил ценовую дискриминацию покупателей и был направлен против крупных торговых сетей.",
     A, "year", "law", False),
    ("In Ridge v Baldwin (1963) the House of Lords held that Brighton's chief constable had been dismissed unlawfully, because he was never given a hearing.",
     "По делу «Ридж против Болдуина» Палата лордов признала увольнение главного констебля Брайтона Чарльза Риджа незаконным: его не выслушали.",
     A, "organisation", "law", True),
    ("The Triennial Act of 1694 required a general election at least every three years, a limit that lasted until 1716.",
     "По Трёхгодичному акту 1694 г. срок полномочий английского парламента ограничивался тремя годами.",
     A, "duration", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the Psion Organiser was launched in 1984)
    ("The Psion Organiser, a pocket computer with a one-line LCD screen and a keyboard, was launched by the British firm Psion in the early 1990s.",
     "Британская компания Psion выпустила карманный компьютер Organiser в 1984 г.; его часто называют первым карманным персональным компьютером.",
     C, "decade", "technology", True),
    # FALSE: EN (Gray patented the telautograph in 1888, in the 19th century)
    ("Elisha Gray's telautograph, which sent handwriting and drawings over telegraph wires, was patented at the start of the twentieth century.",
     "Телеавтограф — аппарат для передачи рукописного текста по проводам — Элайша Грей запатентовал в 1888 г., то есть ещё в XIX веке.",
     C, "century", "technology", False),
    ("Jeff Hawkins conceived the Palm Pilot, launched in 1996, and also created Graffiti, the shorthand alphabet its owners wrote with a stylus.",
     "Создателем карманного компьютера PalmPilot (1996) считается инженер Джефф Хокинс — он же автор упрощённого рукописного алфавита Graffiti.",
     A, "person", "technology", True),
    ("The Voith Schneider propeller, devised by the Austrian engineer Ernst Schneider in the 1920s and built by Voith of Heidenheim, lets a vessel thrust in any direction.",
     "Крыльчатый движитель Фойта — Шнайдера, изобретённый австрийцем Эрнстом Шнайдером, позволяет судну мгновенно менять направление тяги; его ставят на буксиры и паромы.",
     A, "person", "technology", False),
    ("The Mi-8, a twin-turbine transport helicopter from Mikhail Mil's design bureau that first flew in the early 1960s, is the most-produced helicopter in history.",
     "Ми-8, созданный в ОКБ М. Л. Миля, стал самым массовым вертолётом в мире: построено более 17 тыс. машин.",
     A, "rank", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (34 of the 45 aboard the Roma were killed)
    ("On 21 February 1922 the Italian-built US Army airship Roma struck power lines at Norfolk, Virginia, and burned, killing 14 of the 45 men aboard.",
     "21.02.1922 в Норфолке армейский дирижабль «Рома» задел высоковольтные провода и сгорел; из 45 человек на борту погибли 34.",
     C, "number", "disasters", False),
    # FALSE: RU (the Malbone Street wreck happened on 1 November 1918)
    ("On 1 November 1918 a Brighton Beach train, driven too fast by an inexperienced motorman, derailed near Malbone Street in Brooklyn, killing at least 93 people.",
     "11 ноября 1918 г. в Бруклине у Малбон-стрит сошёл с рельсов поезд, которым управлял неопытный машинист; погибли не менее 93 человек.",
     C, "date", "disasters", False),
    # FALSE: RU (the Mount Kembla explosion happened on 31 July 1902)
    ("An explosion ripped through the Mount Kembla colliery near Wollongong, New South Wales, on 31 July 1902, killing 96 men and boys.",
     "31 августа 1902 г. взрыв на угольной шахте Маунт-Кембла (Новый Южный Уэльс) унёс жизни 96 человек.",
     C, "month", "disasters", False),
    ("On 6 November 2004 a London-to-Plymouth express struck a car stopped on the level crossing at Ufton Nervet in Berkshire; seven people died.",
     "Крушение у Афтон-Нервета (Беркшир, 6.11.2004): скоростной поезд врезался в легковой автомобиль на переезде; погибли семь человек, включая водителя машины.",
     A, "date", "disasters", False),
    ("The San Ciriaco hurricane struck Puerto Rico on 8 August 1899, the feast day of Saint Cyriacus, and killed more than 3,000 people on the island.",
     "Ураган Сан-Сириако, обрушившийся на Пуэрто-Рико 8.08.1899, унёс, по разным оценкам, около 3400 жизней.",
     A, "date", "disasters", True),
]

RELATED = [
    ("The cavalry charge at Mars-la-Tour was led by Major-General Adalbert von Bredow with cuirassiers and uhlans.",
     "Сражение при Марс-ла-Туре 16 августа 1870 г. отрезало французской Рейнской армии путь отступления на Верден.",
     "Mars-la-Tour", True, "history"),
    ("The small market town of Zusmarshausen lies in Bavarian Swabia, west of Augsburg, on the old road to Ulm.",
     "Битва при Цусмарсхаузене в мае 1648 г. стала одним из последних крупных сражений Тридцатилетней войны.",
     "Zusmarshausen", False, "history"),
    ("The Tavan Bogd massif carries the Potanin Glacier, the largest glacier in Mongolia.",
     "Пик Хуйтэн высотой 4374 м в массиве Таван-Богд — высшая точка Монголии.",
     "Tavan Bogd", True, "geography"),
    ("The overlapping 'Vardon grip', still used by most golfers, is named after Harry Vardon, who popularised it.",
     "Гарри Вардон с острова Джерси выиграл Открытый чемпионат США по гольфу в 1900 году.",
     "Vardon", False, "sport"),
    ("The title character of Molière's Tartuffe is a religious hypocrite who worms his way into the household of the wealthy Orgon.",
     "Окончательная редакция «Тартюфа» была впервые сыграна в парижском театре Пале-Рояль 5 февраля 1669 г.",
     "Tartuffe", True, "literature"),
    ("An octobass built by Vuillaume is kept at the Musée de la Musique in Paris.",
     "Октобас — трёхструнный контрабас-великан высотой около трёх с половиной метров.",
     "Octobass", False, "music"),
    ("The airship Roma was built in Italy and bought by the US Army in 1921.",
     "Дирижабль «Рома» разбился 21 февраля 1922 г. в Норфолке (штат Виргиния); погибли 34 человека.",
     "Roma airship", True, "disasters"),
    ("Senator Orville Platt of Connecticut gave his name to the amendment on relations with Cuba.",
     "Поправка Платта, ограничивавшая суверенитет Кубы, была отменена в 1934 году.",
     "Platt Amendment", False, "law"),
    ("Arcimboldo's Vertumnus was carried off from Prague by Swedish troops in 1648 and now hangs at Skokloster Castle.",
     "Картина «Вертумн» Арчимбольдо — портрет императора Рудольфа II, составленный из фруктов и овощей.",
     "Vertumnus", True, "art"),
    ("During the Vogel Gryff festival the Wild Man floats down the Rhine on a raft, clutching an uprooted young fir tree.",
     "Праздник Фогель Грифф ежегодно проходит в январе в Малом Базеле.",
     "Vogel Gryff", False, "culture"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
CSLOTS = {"year", "date", "month", "decade", "century", "duration", "number", "person",
          "place", "organisation", "entity", "rank", "opposite", "polarity"}
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
        if label == C:
            assert slot in CSLOTS, slot
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

    with open(os.path.join(here, "comparable_heldout118.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout118.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
