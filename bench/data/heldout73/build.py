#!/usr/bin/env python3
"""Build heldout73: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (battle was on 19 July 1702)
    ("The Battle of Kliszów, fought on 19 July 1702, saw Charles XII of Sweden rout the Saxon and Polish army of Augustus II.",
     "В сражении при Клишове 29 июля 1702 г. шведский король Карл XII наголову разбил саксонско-польское войско Августа Сильного.",
     C, "day", "history", False),
    # FALSE: EN (the pretender was defeated at Dobrynichi)
    ("In January 1605, near the village of Dobrynichi, the pretender False Dmitry I won a crushing victory over the army of Boris Godunov.",
     "В битве при Добрыничах 21 января 1605 года царское войско под началом князя Фёдора Мстиславского разгромило отряды Лжедмитрия I.",
     C, "opposite", "history", True),
    # FALSE: RU (Carabobo was fought in 1821)
    ("Simón Bolívar's victory over the Spanish royalists at Carabobo on 24 June 1821 effectively secured the independence of Venezuela.",
     "Битва при Карабобо, обеспечившая независимость Венесуэлы, произошла 24 июня 1819 года; армией патриотов командовал Симон Боливар.",
     C, "year", "history", False),
    ("Pyotr Rumyantsev's army routed a much larger Crimean Tatar and Ottoman force on the Larga river in Moldavia in the summer of 1770.",
     "Сражение на реке Ларге произошло 7 (18) июля 1770 года: русские войска под командованием Румянцева обратили в бегство крымского хана и турок.",
     A, "year", "history", True),
    ("At Chacabuco, on 12 February 1817, José de San Martín's Army of the Andes defeated the royalists and opened the road to Santiago.",
     "Разгром испанских роялистов при Чакабуко в феврале 1817 года стал главным успехом Андской армии генерала Хосе де Сан-Мартина.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # FALSE: EN (Fibiger received the prize for 1926)
    ("The Danish pathologist Johannes Fibiger received a Nobel Prize in Physiology or Medicine in the 1930s for work on a worm he believed caused cancer.",
     "Датский патолог Йоханнес Фибигер стал лауреатом Нобелевской премии по физиологии и медицине за 1926 год — за открытие паразита, якобы вызывающего рак.",
     C, "decade", "science", True),
    # FALSE: RU (half-life of At-210 is about 8.1 hours)
    ("Astatine's longest-lived isotope, astatine-210, has a half-life of only about eight hours, which makes the element extremely hard to study.",
     "Период полураспада астата-210, самого долгоживущего изотопа этого элемента, составляет около восьми лет.",
     C, "duration", "science", False),
    # FALSE: EN (first found in debris of Ivy Mike at Enewetak, Pacific)
    ("Einsteinium, element 99, was first identified in 1952 in fallout from a nuclear test carried out in the Nevada desert.",
     "Эйнштейний (элемент № 99) впервые обнаружили в 1952 г. в продуктах взрыва первой термоядерной бомбы «Айви Майк» на атолле Эниветок в Тихом океане.",
     C, "place", "science", True),
    ("Jöns Jacob Berzelius identified the element selenium in 1817 while examining residue from a Swedish sulphuric acid works.",
     "Селен был открыт шведским химиком Йёнсом Якобом Берцелиусом в 1817 году при изучении осадка, образовавшегося на сернокислотном заводе.",
     A, "year", "science", False),
    ("Karl Ernst von Baer, a naturalist born in Estonia, was the first to describe the mammalian egg cell, in a treatise of 1827.",
     "Яйцеклетку млекопитающих впервые описал в 1827 году естествоиспытатель Карл Эрнст фон Бэр, уроженец Эстляндии.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Gatun Lake was formed in 1913)
    ("Gatun Lake, created by damming the Chagres River, was formed in the 1880s during the French attempt to dig the Panama Canal.",
     "Гатунское озеро образовалось в 1913 году после возведения плотины на реке Чагрес и в то время было крупнейшим искусственным водоёмом мира.",
     C, "decade", "geography", False),
    # FALSE: RU (Kariba is a man-made reservoir)
    ("Lake Kariba is an artificial reservoir, created when the Kariba Dam across the Zambezi was completed in 1959.",
     "Озеро Кариба на границе Замбии и Зимбабве — естественный водоём, а вовсе не искусственное водохранилище.",
     C, "polarity", "geography", True),
    ("At its deepest point Lake Como, in Lombardy, goes down more than 400 metres, among the greatest depths of any European lake.",
     "Глубина озера Комо превышает 400 м; этот водоём, по форме напоминающий перевёрнутую букву Y, — один из самых глубоких в Европе.",
     A, "number", "geography", False),
    ("Lake Karakul, in the Pamir Mountains of eastern Tajikistan, lies at an altitude of roughly 3,900 metres above sea level.",
     "Высокогорное озеро Каракуль на Памире, в Горно-Бадахшанской области Таджикистана, расположено почти на четырёхкилометровой высоте.",
     A, "number", "geography", True),
    ("Lake Iseo lies in Lombardy between the provinces of Bergamo and Brescia, and its Monte Isola is the largest lake island in southern Europe.",
     "Озеро Изео, на котором находится остров Монте-Изола, лежит в Ломбардии, на границе провинций Бергамо и Брешиа.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (founded by the Pereire brothers)
    ("The Société Générale du Crédit Mobilier was founded in Paris in 1852 by the brothers Émile and Isaac Pereire.",
     "Банк «Креди мобилье», ставший образцом для многих инвестиционных банков Европы, был основан в Париже в 1852 году братьями Ротшильдами.",
     C, "person", "economy", True),
    # FALSE: EN (term coined by The Economist)
    ("The term Dutch disease was coined in 1977 by the Financial Times to describe the decline of Dutch industry after large gas finds.",
     "Выражение «голландская болезнь» впервые употребил британский журнал «Экономист» в 1977 году, описывая упадок промышленности Нидерландов после открытия газа.",
     C, "organisation", "economy", False),
    # FALSE: EN (the indemnity was 5 billion francs)
    ("Under the Treaty of Frankfurt of May 1871, defeated France had to pay Germany a war indemnity of three billion francs.",
     "По Франкфуртскому миру 1871 года Франция, помимо уступки Эльзаса и части Лотарингии, обязалась выплатить Германии 5 млрд франков контрибуции.",
     C, "money", "economy", True),
    ("In The Coal Question, published in 1865, William Stanley Jevons argued that more efficient steam engines would raise, not cut, Britain's coal consumption.",
     "Парадокс Джевонса сформулирован английским экономистом в книге «Угольный вопрос» (1865): рост эффективности использования угля ведёт к увеличению его потребления.",
     A, "year", "economy", False),
    ("The Levant Company, which handled English trade with the Ottoman Empire for more than two centuries, was finally dissolved in 1825.",
     "Левантийская компания, ведавшая торговлей Англии с Османской империей, просуществовала до 1825 года.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (two golds and one silver)
    ("At the 1932 Los Angeles Games Babe Didrikson won gold in the javelin and the 80 metres hurdles and silver in the high jump.",
     "На Олимпиаде 1932 года в Лос-Анджелесе Бейб Дидриксон завоевала три золотые медали — в метании копья, барьерном беге на 80 м и прыжках в высоту.",
     C, "number", "sport", False),
    # FALSE: EN (the 1968 Games were in Mexico City)
    ("Kenya's Kip Keino took the Olympic 1500 metres title at the 1968 Games in Montreal, beating the American world record holder Jim Ryun.",
     "Кенийский бегун Кип Кейно стал олимпийским чемпионом на дистанции 1500 м на Играх 1968 года в Мехико.",
     C, "place", "sport", True),
    # FALSE: EN (he scored 499)
    ("In January 1959 Hanif Mohammad scored 449 for Karachi against Bahawalpur in an innings that lasted well over ten hours.",
     "В январе 1959 года пакистанец Ханиф Мохаммад набрал 499 ранов за Карачи в матче против Бахавалпура и был выбит при попытке сделать пятисотый ран.",
     C, "number", "sport", False),
    ("Bob Mathias was only 17 years old when he won the decathlon at the 1948 Olympic Games in London.",
     "Американец Боб Матиас выиграл олимпийское десятиборье в Лондоне в 1948 году в возрасте семнадцати лет.",
     A, "number", "sport", True),
    ("Fred Perry won the men's singles at Wimbledon three years running, from 1934 to 1936.",
     "Англичанин Фред Перри трижды подряд — в 1934, 1935 и 1936 годах — побеждал в одиночном разряде на Уимблдонском турнире.",
     A, "year", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (Dymkovo is by Vyatka, now Kirov)
    ("The brightly painted clay Dymkovo toy originated in a craftsmen's settlement on the river opposite the city of Tula.",
     "Дымковская игрушка — народный промысел, зародившийся в слободе Дымково на реке Вятке, напротив города Вятки (ныне Киров).",
     C, "place", "culture", True),
    # FALSE: RU (inscribed in November 2011)
    ("Fado, the melancholic urban song of Lisbon, was added to UNESCO's list of intangible cultural heritage in November 2011.",
     "Португальское фаду было внесено в список нематериального культурного наследия ЮНЕСКО в мае 2011 года.",
     C, "month", "culture", False),
    ("Khokhloma painting, with its gold, red and black floral patterns on wooden tableware, arose in the 17th century in the Nizhny Novgorod region.",
     "Хохломская роспись возникла в XVII веке в Нижегородском Заволжье; её легко узнать по золотому фону и красно-чёрным узорам.",
     A, "century", "culture", True),
    ("In Japanese Bunraku theatre each of the main puppets is handled by a team of three puppeteers working in full view of the audience.",
     "Каждую главную куклу в японском театре бунраку ведут сразу трое кукловодов, которые не скрываются от зрителей.",
     A, "number", "culture", False),
    ("Kathakali, the dance-drama known for its elaborate green face make-up, comes from the southern Indian state of Kerala.",
     "Катхакали — классический танцевальный театр штата Керала на юге Индии, актёры которого выступают в сложном гриме и пышных костюмах.",
     A, "place", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Pantagruel appeared in 1532)
    ("François Rabelais published Pantagruel, the first book of his comic cycle, in 1532 under the anagram Alcofribas Nasier.",
     "Первая книга цикла «Гаргантюа и Пантагрюэль» — «Пантагрюэль» — впервые вышла в свет в 1542 году под псевдонимом-анаграммой.",
     C, "year", "literature", True),
    # FALSE: EN (written by Mary Elizabeth Braddon)
    ("Lady Audley's Secret, the 1862 sensation novel about a bigamous heroine, was written by Wilkie Collins.",
     "Роман «Тайна леди Одли» (1862), один из самых популярных «романов-сенсаций» своего времени, написала Мэри Элизабет Брэддон.",
     C, "person", "literature", False),
    # FALSE: RU (staged in 411 BC, i.e. 5th century BC)
    ("Aristophanes' comedy Lysistrata, in which Greek women stage a sex strike to end the Peloponnesian War, was first performed in 411 BC.",
     "Комедия Аристофана «Лисистрата», героини которой объявляют мужьям забастовку ради прекращения войны, впервые поставлена в IV веке до н. э.",
     C, "century", "literature", True),
    ("Alfred Döblin's novel Berlin Alexanderplatz, published in 1929, follows the released convict Franz Biberkopf through the streets of the capital.",
     "Главный герой романа Альфреда Дёблина «Берлин, Александерплац» (1929) — вышедший из тюрьмы Франц Биберкопф.",
     A, "person", "literature", False),
    ("Edmondo De Amicis's Cuore, written as the diary of a Turin schoolboy named Enrico, first appeared in 1886.",
     "Книга Эдмондо де Амичиса «Сердце», написанная в форме дневника ученика туринской школы, вышла в 1886 г. и сразу стала бестселлером.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the play is Goethe's)
    ("Beethoven wrote his incidental music to Egmont, including the famous overture, for an 1810 Vienna production of Goethe's tragedy.",
     "Увертюра «Эгмонт» Бетховена была написана в 1810 году к венской постановке одноимённой трагедии Фридриха Шиллера.",
     C, "person", "music", False),
    # FALSE: EN (the ballet ends with a malambo)
    ("Alberto Ginastera's ballet Estancia, commissioned in 1941, ends with a tango, the dance of the Buenos Aires suburbs.",
     "Финал балета Альберто Хинастеры «Эстансия» (1941) — зажигательный маламбо, танец аргентинских гаучо.",
     C, "entity", "music", True),
    # FALSE: EN (recorded in 1974)
    ("Astor Piazzolla recorded Libertango in Milan in 1984, and the piece soon became one of his best-known works.",
     "Пьеса «Либертанго» была записана Астором Пьяццоллой в Милане в 1974 году и дала название его альбому.",
     C, "year", "music", False),
    ("Kikimora, a short symphonic poem based on Russian folk legend, was written by Anatoly Lyadov in 1909.",
     "Симфоническая миниатюра «Кикимора» — одно из самых известных сочинений Анатолия Лядова, написанное по мотивам народных сказаний.",
     A, "person", "music", True),
    ("Ravel's Gaspard de la nuit, composed in 1908, consists of three piano pieces: Ondine, Le Gibet and Scarbo.",
     "Фортепианный цикл Мориса Равеля «Ночной Гаспар» состоит из трёх пьес, навеянных стихотворениями в прозе Алоизиюса Бертрана.",
     A, "number", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (it is in the Buffalo AKG / Albright-Knox)
    ("Joan Miró's Carnival of Harlequin, painted in 1924 and 1925, belongs to the Albright-Knox collection in Buffalo, New York.",
     "Картина Жоана Миро «Карнавал Арлекина» (1924–1925) хранится в нью-йоркском Музее современного искусства.",
     C, "organisation", "art", True),
    # FALSE: RU (designed by Thorvaldsen)
    ("Carved into a former sandstone quarry to a design by Bertel Thorvaldsen, the Lion of Lucerne honours Swiss Guards killed at the Tuileries in 1792.",
     "Люцернский лев, созданный по эскизу итальянского скульптора Антонио Кановы, посвящён швейцарским гвардейцам, павшим при защите Тюильри.",
     C, "person", "art", False),
    ("Konstantin Somov's Lady in Blue, painted between 1897 and 1900, portrays the artist Yelizaveta Martynova.",
     "Портрет художницы Елизаветы Мартыновой, известный как «Дама в голубом», Константин Сомов писал около трёх лет.",
     A, "person", "art", True),
    ("Rosa Bonheur's huge canvas The Horse Fair, first shown at the Paris Salon of 1853, is now in the Metropolitan Museum of Art.",
     "Монументальная «Конная ярмарка» Розы Бонёр длиной около пяти метров хранится в нью-йоркском музее Метрополитен.",
     A, "organisation", "art", False),
    ("Vasily Maximov's Everything in the Past, an elegy for the fading provincial gentry painted in 1889, belongs to the Tretyakov Gallery in Moscow.",
     "Картина «Всё в прошлом», написанная Василием Максимовым в 1889 году, хранится в Государственной Третьяковской галерее.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (issued on 27 February 380)
    ("Theodosius I issued the Edict of Thessalonica, which made Nicene Christianity the state religion of the Roman Empire, on 28 October 380.",
     "Фессалоникийский эдикт, провозгласивший никейское христианство государственной религией Римской империи, был издан 27 февраля 380 года.",
     C, "date", "law", False),
    # FALSE: RU (not less than ten years)
    ("Under the Soviet decree of 7 August 1932, dubbed the law of spikelets, theft of collective farm property was punishable by shooting or at least ten years in prison.",
     "По постановлению от 7 августа 1932 г., прозванному «законом о трёх колосках», за хищение колхозного добра грозил расстрел, а при смягчающих обстоятельствах — не менее трёх лет заключения.",
     C, "duration", "law", True),
    ("The Le Chapelier Law, passed by the French National Assembly in June 1791, banned workers' associations and strikes.",
     "Закон Ле Шапелье, принятый Учредительным собранием 14 июня 1791 г., запретил рабочие союзы и стачки.",
     A, "date", "law", False),
    ("The Assize of Clarendon, issued by Henry II in 1166, required juries of local men to report suspected robbers and murderers to royal justices.",
     "Кларендонская ассиза 1166 года, изданная королём Генрихом II, обязала присяжных из местных жителей сообщать судьям о подозреваемых в разбое и убийствах.",
     A, "year", "law", True),
    ("Britain's Black Act of 1723, aimed at poachers who blackened their faces, created about fifty new capital offences.",
     "Принятый в Англии в 1723 году «Чёрный акт» разом ввёл смертную казнь примерно за полсотни новых преступлений, прежде всего браконьерских.",
     A, "number", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (made in Liechtenstein)
    ("The Curta pocket calculator, designed by Curt Herzstark while he was a prisoner at Buchenwald, was manufactured in Liechtenstein from 1948.",
     "Карманный механический калькулятор «Курта», придуманный Куртом Херцштарком в Бухенвальде, с 1948 года выпускался в Швейцарии.",
     C, "place", "technology", True),
    # FALSE: EN (Lenin was the first nuclear-powered surface ship)
    ("The icebreaker Lenin, launched in Leningrad in 1957, was the world's second nuclear-powered surface ship, after the American freighter Savannah.",
     "Атомный ледокол «Ленин», спущенный на воду в Ленинграде в 1957 г., стал первым в мире надводным судном с ядерной силовой установкой.",
     C, "rank", "technology", False),
    ("The Austrian engineer Viktor Kaplan developed his propeller-type water turbine with adjustable blades in 1913.",
     "Поворотно-лопастная гидротурбина, изобретённая австрийцем Виктором Капланом в 1913 г., применяется на ГЭС с небольшим напором.",
     A, "year", "technology", True),
    ("Anton Flettner's ship Buckau, converted in 1924, was driven by two tall spinning rotors instead of sails.",
     "Роторное судно «Букау» немецкого инженера Антона Флеттнера, переоборудованное в 1924 году, приводилось в движение двумя вращающимися цилиндрами.",
     A, "number", "technology", False),
    ("On the voyage to Jamaica in 1761 and 1762, John Harrison's marine chronometer H4 lost only about five seconds in 81 days.",
     "Во время плавания на Ямайку в 1761–1762 гг. морской хронометр Джона Харрисона за 81 день отстал всего примерно на 5 секунд.",
     A, "duration", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (about 70 per cent of buildings were destroyed)
    ("Cyclone Tracy, which hit Darwin on Christmas Day 1974, destroyed only about 20 per cent of the city's buildings.",
     "Циклон «Трейси», обрушившийся на Дарвин в Рождество 1974 года, уничтожил около 70 % построек города.",
     C, "percent", "disasters", False),
    # FALSE: EN (346 people were killed)
    ("Turkish Airlines Flight 981, a DC-10 that crashed in the Ermenonville forest near Paris on 3 March 1974, killed all 246 people on board.",
     "Катастрофа турецкого DC-10 в Эрменонвильском лесу под Парижем 3 марта 1974 г. унесла жизни всех 346 человек на борту.",
     C, "number", "disasters", True),
    ("The river cruise ship Bulgaria sank on the Kuybyshev Reservoir in Tatarstan on 10 July 2011, killing 122 people.",
     "Теплоход «Булгария» затонул на Куйбышевском водохранилище в июле 2011 года; жертвами крушения стали 122 человека.",
     A, "number", "disasters", False),
    ("A series of sewer explosions tore through the Analco district of Guadalajara, Mexico, on 22 April 1992, after petrol leaked into the drains.",
     "В апреле 1992 года в мексиканской Гвадалахаре из-за утечки бензина в канализацию прогремела серия взрывов, разрушивших несколько километров улиц.",
     A, "date", "disasters", True),
    ("Flash floods in the night of 6 to 7 July 2012 devastated the town of Krymsk in Russia's Krasnodar region.",
     "Катастрофическое наводнение в ночь на 7 июля 2012 года опустошило Крымск и соседние посёлки Краснодарского края.",
     A, "place", "disasters", False),
]

RELATED = [
    ("Every year on 24 June Venezuela commemorates the Battle of Carabobo, which is also celebrated as Army Day.",
     "В сражении при Карабобо на стороне армии Боливара отличился Британский легион, понёсший тяжёлые потери.",
     "Carabobo", False, "history"),
    ("Element 99, einsteinium, was named in honour of the physicist Albert Einstein.",
     "Эйнштейний был открыт группой Альберта Гиорсо в продуктах испытания «Айви Майк», проведённого в ноябре 1952 года.",
     "Einsteinium", True, "science"),
    ("Filling Lake Kariba forced tens of thousands of Tonga people living along the Zambezi to leave their homes.",
     "Плотина Кариба на реке Замбези, образовавшая одноимённое водохранилище, была достроена в 1959 году.",
     "Lake Kariba", False, "geography"),
    ("In 1958 at Bridgetown, Hanif Mohammad batted for more than 16 hours to score 337 against the West Indies.",
     "Пакистанский крикетист Ханиф Мохаммад в январе 1959 года набрал за Карачи 499 ранов.",
     "Hanif Mohammad", True, "sport"),
    ("Aristophanes' Lysistrata was first staged in Athens in 411 BC, during the Peloponnesian War.",
     "Героиня комедии «Лисистрата» уговаривает женщин Афин и Спарты отказывать мужьям в близости, пока те не заключат мир.",
     "Lysistrata", False, "literature"),
    ("Grace Jones turned Piazzolla's Libertango into the song I've Seen That Face Before on her 1981 album Nightclubbing.",
     "Астор Пьяццолла записал «Либертанго» в 1974 году в Милане, где он тогда жил и работал.",
     "Libertango", True, "music"),
    ("Mark Twain called the Lion of Lucerne the most mournful and moving piece of stone in the world.",
     "Люцернский лев был высечен в скале бывшей каменоломни в 1820–1821 годах.",
     "Lion of Lucerne", False, "art"),
    ("The right to strike, abolished by the Le Chapelier Law, was restored to French workers in 1864.",
     "Закон 1791 года, запретивший цеха и рабочие объединения, был принят по предложению депутата Исаака Ле Шапелье.",
     "Le Chapelier Law", True, "law"),
    ("Decommissioned in 1989, the nuclear icebreaker Lenin is now a museum ship moored in Murmansk.",
     "Ледокол «Ленин» был спущен на воду в 1957 году на Адмиралтейском заводе в Ленинграде.",
     "icebreaker Lenin", False, "technology"),
    ("Cyclone Tracy struck the northern Australian city of Darwin in the early hours of Christmas Day 1974.",
     "После циклона «Трейси» из Дарвина эвакуировали более 30 тыс. жителей — одна из крупнейших эвакуаций в истории Австралии.",
     "Cyclone Tracy", True, "disasters"),
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
        assert len(rows) == 30, (lab, len(rows))
        nru = sum(r["lang_a"] == "ru" for r in rows)
        assert nru == 15, (lab, nru)
    cslots = {}
    for r in comp:
        if r["label"] == C:
            cslots[r["slot"]] = cslots.get(r["slot"], 0) + 1
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = {}
    for r in comp:
        doms[r["domain"]] = doms.get(r["domain"], 0) + 1
    assert set(doms) == DOMAINS and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}

    with open(os.path.join(here, "comparable_heldout73.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout73.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), dict(sorted(cslots.items())))
    aslots = {}
    for r in comp:
        if r["label"] == A:
            aslots[r["slot"]] = aslots.get(r["slot"], 0) + 1
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))
    rd = {}
    for r in rel:
        rd[r["domain"]] = rd.get(r["domain"], 0) + 1
    print("related domains:", dict(sorted(rd.items())))


if __name__ == "__main__":
    main()
