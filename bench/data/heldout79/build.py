#!/usr/bin/env python3
"""Build heldout79: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "en" or "ru" for contradict rows (also stated in a comment
  above the row) and None for agree rows.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows the other side is true to the best of the writer's knowledge.
Subjects: main names begin with A-L (Latin transliteration).
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    ("On 14 May 1509, near the village of Agnadello in Lombardy, the French army of Louis XII crushed the Venetians, the first great success of the League of Cambrai.",
     "Битва при Аньяделло (14.V.1509) закончилась тяжёлым поражением венецианского войска от французов, выступавших в составе Камбрейской лиги.",
     A, "date", "history", True, None),
    ("The Cato Street Conspiracy, a plot by Arthur Thistlewood and other radicals to murder the entire British cabinet, was foiled by the police in February 1820.",
     "Участники заговора на Като-стрит, раскрытого в 1820 г., намеревались перебить министров во время ужина; пятеро, включая Артура Тислвуда, были повешены.",
     A, "year", "history", False, None),
    # FALSE: RU (the Austrians won at Hochkirch; Frederick was defeated)
    ("At Hochkirch in Saxony, on 14 October 1758, the Austrians surprised the Prussian camp before dawn and defeated Frederick the Great.",
     "В сражении при Хохкирхе (14 октября 1758 г.) Фридрих Великий разгромил австрийцев, пытавшихся внезапно атаковать его лагерь на рассвете.",
     C, "opposite", "history", True, "ru"),
    # FALSE: EN (Dumouriez commanded at Jemappes; Kellermann was the victor of Valmy)
    ("At Jemappes, near Mons, the revolutionary army of General Kellermann defeated the Austrians on 6 November 1792.",
     "6 ноября 1792 года французы под командованием генерала Дюмурье разбили австрийскую армию при Жемаппе и открыли себе путь на Брюссель.",
     C, "person", "history", False, "en"),
    # FALSE: RU (the vote was 159 to 148)
    ("In November 1641 the House of Commons adopted the Grand Remonstrance, a catalogue of grievances against Charles I, by 159 votes to 148.",
     "Великая ремонстрация — перечень претензий к политике Карла I — была одобрена палатой общин 22 ноября 1641 г. 259 голосами против 148.",
     C, "number", "history", True, "ru"),
    # ---------------- science ----------------
    # FALSE: EN (Amalthea was discovered in 1892)
    ("Amalthea, a small reddish moon orbiting close to Jupiter, was discovered at Lick Observatory in California in the 1850s.",
     "Амальтея, пятый по счёту открытый спутник Юпитера, была обнаружена 9 сентября 1892 г. в Ликской обсерватории.",
     C, "decade", "science", False, "en"),
    # FALSE: EN (Dam discovered vitamin K)
    ("The Danish biochemist Henrik Dam, who discovered vitamin E in experiments on chickens, shared the 1943 Nobel Prize in Physiology or Medicine.",
     "Нобелевскую премию по физиологии и медицине за 1943 г. разделили американец Эдуард Дойзи и датчанин Хенрик Дам, открывший витамин K.",
     C, "entity", "science", True, "en"),
    ("Edward Appleton received the 1947 Nobel Prize in Physics for his work on the ionosphere, whose F layer is still sometimes called the Appleton layer.",
     "Британский физик Эдуард Эплтон, доказавший существование отражающих радиоволны слоёв ионосферы, стал нобелевским лауреатом в 1947 году.",
     A, "year", "science", True, None),
    ("Donald Glaser was only 34 when he received the 1960 Nobel Prize in Physics for inventing the bubble chamber.",
     "Пузырьковую камеру для наблюдения следов заряженных частиц американец Дональд Глейзер создал в 1952 г., а в 1960 г. получил за неё Нобелевскую премию.",
     A, "year", "science", False, None),
    ("Luis Federico Leloir, an Argentine biochemist born in Paris, was awarded the 1970 Nobel Prize in Chemistry for discovering sugar nucleotides.",
     "Нобелевская премия по химии 1970 г. досталась аргентинцу Луису Федерико Лелуару — за открытие сахарных нуклеотидов и их роли в биосинтезе углеводов.",
     A, "year", "science", True, None),
    # ---------------- geography ----------------
    ("The Ishim, a left tributary of the Irtysh about 2,450 km long, rises in the hills of central Kazakhstan and flows through Astana.",
     "Ишим берёт начало в Казахском мелкосопочнике, протекает через Астану и впадает в Иртыш у села Усть-Ишим Омской области.",
     A, "place", "geography", False, None),
    ("Bananal, one of the largest river islands in the world, is formed where the Araguaia splits into two branches in central Brazil.",
     "Арагуая, главный приток Токантинса, огибает остров Бананал — один из самых больших речных островов планеты.",
     A, "entity", "geography", True, None),
    # FALSE: RU (the Chindwin is the largest tributary of the Irrawaddy)
    ("The Chindwin, which drains the hills of north-western Myanmar, is the largest tributary of the Irrawaddy.",
     "Чиндуин — лишь третий по величине приток Иравади, протекающий по северо-западу Мьянмы.",
     C, "rank", "geography", False, "ru"),
    # FALSE: EN (the Sistan basin lies on the Afghan-Iranian border)
    ("Rising in the Hindu Kush west of Kabul, the Helmand flows south-west and ends in the Sistan marshes on the border between Afghanistan and Pakistan.",
     "Гильменд, самая длинная река Афганистана, начинается в Гиндукуше и теряется в озёрах и болотах Систана у границы с Ираном.",
     C, "place", "geography", True, "en"),
    # FALSE: RU (Katla's last major eruption was in 1918)
    ("Katla, a volcano buried beneath the Mýrdalsjökull ice cap in southern Iceland, last had a major eruption in October 1918.",
     "Последнее крупное извержение Катлы — вулкана, скрытого под ледником Мюрдальсйёкюдль на юге Исландии, — произошло в 1948 г.",
     C, "year", "geography", False, "ru"),
    # ---------------- economy ----------------
    # FALSE: RU (Dresdner Bank was founded in 1872)
    ("Dresdner Bank, founded in Dresden in 1872, was taken over by Commerzbank in 2009.",
     "Дрезднер банк, основанный в Дрездене в 1890-х годах, в 2009 г. вошёл в состав «Коммерцбанка».",
     C, "decade", "economy", True, "ru"),
    # FALSE: EN (it became British Petroleum in 1954)
    ("The Anglo-Persian Oil Company, formed in 1909 after oil was struck in south-western Persia, took the name Royal Dutch Shell in 1954.",
     "Англо-персидская нефтяная компания, основанная в 1909 г., в 1935 г. стала Англо-иранской, а в 1954 г. получила название British Petroleum.",
     C, "organisation", "economy", False, "en"),
    ("Imperial Chemical Industries was created in 1926 by merging four British companies, including Brunner Mond and Nobel Industries.",
     "Британский химический концерн ICI, возникший в 1926 году в результате слияния четырёх фирм, на протяжении десятилетий был одним из крупнейших промышленных предприятий страны.",
     A, "year", "economy", True, None),
    ("Galeries Lafayette began in 1893 as a small fashion shop opened by Théophile Bader and his cousin Alphonse Kahn at the corner of the rue La Fayette in Paris.",
     "Основателями парижского универмага «Галери Лафайет», знаменитого стеклянным куполом на бульваре Осман, были Теофиль Бадер и Альфонс Кан.",
     A, "person", "economy", False, None),
    ("The Peruzzi, one of the leading banking houses of fourteenth-century Florence, went bankrupt in 1343, partly because Edward III of England failed to repay his loans.",
     "Флорентийская банкирская компания Перуцци разорилась в 1343 году; спустя три года обанкротился и банк Барди.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    ("Vladimir Golubnichy won the 20 km walk at the Rome Olympics in 1960 and took the title again in Mexico City eight years later.",
     "Двукратный олимпийский чемпион в спортивной ходьбе на 20 км Владимир Голубничий побеждал на Играх 1960 и 1968 гг.",
     A, "year", "sport", False, None),
    ("Murray Halberg, whose left arm had been withered by a rugby injury, won the Olympic 5,000 metres in Rome on 2 September 1960.",
     "Новозеландец Мюррей Халберг выиграл бег на 5000 м на римской Олимпиаде 2 сентября 1960 г. — в тот же день, что и его соотечественник Питер Снелл на 800 м.",
     A, "date", "sport", True, None),
    # FALSE: RU (Akii-Bua won the gold medal)
    ("John Akii-Bua won the 400 metres hurdles at the 1972 Munich Olympics in a world record 47.82 seconds, giving Uganda its first Olympic gold.",
     "На Олимпиаде 1972 г. в Мюнхене угандиец Джон Аки-Буа финишировал лишь вторым в беге на 400 м с барьерами.",
     C, "rank", "sport", True, "ru"),
    # FALSE: EN (Hary's Zurich time was 10.0 s)
    ("In Zurich on 21 June 1960 the West German sprinter Armin Hary ran 100 metres in 10.2 seconds, a new world record.",
     "21 июня 1960 г. в Цюрихе Армин Хари (ФРГ) первым в истории пробежал стометровку за 10,0 с.",
     C, "duration", "sport", False, "en"),
    # FALSE: RU (Wills won eight Wimbledon singles titles)
    ("Helen Wills Moody won the women's singles at Wimbledon eight times between 1927 and 1938.",
     "Американка Хелен Уиллс-Муди шесть раз выигрывала Уимблдонский турнир в одиночном разряде.",
     C, "number", "sport", True, "ru"),
    # ---------------- culture ----------------
    # FALSE: RU (the Basel Fasnacht lasts 72 hours, i.e. three days)
    ("Basel's Fasnacht starts with the Morgestraich at 4 a.m. on the Monday after Ash Wednesday and lasts exactly 72 hours.",
     "Базельский карнавал Фаснахт, который открывается шествием Моргештрайх в 4 часа утра в понедельник после Пепельной среды, длится ровно двое суток.",
     C, "duration", "culture", False, "ru"),
    # FALSE: EN (the gallery was designed by Sir John Soane; Robert Adam died in 1792)
    ("Dulwich Picture Gallery in south London, opened to the public in 1817, was designed by Robert Adam.",
     "Далвичская картинная галерея на юге Лондона, построенная по проекту сэра Джона Соуна, открылась для публики в 1817 г.",
     C, "person", "culture", True, "en"),
    ("The Hunterian in Glasgow, Scotland's oldest public museum, opened in 1807 to house the collections bequeathed by the anatomist William Hunter.",
     "Хантеровский музей Университета Глазго, основанный на коллекциях врача и анатома Уильяма Хантера, открыл двери в 1807 году.",
     A, "person", "culture", False, None),
    ("The Fitzwilliam Museum in Cambridge was founded in 1816, when the 7th Viscount Fitzwilliam left his art collection and library to the university.",
     "Музей Фицуильяма в Кембридже ведёт историю с 1816 г., когда виконт Фицуильям завещал университету свои картины, рукописи и библиотеку.",
     A, "year", "culture", True, None),
    ("Every 24 June, Cusco stages Inti Raymi, a re-creation of the Inca festival of the Sun, at the fortress of Sacsayhuamán above the city.",
     "Инти Райми, праздник Солнца времён инков, ежегодно отмечают в Куско 24 июня — вскоре после зимнего солнцестояния в Южном полушарии.",
     A, "date", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: RU (Kenilworth is set in the sixteenth century)
    ("Walter Scott's Kenilworth (1821), which turns on the mysterious death of Amy Robsart, is set in sixteenth-century England under Elizabeth I.",
     "Действие романа Вальтера Скотта «Кенилворт», в центре которого трагическая судьба Эми Робсарт, происходит в Англии XVII века.",
     C, "century", "literature", True, "ru"),
    # FALSE: EN (it was serialised in the Cornhill Magazine)
    ("Thomas Hardy's Far from the Madding Crowd, the story of Bathsheba Everdene and her three suitors, was serialised anonymously in Blackwood's Magazine in 1874.",
     "Роман Томаса Гарди «Вдали от обезумевшей толпы» в 1874 году печатался по частям в лондонском журнале «Корнхилл».",
     C, "organisation", "literature", False, "en"),
    ("Maria Edgeworth's Castle Rackrent, told by the old family steward Thady Quirk, was published anonymously in 1800.",
     "Повесть Марии Эджуорт «Замок Рэкрент» (1800) нередко называют первым историческим и первым «региональным» романом в английской литературе.",
     A, "year", "literature", True, None),
    ("Elizabeth Gaskell's Cranford, a portrait of the genteel widows and spinsters of a small Cheshire town, came out in instalments in 1851–53.",
     "Первые очерки «Крэнфорда» Элизабет Гаскелл появились в печати в декабре 1851 г., а отдельной книгой повесть вышла в 1853 г.",
     A, "year", "literature", False, None),
    ("Fyodor Gladkov's Cement, published in 1925, follows the Red Army veteran Gleb Chumalov as he brings a ruined cement works back to life.",
     "Роман Ф. В. Гладкова «Цемент» (1925) о восстановлении разрушенного завода после Гражданской войны стал одной из первых книг о социалистическом строительстве.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (the premiere was on 16 May 1868)
    ("Smetana's opera Dalibor was first staged in Prague on 16 May 1868, the day the foundation stone of the National Theatre was laid.",
     "Премьера оперы Бедржиха Сметаны «Далибор» состоялась в Праге 28 октября 1868 г., в день закладки здания Национального театра.",
     C, "date", "music", False, "ru"),
    # FALSE: EN (Tchaikovsky sketched it in Rome)
    ("Tchaikovsky sketched his Capriccio italien in Florence early in 1880, borrowing folk tunes and a bugle call he heard from a nearby barracks.",
     "«Итальянское каприччио» Чайковский набросал в начале 1880 г. в Риме; впервые оно прозвучало в Москве в декабре того же года под управлением Николая Рубинштейна.",
     C, "place", "music", True, "en"),
    # FALSE: RU (the words are by A. C. Benson)
    ("The words of Land of Hope and Glory, sung to the trio of Elgar's first Pomp and Circumstance march, were written by A. C. Benson.",
     "Стихи к «Земле надежды и славы», положенные на мелодию первого марша Эдуарда Элгара из цикла «Торжественные и церемониальные марши», сочинил Редьярд Киплинг.",
     C, "person", "music", False, "ru"),
    ("Debussy dedicated Children's Corner, a piano suite finished in 1908 that ends with Golliwogg's Cake-walk, to his young daughter Chouchou.",
     "Фортепианную сюиту «Детский уголок» Клод Дебюсси посвятил своей маленькой дочери, которую в семье звали Шушу.",
     A, "person", "music", True, None),
    ("Manuel de Falla's El amor brujo, whose best-known number is the Ritual Fire Dance, was first performed in Madrid in 1915.",
     "Впервые «Колдовская любовь» Мануэля де Фальи с её знаменитым «Ритуальным танцем огня» прозвучала в мадридском театре весной 1915 года.",
     A, "year", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (the Inquisition hearing was in July 1573)
    ("Veronese renamed his huge Last Supper The Feast in the House of Levi after being questioned by the Venetian Inquisition in 1537.",
     "В июле 1573 г. Паоло Веронезе вызвали в трибунал инквизиции из-за его «Тайной вечери»; вместо переделки художник дал картине новое название — «Пир в доме Левия».",
     C, "year", "art", True, "en"),
    # FALSE: RU (it was painted for San Luigi dei Francesi)
    ("Caravaggio painted The Calling of Saint Matthew in 1599–1600 for the Contarelli Chapel in the French national church of San Luigi dei Francesi, Rome.",
     "Картина Караваджо «Призвание апостола Матфея» (1599–1600) была написана для римской церкви Санта-Мария-дель-Пополо.",
     C, "place", "art", False, "ru"),
    ("Titian's Bacchus and Ariadne, painted in 1520–23 for Duke Alfonso d'Este of Ferrara, has hung in the National Gallery in London since 1826.",
     "Картина Тициана «Вакх и Ариадна», написанная для феррарского герцога Альфонсо I д’Эсте, хранится в Лондонской национальной галерее.",
     A, "place", "art", True, None),
    ("Bernini's Fountain of the Four Rivers in Rome's Piazza Navona, commissioned by Pope Innocent X, was unveiled in 1651.",
     "Фонтан четырёх рек работы Джан Лоренцо Бернини (1648–1651) на площади Навона олицетворяет Нил, Ганг, Дунай и Ла-Плату.",
     A, "place", "art", False, None),
    ("Pavel Fedotov's The Fresh Cavalier, painted in 1846, shows a petty official parading his first decoration the morning after a celebration.",
     "Картина П. А. Федотова «Свежий кавалер» (1846, Третьяковская галерея) стала первым законченным произведением художника, написанным маслом.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (the Act was passed in 1829)
    ("The Catholic Relief Act, passed in 1829 by the Duke of Wellington's government, allowed Roman Catholics to sit in Parliament.",
     "Акт о помощи католикам, открывший им доступ в британский парламент, был принят в 1839 году.",
     C, "year", "law", False, "ru"),
    # FALSE: EN (the edict was issued by the Great Elector, Frederick William)
    ("By the Edict of Potsdam of 1685, Frederick the Great offered refuge in Brandenburg to the Huguenots fleeing France.",
     "Потсдамский эдикт 1685 года, изданный курфюрстом Фридрихом Вильгельмом, пригласил в Бранденбург гугенотов, бежавших из Франции.",
     C, "person", "law", True, "en"),
    # FALSE: EN (the Hatch Act does restrict federal employees' political activity)
    ("The Hatch Act of 1939 placed no restrictions on the partisan political activity of US federal employees.",
     "Закон Хэтча, принятый в США в 1939 г., запрещает большинству федеральных служащих активно участвовать в политических кампаниях.",
     C, "polarity", "law", False, "en"),
    ("The Fugitive Slave Act, part of the Compromise of 1850, required officials in free states to help return escaped slaves to their owners.",
     "Принятый Конгрессом США в сентябре 1850 г. закон о беглых рабах обязывал возвращать беглецов владельцам даже из свободных штатов.",
     A, "year", "law", False, None),
    ("Issued in 1217 in the name of the young Henry III, the Charter of the Forest restored to free men rights of access to the royal forests.",
     "Лесная хартия, изданная в 1217 г. от имени малолетнего Генриха III, стала своеобразным дополнением к Великой хартии вольностей.",
     A, "year", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: RU (Crompton never patented the mule)
    ("Samuel Crompton, who finished his spinning mule near Bolton in 1779, never took out a patent on the machine.",
     "Сэмюэл Кромптон, в 1779 г. построивший прядильную машину «мюль», запатентовал своё изобретение.",
     C, "polarity", "technology", False, "ru"),
    # FALSE: EN (the flying shuttle was patented in 1733)
    ("John Kay's flying shuttle, which let one weaver produce much wider cloth, was patented in the 1760s.",
     "Летучий челнок, позволивший одному ткачу изготавливать широкие ткани, запатентовал в 1733 г. англичанин Джон Кей.",
     C, "decade", "technology", True, "en"),
    ("The Leyden jar, the first practical capacitor, was invented independently in 1745–46 by Ewald von Kleist and Pieter van Musschenbroek.",
     "Лейденская банка получила название по голландскому городу Лейден, где с ней в 1746 г. экспериментировал Питер ван Мушенбрук.",
     A, "person", "technology", False, None),
    ("Humphry Davy's miners' safety lamp, in which a wire-gauze screen stops the flame from igniting firedamp, was introduced in 1815–16.",
     "Безопасную рудничную лампу с сеткой из металлической проволоки Гемфри Дэви изобрёл в 1815 году.",
     A, "year", "technology", True, None),
    ("The aeolipile, a hollow sphere set spinning by jets of steam, was described by Hero of Alexandria in the first century AD.",
     "Эолипил — полый шар, вращаемый струями пара, — описан Героном Александрийским в I в. н. э.",
     A, "century", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: EN (the Braer ran aground on 5 January 1993)
    ("The tanker Braer ran aground at Garths Ness in Shetland in March 1993, spilling around 85,000 tonnes of crude oil.",
     "5 января 1993 г. у южной оконечности Шетландских островов разбился танкер «Браер»; в море попало около 85 тыс. т нефти.",
     C, "month", "disasters", True, "en"),
    # FALSE: EN (all four engines flamed out)
    ("In June 1982 a British Airways Boeing 747 flew through ash from Mount Galunggung on Java and lost power in two of its four engines.",
     "24 июня 1982 г. «Боинг-747» компании British Airways, попав в облако пепла вулкана Галунггунг на Яве, лишился тяги всех четырёх двигателей.",
     C, "number", "disasters", False, "en"),
    # FALSE: RU (the Atlantic Empress sank on 2 August 1979)
    ("After colliding with the Aegean Captain off Tobago in July 1979, the tanker Atlantic Empress burned for days and eventually sank.",
     "После столкновения с танкером «Иджиан Кэптен» у Тобаго в июле 1979 г. горящий «Атлантик Эмпресс» удалось удержать на плаву и отбуксировать в порт.",
     C, "opposite", "disasters", True, "ru"),
    ("The eruption of Huaynaputina in southern Peru, which began on 19 February 1600, was the largest in South America's recorded history.",
     "Извержение перуанского вулкана Уайнапутина в феврале 1600 г. считается крупнейшим за всю письменную историю Южной Америки.",
     A, "date", "disasters", False, None),
    ("About 2,000 people died when El Chichón, a little-known volcano in Chiapas, erupted violently in March and April 1982.",
     "Весной 1982 года извержение вулкана Эль-Чичон в мексиканском штате Чьяпас унесло жизни около 2 тыс. человек.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Among the dead at Hochkirch was the Prussian field marshal James Keith, a Scottish Jacobite exile.",
     "Сражение при Хохкирхе произошло в Саксонии 14 октября 1758 года.",
     "Hochkirch", True, "history"),
    ("The Battle of Jemappes was fought near Mons, in what is now Belgium, on 6 November 1792.",
     "После победы при Жемаппе французские войска в ноябре 1792 года вступили в Брюссель.",
     "Jemappes", False, "history"),
    ("Uganda's boycott of the 1976 Montreal Games prevented John Akii-Bua from defending his Olympic title.",
     "Джон Аки-Буа победил в беге на 400 м с барьерами на Олимпиаде 1972 года, установив мировой рекорд — 47,82 с.",
     "Akii-Bua", True, "sport"),
    ("The Huaynaputina eruption cooled the climate of the northern hemisphere and has been linked to the Russian famine of 1601–1603.",
     "Вулкан Уайнапутина расположен в Андах на юге Перу, в регионе Мокегуа.",
     "Huaynaputina", False, "disasters"),
    ("Smetana's Dalibor tells the story of a Czech knight imprisoned in a tower of Prague Castle in the fifteenth century.",
     "Опера «Далибор» Бедржиха Сметаны была впервые поставлена в Праге в мае 1868 года.",
     "Dalibor", True, "music"),
    ("Daniel O'Connell's victory in the County Clare by-election of 1828 helped force the Catholic Relief Act through Parliament.",
     "Акт о помощи католикам 1829 г. разрешил католикам заседать в британском парламенте.",
     "Catholic Relief Act", False, "law"),
    ("The Fitzwilliam Museum's grand neoclassical Founder's Building was designed by George Basevi and begun in 1837.",
     "Музей Фицуильяма основан в 1816 году по завещанию виконта Фицуильяма, оставившего университету Кембриджа свои коллекции.",
     "Fitzwilliam", True, "culture"),
    ("The title Far from the Madding Crowd comes from a line in Thomas Gray's Elegy Written in a Country Churchyard.",
     "Героиня романа Томаса Гарди «Вдали от обезумевшей толпы» Батшеба Эвердин получает в наследство ферму.",
     "Far from the Madding Crowd", False, "literature"),
    ("A Leyden jar is a glass jar coated inside and outside with metal foil.",
     "Лейденскую банку в 1746 г. создал в Лейдене голландский физик Питер ван Мушенбрук.",
     "Leyden jar", True, "technology"),
    ("Astana, the capital of Kazakhstan, stands on the banks of the Ishim.",
     "Ишим впадает в Иртыш у села Усть-Ишим в Омской области.",
     "Ishim", False, "geography"),
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
    assert count(false_sides) == {"en": 15, "ru": 15}, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout79.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout79.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain x label:", count((r["domain"], r["label"]) for r in comp))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
